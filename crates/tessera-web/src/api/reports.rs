//! `/api/v1/plans/{id}/reports…` and the report files `/api/v1/plans/{id}/report.pdf` and
//! `report.docx` (documented in `docs/api.md`).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use tessera_app::reports::input::{ReportInput, SectionInput, saved_sections};
use tessera_store::Report;

use super::stories::problems;
use crate::AppState;
use crate::http::error::ApiError;
use crate::http::extractors::{ApiEditor, ApiMember};

/// One section of a report.
#[derive(Debug, Serialize, Deserialize)]
pub struct SectionOut {
    /// `summary`, `theory_of_change`, `outputs`, `progress`, `change`, `stories` or `methods`.
    pub kind: String,
    /// The organisation's narrative.
    #[serde(default)]
    pub narrative: String,
}

/// A report's choices.
#[derive(Debug, Serialize)]
pub struct ReportOut {
    /// Its id.
    pub id: i64,
    /// The plan.
    pub plan: i64,
    /// Title.
    pub title: String,
    /// First day of the period.
    pub period_start: String,
    /// Last day of the period.
    pub period_end: String,
    /// `draft` or `final`.
    pub status: String,
    /// The sections in order.
    pub sections: Vec<SectionOut>,
    /// The selected stories' ids, in order.
    pub stories: Vec<i64>,
    /// The PDF's address.
    pub pdf: String,
    /// The Word file's address.
    pub docx: String,
    /// When it was last changed (RFC 3339).
    pub updated_at: String,
}

impl From<&Report> for ReportOut {
    fn from(r: &Report) -> Self {
        ReportOut {
            id: r.id.0,
            plan: r.plan.0,
            title: r.title.clone(),
            period_start: r.period_start.clone(),
            period_end: r.period_end.clone(),
            status: r.status.clone(),
            sections: saved_sections(&r.sections)
                .into_iter()
                .map(|s| SectionOut {
                    kind: s.kind,
                    narrative: s.narrative,
                })
                .collect(),
            stories: r.stories.iter().map(|s| s.0).collect(),
            pdf: format!("/api/v1/plans/{}/report.pdf?report={}", r.plan, r.id),
            docx: format!("/api/v1/plans/{}/report.docx?report={}", r.plan, r.id),
            updated_at: r.updated_at.clone(),
        }
    }
}

/// A plan's reports.
#[derive(Debug, Serialize)]
pub struct ReportList {
    /// Newest first.
    pub reports: Vec<ReportOut>,
}

/// `GET /api/v1/plans/{id}/reports`.
pub(crate) async fn list(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(id): Path<String>,
) -> Result<Json<ReportList>, ApiError> {
    let (_, reports) = state.app().plan_reports(org.id, &id).await?;
    Ok(Json(ReportList {
        reports: reports.iter().map(Into::into).collect(),
    }))
}

/// A report as sent to `POST`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportBody {
    title: String,
    period_start: String,
    period_end: String,
    sections: Vec<SectionOut>,
    #[serde(default)]
    stories: Vec<i64>,
}

/// `POST /api/v1/plans/{id}/reports` (editors): refuses, naming it, a story whose consent does
/// not cover publication.
pub(crate) async fn create(
    State(state): State<AppState>,
    editor: ApiEditor,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    // Another organisation's plan is "not found" whatever the body says.
    state.app().plan(editor.0.id, &id).await?;
    let body: ReportBody = serde_json::from_slice(&bytes).map_err(|e| {
        ApiError::bad_request(tessera_l10n::ta(
            "reports-api-body",
            &[("reason", e.to_string().into())],
        ))
    })?;
    let input = ReportInput {
        title: body.title,
        period_start: body.period_start,
        period_end: body.period_end,
        sections: body
            .sections
            .into_iter()
            .enumerate()
            .map(|(i, s)| SectionInput {
                kind: s.kind,
                include: true,
                position: (i + 1).to_string(),
                narrative: s.narrative,
            })
            .collect(),
        stories: body.stories.iter().map(i64::to_string).collect(),
    };
    match state
        .app()
        .create_report(&editor.actor(), &id, &input)
        .await?
    {
        Ok(report) => Ok((StatusCode::CREATED, Json(ReportOut::from(&report))).into_response()),
        Err(p) => Ok(problems(p)),
    }
}

#[derive(Debug, Deserialize, Default)]
pub(crate) struct Which {
    #[serde(default)]
    report: Option<String>,
}

async fn chosen(
    state: &AppState,
    org: tessera_store::OrgId,
    plan: &str,
    which: &Which,
) -> Result<Report, ApiError> {
    match which
        .report
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        Some(id) => {
            let (record, _) = state.app().plan(org, plan).await?;
            Ok(state.app().plan_report(org, Some(record.id), id).await?)
        }
        None => Ok(state.app().latest_report(org, plan).await?),
    }
}

fn file(bytes: Vec<u8>, media_type: &'static str, name: String) -> Response {
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

/// `GET /api/v1/plans/{id}/report.pdf?report=N` (the plan's latest report without `report`).
pub(crate) async fn pdf(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(id): Path<String>,
    Query(which): Query<Which>,
) -> Result<Response, ApiError> {
    let report = chosen(&state, org.id, &id, &which).await?;
    let doc = state.app().report_document(org.id, &report).await?;
    let bytes = tessera_app::reports::pdf::write(&doc)?;
    Ok(file(
        bytes,
        "application/pdf",
        tessera_app::reports::file_name(&report.title, "pdf"),
    ))
}

/// `GET /api/v1/plans/{id}/report.docx?report=N`.
pub(crate) async fn docx(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(id): Path<String>,
    Query(which): Query<Which>,
) -> Result<Response, ApiError> {
    let report = chosen(&state, org.id, &id, &which).await?;
    let doc = state.app().report_document(org.id, &report).await?;
    let bytes = tessera_app::reports::docx::write(&doc)?;
    Ok(file(
        bytes,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        tessera_app::reports::file_name(&report.title, "docx"),
    ))
}
