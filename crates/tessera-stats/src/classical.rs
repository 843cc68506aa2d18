//! Classical (unweighted, independent-observations) estimates, for comparison with the design.
//!
//! These are the textbook figures R gives without a survey design: for a proportion p = x/n,
//! se = √(p(1−p)/n), with Wilson (`prop.test(correct = FALSE)`), Clopper–Pearson (`binom.test`)
//! or Wald intervals; for a mean, se = s/√n with s the n−1 standard deviation and the t interval
//! of `t.test` (df = n − 1); for a difference, the unpooled se √(se_f² + se_r²) and the Wald
//! interval of two-sample `prop.test`, clipped to [−1, 1] for proportions.
//!
//! For the SE that `survey` itself gives an equal-weight `svydesign(ids = ~1)`, use
//! [`crate::Design::simple_random_sample`] with the design-based estimator instead.

use crate::compare::{Comparison, ComparisonFigures, ComparisonOutcome};
use crate::error::StatsError;
use crate::estimate::{
    EstimandKind, Estimate, Figures, Measure, NO_CELL, Status, SuppressionReason, Thresholds,
    UnreliableReason,
};
use crate::interval::{self, CiMethod, Interval};

#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    n: u64,
    x: u64,
    sum: f64,
    dev2: f64,
}

fn accumulate(
    kind: EstimandKind,
    y: &[f64],
    cells: &[u32],
    n_cells: usize,
) -> Result<Vec<Sums>, StatsError> {
    if y.len() != cells.len() {
        return Err(StatsError::LengthMismatch {
            column: "cells",
            expected: y.len(),
            found: cells.len(),
        });
    }
    let mut s = vec![Sums::default(); n_cells];
    for (k, (&c, &yk)) in cells.iter().zip(y).enumerate() {
        if c == NO_CELL || yk.is_nan() {
            continue;
        }
        let Some(cs) = s.get_mut(c as usize) else {
            return Err(StatsError::CellOutOfRange {
                row: k + 1,
                cell: c,
                n_cells,
            });
        };
        if !yk.is_finite() || (kind == EstimandKind::Proportion && yk != 0.0 && yk != 1.0) {
            return Err(StatsError::InvalidValue {
                row: k + 1,
                value: yk,
                estimand: "classical estimate",
                expected: "0, 1 or NaN for a proportion; a finite number or NaN for a mean",
            });
        }
        cs.n += 1;
        cs.x += u64::from(yk == 1.0);
        cs.sum += yk;
    }
    let means: Vec<f64> = s
        .iter()
        .map(|c| {
            #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
            let n = c.n as f64;
            c.sum / n
        })
        .collect();
    for (&c, &yk) in cells.iter().zip(y) {
        if c == NO_CELL || yk.is_nan() {
            continue;
        }
        let d = yk - means[c as usize];
        s[c as usize].dev2 += d * d;
    }
    Ok(s)
}

/// (value, se) of one cell; se is `None` when undefined or zero.
fn value_se(kind: EstimandKind, s: &Sums) -> (f64, Option<f64>) {
    #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
    let n = s.n as f64;
    match kind {
        EstimandKind::Proportion => {
            #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
            let p = s.x as f64 / n;
            let se = (p * (1.0 - p) / n).sqrt();
            (p, (se > 0.0).then_some(se))
        }
        _ => {
            let m = s.sum / n;
            let se = (s.n > 1).then(|| (s.dev2 / (n - 1.0)).sqrt() / n.sqrt());
            (m, se.filter(|&v| v > 0.0))
        }
    }
}

fn check_measure(measure: Measure) -> Result<(), StatsError> {
    let ok = match measure.kind {
        EstimandKind::Proportion => matches!(
            measure.ci,
            CiMethod::Wilson | CiMethod::ClopperPearson | CiMethod::WaldZ | CiMethod::WaldT
        ),
        EstimandKind::Mean => matches!(measure.ci, CiMethod::WaldZ | CiMethod::WaldT),
        EstimandKind::Total => false,
    };
    if ok {
        Ok(())
    } else {
        Err(StatsError::IncompatibleInterval {
            method: measure.ci.name(),
            estimand: "classical (unweighted) estimate",
        })
    }
}

