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

use tessera_l10n::{t, ta};

use super::form::{Field, Fields, FormErrors, FormView};
use super::slugify;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::pages::plans::edit::{choices, goal_prompt};

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
        Field::text("title", &t("plans-new-title"), sent.get("title"))
            .hint(&t("plans-new-title-hint")),
        Field::radios("kind", &t("plans-form-kind"), kind, choices::<PlanKind>()),
        Field::textarea("problem", &t("plans-new-problem"), sent.get("problem"))
            .hint(&t("plans-new-problem-hint")),
        Field::textarea(
            "newcomer_groups",
            &t("plans-new-newcomer-groups"),
            sent.get("newcomer_groups"),
        )
        .hint(&t("plans-new-newcomer-groups-hint")),
        Field::textarea(
            "receiving_groups",
            &t("plans-new-receiving-groups"),
            sent.get("receiving_groups"),
        )
        .hint(&t("plans-new-receiving-groups-hint")),
        Field::date(
            "start_date",
            &t("plans-new-start-date"),
            sent.get("start_date"),
        )
        .hint(&t("plans-new-start-date-hint")),
    ];
    NewPage {
        step: 1,
        heading: t("plans-new-step1-heading"),
        prompt: t("plans-new-step1-prompt"),
        form: FormView::new(
            "/plans/new".to_owned(),
            fields,
            &t("plans-new-step1-submit"),
            errors,
        ),
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
        Field::textarea("goal", &t("plans-new-goal"), sent.get("goal"))
            .hint(&t("plans-new-goal-hint")),
    );
    NewPage {
        step: 2,
        heading: ta(
            "plans-new-step2-heading",
            &[("title", sent.get("title").into())],
        ),
        prompt: goal_prompt(),
        form: FormView::new(
            "/plans/new".to_owned(),
            fields,
            &t("plans-new-step2-submit"),
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
        errors.push(("title".to_owned(), t("plans-new-title-error")));
    }
    let kind = PlanKind::parse(sent.get("kind"));
    if kind.is_none() {
        errors.push(("kind".to_owned(), t("plans-form-kind-error")));
    }
    let start_date = match sent.get("start_date") {
        "" => None,
        text => match parse_date(text) {
            Ok(d) => Some(d),
            Err(_) => {
                errors.push((
                    "start_date".to_owned(),
                    ta(
                        "plans-form-error-date",
                        &[("what", t("plans-form-start-date-what").into())],
                    ),
                ));
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
            step2(&sent, vec![("goal".to_owned(), t("plans-form-goal-error"))]),
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
