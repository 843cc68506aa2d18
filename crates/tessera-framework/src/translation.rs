//! Pack text in other languages, and lookups that fall back to English.
//!
//! Packs are written in English. A pack may carry translations of its names and summaries (for
//! example into Welsh, `cy`) in `translations/<language>.toml`; each translation says whether a
//! fluent speaker has reviewed it, so pages can mark drafts and translators can find them.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{DataSourceKind, Domain, DomainType, Indicator, Pack, Principle};

/// The language pack files are written in.
pub const SOURCE_LANGUAGE: &str = "en";

/// An item's name (and summary, when it has one) in another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Translation {
    /// The translated name.
    pub name: String,
    /// The translated summary, if translated.
    pub summary: Option<String>,
    /// Whether a fluent speaker has reviewed the translation.
    pub reviewed: bool,
}

/// An indicator's texts in another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndicatorTranslation {
    /// The translated name.
    pub name: String,
    /// The translated numerator, if translated.
    pub numerator: Option<String>,
    /// The translated denominator, if translated.
    pub denominator: Option<String>,
    /// Whether a fluent speaker has reviewed the translation.
    pub reviewed: bool,
}

/// Translations of one item, keyed by language code (`cy`).
pub type Translations<T> = BTreeMap<String, T>;

/// A text in the language asked for, or in English when there is no translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Localised<'a> {
    /// The text.
    pub text: &'a str,
    /// The language the text is in: the one asked for, or [`SOURCE_LANGUAGE`]. Pages set it as
    /// the `lang` of the element when it differs from the page's.
    pub lang: &'a str,
    /// Whether the text can be relied on: English text, or a translation a fluent speaker has
    /// reviewed. Unreviewed translations should be marked as drafts.
    pub reviewed: bool,
}

impl<'a> Localised<'a> {
    fn english(text: &'a str) -> Self {
        Self {
            text,
            lang: SOURCE_LANGUAGE,
            reviewed: true,
        }
    }
}

/// The language key a code is looked up under: its primary subtag in lower case (`cy-GB` → `cy`).
pub fn language_key(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Checks a language code used for translations: two or three lower-case letters, not English.
pub fn check_language(code: &str) -> Result<(), String> {
    if code == SOURCE_LANGUAGE {
        return Err(
            "English is the language packs are written in; it needs no translation file".into(),
        );
    }
    let ok = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{code:?} is not a language code; use the two-letter ISO 639-1 code, such as \"cy\" \
             for Welsh"
        ))
    }
}

fn pick<'a, T>(
    translations: &'a Translations<T>,
    lang: &str,
    english: &'a str,
    field: impl Fn(&'a T) -> Option<&'a str>,
    reviewed: impl Fn(&T) -> bool,
) -> Localised<'a> {
    let key = language_key(lang);
    match translations.get_key_value(key.as_str()) {
        Some((code, t)) => match field(t) {
            Some(text) => Localised {
                text,
                lang: code,
                reviewed: reviewed(t),
            },
            None => Localised::english(english),
        },
        None => Localised::english(english),
    }
}

macro_rules! name_and_summary {
    ($t:ty) => {
        impl $t {
            /// The name in `lang` (such as `cy`), falling back to English.
            pub fn name_in(&self, lang: &str) -> &str {
                self.localised_name(lang).text
            }

            /// The name in `lang` with the language it is actually in and whether it was reviewed.
            pub fn localised_name(&self, lang: &str) -> Localised<'_> {
                pick(
                    &self.translations,
                    lang,
                    &self.name,
                    |t| Some(t.name.as_str()),
                    |t| t.reviewed,
                )
            }

            /// The summary in `lang`, falling back to English; empty when there is none.
            pub fn summary_in(&self, lang: &str) -> &str {
                self.localised_summary(lang).text
            }

            /// The summary in `lang` with the language it is actually in and whether it was reviewed.
            pub fn localised_summary(&self, lang: &str) -> Localised<'_> {
                let english: &str = self.english_summary();
                pick(
                    &self.translations,
                    lang,
                    english,
                    |t| t.summary.as_deref(),
                    |t| t.reviewed,
                )
            }
        }
    };
}

macro_rules! optional_summary {
    ($($t:ty),*) => {$(
        impl $t {
            fn english_summary(&self) -> &str {
                self.summary.as_deref().unwrap_or_default()
            }
        }
    )*};
}

optional_summary!(DomainType, Principle, DataSourceKind);

impl Domain {
    fn english_summary(&self) -> &str {
        &self.summary
    }
}

impl Pack {
    fn english_summary(&self) -> &str {
        &self.summary
    }
}

name_and_summary!(DomainType);
name_and_summary!(Principle);
name_and_summary!(DataSourceKind);
name_and_summary!(Domain);
name_and_summary!(Pack);

impl Indicator {
    /// The name in `lang` (such as `cy`), falling back to English.
    pub fn name_in(&self, lang: &str) -> &str {
        self.localised_name(lang).text
    }

