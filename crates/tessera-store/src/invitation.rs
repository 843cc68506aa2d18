//! Invitations to join an organisation with a role: a link with a random token, sent by
//! e-mail, used once before it expires. The store keeps only the token's SHA-256.

use serde::Serialize;

use crate::accounts::NewUser;
use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::role::stored_role;
use crate::{AnyStore, OrgId, Role, StoreError, UserId};

crate::id::decl_id!(
    /// The id of an invitation.
    InvitationId
);

/// An invitation to join an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Invitation {
    /// Database id.
    pub id: InvitationId,
    /// The organisation to join.
    pub org: OrgId,
    /// Who is invited.
    pub email: String,
    /// The role they will have.
    pub role: Role,
    /// Who invited them.
    pub invited_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// When it stops working (Unix seconds).
    pub expires_at: i64,
    /// When it was used, if it was.
    pub accepted_at: Option<String>,
}

/// Inviting people into an organisation.
pub trait Invitations: Send + Sync {
    /// Creates an invitation and records it. Refuses an address that is already a member's.
    fn create_invitation(
        &self,
        org: OrgId,
        email: &str,
        role: Role,
        token_hash: &str,
        expires_at: i64,
        actor: &str,
    ) -> impl Future<Output = Result<Invitation, StoreError>> + Send;

    /// An invitation by its token's hash, if it is unused, not revoked and not expired at `now`.
    fn open_invitation(
        &self,
        token_hash: &str,
        now: i64,
    ) -> impl Future<Output = Result<Option<Invitation>, StoreError>> + Send;

