#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub mod classical;
mod compare;
mod design;
pub mod disclosure;
pub mod dist;
mod error;
mod estimate;
mod interval;
pub mod mapping;
mod reason;
pub mod report;
pub mod spec;
pub mod verdict;
mod warning;

pub use compare::{
    Comparison, ComparisonFigures, ComparisonOutcome, GapChange, GapChangeFigures,
    GapChangeOutcome, compare,
};
pub use design::{Design, DesignSpec, LonelyPsu, Stratum};
pub use error::StatsError;
pub use estimate::{
    Breakdown, EstimandKind, Estimate, Figures, Measure, NO_CELL, Outcome, Status,
    SuppressionReason, Thresholds, UnreliableReason, estimate_cells,
};
pub use interval::{CiMethod, Interval};
pub use reason::Reason;
pub use report::{
    ALL, ComparisonRow, EstimateRow, GapChangeRow, NOT_STATED, Report, ReportError, RunOptions,
};
pub use spec::{EstimateSpec, SpecError};
pub use verdict::Verdict;
pub use warning::{CodeRole, Warning};
