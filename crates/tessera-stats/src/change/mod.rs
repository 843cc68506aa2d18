//! Change over time for the same people: paired change from a baseline to a follow-up.
//!
//! For each indicator and group (side, or side × breakdown) the figures are: how many had a
//! baseline and how many were followed up (attrition), the mean change with a paired t interval
//! (scale indicators) or the paired difference of proportions with Newcombe's interval and
//! McNemar's tests (yes/no indicators), and the shares who improved, stayed the same or worsened
//! with Wilson intervals. Every figure carries a status under the small-number rules: suppressed
//! for other organisations below the disclosure threshold, shown but marked for the owner.
//! The formulas are in [`crate::paired`]; the methods and their sources in
//! `docs/change-estimates.md`.

mod cell;
mod error;
mod indicator;
mod table;

use serde::Serialize;

pub use crate::published::Published;
pub use cell::{
    Baseline, CellChange, Change, Directions, FollowUp, MeanChange, ProportionChange, Share,
    paired_change,
};
pub use error::ChangeError;
pub use indicator::{Audience, ChangeIndicator, ChangeOptions, Direction, IndicatorKind};
pub use table::{MAX_TABLE_VALUES, MeasurementTable, PointChange, plan_change};

/// Why a change figure is suppressed or flagged unreliable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeReason {
    /// Nobody in the group has the measurements this figure needs (suppressed).
    NoData,
    /// Fewer people than the disclosure threshold, and the audience is not the owner (suppressed).
    SmallCell,
    /// Fewer people than the disclosure threshold, shown only because the audience is the
    /// organisation that owns the participants (unreliable, and must not be passed on).
    SmallNumberShownToOwner,
    /// Fewer people than `unreliable_n` (unreliable).
    SmallSample,
    /// More than `max_attrition` of the baseline group was not followed up (unreliable).
    HighAttrition,
    /// Everyone changed by the same amount, so there is no standard error or interval
    /// (unreliable).
    NoVariation,
    /// Only one person was followed up: no standard error or interval (unreliable).
    SinglePair,
}
