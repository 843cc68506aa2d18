//! A domain's page: its name and summary in the page's language where the pack has them, the
//! keywords that lead to it, its indicators, other frameworks' indicators and themes that cover
//! it (issue 18), and related domains.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use tessera_framework::Pack;

use super::{IndicatorRow, Text, find_pack, lang, pack_display_name};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::MaybeSignedIn;

/// Indicators under one heading.
pub(crate) struct IndicatorGroup {
    pub heading: Text,
    pub rows: Vec<IndicatorRow>,
}

/// A domain (or theme) of another pack whose crosswalk points at this domain.
pub(crate) struct Theme {
    pub href: String,
    pub pack: Text,
    pub name: Text,
    /// How closely it matches, in words, when the pack says.
    pub strength: Option<String>,
}

#[derive(Template)]
#[template(path = "frameworks/domain.html")]
pub(crate) struct DomainPage {
    /// "Domain 6", or "Domain" for a pack without numbers.
    caption: String,
    name: Text,
    summary: Text,
    pack_name: Text,
    type_name: Option<Text>,
    keywords: Vec<String>,
    keywords_lang: Text,
    groups: Vec<IndicatorGroup>,
    n_indicators: usize,
    from_other_packs: Vec<IndicatorRow>,
    themes: Vec<Theme>,
    related: Vec<(String, Text)>,
    crumbs: super::Crumbs,
    beside: Option<crate::pages::stories::beside::StoriesBeside>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
    Path((pack_id, domain_id)): Path<(String, String)>,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue_seen_by(principal.as_deref()).await?;
    let catalogue = &*catalogue;
    let pack: &Pack = find_pack(catalogue, &pack_id)?;
    let domain = pack.domain(&domain_id).ok_or_else(|| {
        PageError::not_found(tessera_l10n::ta(
            "frameworks-no-domain",
            &[
                ("pack", pack_display_name(pack).text.into()),
                ("id", domain_id.as_str().into()),
            ],
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
    let n_indicators = indicators.len();
    for indicator in indicators {
        let heading = match (indicator.origin, &indicator.group) {
            (tessera_framework::Origin::Quoted, _) => Text {
                text: tessera_l10n::t("frameworks-group-quoted"),
                lang: None,
            },
            (_, Some(group)) => Text::english(group.clone()),
            (_, None) => Text {
                text: tessera_l10n::t("frameworks-group-other"),
                lang: None,
            },
        };
        let row = IndicatorRow::new(catalogue, indicator);
        match groups.iter_mut().find(|g| g.heading.text == heading.text) {
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
    let themes = catalogue
        .domains_crosswalked_to(pack.id.as_str(), domain.id.as_str())
        .into_iter()
        .map(|(p, d, strength)| Theme {
            href: format!("/frameworks/{}/domains/{}", p.id, d.id),
            pack: pack_display_name(p),
            name: Text::picked(d.localised_name(lang())),
            strength: strength
                .map(|s| tessera_l10n::t(&format!("frameworks-strength-{}", s.as_str()))),
        })
        .collect();
    let related = catalogue
        .related_domains(pack.id.as_str(), domain.id.as_str())
        .into_iter()
        .map(|d| {
            (
                format!("/frameworks/{}/domains/{}", pack.id, d.id),
                Text::picked(d.localised_name(lang())),
            )
        })
        .collect();
    let beside = crate::pages::stories::beside::StoriesBeside::for_principal(
        &state,
        principal.as_deref(),
        "domain",
        &format!("{}/{}", pack.id, domain.id),
    )
    .await?;
    let page = DomainPage {
        beside,
        caption: match domain.number {
            Some(n) => tessera_l10n::ta("frameworks-domain-number", &[("number", n.into())]),
            None => tessera_l10n::t("frameworks-domain"),
        },
        name: Text::picked(domain.localised_name(lang())),
        summary: Text::picked(domain.localised_summary(lang())),
        pack_name: pack_display_name(pack),
        type_name: domain
            .domain_type
            .as_ref()
            .and_then(|t| pack.domain_type(t.as_str()))
            .map(|t| Text::picked(t.localised_name(lang()))),
        keywords: pack
            .keywords_for(domain.id.as_str())
            .map(|k| k.term.clone())
            .collect(),
        keywords_lang: Text::english(""),
        groups,
        n_indicators,
        from_other_packs,
        themes,
        related,
        crumbs: super::pack_crumbs(pack),
    };
    Ok(Html(page.render()?))
}
