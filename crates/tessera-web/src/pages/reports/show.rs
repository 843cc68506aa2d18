//! A report as a page (that prints on A4), as a PDF and as a Word file; marking it final or
//! draft, and deleting it.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::reports::document::{Block, ReportDocument};
use tessera_store::{PlanId, Report};

use super::crumbs;
use super::list::status_label;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsOwner, CurrentOrg};
use crate::pages::plans::diagram::Drawings;

#[derive(Template)]
#[template(path = "reports/show.html")]
pub(crate) struct ShowPage {
    crumbs: Vec<(String, String)>,
    plan_id: String,
    id: String,
    doc: ReportDocument,
    status: String,
    is_final: bool,
    /// The theory-of-change diagram, drawn beside its text.
    drawings: Option<Drawings>,
    notice: Option<String>,
    errors: Vec<String>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: String,
}

async fn load(
    state: &AppState,
    org: tessera_store::OrgId,
    plan: &str,
    report: &str,
) -> Result<(PlanId, tessera_plan::Plan, Report), PageError> {
    let (record, plan) = state.app().plan(org, plan).await?;
    let report = state
        .app()
        .plan_report(org, Some(record.id), report)
        .await?;
    Ok((record.id, plan, report))
}

async fn render(
    state: &AppState,
    org: tessera_store::OrgId,
    plan: &str,
    report: &str,
    notice: Option<String>,
    errors: Vec<String>,
) -> Result<Response, PageError> {
    let (plan_id, plan, report) = load(state, org, plan, report).await?;
    let doc = state.app().report_document(org, &report).await?;
    let drawings = if doc.sections.iter().any(|s| s.kind == "theory_of_change") {
        Some(Drawings::of(&plan)?)
    } else {
        None
    };
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    let page = ShowPage {
        crumbs: crumbs(
            plan_id,
            &plan.title,
            &[(
                format!("/plans/{plan_id}/reports/{}", report.id),
                report.title.clone(),
            )],
        ),
        plan_id: plan_id.to_string(),
        id: report.id.to_string(),
        status: status_label(&report.status),
        is_final: report.status == "final",
        doc,
        drawings,
        notice,
        errors,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /plans/{id}/reports/{report}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path((plan, report)): Path<(String, String)>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let notice = match done.done.as_str() {
        "saved" => Some(tessera_l10n::t("reports-done-saved")),
        "final" => Some(tessera_l10n::t("reports-done-final")),
        "draft" => Some(tessera_l10n::t("reports-done-draft")),
        _ => None,
    };
    render(&state, org.id, &plan, &report, notice, Vec::new()).await
}

/// The answer carrying a report file.
pub(crate) fn download(bytes: Vec<u8>, media_type: &'static str, name: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, media_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        bytes,
    )
        .into_response()
}

/// The media type of Word documents.
pub(crate) const DOCX: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// `GET /plans/{id}/reports/{report}/report.pdf`.
pub(crate) async fn pdf(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path((plan, report)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (_, _, report) = load(&state, org.id, &plan, &report).await?;
    let doc = state.app().report_document(org.id, &report).await?;
    let bytes = tessera_app::reports::pdf::write(&doc)?;
    Ok(download(
        bytes,
        "application/pdf",
        tessera_app::reports::file_name(&report.title, "pdf"),
    ))
}

/// `GET /plans/{id}/reports/{report}/report.docx`.
pub(crate) async fn docx(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path((plan, report)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (_, _, report) = load(&state, org.id, &plan, &report).await?;
    let doc = state.app().report_document(org.id, &report).await?;
    let bytes = tessera_app::reports::docx::write(&doc)?;
    Ok(download(
        bytes,
        DOCX,
        tessera_app::reports::file_name(&report.title, "docx"),
    ))
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct StatusForm {
    #[serde(default)]
    status: String,
}

/// `POST /plans/{id}/reports/{report}/status` (owners): final or back to draft.
pub(crate) async fn status(
    State(state): State<AppState>,
    owner: AsOwner,
    Path((plan, report)): Path<(String, String)>,
    Form(form): Form<StatusForm>,
) -> Result<Response, PageError> {
    let (plan_id, _, _) = load(&state, owner.0.id, &plan, &report).await?;
    match state
        .app()
        .finalise_report(&owner.actor(), plan_id, &report, &form.status)
        .await?
    {
        Ok(saved) => Ok(Redirect::to(&format!(
            "/plans/{plan_id}/reports/{}?done={}",
            saved.id, saved.status
        ))
        .into_response()),
        Err(problems) => {
            render(
                &state,
                owner.0.id,
                &plan,
                &report,
                None,
                problems.into_iter().map(|p| p.message).collect(),
            )
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "reports/delete.html")]
pub(crate) struct DeletePage {
    crumbs: Vec<(String, String)>,
    plan_id: String,
    id: String,
    title: String,
}

/// `GET /plans/{id}/reports/{report}/delete` (owners).
pub(crate) async fn delete_confirm(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path((plan, report)): Path<(String, String)>,
) -> Result<Html<String>, PageError> {
    let (plan_id, plan, report) = load(&state, org.id, &plan, &report).await?;
    Ok(Html(
        DeletePage {
            crumbs: crumbs(
                plan_id,
                &plan.title,
                &[(
                    format!("/plans/{plan_id}/reports/{}", report.id),
                    report.title.clone(),
                )],
            ),
            plan_id: plan_id.to_string(),
            id: report.id.to_string(),
            title: report.title,
        }
        .render()?,
    ))
}

/// `POST /plans/{id}/reports/{report}/delete` (owners).
pub(crate) async fn delete(
    State(state): State<AppState>,
    owner: AsOwner,
    Path((plan, report)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (plan_id, _, _) = load(&state, owner.0.id, &plan, &report).await?;
    state
        .app()
        .delete_report(&owner.actor(), plan_id, &report)
        .await?;
    Ok(Redirect::to(&format!("/plans/{plan_id}/reports?done=deleted")).into_response())
}
