//! Forgotten passwords (a single-use link valid for an hour, sent through the outbox) and
//! changing one's password.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_store::NewUser;
use tessera_store::credentials::{hash_password, hash_token, verify_password};
use tessera_store::prelude::*;

use super::FieldError;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::SignedIn;
use tessera_app::accounts::unix_now;

#[derive(Template)]
#[template(path = "account/forgot.html")]
struct ForgotPage {
    errors: Vec<FieldError>,
    email: String,
    sent: bool,
}

pub(crate) async fn forgot_form() -> Result<Html<String>, PageError> {
    let page = ForgotPage {
        errors: Vec::new(),
        email: String::new(),
        sent: false,
    };
    Ok(Html(page.render()?))
}

#[derive(Deserialize)]
pub(crate) struct EmailForm {
    #[serde(default)]
    email: String,
}

pub(crate) async fn forgot(
    State(state): State<AppState>,
    Form(form): Form<EmailForm>,
) -> Result<Html<String>, PageError> {
    let Ok(email) = NewUser::parse_email(&form.email) else {
        let page = ForgotPage {
            errors: vec![FieldError::new(
                "email",
                tessera_l10n::t("account-email-invalid"),
            )],
            email: form.email,
            sent: false,
        };
        return Ok(Html(page.render()?));
    };
    // The answer is the same, in the same time, whether or not there is an account.
    state.app().request_password_reset(&email).await?;
    let page = ForgotPage {
        errors: Vec::new(),
        email,
        sent: true,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "account/reset.html")]
struct ResetPage {
    errors: Vec<FieldError>,
    action: String,
    /// The message key of the heading.
    heading: &'static str,
    current: bool,
}

fn expired() -> PageError {
    PageError::not_found(tessera_l10n::t("account-reset-expired"))
}

pub(crate) async fn reset_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Html<String>, PageError> {
    if state
        .store()
        .password_reset_user(&hash_token(&token), unix_now())
        .await?
        .is_none()
    {
        return Err(expired());
    }
    let page = ResetPage {
        errors: Vec::new(),
        action: format!("/password/reset/{token}"),
        heading: "account-reset-heading",
        current: false,
    };
    Ok(Html(page.render()?))
}

#[derive(Deserialize)]
pub(crate) struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// The new password's problems, if any.
fn new_password_errors(form: &PasswordForm, email: &str, name: &str) -> Vec<FieldError> {
    super::new_password_errors(&form.password, &form.confirm, &[email, name])
}

pub(crate) async fn reset(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, PageError> {
    let store = state.store();
    let hash = hash_token(&token);
    let Some(user) = store.password_reset_user(&hash, unix_now()).await? else {
        return Err(expired());
    };
    let errors = new_password_errors(&form, &user.email, &user.name);
    if !errors.is_empty() {
        let page = ResetPage {
            errors,
            action: format!("/password/reset/{token}"),
            heading: "account-reset-heading",
            current: false,
        };
        return Ok(Html(page.render()?).into_response());
    }
    if !store
        .reset_password(&hash, &hash_password(&form.password)?, unix_now())
        .await?
    {
        return Err(expired());
    }
    Ok(Redirect::to("/sign-in?done=reset").into_response())
}

pub(crate) async fn change_form(SignedIn(_p): SignedIn) -> Result<Html<String>, PageError> {
    let page = ResetPage {
        errors: Vec::new(),
        action: "/account/password".to_owned(),
        heading: "account-change-heading",
        current: true,
    };
    Ok(Html(page.render()?))
}

pub(crate) async fn change(
    State(state): State<AppState>,
    SignedIn(p): SignedIn,
    headers: HeaderMap,
    Form(form): Form<PasswordForm>,
) -> Result<Response, PageError> {
    let Some(user) = p.user.clone() else {
        return Err(PageError::forbidden(tessera_l10n::t(
            "account-password-person-only",
        )));
    };
    let store = state.store();
    let credentials = store.user_credentials(&user.email).await?;
    let mut errors = Vec::new();
    if !credentials.is_some_and(|c| verify_password(&form.current, &c.password_hash)) {
        errors.push(FieldError::new(
            "current",
            tessera_l10n::t("account-current-password-wrong"),
        ));
    }
    errors.extend(new_password_errors(&form, &user.email, &user.name));
    if !errors.is_empty() {
        let page = ResetPage {
            errors,
            action: "/account/password".to_owned(),
            heading: "account-change-heading",
            current: true,
        };
        return Ok(Html(page.render()?).into_response());
    }
    store
        .set_password(user.id, &hash_password(&form.password)?, &p.actor)
        .await?;
    // Every session ended with the change, this one too; start a fresh one here.
    let org = p.org.as_ref().map(|(o, _)| o.id);
    let cookie = super::sign_in::start_session(&state, &headers, &user, org).await?;
    let mut response = Redirect::to("/account?done=password").into_response();
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(response)
}
