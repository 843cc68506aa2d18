//! People, their memberships of organisations, and what lets them in: sessions, invitations,
//! password resets, API tokens; and what organisations share with each other.
//!
//! The store keeps only hashes of secrets (see [`crate::credentials`]); the plain values are
//! shown once, to the person they are for, and never stored.

use serde::Serialize;

use crate::{DatasetId, OrgId, Organisation, PlanId, StoreError};

crate::id::decl_id!(
    /// The id of a person's account.
    UserId
);

crate::id::decl_id!(
    /// The id of an invitation.
    InvitationId
);

crate::id::decl_id!(
    /// The id of an API token.
    TokenId
);

crate::id::decl_id!(
    /// The id of a share.
    ShareId
);

/// What a member may do in an organisation. Each role can do everything the roles below it can.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads plans and results (aggregates with small cells suppressed).
    Viewer,
    /// Also downloads result tables and original data files.
    Analyst,
    /// Also creates and edits plans and imports and corrects datasets.
    Editor,
    /// Also manages members, sharing, retention, API tokens and deletions, and reads the audit log.
    Owner,
}

impl Role {
    /// Every role, from most to least powerful.
    pub const ALL: [Role; 4] = [Role::Owner, Role::Editor, Role::Analyst, Role::Viewer];

    /// The stored name: `owner`, `editor`, `analyst` or `viewer`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Editor => "editor",
            Role::Analyst => "analyst",
            Role::Viewer => "viewer",
        }
    }

    /// Reads a role name, as stored or typed on the command line.
    pub fn parse(s: &str) -> Result<Role, StoreError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "owner" => Ok(Role::Owner),
            "editor" => Ok(Role::Editor),
            "analyst" => Ok(Role::Analyst),
            "viewer" => Ok(Role::Viewer),
            other => Err(StoreError::Invalid {
                field: "role",
                message: format!("{other:?} is not a role: use owner, editor, analyst or viewer"),
            }),
        }
    }

    /// The name with a capital, for pages.
    pub fn label(self) -> &'static str {
        match self {
            Role::Owner => "Owner",
            Role::Editor => "Editor",
            Role::Analyst => "Analyst",
            Role::Viewer => "Viewer",
        }
    }

    /// One sentence on what the role may do.
    pub fn summary(self) -> &'static str {
        match self {
            Role::Owner => {
                "Everything an editor can, and manages members, sharing, API tokens, retention and deletions; reads the audit log."
            }
            Role::Editor => {
                "Everything an analyst can, and creates, edits and deletes plans and imports datasets."
            }
            Role::Analyst => {
                "Everything a viewer can, and downloads result tables and original data files."
            }
            Role::Viewer => "Reads plans and results (with small numbers hidden).",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person's account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    /// Database id.
    pub id: UserId,
    /// Sign-in e-mail address, lower-cased.
    pub email: String,
    /// Name shown to colleagues.
    pub name: String,
    /// Whether the person administers this Tessera (may create organisations).
    pub is_admin: bool,
    /// When the account was made (RFC 3339, UTC).
    pub created_at: String,
}

/// An account with its password hash, for signing in.
#[derive(Debug, Clone)]
pub struct UserCredentials {
    /// The account.
    pub user: User,
    /// Argon2id hash in PHC string form.
    pub password_hash: String,
}

/// Input for a new account.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// E-mail address; checked and lower-cased by [`NewUser::parse_email`].
    pub email: String,
    /// Display name; the part of the address before `@` when blank.
    pub name: String,
    /// Argon2id hash from [`crate::credentials::hash_password`].
    pub password_hash: String,
    /// Administers this Tessera.
    pub is_admin: bool,
}

impl NewUser {
    /// Checks the shape of an e-mail address (something@something.something, no spaces, at most
    /// 254 characters) and lower-cases it, so one person has one account.
    pub fn parse_email(email: &str) -> Result<String, StoreError> {
        let email = email.trim().to_lowercase();
        let bad = || StoreError::Invalid {
            field: "email",
            message: format!("{email:?} is not an e-mail address: enter it like name@example.org"),
        };
        if email.len() > 254 || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad());
        }
        let Some((local, domain)) = email.split_once('@') else {
            return Err(bad());
        };
        if local.is_empty()
            || domain.contains('@')
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
        {
            return Err(bad());
        }
        Ok(email)
    }
}

