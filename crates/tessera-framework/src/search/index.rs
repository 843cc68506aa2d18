//! The prepared search index: every domain and indicator as token lists per field, with the
//! labels (names, keyword-index terms, topics) a whole query may equal.

use std::collections::HashMap;

use crate::model::{Indicator, Pack};
use crate::stem::terms;

use super::{Field, HitTarget};

/// Separates the parts of a field (two keyword terms, two topics), so phrases never match
/// across them.
pub(super) const SEP: u32 = u32::MAX;

/// Where in a document a token list comes from. Translated names are kept apart from the
/// English name, so their length does not dilute it, but are reported as the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Slot {
    /// One of the public fields.
    Field(Field),
    /// The item's names in other languages.
    Translation,
}

impl Slot {
    /// The field to report in a hit's reasons.
    pub(super) fn field(self) -> Field {
        match self {
            Slot::Field(f) => f,
            Slot::Translation => Field::Name,
        }
    }

    /// How much a match in this slot counts.
    pub(super) fn boost(self) -> f64 {
        match self {
            Slot::Translation => 3.0,
            Slot::Field(f) => f.boost(),
        }
    }
}

/// One field of a document as token ids, parts separated by [`SEP`].
#[derive(Debug, Clone)]
pub(super) struct DocField {
    pub(super) slot: Slot,
    pub(super) tokens: Vec<u32>,
    /// The number of tokens, separators left out.
    pub(super) len: usize,
}

/// What kind of text a label is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LabelKind {
    /// A domain's or indicator's name, in any language.
    Name,
    /// A keyword-index term pointing to the domain.
    Keyword,
    /// An indicator's topic.
    Topic,
}

/// A short text a whole query may equal, contain or be part of.
#[derive(Debug, Clone)]
pub(super) struct Label {
    pub(super) kind: LabelKind,
    pub(super) tokens: Vec<u32>,
    /// The label as written, for reasons.
    pub(super) text: String,
}

/// A domain or indicator prepared for search.
#[derive(Debug, Clone)]
pub(super) struct Doc {
    pub(super) target: HitTarget,
    pub(super) is_domain: bool,
    pub(super) fields: Vec<DocField>,
    pub(super) labels: Vec<Label>,
    /// Every distinct token of the document, sorted, to skip documents a query cannot match.
    pub(super) token_set: Vec<u32>,
    /// For indicators: the index of their domain's document.
    pub(super) domain_doc: Option<usize>,
    /// For indicators: the documents of the domains they are crosswalked to.
    pub(super) crosswalk_docs: Vec<usize>,
}

/// A prepared search index over packs and local indicators.
#[derive(Debug, Clone, Default)]
pub(crate) struct SearchIndex {
    pub(super) docs: Vec<Doc>,
    pub(super) vocab: HashMap<String, u32>,
    /// Documents containing each token, indexed by token id.
    pub(super) doc_freq: Vec<u32>,
    /// Average field length by (is a domain, slot), for BM25F's length normalisation.
    pub(super) avg_len: HashMap<(bool, Slot), f64>,
}

/// Builds token lists, growing the vocabulary as it goes.
struct Tokeniser<'v> {
    vocab: &'v mut HashMap<String, u32>,
}

impl Tokeniser<'_> {
    fn tokens(&mut self, text: &str) -> Vec<u32> {
        terms(text)
            .into_iter()
            .map(|t| {
                let next = u32::try_from(self.vocab.len()).unwrap_or(SEP - 1);
                *self.vocab.entry(t).or_insert(next)
            })
            .collect()
    }

    /// Several texts as one field, separated by [`SEP`].
    fn parts<'a>(&mut self, slot: Slot, texts: impl IntoIterator<Item = &'a str>) -> DocField {
        let mut tokens = Vec::new();
        let mut len = 0;
        for text in texts {
            let t = self.tokens(text);
            if t.is_empty() {
                continue;
            }
            if !tokens.is_empty() {
                tokens.push(SEP);
            }
            len += t.len();
            tokens.extend(t);
        }
        DocField { slot, tokens, len }
    }

    fn label(&mut self, kind: LabelKind, text: &str) -> Option<Label> {
        let tokens = self.tokens(text);
        (!tokens.is_empty()).then(|| Label {
            kind,
            tokens,
            text: text.to_owned(),
        })
    }
}