fn one(kind: EstimandKind, ci: CiMethod, cell: u32, s: &Sums, th: &Thresholds) -> Estimate {
    if s.n == 0 {
        return Estimate::suppressed(cell, SuppressionReason::NoData);
    }
    if s.n < th.min_cell {
        return Estimate::suppressed(cell, SuppressionReason::SmallCell);
    }
    let (value, se) = value_se(kind, s);
    #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
    let df = (s.n > 1).then(|| (s.n - 1) as f64);
    let mut reasons = Vec::new();
    let boundary = kind == EstimandKind::Proportion && (s.x == 0 || s.x == s.n);
    if boundary {
        reasons.push(UnreliableReason::BoundaryProportion);
    }
    let ci = match ci {
        CiMethod::Wilson => Some(interval::wilson(value, s.n, th.confidence)),
        CiMethod::ClopperPearson => Some(interval::clopper_pearson(s.x, s.n, th.confidence)),
        _ if boundary => Some(interval::clopper_pearson(s.x, s.n, th.confidence)),
        CiMethod::WaldZ => se.map(|se| interval::wald_z(value, se, th.confidence)),
        _ => se
            .zip(df)
            .map(|(se, df)| interval::wald_t(value, se, df, th.confidence)),
    };
    if se.is_none() && !boundary {
        reasons.push(UnreliableReason::ZeroVariance);
    }
    let cv = se.and_then(|se| (value != 0.0).then(|| se / value.abs()));
    if s.n < th.unreliable_n {
        reasons.push(UnreliableReason::SmallSample);
    }
    if cv.is_some_and(|cv| cv > th.unreliable_cv) {
        reasons.push(UnreliableReason::HighCv);
    }
    #[expect(clippy::cast_precision_loss, reason = "row counts < 2^52")]
    let sum_weights = s.n as f64;
    Estimate::reported(
        cell,
        Figures {
            value,
            se,
            ci,
            df,
            n: s.n,
            sum_weights,
            deff: None,
            cv,
        },
        reasons,
    )
}

/// Classical estimates for every cell (see the module documentation).
///
/// # Errors
/// Length mismatch, cell out of range, invalid values, or a method that does not apply
/// (proportions: Wilson, Clopper–Pearson, Wald z/t; means: Wald z/t; no totals).
pub fn estimate_cells(
    y: &[f64],
    cells: &[u32],
    n_cells: usize,
    measure: Measure,
    th: &Thresholds,
) -> Result<Vec<Estimate>, StatsError> {
    th.check()?;
    check_measure(measure)?;
    let sums = accumulate(measure.kind, y, cells, n_cells)?;
    Ok(sums
        .iter()
        .enumerate()
        .map(|(c, s)| {
            #[expect(clippy::cast_possible_truncation, reason = "cell ids are u32")]
            one(measure.kind, measure.ci, c as u32, s, th)
        })
        .collect())
}

/// Classical comparisons of (focal, reference) pairs: difference with the unpooled SE and a
/// Wald z interval (clipped to [−1, 1] for proportions, as two-sample `prop.test`).
///
/// # Errors
/// As [`estimate_cells`], and unknown cells in `pairs`.
pub fn compare(
    y: &[f64],
    cells: &[u32],
    n_cells: usize,
    measure: Measure,
    pairs: &[(u32, u32)],
    th: &Thresholds,
) -> Result<Vec<Comparison>, StatsError> {
    th.check()?;
    check_measure(measure)?;
    let sums = accumulate(measure.kind, y, cells, n_cells)?;
    pairs
        .iter()
        .map(|&(f, r)| {
            for c in [f, r] {
                if c as usize >= n_cells {
                    return Err(StatsError::UnknownCell { cell: c, n_cells });
                }
            }
            let (sf, sr) = (&sums[f as usize], &sums[r as usize]);
            let ef = one(measure.kind, measure.ci, f, sf, th);
            let er = one(measure.kind, measure.ci, r, sr, th);
            if ef.status == Status::Suppressed || er.status == Status::Suppressed {
                return Ok(Comparison {
                    focal: ef,
                    reference: er,
                    status: Status::Suppressed,
                    outcome: ComparisonOutcome::Suppressed {
                        reason: SuppressionReason::ComponentSuppressed,
                    },
                });
            }
            let (vf, sef) = value_se(measure.kind, sf);
            let (vr, ser) = value_se(measure.kind, sr);
            let (sef, ser) = (sef.unwrap_or(0.0), ser.unwrap_or(0.0));
            let d = vf - vr;
            let se = (sef * sef + ser * ser).sqrt();
            let se = (se > 0.0).then_some(se);
            let mut reasons = Vec::new();
            if ef.status == Status::Unreliable || er.status == Status::Unreliable {
                reasons.push(UnreliableReason::ComponentUnreliable);
            }
            if se.is_none() {
                reasons.push(UnreliableReason::ZeroVariance);
            }
            let ci_z = se.map(|se| {
                let c = interval::wald_z(d, se, th.confidence);
                if measure.kind == EstimandKind::Proportion {
                    Interval {
                        low: c.low.max(-1.0),
                        high: c.high.min(1.0),
                        method: c.method,
                    }
                } else {
                    c
                }
            });
            let (ratio, ratio_se) = if vr == 0.0 {
                (None, None)
            } else {
                let v = sef * sef / (vr * vr) + vf * vf * ser * ser / vr.powi(4);
                (Some(vf / vr), (v > 0.0).then(|| v.sqrt()))
            };
            Ok(Comparison {
                focal: ef,
                reference: er,
                status: if reasons.is_empty() {
                    Status::Ok
                } else {
                    Status::Unreliable
                },
                outcome: ComparisonOutcome::Reported {
                    figures: ComparisonFigures {
                        focal_value: vf,
                        reference_value: vr,
                        difference: d,
                        se,
                        ci_z,
                        ci_t: None,
                        df: None,
                        ratio,
                        ratio_se,
                    },
                    reasons,
                },
            })
        })
        .collect()
}
