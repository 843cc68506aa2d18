//! `GET /packs`: the organisation's own packs and those shared with it.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use serde::Deserialize;
use tessera_store::Role;

use super::PackLine;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

#[derive(Template)]
#[template(path = "packs/list.html")]
pub(crate) struct ListPage {
    crumbs: Vec<(String, String)>,
    own: Vec<PackLine>,
    shared: Vec<PackLine>,
    can_upload: bool,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    done: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    current: CurrentOrg,
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, PageError> {
    let views = state.app().org_packs(current.0.id).await?;
    let page = ListPage {
        crumbs: vec![("/".to_owned(), tessera_l10n::t("nav-home"))],
        own: views.iter().filter(|v| v.own).map(PackLine::new).collect(),
        shared: views.iter().filter(|v| !v.own).map(PackLine::new).collect(),
        can_upload: current.1.role >= Role::Editor,
        notice: (query.done == "deleted").then(|| tessera_l10n::t("packs-done-deleted")),
    };
    Ok(Html(page.render()?))
}
