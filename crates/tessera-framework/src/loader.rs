//! Reads a pack's TOML files and validates the whole pack, collecting every problem.
//!
//! The files are walked as spanned TOML tables (`toml::de::DeTable`) rather than deserialised
//! straight into structs, because serde stops at the first error while pack authors need every
//! problem at once, each with its line.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

use serde_spanned::Spanned;
use toml::de::{DeTable, DeValue};

use crate::id::{
    DataSourceKindId, DomainId, DomainTypeId, IdError, IndicatorId, PackId, PrincipleId,
};
use crate::model::{
    Availability, DataSourceKind, Domain, DomainRef, DomainType, Indicator, IndicatorKind, Keyword,
    Origin, Pack, Principle, SourceLocation, SurveyQuestion,
};
use crate::problem::{PackErrors, Problem};

/// The file holding the pack itself.
pub const PACK_FILE: &str = "pack.toml";
/// The file holding the domains.
pub const DOMAINS_FILE: &str = "domains.toml";
/// The optional file holding the keyword index.
pub const KEYWORDS_FILE: &str = "keywords.toml";
/// The optional single file of indicators.
pub const INDICATORS_FILE: &str = "indicators.toml";
/// The optional folder of indicator files, read in name order.
pub const INDICATORS_DIR: &str = "indicators";

/// Loads and validates the pack in folder `path`, whose name is the pack id.
///
/// Reads `pack.toml`, `domains.toml`, optional `keywords.toml`, optional `indicators.toml` and
/// every `indicators/*.toml` in name order. Any problem in any file fails the whole pack.
pub fn load_pack_dir(path: &Path) -> Result<Pack, PackErrors> {
    let shown = path.display().to_string();
    let shown = shown.trim_end_matches(['/', '\\']).to_owned();
    let folder = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut problems = Vec::new();
    let mut files: Vec<(String, String)> = Vec::new();

    let read = |name: &str, problems: &mut Vec<Problem>, files: &mut Vec<(String, String)>| {
        match std::fs::read_to_string(path.join(name)) {
            Ok(text) => files.push((name.to_owned(), text)),
            Err(e) => problems.push(Problem {
                file: format!("{shown}/{name}"),
                line: None,
                item: None,
                field: None,
                message: format!("could not read the file: {e}"),
            }),
        }
    };

    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries,
        Err(e) => {
            return Err(PackErrors::new(vec![Problem {
                file: shown,
                line: None,
                item: None,
                field: None,
                message: format!("could not read the pack folder: {e}"),
            }]));
        }
    };
    let mut top: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    top.sort();
    for name in &top {
        read(name, &mut problems, &mut files);
    }
    let dir = path.join(INDICATORS_DIR);
    if dir.is_dir() {
        match std::fs::read_dir(&dir) {
            Ok(entries) => {
                let mut names: Vec<String> = entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().is_file())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".toml"))
                    .collect();
                names.sort();
                for name in names {
                    read(
                        &format!("{INDICATORS_DIR}/{name}"),
                        &mut problems,
                        &mut files,
                    );
                }
            }
            Err(e) => problems.push(Problem {
                file: format!("{shown}/{INDICATORS_DIR}"),
                line: None,
                item: None,
                field: None,
                message: format!("could not read the indicators folder: {e}"),
            }),
        }
    }
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    match load_sources(&folder, &format!("{shown}/"), &borrowed) {
        Ok(pack) if problems.is_empty() => Ok(pack),
        Ok(_) => Err(PackErrors::new(problems)),
        Err(mut errors) => {
            problems.append(&mut errors.problems);
            Err(PackErrors::new(in_reading_order(problems)))
        }
    }
}

/// Loads and validates a pack from in-memory files, named by their path inside the pack folder.
///
/// `id` plays the part of the folder name; `files` pairs names such as `pack.toml` or
/// `indicators/work.toml` with their contents. Problems name the files exactly as given.
pub fn load_pack_from_sources(id: &str, files: &[(&str, &str)]) -> Result<Pack, PackErrors> {
    load_sources(id, "", files)
}

