//! The attacker: what can be worked out about hidden cells from a published table.
//!
//! Everything published is used: every shown count and margin, the fact that each row and column
//! of a table sums to its total, and that counts are whole numbers ≥ 0. A row or column with one
//! hidden cell gives it away by subtraction; with several, each hidden cell is bounded by the
//! others' bounds (Fréchet-style interval reasoning), and the bounds are tightened over all rows and
//! columns until nothing changes. The result is an outer bound: every value consistent with the
//! published table lies in it. (The exact range is a linear programme; the tests check against
//! one solved by R's lpSolve.)

use serde::Serialize;

use super::Position;
use super::table::PublishedTable;

/// What the attacker knows about one hidden cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AttackedCell {
    /// The cell.
    pub position: Position,
    /// It cannot be less than this.
    pub low: u64,
    /// It cannot be more than this; `None` when nothing bounds it.
    pub high: Option<u64>,
}

impl AttackedCell {
    /// True when the attacker has the exact value.
    #[must_use]
    pub fn recovered(&self) -> bool {
        self.high == Some(self.low)
    }

    /// high − low (`None` when unbounded).
    #[must_use]
    pub fn width(&self) -> Option<u64> {
        self.high.map(|h| h - self.low)
    }
}

/// Bounds every hidden cell of a published table (see the module documentation).
#[must_use]
pub fn attack(published: &PublishedTable) -> Vec<AttackedCell> {
    let shape = published.shape();
    let w = shape.width();
    // Each equation: Σ over its cells of sign · x = 0, sign −1 for the cell on the total line.
    let mut equations: Vec<Vec<(usize, f64)>> = Vec::new();
    for r in 0..=shape.rows {
        equations.push(
            (0..=shape.columns)
                .map(|c| (r * w + c, if c == shape.columns { -1.0 } else { 1.0 }))
                .collect(),
        );
    }
    for c in 0..=shape.columns {
        equations.push(
            (0..=shape.rows)
                .map(|r| (r * w + c, if r == shape.rows { -1.0 } else { 1.0 }))
                .collect(),
        );
    }
    #[expect(clippy::cast_precision_loss, reason = "counts < 2^53 are exact in f64")]
    let mut bounds: Vec<(f64, f64)> = published
        .cells
        .iter()
        .map(|v| v.map_or((0.0, f64::INFINITY), |v| (v as f64, v as f64)))
        .collect();
    // Each sweep either tightens a bound by at least 1 or stops; the cap is a safeguard.
    for _ in 0..100_000 {
        let mut changed = false;
        for eq in &equations {
            for &(j, aj) in eq {
                if published.cells[j].is_some() {
                    continue;
                }
                // aj · x_j = −Σ_{k≠j} a_k x_k ∈ [lo, hi].
                let (mut lo, mut hi) = (0.0, 0.0);
                for &(k, ak) in eq {
                    if k == j {
                        continue;
                    }
                    let (bl, bh) = bounds[k];
                    if ak > 0.0 {
                        lo -= bh;
                        hi -= bl;
                    } else {
                        lo += bl;
                        hi += bh;
                    }
                }
                let (lo, hi) = if aj > 0.0 { (lo, hi) } else { (-hi, -lo) };
                let (bl, bh) = bounds[j];
                let nl = bl.max(lo.ceil());
                let nh = bh.min(hi.floor());
                if nl > bl || nh < bh {
                    bounds[j] = (nl, nh);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    bounds
        .iter()
        .enumerate()
        .filter(|&(i, _)| published.cells[i].is_none())
        .map(|(i, &(lo, hi))| {
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "whole non-negative counts < 2^53"
            )]
            let to_u64 = |x: f64| x as u64;
            AttackedCell {
                position: shape.position(i),
                low: to_u64(lo.max(0.0)),
                high: hi.is_finite().then(|| to_u64(hi)),
            }
        })
        .collect()
}
