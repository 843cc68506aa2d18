//! Change estimates for a large plan, from the database: the store's rows → the application's
//! measurement table → `tessera_stats::change::plan_change`, as a page or the API asks for them.
//!
//! ```sh
//! cargo bench -p tessera-app --bench participants_change                  # 10,000 × 4 × 20
//! cargo bench -p tessera-app --bench participants_change -- 20000 6 30    # other sizes
//! scripts/with-postgres cargo bench -p tessera-app --bench participants_change
//! ```
//!
//! Half the indicators are yes/no (catalogue shares of people), half 0–10 scores (the plan's
//! own indicators); two sides, three genders; one in ten people lost at each follow-up. The
//! figures go into `docs/benchmarks.md`.

use std::time::{Duration, Instant};

use tessera_app::participants::change::compute;
use tessera_app::{App, Settings};
use tessera_framework::Catalogue;
use tessera_stats::change::{Audience, ChangeOptions};
use tessera_store::prelude::*;
use tessera_store::{
    AnyStore, NewConsent, NewMeasurement, NewOrganisation, NewParticipant, NewPlan, PlanMembership,
};

/// Catalogue indicators that are shares of people (answered yes or no).
const YES_NO: [&str; 15] = [
    "bri-ask-neighbours-for-help",
    "bri-friends-different",
    "bri-get-on-well",
    "bri-simple-conversation",
    "bri-formal-volunteering",
    "bon-lonely",
    "sta-neighbours-trusted",
    "rig-know-rights",
    "lan-practice-outside-class",
    "lan-english-proficiency",
    "hea-gp-registered",
    "dig-essential-skills",
    "saf-harassment",
    "work-in-paid-work",
    "bon-belong-neighbourhood",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn plan_json(points: usize, indicators: usize) -> String {
    let yes_no = indicators / 2;
    let mut list = Vec::new();
    let mut locals = Vec::new();
    for i in 0..indicators {
        if i < yes_no {
            let id = YES_NO[i % YES_NO.len()];
            list.push(format!(
                r#"{{ "indicator": "ioi-2019/{id}", "direction": "up", "groups": ["both"] }}"#
            ));
        } else {
            locals.push(format!(
                r#"{{ "id": "score-{i}", "name": "Score {i} (0 to 10)" }}"#
            ));
            list.push(format!(
                r#"{{ "indicator": "local/score-{i}", "direction": "up", "groups": ["both"] }}"#
            ));
        }
    }
    let collections: Vec<String> = (1..points)
        .map(|k| {
            format!(
                r#"{{ "date": "2025-{:02}-01", "label": "Follow-up {k}" }}"#,
                k + 1
            )
        })
        .collect();
    format!(
        r#"{{ "format_version": 1, "title": "Large plan", "kind": "intervention",
  "goal": "Change for many people",
  "local_indicators": [{}],
  "outcomes": [ {{ "id": "o", "text": "An outcome", "indicators": [{}] }} ],
  "evaluation": [ {{ "outcome": "o", "baseline_date": "2025-01-01", "collections": [{}] }} ] }}"#,
        locals.join(", "),
        list.join(", "),
        collections.join(", ")
    )
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let participants = args.first().copied().unwrap_or(10_000);
    let points = args.get(1).copied().unwrap_or(4);
    let indicators = args.get(2).copied().unwrap_or(20);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(run(participants, points, indicators));
}

