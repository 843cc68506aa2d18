//! Comparisons between cells: gaps (focal − reference), ratios, changes between waves, and the
//! change of a gap (difference of differences).
//!
//! Every comparison is a contrast Σ_j c_j θ_j of disjoint cells of one [`Breakdown`], so its
//! linearised variable is Σ_j c_j z_j and its variance comes from the same PSU totals as the
//! cells' own variances (Lumley 2010, §3.3 and appendix C; R: `svyby(covmat = TRUE)` then
//! `svycontrast`). The covariance through PSUs shared by the cells is therefore included.
//! A ratio θ_f/θ_r uses the delta method: z = z_f/θ_r − θ_f z_r/θ_r².

use serde::Serialize;

use crate::breakdown::Breakdown;
use crate::design::Design;
use crate::error::StatsError;
use crate::estimate::{Estimate, Measure, Status, SuppressionReason, Thresholds, UnreliableReason};
use crate::interval::{self, CiMethod, Interval};

/// Figures of a reported comparison. Optional figures are absent when undefined.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparisonFigures {
    /// θ_focal (for a change: the later cell).
    pub focal_value: f64,
    /// θ_reference (for a change: the earlier cell).
    pub reference_value: f64,
    /// θ_focal − θ_reference.
    pub difference: f64,
    /// Its linearisation standard error (with the covariance of the two cells).
    pub se: Option<f64>,
    /// Wald interval with the normal quantile.
    pub ci_z: Option<Interval>,
    /// Wald interval with t on `df`.
    pub ci_t: Option<Interval>,
    /// `degf()` of the union of the two cells' valid rows (README `df_cell`).
    pub df: Option<f64>,
    /// θ_focal / θ_reference.
    pub ratio: Option<f64>,
    /// Delta-method standard error of the ratio.
    pub ratio_se: Option<f64>,
}

/// A reported comparison, or a suppressed one that carries no figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ComparisonOutcome {
    /// Published, possibly with reliability warnings.
    Reported {
        /// The figures.
        figures: ComparisonFigures,
        /// Why it is unreliable, if it is.
        reasons: Vec<UnreliableReason>,
    },
    /// Not published.
    Suppressed {
        /// Why.
        reason: SuppressionReason,
    },
}

/// A two-way comparison of a focal and a reference cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The focal cell's estimate.
    pub focal: Estimate,
    /// The reference cell's estimate.
    pub reference: Estimate,
    /// Ok, Unreliable or Suppressed (suppressed whenever either cell is).
    pub status: Status,
    /// Figures or suppression reason.
    #[serde(flatten)]
    pub outcome: ComparisonOutcome,
}

impl Comparison {
    /// The figures unless suppressed.
    #[must_use]
    pub fn figures(&self) -> Option<&ComparisonFigures> {
        match &self.outcome {
            ComparisonOutcome::Reported { figures, .. } => Some(figures),
            ComparisonOutcome::Suppressed { .. } => None,
        }
    }
}

/// Figures of the change of a gap between two waves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapChangeFigures {
    /// Gap focal − reference in the earlier wave.
    pub gap_earlier: f64,
    /// Gap focal − reference in the later wave.
    pub gap_later: f64,
    /// gap_later − gap_earlier.
    pub change: f64,
    /// Its standard error (all four cells' covariances included).
    pub se: Option<f64>,
    /// Wald interval with the normal quantile.
    pub ci_z: Option<Interval>,
    /// Wald interval with t on `df`.
    pub ci_t: Option<Interval>,
    /// `degf()` of the union of the four cells' valid rows.
    pub df: Option<f64>,
    /// |gap_later| < |gap_earlier|.
    pub closing: bool,
    /// The t interval of the change excludes 0 (`None` without an interval).
    pub significant: Option<bool>,
}

/// The change of a gap, or a suppressed one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum GapChangeOutcome {
    /// Published.
    Reported {
        /// The figures.
        figures: GapChangeFigures,
        /// Why it is unreliable, if it is.
        reasons: Vec<UnreliableReason>,
    },
    /// Not published.
    Suppressed {
        /// Why.
        reason: SuppressionReason,
    },
}

/// Is a gap closing between two waves?
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapChange {
    /// Ok, Unreliable or Suppressed (suppressed whenever any of the four cells is).
    pub status: Status,
    /// Figures or suppression reason.
    #[serde(flatten)]
    pub outcome: GapChangeOutcome,
}

impl GapChange {
    /// The figures unless suppressed.
    #[must_use]
    pub fn figures(&self) -> Option<&GapChangeFigures> {
        match &self.outcome {
            GapChangeOutcome::Reported { figures, .. } => Some(figures),
            GapChangeOutcome::Suppressed { .. } => None,
        }
    }
}

fn status_of(reasons: &[UnreliableReason]) -> Status {
    if reasons.is_empty() {
        Status::Ok
    } else {
        Status::Unreliable
    }
}

/// Intervals for a contrast; records why they are missing.
fn contrast_intervals(
    value: f64,
    se: Option<f64>,
    df: Option<f64>,
    confidence: f64,
    reasons: &mut Vec<UnreliableReason>,
) -> (Option<Interval>, Option<Interval>) {
    let Some(se) = se else {
        reasons.push(UnreliableReason::ZeroVariance);
        return (None, None);
    };
    let ci_z = Some(interval::wald_z(value, se, confidence));
    let ci_t = if let Some(df) = df {
        Some(interval::wald_t(value, se, df, confidence))
    } else {
        reasons.push(UnreliableReason::NoDegreesOfFreedom);
        None
    };
    (ci_z, ci_t)
}

