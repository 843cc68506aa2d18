//! Statistics for paired measurements of the same people: the paired t interval, McNemar's tests
//! and Newcombe's interval for a difference of paired proportions.
//!
//! These are the building blocks of [`crate::change`]; each is a closed form checked against R in
//! `tests/it/change_reference.rs`.
//!
//! Sources:
//! - Paired t: Student (1908); R `t.test(x, y, paired = TRUE)` (the one-sample t on the differences).
//! - McNemar (1947), "Note on the sampling error of the difference between correlated proportions
//!   or percentages", *Psychometrika* 12, 153–157; with the continuity correction of Edwards
//!   (1948), as R `mcnemar.test(correct = TRUE)`.
//! - Exact (conditional) McNemar test: the discordant pairs are Binomial(b + c, 1/2) under no
//!   change; the two-sided p-value is R `binom.test(b, b + c, 0.5)`.
//! - Newcombe, R. G. (1998). Improved confidence intervals for the difference between binomial
//!   proportions based on paired data. *Statistics in Medicine* 17, 2635–2650, method 10 (the
//!   "hybrid score" or square-and-add interval from two Wilson intervals and the correlation φ),
//!   recommended by Fagerland, Lydersen and Laake (2014), *Statistics in Medicine* 33, 2850–2875.

use serde::Serialize;

use crate::dist::{pbeta, pt, qt};
use crate::interval;

/// How a change interval was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeIntervalMethod {
    /// Mean change ± t_{n−1} · s/√n (R `t.test(paired = TRUE)`).
    PairedT,
    /// Wilson (1927) score interval for a share (R `prop.test(correct = FALSE)`).
    Wilson,
    /// Newcombe (1998) method 10 for p_follow-up − p_baseline of the same people.
    Newcombe,
}

/// A confidence interval of a change or a share.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChangeInterval {
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
    /// How it was computed.
    pub method: ChangeIntervalMethod,
}

/// The paired t statistics of n differences (follow-up − baseline).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PairedT {
    /// Mean of the differences.
    pub mean: f64,
    /// Standard deviation of the differences (divisor n − 1); absent for n < 2.
    pub sd: Option<f64>,
    /// Standard error s/√n; absent when the differences do not vary or n < 2.
    pub se: Option<f64>,
    /// Degrees of freedom n − 1; absent for n < 2.
    pub df: Option<f64>,
    /// t statistic mean/se; absent with the SE.
    pub t: Option<f64>,
    /// Two-sided p-value of "no mean change"; absent with the SE.
    pub p_value: Option<f64>,
    /// Interval for the mean change; absent with the SE.
    pub ci: Option<ChangeInterval>,
}

/// Paired t from the number of pairs, the mean difference and Σ(d − d̄)².
///
/// R refuses to test "essentially constant" data; here the SE, t, p and interval are absent when
/// every difference is the same (Σ(d − d̄)² is zero or below 1e-28 · Σd², rounding noise).
#[must_use]
pub fn paired_t(n: u64, mean: f64, sum_sq_dev: f64, sum_sq: f64, confidence: f64) -> PairedT {
    if n < 2 {
        return PairedT {
            mean,
            sd: None,
            se: None,
            df: None,
            t: None,
            p_value: None,
            ci: None,
        };
    }
    #[expect(clippy::cast_precision_loss, reason = "participant counts < 2^52")]
    let nf = n as f64;
    let df = nf - 1.0;
    let sd = (sum_sq_dev / df).sqrt();
    let varies = sum_sq_dev > 1e-28 * sum_sq && sd > 0.0;
    let se = varies.then(|| sd / nf.sqrt());
    let t = se.map(|se| mean / se);
    let p_value = t.map(|t| (2.0 * pt(-t.abs(), df)).min(1.0));
    let ci = se.map(|se| {
        let q = qt(1.0 - (1.0 - confidence) / 2.0, df);
        ChangeInterval {
            low: mean - q * se,
            high: mean + q * se,
            method: ChangeIntervalMethod::PairedT,
        }
    });
    PairedT {
        mean,
        sd: Some(sd),
        se,
        df: Some(df),
        t,
        p_value,
        ci,
    }
}

