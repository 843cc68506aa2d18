//! A plan's collection points: those of its evaluation plan, or the organisation's own when
//! the evaluation names none.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::participants::Problem;
use tessera_app::participants::points::{CollectionPoint, PointOrigin, plan_points};
use tessera_store::prelude::*;

use super::{field_errors, plan_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};
use crate::ui::forms::FieldError;

#[derive(Template)]
#[template(path = "participants/points.html")]
pub(crate) struct PointsPage {
    crumbs: Vec<(String, String)>,
    id: String,
    title: String,
    points: Vec<CollectionPoint>,
    /// Whether the plan's evaluation names dated collections (then the organisation's own
    /// points are not used).
    from_plan: bool,
    own: String,
    errors: Vec<FieldError>,
}

async fn render(
    state: &AppState,
    org: tessera_store::OrgId,
    id: &str,
    own_text: Option<String>,
    problems: Vec<Problem>,
) -> Result<Response, PageError> {
    let context = state.app().plan_context(org, id).await?;
    let own = state.store().own_points(org, context.id).await?;
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = PointsPage {
        crumbs: plan_crumbs(context.id, &context.plan.title, &[]),
        id: context.id.to_string(),
        title: context.plan.title.clone(),
        from_plan: plan_points(&context.plan).len() > 1,
        own: own_text.unwrap_or_else(|| {
            own.iter()
                .map(|p| p.label.clone())
                .collect::<Vec<_>>()
                .join("\n")
        }),
        points: context.points,
        errors: field_errors(problems),
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn form(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    render(&state, org.id, &id, None, Vec::new()).await
}

#[derive(Deserialize)]
pub(crate) struct PointsForm {
    #[serde(default)]
    points: String,
}

pub(crate) async fn save(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<PointsForm>,
) -> Result<Response, PageError> {
    let context = state.app().plan_context(editor.0.id, &id).await?;
    let labels: Vec<String> = form.points.lines().map(str::to_owned).collect();
    match state
        .app()
        .set_own_points(&editor.actor(), context.id, &labels)
        .await?
    {
        Ok(_) => {
            Ok(Redirect::to(&format!("/plans/{}/collection-points", context.id)).into_response())
        }
        Err(problems) => render(&state, editor.0.id, &id, Some(form.points), problems).await,
    }
}

/// Where a point comes from, in words (for the template).
pub(crate) fn origin_words(origin: &PointOrigin) -> String {
    tessera_l10n::t(match origin {
        PointOrigin::Baseline => "participants-origin-baseline",
        PointOrigin::Plan => "participants-origin-plan",
        PointOrigin::Organisation => "participants-origin-organisation",
        PointOrigin::Recorded => "participants-origin-recorded",
    })
}
