//! Pairs of checks that could contradict each other (see `../consistency.rs`): one test per
//! pair, each on a plan built to sit on the boundary between them.

use super::*;

fn by_id(plan: &Plan) -> Vec<crate::check::Check> {
    check(plan, catalogue())
}

fn assert_consistent(plan: &Plan) {
    let found = crate::check::contradictions(&by_id(plan));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn one_indicator_crosswalked_to_two_types_fails_types_as_it_fails_domains() {
    // Seen: a plan with one indicator failed "several domains" but passed "several domain
    // types", because its Inclusive Cities indicator is crosswalked to IOI domains of two types.
    let mut p = good();
    p.domains = vec!["ioi-2019/work".into()];
    set_indicators(
        &mut p,
        vec![indicator(
            "inclusive-cities/ic-story-belong-city",
            &["both"],
        )],
    );
    assert_eq!(status(&p, "several-domains"), CheckStatus::Fail);
    assert_eq!(status(&p, "several-domain-types"), CheckStatus::Fail);
    assert_consistent(&p);
}

#[test]
fn one_domain_outside_the_service_area_is_not_called_reaching_beyond_it() {
    // Seen: the same plan passed "reaches beyond a single area".
    let mut p = good();
    p.domains = vec!["ioi-2019/work".into()];
    set_indicators(
        &mut p,
        vec![indicator("ioi-2019/bri-ask-neighbours-for-help", &["both"])],
    );
    assert_eq!(status(&p, "several-domains"), CheckStatus::Fail);
    assert_eq!(
        status(&p, "not-only-own-service-domain"),
        CheckStatus::NotApplicable
    );
    p.domains.clear();
    assert_eq!(
        status(&p, "not-only-own-service-domain"),
        CheckStatus::NotApplicable,
        "a plan naming no service area is not said to reach beyond it"
    );
    assert_consistent(&p);
}

#[test]
fn a_missing_kind_of_stakeholder_is_not_called_involved_in_the_design() {
    let mut p = good();
    p.stakeholders.remove(1);
    assert_eq!(
        status(&p, "stakeholders-of-all-three-kinds"),
        CheckStatus::Fail
    );
    assert_eq!(
        status(&p, "stakeholders-involved-in-design"),
        CheckStatus::NotApplicable
    );
    assert_consistent(&p);
}

fn inclusive_cities_plan() -> Plan {
    let mut p = good();
    p.domains = vec!["inclusive-cities/connecting-communities".into()];
    set_indicators(
        &mut p,
        vec![
            indicator("inclusive-cities/ic-connect-mixing", &["women"]),
            indicator("inclusive-cities/ic-story-belong-city", &["locals"]),
        ],
    );
    p
}

#[test]
fn a_public_body_leading_means_institutions_take_part_in_the_design() {
    let mut p = inclusive_cities_plan();
    p.stakeholders[2].kind = StakeholderKind::PublicInstitution;
    p.stakeholders.push(Stakeholder {
        involved_from: Stage::Delivery,
        ..stakeholder("v", StakeholderKind::CivilSociety)
    });
    assert_eq!(status(&p, "local-leadership"), CheckStatus::Pass);
    let design = by_id(&p)
        .into_iter()
        .find(|c| c.id == "stakeholders-involved-in-design")
        .expect("present");
    assert!(!design.details.iter().any(|d| d.contains("institutions")));
    assert_consistent(&p);
}

#[test]
fn a_public_body_leading_means_institutions_are_named() {
    let mut p = inclusive_cities_plan();
    p.stakeholders
        .retain(|s| s.kind == StakeholderKind::PublicInstitution);
    assert_eq!(status(&p, "local-leadership"), CheckStatus::Pass);
    let all = by_id(&p)
        .into_iter()
        .find(|c| c.id == "stakeholders-of-all-three-kinds")
        .expect("present");
    assert_eq!(
        all.status,
        CheckStatus::Fail,
        "newcomers and residents are missing"
    );
    assert!(!all.details.iter().any(|d| d.contains("institutions")));
    assert_consistent(&p);
}

#[test]
fn partners_from_two_sectors_mean_institutions_are_named() {
    let mut p = inclusive_cities_plan();
    p.stakeholders = vec![
        stakeholder("c", StakeholderKind::PublicInstitution),
        stakeholder("e", StakeholderKind::Employer),
    ];
    assert_eq!(
        status(&p, "partners-from-several-sectors"),
        CheckStatus::Pass
    );
    let all = by_id(&p)
        .into_iter()
        .find(|c| c.id == "stakeholders-of-all-three-kinds")
        .expect("present");
    assert!(!all.details.iter().any(|d| d.contains("institutions")));
    p.stakeholders.pop();
    assert_eq!(
        status(&p, "partners-from-several-sectors"),
        CheckStatus::Warn
    );
    assert_consistent(&p);
}

#[test]
fn a_target_without_a_baseline_is_not_set_against_a_local_baseline() {
    // Before: "Targets are set against a local baseline" passed while "Every indicator has a
    // baseline and a target" failed for the same missing baseline.
    let mut p = good();
    p.outcomes[0].indicators[0].baseline = None;
    assert_eq!(
        status(&p, "indicators-have-baseline-and-target"),
        CheckStatus::Fail
    );
    assert_eq!(status(&p, "targets-from-local-baseline"), CheckStatus::Warn);
    assert_consistent(&p);
    // A missing target alone is only the other check's business.
    let mut p = good();
    p.outcomes[0].indicators[0].target = None;
    assert_eq!(status(&p, "targets-from-local-baseline"), CheckStatus::Pass);
    assert_consistent(&p);
}

#[test]
fn two_domains_measured_leave_baselines_something_to_look_at() {
    let p = good();
    assert_eq!(status(&p, "several-domains"), CheckStatus::Pass);
    assert_ne!(
        status(&p, "indicators-have-baseline-and-target"),
        CheckStatus::NotApplicable
    );
    assert_consistent(&p);
}

#[test]
fn a_connected_theory_of_change_has_outcomes_to_check_for_indicators() {
    let p = good();
    assert_eq!(status(&p, "theory-of-change-connected"), CheckStatus::Pass);
    assert_ne!(
        status(&p, "outcomes-have-indicators"),
        CheckStatus::NotApplicable
    );
    let empty = Plan::new("Empty", PlanKind::Intervention, "Goal");
    assert_eq!(
        status(&empty, "theory-of-change-connected"),
        CheckStatus::Fail
    );
    assert_consistent(&empty);
}

#[test]
fn links_with_assumptions_give_the_evidence_check_something_to_look_at() {
    let mut p = good();
    assert_eq!(status(&p, "links-have-assumptions"), CheckStatus::Pass);
    assert_ne!(
        status(&p, "assumptions-have-evidence"),
        CheckStatus::NotApplicable
    );
    p.links[1].assumptions[0].evidence.clear();
    assert_consistent(&p);
}

#[test]
fn research_evidence_counts_as_evidence_for_an_assumption() {
    let mut p = inclusive_cities_plan();
    p.links[1].assumptions[0].evidence[0].kind = EvidenceKind::Research;
    assert_eq!(status(&p, "learns-from-elsewhere"), CheckStatus::Pass);
    assert_eq!(status(&p, "assumptions-have-evidence"), CheckStatus::Pass);
    for link in &mut p.links {
        for a in &mut link.assumptions {
            a.evidence.retain(|e| e.kind != EvidenceKind::Research);
        }
    }
    assert_eq!(status(&p, "learns-from-elsewhere"), CheckStatus::Warn);
    assert_consistent(&p);
}

#[test]
fn every_pair_that_could_contradict_has_a_test_above() {
    // The pairs listed in IMPLICATIONS, in order, each exercised by one test in this file.
    let tested = [
        ("several-domain-types", "several-domains"),
        ("not-only-own-service-domain", "several-domains"),
        (
            "stakeholders-involved-in-design",
            "stakeholders-of-all-three-kinds",
        ),
        ("local-leadership", "stakeholders-involved-in-design"),
        ("local-leadership", "stakeholders-of-all-three-kinds"),
        (
            "partners-from-several-sectors",
            "stakeholders-of-all-three-kinds",
        ),
        (
            "targets-from-local-baseline",
            "indicators-have-baseline-and-target",
        ),
        ("several-domains", "indicators-have-baseline-and-target"),
        ("theory-of-change-connected", "outcomes-have-indicators"),
        ("links-have-assumptions", "assumptions-have-evidence"),
        ("learns-from-elsewhere", "assumptions-have-evidence"),
    ];
    let listed: Vec<(&str, &str)> = crate::check::IMPLICATIONS
        .iter()
        .map(|(a, b, _, _)| (*a, *b))
        .collect();
    assert_eq!(listed, tested);
}

#[test]
fn the_contradiction_finder_reports_a_pass_that_another_check_denies() {
    let p = good();
    let mut checks = by_id(&p);
    for c in &mut checks {
        if c.id == "several-domains" {
            c.status = CheckStatus::Fail;
        }
    }
    let found = crate::check::contradictions(&checks);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("Measures more than one type of domain"));
}

