//! Personal API tokens: a secret an analyst's script sends to act for an organisation with a
//! role. The store keeps only the token's SHA-256 and its first characters, to recognise it in
//! lists.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::role::stored_role;
use crate::{AnyStore, OrgId, Role, StoreError, UserId};

crate::id::decl_id!(
    /// The id of an API token.
    TokenId
);

/// An API token as listed (never with its value).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    /// Database id.
    pub id: TokenId,
    /// The first characters of the token, to recognise it.
    pub prefix: String,
    /// What it is for.
    pub name: String,
    /// The organisation it acts for.
    pub org: OrgId,
    /// The role it acts with.
    pub role: Role,
    /// The person it belongs to, if any.
    pub user: Option<UserId>,
    /// Who made it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// When it was last used.
    pub last_used_at: Option<String>,
    /// When it was revoked; a revoked token opens nothing.
    pub revoked_at: Option<String>,
}

/// Input for a new API token.
#[derive(Debug, Clone)]
pub struct NewApiToken {
    /// SHA-256 of the token, from [`crate::credentials::new_api_token`].
    pub token_hash: String,
    /// Its first characters.
    pub prefix: String,
    /// What it is for.
    pub name: String,
    /// The organisation it acts for.
    pub org: OrgId,
    /// The role it acts with.
    pub role: Role,
    /// The person it belongs to.
    pub user: Option<UserId>,
    /// Who makes it.
    pub created_by: String,
}

/// Making, using and revoking API tokens.
pub trait ApiTokens: Send + Sync {
    /// Saves a new API token and records it.
    fn create_api_token(
        &self,
        new: NewApiToken,
    ) -> impl Future<Output = Result<ApiToken, StoreError>> + Send;

    /// The unrevoked token with this hash, noting its use.
    fn use_api_token(
        &self,
        token_hash: &str,
    ) -> impl Future<Output = Result<Option<ApiToken>, StoreError>> + Send;

    /// An organisation's tokens, newest first, revoked ones included.
    fn api_tokens(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<ApiToken>, StoreError>> + Send;

    /// Revokes one of an organisation's tokens and records it; `false` if there is no such
    /// unrevoked token.
    fn revoke_api_token(
        &self,
        org: OrgId,
        id: TokenId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

/// The columns of [`TokenRow`].
macro_rules! token_columns {
    () => {
        "id, prefix, name, org_id, role, user_id, created_by, created_at, last_used_at, revoked_at"
    };
}

const INSERT: &str = concat!(
    "INSERT INTO api_token (token_hash, prefix, name, org_id, role, user_id, created_by, \
     created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ",
    token_columns!()
);

const USE: &str = concat!(
    "UPDATE api_token SET last_used_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL \
     RETURNING ",
    token_columns!()
);

const SELECT_OF_ORG: &str = concat!(
    "SELECT ",
    token_columns!(),
    " FROM api_token WHERE org_id = $1 ORDER BY id DESC"
);

const REVOKE: &str = "UPDATE api_token SET revoked_at = $1 \
     WHERE id = $2 AND org_id = $3 AND revoked_at IS NULL RETURNING name";

#[derive(sqlx::FromRow)]
struct TokenRow {
    id: i64,
    prefix: String,
    name: String,
    org_id: i64,
    role: String,
    user_id: Option<i64>,
    created_by: String,
    created_at: String,
    last_used_at: Option<String>,
    revoked_at: Option<String>,
}

impl TokenRow {
    fn token(self) -> Result<ApiToken, StoreError> {
        Ok(ApiToken {
            id: TokenId(self.id),
            prefix: self.prefix,
            name: self.name,
            org: OrgId(self.org_id),
            role: stored_role(&self.role)?,
            user: self.user_id.map(UserId),
            created_by: self.created_by,
            created_at: self.created_at,
            last_used_at: self.last_used_at,
            revoked_at: self.revoked_at,
        })
    }
}

impl ApiTokens for AnyStore {
    async fn create_api_token(&self, new: NewApiToken) -> Result<ApiToken, StoreError> {
        let name = new.name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid {
                field: "name",
                message: "say what the token is for, e.g. \"monthly report script\"".to_owned(),
            });
        }
        let mut tx = self.begin_write().await?;
        let row: TokenRow = sqlx::query_as(INSERT)
            .bind(&new.token_hash)
            .bind(&new.prefix)
            .bind(name)
            .bind(new.org.0)
            .bind(new.role.as_str())
            .bind(new.user.map(|u| u.0))
            .bind(&new.created_by)
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(new.org),
                new.created_by.clone(),
                "create",
                format!("token:{}", row.id),
                serde_json::json!({
                    "after": { "name": name, "role": new.role, "prefix": new.prefix }
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        row.token()
    }

    async fn use_api_token(&self, token_hash: &str) -> Result<Option<ApiToken>, StoreError> {
        let row: Option<TokenRow> = sqlx::query_as(USE)
            .bind(now())
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?;
        row.map(TokenRow::token).transpose()
    }

    async fn api_tokens(&self, org: OrgId) -> Result<Vec<ApiToken>, StoreError> {
        let rows: Vec<TokenRow> = sqlx::query_as(SELECT_OF_ORG)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(TokenRow::token).collect()
    }

    async fn revoke_api_token(
        &self,
        org: OrgId,
        id: TokenId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let name: Option<String> = sqlx::query_scalar(REVOKE)
            .bind(now())
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(name) = name else {
            return Ok(false);
        };
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "revoke",
                format!("token:{id}"),
                serde_json::json!({ "before": { "name": name } }),
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
    use crate::{NewApiToken, NewOrganisation, Role};

    #[tokio::test]
    async fn a_token_opens_until_it_is_revoked_and_only_its_organisation_revokes_it() {
        for store in crate::testing::all().await.expect("databases") {
            let mut orgs = Vec::new();
            for slug in ["a", "b"] {
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
            let new = NewApiToken {
                token_hash: "t1".to_owned(),
                prefix: "tsr_abcdef".to_owned(),
                name: "  monthly report  ".to_owned(),
                org: orgs[0],
                role: Role::Analyst,
                user: None,
                created_by: "ana@a.example".to_owned(),
            };
            let err = store
                .create_api_token(NewApiToken {
                    name: " ".to_owned(),
                    ..new.clone()
                })
                .await
                .expect_err("no name");
            assert!(err.to_string().contains("what the token is for"), "{err}");
            let made = store.create_api_token(new).await.expect("token");
            assert_eq!(
                (made.name.as_str(), made.role),
                ("monthly report", Role::Analyst)
            );
            assert_eq!(made.last_used_at, None);
            let used = store
                .use_api_token("t1")
                .await
                .expect("use")
                .expect("opens");
            assert!(used.last_used_at.is_some());
            assert!(store.use_api_token("t2").await.expect("use").is_none());
            assert!(
                !store
                    .revoke_api_token(orgs[1], made.id, "intruder")
                    .await
                    .expect("other organisation")
            );
            assert!(
                store
                    .revoke_api_token(orgs[0], made.id, "ana@a.example")
                    .await
                    .expect("revoke")
            );
            assert!(store.use_api_token("t1").await.expect("use").is_none());
            let listed = store.api_tokens(orgs[0]).await.expect("list");
            assert_eq!(listed.len(), 1);
            assert!(listed[0].revoked_at.is_some());
            assert!(store.api_tokens(orgs[1]).await.expect("list").is_empty());
        }
    }
}
