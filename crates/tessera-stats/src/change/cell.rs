//! Paired change for every group (cell) of one indicator between two collection points.

use serde::Serialize;

use crate::NO_CELL;
use crate::paired::{
    self, ChangeInterval, PairedTable, mcnemar, mcnemar_exact_p, newcombe_difference, wilson_share,
};

use super::{
    Audience, ChangeError, ChangeIndicator, ChangeOptions, ChangeReason, IndicatorKind, Published,
};

/// The group at the baseline: everyone with a baseline value, followed up or not.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Baseline {
    /// People with a baseline value.
    pub n: u64,
    /// Their mean (scale) or share answering yes (yes/no).
    pub value: f64,
}

/// How many of the baseline group were followed up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FollowUp {
    /// People with a baseline value.
    pub n_baseline: u64,
    /// Of those, people with a follow-up value too (the pairs every change figure rests on).
    pub n_followed_up: u64,
    /// People with a baseline value but none at the follow-up.
    pub attrition: u64,
    /// attrition / n_baseline.
    pub attrition_share: f64,
}

/// A count of the people followed up and its share with a Wilson interval.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Share {
    /// People.
    pub count: u64,
    /// count / people followed up.
    pub share: f64,
    /// Wilson (1927) score interval for the share.
    pub ci: ChangeInterval,
}

/// Who improved, stayed the same or worsened, in the indicator's direction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Directions {
    /// Changed for the better by more than the indicator's "same" band.
    pub improved: Share,
    /// Changed by no more than the band either way.
    pub same: Share,
    /// Changed for the worse by more than the band.
    pub worsened: Share,
}

/// Change on a scale indicator for the people followed up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeanChange {
    /// People followed up (pairs).
    pub n: u64,
    /// Their mean at the baseline.
    pub mean_baseline: f64,
    /// Their mean at the follow-up.
    pub mean_follow_up: f64,
    /// Mean of (follow-up − baseline), raw (not turned by the direction).
    pub mean_change: f64,
    /// Standard deviation of the changes (divisor n − 1); absent for one pair.
    pub sd_change: Option<f64>,
    /// Standard error sd/√n; absent without variation.
    pub se: Option<f64>,
    /// n − 1.
    pub df: Option<f64>,
    /// t statistic of "no mean change".
    pub t: Option<f64>,
    /// Its two-sided p-value.
    pub p_value: Option<f64>,
    /// Paired t interval of the mean change (R `t.test(paired = TRUE)`).
    pub ci: Option<ChangeInterval>,
    /// Improved / same / worsened.
    pub directions: Directions,
}

/// Change of a yes/no indicator for the people followed up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProportionChange {
    /// People followed up (pairs).
    pub n: u64,
    /// Share answering yes at the baseline.
    pub baseline: f64,
    /// Share answering yes at the follow-up.
    pub follow_up: f64,
    /// follow_up − baseline.
    pub difference: f64,
    /// Newcombe (1998) method 10 interval of the difference.
    pub ci: ChangeInterval,
    /// The paired 2 × 2 table.
    pub table: PairedTable,
    /// McNemar's statistic with continuity correction (absent without discordant pairs).
    pub mcnemar_statistic: Option<f64>,
    /// Its p-value on 1 df.
    pub mcnemar_p: Option<f64>,
    /// Exact McNemar p-value (binomial test on the discordant pairs).
    pub exact_p: f64,
    /// Improved / same / worsened.
    pub directions: Directions,
}

/// The change figures of one kind of indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// A scale indicator.
    Scale(MeanChange),
    /// A yes/no indicator.
    YesNo(ProportionChange),
}

impl Change {
    /// The raw change (follow-up − baseline): the mean change or the difference of proportions.
    #[must_use]
    pub fn value(&self) -> f64 {
        match self {
            Self::Scale(m) => m.mean_change,
            Self::YesNo(p) => p.difference,
        }
    }

    /// The interval of the raw change, if there is one.
    #[must_use]
    pub fn ci(&self) -> Option<ChangeInterval> {
        match self {
            Self::Scale(m) => m.ci,
            Self::YesNo(p) => Some(p.ci),
        }
    }

    /// Improved / same / worsened.
    #[must_use]
    pub fn directions(&self) -> &Directions {
        match self {
            Self::Scale(m) => &m.directions,
            Self::YesNo(p) => &p.directions,
        }
    }
}

/// Baseline, follow-up and change figures of one group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellChange {
    /// The group (cell) number given with the participants.
    pub cell: u32,
    /// Everyone with a baseline value.
    pub baseline: Published<Baseline>,
    /// Followed up and attrition.
    pub follow_up: Published<FollowUp>,
    /// The change for the people followed up.
    pub change: Published<Change>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    n_baseline: u64,
    sum_baseline_all: f64,
    n_pairs: u64,
    sum_baseline: f64,
    sum_follow_up: f64,
    sum_change: f64,
    sum_change_sq: f64,
    dev2: f64,
    improved: u64,
    same: u64,
    worsened: u64,
    table: PairedTable,
}

