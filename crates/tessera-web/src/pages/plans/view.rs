//! Everything the plan page and its printable version show, written out in the page's
//! language.

use tessera_app::plans::is_percentage;
use tessera_framework::Catalogue;
use tessera_l10n::{t, ta};
use tessera_plan::{GroupRef, NodeKind, Plan};
use tessera_store::PlanId;

use super::diagram::Drawings;
use super::progress::ProgressView;
use super::{
    ChecksSummary, Named, date_or, domain_named, indicator_href, indicator_named, stored_date,
};
use crate::http::error::PageError;

pub(crate) struct IndicatorView {
    pub index: usize,
    pub name: Named,
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
    pub status: String,
    pub evidence: Vec<String>,
}

pub(crate) struct LinkView {
    pub index: usize,
    pub from: String,
    pub to: String,
    pub needs_assumption: bool,
    pub assumptions: Vec<AssumptionView>,
}

pub(crate) struct StakeholderView {
    pub index: usize,
    pub name: String,
    pub kind: String,
    pub role: String,
    pub involved: String,
}

pub(crate) struct BarrierView {
    pub index: usize,
    pub text: String,
    pub domain: Option<Named>,
}

/// Everything the plan page and the printable view show.
pub(crate) struct PlanView {
    pub id: PlanId,
    pub plan: Plan,
    pub kind: String,
    pub start_date: String,
    pub updated_at: String,
    pub checks: ChecksSummary,
    pub drawings: Drawings,
    pub groups: Vec<(usize, String, String)>,
    pub outcomes: Vec<OutcomeView>,
    pub outputs: Vec<NodeView>,
    pub activities: Vec<NodeView>,
    pub links: Vec<LinkView>,
    pub barriers: Vec<BarrierView>,
    pub stakeholders: Vec<StakeholderView>,
    pub domains: Vec<Named>,
    pub progress: Vec<ProgressView>,
    /// Whether some row is judged from the plan's own evidence (not context).
    pub has_rows: bool,
    /// Whether some row is context.
    pub has_context: bool,
    pub computing: bool,
    /// Whether the plan holds the guide's forward plan, for the link to the comparison.
    pub has_forward_plan: bool,
    /// Whether the diagram links to its full-size view (the plan's own page only: a shared or
    /// printed plan cannot follow it).
    pub full_size_link: bool,
}

/// A baseline or target as the page shows it: a number of the page's language with as few
/// decimals as it needs (at most two), a percentage for shares of people.
pub(crate) fn figure(x: Option<f64>, percent: bool) -> String {
    match x {
        None => t("plans-not-set"),
        Some(v) => {
            let decimals = (0..=2)
                .find(|&d| format!("{v:.d$}").parse::<f64>().ok() == format!("{v:.2}").parse().ok())
                .unwrap_or(2);
            let n = tessera_l10n::number(v, decimals);
            if percent { format!("{n}%") } else { n }
        }
    }
}

/// "Kind: text" for a step of the plan.
pub(crate) fn step_text(plan: &Plan, id: &str) -> String {
    plan.node(id)
        .map(|n| format!("{}: {}", n.kind().text(), n.text()))
        .unwrap_or_else(|| id.to_owned())
}

/// Who an indicator is measured for, in words.
pub(crate) fn group_label(plan: &Plan, g: &str) -> String {
    match plan.group(g) {
        Some(GroupRef::TargetGroup(t)) => t.name.clone(),
        Some(GroupRef::Side(s)) => s.text(),
        Some(GroupRef::Both) => t("plans-group-both"),
        None => g.to_owned(),
    }
}

fn evaluation(plan: &Plan, e: &tessera_plan::OutcomeEvaluation) -> EvaluationView {
    EvaluationView {
        methods: e
            .methods
            .iter()
            .map(|m| match &m.detail {
                Some(d) => format!("{}: {d}", m.kind.text()),
                None => m.kind.text(),
            })
            .collect(),
        samples: e
            .samples
            .iter()
            .map(|s| {
                let mut text = s.kind.text();
                if !s.description.is_empty() {
                    text = format!("{text}: {}", s.description);
                }
                if let Some(n) = s.intended_size {
                    text = format!("{text} {}", ta("plans-sample-size", &[("count", n.into())]));
                }
                text
            })
            .collect(),
        baseline: match (&e.baseline_date, &e.baseline_note) {
            (Some(d), Some(n)) => format!("{} ({n})", tessera_l10n::date(*d)),
            (Some(d), None) => tessera_l10n::date(*d),
            (None, Some(n)) => n.clone(),
            (None, None) => t("plans-not-set"),
        },
        collections: e
            .collections
            .iter()
            .map(|c| (tessera_l10n::date(c.date), c.label.clone()))
            .collect(),
        frequency: e.frequency.clone().unwrap_or_default(),
        analysis: e.analysis.clone().unwrap_or_default(),
        responsible: e
            .responsible
            .as_deref()
            .map(|r| plan.stakeholder(r).map_or(r.to_owned(), |s| s.name.clone()))
            .unwrap_or_else(|| t("plans-not-decided")),
    }
}

