use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use tessera_framework::{Domain, Pack};

use super::{IndicatorRow, find_pack};
use crate::AppState;
use crate::http::error::PageError;

/// Indicators under one heading.
pub(crate) struct IndicatorGroup {
    pub heading: String,
    pub rows: Vec<IndicatorRow>,
}

#[derive(Template)]
#[template(path = "frameworks/domain.html")]
pub(crate) struct DomainPage<'a> {
    pack: &'a Pack,
    domain: &'a Domain,
    type_name: Option<String>,
    keywords: Vec<String>,
    groups: Vec<IndicatorGroup>,
    from_other_packs: Vec<IndicatorRow>,
    related: Vec<(String, String)>,
    title_prefix: String,
    crumbs: super::Crumbs,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    Path((pack_id, domain_id)): Path<(String, String)>,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue();
    let pack = find_pack(catalogue, &pack_id)?;
    let domain = pack.domain(&domain_id).ok_or_else(|| {
        PageError::not_found(format!(
            "The {} has no domain called “{domain_id}”.",
            pack.display_name()
        ))
    })?;
    // Quoted indicators first, then groups in the order they first appear.
    let mut groups: Vec<IndicatorGroup> = Vec::new();
    let mut indicators: Vec<_> = pack
        .indicators
        .iter()
        .filter(|i| i.domain == domain.id)
        .collect();
    indicators.sort_by_key(|i| i.origin);
    for indicator in indicators {
        let heading = match indicator.origin {
            tessera_framework::Origin::Quoted => "Quoted in the framework’s guidance".to_owned(),
            _ => indicator
                .group
                .clone()
                .unwrap_or_else(|| "Other indicators".to_owned()),
        };
        let row = IndicatorRow::new(catalogue, indicator);
        match groups.iter_mut().find(|g| g.heading == heading) {
            Some(group) => group.rows.push(row),
            None => groups.push(IndicatorGroup {
                heading,
                rows: vec![row],
            }),
        }
    }
    let from_other_packs = catalogue
        .crosswalked_to(pack.id.as_str(), domain.id.as_str())
        .into_iter()
        .map(|i| IndicatorRow::new(catalogue, i))
        .collect();
    let related = domain
        .related
        .iter()
        .filter_map(|r| pack.domain(r.as_str()))
        .map(|d| {
            (
                format!("/frameworks/{}/domains/{}", pack.id, d.id),
                d.name.clone(),
            )
        })
        .collect();
    let page = DomainPage {
        pack,
        domain,
        type_name: domain
            .domain_type
            .as_ref()
            .and_then(|t| pack.domain_type(t.as_str()))
            .map(|t| t.name.clone()),
        keywords: pack
            .keywords_for(domain.id.as_str())
            .map(|k| k.term.clone())
            .collect(),
        groups,
        from_other_packs,
        related,
        title_prefix: domain
            .number
            .map(|n| format!("Domain {n}"))
            .unwrap_or_else(|| "Domain".to_owned()),
        crumbs: super::pack_crumbs(pack),
    };
    Ok(Html(page.render()?))
}
