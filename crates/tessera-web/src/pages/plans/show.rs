//! A plan's page, its printable version and its calendar of collections.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use tessera_app::plans::is_percentage;
use tessera_framework::Catalogue;
use tessera_plan::{
    Diagram, GroupRef, NodeKind, Plan, UpcomingCollection, format_date, layout,
    upcoming_collections,
};
use tessera_store::PlanId;

use super::progress::{ProgressView, progress};
use super::{ChecksSummary, indicator_href, indicator_name, plan_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

/// The theory-of-change diagram as SVG.
#[derive(Template)]
#[template(path = "plans/diagram.svg")]
pub(crate) struct DiagramSvg {
    pub title: String,
    pub description: String,
    pub width: f64,
    pub height: f64,
    pub columns: Vec<(f64, String)>,
    pub nodes: Vec<NodeBox>,
    pub edges: Vec<EdgeLine>,
}

pub(crate) struct EdgeLine {
    pub from: String,
    pub to: String,
    pub points: String,
}

pub(crate) struct NodeBox {
    pub id: String,
    pub class: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub text_x: f64,
    /// (baseline y, text) per wrapped line.
    pub lines: Vec<(f64, String)>,
}

impl DiagramSvg {
    pub(crate) fn new(d: &Diagram) -> Self {
        let columns = d
            .columns
            .iter()
            .map(|c| (c.x + c.width / 2.0, c.heading.clone()))
            .collect();
        let nodes = d
            .nodes
            .iter()
            .map(|n| NodeBox {
                id: n.id.clone(),
                class: format!("tessera-toc__node--{}", n.kind.code()),
                x: n.x,
                y: n.y,
                width: n.width,
                height: n.height,
                text_x: n.x + d.padding,
                lines: n
                    .lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        (
                            n.y + d.padding + d.line_height * (i as f64 + 0.8),
                            l.clone(),
                        )
                    })
                    .collect(),
            })
            .collect();
        let edges = d
            .edges
            .iter()
            .map(|e| EdgeLine {
                from: e.from.clone(),
                to: e.to.clone(),
                points: e
                    .points
                    .iter()
                    .map(|p| format!("{:.1},{:.1}", p.x, p.y))
                    .collect::<Vec<_>>()
                    .join(" "),
            })
            .collect();
        Self {
            title: d.title.clone(),
            description: d.description.clone(),
            width: d.width,
            height: d.height,
            columns,
            nodes,
            edges,
        }
    }
}

/// One entry of the text outline.
pub(crate) struct OutlineRow {
    pub depth: usize,
    pub kind: &'static str,
    pub text: String,
    pub leads_to: String,
    pub assumptions: Vec<String>,
    pub repeated: bool,
    pub linked: bool,
}

fn outline(d: &Diagram) -> Vec<OutlineRow> {
    let mut parents: Vec<String> = Vec::new();
    d.outline()
        .into_iter()
        .map(|item| {
            parents.truncate(item.depth);
            let leads_to = if item.linked_to_goal && item.depth > 0 {
                parents.last().cloned().unwrap_or_default()
            } else {
                String::new()
            };
            parents.push(item.text.clone());
            OutlineRow {
                depth: item.depth.min(6),
                kind: item.kind.label(),
                text: item.text,
                leads_to,
                assumptions: item.assumptions,
                repeated: item.repeated,
                linked: item.linked_to_goal,
            }
        })
        .collect()
}

pub(crate) struct IndicatorView {
    pub index: usize,
    pub name: String,
    pub href: Option<String>,
    pub groups: String,
    pub direction: String,
    pub baseline: String,
    pub baseline_source: String,
    pub baseline_note: String,
    pub target: String,
    pub target_date: String,
}

pub(crate) struct EvaluationView {
    pub methods: Vec<String>,
    pub samples: Vec<String>,
    pub baseline: String,
    pub collections: Vec<(String, String)>,
    pub frequency: String,
    pub analysis: String,
    pub responsible: String,
}

pub(crate) struct OutcomeView {
    pub id: String,
    pub text: String,
    pub leads_to: Vec<String>,
    pub indicators: Vec<IndicatorView>,
    pub evaluation: Option<EvaluationView>,
}

pub(crate) struct NodeView {
    pub id: String,
    pub text: String,
    pub leads_to: Vec<String>,
    pub resources: Vec<String>,
}

pub(crate) struct AssumptionView {
    pub index: usize,
    pub text: String,
    pub status: &'static str,
    pub evidence: Vec<String>,
}

pub(crate) struct LinkView {
    pub index: usize,
    pub from: String,
    pub to: String,
    pub needs_assumption: bool,
    pub assumptions: Vec<AssumptionView>,
}

