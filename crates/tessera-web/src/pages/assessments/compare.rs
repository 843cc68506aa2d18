//! Two self-assessments of the same kind side by side: a chart with both, and a table of each
//! item's level then and now and which way it moved.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use serde::Deserialize;
use tessera_app::assessments::compare::tally;

use super::chart::{LevelChart, code_of};
use super::{day, kind_crumbs, kind_of, level_text};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

/// One item's movement as shown.
pub(crate) struct Row {
    pub code: String,
    pub name: String,
    pub name_lang: Option<String>,
    pub before: String,
    pub after: String,
    pub change: String,
    pub direction: &'static str,
    pub direction_text: String,
}

#[derive(Template)]
#[template(path = "assessments/compare.html")]
pub(crate) struct ComparePage {
    crumbs: Vec<(String, String)>,
    kind_name: String,
    earlier: (String, String, String),
    later: (String, String, String),
    kind: &'static str,
    chart: String,
    rows: Vec<Row>,
    summary: String,
}

#[derive(Deserialize, Default)]
pub(crate) struct CompareQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// `GET /assessments/{kind}/compare?from=…&to=…`.
pub(crate) async fn show(
    State(state): State<AppState>,
    current: CurrentOrg,
    Path(kind): Path<String>,
    Query(query): Query<CompareQuery>,
) -> Result<Html<String>, PageError> {
    let kind = kind_of(&kind)?;
    let actor = current.actor();
    let (earlier, later, moved) = state
        .app()
        .compare_assessments(&actor, kind, &query.from, &query.to)
        .await?;
    let items = state.app().assessment_items(&actor, kind).await?;
    let name = |a: &tessera_app::assessments::AssessmentView| {
        format!("{} ({})", a.record.title, day(&a.record.taken_on))
    };
    let chart = LevelChart::new(
        "movement",
        &tessera_l10n::t("assessments-compare-chart-title"),
        kind,
        &items,
        &[
            (name(&earlier), moved.iter().map(|m| m.before).collect()),
            (name(&later), moved.iter().map(|m| m.after).collect()),
        ],
    )
    .render()?;
    let (better, same, worse, unknown) = tally(&moved);
    let rows = moved
        .iter()
        .map(|m| Row {
            code: code_of(&m.item),
            name: m.item.name.clone(),
            name_lang: (m.item.name_lang != tessera_l10n::current().code())
                .then(|| m.item.name_lang.clone()),
            before: level_text(kind, m.before),
            after: level_text(kind, m.after),
            change: m
                .change
                .map(|c| tessera_l10n::signed(f64::from(c), 0))
                .unwrap_or_default(),
            direction: m.direction.code(),
            direction_text: tessera_l10n::t(&format!(
                "assessments-direction-{}",
                m.direction.code()
            )),
        })
        .collect();
    let page = ComparePage {
        crumbs: kind_crumbs(kind, &[]),
        kind_name: kind.name(),
        earlier: (
            earlier.record.id.to_string(),
            earlier.record.title.clone(),
            day(&earlier.record.taken_on),
        ),
        later: (
            later.record.id.to_string(),
            later.record.title.clone(),
            day(&later.record.taken_on),
        ),
        kind: kind.code(),
        chart,
        rows,
        summary: tessera_l10n::ta(
            "assessments-compare-summary",
            &[
                ("better", better.into()),
                ("same", same.into()),
                ("worse", worse.into()),
                ("unknown", unknown.into()),
            ],
        ),
    };
    Ok(Html(page.render()?))
}
