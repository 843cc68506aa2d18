//! Iteratively reweighted least squares for the two families Tessera fits, following R's
//! `glm.fit` (R 4.2, `stats/R/glm.R`): the same starting values, working responses and weights,
//! deviance-based convergence test and logit-link thresholds, so that a converged fit is R's.

use super::solve::{Collinear, Matrix, Normal, dot, weighted_least_squares};

/// The response distribution and link of a model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Normal errors, identity link: linear regression (R `gaussian()`).
    Gaussian,
    /// Bernoulli / binomial proportions, logit link: logistic regression (R `quasibinomial()`,
    /// whose estimates and design-based standard errors equal `binomial()`'s).
    Binomial,
}

/// Convergence control of the logistic fit (R `glm.control`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GlmControl {
    /// Stop when |dev − dev_old| / (|dev| + 0.1) falls below this. R's default is 1e-8; Tessera's
    /// is tighter, as an iteration costs little and the standard errors are evaluated at the
    /// converged coefficients.
    pub epsilon: f64,
    /// Give up after this many iterations (R: 25).
    pub max_iterations: usize,
}

impl Default for GlmControl {
    fn default() -> Self {
        GlmControl {
            epsilon: 1e-12,
            max_iterations: 25,
        }
    }
}

/// R's `logit_linkinv`: the inverse logit, kept within [ε, 1 − ε] beyond |η| = 30.
pub(crate) fn expit(eta: f64) -> f64 {
    const THRESH: f64 = 30.0;
    if eta < -THRESH {
        f64::EPSILON
    } else if eta > THRESH {
        1.0 - f64::EPSILON
    } else {
        let e = eta.exp();
        e / (1.0 + e)
    }
}

/// R's `logit_mu_eta`: dμ/dη, ε beyond |η| = 30.
pub(crate) fn expit_slope(eta: f64) -> f64 {
    if eta.abs() > 30.0 {
        f64::EPSILON
    } else {
        let e = eta.exp();
        e / ((1.0 + e) * (1.0 + e))
    }
}

fn binomial_deviance(y: &[f64], mu: &[f64], w: &[f64]) -> f64 {
    let ylogy = |y: f64, m: f64| if y > 0.0 { y * (y / m).ln() } else { 0.0 };
    let mut dev = 0.0;
    for k in 0..y.len() {
        if w[k] > 0.0 {
            dev += 2.0 * w[k] * (ylogy(y[k], mu[k]) + ylogy(1.0 - y[k], 1.0 - mu[k]));
        }
    }
    dev
}

/// A converged (or abandoned) fit.
#[derive(Debug, Clone)]
pub(crate) struct Fitted {
    pub(crate) beta: Vec<f64>,
    pub(crate) iterations: usize,
    pub(crate) converged: bool,
}

/// Why a fit failed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum FitFailure {
    /// A column is a combination of others among the rows with weight.
    Collinear(usize),
    /// The weights leave no row.
    NoRows,
}

impl From<Collinear> for FitFailure {
    fn from(c: Collinear) -> Self {
        FitFailure::Collinear(c.0)
    }
}

/// Fits the model to `y` on `x` with prior weights `w` (0 = row not used).
pub(crate) fn fit(
    x: &Matrix,
    y: &[f64],
    w: &[f64],
    family: Family,
    control: GlmControl,
    start: Option<&[f64]>,
) -> Result<Fitted, FitFailure> {
    let used: Vec<usize> = (0..x.n).filter(|&k| w[k] > 0.0).collect();
    if used.is_empty() {
        return Err(FitFailure::NoRows);
    }
    match family {
        Family::Gaussian => {
            let (beta, _) = weighted_least_squares(x, w, y)?;
            Ok(Fitted {
                beta,
                iterations: 1,
                converged: true,
            })
        }
        Family::Binomial => binomial(x, y, w, &used, control, start),
    }
}

fn binomial(
    x: &Matrix,
    y: &[f64],
    w: &[f64],
    used: &[usize],
    control: GlmControl,
    start: Option<&[f64]>,
) -> Result<Fitted, FitFailure> {
    let n = x.n;
    #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
    let mean_w = used.iter().map(|&k| w[k]).sum::<f64>() / used.len() as f64;
    let mut eta = vec![0.0; n];
    let mut mu = vec![0.5; n];
    match start {
        Some(b) => {
            for &k in used {
                eta[k] = dot(x.row(k), b);
                mu[k] = expit(eta[k]);
            }
        }
        None => {
            // R's binomial `initialize`: mustart = (w y + 0.5) / (w + 1), with the prior weights
            // rescaled to mean 1 as `svyglm` does.
            for &k in used {
                let wk = w[k] / mean_w;
                mu[k] = (wk * y[k] + 0.5) / (wk + 1.0);
                eta[k] = (mu[k] / (1.0 - mu[k])).ln();
            }
        }
    }
    let mut dev_old = binomial_deviance(y, &mu, w);
    let mut beta = start.map(<[f64]>::to_vec).unwrap_or_default();
    let mut z = vec![0.0; n];
    let mut ww = vec![0.0; n];
    for iter in 1..=control.max_iterations {
        for &k in used {
            let d = expit_slope(eta[k]);
            z[k] = eta[k] + (y[k] - mu[k]) / d;
            ww[k] = w[k] * d * d / (mu[k] * (1.0 - mu[k]));
        }
        let (b, _) = weighted_least_squares(x, &ww, &z)?;
        beta = b;
        for &k in used {
            eta[k] = dot(x.row(k), &beta);
            mu[k] = expit(eta[k]);
        }
        let dev = binomial_deviance(y, &mu, w);
        if (dev - dev_old).abs() / (dev.abs() + 0.1) < control.epsilon {
            return Ok(Fitted {
                beta,
                iterations: iter,
                converged: true,
            });
        }
        dev_old = dev;
    }
    Ok(Fitted {
        beta,
        iterations: control.max_iterations,
        converged: false,
    })
}

/// The fitted means x_k β.
pub(crate) fn fitted_mean(family: Family, row: &[f64], beta: &[f64]) -> f64 {
    let eta = dot(row, beta);
    match family {
        Family::Gaussian => eta,
        Family::Binomial => expit(eta),
    }
}

/// dμ/dη at x_k β.
pub(crate) fn mean_slope(family: Family, row: &[f64], beta: &[f64]) -> f64 {
    match family {
        Family::Gaussian => 1.0,
        Family::Binomial => expit_slope(dot(row, beta)),
    }
}

/// The working weight w μ'² / V(μ) at β: w for the identity link, w μ(1 − μ) for the logit.
pub(crate) fn working_weight(family: Family, row: &[f64], beta: &[f64], w: f64) -> f64 {
    match family {
        Family::Gaussian => w,
        Family::Binomial => {
            let eta = dot(row, beta);
            let (m, d) = (expit(eta), expit_slope(eta));
            w * d * d / (m * (1.0 - m))
        }
    }
}

/// The factorised XᵀWX at β, for (XᵀWX)⁻¹ (R's `summary.glm()$cov.unscaled`).
pub(crate) fn information(
    x: &Matrix,
    w: &[f64],
    family: Family,
    beta: &[f64],
) -> Result<Normal, FitFailure> {
    let ww: Vec<f64> = (0..x.n)
        .map(|k| {
            if w[k] > 0.0 {
                working_weight(family, x.row(k), beta, w[k])
            } else {
                0.0
            }
        })
        .collect();
    Ok(Normal::new(x, &ww)?)
}
