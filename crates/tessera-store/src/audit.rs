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

/// The kinds of object audit entries are about: the part of [`AuditEvent::object`] before its
/// colon (`plan:3` is about a plan).
pub const OBJECT_KINDS: [&str; 23] = [
    "plan",
    "dataset",
    "file",
    "participant",
    "output-log",
    "questionnaire",
    "story",
    "report",
    "self-assessment",
    "reference-value",
    "framework-pack",
    "weighting",
    "organisation",
    "membership",
    "invitation",
    "token",
    "user",
    "share",
    "library-entry",
    "library-comment",
    "partner-link",
    "reporting-period",
    "partner-report",
];

/// Which entries of an organisation's log to read: every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Entries recorded with exactly this actor.
    pub actor: Option<String>,
    /// Entries about this kind of object (one of [`OBJECT_KINDS`]).
    pub object_kind: Option<String>,
    /// Entries at or after this moment: an RFC 3339 time or a prefix of one, in UTC
    /// (`2026-12-05T23:00:00`).
    pub from: Option<String>,
    /// Entries before this moment, written like `from`.
    pub until: Option<String>,
}

/// Where a page of the log starts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AuditCursor {
    /// The newest entries.
    #[default]
    Newest,
    /// Entries older than this id.
    Before(i64),
    /// Entries newer than this id (the page before, going back towards the newest).
    After(i64),
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

    /// One page of an organisation's log, newest first, of the entries that pass `filter`: at
    /// most `limit` entries from `cursor` on. Refuses an object kind not in [`OBJECT_KINDS`].
    fn audit_search(
        &self,
        org: OrgId,
        filter: &AuditFilter,
        cursor: AuditCursor,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<AuditRecord>, StoreError>> + Send;

    /// Everyone recorded as acting in an organisation's log, in order, each once.
    fn audit_actors(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<String>, StoreError>> + Send;

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

/// The columns every page reads; conditions are added after `WHERE org_id = $1`.
const SELECT_FILTERED: &str =
    "SELECT id, at, org_id, actor, action, object, detail FROM audit_event WHERE org_id = $1";

/// Each actor once, found by jumping from one to the next along the `(org_id, actor, id)`
/// index, so it reads one index entry per actor rather than one per entry of the log.
const SELECT_ACTORS: &str = "WITH RECURSIVE actors (actor) AS ( \
     SELECT MIN(actor) FROM audit_event WHERE org_id = $1 \
     UNION ALL \
     SELECT (SELECT MIN(e.actor) FROM audit_event e WHERE e.org_id = $1 AND e.actor > a.actor) \
     FROM actors a WHERE a.actor IS NOT NULL) \
     SELECT actor FROM actors WHERE actor IS NOT NULL";

/// The statement for [`Audit::audit_search`] and the values to bind after the organisation, in
/// order. Only fixed fragments and numbered placeholders go into the text.
fn search_sql(filter: &AuditFilter, cursor: AuditCursor, limit: u32) -> (String, Vec<SqlValue>) {
    let mut sql = String::from(SELECT_FILTERED);
    let mut values = Vec::new();
    let mut add = |sql: &mut String, condition: &str, value: SqlValue| {
        values.push(value);
        // $1 is the organisation.
        sql.push_str(&condition.replace('?', &format!("${}", values.len() + 1)));
    };
    if let Some(actor) = &filter.actor {
        add(&mut sql, " AND actor = ?", SqlValue::Text(actor.clone()));
    }
    if let Some(kind) = &filter.object_kind {
        add(
            &mut sql,
            " AND object LIKE ?",
            SqlValue::Text(format!("{kind}:%")),
        );
    }
    if let Some(from) = &filter.from {
        add(&mut sql, " AND at >= ?", SqlValue::Text(from.clone()));
    }
    if let Some(until) = &filter.until {
        add(&mut sql, " AND at < ?", SqlValue::Text(until.clone()));
    }
    let order = match cursor {
        AuditCursor::Newest => " ORDER BY id DESC",
        AuditCursor::Before(id) => {
            add(&mut sql, " AND id < ?", SqlValue::Int(id));
            " ORDER BY id DESC"
        }
        AuditCursor::After(id) => {
            add(&mut sql, " AND id > ?", SqlValue::Int(id));
            " ORDER BY id ASC"
        }
    };
    sql.push_str(order);
    add(&mut sql, " LIMIT ?", SqlValue::Int(i64::from(limit)));
    (sql, values)
}

/// A value bound to a built statement.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SqlValue {
    Int(i64),
    Text(String),
}

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

    async fn audit_search(
        &self,
        org: OrgId,
        filter: &AuditFilter,
        cursor: AuditCursor,
        limit: u32,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        if let Some(kind) = &filter.object_kind
            && !OBJECT_KINDS.contains(&kind.as_str())
        {
            return Err(StoreError::Invalid {
                field: "object_kind",
                message: format!(
                    "{kind:?} is not a kind of object in the audit log: use one of {}",
                    OBJECT_KINDS.join(", ")
                ),
            });
        }
        let (sql, values) = search_sql(filter, cursor, limit);
        let mut query = sqlx::query_as::<_, AuditRow>(sqlx::AssertSqlSafe(sql)).bind(org.0);
        for value in values {
            query = match value {
                SqlValue::Int(i) => query.bind(i),
                SqlValue::Text(t) => query.bind(t),
            };
        }
        let mut records: Vec<AuditRecord> = query
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(AuditRecord::from)
            .collect();
        if matches!(cursor, AuditCursor::After(_)) {
            records.reverse();
        }
        Ok(records)
    }

    async fn audit_actors(&self, org: OrgId) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar(SELECT_ACTORS)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?)
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
    async fn the_log_is_filtered_by_person_kind_and_time_and_paged_both_ways() {
        use crate::{AuditCursor, AuditFilter, NewAuditEvent};
        for store in crate::testing::all().await.expect("databases") {
            let a = store
                .create_organisation(NewOrganisation::parse("a", "a").expect("valid"), "cli")
                .await
                .expect("a");
            for (actor, object) in [
                ("ana@a.example", "plan:1"),
                ("bo@a.example", "dataset:1"),
                ("ana@a.example", "dataset:2"),
                ("bo@a.example", "plan:2"),
                ("ana@a.example", "plan:3"),
            ] {
                store
                    .record_event(NewAuditEvent::new(
                        Some(a.id),
                        actor,
                        "update",
                        object.to_owned(),
                        serde_json::json!({}),
                    ))
                    .await
                    .expect("record");
            }
            let objects = |records: Vec<crate::AuditRecord>| -> Vec<String> {
                records.into_iter().map(|r| r.event.object).collect()
            };
            let ana = AuditFilter {
                actor: Some("ana@a.example".to_owned()),
                ..AuditFilter::default()
            };
            let all_ana = store
                .audit_search(a.id, &ana, AuditCursor::Newest, 10)
                .await
                .expect("ana");
            assert_eq!(objects(all_ana.clone()), ["plan:3", "dataset:2", "plan:1"]);
            let plans = AuditFilter {
                object_kind: Some("plan".to_owned()),
                ..ana.clone()
            };
            assert_eq!(
                objects(
                    store
                        .audit_search(a.id, &plans, AuditCursor::Newest, 10)
                        .await
                        .expect("plans")
                ),
                ["plan:3", "plan:1"]
            );
            // Paging: two at a time, then back towards the newest.
            let first = store
                .audit_search(a.id, &ana, AuditCursor::Newest, 2)
                .await
                .expect("first");
            let second = store
                .audit_search(a.id, &ana, AuditCursor::Before(first[1].id), 2)
                .await
                .expect("second");
            assert_eq!(objects(second.clone()), ["plan:1"]);
            let back = store
                .audit_search(a.id, &ana, AuditCursor::After(second[0].id), 2)
                .await
                .expect("back");
            assert_eq!(objects(back), ["plan:3", "dataset:2"]);
            // Time: nothing before the year 2000, everything since.
            let old = AuditFilter {
                until: Some("2000-01-01T00:00:00".to_owned()),
                ..AuditFilter::default()
            };
            assert!(
                store
                    .audit_search(a.id, &old, AuditCursor::Newest, 10)
                    .await
                    .expect("old")
                    .is_empty()
            );
            let recent = AuditFilter {
                from: Some(all_ana[2].event.at.clone()),
                ..AuditFilter::default()
            };
            assert_eq!(
                store
                    .audit_search(a.id, &recent, AuditCursor::Newest, 10)
                    .await
                    .expect("recent")
                    .len(),
                5
            );
            let bad = AuditFilter {
                object_kind: Some("plan%' OR 1=1 --".to_owned()),
                ..AuditFilter::default()
            };
            assert!(
                store
                    .audit_search(a.id, &bad, AuditCursor::Newest, 10)
                    .await
                    .is_err()
            );
            assert_eq!(
                store.audit_actors(a.id).await.expect("actors"),
                ["ana@a.example", "bo@a.example", "cli"]
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
