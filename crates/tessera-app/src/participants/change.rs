//! Change estimates for a plan: for every indicator of the plan, every side it is measured for
//! (and, optionally, every value of a descriptive field such as gender), and every follow-up
//! point against the baseline — the people followed up, attrition, the mean change with its
//! paired t interval or the paired difference of proportions with Newcombe's interval, and the
//! shares who improved, stayed the same or worsened. The formulas and their sources are in
//! `tessera_stats::change` and `docs/change-estimates.md`; this module only gathers a plan's
//! measurements from the store into the table they need.
//!
//! Who counts: the plan's participants whose consent allows the use of their answers now. A
//! withdrawn participant's answers leave every figure from the moment of withdrawal; an erased
//! participant's are gone.
//!
//! Small numbers: [`Audience::Owner`] for the organisation's own pages (small counts shown and
//! marked), [`Audience::Others`] for anything shared (suppressed below the threshold).

use std::collections::HashMap;

use serde::Serialize;
use tessera_l10n::ta;
use tessera_plan::{Direction, Side};
use tessera_stats::NO_CELL;
use tessera_stats::change::{
    Audience, Baseline, Change, ChangeError, ChangeIndicator, ChangeOptions, FollowUp,
    IndicatorKind, MeasurementTable, Published, plan_change,
};
use tessera_store::{Measurement, OrgId, PlanId, prelude::*};

use super::fields::Field;
use super::measurements::{AnswerKind, PlanContext, PlanIndicator};
use super::points::{BASELINE, CollectionPoint, with_recorded};
use super::register::Registered;
use crate::{App, AppError, AppResult};

/// A breakdown of the sides by a descriptive field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeBreakdown {
    /// The field's key.
    pub field: String,
    /// Its name.
    pub label: String,
    /// Its values in the groups' order: (code, words); the last is "not recorded" (code "").
    pub values: Vec<(String, String)>,
}

/// The figures of one follow-up point against the baseline for one group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PointFigures {
    /// The follow-up point's key.
    pub point: String,
    /// People at baseline, followed up, and attrition.
    pub follow_up: Published<FollowUp>,
    /// The change for the people followed up.
    pub change: Published<Change>,
}

/// One group's figures: a side, or a side and one value of the breakdown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupChange {
    /// The side.
    pub side: Side,
    /// The breakdown value's code, when broken down (`""`: not recorded).
    pub value: Option<String>,
    /// Everyone with a baseline answer.
    pub baseline: Published<Baseline>,
    /// Every follow-up point with answers, in order.
    pub follow_ups: Vec<PointFigures>,
}

/// One indicator's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorChange {
    /// The indicator.
    pub indicator: PlanIndicator,
    /// How its change is computed: yes/no (paired proportions) or scale (paired means).
    pub kind: IndicatorKind,
    /// One entry per side the plan measures it for (× breakdown value).
    pub groups: Vec<GroupChange>,
}

/// A plan's change estimates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanChange {
    /// The plan.
    pub plan: PlanId,
    /// Who the figures are for.
    pub audience: Audience,
    /// Confidence level of every interval.
    pub confidence: f64,
    /// Disclosure threshold: figures resting on fewer people are suppressed for others and
    /// marked for the owner.
    pub min_cell: u64,
    /// Figures resting on fewer people than this are flagged unreliable.
    pub unreliable_n: u64,
    /// Attrition above this share flags the change unreliable.
    pub max_attrition: f64,
    /// The baseline, then every follow-up point that has answers, in order.
    pub points: Vec<CollectionPoint>,
    /// The breakdown, if asked for.
    pub breakdown: Option<ChangeBreakdown>,
    /// The plan's participants.
    pub participants: usize,
    /// Of them, those whose answers are used (consent allows their use now).
    pub included: usize,
    /// Of them, those who withdrew.
    pub withdrawn: usize,
    /// Every indicator.
    pub indicators: Vec<IndicatorChange>,
}

impl PlanChange {
    /// The collection point with this key.
    pub fn point(&self, key: &str) -> Option<&CollectionPoint> {
        self.points.iter().find(|p| p.key == key)
    }
}

/// How an indicator's change is computed, from how it is answered and, for a plan's own
/// indicators, from the answers themselves (all 0 or 1: yes/no).
fn change_kind(indicator: &PlanIndicator, values: impl Iterator<Item = f64>) -> IndicatorKind {
    match indicator.kind {
        AnswerKind::YesNo => IndicatorKind::YesNo,
        AnswerKind::Scale => IndicatorKind::Scale,
        AnswerKind::Number => {
            let mut any = false;
            for v in values {
                any = true;
                if v != 0.0 && v != 1.0 {
                    return IndicatorKind::Scale;
                }
            }
            if any {
                IndicatorKind::YesNo
            } else {
                IndicatorKind::Scale
            }
        }
    }
}

