//! Calibration to margins and totals, as R's `calibrate()` (survey 4.1-1): linear (GREG),
//! raking and logit distances, with bounds on the adjustment factors g = w/w₀ (Deville &
//! Särndal 1992; Lumley 2010, §7.4). Unbounded linear calibration is one regression step
//! (`regcalibrate`); the others solve Σ w₀ F(xᵀλ) x = T by Newton's method as `grake` does,
//! with its step halving, its convergence rule |misfit|/(1 + |T|) < ε and its rescaling of the
//! weights when every total is more than 20 times its sample estimate.

use serde::{Deserialize, Serialize};

use super::{Fitted, WeightingError};
use crate::calibration::{Basis, Calibration};

/// The calibration distance (R `calfun`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalibrationFunction {
    /// g = 1 + xᵀλ (GREG), truncated to the bounds.
    Linear,
    /// g = exp(xᵀλ) (the multiplicative raking solution), truncated to the bounds.
    Raking,
    /// The logit distance, which keeps g strictly inside finite bounds (L < 1 < U).
    Logit,
}

/// R's `Fm1(u, bounds)` = F(u) − 1 and `dF(u, bounds)`, with their exact bound checks.
fn fm1(f: CalibrationFunction, u: f64, (l, up): (f64, f64)) -> f64 {
    match f {
        CalibrationFunction::Linear => (u + 1.0).max(l).min(up) - 1.0,
        CalibrationFunction::Raking => u.exp().max(l).min(up) - 1.0,
        CalibrationFunction::Logit => {
            let a = (up - l) / ((up - 1.0) * (1.0 - l));
            let e = (a * u).exp();
            (l * (up - 1.0) + up * (1.0 - l) * e) / (up - 1.0 + (1.0 - l) * e) - 1.0
        }
    }
}

fn df(f: CalibrationFunction, u: f64, (l, up): (f64, f64)) -> f64 {
    match f {
        CalibrationFunction::Linear => f64::from(u8::from(u < up - 1.0 && u > l - 1.0)),
        // survey 4.1-1 compares u (not exp(u)) with the bounds minus 1.
        CalibrationFunction::Raking => {
            if u < up - 1.0 && u > l - 1.0 {
                u.exp()
            } else {
                0.0
            }
        }
        CalibrationFunction::Logit => {
            let a = (up - l) / ((up - 1.0) * (1.0 - l));
            let e = (a * u).exp();
            let d = up - 1.0 + (1.0 - l) * e;
            up * (1.0 - l) * e * a / d
                - (l * (up - 1.0) + up * (1.0 - l) * e) * ((1.0 - l) * e * a) / (d * d)
        }
    }
}

/// The model matrix: an intercept, then per margin an indicator of each category but the
/// first (or the numeric variable for a total), with the population totals of those columns.
pub(crate) struct ModelMatrix {
    /// Row-major n × k.
    pub(crate) x: Vec<f64>,
    pub(crate) k: usize,
    pub(crate) totals: Vec<f64>,
}

