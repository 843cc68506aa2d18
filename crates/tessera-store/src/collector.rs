//! Collectors: the accounts ODK Collect signs in with to fetch forms and send answers over
//! OpenRosa, each for one questionnaire or for all of an organisation's, with a password kept
//! only as an Argon2id hash. Revoking keeps the row, so the record of who collected stays.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::credentials::hash_password;
use crate::db::{is_unique_violation, now};
use crate::id::decl_id;
use crate::{AnyStore, OrgId, QuestionnaireId, StoreError};

decl_id!(
    /// The id of a collector.
    CollectorId
);

/// A collector to add.
#[derive(Debug, Clone)]
pub struct NewCollector {
    /// The organisation.
    pub org: OrgId,
    /// The one questionnaire it may send answers to; `None`: all of the organisation's.
    pub questionnaire: Option<QuestionnaireId>,
    /// The user name typed into ODK Collect (unique in the organisation).
    pub name: String,
    /// The password, hashed here and never stored.
    pub password: String,
    /// Who added it.
    pub created_by: String,
}

/// A stored collector.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Collector {
    /// Its id.
    pub id: CollectorId,
    /// The organisation.
    pub org: OrgId,
    /// Its one questionnaire, if limited to one.
    pub questionnaire: Option<QuestionnaireId>,
    /// The user name.
    pub name: String,
    /// The password's Argon2id hash.
    #[serde(skip)]
    pub password_hash: String,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
    /// Who added it.
    pub created_by: String,
    /// When.
    pub created_at: String,
}

impl std::fmt::Debug for Collector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Collector")
            .field("id", &self.id)
            .field("org", &self.org)
            .field("name", &self.name)
            .field("password_hash", &"[redacted]")
            .field("revoked_at", &self.revoked_at)
            .finish_non_exhaustive()
    }
}

impl Collector {
    /// Whether it may send answers to `questionnaire` now: not revoked, and either for every
    /// questionnaire or for that one.
    pub fn may_send(&self, questionnaire: QuestionnaireId) -> bool {
        self.revoked_at.is_none() && self.questionnaire.is_none_or(|q| q == questionnaire)
    }
}

/// An organisation's collectors.
pub trait Collectors: Send + Sync {
    /// Adds a collector, audited (without the password).
    fn create_collector(
        &self,
        new: NewCollector,
    ) -> impl Future<Output = Result<Collector, StoreError>> + Send;

