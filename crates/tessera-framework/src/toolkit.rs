//! Toolkit facts: the data sources an indicator can be measured from, and what each offers.
//!
//! The Home Office framework comes with a toolkit that lists, for each indicator, example data
//! sources with how the data can be broken down, the geographic level, how often they are
//! collected, links, and whether a comparable international figure exists (as the practitioners'
//! guide describes it). These types carry the same facts, so an indicator page can say where
//! ready-made figures exist.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::id::ToolkitSourceId;

/// The smallest kind of area a data source gives figures for, or one of several it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GeographicLevel {
    /// The UK, or one of its nations.
    National,
    /// A region of England, or a comparable area such as a police force area.
    Regional,
    /// A local authority (council) area.
    LocalAuthority,
    /// An electoral ward or a smaller statistical area.
    Ward,
}

impl GeographicLevel {
    /// Every level, largest first.
    pub const ALL: [GeographicLevel; 4] = [
        GeographicLevel::National,
        GeographicLevel::Regional,
        GeographicLevel::LocalAuthority,
        GeographicLevel::Ward,
    ];

    /// The word used in pack files.
    pub fn as_str(self) -> &'static str {
        match self {
            GeographicLevel::National => "national",
            GeographicLevel::Regional => "regional",
            GeographicLevel::LocalAuthority => "local-authority",
            GeographicLevel::Ward => "ward",
        }
    }

    /// The words to show.
    pub fn label(self) -> &'static str {
        match self {
            GeographicLevel::National => "national",
            GeographicLevel::Regional => "regional",
            GeographicLevel::LocalAuthority => "local authority",
            GeographicLevel::Ward => "ward",
        }
    }

    /// Parses the word used in pack files.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == text)
    }
}

impl fmt::Display for GeographicLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How often a data source is collected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Frequency {
    /// Collected all year round, with results published in rolling periods.
    Continuous,
    /// Every month.
    Monthly,
    /// Every three months.
    Quarterly,
    /// Every year.
    Annual,
    /// Every two years.
    Biennial,
    /// Every ten years, as a census.
    Decennial,
    /// At irregular intervals.
    Irregular,
}

impl Frequency {
    /// Every frequency, most frequent first.
    pub const ALL: [Frequency; 7] = [
        Frequency::Continuous,
        Frequency::Monthly,
        Frequency::Quarterly,
        Frequency::Annual,
        Frequency::Biennial,
        Frequency::Decennial,
        Frequency::Irregular,
    ];

    /// The word used in pack files.
    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Continuous => "continuous",
            Frequency::Monthly => "monthly",
            Frequency::Quarterly => "quarterly",
            Frequency::Annual => "annual",
            Frequency::Biennial => "biennial",
            Frequency::Decennial => "decennial",
            Frequency::Irregular => "irregular",
        }
    }

    /// The words to show.
    pub fn label(self) -> &'static str {
        match self {
            Frequency::Continuous => "continuously",
            Frequency::Monthly => "every month",
            Frequency::Quarterly => "every quarter",
            Frequency::Annual => "every year",
            Frequency::Biennial => "every two years",
            Frequency::Decennial => "every ten years",
            Frequency::Irregular => "irregularly",
        }
    }

    /// Parses the word used in pack files.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == text)
    }
}

impl fmt::Display for Frequency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A data source in a pack's toolkit, with the facts a reader needs to use it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ToolkitSource {
    /// The id indicators use to name it, unique within the pack.
    pub id: ToolkitSourceId,
    /// The source's name (`Annual Population Survey`).
    pub name: String,
    /// Who runs or publishes it.
    pub publisher: String,
    /// Where its figures or documentation can be found.
    pub url: String,
    /// Which nations it covers (`UK`, `England`, `England and Wales`), if stated.
    pub coverage: Option<String>,
    /// The geographic levels it gives figures for, largest first.
    pub levels: Vec<GeographicLevel>,
    /// How often it is collected, if known.
    pub frequency: Option<Frequency>,
    /// The breakdowns its figures allow (`country of birth`, `age`), if known.
    pub breakdowns: Vec<String>,
    /// Whether a comparable international figure exists; `None` when not known.
    pub international: Option<bool>,
    /// What the international comparison is, or why there is none.
    pub international_note: Option<String>,
    /// Where these facts were read: the publisher's page or document.
    pub facts_from: String,
    /// Anything else a reader should know.
    pub note: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_frequencies_round_trip_through_their_words() {
        for l in GeographicLevel::ALL {
            assert_eq!(GeographicLevel::parse(l.as_str()), Some(l));
        }
        for f in Frequency::ALL {
            assert_eq!(Frequency::parse(f.as_str()), Some(f));
        }
        assert_eq!(GeographicLevel::parse("local authority"), None);
        assert_eq!(GeographicLevel::LocalAuthority.label(), "local authority");
    }
}
