//! The parts of a framework pack, as loaded and validated.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::id::{
    DataSourceKindId, DomainId, DomainTypeId, IndicatorId, PackId, PrincipleId, SourceId,
};
use crate::provenance::{CrosswalkLink, FileLicence, Quote, SourceDocument};
use crate::toolkit::ToolkitSource;
use crate::translation::{IndicatorTranslation, Translation, Translations};

/// A framework written down as data: its domain types, domains, principles, keywords and indicators.
#[derive(Debug, Clone, Serialize)]
pub struct Pack {
    /// The pack id, equal to its folder name.
    pub id: PackId,
    /// The full name of the framework.
    pub name: String,
    /// A short name for headings and menus, if the pack gives one.
    pub short_name: Option<String>,
    /// Who published the framework.
    pub publisher: String,
    /// The year the framework was published, if known.
    pub year: Option<i64>,
    /// One or two sentences on what the framework is for.
    pub summary: String,
    /// The licence that is true of the pack's content as a whole; files that differ say so in
    /// [`Pack::file_licences`].
    pub licence: String,
    /// The attribution statement the licence asks for.
    pub attribution: String,
    /// Where the framework is published, if given.
    pub source_url: Option<String>,
    /// The documents the pack takes facts or quotations from, with their rights and credits.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceDocument>,
    /// What the pack leaves out or could not confirm, and anything else a reader should know.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Licences of files whose content differs from the pack's licence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub file_licences: Vec<FileLicence>,
    /// The data sources of the pack's toolkit, in file order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub toolkit_sources: Vec<ToolkitSource>,
    /// The pack's name and summary in other languages.
    #[serde(skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<Translation>,
    /// The domain types, in file order.
    pub domain_types: Vec<DomainType>,
    /// The principles, in file order.
    pub principles: Vec<Principle>,
    /// The kinds of data source indicators may name, in file order.
    pub data_source_kinds: Vec<DataSourceKind>,
    /// The domains, in file order.
    pub domains: Vec<Domain>,
    /// The keyword index, in file order.
    pub keywords: Vec<Keyword>,
    /// The indicators, in file order (files read in name order).
    pub indicators: Vec<Indicator>,
    /// Where each crosswalk entry was written, keyed by (indicator index, crosswalk index).
    #[serde(skip)]
    pub(crate) crosswalk_sources: BTreeMap<(usize, usize), SourceLocation>,
    /// Where each domain crosswalk entry was written, keyed by (domain index, crosswalk index).
    #[serde(skip)]
    pub(crate) domain_crosswalk_sources: BTreeMap<(usize, usize), SourceLocation>,
}

impl Pack {
    /// The name to show where space is short: `short_name`, or else `name`.
    pub fn display_name(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }

    /// The domain with this id, or with this number when `key` is all digits.
    pub fn domain(&self, key: &str) -> Option<&Domain> {
        if let Ok(number) = key.trim().parse::<u32>() {
            return self.domains.iter().find(|d| d.number == Some(number));
        }
        self.domains.iter().find(|d| d.id == key)
    }

    /// The domain type with this id.
    pub fn domain_type(&self, id: &str) -> Option<&DomainType> {
        self.domain_types.iter().find(|t| t.id == id)
    }

    /// The data-source kind with this id.
    pub fn data_source_kind(&self, id: &str) -> Option<&DataSourceKind> {
        self.data_source_kinds.iter().find(|k| k.id == id)
    }

    /// The indicator with this id (without the pack prefix).
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The source document with this id.
    pub fn source(&self, id: &str) -> Option<&SourceDocument> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The toolkit data source with this id.
    pub fn toolkit_source(&self, id: &str) -> Option<&ToolkitSource> {
        self.toolkit_sources.iter().find(|s| s.id == id)
    }

    /// The licence true of a file of the pack (`keywords.toml`): its own, or the pack's.
    pub fn licence_of(&self, file: &str) -> &str {
        self.file_licences
            .iter()
            .find(|f| f.file == file)
            .map_or(self.licence.as_str(), |f| f.licence.as_str())
    }

    /// The credits to show wherever the pack is used: the pack's attribution, then each source's
    /// credit, in file order.
    pub fn credits(&self) -> Vec<&str> {
        let mut out = vec![self.attribution.as_str()];
        out.extend(self.sources.iter().filter_map(|s| s.credit.as_deref()));
        out
    }

