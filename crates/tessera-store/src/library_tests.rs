//! The library on both databases: who sees an entry, withdrawing, comments and copies, and the
//! audit log of each.

use super::*;
use crate::prelude::*;
use crate::{LIBRARY_ACTOR, LibraryCommentId, NewLibraryCopy, NewOrganisation, NewPlan};

async fn org(store: &AnyStore, slug: &str, name: &str) -> OrgId {
    store
        .create_organisation(NewOrganisation::parse(slug, name).expect("valid"), "t")
        .await
        .expect("org")
        .id
}

async fn plan(store: &AnyStore, org: OrgId) -> PlanId {
    store
        .create_plan(NewPlan {
            org,
            title: "Café".to_owned(),
            document: serde_json::json!({ "title": "Café", "goal": "Friends" }),
            created_by: "t".to_owned(),
        })
        .await
        .expect("plan")
        .id
}

fn new_entry(plan: PlanId, audience: Option<Vec<OrgId>>) -> NewLibraryEntry {
    NewLibraryEntry {
        plan,
        title: "Language café".to_owned(),
        design: "before_after".to_owned(),
        region: "wales".to_owned(),
        authority_type: "unitary".to_owned(),
        sample_size: Some(120),
        domains: vec!["social-bridges".to_owned()],
        indicators: vec!["ioi-2019/bri-friends-different".to_owned()],
        target_groups: vec!["Newcomers".to_owned()],
        content: serde_json::json!({ "summary": "Weekly café" }),
        published_at: "2026-01-01T00:00:00Z".to_owned(),
        audience,
    }
}

async fn log(store: &AnyStore, org: OrgId) -> Vec<crate::AuditEvent> {
    store.audit_events(org, 100).await.expect("log")
}

#[tokio::test]
async fn an_entry_is_seen_by_its_audience_only_and_by_nobody_else_once_withdrawn() {
    for store in crate::testing::all().await.expect("databases") {
        let a = org(&store, "a", "A").await;
        let b = org(&store, "b", "B").await;
        let c = org(&store, "c", "C").await;
        let p = plan(&store, a).await;
        // Only the owner's plans, and never its own organisation as the audience.
        assert!(
            store
                .publish_library_entry(b, new_entry(p, None), "x")
                .await
                .is_err()
        );
        assert!(
            store
                .publish_library_entry(a, new_entry(p, Some(vec![a])), "x")
                .await
                .is_err()
        );
        let chosen = store
            .publish_library_entry(a, new_entry(p, Some(vec![b])), "e@a")
            .await
            .expect("publish");
        assert_eq!(chosen.audience, Some(vec![(b, "B".to_owned())]));
        assert!(
            store
                .library_entry(b, chosen.id)
                .await
                .expect("read")
                .is_some()
        );
        assert!(
            store
                .library_entry(c, chosen.id)
                .await
                .expect("read")
                .is_none()
        );
        assert_eq!(store.library_entries(c).await.expect("list").len(), 0);
        assert_eq!(store.library_entries(b).await.expect("list").len(), 1);

        let everyone = store
            .publish_library_entry(a, new_entry(p, None), "e@a")
            .await
            .expect("publish");
        assert_eq!(store.library_entries(c).await.expect("list").len(), 1);

        // Another organisation cannot withdraw or edit it.
        assert!(
            !store
                .withdraw_library_entry(b, everyone.id, "x")
                .await
                .expect("withdraw")
        );
        assert!(
            store
                .update_library_entry(b, everyone.id, new_entry(p, None), "x")
                .await
                .expect("update")
                .is_none()
        );
        assert!(
            store
                .withdraw_library_entry(a, everyone.id, "e@a")
                .await
                .expect("withdraw")
        );
        assert!(
            store
                .library_entry(c, everyone.id)
                .await
                .expect("read")
                .is_none()
        );
        assert!(store.library_entries(c).await.expect("list").is_empty());
        let own = store.library_entry(a, everyone.id).await.expect("read");
        assert!(own.is_some_and(|e| e.withdrawn_at.is_some()));
        assert_eq!(store.own_library_entries(a).await.expect("own").len(), 2);

        let actions: Vec<String> = log(&store, a)
            .await
            .into_iter()
            .filter(|e| e.object.starts_with("library-entry:"))
            .map(|e| e.action)
            .collect();
        assert_eq!(actions, ["withdraw", "publish", "publish"]);
    }
}

#[tokio::test]
async fn republishing_replaces_the_snapshot_and_audits_before_and_after() {
    for store in crate::testing::all().await.expect("databases") {
        let a = org(&store, "a", "A").await;
        let p = plan(&store, a).await;
        let made = store
            .publish_library_entry(a, new_entry(p, None), "e@a")
            .await
            .expect("publish");
        let mut changed = new_entry(p, None);
        changed.content = serde_json::json!({ "summary": "Twice a week" });
        changed.published_at = "2026-06-01T00:00:00Z".to_owned();
        let after = store
            .update_library_entry(a, made.id, changed, "e@a")
            .await
            .expect("update")
            .expect("found");
        assert_eq!(after.content["summary"], "Twice a week");
        assert_eq!(after.published_at, "2026-06-01T00:00:00Z");
        let event = log(&store, a).await.remove(0);
        assert_eq!(event.action, "update");
        assert_eq!(event.detail["before"]["content"]["summary"], "Weekly café");
        assert_eq!(event.detail["after"]["content"]["summary"], "Twice a week");
    }
}

