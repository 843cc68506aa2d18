//! Sharing a plan or a dataset's results with another organisation or with everyone, and the
//! pages that show what was shared.
//!
//! A shared dataset shows its integration profile only: estimates with the same suppression
//! and rounding as for the owner; never rows, the original file, validation reports or
//! breakdown exports. A shared plan shows its diagram, outline, evaluation plan and checks,
//! without the owner's progress figures. Shared links carry an unguessable key; once a share is
//! withdrawn (or its plan or dataset deleted) the link answers 404 like any unknown address.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::AppError;
use tessera_app::sharing::SharedView;
use tessera_store::{Organisation, Share, SharedObject};

use crate::AppState;
use crate::http::auth::Principal;
use crate::http::error::PageError;
use crate::http::extractors::{AsOwner, MaybeSignedIn};
use crate::http::redirect::safe_next;
use crate::pages::account::confirm::ConfirmPage;
use crate::pages::datasets::profile;
use crate::pages::plans::show::PlanView;

#[derive(Template)]
#[template(path = "sharing/manage.html")]
struct ManagePage {
    kind: &'static str,
    title: String,
    back: String,
    action: String,
    shares: Vec<Share>,
    others: Vec<Organisation>,
    error: Option<String>,
    crumbs: Vec<(String, String)>,
}

async fn manage(
    state: &AppState,
    org: &Organisation,
    object: SharedObject,
    error: Option<String>,
) -> Result<Html<String>, PageError> {
    let (kind, title, back) = state.app().describe_shared(org.id, object).await?;
    let (shares, others) = state.app().sharing_of(org.id, object).await?;
    let page = ManagePage {
        kind,
        action: format!("{back}/sharing"),
        crumbs: vec![
            ("/".to_owned(), tessera_l10n::t("nav-home")),
            (back.clone(), title.clone()),
        ],
        title,
        back,
        shares,
        others,
        error,
    };
    Ok(Html(page.render()?))
}

pub(crate) async fn plan_sharing(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let id = tessera_app::plans::parse_id(&id)?;
    manage(&state, &org, SharedObject::Plan(id), None).await
}

pub(crate) async fn dataset_sharing(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let id = tessera_app::datasets::parse_id(&id)?;
    manage(&state, &org, SharedObject::Dataset(id), None).await
}

#[derive(Deserialize)]
pub(crate) struct ShareForm {
    #[serde(default)]
    with: String,
}

async fn share(
    state: &AppState,
    owner: AsOwner,
    object: SharedObject,
    form: ShareForm,
) -> Result<Response, PageError> {
    let actor = owner.actor();
    if let Err(refusal) = state.app().share(&actor, object, &form.with).await? {
        let page = manage(state, &actor.org, object, Some(refusal.to_string())).await?;
        return Ok(page.into_response());
    }
    let back = match object {
        SharedObject::Plan(id) => format!("/plans/{id}/sharing"),
        SharedObject::Dataset(id) => format!("/datasets/{id}/sharing"),
    };
    Ok(Redirect::to(&back).into_response())
}

pub(crate) async fn share_plan(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(id): Path<String>,
    Form(form): Form<ShareForm>,
) -> Result<Response, PageError> {
    let id = tessera_app::plans::parse_id(&id)?;
    share(&state, owner, SharedObject::Plan(id), form).await
}

pub(crate) async fn share_dataset(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(id): Path<String>,
    Form(form): Form<ShareForm>,
) -> Result<Response, PageError> {
    let id = tessera_app::datasets::parse_id(&id)?;
    share(&state, owner, SharedObject::Dataset(id), form).await
}

#[derive(Deserialize, Default)]
pub(crate) struct WithdrawForm {
    #[serde(default)]
    back: String,
}

