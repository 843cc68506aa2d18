//! General linear contrasts Σ_j c_j θ_j of a breakdown's cells (R `svycontrast`), with the
//! status rules of comparisons, Wald intervals with t and z, and a two-sided p-value; and the
//! Bonferroni adjustment for a family of them.

use serde::Serialize;

use crate::breakdown::Breakdown;
use crate::dist::{pnorm, pt};
use crate::error::StatsError;
use crate::estimate::{Status, SuppressionReason, Thresholds, UnreliableReason};
use crate::interval::{self, CiMethod, Interval};

/// Figures of a reported contrast.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContrastFigures {
    /// Σ c_j θ_j.
    pub value: f64,
    /// Its standard error (with every covariance among the cells).
    pub se: Option<f64>,
    /// Wald interval with t on `df`.
    pub ci_t: Option<Interval>,
    /// Wald interval with the normal quantile.
    pub ci_z: Option<Interval>,
    /// `degf()` of the union of the cells' valid rows.
    pub df: Option<f64>,
    /// Two-sided p-value of value = 0: t on `df` (normal without df).
    pub p_value: Option<f64>,
}

/// A contrast, reported or suppressed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contrast {
    /// Suppressed when any cell with a coefficient is; unreliable when any is unreliable, a
    /// proportion among them is 0 or 1, or the variance or df is zero.
    pub status: Status,
    /// Figures (absent when suppressed).
    pub figures: Option<ContrastFigures>,
    /// Why it is unreliable.
    pub reasons: Vec<UnreliableReason>,
    /// Why it is suppressed.
    pub suppressed: Option<SuppressionReason>,
}

/// Two-sided p-value of an estimate over its SE: t on df, or normal.
#[must_use]
pub fn p_value(value: f64, se: f64, df: Option<f64>) -> f64 {
    // The lower tail at −|t|, which keeps small p-values accurate.
    let t = -(value / se).abs();
    match df {
        Some(df) => 2.0 * pt(t, df),
        None => 2.0 * pnorm(t),
    }
}

impl Breakdown<'_> {
    /// The contrast Σ c_j θ_j of cells `terms` = (cell, c_j), at `confidence` for its intervals
    /// (thresholds decide the cells' statuses).
    ///
    /// # Errors
    /// Unknown cells, an invalid confidence level or interval method.
    pub fn contrast(
        &self,
        terms: &[(u32, f64)],
        ci: CiMethod,
        th: &Thresholds,
        confidence: f64,
    ) -> Result<Contrast, StatsError> {
        th.check()?;
        if !(confidence > 0.0 && confidence < 1.0) {
            return Err(StatsError::InvalidConfidence(confidence));
        }
        self.check_method(ci)?;
        for &(c, _) in terms {
            self.check_cell(c)?;
        }
        let used: Vec<(u32, f64)> = terms.iter().copied().filter(|t| t.1 != 0.0).collect();
        let statuses: Vec<Status> = used
            .iter()
            .map(|&(c, _)| self.estimate_one(c, ci, th).status)
            .collect();
        if statuses.contains(&Status::Suppressed) {
            return Ok(Contrast {
                status: Status::Suppressed,
                figures: None,
                reasons: Vec::new(),
                suppressed: Some(SuppressionReason::ComponentSuppressed),
            });
        }
        let value: f64 = used.iter().map(|&(c, k)| k * self.value(c)).sum();
        let lin = self.linear(&used);
        let se = lin.se();
        let df = (lin.df > 0.0).then_some(lin.df);
        let mut reasons = Vec::new();
        if used.iter().any(|&(c, _)| self.at_boundary(c)) {
            reasons.push(UnreliableReason::BoundaryProportion);
        }
        if statuses.contains(&Status::Unreliable) {
            reasons.push(UnreliableReason::ComponentUnreliable);
        }
        let (ci_t, ci_z, p) = match se {
            Some(se) => {
                if df.is_none() {
                    reasons.push(UnreliableReason::NoDegreesOfFreedom);
                }
                (
                    df.map(|df| interval::wald_t(value, se, df, confidence)),
                    Some(interval::wald_z(value, se, confidence)),
                    Some(p_value(value, se, df)),
                )
            }
            None => {
                reasons.push(UnreliableReason::ZeroVariance);
                (None, None, None)
            }
        };
        Ok(Contrast {
            status: if reasons.is_empty() {
                Status::Ok
            } else {
                Status::Unreliable
            },
            figures: Some(ContrastFigures {
                value,
                se,
                ci_t,
                ci_z,
                df,
                p_value: p,
            }),
            reasons,
            suppressed: None,
        })
    }
}

/// The Bonferroni adjustment of a family of `m` comparisons: intervals at confidence
/// 1 − α/m and p-values min(1, m·p) (Dunn 1961).
#[must_use]
pub fn bonferroni_confidence(confidence: f64, m: usize) -> f64 {
    #[expect(clippy::cast_precision_loss, reason = "family sizes are small")]
    let m = m.max(1) as f64;
    1.0 - (1.0 - confidence) / m
}
