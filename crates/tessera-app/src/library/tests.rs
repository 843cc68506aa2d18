//! The library end to end over the demo organisation and a second one: publishing (consent,
//! roles, the snapshot), each filter, copying, comments.

use tessera_framework::Catalogue;
use tessera_plan::{ProgressStatus, Side, SourceKind, Unit};
use tessera_stats::Status;
use tessera_store::{NewOrganisation, Organisation, Role, StoryId, prelude::*};

use super::content::{EntryContent, figure};
use super::filter::LibraryFilter;
use super::input::PublishInput;
use crate::plans::progress::{ChangeFigures, ProgressRow};
use crate::{Actor, App, AppError, Settings};

struct World {
    app: App,
    demo: Actor,
    beta: Actor,
    gamma: Actor,
}

fn actor(org: &Organisation, role: Role, name: &str) -> Actor {
    Actor {
        org: org.clone(),
        role,
        name: name.to_owned(),
        user: None,
    }
}

async fn world() -> World {
    let store = tessera_store::testing::fresh().await.expect("database");
    let org = crate::demo::seed(&store).await.expect("demo");
    crate::demo::seed_participants(&store, &org)
        .await
        .expect("participants");
    let mut others = Vec::new();
    for (slug, name) in [("beta", "Beta Refugee Action"), ("gamma", "Gamma Trust")] {
        others.push(
            store
                .create_organisation(NewOrganisation::parse(slug, name).expect("valid"), "t")
                .await
                .expect("org"),
        );
    }
    let app = App::new(
        Catalogue::shipped().expect("packs"),
        store,
        Settings::new(std::env::temp_dir()),
    );
    World {
        app,
        demo: actor(&org, Role::Editor, "editor@demo.example"),
        beta: actor(&others[0], Role::Editor, "editor@beta.example"),
        gamma: actor(&others[1], Role::Editor, "editor@gamma.example"),
    }
}

async fn plan_id(w: &World, title: &str) -> String {
    w.app
        .store()
        .plans(w.demo.org.id)
        .await
        .expect("plans")
        .into_iter()
        .find(|p| p.title == title)
        .expect("demo plan")
        .id
        .to_string()
}

/// The club plan published too: in London, with a comparison group, 24 people.
async fn publish_club(w: &World) -> tessera_store::LibraryEntry {
    let club = plan_id(w, "Friendship club").await;
    let mut input = w
        .app
        .publish_form(w.demo.org.id, &club)
        .await
        .expect("form");
    input.region = "london".to_owned();
    input.authority_type = "london-borough".to_owned();
    input.sample_size = "24".to_owned();
    input.lessons = "Shared meals did more than talks".to_owned();
    w.app
        .publish_entry(&w.demo, &club, &input)
        .await
        .expect("publish")
        .expect("valid")
}

async fn found(w: &World, filter: LibraryFilter) -> Vec<String> {
    w.app
        .library(w.beta.org.id, &filter)
        .await
        .expect("library")
        .into_iter()
        .map(|(e, _)| e.title)
        .collect()
}

const CAFE: &str = "Language and friendship café";
const CLUB: &str = "Friendship club";

#[tokio::test]
async fn the_demo_publishes_the_cafe_to_everyone_with_its_consented_stories_only() {
    let w = world().await;
    let entries = w
        .app
        .library(w.gamma.org.id, &LibraryFilter::default())
        .await
        .expect("library");
    assert_eq!(entries.len(), 1);
    let (entry, content) = &entries[0];
    assert_eq!(entry.title, CAFE);
    assert_eq!(entry.audience, None);
    assert_eq!(entry.design, "before_after");
    assert_eq!(content.stories.len(), 3, "{:?}", content.stories);
    let stories = w.app.store().stories(w.demo.org.id).await.expect("stories");
    for s in &content.stories {
        let story = stories.iter().find(|x| x.id.0 == s.id).expect("story");
        assert!(crate::stories::consent::scopes(story).publication);
    }
    assert!(!content.figures.is_empty());
    assert!(content.shows_uncertainty());
    assert!(content.figures.iter().all(|f| f.source == "participants"));
    // The copyable plan keeps no evidence pointing at the demo's own data.
    let plan: tessera_plan::Plan = serde_json::from_value(content.plan.clone()).expect("plan");
    assert!(plan.outcome_indicators().all(|(_, i)| i.evidence.is_none()));
    assert!(plan.outcome_indicators().count() > 0);
    assert_eq!(plan.start_date, None);
    // The sample is the café plan's participants.
    let cafe = entry.plan.expect("the café plan");
    let people = w
        .app
        .store()
        .participants(w.demo.org.id, Some(cafe))
        .await
        .expect("participants")
        .len();
    assert_eq!(entry.sample_size, Some(people as i64));
}