fn direction(d: Direction) -> tessera_stats::change::Direction {
    match d {
        Direction::Up => tessera_stats::change::Direction::HigherIsBetter,
        Direction::Down => tessera_stats::change::Direction::LowerIsBetter,
    }
}

/// Everything [`compute`] needs, read from the store.
#[derive(Debug, Clone)]
pub struct ChangeInput {
    /// The plan.
    pub context: PlanContext,
    /// The plan's participants with their consent.
    pub register: Vec<Registered>,
    /// Every measurement of the plan.
    pub measurements: Vec<Measurement>,
    /// The breakdown field, if any.
    pub breakdown: Option<Field>,
}

/// Change estimates from what the store holds (pure: no I/O).
///
/// # Errors
/// [`AppError::Invalid`] when a stored answer is not allowed for its indicator (naming the
/// participant and the point); internal errors for tables too large.
pub fn compute(input: &ChangeInput, options: &ChangeOptions) -> AppResult<PlanChange> {
    let context = &input.context;
    // Participants of the plan, in register order; only those whose consent allows use count.
    let index: HashMap<_, usize> = input
        .register
        .iter()
        .enumerate()
        .map(|(i, r)| (r.participant.id, i))
        .collect();
    // Points: the plan's, then any recorded key; keep the baseline and those with answers.
    let all_points = with_recorded(
        context.points.clone(),
        input.measurements.iter().map(|m| m.point.as_str()),
    );
    let used: Vec<CollectionPoint> = all_points
        .into_iter()
        .filter(|p| {
            p.key == BASELINE
                || input
                    .measurements
                    .iter()
                    .any(|m| m.point == p.key && index.contains_key(&m.participant))
        })
        .collect();
    let point_index: HashMap<&str, usize> = used
        .iter()
        .enumerate()
        .map(|(i, p)| (p.key.as_str(), i))
        .collect();
    let indicator_index: HashMap<&str, usize> = context
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| (ind.reference.as_str(), i))
        .collect();
    // One empty follow-up column when there is only the baseline, so baseline figures exist.
    let n_points = used.len().max(2);
    let mut table = MeasurementTable::new(input.register.len(), n_points, context.indicators.len())
        .map_err(AppError::internal)?;
    let mut values_of: Vec<Vec<f64>> = vec![Vec::new(); context.indicators.len()];
    for m in &input.measurements {
        let (Some(&p), Some(&pt)) = (index.get(&m.participant), point_index.get(m.point.as_str()))
        else {
            continue;
        };
        for (reference, value) in &m.answers {
            if let Some(&i) = indicator_index.get(reference.as_str()) {
                table.set(p, pt, i, *value).map_err(AppError::internal)?;
                values_of[i].push(*value);
            }
        }
    }
    // Groups: side (× breakdown value, the last value "not recorded").
    let breakdown = input.breakdown.as_ref().map(|f| {
        let mut values = f.choices.clone();
        if values.is_empty() {
            let mut seen: Vec<String> = input
                .register
                .iter()
                .filter_map(|r| r.participant.attributes.get(&f.key).cloned())
                .collect();
            seen.sort();
            seen.dedup();
            values = seen.into_iter().map(|v| (v.clone(), v)).collect();
        }
        values.push((String::new(), tessera_l10n::t("participants-not-recorded")));
        ChangeBreakdown {
            field: f.key.clone(),
            label: f.label.clone(),
            values,
        }
    });
    let per_side = breakdown.as_ref().map_or(1, |b| b.values.len());
    let side_index = |s: Side| match s {
        Side::Newcomers => 0,
        Side::ReceivingCommunity => 1,
    };
    let cells: Vec<u32> = input
        .register
        .iter()
        .map(|r| {
            if !r.standing.allows_use() {
                return NO_CELL;
            }
            let value = breakdown.as_ref().map_or(0, |b| {
                let v = r
                    .participant
                    .attributes
                    .get(&b.field)
                    .map_or("", String::as_str);
                b.values
                    .iter()
                    .position(|(code, _)| code == v)
                    .unwrap_or(b.values.len() - 1)
            });
            u32::try_from(side_index(r.side) * per_side + value).unwrap_or(NO_CELL)
        })
        .collect();
    let settings: Vec<ChangeIndicator> = context
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| {
            let d = direction(ind.direction);
            match change_kind(ind, values_of[i].iter().copied()) {
                IndicatorKind::YesNo => ChangeIndicator::yes_no(d),
                IndicatorKind::Scale => ChangeIndicator::scale(d),
            }
        })
        .collect();
    let changes = plan_change(&table, &settings, 0, &cells, 2 * per_side, options)
        .map_err(|e| stored_value_error(e, input, &used))?;
    let mut indicators = Vec::with_capacity(context.indicators.len());
    for (i, ind) in context.indicators.iter().enumerate() {
        let mut groups = Vec::new();
        for &side in &ind.sides {
            for v in 0..per_side {
                let cell = side_index(side) * per_side + v;
                let mut baseline = None;
                let mut follow_ups = Vec::new();
                for pc in changes.iter().filter(|c| c.indicator == i) {
                    let Some(c) = pc.cells.get(cell) else {
                        continue;
                    };
                    baseline.get_or_insert_with(|| c.baseline.clone());
                    if pc.point < used.len() {
                        follow_ups.push(PointFigures {
                            point: used[pc.point].key.clone(),
                            follow_up: c.follow_up.clone(),
                            change: c.change.clone(),
                        });
                    }
                }
                let Some(baseline) = baseline else { continue };
                groups.push(GroupChange {
                    side,
                    value: breakdown.as_ref().map(|b| b.values[v].0.clone()),
                    baseline,
                    follow_ups,
                });
            }
        }
        indicators.push(IndicatorChange {
            indicator: ind.clone(),
            kind: settings[i].kind,
            groups,
        });
    }
    let th = options.thresholds;
    Ok(PlanChange {
        plan: context.id,
        audience: options.audience,
        confidence: th.confidence,
        min_cell: th.min_cell,
        unreliable_n: th.unreliable_n,
        max_attrition: options.max_attrition,
        points: used,
        breakdown,
        participants: input.register.len(),
        included: input
            .register
            .iter()
            .filter(|r| r.standing.allows_use())
            .count(),
        withdrawn: input
            .register
            .iter()
            .filter(|r| matches!(r.standing, super::consent::Standing::Withdrawn { .. }))
            .count(),
        indicators,
    })
}

