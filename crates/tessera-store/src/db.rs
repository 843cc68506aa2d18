//! The store a deployment uses: one pool of sqlx's `Any` driver on SQLite (embedded, the
//! default) or PostgreSQL (shared), chosen once from the database URL.
//!
//! Every statement in this crate is written once for both databases: numbered placeholders
//! (`$1`, `$2`…), which both accept, and only the types the `Any` driver carries alike on both
//! (`i64` for `INTEGER`/`BIGINT`, `String` for `TEXT`, `Vec<u8>` for `BLOB`/`BYTEA`, and
//! `Option` of these). The few places where the databases differ (how a write transaction
//! starts, how a backup takes its snapshot, identity sequences after a restore) ask
//! [`AnyStore::is_sqlite`].

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{AnyPool, ConnectOptions, Executor, Row};

use crate::StoreError;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// Run on every new SQLite connection to a file: write-ahead logging, so pages can be read
/// while estimates are saved; foreign keys, which SQLite leaves off unless asked; and a busy
/// timeout, so a writer waits for another instead of failing at once.
const SQLITE_FILE_PRAGMAS: &str =
    "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

/// The same for an in-memory database (tests), which has no file to log to.
const SQLITE_MEMORY_PRAGMAS: &str =
    "PRAGMA journal_mode = MEMORY; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

/// The two kinds of database the store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backend {
    Sqlite,
    Postgres,
}

/// SQLite (embedded, the default) or PostgreSQL (shared), behind one type: every store trait
/// (see [`crate::prelude`]) is implemented for it.
#[derive(Debug, Clone)]
pub struct AnyStore {
    pub(crate) pool: AnyPool,
    backend: Backend,
    /// Counts the writes this process made through this store (shared by its clones): caches
    /// above the store keep an answer only while the count is unchanged (see
    /// [`AnyStore::generation`]).
    writes: Arc<AtomicU64>,
}

/// A transaction on either database.
pub(crate) type Tx = sqlx::Transaction<'static, sqlx::Any>;

impl AnyStore {
    /// Opens the SQLite file at `path`, creating it if needed, readable by its owner only.
    /// Does not migrate.
    pub async fn open_path(path: &Path) -> Result<Self, StoreError> {
        let location = path.display().to_string();
        let open_error = |source| StoreError::Open {
            location: location.clone(),
            source,
        };
        // An absolute path makes a URL without a host part, whatever the file is called.
        let path = std::path::absolute(path).map_err(|e| open_error(sqlx::Error::Io(e)))?;
        crate::files::private_database_file(&path).map_err(|e| open_error(sqlx::Error::Io(e)))?;
        let url = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .to_url_lossy();
        Self::open_sqlite(url.as_str(), &location, false).await
    }