/// Like [`load_pack_from_sources`], with `prefix` put before every file name in problems.
pub(crate) fn load_sources(
    folder: &str,
    prefix: &str,
    files: &[(&str, &str)],
) -> Result<Pack, PackErrors> {
    let mut loader = Loader {
        prefix: prefix.to_owned(),
        problems: Vec::new(),
    };
    let pack = loader.load(folder, files);
    match pack {
        Some(pack) if loader.problems.is_empty() => Ok(pack),
        _ => Err(PackErrors::new(in_reading_order(loader.problems))),
    }
}

/// Orders problems by file, in the order the files were read, then by line.
pub(crate) fn in_reading_order(mut problems: Vec<Problem>) -> Vec<Problem> {
    let mut files: Vec<String> = Vec::new();
    for p in &problems {
        if !files.contains(&p.file) {
            files.push(p.file.clone());
        }
    }
    problems.sort_by_key(|p| (files.iter().position(|f| *f == p.file), p.line));
    problems
}

/// One file's text and where its lines start.
struct Source<'s> {
    file: String,
    text: &'s str,
    line_starts: Vec<usize>,
}

impl<'s> Source<'s> {
    fn new(file: String, text: &'s str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            file,
            text,
            line_starts,
        }
    }

    /// The 1-based line holding byte `offset`.
    fn line(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.line_starts.partition_point(|&start| start <= offset)
    }
}

struct Loader {
    prefix: String,
    problems: Vec<Problem>,
}

/// Where to report a problem: file, byte span, item and field.
struct At<'a> {
    src: &'a Source<'a>,
    span: Option<Range<usize>>,
    item: Option<String>,
    field: Option<String>,
}

