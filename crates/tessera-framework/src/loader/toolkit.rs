//! Reads `toolkit.toml`: the data sources indicators can be measured from, with their facts.

use std::collections::HashMap;

use crate::id::ToolkitSourceId;
use crate::provenance::FileLicence;
use crate::toolkit::{Frequency, GeographicLevel, ToolkitSource};

use super::item::{IdKind, Item, Need, Source};
use super::{Loader, TOOLKIT_FILE};

impl Loader {
    /// Reads toolkit.toml; `None` if it has any problem.
    pub(super) fn parse_toolkit_file(
        &mut self,
        src: &Source<'_>,
        licences: &mut Vec<FileLicence>,
    ) -> Option<Vec<ToolkitSource>> {
        let table = self.parse_toml(src)?;
        let start = self.problems.len();
        let mut lists = self.top_level(src, table.get_ref(), &["toolkit_source"], &["licence"]);
        let mut top = Item::new(src, table.get_ref(), table.span(), None);
        self.file_licence(&mut top, TOOLKIT_FILE, licences);
        let levels: Vec<&str> = GeographicLevel::ALL.map(GeographicLevel::as_str).to_vec();
        let frequencies: Vec<&str> = Frequency::ALL.map(Frequency::as_str).to_vec();
        let mut out = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, value) in lists
            .remove("toolkit_source")
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
                Some(format!("toolkit_source[{}]", i + 1)),
            );
            let id = item.id::<ToolkitSourceId>(self, "id", IdKind::ToolkitSource);
            if let Some(id) = &id {
                item.label = Some(format!("toolkit_source {:?}", id.get_ref().as_str()));
                let line = src.line(id.span().start);
                if let Some(first) = seen.insert(id.get_ref().to_string(), line) {
                    self.report(
                        item.at_value("id", id.span()),
                        format!(
                            "the id {:?} is already used by the toolkit source on line {first}; \
                             give each source its own id",
                            id.get_ref().as_str()
                        ),
                    );
                }
            }
            let name = item.text(self, "name", Need::Required);
            let publisher = item.text(self, "publisher", Need::Required);
            let url = item.text(self, "url", Need::Required);
            let coverage = item.text(self, "coverage", Need::Optional);
            let mut found_levels: Vec<GeographicLevel> = Vec::new();
            for (j, entry) in item.text_list(self, "levels").into_iter().enumerate() {
                match GeographicLevel::parse(entry.get_ref()) {
                    Some(l) if !found_levels.contains(&l) => found_levels.push(l),
                    Some(l) => self.report(
                        item.at_value(&format!("levels[{}]", j + 1), entry.span()),
                        format!("{:?} is listed twice; remove one", l.as_str()),
                    ),
                    None => self.report(
                        item.at_value(&format!("levels[{}]", j + 1), entry.span()),
                        format!("{:?} is not one of {}", entry.get_ref(), levels.join(", ")),
                    ),
                }
            }
            found_levels.sort();
            let frequency = item
                .optional_choice(self, "frequency", &frequencies)
                .and_then(|f| Frequency::parse(&f));
            let breakdowns = item
                .text_list(self, "breakdowns")
                .into_iter()
                .map(|b| b.into_inner())
                .collect();
            let international = item.boolean(self, "international");
            let international_note = item.text(self, "international_note", Need::Optional);
            let facts_from = item.text(
                self,
                "facts_from",
                Need::RequiredBecause(
                    "say where these facts were read, such as the publisher's page about the source",
                ),
            );
            let note = item.text(self, "note", Need::Optional);
            item.finish(
                self,
                &[
                    "id",
                    "name",
                    "publisher",
                    "url",
                    "coverage",
                    "levels",
                    "frequency",
                    "breakdowns",
                    "international",
                    "international_note",
                    "facts_from",
                    "note",
                ],
            );
            if let (Some(id), Some(name), Some(publisher), Some(url), Some(facts_from)) =
                (id, name, publisher, url, facts_from)
            {
                out.push(ToolkitSource {
                    id: id.into_inner(),
                    name,
                    publisher,
                    url,
                    coverage,
                    levels: found_levels,
                    frequency,
                    breakdowns,
                    international,
                    international_note,
                    facts_from,
                    note,
                });
            }
        }
        if self.problems.len() > start {
            return None;
        }
        Some(out)
    }
}
