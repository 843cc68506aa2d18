//! Accounts: signing in and out, password resets, invitations, the organisation's members and
//! API tokens, creating and switching organisation, and the confirmation asked before anything
//! here is removed.

pub(crate) mod confirm;
pub(crate) mod invitations;
pub(crate) mod organisation;
pub(crate) mod password;
pub(crate) mod sign_in;
pub(crate) mod tokens;

use tessera_store::credentials::{MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, check_password};
use tessera_store::{OrgId, Role};

use crate::AppState;
use crate::http::error::PageError;
pub(crate) use crate::ui::forms::FieldError;

/// Records an event that changes no stored object (switching organisation, a reset asked for).
pub(crate) async fn record(
    state: &AppState,
    org: Option<OrgId>,
    actor: &str,
    action: &str,
    object: String,
    detail: serde_json::Value,
) -> Result<(), PageError> {
    tessera_app::audit::record(state.store(), org, actor, action, object, detail).await?;
    Ok(())
}

/// A role, however a template holds it (by value or behind references).
pub(crate) trait AsRole {
    /// The role.
    fn role(&self) -> Role;
}

impl AsRole for Role {
    fn role(&self) -> Role {
        *self
    }
}

impl<T: AsRole + ?Sized> AsRole for &T {
    fn role(&self) -> Role {
        (**self).role()
    }
}

/// A role's name with a capital, for tables and lists: "Owner", "Perchennog".
pub(crate) fn role_label(role: impl AsRole) -> String {
    tessera_l10n::t(&format!("account-role-{}", role.role().as_str()))
}

/// A role's name inside a sentence: "owner", "perchennog".
pub(crate) fn role_name(role: impl AsRole) -> String {
    tessera_l10n::t(&format!("role-{}", role.role().as_str()))
}

/// One sentence on what a role may do.
pub(crate) fn role_summary(role: impl AsRole) -> String {
    tessera_l10n::t(&format!("account-role-summary-{}", role.role().as_str()))
}

/// A stored RFC 3339 time to the minute in UK time; the text itself if it is not one.
pub(crate) fn when_text(at: impl AsRef<str>) -> String {
    let at = at.as_ref();
    time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
        .map(tessera_l10n::datetime)
        .unwrap_or_else(|_| at.to_owned())
}

/// When something was last used: a time, or "never".
pub(crate) fn when(at: &Option<String>) -> String {
    match at {
        Some(at) => when_text(at),
        None => tessera_l10n::t("account-never"),
    }
}

/// What is wrong with a new password, in the page's language: too short, too long, or too easy
/// to guess (the store's check decides; its words are English only).
pub(crate) fn password_problem(password: &str, user_inputs: &[&str]) -> Option<String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Some(tessera_l10n::ta(
            "account-password-too-short",
            &[("min", MIN_PASSWORD_CHARS.into()), ("count", chars.into())],
        ));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Some(tessera_l10n::ta(
            "account-password-too-long",
            &[("max", MAX_PASSWORD_CHARS.into())],
        ));
    }
    check_password(password, user_inputs)
        .err()
        .map(|_| tessera_l10n::t("account-password-too-easy"))
}

/// The problems of a new password and its confirmation, by field.
pub(crate) fn new_password_errors(
    password: &str,
    confirm: &str,
    user_inputs: &[&str],
) -> Vec<FieldError> {
    if let Some(problem) = password_problem(password, user_inputs) {
        vec![FieldError::new("password", problem)]
    } else if password != confirm {
        vec![FieldError::new(
            "confirm",
            tessera_l10n::t("account-password-different"),
        )]
    } else {
        Vec::new()
    }
}

/// Parses an id from a path segment; anything else is "not found" with `message`.
pub(crate) fn parse_id(text: &str, message: &str) -> Result<i64, PageError> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| PageError::not_found(tessera_l10n::t(message)))
}
