#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub mod classical;
mod compare;
mod design;
pub mod dist;
mod error;
mod estimate;
mod interval;
pub mod mapping;
pub mod report;
pub mod spec;

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
pub use report::{ALL, ComparisonRow, EstimateRow, GapChangeRow, Report, ReportError};
pub use spec::{EstimateSpec, SpecError};
pub mod change;
pub mod disclosure;
pub mod paired;
pub mod pooling;
pub mod published;
