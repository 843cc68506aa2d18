//! What a partner's report for a period holds: a snapshot, taken when it is submitted, of the
//! partner plan's progress figures, its outputs and attendance in the period, and the stories it
//! chose whose consent covers sharing with the commissioner and publication.
//!
//! The snapshot keeps the partner's own figures whole (the partner may always read its own
//! data); what the commissioner reads of it goes through [`super::combined`], which hides small
//! counts across all partners of the period.

use serde::{Deserialize, Serialize};
use tessera_plan::UnitKind;
use tessera_stats::pooling::PooledKind;
use tessera_store::{OrgId, PartnerLink, ReportingPeriod, Story, StoryId, prelude::*};

use crate::participants::outputs::attendance_of;
use crate::participants::parse_date;
use crate::stories::consent::{Scopes, scopes};
use crate::{App, AppResult};

/// The snapshot format's version, kept with every snapshot.
pub const SNAPSHOT_VERSION: u32 = 1;

/// The sides attendance is counted by, in order (the last, `""`, is "not recorded").
pub const ATTENDANCE_SIDES: [&str; 3] = ["newcomers", "receiving_community", ""];

/// A partner's report for a period as submitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportSnapshot {
    /// [`SNAPSHOT_VERSION`].
    pub version: u32,
    /// The partner's name.
    pub partner: String,
    /// The partner's plan's title.
    pub plan_title: String,
    /// The period's name.
    pub period_label: String,
    /// The period's first day.
    pub period_start: String,
    /// The period's last day.
    pub period_end: String,
    /// The partner's own words for the period.
    pub narrative: String,
    /// The plan's progress figures when submitted, one per indicator and side.
    pub progress: Vec<SnapshotFigure>,
    /// Sessions and attendance logged for outputs in the period.
    pub outputs: SnapshotOutputs,
    /// The stories chosen for sharing.
    pub stories: Vec<SnapshotStory>,
}

/// One progress figure of the partner's plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnapshotFigure {
    /// The indicator reference (a catalogue indicator id or a local indicator).
    pub indicator: String,
    /// Its name.
    pub indicator_name: String,
    /// `newcomers` or `receiving_community`.
    pub side: String,
    /// A proportion (value in percent) or a mean; none for counts and rates, which are not
    /// pooled.
    pub kind: Option<PooledKind>,
    /// The unit the figure is in.
    pub unit: tessera_plan::Unit,
    /// Where the figure comes from (`participants`, `dataset`).
    pub source: String,
    /// The wave or collection point.
    pub period: Option<String>,
    /// The latest figure, in the unit (percent for a proportion).
    pub value: Option<f64>,
    /// Its interval, lower end.
    pub ci_low: Option<f64>,
    /// Its interval, upper end.
    pub ci_high: Option<f64>,
    /// The people it rests on, when known (the plan's participants followed up).
    pub n: Option<u64>,
    /// `ok`, `unreliable` or `suppressed`.
    pub status: Option<String>,
}

impl SnapshotFigure {
    /// Whether two partners' figures measure the same indicator the same way, so that they may
    /// be pooled: same indicator, side, kind and unit.
    pub fn same_measure(&self, other: &Self) -> bool {
        self.indicator == other.indicator
            && self.side == other.side
            && self.kind == other.kind
            && self.unit == other.unit
    }
}

/// Sessions and attendance in the period, over all the plan's outputs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotOutputs {
    /// Sessions held.
    pub sessions: u64,
    /// Attendances by side, in the order of [`ATTENDANCE_SIDES`].
    pub attendance_by_side: Vec<u64>,
}

impl SnapshotOutputs {
    /// All attendances.
    pub fn attendances(&self) -> u64 {
        self.attendance_by_side.iter().sum()
    }
}

/// A story chosen for sharing, as it read when submitted (no participant code: the
/// commissioner does not hold the partner's register).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotStory {
    /// The kind (`testimony`, `case_study`…).
    pub kind: String,
    /// Its title.
    pub title: String,
    /// Its text.
    pub body: String,
    /// When it happened.
    pub occurred_on: Option<String>,
    /// The sides it speaks for.
    pub sides: Vec<String>,
    /// The organisation's themes.
    pub themes: Vec<String>,
}

/// Whether a story may be shared with a commissioner: its consent covers sharing with partners
/// and publication (and use in reports) now.
pub fn may_share(s: &Scopes) -> bool {
    s.sharing && s.allows_report()
}

