//! Who is asking. Pages: the session named by the `tessera_session` cookie (the
//! [`session_layer`] runs before every page). API: a personal token in `Authorization: Bearer`
//! (the [`token_layer`] runs before every API route); cookies open nothing there.
//!
//! While a page is handled, a [`PageContext`] is available to templates, so the layout shows who
//! is signed in and every form carries its CSRF token without each page passing them.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tessera_store::credentials::random_token;
use tessera_store::prelude::*;
use tessera_store::{Membership, Organisation, Role, User, UserId};

use super::cookies::{PRE_COOKIE, SESSION_COOKIE, cookie, secure, set_cookie};
use super::error::{ApiError, PageError};
use crate::AppState;

/// Who made a request.
#[derive(Debug, Clone)]
pub struct Principal {
    /// The person, if a person (an API token made by an operator may have none).
    pub user: Option<User>,
    /// The organisation they act for, with their role, if they belong to any.
    pub org: Option<(Organisation, Role)>,
    /// Every organisation the person belongs to (empty for tokens).
    pub memberships: Vec<Membership>,
    /// How they are recorded in the audit log: their e-mail, or the token's description.
    pub actor: String,
    /// The session's token hash, for signing out and switching organisation (pages only).
    pub session: Option<String>,
}

impl Principal {
    /// The person's id.
    pub fn user_id(&self) -> Option<UserId> {
        self.user.as_ref().map(|u| u.id)
    }
}

/// The principal of a request, as the session or token layer found it (`None`: anonymous).
#[derive(Clone)]
pub struct Auth(pub Option<Arc<Principal>>);

/// The CSRF token a page's forms must send back (the session's, or the pre-sign-in cookie's).
#[derive(Clone)]
pub struct ExpectedCsrf(pub Option<String>);

/// What every page's layout needs: who is signed in, where, and the form token.
#[derive(Debug, Clone, Default)]
pub struct PageContext {
    /// The token every form must send back.
    pub csrf: String,
    /// The signed-in person's name.
    pub user_name: Option<String>,
    /// The organisation they are working in.
    pub org_name: Option<String>,
    /// Their role there.
    pub role: Option<Role>,
    /// Whether they belong to more than one organisation.
    pub can_switch: bool,
    /// The language of the page.
    pub lang: tessera_l10n::Lang,
    /// This page in the other language.
    pub switch_href: String,
}

impl PageContext {
    /// Whether someone is signed in.
    pub fn signed_in(&self) -> bool {
        self.user_name.is_some()
    }

    /// Whether the person is an owner of the organisation they are working in.
    pub fn is_owner(&self) -> bool {
        self.role == Some(Role::Owner)
    }

    /// Whether the person's role is `role` (`viewer`, `analyst`, `editor`, `owner`) or above.
    pub fn can(&self, role: &str) -> bool {
        match (self.role, Role::parse(role)) {
            (Some(mine), Ok(needed)) => mine >= needed,
            _ => false,
        }
    }

    /// The role's name, for the header.
    pub fn role_label(&self) -> String {
        self.role
            .map(|r| tessera_l10n::t(&format!("role-{}", r.as_str())))
            .unwrap_or_default()
    }

    /// The language's code for `lang` attributes.
    pub fn lang_code(&self) -> &'static str {
        self.lang.code()
    }
}

tokio::task_local! {
    static PAGE: PageContext;
}

/// The page context of the request being handled (empty outside one).
pub fn page() -> PageContext {
    PAGE.try_with(Clone::clone).unwrap_or_default()
}

/// A hidden form field with the request's CSRF token, for templates.
pub fn csrf_field() -> String {
    PAGE.try_with(|p| format!("<input type=\"hidden\" name=\"csrf\" value=\"{}\">", p.csrf))
        .unwrap_or_default()
}

