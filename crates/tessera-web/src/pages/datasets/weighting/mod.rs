//! A dataset's weightings (issue 16): `GET /datasets/{id}/weightings` lists them with the form
//! to make another (margins typed as tables — "age band × sex", "ward" — or pasted as a margins
//! CSV); `POST` makes and keeps one (editors and owners); `…/weightings/{name}` shows its report
//! and `…/{name}/delete` deletes it. The profile and measure pages choose among them
//! ([`chooser`]).

pub(crate) mod chooser;
pub(crate) mod report;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::AppError;
use tessera_app::weighting::{
    KeptWeighting, METHODS, TypedMargin, margins_from_typed, parse_method,
};
use tessera_data::ColumnValues;
use tessera_l10n::{number, t, ta};
use tessera_stats::weighting::margins_from_csv;
use tessera_stats::{Weighting, WeightingOptions};
use tessera_store::prelude::*;
use tessera_store::{DatasetSummary, Role};

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};
use crate::ui::forms::FieldError;

/// How many margin tables the form offers.
pub(crate) const TABLES: usize = 3;

/// At most this many categories of a variable are listed as a hint.
const HINT_CATEGORIES: usize = 40;

/// A method's name in the page's language.
pub(crate) fn method_name(method: &str) -> String {
    if METHODS.contains(&method) {
        t(&format!("weighting-method-{}", method.replace('_', "-")))
    } else {
        method.to_owned()
    }
}

/// The form to make a weighting.
#[derive(Debug, Deserialize, Default, Clone)]
pub(crate) struct WeightingForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub method: String,
    #[serde(default)]
    pub variables_1: String,
    #[serde(default)]
    pub cells_1: String,
    #[serde(default)]
    pub variables_2: String,
    #[serde(default)]
    pub cells_2: String,
    #[serde(default)]
    pub variables_3: String,
    #[serde(default)]
    pub cells_3: String,
    /// A margins CSV pasted instead of the tables.
    #[serde(default)]
    pub csv: String,
    #[serde(default)]
    pub max_iterations: String,
}

impl WeightingForm {
    fn typed(&self) -> [TypedMargin; TABLES] {
        let m = |variables: &str, cells: &str| TypedMargin {
            variables: variables.to_owned(),
            cells: cells.to_owned(),
        };
        [
            m(&self.variables_1, &self.cells_1),
            m(&self.variables_2, &self.cells_2),
            m(&self.variables_3, &self.cells_3),
        ]
    }

    /// The weighting the form describes, or the field at fault and why.
    fn weighting(&self) -> Result<Weighting, FieldError> {
        let name = tessera_app::weighting::parse_name(&self.name)
            .map_err(|e| FieldError::new("name", e.to_string()))?;
        let method = parse_method(if self.method.trim().is_empty() {
            "rake"
        } else {
            &self.method
        })
        .map_err(|e| FieldError::new("method", e.to_string()))?;
        let margins = if self.csv.trim().is_empty() {
            margins_from_typed(&self.typed())
                .map_err(|e| FieldError::new("variables_1", e.to_string()))?
        } else {
            margins_from_csv(&self.csv, &t("weighting-form-csv-name"))
                .map_err(|e| FieldError::new("csv", tessera_app::weighting::describe(&e)))?
        };
        let max_iterations = match self.max_iterations.trim() {
            "" => None,
            text => Some(
                text.parse::<u32>()
                    .ok()
                    .filter(|n| (1..=10_000).contains(n))
                    .ok_or_else(|| {
                        FieldError::new("max_iterations", t("weighting-form-iterations-bad"))
                    })?,
            ),
        };
        Ok(Weighting {
            name,
            method,
            margins,
            options: WeightingOptions {
                max_iterations,
                ..WeightingOptions::default()
            },
        })
    }
}

/// One weighting as listed.
pub(crate) struct Row {
    pub name: String,
    pub href: String,
    pub profile_href: String,
    pub method: String,
    pub iterations: u32,
    pub kish: String,
    pub made: String,
}

