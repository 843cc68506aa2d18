//! The participant use cases end to end over a real store: register, consent, measure, import,
//! change, withdraw, erase.

use std::collections::BTreeMap;

use tessera_framework::Catalogue;
use tessera_stats::change::{Audience, ChangeOptions, paired_change};
use tessera_store::{NewOrganisation, NewPlan, Role, prelude::*};

use super::change::PlanChange;
use super::consent::ConsentInput;
use super::import::ImportOutcome;
use super::measurements::MeasurementInput;
use super::register::ParticipantInput;
use crate::{Actor, App, AppError, Settings};

/// A plan with a yes/no catalogue indicator for both sides, a 0–10 scale for newcomers, and
/// an evaluation with one follow-up.
const PLAN: &str = r#"{
  "format_version": 1,
  "title": "Welcome circle",
  "kind": "intervention",
  "target_groups": [
    { "id": "arrivals", "name": "New arrivals", "side": "newcomers" },
    { "id": "hosts", "name": "Host families", "side": "receiving_community" }
  ],
  "goal": "People feel at home",
  "outcomes": [
    { "id": "connected", "text": "People feel connected",
      "indicators": [
        { "indicator": "ioi-2019/bri-ask-neighbours-for-help", "direction": "up", "groups": ["both"] },
        { "indicator": "ioi-2019/hea-life-satisfaction", "direction": "up", "groups": ["arrivals"] }
      ] }
  ],
  "evaluation": [
    { "outcome": "connected", "baseline_date": "2025-01-10",
      "collections": [ { "date": "2025-07-10", "label": "Six months" } ] }
  ]
}"#;

async fn app() -> (App, Actor, tessera_store::PlanId) {
    let store = tessera_store::testing::fresh().await.expect("database");
    let org = store
        .create_organisation(
            NewOrganisation::parse("circle", "Circle").expect("valid"),
            "t",
        )
        .await
        .expect("org");
    let plan = tessera_plan::Plan::from_json(PLAN).expect("valid plan");
    let record = store
        .create_plan(NewPlan {
            org: org.id,
            title: plan.title.clone(),
            document: serde_json::to_value(&plan).expect("json"),
            created_by: "t".to_owned(),
        })
        .await
        .expect("plan");
    let app = App::new(
        Catalogue::shipped().expect("packs"),
        store,
        Settings::new(std::env::temp_dir()),
    );
    let actor = Actor {
        org,
        role: Role::Owner,
        name: "owner@circle.example".to_owned(),
        user: None,
    };
    (app, actor, record.id)
}

fn consent(on: &str) -> ConsentInput {
    ConsentInput {
        taking_part: true,
        data_use: true,
        lawful_basis: "consent".to_owned(),
        given_on: on.to_owned(),
        method: "paper".to_owned(),
        ..ConsentInput::default()
    }
}

async fn register(app: &App, actor: &Actor, plan: tessera_store::PlanId, side: &str) -> String {
    let group = if side == "newcomers" {
        "arrivals"
    } else {
        "hosts"
    };
    let made = app
        .register_participant(
            actor,
            &ParticipantInput {
                side: side.to_owned(),
                plans: vec![(plan.to_string(), group.to_owned())],
                fields: [("gender".to_owned(), "woman".to_owned())].into(),
                ..ParticipantInput::default()
            },
        )
        .await
        .expect("no error")
        .expect("valid");
    made.participant.code
}

fn measure(plan: tessera_store::PlanId, point: &str, yes: &str, score: &str) -> MeasurementInput {
    let mut answers = BTreeMap::new();
    answers.insert(
        "ioi-2019/bri-ask-neighbours-for-help".to_owned(),
        yes.to_owned(),
    );
    if !score.is_empty() {
        answers.insert(
            "ioi-2019/hea-life-satisfaction".to_owned(),
            score.to_owned(),
        );
    }
    MeasurementInput {
        plan: plan.to_string(),
        point: point.to_owned(),
        measured_on: if point == "baseline" {
            "2025-01-10"
        } else {
            "2025-07-10"
        }
        .to_owned(),
        answers,
    }
}

