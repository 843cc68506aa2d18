//! Reads `keywords.toml`: the keyword index, each term with the domains it points to and where
//! that fact comes from.

use serde_spanned::Spanned;
use toml::de::DeValue;

use crate::id::{DomainId, SourceId};
use crate::model::Keyword;
use crate::provenance::FileLicence;

use super::domains::ParsedDomains;
use super::item::{IdKind, Item, Need, Source, int_value, join_ids};
use super::{KEYWORDS_FILE, Loader};

impl Loader {
    pub(super) fn parse_keywords_file(
        &mut self,
        src: &Source<'_>,
        domains: Option<&ParsedDomains>,
        licences: &mut Vec<FileLicence>,
    ) -> Option<Vec<Keyword>> {
        let table = self.parse_toml(src)?;
        let start = self.problems.len();
        let mut lists = self.top_level(src, table.get_ref(), &["keyword"], &["licence", "source"]);
        let mut top = Item::new(src, table.get_ref(), table.span(), None);
        self.file_licence(&mut top, KEYWORDS_FILE, licences);
        // The file's `source` applies to every keyword that does not name its own.
        let default_source = top
            .optional_id::<SourceId>(self, "source", IdKind::Source)
            .filter(|s| self.known_source(top.at_value("source", s.span()), s.get_ref().as_str()))
            .map(Spanned::into_inner);
        let mut keywords = Vec::new();
        for (i, value) in lists
            .remove("keyword")
            .unwrap_or_default()
            .into_iter()
            .enumerate()
        {
            let Some(table) = value.get_ref().as_table() else {
                continue;
            };
            let mut item = Item::new(
                src,
                table,
                value.span(),
                Some(format!("keyword[{}]", i + 1)),
            );
            let term = item.text(self, "term", Need::Required);
            if let Some(term) = &term {
                item.label = Some(format!("keyword {term:?}"));
            }
            let mut resolved = Vec::new();
            match item.get("domains") {
                None => self.report(
                    item.at_item("domains"),
                    "missing; list the domains this keyword points to, by number or id, \
                     such as `domains = [9]`",
                ),
                Some(v) => match v.get_ref().as_array() {
                    Some(list) if !list.is_empty() => {
                        for (j, entry) in list.iter().enumerate() {
                            let field = format!("domains[{}]", j + 1);
                            if let Some(id) =
                                self.resolve_keyword_domain(src, &item, &field, entry, domains)
                                && !resolved.contains(&id)
                            {
                                resolved.push(id);
                            }
                        }
                    }
                    _ => self.report(
                        item.at_value("domains", v.span()),
                        "must be a non-empty list of domain numbers or ids, such as `[9]` or \
                         `[\"safety\"]`",
                    ),
                },
            }
            let source = item
                .optional_id::<SourceId>(self, "source", IdKind::Source)
                .filter(|s| {
                    self.known_source(item.at_value("source", s.span()), s.get_ref().as_str())
                })
                .map(Spanned::into_inner)
                .or_else(|| default_source.clone());
            let note = item.text(self, "note", Need::Optional);
            item.finish(self, &["term", "domains", "source", "note"]);
            if let Some(term) = term {
                keywords.push(Keyword {
                    term,
                    domains: resolved,
                    source,
                    note,
                });
            }
        }
        if self.problems.len() > start {
            return None;
        }
        Some(keywords)
    }

    pub(super) fn resolve_keyword_domain(
        &mut self,
        src: &Source<'_>,
        item: &Item<'_, '_>,
        field: &str,
        entry: &Spanned<DeValue<'_>>,
        domains: Option<&ParsedDomains>,
    ) -> Option<DomainId> {
        let at = || item.at_value(field, entry.span());
        let _ = src;
        match entry.get_ref() {
            DeValue::Integer(n) => {
                let number = int_value(n);
                let domains = domains?;
                let found = number.and_then(|n| {
                    domains
                        .known
                        .iter()
                        .find(|(_, number)| number.map(i64::from) == Some(n))
                });
                match found {
                    Some((id, _)) => Some(id.clone()),
                    None => {
                        let numbers: Vec<u32> =
                            domains.known.iter().filter_map(|(_, n)| *n).collect();
                        let hint = match (numbers.iter().min(), numbers.iter().max()) {
                            (Some(lo), Some(hi)) => format!("domain numbers run {lo} to {hi}"),
                            _ => "no domain in domains.toml has a number; use domain ids".into(),
                        };
                        self.report(
                            at(),
                            format!(
                                "there is no domain number {}; {hint}",
                                n.as_str().replace('_', "")
                            ),
                        );
                        None
                    }
                }
            }
            DeValue::String(s) => {
                let domains = domains?;
                match domains
                    .known
                    .iter()
                    .find(|(id, _)| id.as_str() == s.as_ref())
                {
                    Some((id, _)) => Some(id.clone()),
                    None => {
                        self.report(
                            at(),
                            format!(
                                "there is no domain {s:?}; use one of {}",
                                join_ids(domains.known.iter().map(|(id, _)| id.as_str()))
                            ),
                        );
                        None
                    }
                }
            }
            other => {
                self.report(
                    at(),
                    format!(
                        "must be a domain number or a domain id in quotes, not a {}",
                        other.type_str()
                    ),
                );
                None
            }
        }
    }
}
