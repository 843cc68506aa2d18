//! The variance of estimates from calibrated weights, as R's `svyrecvar` computes it with a
//! design's `postStrata`: before the PSU totals are formed, influence values are replaced by the
//! residuals of each calibration step (Deville & Särndal 1992; Lumley 2010, §7.2–7.4). Each
//! step is a linear map of the form
//!
//! x ← x − U · M · (Vᵀ x),   U, V: n × K,  M: K × K,
//!
//! - post-stratification (`postStratify`): one category per post-stratum, U = w_new,
//!   V = w_old / w_new, M = diag(1 / Σ_c w_old): x − w_new · (weighted mean of x / w_new);
//! - raking (`rake`): per margin, U = w_m (the weights after that margin's post-stratification
//!   in the last pass), V = 1 / w_m, M = diag(1 / n_c), applied 10 times over the margins, as
//!   survey 4.1-1 does;
//! - GREG calibration (`calibrate`): X̃ = X √w₀ (model matrix times the square root of the
//!   weights before calibration), w = g √w₀; U = w X̃, V = X̃ / w, M = (X̃ᵀX̃)⁻¹ (`qr.resid`).
//!
//! Because every step is low-rank, a breakdown need not residualise each cell's n values: it
//! accumulates Vᵀz per cell in its pass over the rows, finds the coefficients of U in a few
//! K-vector operations, and corrects its PSU totals with the PSU totals of U's columns.

/// One basis (U, V, M) of calibration steps.
#[derive(Debug, Clone)]
pub(crate) enum Basis {
    /// Each row in one category: U[k, c_k] = u_k, V[k, c_k] = v_k, M = diag(m).
    Categories {
        cat: Vec<u32>,
        u: Vec<f64>,
        v: Vec<f64>,
        m: Vec<f64>,
    },
    /// Dense K columns: U = w ⊙ X̃, V = X̃ / w, M full (row-major K × K); X̃ row-major n × K.
    Dense {
        x: Vec<f64>,
        k: usize,
        w: Vec<f64>,
        m: Vec<f64>,
    },
}

impl Basis {
    /// Its number of columns K.
    pub(crate) fn dim(&self) -> usize {
        match self {
            Self::Categories { m, .. } => m.len(),
            Self::Dense { k, .. } => *k,
        }
    }

    /// Calls `f(column, value)` for the non-zero entries of row `row` of U.
    #[inline]
    pub(crate) fn for_u(&self, row: usize, mut f: impl FnMut(usize, f64)) {
        match self {
            Self::Categories { cat, u, .. } => f(cat[row] as usize, u[row]),
            Self::Dense { x, k, w, .. } => {
                for j in 0..*k {
                    f(j, w[row] * x[row * k + j]);
                }
            }
        }
    }

    /// Calls `f(column, value)` for the non-zero entries of row `row` of V.
    #[inline]
    pub(crate) fn for_v(&self, row: usize, mut f: impl FnMut(usize, f64)) {
        match self {
            Self::Categories { cat, v, .. } => f(cat[row] as usize, v[row]),
            Self::Dense { x, k, w, .. } => {
                for j in 0..*k {
                    f(j, x[row * k + j] / w[row]);
                }
            }
        }
    }

    /// M · s.
    fn apply_m(&self, s: &[f64]) -> Vec<f64> {
        match self {
            Self::Categories { m, .. } => s.iter().zip(m).map(|(a, b)| a * b).collect(),
            Self::Dense { m, k, .. } => (0..*k)
                .map(|i| (0..*k).map(|j| m[i * k + j] * s[j]).sum())
                .collect(),
        }
    }
}

/// The calibration steps of a weighting, in the order R applies them.
#[derive(Debug, Clone)]
pub(crate) struct Calibration {
    pub(crate) bases: Vec<Basis>,
    /// Basis index of each step.
    pub(crate) steps: Vec<usize>,
    /// Offset of each basis's columns in the stacked K_total columns.
    offsets: Vec<usize>,
    k_total: usize,
    /// G = Vᵀ U over the stacked columns (K_total × K_total), for the coefficients.
    g: Vec<f64>,
}

impl Calibration {
    /// Steps over bases, e.g. a post-stratification (`[0]`) or raking (`[0, 1, 2]` ten times).
    pub(crate) fn new(bases: Vec<Basis>, steps: Vec<usize>) -> Self {
        let mut offsets = Vec::with_capacity(bases.len());
        let mut k_total = 0;
        for b in &bases {
            offsets.push(k_total);
            k_total += b.dim();
        }
        let n = match bases.first() {
            Some(Basis::Categories { cat, .. }) => cat.len(),
            Some(Basis::Dense { w, .. }) => w.len(),
            None => 0,
        };
        let mut g = vec![0.0; k_total * k_total];
        for row in 0..n {
            for (a, ba) in bases.iter().enumerate() {
                ba.for_v(row, |i, vi| {
                    for (b, bb) in bases.iter().enumerate() {
                        bb.for_u(row, |j, uj| {
                            g[(offsets[a] + i) * k_total + offsets[b] + j] += vi * uj;
                        });
                    }
                });
            }
        }
        Self {
            bases,
            steps,
            offsets,
            k_total,
            g,
        }
    }

