//! Primary and secondary (complementary) cell suppression of a table with margins.
//!
//! Method: the hypercube method for two-dimensional tables (Repsilber 1994; Giessing and
//! Repsilber 2002, "Tools and strategies to protect multiple tables with the GHQUAR cell
//! suppression engine", *Inference Control in Statistical Databases*, LNCS 2316, 181–192;
//! Hundepool et al. 2012, *Statistical Disclosure Control*, Wiley, §5.3). In a table with margins,
//! moving δ around the four corners of a rectangle of cells (+δ, −δ, −δ, +δ, with the sign turned
//! for each corner on a total line) keeps every row and column sum. So if all four corners are
//! suppressed, anyone who sees the rest of the table cannot tell the sensitive corner's value from
//! any other value that keeps the corners non-negative. Each sensitive cell gets the cheapest
//! rectangle whose range of such values is at least the protection level.

use serde::Serialize;

use super::table::{CountTable, PublishedTable, Shape};
use super::{DisclosureError, Position, ProtectionRule};

/// Whether a cell of a protected table is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CellStatus {
    /// Shown.
    Published,
    /// Hidden because it is a small count (1 to threshold − 1).
    Primary,
    /// Hidden so that a primary cell cannot be worked out from the other figures.
    Secondary,
}

/// A range of values a hidden cell could take, every one of which is consistent with everything
/// published (shown by a rearrangement of the hidden cells that keeps all published figures).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GuaranteedRange {
    /// The cell.
    pub position: Position,
    /// Lowest value shown to be consistent.
    pub low: u64,
    /// Highest value shown to be consistent; `None` when there is no upper limit.
    pub high: Option<u64>,
}

impl GuaranteedRange {
    /// high − low (`None` when unbounded).
    #[must_use]
    pub fn width(&self) -> Option<u64> {
        self.high.map(|h| h - self.low)
    }
}

/// A table with the publication status of every cell, margins included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtectedTable {
    table: CountTable,
    status: Vec<CellStatus>,
    rule: ProtectionRule,
}

/// What one rectangle lets a cell move by: (down, up), `None` up meaning unbounded.
fn rectangle_reach(shape: Shape, grid: &[u64], corners: [usize; 4]) -> (u64, Option<u64>) {
    // Corners: target (r1,c1), (r1,c2), (r2,c1), (r2,c2); signs of the zero-sum form +,−,−,+.
    let plain = [1i64, -1, -1, 1];
    let turn = shape.sign(corners[0]);
    let (mut down, mut up) = (u64::MAX, None::<u64>);
    for (k, &i) in corners.iter().enumerate() {
        let moves_with_target = plain[k] * shape.sign(i) * turn > 0;
        if moves_with_target {
            down = down.min(grid[i]);
        } else {
            up = Some(up.map_or(grid[i], |u| u.min(grid[i])));
        }
    }
    (down, up)
}

fn rectangles(shape: Shape, target: usize) -> impl Iterator<Item = [usize; 4]> {
    let w = shape.width();
    let (r1, c1) = (target / w, target % w);
    (0..=shape.rows)
        .filter(move |&r2| r2 != r1)
        .flat_map(move |r2| {
            (0..=shape.columns)
                .filter(move |&c2| c2 != c1)
                .map(move |c2| [r1 * w + c1, r1 * w + c2, r2 * w + c1, r2 * w + c2])
        })
}

fn enough(down: u64, up: Option<u64>, protection: u64) -> bool {
    up.is_none_or(|u| down.saturating_add(u) >= protection)
}

/// The guaranteed range of a cell from every fully hidden rectangle through it.
fn guaranteed(shape: Shape, grid: &[u64], status: &[CellStatus], target: usize) -> GuaranteedRange {
    let v = grid[target];
    let (mut down, mut up) = (0u64, Some(0u64));
    for corners in rectangles(shape, target) {
        if corners.iter().any(|&i| status[i] == CellStatus::Published) {
            continue;
        }
        let (d, u) = rectangle_reach(shape, grid, corners);
        down = down.max(d);
        up = match (up, u) {
            (None, _) | (_, None) => None,
            (Some(a), Some(b)) => Some(a.max(b)),
        };
    }
    GuaranteedRange {
        position: shape.position(target),
        low: v - down,
        high: up.map(|u| v.saturating_add(u)),
    }
}

