//! Domain estimation by linearisation: proportions, means and totals for many cells in one pass.
//!
//! For a domain (cell) d with valid rows k (y not NaN) the estimate is the ratio
//! ȳ_d = Σ_{k∈d} w_k y_k / W_d, W_d = Σ_{k∈d} w_k, or the total Σ_{k∈d} w_k y_k.
//! Its variance is the Taylor-linearisation (Woodruff) variance of Lumley (2010, §2.2, §3.3 and
//! appendix C): with z_k = w_k (y_k − ȳ_d)/W_d in d (z_k = w_k y_k for a total) and z_k = 0
//! elsewhere, the PSU totals t_hi = Σ_{k∈(h,i)} z_k over **all** n_h PSUs of the full design give
//!
//! V = Σ_h (1 − f_h) n_h/(n_h − 1) Σ_i (t_hi − t̄_h)².
//!
//! This is what R's `svyby` computes on `subset()` designs, which keep every stratum's PSU count.
//! A contrast Σ_j c_j ȳ_j of disjoint cells has linearised variable Σ_j c_j z_j, so differences,
//! ratios (delta method) and differences of differences share this machinery and pick up the
//! covariance induced by shared PSUs. With replicate weights each cell is re-estimated under
//! every replicate instead (see [`crate::replicate`]). This is the fast path of the general
//! primitive in [`crate::variance`], for many cells of one variable at once.

use crate::design::Design;
use crate::error::StatsError;
use crate::estimate::{
    EstimandKind, Estimate, Figures, Measure, NO_CELL, SuppressionReason, Thresholds,
    UnreliableReason,
};
use crate::interval::{self, CiMethod, Interval};
use crate::linear::{CalSums, Linearised};

/// Per-cell sums from the two passes over the rows.
#[derive(Debug, Clone, Default)]
pub(crate) struct CellSums {
    pub(crate) n: u64,
    /// Unweighted count of y = 1 (proportions), for exact intervals.
    pub(crate) n_positive: u64,
    pub(crate) sum_w: f64,
    pub(crate) sum_wy: f64,
    /// Σ w (y − ȳ)², for the design effect.
    pub(crate) sum_w_dev2: f64,
    /// Σ z², the scale against which a variance counts as numerically zero.
    pub(crate) sum_z2: f64,
}

impl CellSums {
    pub(crate) fn value(&self, kind: EstimandKind) -> f64 {
        match kind {
            EstimandKind::Total => self.sum_wy,
            EstimandKind::Proportion | EstimandKind::Mean => self.sum_wy / self.sum_w,
        }
    }
}

/// All cells of one breakdown of one variable, ready for estimates and comparisons.
#[derive(Debug, Clone)]
pub struct Breakdown<'d> {
    pub(crate) design: &'d Design,
    pub(crate) kind: EstimandKind,
    pub(crate) cells: Vec<CellSums>,
    pub(crate) lin: Linearised,
    /// Per-cell sums for the calibration residuals (calibrated designs only).
    pub(crate) cal: Option<CalSums>,
}

