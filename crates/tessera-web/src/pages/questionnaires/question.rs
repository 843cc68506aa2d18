//! One question's edit page: its words and help in each of the questionnaire's languages,
//! whether it must be answered, and when it is shown ("show if" conditions on earlier answers,
//! see [`super::show_if`]).

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::questionnaires::edit;
use tessera_app::questionnaires::{Loaded, title_in};
use tessera_survey::Lang;

use super::{field_errors, language_name, page_lang, questionnaire_crumbs, show_if, type_label};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::ui::forms::FieldError;

#[derive(Template)]
#[template(path = "questionnaires/question.html")]
pub(crate) struct QuestionPage {
    crumbs: Vec<(String, String)>,
    id: String,
    name: String,
    kind: String,
    /// (code, name, chosen) of the questionnaire's languages.
    languages: Vec<(String, String, bool)>,
    lang: String,
    dir: &'static str,
    label: String,
    hint: String,
    required: bool,
    /// (code, words in this language, words in the first language, field id) of each choice.
    choices: Vec<(String, String, String, String)>,
    takes_answer: bool,
    reviewed: bool,
    /// The "show if" conditions, then an empty one to add.
    show_if: Vec<show_if::Shown>,
    /// The questions a condition may name.
    earlier: Vec<show_if::Earlier>,
    /// (code, name) of the tests.
    tests: Vec<(&'static str, String)>,
    errors: Vec<FieldError>,
}

#[derive(Deserialize, Default)]
pub(crate) struct LangQuery {
    #[serde(default)]
    language: String,
}

/// What was typed into the form: label, hint, required, (choice code, words).
type Typed = (String, String, bool, Vec<(String, String)>);

fn chosen_lang(loaded: &Loaded, code: &str) -> Lang {
    Lang::parse(code)
        .ok()
        .filter(|l| loaded.questionnaire.languages.contains(l))
        .or_else(|| loaded.questionnaire.languages.first().cloned())
        .unwrap_or_else(Lang::english)
}

fn render(
    loaded: &Loaded,
    name: &str,
    lang: &Lang,
    form: Option<(Typed, Vec<show_if::Row>)>,
    errors: Vec<FieldError>,
) -> Result<Response, PageError> {
    let q = &loaded.questionnaire;
    let question = q
        .questions()
        .find(|x| x.name.as_str() == name)
        .ok_or_else(|| PageError::not_found(tessera_l10n::t("questionnaires-error-no-question")))?;
    let first = q.languages.first().cloned().unwrap_or_else(Lang::english);
    let ((label, hint, required, typed), mut rows) = form.unwrap_or_else(|| {
        (
            (
                question.label.value(lang).unwrap_or_default().to_owned(),
                question.hint.value(lang).unwrap_or_default().to_owned(),
                question.required,
                Vec::new(),
            ),
            Vec::new(),
        )
    });
    // A form always sends at least the empty "add a condition" row; none means none was sent.
    if rows.is_empty() {
        rows = show_if::rows(question);
    }
    let choices = question
        .choices
        .iter()
        .map(|c| {
            let code = c.code.to_string();
            let words = typed
                .iter()
                .find(|(k, _)| *k == code)
                .map(|(_, w)| w.clone())
                .unwrap_or_else(|| c.label.value(lang).unwrap_or_default().to_owned());
            let source = c.label.value(&first).unwrap_or_default().to_owned();
            let field = format!("choice-{code}");
            (code, words, source, field)
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = QuestionPage {
        crumbs: questionnaire_crumbs(
            loaded.record.id,
            &title_in(q, &page_lang()),
            &[(
                format!("/questionnaires/{}/questions/{name}", loaded.record.id),
                name.to_owned(),
            )],
        ),
        id: loaded.record.id.to_string(),
        name: name.to_owned(),
        kind: type_label(question.kind),
        languages: q
            .languages
            .iter()
            .map(|l| (l.code().to_owned(), language_name(l), l == lang))
            .collect(),
        lang: lang.code().to_owned(),
        dir: lang.dir(),
        label,
        hint,
        required,
        choices,
        takes_answer: question.kind.takes_answer(),
        reviewed: question.label.get(lang).is_some_and(|t| t.reviewed),
        show_if: show_if::shown_rows(rows),
        earlier: show_if::earlier(q, name, &page_lang()),
        tests: show_if::tests(),
        errors,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path((id, name)): Path<(String, String)>,
    Query(query): Query<LangQuery>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(org.id, &id).await?;
    let lang = chosen_lang(&loaded, &query.language);
    render(&loaded, &name, &lang, None, Vec::new())
}

pub(crate) async fn save(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((id, name)): Path<(String, String)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(editor.0.id, &id).await?;
    let value = |k: &str| {
        form.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let lang = chosen_lang(&loaded, &value("language"));
    let (label, hint, required) = (value("label"), value("hint"), value("required") == "yes");
    let choices: Vec<(String, String)> = form
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("choice-").map(|c| (c.to_owned(), v.clone())))
        .collect();
    let rows = show_if::typed(&form);
    let mut q = loaded.questionnaire.clone();
    if let Err(problems) =
        edit::edit_question(&mut q, &name, &lang, &label, &hint, required, &choices)
    {
        return render(
            &loaded,
            &name,
            &lang,
            Some(((label, hint, required, choices), rows)),
            field_errors(problems),
        );
    }
    let conditions = match show_if::read(&q, &name, &rows) {
        Ok(c) => c,
        Err(errors) => {
            return render(
                &loaded,
                &name,
                &lang,
                Some(((label, hint, required, choices), rows)),
                errors,
            );
        }
    };
    // Only a form that showed the conditions changes them (the first question has none to show).
    if !rows.is_empty()
        && let Some(item) = q
            .items
            .iter_mut()
            .find(|i| i.question.name.as_str() == name)
    {
        item.question.show_if = conditions;
    }
    match state
        .app()
        .save_questionnaire(&editor.actor(), loaded.record.id, &q, "edited a question")
        .await?
    {
        Ok(_) => Ok(Redirect::to(&format!("/questionnaires/{id}?done=saved")).into_response()),
        Err(problems) => render(
            &loaded,
            &name,
            &lang,
            Some(((label, hint, required, choices), rows)),
            problems
                .into_iter()
                .map(|m| FieldError::new("label", m))
                .collect(),
        ),
    }
}
