//! Progress: each plan indicator judged from the evidence it names, honestly and in its unit.
//!
//! Every indicator of a plan names its **evidence source** ([`tessera_plan::IndicatorEvidence`]):
//! - `participants` — the plan's own participants: the change for the same people from the
//!   baseline to the latest follow-up ([`participants`]), from [`crate::App::change_input`];
//! - `dataset` — one dataset of the organisation, filtered to the people the work reaches
//!   ([`dataset`]);
//! - `context` — nothing judges it.
//!
//! Whatever the source, datasets of a wider population named as context are shown beside the
//! plan, in [`PlanProgress::context`], and never given a status. A plan written before evidence
//! sources existed names none: its indicators are context only, with the datasets that measure
//! them and were imported before the plan was created (the datasets that used to judge it), so
//! an old plan is never judged from a dataset it did not choose and a later upload adds nothing.
//!
//! **Time**: a plan's start date divides the evidence. Only evidence collected wholly after the
//! start is judged against the targets; evidence collected on or before the start is a baseline
//! ("before the plan started"), never judged. A dataset's collection period comes from its wave
//! labels ([`period`]); a dataset without one, or a plan without a start date, is not judged
//! from a dataset, and the row says why. Participants' follow-ups are judged when their answers
//! were all given after the start (or, without a start date, because a follow-up follows the
//! baseline by design).
//!
//! **Units**: the baseline and target are in the unit the indicator states (or its catalogue
//! indicator implies); evidence in another unit (a 0–10 mean against a percentage target) is
//! not judged. Saving such a plan is refused ([`crate::plans::evidence`]); this is the net for
//! plans saved before. Shares of people are percentages (0–100) everywhere here.
//!
//! The judgement itself is [`tessera_plan::progress_status`] on the interval.

pub mod dataset;
pub mod participants;
pub mod period;
#[cfg(test)]
mod tests;

use serde::Serialize;
use tessera_plan::{
    DatasetFilter, OutcomeIndicator, Plan, ProgressStatus, Side, SourceKind, Unit, UnitKind,
};
use tessera_stats::Status;
use tessera_store::{DatasetId, OrgId, PlanRecord, prelude::*};

use crate::{App, AppResult};

/// Why a row has no status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotJudged {
    /// A wider population shown beside the plan: never judged.
    Context,
    /// Collected on or before the plan's start: a baseline, not progress.
    BeforeStart,
    /// The plan has no start date, so evidence from a dataset cannot be placed before or after it.
    NoStartDate,
    /// The dataset does not say when it was collected.
    NoPeriod,
    /// The evidence is in another unit than the baseline and target.
    UnitMismatch,
}

impl NotJudged {
    /// The code, as the API writes it.
    pub fn code(self) -> &'static str {
        match self {
            NotJudged::Context => "context",
            NotJudged::BeforeStart => "before_start",
            NotJudged::NoStartDate => "no_start_date",
            NotJudged::NoPeriod => "no_period",
            NotJudged::UnitMismatch => "unit_mismatch",
        }
    }

    /// A few words for a status column, in the request's language.
    pub fn text(self) -> String {
        tessera_l10n::t(&format!("plans-progress-not-judged-{}", self.code()))
    }
}

/// The change for the same people from the baseline to a follow-up point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChangeFigures {
    /// The follow-up point's key.
    pub point: String,
    /// Its name.
    pub point_label: String,
    /// People with a baseline answer.
    pub n_baseline: u64,
    /// Of them, people answering at this follow-up.
    pub n_followed_up: u64,
    /// Of them, people not followed up.
    pub attrition: u64,
    /// Attrition as a share of the baseline (0–1).
    pub attrition_share: f64,
    /// The baseline of the people followed up, in the row's unit.
    pub baseline: Option<f64>,
    /// Follow-up − baseline, in the row's unit (percentage points for shares).
    pub estimate: Option<f64>,
    /// Its paired interval, lower end.
    pub ci_low: Option<f64>,
    /// Its paired interval, upper end.
    pub ci_high: Option<f64>,
    /// `ok`, `unreliable` (small numbers shown to their owner, high attrition) or `suppressed`.
    pub status: Status,
}

