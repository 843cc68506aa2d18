//! Plans as stored: the plan document in `tessera-plan`'s JSON format, owned by an organisation.
//!
//! The store does not interpret the document: the web layer parses and validates it with
//! `tessera_plan::Plan` before saving, so the store stays free of planning logic and a future
//! format version needs no migration.

use serde::Serialize;

use crate::{OrgId, PlanId};

/// Input for saving a new plan.
#[derive(Debug, Clone)]
pub struct NewPlan {
    /// The owning organisation.
    pub org: OrgId,
    /// The plan's title, kept beside the document for listing.
    pub title: String,
    /// The plan in the documented JSON format.
    pub document: serde_json::Value,
    /// Who created it.
    pub created_by: String,
}

/// A new version of a plan's document, replacing the old one.
#[derive(Debug, Clone)]
pub struct PlanUpdate {
    /// The plan's title.
    pub title: String,
    /// The whole plan in the documented JSON format.
    pub document: serde_json::Value,
    /// Who changed it.
    pub updated_by: String,
    /// What was changed, in a few words for the audit log (`"added an outcome"`).
    pub summary: String,
}

/// A stored plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanRecord {
    /// Its id.
    pub id: PlanId,
    /// The owning organisation.
    pub org: OrgId,
    /// Its title.
    pub title: String,
    /// The plan in the documented JSON format.
    pub document: serde_json::Value,
    /// Who created it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// Who changed it last.
    pub updated_by: String,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: String,
}

#[cfg(test)]
mod tests {
    use crate::{NewOrganisation, NewPlan, PlanId, PlanUpdate, Store};

    /// The backend under test: PostgreSQL when `TESSERA_TEST_DATABASE_URL` is set, else SQLite.
    async fn store() -> crate::AnyStore {
        crate::testing::fresh().await.expect("a test database")
    }

    fn new_plan(org: crate::OrgId, title: &str) -> NewPlan {
        NewPlan {
            org,
            title: title.to_owned(),
            document: serde_json::json!({ "title": title, "goal": "People get on" }),
            created_by: "tester".to_owned(),
        }
    }

    #[tokio::test]
    async fn plans_are_created_listed_updated_and_deleted_only_within_their_organisation() {
        let store = store().await;
        let a = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
            .await
            .expect("org a");
        let b = store
            .create_organisation(NewOrganisation::parse("b", "B").expect("valid"), "t")
            .await
            .expect("org b");
        let plan = store
            .create_plan(new_plan(a.id, "Café"))
            .await
            .expect("create");
        assert_eq!(plan.title, "Café");
        assert_eq!(plan.document["goal"], "People get on");

        assert_eq!(store.plans(a.id).await.expect("list").len(), 1);
        assert!(store.plans(b.id).await.expect("list").is_empty());
        assert!(store.plan(b.id, plan.id).await.expect("get").is_none());
        assert!(store.plan(a.id, PlanId(9999)).await.expect("get").is_none());

        let update = PlanUpdate {
            title: "Language café".to_owned(),
            document: serde_json::json!({ "title": "Language café", "goal": "People get on" }),
            updated_by: "editor".to_owned(),
            summary: "renamed the plan".to_owned(),
        };
        assert!(
            store
                .update_plan(b.id, plan.id, update.clone())
                .await
                .expect("update")
                .is_none(),
            "another organisation cannot change the plan"
        );
        let updated = store
            .update_plan(a.id, plan.id, update)
            .await
            .expect("update")
            .expect("found");
        assert_eq!(updated.title, "Language café");
        assert_eq!(updated.updated_by, "editor");
        assert_eq!(store.plan(a.id, plan.id).await.expect("get"), Some(updated));

        assert!(!store.delete_plan(b.id, plan.id, "x").await.expect("delete"));
        assert!(store.plan(a.id, plan.id).await.expect("get").is_some());
        assert!(store.delete_plan(a.id, plan.id, "x").await.expect("delete"));
        assert!(store.plan(a.id, plan.id).await.expect("get").is_none());
    }

    #[tokio::test]
    async fn every_change_to_a_plan_is_audited_with_before_and_after() {
        let store = store().await;
        let org = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
            .await
            .expect("org");
        let plan = store
            .create_plan(new_plan(org.id, "One"))
            .await
            .expect("create");
        store
            .update_plan(
                org.id,
                plan.id,
                PlanUpdate {
                    title: "Two".to_owned(),
                    document: serde_json::json!({ "title": "Two" }),
                    updated_by: "editor".to_owned(),
                    summary: "renamed the plan".to_owned(),
                },
            )
            .await
            .expect("update");
        store
            .delete_plan(org.id, plan.id, "remover")
            .await
            .expect("delete");
        let events = store.audit_events(org.id, 10).await.expect("audit");
        let object = format!("plan:{}", plan.id);
        let ours: Vec<_> = events.iter().filter(|e| e.object == object).collect();
        assert_eq!(ours.len(), 3);
        // Newest first.
        assert_eq!(ours[0].action, "delete");
        assert_eq!(ours[0].actor, "remover");
        assert_eq!(ours[0].detail["before"]["title"], "Two");
        assert_eq!(ours[1].action, "update");
        assert_eq!(ours[1].detail["before"]["title"], "One");
        assert_eq!(ours[1].detail["after"]["title"], "Two");
        assert_eq!(ours[1].detail["summary"], "renamed the plan");
        assert_eq!(ours[2].action, "create");
        assert_eq!(ours[2].detail["after"]["title"], "One");
    }

    #[tokio::test]
    async fn a_plan_without_a_title_is_refused() {
        let store = store().await;
        let org = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
            .await
            .expect("org");
        let err = store
            .create_plan(new_plan(org.id, "  "))
            .await
            .expect_err("blank title");
        assert!(err.to_string().contains("title"));
        assert!(store.plans(org.id).await.expect("list").is_empty());
    }
}
