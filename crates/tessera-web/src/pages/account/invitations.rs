//! Accepting an invitation: signing up (a new account) or joining (an existing one).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_store::credentials::{hash_password, hash_token};
use tessera_store::prelude::*;
use tessera_store::{Invitation, NewUser};

use super::FieldError;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::MaybeSignedIn;
use tessera_app::accounts::unix_now;

#[derive(Template)]
#[template(path = "account/invitation.html")]
struct InvitationPage {
    errors: Vec<FieldError>,
    invitation: Invitation,
    org_name: String,
    action: String,
    /// What the page offers: `sign-up`, `join`, `sign-in` or `other-account`.
    mode: &'static str,
    signed_in_as: String,
    name: String,
}

impl InvitationPage {
    /// "Ana invited sam@example.org to join Demo Town Council".
    fn who_line(&self) -> String {
        tessera_l10n::ta(
            "account-invitation-who",
            &[
                ("inviter", self.invitation.invited_by.as_str().into()),
                ("email", self.invitation.email.as_str().into()),
                ("org", self.org_name.as_str().into()),
            ],
        )
    }
}

fn gone() -> PageError {
    PageError::not_found(tessera_l10n::t("account-invitation-gone"))
}

async fn load(state: &AppState, token: &str) -> Result<(Invitation, String), PageError> {
    let store = state.store();
    let invitation = store
        .open_invitation(&hash_token(token), unix_now())
        .await?
        .ok_or_else(gone)?;
    let org_name = store
        .organisation(invitation.org)
        .await?
        .map(|o| o.name)
        .ok_or_else(gone)?;
    Ok((invitation, org_name))
}

async fn mode(
    state: &AppState,
    invitation: &Invitation,
    principal: &Option<std::sync::Arc<crate::http::auth::Principal>>,
) -> Result<(&'static str, String), PageError> {
    if let Some(p) = principal {
        let email = p.user.as_ref().map(|u| u.email.clone()).unwrap_or_default();
        let mode = if email == invitation.email {
            "join"
        } else {
            "other-account"
        };
        return Ok((mode, email));
    }
    let exists = state
        .store()
        .user_credentials(&invitation.email)
        .await?
        .is_some();
    Ok((if exists { "sign-in" } else { "sign-up" }, String::new()))
}

pub(crate) async fn show(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
    Path(token): Path<String>,
) -> Result<Html<String>, PageError> {
    let (invitation, org_name) = load(&state, &token).await?;
    let (mode, signed_in_as) = mode(&state, &invitation, &principal).await?;
    let page = InvitationPage {
        errors: Vec::new(),
        invitation,
        org_name,
        action: format!("/invitations/{token}"),
        mode,
        signed_in_as,
        name: String::new(),
    };
    Ok(Html(page.render()?))
}

#[derive(Deserialize)]
pub(crate) struct SignUpForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

pub(crate) async fn accept(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(form): Form<SignUpForm>,
) -> Result<Response, PageError> {
    let (invitation, org_name) = load(&state, &token).await?;
    let (mode, signed_in_as) = mode(&state, &invitation, &principal).await?;
    let store = state.store();
    let hash = hash_token(&token);
    match mode {
        "join" => {
            let (Some(p), Some(user)) =
                (&principal, principal.as_ref().and_then(|p| p.user.clone()))
            else {
                return Err(gone());
            };
            if !store.accept_invitation(&hash, user.id, unix_now()).await? {
                return Err(gone());
            }
            if let Some(session) = &p.session {
                store.switch_session_org(session, invitation.org).await?;
            }
            Ok(Redirect::to("/").into_response())
        }
        "sign-up" => {
            let mut errors = Vec::new();
            if form.name.trim().is_empty() {
                errors.push(FieldError::new(
                    "name",
                    tessera_l10n::t("account-your-name-missing"),
                ));
            }
            errors.extend(super::new_password_errors(
                &form.password,
                &form.confirm,
                &[&invitation.email, form.name.trim()],
            ));
            if !errors.is_empty() {
                let page = InvitationPage {
                    errors,
                    invitation,
                    org_name,
                    action: format!("/invitations/{token}"),
                    mode,
                    signed_in_as,
                    name: form.name,
                };
                return Ok(Html(page.render()?).into_response());
            }
            let user = store
                .create_user(
                    NewUser {
                        email: invitation.email.clone(),
                        name: form.name.trim().to_owned(),
                        password_hash: hash_password(&form.password)?,
                        is_admin: false,
                    },
                    &invitation.email,
                )
                .await?;
            if !store.accept_invitation(&hash, user.id, unix_now()).await? {
                return Err(gone());
            }
            // They signed up in the page's language: remember it for them.
            store
                .set_user_language(user.id, Some(tessera_l10n::current().code()))
                .await?;
            let cookie =
                super::sign_in::start_session(&state, &headers, &user, Some(invitation.org))
                    .await?;
            super::record(
                &state,
                Some(invitation.org),
                &user.email,
                "sign-in",
                format!("user:{}", user.email),
                serde_json::json!({ "after": "signed up by invitation" }),
            )
            .await?;
            let mut response = Redirect::to("/").into_response();
            response.headers_mut().append(header::SET_COOKIE, cookie);
            Ok(response)
        }
        _ => Err(PageError::bad_request(tessera_l10n::ta(
            "account-invitation-for-other",
            &[("email", invitation.email.as_str().into())],
        ))),
    }
}
