//! Scoring documents against a query's concepts; see the module above for the method.

use super::index::{Doc, DocField, LabelKind, SEP, SearchIndex};
use super::query::Concept;
use super::{Field, Hit, HitTarget, Reason, SearchOptions};

/// BM25 term-frequency saturation (Robertson, Zaragoza and Taylor 2004).
const K1: f64 = 1.2;
/// BM25 length normalisation.
const B: f64 = 0.75;
/// Bonus, times the query's total idf and the field's boost, when all concepts appear next to
/// each other in order.
const PHRASE: f64 = 0.6;
/// The same when they appear within [`PROXIMITY_SLACK`] extra tokens of each other.
const PROXIMITY: f64 = 0.3;
/// How many tokens may fall between concepts for them still to count as close.
const PROXIMITY_SLACK: usize = 3;
/// Share of its domain's score an indicator inherits when the query names the domain.
const FROM_DOMAIN: f64 = 0.3;
/// Share of a named crosswalked domain's score an indicator inherits.
const FROM_CROSSWALK: f64 = 0.25;
/// Share of its best-matching indicator's own score a domain gains.
const FROM_INDICATOR: f64 = 0.25;
/// Hits scoring below this share of the best domain's (or best indicator's) score are dropped.
const CUTOFF: f64 = 0.3;

/// The bonuses for a query that equals a label, contains one, or is part of one.
struct LabelBonus {
    exact: f64,
    contains_label: f64,
    within_label: f64,
}

fn label_bonus(kind: LabelKind, is_domain: bool) -> LabelBonus {
    match (kind, is_domain) {
        (LabelKind::Keyword, _) => LabelBonus {
            exact: 15.0,
            contains_label: 8.0,
            within_label: 4.0,
        },
        (LabelKind::Name, true) => LabelBonus {
            exact: 18.0,
            contains_label: 6.0,
            within_label: 3.0,
        },
        (LabelKind::Name, false) => LabelBonus {
            exact: 15.0,
            contains_label: 5.0,
            within_label: 3.0,
        },
        (LabelKind::Topic, _) => LabelBonus {
            exact: 10.0,
            contains_label: 5.0,
            within_label: 2.5,
        },
    }
}

/// Occurrences of `needle` as a run in `hay` (runs never include [`SEP`]).
fn count_runs(hay: &[u32], needle: &[u32]) -> usize {
    if needle.is_empty() || needle.len() > hay.len() {
        return 0;
    }
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

/// The (start, end) spans where any alternative of `concept` occurs in `tokens`.
fn spans(tokens: &[u32], concept: &Concept) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for a in &concept.alternatives {
        let n = a.tokens.len();
        if n == 0 || n > tokens.len() {
            continue;
        }
        for (start, w) in tokens.windows(n).enumerate() {
            if w == a.tokens.as_slice() {
                out.push((start, start + n));
            }
        }
    }
    out
}

/// How closely the concepts sit together in one field: `Some(PHRASE)` when they appear in
/// order next to each other, `Some(PROXIMITY)` when close, `None` otherwise.
fn closeness(field: &DocField, concepts: &[Concept]) -> Option<f64> {
    let per: Vec<Vec<(usize, usize)>> = concepts.iter().map(|c| spans(&field.tokens, c)).collect();
    if per.iter().any(Vec::is_empty) {
        return None;
    }
    // In order and adjacent: chain spans, each starting where the previous ended.
    let mut ends: Vec<usize> = per[0].iter().map(|s| s.1).collect();
    for next in &per[1..] {
        ends = next
            .iter()
            .filter(|s| ends.contains(&s.0))
            .map(|s| s.1)
            .collect();
        if ends.is_empty() {
            break;
        }
    }
    if !ends.is_empty() {
        return Some(PHRASE);
    }
    // Close: the smallest window holding one span of each concept, with no separator inside.
    let mut all: Vec<(usize, usize, usize)> = Vec::new();
    for (c, list) in per.iter().enumerate() {
        all.extend(list.iter().map(|&(s, e)| (s, e, c)));
    }
    all.sort_unstable();
    let need: usize = concepts
        .iter()
        .map(|c| {
            c.alternatives
                .iter()
                .map(|a| a.tokens.len())
                .min()
                .unwrap_or(1)
        })
        .sum();
    let k = concepts.len();
    let mut best = usize::MAX;
    for i in 0..all.len() {
        let mut seen = vec![false; k];
        let mut count = 0;
        let mut end = 0;
        for &(s, e, c) in &all[i..] {
            if field.tokens[all[i].0..e].contains(&SEP) {
                break;
            }
            let _ = s;
            end = end.max(e);
            if !seen[c] {
                seen[c] = true;
                count += 1;
            }
            if count == k {
                best = best.min(end - all[i].0);
                break;
            }
        }
    }
    (best <= need + PROXIMITY_SLACK).then_some(PROXIMITY)
}

