//! What a library entry says: a snapshot of the plan's evaluation taken when it is published,
//! so later edits to the plan never change what others read (republishing takes a new one).
//!
//! The figures are the plan's progress ([`crate::plans::progress`]) written for people outside
//! the organisation. Small numbers are suppressed exactly as in reports: a dataset's figure
//! keeps its own status (its suppression is the same for everyone), and a figure from the
//! plan's participants is published only where the change computed for others
//! (`tessera_stats`' `Audience::Others`) has figures for that indicator, side and collection
//! point. A suppressed figure keeps no number at all, so none can leak from the stored snapshot.

use serde::{Deserialize, Serialize};
use tessera_plan::{Plan, ProgressStatus, Side, SourceKind};
use tessera_stats::Status;
use tessera_stats::change::Audience;
use tessera_store::{OrgId, PlanRecord, Story};

use crate::participants::change::PlanChange;
use crate::plans::progress::ProgressRow;
use crate::{App, AppResult};

/// A target group as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryGroup {
    /// Its name.
    pub name: String,
    /// Its side.
    pub side: Side,
}

/// One figure of the plan's progress, fixed at publication.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The indicator reference.
    pub indicator: String,
    /// Its name when published.
    pub indicator_name: String,
    /// The side.
    pub side: Side,
    /// `participants` or `dataset`.
    pub source: String,
    /// Whether the figures are percentages.
    pub percent: bool,
    /// The wave or collection point of the figure.
    pub period: Option<String>,
    /// The latest figure (none when suppressed or not measured).
    pub estimate: Option<f64>,
    /// Its interval, lower end.
    pub ci_low: Option<f64>,
    /// Its interval, upper end.
    pub ci_high: Option<f64>,
    /// The plan's stated baseline.
    pub baseline: Option<f64>,
    /// The plan's target.
    pub target: Option<f64>,
    /// The change for the same people (participants only), with its interval.
    pub change: Option<f64>,
    /// Its lower end.
    pub change_low: Option<f64>,
    /// Its upper end.
    pub change_high: Option<f64>,
    /// People followed up (participants only, and only when publishable).
    pub people: Option<u64>,
    /// Whether small numbers were suppressed.
    pub suppressed: bool,
    /// Whether the figure is unreliable (few responses, people lost since the baseline).
    pub unreliable: bool,
    /// The verdict: on track, off track, can't tell yet.
    pub status: Option<ProgressStatus>,
    /// Why there is no verdict (`context`, `before_start`…), when there is none.
    pub not_judged: Option<String>,
}

impl Figure {
    /// Whether it shows an interval (uncertainty) at all.
    pub fn has_interval(&self) -> bool {
        (self.ci_low.is_some() && self.ci_high.is_some())
            || (self.change_low.is_some() && self.change_high.is_some())
    }

    /// The verdict in plain words, in the request's language.
    pub fn verdict(&self) -> String {
        if self.suppressed {
            return tessera_l10n::t("library-figure-suppressed-why");
        }
        match (self.status, &self.not_judged) {
            (Some(status), _) => {
                let mut words = format!("{}: {}", status.text(), status.explanation_text());
                if self.unreliable {
                    words.push(' ');
                    words.push_str(&tessera_l10n::t("library-figure-unreliable"));
                }
                words
            }
            (None, Some(code)) => tessera_l10n::t(&format!("plans-progress-not-judged-{code}-why")),
            (None, None) => tessera_l10n::t("library-figure-no-verdict"),
        }
    }
}

/// A story chosen for the entry (its consent covered publication when it was chosen; it is
/// shown only while it still does).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryStory {
    /// The story's id in the publishing organisation.
    pub id: i64,
    /// Its kind (`testimony`, `case_study`…).
    pub kind: String,
    /// Title.
    pub title: String,
    /// Its text.
    pub body: String,
}

/// The snapshot an entry keeps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntryContent {
    /// What was done, in the publisher's words.
    pub summary: String,
    /// The plan's goal.
    pub goal: String,
    /// The plan's activities.
    pub activities: Vec<String>,
    /// With whom.
    pub target_groups: Vec<EntryGroup>,
    /// The sides the work reached.
    pub sides: Vec<Side>,
    /// When the work started (`YYYY-MM-DD`).
    pub started_on: Option<String>,
    /// When it ended, or the figures were taken.
    pub ended_on: Option<String>,
    /// What changed.
    pub figures: Vec<Figure>,
    /// What did not work.
    pub not_worked: String,
    /// Lessons for others.
    pub lessons: String,
    /// Costs, if the organisation wants to say.
    pub costs: String,
    /// Stories chosen, with consent for publication.
    pub stories: Vec<EntryStory>,
    /// The disclosure threshold the figures were suppressed at.
    pub min_cell: u64,
    /// The plan as published, to copy from (evidence and start date left out).
    pub plan: serde_json::Value,
}