impl Loader {
    fn report(&mut self, at: At<'_>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: at.src.file.clone(),
            line: at.span.map(|s| at.src.line(s.start)),
            item: at.item,
            field: at.field,
            message: message.into(),
        });
    }

    fn file_problem(&mut self, file: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: format!("{}{file}", self.prefix),
            line: None,
            item: None,
            field: None,
            message: message.into(),
        });
    }

    fn load(&mut self, folder: &str, files: &[(&str, &str)]) -> Option<Pack> {
        let folder_id = match PackId::parse(folder) {
            Ok(id) => Some(id),
            Err(e) => {
                self.file_problem(
                    "",
                    format!("the pack folder name must be a valid pack id: {e}; rename the folder"),
                );
                None
            }
        };

        // Sort files into their roles; anything unexpected is reported rather than ignored,
        // so a misspelt file name does not silently drop its contents.
        let mut pack_file = None;
        let mut domains_file = None;
        let mut keywords_file = None;
        let mut indicator_files: Vec<(&str, &str)> = Vec::new();
        let mut sorted: Vec<(&str, &str)> = files.to_vec();
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        for (name, text) in sorted {
            let name_norm = name.replace('\\', "/");
            match name_norm.as_str() {
                PACK_FILE => pack_file = Some(text),
                DOMAINS_FILE => domains_file = Some(text),
                KEYWORDS_FILE => keywords_file = Some(text),
                INDICATORS_FILE => indicator_files.insert(0, (name, text)),
                n if n.starts_with("indicators/")
                    && n.ends_with(".toml")
                    && !n["indicators/".len()..].contains('/') =>
                {
                    indicator_files.push((name, text));
                }
                _ => self.file_problem(
                    name,
                    "unexpected file in a framework pack; a pack holds pack.toml, domains.toml, \
                     keywords.toml, indicators.toml and indicators/*.toml; rename or remove it",
                ),
            }
        }
        if pack_file.is_none() {
            self.file_problem(
                PACK_FILE,
                "the file is missing; every pack needs a pack.toml",
            );
        }
        if domains_file.is_none() {
            self.file_problem(
                DOMAINS_FILE,
                "the file is missing; every pack needs a domains.toml",
            );
        }

        let pack_src = pack_file.map(|t| Source::new(format!("{}{PACK_FILE}", self.prefix), t));
        let head = pack_src
            .as_ref()
            .and_then(|src| self.parse_pack_file(src, folder_id.as_ref()));

        let domains_src =
            domains_file.map(|t| Source::new(format!("{}{DOMAINS_FILE}", self.prefix), t));
        let domains = domains_src
            .as_ref()
            .and_then(|src| self.parse_domains_file(src, head.as_ref()));

        let keywords = keywords_file.and_then(|t| {
            let src = Source::new(format!("{}{KEYWORDS_FILE}", self.prefix), t);
            self.parse_keywords_file(&src, domains.as_ref())
        });

        let mut indicators = Vec::new();
        let mut crosswalk_sources = BTreeMap::new();
        let mut seen_ids: HashMap<String, SourceLocation> = HashMap::new();
        let mut indicators_complete = true;
        for (name, text) in indicator_files {
            let src = Source::new(format!("{}{name}", self.prefix), text);
            match self.parse_indicator_file(
                &src,
                folder_id.as_ref(),
                head.as_ref(),
                domains.as_ref(),
                &mut seen_ids,
            ) {
                Some(found) => {
                    for (indicator, cross) in found {
                        let index = indicators.len();
                        for (j, loc) in cross.into_iter().enumerate() {
                            crosswalk_sources.insert((index, j), loc);
                        }
                        indicators.push(indicator);
                    }
                }
                None => indicators_complete = false,
            }
        }

        let head = head?;
        let meta = head.meta?;
        let domains = domains?;
        if !indicators_complete || !self.problems.is_empty() {
            return None;
        }
        Some(Pack {
            id: meta.id,
            name: meta.name,
            short_name: meta.short_name,
            publisher: meta.publisher,
            year: meta.year,
            summary: meta.summary,
            licence: meta.licence,
            attribution: meta.attribution,
            source_url: meta.source_url,
            domain_types: head.domain_types,
            principles: head.principles,
            data_source_kinds: head.data_source_kinds,
            domains: domains.domains,
            keywords: keywords.unwrap_or_default(),
            indicators,
            crosswalk_sources,
        })
    }

    /// Parses a file's TOML, reporting every syntax error; `None` if there were any.
    fn parse_toml<'s>(&mut self, src: &Source<'s>) -> Option<Spanned<DeTable<'s>>> {
        let (table, errors) = DeTable::parse_recoverable(src.text);
        if errors.is_empty() {
            return Some(table);
        }
        for e in errors {
            let message = format!(
                "this is not valid TOML: {}; fix the syntax (check quotes, brackets and `=`)",
                e.message().trim_end_matches('.')
            );
            let at = At {
                src,
                span: Some(e.span().unwrap_or(0..0)),
                item: None,
                field: None,
            };
            self.report(at, message);
        }
        None
    }

    /// Returns the `[[name]]` items of a top-level table and reports any other top-level key.
    fn top_level<'t, 's>(
        &mut self,
        src: &Source<'s>,
        table: &'t DeTable<'s>,
        tables: &[&str],
        scalars: &[&str],
    ) -> HashMap<String, Vec<&'t Spanned<DeValue<'s>>>> {
        let mut out: HashMap<String, Vec<&'t Spanned<DeValue<'s>>>> = HashMap::new();
        for (key, value) in table.iter() {
            let k: &str = key.get_ref();
            if tables.contains(&k) {
                match value.get_ref() {
                    DeValue::Array(items) if items.iter().all(|i| i.get_ref().is_table()) => {
                        out.insert(k.to_owned(), items.iter().collect());
                    }
                    _ => self.report(
                        At {
                            src,
                            span: Some(key.span()),
                            item: None,
                            field: Some(k.to_owned()),
                        },
                        format!("write each {k} as a table starting with a [[{k}]] line"),
                    ),
                }
            } else if !scalars.contains(&k) {
                let mut allowed: Vec<String> = scalars.iter().map(|s| (*s).to_owned()).collect();
                allowed.extend(tables.iter().map(|t| format!("[[{t}]]")));
                self.report(
                    At {
                        src,
                        span: Some(key.span()),
                        item: None,
                        field: Some(k.to_owned()),
                    },
                    format!(
                        "unknown field; this file may hold only {}; check the spelling",
                        allowed.join(", ")
                    ),
                );
            }
        }
        out
    }

    fn parse_pack_file(&mut self, src: &Source<'_>, folder: Option<&PackId>) -> Option<PackHead> {
        let table = self.parse_toml(src)?;
        let start = self.problems.len();
        let span = table.span();
        let table = table.get_ref();
        let mut lists = self.top_level(
            src,
            table,
            &["domain_type", "principle", "data_source_kind"],
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
            ],
        );
        let mut item = Item::new(src, table, span, None);
        let id = item.id::<PackId>(self, "id", IdKind::Pack);
        if let (Some(id), Some(folder)) = (&id, folder)
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
        let type_ids = domain_types.iter().map(|(id, _, _)| id.clone()).collect();
        let kind_ids = kinds.iter().map(|(id, _, _)| id.clone()).collect();
        let complete = self.problems.len() == start;
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
            })
        })();
        Some(PackHead {
            meta,
            type_ids,
            kind_ids,
            domain_types: domain_types
                .into_iter()
                .filter_map(|(id, name, summary)| {
                    Some(DomainType {
                        id: DomainTypeId(id),
                        name: name?,
                        summary,
                    })
                })
                .collect(),
            principles: principles
                .into_iter()
                .filter_map(|(id, name, summary)| {
                    Some(Principle {
                        id: PrincipleId(id),
                        name: name?,
                        summary,
                    })
                })
                .collect(),
            data_source_kinds: kinds
                .into_iter()
                .filter_map(|(id, name, summary)| {
                    Some(DataSourceKind {
                        id: DataSourceKindId(id),
                        name: name?,
                        summary,
                    })
                })
                .collect(),
        })
    }

    /// Reads `[[x]]` items made of `id`, `name` and optional `summary`, checking ids are unique.
    fn named_items(
        &mut self,
        src: &Source<'_>,
        items: Vec<&Spanned<DeValue<'_>>>,
        what: &str,
        kind: IdKind,
    ) -> Vec<(String, Option<String>, Option<String>)> {
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
            item.finish(self, &["id", "name", "summary"]);
            if let Some(id) = id {
                out.push((id.into_inner(), name, summary));
            }
        }
        out
    }

    fn parse_domains_file(
        &mut self,
        src: &Source<'_>,
        head: Option<&PackHead>,
    ) -> Option<ParsedDomains> {
        let table = self.parse_toml(src)?;
        let mut lists = self.top_level(src, table.get_ref(), &["domain"], &[]);
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
            let item_label = item.label.clone().unwrap_or_default();
            item.finish(
                self,
                &["id", "number", "name", "type", "summary", "related"],
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
                });
            }
        }

        let ids: HashSet<&str> = raws.iter().map(|r| r.id.as_str()).collect();
        let mut domains = Vec::new();
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
                domains.push(Domain {
                    id: raw.id.clone(),
                    number: raw.number,
                    name: name.clone(),
                    domain_type,
                    summary: summary.clone(),
                    related,
                });
            }
        }
        let known = raws.iter().map(|r| (r.id.clone(), r.number)).collect();
        Some(ParsedDomains { domains, known })
    }

    fn parse_keywords_file(
        &mut self,
        src: &Source<'_>,
        domains: Option<&ParsedDomains>,
    ) -> Option<Vec<Keyword>> {
        let table = self.parse_toml(src)?;
        let start = self.problems.len();
        let mut lists = self.top_level(src, table.get_ref(), &["keyword"], &[]);
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
            item.finish(self, &["term", "domains"]);
            if let Some(term) = term {
                keywords.push(Keyword {
                    term,
                    domains: resolved,
                });
            }
        }
        if self.problems.len() > start {
            return None;
        }
        Some(keywords)
    }

    fn resolve_keyword_domain(
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

    fn parse_indicator_file(
        &mut self,
        src: &Source<'_>,
        pack: Option<&PackId>,
        head: Option<&PackHead>,
        domains: Option<&ParsedDomains>,
        seen: &mut HashMap<String, SourceLocation>,
    ) -> Option<Vec<(Indicator, Vec<SourceLocation>)>> {
        let table = self.parse_toml(src)?;
        let start = self.problems.len();
        let mut lists = self.top_level(src, table.get_ref(), &["indicator"], &[]);
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
            let data_source = item.id::<String>(self, "data_source", IdKind::DataSourceKind);
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
            let mut crosswalk = Vec::new();
            let mut cross_sources = Vec::new();
            for (j, entry) in item.text_list(self, "crosswalk").into_iter().enumerate() {
                match DomainRef::parse(entry.get_ref()) {
                    Ok(r) => {
                        crosswalk.push(r);
                        cross_sources.push(SourceLocation {
                            file: src.file.clone(),
                            line: src.line(entry.span().start),
                        });
                    }
                    Err(e) => self.report(
                        item.at_value(&format!("crosswalk[{}]", j + 1), entry.span()),
                        format!("{e}; write the other pack's domain as `<pack-id>/<domain-id>`"),
                    ),
                }
            }
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
                        kind,
                        two_way,
                        numerator,
                        denominator,
                        data_source,
                        topics: topics.into_iter().map(Spanned::into_inner).collect(),
                        group,
                        crosswalk,
                        survey,
                        availability,
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
}

fn int_value(n: &toml::de::DeInteger<'_>) -> Option<i64> {
    let digits = n.as_str().replace('_', "");
    let (negative, digits) = match digits.strip_prefix('-') {
        Some(rest) => (true, rest.to_owned()),
        None => (false, digits.trim_start_matches('+').to_owned()),
    };
    let digits = digits
        .trim_start_matches("0x")
        .trim_start_matches("0o")
        .trim_start_matches("0b");
    let value = i64::from_str_radix(digits, n.radix()).ok()?;
    Some(if negative { -value } else { value })
}

fn join_ids<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let mut unique: Vec<&str> = Vec::new();
    for id in ids {
        if !unique.contains(&id) {
            unique.push(id);
        }
    }
    let ids = unique;
    if ids.is_empty() {
        return "(none are defined)".into();
    }
    ids.join(", ")
}