/// Whether `label` is exactly the concepts `from..to`, one alternative each, in order;
/// returns the lowest alternative weight used.
fn label_is(label: &[u32], concepts: &[Concept]) -> Option<f64> {
    fn go(label: &[u32], concepts: &[Concept], weight: f64) -> Option<f64> {
        let Some((first, rest)) = concepts.split_first() else {
            return label.is_empty().then_some(weight);
        };
        first
            .alternatives
            .iter()
            .filter(|a| label.starts_with(&a.tokens))
            .filter_map(|a| go(&label[a.tokens.len()..], rest, weight.min(a.weight)))
            .reduce(f64::max)
    }
    go(label, concepts, 1.0)
}

/// The best label bonus of each kind of label (name, keyword-index term, topic) a document
/// has, with the reason to give. A document named by both its name and the keyword index has
/// two kinds of evidence, so the bonuses of different kinds add up.
fn best_labels(doc: &Doc, concepts: &[Concept], query_len: usize) -> Vec<(f64, Reason, bool)> {
    let k = concepts.len();
    let mut best: Vec<(LabelKind, f64, Reason, bool)> = Vec::new();
    let mut consider = |kind: LabelKind, score: f64, reason: Reason, exact: bool| match best
        .iter_mut()
        .find(|(k, ..)| *k == kind)
    {
        Some(slot) if score > slot.1 => *slot = (kind, score, reason, exact),
        Some(_) => {}
        None => best.push((kind, score, reason, exact)),
    };
    let words: Vec<String> = concepts.iter().flat_map(|c| c.words.clone()).collect();
    for label in &doc.labels {
        let bonus = label_bonus(label.kind, doc.is_domain);
        let reason = |exact: bool| match label.kind {
            LabelKind::Keyword => Reason::Keyword {
                term: label.text.clone(),
                exact,
            },
            LabelKind::Name => Reason::Field {
                field: Field::Name,
                words: words.clone(),
            },
            LabelKind::Topic => Reason::Field {
                field: Field::Topics,
                words: words.clone(),
            },
        };
        if let Some(w) = label_is(&label.tokens, concepts) {
            consider(label.kind, bonus.exact * w, reason(true), true);
            continue;
        }
        // The query contains the label: a run of its concepts equals the label.
        let mut contained = None;
        for from in 0..k {
            for to in from + 1..=k {
                if to - from == k {
                    continue;
                }
                if let Some(w) = label_is(&label.tokens, &concepts[from..to]) {
                    let share = (to - from) as f64 / k as f64;
                    contained = Some(contained.map_or(share * w, |c: f64| c.max(share * w)));
                }
            }
        }
        if let Some(share) = contained {
            consider(
                label.kind,
                bonus.contains_label * share,
                reason(false),
                false,
            );
            continue;
        }
        // The query is part of the label: its concepts appear in order, next to each other.
        let field = DocField {
            slot: super::index::Slot::Field(Field::Name),
            tokens: label.tokens.clone(),
            len: label.tokens.len(),
        };
        if label.tokens.len() > query_len && closeness(&field, concepts) == Some(PHRASE) {
            let share = query_len as f64 / label.tokens.len() as f64;
            consider(label.kind, bonus.within_label * share, reason(false), false);
        }
    }
    best.into_iter().map(|(_, s, r, e)| (s, r, e)).collect()
}

