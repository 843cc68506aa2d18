//! Design-based linear and logistic regression, as R `survey`'s `svyglm()` (Lumley 2010, ch. 5;
//! Binder 1983).
//!
//! The coefficients solve the weighted score equations Σ w_k x_k (y_k − μ_k) = 0 (R `glm` with
//! the sampling weights as prior weights). Their covariance is the design-based covariance of
//! the totals of the influence values z_k = (XᵀWX)⁻¹ x_k w_k (y_k − μ_k), with W the working
//! weights at the fit (`svy.varcoef`), through [`Design::covariance`] — strata, PSUs, fpc,
//! lonely-PSU rules, calibration residuals, or re-fitting under each replicate's weights as
//! `svyglm.svyrep.design` does. Tests use t on the residual degrees of freedom
//! `degf(design) + 1 − p`, as `summary.svyglm` and `confint.svyglm`.
//!
//! Rows outside the domain, or missing the response or a term, are left out of the fit and
//! their influence is 0, but their PSUs still count in the variance: R's `svyglm` on
//! `subset(design, …)` with `na.action = na.omit`.

mod irls;
pub mod margins;
mod solve;

pub use irls::{Family, GlmControl};

use crate::design::Design;
use crate::error::StatsError;
use crate::interval::{Interval, wald_t};
use crate::variance::{Covariance, Statistic};
use solve::Matrix;

/// One numeric term of a model (a covariate, or one indicator column of a categorical one).
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The name shown beside its coefficient, as R would name it (`sexM`, `age_band35-49`).
    pub name: String,
    /// One value per design row; NaN = missing (the row is left out).
    pub values: Vec<f64>,
    /// The categorical variable this indicator codes (`None` for a numeric covariate): its
    /// first level is the rows where all of the variable's indicators are 0.
    pub factor: Option<String>,
}

/// Indicator columns of a categorical variable with treatment contrasts, as R's default
/// `contr.treatment` on `factor(x)`: one column per level except the first, among the levels
/// present in `rows` (sorted as `labels` are). `codes[k]` indexes `labels`; `None` = missing.
#[must_use]
pub fn indicator_terms(
    name: &str,
    codes: &[Option<u32>],
    labels: &[String],
    rows: Option<&[bool]>,
) -> Vec<Term> {
    let mut present = vec![false; labels.len()];
    for (k, c) in codes.iter().enumerate() {
        if let Some(c) = c
            && rows.is_none_or(|r| r[k])
        {
            present[*c as usize] = true;
        }
    }
    let levels: Vec<usize> = (0..labels.len()).filter(|&l| present[l]).collect();
    levels
        .iter()
        .skip(1)
        .map(|&l| Term {
            name: format!("{name}{}", labels[l]),
            factor: Some(name.to_owned()),
            values: codes
                .iter()
                .map(|c| match c {
                    #[expect(clippy::cast_possible_truncation, reason = "levels < 2^32")]
                    Some(c) => f64::from(u8::from(*c == l as u32)),
                    None => f64::NAN,
                })
                .collect(),
        })
        .collect()
}

/// A model to fit: a response, terms (an intercept is added first), the family, and the rows.
#[derive(Debug, Clone)]
pub struct GlmSpec<'a> {
    /// The response, one value per design row; NaN = missing. 0/1 (or a share) for `Binomial`.
    pub response: &'a [f64],
    /// The terms after the intercept.
    pub terms: &'a [Term],
    /// The family and link.
    pub family: Family,
    /// The rows the model describes (`None`: all rows).
    pub domain: Option<&'a [bool]>,
    /// Convergence control for `Binomial`.
    pub control: GlmControl,
}

/// One coefficient with its design-based standard error and test.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Coefficient {
    /// `(Intercept)` or the term's name.
    pub term: String,
    /// The estimate.
    pub estimate: f64,
    /// Design-based standard error.
    pub se: f64,
    /// estimate / se.
    pub t: f64,
    /// Two-sided p-value on `df_residual` degrees of freedom (NaN when df ≤ 0).
    pub p_value: f64,
    /// The Wald t interval on `df_residual` degrees of freedom.
    pub ci: Interval,
}

