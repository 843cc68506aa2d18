use tessera_data::{Format, ReadError, ReadOptions, VariableKind, read_bytes, read_path};

use crate::{fixture, texts};

#[test]
fn the_first_sheet_of_a_workbook_is_read_by_default() {
    let o = read_path(fixture("survey.xlsx"), &ReadOptions::default()).expect("readable .xlsx");
    let d = &o.dataset;
    assert_eq!(d.source.sheet.as_deref(), Some("Responses"));
    assert_eq!(d.n_rows, 6);
    assert_eq!(
        d.column("weight").map(|c| c.kind()),
        Some(VariableKind::Numeric)
    );
    assert_eq!(d.column("weight").and_then(|c| c.number_at(1)), Some(0.75));
    assert!(d.column("getting_on_well").is_some_and(|c| c.is_missing(4)));
    assert_eq!(texts(&o, "employed")[2].as_deref(), Some("NA"));
    assert_eq!(texts(&o, "area")[3], None);
    assert_eq!(d.line_of_row(0), Some(2));
}

#[test]
fn a_named_sheet_is_read_and_mixed_columns_become_text() {
    let options = ReadOptions {
        sheet: Some("Codes".into()),
        ..ReadOptions::default()
    };
    let bytes = std::fs::read(fixture("survey.xlsx")).expect("fixture");
    let o = read_bytes(&bytes, Format::Xlsx, &options).expect("readable");
    assert_eq!(
        texts(&o, "code"),
        [Some("1".into()), Some("2".into()), Some("dont_know".into())]
    );
}

#[test]
fn a_missing_sheet_is_an_error_listing_the_sheets() {
    let options = ReadOptions {
        sheet: Some("Nope".into()),
        ..ReadOptions::default()
    };
    let err = read_path(fixture("survey.xlsx"), &options).expect_err("no such sheet");
    assert!(matches!(err, ReadError::SheetNotFound { .. }));
    assert!(err.to_string().contains("Responses, Codes"), "{err}");
}
