//! Tests of each check and of the checks together.

use std::sync::OnceLock;

use time::macros::date;

use crate::check::{CHECK_IDS, CheckStatus, Principle, check};
use crate::evaluation::{Collection, Method, MethodKind, OutcomeEvaluation};
use crate::model::{
    Activity, Assumption, AssumptionStatus, BaselineSource, Direction, Evidence, EvidenceKind,
    EvidenceStrength, Link, LocalIndicator, Outcome, OutcomeIndicator, Output, Plan, PlanKind,
    Side, Stage, Stakeholder, StakeholderKind, TargetGroup,
};
use tessera_framework::Catalogue;

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::shipped().expect("shipped packs load"))
}

fn indicator(reference: &str, groups: &[&str]) -> OutcomeIndicator {
    OutcomeIndicator {
        indicator: reference.into(),
        baseline: Some(20.0),
        baseline_source: Some(BaselineSource::Local),
        baseline_note: None,
        target: Some(40.0),
        target_date: None,
        direction: Direction::Up,
        groups: groups.iter().map(|g| (*g).to_owned()).collect(),
        unit: None,
        evidence: None,
    }
}

fn assumption(text: &str) -> Assumption {
    Assumption {
        text: text.into(),
        evidence: vec![Evidence {
            kind: EvidenceKind::Research,
            source: "A study".into(),
            strength: EvidenceStrength::Moderate,
        }],
        status: AssumptionStatus::Untested,
    }
}

fn link(from: &str, to: &str) -> Link {
    Link {
        from: from.into(),
        to: to.into(),
        assumptions: if from.starts_with('a') {
            vec![]
        } else {
            vec![assumption("It works")]
        },
    }
}

fn stakeholder(id: &str, kind: StakeholderKind) -> Stakeholder {
    Stakeholder {
        id: id.into(),
        name: id.into(),
        kind,
        role: String::new(),
        involved_from: Stage::Design,
    }
}

/// A small plan that passes every check.
fn good() -> Plan {
    let mut p = Plan::new("Café", PlanKind::Intervention, "Confidence using English");
    p.target_groups = vec![
        TargetGroup {
            id: "women".into(),
            name: "Women learning English".into(),
            side: Side::Newcomers,
        },
        TargetGroup {
            id: "locals".into(),
            name: "Local volunteers".into(),
            side: Side::ReceivingCommunity,
        },
    ];
    p.outcomes.push(Outcome {
        id: "o-talk".into(),
        text: "Regular conversations".into(),
        indicators: vec![
            indicator("ioi-2019/lan-practice-outside-class", &["women"]),
            indicator("ioi-2019/bri-ask-neighbours-for-help", &["locals"]),
        ],
    });
    p.outputs.push(Output {
        id: "p-sessions".into(),
        text: "Sessions".into(),
    });
    p.activities.push(Activity {
        id: "a-cafe".into(),
        text: "Run a café".into(),
        resources: vec![],
    });
    p.links = vec![
        link("a-cafe", "p-sessions"),
        link("p-sessions", "o-talk"),
        link("o-talk", "goal"),
    ];
    p.stakeholders = vec![
        stakeholder("w", StakeholderKind::NewcomerGroup),
        stakeholder("r", StakeholderKind::ReceivingCommunity),
        stakeholder("c", StakeholderKind::PublicInstitution),
    ];
    p.domains = vec![
        "ioi-2019/language-and-communication".into(),
        "ioi-2019/social-bridges".into(),
    ];
    p.start_date = Some(date!(2025 - 09 - 01));
    p.evaluation.push(OutcomeEvaluation {
        outcome: "o-talk".into(),
        indicators: vec![],
        methods: vec![Method {
            kind: MethodKind::ParticipantFeedback,
            detail: None,
        }],
        samples: vec![],
        baseline_date: Some(date!(2025 - 08 - 15)),
        baseline_note: None,
        collections: vec![
            Collection {
                date: date!(2025 - 12 - 01),
                label: "Mid-point".into(),
            },
            Collection {
                date: date!(2026 - 06 - 01),
                label: "End".into(),
            },
        ],
        frequency: None,
        analysis: None,
        responsible: Some("c".into()),
    });
    p
}

