//! The self-assessment form: a level and notes for each item, new or changed. When the
//! organisation has taken the assessment before, each item says what it was given last time,
//! so a repeat can be scored with the earlier answer in view.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::assessments::{AssessmentInput, AssessmentView, Item, Kind, field_id};

use super::{ItemView, day, field_errors, kind_crumbs, kind_of, level_text};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use crate::ui::forms::FieldError;

/// One item of the form, with what it was given last time.
pub(crate) struct FormItem {
    pub view: ItemView,
    /// The level chosen in the form, as sent (blank: not scored).
    pub chosen: String,
    pub notes: String,
    pub previous: Option<String>,
}

#[derive(Template)]
#[template(path = "assessments/form.html")]
pub(crate) struct FormPage {
    crumbs: Vec<(String, String)>,
    errors: Vec<FieldError>,
    heading: String,
    intro: String,
    guidance_label: String,
    action: String,
    title: String,
    taken_on: String,
    /// (group name, items).
    groups: Vec<(String, Vec<FormItem>)>,
    /// (value, name) of each level, lowest first.
    levels: Vec<(String, String)>,
}

struct Filled<'a> {
    kind: Kind,
    items: &'a [Item],
    input: &'a AssessmentInput,
    previous: Option<&'a AssessmentView>,
    id: Option<&'a str>,
}

fn render(f: Filled<'_>, errors: Vec<FieldError>) -> Result<Response, PageError> {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let kind = f.kind;
    let mut groups: Vec<(String, Vec<FormItem>)> = Vec::new();
    for item in f.items {
        let view = ItemView::new(kind, item, None);
        let form_item = FormItem {
            chosen: f.input.levels.get(&item.id).cloned().unwrap_or_default(),
            notes: f.input.notes.get(&item.id).cloned().unwrap_or_default(),
            previous: f.previous.map(|p| {
                crate::t2(
                    "assessments-previous",
                    "date",
                    day(&p.record.taken_on),
                    "level",
                    level_text(kind, p.answers.levels.get(&item.id).copied()),
                )
            }),
            view,
        };
        match groups.last_mut() {
            Some((name, list)) if *name == form_item.view.group => list.push(form_item),
            _ => groups.push((form_item.view.group.clone(), vec![form_item])),
        }
    }
    let (heading, action, extra) = match f.id {
        Some(id) => (
            tessera_l10n::t("assessments-edit-title"),
            format!("/assessments/{}/{id}/edit", kind.code()),
            vec![(
                format!("/assessments/{}/{id}", kind.code()),
                f.input.title.clone(),
            )],
        ),
        None => (
            tessera_l10n::t("assessments-new-title"),
            format!("/assessments/{}/new", kind.code()),
            Vec::new(),
        ),
    };
    let page = FormPage {
        crumbs: kind_crumbs(kind, &extra),
        errors,
        heading,
        intro: tessera_l10n::t(&format!("assessments-{}-form-intro", kind.code())),
        guidance_label: tessera_l10n::t(&format!("assessments-{}-guidance", kind.code())),
        action,
        title: f.input.title.clone(),
        taken_on: f.input.taken_on.clone(),
        groups,
        levels: kind
            .levels()
            .into_iter()
            .enumerate()
            .map(|(l, name)| (l.to_string(), name))
            .collect(),
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// The form's fields as the application layer takes them.
fn input_of(items: &[Item], form: &[(String, String)]) -> AssessmentInput {
    let value = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut input = AssessmentInput {
        title: value("title"),
        taken_on: value("taken_on"),
        ..AssessmentInput::default()
    };
    for item in items {
        input
            .levels
            .insert(item.id.clone(), value(&field_id("level", &item.id)));
        input
            .notes
            .insert(item.id.clone(), value(&field_id("notes", &item.id)));
    }
    input
}

/// The answers of a stored assessment as the form shows them.
fn input_from(a: &AssessmentView) -> AssessmentInput {
    AssessmentInput {
        title: a.record.title.clone(),
        taken_on: a.record.taken_on.clone(),
        levels: a
            .answers
            .levels
            .iter()
            .map(|(k, v)| (k.clone(), v.to_string()))
            .collect(),
        notes: a.answers.notes.clone(),
    }
}

/// `GET /assessments/{kind}/new`.
pub(crate) async fn new_form(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(kind): Path<String>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    let actor = editor.actor();
    let items = state.app().assessment_items(&actor, kind).await?;
    let previous = state.app().assessments(&actor, kind).await?;
    let today = time::OffsetDateTime::now_utc().date();
    let input = AssessmentInput {
        title: String::new(),
        taken_on: today.to_string(),
        ..AssessmentInput::default()
    };
    render(
        Filled {
            kind,
            items: &items,
            input: &input,
            previous: previous.first(),
            id: None,
        },
        Vec::new(),
    )
}

/// `POST /assessments/{kind}/new`.
pub(crate) async fn create(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(kind): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    let actor = editor.actor();
    let items = state.app().assessment_items(&actor, kind).await?;
    let input = input_of(&items, &form);
    match state
        .app()
        .save_assessment(&actor, kind, None, &input)
        .await?
    {
        Ok(saved) => Ok(Redirect::to(&format!(
            "/assessments/{}/{}?done=saved",
            kind.code(),
            saved.record.id
        ))
        .into_response()),
        Err(problems) => {
            let previous = state.app().assessments(&actor, kind).await?;
            render(
                Filled {
                    kind,
                    items: &items,
                    input: &input,
                    previous: previous.first(),
                    id: None,
                },
                field_errors(problems),
            )
        }
    }
}

/// `GET /assessments/{kind}/{id}/edit`.
pub(crate) async fn edit_form(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((kind, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    let actor = editor.actor();
    let existing = state.app().assessment(&actor, kind, &id).await?;
    let items = state.app().assessment_items(&actor, kind).await?;
    render(
        Filled {
            kind,
            items: &items,
            input: &input_from(&existing),
            previous: None,
            id: Some(&id),
        },
        Vec::new(),
    )
}

/// `POST /assessments/{kind}/{id}/edit`.
pub(crate) async fn update(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((kind, id)): Path<(String, String)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let kind = kind_of(&kind)?;
    let actor = editor.actor();
    let items = state.app().assessment_items(&actor, kind).await?;
    let input = input_of(&items, &form);
    match state
        .app()
        .save_assessment(&actor, kind, Some(&id), &input)
        .await?
    {
        Ok(saved) => Ok(Redirect::to(&format!(
            "/assessments/{}/{}?done=saved",
            kind.code(),
            saved.record.id
        ))
        .into_response()),
        Err(problems) => render(
            Filled {
                kind,
                items: &items,
                input: &input,
                previous: None,
                id: Some(&id),
            },
            field_errors(problems),
        ),
    }
}
