//! A questionnaire's collection as its organisation runs it: open it for answers and share the
//! public link, set its dates and cap, watch the responses come in by side, make a dataset,
//! download the responses, and add or revoke collectors for ODK Collect.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::collection::{Overview, SettingsForm, State as CollectState};
use tessera_app::questionnaires::{Loaded, title_in};
use tessera_store::{Collectors, Role};

use super::{page_lang, questionnaire_crumbs};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsAnalyst, AsEditor, AsOwner, CurrentOrg};
use crate::ui::forms::FieldError;

/// A collector as listed.
pub(crate) struct CollectorLine {
    pub id: String,
    pub name: String,
    pub only_this: bool,
    pub revoked: bool,
}

#[derive(Template)]
#[template(path = "questionnaires/collect.html")]
pub(crate) struct CollectPage {
    crumbs: Vec<(String, String)>,
    id: String,
    opened: bool,
    link: String,
    state: String,
    newcomers: i64,
    receiving: i64,
    unknown: i64,
    total: i64,
    form: SettingsForm,
    can_edit: bool,
    can_download: bool,
    is_owner: bool,
    collectors: Vec<CollectorLine>,
    server: String,
    new_password: Option<(String, String)>,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

fn state_text(overview: &Overview) -> String {
    match overview.state {
        CollectState::Open => tessera_l10n::t("collect-state-open"),
        CollectState::NotYetOpen(d) => tessera_l10n::ta(
            "collect-state-not-yet-open",
            &[("date", tessera_l10n::date(d).into())],
        ),
        CollectState::Closed => tessera_l10n::t("collect-state-closed"),
        CollectState::Full => tessera_l10n::t("collect-state-full"),
    }
}

struct Extra {
    form: Option<SettingsForm>,
    new_password: Option<(String, String)>,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

async fn render(
    state: &AppState,
    loaded: &Loaded,
    role: Role,
    org_slug: &str,
    extra: Extra,
) -> Result<Response, PageError> {
    let org = loaded.record.org;
    let overview = state
        .app()
        .collection_overview(org, loaded.record.id)
        .await?;
    let base = state.app().settings().base_url();
    let (opened, link, settings) = match &overview.collection {
        Some(c) => (
            true,
            format!("{}/respond/{}", base.trim_end_matches('/'), c.token),
            c.settings.clone(),
        ),
        None => (false, String::new(), Default::default()),
    };
    let collectors = if role >= Role::Analyst {
        state
            .store()
            .collectors(org)
            .await
            .map_err(tessera_app::AppError::from)?
            .into_iter()
            .filter(|c| c.questionnaire.is_none_or(|q| q == loaded.record.id))
            .map(|c| CollectorLine {
                id: c.id.to_string(),
                name: c.name,
                only_this: c.questionnaire.is_some(),
                revoked: c.revoked_at.is_some(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let form = extra.form.unwrap_or_else(|| SettingsForm {
        opens_on: settings.opens_on.clone().unwrap_or_default(),
        closes_on: settings.closes_on.clone().unwrap_or_default(),
        response_cap: settings
            .response_cap
            .map(|c| c.to_string())
            .unwrap_or_default(),
        closed: settings.closed,
    });
    let page = CollectPage {
        crumbs: questionnaire_crumbs(
            loaded.record.id,
            &title_in(&loaded.questionnaire, &page_lang()),
            &[(
                format!("/questionnaires/{}/collect", loaded.record.id),
                tessera_l10n::t("collect-title"),
            )],
        ),
        id: loaded.record.id.to_string(),
        opened,
        link,
        state: state_text(&overview),
        newcomers: overview.counts.newcomers,
        receiving: overview.counts.receiving,
        unknown: overview.counts.unknown,
        total: overview.counts.total(),
        form,
        can_edit: role >= Role::Editor,
        can_download: role >= Role::Analyst,
        is_owner: role >= Role::Owner,
        collectors,
        server: format!("{}/openrosa/{org_slug}", base.trim_end_matches('/')),
        new_password: extra.new_password,
        errors: extra.errors,
        notice: extra.notice,
    };
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, Html(page.render()?)).into_response())
}

fn plain() -> Extra {
    Extra {
        form: None,
        new_password: None,
        errors: Vec::new(),
        notice: None,
    }
}

/// `GET /questionnaires/{id}/collect`.
pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, who): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let loaded = state.app().questionnaire(org.id, &id).await?;
    render(&state, &loaded, who.role, &org.slug, plain()).await
}

/// `POST /questionnaires/{id}/collect/open`.
pub(crate) async fn open(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    state.app().open_collection(&editor.actor(), &id).await?;
    Ok(Redirect::to(&format!("/questionnaires/{id}/collect")).into_response())
}

#[derive(Deserialize)]
pub(crate) struct SettingsFields {
    #[serde(default)]
    opens_on: String,
    #[serde(default)]
    closes_on: String,
    #[serde(default)]
    response_cap: String,
    #[serde(default)]
    closed: Option<String>,
}

/// `POST /questionnaires/{id}/collect/settings`.
pub(crate) async fn settings(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(fields): Form<SettingsFields>,
) -> Result<Response, PageError> {
    let form = SettingsForm {
        opens_on: fields.opens_on,
        closes_on: fields.closes_on,
        response_cap: fields.response_cap,
        closed: fields.closed.is_some(),
    };
    let actor = editor.actor();
    let loaded = state.app().questionnaire(actor.org.id, &id).await?;
    match state.app().update_collection(&actor, &id, &form).await {
        Ok(_) => {
            let mut extra = plain();
            extra.notice = Some(tessera_l10n::t("collect-settings-saved"));
            render(&state, &loaded, actor.role, &actor.org.slug, extra).await
        }
        Err(tessera_app::AppError::Invalid(message)) => {
            let mut extra = plain();
            extra.form = Some(form);
            extra.errors = vec![FieldError::new("opens_on", message)];
            render(&state, &loaded, actor.role, &actor.org.slug, extra).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub(crate) struct DatasetFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    wave: String,
}

/// `POST /questionnaires/{id}/collect/dataset`: makes the dataset and shows it.
pub(crate) async fn dataset(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(fields): Form<DatasetFields>,
) -> Result<Response, PageError> {
    let actor = editor.actor();
    let wave = Some(fields.wave.as_str()).filter(|w| !w.trim().is_empty());
    match state
        .app()
        .make_dataset_from_responses(&actor, &id, &fields.name, wave)
        .await
    {
        Ok(saved) => Ok(Redirect::to(&format!("/datasets/{}", saved.id)).into_response()),
        Err(tessera_app::AppError::Invalid(message)) => {
            let loaded = state.app().questionnaire(actor.org.id, &id).await?;
            let mut extra = plain();
            extra.errors = vec![FieldError::new("name", message)];
            render(&state, &loaded, actor.role, &actor.org.slug, extra).await
        }
        Err(e) => Err(e.into()),
    }
}

fn download(name: &str, content_type: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /questionnaires/{id}/responses.csv` (codes).
pub(crate) async fn csv(
    State(state): State<AppState>,
    analyst: AsAnalyst,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (name, bytes) = state
        .app()
        .responses_csv(&analyst.actor(), &id, false)
        .await?;
    Ok(download(&name, "text/csv; charset=utf-8", bytes))
}

/// `GET /questionnaires/{id}/responses-labelled.csv` (answers in words).
pub(crate) async fn csv_labelled(
    State(state): State<AppState>,
    analyst: AsAnalyst,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (name, bytes) = state
        .app()
        .responses_csv(&analyst.actor(), &id, true)
        .await?;
    Ok(download(
        &name.replace("-responses.csv", "-responses-labelled.csv"),
        "text/csv; charset=utf-8",
        bytes,
    ))
}

/// `GET /questionnaires/{id}/responses.xlsx`.
pub(crate) async fn xlsx(
    State(state): State<AppState>,
    analyst: AsAnalyst,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (name, bytes) = state.app().responses_xlsx(&analyst.actor(), &id).await?;
    Ok(super::io::xlsx(&name, bytes))
}

/// `GET /questionnaires/{id}/responses.sav` (SPSS, with variable and value labels).
pub(crate) async fn sav(
    State(state): State<AppState>,
    analyst: AsAnalyst,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (name, bytes) = state.app().responses_sav(&analyst.actor(), &id).await?;
    Ok(download(&name, "application/x-spss-sav", bytes))
}

#[derive(Deserialize)]
pub(crate) struct CollectorFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    only_this: Option<String>,
}

/// `POST /questionnaires/{id}/collectors`: adds a collector and shows its password once.
pub(crate) async fn add_collector(
    State(state): State<AppState>,
    owner: AsOwner,
    Path(id): Path<String>,
    Form(fields): Form<CollectorFields>,
) -> Result<Response, PageError> {
    let actor = owner.actor();
    let loaded = state.app().questionnaire(actor.org.id, &id).await?;
    let scope = if fields.only_this.is_some() {
        id.as_str()
    } else {
        ""
    };
    let mut extra = plain();
    match state.app().add_collector(&actor, &fields.name, scope).await {
        Ok(added) => extra.new_password = Some((added.collector.name, added.password)),
        Err(tessera_app::AppError::Invalid(message)) => {
            extra.errors = vec![FieldError::new("collector-name", message)];
        }
        Err(e) => return Err(e.into()),
    }
    render(&state, &loaded, actor.role, &actor.org.slug, extra).await
}

/// `POST /questionnaires/{id}/collectors/{collector}/revoke`.
pub(crate) async fn revoke_collector(
    State(state): State<AppState>,
    owner: AsOwner,
    Path((id, collector)): Path<(String, String)>,
) -> Result<Response, PageError> {
    state
        .app()
        .revoke_collector(&owner.actor(), &collector)
        .await?;
    Ok(Redirect::to(&format!("/questionnaires/{id}/collect")).into_response())
}
