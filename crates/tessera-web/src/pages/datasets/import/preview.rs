//! Step 2: how the file was read — its first rows, the row naming the columns (found by
//! Tessera, changeable), the sheet of a workbook and the text encoding of a CSV file
//! (detected, changeable). Choosing another reads the file again; the choice is kept with the
//! upload (`UploadOptions`), so any server continues with it.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::import::{ImportError, PendingImport, UploadOptions};
use tessera_data::{Format, Preview, TextEncoding};
use tessera_l10n::{t, ta};

use super::mapping::view::Choice;
use super::{FieldError, crumbs, pending};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

/// One row of the preview table.
pub(crate) struct PreviewRow {
    /// The row's number in the sheet or file (1-based).
    number: usize,
    cells: Vec<String>,
    /// The row that names the columns.
    header: bool,
    /// Above the header: skipped.
    skipped: bool,
}

#[derive(Template)]
#[template(path = "datasets/import/preview.html")]
pub(crate) struct PreviewPage {
    crumbs: Vec<(String, String)>,
    errors: Vec<FieldError>,
    token: String,
    name: String,
    file_name: String,
    /// Spreadsheet column letters (A, B, … AA) for the widest row shown.
    letters: Vec<String>,
    rows: Vec<PreviewRow>,
    /// Sheets to choose from (workbooks with more than one).
    sheets: Vec<Choice>,
    /// Header rows to choose from (CSV and workbooks).
    header_rows: Vec<Choice>,
    /// Encodings to choose from (CSV).
    encodings: Vec<Choice>,
    /// What was read, in a sentence.
    intro: String,
    /// What Tessera found, in words.
    found: Vec<String>,
    /// Columns read with the current choices.
    n_columns: usize,
    /// The columns read, for a glance.
    column_names: String,
}

/// Which header row is in force: the one chosen, else the one the reader used (the first
/// non-empty row).
fn header_in_force(pending: &PendingImport, preview: &Preview) -> usize {
    pending.options.header_row.unwrap_or_else(|| {
        preview
            .rows
            .iter()
            .position(|r| r.iter().any(|c| !c.trim().is_empty()))
            .map_or(1, |i| i + 1)
    })
}