/// Solves T λ = b for a symmetric positive semi-definite T (K × K, row-major): the matrix is
/// equilibrated (unit diagonal) and factorised by Cholesky with diagonal pivoting; directions
/// whose pivot falls below 1e-11 of the largest are dependent (margins that overlap, or rows at
/// their bounds) and get 0, which gives a solution whenever the system has one, and the same
/// fitted values X λ as any other. Equilibration matters: a numeric total (values ~600) beside
/// 0/1 indicators makes T ill-conditioned, and an unscaled factorisation loses 1e-9.
pub(crate) fn solve_psd(t: &[f64], b: &[f64], k: usize) -> Vec<f64> {
    let scale: Vec<f64> = (0..k)
        .map(|i| {
            let d = t[i * k + i];
            if d > 0.0 { 1.0 / d.sqrt() } else { 0.0 }
        })
        .collect();
    // A = S T S, rhs = S b.
    let mut a: Vec<f64> = (0..k * k)
        .map(|ij| t[ij] * scale[ij / k] * scale[ij % k])
        .collect();
    let mut perm: Vec<usize> = (0..k).collect();
    let mut rank = 0;
    let largest = (0..k).map(|i| a[i * k + i]).fold(0.0, f64::max);
    // Outer-product Cholesky with diagonal pivoting: L stored in the lower triangle.
    for j in 0..k {
        let (p, &piv) = (j..k)
            .map(|i| (i, &a[i * k + i]))
            .max_by(|x, y| x.1.total_cmp(y.1))
            .unwrap_or((j, &0.0));
        if piv <= 1e-11 * largest || piv <= 0.0 {
            break;
        }
        if p != j {
            perm.swap(p, j);
            for c in 0..k {
                a.swap(j * k + c, p * k + c);
            }
            for r in 0..k {
                a.swap(r * k + j, r * k + p);
            }
        }
        let d = a[j * k + j].sqrt();
        a[j * k + j] = d;
        for i in j + 1..k {
            a[i * k + j] /= d;
        }
        for i in j + 1..k {
            for c in j + 1..=i {
                a[i * k + c] -= a[i * k + j] * a[c * k + j];
            }
        }
        for i in j + 1..k {
            for c in i + 1..k {
                a[i * k + c] = a[c * k + i];
            }
        }
        rank += 1;
    }
    // Solve L Lᵀ y = P S b on the first `rank` pivots; the rest of y is 0.
    let rhs: Vec<f64> = perm.iter().map(|&i| scale[i] * b[i]).collect();
    let mut y = vec![0.0; k];
    for i in 0..rank {
        let s: f64 = (0..i).map(|c| a[i * k + c] * y[c]).sum();
        y[i] = (rhs[i] - s) / a[i * k + i];
    }
    for i in (0..rank).rev() {
        let s: f64 = (i + 1..rank).map(|c| a[c * k + i] * y[c]).sum();
        y[i] = (y[i] - s) / a[i * k + i];
    }
    let mut out = vec![0.0; k];
    for (pos, &i) in perm.iter().enumerate() {
        out[i] = scale[i] * y[pos];
    }
    out
}

/// A generalized inverse of a symmetric positive semi-definite matrix (column by column with
/// [`solve_psd`]): X (XᵀX)⁻ Xᵀ is the projection onto X's columns whichever inverse is used,
/// which is all the calibration's residuals need (R: `qr.resid`).
pub(crate) fn g_inverse_psd(t: &[f64], k: usize) -> Vec<f64> {
    let mut out = vec![0.0; k * k];
    for c in 0..k {
        let mut e = vec![0.0; k];
        e[c] = 1.0;
        let col = solve_psd(t, &e, k);
        for r in 0..k {
            out[r * k + c] = col[r];
        }
    }
    out
}

