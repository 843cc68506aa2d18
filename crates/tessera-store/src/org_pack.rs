//! Organisations' own framework packs: the files of a pack an organisation uploaded, seen only
//! by it and by the organisations it shares the pack with. The store keeps the files as they
//! were sent; the application layer checks them with the framework loader before saving and
//! again whenever it reads them, so a pack that a newer loader refuses is reported, not used.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::id::decl_id;
use crate::{AnyStore, OrgId, StoreError};

decl_id!(
    /// The id of an organisation's pack (the row, not the pack's own id).
    OrgPackId
);

/// Input for an organisation's pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrgPack {
    /// The pack's own id (from its `pack.toml`), unique within the organisation.
    pub pack_id: String,
    /// Its name.
    pub name: String,
    /// Its files: (path inside the pack, text).
    pub files: Vec<(String, String)>,
}

/// An organisation's pack as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgPack {
    /// The row's id.
    pub id: OrgPackId,
    /// The organisation that uploaded it.
    pub org: OrgId,
    /// That organisation's name.
    pub org_name: String,
    /// The pack's own id.
    pub pack_id: String,
    /// Its name.
    pub name: String,
    /// Its files: (path inside the pack, text).
    pub files: Vec<(String, String)>,
    /// The organisations it is shared with (ids).
    pub shared_with: Vec<OrgId>,
    /// Who uploaded it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
}

