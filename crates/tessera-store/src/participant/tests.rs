use super::*;
use crate::prelude::*;
use crate::{AnyStore, NewMeasurement, NewOrganisation, NewPlan};

fn person(side: &str, reference: Option<&str>, plans: &[PlanId]) -> NewParticipant {
    NewParticipant {
        code: None,
        reference: reference.map(str::to_owned),
        side: side.to_owned(),
        attributes: [("gender".to_owned(), "woman".to_owned())].into(),
        plans: plans
            .iter()
            .map(|p| PlanMembership {
                plan: *p,
                target_group: Some("women".to_owned()),
            })
            .collect(),
    }
}

async fn org_with_plan(store: &AnyStore, slug: &str) -> (OrgId, PlanId) {
    let org = store
        .create_organisation(NewOrganisation::parse(slug, slug).expect("valid"), "t")
        .await
        .expect("org");
    let plan = store
        .create_plan(NewPlan {
            org: org.id,
            title: "Café".to_owned(),
            document: serde_json::json!({ "title": "Café" }),
            created_by: "t".to_owned(),
        })
        .await
        .expect("plan");
    (org.id, plan.id)
}

#[test]
fn generated_codes_use_only_unambiguous_characters() {
    for _ in 0..200 {
        let code = generate_code();
        assert!(is_participant_code(&code), "{code}");
        assert!(!code[2..].contains(['0', 'O', '1', 'I', 'L']), "{code}");
    }
    assert!(!is_participant_code("P-0OIL1"));
    assert!(!is_participant_code("P-7K3Q"));
    assert!(!is_participant_code("p-7k3q9"));
    assert!(is_participant_code("P-7K3Q9"));
}

#[tokio::test]
async fn participants_are_registered_listed_and_changed_only_within_their_organisation() {
    for store in crate::testing::all().await.expect("databases") {
        let (a, plan) = org_with_plan(&store, "a").await;
        let (b, other_plan) = org_with_plan(&store, "b").await;
        let made = store
            .create_participants(
                a,
                vec![
                    person("newcomers", Some("case-1"), &[plan]),
                    person("receiving_community", None, &[]),
                ],
                "editor@a",
            )
            .await
            .expect("create");
        assert_eq!(made.len(), 2);
        assert!(is_participant_code(&made[0].code));
        assert_ne!(made[0].code, made[1].code);
        assert_eq!(made[0].plans[0].target_group.as_deref(), Some("women"));
        assert_eq!(store.participants(a, None).await.expect("list").len(), 2);
        assert_eq!(
            store.participants(a, Some(plan)).await.expect("list").len(),
            1
        );
        assert!(store.participants(b, None).await.expect("list").is_empty());
        let code = &made[0].code;
        assert!(store.participant(b, code).await.expect("get").is_none());
        assert_eq!(
            store.participant(a, code).await.expect("get").as_ref(),
            Some(&made[0])
        );

        // Another organisation's plan, a taken reference: refused, nothing stored.
        let err = store
            .create_participants(a, vec![person("newcomers", None, &[other_plan])], "x")
            .await
            .expect_err("not their plan");
        assert!(err.to_string().contains("not one of"), "{err}");
        let err = store
            .create_participants(a, vec![person("newcomers", Some(" case-1 "), &[])], "x")
            .await
            .expect_err("taken");
        assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
        let err = store
            .create_participants(a, vec![person("everyone", None, &[])], "x")
            .await
            .expect_err("side");
        assert!(err.to_string().contains("side"), "{err}");
        assert_eq!(store.participants(a, None).await.expect("list").len(), 2);

        let update = ParticipantUpdate {
            reference: Some("case-9".to_owned()),
            side: "newcomers".to_owned(),
            attributes: [("age_band".to_owned(), "25-34".to_owned())].into(),
            plans: vec![],
        };
        assert!(
            store
                .update_participant(b, code, update.clone(), "x")
                .await
                .expect("update")
                .is_none()
        );
        let changed = store
            .update_participant(a, code, update, "editor@a")
            .await
            .expect("update")
            .expect("found");
        assert_eq!(changed.reference.as_deref(), Some("case-9"));
        assert!(changed.plans.is_empty());
        assert_eq!(changed.attributes["age_band"], "25-34");
    }
}

#[tokio::test]
async fn the_audit_log_names_participants_by_code_and_never_holds_their_details() {
    let store = crate::testing::fresh().await.expect("database");
    let (a, plan) = org_with_plan(&store, "a").await;
    let made = store
        .create_participants(
            a,
            vec![person("newcomers", Some("HOME-OFFICE-REF-77"), &[plan])],
            "e",
        )
        .await
        .expect("create");
    let code = made[0].code.clone();
    store
        .set_contact(
            a,
            &code,
            Some(Contact {
                name: "Amina Yusuf".to_owned(),
                phone: "07700 900123".to_owned(),
                ..Contact::default()
            }),
            "e",
        )
        .await
        .expect("contact");
    store
        .save_measurements(
            a,
            vec![NewMeasurement {
                code: code.clone(),
                plan,
                point: "baseline".to_owned(),
                measured_on: "2025-08-15".to_owned(),
                answers: [("ioi-2019/bon-lonely".to_owned(), 0.577_215)].into(),
            }],
            "e",
            "form",
        )
        .await
        .expect("measure");
    let erased = store
        .erase_participant(a, &code, "owner")
        .await
        .expect("erase")
        .expect("found");
    assert_eq!(
        erased,
        Erased {
            measurements: 1,
            consents: 0,
            contact: true,
            plans: 1,
            stories: 0
        }
    );
    assert!(store.participant(a, &code).await.expect("get").is_none());
    assert!(store.contact(a, &code).await.expect("get").is_none());
    let log =
        serde_json::to_string(&store.audit_events(a, 100).await.expect("audit")).expect("json");
    for secret in [
        "Amina",
        "07700",
        "HOME-OFFICE",
        "woman",
        "0.577",
        "newcomers",
    ] {
        assert!(
            !log.contains(secret),
            "the audit log holds {secret:?}: {log}"
        );
    }
    let events = store.audit_events(a, 100).await.expect("audit");
    let ours: Vec<&str> = events
        .iter()
        .filter(|e| e.object == format!("participant:{code}"))
        .map(|e| e.action.as_str())
        .collect();
    assert_eq!(ours, ["erase", "measure", "contact-details", "create"]);
    assert!(
        store
            .erase_participant(a, &code, "owner")
            .await
            .expect("erase")
            .is_none()
    );
}

#[tokio::test]
async fn contact_details_are_kept_apart_and_blank_ones_are_removed() {
    let store = crate::testing::fresh().await.expect("database");
    let (a, _) = org_with_plan(&store, "a").await;
    let code = store
        .create_participants(a, vec![person("newcomers", None, &[])], "e")
        .await
        .expect("create")
        .remove(0)
        .code;
    assert!(store.contact(a, &code).await.expect("get").is_none());
    let contact = Contact {
        name: "Bo".to_owned(),
        email: "bo@example.org".to_owned(),
        ..Contact::default()
    };
    assert!(
        store
            .set_contact(a, &code, Some(contact.clone()), "e")
            .await
            .expect("set")
    );
    assert_eq!(
        store
            .contact(a, &code)
            .await
            .expect("get")
            .map(|c| c.contact),
        Some(contact)
    );
    assert!(
        store
            .set_contact(a, &code, Some(Contact::default()), "e")
            .await
            .expect("set")
    );
    assert!(store.contact(a, &code).await.expect("get").is_none());
    assert!(
        !store
            .set_contact(a, "P-22222", None, "e")
            .await
            .expect("set")
    );
}
