//! Every text of a questionnaire by a stable key, and the translator's spreadsheet: one row per
//! text, one `label::Language (code)` column per language (as XLSForm writes them). Reading the
//! translator's version back marks the texts it carries as reviewed.

use std::io::Cursor;

use calamine::{Reader, Xlsx};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::error::{Problem, ProblemKind, Problems, SurveyError};
use crate::lang::Lang;
use crate::questionnaire::Questionnaire;
use crate::text::Texts;

/// The sheet's name.
pub const SHEET: &str = "translations";
/// Largest translation workbook read.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// What a text is, for the translator and the languages page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRole {
    /// The questionnaire's title.
    Title,
    /// The consent page.
    Consent,
    /// A page heading.
    Page,
    /// A question.
    Label,
    /// Help under a question.
    Hint,
    /// A response option.
    Choice,
    /// Words at an end of a scale.
    ScaleEnd,
    /// What to say when an answer breaks a limit.
    ConstraintMessage,
}

impl TextRole {
    /// Stable code, the end of the message key `questionnaires-text-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Consent => "consent",
            Self::Page => "page",
            Self::Label => "label",
            Self::Hint => "hint",
            Self::Choice => "choice",
            Self::ScaleEnd => "scale-end",
            Self::ConstraintMessage => "constraint-message",
        }
    }
}

/// The keys of every text of `q`, in reading order, with their role. Keys: `title`, `consent`,
/// `page.<group>`, `<question>.label`, `<question>.hint`, `<question>.choice.<code>`,
/// `<question>.scale_min`, `<question>.scale_max`, `<question>.constraint_message`.
pub fn text_keys(q: &Questionnaire) -> Vec<(String, TextRole)> {
    let mut out = vec![
        ("title".to_owned(), TextRole::Title),
        ("consent".to_owned(), TextRole::Consent),
    ];
    for g in &q.groups {
        out.push((format!("page.{}", g.name), TextRole::Page));
    }
    for question in q.questions() {
        let n = question.name.as_str();
        out.push((format!("{n}.label"), TextRole::Label));
        if !question.hint.is_empty() {
            out.push((format!("{n}.hint"), TextRole::Hint));
        }
        for c in &question.choices {
            out.push((format!("{n}.choice.{}", c.code), TextRole::Choice));
        }
        if let Some(s) = &question.scale {
            if !s.min_label.is_empty() {
                out.push((format!("{n}.scale_min"), TextRole::ScaleEnd));
            }
            if !s.max_label.is_empty() {
                out.push((format!("{n}.scale_max"), TextRole::ScaleEnd));
            }
        }
        if !question.constraint.message.is_empty() {
            out.push((
                format!("{n}.constraint_message"),
                TextRole::ConstraintMessage,
            ));
        }
    }
    out
}

/// The text with `key`.
pub fn text<'a>(q: &'a Questionnaire, key: &str) -> Option<&'a Texts> {
    match key {
        "title" => return Some(&q.title),
        "consent" => return Some(&q.consent),
        _ => {}
    }
    if let Some(g) = key.strip_prefix("page.") {
        return q
            .groups
            .iter()
            .find(|x| x.name.as_str() == g)
            .map(|x| &x.title);
    }
    let (name, rest) = key.split_once('.')?;
    let question = q.questions().find(|x| x.name.as_str() == name)?;
    match rest {
        "label" => Some(&question.label),
        "hint" => Some(&question.hint),
        "constraint_message" => Some(&question.constraint.message),
        "scale_min" => question.scale.as_ref().map(|s| &s.min_label),
        "scale_max" => question.scale.as_ref().map(|s| &s.max_label),
        _ => {
            let code = rest.strip_prefix("choice.")?;
            question.choice(code).map(|c| &c.label)
        }
    }
}

/// The text with `key`, to change.
pub fn text_mut<'a>(q: &'a mut Questionnaire, key: &str) -> Option<&'a mut Texts> {
    match key {
        "title" => return Some(&mut q.title),
        "consent" => return Some(&mut q.consent),
        _ => {}
    }
    if let Some(g) = key.strip_prefix("page.") {
        return q
            .groups
            .iter_mut()
            .find(|x| x.name.as_str() == g)
            .map(|x| &mut x.title);
    }
    let (name, rest) = key.split_once('.')?;
    let question = q
        .items
        .iter_mut()
        .map(|i| &mut i.question)
        .find(|x| x.name.as_str() == name)?;
    match rest {
        "label" => Some(&mut question.label),
        "hint" => Some(&mut question.hint),
        "constraint_message" => Some(&mut question.constraint.message),
        "scale_min" => question.scale.as_mut().map(|s| &mut s.min_label),
        "scale_max" => question.scale.as_mut().map(|s| &mut s.max_label),
        _ => {
            let code = rest.strip_prefix("choice.")?;
            question
                .choices
                .iter_mut()
                .find(|c| c.code.as_str() == code)
                .map(|c| &mut c.label)
        }
    }
}

