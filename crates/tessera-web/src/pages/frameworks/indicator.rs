use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use tessera_framework::{Indicator, Pack};

use super::{IndicatorRow, find_pack, kind_label, origin_label, origin_tag};
use crate::AppState;
use crate::http::error::PageError;

/// A domain of another framework that this indicator also measures.
pub(crate) struct CrosswalkLink {
    pub href: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "frameworks/indicator.html")]
pub(crate) struct IndicatorPage<'a> {
    pack: &'a Pack,
    indicator: &'a Indicator,
    domain_name: String,
    domain_href: String,
    kind: &'static str,
    origin: &'static str,
    origin_tag: &'static str,
    data_source: String,
    data_source_summary: String,
    crosswalk: Vec<CrosswalkLink>,
    same_domain_elsewhere: Vec<IndicatorRow>,
    crumbs: super::Crumbs,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    Path((pack_id, indicator_id)): Path<(String, String)>,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue();
    let pack = find_pack(catalogue, &pack_id)?;
    let indicator = pack.indicator(&indicator_id).ok_or_else(|| {
        PageError::not_found(format!(
            "The {} has no indicator called “{indicator_id}”. Try searching for it instead.",
            pack.display_name()
        ))
    })?;
    let domain = pack.domain(indicator.domain.as_str());
    let kind = indicator
        .data_source
        .as_ref()
        .and_then(|k| pack.data_source_kind(k.as_str()));
    let crosswalk = indicator
        .crosswalk
        .iter()
        .map(|r| {
            let other = catalogue.pack(r.pack.as_str());
            let name = other
                .and_then(|p| p.domain(r.domain.as_str()))
                .map(|d| d.name.clone())
                .unwrap_or_else(|| r.domain.to_string());
            CrosswalkLink {
                href: format!("/frameworks/{}/domains/{}", r.pack, r.domain),
                label: format!(
                    "{}: {}",
                    other.map(|p| p.display_name()).unwrap_or(r.pack.as_str()),
                    name
                ),
            }
        })
        .collect();
    // Indicators of other packs that map onto this indicator's domain.
    let same_domain_elsewhere = catalogue
        .crosswalked_to(pack.id.as_str(), indicator.domain.as_str())
        .into_iter()
        .map(|i| IndicatorRow::new(catalogue, i))
        .collect();
    let (domain_name, domain_href) = match domain {
        Some(d) => (
            d.name.clone(),
            format!("/frameworks/{}/domains/{}", pack.id, d.id),
        ),
        None => (
            indicator.domain.to_string(),
            format!("/frameworks/{}", pack.id),
        ),
    };
    let mut crumbs = super::pack_crumbs(pack);
    crumbs.push((domain_href.clone(), domain_name.clone()));
    let page = IndicatorPage {
        pack,
        indicator,
        domain_name,
        domain_href,
        kind: kind_label(indicator.kind),
        origin: origin_label(indicator.origin),
        origin_tag: origin_tag(indicator.origin),
        data_source: kind
            .map(|k| k.name.clone())
            .unwrap_or_else(|| "Not stated".to_owned()),
        data_source_summary: kind.and_then(|k| k.summary.clone()).unwrap_or_default(),
        crosswalk,
        same_domain_elsewhere,
        crumbs,
    };
    Ok(Html(page.render()?))
}
