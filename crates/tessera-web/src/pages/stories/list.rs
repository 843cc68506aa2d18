//! The organisation's stories, searched and filtered by words, kind, tag, theme, side and date.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use tessera_app::stories::filter::StoryFilter;
use tessera_app::stories::kind_label;
use tessera_store::{STORY_KINDS, StoryTag};

use super::{Labeller, StoryCard, crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

#[derive(Template)]
#[template(path = "stories/list.html")]
pub(crate) struct ListPage {
    crumbs: Vec<(String, String)>,
    org_name: String,
    filter: StoryFilter,
    cards: Vec<StoryCard>,
    total: usize,
    kinds: Vec<(String, String)>,
    themes: Vec<String>,
    /// (`kind:value`, words) of every outcome, indicator and domain tag in use.
    tags: Vec<(String, String)>,
    sides: Vec<(String, String)>,
    notice: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: String,
}

/// (code, words) of both sides.
pub(crate) fn sides() -> Vec<(String, String)> {
    tessera_plan::Side::ALL
        .iter()
        .map(|s| (s.code().to_owned(), s.text()))
        .collect()
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Query(filter): Query<StoryFilter>,
    Query(done): Query<Done>,
) -> Result<Html<String>, PageError> {
    let all = state.app().stories(org.id, &StoryFilter::default()).await?;
    let plans = state.app().org_plans(org.id).await?;
    let lang = crate::http::auth::page().lang_code();
    let labeller = Labeller {
        plans: &plans,
        catalogue: state.catalogue(),
        lang,
    };
    let mut themes: Vec<String> = Vec::new();
    let mut tags: Vec<(String, String)> = Vec::new();
    for story in &all {
        for tag in &story.tags {
            match tag.kind.as_str() {
                "theme" => {
                    if !themes.iter().any(|t| t.eq_ignore_ascii_case(&tag.value)) {
                        themes.push(tag.value.clone());
                    }
                }
                "side" => {}
                _ => {
                    let key = format!("{}:{}", tag.kind, tag.value);
                    if !tags.iter().any(|(k, _)| *k == key) {
                        let words = format!(
                            "{}: {}",
                            tessera_app::stories::tag_kind_label(&tag.kind),
                            labeller.value(&StoryTag::new(&tag.kind, tag.value.clone()))
                        );
                        tags.push((key, words));
                    }
                }
            }
        }
    }
    themes.sort_by_key(|t| t.to_lowercase());
    tags.sort_by(|a, b| a.1.cmp(&b.1));
    let total = all.len();
    let shown = filter.apply(all);
    let page = ListPage {
        crumbs: crumbs(&[]),
        org_name: org.name,
        cards: shown.iter().map(|s| labeller.card(s)).collect(),
        total,
        filter,
        kinds: STORY_KINDS
            .iter()
            .map(|k| ((*k).to_owned(), kind_label(k)))
            .collect(),
        themes,
        tags,
        sides: sides(),
        notice: match done.done.as_str() {
            "deleted" => Some(tessera_l10n::t("stories-done-deleted")),
            _ => None,
        },
    };
    Ok(Html(page.render()?))
}
