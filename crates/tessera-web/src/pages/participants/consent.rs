//! Recording a participant's consent, and withdrawing it.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::participants::consent::{
    ConsentInput, LAWFUL_BASES, METHODS, basis_label, method_label,
};
use tessera_app::participants::{Problem, parse_code};

use super::{field_errors, participant_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::ui::forms::FieldError;

#[derive(Template)]
#[template(path = "participants/consent.html")]
pub(crate) struct ConsentPage {
    crumbs: Vec<(String, String)>,
    code: String,
    errors: Vec<FieldError>,
    input: ConsentInput,
    /// (code, words) of every lawful basis.
    bases: Vec<(String, String)>,
    /// (code, words) of every way of giving consent.
    methods: Vec<(String, String)>,
    today: String,
}

fn render(
    code: String,
    input: ConsentInput,
    problems: Vec<Problem>,
) -> Result<Response, PageError> {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = ConsentPage {
        crumbs: participant_crumbs(&code),
        code,
        errors: field_errors(problems),
        input,
        bases: LAWFUL_BASES
            .iter()
            .map(|b| ((*b).to_owned(), basis_label(b)))
            .collect(),
        methods: METHODS
            .iter()
            .map(|m| ((*m).to_owned(), method_label(m)))
            .collect(),
        today: tessera_plan::format_date(tessera_app::participants::today()),
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let found = state.app().participant(org.id, &code).await?;
    let input = ConsentInput {
        taking_part: true,
        data_use: true,
        lawful_basis: "consent".to_owned(),
        given_on: tessera_plan::format_date(tessera_app::participants::today()),
        ..ConsentInput::default()
    };
    render(found.participant.code, input, Vec::new())
}

pub(crate) async fn record(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(code): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let code = parse_code(&code)?;
    let get = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let ticked = |name: &str| form.iter().any(|(k, _)| k == name);
    let input = ConsentInput {
        taking_part: ticked("taking_part"),
        data_use: ticked("data_use"),
        stories: ticked("stories"),
        sharing: ticked("sharing"),
        lawful_basis: get("lawful_basis"),
        given_on: get("given_on"),
        method: get("method"),
        witness: get("witness"),
        notes: get("notes"),
    };
    match state
        .app()
        .record_consent(&editor.actor(), &code, &input)
        .await?
    {
        Ok(_) => Ok(Redirect::to(&format!("/participants/{code}?done=consent")).into_response()),
        Err(problems) => render(code, input, problems),
    }
}

#[derive(Deserialize)]
pub(crate) struct WithdrawForm {
    #[serde(default)]
    withdrawn_on: String,
}

/// `POST /participants/{code}/consents/{id}/withdraw`.
pub(crate) async fn withdraw(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((code, id)): Path<(String, String)>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, PageError> {
    let code = parse_code(&code)?;
    match state
        .app()
        .withdraw_consent(&editor.actor(), &code, &id, &form.withdrawn_on)
        .await?
    {
        Ok(_) => Ok(Redirect::to(&format!("/participants/{code}?done=withdrawn")).into_response()),
        Err(problems) => Err(PageError::bad_request(
            problems
                .into_iter()
                .map(|p| p.message)
                .collect::<Vec<_>>()
                .join(" "),
        )),
    }
}
