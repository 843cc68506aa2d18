//! `GET /packs/new` and `POST /packs/new`: a pack's files (a zip, or several TOML files)
//! uploaded, read within the loader's limits, checked, and saved only when nothing is wrong;
//! otherwise every problem is listed by file and line.

use askama::Template;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_framework::{Problem, UploadedFile};

use super::{ProblemLine, crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

#[derive(Template)]
#[template(path = "packs/upload.html")]
pub(crate) struct UploadPage {
    crumbs: Vec<(String, String)>,
    problems: Vec<ProblemLine>,
    max_files: usize,
    max_megabytes: usize,
}

fn render(state: &AppState, problems: &[Problem]) -> Result<Response, PageError> {
    let limits = state.app().pack_limits();
    let page = UploadPage {
        crumbs: crumbs(),
        problems: problems.iter().map(ProblemLine::new).collect(),
        max_files: limits.max_files,
        max_megabytes: limits.max_total_bytes / (1024 * 1024),
    };
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, Html(page.render()?)).into_response())
}

fn problem(message: String) -> Problem {
    Problem {
        file: String::new(),
        line: None,
        item: None,
        field: None,
        message,
    }
}

/// `GET /packs/new`.
pub(crate) async fn form(
    State(state): State<AppState>,
    _editor: AsEditor,
) -> Result<Response, PageError> {
    render(&state, &[])
}

/// `POST /packs/new`.
pub(crate) async fn upload(
    State(state): State<AppState>,
    editor: AsEditor,
    request: Request,
) -> Result<Response, PageError> {
    let limits = state.app().pack_limits();
    // The whole upload is bounded before the loader sees it: no more files than it accepts,
    // and no more bytes than its total plus a zip's own size.
    let max_bytes = limits.max_total_bytes.max(limits.max_zip_bytes);
    let mut files: Vec<UploadedFile> = Vec::new();
    let mut total = 0usize;
    let read = async {
        let mut multipart = Multipart::from_request(request, &state)
            .await
            .map_err(|_| tessera_l10n::t("packs-error-unreadable"))?;
        while let Some(mut field) = multipart
            .next_field()
            .await
            .map_err(|_| tessera_l10n::t("packs-error-unreadable"))?
        {
            if field.name() != Some("files") {
                continue;
            }
            let name = field.file_name().unwrap_or_default().to_owned();
            let mut bytes = Vec::new();
            while let Some(chunk) = field
                .chunk()
                .await
                .map_err(|_| tessera_l10n::t("packs-error-unreadable"))?
            {
                total += chunk.len();
                if total > max_bytes {
                    return Err(crate::t2(
                        "packs-upload-hint",
                        "files",
                        limits.max_files,
                        "megabytes",
                        max_bytes / (1024 * 1024),
                    ));
                }
                bytes.extend_from_slice(&chunk);
            }
            if files.len() >= limits.max_files {
                return Err(crate::t2(
                    "packs-upload-hint",
                    "files",
                    limits.max_files,
                    "megabytes",
                    max_bytes / (1024 * 1024),
                ));
            }
            files.push(UploadedFile { name, bytes });
        }
        Ok(())
    };
    if let Err(message) = read.await {
        return render(&state, &[problem(message)]);
    }
    match state.app().upload_pack(&editor.actor(), files).await? {
        Ok(record) => {
            Ok(Redirect::to(&format!("/packs/{}?done=uploaded", record.id)).into_response())
        }
        Err(problems) => render(&state, &problems),
    }
}
