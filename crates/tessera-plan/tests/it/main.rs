//! Black-box tests of the shipped example plans: reading, checking, laying out.

mod consistency;

use std::collections::BTreeSet;

use tessera_framework::Catalogue;
use tessera_plan::examples::{FRIENDSHIP_CLUB, LANGUAGE_CAFE, WEAK_PLAN};
use tessera_plan::{CheckStatus, NodeKind, Plan, check, layout, upcoming_collections};
use time::macros::date;

fn catalogue() -> Catalogue {
    Catalogue::shipped().expect("shipped packs load")
}

fn ids_with(plan: &Plan, status: CheckStatus) -> BTreeSet<String> {
    check(plan, &catalogue())
        .into_iter()
        .filter(|c| c.status == status)
        .map(|c| c.id)
        .collect()
}

#[test]
fn the_language_cafe_and_friendship_club_pass_every_check() {
    for json in [LANGUAGE_CAFE, FRIENDSHIP_CLUB] {
        let plan = Plan::from_json(json).expect("example plan is valid");
        for c in check(&plan, &catalogue()) {
            assert_eq!(
                c.status,
                CheckStatus::Pass,
                "{}: {} — {} {:?}",
                plan.title,
                c.id,
                c.explanation,
                c.details
            );
        }
    }
}

#[test]
fn every_indicator_in_the_examples_is_in_the_shipped_catalogue() {
    let catalogue = catalogue();
    for json in [LANGUAGE_CAFE, FRIENDSHIP_CLUB, WEAK_PLAN] {
        let plan = Plan::from_json(json).expect("example plan is valid");
        for (_, i) in plan.outcome_indicators() {
            assert!(
                catalogue.indicator(&i.indicator).is_some(),
                "{}",
                i.indicator
            );
        }
    }
}

#[test]
fn the_weak_plan_fails_exactly_the_checks_for_what_it_lacks() {
    let plan = Plan::from_json(WEAK_PLAN).expect("the weak plan is structurally valid");
    let failing = ids_with(&plan, CheckStatus::Fail);
    let expected: BTreeSet<String> = [
        "several-domains",
        "several-domain-types",
        "receiving-community-measured",
        "stakeholders-of-all-three-kinds",
        "evaluation-plan-before-start",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(failing, expected);
    assert!(ids_with(&plan, CheckStatus::Warn).is_empty());
}

#[test]
fn the_cafe_diagram_shows_every_node_and_link_with_the_fewest_crossings() {
    let plan = Plan::from_json(LANGUAGE_CAFE).expect("valid");
    let diagram = layout(&plan);
    assert_eq!(
        diagram.nodes.len(),
        1 + plan.outcomes.len() + plan.outputs.len() + plan.activities.len()
    );
    assert_eq!(diagram.edges.len(), plan.links.len());
    // Café sessions and volunteer support both feed both outputs: that square of links must
    // cross once, whatever the order.
    assert_eq!(diagram.crossings, 1);
    // The outcome that leads to another outcome sits one column further from the goal.
    let column = |id: &str| diagram.node(id).map(|n| n.column).expect("node drawn");
    assert_eq!(column("talk-regularly") + 1, column("know-neighbours"));
    assert_eq!(diagram.nodes[0].kind, NodeKind::Goal);
    for edge in &diagram.edges {
        assert!(edge.points.len() >= 2);
        for p in &edge.points {
            assert!(p.x >= 0.0 && p.x <= diagram.width && p.y >= 0.0 && p.y <= diagram.height);
        }
    }
}

#[test]
fn the_cafe_text_outline_reads_backwards_from_the_goal() {
    let plan = Plan::from_json(LANGUAGE_CAFE).expect("valid");
    insta::assert_snapshot!(layout(&plan).text_outline());
}

#[test]
fn the_friendship_club_calendar_lists_collections_from_a_given_day() {
    let plan = Plan::from_json(FRIENDSHIP_CLUB).expect("valid");
    let upcoming = upcoming_collections(&plan, date!(2026 - 06 - 01));
    let listed: Vec<String> = upcoming
        .iter()
        .map(|c| {
            format!(
                "{} {} {}",
                tessera_plan::format_date(c.date),
                c.outcome,
                c.label
            )
        })
        .collect();
    insta::assert_snapshot!(listed.join("\n"));
}
