//! Step 1: upload a file (a new dataset, or a new version of one).

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_store::DatasetId;

use tessera_app::import::{
    ImportError, Parent, Upload as NewUpload, UploadOptions, base_name, format_of,
};
use tessera_l10n::{t, ta};

use super::{FieldError, crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

#[derive(Template)]
#[template(path = "datasets/import/upload.html")]
pub(crate) struct UploadPage {
    crumbs: Vec<(String, String)>,
    errors: Vec<FieldError>,
    name: String,
    /// Where the form posts.
    action: String,
    /// The dataset being corrected, for a new version: (href, name, version).
    parent: Option<(String, String, i64)>,
    max_mb: usize,
}

impl UploadPage {
    fn err(&self, id: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.message.as_str())
    }
}

fn page(
    max_mb: usize,
    parent: Option<(DatasetId, String, i64)>,
    name: String,
    errors: Vec<FieldError>,
) -> UploadPage {
    let (action, crumbs, parent) = match parent {
        Some((id, parent_name, version)) => {
            let href = format!("/datasets/{id}");
            (
                format!("/datasets/{id}/new-version"),
                crumbs(&[(href.as_str(), parent_name.as_str())]),
                Some((href, parent_name, version)),
            )
        }
        None => ("/datasets/new".to_owned(), crumbs(&[]), None),
    };
    UploadPage {
        crumbs,
        errors,
        name,
        action,
        parent,
        max_mb,
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    AsEditor(_, _): AsEditor,
) -> Result<Html<String>, PageError> {
    Ok(Html(
        page(
            state.app().limits().max_upload_mb(),
            None,
            String::new(),
            Vec::new(),
        )
        .render()?,
    ))
}

pub(crate) async fn show_version(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let (record, _) = crate::pages::datasets::load(&state, org.id, &id).await?;
    let s = record.summary;
    Ok(Html(
        page(
            state.app().limits().max_upload_mb(),
            Some((s.id, s.name.clone(), s.version)),
            s.name,
            Vec::new(),
        )
        .render()?,
    ))
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    multipart: Multipart,
) -> Result<Response, PageError> {
    receive(&state, who.in_org(&org), None, multipart).await
}

pub(crate) async fn submit_version(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let (record, mapping) = crate::pages::datasets::load(&state, org.id, &id).await?;
    let s = record.summary;
    receive(
        &state,
        who.in_org(&org),
        Some(((s.id, s.name, s.version), mapping)),
        multipart,
    )
    .await
}

/// What the form sent.
#[derive(Default)]
struct Upload {
    name: String,
    file_name: String,
    bytes: Vec<u8>,
    codebook_name: String,
    codebook: Vec<u8>,
}

/// The largest codebook an upload may carry.
const MAX_CODEBOOK_BYTES: usize = 1024 * 1024;

/// Reads a file field chunk by chunk, refusing as soon as it passes `limit` bytes, so memory
/// never holds more than the limit whatever the body says.
async fn bounded(
    field: &mut axum::extract::multipart::Field<'_>,
    limit: usize,
    too_big: &(dyn Fn() -> FieldError + Sync),
) -> Result<Vec<u8>, FieldError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_big()
        } else {
            FieldError::new(
                "file",
                ta("import-upload-broken", &[("detail", e.to_string().into())]),
            )
        }
    })? {
        if bytes.len() + chunk.len() > limit {
            return Err(too_big());
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

async fn read_form(multipart: &mut Multipart, max_bytes: usize) -> Result<Upload, FieldError> {
    let file_too_big = || {
        FieldError::new(
            "file",
            ta(
                "import-file-too-large",
                &[("mb", (max_bytes / (1024 * 1024)).into())],
            ),
        )
    };
    let codebook_too_big = || {
        FieldError::new(
            "codebook",
            ta(
                "import-upload-codebook-too-large",
                &[("mb", (MAX_CODEBOOK_BYTES / (1024 * 1024)).into())],
            ),
        )
    };
    let too_big = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            file_too_big()
        } else {
            FieldError::new(
                "file",
                ta("import-upload-broken", &[("detail", e.to_string().into())]),
            )
        }
    };
    let mut upload = Upload::default();
    while let Some(mut field) = multipart.next_field().await.map_err(too_big)? {
        match field.name().unwrap_or_default() {
            "name" => upload.name = field.text().await.map_err(too_big)?,
            "file" => {
                upload.file_name = field.file_name().unwrap_or_default().to_owned();
                upload.bytes = bounded(&mut field, max_bytes, &file_too_big).await?;
            }
            "codebook" => {
                upload.codebook_name = field.file_name().unwrap_or_default().to_owned();
                upload.codebook =
                    bounded(&mut field, MAX_CODEBOOK_BYTES, &codebook_too_big).await?;
            }
            _ => {}
        }
    }
    Ok(upload)
}

