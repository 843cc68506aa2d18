//! `/api/v1/plans…`: the organisation's plans as the documented JSON, with their checks and
//! progress. Documented in `docs/plans.md`.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tessera_app::plans;
use tessera_plan::{CheckStatus, Plan, PlanProblem};
use tessera_store::{NewPlan, PlanRecord, PlanUpdate, prelude::*};

use super::types::PlanProgress;
use crate::AppState;
use crate::http::error::ApiError;
use crate::http::extractors::{ApiEditor as AsEditor, ApiMember as CurrentOrg};

/// Every problem of a plan, as `{"errors": [{"detail", "source": {"pointer"}}]}`.
fn invalid(problems: Vec<PlanProblem>) -> Response {
    let errors: Vec<serde_json::Value> = problems
        .iter()
        .map(|p| {
            let mut e = serde_json::json!({
                "status": 422,
                "detail": p.to_string(),
                "source": { "path": p.path },
            });
            if let (Some(l), Some(c)) = (p.line, p.column) {
                e["source"]["line"] = l.into();
                e["source"]["column"] = c.into();
            }
            e
        })
        .collect();
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(serde_json::json!({ "errors": errors })),
    )
        .into_response()
}

async fn summary(
    state: &AppState,
    org: tessera_store::OrgId,
    record: &PlanRecord,
) -> Result<serde_json::Value, ApiError> {
    let catalogue = state.app().catalogue_for(org).await?;
    let plan = serde_json::from_value::<Plan>(record.document.clone()).ok();
    let checks = plan.as_ref().map(|p| tessera_plan::check(p, &catalogue));
    let count = |s: CheckStatus| {
        checks
            .as_ref()
            .map_or(0, |c| c.iter().filter(|c| c.status == s).count())
    };
    Ok(serde_json::json!({
        "id": record.id,
        "title": record.title,
        "kind": plan.as_ref().map(|p| p.kind),
        "checks": { "passed": count(CheckStatus::Pass), "to_fix": count(CheckStatus::Fail), "advice": count(CheckStatus::Warn) },
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "links": {
            "self": format!("/api/v1/plans/{}", record.id),
            "html": format!("/plans/{}", record.id),
            "export": format!("/plans/{}/export.json", record.id),
        },
    }))
}

/// `GET /api/v1/plans`.
pub(crate) async fn list(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
) -> Result<Json<serde_json::Value>, ApiError> {
    let records = state.store().plans(org.id).await?;
    let mut plans = Vec::with_capacity(records.len());
    for r in &records {
        plans.push(summary(&state, org.id, r).await?);
    }
    Ok(Json(serde_json::json!({ "plans": plans })))
}

fn parse_body(body: &Bytes) -> Result<Plan, Vec<PlanProblem>> {
    let text = std::str::from_utf8(body)
        .map_err(|_| vec![PlanProblem::at("$", "the body is not UTF-8 text")])?;
    Plan::from_json(text)
}

/// `POST /api/v1/plans`: the body is a plan in the documented format.
pub(crate) async fn create(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    body: Bytes,
) -> Result<Response, ApiError> {
    let plan = match parse_body(&body) {
        Ok(p) => p,
        Err(problems) => return Ok(invalid(problems)),
    };
    let problems = state.app().evidence_problems(org.id, &plan).await?;
    if !problems.is_empty() {
        return Ok(invalid(problems));
    }
    let record = state
        .store()
        .create_plan(NewPlan {
            org: org.id,
            title: plan.title.clone(),
            document: plans::document(&plan)?,
            created_by: who.actor.clone(),
        })
        .await?;
    let mut out = summary(&state, org.id, &record).await?;
    out["plan"] = record.document.clone();
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

async fn load(
    state: &AppState,
    org: tessera_store::OrgId,
    id: &str,
) -> Result<(PlanRecord, Plan), ApiError> {
    Ok(state.app().plan(org, id).await?)
}

/// `GET /api/v1/plans/{id}`: the summary and the plan document.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let (record, _) = load(&state, org.id, &id).await?;
    let mut out = summary(&state, org.id, &record).await?;
    out["plan"] = record.document.clone();
    Ok(Json(out))
}

/// `PUT /api/v1/plans/{id}`: replaces the whole plan.
pub(crate) async fn update(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (record, _) = load(&state, org.id, &id).await?;
    let plan = match parse_body(&body) {
        Ok(p) => p,
        Err(problems) => return Ok(invalid(problems)),
    };
    let problems = state.app().evidence_problems(org.id, &plan).await?;
    if !problems.is_empty() {
        return Ok(invalid(problems));
    }
    let updated = state
        .store()
        .update_plan(
            org.id,
            record.id,
            PlanUpdate {
                title: plan.title.clone(),
                document: plans::document(&plan)?,
                updated_by: who.actor.clone(),
                summary: "replaced the plan through the API".to_owned(),
            },
        )
        .await?
        .ok_or_else(plans::not_found)?;
    let mut out = summary(&state, org.id, &updated).await?;
    out["plan"] = updated.document.clone();
    Ok(Json(out).into_response())
}

/// `DELETE /api/v1/plans/{id}`.
pub(crate) async fn delete(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let pid = plans::parse_id(&id)?;
    if state.store().delete_plan(org.id, pid, &who.actor).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(plans::not_found().into())
    }
}

/// `GET /api/v1/plans/{id}/checks`.
pub(crate) async fn checks(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let (record, plan) = load(&state, org.id, &id).await?;
    let catalogue = state.app().catalogue_for(org.id).await?;
    let checks = tessera_plan::check(&plan, &catalogue);
    Ok(Json(
        serde_json::json!({ "plan": record.id, "checks": checks }),
    ))
}

/// `GET /api/v1/plans/{id}/progress`.
pub(crate) async fn progress_of(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Json<PlanProgress>, ApiError> {
    let (record, plan) = load(&state, org.id, &id).await?;
    let p = state.app().progress(org.id, &record, &plan).await?;
    Ok(Json(PlanProgress {
        plan: record.id.0,
        units: "Each row's figures are in its unit: percentages (0–100) for shares of people, a mean on its scale, a count or a rate. Change is follow-up minus baseline for the same people, in percentage points for shares.",
        computing: p.computing(),
        progress: p.rows.into_iter().map(Into::into).collect(),
        context: p.context.into_iter().map(Into::into).collect(),
    }))
}
