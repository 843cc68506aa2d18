//! One self-assessment: where the organisation stands (a chart with a table), its gaps with
//! what good looks like or what might help, and the actions it has set to close them, each
//! linked to one of its plans; editors add and remove actions, change or delete it.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::assessments::{ActionInput, AssessmentView, Kind, gaps};
use tessera_store::{Role, prelude::*};

use super::chart::{LevelChart, code_of};
use super::{ItemView, day, field_errors, kind_crumbs, kind_of};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};
use crate::pages::account::confirm::ConfirmPage;
use crate::ui::forms::FieldError;

/// One action as listed.
pub(crate) struct ActionView {
    pub index: usize,
    pub code: String,
    pub text: String,
    /// (address, title) of its plan.
    pub plan: Option<(String, String)>,
    pub due: String,
}

#[derive(Template)]
#[template(path = "assessments/show.html")]
pub(crate) struct ShowPage {
    crumbs: Vec<(String, String)>,
    errors: Vec<FieldError>,
    notice: Option<String>,
    kind: &'static str,
    kind_name: String,
    id: String,
    title: String,
    taken_on: String,
    recorded_by: String,
    chart: String,
    items: Vec<ItemView>,
    gaps: Vec<ItemView>,
    gap_heading: String,
    gaps_none: String,
    guidance_label: String,
    actions: Vec<ActionView>,
    can_edit: bool,
    /// (value, label) of the items an action may address, gaps first.
    action_items: Vec<(String, String)>,
    /// (id, title) of the organisation's plans.
    plans: Vec<(String, String)>,
    form: ActionInput,
    several: bool,
}

#[derive(Deserialize, Default)]
pub(crate) struct ShowQuery {
    #[serde(default)]
    done: String,
}

async fn render(
    state: &AppState,
    current: &CurrentOrg,
    kind: Kind,
    a: AssessmentView,
    form: ActionInput,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let actor = current.actor();
    let items = state.app().assessment_items(&actor, kind).await?;
    let plans = state.app().store().plans(current.0.id).await?;
    let several = state.app().assessments(&actor, kind).await?.len() >= 2;
    let views: Vec<ItemView> = items
        .iter()
        .map(|i| ItemView::new(kind, i, Some(&a.answers)))
        .collect();
    let found = gaps(kind, &items, &a.answers);
    let mut action_items: Vec<(String, String)> = found
        .iter()
        .map(|(i, _)| (i.id.clone(), super::chart::label_of(i)))
        .collect();
    for i in &items {
        if !action_items.iter().any(|(id, _)| *id == i.id) {
            action_items.push((i.id.clone(), super::chart::label_of(i)));
        }
    }
    let chart = LevelChart::new(
        "levels",
        &tessera_l10n::t("assessments-chart-title"),
        kind,
        &items,
        &[(
            a.record.title.clone(),
            items
                .iter()
                .map(|i| a.answers.levels.get(&i.id).copied())
                .collect(),
        )],
    )
    .render()?;
    let actions = a
        .answers
        .actions
        .iter()
        .enumerate()
        .map(|(index, action)| {
            let item = items.iter().find(|i| i.id == action.item);
            ActionView {
                index,
                code: item.map(code_of).unwrap_or_default(),
                text: action.text.clone(),
                plan: action.plan.and_then(|p| {
                    plans
                        .iter()
                        .find(|r| r.id.0 == p)
                        .map(|r| (format!("/plans/{p}"), r.title.clone()))
                }),
                due: action.due.as_deref().map(day).unwrap_or_default(),
            }
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = ShowPage {
        crumbs: kind_crumbs(kind, &[]),
        errors,
        notice,
        kind: kind.code(),
        kind_name: kind.name(),
        id: a.record.id.to_string(),
        title: a.record.title.clone(),
        taken_on: day(&a.record.taken_on),
        recorded_by: a.record.updated_by.clone(),
        chart,
        items: views,
        gaps: found
            .iter()
            .map(|(i, _)| ItemView::new(kind, i, Some(&a.answers)))
            .collect(),
        gap_heading: tessera_l10n::t(&format!("assessments-{}-gaps", kind.code())),
        gaps_none: tessera_l10n::t(&format!("assessments-{}-gaps-none", kind.code())),
        guidance_label: tessera_l10n::t(&format!("assessments-{}-guidance", kind.code())),
        actions,
        can_edit: current.1.role >= Role::Editor,
        action_items,
        plans: plans
            .iter()
            .map(|p| (p.id.to_string(), p.title.clone()))
            .collect(),
        form,
        several,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /assessments/{kind}/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    current: CurrentOrg,
    Path((kind, id)): Path<(String, String)>,
    Query(query): Query<ShowQuery>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    let a = state.app().assessment(&current.actor(), kind, &id).await?;
    let notice = match query.done.as_str() {
        "saved" | "action-added" | "action-removed" => {
            Some(tessera_l10n::t(&format!("assessments-done-{}", query.done)))
        }
        _ => None,
    };
    render(
        &state,
        &current,
        kind,
        a,
        ActionInput::default(),
        Vec::new(),
        notice,
    )
    .await
}

/// `POST /assessments/{kind}/{id}/actions`.
pub(crate) async fn add_action(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((kind, id)): Path<(String, String)>,
    Form(form): Form<ActionInput>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    let actor = editor.actor();
    match state
        .app()
        .add_assessment_action(&actor, kind, &id, &form)
        .await?
    {
        Ok(_) => Ok(Redirect::to(&format!(
            "/assessments/{}/{id}?done=action-added#actions",
            kind.code()
        ))
        .into_response()),
        Err(problems) => {
            let a = state.app().assessment(&actor, kind, &id).await?;
            let current = CurrentOrg(editor.0, editor.1);
            render(
                &state,
                &current,
                kind,
                a,
                form,
                field_errors(problems),
                None,
            )
            .await
        }
    }
}

/// `POST /assessments/{kind}/{id}/actions/{n}/remove`.
pub(crate) async fn remove_action(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((kind, id, n)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    let index = n
        .parse::<usize>()
        .map_err(|_| PageError::not_found(tessera_l10n::t("error-no-page")))?;
    state
        .app()
        .remove_assessment_action(&editor.actor(), kind, &id, index)
        .await?;
    Ok(Redirect::to(&format!(
        "/assessments/{}/{id}?done=action-removed#actions",
        kind.code()
    ))
    .into_response())
}

/// `GET /assessments/{kind}/{id}/delete`: asks first.
pub(crate) async fn delete_confirm(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((kind, id)): Path<(String, String)>,
) -> Result<Html<String>, PageError> {
    let kind = kind_of(&kind)?;
    let a = state.app().assessment(&editor.actor(), kind, &id).await?;
    ConfirmPage {
        heading: crate::t1(
            "assessments-delete-heading",
            "title",
            a.record.title.as_str(),
        ),
        lines: vec![crate::t1(
            "assessments-delete-lines",
            "actions",
            a.answers.actions.len(),
        )],
        warning: tessera_l10n::t("assessments-delete-warning"),
        action: format!("/assessments/{}/{id}/delete", kind.code()),
        button: tessera_l10n::t("assessments-delete-button"),
        back: format!("/assessments/{}/{id}", kind.code()),
        fields: Vec::new(),
    }
    .respond()
}

/// `POST /assessments/{kind}/{id}/delete`.
pub(crate) async fn delete(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((kind, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    state
        .app()
        .delete_assessment(&editor.actor(), kind, &id)
        .await?;
    Ok(Redirect::to(&format!("/assessments/{}?done=deleted", kind.code())).into_response())
}
