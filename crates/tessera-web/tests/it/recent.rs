//! Answers kept for a few seconds (sessions, API tokens, dataset records, rendered measure
//! cards: `tessera_app::recent`, `ui::fragments`) never outlive a change made on this server:
//! the very next request sees it.

use axum::http::StatusCode;
use tessera_store::prelude::*;
use tessera_store::{DatasetId, Role};

use crate::support::TestApp;

#[tokio::test]
async fn a_removed_member_loses_the_pages_and_the_api_on_the_next_request() {
    let app = TestApp::demo().await;
    let org = app.demo_org().await;
    let viewer = app
        .member(org.id, "viewer@demo.example", Role::Viewer)
        .await;
    let as_viewer = app.as_(Some(viewer));
    // Twice each, so the second answer comes from what was kept.
    for _ in 0..2 {
        assert_eq!(
            as_viewer.get_computed("/datasets/1").await.status,
            StatusCode::OK
        );
        assert_eq!(
            as_viewer
                .get_computed("/api/v1/datasets/1/profile")
                .await
                .status,
            StatusCode::OK
        );
    }
    let user = app
        .store()
        .user_credentials("viewer@demo.example")
        .await
        .expect("read")
        .expect("the viewer")
        .user;
    assert!(
        app.store()
            .remove_membership(org.id, user.id, "test")
            .await
            .expect("removed")
    );
    let page = as_viewer.get("/datasets/1").await;
    assert_ne!(page.status, StatusCode::OK, "{}", page.body);
    let api = as_viewer.get("/api/v1/datasets/1/profile").await;
    assert_eq!(api.status, StatusCode::UNAUTHORIZED, "{}", api.body);
}

#[tokio::test]
async fn a_change_to_a_dataset_shows_on_the_next_request_and_a_deleted_one_is_gone() {
    let app = TestApp::demo().await;
    let org = app.demo_org().await;
    let before = app.get_computed("/datasets/1").await;
    assert_eq!(before.status, StatusCode::OK);
    assert!(!before.body.contains("2031"), "no retention date yet");
    assert_eq!(
        app.get("/datasets/1").await.body,
        before.body,
        "kept, the same page"
    );
    assert!(
        app.store()
            .set_retention(org.id, DatasetId(1), Some("2031-03-31"), "test")
            .await
            .expect("set")
    );
    let after = app.get("/datasets/1").await;
    assert!(
        after.body.contains("2031"),
        "the new retention date at once"
    );
    // Welsh is rendered in Welsh, not served from the English kept cards.
    let welsh = app.get("/datasets/1?lang=cy").await;
    assert!(welsh.body.contains("lang=\"cy\""));
    let english_cards = after.texts(".tessera-headline-label");
    let welsh_cards = welsh.texts(".tessera-headline-label");
    assert_eq!(english_cards.len(), welsh_cards.len());
    assert_ne!(english_cards, welsh_cards, "the cards are in Welsh");
    app.get("/datasets/1?lang=en").await;
    app.store()
        .delete_dataset(org.id, DatasetId(1), "test")
        .await
        .expect("deleted");
    assert_eq!(app.get("/datasets/1").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/api/v1/datasets/1/profile").await.status,
        StatusCode::NOT_FOUND
    );
}