fn status(plan: &Plan, id: &str) -> CheckStatus {
    let found = check(plan, catalogue())
        .into_iter()
        .find(|c| c.id == id)
        .map(|c| c.status);
    found.unwrap_or_else(|| panic!("no check {id}"))
}

fn set_indicators(plan: &mut Plan, indicators: Vec<OutcomeIndicator>) {
    plan.outcomes[0].indicators = indicators;
}

#[test]
fn the_good_plan_is_valid_and_passes_every_check() {
    let plan = good();
    assert_eq!(plan.validate(), Ok(()));
    let checks = check(&plan, catalogue());
    let ids: Vec<&str> = checks.iter().map(|c| c.id.as_str()).collect();
    let ioi: Vec<&str> = CHECK_IDS
        .into_iter()
        .filter(|id| {
            ![
                "local-leadership",
                "partners-from-several-sectors",
                "learns-from-elsewhere",
            ]
            .contains(id)
        })
        .collect();
    assert_eq!(
        ids, ioi,
        "an IOI plan gets IOI's checks and the method's, in order"
    );
    for c in &checks {
        assert_eq!(c.status, CheckStatus::Pass, "{}: {}", c.id, c.explanation);
        assert!(c.help_href.starts_with("/frameworks/"));
    }
}

#[test]
fn every_failing_check_explains_what_to_do_and_lists_details_where_it_can() {
    let plan = Plan::new("Empty", PlanKind::Strategy, "A goal");
    for c in check(&plan, catalogue()) {
        assert!(!c.explanation.is_empty(), "{}", c.id);
        assert!(!c.title.is_empty(), "{}", c.id);
    }
}

#[test]
fn one_domain_fails_the_several_domains_check() {
    let mut p = good();
    set_indicators(
        &mut p,
        vec![
            indicator("ioi-2019/bri-simple-conversation", &["women"]),
            indicator("ioi-2019/bri-ask-neighbours-for-help", &["locals"]),
        ],
    );
    assert_eq!(status(&p, "several-domains"), CheckStatus::Fail);
    set_indicators(&mut p, vec![]);
    assert_eq!(status(&p, "several-domains"), CheckStatus::Fail);
}

#[test]
fn two_domains_of_one_type_fail_the_domain_type_check() {
    let mut p = good();
    set_indicators(
        &mut p,
        vec![
            indicator("ioi-2019/bon-lonely", &["women"]),
            indicator("ioi-2019/bri-ask-neighbours-for-help", &["locals"]),
        ],
    );
    assert_eq!(status(&p, "several-domains"), CheckStatus::Pass);
    assert_eq!(status(&p, "several-domain-types"), CheckStatus::Fail);
}

#[test]
fn no_social_connections_indicator_warns() {
    let mut p = good();
    set_indicators(
        &mut p,
        vec![
            indicator("ioi-2019/lan-practice-outside-class", &["women"]),
            indicator("ioi-2019/sta-neighbours-trusted", &["locals"]),
        ],
    );
    assert_eq!(
        status(&p, "social-connections-indicator"),
        CheckStatus::Warn
    );
}

#[test]
fn a_local_indicator_counts_in_the_domain_it_names() {
    let mut p = good();
    p.local_indicators.push(LocalIndicator {
        id: "cafe-friends".into(),
        name: "Women who made a friend at the café".into(),
        domain: Some("ioi-2019/social-bonds".into()),
    });
    set_indicators(
        &mut p,
        vec![
            indicator("ioi-2019/lan-practice-outside-class", &["women"]),
            indicator("local/cafe-friends", &["both"]),
        ],
    );
    assert_eq!(p.validate(), Ok(()));
    assert_eq!(
        status(&p, "social-connections-indicator"),
        CheckStatus::Pass
    );
    assert_eq!(status(&p, "several-domain-types"), CheckStatus::Pass);
    assert_eq!(status(&p, "indicators-recognised"), CheckStatus::Pass);
}

