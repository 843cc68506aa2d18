//! Checks from the guide's method: a connected theory of change, indicators with baselines and
//! targets, assumptions with evidence, and evaluation planned from the start.

use std::collections::BTreeSet;

use crate::model::{AssumptionStatus, GOAL_ID, NodeKind, Plan};

use super::facts::Facts;
use super::{Check, CheckStatus, DOMAINS_HREF, PRINCIPLES_HREF, Principle, result};

pub(super) fn connected(plan: &Plan) -> Check {
    let mut details = Vec::new();
    for (list, what) in [
        (NodeKind::Outcome, "intermediate outcome"),
        (NodeKind::Output, "output"),
        (NodeKind::Activity, "activity"),
    ] {
        if !plan.nodes().iter().any(|n| n.kind() == list) {
            details.push(format!("The plan has no {what} yet."));
        }
    }
    // Walk backwards from the goal; every node reached is connected to it.
    let mut reached: BTreeSet<&str> = BTreeSet::from([GOAL_ID]);
    loop {
        let before = reached.len();
        for link in &plan.links {
            if reached.contains(link.to.as_str()) {
                reached.insert(link.from.as_str());
            }
        }
        if reached.len() == before {
            break;
        }
    }
    for node in plan.nodes() {
        if !reached.contains(node.id()) {
            details.push(format!(
                "{} “{}” does not lead to the goal.",
                node.kind().label(),
                node.text()
            ));
        }
    }
    let status = if details.is_empty() {
        CheckStatus::Pass
    } else {
        CheckStatus::Fail
    };
    let explanation = if details.is_empty() {
        "Every activity leads through outputs and outcomes to the goal."
    } else {
        "Work backwards from the goal: name the intermediate outcomes that lead to it, the outputs \
         that bring those about and the activities that produce the outputs, then link each one to \
         the next so every step leads to the goal."
    };
    result(
        "theory-of-change-connected",
        Principle::Evaluation,
        status,
        "Every step leads to the goal",
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn outcomes_have_indicators(plan: &Plan) -> Check {
    let title = "Every outcome has an indicator";
    let id = "outcomes-have-indicators";
    if plan.outcomes.is_empty() {
        return result(
            id,
            Principle::Evaluation,
            CheckStatus::NotApplicable,
            title,
            "There are no intermediate outcomes yet.",
            Vec::new(),
            DOMAINS_HREF,
        );
    }
    let details: Vec<String> = plan
        .outcomes
        .iter()
        .filter(|o| o.indicators.is_empty())
        .map(|o| format!("Outcome “{}” has no indicator.", o.text))
        .collect();
    let (status, explanation) = if details.is_empty() {
        (
            CheckStatus::Pass,
            "Each intermediate outcome has at least one indicator to show whether it happens.",
        )
    } else {
        (
            CheckStatus::Fail,
            "An outcome without an indicator cannot be measured. Choose an indicator from the \
             catalogue for each outcome listed, or write a local one when none fits.",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        title,
        explanation,
        details,
        DOMAINS_HREF,
    )
}

pub(super) fn indicators_recognised(f: &Facts) -> Check {
    let title = "Every indicator is in the catalogue or defined in the plan";
    let id = "indicators-recognised";
    if f.indicators == 0 {
        return result(
            id,
            Principle::Evaluation,
            CheckStatus::NotApplicable,
            title,
            "There are no indicators yet.",
            Vec::new(),
            DOMAINS_HREF,
        );
    }
    if f.unknown.is_empty() {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Pass,
            title,
            "Every indicator can be found, so its domain is known.",
            Vec::new(),
            DOMAINS_HREF,
        )
    } else {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Warn,
            title,
            "Some indicators cannot be found, so the other checks cannot tell which domain they \
             measure. Pick them from the catalogue, or add them to the plan's local indicators \
             with their domain.",
            f.unknown
                .iter()
                .map(|r| format!("“{r}” is not a known indicator."))
                .collect(),
            DOMAINS_HREF,
        )
    }
}

pub(super) fn baselines_and_targets(plan: &Plan) -> Check {
    let title = "Every indicator has a baseline and a target";
    let id = "indicators-have-baseline-and-target";
    let mut any = false;
    let mut details = Vec::new();
    for (outcome, ind) in plan.outcome_indicators() {
        any = true;
        let missing = match (ind.baseline.is_some(), ind.target.is_some()) {
            (true, true) => continue,
            (false, true) => "a baseline",
            (true, false) => "a target",
            (false, false) => "a baseline or a target",
        };
        details.push(format!(
            "“{}” under outcome “{}” has no {missing}.",
            ind.indicator, outcome.text
        ));
    }
    let (status, explanation) = if !any {
        (CheckStatus::NotApplicable, "There are no indicators yet.")
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "Every indicator says where things stand now and where the plan hopes they will be.",
        )
    } else {
        (
            CheckStatus::Fail,
            "Progress can only be judged against a starting point and an aim. For each indicator \
             listed, record the value now (the baseline) and the value you aim for (the target).",
        )
    };
    result(
        id,
        Principle::ContextSpecific,
        status,
        title,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn local_baselines(plan: &Plan) -> Check {
    use crate::model::BaselineSource;
    let title = "Targets are set against a local baseline";
    let id = "targets-from-local-baseline";
    let mut any = false;
    let mut details = Vec::new();
    for (_, ind) in plan
        .outcome_indicators()
        .filter(|(_, i)| i.baseline.is_some() || i.target.is_some())
    {
        any = true;
        if ind.baseline.is_none() {
            // A target with no baseline is not set against a local one; passing here would
            // contradict "Every indicator has a baseline and a target".
            details.push(format!(
                "“{}” has a target but no baseline to set it against.",
                ind.indicator
            ));
            continue;
        }
        match ind.baseline_source {
            Some(BaselineSource::Local) => {}
            Some(BaselineSource::National) => details.push(format!(
                "The baseline of “{}” is a national figure.",
                ind.indicator
            )),
            Some(BaselineSource::Elsewhere) => details.push(format!(
                "The baseline of “{}” comes from somewhere else.",
                ind.indicator
            )),
            None => details.push(format!(
                "The baseline of “{}” does not say where it comes from.",
                ind.indicator
            )),
        }
    }
    let (status, explanation) = if !any {
        (
            CheckStatus::NotApplicable,
            "There are no baselines or targets yet.",
        )
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "Every baseline was measured locally and every target has one, so targets reflect \
             this place and these people.",
        )
    } else {
        (
            CheckStatus::Warn,
            "There are no universal targets for integration: what progress looks like depends on \
             the place. Measure each baseline locally (for example with a short survey before the \
             work begins), agree the target with stakeholders, and mark the baseline as local.",
        )
    };
    result(
        id,
        Principle::ContextSpecific,
        status,
        title,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn learns_from_elsewhere(plan: &Plan) -> Check {
    use crate::model::EvidenceKind;
    let title = "Learns from practice and research elsewhere";
    let id = "learns-from-elsewhere";
    let evidence: Vec<_> = plan
        .links
        .iter()
        .flat_map(|l| l.assumptions.iter())
        .flat_map(|a| a.evidence.iter())
        .collect();
    if plan.links.iter().all(|l| l.assumptions.is_empty()) {
        return result(
            id,
            Principle::Evaluation,
            CheckStatus::NotApplicable,
            title,
            "There are no assumptions yet, so there is no evidence to look at.",
            Vec::new(),
            PRINCIPLES_HREF,
        );
    }
    if evidence.iter().any(|e| e.kind == EvidenceKind::Research) {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Pass,
            title,
            "At least one assumption rests on published research, such as evaluations of work \
             elsewhere.",
            Vec::new(),
            PRINCIPLES_HREF,
        )
    } else {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Warn,
            title,
            "Look at what has worked in other places and other countries: add published research \
             or evaluations of similar work as evidence for the assumptions it bears on.",
            Vec::new(),
            PRINCIPLES_HREF,
        )
    }
}

fn upward_links(plan: &Plan) -> impl Iterator<Item = &crate::model::Link> {
    plan.links.iter().filter(|l| {
        plan.node(&l.from)
            .is_some_and(|n| matches!(n.kind(), NodeKind::Output | NodeKind::Outcome))
    })
}

fn node_text<'a>(plan: &'a Plan, id: &'a str) -> &'a str {
    plan.node(id).map(|n| n.text()).unwrap_or(id)
}

pub(super) fn links_have_assumptions(plan: &Plan) -> Check {
    let title = "Every link from outputs upwards states its assumptions";
    let id = "links-have-assumptions";
    let mut any = false;
    let mut details = Vec::new();
    for link in upward_links(plan) {
        any = true;
        if link.assumptions.is_empty() {
            details.push(format!(
                "“{}” → “{}” has no assumption.",
                node_text(plan, &link.from),
                node_text(plan, &link.to)
            ));
        }
    }
    let (status, explanation) = if !any {
        (
            CheckStatus::NotApplicable,
            "There are no links from outputs or outcomes yet.",
        )
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "Each step from an output upwards says why it is expected to lead to the next.",
        )
    } else {
        (
            CheckStatus::Fail,
            "A theory of change explains why each step leads to the next. For each link listed, \
             write down what you are assuming — often what the barrier is — so it can be tested.",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        title,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn assumptions_have_evidence(plan: &Plan) -> Check {
    let title = "Every assumption has evidence";
    let id = "assumptions-have-evidence";
    let mut any = false;
    let mut details = Vec::new();
    for a in plan.links.iter().flat_map(|l| l.assumptions.iter()) {
        any = true;
        if a.evidence.is_empty() {
            details.push(format!("“{}” has no evidence.", a.text));
        }
    }
    let (status, explanation) = if !any {
        (CheckStatus::NotApplicable, "There are no assumptions yet.")
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "Every assumption is backed by at least one piece of evidence.",
        )
    } else {
        (
            CheckStatus::Fail,
            "An assumption without evidence is a guess. For each one listed, add what supports it \
             — local statistics, a survey, service records, what people have told you, or \
             research — and make sure it speaks to that assumption and not something nearby.",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        title,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn assumptions_holding(plan: &Plan) -> Check {
    let title = "No assumption has been challenged by the evidence";
    let id = "assumptions-holding";
    let all: Vec<&crate::model::Assumption> = plan
        .links
        .iter()
        .flat_map(|l| l.assumptions.iter())
        .collect();
    let challenged: Vec<String> = all
        .iter()
        .filter(|a| a.status == AssumptionStatus::Challenged)
        .map(|a| format!("“{}” is marked as challenged.", a.text))
        .collect();
    let (status, explanation) = if all.is_empty() {
        (CheckStatus::NotApplicable, "There are no assumptions yet.")
    } else if challenged.is_empty() {
        (
            CheckStatus::Pass,
            "None of the assumptions has been contradicted so far.",
        )
    } else {
        (
            CheckStatus::Warn,
            "When the evidence goes against an assumption, the work may be aimed at the wrong \
             barrier. Revisit the links that rest on the assumptions listed and change the \
             activities or outputs with your stakeholders.",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        title,
        explanation,
        challenged,
        PRINCIPLES_HREF,
    )
}

pub(super) fn evaluation_before_start(plan: &Plan) -> Check {
    let title = "An evaluation plan is in place before the work starts";
    let id = "evaluation-plan-before-start";
    let mut details = Vec::new();
    if plan.outcomes.is_empty() {
        details.push("There are no intermediate outcomes to evaluate yet.".to_owned());
    }
    for outcome in &plan.outcomes {
        let Some(e) = plan.evaluation_for(&outcome.id) else {
            details.push(format!(
                "Outcome “{}” has no evaluation plan.",
                outcome.text
            ));
            continue;
        };
        if e.methods.is_empty() {
            details.push(format!(
                "Outcome “{}” has no data-collection method.",
                outcome.text
            ));
        }
        if e.collections.is_empty() && e.baseline_date.is_none() {
            details.push(format!(
                "Outcome “{}” has no collection date.",
                outcome.text
            ));
        }
        if let (Some(baseline), Some(start)) = (e.baseline_date, plan.start_date)
            && baseline > start
        {
            details.push(format!(
                "The baseline for outcome “{}” is collected on {}, after the work starts on {}.",
                outcome.text,
                crate::date::format_date(baseline),
                crate::date::format_date(start)
            ));
        }
    }
    let (status, explanation) = if details.is_empty() {
        (
            CheckStatus::Pass,
            "Every outcome has a way of collecting data and dates to collect it, with any baseline \
             taken before the work starts.",
        )
    } else {
        (
            CheckStatus::Fail,
            "Plan the evaluation alongside the activities, before the work begins, so it has \
             resources and data are gathered all along. For each outcome, choose at least one \
             method and set collection dates, with the baseline on or before the start date.",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        title,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn evaluation_during(plan: &Plan) -> Check {
    let title = "Data are collected during the work, not only at the end";
    let id = "evaluation-during-the-work";
    let present: Vec<_> = plan
        .evaluation
        .iter()
        .filter(|e| plan.outcome(&e.outcome).is_some())
        .collect();
    if present.is_empty() {
        return result(
            id,
            Principle::Evaluation,
            CheckStatus::NotApplicable,
            title,
            "There is no evaluation plan yet.",
            Vec::new(),
            PRINCIPLES_HREF,
        );
    }
    let details: Vec<String> = present
        .iter()
        .filter(|e| e.collections.len() < 2)
        .map(|e| {
            format!(
                "Outcome “{}” has {} collection date(s) after the baseline.",
                node_text(plan, &e.outcome),
                e.collections.len()
            )
        })
        .collect();
    if details.is_empty() {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Pass,
            title,
            "Each outcome is measured at least twice after the baseline, so the work can be \
             adjusted while it runs.",
            details,
            PRINCIPLES_HREF,
        )
    } else {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Warn,
            title,
            "Measuring only at the end leaves no chance to change course. Add at least one \
             collection part-way through as well as one at the end for each outcome listed.",
            details,
            PRINCIPLES_HREF,
        )
    }
}
