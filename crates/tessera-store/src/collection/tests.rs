use crate::prelude::*;
use crate::{
    CollectionSettings, Draft, NewOrganisation, NewQuestionnaire, NewResponse, OrgId,
    QuestionnaireId, Stored,
};

async fn org(store: &crate::AnyStore, slug: &str) -> OrgId {
    store
        .create_organisation(NewOrganisation::parse(slug, slug).expect("valid"), "t")
        .await
        .expect("org")
        .id
}

async fn questionnaire(store: &crate::AnyStore, org: OrgId) -> QuestionnaireId {
    store
        .create_questionnaire(NewQuestionnaire {
            org,
            plan: None,
            title: "Café".to_owned(),
            content: serde_json::json!({ "items": [] }),
            created_by: "maker".to_owned(),
        })
        .await
        .expect("questionnaire")
        .id
}

fn response(org: OrgId, q: QuestionnaireId, key: &str, side: Option<&str>) -> NewResponse {
    NewResponse {
        org,
        questionnaire: q,
        version: 1,
        channel: "web".to_owned(),
        side: side.map(str::to_owned),
        participant: None,
        lang: "en".to_owned(),
        answers: serde_json::json!({ "safe_after_dark": "yes" }),
        idempotency_key: key.to_owned(),
    }
}

#[tokio::test]
async fn a_collection_is_found_by_its_token_and_only_by_its_organisation() {
    for store in crate::testing::all().await.expect("databases") {
        let (a, b) = (org(&store, "a").await, org(&store, "b").await);
        let q = questionnaire(&store, a).await;
        assert!(
            store
                .open_collection(b, q, "x")
                .await
                .expect("open")
                .is_none()
        );
        let c = store
            .open_collection(a, q, "owner")
            .await
            .expect("open")
            .expect("theirs");
        assert!(c.token.len() >= 24, "a token long enough not to be guessed");
        let again = store
            .open_collection(a, q, "owner")
            .await
            .expect("open")
            .expect("theirs");
        assert_eq!(again.token, c.token, "opening twice keeps the link");
        let found = store
            .collection_by_token(&c.token)
            .await
            .expect("read")
            .expect("found");
        assert_eq!((found.org, found.questionnaire), (a, q));
        assert!(store.collection(b, q).await.expect("read").is_none());
        assert!(
            store
                .update_collection(b, q, CollectionSettings::default(), "x")
                .await
                .expect("update")
                .is_none()
        );
        assert!(store.collections(b).await.expect("list").is_empty());
        assert!(
            store
                .update_collection(
                    a,
                    q,
                    CollectionSettings {
                        opens_on: Some("01/02/2026".to_owned()),
                        ..Default::default()
                    },
                    "x"
                )
                .await
                .is_err(),
            "a date not written YYYY-MM-DD is refused"
        );
    }
}

#[tokio::test]
async fn a_repeated_submission_is_stored_once_and_freezes_the_version() {
    for store in crate::testing::all().await.expect("databases") {
        let a = org(&store, "a").await;
        let q = questionnaire(&store, a).await;
        store.open_collection(a, q, "owner").await.expect("open");
        let first = store
            .store_response(response(a, q, "k1", Some("newcomers")))
            .await
            .expect("store");
        let Stored::New(id) = first else {
            panic!("first is new: {first:?}")
        };
        assert_eq!(
            store
                .store_response(response(a, q, "k1", Some("newcomers")))
                .await
                .expect("store"),
            Stored::Repeated(id)
        );
        store
            .store_response(response(a, q, "k2", None))
            .await
            .expect("store");
        assert_eq!(store.responses(a, q).await.expect("list").len(), 2);
        let counts = store.response_counts(a, q).await.expect("counts");
        assert_eq!(counts, vec![(None, 1), (Some("newcomers".to_owned()), 1)]);
        let version = store
            .questionnaire_version(a, q, 1)
            .await
            .expect("read")
            .expect("version");
        assert!(version.answered, "the answered version is frozen");
    }
}

#[tokio::test]
async fn a_response_to_another_organisations_questionnaire_or_past_the_cap_is_not_stored() {
    for store in crate::testing::all().await.expect("databases") {
        let (a, b) = (org(&store, "a").await, org(&store, "b").await);
        let q = questionnaire(&store, a).await;
        store.open_collection(a, q, "owner").await.expect("open");
        assert!(
            store
                .store_response(response(b, q, "k", None))
                .await
                .is_err()
        );
        let mut wrong_version = response(a, q, "k", None);
        wrong_version.version = 7;
        assert!(store.store_response(wrong_version).await.is_err());
        store
            .update_collection(
                a,
                q,
                CollectionSettings {
                    response_cap: Some(1),
                    ..Default::default()
                },
                "owner",
            )
            .await
            .expect("update");
        assert!(matches!(
            store.store_response(response(a, q, "k1", None)).await,
            Ok(Stored::New(_))
        ));
        assert_eq!(
            store
                .store_response(response(a, q, "k2", None))
                .await
                .expect("store"),
            Stored::Full
        );
        assert_eq!(store.responses(a, q).await.expect("list").len(), 1);
        assert!(store.responses(b, q).await.expect("list").is_empty());
    }
}

#[tokio::test]
async fn a_draft_is_found_by_its_code_until_it_expires() {
    for store in crate::testing::all().await.expect("databases") {
        let a = org(&store, "a").await;
        let q = questionnaire(&store, a).await;
        let draft = Draft {
            org: a,
            questionnaire: q,
            version: 1,
            lang: "cy".to_owned(),
            answers: serde_json::json!({ "q1": "2" }),
            expires_at: "2026-01-10T00:00:00Z".to_owned(),
        };
        store
            .save_draft("hash1", draft.clone())
            .await
            .expect("save");
        assert_eq!(
            store
                .draft("hash1", "2026-01-09T00:00:00Z")
                .await
                .expect("read"),
            Some(draft)
        );
        assert!(
            store
                .draft("hash1", "2026-01-11T00:00:00Z")
                .await
                .expect("read")
                .is_none()
        );
        store
            .delete_draft("other", "2026-01-11T00:00:00Z")
            .await
            .expect("delete");
        assert!(
            store
                .draft("hash1", "2026-01-01T00:00:00Z")
                .await
                .expect("read")
                .is_none(),
            "expired drafts are forgotten"
        );
    }
}
