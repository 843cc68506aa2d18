use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use tessera_framework::{Domain, Indicator, Keyword, Pack};

use crate::AppState;
use crate::http::error::ApiError;

/// A pack as listed by `GET /api/v1/frameworks`.
#[derive(Serialize)]
pub(crate) struct PackListItem<'a> {
    id: &'a str,
    name: &'a str,
    short_name: Option<&'a str>,
    publisher: &'a str,
    year: Option<i64>,
    summary: &'a str,
    licence: &'a str,
    domain_types: usize,
    domains: usize,
    principles: usize,
    keywords: usize,
    indicators: usize,
    href: String,
}

#[derive(Serialize)]
pub(crate) struct PackList<'a> {
    frameworks: Vec<PackListItem<'a>>,
}

pub(crate) async fn list(State(state): State<AppState>) -> Json<serde_json::Value> {
    let frameworks = state
        .catalogue()
        .packs()
        .iter()
        .map(|p| PackListItem {
            id: p.id.as_str(),
            name: &p.name,
            short_name: p.short_name.as_deref(),
            publisher: &p.publisher,
            year: p.year,
            summary: &p.summary,
            licence: &p.licence,
            domain_types: p.domain_types.len(),
            domains: p.domains.len(),
            principles: p.principles.len(),
            keywords: p.keywords.len(),
            indicators: p.indicators.len(),
            href: format!("/api/v1/frameworks/{}", p.id),
        })
        .collect();
    Json(serde_json::to_value(PackList { frameworks }).unwrap_or_default())
}

fn find_pack<'c>(state: &'c AppState, id: &str) -> Result<&'c Pack, ApiError> {
    Ok(tessera_app::catalogue::find_pack(state.catalogue(), id)?)
}

pub(crate) async fn show(
    State(state): State<AppState>,
    Path(pack): Path<String>,
) -> Result<Json<Pack>, ApiError> {
    Ok(Json(find_pack(&state, &pack)?.clone()))
}

#[derive(Serialize)]
pub(crate) struct DomainDetail<'a> {
    pack: &'a str,
    #[serde(flatten)]
    domain: &'a Domain,
    domain_type_name: Option<&'a str>,
    keywords: Vec<&'a Keyword>,
    indicators: Vec<&'a Indicator>,
    /// Indicators of other packs whose crosswalk points at this domain.
    crosswalked_from: Vec<&'a Indicator>,
}

pub(crate) async fn domain(
    State(state): State<AppState>,
    Path((pack, domain)): Path<(String, String)>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let p = find_pack(&state, &pack)?;
    let d = p
        .domain(&domain)
        .ok_or_else(|| ApiError::not_found(format!("pack {pack:?} has no domain {domain:?}")))?;
    let detail = DomainDetail {
        pack: p.id.as_str(),
        domain: d,
        domain_type_name: d
            .domain_type
            .as_ref()
            .and_then(|t| p.domain_type(t.as_str()))
            .map(|t| t.name.as_str()),
        keywords: p.keywords_for(d.id.as_str()).collect(),
        indicators: p.indicators.iter().filter(|i| i.domain == d.id).collect(),
        crosswalked_from: state
            .catalogue()
            .crosswalked_to(p.id.as_str(), d.id.as_str()),
    };
    serde_json::to_value(detail)
        .map(Json)
        .map_err(ApiError::internal)
}

pub(crate) async fn indicator(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Indicator>, ApiError> {
    state
        .catalogue()
        .indicator(&id)
        .cloned()
        .map(Json)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "there is no indicator {id:?}; give it as <pack>/<indicator>, e.g. ioi-2019/…, or find it with /api/v1/search?q=…"
            ))
        })
}
