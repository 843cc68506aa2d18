//! Progress from a dataset the plan names: filtered to the people the work reaches and judged
//! only from waves collected after the plan's start; and datasets shown as context.
//!
//! A filter (`attended_cafe` = `yes`) is computed as a breakdown of the dataset by the filter's
//! variable, so the figures are the same domain estimates, with the same design and small-number
//! rules, as the dataset's own pages show for that breakdown.

use tessera_plan::{OutcomeIndicator, Plan, ProgressStatus, Side, SourceKind, Unit, UnitKind};
use tessera_stats::EstimandKind;
use tessera_stats::mapping::{DatasetMapping, GROUP_COLUMN, MappedMeasure};
use tessera_stats::{Report, Status};
use tessera_store::{DatasetId, OrgId, prelude::*};

use super::period::period_of;
use super::{NotJudged, ProgressRow};
use crate::estimates::Computed;
use crate::results::{self, Line};
use crate::{App, AppResult};

/// What a dataset says for one measure: its waves' lines (or one line without waves).
enum Readout {
    /// Nothing to read, and why.
    Missing(String),
    /// The estimates are being computed.
    Computing,
    /// The lines, oldest wave first.
    Lines(Vec<(Option<String>, Line)>),
}

/// A dataset's name, the measure of the indicator, and its lines.
struct Read {
    name: String,
    measure: Option<MappedMeasure>,
    readout: Readout,
}

fn unit_of(measure: &MappedMeasure, target: Option<Unit>) -> (Unit, f64) {
    match measure.kind {
        EstimandKind::Proportion => (Unit::PERCENTAGE, 100.0),
        EstimandKind::Mean => (
            target
                .filter(|u| u.kind == UnitKind::Mean)
                .unwrap_or(Unit::of(UnitKind::Mean)),
            1.0,
        ),
        EstimandKind::Total => (Unit::of(UnitKind::Count), 1.0),
    }
}

/// Puts one wave's figures for `side` on the row.
fn fill(row: &mut ProgressRow, wave: Option<&String>, line: &Line, scale: f64) {
    let cell = match row.side {
        Side::Newcomers => &line.newcomers,
        Side::ReceivingCommunity => &line.receiving_community,
    };
    row.period = wave.cloned();
    row.estimate_status = Some(cell.status);
    let usable = (cell.status != Status::Suppressed).then_some(cell);
    row.estimate = usable.and_then(|c| c.estimate).map(|v| v * scale);
    row.ci_low = usable.and_then(|c| c.ci_low).map(|v| v * scale);
    row.ci_high = usable.and_then(|c| c.ci_high).map(|v| v * scale);
}

fn side_estimate(line: &Line, side: Side, scale: f64) -> Option<f64> {
    let cell = match side {
        Side::Newcomers => &line.newcomers,
        Side::ReceivingCommunity => &line.receiving_community,
    };
    (cell.status != Status::Suppressed)
        .then_some(cell.estimate)
        .flatten()
        .map(|v| v * scale)
}

impl App {
    /// Reads `measure` (or the measure mapped to `indicator`) of a dataset, for the rows where
    /// `filter` holds.
    async fn read_dataset(
        &self,
        org: OrgId,
        id: DatasetId,
        measure: Option<&str>,
        indicator: &str,
        filter: Option<&tessera_plan::DatasetFilter>,
    ) -> AppResult<Read> {
        let Some(record) = self.store().dataset(org, id).await? else {
            return Ok(Read {
                name: id.0.to_string(),
                measure: None,
                readout: Readout::Missing(tessera_l10n::ta(
                    "plans-progress-no-dataset",
                    &[("dataset", id.0.into())],
                )),
            });
        };
        let name = record.summary.name.clone();
        let missing = |key: &str| Readout::Missing(tessera_l10n::t(key));
        // A mapping that cannot be read says nothing; the dataset's own pages report it.
        let Ok(mapping) = serde_json::from_value::<DatasetMapping>(record.mapping) else {
            return Ok(Read {
                name,
                measure: None,
                readout: missing("plans-progress-no-estimate"),
            });
        };
        let found = mapping
            .measures
            .iter()
            .find(|m| match measure {
                Some(id) => m.id == id,
                None => m.indicator.as_deref() == Some(indicator),
            })
            .cloned();
        let Some(found) = found else {
            return Ok(Read {
                name,
                measure: None,
                readout: missing("plans-progress-no-measure"),
            });
        };
        let mut vars: Vec<String> = mapping.wave.iter().cloned().collect();
        let mut by = results::profile_breakdowns(&mapping);
        if let Some(f) = filter {
            vars.push(f.variable.clone());
            let mut b = vars.clone();
            b.push(GROUP_COLUMN.to_owned());
            by.push(b);
        }
        let report: std::sync::Arc<Report> = match self.report(org, id, &mapping, by).await {
            Ok(Computed::Ready(report, _)) => report,
            Ok(Computed::Running(_)) => {
                return Ok(Read {
                    name,
                    measure: Some(found),
                    readout: Readout::Computing,
                });
            }
            Err(e) => {
                return Ok(Read {
                    name,
                    measure: Some(found),
                    readout: Readout::Missing(e.to_string()),
                });
            }
        };
        let wave_col = mapping.wave.clone();
        let mut lines: Vec<(Option<String>, Line)> = results::lines(&report, &found, &vars)
            .into_iter()
            .filter(|l| {
                filter.is_none_or(|f| {
                    l.cell
                        .iter()
                        .any(|(k, v)| *k == f.variable && *v == f.value)
                })
            })
            .map(|l| {
                let wave = wave_col
                    .as_ref()
                    .and_then(|w| l.cell.iter().find(|(k, _)| k == w))
                    .map(|(_, v)| v.clone());
                (wave, l)
            })
            .collect();
        lines.sort_by(|a, b| match (&a.0, &b.0) {
            (Some(x), Some(y)) => crate::import::natural_cmp(x, y),
            _ => std::cmp::Ordering::Equal,
        });
        let readout = if lines.is_empty() {
            missing(if filter.is_some() {
                "plans-progress-filter-empty"
            } else {
                "plans-progress-no-estimate"
            })
        } else {
            Readout::Lines(lines)
        };
        Ok(Read {
            name,
            measure: Some(found),
            readout,
        })
    }

