//! Estimates for a dataset: computed by tessera-stats with the dataset's design and mapping,
//! cached in the store under a key naming what they were computed from, and computed in the
//! background so that no page waits for long.

use std::hash::{Hash, Hasher};
use std::time::{Duration, Instant};

use tessera_stats::Report;
use tessera_stats::mapping::DatasetMapping;
use tessera_store::prelude::*;
use tessera_store::{DatasetId, OrgId};

use crate::{AppState, WebError};

/// How long a request waits for a computation before answering with a status page instead.
const WAIT: Duration = Duration::from_millis(1500);

/// Bumped whenever the engine or the report's shape changes, so old caches are not reused.
const ENGINE_VERSION: u32 = 1;

/// A computation in the background.
pub(crate) struct Job {
    pub started: Instant,
    pub failed: Option<String>,
}

/// What a page can show.
pub(crate) enum Computed {
    /// The report, and how long it took to compute.
    Ready(Box<Report>, i64),
    /// Still computing; started this long ago.
    Running(Duration),
}

/// The cache key: which breakdowns, under which mapping, by which engine.
pub(crate) fn cache_key(mapping: &DatasetMapping, by: &[Vec<String>]) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    ENGINE_VERSION.hash(&mut h);
    serde_json::to_string(mapping)
        .unwrap_or_default()
        .hash(&mut h);
    by.hash(&mut h);
    format!("v{ENGINE_VERSION}-{:016x}", h.finish())
}

/// Computes (or fetches from the cache) the report for `by` under `mapping`.
pub(crate) async fn report(
    state: &AppState,
    org: OrgId,
    dataset: DatasetId,
    mapping: &DatasetMapping,
    by: Vec<Vec<String>>,
) -> Result<Computed, WebError> {
    let key = cache_key(mapping, &by);
    if let Some(cached) = state.store().cached_report(org, dataset, &key).await? {
        let report: Report = serde_json::from_value(cached.report).map_err(WebError::internal)?;
        return Ok(Computed::Ready(Box::new(report), cached.duration_ms));
    }
    let job_key = format!("{dataset}:{key}");
    let started = {
        let mut jobs = state
            .jobs()
            .lock()
            .map_err(|_| WebError::internal("job table poisoned"))?;
        if let Some(job) = jobs.get(&job_key) {
            if let Some(failure) = &job.failed {
                let failure = failure.clone();
                jobs.remove(&job_key);
                return Err(WebError::bad_request(format!(
                    "The estimates could not be computed: {failure}. Check the dataset's mapping."
                )));
            }
            Some(job.started)
        } else {
            jobs.insert(
                job_key.clone(),
                Job {
                    started: Instant::now(),
                    failed: None,
                },
            );
            None
        }
    };
    if started.is_none() {
        spawn(
            state.clone(),
            org,
            dataset,
            mapping.clone(),
            by,
            key.clone(),
            job_key.clone(),
        );
    }
    // Wait a little: most computations finish well within this, and the page can show them.
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(25)).await;
        if let Some(cached) = state.store().cached_report(org, dataset, &key).await? {
            let report: Report =
                serde_json::from_value(cached.report).map_err(WebError::internal)?;
            return Ok(Computed::Ready(Box::new(report), cached.duration_ms));
        }
        let failed = state
            .jobs()
            .lock()
            .map_err(|_| WebError::internal("job table poisoned"))?
            .get(&job_key)
            .and_then(|j| j.failed.clone());
        if let Some(failure) = failed {
            return Err(WebError::bad_request(format!(
                "The estimates could not be computed: {failure}. Check the dataset's mapping."
            )));
        }
    }
    let since = started.map(|s| s.elapsed()).unwrap_or(WAIT);
    Ok(Computed::Running(since))
}

fn spawn(
    state: AppState,
    org: OrgId,
    dataset: DatasetId,
    mapping: DatasetMapping,
    by: Vec<Vec<String>>,
    key: String,
    job_key: String,
) {
    tokio::spawn(async move {
        let started = Instant::now();
        let outcome = compute(&state, org, dataset, &mapping, by).await;
        match outcome {
            Ok(report) => {
                let ms = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
                let saved = match serde_json::to_value(&report) {
                    Ok(json) => state
                        .store()
                        .save_report(org, dataset, &key, &json, ms)
                        .await
                        .map_err(|e| e.to_string()),
                    Err(e) => Err(e.to_string()),
                };
                tracing::info!(dataset.id = %dataset, duration_ms = ms, "estimates computed");
                if let Ok(mut jobs) = state.jobs().lock() {
                    match saved {
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
            }
            Err(message) => {
                tracing::warn!(dataset.id = %dataset, error = %message, "estimates failed");
                if let Ok(mut jobs) = state.jobs().lock()
                    && let Some(job) = jobs.get_mut(&job_key)
                {
                    job.failed = Some(message);
                }
            }
        }
    });
}

async fn compute(
    state: &AppState,
    org: OrgId,
    dataset: DatasetId,
    mapping: &DatasetMapping,
    by: Vec<Vec<String>>,
) -> Result<Report, String> {
    let data = state
        .store()
        .dataset_data(org, dataset)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "the dataset no longer exists".to_owned())?;
    let mapping = mapping.clone();
    tokio::task::spawn_blocking(move || {
        let prepared = mapping.prepare(&data).map_err(|e| e.to_string())?;
        let spec = mapping.spec(by);
        tessera_stats::report::run(&spec, &prepared, |_, _| {}).map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}
