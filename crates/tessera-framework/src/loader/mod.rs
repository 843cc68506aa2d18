//! Reads a pack's TOML files and validates the whole pack, collecting every problem.
//!
//! The files are walked as spanned TOML tables (`toml::de::DeTable`) rather than deserialised
//! straight into structs, because serde stops at the first error while pack authors need every
//! problem at once, each with its line. Each file's reader lives in its own module; this one
//! sorts files into their roles and puts the pack together.

mod domains;
mod indicators;
mod item;
mod keywords;
mod pack_file;
mod toolkit;
mod translations;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde_spanned::Spanned;
use toml::de::{DeTable, DeValue};

use crate::id::PackId;
use crate::model::{Pack, SourceLocation};
use crate::problem::{PackErrors, Problem};
use crate::provenance::{FileLicence, TESSERA_SOURCE};

use item::{At, Source};

/// The file holding the pack itself.
pub const PACK_FILE: &str = "pack.toml";
/// The file holding the domains.
pub const DOMAINS_FILE: &str = "domains.toml";
/// The optional file holding the keyword index.
pub const KEYWORDS_FILE: &str = "keywords.toml";
/// The optional file holding the toolkit's data sources.
pub const TOOLKIT_FILE: &str = "toolkit.toml";
/// The optional single file of indicators.
pub const INDICATORS_FILE: &str = "indicators.toml";
/// The optional folder of indicator files, read in name order.
pub const INDICATORS_DIR: &str = "indicators";
/// The optional folder of translation files, one per language (`translations/cy.toml`).
pub const TRANSLATIONS_DIR: &str = "translations";