    /// The row of `ind` for `side` from the dataset it names.
    pub(crate) async fn dataset_row(
        &self,
        org: OrgId,
        plan: &Plan,
        outcome: &tessera_plan::Outcome,
        ind: &OutcomeIndicator,
        side: Side,
    ) -> AppResult<ProgressRow> {
        let mut row = ProgressRow::empty(
            plan,
            &*self.catalogue_for(org).await?,
            outcome,
            ind,
            side,
            SourceKind::Dataset,
        );
        row.status = Some(ProgressStatus::CantTellYet);
        let Some(evidence) = &ind.evidence else {
            return Ok(row);
        };
        let Some(id) = evidence.dataset.map(DatasetId) else {
            return Ok(row);
        };
        let read = self
            .read_dataset(
                org,
                id,
                evidence.measure.as_deref(),
                &ind.indicator,
                evidence.filter.as_ref(),
            )
            .await?;
        row.dataset = Some(id);
        row.source_name = read.name;
        row.filter = evidence.filter.clone();
        let scale = match &read.measure {
            Some(m) => {
                row.measure = Some(m.id.clone());
                row.measure_label = Some(m.label.clone());
                let (unit, scale) = unit_of(m, row.target_unit);
                row.unit = unit;
                scale
            }
            None => 1.0,
        };
        let lines = match read.readout {
            Readout::Missing(why) => {
                row.explanation = why;
                return Ok(row);
            }
            Readout::Computing => {
                row.computing = true;
                row.explanation = tessera_l10n::t("plans-progress-computing");
                return Ok(row);
            }
            Readout::Lines(lines) => lines,
        };
        let Some(start) = plan.start_date else {
            let (wave, line) = &lines[lines.len() - 1];
            fill(&mut row, wave.as_ref(), line, scale);
            row.not_judged(NotJudged::NoStartDate);
            return Ok(row);
        };
        let periods: Vec<_> = lines
            .iter()
            .map(|(w, _)| w.as_deref().and_then(period_of))
            .collect();
        let after = periods
            .iter()
            .rposition(|p| p.is_some_and(|p| p.starts_after(start)));
        let before = periods
            .iter()
            .rposition(|p| p.is_some_and(|p| p.ends_by(start)));
        if let Some(b) = before {
            row.evidence_baseline = side_estimate(&lines[b].1, side, scale);
            row.baseline_period = lines[b].0.clone();
        }
        match after {
            Some(a) => {
                let (wave, line) = &lines[a];
                fill(&mut row, wave.as_ref(), line, scale);
                if row.estimate.is_none() {
                    row.explanation = tessera_l10n::t("plans-progress-too-few");
                    return Ok(row);
                }
                let baseline = row.evidence_baseline.or(ind.baseline);
                row.judge(ind.direction, baseline);
            }
            None => {
                let last = lines.len() - 1;
                let (wave, line) = &lines[last];
                fill(&mut row, wave.as_ref(), line, scale);
                row.not_judged(if periods[last].is_some() {
                    NotJudged::BeforeStart
                } else {
                    NotJudged::NoPeriod
                });
            }
        }
        Ok(row)
    }

    /// A context row: the latest figure of dataset `id` for `ind` and `side`, never judged;
    /// none when the dataset does not measure the indicator.
    pub(crate) async fn context_row(
        &self,
        org: OrgId,
        plan: &Plan,
        outcome: &tessera_plan::Outcome,
        ind: &OutcomeIndicator,
        side: Side,
        id: DatasetId,
    ) -> AppResult<Option<ProgressRow>> {
        let read = self
            .read_dataset(org, id, None, &ind.indicator, None)
            .await?;
        let Some(measure) = &read.measure else {
            return Ok(None);
        };
        let mut row = ProgressRow::empty(
            plan,
            &*self.catalogue_for(org).await?,
            outcome,
            ind,
            side,
            SourceKind::Context,
        );
        row.dataset = Some(id);
        row.source_name = read.name;
        row.measure = Some(measure.id.clone());
        row.measure_label = Some(measure.label.clone());
        let (unit, scale) = unit_of(measure, row.target_unit);
        row.unit = unit;
        match read.readout {
            Readout::Lines(lines) => {
                let (wave, line) = &lines[lines.len() - 1];
                fill(&mut row, wave.as_ref(), line, scale);
                row.not_judged(NotJudged::Context);
            }
            Readout::Computing => {
                row.computing = true;
                row.not_judged(NotJudged::Context);
            }
            Readout::Missing(why) => {
                row.not_judged(NotJudged::Context);
                row.explanation = why;
            }
        }
        Ok(Some(row))
    }
}
