//! The guided steps after the goal, still working backwards: outcomes, outputs, activities,
//! then the assumptions on each link, stakeholders, indicators and the evaluation plan. Each
//! step shows the guide's question, what the plan has so far, and what the checks still miss.
//! The guide's two exercises (choosing domains; forward and backward) are steps too, shown by
//! [`super::exercise`].

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use tessera_l10n::{t, ta};
use tessera_plan::{CheckStatus, NodeKind, Plan};
use tessera_store::PlanId;

use super::edit::{self, AnyPart, NodePart, StakeholderPart};
use super::exercise::{self, ExerciseQuery};
use super::form::FormView;
use super::{CheckView, ChecksSummary, indicator_name, plan_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

/// The steps, in order, by the word of their address. Steps 1 and 2 are the creation form.
pub(crate) const STEPS: [&str; 7] = [
    "outcomes",
    "outputs",
    "activities",
    "assumptions",
    "stakeholders",
    "indicators",
    "evaluation",
];

/// A step's heading, in the page's language.
fn step_heading(step: &str) -> String {
    t(&format!("plans-step-{step}-heading"))
}

pub(crate) struct StepItem {
    pub text: String,
    pub details: Vec<String>,
    /// (label, visually hidden context, href)
    pub actions: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "plans/step.html")]
pub(crate) struct StepPage {
    pub id: PlanId,
    pub page_title: String,
    pub caption: String,
    pub heading: String,
    pub prompt: String,
    pub goal: String,
    pub items_heading: String,
    pub items: Vec<StepItem>,
    pub form: Option<FormView>,
    pub form_heading: String,
    pub next_href: String,
    pub next_label: String,
    pub missing: Vec<CheckView>,
    pub passed: usize,
    pub crumbs: Vec<(String, String)>,
}

fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

fn node_items(plan: &Plan, id: PlanId, kind: NodeKind, back: &str) -> Vec<StepItem> {
    plan.nodes()
        .into_iter()
        .filter(|n| n.kind() == kind)
        .map(|n| {
            let leads: Vec<String> = plan
                .links
                .iter()
                .filter(|l| l.from == n.id())
                .filter_map(|l| plan.node(&l.to))
                .map(|to| {
                    ta(
                        "plans-step-leads-to",
                        &[
                            ("kind", to.kind().code().into()),
                            ("text", to.text().into()),
                        ],
                    )
                })
                .collect();
            StepItem {
                text: n.text().to_owned(),
                details: leads,
                actions: vec![(
                    t("plans-change"),
                    format!(" {}", n.text()),
                    format!(
                        "/plans/{id}/edit/{}/{}?back={}",
                        kind.code(),
                        n.id(),
                        encode(back)
                    ),
                )],
            }
        })
        .collect()
}

fn assumption_items(plan: &Plan, pid: PlanId, back: &str) -> Vec<StepItem> {
    plan.links
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            plan.node(&l.from)
                .is_some_and(|n| matches!(n.kind(), NodeKind::Output | NodeKind::Outcome))
        })
        .map(|(i, l)| {
            let text_of = |id: &str| {
                plan.node(id)
                    .map(|n| n.text().to_owned())
                    .unwrap_or_default()
            };
            let text = ta(
                "plans-step-link",
                &[
                    ("from", text_of(&l.from).into()),
                    ("to", text_of(&l.to).into()),
                ],
            );
            let mut actions = vec![(
                t("plans-add-assumption"),
                format!(
                    " {}",
                    ta(
                        "plans-step-to-link-hidden",
                        &[("link", text.as_str().into())]
                    )
                ),
                format!("/plans/{pid}/edit/assumption/{i}.new?back={}", encode(back)),
            )];
            for (j, a) in l.assumptions.iter().enumerate() {
                actions.push((
                    t("plans-step-change-assumption"),
                    format!(": {}", a.text),
                    format!("/plans/{pid}/edit/assumption/{i}.{j}?back={}", encode(back)),
                ));
            }
            StepItem {
                details: l
                    .assumptions
                    .iter()
                    .map(|a| {
                        ta(
                            "plans-step-assumption",
                            &[
                                ("text", a.text.as_str().into()),
                                ("count", a.evidence.len().into()),
                            ],
                        )
                    })
                    .collect(),
                text,
                actions,
            }
        })
        .collect()
}

