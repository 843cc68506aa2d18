//! `GET /api/v1/search?q=…`: domains and indicators matching words, best first.

use axum::Json;
use axum::extract::{Query, State};
use serde::Serialize;
use tessera_app::catalogue::{SearchParams, SearchResult, search as find};

use crate::AppState;
use crate::http::error::ApiError;

#[derive(Serialize)]
pub(crate) struct SearchResponse {
    query: String,
    results: Vec<SearchResult>,
}

pub(crate) async fn search(
    State(state): State<AppState>,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchResponse>, ApiError> {
    let query = params.query();
    if query.is_empty() {
        return Err(ApiError::bad_request(
            "give the words to search for as ?q=…",
        ));
    }
    let results = find(state.catalogue(), &query);
    Ok(Json(SearchResponse { query, results }))
}
