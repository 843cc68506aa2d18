//! The one rule for saying that a difference (a gap, a change, a change of a gap) is "likely
//! real", so that no page, export or API can invent its own.
//!
//! A difference is called likely real only when its status is `ok` (never when it is
//! unreliable, for example because one side's proportion is 0 or 1, or suppressed) and its
//! confidence interval excludes zero. Everything else is either "not clear" (an `ok` interval
//! that includes zero) or carries no verdict at all.

use serde::{Deserialize, Serialize};

use crate::estimate::Status;

/// What may be said about a difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Likely real, and above zero (for a gap: the focal group is higher).
    LikelyAbove,
    /// Likely real, and below zero (for a gap: the focal group is lower).
    LikelyBelow,
    /// The interval includes zero: no clear difference.
    NotClear,
    /// Nothing may be said: the difference is suppressed, unreliable or has no interval.
    NoVerdict,
}

impl Verdict {
    /// Whether the difference may be called likely real.
    #[must_use]
    pub fn is_likely_real(self) -> bool {
        matches!(self, Self::LikelyAbove | Self::LikelyBelow)
    }

    /// The code used in outputs.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LikelyAbove => "likely_above",
            Self::LikelyBelow => "likely_below",
            Self::NotClear => "not_clear",
            Self::NoVerdict => "no_verdict",
        }
    }
}

/// The verdict on a difference with this status and interval.
#[must_use]
pub fn verdict(status: Status, ci_low: Option<f64>, ci_high: Option<f64>) -> Verdict {
    verdict_shown(status, ci_low, ci_high, 0.0)
}

/// The verdict on a difference whose interval is shown rounded to `step` (e.g. 0.01 for whole
/// percentage points): likely real only when the *shown* interval excludes zero too, so a page
/// never says "likely real" beside "−8 to 0". A `step` of 0 means the exact interval.
#[must_use]
pub fn verdict_shown(
    status: Status,
    ci_low: Option<f64>,
    ci_high: Option<f64>,
    step: f64,
) -> Verdict {
    let (Some(low), Some(high)) = (ci_low, ci_high) else {
        return Verdict::NoVerdict;
    };
    if status != Status::Ok || !low.is_finite() || !high.is_finite() {
        return Verdict::NoVerdict;
    }
    // A bound within half a step of zero is shown as 0.
    let margin = step.abs() / 2.0;
    if low > margin {
        Verdict::LikelyAbove
    } else if high < -margin {
        Verdict::LikelyBelow
    } else {
        Verdict::NotClear
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_ok_interval_that_excludes_zero_is_likely_real() {
        assert_eq!(
            verdict(Status::Ok, Some(-0.08), Some(-0.01)),
            Verdict::LikelyBelow
        );
        assert_eq!(
            verdict(Status::Ok, Some(0.001), Some(0.2)),
            Verdict::LikelyAbove
        );
        assert_eq!(
            verdict(Status::Ok, Some(-0.08), Some(0.0)),
            Verdict::NotClear
        );
        assert_eq!(
            verdict(Status::Ok, Some(0.0), Some(0.011)),
            Verdict::NotClear
        );
        assert_eq!(
            verdict(Status::Unreliable, Some(-0.08), Some(-0.01)),
            Verdict::NoVerdict
        );
        assert_eq!(verdict(Status::Suppressed, None, None), Verdict::NoVerdict);
        assert_eq!(verdict(Status::Ok, None, Some(1.0)), Verdict::NoVerdict);
    }

    #[test]
    fn an_interval_shown_as_reaching_zero_is_not_called_likely_real() {
        // "−4 points, −8 to 0": the exact upper bound is −0.004, shown as 0 in whole points.
        assert_eq!(
            verdict(Status::Ok, Some(-0.08), Some(-0.004)),
            Verdict::LikelyBelow
        );
        assert_eq!(
            verdict_shown(Status::Ok, Some(-0.08), Some(-0.004), 0.01),
            Verdict::NotClear
        );
        assert_eq!(
            verdict_shown(Status::Ok, Some(-0.08), Some(-0.006), 0.01),
            Verdict::LikelyBelow
        );
    }
}
