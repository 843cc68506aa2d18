//! Bringing in a plan's answers from a CSV or Excel file: the form with the columns it needs,
//! and the outcome (everything saved, or every problem and nothing saved).

use askama::Template;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use tessera_app::participants::import::{ImportOutcome, ImportProblem, template_header};
use tessera_app::participants::measurements::PlanContext;
use tessera_l10n::{t, ta};

use super::plan_crumbs;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

#[derive(Template)]
#[template(path = "participants/import.html")]
pub(crate) struct ImportPage {
    crumbs: Vec<(String, String)>,
    id: String,
    title: String,
    header: String,
    /// (reference, name, its language, how it is answered).
    indicators: Vec<(String, String, String, String)>,
    /// (key, name) of the collection points.
    points: Vec<(String, String)>,
    max_mb: usize,
    saved: Option<String>,
    problems: Vec<ImportProblem>,
    total: usize,
    error: Option<String>,
}

fn page(state: &AppState, context: &PlanContext) -> ImportPage {
    use tessera_app::participants::measurements::AnswerKind;
    ImportPage {
        crumbs: plan_crumbs(
            context.id,
            &context.plan.title,
            &[(
                format!("/plans/{}/participants/import", context.id),
                t("participants-import-title"),
            )],
        ),
        id: context.id.to_string(),
        title: context.plan.title.clone(),
        header: template_header(&context.indicators).join(","),
        indicators: context
            .indicators
            .iter()
            .map(|i| {
                let how = match i.kind {
                    AnswerKind::YesNo => t("participants-import-answer-yes-no"),
                    AnswerKind::Scale | AnswerKind::Number => {
                        t("participants-import-answer-number")
                    }
                };
                (
                    i.reference.clone(),
                    i.name.clone(),
                    i.name_lang.clone(),
                    how,
                )
            })
            .collect(),
        points: context
            .points
            .iter()
            .map(|p| (p.key.clone(), p.label.clone()))
            .collect(),
        max_mb: state.app().limits().max_upload_mb(),
        saved: None,
        problems: Vec::new(),
        total: 0,
        error: None,
    }
}

pub(crate) async fn form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let context = state.app().plan_context(org.id, &id).await?;
    Ok(Html(page(&state, &context).render()?))
}

/// `POST /plans/{id}/participants/import` (an upload: the plan is found before the body is
/// read, so another organisation's plan is "not found" whatever is sent).
pub(crate) async fn upload(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, PageError> {
    let context = state.app().plan_context(editor.0.id, &id).await?;
    let mut view = page(&state, &context);
    let limit = state.app().limits().max_upload_bytes;
    let mut file_name = String::new();
    let mut bytes = Vec::new();
    let read = async {
        let mut multipart = Multipart::from_request(request, &state)
            .await
            .map_err(|_| t("participants-import-choose"))?;
        while let Some(mut field) = multipart.next_field().await.map_err(|e| {
            ta(
                "participants-import-broken",
                &[("reason", e.to_string().into())],
            )
        })? {
            if field.name() != Some("file") {
                continue;
            }
            file_name = tessera_app::import::base_name(field.file_name().unwrap_or_default());
            while let Some(chunk) = field.chunk().await.map_err(|e| {
                ta(
                    "participants-import-broken",
                    &[("reason", e.to_string().into())],
                )
            })? {
                if bytes.len() + chunk.len() > limit {
                    return Err(ta(
                        "participants-import-too-large",
                        &[("mb", state.app().limits().max_upload_mb().into())],
                    ));
                }
                bytes.extend_from_slice(&chunk);
            }
        }
        Ok(())
    };
    if let Err(message) = read.await {
        view.error = Some(message);
        return Ok((StatusCode::BAD_REQUEST, Html(view.render()?)).into_response());
    }
    if file_name.is_empty() || bytes.is_empty() {
        view.error = Some(t("participants-import-choose"));
        return Ok((StatusCode::BAD_REQUEST, Html(view.render()?)).into_response());
    }
    let outcome = state
        .app()
        .import_measurements(&editor.actor(), &id, &file_name, bytes)
        .await?;
    let status = match outcome {
        ImportOutcome::Saved { rows, participants } => {
            view.saved = Some(ta(
                "participants-import-saved",
                &[("rows", rows.into()), ("people", participants.into())],
            ));
            StatusCode::OK
        }
        ImportOutcome::Refused { problems, total } => {
            view.problems = problems;
            view.total = total;
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    Ok((status, Html(view.render()?)).into_response())
}