/// A document's own score and the reasons for it, before domains and indicators share.
struct Own {
    score: f64,
    reasons: Vec<(f64, Reason)>,
    /// Whether the query names the document: it equals one of its labels.
    named: bool,
}

impl SearchIndex {
    fn own(&self, doc: &Doc, concepts: &[Concept], total_idf: f64, query_len: usize) -> Own {
        let mut score = 0.0;
        let mut matched_idf = 0.0;
        let mut reasons: Vec<(f64, Reason)> = Vec::new();
        let mut field_words: Vec<(Field, f64, Vec<String>)> = Vec::new();
        for concept in concepts {
            let mut weighted_tf = 0.0;
            for field in &doc.fields {
                let tf = concept
                    .alternatives
                    .iter()
                    .map(|a| a.weight * count_runs(&field.tokens, &a.tokens) as f64)
                    .fold(0.0_f64, f64::max);
                if tf == 0.0 {
                    continue;
                }
                let avg = self
                    .avg_len
                    .get(&(doc.is_domain, field.slot))
                    .copied()
                    .unwrap_or(1.0)
                    .max(1.0);
                let norm = 1.0 - B + B * field.len as f64 / avg;
                let part = field.slot.boost() * tf / norm;
                weighted_tf += part;
                let f = field.slot.field();
                match field_words.iter_mut().find(|(x, _, _)| *x == f) {
                    Some((_, weight, ws)) => {
                        *weight += part * concept.idf;
                        for w in &concept.words {
                            if !ws.contains(w) {
                                ws.push(w.clone());
                            }
                        }
                    }
                    None => field_words.push((f, part * concept.idf, concept.words.clone())),
                }
            }
            if weighted_tf > 0.0 {
                matched_idf += concept.idf;
                score += concept.idf * weighted_tf * (K1 + 1.0) / (weighted_tf + K1);
            }
        }
        let coverage = if total_idf > 0.0 {
            matched_idf / total_idf
        } else {
            0.0
        };
        score *= coverage * coverage;
        for (field, weight, words) in field_words {
            reasons.push((weight * coverage * coverage, Reason::Field { field, words }));
        }
        if concepts.len() >= 2 && coverage >= 1.0 {
            let close = doc
                .fields
                .iter()
                .filter_map(|f| closeness(f, concepts).map(|c| c * f.slot.boost()))
                .fold(0.0_f64, f64::max);
            score += close * total_idf;
        }
        let mut named = false;
        for (bonus, reason, exact) in best_labels(doc, concepts, query_len) {
            // Only the whole query equal to a name or an index term names the document.
            named |= exact
                && !matches!(
                    reason,
                    Reason::Field {
                        field: Field::Topics,
                        ..
                    }
                );
            score += bonus;
            // A keyword-index match is the strongest explanation there is.
            let weight = if matches!(reason, Reason::Keyword { .. }) {
                f64::INFINITY
            } else {
                bonus + 1_000.0
            };
            reasons.push((weight, reason));
        }
        Own {
            score,
            reasons,
            named,
        }
    }

