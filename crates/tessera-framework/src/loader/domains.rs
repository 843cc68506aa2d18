//! Reads `domains.toml`, and the crosswalk entries domains and indicators share.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_spanned::Spanned;
use toml::de::DeValue;

use crate::id::{DomainId, DomainTypeId};
use crate::model::{Domain, DomainRef, SourceLocation};
use crate::provenance::{CrosswalkLink, CrosswalkStrength, FileLicence};

use super::Loader;
use super::item::{At, IdKind, Item, Need, Source, int_value, join_ids};
use super::pack_file::PackHead;

/// What domains.toml gave, as far as it could be read.
pub(super) struct ParsedDomains {
    /// The domains with no problems.
    pub(super) domains: Vec<Domain>,
    /// Every well-formed domain id with its number, for checking references.
    pub(super) known: Vec<(DomainId, Option<u32>)>,
    /// Where each domain crosswalk entry was written, keyed by (domain index, entry index).
    pub(super) crosswalk_sources: BTreeMap<(usize, usize), SourceLocation>,
}

impl Loader {
    pub(super) fn parse_domains_file(
        &mut self,
        src: &Source<'_>,
        head: Option<&PackHead>,
        file: &str,
        licences: &mut Vec<FileLicence>,
    ) -> Option<ParsedDomains> {
        let table = self.parse_toml(src)?;
        let mut lists = self.top_level(src, table.get_ref(), &["domain"], &["licence"]);
        let mut top = Item::new(src, table.get_ref(), table.span(), None);
        self.file_licence(&mut top, file, licences);
        let items = lists.remove("domain").unwrap_or_default();
        if items.is_empty() {
            self.report(
                At {
                    src,
                    span: Some(0..0),
                    item: None,
                    field: None,
                },
                "the pack has no domains; add at least one [[domain]]",
            );
        }
        struct Raw {
            item_label: String,
            id: DomainId,
            number: Option<u32>,
            name: Option<String>,
            domain_type: Option<Spanned<String>>,
            summary: Option<String>,
            related: Vec<Spanned<String>>,
            crosswalk: Vec<(CrosswalkLink, SourceLocation)>,
        }
        let mut raws = Vec::new();
        let mut seen_ids: HashMap<String, usize> = HashMap::new();
        let mut seen_numbers: HashMap<u32, usize> = HashMap::new();
        for (i, value) in items.into_iter().enumerate() {
            let Some(table) = value.get_ref().as_table() else {
                continue;
            };
            let mut item = Item::new(src, table, value.span(), Some(format!("domain[{}]", i + 1)));
            let id = item.id::<DomainId>(self, "id", IdKind::Domain);
            if let Some(id) = &id {
                item.label = Some(format!("domain {:?}", id.get_ref().as_str()));
                let line = src.line(id.span().start);
                if let Some(first) = seen_ids.insert(id.get_ref().as_str().to_owned(), line) {
                    self.report(
                        item.at_value("id", id.span()),
                        format!(
                            "the id {:?} is already used by the domain on line {first}; \
                             give each domain its own id",
                            id.get_ref().as_str()
                        ),
                    );
                }
            }
            let number = item.get("number").and_then(|v| {
                match v.get_ref().as_integer().and_then(int_value) {
                    Some(n) if (1..=i64::from(u32::MAX)).contains(&n) => {
                        let n = u32::try_from(n).ok()?;
                        let line = src.line(v.span().start);
                        if let Some(first) = seen_numbers.insert(n, line) {
                            self.report(
                                item.at_value("number", v.span()),
                                format!(
                                    "the number {n} is already used by the domain on line \
                                     {first}; give each domain its own number"
                                ),
                            );
                        }
                        Some(n)
                    }
                    _ => {
                        self.report(
                            item.at_value("number", v.span()),
                            "must be a whole number from 1 up, without quotes",
                        );
                        None
                    }
                }
            });
            let name = item.text(self, "name", Need::Required);
            let has_types = head.is_some_and(|h| !h.type_ids.is_empty());
            let domain_type = item.text_spanned(
                self,
                "type",
                if has_types {
                    Need::RequiredBecause("the pack has domain types, so every domain names one")
                } else {
                    Need::Optional
                },
            );
            let summary = item.text(self, "summary", Need::Required);
            let related = item.text_list(self, "related");
            let crosswalk = self.crosswalk_entries(&mut item);
            let item_label = item.label.clone().unwrap_or_default();
            item.finish(
                self,
                &[
                    "id",
                    "number",
                    "name",
                    "type",
                    "summary",
                    "related",
                    "crosswalk",
                ],
            );
            if let Some(id) = id {
                raws.push(Raw {
                    item_label,
                    id: id.into_inner(),
                    number,
                    name,
                    domain_type,
                    summary,
                    related,
                    crosswalk,
                });
            }
        }

        let ids: HashSet<&str> = raws.iter().map(|r| r.id.as_str()).collect();
        let mut domains = Vec::new();
        let mut crosswalk_sources = BTreeMap::new();
        for raw in &raws {
            let mut domain_type = None;
            if let Some(t) = &raw.domain_type {
                let at = At {
                    src,
                    span: Some(t.span()),
                    item: Some(raw.item_label.clone()),
                    field: Some("type".into()),
                };
                match head {
                    Some(h) if h.type_ids.contains(t.get_ref()) => {
                        domain_type = Some(DomainTypeId(t.get_ref().clone()));
                    }
                    Some(h) if h.type_ids.is_empty() => self.report(
                        at,
                        format!(
                            "there is no domain type {:?}: pack.toml defines no [[domain_type]]; \
                             add it there or remove this line",
                            t.get_ref()
                        ),
                    ),
                    Some(h) => self.report(
                        at,
                        format!(
                            "there is no domain type {:?}; use one of {}",
                            t.get_ref(),
                            join_ids(h.type_ids.iter().map(String::as_str))
                        ),
                    ),
                    // pack.toml failed to load; its own problems are already reported.
                    None => {}
                }
            }
            let mut related = Vec::new();
            for (j, r) in raw.related.iter().enumerate() {
                let at = At {
                    src,
                    span: Some(r.span()),
                    item: Some(raw.item_label.clone()),
                    field: Some(format!("related[{}]", j + 1)),
                };
                if r.get_ref() == raw.id.as_str() {
                    self.report(
                        at,
                        "a domain cannot be related to itself; remove this entry",
                    );
                } else if ids.contains(r.get_ref().as_str()) {
                    related.push(DomainId(r.get_ref().clone()));
                } else {
                    self.report(
                        at,
                        format!(
                            "there is no domain {:?} in this pack; use one of {}",
                            r.get_ref(),
                            join_ids(raws.iter().map(|d| d.id.as_str()))
                        ),
                    );
                }
            }
            if let (Some(name), Some(summary)) = (&raw.name, &raw.summary) {
                let index = domains.len();
                for (j, (_, loc)) in raw.crosswalk.iter().enumerate() {
                    crosswalk_sources.insert((index, j), loc.clone());
                }
                domains.push(Domain {
                    id: raw.id.clone(),
                    number: raw.number,
                    name: name.clone(),
                    domain_type,
                    summary: summary.clone(),
                    related,
                    crosswalk: raw.crosswalk.iter().map(|(c, _)| c.clone()).collect(),
                    translations: BTreeMap::new(),
                });
            }
        }
        let known = raws.iter().map(|r| (r.id.clone(), r.number)).collect();
        Some(ParsedDomains {
            domains,
            known,
            crosswalk_sources,
        })
    }

