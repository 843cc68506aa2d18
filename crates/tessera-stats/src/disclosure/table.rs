//! A partner × category table of counts with its margins, and what of it is published.

use serde::Serialize;

use super::DisclosureError;

/// A row or column of a table with margins: one of the partners / categories, or the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    /// The i-th partner (row) or category (column), 0-based.
    Item(usize),
    /// The total over all partners (row) or categories (column).
    Total,
}

/// A cell of a table with margins: `(Item(i), Item(c))` is partner i's count in category c,
/// `(Item(i), Total)` partner i's total, `(Total, Item(c))` category c over all partners,
/// `(Total, Total)` the grand total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Position {
    /// Partner or the total row.
    pub row: Line,
    /// Category or the total column.
    pub column: Line,
}

/// Counts of partners (rows) by category (columns), e.g. attendance by side, sessions by month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountTable {
    rows: Vec<String>,
    columns: Vec<String>,
    /// The grid with margins, (rows + 1) × (columns + 1), row-major; the last row and column
    /// hold the totals.
    grid: Vec<u64>,
}

/// The largest table accepted: 10,000 cells with margins (partners × categories). Secondary
/// suppression looks at every rectangle through a cell, so its cost grows with the square of this.
pub const MAX_TABLE_CELLS: usize = 10_000;

impl CountTable {
    /// A table from each partner's counts per category (`counts[partner][category]`); the margins
    /// are their sums.
    ///
    /// # Errors
    /// No partners or categories, a partner with the wrong number of counts, a table above
    /// [`MAX_TABLE_CELLS`], or totals that overflow.
    pub fn new(
        rows: Vec<String>,
        columns: Vec<String>,
        counts: &[Vec<u64>],
    ) -> Result<Self, DisclosureError> {
        if rows.is_empty() || columns.is_empty() {
            return Err(DisclosureError::Empty);
        }
        if counts.len() != rows.len() {
            return Err(DisclosureError::RowCount {
                expected: rows.len(),
                found: counts.len(),
            });
        }
        let (nr, nc) = (rows.len(), columns.len());
        if (nr + 1).saturating_mul(nc + 1) > MAX_TABLE_CELLS {
            return Err(DisclosureError::TooLarge {
                rows: nr,
                columns: nc,
                limit: MAX_TABLE_CELLS,
            });
        }
        let mut grid = vec![0u64; (nr + 1) * (nc + 1)];
        for (r, row) in counts.iter().enumerate() {
            if row.len() != nc {
                return Err(DisclosureError::ColumnCount {
                    row: rows[r].clone(),
                    expected: nc,
                    found: row.len(),
                });
            }
            for (c, &v) in row.iter().enumerate() {
                grid[r * (nc + 1) + c] = v;
            }
        }
        let overflow = || DisclosureError::Overflow;
        for r in 0..nr {
            let s = (0..nc).try_fold(0u64, |a, c| a.checked_add(grid[r * (nc + 1) + c]));
            grid[r * (nc + 1) + nc] = s.ok_or_else(overflow)?;
        }
        for c in 0..=nc {
            let s = (0..nr).try_fold(0u64, |a, r| a.checked_add(grid[r * (nc + 1) + c]));
            grid[nr * (nc + 1) + c] = s.ok_or_else(overflow)?;
        }
        Ok(Self {
            rows,
            columns,
            grid,
        })
    }

    /// Partner names (rows).
    #[must_use]
    pub fn rows(&self) -> &[String] {
        &self.rows
    }

    /// Category names (columns).
    #[must_use]
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The count at a position (margins included).
    ///
    /// # Errors
    /// [`DisclosureError::NoSuchCell`] for a partner or category outside the table.
    pub fn get(&self, at: Position) -> Result<u64, DisclosureError> {
        Ok(self.grid[self.index(at)?])
    }

    /// The grand total.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.grid[self.grid.len() - 1]
    }

    pub(crate) fn shape(&self) -> Shape {
        Shape {
            rows: self.rows.len(),
            columns: self.columns.len(),
        }
    }

    pub(crate) fn grid(&self) -> &[u64] {
        &self.grid
    }

    fn index(&self, at: Position) -> Result<usize, DisclosureError> {
        self.shape()
            .index(at)
            .ok_or(DisclosureError::NoSuchCell(at))
    }
}

/// Rows and columns of a table without its margins; the grid has one more of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shape {
    pub(crate) rows: usize,
    pub(crate) columns: usize,
}

impl Shape {
    pub(crate) fn width(self) -> usize {
        self.columns + 1
    }

    pub(crate) fn len(self) -> usize {
        (self.rows + 1) * (self.columns + 1)
    }

    pub(crate) fn index(self, at: Position) -> Option<usize> {
        let r = match at.row {
            Line::Item(i) if i < self.rows => i,
            Line::Item(_) => return None,
            Line::Total => self.rows,
        };
        let c = match at.column {
            Line::Item(i) if i < self.columns => i,
            Line::Item(_) => return None,
            Line::Total => self.columns,
        };
        Some(r * self.width() + c)
    }

    pub(crate) fn position(self, index: usize) -> Position {
        let (r, c) = (index / self.width(), index % self.width());
        Position {
            row: if r == self.rows {
                Line::Total
            } else {
                Line::Item(r)
            },
            column: if c == self.columns {
                Line::Total
            } else {
                Line::Item(c)
            },
        }
    }

    /// +1 for a partner or category line, −1 for a total line: cell (r, c) enters the equation of
    /// row r with sign s(c) and that of column c with sign s(r) (Σ items − total = 0).
    pub(crate) fn sign(self, index: usize) -> i64 {
        let (r, c) = (index / self.width(), index % self.width());
        let s = |is_total: bool| if is_total { -1 } else { 1 };
        s(r == self.rows) * s(c == self.columns)
    }
}

/// What may be shown of a table: every count, margins included, or `None` where suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PublishedTable {
    /// Partner names.
    pub rows: Vec<String>,
    /// Category names.
    pub columns: Vec<String>,
    /// (rows + 1) × (columns + 1), row-major, totals last; `None` where suppressed.
    pub cells: Vec<Option<u64>>,
}

impl PublishedTable {
    /// The published count at a position, `None` where suppressed or outside the table.
    #[must_use]
    pub fn get(&self, at: Position) -> Option<u64> {
        self.shape().index(at).and_then(|i| self.cells[i])
    }

    pub(crate) fn shape(&self) -> Shape {
        Shape {
            rows: self.rows.len(),
            columns: self.columns.len(),
        }
    }
}
