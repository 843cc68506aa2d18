//! Estimates for a dataset: computed by tessera-stats from the dataset's design and mapping,
//! cached in the store under a key naming what they were computed from (shared by every
//! server), kept decoded in memory for the pages that are read most, and computed in the
//! background so that no request waits long.

mod cache;
pub mod key;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tessera_stats::Report;
use tessera_stats::mapping::DatasetMapping;
use tessera_store::{AnyStore, DatasetId, OrgId, prelude::*};

pub use cache::ReportCache;

use crate::weighting::KeptWeighting;
use crate::{App, AppError, AppResult};
use tessera_stats::Weighting;

/// How long a request waits for a computation before answering "still computing".
const WAIT: Duration = Duration::from_millis(1500);

/// A computation in the background.
struct Job {
    started: Instant,
    failed: Option<String>,
}

/// Computations running in this process, by dataset and cache key.
#[derive(Default)]
pub struct Jobs {
    running: Mutex<HashMap<String, Job>>,
}

/// What a page or an API response can show.
pub enum Computed {
    /// The report, and how long it took to compute.
    Ready(Arc<Report>, i64),
    /// Still computing; started this long ago.
    Running(Duration),
}

fn poisoned() -> AppError {
    AppError::internal("the table of running computations is poisoned")
}

fn failed(failure: &str) -> AppError {
    AppError::Invalid(tessera_l10n::ta(
        "results-estimates-failed",
        &[("detail", failure.into())],
    ))
}

impl App {
    /// The report for breakdowns `by` of a dataset under `mapping`: from memory, from the
    /// store's cache, or computed now (waiting at most a moment before saying it is running).
    pub async fn report(
        &self,
        org: OrgId,
        dataset: DatasetId,
        mapping: &DatasetMapping,
        by: Vec<Vec<String>>,
    ) -> AppResult<Computed> {
        self.report_under(org, dataset, mapping, by, None).await
    }

    /// As [`App::report`], with the figures under a kept weighting (`None`: the dataset's own
    /// weights). The weighting is applied again to compute them, so their standard errors use
    /// the calibration's residuals (as R's do), and every row names the weighting.
    pub async fn report_under(
        &self,
        org: OrgId,
        dataset: DatasetId,
        mapping: &DatasetMapping,
        by: Vec<Vec<String>>,
        weighting: Option<&KeptWeighting>,
    ) -> AppResult<Computed> {
        let cache_name = weighting.map(KeptWeighting::cache_name);
        let key =
            key::cache_key(mapping, &by, cache_name.as_deref()).map_err(AppError::internal)?;
        if let Some(hit) = self.cached(org, dataset, &key).await? {
            return Ok(hit);
        }
        let job_key = format!("{dataset}:{key}");
        let started = {
            let mut jobs = self.jobs().running.lock().map_err(|_| poisoned())?;
            match jobs.get(&job_key) {
                Some(job) => {
                    if let Some(failure) = job.failed.clone() {
                        jobs.remove(&job_key);
                        return Err(failed(&failure));
                    }
                    Some(job.started)
                }
                None => {
                    jobs.insert(
                        job_key.clone(),
                        Job {
                            started: Instant::now(),
                            failed: None,
                        },
                    );
                    None
                }
            }
        };
        if started.is_none() {
            self.spawn(
                org,
                dataset,
                (mapping.clone(), weighting.map(|w| w.weighting.clone())),
                by,
                key.clone(),
                job_key.clone(),
            );
        }
        // Wait a little: most computations finish well within this.
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(25)).await;
            if let Some(hit) = self.cached(org, dataset, &key).await? {
                return Ok(hit);
            }
            let failure = self
                .jobs()
                .running
                .lock()
                .map_err(|_| poisoned())?
                .get(&job_key)
                .and_then(|j| j.failed.clone());
            if let Some(failure) = failure {
                return Err(failed(&failure));
            }
        }
        Ok(Computed::Running(
            started.map(|s| s.elapsed()).unwrap_or(WAIT),
        ))
    }

    /// Keeps a report computed elsewhere (the import's check computes the profile's) as the
    /// cached report of `dataset` for breakdowns `by`, so its first page shows at once.
    pub async fn keep_report(
        &self,
        org: OrgId,
        dataset: DatasetId,
        mapping: &DatasetMapping,
        by: &[Vec<String>],
        report: &Report,
        duration_ms: i64,
    ) -> AppResult<()> {
        let key = key::cache_key(mapping, by, None).map_err(AppError::internal)?;
        let json = serde_json::to_value(report).map_err(AppError::internal)?;
        self.store()
            .save_report(org, dataset, &key, &json, duration_ms)
            .await?;
        Ok(())
    }

    /// The report from memory or from the store's cache, keeping it in memory.
    async fn cached(
        &self,
        org: OrgId,
        dataset: DatasetId,
        key: &str,
    ) -> AppResult<Option<Computed>> {
        if let Some((report, ms)) = self.reports().get(org, dataset, key) {
            return Ok(Some(Computed::Ready(report, ms)));
        }
        let Some(cached) = self.store().cached_report(org, dataset, key).await? else {
            return Ok(None);
        };
        let report: Report = serde_json::from_value(cached.report).map_err(AppError::internal)?;
        let report = Arc::new(report);
        self.reports()
            .put(org, dataset, key, Arc::clone(&report), cached.duration_ms);
        Ok(Some(Computed::Ready(report, cached.duration_ms)))
    }

    fn spawn(
        &self,
        org: OrgId,
        dataset: DatasetId,
        (mapping, weighting): (DatasetMapping, Option<Weighting>),
        by: Vec<Vec<String>>,
        key: String,
        job_key: String,
    ) {
        let app = self.clone();
        let lang = tessera_l10n::current();
        tokio::spawn(async move {
            let started = Instant::now();
            let outcome = tessera_l10n::scope(
                lang,
                compute_under(app.store(), org, dataset, mapping, by, weighting),
            )
            .await;
            let result = match outcome {
                Ok(report) => {
                    let ms = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
                    tracing::info!(dataset.id = %dataset, duration_ms = ms, "estimates computed");
                    match serde_json::to_value(&report) {
                        Ok(json) => app
                            .store()
                            .save_report(org, dataset, &key, &json, ms)
                            .await
                            .map_err(|e| e.to_string()),
                        Err(e) => Err(e.to_string()),
                    }
                }
                Err(message) => {
                    tracing::warn!(dataset.id = %dataset, error = %message, "estimates failed");
                    Err(message)
                }
            };
            if let Ok(mut jobs) = app.jobs().running.lock() {
                match result {
                    Ok(()) => {
                        jobs.remove(&job_key);
                    }
                    Err(e) => {
                        if let Some(job) = jobs.get_mut(&job_key) {
                            job.failed = Some(e);
                        }
                    }
                }
            }
        });
    }
}

