//! Small edit forms for every part of a plan: `/plans/{id}/edit/{what}[/{item}]`.
//!
//! Each part is a [`Part`]. For each one this module knows the fields to show (filled from
//! the plan, or from what was just sent when it had errors), how to apply a submitted form to
//! the plan, and how to remove the item. Every change is validated as a whole plan before it
//! is saved.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use tessera_framework::{Catalogue, IndicatorKind};
use tessera_plan::{
    Activity, Assumption, AssumptionStatus, Barrier, BaselineSource, Collection, Direction,
    Evidence, Link, LocalIndicator, Method, MethodKind, NodeKind, Outcome, OutcomeEvaluation,
    OutcomeIndicator, Output, Plan, PlanKind, Sample, SampleKind, Side, Stakeholder, TargetGroup,
    format_date, parse_date,
};
use tessera_store::PlanId;
use tessera_store::prelude::*;

use super::form::{Field, Fields, FormErrors, FormPage, FormView, options};
use super::{plan_crumbs, safe_back};
use crate::org::{AsEditor, Who};
use crate::{AppState, WebError};

/// Query parameters of an edit form.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct EditQuery {
    /// Where to return afterwards.
    #[serde(default)]
    pub back: Option<String>,
    /// The indicator to add (new outcome indicators).
    #[serde(default)]
    pub indicator: Option<String>,
}

/// The part of a plan an edit form changes. `None` means "add a new one".
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Part {
    Details,
    Goal,
    TargetGroup(Option<usize>),
    Node(NodeKind, Option<String>),
    Link(Option<usize>),
    Assumption(usize, Option<usize>),
    Barrier(Option<usize>),
    Stakeholder(Option<usize>),
    Indicator(String, Option<usize>),
    LocalIndicator(String),
    Evaluation(String),
}

fn index(item: &str) -> Option<Option<usize>> {
    if item == "new" {
        Some(None)
    } else {
        item.parse().ok().map(Some)
    }
}

impl Part {
    /// Reads the target from the address; `None` is a 404.
    pub(crate) fn parse(what: &str, item: Option<&str>) -> Option<Self> {
        Some(match (what, item) {
            ("details", None) => Part::Details,
            ("goal", None) => Part::Goal,
            ("target-group", Some(i)) => Part::TargetGroup(index(i)?),
            ("outcome", Some(i)) => Part::Node(NodeKind::Outcome, node_item(i)),
            ("output", Some(i)) => Part::Node(NodeKind::Output, node_item(i)),
            ("activity", Some(i)) => Part::Node(NodeKind::Activity, node_item(i)),
            ("link", Some(i)) => Part::Link(index(i)?),
            ("assumption", Some(i)) => {
                let (link, j) = i.split_once('.')?;
                Part::Assumption(link.parse().ok()?, index(j)?)
            }
            ("barrier", Some(i)) => Part::Barrier(index(i)?),
            ("stakeholder", Some(i)) => Part::Stakeholder(index(i)?),
            ("indicator", Some(i)) => {
                let (outcome, j) = i.rsplit_once('.')?;
                Part::Indicator(outcome.to_owned(), index(j)?)
            }
            ("local-indicator", Some(o)) => Part::LocalIndicator(o.to_owned()),
            ("evaluation", Some(o)) => Part::Evaluation(o.to_owned()),
            _ => return None,
        })
    }

    /// The address of the form, relative to the plan.
    pub(crate) fn path(&self) -> String {
        let new_or = |i: &Option<usize>| i.map_or("new".to_owned(), |i| i.to_string());
        match self {
            Part::Details => "details".to_owned(),
            Part::Goal => "goal".to_owned(),
            Part::TargetGroup(i) => format!("target-group/{}", new_or(i)),
            Part::Node(kind, id) => format!(
                "{}/{}",
                node_word(*kind),
                id.clone().unwrap_or_else(|| "new".to_owned())
            ),
            Part::Link(i) => format!("link/{}", new_or(i)),
            Part::Assumption(l, j) => format!("assumption/{l}.{}", new_or(j)),
            Part::Barrier(i) => format!("barrier/{}", new_or(i)),
            Part::Stakeholder(i) => format!("stakeholder/{}", new_or(i)),
            Part::Indicator(o, j) => format!("indicator/{o}.{}", new_or(j)),
            Part::LocalIndicator(o) => format!("local-indicator/{o}"),
            Part::Evaluation(o) => format!("evaluation/{o}"),
        }
    }
}

fn node_item(item: &str) -> Option<String> {
    (item != "new").then(|| item.to_owned())
}

pub(crate) fn node_word(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Goal => "goal",
        NodeKind::Outcome => "outcome",
        NodeKind::Output => "output",
        NodeKind::Activity => "activity",
    }
}

/// The serde word of an enum value (`participant_feedback`), as the plan file writes it.
pub(crate) fn word<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn from_word<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).ok()
}

/// What an edit form shows.
pub(crate) struct Spec {
    pub heading: String,
    pub prompt: String,
    pub fields: Vec<Field>,
    pub submit: String,
}

fn spec(heading: impl Into<String>, prompt: &str, fields: Vec<Field>, submit: &str) -> Spec {
    Spec {
        heading: heading.into(),
        prompt: prompt.to_owned(),
        fields,
        submit: submit.to_owned(),
    }
}

/// Reads a value: what was sent, if the form is being shown again, else the plan's value.
struct Values<'a>(Option<&'a Fields>);

impl Values<'_> {
    fn one(&self, name: &str, current: impl Into<String>) -> String {
        match self.0 {
            Some(f) => f.get(name).to_owned(),
            None => current.into(),
        }
    }

    fn many(&self, name: &str, current: Vec<String>) -> Vec<String> {
        match self.0 {
            Some(f) => f.all(name),
            None => current,
        }
    }
}