    /// The number of stacked columns.
    pub(crate) fn k_total(&self) -> usize {
        self.k_total
    }

    /// Calls `f(stacked column, value)` for row `row` of the stacked U.
    #[inline]
    pub(crate) fn for_u(&self, row: usize, mut f: impl FnMut(usize, f64)) {
        for (b, basis) in self.bases.iter().enumerate() {
            let o = self.offsets[b];
            basis.for_u(row, |j, v| f(o + j, v));
        }
    }

    /// Calls `f(stacked column, value)` for row `row` of the stacked V.
    #[inline]
    pub(crate) fn for_v(&self, row: usize, mut f: impl FnMut(usize, f64)) {
        for (b, basis) in self.bases.iter().enumerate() {
            let o = self.offsets[b];
            basis.for_v(row, |j, v| f(o + j, v));
        }
    }

    /// The stacked coefficients A (residual = z − U A) from s = Vᵀz over the stacked columns.
    pub(crate) fn coefficients(&self, s: &[f64]) -> Vec<f64> {
        let kt = self.k_total;
        let mut a = vec![0.0; kt];
        for &b in &self.steps {
            let o = self.offsets[b];
            let k = self.bases[b].dim();
            // Vᵀ x for the current x = z − U a.
            let cur: Vec<f64> = (0..k)
                .map(|i| {
                    let row = &self.g[(o + i) * kt..(o + i + 1) * kt];
                    s[o + i] - row.iter().zip(&a).map(|(g, a)| g * a).sum::<f64>()
                })
                .collect();
            let delta = self.bases[b].apply_m(&cur);
            for (i, d) in delta.into_iter().enumerate() {
                a[o + i] += d;
            }
        }
        a
    }

    /// The residuals of one influence column, step by step (the dense path).
    pub(crate) fn residuals(&self, z: &[f64]) -> Vec<f64> {
        let mut x = z.to_vec();
        for &b in &self.steps {
            let basis = &self.bases[b];
            let mut s = vec![0.0; basis.dim()];
            for (row, &xr) in x.iter().enumerate() {
                basis.for_v(row, |j, v| s[j] += v * xr);
            }
            let a = basis.apply_m(&s);
            for (row, xr) in x.iter_mut().enumerate() {
                basis.for_u(row, |j, u| *xr -= u * a[j]);
            }
        }
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_low_rank_coefficients_give_the_same_residuals_as_the_steps() {
        // Two categorical bases (a raking of two margins) applied three times.
        let cat1 = vec![0, 0, 1, 1, 1, 0];
        let cat2 = vec![0, 1, 0, 1, 0, 1];
        let w1 = vec![1.0, 2.0, 1.5, 1.0, 3.0, 2.0];
        let w2 = vec![1.2, 2.1, 1.4, 0.9, 3.3, 2.2];
        let counts = |cat: &[u32]| {
            let mut n = [0.0; 2];
            for &c in cat {
                n[c as usize] += 1.0;
            }
            n.iter().map(|x| 1.0 / x).collect::<Vec<f64>>()
        };
        let basis = |cat: &Vec<u32>, w: &Vec<f64>| Basis::Categories {
            cat: cat.clone(),
            u: w.clone(),
            v: w.iter().map(|x| 1.0 / x).collect(),
            m: counts(cat),
        };
        let cal = Calibration::new(
            vec![basis(&cat1, &w1), basis(&cat2, &w2)],
            vec![0, 1, 0, 1, 0, 1],
        );
        let z = vec![0.3, -1.0, 2.0, 0.5, -0.7, 1.1];
        let dense = cal.residuals(&z);
        let mut s = vec![0.0; cal.k_total()];
        for (row, zr) in z.iter().enumerate() {
            cal.for_v(row, |j, v| s[j] += v * zr);
        }
        let a = cal.coefficients(&s);
        for (row, (zr, want)) in z.iter().zip(&dense).enumerate() {
            let mut x = *zr;
            cal.for_u(row, |j, u| x -= u * a[j]);
            assert!((x - want).abs() < 1e-14, "row {row}: {x} vs {want}");
        }
    }
}

/// A calibration with the design-level totals the breakdown fast path needs.
#[derive(Debug, Clone)]
pub(crate) struct CalibratedDesign {
    pub(crate) cal: Calibration,
    /// Clustered designs: PSU totals of the stacked U columns (n_psu × K); empty when rows
    /// are PSUs (their residuals are summed row by row).
    pub(crate) psu_u: Vec<f64>,
}

impl CalibratedDesign {
    /// Precomputes the PSU totals of U (`row_psu` empty when rows are PSUs).
    pub(crate) fn new(cal: Calibration, row_psu: &[u32], n_psu: usize) -> Self {
        let k = cal.k_total();
        let mut psu_u = Vec::new();
        if !row_psu.is_empty() {
            psu_u = vec![0.0; n_psu * k];
            for (r, &p) in row_psu.iter().enumerate() {
                cal.for_u(r, |j, u| psu_u[p as usize * k + j] += u);
            }
        }
        Self { cal, psu_u }
    }
}
