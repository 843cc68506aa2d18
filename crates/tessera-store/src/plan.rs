//! Plans as stored: the plan document in `tessera-plan`'s JSON format, owned by an organisation.
//!
//! The store does not interpret the document: the web layer parses and validates it with
//! `tessera_plan::Plan` before saving, so the store stays free of planning logic and a future
//! format version needs no migration. Every change is recorded with the document before and
//! after in the audit log, in the same transaction.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::{AnyStore, OrgId, PlanId, StoreError};

/// Input for saving a new plan.
#[derive(Debug, Clone)]
pub struct NewPlan {
    /// The owning organisation.
    pub org: OrgId,
    /// The plan's title, kept beside the document for listing.
    pub title: String,
    /// The plan in the documented JSON format.
    pub document: serde_json::Value,
    /// Who created it.
    pub created_by: String,
}

/// A new version of a plan's document, replacing the old one.
#[derive(Debug, Clone)]
pub struct PlanUpdate {
    /// The plan's title.
    pub title: String,
    /// The whole plan in the documented JSON format.
    pub document: serde_json::Value,
    /// Who changed it.
    pub updated_by: String,
    /// What was changed, in a few words for the audit log (`"added an outcome"`).
    pub summary: String,
}

/// A stored plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanRecord {
    /// Its id.
    pub id: PlanId,
    /// The owning organisation.
    pub org: OrgId,
    /// Its title.
    pub title: String,
    /// The plan in the documented JSON format.
    pub document: serde_json::Value,
    /// Who created it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// Who changed it last.
    pub updated_by: String,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: String,
}

/// An organisation's plans.
pub trait Plans: Send + Sync {
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

