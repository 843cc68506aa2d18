//! Reads `translations/<language>.toml`: the pack's names and summaries in another language.

use std::collections::HashMap;

use serde_spanned::Spanned;
use toml::de::DeValue;

use crate::model::Pack;
use crate::provenance::FileLicence;
use crate::translation::{IndicatorTranslation, Translation, check_language};

use super::Loader;
use super::item::{Item, Need, Source};

/// The kinds of item a translation file may translate, as `[[x]]` table names.
const KINDS: [&str; 5] = [
    "domain_type",
    "principle",
    "data_source_kind",
    "domain",
    "indicator",
];

/// Which kinds of item loaded cleanly, so translated ids can be checked against them.
#[derive(Clone, Copy)]
pub(super) struct Known {
    /// pack.toml (domain types, principles, data-source kinds, the pack itself).
    pub(super) pack: bool,
    /// domains.toml.
    pub(super) domains: bool,
    /// Every indicator file.
    pub(super) indicators: bool,
}

impl Known {
    fn of(self, kind: &str) -> bool {
        match kind {
            "domain" => self.domains,
            "indicator" => self.indicators,
            _ => self.pack,
        }
    }
}

/// What applies to every item of one kind in one translation file.
struct Batch<'c> {
    /// The language code.
    code: &'c str,
    /// The file's `reviewed`, if it gives one.
    default_reviewed: Option<bool>,
    /// Whether the items' own file loaded, so their ids can be checked.
    known: bool,
}