/// One plan indicator, for one side, against one piece of evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgressRow {
    /// The outcome's id.
    pub outcome: String,
    /// The outcome's text.
    pub outcome_text: String,
    /// The indicator reference.
    pub indicator: String,
    /// The indicator's name.
    pub indicator_name: String,
    /// The side.
    pub side: Side,
    /// Where the figures come from (`context` for every row of [`PlanProgress::context`]).
    pub source: SourceKind,
    /// The dataset, for dataset and context rows.
    pub dataset: Option<DatasetId>,
    /// The dataset's name, or the words for the plan's participants.
    pub source_name: String,
    /// The dataset's measure.
    pub measure: Option<String>,
    /// Its label.
    pub measure_label: Option<String>,
    /// The rows of the people reached, for a dataset.
    pub filter: Option<DatasetFilter>,
    /// The wave, or the collection point, of the latest figure.
    pub period: Option<String>,
    /// What the figures are in: a percentage for shares of people, else the evidence's unit.
    pub unit: Unit,
    /// What the baseline and target are in (stated, or implied by the catalogue).
    pub target_unit: Option<Unit>,
    /// True while a dataset's estimates are still being computed.
    pub computing: bool,
    /// The latest figure (after the start, or the most recent when none is).
    pub estimate: Option<f64>,
    /// Its interval, lower end.
    pub ci_low: Option<f64>,
    /// Its interval, upper end.
    pub ci_high: Option<f64>,
    /// Whether the latest figure was publishable (`ok`), `unreliable` or `suppressed`.
    pub estimate_status: Option<Status>,
    /// The plan's stated baseline.
    pub baseline: Option<f64>,
    /// The baseline the evidence gives, from before (or at) the start.
    pub evidence_baseline: Option<f64>,
    /// The wave or collection point of that baseline.
    pub baseline_period: Option<String>,
    /// The plan's target.
    pub target: Option<f64>,
    /// When the target should be reached.
    pub target_date: Option<tessera_plan::Date>,
    /// The change for the same people (participants only).
    pub change: Option<ChangeFigures>,
    /// On track, off track, or can't tell yet; none when not judged.
    pub status: Option<ProgressStatus>,
    /// Why there is no status.
    pub not_judged: Option<NotJudged>,
    /// Why, in plain words.
    pub explanation: String,
}

impl ProgressRow {
    /// Whether figures are percentages.
    pub fn percent(&self) -> bool {
        self.unit.kind == UnitKind::Percentage
    }

    /// A row for `ind` and `side` with nothing measured yet.
    pub(crate) fn empty(
        plan: &Plan,
        catalogue: &tessera_framework::Catalogue,
        outcome: &tessera_plan::Outcome,
        ind: &OutcomeIndicator,
        side: Side,
        source: SourceKind,
    ) -> Self {
        let target_unit = tessera_plan::implied_unit(ind, catalogue);
        Self {
            outcome: outcome.id.clone(),
            outcome_text: outcome.text.clone(),
            indicator: ind.indicator.clone(),
            indicator_name: super::indicator_name(plan, catalogue, &ind.indicator),
            side,
            source,
            dataset: None,
            source_name: String::new(),
            measure: None,
            measure_label: None,
            filter: None,
            period: None,
            unit: target_unit.unwrap_or(Unit::PERCENTAGE),
            target_unit,
            computing: false,
            estimate: None,
            ci_low: None,
            ci_high: None,
            estimate_status: None,
            baseline: ind.baseline,
            evidence_baseline: None,
            baseline_period: None,
            target: ind.target,
            target_date: ind.target_date,
            change: None,
            status: None,
            not_judged: None,
            explanation: String::new(),
        }
    }

    /// Marks the row as not judged, for `why`, with its explanation.
    pub(crate) fn not_judged(&mut self, why: NotJudged) {
        self.status = None;
        self.not_judged = Some(why);
        self.explanation =
            tessera_l10n::t(&format!("plans-progress-not-judged-{}-why", why.code()));
    }

