//! A questionnaire's details: title and consent text, the dates it collects between, the
//! per-link limit, and the languages offered to respondents.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::questionnaires::edit::{self, Details};
use tessera_app::questionnaires::{Loaded, bank, title_in};
use tessera_survey::Lang;

use super::{field_errors, language_name, page_lang, questionnaire_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::ui::forms::FieldError;

#[derive(Template)]
#[template(path = "questionnaires/details.html")]
pub(crate) struct DetailsPage {
    crumbs: Vec<(String, String)>,
    id: String,
    form: Details,
    first_lang: String,
    first_dir: &'static str,
    /// (code, name, chosen) of the languages that can be offered.
    languages: Vec<(String, String, bool)>,
    errors: Vec<FieldError>,
}

fn render(loaded: &Loaded, form: Details, errors: Vec<FieldError>) -> Result<Response, PageError> {
    let q = &loaded.questionnaire;
    let mut offer: Vec<Lang> = bank()?.languages.clone();
    for l in q.text_languages() {
        if !offer.contains(&l) {
            offer.push(l);
        }
    }
    let first = q.languages.first().cloned().unwrap_or_else(Lang::english);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = DetailsPage {
        crumbs: questionnaire_crumbs(
            loaded.record.id,
            &title_in(q, &page_lang()),
            &[(
                format!("/questionnaires/{}/details", loaded.record.id),
                tessera_l10n::t("questionnaires-details-title"),
            )],
        ),
        id: loaded.record.id.to_string(),
        languages: offer
            .iter()
            .map(|l| {
                (
                    l.code().to_owned(),
                    language_name(l),
                    form.languages.iter().any(|c| c == l.code()),
                )
            })
            .collect(),
        first_lang: first.code().to_owned(),
        first_dir: first.dir(),
        form,
        errors,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(org.id, &id).await?;
    let q = &loaded.questionnaire;
    let first = q.languages.first().cloned().unwrap_or_else(Lang::english);
    let date = |d: Option<time::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let form = Details {
        title: q.title.value(&first).unwrap_or_default().to_owned(),
        consent: q.consent.value(&first).unwrap_or_default().to_owned(),
        opens_on: date(q.collection.opens_on),
        closes_on: date(q.collection.closes_on),
        per_link_limit: q
            .collection
            .per_link_limit
            .map(|n| n.to_string())
            .unwrap_or_default(),
        languages: q.languages.iter().map(|l| l.code().to_owned()).collect(),
    };
    render(&loaded, form, Vec::new())
}

pub(crate) async fn save(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(editor.0.id, &id).await?;
    let value = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    // The first language stays first when it is still chosen: it is the default.
    let first = loaded
        .questionnaire
        .languages
        .first()
        .map(|l| l.code().to_owned());
    let mut languages: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k == "language")
        .map(|(_, v)| v.clone())
        .collect();
    if let Some(f) = first
        && let Some(pos) = languages.iter().position(|c| *c == f)
    {
        let code = languages.remove(pos);
        languages.insert(0, code);
    }
    let form = Details {
        title: value("title"),
        consent: value("consent"),
        opens_on: value("opens_on"),
        closes_on: value("closes_on"),
        per_link_limit: value("per_link_limit"),
        languages,
    };
    let mut q = loaded.questionnaire.clone();
    if let Err(problems) = edit::set_details(&mut q, &form) {
        return render(&loaded, form, field_errors(problems));
    }
    match state
        .app()
        .save_questionnaire(&editor.actor(), loaded.record.id, &q, "changed the details")
        .await?
    {
        Ok(_) => Ok(Redirect::to(&format!("/questionnaires/{id}?done=saved")).into_response()),
        Err(problems) => render(
            &loaded,
            form,
            problems
                .into_iter()
                .map(|m| FieldError::new("title", m))
                .collect(),
        ),
    }
}
