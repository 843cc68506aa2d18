//! Stories beside the numbers they speak to (issue 17): the organisation's own stories on the
//! indicator's page, the domain's page and the results of a measure of that indicator, never
//! another organisation's, and nothing of them for someone not signed in.

use axum::http::StatusCode;
use tessera_store::Role;
use tessera_store::prelude::*;

use crate::support::TestApp;

const INDICATOR: &str = "/frameworks/ioi-2019/indicators/bri-ask-neighbours-for-help";
const DOMAIN: &str = "/frameworks/ioi-2019/domains/social-bridges";

#[tokio::test]
async fn the_indicator_and_domain_pages_show_the_organisations_own_stories_about_them() {
    let app = TestApp::demo().await;
    let demo = app.demo_org().await;
    tessera_app::demo::seed_participants(app.store(), &demo)
        .await
        .expect("demo participants and stories");

    let indicator = app.get(INDICATOR).await;
    assert_eq!(indicator.status, StatusCode::OK);
    let cards = indicator.texts("#beside-stories blockquote");
    assert!(
        !cards.is_empty(),
        "the demo's story about asking neighbours is shown"
    );
    let link = indicator.texts("#beside-stories p.govuk-body a");
    assert!(
        link.iter().any(|l| l.starts_with("See")),
        "a link to the whole list: {link:?}"
    );
    assert!(
        indicator
            .body
            .contains("/stories?tag=indicator%3Aioi-2019%2Fbri-ask-neighbours-for-help")
    );
    // The results of a measure of that indicator show them too.
    let measure = app.get("/datasets/1/measures/ask_neighbour").await;
    assert_eq!(measure.status, StatusCode::OK);
    assert_eq!(
        measure.texts("#beside-stories blockquote").len(),
        cards.len(),
        "the same stories beside the survey's figures"
    );
    // The domain page gathers stories tagged to the domain or to one of its indicators.
    let domain = app.get(DOMAIN).await;
    assert!(
        domain.texts("#beside-stories blockquote").len() >= cards.len(),
        "{}",
        domain.body
    );
    let welsh = app.get(&format!("{DOMAIN}?lang=cy")).await;
    assert_eq!(
        welsh.texts("#beside-stories-heading"),
        ["Straeon eich sefydliad am y parth hwn"]
    );

    // Another organisation sees the framework page without the demo's stories.
    let beta = app.add_org("beta", "Beta Refugee Action").await;
    let b = app.as_(Some(
        app.member(beta, "owner@beta.example", Role::Owner).await,
    ));
    let theirs = b.get(INDICATOR).await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(theirs.texts("#beside-stories blockquote").is_empty());
    assert_eq!(
        theirs.texts("#beside-stories p.govuk-body a"),
        ["Record a story"]
    );
    for card in &cards {
        assert!(!theirs.body.contains(card.as_str()));
    }
    // Someone not signed in sees no stories block at all.
    let anonymous = app.as_(None).get(INDICATOR).await;
    assert_eq!(anonymous.status, StatusCode::OK);
    assert!(anonymous.texts("#beside-stories").is_empty());
}

#[tokio::test]
async fn a_persons_copy_holds_the_stories_about_them_and_erasing_them_deletes_those_stories() {
    let app = TestApp::demo().await;
    let demo = app.demo_org().await;
    tessera_app::demo::seed_participants(app.store(), &demo)
        .await
        .expect("demo participants and stories");
    let story = app
        .store()
        .stories(demo.id)
        .await
        .expect("stories")
        .into_iter()
        .find(|s| s.participant_code.is_some())
        .expect("a demo story is about a registered participant");
    let code = story.participant_code.clone().expect("code");
    let theirs = app
        .store()
        .stories(demo.id)
        .await
        .expect("stories")
        .into_iter()
        .filter(|s| s.participant_code.as_deref() == Some(code.as_str()))
        .count();

    let copy = app
        .get(&format!("/participants/{code}/subject-access"))
        .await;
    assert_eq!(copy.status, StatusCode::OK);
    assert_eq!(copy.texts("#stories-heading"), ["Stories about them"]);
    assert_eq!(copy.texts(".govuk-summary-card[id^=story-]").len(), theirs);
    assert!(
        copy.body.contains(&story.body[..40]),
        "the whole text is in their copy"
    );
    let json = app
        .get(&format!("/participants/{code}/subject-access.json"))
        .await;
    let held: serde_json::Value = serde_json::from_str(&json.body).expect("json");
    assert_eq!(held["stories"].as_array().map(Vec::len), Some(theirs));

    let confirm = app.get(&format!("/participants/{code}/erase")).await;
    let what_goes = confirm.texts("#what-goes li");
    assert!(
        what_goes
            .iter()
            .any(|l| l.starts_with(&format!("{theirs} stor"))),
        "{what_goes:?}"
    );
    let erased = app
        .post_form(&format!("/participants/{code}/erase"), &[])
        .await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get(&format!("/stories/{}", story.id)).await.status,
        StatusCode::NOT_FOUND,
        "the story about them is gone"
    );
    let published = app
        .store()
        .own_library_entries(demo.id)
        .await
        .expect("entries");
    assert!(!published.is_empty(), "the demo publishes the café plan");
    assert!(
        !serde_json::to_string(&published)
            .expect("json")
            .contains(&story.body[..40]),
        "the library entry no longer quotes them"
    );
    let log = app.store().audit_events(demo.id, 50).await.expect("audit");
    let entry = log
        .iter()
        .find(|e| e.action == "erase")
        .expect("the erasure is in the log");
    assert_eq!(entry.detail["stories"], theirs);
    assert!(
        !serde_json::to_string(&log)
            .expect("json")
            .contains(&story.body[..40])
    );
}
