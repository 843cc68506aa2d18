//! Which organisation a request acts for, and with what role.
//!
//! A handler names what it needs by the extractor it takes. Pages: [`CurrentOrg`] (any member:
//! viewer and up), [`AsAnalyst`], [`AsEditor`], [`AsOwner`], whose refusals are error pages.
//! API: [`ApiMember`], [`ApiAnalyst`], [`ApiEditor`], [`ApiOwner`], whose refusals are JSON.
//! Each gives the organisation and a [`Who`] for the audit log, or an [`Actor`] for the
//! application layer. Objects of other organisations are never found, because every use case
//! and store query is scoped to this organisation: they answer 404.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use tessera_app::Actor;
use tessera_store::{Organisation, Role, UserId};

use super::auth::{Auth, Principal};
use super::error::{ApiError, PageError};
use crate::AppState;

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

impl Who {
    /// The actor the application layer takes, in organisation `org`.
    pub fn in_org(&self, org: &Organisation) -> Actor {
        Actor {
            org: org.clone(),
            role: self.role,
            name: self.actor.clone(),
            user: self.user,
        }
    }
}

fn principal(parts: &Parts) -> Option<Arc<Principal>> {
    parts.extensions.get::<Auth>().and_then(|a| a.0.clone())
}

/// The signed-in principal, whatever their organisation (for account pages).
pub struct SignedIn(pub Arc<Principal>);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, _state: &AppState) -> Result<Self, PageError> {
        principal(parts).map(SignedIn).ok_or_else(|| {
            let path = parts.uri.path_and_query().map_or("/", |p| p.as_str());
            PageError::sign_in(path)
        })
    }
}

/// The signed-in principal if there is one (for pages anyone may see).
pub struct MaybeSignedIn(pub Option<Arc<Principal>>);

impl FromRequestParts<AppState> for MaybeSignedIn {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, std::convert::Infallible> {
        Ok(MaybeSignedIn(principal(parts)))
    }
}

/// Why a principal may not act: not in an organisation, or too small a role.
fn refusal(principal: &Principal, min: Role) -> Result<(Organisation, Who), String> {
    let Some((org, role)) = principal.org.clone() else {
        return Err(
            "You are not a member of any organisation yet. Ask an owner of your organisation to invite you."
                .to_owned(),
        );
    };
    let who = Who {
        actor: principal.actor.clone(),
        role,
        user: principal.user_id(),
    };
    who.in_org(&org).require(min).map_err(|e| e.to_string())?;
    Ok((org, who))
}

macro_rules! role_extractor {
    ($(#[$meta:meta])* $name:ident, $role:expr, $error:ty, $anonymous:expr) => {
        $(#[$meta])*
        pub struct $name(pub Organisation, pub Who);

        impl $name {
            /// The actor the application layer takes.
            #[allow(dead_code, reason = "not every handler calls the application layer")]
            pub fn actor(&self) -> Actor {
                self.1.in_org(&self.0)
            }
        }

        impl FromRequestParts<AppState> for $name {
            type Rejection = $error;

            async fn from_request_parts(
                parts: &mut Parts,
                _state: &AppState,
            ) -> Result<Self, $error> {
                let Some(p) = principal(parts) else {
                    return Err($anonymous(parts));
                };
                let (org, who) = refusal(&p, $role)
                    .map_err(|message| <$error>::forbidden_message(message))?;
                Ok($name(org, who))
            }
        }
    };
}

fn page_anonymous(parts: &Parts) -> PageError {
    PageError::sign_in(parts.uri.path_and_query().map_or("/", |p| p.as_str()))
}

fn api_anonymous(_parts: &Parts) -> ApiError {
    ApiError::unauthorized(
        "This API needs a personal API token: send `Authorization: Bearer <token>`. Create one on your account page.",
    )
}

trait Forbidden {
    fn forbidden_message(message: String) -> Self;
}

impl Forbidden for PageError {
    fn forbidden_message(message: String) -> Self {
        PageError::forbidden(message)
    }
}

impl Forbidden for ApiError {
    fn forbidden_message(message: String) -> Self {
        ApiError::with_status(axum::http::StatusCode::FORBIDDEN, message)
    }
}

role_extractor!(
    /// Any member of the organisation (viewer and up), on a page.
    CurrentOrg, Role::Viewer, PageError, page_anonymous
);
role_extractor!(
    /// An analyst, editor or owner, on a page.
    AsAnalyst, Role::Analyst, PageError, page_anonymous
);
role_extractor!(
    /// An editor or owner, on a page.
    AsEditor, Role::Editor, PageError, page_anonymous
);
role_extractor!(
    /// An owner, on a page.
    AsOwner, Role::Owner, PageError, page_anonymous
);
role_extractor!(
    /// Any member of the token's organisation, in the API.
    ApiMember, Role::Viewer, ApiError, api_anonymous
);
role_extractor!(
    /// An analyst, editor or owner, in the API.
    ApiAnalyst, Role::Analyst, ApiError, api_anonymous
);
role_extractor!(
    /// An editor or owner, in the API.
    ApiEditor, Role::Editor, ApiError, api_anonymous
);
role_extractor!(
    /// An owner, in the API.
    ApiOwner, Role::Owner, ApiError, api_anonymous
);
