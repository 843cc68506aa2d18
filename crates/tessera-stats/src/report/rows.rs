//! The tidy rows of a report: estimates, comparisons and changes of gaps.

use serde::{Deserialize, Serialize};

use crate::disclosure;
use crate::estimate::Status;
use crate::reason::Reason;
use crate::verdict::{self, Verdict};

/// One estimate row of the tidy output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EstimateRow {
    /// The measure id.
    pub measure: String,
    /// For a distribution measure, the category this row is the proportion of.
    #[serde(default)]
    pub category: Option<String>,
    /// The value of each breakdown variable, in the spec's order; [`super::ALL`] where not split.
    pub by: Vec<(String, String)>,
    /// Valid responses (absent when suppressed).
    pub n: Option<u64>,
    /// Sum of weights of the valid responses (absent when suppressed).
    pub sum_weights: Option<f64>,
    /// The estimate.
    pub estimate: Option<f64>,
    /// Its standard error.
    pub se: Option<f64>,
    /// Interval bounds.
    pub ci_low: Option<f64>,
    /// Interval bounds.
    pub ci_high: Option<f64>,
    /// The interval method actually used.
    pub ci_method: Option<String>,
    /// Degrees of freedom.
    pub df: Option<f64>,
    /// Design effect.
    pub deff: Option<f64>,
    /// Coefficient of variation.
    pub cv: Option<f64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
    /// Why the status is not `ok` (empty when it is).
    #[serde(default)]
    pub reasons: Vec<Reason>,
    /// The weighting the figures use; `None` for the design's own weights.
    #[serde(default)]
    pub weighting: Option<String>,
}

impl EstimateRow {
    /// The reasons as one CSV cell (`small_sample;high_cv`), empty when the status is `ok`.
    #[must_use]
    pub fn reason(&self) -> String {
        Reason::join(&self.reasons)
    }

    /// The count of valid responses as it may be published: rounded by the disclosure rule
    /// ([`disclosure::round_count`]); absent when suppressed.
    #[must_use]
    pub fn n_rounded(&self) -> Option<u64> {
        self.n.map(disclosure::round_count)
    }
}

/// One two-way comparison row: focal minus reference within a cell of the other variables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparisonRow {
    /// The measure id.
    pub measure: String,
    /// For a distribution measure, the category compared.
    #[serde(default)]
    pub category: Option<String>,
    /// The other breakdown variables' values; [`super::ALL`] where not split; the compared
    /// variable is [`super::ALL`] too.
    pub by: Vec<(String, String)>,
    /// The focal value, e.g. `newcomer`.
    pub focal: String,
    /// The reference value, e.g. `settled`.
    pub reference: String,
    /// The focal group's estimate.
    pub estimate_focal: Option<f64>,
    /// The reference group's estimate.
    pub estimate_reference: Option<f64>,
    /// Focal minus reference.
    pub difference: Option<f64>,
    /// Its standard error, counting the covariance through shared PSUs.
    pub se: Option<f64>,
    /// Wald interval with t on the compared cells' degrees of freedom.
    pub ci_low: Option<f64>,
    /// Upper bound.
    pub ci_high: Option<f64>,
    /// Focal divided by reference.
    pub ratio: Option<f64>,
    /// Wald interval with the normal quantile (unadjusted).
    #[serde(default)]
    pub ci_low_z: Option<f64>,
    /// Upper bound.
    #[serde(default)]
    pub ci_high_z: Option<f64>,
    /// Degrees of freedom of the t interval.
    #[serde(default)]
    pub df: Option<f64>,
    /// Two-sided p-value of "no difference" (t on `df`).
    #[serde(default)]
    pub p_value: Option<f64>,
    /// For pairwise rows, the multiple-comparison adjustment: `ci_low`/`ci_high` are then the
    /// adjusted interval, and `p_adjusted` the adjusted p-value.
    #[serde(default)]
    pub adjustment: Option<Adjustment>,
    /// The adjusted p-value (pairwise rows).
    #[serde(default)]
    pub p_adjusted: Option<f64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
    /// Why the status is not `ok` (empty when it is).
    #[serde(default)]
    pub reasons: Vec<Reason>,
    /// The weighting the figures use; `None` for the design's own weights.
    #[serde(default)]
    pub weighting: Option<String>,
}

impl ComparisonRow {
    /// The reasons as one CSV cell, empty when the status is `ok`.
    #[must_use]
    pub fn reason(&self) -> String {
        Reason::join(&self.reasons)
    }

    /// Whether the gap may be called likely real: only when the comparison is `ok` and its
    /// interval excludes zero (see [`crate::verdict`]).
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        verdict::verdict(self.status, self.ci_low, self.ci_high)
    }

    /// As [`ComparisonRow::verdict`], for an interval shown rounded to `step`.
    #[must_use]
    pub fn verdict_shown(&self, step: f64) -> Verdict {
        verdict::verdict_shown(self.status, self.ci_low, self.ci_high, step)
    }
}