impl<'d> Breakdown<'d> {
    /// Accumulates every cell in two passes over the rows.
    ///
    /// `y` holds the analysis variable (NaN = not valid, excluded from the cell's base);
    /// `cells` the cell id of each row (`NO_CELL` = in no cell); ids run from 0 to `n_cells − 1`.
    /// Rows outside a cell still define the PSUs (domain estimation on the full design).
    ///
    /// # Errors
    /// Length mismatches, a cell id ≥ `n_cells`, infinite y, or y ∉ {0, 1} for a proportion.
    pub fn new(
        design: &'d Design,
        kind: EstimandKind,
        y: &[f64],
        cells: &[u32],
        n_cells: usize,
    ) -> Result<Self, StatsError> {
        let n_rows = design.n_rows();
        if y.len() != n_rows {
            return Err(StatsError::LengthMismatch {
                column: "y",
                expected: n_rows,
                found: y.len(),
            });
        }
        if cells.len() != n_rows {
            return Err(StatsError::LengthMismatch {
                column: "cells",
                expected: n_rows,
                found: cells.len(),
            });
        }
        let w = &design.weights;
        let mut sums = vec![CellSums::default(); n_cells];

        // Pass 1: counts and weighted sums.
        for (k, ((&c, &yk), &wk)) in cells.iter().zip(y).zip(w).enumerate() {
            if c == NO_CELL || yk.is_nan() {
                continue;
            }
            let Some(s) = sums.get_mut(c as usize) else {
                return Err(StatsError::CellOutOfRange {
                    row: k + 1,
                    cell: c,
                    n_cells,
                });
            };
            if !yk.is_finite() || (kind == EstimandKind::Proportion && yk != 0.0 && yk != 1.0) {
                return Err(StatsError::InvalidValue {
                    row: k + 1,
                    value: yk,
                    estimand: kind.name(),
                    expected: if kind == EstimandKind::Proportion {
                        "0, 1 or NaN"
                    } else {
                        "a finite number or NaN"
                    },
                });
            }
            s.n += 1;
            s.n_positive += u64::from(yk == 1.0);
            s.sum_w += wk;
            s.sum_wy += wk * yk;
        }

        // Per-cell centre and scale of z: z = (y − centre)·w·scale.
        let (centre, scale): (Vec<f64>, Vec<f64>) = sums
            .iter()
            .map(|s| match kind {
                EstimandKind::Total => (0.0, 1.0),
                _ if s.n == 0 => (0.0, 0.0),
                _ => (s.sum_wy / s.sum_w, 1.0 / s.sum_w),
            })
            .unzip();
        // Pass 2: linearised values into per-(cell, PSU) totals, or per-(cell, pattern) sums
        // for replicate weights.
        let means: Vec<f64> = sums
            .iter()
            .map(|s| if s.n == 0 { 0.0 } else { s.sum_wy / s.sum_w })
            .collect();
        let (lin, dev2, z2) =
            Linearised::accumulate(design, y, cells, n_cells, (&centre, &scale, &means));
        let cal = CalSums::accumulate(design, y, cells, n_cells, &centre, &scale);
        for ((s, d), z) in sums.iter_mut().zip(dev2).zip(z2) {
            s.sum_w_dev2 = d;
            s.sum_z2 = z;
        }
        Ok(Self {
            design,
            kind,
            cells: sums,
            lin,
            cal,
        })
    }

    /// Number of cells.
    #[must_use]
    pub fn n_cells(&self) -> usize {
        self.cells.len()
    }

    /// The estimand.
    #[must_use]
    pub fn kind(&self) -> EstimandKind {
        self.kind
    }

    pub(crate) fn value(&self, cell: u32) -> f64 {
        self.cells[cell as usize].value(self.kind)
    }

    pub(crate) fn check_cell(&self, cell: u32) -> Result<(), StatsError> {
        if (cell as usize) < self.cells.len() {
            Ok(())
        } else {
            Err(StatsError::UnknownCell {
                cell,
                n_cells: self.cells.len(),
            })
        }
    }

    /// Checks that the interval method applies to the estimand and to the design: Wilson and
    /// Clopper–Pearson are built on unweighted counts and ignore weights, strata and clusters,
    /// so on any other design they would give intervals that look precise and are not
    /// (issue 12, item 12: about half the design-based width on the `api` data).
    pub(crate) fn check_method(&self, ci: CiMethod) -> Result<(), StatsError> {
        Measure::new(self.kind, ci)?;
        if matches!(ci, CiMethod::Wilson | CiMethod::ClopperPearson) && !self.design.simple {
            return Err(StatsError::IntervalIgnoresDesign { method: ci.name() });
        }
        Ok(())
    }

    /// Whether a cell's estimate is a proportion of exactly 0 or 1.
    pub(crate) fn at_boundary(&self, cell: u32) -> bool {
        self.kind == EstimandKind::Proportion && {
            let v = self.value(cell);
            v <= 0.0 || v >= 1.0
        }
    }

    /// The estimate for every cell.
    ///
    /// # Errors
    /// An invalid confidence level, an interval method that does not apply to the estimand, or
    /// Wilson / Clopper–Pearson on a design that is not an equal-weight simple random sample.
    pub fn estimates(&self, ci: CiMethod, th: &Thresholds) -> Result<Vec<Estimate>, StatsError> {
        th.check()?;
        self.check_method(ci)?;
        Ok((0..self.cells.len())
            .map(|c| {
                #[expect(clippy::cast_possible_truncation, reason = "cell ids are u32")]
                self.estimate_one(c as u32, ci, th)
            })
            .collect())
    }