async fn receive(
    state: &AppState,
    actor: tessera_app::Actor,
    parent: Option<(
        (DatasetId, String, i64),
        tessera_stats::mapping::DatasetMapping,
    )>,
    mut multipart: Multipart,
) -> Result<Response, PageError> {
    let (parent_info, parent_mapping) = match parent {
        Some((info, mapping)) => (Some(info), Some(mapping)),
        None => (None, None),
    };
    let again = |name: String,
                 errors: Vec<FieldError>,
                 status: StatusCode|
     -> Result<Response, PageError> {
        let html = page(
            state.app().limits().max_upload_mb(),
            parent_info.clone(),
            name,
            errors,
        )
        .render()?;
        Ok((status, Html(html)).into_response())
    };
    let upload = match read_form(&mut multipart, state.app().limits().max_upload_bytes).await {
        Ok(u) => u,
        Err(e) => return again(String::new(), vec![e], StatusCode::PAYLOAD_TOO_LARGE),
    };
    let file_name = base_name(&upload.file_name);
    let name = upload.name.trim().to_owned();
    if file_name.is_empty() || upload.bytes.is_empty() {
        let message = if file_name.is_empty() {
            t("import-upload-choose-file")
        } else {
            t("import-upload-empty-file")
        };
        return again(
            name,
            vec![FieldError::new("file", message)],
            StatusCode::BAD_REQUEST,
        );
    }
    if format_of(&file_name).is_none() {
        return again(
            name,
            vec![FieldError::new(
                "file",
                ta(
                    "import-upload-not-readable",
                    &[("file", file_name.as_str().into())],
                ),
            )],
            StatusCode::BAD_REQUEST,
        );
    }
    let options = if upload.codebook.is_empty() {
        UploadOptions::default()
    } else {
        let codebook_name = base_name(&upload.codebook_name);
        let options = std::str::from_utf8(&upload.codebook)
            .map_err(|_| t("import-upload-codebook-not-utf8"))
            .map(|text| UploadOptions {
                codebook: Some((codebook_name, text.to_owned())),
                ..UploadOptions::default()
            });
        match options.and_then(|o| o.parsed_codebook().map(|_| o)) {
            Ok(o) => o,
            Err(message) => {
                return again(
                    name,
                    vec![FieldError::new(
                        "codebook",
                        ta(
                            "import-upload-codebook-invalid",
                            &[("detail", message.into())],
                        ),
                    )],
                    StatusCode::BAD_REQUEST,
                );
            }
        }
    };
    let parent = parent_info
        .as_ref()
        .zip(parent_mapping)
        .map(|((id, _, _), mapping)| Parent { id: *id, mapping });
    let started = state
        .app()
        .start_import(
            &actor,
            parent,
            NewUpload {
                name: name.clone(),
                file_name: file_name.clone(),
                bytes: upload.bytes,
                options,
            },
        )
        .await;
    match started {
        Ok(token) => {
            Ok(Redirect::to(&format!("/datasets/imports/{token}/preview")).into_response())
        }
        Err(ImportError::App(e)) => Err(e.into()),
        Err(e @ ImportError::Interrupted(_)) => Err(PageError::internal(e)),
        Err(e) => again(
            name,
            vec![FieldError::new("file", e.text())],
            StatusCode::BAD_REQUEST,
        ),
    }
}
