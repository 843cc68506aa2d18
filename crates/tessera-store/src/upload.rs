//! Uploads in progress: files uploaded for import and waiting for their mapping, kept in the
//! database so that any `tessera serve` process behind a load balancer can continue an import
//! another one started, and so that waiting files use no server memory.
//!
//! An upload is known by a random token given to the person who uploaded it; the store keeps
//! only its SHA-256 (see [`crate::credentials::hash_token`]), and finds an upload only for the
//! organisation that made it. The same hash is the idempotency key of the save that turns the
//! upload into a dataset ([`crate::Datasets::create_dataset_from_upload`]). Each organisation
//! has a quota of waiting uploads, by number and by bytes, and every upload an expiry time.

use serde::Serialize;

use crate::{AnyStore, DatasetId, OrgId, StoreError};

/// Input for a new upload.
#[derive(Debug, Clone)]
pub struct NewUpload {
    /// SHA-256 of the upload's random token, from [`crate::credentials::hash_token`].
    pub token_hash: String,
    /// The organisation it is for; no other finds it.
    pub org: OrgId,
    /// Who uploaded it (an e-mail address).
    pub uploaded_by: String,
    /// The name the dataset will have.
    pub name: String,
    /// The dataset it will correct, for a new version.
    pub parent: Option<DatasetId>,
    /// The uploaded file's name.
    pub file_name: String,
    /// The file's format code (`csv`, `xlsx`, `sav`, `dta`).
    pub format: String,
    /// The file exactly as uploaded.
    pub bytes: Vec<u8>,
    /// The options the file is read with (sheet, delimiter…), as JSON.
    pub read_options: serde_json::Value,
    /// When it was uploaded (Unix seconds).
    pub created_at: i64,
    /// When it is removed if not saved (Unix seconds).
    pub expires_at: i64,
}

/// How much one organisation may keep waiting at once; the caller's settings decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UploadQuota {
    /// Uploads waiting at once.
    pub max_uploads: u32,
    /// Bytes of all waiting uploads together.
    pub max_bytes: u64,
}

/// How far an upload has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UploadState {
    /// Read, waiting for its mapping to be accepted.
    Uploaded,
    /// Its mapping was accepted and checked: ready to save.
    Mapped,
}

impl UploadState {
    /// The stored name: `uploaded` or `mapped`.
    pub fn as_str(self) -> &'static str {
        match self {
            UploadState::Uploaded => "uploaded",
            UploadState::Mapped => "mapped",
        }
    }

    fn parse(s: &str) -> Result<Self, StoreError> {
        match s {
            "uploaded" => Ok(UploadState::Uploaded),
            "mapped" => Ok(UploadState::Mapped),
            other => Err(StoreError::Corrupt(format!(
                "unknown upload state {other:?}"
            ))),
        }
    }
}

/// A waiting upload, without its bytes (see [`Uploads::upload_bytes`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Upload {
    /// SHA-256 of its token.
    pub token_hash: String,
    /// The organisation it is for.
    pub org: OrgId,
    /// Who uploaded it.
    pub uploaded_by: String,
    /// The name the dataset will have.
    pub name: String,
    /// The dataset it will correct.
    pub parent: Option<DatasetId>,
    /// The uploaded file's name.
    pub file_name: String,
    /// The file's format code.
    pub format: String,
    /// The file's size in bytes.
    pub size_bytes: i64,
    /// The options the file is read with, as JSON.
    pub read_options: serde_json::Value,
    /// The mapping chosen so far, as JSON, if any.
    pub mapping: Option<serde_json::Value>,
    /// How far it has come.
    pub state: UploadState,
    /// When it was uploaded (Unix seconds).
    pub created_at: i64,
    /// When it is removed if not saved (Unix seconds).
    pub expires_at: i64,
}

/// What a step of the import changes in a waiting upload.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadChange {
    /// The options the file is read with, as JSON.
    pub read_options: serde_json::Value,
    /// The mapping chosen, as JSON, if any.
    pub mapping: Option<serde_json::Value>,
    /// How far it has come.
    pub state: UploadState,
}