/// A design-based regression (R `svyglm` + `summary` + `confint`).
#[derive(Debug, Clone, PartialEq)]
pub struct GlmFit {
    /// The family.
    pub family: Family,
    /// `(Intercept)` then each term.
    pub coefficients: Vec<Coefficient>,
    /// The coefficients and their design-based covariance matrix (R `vcov`).
    pub covariance: Covariance,
    /// Residual degrees of freedom: `degf` of the rows used + 1 − number of coefficients.
    pub df_residual: f64,
    /// IRLS iterations (1 for a linear model).
    pub iterations: usize,
    /// Rows used in the fit.
    pub n_rows: usize,
}

/// The fitted model's data: X with an intercept column, the response, the rows used.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub(crate) x: Matrix,
    pub(crate) y: Vec<f64>,
    pub(crate) used: Vec<bool>,
    pub(crate) names: Vec<String>,
    /// Per column, the index of the categorical variable it belongs to (column 0, the
    /// intercept, and numeric covariates: `None`).
    pub(crate) factors: Vec<Option<usize>>,
    /// How many categorical variables there are.
    pub(crate) n_factors: usize,
    /// Rows with the same covariate values, when there are few such patterns (every term
    /// categorical): the logistic fit then works on the patterns.
    pub(crate) patterns: Option<Patterns>,
    pub(crate) family: Family,
    pub(crate) control: GlmControl,
}

impl Model {
    pub(crate) fn new(design: &Design, spec: &GlmSpec<'_>) -> Result<Model, StatsError> {
        let n = design.n_rows();
        if spec.response.len() != n {
            return Err(StatsError::LengthMismatch {
                column: "response",
                expected: n,
                found: spec.response.len(),
            });
        }
        if let Some(t) = spec.terms.iter().find(|t| t.values.len() != n) {
            return Err(StatsError::LengthMismatch {
                column: "model term",
                expected: n,
                found: t.values.len(),
            });
        }
        let p = spec.terms.len() + 1;
        let mut used = vec![false; n];
        let mut data = vec![0.0; n * p];
        for k in 0..n {
            let y = spec.response[k];
            let inside = spec.domain.is_none_or(|d| d[k])
                && !y.is_nan()
                && spec.terms.iter().all(|t| !t.values[k].is_nan());
            if !inside {
                continue;
            }
            if spec.family == Family::Binomial && !(0.0..=1.0).contains(&y) {
                return Err(StatsError::InvalidValue {
                    row: k + 1,
                    value: y,
                    estimand: "a logistic regression",
                    expected: "a value from 0 to 1 (1 = yes, 0 = no)",
                });
            }
            used[k] = true;
            data[k * p] = 1.0;
            for (j, t) in spec.terms.iter().enumerate() {
                data[k * p + j + 1] = t.values[k];
            }
        }
        if !used.iter().any(|&u| u) {
            return Err(StatsError::NoRowsForModel);
        }
        let mut names = vec!["(Intercept)".to_owned()];
        names.extend(spec.terms.iter().map(|t| t.name.clone()));
        let mut factor_names: Vec<&str> = Vec::new();
        let mut factors = vec![None];
        for t in spec.terms {
            factors.push(t.factor.as_deref().map(|f| {
                factor_names
                    .iter()
                    .position(|n| *n == f)
                    .unwrap_or_else(|| {
                        factor_names.push(f);
                        factor_names.len() - 1
                    })
            }));
        }
        let x = Matrix::new(n, p, data);
        let patterns = if spec.family == Family::Binomial {
            Patterns::of(&x, &used)
        } else {
            None
        };
        Ok(Model {
            patterns,
            factors,
            n_factors: factor_names.len(),
            x,
            y: spec
                .response
                .iter()
                .map(|v| if v.is_nan() { 0.0 } else { *v })
                .collect(),
            used,
            names,
            family: spec.family,
            control: spec.control,
        })
    }

    /// The prior weights: the design's (or a replicate's) on the rows used, 0 elsewhere.
    pub(crate) fn prior(&self, weights: &[f64]) -> Vec<f64> {
        weights
            .iter()
            .zip(&self.used)
            .map(|(&w, &u)| if u { w } else { 0.0 })
            .collect()
    }