#[tokio::test]
async fn each_filter_finds_the_right_entries() {
    let w = world().await;
    publish_club(&w).await;
    let all = found(&w, LibraryFilter::default()).await;
    assert_eq!(all, [CLUB, CAFE]);
    let by = |f: fn(&mut LibraryFilter)| {
        let mut filter = LibraryFilter::default();
        f(&mut filter);
        filter
    };
    // Words, in any case, from the title, the lessons or the activities.
    assert_eq!(found(&w, by(|f| f.q = "shared MEALS".into())).await, [CLUB]);
    assert_eq!(found(&w, by(|f| f.q = "café".into())).await, [CAFE]);
    assert!(
        found(&w, by(|f| f.q = "café meals".into()))
            .await
            .is_empty()
    );
    // Domain: both work in social bridges; only the club in rights and responsibilities.
    assert_eq!(
        found(&w, by(|f| f.domain = "ioi-2019/social-bridges".into())).await,
        [CLUB, CAFE]
    );
    assert_eq!(
        found(
            &w,
            by(|f| f.domain = "ioi-2019/rights-and-responsibilities".into())
        )
        .await,
        [CLUB]
    );
    assert_eq!(
        found(
            &w,
            by(|f| f.domain = "ioi-2019/language-and-communication".into())
        )
        .await,
        [CAFE]
    );
    // Indicator.
    assert_eq!(
        found(
            &w,
            by(|f| f.indicator = "ioi-2019/lan-practice-outside-class".into())
        )
        .await,
        [CAFE]
    );
    assert_eq!(
        found(&w, by(|f| f.indicator = "ioi-2019/bon-lonely".into())).await,
        [CLUB]
    );
    assert_eq!(
        found(
            &w,
            by(|f| f.indicator = "ioi-2019/bri-ask-neighbours-for-help".into())
        )
        .await,
        [CLUB, CAFE]
    );
    // Target group, by words of its name.
    assert_eq!(
        found(&w, by(|f| f.group = "living alone".into())).await,
        [CLUB]
    );
    assert_eq!(
        found(&w, by(|f| f.group = "learning english".into())).await,
        [CAFE]
    );
    // Method (design): the club's evaluation plan has a comparison group.
    assert_eq!(
        found(&w, by(|f| f.design = "comparison".into())).await,
        [CLUB]
    );
    assert_eq!(
        found(&w, by(|f| f.design = "before_after".into())).await,
        [CAFE]
    );
    assert!(
        found(&w, by(|f| f.design = "randomised".into()))
            .await
            .is_empty()
    );
    // Region.
    assert_eq!(found(&w, by(|f| f.region = "london".into())).await, [CLUB]);
    assert_eq!(
        found(&w, by(|f| f.region = "south-west".into())).await,
        [CAFE]
    );
    // Size: 24 people is small; the café's 30 to 99 participants are medium.
    assert_eq!(found(&w, by(|f| f.size = "small".into())).await, [CLUB]);
    assert_eq!(found(&w, by(|f| f.size = "medium".into())).await, [CAFE]);
    assert!(found(&w, by(|f| f.size = "large".into())).await.is_empty());
    // Two conditions at once must both hold.
    assert!(
        found(
            &w,
            by(|f| {
                f.region = "london".into();
                f.design = "before_after".into();
            })
        )
        .await
        .is_empty()
    );
}

