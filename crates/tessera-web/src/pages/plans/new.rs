//! Creating a plan, backwards as the guide teaches: step 1 the problem and who it is for,
//! step 2 the long-term goal. The plan is saved once it has a goal (a plan without one is not
//! valid), so step 1's answers travel with the step 2 form rather than being stored half-made.

use askama::Template;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_plan::{Plan, PlanKind, Side, TargetGroup, parse_date};
use tessera_store::NewPlan;
use tessera_store::prelude::*;

use super::form::{Field, Fields, FormErrors, FormView};
use super::slugify;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::pages::plans::edit::{GOAL_PROMPT, choices};

#[derive(Template)]
#[template(path = "plans/new.html")]
pub(crate) struct NewPage {
    pub step: u8,
    pub heading: String,
    pub prompt: String,
    pub form: FormView,
    pub crumbs: Vec<(String, String)>,
}

const STEP1_FIELDS: [&str; 6] = [
    "title",
    "kind",
    "problem",
    "newcomer_groups",
    "receiving_groups",
    "start_date",
];

fn step1(sent: &Fields, errors: FormErrors) -> NewPage {
    let kind = if sent.get("kind").is_empty() {
        PlanKind::Intervention.code()
    } else {
        sent.get("kind")
    };
    let fields = vec![
        Field::hidden("step", "1"),
        Field::text("title", "What is the plan called?", sent.get("title"))
            .hint("A short name people will recognise, such as “Language and friendship café”."),
        Field::radios("kind", "Is this plan for one intervention or a strategy?", kind, choices::<PlanKind>()),
        Field::textarea("problem", "What is the integration problem?", sent.get("problem"))
            .hint("What is happening now that the work responds to, and for whom? Use the words of the people affected where you can."),
        Field::textarea("newcomer_groups", "Which groups of newcomers is it for?", sent.get("newcomer_groups"))
            .hint("One group per line, for example: recently arrived women learning English."),
        Field::textarea("receiving_groups", "Which groups of the receiving community is it for?", sent.get("receiving_groups"))
            .hint("One group per line, for example: residents of the streets around the community centre. Integration is two-way: plan for both sides."),
        Field::date("start_date", "When does the work start? (optional)", sent.get("start_date"))
            .hint("Year-month-day, for example 2025-09-01."),
    ];
    NewPage {
        step: 1,
        heading: "Create a plan: the problem and who it is for".to_owned(),
        prompt: "Work backwards, as the guide teaches: start from the problem and the people, then the long-term goal, then what leads to it.".to_owned(),
        form: FormView::new("/plans/new".to_owned(), fields, "Continue to the goal", errors),
        crumbs: super::crumbs(&[]),
    }
}

fn step2(sent: &Fields, errors: FormErrors) -> NewPage {
    let mut fields: Vec<Field> = STEP1_FIELDS
        .iter()
        .map(|name| Field::hidden(name, sent.get(name)))
        .collect();
    fields.push(Field::hidden("step", "2"));
    fields.push(
        Field::textarea("goal", "What long-term change do you want to see?", sent.get("goal"))
            .hint("Describe the world as it will be when the work has succeeded, for example: the women feel confident using English day to day."),
    );
    NewPage {
        step: 2,
        heading: format!(
            "Create a plan: the long-term goal of “{}”",
            sent.get("title")
        ),
        prompt: GOAL_PROMPT.to_owned(),
        form: FormView::new(
            "/plans/new".to_owned(),
            fields,
            "Save and continue to the outcomes",
            errors,
        ),
        crumbs: super::crumbs(&[]),
    }
}

/// Reads step 1's answers into a plan (with a placeholder goal), or the errors found.
fn parse_step1(sent: &Fields) -> Result<Plan, FormErrors> {
    let mut errors = FormErrors::new();
    let title = sent.get("title");
    if title.is_empty() {
        errors.push((
            "title".to_owned(),
            "Enter what the plan is called".to_owned(),
        ));
    }
    let kind = PlanKind::parse(sent.get("kind"));
    if kind.is_none() {
        errors.push((
            "kind".to_owned(),
            "Choose whether the plan is for one intervention or a strategy".to_owned(),
        ));
    }
    let start_date = match sent.get("start_date") {
        "" => None,
        text => match parse_date(text) {
            Ok(d) => Some(d),
            Err(_) => {
                errors.push(("start_date".to_owned(), "The start date must be a real date written as year-month-day, for example 2025-09-01".to_owned()));
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut plan = Plan::new(title, kind.unwrap_or(PlanKind::Intervention), "");
    plan.problem = sent.get("problem").to_owned();
    plan.start_date = start_date;
    for (field, side) in [
        ("newcomer_groups", Side::Newcomers),
        ("receiving_groups", Side::ReceivingCommunity),
    ] {
        for name in sent
            .get(field)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let taken: Vec<String> = plan.target_groups.iter().map(|g| g.id.clone()).collect();
            let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
            let id = slugify(name, "group", &taken);
            plan.target_groups.push(TargetGroup {
                id,
                name: name.to_owned(),
                side,
            });
        }
    }
    Ok(plan)
}

/// `GET /plans/new`: step 1.
pub(crate) async fn start(AsEditor(_org, _): AsEditor) -> Result<Html<String>, PageError> {
    Ok(Html(step1(&Fields::default(), Vec::new()).render()?))
}

fn page(status: StatusCode, page: NewPage) -> Result<Response, PageError> {
    Ok((status, Html(page.render()?)).into_response())
}

/// `POST /plans/new`: step 1 leads to step 2; step 2 creates the plan.
pub(crate) async fn submit(
    axum::extract::State(state): axum::extract::State<AppState>,
    AsEditor(org, who): AsEditor,
    body: Bytes,
) -> Result<Response, PageError> {
    let sent = Fields::parse(&body);
    let plan = match parse_step1(&sent) {
        Ok(plan) => plan,
        Err(errors) => return page(StatusCode::UNPROCESSABLE_ENTITY, step1(&sent, errors)),
    };
    if sent.get("step") != "2" {
        return page(StatusCode::OK, step2(&sent, Vec::new()));
    }
    let goal = sent.get("goal");
    if goal.is_empty() {
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            step2(
                &sent,
                vec![(
                    "goal".to_owned(),
                    "Enter the long-term goal: the change you want to see".to_owned(),
                )],
            ),
        );
    }
    let mut plan = plan;
    plan.goal = goal.to_owned();
    if let Err(problems) = plan.validate() {
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            step1(&sent, super::problems_as_errors(problems)),
        );
    }
    let record = state
        .store()
        .create_plan(NewPlan {
            org: org.id,
            title: plan.title.clone(),
            document: super::document(&plan)?,
            created_by: who.actor.clone(),
        })
        .await?;
    tracing::info!(plan.id = %record.id, org.id = %org.id, "plan created");
    Ok(Redirect::to(&format!("/plans/{}/steps/outcomes", record.id)).into_response())
}