/// A paired 2 × 2 table of yes/no answers of the same people at baseline and follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct PairedTable {
    /// Yes at both points.
    pub yes_yes: u64,
    /// Yes at baseline, no at follow-up.
    pub yes_no: u64,
    /// No at baseline, yes at follow-up.
    pub no_yes: u64,
    /// No at both points.
    pub no_no: u64,
}

impl PairedTable {
    /// Number of pairs.
    #[must_use]
    pub fn n(&self) -> u64 {
        self.yes_yes + self.yes_no + self.no_yes + self.no_no
    }

    /// The same people with the two points swapped.
    #[must_use]
    pub fn swapped(&self) -> Self {
        Self {
            yes_no: self.no_yes,
            no_yes: self.yes_no,
            ..*self
        }
    }
}

/// McNemar's chi-squared test as R `mcnemar.test(correct = TRUE)`: (|b − c| − 1)²/(b + c) on 1 df,
/// without the correction when b = c (R applies it only where the table is not symmetric).
/// Returns (statistic, p-value); `None` without discordant pairs (R gives NaN).
#[must_use]
pub fn mcnemar(table: &PairedTable) -> Option<(f64, f64)> {
    let (b, c) = (table.yes_no, table.no_yes);
    if b + c == 0 {
        return None;
    }
    #[expect(clippy::cast_precision_loss, reason = "participant counts < 2^52")]
    let (bf, cf) = (b as f64, c as f64);
    let y = if b == c { 0.0 } else { (bf - cf).abs() - 1.0 };
    let statistic = y * y / (bf + cf);
    // P(χ²₁ > s) = Q(1/2, s/2), the regularised upper incomplete gamma function. (2Φ(−√s) through
    // statrs' erfc is off by up to ~1e-10 relative near s = 0.5.)
    let p = if statistic > 0.0 {
        statrs::function::gamma::gamma_ur(0.5, statistic / 2.0)
    } else {
        1.0
    };
    Some((statistic, p.min(1.0)))
}

/// Exact McNemar p-value: R `binom.test(b, b + c, 0.5)`, i.e. min(1, 2 P(X ≤ min(b, c))) for
/// X ~ Binomial(b + c, 1/2). 1 without discordant pairs.
#[must_use]
pub fn mcnemar_exact_p(table: &PairedTable) -> f64 {
    let (b, c) = (table.yes_no, table.no_yes);
    let m = b + c;
    if m == 0 || b == c {
        return 1.0;
    }
    let x = b.min(c);
    // P(X ≤ x) = I_{1/2}(m − x, x + 1) (the binomial–beta identity).
    #[expect(clippy::cast_precision_loss, reason = "participant counts < 2^52")]
    let tail = pbeta(0.5, (m - x) as f64, (x + 1) as f64);
    (2.0 * tail).min(1.0)
}

