use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tessera_stats::Report;
use tessera_stats::mapping::{DatasetMapping, GROUP_COLUMN, MappedMeasure};
use tessera_store::{DatasetId, DatasetSummary, OrgId};

use super::compute::{self, Computed};
use super::view::{self, Format, LineView, TrendView};
use crate::charts::{IntervalChart, TrendChart};
use crate::org::{AsAnalyst, CurrentOrg};
use crate::{AppState, WebError};

#[derive(Debug, Deserialize)]
pub(crate) struct ByParams {
    pub by: Option<String>,
}

/// Everything the measure page, its exports and the API need, computed once.
pub(crate) struct MeasureResults {
    pub measure: MappedMeasure,
    pub by: Option<String>,
    pub options: Vec<String>,
    pub overall: Vec<LineView>,
    pub by_wave: Vec<LineView>,
    pub split: Vec<LineView>,
    pub trend: Option<TrendView>,
    pub min_cell: u64,
}

pub(crate) enum Outcome {
    Ready(Box<MeasureResults>),
    Running(std::time::Duration),
}

/// Computes (or fetches) one measure's results split by `by`.
pub(crate) async fn results(
    state: &AppState,
    org: OrgId,
    dataset: DatasetId,
    mapping: &DatasetMapping,
    measure_id: &str,
    by: Option<&str>,
) -> Result<Outcome, WebError> {
    let measure = mapping
        .measures
        .iter()
        .find(|m| m.id == measure_id)
        .cloned()
        .ok_or_else(|| {
            WebError::not_found(format!("This dataset has no measure “{measure_id}”."))
        })?;
    let options = view::split_options(mapping);
    let by = match by.map(str::trim).filter(|b| !b.is_empty()) {
        Some(b) if options.iter().any(|o| o == b) => Some(b.to_owned()),
        Some(b) => {
            return Err(WebError::bad_request(format!(
                "“{b}” is not a breakdown of this dataset; choose one of: {}",
                options.join(", ")
            )));
        }
        None => None,
    };
    let mut breakdowns = vec![vec![GROUP_COLUMN.to_owned()]];
    if let Some(w) = &mapping.wave {
        breakdowns.push(vec![w.clone(), GROUP_COLUMN.to_owned()]);
    }
    if let Some(b) = by.as_ref().filter(|b| Some(*b) != mapping.wave.as_ref()) {
        breakdowns.push(vec![b.clone(), GROUP_COLUMN.to_owned()]);
    }
    let report: Report = match compute::report(state, org, dataset, mapping, breakdowns).await? {
        Computed::Running(since) => return Ok(Outcome::Running(since)),
        Computed::Ready(report, _) => *report,
    };
    let waves: Vec<String> = mapping.wave.iter().cloned().collect();
    let split = match &by {
        Some(b) => view::lines(&report, &measure, std::slice::from_ref(b)),
        None => Vec::new(),
    };
    Ok(Outcome::Ready(Box::new(MeasureResults {
        overall: view::lines(&report, &measure, &[]),
        by_wave: if waves.is_empty() {
            Vec::new()
        } else {
            view::lines(&report, &measure, &waves)
        },
        trend: view::trend(&report, &measure),
        split,
        by,
        options,
        min_cell: report.thresholds.min_cell,
        measure,
    })))
}