#[test]
fn an_unknown_indicator_is_warned_about() {
    let mut p = good();
    p.outcomes[0]
        .indicators
        .push(indicator("ioi-2019/no-such-thing", &["women"]));
    assert_eq!(status(&p, "indicators-recognised"), CheckStatus::Warn);
}

#[test]
fn a_service_measuring_only_its_own_domain_is_warned() {
    let mut p = good();
    p.domains = vec!["ioi-2019/work".into()];
    set_indicators(
        &mut p,
        vec![
            indicator("ioi-2019/work-in-paid-work", &["women"]),
            indicator("ioi-2019/work-in-paid-work", &["locals"]),
        ],
    );
    let c = check(&p, catalogue())
        .into_iter()
        .find(|c| c.id == "not-only-own-service-domain")
        .expect("check present");
    assert_eq!(c.status, CheckStatus::Warn);
    assert_eq!(c.help_href, "/frameworks/ioi-2019/domains/work");
    p.domains.push("ioi-2019/education".into());
    assert_eq!(
        status(&p, "not-only-own-service-domain"),
        CheckStatus::NotApplicable,
        "a plan working in two domains is not a single service, and with one domain measured \
         \"Measures more than one domain\" says what to do"
    );
    assert_eq!(status(&p, "several-domains"), CheckStatus::Fail);
}

#[test]
fn measuring_newcomers_only_fails_the_two_way_check() {
    let mut p = good();
    p.outcomes[0].indicators[1].groups = vec!["women".into()];
    assert_eq!(
        status(&p, "receiving-community-measured"),
        CheckStatus::Fail
    );
    p.outcomes[0].indicators[1].groups = vec!["both".into()];
    assert_eq!(
        status(&p, "receiving-community-measured"),
        CheckStatus::Pass
    );
    p.outcomes[0].indicators[1].groups = vec!["receiving_community".into()];
    assert_eq!(
        status(&p, "receiving-community-measured"),
        CheckStatus::Pass
    );
}

#[test]
fn stakeholders_must_cover_newcomers_receiving_community_and_institutions() {
    let mut p = good();
    p.stakeholders[2].kind = StakeholderKind::Other;
    assert_eq!(
        status(&p, "stakeholders-of-all-three-kinds"),
        CheckStatus::Fail
    );
    p.stakeholders[2].kind = StakeholderKind::Employer;
    assert_eq!(
        status(&p, "stakeholders-of-all-three-kinds"),
        CheckStatus::Pass
    );
    p.stakeholders.remove(1);
    let c = check(&p, catalogue())
        .into_iter()
        .find(|c| c.id == "stakeholders-of-all-three-kinds")
        .expect("check present");
    assert_eq!(c.status, CheckStatus::Fail);
    assert_eq!(
        c.details,
        vec!["No stakeholder from the receiving community."]
    );
}

#[test]
fn stakeholders_joining_only_at_delivery_are_warned() {
    let mut p = good();
    p.stakeholders[1].involved_from = Stage::Delivery;
    assert_eq!(
        status(&p, "stakeholders-involved-in-design"),
        CheckStatus::Warn
    );
    p.stakeholders.clear();
    assert_eq!(
        status(&p, "stakeholders-involved-in-design"),
        CheckStatus::NotApplicable
    );
}

#[test]
fn a_node_that_does_not_lead_to_the_goal_fails_the_connection_check() {
    let mut p = good();
    p.activities.push(Activity {
        id: "a-lonely".into(),
        text: "Unlinked".into(),
        resources: vec![],
    });
    assert_eq!(status(&p, "theory-of-change-connected"), CheckStatus::Fail);
    let empty = Plan::new("Empty", PlanKind::Intervention, "Goal");
    assert_eq!(
        status(&empty, "theory-of-change-connected"),
        CheckStatus::Fail
    );
}