fn page(
    token: &str,
    pending: &PendingImport,
    preview: &Preview,
    errors: Vec<FieldError>,
) -> PreviewPage {
    let data = &pending.outcome.dataset;
    let text_file = pending.format == Format::Csv;
    let chooses_header = matches!(pending.format, Format::Csv | Format::Xlsx);
    let header = header_in_force(pending, preview);
    let width = preview.rows.iter().map(Vec::len).max().unwrap_or(0);
    let rows = preview
        .rows
        .iter()
        .enumerate()
        .map(|(i, cells)| {
            let mut cells = cells.clone();
            cells.resize(width, String::new());
            PreviewRow {
                number: i + 1,
                cells,
                header: i + 1 == header,
                skipped: i + 1 < header,
            }
        })
        .collect();
    let sheet = preview.sheet.clone().or_else(|| data.source.sheet.clone());
    let sheets = if preview.sheets.len() > 1 {
        preview
            .sheets
            .iter()
            .map(|s| Choice {
                value: s.clone(),
                text: s.clone(),
                selected: Some(s) == sheet.as_ref(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let header_rows = if chooses_header {
        (1..=preview.rows.len().max(header))
            .map(|n| Choice {
                value: n.to_string(),
                text: if Some(n) == preview.header_row {
                    ta("import-preview-row-found", &[("row", n.into())])
                } else {
                    ta("import-preview-row", &[("row", n.into())])
                },
                selected: n == header,
            })
            .collect()
    } else {
        Vec::new()
    };
    let used = data
        .source
        .encoding
        .as_deref()
        .and_then(TextEncoding::parse)
        .or(preview.encoding);
    let encodings = if text_file {
        TextEncoding::ALL
            .iter()
            .map(|e| Choice {
                value: e.name().to_owned(),
                text: t(encoding_key(*e)),
                selected: Some(*e) == used,
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut found = Vec::new();
    if let Some(e) = used {
        let key = if pending.options.encoding.is_some() {
            "import-preview-encoding-chosen"
        } else {
            "import-preview-encoding-detected"
        };
        found.push(ta(key, &[("encoding", t(encoding_key(e)).into())]));
    }
    if chooses_header {
        found.push(match preview.header_row {
            Some(row) if pending.options.header_row.is_none() || row == header => {
                ta("import-preview-header-found", &[("row", row.into())])
            }
            _ => ta("import-preview-header-used", &[("row", header.into())]),
        });
    }
    if let Some(s) = &sheet
        && pending.format == Format::Xlsx
    {
        found.push(ta(
            "import-preview-sheet",
            &[
                ("sheet", s.as_str().into()),
                ("count", preview.sheets.len().into()),
            ],
        ));
    }
    let names: Vec<&str> = data
        .columns
        .iter()
        .take(12)
        .map(|c| c.name.as_str())
        .collect();
    let mut column_names = names.join(", ");
    if data.columns.len() > names.len() {
        column_names.push_str(", …");
    }
    PreviewPage {
        crumbs: crumbs(&[]),
        errors,
        token: token.to_owned(),
        name: pending.name.clone(),
        file_name: pending.file_name.clone(),
        letters: (0..width).map(column_letters).collect(),
        rows,
        sheets,
        header_rows,
        encodings,
        intro: ta(
            "import-preview-intro",
            &[
                ("file", pending.file_name.as_str().into()),
                ("format", pending.format.name().into()),
                ("rows", data.n_rows.into()),
            ],
        ),
        found,
        n_columns: data.columns.len(),
        column_names,
    }
}

impl PreviewPage {
    fn header_error(&self) -> Option<&str> {
        crate::ui::forms::error_for(&self.errors, "header_row")
    }
}

/// A spreadsheet's name for the column at `index`: A…Z, AA, AB…
fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The message key naming an encoding for people.
fn encoding_key(e: TextEncoding) -> &'static str {
    match e {
        TextEncoding::Utf8 => "import-encoding-utf8",
        TextEncoding::Windows1252 => "import-encoding-windows-1252",
        TextEncoding::Utf16Le => "import-encoding-utf16le",
        TextEncoding::Utf16Be => "import-encoding-utf16be",
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let (pending, preview) = match state.app().preview_import(org.id, &token).await {
        Ok(p) => p,
        Err(ImportError::App(e)) => return Err(e.into()),
        Err(e) => return Err(PageError::bad_request(e.text())),
    };
    Ok(Html(page(&token, &pending, &preview, Vec::new()).render()?).into_response())
}

/// What the form sent.
struct Choices {
    sheet: Option<String>,
    header_row: Option<usize>,
    encoding: Option<String>,
    /// Go on to the mapping (rather than only reading the file again).
    go_on: bool,
}

fn parse(body: &[u8]) -> Choices {
    let mut c = Choices {
        sheet: None,
        header_row: None,
        encoding: None,
        go_on: false,
    };
    for (key, value) in form_urlencoded::parse(body) {
        let value = value.trim();
        match key.as_ref() {
            "sheet" if !value.is_empty() => c.sheet = Some(value.to_owned()),
            "header_row" => c.header_row = value.parse().ok().filter(|n| *n > 0),
            "encoding" => c.encoding = TextEncoding::parse(value).map(|e| e.name().to_owned()),
            "action" => c.go_on = value == "continue",
            _ => {}
        }
    }
    c
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let pending = pending(&state, org.id, &token).await?;
    let choices = parse(&body);
    let mut options = UploadOptions {
        sheet: choices.sheet.or_else(|| pending.options.sheet.clone()),
        header_row: choices.header_row.or(pending.options.header_row),
        encoding: choices
            .encoding
            .or_else(|| pending.options.encoding.clone()),
        codebook: pending.options.codebook.clone(),
    };
    // A different sheet has its own header row: found again.
    if options.sheet != pending.options.sheet {
        options.header_row = None;
    }
    // The encoding the reader detected, chosen again, is no choice.
    if pending.options.encoding.is_none()
        && options.encoding.as_deref() == pending.outcome.dataset.source.encoding.as_deref()
    {
        options.encoding = None;
    }
    match state
        .app()
        .reread_import(&who.in_org(&org), &token, options)
        .await
    {
        Ok(()) => {}
        Err(ImportError::App(e)) => return Err(e.into()),
        Err(e) => {
            let (pending, preview) = match state.app().preview_import(org.id, &token).await {
                Ok(p) => p,
                Err(ImportError::App(e)) => return Err(e.into()),
                Err(other) => return Err(PageError::bad_request(other.text())),
            };
            let errors = vec![FieldError::new("header_row", e.text())];
            let html = page(&token, &pending, &preview, errors).render()?;
            return Ok((StatusCode::BAD_REQUEST, Html(html)).into_response());
        }
    }
    let next = if choices.go_on { "mapping" } else { "preview" };
    Ok(Redirect::to(&format!("/datasets/imports/{token}/{next}")).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_in_a_spreadsheet() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(16383), "XFD");
    }
}
