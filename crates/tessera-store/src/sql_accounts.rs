//! One implementation of [`crate::Accounts`] for both databases, through [`impl_accounts!`];
//! the same rules as `sql.rs` (numbered placeholders, `i64` and text only).

use sqlx::FromRow;

use crate::accounts::{
    ApiToken, Invitation, InvitationId, Role, Share, ShareId, ShareKind, TokenId, User, UserId,
};
use crate::{OrgId, StoreError};

pub(crate) const USER_COLUMNS: &str = "u.id, u.email, u.name, u.is_admin, u.created_at";

#[derive(FromRow)]
pub(crate) struct UserRow {
    pub(crate) id: i64,
    pub(crate) email: String,
    pub(crate) name: String,
    pub(crate) is_admin: i64,
    pub(crate) created_at: String,
}

impl From<UserRow> for User {
    fn from(r: UserRow) -> Self {
        User {
            id: UserId(r.id),
            email: r.email,
            name: r.name,
            is_admin: r.is_admin != 0,
            created_at: r.created_at,
        }
    }
}

pub(crate) const INVITATION_COLUMNS: &str =
    "id, org_id, email, role, invited_by, created_at, expires_at, accepted_at";

#[derive(FromRow)]
pub(crate) struct InvitationRow {
    pub(crate) id: i64,
    pub(crate) org_id: i64,
    pub(crate) email: String,
    pub(crate) role: String,
    pub(crate) invited_by: String,
    pub(crate) created_at: String,
    pub(crate) expires_at: i64,
    pub(crate) accepted_at: Option<String>,
}

impl InvitationRow {
    pub(crate) fn invitation(self) -> Result<Invitation, StoreError> {
        Ok(Invitation {
            id: InvitationId(self.id),
            org: OrgId(self.org_id),
            email: self.email,
            role: stored_role(&self.role)?,
            invited_by: self.invited_by,
            created_at: self.created_at,
            expires_at: self.expires_at,
            accepted_at: self.accepted_at,
        })
    }
}

pub(crate) const TOKEN_COLUMNS: &str =
    "id, prefix, name, org_id, role, user_id, created_by, created_at, last_used_at, revoked_at";

#[derive(FromRow)]
pub(crate) struct TokenRow {
    pub(crate) id: i64,
    pub(crate) prefix: String,
    pub(crate) name: String,
    pub(crate) org_id: i64,
    pub(crate) role: String,
    pub(crate) user_id: Option<i64>,
    pub(crate) created_by: String,
    pub(crate) created_at: String,
    pub(crate) last_used_at: Option<String>,
    pub(crate) revoked_at: Option<String>,
}

