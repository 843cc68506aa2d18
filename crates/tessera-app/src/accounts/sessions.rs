//! Sessions: signing in (throttled per account), starting and ending a session, and finding
//! who a session cookie or an API token belongs to.

use tessera_store::credentials::{hash_token, random_token, verify_nothing, verify_password};
use tessera_store::{Membership, NewUser, OrgId, Organisation, Role, User, prelude::*};

use crate::{App, AppError, AppResult, audit};

/// A session ends after this long without use.
pub const SESSION_IDLE_SECONDS: i64 = 12 * 60 * 60;
/// A session ends this long after signing in, however much it is used.
pub const SESSION_MAX_SECONDS: i64 = 7 * 24 * 60 * 60;
/// Failed sign-ins allowed for one account within [`WINDOW_SECONDS`] before it is locked for
/// the rest of the window.
pub const MAX_FAILURES: i64 = 5;
/// The throttling window.
pub const WINDOW_SECONDS: i64 = 15 * 60;

/// Seconds since the Unix epoch.
pub fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A new session: the token for the cookie (only its hash is stored) and its form token.
#[derive(Debug, Clone)]
pub struct NewSession {
    /// The session token for the cookie.
    pub token: String,
    /// The CSRF token every form must send back.
    pub csrf: String,
}

/// Why signing in was refused.
#[derive(Debug)]
pub enum SignInRefusal {
    /// The e-mail address or the password is wrong (not saying which).
    WrongCredentials,
    /// Too many failures for this account recently.
    Locked,
}

/// Who a session belongs to.
#[derive(Debug, Clone)]
pub struct SessionPrincipal {
    /// The person.
    pub user: User,
    /// Every organisation they belong to.
    pub memberships: Vec<Membership>,
    /// The organisation they are working in, with their role.
    pub org: Option<(Organisation, Role)>,
    /// The session's form token.
    pub csrf: String,
    /// The session token's hash.
    pub hash: String,
}

/// Who an API token belongs to.
#[derive(Debug, Clone)]
pub struct TokenPrincipal {
    /// The person, for a personal token.
    pub user: Option<User>,
    /// The organisation it acts for, with the role it has today.
    pub org: (Organisation, Role),
    /// How the audit log names it.
    pub actor: String,
}