#[derive(Template)]
#[template(path = "datasets/measure.html")]
pub(crate) struct MeasurePage {
    dataset: DatasetSummary,
    r: MeasureResults,
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
) -> Result<Response, WebError> {
    let (record, mapping) = super::load(&state, org.id, &id).await?;
    let crumbs = vec![
        ("/".to_owned(), "Home".to_owned()),
        ("/datasets".to_owned(), "Datasets".to_owned()),
        (
            format!("/datasets/{}", record.summary.id),
            record.summary.name.clone(),
        ),
    ];
    let r = match results(
        &state,
        org.id,
        record.summary.id,
        &mapping,
        &measure,
        params.by.as_deref(),
    )
    .await?
    {
        Outcome::Running(since) => {
            let page = super::profile::ComputingPage {
                reload: uri.to_string(),
                dataset: record.summary,
                seconds: since.as_secs(),
                crumbs,
            };
            return Ok(Html(page.render()?).into_response());
        }
        Outcome::Ready(r) => *r,
    };
    let f = Format::of(&r.measure);
    let placement = view::placement(state.catalogue(), &r.measure);
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

/// The rows of a results table for export: every column, status spelled out, suppressed cells
/// empty.
pub(crate) fn export_rows(r: &MeasureResults) -> (Vec<String>, Vec<Vec<String>>) {
    let lines: Vec<&LineView> = r.overall.iter().chain(&r.by_wave).chain(&r.split).collect();
    let mut names: Vec<String> = Vec::new();
    for l in &lines {
        for (k, _) in &l.cell {
            if !names.contains(k) {
                names.push(k.clone());
            }
        }
    }
    let mut header = vec!["measure".to_owned()];
    header.extend(names.iter().cloned());
    for g in ["newcomers", "receiving_community"] {
        for c in ["estimate", "ci_low", "ci_high", "n_rounded", "status"] {
            header.push(format!("{g}_{c}"));
        }
    }
    header.extend(
        [
            "gap",
            "gap_ci_low",
            "gap_ci_high",
            "ratio",
            "gap_status",
            "suppression_rule",
        ]
        .map(str::to_owned),
    );
    let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let rule = format!(
        "figures from fewer than {} valid responses are suppressed; counts rounded to the nearest {}",
        r.min_cell,
        view::COUNT_ROUNDING
    );
    let rows = lines
        .iter()
        .map(|l| {
            let mut row = vec![r.measure.id.clone()];
            for n in &names {
                row.push(
                    l.cell
                        .iter()
                        .find(|(k, _)| k == n)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_else(|| tessera_stats::ALL.to_owned()),
                );
            }
            for c in [&l.newcomers, &l.receiving_community] {
                row.extend([
                    num(c.estimate),
                    num(c.ci_low),
                    num(c.ci_high),
                    c.n_rounded.map(|n| n.to_string()).unwrap_or_default(),
                    c.status.as_str().to_owned(),
                ]);
            }
            row.extend([
                num(l.gap.difference),
                num(l.gap.ci_low),
                num(l.gap.ci_high),
                num(l.gap.ratio),
                l.gap.status.as_str().to_owned(),
                rule.clone(),
            ]);
            row
        })
        .collect();
    (header, rows)
}

async fn export_results(
    state: &AppState,
    org: OrgId,
    id: &str,
    measure: &str,
    by: Option<&str>,
) -> Result<MeasureResults, WebError> {
    let (record, mapping) = super::load(state, org, id).await?;
    match results(state, org, record.summary.id, &mapping, measure, by).await? {
        Outcome::Ready(r) => Ok(*r),
        Outcome::Running(_) => Err(WebError::unavailable(
            "The estimates are still being computed. Try the download again in a few seconds.",
        )),
    }
}

fn file_name(measure: &str, by: Option<&str>, ext: &str) -> String {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    match by {
        Some(b) => format!("{}-by-{}.{ext}", safe(measure), safe(b)),
        None => format!("{}.{ext}", safe(measure)),
    }
}

pub(crate) async fn export_csv(
    State(state): State<AppState>,
    AsAnalyst(org, _): AsAnalyst,
    Path((id, measure)): Path<(String, String)>,
    Query(params): Query<ByParams>,
) -> Result<Response, WebError> {
    let r = export_results(&state, org.id, &id, &measure, params.by.as_deref()).await?;
    let (header, rows) = export_rows(&r);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&header).map_err(WebError::internal)?;
    for row in &rows {
        writer.write_record(row).map_err(WebError::internal)?;
    }
    let bytes = writer.into_inner().map_err(WebError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}\"",
                    file_name(&measure, r.by.as_deref(), "csv")
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
) -> Result<Response, WebError> {
    let r = export_results(&state, org.id, &id, &measure, params.by.as_deref()).await?;
    let (header, rows) = export_rows(&r);
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Results").map_err(WebError::internal)?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (c, h) in header.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, h, &bold)
            .map_err(WebError::internal)?;
    }
    for (i, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            let (r0, c0) = (i as u32 + 1, c as u16);
            // Numbers stay numbers, so the spreadsheet can compute with them.
            match value.parse::<f64>() {
                Ok(v) if !header[c].ends_with("status") => sheet.write_number(r0, c0, v),
                _ => sheet.write_string(r0, c0, value),
            }
            .map_err(WebError::internal)?;
        }
    }
    let bytes = book.save_to_buffer().map_err(WebError::internal)?;
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
                    file_name(&measure, r.by.as_deref(), "xlsx")
                ),
            ),
        ],
        bytes,
    )
        .into_response())
}
