#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod format;
mod lang;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use format::{date, datetime, number, percent, signed, unix_datetime};
pub use lang::Lang;

include!(concat!(env!("OUT_DIR"), "/files.rs"));

tokio::task_local! {
    static LANG: Lang;
}

/// Runs `f` with `lang` as the language of everything it says (a request's language).
pub async fn scope<F: Future>(lang: Lang, f: F) -> F::Output {
    LANG.scope(lang, f).await
}

/// Runs `f` with `lang` as the language, outside async code (the command line, tests).
pub fn sync_scope<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    LANG.sync_scope(lang, f)
}

/// The language of the request being handled; English outside one.
pub fn current() -> Lang {
    LANG.try_with(|l| *l).unwrap_or(Lang::En)
}

/// A value a message is given: text, or a number (which also chooses the plural form).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A number: shown as written by [`number`] for its language, and used for plurals.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Arg::Number(*n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, i16, i32, i64, u32, u64, usize, f32, f64);

impl From<&&str> for Arg {
    fn from(s: &&str) -> Self {
        Arg::Text((*s).to_owned())
    }
}

struct Bundles {
    by_lang: BTreeMap<&'static str, FluentBundle<FluentResource>>,
    problems: Vec<String>,
}

static BUNDLES: LazyLock<Bundles> = LazyLock::new(|| {
    let mut by_lang = BTreeMap::new();
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let id: unic_langid::LanguageIdentifier = lang
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No invisible isolation marks around values: pages set `dir` where it matters.
        bundle.set_use_isolating(false);
        for (file_lang, name, text) in FILES {
            if *file_lang != lang.code() {
                continue;
            }
            match FluentResource::try_new((*text).to_owned()) {
                Ok(resource) => {
                    if let Err(errors) = bundle.add_resource(resource) {
                        for e in errors {
                            problems.push(format!("{file_lang}/{name}: {e}"));
                        }
                    }
                }
                Err((resource, errors)) => {
                    for e in errors {
                        problems.push(format!("{file_lang}/{name}: {e:?}"));
                    }
                    let _ = bundle.add_resource(resource);
                }
            }
        }
        by_lang.insert(lang.code(), bundle);
    }
    Bundles { by_lang, problems }
});

/// The message `key` (or `key.attribute`) in `lang` with `args`; the English message when the
/// language lacks it, and the key itself when no language has it (a test forbids both).
pub fn t_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    format_in(lang, key, args)
        .or_else(|| format_in(Lang::En, key, args))
        .unwrap_or_else(|| key.to_owned())
}

fn format_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = BUNDLES.by_lang.get(lang.code())?;
    let (id, attribute) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => {
                let mut v = fluent_bundle::types::FluentNumber::from(*n);
                // Whole numbers print without decimals; plural rules see the number itself.
                if n.fract() == 0.0 {
                    v.options.maximum_fraction_digits = Some(0);
                }
                fluent_args.set(*name, FluentValue::Number(v));
            }
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// The message `key` in the current language.
pub fn t(key: &str) -> String {
    t_in(current(), key, &[])
}

/// The message `key` in the current language, with `args`.
pub fn ta(key: &str, args: &[(&str, Arg)]) -> String {
    t_in(current(), key, args)
}

/// Whether `key` (or `key.attribute`) exists in `lang`.
pub fn has(lang: Lang, key: &str) -> bool {
    keys(lang).contains(key)
}

/// Every message and attribute key of `lang` (`id` and `id.attribute`).
pub fn keys(lang: Lang) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (file_lang, _, text) in FILES {
        if *file_lang != lang.code() {
            continue;
        }
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                out.insert(m.id.name.to_owned());
                for a in &m.attributes {
                    out.insert(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
    }
    out
}

/// Everything wrong with the message files: syntax errors, a message defined twice, and a
/// key one language has and another lacks. Empty when all is well.
pub fn problems() -> Vec<String> {
    let mut out = BUNDLES.problems.clone();
    let english = keys(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let theirs = keys(lang);
        for missing in english.difference(&theirs) {
            out.push(format!("{}: the key {missing} is missing", lang.code()));
        }
        for extra in theirs.difference(&english) {
            out.push(format!(
                "{}: the key {extra} is not in English, so nothing uses it",
                lang.code()
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_in_every_language_and_every_file_parses() {
        let problems = problems();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert!(keys(Lang::En).len() > 10);
    }

    #[test]
    fn welsh_has_six_plural_forms_and_english_two() {
        let n = |lang, count: u64| t_in(lang, "count-datasets", &[("count", count.into())]);
        assert_eq!(n(Lang::En, 1), "1 dataset");
        assert_eq!(n(Lang::En, 2), "2 datasets");
        assert_eq!(n(Lang::En, 0), "0 datasets");
        assert_eq!(n(Lang::Cy, 0), "Dim setiau data");
        assert_eq!(n(Lang::Cy, 1), "1 set data");
        assert_eq!(n(Lang::Cy, 2), "2 set ddata");
        assert_eq!(n(Lang::Cy, 3), "3 set data");
        assert_eq!(n(Lang::Cy, 6), "6 set data");
        assert_eq!(n(Lang::Cy, 11), "11 set data");
    }

    #[test]
    fn the_current_language_comes_from_the_scope() {
        assert_eq!(current(), Lang::En);
        let inside = sync_scope(Lang::Cy, || (current(), t("language-name")));
        assert_eq!(inside, (Lang::Cy, "Cymraeg".to_owned()));
        assert_eq!(t("language-name"), "English");
    }

    #[test]
    fn an_unknown_key_shows_itself() {
        assert_eq!(t("no-such-key"), "no-such-key");
    }
}
