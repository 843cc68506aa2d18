use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
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

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// The shared store: a PostgreSQL database, for deployments with several `tessera serve`
/// processes.
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to a `postgres://` URL. Does not migrate.
    pub async fn open_url(url: &str) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .map_err(|source| StoreError::Open {
                location: redact(url),
                source,
            })?;
        Ok(Self { pool })
    }

    /// Applies every migration not yet applied. Safe to run at every start-up, and from several
    /// processes at once (the migrator takes an advisory lock).
    pub async fn migrate(&self) -> Result<(), StoreError> {
        MIGRATOR.run(&self.pool).await?;
        Ok(())
    }
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

impl_store!(PgStore, sqlx::Postgres);
impl_accounts!(PgStore, sqlx::Postgres);
// Restored rows keep their ids, so each identity sequence must move past the largest one.
impl_backup!(
    PgStore,
    sqlx::Postgres,
    "postgres",
    Some("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"),
    ["SELECT setval(pg_get_serial_sequence('{}', 'id'), MAX(id)) FROM {}"]
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    #[tokio::test]
    async fn the_audit_log_refuses_updates_and_deletes_on_postgres() {
        let Ok(url) = std::env::var(crate::testing::TEST_DATABASE_URL) else {
            eprintln!("skipped: {} is not set", crate::testing::TEST_DATABASE_URL);
            return;
        };
        let crate::AnyStore::Postgres(store) = crate::testing::fresh().await.expect("database")
        else {
            panic!("{url:?} did not open PostgreSQL");
        };
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

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://tessera:s3cret@db:5432/t"),
            "postgres://tessera:…@db:5432/t"
        );
        assert_eq!(redact("postgres://db/t"), "postgres://db/t");
    }
}
