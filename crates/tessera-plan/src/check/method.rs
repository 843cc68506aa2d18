//! Checks from the guide's method: a connected theory of change, indicators with baselines and
//! targets, assumptions with evidence, and evaluation planned from the start.

use std::collections::BTreeSet;

use tessera_l10n::Arg;

use crate::model::{AssumptionStatus, GOAL_ID, NodeKind, Plan};

use super::facts::Facts;
use super::{Check, CheckStatus, DOMAINS_HREF, PRINCIPLES_HREF, Principle, result, t, ta};

/// A check with nothing to look at yet.
fn not_applicable(id: &str, principle: Principle, key: &str, href: &str) -> Check {
    result(
        id,
        principle,
        CheckStatus::NotApplicable,
        t(key),
        Vec::new(),
        href,
    )
}

pub(super) fn connected(plan: &Plan) -> Check {
    let mut details = Vec::new();
    for kind in [NodeKind::Outcome, NodeKind::Output, NodeKind::Activity] {
        if !plan.nodes().iter().any(|n| n.kind() == kind) {
            details.push((
                "missing-kind",
                ta(
                    "plans-check-theory-of-change-connected-detail-no-kind",
                    &[("kind", kind.code().into())],
                ),
            ));
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
            details.push((
                "unconnected",
                ta(
                    "plans-check-theory-of-change-connected-detail-unconnected",
                    &[
                        ("kind", node.kind().code().into()),
                        ("text", node.text().into()),
                    ],
                ),
            ));
        }
    }
    let (status, key) = if details.is_empty() {
        (
            CheckStatus::Pass,
            "plans-check-theory-of-change-connected-pass",
        )
    } else {
        (
            CheckStatus::Fail,
            "plans-check-theory-of-change-connected-fail",
        )
    };
    result(
        "theory-of-change-connected",
        Principle::Evaluation,
        status,
        t(key),
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn outcomes_have_indicators(plan: &Plan) -> Check {
    let id = "outcomes-have-indicators";
    if plan.outcomes.is_empty() {
        return not_applicable(
            id,
            Principle::Evaluation,
            "plans-check-no-outcomes-yet",
            DOMAINS_HREF,
        );
    }
    let details: Vec<(&'static str, String)> = plan
        .outcomes
        .iter()
        .filter(|o| o.indicators.is_empty())
        .map(|o| {
            (
                "no-indicator",
                ta(
                    "plans-check-outcomes-have-indicators-detail",
                    &[("outcome", o.text.as_str().into())],
                ),
            )
        })
        .collect();
    let (status, key) = if details.is_empty() {
        (
            CheckStatus::Pass,
            "plans-check-outcomes-have-indicators-pass",
        )
    } else {
        (
            CheckStatus::Fail,
            "plans-check-outcomes-have-indicators-fail",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        t(key),
        details,
        DOMAINS_HREF,
    )
}

pub(super) fn indicators_recognised(f: &Facts) -> Check {
    let id = "indicators-recognised";
    if f.indicators == 0 {
        return not_applicable(
            id,
            Principle::Evaluation,
            "plans-check-no-indicators-yet",
            DOMAINS_HREF,
        );
    }
    if f.unknown.is_empty() {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Pass,
            t("plans-check-indicators-recognised-pass"),
            Vec::new(),
            DOMAINS_HREF,
        )
    } else {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Warn,
            t("plans-check-indicators-recognised-warn"),
            f.unknown
                .iter()
                .map(|r| {
                    (
                        "unknown-indicator",
                        ta(
                            "plans-check-indicators-recognised-detail",
                            &[("indicator", r.as_str().into())],
                        ),
                    )
                })
                .collect(),
            DOMAINS_HREF,
        )
    }
}

pub(super) fn baselines_and_targets(plan: &Plan) -> Check {
    let id = "indicators-have-baseline-and-target";
    let mut any = false;
    let mut details = Vec::new();
    for (outcome, ind) in plan.outcome_indicators() {
        any = true;
        let (tag, missing) = match (ind.baseline.is_some(), ind.target.is_some()) {
            (true, true) => continue,
            (false, true) => ("target-without-baseline", "baseline"),
            (true, false) => ("baseline-without-target", "target"),
            (false, false) => ("neither-baseline-nor-target", "both"),
        };
        details.push((
            tag,
            ta(
                "plans-check-indicators-have-baseline-and-target-detail",
                &[
                    ("indicator", ind.indicator.as_str().into()),
                    ("outcome", outcome.text.as_str().into()),
                    ("missing", missing.into()),
                ],
            ),
        ));
    }
    let (status, key) = if !any {
        (CheckStatus::NotApplicable, "plans-check-no-indicators-yet")
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "plans-check-indicators-have-baseline-and-target-pass",
        )
    } else {
        (
            CheckStatus::Fail,
            "plans-check-indicators-have-baseline-and-target-fail",
        )
    };
    result(
        id,
        Principle::ContextSpecific,
        status,
        t(key),
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn local_baselines(plan: &Plan) -> Check {
    use crate::model::BaselineSource;
    let id = "targets-from-local-baseline";
    let mut any = false;
    let mut details = Vec::new();
    for (_, ind) in plan
        .outcome_indicators()
        .filter(|(_, i)| i.baseline.is_some() || i.target.is_some())
    {
        any = true;
        let indicator: Arg = ind.indicator.as_str().into();
        let (tag, key) = if ind.baseline.is_none() {
            // A target with no baseline is not set against a local one; passing here would
            // contradict "Every indicator has a baseline and a target".
            (
                "target-without-baseline",
                "plans-check-targets-from-local-baseline-detail-no-baseline",
            )
        } else {
            match ind.baseline_source {
                Some(BaselineSource::Local) => continue,
                Some(BaselineSource::National) => (
                    "national-baseline",
                    "plans-check-targets-from-local-baseline-detail-national",
                ),
                Some(BaselineSource::Elsewhere) => (
                    "baseline-from-elsewhere",
                    "plans-check-targets-from-local-baseline-detail-elsewhere",
                ),
                None => (
                    "baseline-unsourced",
                    "plans-check-targets-from-local-baseline-detail-unsourced",
                ),
            }
        };
        details.push((tag, ta(key, &[("indicator", indicator)])));
    }
    let (status, key) = if !any {
        (
            CheckStatus::NotApplicable,
            "plans-check-targets-from-local-baseline-none",
        )
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "plans-check-targets-from-local-baseline-pass",
        )
    } else {
        (
            CheckStatus::Warn,
            "plans-check-targets-from-local-baseline-warn",
        )
    };
    result(
        id,
        Principle::ContextSpecific,
        status,
        t(key),
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn learns_from_elsewhere(plan: &Plan) -> Check {
    use crate::model::EvidenceKind;
    let id = "learns-from-elsewhere";
    if plan.links.iter().all(|l| l.assumptions.is_empty()) {
        return not_applicable(
            id,
            Principle::Evaluation,
            "plans-check-learns-from-elsewhere-none",
            PRINCIPLES_HREF,
        );
    }
    let research = plan
        .links
        .iter()
        .flat_map(|l| l.assumptions.iter())
        .flat_map(|a| a.evidence.iter())
        .any(|e| e.kind == EvidenceKind::Research);
    let (status, key) = if research {
        (CheckStatus::Pass, "plans-check-learns-from-elsewhere-pass")
    } else {
        (CheckStatus::Warn, "plans-check-learns-from-elsewhere-warn")
    };
    result(
        id,
        Principle::Evaluation,
        status,
        t(key),
        Vec::new(),
        PRINCIPLES_HREF,
    )
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
    let id = "links-have-assumptions";
    let mut any = false;
    let mut details = Vec::new();
    for link in upward_links(plan) {
        any = true;
        if link.assumptions.is_empty() {
            details.push((
                "no-assumption",
                ta(
                    "plans-check-links-have-assumptions-detail",
                    &[
                        ("from", node_text(plan, &link.from).into()),
                        ("to", node_text(plan, &link.to).into()),
                    ],
                ),
            ));
        }
    }
    let (status, key) = if !any {
        (
            CheckStatus::NotApplicable,
            "plans-check-links-have-assumptions-none",
        )
    } else if details.is_empty() {
        (CheckStatus::Pass, "plans-check-links-have-assumptions-pass")
    } else {
        (CheckStatus::Fail, "plans-check-links-have-assumptions-fail")
    };
    result(
        id,
        Principle::Evaluation,
        status,
        t(key),
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn assumptions_have_evidence(plan: &Plan) -> Check {
    let id = "assumptions-have-evidence";
    let mut any = false;
    let mut details = Vec::new();
    for a in plan.links.iter().flat_map(|l| l.assumptions.iter()) {
        any = true;
        if a.evidence.is_empty() {
            details.push((
                "no-evidence",
                ta(
                    "plans-check-assumptions-have-evidence-detail",
                    &[("assumption", a.text.as_str().into())],
                ),
            ));
        }
    }
    let (status, key) = if !any {
        (CheckStatus::NotApplicable, "plans-check-no-assumptions-yet")
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "plans-check-assumptions-have-evidence-pass",
        )
    } else {
        (
            CheckStatus::Fail,
            "plans-check-assumptions-have-evidence-fail",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        t(key),
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn assumptions_holding(plan: &Plan) -> Check {
    let all: Vec<&crate::model::Assumption> = plan
        .links
        .iter()
        .flat_map(|l| l.assumptions.iter())
        .collect();
    let challenged: Vec<(&'static str, String)> = all
        .iter()
        .filter(|a| a.status == AssumptionStatus::Challenged)
        .map(|a| {
            (
                "challenged",
                ta(
                    "plans-check-assumptions-holding-detail",
                    &[("assumption", a.text.as_str().into())],
                ),
            )
        })
        .collect();
    let (status, key) = if all.is_empty() {
        (CheckStatus::NotApplicable, "plans-check-no-assumptions-yet")
    } else if challenged.is_empty() {
        (CheckStatus::Pass, "plans-check-assumptions-holding-pass")
    } else {
        (CheckStatus::Warn, "plans-check-assumptions-holding-warn")
    };
    result(
        "assumptions-holding",
        Principle::Evaluation,
        status,
        t(key),
        challenged,
        PRINCIPLES_HREF,
    )
}

pub(super) fn evaluation_before_start(plan: &Plan) -> Check {
    let mut details = Vec::new();
    if plan.outcomes.is_empty() {
        details.push((
            "no-outcomes",
            t("plans-check-evaluation-plan-before-start-detail-no-outcomes"),
        ));
    }
    for outcome in &plan.outcomes {
        let text: Arg = outcome.text.as_str().into();
        let Some(e) = plan.evaluation_for(&outcome.id) else {
            details.push((
                "no-evaluation",
                ta(
                    "plans-check-evaluation-plan-before-start-detail-no-plan",
                    &[("outcome", text)],
                ),
            ));
            continue;
        };
        if e.methods.is_empty() {
            details.push((
                "no-method",
                ta(
                    "plans-check-evaluation-plan-before-start-detail-no-method",
                    &[("outcome", text.clone())],
                ),
            ));
        }
        if e.collections.is_empty() && e.baseline_date.is_none() {
            details.push((
                "no-date",
                ta(
                    "plans-check-evaluation-plan-before-start-detail-no-date",
                    &[("outcome", text.clone())],
                ),
            ));
        }
        if let (Some(baseline), Some(start)) = (e.baseline_date, plan.start_date)
            && baseline > start
        {
            details.push((
                "late-baseline",
                ta(
                    "plans-check-evaluation-plan-before-start-detail-late-baseline",
                    &[
                        ("outcome", text),
                        ("baseline", tessera_l10n::date(baseline).into()),
                        ("start", tessera_l10n::date(start).into()),
                    ],
                ),
            ));
        }
    }
    let (status, key) = if details.is_empty() {
        (
            CheckStatus::Pass,
            "plans-check-evaluation-plan-before-start-pass",
        )
    } else {
        (
            CheckStatus::Fail,
            "plans-check-evaluation-plan-before-start-fail",
        )
    };
    result(
        "evaluation-plan-before-start",
        Principle::Evaluation,
        status,
        t(key),
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn evaluation_during(plan: &Plan) -> Check {
    let id = "evaluation-during-the-work";
    let present: Vec<_> = plan
        .evaluation
        .iter()
        .filter(|e| plan.outcome(&e.outcome).is_some())
        .collect();
    if present.is_empty() {
        return not_applicable(
            id,
            Principle::Evaluation,
            "plans-check-evaluation-during-the-work-none",
            PRINCIPLES_HREF,
        );
    }
    let details: Vec<(&'static str, String)> = present
        .iter()
        .filter(|e| e.collections.len() < 2)
        .map(|e| {
            (
                "too-few-collections",
                ta(
                    "plans-check-evaluation-during-the-work-detail",
                    &[
                        ("outcome", node_text(plan, &e.outcome).into()),
                        ("count", e.collections.len().into()),
                    ],
                ),
            )
        })
        .collect();
    let (status, key) = if details.is_empty() {
        (
            CheckStatus::Pass,
            "plans-check-evaluation-during-the-work-pass",
        )
    } else {
        (
            CheckStatus::Warn,
            "plans-check-evaluation-during-the-work-warn",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        t(key),
        details,
        PRINCIPLES_HREF,
    )
}
