//! Reports: a plan's results for a period, assembled for a funder or a committee — the sections
//! the organisation chose, in its order, each with its own narrative, and the stories it
//! selected. What the sections say is worked out when the report is shown; only the choices and
//! the organisation's words are kept.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::id::decl_id;
use crate::{AnyStore, OrgId, PlanId, StoreError, StoryId};

decl_id!(
    /// The id of a report.
    ReportId
);

/// Input for a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReport {
    /// The plan it reports on.
    pub plan: PlanId,
    /// Its title.
    pub title: String,
    /// The period's first day (`YYYY-MM-DD`).
    pub period_start: String,
    /// The period's last day (`YYYY-MM-DD`).
    pub period_end: String,
    /// The sections in order, with their narratives (the application layer defines the shape).
    pub sections: serde_json::Value,
    /// The selected stories, in order.
    pub stories: Vec<StoryId>,
    /// `draft` or `final`.
    pub status: String,
}

/// A report as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Its id.
    pub id: ReportId,
    /// The organisation.
    pub org: OrgId,
    /// The plan.
    pub plan: PlanId,
    /// Title.
    pub title: String,
    /// The period's first day.
    pub period_start: String,
    /// The period's last day.
    pub period_end: String,
    /// The sections, as saved.
    pub sections: serde_json::Value,
    /// The selected stories.
    pub stories: Vec<StoryId>,
    /// `draft` or `final`.
    pub status: String,
    /// Who made it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// Who changed it last.
    pub updated_by: String,
    /// When (RFC 3339, UTC).
    pub updated_at: String,
}

/// An organisation's reports.
pub trait Reports: Send + Sync {
    /// Saves a new report, audited; refuses ([`StoreError::Invalid`]) a plan that is not the
    /// organisation's.
    fn create_report(
        &self,
        org: OrgId,
        new: NewReport,
        actor: &str,
    ) -> impl Future<Output = Result<Report, StoreError>> + Send;

    /// Replaces a report's choices (its plan stays), audited; `None` if there is no such report.
    fn update_report(
        &self,
        org: OrgId,
        id: ReportId,
        new: NewReport,
        actor: &str,
    ) -> impl Future<Output = Result<Option<Report>, StoreError>> + Send;

    /// One report.
    fn report(
        &self,
        org: OrgId,
        id: ReportId,
    ) -> impl Future<Output = Result<Option<Report>, StoreError>> + Send;

    /// A plan's reports, newest first.
    fn plan_reports(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> impl Future<Output = Result<Vec<Report>, StoreError>> + Send;

    /// Deletes a report, audited; whether there was one.
    fn delete_report(
        &self,
        org: OrgId,
        id: ReportId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

macro_rules! report_select {
    () => {
        "SELECT id, org_id, plan_id, title, period_start, period_end, sections, stories, status, \
         created_by, created_at, updated_by, updated_at FROM report"
    };
}

const SELECT_BY_ID: &str = concat!(report_select!(), " WHERE id = $1");
const SELECT_ONE: &str = concat!(report_select!(), " WHERE id = $1 AND org_id = $2");
const SELECT_OF_PLAN: &str = concat!(
    report_select!(),
    " WHERE org_id = $1 AND plan_id = $2 ORDER BY id DESC"
);

#[derive(sqlx::FromRow)]
struct ReportRow {
    id: i64,
    org_id: i64,
    plan_id: i64,
    title: String,
    period_start: String,
    period_end: String,
    sections: String,
    stories: String,
    status: String,
    created_by: String,
    created_at: String,
    updated_by: String,
    updated_at: String,
}

impl TryFrom<ReportRow> for Report {
    type Error = StoreError;

    fn try_from(r: ReportRow) -> Result<Self, StoreError> {
        let sections = serde_json::from_str(&r.sections)
            .map_err(|e| StoreError::Corrupt(format!("report {}: sections: {e}", r.id)))?;
        let stories: Vec<i64> = serde_json::from_str(&r.stories)
            .map_err(|e| StoreError::Corrupt(format!("report {}: stories: {e}", r.id)))?;
        Ok(Report {
            id: ReportId(r.id),
            org: OrgId(r.org_id),
            plan: PlanId(r.plan_id),
            title: r.title,
            period_start: r.period_start,
            period_end: r.period_end,
            sections,
            stories: stories.into_iter().map(StoryId).collect(),
            status: r.status,
            created_by: r.created_by,
            created_at: r.created_at,
            updated_by: r.updated_by,
            updated_at: r.updated_at,
        })
    }
}

fn object(id: i64) -> String {
    format!("report:{id}")
}

fn story_ids(ids: &[StoryId]) -> String {
    serde_json::Value::from(ids.iter().map(|s| s.0).collect::<Vec<_>>()).to_string()
}

impl Reports for AnyStore {
    async fn create_report(
        &self,
        org: OrgId,
        new: NewReport,
        actor: &str,
    ) -> Result<Report, StoreError> {
        let mut tx = self.begin_write().await?;
        let plan: Option<i64> =
            sqlx::query_scalar("SELECT id FROM plan WHERE id = $1 AND org_id = $2")
                .bind(new.plan.0)
                .bind(org.0)
                .fetch_optional(&mut *tx)
                .await?;
        if plan.is_none() {
            return Err(StoreError::Invalid {
                field: "plan",
                message: format!("plan {} is not one of the organisation's plans", new.plan),
            });
        }
        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO report (org_id, plan_id, title, period_start, period_end, sections, \
             stories, status, created_by, created_at, updated_by, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $10) RETURNING id",
        )
        .bind(org.0)
        .bind(new.plan.0)
        .bind(&new.title)
        .bind(&new.period_start)
        .bind(&new.period_end)
        .bind(new.sections.to_string())
        .bind(story_ids(&new.stories))
        .bind(&new.status)
        .bind(actor)
        .bind(&at)
        .fetch_one(&mut *tx)
        .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "create",
                object(id),
                serde_json::json!({ "plan": new.plan.0, "stories": story_ids(&new.stories) }),
            ),
        )
        .await?;
        let row: ReportRow = sqlx::query_as(SELECT_BY_ID)
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        row.try_into()
    }

