use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use tessera_store::DatasetSummary;
use tessera_store::prelude::*;

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsAnalyst, CurrentOrg};

/// A dataset as listed, with its size and date ready to show.
pub(crate) struct DatasetLine {
    pub d: DatasetSummary,
    pub size: String,
    pub date: String,
}

#[derive(Template)]
#[template(path = "datasets/list.html")]
pub(crate) struct DatasetsPage {
    org_name: String,
    datasets: Vec<DatasetLine>,
    /// Datasets past their retention date (shown to owners).
    overdue: Vec<DatasetSummary>,
    crumbs: Vec<(String, String)>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, who): CurrentOrg,
) -> Result<Html<String>, PageError> {
    let datasets = state.store().datasets(org.id).await?;
    let page = DatasetsPage {
        overdue: if who.role == tessera_store::Role::Owner {
            tessera_app::datasets::overdue(&datasets)
        } else {
            Vec::new()
        },
        datasets: datasets.into_iter().map(DatasetLine::new).collect(),
        org_name: org.name,
        crumbs: vec![("/".to_owned(), tessera_l10n::t("nav-home"))],
    };
    Ok(Html(page.render()?))
}

/// The file exactly as it was uploaded.
pub(crate) async fn original(
    State(state): State<AppState>,
    AsAnalyst(org, _): AsAnalyst,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (record, _) = super::load(&state, org.id, &id).await?;
    let bytes = state
        .store()
        .dataset_original(org.id, record.summary.id)
        .await?
        .ok_or_else(tessera_app::datasets::not_found)?;
    // Only safe characters in the header; the name is the uploaded one.
    let name: String = record
        .summary
        .source_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

impl DatasetLine {
    /// A dataset with its size and import date written for people.
    pub(crate) fn new(d: DatasetSummary) -> Self {
        Self {
            size: human_size(d.size_bytes),
            date: day(&d.created_at),
            d,
        }
    }
}

/// The day of an RFC 3339 time, written for people ("6 December 2026").
pub(crate) fn day(rfc3339: &str) -> String {
    time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .map(|t| tessera_l10n::date(t.date()))
        .unwrap_or_else(|_| rfc3339.chars().take(10).collect())
}

/// A size in bytes for people.
pub(crate) fn human_size(bytes: i64) -> String {
    let b = bytes as f64;
    if b >= 1_048_576.0 {
        tessera_l10n::ta(
            "datasets-size-mb",
            &[("size", tessera_l10n::number(b / 1_048_576.0, 1).into())],
        )
    } else if b >= 1024.0 {
        tessera_l10n::ta(
            "datasets-size-kb",
            &[("size", tessera_l10n::number(b / 1024.0, 0).into())],
        )
    } else {
        tessera_l10n::ta("datasets-size-bytes", &[("count", bytes.into())])
    }
}
