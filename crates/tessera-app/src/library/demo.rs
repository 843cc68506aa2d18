//! The demo organisation's library entry: the language café plan's evaluation, published to
//! everyone with its consented stories, so `serve --demo` shows the library with something in
//! it.

use tessera_framework::Catalogue;
use tessera_store::{AnyStore, Organisation, StoreError, prelude::*};

use super::input::PublishInput;
use crate::stories::consent::scopes;
use crate::{Actor, App, Settings};

/// The demo plan published.
const CAFE: &str = "Language and friendship café";

/// Publishes the café plan's evaluation to everyone, unless the organisation has published
/// something already or has no café plan.
pub async fn publish_demo_entry(store: &AnyStore, org: &Organisation) -> Result<(), StoreError> {
    if !store.own_library_entries(org.id).await?.is_empty() {
        return Ok(());
    }
    let Some(plan) = store
        .plans(org.id)
        .await?
        .into_iter()
        .find(|p| p.title == CAFE)
    else {
        return Ok(());
    };
    let catalogue = Catalogue::shipped()
        .map_err(|e| StoreError::Corrupt(format!("the shipped framework packs: {e}")))?;
    let app = App::new(
        catalogue,
        store.clone(),
        Settings::new(std::env::temp_dir()),
    );
    let fail = |e: crate::AppError| StoreError::Corrupt(format!("demo library entry: {e}"));
    let mut input = app
        .publish_form(org.id, &plan.id.to_string())
        .await
        .map_err(fail)?;
    input.region = "south-west".to_owned();
    input.authority_type = "unitary".to_owned();
    input.not_worked = "Evening sessions drew few residents; the Saturday morning slot worked \
                        better for both sides."
        .to_owned();
    input.lessons = "Pair each newcomer with the same local volunteer for several weeks; \
                     measure at the first session, not after a month."
        .to_owned();
    input.stories = store
        .stories(org.id)
        .await?
        .iter()
        .filter(|s| scopes(s).publication)
        .map(|s| s.id.to_string())
        .collect();
    let input = PublishInput { ..input };
    let mut actor = Actor::command_line(org.clone());
    actor.name = "system".to_owned();
    match app
        .publish_entry(&actor, &plan.id.to_string(), &input)
        .await
        .map_err(fail)?
    {
        Ok(_) => Ok(()),
        Err(problems) => Err(StoreError::Corrupt(format!(
            "demo library entry refused: {problems:?}"
        ))),
    }
}
