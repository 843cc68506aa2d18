//! Warnings about a run that produced figures but may not mean what the spec's author thinks:
//! codes that never occur, rows put in a "not stated" level or left out.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The role of a code in a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeRole {
    /// A code counted as success.
    Success,
    /// A code left out of the base.
    Exclude,
}

/// Something the person who wrote the spec should know about the figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// A success code of a measure occurs in no row of the data: often a typing error
    /// (`"Yess"`), which would otherwise silently give a proportion of 0.
    CodeNotInData {
        /// The measure id.
        measure: String,
        /// The measure's variable.
        variable: String,
        /// Success or exclude.
        role: CodeRole,
        /// The code as written in the spec.
        code: String,
        /// Values that do occur in the data (at most 20, in sorted order).
        present: Vec<String>,
        /// How many more distinct values occur than are listed in `present`.
        more_present: usize,
    },
    /// Rows with a blank value of a breakdown variable form the level [`crate::report::NOT_STATED`].
    NotStated {
        /// The breakdown variable.
        variable: String,
        /// How many rows are blank.
        rows: usize,
    },
    /// Rows with a blank value of the trend variable (e.g. wave) are left out of every
    /// breakdown that uses it: a wave has an order, and "not stated" has no place in it.
    TrendBlank {
        /// The trend variable.
        variable: String,
        /// How many rows are left out.
        rows: usize,
    },
    /// Rows left out because a design value is blank (only when asked to skip bad rows).
    RowsLeftOut {
        /// The spec field, e.g. `[design] strata`.
        field: String,
        /// The column.
        column: String,
        /// How many rows.
        rows: usize,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::CodeNotInData {
                measure,
                variable,
                role,
                code,
                present,
                more_present,
            } => {
                let role = match role {
                    CodeRole::Success => "success",
                    CodeRole::Exclude => "excluded",
                };
                let more = if *more_present > 0 {
                    format!(" and {more_present} more")
                } else {
                    String::new()
                };
                write!(
                    f,
                    "measure {measure:?}: the {role} code {code:?} occurs in no row of {variable:?}; the values there are {}{more}. Check the spelling in the spec.",
                    present
                        .iter()
                        .map(|p| format!("{p:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
            Self::NotStated { variable, rows } => write!(
                f,
                "{rows} row(s) have no value of {variable:?}; they are shown as the level \"{}\" in breakdowns by it",
                crate::report::NOT_STATED
            ),
            Self::TrendBlank { variable, rows } => write!(
                f,
                "{rows} row(s) have no value of the trend variable {variable:?} and are left out of every breakdown by it"
            ),
            Self::RowsLeftOut {
                field,
                column,
                rows,
            } => write!(
                f,
                "{rows} row(s) with a blank {field} ({column:?}) were left out (skip bad rows)"
            ),
        }
    }
}
