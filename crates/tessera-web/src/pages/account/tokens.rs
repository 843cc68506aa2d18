//! The account page: who you are, your organisations, and your personal API tokens.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_store::credentials::new_api_token;
use tessera_store::prelude::*;
use tessera_store::{ApiToken, NewApiToken, Role, StoreError, TokenId};

use super::FieldError;
use super::confirm::ConfirmPage;
use crate::AppState;
use crate::http::auth::Principal;
use crate::http::error::PageError;
use crate::http::extractors::{AsOwner, CurrentOrg, SignedIn};

#[derive(Template)]
#[template(path = "account/account.html")]
struct AccountPage {
    principal: std::sync::Arc<Principal>,
    tokens: Vec<ApiToken>,
    roles: Vec<Role>,
    errors: Vec<FieldError>,
    name: String,
    /// A token just made, shown this once.
    new_token: Option<String>,
    notice: Option<String>,
}

impl AccountPage {
    fn org_name(&self) -> &str {
        self.principal
            .org
            .as_ref()
            .map_or("", |(o, _)| o.name.as_str())
    }
}

async fn render(
    state: &AppState,
    principal: std::sync::Arc<Principal>,
    errors: Vec<FieldError>,
    name: String,
    new_token: Option<String>,
    notice: Option<String>,
) -> Result<Html<String>, PageError> {
    let (tokens, roles) = match (&principal.org, principal.user_id()) {
        (Some((org, role)), Some(me)) => {
            let tokens = state
                .store()
                .api_tokens(org.id)
                .await?
                .into_iter()
                .filter(|t| t.user == Some(me))
                .collect();
            let roles = Role::ALL.into_iter().filter(|r| r <= role).collect();
            (tokens, roles)
        }
        _ => (Vec::new(), Vec::new()),
    };
    let page = AccountPage {
        principal,
        tokens,
        roles,
        errors,
        name,
        new_token,
        notice,
    };
    Ok(Html(page.render()?))
}

#[derive(Deserialize, Default)]
pub(crate) struct DoneQuery {
    #[serde(default)]
    done: String,
}

pub(crate) async fn account(
    State(state): State<AppState>,
    SignedIn(p): SignedIn,
    Query(query): Query<DoneQuery>,
) -> Result<Html<String>, PageError> {
    let notice = match query.done.as_str() {
        "password" => Some("account-done-password"),
        "revoked" => Some("account-done-token-revoked"),
        _ => None,
    }
    .map(tessera_l10n::t);
    render(&state, p, Vec::new(), String::new(), None, notice).await
}

#[derive(Deserialize)]
pub(crate) struct TokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
}

pub(crate) async fn create(
    State(state): State<AppState>,
    SignedIn(p): SignedIn,
    CurrentOrg(org, who): CurrentOrg,
    Form(form): Form<TokenForm>,
) -> Result<Html<String>, PageError> {
    let mut errors = Vec::new();
    let role = match Role::parse(&form.role) {
        Ok(r) if r <= who.role => Some(r),
        Ok(_) => {
            errors.push(FieldError::new(
                "role",
                tessera_l10n::ta(
                    "account-token-too-much",
                    &[("role", super::role_name(who.role).into())],
                ),
            ));
            None
        }
        Err(_) => {
            errors.push(FieldError::new(
                "role",
                tessera_l10n::t("account-token-choose-role"),
            ));
            None
        }
    };
    if form.name.trim().is_empty() {
        errors.push(FieldError::new(
            "name",
            tessera_l10n::t("account-token-name-missing"),
        ));
    }
    let (Some(role), true) = (role, errors.is_empty()) else {
        return render(&state, p, errors, form.name, None, None).await;
    };
    let (token, hash, prefix) = new_api_token();
    let result = state
        .store()
        .create_api_token(NewApiToken {
            token_hash: hash,
            prefix,
            name: form.name.trim().to_owned(),
            org: org.id,
            role,
            user: who.user,
            created_by: who.actor.clone(),
        })
        .await;
    match result {
        Ok(_) => render(&state, p, Vec::new(), String::new(), Some(token), None).await,
        Err(StoreError::Invalid { .. }) => {
            render(
                &state,
                p,
                vec![FieldError::new(
                    "name",
                    tessera_l10n::t("account-token-name-missing"),
                )],
                form.name,
                None,
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

fn parse_id(text: &str) -> Result<TokenId, PageError> {
    super::parse_id(text, "account-no-such-token").map(TokenId)
}

/// One of the organisation's live tokens, `mine` only if it is the person's own.
async fn live_token(
    state: &AppState,
    org: &tessera_store::Organisation,
    id: TokenId,
    mine: Option<Option<tessera_store::UserId>>,
) -> Result<ApiToken, PageError> {
    state
        .store()
        .api_tokens(org.id)
        .await?
        .into_iter()
        .find(|t| {
            t.id == id
                && t.revoked_at.is_none()
                && mine.is_none_or(|me| t.user.is_some() && t.user == me)
        })
        .ok_or_else(|| PageError::not_found(tessera_l10n::t("account-no-such-token")))
}

fn confirm(token: &ApiToken, action: String, back: &str) -> Result<Html<String>, PageError> {
    ConfirmPage {
        heading: tessera_l10n::ta(
            "account-confirm-token-heading",
            &[("name", token.name.as_str().into())],
        ),
        lines: vec![tessera_l10n::ta(
            "account-confirm-token-body",
            &[("prefix", token.prefix.as_str().into())],
        )],
        warning: tessera_l10n::t("account-confirm-token-warning"),
        action,
        button: tessera_l10n::t("account-token-revoke-button"),
        back: back.to_owned(),
        fields: Vec::new(),
    }
    .respond()
}

/// `GET /account/tokens/{id}/revoke`: asks first.
pub(crate) async fn revoke_own_confirm(
    State(state): State<AppState>,
    CurrentOrg(org, who): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let id = parse_id(&id)?;
    let token = live_token(&state, &org, id, Some(who.user)).await?;
    confirm(&token, format!("/account/tokens/{id}/revoke"), "/account")
}

/// `GET /organisation/tokens/{id}/revoke`: asks first.
pub(crate) async fn revoke_org_confirm(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let id = parse_id(&id)?;
    let token = live_token(&state, &org, id, None).await?;
    confirm(
        &token,
        format!("/organisation/tokens/{id}/revoke"),
        "/organisation",
    )
}

pub(crate) async fn revoke_own(
    State(state): State<AppState>,
    CurrentOrg(org, who): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_id(&id)?;
    let store = state.store();
    let mine = store
        .api_tokens(org.id)
        .await?
        .into_iter()
        .any(|t| t.id == id && t.user.is_some() && t.user == who.user);
    if !mine || !store.revoke_api_token(org.id, id, &who.actor).await? {
        return Err(PageError::not_found(tessera_l10n::t(
            "account-no-such-token-of-yours",
        )));
    }
    Ok(Redirect::to("/account?done=revoked").into_response())
}

pub(crate) async fn revoke_org(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_id(&id)?;
    if !state
        .store()
        .revoke_api_token(org.id, id, &who.actor)
        .await?
    {
        return Err(PageError::not_found(tessera_l10n::t(
            "account-no-such-token",
        )));
    }
    Ok(Redirect::to("/organisation?done=token-revoked").into_response())
}
