//! The list of framework packs in this Tessera.

use askama::Template;
use axum::extract::State;
use axum::response::Html;

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::MaybeSignedIn;
use crate::pages::home::{PackSummary, pack_summaries};

#[derive(Template)]
#[template(path = "frameworks/list.html")]
pub(crate) struct FrameworksPage {
    packs: Vec<PackSummary>,
    crumbs: super::Crumbs,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    MaybeSignedIn(principal): MaybeSignedIn,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue_seen_by(principal.as_deref()).await?;
    let page = FrameworksPage {
        packs: pack_summaries(&catalogue),
        crumbs: vec![("/".to_owned(), tessera_l10n::t("nav-home"))],
    };
    Ok(Html(page.render()?))
}
