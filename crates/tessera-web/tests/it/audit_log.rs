//! The audit log people can read (issue 13): sentences with names, UK times, filters by person,
//! kind of object and days, paging both ways, in English and Welsh.

use axum::http::StatusCode;
use tessera_store::prelude::*;
use tessera_store::{NewUser, PlanUpdate, Role};

use crate::support::TestApp;

fn sentences(page: &crate::support::Reply) -> Vec<String> {
    page.texts(".tessera-audit__sentence")
}

/// Sam Jones, an editor of the demo organisation, changes the target of the language café's
/// first shared indicator from 60% to 40% (as the planner's form would save it).
async fn sam_changes_a_target(app: &TestApp) -> String {
    let demo = app.demo_org().await;
    app.store()
        .create_user(
            NewUser {
                email: "sam@demo.example".to_owned(),
                name: "Sam Jones".to_owned(),
                password_hash: "x".to_owned(),
                is_admin: false,
            },
            "test",
        )
        .await
        .expect("Sam");
    app.member(demo.id, "sam@demo.example", Role::Editor).await;
    let record = app
        .store()
        .plan(demo.id, tessera_store::PlanId(1))
        .await
        .expect("read")
        .expect("the café plan");
    let mut plan: tessera_plan::Plan =
        serde_json::from_value(record.document.clone()).expect("a plan");
    let indicator = plan.outcomes[0]
        .indicators
        .first_mut()
        .expect("an indicator");
    assert_eq!(indicator.target, Some(60.0), "the example's target");
    indicator.target = Some(40.0);
    let reference = indicator.indicator.clone();
    app.store()
        .update_plan(
            demo.id,
            record.id,
            PlanUpdate {
                title: plan.title.clone(),
                document: serde_json::to_value(&plan).expect("json"),
                updated_by: "sam@demo.example".to_owned(),
                summary: "changed an indicator".to_owned(),
            },
        )
        .await
        .expect("saved");
    tessera_framework::Catalogue::shipped()
        .expect("packs")
        .indicator(&reference)
        .expect("a catalogue indicator")
        .name
        .clone()
}

#[tokio::test]
async fn a_changed_target_reads_as_a_sentence_with_the_persons_name() {
    let app = TestApp::demo().await;
    let name = sam_changes_a_target(&app).await;
    let page = app.get("/audit").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        sentences(&page)[0],
        format!("Sam Jones changed the target of ‘{name}’ from 60% to 40%")
    );
    assert_eq!(
        page.texts(".tessera-audit__object")[0],
        "Plan: Language and friendship café"
    );
    let welsh = app.get("/audit?lang=cy").await;
    assert_eq!(
        sentences(&welsh)[0],
        format!("Newidiodd Sam Jones y targed ar gyfer ‘{name}’ (60% → 40%)")
    );
    assert!(
        sentences(&welsh)
            .iter()
            .any(|s| s == "Creodd Tessera (wrth sefydlu) y sefydliad Demo Town Council"),
        "{:?}",
        sentences(&welsh)
    );
    // The CSV keeps the whole detail: both documents.
    let csv = app.get("/audit.csv").await;
    let mut reader = csv::Reader::from_reader(csv.body_bytes());
    let first = reader.records().next().expect("a row").expect("row");
    let detail: serde_json::Value = serde_json::from_str(&first[5]).expect("JSON");
    assert!(detail["before"]["document"].is_object() && detail["after"]["document"].is_object());
}

