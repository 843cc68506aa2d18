use askama::Template;
use axum::extract::State;
use axum::response::Html;

use crate::routes::home::{PackSummary, pack_summaries};
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "frameworks/list.html")]
pub(crate) struct FrameworksPage {
    packs: Vec<PackSummary>,
    crumbs: super::Crumbs,
}

pub(crate) async fn show(State(state): State<AppState>) -> Result<Html<String>, WebError> {
    let page = FrameworksPage {
        packs: pack_summaries(&state),
        crumbs: vec![("/".to_owned(), "Home".to_owned())],
    };
    Ok(Html(page.render()?))
}