    /// Reads an optional `crosswalk` list: each entry `"<pack>/<domain>"` or an inline table
    /// `{ to = "<pack>/<domain>", strength = "exact" | "close" | "partial" }`. Whether the pack
    /// and domain exist is checked later, when all packs are loaded together.
    pub(super) fn crosswalk_entries(
        &mut self,
        item: &mut Item<'_, '_>,
    ) -> Vec<(CrosswalkLink, SourceLocation)> {
        let Some(value) = item.get("crosswalk") else {
            return Vec::new();
        };
        let Some(list) = value.get_ref().as_array() else {
            self.report(
                item.at_value("crosswalk", value.span()),
                format!(
                    "must be a list such as `crosswalk = [\"ioi-2019/work\"]`, not a {}",
                    value.get_ref().type_str()
                ),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        let strengths: Vec<&str> = CrosswalkStrength::ALL
            .map(CrosswalkStrength::as_str)
            .to_vec();
        for (j, entry) in list.iter().enumerate() {
            let field = format!("crosswalk[{}]", j + 1);
            let loc = SourceLocation {
                file: item.src.file.clone(),
                line: item.src.line(entry.span().start),
            };
            let (target, strength) = match entry.get_ref() {
                DeValue::String(s) => (Some(Spanned::new(entry.span(), s.to_string())), None),
                DeValue::Table(t) => {
                    let mut sub = Item::new(item.src, t, entry.span(), item.label.clone());
                    let to = sub.text_spanned(self, "to", Need::Required);
                    let strength = sub
                        .optional_choice(self, "strength", &strengths)
                        .and_then(|s| CrosswalkStrength::parse(&s));
                    sub.finish(self, &["to", "strength"]);
                    (to, strength)
                }
                other => {
                    self.report(
                        item.at_value(&field, entry.span()),
                        format!(
                            "must be \"<pack-id>/<domain-id>\" or {{ to = \"…\", strength = \"…\" }}, \
                             not a {}",
                            other.type_str()
                        ),
                    );
                    continue;
                }
            };
            let Some(target) = target else { continue };
            match DomainRef::parse(target.get_ref()) {
                Ok(to) => out.push((CrosswalkLink { to, strength }, loc)),
                Err(e) => self.report(
                    item.at_value(&field, target.span()),
                    format!("{e}; write the other pack's domain as `<pack-id>/<domain-id>`"),
                ),
            }
        }
        out
    }
}
