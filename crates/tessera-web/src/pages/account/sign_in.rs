//! Signing in (throttled) and out.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::accounts::{MAX_FAILURES, SignInRefusal, WINDOW_SECONDS};
use tessera_store::{NewUser, OrgId, User};

use super::FieldError;
use crate::AppState;
use crate::http::cookies::{SESSION_COOKIE, cookie, secure, set_cookie};
use crate::http::error::PageError;
use crate::http::extractors::MaybeSignedIn;
use crate::http::redirect::safe_next;

#[derive(Template)]
#[template(path = "account/sign_in.html")]
struct SignInPage {
    errors: Vec<FieldError>,
    email: String,
    next: String,
    notice: Option<String>,
    /// Why signing in is asked for, when a page sent the person here.
    reason: Option<String>,
}

/// Why the page is asked for, from where the person will go next.
fn reason(next: &str) -> Option<String> {
    next.starts_with("/shared/")
        .then(|| tessera_l10n::t("account-sign-in-for-share"))
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
) -> Result<Response, PageError> {
    if principal.is_some() {
        return Ok(Redirect::to(&safe_next(&query.next)).into_response());
    }
    let notice = match query.done.as_str() {
        "reset" => Some("account-done-reset"),
        "signed-out" => Some("account-done-signed-out"),
        _ => None,
    }
    .map(tessera_l10n::t);
    let page = SignInPage {
        errors: Vec::new(),
        email: String::new(),
        reason: reason(&query.next),
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
) -> Result<Response, PageError> {
    let email = form.email.trim().to_lowercase();
    let again = |errors: Vec<FieldError>, status: StatusCode| -> Result<Response, PageError> {
        let page = SignInPage {
            errors,
            email: form.email.trim().to_owned(),
            next: form.next.clone(),
            notice: None,
            reason: reason(&form.next),
        };
        Ok((status, Html(page.render()?)).into_response())
    };
    if NewUser::parse_email(&email).is_err() || form.password.is_empty() {
        let mut errors = Vec::new();
        if NewUser::parse_email(&email).is_err() {
            errors.push(FieldError::new(
                "email",
                tessera_l10n::t("account-email-invalid"),
            ));
        }
        if form.password.is_empty() {
            errors.push(FieldError::new(
                "password",
                tessera_l10n::t("account-password-missing"),
            ));
        }
        return again(errors, StatusCode::OK);
    }
    match state.app().sign_in(&email, &form.password).await? {
        Ok((user, org)) => {
            let old = cookie(&headers, SESSION_COOKIE);
            let session = state.app().signed_in(&user, org, old).await?;
            let mut response = Redirect::to(&safe_next(&form.next)).into_response();
            response.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(
                    SESSION_COOKIE,
                    &session.token,
                    None,
                    secure(&state, &headers),
                ),
            );
            Ok(response)
        }
        Err(SignInRefusal::Locked) => Err(PageError::too_many_requests(tessera_l10n::ta(
            "account-sign-in-locked",
            &[
                ("count", MAX_FAILURES.into()),
                ("minutes", (WINDOW_SECONDS / 60).into()),
            ],
        ))),
        Err(SignInRefusal::WrongCredentials) => again(
            vec![FieldError::new(
                "email",
                tessera_l10n::t("account-sign-in-wrong"),
            )],
            StatusCode::OK,
        ),
    }
}

/// Starts a new session for `user` (never reusing an id the browser had) and returns its
/// cookie.
pub(crate) async fn start_session(
    state: &AppState,
    headers: &HeaderMap,
    user: &User,
    org: Option<OrgId>,
) -> Result<HeaderValue, PageError> {
    let old = cookie(headers, SESSION_COOKIE);
    let session = state.app().start_session(user, org, old).await?;
    Ok(set_cookie(
        SESSION_COOKIE,
        &session.token,
        None,
        secure(state, headers),
    ))
}

pub(crate) async fn sign_out(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    if let Some(p) = principal {
        state
            .app()
            .sign_out(
                p.session.as_deref(),
                p.org.as_ref().map(|(o, _)| o.id),
                &p.actor,
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
            crate::http::cookies::secure(&state, &headers),
        ),
    );
    Ok(response)
}