/// A stored answer the statistics refuse, said with the participant's code and the point.
fn stored_value_error(e: ChangeError, input: &ChangeInput, points: &[CollectionPoint]) -> AppError {
    match e {
        ChangeError::InvalidValue {
            participant,
            point,
            value,
            ..
        } => {
            let code = input
                .register
                .get(participant.saturating_sub(1))
                .map_or_else(String::new, |r| r.participant.code.clone());
            // "collection point N (indicator M)": name the point by its label.
            let n: usize = point
                .split_whitespace()
                .nth(2)
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let label = points
                .get(n.saturating_sub(1))
                .map_or(point.clone(), |p| p.label.clone());
            AppError::Invalid(ta(
                "participants-error-stored-value",
                &[
                    ("code", code.into()),
                    ("point", label.into()),
                    ("value", value.into()),
                ],
            ))
        }
        other => AppError::internal(other),
    }
}

impl App {
    /// A plan's change estimates for `audience`, by side or by side × the descriptive field
    /// `by` (a key of the organisation's fields): the function pages, the API and a plan's
    /// progress call.
    pub async fn plan_change(
        &self,
        org: OrgId,
        plan: &str,
        audience: Audience,
        by: Option<&str>,
    ) -> AppResult<PlanChange> {
        let input = self.change_input(org, plan, by).await?;
        compute(&input, &ChangeOptions::for_audience(audience))
    }

    /// Reads what a plan's change estimates need from the store.
    pub async fn change_input(
        &self,
        org: OrgId,
        plan: &str,
        by: Option<&str>,
    ) -> AppResult<ChangeInput> {
        let context = self.plan_context(org, plan).await?;
        let breakdown = match by.map(str::trim).filter(|b| !b.is_empty()) {
            None => None,
            Some(key) => Some(
                self.participant_fields(org)
                    .await?
                    .into_iter()
                    .find(|f| f.key == key)
                    .ok_or_else(|| {
                        AppError::Invalid(ta(
                            "participants-error-breakdown",
                            &[("field", key.into())],
                        ))
                    })?,
            ),
        };
        let register = self.register(org, Some(context.id)).await?;
        let measurements = self.store().plan_measurements(org, context.id).await?;
        Ok(ChangeInput {
            context,
            register,
            measurements,
            breakdown,
        })
    }
}
