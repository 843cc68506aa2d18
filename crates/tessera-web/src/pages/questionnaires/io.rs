//! XLSForm out (the file any field tool reads) and in (a form made in KoboToolbox or ODK).

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::crumbs;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};

/// Largest XLSForm taken (the reader's own limit too).
const MAX_BYTES: usize = tessera_survey::xlsform::MAX_FILE_BYTES;

/// The `Content-Type` of a workbook.
pub(crate) const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A workbook download.
pub(crate) fn xlsx(name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, XLSX.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The form's `file` field: (file name, bytes), or a message saying what is wrong.
pub(crate) async fn file_field(
    multipart: &mut Multipart,
    max: usize,
) -> Result<(String, Vec<u8>), String> {
    let unreadable = || tessera_l10n::t("questionnaires-upload-unreadable");
    while let Some(field) = multipart.next_field().await.map_err(|_| unreadable())? {
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or("questionnaire.xlsx").to_owned();
        let bytes = field.bytes().await.map_err(|_| unreadable())?;
        if bytes.len() > max {
            return Err(tessera_l10n::ta(
                "questionnaires-upload-too-large",
                &[("max", (max / (1024 * 1024)).into())],
            ));
        }
        if bytes.is_empty() {
            break;
        }
        return Ok((name, bytes.to_vec()));
    }
    Err(tessera_l10n::t("questionnaires-upload-nothing"))
}

pub(crate) async fn xlsform(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (name, bytes) = state.app().questionnaire_xlsform(org.id, &id).await?;
    Ok(xlsx(&name, bytes))
}

#[derive(Template)]
#[template(path = "questionnaires/import.html")]
pub(crate) struct ImportPage {
    crumbs: Vec<(String, String)>,
    problems: Vec<String>,
}

fn render(problems: Vec<String>) -> Result<Response, PageError> {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = ImportPage {
        crumbs: crumbs(&[(
            "/questionnaires/import".to_owned(),
            tessera_l10n::t("questionnaires-import-title"),
        )]),
        problems,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn import_form(AsEditor(_, _): AsEditor) -> Result<Response, PageError> {
    render(Vec::new())
}

pub(crate) async fn import(
    State(state): State<AppState>,
    editor: AsEditor,
    mut multipart: Multipart,
) -> Result<Response, PageError> {
    let (name, bytes) = match file_field(&mut multipart, MAX_BYTES).await {
        Ok(f) => f,
        Err(message) => return render(vec![message]),
    };
    match state
        .app()
        .import_xlsform(&editor.actor(), &bytes, &name)
        .await?
    {
        Ok((record, _skipped)) => {
            tracing::info!(questionnaire.id = %record.id, org.id = %editor.0.id, "XLSForm imported");
            Ok(
                Redirect::to(&format!("/questionnaires/{}?done=imported", record.id))
                    .into_response(),
            )
        }
        Err(problems) => render(problems),
    }
}
