//! Accounts: signing in and out, password resets, invitations, the organisation's members and
//! API tokens, and switching organisation.

mod invitations;
mod organisation;
mod password;
mod sign_in;
mod tokens;

use axum::Router;
use axum::http::{HeaderMap, header};
use axum::routing::{get, post};
use tessera_store::prelude::*;
use tessera_store::{NewAuditEvent, OrgId, Role};

pub(crate) use crate::routes::FieldError;
use crate::{AppState, WebError};

/// Every role, most powerful first, for role pickers.
pub(crate) const ROLES: [Role; 4] = Role::ALL;

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(sign_in::form).post(sign_in::submit))
        .route("/sign-out", post(sign_in::sign_out))
        .route(
            "/password/forgot",
            get(password::forgot_form).post(password::forgot),
        )
        .route(
            "/password/reset/{token}",
            get(password::reset_form).post(password::reset),
        )
        .route(
            "/account/password",
            get(password::change_form).post(password::change),
        )
        .route(
            "/invitations/{token}",
            get(invitations::show).post(invitations::accept),
        )
        .route("/account", get(tokens::account))
        .route("/account/tokens", post(tokens::create))
        .route("/account/tokens/{id}/revoke", post(tokens::revoke_own))
        .route("/organisation", get(organisation::show))
        .route("/organisation/invitations", post(organisation::invite))
        .route(
            "/organisation/invitations/{id}/revoke",
            post(organisation::revoke_invitation),
        )
        .route(
            "/organisation/members/{id}/role",
            post(organisation::change_role),
        )
        .route(
            "/organisation/members/{id}/remove",
            post(organisation::remove_member),
        )
        .route("/organisation/tokens/{id}/revoke", post(tokens::revoke_org))
        .route(
            "/organisations",
            get(organisation::list).post(organisation::create),
        )
        .route("/organisations/switch", post(organisation::switch))
}

/// The message for field `id`, for templates.
pub(crate) fn error_for<'a>(errors: &'a [FieldError], id: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.message.as_str())
}

/// Where links in e-mails point: the configured public address, else the address the browser
/// used.
pub(crate) fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(url) = state.public_url() {
        return url.trim_end_matches('/').to_owned();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("127.0.0.1:8080");
    let scheme = if crate::auth::secure(state, headers) {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}

/// A path to return to after signing in: only a path on this site.
pub(crate) fn safe_next(next: &str) -> String {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.contains(['\r', '\n'])
        && !next.starts_with("/sign-in")
        && !next.starts_with("/sign-out");
    if ok { next.to_owned() } else { "/".to_owned() }
}

/// Records an event that changes no stored object (signing in or out, switching organisation,
/// an upload held in memory).
pub(crate) async fn record(
    state: &AppState,
    org: Option<OrgId>,
    actor: &str,
    action: &str,
    object: String,
    detail: serde_json::Value,
) -> Result<(), WebError> {
    state
        .store()
        .record_event(NewAuditEvent::new(org, actor, action, object, detail))
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_next("/plans/3"), "/plans/3");
        assert_eq!(safe_next("/datasets?x=1"), "/datasets?x=1");
        for bad in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "",
            "plans",
            "/sign-in",
            "/x\r\nSet-Cookie: a=b",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad:?}");
        }
    }
}