/// Files waiting for their mapping.
pub trait Uploads: Send + Sync {
    /// Keeps an upload until `new.expires_at`. Refuses it, saying which limit and what to do,
    /// when the organisation's waiting uploads (expired ones aside, which it removes) would
    /// then number more than `quota.max_uploads` or hold more than `quota.max_bytes`.
    fn create_upload(
        &self,
        new: NewUpload,
        quota: UploadQuota,
    ) -> impl Future<Output = Result<Upload, StoreError>> + Send;

    /// The organisation's upload whose token hashes to `token_hash`, if it has not expired at
    /// `now`; another organisation's upload is not found.
    fn upload(
        &self,
        org: OrgId,
        token_hash: &str,
        now: i64,
    ) -> impl Future<Output = Result<Option<Upload>, StoreError>> + Send;

    /// The bytes of that upload, under the same conditions.
    fn upload_bytes(
        &self,
        org: OrgId,
        token_hash: &str,
        now: i64,
    ) -> impl Future<Output = Result<Option<Vec<u8>>, StoreError>> + Send;

    /// The organisation's uploads waiting at `now`, newest first, without their bytes.
    fn uploads(
        &self,
        org: OrgId,
        now: i64,
    ) -> impl Future<Output = Result<Vec<Upload>, StoreError>> + Send;