/// Hides every small count (primary suppression) and, for each, the fewest and smallest other
/// cells needed so that its value cannot be narrowed to less than `rule.protection` from the
/// published figures (secondary suppression).
///
/// # Errors
/// [`DisclosureError::InvalidRule`] for a threshold or protection level of 0.
pub fn protect(
    table: &CountTable,
    rule: &ProtectionRule,
) -> Result<ProtectedTable, DisclosureError> {
    rule.check()?;
    let shape = table.shape();
    let grid = table.grid();
    let mut status: Vec<CellStatus> = grid
        .iter()
        .map(|&v| {
            if v > 0 && v < rule.threshold {
                CellStatus::Primary
            } else {
                CellStatus::Published
            }
        })
        .collect();
    let mut primaries: Vec<usize> = (0..shape.len())
        .filter(|&i| status[i] == CellStatus::Primary)
        .collect();
    // Smallest (most identifying) first; ties in table order, so the result is deterministic.
    primaries.sort_by_key(|&i| (grid[i], i));
    for &p in &primaries {
        let g = guaranteed(shape, grid, &status, p);
        if enough(
            g.low.abs_diff(grid[p]),
            g.high.map(|h| h - grid[p]),
            rule.protection,
        ) {
            continue;
        }
        // Cheapest rectangle that protects p: least Σ (value + 1) of the cells it newly hides
        // (information lost), then the widest range. There is always one: the rectangle through
        // the total row and the total column moves every corner the same way, without limit.
        let mut best: Option<(u64, u64, [usize; 4])> = None;
        for corners in rectangles(shape, p) {
            let (d, u) = rectangle_reach(shape, grid, corners);
            if !enough(d, u, rule.protection) {
                continue;
            }
            let cost = corners
                .iter()
                .filter(|&&i| status[i] == CellStatus::Published)
                .map(|&i| grid[i].saturating_add(1))
                .fold(0u64, u64::saturating_add);
            let width = u.map_or(u64::MAX, |u| d.saturating_add(u));
            let better = best.is_none_or(|(bc, bw, _)| cost < bc || (cost == bc && width > bw));
            if better {
                best = Some((cost, width, corners));
            }
        }
        let (_, _, corners) =
            best.expect("the rectangle through both total lines always protects without limit");
        for i in corners {
            if status[i] == CellStatus::Published {
                status[i] = CellStatus::Secondary;
            }
        }
    }
    // A zero beside hidden cells of a partner's row would tell what all of that partner's hidden
    // people have in common (all answered yes; all were newcomers): hide it too. Hiding a cell
    // can only widen every range, so the protection above still holds.
    let w = shape.width();
    for r in 0..shape.rows {
        let row = r * w..(r + 1) * w;
        if status[row.clone()]
            .iter()
            .any(|&s| s != CellStatus::Published)
        {
            for i in row {
                if grid[i] == 0 && status[i] == CellStatus::Published {
                    status[i] = CellStatus::Secondary;
                }
            }
        }
    }
    Ok(ProtectedTable {
        table: table.clone(),
        status,
        rule: *rule,
    })
}

impl ProtectedTable {
    /// The status of a cell.
    ///
    /// # Errors
    /// [`DisclosureError::NoSuchCell`] outside the table.
    pub fn status(&self, at: Position) -> Result<CellStatus, DisclosureError> {
        let i = self
            .table
            .shape()
            .index(at)
            .ok_or(DisclosureError::NoSuchCell(at))?;
        Ok(self.status[i])
    }

    /// The unprotected table (for the server side only: never show it).
    #[must_use]
    pub fn table(&self) -> &CountTable {
        &self.table
    }

    /// The rule it was protected with.
    #[must_use]
    pub fn rule(&self) -> &ProtectionRule {
        &self.rule
    }

    /// What may be shown: every published count, `None` for hidden ones.
    #[must_use]
    pub fn published(&self) -> PublishedTable {
        PublishedTable {
            rows: self.table.rows().to_vec(),
            columns: self.table.columns().to_vec(),
            cells: self
                .table
                .grid()
                .iter()
                .zip(&self.status)
                .map(|(&v, &s)| (s == CellStatus::Published).then_some(v))
                .collect(),
        }
    }

    /// For every primary cell, the range of values shown to be consistent with the published
    /// figures; its width is at least the protection level.
    #[must_use]
    pub fn guaranteed_ranges(&self) -> Vec<GuaranteedRange> {
        let shape = self.table.shape();
        (0..shape.len())
            .filter(|&i| self.status[i] == CellStatus::Primary)
            .map(|i| guaranteed(shape, self.table.grid(), &self.status, i))
            .collect()
    }

    /// Number of hidden cells (primary and secondary), margins included.
    #[must_use]
    pub fn hidden(&self) -> usize {
        self.status
            .iter()
            .filter(|&&s| s != CellStatus::Published)
            .count()
    }
}
