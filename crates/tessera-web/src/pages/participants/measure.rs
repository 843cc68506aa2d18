//! Recording a participant's answers at one collection point of one of their plans.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::participants::measurements::{AnswerKind, MeasurementInput, PlanIndicator};
use tessera_app::participants::points::{CollectionPoint, find_point};
use tessera_app::participants::{Problem, parse_code};
use tessera_store::{Organisation, prelude::*};

use super::{field_errors, participant_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::ui::forms::FieldError;

/// One indicator's question on the form.
pub(crate) struct Question {
    pub id: String,
    pub name: String,
    pub lang: String,
    pub yes_no: bool,
    pub value: String,
}

#[derive(Template)]
#[template(path = "participants/measure.html")]
pub(crate) struct MeasurePage {
    crumbs: Vec<(String, String)>,
    code: String,
    errors: Vec<FieldError>,
    /// The participant's plans: (id, title).
    plans: Vec<(String, String)>,
    plan: String,
    plan_title: String,
    points: Vec<CollectionPoint>,
    point: String,
    measured_on: String,
    questions: Vec<Question>,
    today: String,
}

#[derive(Deserialize, Default)]
pub(crate) struct MeasureQuery {
    #[serde(default)]
    plan: String,
    #[serde(default)]
    point: String,
}

fn question(i: &PlanIndicator, answers: &BTreeMap<String, String>) -> Question {
    Question {
        id: format!("answer-{}", i.reference),
        name: i.name.clone(),
        lang: i.name_lang.clone(),
        yes_no: i.kind == AnswerKind::YesNo,
        value: answers.get(&i.reference).cloned().unwrap_or_default(),
    }
}

async fn render(
    state: &AppState,
    org: &Organisation,
    code: &str,
    input: MeasurementInput,
    problems: Vec<Problem>,
) -> Result<Response, PageError> {
    let app = state.app();
    let found = app.participant(org.id, code).await?;
    let code = found.participant.code.clone();
    let plans = app.org_plans(org.id).await?;
    let theirs: Vec<(String, String)> = found
        .participant
        .plans
        .iter()
        .filter_map(|m| {
            plans
                .iter()
                .find(|(id, _)| *id == m.plan)
                .map(|(id, p)| (id.to_string(), p.title.clone()))
        })
        .collect();
    let chosen = if theirs.len() == 1 && input.plan.is_empty() {
        theirs[0].0.clone()
    } else {
        input.plan.clone()
    };
    let context = if theirs.iter().any(|(id, _)| *id == chosen) {
        Some(app.plan_context(org.id, &chosen).await?)
    } else {
        None
    };
    let mut answers = input.answers.clone();
    let mut measured_on = input.measured_on.clone();
    let mut point = input.point.clone();
    // Coming back to a point already measured: its answers, to correct.
    if let Some(c) = &context
        && problems.is_empty()
        && let Some(p) = find_point(&c.points, &input.point)
    {
        point = p.key.clone();
        let saved = app
            .store()
            .participant_measurements(org.id, &code)
            .await?
            .into_iter()
            .find(|m| m.plan == c.id && m.point == p.key);
        if let Some(m) = saved {
            measured_on = m.measured_on.clone();
            answers = c
                .indicators
                .iter()
                .filter_map(|i| {
                    let v = m.answers.get(&i.reference)?;
                    let text = match i.kind {
                        AnswerKind::YesNo if *v == 1.0 => "yes".to_owned(),
                        AnswerKind::YesNo => "no".to_owned(),
                        _ => tessera_data::format_number(*v),
                    };
                    Some((i.reference.clone(), text))
                })
                .collect();
        }
    }
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = MeasurePage {
        crumbs: participant_crumbs(&code),
        code,
        errors: field_errors(problems),
        plans: theirs,
        plan: chosen,
        plan_title: context
            .as_ref()
            .map(|c| c.plan.title.clone())
            .unwrap_or_default(),
        points: context
            .as_ref()
            .map(|c| c.points.clone())
            .unwrap_or_default(),
        point,
        measured_on,
        questions: context
            .as_ref()
            .map(|c| c.indicators.iter().map(|i| question(i, &answers)).collect())
            .unwrap_or_default(),
        today: tessera_plan::format_date(tessera_app::participants::today()),
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(code): Path<String>,
    Query(query): Query<MeasureQuery>,
) -> Result<Response, PageError> {
    let input = MeasurementInput {
        plan: query.plan,
        point: query.point,
        ..MeasurementInput::default()
    };
    render(&state, &org, &code, input, Vec::new()).await
}

pub(crate) async fn save(
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
    let input = MeasurementInput {
        plan: get("plan"),
        point: get("point"),
        measured_on: get("measured_on"),
        answers: form
            .iter()
            .filter_map(|(k, v)| k.strip_prefix("answer-").map(|r| (r.to_owned(), v.clone())))
            .collect(),
    };
    match state
        .app()
        .save_measurement(&editor.actor(), &code, &input, "form")
        .await?
    {
        Ok(_) => Ok(Redirect::to(&format!("/participants/{code}?done=measured")).into_response()),
        Err(problems) => render(&state, &editor.0, &code, input, problems).await,
    }
}
