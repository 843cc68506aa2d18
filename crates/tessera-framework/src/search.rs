//! Free-text search over domains and indicators, led by each pack's keyword index.
//!
//! Scoring is BM25F: S. Robertson, H. Zaragoza and M. Taylor, "Simple BM25 extension to
//! multiple weighted fields", CIKM 2004. Each field's term frequency is length-normalised and
//! weighted by the field's boost before the BM25 saturation, with `k1 = 1.2` and `b = 0.75`.
//! On top of that, a query that *is* a keyword-index term (after stemming) gives that keyword's
//! domains a large bonus, because the index was written by the framework's authors to send a
//! reader to the right domain; a query that contains a keyword term, or is part of one, gives a
//! smaller bonus. Indicators inherit half of their domain's own score (a quarter of a
//! crosswalked domain's), so a query that names a domain also lists that domain's indicators;
//! a domain gains a quarter of its best-matching indicator's own score. The best domain is
//! always the first hit; ties are broken domains first, then by pack, domain and indicator id.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::id::{DomainId, IndicatorId, PackId};
use crate::model::{Indicator, Pack};
use crate::stem::{stem, terms, words};

const K1: f64 = 1.2;
const B: f64 = 0.75;
/// Bonus when the query, stemmed, equals a keyword term.
const KEYWORD_EXACT: f64 = 15.0;
/// Bonus (times the share of the query covered) when the query contains a keyword term.
const KEYWORD_IN_QUERY: f64 = 8.0;
/// Bonus (times the share of the keyword covered) when the query is part of a keyword term.
const QUERY_IN_KEYWORD: f64 = 4.0;
/// Share of its domain's score an indicator inherits.
const FROM_DOMAIN: f64 = 0.5;
/// Share of a crosswalked domain's score an indicator inherits.
const FROM_CROSSWALK: f64 = 0.25;
/// Share of its best-matching indicator's own score a domain gains.
const FROM_INDICATOR: f64 = 0.25;

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
    fn boost(self) -> f64 {
        match self {
            Field::Name => 4.0,
            Field::Keywords => 3.0,
            Field::Topics => 2.0,
            Field::Group => 1.5,
            Field::Summary | Field::Definition => 1.0,
            Field::DomainType | Field::Survey => 0.5,
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

#[derive(Debug, Clone)]
struct Doc {
    target: HitTarget,
    /// Stemmed terms of each field, with the original lower-case word of each.
    fields: Vec<(Field, Vec<String>)>,
    /// For indicators: index of the domain's doc, and of the crosswalked domains' docs.
    domain_doc: Option<usize>,
    crosswalk_docs: Vec<usize>,
}

#[derive(Debug, Clone)]
struct KeywordEntry {
    term: String,
    terms: Vec<String>,
    domain_docs: Vec<usize>,
}

/// A prepared search index over packs and local indicators.
#[derive(Debug, Clone, Default)]
pub(crate) struct SearchIndex {
    docs: Vec<Doc>,
    doc_freq: HashMap<String, usize>,
    avg_len: HashMap<(bool, Field), f64>,
    keywords: Vec<KeywordEntry>,
}

impl SearchIndex {
    pub(crate) fn build(packs: &[Pack], local: &[Indicator]) -> Self {
        let mut docs = Vec::new();
        let mut domain_docs: HashMap<(String, String), usize> = HashMap::new();
        let mut keywords = Vec::new();
        for pack in packs {
            for domain in &pack.domains {
                let keyword_text: Vec<&str> = pack
                    .keywords_for(domain.id.as_str())
                    .map(|k| k.term.as_str())
                    .collect();
                let type_name = domain
                    .domain_type
                    .as_ref()
                    .and_then(|t| pack.domain_type(t.as_str()))
                    .map(|t| t.name.as_str())
                    .unwrap_or_default();
                domain_docs.insert((pack.id.to_string(), domain.id.to_string()), docs.len());
                docs.push(Doc {
                    target: HitTarget::Domain {
                        pack: pack.id.clone(),
                        domain: domain.id.clone(),
                    },
                    fields: vec![
                        (Field::Name, terms(&domain.name)),
                        (Field::Keywords, terms(&keyword_text.join(" . "))),
                        (Field::DomainType, terms(type_name)),
                        (Field::Summary, terms(&domain.summary)),
                    ],
                    domain_doc: None,
                    crosswalk_docs: Vec::new(),
                });
            }
            for keyword in &pack.keywords {
                keywords.push(KeywordEntry {
                    term: keyword.term.clone(),
                    terms: terms(&keyword.term),
                    domain_docs: keyword
                        .domains
                        .iter()
                        .filter_map(|d| {
                            domain_docs
                                .get(&(pack.id.to_string(), d.to_string()))
                                .copied()
                        })
                        .collect(),
                });
            }
        }
        let indicators = packs.iter().flat_map(|p| p.indicators.iter()).chain(local);
        for indicator in indicators {
            let mut definition = indicator.numerator.clone();
            if let Some(d) = &indicator.denominator {
                definition.push_str(" . ");
                definition.push_str(d);
            }
            let survey = indicator
                .survey
                .as_ref()
                .map(|s| format!("{} . {}", s.name, s.question))
                .unwrap_or_default();
            docs.push(Doc {
                target: HitTarget::Indicator {
                    pack: indicator.pack.clone(),
                    indicator: indicator.id.clone(),
                    domain: indicator.domain.clone(),
                },
                fields: vec![
                    (Field::Name, terms(&indicator.name)),
                    (Field::Topics, terms(&indicator.topics.join(" . "))),
                    (
                        Field::Group,
                        terms(indicator.group.as_deref().unwrap_or_default()),
                    ),
                    (Field::Definition, terms(&definition)),
                    (Field::Survey, terms(&survey)),
                ],
                domain_doc: domain_docs
                    .get(&(indicator.pack.to_string(), indicator.domain.to_string()))
                    .copied(),
                crosswalk_docs: indicator
                    .crosswalk
                    .iter()
                    .filter_map(|r| {
                        domain_docs
                            .get(&(r.pack.to_string(), r.domain.to_string()))
                            .copied()
                    })
                    .collect(),
            });
        }

        let mut doc_freq: HashMap<String, usize> = HashMap::new();
        let mut len_sum: HashMap<(bool, Field), (f64, f64)> = HashMap::new();
        for doc in &docs {
            let is_domain = matches!(doc.target, HitTarget::Domain { .. });
            let mut seen = BTreeSet::new();
            for (field, ts) in &doc.fields {
                let entry = len_sum.entry((is_domain, *field)).or_default();
                entry.0 += ts.len() as f64;
                entry.1 += 1.0;
                seen.extend(ts.iter().cloned());
            }
            for t in seen {
                *doc_freq.entry(t).or_default() += 1;
            }
        }
        let avg_len = len_sum
            .into_iter()
            .map(|(k, (sum, n))| (k, if n > 0.0 { sum / n } else { 0.0 }))
            .collect();
        Self {
            docs,
            doc_freq,
            avg_len,
            keywords,
        }
    }

    pub(crate) fn search(&self, query: &str) -> Vec<Hit> {
        // Keep each query term's original word, to explain matches in the reader's own words.
        let mut query_terms: Vec<(String, String)> = Vec::new();
        for word in words(query) {
            let stemmed = terms(&word);
            for t in stemmed {
                if !query_terms.iter().any(|(q, _)| *q == t) {
                    query_terms.push((t, word.clone()));
                }
            }
        }
        if query_terms.is_empty() || self.docs.is_empty() {
            return Vec::new();
        }
        let query_seq: Vec<String> = terms(query);
        let n = self.docs.len() as f64;

        let mut scores = vec![0.0_f64; self.docs.len()];
        let mut reasons: Vec<Vec<(f64, Reason)>> = vec![Vec::new(); self.docs.len()];

        for (i, doc) in self.docs.iter().enumerate() {
            let is_domain = matches!(doc.target, HitTarget::Domain { .. });
            let mut field_words: Vec<(Field, f64, Vec<String>)> = Vec::new();
            for (t, original) in &query_terms {
                let df = self.doc_freq.get(t).copied().unwrap_or(0) as f64;
                if df == 0.0 {
                    continue;
                }
                let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                let mut weighted_tf = 0.0;
                for (field, ts) in &doc.fields {
                    let tf = ts.iter().filter(|x| *x == t).count() as f64;
                    if tf == 0.0 {
                        continue;
                    }
                    let avg = self
                        .avg_len
                        .get(&(is_domain, *field))
                        .copied()
                        .unwrap_or(1.0)
                        .max(1.0);
                    let norm = 1.0 - B + B * ts.len() as f64 / avg;
                    let part = field.boost() * tf / norm;
                    weighted_tf += part;
                    match field_words.iter_mut().find(|(f, _, _)| f == field) {
                        Some((_, weight, ws)) => {
                            *weight += part * idf;
                            ws.push(original.clone());
                        }
                        None => field_words.push((*field, part * idf, vec![original.clone()])),
                    }
                }
                if weighted_tf > 0.0 {
                    scores[i] += idf * weighted_tf * (K1 + 1.0) / (weighted_tf + K1);
                }
            }
            for (field, weight, ws) in field_words {
                reasons[i].push((weight, Reason::Field { field, words: ws }));
            }
        }

        // Keyword-index bonus: the best-matching keyword per domain counts.
        let mut keyword_bonus: Vec<Option<(f64, &KeywordEntry, bool)>> =
            vec![None; self.docs.len()];
        for keyword in &self.keywords {
            if keyword.terms.is_empty() || query_seq.is_empty() {
                continue;
            }
            let (bonus, exact) = if keyword.terms == query_seq {
                (KEYWORD_EXACT, true)
            } else if contains_run(&query_seq, &keyword.terms) {
                (
                    KEYWORD_IN_QUERY * keyword.terms.len() as f64 / query_seq.len() as f64,
                    false,
                )
            } else if contains_run(&keyword.terms, &query_seq) {
                (
                    QUERY_IN_KEYWORD * query_seq.len() as f64 / keyword.terms.len() as f64,
                    false,
                )
            } else {
                continue;
            };
            for &d in &keyword.domain_docs {
                if keyword_bonus[d].is_none_or(|(b, _, _)| bonus > b) {
                    keyword_bonus[d] = Some((bonus, keyword, exact));
                }
            }
        }
        for (d, bonus) in keyword_bonus.into_iter().enumerate() {
            if let Some((bonus, keyword, exact)) = bonus {
                scores[d] += bonus;
                reasons[d].push((
                    f64::INFINITY,
                    Reason::Keyword {
                        term: keyword.term.clone(),
                        exact,
                    },
                ));
            }
        }

        // Indicators inherit from their domain and, less, from crosswalked domains; a domain
        // gains a little from its best-matching indicator, so that of two domains a keyword
        // points to equally, the one whose indicators are about the query leads.
        let own = scores.clone();
        let mut best_child: Vec<Option<usize>> = vec![None; self.docs.len()];
        for (i, doc) in self.docs.iter().enumerate() {
            if let Some(d) = doc.domain_doc
                && own[i] > 0.0
                && best_child[d].is_none_or(|b| own[i] > own[b])
            {
                best_child[d] = Some(i);
            }
        }
        for (d, child) in best_child.into_iter().enumerate() {
            if let Some(c) = child {
                let add = FROM_INDICATOR * own[c];
                scores[d] += add;
                if let HitTarget::Indicator {
                    pack, indicator, ..
                } = &self.docs[c].target
                {
                    reasons[d].push((
                        add,
                        Reason::Indicator {
                            pack: pack.clone(),
                            indicator: indicator.clone(),
                        },
                    ));
                }
            }
        }
        for (i, doc) in self.docs.iter().enumerate() {
            if let Some(d) = doc.domain_doc
                && own[d] > 0.0
            {
                let add = FROM_DOMAIN * own[d];
                scores[i] += add;
                if let HitTarget::Domain { pack, domain } = &self.docs[d].target {
                    reasons[i].push((
                        add,
                        Reason::InDomain {
                            pack: pack.clone(),
                            domain: domain.clone(),
                        },
                    ));
                }
            }
            let best_cross = doc
                .crosswalk_docs
                .iter()
                .copied()
                .filter(|&c| own[c] > 0.0)
                .max_by(|&a, &b| own[a].total_cmp(&own[b]).then(b.cmp(&a)));
            if let Some(c) = best_cross {
                let add = FROM_CROSSWALK * own[c];
                scores[i] += add;
                if let HitTarget::Domain { pack, domain } = &self.docs[c].target {
                    reasons[i].push((
                        add,
                        Reason::Crosswalk {
                            pack: pack.clone(),
                            domain: domain.clone(),
                        },
                    ));
                }
            }
        }

        let mut hits: Vec<(usize, Hit)> = Vec::new();
        for (i, doc) in self.docs.iter().enumerate() {
            if scores[i] <= 0.0 {
                continue;
            }
            let mut why = std::mem::take(&mut reasons[i]);
            why.sort_by(|a, b| b.0.total_cmp(&a.0));
            hits.push((
                i,
                Hit {
                    target: doc.target.clone(),
                    score: scores[i],
                    reasons: why.into_iter().map(|(_, r)| r).collect(),
                },
            ));
        }
        // Ties: domains before indicators, then pack and id order, so results never shuffle.
        hits.sort_by(|(_, a), (_, b)| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| b.is_domain().cmp(&a.is_domain()))
                .then_with(|| a.pack().cmp(b.pack()))
                .then_with(|| a.domain().cmp(b.domain()))
                .then_with(|| a.indicator().cmp(&b.indicator()))
        });
        // The reader is first sent to a domain: the best domain leads even when one of its
        // indicators scored higher.
        if let Some(pos) = hits.iter().position(|(_, h)| h.is_domain())
            && pos > 0
        {
            let best = hits.remove(pos);
            hits.insert(0, best);
        }
        hits.into_iter().map(|(_, h)| h).collect()
    }
}

/// Whether `needle` occurs as a contiguous run inside `haystack`.
fn contains_run(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty()
        && needle.len() <= haystack.len()
        && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The stem search uses for a single word, exposed for callers that highlight matches.
pub fn search_stem(word: &str) -> String {
    stem(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_owned()).collect()
    }

    #[test]
    fn a_run_must_be_contiguous_and_in_order() {
        let hay = v(&["medic", "care", "gp"]);
        assert!(contains_run(&hay, &v(&["care", "gp"])));
        assert!(!contains_run(&hay, &v(&["medic", "gp"])));
        assert!(!contains_run(&hay, &v(&["gp", "care"])));
        assert!(!contains_run(&hay, &[]));
    }

    #[test]
    fn an_empty_index_finds_nothing() {
        assert!(SearchIndex::build(&[], &[]).search("ESOL").is_empty());
    }
}
