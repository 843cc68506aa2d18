//! What the SQLite and PostgreSQL stores share: row types, helpers and, through
//! [`impl_store!`], one implementation of [`crate::Store`] written once for both.
//!
//! Every statement uses numbered placeholders (`$1`, `$2`…), which both databases accept, and
//! only types both map the same way (`BIGINT`/`INTEGER` as `i64`, `TEXT`, `BLOB`/`BYTEA`).

use sqlx::FromRow;

use crate::{DatasetId, DatasetSummary, OrgId, Organisation, PlanId, PlanRecord, StoreError};

pub(crate) const DATASET_COLUMNS: &str = "id, org_id, name, version, parent_id, source_name, source_format, \
     n_rows, n_columns, excluded_rows, waves, size_bytes, created_by, created_at, retain_until";

#[derive(FromRow)]
pub(crate) struct DatasetRow {
    pub(crate) id: i64,
    pub(crate) org_id: i64,
    pub(crate) name: String,
    pub(crate) version: i64,
    pub(crate) parent_id: Option<i64>,
    pub(crate) source_name: String,
    pub(crate) source_format: String,
    pub(crate) n_rows: i64,
    pub(crate) n_columns: i64,
    pub(crate) excluded_rows: String,
    pub(crate) waves: String,
    pub(crate) size_bytes: i64,
    pub(crate) created_by: String,
    pub(crate) created_at: String,
    pub(crate) retain_until: Option<String>,
}

