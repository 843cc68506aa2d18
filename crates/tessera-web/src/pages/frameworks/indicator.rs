//! An indicator's page: its wording in the page's language where the pack has it, how it is
//! measured, where its words come from, the toolkit's facts about the data sources that measure
//! it (issue 18), and where it sits in other frameworks.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use tessera_framework::{Indicator, ToolkitSource};

use super::{
    IndicatorRow, SourceNote, Text, find_pack, kind_text, lang, origin_label, origin_tag,
    pack_display_name,
};
use crate::AppState;
use crate::http::error::PageError;

/// A domain of another framework that this indicator also measures.
pub(crate) struct CrosswalkLink {
    pub href: String,
    pub pack: Text,
    pub domain: Text,
}

/// A toolkit data source, as the page shows it.
pub(crate) struct ToolkitView {
    pub name: String,
    pub publisher: String,
    pub url: String,
    pub coverage: Option<String>,
    /// The geographic levels in words, joined.
    pub levels: String,
    pub frequency: Option<String>,
    pub breakdowns: Option<Text>,
    /// Whether a comparable international figure exists, in words.
    pub international: String,
    pub international_note: Option<Text>,
    pub facts_from: Text,
    pub note: Option<Text>,
}

impl ToolkitView {
    fn new(s: &ToolkitSource) -> Self {
        let levels: Vec<String> = s
            .levels
            .iter()
            .map(|l| tessera_l10n::t(&format!("frameworks-level-{}", l.as_str())))
            .collect();
        Self {
            name: s.name.clone(),
            publisher: s.publisher.clone(),
            url: s.url.clone(),
            coverage: s.coverage.clone(),
            levels: if levels.is_empty() {
                tessera_l10n::t("frameworks-not-stated")
            } else {
                levels.join(", ")
            },
            frequency: s
                .frequency
                .map(|f| tessera_l10n::t(&format!("frameworks-frequency-{}", f.as_str()))),
            breakdowns: (!s.breakdowns.is_empty()).then(|| Text::english(s.breakdowns.join(", "))),
            international: tessera_l10n::t(match s.international {
                Some(true) => "frameworks-international-yes",
                Some(false) => "frameworks-international-no",
                None => "frameworks-international-unknown",
            }),
            international_note: s.international_note.as_deref().map(Text::english),
            facts_from: Text::english(s.facts_from.clone()),
            note: s.note.as_deref().map(Text::english),
        }
    }
}

#[derive(Template)]
#[template(path = "frameworks/indicator.html")]
pub(crate) struct IndicatorPage<'a> {
    indicator: &'a Indicator,
    name: Text,
    pack_name: Text,
    domain_name: Text,
    domain_href: String,
    kind: String,
    origin: String,
    origin_tag: &'static str,
    numerator: Text,
    denominator: Option<Text>,
    data_source: Text,
    data_source_summary: Text,
    quote: Option<SourceNote>,
    described_from: Option<SourceNote>,
    toolkit: Vec<ToolkitView>,
    topics: Option<Text>,
    crosswalk: Vec<CrosswalkLink>,
    same_domain_elsewhere: Vec<IndicatorRow>,
    crumbs: super::Crumbs,
    /// The signed-in organisation's reference values for this indicator (issue 18).
    references: Option<crate::pages::references::panel::ReferencePanel>,
    beside: Option<crate::pages::stories::beside::StoriesBeside>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    crate::http::extractors::MaybeSignedIn(principal): crate::http::extractors::MaybeSignedIn,
    Path((pack_id, indicator_id)): Path<(String, String)>,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue_seen_by(principal.as_deref()).await?;
    let catalogue = &*catalogue;
    let pack = find_pack(catalogue, &pack_id)?;
    let indicator = pack.indicator(&indicator_id).ok_or_else(|| {
        PageError::not_found(tessera_l10n::ta(
            "frameworks-no-indicator",
            &[
                ("pack", pack_display_name(pack).text.into()),
                ("id", indicator_id.as_str().into()),
            ],
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
            CrosswalkLink {
                href: format!("/frameworks/{}/domains/{}", r.pack, r.domain),
                pack: other
                    .map(pack_display_name)
                    .unwrap_or_else(|| Text::english(r.pack.to_string())),
                domain: other
                    .and_then(|p| p.domain(r.domain.as_str()))
                    .map(|d| Text::picked(d.localised_name(lang())))
                    .unwrap_or_else(|| Text::english(r.domain.to_string())),
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
            Text::picked(d.localised_name(lang())),
            format!("/frameworks/{}/domains/{}", pack.id, d.id),
        ),
        None => (
            Text::english(indicator.domain.to_string()),
            format!("/frameworks/{}", pack.id),
        ),
    };
    let mut crumbs = super::pack_crumbs(pack);
    crumbs.push((domain_href.clone(), domain_name.text.clone()));
    let page = IndicatorPage {
        indicator,
        name: Text::picked(indicator.localised_name(lang())),
        pack_name: pack_display_name(pack),
        domain_name,
        domain_href,
        kind: kind_text(indicator.kind),
        origin: origin_label(indicator.origin),
        origin_tag: origin_tag(indicator.origin),
        numerator: Text::picked(indicator.numerator_in(lang())),
        denominator: indicator.denominator_in(lang()).map(Text::picked),
        data_source: kind
            .map(|k| Text::picked(k.localised_name(lang())))
            .unwrap_or_else(|| Text {
                text: tessera_l10n::t("frameworks-not-stated"),
                lang: None,
            }),
        data_source_summary: kind
            .map(|k| Text::picked(k.localised_summary(lang())))
            .unwrap_or_default(),
        quote: indicator.quote.as_ref().map(|q| SourceNote::new(pack, q)),
        described_from: indicator
            .described_from
            .as_ref()
            .map(|q| SourceNote::new(pack, q)),
        toolkit: indicator.toolkit.iter().map(ToolkitView::new).collect(),
        topics: (!indicator.topics.is_empty()).then(|| Text::english(indicator.topics.join(", "))),
        crosswalk,
        same_domain_elsewhere,
        crumbs,
        beside: crate::pages::stories::beside::StoriesBeside::for_principal(
            &state,
            principal.as_deref(),
            "indicator",
            &indicator.qualified_id(),
        )
        .await?,
        references: match principal.as_deref() {
            Some(p) => {
                crate::pages::references::panel::ReferencePanel::for_principal(
                    &state,
                    p,
                    &indicator.qualified_id(),
                )
                .await?
            }
            None => None,
        },
    };
    Ok(Html(page.render()?))
}