    /// Records a step of the import (read options, mapping, state); `false` if there is no such
    /// upload of the organisation waiting at `now`.
    fn update_upload(
        &self,
        org: OrgId,
        token_hash: &str,
        change: UploadChange,
        now: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Discards one of the organisation's uploads; `false` if there was none.
    fn delete_upload(
        &self,
        org: OrgId,
        token_hash: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Removes every organisation's uploads that expired at or before `now`; returns how many.
    fn purge_expired_uploads(
        &self,
        now: i64,
    ) -> impl Future<Output = Result<u64, StoreError>> + Send;
}

/// The columns of [`UploadRow`]: everything but the bytes.
macro_rules! upload_columns {
    () => {
        "token_hash, org_id, uploaded_by, name, parent_id, file_name, format, size_bytes, \
         read_options, mapping, state, created_at, expires_at"
    };
}

/// Serialises uploads of one organisation on PostgreSQL, so two at once cannot both pass the
/// quota; on SQLite the write transaction's lock already does.
const LOCK_ORGANISATION: &str = "SELECT id FROM organisation WHERE id = $1 FOR UPDATE";

const DELETE_EXPIRED_OF_ORG: &str = "DELETE FROM upload WHERE org_id = $1 AND expires_at <= $2";

/// PostgreSQL sums `BIGINT`s as `NUMERIC`, which the `Any` driver does not read: cast it back.
const SELECT_USAGE: &str = "SELECT COUNT(*), CAST(COALESCE(SUM(size_bytes), 0) AS BIGINT) \
     FROM upload WHERE org_id = $1";

const INSERT: &str = concat!(
    "INSERT INTO upload (token_hash, org_id, uploaded_by, name, parent_id, file_name, format, \
     size_bytes, bytes, read_options, mapping, state, created_at, expires_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, 'uploaded', $11, $12) RETURNING ",
    upload_columns!()
);

const SELECT_ONE: &str = concat!(
    "SELECT ",
    upload_columns!(),
    " FROM upload WHERE org_id = $1 AND token_hash = $2 AND expires_at > $3"
);

const SELECT_BYTES: &str = "SELECT bytes FROM upload \
     WHERE org_id = $1 AND token_hash = $2 AND expires_at > $3";

const SELECT_OF_ORG: &str = concat!(
    "SELECT ",
    upload_columns!(),
    " FROM upload WHERE org_id = $1 AND expires_at > $2 ORDER BY created_at DESC, token_hash"
);

const UPDATE: &str = "UPDATE upload SET read_options = $1, mapping = $2, state = $3 \
     WHERE org_id = $4 AND token_hash = $5 AND expires_at > $6";

const DELETE: &str = "DELETE FROM upload WHERE org_id = $1 AND token_hash = $2";

const DELETE_EXPIRED: &str = "DELETE FROM upload WHERE expires_at <= $1";

#[derive(sqlx::FromRow)]
struct UploadRow {
    token_hash: String,
    org_id: i64,
    uploaded_by: String,
    name: String,
    parent_id: Option<i64>,
    file_name: String,
    format: String,
    size_bytes: i64,
    read_options: String,
    mapping: Option<String>,
    state: String,
    created_at: i64,
    expires_at: i64,
}

impl UploadRow {
    fn upload(self) -> Result<Upload, StoreError> {
        let corrupt =
            |what: &str, e: serde_json::Error| StoreError::Corrupt(format!("upload {what}: {e}"));
        Ok(Upload {
            read_options: serde_json::from_str(&self.read_options)
                .map_err(|e| corrupt("read options", e))?,
            mapping: self
                .mapping
                .as_deref()
                .map(serde_json::from_str)
                .transpose()
                .map_err(|e| corrupt("mapping", e))?,
            state: UploadState::parse(&self.state)?,
            token_hash: self.token_hash,
            org: OrgId(self.org_id),
            uploaded_by: self.uploaded_by,
            name: self.name,
            parent: self.parent_id.map(DatasetId),
            file_name: self.file_name,
            format: self.format,
            size_bytes: self.size_bytes,
            created_at: self.created_at,
            expires_at: self.expires_at,
        })
    }
}

/// A size as people read it: `812 bytes`, `3.4 KB`, `151.2 MB`.
fn size(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{:.1} KB", bytes as f64 / 1e3),
        _ => format!("{:.1} MB", bytes as f64 / 1e6),
    }
}

impl Uploads for AnyStore {
    async fn create_upload(
        &self,
        new: NewUpload,
        quota: UploadQuota,
    ) -> Result<Upload, StoreError> {
        let new_bytes = new.bytes.len() as u64;
        let mut tx = self.begin_write().await?;
        if !self.is_sqlite() {
            sqlx::query(LOCK_ORGANISATION)
                .bind(new.org.0)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(DELETE_EXPIRED_OF_ORG)
            .bind(new.org.0)
            .bind(new.created_at)
            .execute(&mut *tx)
            .await?;
        let (count, bytes): (i64, i64) = sqlx::query_as(SELECT_USAGE)
            .bind(new.org.0)
            .fetch_one(&mut *tx)
            .await?;
        let (count, bytes) = (count.max(0) as u64, bytes.max(0) as u64);
        if count + 1 > u64::from(quota.max_uploads) {
            return Err(StoreError::Quota {
                message: format!(
                    "your organisation already has {count} uploads waiting to be mapped and saved, the most it may have at once ({}). Save or discard one of them, or wait for them to expire, then upload this file again",
                    quota.max_uploads
                ),
            });
        }
        if bytes + new_bytes > quota.max_bytes {
            return Err(StoreError::Quota {
                message: format!(
                    "this file ({}) and the uploads your organisation already has waiting ({}) would hold more than the {} it may keep waiting at once. Save or discard a waiting upload, or wait for it to expire, then upload this file again",
                    size(new_bytes),
                    size(bytes),
                    size(quota.max_bytes)
                ),
            });
        }
        let row: UploadRow = sqlx::query_as(INSERT)
            .bind(&new.token_hash)
            .bind(new.org.0)
            .bind(&new.uploaded_by)
            .bind(&new.name)
            .bind(new.parent.map(|p| p.0))
            .bind(&new.file_name)
            .bind(&new.format)
            .bind(new_bytes as i64)
            .bind(new.bytes)
            .bind(new.read_options.to_string())
            .bind(new.created_at)
            .bind(new.expires_at)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        row.upload()
    }

    async fn upload(
        &self,
        org: OrgId,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Upload>, StoreError> {
        let row: Option<UploadRow> = sqlx::query_as(SELECT_ONE)
            .bind(org.0)
            .bind(token_hash)
            .bind(now)
            .fetch_optional(&self.pool)
            .await?;
        row.map(UploadRow::upload).transpose()
    }

    async fn upload_bytes(
        &self,
        org: OrgId,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(sqlx::query_scalar(SELECT_BYTES)
            .bind(org.0)
            .bind(token_hash)
            .bind(now)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn uploads(&self, org: OrgId, now: i64) -> Result<Vec<Upload>, StoreError> {
        let rows: Vec<UploadRow> = sqlx::query_as(SELECT_OF_ORG)
            .bind(org.0)
            .bind(now)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(UploadRow::upload).collect()
    }

    async fn update_upload(
        &self,
        org: OrgId,
        token_hash: &str,
        change: UploadChange,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(UPDATE)
            .bind(change.read_options.to_string())
            .bind(change.mapping.map(|m| m.to_string()))
            .bind(change.state.as_str())
            .bind(org.0)
            .bind(token_hash)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn delete_upload(&self, org: OrgId, token_hash: &str) -> Result<bool, StoreError> {
        let done = sqlx::query(DELETE)
            .bind(org.0)
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn purge_expired_uploads(&self, now: i64) -> Result<u64, StoreError> {
        let done = sqlx::query(DELETE_EXPIRED)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::NewOrganisation;
    use crate::prelude::*;

    const QUOTA: UploadQuota = UploadQuota {
        max_uploads: 3,
        max_bytes: 100,
    };

    fn new_upload(org: OrgId, token_hash: &str, bytes: usize, expires_at: i64) -> NewUpload {
        NewUpload {
            token_hash: token_hash.to_owned(),
            org,
            uploaded_by: "ana@a.example".to_owned(),
            name: "Residents' survey".to_owned(),
            parent: None,
            file_name: "survey.xlsx".to_owned(),
            format: "xlsx".to_owned(),
            bytes: vec![7; bytes],
            read_options: serde_json::json!({ "sheet": "Wave 1" }),
            created_at: 1_000,
            expires_at,
        }
    }

    async fn two_organisations(store: &AnyStore) -> (OrgId, OrgId) {
        let mut ids = Vec::new();
        for slug in ["a", "b"] {
            ids.push(
                store
                    .create_organisation(NewOrganisation::parse(slug, slug).expect("valid"), "t")
                    .await
                    .expect("organisation")
                    .id,
            );
        }
        (ids[0], ids[1])
    }

    #[tokio::test]
    async fn an_upload_is_found_only_by_its_organisation_and_only_until_it_expires() {
        for store in crate::testing::all().await.expect("databases") {
            let (a, b) = two_organisations(&store).await;
            let made = store
                .create_upload(new_upload(a, "h1", 10, 8_200), QUOTA)
                .await
                .expect("upload");
            assert_eq!(made.state, UploadState::Uploaded);
            assert_eq!(made.size_bytes, 10);
            assert_eq!(made.mapping, None);
            assert_eq!(made.read_options["sheet"], "Wave 1");
            assert_eq!(
                store.upload(a, "h1", 1_001).await.expect("read"),
                Some(made)
            );
            assert_eq!(
                store.upload_bytes(a, "h1", 1_001).await.expect("bytes"),
                Some(vec![7; 10])
            );
            // Another organisation's token is simply not found.
            assert_eq!(store.upload(b, "h1", 1_001).await.expect("read"), None);
            assert_eq!(
                store.upload_bytes(b, "h1", 1_001).await.expect("read"),
                None
            );
            assert!(store.uploads(b, 1_001).await.expect("list").is_empty());
            assert!(!store.delete_upload(b, "h1").await.expect("delete"));
            // Expired: gone from every read, then purged.
            assert_eq!(store.upload(a, "h1", 8_200).await.expect("read"), None);
            assert_eq!(
                store.upload_bytes(a, "h1", 8_200).await.expect("read"),
                None
            );
            assert_eq!(store.uploads(a, 8_200).await.expect("list").len(), 0);
            assert_eq!(store.purge_expired_uploads(8_199).await.expect("purge"), 0);
            assert_eq!(store.purge_expired_uploads(8_200).await.expect("purge"), 1);
            assert_eq!(store.uploads(a, 1_001).await.expect("list").len(), 0);
        }
    }

    #[tokio::test]
    async fn the_mapping_and_state_are_updated_and_an_upload_can_be_discarded() {
        for store in crate::testing::all().await.expect("databases") {
            let (a, b) = two_organisations(&store).await;
            store
                .create_upload(new_upload(a, "h1", 10, 8_200), QUOTA)
                .await
                .expect("upload");
            let change = UploadChange {
                read_options: serde_json::json!({ "sheet": "Wave 2" }),
                mapping: Some(serde_json::json!({ "measures": [] })),
                state: UploadState::Mapped,
            };
            assert!(
                !store
                    .update_upload(b, "h1", change.clone(), 1_001)
                    .await
                    .expect("other organisation")
            );
            assert!(
                !store
                    .update_upload(a, "h1", change.clone(), 8_200)
                    .await
                    .expect("expired")
            );
            assert!(
                store
                    .update_upload(a, "h1", change, 1_001)
                    .await
                    .expect("update")
            );
            let listed = store.uploads(a, 1_001).await.expect("list");
            assert_eq!(listed.len(), 1);
            assert_eq!(listed[0].state, UploadState::Mapped);
            assert_eq!(listed[0].read_options["sheet"], "Wave 2");
            assert_eq!(
                listed[0].mapping,
                Some(serde_json::json!({ "measures": [] }))
            );
            assert!(store.delete_upload(a, "h1").await.expect("delete"));
            assert_eq!(store.upload(a, "h1", 1_001).await.expect("read"), None);
        }
    }

    #[tokio::test]
    async fn an_upload_over_the_organisations_quota_is_refused_with_the_limit_named() {
        for store in crate::testing::all().await.expect("databases") {
            let (a, b) = two_organisations(&store).await;
            for hash in ["h1", "h2", "h3"] {
                store
                    .create_upload(new_upload(a, hash, 10, 8_200), QUOTA)
                    .await
                    .expect("within the count");
            }
            let err = store
                .create_upload(new_upload(a, "h4", 10, 8_200), QUOTA)
                .await
                .expect_err("a fourth");
            assert!(matches!(err, StoreError::Quota { .. }), "{err}");
            assert!(err.to_string().contains("3 uploads waiting"), "{err}");
            // The quota is per organisation, and bytes count too.
            store
                .create_upload(new_upload(b, "h5", 100, 8_200), QUOTA)
                .await
                .expect("exactly the bytes allowed");
            store.delete_upload(a, "h1").await.expect("delete");
            let err = store
                .create_upload(new_upload(a, "h6", 81, 8_200), QUOTA)
                .await
                .expect_err("20 + 81 bytes");
            assert!(err.to_string().contains("(81 bytes)"), "{err}");
            assert!(err.to_string().contains("than the 100 bytes"), "{err}");
            store
                .create_upload(new_upload(a, "h6", 80, 8_200), QUOTA)
                .await
                .expect("20 + 80 bytes");
            // Expired uploads do not count.
            let mut later = new_upload(a, "h7", 10, 20_000);
            later.created_at = 8_200;
            store
                .create_upload(later, QUOTA)
                .await
                .expect("the others expired");
            assert_eq!(store.uploads(a, 8_200).await.expect("list").len(), 1);
        }
    }

    #[test]
    fn sizes_in_quota_messages_read_as_bytes_kilobytes_or_megabytes() {
        assert_eq!(size(999), "999 bytes");
        assert_eq!(size(1_000), "1.0 KB");
        assert_eq!(size(1_500_000), "1.5 MB");
        assert_eq!(size(209_715_200), "209.7 MB");
    }

    #[tokio::test]
    async fn concurrent_uploads_cannot_both_take_the_last_place_in_the_quota() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sqlite = AnyStore::open_path(&dir.path().join("t.sqlite"))
            .await
            .expect("sqlite file");
        sqlite.migrate().await.expect("migrate");
        let mut stores = vec![sqlite];
        stores.extend(
            crate::testing::all()
                .await
                .expect("databases")
                .into_iter()
                .skip(1),
        );
        for store in stores {
            let (a, _) = two_organisations(&store).await;
            let tasks: Vec<_> = (0..10)
                .map(|i| {
                    let store = store.clone();
                    tokio::spawn(async move {
                        store
                            .create_upload(new_upload(a, &format!("h{i}"), 10, 8_200), QUOTA)
                            .await
                    })
                })
                .collect();
            let mut accepted = 0;
            for task in tasks {
                match task.await.expect("task") {
                    Ok(_) => accepted += 1,
                    Err(StoreError::Quota { .. }) => {}
                    Err(e) => panic!("{}: {e}", store.backend()),
                }
            }
            assert_eq!(accepted, 3, "{}", store.backend());
            assert_eq!(store.uploads(a, 1_001).await.expect("list").len(), 3);
        }
    }
}
