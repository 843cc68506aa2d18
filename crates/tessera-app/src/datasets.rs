//! An organisation's datasets: finding one, its mapping, its results, and deleting it.

use std::sync::Arc;

use tessera_stats::Report;
use tessera_stats::mapping::{DatasetMapping, MappedMeasure};
use tessera_store::{DatasetId, DatasetRecord, DatasetSummary, OrgId, Role, prelude::*};

use tessera_l10n::{t, ta};

use crate::estimates::Computed;
use crate::results::{self, GroupCounts, Labels, Line, Trend};
use crate::{Actor, App, AppError, AppResult};

/// Parses a dataset id from a path segment; anything else is "not found", not "invalid", so ids
/// cannot be probed.
pub fn parse_id(text: &str) -> AppResult<DatasetId> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .map(DatasetId)
        .ok_or_else(not_found)
}

/// The answer for a dataset that does not exist in the organisation.
pub fn not_found() -> AppError {
    AppError::NotFound(t("datasets-not-found"))
}

/// The later versions of dataset `id` (corrections, and corrections of those), oldest first.
pub fn later_versions(all: &[DatasetSummary], id: DatasetId) -> Vec<DatasetSummary> {
    let mut family = vec![id];
    let mut later = Vec::new();
    let mut sorted: Vec<&DatasetSummary> = all.iter().collect();
    sorted.sort_by_key(|d| d.id);
    for d in sorted {
        if d.parent.is_some_and(|p| family.contains(&p)) {
            family.push(d.id);
            later.push(d.clone());
        }
    }
    later
}

/// The datasets whose retention date has passed, oldest date first.
pub fn overdue(datasets: &[DatasetSummary]) -> Vec<DatasetSummary> {
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let mut late: Vec<DatasetSummary> = datasets
        .iter()
        .filter(|d| {
            d.retain_until
                .as_deref()
                .is_some_and(|date| date < today.as_str())
        })
        .cloned()
        .collect();
    late.sort_by(|a, b| a.retain_until.cmp(&b.retain_until));
    late
}

/// One measure's results, split by a breakdown, for its page, exports and the API.
#[derive(Debug, Clone)]
pub struct MeasureResults {
    /// The measure.
    pub measure: MappedMeasure,
    /// The breakdown it is split by, if any.
    pub by: Option<String>,
    /// Every breakdown it can be split by.
    pub options: Vec<String>,
    /// Every row.
    pub overall: Vec<Line>,
    /// By wave (empty without waves).
    pub by_wave: Vec<Line>,
    /// By `by` (empty without it).
    pub split: Vec<Line>,
    /// The gap's trend across waves.
    pub trend: Option<Trend>,
    /// The disclosure threshold used.
    pub min_cell: u64,
    /// The rows on each side and on neither, rounded.
    pub counts: GroupCounts,
    /// How the two sides are defined, in one line ([`results::group_rule_text`]).
    pub rule: String,
    /// The survey design in words ([`results::design_text`]).
    pub design: String,
    /// The waves, in order (empty without a wave column).
    pub waves: Vec<String>,
    /// The kept weighting the figures use, by name; `None` for the dataset's own weights.
    pub weighting: Option<String>,
}

/// One measure's results, or still computing.
pub enum MeasureOutcome {
    /// Ready.
    Ready(Box<MeasureResults>),
    /// Still computing; started this long ago.
    Running(std::time::Duration),
}

impl App {
    /// One of the organisation's datasets with its mapping, or "not found".
    pub async fn dataset(
        &self,
        org: OrgId,
        id: &str,
    ) -> AppResult<(DatasetRecord, DatasetMapping)> {
        let shared = self.dataset_shared(org, parse_id(id)?).await?;
        Ok((shared.0.clone(), shared.1.clone()))
    }

    /// A dataset of `org` with its decoded mapping, shared rather than copied: read from the
    /// store at most every few seconds (see [`crate::recent`]).
    pub async fn dataset_shared(
        &self,
        org: OrgId,
        id: DatasetId,
    ) -> AppResult<Arc<(DatasetRecord, DatasetMapping)>> {
        let generation = self.store().generation();
        if let Some(kept) = self.recent().datasets.get(&(org, id), generation) {
            return Ok(kept);
        }
        let record = self.store().dataset(org, id).await?.ok_or_else(not_found)?;
        let mapping: DatasetMapping =
            serde_json::from_value(record.mapping.clone()).map_err(AppError::internal)?;
        let shared = Arc::new((record, mapping));
        self.recent()
            .datasets
            .put((org, id), generation, Arc::clone(&shared));
        Ok(shared)
    }

    /// Deletes a dataset with its later versions and everything computed from them; returns
    /// what was deleted.
    pub async fn delete_dataset(&self, actor: &Actor, id: &str) -> AppResult<Vec<DatasetSummary>> {
        actor.require(Role::Owner)?;
        let id = parse_id(id)?;
        let deleted = self
            .store()
            .delete_dataset(actor.org.id, id, &actor.name)
            .await?;
        if deleted.is_empty() {
            return Err(not_found());
        }
        for d in &deleted {
            self.reports().forget(d.id);
        }
        tracing::info!(dataset.id = %id, versions = deleted.len(), "dataset deleted");
        Ok(deleted)
    }

    /// The profile's report of a dataset (the sides overall and by wave).
    pub async fn profile_report(
        &self,
        org: OrgId,
        dataset: DatasetId,
        mapping: &DatasetMapping,
    ) -> AppResult<Computed> {
        self.profile_report_under(org, dataset, mapping, None).await
    }

