//! `GET /plans`: the organisation's plans with the state of their checks.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use tessera_plan::Plan;
use tessera_store::prelude::*;

use super::ChecksSummary;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

pub(crate) struct PlanRow {
    pub href: String,
    pub title: String,
    pub kind: String,
    pub passed: usize,
    pub to_fix: usize,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "plans/list.html")]
pub(crate) struct ListPage {
    pub plans: Vec<PlanRow>,
    pub crumbs: Vec<(String, String)>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
) -> Result<Html<String>, PageError> {
    let records = state.store().plans(org.id).await?;
    let catalogue = state.app().catalogue_for(org.id).await?;
    let mut plans = Vec::with_capacity(records.len());
    for record in records {
        // A document that no longer reads as a plan is still listed, so it can be found and
        // exported; its page explains the problem.
        let (kind, passed, to_fix) = match serde_json::from_value::<Plan>(record.document) {
            Ok(plan) => {
                let checks = ChecksSummary::of(&plan, &catalogue);
                (plan.kind.text(), checks.passed, checks.to_fix)
            }
            Err(_) => (tessera_l10n::t("plans-list-unreadable"), 0, 0),
        };
        plans.push(PlanRow {
            href: format!("/plans/{}", record.id),
            title: record.title,
            kind,
            passed,
            to_fix,
            updated: super::stored_date(&record.updated_at),
        });
    }
    let page = ListPage {
        plans,
        crumbs: vec![("/".to_owned(), tessera_l10n::t("nav-home"))],
    };
    Ok(Html(page.render()?))
}