/// `GET /plans/{id}/steps/{step}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path((id, step)): Path<(String, String)>,
    Query(query): Query<ExerciseQuery>,
) -> Result<Html<String>, PageError> {
    let (record, plan) = super::load(&state, org.id, &id).await?;
    let pid = record.id;
    let catalogue = state.app().catalogue_for(org.id).await?;
    let catalogue = &*catalogue;
    if let Some(page) = exercise::page(&plan, catalogue, pid, &step, &query)? {
        return Ok(Html(page));
    }
    let Some(position) = STEPS.iter().position(|s| *s == step) else {
        return Err(PageError::not_found(t("plans-error-no-step")));
    };
    let back = format!("/plans/{pid}/steps/{step}");
    let embedded = |part: &dyn AnyPart| edit::embedded(&plan, catalogue, pid, part, &back);
    let (prompt, items, form): (String, Vec<StepItem>, Option<FormView>) = match step.as_str() {
        "outcomes" => (
            edit::prompt(NodeKind::Outcome),
            node_items(&plan, pid, NodeKind::Outcome, &back),
            Some(embedded(&NodePart::new_of(NodeKind::Outcome))?),
        ),
        "outputs" => (
            edit::prompt(NodeKind::Output),
            node_items(&plan, pid, NodeKind::Output, &back),
            Some(embedded(&NodePart::new_of(NodeKind::Output))?),
        ),
        "activities" => (
            edit::prompt(NodeKind::Activity),
            node_items(&plan, pid, NodeKind::Activity, &back),
            Some(embedded(&NodePart::new_of(NodeKind::Activity))?),
        ),
        "assumptions" => (
            edit::assumption_prompt(),
            assumption_items(&plan, pid, &back),
            None,
        ),
        "stakeholders" => (
            t("plans-step-stakeholders-prompt"),
            plan.stakeholders
                .iter()
                .enumerate()
                .map(|(i, s)| StepItem {
                    text: s.name.clone(),
                    details: vec![s.role.clone()],
                    actions: vec![(
                        t("plans-change"),
                        format!(
                            " {}",
                            ta(
                                "plans-change-stakeholder-hidden",
                                &[("name", s.name.as_str().into())]
                            )
                        ),
                        format!("/plans/{pid}/edit/stakeholder/{i}?back={}", encode(&back)),
                    )],
                })
                .collect(),
            Some(embedded(&StakeholderPart::new_one())?),
        ),
        "indicators" => (
            t("plans-step-indicators-prompt"),
            plan.outcomes
                .iter()
                .map(|o| StepItem {
                    text: o.text.clone(),
                    details: o
                        .indicators
                        .iter()
                        .map(|i| indicator_name(&plan, catalogue, &i.indicator))
                        .collect(),
                    actions: vec![(
                        t("plans-choose-indicator"),
                        format!(
                            " {}",
                            ta("plans-for-hidden", &[("text", o.text.as_str().into())])
                        ),
                        format!(
                            "/plans/{pid}/outcomes/{}/indicators?back={}",
                            o.id,
                            encode(&back)
                        ),
                    )],
                })
                .collect(),
            None,
        ),
        _ => (
            t("plans-step-evaluation-prompt"),
            plan.outcomes
                .iter()
                .map(|o| {
                    let e = plan.evaluation_for(&o.id);
                    StepItem {
                        text: o.text.clone(),
                        details: vec![match e {
                            Some(e) => ta(
                                "plans-step-evaluation-counts",
                                &[
                                    ("methods", e.methods.len().into()),
                                    ("samples", e.samples.len().into()),
                                    ("collections", e.collections.len().into()),
                                ],
                            ),
                            None => t("plans-step-no-evaluation"),
                        }],
                        actions: vec![(
                            t(if e.is_some() {
                                "plans-evaluation-change"
                            } else {
                                "plans-evaluation-write"
                            }),
                            format!(
                                " {}",
                                ta("plans-for-hidden", &[("text", o.text.as_str().into())])
                            ),
                            format!(
                                "/plans/{pid}/edit/evaluation/{}?back={}",
                                o.id,
                                encode(&back)
                            ),
                        )],
                    }
                })
                .collect(),
            None,
        ),
    };
    let (next_href, next_label) = match STEPS.get(position + 1) {
        Some(s) => (
            format!("/plans/{pid}/steps/{s}"),
            t(&format!("plans-step-continue-to-{s}")),
        ),
        None => (format!("/plans/{pid}"), t("plans-step-finish")),
    };
    let checks = ChecksSummary::of(&plan, catalogue);
    let number = position + 3;
    let heading = step_heading(&step);
    let page = StepPage {
        id: pid,
        page_title: ta(
            "plans-step-title",
            &[
                ("number", number.into()),
                ("heading", heading.as_str().into()),
                ("title", plan.title.as_str().into()),
            ],
        ),
        caption: ta(
            "plans-step-caption",
            &[
                ("title", plan.title.as_str().into()),
                ("number", number.into()),
                ("total", 9.into()),
            ],
        ),
        heading,
        prompt,
        goal: plan.goal.clone(),
        items_heading: t(&format!("plans-step-{step}-items")),
        items,
        form_heading: if form.is_some() {
            t(&format!("plans-step-{step}-form"))
        } else {
            String::new()
        },
        form,
        next_href,
        next_label,
        passed: checks.passed,
        missing: missing(checks),
        crumbs: plan_crumbs(pid, &plan),
    };
    Ok(Html(page.render()?))
}

/// The checks that fail, for the "Still missing" panel.
pub(crate) fn missing(checks: ChecksSummary) -> Vec<CheckView> {
    checks
        .checks
        .into_iter()
        .filter(|c| c.check.status == CheckStatus::Fail)
        .collect()
}
