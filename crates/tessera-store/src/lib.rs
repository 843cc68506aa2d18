#![doc = include_str!("../README.md")]

pub mod accounts;
mod any;
pub mod backup;
mod columnar;
pub mod credentials;
mod dataset;
mod error;
mod id;
mod plan;
mod postgres;
mod sql;
mod sql_accounts;
mod sqlite;
pub mod testing;

/// Every store trait, for `use tessera_store::prelude::*`.
pub mod prelude {
    pub use crate::{Accounts, Store};
}

pub use accounts::{
    Accounts, ApiToken, Invitation, InvitationId, Member, Membership, NewApiToken, NewShare,
    NewUser, OutboxMessage, Role, SessionRecord, Share, ShareId, ShareKind, SharedObject, TokenId,
    User, UserCredentials, UserId,
};
pub use any::AnyStore;
pub use backup::BackupSummary;
pub use dataset::{CachedReport, DatasetRecord, DatasetSummary, NewDataset};
pub use error::StoreError;
pub use id::{DatasetId, OrgId, PlanId};
pub use plan::{NewPlan, PlanRecord, PlanUpdate};
pub use postgres::PgStore;
pub use sqlite::SqliteStore;

use serde::Serialize;

/// An organisation: a council, charity, community group or partnership that owns plans and data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organisation {
    /// Database id.
    pub id: OrgId,
    /// Short name used in URLs and on the command line, e.g. `demo`.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// When it was created (RFC 3339, UTC).
    pub created_at: String,
}

/// Input for creating an organisation.
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    /// Short name used in URLs; see [`NewOrganisation::parse`] for the rules.
    pub slug: String,
    /// Display name.
    pub name: String,
}

impl NewOrganisation {
    /// Checks a slug (lower-case letters, digits and `-`, starting with a letter, at most 64
    /// characters) and a non-blank display name.
    pub fn parse(slug: &str, name: &str) -> Result<Self, StoreError> {
        let slug = slug.trim();
        let valid = !slug.is_empty()
            && slug.len() <= 64
            && slug.starts_with(|c: char| c.is_ascii_lowercase())
            && slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            return Err(StoreError::Invalid {
                field: "slug",
                message: format!(
                    "{slug:?} is not a valid organisation short name: use lower-case letters, digits and '-', starting with a letter (at most 64 characters)"
                ),
            });
        }
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid {
                field: "name",
                message: "an organisation needs a name".to_owned(),
            });
        }
        Ok(Self {
            slug: slug.to_owned(),
            name: name.to_owned(),
        })
    }
}

/// One entry of the append-only audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEvent {
    /// When it happened (RFC 3339, UTC).
    pub at: String,
    /// The organisation it concerns, if any.
    pub org_id: Option<OrgId>,
    /// Who did it: a user's email, `system` or `cli`.
    pub actor: String,
    /// What was done: `create`, `update`, `delete`, `import`, `share`, `sign-in`…
    pub action: String,
    /// What it was done to, e.g. `organisation:demo`.
    pub object: String,
    /// Details as JSON, e.g. before and after for edits.
    pub detail: serde_json::Value,
}

/// An audit log entry with its id, which orders entries and pages through them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditRecord {
    /// Its id: later entries have larger ids.
    pub id: i64,
    /// The entry.
    #[serde(flatten)]
    pub event: AuditEvent,
}

/// Input for an audit log entry.
#[derive(Debug, Clone)]
pub struct NewAuditEvent {
    /// The organisation it concerns, if any.
    pub org_id: Option<OrgId>,
    /// Who did it.
    pub actor: String,
    /// What was done.
    pub action: String,
    /// What it was done to.
    pub object: String,
    /// Details as JSON.
    pub detail: serde_json::Value,
}

impl NewAuditEvent {
    /// An entry: `actor` did `action` to `object` of organisation `org_id`, with `detail`.
    pub fn new(
        org_id: Option<OrgId>,
        actor: impl Into<String>,
        action: &str,
        object: String,
        detail: serde_json::Value,
    ) -> Self {
        Self {
            org_id,
            actor: actor.into(),
            action: action.to_owned(),
            object,
            detail,
        }
    }
}

/// Where Tessera keeps its data.
///
/// Every method that touches an organisation's data takes the organisation id, so a query
/// without a scope does not compile.
pub trait Store: Send + Sync {
    /// Creates an organisation and records it in the audit log, in one transaction.
    fn create_organisation(
        &self,
        new: NewOrganisation,
        actor: &str,
    ) -> impl Future<Output = Result<Organisation, StoreError>> + Send;

    /// Finds an organisation by its short name.
    fn organisation_by_slug(
        &self,
        slug: &str,
    ) -> impl Future<Output = Result<Option<Organisation>, StoreError>> + Send;

    /// Finds an organisation by its id.
    fn organisation(
        &self,
        id: OrgId,
    ) -> impl Future<Output = Result<Option<Organisation>, StoreError>> + Send;

    /// Lists all organisations, by name.
    fn organisations(&self) -> impl Future<Output = Result<Vec<Organisation>, StoreError>> + Send;

    /// Lists an organisation's audit log, newest first.
    fn audit_events(
        &self,
        org: OrgId,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<AuditEvent>, StoreError>> + Send;

    /// One page of an organisation's audit log, newest first: at most `limit` entries older
    /// than the entry `before` (all entries when `None`).
    fn audit_page(
        &self,
        org: OrgId,
        before: Option<i64>,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<AuditRecord>, StoreError>> + Send;

    /// Saves a dataset with its columns and original file in one transaction, and records the
    /// import in the audit log. A dataset is never changed afterwards.
    fn create_dataset(
        &self,
        new: NewDataset,
    ) -> impl Future<Output = Result<DatasetSummary, StoreError>> + Send;

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

    /// Saves a new plan and records it, with its document, in the audit log.
    fn create_plan(
        &self,
        new: NewPlan,
    ) -> impl Future<Output = Result<PlanRecord, StoreError>> + Send;

    /// Lists an organisation's plans, most recently changed first.
    fn plans(&self, org: OrgId)
    -> impl Future<Output = Result<Vec<PlanRecord>, StoreError>> + Send;

    /// One of an organisation's plans; `None` if it is not theirs.
    fn plan(
        &self,
        org: OrgId,
        id: PlanId,
    ) -> impl Future<Output = Result<Option<PlanRecord>, StoreError>> + Send;

    /// Replaces a plan's document, recording before and after in the audit log in the same
    /// transaction; `None` if the plan is not the organisation's.
    fn update_plan(
        &self,
        org: OrgId,
        id: PlanId,
        update: PlanUpdate,
    ) -> impl Future<Output = Result<Option<PlanRecord>, StoreError>> + Send;

    /// Deletes a plan, keeping its last document in the audit log; `false` if it is not theirs.
    fn delete_plan(
        &self,
        org: OrgId,
        id: PlanId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Names the migrations applied to the database, in order.
    fn applied_migrations(&self) -> impl Future<Output = Result<Vec<String>, StoreError>> + Send;
}
