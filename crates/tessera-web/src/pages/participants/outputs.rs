//! A plan's output log: sessions and attendance per period against the output targets, broken
//! down by side, gender and age band; forms to log a period and to set targets.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::participants::Problem;
use tessera_app::participants::fields::built_in;
use tessera_app::participants::outputs::{
    OutputLogInput, PeriodKind, PeriodTotals, age_bands, attendance_of, genders,
};
use tessera_l10n::{number, t};
use tessera_store::OrgId;

use super::{day, field_errors, plan_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};
use crate::ui::forms::FieldError;

/// Rows of attendance the form offers.
const FORM_ROWS: usize = 6;

/// One period's totals, written out.
pub(crate) struct TotalsView {
    pub period: String,
    pub sessions: String,
    pub sessions_target: String,
    pub attendances: String,
    pub attendances_target: String,
    /// Counts in the order of the page's columns.
    pub by_side: Vec<String>,
    pub by_gender: Vec<String>,
    pub by_age_band: Vec<String>,
}

/// One output's totals.
pub(crate) struct OutputView {
    pub id: String,
    pub text: String,
    pub totals: Vec<TotalsView>,
}

/// One log entry, listed.
pub(crate) struct EntryView {
    pub id: String,
    pub output: String,
    pub period: String,
    pub sessions: String,
    pub attendances: String,
    pub notes: String,
}

#[derive(Template)]
#[template(path = "participants/outputs.html")]
pub(crate) struct OutputsPage {
    crumbs: Vec<(String, String)>,
    id: String,
    title: String,
    period: String,
    /// (code, words) of the period lengths.
    periods: Vec<(String, String)>,
    outputs: Vec<OutputView>,
    /// (id, text) of the plan's outputs.
    choices: Vec<(String, String)>,
    side_columns: Vec<String>,
    gender_columns: Vec<String>,
    age_columns: Vec<String>,
    /// (code, words) for the form's selects.
    gender_choices: Vec<(String, String)>,
    age_choices: Vec<(String, String)>,
    entries: Vec<EntryView>,
    errors: Vec<FieldError>,
    input: OutputLogInput,
    rows: Vec<(String, String, String, String)>,
}

#[derive(Deserialize, Default)]
pub(crate) struct PeriodQuery {
    #[serde(default)]
    period: String,
}

fn count(n: u64) -> String {
    #[expect(clippy::cast_precision_loss, reason = "counts")]
    number(n as f64, 0)
}

fn target(x: Option<f64>) -> String {
    x.map(|v| number(v, if v.fract() == 0.0 { 0 } else { 1 }))
        .unwrap_or_default()
}

fn totals_view(t: &PeriodTotals) -> TotalsView {
    let counts = |v: &[(String, u64)]| v.iter().map(|(_, n)| count(*n)).collect();
    TotalsView {
        period: t.label.clone(),
        sessions: count(t.sessions),
        sessions_target: target(t.sessions_target),
        attendances: count(t.attendances),
        attendances_target: target(t.attendances_target),
        by_side: counts(&t.by_side),
        by_gender: counts(&t.by_gender),
        by_age_band: counts(&t.by_age_band),
    }
}

fn choices(key: &str) -> Vec<(String, String)> {
    built_in(key).map(|f| f.choices).unwrap_or_default()
}