    /// Fits under the given design weights, with a message naming the term on failure.
    pub(crate) fn fit(
        &self,
        weights: &[f64],
        start: Option<&[f64]>,
    ) -> Result<irls::Fitted, StatsError> {
        let w = self.prior(weights);
        // On the covariate patterns (Σw and Σwy per pattern carry all the likelihood knows),
        // or on the rows.
        let grouped;
        let (x, y, w) = match &self.patterns {
            Some(pat) => {
                grouped = pat.totals(&w, &self.y);
                (&pat.x, grouped.1.as_slice(), grouped.0.as_slice())
            }
            None => (&self.x, self.y.as_slice(), w.as_slice()),
        };
        let fitted = irls::fit(x, y, w, self.family, self.control, start).map_err(|f| match f {
            irls::FitFailure::Collinear(j) => StatsError::CollinearTerm {
                term: self.names[j].clone(),
            },
            irls::FitFailure::NoRows => StatsError::NoRowsForModel,
        })?;
        if self.family == Family::Binomial
            && let Some(j) = self.separating_indicator(x, y, w)
        {
            return Err(StatsError::Separation {
                term: self.names[j].clone(),
            });
        }
        if self.family == Family::Binomial {
            // R's glm.fit warns "fitted probabilities numerically 0 or 1 occurred" below 10ε.
            let eps = 10.0 * f64::EPSILON;
            // μ < 10ε ⇔ η < logit(10ε) (and symmetrically): compared on η, without exp.
            let limit = (eps / (1.0 - eps)).ln().abs();
            let extreme = (0..x.n).any(|k| w[k] > 0.0 && x.dot_row(k, &fitted.beta).abs() > limit);
            if extreme || !fitted.converged {
                let largest = (1..fitted.beta.len())
                    .max_by(|&a, &b| fitted.beta[a].abs().total_cmp(&fitted.beta[b].abs()))
                    .unwrap_or(0);
                return Err(if extreme {
                    StatsError::Separation {
                        term: self.names[largest].clone(),
                    }
                } else {
                    StatsError::NotConverged {
                        iterations: fitted.iterations,
                    }
                });
            }
        }
        Ok(fitted)
    }

    /// A category whose rows all have the same 0/1 outcome: an indicator term's rows with 1
    /// or with 0, or a categorical variable's first level (all its indicators 0). This is the
    /// commonest separation in survey models — a small category where everyone answered alike —
    /// and IRLS would let the coefficients drift towards ±∞ while the deviance settles.
    fn separating_indicator(&self, x: &Matrix, y: &[f64], w: &[f64]) -> Option<usize> {
        let p = x.p;
        // Outcomes seen among rows with x = 0 and x = 1, per column; on the first level, per
        // categorical variable; and which columns are indicators at all.
        let mut seen = vec![[[false; 2]; 2]; p];
        let mut first_level = vec![[false; 2]; self.n_factors];
        let mut indicator = vec![true; p];
        let mut at_first = vec![true; self.n_factors];
        for k in 0..x.n {
            if w[k] == 0.0 {
                continue;
            }
            // Which outcomes the row (or pattern, whose y is a share) holds.
            let has = [y[k] < 1.0, y[k] > 0.0];
            at_first.iter_mut().for_each(|a| *a = true);
            for (j, &v) in x.row(k).iter().enumerate().skip(1) {
                if v == 0.0 || v == 1.0 {
                    let s = &mut seen[j][usize::from(v == 1.0)];
                    s[0] |= has[0];
                    s[1] |= has[1];
                } else {
                    indicator[j] = false;
                }
                if let Some(f) = self.factors[j]
                    && v != 0.0
                {
                    at_first[f] = false;
                }
            }
            for (f, &a) in at_first.iter().enumerate() {
                if a {
                    first_level[f][0] |= has[0];
                    first_level[f][1] |= has[1];
                }
            }
        }
        let one_outcome = |s: &[bool; 2]| s[0] != s[1];
        if let Some(j) = (1..p).find(|&j| indicator[j] && seen[j].iter().any(one_outcome)) {
            return Some(j);
        }
        // A categorical variable's first level: named by its first indicator column.
        (0..self.n_factors)
            .find(|&f| one_outcome(&first_level[f]))
            .and_then(|f| (1..p).find(|&j| self.factors[j] == Some(f)))
    }

