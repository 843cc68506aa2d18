use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::{FromRow, Row};

use crate::accounts::{
    ApiToken, Invitation, InvitationId, Member, Membership, NewApiToken, NewShare, NewUser,
    OutboxMessage, Role, SessionRecord, Share, ShareId, ShareKind, SharedObject, TokenId, User,
    UserCredentials, UserId,
};
use crate::backup::impl_backup;
use crate::sql::{
    DATASET_COLUMNS, DatasetRow, OrganisationRow, PLAN_COLUMNS, PlanRow, impl_store, now,
    plan_title,
};
use crate::sql_accounts::{
    INVITATION_COLUMNS, InvitationRow, SHARE_SELECT, ShareRow, TOKEN_COLUMNS, TokenRow,
    USER_COLUMNS, UserRow, impl_accounts, stored_role,
};
use crate::{
    AuditEvent, AuditRecord, CachedReport, DatasetId, DatasetRecord, DatasetSummary, NewAuditEvent,
    NewDataset, NewOrganisation, NewPlan, OrgId, Organisation, PlanId, PlanRecord, PlanUpdate,
    StoreError, columnar,
};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// The embedded store: one SQLite file, opened with WAL, foreign keys on and a busy timeout.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
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
}

impl_store!(SqliteStore, sqlx::Sqlite);
impl_accounts!(SqliteStore, sqlx::Sqlite);
// A SQLite read transaction sees one snapshot from its first read; ids need no resetting.
impl_backup!(
    SqliteStore,
    sqlx::Sqlite,
    "sqlite",
    None::<&'static str>,
    [""; 0]
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    /// The backend under test: PostgreSQL when `TESSERA_TEST_DATABASE_URL` is set, else SQLite.
    async fn store() -> crate::AnyStore {
        crate::testing::fresh().await.expect("a test database")
    }

    async fn sqlite_store() -> SqliteStore {
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
    async fn the_audit_log_pages_newest_first_and_only_of_one_organisation() {
        let store = store().await;
        let a = org(&store, "a").await;
        let b = org(&store, "b").await;
        for title in ["one", "two", "three"] {
            store
                .create_plan(crate::NewPlan {
                    org: a.id,
                    title: title.to_owned(),
                    document: serde_json::json!({ "title": title }),
                    created_by: "cli".to_owned(),
                })
                .await
                .expect("plan");
        }
        let first = store.audit_page(a.id, None, 2).await.expect("page 1");
        assert_eq!(first.len(), 2);
        assert!(first[0].id > first[1].id);
        assert_eq!(first[0].event.detail["after"]["title"], "three");
        let rest = store
            .audit_page(a.id, Some(first[1].id), 10)
            .await
            .expect("page 2");
        assert_eq!(rest.len(), 2, "the third plan and the organisation");
        assert_eq!(rest[1].event.object, "organisation:a");
        let theirs = store.audit_page(b.id, None, 10).await.expect("b");
        assert_eq!(theirs.len(), 1);
        assert_eq!(theirs[0].event.object, "organisation:b");
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
        let store = sqlite_store().await;
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
                "0003 plans".to_owned(),
                "0004 accounts".to_owned()
            ]
        );
    }

    /// Creates an organisation whose short name and display name are `slug`.
    async fn org(store: &impl Store, slug: &str) -> crate::Organisation {
        store
            .create_organisation(NewOrganisation::parse(slug, slug).expect("valid"), "cli")
            .await
            .expect("organisation")
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
        let a = org(&store, "a").await;
        let b = org(&store, "b").await;
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

    #[tokio::test]
    async fn cached_reports_are_replaced_under_the_same_key() {
        let store = store().await;
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

    #[tokio::test]
    async fn deleting_a_dataset_removes_its_rows_original_cache_and_later_versions() {
        let store = store().await;
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
        // No column, original or cache rows are left behind, on either backend.
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

    #[test]
    fn organisation_short_names_are_checked() {
        assert!(NewOrganisation::parse("Demo Town", "x").is_err());
        assert!(NewOrganisation::parse("1demo", "x").is_err());
        assert!(NewOrganisation::parse("demo", "  ").is_err());
        assert!(NewOrganisation::parse("demo-2", "Demo").is_ok());
    }
}
