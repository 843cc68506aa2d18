//! The home page: what Tessera is for, where to start, and the framework packs it holds.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use tessera_store::prelude::*;

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::MaybeSignedIn;
use crate::pages::frameworks::{Text, lang};

/// A framework pack as listed on the home page.
pub(crate) struct PackSummary {
    pub id: String,
    pub name: Text,
    pub summary: Text,
    pub domains: usize,
    pub indicators: usize,
}

#[derive(Template)]
#[template(path = "home.html")]
pub(crate) struct HomePage {
    packs: Vec<PackSummary>,
    demo_org: Option<String>,
    /// The owner's datasets past their retention date.
    overdue: Vec<tessera_store::DatasetSummary>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
) -> Result<Html<String>, PageError> {
    let overdue = match principal.as_ref().and_then(|p| p.org.clone()) {
        Some((org, tessera_store::Role::Owner)) => {
            tessera_app::datasets::overdue(&state.store().datasets(org.id).await?)
        }
        _ => Vec::new(),
    };
    let demo_org = if state.demo() {
        state
            .store()
            .organisation_by_slug("demo")
            .await?
            .map(|o| o.name)
    } else {
        None
    };
    let catalogue = state.catalogue_seen_by(principal.as_deref()).await?;
    let page = HomePage {
        packs: pack_summaries(&catalogue),
        demo_org,
        overdue,
    };
    Ok(Html(page.render()?))
}

pub(crate) fn pack_summaries(catalogue: &tessera_framework::Catalogue) -> Vec<PackSummary> {
    catalogue
        .packs()
        .iter()
        .map(|p| PackSummary {
            id: p.id.to_string(),
            name: Text::picked(p.localised_name(lang())),
            summary: Text::picked(p.localised_summary(lang())),
            domains: p.domains.len(),
            indicators: p.indicators.len(),
        })
        .collect()
}
