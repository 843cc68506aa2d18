//! The store a deployment uses, chosen once from the database URL.

use std::path::Path;

use crate::accounts::{
    Accounts, ApiToken, Invitation, InvitationId, Member, Membership, NewApiToken, NewShare,
    NewUser, OutboxMessage, Role, SessionRecord, Share, ShareId, SharedObject, TokenId, User,
    UserCredentials, UserId,
};
use crate::{
    AuditEvent, AuditRecord, CachedReport, DatasetId, DatasetRecord, DatasetSummary, NewDataset,
    NewOrganisation, NewPlan, OrgId, Organisation, PgStore, PlanId, PlanRecord, PlanUpdate,
    SqliteStore, Store, StoreError,
};

/// SQLite (embedded, the default) or PostgreSQL (shared), behind one type.
#[derive(Debug, Clone)]
pub enum AnyStore {
    /// One SQLite file.
    Sqlite(SqliteStore),
    /// A PostgreSQL database.
    Postgres(PgStore),
}

impl AnyStore {
    /// Opens the SQLite file at `path`, creating it if needed.
    pub async fn open_path(path: &Path) -> Result<Self, StoreError> {
        Ok(Self::Sqlite(SqliteStore::open(path).await?))
    }

    /// Opens a `sqlite:` or `postgres://` (or `postgresql://`) URL.
    pub async fn open_url(url: &str) -> Result<Self, StoreError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres(PgStore::open_url(url).await?))
        } else if url.starts_with("sqlite:") {
            Ok(Self::Sqlite(SqliteStore::open_url(url).await?))
        } else {
            Err(StoreError::Invalid {
                field: "database_url",
                message: "a database URL starts with sqlite: or postgres://".to_owned(),
            })
        }
    }

    /// Applies every migration not yet applied.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self {
            Self::Sqlite(s) => s.migrate().await,
            Self::Postgres(p) => p.migrate().await,
        }
    }

    /// Writes every table's rows to `out` as a backup archive (format in [`crate::backup`]).
    pub async fn backup(
        &self,
        out: impl std::io::Write + Send,
    ) -> Result<crate::BackupSummary, StoreError> {
        match self {
            Self::Sqlite(s) => s.backup(out).await,
            Self::Postgres(p) => p.backup(out).await,
        }
    }

    /// Restores a backup archive into this database, which must be migrated and empty.
    pub async fn restore(
        &self,
        input: impl std::io::BufRead + Send,
    ) -> Result<crate::BackupSummary, StoreError> {
        match self {
            Self::Sqlite(s) => s.restore(input).await,
            Self::Postgres(p) => p.restore(input).await,
        }
    }

    /// `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Postgres(_) => "postgres",
        }
    }
}

/// Forwards each method to the backend in use.
macro_rules! delegate {
    ($trait:ident: $( fn $name:ident(&self $(, $arg:ident: $ty:ty)*) -> $ret:ty; )*) => {
        impl $trait for AnyStore {
            $(
                async fn $name(&self $(, $arg: $ty)*) -> $ret {
                    match self {
                        Self::Sqlite(s) => s.$name($($arg),*).await,
                        Self::Postgres(p) => p.$name($($arg),*).await,
                    }
                }
            )*
        }
    };
}

delegate! { Store:
    fn create_organisation(&self, new: NewOrganisation, actor: &str) -> Result<Organisation, StoreError>;
    fn organisation_by_slug(&self, slug: &str) -> Result<Option<Organisation>, StoreError>;
    fn organisation(&self, id: OrgId) -> Result<Option<Organisation>, StoreError>;
    fn organisations(&self) -> Result<Vec<Organisation>, StoreError>;
    fn audit_events(&self, org: OrgId, limit: u32) -> Result<Vec<AuditEvent>, StoreError>;
    fn audit_page(&self, org: OrgId, before: Option<i64>, limit: u32) -> Result<Vec<AuditRecord>, StoreError>;
    fn create_dataset(&self, new: NewDataset) -> Result<DatasetSummary, StoreError>;
    fn datasets(&self, org: OrgId) -> Result<Vec<DatasetSummary>, StoreError>;
    fn dataset(&self, org: OrgId, id: DatasetId) -> Result<Option<DatasetRecord>, StoreError>;
    fn dataset_data(&self, org: OrgId, id: DatasetId) -> Result<Option<tessera_data::Dataset>, StoreError>;
    fn dataset_original(&self, org: OrgId, id: DatasetId) -> Result<Option<Vec<u8>>, StoreError>;
    fn cached_report(&self, org: OrgId, id: DatasetId, key: &str) -> Result<Option<CachedReport>, StoreError>;
    fn save_report(&self, org: OrgId, id: DatasetId, key: &str, report: &serde_json::Value, duration_ms: i64) -> Result<(), StoreError>;
    fn delete_dataset(&self, org: OrgId, id: DatasetId, actor: &str) -> Result<Vec<DatasetSummary>, StoreError>;
    fn create_plan(&self, new: NewPlan) -> Result<PlanRecord, StoreError>;
    fn plans(&self, org: OrgId) -> Result<Vec<PlanRecord>, StoreError>;
    fn plan(&self, org: OrgId, id: PlanId) -> Result<Option<PlanRecord>, StoreError>;
    fn update_plan(&self, org: OrgId, id: PlanId, update: PlanUpdate) -> Result<Option<PlanRecord>, StoreError>;
    fn delete_plan(&self, org: OrgId, id: PlanId, actor: &str) -> Result<bool, StoreError>;
    fn applied_migrations(&self) -> Result<Vec<String>, StoreError>;
}

