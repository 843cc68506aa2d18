//! `/export`: everything an organisation holds, as one JSON file (`/export.json`). Documented in
//! `docs/data-protection.md`.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use base64::Engine;
use tessera_data::{ColumnValues, MISSING_CODE};
use tessera_store::prelude::*;

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsOwner;

/// Names the file format, so a reader can tell an export from other JSON.
const FORMAT: &str = "tessera-organisation-export";
/// Bumped when a field changes meaning or goes away.
const FORMAT_VERSION: u32 = 1;

#[derive(Template)]
#[template(path = "export.html")]
pub(crate) struct ExportPage {
    org_name: String,
    n_datasets: usize,
    n_plans: usize,
    crumbs: Vec<(String, String)>,
}

/// `GET /export`.
pub(crate) async fn show(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
) -> Result<Html<String>, PageError> {
    let page = ExportPage {
        n_datasets: state.store().datasets(org.id).await?.len(),
        n_plans: state.store().plans(org.id).await?.len(),
        org_name: org.name,
        crumbs: vec![("/".to_owned(), tessera_l10n::t("nav-home"))],
    };
    Ok(Html(page.render()?))
}

/// A column's values as JSON: numbers or text, `null` for a blank or missing cell.
fn column_values(values: &ColumnValues) -> serde_json::Value {
    match values {
        ColumnValues::Numeric(v) => v
            .iter()
            .map(|x| serde_json::Number::from_f64(*x).map_or(serde_json::Value::Null, Into::into))
            .collect(),
        ColumnValues::Text { codes, levels } => codes
            .iter()
            .map(|&c| {
                if c == MISSING_CODE {
                    serde_json::Value::Null
                } else {
                    levels
                        .get(c as usize)
                        .map_or(serde_json::Value::Null, |s| s.clone().into())
                }
            })
            .collect(),
    }
}

/// `GET /export.json`: the organisation, its datasets (description, mapping, codebook, rows as
/// columns and the original file), its plans and its whole audit log.
///
/// Built in memory: an organisation's data is survey-sized (the upload limit bounds each file).
pub(crate) async fn download(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
) -> Result<Response, PageError> {
    let store = state.store();
    let mut datasets = Vec::new();
    for summary in store.datasets(org.id).await? {
        let id = summary.id;
        let (Some(record), Some(data), Some(original)) = (
            store.dataset(org.id, id).await?,
            store.dataset_data(org.id, id).await?,
            store.dataset_original(org.id, id).await?,
        ) else {
            // Deleted between listing and reading: it is no longer held.
            continue;
        };
        let columns: Vec<serde_json::Value> = data
            .columns
            .iter()
            .map(|c| serde_json::json!({ "name": c.name, "values": column_values(&c.values) }))
            .collect();
        let mut value = serde_json::to_value(&record).map_err(PageError::internal)?;
        value["codebook"] = serde_json::to_value(&record.codebook).map_err(PageError::internal)?;
        value["columns"] = columns.into();
        value["original"] = serde_json::json!({
            "file_name": record.summary.source_name,
            "base64": base64::engine::general_purpose::STANDARD.encode(&original),
        });
        datasets.push(value);
    }
    let plans = store.plans(org.id).await?;
    let audit_log = tessera_app::audit::all_events(state.store(), org.id).await?;
    let now = time::OffsetDateTime::now_utc();
    let exported_at = now
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| now.unix_timestamp().to_string());
    let body = serde_json::json!({
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at,
        "organisation": org,
        "datasets": datasets,
        "plans": plans,
        "audit_log": audit_log,
    });
    let bytes = serde_json::to_vec_pretty(&body).map_err(PageError::internal)?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}-export.json\"", org.slug),
            ),
        ],
        bytes,
    )
        .into_response())
}
