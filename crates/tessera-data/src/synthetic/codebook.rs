//! The columns and codebook of the generated survey.

use super::draw::{GetOn, Respondent};
use super::town::{AGE_BANDS, WARDS};
use crate::model::{Codebook, Column, Dataset, Format, Measure, MissingSpec, SourceInfo, Variable};

pub(super) fn yes_no(value: bool) -> Option<&'static str> {
    Some(if value { "yes" } else { "no" })
}

/// The columns and codebook; `raw` keeps `dont_know` as text, as in the original file.
pub(super) fn dataset(rows: &[Respondent], raw: bool) -> Dataset {
    let numeric = |name: &str, f: &dyn Fn(&Respondent) -> f64| {
        Column::numeric(name, rows.iter().map(f).collect())
    };
    let text = |name: &str, f: &dyn Fn(&Respondent) -> Option<&'static str>| {
        let values: Vec<Option<&str>> = rows.iter().map(f).collect();
        Column::text(name, &values)
    };
    let optional = |x: Option<u8>| x.map_or(f64::NAN, f64::from);

    let getting_on_well = if raw {
        text("getting_on_well", &|r| match r.getting_on_well {
            GetOn::Code(1) => Some("1"),
            GetOn::Code(2) => Some("2"),
            GetOn::Code(3) => Some("3"),
            GetOn::Code(_) => Some("4"),
            GetOn::DontKnow => Some("dont_know"),
            GetOn::Blank => None,
        })
    } else {
        numeric("getting_on_well", &|r| match r.getting_on_well {
            GetOn::Code(c) => f64::from(c),
            GetOn::DontKnow | GetOn::Blank => f64::NAN,
        })
    };

    let columns = vec![
        Column::numeric(
            "respondent_id",
            (1..=rows.len()).map(|i| i as f64).collect(),
        ),
        numeric("wave", &|r| f64::from(r.wave)),
        text("ward", &|r| Some(WARDS[r.ward].name)),
        numeric("stratum", &|r| (r.ward + 1) as f64),
        numeric("psu", &|r| r.psu as f64),
        numeric("weight", &|r| r.weight),
        text("country_of_birth", &|r| Some(r.country)),
        numeric("years_in_uk", &|r| {
            r.years_in_uk.map_or(f64::NAN, f64::from)
        }),
        text("immigration_status", &|r| Some(r.status.code())),
        text("gender", &|r| Some(r.gender)),
        text("age_band", &|r| Some(AGE_BANDS[r.age])),
        text("first_language_english", &|r| yes_no(r.english_first)),
        text("disability", &|r| yes_no(r.disability)),
        getting_on_well,
        numeric("belong_neighbourhood", &|r| optional(r.belong)),
        text("can_ask_neighbour_for_help", &|r| yes_no(r.ask_help)),
        text("friends_different_background", &|r| {
            yes_no(r.friends_different)
        }),
        text("employed", &|r| Some(r.employed)),
        text("esol_attending", &|r| yes_no(r.esol)),
        numeric("conversation_english", &|r| f64::from(r.conversation)),
        numeric("trust_police", &|r| optional(r.trust_police)),
        text("experienced_harassment", &|r| yes_no(r.harassment)),
        text("registered_gp", &|r| yes_no(r.gp)),
        text("volunteered_last_year", &|r| yes_no(r.volunteered)),
        text("digital_confident", &|r| yes_no(r.digital)),
    ];
    let variables = columns.iter().map(describe).collect();
    Dataset {
        n_rows: rows.len(),
        columns,
        codebook: Codebook { variables },
        source: SourceInfo {
            name: "kestrel-bay-residents-survey.csv".to_owned(),
            format: Format::Csv,
            delimiter: Some(b','),
            file_label: Some(
                "Kestrel Bay residents' survey, waves 2023-2025 (synthetic demo data)".to_owned(),
            ),
            ..SourceInfo::default()
        },
    }
}

pub(super) const YES_NO: &[(&str, &str)] = &[("yes", "Yes"), ("no", "No")];

