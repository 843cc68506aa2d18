//! Questionnaires as stored: versions of the questionnaire JSON (tessera-survey's format), owned
//! by an organisation and optionally tied to a plan.
//!
//! Like plans, the store does not interpret the content: the application layer parses and
//! validates it with `tessera_survey::Questionnaire` before saving. What the store does own is
//! versioning: a version that has answers is never changed, so an edit after the first answer
//! makes a new version. Every change is audited, with the content before and after, in the
//! same transaction.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::id::decl_id;
use crate::{AnyStore, OrgId, PlanId, StoreError};

decl_id!(
    /// The id of a questionnaire (all its versions).
    QuestionnaireId
);

/// Input for saving a new questionnaire (its version 1).
#[derive(Debug, Clone)]
pub struct NewQuestionnaire {
    /// The owning organisation.
    pub org: OrgId,
    /// The plan it was built for, if any.
    pub plan: Option<PlanId>,
    /// Its title, kept beside the content for listing.
    pub title: String,
    /// The questionnaire in the documented JSON format.
    pub content: serde_json::Value,
    /// Who created it.
    pub created_by: String,
}

/// A change to a questionnaire's content.
#[derive(Debug, Clone)]
pub struct QuestionnaireUpdate {
    /// Its title.
    pub title: String,
    /// The whole questionnaire in the documented JSON format.
    pub content: serde_json::Value,
    /// Who changed it.
    pub updated_by: String,
    /// What was changed, in a few words for the audit log (`"moved a question up"`).
    pub summary: String,
}

/// A stored questionnaire with its current version's content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnaireRecord {
    /// Its id.
    pub id: QuestionnaireId,
    /// The owning organisation.
    pub org: OrgId,
    /// The plan it was built for, if any (none once that plan is deleted).
    pub plan: Option<PlanId>,
    /// Its title.
    pub title: String,
    /// The current version's number (1, 2, …).
    pub version: i64,
    /// The current version's content, in the documented JSON format.
    pub content: serde_json::Value,
    /// Whether the current version has answers (and is therefore frozen).
    pub answered: bool,
    /// Who created it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// Who changed it last.
    pub updated_by: String,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: String,
}

/// One version of a questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnaireVersion {
    /// The questionnaire.
    pub questionnaire: QuestionnaireId,
    /// The version's number.
    pub version: i64,
    /// Its content.
    pub content: serde_json::Value,
    /// Whether it has answers.
    pub answered: bool,
    /// Who made it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
}

/// An organisation's questionnaires.
pub trait Questionnaires: Send + Sync {
    /// Saves a new questionnaire as version 1 and records it in the audit log.
    fn create_questionnaire(
        &self,
        new: NewQuestionnaire,
    ) -> impl Future<Output = Result<QuestionnaireRecord, StoreError>> + Send;

