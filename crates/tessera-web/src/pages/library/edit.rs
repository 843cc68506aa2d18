//! Publishing a plan's evaluation, editing or republishing an entry, and withdrawing it.
//! Stories whose consent does not cover publication are listed but cannot be ticked, and the
//! application layer refuses them if sent anyway.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::library::facets::{
    AUTHORITY_TYPES, REGIONS, authority_name, design_name, region_name,
};
use tessera_app::library::input::PublishInput;
use tessera_app::participants::Problem;
use tessera_app::stories::consent::scopes;
use tessera_app::stories::filter::StoryFilter;
use tessera_app::stories::kind_label;
use tessera_l10n::t;
use tessera_store::{DESIGNS, OrgId};

use super::crumbs;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::pages::stories::field_errors;
use crate::ui::forms::FieldError;

/// A story the form offers.
pub(crate) struct StoryChoice {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub allowed: bool,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "library/form.html")]
pub(crate) struct FormPage {
    crumbs: Vec<(String, String)>,
    /// `None` while publishing.
    id: Option<String>,
    /// The plan being published (while publishing).
    plan: Option<String>,
    /// The organisation's plans, to choose one (while publishing without a plan chosen).
    plans: Vec<(String, String)>,
    errors: Vec<FieldError>,
    input: PublishInput,
    organisations: String,
    regions: Vec<(String, String)>,
    authorities: Vec<(String, String)>,
    designs: Vec<(String, String)>,
    stories: Vec<StoryChoice>,
    /// Whether some stories cannot be published (they are listed apart).
    has_refused: bool,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Chosen {
    #[serde(default)]
    plan: String,
}

#[expect(
    clippy::too_many_arguments,
    reason = "one form, drawn for publishing and for editing"
)]
async fn render(
    state: &AppState,
    org: OrgId,
    id: Option<String>,
    plan: Option<String>,
    plans: Vec<(String, String)>,
    input: PublishInput,
    problems: Vec<Problem>,
    title: String,
) -> Result<Response, PageError> {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let stories = state.app().stories(org, &StoryFilter::default()).await?;
    let has_refused = stories.iter().any(|s| {
        let sc = scopes(s);
        !sc.publication || sc.withdrawn
    });
    let page = FormPage {
        has_refused,
        crumbs: crumbs(&[(
            id.as_ref().map_or_else(
                || "/library/new".to_owned(),
                |i| format!("/library/{i}/edit"),
            ),
            title,
        )]),
        id,
        plan,
        plans,
        errors: field_errors(problems),
        organisations: input.organisations.join("\n"),
        regions: REGIONS
            .iter()
            .map(|r| ((*r).to_owned(), region_name(r)))
            .collect(),
        authorities: AUTHORITY_TYPES
            .iter()
            .map(|a| ((*a).to_owned(), authority_name(a)))
            .collect(),
        designs: DESIGNS
            .iter()
            .map(|d| ((*d).to_owned(), design_name(d)))
            .collect(),
        stories: stories
            .iter()
            .map(|s| {
                let sc = scopes(s);
                StoryChoice {
                    id: s.id.to_string(),
                    title: s.title.clone(),
                    kind: kind_label(&s.kind),
                    allowed: sc.publication && !sc.withdrawn,
                    checked: input.stories.contains(&s.id.to_string()),
                }
            })
            .collect(),
        input,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// The form's fields as the application layer's input.
fn input_from(form: &[(String, String)]) -> PublishInput {
    let get = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    PublishInput {
        title: get("title"),
        summary: get("summary"),
        region: get("region"),
        authority_type: get("authority_type"),
        design: get("design"),
        sample_size: get("sample_size"),
        started_on: get("started_on"),
        ended_on: get("ended_on"),
        not_worked: get("not_worked"),
        lessons: get("lessons"),
        costs: get("costs"),
        stories: form
            .iter()
            .filter(|(k, _)| k == "stories")
            .map(|(_, v)| v.clone())
            .collect(),
        audience: get("audience"),
        organisations: get("organisations")
            .lines()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect(),
    }
}

/// `GET /library/new`, with `?plan=` once a plan is chosen.
pub(crate) async fn new_form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Query(chosen): Query<Chosen>,
) -> Result<Response, PageError> {
    let title = t("library-form-new");
    if chosen.plan.is_empty() {
        let plans = state
            .app()
            .org_plans(org.id)
            .await?
            .into_iter()
            .map(|(id, p)| (id.to_string(), p.title))
            .collect();
        return render(
            &state,
            org.id,
            None,
            None,
            plans,
            PublishInput::default(),
            Vec::new(),
            title,
        )
        .await;
    }
    let input = state.app().publish_form(org.id, &chosen.plan).await?;
    render(
        &state,
        org.id,
        None,
        Some(chosen.plan),
        Vec::new(),
        input,
        Vec::new(),
        title,
    )
    .await
}

/// `POST /library/new`.
pub(crate) async fn create(
    State(state): State<AppState>,
    editor: AsEditor,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let plan = form
        .iter()
        .find(|(k, _)| k == "plan")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let input = input_from(&form);
    match state
        .app()
        .publish_entry(&editor.actor(), &plan, &input)
        .await?
    {
        Ok(entry) => {
            Ok(Redirect::to(&format!("/library/{}?done=published", entry.id)).into_response())
        }
        Err(problems) => {
            render(
                &state,
                editor.0.id,
                None,
                Some(plan),
                Vec::new(),
                input,
                problems,
                t("library-form-new"),
            )
            .await
        }
    }
}

/// `GET /library/{id}/edit`.
pub(crate) async fn edit_form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (entry, input) = state.app().entry_form(org.id, &id).await?;
    render(
        &state,
        org.id,
        Some(entry.id.to_string()),
        None,
        Vec::new(),
        input,
        Vec::new(),
        t("library-form-edit"),
    )
    .await
}

/// `POST /library/{id}/edit`: saves, or with `republish` takes today's figures too.
pub(crate) async fn update(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let input = input_from(&form);
    let republish = form.iter().any(|(k, _)| k == "republish");
    match state
        .app()
        .save_entry(&editor.actor(), &id, &input, republish)
        .await?
    {
        Ok(entry) => Ok(Redirect::to(&format!("/library/{}?done=saved", entry.id)).into_response()),
        Err(problems) => {
            render(
                &state,
                editor.0.id,
                Some(id),
                None,
                Vec::new(),
                input,
                problems,
                t("library-form-edit"),
            )
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "library/withdraw.html")]
pub(crate) struct WithdrawPage {
    crumbs: Vec<(String, String)>,
    id: String,
    title: String,
}

/// `GET /library/{id}/withdraw`: asks first.
pub(crate) async fn withdraw_confirm(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let entry = state.app().own_entry(org.id, &id).await?;
    let page = WithdrawPage {
        crumbs: crumbs(&[(format!("/library/{}", entry.id), entry.title.clone())]),
        id: entry.id.to_string(),
        title: entry.title,
    };
    Ok(Html(page.render()?))
}

/// `POST /library/{id}/withdraw`.
pub(crate) async fn withdraw(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
) -> Result<Redirect, PageError> {
    state.app().withdraw_entry(&editor.actor(), &id).await?;
    Ok(Redirect::to(&format!("/library/{id}?done=withdrawn")))
}