    /// Influence values of the coefficients at β: (XᵀWX)⁻¹ x_k w_k (y_k − μ_k).
    pub(crate) fn influence(&self, weights: &[f64], beta: &[f64]) -> Vec<Vec<f64>> {
        let p = self.x.p;
        let n = self.x.n;
        let w = self.prior(weights);
        let info = match &self.patterns {
            Some(pat) => irls::information(&pat.x, &pat.totals(&w, &self.y).0, self.family, beta),
            None => irls::information(&self.x, &w, self.family, beta),
        };
        let Ok(info) = info else {
            return vec![vec![f64::NAN; n]; p];
        };
        let ainv = info.inverse();
        let mut z = vec![vec![0.0; n]; p];
        for k in 0..n {
            if w[k] == 0.0 {
                continue;
            }
            let row = self.x.row(k);
            let mean = match self.family {
                Family::Gaussian => self.x.dot_row(k, beta),
                Family::Binomial => irls::expit(self.x.dot_row(k, beta)),
            };
            let r = w[k] * (self.y[k] - mean);
            let nz = self.x.nonzeros(k);
            for i in 0..p {
                let a = &ainv[i * p..(i + 1) * p];
                z[i][k] = r * nz
                    .iter()
                    .map(|&j| a[j as usize] * row[j as usize])
                    .sum::<f64>();
            }
        }
        z
    }
}

/// The distinct covariate rows of a model and the pattern of each row.
#[derive(Debug, Clone)]
pub(crate) struct Patterns {
    /// One row per pattern.
    pub(crate) x: Matrix,
    /// Per design row, its pattern (`u32::MAX`: not used).
    of_row: Vec<u32>,
}

/// A row's values compared and hashed bit for bit.
struct RowKey<'a>(&'a [f64]);

impl PartialEq for RowKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0
            .iter()
            .zip(other.0)
            .all(|(a, b)| a.to_bits() == b.to_bits())
    }
}

impl Eq for RowKey<'_> {}

impl std::hash::Hash for RowKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for v in self.0 {
            state.write_u64(v.to_bits());
        }
    }
}

impl Patterns {
    /// The patterns of the rows used, or `None` when there are more than a quarter as many as
    /// rows (a numeric covariate), where grouping would not pay.
    fn of(x: &Matrix, used: &[bool]) -> Option<Patterns> {
        let n_used = used.iter().filter(|&&u| u).count();
        let limit = n_used / 4;
        let mut index: crate::design::IntMap<u64, Vec<u32>> = crate::design::IntMap::default();
        let mut first_row: Vec<usize> = Vec::new();
        let mut of_row = vec![u32::MAX; x.n];
        for k in (0..x.n).filter(|&k| used[k]) {
            let row = x.row(k);
            let mut h = std::hash::DefaultHasher::new();
            std::hash::Hash::hash(&RowKey(row), &mut h);
            let key = std::hash::Hasher::finish(&h);
            let bucket = index.entry(key).or_default();
            let found = bucket
                .iter()
                .copied()
                .find(|&g| RowKey(x.row(first_row[g as usize])) == RowKey(row));
            let g = match found {
                Some(g) => g,
                None => {
                    let g = u32::try_from(first_row.len()).ok()?;
                    first_row.push(k);
                    bucket.push(g);
                    if first_row.len() > limit {
                        return None;
                    }
                    g
                }
            };
            of_row[k] = g;
        }
        let data = first_row
            .iter()
            .flat_map(|&k| x.row(k).iter().copied())
            .collect();
        Some(Patterns {
            x: Matrix::new(first_row.len(), x.p, data),
            of_row,
        })
    }

    /// Per pattern, Σw and the weighted mean of y (the likelihood of a binomial model depends
    /// on the rows only through these).
    fn totals(&self, w: &[f64], y: &[f64]) -> (Vec<f64>, Vec<f64>) {
        let mut sw = vec![0.0; self.x.n];
        let mut swy = vec![0.0; self.x.n];
        for (k, &g) in self.of_row.iter().enumerate() {
            if g != u32::MAX && w[k] > 0.0 {
                sw[g as usize] += w[k];
                swy[g as usize] += w[k] * y[k];
            }
        }
        let mean = sw
            .iter()
            .zip(&swy)
            .map(|(&a, &b)| if a > 0.0 { b / a } else { 0.0 })
            .collect();
        (sw, mean)
    }
}

