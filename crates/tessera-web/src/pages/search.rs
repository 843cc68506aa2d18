//! Searching the frameworks' domains and indicators.

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

impl SearchPage {
    /// "2 domains and 5 indicators match “ESOL”."
    fn counts(&self) -> String {
        tessera_l10n::ta(
            "search-counts",
            &[
                ("domains", self.domains.len().into()),
                ("indicators", self.indicators.len().into()),
                ("query", self.query.as_str().into()),
            ],
        )
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    crate::http::extractors::MaybeSignedIn(principal): crate::http::extractors::MaybeSignedIn,
    Query(params): Query<SearchParams>,
) -> Result<Html<String>, PageError> {
    let query = params.query();
    let catalogue = state.catalogue_seen_by(principal.as_deref()).await?;
    let (domains, indicators) = search(&catalogue, &query)
        .into_iter()
        .partition(|r| r.kind == "domain");
    let page = SearchPage {
        query,
        domains,
        indicators,
        crumbs: vec![("/".to_owned(), tessera_l10n::t("nav-home"))],
    };
    Ok(Html(page.render()?))
}
