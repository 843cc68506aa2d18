use std::path::Path;
use std::process::Command;

use rust_xlsxwriter::Workbook;
use tessera_survey::{
    Bank, ChoiceCode, Lang, ProblemKind, QuestionName, QuestionType, Questionnaire, ShowIf,
    ShowIfTest, SurveyError, read_xlsform, write_xlsform,
};

pub(crate) const KOBO: &[u8] = include_bytes!("fixtures/kobo_style.xlsx");

pub(crate) fn bank() -> &'static Bank {
    Bank::shipped().expect("bank loads")
}

pub(crate) fn whole_bank() -> Questionnaire {
    let all: Vec<String> = bank()
        .questions
        .iter()
        .flat_map(|q| q.question.rules.iter().map(|r| r.indicator.clone()))
        .collect();
    bank().compose(&all).questionnaire
}

pub(crate) fn cafe() -> Questionnaire {
    let cafe = [
        "ioi-2019/bri-friends-different",
        "ioi-2019/bri-ask-neighbours-for-help",
        "ioi-2019/sta-neighbours-trusted",
        "ioi-2019/bon-lonely",
        "ioi-2019/rig-know-rights",
        "ioi-2019/lan-practice-outside-class",
    ]
    .map(str::to_owned);
    bank().compose(&cafe).questionnaire
}

/// Whether pyxform can be run. The test script installs it and sets
/// `TESSERA_REQUIRE_PYXFORM=1`, so there a missing pyxform fails instead of skipping.
pub(crate) fn pyxform_available() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import pyxform"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var_os("TESSERA_REQUIRE_PYXFORM").is_none(),
            "TESSERA_REQUIRE_PYXFORM is set but pyxform is not installed (pip install pyxform)"
        );
        eprintln!("pyxform is not installed: skipping the conversion check");
    }
    ok
}

