//! `GET /reference-values`: every reference value the organisation recorded, with the form to
//! record another (analysts, editors and owners); `POST` records, `…/{id}/delete` deletes.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::references::{LEVELS, ReferenceInput, ReferenceView};
use tessera_store::Role;

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsAnalyst, CurrentOrg};
use crate::ui::forms::FieldError;

/// One reference value as listed.
pub(crate) struct Row {
    pub id: String,
    pub indicator_name: String,
    pub indicator_href: String,
    pub view: ReferenceView,
}

/// A pack's indicators, for the form's list: (pack name, [(key, name)]).
type IndicatorGroup = (String, Vec<(String, String)>);

#[derive(Template)]
#[template(path = "references/list.html")]
pub(crate) struct ListPage {
    crumbs: Vec<(String, String)>,
    rows: Vec<Row>,
    can_add: bool,
    errors: Vec<FieldError>,
    notice: Option<String>,
    form: ReferenceInput,
    indicators: Vec<IndicatorGroup>,
    levels: Vec<(String, String)>,
}

#[derive(Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    indicator: String,
    #[serde(default)]
    done: String,
}

async fn render(
    state: &AppState,
    current: &CurrentOrg,
    form: ReferenceInput,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let lang = tessera_l10n::current().code();
    let catalogue = state.catalogue();
    let rows = state
        .app()
        .reference_values(&current.actor(), None)
        .await?
        .into_iter()
        .map(|view| {
            let (name, href) = match catalogue.indicator(&view.record.indicator) {
                Some(i) => (
                    i.name_in(lang).to_owned(),
                    format!("/frameworks/{}/indicators/{}", i.pack, i.id),
                ),
                None => (view.record.indicator.clone(), String::new()),
            };
            Row {
                id: view.record.id.to_string(),
                indicator_name: name,
                indicator_href: href,
                view,
            }
        })
        .collect();
    let indicators = catalogue
        .packs()
        .iter()
        .filter(|p| !p.indicators.is_empty())
        .map(|p| {
            (
                p.localised_name(lang).text.to_owned(),
                p.indicators
                    .iter()
                    .map(|i| (i.qualified_id(), i.name_in(lang).to_owned()))
                    .collect(),
            )
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = ListPage {
        crumbs: vec![("/".to_owned(), tessera_l10n::t("nav-home"))],
        rows,
        can_add: current.1.role >= Role::Analyst,
        errors,
        notice,
        form,
        indicators,
        levels: LEVELS
            .iter()
            .map(|l| {
                (
                    (*l).to_owned(),
                    tessera_l10n::t(&format!("references-level-{l}")),
                )
            })
            .collect(),
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /reference-values`.
pub(crate) async fn show(
    State(state): State<AppState>,
    current: CurrentOrg,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let notice = match query.done.as_str() {
        "added" | "deleted" => Some(tessera_l10n::t(&format!("references-done-{}", query.done))),
        _ => None,
    };
    let form = ReferenceInput {
        indicator: query.indicator,
        level: "national".to_owned(),
        ..ReferenceInput::default()
    };
    render(&state, &current, form, Vec::new(), notice).await
}

/// `POST /reference-values`.
pub(crate) async fn add(
    State(state): State<AppState>,
    analyst: AsAnalyst,
    Form(form): Form<ReferenceInput>,
) -> Result<Response, PageError> {
    match state
        .app()
        .add_reference_value(&analyst.actor(), &form)
        .await?
    {
        Ok(_) => Ok(Redirect::to("/reference-values?done=added").into_response()),
        Err(problems) => {
            let errors = problems
                .into_iter()
                .map(|p| FieldError::new(p.field, p.message))
                .collect();
            let current = CurrentOrg(analyst.0, analyst.1);
            render(&state, &current, form, errors, None).await
        }
    }
}

/// `POST /reference-values/{id}/delete`.
pub(crate) async fn delete(
    State(state): State<AppState>,
    analyst: AsAnalyst,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    state
        .app()
        .delete_reference_value(&analyst.actor(), &id)
        .await?;
    Ok(Redirect::to("/reference-values?done=deleted").into_response())
}
