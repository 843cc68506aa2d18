//! The JSON API, version 1. Documented in `docs/api.md`.

mod datasets;
mod frameworks;
mod plans;
mod search;

use axum::Router;
use axum::routing::get;

use crate::{AppState, WebError};

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/frameworks", get(frameworks::list))
        .route("/frameworks/{pack}", get(frameworks::show))
        .route(
            "/frameworks/{pack}/domains/{domain}",
            get(frameworks::domain),
        )
        .route("/indicators/{*id}", get(frameworks::indicator))
        .route("/search", get(search::search))
        .route("/audit", get(crate::routes::audit::api))
        .route("/datasets", get(datasets::list))
        .route(
            "/datasets/{id}",
            get(datasets::show).delete(datasets::delete),
        )
        .route("/datasets/{id}/profile", get(datasets::profile))
        .route("/datasets/{id}/measures/{measure}", get(datasets::measure))
        .route("/plans", get(plans::list).post(plans::create))
        .route(
            "/plans/{id}",
            get(plans::show).put(plans::update).delete(plans::delete),
        )
        .route("/plans/{id}/checks", get(plans::checks))
        .route("/plans/{id}/progress", get(plans::progress_of))
        .fallback(|| async {
            WebError::not_found("There is no API endpoint at this address; see docs/api.md.").json()
        })
}
