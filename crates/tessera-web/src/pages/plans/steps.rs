//! The guided steps after the goal, still working backwards: outcomes, outputs, activities,
//! then the assumptions on each link, stakeholders, indicators and the evaluation plan. Each
//! step shows the guide's question, what the plan has so far, and what the checks still miss.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use tessera_plan::{CheckStatus, NodeKind, Plan};
use tessera_store::PlanId;

use super::edit::{self, AnyPart, NodePart, StakeholderPart};
use super::form::FormView;
use super::{CheckView, ChecksSummary, indicator_name, plan_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

/// The steps, in order, with their headings. Steps 1 and 2 are the creation form.
pub(crate) const STEPS: [(&str, &str); 7] = [
    ("outcomes", "Intermediate outcomes"),
    ("outputs", "Outputs"),
    ("activities", "Activities and resources"),
    ("assumptions", "Assumptions and evidence"),
    ("stakeholders", "Stakeholders"),
    ("indicators", "Indicators"),
    ("evaluation", "Evaluation plan"),
];

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
    pub number: usize,
    pub heading: String,
    pub prompt: String,
    pub title: String,
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
                .map(|t| format!("Leads to {}: {}", t.kind().label().to_lowercase(), t.text()))
                .collect();
            StepItem {
                text: n.text().to_owned(),
                details: leads,
                actions: vec![(
                    "Change".to_owned(),
                    n.text().to_owned(),
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

pub(crate) async fn show(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path((id, step)): Path<(String, String)>,
) -> Result<Html<String>, PageError> {
    let (record, plan) = super::load(&state, org.id, &id).await?;
    let pid = record.id;
    let Some(position) = STEPS.iter().position(|(s, _)| *s == step) else {
        return Err(PageError::not_found(
            "There is no such step in making a plan.",
        ));
    };
    let back = format!("/plans/{pid}/steps/{step}");
    let catalogue = state.catalogue();
    let embedded = |part: &dyn AnyPart| edit::embedded(&plan, catalogue, pid, part, &back);
    let (prompt, items_heading, items, form, form_heading): (
        &str,
        &str,
        Vec<StepItem>,
        Option<FormView>,
        &str,
    ) = match step.as_str() {
        "outcomes" => (
            edit::OUTCOME_PROMPT,
            "Intermediate outcomes so far",
            node_items(&plan, pid, NodeKind::Outcome, &back),
            Some(embedded(&NodePart::new_of(NodeKind::Outcome))?),
            "Add an intermediate outcome",
        ),
        "outputs" => (
            edit::OUTPUT_PROMPT,
            "Outputs so far",
            node_items(&plan, pid, NodeKind::Output, &back),
            Some(embedded(&NodePart::new_of(NodeKind::Output))?),
            "Add an output",
        ),
        "activities" => (
            edit::ACTIVITY_PROMPT,
            "Activities so far",
            node_items(&plan, pid, NodeKind::Activity, &back),
            Some(embedded(&NodePart::new_of(NodeKind::Activity))?),
            "Add an activity",
        ),
        "assumptions" => {
            let items = plan
                .links
                .iter()
                .enumerate()
                .filter(|(_, l)| {
                    plan.node(&l.from)
                        .is_some_and(|n| matches!(n.kind(), NodeKind::Output | NodeKind::Outcome))
                })
                .map(|(i, l)| {
                    let from = plan
                        .node(&l.from)
                        .map(|n| n.text().to_owned())
                        .unwrap_or_default();
                    let to = plan
                        .node(&l.to)
                        .map(|n| n.text().to_owned())
                        .unwrap_or_default();
                    let text = format!("“{from}” leads to “{to}”");
                    let mut actions = vec![(
                        "Add an assumption".to_owned(),
                        format!(" to the link {text}"),
                        format!(
                            "/plans/{pid}/edit/assumption/{i}.new?back={}",
                            encode(&back)
                        ),
                    )];
                    for (j, a) in l.assumptions.iter().enumerate() {
                        actions.push((
                            "Change assumption".to_owned(),
                            format!(": {}", a.text),
                            format!(
                                "/plans/{pid}/edit/assumption/{i}.{j}?back={}",
                                encode(&back)
                            ),
                        ));
                    }
                    StepItem {
                        details: l
                            .assumptions
                            .iter()
                            .map(|a| {
                                format!(
                                    "Assumption: {} ({} pieces of evidence)",
                                    a.text,
                                    a.evidence.len()
                                )
                            })
                            .collect(),
                        text,
                        actions,
                    }
                })
                .collect();
            (
                edit::ASSUMPTION_PROMPT,
                "Links from outputs and outcomes",
                items,
                None,
                "",
            )
        }
        "stakeholders" => (
            "Who takes part in designing, delivering and evaluating the work? Name newcomers, the receiving community and institutions, and involve them from the design.",
            "Stakeholders so far",
            plan.stakeholders
                .iter()
                .enumerate()
                .map(|(i, s)| StepItem {
                    text: s.name.clone(),
                    details: vec![s.role.clone()],
                    actions: vec![(
                        "Change".to_owned(),
                        format!(" stakeholder {}", s.name),
                        format!("/plans/{pid}/edit/stakeholder/{i}?back={}", encode(&back)),
                    )],
                })
                .collect(),
            Some(embedded(&StakeholderPart::new_one())?),
            "Add a stakeholder",
        ),
        "indicators" => (
            "How will you know each outcome is happening? Choose indicators from the framework, for newcomers and for the receiving community, and set targets against a local baseline.",
            "Intermediate outcomes",
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
                        "Choose an indicator".to_owned(),
                        format!(" for {}", o.text),
                        format!(
                            "/plans/{pid}/outcomes/{}/indicators?back={}",
                            o.id,
                            encode(&back)
                        ),
                    )],
                })
                .collect(),
            None,
            "",
        ),
        _ => (
            "How, when and from whom will you collect data for each outcome, and who is responsible? Plan it before the work begins, and collect during the work, not only at the end.",
            "Intermediate outcomes",
            plan.outcomes
                .iter()
                .map(|o| StepItem {
                    text: o.text.clone(),
                    details: match plan.evaluation_for(&o.id) {
                        Some(e) => vec![format!(
                            "{} methods, {} samples, {} dated collections",
                            e.methods.len(),
                            e.samples.len(),
                            e.collections.len()
                        )],
                        None => vec!["No evaluation plan yet".to_owned()],
                    },
                    actions: vec![(
                        if plan.evaluation_for(&o.id).is_some() {
                            "Change the evaluation plan"
                        } else {
                            "Write the evaluation plan"
                        }
                        .to_owned(),
                        format!(" for {}", o.text),
                        format!(
                            "/plans/{pid}/edit/evaluation/{}?back={}",
                            o.id,
                            encode(&back)
                        ),
                    )],
                })
                .collect(),
            None,
            "",
        ),
    };
    let (next_href, next_label) = match STEPS.get(position + 1) {
        Some((s, h)) => (
            format!("/plans/{pid}/steps/{s}"),
            format!("Continue to {}", h.to_lowercase()),
        ),
        None => (
            format!("/plans/{pid}"),
            "Finish and see the whole plan".to_owned(),
        ),
    };
    let checks = ChecksSummary::of(&plan, catalogue);
    let page = StepPage {
        id: pid,
        number: position + 3,
        heading: STEPS[position].1.to_owned(),
        prompt: prompt.to_owned(),
        title: plan.title.clone(),
        goal: plan.goal.clone(),
        items_heading: items_heading.to_owned(),
        items,
        form,
        form_heading: form_heading.to_owned(),
        next_href,
        next_label,
        passed: checks.passed,
        missing: checks
            .checks
            .into_iter()
            .filter(|c| c.check.status == CheckStatus::Fail)
            .collect(),
        crumbs: plan_crumbs(pid, &plan),
    };
    Ok(Html(page.render()?))
}
