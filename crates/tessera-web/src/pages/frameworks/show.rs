use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use tessera_framework::Pack;

use super::{IndicatorRow, find_pack};
use crate::AppState;
use crate::http::error::PageError;
use crate::ui::figure::DomainFigure;

/// A domain type with its domains, for the text alternative of the figure.
pub(crate) struct TypeGroup {
    pub name: String,
    pub summary: String,
    pub domains: Vec<DomainLink>,
}

/// A link to a domain page with its indicator count.
pub(crate) struct DomainLink {
    pub href: String,
    pub label: String,
    pub summary: String,
    pub indicators: usize,
}

#[derive(Template)]
#[template(path = "frameworks/show.html")]
pub(crate) struct PackPage<'a> {
    pack: &'a Pack,
    figure: Option<DomainFigure>,
    groups: Vec<TypeGroup>,
    untyped: Vec<DomainLink>,
    crosswalked: Vec<IndicatorRow>,
    crumbs: super::Crumbs,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    Path(pack_id): Path<String>,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue();
    let pack = find_pack(catalogue, &pack_id)?;
    let link = |d: &tessera_framework::Domain| DomainLink {
        href: format!("/frameworks/{}/domains/{}", pack.id, d.id),
        label: match d.number {
            Some(n) => format!("{n}. {}", d.name),
            None => d.name.clone(),
        },
        summary: d.summary.clone(),
        indicators: pack.indicators.iter().filter(|i| i.domain == d.id).count(),
    };
    let groups = pack
        .domain_types
        .iter()
        .map(|t| TypeGroup {
            name: t.name.clone(),
            summary: t.summary.clone().unwrap_or_default(),
            domains: pack
                .domains
                .iter()
                .filter(|d| d.domain_type.as_ref() == Some(&t.id))
                .map(link)
                .collect(),
        })
        .collect();
    let untyped = pack
        .domains
        .iter()
        .filter(|d| d.domain_type.is_none())
        .map(link)
        .collect();
    // Indicators of this pack that map onto other packs' domains (e.g. Zaragoza → IOI).
    let crosswalked = pack
        .indicators
        .iter()
        .filter(|i| !i.crosswalk.is_empty())
        .map(|i| IndicatorRow::new(catalogue, i))
        .collect();
    let page = PackPage {
        pack,
        figure: DomainFigure::for_pack(pack),
        groups,
        untyped,
        crosswalked,
        crumbs: super::crumbs(&[]),
    };
    Ok(Html(page.render()?))
}
