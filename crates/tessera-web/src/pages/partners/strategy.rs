//! A commissioner's strategy plan: its partners, its reporting periods with who has submitted
//! and who is late, and the form to set a period.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::partners::periods::PeriodInput;
use tessera_app::partners::{link_status_label, report_status_label};
use tessera_store::OrgId;

use super::{Done, crumbs, day, field_errors, notice, today};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};
use crate::ui::forms::FieldError;

/// One partner's status for a period.
pub(crate) struct Cell {
    pub partner: String,
    pub status: String,
    pub code: String,
    /// The report's page, when there is one.
    pub report: Option<String>,
}

/// One period.
pub(crate) struct PeriodLine {
    pub id: String,
    pub label: String,
    pub dates: String,
    pub due: String,
    pub submitted: usize,
    pub late: usize,
    pub partners: Vec<Cell>,
}

/// One partner of the plan.
pub(crate) struct PartnerLine {
    pub link: String,
    pub name: String,
    pub plan: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "partners/strategy.html")]
pub(crate) struct StrategyPage {
    crumbs: Vec<(String, String)>,
    plan_id: String,
    plan_title: String,
    partners: Vec<PartnerLine>,
    periods: Vec<PeriodLine>,
    form: PeriodForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

/// The period form.
#[derive(serde::Deserialize, Default, Clone)]
pub(crate) struct PeriodForm {
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub period_start: String,
    #[serde(default)]
    pub period_end: String,
    #[serde(default)]
    pub due_on: String,
}

async fn render(
    state: &AppState,
    org: OrgId,
    plan: &str,
    form: PeriodForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<Html<String>, PageError> {
    let (record, plan) = state.app().plan(org, plan).await?;
    let links = state.app().partner_links(org).await?;
    let partners = links
        .commissioned
        .iter()
        .filter(|l| l.commissioner_plan == record.id)
        .map(|l| PartnerLine {
            link: l.id.to_string(),
            name: l.partner_name.clone(),
            plan: l.partner_plan_title.clone().unwrap_or_default(),
            status: link_status_label(&l.status),
        })
        .collect();
    let periods = state
        .app()
        .reporting_overview(org, record.id, today())
        .await?
        .into_iter()
        .map(|o| PeriodLine {
            id: o.period.id.to_string(),
            label: o.period.label.clone(),
            dates: tessera_l10n::ta(
                "partners-period-dates",
                &[
                    ("start", day(&o.period.period_start).into()),
                    ("end", day(&o.period.period_end).into()),
                ],
            ),
            due: day(&o.period.due_on),
            submitted: o.submitted,
            late: o.late,
            partners: o
                .partners
                .iter()
                .map(|p| Cell {
                    partner: p.link.partner_name.clone(),
                    status: report_status_label(&p.status),
                    code: p.status.clone(),
                    report: p.report.as_ref().map(|r| r.id.to_string()),
                })
                .collect(),
        })
        .collect();
    let page = StrategyPage {
        crumbs: crumbs(&[(format!("/partners/plans/{}", record.id), plan.title.clone())]),
        plan_id: record.id.to_string(),
        plan_title: plan.title,
        partners,
        periods,
        form,
        errors,
        notice,
    };
    Ok(Html(page.render()?))
}

/// `GET /partners/plans/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Html<String>, PageError> {
    render(
        &state,
        org.id,
        &id,
        PeriodForm::default(),
        Vec::new(),
        notice(&done.done),
    )
    .await
}

/// `POST /partners/plans/{id}/periods` (editors).
pub(crate) async fn add_period(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<PeriodForm>,
) -> Result<Response, PageError> {
    let input = PeriodInput {
        label: form.label.clone(),
        period_start: form.period_start.clone(),
        period_end: form.period_end.clone(),
        due_on: form.due_on.clone(),
    };
    match state
        .app()
        .set_reporting_period(&editor.actor(), &id, &input)
        .await?
    {
        Ok(p) => {
            Ok(Redirect::to(&format!("/partners/plans/{}?done=period", p.plan)).into_response())
        }
        Err(problems) => Ok(
            render(&state, editor.0.id, &id, form, field_errors(problems), None)
                .await?
                .into_response(),
        ),
    }
}
