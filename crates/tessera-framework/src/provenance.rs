//! Where a pack's content comes from: its source documents, quotations, licences per file and
//! the strength of its crosswalks.
//!
//! A pack mixes material with different rights: facts taken from a published framework, short
//! quotations, and Tessera's own wording. These types let every part say which it is, so pages
//! can credit the right people and nobody ships someone else's text under the wrong licence.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::id::SourceId;
use crate::model::DomainRef;

/// The source id that marks a fact or judgement as Tessera's own rather than a document's.
pub const TESSERA_SOURCE: &str = "tessera";

/// A document a pack takes facts or quotations from, with its rights and the credit it asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceDocument {
    /// The id items use to refer to it, unique within the pack.
    pub id: SourceId,
    /// The document's title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// The year of publication, if known.
    pub year: Option<i64>,
    /// Where it can be read, if public.
    pub url: Option<String>,
    /// Who holds the rights and on what terms it may be reused, as far as is known.
    pub rights: String,
    /// What the pack takes from it, in a few words.
    pub used_for: String,
    /// The credit to show wherever material from it is used, if it asks for or deserves one.
    pub credit: Option<String>,
}

/// A marked quotation: the words are someone else's, so they are shown in quotation marks with
/// their source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The words quoted, when they are not the item's name (an indicator's quoted wording is its
    /// name, so it has no separate text).
    pub text: Option<String>,
    /// The document the words come from.
    pub source: SourceId,
    /// The document the words were read in, when it is not the original (a guide quoting a
    /// strategy, say).
    pub via: Option<SourceId>,
    /// Where in the document: a page, section or heading.
    pub locator: Option<String>,
}

/// How closely a crosswalked domain matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CrosswalkStrength {
    /// The two measure the same thing.
    Exact,
    /// They overlap for the most part.
    Close,
    /// They overlap in part only.
    Partial,
}

impl CrosswalkStrength {
    /// Every strength, strongest first.
    pub const ALL: [CrosswalkStrength; 3] = [
        CrosswalkStrength::Exact,
        CrosswalkStrength::Close,
        CrosswalkStrength::Partial,
    ];

    /// The word used in pack files.
    pub fn as_str(self) -> &'static str {
        match self {
            CrosswalkStrength::Exact => "exact",
            CrosswalkStrength::Close => "close",
            CrosswalkStrength::Partial => "partial",
        }
    }

    /// Parses the word used in pack files.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for CrosswalkStrength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One crosswalk entry: a domain of another pack, and how closely it matches if the pack says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CrosswalkLink {
    /// The other pack's domain.
    pub to: DomainRef,
    /// How closely it matches; `None` when the pack does not say.
    pub strength: Option<CrosswalkStrength>,
}

/// The licence of one file of a pack, when it differs from the pack's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileLicence {
    /// The file, as a path inside the pack (`keywords.toml`).
    pub file: String,
    /// The licence that is true of that file's content.
    pub licence: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosswalk_strengths_round_trip_through_their_words() {
        for s in CrosswalkStrength::ALL {
            assert_eq!(CrosswalkStrength::parse(s.as_str()), Some(s));
        }
        assert_eq!(CrosswalkStrength::parse("strong"), None);
    }
}