#[tokio::test]
async fn the_log_filters_by_person_kind_and_day() {
    let app = TestApp::demo().await;
    sam_changes_a_target(&app).await;
    let page = app.get("/audit").await;
    let people = page.texts("#person option");
    assert!(
        people.iter().any(|p| p == "Sam Jones (sam@demo.example)"),
        "{people:?}"
    );
    assert!(
        people.iter().any(|p| p == "Tessera (setting up)"),
        "{people:?}"
    );
    let kinds = page.texts("#kind option");
    assert!(kinds.contains(&"Plans".to_owned()), "{kinds:?}");

    let sam = app.get("/audit?person=sam%40demo.example").await;
    assert_eq!(sentences(&sam).len(), 1);
    assert!(
        sam.texts("#audit-filters[open]").len() == 1,
        "filters shown open"
    );
    let plans = app.get("/audit?kind=plan").await;
    assert_eq!(sentences(&plans).len(), 3, "{:?}", sentences(&plans));
    assert!(
        sentences(&plans)
            .iter()
            .all(|s| s.contains("plan") || s.contains("target"))
    );
    let csv = app.get("/audit.csv?kind=plan").await;
    assert_eq!(
        csv::Reader::from_reader(csv.body_bytes()).records().count(),
        3
    );
    assert_eq!(
        plans.texts("#csv-filtered"),
        ["Download these entries with every detail (CSV)"]
    );

    let today = time::OffsetDateTime::now_utc().date();
    let tomorrow = today.next_day().expect("tomorrow");
    let yesterday = today.previous_day().expect("yesterday");
    let all = app
        .get(&format!("/audit?from={yesterday}&to={tomorrow}"))
        .await;
    assert_eq!(sentences(&all).len(), sentences(&page).len());
    let none = app
        .get(&format!(
            "/audit?from={}",
            tomorrow.next_day().expect("day")
        ))
        .await;
    assert!(sentences(&none).is_empty());
    assert_eq!(
        none.texts("#no-entries"),
        ["No entries match these filters."]
    );

    let bad = app.get("/audit?from=06%2F12%2F2026&kind=nothing").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let errors = bad.texts(".govuk-error-summary li");
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(bad.texts("#from-error").len(), 1);
}

#[tokio::test]
async fn pages_go_back_towards_the_newest_with_the_filters_kept() {
    let app = TestApp::demo().await;
    let demo = app.demo_org().await;
    // 4 demo entries, the test owner's membership and token, and 230 sign-ins: three pages.
    for _ in 0..230 {
        app.store()
            .record_event(tessera_store::NewAuditEvent::new(
                Some(demo.id),
                "owner@demo.example",
                "sign-in",
                "user:owner@demo.example".to_owned(),
                serde_json::json!({}),
            ))
            .await
            .expect("record");
    }
    let first = app.get("/audit?kind=user").await;
    assert_eq!(sentences(&first).len(), 100);
    assert!(sentences(&first).iter().all(|s| s == "owner signed in"));
    let older = first
        .html()
        .select(&scraper::Selector::parse("a[rel='next']").expect("selector"))
        .next()
        .and_then(|a| a.value().attr("href").map(str::to_owned))
        .expect("older");
    assert!(older.starts_with("/audit?kind=user&before="), "{older}");
    let second = app.get(&older).await;
    let third_link = second
        .html()
        .select(&scraper::Selector::parse("a[rel='next']").expect("selector"))
        .next()
        .and_then(|a| a.value().attr("href").map(str::to_owned))
        .expect("older again");
    let third = app.get(&third_link).await;
    assert_eq!(sentences(&third).len(), 30);
    assert!(third.texts("a[rel='next']").is_empty());
    // From the third page, newer entries are one page back, not the newest.
    assert_eq!(third.texts("a[rel='prev']"), ["Newer entries"]);
    assert_eq!(third.texts("a[rel='first']"), ["Newest entries"]);
    let newer = third
        .html()
        .select(&scraper::Selector::parse("a[rel='prev']").expect("selector"))
        .next()
        .and_then(|a| a.value().attr("href").map(str::to_owned))
        .expect("newer");
    assert!(newer.contains("after="), "{newer}");
    let back = app.get(&newer).await;
    assert_eq!(back.texts(".tessera-audit__entry").len(), 100);
    assert_eq!(
        back.html()
            .select(&scraper::Selector::parse("li.tessera-audit__entry").expect("selector"))
            .next()
            .and_then(|li| li.value().attr("id").map(str::to_owned)),
        second
            .html()
            .select(&scraper::Selector::parse("li.tessera-audit__entry").expect("selector"))
            .next()
            .and_then(|li| li.value().attr("id").map(str::to_owned)),
        "going back from the third page shows the second"
    );
    assert_eq!(back.texts("a[rel='prev']"), ["Newest entries"]);
}
