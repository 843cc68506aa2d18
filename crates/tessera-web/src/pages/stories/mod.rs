//! Stories' pages (issue 17): the organisation's evidence records with search and filters, a
//! story's page with its file, the forms to record and change one, and the coding view. Every
//! page calls `tessera_app::stories` and says everything through the `stories` message files.

pub(crate) mod beside;
pub(crate) mod coding;
pub(crate) mod edit;
pub(crate) mod list;
pub(crate) mod show;

use tessera_app::participants::Problem;
use tessera_app::stories::consent::scopes;
use tessera_app::stories::{kind_label, tag_kind_label};
use tessera_framework::Catalogue;
use tessera_l10n::t;
use tessera_plan::{Plan, Side};
use tessera_store::{PlanId, Story, StoryTag};

use crate::ui::forms::FieldError;

/// Form problems as the error summary and fields show them.
pub(crate) fn field_errors(problems: Vec<Problem>) -> Vec<FieldError> {
    problems
        .into_iter()
        .map(|p| FieldError::new(p.field, p.message))
        .collect()
}

/// Home › Stories, then `extra`.
pub(crate) fn crumbs(extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), t("nav-home")),
        ("/stories".to_owned(), t("stories-list-title")),
    ];
    all.extend_from_slice(extra);
    all
}

/// Names tags for people: outcomes by their text, indicators and domains by their names.
pub(crate) struct Labeller<'a> {
    pub plans: &'a [(PlanId, Plan)],
    pub catalogue: &'a Catalogue,
    pub lang: &'a str,
}

impl Labeller<'_> {
    /// A tag's value in words.
    pub(crate) fn value(&self, tag: &StoryTag) -> String {
        match tag.kind.as_str() {
            "outcome" => tag
                .value
                .split_once('/')
                .and_then(|(plan, outcome)| {
                    let (_, p) = self.plans.iter().find(|(id, _)| id.to_string() == plan)?;
                    let o = p.outcomes.iter().find(|o| o.id == outcome)?;
                    Some(format!("{} — {}", p.title, o.text))
                })
                .unwrap_or_else(|| tag.value.clone()),
            "indicator" => self
                .catalogue
                .indicator(&tag.value)
                .map_or_else(|| tag.value.clone(), |i| i.name.clone()),
            "domain" => tag
                .value
                .split_once('/')
                .and_then(|(pack, d)| self.catalogue.domain(pack, d))
                .map_or_else(|| tag.value.clone(), |d| d.name_in(self.lang).to_owned()),
            "side" => Side::parse(&tag.value).map_or_else(|| tag.value.clone(), Side::text),
            _ => tag.value.clone(),
        }
    }

    /// A story's tags as (kind, value) in words.
    pub(crate) fn tags(&self, story: &Story) -> Vec<(String, String)> {
        story
            .tags
            .iter()
            .map(|tag| (tag_kind_label(&tag.kind), self.value(tag)))
            .collect()
    }

    /// A story as a list shows it.
    pub(crate) fn card(&self, story: &Story) -> StoryCard {
        StoryCard::new(story, self.tags(story))
    }
}

/// A story as lists, the plan page and the report builder show it.
pub(crate) struct StoryCard {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub excerpt: String,
    pub about: String,
    pub date: String,
    pub scopes: String,
    pub reportable: bool,
    pub anonymised: bool,
    pub tags: Vec<(String, String)>,
}

impl StoryCard {
    pub(crate) fn new(story: &Story, tags: Vec<(String, String)>) -> Self {
        let s = scopes(story);
        let excerpt: String = story.body.chars().take(280).collect();
        let excerpt = if story.body.chars().count() > 280 {
            format!("{excerpt}…")
        } else {
            excerpt
        };
        Self {
            id: story.id.to_string(),
            title: story.title.clone(),
            kind: kind_label(&story.kind),
            excerpt,
            about: about(story),
            date: story
                .occurred_on
                .as_deref()
                .map(tessera_app::participants::consent::display_date)
                .unwrap_or_default(),
            scopes: s.label(),
            reportable: s.allows_report(),
            anonymised: story.anonymised,
            tags,
        }
    }
}

/// Who a story is about, in words: the participant's code or the group.
pub(crate) fn about(story: &Story) -> String {
    match (&story.participant_code, story.group_label.is_empty()) {
        (Some(code), _) => tessera_l10n::ta(
            "stories-about-participant",
            &[("code", code.clone().into())],
        ),
        (None, false) => story.group_label.clone(),
        (None, true) => t("stories-about-nobody"),
    }
}

/// The stories tagged to one of a plan's outcomes, for the plan's page.
pub(crate) struct OutcomeStories {
    pub outcome: String,
    pub cards: Vec<StoryCard>,
}

/// The plan's outcomes that have stories, each with its stories, in the plan's order.
pub(crate) async fn beside_outcomes(
    state: &crate::AppState,
    org: tessera_store::OrgId,
    id: PlanId,
    plan: &Plan,
) -> Result<Vec<OutcomeStories>, crate::http::error::PageError> {
    let mut by_outcome = state.app().stories_by_outcome(org, id).await?;
    if by_outcome.is_empty() {
        return Ok(Vec::new());
    }
    let plans = state.app().org_plans(org).await?;
    let labeller = Labeller {
        plans: &plans,
        catalogue: state.catalogue(),
        lang: crate::http::auth::page().lang_code(),
    };
    Ok(plan
        .outcomes
        .iter()
        .filter_map(|o| {
            let stories = by_outcome.remove(&o.id)?;
            Some(OutcomeStories {
                outcome: o.text.clone(),
                cards: stories.iter().map(|s| labeller.card(s)).collect(),
            })
        })
        .collect())
}
