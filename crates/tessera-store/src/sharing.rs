//! Sharing: an organisation shows a plan, or a dataset's results (estimates with small numbers
//! suppressed, never rows), to another organisation or to everyone, through a link with an
//! unguessable key. Withdrawing a share keeps its row, for the record; a share of a deleted
//! plan or dataset is not live.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::{AnyStore, DatasetId, OrgId, PlanId, StoreError};

crate::id::decl_id!(
    /// The id of a share.
    ShareId
);

/// What kind of thing is shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ShareKind {
    /// A plan (theory of change), read-only.
    Plan,
    /// A dataset's results: estimates with suppression applied, never rows.
    Dataset,
}

impl ShareKind {
    /// `plan` or `dataset`.
    pub fn as_str(self) -> &'static str {
        match self {
            ShareKind::Plan => "plan",
            ShareKind::Dataset => "dataset",
        }
    }

    pub(crate) fn parse(s: &str) -> Result<Self, StoreError> {
        match s {
            "plan" => Ok(ShareKind::Plan),
            "dataset" => Ok(ShareKind::Dataset),
            other => Err(StoreError::Corrupt(format!("unknown share kind {other:?}"))),
        }
    }
}

/// A plan or a dataset's results, shared by one organisation with another or with everyone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Share {
    /// Database id.
    pub id: ShareId,
    /// The unguessable part of the shared link.
    pub key: String,
    /// The organisation that shares.
    pub org: OrgId,
    /// Its name.
    pub org_name: String,
    /// Plan or dataset.
    pub kind: ShareKind,
    /// The plan or dataset id.
    pub object_id: i64,
    /// The title of the plan or name of the dataset.
    pub title: String,
    /// The organisation it is shared with; `None` when published to everyone.
    pub target: Option<OrgId>,
    /// That organisation's name.
    pub target_name: Option<String>,
    /// Who shared it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
}

/// Input for a share.
#[derive(Debug, Clone)]
pub struct NewShare {
    /// The organisation that shares; it must own the object.
    pub org: OrgId,
    /// What is shared.
    pub object: SharedObject,
    /// With whom; `None` publishes to everyone.
    pub target: Option<OrgId>,
    /// The link key, from [`crate::credentials::new_share_key`].
    pub key: String,
    /// Who shares it.
    pub actor: String,
}

/// The thing a share points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SharedObject {
    /// A plan.
    Plan(PlanId),
    /// A dataset's results.
    Dataset(DatasetId),
}

impl SharedObject {
    pub(crate) fn parts(self) -> (ShareKind, i64) {
        match self {
            SharedObject::Plan(id) => (ShareKind::Plan, id.0),
            SharedObject::Dataset(id) => (ShareKind::Dataset, id.0),
        }
    }
}

/// Sharing plans and results between organisations.
pub trait Sharing: Send + Sync {
    /// Shares a plan or dataset and records it. Refuses objects the organisation does not own
    /// and sharing with itself.
    fn create_share(&self, new: NewShare)
    -> impl Future<Output = Result<Share, StoreError>> + Send;

    /// The live shares of one of an organisation's plans or datasets.
    fn shares_of(
        &self,
        org: OrgId,
        object: SharedObject,
    ) -> impl Future<Output = Result<Vec<Share>, StoreError>> + Send;

    /// The live shares an organisation can see: those made with it and those published to
    /// everyone by others (only the published ones when `org` is `None`).
    fn shares_with(
        &self,
        org: Option<OrgId>,
    ) -> impl Future<Output = Result<Vec<Share>, StoreError>> + Send;

    /// A live share by its key, if `viewer` may see it (it is public, or made with `viewer`).
    fn share_for(
        &self,
        key: &str,
        viewer: Option<OrgId>,
    ) -> impl Future<Output = Result<Option<Share>, StoreError>> + Send;

    /// One of an organisation's live shares by its id (to confirm withdrawing it).
    fn live_share(
        &self,
        org: OrgId,
        id: ShareId,
    ) -> impl Future<Output = Result<Option<Share>, StoreError>> + Send;