/// `GET /sharing/{id}/withdraw?back=…`: asks first.
pub(crate) async fn withdraw_confirm(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(id): Path<String>,
    Query(form): Query<WithdrawForm>,
) -> Result<Html<String>, PageError> {
    let share = state.app().live_share(&owner.actor(), &id).await?;
    let back = safe_next(&form.back);
    let with = share
        .target_name
        .clone()
        .unwrap_or_else(|| tessera_l10n::t("sharing-everyone"));
    let kind = share.kind.as_str();
    ConfirmPage {
        heading: tessera_l10n::ta(
            "sharing-confirm-heading",
            &[
                ("kind", kind.into()),
                ("title", share.title.as_str().into()),
                ("with", with.as_str().into()),
            ],
        ),
        lines: vec![tessera_l10n::ta(
            if share.target.is_some() {
                "sharing-confirm-body-org"
            } else {
                "sharing-confirm-body-everyone"
            },
            &[("with", with.as_str().into())],
        )],
        warning: tessera_l10n::t("sharing-confirm-warning"),
        action: format!("/sharing/{}/withdraw", share.id),
        button: tessera_l10n::t("sharing-withdraw-button"),
        back: back.clone(),
        fields: vec![("back".to_owned(), back)],
    }
    .respond()
}

pub(crate) async fn withdraw(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(id): Path<String>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, PageError> {
    state.app().withdraw_share(&owner.actor(), &id).await?;
    Ok(Redirect::to(&safe_next(&form.back)).into_response())
}

#[derive(Template)]
#[template(path = "sharing/list.html")]
struct ListPage {
    with_us: Vec<Share>,
    public: Vec<Share>,
    signed_in: bool,
    org_name: String,
}

pub(crate) async fn list(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
) -> Result<Html<String>, PageError> {
    let org = principal.as_ref().and_then(|p| p.org.clone());
    let shares = state
        .app()
        .shares_with(org.as_ref().map(|(o, _)| o.id))
        .await?;
    let (with_us, public): (Vec<Share>, Vec<Share>) =
        shares.into_iter().partition(|s| s.target.is_some());
    let page = ListPage {
        with_us,
        public,
        signed_in: principal.is_some(),
        org_name: org.map(|(o, _)| o.name).unwrap_or_default(),
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "sharing/plan.html")]
struct SharedPlanPage {
    share: Share,
    v: PlanView,
}

impl SharedPlanPage {
    /// "Intervention plan shared by Demo Town Council · last changed 2026-12-06".
    fn caption(&self) -> String {
        tessera_l10n::ta(
            "sharing-plan-caption",
            &[
                ("kind", self.v.plan.kind.code().into()),
                ("org", self.share.org_name.as_str().into()),
                ("when", self.v.updated_at.as_str().into()),
            ],
        )
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
    Path(key): Path<String>,
) -> Result<Response, PageError> {
    let viewer = principal
        .as_ref()
        .and_then(|p| p.org.as_ref())
        .map(|(o, _)| o.id);
    let opened = match state.app().open_share(&key, viewer).await {
        Ok(view) => view,
        Err(AppError::NotFound(message)) => {
            return Err(not_open(&state, principal.as_deref(), &key, message).await?);
        }
        Err(e) => return Err(e.into()),
    };
    match opened {
        SharedView::Plan(share, record, plan) => {
            let v = PlanView::new(
                record.id,
                plan,
                &record.updated_at,
                state.catalogue(),
                Vec::new(),
            )?;
            Ok(Html(SharedPlanPage { share, v }.render()?).into_response())
        }
        SharedView::Dataset(share, record, mapping) => {
            let crumbs = vec![
                ("/".to_owned(), tessera_l10n::t("nav-home")),
                ("/shared".to_owned(), tessera_l10n::t("nav-shared")),
            ];
            let reload = format!("/shared/{key}");
            let org = share.org;
            profile::respond(
                &state,
                org,
                record.summary,
                &mapping,
                crumbs,
                Some(share),
                reload,
                None,
            )
            .await
        }
    }
}

/// Why a share key opened nothing for this visitor: a share with one organisation, opened while
/// signed out, asks them to sign in and come back; opened while working in another of the
/// person's organisations, says which to switch to; anything else is not found.
async fn not_open(
    state: &AppState,
    principal: Option<&Principal>,
    key: &str,
    message: String,
) -> Result<PageError, PageError> {
    let Some(Some(target)) = state.app().share_audience(key).await? else {
        return Ok(PageError::not_found(message));
    };
    let Some(p) = principal else {
        return Ok(PageError::sign_in(&format!("/shared/{key}")));
    };
    Ok(match p.memberships.iter().find(|m| m.org.id == target) {
        Some(m) => PageError::forbidden(tessera_l10n::ta(
            "sharing-switch-to-see",
            &[("org", m.org.name.as_str().into())],
        )),
        None => PageError::not_found(message),
    })
}