/// An organisation a person belongs to, with their role there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Membership {
    /// The organisation.
    pub org: Organisation,
    /// The person's role in it.
    pub role: Role,
}

/// A member of an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    /// The person.
    pub user: User,
    /// Their role.
    pub role: Role,
    /// When they joined (RFC 3339, UTC).
    pub since: String,
}

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

/// A message waiting to be sent by e-mail (Tessera keeps them when no mail server is set up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxMessage {
    /// Database id.
    pub id: i64,
    /// Recipient.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// When it was written (RFC 3339, UTC).
    pub created_at: String,
}

/// Accounts, sessions, tokens and sharing. Implemented once for both databases in
/// `sql_accounts.rs`.
pub trait Accounts: Send + Sync {
    /// Creates an account and records it in the audit log.
    fn create_user(
        &self,
        new: NewUser,
        actor: &str,
    ) -> impl Future<Output = Result<User, StoreError>> + Send;

    /// The account with this e-mail address (any case), with its password hash.
    fn user_credentials(
        &self,
        email: &str,
    ) -> impl Future<Output = Result<Option<UserCredentials>, StoreError>> + Send;

    /// Replaces a password hash, ends every session of the account and records it.
    fn set_password(
        &self,
        user: UserId,
        password_hash: &str,
        actor: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Gives a person a role in an organisation (adding them or changing their role) and
    /// records it. Refuses to leave an organisation without an owner.
    fn set_membership(
        &self,
        org: OrgId,
        user: UserId,
        role: Role,
        actor: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Removes a person from an organisation and records it; `false` if they were not a member.
    /// Refuses to remove the last owner.
    fn remove_membership(
        &self,
        org: OrgId,
        user: UserId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// The organisations a person belongs to, by name.
    fn memberships(
        &self,
        user: UserId,
    ) -> impl Future<Output = Result<Vec<Membership>, StoreError>> + Send;

    /// An organisation's members, by name.
    fn members(&self, org: OrgId) -> impl Future<Output = Result<Vec<Member>, StoreError>> + Send;

    /// Creates an invitation and records it.
    #[allow(clippy::too_many_arguments)]
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

    /// Starts a session.
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
    /// of the account); `false` if the token was used or expired meanwhile.
    fn reset_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Writes an e-mail to the outbox.
    fn queue_message(
        &self,
        to: &str,
        subject: &str,
        body: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The newest messages of the outbox, newest first.
    fn outbox(
        &self,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<OutboxMessage>, StoreError>> + Send;

    /// Notes a failed sign-in for `account` (a lower-cased e-mail address) at `now`.
    fn record_sign_in_failure(
        &self,
        account: &str,
        now: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// How many failed sign-ins `account` has had since `since`.
    fn sign_in_failures(
        &self,
        account: &str,
        since: i64,
    ) -> impl Future<Output = Result<i64, StoreError>> + Send;

    /// Forgets an account's failed sign-ins (after a successful one).
    fn clear_sign_in_failures(
        &self,
        account: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

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

    /// The live shares an organisation can see: those made with it and (with `public`) those
    /// published to everyone by others.
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

    /// Withdraws one of an organisation's shares and records it; `false` if there is no such
    /// live share.
    fn withdraw_share(
        &self,
        org: OrgId,
        id: ShareId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Sets or clears the date after which owners are asked to delete a dataset, and records
    /// it; `false` if the dataset is not the organisation's.
    fn set_retention(
        &self,
        org: OrgId,
        id: DatasetId,
        retain_until: Option<&str>,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Adds an entry to the audit log (for events that change no stored object, such as
    /// sign-ins).
    fn record_event(
        &self,
        event: crate::NewAuditEvent,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The id of the newest audit entry of any organisation, if there is one.
    fn latest_audit_id(&self) -> impl Future<Output = Result<Option<i64>, StoreError>> + Send;
}