    /// Uses an invitation: makes `user` a member with the invited role, marks it used, records
    /// it. `false` if it was already used, revoked or expired.
    fn accept_invitation(
        &self,
        token_hash: &str,
        user: UserId,
        now: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// An organisation's invitations that are not yet used or revoked, newest first.
    fn pending_invitations(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<Invitation>, StoreError>> + Send;

    /// Revokes an invitation of the organisation; `false` if there is no such pending one.
    fn revoke_invitation(
        &self,
        org: OrgId,
        id: InvitationId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

/// The columns of [`InvitationRow`].
macro_rules! invitation_columns {
    () => {
        "id, org_id, email, role, invited_by, created_at, expires_at, accepted_at"
    };
}

const SELECT_EMAIL: &str = "SELECT email FROM app_user WHERE id = $1";

const SELECT_ROLE: &str = "SELECT role FROM membership WHERE org_id = $1 AND user_id = $2";

const INSERT_MEMBERSHIP: &str =
    "INSERT INTO membership (org_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)";

const SELECT_MEMBER_BY_EMAIL: &str = "SELECT m.user_id FROM membership m \
     JOIN app_user u ON u.id = m.user_id WHERE m.org_id = $1 AND u.email = $2";

const INSERT_INVITATION: &str = concat!(
    "INSERT INTO invitation (org_id, email, role, token_hash, invited_by, created_at, \
     expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ",
    invitation_columns!()
);

const SELECT_OPEN_INVITATION: &str = concat!(
    "SELECT ",
    invitation_columns!(),
    " FROM invitation WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL \
     AND expires_at > $2"
);

const ACCEPT_INVITATION: &str = concat!(
    "UPDATE invitation SET accepted_at = $1 WHERE token_hash = $2 AND accepted_at IS NULL \
     AND revoked_at IS NULL AND expires_at > $3 RETURNING ",
    invitation_columns!()
);

const SELECT_PENDING_INVITATIONS: &str = concat!(
    "SELECT ",
    invitation_columns!(),
    " FROM invitation WHERE org_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL \
     ORDER BY id DESC"
);

const REVOKE_INVITATION: &str = "UPDATE invitation SET revoked_at = $1 \
     WHERE id = $2 AND org_id = $3 AND accepted_at IS NULL AND revoked_at IS NULL \
     RETURNING email";

#[derive(sqlx::FromRow)]
struct InvitationRow {
    id: i64,
    org_id: i64,
    email: String,
    role: String,
    invited_by: String,
    created_at: String,
    expires_at: i64,
    accepted_at: Option<String>,
}

impl InvitationRow {
    fn invitation(self) -> Result<Invitation, StoreError> {
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

impl Invitations for AnyStore {
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
        let mut tx = self.begin_write().await?;
        let member: Option<i64> = sqlx::query_scalar(SELECT_MEMBER_BY_EMAIL)
            .bind(org.0)
            .bind(&email)
            .fetch_optional(&mut *tx)
            .await?;
        if member.is_some() {
            return Err(StoreError::Conflict {
                what: format!("a member with the address {email}"),
            });
        }
        let row: InvitationRow = sqlx::query_as(INSERT_INVITATION)
            .bind(org.0)
            .bind(&email)
            .bind(role.as_str())
            .bind(token_hash)
            .bind(actor)
            .bind(now())
            .bind(expires_at)
            .fetch_one(&mut *tx)
            .await?;
        record(
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

    async fn open_invitation(
        &self,
        token_hash: &str,
        now_s: i64,
    ) -> Result<Option<Invitation>, StoreError> {
        let row: Option<InvitationRow> = sqlx::query_as(SELECT_OPEN_INVITATION)
            .bind(token_hash)
            .bind(now_s)
            .fetch_optional(&self.pool)
            .await?;
        row.map(InvitationRow::invitation).transpose()
    }

    async fn accept_invitation(
        &self,
        token_hash: &str,
        user: UserId,
        now_s: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let row: Option<InvitationRow> = sqlx::query_as(ACCEPT_INVITATION)
            .bind(now())
            .bind(token_hash)
            .bind(now_s)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        let invitation = row.invitation()?;
        let email: String = sqlx::query_scalar(SELECT_EMAIL)
            .bind(user.0)
            .fetch_one(&mut *tx)
            .await?;
        let before: Option<String> = sqlx::query_scalar(SELECT_ROLE)
            .bind(invitation.org.0)
            .bind(user.0)
            .fetch_optional(&mut *tx)
            .await?;
        if before.is_none() {
            sqlx::query(INSERT_MEMBERSHIP)
                .bind(invitation.org.0)
                .bind(user.0)
                .bind(invitation.role.as_str())
                .bind(now())
                .execute(&mut *tx)
                .await?;
        }
        record(
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
        let rows: Vec<InvitationRow> = sqlx::query_as(SELECT_PENDING_INVITATIONS)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(InvitationRow::invitation).collect()
    }

    async fn revoke_invitation(
        &self,
        org: OrgId,
        id: InvitationId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let email: Option<String> = sqlx::query_scalar(REVOKE_INVITATION)
            .bind(now())
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(email) = email else {
            return Ok(false);
        };
        record(
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
}

#[cfg(test)]
mod tests {
    use crate::prelude::*;
    use crate::{NewOrganisation, Role, StoreError};

    #[tokio::test]
    async fn an_invitation_works_once_before_it_expires_and_not_after_it_is_revoked() {
        for store in crate::testing::all().await.expect("databases") {
            let a = store
                .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "cli")
                .await
                .expect("organisation")
                .id;
            let made = store
                .create_invitation(a, "Bo@A.example", Role::Analyst, "i1", 5_000, "ana")
                .await
                .expect("invite");
            assert_eq!(made.email, "bo@a.example");
            assert_eq!(
                store.pending_invitations(a).await.expect("list"),
                std::slice::from_ref(&made)
            );
            assert!(
                store
                    .open_invitation("i1", 5_000)
                    .await
                    .expect("read")
                    .is_none()
            );
            assert_eq!(
                store.open_invitation("i1", 4_999).await.expect("read"),
                Some(made)
            );
            let bo = crate::accounts::tests::user(&store, "bo@a.example").await;
            assert!(
                !store
                    .accept_invitation("i1", bo.id, 5_000)
                    .await
                    .expect("expired")
            );
            assert!(
                store
                    .accept_invitation("i1", bo.id, 4_000)
                    .await
                    .expect("accept")
            );
            assert!(
                !store
                    .accept_invitation("i1", bo.id, 4_000)
                    .await
                    .expect("once")
            );
            let memberships = store.memberships(bo.id).await.expect("list");
            assert_eq!(memberships[0].role, Role::Analyst);
            assert!(store.pending_invitations(a).await.expect("list").is_empty());
            // A member cannot be invited again; a revoked invitation opens nothing.
            let err = store
                .create_invitation(a, "bo@a.example", Role::Viewer, "i2", 5_000, "ana")
                .await
                .expect_err("already a member");
            assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
            let cy = store
                .create_invitation(a, "cy@a.example", Role::Viewer, "i3", 5_000, "ana")
                .await
                .expect("invite");
            assert!(
                store
                    .revoke_invitation(a, cy.id, "ana")
                    .await
                    .expect("revoke")
            );
            assert!(
                !store
                    .revoke_invitation(a, cy.id, "ana")
                    .await
                    .expect("again")
            );
            assert!(
                store
                    .open_invitation("i3", 1_000)
                    .await
                    .expect("read")
                    .is_none()
            );
        }
    }
}