impl Breakdown<'_> {
    /// Compares a focal with a reference cell: difference, ratio, their SEs and intervals.
    ///
    /// # Errors
    /// Unknown cells, an invalid confidence level or interval method.
    pub fn compare(
        &self,
        focal: u32,
        reference: u32,
        ci: CiMethod,
        th: &Thresholds,
    ) -> Result<Comparison, StatsError> {
        th.check()?;
        self.check_method(ci)?;
        self.check_cell(focal)?;
        self.check_cell(reference)?;
        let ef = self.estimate_one(focal, ci, th);
        let er = self.estimate_one(reference, ci, th);
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
        let (vf, vr) = (self.value(focal), self.value(reference));
        let difference = vf - vr;
        let lin = self.linear(&[(focal, 1.0), (reference, -1.0)]);
        let se = lin.se();
        let df = (lin.df > 0.0).then_some(lin.df);
        let mut reasons = Vec::new();
        // A side at 0 or 1 has a design SE of 0, so the gap's SE counts only the other side:
        // such intervals covered the true gap 0 times in 337 in a simulation (issue 12, item 15).
        if self.at_boundary(focal) || self.at_boundary(reference) {
            reasons.push(UnreliableReason::BoundaryProportion);
        }
        if ef.status == Status::Unreliable || er.status == Status::Unreliable {
            reasons.push(UnreliableReason::ComponentUnreliable);
        }
        let (ci_z, ci_t) = contrast_intervals(difference, se, df, th.confidence, &mut reasons);
        let (ratio, ratio_se) = if vr == 0.0 {
            (None, None)
        } else {
            let r = self.linear(&[(focal, 1.0 / vr), (reference, -vf / (vr * vr))]);
            (Some(vf / vr), r.se())
        };
        Ok(Comparison {
            focal: ef,
            reference: er,
            status: status_of(&reasons),
            outcome: ComparisonOutcome::Reported {
                figures: ComparisonFigures {
                    focal_value: vf,
                    reference_value: vr,
                    difference,
                    se,
                    ci_z,
                    ci_t,
                    df,
                    ratio,
                    ratio_se,
                },
                reasons,
            },
        })
    }

    /// The change of one estimate between an earlier and a later cell (later − earlier).
    ///
    /// # Errors
    /// As [`Breakdown::compare`].
    pub fn change(
        &self,
        earlier: u32,
        later: u32,
        ci: CiMethod,
        th: &Thresholds,
    ) -> Result<Comparison, StatsError> {
        self.compare(later, earlier, ci, th)
    }

    /// The change of the gap focal − reference from an earlier to a later wave:
    /// (θ_f2 − θ_r2) − (θ_f1 − θ_r1), each pair given as `(focal, reference)`.
    ///
    /// # Errors
    /// Unknown cells or an invalid confidence level.
    pub fn gap_change(
        &self,
        earlier: (u32, u32),
        later: (u32, u32),
        th: &Thresholds,
    ) -> Result<GapChange, StatsError> {
        th.check()?;
        let cells = [earlier.0, earlier.1, later.0, later.1];
        for &c in &cells {
            self.check_cell(c)?;
        }
        let ci = if self.kind() == crate::EstimandKind::Proportion {
            CiMethod::Logit
        } else {
            CiMethod::WaldT
        };
        let ests: Vec<Estimate> = cells
            .iter()
            .map(|&c| self.estimate_one(c, ci, th))
            .collect();
        if ests.iter().any(|e| e.status == Status::Suppressed) {
            return Ok(GapChange {
                status: Status::Suppressed,
                outcome: GapChangeOutcome::Suppressed {
                    reason: SuppressionReason::ComponentSuppressed,
                },
            });
        }
        let gap_earlier = self.value(earlier.0) - self.value(earlier.1);
        let gap_later = self.value(later.0) - self.value(later.1);
        let change = gap_later - gap_earlier;
        let lin = self.linear(&[
            (later.0, 1.0),
            (later.1, -1.0),
            (earlier.0, -1.0),
            (earlier.1, 1.0),
        ]);
        let se = lin.se();
        let df = (lin.df > 0.0).then_some(lin.df);
        let mut reasons = Vec::new();
        if cells.iter().any(|&c| self.at_boundary(c)) {
            reasons.push(UnreliableReason::BoundaryProportion);
        }
        if ests.iter().any(|e| e.status == Status::Unreliable) {
            reasons.push(UnreliableReason::ComponentUnreliable);
        }
        let (ci_z, ci_t) = contrast_intervals(change, se, df, th.confidence, &mut reasons);
        let significant = ci_t.map(|c| c.low > 0.0 || c.high < 0.0);
        Ok(GapChange {
            status: status_of(&reasons),
            outcome: GapChangeOutcome::Reported {
                figures: GapChangeFigures {
                    gap_earlier,
                    gap_later,
                    change,
                    se,
                    ci_z,
                    ci_t,
                    df,
                    closing: gap_later.abs() < gap_earlier.abs(),
                    significant,
                },
                reasons,
            },
        })
    }
}

/// Compares many (focal, reference) pairs of cells of one breakdown.
///
/// # Errors
/// As [`Breakdown::new`] and [`Breakdown::compare`].
pub fn compare(
    design: &Design,
    y: &[f64],
    cells: &[u32],
    n_cells: usize,
    measure: Measure,
    pairs: &[(u32, u32)],
    thresholds: &Thresholds,
) -> Result<Vec<Comparison>, StatsError> {
    let b = Breakdown::new(design, measure.kind, y, cells, n_cells)?;
    pairs
        .iter()
        .map(|&(f, r)| b.compare(f, r, measure.ci, thresholds))
        .collect()
}
