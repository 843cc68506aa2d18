//! `/api/v1/datasets…`: the organisation's datasets and their two-way results.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tessera_app::datasets::MeasureOutcome;
use tessera_app::estimates::Computed;
use tessera_app::results::{self, COUNT_ROUNDING};
use tessera_store::prelude::*;

use super::types::{
    Computing, DatasetDetail, DatasetLinks, DatasetList, GapChange, Groups, MeasureDetail,
    MeasureRef, Profile, ProfileMeasure, SuppressionRule, Variable, lines,
};
use crate::AppState;
use crate::http::error::ApiError;
use crate::http::extractors::{ApiMember, ApiOwner};

#[derive(Debug, Deserialize)]
pub(crate) struct ByParams {
    by: Option<String>,
}

fn computing(since: std::time::Duration) -> Response {
    (
        StatusCode::ACCEPTED,
        [(header::RETRY_AFTER, "2")],
        Json(Computing {
            status: "computing",
            detail: "The estimates are being computed; ask again in a few seconds.",
            seconds: since.as_secs(),
        }),
    )
        .into_response()
}

pub(crate) async fn list(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
) -> Result<Json<DatasetList>, ApiError> {
    let datasets = state.store().datasets(org.id).await?;
    Ok(Json(DatasetList {
        datasets: datasets.iter().map(Into::into).collect(),
    }))
}

/// `DELETE /api/v1/datasets/{id}`: deletes the dataset, its later versions and everything
/// computed from them.
pub(crate) async fn delete(
    State(state): State<AppState>,
    owner: ApiOwner,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.app().delete_dataset(&owner.actor(), &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub(crate) async fn show(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(id): Path<String>,
) -> Result<Json<DatasetDetail>, ApiError> {
    let (record, mapping) = state.app().dataset(org.id, &id).await?;
    let variables = record
        .codebook
        .variables
        .iter()
        .map(|v| Variable {
            name: v.name.clone(),
            label: v.label.clone(),
            kind: v.kind,
            value_labels: v.value_labels.clone(),
        })
        .collect();
    let id = record.summary.id;
    Ok(Json(DatasetDetail {
        dataset: (&record.summary).into(),
        mapping,
        variables,
        links: DatasetLinks {
            profile: format!("/api/v1/datasets/{id}/profile"),
            original: format!("/datasets/{id}/original"),
        },
    }))
}

pub(crate) async fn profile(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = tessera_app::datasets::parse_id(&id)?;
    let shared = state.app().dataset_shared(org.id, id).await?;
    let (record, mapping) = &*shared;
    let report = match state
        .app()
        .profile_report(org.id, record.summary.id, mapping)
        .await?
    {
        Computed::Running(since) => return Ok(computing(since)),
        Computed::Ready(report, _) => report,
    };
    let waves: Vec<String> = mapping.wave.iter().cloned().collect();
    let measures = mapping
        .measures
        .iter()
        .map(|m| ProfileMeasure {
            id: m.id.clone(),
            label: m.label.clone(),
            indicator: m.indicator.clone(),
            kind: m.kind,
            overall: lines(&results::lines(&report, m, &[])),
            by_wave: if waves.is_empty() {
                Vec::new()
            } else {
                lines(&results::lines(&report, m, &waves))
            },
            gap_change: results::trend(&report, m).as_ref().map(GapChange::from),
        })
        .collect();
    let t = &report.thresholds;
    Ok(Json(Profile {
        dataset: record.summary.id.0,
        groups: Groups {
            focal: "newcomers",
            reference: "receiving_community",
            other: "other",
        },
        suppression_rule: SuppressionRule {
            min_cell: t.min_cell,
            unreliable_n: Some(t.unreliable_n),
            unreliable_cv: Some(t.unreliable_cv),
            confidence: Some(t.confidence),
            counts_rounded_to: COUNT_ROUNDING,
        },
        measures,
    })
    .into_response())
}

pub(crate) async fn measure(
    State(state): State<AppState>,
    ApiMember(org, _): ApiMember,
    Path((id, measure_id)): Path<(String, String)>,
    Query(params): Query<ByParams>,
) -> Result<Response, ApiError> {
    let (record, mapping) = state.app().dataset(org.id, &id).await?;
    let r = match state
        .app()
        .measure_results(
            org.id,
            record.summary.id,
            &mapping,
            &measure_id,
            params.by.as_deref(),
        )
        .await?
    {
        MeasureOutcome::Running(since) => return Ok(computing(since)),
        MeasureOutcome::Ready(r) => r,
    };
    Ok(Json(MeasureDetail {
        dataset: record.summary.id.0,
        measure: MeasureRef {
            id: r.measure.id.clone(),
            label: r.measure.label.clone(),
            indicator: r.measure.indicator.clone(),
            kind: r.measure.kind,
        },
        by: r.by.clone(),
        breakdowns: r.options.clone(),
        overall: lines(&r.overall),
        by_wave: lines(&r.by_wave),
        split: lines(&r.split),
        gap_change: r.trend.as_ref().map(GapChange::from),
        suppression_rule: SuppressionRule {
            min_cell: r.min_cell,
            unreliable_n: None,
            unreliable_cv: None,
            confidence: None,
            counts_rounded_to: COUNT_ROUNDING,
        },
    })
    .into_response())
}