fn num(x: Option<f64>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

fn date_text(d: Option<tessera_plan::Date>) -> String {
    d.map(format_date).unwrap_or_default()
}

/// The domains of the IOI framework as (`ioi-2019/<id>`, name) options.
pub(crate) fn ioi_domains(catalogue: &Catalogue) -> Vec<(String, String)> {
    catalogue
        .pack("ioi-2019")
        .map(|p| {
            p.domains
                .iter()
                .map(|d| (format!("ioi-2019/{}", d.id), d.name.clone()))
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) const OUTCOME_PROMPT: &str = "What short-term changes in behaviour or circumstances \
     would lead to the long-term goal? Write each as a change that has happened.";
pub(crate) const OUTPUT_PROMPT: &str = "What will the work produce that can be counted: sessions held, people reached, materials made?";
pub(crate) const ACTIVITY_PROMPT: &str = "What will you do to produce those outputs, and with \
     what resources: money, staff, volunteers, places, materials?";
pub(crate) const GOAL_PROMPT: &str = "What long-term change do you want to see? Describe the \
     world as it will be when the work has succeeded.";
pub(crate) const ASSUMPTION_PROMPT: &str =
    "What has to be true for this link to hold? What is the evidence that it is?";

fn node_label(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Goal => "goal",
        NodeKind::Outcome => "intermediate outcome",
        NodeKind::Output => "output",
        NodeKind::Activity => "activity",
    }
}

/// The nodes a node of `kind` may lead to, as checkbox options.
fn next_options(plan: &Plan, kind: NodeKind, own: Option<&str>) -> Vec<(String, String)> {
    plan.nodes()
        .into_iter()
        .filter(|n| kind.may_link_to(n.kind()) && Some(n.id()) != own)
        .map(|n| {
            (
                n.id().to_owned(),
                format!("{}: {}", n.kind().label(), n.text()),
            )
        })
        .collect()
}

fn all_nodes_options(plan: &Plan, with_goal: bool) -> Vec<(String, String)> {
    plan.nodes()
        .into_iter()
        .filter(|n| with_goal || n.kind() != NodeKind::Goal)
        .map(|n| {
            (
                n.id().to_owned(),
                format!("{}: {}", n.kind().label(), n.text()),
            )
        })
        .collect()
}

fn group_options(plan: &Plan) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = plan
        .target_groups
        .iter()
        .map(|g| (g.id.clone(), format!("{} ({})", g.name, g.side.label())))
        .collect();
    out.extend(options(&[
        ("newcomers", "Newcomers as a whole"),
        ("receiving_community", "The receiving community as a whole"),
        ("both", "Both newcomers and the receiving community"),
    ]));
    out
}

/// Whether the indicator is a share of people, so its figures are entered as percentages.
pub(crate) fn is_percentage(catalogue: &Catalogue, reference: &str) -> bool {
    catalogue
        .indicator(reference)
        .is_some_and(|i| i.kind == IndicatorKind::Proportion)
}

const EVIDENCE_KINDS: [(&str, &str); 5] = [
    ("statistics", "Published statistics"),
    ("survey", "A survey"),
    ("service_data", "Service data"),
    (
        "qualitative",
        "Qualitative: testimony, focus groups, case studies",
    ),
    ("research", "Published research"),
];
const STRENGTHS: [(&str, &str); 3] = [
    ("weak", "Weak: suggestive only"),
    ("moderate", "Moderate: supports it, with caveats"),
    ("strong", "Strong: directly and convincingly supports it"),
];
const SAMPLE_KINDS: [(&str, &str); 3] = [
    ("participants", "Participants"),
    ("wider_community", "The wider local community"),
    ("comparison_group", "A comparison group"),
];
const METHOD_KINDS: [MethodKind; 7] = [
    MethodKind::Survey,
    MethodKind::FocusGroup,
    MethodKind::Interview,
    MethodKind::AdministrativeRecords,
    MethodKind::ParticipantFeedback,
    MethodKind::CreativeOutputs,
    MethodKind::Other,
];

fn with_blank(first: &str, rest: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), first.to_owned())];
    out.extend(options(rest));
    out
}

