//! A plan's page, its printable version, the diagram at full size and the calendar of
//! collections.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use serde::Deserialize;
use tessera_plan::{UpcomingCollection, upcoming_collections};
use tessera_store::PlanId;

use super::diagram::Drawings;
use super::plan_crumbs;
use super::progress::progress;
pub(crate) use super::view::PlanView;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

#[derive(Template)]
#[template(path = "plans/show.html")]
pub(crate) struct ShowPage {
    pub v: PlanView,
    pub crumbs: Vec<(String, String)>,
    /// Stories tagged to the plan's outcomes (issue 17).
    pub stories: Vec<crate::pages::stories::OutcomeStories>,
    /// Where a plan copied from the library came from, in a sentence.
    pub origin: Option<String>,
}

#[derive(Template)]
#[template(path = "plans/print.html")]
pub(crate) struct PrintPage {
    pub v: PlanView,
    pub caption: String,
}

/// The diagram at its natural size, with its outline.
#[derive(Template)]
#[template(path = "plans/diagram.html")]
pub(crate) struct DiagramPage {
    pub id: PlanId,
    pub title: String,
    pub drawings: Drawings,
    pub crumbs: Vec<(String, String)>,
}

/// Which view of the plan `GET /plans/{id}` shows.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ShowQuery {
    /// `diagram` for the diagram at full size; the whole plan otherwise.
    #[serde(default)]
    pub view: Option<String>,
}

/// Loads the plan and everything its page shows.
async fn view(
    state: &AppState,
    org: tessera_store::OrgId,
    id: &str,
) -> Result<PlanView, PageError> {
    let (record, plan) = super::load(state, org, id).await?;
    let progress = progress(state, org, &record, &plan).await?;
    let catalogue = state.app().catalogue_for(org).await?;
    PlanView::new(record.id, plan, &record.updated_at, &catalogue, progress)
}

pub(crate) fn today() -> tessera_plan::Date {
    time::OffsetDateTime::now_utc().date()
}

/// `GET /plans/{id}`, and `GET /plans/{id}?view=diagram` for the diagram at its natural size
/// (its own address would need a route outside the planner's pages; see the report).
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(query): Query<ShowQuery>,
) -> Result<Html<String>, PageError> {
    if query.view.as_deref() == Some("diagram") {
        let (record, plan) = super::load(&state, org.id, &id).await?;
        let page = DiagramPage {
            id: record.id,
            title: plan.title.clone(),
            drawings: Drawings::of(&plan)?,
            crumbs: plan_crumbs(record.id, &plan),
        };
        return Ok(Html(page.render()?));
    }
    let mut v = view(&state, org.id, &id).await?;
    v.full_size_link = true;
    let crumbs = super::crumbs(&[]);
    let stories = crate::pages::stories::beside_outcomes(&state, org.id, v.id, &v.plan).await?;
    let origin = state.app().plan_origin(org.id, v.id).await?;
    Ok(Html(
        ShowPage {
            v,
            crumbs,
            stories,
            origin,
        }
        .render()?,
    ))
}

/// `GET /plans/{id}/print`.
pub(crate) async fn print(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let v = view(&state, org.id, &id).await?;
    let caption = tessera_l10n::ta(
        "plans-print-caption",
        &[
            ("kind", v.kind.as_str().into()),
            ("printed", tessera_l10n::date(today()).into()),
            ("updated", v.updated_at.as_str().into()),
        ],
    );
    Ok(Html(PrintPage { v, caption }.render()?))
}

/// A month of the calendar.
pub(crate) struct Month {
    pub heading: String,
    pub items: Vec<(String, UpcomingCollection)>,
}

#[derive(Template)]
#[template(path = "plans/calendar.html")]
pub(crate) struct CalendarPage {
    pub id: PlanId,
    pub title: String,
    pub today: String,
    pub months: Vec<Month>,
    pub crumbs: Vec<(String, String)>,
}

/// Groups collections by month, in date order, with headings in the page's language.
pub(crate) fn months(upcoming: Vec<UpcomingCollection>) -> Vec<Month> {
    let mut out: Vec<Month> = Vec::new();
    for c in upcoming {
        let month = tessera_l10n::t(&format!("month-{}", u8::from(c.date.month())));
        let heading = tessera_l10n::ta(
            "plans-calendar-month",
            &[
                ("month", month.as_str().into()),
                ("year", c.date.year().to_string().into()),
            ],
        );
        let day = tessera_l10n::ta(
            "plans-calendar-day",
            &[
                ("day", c.date.day().to_string().into()),
                ("month", month.into()),
            ],
        );
        match out.last_mut() {
            Some(m) if m.heading == heading => m.items.push((day, c)),
            _ => out.push(Month {
                heading,
                items: vec![(day, c)],
            }),
        }
    }
    out
}

/// `GET /plans/{id}/calendar`: upcoming collection dates, by month.
pub(crate) async fn calendar(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let (record, plan) = super::load(&state, org.id, &id).await?;
    let today = today();
    let page = CalendarPage {
        id: record.id,
        title: plan.title.clone(),
        today: tessera_l10n::date(today),
        months: months(upcoming_collections(&plan, today)),
        crumbs: plan_crumbs(record.id, &plan),
    };
    Ok(Html(page.render()?))
}
