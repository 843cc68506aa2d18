//! The append-only audit log: what was done, by whom, to what, and when. Triggers in the schema
//! refuse updates and deletes; entries are written in the same transaction as the change they
//! record (through [`record`]), or alone for events that change nothing stored (sign-ins).

use serde::Serialize;
use sqlx::AnyConnection;

use crate::db::now;
use crate::{AnyStore, OrgId, StoreError};

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

/// Reading and adding to the audit log.
pub trait Audit: Send + Sync {
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

    /// Adds an entry to the audit log (for events that change no stored object, such as
    /// sign-ins).
    fn record_event(
        &self,
        event: NewAuditEvent,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The id of the newest audit entry of any organisation, if there is one.
    fn latest_audit_id(&self) -> impl Future<Output = Result<Option<i64>, StoreError>> + Send;
}

const INSERT_EVENT: &str = "INSERT INTO audit_event (at, org_id, actor, action, object, detail) \
     VALUES ($1, $2, $3, $4, $5, $6)";

const SELECT_PAGE: &str = "SELECT id, at, org_id, actor, action, object, detail \
     FROM audit_event WHERE org_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3";

const SELECT_LATEST_ID: &str = "SELECT MAX(id) FROM audit_event";

#[derive(sqlx::FromRow)]
struct AuditRow {
    id: i64,
    at: String,
    org_id: Option<i64>,
    actor: String,
    action: String,
    object: String,
    detail: String,
}

impl From<AuditRow> for AuditRecord {
    fn from(row: AuditRow) -> Self {
        AuditRecord {
            id: row.id,
            event: AuditEvent {
                at: row.at,
                org_id: row.org_id.map(OrgId),
                actor: row.actor,
                action: row.action,
                object: row.object,
                // Written by `record` from a JSON value, so it parses; an entry is never
                // hidden for a damaged detail.
                detail: serde_json::from_str(&row.detail).unwrap_or(serde_json::Value::Null),
            },
        }
    }
}

/// Writes an audit entry on `conn`, inside the caller's transaction.
pub(crate) async fn record(
    conn: &mut AnyConnection,
    event: NewAuditEvent,
) -> Result<(), StoreError> {
    sqlx::query(INSERT_EVENT)
        .bind(now())
        .bind(event.org_id.map(|o| o.0))
        .bind(event.actor)
        .bind(event.action)
        .bind(event.object)
        .bind(event.detail.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

impl Audit for AnyStore {
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
        let rows: Vec<AuditRow> = sqlx::query_as(SELECT_PAGE)
            .bind(org.0)
            .bind(before.unwrap_or(i64::MAX))
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(AuditRecord::from).collect())
    }

    async fn record_event(&self, event: NewAuditEvent) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await?;
        record(&mut conn, event).await
    }

    async fn latest_audit_id(&self) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar(SELECT_LATEST_ID)
            .fetch_one(&self.pool)
            .await?)
    }
}

#[cfg(test)]
mod tests {
    use crate::NewOrganisation;
    use crate::prelude::*;

    #[tokio::test]
    async fn the_audit_log_pages_newest_first_and_only_of_one_organisation() {
        for store in crate::testing::all().await.expect("databases") {
            let a = store
                .create_organisation(NewOrganisation::parse("a", "a").expect("valid"), "cli")
                .await
                .expect("a");
            let b = store
                .create_organisation(NewOrganisation::parse("b", "b").expect("valid"), "cli")
                .await
                .expect("b");
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
            assert_eq!(
                store.latest_audit_id().await.expect("latest"),
                Some(first[0].id.max(theirs[0].id))
            );
        }
    }

    #[tokio::test]
    async fn the_audit_log_refuses_updates_and_deletes_on_both_databases() {
        for store in crate::testing::all().await.expect("databases") {
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
            assert!(update.is_err(), "{}", store.backend());
            let delete = sqlx::query("DELETE FROM audit_event")
                .execute(&store.pool)
                .await;
            assert!(delete.is_err(), "{}", store.backend());
            assert_eq!(
                store
                    .audit_page(crate::OrgId(1), None, 10)
                    .await
                    .expect("read")
                    .len(),
                1
            );
        }
    }
}