impl SearchIndex {
    pub(crate) fn build(packs: &[Pack], local: &[Indicator]) -> Self {
        let mut vocab = HashMap::new();
        let mut tk = Tokeniser { vocab: &mut vocab };
        let mut docs = Vec::new();
        let mut domain_docs: HashMap<(String, String), usize> = HashMap::new();
        for pack in packs {
            for domain in &pack.domains {
                let keywords: Vec<&str> = pack
                    .keywords_for(domain.id.as_str())
                    .map(|k| k.term.as_str())
                    .collect();
                let type_name = domain
                    .domain_type
                    .as_ref()
                    .and_then(|t| pack.domain_type(t.as_str()))
                    .map(|t| t.name.as_str())
                    .unwrap_or_default();
                let translated: Vec<&str> = domain
                    .translations
                    .values()
                    .map(|t| t.name.as_str())
                    .collect();
                let mut labels: Vec<Label> = Vec::new();
                labels.extend(tk.label(LabelKind::Name, &domain.name));
                for name in &translated {
                    labels.extend(tk.label(LabelKind::Name, name));
                }
                for k in &keywords {
                    labels.extend(tk.label(LabelKind::Keyword, k));
                }
                domain_docs.insert((pack.id.to_string(), domain.id.to_string()), docs.len());
                docs.push(Doc {
                    target: HitTarget::Domain {
                        pack: pack.id.clone(),
                        domain: domain.id.clone(),
                    },
                    is_domain: true,
                    fields: vec![
                        tk.parts(Slot::Field(Field::Name), [domain.name.as_str()]),
                        tk.parts(Slot::Translation, translated),
                        tk.parts(Slot::Field(Field::Keywords), keywords),
                        tk.parts(Slot::Field(Field::DomainType), [type_name]),
                        tk.parts(Slot::Field(Field::Summary), [domain.summary.as_str()]),
                    ],
                    labels,
                    token_set: Vec::new(),
                    domain_doc: None,
                    crosswalk_docs: Vec::new(),
                });
            }
        }
        let indicators = packs.iter().flat_map(|p| p.indicators.iter()).chain(local);
        for indicator in indicators {
            let translated: Vec<&str> = indicator
                .translations
                .values()
                .map(|t| t.name.as_str())
                .collect();
            let mut labels: Vec<Label> = Vec::new();
            labels.extend(tk.label(LabelKind::Name, &indicator.name));
            for name in &translated {
                labels.extend(tk.label(LabelKind::Name, name));
            }
            for topic in &indicator.topics {
                labels.extend(tk.label(LabelKind::Topic, topic));
            }
            let mut definition = vec![indicator.numerator.as_str()];
            definition.extend(indicator.denominator.as_deref());
            let survey: Vec<&str> = indicator
                .survey
                .iter()
                .flat_map(|s| [s.name.as_str(), s.question.as_str()])
                .collect();
            let key = |pack: &str, domain: &str| (pack.to_owned(), domain.to_owned());
            docs.push(Doc {
                target: HitTarget::Indicator {
                    pack: indicator.pack.clone(),
                    indicator: indicator.id.clone(),
                    domain: indicator.domain.clone(),
                },
                is_domain: false,
                fields: vec![
                    tk.parts(Slot::Field(Field::Name), [indicator.name.as_str()]),
                    tk.parts(Slot::Translation, translated),
                    tk.parts(
                        Slot::Field(Field::Topics),
                        indicator.topics.iter().map(String::as_str),
                    ),
                    tk.parts(Slot::Field(Field::Group), indicator.group.as_deref()),
                    tk.parts(Slot::Field(Field::Definition), definition),
                    tk.parts(Slot::Field(Field::Survey), survey),
                ],
                labels,
                token_set: Vec::new(),
                domain_doc: domain_docs
                    .get(&key(indicator.pack.as_str(), indicator.domain.as_str()))
                    .copied(),
                crosswalk_docs: indicator
                    .crosswalk
                    .iter()
                    .filter_map(|r| {
                        domain_docs
                            .get(&key(r.pack.as_str(), r.domain.as_str()))
                            .copied()
                    })
                    .collect(),
            });
        }

        let mut doc_freq = vec![0u32; vocab.len()];
        let mut len_sum: HashMap<(bool, Slot), (f64, f64)> = HashMap::new();
        for doc in &mut docs {
            let mut set: Vec<u32> = Vec::new();
            for f in &doc.fields {
                let entry = len_sum.entry((doc.is_domain, f.slot)).or_default();
                entry.0 += f.len as f64;
                entry.1 += 1.0;
                set.extend(f.tokens.iter().copied().filter(|&t| t != SEP));
            }
            for l in &doc.labels {
                set.extend(l.tokens.iter().copied());
            }
            set.sort_unstable();
            set.dedup();
            for &t in &set {
                if let Some(df) = usize::try_from(t).ok().and_then(|t| doc_freq.get_mut(t)) {
                    *df += 1;
                }
            }
            doc.token_set = set;
        }
        let avg_len = len_sum
            .into_iter()
            .map(|(k, (sum, n))| (k, if n > 0.0 { sum / n } else { 0.0 }))
            .collect();
        Self {
            docs,
            vocab,
            doc_freq,
            avg_len,
        }
    }

    /// The inverse document frequency of a token, as BM25 defines it.
    pub(super) fn idf(&self, token: u32) -> f64 {
        let n = self.docs.len() as f64;
        let df = usize::try_from(token)
            .ok()
            .and_then(|t| self.doc_freq.get(t))
            .copied()
            .unwrap_or(0) as f64;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }
}