    /// Opens a `sqlite:` or `postgres://` (or `postgresql://`) URL; `sqlite::memory:` is an
    /// in-memory database for tests. Does not migrate.
    pub async fn open_url(url: &str) -> Result<Self, StoreError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Self::open_postgres(url).await
        } else if url.starts_with("sqlite:") {
            if url.contains(":memory:") || url.contains("mode=memory") {
                return Self::open_sqlite(url, url, true).await;
            }
            let options =
                SqliteConnectOptions::from_str(url).map_err(|source| StoreError::Open {
                    location: url.to_owned(),
                    source,
                })?;
            Self::open_path(options.get_filename()).await
        } else {
            Err(StoreError::Invalid {
                field: "database_url",
                message: "a database URL starts with sqlite: or postgres://".to_owned(),
            })
        }
    }

    async fn open_sqlite(url: &str, location: &str, in_memory: bool) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let open_error = |source| StoreError::Open {
            location: location.to_owned(),
            source,
        };
        let options = AnyConnectOptions::from_str(url).map_err(open_error)?;
        let pragmas = if in_memory {
            SQLITE_MEMORY_PRAGMAS
        } else {
            SQLITE_FILE_PRAGMAS
        };
        // An in-memory database lives only as long as its one connection, so that connection
        // is opened at once and never retired.
        let pool = AnyPoolOptions::new()
            .max_connections(if in_memory { 1 } else { 8 })
            .min_connections(if in_memory { 1 } else { 0 })
            .idle_timeout(None)
            .max_lifetime(if in_memory {
                None
            } else {
                Some(Duration::from_secs(30 * 60))
            })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    conn.execute(pragmas).await?;
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(open_error)?;
        Ok(Self {
            pool,
            backend: Backend::Sqlite,
            writes: Arc::default(),
        })
    }

    async fn open_postgres(url: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let open_error = |source| StoreError::Open {
            location: redact(url),
            source,
        };
        let options = AnyConnectOptions::from_str(url).map_err(open_error)?;
        let pool = AnyPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(open_error)?;
        Ok(Self {
            pool,
            backend: Backend::Postgres,
            writes: Arc::default(),
        })
    }

    /// Applies every migration not yet applied. Safe to run at every start-up, and on
    /// PostgreSQL from several processes at once (the migrator takes an advisory lock).
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    /// Whether the database is SQLite, for the few statements that differ.
    pub(crate) fn is_sqlite(&self) -> bool {
        self.backend == Backend::Sqlite
    }

    /// Names the migrations applied to the database, in order, e.g. `0001 init`.
    pub async fn applied_migrations(&self) -> Result<Vec<String>, StoreError> {
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

    /// On SQLite, the journal mode and whether foreign keys are enforced, for checks and
    /// `tessera migrate`; `None` on PostgreSQL.
    pub async fn sqlite_pragmas(&self) -> Result<Option<(String, bool)>, StoreError> {
        if !self.is_sqlite() {
            return Ok(None);
        }
        let mut conn = self.pool.acquire().await?;
        let mode: String = sqlx::query("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
        let fk: i64 = sqlx::query("PRAGMA foreign_keys")
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
        Ok(Some((mode, fk == 1)))
    }

    /// Starts a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a transaction that reads first and writes later would otherwise
    /// fail, rather than wait, when another connection wrote in between.
    pub(crate) async fn begin_write(&self) -> Result<Tx, StoreError> {
        self.wrote();
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// How many writes this process has started through this store. An answer computed from
    /// the store (who a session belongs to, a dataset's record) stays true on this server
    /// while this number is unchanged; another server's writes are not counted, so caches
    /// also keep answers for a few seconds only (see `tessera_app::recent`).
    #[must_use]
    pub fn generation(&self) -> u64 {
        self.writes.load(Ordering::Acquire)
    }

    /// Counts a write (every write transaction, and the few writes made outside one).
    pub(crate) fn wrote(&self) {
        self.writes.fetch_add(1, Ordering::AcqRel);
    }

    /// Starts a read-only transaction that sees one snapshot of the whole database (a SQLite
    /// transaction does from its first read; PostgreSQL needs `REPEATABLE READ`).
    pub(crate) async fn begin_snapshot(&self) -> Result<Tx, StoreError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin().await?,
            Backend::Postgres => {
                self.pool
                    .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .await?
            }
        })
    }
}

/// The time now in RFC 3339 (UTC), as stored in `created_at` columns.
pub(crate) fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| now.unix_timestamp().to_string())
}

/// Whether a database error is a violated unique constraint (a row that already exists).
pub(crate) fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(e) if e.is_unique_violation())
}

/// A URL without its password, for messages.
pub(crate) fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}{user}:…@{}", &url[..scheme + 3], &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://tessera:s3cret@db:5432/t"),
            "postgres://tessera:…@db:5432/t"
        );
        assert_eq!(redact("postgres://db/t"), "postgres://db/t");
    }

    #[tokio::test]
    async fn a_file_database_uses_wal_enforces_foreign_keys_and_lists_its_migrations() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = AnyStore::open_path(&dir.path().join("t.sqlite"))
            .await
            .expect("open");
        store.migrate().await.expect("migrate");
        let (mode, fk) = store
            .sqlite_pragmas()
            .await
            .expect("pragmas")
            .expect("sqlite");
        assert_eq!(mode, "wal");
        assert!(fk);
        assert_eq!(
            store.applied_migrations().await.expect("migrations"),
            vec![
                "0001 init".to_owned(),
                "0002 datasets".to_owned(),
                "0003 plans".to_owned(),
                "0004 accounts".to_owned(),
                "0005 uploads".to_owned(),
                "0006 throttle".to_owned(),
                "0007 language and audit".to_owned(),
                "0010 participants".to_owned(),
                "0020 questionnaires".to_owned(),
                "0030 collection".to_owned(),
                "0040 stories and reports".to_owned(),
                "0050 library".to_owned(),
                "0055 partners".to_owned(),
                "0060 self assessments".to_owned(),
                "0061 reference values".to_owned(),
                "0062 organisation packs".to_owned(),
                "0070 weightings".to_owned(),
            ]
        );
    }

    #[tokio::test]
    async fn a_file_named_in_a_sqlite_url_is_opened_like_a_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("with space.sqlite");
        let url = format!("sqlite:{}", path.display()).replace(' ', "%20");
        let store = AnyStore::open_url(&url).await.expect("open");
        store.migrate().await.expect("migrate");
        assert!(path.exists(), "{url} opened {}", path.display());
        assert_eq!(store.backend(), "sqlite");
    }

    #[tokio::test]
    async fn an_unknown_kind_of_database_url_is_refused_with_what_to_use() {
        let err = AnyStore::open_url("mysql://db/t")
            .await
            .expect_err("refused");
        assert!(err.to_string().contains("sqlite: or postgres://"), "{err}");
    }
}
