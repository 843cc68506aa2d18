//! The participant register: every participant of the organisation (or of one plan), with
//! their side, plans and what their consent allows.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use serde::Deserialize;
use tessera_app::participants::{parse_side, side_label};
use tessera_store::PlanId;

use super::{register_crumbs, standing_tag};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

/// One participant as listed.
pub(crate) struct Line {
    pub code: String,
    pub reference: String,
    pub side: String,
    pub plans: Vec<String>,
    pub standing: String,
    pub standing_tag: &'static str,
}

#[derive(Template)]
#[template(path = "participants/list.html")]
pub(crate) struct ListPage {
    crumbs: Vec<(String, String)>,
    org_name: String,
    lines: Vec<Line>,
    plans: Vec<(String, String)>,
    plan: String,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    plan: String,
    #[serde(default)]
    done: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, PageError> {
    let plans = state.app().org_plans(org.id).await?;
    let filter = query
        .plan
        .trim()
        .parse::<i64>()
        .ok()
        .map(PlanId)
        .filter(|id| plans.iter().any(|(p, _)| p == id));
    let register = state.app().register(org.id, filter).await?;
    let title_of = |id: PlanId| {
        plans
            .iter()
            .find(|(p, _)| *p == id)
            .map_or_else(|| id.to_string(), |(_, plan)| plan.title.clone())
    };
    let lines = register
        .into_iter()
        .map(|r| Line {
            standing: r.standing.label(),
            standing_tag: standing_tag(r.standing.code()),
            side: parse_side(&r.participant.side).map_or_else(String::new, side_label),
            plans: r
                .participant
                .plans
                .iter()
                .map(|m| title_of(m.plan))
                .collect(),
            reference: r.participant.reference.clone().unwrap_or_default(),
            code: r.participant.code,
        })
        .collect();
    let page = ListPage {
        crumbs: register_crumbs(&[]),
        org_name: org.name,
        lines,
        plans: plans
            .iter()
            .map(|(id, p)| (id.to_string(), p.title.clone()))
            .collect(),
        plan: filter.map(|p| p.to_string()).unwrap_or_default(),
        notice: match query.done.as_str() {
            "erased" => Some(tessera_l10n::t("participants-done-erased")),
            "settings" => Some(tessera_l10n::t("participants-done-settings")),
            _ => None,
        },
    };
    Ok(Html(page.render()?))
}
