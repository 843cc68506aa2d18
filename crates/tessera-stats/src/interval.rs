//! Confidence intervals for proportions, means and totals.
//!
//! Each function follows the cited source and, where R is the reference, the exact R code path.

use serde::Serialize;

use crate::dist::{qbeta, qnorm, qt};

/// How an interval is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CiMethod {
    /// expit(logit p ± t_df · se / (p(1−p))): `svyciprop(method = "logit")` (Lumley 2010, §2.3.1).
    Logit,
    /// Korn & Graubard (1998) beta interval with an effective sample size:
    /// `svyciprop(method = "beta")`.
    Beta,
    /// estimate ± t_df · se (not clipped to [0, 1]).
    WaldT,
    /// estimate ± z · se (`confint` of `svymean`).
    WaldZ,
    /// Wilson (1927) score interval on (p, n): `prop.test(correct = FALSE)`. Ignores the design.
    Wilson,
    /// Clopper & Pearson (1934) exact interval on the unweighted counts: `binom.test`.
    ClopperPearson,
}

impl CiMethod {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Logit => "logit",
            Self::Beta => "beta",
            Self::WaldT => "wald_t",
            Self::WaldZ => "wald_z",
            Self::Wilson => "wilson",
            Self::ClopperPearson => "clopper_pearson",
        }
    }
}

/// A confidence interval and the method that produced it (after any fallback).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
    /// The method actually used.
    pub method: CiMethod,
}

fn upper_tail(confidence: f64) -> f64 {
    1.0 - (1.0 - confidence) / 2.0
}

/// Wald interval with a normal quantile.
#[must_use]
pub fn wald_z(value: f64, se: f64, confidence: f64) -> Interval {
    let q = qnorm(upper_tail(confidence));
    Interval {
        low: value - q * se,
        high: value + q * se,
        method: CiMethod::WaldZ,
    }
}

/// Wald interval with a Student t quantile on `df` degrees of freedom (df > 0).
#[must_use]
pub fn wald_t(value: f64, se: f64, df: f64, confidence: f64) -> Interval {
    let q = qt(upper_tail(confidence), df);
    Interval {
        low: value - q * se,
        high: value + q * se,
        method: CiMethod::WaldT,
    }
}

/// Logit interval for a proportion 0 < p < 1 (survey 4.1-1 `svyciprop`, closed form of its glm).
#[must_use]
pub fn logit(p: f64, se: f64, df: f64, confidence: f64) -> Interval {
    let q = qt(upper_tail(confidence), df);
    let l = (p / (1.0 - p)).ln();
    let half = q * se / (p * (1.0 - p));
    let expit = |x: f64| 1.0 / (1.0 + (-x).exp());
    Interval {
        low: expit(l - half),
        high: expit(l + half),
        method: CiMethod::Logit,
    }
}

/// Logit interval from the standard error of logit(p) itself: expit(logit p ± t_df · se_logit).
/// R's `svyciprop(method = "logit")` on a replicate-weight design, whose glm is re-fitted under
/// each replicate, so that se_logit is the replicate SE of logit(p̂_r).
#[must_use]
pub fn logit_scale(p: f64, se_logit: f64, df: f64, confidence: f64) -> Interval {
    let q = qt(upper_tail(confidence), df);
    let l = (p / (1.0 - p)).ln();
    let expit = |x: f64| 1.0 / (1.0 + (-x).exp());
    Interval {
        low: expit(l - q * se_logit),
        high: expit(l + q * se_logit),
        method: CiMethod::Logit,
    }
}

/// Korn & Graubard (1998) interval as coded in survey 4.1-1 `svyciprop(method = "beta")`.
///
/// n_eff = p(1−p)/se² · (qt(α/2, n−1) / qt(α/2, df))², then
/// [qbeta(α/2, n_eff p, n_eff(1−p)+1), qbeta(1−α/2, n_eff p+1, n_eff(1−p))],
/// with n the domain's valid row count. `None` when n_eff is not finite (n ≤ 1, se = 0).
#[must_use]
pub fn korn_graubard(p: f64, se: f64, n: f64, df: f64, confidence: f64) -> Option<Interval> {
    let alpha = 1.0 - confidence;
    let ratio = qt(alpha / 2.0, n - 1.0) / qt(alpha / 2.0, df);
    let n_eff = p * (1.0 - p) / (se * se) * ratio * ratio;
    if !n_eff.is_finite() || n_eff <= 0.0 {
        return None;
    }
    let low = qbeta(alpha / 2.0, n_eff * p, n_eff * (1.0 - p) + 1.0);
    let high = qbeta(1.0 - alpha / 2.0, n_eff * p + 1.0, n_eff * (1.0 - p));
    (low.is_finite() && high.is_finite()).then_some(Interval {
        low,
        high,
        method: CiMethod::Beta,
    })
}

/// Wilson (1927) score interval for p on n trials (`prop.test(x, n, correct = FALSE)`).
#[must_use]
pub fn wilson(p: f64, n: u64, confidence: f64) -> Interval {
    #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
    let n = n as f64;
    let z = qnorm(upper_tail(confidence));
    let z2 = z * z;
    let centre = p + z2 / (2.0 * n);
    let half = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    let denom = 1.0 + z2 / n;
    Interval {
        low: ((centre - half) / denom).max(0.0),
        high: ((centre + half) / denom).min(1.0),
        method: CiMethod::Wilson,
    }
}

/// Clopper & Pearson (1934) exact interval for x successes in n trials (`binom.test`).
#[must_use]
pub fn clopper_pearson(x: u64, n: u64, confidence: f64) -> Interval {
    let alpha = 1.0 - confidence;
    #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
    let (xf, nf) = (x as f64, n as f64);
    let low = if x == 0 {
        0.0
    } else {
        qbeta(alpha / 2.0, xf, nf - xf + 1.0)
    };
    let high = if x == n {
        1.0
    } else {
        qbeta(1.0 - alpha / 2.0, xf + 1.0, nf - xf)
    };
    Interval {
        low,
        high,
        method: CiMethod::ClopperPearson,
    }
}