#[tokio::test]
async fn viewers_cannot_publish_and_a_story_without_consent_for_publication_is_refused() {
    let w = world().await;
    let cafe = plan_id(&w, CAFE).await;
    let input = w
        .app
        .publish_form(w.demo.org.id, &cafe)
        .await
        .expect("form");
    let viewer = Actor {
        role: Role::Viewer,
        ..w.demo.clone()
    };
    let refused = w.app.publish_entry(&viewer, &cafe, &input).await;
    assert!(matches!(refused, Err(AppError::Forbidden(_))));

    let stories = w.app.store().stories(w.demo.org.id).await.expect("stories");
    let private = stories
        .iter()
        .find(|s| !crate::stories::consent::scopes(s).publication)
        .expect("the demo's story without consent for publication");
    let input = PublishInput {
        region: "wales".into(),
        authority_type: "unitary".into(),
        stories: vec![private.id.to_string()],
        ..input
    };
    let problems = w
        .app
        .publish_entry(&w.demo, &cafe, &input)
        .await
        .expect("checked")
        .expect_err("refused");
    assert_eq!(problems[0].field, "stories");
    assert!(problems[0].message.contains(&private.title), "{problems:?}");
    // Another organisation's plan is not found.
    assert!(matches!(
        w.app.publish_entry(&w.beta, &cafe, &input).await,
        Err(AppError::NotFound(_))
    ));
}

#[tokio::test]
async fn a_story_whose_consent_is_withdrawn_after_publication_is_no_longer_shown() {
    let w = world().await;
    let entry = w
        .app
        .library(w.beta.org.id, &LibraryFilter::default())
        .await
        .expect("library")
        .remove(0)
        .0;
    let view = w
        .app
        .library_entry(w.beta.org.id, &entry.id.to_string())
        .await
        .expect("entry");
    // Withdraw the participant's consent record a published story rests on.
    let store = w.app.store();
    let mut story = None;
    for s in &view.content.stories {
        let found = store
            .story(w.demo.org.id, StoryId(s.id))
            .await
            .expect("read")
            .expect("story");
        if found.linked_consent.is_some() {
            story = Some(found);
            break;
        }
    }
    let story = story.expect("a published story rests on a participant's consent");
    let shown = view
        .content
        .stories
        .iter()
        .find(|s| s.id == story.id.0)
        .expect("shown")
        .clone();
    if let Some(linked) = &story.linked_consent {
        let code = story.participant_code.clone().expect("participant");
        store
            .withdraw_consent(w.demo.org.id, &code, linked.id, "2026-12-01", "t")
            .await
            .expect("withdraw");
    } else {
        panic!("the first published story rests on a participant's consent");
    }
    let after = w
        .app
        .library_entry(w.beta.org.id, &entry.id.to_string())
        .await
        .expect("entry");
    assert!(after.content.stories.iter().all(|s| s.id != shown.id));
    assert_eq!(after.content.stories.len(), view.content.stories.len() - 1);
}