impl EntryContent {
    /// Reads a stored snapshot back.
    pub fn from_value(value: &serde_json::Value) -> AppResult<Self> {
        serde_json::from_value(value.clone()).map_err(crate::AppError::internal)
    }

    /// Whether any figure shows its uncertainty.
    pub fn shows_uncertainty(&self) -> bool {
        self.figures.iter().any(Figure::has_interval)
    }
}

/// The plan as others may copy it: its evidence (the publisher's own datasets and
/// participants) and start date left out.
pub fn copyable_plan(plan: &Plan) -> AppResult<serde_json::Value> {
    let mut plan = plan.clone();
    plan.start_date = None;
    for outcome in &mut plan.outcomes {
        for ind in &mut outcome.indicators {
            ind.evidence = None;
        }
    }
    crate::plans::document(&plan)
}

/// Whether a participants row's figure has figures in the change computed for others.
fn publishable(others: &PlanChange, row: &ProgressRow) -> bool {
    let Some(point) = row.change.as_ref().map(|c| &c.point) else {
        return false;
    };
    others
        .indicators
        .iter()
        .filter(|i| i.indicator.reference == row.indicator)
        .flat_map(|i| &i.groups)
        .filter(|g| g.side == row.side && g.value.is_none())
        .flat_map(|g| &g.follow_ups)
        .any(|f| f.point == *point && f.change.figures().is_some())
}

/// A progress row as a published figure.
pub(crate) fn figure(row: &ProgressRow, others: Option<&PlanChange>) -> Figure {
    let suppressed = match row.source {
        SourceKind::Participants => {
            row.estimate.is_some() && !others.is_some_and(|o| publishable(o, row))
        }
        _ => row.estimate_status == Some(Status::Suppressed),
    };
    let keep = |x: Option<f64>| if suppressed { None } else { x };
    let change = row.change.as_ref();
    Figure {
        indicator: row.indicator.clone(),
        indicator_name: row.indicator_name.clone(),
        side: row.side,
        source: match row.source {
            SourceKind::Participants => "participants",
            SourceKind::Dataset => "dataset",
            _ => "context",
        }
        .to_owned(),
        percent: row.percent(),
        period: row.period.clone(),
        estimate: keep(row.estimate),
        ci_low: keep(row.ci_low),
        ci_high: keep(row.ci_high),
        baseline: row.baseline,
        target: row.target,
        change: keep(change.and_then(|c| c.estimate)),
        change_low: keep(change.and_then(|c| c.ci_low)),
        change_high: keep(change.and_then(|c| c.ci_high)),
        people: if suppressed {
            None
        } else {
            change.map(|c| c.n_followed_up)
        },
        suppressed,
        unreliable: !suppressed && row.estimate_status == Some(Status::Unreliable),
        status: if suppressed { None } else { row.status },
        not_judged: if suppressed {
            None
        } else {
            row.not_judged.map(|n| n.code().to_owned())
        },
    }
}

impl App {
    /// The plan's figures as they stand, written for people outside the organisation.
    pub async fn publishable_figures(
        &self,
        org: OrgId,
        record: &PlanRecord,
        plan: &Plan,
    ) -> AppResult<(Vec<Figure>, u64)> {
        let progress = self.progress(org, record, plan).await?;
        let others = if progress
            .rows
            .iter()
            .any(|r| r.source == SourceKind::Participants)
        {
            self.plan_change(org, &record.id.to_string(), Audience::Others, None)
                .await
                .ok()
        } else {
            None
        };
        let min_cell = tessera_stats::change::ChangeOptions::for_audience(Audience::Others)
            .thresholds
            .min_cell;
        let figures = progress
            .rows
            .iter()
            .map(|r| figure(r, others.as_ref()))
            .collect();
        Ok((figures, min_cell))
    }
}

/// A story as published.
pub(crate) fn entry_story(story: &Story) -> EntryStory {
    EntryStory {
        id: story.id.0,
        kind: story.kind.clone(),
        title: story.title.clone(),
        body: story.body.clone(),
    }
}
