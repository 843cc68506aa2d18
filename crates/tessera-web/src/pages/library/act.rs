//! What another organisation does with an entry — copy its plan, comment or ask — and what its
//! owner does with a comment: answer it, hide it or show it again.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Redirect;

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

#[derive(serde::Deserialize, Default)]
pub(crate) struct CopyForm {
    #[serde(default)]
    title: String,
}

/// `POST /library/{id}/copy`: a new plan of the organisation, opened at once.
pub(crate) async fn copy(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<CopyForm>,
) -> Result<Redirect, PageError> {
    let plan = state
        .app()
        .copy_entry(&editor.actor(), &id, &form.title)
        .await?;
    Ok(Redirect::to(&format!("/plans/{plan}")))
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct CommentForm {
    #[serde(default)]
    body: String,
}

/// `POST /library/{id}/comments`.
pub(crate) async fn comment(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<CommentForm>,
) -> Result<Redirect, PageError> {
    match state
        .app()
        .comment_on_entry(&editor.actor(), &id, &form.body)
        .await?
    {
        Ok(c) => Ok(Redirect::to(&format!(
            "/library/{}?done=comment#comment-{}",
            c.entry, c.id
        ))),
        Err(problems) => Err(PageError::bad_request(
            problems
                .into_iter()
                .map(|p| p.message)
                .collect::<Vec<_>>()
                .join(" "),
        )),
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct AnswerForm {
    #[serde(default)]
    answer: String,
}

/// `POST /library/comments/{id}/answer`.
pub(crate) async fn answer(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<AnswerForm>,
) -> Result<Redirect, PageError> {
    let entry = state
        .app()
        .answer_comment(&editor.actor(), &id, &form.answer)
        .await?;
    Ok(Redirect::to(&format!(
        "/library/{entry}?done=answered#comment-{id}"
    )))
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct HideForm {
    #[serde(default)]
    hidden: String,
}

/// `POST /library/comments/{id}/hide`: `hidden=1` hides, anything else shows it again.
pub(crate) async fn hide(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<HideForm>,
) -> Result<Redirect, PageError> {
    let hidden = form.hidden == "1";
    let entry = state
        .app()
        .hide_comment(&editor.actor(), &id, hidden)
        .await?;
    let done = if hidden { "hidden" } else { "shown" };
    Ok(Redirect::to(&format!(
        "/library/{entry}?done={done}#comment-{id}"
    )))
}