    async fn update_report(
        &self,
        org: OrgId,
        id: ReportId,
        new: NewReport,
        actor: &str,
    ) -> Result<Option<Report>, StoreError> {
        let mut tx = self.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE report SET title = $1, period_start = $2, period_end = $3, sections = $4, \
             stories = $5, status = $6, updated_by = $7, updated_at = $8 \
             WHERE id = $9 AND org_id = $10",
        )
        .bind(&new.title)
        .bind(&new.period_start)
        .bind(&new.period_end)
        .bind(new.sections.to_string())
        .bind(story_ids(&new.stories))
        .bind(&new.status)
        .bind(actor)
        .bind(now())
        .bind(id.0)
        .bind(org.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(None);
        }
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "update",
                object(id.0),
                serde_json::json!({ "status": new.status, "stories": story_ids(&new.stories) }),
            ),
        )
        .await?;
        let row: ReportRow = sqlx::query_as(SELECT_BY_ID)
            .bind(id.0)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(row.try_into()?))
    }

    async fn report(&self, org: OrgId, id: ReportId) -> Result<Option<Report>, StoreError> {
        let row: Option<ReportRow> = sqlx::query_as(SELECT_ONE)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&self.pool)
            .await?;
        row.map(Report::try_from).transpose()
    }

    async fn plan_reports(&self, org: OrgId, plan: PlanId) -> Result<Vec<Report>, StoreError> {
        let rows: Vec<ReportRow> = sqlx::query_as(SELECT_OF_PLAN)
            .bind(org.0)
            .bind(plan.0)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(Report::try_from).collect()
    }

    async fn delete_report(
        &self,
        org: OrgId,
        id: ReportId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let deleted = sqlx::query("DELETE FROM report WHERE id = $1 AND org_id = $2")
            .bind(id.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if deleted == 0 {
            return Ok(false);
        }
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete",
                object(id.0),
                serde_json::json!({}),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;
    use crate::{NewOrganisation, NewPlan};

    #[tokio::test]
    async fn a_report_keeps_its_sections_and_stories_and_stays_in_its_organisation() {
        for store in crate::testing::all().await.expect("databases") {
            let org = store
                .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
                .await
                .expect("org")
                .id;
            let other = store
                .create_organisation(NewOrganisation::parse("b", "B").expect("valid"), "t")
                .await
                .expect("org")
                .id;
            let plan = store
                .create_plan(NewPlan {
                    org,
                    title: "Club".to_owned(),
                    document: serde_json::json!({}),
                    created_by: "t".to_owned(),
                })
                .await
                .expect("plan")
                .id;
            let new = NewReport {
                plan,
                title: "Year one".to_owned(),
                period_start: "2025-01-01".to_owned(),
                period_end: "2025-12-31".to_owned(),
                sections: serde_json::json!([{ "kind": "summary", "narrative": "Good year" }]),
                stories: vec![StoryId(4), StoryId(2)],
                status: "draft".to_owned(),
            };
            assert!(store.create_report(other, new.clone(), "x").await.is_err());
            let made = store
                .create_report(org, new.clone(), "e")
                .await
                .expect("report");
            assert_eq!(made.stories, vec![StoryId(4), StoryId(2)]);
            assert_eq!(made.sections[0]["narrative"], "Good year");
            assert!(store.report(other, made.id).await.expect("read").is_none());
            assert!(
                store
                    .update_report(other, made.id, new.clone(), "x")
                    .await
                    .expect("update")
                    .is_none()
            );
            let changed = store
                .update_report(
                    org,
                    made.id,
                    NewReport {
                        status: "final".to_owned(),
                        ..new
                    },
                    "o",
                )
                .await
                .expect("update")
                .expect("there");
            assert_eq!(changed.status, "final");
            assert_eq!(store.plan_reports(org, plan).await.expect("list").len(), 1);
            assert!(
                !store
                    .delete_report(other, made.id, "x")
                    .await
                    .expect("delete")
            );
            assert!(
                store
                    .delete_report(org, made.id, "o")
                    .await
                    .expect("delete")
            );
            let actions: Vec<String> = store
                .audit_events(org, 10)
                .await
                .expect("audit")
                .into_iter()
                .filter(|e| e.object.starts_with("report:"))
                .map(|e| e.action)
                .collect();
            assert_eq!(actions, ["delete", "update", "create"]);
        }
    }
}
