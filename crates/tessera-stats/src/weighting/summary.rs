//! What a weighting did: iterations, achieved margins against their targets, the distribution
//! of the adjustment factors and weights, the design effect due to weighting, extreme weights.

use serde::{Deserialize, Serialize};

/// Five numbers of a distribution (quartiles as R's `quantile(type = 7)`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Spread {
    /// Smallest.
    pub min: f64,
    /// First quartile.
    pub q1: f64,
    /// Median.
    pub median: f64,
    /// Third quartile.
    pub q3: f64,
    /// Largest.
    pub max: f64,
}

impl Spread {
    pub(crate) fn of(values: &[f64]) -> Spread {
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let q = |p: f64| -> f64 {
            if v.is_empty() {
                return f64::NAN;
            }
            #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
            let h = (v.len() - 1) as f64 * p;
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "an index"
            )]
            let lo = h.floor() as usize;
            let hi = (lo + 1).min(v.len() - 1);
            v[lo] + (h - h.floor()) * (v[hi] - v[lo])
        };
        Spread {
            min: q(0.0),
            q1: q(0.25),
            median: q(0.5),
            q3: q(0.75),
            max: q(1.0),
        }
    }
}

/// One category of a margin: its target, and the weighted count before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarginCheck {
    /// The margin's name.
    pub margin: String,
    /// The category (values joined by ` × `), or the variable for a total.
    pub category: String,
    /// The population target.
    pub target: f64,
    /// The weighted count (or total) with the starting weights.
    pub before: f64,
    /// The weighted count (or total) with the final weights.
    pub achieved: f64,
    /// Sample rows in the category.
    pub rows: usize,
}

/// A row whose final weight is far from the others'.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ExtremeRow {
    /// 1-based data row.
    pub row: usize,
    /// The final weight.
    pub weight: f64,
    /// Final weight / starting weight.
    pub factor: f64,
}

/// The report of a weighting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeightingReport {
    /// The weighting's name.
    pub name: String,
    /// Iterations (raking passes or Newton steps; 1 for post-stratification and linear GREG).
    pub iterations: u32,
    /// Every margin category: target, before and after.
    pub margins: Vec<MarginCheck>,
    /// The largest |achieved − target| / target over the margins' categories.
    pub worst_relative_miss: f64,
    /// Adjustment factors g = final / starting weight.
    pub factors: Spread,
    /// The final weights.
    pub weights: Spread,
    /// Kish's design effect due to weighting, n Σw² / (Σw)², of the final weights.
    pub kish_deff: f64,
    /// The same for the starting weights.
    pub kish_deff_before: f64,
    /// Rows whose final weight is more than [`EXTREME_RATIO`] times the median weight or less
    /// than the median divided by it, largest first (at most 20 listed).
    pub extreme_rows: Vec<ExtremeRow>,
    /// How many rows are extreme in all.
    pub extreme_count: usize,
    /// Rows whose weight was trimmed (first round).
    pub trimmed_rows: usize,
}

/// How far from the median weight a row counts as extreme.
pub const EXTREME_RATIO: f64 = 5.0;

/// How many extreme rows the report lists.
const EXTREME_LISTED: usize = 20;

/// Kish's n Σw² / (Σw)².
pub(crate) fn kish(w: &[f64]) -> f64 {
    let s: f64 = w.iter().sum();
    let s2: f64 = w.iter().map(|x| x * x).sum();
    #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
    let n = w.len() as f64;
    n * s2 / (s * s)
}

/// The extreme rows of final weights `w` with starting weights `w0`.
pub(crate) fn extremes(w: &[f64], w0: &[f64], median: f64) -> (Vec<ExtremeRow>, usize) {
    let mut rows: Vec<ExtremeRow> = w
        .iter()
        .zip(w0)
        .enumerate()
        .filter(|(_, (x, _))| **x > EXTREME_RATIO * median || **x * EXTREME_RATIO < median)
        .map(|(i, (x, x0))| ExtremeRow {
            row: i + 1,
            weight: *x,
            factor: x / x0,
        })
        .collect();
    rows.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let count = rows.len();
    rows.truncate(EXTREME_LISTED);
    (rows, count)
}