#[tokio::test]
async fn the_entry_is_a_snapshot_until_republished() {
    let w = world().await;
    let entry = publish_club(&w).await;
    let club = plan_id(&w, CLUB).await;
    let (record, mut plan) = w.app.plan(w.demo.org.id, &club).await.expect("plan");
    plan.goal = "A changed goal".to_owned();
    w.app
        .save_plan(&w.demo, record.id, &plan, "goal")
        .await
        .expect("save")
        .expect("valid");
    let id = entry.id.to_string();
    let view = w
        .app
        .library_entry(w.beta.org.id, &id)
        .await
        .expect("entry");
    assert_ne!(view.content.goal, "A changed goal");
    assert_eq!(view.entry.published_at, entry.published_at);

    // Editing the words keeps the figures and the date; republishing takes both afresh.
    let (_, mut input) = w.app.entry_form(w.demo.org.id, &id).await.expect("form");
    input.lessons = "Edited lessons".to_owned();
    let edited = w
        .app
        .save_entry(&w.demo, &id, &input, false)
        .await
        .expect("save")
        .expect("valid");
    let content = EntryContent::from_value(&edited.content).expect("content");
    assert_eq!(content.lessons, "Edited lessons");
    assert_ne!(content.goal, "A changed goal");
    assert_eq!(edited.published_at, entry.published_at);
    let again = w
        .app
        .save_entry(&w.demo, &id, &input, true)
        .await
        .expect("save")
        .expect("valid");
    let content = EntryContent::from_value(&again.content).expect("content");
    assert_eq!(content.goal, "A changed goal");
    assert!(again.published_at >= entry.published_at);
    // Another organisation cannot edit or withdraw it.
    assert!(matches!(
        w.app.save_entry(&w.beta, &id, &input, false).await,
        Err(AppError::NotFound(_))
    ));
    assert!(matches!(
        w.app.withdraw_entry(&w.beta, &id).await,
        Err(AppError::NotFound(_))
    ));
    w.app.withdraw_entry(&w.demo, &id).await.expect("withdraw");
    assert!(matches!(
        w.app.library_entry(w.beta.org.id, &id).await,
        Err(AppError::NotFound(_))
    ));
    assert!(w.app.library_entry(w.demo.org.id, &id).await.is_ok());
}

#[tokio::test]
async fn a_copied_plan_is_independent_of_its_source() {
    let w = world().await;
    let entry = w
        .app
        .library(w.beta.org.id, &LibraryFilter::default())
        .await
        .expect("library")
        .remove(0)
        .0;
    let id = entry.id.to_string();
    let copy = w
        .app
        .copy_entry(&w.beta, &id, "Our café")
        .await
        .expect("copy");
    let (copy_record, mut copy_plan) = w
        .app
        .plan(w.beta.org.id, &copy.to_string())
        .await
        .expect("B's plan");
    assert_eq!(copy_plan.title, "Our café");
    let cafe = plan_id(&w, CAFE).await;
    let (source_record, source_plan) = w.app.plan(w.demo.org.id, &cafe).await.expect("source");
    assert_eq!(copy_plan.goal, source_plan.goal);
    assert_eq!(copy_plan.outcomes.len(), source_plan.outcomes.len());

    // Editing the copy leaves the source and the entry as they were…
    copy_plan.goal = "Our own goal".to_owned();
    w.app
        .save_plan(&w.beta, copy_record.id, &copy_plan, "goal")
        .await
        .expect("save")
        .expect("valid");
    let (_, source_after) = w.app.plan(w.demo.org.id, &cafe).await.expect("source");
    assert_eq!(source_after.goal, source_plan.goal);
    let view = w
        .app
        .library_entry(w.beta.org.id, &id)
        .await
        .expect("entry");
    assert_eq!(view.content.goal, source_plan.goal);
    // …and editing the source leaves the copy.
    let mut changed = source_after.clone();
    changed.goal = "The demo's new goal".to_owned();
    w.app
        .save_plan(&w.demo, source_record.id, &changed, "goal")
        .await
        .expect("save")
        .expect("valid");
    let (_, copy_after) = w
        .app
        .plan(w.beta.org.id, &copy.to_string())
        .await
        .expect("copy");
    assert_eq!(copy_after.goal, "Our own goal");
    let origin = w
        .app
        .store()
        .plan_origin(w.beta.org.id, copy)
        .await
        .expect("origin")
        .expect("noted");
    assert_eq!(origin.source_org_name, "Demo Town Council");
    let words = w
        .app
        .plan_origin(w.beta.org.id, copy)
        .await
        .expect("origin")
        .expect("copied");
    assert!(
        words.contains("Demo Town Council") && words.contains(CAFE),
        "{words}"
    );
    assert_eq!(
        w.app
            .plan_origin(w.demo.org.id, copy)
            .await
            .expect("origin"),
        None,
        "not the demo's plan"
    );
    // A viewer cannot copy.
    let viewer = Actor {
        role: Role::Viewer,
        ..w.beta.clone()
    };
    assert!(matches!(
        w.app.copy_entry(&viewer, &id, "x").await,
        Err(AppError::Forbidden(_))
    ));
}

