//! Writing a questionnaire as an XLSForm workbook: `survey`, `choices` and `settings` sheets,
//! a `label::Language (code)` column (and hint, constraint message) for each language.

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use crate::error::{Problem, ProblemKind, Problems, SurveyError};
use crate::lang::Lang;
use crate::name::QuestionName;
use crate::question::{Question, QuestionType};
use crate::questionnaire::Questionnaire;
use crate::text::Texts;
use crate::xlsform::CONSENT_NAME;
use crate::xlsform::expr::{constraint, relevant};

/// The XLSForm workbook (`.xlsx` bytes) of `q`, with the form id and version ODK and Kobo use to
/// tell forms and their versions apart. The first step is the consent text, to be acknowledged
/// before any question is shown.
pub fn write_xlsform(
    q: &Questionnaire,
    form_id: &str,
    version: &str,
) -> Result<Vec<u8>, SurveyError> {
    q.validate()?;
    let langs = q.text_languages();
    let mut book = Workbook::new();
    let fail = |e: XlsxError| {
        SurveyError::Problems(Problems(vec![
            Problem::at_cell(ProblemKind::Unreadable, "survey", None, None)
                .with_value(e.to_string()),
        ]))
    };

    let survey = book.add_worksheet().set_name("survey").map_err(fail)?;
    let mut header = vec!["type".to_owned(), "name".to_owned()];
    header.extend(
        langs
            .iter()
            .map(|l| format!("label::{}", l.xlsform_suffix())),
    );
    header.extend(
        langs
            .iter()
            .map(|l| format!("hint::{}", l.xlsform_suffix())),
    );
    header.extend(["required", "relevant", "constraint"].map(str::to_owned));
    header.extend(
        langs
            .iter()
            .map(|l| format!("constraint_message::{}", l.xlsform_suffix())),
    );
    header.extend(["appearance", "parameters"].map(str::to_owned));
    write_row(survey, 0, &header).map_err(fail)?;
    let col = |name: &str| header.iter().position(|h| h == name).unwrap_or(0);
    let texts_at = |row: &mut Vec<String>, prefix: &str, t: &Texts| {
        for l in &langs {
            if let Some(v) = t.value(l) {
                row[col(&format!("{prefix}::{}", l.xlsform_suffix()))] = v.to_owned();
            }
        }
    };

    let mut rows: Vec<Vec<String>> = Vec::new();
    let blank = || vec![String::new(); header.len()];
    let gate = format!("${{{CONSENT_NAME}}} = 'OK'");
    let mut consent = blank();
    consent[col("type")] = "acknowledge".to_owned();
    consent[col("name")] = CONSENT_NAME.to_owned();
    texts_at(&mut consent, "label", &q.consent);
    consent[col("required")] = "yes".to_owned();
    rows.push(consent);

    let kind_of = |n: &QuestionName| q.item(n).map(|i| i.question.kind);
    let mut open_group: Option<String> = None;
    for item in &q.items {
        let question = &item.question;
        let group = question.group.as_ref().map(|g| g.as_str().to_owned());
        if group != open_group {
            if open_group.is_some() {
                let mut end = blank();
                end[col("type")] = "end_group".to_owned();
                rows.push(end);
            }
            if let Some(g) = &group {
                let mut begin = blank();
                begin[col("type")] = "begin_group".to_owned();
                begin[col("name")] = g.clone();
                if let Some(found) = q.groups.iter().find(|x| x.name.as_str() == g) {
                    texts_at(&mut begin, "label", &found.title);
                }
                begin[col("relevant")] = gate.clone();
                begin[col("appearance")] = "field-list".to_owned();
                rows.push(begin);
            }
            open_group = group.clone();
        }
        let mut row = blank();
        row[col("type")] = type_cell(question);
        row[col("name")] = question.name.as_str().to_owned();
        texts_at(&mut row, "label", &question.label);
        texts_at(&mut row, "hint", &question.hint);
        if question.required {
            row[col("required")] = "yes".to_owned();
        }
        let mut rel = relevant(&question.show_if, kind_of);
        if group.is_none() {
            rel = if rel.is_empty() {
                gate.clone()
            } else {
                format!("{gate} and {rel}")
            };
        }
        row[col("relevant")] = rel;
        row[col("constraint")] = constraint(&question.constraint);
        texts_at(&mut row, "constraint_message", &question.constraint.message);
        if let Some(s) = &question.scale {
            row[col("parameters")] = format!("start={} end={} step=1", s.min, s.max);
        }
        rows.push(row);
    }
    if open_group.is_some() {
        let mut end = blank();
        end[col("type")] = "end_group".to_owned();
        rows.push(end);
    }
    for (i, row) in rows.iter().enumerate() {
        write_row(survey, i as u32 + 1, row).map_err(fail)?;
    }

    let choices = book.add_worksheet().set_name("choices").map_err(fail)?;
    let mut header = vec!["list_name".to_owned(), "name".to_owned()];
    header.extend(
        langs
            .iter()
            .map(|l| format!("label::{}", l.xlsform_suffix())),
    );
    write_row(choices, 0, &header).map_err(fail)?;
    let mut written: Vec<&str> = Vec::new();
    let mut r = 1u32;
    for question in q.questions().filter(|x| x.kind.has_choices()) {
        let list = question.list_name();
        if written.contains(&list) {
            continue;
        }
        written.push(list);
        for c in &question.choices {
            let mut row = vec![list.to_owned(), c.code.as_str().to_owned()];
            row.extend(
                langs
                    .iter()
                    .map(|l| c.label.value(l).unwrap_or_default().to_owned()),
            );
            write_row(choices, r, &row).map_err(fail)?;
            r += 1;
        }
    }

    let settings = book.add_worksheet().set_name("settings").map_err(fail)?;
    let first = q.languages.first().cloned().unwrap_or_else(Lang::english);
    let title = q
        .title
        .for_reader(&first)
        .map(|(t, _)| t.to_owned())
        .unwrap_or_default();
    write_row(
        settings,
        0,
        &["form_title", "form_id", "version", "default_language"].map(str::to_owned),
    )
    .map_err(fail)?;
    write_row(
        settings,
        1,
        &[
            title,
            form_id.to_owned(),
            version.to_owned(),
            first.xlsform_suffix(),
        ],
    )
    .map_err(fail)?;

    book.save_to_buffer().map_err(fail)
}

/// The `type` cell: `select_one list`, `integer`, `range`…
fn type_cell(q: &Question) -> String {
    match q.kind {
        QuestionType::SingleChoice => format!("select_one {}", q.list_name()),
        QuestionType::MultipleChoice => format!("select_multiple {}", q.list_name()),
        QuestionType::Number if q.constraint.decimals => "decimal".to_owned(),
        QuestionType::Number => "integer".to_owned(),
        QuestionType::Scale => "range".to_owned(),
        QuestionType::Text => "text".to_owned(),
        QuestionType::Date => "date".to_owned(),
        QuestionType::Note => "note".to_owned(),
    }
}

fn write_row(sheet: &mut Worksheet, row: u32, cells: &[String]) -> Result<(), XlsxError> {
    for (c, v) in cells.iter().enumerate() {
        if !v.is_empty() {
            // Strings only: a cell starting with `=` must stay text, not become a formula.
            sheet.write_string(row, c as u16, v)?;
        }
    }
    Ok(())
}