#[tokio::test]
async fn answers_need_a_current_consent_and_a_withdrawal_stops_collection_and_use() {
    let (app, actor, plan) = app().await;
    let code = register(&app, &actor, plan, "newcomers").await;
    let refused = app
        .save_measurement(&actor, &code, &measure(plan, "baseline", "no", "4"), "form")
        .await
        .expect("no error")
        .expect_err("no consent yet");
    assert!(
        refused[0].message.contains("no consent record"),
        "{refused:?}"
    );
    let given = app
        .record_consent(&actor, &code, &consent("2025-01-05"))
        .await
        .expect("no error")
        .expect("valid");
    app.save_measurement(&actor, &code, &measure(plan, "baseline", "no", "4"), "form")
        .await
        .expect("no error")
        .expect("saved");
    app.save_measurement(
        &actor,
        &code,
        &measure(plan, "Six months", "yes", "7"),
        "form",
    )
    .await
    .expect("no error")
    .expect("saved");
    let before = app
        .plan_change(actor.org.id, &plan.to_string(), Audience::Owner, None)
        .await
        .expect("change");
    assert_eq!(before.included, 1);
    let yes_no = &before.indicators[0].groups[0];
    assert_eq!(
        yes_no.follow_ups[0]
            .follow_up
            .figures()
            .map(|f| f.n_followed_up),
        Some(1)
    );

    app.withdraw_consent(&actor, &code, &given.id.to_string(), "2025-08-01")
        .await
        .expect("no error")
        .expect("withdrawn");
    let refused = app
        .save_measurement(
            &actor,
            &code,
            &measure(plan, "Six months", "yes", "8"),
            "form",
        )
        .await
        .expect("no error")
        .expect_err("withdrawn");
    assert!(
        refused[0].message.contains("withdrew consent"),
        "{refused:?}"
    );
    let after = app
        .plan_change(actor.org.id, &plan.to_string(), Audience::Owner, None)
        .await
        .expect("change");
    assert_eq!((after.included, after.withdrawn), (0, 1));
    assert!(
        after.indicators[0]
            .groups
            .iter()
            .all(|g| g.baseline.figures().is_none()),
        "a withdrawn participant's answers leave every figure"
    );
    let csv = app
        .measurements_csv(actor.org.id, &plan.to_string())
        .await
        .expect("csv");
    assert!(!String::from_utf8_lossy(&csv).contains(&code));
}

#[tokio::test]
async fn viewers_read_editors_write_and_only_owners_erase() {
    let (app, owner, plan) = app().await;
    let code = register(&app, &owner, plan, "newcomers").await;
    let as_role = |role| Actor {
        role,
        ..owner.clone()
    };
    let viewer = as_role(Role::Viewer);
    let editor = as_role(Role::Editor);
    assert!(app.participant(viewer.org.id, &code).await.is_ok());
    assert!(matches!(
        app.register_participant(&viewer, &ParticipantInput::default())
            .await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.contact(&viewer, &code).await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.erase_participant(&editor, &code).await,
        Err(AppError::Forbidden(_))
    ));
    assert!(
        app.record_consent(&editor, &code, &consent("2025-01-05"))
            .await
            .expect("no error")
            .is_ok()
    );
    assert!(app.erase_participant(&owner, &code).await.is_ok());
    assert!(matches!(
        app.participant(owner.org.id, &code).await,
        Err(AppError::NotFound(_))
    ));
}

/// Twelve newcomers and eleven hosts with answers at both points (some lost), through a file.
fn answers_file(codes: &[(String, &str)]) -> String {
    let mut csv = String::from(
        "code,point,date,bri-ask-neighbours-for-help,ioi-2019/hea-life-satisfaction\n",
    );
    for (i, (code, side)) in codes.iter().enumerate() {
        let base_yes = if i % 3 == 0 { "yes" } else { "no" };
        let score = if *side == "newcomers" {
            format!("{}", 3 + i % 5)
        } else {
            String::new()
        };
        csv.push_str(&format!("{code},baseline,2025-01-10,{base_yes},{score}\n"));
        if i % 7 == 6 {
            continue; // lost before the follow-up
        }
        let follow_yes = if i % 2 == 0 { "1" } else { "0" };
        let later = if *side == "newcomers" {
            format!("{}.5", 4 + i % 4)
        } else {
            String::new()
        };
        csv.push_str(&format!(
            "{code},Six months,10/07/2025,{follow_yes},{later}\n"
        ));
    }
    csv
}

