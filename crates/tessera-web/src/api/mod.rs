//! The JSON API, version 1 (documented in `docs/api.md`): its routes in two groups — public and
//! token — and its handlers, which call the application layer and answer with the types of
//! [`types`]. Every error here is an [`ApiError`], so every error is JSON.

mod audit;
mod datasets;
mod frameworks;
mod library;
mod participants;
mod plans;
mod questionnaires;
mod reports;
mod search;
mod stories;
pub mod types;

use crate::http::error::ApiError;
use crate::http::routes::{Access, Routes};

/// API routes anyone may call: the framework catalogue and search.
pub(crate) fn public() -> Routes {
    Routes::new(Access::PublicApi)
        .get("/frameworks", frameworks::list)
        .get("/frameworks/{pack}", frameworks::show)
        .get("/frameworks/{pack}/domains/{domain}", frameworks::domain)
        .get("/indicators/{*id}", frameworks::indicator)
        .get("/search", search::search)
}

/// API routes that need a personal API token; the handler's extractor checks the role.
pub(crate) fn token() -> Routes {
    Routes::new(Access::TokenApi)
        .get("/audit", audit::page)
        .get("/datasets", datasets::list)
        .get("/datasets/{id}", datasets::show)
        .delete("/datasets/{id}", datasets::delete)
        .get("/datasets/{id}/profile", datasets::profile)
        .get("/datasets/{id}/measures/{measure}", datasets::measure)
        .get("/plans", plans::list)
        .post("/plans", plans::create)
        .get("/plans/{id}", plans::show)
        .put("/plans/{id}", plans::update)
        .delete("/plans/{id}", plans::delete)
        .get("/plans/{id}/checks", plans::checks)
        .get("/plans/{id}/progress", plans::progress_of)
        .get("/plans/{id}/change", participants::plan_change)
        .get("/participants", participants::list)
        .post("/participants", participants::create)
        .get("/participants/{code}", participants::show)
        .put("/participants/{code}", participants::update)
        .delete("/participants/{code}", participants::erase)
        .get("/participants/{code}/consents", participants::consents)
        .post(
            "/participants/{code}/consents",
            participants::record_consent,
        )
        .post(
            "/participants/{code}/consents/{id}/withdraw",
            participants::withdraw_consent,
        )
        .get(
            "/participants/{code}/measurements",
            participants::measurements,
        )
        .post("/participants/{code}/measurements", participants::measure)
        .get("/questionnaires", questionnaires::list)
        .post("/questionnaires", questionnaires::create)
        .get("/questionnaires/{id}", questionnaires::show)
        .get("/questionnaires/{id}/xlsform", questionnaires::xlsform)
        .get("/stories", stories::list)
        .post("/stories", stories::create)
        .get("/stories/{id}", stories::show)
        .get("/library", library::list)
        .get("/library/{id}", library::show)
        .get("/plans/{id}/reports", reports::list)
        .post("/plans/{id}/reports", reports::create)
        .get("/plans/{id}/report.pdf", reports::pdf)
        .get("/plans/{id}/report.docx", reports::docx)
}

/// The answer for an address under `/api/v1` that matches no route.
pub(crate) async fn not_found() -> ApiError {
    ApiError::not_found("There is no API endpoint at this address; see docs/api.md.")
}
