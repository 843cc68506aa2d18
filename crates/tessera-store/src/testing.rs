//! Databases for tests: an in-memory SQLite database, and a fresh PostgreSQL database when
//! `TESSERA_TEST_DATABASE_URL` names a server (`scripts/with-postgres` starts one).

use std::sync::atomic::{AtomicU64, Ordering};

use sqlx::Connection;

use crate::{AnyStore, StoreError};

/// The variable naming a PostgreSQL server tests may create databases on.
pub const TEST_DATABASE_URL: &str = "TESSERA_TEST_DATABASE_URL";

/// A migrated, empty store: PostgreSQL when [`TEST_DATABASE_URL`] is set, else SQLite.
pub async fn fresh() -> Result<AnyStore, StoreError> {
    match std::env::var(TEST_DATABASE_URL) {
        Ok(url) if !url.is_empty() => fresh_postgres(&url).await,
        _ => fresh_sqlite().await,
    }
}

/// Every backend tests should run on: SQLite always, PostgreSQL too when configured.
pub async fn all() -> Result<Vec<AnyStore>, StoreError> {
    let mut stores = vec![fresh_sqlite().await?];
    if let Ok(url) = std::env::var(TEST_DATABASE_URL)
        && !url.is_empty()
    {
        stores.push(fresh_postgres(&url).await?);
    }
    Ok(stores)
}

async fn fresh_sqlite() -> Result<AnyStore, StoreError> {
    let store = AnyStore::open_url("sqlite::memory:").await?;
    store.migrate().await?;
    Ok(store)
}

/// Creates a new database on the server of `admin_url` and opens it, migrated.
async fn fresh_postgres(admin_url: &str) -> Result<AnyStore, StoreError> {
    Ok(create_postgres(admin_url).await?.0)
}

/// Creates a new database on the server of `admin_url`, migrated: the store and its address.
async fn create_postgres(admin_url: &str) -> Result<(AnyStore, String), StoreError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = format!(
        "tessera_test_{}_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_micros())
            .unwrap_or_default(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let open_error = |source| StoreError::Open {
        location: crate::db::redact(admin_url),
        source,
    };
    let mut admin = sqlx::PgConnection::connect(admin_url)
        .await
        .map_err(open_error)?;
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await?;
    admin.close().await.map_err(open_error)?;
    let base = match admin_url.rfind('/') {
        Some(i) if i > admin_url.find("://").map_or(0, |s| s + 2) => &admin_url[..i],
        _ => admin_url,
    };
    let address = format!("{base}/{name}");
    let store = AnyStore::open_url(&address).await?;
    store.migrate().await?;
    Ok((store, address))
}

/// The address of a new, migrated database other processes can open: a fresh PostgreSQL
/// database when [`TEST_DATABASE_URL`] is set, else a SQLite file in `dir`.
pub async fn fresh_url(dir: &std::path::Path) -> Result<String, StoreError> {
    match std::env::var(TEST_DATABASE_URL) {
        Ok(url) if !url.is_empty() => {
            let (_, address) = create_postgres(&url).await?;
            Ok(address)
        }
        _ => {
            let path = dir.join("tessera.sqlite");
            let store = AnyStore::open_path(&path).await?;
            store.migrate().await?;
            Ok(format!("sqlite://{}", path.display()))
        }
    }
}
