#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod breakdown;
mod calibration;
pub mod chisq;
pub mod classical;
mod compare;
pub mod contrast;
mod design;
pub mod disclosure;
pub mod dist;
mod error;
mod estimate;
pub mod glm;
pub mod interval;
mod linear;
pub mod mapping;
mod reason;
pub mod replicate;
pub mod report;
pub mod spec;
pub mod variance;
pub mod verdict;
mod warning;
pub mod weighting;

pub use breakdown::{Breakdown, estimate_cells};
pub use compare::{
    Comparison, ComparisonFigures, ComparisonOutcome, GapChange, GapChangeFigures,
    GapChangeOutcome, compare,
};
pub use design::{Design, DesignSpec, LonelyPsu, Stratum};
pub use error::StatsError;
pub use estimate::{
    EstimandKind, Estimate, Figures, Measure, NO_CELL, Outcome, Status, SuppressionReason,
    Thresholds, UnreliableReason,
};
pub use interval::{CiMethod, Interval};
pub use reason::Reason;
pub use replicate::{ReplicateKind, ReplicateSpec};
pub use report::{
    ALL, AdjustedGapRow, AssociationRow, ComparisonRow, EstimateRow, GapChangeRow, NOT_STATED,
    QuantileRow, RatioRow, Report, ReportError, RunOptions,
};
pub use spec::{EstimateSpec, SpecError};
pub mod change;
pub mod paired;
pub mod pooling;
pub mod published;
pub mod quantile;
pub mod ratio;
pub use variance::{Covariance, DomainMeans, DomainTotals, Statistic};
pub use verdict::Verdict;
pub use warning::{CodeRole, Warning};
pub use weighting::{Weighted, Weighting, WeightingError, WeightingMethod, WeightingOptions};
