//! The framework explorer: packs, domains and indicators.

pub(crate) mod domain;
pub(crate) mod indicator;
pub(crate) mod list;
pub(crate) mod show;

use tessera_framework::{Catalogue, Indicator, Pack};

use crate::PageError;

/// Looks up a pack or answers 404 with a helpful message.
pub(crate) fn find_pack<'c>(catalogue: &'c Catalogue, id: &str) -> Result<&'c Pack, PageError> {
    catalogue.pack(id).ok_or_else(|| {
        PageError::not_found(format!(
            "There is no framework called “{id}”. The frameworks in Tessera are listed on the Frameworks page."
        ))
    })
}

/// A line in a table of indicators.
pub(crate) struct IndicatorRow {
    pub href: String,
    pub name: String,
    pub kind: &'static str,
    pub origin: &'static str,
    pub origin_tag: &'static str,
    pub data_source: String,
    pub domain_name: String,
    pub pack_name: String,
}

impl IndicatorRow {
    pub(crate) fn new(catalogue: &Catalogue, indicator: &Indicator) -> Self {
        let pack = catalogue.pack(indicator.pack.as_str());
        let data_source = match (pack, &indicator.data_source) {
            (Some(pack), Some(kind)) => pack
                .data_source_kind(kind.as_str())
                .map(|k| k.name.clone())
                .unwrap_or_else(|| kind.to_string()),
            _ => "Not stated".to_owned(),
        };
        let domain_name = pack
            .and_then(|p| p.domain(indicator.domain.as_str()))
            .map(|d| d.name.clone())
            .unwrap_or_default();
        Self {
            href: format!("/frameworks/{}/indicators/{}", indicator.pack, indicator.id),
            name: indicator.name.clone(),
            kind: kind_label(indicator.kind),
            origin: origin_label(indicator.origin),
            origin_tag: origin_tag(indicator.origin),
            data_source,
            domain_name,
            pack_name: pack
                .map(|p| p.display_name().to_owned())
                .unwrap_or_default(),
        }
    }
}

pub(crate) fn kind_label(kind: tessera_framework::IndicatorKind) -> &'static str {
    use tessera_framework::IndicatorKind as K;
    match kind {
        K::Proportion => "Proportion",
        K::Mean => "Average (mean)",
        K::Rate => "Rate",
        K::Count => "Count",
    }
}

pub(crate) fn origin_label(origin: tessera_framework::Origin) -> &'static str {
    use tessera_framework::Origin as O;
    match origin {
        O::Quoted => "Quoted from the framework",
        O::Starter => "Tessera starter bank",
        O::Described => "Described from a source, in Tessera's words",
        O::Local => "Local indicator",
    }
}

/// The GOV.UK tag colour class for an origin.
pub(crate) fn origin_tag(origin: tessera_framework::Origin) -> &'static str {
    use tessera_framework::Origin as O;
    match origin {
        O::Quoted => "govuk-tag--blue",
        O::Starter => "govuk-tag--grey",
        O::Described => "govuk-tag--turquoise",
        O::Local => "govuk-tag--purple",
    }
}

/// Breadcrumb links, as (address, label).
pub(crate) type Crumbs = Vec<(String, String)>;

/// Breadcrumbs down to the framework list, plus `extra`.
pub(crate) fn crumbs(extra: &[(String, String)]) -> Crumbs {
    let mut all = vec![
        ("/".to_owned(), "Home".to_owned()),
        ("/frameworks".to_owned(), "Frameworks".to_owned()),
    ];
    all.extend_from_slice(extra);
    all
}

/// Breadcrumbs down to a pack's page.
pub(crate) fn pack_crumbs(pack: &Pack) -> Crumbs {
    crumbs(&[(
        format!("/frameworks/{}", pack.id),
        pack.display_name().to_owned(),
    )])
}