fn check_value(
    kind: IndicatorKind,
    value: f64,
    participant: usize,
    point: &str,
) -> Result<(), ChangeError> {
    let ok = match kind {
        IndicatorKind::Scale => !value.is_infinite(),
        IndicatorKind::YesNo => value.is_nan() || value == 0.0 || value == 1.0,
    };
    if ok {
        Ok(())
    } else {
        Err(ChangeError::InvalidValue {
            participant: participant + 1,
            point: point.to_owned(),
            value,
            expected: match kind {
                IndicatorKind::Scale => "a finite number",
                IndicatorKind::YesNo => "1 for yes or 0 for no",
            },
        })
    }
}

/// Paired change of one indicator for every group, from each participant's baseline and
/// follow-up values (NaN where not measured) and group number (`NO_CELL` to leave out).
///
/// People with a baseline but no follow-up count towards attrition; people with a follow-up but
/// no baseline are not used. Returns one [`CellChange`] per group, in group order.
///
/// # Errors
/// Inputs of different lengths, a group number out of range, a value not allowed for the
/// indicator (yes/no values must be 0 or 1; scale values finite), or invalid options.
pub fn paired_change(
    baseline: &[f64],
    follow_up: &[f64],
    cells: &[u32],
    n_cells: usize,
    indicator: &ChangeIndicator,
    options: &ChangeOptions,
) -> Result<Vec<CellChange>, ChangeError> {
    paired_change_at(
        baseline,
        follow_up,
        cells,
        n_cells,
        indicator,
        options,
        ("baseline", "follow-up"),
    )
}

pub(crate) fn paired_change_at(
    baseline: &[f64],
    follow_up: &[f64],
    cells: &[u32],
    n_cells: usize,
    indicator: &ChangeIndicator,
    options: &ChangeOptions,
    point_names: (&str, &str),
) -> Result<Vec<CellChange>, ChangeError> {
    options.check()?;
    for (what, len) in [
        ("the follow-up values", follow_up.len()),
        ("the groups", cells.len()),
    ] {
        if len != baseline.len() {
            return Err(ChangeError::LengthMismatch {
                what,
                expected: baseline.len(),
                found: len,
            });
        }
    }
    let kind = indicator.kind;
    let sign = indicator.direction.sign();
    let band = indicator.same_band();
    let mut sums = vec![Sums::default(); n_cells];
    for (k, ((&c, &b), &f)) in cells.iter().zip(baseline).zip(follow_up).enumerate() {
        if c == NO_CELL {
            continue;
        }
        let Some(s) = sums.get_mut(c as usize) else {
            return Err(ChangeError::CellOutOfRange {
                participant: k + 1,
                cell: c,
                n_cells,
            });
        };
        check_value(kind, b, k, point_names.0)?;
        check_value(kind, f, k, point_names.1)?;
        if b.is_nan() {
            continue;
        }
        s.n_baseline += 1;
        s.sum_baseline_all += b;
        if f.is_nan() {
            continue;
        }
        let d = f - b;
        s.n_pairs += 1;
        s.sum_baseline += b;
        s.sum_follow_up += f;
        s.sum_change += d;
        s.sum_change_sq += d * d;
        let better = sign * d;
        if better > band {
            s.improved += 1;
        } else if better < -band {
            s.worsened += 1;
        } else {
            s.same += 1;
        }
        if kind == IndicatorKind::YesNo {
            match (b == 1.0, f == 1.0) {
                (true, true) => s.table.yes_yes += 1,
                (true, false) => s.table.yes_no += 1,
                (false, true) => s.table.no_yes += 1,
                (false, false) => s.table.no_no += 1,
            }
        }
    }
    if kind == IndicatorKind::Scale {
        // Second pass: Σ(d − d̄)² about the group's mean change, for an accurate SD.
        let means: Vec<f64> = sums
            .iter()
            .map(|s| s.sum_change / count(s.n_pairs))
            .collect();
        for ((&c, &b), &f) in cells.iter().zip(baseline).zip(follow_up) {
            if c == NO_CELL || b.is_nan() || f.is_nan() {
                continue;
            }
            let i = c as usize;
            let e = f - b - means[i];
            sums[i].dev2 += e * e;
        }
    }
    Ok(sums
        .iter()
        .enumerate()
        .map(|(c, s)| {
            #[expect(clippy::cast_possible_truncation, reason = "cell numbers are u32")]
            cell_change(c as u32, s, kind, options)
        })
        .collect())
}

#[expect(clippy::cast_precision_loss, reason = "participant counts < 2^52")]
fn count(n: u64) -> f64 {
    n as f64
}

