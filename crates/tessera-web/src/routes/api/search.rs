use axum::Json;
use axum::extract::{Query, State};
use serde::Serialize;

use crate::routes::search::{SearchParams, SearchResult, run};
use crate::{AppState, WebError};

#[derive(Serialize)]
pub(crate) struct SearchResponse {
    query: String,
    results: Vec<SearchResult>,
}

pub(crate) async fn search(
    State(state): State<AppState>,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchResponse>, WebError> {
    let query = params.query();
    if query.is_empty() {
        return Err(WebError::bad_request("give the words to search for as ?q=…").json());
    }
    let results = run(state.catalogue(), &query);
    Ok(Json(SearchResponse { query, results }))
}
