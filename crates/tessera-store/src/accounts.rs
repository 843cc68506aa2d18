//! People and their memberships of organisations, with a role each.
//!
//! What lets people in lives beside this: invitations ([`crate::Invitations`]), sessions and
//! password resets ([`crate::Sessions`]), API tokens ([`crate::ApiTokens`]). Passwords are
//! stored only as Argon2id hashes (see [`crate::credentials`]).

use serde::Serialize;
use sqlx::{AnyConnection, FromRow, Row};

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::organisation::OrganisationRow;
use crate::role::stored_role;
use crate::{AnyStore, OrgId, Organisation, Role, StoreError};

crate::id::decl_id!(
    /// The id of a person's account.
    UserId
);

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
    /// The language the person chose for the interface (`en`, `cy`), if they chose one.
    pub language: Option<String>,
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

/// Accounts and memberships.
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
    /// Refuses to remove the last owner. Their sessions stop working in the organisation and
    /// their API tokens for it are revoked.
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

    /// Remembers the language a person chose for the interface (a language code such as `cy`,
    /// at most 16 characters), or forgets it with `None`. A preference, not a change to anyone's
    /// data, so it is not audited.
    fn set_user_language(
        &self,
        user: UserId,
        language: Option<&str>,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The names of the accounts with these e-mail addresses (lower-case), by address;
    /// addresses without an account are left out.
    fn user_names(
        &self,
        emails: &[String],
    ) -> impl Future<Output = Result<std::collections::BTreeMap<String, String>, StoreError>> + Send;
}

/// The columns of [`UserRow`], from `app_user` joined as `u`.
macro_rules! user_columns {
    () => {
        "u.id, u.email, u.name, u.is_admin, u.created_at, u.language"
    };
}
pub(crate) use user_columns;

const SELECT_USER_ID_BY_EMAIL: &str = "SELECT id FROM app_user WHERE email = $1";

const INSERT_USER: &str = "INSERT INTO app_user (email, name, password_hash, is_admin, \
     created_at) VALUES ($1, $2, $3, $4, $5) \
     RETURNING id, email, name, is_admin, created_at, language";

const SELECT_CREDENTIALS: &str = concat!(
    "SELECT ",
    user_columns!(),
    ", u.password_hash FROM app_user u WHERE u.email = $1"
);

const SELECT_EMAIL: &str = "SELECT email FROM app_user WHERE id = $1";

const UPDATE_LANGUAGE: &str = "UPDATE app_user SET language = $1 WHERE id = $2";

/// The longest language code kept (BCP 47 tags are short; this bounds what a request can store).
const MAX_LANGUAGE_CHARS: usize = 16;

/// Addresses looked up per query by [`Accounts::user_names`], well under every backend's limit on
/// bound parameters.
const NAMES_PER_QUERY: usize = 200;

const UPDATE_PASSWORD: &str =
    "UPDATE app_user SET password_hash = $1 WHERE id = $2 RETURNING email";

const DELETE_SESSIONS_OF_USER: &str = "DELETE FROM session WHERE user_id = $1";

const SELECT_ROLE: &str = "SELECT role FROM membership WHERE org_id = $1 AND user_id = $2";

const UPDATE_ROLE: &str = "UPDATE membership SET role = $1 WHERE org_id = $2 AND user_id = $3";

const INSERT_MEMBERSHIP: &str =
    "INSERT INTO membership (org_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)";

const SELECT_ROLE_AND_EMAIL: &str = "SELECT m.role, u.email FROM membership m \
     JOIN app_user u ON u.id = m.user_id WHERE m.org_id = $1 AND m.user_id = $2";

const DELETE_MEMBERSHIP: &str = "DELETE FROM membership WHERE org_id = $1 AND user_id = $2";

/// Sessions working in an organisation the person left lose it.
const LEAVE_SESSIONS: &str = "UPDATE session SET org_id = NULL WHERE user_id = $1 AND org_id = $2";

/// API tokens of a person for an organisation they left stop working.
const REVOKE_TOKENS_OF_MEMBER: &str = "UPDATE api_token SET revoked_at = $1 \
     WHERE user_id = $2 AND org_id = $3 AND revoked_at IS NULL";

const COUNT_OTHER_OWNERS: &str = "SELECT COUNT(*) FROM membership \
     WHERE org_id = $1 AND role = 'owner' AND user_id <> $2";