#[tokio::test]
async fn an_imported_file_is_saved_whole_and_change_equals_the_statistics_on_the_same_answers() {
    let (app, actor, plan) = app().await;
    let mut codes = Vec::new();
    for i in 0..23 {
        let side = if i < 12 {
            "newcomers"
        } else {
            "receiving_community"
        };
        let code = register(&app, &actor, plan, side).await;
        app.record_consent(&actor, &code, &consent("2025-01-02"))
            .await
            .expect("no error")
            .expect("valid");
        codes.push((code, side));
    }
    // A file with problems stores nothing and names every row and column.
    let mut bad = answers_file(&codes);
    bad.push_str("P-22222,baseline,2025-01-10,maybe,11x\n");
    bad.push_str(&format!("{},baseline,2025-01-10,no,\n", codes[0].0));
    let refused = app
        .import_measurements(&actor, &plan.to_string(), "answers.csv", bad.into_bytes())
        .await
        .expect("no error");
    let ImportOutcome::Refused { problems, total } = refused else {
        panic!("a bad file was saved");
    };
    assert_eq!(total, 4, "{problems:#?}");
    let row = 41;
    assert!(
        problems.iter().all(|p| p.row.is_some_and(|r| r >= row)),
        "{problems:#?}"
    );
    let columns: Vec<&str> = problems
        .iter()
        .filter_map(|p| p.column.as_deref())
        .collect();
    assert_eq!(
        columns,
        [
            "code",
            "bri-ask-neighbours-for-help",
            "ioi-2019/hea-life-satisfaction",
            "point"
        ]
    );
    assert!(
        app.store()
            .plan_measurements(actor.org.id, plan)
            .await
            .expect("read")
            .is_empty(),
        "nothing half-stored"
    );

    let saved = app
        .import_measurements(
            &actor,
            &plan.to_string(),
            "answers.csv",
            answers_file(&codes).into_bytes(),
        )
        .await
        .expect("no error");
    assert!(
        matches!(
            saved,
            ImportOutcome::Saved {
                participants: 23,
                ..
            }
        ),
        "{saved:?}"
    );

    let change = app
        .plan_change(actor.org.id, &plan.to_string(), Audience::Owner, None)
        .await
        .expect("change");
    check_against_statistics(&change, &codes, Audience::Owner);
    let shared = app
        .plan_change(actor.org.id, &plan.to_string(), Audience::Others, None)
        .await
        .expect("change");
    check_against_statistics(&shared, &codes, Audience::Others);

    // Erasing a participant removes them from every figure: the same as never having them.
    let gone = codes.remove(0);
    app.erase_participant(&actor, &gone.0)
        .await
        .expect("erased");
    let after = app
        .plan_change(actor.org.id, &plan.to_string(), Audience::Owner, None)
        .await
        .expect("change");
    check_against_statistics(&after, &codes, Audience::Owner);
    assert_ne!(after, change);
    let csv = String::from_utf8(
        app.measurements_csv(actor.org.id, &plan.to_string())
            .await
            .expect("csv"),
    )
    .expect("utf-8");
    assert!(!csv.contains(&gone.0));
    assert_eq!(csv.lines().count(), 1 + 22 + 22 - 3, "{csv}");
}