struct PackHead {
    /// The pack's own fields, present only when pack.toml had no problems.
    meta: Option<PackMeta>,
    /// Every well-formed domain type id, for checking references even when pack.toml has problems.
    type_ids: Vec<String>,
    /// Every well-formed data-source kind id.
    kind_ids: Vec<String>,
    domain_types: Vec<DomainType>,
    principles: Vec<Principle>,
    data_source_kinds: Vec<DataSourceKind>,
}

struct PackMeta {
    id: PackId,
    name: String,
    short_name: Option<String>,
    publisher: String,
    year: Option<i64>,
    summary: String,
    licence: String,
    attribution: String,
    source_url: Option<String>,
}

struct ParsedDomains {
    /// The domains with no problems.
    domains: Vec<Domain>,
    /// Every well-formed domain id with its number, for checking references.
    known: Vec<(DomainId, Option<u32>)>,
}

#[derive(Clone, Copy)]
enum IdKind {
    Pack,
    Domain,
    Indicator,
    DomainType,
    Principle,
    DataSourceKind,
}

impl IdKind {
    fn example(self) -> &'static str {
        match self {
            IdKind::Pack => "ioi-2019",
            IdKind::Domain => "social-bridges",
            IdKind::Indicator => "work-employment-rate",
            IdKind::DomainType => "markers-and-means",
            IdKind::Principle => "multi-dimensional",
            IdKind::DataSourceKind => "national-survey",
        }
    }
}

