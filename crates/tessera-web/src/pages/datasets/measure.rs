use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tessera_app::datasets::{MeasureOutcome, MeasureResults};
use tessera_app::{export, results};
use tessera_l10n::{t, ta};
use tessera_store::{DatasetSummary, OrgId};

use super::weighting::chooser::{Chooser, WeightingParam, choose};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::{AsAnalyst, CurrentOrg};
use crate::pages::datasets::profile::CountsView;
use crate::ui::charts::{IntervalChart, TrendChart};
use crate::ui::results::{Format, LineView, TrendView};

#[derive(Debug, Deserialize)]
pub(crate) struct ByParams {
    pub by: Option<String>,
    /// A kept weighting's name; absent or empty for the dataset's own weights.
    pub weighting: Option<String>,
}

impl ByParams {
    fn weighting(&self) -> WeightingParam {
        WeightingParam {
            weighting: self.weighting.clone(),
        }
    }
}

/// A headline: which responses it is about, and what they say.
pub(crate) struct Headline {
    /// "In 2025", "All waves together (2023, 2024, 2025, pooled)", "All responses".
    pub label: String,
    pub line: LineView,
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
    /// The latest wave's figures (or every response's, without waves): what the page leads
    /// with, naming what it is about.
    pub headline: Option<Headline>,
    /// Every wave pooled, labelled as such (only with more than one wave).
    pub pooled: Option<Headline>,
    pub rule: String,
    pub counts: CountsView,
}