/// Small-number rules for a figure resting on n people: suppressed (Err) or the reasons so far.
fn people_rule(n: u64, options: &ChangeOptions) -> Result<Vec<ChangeReason>, ChangeReason> {
    let th = &options.thresholds;
    let mut reasons = Vec::new();
    if n == 0 {
        return Err(ChangeReason::NoData);
    }
    if n < th.min_cell {
        match options.audience {
            Audience::Others => return Err(ChangeReason::SmallCell),
            Audience::Owner => reasons.push(ChangeReason::SmallNumberShownToOwner),
        }
    }
    if n < th.unreliable_n {
        reasons.push(ChangeReason::SmallSample);
    }
    Ok(reasons)
}

fn publish<T>(
    rule: Result<Vec<ChangeReason>, ChangeReason>,
    figures: impl FnOnce() -> T,
) -> Published<T> {
    match rule {
        Ok(reasons) => Published::reported(figures(), reasons),
        Err(reason) => Published::Suppressed { reason },
    }
}

fn cell_change(cell: u32, s: &Sums, kind: IndicatorKind, options: &ChangeOptions) -> CellChange {
    let confidence = options.thresholds.confidence;
    let baseline = publish(people_rule(s.n_baseline, options), || Baseline {
        n: s.n_baseline,
        value: s.sum_baseline_all / count(s.n_baseline),
    });
    let attrition = s.n_baseline - s.n_pairs;
    let attrition_share = count(attrition) / count(s.n_baseline);
    let high_attrition = s.n_baseline > 0 && attrition_share > options.max_attrition;

    let follow_up_rule = people_rule(s.n_baseline, options).and_then(|mut reasons| {
        // Nobody followed up is not a small number of people; 1..min_cell is.
        if s.n_pairs > 0 && s.n_pairs < options.thresholds.min_cell {
            match options.audience {
                Audience::Others => return Err(ChangeReason::SmallCell),
                Audience::Owner => {
                    if !reasons.contains(&ChangeReason::SmallNumberShownToOwner) {
                        reasons.push(ChangeReason::SmallNumberShownToOwner);
                    }
                }
            }
        }
        reasons.retain(|r| *r != ChangeReason::SmallSample);
        if high_attrition {
            reasons.push(ChangeReason::HighAttrition);
        }
        Ok(reasons)
    });
    let follow_up = publish(follow_up_rule, || FollowUp {
        n_baseline: s.n_baseline,
        n_followed_up: s.n_pairs,
        attrition,
        attrition_share,
    });

    let change_rule = people_rule(s.n_pairs, options).map(|mut reasons| {
        if high_attrition {
            reasons.push(ChangeReason::HighAttrition);
        }
        reasons
    });
    let change = match change_rule {
        Err(reason) => Published::Suppressed { reason },
        Ok(mut reasons) => {
            let n = s.n_pairs;
            let share = |x: u64| Share {
                count: x,
                share: count(x) / count(n),
                ci: wilson_share(x, n, confidence),
            };
            let directions = Directions {
                improved: share(s.improved),
                same: share(s.same),
                worsened: share(s.worsened),
            };
            let figures = match kind {
                IndicatorKind::Scale => {
                    let mean = s.sum_change / count(n);
                    let t = paired::paired_t(n, mean, s.dev2, s.sum_change_sq, confidence);
                    if n == 1 {
                        reasons.push(ChangeReason::SinglePair);
                    } else if t.se.is_none() {
                        reasons.push(ChangeReason::NoVariation);
                    }
                    Change::Scale(MeanChange {
                        n,
                        mean_baseline: s.sum_baseline / count(n),
                        mean_follow_up: s.sum_follow_up / count(n),
                        mean_change: mean,
                        sd_change: t.sd,
                        se: t.se,
                        df: t.df,
                        t: t.t,
                        p_value: t.p_value,
                        ci: t.ci,
                        directions,
                    })
                }
                IndicatorKind::YesNo => {
                    let table = s.table;
                    let nf = count(n);
                    let baseline = count(table.yes_yes + table.yes_no) / nf;
                    let follow_up = count(table.yes_yes + table.no_yes) / nf;
                    let test = mcnemar(&table);
                    Change::YesNo(ProportionChange {
                        n,
                        baseline,
                        follow_up,
                        difference: follow_up - baseline,
                        ci: newcombe_difference(&table, confidence)
                            .expect("the table has n > 0 pairs (suppressed otherwise)"),
                        table,
                        mcnemar_statistic: test.map(|t| t.0),
                        mcnemar_p: test.map(|t| t.1),
                        exact_p: mcnemar_exact_p(&table),
                        directions,
                    })
                }
            };
            Published::reported(figures, reasons)
        }
    };
    CellChange {
        cell,
        baseline,
        follow_up,
        change,
    }
}
