//! The framework explorer: packs, domains and indicators, with their texts in the page's
//! language where the pack has a translation (English otherwise, marked `lang="en"`), the
//! toolkit's facts about data sources, quotations with their sources, and each pack's credits
//! and licences.

pub(crate) mod domain;
pub(crate) mod indicator;
pub(crate) mod list;
pub(crate) mod show;

use tessera_framework::{Catalogue, Indicator, Localised, Pack, Quote};

use crate::PageError;

/// Looks up a pack or answers 404 with a helpful message.
pub(crate) fn find_pack<'c>(catalogue: &'c Catalogue, id: &str) -> Result<&'c Pack, PageError> {
    catalogue.pack(id).ok_or_else(|| {
        PageError::not_found(tessera_l10n::ta("frameworks-no-pack", &[("id", id.into())]))
    })
}

/// The page's language code, for picking a pack's translations.
pub(crate) fn lang() -> &'static str {
    tessera_l10n::current().code()
}

/// A text from a pack and the language it is in, when that is not the page's (an English
/// fallback on a Welsh page): templates put it in a `lang` attribute.
#[derive(Debug, Clone, Default)]
pub(crate) struct Text {
    pub text: String,
    pub lang: Option<String>,
}

/// The text alone, for templates that do not set `lang` (the plan's indicator picker).
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl Text {
    /// A pack's text as it was picked for the page's language.
    pub(crate) fn picked(l: Localised<'_>) -> Self {
        Self {
            text: l.text.to_owned(),
            lang: (l.lang != lang()).then(|| l.lang.to_owned()),
        }
    }

    /// Text the pack has only in English (keywords, notes, survey questions).
    pub(crate) fn english(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            lang: (lang() != "en").then(|| "en".to_owned()),
        }
    }

    /// Whether there is no text.
    pub(crate) fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// ` lang="en"` for an element holding this text when it is not in the page's language;
    /// nothing otherwise. Codes come from pack files, which the loader checks are language
    /// codes (letters, digits and hyphens), so the attribute needs no escaping.
    pub(crate) fn lang_attr(&self) -> String {
        match &self.lang {
            Some(l) if l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => {
                format!(" lang=\"{l}\"")
            }
            _ => String::new(),
        }
    }
}

/// A line in a table of indicators.
pub(crate) struct IndicatorRow {
    pub href: String,
    pub name: Text,
    pub kind: String,
    pub origin: String,
    pub origin_tag: &'static str,
    pub data_source: Text,
    pub domain_name: Text,
    pub pack_name: Text,
}

impl IndicatorRow {
    pub(crate) fn new(catalogue: &Catalogue, indicator: &Indicator) -> Self {
        let pack = catalogue.pack(indicator.pack.as_str());
        let data_source = match (pack, &indicator.data_source) {
            (Some(pack), Some(kind)) => pack
                .data_source_kind(kind.as_str())
                .map(|k| Text::picked(k.localised_name(lang())))
                .unwrap_or_else(|| Text::english(kind.to_string())),
            _ => Text {
                text: tessera_l10n::t("frameworks-not-stated"),
                lang: None,
            },
        };
        let domain_name = pack
            .and_then(|p| p.domain(indicator.domain.as_str()))
            .map(|d| Text::picked(d.localised_name(lang())))
            .unwrap_or_default();
        Self {
            href: format!("/frameworks/{}/indicators/{}", indicator.pack, indicator.id),
            name: Text::picked(indicator.localised_name(lang())),
            kind: kind_text(indicator.kind),
            origin: origin_label(indicator.origin),
            origin_tag: origin_tag(indicator.origin),
            data_source,
            domain_name,
            pack_name: pack.map(pack_display_name).unwrap_or_default(),
        }
    }
}

/// The pack's short name (or name) in the page's language where the pack has one.
pub(crate) fn pack_display_name(pack: &Pack) -> Text {
    let named = pack.localised_name(lang());
    // A translated full name beats an English short name on a Welsh page.
    if named.lang == lang() && lang() != "en" {
        return Text::picked(named);
    }
    Text::picked(Localised {
        text: pack.display_name(),
        lang: "en",
        reviewed: true,
    })
}

/// The kind of figure in the page's language: "Proportion", "Cyfran".
pub(crate) fn kind_text(kind: tessera_framework::IndicatorKind) -> String {
    tessera_l10n::t(&format!("frameworks-kind-{}", kind.as_str()))
}

pub(crate) fn origin_label(origin: tessera_framework::Origin) -> String {
    tessera_l10n::t(&format!("frameworks-origin-{}", origin.as_str()))
}

/// "yes" or "no" in the page's language.
pub(crate) fn yes_no(yes: &bool) -> String {
    tessera_l10n::t(if *yes {
        "frameworks-yes"
    } else {
        "frameworks-no"
    })
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

/// Where words come from, for a quotation or a description: the source document's title,
/// publisher and year, the place in it, and the document it was read in.
pub(crate) struct SourceNote {
    /// The quoted words, when they are not the item's own name.
    pub text: Option<String>,
    /// The document, as "Title (Publisher, 2019)".
    pub source: String,
    /// Where it can be read.
    pub url: Option<String>,
    /// Where in the document.
    pub locator: Option<String>,
    /// The document the words were read in, when not the original.
    pub via: Option<String>,
}

/// A document of the pack as "Title (Publisher, 2019)"; the id itself if the pack lacks it.
fn document(pack: &Pack, id: &str) -> (String, Option<String>) {
    match pack.source(id) {
        Some(s) => {
            let when = s.year.map(|y| format!(", {y}")).unwrap_or_default();
            (
                format!("{} ({}{when})", s.title, s.publisher),
                s.url.clone(),
            )
        }
        None if id == tessera_framework::TESSERA_SOURCE => ("Tessera".to_owned(), None),
        None => (id.to_owned(), None),
    }
}

impl SourceNote {
    pub(crate) fn new(pack: &Pack, quote: &Quote) -> Self {
        let (source, url) = document(pack, quote.source.as_str());
        Self {
            text: quote.text.clone(),
            source,
            url,
            locator: quote.locator.clone(),
            via: quote.via.as_ref().map(|v| document(pack, v.as_str()).0),
        }
    }
}

/// Breadcrumb links, as (address, label).
pub(crate) type Crumbs = Vec<(String, String)>;

/// Breadcrumbs down to the framework list, plus `extra`.
pub(crate) fn crumbs(extra: &[(String, String)]) -> Crumbs {
    let mut all = vec![
        ("/".to_owned(), tessera_l10n::t("nav-home")),
        ("/frameworks".to_owned(), tessera_l10n::t("nav-frameworks")),
    ];
    all.extend_from_slice(extra);
    all
}

/// Breadcrumbs down to a pack's page.
pub(crate) fn pack_crumbs(pack: &Pack) -> Crumbs {
    crumbs(&[(
        format!("/frameworks/{}", pack.id),
        pack_display_name(pack).text,
    )])
}
