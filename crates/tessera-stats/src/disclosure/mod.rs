//! Disclosure control: counts rounded before they leave the server (`rounding`), and for
//! tables of counts across partners, primary and secondary suppression
//! that holds across rows, columns and margins, and the attacker that checks it.
//!
//! A partner × category table (attendance by side, gender or age band; sessions by month; the
//! yes/no answers behind a pooled proportion) is published with its margins: each partner's total,
//! each category's total over all partners, and the grand total. Counts from 1 to `threshold − 1`
//! are hidden (primary suppression); then, for each, other cells are hidden so that the hidden
//! count cannot be worked out by subtraction from its row or column, nor narrowed below the
//! protection level by combining all rows and columns (secondary suppression). See
//! `docs/disclosure.md`.

mod attack;
mod rounding;
mod suppress;
mod table;

use serde::{Deserialize, Serialize};
use thiserror::Error;

pub use attack::{AttackedCell, attack};
pub use rounding::{COUNT_ROUNDING, round_count, round_count_to};
pub use suppress::{CellStatus, GuaranteedRange, ProtectedTable, protect};
pub use table::{CountTable, Line, MAX_TABLE_CELLS, Position, PublishedTable};

/// When a count is too small to show, and how uncertain a hidden count must stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtectionRule {
    /// Counts from 1 to threshold − 1 are hidden (default 10, Tessera's disclosure threshold).
    /// Zeros are shown (they describe nobody), except in a partner's row with hidden cells.
    pub threshold: u64,
    /// Every hidden small count must stay consistent with a range of values at least this wide
    /// (default 10): for a count of 1, the published figures must allow anything from 0 or 1 up
    /// to at least 10, so nobody can tell it from a count at the threshold.
    pub protection: u64,
}

impl Default for ProtectionRule {
    fn default() -> Self {
        Self {
            threshold: 10,
            protection: 10,
        }
    }
}

impl ProtectionRule {
    fn check(&self) -> Result<(), DisclosureError> {
        if self.threshold == 0 || self.protection == 0 {
            Err(DisclosureError::InvalidRule(*self))
        } else {
            Ok(())
        }
    }
}

/// Why a table could not be built or protected.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DisclosureError {
    /// No partners or no categories.
    #[error("the table has no partners or no categories")]
    Empty,
    /// Counts were given for a different number of partners than were named.
    #[error("{expected} partners are named but counts were given for {found}")]
    RowCount {
        /// Partners named.
        expected: usize,
        /// Rows of counts.
        found: usize,
    },
    /// A partner has a different number of counts from the categories.
    #[error("partner \"{row}\" has {found} counts but there are {expected} categories")]
    ColumnCount {
        /// The partner.
        row: String,
        /// Categories.
        expected: usize,
        /// Counts given.
        found: usize,
    },
    /// The table is larger than the limit.
    #[error(
        "a table of {rows} partners × {columns} categories is larger than the limit of {limit} cells with totals; split it"
    )]
    TooLarge {
        /// Partners.
        rows: usize,
        /// Categories.
        columns: usize,
        /// The limit.
        limit: usize,
    },
    /// A total does not fit in 64 bits.
    #[error("the counts are too large to add up")]
    Overflow,
    /// A cell outside the table was asked for.
    #[error("there is no cell at {0:?} in this table")]
    NoSuchCell(Position),
    /// A rule with a zero threshold or protection level.
    #[error(
        "the disclosure rule {0:?} is not usable: the threshold and the protection level must be at least 1"
    )]
    InvalidRule(ProtectionRule),
}