/// Calibrates weights `w0` so that Σ w x = T for the model matrix's columns.
pub(crate) fn calibrate(
    w0: &[f64],
    mm: &ModelMatrix,
    function: CalibrationFunction,
    bounds: (f64, f64),
    max_iterations: u32,
    epsilon: f64,
) -> Result<Fitted, WeightingError> {
    let (n, k) = (w0.len(), mm.k);
    let x = &mm.x;
    let row = |r: usize| &x[r * k..(r + 1) * k];
    let weighted_cross = |weight: &dyn Fn(usize) -> f64| -> Vec<f64> {
        let mut t = vec![0.0; k * k];
        for r in 0..n {
            let wr = weight(r);
            if wr == 0.0 {
                continue;
            }
            let xr = row(r);
            for i in 0..k {
                for j in 0..k {
                    t[i * k + j] += wr * xr[i] * xr[j];
                }
            }
        }
        t
    };
    let mut sample_total = vec![0.0; k];
    for (r, &wr) in w0.iter().enumerate() {
        for (s, xi) in sample_total.iter_mut().zip(row(r)) {
            *s += wr * xi;
        }
    }
    let unbounded = bounds.0 == f64::NEG_INFINITY && bounds.1 == f64::INFINITY;
    let (g, iterations) = if function == CalibrationFunction::Linear && unbounded {
        // regcalibrate: g = 1 + x (Σ w x xᵀ)⁻¹ (T − T̂), one step.
        let tmat = weighted_cross(&|r| w0[r]);
        let diff: Vec<f64> = mm
            .totals
            .iter()
            .zip(&sample_total)
            .map(|(t, s)| t - s)
            .collect();
        let lambda = solve_psd(&tmat, &diff, k);
        let g: Vec<f64> = (0..n)
            .map(|r| 1.0 + row(r).iter().zip(&lambda).map(|(a, b)| a * b).sum::<f64>())
            .collect();
        (g, 1)
    } else {
        grake(
            w0,
            mm,
            function,
            bounds,
            max_iterations,
            epsilon,
            &sample_total,
        )?
    };
    // The variance step: residuals of the regression of z/w on X̃ = X √w₀, w = g √w₀ (R's
    // caldata with qr = qr(mm * whalf)).
    let whalf: Vec<f64> = w0.iter().map(|w| w.sqrt()).collect();
    let xt: Vec<f64> = (0..n)
        .flat_map(|r| row(r).iter().map(|v| v * whalf[r]).collect::<Vec<_>>())
        .collect();
    let mut gram = vec![0.0; k * k];
    for r in 0..n {
        let xr = &xt[r * k..(r + 1) * k];
        for i in 0..k {
            for j in 0..k {
                gram[i * k + j] += xr[i] * xr[j];
            }
        }
    }
    let basis = Basis::Dense {
        x: xt,
        k,
        w: g.iter().zip(&whalf).map(|(g, h)| g * h).collect(),
        m: g_inverse_psd(&gram, k),
    };
    let weights = w0.iter().zip(&g).map(|(w, g)| w * g).collect();
    Ok(Fitted {
        weights,
        calibration: Calibration::new(vec![basis], vec![0]),
        iterations,
    })
}

