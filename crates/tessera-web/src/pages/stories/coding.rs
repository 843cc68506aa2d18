//! The coding view: tag many quotes with a theme at once, and see how many stories carry each
//! theme for each side.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::participants::Problem;
use tessera_app::stories::coding::{ThemeCount, theme_counts};
use tessera_app::stories::filter::StoryFilter;

use super::{Labeller, StoryCard, crumbs, field_errors};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};
use crate::ui::forms::FieldError;

#[derive(Template)]
#[template(path = "stories/coding.html")]
pub(crate) struct CodingPage {
    crumbs: Vec<(String, String)>,
    errors: Vec<FieldError>,
    filter: StoryFilter,
    cards: Vec<StoryCard>,
    counts: Vec<ThemeCount>,
    chosen: Vec<String>,
    theme: String,
    notice: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    tagged: Option<u64>,
}

async fn render(
    state: &AppState,
    org: tessera_store::OrgId,
    filter: StoryFilter,
    chosen: Vec<String>,
    theme: String,
    problems: Vec<Problem>,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let all = state.app().stories(org, &StoryFilter::default()).await?;
    let counts = theme_counts(&all);
    let plans = state.app().org_plans(org).await?;
    let labeller = Labeller {
        plans: &plans,
        catalogue: state.catalogue(),
        lang: crate::http::auth::page().lang_code(),
    };
    let shown = filter.apply(all);
    let page = CodingPage {
        crumbs: crumbs(&[(
            "/stories/coding".to_owned(),
            tessera_l10n::t("stories-coding-title"),
        )]),
        errors: field_errors(problems),
        cards: shown.iter().map(|s| labeller.card(s)).collect(),
        filter,
        counts,
        chosen,
        theme,
        notice,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /stories/coding`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Query(filter): Query<StoryFilter>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let notice = done
        .tagged
        .map(|n| tessera_l10n::ta("stories-coding-done", &[("count", n.into())]));
    render(
        &state,
        org.id,
        filter,
        Vec::new(),
        String::new(),
        Vec::new(),
        notice,
    )
    .await
}

/// `POST /stories/coding`: the chosen stories gain the theme.
pub(crate) async fn code(
    State(state): State<AppState>,
    editor: AsEditor,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let chosen: Vec<String> = form
        .iter()
        .filter(|(k, _)| k == "stories")
        .map(|(_, v)| v.clone())
        .collect();
    let theme = form
        .iter()
        .find(|(k, _)| k == "theme")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    match state
        .app()
        .code_stories(&editor.actor(), &chosen, &theme)
        .await?
    {
        Ok(n) => Ok(Redirect::to(&format!("/stories/coding?tagged={n}")).into_response()),
        Err(problems) => {
            render(
                &state,
                editor.0.id,
                StoryFilter::default(),
                chosen,
                theme,
                problems,
                None,
            )
            .await
        }
    }
}
