//! What the mapping page knows about each column: its values, labels and likely role, guessed
//! from the file's own description and from column names.

use tessera_data::{ColumnValues, Dataset, Variable, VariableKind};

/// At most this many distinct values make a column categorical (a measure with codes, or a
/// breakdown).
pub(crate) const MAX_CATEGORIES: usize = 12;
/// At most this many values are offered as checkboxes for a group rule.
const MAX_LISTED: usize = 60;

/// One column as the mapping page sees it.
#[derive(Debug, Clone)]
pub(crate) struct ColumnInfo {
    /// Position in the file.
    pub index: usize,
    /// The column name.
    pub name: String,
    /// The variable label, if the file or codebook gives one.
    pub label: Option<String>,
    /// Whether the values are numbers.
    pub numeric: bool,
    /// Distinct values present (as text), in natural order; at most [`MAX_LISTED`].
    pub values: Vec<String>,
    /// Whether there are more distinct values than listed.
    pub more: bool,
    /// Labels of codes, from the file or codebook.
    pub value_labels: Vec<(String, String)>,
    /// Codes declared missing.
    pub missing: tessera_data::MissingSpec,
}

impl ColumnInfo {
    /// Few enough distinct values to treat as categories.
    pub(crate) fn categorical(&self) -> bool {
        !self.more && self.codes().len() <= MAX_CATEGORIES
    }

    /// The codes to offer: values present, plus labelled codes not declared missing.
    pub(crate) fn codes(&self) -> Vec<String> {
        let mut codes = self.values.clone();
        for (code, _) in &self.value_labels {
            if !codes.contains(code) && !self.missing.contains_text(code) {
                codes.push(code.clone());
            }
        }
        sort_codes(&mut codes);
        codes
    }

    /// The label of a code, if any.
    pub(crate) fn label_of(&self, code: &str) -> Option<&str> {
        self.value_labels
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, l)| l.as_str())
    }

    /// "1 — Definitely agree", or the code alone.
    pub(crate) fn show_code(&self, code: &str) -> String {
        match self.label_of(code) {
            Some(label) if label != code => format!("{code} — {label}"),
            _ => code.to_owned(),
        }
    }

    /// "getting_on_well — People from different backgrounds…", or the name alone.
    pub(crate) fn display(&self) -> String {
        match &self.label {
            Some(label) if label != &self.name => format!("{} — {label}", self.name),
            _ => self.name.clone(),
        }
    }

    /// A label for a measure on this column: the variable label, or the name made readable.
    pub(crate) fn measure_label(&self) -> String {
        match &self.label {
            Some(label) if !label.trim().is_empty() => label.trim().to_owned(),
            _ => {
                let words = self.name.replace(['_', '.', '-'], " ");
                let mut chars = words.trim().chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => self.name.clone(),
                }
            }
        }
    }
}

/// Describes every column of a dataset.
pub(crate) fn describe(data: &Dataset) -> Vec<ColumnInfo> {
    data.columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let variable: Option<&Variable> = data.codebook.variables.get(index);
            let (mut values, more) = distinct(&column.values);
            sort_codes(&mut values);
            ColumnInfo {
                index,
                name: column.name.clone(),
                label: variable.and_then(|v| v.label.clone()),
                numeric: column.kind() == VariableKind::Numeric,
                values,
                more,
                value_labels: variable.map(|v| v.value_labels.clone()).unwrap_or_default(),
                missing: variable.map(|v| v.missing.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

fn distinct(values: &ColumnValues) -> (Vec<String>, bool) {
    match values {
        ColumnValues::Text { codes, levels } => {
            // Levels are distinct but may include values only in rows now missing; count used ones.
            let mut used = vec![false; levels.len()];
            for &c in codes {
                if let Some(u) = used.get_mut(c as usize) {
                    *u = true;
                }
            }
            let present: Vec<String> = levels
                .iter()
                .zip(&used)
                .filter(|(_, u)| **u)
                .map(|(l, _)| l.clone())
                .collect();
            let more = present.len() > MAX_LISTED;
            (present.into_iter().take(MAX_LISTED).collect(), more)
        }
        ColumnValues::Numeric(numbers) => {
            let mut seen: Vec<f64> = Vec::new();
            for &x in numbers {
                if x.is_nan() || seen.contains(&x) {
                    continue;
                }
                if seen.len() == MAX_LISTED {
                    return (
                        seen.iter()
                            .map(|x| tessera_data::format_number(*x))
                            .collect(),
                        true,
                    );
                }
                seen.push(x);
            }
            (
                seen.iter()
                    .map(|x| tessera_data::format_number(*x))
                    .collect(),
                false,
            )
        }
    }
}

/// Sorts codes naturally: numbers by value first, then text alphabetically.
pub(crate) fn sort_codes(codes: &mut [String]) {
    codes.sort_by(
        |a, b| match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
            (Ok(x), Ok(y)) => x.total_cmp(&y),
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => a.to_lowercase().cmp(&b.to_lowercase()),
        },
    );
}

fn lower(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The first column whose lower-case name is one of `exact`, else the first containing one of
/// `partial`.
pub(crate) fn guess<'c>(
    columns: &'c [ColumnInfo],
    exact: &[&str],
    partial: &[&str],
    fits: impl Fn(&ColumnInfo) -> bool,
) -> Option<&'c ColumnInfo> {
    columns
        .iter()
        .filter(|c| fits(c))
        .find(|c| exact.contains(&lower(&c.name).as_str()))
        .or_else(|| {
            columns
                .iter()
                .filter(|c| fits(c))
                .find(|c| partial.iter().any(|p| lower(&c.name).contains(p)))
        })
}

pub(crate) fn guess_weight(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &[
            "weight",
            "wt",
            "wgt",
            "w",
            "weights",
            "final_weight",
            "weight_final",
        ],
        &["weight"],
        |c| c.numeric || !c.categorical(),
    )
}

