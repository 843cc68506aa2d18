//! The organisation's participant fields (owners): which of Tessera's descriptive fields it
//! keeps, and fields of its own.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::participants::Problem;
use tessera_app::participants::fields::{BUILT_IN, MAX_OWN_FIELDS, built_in};

use super::{field_errors, register_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsOwner;
use crate::ui::forms::FieldError;

#[derive(Template)]
#[template(path = "participants/settings.html")]
pub(crate) struct SettingsPage {
    crumbs: Vec<(String, String)>,
    errors: Vec<FieldError>,
    /// (key, name, chosen) of Tessera's fields.
    built_in: Vec<(String, String, bool)>,
    own: String,
    max_own: usize,
}

fn render(chosen: &[String], own: String, problems: Vec<Problem>) -> Result<Response, PageError> {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = SettingsPage {
        crumbs: register_crumbs(&[]),
        errors: field_errors(problems),
        built_in: BUILT_IN
            .iter()
            .filter_map(|(k, _)| built_in(k))
            .map(|f| {
                let on = chosen.contains(&f.key);
                (f.key, f.label, on)
            })
            .collect(),
        own,
        max_own: MAX_OWN_FIELDS,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn show(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
) -> Result<Response, PageError> {
    let fields = state.app().participant_fields(org.id).await?;
    let chosen: Vec<String> = fields
        .iter()
        .filter(|f| f.built_in)
        .map(|f| f.key.clone())
        .collect();
    let own = fields
        .iter()
        .filter(|f| !f.built_in)
        .map(|f| f.label.clone())
        .collect::<Vec<_>>()
        .join("\n");
    render(&chosen, own, Vec::new())
}

pub(crate) async fn save(
    State(state): State<AppState>,
    owner: AsOwner,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let chosen: Vec<String> = form
        .iter()
        .filter(|(k, _)| k == "field")
        .map(|(_, v)| v.clone())
        .collect();
    let own_text = form
        .iter()
        .find(|(k, _)| k == "own")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let own: Vec<String> = own_text.lines().map(str::to_owned).collect();
    match state
        .app()
        .set_participant_fields(&owner.actor(), &chosen, &own)
        .await?
    {
        Ok(_) => Ok(Redirect::to("/participants?done=settings").into_response()),
        Err(problems) => render(&chosen, own_text, problems),
    }
}