/// Organisations' own packs.
pub trait OrgPacks: Send + Sync {
    /// The packs an organisation may use: its own, then those shared with it, by name.
    fn visible_packs(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<OrgPack>, StoreError>> + Send;

    /// Saves an organisation's pack (replacing its earlier upload with the same pack id, which
    /// stays shared as it was), audited. The record returned lists no shares: read them with
    /// [`OrgPacks::visible_packs`].
    fn save_org_pack(
        &self,
        org: OrgId,
        new: NewOrgPack,
        actor: &str,
    ) -> impl Future<Output = Result<OrgPack, StoreError>> + Send;

    /// Deletes one of the organisation's own packs, audited; `false` if there is none.
    fn delete_org_pack(
        &self,
        org: OrgId,
        id: OrgPackId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Shares one of the organisation's packs with another organisation (`share`), or stops
    /// sharing it, audited. Refuses a pack that is not the organisation's and sharing with
    /// itself.
    fn share_org_pack(
        &self,
        org: OrgId,
        id: OrgPackId,
        target: OrgId,
        share: bool,
        actor: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

const SELECT_VISIBLE: &str = "SELECT p.id, p.org_id, o.name AS org_name, p.pack_id, p.name, \
     p.files, p.created_by, p.created_at FROM organisation_pack p \
     JOIN organisation o ON o.id = p.org_id \
     WHERE p.org_id = $1 OR p.id IN \
     (SELECT pack_row_id FROM organisation_pack_share WHERE target_org = $1) \
     ORDER BY CASE WHEN p.org_id = $1 THEN 0 ELSE 1 END, p.name, p.id";

const SELECT_SHARES: &str = "SELECT s.pack_row_id, s.target_org FROM organisation_pack_share s \
     JOIN organisation_pack p ON p.id = s.pack_row_id \
     WHERE p.org_id = $1 ORDER BY s.target_org";

const SELECT_OWN: &str = "SELECT id FROM organisation_pack WHERE org_id = $1 AND id = $2";

const SELECT_SAME_ID: &str = "SELECT id FROM organisation_pack WHERE org_id = $1 AND pack_id = $2";

const REPLACE: &str = "UPDATE organisation_pack SET name = $2, files = $3, created_by = $4, \
     created_at = $5 WHERE id = $1";

const INSERT: &str = "INSERT INTO organisation_pack (org_id, pack_id, name, files, created_by, \
     created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";

const DELETE: &str =
    "DELETE FROM organisation_pack WHERE org_id = $1 AND id = $2 RETURNING pack_id";

const ORG_EXISTS: &str = "SELECT COUNT(*) FROM organisation WHERE id = $1";

const INSERT_SHARE: &str = "INSERT INTO organisation_pack_share (pack_row_id, target_org, \
     created_by, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";

const DELETE_SHARE: &str =
    "DELETE FROM organisation_pack_share WHERE pack_row_id = $1 AND target_org = $2";

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    org_id: i64,
    org_name: String,
    pack_id: String,
    name: String,
    files: String,
    created_by: String,
    created_at: String,
}

fn files_json(files: &[(String, String)]) -> String {
    serde_json::Value::Array(
        files
            .iter()
            .map(|(path, text)| serde_json::json!({ "path": path, "text": text }))
            .collect(),
    )
    .to_string()
}

fn files_from_json(id: i64, text: &str) -> Result<Vec<(String, String)>, StoreError> {
    #[derive(serde::Deserialize)]
    struct File {
        path: String,
        text: String,
    }
    let files: Vec<File> = serde_json::from_str(text)
        .map_err(|e| StoreError::Corrupt(format!("organisation pack {id} files: {e}")))?;
    Ok(files.into_iter().map(|f| (f.path, f.text)).collect())
}

impl OrgPacks for AnyStore {
    async fn visible_packs(&self, org: OrgId) -> Result<Vec<OrgPack>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(SELECT_VISIBLE)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        let shares: Vec<(i64, i64)> = sqlx::query_as(SELECT_SHARES)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|r| {
                let shared_with = if r.org_id == org.0 {
                    shares
                        .iter()
                        .filter(|(p, _)| *p == r.id)
                        .map(|(_, t)| OrgId(*t))
                        .collect()
                } else {
                    Vec::new()
                };
                Ok(OrgPack {
                    id: OrgPackId(r.id),
                    org: OrgId(r.org_id),
                    org_name: r.org_name,
                    pack_id: r.pack_id,
                    name: r.name,
                    files: files_from_json(r.id, &r.files)?,
                    shared_with,
                    created_by: r.created_by,
                    created_at: r.created_at,
                })
            })
            .collect()
    }

    async fn save_org_pack(
        &self,
        org: OrgId,
        new: NewOrgPack,
        actor: &str,
    ) -> Result<OrgPack, StoreError> {
        let mut tx = self.begin_write().await?;
        // Replacing keeps the row, so the pack stays shared with whom it was.
        let earlier: Option<i64> = sqlx::query_scalar(SELECT_SAME_ID)
            .bind(org.0)
            .bind(&new.pack_id)
            .fetch_optional(&mut *tx)
            .await?;
        let created_at = now();
        let replaced = earlier.is_some();
        let id: i64 = match earlier {
            Some(id) => {
                sqlx::query(REPLACE)
                    .bind(id)
                    .bind(&new.name)
                    .bind(files_json(&new.files))
                    .bind(actor)
                    .bind(&created_at)
                    .execute(&mut *tx)
                    .await?;
                id
            }
            None => {
                sqlx::query_scalar(INSERT)
                    .bind(org.0)
                    .bind(&new.pack_id)
                    .bind(&new.name)
                    .bind(files_json(&new.files))
                    .bind(actor)
                    .bind(&created_at)
                    .fetch_one(&mut *tx)
                    .await?
            }
        };
        let org_name: String = sqlx::query_scalar("SELECT name FROM organisation WHERE id = $1")
            .bind(org.0)
            .fetch_one(&mut *tx)
            .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                if replaced { "replace" } else { "create" },
                format!("framework-pack:{}", new.pack_id),
                serde_json::json!({
                    "name": new.name,
                    "files": new.files.iter().map(|(p, _)| p).collect::<Vec<_>>(),
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(OrgPack {
            id: OrgPackId(id),
            org,
            org_name,
            pack_id: new.pack_id,
            name: new.name,
            files: new.files,
            shared_with: Vec::new(),
            created_by: actor.to_owned(),
            created_at,
        })
    }

    async fn delete_org_pack(
        &self,
        org: OrgId,
        id: OrgPackId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let pack_id: Option<String> = sqlx::query_scalar(DELETE)
            .bind(org.0)
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(pack_id) = pack_id else {
            return Ok(false);
        };
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete",
                format!("framework-pack:{pack_id}"),
                serde_json::json!({}),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn share_org_pack(
        &self,
        org: OrgId,
        id: OrgPackId,
        target: OrgId,
        share: bool,
        actor: &str,
    ) -> Result<(), StoreError> {
        if target == org {
            return Err(StoreError::Invalid {
                field: "target",
                message: "an organisation cannot share a pack with itself".to_owned(),
            });
        }
        let mut tx = self.begin_write().await?;
        let own: Option<i64> = sqlx::query_scalar(SELECT_OWN)
            .bind(org.0)
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
        if own.is_none() {
            return Err(StoreError::Invalid {
                field: "pack",
                message: format!("pack {id} is not one of the organisation's packs"),
            });
        }
        let exists: i64 = sqlx::query_scalar(ORG_EXISTS)
            .bind(target.0)
            .fetch_one(&mut *tx)
            .await?;
        if exists == 0 {
            return Err(StoreError::Invalid {
                field: "target",
                message: format!("there is no organisation {target}"),
            });
        }
        if share {
            sqlx::query(INSERT_SHARE)
                .bind(id.0)
                .bind(target.0)
                .bind(actor)
                .bind(now())
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query(DELETE_SHARE)
                .bind(id.0)
                .bind(target.0)
                .execute(&mut *tx)
                .await?;
        }
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                if share { "share" } else { "unshare" },
                format!("framework-pack:{id}"),
                serde_json::json!({ "with": target.0 }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::NewOrganisation;
    use crate::prelude::*;

    fn new(pack_id: &str, name: &str) -> NewOrgPack {
        NewOrgPack {
            pack_id: pack_id.to_owned(),
            name: name.to_owned(),
            files: vec![("pack.toml".to_owned(), format!("id = \"{pack_id}\"\n"))],
        }
    }

    #[tokio::test]
    async fn an_organisations_pack_is_seen_only_by_it_and_those_it_shares_with() {
        for store in crate::testing::all().await.expect("databases") {
            let mut orgs = Vec::new();
            for slug in ["a", "b", "c"] {
                orgs.push(
                    store
                        .create_organisation(
                            NewOrganisation::parse(slug, slug).expect("valid"),
                            "t",
                        )
                        .await
                        .expect("org")
                        .id,
                );
            }
            let (a, b, c) = (orgs[0], orgs[1], orgs[2]);
            let first = store
                .save_org_pack(a, new("local", "Local v1"), "e")
                .await
                .expect("save");
            let second = store
                .save_org_pack(a, new("local", "Local v2"), "e")
                .await
                .expect("replace");
            let own = store.visible_packs(a).await.expect("read");
            assert_eq!(own.len(), 1, "a second upload replaces the first");
            assert_eq!(own[0].name, "Local v2");
            assert_eq!(own[0].files, second.files);
            assert!(store.visible_packs(b).await.expect("read").is_empty());
            assert!(
                store
                    .share_org_pack(b, second.id, c, true, "x")
                    .await
                    .is_err(),
                "only the owner shares"
            );
            assert!(
                store
                    .share_org_pack(a, second.id, a, true, "e")
                    .await
                    .is_err()
            );
            store
                .share_org_pack(a, second.id, b, true, "e")
                .await
                .expect("share");
            let seen = store.visible_packs(b).await.expect("read");
            assert_eq!(seen.len(), 1);
            assert_eq!(seen[0].org_name, "a");
            assert!(seen[0].shared_with.is_empty());
            assert_eq!(
                store.visible_packs(a).await.expect("read")[0].shared_with,
                vec![b]
            );
            assert!(store.visible_packs(c).await.expect("read").is_empty());
            store
                .share_org_pack(a, second.id, b, false, "e")
                .await
                .expect("unshare");
            assert!(store.visible_packs(b).await.expect("read").is_empty());
            assert_eq!(first.id, second.id, "a replaced pack keeps its row");
            assert!(
                !store
                    .delete_org_pack(b, second.id, "x")
                    .await
                    .expect("not b's")
            );
            assert!(
                store
                    .delete_org_pack(a, second.id, "e")
                    .await
                    .expect("delete")
            );
            assert!(store.visible_packs(a).await.expect("read").is_empty());
        }
    }
}