/// Newcombe (1998) method 10 interval for p_follow-up − p_baseline of the same n people.
///
/// With Wilson limits (l₁, u₁) for the follow-up share p₁ and (l₂, u₂) for the baseline share p₂,
/// D = p₁ − p₂ and the correlation
/// φ = (A − n/2)/√(e f g h) when A > n/2, 0 when 0 ≤ A ≤ n/2, A/√(e f g h) when A < 0,
/// where A = (yes_yes · no_no − yes_no · no_yes) and e, f, g, h are the four margins (φ = 0
/// when a margin is 0), the limits are
/// L = D − √((p₁ − l₁)² − 2φ(p₁ − l₁)(u₂ − p₂) + (u₂ − p₂)²),
/// U = D + √((p₂ − l₂)² − 2φ(p₂ − l₂)(u₁ − p₁) + (u₁ − p₁)²).
/// `None` for an empty table.
#[must_use]
pub fn newcombe_difference(table: &PairedTable, confidence: f64) -> Option<ChangeInterval> {
    let n = table.n();
    if n == 0 {
        return None;
    }
    #[expect(clippy::cast_precision_loss, reason = "participant counts < 2^52")]
    let (a, b, c, d, nf) = (
        table.yes_yes as f64,
        table.yes_no as f64,
        table.no_yes as f64,
        table.no_no as f64,
        n as f64,
    );
    let follow_yes = a + c;
    let base_yes = a + b;
    let p1 = follow_yes / nf;
    let p2 = base_yes / nf;
    let w1 = interval::wilson(p1, n, confidence);
    let w2 = interval::wilson(p2, n, confidence);
    let margins = [follow_yes, nf - follow_yes, base_yes, nf - base_yes];
    let phi = if margins.contains(&0.0) {
        0.0
    } else {
        let cross = a * d - b * c;
        let root = margins.iter().product::<f64>().sqrt();
        if cross > nf / 2.0 {
            (cross - nf / 2.0) / root
        } else if cross >= 0.0 {
            0.0
        } else {
            cross / root
        }
    };
    let diff = p1 - p2;
    let (dl1, du1, dl2, du2) = (p1 - w1.low, w1.high - p1, p2 - w2.low, w2.high - p2);
    let low = diff
        - (dl1 * dl1 - 2.0 * phi * dl1 * du2 + du2 * du2)
            .max(0.0)
            .sqrt();
    let high = diff
        + (dl2 * dl2 - 2.0 * phi * dl2 * du1 + du1 * du1)
            .max(0.0)
            .sqrt();
    Some(ChangeInterval {
        low,
        high,
        method: ChangeIntervalMethod::Newcombe,
    })
}

/// Wilson (1927) interval for x of n (R `prop.test(x, n, correct = FALSE)`); n > 0.
#[must_use]
pub fn wilson_share(x: u64, n: u64, confidence: f64) -> ChangeInterval {
    #[expect(clippy::cast_precision_loss, reason = "participant counts < 2^52")]
    let p = x as f64 / n as f64;
    let w = interval::wilson(p, n, confidence);
    ChangeInterval {
        low: w.low,
        high: w.high,
        method: ChangeIntervalMethod::Wilson,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mcnemar_without_discordant_pairs_has_no_test() {
        let t = PairedTable {
            yes_yes: 4,
            no_no: 3,
            ..PairedTable::default()
        };
        assert_eq!(mcnemar(&t), None);
        assert_eq!(mcnemar_exact_p(&t), 1.0);
    }

    #[test]
    fn exact_mcnemar_of_one_against_five_is_twice_the_binomial_tail() {
        // P(X ≤ 1), X ~ Bin(6, 1/2) = 7/64; two-sided 14/64.
        let t = PairedTable {
            yes_no: 1,
            no_yes: 5,
            ..PairedTable::default()
        };
        assert!((mcnemar_exact_p(&t) - 14.0 / 64.0).abs() < 1e-15);
    }

    #[test]
    fn newcombe_interval_is_negated_when_the_points_are_swapped() {
        let t = PairedTable {
            yes_yes: 12,
            yes_no: 3,
            no_yes: 9,
            no_no: 20,
        };
        let i = newcombe_difference(&t, 0.95).expect("an interval");
        let s = newcombe_difference(&t.swapped(), 0.95).expect("an interval");
        assert!((i.low + s.high).abs() < 1e-15 && (i.high + s.low).abs() < 1e-15);
    }

    #[test]
    fn constant_differences_have_no_standard_error() {
        let t = paired_t(5, 2.0, 0.0, 20.0, 0.95);
        assert_eq!(t.se, None);
        assert_eq!(t.sd, Some(0.0));
        assert_eq!(t.ci, None);
    }
}
