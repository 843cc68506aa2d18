//! Pooling partners' figures for one indicator measured the same way: summed counts, pooled
//! proportions and means, and the combined view with suppression that holds across partners.
//!
//! **Weighting by sample size (the default).** Partners serve different people, so there is no
//! single true value they all estimate; the pooled figure answers "across everyone the partners
//! reached". Each partner is a stratum of a stratified sample (Cochran 1977, *Sampling
//! Techniques*, 3rd ed., §5.2–5.3; Lumley 2010, §2.2): with N = Σ nᵢ,
//!
//!   ŷ = Σ (nᵢ/N) ŷᵢ,  SE(ŷ) = √(Σ (nᵢ/N)² SEᵢ²),  df = N − k.
//!
//! When each partner's SE is its own sample's (s/√n for a mean, √(p(1−p)/(n−1)) for a proportion,
//! see [`PartnerEstimate::mean`] and [`PartnerEstimate::proportion`]), this is exactly R's
//! `svymean` on the pooled people with `svydesign(ids = ~1, strata = ~partner)`. The interval is
//! the logit interval of `svyciprop` for a proportion (Clopper–Pearson on the pooled counts at 0 or
//! 1) and the t interval on N − k df for a mean.
//!
//! **Inverse-variance weighting** (fixed-effect meta-analysis; Borenstein, Hedges, Higgins and
//! Rothstein 2009, *Introduction to Meta-Analysis*, ch. 11): wᵢ = 1/SEᵢ², ŷ = Σ wᵢŷᵢ / Σ wᵢ,
//! SE = 1/√Σwᵢ, a normal interval, and Cochran's Q = Σ wᵢ(ŷᵢ − ŷ)² with I² = max(0, (Q − (k−1))/Q)
//! (Higgins and Thompson 2002, *Statistics in Medicine* 21, 1539–1558). It has the smallest
//! variance only if every partner estimates the same value, which I² tests; for proportions the
//! weights depend on the estimates themselves, and a partner with SE 0 (p = 0 or 1) cannot be
//! weighted. It is offered for partners reporting survey estimates with design-based SEs; the
//! pooled figure is flagged unreliable when I² ≥ 0.5 ("substantial", Higgins et al. 2003, *BMJ*
//! 327, 557–560).

use serde::Serialize;
use thiserror::Error;

mod combined;

pub use combined::{CombinedView, combined_view, sum_counts};

use crate::disclosure::DisclosureError;
use crate::published::Published;
use crate::{CiMethod, Interval, Thresholds, interval};

/// What the partners report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PooledKind {
    /// A proportion (as a fraction).
    Proportion,
    /// A mean.
    Mean,
}

/// How partners are weighted (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PoolWeighting {
    /// By the number of people each figure rests on (default).
    #[default]
    SampleSize,
    /// By 1/SE² (fixed-effect meta-analysis).
    InverseVariance,
}

/// One partner's figure for the indicator.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
pub struct PartnerEstimate {
    /// The proportion (fraction) or mean.
    pub value: f64,
    /// Its standard error.
    pub se: f64,
    /// The number of people it rests on.
    pub n: u64,
}

impl PartnerEstimate {
    /// A proportion x/n from unweighted counts, with SE √(p(1−p)/(n−1)) (the within-stratum
    /// variance with divisor n − 1, as `survey` computes it); SE 0 for n = 1.
    #[must_use]
    pub fn proportion(x: u64, n: u64) -> Self {
        #[expect(clippy::cast_precision_loss, reason = "counts < 2^52")]
        let (xf, nf) = (x as f64, n as f64);
        let p = xf / nf;
        let se = if n > 1 {
            (p * (1.0 - p) / (nf - 1.0)).sqrt()
        } else {
            0.0
        };
        Self { value: p, se, n }
    }

    /// A mean with SE sd/√n, sd with divisor n − 1.
    #[must_use]
    pub fn mean(mean: f64, sd: f64, n: u64) -> Self {
        #[expect(clippy::cast_precision_loss, reason = "counts < 2^52")]
        let se = sd / (n as f64).sqrt();
        Self { value: mean, se, n }
    }
}

/// How much partners' figures differ beyond chance (inverse-variance pooling).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Heterogeneity {
    /// Cochran's Q.
    pub q: f64,
    /// k − 1.
    pub df: f64,
    /// P(χ²_{k−1} > Q).
    pub p_value: f64,
    /// I² = max(0, (Q − df)/Q), 0 when Q = 0.
    pub i_squared: f64,
}

