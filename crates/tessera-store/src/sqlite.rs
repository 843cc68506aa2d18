use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::{FromRow, Row};

use crate::{AuditEvent, NewAuditEvent, NewOrganisation, OrgId, Organisation, Store, StoreError};

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
            vec!["0001 init".to_owned()]
        );
    }

    #[test]
    fn organisation_short_names_are_checked() {
        assert!(NewOrganisation::parse("Demo Town", "x").is_err());
        assert!(NewOrganisation::parse("1demo", "x").is_err());
        assert!(NewOrganisation::parse("demo", "  ").is_err());
        assert!(NewOrganisation::parse("demo-2", "Demo").is_ok());
    }
}