async fn run(participants: usize, points: usize, indicators: usize) {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = tessera_store::testing::fresh_url(dir.path())
        .await
        .expect("a database");
    let store = AnyStore::open_url(&url).await.expect("open");
    println!(
        "{} participants × {} collection points × {} indicators, on {}",
        participants,
        points,
        indicators,
        store.backend()
    );
    let org = store
        .create_organisation(
            NewOrganisation::parse("bench", "Bench").expect("valid"),
            "bench",
        )
        .await
        .expect("org");
    let plan = tessera_plan::Plan::from_json(&plan_json(points, indicators)).expect("a valid plan");
    let record = store
        .create_plan(NewPlan {
            org: org.id,
            title: plan.title.clone(),
            document: serde_json::to_value(&plan).expect("json"),
            created_by: "bench".to_owned(),
        })
        .await
        .expect("plan");
    let app = App::new(
        Catalogue::shipped().expect("packs"),
        store.clone(),
        Settings::new(dir.path().to_owned()),
    );
    let keys: Vec<String> = tessera_app::participants::points::plan_points(&plan)
        .into_iter()
        .map(|p| p.key)
        .collect();
    let refs: Vec<String> =
        tessera_app::participants::measurements::plan_indicators(&plan, app.catalogue())
            .into_iter()
            .map(|i| i.reference)
            .collect();
    assert_eq!((keys.len(), refs.len()), (points, indicators));

    let setup = Instant::now();
    let mut rng = Rng(20_261_206);
    let mut stored = 0;
    for chunk in 0..participants.div_ceil(1000) {
        let n = (participants - chunk * 1000).min(1000);
        let new: Vec<NewParticipant> = (0..n)
            .map(|i| NewParticipant {
                code: None,
                reference: None,
                side: if i % 2 == 0 {
                    "newcomers"
                } else {
                    "receiving_community"
                }
                .to_owned(),
                attributes: [(
                    "gender".to_owned(),
                    ["woman", "man", "another"][i % 3].to_owned(),
                )]
                .into(),
                plans: vec![PlanMembership {
                    plan: record.id,
                    target_group: None,
                }],
            })
            .collect();
        let made = store
            .create_participants(org.id, new, "bench")
            .await
            .expect("participants");
        let consents = made
            .iter()
            .map(|p| {
                (
                    p.code.clone(),
                    NewConsent {
                        taking_part: true,
                        data_use: true,
                        stories: false,
                        sharing: true,
                        lawful_basis: "consent".to_owned(),
                        given_on: "2025-01-01".to_owned(),
                        method: "paper".to_owned(),
                        witness: None,
                        notes: String::new(),
                    },
                )
            })
            .collect();
        store
            .record_consents(org.id, consents, "bench")
            .await
            .expect("consents");
        let mut measurements = Vec::new();
        for p in &made {
            let mut base: Vec<f64> = Vec::new();
            for (k, key) in keys.iter().enumerate() {
                // One in ten lost at each follow-up.
                if k > 0 && rng.below(10) == 0 {
                    break;
                }
                let answers = refs
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let v = if i < indicators / 2 {
                            let before = base.get(i).copied().unwrap_or(0.0);
                            if rng.below(100) < if before == 1.0 { 85 } else { 30 } {
                                1.0
                            } else {
                                0.0
                            }
                        } else {
                            #[expect(clippy::cast_precision_loss, reason = "0 to 10")]
                            let score = rng.below(11) as f64;
                            score
                        };
                        (r.clone(), v)
                    })
                    .collect::<std::collections::BTreeMap<_, _>>();
                if k == 0 {
                    base = refs.iter().map(|r| answers[r]).collect();
                }
                measurements.push(NewMeasurement {
                    code: p.code.clone(),
                    plan: record.id,
                    point: key.clone(),
                    measured_on: format!("2025-{:02}-01", k + 1),
                    answers,
                });
            }
        }
        stored += measurements.len();
        store
            .save_measurements(org.id, measurements, "bench", "bench")
            .await
            .expect("measurements");
    }
    println!(
        "stored {stored} measurements ({} answers) in {:.1} s (not timed below)",
        stored * indicators,
        setup.elapsed().as_secs_f64()
    );

    let plan_id = record.id.to_string();
    let runs = 11;
    let (mut read, mut by_side, mut by_gender, mut total) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut groups = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let input = app
            .change_input(org.id, &plan_id, None)
            .await
            .expect("input");
        read.push(start.elapsed());
        let t = Instant::now();
        let change =
            compute(&input, &ChangeOptions::for_audience(Audience::Owner)).expect("change");
        by_side.push(t.elapsed());
        total.push(start.elapsed());
        groups = change
            .indicators
            .iter()
            .map(|i| i.groups.len() * i.groups.first().map_or(0, |g| g.follow_ups.len()))
            .sum();
        let t = Instant::now();
        app.plan_change(org.id, &plan_id, Audience::Others, Some("gender"))
            .await
            .expect("by gender");
        by_gender.push(t.elapsed());
    }
    println!("medians of {runs} runs:");
    println!(
        "  read the plan's participants, consents and measurements from the store: {}",
        ms(median(read))
    );
    println!(
        "  change by side ({groups} group × follow-up estimates): {}",
        ms(median(by_side))
    );
    println!(
        "  store → estimates by side, as a page asks (goal: under 1 s): {}",
        ms(median(total))
    );
    println!(
        "  store → estimates by side × gender, for others: {}",
        ms(median(by_gender))
    );
}