    /// Deletes a plan, keeping its last document in the audit log and withdrawing its shares;
    /// `false` if it is not theirs.
    fn delete_plan(
        &self,
        org: OrgId,
        id: PlanId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

/// The columns of [`PlanRow`], for every statement that returns a plan.
macro_rules! plan_columns {
    () => {
        "id, org_id, title, document, created_by, created_at, updated_by, updated_at"
    };
}

const INSERT: &str = concat!(
    "INSERT INTO plan (org_id, title, document, created_by, created_at, updated_by, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ",
    plan_columns!()
);

const SELECT_OF_ORG: &str = concat!(
    "SELECT ",
    plan_columns!(),
    " FROM plan WHERE org_id = $1 ORDER BY updated_at DESC, id DESC"
);

const SELECT_ONE: &str = concat!(
    "SELECT ",
    plan_columns!(),
    " FROM plan WHERE id = $1 AND org_id = $2"
);

const UPDATE: &str = concat!(
    "UPDATE plan SET title = $1, document = $2, updated_by = $3, updated_at = $4 \
     WHERE id = $5 AND org_id = $6 RETURNING ",
    plan_columns!()
);

const DELETE: &str = concat!(
    "DELETE FROM plan WHERE id = $1 AND org_id = $2 RETURNING ",
    plan_columns!()
);

/// A deleted plan's shares stay, withdrawn, for the record.
const WITHDRAW_SHARES: &str = "UPDATE share SET withdrawn_at = $1, withdrawn_by = $2 \
     WHERE org_id = $3 AND object_kind = 'plan' AND object_id = $4 AND withdrawn_at IS NULL";

#[derive(sqlx::FromRow)]
struct PlanRow {
    id: i64,
    org_id: i64,
    title: String,
    document: String,
    created_by: String,
    created_at: String,
    updated_by: String,
    updated_at: String,
}

impl PlanRow {
    fn record(self) -> Result<PlanRecord, StoreError> {
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
fn plan_title(title: &str) -> Result<String, StoreError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(StoreError::Invalid {
            field: "title",
            message: "a plan needs a title".to_owned(),
        });
    }
    Ok(title.to_owned())
}

impl Plans for AnyStore {
    async fn create_plan(&self, new: NewPlan) -> Result<PlanRecord, StoreError> {
        let title = plan_title(&new.title)?;
        let mut tx = self.begin_write().await?;
        let at = now();
        let row: PlanRow = sqlx::query_as(INSERT)
            .bind(new.org.0)
            .bind(&title)
            .bind(new.document.to_string())
            .bind(&new.created_by)
            .bind(&at)
            .bind(&new.created_by)
            .bind(&at)
            .fetch_one(&mut *tx)
            .await?;
        let plan = row.record()?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(new.org),
                new.created_by,
                "create",
                format!("plan:{}", plan.id),
                serde_json::json!({ "after": { "title": title, "document": new.document } }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(plan)
    }

    async fn plans(&self, org: OrgId) -> Result<Vec<PlanRecord>, StoreError> {
        let rows: Vec<PlanRow> = sqlx::query_as(SELECT_OF_ORG)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(PlanRow::record).collect()
    }

    async fn plan(&self, org: OrgId, id: PlanId) -> Result<Option<PlanRecord>, StoreError> {
        let row: Option<PlanRow> = sqlx::query_as(SELECT_ONE)
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
        let mut tx = self.begin_write().await?;
        let before: Option<PlanRow> = sqlx::query_as(SELECT_ONE)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(before) = before else {
            return Ok(None);
        };
        let before = before.record()?;
        let row: PlanRow = sqlx::query_as(UPDATE)
            .bind(&title)
            .bind(update.document.to_string())
            .bind(&update.updated_by)
            .bind(now())
            .bind(id.0)
            .bind(org.0)
            .fetch_one(&mut *tx)
            .await?;
        let plan = row.record()?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                update.updated_by,
                "update",
                format!("plan:{id}"),
                serde_json::json!({
                    "summary": update.summary,
                    "before": { "title": before.title, "document": before.document },
                    "after": { "title": title, "document": update.document },
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(plan))
    }

    async fn delete_plan(&self, org: OrgId, id: PlanId, actor: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let before: Option<PlanRow> = sqlx::query_as(DELETE)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(before) = before else {
            return Ok(false);
        };
        let before = before.record()?;
        sqlx::query(WITHDRAW_SHARES)
            .bind(now())
            .bind(actor)
            .bind(org.0)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete",
                format!("plan:{id}"),
                serde_json::json!({
                    "before": { "title": before.title, "document": before.document },
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}
#[cfg(test)]
mod tests {
    use crate::prelude::*;
    use crate::{NewOrganisation, NewPlan, PlanId, PlanUpdate};

    /// The backend under test: PostgreSQL when `TESSERA_TEST_DATABASE_URL` is set, else SQLite.
    async fn store() -> crate::AnyStore {
        crate::testing::fresh().await.expect("a test database")
    }

    fn new_plan(org: crate::OrgId, title: &str) -> NewPlan {
        NewPlan {
            org,
            title: title.to_owned(),
            document: serde_json::json!({ "title": title, "goal": "People get on" }),
            created_by: "tester".to_owned(),
        }
    }

    #[tokio::test]
    async fn plans_are_created_listed_updated_and_deleted_only_within_their_organisation() {
        let store = store().await;
        let a = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
            .await
            .expect("org a");
        let b = store
            .create_organisation(NewOrganisation::parse("b", "B").expect("valid"), "t")
            .await
            .expect("org b");
        let plan = store
            .create_plan(new_plan(a.id, "Café"))
            .await
            .expect("create");
        assert_eq!(plan.title, "Café");
        assert_eq!(plan.document["goal"], "People get on");

        assert_eq!(store.plans(a.id).await.expect("list").len(), 1);
        assert!(store.plans(b.id).await.expect("list").is_empty());
        assert!(store.plan(b.id, plan.id).await.expect("get").is_none());
        assert!(store.plan(a.id, PlanId(9999)).await.expect("get").is_none());

        let update = PlanUpdate {
            title: "Language café".to_owned(),
            document: serde_json::json!({ "title": "Language café", "goal": "People get on" }),
            updated_by: "editor".to_owned(),
            summary: "renamed the plan".to_owned(),
        };
        assert!(
            store
                .update_plan(b.id, plan.id, update.clone())
                .await
                .expect("update")
                .is_none(),
            "another organisation cannot change the plan"
        );
        let updated = store
            .update_plan(a.id, plan.id, update)
            .await
            .expect("update")
            .expect("found");
        assert_eq!(updated.title, "Language café");
        assert_eq!(updated.updated_by, "editor");
        assert_eq!(store.plan(a.id, plan.id).await.expect("get"), Some(updated));

        assert!(!store.delete_plan(b.id, plan.id, "x").await.expect("delete"));
        assert!(store.plan(a.id, plan.id).await.expect("get").is_some());
        assert!(store.delete_plan(a.id, plan.id, "x").await.expect("delete"));
        assert!(store.plan(a.id, plan.id).await.expect("get").is_none());
    }

    #[tokio::test]
    async fn every_change_to_a_plan_is_audited_with_before_and_after() {
        let store = store().await;
        let org = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
            .await
            .expect("org");
        let plan = store
            .create_plan(new_plan(org.id, "One"))
            .await
            .expect("create");
        store
            .update_plan(
                org.id,
                plan.id,
                PlanUpdate {
                    title: "Two".to_owned(),
                    document: serde_json::json!({ "title": "Two" }),
                    updated_by: "editor".to_owned(),
                    summary: "renamed the plan".to_owned(),
                },
            )
            .await
            .expect("update");
        store
            .delete_plan(org.id, plan.id, "remover")
            .await
            .expect("delete");
        let events = store.audit_events(org.id, 10).await.expect("audit");
        let object = format!("plan:{}", plan.id);
        let ours: Vec<_> = events.iter().filter(|e| e.object == object).collect();
        assert_eq!(ours.len(), 3);
        // Newest first.
        assert_eq!(ours[0].action, "delete");
        assert_eq!(ours[0].actor, "remover");
        assert_eq!(ours[0].detail["before"]["title"], "Two");
        assert_eq!(ours[1].action, "update");
        assert_eq!(ours[1].detail["before"]["title"], "One");
        assert_eq!(ours[1].detail["after"]["title"], "Two");
        assert_eq!(ours[1].detail["summary"], "renamed the plan");
        assert_eq!(ours[2].action, "create");
        assert_eq!(ours[2].detail["after"]["title"], "One");
    }

    #[tokio::test]
    async fn a_plan_without_a_title_is_refused() {
        let store = store().await;
        let org = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
            .await
            .expect("org");
        let err = store
            .create_plan(new_plan(org.id, "  "))
            .await
            .expect_err("blank title");
        assert!(err.to_string().contains("title"));
        assert!(store.plans(org.id).await.expect("list").is_empty());
    }
}
