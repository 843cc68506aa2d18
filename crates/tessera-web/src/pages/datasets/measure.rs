use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tessera_app::datasets::{MeasureOutcome, MeasureResults};
use tessera_app::{export, results};
use tessera_store::{DatasetSummary, OrgId};

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsAnalyst, CurrentOrg};
use crate::ui::charts::{IntervalChart, TrendChart};
use crate::ui::results::{Format, LineView, TrendView};

#[derive(Debug, Deserialize)]
pub(crate) struct ByParams {
    pub by: Option<String>,
}

/// One measure's results written out for the page.
pub(crate) struct MeasureView {
    pub measure: tessera_stats::mapping::MappedMeasure,
    pub by: Option<String>,
    pub options: Vec<String>,
    pub overall: Vec<LineView>,
    pub by_wave: Vec<LineView>,
    pub split: Vec<LineView>,
    pub trend: Option<TrendView>,
    pub min_cell: u64,
}

impl MeasureView {
    fn new(r: MeasureResults) -> Self {
        let f = Format::of(&r.measure);
        Self {
            overall: LineView::all(&r.overall, f),
            by_wave: LineView::all(&r.by_wave, f),
            split: LineView::all(&r.split, f),
            trend: r.trend.as_ref().map(|t| TrendView::new(t, f)),
            by: r.by,
            options: r.options,
            min_cell: r.min_cell,
            measure: r.measure,
        }
    }
}

#[derive(Template)]
#[template(path = "datasets/measure.html")]
pub(crate) struct MeasurePage {
    dataset: DatasetSummary,
    r: MeasureView,
    indicator_name: String,
    indicator_href: String,
    split_chart: String,
    trend_chart: String,
    table: Vec<LineView>,
    table_heading: String,
    by_query: String,
    crumbs: Vec<(String, String)>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    CurrentOrg(org, _): CurrentOrg,
    Path((id, measure)): Path<(String, String)>,
    Query(params): Query<ByParams>,
    uri: axum::http::Uri,
) -> Result<Response, PageError> {
    let (record, mapping) = super::load(&state, org.id, &id).await?;
    let crumbs = vec![
        ("/".to_owned(), "Home".to_owned()),
        ("/datasets".to_owned(), "Datasets".to_owned()),
        (
            format!("/datasets/{}", record.summary.id),
            record.summary.name.clone(),
        ),
    ];
    let r = match state
        .app()
        .measure_results(
            org.id,
            record.summary.id,
            &mapping,
            &measure,
            params.by.as_deref(),
        )
        .await?
    {
        MeasureOutcome::Running(since) => {
            let page = super::profile::ComputingPage {
                reload: uri.to_string(),
                dataset: record.summary,
                seconds: since.as_secs(),
                crumbs,
            };
            return Ok(Html(page.render()?).into_response());
        }
        MeasureOutcome::Ready(r) => MeasureView::new(*r),
    };
    let f = Format::of(&r.measure);
    let placement = results::placement(state.catalogue(), &r.measure);
    let (table, table_heading) = match &r.by {
        Some(b) if Some(b) != mapping.wave.as_ref() => (r.split.clone(), format!("By {b}")),
        _ if !r.by_wave.is_empty() => (r.by_wave.clone(), "By wave".to_owned()),
        _ => (r.overall.clone(), "All responses".to_owned()),
    };
    let split_chart = IntervalChart::new(
        "split-chart",
        &format!(
            "{}: newcomers and receiving community, {}",
            r.measure.label,
            table_heading.to_lowercase()
        ),
        &table,
        f,
    )
    .render()?;
    let trend_chart = match TrendChart::new(
        "trend-chart",
        &format!(
            "{}: newcomers and receiving community across waves",
            r.measure.label
        ),
        &r.by_wave,
        f,
    ) {
        Some(chart) => chart.render()?,
        None => String::new(),
    };
    let page = MeasurePage {
        dataset: record.summary,
        indicator_name: placement
            .as_ref()
            .map(|p| p.indicator_name.clone())
            .unwrap_or_default(),
        indicator_href: placement
            .as_ref()
            .map(|p| p.indicator_href.clone())
            .unwrap_or_default(),
        split_chart,
        trend_chart,
        table,
        table_heading,
        by_query: r
            .by
            .as_ref()
            .map(|b| format!("?by={b}"))
            .unwrap_or_default(),
        r,
        crumbs,
    };
    Ok(Html(page.render()?).into_response())
}

async fn export_results(
    state: &AppState,
    org: OrgId,
    id: &str,
    measure: &str,
    by: Option<&str>,
) -> Result<MeasureResults, PageError> {
    let (record, mapping) = super::load(state, org, id).await?;
    match state
        .app()
        .measure_results(org, record.summary.id, &mapping, measure, by)
        .await?
    {
        MeasureOutcome::Ready(r) => Ok(*r),
        MeasureOutcome::Running(_) => Err(tessera_app::AppError::Unavailable(
            "The estimates are still being computed. Try the download again in a few seconds."
                .to_owned(),
        )
        .into()),
    }
}

pub(crate) async fn export_csv(
    State(state): State<AppState>,
    AsAnalyst(org, _): AsAnalyst,
    Path((id, measure)): Path<(String, String)>,
    Query(params): Query<ByParams>,
) -> Result<Response, PageError> {
    let r = export_results(&state, org.id, &id, &measure, params.by.as_deref()).await?;
    let (header, rows) = export::measure_rows(&r);
    let bytes = export::csv(&header, &rows)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}\"",
                    export::file_name(&measure, r.by.as_deref(), "csv")
                ),
            ),
        ],
        bytes,
    )
        .into_response())
}

pub(crate) async fn export_xlsx(
    State(state): State<AppState>,
    AsAnalyst(org, _): AsAnalyst,
    Path((id, measure)): Path<(String, String)>,
    Query(params): Query<ByParams>,
) -> Result<Response, PageError> {
    let r = export_results(&state, org.id, &id, &measure, params.by.as_deref()).await?;
    let (header, rows) = export::measure_rows(&r);
    let bytes = export::xlsx("Results", &header, &rows)?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}\"",
                    export::file_name(&measure, r.by.as_deref(), "xlsx")
                ),
            ),
        ],
        bytes,
    )
        .into_response())
}