// --- Checks come from the principles of the packs a plan uses. -----------------------------

#[test]
fn a_plan_on_inclusive_cities_domains_is_judged_by_inclusive_cities_principles() {
    let p = inclusive_cities_plan();
    assert_eq!(
        crate::check::packs_used(&p, catalogue()),
        ["inclusive-cities"]
    );
    let checks = by_id(&p);
    let ids: Vec<&str> = checks.iter().map(|c| c.id.as_str()).collect();
    for id in [
        "local-leadership",
        "partners-from-several-sectors",
        "learns-from-elsewhere",
        "receiving-community-measured",
    ] {
        assert!(ids.contains(&id), "{id}: {ids:?}");
    }
    for id in ["several-domain-types", "social-connections-indicator"] {
        assert!(
            !ids.contains(&id),
            "IOI's {id} is not an Inclusive Cities principle"
        );
    }
    let receiving = checks
        .iter()
        .find(|c| c.id == "receiving-community-measured")
        .expect("present");
    assert_eq!(receiving.principle, Principle::Pack);
    assert_eq!(
        receiving.principle_name(),
        "Work with newcomers and with longer-standing residents"
    );
    assert_eq!(
        receiving.help_href,
        "/frameworks/inclusive-cities#principle-list"
    );
}

#[test]
fn a_plan_using_two_packs_gets_each_check_once_serving_both() {
    let mut p = inclusive_cities_plan();
    p.outcomes[0].indicators.push(indicator(
        "ioi-2019/bri-ask-neighbours-for-help",
        &["locals"],
    ));
    assert_eq!(
        crate::check::packs_used(&p, catalogue()),
        ["inclusive-cities", "ioi-2019"]
    );
    let checks = by_id(&p);
    let receiving: Vec<_> = checks
        .iter()
        .filter(|c| c.id == "receiving-community-measured")
        .collect();
    assert_eq!(receiving.len(), 1);
    let packs: Vec<&str> = receiving[0]
        .serves
        .iter()
        .map(|s| s.pack.as_str())
        .collect();
    assert_eq!(packs, ["inclusive-cities", "ioi-2019"]);
    assert!(
        checks
            .iter()
            .any(|c| c.id == "social-connections-indicator")
    );
    assert!(checks.iter().any(|c| c.id == "local-leadership"));
}

#[test]
fn a_plan_naming_no_pack_yet_is_judged_by_the_ioi_principles() {
    let empty = Plan::new("Empty", PlanKind::Strategy, "A goal");
    assert_eq!(crate::check::packs_used(&empty, catalogue()), ["ioi-2019"]);
    let checks = by_id(&empty);
    assert_eq!(checks[0].principle, Principle::MultiDimensional);
    assert_eq!(
        checks[0].principle_name(),
        "Integration is multi-dimensional"
    );
}
