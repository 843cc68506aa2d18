//! The organisation's questionnaires, and starting a new one from a plan or from domains.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::AppError;

use super::{crumbs, page_lang};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};
use crate::ui::forms::FieldError;

/// One questionnaire as listed.
pub(crate) struct Line {
    pub id: String,
    pub title: String,
    pub version: i64,
    pub questions: usize,
    pub languages: String,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "questionnaires/list.html")]
pub(crate) struct ListPage {
    crumbs: Vec<(String, String)>,
    notice: Option<String>,
    lines: Vec<Line>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    done: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, PageError> {
    let lang = page_lang();
    let notice = (query.done == "deleted").then(|| tessera_l10n::t("questionnaires-done-deleted"));
    let lines = state
        .app()
        .questionnaire_list(org.id)
        .await?
        .into_iter()
        .map(|l| Line {
            id: l.record.id.to_string(),
            title: tessera_app::questionnaires::title_in(&l.questionnaire, &lang),
            version: l.record.version,
            questions: l.questionnaire.items.len(),
            languages: l
                .questionnaire
                .languages
                .iter()
                .map(super::language_name)
                .collect::<Vec<_>>()
                .join(", "),
            updated: l.record.updated_at.chars().take(10).collect(),
        })
        .collect();
    Ok(Html(
        ListPage {
            crumbs: crumbs(&[]),
            notice,
            lines,
        }
        .render()?,
    ))
}

#[derive(Template)]
#[template(path = "questionnaires/new.html")]
pub(crate) struct NewPage {
    crumbs: Vec<(String, String)>,
    errors: Vec<FieldError>,
    plans: Vec<(String, String)>,
    /// (pack/domain key, name) of the IOI 2019 domains.
    domains: Vec<(String, String)>,
}

async fn new_page(
    state: &AppState,
    org: tessera_store::OrgId,
    errors: Vec<FieldError>,
) -> Result<Response, PageError> {
    let plans = state
        .app()
        .org_plans(org)
        .await?
        .into_iter()
        .map(|(id, p)| (id.to_string(), p.title))
        .collect();
    let lang = crate::http::auth::page().lang;
    let domains = state
        .app()
        .catalogue()
        .pack("ioi-2019")
        .map(|p| {
            p.domains
                .iter()
                .map(|d| {
                    (
                        format!("{}/{}", p.id, d.id),
                        d.name_in(lang.code()).to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = NewPage {
        crumbs: crumbs(&[(
            "/questionnaires/new".to_owned(),
            tessera_l10n::t("questionnaires-new-title"),
        )]),
        errors,
        plans,
        domains,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(crate) async fn new_form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
) -> Result<Response, PageError> {
    new_page(&state, org.id, Vec::new()).await
}

pub(crate) async fn create(
    State(state): State<AppState>,
    editor: AsEditor,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let value = |k: &str| {
        form.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let actor = editor.actor();
    let created = match value("from").as_str() {
        "plan" => {
            state
                .app()
                .create_questionnaire_from_plan(&actor, &value("plan"))
                .await
        }
        _ => {
            let domains: Vec<String> = form
                .iter()
                .filter(|(k, _)| k == "domain")
                .map(|(_, v)| v.clone())
                .collect();
            state
                .app()
                .create_questionnaire_from_domains(&actor, &domains)
                .await
        }
    };
    match created {
        Ok(c) => Ok(
            Redirect::to(&format!("/questionnaires/{}?done=created", c.record.id)).into_response(),
        ),
        Err(AppError::Invalid(message) | AppError::NotFound(message)) => {
            let field = if value("from") == "plan" {
                "plan"
            } else {
                "domain"
            };
            new_page(&state, editor.0.id, vec![FieldError::new(field, message)]).await
        }
        Err(e) => Err(e.into()),
    }
}
