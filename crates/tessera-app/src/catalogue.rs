//! Finding domains and indicators in the catalogue, described the same way for pages and the
//! API; and finding a pack by its id.

use serde::{Deserialize, Serialize};
use tessera_framework::{Catalogue, Field, Hit, HitTarget, Pack, Reason};

use crate::AppError;

/// The pack with id `id`, or "not found" naming what there is.
pub fn find_pack<'c>(catalogue: &'c Catalogue, id: &str) -> Result<&'c Pack, AppError> {
    catalogue.pack(id).ok_or_else(|| {
        AppError::NotFound(format!(
            "There is no framework called “{id}”. The frameworks in Tessera are listed on the Frameworks page."
        ))
    })
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
    /// Its name.
    pub name: String,
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
            Some(SearchResult {
                kind: "domain",
                pack: p.id.to_string(),
                id: d.id.to_string(),
                name: d.name.clone(),
                context: p.display_name().to_owned(),
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
                .map(|d| d.name.as_str())
                .unwrap_or_default();
            Some(SearchResult {
                kind: "indicator",
                pack: p.id.to_string(),
                id: i.id.to_string(),
                name: i.name.clone(),
                context: format!("{} · {domain}", p.display_name()),
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
    match reason {
        Reason::Keyword { term, exact: true } => format!("Keyword index: “{term}”"),
        Reason::Keyword { term, exact: false } => format!("Keyword index entry “{term}” matches"),
        Reason::Field { field, words } => {
            let place = match field {
                Field::Name => "the name",
                Field::Keywords => "its keywords",
                Field::DomainType => "its domain type",
                Field::Summary => "its description",
                Field::Topics => "its topics",
                Field::Group => "its group",
                Field::Definition => "its definition",
                Field::Survey => "its survey question",
            };
            format!("“{}” in {place}", words.join(" "))
        }
        Reason::Indicator { pack, indicator } => {
            let name = catalogue
                .indicator(&format!("{pack}/{indicator}"))
                .map(|i| i.name.clone())
                .unwrap_or_else(|| indicator.to_string());
            format!("Has a matching indicator: {name}")
        }
        Reason::InDomain { pack, domain } | Reason::Crosswalk { pack, domain } => {
            let name = catalogue
                .domain(pack.as_str(), domain.as_str())
                .map(|d| d.name.clone())
                .unwrap_or_else(|| domain.to_string());
            if matches!(reason, Reason::InDomain { .. }) {
                format!("In the matching domain {name}")
            } else {
                format!("Mapped to the matching domain {name}")
            }
        }
    }
}
