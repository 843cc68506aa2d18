//! The self-assessments page (both kinds, with the latest of each) and the list of one kind's
//! assessments, with the form to compare two of them.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use serde::Deserialize;
use tessera_app::assessments::{Kind, gaps};
use tessera_store::Role;

use super::{crumbs, day, kind_of};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::CurrentOrg;

/// One kind on the self-assessments page.
pub(crate) struct KindCard {
    pub code: &'static str,
    pub name: String,
    pub intro: String,
    pub count: usize,
    /// (title, day) of the latest.
    pub latest: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "assessments/hub.html")]
pub(crate) struct HubPage {
    crumbs: Vec<(String, String)>,
    cards: Vec<KindCard>,
}

/// `GET /assessments`.
pub(crate) async fn hub(
    State(state): State<AppState>,
    current: CurrentOrg,
) -> Result<Html<String>, PageError> {
    let actor = current.actor();
    let mut cards = Vec::new();
    for kind in Kind::ALL {
        let all = state.app().assessments(&actor, kind).await?;
        cards.push(KindCard {
            code: kind.code(),
            name: kind.name(),
            intro: tessera_l10n::t(&format!("assessments-{}-intro", kind.code())),
            count: all.len(),
            latest: all
                .first()
                .map(|a| (a.record.title.clone(), day(&a.record.taken_on))),
        });
    }
    let page = HubPage {
        crumbs: crumbs(&[])[..1].to_vec(),
        cards,
    };
    Ok(Html(page.render()?))
}

/// One assessment as listed.
pub(crate) struct Line {
    pub id: String,
    pub title: String,
    pub taken_on: String,
    pub scored: usize,
    pub gaps: usize,
    pub actions: usize,
}

#[derive(Template)]
#[template(path = "assessments/list.html")]
pub(crate) struct ListPage {
    crumbs: Vec<(String, String)>,
    kind: &'static str,
    name: String,
    intro: String,
    lines: Vec<Line>,
    can_edit: bool,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    done: String,
}

/// `GET /assessments/{kind}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    current: CurrentOrg,
    Path(kind): Path<String>,
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, PageError> {
    let kind = kind_of(&kind)?;
    let actor = current.actor();
    let items = state.app().assessment_items(&actor, kind).await?;
    let lines = state
        .app()
        .assessments(&actor, kind)
        .await?
        .into_iter()
        .map(|a| Line {
            id: a.record.id.to_string(),
            title: a.record.title.clone(),
            taken_on: day(&a.record.taken_on),
            scored: a.answers.levels.len(),
            gaps: gaps(kind, &items, &a.answers).len(),
            actions: a.answers.actions.len(),
        })
        .collect();
    let page = ListPage {
        crumbs: crumbs(&[]),
        kind: kind.code(),
        name: kind.name(),
        intro: tessera_l10n::t(&format!("assessments-{}-intro", kind.code())),
        lines,
        can_edit: current.1.role >= Role::Editor,
        notice: (query.done == "deleted").then(|| tessera_l10n::t("assessments-done-deleted")),
    };
    Ok(Html(page.render()?))
}
