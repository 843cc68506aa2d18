//! The evidence source of a plan indicator and the unit of its baseline and target.
//!
//! Each indicator of a plan says where the figures that judge it come from
//! ([`IndicatorEvidence`]): the plan's own participants (the same people at the baseline and at
//! follow-ups), a dataset of the organisation filtered to the people the work reaches, or
//! context only (a wider survey shown beside the plan and never judged). Its baseline and
//! target carry a [`Unit`], so a mean on a 0–10 scale is never set against a percentage.
//!
//! Both are optional in the file so plans written before they existed still load: a plan
//! indicator without evidence is context only (nothing judges it until the plan names its
//! evidence), and one without a unit takes the unit its catalogue indicator implies
//! ([`implied_unit`]).

use serde::{Deserialize, Serialize};
use tessera_framework::{Catalogue, IndicatorKind};

pub use crate::kinds::{SourceKind, UnitKind};
use crate::model::OutcomeIndicator;

/// Where the figures that judge a plan indicator come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorEvidence {
    /// Participants, a dataset, or context only.
    pub source: SourceKind,
    /// For `dataset`: the dataset (its id in the organisation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dataset: Option<i64>,
    /// For `dataset`: the dataset's measure (its id); when absent, the measure the dataset maps
    /// to this indicator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// For `dataset`: the rows of the people the work reaches (a variable and its value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<DatasetFilter>,
    /// For `participants`: the follow-up collection points (their keys) that judge progress;
    /// none means every follow-up point. The baseline is always the plan's baseline point.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<String>,
    /// Datasets of a wider population (a town-wide survey) shown beside the indicator as
    /// context, whatever the source: never judged against the target.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<i64>,
}

impl IndicatorEvidence {
    /// The plan's participants, every follow-up point, no context.
    pub fn participants() -> Self {
        Self {
            source: SourceKind::Participants,
            dataset: None,
            measure: None,
            filter: None,
            follow_ups: Vec::new(),
            context: Vec::new(),
        }
    }

    /// One dataset, with an optional filter selecting the people the work reaches.
    pub fn dataset(dataset: i64, filter: Option<DatasetFilter>) -> Self {
        Self {
            source: SourceKind::Dataset,
            dataset: Some(dataset),
            filter,
            ..Self::participants()
        }
    }

    /// Nothing judges the indicator; these datasets are shown as context.
    pub fn context(datasets: Vec<i64>) -> Self {
        Self {
            source: SourceKind::Context,
            context: datasets,
            ..Self::participants()
        }
    }

    /// The same evidence with `datasets` shown beside it as context.
    pub fn with_context(mut self, datasets: Vec<i64>) -> Self {
        self.context = datasets;
        self
    }
}

/// The rows of a dataset that are the people a plan's work reaches: `variable` equals `value`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetFilter {
    /// The dataset's column.
    pub variable: String,
    /// The value (its code, as the file stores it) that selects the people reached.
    pub value: String,
}

/// What a baseline and a target are measured in.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Percentage, mean on a scale, count or rate.
    pub kind: UnitKind,
    /// For a mean: the scale's lowest value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// For a mean: the scale's highest value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl Unit {
    /// A percentage of people (0 to 100).
    pub const PERCENTAGE: Unit = Unit::of(UnitKind::Percentage);

    /// A unit without a range (percentage, count, rate; a mean whose scale is not given).
    pub const fn of(kind: UnitKind) -> Self {
        Self {
            kind,
            min: None,
            max: None,
        }
    }

    /// A mean on the scale `min` to `max`.
    pub const fn mean(min: f64, max: f64) -> Self {
        Self {
            kind: UnitKind::Mean,
            min: Some(min),
            max: Some(max),
        }
    }

    /// The lowest and highest values allowed, if the unit has them: 0–100 for a percentage,
    /// the scale for a mean, from 0 for counts and rates.
    pub fn range(&self) -> (Option<f64>, Option<f64>) {
        match self.kind {
            UnitKind::Percentage => (Some(0.0), Some(100.0)),
            UnitKind::Mean => (self.min, self.max),
            UnitKind::Count | UnitKind::Rate => (Some(0.0), None),
        }
    }

    /// Whether `value` can be a figure in this unit.
    pub fn allows(&self, value: f64) -> bool {
        let (low, high) = self.range();
        value.is_finite() && low.is_none_or(|l| value >= l) && high.is_none_or(|h| value <= h)
    }

    /// The unit in a few words of the request's language ("Percentage", "Mean on a scale of
    /// 0 to 10").
    pub fn text(&self) -> String {
        match (self.kind, self.min, self.max) {
            (UnitKind::Mean, Some(min), Some(max)) => tessera_l10n::ta(
                "plans-unit-mean-scale",
                &[
                    ("min", tessera_l10n::Arg::Text(plain(min))),
                    ("max", tessera_l10n::Arg::Text(plain(max))),
                ],
            ),
            (kind, _, _) => kind.text(),
        }
    }
}

