//! The error type of the crate boundary.

use thiserror::Error;

/// Why a design or an estimate could not be set up.
///
/// Row numbers are 1-based data-row numbers (the first data row is row 1), as a person counts them.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum StatsError {
    /// An input column has a different length from the design.
    #[error("column `{column}` has {found} values but the design has {expected} rows")]
    LengthMismatch {
        /// Which input.
        column: &'static str,
        /// Rows in the design.
        expected: usize,
        /// Values supplied.
        found: usize,
    },
    /// A weight is zero, negative, infinite or NaN.
    #[error("row {row}: weight {value} is not a positive finite number")]
    InvalidWeight {
        /// 1-based row number.
        row: usize,
        /// The offending weight.
        value: f64,
    },
    /// A finite population correction is not usable.
    #[error("row {row}: fpc {value} is invalid: {reason}")]
    InvalidFpc {
        /// 1-based row number.
        row: usize,
        /// The offending value.
        value: f64,
        /// What was expected.
        reason: &'static str,
    },
    /// With `nest = false` a PSU code appears in more than one stratum.
    #[error(
        "PSU {psu:?} appears in strata {first_stratum:?} and {second_stratum:?}; PSUs are not nested in strata (set nest = true if PSU codes repeat across strata)"
    )]
    NotNested {
        /// The PSU code as it is in the data.
        psu: String,
        /// One stratum it appears in, as in the data.
        first_stratum: String,
        /// Another stratum it appears in, as in the data.
        second_stratum: String,
    },
    /// A stratum has a single PSU and the lonely-PSU policy is `Fail`.
    #[error(
        "stratum {stratum:?} has only one PSU (lonely PSU policy is `fail`); choose another lonely_psu policy or merge the stratum with a neighbour"
    )]
    LonelyPsu {
        /// The stratum code as it is in the data.
        stratum: String,
    },
    /// The design has no rows.
    #[error("the design has no rows")]
    EmptyDesign,
    /// A value of the analysis variable is not allowed for the estimand.
    #[error("row {row}: value {value} is not allowed for {estimand} (expected {expected})")]
    InvalidValue {
        /// 1-based row number.
        row: usize,
        /// The offending value.
        value: f64,
        /// The estimand being computed.
        estimand: &'static str,
        /// What was expected.
        expected: &'static str,
    },
    /// A cell id is out of range.
    #[error("row {row}: cell {cell} is out of range (there are {n_cells} cells)")]
    CellOutOfRange {
        /// 1-based row number.
        row: usize,
        /// The cell id.
        cell: u32,
        /// Number of cells declared.
        n_cells: usize,
    },
    /// A comparison names a cell that does not exist.
    #[error("comparison names cell {cell}, but there are {n_cells} cells")]
    UnknownCell {
        /// The cell id.
        cell: u32,
        /// Number of cells.
        n_cells: usize,
    },
    /// The interval method does not apply to the estimand.
    #[error("interval method {method} does not apply to a {estimand}")]
    IncompatibleInterval {
        /// The method.
        method: &'static str,
        /// The estimand.
        estimand: &'static str,
    },
    /// An interval that ignores the design was asked for on a design with weights, strata,
    /// clusters or a finite population correction.
    #[error(
        "interval method {method} ignores the survey design (weights, strata, clusters and fpc) and would be too narrow; use logit or beta, which take the design into account"
    )]
    IntervalIgnoresDesign {
        /// The method.
        method: &'static str,
    },
    /// A replicate weight is negative, infinite or NaN.
    #[error(
        "row {row}: replicate weight {replicate} is {value}; replicate weights must be numbers of 0 or more"
    )]
    InvalidReplicateWeight {
        /// 1-based replicate (column) number.
        replicate: usize,
        /// 1-based row number.
        row: usize,
        /// The offending value.
        value: f64,
    },
    /// The replicate weights or their settings cannot define a variance.
    #[error("replicate weights: {0}")]
    InvalidReplicates(String),
    /// The confidence level is not in (0, 1).
    #[error("confidence level {0} is not strictly between 0 and 1")]
    InvalidConfidence(f64),
    /// A model, quantile, ratio or table has no rows to work on.
    #[error(
        "there are no rows to analyse: every row is outside the groups asked for or misses the answer or a covariate; check the filter, the groups and the covariates"
    )]
    NoRowsForModel,
    /// A model term is a combination of the others (or constant) among the rows used.
    #[error(
        "the model term `{term}` is the same as a combination of the other terms among the rows used (for example a category that is always paired with another); leave it out of the covariates or merge its categories"
    )]
    CollinearTerm {
        /// The term's name.
        term: String,
    },
    /// A logistic model's predictions reach 0 or 1: the outcome is perfectly predicted.
    #[error(
        "the logistic model predicts the outcome perfectly for some rows (separation), around the term `{term}`; its coefficients and standard errors would be meaningless. Merge small categories or leave that covariate out"
    )]
    Separation {
        /// The term with the largest coefficient.
        term: String,
    },
    /// A logistic model did not converge.
    #[error(
        "the logistic model did not converge in {iterations} iterations; the covariates may nearly predict the outcome. Merge small categories or leave a covariate out"
    )]
    NotConverged {
        /// Iterations tried.
        iterations: usize,
    },
    /// A model could not be fitted under some replicate weights.
    #[error(
        "the model could not be fitted under every set of replicate weights: in some replicate the outcome is perfectly predicted or the fit does not converge, so its standard errors would be meaningless. Merge small categories or leave a covariate out"
    )]
    ReplicateFitFailed,
    /// A quantile was asked for outside 0–1.
    #[error("quantile {0} is not between 0 and 1")]
    InvalidQuantile(f64),
    /// A two-way table needs at least two categories in each direction.
    #[error(
        "the test of association needs at least two categories of `{variable}` among the rows used, but found {found}"
    )]
    TooFewCategories {
        /// Which variable.
        variable: &'static str,
        /// Categories found.
        found: usize,
    },
}
