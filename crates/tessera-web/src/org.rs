//! Which organisation a request acts for, and with what role.
//!
//! A handler names what it needs by the extractor it takes:
//! [`CurrentOrg`] (any member: viewer and up), [`AsAnalyst`], [`AsEditor`] or [`AsOwner`].
//! Each gives the organisation the person is working in (or the API token is scoped to) and a
//! [`Who`] for the audit log. Without a session a page redirects to the sign-in page and the API
//! answers 401; with too small a role the answer is 403 saying which role is needed. Objects of
//! other organisations are never found, because every store query is scoped to this
//! organisation: they answer 404.

use axum::extract::{FromRequestParts, OriginalUri};
use axum::http::request::Parts;
use tessera_store::{Organisation, Role, UserId};

use crate::auth::{Auth, Principal};
use crate::{AppState, WebError};

/// Who is acting, for the audit log and permission checks.
#[derive(Debug, Clone)]
pub struct Who {
    /// As recorded in the audit log.
    pub actor: String,
    /// Their role in the organisation.
    pub role: Role,
    /// The person, if a person.
    pub user: Option<UserId>,
}

/// The signed-in principal, whatever their organisation (for account pages).
pub(crate) struct SignedIn(pub std::sync::Arc<Principal>);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _state: &AppState) -> Result<Self, WebError> {
        match parts.extensions.get::<Auth>().and_then(|a| a.0.clone()) {
            Some(p) => Ok(SignedIn(p)),
            None => Err(refusal(parts)),
        }
    }
}

/// The signed-in principal if there is one (for pages anyone may see).
pub(crate) struct MaybeSignedIn(pub Option<std::sync::Arc<Principal>>);

impl FromRequestParts<AppState> for MaybeSignedIn {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, std::convert::Infallible> {
        Ok(MaybeSignedIn(
            parts.extensions.get::<Auth>().and_then(|a| a.0.clone()),
        ))
    }
}

fn api(parts: &Parts) -> bool {
    parts
        .extensions
        .get::<OriginalUri>()
        .map_or(parts.uri.path(), |u| u.0.path())
        .starts_with("/api/")
}

/// What an anonymous request gets: a redirect to sign in, or a 401 for the API.
fn refusal(parts: &Parts) -> WebError {
    if api(parts) {
        return WebError::unauthorized(
            "This API needs a personal API token: send `Authorization: Bearer <token>`. Create one on your account page.",
        );
    }
    let uri = parts
        .extensions
        .get::<OriginalUri>()
        .map_or(&parts.uri, |u| &u.0);
    let path = uri.path_and_query().map_or("/", |p| p.as_str()).to_owned();
    WebError::sign_in(&path)
}

/// The organisation and role of a request, requiring at least `min`.
fn member(parts: &Parts, min: Role) -> Result<(Organisation, Who), WebError> {
    let principal = parts
        .extensions
        .get::<Auth>()
        .and_then(|a| a.0.clone())
        .ok_or_else(|| refusal(parts))?;
    let json = api(parts);
    let Some((org, role)) = principal.org.clone() else {
        let err = WebError::forbidden(
            "You are not a member of any organisation yet. Ask an owner of your organisation to invite you.",
        );
        return Err(if json { err.json() } else { err });
    };
    if role < min {
        let err = WebError::forbidden(format!(
            "This needs the {} role or above; you are {} {} in {}. Ask one of its owners if you need to do this.",
            min.as_str(),
            if role == Role::Viewer { "a" } else { "an" },
            role.as_str(),
            org.name
        ));
        return Err(if json { err.json() } else { err });
    }
    Ok((
        org,
        Who {
            actor: principal.actor.clone(),
            role,
            user: principal.user_id(),
        },
    ))
}

macro_rules! role_extractor {
    ($(#[$meta:meta])* $name:ident, $role:expr) => {
        $(#[$meta])*
        // Not every handler taking a given extractor needs the `Who`.
        #[allow(dead_code)]
        pub struct $name(pub Organisation, pub Who);

        impl FromRequestParts<AppState> for $name {
            type Rejection = WebError;

            async fn from_request_parts(
                parts: &mut Parts,
                _state: &AppState,
            ) -> Result<Self, WebError> {
                let (org, who) = member(parts, $role)?;
                Ok($name(org, who))
            }
        }
    };
}

role_extractor!(
    /// Any member of the organisation (viewer and up).
    CurrentOrg,
    Role::Viewer
);
role_extractor!(
    /// An analyst, editor or owner.
    AsAnalyst,
    Role::Analyst
);
role_extractor!(
    /// An editor or owner.
    AsEditor,
    Role::Editor
);
role_extractor!(
    /// An owner.
    AsOwner,
    Role::Owner
);
