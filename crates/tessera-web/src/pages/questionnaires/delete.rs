//! Deleting a questionnaire (editors and owners): `GET /questionnaires/{id}/delete` says what
//! will go, `POST` does it. A questionnaire that has been answered is deleted only when the
//! person also ticks that its answers go with it; the audit log keeps its last content.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::questionnaires::{Loaded, title_in};
use tessera_store::prelude::*;

use super::{page_lang, questionnaire_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::ui::forms::FieldError;

#[derive(Template)]
#[template(path = "questionnaires/delete.html")]
pub(crate) struct DeletePage {
    crumbs: Vec<(String, String)>,
    id: String,
    title: String,
    version: i64,
    questions: usize,
    /// Whether any version has answers.
    answered: bool,
    /// How many responses are stored.
    responses: i64,
    errors: Vec<FieldError>,
}

/// Whether any version of the questionnaire has answers: stored responses, or a version
/// frozen by its answers (a second version is only ever made because the first was answered).
fn has_answers(loaded: &Loaded, responses: i64) -> bool {
    responses > 0 || loaded.record.answered || loaded.record.version > 1
}

/// How many responses the questionnaire has (the store deletes them with it).
async fn responses(state: &AppState, loaded: &Loaded) -> Result<i64, PageError> {
    Ok(state
        .store()
        .response_counts(loaded.record.org, loaded.record.id)
        .await?
        .iter()
        .map(|(_, n)| n)
        .sum())
}

fn render(loaded: &Loaded, responses: i64, errors: Vec<FieldError>) -> Result<Response, PageError> {
    let title = title_in(&loaded.questionnaire, &page_lang());
    let id = loaded.record.id.to_string();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = DeletePage {
        crumbs: questionnaire_crumbs(
            &id,
            &title,
            &[(
                format!("/questionnaires/{id}/delete"),
                tessera_l10n::t("questionnaires-delete-crumb"),
            )],
        ),
        id,
        title,
        version: loaded.record.version,
        questions: loaded.questionnaire.items.len(),
        answered: has_answers(loaded, responses),
        responses,
        errors,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /questionnaires/{id}/delete`: what deleting takes away, and the button.
pub(crate) async fn confirm(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(org.id, &id).await?;
    let n = responses(&state, &loaded).await?;
    render(&loaded, n, Vec::new())
}

#[derive(Deserialize, Default)]
pub(crate) struct DeleteForm {
    #[serde(default)]
    answers_too: String,
}

/// `POST /questionnaires/{id}/delete`: deletes the questionnaire and all its versions, refused
/// with the reason when it has answers and the person has not agreed to lose them.
pub(crate) async fn delete(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(id): Path<String>,
    Form(form): Form<DeleteForm>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(org.id, &id).await?;
    let n = responses(&state, &loaded).await?;
    if has_answers(&loaded, n) && form.answers_too != "yes" {
        return render(
            &loaded,
            n,
            vec![FieldError::new(
                "answers_too",
                tessera_l10n::t("questionnaires-delete-error-answers"),
            )],
        );
    }
    if !state
        .store()
        .delete_questionnaire(org.id, loaded.record.id, &who.actor)
        .await?
    {
        return Err(tessera_app::questionnaires::not_found().into());
    }
    Ok(Redirect::to("/questionnaires?done=deleted").into_response())
}
