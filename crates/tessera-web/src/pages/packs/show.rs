//! `GET /packs/{id}`: one pack the organisation sees — what it holds, whether it still loads
//! (its problems if not), its files; for its own packs, sharing (owners) and deletion (editors).

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_store::{Role, prelude::*};

use super::{PackLine, ProblemLine, crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, AsOwner, CurrentOrg};

#[derive(Template)]
#[template(path = "packs/show.html")]
pub(crate) struct ShowPage {
    crumbs: Vec<(String, String)>,
    line: PackLine,
    own: bool,
    byline: String,
    summary: String,
    problems: Vec<ProblemLine>,
    files: Vec<(String, usize)>,
    /// (short name, name) of the organisations it is shared with.
    shared_with: Vec<(String, String)>,
    can_share: bool,
    can_delete: bool,
    notice: Option<String>,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
pub(crate) struct ShowQuery {
    #[serde(default)]
    done: String,
}

async fn render(
    state: &AppState,
    current: &CurrentOrg,
    id: &str,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Response, PageError> {
    let view = state.app().org_pack(current.0.id, id).await?;
    let mut shared_with = Vec::new();
    for org in &view.record.shared_with {
        if let Some(o) = state.app().store().organisation(*org).await? {
            shared_with.push((o.slug, o.name));
        }
    }
    let date = view
        .record
        .created_at
        .get(..10)
        .and_then(|d| tessera_plan::parse_date(d).ok())
        .map(tessera_l10n::date)
        .unwrap_or_default();
    let page = ShowPage {
        crumbs: crumbs(),
        line: PackLine::new(&view),
        own: view.own,
        byline: if view.own {
            crate::t2(
                "packs-show-own",
                "who",
                view.record.created_by.as_str(),
                "date",
                date,
            )
        } else {
            crate::t1("packs-show-from", "org", view.record.org_name.as_str())
        },
        summary: view
            .pack
            .as_ref()
            .map(|p| p.summary.clone())
            .unwrap_or_default(),
        problems: view.problems.iter().map(ProblemLine::new).collect(),
        files: view
            .record
            .files
            .iter()
            .map(|(name, text)| (name.clone(), text.lines().count()))
            .collect(),
        shared_with,
        can_share: view.own && current.1.role >= Role::Owner,
        can_delete: view.own && current.1.role >= Role::Editor,
        notice,
        error,
    };
    let status = if page.error.is_some() {
        axum::http::StatusCode::BAD_REQUEST
    } else {
        axum::http::StatusCode::OK
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /packs/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    current: CurrentOrg,
    Path(id): Path<String>,
    Query(query): Query<ShowQuery>,
) -> Result<Response, PageError> {
    let notice = match query.done.as_str() {
        "uploaded" | "shared" | "unshared" => {
            Some(tessera_l10n::t(&format!("packs-done-{}", query.done)))
        }
        _ => None,
    };
    render(&state, &current, &id, notice, None).await
}

#[derive(Deserialize)]
pub(crate) struct ShareForm {
    #[serde(default)]
    with: String,
    #[serde(default)]
    action: String,
}

/// `POST /packs/{id}/sharing`: shares with (or, with `action=unshare`, stops sharing with)
/// the organisation named by its short name.
pub(crate) async fn share(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(id): Path<String>,
    Form(form): Form<ShareForm>,
) -> Result<Response, PageError> {
    let share = form.action != "unshare";
    match state
        .app()
        .share_org_pack(&owner.actor(), &id, &form.with, share)
        .await?
    {
        Ok(()) => Ok(Redirect::to(&format!(
            "/packs/{id}?done={}",
            if share { "shared" } else { "unshared" }
        ))
        .into_response()),
        Err(message) => {
            let current = CurrentOrg(owner.0, owner.1);
            render(&state, &current, &id, None, Some(message)).await
        }
    }
}

/// `POST /packs/{id}/delete`.
pub(crate) async fn delete(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    state.app().delete_org_pack(&editor.actor(), &id).await?;
    Ok(Redirect::to("/packs?done=deleted").into_response())
}