impl DatasetRow {
    pub(crate) fn summary(&self) -> DatasetSummary {
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

pub(crate) const PLAN_COLUMNS: &str =
    "id, org_id, title, document, created_by, created_at, updated_by, updated_at";

#[derive(FromRow)]
pub(crate) struct PlanRow {
    pub(crate) id: i64,
    pub(crate) org_id: i64,
    pub(crate) title: String,
    pub(crate) document: String,
    pub(crate) created_by: String,
    pub(crate) created_at: String,
    pub(crate) updated_by: String,
    pub(crate) updated_at: String,
}

impl PlanRow {
    pub(crate) fn record(self) -> Result<PlanRecord, StoreError> {
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
pub(crate) fn plan_title(title: &str) -> Result<String, StoreError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(StoreError::Invalid {
            field: "title",
            message: "a plan needs a title".to_owned(),
        });
    }
    Ok(title.to_owned())
}

#[derive(FromRow)]
pub(crate) struct OrganisationRow {
    pub(crate) id: i64,
    pub(crate) slug: String,
    pub(crate) name: String,
    pub(crate) created_at: String,
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

pub(crate) fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| now.unix_timestamp().to_string())
}

/// Implements [`crate::Store`] for a store type whose `pool` field is a pool of database `$db`.
macro_rules! impl_store {
    ($store:ty, $db:ty) => {
        impl $store {
    async fn record(
        tx: &mut <$db as sqlx::Database>::Connection,
        event: NewAuditEvent,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit_event (at, org_id, actor, action, object, detail) VALUES ($1, $2, $3, $4, $5, $6)",
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

impl $crate::Store for $store {
    async fn create_organisation(
        &self,
        new: NewOrganisation,
        actor: &str,
    ) -> Result<Organisation, StoreError> {
        let mut tx = self.pool.begin().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM organisation WHERE slug = $1")
            .bind(&new.slug)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_some() {
            return Err(StoreError::Conflict {
                what: format!("organisation {:?}", new.slug),
            });
        }
        let row: OrganisationRow = sqlx::query_as(
            "INSERT INTO organisation (slug, name, created_at) VALUES ($1, $2, $3) RETURNING id, slug, name, created_at",
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
            sqlx::query_as("SELECT id, slug, name, created_at FROM organisation WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(Into::into))
    }

    async fn organisation(&self, id: OrgId) -> Result<Option<Organisation>, StoreError> {
        let row: Option<OrganisationRow> =
            sqlx::query_as("SELECT id, slug, name, created_at FROM organisation WHERE id = $1")
                .bind(id.0)
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
        Ok(self
            .audit_page(org, None, limit)
            .await?
            .into_iter()
            .map(|r| r.event)
            .collect())
    }

    async fn audit_page(
        &self,
        org: OrgId,
        before: Option<i64>,
        limit: u32,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, at, org_id, actor, action, object, detail FROM audit_event \
             WHERE org_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3",
        )
        .bind(org.0)
        .bind(before.unwrap_or(i64::MAX))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                let detail: String = row.try_get("detail")?;
                Ok(AuditRecord {
                    id: row.try_get("id")?,
                    event: AuditEvent {
                        at: row.try_get("at")?,
                        org_id: row.try_get::<Option<i64>, _>("org_id")?.map(OrgId),
                        actor: row.try_get("actor")?,
                        action: row.try_get("action")?,
                        object: row.try_get("object")?,
                        detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
                    },
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
                    sqlx::query_scalar("SELECT version FROM dataset WHERE id = $1 AND org_id = $2")
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
                    "WITH RECURSIVE family(id) AS (SELECT CAST($1 AS BIGINT) UNION SELECT d.id FROM dataset d JOIN family f ON d.parent_id = f.id) \
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
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING {DATASET_COLUMNS}"
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
        sqlx::query("INSERT INTO dataset_original (dataset_id, bytes) VALUES ($1, $2)")
            .bind(row.id)
            .bind(&new.original)
            .execute(&mut *tx)
            .await?;
        for (position, column) in new.data.columns.iter().enumerate() {
            let (kind, levels, data) = columnar::encode(column);
            sqlx::query(
                "INSERT INTO dataset_column (dataset_id, position, name, kind, levels, data) VALUES ($1, $2, $3, $4, $5, $6)",
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
            "SELECT {DATASET_COLUMNS} FROM dataset WHERE org_id = $1 ORDER BY id DESC"
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
            sqlx::query_as("SELECT mapping, codebook FROM dataset WHERE id = $1 AND org_id = $2")
                .bind(id.0)
                .bind(org.0)
                .fetch_optional(&self.pool)
                .await?;
        let Some((mapping, codebook)) = row else {
            return Ok(None);
        };
        let summary: DatasetRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {DATASET_COLUMNS} FROM dataset WHERE id = $1 AND org_id = $2"
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
            "SELECT name, kind, levels, data FROM dataset_column WHERE dataset_id = $1 ORDER BY position",
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
            "SELECT o.bytes FROM dataset_original o JOIN dataset d ON d.id = o.dataset_id WHERE d.id = $1 AND d.org_id = $2",
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
             WHERE d.id = $1 AND d.org_id = $2 AND c.key = $3",
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
             SELECT id, $1, $2, $3, $4 FROM dataset WHERE id = $5 AND org_id = $6 \
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

    async fn delete_dataset(
        &self,
        org: OrgId,
        id: DatasetId,
        actor: &str,
    ) -> Result<Vec<DatasetSummary>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM dataset WHERE id = $1 AND org_id = $2")
                .bind(id.0)
                .bind(org.0)
                .fetch_optional(&mut *tx)
                .await?;
        if found.is_none() {
            return Ok(Vec::new());
        }
        // The version and every later version correcting it, directly or through another.
        let family: Vec<i64> = sqlx::query_scalar(
            "WITH RECURSIVE family(id) AS (SELECT CAST($1 AS BIGINT) UNION SELECT d.id FROM dataset d JOIN family f ON d.parent_id = f.id) \
             SELECT id FROM family ORDER BY id DESC",
        )
        .bind(id.0)
        .fetch_all(&mut *tx)
        .await?;
        let mut deleted = Vec::with_capacity(family.len());
        // Newest first, so no version is deleted while a correction still points at it; columns,
        // original and cached estimates go with it (ON DELETE CASCADE).
        for member in family {
            let row: Option<DatasetRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "DELETE FROM dataset WHERE id = $1 AND org_id = $2 RETURNING {DATASET_COLUMNS}"
            )))
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
            // Its shared results go with it; the share rows stay, withdrawn, for the record.
            sqlx::query(
                "UPDATE share SET withdrawn_at = $1, withdrawn_by = $2 WHERE org_id = $3 \
                 AND object_kind = 'dataset' AND object_id = $4 AND withdrawn_at IS NULL",
            )
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
            Self::record(
                &mut tx,
                NewAuditEvent {
                    org_id: Some(org),
                    actor: actor.to_owned(),
                    action: "delete".to_owned(),
                    object: format!("dataset:{}", summary.id),
                    detail: serde_json::json!({ "before": summary, "reason": reason }),
                },
            )
            .await?;
            deleted.push(summary);
        }
        tx.commit().await?;
        Ok(deleted)
    }

    async fn create_plan(&self, new: NewPlan) -> Result<PlanRecord, StoreError> {
        let title = plan_title(&new.title)?;
        let mut tx = self.pool.begin().await?;
        let at = now();
        let row: PlanRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "INSERT INTO plan (org_id, title, document, created_by, created_at, updated_by, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {PLAN_COLUMNS}"
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
            "SELECT {PLAN_COLUMNS} FROM plan WHERE org_id = $1 ORDER BY updated_at DESC, id DESC"
        )))
        .bind(org.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(PlanRow::record).collect()
    }

    async fn plan(&self, org: OrgId, id: PlanId) -> Result<Option<PlanRecord>, StoreError> {
        let row: Option<PlanRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {PLAN_COLUMNS} FROM plan WHERE id = $1 AND org_id = $2"
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
            "SELECT {PLAN_COLUMNS} FROM plan WHERE id = $1 AND org_id = $2"
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
            "UPDATE plan SET title = $1, document = $2, updated_by = $3, updated_at = $4 \
             WHERE id = $5 AND org_id = $6 RETURNING {PLAN_COLUMNS}"
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
            "DELETE FROM plan WHERE id = $1 AND org_id = $2 RETURNING {PLAN_COLUMNS}"
        )))
        .bind(id.0)
        .bind(org.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(before) = before else {
            return Ok(false);
        };
        let before = before.record()?;
        sqlx::query(
            "UPDATE share SET withdrawn_at = $1, withdrawn_by = $2 WHERE org_id = $3 \
             AND object_kind = 'plan' AND object_id = $4 AND withdrawn_at IS NULL",
        )
        .bind(now())
        .bind(actor)
        .bind(org.0)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
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
    };
}

pub(crate) use impl_store;