fn snapshot_story(story: &Story) -> SnapshotStory {
    let tags = |kind: &str| {
        story
            .tags
            .iter()
            .filter(|t| t.kind == kind)
            .map(|t| t.value.clone())
            .collect()
    };
    SnapshotStory {
        kind: story.kind.clone(),
        title: story.title.clone(),
        body: story.body.clone(),
        occurred_on: story.occurred_on.clone(),
        sides: tags("side"),
        themes: tags("theme"),
    }
}

/// Sessions and attendance of the logs whose first day falls in `[start, end]`.
pub fn outputs_in(logs: &[tessera_store::OutputLog], start: &str, end: &str) -> SnapshotOutputs {
    let (Some(start), Some(end)) = (parse_date(start), parse_date(end)) else {
        return SnapshotOutputs::default();
    };
    let mut out = SnapshotOutputs {
        sessions: 0,
        attendance_by_side: vec![0; ATTENDANCE_SIDES.len()],
    };
    for log in logs {
        if !parse_date(&log.period_start).is_some_and(|d| d >= start && d <= end) {
            continue;
        }
        out.sessions += u64::try_from(log.sessions).unwrap_or(0);
        for row in attendance_of(log) {
            let side = row.side.as_deref().unwrap_or("");
            let at = ATTENDANCE_SIDES
                .iter()
                .position(|s| *s == side)
                .unwrap_or(ATTENDANCE_SIDES.len() - 1);
            out.attendance_by_side[at] += row.count;
        }
    }
    out
}

/// Why a story cannot go into a report to a commissioner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoryRefusal {
    /// Not one of the partner's stories.
    Unknown(StoryId),
    /// Its consent does not cover sharing with the commissioner and publication.
    Consent(String),
}

impl App {
    /// The partner's stories, each with whether its consent lets it be shared with a
    /// commissioner.
    pub async fn shareable_stories(&self, org: OrgId) -> AppResult<Vec<(Story, bool)>> {
        Ok(self
            .store()
            .stories(org)
            .await?
            .into_iter()
            .map(|s| {
                let ok = may_share(&scopes(&s));
                (s, ok)
            })
            .collect())
    }

    /// Takes the snapshot of the partner's plan for `period` under `link`, with the chosen
    /// stories; the stories refused, if any.
    pub(crate) async fn take_snapshot(
        &self,
        org: OrgId,
        link: &PartnerLink,
        period: &ReportingPeriod,
        stories: &[StoryId],
        narrative: &str,
    ) -> AppResult<Result<ReportSnapshot, Vec<StoryRefusal>>> {
        let mut chosen = Vec::new();
        let mut refused = Vec::new();
        let all = self.store().stories(org).await?;
        for id in stories {
            match all.iter().find(|s| s.id == *id) {
                None => refused.push(StoryRefusal::Unknown(*id)),
                Some(s) if !may_share(&scopes(s)) => {
                    refused.push(StoryRefusal::Consent(s.title.clone()));
                }
                Some(s) => chosen.push(snapshot_story(s)),
            }
        }
        if !refused.is_empty() {
            return Ok(Err(refused));
        }
        let plan_id = link.partner_plan.ok_or_else(super::not_found)?;
        let (record, plan) = self.plan(org, &plan_id.to_string()).await?;
        let progress = self.progress(org, &record, &plan).await?;
        let figures = progress
            .rows
            .iter()
            .map(|row| {
                let kind = match row.unit.kind {
                    UnitKind::Percentage => Some(PooledKind::Proportion),
                    UnitKind::Mean => Some(PooledKind::Mean),
                    UnitKind::Count | UnitKind::Rate => None,
                };
                SnapshotFigure {
                    indicator: row.indicator.clone(),
                    indicator_name: row.indicator_name.clone(),
                    side: row.side.code().to_owned(),
                    kind,
                    unit: row.unit,
                    source: row.source.code().to_owned(),
                    period: row.period.clone(),
                    value: row.estimate,
                    ci_low: row.ci_low,
                    ci_high: row.ci_high,
                    n: row.change.as_ref().map(|c| c.n_followed_up),
                    status: row.estimate_status.and_then(|s| {
                        serde_json::to_value(s)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                    }),
                }
            })
            .collect();
        let logs = self.store().output_logs(org, record.id).await?;
        Ok(Ok(ReportSnapshot {
            version: SNAPSHOT_VERSION,
            partner: link.partner_name.clone(),
            plan_title: record.title.clone(),
            period_label: period.label.clone(),
            period_start: period.period_start.clone(),
            period_end: period.period_end.clone(),
            narrative: narrative.trim().to_owned(),
            progress: figures,
            outputs: outputs_in(&logs, &period.period_start, &period.period_end),
            stories: chosen,
        }))
    }
}
