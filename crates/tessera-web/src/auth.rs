//! Who is asking, for every request: a signed-in session (pages) or a personal API token
//! (`/api/v1`), and the CSRF check on every form.
//!
//! One middleware, [`authenticate`], runs before every handler. It
//! - reads the session cookie and loads the session, the person and the organisation they are
//!   working in with their role there (sliding the session's expiry on);
//! - for the API, reads `Authorization: Bearer <token>` instead — cookies open nothing there;
//! - refuses any POST, PUT, PATCH or DELETE to a page whose CSRF token (form field `csrf` or
//!   header `X-CSRF-Token`) does not match the session's, or, before signing in, the
//!   `tessera_pre` cookie's (for the sign-in, reset and invitation forms);
//! - makes a [`PageContext`] available to templates while the handler runs, so the layout
//!   shows who is signed in and every form carries its token without each page passing them.
//!
//! Handlers say what they need through the extractors in [`crate::org`].

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tessera_store::credentials::{hash_token, random_token};
use tessera_store::prelude::*;
use tessera_store::{Membership, Organisation, Role, User, UserId};

use crate::{AppState, WebError};

/// The session cookie: a random token whose SHA-256 the database keeps.
pub(crate) const SESSION_COOKIE: &str = "tessera_session";
/// The CSRF cookie used before signing in (double-submit), for the sign-in and reset forms.
pub(crate) const PRE_COOKIE: &str = "tessera_pre";
/// A session ends after this long without use.
pub(crate) const SESSION_IDLE_SECONDS: i64 = 12 * 60 * 60;
/// A session ends this long after signing in, however much it is used.
pub(crate) const SESSION_MAX_SECONDS: i64 = 7 * 24 * 60 * 60;
/// The largest form body read to find its CSRF token: the upload limit plus room for fields.
const MAX_FORM_BYTES: usize = crate::routes::datasets::import::MAX_UPLOAD_BYTES + 2 * 1024 * 1024;

/// Seconds since the Unix epoch.
pub(crate) fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Who made a request.
#[derive(Debug, Clone)]
pub(crate) struct Principal {
    /// The person, if a person (an API token made by an operator may have none).
    pub user: Option<User>,
    /// The organisation they act for, with their role, if they belong to any.
    pub org: Option<(Organisation, Role)>,
    /// Every organisation the person belongs to (empty for tokens).
    pub memberships: Vec<Membership>,
    /// How they are recorded in the audit log: their e-mail, or `token:<id> (<name>)`.
    pub actor: String,
    /// The session's token hash, for signing out and switching organisation.
    pub session: Option<String>,
}

impl Principal {
    pub(crate) fn user_id(&self) -> Option<UserId> {
        self.user.as_ref().map(|u| u.id)
    }
}

/// The principal of a request, as the middleware found it (`None`: anonymous).
#[derive(Clone)]
pub(crate) struct Auth(pub Option<Arc<Principal>>);

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
    pub fn role_label(&self) -> &'static str {
        self.role.map_or("", Role::label)
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

/// The value of cookie `name`, if the request sent it.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Whether cookies must carry `Secure`: when configured, or when a proxy says the browser used
/// HTTPS.
pub(crate) fn secure(state: &AppState, headers: &HeaderMap) -> bool {
    state.secure_cookies()
        || headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, for the whole site; `Secure` over TLS;
/// `max_age` `Some(0)` deletes it, `None` keeps it until the browser closes.
pub(crate) fn set_cookie(
    name: &str,
    value: &str,
    max_age: Option<i64>,
    secure: bool,
) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static("invalid=1"))
}

/// Compares two secrets in time that does not depend on where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    hash_token(a) == hash_token(b)
}

/// The middleware; see the module documentation.
pub(crate) async fn authenticate(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    match authenticate_inner(&state, req, next).await {
        Ok(response) | Err(response) => response,
    }
}