/// Loads and validates the pack in folder `path`, whose name is the pack id.
///
/// Reads `pack.toml`, `domains.toml`, optional `keywords.toml` and `toolkit.toml`, optional
/// `indicators.toml`, every `indicators/*.toml` in name order and every `translations/*.toml`.
/// Any problem in any file fails the whole pack.
pub fn load_pack_dir(path: &Path) -> Result<Pack, PackErrors> {
    let shown = path.display().to_string();
    let shown = shown.trim_end_matches(['/', '\\']).to_owned();
    let folder = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut problems = Vec::new();
    let mut files: Vec<(String, String)> = Vec::new();

    let unreadable = |file: String, what: &str, e: std::io::Error| Problem {
        file,
        line: None,
        item: None,
        field: None,
        message: format!("could not read the {what}: {e}"),
    };
    let toml_files = |dir: &Path| -> std::io::Result<Vec<String>> {
        let mut names: Vec<String> = std::fs::read_dir(dir)?
            .filter_map(Result::ok)
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        names.sort();
        Ok(names)
    };

    let top = match toml_files(path) {
        Ok(top) => top,
        Err(e) => {
            return Err(PackErrors::new(vec![unreadable(shown, "pack folder", e)]));
        }
    };
    let mut names: Vec<String> = top;
    for sub in [INDICATORS_DIR, TRANSLATIONS_DIR] {
        let dir = path.join(sub);
        if !dir.is_dir() {
            continue;
        }
        match toml_files(&dir) {
            Ok(found) => names.extend(found.into_iter().map(|n| format!("{sub}/{n}"))),
            Err(e) => problems.push(unreadable(
                format!("{shown}/{sub}"),
                &format!("{sub} folder"),
                e,
            )),
        }
    }
    for name in names {
        match std::fs::read_to_string(path.join(&name)) {
            Ok(text) => files.push((name, text)),
            Err(e) => problems.push(unreadable(format!("{shown}/{name}"), "file", e)),
        }
    }
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    match load_sources(Some(&folder), &format!("{shown}/"), &borrowed) {
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
    load_sources(Some(id), "", files)
}

/// Like [`load_pack_from_sources`], with `prefix` put before every file name in problems.
///
/// With `folder` `None` the pack id is taken from `pack.toml` (an uploaded pack has no folder).
pub(crate) fn load_sources(
    folder: Option<&str>,
    prefix: &str,
    files: &[(&str, &str)],
) -> Result<Pack, PackErrors> {
    let mut loader = Loader {
        prefix: prefix.to_owned(),
        problems: Vec::new(),
        sources: Vec::new(),
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

/// The files of a pack, sorted into their roles.
#[derive(Default)]
struct Roles<'f> {
    pack: Option<&'f str>,
    domains: Option<&'f str>,
    keywords: Option<&'f str>,
    toolkit: Option<&'f str>,
    indicators: Vec<(&'f str, &'f str)>,
    translations: Vec<(&'f str, &'f str)>,
}

pub(crate) struct Loader {
    prefix: String,
    problems: Vec<Problem>,
    /// The ids of the pack's `[[source]]` documents, once pack.toml is read.
    sources: Vec<String>,
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

    /// Whether `id` names one of the pack's sources or Tessera itself; reports it if not.
    fn known_source(&mut self, at: At<'_>, id: &str) -> bool {
        if id == TESSERA_SOURCE || self.sources.iter().any(|s| s == id) {
            return true;
        }
        let mut choices: Vec<&str> = self.sources.iter().map(String::as_str).collect();
        choices.push(TESSERA_SOURCE);
        self.report(
            at,
            format!(
                "there is no source {id:?}; use one of {} (add a [[source]] to pack.toml for a new \
                 document)",
                choices.join(", ")
            ),
        );
        false
    }

    /// Sorts files into their roles; anything unexpected is reported rather than ignored, so a
    /// misspelt file name does not silently drop its contents.
    fn roles<'f>(&mut self, files: &[(&'f str, &'f str)]) -> Roles<'f> {
        let mut roles = Roles::default();
        let mut sorted: Vec<(&str, &str)> = files.to_vec();
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        for (name, text) in sorted {
            let norm = name.replace('\\', "/");
            let in_dir = |dir: &str| {
                norm.strip_prefix(dir)
                    .and_then(|rest| rest.strip_prefix('/'))
                    .is_some_and(|rest| rest.ends_with(".toml") && !rest.contains('/'))
            };
            match norm.as_str() {
                PACK_FILE => roles.pack = Some(text),
                DOMAINS_FILE => roles.domains = Some(text),
                KEYWORDS_FILE => roles.keywords = Some(text),
                TOOLKIT_FILE => roles.toolkit = Some(text),
                INDICATORS_FILE => roles.indicators.insert(0, (name, text)),
                _ if in_dir(INDICATORS_DIR) => roles.indicators.push((name, text)),
                _ if in_dir(TRANSLATIONS_DIR) => roles.translations.push((name, text)),
                _ => self.file_problem(
                    name,
                    "unexpected file in a framework pack; a pack holds pack.toml, domains.toml, \
                     keywords.toml, toolkit.toml, indicators.toml, indicators/*.toml and \
                     translations/*.toml; rename or remove it",
                ),
            }
        }
        if roles.pack.is_none() {
            self.file_problem(
                PACK_FILE,
                "the file is missing; every pack needs a pack.toml",
            );
        }
        if roles.domains.is_none() {
            self.file_problem(
                DOMAINS_FILE,
                "the file is missing; every pack needs a domains.toml",
            );
        }
        roles
    }

    fn load(&mut self, folder: Option<&str>, files: &[(&str, &str)]) -> Option<Pack> {
        let folder_id = match folder.map(PackId::parse) {
            Some(Ok(id)) => Some(id),
            Some(Err(e)) => {
                self.file_problem(
                    "",
                    format!("the pack folder name must be a valid pack id: {e}; rename the folder"),
                );
                None
            }
            None => None,
        };
        let roles = self.roles(files);
        let mut file_licences = Vec::new();

        let pack_src = roles
            .pack
            .map(|t| Source::new(format!("{}{PACK_FILE}", self.prefix), t));
        let mut head = pack_src
            .as_ref()
            .and_then(|src| self.parse_pack_file(src, folder_id.as_ref(), folder.is_some()));
        // With no folder the pack's own id stands in for it when checking indicator files.
        let pack_id = folder_id.or_else(|| head.as_ref().and_then(|h| h.id.clone()));

        let domains_src = roles
            .domains
            .map(|t| Source::new(format!("{}{DOMAINS_FILE}", self.prefix), t));
        let domains = domains_src.as_ref().and_then(|src| {
            self.parse_domains_file(src, head.as_ref(), DOMAINS_FILE, &mut file_licences)
        });

        let keywords = roles.keywords.and_then(|t| {
            let src = Source::new(format!("{}{KEYWORDS_FILE}", self.prefix), t);
            self.parse_keywords_file(&src, domains.as_ref(), &mut file_licences)
        });

        let toolkit = match roles.toolkit {
            Some(t) => {
                let src = Source::new(format!("{}{TOOLKIT_FILE}", self.prefix), t);
                self.parse_toolkit_file(&src, &mut file_licences)
            }
            None => Some(Vec::new()),
        };

        let mut indicators = Vec::new();
        let mut crosswalk_sources = BTreeMap::new();
        let mut seen_ids: HashMap<String, SourceLocation> = HashMap::new();
        let mut indicators_complete = true;
        for (name, text) in &roles.indicators {
            let src = Source::new(format!("{}{name}", self.prefix), text);
            let context = indicators::Context {
                pack: pack_id.as_ref(),
                head: head.as_ref(),
                domains: domains.as_ref(),
                toolkit: toolkit.as_deref(),
                file: &name.replace('\\', "/"),
            };
            match self.parse_indicator_file(&src, &context, &mut seen_ids, &mut file_licences) {
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

        // Translations are read even when other files have problems, so that every problem is
        // reported at once; ids of a kind whose file failed are then not checked.
        let known = translations::Known {
            pack: head.as_ref().is_some_and(|h| h.meta.is_some()),
            domains: domains.is_some(),
            indicators: indicators_complete,
        };
        let meta = head.as_mut().and_then(|h| h.meta.take());
        let (domain_types, principles, data_source_kinds) = match head {
            Some(h) => (h.domain_types, h.principles, h.data_source_kinds),
            None => Default::default(),
        };
        let (domain_list, domain_crosswalk_sources) = match domains {
            Some(d) => (d.domains, d.crosswalk_sources),
            None => Default::default(),
        };
        let mut pack = Pack {
            id: PackId(String::new()),
            name: String::new(),
            short_name: None,
            publisher: String::new(),
            year: None,
            summary: String::new(),
            licence: String::new(),
            attribution: String::new(),
            source_url: None,
            sources: Vec::new(),
            notes: None,
            file_licences,
            toolkit_sources: toolkit.clone().unwrap_or_default(),
            translations: BTreeMap::new(),
            domain_types,
            principles,
            data_source_kinds,
            domains: domain_list,
            keywords: keywords.clone().unwrap_or_default(),
            indicators,
            crosswalk_sources,
            domain_crosswalk_sources,
        };
        if let Some(meta) = &meta {
            pack.summary.clone_from(&meta.summary);
        }
        for (name, text) in &roles.translations {
            let src = Source::new(format!("{}{name}", self.prefix), text);
            self.parse_translation_file(&src, name, &mut pack, known);
        }
        let meta = meta?;
        if keywords.is_none() && roles.keywords.is_some() {
            return None;
        }
        toolkit?;
        if !known.domains || !known.indicators || !self.problems.is_empty() {
            return None;
        }
        pack.id = meta.id;
        pack.name = meta.name;
        pack.short_name = meta.short_name;
        pack.publisher = meta.publisher;
        pack.year = meta.year;
        pack.licence = meta.licence;
        pack.attribution = meta.attribution;
        pack.source_url = meta.source_url;
        pack.sources = meta.sources;
        pack.notes = meta.notes;
        Some(pack)
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

    /// Reads a file's own `licence` line, if it has one, into `licences`.
    fn file_licence(
        &mut self,
        top: &mut item::Item<'_, '_>,
        file: &str,
        licences: &mut Vec<FileLicence>,
    ) {
        if let Some(licence) = top.text(self, "licence", item::Need::Optional) {
            licences.push(FileLicence {
                file: file.to_owned(),
                licence,
            });
        }
    }
}