pub(crate) fn guess_strata(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &["stratum", "strata", "strat"],
        &["stratum", "strata"],
        |_| true,
    )
}

pub(crate) fn guess_psu(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &["psu", "cluster", "clusters", "psu_id", "cluster_id"],
        &["psu", "cluster"],
        |_| true,
    )
}

pub(crate) fn guess_fpc(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(columns, &["fpc"], &["fpc"], |c| c.numeric)
}

pub(crate) fn guess_wave(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &["wave", "year", "period", "round", "sweep", "survey_year"],
        &["wave"],
        ColumnInfo::categorical,
    )
}

pub(crate) fn guess_area(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &[
            "area",
            "ward",
            "district",
            "la",
            "lad",
            "local_authority",
            "borough",
            "neighbourhood",
        ],
        &["ward", "district", "area"],
        |_| true,
    )
}

pub(crate) fn guess_group(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &["group", "newcomer", "migrant", "newcomers", "two_way_group"],
        &["newcomer"],
        ColumnInfo::categorical,
    )
}

pub(crate) fn guess_birth(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &[
            "country_of_birth",
            "cob",
            "born",
            "birth_country",
            "born_uk",
            "born_abroad",
        ],
        &["country_of_birth", "birth", "born"],
        |_| true,
    )
}

pub(crate) fn guess_years(columns: &[ColumnInfo]) -> Option<&ColumnInfo> {
    guess(
        columns,
        &[
            "years_in_uk",
            "years_in_country",
            "length_of_residence",
            "years_uk",
        ],
        &["years_in", "length_of_residence", "yrs_in"],
        |c| c.numeric,
    )
}

/// Whether a column name looks like a usual breakdown.
pub(crate) fn looks_like_breakdown(name: &str) -> bool {
    let n = lower(name);
    [
        "gender",
        "sex",
        "age_band",
        "age_group",
        "ageband",
        "agegroup",
        "years_in",
        "length_of_residence",
        "immigration",
        "migration_status",
        "migrant_status",
        "first_language",
        "language",
        "disab",
        "ethnic",
        "religion",
    ]
    .iter()
    .any(|p| n.contains(p))
}

/// Whether a column name looks like a row id (never a measure).
pub(crate) fn looks_like_id(name: &str) -> bool {
    let n = lower(name);
    n == "id" || n.ends_with("_id") || n.starts_with("respondent") || n == "serial" || n == "caseid"
}

