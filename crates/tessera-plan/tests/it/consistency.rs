//! No two checks contradict: on every plan in the fixtures, and on many generated plans.

use proptest::prelude::*;
use tessera_framework::Catalogue;
use tessera_plan::examples::{FRIENDSHIP_CLUB, LANGUAGE_CAFE, WEAK_PLAN};
use tessera_plan::{
    Activity, Assumption, AssumptionStatus, BaselineSource, CheckStatus, Collection, Direction,
    Evidence, EvidenceKind, EvidenceStrength, Link, Method, MethodKind, Outcome, OutcomeEvaluation,
    OutcomeIndicator, Output, Plan, PlanKind, Stage, Stakeholder, StakeholderKind, check,
    contradictions, packs_used,
};
use time::macros::date;

const INCLUSIVE_CITIES: &str = include_str!("../../fixtures/inclusive-cities-welcome.json");
const ONE_INDICATOR: &str = include_str!("../../fixtures/one-indicator.json");

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::shipped().expect("shipped packs load"))
}

#[test]
fn no_two_checks_contradict_on_any_plan_in_the_fixtures() {
    for json in [
        LANGUAGE_CAFE,
        FRIENDSHIP_CLUB,
        WEAK_PLAN,
        INCLUSIVE_CITIES,
        ONE_INDICATOR,
    ] {
        let plan = Plan::from_json(json).expect("fixture is valid");
        let found = contradictions(&check(&plan, catalogue()));
        assert!(found.is_empty(), "{}: {found:?}", plan.title);
    }
}

#[test]
fn the_one_indicator_plan_that_used_to_contradict_now_fails_consistently() {
    let plan = Plan::from_json(ONE_INDICATOR).expect("valid");
    let status = |id: &str| {
        check(&plan, catalogue())
            .into_iter()
            .find(|c| c.id == id)
            .map(|c| c.status)
    };
    assert_eq!(status("several-domains"), Some(CheckStatus::Fail));
    assert_eq!(status("several-domain-types"), Some(CheckStatus::Fail));
    assert_eq!(
        status("not-only-own-service-domain"),
        Some(CheckStatus::NotApplicable)
    );
}

#[test]
fn the_inclusive_cities_plan_is_judged_by_its_principles_and_passes_them() {
    let plan = Plan::from_json(INCLUSIVE_CITIES).expect("valid");
    assert_eq!(packs_used(&plan, catalogue()), ["inclusive-cities"]);
    let checks = check(&plan, catalogue());
    for c in &checks {
        assert_eq!(
            c.status,
            CheckStatus::Pass,
            "{}: {} {:?}",
            c.id,
            c.explanation,
            c.details
        );
    }
    let served: Vec<&str> = checks
        .iter()
        .flat_map(|c| c.serves.iter().map(|s| s.principle.as_str()))
        .collect();
    for principle in [
        "local-leadership",
        "shared-responsibility-in-partnership",
        "newcomers-and-longer-standing-residents",
        "data-and-evidence",
        "act-locally-advocate-nationally-learn-internationally",
    ] {
        assert!(
            served.contains(&principle),
            "{principle} has a check: {served:?}"
        );
    }
}

