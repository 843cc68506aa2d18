//! `/api/v1/plans…`: the organisation's plans as the documented JSON, with their checks and
//! progress. Documented in `docs/plans.md`.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tessera_plan::{CheckStatus, Plan, PlanProblem};
use tessera_store::prelude::*;
use tessera_store::{NewPlan, PlanRecord, PlanUpdate};

use crate::org::{AsEditor, CurrentOrg};
use crate::routes::plans;
use crate::routes::plans::progress::progress;
use crate::{AppState, WebError};

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

fn summary(state: &AppState, record: &PlanRecord) -> serde_json::Value {
    let plan = serde_json::from_value::<Plan>(record.document.clone()).ok();
    let checks = plan
        .as_ref()
        .map(|p| tessera_plan::check(p, state.catalogue()));
    let count = |s: CheckStatus| {
        checks
            .as_ref()
            .map_or(0, |c| c.iter().filter(|c| c.status == s).count())
    };
    serde_json::json!({
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
    })
}

/// `GET /api/v1/plans`.
pub(crate) async fn list(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
) -> Result<Json<serde_json::Value>, WebError> {
    let records = state
        .store()
        .plans(org.id)
        .await
        .map_err(|e| WebError::from(e).json())?;
    let plans: Vec<_> = records.iter().map(|r| summary(&state, r)).collect();
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
) -> Result<Response, WebError> {
    let plan = match parse_body(&body) {
        Ok(p) => p,
        Err(problems) => return Ok(invalid(problems)),
    };
    let record = state
        .store()
        .create_plan(NewPlan {
            org: org.id,
            title: plan.title.clone(),
            document: plans::document(&plan).map_err(WebError::json)?,
            created_by: who.actor.clone(),
        })
        .await
        .map_err(|e| WebError::from(e).json())?;
    let mut out = summary(&state, &record);
    out["plan"] = record.document.clone();
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

async fn load(
    state: &AppState,
    org: tessera_store::OrgId,
    id: &str,
) -> Result<(PlanRecord, Plan), WebError> {
    plans::load(state, org, id).await.map_err(WebError::json)
}

/// `GET /api/v1/plans/{id}`: the summary and the plan document.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, WebError> {
    let (record, _) = load(&state, org.id, &id).await?;
    let mut out = summary(&state, &record);
    out["plan"] = record.document.clone();
    Ok(Json(out))
}

/// `PUT /api/v1/plans/{id}`: replaces the whole plan.
pub(crate) async fn update(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let (record, _) = load(&state, org.id, &id).await?;
    let plan = match parse_body(&body) {
        Ok(p) => p,
        Err(problems) => return Ok(invalid(problems)),
    };
    let updated = state
        .store()
        .update_plan(
            org.id,
            record.id,
            PlanUpdate {
                title: plan.title.clone(),
                document: plans::document(&plan).map_err(WebError::json)?,
                updated_by: who.actor.clone(),
                summary: "replaced the plan through the API".to_owned(),
            },
        )
        .await
        .map_err(|e| WebError::from(e).json())?
        .ok_or_else(|| plans::not_found().json())?;
    let mut out = summary(&state, &updated);
    out["plan"] = updated.document.clone();
    Ok(Json(out).into_response())
}

/// `DELETE /api/v1/plans/{id}`.
pub(crate) async fn delete(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(id): Path<String>,
) -> Result<StatusCode, WebError> {
    let pid = plans::parse_id(&id).map_err(WebError::json)?;
    if state
        .store()
        .delete_plan(org.id, pid, &who.actor)
        .await
        .map_err(|e| WebError::from(e).json())?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(plans::not_found().json())
    }
}

/// `GET /api/v1/plans/{id}/checks`.
pub(crate) async fn checks(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, WebError> {
    let (record, plan) = load(&state, org.id, &id).await?;
    let checks = tessera_plan::check(&plan, state.catalogue());
    Ok(Json(
        serde_json::json!({ "plan": record.id, "checks": checks }),
    ))
}

/// `GET /api/v1/plans/{id}/progress`.
pub(crate) async fn progress_of(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, WebError> {
    let (record, plan) = load(&state, org.id, &id).await?;
    let rows = progress(&state, org.id, &plan)
        .await
        .map_err(WebError::json)?;
    Ok(Json(serde_json::json!({
        "plan": record.id,
        "units": "Baselines, targets, estimates and intervals are in the plan's units: percentages (0–100) for shares of people.",
        "computing": rows.iter().any(|r| r.computing),
        "progress": rows,
    })))
}