impl Row {
    fn new(dataset: &DatasetSummary, w: &KeptWeighting) -> Self {
        let query: String = form_urlencoded::byte_serialize(w.summary.name.as_bytes()).collect();
        let path: String = path_segment(&w.summary.name);
        Self {
            name: w.summary.name.clone(),
            href: format!("/datasets/{}/weightings/{path}", dataset.id),
            profile_href: format!("/datasets/{}?weighting={query}", dataset.id),
            method: method_name(&w.summary.method),
            iterations: w.report.iterations,
            kish: number(w.report.kish_deff, 2),
            made: ta(
                "weighting-list-made",
                &[
                    ("who", w.summary.created_by.as_str().into()),
                    ("when", made_at(&w.summary.created_at).into()),
                ],
            ),
        }
    }
}

/// A stored RFC 3339 time for people (UK time), or as stored if it does not parse.
pub(crate) fn made_at(stored: &str) -> String {
    time::OffsetDateTime::parse(stored, &time::format_description::well_known::Rfc3339)
        .map(tessera_l10n::datetime)
        .unwrap_or_else(|_| stored.to_owned())
}

/// A name as one segment of a path (every byte outside letters, digits, `-`, `_`, `.` escaped).
pub(crate) fn path_segment(name: &str) -> String {
    name.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A variable of the dataset with the categories it holds, as a hint for typing margins.
pub(crate) struct VariableHint {
    pub name: String,
    pub categories: String,
}

#[derive(Template)]
#[template(path = "datasets/weighting/list.html")]
pub(crate) struct WeightingsPage {
    crumbs: Vec<(String, String)>,
    dataset: DatasetSummary,
    rows: Vec<Row>,
    can_edit: bool,
    errors: Vec<FieldError>,
    notice: Option<String>,
    form: WeightingForm,
    methods: Vec<(String, String)>,
    variables: Vec<VariableHint>,
}

fn hints(data: &tessera_data::Dataset) -> Vec<VariableHint> {
    data.columns
        .iter()
        .filter_map(|c| match &c.values {
            ColumnValues::Text { codes, levels } => {
                let mut present = vec![false; levels.len()];
                for &code in codes {
                    if let Some(p) = present.get_mut(code as usize) {
                        *p = true;
                    }
                }
                let shown: Vec<&str> = levels
                    .iter()
                    .zip(&present)
                    .filter(|(_, p)| **p)
                    .map(|(l, _)| l.as_str())
                    .collect();
                (shown.len() <= HINT_CATEGORIES && !shown.is_empty()).then(|| VariableHint {
                    name: c.name.clone(),
                    categories: shown.join(", "),
                })
            }
            ColumnValues::Numeric(_) => None,
        })
        .collect()
}

async fn render(
    state: &AppState,
    current: &CurrentOrg,
    id: &str,
    form: WeightingForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let org = current.0.id;
    let (record, _) = super::load(state, org, id).await?;
    let dataset = record.summary;
    let kept = state.app().weightings(org, dataset.id).await?;
    let data = state
        .store()
        .dataset_data(org, dataset.id)
        .await
        .map_err(AppError::from)?
        .ok_or_else(tessera_app::datasets::not_found)?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = WeightingsPage {
        crumbs: super::dataset_crumbs(&dataset),
        rows: kept.iter().map(|w| Row::new(&dataset, w)).collect(),
        can_edit: current.1.role >= Role::Editor,
        errors,
        notice,
        form,
        methods: METHODS
            .iter()
            .map(|m| ((*m).to_owned(), method_name(m)))
            .collect(),
        variables: hints(&data),
        dataset,
    };
    Ok((status, Html(page.render()?)).into_response())
}

#[derive(Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    done: String,
}

/// `GET /datasets/{id}/weightings`.
pub(crate) async fn show(
    State(state): State<AppState>,
    current: CurrentOrg,
    Path(id): Path<String>,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let notice = (query.done == "deleted").then(|| t("weighting-done-deleted"));
    let form = WeightingForm {
        method: "rake".to_owned(),
        ..WeightingForm::default()
    };
    render(&state, &current, &id, form, Vec::new(), notice).await
}