#[tokio::test]
async fn only_editors_comment_and_the_owner_answers_or_hides() {
    let w = world().await;
    let entry = w
        .app
        .library(w.beta.org.id, &LibraryFilter::default())
        .await
        .expect("library")
        .remove(0)
        .0;
    let id = entry.id.to_string();
    let viewer = Actor {
        role: Role::Viewer,
        ..w.beta.clone()
    };
    assert!(matches!(
        w.app.comment_on_entry(&viewer, &id, "Hello").await,
        Err(AppError::Forbidden(_))
    ));
    let comment = w
        .app
        .comment_on_entry(&w.beta, &id, "How did you find volunteers?")
        .await
        .expect("comment")
        .expect("valid");
    let cid = comment.id.to_string();
    assert!(matches!(
        w.app.answer_comment(&w.beta, &cid, "x").await,
        Err(AppError::NotFound(_))
    ));
    w.app
        .answer_comment(&w.demo, &cid, "Through the library")
        .await
        .expect("answer");
    w.app.hide_comment(&w.demo, &cid, true).await.expect("hide");
    let seen = |org| {
        let app = w.app.clone();
        let id = id.clone();
        async move { app.library_entry(org, &id).await.expect("entry").comments }
    };
    assert_eq!(seen(w.beta.org.id).await[0].answer, "Through the library");
    assert_eq!(seen(w.demo.org.id).await.len(), 1);
    assert!(seen(w.gamma.org.id).await.is_empty());
}

fn participants_row(estimate: Option<f64>) -> ProgressRow {
    ProgressRow {
        outcome: "o".into(),
        outcome_text: "O".into(),
        indicator: "ioi-2019/bon-lonely".into(),
        indicator_name: "Lonely".into(),
        side: Side::Newcomers,
        source: SourceKind::Participants,
        dataset: None,
        source_name: String::new(),
        measure: None,
        measure_label: None,
        filter: None,
        period: Some("Exit".into()),
        unit: Unit::PERCENTAGE,
        target_unit: None,
        computing: false,
        estimate,
        ci_low: estimate.map(|e| e - 10.0),
        ci_high: estimate.map(|e| e + 10.0),
        estimate_status: Some(Status::Unreliable),
        baseline: Some(30.0),
        evidence_baseline: Some(31.0),
        baseline_period: None,
        target: Some(20.0),
        target_date: None,
        change: Some(ChangeFigures {
            point: "exit".into(),
            point_label: "Exit".into(),
            n_baseline: 8,
            n_followed_up: 6,
            attrition: 2,
            attrition_share: 0.25,
            baseline: Some(31.0),
            estimate: Some(-7.0),
            ci_low: Some(-20.0),
            ci_high: Some(6.0),
            status: Status::Unreliable,
        }),
        status: Some(ProgressStatus::CantTellYet),
        not_judged: None,
        explanation: String::new(),
    }
}

#[test]
fn a_small_group_of_participants_is_published_without_a_single_number() {
    // Shown to its owner (marked unreliable) but without figures for others: suppressed.
    let f = figure(&participants_row(Some(24.0)), None);
    assert!(f.suppressed);
    for x in [
        f.estimate,
        f.ci_low,
        f.ci_high,
        f.change,
        f.change_low,
        f.change_high,
    ] {
        assert_eq!(x, None);
    }
    assert_eq!(f.people, None);
    assert_eq!(f.status, None);
    // The plan's own baseline and target are not data about people: they stay.
    assert_eq!(f.target, Some(20.0));
    let json = serde_json::to_string(&f).expect("json");
    assert!(!json.contains("24.0") && !json.contains("-7.0"), "{json}");
}
