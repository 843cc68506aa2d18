//! Progress: a plan's indicators against the organisation's data.
//!
//! When a dataset's measure names the same indicator as the plan (`ioi-2019/bri-get-on-well`),
//! the latest wave's estimate for the indicator's side (newcomers, receiving community) is set
//! against the baseline and target, and [`tessera_plan::progress_status`] judges it honestly
//! from the interval.
//!
//! Units: estimates of proportion measures are shares from 0 to 1, but plan baselines and
//! targets for shares of people are written as percentages (35 means 35%), as people write
//! them. Estimates and intervals are therefore multiplied by 100 for proportion measures before
//! they are compared, and everything here is shown and returned in the plan's units.

use serde::Serialize;
use tessera_plan::{Plan, ProgressStatus, Side, progress_status};
use tessera_stats::mapping::{DatasetMapping, MappedMeasure};
use tessera_stats::{Report, Status};
use tessera_store::prelude::*;
use tessera_store::{DatasetSummary, OrgId};

use crate::routes::datasets::compute::{self, Computed};
use crate::routes::datasets::profile::profile_breakdowns;
use crate::routes::datasets::view::{self, CellView, Format};
use crate::{AppState, WebError};

/// One indicator, for one side, against one dataset measure.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ProgressRow {
    pub outcome: String,
    pub outcome_text: String,
    pub indicator: String,
    pub indicator_name: String,
    /// `newcomers` or `receiving_community`.
    pub side: Side,
    pub side_label: &'static str,
    pub dataset: i64,
    pub dataset_name: String,
    pub measure: String,
    pub measure_label: String,
    /// The wave the estimate is from, if the dataset has waves.
    pub wave: Option<String>,
    /// `percent` for proportion measures (plan units are percentages), else `value`.
    pub unit: &'static str,
    /// True while the dataset's estimates are still being computed.
    pub computing: bool,
    pub estimate: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub target_date: Option<String>,
    /// Whether the estimate was publishable (`ok`), `unreliable` or `suppressed`.
    pub estimate_status: Option<Status>,
    pub status: ProgressStatus,
    pub status_label: &'static str,
    pub explanation: String,
    #[serde(skip)]
    pub status_tag: &'static str,
    #[serde(skip)]
    pub href: String,
    #[serde(skip)]
    pub estimate_text: String,
    #[serde(skip)]
    pub interval_text: String,
    #[serde(skip)]
    pub baseline_text: String,
    #[serde(skip)]
    pub target_text: String,
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

/// The latest wave's line of a measure (or the overall line, without waves).
fn latest(
    report: &Report,
    mapping: &DatasetMapping,
    measure: &MappedMeasure,
) -> Option<(Option<String>, view::LineView)> {
    match &mapping.wave {
        Some(w) => {
            let lines = view::lines(report, measure, std::slice::from_ref(w));
            // Waves are labels such as "2023" or "2024-Q1", which sort in time order as text.
            lines
                .into_iter()
                .filter_map(|l| {
                    let wave = l
                        .cell
                        .iter()
                        .find(|(k, _)| k == w)
                        .map(|(_, v)| v.clone())?;
                    Some((wave, l))
                })
                .max_by(|a, b| a.0.cmp(&b.0))
                .map(|(wave, l)| (Some(wave), l))
        }
        None => view::lines(report, measure, &[])
            .into_iter()
            .next()
            .map(|l| (None, l)),
    }
}

