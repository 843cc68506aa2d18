//! Deleting a dataset completely: `GET /datasets/{id}/delete` says what will go, `POST` does it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_store::prelude::*;
use tessera_store::{DatasetId, DatasetSummary};

use super::list::{DatasetLine, human_size};
use crate::org::AsOwner;
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "datasets/delete.html")]
pub(crate) struct DeletePage {
    dataset: DatasetLine,
    later: Vec<DatasetLine>,
    crumbs: Vec<(String, String)>,
}

fn line(d: DatasetSummary) -> DatasetLine {
    DatasetLine {
        size: human_size(d.size_bytes),
        date: d.created_at.chars().take(10).collect(),
        d,
    }
}

/// The later versions that correct `id`, directly or through another, oldest first: they are
/// deleted with it (see `Store::delete_dataset`).
pub(crate) fn later_versions(all: &[DatasetSummary], id: DatasetId) -> Vec<DatasetSummary> {
    let mut family = vec![id];
    let mut later = Vec::new();
    let mut sorted: Vec<&DatasetSummary> = all.iter().collect();
    sorted.sort_by_key(|d| d.id);
    for d in sorted {
        if d.parent.is_some_and(|p| family.contains(&p)) {
            family.push(d.id);
            later.push(d.clone());
        }
    }
    later
}

/// `GET /datasets/{id}/delete`: what deleting will remove, and a button to do it.
pub(crate) async fn confirm(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Path(id): Path<String>,
) -> Result<Html<String>, WebError> {
    let (record, _) = super::load(&state, org.id, &id).await?;
    let all = state.store().datasets(org.id).await?;
    let later = later_versions(&all, record.summary.id);
    let page = DeletePage {
        crumbs: vec![
            ("/".to_owned(), "Home".to_owned()),
            ("/datasets".to_owned(), "Datasets".to_owned()),
            (
                format!("/datasets/{}", record.summary.id),
                record.summary.name.clone(),
            ),
        ],
        dataset: line(record.summary),
        later: later.into_iter().map(line).collect(),
    };
    Ok(Html(page.render()?))
}

/// `POST /datasets/{id}/delete`: deletes the dataset, its later versions and everything computed
/// from them; the audit log keeps their summaries.
pub(crate) async fn delete(
    State(state): State<AppState>,
    AsOwner(org, who): AsOwner,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id = super::parse_id(&id)?;
    let deleted = state.store().delete_dataset(org.id, id, &who.actor).await?;
    if deleted.is_empty() {
        return Err(super::not_found());
    }
    tracing::info!(dataset.id = %id, versions = deleted.len(), "dataset deleted");
    Ok(Redirect::to("/datasets").into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(id: i64, parent: Option<i64>) -> DatasetSummary {
        DatasetSummary {
            id: DatasetId(id),
            org: tessera_store::OrgId(1),
            name: "d".to_owned(),
            version: 1,
            parent: parent.map(DatasetId),
            source_name: "d.csv".to_owned(),
            source_format: "csv".to_owned(),
            n_rows: 1,
            n_columns: 1,
            n_excluded: 0,
            waves: Vec::new(),
            retain_until: None,
            size_bytes: 1,
            created_by: "t".to_owned(),
            created_at: "2025-01-01T00:00:00Z".to_owned(),
        }
    }

    #[test]
    fn later_versions_follow_corrections_of_corrections_but_not_siblings_parents() {
        let all = vec![
            summary(5, Some(3)),
            summary(1, None),
            summary(2, Some(1)),
            summary(3, Some(2)),
            summary(4, None),
        ];
        let ids = |v: Vec<DatasetSummary>| v.into_iter().map(|d| d.id.0).collect::<Vec<_>>();
        assert_eq!(ids(later_versions(&all, DatasetId(1))), vec![2, 3, 5]);
        assert_eq!(ids(later_versions(&all, DatasetId(3))), vec![5]);
        assert!(later_versions(&all, DatasetId(4)).is_empty());
    }
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
) -> Result<Response, WebError> {
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
        Ok(false) => Err(super::not_found()),
        Err(tessera_store::StoreError::Invalid { message, .. }) => Err(WebError::bad_request(
            format!("The retention date {message}. Go back and correct it."),
        )),
        Err(e) => Err(e.into()),
    }
}
