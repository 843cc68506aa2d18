//! Languages a questionnaire speaks: a code, its name for XLSForm column headers, and its
//! writing direction.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::SurveyError;

/// A language code (BCP 47 style: `en`, `cy`, `ar`, `uk`, `fa`, `pt-BR`), parsed on entry.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Lang(String);

/// Languages whose names Tessera knows, with whether they are written right to left. Codes
/// outside this table are accepted (an organisation may collect in any language); their header
/// name is the code itself and they are laid out left to right unless listed in [`RTL`].
const KNOWN: &[(&str, &str)] = &[
    ("en", "English"),
    ("cy", "Welsh"),
    ("ar", "Arabic"),
    ("uk", "Ukrainian"),
    ("fa", "Farsi/Dari"),
    ("prs", "Dari"),
    ("ps", "Pashto"),
    ("ur", "Urdu"),
    ("ku", "Kurdish"),
    ("ckb", "Kurdish Sorani"),
    ("ti", "Tigrinya"),
    ("so", "Somali"),
    ("pl", "Polish"),
    ("ro", "Romanian"),
    ("es", "Spanish"),
    ("fr", "French"),
    ("pt", "Portuguese"),
    ("ru", "Russian"),
    ("zh", "Chinese"),
    ("bn", "Bengali"),
    ("pa", "Punjabi"),
    ("gd", "Scottish Gaelic"),
    ("ga", "Irish"),
    ("am", "Amharic"),
    ("tr", "Turkish"),
    ("sq", "Albanian"),
    ("vi", "Vietnamese"),
];

/// Scripts written right to left, by primary language subtag: Arabic, Persian (Farsi, Dari),
/// Pashto, Urdu, Sorani Kurdish, Hebrew, Yiddish, Dhivehi, Sindhi, Uyghur.
const RTL: &[&str] = &[
    "ar", "fa", "prs", "ps", "ur", "ckb", "he", "yi", "dv", "sd", "ug",
];

impl Lang {
    /// Parses a code: a primary subtag of 2–3 lower-case letters, then optional `-` subtags of
    /// 2–8 letters or digits.
    pub fn parse(code: &str) -> Result<Self, SurveyError> {
        let code = code.trim();
        let mut parts = code.split('-');
        let primary = parts.next().unwrap_or_default();
        let primary_ok =
            (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
        let rest_ok = parts
            .all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if primary_ok && rest_ok {
            Ok(Self(code.to_owned()))
        } else {
            Err(SurveyError::BadLanguage {
                code: code.to_owned(),
            })
        }
    }

    /// English: the language of the bank's source texts.
    pub fn english() -> Self {
        Self("en".to_owned())
    }

    /// Welsh.
    pub fn welsh() -> Self {
        Self("cy".to_owned())
    }

    /// The code, e.g. `ar`.
    pub fn code(&self) -> &str {
        &self.0
    }

    /// The primary subtag, e.g. `pt` for `pt-BR`.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// The language's English name as XLSForm headers carry it (`label::Arabic (ar)`); the code
    /// itself for languages Tessera does not know.
    pub fn english_name(&self) -> &str {
        KNOWN
            .iter()
            .find(|(c, _)| *c == self.0 || *c == self.primary())
            .map_or(self.0.as_str(), |(_, n)| n)
    }

    /// Whether the language is written right to left (pages set `dir="rtl"`).
    pub fn is_rtl(&self) -> bool {
        RTL.contains(&self.primary())
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The XLSForm column suffix: `English (en)`.
    pub fn xlsform_suffix(&self) -> String {
        format!("{} ({})", self.english_name(), self.0)
    }
}

impl TryFrom<String> for Lang {
    type Error = SurveyError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Lang> for String {
    fn from(value: Lang) -> Self {
        value.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_farsi_are_right_to_left_and_welsh_is_not() {
        assert!(Lang::parse("ar").expect("valid").is_rtl());
        assert!(Lang::parse("fa").expect("valid").is_rtl());
        assert!(Lang::parse("fa-AF").expect("valid").is_rtl());
        assert!(!Lang::parse("cy").expect("valid").is_rtl());
        assert_eq!(Lang::parse("uk").expect("valid").dir(), "ltr");
    }

    #[test]
    fn codes_that_are_not_language_tags_are_refused() {
        for bad in ["", "E", "english", "en_GB", "EN", "en-", "a1"] {
            assert!(Lang::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn xlsform_suffix_names_the_language_and_its_code() {
        assert_eq!(
            Lang::parse("uk").expect("valid").xlsform_suffix(),
            "Ukrainian (uk)"
        );
        assert_eq!(
            Lang::parse("xh").expect("valid").xlsform_suffix(),
            "xh (xh)"
        );
    }
}
