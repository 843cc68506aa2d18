//! The variance of contrasts Σ_j c_j θ_j of a breakdown's cells: per-(cell, PSU) linearised
//! totals for designs with strata and PSUs, per-(cell, pattern) weighted sums for replicate
//! weights. The formulas are those of [`crate::variance`], specialised to many cells of one
//! variable accumulated in one pass.

use crate::breakdown::Breakdown;
use crate::design::Design;
use crate::estimate::{EstimandKind, NO_CELL};
use crate::variance::{Centring, StrataSum, stratum_rule, stratum_scale};

/// Linearised totals per cell.
#[derive(Debug, Clone)]
pub(crate) enum Linearised {
    /// Clustered design: t[cell · n_psu + psu] and the valid-row count in each (cell, PSU).
    Clustered { t: Vec<f64>, seen: Vec<u32> },
    /// Each row is its own PSU: per (cell, stratum) Σz, Σz² and the valid-row count.
    RowPsu {
        s1: Vec<f64>,
        s2: Vec<f64>,
        seen: Vec<u32>,
    },
    /// Replicate weights: per (cell, pattern) Σw, Σwy and Σw² over valid rows.
    Replicates {
        sw: Vec<f64>,
        swy: Vec<f64>,
        sw2: Vec<f64>,
    },
}

/// Per-cell sums a calibrated design's variance needs (see [`crate::calibration`]).
#[derive(Debug, Clone)]
pub(crate) struct CalSums {
    /// Vᵀz per cell (cell × K).
    vz: Vec<f64>,
    /// Rows as PSUs: each row's z and cell, so that Σx² per stratum is summed row by row
    /// (expanding it in sums of z and U cancels badly when the residuals are near zero).
    row_z: Vec<f64>,
    row_cell: Vec<u32>,
}

