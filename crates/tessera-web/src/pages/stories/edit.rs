//! Recording a story (with a photo or recording) and changing one.

use askama::Template;
use axum::Form;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::participants::Problem;
use tessera_app::participants::consent::{METHODS, method_label};
use tessera_app::stories::input::{MAX_FILE_BYTES, StoryInput, Upload};
use tessera_app::stories::kind_label;
use tessera_l10n::{t, ta};
use tessera_store::{STORY_KINDS, Story};

use super::list::sides;
use super::{crumbs, field_errors};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::ui::forms::FieldError;

#[derive(Template)]
#[template(path = "stories/form.html")]
pub(crate) struct FormPage {
    crumbs: Vec<(String, String)>,
    /// `None` for a new story.
    id: Option<String>,
    errors: Vec<FieldError>,
    input: StoryInput,
    kinds: Vec<(String, String)>,
    methods: Vec<(String, String)>,
    /// (`plan/outcome`, words).
    outcomes: Vec<(String, String)>,
    /// (reference, name).
    indicators: Vec<(String, String)>,
    /// (`pack/domain`, name).
    domains: Vec<(String, String)>,
    sides: Vec<(String, String)>,
    max_mb: usize,
    today: String,
    /// Whether the personal-data check found something (the box to say it was looked at shows).
    flagged: bool,
}

