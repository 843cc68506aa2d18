//! `GET /library`: the entries shown to the organisation, searched and filtered, and the
//! organisation's own entries.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use tessera_app::library::facets::{REGIONS, design_name, region_name, size_name};
use tessera_app::library::filter::LibraryFilter;
use tessera_app::library::strength::SIZE_BANDS;
use tessera_store::DESIGNS;

use super::{crumbs, date_of, strength_of};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

/// One entry in the results.
pub(crate) struct Card {
    pub id: String,
    pub title: String,
    pub org: String,
    pub summary: String,
    pub region: String,
    pub design: String,
    pub strength: String,
    pub level: u8,
    pub published: String,
}

/// One of the organisation's own entries.
pub(crate) struct OwnLine {
    pub id: String,
    pub title: String,
    pub published: String,
    pub withdrawn: bool,
}

#[derive(Template)]
#[template(path = "library/list.html")]
pub(crate) struct ListPage {
    crumbs: Vec<(String, String)>,
    filter: LibraryFilter,
    filtered: bool,
    cards: Vec<Card>,
    own: Vec<OwnLine>,
    domains: Vec<(String, String)>,
    indicators: Vec<(String, String)>,
    designs: Vec<(String, String)>,
    regions: Vec<(String, String)>,
    sizes: Vec<(String, String)>,
}

/// `GET /library`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Query(filter): Query<LibraryFilter>,
) -> Result<Html<String>, PageError> {
    let app = state.app();
    let lang = crate::http::auth::page().lang_code();
    let everything = app.library(org.id, &LibraryFilter::default()).await?;
    // The domains and indicators offered are those some entry shown here speaks to.
    let mut domains: Vec<(String, String)> = Vec::new();
    let mut indicators: Vec<(String, String)> = Vec::new();
    for (entry, _) in &everything {
        for d in &entry.domains {
            if !domains.iter().any(|(k, _)| k == d) {
                let name = d
                    .split_once('/')
                    .and_then(|(pack, key)| state.catalogue().domain(pack, key))
                    .map_or_else(|| d.clone(), |dom| dom.name_in(lang).to_owned());
                domains.push((d.clone(), name));
            }
        }
        for i in &entry.indicators {
            if !indicators.iter().any(|(k, _)| k == i) {
                let name = state
                    .catalogue()
                    .indicator(i)
                    .map_or_else(|| i.clone(), |ind| ind.name_in(lang).to_owned());
                indicators.push((i.clone(), name));
            }
        }
    }
    domains.sort_by(|a, b| a.1.cmp(&b.1));
    indicators.sort_by(|a, b| a.1.cmp(&b.1));
    let shown = app.library(org.id, &filter).await?;
    let own = app.own_entries(org.id).await?;
    let page = ListPage {
        crumbs: crumbs(&[]),
        filtered: filter.is_filtered(),
        filter,
        cards: shown
            .iter()
            .map(|(e, c)| {
                let s = strength_of(e, c);
                Card {
                    id: e.id.to_string(),
                    title: e.title.clone(),
                    org: e.org_name.clone(),
                    summary: c.summary.clone(),
                    region: region_name(&e.region),
                    design: design_name(&e.design),
                    strength: s.text(),
                    level: s.level,
                    published: date_of(&e.published_at),
                }
            })
            .collect(),
        own: own
            .iter()
            .map(|e| OwnLine {
                id: e.id.to_string(),
                title: e.title.clone(),
                published: date_of(&e.published_at),
                withdrawn: e.withdrawn_at.is_some(),
            })
            .collect(),
        domains,
        indicators,
        designs: DESIGNS
            .iter()
            .map(|d| ((*d).to_owned(), design_name(d)))
            .collect(),
        regions: REGIONS
            .iter()
            .map(|r| ((*r).to_owned(), region_name(r)))
            .collect(),
        sizes: SIZE_BANDS
            .iter()
            .map(|s| ((*s).to_owned(), size_name(s)))
            .collect(),
    };
    Ok(Html(page.render()?))
}
