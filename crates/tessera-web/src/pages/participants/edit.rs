//! Registering a participant and changing their details: one form for both.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::participants::fields::Field;
use tessera_app::participants::register::ParticipantInput;
use tessera_app::participants::{Problem, parse_code};
use tessera_plan::Plan;
use tessera_store::{Organisation, PlanId};

use super::{field_errors, participant_crumbs, register_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::ui::forms::FieldError;

/// One of the organisation's plans, as the form offers it.
pub(crate) struct PlanChoice {
    pub id: String,
    pub title: String,
    pub chosen: bool,
    pub group: String,
    /// (id, name) of its target groups.
    pub groups: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "participants/form.html")]
pub(crate) struct FormPage {
    crumbs: Vec<(String, String)>,
    /// The code, when changing a participant.
    code: Option<String>,
    action: String,
    errors: Vec<FieldError>,
    reference: String,
    side: String,
    plans: Vec<PlanChoice>,
    fields: Vec<Field>,
    values: BTreeMap<String, String>,
}

impl FormPage {
    fn value(&self, key: &str) -> String {
        self.values.get(key).cloned().unwrap_or_default()
    }
}

fn page(
    code: Option<String>,
    plans: &[(PlanId, Plan)],
    fields: Vec<Field>,
    input: &ParticipantInput,
    errors: Vec<FieldError>,
) -> FormPage {
    let (crumbs, action) = match &code {
        Some(c) => (participant_crumbs(c), format!("/participants/{c}/edit")),
        None => (register_crumbs(&[]), "/participants/new".to_owned()),
    };
    FormPage {
        crumbs,
        action,
        errors,
        reference: input.reference.clone(),
        side: input.side.clone(),
        plans: plans
            .iter()
            .map(|(id, plan)| {
                let chosen = input.plans.iter().find(|(p, _)| *p == id.to_string());
                PlanChoice {
                    id: id.to_string(),
                    title: plan.title.clone(),
                    chosen: chosen.is_some(),
                    group: chosen.map(|(_, g)| g.clone()).unwrap_or_default(),
                    groups: plan
                        .target_groups
                        .iter()
                        .map(|g| (g.id.clone(), g.name.clone()))
                        .collect(),
                }
            })
            .collect(),
        fields,
        values: input.fields.clone(),
        code,
    }
}

/// What the form sent: repeated `plan` checkboxes, `group-<plan>` and `field-<key>` fields.
pub(crate) fn input_of(form: &[(String, String)]) -> ParticipantInput {
    let get = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    ParticipantInput {
        reference: get("reference"),
        side: get("side"),
        plans: form
            .iter()
            .filter(|(k, _)| k == "plan")
            .map(|(_, id)| (id.clone(), get(&format!("group-{id}"))))
            .collect(),
        fields: form
            .iter()
            .filter_map(|(k, v)| k.strip_prefix("field-").map(|f| (f.to_owned(), v.clone())))
            .collect(),
    }
}

async fn render(
    state: &AppState,
    org: &Organisation,
    code: Option<String>,
    input: &ParticipantInput,
    problems: Vec<Problem>,
) -> Result<Response, PageError> {
    let plans = state.app().org_plans(org.id).await?;
    let fields = state.app().participant_fields(org.id).await?;
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let html = page(code, &plans, fields, input, field_errors(problems)).render()?;
    Ok((status, Html(html)).into_response())
}

pub(crate) async fn new_form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
) -> Result<Response, PageError> {
    render(&state, &org, None, &ParticipantInput::default(), Vec::new()).await
}

pub(crate) async fn create(
    State(state): State<AppState>,
    editor: AsEditor,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let input = input_of(&form);
    match state
        .app()
        .register_participant(&editor.actor(), &input)
        .await?
    {
        Ok(made) => Ok(Redirect::to(&format!(
            "/participants/{}?done=registered",
            made.participant.code
        ))
        .into_response()),
        Err(problems) => render(&state, &editor.0, None, &input, problems).await,
    }
}

pub(crate) async fn edit_form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let found = state.app().participant(org.id, &code).await?;
    let p = found.participant;
    let input = ParticipantInput {
        reference: p.reference.clone().unwrap_or_default(),
        side: p.side.clone(),
        plans: p
            .plans
            .iter()
            .map(|m| {
                (
                    m.plan.to_string(),
                    m.target_group.clone().unwrap_or_default(),
                )
            })
            .collect(),
        fields: p.attributes.clone(),
    };
    render(&state, &org, Some(p.code), &input, Vec::new()).await
}

pub(crate) async fn update(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(code): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let code = parse_code(&code)?;
    let input = input_of(&form);
    match state
        .app()
        .update_participant(&editor.actor(), &code, &input)
        .await?
    {
        Ok(_) => Ok(Redirect::to(&format!("/participants/{code}?done=updated")).into_response()),
        Err(problems) => render(&state, &editor.0, Some(code), &input, problems).await,
    }
}
