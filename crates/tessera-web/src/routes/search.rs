use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use serde::{Deserialize, Serialize};
use tessera_framework::{Catalogue, Field, Hit, HitTarget, Reason};

use crate::{AppState, WebError};

/// The longest query accepted, in characters; longer ones are cut rather than refused.
pub(crate) const MAX_QUERY_CHARS: usize = 200;
/// How many hits a search returns at most.
pub(crate) const MAX_RESULTS: usize = 50;

#[derive(Debug, Deserialize)]
pub(crate) struct SearchParams {
    #[serde(default)]
    pub q: String,
}

impl SearchParams {
    /// The query, trimmed and cut to [`MAX_QUERY_CHARS`].
    pub(crate) fn query(&self) -> String {
        self.q.trim().chars().take(MAX_QUERY_CHARS).collect()
    }
}

/// One search result, described for pages and the API alike.
#[derive(Debug, Serialize)]
pub(crate) struct SearchResult {
    /// `domain` or `indicator`.
    pub kind: &'static str,
    /// The pack it belongs to.
    pub pack: String,
    /// Its id within the pack.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Where it sits: the pack and, for an indicator, its domain.
    pub context: String,
    /// Why it matched.
    pub reason: String,
    /// Relevance; higher is better.
    pub score: f64,
    /// The page that shows it.
    pub href: String,
}

pub(crate) fn run(catalogue: &Catalogue, query: &str) -> Vec<SearchResult> {
    if query.is_empty() {
        return Vec::new();
    }
    catalogue
        .search(query)
        .iter()
        .take(MAX_RESULTS)
        .filter_map(|hit| describe(catalogue, hit))
        .collect()
}

fn describe(catalogue: &Catalogue, hit: &Hit) -> Option<SearchResult> {
    match &hit.target {
        HitTarget::Domain { pack, domain } => {
            let p = catalogue.pack(pack.as_str())?;
            let d = p.domain(domain.as_str())?;
            Some(SearchResult {
                kind: "domain",
                pack: p.id.to_string(),
                id: d.id.to_string(),
                name: d.name.clone(),
                context: p.display_name().to_owned(),
                reason: reason_text(catalogue, hit),
                score: hit.score,
                href: format!("/frameworks/{}/domains/{}", p.id, d.id),
            })
        }
        HitTarget::Indicator {
            pack, indicator, ..
        } => {
            let p = catalogue.pack(pack.as_str())?;
            let i = catalogue.indicator(&format!("{pack}/{indicator}"))?;
            let domain = p
                .domain(i.domain.as_str())
                .map(|d| d.name.as_str())
                .unwrap_or_default();
            Some(SearchResult {
                kind: "indicator",
                pack: p.id.to_string(),
                id: i.id.to_string(),
                name: i.name.clone(),
                context: format!("{} · {domain}", p.display_name()),
                reason: reason_text(catalogue, hit),
                score: hit.score,
                href: format!("/frameworks/{}/indicators/{}", p.id, i.id),
            })
        }
    }
}

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
) -> Result<Html<String>, WebError> {
    let query = params.query();
    let (domains, indicators) = run(state.catalogue(), &query)
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

/// Says in words why a hit matched, from its strongest reason.
fn reason_text(catalogue: &Catalogue, hit: &Hit) -> String {
    let Some(reason) = hit.reasons.first() else {
        return String::new();
    };
    match reason {
        Reason::Keyword { term, exact: true } => format!("Keyword index: “{term}”"),
        Reason::Keyword { term, exact: false } => format!("Keyword index entry “{term}” matches"),
        Reason::Field { field, words } => {
            let place = match field {
                Field::Name => "the name",
                Field::Keywords => "its keywords",
                Field::DomainType => "its domain type",
                Field::Summary => "its description",
                Field::Topics => "its topics",
                Field::Group => "its group",
                Field::Definition => "its definition",
                Field::Survey => "its survey question",
            };
            format!("“{}” in {place}", words.join(" "))
        }
        Reason::Indicator { pack, indicator } => {
            let name = catalogue
                .indicator(&format!("{pack}/{indicator}"))
                .map(|i| i.name.clone())
                .unwrap_or_else(|| indicator.to_string());
            format!("Has a matching indicator: {name}")
        }
        Reason::InDomain { pack, domain } | Reason::Crosswalk { pack, domain } => {
            let name = catalogue
                .domain(pack.as_str(), domain.as_str())
                .map(|d| d.name.clone())
                .unwrap_or_else(|| domain.to_string());
            if matches!(reason, Reason::InDomain { .. }) {
                format!("In the matching domain {name}")
            } else {
                format!("Mapped to the matching domain {name}")
            }
        }
    }
}
