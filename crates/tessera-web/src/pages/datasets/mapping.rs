//! A saved dataset's mapping: shown to every member (`GET /datasets/{id}/mapping`: who counts
//! as a newcomer, the design, the measures, the words for codes), and edited by editors
//! (`/datasets/{id}/mapping/edit`) with the import's mapping form. A saved dataset never
//! changes, so an edited mapping is saved as a new version, checked as an import is.

use std::sync::Arc;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_app::import::ImportError;
use tessera_app::results::{Labels, design_text, group_rule_text};
use tessera_data::Dataset;
use tessera_l10n::{t, ta};
use tessera_stats::EstimandKind;
use tessera_stats::mapping::DatasetMapping;
use tessera_store::{DatasetRecord, DatasetSummary, prelude::*};

use super::import::FieldError;
use super::import::columns::{self, ColumnInfo};
use super::import::mapping::form::{self, Action};
use super::import::mapping::{guess, problem_field, validate, view};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};

/// One measure as the mapping page lists it.
pub(crate) struct MeasureLine {
    label: String,
    href: String,
    column: String,
    kind: String,
    counts: String,
    left_out: String,
    indicator: String,
    indicator_href: String,
}

/// A column's words for its codes.
pub(crate) struct WordsLine {
    column: String,
    words: String,
}

#[derive(Template)]
#[template(path = "datasets/mapping.html")]
pub(crate) struct MappingShowPage {
    crumbs: Vec<(String, String)>,
    dataset: DatasetSummary,
    rule: String,
    design: String,
    wave: String,
    area: String,
    breakdowns: String,
    measures: Vec<MeasureLine>,
    words: Vec<WordsLine>,
}

fn codes(labels: &Labels, column: &str, codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| match labels.label(column, c) {
            Some(l) if l != c => format!("{c} ({l})"),
            _ => c.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let (record, mapping) = super::load(&state, org.id, &id).await?;
    let labels = Labels::new(&mapping, &record.codebook);
    let lang = tessera_l10n::current();
    let summary = record.summary;
    let measures = mapping
        .measures
        .iter()
        .map(|m| {
            let column = m.variable.clone().unwrap_or_default();
            let indicator = m
                .indicator
                .as_deref()
                .and_then(|key| state.catalogue().indicator(key));
            MeasureLine {
                label: m.label.clone(),
                href: format!("/datasets/{}/measures/{}", summary.id, m.id),
                kind: t(match m.kind {
                    EstimandKind::Proportion => "datasets-mapping-kind-proportion",
                    EstimandKind::Mean | EstimandKind::Total => "datasets-mapping-kind-mean",
                }),
                counts: codes(&labels, &column, &m.success),
                left_out: codes(&labels, &column, &m.exclude),
                indicator: indicator
                    .map(|i| i.name_in(lang.code()).to_owned())
                    .unwrap_or_default(),
                indicator_href: indicator
                    .map(|i| format!("/frameworks/{}/indicators/{}", i.pack, i.id))
                    .unwrap_or_default(),
                column,
            }
        })
        .collect();
    let words = mapping
        .value_labels
        .iter()
        .map(|(column, labels)| WordsLine {
            column: column.clone(),
            words: labels
                .iter()
                .map(|(code, label)| format!("{code} = {label}"))
                .collect::<Vec<_>>()
                .join("; "),
        })
        .collect();
    let none = t("datasets-mapping-none");
    let page = MappingShowPage {
        crumbs: super::dataset_crumbs(&summary),
        rule: group_rule_text(&mapping, &labels),
        design: design_text(&mapping),
        wave: mapping.wave.clone().unwrap_or_else(|| none.clone()),
        area: mapping.area.clone().unwrap_or_else(|| none.clone()),
        breakdowns: if mapping.breakdowns.is_empty() {
            none
        } else {
            mapping.breakdowns.join(", ")
        },
        measures,
        words,
        dataset: summary,
    };
    Ok(Html(page.render()?))
}

/// The stored rows and what the mapping page knows of their columns.
async fn stored(
    state: &AppState,
    record: &DatasetRecord,
) -> Result<(Arc<Dataset>, Vec<ColumnInfo>), PageError> {
    let data = state
        .store()
        .dataset_data(record.summary.org, record.summary.id)
        .await?
        .ok_or_else(tessera_app::datasets::not_found)?;
    let data = Arc::new(data);
    let described = Arc::clone(&data);
    let columns = tokio::task::spawn_blocking(move || columns::describe(&described))
        .await
        .map_err(PageError::internal)?;
    Ok((data, columns))
}

fn frame(d: &DatasetSummary) -> view::Frame {
    view::Frame {
        crumbs: super::crumbs(&[
            (format!("/datasets/{}", d.id), d.name.clone()),
            (
                format!("/datasets/{}/mapping", d.id),
                t("datasets-mapping-crumb"),
            ),
        ]),
        action: format!("/datasets/{}/mapping/edit", d.id),
        caption: ta(
            "datasets-name-version",
            &[
                ("name", d.name.as_str().into()),
                ("version", d.version.into()),
            ],
        ),
        heading: t("datasets-mapping-edit-heading"),
        intro: ta(
            "datasets-mapping-edit-intro",
            &[
                ("version", d.version.into()),
                ("next", (d.version + 1).into()),
            ],
        ),
        submit: t("datasets-mapping-edit-submit"),
        back: (
            format!("/datasets/{}", d.id),
            t("datasets-mapping-edit-cancel"),
        ),
        file_name: d.source_name.clone(),
    }
}

pub(crate) async fn edit_form(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let (record, mapping) = super::load(&state, org.id, &id).await?;
    let (data, columns) = stored(&state, &record).await?;
    let catalogue = state.catalogue();
    let form = guess::from_mapping(&mapping, &columns, &data, catalogue);
    let page = view::page(
        frame(&record.summary),
        &columns,
        &data,
        &form,
        Vec::new(),
        catalogue,
    );
    Ok(Html(page.render()?))
}

pub(crate) async fn edit(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let (record, _) = super::load(&state, org.id, &id).await?;
    let (data, columns) = stored(&state, &record).await?;
    let catalogue = state.catalogue();
    let (form, action) = form::parse(&body);
    let again = |errors: Vec<FieldError>| -> Result<Response, PageError> {
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        let page = view::page(
            frame(&record.summary),
            &columns,
            &data,
            &form,
            errors,
            catalogue,
        );
        Ok((status, Html(page.render()?)).into_response())
    };
    if action == Action::Refresh {
        return again(Vec::new());
    }
    let mapping: DatasetMapping = match validate::validate(&form, &columns, catalogue) {
        Ok(m) => m,
        Err(errors) => return again(errors),
    };
    match state
        .app()
        .remap_dataset(&who.in_org(&org), &id, mapping.clone())
        .await
    {
        Ok(saved) => Ok(Redirect::to(&format!("/datasets/{}", saved.id)).into_response()),
        Err(ImportError::Design(problem)) => {
            again(vec![problem_field(&problem, &mapping, &columns)])
        }
        Err(ImportError::Mapping(e)) => again(vec![FieldError::new(
            "design",
            ImportError::Mapping(e).text(),
        )]),
        Err(ImportError::App(e)) => Err(e.into()),
        Err(e) => Err(PageError::internal(e)),
    }
}
