use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::{FromRow, Row};

use crate::{
    AuditEvent, CachedReport, DatasetId, DatasetRecord, DatasetSummary, NewAuditEvent, NewDataset,
    NewOrganisation, NewPlan, OrgId, Organisation, PlanId, PlanRecord, PlanUpdate, Store,
    StoreError, columnar,
};

const DATASET_COLUMNS: &str = "id, org_id, name, version, parent_id, source_name, source_format, \
     n_rows, n_columns, excluded_rows, waves, size_bytes, created_by, created_at";

#[derive(FromRow)]
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
}

impl DatasetRow {
    fn summary(&self) -> DatasetSummary {
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
            created_by: self.created_by.clone(),
            created_at: self.created_at.clone(),
        }
    }
}

const PLAN_COLUMNS: &str =
    "id, org_id, title, document, created_by, created_at, updated_by, updated_at";

#[derive(FromRow)]
struct PlanRow {
    id: i64,
    org_id: i64,
    title: String,
    document: String,
    created_by: String,
    created_at: String,
    updated_by: String,
    updated_at: String,
}

impl PlanRow {
    fn record(self) -> Result<PlanRecord, StoreError> {
        let document = serde_json::from_str(&self.document)
            .map_err(|e| StoreError::Corrupt(format!("plan {} document: {e}", self.id)))?;
        Ok(PlanRecord {
            id: PlanId(self.id),
            org: OrgId(self.org_id),
            title: self.title,
            document,
            created_by: self.created_by,
            created_at: self.created_at,
            updated_by: self.updated_by,
            updated_at: self.updated_at,
        })
    }
}

/// A plan's title, trimmed; a blank one is refused so the list never shows an empty line.
fn plan_title(title: &str) -> Result<String, StoreError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(StoreError::Invalid {
            field: "title",
            message: "a plan needs a title".to_owned(),
        });
    }
    Ok(title.to_owned())
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// The embedded store: one SQLite file, opened with WAL, foreign keys on and a busy timeout.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

#[derive(FromRow)]
struct OrganisationRow {
    id: i64,
    slug: String,
    name: String,
    created_at: String,
}

impl From<OrganisationRow> for Organisation {
    fn from(row: OrganisationRow) -> Self {
        Organisation {
            id: OrgId(row.id),
            slug: row.slug,
            name: row.name,
            created_at: row.created_at,
        }
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the database file at `path`. Does not migrate.
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true);
        Self::connect(options, &path.display().to_string()).await
    }

    /// Opens a database from a `sqlite:` URL, e.g. `sqlite::memory:` for tests.
    pub async fn open_url(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|source| StoreError::Open {
                location: url.to_owned(),
                source,
            })?
            .create_if_missing(true);
        Self::connect(options, url).await
    }

    async fn connect(options: SqliteConnectOptions, location: &str) -> Result<Self, StoreError> {
        let in_memory = location.contains(":memory:");
        let options = options
            .journal_mode(if in_memory {
                SqliteJournalMode::Memory
            } else {
                SqliteJournalMode::Wal
            })
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        // An in-memory database lives only as long as its one connection.
        let max = if in_memory { 1 } else { 8 };
        let pool = SqlitePoolOptions::new()
            .max_connections(max)
            .min_connections(if in_memory { 1 } else { 0 })
            .idle_timeout(None)
            .connect_with(options)
            .await
            .map_err(|source| StoreError::Open {
                location: location.to_owned(),
                source,
            })?;
        Ok(Self { pool })
    }

    /// Applies every migration not yet applied. Safe to run at every start-up.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        MIGRATOR.run(&self.pool).await?;
        Ok(())
    }

    /// Reports the journal mode and whether foreign keys are enforced, for checks and `migrate`.
    pub async fn pragmas(&self) -> Result<(String, bool), StoreError> {
        let mut conn = self.pool.acquire().await?;
        let mode: String = sqlx::query("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
        let fk: i64 = sqlx::query("PRAGMA foreign_keys")
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
        Ok((mode, fk == 1))
    }

    async fn record(
        tx: &mut sqlx::SqliteConnection,
        event: NewAuditEvent,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit_event (at, org_id, actor, action, object, detail) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(now())
        .bind(event.org_id.map(|o| o.0))
        .bind(event.actor)
        .bind(event.action)
        .bind(event.object)
        .bind(event.detail.to_string())
        .execute(tx)
        .await?;
        Ok(())
    }
}

fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| now.unix_timestamp().to_string())
}

impl Store for SqliteStore {
    async fn create_organisation(
        &self,
        new: NewOrganisation,
        actor: &str,
    ) -> Result<Organisation, StoreError> {
        let mut tx = self.pool.begin().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM organisation WHERE slug = ?")
            .bind(&new.slug)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_some() {
            return Err(StoreError::Conflict {
                what: format!("organisation {:?}", new.slug),
            });
        }
        let row: OrganisationRow = sqlx::query_as(
            "INSERT INTO organisation (slug, name, created_at) VALUES (?, ?, ?) RETURNING id, slug, name, created_at",
        )
        .bind(&new.slug)
        .bind(&new.name)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let org: Organisation = row.into();
        Self::record(
            &mut tx,
            NewAuditEvent {
                org_id: Some(org.id),
                actor: actor.to_owned(),
                action: "create".to_owned(),
                object: format!("organisation:{}", org.slug),
                detail: serde_json::json!({ "after": { "slug": org.slug, "name": org.name } }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(org)
    }

    async fn organisation_by_slug(&self, slug: &str) -> Result<Option<Organisation>, StoreError> {
        let row: Option<OrganisationRow> =
            sqlx::query_as("SELECT id, slug, name, created_at FROM organisation WHERE slug = ?")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(Into::into))
    }

    async fn organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        let rows: Vec<OrganisationRow> =
            sqlx::query_as("SELECT id, slug, name, created_at FROM organisation ORDER BY name, id")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn audit_events(&self, org: OrgId, limit: u32) -> Result<Vec<AuditEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, org_id, actor, action, object, detail FROM audit_event WHERE org_id = ? ORDER BY id DESC LIMIT ?",
        )
        .bind(org.0)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                let detail: String = row.try_get("detail")?;
                Ok(AuditEvent {
                    at: row.try_get("at")?,
                    org_id: row.try_get::<Option<i64>, _>("org_id")?.map(OrgId),
                    actor: row.try_get("actor")?,
                    action: row.try_get("action")?,
                    object: row.try_get("object")?,
                    detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
                })
            })
            .collect()
    }

    async fn create_dataset(&self, new: NewDataset) -> Result<DatasetSummary, StoreError> {
        if new.name.trim().is_empty() {
            return Err(StoreError::Invalid {
                field: "name",
                message: "a dataset needs a name".to_owned(),
            });
        }
        let mut tx = self.pool.begin().await?;
        let version = match new.parent {
            Some(parent) => {
                let v: Option<i64> =
                    sqlx::query_scalar("SELECT version FROM dataset WHERE id = ? AND org_id = ?")
                        .bind(parent.0)
                        .bind(new.org.0)
                        .fetch_optional(&mut *tx)
                        .await?;
                let Some(v) = v else {
                    return Err(StoreError::Invalid {
                        field: "parent",
                        message: format!("there is no dataset {parent} to correct"),
                    });
                };
                // The next version of the whole family, not just of the parent.
                let latest: i64 = sqlx::query_scalar(
                    "WITH RECURSIVE family(id) AS (SELECT ? UNION SELECT d.id FROM dataset d JOIN family f ON d.parent_id = f.id) \
                     SELECT COALESCE(MAX(version), 0) FROM dataset WHERE id IN (SELECT id FROM family)",
                )
                .bind(parent.0)
                .fetch_one(&mut *tx)
                .await?;
                latest.max(v) + 1
            }
            None => 1,
        };
        let codebook = serde_json::to_string(&new.data.codebook)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let row: DatasetRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "INSERT INTO dataset (org_id, name, version, parent_id, source_name, source_format, n_rows, n_columns, \
             excluded_rows, waves, codebook, mapping, size_bytes, created_by, created_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING {DATASET_COLUMNS}"
        )))
        .bind(new.org.0)
        .bind(new.name.trim())
        .bind(version)
        .bind(new.parent.map(|p| p.0))
        .bind(&new.source_name)
        .bind(&new.source_format)
        .bind(new.data.n_rows as i64)
        .bind(new.data.columns.len() as i64)
        .bind(serde_json::to_string(&new.excluded_rows).unwrap_or_else(|_| "[]".to_owned()))
        .bind(serde_json::to_string(&new.waves).unwrap_or_else(|_| "[]".to_owned()))
        .bind(codebook)
        .bind(new.mapping.to_string())
        .bind(new.original.len() as i64)
        .bind(&new.created_by)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO dataset_original (dataset_id, bytes) VALUES (?, ?)")
            .bind(row.id)
            .bind(&new.original)
            .execute(&mut *tx)
            .await?;
        for (position, column) in new.data.columns.iter().enumerate() {
            let (kind, levels, data) = columnar::encode(column);
            sqlx::query(
                "INSERT INTO dataset_column (dataset_id, position, name, kind, levels, data) VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(row.id)
            .bind(position as i64)
            .bind(&column.name)
            .bind(kind)
            .bind(levels)
            .bind(data)
            .execute(&mut *tx)
            .await?;
        }
        let summary = row.summary();
        Self::record(
            &mut tx,
            NewAuditEvent {
                org_id: Some(new.org),
                actor: new.created_by.clone(),
                action: "import".to_owned(),
                object: format!("dataset:{}", summary.id),
                detail: serde_json::json!({
                    "after": {
                        "name": summary.name, "version": summary.version, "source": summary.source_name,
                        "rows": summary.n_rows, "excluded_rows": summary.n_excluded,
                    }
                }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(summary)
    }

    async fn datasets(&self, org: OrgId) -> Result<Vec<DatasetSummary>, StoreError> {
        let rows: Vec<DatasetRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {DATASET_COLUMNS} FROM dataset WHERE org_id = ? ORDER BY id DESC"
        )))
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
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT mapping, codebook FROM dataset WHERE id = ? AND org_id = ?")
                .bind(id.0)
                .bind(org.0)
                .fetch_optional(&self.pool)
                .await?;
        let Some((mapping, codebook)) = row else {
            return Ok(None);
        };
        let summary: DatasetRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {DATASET_COLUMNS} FROM dataset WHERE id = ? AND org_id = ?"
        )))
        .bind(id.0)
        .bind(org.0)
        .fetch_one(&self.pool)
        .await?;
        Ok(Some(DatasetRecord {
            summary: summary.summary(),
            mapping: serde_json::from_str(&mapping)
                .map_err(|e| StoreError::Corrupt(format!("dataset {id} mapping: {e}")))?,
            codebook: serde_json::from_str(&codebook)
                .map_err(|e| StoreError::Corrupt(format!("dataset {id} codebook: {e}")))?,
            excluded_rows: serde_json::from_str(&summary.excluded_rows).unwrap_or_default(),
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
        let rows = sqlx::query(
            "SELECT name, kind, levels, data FROM dataset_column WHERE dataset_id = ? ORDER BY position",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        let mut columns = Vec::with_capacity(rows.len());
        for row in rows {
            let levels: Option<String> = row.try_get("levels")?;
            let kind: String = row.try_get("kind")?;
            let data: Vec<u8> = row.try_get("data")?;
            columns.push(columnar::decode(
                row.try_get("name")?,
                &kind,
                levels.as_deref(),
                &data,
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
        Ok(sqlx::query_scalar(
            "SELECT o.bytes FROM dataset_original o JOIN dataset d ON d.id = o.dataset_id WHERE d.id = ? AND d.org_id = ?",
        )
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
        let row: Option<(String, String, i64)> = sqlx::query_as(
            "SELECT c.report, c.computed_at, c.duration_ms FROM estimate_cache c JOIN dataset d ON d.id = c.dataset_id \
             WHERE d.id = ? AND d.org_id = ? AND c.key = ?",
        )
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
        let done = sqlx::query(
            "INSERT INTO estimate_cache (dataset_id, key, report, computed_at, duration_ms) \
             SELECT id, ?, ?, ?, ? FROM dataset WHERE id = ? AND org_id = ? \
             ON CONFLICT (dataset_id, key) DO UPDATE SET report = excluded.report, \
             computed_at = excluded.computed_at, duration_ms = excluded.duration_ms",
        )
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

    async fn create_plan(&self, new: NewPlan) -> Result<PlanRecord, StoreError> {
        let title = plan_title(&new.title)?;
        let mut tx = self.pool.begin().await?;
        let at = now();
        let row: PlanRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "INSERT INTO plan (org_id, title, document, created_by, created_at, updated_by, updated_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING {PLAN_COLUMNS}"
        )))
        .bind(new.org.0)
        .bind(&title)
        .bind(new.document.to_string())
        .bind(&new.created_by)
        .bind(&at)
        .bind(&new.created_by)
        .bind(&at)
        .fetch_one(&mut *tx)
        .await?;
        let record = row.record()?;
        Self::record(
            &mut tx,
            NewAuditEvent {
                org_id: Some(new.org),
                actor: new.created_by,
                action: "create".to_owned(),
                object: format!("plan:{}", record.id),
                detail: serde_json::json!({ "after": { "title": title, "document": new.document } }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(record)
    }

    async fn plans(&self, org: OrgId) -> Result<Vec<PlanRecord>, StoreError> {
        let rows: Vec<PlanRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {PLAN_COLUMNS} FROM plan WHERE org_id = ? ORDER BY updated_at DESC, id DESC"
        )))
        .bind(org.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(PlanRow::record).collect()
    }

    async fn plan(&self, org: OrgId, id: PlanId) -> Result<Option<PlanRecord>, StoreError> {
        let row: Option<PlanRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {PLAN_COLUMNS} FROM plan WHERE id = ? AND org_id = ?"
        )))
        .bind(id.0)
        .bind(org.0)
        .fetch_optional(&self.pool)
        .await?;
        row.map(PlanRow::record).transpose()
    }

    async fn update_plan(
        &self,
        org: OrgId,
        id: PlanId,
        update: PlanUpdate,
    ) -> Result<Option<PlanRecord>, StoreError> {
        let title = plan_title(&update.title)?;
        let mut tx = self.pool.begin().await?;
        let before: Option<PlanRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {PLAN_COLUMNS} FROM plan WHERE id = ? AND org_id = ?"
        )))
        .bind(id.0)
        .bind(org.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(before) = before else {
            return Ok(None);
        };
        let before = before.record()?;
        let row: PlanRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "UPDATE plan SET title = ?, document = ?, updated_by = ?, updated_at = ? \
             WHERE id = ? AND org_id = ? RETURNING {PLAN_COLUMNS}"
        )))
        .bind(&title)
        .bind(update.document.to_string())
        .bind(&update.updated_by)
        .bind(now())
        .bind(id.0)
        .bind(org.0)
        .fetch_one(&mut *tx)
        .await?;
        let record = row.record()?;
        Self::record(
            &mut tx,
            NewAuditEvent {
                org_id: Some(org),
                actor: update.updated_by,
                action: "update".to_owned(),
                object: format!("plan:{id}"),
                detail: serde_json::json!({
                    "summary": update.summary,
                    "before": { "title": before.title, "document": before.document },
                    "after": { "title": title, "document": update.document },
                }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(Some(record))
    }

    async fn delete_plan(&self, org: OrgId, id: PlanId, actor: &str) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let before: Option<PlanRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "DELETE FROM plan WHERE id = ? AND org_id = ? RETURNING {PLAN_COLUMNS}"
        )))
        .bind(id.0)
        .bind(org.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(before) = before else {
            return Ok(false);
        };
        let before = before.record()?;
        Self::record(
            &mut tx,
            NewAuditEvent {
                org_id: Some(org),
                actor: actor.to_owned(),
                action: "delete".to_owned(),
                object: format!("plan:{id}"),
                detail: serde_json::json!({
                    "before": { "title": before.title, "document": before.document },
                }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn applied_migrations(&self) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT version, description FROM _sqlx_migrations WHERE success ORDER BY version",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(v, d)| format!("{v:04} {d}"))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn store() -> SqliteStore {
        let store = SqliteStore::open_url("sqlite::memory:")
            .await
            .expect("open");
        store.migrate().await.expect("migrate");
        store
    }

    #[tokio::test]
    async fn creating_an_organisation_records_it_in_the_audit_log() {
        let store = store().await;
        let org = store
            .create_organisation(
                NewOrganisation::parse("demo", "Demo Town").expect("valid"),
                "cli",
            )
            .await
            .expect("create");
        let events = store.audit_events(org.id, 10).await.expect("events");
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].action, "create");
        assert_eq!(events[0].object, "organisation:demo");
        assert_eq!(events[0].actor, "cli");
    }

    #[tokio::test]
    async fn a_second_organisation_with_the_same_slug_is_a_conflict_and_nothing_is_written() {
        let store = store().await;
        let new = NewOrganisation::parse("demo", "Demo Town").expect("valid");
        store
            .create_organisation(new.clone(), "cli")
            .await
            .expect("first");
        let err = store
            .create_organisation(new, "cli")
            .await
            .expect_err("second");
        assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
        assert_eq!(store.organisations().await.expect("list").len(), 1);
    }

    #[tokio::test]
    async fn the_audit_log_refuses_updates_and_deletes() {
        let store = store().await;
        store
            .create_organisation(
                NewOrganisation::parse("demo", "Demo").expect("valid"),
                "cli",
            )
            .await
            .expect("create");
        let update = sqlx::query("UPDATE audit_event SET actor = 'someone else'")
            .execute(&store.pool)
            .await;
        assert!(update.is_err());
        let delete = sqlx::query("DELETE FROM audit_event")
            .execute(&store.pool)
            .await;
        assert!(delete.is_err());
    }

    #[tokio::test]
    async fn a_file_database_uses_wal_and_enforces_foreign_keys() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = SqliteStore::open(&dir.path().join("t.sqlite"))
            .await
            .expect("open");
        store.migrate().await.expect("migrate");
        let (mode, fk) = store.pragmas().await.expect("pragmas");
        assert_eq!(mode, "wal");
        assert!(fk);
        assert_eq!(
            store.applied_migrations().await.expect("migrations"),
            vec![
                "0001 init".to_owned(),
                "0002 datasets".to_owned(),
                "0003 plans".to_owned()
            ]
        );
    }

    fn new_dataset(org: OrgId, parent: Option<DatasetId>) -> NewDataset {
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
        let store = store().await;
        let a = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "cli")
            .await
            .expect("a");
        let b = store
            .create_organisation(NewOrganisation::parse("b", "B").expect("valid"), "cli")
            .await
            .expect("b");
        let saved = store
            .create_dataset(new_dataset(a.id, None))
            .await
            .expect("save");
        assert_eq!(saved.version, 1);
        assert_eq!(saved.n_rows, 3);
        assert_eq!(saved.n_excluded, 1);
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

    #[tokio::test]
    async fn a_correction_is_a_new_version_and_the_old_one_stays() {
        let store = store().await;
        let a = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "cli")
            .await
            .expect("a");
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

    #[tokio::test]
    async fn cached_reports_are_replaced_under_the_same_key() {
        let store = store().await;
        let a = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "cli")
            .await
            .expect("a");
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

    #[test]
    fn organisation_short_names_are_checked() {
        assert!(NewOrganisation::parse("Demo Town", "x").is_err());
        assert!(NewOrganisation::parse("1demo", "x").is_err());
        assert!(NewOrganisation::parse("demo", "  ").is_err());
        assert!(NewOrganisation::parse("demo-2", "Demo").is_ok());
    }
}