/// The pooled figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PooledFigures {
    /// The pooled proportion or mean.
    pub value: f64,
    /// Its standard error; absent when zero.
    pub se: Option<f64>,
    /// Its interval.
    pub ci: Option<Interval>,
    /// Degrees of freedom of a t-based interval.
    pub df: Option<f64>,
    /// People over all partners.
    pub n: u64,
    /// Partners pooled. (Each partner's weight is not part of the figures: n_i/N would give a
    /// hidden partner's n away.)
    pub partners: usize,
    /// Inverse-variance pooling only.
    pub heterogeneity: Option<Heterogeneity>,
}

/// Why a pooled figure is suppressed or flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PoolReason {
    /// No people (suppressed).
    NoData,
    /// Fewer people than the disclosure threshold over all partners (suppressed).
    SmallCell,
    /// A total it would reveal is hidden to protect a partner's small count (suppressed).
    ProtectsAPartner,
    /// Fewer people than `unreliable_n` (unreliable).
    SmallSample,
    /// Coefficient of variation above `unreliable_cv` (unreliable).
    HighCv,
    /// The standard error is zero: no interval from it (unreliable).
    ZeroVariance,
    /// Inverse-variance pooling with I² ≥ 0.5: partners do not estimate one common value
    /// (unreliable).
    Heterogeneous,
}

/// Why partners' figures could not be pooled.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum PoolingError {
    /// A partner's figure is not usable.
    #[error("partner {partner}: {what} is {value}, which is not allowed ({expected})")]
    InvalidEstimate {
        /// 1-based partner position.
        partner: usize,
        /// "value" or "standard error".
        what: &'static str,
        /// The value.
        value: f64,
        /// What is allowed.
        expected: &'static str,
    },
    /// Inverse-variance pooling of a partner with no standard error.
    #[error(
        "partner {partner} has a standard error of 0, so it cannot be weighted by inverse variance; pool by sample size instead"
    )]
    ZeroStandardError {
        /// 1-based partner position.
        partner: usize,
    },
    /// The confidence level is not strictly between 0 and 1.
    #[error("the confidence level is {0}; it must be strictly between 0 and 1 (for example 0.95)")]
    InvalidConfidence(f64),
    /// Partner names and figures differ in number.
    #[error("{names} partners are named but {figures} figures were given")]
    PartnerCount {
        /// Names.
        names: usize,
        /// Figures.
        figures: usize,
    },
    /// The partners' table could not be protected.
    #[error(transparent)]
    Disclosure(#[from] DisclosureError),
}

#[expect(clippy::cast_precision_loss, reason = "counts < 2^52")]
pub(crate) fn count(n: u64) -> f64 {
    n as f64
}

pub(crate) fn check(
    estimates: &[PartnerEstimate],
    kind: PooledKind,
    th: &Thresholds,
) -> Result<(), PoolingError> {
    if !(th.confidence > 0.0 && th.confidence < 1.0) {
        return Err(PoolingError::InvalidConfidence(th.confidence));
    }
    // Partners with nobody are left out of every figure, whatever they report.
    for (i, e) in estimates.iter().enumerate().filter(|(_, e)| e.n > 0) {
        let value_ok = match kind {
            PooledKind::Proportion => (0.0..=1.0).contains(&e.value),
            PooledKind::Mean => e.value.is_finite(),
        };
        if !value_ok {
            return Err(PoolingError::InvalidEstimate {
                partner: i + 1,
                what: "the value",
                value: e.value,
                expected: match kind {
                    PooledKind::Proportion => "a proportion between 0 and 1",
                    PooledKind::Mean => "a finite number",
                },
            });
        }
        if !(e.se.is_finite() && e.se >= 0.0) {
            return Err(PoolingError::InvalidEstimate {
                partner: i + 1,
                what: "the standard error",
                value: e.se,
                expected: "zero or a positive number",
            });
        }
    }
    Ok(())
}