    /// The languages the pack has any translation in, in code order.
    pub fn languages(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let codes = self
            .translations
            .keys()
            .chain(self.domain_types.iter().flat_map(|t| t.translations.keys()))
            .chain(self.principles.iter().flat_map(|p| p.translations.keys()))
            .chain(
                self.data_source_kinds
                    .iter()
                    .flat_map(|k| k.translations.keys()),
            )
            .chain(self.domains.iter().flat_map(|d| d.translations.keys()))
            .chain(self.indicators.iter().flat_map(|i| i.translations.keys()));
        for code in codes {
            if !out.contains(&code.as_str()) {
                out.push(code.as_str());
            }
        }
        out.sort_unstable();
        out
    }

    /// The keywords that send a reader to the given domain.
    pub fn keywords_for(&self, domain: &str) -> impl Iterator<Item = &Keyword> {
        let domain = domain.to_owned();
        self.keywords
            .iter()
            .filter(move |k| k.domains.iter().any(|d| *d == domain.as_str()))
    }
}

/// A group of domains, such as *Social Connections* in the IOI framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DomainType {
    /// The id, unique within the pack.
    pub id: DomainTypeId,
    /// The name to show.
    pub name: String,
    /// A plain-language description, if given.
    pub summary: Option<String>,
    /// A short definition quoted from the source, if the summary relies on one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// The name and summary in other languages.
    #[serde(skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<Translation>,
}

/// One of a framework's principles, such as *Integration is multi-dimensional*.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Principle {
    /// The id, unique within the pack.
    pub id: PrincipleId,
    /// The name to show.
    pub name: String,
    /// A plain-language description, if given.
    pub summary: Option<String>,
    /// A short definition quoted from the source, if the summary relies on one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// The plan checks that test a plan against this principle, from
    /// [`crate::PRINCIPLE_CHECKS`], in the order to show them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<String>,
    /// The name and summary in other languages.
    #[serde(skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<Translation>,
}

/// A kind of data source an indicator can be measured from, such as a national survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DataSourceKind {
    /// The id, unique within the pack.
    pub id: DataSourceKindId,
    /// The name to show.
    pub name: String,
    /// A plain-language description, if given.
    pub summary: Option<String>,
    /// The name and summary in other languages.
    #[serde(skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<Translation>,
}

/// An area of life in which integration is measured, such as *Work* or *Social Bridges*.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Domain {
    /// The id, unique within the pack.
    pub id: DomainId,
    /// The number the framework gives the domain, if any; the keyword index may use it.
    pub number: Option<u32>,
    /// The name to show.
    pub name: String,
    /// The domain type, when the pack has domain types.
    pub domain_type: Option<DomainTypeId>,
    /// A plain-language description.
    pub summary: String,
    /// Other domains of the same pack this one is closely related to.
    pub related: Vec<DomainId>,
    /// Domains of other packs this domain corresponds to, such as the IOI domains a strategy
    /// theme covers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub crosswalk: Vec<CrosswalkLink>,
    /// The name and summary in other languages.
    #[serde(skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<Translation>,
}

/// An entry of a pack's keyword index: a term and the domains it points to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Keyword {
    /// The term as the index prints it (`ESOL`, `Medical care, GP`).
    pub term: String,
    /// The domains the term points to, resolved from numbers or ids.
    pub domains: Vec<DomainId>,
    /// Where the fact that the term points to these domains comes from: one of the pack's
    /// sources, or `tessera` for Tessera's own judgement; `None` when the pack does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceId>,
    /// Why the entry is as it is, when that needs saying.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Where an indicator's wording comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Quoted from a published document named in the indicator's [`Indicator::quote`].
    Quoted,
    /// A measure a published source names, described in Tessera's own words; the source is
    /// named in the indicator's [`Indicator::described_from`].
    Described,
    /// Tessera's own starter-bank wording, aligned to the domain but not official.
    Starter,
    /// Written by an organisation for its own use.
    Local,
}

impl Origin {
    /// Every origin, in the order the pack format lists them.
    pub const ALL: [Origin; 4] = [
        Origin::Quoted,
        Origin::Described,
        Origin::Starter,
        Origin::Local,
    ];

    /// The word used in pack files.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Quoted => "quoted",
            Origin::Described => "described",
            Origin::Starter => "starter",
            Origin::Local => "local",
        }
    }

    /// Parses the word used in pack files.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == text)
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of figure an indicator is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IndicatorKind {
    /// A share of a population (numerator over denominator, both counts of people or records).
    Proportion,
    /// An average of a value over a population.
    Mean,
    /// Events per unit of population or time (numerator over denominator).
    Rate,
    /// A number of people, records or events.
    Count,
}

