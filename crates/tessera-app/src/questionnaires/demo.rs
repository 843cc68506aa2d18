//! The demo organisation's questionnaire: the bank's questions for its language café plan.
//! `tessera_app::demo` calls [`seed_demo_questionnaire`] after seeding the plans (the lead wires
//! it in; see the report of issue 15 part A).

use tessera_store::{AnyStore, NewQuestionnaire, Organisation, StoreError, prelude::*};
use tessera_survey::{Bank, Lang, Texts};

/// The café plan's title in the demo.
pub const CAFE_PLAN: &str = "Language and friendship café";

/// Builds the demo organisation's questionnaire from its café plan, once: nothing happens when
/// the organisation already has a questionnaire or has no café plan.
pub async fn seed_demo_questionnaire(
    store: &AnyStore,
    org: &Organisation,
) -> Result<(), StoreError> {
    if !store.questionnaires(org.id).await?.is_empty() {
        return Ok(());
    }
    let plans = store.plans(org.id).await?;
    let Some(record) = plans.iter().find(|p| p.title == CAFE_PLAN) else {
        return Ok(());
    };
    let Ok(plan) = serde_json::from_value::<tessera_plan::Plan>(record.document.clone()) else {
        return Ok(());
    };
    let bank = Bank::shipped().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let mut q = bank.compose(&super::plan_indicators(&plan)).questionnaire;
    q.title = Texts::new();
    q.title.set(Lang::english(), CAFE_PLAN, true);
    q.title
        .set(Lang::welsh(), "Caffi iaith a chyfeillgarwch", false);
    let content = serde_json::to_value(&q).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    store
        .create_questionnaire(NewQuestionnaire {
            org: org.id,
            plan: Some(record.id),
            title: CAFE_PLAN.to_owned(),
            content,
            created_by: "system".to_owned(),
        })
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_demo_gets_one_questionnaire_built_from_its_cafe_plan() {
        let store = tessera_store::testing::fresh()
            .await
            .expect("a test database");
        let org = crate::demo::seed(&store).await.expect("demo");
        seed_demo_questionnaire(&store, &org).await.expect("seeded");
        seed_demo_questionnaire(&store, &org)
            .await
            .expect("seeded again");
        let all = store.questionnaires(org.id).await.expect("list");
        assert_eq!(all.len(), 1, "seeding twice makes one");
        let q: tessera_survey::Questionnaire =
            serde_json::from_value(all[0].content.clone()).expect("the model");
        q.validate().expect("valid");
        assert_eq!(all[0].title, CAFE_PLAN);
        assert!(all[0].plan.is_some());
        let measured: Vec<&str> = q
            .questions()
            .flat_map(|x| x.rules.iter().map(|r| r.indicator.as_str()))
            .collect();
        assert!(measured.contains(&"ioi-2019/bri-ask-neighbours-for-help"));
        assert!(measured.contains(&"ioi-2019/lan-practice-outside-class"));
    }
}
