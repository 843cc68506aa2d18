//! A plan's reports.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;

use super::crumbs;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

/// One report as listed.
pub(crate) struct Line {
    pub id: String,
    pub title: String,
    pub period: String,
    pub status: String,
    pub final_: bool,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "reports/list.html")]
pub(crate) struct ListPage {
    crumbs: Vec<(String, String)>,
    plan_id: String,
    plan_title: String,
    lines: Vec<Line>,
    notice: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: String,
}

/// A report's status in words.
pub(crate) fn status_label(status: &str) -> String {
    tessera_l10n::t(if status == "final" {
        "reports-status-final"
    } else {
        "reports-status-draft"
    })
}

/// `GET /plans/{id}/reports`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Html<String>, PageError> {
    let (record, plan) = state.app().plan(org.id, &id).await?;
    let (_, reports) = state.app().plan_reports(org.id, &id).await?;
    let day = crate::pages::participants::day;
    let page = ListPage {
        crumbs: crumbs(record.id, &plan.title, &[]),
        plan_id: record.id.to_string(),
        plan_title: plan.title,
        lines: reports
            .into_iter()
            .map(|r| Line {
                id: r.id.to_string(),
                period: tessera_l10n::ta(
                    "reports-period",
                    &[
                        ("start", day(&r.period_start).into()),
                        ("end", day(&r.period_end).into()),
                    ],
                ),
                status: status_label(&r.status),
                final_: r.status == "final",
                updated: crate::pages::participants::when(&r.updated_at),
                title: r.title,
            })
            .collect(),
        notice: match done.done.as_str() {
            "deleted" => Some(tessera_l10n::t("reports-done-deleted")),
            _ => None,
        },
    };
    Ok(Html(page.render()?))
}