/// Everything the plan page and the printable view show.
pub(crate) struct PlanView {
    pub id: PlanId,
    pub plan: Plan,
    pub kind: &'static str,
    pub start_date: String,
    pub updated_at: String,
    pub checks: ChecksSummary,
    pub svg: String,
    pub outline: Vec<OutlineRow>,
    pub groups: Vec<(usize, String, &'static str)>,
    pub outcomes: Vec<OutcomeView>,
    pub outputs: Vec<NodeView>,
    pub activities: Vec<NodeView>,
    pub links: Vec<LinkView>,
    pub barriers: Vec<(usize, String, String)>,
    pub stakeholders: Vec<(usize, String, &'static str, String, &'static str)>,
    pub domains: Vec<String>,
    pub progress: Vec<ProgressView>,
    pub computing: bool,
}

fn number(x: Option<f64>, percent: bool) -> String {
    match x {
        None => "Not set".to_owned(),
        Some(v) => {
            let t = format!("{v:.2}");
            let t = t.trim_end_matches('0').trim_end_matches('.').to_owned();
            if percent { format!("{t}%") } else { t }
        }
    }
}

impl PlanView {
    pub(crate) fn new(
        id: PlanId,
        plan: Plan,
        updated_at: &str,
        catalogue: &Catalogue,
        progress: Vec<ProgressView>,
    ) -> Result<Self, PageError> {
        let diagram = layout(&plan);
        let svg = DiagramSvg::new(&diagram).render()?;
        let text_of = |node: &str| {
            plan.node(node)
                .map(|n| format!("{}: {}", n.kind().label(), n.text()))
                .unwrap_or_else(|| node.to_owned())
        };
        let leads_to = |node: &str| -> Vec<String> {
            plan.links
                .iter()
                .filter(|l| l.from == node)
                .map(|l| text_of(&l.to))
                .collect()
        };
        let group_label = |g: &str| -> String {
            match plan.group(g) {
                Some(GroupRef::TargetGroup(t)) => t.name.clone(),
                Some(GroupRef::Side(s)) => s.label().to_owned(),
                Some(GroupRef::Both) => "Newcomers and the receiving community".to_owned(),
                None => g.to_owned(),
            }
        };
        let outcomes = plan
            .outcomes
            .iter()
            .map(|o| {
                let evaluation = plan.evaluation_for(&o.id).map(|e| EvaluationView {
                    methods: e
                        .methods
                        .iter()
                        .map(|m| match &m.detail {
                            Some(d) => format!("{}: {d}", m.kind.label()),
                            None => m.kind.label().to_owned(),
                        })
                        .collect(),
                    samples: e
                        .samples
                        .iter()
                        .map(|s| {
                            let kind = s.kind.label();
                            let size = s
                                .intended_size
                                .map(|n| format!(" ({n} people)"))
                                .unwrap_or_default();
                            if s.description.is_empty() {
                                format!("{kind}{size}")
                            } else {
                                format!("{kind}: {}{size}", s.description)
                            }
                        })
                        .collect(),
                    baseline: match (&e.baseline_date, &e.baseline_note) {
                        (Some(d), Some(n)) => format!("{} ({n})", format_date(*d)),
                        (Some(d), None) => format_date(*d),
                        (None, Some(n)) => n.clone(),
                        (None, None) => "Not set".to_owned(),
                    },
                    collections: e
                        .collections
                        .iter()
                        .map(|c| (format_date(c.date), c.label.clone()))
                        .collect(),
                    frequency: e.frequency.clone().unwrap_or_default(),
                    analysis: e.analysis.clone().unwrap_or_default(),
                    responsible: e
                        .responsible
                        .as_deref()
                        .map(|r| plan.stakeholder(r).map_or(r.to_owned(), |s| s.name.clone()))
                        .unwrap_or_else(|| "Not decided yet".to_owned()),
                });
                OutcomeView {
                    id: o.id.clone(),
                    text: o.text.clone(),
                    leads_to: leads_to(&o.id),
                    indicators: o
                        .indicators
                        .iter()
                        .enumerate()
                        .map(|(index, i)| {
                            let percent = is_percentage(catalogue, &i.indicator);
                            IndicatorView {
                                index,
                                name: indicator_name(&plan, catalogue, &i.indicator),
                                href: indicator_href(catalogue, &i.indicator),
                                groups: i
                                    .groups
                                    .iter()
                                    .map(|g| group_label(g))
                                    .collect::<Vec<_>>()
                                    .join("; "),
                                // In a sentence: "higher is better".
                                direction: i.direction.label().to_lowercase(),
                                baseline: number(i.baseline, percent),
                                baseline_source: i.baseline_source.map_or_else(
                                    || "source not stated".to_owned(),
                                    |s| s.label().to_lowercase(),
                                ),
                                baseline_note: i.baseline_note.clone().unwrap_or_default(),
                                target: number(i.target, percent),
                                target_date: i
                                    .target_date
                                    .map(format_date)
                                    .unwrap_or_else(|| "no date set".to_owned()),
                            }
                        })
                        .collect(),
                    evaluation,
                }
            })
            .collect();
        let outputs = plan
            .outputs
            .iter()
            .map(|o| NodeView {
                id: o.id.clone(),
                text: o.text.clone(),
                leads_to: leads_to(&o.id),
                resources: Vec::new(),
            })
            .collect();
        let activities = plan
            .activities
            .iter()
            .map(|a| NodeView {
                id: a.id.clone(),
                text: a.text.clone(),
                leads_to: leads_to(&a.id),
                resources: a.resources.clone(),
            })
            .collect();
        let links = plan
            .links
            .iter()
            .enumerate()
            .map(|(index, l)| LinkView {
                index,
                from: text_of(&l.from),
                to: text_of(&l.to),
                needs_assumption: plan
                    .node(&l.from)
                    .is_some_and(|n| matches!(n.kind(), NodeKind::Output | NodeKind::Outcome)),
                assumptions: l
                    .assumptions
                    .iter()
                    .enumerate()
                    .map(|(index, a)| AssumptionView {
                        index,
                        text: a.text.clone(),
                        status: a.status.label(),
                        evidence: a
                            .evidence
                            .iter()
                            .map(|e| {
                                format!(
                                    "{} ({}, {})",
                                    e.source,
                                    e.kind.label().to_lowercase(),
                                    e.strength.label().to_lowercase()
                                )
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let domains = plan
            .domains
            .iter()
            .map(|d| {
                d.split_once('/')
                    .and_then(|(p, id)| catalogue.domain(p, id))
                    .map_or(d.clone(), |dom| dom.name.clone())
            })
            .collect();
        let computing = progress.iter().any(|p| p.computing);
        Ok(Self {
            id,
            kind: plan.kind.label(),
            start_date: plan
                .start_date
                .map(format_date)
                .unwrap_or_else(|| "Not set".to_owned()),
            updated_at: updated_at.get(..10).unwrap_or(updated_at).to_owned(),
            checks: ChecksSummary::of(&plan, catalogue),
            svg,
            outline: outline(&diagram),
            groups: plan
                .target_groups
                .iter()
                .enumerate()
                .map(|(i, g)| (i, g.name.clone(), g.side.label()))
                .collect(),
            outcomes,
            outputs,
            activities,
            links,
            barriers: plan
                .barriers
                .iter()
                .enumerate()
                .map(|(i, b)| {
                    let domain = b
                        .domain
                        .as_deref()
                        .and_then(|d| d.split_once('/'))
                        .and_then(|(p, id)| catalogue.domain(p, id))
                        .map(|d| d.name.clone())
                        .unwrap_or_default();
                    (i, b.text.clone(), domain)
                })
                .collect(),
            stakeholders: plan
                .stakeholders
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    (
                        i,
                        s.name.clone(),
                        s.kind.label(),
                        s.role.clone(),
                        s.involved_from.label(),
                    )
                })
                .collect(),
            domains,
            progress,
            computing,
            plan,
        })
    }
}

#[derive(Template)]
#[template(path = "plans/show.html")]
pub(crate) struct ShowPage {
    pub v: PlanView,
    pub crumbs: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "plans/print.html")]
pub(crate) struct PrintPage {
    pub v: PlanView,
    pub printed_on: String,
}

/// Loads the plan and everything its page shows.
async fn view(
    state: &AppState,
    org: tessera_store::OrgId,
    id: &str,
) -> Result<PlanView, PageError> {
    let (record, plan) = super::load(state, org, id).await?;
    let progress = progress(state, org, &plan).await?;
    PlanView::new(
        record.id,
        plan,
        &record.updated_at,
        state.catalogue(),
        progress,
    )
}

pub(crate) fn today() -> tessera_plan::Date {
    time::OffsetDateTime::now_utc().date()
}

/// `GET /plans/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let v = view(&state, org.id, &id).await?;
    let crumbs = super::crumbs(&[]);
    Ok(Html(ShowPage { v, crumbs }.render()?))
}

/// `GET /plans/{id}/print`.
pub(crate) async fn print(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let v = view(&state, org.id, &id).await?;
    Ok(Html(
        PrintPage {
            v,
            printed_on: format_date(today()),
        }
        .render()?,
    ))
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

/// Groups collections by month, in date order.
pub(crate) fn months(upcoming: Vec<UpcomingCollection>) -> Vec<Month> {
    let mut out: Vec<Month> = Vec::new();
    for c in upcoming {
        let heading = format!("{} {}", c.date.month(), c.date.year());
        let day = format!("{} {}", c.date.day(), c.date.month());
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
        today: format_date(today),
        months: months(upcoming_collections(&plan, today)),
        crumbs: plan_crumbs(record.id, &plan),
    };
    Ok(Html(page.render()?))
}