/// The change of a gap (focal − reference) from the first to the last value of the trend
/// variable (e.g. wave), within a cell of the other variables: is the gap closing?
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GapChangeRow {
    /// The measure id.
    pub measure: String,
    /// For a distribution measure, the category.
    #[serde(default)]
    pub category: Option<String>,
    /// The focal value of the gap.
    #[serde(default)]
    pub focal: String,
    /// The reference value of the gap.
    #[serde(default)]
    pub reference: String,
    /// The other breakdown variables' values; the trend and compared variables are [`super::ALL`].
    pub by: Vec<(String, String)>,
    /// The first value of the trend variable with both groups present.
    pub earlier: String,
    /// The last such value.
    pub later: String,
    /// The gap then.
    pub gap_earlier: Option<f64>,
    /// The gap now.
    pub gap_later: Option<f64>,
    /// gap_later − gap_earlier.
    pub change: Option<f64>,
    /// Its standard error, all four cells' covariances included.
    pub se: Option<f64>,
    /// Wald interval with t.
    pub ci_low: Option<f64>,
    /// Upper bound.
    pub ci_high: Option<f64>,
    /// Wald interval with the normal quantile.
    #[serde(default)]
    pub ci_low_z: Option<f64>,
    /// Upper bound.
    #[serde(default)]
    pub ci_high_z: Option<f64>,
    /// Degrees of freedom of the t interval.
    #[serde(default)]
    pub df: Option<f64>,
    /// Whether the gap got smaller in size.
    pub closing: Option<bool>,
    /// Whether the interval of the change excludes zero.
    pub significant: Option<bool>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
    /// Why the status is not `ok` (empty when it is).
    #[serde(default)]
    pub reasons: Vec<Reason>,
    /// The weighting the figures use; `None` for the design's own weights.
    #[serde(default)]
    pub weighting: Option<String>,
}

impl GapChangeRow {
    /// The reasons as one CSV cell, empty when the status is `ok`.
    #[must_use]
    pub fn reason(&self) -> String {
        Reason::join(&self.reasons)
    }

    /// Whether the change of the gap may be called likely real (status `ok`, interval
    /// excluding zero).
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        verdict::verdict(self.status, self.ci_low, self.ci_high)
    }
}

/// A multiple-comparison adjustment of a family of comparisons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Adjustment {
    /// `bonferroni`.
    pub method: String,
    /// How many comparisons the family has.
    pub family_size: usize,
}

/// A general linear contrast of a variable's values within a cell of the other variables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContrastRow {
    /// The measure id.
    pub measure: String,
    /// For a distribution measure, the category.
    pub category: Option<String>,
    /// The other breakdown variables' values; the contrasted variable is [`super::ALL`].
    pub by: Vec<(String, String)>,
    /// The contrast's name.
    pub contrast: String,
    /// Σ c_v θ_v.
    pub estimate: Option<f64>,
    /// Its standard error.
    pub se: Option<f64>,
    /// Wald interval with t.
    pub ci_low: Option<f64>,
    /// Upper bound.
    pub ci_high: Option<f64>,
    /// Wald interval with z.
    pub ci_low_z: Option<f64>,
    /// Upper bound.
    pub ci_high_z: Option<f64>,
    /// Degrees of freedom.
    pub df: Option<f64>,
    /// Two-sided p-value of the contrast being 0.
    pub p_value: Option<f64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
    /// Why the status is not `ok`.
    pub reasons: Vec<Reason>,
    /// The weighting the figures use.
    pub weighting: Option<String>,
}

impl ContrastRow {
    /// Whether the contrast may be called likely real (status `ok`, interval excluding zero).
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        verdict::verdict(self.status, self.ci_low, self.ci_high)
    }
}

/// The linear trend of a gap across the values of the trend variable (e.g. waves): the slope
/// of the least-squares line through the gaps, per unit of the trend variable, with its interval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GapTrendRow {
    /// The measure id.
    pub measure: String,
    /// For a distribution measure, the category.
    pub category: Option<String>,
    /// The other breakdown variables' values; trend and compared variables are [`super::ALL`].
    pub by: Vec<(String, String)>,
    /// The focal value.
    pub focal: String,
    /// The reference value.
    pub reference: String,
    /// The trend values used (where both groups are present), in order.
    pub waves: Vec<String>,
    /// The gap's change per unit of the trend variable (per wave when it is not numeric).
    pub slope: Option<f64>,
    /// Its standard error.
    pub se: Option<f64>,
    /// Wald interval with t.
    pub ci_low: Option<f64>,
    /// Upper bound.
    pub ci_high: Option<f64>,
    /// Wald interval with z.
    pub ci_low_z: Option<f64>,
    /// Upper bound.
    pub ci_high_z: Option<f64>,
    /// Degrees of freedom.
    pub df: Option<f64>,
    /// Two-sided p-value of no trend.
    pub p_value: Option<f64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Status,
    /// Why the status is not `ok`.
    pub reasons: Vec<Reason>,
    /// The weighting the figures use.
    pub weighting: Option<String>,
}

impl GapTrendRow {
    /// Whether the trend may be called likely real (status `ok`, interval excluding zero).
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        verdict::verdict(self.status, self.ci_low, self.ci_high)
    }
}