#[tokio::test]
async fn hidden_comments_are_seen_by_the_owner_and_their_writer_only() {
    for store in crate::testing::all().await.expect("databases") {
        let a = org(&store, "a", "A").await;
        let b = org(&store, "b", "B").await;
        let c = org(&store, "c", "C").await;
        let p = plan(&store, a).await;
        let entry = store
            .publish_library_entry(a, new_entry(p, None), "e@a")
            .await
            .expect("publish");
        assert!(
            store
                .add_library_comment(a, entry.id, "Own", "e@a")
                .await
                .is_err(),
            "the owner answers, it does not comment"
        );
        let q = store
            .add_library_comment(b, entry.id, "  How many came?  ", "person@b")
            .await
            .expect("comment")
            .expect("shown to B");
        assert_eq!(q.body, "How many came?");
        assert!(
            store
                .answer_library_comment(b, q.id, "x", "person@b")
                .await
                .expect("answer")
                .is_none(),
            "only the owner answers"
        );
        let answered = store
            .answer_library_comment(a, q.id, "About thirty", "e@a")
            .await
            .expect("answer")
            .expect("found");
        assert_eq!(answered.answer, "About thirty");
        store
            .hide_library_comment(a, q.id, true, "e@a")
            .await
            .expect("hide")
            .expect("found");
        assert_eq!(
            store.library_comments(a, entry.id).await.expect("a").len(),
            1
        );
        assert_eq!(
            store.library_comments(b, entry.id).await.expect("b").len(),
            1
        );
        assert!(
            store
                .library_comments(c, entry.id)
                .await
                .expect("c")
                .is_empty()
        );
        assert!(
            store
                .hide_library_comment(a, LibraryCommentId(9999), true, "e@a")
                .await
                .expect("hide")
                .is_none()
        );

        // The commenter is named in B's log only; A's log names the organisation.
        let b_log = log(&store, b).await;
        assert!(
            b_log
                .iter()
                .any(|e| e.action == "comment" && e.actor == "person@b")
        );
        let a_log = log(&store, a).await;
        assert!(a_log.iter().all(|e| e.actor != "person@b"));
        let comment = a_log
            .iter()
            .find(|e| e.action == "comment")
            .expect("A's log has the comment");
        assert_eq!(comment.actor, LIBRARY_ACTOR);
        assert_eq!(comment.detail["organisation"], "B");
        let acts: Vec<&str> = a_log.iter().map(|e| e.action.as_str()).collect();
        assert!(acts.starts_with(&["hide", "answer", "comment"]), "{acts:?}");
    }
}

#[tokio::test]
async fn a_copy_is_a_new_plan_that_notes_its_source_and_is_audited_in_both_organisations() {
    for store in crate::testing::all().await.expect("databases") {
        let a = org(&store, "a", "A").await;
        let b = org(&store, "b", "B").await;
        let c = org(&store, "c", "C").await;
        let p = plan(&store, a).await;
        let entry = store
            .publish_library_entry(a, new_entry(p, Some(vec![b])), "e@a")
            .await
            .expect("publish");
        let copy = || NewLibraryCopy {
            entry: entry.id,
            title: "Our café".to_owned(),
            document: serde_json::json!({ "title": "Our café" }),
        };
        assert!(
            store
                .copy_library_entry(c, copy(), "x@c")
                .await
                .expect("copy")
                .is_none(),
            "C is not shown the entry"
        );
        let new_plan = store
            .copy_library_entry(b, copy(), "person@b")
            .await
            .expect("copy")
            .expect("shown to B");
        let record = store.plan(b, new_plan).await.expect("read").expect("B's");
        assert_eq!(record.title, "Our café");
        let origin = store
            .plan_origin(b, new_plan)
            .await
            .expect("origin")
            .expect("copied");
        assert_eq!(origin.entry, Some(entry.id));
        assert_eq!(origin.source_org_name, "A");
        assert!(
            store
                .plan_origin(a, new_plan)
                .await
                .expect("origin")
                .is_none()
        );

        let b_log = log(&store, b).await;
        assert!(
            b_log
                .iter()
                .any(|e| e.actor == "person@b" && e.object == format!("plan:{new_plan}"))
        );
        let a_log = log(&store, a).await;
        let copied = a_log.iter().find(|e| e.action == "copy").expect("A's log");
        assert_eq!(copied.actor, LIBRARY_ACTOR);
        assert_eq!(copied.detail["organisation"], "B");
        assert!(a_log.iter().all(|e| e.actor != "person@b"));

        // Withdrawn: nobody else can copy it any more.
        store
            .withdraw_library_entry(a, entry.id, "e@a")
            .await
            .expect("withdraw");
        assert!(
            store
                .copy_library_entry(b, copy(), "person@b")
                .await
                .expect("copy")
                .is_none()
        );
    }
}