    /// Judges the row from its latest figure and interval against `baseline`, unless the
    /// evidence's unit differs from the target's.
    pub(crate) fn judge(&mut self, direction: tessera_plan::Direction, baseline: Option<f64>) {
        if let Some(u) = self.target_unit
            && u.kind != self.unit.kind
        {
            self.not_judged(NotJudged::UnitMismatch);
            self.explanation = tessera_l10n::ta(
                "plans-progress-unit-mismatch",
                &[
                    ("unit", u.text().into()),
                    ("evidence", self.unit.text().into()),
                ],
            );
            return;
        }
        let status = tessera_plan::progress_status(
            direction,
            baseline,
            self.target,
            self.estimate,
            self.ci_low,
            self.ci_high,
        );
        self.status = Some(status);
        self.not_judged = None;
        let mut e = status.explanation_text();
        if self.estimate_status.is_some_and(Status::is_unreliable) {
            e.push(' ');
            e.push_str(&tessera_l10n::t("plans-progress-unreliable"));
        }
        self.explanation = e;
    }
}

/// A plan's progress: rows judged from the evidence each indicator names, and context rows.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlanProgress {
    /// One row per indicator and side whose evidence is participants or a dataset.
    pub rows: Vec<ProgressRow>,
    /// Datasets of a wider population shown beside the plan: never judged.
    pub context: Vec<ProgressRow>,
}

impl PlanProgress {
    /// Whether some dataset's estimates are still being computed.
    pub fn computing(&self) -> bool {
        self.rows.iter().chain(&self.context).any(|r| r.computing)
    }

    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty() && self.context.is_empty()
    }
}

impl App {
    /// A plan's progress: each indicator from the evidence it names, and its context.
    pub async fn progress(
        &self,
        org: OrgId,
        record: &PlanRecord,
        plan: &Plan,
    ) -> AppResult<PlanProgress> {
        let mut out = PlanProgress::default();
        let change = if plan
            .outcome_indicators()
            .any(|(_, i)| i.source() == SourceKind::Participants)
        {
            Some(self.participants_change(org, record.id).await)
        } else {
            None
        };
        let old_context = self.old_context(org, record, plan).await?;
        for (outcome, ind) in plan.outcome_indicators() {
            let sides = plan.sides_of(ind);
            match (ind.source(), &change) {
                (SourceKind::Participants, Some(change)) => {
                    for &side in &sides {
                        out.rows.push(participants::row(
                            plan,
                            &*self.catalogue_for(org).await?,
                            outcome,
                            ind,
                            side,
                            change,
                        ));
                    }
                }
                (SourceKind::Dataset, _) => {
                    for &side in &sides {
                        out.rows
                            .push(self.dataset_row(org, plan, outcome, ind, side).await?);
                    }
                }
                _ => {}
            }
            let context: Vec<i64> = match &ind.evidence {
                Some(e) => e.context.clone(),
                None => old_context
                    .iter()
                    .filter(|(_, refs)| refs.contains(&ind.indicator))
                    .map(|(id, _)| *id)
                    .collect(),
            };
            for id in context {
                for &side in &sides {
                    if let Some(row) = self
                        .context_row(org, plan, outcome, ind, side, DatasetId(id))
                        .await?
                    {
                        out.context.push(row);
                    }
                }
            }
        }
        Ok(out)
    }

    /// For a plan that names no evidence: the datasets imported before the plan was created,
    /// with the indicators they measure (the context its indicators without evidence show; the
    /// indicator form offers them as the indicator's context).
    pub async fn old_context(
        &self,
        org: OrgId,
        record: &PlanRecord,
        plan: &Plan,
    ) -> AppResult<Vec<(i64, Vec<String>)>> {
        if plan.outcome_indicators().all(|(_, i)| i.evidence.is_some()) {
            return Ok(Vec::new());
        }
        let when = |text: &str| {
            time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()
        };
        let Some(plan_created) = when(&record.created_at) else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for summary in self.store().datasets(org).await? {
            if when(&summary.created_at).is_none_or(|d| d >= plan_created) {
                continue;
            }
            let Some(d) = self.store().dataset(org, summary.id).await? else {
                continue;
            };
            let Ok(mapping) =
                serde_json::from_value::<tessera_stats::mapping::DatasetMapping>(d.mapping)
            else {
                continue;
            };
            let refs: Vec<String> = mapping
                .measures
                .iter()
                .filter_map(|m| m.indicator.clone())
                .collect();
            out.push((summary.id.0, refs));
        }
        Ok(out)
    }
}