/// A number written plainly (`10`, `2.5`), as people write a scale's ends.
pub fn plain(x: f64) -> String {
    let text = format!("{x}");
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

/// The unit a catalogue indicator's kind implies: shares of people are percentages, means
/// are means (on a scale the plan gives), counts are counts, rates are rates.
pub fn unit_of_kind(kind: IndicatorKind) -> UnitKind {
    match kind {
        IndicatorKind::Proportion => UnitKind::Percentage,
        IndicatorKind::Mean => UnitKind::Mean,
        IndicatorKind::Count => UnitKind::Count,
        IndicatorKind::Rate => UnitKind::Rate,
    }
}

/// The unit of a plan indicator's baseline and target: the one it states, or the one its
/// catalogue indicator implies; none for a plan's own indicator that states none.
pub fn implied_unit(indicator: &OutcomeIndicator, catalogue: &Catalogue) -> Option<Unit> {
    indicator.unit.or_else(|| {
        catalogue
            .indicator(&indicator.indicator)
            .map(|i| Unit::of(unit_of_kind(i.kind)))
    })
}

impl OutcomeIndicator {
    /// Where the indicator's figures come from: context only when the plan does not say (a
    /// plan written before evidence sources existed is never judged from a dataset it did not
    /// name).
    pub fn source(&self) -> SourceKind {
        self.evidence
            .as_ref()
            .map_or(SourceKind::Context, |e| e.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_allow_only_figures_in_their_range() {
        assert!(Unit::PERCENTAGE.allows(0.0));
        assert!(Unit::PERCENTAGE.allows(100.0));
        assert!(!Unit::PERCENTAGE.allows(100.5));
        assert!(!Unit::PERCENTAGE.allows(-1.0));
        let scale = Unit::mean(0.0, 10.0);
        assert!(scale.allows(7.5));
        assert!(!scale.allows(60.0));
        assert!(Unit::of(UnitKind::Count).allows(1e6));
        assert!(!Unit::of(UnitKind::Count).allows(-3.0));
        assert!(!Unit::of(UnitKind::Rate).allows(f64::NAN));
    }

    #[test]
    fn evidence_and_units_are_written_as_documented() {
        let e = IndicatorEvidence::dataset(
            3,
            Some(DatasetFilter {
                variable: "attended_cafe".into(),
                value: "yes".into(),
            }),
        );
        assert_eq!(
            serde_json::to_string(&e).expect("writes"),
            r#"{"source":"dataset","dataset":3,"filter":{"variable":"attended_cafe","value":"yes"}}"#
        );
        assert_eq!(
            serde_json::to_string(&Unit::mean(0.0, 10.0)).expect("writes"),
            r#"{"kind":"mean","min":0.0,"max":10.0}"#
        );
        let read: Unit = serde_json::from_str(r#"{"kind": "percentage"}"#).expect("reads");
        assert_eq!(read, Unit::PERCENTAGE);
    }

    #[test]
    fn a_scale_is_named_with_its_ends() {
        assert_eq!(Unit::mean(0.0, 10.0).text(), "Mean on a scale of 0 to 10");
        assert_eq!(Unit::PERCENTAGE.text(), "Percentage");
    }
}