    pub(crate) fn search(&self, query: &str, options: &SearchOptions) -> Vec<Hit> {
        let concepts = self.concepts(query);
        if concepts.is_empty() || self.docs.is_empty() {
            return Vec::new();
        }
        let total_idf: f64 = concepts.iter().map(|c| c.idf).sum();
        let query_len: usize = concepts
            .iter()
            .map(|c| c.alternatives[0].tokens.len())
            .sum();
        let mut wanted: Vec<u32> = concepts
            .iter()
            .flat_map(|c| c.alternatives.iter().flat_map(|a| a.tokens.iter().copied()))
            .collect();
        wanted.sort_unstable();
        wanted.dedup();

        let mut own = vec![0.0_f64; self.docs.len()];
        let mut named = vec![false; self.docs.len()];
        let mut reasons: Vec<Vec<(f64, Reason)>> = vec![Vec::new(); self.docs.len()];
        for (i, doc) in self.docs.iter().enumerate() {
            // Most documents share no token with the query; skip them cheaply.
            if !wanted
                .iter()
                .any(|t| doc.token_set.binary_search(t).is_ok())
            {
                continue;
            }
            let o = self.own(doc, &concepts, total_idf, query_len);
            own[i] = o.score;
            named[i] = o.named;
            reasons[i] = o.reasons;
        }

        // Share between domains and indicators.
        let mut scores = own.clone();
        let best_named = (0..self.docs.len())
            .filter(|&d| named[d] && self.docs[d].is_domain)
            .map(|d| own[d])
            .fold(0.0_f64, f64::max);
        let inherited = |d: usize| {
            if !named[d] || best_named <= 0.0 {
                return 0.0;
            }
            let relative = own[d] / best_named;
            own[d] * relative * relative
        };
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
            if let Some(d) = doc.domain_doc {
                let add = FROM_DOMAIN * inherited(d);
                if add > 0.0 {
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
            }
            let best_cross = doc
                .crosswalk_docs
                .iter()
                .copied()
                .filter(|&c| inherited(c) > 0.0)
                .max_by(|&a, &b| inherited(a).total_cmp(&inherited(b)).then(b.cmp(&a)));
            if let Some(c) = best_cross {
                let add = FROM_CROSSWALK * inherited(c);
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

        let keep = |i: usize| {
            let doc = &self.docs[i];
            let pack = match &doc.target {
                HitTarget::Domain { pack, .. } | HitTarget::Indicator { pack, .. } => pack,
            };
            (options.packs.is_empty() || options.packs.iter().any(|p| p == pack.as_str()))
                && !(options.indicators_only && doc.is_domain)
        };
        let best_of = |domains: bool| {
            (0..self.docs.len())
                .filter(|&i| self.docs[i].is_domain == domains && keep(i))
                .map(|i| scores[i])
                .fold(0.0_f64, f64::max)
        };
        let (best_domain, best_indicator) = (best_of(true), best_of(false));
        let mut hits: Vec<Hit> = Vec::new();
        for (i, doc) in self.docs.iter().enumerate() {
            let best = if doc.is_domain {
                best_domain
            } else {
                best_indicator
            };
            if scores[i] <= 0.0 || scores[i] < CUTOFF * best || !keep(i) {
                continue;
            }
            let mut why = std::mem::take(&mut reasons[i]);
            why.sort_by(|a, b| b.0.total_cmp(&a.0));
            hits.push(Hit {
                target: doc.target.clone(),
                score: scores[i],
                reasons: why.into_iter().map(|(_, r)| r).collect(),
            });
        }
        // Ties: domains before indicators, then pack and id order, so results never shuffle.
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| b.is_domain().cmp(&a.is_domain()))
                .then_with(|| a.pack().cmp(b.pack()))
                .then_with(|| a.domain().cmp(b.domain()))
                .then_with(|| a.indicator().cmp(&b.indicator()))
        });
        // The reader is first sent to a domain: the best domain leads even when one of its
        // indicators scored higher.
        if let Some(pos) = hits.iter().position(Hit::is_domain)
            && pos > 0
        {
            let best = hits.remove(pos);
            hits.insert(0, best);
        }
        if let Some(limit) = options.limit {
            hits.truncate(limit);
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_counted_only_where_the_tokens_are_contiguous() {
        assert_eq!(count_runs(&[1, 2, 3, 1, 2], &[1, 2]), 2);
        assert_eq!(count_runs(&[1, SEP, 2], &[1, 2]), 0);
        assert_eq!(count_runs(&[1, 2], &[]), 0);
    }

    #[test]
    fn an_empty_index_finds_nothing() {
        assert!(
            SearchIndex::build(&[], &[])
                .search("ESOL", &SearchOptions::default())
                .is_empty()
        );
    }
}
