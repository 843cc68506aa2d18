//! The report builder: title and period, the sections (chosen, ordered, each with its
//! narrative) and the stories. Stories whose consent does not cover publication are shown but
//! cannot be ticked, and the application layer refuses them if sent anyway.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::participants::Problem;
use tessera_app::reports::input::{ReportInput, SectionInput, blank, saved_sections};
use tessera_app::reports::{SECTIONS, section_heading};
use tessera_app::stories::filter::StoryFilter;
use tessera_l10n::t;
use tessera_store::{PlanId, Report};

use super::crumbs;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::pages::stories::{Labeller, StoryCard, field_errors};
use crate::ui::forms::FieldError;

/// One section row of the form.
pub(crate) struct SectionRow {
    pub kind: String,
    pub heading: String,
    pub hint: String,
    pub include: bool,
    pub position: String,
    pub narrative: String,
}

#[derive(Template)]
#[template(path = "reports/form.html")]
pub(crate) struct FormPage {
    crumbs: Vec<(String, String)>,
    plan_id: String,
    plan_title: String,
    /// `None` for a new report.
    id: Option<String>,
    errors: Vec<FieldError>,
    input: ReportInput,
    sections: Vec<SectionRow>,
    /// Stories tagged to this plan's outcomes first, then the rest.
    cards: Vec<StoryCard>,
    /// Whether some stories cannot go into a report (they are listed apart).
    has_refused: bool,
}

async fn render(
    state: &AppState,
    org: tessera_store::OrgId,
    plan: PlanId,
    plan_title: &str,
    id: Option<String>,
    input: ReportInput,
    problems: Vec<Problem>,
) -> Result<Response, PageError> {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let plans = state.app().org_plans(org).await?;
    let labeller = Labeller {
        plans: &plans,
        catalogue: state.catalogue(),
        lang: crate::http::auth::page().lang_code(),
    };
    let prefix = format!("{plan}/");
    let mut stories = state.app().stories(org, &StoryFilter::default()).await?;
    stories.sort_by_key(|s| {
        !s.tag_values("outcome")
            .iter()
            .any(|v| v.starts_with(&prefix))
    });
    let sections = SECTIONS
        .iter()
        .map(|kind| {
            let sent = input.sections.iter().find(|s| s.kind == *kind);
            SectionRow {
                kind: (*kind).to_owned(),
                heading: section_heading(kind),
                hint: t(&format!("reports-section-{kind}-hint")),
                include: sent.is_some_and(|s| s.include),
                position: sent.map(|s| s.position.clone()).unwrap_or_default(),
                narrative: sent.map(|s| s.narrative.clone()).unwrap_or_default(),
            }
        })
        .collect();
    let page = FormPage {
        crumbs: crumbs(
            plan,
            plan_title,
            &[match &id {
                Some(id) => (
                    format!("/plans/{plan}/reports/{id}/edit"),
                    t("reports-edit-title"),
                ),
                None => (format!("/plans/{plan}/reports/new"), t("reports-new-title")),
            }],
        ),
        plan_id: plan.to_string(),
        plan_title: plan_title.to_owned(),
        id,
        errors: field_errors(problems),
        input,
        sections,
        has_refused: stories
            .iter()
            .any(|s| !tessera_app::stories::consent::scopes(s).allows_report()),
        cards: stories.iter().map(|s| labeller.card(s)).collect(),
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// The form's fields as a report input.
fn input_from(form: &[(String, String)]) -> ReportInput {
    let get = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    ReportInput {
        title: get("title"),
        period_start: get("period_start"),
        period_end: get("period_end"),
        sections: SECTIONS
            .iter()
            .map(|kind| SectionInput {
                kind: (*kind).to_owned(),
                include: form.iter().any(|(k, _)| *k == format!("include-{kind}")),
                position: get(&format!("position-{kind}")),
                narrative: get(&format!("narrative-{kind}")),
            })
            .collect(),
        stories: form
            .iter()
            .filter(|(k, _)| k == "stories")
            .map(|(_, v)| v.clone())
            .collect(),
    }
}

/// A saved report as the form shows it.
fn input_of(report: &Report) -> ReportInput {
    let saved = saved_sections(&report.sections);
    ReportInput {
        title: report.title.clone(),
        period_start: report.period_start.clone(),
        period_end: report.period_end.clone(),
        sections: SECTIONS
            .iter()
            .map(|kind| {
                let at = saved.iter().position(|s| s.kind == *kind);
                SectionInput {
                    kind: (*kind).to_owned(),
                    include: at.is_some(),
                    position: at.map(|p| (p + 1).to_string()).unwrap_or_default(),
                    narrative: at.map(|p| saved[p].narrative.clone()).unwrap_or_default(),
                }
            })
            .collect(),
        stories: report.stories.iter().map(|s| s.to_string()).collect(),
    }
}

/// `GET /plans/{id}/reports/new`.
pub(crate) async fn new_form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (record, plan) = state.app().plan(org.id, &id).await?;
    let today = tessera_app::participants::today();
    let year_ago = today.replace_year(today.year() - 1).unwrap_or(today);
    let input = blank(
        &tessera_l10n::ta(
            "reports-default-title",
            &[("plan", plan.title.clone().into())],
        ),
        &tessera_plan::format_date(year_ago),
        &tessera_plan::format_date(today),
    );
    render(
        &state,
        org.id,
        record.id,
        &plan.title,
        None,
        input,
        Vec::new(),
    )
    .await
}

/// `POST /plans/{id}/reports/new`.
pub(crate) async fn create(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let (record, plan) = state.app().plan(editor.0.id, &id).await?;
    let input = input_from(&form);
    match state
        .app()
        .create_report(&editor.actor(), &id, &input)
        .await?
    {
        Ok(report) => Ok(Redirect::to(&format!(
            "/plans/{}/reports/{}?done=saved",
            record.id, report.id
        ))
        .into_response()),
        Err(problems) => {
            render(
                &state,
                editor.0.id,
                record.id,
                &plan.title,
                None,
                input,
                problems,
            )
            .await
        }
    }
}

/// `GET /plans/{id}/reports/{report}/edit`.
pub(crate) async fn edit_form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path((id, report)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (record, plan) = state.app().plan(org.id, &id).await?;
    let report = state
        .app()
        .plan_report(org.id, Some(record.id), &report)
        .await?;
    render(
        &state,
        org.id,
        record.id,
        &plan.title,
        Some(report.id.to_string()),
        input_of(&report),
        Vec::new(),
    )
    .await
}

/// `POST /plans/{id}/reports/{report}/edit`.
pub(crate) async fn update(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((id, report)): Path<(String, String)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let (record, plan) = state.app().plan(editor.0.id, &id).await?;
    let input = input_from(&form);
    match state
        .app()
        .update_report(&editor.actor(), record.id, &report, &input)
        .await?
    {
        Ok(saved) => Ok(Redirect::to(&format!(
            "/plans/{}/reports/{}?done=saved",
            record.id, saved.id
        ))
        .into_response()),
        Err(problems) => {
            render(
                &state,
                editor.0.id,
                record.id,
                &plan.title,
                Some(report),
                input,
                problems,
            )
            .await
        }
    }
}