    /// Lists an organisation's questionnaires, most recently changed first.
    fn questionnaires(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<QuestionnaireRecord>, StoreError>> + Send;

    /// One of an organisation's questionnaires at its current version; `None` if not theirs.
    fn questionnaire(
        &self,
        org: OrgId,
        id: QuestionnaireId,
    ) -> impl Future<Output = Result<Option<QuestionnaireRecord>, StoreError>> + Send;

    /// One version of one of an organisation's questionnaires; `None` if there is no such
    /// version or the questionnaire is not theirs.
    fn questionnaire_version(
        &self,
        org: OrgId,
        id: QuestionnaireId,
        version: i64,
    ) -> impl Future<Output = Result<Option<QuestionnaireVersion>, StoreError>> + Send;

    /// Changes a questionnaire: replaces the current version's content, or, when the current
    /// version has answers, adds a new version. Audited with before and after in the same
    /// transaction; `None` if the questionnaire is not the organisation's.
    fn update_questionnaire(
        &self,
        org: OrgId,
        id: QuestionnaireId,
        update: QuestionnaireUpdate,
    ) -> impl Future<Output = Result<Option<QuestionnaireRecord>, StoreError>> + Send;

    /// Marks a version as answered (called when its first answer is stored), freezing it.
    /// Returns false if there is no such version of the organisation's questionnaire.
    fn mark_questionnaire_answered(
        &self,
        org: OrgId,
        id: QuestionnaireId,
        version: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Deletes a questionnaire with all its versions, keeping its last content in the audit
    /// log; `false` if it is not theirs.
    fn delete_questionnaire(
        &self,
        org: OrgId,
        id: QuestionnaireId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

/// The columns of [`Row`], for every statement that returns a questionnaire.
macro_rules! columns {
    () => {
        "q.id, q.org_id, q.plan_id, q.title, q.current_version, v.content, v.answered, \
         q.created_by, q.created_at, q.updated_by, q.updated_at"
    };
}

/// The current version of each questionnaire, joined to it.
macro_rules! from_current {
    () => {
        " FROM questionnaire q JOIN questionnaire_version v \
         ON v.questionnaire_id = q.id AND v.version = q.current_version"
    };
}

const INSERT: &str = "INSERT INTO questionnaire (org_id, plan_id, title, current_version, \
     created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, 1, $4, $5, $6, $7) \
     RETURNING id";

const INSERT_VERSION: &str = "INSERT INTO questionnaire_version (questionnaire_id, version, \
     content, answered, created_by, created_at) VALUES ($1, $2, $3, 0, $4, $5)";

const UPDATE_VERSION: &str =
    "UPDATE questionnaire_version SET content = $1 WHERE questionnaire_id = $2 AND version = $3";

const UPDATE_HEAD: &str = "UPDATE questionnaire SET title = $1, current_version = $2, \
     updated_by = $3, updated_at = $4 WHERE id = $5 AND org_id = $6";

const MARK_ANSWERED: &str = "UPDATE questionnaire_version SET answered = 1 \
     WHERE questionnaire_id = $1 AND version = $2 \
     AND questionnaire_id IN (SELECT id FROM questionnaire WHERE org_id = $3)";

const SELECT_VERSION: &str = "SELECT v.questionnaire_id, v.version, v.content, v.answered, \
     v.created_by, v.created_at FROM questionnaire_version v JOIN questionnaire q \
     ON q.id = v.questionnaire_id WHERE q.id = $1 AND q.org_id = $2 AND v.version = $3";

const DELETE_VERSIONS: &str = "DELETE FROM questionnaire_version WHERE questionnaire_id = $1";
const DELETE: &str = "DELETE FROM questionnaire WHERE id = $1 AND org_id = $2";

const SELECT_OF_ORG: &str = concat!(
    "SELECT ",
    columns!(),
    from_current!(),
    " WHERE q.org_id = $1 ORDER BY q.updated_at DESC, q.id DESC"
);

const SELECT_ONE: &str = concat!(
    "SELECT ",
    columns!(),
    from_current!(),
    " WHERE q.id = $1 AND q.org_id = $2"
);

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    org_id: i64,
    plan_id: Option<i64>,
    title: String,
    current_version: i64,
    content: String,
    answered: i64,
    created_by: String,
    created_at: String,
    updated_by: String,
    updated_at: String,
}

impl Row {
    fn record(self) -> Result<QuestionnaireRecord, StoreError> {
        let content = serde_json::from_str(&self.content)
            .map_err(|e| StoreError::Corrupt(format!("questionnaire {} content: {e}", self.id)))?;
        Ok(QuestionnaireRecord {
            id: QuestionnaireId(self.id),
            org: OrgId(self.org_id),
            plan: self.plan_id.map(PlanId),
            title: self.title,
            version: self.current_version,
            content,
            answered: self.answered != 0,
            created_by: self.created_by,
            created_at: self.created_at,
            updated_by: self.updated_by,
            updated_at: self.updated_at,
        })
    }
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    questionnaire_id: i64,
    version: i64,
    content: String,
    answered: i64,
    created_by: String,
    created_at: String,
}

/// A title, trimmed; a blank one is refused so the list never shows an empty line.
fn title(title: &str) -> Result<String, StoreError> {
    let t = title.trim();
    if t.is_empty() {
        return Err(StoreError::Invalid {
            field: "title",
            message: "a questionnaire needs a title".to_owned(),
        });
    }
    Ok(t.to_owned())
}

impl Questionnaires for AnyStore {
    async fn create_questionnaire(
        &self,
        new: NewQuestionnaire,
    ) -> Result<QuestionnaireRecord, StoreError> {
        let title = title(&new.title)?;
        let mut tx = self.begin_write().await?;
        let at = now();
        let (id,): (i64,) = sqlx::query_as(INSERT)
            .bind(new.org.0)
            .bind(new.plan.map(|p| p.0))
            .bind(&title)
            .bind(&new.created_by)
            .bind(&at)
            .bind(&new.created_by)
            .bind(&at)
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query(INSERT_VERSION)
            .bind(id)
            .bind(1i64)
            .bind(new.content.to_string())
            .bind(&new.created_by)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
        let row: Row = sqlx::query_as(SELECT_ONE)
            .bind(id)
            .bind(new.org.0)
            .fetch_one(&mut *tx)
            .await?;
        let created = row.record()?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(new.org),
                new.created_by,
                "create",
                format!("questionnaire:{id}"),
                serde_json::json!({
                    "after": { "title": title, "version": 1, "content": new.content }
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(created)
    }

    async fn questionnaires(&self, org: OrgId) -> Result<Vec<QuestionnaireRecord>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(SELECT_OF_ORG)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(Row::record).collect()
    }

    async fn questionnaire(
        &self,
        org: OrgId,
        id: QuestionnaireId,
    ) -> Result<Option<QuestionnaireRecord>, StoreError> {
        let row: Option<Row> = sqlx::query_as(SELECT_ONE)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&self.pool)
            .await?;
        row.map(Row::record).transpose()
    }

    async fn questionnaire_version(
        &self,
        org: OrgId,
        id: QuestionnaireId,
        version: i64,
    ) -> Result<Option<QuestionnaireVersion>, StoreError> {
        let row: Option<VersionRow> = sqlx::query_as(SELECT_VERSION)
            .bind(id.0)
            .bind(org.0)
            .bind(version)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            let content = serde_json::from_str(&r.content).map_err(|e| {
                StoreError::Corrupt(format!(
                    "questionnaire {} version {}: {e}",
                    r.questionnaire_id, r.version
                ))
            })?;
            Ok(QuestionnaireVersion {
                questionnaire: QuestionnaireId(r.questionnaire_id),
                version: r.version,
                content,
                answered: r.answered != 0,
                created_by: r.created_by,
                created_at: r.created_at,
            })
        })
        .transpose()
    }

    async fn update_questionnaire(
        &self,
        org: OrgId,
        id: QuestionnaireId,
        update: QuestionnaireUpdate,
    ) -> Result<Option<QuestionnaireRecord>, StoreError> {
        let title = title(&update.title)?;
        let mut tx = self.begin_write().await?;
        let before: Option<Row> = sqlx::query_as(SELECT_ONE)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(before) = before else {
            return Ok(None);
        };
        let before = before.record()?;
        let at = now();
        let version = if before.answered {
            let next = before.version + 1;
            sqlx::query(INSERT_VERSION)
                .bind(id.0)
                .bind(next)
                .bind(update.content.to_string())
                .bind(&update.updated_by)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            next
        } else {
            sqlx::query(UPDATE_VERSION)
                .bind(update.content.to_string())
                .bind(id.0)
                .bind(before.version)
                .execute(&mut *tx)
                .await?;
            before.version
        };
        sqlx::query(UPDATE_HEAD)
            .bind(&title)
            .bind(version)
            .bind(&update.updated_by)
            .bind(&at)
            .bind(id.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        let row: Row = sqlx::query_as(SELECT_ONE)
            .bind(id.0)
            .bind(org.0)
            .fetch_one(&mut *tx)
            .await?;
        let after = row.record()?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                update.updated_by,
                "update",
                format!("questionnaire:{id}"),
                serde_json::json!({
                    "summary": update.summary,
                    "before": { "title": before.title, "version": before.version, "content": before.content },
                    "after": { "title": title, "version": version, "content": update.content },
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(after))
    }

    async fn mark_questionnaire_answered(
        &self,
        org: OrgId,
        id: QuestionnaireId,
        version: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(MARK_ANSWERED)
            .bind(id.0)
            .bind(version)
            .bind(org.0)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn delete_questionnaire(
        &self,
        org: OrgId,
        id: QuestionnaireId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let before: Option<Row> = sqlx::query_as(SELECT_ONE)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(before) = before else {
            return Ok(false);
        };
        let before = before.record()?;
        sqlx::query(DELETE_VERSIONS)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query(DELETE)
            .bind(id.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete",
                format!("questionnaire:{id}"),
                serde_json::json!({
                    "before": { "title": before.title, "version": before.version, "content": before.content },
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
    use crate::{NewOrganisation, NewPlan, NewQuestionnaire, QuestionnaireId, QuestionnaireUpdate};

    /// The backend under test: PostgreSQL when `TESSERA_TEST_DATABASE_URL` is set, else SQLite.
    async fn store() -> crate::AnyStore {
        crate::testing::fresh().await.expect("a test database")
    }

    async fn org(store: &crate::AnyStore, slug: &str) -> crate::OrgId {
        store
            .create_organisation(NewOrganisation::parse(slug, slug).expect("valid"), "t")
            .await
            .expect("org")
            .id
    }

    fn new(org: crate::OrgId, title: &str) -> NewQuestionnaire {
        NewQuestionnaire {
            org,
            plan: None,
            title: title.to_owned(),
            content: serde_json::json!({ "title": { "en": { "value": title } }, "items": [] }),
            created_by: "maker".to_owned(),
        }
    }

    fn update(title: &str) -> QuestionnaireUpdate {
        QuestionnaireUpdate {
            title: title.to_owned(),
            content: serde_json::json!({ "title": { "en": { "value": title } }, "items": [1] }),
            updated_by: "editor".to_owned(),
            summary: "added a question".to_owned(),
        }
    }

    #[tokio::test]
    async fn questionnaires_are_kept_within_their_organisation() {
        let store = store().await;
        let (a, b) = (org(&store, "a").await, org(&store, "b").await);
        let q = store
            .create_questionnaire(new(a, "Café"))
            .await
            .expect("create");
        assert_eq!((q.version, q.answered), (1, false));
        assert_eq!(store.questionnaires(a).await.expect("list").len(), 1);
        assert!(store.questionnaires(b).await.expect("list").is_empty());
        assert!(store.questionnaire(b, q.id).await.expect("get").is_none());
        assert!(
            store
                .update_questionnaire(b, q.id, update("X"))
                .await
                .expect("update")
                .is_none()
        );
        assert!(
            !store
                .mark_questionnaire_answered(b, q.id, 1)
                .await
                .expect("mark")
        );
        assert!(
            !store
                .delete_questionnaire(b, q.id, "x")
                .await
                .expect("delete")
        );
        assert!(
            store
                .questionnaire(a, QuestionnaireId(9999))
                .await
                .expect("get")
                .is_none()
        );
        assert!(
            store
                .delete_questionnaire(a, q.id, "x")
                .await
                .expect("delete")
        );
        assert!(store.questionnaires(a).await.expect("list").is_empty());
    }

    #[tokio::test]
    async fn editing_before_any_answer_keeps_the_version_and_after_makes_a_new_one() {
        let store = store().await;
        let a = org(&store, "a").await;
        let q = store
            .create_questionnaire(new(a, "One"))
            .await
            .expect("create");
        let same = store
            .update_questionnaire(a, q.id, update("Two"))
            .await
            .expect("update")
            .expect("found");
        assert_eq!((same.version, same.title.as_str()), (1, "Two"));

        assert!(
            store
                .mark_questionnaire_answered(a, q.id, 1)
                .await
                .expect("mark")
        );
        let next = store
            .update_questionnaire(a, q.id, update("Three"))
            .await
            .expect("update")
            .expect("found");
        assert_eq!((next.version, next.answered), (2, false));
        let old = store
            .questionnaire_version(a, q.id, 1)
            .await
            .expect("read")
            .expect("version 1 kept");
        assert!(old.answered);
        assert_eq!(
            old.content["title"]["en"]["value"], "Two",
            "answered content is frozen"
        );
        assert!(
            store
                .questionnaire_version(a, q.id, 3)
                .await
                .expect("read")
                .is_none()
        );

        let events = store.audit_events(a, 10).await.expect("audit");
        let object = format!("questionnaire:{}", q.id);
        let ours: Vec<_> = events.iter().filter(|e| e.object == object).collect();
        assert_eq!(ours.len(), 3);
        assert_eq!(ours[0].detail["before"]["version"], 1);
        assert_eq!(ours[0].detail["after"]["version"], 2);
        assert_eq!(ours[0].detail["summary"], "added a question");
    }

    #[tokio::test]
    async fn a_questionnaire_outlives_its_plan() {
        let store = store().await;
        let a = org(&store, "a").await;
        let plan = store
            .create_plan(NewPlan {
                org: a,
                title: "Café".to_owned(),
                document: serde_json::json!({}),
                created_by: "t".to_owned(),
            })
            .await
            .expect("plan");
        let mut n = new(a, "For the café");
        n.plan = Some(plan.id);
        let q = store.create_questionnaire(n).await.expect("create");
        assert_eq!(q.plan, Some(plan.id));
        assert!(store.delete_plan(a, plan.id, "t").await.expect("delete"));
        let after = store
            .questionnaire(a, q.id)
            .await
            .expect("get")
            .expect("kept");
        assert_eq!(after.plan, None);
    }

    #[tokio::test]
    async fn a_questionnaire_without_a_title_is_refused_and_nothing_is_stored() {
        let store = store().await;
        let a = org(&store, "a").await;
        assert!(store.create_questionnaire(new(a, " ")).await.is_err());
        assert!(store.questionnaires(a).await.expect("list").is_empty());
    }
}