/// `POST /datasets/{id}/weightings`: makes and keeps a weighting, then shows its report; on a
/// mistake, the form again with the message (nothing kept, the dataset's weights untouched).
pub(crate) async fn create(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    Form(form): Form<WeightingForm>,
) -> Result<Response, PageError> {
    make(&state, &editor, &id, form).await
}

/// The largest margins CSV file the upload reads.
pub(crate) const MARGINS_FILE_MAX_BYTES: usize = 1024 * 1024;

/// `POST /datasets/{id}/weightings/upload`: as [`create`], with the margins in an uploaded CSV
/// file (`file`, at most [`MARGINS_FILE_MAX_BYTES`]) beside the name and method.
pub(crate) async fn upload(
    State(state): State<AppState>,
    editor: AsEditor,
    Path(id): Path<String>,
    request: axum::extract::Request,
) -> Result<Response, PageError> {
    use axum::extract::{FromRequest, Multipart};
    let mut form = WeightingForm::default();
    let read = async {
        let unreadable = || t("weighting-upload-unreadable");
        let mut multipart = Multipart::from_request(request, &state)
            .await
            .map_err(|_| unreadable())?;
        while let Some(mut field) = multipart.next_field().await.map_err(|_| unreadable())? {
            let name = field.name().unwrap_or_default().to_owned();
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(|_| unreadable())? {
                if bytes.len() + chunk.len() > MARGINS_FILE_MAX_BYTES {
                    return Err(ta(
                        "weighting-upload-too-large",
                        &[("megabytes", (MARGINS_FILE_MAX_BYTES / (1024 * 1024)).into())],
                    ));
                }
                bytes.extend_from_slice(&chunk);
            }
            let text = String::from_utf8(bytes).map_err(|_| t("weighting-upload-not-text"))?;
            match name.as_str() {
                "name" => form.name = text,
                "method" => form.method = text,
                "max_iterations" => form.max_iterations = text,
                "file" => form.csv = text,
                _ => {}
            }
        }
        Ok(())
    };
    let outcome: Result<(), String> = read.await;
    if let Err(message) = outcome {
        let current = CurrentOrg(editor.0.clone(), editor.1.clone());
        return render(
            &state,
            &current,
            &id,
            form,
            vec![FieldError::new("file", message)],
            None,
        )
        .await;
    }
    if form.csv.trim().is_empty() {
        let current = CurrentOrg(editor.0.clone(), editor.1.clone());
        return render(
            &state,
            &current,
            &id,
            form,
            vec![FieldError::new("file", t("weighting-upload-missing"))],
            None,
        )
        .await;
    }
    make(&state, &editor, &id, form).await
}

async fn make(
    state: &AppState,
    editor: &AsEditor,
    id: &str,
    form: WeightingForm,
) -> Result<Response, PageError> {
    let state = state.clone();
    let id = id.to_owned();
    let current = CurrentOrg(editor.0.clone(), editor.1.clone());
    let weighting = match form.weighting() {
        Ok(w) => w,
        Err(e) => return render(&state, &current, &id, form, vec![e], None).await,
    };
    let dataset = tessera_app::datasets::parse_id(&id)?;
    let taken = state
        .app()
        .weightings(editor.0.id, dataset)
        .await?
        .iter()
        .any(|w| w.summary.name == weighting.name);
    if taken {
        let message = ta(
            "weighting-name-taken",
            &[("name", weighting.name.as_str().into())],
        );
        return render(
            &state,
            &current,
            &id,
            form,
            vec![FieldError::new("name", message)],
            None,
        )
        .await;
    }
    match state
        .app()
        .create_weighting(&editor.actor(), dataset, weighting)
        .await
    {
        Ok(kept) => Ok(Redirect::to(&format!(
            "/datasets/{dataset}/weightings/{}?done=made",
            path_segment(&kept.summary.name)
        ))
        .into_response()),
        Err(AppError::Invalid(message)) => {
            let field = if form.csv.trim().is_empty() {
                "variables_1"
            } else {
                "csv"
            };
            render(
                &state,
                &current,
                &id,
                form,
                vec![FieldError::new(field, message)],
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
