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
//! covariance induced by shared PSUs.

use serde::Serialize;

use crate::design::{Design, LonelyPsu};
use crate::error::StatsError;
use crate::interval::{self, CiMethod, Interval};

/// Cell id meaning "this row is in no cell".
pub const NO_CELL: u32 = u32::MAX;

/// What is estimated for each cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EstimandKind {
    /// A proportion of a 0/1 variable (a mean of it).
    Proportion,
    /// A mean.
    Mean,
    /// A total Σ w y.
    Total,
}

impl EstimandKind {
    fn name(self) -> &'static str {
        match self {
            Self::Proportion => "proportion",
            Self::Mean => "mean",
            Self::Total => "total",
        }
    }
}

/// An estimand with the interval method to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Measure {
    /// What is estimated.
    pub kind: EstimandKind,
    /// How its interval is computed.
    pub ci: CiMethod,
}

impl Measure {
    /// A measure, checking that the interval method applies to the estimand.
    ///
    /// # Errors
    /// [`StatsError::IncompatibleInterval`] for a proportion-only method on a mean or total.
    pub fn new(kind: EstimandKind, ci: CiMethod) -> Result<Self, StatsError> {
        let ok = match kind {
            EstimandKind::Proportion => true,
            EstimandKind::Mean | EstimandKind::Total => {
                matches!(ci, CiMethod::WaldT | CiMethod::WaldZ)
            }
        };
        if ok {
            Ok(Self { kind, ci })
        } else {
            Err(StatsError::IncompatibleInterval {
                method: ci.name(),
                estimand: kind.name(),
            })
        }
    }

    /// A proportion with the survey-standard logit interval.
    #[must_use]
    pub fn proportion() -> Self {
        Self {
            kind: EstimandKind::Proportion,
            ci: CiMethod::Logit,
        }
    }

    /// A mean with a t interval.
    #[must_use]
    pub fn mean() -> Self {
        Self {
            kind: EstimandKind::Mean,
            ci: CiMethod::WaldT,
        }
    }

    /// A total with a t interval.
    #[must_use]
    pub fn total() -> Self {
        Self {
            kind: EstimandKind::Total,
            ci: CiMethod::WaldT,
        }
    }
}

/// Reporting thresholds and the confidence level.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Thresholds {
    /// Cells with fewer valid rows than this are suppressed (default 10).
    pub min_cell: u64,
    /// Cells with fewer valid rows than this are flagged unreliable (default 30).
    pub unreliable_n: u64,
    /// Estimates whose coefficient of variation exceeds this are flagged unreliable (default 0.30).
    pub unreliable_cv: f64,
    /// Confidence level of every interval (default 0.95).
    pub confidence: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            min_cell: 10,
            unreliable_n: 30,
            unreliable_cv: 0.30,
            confidence: 0.95,
        }
    }
}

impl Thresholds {
    pub(crate) fn check(&self) -> Result<(), StatsError> {
        if self.confidence > 0.0 && self.confidence < 1.0 {
            Ok(())
        } else {
            Err(StatsError::InvalidConfidence(self.confidence))
        }
    }
}

/// The publication status of an estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Publishable.
    Ok,
    /// Publishable with a warning.
    Unreliable,
    /// Not publishable: no figures are carried.
    Suppressed,
}

impl Status {
    /// Published, with a warning.
    #[must_use]
    pub fn is_unreliable(self) -> bool {
        self == Status::Unreliable
    }

    /// Not published.
    #[must_use]
    pub fn is_suppressed(self) -> bool {
        self == Status::Suppressed
    }

    /// The word used in outputs: `ok`, `unreliable` or `suppressed`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Unreliable => "unreliable",
            Status::Suppressed => "suppressed",
        }
    }
}

