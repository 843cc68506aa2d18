use tessera_data::{CodebookFile, ProblemKind, ReadError, ReadOptions, VariableKind, read_path};

use crate::{fixture, read_csv_with, texts};

const CODEBOOK: &str = r#"
[[variable]]
name = "getting_on_well"
label = "People from different backgrounds get on well together"
missing = ["dont_know", "-9"]
[variable.value_labels]
"1" = "Definitely agree"
"2" = "Tend to agree"

[[variable]]
name = "no_such_column"
label = "Typo"
"#;

#[test]
fn a_codebook_adds_labels_and_its_missing_codes_become_missing() {
    let codebook = CodebookFile::parse(CODEBOOK, "codebook.toml").expect("valid codebook");
    let options = ReadOptions {
        codebook: Some(codebook),
        ..ReadOptions::default()
    };
    let o = read_csv_with(
        "id,getting_on_well\n1,1\n2,dont_know\n3,-9\n4,2\n",
        &options,
    );
    let v = o
        .dataset
        .codebook
        .variable("getting_on_well")
        .expect("variable");
    assert_eq!(
        v.label.as_deref(),
        Some("People from different backgrounds get on well together")
    );
    assert_eq!(v.missing.codes, ["dont_know", "-9"]);
    // With its missing codes set aside, the column is numeric.
    assert_eq!(v.kind, VariableKind::Numeric);
    assert_eq!(
        texts(&o, "getting_on_well"),
        [Some("1".into()), None, None, Some("2".into())]
    );
    assert_eq!(
        o.dataset.codebook.value_label("getting_on_well", "1"),
        Some("Definitely agree")
    );
}

#[test]
fn codebook_entries_for_unknown_variables_are_problems_with_the_codebook_line() {
    let codebook = CodebookFile::parse(CODEBOOK, "codebook.toml").expect("valid codebook");
    let options = ReadOptions {
        codebook: Some(codebook),
        ..ReadOptions::default()
    };
    let o = read_csv_with("getting_on_well\n1\n", &options);
    assert_eq!(o.problems.len(), 1);
    let p = &o.problems[0];
    assert_eq!(p.kind, ProblemKind::UnknownVariable);
    assert_eq!(p.line, Some(11));
    assert_eq!(p.column.as_deref(), Some("no_such_column"));
    assert!(o.rows_with_problems.is_empty());
}

#[test]
fn a_codebook_applies_to_a_sav_file_too() {
    let codebook = CodebookFile::parse(
        "[[variable]]\nname = \"weight\"\nlabel = \"Final weight\"\nmissing = [\"3.5\"]\n",
        "cb.toml",
    )
    .expect("valid codebook");
    let options = ReadOptions {
        codebook: Some(codebook),
        ..ReadOptions::default()
    };
    let o = read_path(fixture("survey.sav"), &options).expect("readable");
    assert_eq!(
        o.dataset
            .codebook
            .variable("weight")
            .and_then(|v| v.label.as_deref()),
        Some("Final weight")
    );
    assert!(o.dataset.column("weight").is_some_and(|c| c.is_missing(5)));
}

#[test]
fn an_invalid_codebook_is_an_error_with_file_and_line() {
    let err = CodebookFile::parse(
        "[[variable]]\nname = \"x\"\nmeasure = \"ratio\"\n",
        "cb.toml",
    )
    .expect_err("bad measure");
    assert!(matches!(err, ReadError::Codebook { line: 3, .. }), "{err}");
    assert!(
        err.to_string().starts_with("codebook cb.toml, line 3"),
        "{err}"
    );
}