/// Converts `xlsx` with pyxform, the reference XLSForm converter; returns its JSON report.
pub(crate) fn pyxform(dir: &Path, name: &str, xlsx: &[u8]) -> serde_json::Value {
    let input = dir.join(format!("{name}.xlsx"));
    let output = dir.join(format!("{name}.xml"));
    std::fs::write(&input, xlsx).expect("write");
    let out = Command::new("python3")
        .args(["-m", "pyxform.xls2xform", "--json", "--skip_validate"])
        .arg(&input)
        .arg(&output)
        .output()
        .expect("python3 runs");
    // pyxform writes its JSON report to stdout or stderr depending on the version.
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    if text.trim().is_empty() {
        text = String::from_utf8_lossy(&out.stderr).into_owned();
    }
    serde_json::from_str(text.trim()).unwrap_or_else(|_| {
        panic!(
            "pyxform said: {text} {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

#[test]
fn every_exported_xlsform_converts_with_pyxform_without_error_or_warning() {
    if !pyxform_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let imported = read_xlsform(KOBO, "Imported")
        .expect("fixture reads")
        .questionnaire;
    for (name, q) in [("bank", whole_bank()), ("cafe", cafe()), ("kobo", imported)] {
        let xlsx = write_xlsform(&q, &format!("tessera_{name}"), "3").expect("exports");
        let report = pyxform(dir.path(), name, &xlsx);
        assert_eq!(report["code"], 100, "{name}: {report}");
        assert_eq!(
            report["warnings"],
            serde_json::json!([]),
            "{name}: {report}"
        );
        let xml = std::fs::read_to_string(dir.path().join(format!("{name}.xml"))).expect("xml");
        assert!(xml.contains("<h:title>"), "{name}");
        if name == "bank" {
            for lang in [
                "English (en)",
                "Welsh (cy)",
                "Arabic (ar)",
                "Ukrainian (uk)",
                "Farsi/Dari (fa)",
            ] {
                assert!(
                    xml.contains(&format!("<translation lang=\"{lang}\"")),
                    "{lang}"
                );
            }
            assert!(xml.contains("version=\"3\""));
        }
    }
}

#[test]
fn an_exported_questionnaire_reads_back_with_its_questions_texts_and_conditions() {
    let q = whole_bank();
    let xlsx = write_xlsform(&q, "tessera_bank", "1").expect("exports");
    let back = read_xlsform(&xlsx, "Imported")
        .expect("reads back")
        .questionnaire;
    assert_eq!(
        back.consent.value(&Lang::english()),
        q.consent.value(&Lang::english())
    );
    assert_eq!(back.languages, q.languages);
    assert_eq!(back.groups.len(), q.groups.len());
    assert_eq!(back.items.len(), q.items.len());
    for (a, b) in q.items.iter().zip(&back.items) {
        let (a, b) = (&a.question, &b.question);
        assert_eq!(a.name, b.name);
        assert_eq!(a.kind, b.kind);
        assert_eq!(a.group, b.group);
        assert_eq!(a.show_if, b.show_if, "{}", a.name);
        assert_eq!(a.constraint.min, b.constraint.min);
        assert_eq!(a.required, b.required);
        for l in &q.languages {
            assert_eq!(a.label.value(l), b.label.value(l), "{} {l}", a.name);
            assert_eq!(a.hint.value(l), b.hint.value(l), "{} {l}", a.name);
        }
        assert_eq!(a.choices.len(), b.choices.len());
        for (x, y) in a.choices.iter().zip(&b.choices) {
            assert_eq!(x.code, y.code);
            assert_eq!(x.label.value(&Lang::welsh()), y.label.value(&Lang::welsh()));
        }
        // Texts read from a file are not known to be reviewed.
        assert!(b.label.0.values().all(|t| !t.reviewed));
    }
}

#[test]
fn a_kobotoolbox_form_imports_with_every_supported_feature_intact() {
    let report = read_xlsform(KOBO, "Imported").expect("the Kobo-style fixture reads");
    assert_eq!(report.form_id.as_deref(), Some("community_checkin"));
    assert_eq!(
        report.skipped_metadata,
        ["start", "end", "today", "deviceid"]
    );
    let q = report.questionnaire;
    let fr = Lang::parse("fr").expect("valid");
    assert_eq!(q.languages, [Lang::english(), fr.clone()]);
    assert_eq!(q.title.value(&Lang::english()), Some("Community check-in"));
    let names: Vec<&str> = q.questions().map(|x| x.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "has_children",
            "n_children",
            "services_used",
            "satisfied",
            "wellbeing",
            "hours_volunteered",
            "arrival_date",
            "postcode_district",
            "thanks"
        ]
    );
    let get = |n: &str| {
        q.item(&QuestionName::parse(n).expect("valid"))
            .expect("present")
            .question
            .clone()
    };
    let code = |c: &str| ChoiceCode::parse(c).expect("valid");

    let has = get("has_children");
    assert!(has.required);
    assert_eq!(has.kind, QuestionType::SingleChoice);
    assert_eq!(has.choice_list.as_deref(), Some("yn"));
    assert_eq!(has.group.as_ref().map(|g| g.as_str()), Some("household"));
    assert_eq!(
        q.groups[0].title.value(&fr),
        Some("Votre foyer"),
        "group titles keep their languages"
    );

    let n = get("n_children");
    assert!(!n.required);
    assert_eq!(
        (n.constraint.min, n.constraint.max),
        (Some(1.0), Some(15.0))
    );
    assert_eq!(n.constraint.message.value(&fr), Some("Entre 1 et 15"));
    assert_eq!(
        n.hint.value(&Lang::english()),
        Some("Count children under 16 only")
    );
    assert_eq!(
        n.show_if,
        [ShowIf {
            question: QuestionName::parse("has_children").expect("valid"),
            test: ShowIfTest::AnyOf {
                values: vec![code("yes")]
            }
        }]
    );

    let services = get("services_used");
    assert_eq!(services.kind, QuestionType::MultipleChoice);
    assert_eq!(services.choices.len(), 3);
    assert_eq!(
        services.choices[1].label.value(&fr),
        Some("Médecin généraliste")
    );
    assert_eq!(
        get("satisfied").show_if[0].test,
        ShowIfTest::AnyOf {
            values: vec![code("library")]
        }
    );

    let w = get("wellbeing");
    assert_eq!(w.kind, QuestionType::Scale);
    assert_eq!(w.scale.as_ref().map(|s| (s.min, s.max)), Some((0, 10)));

    let h = get("hours_volunteered");
    assert_eq!(h.kind, QuestionType::Number);
    assert!(h.constraint.decimals);
    assert_eq!(h.constraint.min, Some(0.0));

    assert_eq!(get("arrival_date").kind, QuestionType::Date);
    assert_eq!(
        get("arrival_date").show_if[0].test,
        ShowIfTest::NoneOf {
            values: vec![code("no")]
        }
    );
    assert_eq!(
        get("postcode_district").constraint.pattern.as_deref(),
        Some("^[A-Z]{1,2}[0-9]{1,2}$")
    );
    assert_eq!(get("thanks").kind, QuestionType::Note);
}

/// A workbook written by rust_xlsxwriter (not the reader's library): `survey` rows and
/// `choices` rows, every cell text.
fn workbook(survey: &[&[&str]], choices: &[&[&str]]) -> Vec<u8> {
    let mut book = Workbook::new();
    let s = book.add_worksheet().set_name("survey").expect("name");
    for (r, row) in survey.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                s.write_string(r as u32, c as u16, *v).expect("write");
            }
        }
    }
    let ch = book.add_worksheet().set_name("choices").expect("name");
    for (r, row) in choices.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ch.write_string(r as u32, c as u16, *v).expect("write");
        }
    }
    book.save_to_buffer().expect("saves")
}

