//! The builder: a questionnaire's questions in order with buttons to move and remove them,
//! forms to add a bank question or one of the organisation's own, and links to its details,
//! preview, languages and XLSForm.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::questionnaires::edit::{self, Move, OwnQuestion};
use tessera_app::questionnaires::{Loaded, bank, plan_indicators, title_in};
use tessera_survey::{QuestionType, Questionnaire};

use super::{
    Shown, field_errors, page_lang, questionnaire_crumbs, shown, source_label, type_label,
};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};
use crate::ui::forms::FieldError;

/// One question as the builder lists it.
pub(crate) struct Line {
    pub number: usize,
    pub name: String,
    pub label: Shown,
    pub kind: String,
    pub source: String,
    pub required: bool,
    pub page: Option<Shown>,
    pub indicators: Vec<String>,
    pub conditional: bool,
    pub first: bool,
    pub last: bool,
}

/// A bank question that can be added, under its page's heading.
pub(crate) struct BankGroup {
    pub page: String,
    pub options: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "questionnaires/show.html")]
pub(crate) struct ShowPage {
    crumbs: Vec<(String, String)>,
    id: String,
    title: Shown,
    version: i64,
    answered: bool,
    plan: Option<(String, String)>,
    lines: Vec<Line>,
    bank: Vec<BankGroup>,
    /// (indicator name, reason) of the plan's indicators no question asks about.
    not_covered: Vec<(String, String)>,
    types: Vec<(String, String)>,
    errors: Vec<FieldError>,
    own: OwnQuestion,
    notice: Option<String>,
    problems: Vec<String>,
}

#[derive(Deserialize, Default)]
pub(crate) struct ShowQuery {
    #[serde(default)]
    done: String,
}

async fn render(
    state: &AppState,
    loaded: &Loaded,
    errors: Vec<FieldError>,
    own: OwnQuestion,
    notice: Option<String>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let lang = page_lang();
    let q = &loaded.questionnaire;
    let catalogue = state.app().catalogue();
    let indicator_name = |key: &str| {
        catalogue
            .indicator(key)
            .map_or_else(|| key.to_owned(), |i| i.name.clone())
    };
    let count = q.items.len();
    let lines = q
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let question = &item.question;
            let same_page = |j: usize| {
                q.items
                    .get(j)
                    .is_some_and(|o| o.question.group == question.group)
            };
            Line {
                number: i + 1,
                name: question.name.to_string(),
                label: shown(&question.label, &lang),
                kind: type_label(question.kind),
                source: source_label(&item.source),
                required: question.required,
                page: question
                    .group
                    .as_ref()
                    .and_then(|g| q.group(g))
                    .map(|g| shown(&g.title, &lang)),
                indicators: question
                    .rules
                    .iter()
                    .map(|r| indicator_name(&r.indicator))
                    .collect(),
                conditional: !question.show_if.is_empty(),
                first: i == 0 || !same_page(i - 1),
                last: i + 1 == count || !same_page(i + 1),
            }
        })
        .collect();
    let b = bank()?;
    let bank_groups = b
        .pages
        .iter()
        .map(|p| BankGroup {
            page: shown(&p.title, &lang).text,
            options: b
                .questions
                .iter()
                .filter(|bq| bq.page == p.name && q.item(&bq.question.name).is_none())
                .map(|bq| (bq.id.to_string(), shown(&bq.question.label, &lang).text))
                .collect(),
        })
        .filter(|g| !g.options.is_empty())
        .collect();
    let mut plan = None;
    let mut not_covered = Vec::new();
    if let Some(plan_id) = loaded.record.plan
        && let Ok((record, p)) = state
            .app()
            .plan(loaded.record.org, &plan_id.to_string())
            .await
    {
        plan = Some((record.id.to_string(), p.title.clone()));
        for key in plan_indicators(&p) {
            let asked = q
                .questions()
                .any(|x| x.rules.iter().any(|r| r.indicator == key));
            if !asked {
                let reason = b.not_measurable(&key).map_or_else(
                    || tessera_l10n::t("questionnaires-not-covered-removed"),
                    |n| n.reason.clone(),
                );
                not_covered.push((indicator_name(&key), reason));
            }
        }
    }
    let status = if errors.is_empty() && problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = ShowPage {
        crumbs: questionnaire_crumbs(loaded.record.id, &title_in(q, &lang), &[]),
        id: loaded.record.id.to_string(),
        title: shown(&q.title, &lang),
        version: loaded.record.version,
        answered: loaded.record.answered,
        plan,
        lines,
        bank: bank_groups,
        not_covered,
        types: QuestionType::ALL
            .iter()
            .map(|t| (t.code().to_owned(), type_label(*t)))
            .collect(),
        errors,
        own,
        notice,
        problems,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
    Query(query): Query<ShowQuery>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(org.id, &id).await?;
    let notice = match query.done.as_str() {
        "created" => Some(tessera_l10n::t("questionnaires-done-created")),
        "saved" => Some(tessera_l10n::t("questionnaires-done-saved")),
        "imported" => Some(tessera_l10n::t("questionnaires-done-imported")),
        "translations" => Some(tessera_l10n::t("questionnaires-done-translations")),
        _ => None,
    };
    render(
        &state,
        &loaded,
        Vec::new(),
        OwnQuestion::default(),
        notice,
        Vec::new(),
    )
    .await
}

/// Saves `q`, then back to the builder; the problems on the builder otherwise.
async fn save(
    state: &AppState,
    editor: &AsEditor,
    loaded: &Loaded,
    q: &Questionnaire,
    summary: &str,
) -> Result<Response, PageError> {
    match state
        .app()
        .save_questionnaire(&editor.actor(), loaded.record.id, q, summary)
        .await?
    {
        Ok(_) => Ok(
            Redirect::to(&format!("/questionnaires/{}?done=saved", loaded.record.id))
                .into_response(),
        ),
        Err(problems) => {
            render(
                state,
                loaded,
                Vec::new(),
                OwnQuestion::default(),
                None,
                problems,
            )
            .await
        }
    }
}

pub(crate) async fn move_question(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((id, name, action)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(editor.0.id, &id).await?;
    let how = Move::parse(&action)
        .ok_or_else(|| PageError::not_found(tessera_l10n::t("error-no-page")))?;
    let mut q = loaded.questionnaire.clone();
    if !edit::apply_move(&mut q, &name, how) {
        // Nothing to change (the first question up, an unknown name): say so, store nothing.
        let problem = tessera_l10n::t("questionnaires-error-cannot-move");
        return render(
            &state,
            &loaded,
            Vec::new(),
            OwnQuestion::default(),
            None,
            vec![problem],
        )
        .await;
    }
    save(&state, &editor, &loaded, &q, how.summary()).await
}

pub(crate) async fn add(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(editor.0.id, &id).await?;
    let value = |k: &str| {
        form.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut q = loaded.questionnaire.clone();
    let own = OwnQuestion {
        name: value("name"),
        kind: value("kind"),
        label: value("label"),
        hint: value("hint"),
        required: value("required") == "yes",
        choices: value("choices"),
        min: value("min"),
        max: value("max"),
    };
    let (result, summary) = if value("from") == "bank" {
        (
            edit::add_bank_question(&mut q, bank()?, &value("bank")),
            "added a bank question",
        )
    } else {
        (
            edit::add_own_question(&mut q, &own),
            "added an own question",
        )
    };
    match result {
        Ok(()) => save(&state, &editor, &loaded, &q, summary).await,
        Err(problems) => {
            render(
                &state,
                &loaded,
                field_errors(problems),
                own,
                None,
                Vec::new(),
            )
            .await
        }
    }
}
