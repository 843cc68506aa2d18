//! A questionnaire's languages: for each, how many of its texts exist and how many a fluent
//! speaker has reviewed, the texts still unreviewed, and the translator's spreadsheet out and in.

use askama::Template;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::questionnaires::{Loaded, title_in};
use tessera_survey::translations::{language_summary, text, text_keys};

use super::{language_name, page_lang, questionnaire_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};

/// Largest translator's spreadsheet taken.
const MAX_BYTES: usize = 5 * 1024 * 1024;

/// One language's standing.
pub(crate) struct Standing {
    pub code: String,
    pub name: String,
    pub dir: &'static str,
    pub offered: bool,
    pub total: usize,
    pub present: usize,
    pub reviewed: usize,
    /// (key, text) of texts present but unreviewed (the first few).
    pub unreviewed: Vec<(String, String)>,
    pub more: usize,
}

#[derive(Template)]
#[template(path = "questionnaires/languages.html")]
pub(crate) struct LanguagesPage {
    crumbs: Vec<(String, String)>,
    id: String,
    languages: Vec<Standing>,
    problems: Vec<String>,
}

/// How many unreviewed texts each language lists on the page.
const SHOWN: usize = 12;

fn render(loaded: &Loaded, problems: Vec<String>) -> Result<Response, PageError> {
    let q = &loaded.questionnaire;
    let keys = text_keys(q);
    let languages = language_summary(q)
        .into_iter()
        .map(|(l, total, present, reviewed)| {
            let list: Vec<(String, String)> = keys
                .iter()
                .filter_map(|(k, _)| {
                    text(q, k)
                        .and_then(|t| t.get(&l))
                        .filter(|t| !t.reviewed)
                        .map(|t| (k.clone(), t.value.clone()))
                })
                .collect();
            Standing {
                code: l.code().to_owned(),
                name: language_name(&l),
                dir: l.dir(),
                offered: q.languages.contains(&l),
                total,
                present,
                reviewed,
                more: list.len().saturating_sub(SHOWN),
                unreviewed: list.into_iter().take(SHOWN).collect(),
            }
        })
        .collect();
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = LanguagesPage {
        crumbs: questionnaire_crumbs(
            loaded.record.id,
            &title_in(q, &page_lang()),
            &[(
                format!("/questionnaires/{}/languages", loaded.record.id),
                tessera_l10n::t("questionnaires-languages-title"),
            )],
        ),
        id: loaded.record.id.to_string(),
        languages,
        problems,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(org.id, &id).await?;
    render(&loaded, Vec::new())
}

pub(crate) async fn download(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (name, bytes) = state.app().questionnaire_translations(org.id, &id).await?;
    Ok(super::io::xlsx(&name, bytes))
}

pub(crate) async fn upload(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, PageError> {
    // The questionnaire first, so another organisation's gets "not found" whatever it sent.
    let loaded = state.app().questionnaire(editor.0.id, &id).await?;
    let Ok(mut multipart) = Multipart::from_request(request, &state).await else {
        return render(
            &loaded,
            vec![tessera_l10n::t("questionnaires-upload-unreadable")],
        );
    };
    let file = match super::io::file_field(&mut multipart, MAX_BYTES).await {
        Ok(f) => f,
        Err(message) => return render(&loaded, vec![message]),
    };
    match state
        .app()
        .import_questionnaire_translations(&editor.actor(), &id, &file.1)
        .await?
    {
        Ok(_) => {
            Ok(Redirect::to(&format!("/questionnaires/{id}?done=translations")).into_response())
        }
        Err(problems) => render(&loaded, problems),
    }
}