fn problems(
    result: Result<tessera_survey::ImportReport, SurveyError>,
) -> Vec<(ProblemKind, String)> {
    match result {
        Ok(_) => panic!("the form should be refused"),
        Err(e) => e
            .problems()
            .iter()
            .map(|p| (p.kind, p.place.to_string()))
            .collect(),
    }
}

#[test]
fn a_malformed_xlsform_is_refused_with_each_problem_named_by_sheet_row_and_column() {
    let xlsx = workbook(
        &[
            &["type", "name", "label", "relevant", "calculation"],
            &["select_one yn", "q1", "First?", "", ""],
            &["calculate", "score", "", "", "${q1} * 2"],
            &["frobnicate", "q2", "What?", "", ""],
            &["select_one missing_list", "q3", "Third?", "", ""],
            &["text", "q4", "Fourth?", "${q1} = 'y' or ${q3} = 'z'", ""],
            &["begin_group", "g1", "Group", "", ""],
            &["begin_repeat", "r1", "Repeat", "", ""],
        ],
        &[
            &["list_name", "name", "label"],
            &["yn", "y", "Yes"],
            &["yn", "n", "No"],
            &["yn", "y", "Yeah"],
        ],
    );
    let found = problems(read_xlsform(&xlsx, "Imported"));
    let expect = [
        (
            ProblemKind::ConflictingChoice,
            "sheet \"choices\", row 4, column \"name\"",
        ),
        (
            ProblemKind::UnsupportedType,
            "sheet \"survey\", row 3, column \"calculation\"",
        ),
        (
            ProblemKind::UnsupportedType,
            "sheet \"survey\", row 3, column \"type\"",
        ),
        (
            ProblemKind::UnknownType,
            "sheet \"survey\", row 4, column \"type\"",
        ),
        (
            ProblemKind::UnknownList,
            "sheet \"survey\", row 5, column \"type\"",
        ),
        (
            ProblemKind::UnsupportedExpression,
            "sheet \"survey\", row 6, column \"relevant\"",
        ),
        (
            ProblemKind::UnsupportedType,
            "sheet \"survey\", row 8, column \"type\"",
        ),
        (
            ProblemKind::UnbalancedGroup,
            "sheet \"survey\", column \"type\"",
        ),
    ];
    let expect: Vec<(ProblemKind, String)> =
        expect.iter().map(|(k, p)| (*k, (*p).to_owned())).collect();
    assert_eq!(found, expect);
}