    /// Who a live share key is for, whoever asks: `Some(Some(org))` for a share with one
    /// organisation, `Some(None)` for a published one, `None` when the key opens nothing. Lets a
    /// signed-out visitor be asked to sign in rather than told the link is gone; it says no more
    /// than the key's holder could learn by signing in.
    fn share_audience(
        &self,
        key: &str,
    ) -> impl Future<Output = Result<Option<Option<OrgId>>, StoreError>> + Send;

    /// Withdraws one of an organisation's shares and records it; `false` if there is no such
    /// live share.
    fn withdraw_share(
        &self,
        org: OrgId,
        id: ShareId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

/// Live shares with everything a list needs; every query below adds its conditions to it.
macro_rules! select_live_shares {
    () => {
        "SELECT s.id, s.share_key, s.org_id, o.name AS org_name, s.object_kind, s.object_id, \
         COALESCE(p.title, d.name) AS title, s.target_org_id, t.name AS target_name, \
         s.created_by, s.created_at \
         FROM share s JOIN organisation o ON o.id = s.org_id \
         LEFT JOIN organisation t ON t.id = s.target_org_id \
         LEFT JOIN plan p ON s.object_kind = 'plan' AND p.id = s.object_id \
             AND p.org_id = s.org_id \
         LEFT JOIN dataset d ON s.object_kind = 'dataset' AND d.id = s.object_id \
             AND d.org_id = s.org_id \
         WHERE s.withdrawn_at IS NULL AND (p.id IS NOT NULL OR d.id IS NOT NULL)"
    };
}

const SELECT_OWNED_PLAN: &str = "SELECT id FROM plan WHERE id = $1 AND org_id = $2";

const SELECT_OWNED_DATASET: &str = "SELECT id FROM dataset WHERE id = $1 AND org_id = $2";

const SELECT_SAME_SHARE: &str = "SELECT id FROM share WHERE org_id = $1 AND object_kind = $2 \
     AND object_id = $3 AND withdrawn_at IS NULL \
     AND COALESCE(target_org_id, 0) = COALESCE($4, 0)";

const INSERT: &str = "INSERT INTO share \
     (share_key, org_id, object_kind, object_id, target_org_id, created_by, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";

const SELECT_BY_ID: &str = concat!(select_live_shares!(), " AND s.id = $1");

const SELECT_OF_OBJECT: &str = concat!(
    select_live_shares!(),
    " AND s.org_id = $1 AND s.object_kind = $2 AND s.object_id = $3 ORDER BY s.id"
);

/// Made with `$1`, or published by another organisation than `$1` (0 when there is none).
const SELECT_SEEN_BY: &str = concat!(
    select_live_shares!(),
    " AND (s.target_org_id = $1 OR (s.target_org_id IS NULL AND s.org_id <> $1)) \
     ORDER BY s.id DESC"
);

const SELECT_LIVE_OF_ORG: &str = concat!(select_live_shares!(), " AND s.id = $1 AND s.org_id = $2");

const SELECT_AUDIENCE: &str = concat!(select_live_shares!(), " AND s.share_key = $1");

const SELECT_BY_KEY: &str = concat!(
    select_live_shares!(),
    " AND s.share_key = $1 AND (s.target_org_id IS NULL OR s.target_org_id = $2)"
);

const WITHDRAW: &str = "UPDATE share SET withdrawn_at = $1, withdrawn_by = $2 \
     WHERE id = $3 AND org_id = $4 AND withdrawn_at IS NULL RETURNING object_kind, object_id";

#[derive(sqlx::FromRow)]
struct ShareRow {
    id: i64,
    share_key: String,
    org_id: i64,
    org_name: String,
    object_kind: String,
    object_id: i64,
    title: Option<String>,
    target_org_id: Option<i64>,
    target_name: Option<String>,
    created_by: String,
    created_at: String,
}

impl ShareRow {
    fn share(self) -> Result<Share, StoreError> {
        Ok(Share {
            id: ShareId(self.id),
            key: self.share_key,
            org: OrgId(self.org_id),
            org_name: self.org_name,
            kind: ShareKind::parse(&self.object_kind)?,
            object_id: self.object_id,
            title: self.title.unwrap_or_default(),
            target: self.target_org_id.map(OrgId),
            target_name: self.target_name,
            created_by: self.created_by,
            created_at: self.created_at,
        })
    }
}

impl Sharing for AnyStore {
    async fn create_share(&self, new: NewShare) -> Result<Share, StoreError> {
        if new.target == Some(new.org) {
            return Err(StoreError::Invalid {
                field: "target",
                message: "an organisation already sees its own plans and results".to_owned(),
            });
        }
        let (kind, object_id) = new.object.parts();
        let mut tx = self.begin_write().await?;
        let owned: Option<i64> = sqlx::query_scalar(match kind {
            ShareKind::Plan => SELECT_OWNED_PLAN,
            ShareKind::Dataset => SELECT_OWNED_DATASET,
        })
        .bind(object_id)
        .bind(new.org.0)
        .fetch_optional(&mut *tx)
        .await?;
        if owned.is_none() {
            return Err(StoreError::Invalid {
                field: "object",
                message: format!("there is no {} {object_id} to share", kind.as_str()),
            });
        }
        let existing: Option<i64> = sqlx::query_scalar(SELECT_SAME_SHARE)
            .bind(new.org.0)
            .bind(kind.as_str())
            .bind(object_id)
            .bind(new.target.map(|t| t.0))
            .fetch_optional(&mut *tx)
            .await?;
        if existing.is_some() {
            return Err(StoreError::Conflict {
                what: "this share".to_owned(),
            });
        }
        let id: i64 = sqlx::query_scalar(INSERT)
            .bind(&new.key)
            .bind(new.org.0)
            .bind(kind.as_str())
            .bind(object_id)
            .bind(new.target.map(|t| t.0))
            .bind(&new.actor)
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
        let row: ShareRow = sqlx::query_as(SELECT_BY_ID)
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        let share = row.share()?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(new.org),
                new.actor.clone(),
                "share",
                format!("{}:{object_id}", kind.as_str()),
                serde_json::json!({
                    "after": {
                        "share": id,
                        "with": share.target_name.as_deref().unwrap_or("everyone"),
                    }
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(share)
    }

    async fn shares_of(&self, org: OrgId, object: SharedObject) -> Result<Vec<Share>, StoreError> {
        let (kind, object_id) = object.parts();
        let rows: Vec<ShareRow> = sqlx::query_as(SELECT_OF_OBJECT)
            .bind(org.0)
            .bind(kind.as_str())
            .bind(object_id)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(ShareRow::share).collect()
    }

    async fn shares_with(&self, org: Option<OrgId>) -> Result<Vec<Share>, StoreError> {
        let rows: Vec<ShareRow> = sqlx::query_as(SELECT_SEEN_BY)
            .bind(org.map_or(0, |o| o.0))
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(ShareRow::share).collect()
    }

    async fn share_for(
        &self,
        key: &str,
        viewer: Option<OrgId>,
    ) -> Result<Option<Share>, StoreError> {
        let row: Option<ShareRow> = sqlx::query_as(SELECT_BY_KEY)
            .bind(key)
            .bind(viewer.map_or(0, |o| o.0))
            .fetch_optional(&self.pool)
            .await?;
        row.map(ShareRow::share).transpose()
    }

    async fn live_share(&self, org: OrgId, id: ShareId) -> Result<Option<Share>, StoreError> {
        let row: Option<ShareRow> = sqlx::query_as(SELECT_LIVE_OF_ORG)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&self.pool)
            .await?;
        row.map(ShareRow::share).transpose()
    }

    async fn share_audience(&self, key: &str) -> Result<Option<Option<OrgId>>, StoreError> {
        let row: Option<ShareRow> = sqlx::query_as(SELECT_AUDIENCE)
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.target_org_id.map(OrgId)))
    }

    async fn withdraw_share(
        &self,
        org: OrgId,
        id: ShareId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let row: Option<(String, i64)> = sqlx::query_as(WITHDRAW)
            .bind(now())
            .bind(actor)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((kind, object_id)) = row else {
            return Ok(false);
        };
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "withdraw",
                format!("{kind}:{object_id}"),
                serde_json::json!({ "before": { "share": id } }),
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
    use crate::{NewOrganisation, NewPlan, NewShare, OrgId, PlanId, SharedObject, StoreError};

    #[tokio::test]
    async fn a_share_is_seen_by_its_target_or_everyone_until_withdrawn_or_deleted() {
        for store in crate::testing::all().await.expect("databases") {
            let mut orgs: Vec<OrgId> = Vec::new();
            for slug in ["a", "b", "c"] {
                orgs.push(
                    store
                        .create_organisation(
                            NewOrganisation::parse(slug, slug).expect("valid"),
                            "t",
                        )
                        .await
                        .expect("organisation")
                        .id,
                );
            }
            let (a, b, c) = (orgs[0], orgs[1], orgs[2]);
            let plan = store
                .create_plan(NewPlan {
                    org: a,
                    title: "Language café".to_owned(),
                    document: serde_json::json!({}),
                    created_by: "ana".to_owned(),
                })
                .await
                .expect("plan");
            let share = |target, key: &str, object| NewShare {
                org: a,
                object,
                target,
                key: key.to_owned(),
                actor: "ana".to_owned(),
            };
            let object = SharedObject::Plan(plan.id);
            for (target, why) in [(Some(a), "with itself"), (None, "a plan it does not own")] {
                let other = if target.is_none() {
                    SharedObject::Plan(PlanId(999))
                } else {
                    object
                };
                let err = store
                    .create_share(share(target, "k0", other))
                    .await
                    .expect_err(why);
                assert!(matches!(err, StoreError::Invalid { .. }), "{why}: {err}");
            }
            let with_b = store
                .create_share(share(Some(b), "k1", object))
                .await
                .expect("share with b");
            assert_eq!(
                (with_b.title.as_str(), with_b.target_name.as_deref()),
                ("Language café", Some("b"))
            );
            let err = store
                .create_share(share(Some(b), "k2", object))
                .await
                .expect_err("the same share twice");
            assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
            store
                .create_share(share(None, "k3", object))
                .await
                .expect("published");
            assert_eq!(store.shares_of(a, object).await.expect("list").len(), 2);
            assert_eq!(store.shares_with(Some(b)).await.expect("b sees").len(), 2);
            assert_eq!(store.shares_with(Some(c)).await.expect("c sees").len(), 1);
            assert!(
                store
                    .shares_with(Some(a))
                    .await
                    .expect("a's own")
                    .is_empty()
            );
            assert!(
                store
                    .share_for("k1", Some(b))
                    .await
                    .expect("read")
                    .is_some()
            );
            assert!(
                store
                    .share_for("k1", Some(c))
                    .await
                    .expect("read")
                    .is_none()
            );
            assert!(store.share_for("k3", None).await.expect("read").is_some());
            // Who a key is for, whoever asks; and a live share found by its id, by its owner only.
            assert_eq!(
                store.share_audience("k1").await.expect("read"),
                Some(Some(b))
            );
            assert_eq!(store.share_audience("k3").await.expect("read"), Some(None));
            assert_eq!(store.share_audience("nope").await.expect("read"), None);
            assert_eq!(
                store
                    .live_share(a, with_b.id)
                    .await
                    .expect("read")
                    .map(|s| s.key),
                Some("k1".to_owned())
            );
            assert!(
                store
                    .live_share(b, with_b.id)
                    .await
                    .expect("read")
                    .is_none()
            );
            assert!(
                !store
                    .withdraw_share(b, with_b.id, "bo")
                    .await
                    .expect("not b's")
            );
            assert!(
                store
                    .withdraw_share(a, with_b.id, "ana")
                    .await
                    .expect("withdraw")
            );
            assert!(
                store
                    .share_for("k1", Some(b))
                    .await
                    .expect("read")
                    .is_none()
            );
            assert_eq!(store.share_audience("k1").await.expect("read"), None);
            // Deleting the plan ends its shares.
            assert!(store.delete_plan(a, plan.id, "ana").await.expect("delete"));
            assert!(store.share_for("k3", None).await.expect("read").is_none());
            assert!(store.shares_with(Some(c)).await.expect("c sees").is_empty());
        }
    }
}
