//! Decoded reports kept in memory, so the pages read most (the profile, its API) do not decode
//! the same JSON on every request.
//!
//! Entries are keyed by organisation, dataset and cache key (which names the mapping, breakdowns and engine),
//! so a changed mapping is a different entry. Deleting a dataset forgets its entries; a request
//! only reaches the cache after the store has found the dataset in the requester's
//! organisation. The cache is bounded by a number of reports; the oldest goes first.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use tessera_stats::Report;
use tessera_store::{DatasetId, OrgId};

/// Reports kept at most.
const CAPACITY: usize = 128;

type Entry = (Arc<Report>, i64);

/// A bounded map from (dataset, key) to a decoded report and its computing time.
#[derive(Default)]
pub struct ReportCache {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    entries: HashMap<(OrgId, DatasetId, String), Entry>,
    order: VecDeque<(OrgId, DatasetId, String)>,
}

impl ReportCache {
    /// The report under `key`, if kept.
    pub fn get(&self, org: OrgId, dataset: DatasetId, key: &str) -> Option<Entry> {
        let inner = self.inner.lock().ok()?;
        inner.entries.get(&(org, dataset, key.to_owned())).cloned()
    }

    /// Keeps a report, dropping the oldest beyond the capacity.
    pub fn put(&self, org: OrgId, dataset: DatasetId, key: &str, report: Arc<Report>, ms: i64) {
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        let id = (org, dataset, key.to_owned());
        if inner.entries.insert(id.clone(), (report, ms)).is_none() {
            inner.order.push_back(id);
        }
        while inner.order.len() > CAPACITY {
            if let Some(old) = inner.order.pop_front() {
                inner.entries.remove(&old);
            }
        }
    }

    /// Forgets every report of `dataset` (it was deleted or replaced).
    pub fn forget(&self, dataset: DatasetId) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.entries.retain(|(_, d, _), _| *d != dataset);
            inner.order.retain(|(_, d, _)| *d != dataset);
        }
    }
}
