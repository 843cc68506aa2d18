//! A link between a commissioner's plan and a partner's plan: its state, the partner's answer
//! to an invitation, the periods it reports for with the form to submit, and ending it.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::partners::reports::SubmitInput;
use tessera_app::partners::{link_status_label, report_status_label};
use tessera_store::Organisation;

use super::{Done, crumbs, day, field_errors, notice, today};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, AsOwner, CurrentOrg};
use crate::ui::forms::FieldError;

/// One period as the partner sees it.
pub(crate) struct PeriodLine {
    pub id: String,
    pub label: String,
    pub dates: String,
    pub due: String,
    pub status: String,
    pub code: String,
    pub report: Option<String>,
    /// Whether a report may be submitted for it now (none yet, or returned).
    pub open: bool,
    /// The commissioner's note on a returned report.
    pub note: String,
}

/// A story offered for the report.
pub(crate) struct StoryChoice {
    pub id: String,
    pub title: String,
    pub shareable: bool,
}

#[derive(Template)]
#[template(path = "partners/link.html")]
pub(crate) struct LinkPage {
    crumbs: Vec<(String, String)>,
    id: String,
    commissioner: String,
    partner: String,
    strategy: String,
    strategy_id: String,
    partner_plan: String,
    status: String,
    code: String,
    note: String,
    invited: String,
    /// This organisation is the commissioner.
    as_commissioner: bool,
    /// The organisation's plans (for agreeing).
    plans: Vec<(String, String)>,
    periods: Vec<PeriodLine>,
    /// Some period is open for a report.
    can_submit: bool,
    /// Some story's consent does not cover sharing.
    can_not_share: bool,
    stories: Vec<StoryChoice>,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

async fn render(
    state: &AppState,
    org: &Organisation,
    id: &str,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<Html<String>, PageError> {
    let (link, rows, periods) = state.app().link_periods(org.id, id, today()).await?;
    let as_commissioner = link.is_commissioner(org.id);
    let plans = if !as_commissioner && link.status == "invited" {
        state
            .app()
            .org_plans(org.id)
            .await?
            .into_iter()
            .map(|(id, p)| (id.to_string(), p.title))
            .collect()
    } else {
        Vec::new()
    };
    let stories = if !as_commissioner && link.is_active() {
        state
            .app()
            .shareable_stories(org.id)
            .await?
            .into_iter()
            .map(|(s, ok)| StoryChoice {
                id: s.id.to_string(),
                title: s.title,
                shareable: ok,
            })
            .collect()
    } else {
        Vec::new()
    };
    let periods = periods
        .iter()
        .zip(rows)
        .map(|(p, r)| PeriodLine {
            id: p.id.to_string(),
            label: p.label.clone(),
            dates: tessera_l10n::ta(
                "partners-period-dates",
                &[
                    ("start", day(&p.period_start).into()),
                    ("end", day(&p.period_end).into()),
                ],
            ),
            due: day(&p.due_on),
            status: report_status_label(&r.status),
            open: r.report.as_ref().is_none_or(|x| x.status == "returned"),
            note: r
                .report
                .as_ref()
                .map(|x| x.review_note.clone())
                .unwrap_or_default(),
            report: r.report.as_ref().map(|x| x.id.to_string()),
            code: r.status,
        })
        .collect::<Vec<PeriodLine>>();
    let page = LinkPage {
        can_submit: periods.iter().any(|p| p.open),
        can_not_share: stories.iter().any(|s| !s.shareable),
        crumbs: crumbs(&[(
            format!("/partners/links/{}", link.id),
            if as_commissioner {
                link.partner_name.clone()
            } else {
                link.commissioner_name.clone()
            },
        )]),
        id: link.id.to_string(),
        commissioner: link.commissioner_name.clone(),
        partner: link.partner_name.clone(),
        strategy: link.commissioner_plan_title.clone(),
        strategy_id: link.commissioner_plan.to_string(),
        partner_plan: link.partner_plan_title.clone().unwrap_or_default(),
        status: link_status_label(&link.status),
        code: link.status.clone(),
        note: link.note.clone(),
        invited: tessera_l10n::ta(
            "partners-invited-by",
            &[(
                "when",
                crate::pages::participants::when(&link.invited_at).into(),
            )],
        ),
        as_commissioner,
        plans,
        periods,
        stories,
        errors,
        notice,
    };
    Ok(Html(page.render()?))
}

/// `GET /partners/links/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Html<String>, PageError> {
    render(&state, &org, &id, Vec::new(), notice(&done.done)).await
}

/// The answer form.
#[derive(serde::Deserialize, Default)]
pub(crate) struct AnswerForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    plan: String,
}

