//! The library of what works (issue 17) through the pages and the API: finding the demo's
//! published café plan by a filter, in English and Welsh; the consent rule on the page and in
//! the API; another organisation's 404 once an entry is withdrawn; roles; copying; comments;
//! and the audit log of each change.

use axum::http::{StatusCode, header};
use tessera_store::Role;
use tessera_store::prelude::*;

use crate::support::{Identity, TestApp};

const CAFE: &str = "Language and friendship café";

/// The demo with its participants, stories and published café entry, as the demo owner; and
/// the owner of a second organisation.
async fn world() -> (TestApp, Identity) {
    let app = TestApp::demo().await;
    let demo = app.demo_org().await;
    tessera_app::demo::seed_participants(app.store(), &demo)
        .await
        .expect("demo participants, stories and library entry");
    let beta = app.add_org("beta", "Beta Refugee Action").await;
    let b = app.member(beta, "owner@beta.example", Role::Owner).await;
    (app, b)
}

async fn cafe_entry(app: &TestApp) -> String {
    let demo = app.demo_org().await;
    app.store()
        .own_library_entries(demo.id)
        .await
        .expect("entries")
        .into_iter()
        .find(|e| e.title == CAFE)
        .expect("the demo publishes the café")
        .id
        .to_string()
}

#[tokio::test]
async fn another_organisation_finds_the_cafe_by_a_filter_in_english_and_welsh() {
    let (app, b) = world().await;
    let b = app.as_(Some(b));
    let page = b.get("/library?region=south-west").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("#entries h3 a"), [CAFE]);
    assert!(page.body.contains("Strength of evidence"));
    let none = b.get("/library?region=london").await;
    assert!(none.texts("#entries h3 a").is_empty());
    assert_eq!(none.texts("#no-entries").len(), 1);
    let by_indicator = b
        .get("/library?indicator=ioi-2019%2Flan-practice-outside-class")
        .await;
    assert_eq!(by_indicator.texts("#entries h3 a"), [CAFE]);

    let id = cafe_entry(&app).await;
    let entry = b.get(&format!("/library/{id}")).await;
    assert_eq!(entry.status, StatusCode::OK);
    assert!(entry.body.contains("Level 1 of 4") || entry.body.contains("Level 2 of 4"));
    assert!(!entry.texts("#figures tbody tr").is_empty());
    assert!(entry.body.contains("likely between"), "intervals are shown");
    // Another organisation neither edits nor withdraws it.
    assert!(!entry.body.contains(&format!("/library/{id}/edit")));

    let welsh = b.get(&format!("/library/{id}?lang=cy")).await;
    assert!(welsh.body.contains("Cryfder y dystiolaeth"));
    assert!(welsh.body.contains("Beth newidiodd"));
    let welsh_list = b.get("/library?lang=cy").await;
    assert!(welsh_list.body.contains("Llyfrgell yr hyn sy’n gweithio"));
    b.get("/library?lang=en").await;
}