async fn authenticate_inner(
    state: &AppState,
    mut req: Request,
    next: Next,
) -> Result<Response, Response> {
    let now = unix_now();
    let api = req.uri().path().starts_with("/api/");
    let store = state.store();
    let mut principal = None;
    let mut session_csrf = None;
    if api {
        if let Some(value) = req.headers().get(header::AUTHORIZATION) {
            principal = Some(
                token_principal(state, value)
                    .await
                    .map_err(IntoResponse::into_response)?,
            );
        }
    } else if let Some(token) = cookie(req.headers(), SESSION_COOKIE) {
        let hash = hash_token(token);
        if let Some(session) = store
            .session(&hash, now)
            .await
            .map_err(|e| WebError::from(e).into_response())?
            .filter(|s| now - s.created_at < SESSION_MAX_SECONDS)
        {
            if session.expires_at - now < SESSION_IDLE_SECONDS - 600 {
                store
                    .extend_session(&hash, now + SESSION_IDLE_SECONDS)
                    .await
                    .map_err(|e| WebError::from(e).into_response())?;
            }
            let memberships = store
                .memberships(session.user.id)
                .await
                .map_err(|e| WebError::from(e).into_response())?;
            let current = session
                .org
                .and_then(|id| memberships.iter().find(|m| m.org.id == id))
                .or(memberships.first())
                .map(|m| (m.org.clone(), m.role));
            session_csrf = Some(session.csrf_token.clone());
            principal = Some(Principal {
                actor: session.user.email.clone(),
                user: Some(session.user),
                org: current,
                memberships,
                session: Some(hash),
            });
        }
    }

    let pre_cookie = cookie(req.headers(), PRE_COOKIE).map(str::to_owned);
    if !api && is_unsafe(req.method()) {
        let expected = session_csrf.clone().or_else(|| pre_cookie.clone());
        let (parts, body) = req.into_parts();
        let (supplied, body) = supplied_csrf(&parts.headers, body).await?;
        let valid = matches!((&expected, &supplied), (Some(e), Some(s)) if same_secret(e, s));
        if !valid {
            tracing::warn!(path = %parts.uri.path(), "form refused: missing or wrong CSRF token");
            return Err(WebError::forbidden(
                "This form could not be accepted because it was not sent from this Tessera page, or the page was open so long that your session ended. Go back, reload the page and try again.",
            )
            .into_response());
        }
        req = Request::from_parts(parts, body);
    }

    let set_pre = !api && principal.is_none() && pre_cookie.is_none();
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
        },
        None => PageContext {
            csrf: csrf.clone(),
            ..PageContext::default()
        },
    };
    let secure = secure(state, req.headers());
    req.extensions_mut().insert(Auth(principal.map(Arc::new)));
    let mut response = PAGE.scope(context, next.run(req)).await;
    if set_pre {
        response.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(PRE_COOKIE, &csrf, None, secure),
        );
    }
    if !api {
        // Pages depend on who is signed in; no shared cache may keep them.
        response
            .headers_mut()
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-store"));
    }
    Ok(response)
}

fn is_unsafe(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The principal of an API token, or a 401 saying what is wrong with it.
async fn token_principal(state: &AppState, value: &HeaderValue) -> Result<Principal, WebError> {
    let refuse = |detail: &str| WebError::unauthorized(detail.to_owned());
    let token = value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .ok_or_else(|| refuse("Send your API token as `Authorization: Bearer <token>`."))?;
    let store = state.store();
    let Some(record) = store.use_api_token(&hash_token(token)).await? else {
        return Err(refuse(
            "This API token is not valid: it may have been revoked or mistyped. Create a new one on your account page.",
        ));
    };
    let org = store
        .organisation(record.org)
        .await?
        .ok_or_else(|| refuse("This API token's organisation no longer exists."))?;
    // A person's token never does more than the person may do today.
    let (user, role) = match record.user {
        Some(user_id) => {
            let member = store
                .members(org.id)
                .await?
                .into_iter()
                .find(|m| m.user.id == user_id);
            let Some(member) = member else {
                return Err(refuse(
                    "This API token's owner is no longer a member of its organisation.",
                ));
            };
            let role = member.role.min(record.role);
            (Some(member.user), role)
        }
        None => (None, record.role),
    };
    Ok(Principal {
        actor: match &user {
            Some(u) => format!("{} (token {})", u.email, record.prefix),
            None => format!("token {} ({})", record.prefix, record.name),
        },
        user,
        org: Some((org, role)),
        memberships: Vec::new(),
        session: None,
    })
}

/// The CSRF token a form sent: the `X-CSRF-Token` header, else the `csrf` field of a
/// URL-encoded or multipart body. Gives the body back, whole, for the handler.
async fn supplied_csrf(
    headers: &HeaderMap,
    body: Body,
) -> Result<(Option<String>, Body), Response> {
    if let Some(v) = headers.get("x-csrf-token").and_then(|v| v.to_str().ok()) {
        return Ok((Some(v.to_owned()), body));
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let urlencoded = content_type.starts_with("application/x-www-form-urlencoded");
    let multipart = content_type.starts_with("multipart/form-data");
    if !urlencoded && !multipart {
        return Ok((None, body));
    }
    let bytes = axum::body::to_bytes(body, MAX_FORM_BYTES)
        .await
        .map_err(|_| {
            WebError::too_large(format!(
                "The form is larger than Tessera accepts ({} MB). Send a smaller file.",
                MAX_FORM_BYTES / (1024 * 1024)
            ))
            .into_response()
        })?;
    let token = if urlencoded {
        form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.into_owned())
    } else {
        multipart_field(&content_type, bytes.clone(), "csrf").await
    };
    Ok((token, Body::from(bytes)))
}

/// The text of field `name` in a multipart body.
async fn multipart_field(content_type: &str, bytes: Bytes, name: &str) -> Option<String> {
    let boundary = multer::parse_boundary(content_type).ok()?;
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(bytes) });
    let mut form = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some(name) {
            return field.text().await.ok();
        }
    }
    None
}
