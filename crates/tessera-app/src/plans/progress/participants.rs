//! Progress from the plan's own participants: the same people at the baseline and at the
//! latest follow-up.
//!
//! The figures are the participants module's change estimates ([`crate::participants::change`],
//! for the owning organisation: small numbers shown and marked). The latest follow-up point
//! whose answers were all given after the plan's start is judged: its level is the followed-up
//! people's baseline plus their change, and its interval the baseline plus the paired interval
//! of the change (paired t for scales, Newcombe's paired interval for yes/no answers; see
//! `docs/change-estimates.md`). Judging the paired change rather than the follow-up level on
//! its own keeps what the same people gained apart from who happened to answer; the baseline
//! the judgement uses is therefore the followed-up people's own, not the plan's stated figure.

use std::collections::HashMap;

use tessera_plan::{OutcomeIndicator, Plan, ProgressStatus, Side, SourceKind, Unit, UnitKind};
use tessera_stats::change::{Audience, Change, ChangeOptions, ChangeReason, IndicatorKind};
use tessera_store::{OrgId, PlanId};
use time::Date;

use super::{ChangeFigures, NotJudged, ProgressRow};
use crate::App;
use crate::participants::change::{PlanChange, PointFigures, compute};
use crate::participants::points::BASELINE;

/// A plan's change estimates with the day each collection point's first answer was given.
#[derive(Debug, Clone)]
pub struct ParticipantsEvidence {
    /// The change estimates, for the owning organisation.
    pub change: PlanChange,
    /// Collection point key → the earliest day an answer at it was given.
    pub first_answer: HashMap<String, Date>,
}

/// The evidence, or why there is none (a message for the person).
pub type ChangeResult = Result<ParticipantsEvidence, String>;

impl App {
    /// A plan's change estimates for its progress; a failure becomes the rows' explanation.
    pub(crate) async fn participants_change(&self, org: OrgId, plan: PlanId) -> ChangeResult {
        let input = self
            .change_input(org, &plan.0.to_string(), None)
            .await
            .map_err(|e| e.to_string())?;
        let change = compute(&input, &ChangeOptions::for_audience(Audience::Owner))
            .map_err(|e| e.to_string())?;
        let mut first_answer: HashMap<String, Date> = HashMap::new();
        for m in &input.measurements {
            let Some(day) = crate::participants::parse_date(&m.measured_on) else {
                continue;
            };
            first_answer
                .entry(m.point.clone())
                .and_modify(|d| *d = (*d).min(day))
                .or_insert(day);
        }
        Ok(ParticipantsEvidence {
            change,
            first_answer,
        })
    }
}

/// Puts a follow-up point's figures on the row, in the row's unit.
fn fill(row: &mut ProgressRow, evidence: &ParticipantsEvidence, pf: &PointFigures, scale: f64) {
    row.period = evidence.change.point(&pf.point).map(|p| p.label.clone());
    let (level, baseline, low, high) = match pf.change.figures() {
        Some(Change::YesNo(p)) => (
            Some(p.follow_up),
            Some(p.baseline),
            Some(p.ci.low),
            Some(p.ci.high),
        ),
        Some(Change::Scale(m)) => (
            Some(m.mean_follow_up),
            Some(m.mean_baseline),
            m.ci.map(|c| c.low),
            m.ci.map(|c| c.high),
        ),
        None => (None, None, None, None),
    };
    let figures = pf.follow_up.figures();
    row.estimate = level.map(|v| v * scale);
    // A level cannot leave its unit's range (a share above 100%), though baseline + the
    // change's interval can: the interval is cut at the range's ends.
    let (floor, ceiling) = row.unit.range();
    let clamp = |x: f64| {
        let x = floor.map_or(x, |f| x.max(f));
        ceiling.map_or(x, |c| x.min(c))
    };
    row.ci_low = baseline.zip(low).map(|(b, l)| clamp((b + l) * scale));
    row.ci_high = baseline.zip(high).map(|(b, h)| clamp((b + h) * scale));
    row.estimate_status = Some(pf.change.status());
    row.change = Some(ChangeFigures {
        point: pf.point.clone(),
        point_label: row.period.clone().unwrap_or_else(|| pf.point.clone()),
        n_baseline: figures.map_or(0, |f| f.n_baseline),
        n_followed_up: figures.map_or(0, |f| f.n_followed_up),
        attrition: figures.map_or(0, |f| f.attrition),
        attrition_share: figures.map_or(0.0, |f| f.attrition_share),
        baseline: baseline.map(|b| b * scale),
        estimate: pf.change.figures().map(|c| c.value() * scale),
        ci_low: low.map(|l| l * scale),
        ci_high: high.map(|h| h * scale),
        status: pf.change.status(),
    });
}

