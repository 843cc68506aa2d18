use std::process::Command;

use tessera_survey::{Bank, Lang, ProblemKind, read_translations, write_translations};

fn cafe() -> tessera_survey::Questionnaire {
    let bank = Bank::shipped().expect("bank");
    bank.compose(&["ioi-2019/bon-lonely".to_owned()])
        .questionnaire
}

/// Edits the exported workbook as a translator would, with openpyxl (not the library that wrote
/// it): sets the Welsh text of `key` and marks it reviewed. None when openpyxl is missing.
fn edit_with_openpyxl(xlsx: &[u8], key: &str, welsh: &str) -> Option<Vec<u8>> {
    let ok = Command::new("python3")
        .args(["-c", "import openpyxl"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("openpyxl is not installed: skipping");
        return None;
    }
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("t.xlsx");
    std::fs::write(&path, xlsx).expect("write");
    let script = format!(
        r#"
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["translations"]
head = [c.value for c in ws[1]]
label = head.index("label::Welsh (cy)") + 1
rev = head.index("reviewed::Welsh (cy)") + 1
for row in ws.iter_rows(min_row=2):
    if row[0].value == "{key}":
        ws.cell(row=row[0].row, column=label, value="{welsh}")
        ws.cell(row=row[0].row, column=rev, value="yes")
wb.save(sys.argv[1])
"#
    );
    let status = Command::new("python3")
        .args(["-c", &script])
        .arg(&path)
        .status()
        .expect("python runs");
    assert!(status.success());
    Some(std::fs::read(&path).expect("read"))
}

#[test]
fn a_translators_reviewed_spreadsheet_replaces_the_text_and_marks_it_reviewed() {
    let q = cafe();
    let xlsx = write_translations(&q).expect("exports");
    let Some(edited) = edit_with_openpyxl(
        &xlsx,
        "lonely.label",
        "Pa mor aml ydych chi'n teimlo'n unig, yn eich barn chi?",
    ) else {
        return;
    };
    let back = read_translations(&q, &edited).expect("reads");
    let lonely = back
        .questions()
        .find(|x| x.name.as_str() == "lonely")
        .expect("asked");
    let cy = lonely.label.get(&Lang::welsh()).expect("welsh");
    assert_eq!(
        cy.value,
        "Pa mor aml ydych chi'n teimlo'n unig, yn eich barn chi?"
    );
    assert!(cy.reviewed);
    // Texts the translator left marked "no" stay unreviewed; English stays reviewed.
    let hint = back
        .questions()
        .find(|x| x.name.as_str() == "country_of_birth")
        .expect("asked")
        .hint
        .clone();
    assert!(!hint.get(&Lang::welsh()).expect("welsh").reviewed);
    assert!(hint.get(&Lang::english()).expect("english").reviewed);
}

#[test]
fn an_unchanged_export_reads_back_as_the_same_questionnaire() {
    let q = cafe();
    let back = read_translations(&q, &write_translations(&q).expect("exports")).expect("reads");
    assert_eq!(back, q);
}

#[test]
fn a_row_naming_a_text_the_questionnaire_lacks_is_named_by_row() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet().set_name("translations").expect("name");
    for (c, h) in ["key", "label::Welsh (cy)"].iter().enumerate() {
        s.write_string(0, c as u16, *h).expect("write");
    }
    s.write_string(1, 0, "lonely.label").expect("write");
    s.write_string(1, 1, "Unig?").expect("write");
    s.write_string(2, 0, "nosuch.label").expect("write");
    s.write_string(2, 1, "Dim").expect("write");
    let bytes = book.save_to_buffer().expect("saves");
    let err = read_translations(&cafe(), &bytes).expect_err("refused");
    let p = &err.problems()[0];
    assert_eq!(p.kind, ProblemKind::UnknownText);
    assert_eq!(
        p.place.to_string(),
        "sheet \"translations\", row 3, column \"key\""
    );
    assert_eq!(p.value.as_deref(), Some("nosuch.label"));
}