/// Why an estimate is flagged unreliable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnreliableReason {
    /// Fewer valid rows than `unreliable_n`.
    SmallSample,
    /// Coefficient of variation above `unreliable_cv`.
    HighCv,
    /// p is 0 or 1: the design-based SE is 0 and the interval is Clopper–Pearson on counts.
    BoundaryProportion,
    /// The design-based variance is zero (e.g. a domain inside one PSU): no design interval.
    ZeroVariance,
    /// The domain's degrees of freedom are ≤ 0: no t-based interval.
    NoDegreesOfFreedom,
    /// A cell that enters a comparison is itself unreliable.
    ComponentUnreliable,
}

/// Why an estimate is suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuppressionReason {
    /// The cell has no valid rows.
    NoData,
    /// Fewer valid rows than `min_cell`.
    SmallCell,
    /// A cell that enters the comparison is suppressed.
    ComponentSuppressed,
}

/// The figures of a reported estimate. Optional figures are absent when they are undefined
/// (never NaN).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    /// The estimate (proportion as a fraction, mean, or total).
    pub value: f64,
    /// Design-based standard error; absent when the variance is (numerically) zero.
    pub se: Option<f64>,
    /// Confidence interval.
    pub ci: Option<Interval>,
    /// Degrees of freedom used for t quantiles.
    pub df: Option<f64>,
    /// Unweighted number of valid rows.
    pub n: u64,
    /// Σ w over the valid rows.
    pub sum_weights: f64,
    /// Design effect (`deff = "replace"`), means and proportions only.
    pub deff: Option<f64>,
    /// Coefficient of variation se / |value|.
    pub cv: Option<f64>,
}

/// Reported (with a reliability flag) or suppressed (with no figures at all).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// Figures are published; `reasons` is empty when the status is `Ok`.
    Reported {
        /// The figures.
        figures: Figures,
        /// Why it is unreliable, if it is.
        reasons: Vec<UnreliableReason>,
    },
    /// Nothing is published.
    Suppressed {
        /// Why.
        reason: SuppressionReason,
    },
}

/// The estimate for one cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// The cell id.
    pub cell: u32,
    /// Ok, Unreliable or Suppressed.
    pub status: Status,
    /// The figures or the suppression reason.
    #[serde(flatten)]
    pub outcome: Outcome,
}

impl Estimate {
    pub(crate) fn reported(cell: u32, figures: Figures, reasons: Vec<UnreliableReason>) -> Self {
        Self {
            cell,
            status: if reasons.is_empty() {
                Status::Ok
            } else {
                Status::Unreliable
            },
            outcome: Outcome::Reported { figures, reasons },
        }
    }

    pub(crate) fn suppressed(cell: u32, reason: SuppressionReason) -> Self {
        Self {
            cell,
            status: Status::Suppressed,
            outcome: Outcome::Suppressed { reason },
        }
    }

    /// The figures, if the estimate is not suppressed.
    #[must_use]
    pub fn figures(&self) -> Option<&Figures> {
        match &self.outcome {
            Outcome::Reported { figures, .. } => Some(figures),
            Outcome::Suppressed { .. } => None,
        }
    }

    /// Why it is unreliable (empty when Ok or suppressed).
    #[must_use]
    pub fn reasons(&self) -> &[UnreliableReason] {
        match &self.outcome {
            Outcome::Reported { reasons, .. } => reasons,
            Outcome::Suppressed { .. } => &[],
        }
    }
}

/// Per-cell sums from the two passes over the rows.
#[derive(Debug, Clone, Default)]
struct CellSums {
    n: u64,
    /// Unweighted count of y = 1 (proportions), for exact intervals.
    n_positive: u64,
    sum_w: f64,
    sum_wy: f64,
    /// Σ w (y − ȳ)², for the design effect.
    sum_w_dev2: f64,
    /// Σ z², the scale against which a variance counts as numerically zero.
    sum_z2: f64,
}

impl CellSums {
    fn value(&self, kind: EstimandKind) -> f64 {
        match kind {
            EstimandKind::Total => self.sum_wy,
            EstimandKind::Proportion | EstimandKind::Mean => self.sum_wy / self.sum_w,
        }
    }
}

