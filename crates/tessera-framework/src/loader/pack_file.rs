//! Reads `pack.toml`: the pack's own fields, its sources, domain types, principles and
//! data-source kinds.

use std::collections::{BTreeMap, HashMap};

use serde_spanned::Spanned;
use toml::de::DeValue;

use crate::id::{DataSourceKindId, DomainTypeId, PackId, PrincipleId, SourceId};
use crate::model::{DataSourceKind, DomainType, Principle};
use crate::principle_check::{PRINCIPLE_CHECKS, is_principle_check};
use crate::provenance::{Quote, SourceDocument, TESSERA_SOURCE};

use super::Loader;
use super::item::{IdKind, Item, Need, Source};

/// What pack.toml gave, as far as it could be read.
pub(super) struct PackHead {
    /// The pack's id, when it is well formed (even if other fields have problems).
    pub(super) id: Option<PackId>,
    /// The pack's own fields, present only when pack.toml had no problems.
    pub(super) meta: Option<PackMeta>,
    /// Every well-formed domain type id, for checking references even when pack.toml has problems.
    pub(super) type_ids: Vec<String>,
    /// Every well-formed data-source kind id.
    pub(super) kind_ids: Vec<String>,
    pub(super) domain_types: Vec<DomainType>,
    pub(super) principles: Vec<Principle>,
    pub(super) data_source_kinds: Vec<DataSourceKind>,
}

pub(super) struct PackMeta {
    pub(super) id: PackId,
    pub(super) name: String,
    pub(super) short_name: Option<String>,
    pub(super) publisher: String,
    pub(super) year: Option<i64>,
    pub(super) summary: String,
    pub(super) licence: String,
    pub(super) attribution: String,
    pub(super) source_url: Option<String>,
    pub(super) sources: Vec<SourceDocument>,
    pub(super) notes: Option<String>,
}

/// Whether a `quote` table carries its own `text` (a definition) or quotes the item's name.
#[derive(Clone, Copy)]
pub(super) enum QuoteText {
    /// `text` is required: the quoted words are not the item's name.
    Required,
    /// `text` is not allowed: the item's name is the quoted wording.
    IsTheName,
}

/// One `[[x]]` item of pack.toml with its common and kind-specific fields.
struct Named {
    id: String,
    name: Option<String>,
    summary: Option<String>,
    quote: Option<Quote>,
    checks: Vec<String>,
}

