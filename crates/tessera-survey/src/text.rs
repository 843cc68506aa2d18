//! Texts in several languages, each with whether a fluent speaker has reviewed it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// One text in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// The words.
    pub value: String,
    /// Whether a fluent speaker has reviewed this text. Shown to the organisation, never to
    /// respondents.
    #[serde(default)]
    pub reviewed: bool,
}

/// A text in each language it exists in. Empty texts are never stored.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Texts(pub BTreeMap<Lang, Text>);

impl Texts {
    /// No text in any language.
    pub fn new() -> Self {
        Self::default()
    }

    /// One English text, reviewed (the organisation wrote it).
    pub fn english(value: &str) -> Self {
        let mut t = Self::new();
        t.set(Lang::english(), value, true);
        t
    }

    /// Sets the text in `lang`; an empty (or blank) value removes it.
    pub fn set(&mut self, lang: Lang, value: &str, reviewed: bool) {
        let value = value.trim();
        if value.is_empty() {
            self.0.remove(&lang);
        } else {
            self.0.insert(
                lang,
                Text {
                    value: value.to_owned(),
                    reviewed,
                },
            );
        }
    }

    /// The text in `lang`, if there is one.
    pub fn get(&self, lang: &Lang) -> Option<&Text> {
        self.0.get(lang)
    }

    /// The words in `lang`, or none.
    pub fn value(&self, lang: &Lang) -> Option<&str> {
        self.0.get(lang).map(|t| t.value.as_str())
    }

    /// The words a respondent reading `lang` sees, with the language they are in: `lang` if
    /// there is a text in it, else English, else any language.
    pub fn for_reader(&self, lang: &Lang) -> Option<(&str, &Lang)> {
        self.0
            .get_key_value(lang)
            .or_else(|| self.0.get_key_value(&Lang::english()))
            .or_else(|| self.0.iter().next())
            .map(|(l, t)| (t.value.as_str(), l))
    }

    /// Whether there is no text in any language.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The languages with a text.
    pub fn languages(&self) -> impl Iterator<Item = &Lang> {
        self.0.keys()
    }

    /// Marks the text in `lang` reviewed (or not), if there is one.
    pub fn mark_reviewed(&mut self, lang: &Lang, reviewed: bool) {
        if let Some(t) = self.0.get_mut(lang) {
            t.reviewed = reviewed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_of_a_missing_language_gets_english_and_is_told_so() {
        let mut t = Texts::english("Hello");
        t.set(Lang::welsh(), "Helo", false);
        let ar = Lang::parse("ar").expect("valid");
        assert_eq!(t.for_reader(&ar), Some(("Hello", &Lang::english())));
        assert_eq!(t.for_reader(&Lang::welsh()), Some(("Helo", &Lang::welsh())));
    }

    #[test]
    fn setting_a_blank_text_removes_it() {
        let mut t = Texts::english("Hello");
        t.set(Lang::english(), "  ", true);
        assert!(t.is_empty());
    }
}