/// R's `grake`: Newton's method on the calibration equations.
fn grake(
    w0: &[f64],
    mm: &ModelMatrix,
    function: CalibrationFunction,
    bounds: (f64, f64),
    max_iterations: u32,
    epsilon: f64,
    sample_total: &[f64],
) -> Result<(Vec<f64>, u32), WeightingError> {
    let (n, k) = (w0.len(), mm.k);
    let x = &mm.x;
    let row = |r: usize| &x[r * k..(r + 1) * k];
    let population = &mm.totals;
    let mut ww = w0.to_vec();
    let mut sample_total = sample_total.to_vec();
    // Totals far above the sample's (unscaled weights): rescale the weights first.
    let scales: Vec<f64> = population
        .iter()
        .zip(&sample_total)
        .map(|(p, s)| p / s)
        .collect();
    let rescale = if scales.iter().copied().fold(f64::INFINITY, f64::min) > 20.0 {
        #[expect(clippy::cast_precision_loss, reason = "few columns")]
        let s = scales.iter().sum::<f64>() / scales.len() as f64;
        for w in &mut ww {
            *w *= s;
        }
        for t in &mut sample_total {
            *t *= s;
        }
        Some(s)
    } else {
        None
    };
    let xeta_of = |eta: &[f64]| -> Vec<f64> {
        (0..n)
            .map(|r| row(r).iter().zip(eta).map(|(a, b)| a * b).sum())
            .collect()
    };
    let misfit_of = |xeta: &[f64]| -> Vec<f64> {
        let mut fitted = vec![0.0; k];
        for r in 0..n {
            let f = ww[r] * fm1(function, xeta[r], bounds);
            for (t, xi) in fitted.iter_mut().zip(row(r)) {
                *t += f * xi;
            }
        }
        (0..k)
            .map(|i| population[i] - sample_total[i] - fitted[i])
            .collect()
    };
    let mut eta = vec![0.0; k];
    let mut xeta = vec![0.0; n];
    let mut deriv: Vec<f64> = xeta.iter().map(|&u| df(function, u, bounds)).collect();
    let mut g: Vec<f64>;
    let mut iter = 1u32;
    loop {
        let mut tmat = vec![0.0; k * k];
        for r in 0..n {
            let wr = ww[r] * deriv[r];
            if wr == 0.0 {
                continue;
            }
            let xr = row(r);
            for i in 0..k {
                for j in 0..k {
                    tmat[i * k + j] += wr * xr[i] * xr[j];
                }
            }
        }
        let misfit = misfit_of(&xeta);
        let mut deta = solve_psd(&tmat, &misfit, k);
        for (e, d) in eta.iter_mut().zip(&deta) {
            *e += d;
        }
        xeta = xeta_of(&eta);
        g = xeta
            .iter()
            .map(|&u| 1.0 + fm1(function, u, bounds))
            .collect();
        deriv = xeta.iter().map(|&u| df(function, u, bounds)).collect();
        while iter < max_iterations
            && (g.iter().any(|v| !v.is_finite()) || deriv.iter().any(|v| !v.is_finite()))
        {
            iter += 1;
            for d in &mut deta {
                *d /= 2.0;
            }
            for (e, d) in eta.iter_mut().zip(&deta) {
                *e -= d;
            }
            xeta = xeta_of(&eta);
            g = xeta
                .iter()
                .map(|&u| 1.0 + fm1(function, u, bounds))
                .collect();
            deriv = xeta.iter().map(|&u| df(function, u, bounds)).collect();
        }
        let misfit = misfit_of(&xeta);
        let achieved = misfit
            .iter()
            .zip(population)
            .map(|(m, p)| m.abs() / (1.0 + p.abs()))
            .fold(0.0, f64::max);
        if achieved < epsilon {
            break;
        }
        iter += 1;
        if iter > max_iterations {
            return Err(WeightingError::NotConverged {
                method: "calibration",
                iterations: max_iterations,
                achieved,
            });
        }
    }
    if let Some(s) = rescale {
        for v in &mut g {
            *v *= s;
        }
    }
    Ok((g, iter))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_system_is_solved_and_a_dependent_one_keeps_its_fitted_values() {
        let t = [4.0, 1.0, 1.0, 3.0];
        let x = solve_psd(&t, &[1.0, 2.0], 2);
        assert!((4.0 * x[0] + x[1] - 1.0).abs() < 1e-15);
        assert!((x[0] + 3.0 * x[1] - 2.0).abs() < 1e-15);
        // Columns (1, 1) and (2, 2) of X: T = XᵀX is singular; T λ = Xᵀy still has solutions.
        let t = [2.0, 4.0, 4.0, 8.0];
        let b = [3.0, 6.0];
        let l = solve_psd(&t, &b, 2);
        assert!((2.0 * l[0] + 4.0 * l[1] - 3.0).abs() < 1e-14, "{l:?}");
        let g = g_inverse_psd(&t, 2);
        // T G T = T.
        let tg = [
            t[0] * g[0] + t[1] * g[2],
            t[0] * g[1] + t[1] * g[3],
            t[2] * g[0] + t[3] * g[2],
            t[2] * g[1] + t[3] * g[3],
        ];
        let tgt = [
            tg[0] * t[0] + tg[1] * t[2],
            tg[0] * t[1] + tg[1] * t[3],
            tg[2] * t[0] + tg[3] * t[2],
            tg[2] * t[1] + tg[3] * t[3],
        ];
        for (a, b) in tgt.iter().zip(t) {
            assert!((a - b).abs() < 1e-12);
        }
    }
}