/// The app's figures equal `paired_change` on the answers as the file wrote them.
fn check_against_statistics(change: &PlanChange, codes: &[(String, &str)], audience: Audience) {
    let options = ChangeOptions::for_audience(audience);
    let all: Vec<(String, &str)> = (0..23)
        .map(|i| {
            (
                String::new(),
                if i < 12 {
                    "newcomers"
                } else {
                    "receiving_community"
                },
            )
        })
        .collect();
    // Rebuild the answers from the file's rule, for the people still registered.
    let file = answers_file(&all);
    let mut base = [Vec::new(), Vec::new()];
    let mut follow = [Vec::new(), Vec::new()];
    let mut cells = Vec::new();
    let mut row = file.lines().skip(1).peekable();
    for i in 0..23 {
        let b: Vec<&str> = row.next().expect("baseline row").split(',').collect();
        let f: Option<Vec<&str>> = row
            .next_if(|l| l.contains("Six months"))
            .map(|l| l.split(',').collect());
        let registered = i >= 23 - codes.len();
        if !registered {
            continue;
        }
        let yes = |t: &str| if t == "yes" || t == "1" { 1.0 } else { 0.0 };
        let num = |t: &str| t.parse::<f64>().unwrap_or(f64::NAN);
        base[0].push(yes(b[3]));
        base[1].push(num(b[4]));
        follow[0].push(f.as_ref().map_or(f64::NAN, |f| yes(f[3])));
        follow[1].push(f.as_ref().map_or(f64::NAN, |f| num(f[4])));
        cells.push(u32::from(i >= 12));
    }
    let indicators = [
        tessera_stats::change::ChangeIndicator::yes_no(
            tessera_stats::change::Direction::HigherIsBetter,
        ),
        tessera_stats::change::ChangeIndicator::scale(
            tessera_stats::change::Direction::HigherIsBetter,
        ),
    ];
    for (k, indicator) in indicators.iter().enumerate() {
        let expected = paired_change(&base[k], &follow[k], &cells, 2, indicator, &options)
            .expect("statistics");
        let got = &change.indicators[k];
        assert_eq!(got.kind, indicator.kind);
        for g in &got.groups {
            let cell = usize::from(g.side == tessera_plan::Side::ReceivingCommunity);
            assert_eq!(g.baseline, expected[cell].baseline, "indicator {k}");
            assert_eq!(g.follow_ups.len(), 1);
            assert_eq!(g.follow_ups[0].follow_up, expected[cell].follow_up);
            assert_eq!(
                g.follow_ups[0].change, expected[cell].change,
                "indicator {k}"
            );
        }
        let sides = if k == 0 { 2 } else { 1 };
        assert_eq!(
            got.groups.len(),
            sides,
            "the plan's sides for indicator {k}"
        );
    }
}

#[tokio::test]
async fn the_demo_plans_show_change_with_attrition_and_one_withdrawal() {
    let store = tessera_store::testing::fresh().await.expect("database");
    let org = crate::demo::seed(&store).await.expect("demo");
    crate::demo::seed_participants(&store, &org)
        .await
        .expect("demo participants");
    crate::demo::seed_participants(&store, &org)
        .await
        .expect("nothing twice");
    let app = App::new(
        Catalogue::shipped().expect("packs"),
        store,
        Settings::new(std::env::temp_dir()),
    );
    let plans = app.store().plans(org.id).await.expect("plans");
    let cafe = plans
        .iter()
        .find(|p| p.title == "Language and friendship café")
        .expect("café");
    let change = app
        .plan_change(org.id, &cafe.id.to_string(), Audience::Owner, None)
        .await
        .expect("change");
    assert_eq!(
        (change.participants, change.included, change.withdrawn),
        (55, 54, 1)
    );
    assert_eq!(change.points.len(), 3, "baseline and two follow-ups");
    let women = &change.indicators[0].groups[0];
    let last = women.follow_ups.last().expect("a follow-up");
    let f = last.follow_up.figures().expect("shown to the owner");
    assert_eq!(f.n_baseline, 39);
    assert!(f.attrition > 0 && f.attrition_share < 0.4, "{f:?}");
    assert!(last.change.figures().is_some_and(|c| c.value() > 0.0));
    let club = plans
        .iter()
        .find(|p| p.title == "Friendship club")
        .expect("club");
    let by_gender = app
        .plan_change(
            org.id,
            &club.id.to_string(),
            Audience::Others,
            Some("gender"),
        )
        .await
        .expect("change");
    assert_eq!(by_gender.participants, 130);
    assert!(
        by_gender
            .indicators
            .iter()
            .flat_map(|i| &i.groups)
            .any(|g| g.baseline.figures().is_none()),
        "small groups are suppressed for others"
    );
}
