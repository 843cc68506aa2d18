//! Self-assessments: an organisation's own scoring of how it works (its policy against the
//! Inclusive Cities framework, the barriers it meets in using the indicators), kept so it can be
//! repeated and compared. The answers are JSON the application layer writes and checks.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::id::decl_id;
use crate::{AnyStore, OrgId, StoreError};

decl_id!(
    /// The id of a self-assessment.
    AssessmentId
);

/// Input for a self-assessment, new or changed.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAssessment {
    /// Which questionnaire: `inclusive-cities` or `barriers`.
    pub kind: String,
    /// Its title, e.g. "Policy review 2026".
    pub title: String,
    /// The day it was taken (`YYYY-MM-DD`).
    pub taken_on: String,
    /// Scores, notes and actions (JSON as the application layer writes it).
    pub answers: serde_json::Value,
}

/// A self-assessment as kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// Its id.
    pub id: AssessmentId,
    /// Which questionnaire.
    pub kind: String,
    /// Its title.
    pub title: String,
    /// The day it was taken.
    pub taken_on: String,
    /// Scores, notes and actions.
    pub answers: serde_json::Value,
    /// Who recorded it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// Who changed it last.
    pub updated_by: String,
    /// When (RFC 3339, UTC).
    pub updated_at: String,
}

/// An organisation's self-assessments.
pub trait Assessments: Send + Sync {
    /// The organisation's self-assessments of one kind, newest first (by the day taken).
    fn assessments(
        &self,
        org: OrgId,
        kind: &str,
    ) -> impl Future<Output = Result<Vec<Assessment>, StoreError>> + Send;

    /// One of the organisation's self-assessments.
    fn assessment(
        &self,
        org: OrgId,
        id: AssessmentId,
    ) -> impl Future<Output = Result<Option<Assessment>, StoreError>> + Send;

    /// Records a self-assessment, audited.
    fn create_assessment(
        &self,
        org: OrgId,
        new: NewAssessment,
        actor: &str,
    ) -> impl Future<Output = Result<Assessment, StoreError>> + Send;

    /// Replaces a self-assessment's title, day and answers (not its kind), audited with what it
    /// said before; `None` if the organisation has no such assessment.
    fn update_assessment(
        &self,
        org: OrgId,
        id: AssessmentId,
        new: NewAssessment,
        actor: &str,
    ) -> impl Future<Output = Result<Option<Assessment>, StoreError>> + Send;

    /// Deletes a self-assessment, audited with what it said; `false` if there is none.
    fn delete_assessment(
        &self,
        org: OrgId,
        id: AssessmentId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

macro_rules! columns {
    () => {
        "id, kind, title, taken_on, answers, created_by, created_at, updated_by, updated_at"
    };
}

const SELECT_KIND: &str = concat!(
    "SELECT ",
    columns!(),
    " FROM self_assessment WHERE org_id = $1 AND kind = $2 ORDER BY taken_on DESC, id DESC"
);

const SELECT_ONE: &str = concat!(
    "SELECT ",
    columns!(),
    " FROM self_assessment WHERE org_id = $1 AND id = $2"
);

const INSERT: &str = concat!(
    "INSERT INTO self_assessment (org_id, kind, title, taken_on, answers, created_by, \
     created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $7) RETURNING ",
    columns!()
);

const UPDATE: &str = concat!(
    "UPDATE self_assessment SET title = $3, taken_on = $4, answers = $5, updated_by = $6, \
     updated_at = $7 WHERE org_id = $1 AND id = $2 RETURNING ",
    columns!()
);

const DELETE: &str = concat!(
    "DELETE FROM self_assessment WHERE org_id = $1 AND id = $2 RETURNING ",
    columns!()
);

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    kind: String,
    title: String,
    taken_on: String,
    answers: String,
    created_by: String,
    created_at: String,
    updated_by: String,
    updated_at: String,
}

impl Row {
    fn record(self) -> Result<Assessment, StoreError> {
        let answers = serde_json::from_str(&self.answers).map_err(|e| {
            StoreError::Corrupt(format!("self-assessment {} answers: {e}", self.id))
        })?;
        Ok(Assessment {
            id: AssessmentId(self.id),
            kind: self.kind,
            title: self.title,
            taken_on: self.taken_on,
            answers,
            created_by: self.created_by,
            created_at: self.created_at,
            updated_by: self.updated_by,
            updated_at: self.updated_at,
        })
    }
}

impl Assessments for AnyStore {
    async fn assessments(&self, org: OrgId, kind: &str) -> Result<Vec<Assessment>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(SELECT_KIND)
            .bind(org.0)
            .bind(kind)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(Row::record).collect()
    }