const SELECT_MEMBERSHIPS: &str = "SELECT o.id, o.slug, o.name, o.created_at, m.role \
     FROM membership m JOIN organisation o ON o.id = m.org_id \
     WHERE m.user_id = $1 ORDER BY o.name, o.id";

const SELECT_MEMBERS: &str = concat!(
    "SELECT ",
    user_columns!(),
    ", m.role, m.created_at AS since FROM membership m JOIN app_user u ON u.id = m.user_id \
     WHERE m.org_id = $1 ORDER BY u.name, u.id"
);
/// An `app_user` row; sessions and resets join it too.
#[derive(FromRow)]
pub(crate) struct UserRow {
    id: i64,
    email: String,
    name: String,
    is_admin: i64,
    created_at: String,
    language: Option<String>,
}

impl From<UserRow> for User {
    fn from(r: UserRow) -> Self {
        User {
            id: UserId(r.id),
            email: r.email,
            name: r.name,
            is_admin: r.is_admin != 0,
            created_at: r.created_at,
            language: r.language,
        }
    }
}

/// Replaces an account's password hash and ends all its sessions; returns its e-mail address,
/// or `None` if there is no such account.
pub(crate) async fn replace_password(
    conn: &mut AnyConnection,
    user: UserId,
    password_hash: &str,
) -> Result<Option<String>, StoreError> {
    let email: Option<String> = sqlx::query_scalar(UPDATE_PASSWORD)
        .bind(password_hash)
        .bind(user.0)
        .fetch_optional(&mut *conn)
        .await?;
    if email.is_some() {
        sqlx::query(DELETE_SESSIONS_OF_USER)
            .bind(user.0)
            .execute(conn)
            .await?;
    }
    Ok(email)
}

/// Refuses a change that would leave `org` with no owner but `user`.
async fn keep_an_owner(
    conn: &mut AnyConnection,
    org: OrgId,
    user: UserId,
) -> Result<(), StoreError> {
    let others: i64 = sqlx::query_scalar(COUNT_OTHER_OWNERS)
        .bind(org.0)
        .bind(user.0)
        .fetch_one(conn)
        .await?;
    if others == 0 {
        return Err(StoreError::Invalid {
            field: "role",
            message: "an organisation needs at least one owner: make someone else an owner first"
                .to_owned(),
        });
    }
    Ok(())
}

fn no_account(user: UserId) -> StoreError {
    StoreError::Invalid {
        field: "user",
        message: format!("there is no account {user}"),
    }
}

