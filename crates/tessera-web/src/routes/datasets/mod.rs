//! Datasets: bringing files in (`import`), and seeing two-way results (`list`, `profile`,
//! `measure`, `export`), and deleting them completely (`delete`).

pub(crate) mod compute;
pub(crate) mod delete;
pub(crate) mod import;
pub(crate) mod list;
pub(crate) mod measure;
pub(crate) mod profile;
pub(crate) mod view;

use axum::Router;
use axum::routing::{get, post};
use tessera_stats::mapping::DatasetMapping;
use tessera_store::prelude::*;
use tessera_store::{DatasetId, DatasetRecord, OrgId};

use crate::{AppState, WebError};

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/datasets", get(list::show))
        .route("/datasets/{id}", get(profile::show))
        .route("/datasets/{id}/original", get(list::original))
        .route(
            "/datasets/{id}/delete",
            get(delete::confirm).post(delete::delete),
        )
        .route("/datasets/{id}/retention", post(delete::retention))
        .route("/datasets/{id}/measures/{measure}", get(measure::show))
        .route(
            "/datasets/{id}/measures/{measure}/export.csv",
            get(measure::export_csv),
        )
        .route(
            "/datasets/{id}/measures/{measure}/export.xlsx",
            get(measure::export_xlsx),
        )
        .merge(import::routes())
}

/// Parses a dataset id from a path segment; anything else is a 404, not a 400, so ids can't be
/// probed.
pub(crate) fn parse_id(text: &str) -> Result<DatasetId, WebError> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .map(DatasetId)
        .ok_or_else(not_found)
}

pub(crate) fn not_found() -> WebError {
    WebError::not_found("There is no dataset at this address in your organisation.")
}

/// Loads one of the organisation's datasets with its mapping, or 404.
pub(crate) async fn load(
    state: &AppState,
    org: OrgId,
    id: &str,
) -> Result<(DatasetRecord, DatasetMapping), WebError> {
    let id = parse_id(id)?;
    let record = state
        .store()
        .dataset(org, id)
        .await?
        .ok_or_else(not_found)?;
    let mapping: DatasetMapping =
        serde_json::from_value(record.mapping.clone()).map_err(WebError::internal)?;
    Ok((record, mapping))
}
