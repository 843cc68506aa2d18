//! A story's page, its photo or recording, and deleting it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::stories::consent::scopes;
use tessera_app::stories::kind_label;

use super::{Labeller, about, crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsOwner, CurrentOrg};

#[derive(Template)]
#[template(path = "stories/show.html")]
pub(crate) struct ShowPage {
    crumbs: Vec<(String, String)>,
    id: String,
    title: String,
    kind: String,
    body: Vec<String>,
    about: String,
    date: String,
    anonymised: bool,
    /// What the consent covers now, in words.
    scopes: String,
    reportable: bool,
    /// Which consent it rests on, in words.
    rests_on: String,
    withdrawn: bool,
    tags: Vec<(String, String)>,
    /// (media type, file name) of the photo or recording.
    file: Option<(String, String)>,
    recorded: String,
    notice: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: String,
}

/// `GET /stories/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Html<String>, PageError> {
    let story = state.app().story(org.id, &id).await?;
    let plans = state.app().org_plans(org.id).await?;
    let labeller = Labeller {
        plans: &plans,
        catalogue: state.catalogue(),
        lang: crate::http::auth::page().lang_code(),
    };
    let s = scopes(&story);
    let rests_on = match (&story.linked_consent, &story.participant_code) {
        (Some(c), Some(code)) => tessera_l10n::ta(
            "stories-rests-on-record",
            &[
                ("number", c.id.0.into()),
                ("code", code.clone().into()),
                ("date", crate::pages::participants::day(&c.given_on).into()),
            ],
        ),
        (None, Some(_)) => tessera_l10n::t("stories-rests-on-nothing"),
        _ => match (&story.consent.given_on, &story.consent.method) {
            (Some(on), Some(method)) => tessera_l10n::ta(
                "stories-rests-on-own",
                &[
                    ("date", crate::pages::participants::day(on).into()),
                    (
                        "method",
                        tessera_app::participants::consent::method_label(method).into(),
                    ),
                ],
            ),
            _ => tessera_l10n::t("stories-rests-on-nothing"),
        },
    };
    let page = ShowPage {
        crumbs: crumbs(&[(format!("/stories/{}", story.id), story.title.clone())]),
        id: story.id.to_string(),
        title: story.title.clone(),
        kind: kind_label(&story.kind),
        body: story
            .body
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect(),
        about: about(&story),
        date: story
            .occurred_on
            .as_deref()
            .map(crate::pages::participants::day)
            .unwrap_or_default(),
        anonymised: story.anonymised,
        scopes: s.label(),
        reportable: s.allows_report(),
        rests_on,
        withdrawn: s.withdrawn,
        tags: labeller.tags(&story),
        file: story.file.clone().map(|(name, media)| (media, name)),
        recorded: tessera_l10n::ta(
            "stories-recorded-by",
            &[
                ("who", story.created_by.clone().into()),
                (
                    "when",
                    crate::pages::participants::when(&story.created_at).into(),
                ),
            ],
        ),
        notice: match done.done.as_str() {
            "saved" => Some(tessera_l10n::t("stories-done-saved")),
            _ => None,
        },
    };
    Ok(Html(page.render()?))
}

/// `GET /stories/{id}/file`: the photo or recording, with the type checked from its content
/// when it was uploaded (only PNG, JPEG, WebP and audio are ever stored), never sniffed by the
/// browser, and never run as a page.
pub(crate) async fn file(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let file = state.app().story_file(org.id, &id).await?;
    let safe_name: String = file
        .file_name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || "._- ".contains(*c))
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, file.media_type.clone()),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "inline; filename=\"{}\"",
                    if safe_name.is_empty() {
                        "story"
                    } else {
                        &safe_name
                    }
                ),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; sandbox".to_owned(),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        file.bytes,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "stories/delete.html")]
pub(crate) struct DeletePage {
    crumbs: Vec<(String, String)>,
    id: String,
    title: String,
}

/// `GET /stories/{id}/delete` (owners).
pub(crate) async fn delete_confirm(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let story = state.app().story(org.id, &id).await?;
    Ok(Html(
        DeletePage {
            crumbs: crumbs(&[(format!("/stories/{}", story.id), story.title.clone())]),
            id: story.id.to_string(),
            title: story.title,
        }
        .render()?,
    ))
}

/// `POST /stories/{id}/delete` (owners).
pub(crate) async fn delete(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    state.app().delete_story(&owner.actor(), &id).await?;
    Ok(Redirect::to("/stories?done=deleted").into_response())
}