impl Accounts for AnyStore {
    async fn create_user(&self, new: NewUser, actor: &str) -> Result<User, StoreError> {
        let email = NewUser::parse_email(&new.email)?;
        let name = match new.name.trim() {
            "" => email.split('@').next().unwrap_or_default().to_owned(),
            n => n.to_owned(),
        };
        let mut tx = self.begin_write().await?;
        let exists: Option<i64> = sqlx::query_scalar(SELECT_USER_ID_BY_EMAIL)
            .bind(&email)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_some() {
            return Err(StoreError::Conflict {
                what: format!("an account for {email}"),
            });
        }
        let row: UserRow = sqlx::query_as(INSERT_USER)
            .bind(&email)
            .bind(&name)
            .bind(&new.password_hash)
            .bind(i64::from(new.is_admin))
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                None,
                actor,
                "create",
                format!("user:{email}"),
                serde_json::json!({
                    "after": { "email": email, "name": name, "admin": new.is_admin }
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(row.into())
    }

    async fn user_credentials(&self, email: &str) -> Result<Option<UserCredentials>, StoreError> {
        let row = sqlx::query(SELECT_CREDENTIALS)
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

    async fn set_password(
        &self,
        user: UserId,
        password_hash: &str,
        actor: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(email) = replace_password(&mut tx, user, password_hash).await? else {
            return Err(no_account(user));
        };
        record(
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

    async fn set_membership(
        &self,
        org: OrgId,
        user: UserId,
        role: Role,
        actor: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let email: Option<String> = sqlx::query_scalar(SELECT_EMAIL)
            .bind(user.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(email) = email else {
            return Err(no_account(user));
        };
        let before: Option<String> = sqlx::query_scalar(SELECT_ROLE)
            .bind(org.0)
            .bind(user.0)
            .fetch_optional(&mut *tx)
            .await?;
        if before.as_deref() == Some(role.as_str()) {
            return Ok(());
        }
        if before.as_deref() == Some(Role::Owner.as_str()) {
            keep_an_owner(&mut tx, org, user).await?;
        }
        let statement = match before {
            Some(_) => sqlx::query(UPDATE_ROLE)
                .bind(role.as_str())
                .bind(org.0)
                .bind(user.0),
            None => sqlx::query(INSERT_MEMBERSHIP)
                .bind(org.0)
                .bind(user.0)
                .bind(role.as_str())
                .bind(now()),
        };
        statement.execute(&mut *tx).await?;
        let (action, detail) = match &before {
            Some(b) => (
                "update",
                serde_json::json!({ "before": { "role": b }, "after": { "role": role } }),
            ),
            None => ("create", serde_json::json!({ "after": { "role": role } })),
        };
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                action,
                format!("membership:{email}"),
                detail,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn remove_membership(
        &self,
        org: OrgId,
        user: UserId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let before: Option<(String, String)> = sqlx::query_as(SELECT_ROLE_AND_EMAIL)
            .bind(org.0)
            .bind(user.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((role, email)) = before else {
            return Ok(false);
        };
        if role == Role::Owner.as_str() {
            keep_an_owner(&mut tx, org, user).await?;
        }
        sqlx::query(DELETE_MEMBERSHIP)
            .bind(org.0)
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query(LEAVE_SESSIONS)
            .bind(user.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query(REVOKE_TOKENS_OF_MEMBER)
            .bind(now())
            .bind(user.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        record(
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
        let rows = sqlx::query(SELECT_MEMBERSHIPS)
            .bind(user.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                let role: String = row.try_get("role")?;
                Ok(Membership {
                    org: Organisation::from(OrganisationRow::from_row(row)?),
                    role: stored_role(&role)?,
                })
            })
            .collect()
    }

    async fn members(&self, org: OrgId) -> Result<Vec<Member>, StoreError> {
        let rows = sqlx::query(SELECT_MEMBERS)
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

    async fn set_user_language(
        &self,
        user: UserId,
        language: Option<&str>,
    ) -> Result<(), StoreError> {
        if let Some(code) = language {
            let valid = !code.is_empty()
                && code.chars().count() <= MAX_LANGUAGE_CHARS
                && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if !valid {
                return Err(StoreError::Invalid {
                    field: "language",
                    message: format!(
                        "{code:?} is not a language code: use letters, digits and '-', like cy or en-GB"
                    ),
                });
            }
        }
        sqlx::query(UPDATE_LANGUAGE)
            .bind(language)
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        self.wrote();
        Ok(())
    }

    async fn user_names(
        &self,
        emails: &[String],
    ) -> Result<std::collections::BTreeMap<String, String>, StoreError> {
        let mut out = std::collections::BTreeMap::new();
        for chunk in emails.chunks(NAMES_PER_QUERY) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            // Only numbered placeholders are written into the statement; the addresses are bound.
            let sql = format!(
                "SELECT email, name FROM app_user WHERE email IN ({})",
                placeholders.join(", ")
            );
            let mut query = sqlx::query_as::<_, (String, String)>(sqlx::AssertSqlSafe(sql));
            for email in chunk {
                query = query.bind(email.as_str());
            }
            out.extend(query.fetch_all(&self.pool).await?);
        }
        Ok(out)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::prelude::*;
    use crate::{AnyStore, NewApiToken, NewOrganisation, NewUser, OrgId, Role, StoreError, User};

    pub(crate) async fn user(store: &AnyStore, email: &str) -> User {
        store
            .create_user(
                NewUser {
                    email: email.to_owned(),
                    name: String::new(),
                    password_hash: "hash".to_owned(),
                    is_admin: false,
                },
                "cli",
            )
            .await
            .expect("user")
    }

    async fn org(store: &AnyStore, slug: &str) -> OrgId {
        store
            .create_organisation(NewOrganisation::parse(slug, slug).expect("valid"), "cli")
            .await
            .expect("organisation")
            .id
    }

    #[tokio::test]
    async fn an_account_is_found_by_its_address_in_any_case_and_only_once() {
        for store in crate::testing::all().await.expect("databases") {
            let ana = user(&store, "Ana@A.example").await;
            assert_eq!(ana.email, "ana@a.example");
            assert_eq!(ana.name, "ana", "a blank name is the address's first part");
            let found = store
                .user_credentials(" ANA@a.example ")
                .await
                .expect("read")
                .expect("found");
            assert_eq!((found.user, found.password_hash.as_str()), (ana, "hash"));
            let err = store
                .create_user(
                    NewUser {
                        email: "ana@a.example".to_owned(),
                        name: "Ana".to_owned(),
                        password_hash: "other".to_owned(),
                        is_admin: false,
                    },
                    "cli",
                )
                .await
                .expect_err("a second account");
            assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
        }
    }

    #[tokio::test]
    async fn a_persons_language_is_remembered_and_names_are_found_by_address() {
        for store in crate::testing::all().await.expect("databases") {
            let ana = user(&store, "ana@a.example").await;
            user(&store, "bo@a.example").await;
            assert_eq!(ana.language, None);
            store
                .set_user_language(ana.id, Some("cy"))
                .await
                .expect("set");
            let found = store
                .user_credentials("ana@a.example")
                .await
                .expect("read")
                .expect("ana");
            assert_eq!(found.user.language.as_deref(), Some("cy"));
            let err = store
                .set_user_language(ana.id, Some("cy'; DROP TABLE app_user; --"))
                .await
                .expect_err("not a code");
            assert!(err.to_string().contains("not a language code"), "{err}");
            store.set_user_language(ana.id, None).await.expect("forget");
            let members_language = store
                .user_credentials("ana@a.example")
                .await
                .expect("read")
                .expect("ana")
                .user
                .language;
            assert_eq!(members_language, None);
            let names = store
                .user_names(&[
                    "ana@a.example".to_owned(),
                    "nobody@a.example".to_owned(),
                    "bo@a.example".to_owned(),
                ])
                .await
                .expect("names");
            assert_eq!(
                names.into_iter().collect::<Vec<_>>(),
                [
                    ("ana@a.example".to_owned(), "ana".to_owned()),
                    ("bo@a.example".to_owned(), "bo".to_owned())
                ]
            );
            assert!(store.user_names(&[]).await.expect("none").is_empty());
        }
    }

    #[tokio::test]
    async fn the_last_owner_stays_and_a_member_who_leaves_loses_sessions_and_tokens_there() {
        for store in crate::testing::all().await.expect("databases") {
            let a = org(&store, "a").await;
            let ana = user(&store, "ana@a.example").await;
            let bo = user(&store, "bo@a.example").await;
            store
                .set_membership(a, ana.id, Role::Owner, "cli")
                .await
                .expect("owner");
            let err = store
                .set_membership(a, ana.id, Role::Editor, "cli")
                .await
                .expect_err("the only owner");
            assert!(err.to_string().contains("at least one owner"), "{err}");
            assert!(store.remove_membership(a, ana.id, "cli").await.is_err());
            store
                .set_membership(a, bo.id, Role::Editor, "ana@a.example")
                .await
                .expect("editor");
            let members = store.members(a).await.expect("members");
            let roles: Vec<(&str, Role)> = members
                .iter()
                .map(|m| (m.user.email.as_str(), m.role))
                .collect();
            assert_eq!(
                roles,
                [
                    ("ana@a.example", Role::Owner),
                    ("bo@a.example", Role::Editor)
                ]
            );
            store
                .create_session("s-bo", bo.id, Some(a), "csrf", 1_000, 9_000)
                .await
                .expect("session");
            store
                .create_api_token(NewApiToken {
                    token_hash: "t-bo".to_owned(),
                    prefix: "tsr_bo".to_owned(),
                    name: "script".to_owned(),
                    org: a,
                    role: Role::Editor,
                    user: Some(bo.id),
                    created_by: "bo@a.example".to_owned(),
                })
                .await
                .expect("token");
            assert!(
                store
                    .remove_membership(a, bo.id, "ana@a.example")
                    .await
                    .expect("remove")
            );
            assert!(
                !store
                    .remove_membership(a, bo.id, "ana@a.example")
                    .await
                    .expect("again")
            );
            let session = store.session("s-bo", 1_001).await.expect("read");
            assert_eq!(session.expect("still signed in").org, None);
            assert!(store.use_api_token("t-bo").await.expect("use").is_none());
            assert!(store.memberships(bo.id).await.expect("list").is_empty());
            assert_eq!(store.memberships(ana.id).await.expect("list").len(), 1);
            let events = store.audit_events(a, 1).await.expect("events");
            assert_eq!(events[0].object, "membership:bo@a.example");
            assert_eq!(events[0].action, "delete");
        }
    }
}
