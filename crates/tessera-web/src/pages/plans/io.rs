//! Plans in and out as the documented JSON file (`docs/plan-format.md`).

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_plan::{Plan, PlanProblem};
use tessera_store::NewPlan;
use tessera_store::prelude::*;

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};

/// Plan files larger than this are refused: the guide's examples are a few kilobytes.
const MAX_PLAN_BYTES: usize = 1024 * 1024;

#[derive(Template)]
#[template(path = "plans/import.html")]
pub(crate) struct ImportPage {
    pub text: String,
    /// (href, message) for the error summary.
    pub summary: Vec<(String, String)>,
    pub problems: Vec<PlanProblem>,
    pub crumbs: Vec<(String, String)>,
}

/// `GET /plans/{id}/export.json`: the plan exactly in the documented format.
pub(crate) async fn export(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (record, plan) = super::load(&state, org.id, &id).await?;
    let name = super::slugify(&plan.title, "plan", &[]);
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}-{}.json\"", record.id),
            ),
        ],
        plan.to_json(),
    )
        .into_response())
}

fn page(text: String, problems: Vec<PlanProblem>, field: &str) -> ImportPage {
    let summary = problems
        .iter()
        .map(|p| {
            let text = match (p.line, p.column) {
                (Some(l), Some(c)) => tessera_l10n::ta(
                    "plans-import-summary-line",
                    &[
                        ("line", l.to_string().into()),
                        ("column", c.to_string().into()),
                        ("message", p.message.as_str().into()),
                    ],
                ),
                _ => tessera_l10n::ta(
                    "plans-import-summary-path",
                    &[
                        ("path", p.path.as_str().into()),
                        ("message", p.message.as_str().into()),
                    ],
                ),
            };
            (format!("#{field}"), text)
        })
        .collect();
    ImportPage {
        text,
        summary,
        problems,
        crumbs: super::crumbs(&[]),
    }
}

/// `GET /plans/import`.
pub(crate) async fn import_form(AsEditor(_org, _): AsEditor) -> Result<Html<String>, PageError> {
    Ok(Html(page(String::new(), Vec::new(), "plan-file").render()?))
}

/// `POST /plans/import`: a file upload or pasted JSON. Every problem is listed with its JSON
/// path and nothing is saved unless the whole plan is valid.
pub(crate) async fn import(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    mut multipart: Multipart,
) -> Result<Response, PageError> {
    let mut file: Option<Vec<u8>> = None;
    let mut pasted = String::new();
    while let Some(field) = multipart.next_field().await.map_err(|e| unreadable(&e))? {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|e| unreadable(&e))?;
        if bytes.len() > MAX_PLAN_BYTES {
            let problem = PlanProblem::at("$", tessera_l10n::t("plans-import-too-large"));
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                page(String::new(), vec![problem], "plan-file"),
            );
        }
        match name.as_str() {
            "file" if !bytes.is_empty() => file = Some(bytes.to_vec()),
            "json" => pasted = String::from_utf8_lossy(&bytes).into_owned(),
            _ => {}
        }
    }
    let (text, field) = match file {
        Some(bytes) => match String::from_utf8(bytes) {
            Ok(t) => (t, "plan-file"),
            Err(_) => {
                let problem = PlanProblem::at("$", tessera_l10n::t("plans-import-not-utf8"));
                return render(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    page(String::new(), vec![problem], "plan-file"),
                );
            }
        },
        None => (pasted, "plan-json"),
    };
    if text.trim().is_empty() {
        let problem = PlanProblem::at("$", tessera_l10n::t("plans-import-nothing"));
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            page(text, vec![problem], "plan-file"),
        );
    }
    let plan = match Plan::from_json(&text) {
        Ok(plan) => plan,
        Err(problems) => {
            let keep = if field == "plan-json" {
                text
            } else {
                String::new()
            };
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                page(keep, problems, field),
            );
        }
    };
    let problems = state.app().evidence_problems(org.id, &plan).await?;
    if !problems.is_empty() {
        let keep = if field == "plan-json" {
            text
        } else {
            String::new()
        };
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            page(keep, problems, field),
        );
    }
    let record = state
        .store()
        .create_plan(NewPlan {
            org: org.id,
            title: plan.title.clone(),
            document: super::document(&plan)?,
            created_by: who.actor.clone(),
        })
        .await?;
    tracing::info!(plan.id = %record.id, org.id = %org.id, "plan imported");
    Ok(Redirect::to(&format!("/plans/{}", record.id)).into_response())
}

/// The answer for an upload that could not be read as a form.
fn unreadable(e: &axum::extract::multipart::MultipartError) -> PageError {
    PageError::bad_request(tessera_l10n::ta(
        "plans-import-unreadable",
        &[("error", e.to_string().into())],
    ))
}

fn render(status: StatusCode, page: ImportPage) -> Result<Response, PageError> {
    Ok((status, Html(page.render()?)).into_response())
}