fn has_word(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The text judged for a code: its label if it has one, else the code.
fn judged(column: &ColumnInfo, code: &str) -> String {
    column.label_of(code).unwrap_or(code).trim().to_lowercase()
}

/// Whether a code reads as a non-answer to leave out of the base.
pub(crate) fn looks_excluded(column: &ColumnInfo, code: &str) -> bool {
    let t = judged(column, code).replace('’', "'");
    matches!(
        t.as_str(),
        "na" | "n/a" | "dk" | "dont_know" | "refused" | "prefer_not"
    ) || has_word(
        &t,
        &[
            "don't know",
            "dont know",
            "do not know",
            "dont_know",
            "refus",
            "prefer not",
            "prefer_not",
            "not applicable",
            "no answer",
            "not asked",
        ],
    )
}

/// Whether a code reads as a positive answer (success).
pub(crate) fn looks_positive(column: &ColumnInfo, code: &str) -> bool {
    if looks_excluded(column, code) {
        return false;
    }
    let t = judged(column, code);
    let negative = t == "no"
        || t.starts_with("no ")
        || has_word(
            &t,
            &[
                "disagree",
                "not ",
                "dis",
                "unemployed",
                "never",
                "poor",
                "bad",
                "unsatisf",
                "neither",
            ],
        );
    let positive = matches!(t.as_str(), "yes" | "y" | "true" | "agree")
        || has_word(
            &t,
            &[
                "agree",
                "very",
                "fairly",
                "good",
                "satisfied",
                "employed",
                "yes",
                "strongly",
                "definitely",
                "excellent",
            ],
        );
    positive && !negative
}

/// Whether a value marks newcomers (`Some(true)`), the receiving community (`Some(false)`), or
/// neither.
pub(crate) fn newcomer_side(column: &ColumnInfo, code: &str) -> Option<bool> {
    let t = judged(column, code);
    if t.starts_with("non") || t.starts_with("not ") || t == "no" {
        return Some(false);
    }
    if has_word(
        &t,
        &[
            "newcomer",
            "migrant",
            "refugee",
            "asylum",
            "recent",
            "immigrant",
            "abroad",
        ],
    ) || t == "yes"
        || t == "new"
    {
        return Some(true);
    }
    if has_word(
        &t,
        &[
            "settled",
            "receiving",
            "host",
            "established",
            "resident",
            "long-standing",
            "born in",
            "uk",
        ],
    ) {
        return Some(false);
    }
    None
}

/// Whether a country-of-birth value is the home country.
pub(crate) fn looks_home(column: &ColumnInfo, code: &str) -> bool {
    let t = judged(column, code);
    matches!(
        t.as_str(),
        "uk" | "gb"
            | "united kingdom"
            | "great britain"
            | "britain"
            | "england"
            | "scotland"
            | "wales"
            | "northern ireland"
            | "uk_born"
            | "born in the uk"
            | "yes"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(values: &[&str], labels: &[(&str, &str)]) -> ColumnInfo {
        ColumnInfo {
            index: 0,
            name: "q".into(),
            label: None,
            numeric: false,
            values: values.iter().map(|v| (*v).to_owned()).collect(),
            more: false,
            value_labels: labels
                .iter()
                .map(|(c, l)| ((*c).to_owned(), (*l).to_owned()))
                .collect(),
            missing: Default::default(),
        }
    }

    #[test]
    fn positive_labels_are_success_and_negative_ones_are_not() {
        let c = column(
            &["1", "2", "3", "4", "9"],
            &[
                ("1", "Definitely agree"),
                ("2", "Tend to agree"),
                ("3", "Tend to disagree"),
                ("4", "Definitely disagree"),
                ("9", "Don't know"),
            ],
        );
        let success: Vec<_> = c
            .codes()
            .into_iter()
            .filter(|k| looks_positive(&c, k))
            .collect();
        assert_eq!(success, ["1", "2"]);
        let excluded: Vec<_> = c
            .codes()
            .into_iter()
            .filter(|k| looks_excluded(&c, k))
            .collect();
        assert_eq!(excluded, ["9"]);
    }

    #[test]
    fn yes_no_codes_without_labels_are_judged_by_the_code() {
        let c = column(&["yes", "no", "NA"], &[]);
        assert!(looks_positive(&c, "yes"));
        assert!(!looks_positive(&c, "no"));
        assert!(looks_excluded(&c, "NA"));
    }

    #[test]
    fn group_values_are_sorted_into_sides() {
        let c = column(&["newcomer", "settled", "non-migrant"], &[]);
        assert_eq!(newcomer_side(&c, "newcomer"), Some(true));
        assert_eq!(newcomer_side(&c, "settled"), Some(false));
        assert_eq!(newcomer_side(&c, "non-migrant"), Some(false));
    }

    #[test]
    fn codes_sort_numbers_first_by_value() {
        let mut codes = vec!["10".to_owned(), "dont_know".into(), "2".into(), "1".into()];
        sort_codes(&mut codes);
        assert_eq!(codes, ["1", "2", "10", "dont_know"]);
    }
}
