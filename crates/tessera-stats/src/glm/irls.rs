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
    /// Stop when the Newton decrement (twice the deviance the next step removes) is below this
    /// times |dev| + 0.1 — R's relative deviance test, applied before the step rather than after.
    /// R's default is 1e-8; Tessera's is tighter, as an iteration costs little and the standard
    /// errors are evaluated at the converged coefficients.
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

/// μ and dμ/dη together, from one exponential (as [`expit`] and [`expit_slope`]).
pub(crate) fn expit_both(eta: f64) -> (f64, f64) {
    if eta.abs() > 30.0 {
        return (expit(eta), f64::EPSILON);
    }
    let e = eta.exp();
    let s = 1.0 + e;
    (e / s, e / (s * s))
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

/// One pass over the rows at the linear predictors η = Xβ (or the starting η): the
/// deviance, XᵀWX and the working score XᵀW(z − η) = Σ x_k w_k μ'_k (y_k − μ_k) / V(μ_k).
struct Pass {
    deviance: f64,
    a: Vec<f64>,
    g: Vec<f64>,
}

/// With `with_eta`, the score is XᵀWz instead (z = η + (y − μ)/μ'): the first IRLS step.
fn pass(
    x: &Matrix,
    y: &[f64],
    w: &[f64],
    used: &[usize],
    with_eta: bool,
    eta_of: impl Fn(usize) -> f64,
) -> Pass {
    let p = x.p;
    let mut a = vec![0.0; p * p];
    let mut g = vec![0.0; p];
    let mut deviance = 0.0;
    let ylogy = |y: f64, m: f64| if y > 0.0 { y * (y / m).ln() } else { 0.0 };
    for &k in used {
        let eta = eta_of(k);
        let (mu, d) = expit_both(eta);
        let v = mu * (1.0 - mu);
        deviance += 2.0 * w[k] * (ylogy(y[k], mu) + ylogy(1.0 - y[k], 1.0 - mu));
        let ww = w[k] * d * d / v;
        let z = (y[k] - mu) / d + if with_eta { eta } else { 0.0 };
        x.accumulate(k, ww, ww * z, &mut a, &mut g);
    }
    Pass { deviance, a, g }
}

/// Logistic IRLS (R's `glm.fit`: the same starting values, working responses and weights),
/// with each step written as Newton's, β ← β + (XᵀWX)⁻¹ XᵀW(z − η) — IRLS's
/// β = (XᵀWX)⁻¹XᵀWz rearranged. The score is recomputed exactly at every step, so a step's
/// rounding is corrected by the next, and one pass over the rows gives the deviance, XᵀWX and
/// the score together. It stops when the Newton decrement gᵀ(XᵀWX)⁻¹g — twice the deviance
/// the step is expected to remove — is below ε (|dev| + 0.1), R's relative deviance test
/// applied to the step about to be taken; that step is then taken, which leaves the
/// coefficients within the square of its size of the optimum, one pass sooner than testing the
/// deviance after it.
fn binomial(
    x: &Matrix,
    y: &[f64],
    w: &[f64],
    used: &[usize],
    control: GlmControl,
    start: Option<&[f64]>,
) -> Result<Fitted, FitFailure> {
    let p = x.p;
    let mut beta = match start {
        Some(b) => b.to_vec(),
        None => {
            // R's binomial `initialize`: mustart = (w y + 0.5) / (w + 1), with the prior
            // weights rescaled to mean 1 as `svyglm` does; the first step is from η = logit(μ):
            // β₁ = (XᵀWX)⁻¹ XᵀW z with z = η₀ + (y − μ)/μ'.
            #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
            let mean_w = used.iter().map(|&k| w[k]).sum::<f64>() / used.len() as f64;
            let eta0 = |k: usize| {
                let wk = w[k] / mean_w;
                let m = (wk * y[k] + 0.5) / (wk + 1.0);
                (m / (1.0 - m)).ln()
            };
            let first = pass(x, y, w, used, true, eta0);
            Normal::factorise(first.a, p)?.solve(&first.g)
        }
    };
    for iter in 1..=control.max_iterations {
        let now = pass(x, y, w, used, false, |k| x.dot_row(k, &beta));
        let step = Normal::factorise(now.a, p)?.solve(&now.g);
        let decrement: f64 = step.iter().zip(&now.g).map(|(s, g)| s * g).sum();
        for (b, s) in beta.iter_mut().zip(&step) {
            *b += s;
        }
        if decrement.abs() / (now.deviance.abs() + 0.1) < control.epsilon {
            return Ok(Fitted {
                beta,
                iterations: iter,
                converged: true,
            });
        }
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

/// The factorised XᵀWX at β, for (XᵀWX)⁻¹ (R's `summary.glm()$cov.unscaled`).
pub(crate) fn information(
    x: &Matrix,
    w: &[f64],
    family: Family,
    beta: &[f64],
) -> Result<Normal, FitFailure> {
    let p = x.p;
    let mut a = vec![0.0; p * p];
    let mut g = vec![0.0; p];
    for (k, &wk) in w.iter().enumerate() {
        if wk > 0.0 {
            let ww = match family {
                Family::Gaussian => wk,
                Family::Binomial => {
                    let (m, d) = expit_both(x.dot_row(k, beta));
                    wk * d * d / (m * (1.0 - m))
                }
            };
            x.accumulate(k, ww, 0.0, &mut a, &mut g);
        }
    }
    Ok(Normal::factorise(a, p)?)
}
