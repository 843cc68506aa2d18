//! Datasets as stored: immutable imports of rows, as columns, with their codebook, mapping,
//! original file, retention date and cached estimates. A correction is a new version; nothing
//! is changed in place except the retention date and the cache.

use serde::Serialize;
use sqlx::{AnyConnection, Row};

use crate::audit::{NewAuditEvent, record};
use crate::db::{is_unique_violation, now};
use crate::{AnyStore, DatasetId, OrgId, StoreError, columnar};

/// Input for saving a dataset (a new import, or a new version of one).
#[derive(Debug, Clone)]
pub struct NewDataset {
    /// The owning organisation.
    pub org: OrgId,
    /// A name people recognise, e.g. "Residents' survey 2023–2025".
    pub name: String,
    /// The version this one corrects, if any; the new one gets the next version number.
    pub parent: Option<DatasetId>,
    /// The uploaded file's name.
    pub source_name: String,
    /// The file format (`csv`, `xlsx`, `sav`, `dta`).
    pub source_format: String,
    /// The file exactly as uploaded.
    pub original: Vec<u8>,
    /// The rows kept, as columns with their codebook.
    pub data: tessera_data::Dataset,
    /// 0-based indexes (in the original file) of rows left out because they had problems.
    pub excluded_rows: Vec<usize>,
    /// The wave values present, for listing.
    pub waves: Vec<String>,
    /// The mapping as JSON (design, group definition, breakdowns, measures).
    pub mapping: serde_json::Value,
    /// Who imported it.
    pub created_by: String,
}

/// A dataset as listed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatasetSummary {
    /// Its id.
    pub id: DatasetId,
    /// The owning organisation.
    pub org: OrgId,
    /// Its name.
    pub name: String,
    /// 1 for the first import, then 2, 3… for corrections.
    pub version: i64,
    /// The version it corrects.
    pub parent: Option<DatasetId>,
    /// The uploaded file's name.
    pub source_name: String,
    /// The file format.
    pub source_format: String,
    /// Rows kept.
    pub n_rows: i64,
    /// Columns.
    pub n_columns: i64,
    /// Rows left out.
    pub n_excluded: usize,
    /// Wave values present.
    pub waves: Vec<String>,
    /// Size of the original file in bytes.
    pub size_bytes: i64,
    /// The date (YYYY-MM-DD) after which owners are asked to delete it, if one is set.
    pub retain_until: Option<String>,
    /// Who imported it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
}

/// A dataset's description without its rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatasetRecord {
    /// The summary.
    #[serde(flatten)]
    pub summary: DatasetSummary,
    /// The mapping as JSON.
    pub mapping: serde_json::Value,
    /// The codebook: variables, labels, value labels, missing codes.
    #[serde(skip)]
    pub codebook: tessera_data::Codebook,
    /// 0-based indexes of rows left out at import.
    pub excluded_rows: Vec<usize>,
}

/// A cached computation result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CachedReport {
    /// The report as JSON.
    pub report: serde_json::Value,
    /// When it was computed.
    pub computed_at: String,
    /// How long it took.
    pub duration_ms: i64,
}

/// An organisation's datasets, their retention dates and the estimates cached from them.
pub trait Datasets: Send + Sync {
    /// Saves a dataset with its columns and original file in one transaction, and records the
    /// import in the audit log. A dataset is never changed afterwards.
    fn create_dataset(
        &self,
        new: NewDataset,
    ) -> impl Future<Output = Result<DatasetSummary, StoreError>> + Send;

    /// Saves a dataset made from the pending upload whose token hashes to `upload`, exactly
    /// once: the hash is the save's idempotency key, so a second save with the same key (a
    /// retry after a lost answer, or a double click) returns the dataset the first one made,
    /// with the same id, instead of a duplicate. In the same transaction it deletes the pending
    /// upload (see [`crate::Uploads`]).
    fn create_dataset_from_upload(
        &self,
        new: NewDataset,
        upload: &str,
    ) -> impl Future<Output = Result<DatasetSummary, StoreError>> + Send;

    /// The dataset a save of the pending upload whose token hashes to `upload` made, if it was
    /// saved: a retry after the save arrives finds it here once the upload is gone.
    fn dataset_from_upload(
        &self,
        org: OrgId,
        upload: &str,
    ) -> impl Future<Output = Result<Option<DatasetSummary>, StoreError>> + Send;

