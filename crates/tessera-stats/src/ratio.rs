//! Ratio estimators, as R `survey`'s `svyratio()`: R̂ = Σ w y / Σ w x over the domain, with the
//! linearisation variance of the total of (y − R̂ x)/Σ w x (Cochran 1977, §6.4; `svyratio`'s
//! code), or the replicate variance of R̂ re-estimated under each replicate.

use crate::design::Design;
use crate::error::StatsError;
use crate::interval::{Interval, wald_t, wald_z};
use crate::variance::Statistic;

/// A ratio with its standard error and intervals.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RatioEstimate {
    /// Σ w y / Σ w x.
    pub ratio: f64,
    /// Design-based standard error.
    pub se: f64,
    /// Degrees of freedom (`degf` of the rows used).
    pub df: f64,
    /// Normal interval: `confint()` of a `svyratio` (whose default `df` is `Inf`).
    pub ci: Interval,
    /// Wald t interval on `df`.
    pub ci_t: Interval,
}

/// The ratio as a [`Statistic`].
#[derive(Debug, Clone, Copy)]
pub struct Ratio<'a> {
    /// The numerator variable.
    pub numerator: &'a [f64],
    /// The denominator variable.
    pub denominator: &'a [f64],
    /// The rows used.
    pub rows: &'a [bool],
}

impl Statistic for Ratio<'_> {
    fn dim(&self) -> usize {
        1
    }

    #[expect(
        clippy::needless_range_loop,
        reason = "k reads the same row of the weights, the rows used and both variables"
    )]
    fn estimate(&self, w: &[f64]) -> Vec<f64> {
        let (mut num, mut den) = (0.0, 0.0);
        for k in 0..w.len() {
            if self.rows[k] {
                num += w[k] * self.numerator[k];
                den += w[k] * self.denominator[k];
            }
        }
        vec![num / den]
    }

    fn influence(&self, w: &[f64], theta: &[f64]) -> Vec<Vec<f64>> {
        let den: f64 = (0..w.len())
            .filter(|&k| self.rows[k])
            .map(|k| w[k] * self.denominator[k])
            .sum();
        vec![
            (0..w.len())
                .map(|k| {
                    if self.rows[k] {
                        w[k] * (self.numerator[k] - theta[0] * self.denominator[k]) / den
                    } else {
                        0.0
                    }
                })
                .collect(),
        ]
    }
}

/// The ratio of `numerator` to `denominator` totals over the domain (rows missing either are
/// left out, as `na.rm = TRUE`), with intervals at `confidence`.
///
/// # Errors
/// Columns of the wrong length, an invalid confidence level, or no rows.
pub fn svyratio(
    design: &Design,
    numerator: &[f64],
    denominator: &[f64],
    domain: Option<&[bool]>,
    confidence: f64,
) -> Result<RatioEstimate, StatsError> {
    let n = design.n_rows();
    for (column, v) in [("numerator", numerator), ("denominator", denominator)] {
        if v.len() != n {
            return Err(StatsError::LengthMismatch {
                column,
                expected: n,
                found: v.len(),
            });
        }
    }
    if !(confidence > 0.0 && confidence < 1.0) {
        return Err(StatsError::InvalidConfidence(confidence));
    }
    let rows: Vec<bool> = (0..n)
        .map(|k| domain.is_none_or(|d| d[k]) && !numerator[k].is_nan() && !denominator[k].is_nan())
        .collect();
    if !rows.iter().any(|&r| r) {
        return Err(StatsError::NoRowsForModel);
    }
    let cov = design.covariance(
        &Ratio {
            numerator,
            denominator,
            rows: &rows,
        },
        Some(&rows),
    )?;
    let (ratio, se) = (cov.estimate[0], cov.se(0));
    Ok(RatioEstimate {
        ratio,
        se,
        df: cov.df,
        ci: wald_z(ratio, se, confidence),
        ci_t: wald_t(ratio, se, cov.df, confidence),
    })
}