/// Turns checked slug text into an id type.
trait FromSlug: Sized {
    fn from_slug(text: &str) -> Result<Self, IdError>;
}

impl FromSlug for String {
    fn from_slug(text: &str) -> Result<Self, IdError> {
        crate::id::check_slug(text)?;
        Ok(text.to_owned())
    }
}

macro_rules! from_slug {
    ($($t:ty),*) => {$(
        impl FromSlug for $t {
            fn from_slug(text: &str) -> Result<Self, IdError> {
                <$t>::parse(text)
            }
        }
    )*};
}
from_slug!(PackId, DomainId, IndicatorId);

enum Need {
    Required,
    RequiredBecause(&'static str),
    Optional,
}

/// One TOML table being read: remembers which keys were used, to report unknown ones.
struct Item<'a, 's> {
    src: &'a Source<'a>,
    table: &'a DeTable<'s>,
    span: Range<usize>,
    label: Option<String>,
    used: Vec<String>,
}

impl<'a, 's> Item<'a, 's> {
    fn new(
        src: &'a Source<'a>,
        table: &'a DeTable<'s>,
        span: Range<usize>,
        label: Option<String>,
    ) -> Self {
        // An array-of-tables entry's span may not cover its `[[x]]` header; the earliest key
        // is the best available stand-in for "where this item is".
        let first_key = table.iter().map(|(k, _)| k.span().start).min();
        let start = match first_key {
            Some(k) if span.is_empty() || k < span.start => k,
            _ => span.start,
        };
        Self {
            src,
            table,
            span: start..span.end.max(start),
            label,
            used: Vec::new(),
        }
    }