impl TokenRow {
    pub(crate) fn token(self) -> Result<ApiToken, StoreError> {
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

/// Live shares with everything a list needs; a share of a deleted object is not live.
pub(crate) const SHARE_SELECT: &str = "SELECT s.id, s.share_key, s.org_id, o.name AS org_name, \
     s.object_kind, s.object_id, COALESCE(p.title, d.name) AS title, s.target_org_id, \
     t.name AS target_name, s.created_by, s.created_at \
     FROM share s JOIN organisation o ON o.id = s.org_id \
     LEFT JOIN organisation t ON t.id = s.target_org_id \
     LEFT JOIN plan p ON s.object_kind = 'plan' AND p.id = s.object_id AND p.org_id = s.org_id \
     LEFT JOIN dataset d ON s.object_kind = 'dataset' AND d.id = s.object_id AND d.org_id = s.org_id \
     WHERE s.withdrawn_at IS NULL AND (p.id IS NOT NULL OR d.id IS NOT NULL)";

#[derive(FromRow)]
pub(crate) struct ShareRow {
    pub(crate) id: i64,
    pub(crate) share_key: String,
    pub(crate) org_id: i64,
    pub(crate) org_name: String,
    pub(crate) object_kind: String,
    pub(crate) object_id: i64,
    pub(crate) title: Option<String>,
    pub(crate) target_org_id: Option<i64>,
    pub(crate) target_name: Option<String>,
    pub(crate) created_by: String,
    pub(crate) created_at: String,
}

impl ShareRow {
    pub(crate) fn share(self) -> Result<Share, StoreError> {
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

pub(crate) fn stored_role(s: &str) -> Result<Role, StoreError> {
    Role::parse(s).map_err(|_| StoreError::Corrupt(format!("unknown role {s:?}")))
}

/// Implements [`crate::Accounts`] for a store type whose `pool` field is a pool of `$db`.
macro_rules! impl_accounts {
    ($store:ty, $db:ty) => {
impl $crate::Accounts for $store {
    async fn create_user(&self, new: NewUser, actor: &str) -> Result<User, StoreError> {
        let email = NewUser::parse_email(&new.email)?;
        let name = match new.name.trim() {
            "" => email.split('@').next().unwrap_or_default().to_owned(),
            n => n.to_owned(),
        };
        let mut tx = self.pool.begin().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM app_user WHERE email = $1")
            .bind(&email)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_some() {
            return Err(StoreError::Conflict { what: format!("an account for {email}") });
        }
        let row: UserRow = sqlx::query_as(
            "INSERT INTO app_user (email, name, password_hash, is_admin, created_at) VALUES ($1, $2, $3, $4, $5) \
             RETURNING id, email, name, is_admin, created_at",
        )
        .bind(&email)
        .bind(&name)
        .bind(&new.password_hash)
        .bind(i64::from(new.is_admin))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        Self::record(
            &mut tx,
            NewAuditEvent::new(
                None,
                actor,
                "create",
                format!("user:{email}"),
                serde_json::json!({ "after": { "email": email, "name": name, "admin": new.is_admin } }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(row.into())
    }

    async fn user_credentials(&self, email: &str) -> Result<Option<UserCredentials>, StoreError> {
        let row = sqlx::query(
            "SELECT id, email, name, is_admin, created_at, password_hash FROM app_user WHERE email = $1",
        )
        .bind(email.trim().to_lowercase())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(UserCredentials {
                password_hash: row.try_get("password_hash")?,
                user: UserRow::from_row(&row)?.into(),
            })
        })
        .transpose()
    }

    async fn set_password(&self, user: UserId, password_hash: &str, actor: &str) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let Some(email) = Self::replace_password(&mut tx, user, password_hash).await? else {
            return Err(StoreError::Invalid { field: "user", message: format!("there is no account {user}") });
        };
        Self::record(
            &mut tx,
            NewAuditEvent::new(
                None,
                actor,
                "update",
                format!("user:{email}"),
                serde_json::json!({ "changed": "password" }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_membership(&self, org: OrgId, user: UserId, role: Role, actor: &str) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let email: Option<String> = sqlx::query_scalar("SELECT email FROM app_user WHERE id = $1")
            .bind(user.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(email) = email else {
            return Err(StoreError::Invalid { field: "user", message: format!("there is no account {user}") });
        };
        let before: Option<String> =
            sqlx::query_scalar("SELECT role FROM membership WHERE org_id = $1 AND user_id = $2")
                .bind(org.0)
                .bind(user.0)
                .fetch_optional(&mut *tx)
                .await?;
        if before.as_deref() == Some(role.as_str()) {
            return Ok(());
        }
        if before.as_deref() == Some("owner") {
            Self::keep_an_owner(&mut tx, org, user).await?;
        }
        match before {
            Some(_) => {
                sqlx::query("UPDATE membership SET role = $1 WHERE org_id = $2 AND user_id = $3")
                    .bind(role.as_str())
                    .bind(org.0)
                    .bind(user.0)
                    .execute(&mut *tx)
                    .await?;
            }
            None => {
                sqlx::query("INSERT INTO membership (org_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(org.0)
                    .bind(user.0)
                    .bind(role.as_str())
                    .bind(now())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let (action, detail) = match &before {
            Some(b) => ("update", serde_json::json!({ "before": { "role": b }, "after": { "role": role } })),
            None => ("create", serde_json::json!({ "after": { "role": role } })),
        };
        Self::record(
            &mut tx,
            NewAuditEvent::new(Some(org), actor, action, format!("membership:{email}"), detail),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn remove_membership(&self, org: OrgId, user: UserId, actor: &str) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let before: Option<(String, String)> = sqlx::query_as(
            "SELECT m.role, u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.org_id = $1 AND m.user_id = $2",
        )
        .bind(org.0)
        .bind(user.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((role, email)) = before else { return Ok(false) };
        if role == "owner" {
            Self::keep_an_owner(&mut tx, org, user).await?;
        }
        sqlx::query("DELETE FROM membership WHERE org_id = $1 AND user_id = $2")
            .bind(org.0)
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        // Sessions working in the organisation lose it; API tokens of the person for it stop.
        sqlx::query("UPDATE session SET org_id = NULL WHERE user_id = $1 AND org_id = $2")
            .bind(user.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE api_token SET revoked_at = $1 WHERE user_id = $2 AND org_id = $3 AND revoked_at IS NULL")
            .bind(now())
            .bind(user.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        Self::record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete",
                format!("membership:{email}"),
                serde_json::json!({ "before": { "role": role } }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn memberships(&self, user: UserId) -> Result<Vec<Membership>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.id, o.slug, o.name, o.created_at, m.role FROM membership m JOIN organisation o ON o.id = m.org_id \
             WHERE m.user_id = $1 ORDER BY o.name, o.id",
        )
        .bind(user.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let role: String = row.try_get("role")?;
                Ok(Membership { org: OrganisationRow::from_row(row)?.into(), role: stored_role(&role)? })
            })
            .collect()
    }

    async fn members(&self, org: OrgId) -> Result<Vec<Member>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS}, m.role, m.created_at AS since FROM membership m JOIN app_user u ON u.id = m.user_id \
             WHERE m.org_id = $1 ORDER BY u.name, u.id"
        )))
        .bind(org.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let role: String = row.try_get("role")?;
                Ok(Member {
                    user: UserRow::from_row(row)?.into(),
                    role: stored_role(&role)?,
                    since: row.try_get("since")?,
                })
            })
            .collect()
    }

    async fn create_invitation(
        &self,
        org: OrgId,
        email: &str,
        role: Role,
        token_hash: &str,
        expires_at: i64,
        actor: &str,
    ) -> Result<Invitation, StoreError> {
        let email = NewUser::parse_email(email)?;
        let mut tx = self.pool.begin().await?;
        let member: Option<i64> = sqlx::query_scalar(
            "SELECT m.user_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.org_id = $1 AND u.email = $2",
        )
        .bind(org.0)
        .bind(&email)
        .fetch_optional(&mut *tx)
        .await?;
        if member.is_some() {
            return Err(StoreError::Conflict { what: format!("a member with the address {email}") });
        }
        let row: InvitationRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "INSERT INTO invitation (org_id, email, role, token_hash, invited_by, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {INVITATION_COLUMNS}"
        )))
        .bind(org.0)
        .bind(&email)
        .bind(role.as_str())
        .bind(token_hash)
        .bind(actor)
        .bind(now())
        .bind(expires_at)
        .fetch_one(&mut *tx)
        .await?;
        Self::record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "create",
                format!("invitation:{}", row.id),
                serde_json::json!({ "after": { "email": email, "role": role } }),
            ),
        )
        .await?;
        tx.commit().await?;
        row.invitation()
    }

    async fn open_invitation(&self, token_hash: &str, now_s: i64) -> Result<Option<Invitation>, StoreError> {
        let row: Option<InvitationRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {INVITATION_COLUMNS} FROM invitation WHERE token_hash = $1 AND accepted_at IS NULL \
             AND revoked_at IS NULL AND expires_at > $2"
        )))
        .bind(token_hash)
        .bind(now_s)
        .fetch_optional(&self.pool)
        .await?;
        row.map(InvitationRow::invitation).transpose()
    }

    async fn accept_invitation(&self, token_hash: &str, user: UserId, now_s: i64) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let row: Option<InvitationRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "UPDATE invitation SET accepted_at = $1 WHERE token_hash = $2 AND accepted_at IS NULL \
             AND revoked_at IS NULL AND expires_at > $3 RETURNING {INVITATION_COLUMNS}"
        )))
        .bind(now())
        .bind(token_hash)
        .bind(now_s)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else { return Ok(false) };
        let invitation = row.invitation()?;
        let email: String = sqlx::query_scalar("SELECT email FROM app_user WHERE id = $1")
            .bind(user.0)
            .fetch_one(&mut *tx)
            .await?;
        let before: Option<String> =
            sqlx::query_scalar("SELECT role FROM membership WHERE org_id = $1 AND user_id = $2")
                .bind(invitation.org.0)
                .bind(user.0)
                .fetch_optional(&mut *tx)
                .await?;
        if before.is_none() {
            sqlx::query("INSERT INTO membership (org_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)")
                .bind(invitation.org.0)
                .bind(user.0)
                .bind(invitation.role.as_str())
                .bind(now())
                .execute(&mut *tx)
                .await?;
        }
        Self::record(
            &mut tx,
            NewAuditEvent::new(
                Some(invitation.org),
                email.clone(),
                "accept",
                format!("invitation:{}", invitation.id),
                serde_json::json!({ "after": { "member": email, "role": invitation.role } }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn pending_invitations(&self, org: OrgId) -> Result<Vec<Invitation>, StoreError> {
        let rows: Vec<InvitationRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {INVITATION_COLUMNS} FROM invitation WHERE org_id = $1 AND accepted_at IS NULL \
             AND revoked_at IS NULL ORDER BY id DESC"
        )))
        .bind(org.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(InvitationRow::invitation).collect()
    }

    async fn revoke_invitation(&self, org: OrgId, id: InvitationId, actor: &str) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let email: Option<String> = sqlx::query_scalar(
            "UPDATE invitation SET revoked_at = $1 WHERE id = $2 AND org_id = $3 AND accepted_at IS NULL \
             AND revoked_at IS NULL RETURNING email",
        )
        .bind(now())
        .bind(id.0)
        .bind(org.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(email) = email else { return Ok(false) };
        Self::record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "revoke",
                format!("invitation:{id}"),
                serde_json::json!({ "before": { "email": email } }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn create_session(
        &self,
        token_hash: &str,
        user: UserId,
        org: Option<OrgId>,
        csrf_token: &str,
        now_s: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        // Sessions that ended are tidied away here rather than by a background job.
        sqlx::query("DELETE FROM session WHERE expires_at <= $1").bind(now_s).execute(&self.pool).await?;
        sqlx::query(
            "INSERT INTO session (token_hash, user_id, org_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(user.0)
        .bind(org.map(|o| o.0))
        .bind(csrf_token)
        .bind(now_s)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn session(&self, token_hash: &str, now_s: i64) -> Result<Option<SessionRecord>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS}, s.org_id AS session_org, s.csrf_token, s.expires_at, s.created_at AS started FROM session s \
             JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2"
        )))
        .bind(token_hash)
        .bind(now_s)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(SessionRecord {
                user: UserRow::from_row(&row)?.into(),
                org: row.try_get::<Option<i64>, _>("session_org")?.map(OrgId),
                csrf_token: row.try_get("csrf_token")?,
                expires_at: row.try_get("expires_at")?,
                created_at: row.try_get("started")?,
            })
        })
        .transpose()
    }

    async fn extend_session(&self, token_hash: &str, expires_at: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE session SET expires_at = $1 WHERE token_hash = $2")
            .bind(expires_at)
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn switch_session_org(&self, token_hash: &str, org: OrgId) -> Result<(), StoreError> {
        sqlx::query("UPDATE session SET org_id = $1 WHERE token_hash = $2")
            .bind(org.0)
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM session WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn create_password_reset(&self, user: UserId, token_hash: &str, expires_at: i64) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO password_reset (token_hash, user_id, expires_at) VALUES ($1, $2, $3)")
            .bind(token_hash)
            .bind(user.0)
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn password_reset_user(&self, token_hash: &str, now_s: i64) -> Result<Option<User>, StoreError> {
        let row: Option<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM password_reset r JOIN app_user u ON u.id = r.user_id \
             WHERE r.token_hash = $1 AND r.used = 0 AND r.expires_at > $2"
        )))
        .bind(token_hash)
        .bind(now_s)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(Into::into))
    }

    async fn reset_password(&self, token_hash: &str, password_hash: &str, now_s: i64) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let user: Option<i64> = sqlx::query_scalar(
            "UPDATE password_reset SET used = 1 WHERE token_hash = $1 AND used = 0 AND expires_at > $2 RETURNING user_id",
        )
        .bind(token_hash)
        .bind(now_s)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(user) = user else { return Ok(false) };
        let Some(email) = Self::replace_password(&mut tx, UserId(user), password_hash).await? else {
            return Ok(false);
        };
        // Any other reset links sent earlier stop working too.
        sqlx::query("UPDATE password_reset SET used = 1 WHERE user_id = $1").bind(user).execute(&mut *tx).await?;
        Self::record(
            &mut tx,
            NewAuditEvent::new(
                None,
                email.clone(),
                "reset-password",
                format!("user:{email}"),
                serde_json::json!({ "changed": "password" }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn queue_message(&self, to: &str, subject: &str, body: &str) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO outbox (to_address, subject, body, created_at) VALUES ($1, $2, $3, $4)")
            .bind(to)
            .bind(subject)
            .bind(body)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn outbox(&self, limit: u32) -> Result<Vec<OutboxMessage>, StoreError> {
        let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT id, to_address, subject, body, created_at FROM outbox ORDER BY id DESC LIMIT $1",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, to, subject, body, created_at)| OutboxMessage { id, to, subject, body, created_at })
            .collect())
    }

    async fn record_sign_in_failure(&self, account: &str, now_s: i64) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO sign_in_failure (account, at) VALUES ($1, $2)")
            .bind(account)
            .bind(now_s)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn sign_in_failures(&self, account: &str, since: i64) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM sign_in_failure WHERE account = $1 AND at > $2")
            .bind(account)
            .bind(since)
            .fetch_one(&self.pool)
            .await?)
    }

    async fn clear_sign_in_failures(&self, account: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sign_in_failure WHERE account = $1")
            .bind(account)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn create_api_token(&self, new: NewApiToken) -> Result<ApiToken, StoreError> {
        let name = new.name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid { field: "name", message: "say what the token is for, e.g. \"monthly report script\"".to_owned() });
        }
        let mut tx = self.pool.begin().await?;
        let row: TokenRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "INSERT INTO api_token (token_hash, prefix, name, org_id, role, user_id, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {TOKEN_COLUMNS}"
        )))
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
        Self::record(
            &mut tx,
            NewAuditEvent::new(
                Some(new.org),
                new.created_by.clone(),
                "create",
                format!("token:{}", row.id),
                serde_json::json!({ "after": { "name": name, "role": new.role, "prefix": new.prefix } }),
            ),
        )
        .await?;
        tx.commit().await?;
        row.token()
    }

    async fn use_api_token(&self, token_hash: &str) -> Result<Option<ApiToken>, StoreError> {
        let row: Option<TokenRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "UPDATE api_token SET last_used_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL RETURNING {TOKEN_COLUMNS}"
        )))
        .bind(now())
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.map(TokenRow::token).transpose()
    }

    async fn api_tokens(&self, org: OrgId) -> Result<Vec<ApiToken>, StoreError> {
        let rows: Vec<TokenRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {TOKEN_COLUMNS} FROM api_token WHERE org_id = $1 ORDER BY id DESC"
        )))
        .bind(org.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(TokenRow::token).collect()
    }

    async fn revoke_api_token(&self, org: OrgId, id: TokenId, actor: &str) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let name: Option<String> = sqlx::query_scalar(
            "UPDATE api_token SET revoked_at = $1 WHERE id = $2 AND org_id = $3 AND revoked_at IS NULL RETURNING name",
        )
        .bind(now())
        .bind(id.0)
        .bind(org.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(name) = name else { return Ok(false) };
        Self::record(
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

    async fn create_share(&self, new: NewShare) -> Result<Share, StoreError> {
        if new.target == Some(new.org) {
            return Err(StoreError::Invalid { field: "target", message: "an organisation already sees its own plans and results".to_owned() });
        }
        let (kind, object_id) = new.object.parts();
        let mut tx = self.pool.begin().await?;
        let owned: Option<i64> = match kind {
            ShareKind::Plan => sqlx::query_scalar("SELECT id FROM plan WHERE id = $1 AND org_id = $2"),
            ShareKind::Dataset => sqlx::query_scalar("SELECT id FROM dataset WHERE id = $1 AND org_id = $2"),
        }
        .bind(object_id)
        .bind(new.org.0)
        .fetch_optional(&mut *tx)
        .await?;
        if owned.is_none() {
            return Err(StoreError::Invalid { field: "object", message: format!("there is no {} {object_id} to share", kind.as_str()) });
        }
        let existing: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM share WHERE org_id = $1 AND object_kind = $2 AND object_id = $3 AND withdrawn_at IS NULL \
             AND COALESCE(target_org_id, 0) = COALESCE($4, 0)",
        )
        .bind(new.org.0)
        .bind(kind.as_str())
        .bind(object_id)
        .bind(new.target.map(|t| t.0))
        .fetch_optional(&mut *tx)
        .await?;
        if existing.is_some() {
            return Err(StoreError::Conflict { what: "this share".to_owned() });
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO share (share_key, org_id, object_kind, object_id, target_org_id, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(&new.key)
        .bind(new.org.0)
        .bind(kind.as_str())
        .bind(object_id)
        .bind(new.target.map(|t| t.0))
        .bind(&new.actor)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let row: ShareRow = sqlx::query_as(sqlx::AssertSqlSafe(format!("{SHARE_SELECT} AND s.id = $1")))
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        let share = row.share()?;
        Self::record(
            &mut tx,
            NewAuditEvent::new(
                Some(new.org),
                new.actor.clone(),
                "share",
                format!("{}:{object_id}", kind.as_str()),
                serde_json::json!({ "after": { "share": id, "with": share.target_name.as_deref().unwrap_or("everyone") } }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(share)
    }

    async fn shares_of(&self, org: OrgId, object: SharedObject) -> Result<Vec<Share>, StoreError> {
        let (kind, object_id) = object.parts();
        let rows: Vec<ShareRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SHARE_SELECT} AND s.org_id = $1 AND s.object_kind = $2 AND s.object_id = $3 ORDER BY s.id"
        )))
        .bind(org.0)
        .bind(kind.as_str())
        .bind(object_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(ShareRow::share).collect()
    }

    async fn shares_with(&self, org: Option<OrgId>) -> Result<Vec<Share>, StoreError> {
        let rows: Vec<ShareRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SHARE_SELECT} AND (s.target_org_id = $1 OR (s.target_org_id IS NULL AND s.org_id <> $1)) ORDER BY s.id DESC"
        )))
        .bind(org.map_or(0, |o| o.0))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(ShareRow::share).collect()
    }

    async fn share_for(&self, key: &str, viewer: Option<OrgId>) -> Result<Option<Share>, StoreError> {
        let row: Option<ShareRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SHARE_SELECT} AND s.share_key = $1 AND (s.target_org_id IS NULL OR s.target_org_id = $2)"
        )))
        .bind(key)
        .bind(viewer.map_or(0, |o| o.0))
        .fetch_optional(&self.pool)
        .await?;
        row.map(ShareRow::share).transpose()
    }

    async fn withdraw_share(&self, org: OrgId, id: ShareId, actor: &str) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let row: Option<(String, i64)> = sqlx::query_as(
            "UPDATE share SET withdrawn_at = $1, withdrawn_by = $2 WHERE id = $3 AND org_id = $4 AND withdrawn_at IS NULL \
             RETURNING object_kind, object_id",
        )
        .bind(now())
        .bind(actor)
        .bind(id.0)
        .bind(org.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((kind, object_id)) = row else { return Ok(false) };
        Self::record(
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

    async fn set_retention(&self, org: OrgId, id: DatasetId, retain_until: Option<&str>, actor: &str) -> Result<bool, StoreError> {
        if let Some(date) = retain_until {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            if time::Date::parse(date, &format).is_err() {
                return Err(StoreError::Invalid { field: "retain_until", message: format!("{date:?} is not a date: use YYYY-MM-DD, e.g. 2027-03-31") });
            }
        }
        let mut tx = self.pool.begin().await?;
        let before: Option<(Option<String>,)> =
            sqlx::query_as("SELECT retain_until FROM dataset WHERE id = $1 AND org_id = $2")
                .bind(id.0)
                .bind(org.0)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((before,)) = before else { return Ok(false) };
        sqlx::query("UPDATE dataset SET retain_until = $1 WHERE id = $2 AND org_id = $3")
            .bind(retain_until)
            .bind(id.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        Self::record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "update",
                format!("dataset:{id}"),
                serde_json::json!({ "before": { "retain_until": before }, "after": { "retain_until": retain_until } }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn record_event(&self, event: NewAuditEvent) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        Self::record(&mut tx, event).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn latest_audit_id(&self) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar("SELECT MAX(id) FROM audit_event").fetch_one(&self.pool).await?)
    }
}

impl $store {
    /// Replaces an account's password hash and ends all its sessions; returns its e-mail
    /// address, or `None` if there is no such account.
    async fn replace_password(
        tx: &mut <$db as sqlx::Database>::Connection,
        user: UserId,
        password_hash: &str,
    ) -> Result<Option<String>, StoreError> {
        let email: Option<String> =
            sqlx::query_scalar("UPDATE app_user SET password_hash = $1 WHERE id = $2 RETURNING email")
                .bind(password_hash)
                .bind(user.0)
                .fetch_optional(&mut *tx)
                .await?;
        if email.is_some() {
            sqlx::query("DELETE FROM session WHERE user_id = $1").bind(user.0).execute(&mut *tx).await?;
        }
        Ok(email)
    }

    /// Refuses a change that would leave `org` with no owner but `user`.
    async fn keep_an_owner(
        tx: &mut <$db as sqlx::Database>::Connection,
        org: OrgId,
        user: UserId,
    ) -> Result<(), StoreError> {
        let others: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM membership WHERE org_id = $1 AND role = 'owner' AND user_id <> $2",
        )
        .bind(org.0)
        .bind(user.0)
        .fetch_one(tx)
        .await?;
        if others == 0 {
            return Err(StoreError::Invalid {
                field: "role",
                message: "an organisation needs at least one owner: make someone else an owner first".to_owned(),
            });
        }
        Ok(())
    }
}
    };
}
pub(crate) use impl_accounts;
