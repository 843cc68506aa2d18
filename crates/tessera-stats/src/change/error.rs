//! Why change estimates could not be computed.

use thiserror::Error;

/// Why change estimates could not be computed.
///
/// Participant, collection-point and indicator numbers are 1-based positions in the input, as a
/// person counts them; the caller maps them back to participant codes and names.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum ChangeError {
    /// Two inputs that describe the same participants have different lengths.
    #[error("{what} has {found} entries but there are {expected} participants")]
    LengthMismatch {
        /// Which input.
        what: &'static str,
        /// Participants.
        expected: usize,
        /// Entries supplied.
        found: usize,
    },
    /// A participant's group number is not one of the groups declared.
    #[error(
        "participant {participant} is in group {cell}, but only {n_cells} groups were declared"
    )]
    CellOutOfRange {
        /// 1-based participant number.
        participant: usize,
        /// The group (cell) number given.
        cell: u32,
        /// Groups declared.
        n_cells: usize,
    },
    /// A value is not allowed for the indicator.
    #[error(
        "participant {participant}, {point}: the value {value} is not allowed ({expected}); correct the measurement or leave it blank"
    )]
    InvalidValue {
        /// 1-based participant number.
        participant: usize,
        /// Which collection point ("baseline", "follow-up" or "collection point N").
        point: String,
        /// The value.
        value: f64,
        /// What is allowed.
        expected: &'static str,
    },
    /// The "stayed the same" band is negative or not a number.
    #[error(
        "the band of changes that count as \"stayed the same\" is {0}; it must be zero or a positive number"
    )]
    InvalidSameBand(f64),
    /// The confidence level is not strictly between 0 and 1.
    #[error("the confidence level is {0}; it must be strictly between 0 and 1 (for example 0.95)")]
    InvalidConfidence(f64),
    /// The attrition limit is not a share.
    #[error("the attrition limit is {0}; it must be a share between 0 and 1 (for example 0.2)")]
    InvalidAttritionLimit(f64),
    /// A position in a measurement table is outside it.
    #[error("{what} {index} is outside the table, which has {len}")]
    OutOfTable {
        /// "participant", "collection point" or "indicator".
        what: &'static str,
        /// The 1-based position asked for.
        index: usize,
        /// How many there are.
        len: usize,
    },
    /// The table would be larger than the documented limit.
    #[error(
        "a table of {participants} participants × {points} collection points × {indicators} indicators is larger than the limit of {limit} values"
    )]
    TableTooLarge {
        /// Participants.
        participants: usize,
        /// Collection points.
        points: usize,
        /// Indicators.
        indicators: usize,
        /// The limit.
        limit: usize,
    },
    /// The plan has no follow-up point besides the baseline.
    #[error(
        "the baseline is collection point {baseline}, but the table has {points} collection points"
    )]
    NoSuchBaseline {
        /// 1-based baseline point.
        baseline: usize,
        /// Points in the table.
        points: usize,
    },
    /// The number of indicator settings differs from the indicators in the table.
    #[error("the table has {table} indicators but {given} indicator settings were given")]
    IndicatorCountMismatch {
        /// Indicators in the table.
        table: usize,
        /// Settings given.
        given: usize,
    },
}