/// Progress rows for every plan indicator some dataset of the organisation measures.
pub(crate) async fn progress(
    state: &AppState,
    org: OrgId,
    plan: &Plan,
) -> Result<Vec<ProgressRow>, WebError> {
    let references: Vec<&str> = plan
        .outcome_indicators()
        .map(|(_, i)| i.indicator.as_str())
        .collect();
    if references.is_empty() {
        return Ok(Vec::new());
    }
    let mut rows = Vec::new();
    let datasets: Vec<DatasetSummary> = state.store().datasets(org).await?;
    for summary in datasets {
        let Some(record) = state.store().dataset(org, summary.id).await? else {
            continue;
        };
        // A dataset whose mapping cannot be read says nothing about progress; its own pages
        // report the problem.
        let Ok(mapping) = serde_json::from_value::<DatasetMapping>(record.mapping) else {
            continue;
        };
        let measures: Vec<&MappedMeasure> = mapping
            .measures
            .iter()
            .filter(|m| {
                m.indicator
                    .as_deref()
                    .is_some_and(|i| references.contains(&i))
            })
            .collect();
        if measures.is_empty() {
            continue;
        }
        let computed = compute::report(
            state,
            org,
            summary.id,
            &mapping,
            profile_breakdowns(&mapping),
        )
        .await;
        let report = match computed {
            Ok(Computed::Ready(report, _)) => Some(report),
            Ok(Computed::Running(_)) => None,
            // A failed computation is shown on the dataset's pages; here it just means no data.
            Err(_) => continue,
        };
        for (outcome, ind) in plan.outcome_indicators() {
            for measure in measures
                .iter()
                .filter(|m| m.indicator.as_deref() == Some(ind.indicator.as_str()))
            {
                let percent = Format::of(measure).proportion;
                let scale = if percent { 100.0 } else { 1.0 };
                let line = report.as_deref().and_then(|r| latest(r, &mapping, measure));
                for side in plan.sides_of(ind) {
                    let cell: Option<&CellView> = line.as_ref().map(|(_, l)| match side {
                        Side::Newcomers => &l.newcomers,
                        Side::ReceivingCommunity => &l.receiving_community,
                    });
                    let usable = cell.filter(|c| c.status != Status::Suppressed);
                    let estimate = usable.and_then(|c| c.estimate).map(|v| v * scale);
                    let ci_low = usable.and_then(|c| c.ci_low).map(|v| v * scale);
                    let ci_high = usable.and_then(|c| c.ci_high).map(|v| v * scale);
                    let status = progress_status(
                        ind.direction,
                        ind.baseline,
                        ind.target,
                        estimate,
                        ci_low,
                        ci_high,
                    );
                    let computing = report.is_none();
                    let explanation = if computing {
                        "The estimates are being computed; reload the page in a few seconds."
                            .to_owned()
                    } else if cell.is_some_and(|c| c.status == Status::Suppressed)
                        || (cell.is_some() && estimate.is_none())
                    {
                        "Too few responses in the latest wave to show an estimate.".to_owned()
                    } else if line.is_none() {
                        "The dataset has no estimate for this measure yet.".to_owned()
                    } else {
                        let mut e = status.explanation().to_owned();
                        if usable.is_some_and(|c| c.status.is_unreliable()) {
                            e.push_str(" The estimate is unreliable: it rests on few responses.");
                        }
                        e
                    };
                    let wave = line.as_ref().and_then(|(w, _)| w.clone());
                    rows.push(ProgressRow {
                        outcome: outcome.id.clone(),
                        outcome_text: outcome.text.clone(),
                        indicator: ind.indicator.clone(),
                        indicator_name: super::indicator_name(
                            plan,
                            state.catalogue(),
                            &ind.indicator,
                        ),
                        side,
                        side_label: match side {
                            Side::Newcomers => "Newcomers",
                            Side::ReceivingCommunity => "Receiving community",
                        },
                        dataset: summary.id.0,
                        dataset_name: summary.name.clone(),
                        measure: measure.id.clone(),
                        measure_label: measure.label.clone(),
                        wave,
                        unit: if percent { "percent" } else { "value" },
                        computing,
                        estimate,
                        ci_low,
                        ci_high,
                        baseline: ind.baseline,
                        target: ind.target,
                        target_date: ind.target_date.map(tessera_plan::format_date),
                        estimate_status: usable.map(|c| c.status),
                        status,
                        status_label: if computing {
                            "estimates are being computed"
                        } else {
                            status.label()
                        },
                        explanation,
                        status_tag: tag(status),
                        href: format!("/datasets/{}/measures/{}", summary.id, measure.id),
                        estimate_text: if estimate.is_some() {
                            fmt(estimate, percent)
                        } else {
                            String::new()
                        },
                        interval_text: match (ci_low, ci_high) {
                            (Some(l), Some(h)) => {
                                format!("{} to {}", fmt(Some(l), percent), fmt(Some(h), percent))
                            }
                            _ => String::new(),
                        },
                        baseline_text: fmt(ind.baseline, percent),
                        target_text: fmt(ind.target, percent),
                    });
                }
            }
        }
    }
    Ok(rows)
}
