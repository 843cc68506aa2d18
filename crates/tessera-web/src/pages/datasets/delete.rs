//! Deleting a dataset completely: `GET /datasets/{id}/delete` says what will go, `POST` does it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_store::{DatasetSummary, prelude::*};

use super::list::DatasetLine;
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsOwner;

#[derive(Template)]
#[template(path = "datasets/delete.html")]
pub(crate) struct DeletePage {
    dataset: DatasetLine,
    /// The later versions, each described in a line.
    later: Vec<String>,
    crumbs: Vec<(String, String)>,
}

fn line(d: DatasetSummary) -> DatasetLine {
    DatasetLine::new(d)
}

pub(crate) async fn confirm(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let (record, _) = super::load(&state, org.id, &id).await?;
    let all = state.store().datasets(org.id).await?;
    let later = tessera_app::datasets::later_versions(&all, record.summary.id);
    let page = DeletePage {
        crumbs: super::dataset_crumbs(&record.summary),
        dataset: line(record.summary),
        later: later
            .into_iter()
            .map(|d| {
                let l = line(d);
                tessera_l10n::ta(
                    "datasets-delete-later-one",
                    &[
                        ("version", l.d.version.into()),
                        ("file", l.d.source_name.as_str().into()),
                        ("rows", l.d.n_rows.into()),
                        ("date", l.date.as_str().into()),
                    ],
                )
            })
            .collect(),
    };
    Ok(Html(page.render()?))
}

/// `POST /datasets/{id}/delete`: deletes the dataset, its later versions and everything computed
/// from them; the audit log keeps their summaries.
pub(crate) async fn delete(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    state.app().delete_dataset(&who.in_org(&org), &id).await?;
    Ok(Redirect::to("/datasets").into_response())
}

#[derive(serde::Deserialize)]
pub(crate) struct RetentionForm {
    #[serde(default)]
    retain_until: String,
}

/// `POST /datasets/{id}/retention`: sets or clears the date after which owners are asked to
/// delete the dataset.
pub(crate) async fn retention(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<RetentionForm>,
) -> Result<Response, PageError> {
    let (record, _) = super::load(&state, org.id, &id).await?;
    let date = form.retain_until.trim();
    let date = (!date.is_empty()).then_some(date);
    match state
        .store()
        .set_retention(org.id, record.summary.id, date, &who.actor)
        .await
    {
        Ok(true) => Ok(Redirect::to(&format!(
            "/datasets/{}#retention-heading",
            record.summary.id
        ))
        .into_response()),
        Ok(false) => Err(tessera_app::datasets::not_found().into()),
        Err(tessera_store::StoreError::Invalid { message, .. }) => Err(PageError::bad_request(
            tessera_l10n::ta("datasets-retention-invalid", &[("detail", message.into())]),
        )),
        Err(e) => Err(e.into()),
    }
}
