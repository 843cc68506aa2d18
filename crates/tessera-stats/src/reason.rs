//! Machine-readable reasons behind a status that is not `ok`, one vocabulary for estimates,
//! comparisons and changes of gaps, as written in the `reason` column of every output.

use serde::{Deserialize, Serialize};

use crate::estimate::{SuppressionReason, UnreliableReason};

/// Why a figure is `unreliable` or `suppressed`.
///
/// The codes (`as_str`) are stable: exports, the JSON API and the pages key their wording on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Suppressed: the cell has no valid responses.
    NoData,
    /// Suppressed: fewer valid responses than the minimum cell size.
    SmallCell,
    /// Suppressed: a cell the comparison needs is suppressed.
    ComponentSuppressed,
    /// Suppressed: one of the compared groups has nobody in this cell.
    GroupAbsent,
    /// Unreliable: fewer valid responses than the reliability threshold.
    SmallSample,
    /// Unreliable: the coefficient of variation is above the threshold.
    HighCv,
    /// Unreliable: a proportion is exactly 0 or 1 (in the cell, or on one side of a gap), so the
    /// design-based standard error is zero and says nothing about the uncertainty.
    BoundaryProportion,
    /// Unreliable: the design-based variance is zero (e.g. a cell inside one PSU).
    ZeroVariance,
    /// Unreliable: the cell's design degrees of freedom are 0, so no t interval exists.
    NoDegreesOfFreedom,
    /// Unreliable: a cell the comparison needs is itself unreliable.
    ComponentUnreliable,
    /// A regression-adjusted gap could not be estimated: the model separates the outcome,
    /// does not converge, or has collinear covariates (the row's message says which).
    ModelNotEstimable,
}

impl Reason {
    /// The code written in outputs, e.g. `small_sample`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoData => "no_data",
            Self::SmallCell => "small_cell",
            Self::ComponentSuppressed => "component_suppressed",
            Self::GroupAbsent => "group_absent",
            Self::SmallSample => "small_sample",
            Self::HighCv => "high_cv",
            Self::BoundaryProportion => "boundary_proportion",
            Self::ZeroVariance => "zero_variance",
            Self::NoDegreesOfFreedom => "no_degrees_of_freedom",
            Self::ComponentUnreliable => "component_unreliable",
            Self::ModelNotEstimable => "model_not_estimable",
        }
    }

    /// The reasons as one CSV cell: codes joined by `;`, empty when there are none.
    #[must_use]
    pub fn join(reasons: &[Reason]) -> String {
        reasons
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(";")
    }
}

impl From<UnreliableReason> for Reason {
    fn from(r: UnreliableReason) -> Self {
        match r {
            UnreliableReason::SmallSample => Self::SmallSample,
            UnreliableReason::HighCv => Self::HighCv,
            UnreliableReason::BoundaryProportion => Self::BoundaryProportion,
            UnreliableReason::ZeroVariance => Self::ZeroVariance,
            UnreliableReason::NoDegreesOfFreedom => Self::NoDegreesOfFreedom,
            UnreliableReason::ComponentUnreliable => Self::ComponentUnreliable,
        }
    }
}

impl From<SuppressionReason> for Reason {
    fn from(r: SuppressionReason) -> Self {
        match r {
            SuppressionReason::NoData => Self::NoData,
            SuppressionReason::SmallCell => Self::SmallCell,
            SuppressionReason::ComponentSuppressed => Self::ComponentSuppressed,
        }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialise_as_they_are_written_in_the_csv() {
        for r in [
            Reason::NoData,
            Reason::GroupAbsent,
            Reason::BoundaryProportion,
            Reason::NoDegreesOfFreedom,
        ] {
            let json = serde_json::to_string(&r).expect("serialises");
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
        assert_eq!(
            Reason::join(&[Reason::SmallSample, Reason::HighCv]),
            "small_sample;high_cv"
        );
        assert_eq!(Reason::join(&[]), "");
    }
}
