//! `GET /api/v1/datasets…`: the organisation's datasets and their two-way results.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use tessera_store::prelude::*;

use crate::org::{AsOwner, CurrentOrg};
use crate::routes::datasets::compute::{self, Computed};
use crate::routes::datasets::measure::{self, ByParams, Outcome};
use crate::routes::datasets::profile::profile_breakdowns;
use crate::routes::datasets::view::{self, LineView, TrendView};
use crate::{AppState, WebError};

fn computing(since: std::time::Duration) -> Response {
    (
        StatusCode::ACCEPTED,
        [(header::RETRY_AFTER, "2")],
        Json(serde_json::json!({
            "status": "computing",
            "detail": "The estimates are being computed; ask again in a few seconds.",
            "seconds": since.as_secs(),
        })),
    )
        .into_response()
}

pub(crate) async fn list(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
) -> Result<Json<serde_json::Value>, WebError> {
    let datasets = state
        .store()
        .datasets(org.id)
        .await
        .map_err(|e| WebError::from(e).json())?;
    Ok(Json(serde_json::json!({ "datasets": datasets })))
}

/// `DELETE /api/v1/datasets/{id}`: deletes the dataset, its later versions and everything
/// computed from them (see `Store::delete_dataset`).
pub(crate) async fn delete(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
) -> Result<StatusCode, WebError> {
    let id = crate::routes::datasets::parse_id(&id).map_err(WebError::json)?;
    let deleted = state
        .store()
        .delete_dataset(org.id, id, &who.actor)
        .await
        .map_err(|e| WebError::from(e).json())?;
    if deleted.is_empty() {
        return Err(crate::routes::datasets::not_found().json());
    }
    tracing::info!(dataset.id = %id, versions = deleted.len(), "dataset deleted");
    Ok(StatusCode::NO_CONTENT)
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, WebError> {
    let (record, mapping) = crate::routes::datasets::load(&state, org.id, &id)
        .await
        .map_err(WebError::json)?;
    let variables: Vec<_> = record
        .codebook
        .variables
        .iter()
        .map(|v| serde_json::json!({ "name": v.name, "label": v.label, "kind": v.kind, "value_labels": v.value_labels }))
        .collect();
    Ok(Json(serde_json::json!({
        "dataset": record.summary,
        "mapping": mapping,
        "variables": variables,
        "links": {
            "profile": format!("/api/v1/datasets/{}/profile", record.summary.id),
            "original": format!("/datasets/{}/original", record.summary.id),
        },
    })))
}

/// One measure on the profile.
#[derive(Serialize)]
struct ProfileMeasure {
    id: String,
    label: String,
    indicator: Option<String>,
    kind: tessera_stats::EstimandKind,
    overall: Vec<LineView>,
    by_wave: Vec<LineView>,
    gap_change: Option<TrendView>,
}

pub(crate) async fn profile(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (record, mapping) = crate::routes::datasets::load(&state, org.id, &id)
        .await
        .map_err(WebError::json)?;
    let by = profile_breakdowns(&mapping);
    let report = match compute::report(&state, org.id, record.summary.id, &mapping, by)
        .await
        .map_err(WebError::json)?
    {
        Computed::Running(since) => return Ok(computing(since)),
        Computed::Ready(report, _) => report,
    };
    let waves: Vec<String> = mapping.wave.iter().cloned().collect();
    let measures: Vec<ProfileMeasure> = mapping
        .measures
        .iter()
        .map(|m| ProfileMeasure {
            id: m.id.clone(),
            label: m.label.clone(),
            indicator: m.indicator.clone(),
            kind: m.kind,
            overall: view::lines(&report, m, &[]),
            by_wave: if waves.is_empty() {
                Vec::new()
            } else {
                view::lines(&report, m, &waves)
            },
            gap_change: view::trend(&report, m),
        })
        .collect();
    Ok(Json(serde_json::json!({
        "dataset": record.summary.id,
        "groups": { "focal": "newcomers", "reference": "receiving_community", "other": "other" },
        "suppression_rule": {
            "min_cell": report.thresholds.min_cell,
            "unreliable_n": report.thresholds.unreliable_n,
            "unreliable_cv": report.thresholds.unreliable_cv,
            "confidence": report.thresholds.confidence,
            "counts_rounded_to": view::COUNT_ROUNDING,
        },
        "measures": measures,
    }))
    .into_response())
}

pub(crate) async fn measure(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path((id, measure_id)): Path<(String, String)>,
    Query(params): Query<ByParams>,
) -> Result<Response, WebError> {
    let (record, mapping) = crate::routes::datasets::load(&state, org.id, &id)
        .await
        .map_err(WebError::json)?;
    match measure::results(&state, org.id, record.summary.id, &mapping, &measure_id, params.by.as_deref())
        .await
        .map_err(WebError::json)?
    {
        Outcome::Running(since) => Ok(computing(since)),
        Outcome::Ready(r) => Ok(Json(serde_json::json!({
            "dataset": record.summary.id,
            "measure": { "id": r.measure.id, "label": r.measure.label, "indicator": r.measure.indicator, "kind": r.measure.kind },
            "by": r.by,
            "breakdowns": r.options,
            "overall": r.overall,
            "by_wave": r.by_wave,
            "split": r.split,
            "gap_change": r.trend,
            "suppression_rule": { "min_cell": r.min_cell, "counts_rounded_to": view::COUNT_ROUNDING },
        }))
        .into_response()),
    }
}