#[test]
fn a_form_without_a_survey_sheet_or_a_type_column_is_refused() {
    let mut book = Workbook::new();
    book.add_worksheet().set_name("questions").expect("name");
    let bytes = book.save_to_buffer().expect("saves");
    assert_eq!(
        problems(read_xlsform(&bytes, "Imported")),
        [(ProblemKind::MissingSheet, "sheet \"survey\"".to_owned())]
    );
    let xlsx = workbook(&[&["kind", "name"], &["text", "a"]], &[]);
    assert_eq!(
        problems(read_xlsform(&xlsx, "Imported")),
        [(
            ProblemKind::MissingColumn,
            "sheet \"survey\", row 1, column \"type\"".to_owned()
        )]
    );
}

#[test]
fn a_file_that_is_not_a_workbook_is_refused_as_unreadable() {
    assert_eq!(
        problems(read_xlsform(b"type,name\ntext,a\n", "Imported")),
        [(ProblemKind::Unreadable, String::new())]
    );
}

#[test]
fn a_show_if_on_a_later_question_is_named_with_its_row() {
    let xlsx = workbook(
        &[
            &["type", "name", "label", "relevant"],
            &["text", "a", "A?", "${b} = 'x'"],
            &["select_one l", "b", "B?", ""],
        ],
        &[&["list_name", "name", "label"], &["l", "x", "X"]],
    );
    let found = problems(read_xlsform(&xlsx, "Imported"));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, ProblemKind::ShowIfNotEarlier);
    assert!(found[0].1.contains("row 2"), "{}", found[0].1);
}

#[test]
fn a_file_just_over_the_size_limit_is_refused_before_it_is_read() {
    let big = vec![0u8; tessera_survey::xlsform::MAX_FILE_BYTES + 1];
    assert_eq!(
        problems(read_xlsform(&big, "x")),
        [(ProblemKind::TooLarge, String::new())]
    );
}

#[test]
fn a_workbook_whose_parts_inflate_past_the_limit_is_refused() {
    use std::io::Write as _;
    // A small archive holding one part of zeros just over the inflated limit: a zip bomb in
    // miniature, refused by counting what really inflates, not what the archive claims.
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/worksheets/sheet1.xml", options)
            .expect("entry");
        let chunk = vec![0u8; 1024 * 1024];
        for _ in 0..50 {
            zip.write_all(&chunk).expect("write");
        }
        zip.write_all(&[0u8]).expect("write");
        zip.finish().expect("finish");
    }
    let bytes = out.into_inner();
    assert!(bytes.len() < tessera_survey::xlsform::MAX_FILE_BYTES);
    assert_eq!(
        problems(read_xlsform(&bytes, "x")),
        [(ProblemKind::TooLarge, String::new())]
    );
}

#[test]
fn a_cell_just_past_the_last_row_read_is_refused_with_its_row() {
    let mut book = Workbook::new();
    let s = book.add_worksheet().set_name("survey").expect("name");
    s.write_string(0, 0, "type").expect("write");
    s.write_string(0, 1, "name").expect("write");
    s.write_string(tessera_survey::xlsform::MAX_ROWS, 0, "text")
        .expect("write");
    let bytes = book.save_to_buffer().expect("saves");
    assert_eq!(
        problems(read_xlsform(&bytes, "x")),
        [(
            ProblemKind::TooLarge,
            format!(
                "sheet \"survey\", row {}",
                tessera_survey::xlsform::MAX_ROWS + 1
            )
        )]
    );
}

#[test]
fn damaged_copies_of_a_real_form_are_refused_or_read_but_never_crash() {
    // A small deterministic generator (xorshift), so a failure names a reproducible case.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for case in 0..300 {
        let mut bytes = KOBO.to_vec();
        let flips = 1 + (next() % 8) as usize;
        for _ in 0..flips {
            let at = (next() % bytes.len() as u64) as usize;
            bytes[at] = (next() & 0xff) as u8;
        }
        if case % 10 == 0 {
            let keep = (next() % bytes.len() as u64) as usize;
            bytes.truncate(keep);
        }
        // Either outcome is fine; a panic is not.
        let _ = read_xlsform(&bytes, "damaged");
    }
}