/// The translator's workbook: a `translations` sheet with `key`, `role` and one
/// `label::Language (code)` column per language of the questionnaire, plus a `reviewed::…`
/// column per language saying `yes` where a fluent speaker has reviewed the text.
pub fn write_translations(q: &Questionnaire) -> Result<Vec<u8>, SurveyError> {
    let fail = |e: XlsxError| {
        SurveyError::Problems(Problems(vec![
            Problem::at_cell(ProblemKind::Unreadable, SHEET, None, None).with_value(e.to_string()),
        ]))
    };
    let langs = q.text_languages();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name(SHEET).map_err(fail)?;
    let bold = Format::new().set_bold();
    let mut header = vec!["key".to_owned(), "role".to_owned()];
    header.extend(
        langs
            .iter()
            .map(|l| format!("label::{}", l.xlsform_suffix())),
    );
    header.extend(
        langs
            .iter()
            .map(|l| format!("reviewed::{}", l.xlsform_suffix())),
    );
    for (c, h) in header.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, h, &bold)
            .map_err(fail)?;
    }
    let wrap = Format::new().set_text_wrap();
    for i in 0..langs.len() {
        sheet.set_column_width(2 + i as u16, 50).map_err(fail)?;
    }
    for (r, (key, role)) in text_keys(q).iter().enumerate() {
        let row = r as u32 + 1;
        sheet.write_string(row, 0, key).map_err(fail)?;
        sheet.write_string(row, 1, role.code()).map_err(fail)?;
        let Some(t) = text(q, key) else { continue };
        for (i, l) in langs.iter().enumerate() {
            if let Some(x) = t.get(l) {
                sheet
                    .write_string_with_format(row, 2 + i as u16, &x.value, &wrap)
                    .map_err(fail)?;
                let col = 2 + langs.len() + i;
                sheet
                    .write_string(row, col as u16, if x.reviewed { "yes" } else { "no" })
                    .map_err(fail)?;
            }
        }
    }
    book.save_to_buffer().map_err(fail)
}

/// Reads the translator's workbook back into a copy of `q`: every text in a `label::` column
/// replaces the questionnaire's and is marked reviewed, unless its `reviewed::` cell says `no`.
/// Languages new to the questionnaire are added to its languages. Nothing changes unless the
/// whole file is sound; every problem is named with sheet, row and column.
pub fn read_translations(q: &Questionnaire, bytes: &[u8]) -> Result<Questionnaire, SurveyError> {
    let one = |kind, row: Option<usize>, col: Option<&str>| {
        SurveyError::Problems(Problems(vec![Problem::at_cell(kind, SHEET, row, col)]))
    };
    if bytes.len() > MAX_BYTES {
        return Err(one(ProblemKind::TooLarge, None, None));
    }
    crate::xlsform::check_archive(bytes)?;
    let mut book =
        Xlsx::new(Cursor::new(bytes)).map_err(|_| one(ProblemKind::Unreadable, None, None))?;
    let rows = crate::xlsform::sheet_rows(&mut book, SHEET)?
        .ok_or_else(|| one(ProblemKind::MissingSheet, None, None))?;
    let (header, body) = rows;
    let key_col = header
        .iter()
        .position(|h| h.eq_ignore_ascii_case("key"))
        .ok_or_else(|| one(ProblemKind::MissingColumn, Some(1), Some("key")))?;
    let mut problems = Vec::new();
    let mut label_cols = Vec::new();
    let mut reviewed_cols = Vec::new();
    for (i, h) in header.iter().enumerate() {
        for (prefix, into) in [
            ("label::", &mut label_cols),
            ("reviewed::", &mut reviewed_cols),
        ] {
            if let Some(rest) = h.strip_prefix(prefix) {
                match crate::xlsform::header_lang(rest) {
                    Some(l) => into.push((l, i)),
                    None => problems.push(
                        Problem::at_cell(ProblemKind::BadValue, SHEET, Some(1), Some(h))
                            .with_value(rest.to_owned()),
                    ),
                }
            }
        }
    }
    let mut out = q.clone();
    for (row, cells) in &body {
        let key = cells[key_col].trim();
        if key.is_empty() {
            continue;
        }
        let Some(texts) = text_mut(&mut out, key) else {
            problems.push(
                Problem::at_cell(ProblemKind::UnknownText, SHEET, Some(*row), Some("key"))
                    .with_value(key.to_owned()),
            );
            continue;
        };
        for (lang, c) in &label_cols {
            let value = cells[*c].trim();
            if value.is_empty() {
                continue;
            }
            let reviewed = match reviewed_cols.iter().find(|(l, _)| l == lang) {
                None => true,
                Some((_, rc)) => match cells[*rc].trim().to_ascii_lowercase().as_str() {
                    "" | "yes" | "y" | "true" | "1" => true,
                    "no" | "n" | "false" | "0" => false,
                    other => {
                        problems.push(
                            Problem::at_cell(
                                ProblemKind::BadValue,
                                SHEET,
                                Some(*row),
                                Some(&header[*rc]),
                            )
                            .with_value(other.to_owned()),
                        );
                        false
                    }
                },
            };
            texts.set(lang.clone(), value, reviewed);
        }
    }
    if !problems.is_empty() {
        return Err(SurveyError::Problems(Problems(problems)));
    }
    for (lang, _) in &label_cols {
        if !out.languages.contains(lang) {
            out.languages.push(lang.clone());
        }
    }
    out.validate()?;
    Ok(out)
}

/// The languages `q` offers, each with how many of its texts exist and how many are reviewed.
pub fn language_summary(q: &Questionnaire) -> Vec<(Lang, usize, usize, usize)> {
    let keys = text_keys(q);
    q.text_languages()
        .into_iter()
        .map(|l| {
            let mut present = 0;
            let mut reviewed = 0;
            for (k, _) in &keys {
                if let Some(t) = text(q, k).and_then(|t| t.get(&l)) {
                    present += 1;
                    if t.reviewed {
                        reviewed += 1;
                    }
                }
            }
            (l, keys.len(), present, reviewed)
        })
        .collect()
}