/// Pools partners' figures for one indicator (see the module documentation). Partners with
/// n = 0 are left out.
///
/// # Errors
/// A proportion outside [0, 1], a non-finite mean, a negative or non-finite SE, an SE of 0 with
/// inverse-variance weighting, or an invalid confidence level.
pub fn pool(
    estimates: &[PartnerEstimate],
    kind: PooledKind,
    weighting: PoolWeighting,
    th: &Thresholds,
) -> Result<Published<PooledFigures, PoolReason>, PoolingError> {
    check(estimates, kind, th)?;
    let used: Vec<(usize, &PartnerEstimate)> = estimates
        .iter()
        .enumerate()
        .filter(|(_, e)| e.n > 0)
        .collect();
    let n: u64 = used.iter().map(|(_, e)| e.n).sum();
    if n == 0 {
        return Ok(Published::Suppressed {
            reason: PoolReason::NoData,
        });
    }
    if n < th.min_cell {
        return Ok(Published::Suppressed {
            reason: PoolReason::SmallCell,
        });
    }
    let k = used.len();
    let mut reasons = Vec::new();
    let (value, se, ci, df, heterogeneity) = match weighting {
        PoolWeighting::SampleSize => {
            let weights: Vec<f64> = used.iter().map(|(_, e)| count(e.n) / count(n)).collect();
            let value: f64 = used
                .iter()
                .zip(&weights)
                .map(|((_, e), w)| w * e.value)
                .sum();
            let var: f64 = used
                .iter()
                .zip(&weights)
                .map(|((_, e), w)| w * w * e.se * e.se)
                .sum();
            let df = count(n) - count(k as u64);
            let se = (var > 0.0).then(|| var.sqrt());
            let ci = match (kind, se) {
                (PooledKind::Proportion, _) if value <= 0.0 || value >= 1.0 => {
                    // Every partner at 0 (or 1): exact interval on the pooled counts.
                    let x = if value >= 1.0 { n } else { 0 };
                    Some(interval::clopper_pearson(x, n, th.confidence))
                }
                (_, Some(se)) if df > 0.0 => Some(match kind {
                    PooledKind::Proportion => interval::logit(value, se, df, th.confidence),
                    PooledKind::Mean => interval::wald_t(value, se, df, th.confidence),
                }),
                _ => None,
            };
            (value, se, ci, (df > 0.0).then_some(df), None)
        }
        PoolWeighting::InverseVariance => {
            if let Some((i, _)) = used.iter().find(|(_, e)| e.se <= 0.0) {
                return Err(PoolingError::ZeroStandardError { partner: i + 1 });
            }
            let w: Vec<f64> = used.iter().map(|(_, e)| 1.0 / (e.se * e.se)).collect();
            let sw: f64 = w.iter().sum();
            let value: f64 = used
                .iter()
                .zip(&w)
                .map(|((_, e), w)| w * e.value)
                .sum::<f64>()
                / sw;
            let se = (1.0 / sw).sqrt();
            let q: f64 = used
                .iter()
                .zip(&w)
                .map(|((_, e), w)| w * (e.value - value).powi(2))
                .sum();
            let hdf = count(k as u64) - 1.0;
            let heterogeneity = (k > 1).then(|| Heterogeneity {
                q,
                df: hdf,
                p_value: if q > 0.0 {
                    statrs::function::gamma::gamma_ur(hdf / 2.0, q / 2.0)
                } else {
                    1.0
                },
                i_squared: if q > 0.0 {
                    ((q - hdf) / q).max(0.0)
                } else {
                    0.0
                },
            });
            if heterogeneity.is_some_and(|h| h.i_squared >= 0.5) {
                reasons.push(PoolReason::Heterogeneous);
            }
            let mut ci = interval::wald_z(value, se, th.confidence);
            if kind == PooledKind::Proportion {
                ci = Interval {
                    low: ci.low.max(0.0),
                    high: ci.high.min(1.0),
                    method: CiMethod::WaldZ,
                };
            }
            (value, Some(se), Some(ci), None, heterogeneity)
        }
    };
    if se.is_none() {
        reasons.push(PoolReason::ZeroVariance);
    }
    if n < th.unreliable_n {
        reasons.push(PoolReason::SmallSample);
    }
    if se.is_some_and(|se| value != 0.0 && se / value.abs() > th.unreliable_cv) {
        reasons.push(PoolReason::HighCv);
    }
    // Unreliable reasons in a fixed order, so that outputs compare.
    reasons.sort_by_key(|r| *r as u8);
    Ok(Published::reported(
        PooledFigures {
            value,
            se,
            ci,
            df,
            n,
            partners: k,
            heterogeneity,
        },
        reasons,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partner_with_nobody_is_left_out() {
        let th = Thresholds::default();
        let with = pool(
            &[
                PartnerEstimate::proportion(12, 40),
                PartnerEstimate::proportion(0, 0),
                PartnerEstimate::proportion(9, 20),
            ],
            PooledKind::Proportion,
            PoolWeighting::SampleSize,
            &th,
        )
        .expect("pooled");
        let f = with.figures().expect("figures");
        assert_eq!((f.value, f.n, f.partners), (21.0 / 60.0, 60, 2));
    }

    #[test]
    fn fewer_people_than_the_threshold_over_all_partners_suppresses_the_pooled_figure() {
        let out = pool(
            &[
                PartnerEstimate::mean(5.0, 1.0, 4),
                PartnerEstimate::mean(6.0, 1.0, 5),
            ],
            PooledKind::Mean,
            PoolWeighting::SampleSize,
            &Thresholds::default(),
        )
        .expect("pooled");
        assert_eq!(
            out,
            Published::Suppressed {
                reason: PoolReason::SmallCell
            }
        );
    }
}
