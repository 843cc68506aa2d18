//! Finding domains and indicators in the catalogue, described the same way for pages and the
//! API; and finding a pack by its id.

use serde::{Deserialize, Serialize};
use tessera_framework::{Catalogue, Field, Hit, HitTarget, Pack, Reason};

use crate::AppError;

/// The pack with id `id`, or "not found" naming what there is.
pub fn find_pack<'c>(catalogue: &'c Catalogue, id: &str) -> Result<&'c Pack, AppError> {
    catalogue.pack(id).ok_or_else(|| {
        AppError::NotFound(tessera_l10n::ta("frameworks-no-pack", &[("id", id.into())]))
    })
}

/// The language code of the request being handled, for a pack's translations.
fn lang() -> &'static str {
    tessera_l10n::current().code()
}

/// A pack's short name, or its translated name where the request's language has one.
fn pack_name(pack: &Pack) -> String {
    let named = pack.localised_name(lang());
    if named.lang == lang() && lang() != "en" {
        named.text.to_owned()
    } else {
        pack.display_name().to_owned()
    }
}

/// The longest query accepted, in characters; longer ones are cut rather than refused.
pub const MAX_QUERY_CHARS: usize = 200;
/// How many hits a search returns at most.
pub const MAX_RESULTS: usize = 50;

/// The search form's parameters.
#[derive(Debug, Deserialize)]
pub struct SearchParams {
    /// The words searched for.
    #[serde(default)]
    pub q: String,
}

impl SearchParams {
    /// The query, trimmed and cut to [`MAX_QUERY_CHARS`].
    pub fn query(&self) -> String {
        self.q.trim().chars().take(MAX_QUERY_CHARS).collect()
    }
}

/// One search result, described for pages and the API alike.
#[derive(Debug, Serialize)]
pub struct SearchResult {
    /// `domain` or `indicator`.
    pub kind: &'static str,
    /// The pack it belongs to.
    pub pack: String,
    /// Its id within the pack.
    pub id: String,
    /// Its name, in the language of the request where the pack has it.
    pub name: String,
    /// The language of `name` when it is not the request's (an English fallback), for pages.
    #[serde(skip)]
    pub name_lang: Option<String>,
    /// Where it sits: the pack and, for an indicator, its domain.
    pub context: String,
    /// Why it matched.
    pub reason: String,
    /// Relevance; higher is better.
    pub score: f64,
    /// The page that shows it.
    pub href: String,
}

/// The results of `query`, best first (at most [`MAX_RESULTS`]).
pub fn search(catalogue: &Catalogue, query: &str) -> Vec<SearchResult> {
    if query.is_empty() {
        return Vec::new();
    }
    catalogue
        .search(query)
        .iter()
        .take(MAX_RESULTS)
        .filter_map(|hit| describe(catalogue, hit))
        .collect()
}

fn describe(catalogue: &Catalogue, hit: &Hit) -> Option<SearchResult> {
    match &hit.target {
        HitTarget::Domain { pack, domain } => {
            let p = catalogue.pack(pack.as_str())?;
            let d = p.domain(domain.as_str())?;
            let name = d.localised_name(lang());
            Some(SearchResult {
                kind: "domain",
                pack: p.id.to_string(),
                id: d.id.to_string(),
                name: name.text.to_owned(),
                name_lang: (name.lang != lang()).then(|| name.lang.to_owned()),
                context: pack_name(p),
                reason: reason_text(catalogue, hit),
                score: hit.score,
                href: format!("/frameworks/{}/domains/{}", p.id, d.id),
            })
        }
        HitTarget::Indicator {
            pack, indicator, ..
        } => {
            let p = catalogue.pack(pack.as_str())?;
            let i = catalogue.indicator(&format!("{pack}/{indicator}"))?;
            let domain = p
                .domain(i.domain.as_str())
                .map(|d| d.name_in(lang()))
                .unwrap_or_default();
            let name = i.localised_name(lang());
            Some(SearchResult {
                kind: "indicator",
                pack: p.id.to_string(),
                id: i.id.to_string(),
                name: name.text.to_owned(),
                name_lang: (name.lang != lang()).then(|| name.lang.to_owned()),
                context: format!("{} · {domain}", pack_name(p)),
                reason: reason_text(catalogue, hit),
                score: hit.score,
                href: format!("/frameworks/{}/indicators/{}", p.id, i.id),
            })
        }
    }
}

/// Says in words why a hit matched, from its strongest reason.
fn reason_text(catalogue: &Catalogue, hit: &Hit) -> String {
    let Some(reason) = hit.reasons.first() else {
        return String::new();
    };
    let ta = tessera_l10n::ta;
    match reason {
        Reason::Keyword { term, exact: true } => {
            ta("search-reason-keyword", &[("term", term.as_str().into())])
        }
        Reason::Keyword { term, exact: false } => ta(
            "search-reason-keyword-entry",
            &[("term", term.as_str().into())],
        ),
        Reason::Field { field, words } => {
            let place = match field {
                Field::Name => "name",
                Field::Keywords => "keywords",
                Field::DomainType => "domain-type",
                Field::Summary => "summary",
                Field::Topics => "topics",
                Field::Group => "group",
                Field::Definition => "definition",
                Field::Survey => "survey",
            };
            ta(
                "search-reason-field",
                &[("words", words.join(" ").into()), ("place", place.into())],
            )
        }
        Reason::Indicator { pack, indicator } => {
            let name = catalogue
                .indicator(&format!("{pack}/{indicator}"))
                .map(|i| i.name_in(lang()).to_owned())
                .unwrap_or_else(|| indicator.to_string());
            ta("search-reason-indicator", &[("name", name.into())])
        }
        Reason::InDomain { pack, domain } | Reason::Crosswalk { pack, domain } => {
            let name = catalogue
                .domain(pack.as_str(), domain.as_str())
                .map(|d| d.name_in(lang()).to_owned())
                .unwrap_or_else(|| domain.to_string());
            ta(
                if matches!(reason, Reason::InDomain { .. }) {
                    "search-reason-in-domain"
                } else {
                    "search-reason-crosswalk"
                },
                &[("name", name.into())],
            )
        }
    }
}
