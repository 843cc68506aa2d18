//! Reference values: national or regional figures for an indicator, with their source and year,
//! that an organisation records to see its own estimates beside them.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::id::decl_id;
use crate::{AnyStore, OrgId, StoreError};

decl_id!(
    /// The id of a reference value.
    ReferenceId
);

/// Input for a reference value.
#[derive(Debug, Clone, PartialEq)]
pub struct NewReferenceValue {
    /// The indicator, qualified by its pack (`ioi-2019/work-employment-rate`).
    pub indicator: String,
    /// The figure on the estimates' scale (a share as `0.345`), as decimal text.
    pub value: String,
    /// The place it describes ("England", "Wales", "North West").
    pub area: String,
    /// `national`, `regional` or `local`.
    pub level: String,
    /// Where it comes from (the publication or survey).
    pub source: String,
    /// A link to it (may be empty).
    pub url: String,
    /// The year it describes.
    pub year: i64,
    /// Notes (how it was defined, who it covers).
    pub notes: String,
}

/// A reference value as kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReferenceValue {
    /// Its id.
    pub id: ReferenceId,
    /// The indicator, qualified by its pack.
    pub indicator: String,
    /// The figure, as decimal text on the estimates' scale.
    pub value: String,
    /// The place it describes.
    pub area: String,
    /// `national`, `regional` or `local`.
    pub level: String,
    /// Where it comes from.
    pub source: String,
    /// A link to it.
    pub url: String,
    /// The year it describes.
    pub year: i64,
    /// Notes.
    pub notes: String,
    /// Who recorded it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
}

/// An organisation's reference values.
pub trait ReferenceValues: Send + Sync {
    /// The organisation's reference values, for one indicator or (with `None`) all, by indicator
    /// then newest year first.
    fn reference_values(
        &self,
        org: OrgId,
        indicator: Option<&str>,
    ) -> impl Future<Output = Result<Vec<ReferenceValue>, StoreError>> + Send;

    /// Records a reference value, audited.
    fn create_reference_value(
        &self,
        org: OrgId,
        new: NewReferenceValue,
        actor: &str,
    ) -> impl Future<Output = Result<ReferenceValue, StoreError>> + Send;

    /// Deletes a reference value, audited with what it said; `false` if there is none.
    fn delete_reference_value(
        &self,
        org: OrgId,
        id: ReferenceId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

macro_rules! columns {
    () => {
        "id, indicator, value, area, level, source, url, year, notes, created_by, created_at"
    };
}

const SELECT_ALL: &str = concat!(
    "SELECT ",
    columns!(),
    " FROM reference_value WHERE org_id = $1 ORDER BY indicator, year DESC, id DESC"
);

const SELECT_INDICATOR: &str = concat!(
    "SELECT ",
    columns!(),
    " FROM reference_value WHERE org_id = $1 AND indicator = $2 ORDER BY year DESC, id DESC"
);

const INSERT: &str = concat!(
    "INSERT INTO reference_value (org_id, indicator, value, area, level, source, url, year, \
     notes, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
     RETURNING ",
    columns!()
);

const DELETE: &str = concat!(
    "DELETE FROM reference_value WHERE org_id = $1 AND id = $2 RETURNING ",
    columns!()
);

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    indicator: String,
    value: String,
    area: String,
    level: String,
    source: String,
    url: String,
    year: i64,
    notes: String,
    created_by: String,
    created_at: String,
}

impl From<Row> for ReferenceValue {
    fn from(r: Row) -> Self {
        ReferenceValue {
            id: ReferenceId(r.id),
            indicator: r.indicator,
            value: r.value,
            area: r.area,
            level: r.level,
            source: r.source,
            url: r.url,
            year: r.year,
            notes: r.notes,
            created_by: r.created_by,
            created_at: r.created_at,
        }
    }
}

impl ReferenceValues for AnyStore {
    async fn reference_values(
        &self,
        org: OrgId,
        indicator: Option<&str>,
    ) -> Result<Vec<ReferenceValue>, StoreError> {
        let rows: Vec<Row> = match indicator {
            Some(key) => {
                sqlx::query_as(SELECT_INDICATOR)
                    .bind(org.0)
                    .bind(key)
                    .fetch_all(&self.pool)
                    .await?
            }
            None => {
                sqlx::query_as(SELECT_ALL)
                    .bind(org.0)
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        Ok(rows.into_iter().map(ReferenceValue::from).collect())
    }

    async fn create_reference_value(
        &self,
        org: OrgId,
        new: NewReferenceValue,
        actor: &str,
    ) -> Result<ReferenceValue, StoreError> {
        let mut tx = self.begin_write().await?;
        let row: Row = sqlx::query_as(INSERT)
            .bind(org.0)
            .bind(&new.indicator)
            .bind(&new.value)
            .bind(&new.area)
            .bind(&new.level)
            .bind(&new.source)
            .bind(&new.url)
            .bind(new.year)
            .bind(&new.notes)
            .bind(actor)
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
        let created = ReferenceValue::from(row);
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "create",
                format!("reference-value:{}", created.id),
                serde_json::json!({ "after": created }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(created)
    }

    async fn delete_reference_value(
        &self,
        org: OrgId,
        id: ReferenceId,
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
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete",
                format!("reference-value:{id}"),
                serde_json::json!({ "before": ReferenceValue::from(row) }),
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

    fn new(indicator: &str, value: &str, year: i64) -> NewReferenceValue {
        NewReferenceValue {
            indicator: indicator.to_owned(),
            value: value.to_owned(),
            area: "England".to_owned(),
            level: "national".to_owned(),
            source: "Community Life Survey".to_owned(),
            url: String::new(),
            year,
            notes: String::new(),
        }
    }

    #[tokio::test]
    async fn reference_values_are_kept_exactly_per_organisation_and_audited() {
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
            let old = store
                .create_reference_value(org, new("ioi-2019/x", "0.1", 2019), "e")
                .await
                .expect("create");
            let recent = store
                .create_reference_value(org, new("ioi-2019/x", "0.345", 2023), "e")
                .await
                .expect("create");
            store
                .create_reference_value(org, new("ioi-2019/y", "12", 2023), "e")
                .await
                .expect("create");
            let for_x = store
                .reference_values(org, Some("ioi-2019/x"))
                .await
                .expect("read");
            assert_eq!(for_x, vec![recent.clone(), old.clone()]);
            assert_eq!(for_x[0].value, "0.345");
            assert_eq!(
                store.reference_values(org, None).await.expect("read").len(),
                3
            );
            assert!(
                store
                    .reference_values(other, None)
                    .await
                    .expect("read")
                    .is_empty()
            );
            assert!(
                !store
                    .delete_reference_value(other, old.id, "x")
                    .await
                    .expect("delete")
            );
            assert!(
                store
                    .delete_reference_value(org, old.id, "e")
                    .await
                    .expect("delete")
            );
            let events = store.audit_events(org, 1).await.expect("audit");
            assert_eq!(events[0].action, "delete");
            assert_eq!(events[0].object, format!("reference-value:{}", old.id));
        }
    }
}