/// The coefficients as a [`Statistic`]: re-fitted under replicate weights (from the full-sample
/// fit, as `svyglm.svyrep.design` starts each replicate at `coef(full)`).
pub(crate) struct Coefficients<'a> {
    pub(crate) model: &'a Model,
    pub(crate) start: Vec<f64>,
    /// Replicate fits that failed (the replicate variance would silently drop them, as R's
    /// `svrVar` drops NA replicates).
    pub(crate) failures: std::cell::Cell<usize>,
}

impl Statistic for Coefficients<'_> {
    fn dim(&self) -> usize {
        self.model.x.p
    }

    fn estimate(&self, weights: &[f64]) -> Vec<f64> {
        // A replicate whose fit separates or does not converge has no coefficients: R would
        // return whatever its iterations reached, which makes the variance meaningless.
        match self.model.fit(weights, Some(&self.start)) {
            Ok(f) => f.beta,
            Err(_) => {
                self.failures.set(self.failures.get() + 1);
                vec![f64::NAN; self.dim()]
            }
        }
    }

    fn influence(&self, weights: &[f64], estimate: &[f64]) -> Vec<Vec<f64>> {
        self.model.influence(weights, estimate)
    }
}

/// Fits a design-based linear or logistic regression (R `svyglm`), with design-based
/// standard errors, t tests and intervals at `confidence`.
///
/// # Errors
/// Columns of the wrong length, a response outside 0–1 for a logistic model, no rows to fit,
/// collinear terms, and a logistic fit that separates the outcome or does not converge — each
/// with a message naming the term.
pub fn svyglm(design: &Design, spec: &GlmSpec<'_>, confidence: f64) -> Result<GlmFit, StatsError> {
    if !(confidence > 0.0 && confidence < 1.0) {
        return Err(StatsError::InvalidConfidence(confidence));
    }
    let model = Model::new(design, spec)?;
    let fitted = model.fit(design.weights(), None)?;
    let stat = Coefficients {
        model: &model,
        start: fitted.beta.clone(),
        failures: std::cell::Cell::new(0),
    };
    let mut covariance = if design.has_replicates() {
        let c = design.covariance(&stat, Some(&model.used))?;
        if stat.failures.get() > 0 {
            return Err(StatsError::ReplicateFitFailed);
        }
        c
    } else {
        // Linearisation needs only the influence values at the fit (`Design::covariance`
        // would re-fit first).
        let z = model.influence(design.weights(), &fitted.beta);
        Covariance {
            estimate: fitted.beta.clone(),
            matrix: design.total_covariance(&z, Some(&model.used))?,
            df: design.degrees_of_freedom_within(Some(&model.used)),
        }
    };
    covariance.estimate.clone_from(&fitted.beta);
    #[expect(clippy::cast_precision_loss, reason = "p < 2^52")]
    let df_residual = covariance.df + 1.0 - model.x.p as f64;
    covariance.df = df_residual;
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
    Ok(GlmFit {
        family: spec.family,
        coefficients,
        covariance,
        df_residual,
        iterations: fitted.iterations,
        n_rows: model.used.iter().filter(|&&u| u).count(),
    })
}

pub(crate) fn coefficient(
    name: &str,
    estimate: f64,
    se: f64,
    df: f64,
    confidence: f64,
) -> Coefficient {
    let t = estimate / se;
    let (p_value, ci) = if df > 0.0 {
        (
            crate::contrast::p_value(estimate, se, Some(df)),
            wald_t(estimate, se, df, confidence),
        )
    } else {
        (
            f64::NAN,
            Interval {
                low: f64::NAN,
                high: f64::NAN,
                method: crate::interval::CiMethod::WaldT,
            },
        )
    };
    Coefficient {
        term: name.to_owned(),
        estimate,
        se,
        t,
        p_value,
        ci,
    }
}