    fn get(&mut self, key: &str) -> Option<&'a Spanned<DeValue<'s>>> {
        self.used.push(key.to_owned());
        self.table.get(key)
    }

    fn at_item(&self, field: &str) -> At<'a> {
        At {
            src: self.src,
            span: Some(self.span.clone()),
            item: self.label.clone(),
            field: Some(field.to_owned()),
        }
    }

    fn at_value(&self, field: &str, span: Range<usize>) -> At<'a> {
        At {
            src: self.src,
            span: Some(span),
            item: self.label.clone(),
            field: Some(field.to_owned()),
        }
    }

    fn text_spanned(
        &mut self,
        loader: &mut Loader,
        key: &str,
        need: Need,
    ) -> Option<Spanned<String>> {
        match self.get(key) {
            None => {
                match need {
                    Need::Required => {
                        loader.report(self.at_item(key), format!("missing; add `{key} = \"…\"`"))
                    }
                    Need::RequiredBecause(why) => loader.report(
                        self.at_item(key),
                        format!("missing; {why}; add `{key} = \"…\"`"),
                    ),
                    Need::Optional => {}
                }
                None
            }
            Some(v) => match v.get_ref().as_str() {
                Some(s) if s.trim().is_empty() => {
                    let hint = match need {
                        Need::Optional => "write some text or remove the line",
                        _ => "write some text",
                    };
                    loader.report(self.at_value(key, v.span()), format!("is blank; {hint}"));
                    None
                }
                Some(s) => Some(Spanned::new(v.span(), s.trim().to_owned())),
                None => {
                    loader.report(
                        self.at_value(key, v.span()),
                        format!("must be text in quotes, not a {}", v.get_ref().type_str()),
                    );
                    None
                }
            },
        }
    }

    fn text(&mut self, loader: &mut Loader, key: &str, need: Need) -> Option<String> {
        self.text_spanned(loader, key, need)
            .map(Spanned::into_inner)
    }

    fn id<T: FromSlug>(
        &mut self,
        loader: &mut Loader,
        key: &str,
        kind: IdKind,
    ) -> Option<Spanned<T>> {
        let need = match key {
            "data_source" => Need::Optional,
            _ => Need::Required,
        };
        let text = match (self.get(key), need) {
            (None, Need::Optional) => return None,
            (None, _) => {
                loader.report(
                    self.at_item(key),
                    format!("missing; add `{key} = \"{}\"` or similar", kind.example()),
                );
                return None;
            }
            (Some(_), _) => {
                self.used.pop();
                self.text_spanned(loader, key, Need::Optional)?
            }
        };
        match T::from_slug(text.get_ref()) {
            Ok(id) => Some(Spanned::new(text.span(), id)),
            Err(e) => {
                loader.report(
                    self.at_value(key, text.span()),
                    format!("is not a valid id: {e} (for example {:?})", kind.example()),
                );
                None
            }
        }
    }

    /// A required text field whose value must be one of `choices`.
    fn choice(&mut self, loader: &mut Loader, key: &str, choices: &[&str]) -> Option<String> {
        let value = match self.get(key) {
            None => {
                loader.report(
                    self.at_item(key),
                    format!(
                        "missing; add `{key} = \"…\"` with one of {}",
                        choices.join(", ")
                    ),
                );
                return None;
            }
            Some(v) => v,
        };
        match value.get_ref().as_str() {
            Some(s) if choices.contains(&s) => Some(s.to_owned()),
            Some(s) => {
                loader.report(
                    self.at_value(key, value.span()),
                    format!("{s:?} is not one of {}", choices.join(", ")),
                );
                None
            }
            None => {
                loader.report(
                    self.at_value(key, value.span()),
                    format!(
                        "must be one of {} in quotes, not a {}",
                        choices.join(", "),
                        value.get_ref().type_str()
                    ),
                );
                None
            }
        }
    }

    fn boolean(&mut self, loader: &mut Loader, key: &str) -> Option<bool> {
        let v = self.get(key)?;
        match v.get_ref().as_bool() {
            Some(b) => Some(b),
            None => {
                loader.report(
                    self.at_value(key, v.span()),
                    format!(
                        "must be true or false without quotes, not a {}",
                        v.get_ref().type_str()
                    ),
                );
                None
            }
        }
    }

    fn required_boolean(&mut self, loader: &mut Loader, key: &str) -> Option<bool> {
        if self.table.get(key).is_none() {
            self.used.push(key.to_owned());
            loader.report(
                self.at_item(key),
                format!("missing; add `{key} = true` or `{key} = false`"),
            );
            return None;
        }
        self.boolean(loader, key)
    }

    fn integer(&mut self, loader: &mut Loader, key: &str) -> Option<i64> {
        let v = self.get(key)?;
        match v.get_ref().as_integer().and_then(int_value) {
            Some(n) => Some(n),
            None => {
                loader.report(
                    self.at_value(key, v.span()),
                    "must be a whole number without quotes",
                );
                None
            }
        }
    }

    /// An optional list of non-blank strings.
    fn text_list(&mut self, loader: &mut Loader, key: &str) -> Vec<Spanned<String>> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let Some(list) = v.get_ref().as_array() else {
            loader.report(
                self.at_value(key, v.span()),
                format!(
                    "must be a list of text in quotes, such as `{key} = [\"a\", \"b\"]`, not a {}",
                    v.get_ref().type_str()
                ),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (j, entry) in list.iter().enumerate() {
            let field = format!("{key}[{}]", j + 1);
            match entry.get_ref().as_str() {
                Some(s) if !s.trim().is_empty() => {
                    out.push(Spanned::new(entry.span(), s.trim().to_owned()));
                }
                Some(_) => loader.report(
                    self.at_value(&field, entry.span()),
                    "is blank; write some text or remove the entry",
                ),
                None => loader.report(
                    self.at_value(&field, entry.span()),
                    format!(
                        "must be text in quotes, not a {}",
                        entry.get_ref().type_str()
                    ),
                ),
            }
        }
        out
    }

    /// An optional sub-table such as `[indicator.survey]`.
    fn sub_table(&mut self, loader: &mut Loader, key: &str) -> Option<Item<'a, 's>> {
        let v = self.get(key)?;
        match v.get_ref().as_table() {
            Some(table) => Some(Item::new(
                self.src,
                table,
                v.span(),
                Some(format!(
                    "{}.{key}",
                    self.label.clone().unwrap_or_else(|| "item".into())
                )),
            )),
            None => {
                loader.report(
                    self.at_value(key, v.span()),
                    format!(
                        "must be a table, written on its own lines under a [<item>.{key}] header"
                    ),
                );
                None
            }
        }
    }

    /// Reports every key that was not read and is not in `allowed`.
    fn finish(self, loader: &mut Loader, allowed: &[&str]) {
        for (key, _) in self.table.iter() {
            let k: &str = key.get_ref();
            if !allowed.contains(&k) && !self.used.iter().any(|u| u == k) {
                loader.report(
                    At {
                        src: self.src,
                        span: Some(key.span()),
                        item: self.label.clone(),
                        field: Some(k.to_owned()),
                    },
                    format!(
                        "unknown field; check the spelling (allowed here: {})",
                        allowed.join(", ")
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_map_to_one_based_lines() {
        let src = Source::new("f.toml".into(), "a = 1\nb = 2\n\nc = 3");
        assert_eq!(src.line(0), 1);
        assert_eq!(src.line(5), 1, "the newline belongs to its line");
        assert_eq!(src.line(6), 2);
        assert_eq!(src.line(13), 4);
        assert_eq!(
            src.line(999),
            4,
            "offsets past the end stay on the last line"
        );
    }

    #[test]
    fn integers_in_any_toml_notation_are_read() {
        let table = DeTable::parse("a = 1_000\nb = -7\nc = 0x1f\nd = +3").expect("valid toml");
        let get = |k: &str| {
            table
                .get_ref()
                .get(k)
                .and_then(|v| v.get_ref().as_integer())
                .and_then(int_value)
        };
        assert_eq!(get("a"), Some(1000));
        assert_eq!(get("b"), Some(-7));
        assert_eq!(get("c"), Some(31));
        assert_eq!(get("d"), Some(3));
    }

    #[test]
    fn lists_of_ids_in_messages_name_each_id_once() {
        assert_eq!(join_ids(["a", "b", "a"].into_iter()), "a, b");
        assert_eq!(join_ids(std::iter::empty()), "(none are defined)");
    }
}
