//! Cookies: reading one, writing one with the right attributes, and whether the browser is on
//! HTTPS.

use axum::http::{HeaderMap, HeaderValue, header};

use crate::AppState;

/// The session cookie: a random token whose SHA-256 the database keeps.
pub const SESSION_COOKIE: &str = "tessera_session";
/// The CSRF cookie used before signing in (double-submit), for the sign-in and reset forms.
pub const PRE_COOKIE: &str = "tessera_pre";

/// The value of cookie `name`, if the request sent it.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Whether the browser uses HTTPS: when configured, or when a proxy says so.
pub fn secure(state: &AppState, headers: &HeaderMap) -> bool {
    state.secure_cookies()
        || headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, for the whole site; `Secure` over TLS;
/// `max_age` `Some(0)` deletes it, `None` keeps it until the browser closes.
pub fn set_cookie(name: &str, value: &str, max_age: Option<i64>, secure: bool) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static("invalid=1"))
}