#[tokio::test]
async fn a_story_without_consent_for_publication_is_refused_on_the_page_and_never_in_the_api() {
    let (app, b) = world().await;
    let demo = app.demo_org().await;
    let stories = app.store().stories(demo.id).await.expect("stories");
    let private = stories
        .iter()
        .find(|s| !tessera_app::stories::consent::scopes(s).publication)
        .expect("the demo's private story");
    let private_id = private.id.to_string();
    let refused = app
        .post_form(
            "/library/new",
            &[
                ("plan", "2"),
                ("title", "Friendship club"),
                ("summary", "A weekly club"),
                ("region", "london"),
                ("authority_type", "london-borough"),
                ("design", "comparison"),
                ("sample_size", "40"),
                ("audience", "everyone"),
                ("stories", private_id.as_str()),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("its consent does not cover publication")
    );
    // The form lists it apart, without a box to tick.
    let form = app.get("/library/new?plan=2").await;
    assert!(!form.body.contains(&format!("id=\"story-{private_id}\"")));
    let apart = form.texts("#stories-not-allowed li");
    assert_eq!(apart.len(), 1);
    assert!(apart[0].contains(&private.title));

    let id = cafe_entry(&app).await;
    let b = app.as_(Some(b));
    let api = b.get(&format!("/api/v1/library/{id}")).await;
    assert_eq!(api.status, StatusCode::OK);
    let json = api.json();
    let titles: Vec<&str> = json["stories"]
        .as_array()
        .expect("stories")
        .iter()
        .filter_map(|s| s["title"].as_str())
        .collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(!titles.contains(&private.title.as_str()));
    assert!(!api.body.contains(&private.body));
    let page = b.get(&format!("/library/{id}")).await;
    assert!(!page.body.contains(&private.title));
    // The API's figures carry a number or say they were suppressed.
    for f in json["figures"].as_array().expect("figures") {
        if f["suppressed"] == true {
            assert!(f["estimate"].is_null() && f["change"].is_null() && f["people"].is_null());
        }
    }
    let list = b.get("/api/v1/library?design=before_after").await;
    assert_eq!(list.json()["entries"][0]["title"], CAFE);
    assert_eq!(list.json()["entries"][0]["strength"]["top"], 4);
    let none = b.get("/api/v1/library?design=randomised").await;
    assert_eq!(none.json()["entries"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn a_withdrawn_entry_is_not_found_by_others_and_viewers_cannot_publish() {
    let (app, b) = world().await;
    let demo = app.demo_org().await;
    let id = cafe_entry(&app).await;
    let viewer = app.as_(Some(
        app.member(demo.id, "viewer@demo.example", Role::Viewer)
            .await,
    ));
    assert_eq!(
        viewer.get(&format!("/library/{id}")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        viewer
            .post_form("/library/new", &[("plan", "1")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        viewer
            .post_form(&format!("/library/{id}/withdraw"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let confirm = app.get(&format!("/library/{id}/withdraw")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    let withdrawn = app.post_form(&format!("/library/{id}/withdraw"), &[]).await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    let b = app.as_(Some(b));
    assert_eq!(
        b.get(&format!("/library/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.get(&format!("/api/v1/library/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(b.get("/library").await.texts("#entries h3 a").is_empty());
    // Its owner still reads it, marked withdrawn.
    let own = app.get(&format!("/library/{id}")).await;
    assert_eq!(own.status, StatusCode::OK);
    assert_eq!(own.texts("#withdrawn").len(), 1);
    let log = app.store().audit_events(demo.id, 50).await.expect("log");
    assert!(log.iter().any(|e| e.action == "withdraw"
        && e.object == format!("library-entry:{id}")
        && e.actor == "owner@demo.example"));
    assert!(log.iter().any(|e| e.action == "publish"));
}

#[tokio::test]
async fn publishing_editing_copying_and_commenting_through_the_pages_are_each_audited() {
    let (app, b_who) = world().await;
    let demo = app.demo_org().await;
    let published = app
        .post_form(
            "/library/new",
            &[
                ("plan", "2"),
                ("title", "Friendship club"),
                (
                    "summary",
                    "A weekly club for newcomers and long-standing residents",
                ),
                ("region", "london"),
                ("authority_type", "london-borough"),
                ("design", "comparison"),
                ("sample_size", "40"),
                ("lessons", "Shared meals did more than talks"),
                ("audience", "chosen"),
                ("organisations", "beta"),
            ],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let location = published
        .header(header::LOCATION)
        .expect("to the entry")
        .to_owned();
    let id = location
        .trim_start_matches("/library/")
        .split('?')
        .next()
        .expect("id")
        .to_owned();
    let b = app.as_(Some(b_who.clone()));
    let found = b.get("/library?design=comparison&size=medium").await;
    assert_eq!(found.texts("#entries h3 a"), ["Friendship club"]);

    // Edit the words: the entry keeps its publication date.
    let edited = app
        .post_form(
            &format!("/library/{id}/edit"),
            &[
                ("title", "Friendship club, year one"),
                ("summary", "A weekly club"),
                ("region", "london"),
                ("authority_type", "london-borough"),
                ("design", "comparison"),
                ("sample_size", "40"),
                ("audience", "chosen"),
                ("organisations", "beta"),
            ],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    assert!(
        b.get(&format!("/library/{id}"))
            .await
            .body
            .contains("Friendship club, year one")
    );

    // B copies it, asks a question; A answers and hides it.
    let copied = b
        .post_form(&format!("/library/{id}/copy"), &[("title", "Our club")])
        .await;
    assert_eq!(copied.status, StatusCode::SEE_OTHER, "{}", copied.body);
    let plan_page = copied
        .header(header::LOCATION)
        .expect("the new plan")
        .to_owned();
    let plan = b.get(&plan_page).await;
    assert_eq!(plan.status, StatusCode::OK);
    assert!(plan.body.contains("Our club"));
    let origin = plan.texts("#plan-origin");
    assert_eq!(origin.len(), 1, "the copy says where it came from");
    assert!(
        origin[0].starts_with("Copied from “Friendship club"),
        "{origin:?}"
    );
    assert_eq!(
        app.get("/plans/2").await.texts("#publish-link"),
        ["Publish its evaluation to the library"],
        "the plan page leads to publishing"
    );
    assert!(app.get("/plans/2").await.texts("#plan-origin").is_empty());
    let asked = b
        .post_form(
            &format!("/library/{id}/comments"),
            &[("body", "How did you find volunteers?")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let comment = app
        .store()
        .library_comments(
            demo.id,
            tessera_store::LibraryEntryId(id.parse().expect("id")),
        )
        .await
        .expect("comments")[0]
        .id;
    assert_eq!(
        b.post_form(
            &format!("/library/comments/{comment}/answer"),
            &[("answer", "x")]
        )
        .await
        .status,
        StatusCode::NOT_FOUND,
        "only the owner answers"
    );
    let answered = app
        .post_form(
            &format!("/library/comments/{comment}/answer"),
            &[("answer", "Through the tenants' association")],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    let hidden = app
        .post_form(
            &format!("/library/comments/{comment}/hide"),
            &[("hidden", "1")],
        )
        .await;
    assert_eq!(hidden.status, StatusCode::SEE_OTHER);
    let seen_by_b = b.get(&format!("/library/{id}")).await;
    assert!(seen_by_b.body.contains("Through the tenants"));
    assert!(seen_by_b.body.contains("How did you find volunteers?"));

    let a_log = app.store().audit_events(demo.id, 50).await.expect("log");
    let actions: Vec<&str> = a_log
        .iter()
        .filter(|e| e.object.starts_with("library-"))
        .map(|e| e.action.as_str())
        .collect();
    for action in ["publish", "update", "copy", "comment", "answer", "hide"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
    assert!(a_log.iter().all(|e| e.actor != "owner@beta.example"));
    let beta = app
        .store()
        .organisation_by_slug("beta")
        .await
        .expect("read")
        .expect("beta");
    let b_log = app.store().audit_events(beta.id, 50).await.expect("log");
    assert!(
        b_log
            .iter()
            .any(|e| e.actor == "owner@beta.example" && e.action == "comment")
    );
    assert!(
        b_log
            .iter()
            .any(|e| e.actor == "owner@beta.example" && e.detail["copied_from"].is_object())
    );
}
