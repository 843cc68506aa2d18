//! `GET /datasets/{id}/weightings/{name}`: what a weighting did — iterations, every margin's
//! categories with the target, the weighted count before and after, the adjustment factors'
//! distribution, Kish's design effect, the rows with extreme weights; `POST …/delete` deletes
//! it (editors and owners).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_app::weighting::KeptWeighting;
use tessera_l10n::{number, t};
use tessera_store::{DatasetSummary, Role};

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsEditor, CurrentOrg};

/// One category of a margin as shown.
pub(crate) struct MarginRow {
    pub margin: String,
    pub category: String,
    pub rows: usize,
    pub target: String,
    pub before: String,
    pub achieved: String,
}

/// Five numbers of a distribution, written out.
pub(crate) struct SpreadView {
    pub min: String,
    pub q1: String,
    pub median: String,
    pub q3: String,
    pub max: String,
}

impl SpreadView {
    fn new(s: &tessera_stats::weighting::Spread, decimals: usize) -> Self {
        Self {
            min: number(s.min, decimals),
            q1: number(s.q1, decimals),
            median: number(s.median, decimals),
            q3: number(s.q3, decimals),
            max: number(s.max, decimals),
        }
    }
}

/// A row with an extreme weight.
pub(crate) struct ExtremeView {
    pub row: usize,
    pub weight: String,
    pub factor: String,
}

#[derive(Template)]
#[template(path = "datasets/weighting/report.html")]
pub(crate) struct WeightingPage {
    crumbs: Vec<(String, String)>,
    dataset: DatasetSummary,
    name: String,
    method: String,
    made: String,
    iterations: u32,
    kish: String,
    kish_before: String,
    worst_miss: String,
    margins: Vec<MarginRow>,
    factors: SpreadView,
    weights: SpreadView,
    extreme: Vec<ExtremeView>,
    extreme_count: usize,
    trimmed: usize,
    profile_href: String,
    delete_action: String,
    can_edit: bool,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub(crate) struct ReportQuery {
    #[serde(default)]
    done: String,
}

impl WeightingPage {
    fn new(
        dataset: DatasetSummary,
        w: &KeptWeighting,
        can_edit: bool,
        notice: Option<String>,
    ) -> Self {
        let r = &w.report;
        let query: String = form_urlencoded::byte_serialize(w.summary.name.as_bytes()).collect();
        let segment = super::path_segment(&w.summary.name);
        Self {
            crumbs: super::super::crumbs(&[
                (format!("/datasets/{}", dataset.id), dataset.name.clone()),
                (
                    format!("/datasets/{}/weightings", dataset.id),
                    t("weighting-list-title"),
                ),
            ]),
            name: w.summary.name.clone(),
            method: super::method_name(&w.summary.method),
            made: tessera_l10n::ta(
                "weighting-list-made",
                &[
                    ("who", w.summary.created_by.as_str().into()),
                    ("when", super::made_at(&w.summary.created_at).into()),
                ],
            ),
            iterations: r.iterations,
            kish: number(r.kish_deff, 3),
            kish_before: number(r.kish_deff_before, 3),
            worst_miss: tessera_l10n::percent(r.worst_relative_miss, 4),
            margins: r
                .margins
                .iter()
                .map(|m| MarginRow {
                    margin: m.margin.clone(),
                    category: m.category.clone(),
                    rows: m.rows,
                    target: number(m.target, 1),
                    before: number(m.before, 1),
                    achieved: number(m.achieved, 1),
                })
                .collect(),
            factors: SpreadView::new(&r.factors, 3),
            weights: SpreadView::new(&r.weights, 2),
            extreme: r
                .extreme_rows
                .iter()
                .map(|e| ExtremeView {
                    row: e.row,
                    weight: number(e.weight, 2),
                    factor: number(e.factor, 3),
                })
                .collect(),
            extreme_count: r.extreme_count,
            trimmed: r.trimmed_rows,
            profile_href: format!("/datasets/{}?weighting={query}", dataset.id),
            delete_action: format!("/datasets/{}/weightings/{segment}/delete", dataset.id),
            can_edit,
            notice,
            dataset,
        }
    }
}

/// `GET /datasets/{id}/weightings/{name}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    current: CurrentOrg,
    Path((id, name)): Path<(String, String)>,
    Query(query): Query<ReportQuery>,
) -> Result<Response, PageError> {
    let org = current.0.id;
    let (record, _) = super::super::load(&state, org, &id).await?;
    let kept = state
        .app()
        .kept_weighting(org, record.summary.id, &name)
        .await?;
    let notice = (query.done == "made")
        .then(|| tessera_l10n::ta("weighting-done-made", &[("name", name.as_str().into())]));
    let page = WeightingPage::new(
        record.summary,
        &kept,
        current.1.role >= Role::Editor,
        notice,
    );
    Ok(Html(page.render()?).into_response())
}

/// `POST /datasets/{id}/weightings/{name}/delete`.
pub(crate) async fn delete(
    State(state): State<AppState>,
    editor: AsEditor,
    Path((id, name)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let dataset = tessera_app::datasets::parse_id(&id)?;
    // The dataset must be the organisation's (404 otherwise), as for every other page.
    state.app().dataset_shared(editor.0.id, dataset).await?;
    state
        .app()
        .delete_weighting(&editor.actor(), dataset, &name)
        .await?;
    Ok(Redirect::to(&format!("/datasets/{dataset}/weightings?done=deleted")).into_response())
}
