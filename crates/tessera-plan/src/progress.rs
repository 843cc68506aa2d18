//! Whether an indicator is on track, judged honestly from an estimate and its interval.

use serde::{Deserialize, Serialize};

use crate::model::Direction;

/// What the latest estimate says about progress towards a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProgressStatus {
    /// The whole interval is beyond the target: the target has very likely been reached.
    OnTrack,
    /// The whole interval shows no improvement on the baseline.
    OffTrack,
    /// The data cannot tell yet: the interval spans or touches the target, or is missing.
    CantTellYet,
}

impl ProgressStatus {
    /// The words to show (English).
    pub fn label(self) -> &'static str {
        match self {
            ProgressStatus::OnTrack => "on track",
            ProgressStatus::OffTrack => "off track",
            ProgressStatus::CantTellYet => "can't tell yet",
        }
    }

    /// The localisation key of [`ProgressStatus::label`].
    pub fn label_key(self) -> &'static str {
        match self {
            ProgressStatus::OnTrack => "plans-progress-on-track",
            ProgressStatus::OffTrack => "plans-progress-off-track",
            ProgressStatus::CantTellYet => "plans-progress-cant-tell-yet",
        }
    }

    /// The words to show, in the language of the request being handled.
    pub fn text(self) -> String {
        tessera_l10n::t(self.label_key())
    }

    /// [`ProgressStatus::explanation`] in the language of the request being handled.
    pub fn explanation_text(self) -> String {
        tessera_l10n::t(&format!("{}-explanation", self.label_key()))
    }

    /// One plain sentence saying what the status means (English).
    pub fn explanation(self) -> &'static str {
        match self {
            ProgressStatus::OnTrack => {
                "Even the least favourable value the data allow is better than the target."
            }
            ProgressStatus::OffTrack => {
                "Even the most favourable value the data allow is no better than the baseline."
            }
            ProgressStatus::CantTellYet => {
                "The data are consistent with reaching the target and with falling short of it, \
                 or there is not yet enough to judge."
            }
        }
    }
}