/// The fields of a target's form; `Err` is a 404 when the item does not exist.
pub(crate) fn fields(
    plan: &Plan,
    catalogue: &Catalogue,
    target: &Part,
    sent: Option<&Fields>,
    query: &EditQuery,
) -> Result<Spec, WebError> {
    let v = Values(sent);
    let missing = || WebError::not_found("This plan has no such item; it may have been removed.");
    Ok(match target {
        Part::Details => {
            let domains = ioi_domains(catalogue);
            spec(
                "Plan details",
                "",
                vec![
                    Field::text("title", "Title", v.one("title", plan.title.clone()))
                        .hint("A short name people will recognise."),
                    Field::radios(
                        "kind",
                        "Is this plan for one intervention or a strategy?",
                        v.one("kind", word(plan.kind)),
                        options(&[
                            ("intervention", "One intervention: a project or programme"),
                            ("strategy", "A strategy: several interventions working together"),
                        ]),
                    ),
                    Field::textarea("problem", "The integration problem", v.one("problem", plan.problem.clone()))
                        .hint("What is happening now that the work responds to, and for whom?"),
                    Field::date("start_date", "When does the work start?", v.one("start_date", date_text(plan.start_date)))
                        .hint("Write the date as year-month-day, for example 2025-09-01. Leave blank if not yet known."),
                    Field::checkboxes("domains", "Which domains of the framework does the work aim at?", v.many("domains", plan.domains.clone()), domains)
                        .hint("The guide suggests starting from one domain in each domain type."),
                ],
                "Save details",
            )
        }
        Part::Goal => spec(
            "Long-term goal",
            GOAL_PROMPT,
            vec![Field::textarea(
                "goal",
                "Long-term goal",
                v.one("goal", plan.goal.clone()),
            )],
            "Save the goal",
        ),
        Part::TargetGroup(i) => {
            let g = match i {
                Some(i) => Some(plan.target_groups.get(*i).ok_or_else(missing)?),
                None => None,
            };
            spec(
                if g.is_some() { "Change a target group" } else { "Add a target group" },
                "Who is the work for? Name groups on both sides: newcomers and the receiving community.",
                vec![
                    Field::text("name", "Who are they?", v.one("name", g.map(|g| g.name.clone()).unwrap_or_default()))
                        .hint("For example: recently arrived women learning English; long-standing residents of the estate."),
                    Field::radios(
                        "side",
                        "Which side of integration are they on?",
                        v.one("side", g.map(|g| word(g.side)).unwrap_or_default()),
                        options(&[("newcomers", "Newcomers"), ("receiving_community", "Receiving community")]),
                    ),
                ],
                "Save the target group",
            )
        }
        Part::Node(kind, id) => {
            let node = match id {
                Some(id) => Some(
                    plan.node(id)
                        .filter(|n| n.kind() == *kind)
                        .ok_or_else(missing)?,
                ),
                None => None,
            };
            let current_next: Vec<String> = match id {
                Some(id) => plan
                    .links
                    .iter()
                    .filter(|l| l.from == *id)
                    .map(|l| l.to.clone())
                    .collect(),
                None if *kind == NodeKind::Outcome => vec![tessera_plan::GOAL_ID.to_owned()],
                None => Vec::new(),
            };
            let (prompt, next_label, next_hint) = match kind {
                NodeKind::Outcome => (
                    OUTCOME_PROMPT,
                    "What does it lead to?",
                    "The goal, or another intermediate outcome that it helps bring about.",
                ),
                NodeKind::Output => (
                    OUTPUT_PROMPT,
                    "Which intermediate outcomes does it lead to?",
                    "Choose every outcome this output helps bring about.",
                ),
                _ => (
                    ACTIVITY_PROMPT,
                    "Which outputs does it produce?",
                    "Choose every output this activity produces.",
                ),
            };
            let mut fields = vec![Field::textarea(
                "text",
                match kind {
                    NodeKind::Outcome => "The intermediate outcome",
                    NodeKind::Output => "The output",
                    _ => "The activity",
                },
                v.one(
                    "text",
                    node.map(|n| n.text().to_owned()).unwrap_or_default(),
                ),
            )];
            if *kind == NodeKind::Activity {
                let resources = id
                    .as_ref()
                    .and_then(|id| plan.activities.iter().find(|a| a.id == *id))
                    .map(|a| a.resources.join("\n"))
                    .unwrap_or_default();
                fields.push(
                    Field::textarea("resources", "Resources", v.one("resources", resources)).hint(
                        "One per line: funds, staff, volunteers, places, equipment, materials.",
                    ),
                );
            }
            let next = next_options(plan, *kind, id.as_deref());
            if !next.is_empty() {
                fields.push(
                    Field::checkboxes("next", next_label, v.many("next", current_next), next)
                        .hint(next_hint),
                );
            }
            let label = node_label(*kind);
            spec(
                format!(
                    "{} {} {label}",
                    if node.is_some() { "Change" } else { "Add" },
                    article(label)
                ),
                prompt,
                fields,
                &format!("Save the {label}"),
            )
        }
        Part::Link(i) => {
            let link = match i {
                Some(i) => Some(plan.links.get(*i).ok_or_else(missing)?),
                None => None,
            };
            spec(
                if link.is_some() {
                    "Change a link"
                } else {
                    "Add a link"
                },
                "Which step leads to which? Activities lead to outputs, outputs to intermediate outcomes, and outcomes to other outcomes or to the goal.",
                vec![
                    Field::select(
                        "from",
                        "From (the earlier step)",
                        v.one("from", link.map(|l| l.from.clone()).unwrap_or_default()),
                        all_nodes_options(plan, false),
                    ),
                    Field::select(
                        "to",
                        "Leads to (the later step)",
                        v.one("to", link.map(|l| l.to.clone()).unwrap_or_default()),
                        plan.nodes()
                            .into_iter()
                            .filter(|n| n.kind() != NodeKind::Activity)
                            .map(|n| {
                                (
                                    n.id().to_owned(),
                                    format!("{}: {}", n.kind().label(), n.text()),
                                )
                            })
                            .collect(),
                    ),
                ],
                "Save the link",
            )
        }
        Part::Assumption(l, j) => {
            let link = plan.links.get(*l).ok_or_else(missing)?;
            let a = match j {
                Some(j) => Some(link.assumptions.get(*j).ok_or_else(missing)?),
                None => None,
            };
            let from = plan
                .node(&link.from)
                .map(|n| n.text().to_owned())
                .unwrap_or_default();
            let to = plan
                .node(&link.to)
                .map(|n| n.text().to_owned())
                .unwrap_or_default();
            let mut fields = vec![
                Field::textarea(
                    "text",
                    "What has to be true?",
                    v.one("text", a.map(|a| a.text.clone()).unwrap_or_default()),
                ),
                Field::radios(
                    "status",
                    "Is it holding so far?",
                    v.one(
                        "status",
                        a.map(|a| word(a.status))
                            .unwrap_or_else(|| "untested".to_owned()),
                    ),
                    options(&[
                        ("untested", "Not yet tested"),
                        ("holding", "Holding: monitoring so far supports it"),
                        (
                            "challenged",
                            "Challenged: monitoring so far suggests it is wrong",
                        ),
                    ]),
                ),
            ];
            let existing = a.map(|a| a.evidence.clone()).unwrap_or_default();
            let rows = existing.len() + 2;
            fields.push(Field::hidden("rows", rows.to_string()));
            for k in 0..rows {
                let e = existing.get(k);
                fields.push(Field::heading(&format!("Evidence {}", k + 1)));
                fields.push(Field::text(&format!("evidence-{k}-source"), "Where it comes from", v.one(&format!("evidence-{k}-source"), e.map(|e| e.source.clone()).unwrap_or_default()))
                    .hint("A report, a dataset, a survey, a conversation. Leave blank for no evidence here."));
                fields.push(Field::select(
                    &format!("evidence-{k}-kind"),
                    "What sort of evidence",
                    v.one(
                        &format!("evidence-{k}-kind"),
                        e.map(|e| word(e.kind)).unwrap_or_default(),
                    ),
                    with_blank("Choose a sort", &EVIDENCE_KINDS),
                ));
                fields.push(Field::select(
                    &format!("evidence-{k}-strength"),
                    "How strongly it supports the assumption",
                    v.one(
                        &format!("evidence-{k}-strength"),
                        e.map(|e| word(e.strength)).unwrap_or_default(),
                    ),
                    with_blank("Choose a strength", &STRENGTHS),
                ));
            }
            spec(
                format!(
                    "{} an assumption: “{from}” leads to “{to}”",
                    if a.is_some() { "Change" } else { "Add" }
                ),
                ASSUMPTION_PROMPT,
                fields,
                "Save the assumption",
            )
        }
        Part::Barrier(i) => {
            let b = match i {
                Some(i) => Some(plan.barriers.get(*i).ok_or_else(missing)?),
                None => None,
            };
            let mut domains = vec![(String::new(), "No particular domain".to_owned())];
            domains.extend(ioi_domains(catalogue));
            spec(
                if b.is_some() {
                    "Change a barrier"
                } else {
                    "Add a barrier"
                },
                "What stands in the way of integration here?",
                vec![
                    Field::textarea(
                        "text",
                        "The barrier",
                        v.one("text", b.map(|b| b.text.clone()).unwrap_or_default()),
                    ),
                    Field::select(
                        "domain",
                        "The domain it belongs to",
                        v.one(
                            "domain",
                            b.and_then(|b| b.domain.clone()).unwrap_or_default(),
                        ),
                        domains,
                    ),
                ],
                "Save the barrier",
            )
        }
        Part::Stakeholder(i) => {
            let s = match i {
                Some(i) => Some(plan.stakeholders.get(*i).ok_or_else(missing)?),
                None => None,
            };
            spec(
                if s.is_some() {
                    "Change a stakeholder"
                } else {
                    "Add a stakeholder"
                },
                "Who takes part in designing, delivering and evaluating the work? Involve newcomers, the receiving community and institutions from the start.",
                vec![
                    Field::text(
                        "name",
                        "Who they are",
                        v.one("name", s.map(|s| s.name.clone()).unwrap_or_default()),
                    ),
                    Field::radios(
                        "kind",
                        "What kind of stakeholder",
                        v.one("kind", s.map(|s| word(s.kind)).unwrap_or_default()),
                        options(&[
                            (
                                "newcomer_group",
                                "Newcomers: members of the groups the plan is for",
                            ),
                            (
                                "receiving_community",
                                "Receiving community: residents already living here",
                            ),
                            (
                                "public_institution",
                                "A public institution: council, school, health body",
                            ),
                            ("civil_society", "Civil society: charity, club, faith group"),
                            ("employer", "An employer"),
                            ("funder", "A funder"),
                            ("other", "Other"),
                        ]),
                    ),
                    Field::text(
                        "role",
                        "What they do in the plan",
                        v.one("role", s.map(|s| s.role.clone()).unwrap_or_default()),
                    ),
                    Field::radios(
                        "involved_from",
                        "When are they first involved?",
                        v.one(
                            "involved_from",
                            s.map(|s| word(s.involved_from)).unwrap_or_default(),
                        ),
                        options(&[
                            ("design", "From the design"),
                            ("delivery", "From delivery"),
                            ("evaluation", "Only in the evaluation"),
                        ]),
                    ),
                ],
                "Save the stakeholder",
            )
        }
        Part::Indicator(oid, j) => {
            let outcome = plan.outcome(oid).ok_or_else(missing)?;
            let ind = match j {
                Some(j) => Some(outcome.indicators.get(*j).ok_or_else(missing)?),
                None => None,
            };
            let reference = match ind {
                Some(i) => i.indicator.clone(),
                None => sent
                    .map(|f| f.get("indicator").to_owned())
                    .or_else(|| query.indicator.clone())
                    .unwrap_or_default(),
            };
            if reference.is_empty() {
                return Err(WebError::bad_request(
                    "Choose an indicator first: open the outcome's “Choose an indicator” page.",
                ));
            }
            let name = super::indicator_name(plan, catalogue, &reference);
            let percent = is_percentage(catalogue, &reference);
            let unit_hint = if percent {
                "A percentage from 0 to 100: for 35% write 35."
            } else {
                "A number in the indicator's own unit."
            };
            let default_groups = ind.map(|i| i.groups.clone()).unwrap_or_default();
            spec(
                format!(
                    "{} an indicator for “{}”",
                    if ind.is_some() { "Change" } else { "Add" },
                    outcome.text
                ),
                &format!(
                    "Indicator: {name}. Set a target against a local baseline: where things stand now, here, for these groups."
                ),
                vec![
                    Field::hidden("indicator", reference.clone()),
                    Field::checkboxes(
                        "groups",
                        "Who is it measured for?",
                        v.many("groups", default_groups),
                        group_options(plan),
                    )
                    .hint("Measure the receiving community as well as newcomers where you can."),
                    Field::radios(
                        "direction",
                        "Which way is better?",
                        v.one(
                            "direction",
                            ind.map(|i| word(i.direction))
                                .unwrap_or_else(|| "up".to_owned()),
                        ),
                        options(&[("up", "Higher is better"), ("down", "Lower is better")]),
                    ),
                    Field::number(
                        "baseline",
                        "Baseline: the value now, before the work",
                        v.one("baseline", num(ind.and_then(|i| i.baseline))),
                    )
                    .hint(unit_hint),
                    Field::radios(
                        "baseline_source",
                        "Where does the baseline come from?",
                        v.one(
                            "baseline_source",
                            ind.and_then(|i| i.baseline_source)
                                .map(word)
                                .unwrap_or_default(),
                        ),
                        options(&[
                            ("local", "Measured here, for these groups"),
                            ("national", "A national figure"),
                            ("elsewhere", "Another place, project or study"),
                        ]),
                    ),
                    Field::text(
                        "baseline_note",
                        "About the baseline",
                        v.one(
                            "baseline_note",
                            ind.and_then(|i| i.baseline_note.clone())
                                .unwrap_or_default(),
                        ),
                    )
                    .hint("The survey, the date, the sample."),
                    Field::number(
                        "target",
                        "Target: the value hoped for",
                        v.one("target", num(ind.and_then(|i| i.target))),
                    )
                    .hint(unit_hint),
                    Field::date(
                        "target_date",
                        "When should the target be reached?",
                        v.one("target_date", date_text(ind.and_then(|i| i.target_date))),
                    )
                    .hint("Year-month-day, for example 2026-07-31."),
                ],
                "Save the indicator",
            )
        }
        Part::LocalIndicator(oid) => {
            let outcome = plan.outcome(oid).ok_or_else(missing)?;
            let mut domains = vec![(String::new(), "No particular domain".to_owned())];
            domains.extend(ioi_domains(catalogue));
            spec(
                format!("Add a local indicator for “{}”", outcome.text),
                "When no indicator in the catalogue fits, write your own. Say what is counted or asked, of whom.",
                vec![
                    Field::text("name", "The indicator's wording", v.one("name", ""))
                        .hint("For example: share of women attending who spoke English with a neighbour this week."),
                    Field::select("domain", "The domain it measures", v.one("domain", ""), domains),
                ],
                "Continue",
            )
        }
        Part::Evaluation(oid) => {
            let outcome = plan.outcome(oid).ok_or_else(missing)?;
            let e = plan.evaluation_for(oid);
            let method_values: Vec<String> = e
                .map(|e| e.methods.iter().map(|m| word(m.kind)).collect())
                .unwrap_or_default();
            let mut fields = vec![Field::checkboxes(
                "methods",
                "How will you collect data?",
                v.many("methods", method_values),
                METHOD_KINDS.iter().map(|k| (word(*k), k.label().to_owned())).collect(),
            ).hint("Light-touch methods such as end-of-session notes count: the guide encourages them.")];
            for k in METHOD_KINDS {
                let detail = e
                    .and_then(|e| e.methods.iter().find(|m| m.kind == k))
                    .and_then(|m| m.detail.clone())
                    .unwrap_or_default();
                let name = format!("method-detail-{}", word(k));
                fields.push(Field::text(
                    &name,
                    &format!("{}: details (optional)", k.label()),
                    v.one(&name, detail),
                ));
            }
            let samples = e.map(|e| e.samples.clone()).unwrap_or_default();
            let rows = samples.len() + 2;
            fields.push(Field::hidden("rows", rows.to_string()));
            for k in 0..rows {
                let s = samples.get(k);
                fields.push(Field::heading(&format!("Sample {}", k + 1)));
                fields.push(Field::select(
                    &format!("sample-{k}-kind"),
                    "Who",
                    v.one(
                        &format!("sample-{k}-kind"),
                        s.map(|s| word(s.kind)).unwrap_or_default(),
                    ),
                    with_blank("No sample here", &SAMPLE_KINDS),
                ));
                fields.push(Field::text(
                    &format!("sample-{k}-description"),
                    "Who is in it and how they are chosen",
                    v.one(
                        &format!("sample-{k}-description"),
                        s.map(|s| s.description.clone()).unwrap_or_default(),
                    ),
                ));
                fields.push(Field::number(
                    &format!("sample-{k}-size"),
                    "How many people you hope to hear from",
                    v.one(
                        &format!("sample-{k}-size"),
                        s.and_then(|s| s.intended_size)
                            .map(|n| n.to_string())
                            .unwrap_or_default(),
                    ),
                ));
            }
            let collections = e
                .map(|e| {
                    e.collections
                        .iter()
                        .map(|c| format!("{} {}", format_date(c.date), c.label))
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default();
            let mut responsible = vec![(String::new(), "Not decided yet".to_owned())];
            responsible.extend(
                plan.stakeholders
                    .iter()
                    .map(|s| (s.id.clone(), s.name.clone())),
            );
            fields.extend([
                Field::heading("When"),
                Field::date("baseline_date", "Baseline date", v.one("baseline_date", date_text(e.and_then(|e| e.baseline_date))))
                    .hint("When the baseline is collected, as year-month-day. Collect it before the work begins."),
                Field::text("baseline_note", "Baseline timing in words (optional)", v.one("baseline_note", e.and_then(|e| e.baseline_note.clone()).unwrap_or_default()))
                    .hint("For example: at each participant's first visit."),
                Field::textarea("collections", "Collection dates", v.one("collections", collections))
                    .hint("One per line: the date as year-month-day, a space, then what is collected. For example: 2025-12-12 Mid-point survey. Collect during the work, not only at the end."),
                Field::text("frequency", "How often (optional)", v.one("frequency", e.and_then(|e| e.frequency.clone()).unwrap_or_default())),
                Field::heading("Analysis and responsibility"),
                Field::textarea("analysis", "How the data will be analysed", v.one("analysis", e.and_then(|e| e.analysis.clone()).unwrap_or_default())),
                Field::select("responsible", "Who is responsible", v.one("responsible", e.and_then(|e| e.responsible.clone()).unwrap_or_default()), responsible),
            ]);
            spec(
                format!("Evaluation plan for “{}”", outcome.text),
                "How will you know whether this outcome happens? Plan the evaluation before the work begins.",
                fields,
                "Save the evaluation plan",
            )
        }
    })
}

fn article(label: &str) -> &'static str {
    if label.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

fn required(f: &Fields, name: &str, message: &str, errors: &mut FormErrors) -> String {
    let value = f.get(name).to_owned();
    if value.is_empty() {
        errors.push((name.to_owned(), message.to_owned()));
    }
    value
}

fn choice<T: DeserializeOwned>(
    f: &Fields,
    name: &str,
    message: &str,
    errors: &mut FormErrors,
) -> Option<T> {
    let value = from_word(f.get(name));
    if value.is_none() {
        errors.push((name.to_owned(), message.to_owned()));
    }
    value
}

fn optional_date(
    f: &Fields,
    name: &str,
    what: &str,
    errors: &mut FormErrors,
) -> Option<tessera_plan::Date> {
    let text = f.get(name);
    if text.is_empty() {
        return None;
    }
    match parse_date(text) {
        Ok(d) => Some(d),
        Err(_) => {
            errors.push((
                name.to_owned(),
                format!(
                    "{what} must be a real date written as year-month-day, for example 2025-09-01"
                ),
            ));
            None
        }
    }
}

fn optional_number(
    f: &Fields,
    name: &str,
    what: &str,
    percent: bool,
    errors: &mut FormErrors,
) -> Option<f64> {
    let text = f.get(name).trim_end_matches('%').trim();
    if text.is_empty() {
        return None;
    }
    match text.parse::<f64>() {
        Ok(x) if x.is_finite() => {
            if percent && !(0.0..=100.0).contains(&x) {
                errors.push((
                    name.to_owned(),
                    format!("{what} is a percentage, so it must be between 0 and 100"),
                ));
            }
            Some(x)
        }
        _ => {
            errors.push((
                name.to_owned(),
                format!("{what} must be a number, like 35 or 4.5"),
            ));
            None
        }
    }
}

fn optional_text(f: &Fields, name: &str) -> Option<String> {
    let t = f.get(name);
    (!t.is_empty()).then(|| t.to_owned())
}

fn node_ids(plan: &Plan) -> Vec<String> {
    plan.nodes().iter().map(|n| n.id().to_owned()).collect()
}

/// Replaces the links leaving `id` with links to `next`, keeping the assumptions of links that
/// stay.
fn set_next(plan: &mut Plan, id: &str, next: &[String]) {
    plan.links.retain(|l| l.from != id || next.contains(&l.to));
    for to in next {
        if !plan.links.iter().any(|l| l.from == id && l.to == *to) {
            plan.links.push(Link {
                from: id.to_owned(),
                to: to.clone(),
                assumptions: Vec::new(),
            });
        }
    }
}

/// What to do after a successful change.
pub(crate) enum After {
    /// Go back where the person came from.
    Back,
    /// Go on to this address (a local indicator continues to its baseline and target).
    Next(String),
}

/// Applies a submitted form to the plan. On success the plan is changed and a few words say
/// what changed; on failure the plan is left as it was.
pub(crate) fn apply(
    plan: &mut Plan,
    catalogue: &Catalogue,
    target: &Part,
    f: &Fields,
    id: PlanId,
) -> Result<(String, After), FormErrors> {
    let mut errors = FormErrors::new();
    let mut next = plan.clone();
    let summary: String;
    let mut after = After::Back;
    match target {
        Part::Details => {
            let title = required(f, "title", "Enter a title for the plan", &mut errors);
            let kind: Option<PlanKind> = choice(
                f,
                "kind",
                "Choose whether the plan is for one intervention or a strategy",
                &mut errors,
            );
            let start = optional_date(f, "start_date", "The start date", &mut errors);
            next.title = title;
            if let Some(k) = kind {
                next.kind = k;
            }
            next.problem = f.get("problem").to_owned();
            next.start_date = start;
            next.domains = f.all("domains");
            summary = "changed the plan's details".to_owned();
        }
        Part::Goal => {
            next.goal = required(
                f,
                "goal",
                "Enter the long-term goal: the change you want to see",
                &mut errors,
            );
            summary = "changed the goal".to_owned();
        }
        Part::TargetGroup(i) => {
            let name = required(f, "name", "Enter who the group are", &mut errors);
            let side: Option<Side> = choice(
                f,
                "side",
                "Choose whether the group are newcomers or the receiving community",
                &mut errors,
            );
            if let Some(side) = side {
                match i {
                    Some(i) => {
                        if let Some(g) = next.target_groups.get_mut(*i) {
                            g.name = name;
                            g.side = side;
                        }
                    }
                    None => {
                        let taken: Vec<String> =
                            next.target_groups.iter().map(|g| g.id.clone()).collect();
                        let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
                        let gid = super::slugify(&name, "group", &taken);
                        next.target_groups.push(TargetGroup {
                            id: gid,
                            name,
                            side,
                        });
                    }
                }
            }
            summary = change_summary(i.is_some(), "a target group");
        }
        Part::Node(kind, nid) => {
            let label = node_label(*kind);
            let text = required(f, "text", &format!("Describe the {label}"), &mut errors);
            let chosen = f.all("next");
            let allowed = next_options(&next, *kind, nid.as_deref());
            if let Some(bad) = chosen
                .iter()
                .find(|c| !allowed.iter().any(|(v, _)| v == *c))
            {
                errors.push((
                    "next".to_owned(),
                    format!("“{bad}” is not a step this {label} can lead to; choose from the list"),
                ));
            }
            let node_id = match nid {
                Some(nid) => nid.clone(),
                None => {
                    let taken = node_ids(&next);
                    let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
                    super::slugify(&text, node_word(*kind), &taken)
                }
            };
            let resources: Vec<String> = f
                .get("resources")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect();
            match (kind, nid) {
                (NodeKind::Outcome, Some(nid)) => {
                    if let Some(o) = next.outcomes.iter_mut().find(|o| o.id == *nid) {
                        o.text = text;
                    }
                }
                (NodeKind::Outcome, None) => next.outcomes.push(Outcome {
                    id: node_id.clone(),
                    text,
                    indicators: Vec::new(),
                }),
                (NodeKind::Output, Some(nid)) => {
                    if let Some(o) = next.outputs.iter_mut().find(|o| o.id == *nid) {
                        o.text = text;
                    }
                }
                (NodeKind::Output, None) => next.outputs.push(Output {
                    id: node_id.clone(),
                    text,
                }),
                (_, Some(nid)) => {
                    if let Some(a) = next.activities.iter_mut().find(|a| a.id == *nid) {
                        a.text = text;
                        a.resources = resources;
                    }
                }
                (_, None) => next.activities.push(Activity {
                    id: node_id.clone(),
                    text,
                    resources,
                }),
            }
            set_next(&mut next, &node_id, &chosen);
            summary = format!(
                "{} {} {label}",
                if nid.is_some() { "changed" } else { "added" },
                if nid.is_some() { "an" } else { article(label) }
            );
        }
        Part::Link(i) => {
            let from = required(
                f,
                "from",
                "Choose the step the link starts from",
                &mut errors,
            );
            let to = required(f, "to", "Choose the step it leads to", &mut errors);
            if let (Some(a), Some(b)) = (next.node(&from), next.node(&to))
                && !a.kind().may_link_to(b.kind())
            {
                errors.push(("to".to_owned(), format!(
                    "{} {} cannot lead to {} {}: activities lead to outputs, outputs to intermediate outcomes, and outcomes to other outcomes or to the goal",
                    article(node_label(a.kind())), node_label(a.kind()), article(node_label(b.kind())), node_label(b.kind())
                )));
            }
            let duplicate = next
                .links
                .iter()
                .enumerate()
                .any(|(k, l)| l.from == from && l.to == to && Some(k) != *i);
            if duplicate && !from.is_empty() {
                errors.push(("to".to_owned(), "That link is already in the plan; choose another pair or change the existing link".to_owned()));
            }
            match i {
                Some(i) => {
                    if let Some(l) = next.links.get_mut(*i) {
                        l.from = from;
                        l.to = to;
                    }
                }
                None => next.links.push(Link {
                    from,
                    to,
                    assumptions: Vec::new(),
                }),
            }
            summary = change_summary(i.is_some(), "a link");
        }
        Part::Assumption(l, j) => {
            let text = required(
                f,
                "text",
                "Enter what has to be true for the link to hold",
                &mut errors,
            );
            let status: AssumptionStatus = from_word(f.get("status")).unwrap_or_default();
            let rows: usize = f.get("rows").parse().unwrap_or(0).min(50);
            let mut evidence = Vec::new();
            for k in 0..rows {
                let source = f.get(&format!("evidence-{k}-source"));
                if source.is_empty() {
                    continue;
                }
                let kind = choice(
                    f,
                    &format!("evidence-{k}-kind"),
                    &format!("Choose what sort of evidence evidence {} is", k + 1),
                    &mut errors,
                );
                let strength = choice(
                    f,
                    &format!("evidence-{k}-strength"),
                    &format!(
                        "Choose how strongly evidence {} supports the assumption",
                        k + 1
                    ),
                    &mut errors,
                );
                if let (Some(kind), Some(strength)) = (kind, strength) {
                    evidence.push(Evidence {
                        kind,
                        source: source.to_owned(),
                        strength,
                    });
                }
            }
            let assumption = Assumption {
                text,
                evidence,
                status,
            };
            if let Some(link) = next.links.get_mut(*l) {
                put(&mut link.assumptions, *j, assumption);
            }
            summary = change_summary(j.is_some(), "an assumption");
        }
        Part::Barrier(i) => {
            let text = required(f, "text", "Describe the barrier", &mut errors);
            let barrier = Barrier {
                text,
                domain: optional_text(f, "domain"),
            };
            put(&mut next.barriers, *i, barrier);
            summary = change_summary(i.is_some(), "a barrier");
        }
        Part::Stakeholder(i) => {
            let name = required(f, "name", "Enter who the stakeholder is", &mut errors);
            let kind = choice(
                f,
                "kind",
                "Choose what kind of stakeholder they are",
                &mut errors,
            );
            let involved = choice(
                f,
                "involved_from",
                "Choose when they are first involved",
                &mut errors,
            );
            let role = f.get("role").to_owned();
            if let (Some(kind), Some(involved_from)) = (kind, involved) {
                match i {
                    Some(i) => {
                        if let Some(s) = next.stakeholders.get_mut(*i) {
                            s.name = name;
                            s.kind = kind;
                            s.role = role;
                            s.involved_from = involved_from;
                        }
                    }
                    None => {
                        let taken: Vec<String> =
                            next.stakeholders.iter().map(|s| s.id.clone()).collect();
                        let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
                        let sid = super::slugify(&name, "stakeholder", &taken);
                        next.stakeholders.push(Stakeholder {
                            id: sid,
                            name,
                            kind,
                            role,
                            involved_from,
                        });
                    }
                }
            }
            summary = change_summary(i.is_some(), "a stakeholder");
        }
        Part::Indicator(oid, j) => {
            let reference = required(f, "indicator", "Choose an indicator first", &mut errors);
            let percent = is_percentage(catalogue, &reference);
            let groups = f.all("groups");
            if groups.is_empty() {
                errors.push((
                    "groups".to_owned(),
                    "Choose who the indicator is measured for".to_owned(),
                ));
            }
            let direction: Option<Direction> = choice(
                f,
                "direction",
                "Choose whether higher or lower is better",
                &mut errors,
            );
            let baseline = optional_number(f, "baseline", "The baseline", percent, &mut errors);
            let target = optional_number(f, "target", "The target", percent, &mut errors);
            let target_date = optional_date(f, "target_date", "The target date", &mut errors);
            let baseline_source: Option<BaselineSource> = from_word(f.get("baseline_source"));
            if let (Some(b), Some(t), Some(d)) = (baseline, target, direction) {
                let wrong = match d {
                    Direction::Up => t < b,
                    Direction::Down => t > b,
                };
                if wrong {
                    errors.push(("target".to_owned(), format!(
                        "The target {t} is {} the baseline {b} but {} is better; change the target or which way is better",
                        if d == Direction::Up { "below" } else { "above" },
                        if d == Direction::Up { "higher" } else { "lower" }
                    )));
                }
            }
            if let Some(direction) = direction {
                let indicator = OutcomeIndicator {
                    indicator: reference,
                    baseline,
                    baseline_source,
                    baseline_note: optional_text(f, "baseline_note"),
                    target,
                    target_date,
                    direction,
                    groups,
                };
                if let Some(o) = next.outcomes.iter_mut().find(|o| o.id == *oid) {
                    put(&mut o.indicators, *j, indicator);
                }
            }
            summary = change_summary(j.is_some(), "an indicator");
        }
        Part::LocalIndicator(oid) => {
            let name = required(f, "name", "Enter the indicator's wording", &mut errors);
            let taken: Vec<String> = next.local_indicators.iter().map(|l| l.id.clone()).collect();
            let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
            let lid = super::slugify(&name, "indicator", &taken);
            next.local_indicators.push(LocalIndicator {
                id: lid.clone(),
                name,
                domain: optional_text(f, "domain"),
            });
            let back = safe_back(f.get("back"), id);
            after = After::Next(format!(
                "/plans/{id}/edit/indicator/{oid}.new?indicator=local%2F{lid}&back={}",
                form_urlencoded::byte_serialize(back.as_bytes()).collect::<String>()
            ));
            summary = "added a local indicator".to_owned();
        }
        Part::Evaluation(oid) => {
            let methods: Vec<Method> = f
                .all("methods")
                .iter()
                .filter_map(|m| from_word::<MethodKind>(m))
                .map(|kind| Method {
                    kind,
                    detail: optional_text(f, &format!("method-detail-{}", word(kind))),
                })
                .collect();
            let rows: usize = f.get("rows").parse().unwrap_or(0).min(50);
            let mut samples = Vec::new();
            for k in 0..rows {
                let kind_text = f.get(&format!("sample-{k}-kind"));
                if kind_text.is_empty() {
                    continue;
                }
                let Some(kind) = from_word::<SampleKind>(kind_text) else {
                    continue;
                };
                let size_name = format!("sample-{k}-size");
                let size_text = f.get(&size_name);
                let intended_size = if size_text.is_empty() {
                    None
                } else {
                    match size_text.parse::<u32>() {
                        Ok(n) if n > 0 => Some(n),
                        _ => {
                            errors.push((size_name, format!("The size of sample {} must be a whole number of people, more than 0", k + 1)));
                            None
                        }
                    }
                };
                samples.push(Sample {
                    kind,
                    description: f.get(&format!("sample-{k}-description")).to_owned(),
                    intended_size,
                });
            }
            let mut collections = Vec::new();
            for (n, line) in f.get("collections").lines().enumerate() {
                let line = line.trim();
                if line.is_empty() {
                    continue;
                }
                let (date, label) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
                match parse_date(date) {
                    Ok(date) if !label.trim().is_empty() => collections.push(Collection { date, label: label.trim().to_owned() }),
                    Ok(_) => errors.push(("collections".to_owned(), format!("Line {} of the collection dates has no description; after the date, say what is collected", n + 1))),
                    Err(_) => errors.push(("collections".to_owned(), format!("Line {} of the collection dates does not start with a date written as year-month-day, for example 2025-12-12", n + 1))),
                }
            }
            let evaluation = OutcomeEvaluation {
                outcome: oid.clone(),
                indicators: next
                    .evaluation_for(oid)
                    .map(|e| e.indicators.clone())
                    .unwrap_or_default(),
                methods,
                samples,
                baseline_date: optional_date(f, "baseline_date", "The baseline date", &mut errors),
                baseline_note: optional_text(f, "baseline_note"),
                collections,
                frequency: optional_text(f, "frequency"),
                analysis: optional_text(f, "analysis"),
                responsible: optional_text(f, "responsible"),
            };
            match next.evaluation.iter_mut().find(|e| e.outcome == *oid) {
                Some(e) => *e = evaluation,
                None => next.evaluation.push(evaluation),
            }
            summary = "wrote the evaluation plan for an outcome".to_owned();
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if let Err(problems) = next.validate() {
        return Err(super::problems_as_errors(problems));
    }
    *plan = next;
    Ok((summary, after))
}

/// Removes the item a target names, with whatever depends on it.
pub(crate) fn remove_item(plan: &mut Plan, target: &Part) -> Result<String, WebError> {
    let missing =
        || WebError::not_found("This plan has no such item; it may already have been removed.");
    let summary = match target {
        Part::TargetGroup(Some(i)) => {
            let g = plan.target_groups.get(*i).ok_or_else(missing)?;
            let used = plan
                .outcome_indicators()
                .any(|(_, ind)| ind.groups.contains(&g.id));
            if used {
                return Err(WebError::bad_request(format!(
                    "The target group “{}” is used by indicators. Change those indicators to measure other groups first, then remove the group.",
                    g.name
                )));
            }
            plan.target_groups.remove(*i);
            "removed a target group"
        }
        Part::Node(kind, Some(nid)) => {
            if plan.node(nid).is_none_or(|n| n.kind() != *kind) {
                return Err(missing());
            }
            plan.outcomes.retain(|o| o.id != *nid);
            plan.outputs.retain(|o| o.id != *nid);
            plan.activities.retain(|a| a.id != *nid);
            plan.links.retain(|l| l.from != *nid && l.to != *nid);
            plan.evaluation.retain(|e| e.outcome != *nid);
            "removed a step of the theory of change"
        }
        Part::Link(Some(i)) => {
            if *i >= plan.links.len() {
                return Err(missing());
            }
            plan.links.remove(*i);
            "removed a link"
        }
        Part::Assumption(l, Some(j)) => {
            let link = plan.links.get_mut(*l).ok_or_else(missing)?;
            if *j >= link.assumptions.len() {
                return Err(missing());
            }
            link.assumptions.remove(*j);
            "removed an assumption"
        }
        Part::Barrier(Some(i)) => {
            if *i >= plan.barriers.len() {
                return Err(missing());
            }
            plan.barriers.remove(*i);
            "removed a barrier"
        }
        Part::Stakeholder(Some(i)) => {
            let s = plan.stakeholders.get(*i).ok_or_else(missing)?;
            let sid = s.id.clone();
            for e in &mut plan.evaluation {
                if e.responsible.as_deref() == Some(sid.as_str()) {
                    e.responsible = None;
                }
            }
            plan.stakeholders.remove(*i);
            "removed a stakeholder"
        }
        Part::Indicator(oid, Some(j)) => {
            let o = plan
                .outcomes
                .iter_mut()
                .find(|o| o.id == *oid)
                .ok_or_else(missing)?;
            if *j >= o.indicators.len() {
                return Err(missing());
            }
            o.indicators.remove(*j);
            let left: Vec<String> = o.indicators.iter().map(|i| i.indicator.clone()).collect();
            for e in &mut plan.evaluation {
                if e.outcome == *oid {
                    e.indicators.retain(|r| left.contains(r));
                }
            }
            "removed an indicator"
        }
        Part::Evaluation(oid) => {
            let before = plan.evaluation.len();
            plan.evaluation.retain(|e| e.outcome != *oid);
            if plan.evaluation.len() == before {
                return Err(missing());
            }
            "removed an evaluation plan"
        }
        _ => return Err(missing()),
    };
    Ok(summary.to_owned())
}

fn removable(target: &Part, plan: &Plan) -> Option<&'static str> {
    match target {
        Part::TargetGroup(Some(_)) => Some("Remove this target group"),
        Part::Node(kind, Some(_)) => Some(match kind {
            NodeKind::Outcome => "Remove this outcome",
            NodeKind::Output => "Remove this output",
            _ => "Remove this activity",
        }),
        Part::Link(Some(_)) => Some("Remove this link"),
        Part::Assumption(_, Some(_)) => Some("Remove this assumption"),
        Part::Barrier(Some(_)) => Some("Remove this barrier"),
        Part::Stakeholder(Some(_)) => Some("Remove this stakeholder"),
        Part::Indicator(_, Some(_)) => Some("Remove this indicator"),
        Part::Evaluation(o) if plan.evaluation_for(o).is_some() => {
            Some("Remove this evaluation plan")
        }
        _ => None,
    }
}

/// Renders a target's form page.
pub(crate) fn render_form(
    plan: &Plan,
    catalogue: &Catalogue,
    id: PlanId,
    target: &Part,
    sent: Option<&Fields>,
    errors: FormErrors,
    query: &EditQuery,
) -> Result<Response, WebError> {
    let spec = fields(plan, catalogue, target, sent, query)?;
    let back = safe_back(
        &sent
            .map(|f| f.get("back").to_owned())
            .or_else(|| query.back.clone())
            .unwrap_or_default(),
        id,
    );
    let mut fields = spec.fields;
    fields.push(Field::hidden("back", back.clone()));
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let path = target.path();
    let remove_label = removable(target, plan);
    let page = FormPage {
        plan_title: plan.title.clone(),
        heading: spec.heading,
        prompt: spec.prompt,
        form: FormView::new(
            format!("/plans/{id}/edit/{path}"),
            fields,
            &spec.submit,
            errors,
        ),
        back,
        remove: remove_label.map(|_| format!("/plans/{id}/edit/{path}/remove")),
        remove_label: remove_label.unwrap_or_default().to_owned(),
        crumbs: plan_crumbs(id, plan),
    };
    Ok((status, Html(page.render()?)).into_response())
}

fn target(what: &str, item: Option<&str>) -> Result<Part, WebError> {
    Part::parse(what, item).ok_or_else(|| WebError::not_found("There is no such form for a plan."))
}

async fn show_form(
    state: AppState,
    org: tessera_store::Organisation,
    id: String,
    target: Part,
    query: EditQuery,
) -> Result<Response, WebError> {
    let (record, plan) = super::load(&state, org.id, &id).await?;
    if let Part::Indicator(oid, None) = &target
        && query.indicator.is_none()
    {
        return Ok(
            Redirect::to(&format!("/plans/{}/outcomes/{oid}/indicators", record.id))
                .into_response(),
        );
    }
    render_form(
        &plan,
        state.catalogue(),
        record.id,
        &target,
        None,
        Vec::new(),
        &query,
    )
}

async fn submit_form(
    state: AppState,
    org: tessera_store::Organisation,
    id: String,
    target: Part,
    body: Bytes,
    who: &Who,
) -> Result<Response, WebError> {
    let (record, mut plan) = super::load(&state, org.id, &id).await?;
    let sent = Fields::parse(&body);
    let query = EditQuery::default();
    // Make sure the item exists before trying to change it.
    fields(&plan, state.catalogue(), &target, Some(&sent), &query)?;
    match apply(&mut plan, state.catalogue(), &target, &sent, record.id) {
        Err(errors) => render_form(
            &plan,
            state.catalogue(),
            record.id,
            &target,
            Some(&sent),
            errors,
            &query,
        ),
        Ok((summary, after)) => {
            match super::save(&state, org.id, record.id, &plan, &summary, &who.actor).await? {
                Ok(()) => {}
                Err(problems) => {
                    return render_form(
                        &plan,
                        state.catalogue(),
                        record.id,
                        &target,
                        Some(&sent),
                        super::problems_as_errors(problems),
                        &query,
                    );
                }
            }
            tracing::info!(plan.id = %record.id, org.id = %org.id, change = %summary, "plan changed");
            let to = match after {
                After::Back => safe_back(sent.get("back"), record.id),
                After::Next(to) => to,
            };
            Ok(Redirect::to(&to).into_response())
        }
    }
}

pub(crate) async fn form_single(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path((id, what)): Path<(String, String)>,
    Query(query): Query<EditQuery>,
) -> Result<Response, WebError> {
    let t = target(&what, None)?;
    show_form(state, org, id, t, query).await
}

pub(crate) async fn form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path((id, what, item)): Path<(String, String, String)>,
    Query(query): Query<EditQuery>,
) -> Result<Response, WebError> {
    let t = target(&what, Some(&item))?;
    show_form(state, org, id, t, query).await
}

pub(crate) async fn submit_single(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path((id, what)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let t = target(&what, None)?;
    submit_form(state, org, id, t, body, &who).await
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path((id, what, item)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let t = target(&what, Some(&item))?;
    submit_form(state, org, id, t, body, &who).await
}

pub(crate) async fn remove(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path((id, what, item)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let t = target(&what, Some(&item))?;
    let (record, mut plan) = super::load(&state, org.id, &id).await?;
    let summary = remove_item(&mut plan, &t)?;
    if let Err(problems) =
        super::save(&state, org.id, record.id, &plan, &summary, &who.actor).await?
    {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(WebError::bad_request(format!(
            "This cannot be removed without making the plan invalid: {}",
            list.join("; ")
        )));
    }
    let sent = Fields::parse(&body);
    Ok(Redirect::to(&safe_back(sent.get("back"), record.id)).into_response())
}

/// `POST /plans/{id}/delete`: deletes the whole plan; the audit log keeps its last version.
pub(crate) async fn delete(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let pid = super::parse_id(&id)?;
    if !state.store().delete_plan(org.id, pid, &who.actor).await? {
        return Err(super::not_found());
    }
    Ok(Redirect::to("/plans").into_response())
}

/// Puts `item` at position `at` (an edit; a position that no longer exists changes nothing), or
/// adds it at the end when `at` is `None`.
fn put<T>(list: &mut Vec<T>, at: Option<usize>, item: T) {
    match at {
        Some(i) => {
            if let Some(slot) = list.get_mut(i) {
                *slot = item;
            }
        }
        None => list.push(item),
    }
}

/// The audit log's few words for an edit: "changed a barrier" or "added a barrier".
fn change_summary(changed: bool, what: &str) -> String {
    format!("{} {what}", if changed { "changed" } else { "added" })
}
