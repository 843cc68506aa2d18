//! Uploads waiting for their mapping. They are kept in the database (`tessera_store::Uploads`),
//! so any server behind a load balancer can continue an import another started, and waiting
//! files use no server memory; each organisation may keep only a few waiting, each for a while
//! (both in [`crate::Limits`]). What reading a file gave is kept a little while in this process
//! ([`ReadCache`]), bounded by bytes, so the steps of one import do not read the file again.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use tessera_data::{Format, Problems, ReadOutcome};
use tessera_stats::Report;
use tessera_stats::mapping::DatasetMapping;
use tessera_store::{DatasetId, OrgId};

use super::read::UploadOptions;
use crate::AppError;

/// An upload being mapped and checked, read.
#[derive(Clone)]
pub struct PendingImport {
    /// SHA-256 of its token (the store's key, and the save's idempotency key).
    pub token_hash: String,
    /// The organisation that uploaded it; no other may see it.
    pub org: OrgId,
    /// The dataset's name.
    pub name: String,
    /// The dataset this upload corrects, for a new version.
    pub parent: Option<DatasetId>,
    /// The uploaded file's name.
    pub file_name: String,
    /// The file's format.
    pub format: Format,
    /// How it is read.
    pub options: UploadOptions,
    /// What reading it gave: the data, the codebook and the reader's problems.
    pub outcome: Arc<ReadOutcome>,
    /// The mapping chosen, once the mapping form was accepted (or the parent's, for a new
    /// version, until then).
    pub mapping: Option<DatasetMapping>,
    /// Whether the mapping was accepted and checked (ready to save).
    pub checked: bool,
}

/// What a person sees when an upload has gone (saved, expired or never there).
pub fn gone() -> AppError {
    AppError::NotFound(tessera_l10n::t("import-gone"))
}

/// Whether `text` looks like a token (URL-safe base64 of 32 random bytes), checked before any
/// lookup.
pub fn is_token(text: &str) -> bool {
    text.len() == 43
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Read files and their problems under a mapping, by token hash, most recent last.
#[derive(Default)]
pub struct ReadCache {
    entries: Mutex<VecDeque<Entry>>,
}

struct Entry {
    token_hash: String,
    options: UploadOptions,
    bytes: usize,
    outcome: Arc<ReadOutcome>,
    /// The canonical mapping and the problems under it.
    problems: Option<(String, Arc<Problems>)>,
    /// The canonical mapping and the profile's estimates the check computed under it, with
    /// how long they took.
    report: Option<(String, Arc<Report>, i64)>,
}

/// Original bytes of files kept read at once in one process.
const CACHE_BYTES: usize = 256 * 1024 * 1024;

impl ReadCache {
    /// The read file under `token_hash`, if kept and read with `options`.
    pub fn outcome(&self, token_hash: &str, options: &UploadOptions) -> Option<Arc<ReadOutcome>> {
        let entries = self.entries.lock().ok()?;
        entries
            .iter()
            .find(|e| e.token_hash == token_hash && &e.options == options)
            .map(|e| Arc::clone(&e.outcome))
    }

    /// Keeps a read file, dropping the oldest beyond the byte budget.
    pub fn put(
        &self,
        token_hash: &str,
        options: &UploadOptions,
        bytes: usize,
        outcome: Arc<ReadOutcome>,
    ) {
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        entries.retain(|e| e.token_hash != token_hash);
        entries.push_back(Entry {
            token_hash: token_hash.to_owned(),
            options: options.clone(),
            bytes,
            outcome,
            problems: None,
            report: None,
        });
        let mut total: usize = entries.iter().map(|e| e.bytes).sum();
        while total > CACHE_BYTES && entries.len() > 1 {
            if let Some(old) = entries.pop_front() {
                total -= old.bytes;
            }
        }
    }

    /// The problems of the read file under `token_hash` under the mapping whose canonical text
    /// is `mapping`, if kept.
    pub fn problems(&self, token_hash: &str, mapping: &str) -> Option<Arc<Problems>> {
        let entries = self.entries.lock().ok()?;
        entries
            .iter()
            .find(|e| e.token_hash == token_hash)
            .and_then(|e| e.problems.as_ref())
            .filter(|(m, _)| m == mapping)
            .map(|(_, p)| Arc::clone(p))
    }

    /// Keeps the problems of a read file under a mapping.
    pub fn put_problems(&self, token_hash: &str, mapping: String, problems: Arc<Problems>) {
        if let Ok(mut entries) = self.entries.lock()
            && let Some(e) = entries.iter_mut().find(|e| e.token_hash == token_hash)
        {
            e.problems = Some((mapping, problems));
        }
    }

    /// The estimates the check computed for the read file under `token_hash` under the
    /// mapping whose canonical text is `mapping`, if kept.
    pub fn report(&self, token_hash: &str, mapping: &str) -> Option<(Arc<Report>, i64)> {
        let entries = self.entries.lock().ok()?;
        entries
            .iter()
            .find(|e| e.token_hash == token_hash)
            .and_then(|e| e.report.as_ref())
            .filter(|(m, _, _)| m == mapping)
            .map(|(_, r, ms)| (Arc::clone(r), *ms))
    }

    /// Keeps the estimates the check computed for a read file under a mapping.
    pub fn put_report(&self, token_hash: &str, mapping: String, report: Arc<Report>, ms: i64) {
        if let Ok(mut entries) = self.entries.lock()
            && let Some(e) = entries.iter_mut().find(|e| e.token_hash == token_hash)
        {
            e.report = Some((mapping, report, ms));
        }
    }

    /// Forgets the file under `token_hash` (saved or discarded).
    pub fn forget(&self, token_hash: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.retain(|e| e.token_hash != token_hash);
        }
    }
}
