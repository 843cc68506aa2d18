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
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::sharing::SharedView;
use tessera_store::{Organisation, Share, SharedObject};

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsOwner, MaybeSignedIn};
use crate::http::redirect::safe_next;
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
            ("/".to_owned(), "Home".to_owned()),
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

#[derive(Deserialize)]
pub(crate) struct WithdrawForm {
    #[serde(default)]
    back: String,
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

pub(crate) async fn show(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
    Path(key): Path<String>,
) -> Result<Response, PageError> {
    let viewer = principal
        .as_ref()
        .and_then(|p| p.org.as_ref())
        .map(|(o, _)| o.id);
    match state.app().open_share(&key, viewer).await? {
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
                ("/".to_owned(), "Home".to_owned()),
                ("/shared".to_owned(), "Shared".to_owned()),
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
            )
            .await
        }
    }
}
