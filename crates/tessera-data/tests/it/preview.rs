use tessera_data::{Format, ReadOptions, preview, preview_path, read_path};

use crate::{fixture, texts};

#[test]
fn a_sheet_with_a_title_and_a_blank_row_has_its_header_detected_in_row_three() {
    let p = preview_path(fixture("titled/titled.xlsx"), &ReadOptions::default()).expect("preview");
    assert_eq!(p.sheets, ["Survey 2025", "Notes"]);
    assert_eq!(p.sheet.as_deref(), Some("Survey 2025"));
    assert_eq!(p.header_row, Some(3));
    assert!(p.rows[0][0].starts_with("Residents' survey 2025"));
    assert!(p.rows[1].is_empty());
    assert_eq!(p.rows[2], ["respondent", "area", "belonging", "weight"]);
    assert_eq!(p.rows[3], ["1", "Abbey", "Very strongly", "1.2"]);
}

#[test]
fn the_chosen_header_row_names_the_columns_of_a_sheet() {
    let options = ReadOptions {
        header_row: Some(3),
        ..ReadOptions::default()
    };
    let o = read_path(fixture("titled/titled.xlsx"), &options).expect("readable");
    let names: Vec<_> = o.dataset.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["respondent", "area", "belonging", "weight"]);
    assert_eq!(o.dataset.n_rows, 4);
    assert_eq!(o.dataset.line_of_row(0), Some(4));
    assert_eq!(
        o.dataset.column("weight").and_then(|c| c.number_at(1)),
        Some(0.8)
    );
}

#[test]
fn without_a_chosen_header_row_the_title_becomes_the_header_as_before() {
    let o = read_path(fixture("titled/titled.xlsx"), &ReadOptions::default()).expect("readable");
    assert!(o.dataset.columns[0].name.starts_with("Residents' survey"));
}

#[test]
fn the_second_sheet_can_be_previewed_and_read() {
    let options = ReadOptions {
        sheet: Some("Notes".into()),
        ..ReadOptions::default()
    };
    let p = preview_path(fixture("titled/titled.xlsx"), &options).expect("preview");
    assert_eq!(p.header_row, Some(1));
    let o = read_path(fixture("titled/titled.xlsx"), &options).expect("readable");
    assert_eq!(
        texts(&o, "note"),
        [Some("Weights are raked to ward populations.".into())]
    );
}

#[test]
fn a_csv_with_a_title_line_has_its_header_detected_and_read_from_that_line() {
    let p = preview_path(fixture("titled/titled.csv"), &ReadOptions::default()).expect("preview");
    assert_eq!(p.header_row, Some(3));
    assert_eq!(p.delimiter, Some(b','));
    assert_eq!(p.rows[2], ["respondent", "area", "belonging", "weight"]);
    let options = ReadOptions {
        header_row: p.header_row,
        ..ReadOptions::default()
    };
    let o = read_path(fixture("titled/titled.csv"), &options).expect("readable");
    assert_eq!(o.dataset.n_rows, 4);
    assert_eq!(o.dataset.line_of_row(0), Some(4));
    assert_eq!(texts(&o, "area")[2].as_deref(), Some("Harbour"));
}

#[test]
fn a_windows_1252_preview_reports_its_encoding_and_shows_the_text_right() {
    let bytes = std::fs::read(fixture("encodings/windows1252.csv")).expect("fixture");
    let p = preview(&bytes, Format::Csv, &ReadOptions::default()).expect("preview");
    assert_eq!(p.encoding, Some(tessera_data::TextEncoding::Windows1252));
    assert_eq!(p.rows[1][1], "Don\u{2019}t know");
}

#[test]
fn a_sav_preview_shows_variable_names_then_cases() {
    let p = preview_path(fixture("survey.sav"), &ReadOptions::default()).expect("preview");
    assert_eq!(p.header_row, Some(1));
    assert_eq!(p.rows[0][0], "respondent_id");
    assert_eq!(p.rows[1][0], "1");
}

#[test]
fn an_opendocument_spreadsheet_written_by_odfpy_is_read() {
    let o = read_path(fixture("titled/survey.ods"), &ReadOptions::default()).expect("readable");
    let names: Vec<_> = o.dataset.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["respondent", "area", "belonging", "weight"]);
    assert_eq!(o.dataset.n_rows, 4);
    assert_eq!(texts(&o, "area")[2].as_deref(), Some("Harbour"));
}
