//! Step 3: the mapping — design, wave and area, group definition, breakdowns, measures and
//! words for codes — pre-filled from the file. One page of numbered sections that works without
//! JavaScript (an "update the lists of values" button re-shows the page when a group column
//! changes). Split by concern: the form's values (`form`), the guesses (`guess`), the checks
//! (`validate`) and the page (`view`); the saved dataset's mapping editor reuses them.

pub(crate) mod form;
pub(crate) mod guess;
pub(crate) mod validate;
pub(crate) mod view;

use std::sync::Arc;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::import::{DesignProblem, ImportError, MappingPart, PendingImport};
use tessera_l10n::{t, ta};
use tessera_stats::mapping::DatasetMapping;

use super::columns::{self, ColumnInfo};
use super::{FieldError, crumbs, pending};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;
use form::Action;
use view::Frame;

/// The field a problem the estimates found points at.
pub(crate) fn problem_field(
    problem: &DesignProblem,
    mapping: &DatasetMapping,
    columns: &[ColumnInfo],
) -> FieldError {
    let id = match &problem.part {
        MappingPart::Weight => "weight".to_owned(),
        MappingPart::Strata => "strata".to_owned(),
        MappingPart::Psu => "psu".to_owned(),
        MappingPart::Fpc => "fpc".to_owned(),
        MappingPart::Group => "group_column".to_owned(),
        MappingPart::Measure(id) => mapping
            .measures
            .iter()
            .find(|m| &m.id == id)
            .and_then(|m| m.variable.as_deref())
            .and_then(|v| columns.iter().find(|c| c.name == v))
            .map_or_else(|| "design".to_owned(), |c| format!("m{}-include", c.index)),
        MappingPart::Mapping => "design".to_owned(),
    };
    FieldError::new(id, problem.message.clone())
}

/// Describes the columns of a read file off the async threads (a large file takes a moment).
pub(crate) async fn describe(
    data: Arc<tessera_data::ReadOutcome>,
) -> Result<Vec<ColumnInfo>, PageError> {
    tokio::task::spawn_blocking(move || columns::describe(&data.dataset))
        .await
        .map_err(PageError::internal)
}

fn frame(token: &str, pending: &PendingImport) -> Frame {
    let n_rows = pending.outcome.dataset.n_rows;
    let n_columns = pending.outcome.dataset.columns.len();
    Frame {
        crumbs: crumbs(&[]),
        action: format!("/datasets/imports/{token}/mapping"),
        caption: ta(
            "import-step",
            &[("step", 3.into()), ("name", pending.name.as_str().into())],
        ),
        heading: t("import-mapping-heading"),
        intro: ta(
            "import-mapping-intro",
            &[
                ("rows", n_rows.into()),
                ("columns", n_columns.into()),
                ("file", pending.file_name.as_str().into()),
            ],
        ),
        submit: t("import-mapping-submit"),
        back: (
            format!("/datasets/imports/{token}/preview"),
            t("import-mapping-back-to-preview"),
        ),
        file_name: pending.file_name.clone(),
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(token): Path<String>,
) -> Result<Html<String>, PageError> {
    let pending = pending(&state, org.id, &token).await?;
    let columns = describe(Arc::clone(&pending.outcome)).await?;
    let catalogue = state.catalogue();
    let data = &pending.outcome.dataset;
    let form = match &pending.mapping {
        Some(mapping) => guess::from_mapping(mapping, &columns, data, catalogue),
        None => guess::guessed(&columns, data, catalogue),
    };
    let page = view::page(
        frame(&token, &pending),
        &columns,
        data,
        &form,
        Vec::new(),
        catalogue,
    );
    Ok(Html(page.render()?))
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let pending = pending(&state, org.id, &token).await?;
    let columns = describe(Arc::clone(&pending.outcome)).await?;
    let catalogue = state.catalogue();
    let data = &pending.outcome.dataset;
    let (form, action) = form::parse(&body);
    let again = |errors: Vec<FieldError>| -> Result<Response, PageError> {
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        let page = view::page(
            frame(&token, &pending),
            &columns,
            data,
            &form,
            errors,
            catalogue,
        );
        Ok((status, Html(page.render()?)).into_response())
    };
    if action == Action::Refresh {
        return again(Vec::new());
    }
    let mapping = match validate::validate(&form, &columns, catalogue) {
        Ok(m) => m,
        Err(errors) => return again(errors),
    };
    match state
        .app()
        .check_import(&who.in_org(&org), &token, mapping.clone())
        .await
    {
        Ok(_) => {}
        Err(ImportError::Design(problem)) => {
            return again(vec![problem_field(&problem, &mapping, &columns)]);
        }
        Err(ImportError::Mapping(e)) => {
            return again(vec![FieldError::new(
                "design",
                ImportError::Mapping(e).text(),
            )]);
        }
        Err(ImportError::App(e)) => return Err(e.into()),
        Err(e) => return Err(PageError::internal(e)),
    }
    Ok(Redirect::to(&format!("/datasets/imports/{token}/report")).into_response())
}