impl Loader {
    pub(super) fn parse_pack_file(
        &mut self,
        src: &Source<'_>,
        folder: Option<&PackId>,
        has_folder: bool,
    ) -> Option<PackHead> {
        let table = self.parse_toml(src)?;
        let start = self.problems.len();
        let span = table.span();
        let table = table.get_ref();
        let mut lists = self.top_level(
            src,
            table,
            &["source", "domain_type", "principle", "data_source_kind"],
            &[
                "id",
                "name",
                "short_name",
                "publisher",
                "year",
                "summary",
                "licence",
                "attribution",
                "source_url",
                "notes",
            ],
        );
        let mut item = Item::new(src, table, span, None);
        let id = item.id::<PackId>(self, "id", IdKind::Pack);
        if let (Some(id), Some(folder)) = (&id, folder)
            && has_folder
            && id.get_ref() != folder
        {
            self.report(
                item.at_value("id", id.span()),
                format!(
                    "the pack id {:?} must equal the folder name {:?}; change one to match",
                    id.get_ref().as_str(),
                    folder.as_str()
                ),
            );
        }
        let name = item.text(self, "name", Need::Required);
        let short_name = item.text(self, "short_name", Need::Optional);
        let publisher = item.text(self, "publisher", Need::Required);
        let year = item.integer(self, "year");
        let summary = item.text(self, "summary", Need::Required);
        let licence = item.text(self, "licence", Need::Required);
        let attribution = item.text(self, "attribution", Need::Required);
        let source_url = item.text(self, "source_url", Need::Optional);
        let notes = item.text(self, "notes", Need::Optional);

        let sources = self.source_documents(src, lists.remove("source").unwrap_or_default());
        self.sources = sources.iter().map(|s| s.id.to_string()).collect();

        let domain_types = self.named_items(
            src,
            lists.remove("domain_type").unwrap_or_default(),
            "domain_type",
            IdKind::DomainType,
        );
        let principles = self.named_items(
            src,
            lists.remove("principle").unwrap_or_default(),
            "principle",
            IdKind::Principle,
        );
        let kinds = self.named_items(
            src,
            lists.remove("data_source_kind").unwrap_or_default(),
            "data_source_kind",
            IdKind::DataSourceKind,
        );
        let type_ids = domain_types.iter().map(|n| n.id.clone()).collect();
        let kind_ids = kinds.iter().map(|n| n.id.clone()).collect();
        let complete = self.problems.len() == start;
        let well_formed_id = id.as_ref().map(|i| i.get_ref().clone());
        let meta = (|| {
            complete.then_some(())?;
            Some(PackMeta {
                id: id?.into_inner(),
                name: name?,
                short_name,
                publisher: publisher?,
                year,
                summary: summary?,
                licence: licence?,
                attribution: attribution?,
                source_url,
                sources,
                notes,
            })
        })();
        Some(PackHead {
            id: well_formed_id,
            meta,
            type_ids,
            kind_ids,
            domain_types: domain_types
                .into_iter()
                .filter_map(|n| {
                    Some(DomainType {
                        id: DomainTypeId(n.id),
                        name: n.name?,
                        summary: n.summary,
                        quote: n.quote,
                        translations: BTreeMap::new(),
                    })
                })
                .collect(),
            principles: principles
                .into_iter()
                .filter_map(|n| {
                    Some(Principle {
                        id: PrincipleId(n.id),
                        name: n.name?,
                        summary: n.summary,
                        quote: n.quote,
                        checks: n.checks,
                        translations: BTreeMap::new(),
                    })
                })
                .collect(),
            data_source_kinds: kinds
                .into_iter()
                .filter_map(|n| {
                    Some(DataSourceKind {
                        id: DataSourceKindId(n.id),
                        name: n.name?,
                        summary: n.summary,
                        translations: BTreeMap::new(),
                    })
                })
                .collect(),
        })
    }