/// The reasons a follow-up's change is unreliable, in words; none when it is not.
fn unreliable_reasons(pf: &PointFigures) -> Option<String> {
    let reasons = pf.change.reasons();
    if pf.change.status() != tessera_stats::Status::Unreliable || reasons.is_empty() {
        return None;
    }
    let mut keys: Vec<&str> = reasons
        .iter()
        .map(|r| match r {
            ChangeReason::HighAttrition => "plans-progress-unreliable-attrition",
            ChangeReason::NoVariation | ChangeReason::SinglePair => {
                "plans-progress-unreliable-no-interval"
            }
            _ => "plans-progress-unreliable-few",
        })
        .collect();
    keys.dedup();
    let reasons = keys
        .iter()
        .map(|k| tessera_l10n::t(k))
        .collect::<Vec<_>>()
        .join("; ");
    Some(tessera_l10n::ta(
        "plans-progress-unreliable-change",
        &[("reasons", reasons.into())],
    ))
}

/// Why nothing can be said yet, as a "can't tell yet" row.
fn cannot_tell(mut row: ProgressRow, explanation: String) -> ProgressRow {
    row.status = Some(ProgressStatus::CantTellYet);
    row.explanation = explanation;
    row
}

/// The row of `ind` for `side` from the plan's participants.
pub fn row(
    plan: &Plan,
    catalogue: &tessera_framework::Catalogue,
    outcome: &tessera_plan::Outcome,
    ind: &OutcomeIndicator,
    side: Side,
    evidence: &ChangeResult,
) -> ProgressRow {
    let mut row = ProgressRow::empty(
        plan,
        catalogue,
        outcome,
        ind,
        side,
        SourceKind::Participants,
    );
    row.source_name = tessera_l10n::t("plans-progress-participants");
    let evidence = match evidence {
        Ok(e) => e,
        Err(message) => return cannot_tell(row, message.clone()),
    };
    let Some(change) = evidence
        .change
        .indicators
        .iter()
        .find(|i| i.indicator.reference == ind.indicator)
    else {
        return cannot_tell(row, tessera_l10n::t("plans-progress-no-answers"));
    };
    let percent = change.kind == IndicatorKind::YesNo;
    let scale = if percent { 100.0 } else { 1.0 };
    row.unit = if percent {
        Unit::PERCENTAGE
    } else {
        match row.target_unit {
            Some(u) if u.kind == UnitKind::Mean => u,
            _ => Unit::of(UnitKind::Mean),
        }
    };
    let Some(group) = change
        .groups
        .iter()
        .find(|g| g.side == side && g.value.is_none())
    else {
        return cannot_tell(row, tessera_l10n::t("plans-progress-no-answers"));
    };
    if group.baseline.figures().is_none_or(|b| b.n == 0) {
        return cannot_tell(row, tessera_l10n::t("plans-progress-no-answers"));
    }
    row.evidence_baseline = group.baseline.figures().map(|b| b.value * scale);
    row.baseline_period = evidence.change.point(BASELINE).map(|p| p.label.clone());
    let wanted: &[String] = ind
        .evidence
        .as_ref()
        .map_or(&[], |e| e.follow_ups.as_slice());
    let (mut after, mut before): (Option<&PointFigures>, Option<&PointFigures>) = (None, None);
    for pf in &group.follow_ups {
        if !wanted.is_empty() && !wanted.contains(&pf.point) {
            continue;
        }
        let is_before = plan.start_date.is_some_and(|start| {
            evidence
                .first_answer
                .get(&pf.point)
                .is_none_or(|first| *first <= start)
        });
        let slot = if is_before { &mut before } else { &mut after };
        // The latest point with figures; a point without any only when none has them.
        if pf.change.figures().is_some() || slot.is_none_or(|s| s.change.figures().is_none()) {
            *slot = Some(pf);
        }
    }
    match (after, before) {
        (Some(pf), _) => {
            fill(&mut row, evidence, pf, scale);
            let paired_baseline = row.change.as_ref().and_then(|c| c.baseline);
            if row.estimate.is_none() {
                return cannot_tell(row, tessera_l10n::t("plans-progress-too-few"));
            }
            row.judge(ind.direction, paired_baseline);
            // Say why a change is unreliable in the words of its reasons (few people, people
            // lost since the baseline), not the datasets' "few responses".
            if let (Some(status), Some(reasons)) = (row.status, unreliable_reasons(pf)) {
                row.explanation = format!("{} {reasons}", status.explanation_text());
            }
            row
        }
        (None, Some(pf)) => {
            fill(&mut row, evidence, pf, scale);
            row.not_judged(NotJudged::BeforeStart);
            row
        }
        (None, None) => cannot_tell(row, tessera_l10n::t("plans-progress-no-follow-up")),
    }
}