/// Linearised PSU totals per cell.
#[derive(Debug, Clone)]
enum Linearised {
    /// Clustered design: t[cell · n_psu + psu] and the valid-row count in each (cell, PSU).
    Clustered { t: Vec<f64>, seen: Vec<u32> },
    /// Each row is its own PSU: per (cell, stratum) Σz, Σz² and the valid-row count.
    RowPsu {
        s1: Vec<f64>,
        s2: Vec<f64>,
        seen: Vec<u32>,
    },
}

/// A value, its linearisation variance and degrees of freedom.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Linear {
    pub(crate) variance: f64,
    /// Σ c_j² Σ z_j²: the scale for "numerically zero".
    pub(crate) scale: f64,
    pub(crate) df: f64,
}

impl Linear {
    /// Relative size under which a variance is rounding noise: e.g. a domain inside one PSU of
    /// a lonely stratum, whose t_h1 is 0 in exact arithmetic but ~1e-17 in floating point.
    const ZERO_VARIANCE: f64 = 1e-24;

    pub(crate) fn se(&self) -> Option<f64> {
        if self.variance > Self::ZERO_VARIANCE * self.scale && self.variance.is_finite() {
            Some(self.variance.sqrt())
        } else {
            None
        }
    }
}

/// All cells of one breakdown of one variable, ready for estimates and comparisons.
#[derive(Debug, Clone)]
pub struct Breakdown<'d> {
    design: &'d Design,
    kind: EstimandKind,
    cells: Vec<CellSums>,
    lin: Linearised,
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
        let mut dev2 = vec![0.0; n_cells];
        let mut z2 = vec![0.0; n_cells];

        // Pass 2: linearised values into per-(cell, PSU) totals.
        let lin = if design.row_is_psu() {
            let n_strata = design.strata.len();
            let mut s1 = vec![0.0; n_cells * n_strata];
            let mut s2 = vec![0.0; n_cells * n_strata];
            let mut seen = vec![0u32; n_cells * n_strata];
            for (((&c, &yk), &wk), &h) in cells.iter().zip(y).zip(w).zip(&design.row_stratum) {
                if c == NO_CELL || yk.is_nan() {
                    continue;
                }
                let ci = c as usize;
                let d = yk - centre[ci];
                // Σ w (y − ȳ)² for the design effect (unused for totals, where centre = 0).
                dev2[ci] += wk * d * d;
                let z = wk * d * scale[ci];
                z2[ci] += z * z;
                let j = ci * n_strata + h as usize;
                s1[j] += z;
                s2[j] += z * z;
                seen[j] += 1;
            }
            Linearised::RowPsu { s1, s2, seen }
        } else {
            let n_psu = design.n_psu;
            let mut t = vec![0.0; n_cells * n_psu];
            let mut seen = vec![0u32; n_cells * n_psu];
            for (((&c, &yk), &wk), &p) in cells.iter().zip(y).zip(w).zip(&design.row_psu) {
                if c == NO_CELL || yk.is_nan() {
                    continue;
                }
                let ci = c as usize;
                let d = yk - centre[ci];
                // Σ w (y − ȳ)² for the design effect (unused for totals, where centre = 0).
                dev2[ci] += wk * d * d;
                let z = wk * d * scale[ci];
                z2[ci] += z * z;
                let j = ci * n_psu + p as usize;
                t[j] += z;
                seen[j] += 1;
            }
            Linearised::Clustered { t, seen }
        };
        for ((s, d), z) in sums.iter_mut().zip(dev2).zip(z2) {
            s.sum_w_dev2 = d;
            s.sum_z2 = z;
        }
        Ok(Self {
            design,
            kind,
            cells: sums,
            lin,
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

    /// Linearisation variance and degrees of freedom of Σ_j c_j θ_j over disjoint cells.
    ///
    /// The df is `degf()` of the union of the cells' valid rows: distinct PSUs minus distinct
    /// strata among them (README item 4; `svyby` uses the domain subset's `degf`).
    pub(crate) fn linear(&self, terms: &[(u32, f64)]) -> Linear {
        let design = self.design;
        let scale: f64 = terms
            .iter()
            .map(|&(c, k)| k * k * self.cells[c as usize].sum_z2)
            .sum();
        let mut variance = 0.0;
        let mut n_psu_seen = 0usize;
        let mut n_strata_seen = 0usize;
        match &self.lin {
            Linearised::Clustered { t, seen } => {
                let n_psu = design.n_psu;
                for s in &design.strata {
                    let range = s.psu_start..s.psu_start + s.n_psu;
                    let mut sum = 0.0;
                    let mut any_in_stratum = false;
                    // Two passes over the stratum's PSUs: centre, then squares (numerically
                    // safer than Σt² − (Σt)²/n).
                    for i in range.clone() {
                        let mut ti = 0.0;
                        let mut hit = false;
                        for &(c, k) in terms {
                            let j = c as usize * n_psu + i;
                            ti += k * t[j];
                            hit |= seen[j] > 0;
                        }
                        sum += ti;
                        if hit {
                            n_psu_seen += 1;
                            any_in_stratum = true;
                        }
                    }
                    n_strata_seen += usize::from(any_in_stratum);
                    let v_h = if s.n_psu == 1 {
                        self.lonely(sum)
                    } else {
                        #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
                        let nh = s.n_psu as f64;
                        let mean = sum / nh;
                        let mut ss = 0.0;
                        for i in range {
                            let mut ti = 0.0;
                            for &(c, k) in terms {
                                ti += k * t[c as usize * n_psu + i];
                            }
                            ss += (ti - mean) * (ti - mean);
                        }
                        nh / (nh - 1.0) * ss
                    };
                    variance += s.fpc_factor * v_h;
                }
            }
            Linearised::RowPsu { s1, s2, seen } => {
                let n_strata = design.strata.len();
                for (h, s) in design.strata.iter().enumerate() {
                    let mut sum = 0.0;
                    let mut sum2 = 0.0;
                    let mut rows = 0usize;
                    for &(c, k) in terms {
                        let j = c as usize * n_strata + h;
                        sum += k * s1[j];
                        // Cells are disjoint, so each row carries one cell's z.
                        sum2 += k * k * s2[j];
                        rows += seen[j] as usize;
                    }
                    n_psu_seen += rows;
                    n_strata_seen += usize::from(rows > 0);
                    let v_h = if s.n_psu == 1 {
                        self.lonely(sum)
                    } else {
                        #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
                        let nh = s.n_psu as f64;
                        nh / (nh - 1.0) * (sum2 - sum * sum / nh).max(0.0)
                    };
                    variance += s.fpc_factor * v_h;
                }
            }
        }
        #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
        let df = n_psu_seen as f64 - n_strata_seen as f64;
        Linear {
            variance,
            scale,
            df,
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

    /// Contribution of a stratum with a single PSU whose linearised total is `t`.
    fn lonely(&self, t: f64) -> f64 {
        match self.design.lonely_psu {
            // survey 4.1-1: t_h1², uncentred, scale 1.
            LonelyPsu::Adjust => t * t,
            LonelyPsu::Remove | LonelyPsu::Certainty | LonelyPsu::Fail => 0.0,
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
        let deff = match self.kind {
            EstimandKind::Total => None,
            _ if s.n < 2 => None,
            _ => {
                // svyvar: s² = n/(n−1) Σw(y−ȳ)²/Σw; deff = V / (s²/n) (Lumley 2010, §2.3).
                let s2 = n / (n - 1.0) * s.sum_w_dev2 / s.sum_w;
                (s2 > 0.0).then(|| lin.variance / (s2 / n))
            }
        };
        let df = (lin.df > 0.0).then_some(lin.df);
        let mut reasons = Vec::new();
        let interval = self.interval(value, se, df, s, ci, th.confidence, &mut reasons);
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
        value: f64,
        se: Option<f64>,
        df: Option<f64>,
        s: &CellSums,
        ci: CiMethod,
        confidence: f64,
        reasons: &mut Vec<UnreliableReason>,
    ) -> Option<Interval> {
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
                CiMethod::Logit => df.map(|df| interval::logit(value, se, df, confidence)),
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