async fn render(
    state: &AppState,
    org: tessera_store::OrgId,
    id: Option<String>,
    input: StoryInput,
    problems: Vec<Problem>,
) -> Result<Response, PageError> {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let flagged = problems.iter().any(|p| p.field == "checked") || input.checked;
    let plans = state.app().org_plans(org).await?;
    let catalogue = state.catalogue();
    let lang = crate::http::auth::page().lang_code();
    let mut indicators: Vec<(String, String)> = Vec::new();
    for (_, plan) in &plans {
        for o in &plan.outcomes {
            for i in &o.indicators {
                if !indicators.iter().any(|(r, _)| *r == i.indicator) {
                    indicators.push((
                        i.indicator.clone(),
                        tessera_app::plans::indicator_name(plan, catalogue, &i.indicator),
                    ));
                }
            }
        }
    }
    let page = FormPage {
        crumbs: crumbs(&[match &id {
            Some(id) => (format!("/stories/{id}/edit"), t("stories-edit-title")),
            None => ("/stories/new".to_owned(), t("stories-new-title")),
        }]),
        id,
        errors: field_errors(problems),
        input,
        kinds: STORY_KINDS
            .iter()
            .map(|k| ((*k).to_owned(), kind_label(k)))
            .collect(),
        methods: METHODS
            .iter()
            .map(|m| ((*m).to_owned(), method_label(m)))
            .collect(),
        outcomes: plans
            .iter()
            .flat_map(|(pid, p)| {
                p.outcomes.iter().map(move |o| {
                    (
                        format!("{pid}/{}", o.id),
                        format!("{} — {}", p.title, o.text),
                    )
                })
            })
            .collect(),
        indicators,
        domains: catalogue
            .packs()
            .iter()
            .flat_map(|p| {
                p.domains.iter().map(move |d| {
                    (
                        format!("{}/{}", p.id, d.id.as_str()),
                        d.name_in(lang).to_owned(),
                    )
                })
            })
            .collect(),
        sides: sides(),
        max_mb: MAX_FILE_BYTES / (1024 * 1024),
        today: tessera_plan::format_date(tessera_app::participants::today()),
        flagged,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// The form's fields as a story input (repeated fields for the tag lists).
pub(crate) fn input_from(form: &[(String, String)]) -> StoryInput {
    let get = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let all = |name: &str| -> Vec<String> {
        form.iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    };
    let ticked = |name: &str| form.iter().any(|(k, _)| k == name);
    StoryInput {
        kind: get("kind"),
        title: get("title"),
        body: get("body"),
        occurred_on: get("occurred_on"),
        participant: get("participant"),
        consent: get("consent"),
        group_label: get("group_label"),
        consent_reports: ticked("consent_reports"),
        consent_publication: ticked("consent_publication"),
        consent_sharing: ticked("consent_sharing"),
        consent_naming: ticked("consent_naming"),
        consent_given_on: get("consent_given_on"),
        consent_method: get("consent_method"),
        consent_notes: get("consent_notes"),
        anonymised: ticked("anonymised"),
        outcomes: all("outcomes"),
        indicators: all("indicators"),
        domains: all("domains"),
        sides: all("sides"),
        themes: get("themes"),
        checked: ticked("checked"),
    }
}

/// A stored story as the form shows it.
pub(crate) fn input_of(story: &Story) -> StoryInput {
    let values = |kind: &str| -> Vec<String> {
        story
            .tag_values(kind)
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    StoryInput {
        kind: story.kind.clone(),
        title: story.title.clone(),
        body: story.body.clone(),
        occurred_on: story.occurred_on.clone().unwrap_or_default(),
        participant: story.participant_code.clone().unwrap_or_default(),
        consent: story
            .linked_consent
            .as_ref()
            .map(|c| c.id.to_string())
            .unwrap_or_default(),
        group_label: story.group_label.clone(),
        consent_reports: story.consent.reports,
        consent_publication: story.consent.publication,
        consent_sharing: story.consent.sharing,
        consent_naming: story.consent.naming,
        consent_given_on: story.consent.given_on.clone().unwrap_or_default(),
        consent_method: story.consent.method.clone().unwrap_or_default(),
        consent_notes: story.consent.notes.clone(),
        anonymised: story.anonymised,
        outcomes: values("outcome"),
        indicators: values("indicator"),
        domains: values("domain"),
        sides: values("side"),
        themes: values("theme").join(", "),
        checked: false,
    }
}

/// `GET /stories/new`.
pub(crate) async fn new_form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
) -> Result<Response, PageError> {
    let input = StoryInput {
        kind: "testimony".to_owned(),
        anonymised: true,
        ..StoryInput::default()
    };
    render(&state, org.id, None, input, Vec::new()).await
}

/// Reads the multipart form: its fields, and the file (bounded by [`MAX_FILE_BYTES`]).
async fn read_multipart(
    state: &AppState,
    request: Request,
) -> Result<(Vec<(String, String)>, Option<Upload>), String> {
    let mut multipart = Multipart::from_request(request, state)
        .await
        .map_err(|_| t("stories-error-form"))?;
    let mut fields = Vec::new();
    let mut upload = None;
    let broken = |e: axum::extract::multipart::MultipartError| {
        ta(
            "stories-error-file-broken",
            &[("reason", e.to_string().into())],
        )
    };
    while let Some(mut field) = multipart.next_field().await.map_err(broken)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let file_name = tessera_app::import::base_name(field.file_name().unwrap_or_default());
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(broken)? {
                // One byte over the limit is enough for the check to refuse it.
                if bytes.len() + chunk.len() > MAX_FILE_BYTES + 1 {
                    bytes.extend_from_slice(&chunk[..(MAX_FILE_BYTES + 1 - bytes.len())]);
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            if !bytes.is_empty() {
                upload = Some(Upload { file_name, bytes });
            }
        } else {
            let text = field.text().await.map_err(broken)?;
            fields.push((name, text));
        }
    }
    Ok((fields, upload))
}

/// `POST /stories/new` (multipart, with an optional photo or recording).
pub(crate) async fn create(
    State(state): State<AppState>,
    editor: AsEditor,
    request: Request,
) -> Result<Response, PageError> {
    let (fields, upload) = match read_multipart(&state, request).await {
        Ok(read) => read,
        Err(message) => return Err(PageError::bad_request(message)),
    };
    let input = input_from(&fields);
    match state
        .app()
        .record_story(&editor.actor(), &input, upload.as_ref())
        .await?
    {
        Ok(story) => Ok(Redirect::to(&format!("/stories/{}?done=saved", story.id)).into_response()),
        Err(problems) => render(&state, editor.0.id, None, input, problems).await,
    }
}

/// `GET /stories/{id}/edit`.
pub(crate) async fn edit_form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let story = state.app().story(org.id, &id).await?;
    render(
        &state,
        org.id,
        Some(story.id.to_string()),
        input_of(&story),
        Vec::new(),
    )
    .await
}

/// `POST /stories/{id}/edit`.
pub(crate) async fn update(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let story = state.app().story(editor.0.id, &id).await?;
    let input = input_from(&form);
    match state
        .app()
        .update_story(&editor.actor(), &id, &input)
        .await?
    {
        Ok(story) => Ok(Redirect::to(&format!("/stories/{}?done=saved", story.id)).into_response()),
        Err(problems) => {
            render(
                &state,
                editor.0.id,
                Some(story.id.to_string()),
                input,
                problems,
            )
            .await
        }
    }
}
