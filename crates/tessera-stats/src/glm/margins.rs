//! Regression-adjusted gaps: the newcomer − receiving community gap after accounting for
//! covariates (age band, sex, …), by predictive margins.
//!
//! A model y ~ group + covariates is fitted to the rows of both groups (linear for a mean,
//! logistic for a proportion). The predictive margin of a group is the mean, over every row of
//! both groups with the design weights, of the model's prediction with the group set to it:
//! m_g = Σ_k w_k μ(x_k with group = g) / Σ_k w_k (Graubard & Korn 1999, "Predictive margins
//! with survey data", *Biometrics* 55; R `survey::svypredmeans`). The adjusted gap is
//! m_focal − m_reference: the average marginal effect of the group, as
//! `marginaleffects::avg_comparisons(model, variables = "group", wts = w)` computes it. For a
//! linear model it equals the group's coefficient exactly.
//!
//! Its variance is by linearisation of both sources of uncertainty — the coefficients and the
//! sample the predictions are averaged over — with their covariance: the influence value of
//! m_g is w_k (μ_gk − m_g)/Σw + d_gᵀ z^β_k, with d_g = Σ_k w_k μ'(η_gk) x_gk / Σw and z^β the
//! coefficients' influence values (`svyglm`). `svypredmeans` adds the two parts' variances and
//! leaves out their covariance; the reference test computes both in R and this one is checked
//! against the full linearisation. Replicate designs re-fit and re-average under each
//! replicate. Intervals are Wald t on the degrees of freedom of the rows used, as Tessera's
//! unadjusted gaps.

use super::irls::{self, Family, GlmControl};
use super::solve::dot;
use super::{Coefficient, Coefficients, GlmSpec, Model, Term, coefficient};
use crate::design::Design;
use crate::error::StatsError;
use crate::interval::{Interval, wald_t};
use crate::variance::{Covariance, Statistic};

/// A gap to adjust: the response, who is in which group, and the covariates.
#[derive(Debug, Clone)]
pub struct AdjustedGapSpec<'a> {
    /// The response, one value per design row (0/1 for a proportion); NaN = missing.
    pub response: &'a [f64],
    /// `Some(true)` for the focal group (newcomers), `Some(false)` for the reference group,
    /// `None` for rows in neither.
    pub group: &'a [Option<bool>],
    /// The covariates' terms (e.g. from [`super::indicator_terms`] for age band and sex).
    pub covariates: &'a [Term],
    /// `Gaussian` for a mean, `Binomial` for a proportion.
    pub family: Family,
    /// A further restriction (a wave, an area); `None`: all rows.
    pub domain: Option<&'a [bool]>,
    /// Convergence control of a logistic fit.
    pub control: GlmControl,
}

/// A regression-adjusted gap with its interval, the two predictive margins and the model.
#[derive(Debug, Clone, PartialEq)]
pub struct AdjustedGap {
    /// The focal group's predictive margin.
    pub focal_margin: f64,
    /// The reference group's predictive margin.
    pub reference_margin: f64,
    /// focal − reference margin (the coefficient of the group for a linear model).
    pub gap: f64,
    /// Its design-based standard error.
    pub se: f64,
    /// Degrees of freedom of the interval: `degf` of the rows used.
    pub df: f64,
    /// Wald t interval.
    pub ci: Interval,
    /// Two-sided p-value of gap = 0 on `df`.
    pub p_value: f64,
    /// The model's coefficients (`(Intercept)`, `focal`, the covariates), t on its residual df.
    pub coefficients: Vec<Coefficient>,
    /// Covariance of [coefficients…, focal margin, reference margin, gap].
    pub covariance: Covariance,
    /// Rows used.
    pub n_rows: usize,
}

/// The name of the group's term in the model.
pub const GROUP_TERM: &str = "focal";

struct Margins<'a> {
    model: &'a Model,
    beta: Vec<f64>,
    failures: std::cell::Cell<usize>,
}

impl Margins<'_> {
    /// Predictions with the group column (1) set to 1 and 0, and their slopes.
    #[expect(
        clippy::needless_range_loop,
        reason = "k reads the same row of the weights, the rows used and the design matrix"
    )]
    fn margins(&self, weights: &[f64], beta: &[f64]) -> [f64; 2] {
        let m = self.model;
        let mut row = vec![0.0; m.x.p];
        let (mut s1, mut s0, mut sw) = (0.0, 0.0, 0.0);
        for k in 0..m.x.n {
            let w = weights[k];
            if !m.used[k] || w == 0.0 {
                continue;
            }
            row.copy_from_slice(m.x.row(k));
            row[1] = 1.0;
            s1 += w * irls::fitted_mean(m.family, &row, beta);
            row[1] = 0.0;
            s0 += w * irls::fitted_mean(m.family, &row, beta);
            sw += w;
        }
        [s1 / sw, s0 / sw]
    }
}

