//! Turning a query into concepts: words and known phrases, each with its synonyms.

use std::sync::OnceLock;

use crate::stem::{is_stop_word, stem, terms, words};

use super::index::SearchIndex;
use super::synonyms::SYNONYMS;

/// How much a synonym counts against the word typed.
pub(super) const SYNONYM_WEIGHT: f64 = 0.8;

/// One way a concept can appear in a document.
#[derive(Debug, Clone)]
pub(super) struct Alternative {
    /// The tokens, in order.
    pub(super) tokens: Vec<u32>,
    /// 1 for the words typed, less for a synonym.
    pub(super) weight: f64,
}

/// One thing the query asks for: a word, or a phrase the synonym table knows.
#[derive(Debug, Clone)]
pub(super) struct Concept {
    /// The query's own words for it, lower case, to explain matches.
    pub(super) words: Vec<String>,
    /// Every way it can appear, the words typed first.
    pub(super) alternatives: Vec<Alternative>,
    /// How telling a match is: the inverse document frequency of its rarest typed token, or of
    /// its best synonym when the typed words appear nowhere.
    pub(super) idf: f64,
}

/// The synonym groups as stemmed phrases, prepared once.
fn stemmed_groups() -> &'static Vec<Vec<Vec<String>>> {
    static GROUPS: OnceLock<Vec<Vec<Vec<String>>>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        SYNONYMS
            .iter()
            .map(|group| group.iter().map(|phrase| terms(phrase)).collect())
            .collect()
    })
}

/// The query's words that count, each with its stem.
fn query_words(query: &str) -> Vec<(String, String)> {
    words(query)
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .filter(|w| w.chars().count() > 1 || w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| {
            let s = stem(&w);
            (w, s)
        })
        .collect()
}

impl SearchIndex {
    fn token_ids(&self, stems: &[String]) -> Option<Vec<u32>> {
        stems.iter().map(|s| self.vocab.get(s).copied()).collect()
    }

    /// The query's concepts, left to right; words the index has never seen, and that have no
    /// synonym it has seen, are left out.
    pub(super) fn concepts(&self, query: &str) -> Vec<Concept> {
        let qwords = query_words(query);
        let stems: Vec<String> = qwords.iter().map(|(_, s)| s.clone()).collect();
        let groups = stemmed_groups();
        let mut out: Vec<Concept> = Vec::new();
        let mut i = 0;
        while i < stems.len() {
            // The longest synonym phrase starting here wins.
            let mut best: Option<(usize, usize)> = None;
            for (g, group) in groups.iter().enumerate() {
                for phrase in group {
                    let n = phrase.len();
                    if n > 0
                        && i + n <= stems.len()
                        && stems[i..i + n] == phrase[..]
                        && best.is_none_or(|(_, len)| n > len)
                    {
                        best = Some((g, n));
                    }
                }
            }
            let (span, phrases): (usize, Vec<&[String]>) = match best {
                Some((g, n)) => {
                    let mut phrases: Vec<&[String]> = vec![&stems[i..i + n]];
                    phrases.extend(
                        groups[g]
                            .iter()
                            .filter(|p| p[..] != stems[i..i + n])
                            .map(Vec::as_slice),
                    );
                    (n, phrases)
                }
                None => (1, vec![&stems[i..=i]]),
            };
            let mut alternatives: Vec<Alternative> = Vec::new();
            for (k, phrase) in phrases.iter().enumerate() {
                let Some(tokens) = self.token_ids(phrase) else {
                    continue;
                };
                if alternatives.iter().any(|a| a.tokens == tokens) {
                    continue;
                }
                alternatives.push(Alternative {
                    tokens,
                    weight: if k == 0 { 1.0 } else { SYNONYM_WEIGHT },
                });
            }
            if !alternatives.is_empty() {
                let idf_of = |a: &Alternative| {
                    a.tokens
                        .iter()
                        .map(|&t| self.idf(t))
                        .fold(0.0_f64, f64::max)
                };
                let typed = alternatives.iter().find(|a| a.weight >= 1.0).map(idf_of);
                let idf = typed
                    .unwrap_or_else(|| alternatives.iter().map(idf_of).fold(0.0_f64, f64::max));
                out.push(Concept {
                    words: qwords[i..i + span].iter().map(|(w, _)| w.clone()).collect(),
                    alternatives,
                    idf,
                });
            }
            i += span;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_and_stray_letters_are_not_part_of_a_query() {
        let words: Vec<String> = query_words("the GP of a town e")
            .into_iter()
            .map(|w| w.0)
            .collect();
        assert_eq!(words, ["gp", "town"]);
    }

    #[test]
    fn synonym_phrases_are_stemmed_like_documents() {
        let groups = stemmed_groups();
        assert!(groups.iter().any(|g| {
            g.iter()
                .any(|p| p == &vec!["bank".to_owned(), "account".to_owned()])
        }));
    }
}
