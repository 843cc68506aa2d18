use tessera_data::{Format, ReadOptions, TextEncoding, read_bytes, read_path};

use crate::{fixture, texts};

fn expect_survey_text(path: &str, encoding: &str) {
    let o = read_path(fixture(path), &ReadOptions::default()).expect("readable");
    assert_eq!(o.dataset.source.encoding.as_deref(), Some(encoding));
    assert!(o.problems.is_empty(), "{:?}", o.problems);
    assert_eq!(
        texts(&o, "answer"),
        [
            Some("Don\u{2019}t know".into()),
            Some("Yes".into()),
            Some("No".into())
        ]
    );
    assert_eq!(
        texts(&o, "comment"),
        [
            Some("café is great".into()),
            Some("£5 bus fare".into()),
            Some("naïve – “quoted”".into())
        ]
    );
}

#[test]
fn a_csv_saved_by_excel_on_windows_is_detected_as_windows_1252() {
    expect_survey_text("encodings/windows1252.csv", "windows-1252");
}

#[test]
fn utf16_files_with_a_byte_order_mark_are_read_in_either_byte_order() {
    expect_survey_text("encodings/utf16le.txt", "UTF-16LE");
    expect_survey_text("encodings/utf16be.csv", "UTF-16BE");
}

#[test]
fn utf8_with_a_byte_order_mark_is_utf8() {
    expect_survey_text("encodings/utf8_bom.csv", "UTF-8");
}

#[test]
fn a_chosen_encoding_overrides_detection() {
    // UTF-8 bytes read as Windows-1252 give the familiar mojibake, as the user asked.
    let options = ReadOptions {
        encoding: Some(TextEncoding::Windows1252),
        ..ReadOptions::default()
    };
    let o = read_bytes("a\ncafé\n".as_bytes(), Format::Csv, &options).expect("readable");
    assert_eq!(o.dataset.source.encoding.as_deref(), Some("windows-1252"));
    assert_eq!(texts(&o, "a"), [Some("cafÃ©".into())]);
}
