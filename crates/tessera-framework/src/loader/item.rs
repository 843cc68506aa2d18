//! The pieces the pack loader reads TOML with: files with line numbers, problem locations, and
//! one table being read with the keys it has used.

use std::ops::Range;

use serde_spanned::Spanned;
use toml::de::{DeTable, DeValue};

use crate::id::{DomainId, IdError, IndicatorId, PackId, SourceId, ToolkitSourceId};

use super::Loader;

/// One file's text and where its lines start.
pub(super) struct Source<'s> {
    pub(super) file: String,
    pub(super) text: &'s str,
    line_starts: Vec<usize>,
}

impl<'s> Source<'s> {
    pub(super) fn new(file: String, text: &'s str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            file,
            text,
            line_starts,
        }
    }

    /// The 1-based line holding byte `offset`.
    pub(super) fn line(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.line_starts.partition_point(|&start| start <= offset)
    }
}

/// Where to report a problem: file, byte span, item and field.
pub(super) struct At<'a> {
    pub(super) src: &'a Source<'a>,
    pub(super) span: Option<Range<usize>>,
    pub(super) item: Option<String>,
    pub(super) field: Option<String>,
}

pub(super) fn int_value(n: &toml::de::DeInteger<'_>) -> Option<i64> {
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

pub(super) fn join_ids<'a>(ids: impl Iterator<Item = &'a str>) -> String {
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

#[derive(Clone, Copy)]
pub(super) enum IdKind {
    Pack,
    Domain,
    Indicator,
    DomainType,
    Principle,
    DataSourceKind,
    Source,
    ToolkitSource,
}

impl IdKind {
    pub(super) fn example(self) -> &'static str {
        match self {
            IdKind::Pack => "ioi-2019",
            IdKind::Domain => "social-bridges",
            IdKind::Indicator => "work-employment-rate",
            IdKind::DomainType => "markers-and-means",
            IdKind::Principle => "multi-dimensional",
            IdKind::DataSourceKind => "national-survey",
            IdKind::Source => "iom-guide-2020",
            IdKind::ToolkitSource => "annual-population-survey",
        }
    }
}

/// Turns checked slug text into an id type.
pub(super) trait FromSlug: Sized {
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
from_slug!(PackId, DomainId, IndicatorId, SourceId, ToolkitSourceId);

pub(super) enum Need {
    Required,
    RequiredBecause(&'static str),
    Optional,
}

/// One TOML table being read: remembers which keys were used, to report unknown ones.
pub(super) struct Item<'a, 's> {
    pub(super) src: &'a Source<'a>,
    pub(super) table: &'a DeTable<'s>,
    pub(super) span: Range<usize>,
    pub(super) label: Option<String>,
    pub(super) used: Vec<String>,
}

impl<'a, 's> Item<'a, 's> {
    pub(super) fn new(
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

    pub(super) fn get(&mut self, key: &str) -> Option<&'a Spanned<DeValue<'s>>> {
        self.used.push(key.to_owned());
        self.table.get(key)
    }

    pub(super) fn at_item(&self, field: &str) -> At<'a> {
        At {
            src: self.src,
            span: Some(self.span.clone()),
            item: self.label.clone(),
            field: Some(field.to_owned()),
        }
    }

    pub(super) fn at_value(&self, field: &str, span: Range<usize>) -> At<'a> {
        At {
            src: self.src,
            span: Some(span),
            item: self.label.clone(),
            field: Some(field.to_owned()),
        }
    }

    pub(super) fn text_spanned(
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

    pub(super) fn text(&mut self, loader: &mut Loader, key: &str, need: Need) -> Option<String> {
        self.text_spanned(loader, key, need)
            .map(Spanned::into_inner)
    }

    pub(super) fn id<T: FromSlug>(
        &mut self,
        loader: &mut Loader,
        key: &str,
        kind: IdKind,
    ) -> Option<Spanned<T>> {
        self.id_with(loader, key, kind, Need::Required)
    }

    /// An optional id field.
    pub(super) fn optional_id<T: FromSlug>(
        &mut self,
        loader: &mut Loader,
        key: &str,
        kind: IdKind,
    ) -> Option<Spanned<T>> {
        self.id_with(loader, key, kind, Need::Optional)
    }

    fn id_with<T: FromSlug>(
        &mut self,
        loader: &mut Loader,
        key: &str,
        kind: IdKind,
        need: Need,
    ) -> Option<Spanned<T>> {
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
    pub(super) fn choice(
        &mut self,
        loader: &mut Loader,
        key: &str,
        choices: &[&str],
    ) -> Option<String> {
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

    /// An optional text field whose value, when present, must be one of `choices`.
    pub(super) fn optional_choice(
        &mut self,
        loader: &mut Loader,
        key: &str,
        choices: &[&str],
    ) -> Option<String> {
        if self.table.get(key).is_none() {
            self.used.push(key.to_owned());
            return None;
        }
        self.choice(loader, key, choices)
    }

    pub(super) fn boolean(&mut self, loader: &mut Loader, key: &str) -> Option<bool> {
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

    pub(super) fn required_boolean(&mut self, loader: &mut Loader, key: &str) -> Option<bool> {
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

    pub(super) fn integer(&mut self, loader: &mut Loader, key: &str) -> Option<i64> {
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
    pub(super) fn text_list(&mut self, loader: &mut Loader, key: &str) -> Vec<Spanned<String>> {
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
    pub(super) fn sub_table(&mut self, loader: &mut Loader, key: &str) -> Option<Item<'a, 's>> {
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
    pub(super) fn finish(self, loader: &mut Loader, allowed: &[&str]) {
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