    /// As [`App::profile_report`], under a kept weighting (`None`: the dataset's own weights).
    pub async fn profile_report_under(
        &self,
        org: OrgId,
        dataset: DatasetId,
        mapping: &DatasetMapping,
        weighting: Option<&crate::weighting::KeptWeighting>,
    ) -> AppResult<Computed> {
        self.report_under(
            org,
            dataset,
            mapping,
            results::profile_breakdowns(mapping),
            weighting,
        )
        .await
    }

    /// One measure's results split by `by` (which must be one of the dataset's breakdowns).
    pub async fn measure_results(
        &self,
        org: OrgId,
        dataset: DatasetId,
        mapping: &DatasetMapping,
        measure_id: &str,
        by: Option<&str>,
    ) -> AppResult<MeasureOutcome> {
        self.measure_results_under(org, dataset, mapping, measure_id, by, None)
            .await
    }

    /// As [`App::measure_results`], under a kept weighting (`None`: the dataset's own weights).
    pub async fn measure_results_under(
        &self,
        org: OrgId,
        dataset: DatasetId,
        mapping: &DatasetMapping,
        measure_id: &str,
        by: Option<&str>,
        weighting: Option<&crate::weighting::KeptWeighting>,
    ) -> AppResult<MeasureOutcome> {
        let measure = mapping
            .measures
            .iter()
            .find(|m| m.id == measure_id)
            .cloned()
            .ok_or_else(|| {
                AppError::NotFound(ta(
                    "datasets-no-such-measure",
                    &[("measure", measure_id.into())],
                ))
            })?;
        let options = results::split_options(mapping);
        let by = match by.map(str::trim).filter(|b| !b.is_empty()) {
            Some(b) if options.iter().any(|o| o == b) => Some(b.to_owned()),
            Some(b) => {
                return Err(AppError::Invalid(ta(
                    "datasets-no-such-breakdown",
                    &[("by", b.into()), ("options", options.join(", ").into())],
                )));
            }
            None => None,
        };
        let breakdowns = results::measure_breakdowns(mapping, by.as_deref());
        let report: Arc<Report> = match self
            .report_under(org, dataset, mapping, breakdowns, weighting)
            .await?
        {
            Computed::Running(since) => return Ok(MeasureOutcome::Running(since)),
            Computed::Ready(report, _) => report,
        };
        let labels = self.labels(org, dataset, mapping).await?;
        let waves: Vec<String> = mapping.wave.iter().cloned().collect();
        let labelled = |vars: &[String]| {
            let mut lines = results::lines(&report, &measure, vars);
            labels.apply(&mut lines);
            lines
        };
        let split = match &by {
            Some(b) => labelled(std::slice::from_ref(b)),
            None => Vec::new(),
        };
        let by_wave = if waves.is_empty() {
            Vec::new()
        } else {
            labelled(&waves)
        };
        Ok(MeasureOutcome::Ready(Box::new(MeasureResults {
            weighting: weighting.map(|w| w.summary.name.clone()),
            overall: labelled(&[]),
            waves: by_wave.iter().map(|l| l.label.clone()).collect(),
            by_wave,
            trend: results::trend(&report, &measure).map(|mut t| {
                labels.apply_trend(mapping.wave.as_deref(), &mut t);
                t
            }),
            split,
            by,
            options,
            min_cell: report.thresholds.min_cell,
            counts: results::group_counts(&report),
            rule: results::group_rule_text(mapping, &labels),
            design: results::design_text(mapping),
            measure,
        })))
    }

    /// The words for the codes of one of the organisation's datasets: its codebook's value
    /// labels and those typed in its mapping.
    pub async fn labels(
        &self,
        org: OrgId,
        dataset: DatasetId,
        mapping: &DatasetMapping,
    ) -> AppResult<Labels> {
        let shared = self.dataset_shared(org, dataset).await?;
        Ok(Labels::new(mapping, &shared.0.codebook))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(id: i64, parent: Option<i64>) -> DatasetSummary {
        DatasetSummary {
            id: DatasetId(id),
            org: OrgId(1),
            name: "d".to_owned(),
            version: 1,
            parent: parent.map(DatasetId),
            source_name: "d.csv".to_owned(),
            source_format: "csv".to_owned(),
            n_rows: 1,
            n_columns: 1,
            n_excluded: 0,
            waves: Vec::new(),
            retain_until: None,
            size_bytes: 1,
            created_by: "t".to_owned(),
            created_at: "2025-01-01T00:00:00Z".to_owned(),
        }
    }

    #[test]
    fn later_versions_follow_corrections_of_corrections_but_not_siblings_parents() {
        let all = vec![
            summary(5, Some(3)),
            summary(1, None),
            summary(2, Some(1)),
            summary(3, Some(2)),
            summary(4, None),
        ];
        let ids = |v: Vec<DatasetSummary>| v.into_iter().map(|d| d.id.0).collect::<Vec<_>>();
        assert_eq!(ids(later_versions(&all, DatasetId(1))), vec![2, 3, 5]);
        assert_eq!(ids(later_versions(&all, DatasetId(3))), vec![5]);
        assert!(later_versions(&all, DatasetId(4)).is_empty());
    }

    #[test]
    fn ids_that_are_not_positive_numbers_are_not_found() {
        for bad in ["0", "-1", "abc", "1.5", ""] {
            assert!(matches!(parse_id(bad), Err(AppError::NotFound(_))), "{bad}");
        }
        assert_eq!(parse_id("7").ok(), Some(DatasetId(7)));
    }
}