impl Statistic for Margins<'_> {
    fn dim(&self) -> usize {
        self.model.x.p + 3
    }

    fn estimate(&self, weights: &[f64]) -> Vec<f64> {
        let coefficients = Coefficients {
            model: self.model,
            start: self.beta.clone(),
            failures: std::cell::Cell::new(0),
        };
        let mut beta = coefficients.estimate(weights);
        self.failures
            .set(self.failures.get() + coefficients.failures.get());
        let [m1, m0] = self.margins(weights, &beta);
        beta.extend([m1, m0, m1 - m0]);
        beta
    }

    fn influence(&self, weights: &[f64], estimate: &[f64]) -> Vec<Vec<f64>> {
        let m = self.model;
        let p = m.x.p;
        let beta = &estimate[..p];
        let margin = [estimate[p], estimate[p + 1]];
        let mut z = m.influence(weights, beta);
        let total: f64 = (0..m.x.n).filter(|&k| m.used[k]).map(|k| weights[k]).sum();
        // d_g = Σ w μ'(η_g) x_g / Σw, and the averaging term of each margin.
        let mut d = [vec![0.0; p], vec![0.0; p]];
        let mut zm = [vec![0.0; m.x.n], vec![0.0; m.x.n]];
        let mut row = vec![0.0; p];
        for k in 0..m.x.n {
            if !m.used[k] {
                continue;
            }
            let w = weights[k];
            row.copy_from_slice(m.x.row(k));
            for (g, value) in [(0, 1.0), (1, 0.0)] {
                row[1] = value;
                let slope = irls::mean_slope(m.family, &row, beta);
                for (dj, xj) in d[g].iter_mut().zip(&row) {
                    *dj += w * slope * xj / total;
                }
                zm[g][k] = w * (irls::fitted_mean(m.family, &row, beta) - margin[g]) / total;
            }
        }
        for k in 0..m.x.n {
            if !m.used[k] {
                continue;
            }
            let zb: Vec<f64> = (0..p).map(|j| z[j][k]).collect();
            for g in 0..2 {
                zm[g][k] += dot(&d[g], &zb);
            }
        }
        let gap: Vec<f64> = zm[0].iter().zip(&zm[1]).map(|(a, b)| a - b).collect();
        let [z1, z0] = zm;
        z.extend([z1, z0, gap]);
        z
    }
}

/// The regression-adjusted gap between the focal and reference groups (predictive margins).
///
/// # Errors
/// As [`super::svyglm`]; also when either group has no rows to fit.
pub fn adjusted_gap(
    design: &Design,
    spec: &AdjustedGapSpec<'_>,
    confidence: f64,
) -> Result<AdjustedGap, StatsError> {
    if !(confidence > 0.0 && confidence < 1.0) {
        return Err(StatsError::InvalidConfidence(confidence));
    }
    let n = design.n_rows();
    if spec.group.len() != n {
        return Err(StatsError::LengthMismatch {
            column: "group",
            expected: n,
            found: spec.group.len(),
        });
    }
    let indicator = Term {
        name: GROUP_TERM.to_owned(),
        factor: None,
        values: spec
            .group
            .iter()
            .map(|g| match g {
                Some(true) => 1.0,
                Some(false) => 0.0,
                None => f64::NAN,
            })
            .collect(),
    };
    let mut terms = vec![indicator];
    terms.extend(spec.covariates.iter().cloned());
    let model = Model::new(
        design,
        &GlmSpec {
            response: spec.response,
            terms: &terms,
            family: spec.family,
            domain: spec.domain,
            control: spec.control,
        },
    )?;
    let groups_present = |v: bool| (0..n).any(|k| model.used[k] && spec.group[k] == Some(v));
    if !groups_present(true) || !groups_present(false) {
        return Err(StatsError::NoRowsForModel);
    }
    let fitted = model.fit(design.weights(), None)?;
    let stat = Margins {
        model: &model,
        beta: fitted.beta.clone(),
        failures: std::cell::Cell::new(0),
    };
    let mut covariance = if design.has_replicates() {
        let c = design.covariance(&stat, Some(&model.used))?;
        if stat.failures.get() > 0 {
            return Err(StatsError::ReplicateFitFailed);
        }
        c
    } else {
        // Linearisation: the influence values at the fit, without re-fitting.
        let mut estimate = fitted.beta.clone();
        let [m1, m0] = stat.margins(design.weights(), &fitted.beta);
        estimate.extend([m1, m0, m1 - m0]);
        let z = stat.influence(design.weights(), &estimate);
        Covariance {
            matrix: design.total_covariance(&z, Some(&model.used))?,
            df: design.degrees_of_freedom_within(Some(&model.used)),
            estimate,
        }
    };
    // The full-sample fit (re-fitting from its own estimate gives the same numbers).
    let p = model.x.p;
    covariance.estimate[..p].clone_from_slice(&fitted.beta);
    let df = covariance.df;
    #[expect(clippy::cast_precision_loss, reason = "p < 2^52")]
    let df_residual = df + 1.0 - p as f64;
    let coefficients = model
        .names
        .iter()
        .enumerate()
        .map(|(j, name)| {
            coefficient(
                name,
                fitted.beta[j],
                covariance.se(j),
                df_residual,
                confidence,
            )
        })
        .collect();
    let gap = covariance.estimate[p + 2];
    let se = covariance.se(p + 2);
    let ci = if df > 0.0 {
        wald_t(gap, se, df, confidence)
    } else {
        Interval {
            low: f64::NAN,
            high: f64::NAN,
            method: crate::interval::CiMethod::WaldT,
        }
    };
    Ok(AdjustedGap {
        focal_margin: covariance.estimate[p],
        reference_margin: covariance.estimate[p + 1],
        gap,
        se,
        df,
        ci,
        p_value: if df > 0.0 {
            crate::contrast::p_value(gap, se, Some(df))
        } else {
            f64::NAN
        },
        coefficients,
        covariance,
        n_rows: model.used.iter().filter(|&&u| u).count(),
    })
}
