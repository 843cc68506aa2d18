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

/// An 800-byte OpenDocument file repeating one number 16,384 times across 6,000 repeated rows
/// made calamine build a 98-million-cell grid (3 GB, 9 s) when opening it.
#[test]
fn an_ods_file_whose_repeated_cells_make_a_huge_grid_is_refused_before_calamine_opens_it() {
    use std::io::Write;
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Data">
<table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="6000"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).expect("zip");
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .expect("zip");
    zip.start_file("content.xml", stored).expect("zip");
    zip.write_all(content.as_bytes()).expect("zip");
    let bytes = zip.finish().expect("zip").into_inner();
    let start = std::time::Instant::now();
    let err = read_bytes(&bytes, Format::Xlsx, &ReadOptions::default()).expect_err("refused");
    assert!(start.elapsed().as_secs_f64() < 1.0, "{:?}", start.elapsed());
    assert!(
        matches!(
            err,
            ReadError::LimitExceeded {
                limit: tessera_data::Limit::Cells,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("OpenDocument"), "{err}");
}