#[test]
fn an_outcome_without_indicators_fails() {
    let mut p = good();
    p.outcomes.push(Outcome {
        id: "o-other".into(),
        text: "Another".into(),
        indicators: vec![],
    });
    assert_eq!(status(&p, "outcomes-have-indicators"), CheckStatus::Fail);
}

#[test]
fn an_indicator_without_a_baseline_or_target_fails() {
    let mut p = good();
    p.outcomes[0].indicators[0].target = None;
    assert_eq!(
        status(&p, "indicators-have-baseline-and-target"),
        CheckStatus::Fail
    );
    set_indicators(&mut p, vec![]);
    assert_eq!(
        status(&p, "indicators-have-baseline-and-target"),
        CheckStatus::NotApplicable
    );
}

#[test]
fn a_baseline_from_elsewhere_or_unsourced_warns() {
    let mut p = good();
    p.outcomes[0].indicators[0].baseline_source = Some(BaselineSource::National);
    assert_eq!(status(&p, "targets-from-local-baseline"), CheckStatus::Warn);
    p.outcomes[0].indicators[0].baseline_source = None;
    assert_eq!(status(&p, "targets-from-local-baseline"), CheckStatus::Warn);
}

#[test]
fn a_link_from_an_output_without_assumptions_fails_but_activity_links_need_none() {
    let mut p = good();
    assert!(p.links[0].assumptions.is_empty(), "activity link has none");
    assert_eq!(status(&p, "links-have-assumptions"), CheckStatus::Pass);
    p.links[1].assumptions.clear();
    assert_eq!(status(&p, "links-have-assumptions"), CheckStatus::Fail);
}

#[test]
fn an_assumption_without_evidence_fails() {
    let mut p = good();
    p.links[2].assumptions[0].evidence.clear();
    assert_eq!(status(&p, "assumptions-have-evidence"), CheckStatus::Fail);
}

#[test]
fn a_challenged_assumption_warns() {
    let mut p = good();
    p.links[2].assumptions[0].status = AssumptionStatus::Challenged;
    assert_eq!(status(&p, "assumptions-holding"), CheckStatus::Warn);
}

#[test]
fn the_evaluation_plan_needs_a_method_and_a_date_for_each_outcome() {
    let mut p = good();
    p.evaluation[0].methods.clear();
    assert_eq!(
        status(&p, "evaluation-plan-before-start"),
        CheckStatus::Fail
    );
    let mut p = good();
    p.evaluation[0].collections.clear();
    p.evaluation[0].baseline_date = None;
    assert_eq!(
        status(&p, "evaluation-plan-before-start"),
        CheckStatus::Fail
    );
    let mut p = good();
    p.evaluation.clear();
    assert_eq!(
        status(&p, "evaluation-plan-before-start"),
        CheckStatus::Fail
    );
    assert_eq!(
        status(&p, "evaluation-during-the-work"),
        CheckStatus::NotApplicable
    );
}

#[test]
fn a_baseline_collected_after_the_start_date_fails() {
    let mut p = good();
    p.evaluation[0].baseline_date = Some(date!(2025 - 10 - 01));
    assert_eq!(
        status(&p, "evaluation-plan-before-start"),
        CheckStatus::Fail
    );
    p.evaluation[0].baseline_date = Some(date!(2025 - 09 - 01));
    assert_eq!(
        status(&p, "evaluation-plan-before-start"),
        CheckStatus::Pass
    );
}

#[test]
fn collecting_only_once_after_the_baseline_warns() {
    let mut p = good();
    p.evaluation[0].collections.truncate(1);
    assert_eq!(status(&p, "evaluation-during-the-work"), CheckStatus::Warn);
}

/// Pairs of checks that could contradict (see `consistency.rs` beside the checks): one test per pair.
mod consistency;