impl IndicatorKind {
    /// Every kind, in the order the pack format lists them.
    pub const ALL: [IndicatorKind; 4] = [
        IndicatorKind::Proportion,
        IndicatorKind::Mean,
        IndicatorKind::Rate,
        IndicatorKind::Count,
    ];

    /// The word used in pack files.
    pub fn as_str(self) -> &'static str {
        match self {
            IndicatorKind::Proportion => "proportion",
            IndicatorKind::Mean => "mean",
            IndicatorKind::Rate => "rate",
            IndicatorKind::Count => "count",
        }
    }

    /// Parses the word used in pack files.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Whether the figure is a ratio and so needs a denominator.
    pub fn needs_denominator(self) -> bool {
        matches!(self, IndicatorKind::Proportion | IndicatorKind::Rate)
    }
}

impl fmt::Display for IndicatorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A domain of some pack, written `<pack-id>/<domain-id>` in pack files.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DomainRef {
    /// The pack the domain belongs to.
    pub pack: PackId,
    /// The domain within that pack.
    pub domain: DomainId,
}

impl DomainRef {
    /// Parses `<pack-id>/<domain-id>`.
    pub fn parse(text: &str) -> Result<Self, crate::id::IdError> {
        let (pack, domain) = text
            .split_once('/')
            .ok_or_else(|| crate::id::IdError::NotQualified(text.to_owned()))?;
        Ok(Self {
            pack: PackId::parse(pack)?,
            domain: DomainId::parse(domain)?,
        })
    }
}

impl fmt::Display for DomainRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.pack, self.domain)
    }
}

/// A national survey question suitable for measuring an indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SurveyQuestion {
    /// The survey's name.
    pub name: String,
    /// The question, quoted or in outline.
    pub question: String,
}

/// What data exist for an indicator, as recorded by regional packs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Availability {
    /// Whether data exist for the receiving community.
    pub receiving_community: bool,
    /// Whether data exist for newcomers.
    pub newcomers: bool,
    /// Anything else a reader should know.
    pub note: Option<String>,
}

/// A measurable sign of integration within one domain.
///
/// Shipped indicators come from pack files; an organisation's own indicators are built in code
/// with `origin: Origin::Local` and added with [`crate::Catalogue::add_local_indicator`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Indicator {
    /// The id, unique within its pack.
    pub id: IndicatorId,
    /// The pack whose domain the indicator measures.
    pub pack: PackId,
    /// The domain it measures.
    pub domain: DomainId,
    /// The indicator's wording.
    pub name: String,
    /// Where the wording comes from.
    pub origin: Origin,
    /// For a quoted indicator: the document its wording is quoted from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// For a described indicator: the document that names the measure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub described_from: Option<Quote>,
    /// What kind of figure it is.
    pub kind: IndicatorKind,
    /// Whether it is measured the same way for newcomers and for the receiving community.
    pub two_way: bool,
    /// What is counted or averaged.
    pub numerator: String,
    /// Over whom or what; required for proportions and rates.
    pub denominator: Option<String>,
    /// The kind of data source it can be measured from, one of the pack's kinds.
    pub data_source: Option<DataSourceKindId>,
    /// Extra search words.
    pub topics: Vec<String>,
    /// A heading that groups indicators on the domain page.
    pub group: Option<String>,
    /// Domains of other packs this indicator also measures.
    pub crosswalk: Vec<DomainRef>,
    /// The same crosswalk with how closely each domain matches, when the pack says.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub crosswalk_links: Vec<CrosswalkLink>,
    /// A national survey question that measures it, if any.
    pub survey: Option<SurveyQuestion>,
    /// What data exist for it, if the pack records that.
    pub availability: Option<Availability>,
    /// The toolkit's data sources for it, with their facts (level, frequency, breakdowns…).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub toolkit: Vec<ToolkitSource>,
    /// The licence of the file it came from, when that differs from its pack's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// The name, numerator and denominator in other languages.
    #[serde(skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<IndicatorTranslation>,
    /// Where the indicator was written, when it came from a file.
    #[serde(skip)]
    pub source: Option<SourceLocation>,
}

impl Indicator {
    /// The indicator's name across packs: `<pack-id>/<indicator-id>`.
    pub fn qualified_id(&self) -> String {
        format!("{}/{}", self.pack, self.id)
    }
}

/// A file and 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SourceLocation {
    /// The file, as shown to people (`frameworks/ioi-2019/indicators/work.toml`).
    pub file: String,
    /// The 1-based line.
    pub line: usize,
}
