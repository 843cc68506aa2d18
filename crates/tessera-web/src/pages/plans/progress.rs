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
    pub side_label: &'static str,
    pub dataset_name: String,
    pub wave: Option<String>,
    pub computing: bool,
    pub status_label: &'static str,
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
        None => "not set".to_owned(),
        Some(v) if percent => format!("{v:.0}%"),
        Some(v) => {
            let t = format!("{v:.1}");
            t.trim_end_matches(".0").to_owned()
        }
    }
}

impl ProgressView {
    pub(crate) fn new(row: ProgressRow) -> Self {
        let percent = row.percent;
        Self {
            outcome_text: row.outcome_text.clone(),
            indicator_name: row.indicator_name.clone(),
            side_label: row.side.label(),
            dataset_name: row.dataset_name.clone(),
            wave: row.wave.clone(),
            computing: row.computing,
            status_label: if row.computing {
                "estimates are being computed"
            } else {
                row.status.label()
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
                (Some(l), Some(h)) => {
                    format!("{} to {}", fmt(Some(l), percent), fmt(Some(h), percent))
                }
                _ => String::new(),
            },
            baseline_text: fmt(row.baseline, percent),
            target_text: fmt(row.target, percent),
            target_date: row.target_date.map(tessera_plan::format_date),
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
