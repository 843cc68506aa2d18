//! Uploads waiting for their mapping: nothing reaches the datasets before the person has seen
//! the validation report and chosen to save. Each organisation may keep only a few waiting, and
//! each waits only so long (both in [`crate::Limits`]).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tessera_data::{Format, Problems, ReadOutcome};
use tessera_stats::mapping::DatasetMapping;
use tessera_store::{DatasetId, OrgId};

use crate::{AppError, AppResult, Limits};

/// An upload being mapped and checked.
#[derive(Clone)]
pub struct PendingImport {
    /// When it was uploaded; pending imports expire.
    pub created: Instant,
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
    /// The file exactly as uploaded.
    pub bytes: Arc<Vec<u8>>,
    /// What reading it gave: the data, the codebook and the reader's problems.
    pub outcome: Arc<ReadOutcome>,
    /// The mapping chosen, once the mapping form was accepted (or the parent's, for a new
    /// version, until then).
    pub mapping: Option<DatasetMapping>,
    /// Every problem under the accepted mapping; `None` until the mapping form is accepted.
    pub problems: Option<Arc<Problems>>,
}

/// The uploads waiting in this process, by token.
#[derive(Default)]
pub struct PendingUploads {
    by_token: Mutex<HashMap<String, PendingImport>>,
}

/// What a person sees when an upload has gone (saved, expired or never there).
pub fn gone() -> AppError {
    AppError::NotFound(
        "There is no upload waiting at this address. Uploads not saved within 2 hours are removed: upload the file again from the Datasets page.".to_owned(),
    )
}

/// Whether `text` looks like a token (URL-safe base64 of 32 random bytes), checked before any
/// lookup.
fn is_token(text: &str) -> bool {
    text.len() == 43
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl PendingUploads {
    fn lock(&self, expiry: Duration) -> AppResult<MutexGuard<'_, HashMap<String, PendingImport>>> {
        let mut map = self
            .by_token
            .lock()
            .map_err(|_| AppError::internal("the table of pending imports is poisoned"))?;
        map.retain(|_, p| p.created.elapsed() < expiry);
        Ok(map)
    }

    /// Keeps an upload under a new token, within the organisation's quota.
    pub fn insert(&self, limits: &Limits, pending: PendingImport) -> AppResult<String> {
        let token = tessera_store::credentials::random_token(32);
        let mut map = self.lock(limits.upload_expiry)?;
        let (count, bytes) = map
            .values()
            .filter(|p| p.org == pending.org)
            .fold((0, 0), |(n, b), p| (n + 1, b + p.bytes.len()));
        if count >= limits.pending_uploads_per_org
            || bytes + pending.bytes.len() > limits.pending_bytes_per_org
        {
            return Err(AppError::TooMany(format!(
                "Your organisation already has {count} uploads waiting to be checked and saved (at most {} at once, {} MB in all). Save or abandon one of them, or wait: uploads not saved within 2 hours are removed.",
                limits.pending_uploads_per_org,
                limits.pending_bytes_per_org / (1024 * 1024)
            )));
        }
        map.insert(token.clone(), pending);
        Ok(token)
    }

    /// The upload under `token`, if it belongs to `org`.
    pub fn get(&self, limits: &Limits, org: OrgId, token: &str) -> AppResult<PendingImport> {
        if !is_token(token) {
            return Err(gone());
        }
        self.lock(limits.upload_expiry)?
            .get(token)
            .filter(|p| p.org == org)
            .cloned()
            .ok_or_else(gone)
    }

    /// Changes the upload under `token`.
    pub fn update(
        &self,
        limits: &Limits,
        token: &str,
        change: impl FnOnce(&mut PendingImport),
    ) -> AppResult<()> {
        let mut map = self.lock(limits.upload_expiry)?;
        let entry = map.get_mut(token).ok_or_else(gone)?;
        change(entry);
        Ok(())
    }

    /// Forgets the upload under `token`.
    pub fn remove(&self, limits: &Limits, token: &str) -> AppResult<()> {
        self.lock(limits.upload_expiry)?.remove(token);
        Ok(())
    }
}