/// `POST /partners/links/{id}/answer` (the partner's owners).
pub(crate) async fn answer(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(id): Path<String>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, PageError> {
    // The link must be the organisation's before anything is said about the form.
    state.app().partner_link(owner.0.id, &id).await?;
    let plan = match form.decision.as_str() {
        "agree" => Some(form.plan.as_str()),
        "decline" => None,
        _ => {
            let errors = vec![FieldError::new(
                "decision",
                tessera_l10n::t("partners-error-decision"),
            )];
            return Ok(render(&state, &owner.0, &id, errors, None)
                .await?
                .into_response());
        }
    };
    match state
        .app()
        .answer_partner_invitation(&owner.actor(), &id, plan)
        .await?
    {
        Ok(link) => Ok(Redirect::to(&format!(
            "/partners/links/{}?done={}",
            link.id,
            if link.is_active() {
                "agreed"
            } else {
                "declined"
            }
        ))
        .into_response()),
        Err(problems) => Ok(render(&state, &owner.0, &id, field_errors(problems), None)
            .await?
            .into_response()),
    }
}

/// `POST /partners/links/{id}/submit` (the partner's editors): the form's `stories` may repeat.
pub(crate) async fn submit(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    state.app().partner_link(editor.0.id, &id).await?;
    let mut input = SubmitInput::default();
    for (name, value) in fields {
        match name.as_str() {
            "period" => input.period = value,
            "stories" => input.stories.push(value),
            "narrative" => input.narrative = value,
            _ => {}
        }
    }
    if input.period.trim().is_empty() {
        let errors = vec![FieldError::new(
            "period",
            tessera_l10n::t("partners-error-choose-period"),
        )];
        return Ok(render(&state, &editor.0, &id, errors, None)
            .await?
            .into_response());
    }
    match state
        .app()
        .submit_partner_report(&editor.actor(), &id, &input)
        .await?
    {
        Ok(r) => {
            Ok(Redirect::to(&format!("/partners/reports/{}?done=submitted", r.id)).into_response())
        }
        Err(problems) => Ok(render(&state, &editor.0, &id, field_errors(problems), None)
            .await?
            .into_response()),
    }
}

#[derive(Template)]
#[template(path = "partners/end.html")]
pub(crate) struct EndPage {
    crumbs: Vec<(String, String)>,
    id: String,
    with: String,
    strategy: String,
}

/// `GET /partners/links/{id}/end` (owners of either side): asks first.
pub(crate) async fn end_confirm(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let link = state.app().partner_link(owner.0.id, &id).await?;
    let with = if link.is_commissioner(owner.0.id) {
        link.partner_name.clone()
    } else {
        link.commissioner_name.clone()
    };
    Ok(Html(
        EndPage {
            crumbs: crumbs(&[(format!("/partners/links/{}", link.id), with.clone())]),
            id: link.id.to_string(),
            with,
            strategy: link.commissioner_plan_title,
        }
        .render()?,
    ))
}

/// `POST /partners/links/{id}/end` (owners of either side).
pub(crate) async fn end(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let link = state.app().end_partner_link(&owner.actor(), &id).await?;
    Ok(Redirect::to(&format!("/partners/links/{}?done=ended", link.id)).into_response())
}
