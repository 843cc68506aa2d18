//! Free-text search over domains and indicators that finds what people mean.
//!
//! A query is split into *concepts*: single words, or phrases the synonym table knows (so
//! "GP" also finds "doctor" and "general practice", and "bank account" finds "banking"). Each
//! document (a domain or an indicator) is scored in four parts:
//!
//! 1. **BM25F** over its fields, each weighted by how telling a match there is (a name or a
//!    keyword-index term counts far more than a passing mention in a definition): S. Robertson,
//!    H. Zaragoza and M. Taylor, "Simple BM25 extension to multiple weighted fields", CIKM 2004,
//!    with `k1 = 1.2` and `b = 0.75`, each field's term frequency length-normalised and weighted
//!    before saturation. Synonyms count at [`query::SYNONYM_WEIGHT`] of the word typed.
//! 2. **Coverage**: the share of the query's weight (by inverse document frequency) the document
//!    matches, squared, multiplies the BM25F score, so a document matching only the common half
//!    of "GP registration" (the electoral register) falls far behind one matching both.
//! 3. **Phrase and proximity**: a bonus when the concepts appear next to each other in order in
//!    one field, a smaller one when they appear close together.
//! 4. **Labels**: when the whole query *is* a keyword-index term, a domain or indicator name or
//!    an indicator topic, a large bonus; a smaller one when the query contains a label or is
//!    part of one. The framework's keyword index was written to send readers to the right
//!    domain, so it leads.
//!
//! Indicators inherit part of their domain's score only when the query names that domain (an
//! exact label match), scaled by how the domain compares with the best domain, so "housing"
//! lists the Housing domain's indicators but not every domain the index mentions housing in.
//! A domain gains a quarter of its best indicator's score. Hits below a fixed share of the best
//! domain's or the best indicator's score are cut off, so weak matches do not pad the list.
//! The best domain is always the first hit; ties are broken domains first, then by pack,
//! domain and indicator id, so results never shuffle.

mod index;
mod query;
mod score;
mod synonyms;

use serde::Serialize;

use crate::id::{DomainId, IndicatorId, PackId};
use crate::stem::stem;

pub(crate) use index::SearchIndex;
pub use synonyms::SYNONYMS;

/// How a search should be narrowed; [`SearchOptions::default`] searches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchOptions {
    /// Return indicators only, as the plan's indicator picker needs.
    pub indicators_only: bool,
    /// Only hits from these packs (by id); empty means every pack.
    pub packs: Vec<String>,
    /// At most this many hits; `None` for all above the cut-off.
    pub limit: Option<usize>,
}

/// A part of a domain or indicator that search looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The domain's or indicator's name.
    Name,
    /// The keyword-index terms that point to the domain.
    Keywords,
    /// The name of the domain's type.
    DomainType,
    /// The domain's summary.
    Summary,
    /// The indicator's topics.
    Topics,
    /// The indicator's group heading.
    Group,
    /// The indicator's numerator and denominator.
    Definition,
    /// The survey question that measures the indicator.
    Survey,
}

impl Field {
    /// How much a match in the field counts: a name or keyword-index term far more than a
    /// passing mention in a definition or survey question.
    pub(super) fn boost(self) -> f64 {
        match self {
            Field::Name => 5.0,
            Field::Keywords => 4.0,
            Field::Topics => 3.0,
            Field::Group => 1.5,
            Field::Summary => 1.0,
            Field::Definition => 0.6,
            Field::DomainType => 0.5,
            Field::Survey => 0.3,
        }
    }
}

/// What a search hit points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum HitTarget {
    /// A domain of a pack.
    Domain {
        /// The pack.
        pack: PackId,
        /// The domain.
        domain: DomainId,
    },
    /// An indicator, shipped or local.
    Indicator {
        /// The pack the indicator belongs to.
        pack: PackId,
        /// The indicator.
        indicator: IndicatorId,
        /// The domain it measures.
        domain: DomainId,
    },
}

/// Why a hit matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reason {
    /// A keyword-index entry pointing to the domain matched the query.
    Keyword {
        /// The keyword term as the index prints it.
        term: String,
        /// Whether the query was the whole term (rather than containing it or being part of it).
        exact: bool,
    },
    /// Query words were found in a field.
    Field {
        /// The field.
        field: Field,
        /// The query words found there, in query order, lower case.
        words: Vec<String>,
    },
    /// The indicator's domain matched the query.
    InDomain {
        /// The domain's pack.
        pack: PackId,
        /// The domain.
        domain: DomainId,
    },
    /// One of the domain's indicators matched the query; the best one is named.
    Indicator {
        /// The indicator's pack.
        pack: PackId,
        /// The indicator.
        indicator: IndicatorId,
    },
    /// A domain the indicator is crosswalked to matched the query.
    Crosswalk {
        /// The domain's pack.
        pack: PackId,
        /// The domain.
        domain: DomainId,
    },
}

/// One search result: a domain or indicator, its score and why it matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// What matched.
    pub target: HitTarget,
    /// How well it matched; only comparable within one search.
    pub score: f64,
    /// Why it matched, strongest reason first.
    pub reasons: Vec<Reason>,
}

impl Hit {
    /// Whether the hit is a domain.
    pub fn is_domain(&self) -> bool {
        matches!(self.target, HitTarget::Domain { .. })
    }

    /// The pack of the domain or indicator.
    pub fn pack(&self) -> &PackId {
        match &self.target {
            HitTarget::Domain { pack, .. } | HitTarget::Indicator { pack, .. } => pack,
        }
    }

    /// The domain hit, or the domain of the indicator hit.
    pub fn domain(&self) -> &DomainId {
        match &self.target {
            HitTarget::Domain { domain, .. } | HitTarget::Indicator { domain, .. } => domain,
        }
    }

    /// The indicator hit, if this is an indicator.
    pub fn indicator(&self) -> Option<&IndicatorId> {
        match &self.target {
            HitTarget::Indicator { indicator, .. } => Some(indicator),
            HitTarget::Domain { .. } => None,
        }
    }
}

/// The stem search uses for a single word, exposed for callers that highlight matches.
pub fn search_stem(word: &str) -> String {
    stem(&word.to_lowercase())
}