delegate! { Accounts:
    fn create_user(&self, new: NewUser, actor: &str) -> Result<User, StoreError>;
    fn user_credentials(&self, email: &str) -> Result<Option<UserCredentials>, StoreError>;
    fn set_password(&self, user: UserId, password_hash: &str, actor: &str) -> Result<(), StoreError>;
    fn set_membership(&self, org: OrgId, user: UserId, role: Role, actor: &str) -> Result<(), StoreError>;
    fn remove_membership(&self, org: OrgId, user: UserId, actor: &str) -> Result<bool, StoreError>;
    fn memberships(&self, user: UserId) -> Result<Vec<Membership>, StoreError>;
    fn members(&self, org: OrgId) -> Result<Vec<Member>, StoreError>;
    fn create_invitation(&self, org: OrgId, email: &str, role: Role, token_hash: &str, expires_at: i64, actor: &str) -> Result<Invitation, StoreError>;
    fn open_invitation(&self, token_hash: &str, now: i64) -> Result<Option<Invitation>, StoreError>;
    fn accept_invitation(&self, token_hash: &str, user: UserId, now: i64) -> Result<bool, StoreError>;
    fn pending_invitations(&self, org: OrgId) -> Result<Vec<Invitation>, StoreError>;
    fn revoke_invitation(&self, org: OrgId, id: InvitationId, actor: &str) -> Result<bool, StoreError>;
    fn create_session(&self, token_hash: &str, user: UserId, org: Option<OrgId>, csrf_token: &str, now: i64, expires_at: i64) -> Result<(), StoreError>;
    fn session(&self, token_hash: &str, now: i64) -> Result<Option<SessionRecord>, StoreError>;
    fn extend_session(&self, token_hash: &str, expires_at: i64) -> Result<(), StoreError>;
    fn switch_session_org(&self, token_hash: &str, org: OrgId) -> Result<(), StoreError>;
    fn delete_session(&self, token_hash: &str) -> Result<(), StoreError>;
    fn create_password_reset(&self, user: UserId, token_hash: &str, expires_at: i64) -> Result<(), StoreError>;
    fn password_reset_user(&self, token_hash: &str, now: i64) -> Result<Option<User>, StoreError>;
    fn reset_password(&self, token_hash: &str, password_hash: &str, now: i64) -> Result<bool, StoreError>;
    fn queue_message(&self, to: &str, subject: &str, body: &str) -> Result<(), StoreError>;
    fn outbox(&self, limit: u32) -> Result<Vec<OutboxMessage>, StoreError>;
    fn record_sign_in_failure(&self, account: &str, now: i64) -> Result<(), StoreError>;
    fn sign_in_failures(&self, account: &str, since: i64) -> Result<i64, StoreError>;
    fn clear_sign_in_failures(&self, account: &str) -> Result<(), StoreError>;
    fn create_api_token(&self, new: NewApiToken) -> Result<ApiToken, StoreError>;
    fn use_api_token(&self, token_hash: &str) -> Result<Option<ApiToken>, StoreError>;
    fn api_tokens(&self, org: OrgId) -> Result<Vec<ApiToken>, StoreError>;
    fn revoke_api_token(&self, org: OrgId, id: TokenId, actor: &str) -> Result<bool, StoreError>;
    fn create_share(&self, new: NewShare) -> Result<Share, StoreError>;
    fn shares_of(&self, org: OrgId, object: SharedObject) -> Result<Vec<Share>, StoreError>;
    fn shares_with(&self, org: Option<OrgId>) -> Result<Vec<Share>, StoreError>;
    fn share_for(&self, key: &str, viewer: Option<OrgId>) -> Result<Option<Share>, StoreError>;
    fn withdraw_share(&self, org: OrgId, id: ShareId, actor: &str) -> Result<bool, StoreError>;
    fn set_retention(&self, org: OrgId, id: DatasetId, retain_until: Option<&str>, actor: &str) -> Result<bool, StoreError>;
    fn record_event(&self, event: crate::NewAuditEvent) -> Result<(), StoreError>;
    fn latest_audit_id(&self) -> Result<Option<i64>, StoreError>;
}
