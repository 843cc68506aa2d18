//! Reads indicator files: `indicators.toml` and `indicators/*.toml`.

use std::collections::{BTreeMap, HashMap};

use serde_spanned::Spanned;

use crate::id::{DataSourceKindId, DomainId, IndicatorId, PackId, ToolkitSourceId};
use crate::model::{
    Availability, DomainRef, Indicator, IndicatorKind, Origin, SourceLocation, SurveyQuestion,
};
use crate::provenance::{CrosswalkLink, FileLicence};
use crate::toolkit::ToolkitSource;

use super::Loader;
use super::domains::ParsedDomains;
use super::item::{IdKind, Item, Need, Source, join_ids};
use super::pack_file::{PackHead, QuoteText};

/// What an indicator file is checked against.
#[derive(Clone, Copy)]
pub(super) struct Context<'c> {
    /// The pack's id (its folder name, or for an upload its pack.toml id).
    pub(super) pack: Option<&'c PackId>,
    /// What pack.toml gave.
    pub(super) head: Option<&'c PackHead>,
    /// What domains.toml gave.
    pub(super) domains: Option<&'c ParsedDomains>,
    /// The toolkit's data sources; `None` when toolkit.toml has problems.
    pub(super) toolkit: Option<&'c [ToolkitSource]>,
    /// The file's path inside the pack, for its licence.
    pub(super) file: &'c str,
}

impl Loader {
    pub(super) fn parse_indicator_file(
        &mut self,
        src: &Source<'_>,
        context: &Context<'_>,
        seen: &mut HashMap<String, SourceLocation>,
        licences: &mut Vec<FileLicence>,
    ) -> Option<Vec<(Indicator, Vec<SourceLocation>)>> {
        let Context {
            pack,
            head,
            domains,
            toolkit,
            file,
        } = *context;
        let table = self.parse_toml(src)?;
        let start = self.problems.len();
        let mut lists = self.top_level(src, table.get_ref(), &["indicator"], &["licence"]);
        let mut top = Item::new(src, table.get_ref(), table.span(), None);
        let before = licences.len();
        self.file_licence(&mut top, file, licences);
        let file_licence = licences[before..].first().map(|l| l.licence.clone());
        let mut out = Vec::new();
        for (i, value) in lists
            .remove("indicator")
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
                Some(format!("indicator[{}]", i + 1)),
            );
            let id = item.id::<IndicatorId>(self, "id", IdKind::Indicator);
            if let Some(id) = &id {
                item.label = Some(format!("indicator {:?}", id.get_ref().as_str()));
                let here = SourceLocation {
                    file: src.file.clone(),
                    line: src.line(id.span().start),
                };
                if let Some(first) = seen.get(id.get_ref().as_str()) {
                    let place = if first.file == here.file {
                        format!("line {}", first.line)
                    } else {
                        format!("{}:{}", first.file, first.line)
                    };
                    self.report(
                        item.at_value("id", id.span()),
                        format!(
                            "the id {:?} is already used by the indicator at {place}; \
                             give each indicator its own id",
                            id.get_ref().as_str()
                        ),
                    );
                } else {
                    seen.insert(id.get_ref().as_str().to_owned(), here);
                }
            }

