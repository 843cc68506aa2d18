//! Signing in: browser sessions, and password resets by e-mailed link. Sessions and reset
//! tokens are random; the store keeps only their SHA-256, so a copy of the database opens
//! nothing.

use sqlx::{FromRow, Row};

use crate::accounts::{UserRow, replace_password, user_columns};
use crate::audit::{NewAuditEvent, record};
use crate::{AnyStore, OrgId, StoreError, User, UserId};

/// A signed-in browser session.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    /// Whose session it is.
    pub user: User,
    /// The organisation the person is working in, if they belong to any.
    pub org: Option<OrgId>,
    /// The token every form of this session must carry.
    pub csrf_token: String,
    /// When it ends unless used again (Unix seconds).
    pub expires_at: i64,
    /// When it started (Unix seconds).
    pub created_at: i64,
}

/// Sessions and password resets.
pub trait Sessions: Send + Sync {
    /// Starts a session, and removes sessions that have ended.
    fn create_session(
        &self,
        token_hash: &str,
        user: UserId,
        org: Option<OrgId>,
        csrf_token: &str,
        now: i64,
        expires_at: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// A session that has not expired at `now`.
    fn session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> impl Future<Output = Result<Option<SessionRecord>, StoreError>> + Send;

    /// Moves a session's expiry on (sessions end after a while without use).
    fn extend_session(
        &self,
        token_hash: &str,
        expires_at: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Switches the organisation a session works in.
    fn switch_session_org(
        &self,
        token_hash: &str,
        org: OrgId,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Ends a session.
    fn delete_session(
        &self,
        token_hash: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Stores a password reset token's hash for an account.
    fn create_password_reset(
        &self,
        user: UserId,
        token_hash: &str,
        expires_at: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The account a reset token is for, if it is unused and not expired at `now`.
    fn password_reset_user(
        &self,
        token_hash: &str,
        now: i64,
    ) -> impl Future<Output = Result<Option<User>, StoreError>> + Send;

    /// Uses a reset token and sets the new password in one transaction (ending every session
    /// of the account, and making every other reset link of it useless); `false` if the token
    /// was used or expired meanwhile.
    fn reset_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

/// Sessions that ended are tidied away when one starts, rather than by a background job.
const DELETE_ENDED_SESSIONS: &str = "DELETE FROM session WHERE expires_at <= $1";

const INSERT_SESSION: &str = "INSERT INTO session \
     (token_hash, user_id, org_id, csrf_token, created_at, expires_at) \
     VALUES ($1, $2, $3, $4, $5, $6)";

const SELECT_SESSION: &str = concat!(
    "SELECT ",
    user_columns!(),
    ", s.org_id AS session_org, s.csrf_token, s.expires_at, s.created_at AS started \
     FROM session s JOIN app_user u ON u.id = s.user_id \
     WHERE s.token_hash = $1 AND s.expires_at > $2"
);

const EXTEND_SESSION: &str = "UPDATE session SET expires_at = $1 WHERE token_hash = $2";

const SWITCH_SESSION_ORG: &str = "UPDATE session SET org_id = $1 WHERE token_hash = $2";

const DELETE_SESSION: &str = "DELETE FROM session WHERE token_hash = $1";

const INSERT_RESET: &str =
    "INSERT INTO password_reset (token_hash, user_id, expires_at) VALUES ($1, $2, $3)";

const SELECT_RESET_USER: &str = concat!(
    "SELECT ",
    user_columns!(),
    " FROM password_reset r JOIN app_user u ON u.id = r.user_id \
     WHERE r.token_hash = $1 AND r.used = 0 AND r.expires_at > $2"
);

const USE_RESET: &str = "UPDATE password_reset SET used = 1 \
     WHERE token_hash = $1 AND used = 0 AND expires_at > $2 RETURNING user_id";

/// Any other reset links sent earlier stop working too.
const USE_ALL_RESETS: &str = "UPDATE password_reset SET used = 1 WHERE user_id = $1";

impl Sessions for AnyStore {
    async fn create_session(
        &self,
        token_hash: &str,
        user: UserId,
        org: Option<OrgId>,
        csrf_token: &str,
        now_s: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(DELETE_ENDED_SESSIONS)
            .bind(now_s)
            .execute(&self.pool)
            .await?;
        sqlx::query(INSERT_SESSION)
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

    async fn session(
        &self,
        token_hash: &str,
        now_s: i64,
    ) -> Result<Option<SessionRecord>, StoreError> {
        let row = sqlx::query(SELECT_SESSION)
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
        sqlx::query(EXTEND_SESSION)
            .bind(expires_at)
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn switch_session_org(&self, token_hash: &str, org: OrgId) -> Result<(), StoreError> {
        sqlx::query(SWITCH_SESSION_ORG)
            .bind(org.0)
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        self.wrote();
        Ok(())
    }

    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query(DELETE_SESSION)
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        self.wrote();
        Ok(())
    }

    async fn create_password_reset(
        &self,
        user: UserId,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(INSERT_RESET)
            .bind(token_hash)
            .bind(user.0)
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn password_reset_user(
        &self,
        token_hash: &str,
        now_s: i64,
    ) -> Result<Option<User>, StoreError> {
        let row: Option<UserRow> = sqlx::query_as(SELECT_RESET_USER)
            .bind(token_hash)
            .bind(now_s)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(Into::into))
    }

    async fn reset_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        now_s: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let user: Option<i64> = sqlx::query_scalar(USE_RESET)
            .bind(token_hash)
            .bind(now_s)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(user) = user else {
            return Ok(false);
        };
        let Some(email) = replace_password(&mut tx, UserId(user), password_hash).await? else {
            return Ok(false);
        };
        sqlx::query(USE_ALL_RESETS)
            .bind(user)
            .execute(&mut *tx)
            .await?;
        record(
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
}

#[cfg(test)]
mod tests {
    use crate::NewOrganisation;
    use crate::prelude::*;

    #[tokio::test]
    async fn sessions_end_and_a_password_reset_works_once_and_signs_everyone_out() {
        for store in crate::testing::all().await.expect("databases") {
            let a = store
                .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "cli")
                .await
                .expect("organisation")
                .id;
            let b = store
                .create_organisation(NewOrganisation::parse("b", "B").expect("valid"), "cli")
                .await
                .expect("organisation")
                .id;
            let ana = crate::accounts::tests::user(&store, "ana@a.example").await;
            store
                .create_session("s1", ana.id, Some(a), "csrf-1", 1_000, 2_000)
                .await
                .expect("session");
            let session = store
                .session("s1", 1_999)
                .await
                .expect("read")
                .expect("live");
            assert_eq!(
                (session.user.id, session.org, session.csrf_token.as_str()),
                (ana.id, Some(a), "csrf-1")
            );
            assert_eq!((session.created_at, session.expires_at), (1_000, 2_000));
            assert!(store.session("s1", 2_000).await.expect("read").is_none());
            store.extend_session("s1", 3_000).await.expect("extend");
            store.switch_session_org("s1", b).await.expect("switch");
            let session = store
                .session("s1", 2_500)
                .await
                .expect("read")
                .expect("live");
            assert_eq!(session.org, Some(b));
            // Starting a session tidies away ended ones.
            store
                .create_session("s2", ana.id, None, "csrf-2", 3_000, 9_000)
                .await
                .expect("session");
            store.extend_session("s1", 9_000).await.expect("extend");
            assert!(store.session("s1", 3_001).await.expect("read").is_none());
            store.delete_session("s2").await.expect("sign out");
            assert!(store.session("s2", 3_001).await.expect("read").is_none());

            store
                .create_session("s3", ana.id, None, "csrf-3", 3_000, 9_000)
                .await
                .expect("session");
            store
                .create_password_reset(ana.id, "r1", 4_000)
                .await
                .expect("reset");
            store
                .create_password_reset(ana.id, "r2", 4_000)
                .await
                .expect("reset");
            assert_eq!(
                store.password_reset_user("r1", 3_999).await.expect("read"),
                Some(ana.clone())
            );
            assert!(
                store
                    .password_reset_user("r1", 4_000)
                    .await
                    .expect("read")
                    .is_none()
            );
            assert!(
                !store
                    .reset_password("r1", "new", 4_000)
                    .await
                    .expect("expired")
            );
            assert!(
                store
                    .reset_password("r1", "new", 3_500)
                    .await
                    .expect("reset")
            );
            assert!(
                !store
                    .reset_password("r1", "newer", 3_500)
                    .await
                    .expect("once")
            );
            assert!(
                !store
                    .reset_password("r2", "newer", 3_500)
                    .await
                    .expect("others too")
            );
            let credentials = store
                .user_credentials("ana@a.example")
                .await
                .expect("read")
                .expect("found");
            assert_eq!(credentials.password_hash, "new");
            assert!(store.session("s3", 3_501).await.expect("read").is_none());
        }
    }
}