impl CalSums {
    /// A second pass over the valid rows of the cells, only for calibrated designs.
    pub(crate) fn accumulate(
        design: &Design,
        y: &[f64],
        cells: &[u32],
        n_cells: usize,
        centre: &[f64],
        scale: &[f64],
    ) -> Option<Self> {
        let cal = &design.calibration.as_deref()?.cal;
        let k = cal.k_total();
        let rows_as_psus = design.row_is_psu();
        let mut vz = vec![0.0; n_cells * k];
        let (mut row_z, mut row_cell) = if rows_as_psus {
            (vec![0.0; y.len()], vec![NO_CELL; y.len()])
        } else {
            (Vec::new(), Vec::new())
        };
        for (row, ((&c, &yk), &wk)) in cells.iter().zip(y).zip(&design.weights).enumerate() {
            if c == NO_CELL || yk.is_nan() {
                continue;
            }
            let ci = c as usize;
            let z = wk * (yk - centre[ci]) * scale[ci];
            cal.for_v(row, |j, v| vz[ci * k + j] += v * z);
            if rows_as_psus {
                row_z[row] = z;
                row_cell[row] = c;
            }
        }
        Some(Self {
            vz,
            row_z,
            row_cell,
        })
    }
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

impl Linearised {
    /// The second pass over the rows: z = (y − centre)·w·scale per valid row of a cell, into
    /// the totals the design's variance needs. Also returns per cell Σ w (y − ȳ)² around the
    /// cell's mean `means` (for the design effect, of totals too) and Σ z² (the scale of
    /// "numerically zero").
    pub(crate) fn accumulate(
        design: &Design,
        y: &[f64],
        cells: &[u32],
        n_cells: usize,
        (centre, scale, means): (&[f64], &[f64], &[f64]),
    ) -> (Self, Vec<f64>, Vec<f64>) {
        let w = &design.weights;
        let mut dev2 = vec![0.0; n_cells];
        let mut z2 = vec![0.0; n_cells];
        let rows = cells
            .iter()
            .zip(y)
            .zip(w)
            .enumerate()
            .filter(|(_, ((c, yk), _))| **c != NO_CELL && !yk.is_nan());
        let lin = if let Some(reps) = &design.replicates {
            let n_pat = reps.n_patterns();
            let pattern = reps.row_pattern();
            let mut sw = vec![0.0; n_cells * n_pat];
            let mut swy = vec![0.0; n_cells * n_pat];
            let mut sw2 = vec![0.0; n_cells * n_pat];
            for (k, ((&c, &yk), &wk)) in rows {
                let ci = c as usize;
                let d = yk - centre[ci];
                dev2[ci] += wk * (yk - means[ci]).powi(2);
                let z = wk * d * scale[ci];
                z2[ci] += z * z;
                let j = ci * n_pat + pattern[k] as usize;
                sw[j] += wk;
                swy[j] += wk * yk;
                sw2[j] += wk * wk;
            }
            Linearised::Replicates { sw, swy, sw2 }
        } else if design.row_is_psu() {
            let n_strata = design.strata.len();
            let mut s1 = vec![0.0; n_cells * n_strata];
            let mut s2 = vec![0.0; n_cells * n_strata];
            let mut seen = vec![0u32; n_cells * n_strata];
            for (k, ((&c, &yk), &wk)) in rows {
                let ci = c as usize;
                let d = yk - centre[ci];
                dev2[ci] += wk * (yk - means[ci]).powi(2);
                let z = wk * d * scale[ci];
                z2[ci] += z * z;
                let j = ci * n_strata + design.row_stratum[k] as usize;
                s1[j] += z;
                s2[j] += z * z;
                seen[j] += 1;
            }
            Linearised::RowPsu { s1, s2, seen }
        } else {
            let n_psu = design.n_psu;
            let mut t = vec![0.0; n_cells * n_psu];
            let mut seen = vec![0u32; n_cells * n_psu];
            for (k, ((&c, &yk), &wk)) in rows {
                let ci = c as usize;
                let d = yk - centre[ci];
                dev2[ci] += wk * (yk - means[ci]).powi(2);
                let z = wk * d * scale[ci];
                z2[ci] += z * z;
                let j = ci * n_psu + design.row_psu[k] as usize;
                t[j] += z;
                seen[j] += 1;
            }
            Linearised::Clustered { t, seen }
        };
        (lin, dev2, z2)
    }
}

impl Breakdown<'_> {
    /// Variance and degrees of freedom of Σ_j c_j θ_j over disjoint cells.
    ///
    /// The df is `degf()` of the union of the cells' valid rows: distinct PSUs minus distinct
    /// strata among them (README item 4; `svyby` uses the domain subset's `degf`), or with
    /// replicate weights the rank of their weights minus 1.
    pub(crate) fn linear(&self, terms: &[(u32, f64)]) -> Linear {
        let design = self.design;
        let scale: f64 = terms
            .iter()
            .map(|&(c, k)| k * k * self.cells[c as usize].sum_z2)
            .sum();
        let lonely = design.lonely_psu;
        let adjust = design.adjust_domain_lonely;
        // Calibrated weights: the contrast's residual is Σ c_j z_j − U·A (see calibration.rs).
        let calibrated = design.calibration.as_deref();
        let coefficients: Vec<f64> = match (calibrated, &self.cal) {
            (Some(c), Some(sums)) => {
                let k = c.cal.k_total();
                let mut acc = vec![0.0; k];
                for &(cell, coef) in terms {
                    let base = cell as usize * k;
                    let a = c.cal.coefficients(&sums.vz[base..base + k]);
                    for (x, y) in acc.iter_mut().zip(a) {
                        *x += coef * y;
                    }
                }
                acc
            }
            _ => Vec::new(),
        };
        let mut variance = 0.0;
        let mut n_psu_seen = 0usize;
        let mut n_strata_seen = 0usize;
        let mut strata = StrataSum::default();
        match &self.lin {
            Linearised::Replicates { sw, swy, sw2 } => {
                return self.replicate_linear(terms, sw, swy, sw2, scale);
            }
            Linearised::Clustered { t, seen } => {
                let n_psu = design.n_psu;
                let k_cal = coefficients.len();
                let total_at = |i: usize| -> f64 {
                    let direct: f64 = terms
                        .iter()
                        .map(|&(c, k)| k * t[c as usize * n_psu + i])
                        .sum();
                    match calibrated {
                        Some(c) if k_cal > 0 => {
                            let pu = &c.psu_u[i * k_cal..(i + 1) * k_cal];
                            direct
                                - pu.iter()
                                    .zip(&coefficients)
                                    .map(|(u, a)| u * a)
                                    .sum::<f64>()
                        }
                        _ => direct,
                    }
                };
                for s in &design.strata {
                    let range = s.psu_start..s.psu_start + s.n_psu;
                    let present = range
                        .clone()
                        .filter(|&i| terms.iter().any(|&(c, _)| seen[c as usize * n_psu + i] > 0))
                        .count();
                    n_psu_seen += present;
                    n_strata_seen += usize::from(present > 0);
                    // R keeps every row of a calibrated design in a domain's subset (weight 0
                    // outside it): every stratum and PSU is present for the variance.
                    let present = if calibrated.is_some() {
                        s.n_psu
                    } else if present == 0 {
                        continue;
                    } else {
                        present
                    };
                    let rule = stratum_rule(s.n_psu, present, s.fpc_factor, lonely, adjust);
                    if !strata.stratum(rule) || rule == Centring::Zero {
                        continue;
                    }
                    // Two passes over the stratum's PSUs: centre, then squares (numerically
                    // safer than Σt² − (Σt)²/n).
                    let mean = if rule == Centring::Centred {
                        #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
                        let nh = s.n_psu as f64;
                        range.clone().map(total_at).sum::<f64>() / nh
                    } else {
                        0.0
                    };
                    let ss: f64 = range.map(|i| (total_at(i) - mean).powi(2)).sum();
                    variance += stratum_scale(s.n_psu, s.fpc_factor) * ss;
                }
            }
            Linearised::RowPsu { s1, s2, seen } => {
                let n_strata = design.strata.len();
                let k_cal = coefficients.len();
                // Calibrated: per stratum Σx and Σx² of the residuals x = Σ c_j z_j − U·A.
                let residual_sums: Vec<(f64, f64)> = match (calibrated, &self.cal) {
                    (Some(c), Some(sums)) if k_cal > 0 => {
                        let mut coef_of = vec![0.0; self.cells.len()];
                        for &(cell, coef) in terms {
                            coef_of[cell as usize] += coef;
                        }
                        let mut out = vec![(0.0, 0.0); n_strata];
                        for (row, &h) in design.row_stratum.iter().enumerate() {
                            let cell = sums.row_cell[row];
                            let mut x = if cell == NO_CELL {
                                0.0
                            } else {
                                coef_of[cell as usize] * sums.row_z[row]
                            };
                            c.cal.for_u(row, |j, u| x -= u * coefficients[j]);
                            let o = &mut out[h as usize];
                            o.0 += x;
                            o.1 += x * x;
                        }
                        out
                    }
                    _ => Vec::new(),
                };
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
                    let present = if residual_sums.is_empty() {
                        if rows == 0 {
                            continue;
                        }
                        rows
                    } else {
                        (sum, sum2) = residual_sums[h];
                        s.n_psu
                    };
                    let rule = stratum_rule(s.n_psu, present, s.fpc_factor, lonely, adjust);
                    if !strata.stratum(rule) || rule == Centring::Zero {
                        continue;
                    }
                    let ss = if rule == Centring::Centred {
                        #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
                        let nh = s.n_psu as f64;
                        (sum2 - sum * sum / nh).max(0.0)
                    } else {
                        sum2
                    };
                    variance += stratum_scale(s.n_psu, s.fpc_factor) * ss;
                }
            }
        }
        variance *= strata.factor();
        #[expect(clippy::cast_precision_loss, reason = "PSU counts < 2^52")]
        let df = n_psu_seen as f64 - n_strata_seen as f64;
        Linear {
            variance,
            scale,
            df,
        }
    }

    /// With replicate weights, the SE of logit(p̂) from the replicates' logit(p̂_r) (R refits
    /// `svyciprop`'s glm under each replicate). `None` without replicate weights, or when a
    /// replicate's p̂_r is 0 or 1 (R's glm does not converge there and its interval is an
    /// artefact); the delta method is used then.
    pub(crate) fn replicate_logit_se(&self, cell: u32) -> Option<f64> {
        let reps = self.design.replicates.as_deref()?;
        let Linearised::Replicates { sw, swy, .. } = &self.lin else {
            return None;
        };
        let n_pat = reps.n_patterns();
        let base = cell as usize * n_pat;
        let logit = |p: f64| (p / (1.0 - p)).ln();
        let mut thetas = Vec::with_capacity(reps.n_replicates());
        for r in 0..reps.n_replicates() {
            let (mut num, mut den) = (0.0, 0.0);
            for p in 0..n_pat {
                let f = reps.factor(p, r);
                num += f * swy[base + p];
                den += f * sw[base + p];
            }
            // A replicate without rows of the cell has no estimate (dropped, as R's na.omit).
            if den == 0.0 {
                thetas.push(f64::NAN);
                continue;
            }
            let t = logit(num / den);
            if !t.is_finite() {
                return None;
            }
            thetas.push(t);
        }
        let v = reps.variance(&thetas, logit(self.value(cell)));
        (v.is_finite() && v > 0.0).then(|| v.sqrt())
    }

    /// The replicate variance of a contrast: each cell re-estimated under every replicate
    /// from its per-pattern sums, then `svrVar`.
    fn replicate_linear(
        &self,
        terms: &[(u32, f64)],
        sw: &[f64],
        swy: &[f64],
        sw2: &[f64],
        scale: f64,
    ) -> Linear {
        let Some(reps) = self.design.replicates.as_deref() else {
            return Linear {
                variance: f64::NAN,
                scale,
                df: 0.0,
            };
        };
        let n_pat = reps.n_patterns();
        let estimate: f64 = terms.iter().map(|&(c, k)| k * self.value(c)).sum();
        let thetas: Vec<f64> = (0..reps.n_replicates())
            .map(|r| {
                terms
                    .iter()
                    .map(|&(c, k)| {
                        let base = c as usize * n_pat;
                        let (mut num, mut den) = (0.0, 0.0);
                        for p in 0..n_pat {
                            let f = reps.factor(p, r);
                            num += f * swy[base + p];
                            den += f * sw[base + p];
                        }
                        let theta = match self.kind {
                            EstimandKind::Total => num,
                            EstimandKind::Proportion | EstimandKind::Mean => num / den,
                        };
                        k * theta
                    })
                    .sum()
            })
            .collect();
        let variance = reps.variance(&thetas, estimate);
        let mut union = vec![0.0; n_pat];
        for &(c, _) in terms {
            for (p, u) in union.iter_mut().enumerate() {
                *u += sw2[c as usize * n_pat + p];
            }
        }
        Linear {
            variance,
            scale,
            df: reps.rank_of_patterns(&union) - 1.0,
        }
    }
}
