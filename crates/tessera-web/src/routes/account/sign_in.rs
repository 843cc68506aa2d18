//! Signing in (throttled) and out.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_store::credentials::{hash_token, random_token, verify_nothing, verify_password};
use tessera_store::prelude::*;
use tessera_store::{NewUser, OrgId, User};

use super::{FieldError, record, safe_next};
use crate::auth::{SESSION_COOKIE, SESSION_IDLE_SECONDS, set_cookie, unix_now};
use crate::org::MaybeSignedIn;
use crate::{AppState, WebError};

/// Failed sign-ins allowed for one account within [`WINDOW_SECONDS`] before it is locked for
/// the rest of the window.
pub(crate) const MAX_FAILURES: i64 = 5;
/// The throttling window.
pub(crate) const WINDOW_SECONDS: i64 = 15 * 60;

#[derive(Template)]
#[template(path = "account/sign_in.html")]
struct SignInPage {
    errors: Vec<FieldError>,
    email: String,
    next: String,
    notice: Option<&'static str>,
}

#[derive(Deserialize, Default)]
pub(crate) struct NextQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    done: String,
}

pub(crate) async fn form(
    MaybeSignedIn(principal): MaybeSignedIn,
    Query(query): Query<NextQuery>,
) -> Result<Response, WebError> {
    if principal.is_some() {
        return Ok(Redirect::to(&safe_next(&query.next)).into_response());
    }
    let notice = match query.done.as_str() {
        "reset" => Some("Your password has been changed. Sign in with your new password."),
        "signed-out" => Some("You have signed out."),
        _ => None,
    };
    let page = SignInPage {
        errors: Vec::new(),
        email: String::new(),
        next: query.next,
        notice,
    };
    Ok(Html(page.render()?).into_response())
}

#[derive(Deserialize)]
pub(crate) struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Result<Response, WebError> {
    let store = state.store();
    let email = form.email.trim().to_lowercase();
    let again = |errors: Vec<FieldError>, status: StatusCode| -> Result<Response, WebError> {
        let page = SignInPage {
            errors,
            email: form.email.trim().to_owned(),
            next: form.next.clone(),
            notice: None,
        };
        Ok((status, Html(page.render()?)).into_response())
    };
    if NewUser::parse_email(&email).is_err() || form.password.is_empty() {
        let mut errors = Vec::new();
        if NewUser::parse_email(&email).is_err() {
            errors.push(FieldError::new(
                "email",
                "Enter your e-mail address, like name@example.org",
            ));
        }
        if form.password.is_empty() {
            errors.push(FieldError::new("password", "Enter your password"));
        }
        return again(errors, StatusCode::OK);
    }
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
    let failures = store.sign_in_failures(&email, now - WINDOW_SECONDS).await?;
    if failures >= MAX_FAILURES {
        record(
            &state,
            org_of_user,
            &email,
            "sign-in-failed",
            format!("user:{email}"),
            serde_json::json!({ "reason": "too many failed attempts; locked for 15 minutes" }),
        )
        .await?;
        return Err(WebError::too_many_requests(format!(
            "There have been {MAX_FAILURES} or more failed attempts to sign in to this account in the last 15 minutes, so it is locked for now. Wait 15 minutes and try again, or reset your password."
        )));
    }
    let user = match &credentials {
        Some(c) if verify_password(&form.password, &c.password_hash) => Some(c.user.clone()),
        Some(_) => None,
        None => {
            verify_nothing(&form.password);
            None
        }
    };
    let Some(user) = user else {
        store.record_sign_in_failure(&email, now).await?;
        record(
            &state,
            org_of_user,
            &email,
            "sign-in-failed",
            format!("user:{email}"),
            serde_json::json!({ "reason": "wrong e-mail address or password" }),
        )
        .await?;
        return again(
            vec![FieldError::new(
                "email",
                "The e-mail address or password is not right. Check them and try again.",
            )],
            StatusCode::OK,
        );
    };
    store.clear_sign_in_failures(&email).await?;
    let cookie = start_session(&state, &headers, &user, org_of_user).await?;
    record(
        &state,
        org_of_user,
        &user.email,
        "sign-in",
        format!("user:{}", user.email),
        serde_json::json!({}),
    )
    .await?;
    let mut response = Redirect::to(&safe_next(&form.next)).into_response();
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(response)
}

/// Starts a new session for `user` (never reusing an id the browser had) and returns its
/// cookie.
pub(crate) async fn start_session(
    state: &AppState,
    headers: &HeaderMap,
    user: &User,
    org: Option<OrgId>,
) -> Result<HeaderValue, WebError> {
    let now = unix_now();
    let token = random_token(32);
    let csrf = random_token(32);
    state
        .store()
        .create_session(
            &hash_token(&token),
            user.id,
            org,
            &csrf,
            now,
            now + SESSION_IDLE_SECONDS,
        )
        .await?;
    if let Some(old) = crate::auth::cookie(headers, SESSION_COOKIE) {
        state.store().delete_session(&hash_token(old)).await?;
    }
    Ok(set_cookie(
        SESSION_COOKIE,
        &token,
        None,
        crate::auth::secure(state, headers),
    ))
}

pub(crate) async fn sign_out(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    if let Some(p) = principal {
        if let Some(session) = &p.session {
            state.store().delete_session(session).await?;
        }
        record(
            &state,
            p.org.as_ref().map(|(o, _)| o.id),
            &p.actor,
            "sign-out",
            format!("user:{}", p.actor),
            serde_json::json!({}),
        )
        .await?;
    }
    let mut response = Redirect::to("/sign-in?done=signed-out").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            SESSION_COOKIE,
            "",
            Some(0),
            crate::auth::secure(&state, &headers),
        ),
    );
    Ok(response)
}