impl App {
    /// Checks an e-mail address and password, throttled per account: at most [`MAX_FAILURES`]
    /// attempts are checked within [`WINDOW_SECONDS`] (a successful one starts the count again);
    /// the account is locked for the rest of the window after that.
    /// Every attempt is recorded in the audit log.
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
    ) -> AppResult<Result<(User, Option<OrgId>), SignInRefusal>> {
        let store = self.store();
        let email = email.trim().to_lowercase();
        let now = unix_now();
        let credentials = store.user_credentials(&email).await?;
        let org_of_user = match &credentials {
            Some(c) => store
                .memberships(c.user.id)
                .await?
                .first()
                .map(|m| m.org.id),
            None => None,
        };
        // Claim the attempt before checking anything: the claim is one atomic statement, so
        // however many guesses arrive at once, at most MAX_FAILURES of them are checked.
        let key = format!("sign-in:{email}");
        let attempt = store
            .claim_attempt(&key, MAX_FAILURES as u32, WINDOW_SECONDS, now)
            .await?;
        if !attempt.allowed {
            audit::record(
                store,
                org_of_user,
                &email,
                "sign-in-failed",
                format!("user:{email}"),
                serde_json::json!({ "reason": "too many failed attempts; locked for 15 minutes" }),
            )
            .await?;
            return Ok(Err(SignInRefusal::Locked));
        }
        let user = match &credentials {
            Some(c) if verify_password(password, &c.password_hash) => Some(c.user.clone()),
            Some(_) => None,
            None => {
                verify_nothing(password);
                None
            }
        };
        let Some(user) = user else {
            audit::record(
                store,
                org_of_user,
                &email,
                "sign-in-failed",
                format!("user:{email}"),
                serde_json::json!({ "reason": "wrong e-mail address or password" }),
            )
            .await?;
            return Ok(Err(SignInRefusal::WrongCredentials));
        };
        store.clear_attempts(&key).await?;
        Ok(Ok((user, org_of_user)))
    }

    /// Starts a new session for `user` in `org`, ending the session `old` (a cookie's token) the
    /// browser had, so a session id is never reused across signing in.
    pub async fn start_session(
        &self,
        user: &User,
        org: Option<OrgId>,
        old: Option<&str>,
    ) -> AppResult<NewSession> {
        let now = unix_now();
        let token = random_token(32);
        let csrf = random_token(32);
        self.store()
            .create_session(
                &hash_token(&token),
                user.id,
                org,
                &csrf,
                now,
                now + SESSION_IDLE_SECONDS,
            )
            .await?;
        if let Some(old) = old {
            self.store().delete_session(&hash_token(old)).await?;
        }
        Ok(NewSession { token, csrf })
    }

    /// Signs in: records it in the audit log and starts the session.
    pub async fn signed_in(
        &self,
        user: &User,
        org: Option<OrgId>,
        old: Option<&str>,
    ) -> AppResult<NewSession> {
        let session = self.start_session(user, org, old).await?;
        audit::record(
            self.store(),
            org,
            &user.email,
            "sign-in",
            format!("user:{}", user.email),
            serde_json::json!({}),
        )
        .await?;
        Ok(session)
    }

    /// Ends a session (by its token's hash) and records it.
    pub async fn sign_out(
        &self,
        hash: Option<&str>,
        org: Option<OrgId>,
        actor: &str,
    ) -> AppResult<()> {
        if let Some(hash) = hash {
            self.store().delete_session(hash).await?;
        }
        audit::record(
            self.store(),
            org,
            actor,
            "sign-out",
            format!("user:{actor}"),
            serde_json::json!({}),
        )
        .await
    }

    /// Who the session with cookie token `token` belongs to, sliding its idle expiry forward;
    /// `None` when it has ended.
    pub async fn resume_session(&self, token: &str) -> AppResult<Option<SessionPrincipal>> {
        let store = self.store();
        let now = unix_now();
        let hash = hash_token(token);
        let generation = store.generation();
        if let Some(kept) = self.recent().sessions.get(&hash, generation) {
            return Ok(Some(kept));
        }
        let Some(session) = store
            .session(&hash, now)
            .await?
            .filter(|s| now - s.created_at < SESSION_MAX_SECONDS)
        else {
            return Ok(None);
        };
        // Extend at most every ten minutes, not on every request.
        if session.expires_at - now < SESSION_IDLE_SECONDS - 600 {
            store
                .extend_session(&hash, now + SESSION_IDLE_SECONDS)
                .await?;
        }
        let memberships = store.memberships(session.user.id).await?;
        let org = session
            .org
            .and_then(|id| memberships.iter().find(|m| m.org.id == id))
            .or(memberships.first())
            .map(|m| (m.org.clone(), m.role));
        let principal = SessionPrincipal {
            user: session.user,
            memberships,
            org,
            csrf: session.csrf_token,
            hash: hash.clone(),
        };
        self.recent()
            .sessions
            .put(hash, generation, principal.clone());
        Ok(Some(principal))
    }

    /// Who an API token belongs to; a person's token never does more than the person may do
    /// today. Refusals say what is wrong with the token.
    pub async fn token_principal(&self, token: &str) -> AppResult<TokenPrincipal> {
        let refuse = |detail: &str| AppError::Unauthorized(detail.to_owned());
        let store = self.store();
        let hash = hash_token(token);
        let generation = store.generation();
        if let Some(kept) = self.recent().tokens.get(&hash, generation) {
            return Ok(kept);
        }
        // Marks the token used: with the answer kept, at most once every few seconds.
        let Some(record) = store.use_api_token(&hash).await? else {
            return Err(refuse(&tessera_l10n::t("account-api-token-invalid")));
        };
        let org = store
            .organisation(record.org)
            .await?
            .ok_or_else(|| refuse(&tessera_l10n::t("account-api-token-org-gone")))?;
        let (user, role) = match record.user {
            Some(user_id) => {
                let member = store
                    .members(org.id)
                    .await?
                    .into_iter()
                    .find(|m| m.user.id == user_id);
                let Some(member) = member else {
                    return Err(refuse(&tessera_l10n::t("account-api-token-owner-gone")));
                };
                (Some(member.user), member.role.min(record.role))
            }
            None => (None, record.role),
        };
        let principal = TokenPrincipal {
            actor: match &user {
                Some(u) => format!("{} (token {})", u.email, record.prefix),
                None => format!("token {} ({})", record.prefix, record.name),
            },
            user,
            org: (org, role),
        };
        self.recent()
            .tokens
            .put(hash, generation, principal.clone());
        Ok(principal)
    }
}

/// Whether `email` is shaped like an e-mail address.
pub fn valid_email(email: &str) -> bool {
    NewUser::parse_email(email).is_ok()
}
