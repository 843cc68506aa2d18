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
//! they are compared, and everything here is in the plan's units.

use tessera_plan::{Plan, ProgressStatus, Side, progress_status};
use tessera_stats::mapping::{DatasetMapping, MappedMeasure};
use tessera_stats::{Report, Status};
use tessera_store::{DatasetId, DatasetSummary, OrgId, prelude::*};

use crate::estimates::Computed;
use crate::results::{self, Cell, Line};
use crate::{App, AppResult};

/// One indicator, for one side, against one dataset measure.
#[derive(Debug, Clone)]
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
    /// The dataset.
    pub dataset: DatasetId,
    /// The dataset's name.
    pub dataset_name: String,
    /// The measure's id.
    pub measure: String,
    /// The measure's label.
    pub measure_label: String,
    /// The wave the estimate is from, if the dataset has waves.
    pub wave: Option<String>,
    /// Whether figures are percentages (proportion measures) rather than values.
    pub percent: bool,
    /// True while the dataset's estimates are still being computed.
    pub computing: bool,
    /// The estimate, in the plan's units.
    pub estimate: Option<f64>,
    /// Its interval, lower end.
    pub ci_low: Option<f64>,
    /// Its interval, upper end.
    pub ci_high: Option<f64>,
    /// The plan's baseline.
    pub baseline: Option<f64>,
    /// The plan's target.
    pub target: Option<f64>,
    /// When the target should be reached.
    pub target_date: Option<tessera_plan::Date>,
    /// Whether the estimate was publishable (`ok`), `unreliable` or `suppressed`.
    pub estimate_status: Option<Status>,
    /// On track, off track, or can't tell yet.
    pub status: ProgressStatus,
    /// Why, in plain words.
    pub explanation: String,
}

/// The latest wave's line of a measure (or the overall line, without waves).
fn latest(
    report: &Report,
    mapping: &DatasetMapping,
    measure: &MappedMeasure,
) -> Option<(Option<String>, Line)> {
    match &mapping.wave {
        Some(w) => results::lines(report, measure, std::slice::from_ref(w))
            .into_iter()
            .filter_map(|l| {
                let wave = l
                    .cell
                    .iter()
                    .find(|(k, _)| k == w)
                    .map(|(_, v)| v.clone())?;
                Some((wave, l))
            })
            .max_by(|a, b| crate::import::natural_cmp(&a.0, &b.0))
            .map(|(wave, l)| (Some(wave), l)),
        None => results::lines(report, measure, &[])
            .into_iter()
            .next()
            .map(|l| (None, l)),
    }
}

impl App {
    /// Progress rows for every plan indicator some dataset of the organisation measures.
    pub async fn progress(&self, org: OrgId, plan: &Plan) -> AppResult<Vec<ProgressRow>> {
        let references: Vec<&str> = plan
            .outcome_indicators()
            .map(|(_, i)| i.indicator.as_str())
            .collect();
        if references.is_empty() {
            return Ok(Vec::new());
        }
        let mut rows = Vec::new();
        let datasets: Vec<DatasetSummary> = self.store().datasets(org).await?;
        for summary in datasets {
            let Some(record) = self.store().dataset(org, summary.id).await? else {
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
            let report = match self.profile_report(org, summary.id, &mapping).await {
                Ok(Computed::Ready(report, _)) => Some(report),
                Ok(Computed::Running(_)) => None,
                // A failed computation is shown on the dataset's pages; here it means no data.
                Err(_) => continue,
            };
            for (outcome, ind) in plan.outcome_indicators() {
                for measure in measures
                    .iter()
                    .filter(|m| m.indicator.as_deref() == Some(ind.indicator.as_str()))
                {
                    let percent = results::is_proportion(measure);
                    let scale = if percent { 100.0 } else { 1.0 };
                    let line = report.as_deref().and_then(|r| latest(r, &mapping, measure));
                    for side in plan.sides_of(ind) {
                        let cell: Option<&Cell> = line.as_ref().map(|(_, l)| match side {
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
                            tessera_l10n::t("plans-progress-computing")
                        } else if cell.is_some_and(|c| c.status == Status::Suppressed)
                            || (cell.is_some() && estimate.is_none())
                        {
                            tessera_l10n::t("plans-progress-too-few")
                        } else if line.is_none() {
                            tessera_l10n::t("plans-progress-no-estimate")
                        } else {
                            let mut e = status.explanation_text();
                            if usable.is_some_and(|c| c.status.is_unreliable()) {
                                e.push(' ');
                                e.push_str(&tessera_l10n::t("plans-progress-unreliable"));
                            }
                            e
                        };
                        rows.push(ProgressRow {
                            outcome: outcome.id.clone(),
                            outcome_text: outcome.text.clone(),
                            indicator: ind.indicator.clone(),
                            indicator_name: super::indicator_name(
                                plan,
                                self.catalogue(),
                                &ind.indicator,
                            ),
                            side,
                            dataset: summary.id,
                            dataset_name: summary.name.clone(),
                            measure: measure.id.clone(),
                            measure_label: measure.label.clone(),
                            wave: line.as_ref().and_then(|(w, _)| w.clone()),
                            percent,
                            computing,
                            estimate,
                            ci_low,
                            ci_high,
                            baseline: ind.baseline,
                            target: ind.target,
                            target_date: ind.target_date,
                            estimate_status: usable.map(|c| c.status),
                            status,
                            explanation,
                        });
                    }
                }
            }
        }
        Ok(rows)
    }
}