/// Reads the dataset and computes its report (on a blocking thread).
pub async fn compute(
    store: &AnyStore,
    org: OrgId,
    dataset: DatasetId,
    mapping: DatasetMapping,
    by: Vec<Vec<String>>,
) -> Result<Report, String> {
    compute_under(store, org, dataset, mapping, by, None).await
}

/// As [`compute`], under a weighting (`None`: the dataset's own weights).
pub async fn compute_under(
    store: &AnyStore,
    org: OrgId,
    dataset: DatasetId,
    mapping: DatasetMapping,
    by: Vec<Vec<String>>,
    weighting: Option<Weighting>,
) -> Result<Report, String> {
    let data = store
        .dataset_data(org, dataset)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "the dataset no longer exists".to_owned())?;
    let lang = tessera_l10n::current();
    tokio::task::spawn_blocking(move || {
        tessera_l10n::sync_scope(lang, || match weighting {
            None => run(&mapping, &data, by),
            Some(w) => try_run_under(&mapping, &data, by, &w).map_err(|e| match e {
                RunError::Report(r) => crate::weighting::describe_report(&r),
                other => other.to_string(),
            }),
        })
    })
    .await
    .map_err(|e| e.to_string())?
}

/// The id of the measure every report carries besides the mapping's: the rows of each group
/// (an estimated population count whose `n` is the rows), so pages can say how many rows are
/// newcomers, receiving community, and on neither side — suppressed and rounded like any
/// count.
pub const ROWS_MEASURE: &str = "tessera_rows";

/// The estimation spec of `mapping` over breakdowns `by`, with the rows measure.
pub fn spec_for(mapping: &DatasetMapping, by: Vec<Vec<String>>) -> tessera_stats::EstimateSpec {
    let mut spec = mapping.spec(by);
    if !spec.measures.iter().any(|m| m.id == ROWS_MEASURE) {
        spec.measures.push(tessera_stats::spec::MeasureSpec {
            id: ROWS_MEASURE.to_owned(),
            kind: tessera_stats::EstimandKind::Total,
            variable: None,
            success: Vec::new(),
            exclude: Vec::new(),
            ci: tessera_stats::CiMethod::WaldT,
            distribution: false,
        });
    }
    spec
}

/// Computes the report of `data` under `mapping` for breakdowns `by`, saying what failed.
pub fn try_run(
    mapping: &DatasetMapping,
    data: &tessera_data::Dataset,
    by: Vec<Vec<String>>,
) -> Result<Report, RunError> {
    let prepared = mapping.prepare(data)?;
    let spec = spec_for(mapping, by);
    Ok(tessera_stats::report::run(&spec, &prepared, |_, _| {})?)
}

/// As [`try_run`], with the figures under `weighting` (applied to the mapping's design).
pub fn try_run_under(
    mapping: &DatasetMapping,
    data: &tessera_data::Dataset,
    by: Vec<Vec<String>>,
    weighting: &Weighting,
) -> Result<Report, RunError> {
    let prepared = mapping.prepare(data)?;
    let mut spec = spec_for(mapping, by);
    spec.weighting = Some(tessera_stats::spec::WeightingRef::Defined(
        weighting.clone(),
    ));
    Ok(tessera_stats::report::run_with(
        &spec,
        &prepared,
        &tessera_stats::RunOptions::default(),
        |_, _| {},
    )?)
}

/// Why a report could not be computed.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The mapping names a column the data do not have.
    #[error(transparent)]
    Mapping(#[from] tessera_stats::mapping::MappingError),
    /// The design or an estimate could not be set up.
    #[error(transparent)]
    Report(#[from] tessera_stats::ReportError),
}

/// Computes the report of `data` under `mapping` for breakdowns `by`.
pub fn run(
    mapping: &DatasetMapping,
    data: &tessera_data::Dataset,
    by: Vec<Vec<String>>,
) -> Result<Report, String> {
    try_run(mapping, data, by).map_err(|e| e.to_string())
}
