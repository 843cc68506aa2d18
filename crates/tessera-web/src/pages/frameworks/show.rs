//! A framework pack's page: its domains grouped by type (a figure and the same as lists), its
//! principles, indicators crosswalked to other packs, kinds of data source, and where its
//! content comes from: credits, sources, notes and the licence of each file (issue 18).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use tessera_framework::Pack;

use super::{IndicatorRow, SourceNote, Text, find_pack, lang};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::MaybeSignedIn;
use crate::ui::figure::DomainFigure;

/// A domain type with its domains, for the text alternative of the figure.
pub(crate) struct TypeGroup {
    pub name: Text,
    pub summary: Text,
    pub domains: Vec<DomainLink>,
}

/// A link to a domain page with its indicator count.
pub(crate) struct DomainLink {
    pub href: String,
    pub number: Option<u32>,
    pub name: Text,
    pub summary: Text,
    pub indicators: usize,
}

/// A principle with its source, when its words are quoted.
pub(crate) struct PrincipleView {
    pub name: Text,
    pub summary: Text,
    pub quote: Option<SourceNote>,
}

/// A document the pack takes from, with its rights.
pub(crate) struct SourceView {
    pub title: String,
    pub publisher: String,
    pub year: Option<i64>,
    pub url: Option<String>,
    pub rights: String,
    pub used_for: String,
}

#[derive(Template)]
#[template(path = "frameworks/show.html")]
pub(crate) struct PackPage<'a> {
    pack: &'a Pack,
    name: Text,
    summary: Text,
    figure: Option<DomainFigure>,
    /// The same figure laid out for phones (shown below 860 px instead of the wide one).
    narrow: Option<DomainFigure>,
    groups: Vec<TypeGroup>,
    untyped: Vec<DomainLink>,
    principles: Vec<PrincipleView>,
    data_source_kinds: Vec<(Text, Text)>,
    crosswalked: Vec<IndicatorRow>,
    credits: Vec<String>,
    sources: Vec<SourceView>,
    crumbs: super::Crumbs,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
    Path(pack_id): Path<String>,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue_seen_by(principal.as_deref()).await?;
    let catalogue = &*catalogue;
    let pack = find_pack(catalogue, &pack_id)?;
    let link = |d: &tessera_framework::Domain| DomainLink {
        href: format!("/frameworks/{}/domains/{}", pack.id, d.id),
        number: d.number,
        name: Text::picked(d.localised_name(lang())),
        summary: Text::picked(d.localised_summary(lang())),
        indicators: pack.indicators.iter().filter(|i| i.domain == d.id).count(),
    };
    let groups = pack
        .domain_types
        .iter()
        .map(|t| TypeGroup {
            name: Text::picked(t.localised_name(lang())),
            summary: Text::picked(t.localised_summary(lang())),
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
        name: Text::picked(pack.localised_name(lang())),
        summary: Text::picked(pack.localised_summary(lang())),
        figure: DomainFigure::for_pack(pack),
        narrow: DomainFigure::narrow(pack),
        groups,
        untyped,
        principles: pack
            .principles
            .iter()
            .map(|p| PrincipleView {
                name: Text::picked(p.localised_name(lang())),
                summary: Text::picked(p.localised_summary(lang())),
                quote: p.quote.as_ref().map(|q| SourceNote::new(pack, q)),
            })
            .collect(),
        data_source_kinds: pack
            .data_source_kinds
            .iter()
            .map(|k| {
                (
                    Text::picked(k.localised_name(lang())),
                    Text::picked(k.localised_summary(lang())),
                )
            })
            .collect(),
        crosswalked,
        credits: pack.credits().into_iter().map(str::to_owned).collect(),
        sources: pack
            .sources
            .iter()
            .map(|s| SourceView {
                title: s.title.clone(),
                publisher: s.publisher.clone(),
                year: s.year,
                url: s.url.clone(),
                rights: s.rights.clone(),
                used_for: s.used_for.clone(),
            })
            .collect(),
        crumbs: super::crumbs(&[]),
    };
    Ok(Html(page.render()?))
}