            let domain = item.id::<DomainId>(self, "domain", IdKind::Domain);
            let domain = domain.and_then(|d| {
                let domains = domains?;
                if domains.known.iter().any(|(id, _)| id == d.get_ref()) {
                    Some(d.into_inner())
                } else {
                    self.report(
                        item.at_value("domain", d.span()),
                        format!(
                            "there is no domain {:?} in this pack; use one of {}",
                            d.get_ref().as_str(),
                            join_ids(domains.known.iter().map(|(id, _)| id.as_str()))
                        ),
                    );
                    None
                }
            });
            let name = item.text(self, "name", Need::Required);
            let origin = item.choice(self, "origin", &Origin::ALL.map(Origin::as_str));
            let origin = origin.and_then(|o| Origin::parse(&o));
            let quote = self.quote(&mut item, "quote", QuoteText::IsTheName);
            let described_from = self.quote(&mut item, "described_from", QuoteText::IsTheName);
            for (key, wanted, what) in [
                ("quote", Origin::Quoted, "where its wording is quoted from"),
                (
                    "described_from",
                    Origin::Described,
                    "which document names the measure",
                ),
            ] {
                let present = item.table.get(key).is_some();
                match origin {
                    Some(o) if o == wanted && !present => self.report(
                        item.at_item(key),
                        format!(
                            "an indicator with origin = \"{o}\" must say {what}; add an \
                             [indicator.{key}] table with `source = \"…\"` (and `locator` for \
                             the page)"
                        ),
                    ),
                    Some(o) if o != wanted && present => self.report(
                        item.at_item(key),
                        format!(
                            "only an indicator with origin = \"{wanted}\" has an [indicator.{key}] \
                             table; this one is {o}: change the origin or remove the table"
                        ),
                    ),
                    _ => {}
                }
            }
            let kind = item.choice(self, "kind", &IndicatorKind::ALL.map(IndicatorKind::as_str));
            let kind = kind.and_then(|k| IndicatorKind::parse(&k));
            let two_way = item.boolean(self, "two_way").unwrap_or(true);
            let numerator = item.text(self, "numerator", Need::Required);
            let denominator = item.text(
                self,
                "denominator",
                match kind {
                    Some(k) if k.needs_denominator() => Need::RequiredBecause(
                        "a proportion or rate needs a denominator: say over whom or what",
                    ),
                    _ => Need::Optional,
                },
            );
            let data_source =
                item.optional_id::<String>(self, "data_source", IdKind::DataSourceKind);
            let data_source = data_source.and_then(|d| {
                let head = head?;
                if head.kind_ids.contains(d.get_ref()) {
                    Some(DataSourceKindId(d.into_inner()))
                } else {
                    let choices = if head.kind_ids.is_empty() {
                        "pack.toml defines no [[data_source_kind]]; add one there or remove \
                         this line"
                            .to_owned()
                    } else {
                        format!(
                            "use one of {}",
                            join_ids(head.kind_ids.iter().map(String::as_str))
                        )
                    };
                    self.report(
                        item.at_value("data_source", d.span()),
                        format!("there is no data-source kind {:?}; {choices}", d.get_ref()),
                    );
                    None
                }
            });
            let topics = item.text_list(self, "topics");
            let group = item.text(self, "group", Need::Optional);
            let (crosswalk_links, cross_sources): (Vec<CrosswalkLink>, Vec<SourceLocation>) =
                self.crosswalk_entries(&mut item).into_iter().unzip();
            let crosswalk: Vec<DomainRef> = crosswalk_links.iter().map(|c| c.to.clone()).collect();
            let toolkit_sources = self.toolkit_refs(&mut item, toolkit);
            let survey = item.sub_table(self, "survey").and_then(|mut sub| {
                let name = sub.text(self, "name", Need::Required);
                let question = sub.text(self, "question", Need::Required);
                sub.finish(self, &["name", "question"]);
                Some(SurveyQuestion {
                    name: name?,
                    question: question?,
                })
            });
            let availability = item.sub_table(self, "availability").and_then(|mut sub| {
                let receiving = sub.required_boolean(self, "receiving_community");
                let newcomers = sub.required_boolean(self, "newcomers");
                let note = sub.text(self, "note", Need::Optional);
                sub.finish(self, &["receiving_community", "newcomers", "note"]);
                Some(Availability {
                    receiving_community: receiving?,
                    newcomers: newcomers?,
                    note,
                })
            });
            let line = src.line(item.span.start);
            item.finish(
                self,
                &[
                    "id",
                    "domain",
                    "name",
                    "origin",
                    "kind",
                    "two_way",
                    "numerator",
                    "denominator",
                    "data_source",
                    "topics",
                    "group",
                    "crosswalk",
                    "survey",
                    "availability",
                    "quote",
                    "described_from",
                    "toolkit",
                ],
            );
            if let (Some(id), Some(pack), Some(domain), Some(name), Some(origin), Some(kind)) =
                (id, pack, domain, name, origin, kind)
                && let Some(numerator) = numerator
            {
                out.push((
                    Indicator {
                        id: id.into_inner(),
                        pack: pack.clone(),
                        domain,
                        name,
                        origin,
                        quote,
                        described_from,
                        kind,
                        two_way,
                        numerator,
                        denominator,
                        data_source,
                        topics: topics.into_iter().map(Spanned::into_inner).collect(),
                        group,
                        crosswalk,
                        crosswalk_links,
                        survey,
                        availability,
                        toolkit: toolkit_sources,
                        licence: file_licence.clone(),
                        translations: BTreeMap::new(),
                        source: Some(SourceLocation {
                            file: src.file.clone(),
                            line,
                        }),
                    },
                    cross_sources,
                ));
            }
        }
        if self.problems.len() > start {
            return None;
        }
        Some(out)
    }

    /// Reads an indicator's optional `toolkit` list of toolkit data-source ids.
    fn toolkit_refs(
        &mut self,
        item: &mut Item<'_, '_>,
        toolkit: Option<&[ToolkitSource]>,
    ) -> Vec<ToolkitSource> {
        let mut out: Vec<ToolkitSource> = Vec::new();
        for (j, entry) in item.text_list(self, "toolkit").into_iter().enumerate() {
            let at = item.at_value(&format!("toolkit[{}]", j + 1), entry.span());
            let id = match ToolkitSourceId::parse(entry.get_ref()) {
                Ok(id) => id,
                Err(e) => {
                    self.report(at, format!("is not a valid id: {e}"));
                    continue;
                }
            };
            // toolkit.toml failed to load; its own problems are already reported.
            let Some(sources) = toolkit else { continue };
            match sources.iter().find(|s| s.id == id) {
                Some(_) if out.iter().any(|s| s.id == id) => {
                    self.report(at, format!("{:?} is listed twice; remove one", id.as_str()));
                }
                Some(s) => out.push(s.clone()),
                None => {
                    let choices = if sources.is_empty() {
                        "toolkit.toml defines no [[toolkit_source]]; add one there".to_owned()
                    } else {
                        format!(
                            "use one of {}",
                            join_ids(sources.iter().map(|s| s.id.as_str()))
                        )
                    };
                    self.report(
                        at,
                        format!("there is no toolkit source {:?}; {choices}", id.as_str()),
                    );
                }
            }
        }
        out
    }
}
