//! Routes, grouped by resource. HTML pages live beside their templates' structs; the JSON API is
//! under `api/`.

mod account;
mod api;
pub(crate) mod audit;
pub(crate) mod datasets;
mod export;
mod frameworks;
mod home;
pub(crate) mod plans;
mod search;
mod sharing;

use axum::Router;
use axum::routing::get;

use crate::AppState;

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/healthz", get(|| async { "ok" }))
        .route("/frameworks", get(frameworks::list::show))
        .route("/frameworks/{pack}", get(frameworks::show::show))
        .route(
            "/frameworks/{pack}/domains/{domain}",
            get(frameworks::domain::show),
        )
        .route(
            "/frameworks/{pack}/indicators/{indicator}",
            get(frameworks::indicator::show),
        )
        .route("/search", get(search::show))
        .route("/audit", get(audit::show))
        .route("/audit.csv", get(audit::export_csv))
        .route("/export", get(export::show))
        .route("/export.json", get(export::download))
        .merge(account::router())
        .merge(sharing::router())
        .merge(datasets::router())
        .merge(plans::router())
        .nest("/api/v1", api::router())
        .fallback(not_found)
}

async fn not_found() -> crate::WebError {
    crate::WebError::not_found(
        "There is no page at this address. Check it, or start again from the home page.",
    )
}

/// A field's error, for the error summary and beside the field.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FieldError {
    /// The `id` of the field (or of the first input of a group) the summary links to.
    pub id: String,
    /// What was wrong and what to do.
    pub message: String,
}

impl FieldError {
    pub(crate) fn new(id: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            message: message.into(),
        }
    }
}