/// Before every page: finds the session, sets the page context, hands out a pre-sign-in CSRF
/// cookie to anonymous visitors, and marks the response as not to be cached.
pub async fn session_layer(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let mut principal = None;
    let mut session_csrf = None;
    if let Some(token) = cookie(req.headers(), SESSION_COOKIE) {
        match state.app().resume_session(token).await {
            Ok(Some(s)) => {
                session_csrf = Some(s.csrf.clone());
                principal = Some(Principal {
                    actor: s.user.email.clone(),
                    user: Some(s.user),
                    org: s.org,
                    memberships: s.memberships,
                    session: Some(s.hash),
                });
            }
            Ok(None) => {}
            Err(e) => return PageError::from(e).into_response(),
        }
    }
    let pre_cookie = cookie(req.headers(), PRE_COOKIE).map(str::to_owned);
    let set_pre = principal.is_none() && pre_cookie.is_none();
    let expected = session_csrf.clone().or_else(|| pre_cookie.clone());
    let csrf = session_csrf
        .or(pre_cookie)
        .unwrap_or_else(|| random_token(32));
    let context = match &principal {
        Some(p) => PageContext {
            csrf: csrf.clone(),
            user_name: p.user.as_ref().map(|u| u.name.clone()),
            org_name: p.org.as_ref().map(|(o, _)| o.name.clone()),
            role: p.org.as_ref().map(|(_, r)| *r),
            can_switch: p.memberships.len() > 1,
            ..PageContext::default()
        },
        None => PageContext {
            csrf: csrf.clone(),
            ..PageContext::default()
        },
    };
    let secure = secure(&state, req.headers());
    let user = principal.as_ref().and_then(|p| p.user.as_ref());
    let remembered = user
        .and_then(|u| u.language.as_deref())
        .and_then(tessera_l10n::Lang::parse);
    let (lang, chosen) = super::language::choose(&req, remembered);
    // A signed-in person's choice is remembered for them, on every device.
    if chosen
        && let Some(u) = user
        && remembered != Some(lang)
        && let Err(e) = state
            .store()
            .set_user_language(u.id, Some(lang.code()))
            .await
    {
        return PageError::from(e).into_response();
    }
    let context = PageContext {
        lang,
        switch_href: super::language::switch_href(req.uri(), lang.other()),
        ..context
    };
    req.extensions_mut().insert(Auth(principal.map(Arc::new)));
    req.extensions_mut().insert(ExpectedCsrf(expected));
    let mut response = PAGE
        .scope(context, tessera_l10n::scope(lang, next.run(req)))
        .await;
    if chosen {
        response
            .headers_mut()
            .append(header::SET_COOKIE, super::language::cookie(lang, secure));
    }
    if set_pre {
        response.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(PRE_COOKIE, &csrf, None, secure),
        );
    }
    // Pages depend on who is signed in; no shared cache may keep them.
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// Before every members' page: no session, no page (a redirect to sign in, then back).
pub async fn require_session(req: Request, next: Next) -> Response {
    let signed_in = req
        .extensions()
        .get::<Auth>()
        .is_some_and(|a| a.0.is_some());
    if !signed_in {
        let path = req
            .uri()
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned();
        return PageError::sign_in(&path).into_response();
    }
    next.run(req).await
}

/// Before every upload: an editor or owner, checked before the (large) body is read.
pub async fn require_editor(req: Request, next: Next) -> Response {
    let role = req
        .extensions()
        .get::<Auth>()
        .and_then(|a| a.0.as_ref())
        .and_then(|p| p.org.as_ref())
        .map(|(_, r)| *r);
    if role.is_some_and(|r| r >= Role::Editor) {
        return next.run(req).await;
    }
    PageError::forbidden(tessera_l10n::t("error-upload-needs-editor")).into_response()
}

/// Before every API route that needs a token: finds who the bearer token belongs to, or
/// answers 401; responses are never cached.
pub async fn token_layer(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return ApiError::unauthorized(
            "This API needs a personal API token: send `Authorization: Bearer <token>`. Create one on your account page.",
        )
        .into_response();
    };
    let token = value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .map(str::to_owned);
    let Some(token) = token else {
        return ApiError::unauthorized("Send your API token as `Authorization: Bearer <token>`.")
            .into_response();
    };
    let principal = match state.app().token_principal(&token).await {
        Ok(p) => p,
        Err(e) => return ApiError::from(e).into_response(),
    };
    req.extensions_mut().insert(Auth(Some(Arc::new(Principal {
        user: principal.user,
        org: Some(principal.org),
        memberships: Vec::new(),
        actor: principal.actor,
        session: None,
    }))));
    let mut response = next.run(req).await;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