    /// The name in `lang` with the language it is actually in and whether it was reviewed.
    pub fn localised_name(&self, lang: &str) -> Localised<'_> {
        pick(
            &self.translations,
            lang,
            &self.name,
            |t| Some(t.name.as_str()),
            |t| t.reviewed,
        )
    }

    /// The numerator in `lang`, falling back to English.
    pub fn numerator_in(&self, lang: &str) -> Localised<'_> {
        pick(
            &self.translations,
            lang,
            &self.numerator,
            |t| t.numerator.as_deref(),
            |t| t.reviewed,
        )
    }

    /// The denominator in `lang`, falling back to English; `None` when there is none.
    pub fn denominator_in(&self, lang: &str) -> Option<Localised<'_>> {
        let english = self.denominator.as_deref()?;
        Some(pick(
            &self.translations,
            lang,
            english,
            |t| t.denominator.as_deref(),
            |t| t.reviewed,
        ))
    }
}

/// One translated text no fluent speaker has reviewed yet, beside the English it translates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PendingTranslation<'a> {
    /// The language code (`cy`).
    pub lang: &'a str,
    /// The kind of item: `pack`, `domain_type`, `principle`, `data_source_kind`, `domain` or
    /// `indicator`.
    pub kind: &'static str,
    /// The item's id (the pack's id for the pack itself).
    pub id: &'a str,
    /// The field translated: `name`, `summary`, `numerator` or `denominator`.
    pub field: &'static str,
    /// The English text.
    pub english: &'a str,
    /// The translation awaiting review.
    pub translated: &'a str,
}

impl Pack {
    /// Every translated text of the pack not yet reviewed by a fluent speaker, in file order:
    /// the pack, domain types, principles, data-source kinds, domains, then indicators.
    pub fn unreviewed_translations(&self) -> Vec<PendingTranslation<'_>> {
        let mut out = Vec::new();
        fn named<'a>(
            out: &mut Vec<PendingTranslation<'a>>,
            kind: &'static str,
            id: &'a str,
            name: &'a str,
            summary: Option<&'a str>,
            translations: &'a Translations<Translation>,
        ) {
            for (lang, t) in translations.iter().filter(|(_, t)| !t.reviewed) {
                out.push(PendingTranslation {
                    lang,
                    kind,
                    id,
                    field: "name",
                    english: name,
                    translated: &t.name,
                });
                if let (Some(english), Some(translated)) = (summary, t.summary.as_deref()) {
                    out.push(PendingTranslation {
                        lang,
                        kind,
                        id,
                        field: "summary",
                        english,
                        translated,
                    });
                }
            }
        }
        named(
            &mut out,
            "pack",
            self.id.as_str(),
            &self.name,
            Some(&self.summary),
            &self.translations,
        );
        for t in &self.domain_types {
            named(
                &mut out,
                "domain_type",
                t.id.as_str(),
                &t.name,
                t.summary.as_deref(),
                &t.translations,
            );
        }
        for p in &self.principles {
            named(
                &mut out,
                "principle",
                p.id.as_str(),
                &p.name,
                p.summary.as_deref(),
                &p.translations,
            );
        }
        for k in &self.data_source_kinds {
            named(
                &mut out,
                "data_source_kind",
                k.id.as_str(),
                &k.name,
                k.summary.as_deref(),
                &k.translations,
            );
        }
        for d in &self.domains {
            named(
                &mut out,
                "domain",
                d.id.as_str(),
                &d.name,
                Some(&d.summary),
                &d.translations,
            );
        }
        for i in &self.indicators {
            for (lang, t) in i.translations.iter().filter(|(_, t)| !t.reviewed) {
                let mut push = |field, english, translated| {
                    out.push(PendingTranslation {
                        lang,
                        kind: "indicator",
                        id: i.id.as_str(),
                        field,
                        english,
                        translated,
                    });
                };
                push("name", i.name.as_str(), t.name.as_str());
                if let Some(n) = &t.numerator {
                    push("numerator", i.numerator.as_str(), n.as_str());
                }
                if let (Some(e), Some(d)) = (&i.denominator, &t.denominator) {
                    push("denominator", e.as_str(), d.as_str());
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::DomainId;

    fn domain() -> Domain {
        let mut translations = Translations::new();
        translations.insert(
            "cy".to_owned(),
            Translation {
                name: "Gwaith".into(),
                summary: None,
                reviewed: false,
            },
        );
        Domain {
            id: DomainId::parse("work").expect("valid"),
            number: Some(1),
            name: "Work".into(),
            domain_type: None,
            summary: "Paid work.".into(),
            related: Vec::new(),
            crosswalk: Vec::new(),
            translations,
        }
    }

    #[test]
    fn a_name_is_looked_up_by_primary_language_and_falls_back_to_english() {
        let d = domain();
        assert_eq!(d.name_in("cy"), "Gwaith");
        assert_eq!(d.name_in("cy-GB"), "Gwaith");
        assert_eq!(d.name_in("CY"), "Gwaith");
        assert_eq!(d.name_in("en"), "Work");
        assert_eq!(d.name_in("gd"), "Work");
    }

    #[test]
    fn a_missing_translated_summary_falls_back_to_english_and_says_so() {
        let d = domain();
        let summary = d.localised_summary("cy");
        assert_eq!(summary.text, "Paid work.");
        assert_eq!(summary.lang, "en");
        assert!(summary.reviewed);
        let name = d.localised_name("cy");
        assert_eq!((name.lang, name.reviewed), ("cy", false));
    }

    #[test]
    fn language_codes_are_two_or_three_letters_and_not_english() {
        assert!(check_language("cy").is_ok());
        assert!(check_language("gd").is_ok());
        assert!(check_language("en").is_err());
        assert!(check_language("Welsh").is_err());
        assert!(check_language("c").is_err());
        assert_eq!(language_key("cy_GB"), "cy");
    }
}
