use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use tessera_app::catalogue::{SearchParams, SearchResult, search};

use crate::AppState;
use crate::http::error::PageError;

#[derive(Template)]
#[template(path = "search.html")]
pub(crate) struct SearchPage {
    query: String,
    domains: Vec<SearchResult>,
    indicators: Vec<SearchResult>,
    crumbs: Vec<(String, String)>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    Query(params): Query<SearchParams>,
) -> Result<Html<String>, PageError> {
    let query = params.query();
    let (domains, indicators) = search(state.catalogue(), &query)
        .into_iter()
        .partition(|r| r.kind == "domain");
    let page = SearchPage {
        query,
        domains,
        indicators,
        crumbs: vec![("/".to_owned(), "Home".to_owned())],
    };
    Ok(Html(page.render()?))
}
