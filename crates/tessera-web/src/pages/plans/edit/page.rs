//! The edit form pages: showing a part's form, saving what is sent, removing an item, and
//! deleting a whole plan.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_framework::Catalogue;
use tessera_plan::Plan;
use tessera_store::{Organisation, PlanId, prelude::*};

use super::{AnyPart, Ctx, EditQuery, part};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, Who};
use crate::pages::plans::form::{Field, Fields, FormErrors, FormPage, FormView};
use crate::pages::plans::{self as plans, plan_crumbs, safe_back};

/// A part's form page; `sent` and `errors` when it is shown again with its mistakes.
fn render_form(
    ctx: &Ctx<'_>,
    id: PlanId,
    part: &dyn AnyPart,
    errors: FormErrors,
) -> Result<Response, PageError> {
    let spec = part.fields(ctx)?;
    let back = safe_back(
        &ctx.sent
            .map(|f| f.get("back").to_owned())
            .or_else(|| ctx.query.back.clone())
            .unwrap_or_default(),
        id,
    );
    let mut fields = spec.fields;
    fields.push(Field::hidden("back", back.clone()));
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let path = part.path();
    let remove_label = part.remove_label(ctx.plan);
    let page = FormPage {
        plan_title: ctx.plan.title.clone(),
        heading: spec.heading,
        prompt: spec.prompt,
        form: FormView::new(
            format!("/plans/{id}/edit/{path}"),
            fields,
            &spec.submit,
            errors,
        ),
        back,
        remove: remove_label
            .as_ref()
            .map(|_| format!("/plans/{id}/edit/{path}/remove")),
        remove_label: remove_label.unwrap_or_default(),
        crumbs: plan_crumbs(id, ctx.plan),
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// A part's empty form, to show inside another page (a step of making a plan) that it
/// returns to.
pub(crate) fn embedded(
    plan: &Plan,
    catalogue: &Catalogue,
    id: PlanId,
    part: &dyn AnyPart,
    back: &str,
) -> Result<FormView, PageError> {
    let query = EditQuery::default();
    let ctx = Ctx {
        plan,
        catalogue,
        sent: None,
        query: &query,
        datasets: &[],
        old_context: &[],
    };
    let spec = part.fields(&ctx)?;
    let mut fields = spec.fields;
    fields.push(Field::hidden("back", back));
    Ok(FormView::new(
        format!("/plans/{id}/edit/{}", part.path()),
        fields,
        &spec.submit,
        Vec::new(),
    ))
}

/// The organisation's datasets as (id, name), for the indicator form's evidence.
async fn dataset_options(
    state: &AppState,
    org: tessera_store::OrgId,
) -> Result<Vec<(i64, String)>, PageError> {
    use tessera_store::prelude::*;
    Ok(state
        .store()
        .datasets(org)
        .await?
        .into_iter()
        .map(|d| (d.id.0, d.name))
        .collect())
}

fn target(what: &str, item: Option<&str>) -> Result<Box<dyn AnyPart>, PageError> {
    part(what, item).ok_or_else(|| PageError::not_found(tessera_l10n::t("plans-error-no-form")))
}

async fn show_form(
    state: AppState,
    org: Organisation,
    id: String,
    part: Box<dyn AnyPart>,
    query: EditQuery,
) -> Result<Response, PageError> {
    let (record, plan) = plans::load(&state, org.id, &id).await?;
    if let Some(to) = part.instead(record.id, &query) {
        return Ok(Redirect::to(&to).into_response());
    }
    let datasets = dataset_options(&state, org.id).await?;
    let old_context = state.app().old_context(org.id, &record, &plan).await?;
    let catalogue = state.app().catalogue_for(org.id).await?;
    let ctx = Ctx {
        plan: &plan,
        catalogue: &catalogue,
        sent: None,
        query: &query,
        datasets: &datasets,
        old_context: &old_context,
    };
    render_form(&ctx, record.id, part.as_ref(), Vec::new())
}

async fn submit_form(
    state: AppState,
    org: Organisation,
    id: String,
    part: Box<dyn AnyPart>,
    body: Bytes,
    who: &Who,
) -> Result<Response, PageError> {
    let (record, stored) = plans::load(&state, org.id, &id).await?;
    let sent = Fields::parse(&body);
    let query = EditQuery::default();
    let datasets = dataset_options(&state, org.id).await?;
    let old_context = state.app().old_context(org.id, &record, &stored).await?;
    let catalogue = state.app().catalogue_for(org.id).await?;
    let ctx = Ctx {
        plan: &stored,
        catalogue: &catalogue,
        sent: Some(&sent),
        query: &query,
        datasets: &datasets,
        old_context: &old_context,
    };
    // Make sure the item exists before trying to change it.
    part.fields(&ctx)?;
    let mut plan = stored.clone();
    let edit = match part.submit(&ctx, &mut plan, &sent)? {
        Ok(edit) => edit,
        Err(errors) => return render_form(&ctx, record.id, part.as_ref(), errors),
    };
    let actor = who.in_org(&org);
    if let Err(problems) = plans::save(&state, &actor, record.id, &plan, &edit.summary).await? {
        let ctx = Ctx { plan: &plan, ..ctx };
        let errors = plans::problems_as_errors(problems);
        return render_form(&ctx, record.id, part.as_ref(), errors);
    }
    tracing::info!(plan.id = %record.id, org.id = %org.id, change = %edit.summary, "plan changed");
    let back = safe_back(sent.get("back"), record.id);
    Ok(Redirect::to(&part.after(&edit, record.id, back)).into_response())
}

/// `GET /plans/{id}/edit/{what}`: the form of a part without items (details, goal).
pub(crate) async fn form_single(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path((id, what)): Path<(String, String)>,
    Query(query): Query<EditQuery>,
) -> Result<Response, PageError> {
    let part = target(&what, None)?;
    show_form(state, org, id, part, query).await
}

/// `GET /plans/{id}/edit/{what}/{item}`: the form of one item, or of a new one (`new`).
pub(crate) async fn form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path((id, what, item)): Path<(String, String, String)>,
    Query(query): Query<EditQuery>,
) -> Result<Response, PageError> {
    let part = target(&what, Some(&item))?;
    show_form(state, org, id, part, query).await
}

/// `POST /plans/{id}/edit/{what}`.
pub(crate) async fn submit_single(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path((id, what)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let part = target(&what, None)?;
    submit_form(state, org, id, part, body, &who).await
}

/// `POST /plans/{id}/edit/{what}/{item}`.
pub(crate) async fn submit(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path((id, what, item)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let part = target(&what, Some(&item))?;
    submit_form(state, org, id, part, body, &who).await
}

/// `POST /plans/{id}/edit/{what}/{item}/remove`: removes the item, with whatever depends on it.
pub(crate) async fn remove(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path((id, what, item)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let part = target(&what, Some(&item))?;
    let (record, mut plan) = plans::load(&state, org.id, &id).await?;
    let summary = part.remove(&mut plan)?;
    if let Err(problems) =
        plans::save(&state, &who.in_org(&org), record.id, &plan, &summary).await?
    {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(PageError::bad_request(tessera_l10n::ta(
            "plans-error-cannot-remove",
            &[("problems", list.join("; ").into())],
        )));
    }
    let sent = Fields::parse(&body);
    Ok(Redirect::to(&safe_back(sent.get("back"), record.id)).into_response())
}

/// `POST /plans/{id}/delete`: deletes the whole plan; the audit log keeps its last version.
pub(crate) async fn delete(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let pid = plans::parse_id(&id)?;
    if !state.store().delete_plan(org.id, pid, &who.actor).await? {
        return Err(plans::not_found());
    }
    Ok(Redirect::to("/plans").into_response())
}