/// Judges progress from an estimate's confidence interval, the baseline and the target.
///
/// The rule, for direction `up` (for `down` mirror every comparison):
/// - **on track** when the interval lies strictly above the target (`ci_low > target`);
/// - **off track** when the interval lies at or below the baseline (`ci_high <= baseline`) and
///   does not touch the target: not even the most hopeful reading of the data shows improvement;
/// - **can't tell yet** otherwise — including an interval that spans or touches the target, a
///   missing interval, target or estimate, numbers that are not finite, an interval whose ends
///   are the wrong way round or that does not contain the estimate, and a target on the wrong
///   side of the baseline for the direction (a plan [`crate::Plan::validate`] rejects).
///
/// A missing baseline never makes a result "off track", since there is nothing to fall short of.
pub fn progress_status(
    direction: Direction,
    baseline: Option<f64>,
    target: Option<f64>,
    estimate: Option<f64>,
    ci_low: Option<f64>,
    ci_high: Option<f64>,
) -> ProgressStatus {
    let (Some(target), Some(estimate), Some(low), Some(high)) = (target, estimate, ci_low, ci_high)
    else {
        return ProgressStatus::CantTellYet;
    };
    if ![target, estimate, low, high].iter().all(|v| v.is_finite())
        || baseline.is_some_and(|b| !b.is_finite())
        || low > high
        || estimate < low
        || estimate > high
    {
        return ProgressStatus::CantTellYet;
    }
    // Mirror `down` onto `up` by negating, so one set of comparisons serves both.
    let sign = match direction {
        Direction::Up => 1.0,
        Direction::Down => -1.0,
    };
    let target = sign * target;
    let baseline = baseline.map(|b| sign * b);
    let (low, high) = if sign > 0.0 {
        (low, high)
    } else {
        (-high, -low)
    };
    if baseline.is_some_and(|b| target < b) {
        return ProgressStatus::CantTellYet;
    }
    if low > target {
        ProgressStatus::OnTrack
    } else if high < target && baseline.is_some_and(|b| high <= b) {
        ProgressStatus::OffTrack
    } else {
        ProgressStatus::CantTellYet
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use ProgressStatus::*;

    fn up(b: f64, t: f64, lo: f64, hi: f64) -> ProgressStatus {
        progress_status(
            Direction::Up,
            Some(b),
            Some(t),
            Some((lo + hi) / 2.0),
            Some(lo),
            Some(hi),
        )
    }

    fn down(b: f64, t: f64, lo: f64, hi: f64) -> ProgressStatus {
        progress_status(
            Direction::Down,
            Some(b),
            Some(t),
            Some((lo + hi) / 2.0),
            Some(lo),
            Some(hi),
        )
    }

    #[test]
    fn an_interval_wholly_above_an_upward_target_is_on_track() {
        assert_eq!(up(20.0, 40.0, 41.0, 55.0), OnTrack);
    }

    #[test]
    fn an_interval_touching_the_target_from_above_cannot_tell_yet() {
        assert_eq!(up(20.0, 40.0, 40.0, 55.0), CantTellYet);
    }

    #[test]
    fn an_interval_spanning_the_target_cannot_tell_yet() {
        assert_eq!(up(20.0, 40.0, 30.0, 50.0), CantTellYet);
    }

    #[test]
    fn an_interval_between_baseline_and_target_cannot_tell_yet() {
        assert_eq!(up(20.0, 40.0, 22.0, 35.0), CantTellYet);
    }

    #[test]
    fn an_interval_at_or_below_the_baseline_is_off_track() {
        assert_eq!(up(20.0, 40.0, 10.0, 19.0), OffTrack);
        assert_eq!(up(20.0, 40.0, 10.0, 20.0), OffTrack);
    }

    #[test]
    fn an_interval_reaching_just_above_the_baseline_cannot_tell_yet() {
        assert_eq!(up(20.0, 40.0, 10.0, 20.5), CantTellYet);
    }

    #[test]
    fn downward_indicators_mirror_the_rule() {
        assert_eq!(down(30.0, 15.0, 5.0, 14.0), OnTrack);
        assert_eq!(down(30.0, 15.0, 5.0, 15.0), CantTellYet);
        assert_eq!(down(30.0, 15.0, 30.0, 40.0), OffTrack);
        assert_eq!(down(30.0, 15.0, 20.0, 29.0), CantTellYet);
    }

    #[test]
    fn a_target_below_the_baseline_for_an_upward_indicator_cannot_tell() {
        assert_eq!(up(40.0, 20.0, 50.0, 60.0), CantTellYet);
        assert_eq!(up(40.0, 20.0, 0.0, 10.0), CantTellYet);
        assert_eq!(down(20.0, 40.0, 50.0, 60.0), CantTellYet);
    }

    #[test]
    fn a_missing_interval_or_target_cannot_tell_yet() {
        let d = Direction::Up;
        assert_eq!(
            progress_status(d, Some(1.0), Some(2.0), Some(5.0), None, None),
            CantTellYet
        );
        assert_eq!(
            progress_status(d, Some(1.0), Some(2.0), Some(5.0), Some(4.0), None),
            CantTellYet
        );
        assert_eq!(
            progress_status(d, Some(1.0), None, Some(5.0), Some(4.0), Some(6.0)),
            CantTellYet
        );
        assert_eq!(
            progress_status(d, Some(1.0), Some(2.0), None, Some(4.0), Some(6.0)),
            CantTellYet
        );
    }

    #[test]
    fn without_a_baseline_nothing_is_off_track_but_on_track_still_shows() {
        let d = Direction::Up;
        assert_eq!(
            progress_status(d, None, Some(40.0), Some(5.0), Some(1.0), Some(9.0)),
            CantTellYet
        );
        assert_eq!(
            progress_status(d, None, Some(40.0), Some(50.0), Some(45.0), Some(55.0)),
            OnTrack
        );
    }

    #[test]
    fn malformed_intervals_cannot_tell_yet() {
        let d = Direction::Up;
        assert_eq!(
            progress_status(d, Some(1.0), Some(2.0), Some(5.0), Some(6.0), Some(4.0)),
            CantTellYet
        );
        assert_eq!(
            progress_status(d, Some(1.0), Some(2.0), Some(9.0), Some(4.0), Some(6.0)),
            CantTellYet
        );
        assert_eq!(
            progress_status(
                d,
                Some(1.0),
                Some(2.0),
                Some(f64::NAN),
                Some(4.0),
                Some(6.0)
            ),
            CantTellYet
        );
    }

    #[test]
    fn a_target_equal_to_the_baseline_is_judged_against_it() {
        assert_eq!(up(30.0, 30.0, 31.0, 35.0), OnTrack);
        assert_eq!(up(30.0, 30.0, 25.0, 29.0), OffTrack);
        assert_eq!(
            up(30.0, 30.0, 25.0, 30.0),
            CantTellYet,
            "touches the target"
        );
        assert_eq!(up(30.0, 30.0, 28.0, 32.0), CantTellYet);
    }

    proptest! {
        #[test]
        fn any_interval_that_contains_the_target_cannot_tell_yet(
            b in -100.0f64..100.0, gap in 0.0f64..50.0, below in 0.0f64..20.0, above in 0.0f64..20.0,
        ) {
            let t = b + gap;
            prop_assert_eq!(up(b, t, t - below, t + above), CantTellYet);
            prop_assert_eq!(down(-b, -t, -t - below, -t + above), CantTellYet);
        }

        #[test]
        fn flipping_signs_and_direction_gives_the_same_answer(
            b in -100.0f64..100.0, t in -100.0f64..100.0, lo in -100.0f64..100.0, w in 0.0f64..30.0,
        ) {
            prop_assert_eq!(up(b, t, lo, lo + w), down(-b, -t, -lo - w, -lo));
        }
    }
}