/// The codebook entry of a generated column.
pub(super) fn describe(column: &Column) -> Variable {
    let mut v = Variable::new(column.name.clone(), column.kind());
    let (label, measure, labels): (&str, Measure, &[(&str, &str)]) = match column.name.as_str() {
        "respondent_id" => ("Respondent number", Measure::Nominal, &[]),
        "wave" => ("Survey wave (year of fieldwork)", Measure::Ordinal, &[]),
        "ward" => (
            "Ward of Kestrel Bay the respondent lives in",
            Measure::Nominal,
            &[],
        ),
        "stratum" => (
            "Sampling stratum: one per ward",
            Measure::Nominal,
            &[
                ("1", "Harbourside"),
                ("2", "Old Town"),
                ("3", "Saltings"),
                ("4", "Kestrel Heights"),
                ("5", "Millbrook"),
                ("6", "Northgate"),
                ("7", "Fernlea"),
                ("8", "Quayside"),
            ],
        ),
        "psu" => (
            "Primary sampling unit (address cluster), numbered within its stratum",
            Measure::Nominal,
            &[],
        ),
        "weight" => (
            "Survey weight, grossing each wave up to the ward's population aged 16 and over",
            Measure::Scale,
            &[],
        ),
        "country_of_birth" => ("Country the respondent was born in", Measure::Nominal, &[]),
        "years_in_uk" => (
            "Years lived in the UK (blank for people born in the UK)",
            Measure::Scale,
            &[],
        ),
        "immigration_status" => (
            "Route by which the respondent came to the UK, or born in the UK",
            Measure::Nominal,
            &[
                ("refugee", "Refugee (granted protection)"),
                ("asylum_seeker", "Asylum seeker (claim pending)"),
                ("work", "Work visa"),
                ("family", "Family visa"),
                ("study", "Student visa"),
                ("eu_settled", "EU Settlement Scheme"),
                ("uk_born", "Born in the UK"),
            ],
        ),
        "gender" => (
            "Gender",
            Measure::Nominal,
            &[
                ("female", "Female"),
                ("male", "Male"),
                ("other", "Another gender"),
                ("prefer_not", "Prefer not to say"),
            ],
        ),
        "age_band" => (
            "Age group",
            Measure::Ordinal,
            &[
                ("16-24", "16 to 24"),
                ("25-34", "25 to 34"),
                ("35-49", "35 to 49"),
                ("50-64", "50 to 64"),
                ("65+", "65 and over"),
            ],
        ),
        "first_language_english" => ("Is English your first language?", Measure::Nominal, YES_NO),
        "disability" => (
            "Do you have a long-term health condition or disability that limits your daily activities?",
            Measure::Nominal,
            YES_NO,
        ),
        "getting_on_well" => (
            "Would you agree or disagree that your local area is a place where people from different backgrounds get on well together?",
            Measure::Ordinal,
            &[
                ("1", "Definitely agree"),
                ("2", "Tend to agree"),
                ("3", "Tend to disagree"),
                ("4", "Definitely disagree"),
                ("dont_know", "Don't know"),
            ],
        ),
        "belong_neighbourhood" => (
            "How strongly do you feel you belong to your immediate neighbourhood?",
            Measure::Ordinal,
            &[
                ("1", "Very strongly"),
                ("2", "Fairly strongly"),
                ("3", "Not very strongly"),
                ("4", "Not at all strongly"),
            ],
        ),
        "can_ask_neighbour_for_help" => (
            "If you needed a favour, such as borrowing something or a lift, could you ask a neighbour?",
            Measure::Nominal,
            YES_NO,
        ),
        "friends_different_background" => (
            "Do you have friends whose ethnic or religious background is different from yours?",
            Measure::Nominal,
            YES_NO,
        ),
        "employed" => (
            "Are you currently in paid work?",
            Measure::Nominal,
            &[
                ("yes", "In paid work"),
                ("no", "Not in paid work but available for work"),
                (
                    "NA",
                    "Not in the labour force (retired, studying, caring, or not permitted to work)",
                ),
            ],
        ),
        "esol_attending" => (
            "Are you attending English for Speakers of Other Languages (ESOL) classes?",
            Measure::Nominal,
            YES_NO,
        ),
        "conversation_english" => (
            "How well can you hold a conversation in English?",
            Measure::Ordinal,
            &[
                ("1", "Not at all"),
                ("2", "Not well"),
                ("3", "Fairly well"),
                ("4", "Well"),
                ("5", "Very well"),
            ],
        ),
        "trust_police" => (
            "On a scale from 0 (no trust at all) to 10 (complete trust), how much do you trust the local police?",
            Measure::Scale,
            &[("0", "No trust at all"), ("10", "Complete trust")],
        ),
        "experienced_harassment" => (
            "In the past 12 months, have you been insulted, threatened or harassed because of your ethnicity, nationality, religion or skin colour?",
            Measure::Nominal,
            YES_NO,
        ),
        "registered_gp" => (
            "Are you registered with a GP (family doctor)?",
            Measure::Nominal,
            YES_NO,
        ),
        "volunteered_last_year" => (
            "In the past 12 months, have you given unpaid help to a group, club or organisation?",
            Measure::Nominal,
            YES_NO,
        ),
        "digital_confident" => (
            "Do you feel confident using the internet for everyday tasks such as booking appointments or paying bills?",
            Measure::Nominal,
            YES_NO,
        ),
        _ => return v,
    };
    v.label = Some(label.to_owned());
    v.measure = Some(measure);
    v.value_labels = labels
        .iter()
        .map(|&(code, text)| (code.to_owned(), text.to_owned()))
        .collect();
    if column.name == "getting_on_well" {
        v.missing = MissingSpec {
            codes: vec!["dont_know".to_owned()],
            range: None,
        };
    }
    v
}
