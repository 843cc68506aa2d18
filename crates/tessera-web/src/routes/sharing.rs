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
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tessera_store::credentials::new_share_key;
use tessera_store::prelude::*;
use tessera_store::{NewShare, Organisation, Share, ShareId, ShareKind, SharedObject, StoreError};

use crate::org::{AsOwner, MaybeSignedIn};
use crate::routes::account::safe_next;
use crate::routes::datasets::profile;
use crate::routes::plans::show::PlanView;
use crate::{AppState, WebError};

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/plans/{id}/sharing", get(plan_sharing).post(share_plan))
        .route(
            "/datasets/{id}/sharing",
            get(dataset_sharing).post(share_dataset),
        )
        .route("/sharing/{id}/withdraw", post(withdraw))
        .route("/shared", get(list))
        .route("/shared/{key}", get(show))
}

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

/// What a share would point at: its kind, title and page; 404 if it is not the
/// organisation's.
async fn describe(
    state: &AppState,
    org: &Organisation,
    object: SharedObject,
) -> Result<(&'static str, String, String), WebError> {
    let store = state.store();
    Ok(match object {
        SharedObject::Plan(id) => {
            let record = store
                .plan(org.id, id)
                .await?
                .ok_or_else(crate::routes::plans::not_found)?;
            ("plan", record.title, format!("/plans/{id}"))
        }
        SharedObject::Dataset(id) => {
            let record = store
                .dataset(org.id, id)
                .await?
                .ok_or_else(crate::routes::datasets::not_found)?;
            ("dataset", record.summary.name, format!("/datasets/{id}"))
        }
    })
}

async fn manage(
    state: &AppState,
    org: &Organisation,
    object: SharedObject,
    error: Option<String>,
) -> Result<Html<String>, WebError> {
    let store = state.store();
    let (kind, title, back) = describe(state, org, object).await?;
    let shares = store.shares_of(org.id, object).await?;
    let others = store
        .organisations()
        .await?
        .into_iter()
        .filter(|o| o.id != org.id)
        .collect();
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

async fn plan_sharing(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path(id): Path<String>,
) -> Result<Html<String>, WebError> {
    let id = crate::routes::plans::parse_id(&id)?;
    manage(&state, &org, SharedObject::Plan(id), None).await
}

async fn dataset_sharing(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path(id): Path<String>,
) -> Result<Html<String>, WebError> {
    let id = crate::routes::datasets::parse_id(&id)?;
    manage(&state, &org, SharedObject::Dataset(id), None).await
}

#[derive(Deserialize)]
struct ShareForm {
    #[serde(default)]
    with: String,
}

async fn share(
    state: &AppState,
    org: &Organisation,
    actor: &str,
    object: SharedObject,
    form: ShareForm,
) -> Result<Response, WebError> {
    let store = state.store();
    // Check the object first, so another organisation's id answers 404 whatever the form says.
    describe(state, org, object).await?;
    let target = match form.with.as_str() {
        "everyone" => None,
        "" => {
            let page = manage(
                state,
                org,
                object,
                Some("Choose who to share with".to_owned()),
            )
            .await?;
            return Ok(page.into_response());
        }
        slug => match store.organisation_by_slug(slug).await? {
            Some(o) => Some(o.id),
            None => {
                let page = manage(
                    state,
                    org,
                    object,
                    Some(format!(
                        "There is no organisation called “{slug}” on this Tessera"
                    )),
                )
                .await?;
                return Ok(page.into_response());
            }
        },
    };
    let result = store
        .create_share(NewShare {
            org: org.id,
            object,
            target,
            key: new_share_key(),
            actor: actor.to_owned(),
        })
        .await;
    match result {
        Ok(_) => {}
        Err(StoreError::Conflict { .. }) => {
            let page = manage(
                state,
                org,
                object,
                Some("It is already shared with them".to_owned()),
            )
            .await?;
            return Ok(page.into_response());
        }
        Err(StoreError::Invalid { message, .. }) => {
            let page = manage(state, org, object, Some(message)).await?;
            return Ok(page.into_response());
        }
        Err(e) => return Err(e.into()),
    }
    let back = match object {
        SharedObject::Plan(id) => format!("/plans/{id}/sharing"),
        SharedObject::Dataset(id) => format!("/datasets/{id}/sharing"),
    };
    Ok(Redirect::to(&back).into_response())
}

async fn share_plan(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
    Form(form): Form<ShareForm>,
) -> Result<Response, WebError> {
    let id = crate::routes::plans::parse_id(&id)?;
    share(&state, &org, &who.actor, SharedObject::Plan(id), form).await
}

async fn share_dataset(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
    Form(form): Form<ShareForm>,
) -> Result<Response, WebError> {
    let id = crate::routes::datasets::parse_id(&id)?;
    share(&state, &org, &who.actor, SharedObject::Dataset(id), form).await
}

#[derive(Deserialize)]
struct WithdrawForm {
    #[serde(default)]
    back: String,
}

async fn withdraw(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, WebError> {
    let id = id
        .parse::<i64>()
        .ok()
        .filter(|i| *i > 0)
        .map(ShareId)
        .ok_or_else(no_share)?;
    if !state.store().withdraw_share(org.id, id, &who.actor).await? {
        return Err(no_share());
    }
    Ok(Redirect::to(&safe_next(&form.back)).into_response())
}

fn no_share() -> WebError {
    WebError::not_found(
        "There is nothing shared at this address. It may have been withdrawn by the organisation that shared it.",
    )
}

#[derive(Template)]
#[template(path = "sharing/list.html")]
struct ListPage {
    with_us: Vec<Share>,
    public: Vec<Share>,
    signed_in: bool,
    org_name: String,
}

async fn list(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
) -> Result<Html<String>, WebError> {
    let org = principal.as_ref().and_then(|p| p.org.clone());
    let shares = state
        .store()
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

async fn show(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
    Path(key): Path<String>,
) -> Result<Response, WebError> {
    let viewer = principal
        .as_ref()
        .and_then(|p| p.org.as_ref())
        .map(|(o, _)| o.id);
    let share = state
        .store()
        .share_for(&key, viewer)
        .await?
        .ok_or_else(no_share)?;
    // The owner's own view of its object is its own page.
    match share.kind {
        ShareKind::Plan => {
            let (record, plan) =
                crate::routes::plans::load(&state, share.org, &share.object_id.to_string())
                    .await
                    .map_err(|_| no_share())?;
            let v = PlanView::new(
                record.id,
                plan,
                &record.updated_at,
                state.catalogue(),
                Vec::new(),
            )?;
            Ok(Html(SharedPlanPage { share, v }.render()?).into_response())
        }
        ShareKind::Dataset => {
            let (record, mapping) =
                crate::routes::datasets::load(&state, share.org, &share.object_id.to_string())
                    .await
                    .map_err(|_| no_share())?;
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
