//! Organisations: the councils, charities, community groups and partnerships that own plans and
//! data. Every other table that holds an organisation's data points at one.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::{AnyStore, OrgId, StoreError};

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

/// Creating and finding organisations.
pub trait Organisations: Send + Sync {
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
}

const SELECT_ID_BY_SLUG: &str = "SELECT id FROM organisation WHERE slug = $1";

const INSERT: &str = "INSERT INTO organisation (slug, name, created_at) VALUES ($1, $2, $3) \
     RETURNING id, slug, name, created_at";

const SELECT_BY_SLUG: &str = "SELECT id, slug, name, created_at FROM organisation WHERE slug = $1";

const SELECT_BY_ID: &str = "SELECT id, slug, name, created_at FROM organisation WHERE id = $1";

const SELECT_ALL: &str = "SELECT id, slug, name, created_at FROM organisation ORDER BY name, id";

/// An `organisation` row; other queries that join it select these columns too.
#[derive(sqlx::FromRow)]
pub(crate) struct OrganisationRow {
    id: i64,
    slug: String,
    name: String,
    created_at: String,
}

impl From<OrganisationRow> for Organisation {
    fn from(row: OrganisationRow) -> Self {
        Organisation {
            id: OrgId(row.id),
            slug: row.slug,
            name: row.name,
            created_at: row.created_at,
        }
    }
}

impl Organisations for AnyStore {
    async fn create_organisation(
        &self,
        new: NewOrganisation,
        actor: &str,
    ) -> Result<Organisation, StoreError> {
        let mut tx = self.begin_write().await?;
        let exists: Option<i64> = sqlx::query_scalar(SELECT_ID_BY_SLUG)
            .bind(&new.slug)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_some() {
            return Err(StoreError::Conflict {
                what: format!("organisation {:?}", new.slug),
            });
        }
        let row: OrganisationRow = sqlx::query_as(INSERT)
            .bind(&new.slug)
            .bind(&new.name)
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
        let org = Organisation::from(row);
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org.id),
                actor,
                "create",
                format!("organisation:{}", org.slug),
                serde_json::json!({ "after": { "slug": org.slug, "name": org.name } }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(org)
    }

    async fn organisation_by_slug(&self, slug: &str) -> Result<Option<Organisation>, StoreError> {
        let row: Option<OrganisationRow> = sqlx::query_as(SELECT_BY_SLUG)
            .bind(slug)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(Into::into))
    }

    async fn organisation(&self, id: OrgId) -> Result<Option<Organisation>, StoreError> {
        let row: Option<OrganisationRow> = sqlx::query_as(SELECT_BY_ID)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(Into::into))
    }

    async fn organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        let rows: Vec<OrganisationRow> = sqlx::query_as(SELECT_ALL).fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }
}

#[cfg(test)]
mod tests {
    use crate::prelude::*;
    use crate::{NewOrganisation, StoreError};

    #[tokio::test]
    async fn creating_an_organisation_records_it_in_the_audit_log() {
        for store in crate::testing::all().await.expect("databases") {
            let org = store
                .create_organisation(
                    NewOrganisation::parse("demo", "Demo Town").expect("valid"),
                    "cli",
                )
                .await
                .expect("create");
            let events = store.audit_events(org.id, 10).await.expect("events");
            assert_eq!(events.len(), 1);
            assert_eq!(events[0].action, "create");
            assert_eq!(events[0].object, "organisation:demo");
            assert_eq!(events[0].actor, "cli");
            assert_eq!(
                store.organisation(org.id).await.expect("by id"),
                Some(org.clone())
            );
            assert_eq!(
                store.organisation_by_slug("demo").await.expect("by slug"),
                Some(org)
            );
        }
    }

    #[tokio::test]
    async fn a_second_organisation_with_the_same_slug_is_a_conflict_and_nothing_is_written() {
        for store in crate::testing::all().await.expect("databases") {
            let new = NewOrganisation::parse("demo", "Demo Town").expect("valid");
            store
                .create_organisation(new.clone(), "cli")
                .await
                .expect("first");
            let err = store
                .create_organisation(new, "cli")
                .await
                .expect_err("second");
            assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
            assert_eq!(store.organisations().await.expect("list").len(), 1);
        }
    }

    #[test]
    fn organisation_short_names_are_checked() {
        assert!(NewOrganisation::parse("Demo Town", "x").is_err());
        assert!(NewOrganisation::parse("1demo", "x").is_err());
        assert!(NewOrganisation::parse("demo", "  ").is_err());
        assert!(NewOrganisation::parse("demo-2", "Demo").is_ok());
    }
}
