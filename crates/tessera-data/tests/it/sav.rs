use tessera_data::{Format, Measure, ReadError, ReadOptions, VariableKind, read_bytes, read_path};

use crate::{fixture, texts};

fn check_survey_sav(name: &str) {
    let o = read_path(fixture(name), &ReadOptions::default()).expect("readable .sav");
    assert!(o.problems.is_empty(), "{:?}", o.problems);
    let d = &o.dataset;
    assert_eq!(d.n_rows, 6);
    assert_eq!(d.source.file_label.as_deref(), Some("Tessera test survey"));
    let names: Vec<_> = d.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "respondent_id",
            "getting_on_well",
            "trust_police",
            "weight",
            "area",
            "employed",
            "comment",
            "a_very_long_variable_name_over_8"
        ]
    );

    let g = d.codebook.variable("getting_on_well").expect("variable");
    assert_eq!(
        g.label.as_deref(),
        Some("People from different backgrounds get on well together")
    );
    assert_eq!(g.kind, VariableKind::Numeric);
    assert_eq!(g.measure, Some(Measure::Ordinal));
    assert!(
        g.value_labels
            .contains(&("1".into(), "Definitely agree".into()))
    );
    assert!(g.value_labels.contains(&("-9".into(), "Don't know".into())));
    assert_eq!(g.missing.codes, ["-9"]);
    // -9 is user-missing and row 5 is system-missing.
    assert_eq!(
        texts(&o, "getting_on_well"),
        [
            Some("1".into()),
            Some("2".into()),
            None,
            Some("4".into()),
            None,
            Some("3".into())
        ]
    );

    let t = d.codebook.variable("trust_police").expect("variable");
    assert_eq!(t.missing.range, Some((98.0, 99.0)));
    assert_eq!(t.missing.codes, ["-1"]);
    assert_eq!(
        texts(&o, "trust_police"),
        [
            Some("7".into()),
            None,
            Some("5".into()),
            None,
            Some("10".into()),
            Some("0".into())
        ]
    );

    assert_eq!(d.column("weight").and_then(|c| c.number_at(1)), Some(0.75));
    assert_eq!(texts(&o, "area")[3], None);
    let e = d.codebook.variable("employed").expect("variable");
    assert_eq!(e.missing.codes, ["dk"]);
    assert!(
        e.value_labels
            .contains(&("NA".into(), "Not in the labour force".into()))
    );
    assert_eq!(
        texts(&o, "employed"),
        [
            Some("yes".into()),
            Some("no".into()),
            Some("NA".into()),
            Some("yes".into()),
            None,
            Some("no".into())
        ]
    );

    let comment = texts(&o, "comment");
    assert_eq!(comment[0].as_deref(), Some("x".repeat(300).as_str()));
    assert_eq!(comment[3].as_deref(), Some("café ☕"));
    assert_eq!(comment[4].as_deref(), Some("y".repeat(260).as_str()));
    assert_eq!(comment[2], None);
    assert_eq!(
        d.column("a_very_long_variable_name_over_8")
            .and_then(|c| c.number_at(5)),
        Some(6.0)
    );
}

#[test]
fn an_uncompressed_sav_keeps_labels_value_labels_and_missing_values() {
    check_survey_sav("survey.sav");
}

#[test]
fn a_bytecode_compressed_sav_reads_the_same_as_an_uncompressed_one() {
    check_survey_sav("survey_compressed.sav");
}

#[test]
fn a_file_that_is_not_a_sav_is_an_error_naming_the_file() {
    let options = ReadOptions {
        name: Some("upload.sav".into()),
        ..ReadOptions::default()
    };
    let err = read_bytes(b"id,name\n1,a\n", Format::Sav, &options).expect_err("not a .sav");
    assert!(matches!(err, ReadError::Invalid { .. }));
    assert!(
        err.to_string()
            .starts_with("upload.sav: not a valid SPSS .sav file"),
        "{err}"
    );
}

#[test]
fn a_zsav_is_reported_as_unsupported_with_a_remedy() {
    let mut bytes = std::fs::read(fixture("survey.sav")).expect("fixture");
    bytes[..4].copy_from_slice(b"$FL3");
    let err = read_bytes(&bytes, Format::Sav, &ReadOptions::default()).expect_err("zsav");
    assert!(err.to_string().contains("ZSAV"), "{err}");
}

#[test]
fn a_truncated_sav_keeps_the_complete_cases_and_reports_the_rest() {
    let bytes = std::fs::read(fixture("survey.sav")).expect("fixture");
    let cut = &bytes[..bytes.len() - 100];
    let o = read_bytes(cut, Format::Sav, &ReadOptions::default()).expect("readable");
    assert!(o.dataset.n_rows < 6);
    assert!(
        o.problems
            .iter()
            .any(|p| p.kind == tessera_data::ProblemKind::TruncatedData)
    );
}
