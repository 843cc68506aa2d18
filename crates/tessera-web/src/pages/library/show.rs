//! `GET /library/{id}`: an entry as the organisation may read it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use tessera_app::library::facets::{authority_name, design_name, region_name};
use tessera_app::stories::kind_label;
use tessera_l10n::{t, ta};

use super::{FigureRow, crumbs, date_of, strength_of};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

/// A story as the entry shows it.
pub(crate) struct StoryLine {
    pub kind: String,
    pub title: String,
    pub body: Vec<String>,
}

/// A comment as the entry shows it.
pub(crate) struct CommentLine {
    pub id: String,
    pub by: String,
    pub body: Vec<String>,
    pub answer: Vec<String>,
    pub answer_text: String,
    pub hidden: bool,
}

#[derive(Template)]
#[template(path = "library/show.html")]
pub(crate) struct ShowPage {
    crumbs: Vec<(String, String)>,
    id: String,
    title: String,
    org: String,
    published: String,
    /// Whether the reader's organisation published it.
    own: bool,
    withdrawn: Option<String>,
    audience: String,
    summary: Vec<String>,
    goal: String,
    activities: Vec<String>,
    groups: Vec<(String, String)>,
    sides: String,
    region: String,
    authority: String,
    when: String,
    strength: String,
    design: String,
    people: String,
    comparison: String,
    uncertainty: String,
    figures: Vec<FigureRow>,
    figures_intro: String,
    not_worked: Vec<String>,
    lessons: Vec<String>,
    costs: Vec<String>,
    stories: Vec<StoryLine>,
    comments: Vec<CommentLine>,
    notice: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: String,
}

/// Text split into paragraphs at blank lines.
pub(crate) fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

fn yes_no(b: bool) -> String {
    t(if b { "library-yes" } else { "library-no" })
}

/// `GET /library/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Html<String>, PageError> {
    let view = state.app().library_entry(org.id, &id).await?;
    let (entry, content) = (&view.entry, &view.content);
    let s = strength_of(entry, content);
    let own = entry.org == org.id;
    let day = crate::pages::participants::day;
    let when = match (&content.started_on, &content.ended_on) {
        (Some(a), Some(b)) => ta(
            "library-entry-period",
            &[("start", day(a).into()), ("end", day(b).into())],
        ),
        (Some(a), None) => ta("library-entry-from", &[("start", day(a).into())]),
        (None, Some(b)) => ta("library-entry-until", &[("end", day(b).into())]),
        (None, None) => t("library-entry-unknown-dates"),
    };
    let page = ShowPage {
        crumbs: crumbs(&[(format!("/library/{}", entry.id), entry.title.clone())]),
        id: entry.id.to_string(),
        title: entry.title.clone(),
        org: entry.org_name.clone(),
        published: date_of(&entry.published_at),
        own,
        withdrawn: entry.withdrawn_at.as_deref().map(date_of),
        audience: match &entry.audience {
            None => t("library-entry-everyone"),
            Some(orgs) => orgs
                .iter()
                .map(|(_, n)| n.clone())
                .collect::<Vec<_>>()
                .join(", "),
        },
        summary: paragraphs(&content.summary),
        goal: content.goal.clone(),
        activities: content.activities.clone(),
        groups: content
            .target_groups
            .iter()
            .map(|g| (g.name.clone(), g.side.text()))
            .collect(),
        sides: content
            .sides
            .iter()
            .map(|s| s.text())
            .collect::<Vec<_>>()
            .join(", "),
        region: region_name(&entry.region),
        authority: authority_name(&entry.authority_type),
        when,
        strength: s.text(),
        design: design_name(s.design),
        people: s.sample_size.map_or_else(
            || t("library-not-stated"),
            |n| tessera_l10n::number(n as f64, 0),
        ),
        comparison: yes_no(s.comparison_group),
        uncertainty: yes_no(s.uncertainty_shown),
        figures: content.figures.iter().map(FigureRow::of).collect(),
        figures_intro: ta(
            "library-entry-changed-intro",
            &[
                ("date", date_of(&entry.published_at).into()),
                ("count", content.min_cell.into()),
            ],
        ),
        not_worked: paragraphs(&content.not_worked),
        lessons: paragraphs(&content.lessons),
        costs: paragraphs(&content.costs),
        stories: content
            .stories
            .iter()
            .map(|s| StoryLine {
                kind: kind_label(&s.kind),
                title: s.title.clone(),
                body: paragraphs(&s.body),
            })
            .collect(),
        comments: view
            .comments
            .iter()
            .map(|c| CommentLine {
                id: c.id.to_string(),
                by: ta(
                    "library-comment-by",
                    &[
                        ("org", c.org_name.clone().into()),
                        ("date", date_of(&c.created_at).into()),
                    ],
                ),
                body: paragraphs(&c.body),
                answer: paragraphs(&c.answer),
                answer_text: c.answer.clone(),
                hidden: c.hidden,
            })
            .collect(),
        notice: match done.done.as_str() {
            "" => None,
            other => Some(t(&format!("library-done-{other}"))).filter(|_| {
                [
                    "published",
                    "saved",
                    "withdrawn",
                    "comment",
                    "answered",
                    "hidden",
                    "shown",
                ]
                .contains(&other)
            }),
        },
    };
    Ok(Html(page.render()?))
}
