//! A plan's progress, written out for its page (the figures come from
//! `tessera_app::plans::progress`).

use tessera_app::plans::progress::ProgressRow;
use tessera_plan::{Plan, ProgressStatus};
use tessera_store::OrgId;

use crate::AppState;
use crate::http::error::PageError;

/// One progress row with its texts.
#[derive(Debug, Clone)]
pub(crate) struct ProgressView {
    pub outcome_text: String,
    pub indicator_name: String,
    pub side_label: String,
    pub dataset_name: String,
    pub wave: Option<String>,
    pub computing: bool,
    pub status_label: String,
    pub explanation: String,
    pub status_tag: &'static str,
    pub href: String,
    pub estimate_text: String,
    pub interval_text: String,
    pub baseline_text: String,
    pub target_text: String,
    pub target_date: Option<String>,
}

fn tag(status: ProgressStatus) -> &'static str {
    match status {
        ProgressStatus::OnTrack => "govuk-tag--green",
        ProgressStatus::OffTrack => "govuk-tag--red",
        ProgressStatus::CantTellYet => "govuk-tag--grey",
    }
}

fn fmt(x: Option<f64>, percent: bool) -> String {
    match x {
        None => tessera_l10n::t("plans-progress-not-set"),
        Some(v) if percent => format!("{}%", tessera_l10n::number(v, 0)),
        Some(v) => {
            let t = tessera_l10n::number(v, 1);
            t.strip_suffix(".0").map(str::to_owned).unwrap_or(t)
        }
    }
}

impl ProgressView {
    pub(crate) fn new(row: ProgressRow) -> Self {
        let percent = row.percent;
        Self {
            outcome_text: row.outcome_text.clone(),
            indicator_name: row.indicator_name.clone(),
            side_label: row.side.text(),
            dataset_name: row.dataset_name.clone(),
            wave: row.wave.clone(),
            computing: row.computing,
            status_label: if row.computing {
                tessera_l10n::t("plans-progress-computing-label")
            } else {
                row.status.text()
            },
            explanation: row.explanation.clone(),
            status_tag: tag(row.status),
            href: format!("/datasets/{}/measures/{}", row.dataset, row.measure),
            estimate_text: if row.estimate.is_some() {
                fmt(row.estimate, percent)
            } else {
                String::new()
            },
            interval_text: match (row.ci_low, row.ci_high) {
                (Some(l), Some(h)) => tessera_l10n::ta(
                    "plans-progress-interval",
                    &[
                        ("low", fmt(Some(l), percent).into()),
                        ("high", fmt(Some(h), percent).into()),
                    ],
                ),
                _ => String::new(),
            },
            baseline_text: fmt(row.baseline, percent),
            target_text: fmt(row.target, percent),
            target_date: row.target_date.map(tessera_l10n::date),
        }
    }
}

/// The plan's progress rows, written out.
pub(crate) async fn progress(
    state: &AppState,
    org: OrgId,
    plan: &Plan,
) -> Result<Vec<ProgressView>, PageError> {
    Ok(state
        .app()
        .progress(org, plan)
        .await?
        .into_iter()
        .map(ProgressView::new)
        .collect())
}