/// A small deterministic generator, so each seed gives one plan.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        // SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
        // OOPSLA 2014).
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self) -> bool {
        self.next() & 1 == 1
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const INDICATORS: &[&str] = &[
    "ioi-2019/lan-practice-outside-class",
    "ioi-2019/bri-ask-neighbours-for-help",
    "ioi-2019/bon-lonely",
    "ioi-2019/work-in-paid-work",
    "ioi-2019/sta-neighbours-trusted",
    "ioi-2019/hea-gp-registered",
    "inclusive-cities/ic-story-belong-city",
    "inclusive-cities/ic-connect-mixing",
    "inclusive-cities/ic-econ-employer-commitments",
    "zaragoza/emp-employment-rate",
    "gla-social-integration/gla-get-on-well",
    "ioi-2019/no-such-indicator",
];

const DOMAINS: &[&str] = &[
    "ioi-2019/work",
    "ioi-2019/social-bridges",
    "ioi-2019/language-and-communication",
    "inclusive-cities/connecting-communities",
    "new-scots/housing",
];

const KINDS: &[StakeholderKind] = &[
    StakeholderKind::NewcomerGroup,
    StakeholderKind::ReceivingCommunity,
    StakeholderKind::PublicInstitution,
    StakeholderKind::CivilSociety,
    StakeholderKind::Employer,
    StakeholderKind::Funder,
    StakeholderKind::Other,
];

fn random_plan(seed: u64) -> Plan {
    let mut g = Gen(seed);
    let mut p = Plan::new("Generated", PlanKind::Intervention, "A goal");
    for o in 0..g.below(4) {
        let mut indicators = Vec::new();
        for _ in 0..g.below(4) {
            indicators.push(OutcomeIndicator {
                indicator: (*g.pick(INDICATORS)).to_owned(),
                baseline: g.chance().then_some(20.0),
                baseline_source: if g.chance() {
                    Some(*g.pick(&[
                        BaselineSource::Local,
                        BaselineSource::National,
                        BaselineSource::Elsewhere,
                    ]))
                } else {
                    None
                },
                baseline_note: None,
                target: g.chance().then_some(40.0),
                target_date: None,
                direction: Direction::Up,
                groups: vec![(*g.pick(&["newcomers", "receiving_community", "both"])).to_owned()],
                unit: None,
                evidence: None,
            });
        }
        p.outcomes.push(Outcome {
            id: format!("o{o}"),
            text: format!("Outcome {o}"),
            indicators,
        });
    }
    for o in 0..g.below(3) {
        p.outputs.push(Output {
            id: format!("p{o}"),
            text: format!("Output {o}"),
        });
    }
    for a in 0..g.below(3) {
        p.activities.push(Activity {
            id: format!("a{a}"),
            text: format!("Activity {a}"),
            resources: Vec::new(),
        });
    }
    let nodes: Vec<String> = p.nodes().iter().map(|n| n.id().to_owned()).collect();
    for _ in 0..g.below(6) {
        let from = g.pick(&nodes).clone();
        let to = g.pick(&nodes).clone();
        let mut assumptions = Vec::new();
        for _ in 0..g.below(3) {
            let mut evidence = Vec::new();
            for _ in 0..g.below(3) {
                evidence.push(Evidence {
                    kind: *g.pick(&[
                        EvidenceKind::Statistics,
                        EvidenceKind::Survey,
                        EvidenceKind::ServiceData,
                        EvidenceKind::Qualitative,
                        EvidenceKind::Research,
                    ]),
                    source: "A source".into(),
                    strength: EvidenceStrength::Moderate,
                });
            }
            assumptions.push(Assumption {
                text: "It works".into(),
                evidence,
                status: *g.pick(&[
                    AssumptionStatus::Untested,
                    AssumptionStatus::Holding,
                    AssumptionStatus::Challenged,
                ]),
            });
        }
        p.links.push(Link {
            from,
            to,
            assumptions,
        });
    }
    for s in 0..g.below(6) {
        p.stakeholders.push(Stakeholder {
            id: format!("s{s}"),
            name: format!("Stakeholder {s}"),
            kind: *g.pick(KINDS),
            role: String::new(),
            involved_from: *g.pick(&[Stage::Design, Stage::Delivery, Stage::Evaluation]),
        });
    }
    for _ in 0..g.below(3) {
        let d = (*g.pick(DOMAINS)).to_owned();
        if !p.domains.contains(&d) {
            p.domains.push(d);
        }
    }
    if g.chance() {
        p.start_date = Some(date!(2025 - 09 - 01));
    }
    let outcomes: Vec<String> = p.outcomes.iter().map(|o| o.id.clone()).collect();
    for o in outcomes {
        if g.chance() {
            let collections = (0..g.below(3))
                .map(|i| Collection {
                    date: date!(2026 - 01 - 01),
                    label: format!("Collection {i}"),
                })
                .collect();
            p.evaluation.push(OutcomeEvaluation {
                outcome: o,
                indicators: Vec::new(),
                methods: if g.chance() {
                    vec![Method {
                        kind: MethodKind::Survey,
                        detail: None,
                    }]
                } else {
                    Vec::new()
                },
                samples: Vec::new(),
                baseline_date: g.chance().then_some(date!(2025 - 08 - 01)),
                baseline_note: None,
                collections,
                frequency: None,
                analysis: None,
                responsible: None,
            });
        }
    }
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_two_checks_contradict_on_generated_plans(seed in any::<u64>()) {
        let plan = random_plan(seed);
        let found = contradictions(&check(&plan, catalogue()));
        prop_assert!(found.is_empty(), "{:?}\n{}", found, plan.to_json());
    }
}