    /// Lists an organisation's datasets, newest first.
    fn datasets(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<DatasetSummary>, StoreError>> + Send;

    /// One of an organisation's datasets, without its rows; `None` if it is not theirs.
    fn dataset(
        &self,
        org: OrgId,
        id: DatasetId,
    ) -> impl Future<Output = Result<Option<DatasetRecord>, StoreError>> + Send;

    /// A dataset's rows, as columns with the codebook.
    fn dataset_data(
        &self,
        org: OrgId,
        id: DatasetId,
    ) -> impl Future<Output = Result<Option<tessera_data::Dataset>, StoreError>> + Send;

    /// The file exactly as uploaded.
    fn dataset_original(
        &self,
        org: OrgId,
        id: DatasetId,
    ) -> impl Future<Output = Result<Option<Vec<u8>>, StoreError>> + Send;

    /// A cached result computed from a dataset under `key`.
    fn cached_report(
        &self,
        org: OrgId,
        id: DatasetId,
        key: &str,
    ) -> impl Future<Output = Result<Option<CachedReport>, StoreError>> + Send;

    /// Stores a computed result under `key`, replacing an older one.
    fn save_report(
        &self,
        org: OrgId,
        id: DatasetId,
        key: &str,
        report: &serde_json::Value,
        duration_ms: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Deletes one of an organisation's datasets completely: its rows, original file and cached
    /// estimates, and every later version that corrects it (a correction is a copy of the same
    /// people's answers, so erasing one version but keeping its corrections would erase nothing).
    /// Records a `delete` audit entry per version, with its summary as `before`, in the same
    /// transaction. Returns the versions deleted, newest first; empty if it is not theirs.
    fn delete_dataset(
        &self,
        org: OrgId,
        id: DatasetId,
        actor: &str,
    ) -> impl Future<Output = Result<Vec<DatasetSummary>, StoreError>> + Send;

    /// Sets or clears the date after which owners are asked to delete a dataset, and records
    /// it; `false` if the dataset is not the organisation's.
    fn set_retention(
        &self,
        org: OrgId,
        id: DatasetId,
        retain_until: Option<&str>,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

/// The columns of [`DatasetRow`], for every statement that returns a dataset summary.
macro_rules! dataset_columns {
    () => {
        "id, org_id, name, version, parent_id, source_name, source_format, n_rows, n_columns, \
         excluded_rows, waves, size_bytes, created_by, created_at, retain_until"
    };
}

const SELECT_VERSION: &str = "SELECT version FROM dataset WHERE id = $1 AND org_id = $2";

/// The highest version of the family of corrections that `$1` starts.
const SELECT_LATEST_VERSION: &str = "WITH RECURSIVE family(id) AS ( \
         SELECT CAST($1 AS BIGINT) \
         UNION SELECT d.id FROM dataset d JOIN family f ON d.parent_id = f.id) \
     SELECT COALESCE(MAX(version), 0) FROM dataset WHERE id IN (SELECT id FROM family)";

const INSERT: &str = concat!(
    "INSERT INTO dataset (org_id, name, version, parent_id, source_name, source_format, \
     n_rows, n_columns, excluded_rows, waves, codebook, mapping, size_bytes, created_by, \
     created_at, idempotency_key) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING ",
    dataset_columns!()
);

const INSERT_ORIGINAL: &str = "INSERT INTO dataset_original (dataset_id, bytes) VALUES ($1, $2)";

const INSERT_COLUMN: &str = "INSERT INTO dataset_column \
     (dataset_id, position, name, kind, levels, data) VALUES ($1, $2, $3, $4, $5, $6)";

const SELECT_BY_IDEMPOTENCY_KEY: &str = concat!(
    "SELECT ",
    dataset_columns!(),
    " FROM dataset WHERE org_id = $1 AND idempotency_key = $2"
);

const DELETE_UPLOAD: &str = "DELETE FROM upload WHERE org_id = $1 AND token_hash = $2";

const SELECT_OF_ORG: &str = concat!(
    "SELECT ",
    dataset_columns!(),
    " FROM dataset WHERE org_id = $1 ORDER BY id DESC"
);

const SELECT_RECORD: &str = concat!(
    "SELECT ",
    dataset_columns!(),
    ", mapping, codebook FROM dataset WHERE id = $1 AND org_id = $2"
);

const SELECT_COLUMNS: &str = "SELECT name, kind, levels, data FROM dataset_column \
     WHERE dataset_id = $1 ORDER BY position";

const SELECT_ORIGINAL: &str = "SELECT o.bytes FROM dataset_original o \
     JOIN dataset d ON d.id = o.dataset_id WHERE d.id = $1 AND d.org_id = $2";

const SELECT_CACHED: &str = "SELECT c.report, c.computed_at, c.duration_ms \
     FROM estimate_cache c JOIN dataset d ON d.id = c.dataset_id \
     WHERE d.id = $1 AND d.org_id = $2 AND c.key = $3";

/// Inserts or replaces a cached report, only for a dataset of the organisation.
const UPSERT_CACHED: &str = "INSERT INTO estimate_cache \
     (dataset_id, key, report, computed_at, duration_ms) \
     SELECT id, $1, $2, $3, $4 FROM dataset WHERE id = $5 AND org_id = $6 \
     ON CONFLICT (dataset_id, key) DO UPDATE SET report = excluded.report, \
     computed_at = excluded.computed_at, duration_ms = excluded.duration_ms";

const SELECT_ID: &str = "SELECT id FROM dataset WHERE id = $1 AND org_id = $2";

/// The version `$1` and every later version correcting it, directly or through another.
const SELECT_FAMILY: &str = "WITH RECURSIVE family(id) AS ( \
         SELECT CAST($1 AS BIGINT) \
         UNION SELECT d.id FROM dataset d JOIN family f ON d.parent_id = f.id) \
     SELECT id FROM family ORDER BY id DESC";

const DELETE: &str = concat!(
    "DELETE FROM dataset WHERE id = $1 AND org_id = $2 RETURNING ",
    dataset_columns!()
);

/// A deleted dataset's shared results go with it; the share rows stay, withdrawn, for the record.
const WITHDRAW_SHARES: &str = "UPDATE share SET withdrawn_at = $1, withdrawn_by = $2 \
     WHERE org_id = $3 AND object_kind = 'dataset' AND object_id = $4 AND withdrawn_at IS NULL";

const SELECT_RETENTION: &str = "SELECT retain_until FROM dataset WHERE id = $1 AND org_id = $2";

const UPDATE_RETENTION: &str = "UPDATE dataset SET retain_until = $1 WHERE id = $2 AND org_id = $3";

#[derive(sqlx::FromRow)]
struct DatasetRow {
    id: i64,
    org_id: i64,
    name: String,
    version: i64,
    parent_id: Option<i64>,
    source_name: String,
    source_format: String,
    n_rows: i64,
    n_columns: i64,
    excluded_rows: String,
    waves: String,
    size_bytes: i64,
    created_by: String,
    created_at: String,
    retain_until: Option<String>,
}

impl DatasetRow {
    fn summary(&self) -> DatasetSummary {
        // Both lists were written by `insert` from Rust values, so they parse.
        let excluded: Vec<usize> = serde_json::from_str(&self.excluded_rows).unwrap_or_default();
        DatasetSummary {
            id: DatasetId(self.id),
            org: OrgId(self.org_id),
            name: self.name.clone(),
            version: self.version,
            parent: self.parent_id.map(DatasetId),
            source_name: self.source_name.clone(),
            source_format: self.source_format.clone(),
            n_rows: self.n_rows,
            n_columns: self.n_columns,
            n_excluded: excluded.len(),
            waves: serde_json::from_str(&self.waves).unwrap_or_default(),
            size_bytes: self.size_bytes,
            retain_until: self.retain_until.clone(),
            created_by: self.created_by.clone(),
            created_at: self.created_at.clone(),
        }
    }
}

#[derive(sqlx::FromRow)]
struct DatasetRecordRow {
    #[sqlx(flatten)]
    row: DatasetRow,
    mapping: String,
    codebook: String,
}

/// Inserts a dataset with its original and columns, and its audit entry, on `conn` (inside the
/// caller's transaction). `key` is the idempotency key of a save from an upload.
async fn insert(
    conn: &mut AnyConnection,
    new: &NewDataset,
    key: Option<&str>,
) -> Result<DatasetSummary, StoreError> {
    if new.name.trim().is_empty() {
        return Err(StoreError::Invalid {
            field: "name",
            message: "a dataset needs a name".to_owned(),
        });
    }
    let version = match new.parent {
        Some(parent) => {
            let v: Option<i64> = sqlx::query_scalar(SELECT_VERSION)
                .bind(parent.0)
                .bind(new.org.0)
                .fetch_optional(&mut *conn)
                .await?;
            let Some(v) = v else {
                return Err(StoreError::Invalid {
                    field: "parent",
                    message: format!("there is no dataset {parent} to correct"),
                });
            };
            // The next version of the whole family, not just of the parent.
            let latest: i64 = sqlx::query_scalar(SELECT_LATEST_VERSION)
                .bind(parent.0)
                .fetch_one(&mut *conn)
                .await?;
            latest.max(v) + 1
        }
        None => 1,
    };
    let row: DatasetRow = sqlx::query_as(INSERT)
        .bind(new.org.0)
        .bind(new.name.trim())
        .bind(version)
        .bind(new.parent.map(|p| p.0))
        .bind(&new.source_name)
        .bind(&new.source_format)
        .bind(new.data.n_rows as i64)
        .bind(new.data.columns.len() as i64)
        .bind(to_json(&new.excluded_rows)?)
        .bind(to_json(&new.waves)?)
        .bind(to_json(&new.data.codebook)?)
        .bind(new.mapping.to_string())
        .bind(new.original.len() as i64)
        .bind(&new.created_by)
        .bind(now())
        .bind(key)
        .fetch_one(&mut *conn)
        .await?;
    sqlx::query(INSERT_ORIGINAL)
        .bind(row.id)
        .bind(new.original.as_slice())
        .execute(&mut *conn)
        .await?;
    for (position, column) in new.data.columns.iter().enumerate() {
        let (kind, levels, data) = columnar::encode(column);
        sqlx::query(INSERT_COLUMN)
            .bind(row.id)
            .bind(position as i64)
            .bind(&column.name)
            .bind(kind)
            .bind(levels)
            .bind(data)
            .execute(&mut *conn)
            .await?;
    }
    let summary = row.summary();
    record(
        conn,
        NewAuditEvent::new(
            Some(new.org),
            new.created_by.clone(),
            "import",
            format!("dataset:{}", summary.id),
            serde_json::json!({
                "after": {
                    "name": summary.name, "version": summary.version,
                    "source": summary.source_name, "rows": summary.n_rows,
                    "excluded_rows": summary.n_excluded,
                }
            }),
        ),
    )
    .await?;
    Ok(summary)
}

/// The dataset an earlier save with idempotency key `key` made, if any.
async fn saved_with_key(
    conn: &mut AnyConnection,
    org: OrgId,
    key: &str,
) -> Result<Option<DatasetSummary>, StoreError> {
    let row: Option<DatasetRow> = sqlx::query_as(SELECT_BY_IDEMPOTENCY_KEY)
        .bind(org.0)
        .bind(key)
        .fetch_optional(conn)
        .await?;
    Ok(row.as_ref().map(DatasetRow::summary))
}

/// A list or the codebook as the JSON text it is stored as.
fn to_json(value: &impl Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Invalid {
        field: "dataset",
        message: format!("could not be written as JSON: {e}"),
    })
}

impl Datasets for AnyStore {
    async fn create_dataset(&self, new: NewDataset) -> Result<DatasetSummary, StoreError> {
        let mut tx = self.begin_write().await?;
        let summary = insert(&mut tx, &new, None).await?;
        tx.commit().await?;
        Ok(summary)
    }

    async fn dataset_from_upload(
        &self,
        org: OrgId,
        upload: &str,
    ) -> Result<Option<DatasetSummary>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        saved_with_key(&mut conn, org, upload).await
    }

    async fn create_dataset_from_upload(
        &self,
        new: NewDataset,
        upload: &str,
    ) -> Result<DatasetSummary, StoreError> {
        let mut tx = self.begin_write().await?;
        if let Some(saved) = saved_with_key(&mut tx, new.org, upload).await? {
            return Ok(saved);
        }
        let summary = match insert(&mut tx, &new, Some(upload)).await {
            Ok(summary) => summary,
            // Another save with this key committed after this one looked (PostgreSQL lets
            // both look at once; SQLite's write lock does not): answer with its dataset.
            Err(StoreError::Database(e)) if is_unique_violation(&e) => {
                tx.rollback().await?;
                let mut conn = self.pool.acquire().await?;
                return saved_with_key(&mut conn, new.org, upload)
                    .await?
                    .ok_or(StoreError::Database(e));
            }
            Err(e) => return Err(e),
        };
        sqlx::query(DELETE_UPLOAD)
            .bind(new.org.0)
            .bind(upload)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(summary)
    }

    async fn datasets(&self, org: OrgId) -> Result<Vec<DatasetSummary>, StoreError> {
        let rows: Vec<DatasetRow> = sqlx::query_as(SELECT_OF_ORG)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(DatasetRow::summary).collect())
    }

    async fn dataset(
        &self,
        org: OrgId,
        id: DatasetId,
    ) -> Result<Option<DatasetRecord>, StoreError> {
        let row: Option<DatasetRecordRow> = sqlx::query_as(SELECT_RECORD)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&self.pool)
            .await?;
        let Some(DatasetRecordRow {
            row,
            mapping,
            codebook,
        }) = row
        else {
            return Ok(None);
        };
        Ok(Some(DatasetRecord {
            summary: row.summary(),
            mapping: serde_json::from_str(&mapping)
                .map_err(|e| StoreError::Corrupt(format!("dataset {id} mapping: {e}")))?,
            codebook: serde_json::from_str(&codebook)
                .map_err(|e| StoreError::Corrupt(format!("dataset {id} codebook: {e}")))?,
            excluded_rows: serde_json::from_str(&row.excluded_rows).unwrap_or_default(),
        }))
    }