    /// The organisation's collectors, revoked ones included, by name.
    fn collectors(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<Collector>, StoreError>> + Send;

    /// The organisation's collector called `name`.
    fn collector_by_name(
        &self,
        org: OrgId,
        name: &str,
    ) -> impl Future<Output = Result<Option<Collector>, StoreError>> + Send;

    /// Revokes a collector, audited; false if it is not the organisation's.
    fn revoke_collector(
        &self,
        org: OrgId,
        id: CollectorId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

/// The statement reading [`Row`]s, before its `WHERE`.
macro_rules! select {
    () => {
        "SELECT id, org_id, questionnaire_id, name, password_hash, revoked_at, created_by, \
         created_at FROM collector"
    };
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    org_id: i64,
    questionnaire_id: Option<i64>,
    name: String,
    password_hash: String,
    revoked_at: Option<String>,
    created_by: String,
    created_at: String,
}

impl From<Row> for Collector {
    fn from(r: Row) -> Self {
        Self {
            id: CollectorId(r.id),
            org: OrgId(r.org_id),
            questionnaire: r.questionnaire_id.map(QuestionnaireId),
            name: r.name,
            password_hash: r.password_hash,
            revoked_at: r.revoked_at,
            created_by: r.created_by,
            created_at: r.created_at,
        }
    }
}

/// A user name ODK Collect can send in an `Authorization` header: 1–64 letters, digits,
/// `.`, `_`, `-` (no `:`, which Basic authentication uses as its separator).
fn check_name(name: &str) -> Result<String, StoreError> {
    let name = name.trim();
    let ok = (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(name.to_owned())
    } else {
        Err(StoreError::Invalid {
            field: "name",
            message: "a collector's name is 1 to 64 letters, digits, dots, dashes or \
                      underscores"
                .to_owned(),
        })
    }
}

impl Collectors for AnyStore {
    async fn create_collector(&self, new: NewCollector) -> Result<Collector, StoreError> {
        let name = check_name(&new.name)?;
        if new.password.chars().count() < 12 {
            return Err(StoreError::Invalid {
                field: "password",
                message: "a collector's password needs at least 12 characters".to_owned(),
            });
        }
        let hash = hash_password(&new.password)?;
        let mut tx = self.begin_write().await?;
        if let Some(q) = new.questionnaire {
            let owned: Option<(i64,)> =
                sqlx::query_as("SELECT id FROM questionnaire WHERE id = $1 AND org_id = $2")
                    .bind(q.0)
                    .bind(new.org.0)
                    .fetch_optional(&mut *tx)
                    .await?;
            if owned.is_none() {
                return Err(StoreError::Invalid {
                    field: "questionnaire",
                    message: "no such questionnaire in this organisation".to_owned(),
                });
            }
        }
        let inserted: Result<(i64,), sqlx::Error> = sqlx::query_as(
            "INSERT INTO collector (org_id, questionnaire_id, name, password_hash, created_by, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(new.org.0)
        .bind(new.questionnaire.map(|q| q.0))
        .bind(&name)
        .bind(&hash)
        .bind(&new.created_by)
        .bind(now())
        .fetch_one(&mut *tx)
        .await;
        let id = match inserted {
            Ok((id,)) => id,
            Err(e) if is_unique_violation(&e) => {
                return Err(StoreError::Conflict {
                    what: format!("a collector called {name:?}"),
                });
            }
            Err(e) => return Err(e.into()),
        };
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(new.org),
                new.created_by,
                "create-collector",
                format!("questionnaire:{}", new.questionnaire.map_or(0, |q| q.0)),
                serde_json::json!({ "collector": name }),
            ),
        )
        .await?;
        let row: Row = sqlx::query_as(concat!(select!(), " WHERE id = $1"))
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(row.into())
    }

    async fn collectors(&self, org: OrgId) -> Result<Vec<Collector>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(concat!(select!(), " WHERE org_id = $1 ORDER BY name"))
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn collector_by_name(
        &self,
        org: OrgId,
        name: &str,
    ) -> Result<Option<Collector>, StoreError> {
        let row: Option<Row> =
            sqlx::query_as(concat!(select!(), " WHERE org_id = $1 AND name = $2"))
                .bind(org.0)
                .bind(name)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(Into::into))
    }

    async fn revoke_collector(
        &self,
        org: OrgId,
        id: CollectorId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let row: Option<Row> = sqlx::query_as(concat!(select!(), " WHERE id = $1 AND org_id = $2"))
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        sqlx::query("UPDATE collector SET revoked_at = $1 WHERE id = $2 AND org_id = $3")
            .bind(now())
            .bind(id.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "revoke-collector",
                format!("questionnaire:{}", row.questionnaire_id.unwrap_or(0)),
                serde_json::json!({ "collector": row.name }),
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
    use crate::{NewCollector, NewOrganisation};

    #[tokio::test]
    async fn a_collector_is_kept_within_its_organisation_and_a_revoked_one_may_not_send() {
        for store in crate::testing::all().await.expect("databases") {
            let a = store
                .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
                .await
                .expect("org")
                .id;
            let b = store
                .create_organisation(NewOrganisation::parse("b", "B").expect("valid"), "t")
                .await
                .expect("org")
                .id;
            let new = |org, name: &str| NewCollector {
                org,
                questionnaire: None,
                name: name.to_owned(),
                password: "correct horse battery".to_owned(),
                created_by: "owner".to_owned(),
            };
            let c = store
                .create_collector(new(a, "field-1"))
                .await
                .expect("create");
            assert!(crate::credentials::verify_password(
                "correct horse battery",
                &c.password_hash
            ));
            assert!(!format!("{c:?}").contains(&c.password_hash));
            assert!(matches!(
                store.create_collector(new(a, "field-1")).await,
                Err(crate::StoreError::Conflict { .. })
            ));
            assert!(store.create_collector(new(a, "bad:name")).await.is_err());
            assert!(
                store
                    .collector_by_name(b, "field-1")
                    .await
                    .expect("read")
                    .is_none()
            );
            assert!(!store.revoke_collector(b, c.id, "x").await.expect("revoke"));
            assert!(store.revoke_collector(a, c.id, "x").await.expect("revoke"));
            let after = store
                .collector_by_name(a, "field-1")
                .await
                .expect("read")
                .expect("kept");
            assert!(!after.may_send(crate::QuestionnaireId(1)));
            assert!(c.may_send(crate::QuestionnaireId(1)));
        }
    }
}