impl MeasureView {
    fn new(r: MeasureResults) -> Self {
        let f = Format::of(&r.measure);
        let overall = LineView::all(&r.overall, f);
        let by_wave = LineView::all(&r.by_wave, f);
        let latest = by_wave.last().map(|l| Headline {
            label: ta("results-in-wave", &[("wave", l.label.as_str().into())]),
            line: l.clone(),
        });
        let all = overall.first().map(|l| Headline {
            label: if r.waves.len() > 1 {
                ta("results-pooled", &[("waves", r.waves.join(", ").into())])
            } else {
                t("results-all-responses")
            },
            line: l.clone(),
        });
        let (headline, pooled) = match latest {
            Some(latest) if r.waves.len() > 1 => (Some(latest), all),
            Some(latest) => (Some(latest), None),
            None => (all, None),
        };
        Self {
            split: LineView::all(&r.split, f),
            trend: r.trend.as_ref().map(|tr| TrendView::new(tr, f)),
            by: r.by,
            options: r.options,
            min_cell: r.min_cell,
            counts: CountsView::new(&r.counts, r.min_cell),
            rule: r.rule,
            headline,
            pooled,
            overall,
            by_wave,
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
    /// The first column's heading: the breakdown's name, "Wave", or "Responses".
    first_column: String,
    by_query: String,
    crumbs: Vec<(String, String)>,
    /// Lines with figures for the rows on neither side.
    other: Vec<LineView>,
    /// The gaps after accounting for age and sex (`datasets/_adjusted.html`).
    adjusted: Option<super::adjusted::AdjustedView>,
    /// The organisation's reference values for the measure's indicator (issue 18).
    references: Option<crate::pages::references::panel::ReferencePanel>,
    beside: Option<crate::pages::stories::beside::StoriesBeside>,
    /// The weighting chooser, and which weighting the figures use.
    chooser: Chooser,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    current: CurrentOrg,
    Path((id, measure)): Path<(String, String)>,
    Query(params): Query<ByParams>,
    uri: axum::http::Uri,
) -> Result<Response, PageError> {
    let org = &current.0;
    let (record, mapping) = super::load(&state, org.id, &id).await?;
    let crumbs = super::dataset_crumbs(&record.summary);
    let keep: Vec<(String, String)> = params
        .by
        .iter()
        .filter(|b| !b.is_empty())
        .map(|b| ("by".to_owned(), b.clone()))
        .collect();
    let (weighting, chooser) = choose(
        &state,
        org.id,
        record.summary.id,
        &params.weighting(),
        format!("/datasets/{}/measures/{measure}", record.summary.id),
        keep,
    )
    .await?;
    let r = match state
        .app()
        .measure_results_under(
            org.id,
            record.summary.id,
            &mapping,
            &measure,
            params.by.as_deref(),
            weighting.as_ref(),
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
    let lang = tessera_l10n::current();
    let placement = results::placement(state.catalogue(), &r.measure);
    let indicator = r
        .measure
        .indicator
        .as_deref()
        .and_then(|k| state.catalogue().indicator(k));
    let (table, table_heading, first_column) = match &r.by {
        Some(b) if Some(b) != mapping.wave.as_ref() => (
            r.split.clone(),
            ta("datasets-by", &[("by", b.as_str().into())]),
            b.clone(),
        ),
        _ if !r.by_wave.is_empty() => {
            (r.by_wave.clone(), t("datasets-by-wave"), t("datasets-wave"))
        }
        _ => (
            r.overall.clone(),
            t("results-all-responses"),
            t("datasets-responses"),
        ),
    };
    let split_chart = IntervalChart::new(
        "split-chart",
        &ta(
            "charts-split-title",
            &[
                ("measure", r.measure.label.as_str().into()),
                ("table", table_heading.as_str().into()),
            ],
        ),
        &table,
        f,
    )
    .render()?;
    let trend_chart = match TrendChart::new(
        "trend-chart",
        &ta(
            "charts-trend-title",
            &[("measure", r.measure.label.as_str().into())],
        ),
        &r.by_wave,
        f,
    ) {
        Some(chart) => chart.render()?,
        None => String::new(),
    };
    let other = table
        .iter()
        .filter(|l| {
            l.other
                .as_ref()
                .is_some_and(|o| o.estimate.is_some() || o.n_rounded.is_some())
        })
        .cloned()
        .collect();
    // The adjusted gaps are an addition: a failure leaves the rest of the page as it is.
    let adjusted = match state
        .app()
        .adjusted_gaps(org.id, record.summary.id, &mapping, &r.measure.id)
        .await
    {
        Ok(a) => a.map(|a| super::adjusted::AdjustedView::new(&a, f)),
        Err(e) => {
            tracing::warn!(error = %e, "adjusted gaps failed");
            None
        }
    };
    let references = match (&r.measure.indicator, r.overall.first()) {
        (Some(key), overall) => Some(
            crate::pages::references::panel::ReferencePanel::load(
                &state,
                &current.actor(),
                key,
                overall.map(|l| (&l.newcomers, &l.receiving_community)),
            )
            .await?,
        ),
        (None, _) => None,
    };
    let beside = match &r.measure.indicator {
        Some(key) => Some(
            crate::pages::stories::beside::StoriesBeside::load(&state, org.id, "indicator", key)
                .await?,
        ),
        None => None,
    };
    let page = MeasurePage {
        adjusted,
        references,
        beside,
        dataset: record.summary,
        indicator_name: indicator
            .map(|i| i.name_in(lang.code()).to_owned())
            .unwrap_or_default(),
        indicator_href: placement
            .as_ref()
            .map(|p| p.indicator_href.clone())
            .unwrap_or_default(),
        split_chart,
        trend_chart,
        table,
        table_heading,
        first_column,
        by_query: {
            let mut parts: Vec<String> = r.by.iter().map(|b| format!("by={b}")).collect();
            let w = chooser.query();
            if !w.is_empty() {
                parts.push(w);
            }
            if parts.is_empty() {
                String::new()
            } else {
                format!("?{}", parts.join("&"))
            }
        },
        chooser,
        other,
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
    params: &ByParams,
) -> Result<(MeasureResults, DatasetSummary), PageError> {
    let (record, mapping) = super::load(state, org, id).await?;
    let (weighting, _) = choose(
        state,
        org,
        record.summary.id,
        &params.weighting(),
        String::new(),
        Vec::new(),
    )
    .await?;
    match state
        .app()
        .measure_results_under(
            org,
            record.summary.id,
            &mapping,
            measure,
            params.by.as_deref(),
            weighting.as_ref(),
        )
        .await?
    {
        MeasureOutcome::Ready(r) => Ok((*r, record.summary)),
        MeasureOutcome::Running(_) => {
            Err(tessera_app::AppError::Unavailable(t("datasets-export-still-computing")).into())
        }
    }
}

/// The tidy CSV of a measure's results, for analysts (documented in `docs/data-files.md`).
pub(crate) async fn export_csv(
    State(state): State<AppState>,
    AsAnalyst(org, _): AsAnalyst,
    Path((id, measure)): Path<(String, String)>,
    Query(params): Query<ByParams>,
) -> Result<Response, PageError> {
    let (r, _) = export_results(&state, org.id, &id, &measure, &params).await?;
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

/// The report workbook of a measure's results: formatted, labelled, with notes.
pub(crate) async fn export_xlsx(
    State(state): State<AppState>,
    AsAnalyst(org, _): AsAnalyst,
    Path((id, measure)): Path<(String, String)>,
    Query(params): Query<ByParams>,
) -> Result<Response, PageError> {
    let (r, dataset) = export_results(&state, org.id, &id, &measure, &params).await?;
    let lang = tessera_l10n::current();
    let about = export::ExportAbout {
        dataset: dataset.name.clone(),
        version: dataset.version,
        file: dataset.source_name.clone(),
        indicator: r
            .measure
            .indicator
            .as_deref()
            .and_then(|k| state.catalogue().indicator(k))
            .map(|i| i.name_in(lang.code()).to_owned()),
        made: tessera_l10n::datetime(time::OffsetDateTime::now_utc()),
    };
    let bytes = export::xlsx_report(&r, &about)?;
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