async fn render(
    state: &AppState,
    org: OrgId,
    id: &str,
    period: PeriodKind,
    input: OutputLogInput,
    problems: Vec<Problem>,
) -> Result<Response, PageError> {
    let (plan_id, plan, summary) = state.app().output_summary(org, id, period).await?;
    let output_text = |oid: &str| {
        plan.outputs
            .iter()
            .find(|o| o.id == oid)
            .map_or_else(|| oid.to_owned(), |o| o.text.clone())
    };
    let gender_choices = choices("gender");
    let age_choices = choices("age_band");
    let words = |code: &str, list: &[(String, String)]| {
        list.iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| code.to_owned(), |(_, w)| w.clone())
    };
    let mut rows = input.rows.clone();
    rows.resize(FORM_ROWS.max(rows.len()), Default::default());
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = OutputsPage {
        crumbs: plan_crumbs(plan_id, &plan.title, &[]),
        id: plan_id.to_string(),
        title: plan.title.clone(),
        period: period.code().to_owned(),
        periods: PeriodKind::ALL
            .iter()
            .map(|k| {
                (
                    k.code().to_owned(),
                    t(&format!("participants-period-kind-{}", k.code())),
                )
            })
            .collect(),
        outputs: summary
            .outputs
            .iter()
            .map(|(oid, text)| OutputView {
                id: oid.clone(),
                text: text.clone(),
                totals: summary
                    .totals
                    .iter()
                    .filter(|t| &t.output == oid)
                    .map(totals_view)
                    .collect(),
            })
            .collect(),
        choices: summary.outputs.clone(),
        side_columns: vec![
            t("participants-side-newcomers"),
            t("participants-side-receiving_community"),
            t("participants-not-recorded"),
        ],
        gender_columns: genders()
            .iter()
            .map(|g| words(g, &gender_choices))
            .chain([t("participants-not-recorded")])
            .collect(),
        age_columns: age_bands()
            .iter()
            .map(|a| words(a, &age_choices))
            .chain([t("participants-not-recorded")])
            .collect(),
        entries: summary
            .logs
            .iter()
            .rev()
            .map(|l| EntryView {
                id: l.id.to_string(),
                output: output_text(&l.output),
                period: if l.period_start == l.period_end {
                    day(&l.period_start)
                } else {
                    format!("{} – {}", day(&l.period_start), day(&l.period_end))
                },
                sessions: number(l.sessions as f64, 0),
                attendances: count(attendance_of(l).iter().map(|a| a.count).sum()),
                notes: l.notes.clone(),
            })
            .collect(),
        gender_choices,
        age_choices,
        errors: field_errors(problems),
        input,
        rows,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, PageError> {
    let period = PeriodKind::parse(&query.period).unwrap_or_default();
    render(
        &state,
        org.id,
        &id,
        period,
        OutputLogInput::default(),
        Vec::new(),
    )
    .await
}

/// `POST /plans/{id}/outputs`: logs a period.
pub(crate) async fn log(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let get = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let rows = (0..FORM_ROWS)
        .map(|i| {
            (
                get(&format!("side-{i}")),
                get(&format!("gender-{i}")),
                get(&format!("age-{i}")),
                get(&format!("count-{i}")),
            )
        })
        .collect();
    let input = OutputLogInput {
        output: get("output"),
        period_start: get("period_start"),
        period_end: get("period_end"),
        sessions: get("sessions"),
        rows,
        notes: get("notes"),
    };
    match state.app().log_output(&editor.actor(), &id, &input).await? {
        Ok(log) => Ok(Redirect::to(&format!("/plans/{}/outputs", log.plan)).into_response()),
        Err(problems) => render(&state, editor.0.id, &id, PeriodKind::Month, input, problems).await,
    }
}

#[derive(Deserialize)]
pub(crate) struct TargetForm {
    #[serde(default)]
    output: String,
    #[serde(default)]
    measure: String,
    #[serde(default)]
    period: String,
    #[serde(default)]
    target: String,
}

/// `POST /plans/{id}/outputs/targets`: sets or removes a target.
pub(crate) async fn target_set(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<TargetForm>,
) -> Result<Response, PageError> {
    match state
        .app()
        .set_output_target(
            &editor.actor(),
            &id,
            &form.output,
            &form.measure,
            &form.period,
            &form.target,
        )
        .await?
    {
        Ok(()) => {
            let plan = tessera_app::plans::parse_id(&id)?;
            Ok(Redirect::to(&format!("/plans/{plan}/outputs")).into_response())
        }
        Err(problems) => {
            let problems = problems
                .into_iter()
                .map(|p| Problem::new(format!("target-{}", p.field), p.message))
                .collect();
            render(
                &state,
                editor.0.id,
                &id,
                PeriodKind::Month,
                OutputLogInput::default(),
                problems,
            )
            .await
        }
    }
}

/// `POST /plans/{id}/outputs/{log}/delete`.
pub(crate) async fn delete(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((id, log)): Path<(String, String)>,
) -> Result<Response, PageError> {
    state
        .app()
        .delete_output_log(&editor.actor(), &id, &log)
        .await?;
    let plan = tessera_app::plans::parse_id(&id)?;
    Ok(Redirect::to(&format!("/plans/{plan}/outputs")).into_response())
}