    /// Reads the `[[source]]` documents, checking ids are unique and not the reserved `tessera`.
    fn source_documents(
        &mut self,
        src: &Source<'_>,
        items: Vec<&Spanned<DeValue<'_>>>,
    ) -> Vec<SourceDocument> {
        let mut out = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, value) in items.into_iter().enumerate() {
            let Some(table) = value.get_ref().as_table() else {
                continue;
            };
            let mut item = Item::new(src, table, value.span(), Some(format!("source[{}]", i + 1)));
            let id = item.id::<SourceId>(self, "id", IdKind::Source);
            if let Some(id) = &id {
                item.label = Some(format!("source {:?}", id.get_ref().as_str()));
                let line = src.line(id.span().start);
                if id.get_ref() == TESSERA_SOURCE {
                    self.report(
                        item.at_value("id", id.span()),
                        "the id \"tessera\" is reserved for Tessera's own facts and wording; \
                         choose another id",
                    );
                } else if let Some(first) = seen.insert(id.get_ref().to_string(), line) {
                    self.report(
                        item.at_value("id", id.span()),
                        format!(
                            "the id {:?} is already used by the source on line {first}; give \
                             each source its own id",
                            id.get_ref().as_str()
                        ),
                    );
                }
            }
            let title = item.text(self, "title", Need::Required);
            let publisher = item.text(self, "publisher", Need::Required);
            let year = item.integer(self, "year");
            let url = item.text(self, "url", Need::Optional);
            let rights = item.text(
                self,
                "rights",
                Need::RequiredBecause(
                    "say who holds the rights and on what terms the document may be reused, or \
                     that no licence was found",
                ),
            );
            let used_for = item.text(
                self,
                "used_for",
                Need::RequiredBecause("say what the pack takes from the document"),
            );
            let credit = item.text(self, "credit", Need::Optional);
            item.finish(
                self,
                &[
                    "id",
                    "title",
                    "publisher",
                    "year",
                    "url",
                    "rights",
                    "used_for",
                    "credit",
                ],
            );
            if let (Some(id), Some(title), Some(publisher), Some(rights), Some(used_for)) =
                (id, title, publisher, rights, used_for)
            {
                out.push(SourceDocument {
                    id: id.into_inner(),
                    title,
                    publisher,
                    year,
                    url,
                    rights,
                    used_for,
                    credit,
                });
            }
        }
        out
    }

    /// Reads `[[x]]` items made of `id`, `name`, optional `summary` and, for domain types and
    /// principles, an optional `quote`; principles also take `checks`. Ids must be unique.
    fn named_items(
        &mut self,
        src: &Source<'_>,
        items: Vec<&Spanned<DeValue<'_>>>,
        what: &str,
        kind: IdKind,
    ) -> Vec<Named> {
        let mut out = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, value) in items.into_iter().enumerate() {
            let Some(table) = value.get_ref().as_table() else {
                continue;
            };
            let mut item = Item::new(src, table, value.span(), Some(format!("{what}[{}]", i + 1)));
            let id = item.id::<String>(self, "id", kind);
            if let Some(id) = &id {
                item.label = Some(format!("{what} {:?}", id.get_ref()));
                let line = src.line(id.span().start);
                if let Some(first) = seen.insert(id.get_ref().clone(), line) {
                    self.report(
                        item.at_value("id", id.span()),
                        format!(
                            "the id {:?} is already used by the {what} on line {first}; \
                             give each {what} its own id",
                            id.get_ref()
                        ),
                    );
                }
            }
            let name = item.text(self, "name", Need::Required);
            let summary = item.text(self, "summary", Need::Optional);
            let mut allowed = vec!["id", "name", "summary"];
            let mut quote = None;
            let mut checks = Vec::new();
            if matches!(kind, IdKind::DomainType | IdKind::Principle) {
                allowed.push("quote");
                quote = self.quote(&mut item, "quote", QuoteText::Required);
            }
            if matches!(kind, IdKind::Principle) {
                allowed.push("checks");
                checks = self.principle_checks(&mut item);
            }
            item.finish(self, &allowed);
            if let Some(id) = id {
                out.push(Named {
                    id: id.into_inner(),
                    name,
                    summary,
                    quote,
                    checks,
                });
            }
        }
        out
    }

    /// Reads a principle's `checks`, each one of [`PRINCIPLE_CHECKS`], none twice.
    fn principle_checks(&mut self, item: &mut Item<'_, '_>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (j, entry) in item.text_list(self, "checks").into_iter().enumerate() {
            let at = item.at_value(&format!("checks[{}]", j + 1), entry.span());
            let id = entry.get_ref();
            if !is_principle_check(id) {
                let ids: Vec<&str> = PRINCIPLE_CHECKS.iter().map(|(c, _)| *c).collect();
                self.report(
                    at,
                    format!(
                        "there is no check {id:?}; use one of {} (see docs/framework-packs.md)",
                        ids.join(", ")
                    ),
                );
            } else if out.contains(id) {
                self.report(at, format!("{id:?} is listed twice; remove one"));
            } else {
                out.push(id.clone());
            }
        }
        out
    }

    /// Reads an optional `[<item>.<key>]` quotation table: `source`, optional `via` and
    /// `locator`, and `text` when the quoted words are not the item's name.
    pub(super) fn quote(
        &mut self,
        item: &mut Item<'_, '_>,
        key: &str,
        text: QuoteText,
    ) -> Option<Quote> {
        let mut sub = item.sub_table(self, key)?;
        let words = match text {
            QuoteText::Required => sub.text(
                self,
                "text",
                Need::RequiredBecause("write the exact words quoted"),
            ),
            QuoteText::IsTheName => None,
        };
        let source = sub.id::<SourceId>(self, "source", IdKind::Source);
        let source = source
            .filter(|s| self.known_source(sub.at_value("source", s.span()), s.get_ref().as_str()));
        let via = sub.optional_id::<SourceId>(self, "via", IdKind::Source);
        let via =
            via.filter(|s| self.known_source(sub.at_value("via", s.span()), s.get_ref().as_str()));
        let locator = sub.text(self, "locator", Need::Optional);
        let mut allowed = vec!["source", "via", "locator"];
        if matches!(text, QuoteText::Required) {
            allowed.push("text");
        }
        sub.finish(self, &allowed);
        if matches!(text, QuoteText::Required) && words.is_none() {
            return None;
        }
        Some(Quote {
            text: words,
            source: source?.into_inner(),
            via: via.map(Spanned::into_inner),
            locator,
        })
    }
}
