//! A partner's report for a period, as either side may read it, and the commissioner's
//! acceptance or return.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::partners::report_status_label;
use tessera_app::partners::reports::Reader;
use tessera_app::partners::snapshot::{ATTENDANCE_SIDES, SnapshotFigure};
use tessera_store::Organisation;

use super::{Done, crumbs, day, field_errors, notice};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};
use crate::ui::forms::FieldError;

/// One progress figure as shown.
pub(crate) struct FigureLine {
    pub indicator: String,
    pub side: String,
    pub value: String,
    pub interval: String,
    pub status: String,
}

/// A figure in its unit, or the words for a hidden one.
pub(crate) fn figure_text(value: Option<f64>, percent: bool) -> String {
    match value {
        Some(v) if percent => tessera_l10n::percent(v / 100.0, 0),
        Some(v) => tessera_l10n::number(v, 1),
        None => tessera_l10n::t("partners-hidden"),
    }
}

fn figure_line(f: &SnapshotFigure) -> FigureLine {
    let percent = f.unit.kind == tessera_plan::UnitKind::Percentage;
    FigureLine {
        indicator: f.indicator_name.clone(),
        side: tessera_plan::Side::parse(&f.side).map_or_else(|| f.side.clone(), |s| s.text()),
        value: figure_text(f.value, percent),
        interval: match (f.ci_low, f.ci_high) {
            (Some(l), Some(h)) => tessera_l10n::ta(
                "partners-interval",
                &[
                    ("low", figure_text(Some(l), percent).into()),
                    ("high", figure_text(Some(h), percent).into()),
                ],
            ),
            _ => String::new(),
        },
        status: f
            .status
            .as_deref()
            .map(|s| tessera_l10n::t(&format!("partners-figure-status-{s}")))
            .unwrap_or_default(),
    }
}

/// A count, or the words for a hidden one.
pub(crate) fn count_text(n: Option<u64>) -> String {
    n.map_or_else(
        || tessera_l10n::t("partners-hidden"),
        |n| tessera_l10n::number(n as f64, 0),
    )
}

/// The attendance columns' names, then the total's.
pub(crate) fn attendance_headers() -> Vec<String> {
    ATTENDANCE_SIDES
        .iter()
        .map(|s| {
            if s.is_empty() {
                tessera_l10n::t("partners-side-not-recorded")
            } else {
                tessera_plan::Side::parse(s).map_or_else(|| (*s).to_owned(), |x| x.text())
            }
        })
        .chain([tessera_l10n::t("partners-total")])
        .collect()
}

/// A story as shown.
pub(crate) struct StoryLine {
    pub title: String,
    pub kind: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "partners/report.html")]
pub(crate) struct ReportPage {
    crumbs: Vec<(String, String)>,
    id: String,
    partner: String,
    plan_title: String,
    period: String,
    status: String,
    code: String,
    submitted: String,
    review_note: String,
    narrative: String,
    as_commissioner: bool,
    figures: Vec<FigureLine>,
    sessions: String,
    headers: Vec<String>,
    attendance: Vec<String>,
    stories: Vec<StoryLine>,
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
    let view = state.app().partner_report_view(org.id, id).await?;
    let s = &view.snapshot;
    let page = ReportPage {
        crumbs: crumbs(&[
            (
                format!("/partners/links/{}", view.link.id),
                if view.reader == Reader::Commissioner {
                    view.link.partner_name.clone()
                } else {
                    view.link.commissioner_name.clone()
                },
            ),
            (
                format!("/partners/reports/{}", view.report.id),
                view.period.label.clone(),
            ),
        ]),
        id: view.report.id.to_string(),
        partner: view.link.partner_name.clone(),
        plan_title: s.plan_title.clone(),
        period: tessera_l10n::ta(
            "partners-period-dates",
            &[
                ("start", day(&s.period_start).into()),
                ("end", day(&s.period_end).into()),
            ],
        ),
        status: report_status_label(&view.report.status),
        code: view.report.status.clone(),
        submitted: tessera_l10n::ta(
            "partners-submitted-by",
            &[
                ("who", view.report.submitted_by.clone().into()),
                (
                    "when",
                    crate::pages::participants::when(&view.report.submitted_at).into(),
                ),
            ],
        ),
        review_note: view.report.review_note.clone(),
        narrative: s.narrative.clone(),
        as_commissioner: view.reader == Reader::Commissioner,
        figures: s.progress.iter().map(figure_line).collect(),
        sessions: count_text(view.sessions),
        headers: attendance_headers(),
        attendance: view.attendance.iter().copied().map(count_text).collect(),
        stories: s
            .stories
            .iter()
            .map(|st| StoryLine {
                title: st.title.clone(),
                kind: tessera_app::stories::kind_label(&st.kind),
                body: st.body.clone(),
            })
            .collect(),
        errors,
        notice,
    };
    Ok(Html(page.render()?))
}

/// `GET /partners/reports/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Html<String>, PageError> {
    render(&state, &org, &id, Vec::new(), notice(&done.done)).await
}

/// The review form.
#[derive(serde::Deserialize, Default)]
pub(crate) struct ReviewForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    note: String,
}

/// `POST /partners/reports/{id}/review` (the commissioner's editors).
pub(crate) async fn review(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<ReviewForm>,
) -> Result<Response, PageError> {
    state.app().partner_report_view(editor.0.id, &id).await?;
    let accept = match form.decision.as_str() {
        "accept" => true,
        "return" => false,
        _ => {
            let errors = vec![FieldError::new(
                "decision",
                tessera_l10n::t("partners-error-decision"),
            )];
            return Ok(render(&state, &editor.0, &id, errors, None)
                .await?
                .into_response());
        }
    };
    match state
        .app()
        .review_partner_report(&editor.actor(), &id, accept, &form.note)
        .await?
    {
        Ok(r) => Ok(
            Redirect::to(&format!("/partners/reports/{}?done={}", r.id, r.status)).into_response(),
        ),
        Err(problems) => Ok(render(&state, &editor.0, &id, field_errors(problems), None)
            .await?
            .into_response()),
    }
}