    /// The estimate for one cell (method and thresholds already checked).
    pub(crate) fn estimate_one(&self, cell: u32, ci: CiMethod, th: &Thresholds) -> Estimate {
        let s = &self.cells[cell as usize];
        if s.n == 0 {
            return Estimate::suppressed(cell, SuppressionReason::NoData);
        }
        if s.n < th.min_cell {
            return Estimate::suppressed(cell, SuppressionReason::SmallCell);
        }
        let value = s.value(self.kind);
        let lin = self.linear(&[(cell, 1.0)]);
        let se = lin.se();
        #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
        let n = s.n as f64;
        let deff = if s.n < 2 {
            None
        } else {
            // svyvar: s² = n/(n−1) Σw(y−ȳ)²/Σw; deff = V / (s²/n) for a mean, V / (s² W²/n)
            // for a total (`deff = "replace"`, Lumley 2010, §2.3).
            let s2 = n / (n - 1.0) * s.sum_w_dev2 / s.sum_w;
            let srs = match self.kind {
                EstimandKind::Total => s2 * s.sum_w * s.sum_w / n,
                EstimandKind::Proportion | EstimandKind::Mean => s2 / n,
            };
            (s2 > 0.0).then(|| lin.variance / srs)
        };
        let df = (lin.df > 0.0).then_some(lin.df);
        let mut reasons = Vec::new();
        let interval = self.interval(cell, value, se, df, ci, th.confidence, &mut reasons);
        let cv = se.and_then(|se| (value != 0.0).then(|| se / value.abs()));
        if s.n < th.unreliable_n {
            reasons.push(UnreliableReason::SmallSample);
        }
        if cv.is_some_and(|cv| cv > th.unreliable_cv) {
            reasons.push(UnreliableReason::HighCv);
        }
        reasons.sort_by_key(|r| *r as u8);
        reasons.dedup();
        Estimate::reported(
            cell,
            Figures {
                value,
                se,
                ci: interval,
                df,
                n: s.n,
                sum_weights: s.sum_w,
                deff: deff.filter(|d| d.is_finite()),
                cv,
            },
            reasons,
        )
    }

    /// The interval for one cell, applying the documented fallbacks.
    #[expect(
        clippy::too_many_arguments,
        reason = "internal helper over one cell's figures"
    )]
    fn interval(
        &self,
        cell: u32,
        value: f64,
        se: Option<f64>,
        df: Option<f64>,
        ci: CiMethod,
        confidence: f64,
        reasons: &mut Vec<UnreliableReason>,
    ) -> Option<Interval> {
        let s = &self.cells[cell as usize];
        let n = s.n;
        let x = s.n_positive;
        if self.kind == EstimandKind::Proportion {
            let boundary = value <= 0.0 || value >= 1.0;
            if boundary {
                reasons.push(UnreliableReason::BoundaryProportion);
            }
            match ci {
                CiMethod::Wilson => return Some(interval::wilson(value, n, confidence)),
                CiMethod::ClopperPearson => {
                    return Some(interval::clopper_pearson(x, n, confidence));
                }
                _ => {}
            }
            let design_ok = se.is_some() && (df.is_some() || ci == CiMethod::WaldZ);
            if boundary || !design_ok {
                if !boundary {
                    if se.is_none() {
                        reasons.push(UnreliableReason::ZeroVariance);
                    }
                    if df.is_none() {
                        reasons.push(UnreliableReason::NoDegreesOfFreedom);
                    }
                }
                // No design-based interval: exact binomial interval on the unweighted counts.
                return Some(interval::clopper_pearson(x, n, confidence));
            }
            let (Some(se), df) = (se, df) else {
                return None;
            };
            let out = match ci {
                CiMethod::Logit => df.map(|df| match self.replicate_logit_se(cell) {
                    Some(se_logit) => interval::logit_scale(value, se_logit, df, confidence),
                    None => interval::logit(value, se, df, confidence),
                }),
                CiMethod::Beta => df.and_then(|df| {
                    #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
                    let nf = n as f64;
                    interval::korn_graubard(value, se, nf, df, confidence)
                }),
                CiMethod::WaldT => df.map(|df| interval::wald_t(value, se, df, confidence)),
                CiMethod::WaldZ => Some(interval::wald_z(value, se, confidence)),
                CiMethod::Wilson | CiMethod::ClopperPearson => None,
            };
            return out.or_else(|| Some(interval::clopper_pearson(x, n, confidence)));
        }
        let Some(se) = se else {
            reasons.push(UnreliableReason::ZeroVariance);
            return None;
        };
        match ci {
            CiMethod::WaldZ => Some(interval::wald_z(value, se, confidence)),
            _ => {
                if let Some(df) = df {
                    Some(interval::wald_t(value, se, df, confidence))
                } else {
                    reasons.push(UnreliableReason::NoDegreesOfFreedom);
                    None
                }
            }
        }
    }
}

/// Estimates every cell of a breakdown in one pass (see [`Breakdown::new`]).
///
/// # Errors
/// As [`Breakdown::new`] and [`Breakdown::estimates`].
pub fn estimate_cells(
    design: &Design,
    y: &[f64],
    cells: &[u32],
    n_cells: usize,
    measure: Measure,
    thresholds: &Thresholds,
) -> Result<Vec<Estimate>, StatsError> {
    Breakdown::new(design, measure.kind, y, cells, n_cells)?.estimates(measure.ci, thresholds)
}
