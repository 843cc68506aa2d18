//! A plan's progress, written out for its page (the figures come from
//! `tessera_app::plans::progress`): judged rows from each indicator's evidence, then context.

use tessera_app::plans::progress::ProgressRow;
use tessera_plan::{Plan, ProgressStatus, SourceKind};
use tessera_store::{OrgId, PlanRecord};

use crate::AppState;
use crate::http::error::PageError;

/// One progress row with its texts.
#[derive(Debug, Clone)]
pub(crate) struct ProgressView {
    /// A context row (shown in its own table, never judged).
    pub context: bool,
    pub outcome_text: String,
    pub indicator_name: String,
    pub side_label: String,
    /// Participants, dataset or context, in words.
    pub source_label: String,
    /// The dataset's name, or the words for the plan's participants.
    pub source_name: String,
    /// The dataset's measure page, for dataset and context rows.
    pub href: Option<String>,
    /// "only where gender is female", for a filtered dataset.
    pub filter_text: Option<String>,
    /// What the figures are in.
    pub unit_text: String,
    pub period: Option<String>,
    pub computing: bool,
    pub status_label: String,
    pub explanation: String,
    pub status_tag: &'static str,
    /// Whether the row has an on-track status (not "not judged").
    pub judged: bool,
    pub estimate_text: String,
    pub interval_text: String,
    pub baseline_text: String,
    /// The baseline the evidence gives, with when: "22% at Baseline".
    pub evidence_baseline_text: Option<String>,
    pub target_text: String,
    pub target_date: Option<String>,
    /// The change for the same people, with its interval.
    pub change_text: Option<String>,
    pub change_interval_text: Option<String>,
    /// "31 of 39 followed up (8 lost)".
    pub followed_up_text: Option<String>,
    /// What the change column says without a change.
    pub change_missing_text: String,
}

fn tag(status: Option<ProgressStatus>) -> &'static str {
    match status {
        Some(ProgressStatus::OnTrack) => "govuk-tag--green",
        Some(ProgressStatus::OffTrack) => "govuk-tag--red",
        Some(ProgressStatus::CantTellYet) => "govuk-tag--grey",
        None => "govuk-tag--blue",
    }
}

fn fmt(x: Option<f64>, percent: bool) -> String {
    match x {
        None => tessera_l10n::t("plans-progress-not-set"),
        Some(v) if percent => tessera_l10n::ta(
            "plans-progress-percent",
            &[("value", tessera_l10n::number(v, 0).into())],
        ),
        Some(v) => {
            let t = tessera_l10n::number(v, 1);
            t.strip_suffix(".0").map(str::to_owned).unwrap_or(t)
        }
    }
}

fn interval(low: Option<f64>, high: Option<f64>, percent: bool) -> String {
    match (low, high) {
        (Some(l), Some(h)) => tessera_l10n::ta(
            "plans-progress-interval",
            &[
                ("low", fmt(Some(l), percent).into()),
                ("high", fmt(Some(h), percent).into()),
            ],
        ),
        _ => String::new(),
    }
}

impl ProgressView {
    pub(crate) fn new(row: ProgressRow, context: bool) -> Self {
        let percent = row.percent();
        let change = row.change.as_ref();
        let change_key = if percent {
            "plans-progress-change-points"
        } else {
            "plans-progress-change-scale"
        };
        let signed = |v: f64| tessera_l10n::signed(v, if percent { 0 } else { 1 });
        Self {
            context,
            outcome_text: row.outcome_text.clone(),
            indicator_name: row.indicator_name.clone(),
            side_label: row.side.text(),
            source_label: row.source.text(),
            source_name: row.source_name.clone(),
            href: match (&row.dataset, &row.measure) {
                (Some(d), Some(m)) => Some(format!("/datasets/{d}/measures/{m}")),
                _ => None,
            },
            filter_text: row.filter.as_ref().map(|f| {
                tessera_l10n::ta(
                    "plans-progress-filter",
                    &[
                        ("variable", f.variable.as_str().into()),
                        ("value", f.value.as_str().into()),
                    ],
                )
            }),
            unit_text: row.unit.text(),
            period: row.period.clone(),
            computing: row.computing,
            status_label: if row.computing {
                tessera_l10n::t("plans-progress-computing-label")
            } else {
                match (row.status, row.not_judged) {
                    (Some(s), _) => s.text(),
                    (None, Some(why)) => why.text(),
                    (None, None) => tessera_l10n::t("plans-progress-not-judged"),
                }
            },
            explanation: row.explanation.clone(),
            status_tag: tag(row.status),
            judged: row.status.is_some() && row.source != SourceKind::Context,
            estimate_text: if row.estimate.is_some() {
                fmt(row.estimate, percent)
            } else {
                String::new()
            },
            interval_text: interval(row.ci_low, row.ci_high, percent),
            baseline_text: fmt(row.baseline, percent),
            evidence_baseline_text: row.evidence_baseline.map(|b| {
                tessera_l10n::ta(
                    "plans-progress-evidence-baseline",
                    &[
                        ("value", fmt(Some(b), percent).into()),
                        (
                            "period",
                            row.baseline_period.clone().unwrap_or_default().into(),
                        ),
                    ],
                )
            }),
            target_text: fmt(row.target, percent),
            target_date: row.target_date.map(tessera_l10n::date),
            change_text: change
                .and_then(|c| c.estimate)
                .map(|v| tessera_l10n::ta(change_key, &[("change", signed(v).into())])),
            change_interval_text: change.and_then(|c| match (c.ci_low, c.ci_high) {
                (Some(l), Some(h)) => Some(tessera_l10n::ta(
                    "plans-progress-interval",
                    &[("low", signed(l).into()), ("high", signed(h).into())],
                )),
                _ => None,
            }),
            change_missing_text: tessera_l10n::t(if row.source == SourceKind::Participants {
                "plans-progress-no-estimate-short"
            } else {
                "plans-progress-change-none"
            }),
            followed_up_text: change.map(|c| {
                tessera_l10n::ta(
                    "plans-progress-followed-up",
                    &[
                        ("followed", c.n_followed_up.into()),
                        ("baseline", c.n_baseline.into()),
                        ("lost", c.attrition.into()),
                    ],
                )
            }),
        }
    }
}

/// The plan's progress rows, written out: judged rows first, then context rows.
pub(crate) async fn progress(
    state: &AppState,
    org: OrgId,
    record: &PlanRecord,
    plan: &Plan,
) -> Result<Vec<ProgressView>, PageError> {
    let p = state.app().progress(org, record, plan).await?;
    Ok(p.rows
        .into_iter()
        .map(|r| ProgressView::new(r, false))
        .chain(p.context.into_iter().map(|r| ProgressView::new(r, true)))
        .collect())
}