fn indicators(plan: &Plan, catalogue: &Catalogue, o: &tessera_plan::Outcome) -> Vec<IndicatorView> {
    o.indicators
        .iter()
        .enumerate()
        .map(|(index, i)| {
            let percent = is_percentage(catalogue, &i.indicator);
            IndicatorView {
                index,
                name: indicator_named(plan, catalogue, &i.indicator),
                href: indicator_href(catalogue, &i.indicator),
                groups: i
                    .groups
                    .iter()
                    .map(|g| group_label(plan, g))
                    .collect::<Vec<_>>()
                    .join("; "),
                // In a sentence: "higher is better".
                direction: i.direction.text().to_lowercase(),
                baseline: figure(i.baseline, percent),
                baseline_source: i
                    .baseline_source
                    .map_or_else(|| t("plans-source-not-stated"), |s| s.text().to_lowercase()),
                baseline_note: i.baseline_note.clone().unwrap_or_default(),
                target: figure(i.target, percent),
                target_date: date_or(i.target_date, "plans-no-date-set"),
            }
        })
        .collect()
}

impl PlanView {
    pub(crate) fn new(
        id: PlanId,
        plan: Plan,
        updated_at: &str,
        catalogue: &Catalogue,
        progress: Vec<ProgressView>,
    ) -> Result<Self, PageError> {
        let drawings = Drawings::of(&plan)?;
        let leads_to = |node: &str| -> Vec<String> {
            plan.links
                .iter()
                .filter(|l| l.from == node)
                .map(|l| step_text(&plan, &l.to))
                .collect()
        };
        let outcomes = plan
            .outcomes
            .iter()
            .map(|o| OutcomeView {
                id: o.id.clone(),
                text: o.text.clone(),
                leads_to: leads_to(&o.id),
                indicators: indicators(&plan, catalogue, o),
                evaluation: plan.evaluation_for(&o.id).map(|e| evaluation(&plan, e)),
            })
            .collect();
        let node_view = |id: &str, text: &str, resources: Vec<String>| NodeView {
            id: id.to_owned(),
            text: text.to_owned(),
            leads_to: leads_to(id),
            resources,
        };
        let outputs = plan
            .outputs
            .iter()
            .map(|o| node_view(&o.id, &o.text, Vec::new()))
            .collect();
        let activities = plan
            .activities
            .iter()
            .map(|a| node_view(&a.id, &a.text, a.resources.clone()))
            .collect();
        let links = plan
            .links
            .iter()
            .enumerate()
            .map(|(index, l)| LinkView {
                index,
                from: step_text(&plan, &l.from),
                to: step_text(&plan, &l.to),
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
                        status: a.status.text(),
                        evidence: a
                            .evidence
                            .iter()
                            .map(|e| {
                                format!(
                                    "{} ({}, {})",
                                    e.source,
                                    e.kind.text().to_lowercase(),
                                    e.strength.text().to_lowercase()
                                )
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let computing = progress.iter().any(|p| p.computing);
        let has_rows = progress.iter().any(|p| !p.context);
        let has_context = progress.iter().any(|p| p.context);
        Ok(Self {
            id,
            kind: plan.kind.text(),
            start_date: date_or(plan.start_date, "plans-not-set"),
            updated_at: stored_date(updated_at),
            checks: ChecksSummary::of(&plan, catalogue),
            drawings,
            groups: plan
                .target_groups
                .iter()
                .enumerate()
                .map(|(i, g)| (i, g.name.clone(), g.side.text()))
                .collect(),
            outcomes,
            outputs,
            activities,
            links,
            barriers: plan
                .barriers
                .iter()
                .enumerate()
                .map(|(index, b)| BarrierView {
                    index,
                    text: b.text.clone(),
                    domain: b.domain.as_deref().map(|d| domain_named(catalogue, d)),
                })
                .collect(),
            stakeholders: plan
                .stakeholders
                .iter()
                .enumerate()
                .map(|(index, s)| StakeholderView {
                    index,
                    name: s.name.clone(),
                    kind: s.kind.text(),
                    role: s.role.clone(),
                    involved: s.involved_from.text(),
                })
                .collect(),
            domains: plan
                .domains
                .iter()
                .map(|d| domain_named(catalogue, d))
                .collect(),
            progress,
            has_rows,
            has_context,
            computing,
            has_forward_plan: plan.forward_plan.is_some(),
            full_size_link: false,
            plan,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_keep_only_the_decimals_they_need_and_group_thousands() {
        assert_eq!(figure(Some(35.0), true), "35%");
        assert_eq!(figure(Some(4.5), false), "4.5");
        assert_eq!(figure(Some(12_345.678), false), "12,345.68");
        assert_eq!(figure(Some(0.25), false), "0.25");
        assert_eq!(figure(None, false), "Not set");
    }
}
