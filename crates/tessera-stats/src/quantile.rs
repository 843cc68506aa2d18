//! Quantiles (the median and others) with Woodruff intervals, as R `survey` 4.1-1's
//! `svyquantile()` with its defaults `qrule = "math"` and `interval.type = "mean"`.
//!
//! The estimate is the inverse of the weighted distribution function (`qrule_math`): sort the
//! rows by value, take the last one whose cumulative weight is at most p·Σw, and move to the
//! next value unless the cumulative weight equals p·Σw exactly. The interval is Woodruff's
//! (1952, *JASA* 47): the proportion of the population at or below the estimate, F̂(q̂), gets a
//! Wald t interval from the design (a mean of indicators, through [`Design::covariance`], so
//! strata, clusters, calibration and replicate weights all count), and its ends are mapped back
//! through the same quantile rule. An end beyond 0 or 1 is NaN, as in R. The standard error is
//! R's: the interval's width over 2 t_{df, 1−α/2}. Degrees of freedom are `degf` of the rows
//! used.

use crate::design::Design;
use crate::error::StatsError;
use crate::interval::{CiMethod, Interval};
use crate::variance::DomainMeans;

/// One quantile with its Woodruff interval.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QuantileEstimate {
    /// The probability p (0.5 for the median).
    pub probability: f64,
    /// The estimated quantile.
    pub quantile: f64,
    /// Woodruff interval (an end is NaN when the interval of F̂ leaves 0–1).
    pub ci: Interval,
    /// R's standard error: the interval's width / (2 t).
    pub se: f64,
    /// Degrees of freedom of the t quantile.
    pub df: f64,
}

/// Sums in compensated (Neumaier) arithmetic: R accumulates `sum` and `cumsum` in extended
/// precision, and the quantile rule tests cumulative weights for equality with p·Σw.
#[derive(Debug, Clone, Copy, Default)]
struct Sum {
    s: f64,
    c: f64,
}

impl Sum {
    fn add(&mut self, x: f64) {
        let t = self.s + x;
        if self.s.abs() >= x.abs() {
            self.c += (self.s - t) + x;
        } else {
            self.c += (x - t) + self.s;
        }
        self.s = t;
    }
    fn value(self) -> f64 {
        self.s + self.c
    }
}

/// The rows used, sorted by value, with their cumulative weights and the total.
struct Sorted {
    x: Vec<f64>,
    cum: Vec<f64>,
    total: f64,
}

impl Sorted {
    fn new(y: &[f64], w: &[f64], rows: &[bool]) -> Sorted {
        let mut idx: Vec<usize> = (0..y.len()).filter(|&k| rows[k] && w[k] != 0.0).collect();
        idx.sort_by(|&a, &b| y[a].total_cmp(&y[b]));
        let mut total = Sum::default();
        let mut cum = Vec::with_capacity(idx.len());
        for &k in &idx {
            total.add(w[k]);
            cum.push(total.value());
        }
        Sorted {
            x: idx.iter().map(|&k| y[k]).collect(),
            cum,
            total: total.value(),
        }
    }

    /// R `qrule_math` via `qs`.
    fn quantile(&self, p: f64) -> f64 {
        let target = p * self.total;
        // `last(cumw <= p * sum(w))`: the last such position, or the first when there is none.
        let n_le = self.cum.partition_point(|&c| c <= target);
        let pos = n_le.saturating_sub(1);
        let next = (pos + 1).min(self.x.len() - 1);
        let wlow = p - self.cum[pos] / self.total;
        if wlow == 0.0 {
            self.x[pos]
        } else {
            self.x[next]
        }
    }
}

/// Quantiles of `y` over the domain's rows (NaN values left out, as `na.rm = TRUE`) with
/// Woodruff intervals at `confidence`.
///
/// # Errors
/// A column of the wrong length, a probability outside 0–1, an invalid confidence level, or
/// no rows.
pub fn svyquantile(
    design: &Design,
    y: &[f64],
    domain: Option<&[bool]>,
    probabilities: &[f64],
    confidence: f64,
) -> Result<Vec<QuantileEstimate>, StatsError> {
    if y.len() != design.n_rows() {
        return Err(StatsError::LengthMismatch {
            column: "quantile variable",
            expected: design.n_rows(),
            found: y.len(),
        });
    }
    if !(confidence > 0.0 && confidence < 1.0) {
        return Err(StatsError::InvalidConfidence(confidence));
    }
    if let Some(&p) = probabilities.iter().find(|p| !(0.0..=1.0).contains(*p)) {
        return Err(StatsError::InvalidQuantile(p));
    }
    let rows: Vec<bool> = (0..y.len())
        .map(|k| domain.is_none_or(|d| d[k]) && !y[k].is_nan())
        .collect();
    let sorted = Sorted::new(y, design.weights(), &rows);
    if sorted.x.is_empty() {
        return Err(StatsError::NoRowsForModel);
    }
    let tail = 1.0 - (1.0 - confidence) / 2.0;
    probabilities
        .iter()
        .map(|&p| {
            let q = sorted.quantile(p);
            let below: Vec<f64> = y
                .iter()
                .zip(&rows)
                .map(|(&v, &r)| if r { f64::from(u8::from(v <= q)) } else { 0.0 })
                .collect();
            let cov = design.covariance(
                &DomainMeans {
                    y: vec![&below],
                    domain: Some(&rows),
                },
                Some(&rows),
            )?;
            let df = cov.df;
            let t = crate::dist::qt(tail, df);
            let (f, se_f) = (cov.estimate[0], cov.se(0));
            let (lo, hi) = (f - t * se_f, f + t * se_f);
            let low = if lo.is_nan() || lo < 0.0 {
                f64::NAN
            } else {
                sorted.quantile(lo)
            };
            let high = if hi.is_nan() || hi > 1.0 {
                f64::NAN
            } else {
                sorted.quantile(hi)
            };
            Ok(QuantileEstimate {
                probability: p,
                quantile: q,
                ci: Interval {
                    low,
                    high,
                    method: CiMethod::WaldT,
                },
                se: (high - low) / (2.0 * t),
                df,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_equal_weights_on_an_exact_half_is_the_lower_value() {
        let y = [4.0, 1.0, 3.0, 2.0];
        let s = Sorted::new(&y, &[1.0; 4], &[true; 4]);
        // Cumulative weight 2 = 0.5 × 4 exactly: R's math rule takes the lower value.
        assert_eq!(s.quantile(0.5), 2.0);
        assert_eq!(s.quantile(0.6), 3.0);
        // No cumulative weight at or below p·Σw: R's `last()` falls back to the first position.
        assert_eq!(s.quantile(0.1), 2.0);
        assert_eq!(s.quantile(1.0), 4.0);
    }
}