    async fn assessment(
        &self,
        org: OrgId,
        id: AssessmentId,
    ) -> Result<Option<Assessment>, StoreError> {
        let row: Option<Row> = sqlx::query_as(SELECT_ONE)
            .bind(org.0)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        row.map(Row::record).transpose()
    }

    async fn create_assessment(
        &self,
        org: OrgId,
        new: NewAssessment,
        actor: &str,
    ) -> Result<Assessment, StoreError> {
        let mut tx = self.begin_write().await?;
        let row: Row = sqlx::query_as(INSERT)
            .bind(org.0)
            .bind(&new.kind)
            .bind(&new.title)
            .bind(&new.taken_on)
            .bind(new.answers.to_string())
            .bind(actor)
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
        let created = row.record()?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "create",
                format!("self-assessment:{}", created.id),
                serde_json::json!({ "after": created }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(created)
    }

    async fn update_assessment(
        &self,
        org: OrgId,
        id: AssessmentId,
        new: NewAssessment,
        actor: &str,
    ) -> Result<Option<Assessment>, StoreError> {
        let mut tx = self.begin_write().await?;
        let before: Option<Row> = sqlx::query_as(SELECT_ONE)
            .bind(org.0)
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(before) = before else {
            return Ok(None);
        };
        let before = before.record()?;
        let row: Row = sqlx::query_as(UPDATE)
            .bind(org.0)
            .bind(id.0)
            .bind(&new.title)
            .bind(&new.taken_on)
            .bind(new.answers.to_string())
            .bind(actor)
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
        let after = row.record()?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "update",
                format!("self-assessment:{id}"),
                serde_json::json!({ "before": before, "after": after }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(after))
    }

    async fn delete_assessment(
        &self,
        org: OrgId,
        id: AssessmentId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let row: Option<Row> = sqlx::query_as(DELETE)
            .bind(org.0)
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        let before = row.record()?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete",
                format!("self-assessment:{id}"),
                serde_json::json!({ "before": before }),
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
    use crate::NewOrganisation;
    use crate::prelude::*;

    fn new(title: &str, taken_on: &str, score: i64) -> NewAssessment {
        NewAssessment {
            kind: "inclusive-cities".to_owned(),
            title: title.to_owned(),
            taken_on: taken_on.to_owned(),
            answers: serde_json::json!({ "scores": { "local-leadership": score } }),
        }
    }

    #[tokio::test]
    async fn self_assessments_are_kept_per_organisation_newest_first_and_audited() {
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
            let first = store
                .create_assessment(org, new("2025", "2025-03-01", 1), "e")
                .await
                .expect("create");
            let second = store
                .create_assessment(org, new("2026", "2026-03-01", 3), "e")
                .await
                .expect("create");
            let listed = store
                .assessments(org, "inclusive-cities")
                .await
                .expect("list");
            assert_eq!(
                listed.iter().map(|a| a.id).collect::<Vec<_>>(),
                vec![second.id, first.id]
            );
            assert!(
                store
                    .assessments(org, "barriers")
                    .await
                    .expect("list")
                    .is_empty()
            );
            assert!(
                store
                    .assessments(other, "inclusive-cities")
                    .await
                    .expect("list")
                    .is_empty()
            );
            assert_eq!(store.assessment(other, first.id).await.expect("read"), None);
            assert_eq!(
                store
                    .update_assessment(other, first.id, new("x", "2025-01-01", 0), "x")
                    .await
                    .expect("update"),
                None
            );
            let changed = store
                .update_assessment(org, first.id, new("2025 (revised)", "2025-03-02", 2), "f")
                .await
                .expect("update")
                .expect("found");
            assert_eq!(changed.title, "2025 (revised)");
            assert_eq!(changed.answers["scores"]["local-leadership"], 2);
            assert_eq!(changed.created_by, "e");
            assert_eq!(changed.updated_by, "f");
            assert!(
                !store
                    .delete_assessment(other, second.id, "x")
                    .await
                    .expect("delete")
            );
            assert!(
                store
                    .delete_assessment(org, second.id, "e")
                    .await
                    .expect("delete")
            );
            let actions: Vec<String> = store
                .audit_events(org, 10)
                .await
                .expect("audit")
                .into_iter()
                .map(|e| e.action)
                .collect();
            assert_eq!(actions[..4], ["delete", "update", "create", "create"]);
        }
    }
}