    async fn dataset_data(
        &self,
        org: OrgId,
        id: DatasetId,
    ) -> Result<Option<tessera_data::Dataset>, StoreError> {
        let Some(record) = self.dataset(org, id).await? else {
            return Ok(None);
        };
        let rows = sqlx::query(SELECT_COLUMNS)
            .bind(id.0)
            .fetch_all(&self.pool)
            .await?;
        let mut columns = Vec::with_capacity(rows.len());
        for row in rows {
            let levels: Option<String> = row.try_get("levels")?;
            let kind: String = row.try_get("kind")?;
            let data: &[u8] = row.try_get("data")?;
            columns.push(columnar::decode(
                row.try_get("name")?,
                &kind,
                levels.as_deref(),
                data,
            )?);
        }
        let n_rows = usize::try_from(record.summary.n_rows).unwrap_or(0);
        if columns.iter().any(|c| c.len() != n_rows) {
            return Err(StoreError::Corrupt(format!(
                "dataset {id}: columns of different lengths"
            )));
        }
        Ok(Some(tessera_data::Dataset {
            n_rows,
            columns,
            codebook: record.codebook,
            source: tessera_data::SourceInfo::default(),
        }))
    }

    async fn dataset_original(
        &self,
        org: OrgId,
        id: DatasetId,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(sqlx::query_scalar(SELECT_ORIGINAL)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn cached_report(
        &self,
        org: OrgId,
        id: DatasetId,
        key: &str,
    ) -> Result<Option<CachedReport>, StoreError> {
        let row: Option<(String, String, i64)> = sqlx::query_as(SELECT_CACHED)
            .bind(id.0)
            .bind(org.0)
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|(report, computed_at, duration_ms)| {
            Ok(CachedReport {
                report: serde_json::from_str(&report)
                    .map_err(|e| StoreError::Corrupt(format!("cached report: {e}")))?,
                computed_at,
                duration_ms,
            })
        })
        .transpose()
    }

    async fn save_report(
        &self,
        org: OrgId,
        id: DatasetId,
        key: &str,
        report: &serde_json::Value,
        duration_ms: i64,
    ) -> Result<(), StoreError> {
        let done = sqlx::query(UPSERT_CACHED)
            .bind(key)
            .bind(report.to_string())
            .bind(now())
            .bind(duration_ms)
            .bind(id.0)
            .bind(org.0)
            .execute(&self.pool)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Invalid {
                field: "dataset",
                message: format!("there is no dataset {id} in this organisation"),
            });
        }
        Ok(())
    }

    async fn delete_dataset(
        &self,
        org: OrgId,
        id: DatasetId,
        actor: &str,
    ) -> Result<Vec<DatasetSummary>, StoreError> {
        let mut tx = self.begin_write().await?;
        let found: Option<i64> = sqlx::query_scalar(SELECT_ID)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        if found.is_none() {
            return Ok(Vec::new());
        }
        let family: Vec<i64> = sqlx::query_scalar(SELECT_FAMILY)
            .bind(id.0)
            .fetch_all(&mut *tx)
            .await?;
        let mut deleted = Vec::with_capacity(family.len());
        // Newest first, so no version is deleted while a correction still points at it; columns,
        // original, cached estimates and uploads correcting it go with it (ON DELETE CASCADE).
        for member in family {
            let row: Option<DatasetRow> = sqlx::query_as(DELETE)
                .bind(member)
                .bind(org.0)
                .fetch_optional(&mut *tx)
                .await?;
            let Some(row) = row else {
                return Err(StoreError::Corrupt(format!(
                    "dataset {member} corrects dataset {id} but belongs to another organisation"
                )));
            };
            let summary = row.summary();
            sqlx::query(WITHDRAW_SHARES)
                .bind(now())
                .bind(actor)
                .bind(org.0)
                .bind(member)
                .execute(&mut *tx)
                .await?;
            let reason = if member == id.0 {
                serde_json::Value::Null
            } else {
                serde_json::json!(format!("a later version of dataset {id}, deleted with it"))
            };
            record(
                &mut tx,
                NewAuditEvent::new(
                    Some(org),
                    actor,
                    "delete",
                    format!("dataset:{}", summary.id),
                    serde_json::json!({ "before": summary, "reason": reason }),
                ),
            )
            .await?;
            deleted.push(summary);
        }
        tx.commit().await?;
        Ok(deleted)
    }

    async fn set_retention(
        &self,
        org: OrgId,
        id: DatasetId,
        retain_until: Option<&str>,
        actor: &str,
    ) -> Result<bool, StoreError> {
        if let Some(date) = retain_until {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            if time::Date::parse(date, &format).is_err() {
                return Err(StoreError::Invalid {
                    field: "retain_until",
                    message: format!("{date:?} is not a date: use YYYY-MM-DD, e.g. 2027-03-31"),
                });
            }
        }
        let mut tx = self.begin_write().await?;
        let before: Option<(Option<String>,)> = sqlx::query_as(SELECT_RETENTION)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((before,)) = before else {
            return Ok(false);
        };
        sqlx::query(UPDATE_RETENTION)
            .bind(retain_until)
            .bind(id.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "update",
                format!("dataset:{id}"),
                serde_json::json!({
                    "before": { "retain_until": before },
                    "after": { "retain_until": retain_until },
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::prelude::*;
    use crate::{NewOrganisation, NewUpload, Organisation, UploadQuota};

    /// Creates an organisation whose short name and display name are `slug`.
    async fn org(store: &AnyStore, slug: &str) -> Organisation {
        store
            .create_organisation(NewOrganisation::parse(slug, slug).expect("valid"), "cli")
            .await
            .expect("organisation")
    }

    pub(crate) fn new_dataset(org: OrgId, parent: Option<DatasetId>) -> NewDataset {
        let data = tessera_data::Dataset::from_columns(vec![
            tessera_data::Column::numeric("weight", vec![1.0, 2.5, f64::NAN]),
            tessera_data::Column::text("group", &[Some("newcomer"), None, Some("settled")]),
        ])
        .expect("data");
        NewDataset {
            org,
            name: "Residents' survey".to_owned(),
            parent,
            source_name: "survey.csv".to_owned(),
            source_format: "csv".to_owned(),
            original: b"weight,group\n1,newcomer\n2.5,\n,settled\n".to_vec(),
            data,
            excluded_rows: vec![7],
            waves: vec!["2024".to_owned()],
            mapping: serde_json::json!({"measures": []}),
            created_by: "analyst@example.org".to_owned(),
        }
    }

    #[tokio::test]
    async fn a_dataset_reads_back_exactly_and_only_for_its_organisation() {
        for store in crate::testing::all().await.expect("databases") {
            let a = org(&store, "a").await;
            let b = org(&store, "b").await;
            let saved = store
                .create_dataset(new_dataset(a.id, None))
                .await
                .expect("save");
            assert_eq!(saved.version, 1);
            assert_eq!(saved.n_rows, 3);
            assert_eq!(saved.n_excluded, 1);
            let record = store
                .dataset(a.id, saved.id)
                .await
                .expect("read")
                .expect("found");
            assert_eq!(record.summary, saved);
            assert_eq!(record.excluded_rows, vec![7]);
            assert_eq!(record.mapping, serde_json::json!({"measures": []}));
            let data = store
                .dataset_data(a.id, saved.id)
                .await
                .expect("read")
                .expect("found");
            assert_eq!(
                data.column("group"),
                new_dataset(a.id, None).data.column("group")
            );
            assert_eq!(
                store.dataset_original(a.id, saved.id).await.expect("read"),
                Some(new_dataset(a.id, None).original)
            );
            // Another organisation sees nothing, by id or in lists.
            assert!(store.dataset(b.id, saved.id).await.expect("read").is_none());
            assert!(
                store
                    .dataset_data(b.id, saved.id)
                    .await
                    .expect("read")
                    .is_none()
            );
            assert!(
                store
                    .dataset_original(b.id, saved.id)
                    .await
                    .expect("read")
                    .is_none()
            );
            assert!(store.datasets(b.id).await.expect("list").is_empty());
            assert!(
                store
                    .save_report(b.id, saved.id, "k", &serde_json::json!({}), 1)
                    .await
                    .is_err()
            );
            let events = store.audit_events(a.id, 10).await.expect("events");
            assert_eq!(events[0].action, "import");
        }
    }

    #[tokio::test]
    async fn a_correction_is_a_new_version_and_the_old_one_stays() {
        for store in crate::testing::all().await.expect("databases") {
            let a = org(&store, "a").await;
            let v1 = store
                .create_dataset(new_dataset(a.id, None))
                .await
                .expect("v1");
            let v2 = store
                .create_dataset(new_dataset(a.id, Some(v1.id)))
                .await
                .expect("v2");
            let v3 = store
                .create_dataset(new_dataset(a.id, Some(v1.id)))
                .await
                .expect("v3");
            assert_eq!((v2.version, v3.version), (2, 3));
            assert_eq!(store.datasets(a.id).await.expect("list").len(), 3);
            assert!(store.dataset(a.id, v1.id).await.expect("read").is_some());
        }
    }

    #[tokio::test]
    async fn cached_reports_are_replaced_under_the_same_key() {
        for store in crate::testing::all().await.expect("databases") {
            let a = org(&store, "a").await;
            let d = store
                .create_dataset(new_dataset(a.id, None))
                .await
                .expect("save");
            assert!(
                store
                    .cached_report(a.id, d.id, "k")
                    .await
                    .expect("read")
                    .is_none()
            );
            store
                .save_report(a.id, d.id, "k", &serde_json::json!({"x": 1}), 5)
                .await
                .expect("save");
            store
                .save_report(a.id, d.id, "k", &serde_json::json!({"x": 2}), 6)
                .await
                .expect("save");
            let cached = store
                .cached_report(a.id, d.id, "k")
                .await
                .expect("read")
                .expect("cached");
            assert_eq!(cached.report["x"], 2);
            assert_eq!(cached.duration_ms, 6);
        }
    }

    #[tokio::test]
    async fn deleting_a_dataset_removes_its_rows_original_cache_and_later_versions() {
        for store in crate::testing::all().await.expect("databases") {
            let a = org(&store, "a").await;
            let b = org(&store, "b").await;
            let other = store
                .create_dataset(new_dataset(a.id, None))
                .await
                .expect("other");
            let v1 = store
                .create_dataset(new_dataset(a.id, None))
                .await
                .expect("v1");
            let v2 = store
                .create_dataset(new_dataset(a.id, Some(v1.id)))
                .await
                .expect("v2");
            let v3 = store
                .create_dataset(new_dataset(a.id, Some(v2.id)))
                .await
                .expect("v3");
            for d in [v1.id, v3.id] {
                store
                    .save_report(a.id, d, "k", &serde_json::json!({"x": 1}), 5)
                    .await
                    .expect("cache");
            }
            // Another organisation can neither delete nor learn that it exists.
            assert!(
                store
                    .delete_dataset(b.id, v1.id, "intruder")
                    .await
                    .expect("delete")
                    .is_empty()
            );
            assert!(store.dataset(a.id, v1.id).await.expect("read").is_some());

            let deleted = store
                .delete_dataset(a.id, v1.id, "owner@example.org")
                .await
                .expect("delete");
            let ids: Vec<DatasetId> = deleted.iter().map(|d| d.id).collect();
            assert_eq!(ids, vec![v3.id, v2.id, v1.id]);
            for d in [v1.id, v2.id, v3.id] {
                assert!(store.dataset(a.id, d).await.expect("read").is_none());
                assert!(store.dataset_data(a.id, d).await.expect("read").is_none());
                assert!(
                    store
                        .dataset_original(a.id, d)
                        .await
                        .expect("read")
                        .is_none()
                );
                assert!(
                    store
                        .cached_report(a.id, d, "k")
                        .await
                        .expect("read")
                        .is_none()
                );
            }
            // No column, original or cache rows are left behind.
            let counts = store.backup(std::io::sink()).await.expect("count");
            assert_eq!(counts.rows_of("dataset_column"), 2);
            assert_eq!(counts.rows_of("dataset_original"), 1);
            assert_eq!(counts.rows_of("estimate_cache"), 0);
            let left = store.datasets(a.id).await.expect("list");
            assert_eq!(
                left.iter().map(|d| d.id).collect::<Vec<_>>(),
                vec![other.id]
            );
            let events = store.audit_events(a.id, 3).await.expect("events");
            assert!(events.iter().all(|e| e.action == "delete"));
            assert_eq!(events[0].object, format!("dataset:{}", v1.id));
            assert_eq!(events[0].actor, "owner@example.org");
            assert_eq!(events[0].detail["before"]["name"], "Residents' survey");
            assert_eq!(events[0].detail["reason"], serde_json::Value::Null);
            assert!(events[1].detail["reason"].as_str().is_some());
            // Deleting a later version keeps the earlier ones.
            let w1 = store
                .create_dataset(new_dataset(a.id, None))
                .await
                .expect("w1");
            let w2 = store
                .create_dataset(new_dataset(a.id, Some(w1.id)))
                .await
                .expect("w2");
            let deleted = store
                .delete_dataset(a.id, w2.id, "cli")
                .await
                .expect("delete");
            assert_eq!(deleted.len(), 1);
            assert!(store.dataset(a.id, w1.id).await.expect("read").is_some());
        }
    }

    #[tokio::test]
    async fn a_retention_date_is_checked_set_cleared_and_audited() {
        for store in crate::testing::all().await.expect("databases") {
            let a = org(&store, "a").await;
            let b = org(&store, "b").await;
            let d = store
                .create_dataset(new_dataset(a.id, None))
                .await
                .expect("save");
            let err = store
                .set_retention(a.id, d.id, Some("31/03/2027"), "owner")
                .await
                .expect_err("not a date");
            assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
            assert!(
                !store
                    .set_retention(b.id, d.id, Some("2027-03-31"), "intruder")
                    .await
                    .expect("other organisation")
            );
            assert!(
                store
                    .set_retention(a.id, d.id, Some("2027-03-31"), "owner")
                    .await
                    .expect("set")
            );
            let listed = store.datasets(a.id).await.expect("list");
            assert_eq!(listed[0].retain_until.as_deref(), Some("2027-03-31"));
            assert!(
                store
                    .set_retention(a.id, d.id, None, "owner")
                    .await
                    .expect("clear")
            );
            let events = store.audit_events(a.id, 1).await.expect("events");
            assert_eq!(events[0].detail["before"]["retain_until"], "2027-03-31");
            assert_eq!(
                events[0].detail["after"]["retain_until"],
                serde_json::Value::Null
            );
        }
    }

    fn upload(org: OrgId, token_hash: &str) -> NewUpload {
        NewUpload {
            token_hash: token_hash.to_owned(),
            org,
            uploaded_by: "analyst@example.org".to_owned(),
            name: "Residents' survey".to_owned(),
            parent: None,
            file_name: "survey.csv".to_owned(),
            format: "csv".to_owned(),
            bytes: b"weight,group\n1,newcomer\n".to_vec(),
            read_options: serde_json::json!({}),
            created_at: 1_000,
            expires_at: 8_200,
        }
    }

    const QUOTA: UploadQuota = UploadQuota {
        max_uploads: 5,
        max_bytes: 1 << 20,
    };

    #[tokio::test]
    async fn saving_an_upload_twice_gives_the_same_dataset_and_removes_the_upload() {
        for store in crate::testing::all().await.expect("databases") {
            let a = org(&store, "a").await;
            store
                .create_upload(upload(a.id, "hash-1"), QUOTA)
                .await
                .expect("upload");
            let first = store
                .create_dataset_from_upload(new_dataset(a.id, None), "hash-1")
                .await
                .expect("first save");
            assert!(
                store
                    .upload(a.id, "hash-1", 1_001)
                    .await
                    .expect("read")
                    .is_none(),
                "the pending upload went with the save"
            );
            let again = store
                .create_dataset_from_upload(new_dataset(a.id, None), "hash-1")
                .await
                .expect("retried save");
            assert_eq!(again, first);
            assert_eq!(store.datasets(a.id).await.expect("list").len(), 1);
            let imports = store
                .audit_events(a.id, 10)
                .await
                .expect("events")
                .into_iter()
                .filter(|e| e.action == "import")
                .count();
            assert_eq!(imports, 1);
            // Another upload is another dataset.
            let other = store
                .create_dataset_from_upload(new_dataset(a.id, None), "hash-2")
                .await
                .expect("another save");
            assert_ne!(other.id, first.id);
        }
    }

    #[tokio::test]
    async fn concurrent_saves_of_one_upload_make_one_dataset() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut stores = vec![
            AnyStore::open_path(&dir.path().join("t.sqlite"))
                .await
                .expect("sqlite file"),
        ];
        stores[0].migrate().await.expect("migrate");
        stores.extend(
            crate::testing::all()
                .await
                .expect("databases")
                .into_iter()
                .skip(1),
        );
        for store in stores {
            let a = org(&store, "a").await;
            let saves = (0..8).map(|_| {
                let store = store.clone();
                tokio::spawn(async move {
                    store
                        .create_dataset_from_upload(new_dataset(a.id, None), "same-hash")
                        .await
                })
            });
            let mut ids = Vec::new();
            for save in saves.collect::<Vec<_>>() {
                ids.push(save.await.expect("task").expect("save").id);
            }
            ids.dedup();
            assert_eq!(ids.len(), 1, "{}: {ids:?}", store.backend());
            assert_eq!(store.datasets(a.id).await.expect("list").len(), 1);
        }
    }
}
