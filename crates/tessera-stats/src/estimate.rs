//! What an estimate is: the estimand, thresholds, statuses with their reasons, and figures.

use serde::Serialize;

use crate::error::StatsError;
use crate::interval::{CiMethod, Interval};

/// Cell id meaning "this row is in no cell".
pub const NO_CELL: u32 = u32::MAX;

/// What is estimated for each cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EstimandKind {
    /// A proportion of a 0/1 variable (a mean of it).
    Proportion,
    /// A mean.
    Mean,
    /// A total Σ w y.
    Total,
}

impl EstimandKind {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Proportion => "proportion",
            Self::Mean => "mean",
            Self::Total => "total",
        }
    }
}

/// An estimand with the interval method to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Measure {
    /// What is estimated.
    pub kind: EstimandKind,
    /// How its interval is computed.
    pub ci: CiMethod,
}

impl Measure {
    /// A measure, checking that the interval method applies to the estimand.
    ///
    /// # Errors
    /// [`StatsError::IncompatibleInterval`] for a proportion-only method on a mean or total.
    pub fn new(kind: EstimandKind, ci: CiMethod) -> Result<Self, StatsError> {
        let ok = match kind {
            EstimandKind::Proportion => true,
            EstimandKind::Mean | EstimandKind::Total => {
                matches!(ci, CiMethod::WaldT | CiMethod::WaldZ)
            }
        };
        if ok {
            Ok(Self { kind, ci })
        } else {
            Err(StatsError::IncompatibleInterval {
                method: ci.name(),
                estimand: kind.name(),
            })
        }
    }

    /// A proportion with the survey-standard logit interval.
    #[must_use]
    pub fn proportion() -> Self {
        Self {
            kind: EstimandKind::Proportion,
            ci: CiMethod::Logit,
        }
    }

    /// A mean with a t interval.
    #[must_use]
    pub fn mean() -> Self {
        Self {
            kind: EstimandKind::Mean,
            ci: CiMethod::WaldT,
        }
    }

    /// A total with a t interval.
    #[must_use]
    pub fn total() -> Self {
        Self {
            kind: EstimandKind::Total,
            ci: CiMethod::WaldT,
        }
    }
}

/// Reporting thresholds and the confidence level.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Thresholds {
    /// Cells with fewer valid rows than this are suppressed (default 10).
    pub min_cell: u64,
    /// Cells with fewer valid rows than this are flagged unreliable (default 30).
    pub unreliable_n: u64,
    /// Estimates whose coefficient of variation exceeds this are flagged unreliable (default 0.30).
    pub unreliable_cv: f64,
    /// Confidence level of every interval (default 0.95).
    pub confidence: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            min_cell: 10,
            unreliable_n: 30,
            unreliable_cv: 0.30,
            confidence: 0.95,
        }
    }
}

impl Thresholds {
    pub(crate) fn check(&self) -> Result<(), StatsError> {
        if self.confidence > 0.0 && self.confidence < 1.0 {
            Ok(())
        } else {
            Err(StatsError::InvalidConfidence(self.confidence))
        }
    }
}

/// The publication status of an estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Publishable.
    Ok,
    /// Publishable with a warning.
    Unreliable,
    /// Not publishable: no figures are carried.
    Suppressed,
}

impl Status {
    /// Published, with a warning.
    #[must_use]
    pub fn is_unreliable(self) -> bool {
        self == Status::Unreliable
    }

    /// Not published.
    #[must_use]
    pub fn is_suppressed(self) -> bool {
        self == Status::Suppressed
    }

    /// The word used in outputs: `ok`, `unreliable` or `suppressed`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Unreliable => "unreliable",
            Status::Suppressed => "suppressed",
        }
    }
}

/// Why an estimate is flagged unreliable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnreliableReason {
    /// Fewer valid rows than `unreliable_n`.
    SmallSample,
    /// Coefficient of variation above `unreliable_cv`.
    HighCv,
    /// p is 0 or 1: the design-based SE is 0 and the interval is Clopper–Pearson on counts.
    BoundaryProportion,
    /// The design-based variance is zero (e.g. a domain inside one PSU): no design interval.
    ZeroVariance,
    /// The domain's degrees of freedom are ≤ 0: no t-based interval.
    NoDegreesOfFreedom,
    /// A cell that enters a comparison is itself unreliable.
    ComponentUnreliable,
}

/// Why an estimate is suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuppressionReason {
    /// The cell has no valid rows.
    NoData,
    /// Fewer valid rows than `min_cell`.
    SmallCell,
    /// A cell that enters the comparison is suppressed.
    ComponentSuppressed,
}

/// The figures of a reported estimate. Optional figures are absent when they are undefined
/// (never NaN).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    /// The estimate (proportion as a fraction, mean, or total).
    pub value: f64,
    /// Design-based standard error; absent when the variance is (numerically) zero.
    pub se: Option<f64>,
    /// Confidence interval.
    pub ci: Option<Interval>,
    /// Degrees of freedom used for t quantiles.
    pub df: Option<f64>,
    /// Unweighted number of valid rows.
    pub n: u64,
    /// Σ w over the valid rows.
    pub sum_weights: f64,
    /// Design effect (`deff = "replace"`), means and proportions only.
    pub deff: Option<f64>,
    /// Coefficient of variation se / |value|.
    pub cv: Option<f64>,
}

/// Reported (with a reliability flag) or suppressed (with no figures at all).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// Figures are published; `reasons` is empty when the status is `Ok`.
    Reported {
        /// The figures.
        figures: Figures,
        /// Why it is unreliable, if it is.
        reasons: Vec<UnreliableReason>,
    },
    /// Nothing is published.
    Suppressed {
        /// Why.
        reason: SuppressionReason,
    },
}

/// The estimate for one cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// The cell id.
    pub cell: u32,
    /// Ok, Unreliable or Suppressed.
    pub status: Status,
    /// The figures or the suppression reason.
    #[serde(flatten)]
    pub outcome: Outcome,
}

impl Estimate {
    pub(crate) fn reported(cell: u32, figures: Figures, reasons: Vec<UnreliableReason>) -> Self {
        Self {
            cell,
            status: if reasons.is_empty() {
                Status::Ok
            } else {
                Status::Unreliable
            },
            outcome: Outcome::Reported { figures, reasons },
        }
    }

    pub(crate) fn suppressed(cell: u32, reason: SuppressionReason) -> Self {
        Self {
            cell,
            status: Status::Suppressed,
            outcome: Outcome::Suppressed { reason },
        }
    }

    /// The figures, if the estimate is not suppressed.
    #[must_use]
    pub fn figures(&self) -> Option<&Figures> {
        match &self.outcome {
            Outcome::Reported { figures, .. } => Some(figures),
            Outcome::Suppressed { .. } => None,
        }
    }

    /// Why it is unreliable (empty when Ok or suppressed).
    #[must_use]
    pub fn reasons(&self) -> &[UnreliableReason] {
        match &self.outcome {
            Outcome::Reported { reasons, .. } => reasons,
            Outcome::Suppressed { .. } => &[],
        }
    }
}