impl Loader {
    /// Reads one translation file into `pack`, reporting every problem.
    pub(super) fn parse_translation_file(
        &mut self,
        src: &Source<'_>,
        name: &str,
        pack: &mut Pack,
        known: Known,
    ) {
        let Some(table) = self.parse_toml(src) else {
            return;
        };
        let mut lists = self.top_level(
            src,
            table.get_ref(),
            &KINDS,
            &["language", "reviewed", "licence", "note", "pack"],
        );
        let mut top = Item::new(src, table.get_ref(), table.span(), None);
        let expected = name
            .replace('\\', "/")
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".toml")
            .to_owned();
        let Some(language) = top.text_spanned(self, "language", Need::Required) else {
            return;
        };
        let code = language.get_ref().clone();
        if let Err(message) = check_language(&code) {
            self.report(top.at_value("language", language.span()), message);
            return;
        }
        if code != expected {
            self.report(
                top.at_value("language", language.span()),
                format!(
                    "the language {code:?} must match the file name {expected:?}.toml; rename \
                     the file or change the code"
                ),
            );
            return;
        }
        let default_reviewed = top.boolean(self, "reviewed");
        let _ = top.text(self, "note", Need::Optional);
        if let Some(licence) = top.text(self, "licence", Need::Optional) {
            pack.file_licences.push(FileLicence {
                file: name.replace('\\', "/"),
                licence,
            });
        }
        if let Some(sub) = top.sub_table(self, "pack") {
            let english_summary = Some(pack.summary.as_str());
            if let Some(t) = self.translation(sub, english_summary, default_reviewed, "pack") {
                pack.translations.insert(code.clone(), t);
            }
        }
        for kind in KINDS {
            let items = lists.remove(kind).unwrap_or_default();
            let batch = Batch {
                code: &code,
                default_reviewed,
                known: known.of(kind),
            };
            self.translate_items(src, kind, items, &batch, pack);
        }
    }

    fn translate_items(
        &mut self,
        src: &Source<'_>,
        kind: &str,
        items: Vec<&Spanned<DeValue<'_>>>,
        batch: &Batch<'_>,
        pack: &mut Pack,
    ) {
        let Batch {
            code,
            default_reviewed,
            known,
        } = *batch;
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, value) in items.into_iter().enumerate() {
            let Some(table) = value.get_ref().as_table() else {
                continue;
            };
            let mut item = Item::new(src, table, value.span(), Some(format!("{kind}[{}]", i + 1)));
            let Some(id) = item.text_spanned(self, "id", Need::Required) else {
                continue;
            };
            item.label = Some(format!("{kind} {:?}", id.get_ref()));
            let line = src.line(id.span().start);
            if let Some(first) = seen.insert(id.get_ref().clone(), line) {
                self.report(
                    item.at_value("id", id.span()),
                    format!(
                        "{:?} is already translated on line {first}; keep one translation",
                        id.get_ref()
                    ),
                );
                continue;
            }
            let id_text = id.get_ref().as_str();
            if !known {
                // The file that defines these items has problems of its own; check the fields
                // only.
                if kind == "indicator" {
                    let _ = self.indicator_translation(item, true, default_reviewed);
                } else {
                    let _ = self.translation(item, Some(""), default_reviewed, kind);
                }
                continue;
            }
            let missing = |loader: &mut Loader, item: &Item<'_, '_>, ids: Vec<&str>| {
                loader.report(
                    item.at_value("id", id.span()),
                    format!(
                        "the pack has no {} {id_text:?} to translate; use one of {}",
                        kind.replace('_', " "),
                        super::item::join_ids(ids.into_iter())
                    ),
                );
            };
            match kind {
                "indicator" => {
                    let Some(index) = pack.indicators.iter().position(|x| x.id == id_text) else {
                        let ids = pack.indicators.iter().map(|x| x.id.as_str()).collect();
                        missing(self, &item, ids);
                        continue;
                    };
                    let has_denominator = pack.indicators[index].denominator.is_some();
                    if let Some(t) =
                        self.indicator_translation(item, has_denominator, default_reviewed)
                    {
                        pack.indicators[index]
                            .translations
                            .insert(code.to_owned(), t);
                    }
                }
                _ => {
                    let (summary, slot) = match kind {
                        "domain_type" => {
                            match pack.domain_types.iter().position(|x| x.id == id_text) {
                                Some(p) => (
                                    pack.domain_types[p].summary.clone(),
                                    &mut pack.domain_types[p].translations,
                                ),
                                None => {
                                    let ids =
                                        pack.domain_types.iter().map(|x| x.id.as_str()).collect();
                                    missing(self, &item, ids);
                                    continue;
                                }
                            }
                        }
                        "principle" => match pack.principles.iter().position(|x| x.id == id_text) {
                            Some(p) => (
                                pack.principles[p].summary.clone(),
                                &mut pack.principles[p].translations,
                            ),
                            None => {
                                let ids = pack.principles.iter().map(|x| x.id.as_str()).collect();
                                missing(self, &item, ids);
                                continue;
                            }
                        },
                        "data_source_kind" => {
                            match pack.data_source_kinds.iter().position(|x| x.id == id_text) {
                                Some(p) => (
                                    pack.data_source_kinds[p].summary.clone(),
                                    &mut pack.data_source_kinds[p].translations,
                                ),
                                None => {
                                    let ids = pack
                                        .data_source_kinds
                                        .iter()
                                        .map(|x| x.id.as_str())
                                        .collect();
                                    missing(self, &item, ids);
                                    continue;
                                }
                            }
                        }
                        _ => match pack.domains.iter().position(|x| x.id == id_text) {
                            Some(p) => (
                                Some(pack.domains[p].summary.clone()),
                                &mut pack.domains[p].translations,
                            ),
                            None => {
                                let ids = pack.domains.iter().map(|x| x.id.as_str()).collect();
                                missing(self, &item, ids);
                                continue;
                            }
                        },
                    };
                    if let Some(t) =
                        self.translation(item, summary.as_deref(), default_reviewed, kind)
                    {
                        slot.insert(code.to_owned(), t);
                    }
                }
            }
        }
    }

    /// Reads `name`, optional `summary` and `reviewed` of one translated item.
    fn translation(
        &mut self,
        mut item: Item<'_, '_>,
        english_summary: Option<&str>,
        default_reviewed: Option<bool>,
        kind: &str,
    ) -> Option<Translation> {
        let name = item.text(self, "name", Need::Required);
        let summary = item.text_spanned(self, "summary", Need::Optional);
        if let Some(s) = &summary
            && english_summary.is_none()
        {
            self.report(
                item.at_value("summary", s.span()),
                "the English has no summary to translate; remove this line or add a summary in \
                 English first",
            );
        }
        let reviewed = self.reviewed(&mut item, default_reviewed);
        let mut allowed = vec!["name", "summary", "reviewed"];
        if kind != "pack" {
            allowed.push("id");
        }
        item.finish(self, &allowed);
        Some(Translation {
            name: name?,
            summary: summary.map(Spanned::into_inner),
            reviewed: reviewed?,
        })
    }

    /// Reads an indicator's translated `name`, optional `numerator`, `denominator` and `reviewed`.
    fn indicator_translation(
        &mut self,
        mut item: Item<'_, '_>,
        has_denominator: bool,
        default_reviewed: Option<bool>,
    ) -> Option<IndicatorTranslation> {
        let name = item.text(self, "name", Need::Required);
        let numerator = item.text(self, "numerator", Need::Optional);
        let denominator = item.text_spanned(self, "denominator", Need::Optional);
        if let Some(d) = &denominator
            && !has_denominator
        {
            self.report(
                item.at_value("denominator", d.span()),
                "the English has no denominator to translate; remove this line",
            );
        }
        let reviewed = self.reviewed(&mut item, default_reviewed);
        item.finish(
            self,
            &["id", "name", "numerator", "denominator", "reviewed"],
        );
        Some(IndicatorTranslation {
            name: name?,
            numerator,
            denominator: denominator.map(Spanned::into_inner),
            reviewed: reviewed?,
        })
    }

    /// An item's `reviewed`, or the file's; reported when neither says.
    fn reviewed(&mut self, item: &mut Item<'_, '_>, default: Option<bool>) -> Option<bool> {
        match (item.boolean(self, "reviewed"), default) {
            (Some(r), _) => Some(r),
            (None, Some(d)) if item.table.get("reviewed").is_none() => Some(d),
            (None, None) if item.table.get("reviewed").is_none() => {
                self.report(
                    item.at_item("reviewed"),
                    "missing; say whether a fluent speaker has reviewed this translation with \
                     `reviewed = false` (or true), here or once at the top of the file",
                );
                None
            }
            _ => None,
        }
    }
}
