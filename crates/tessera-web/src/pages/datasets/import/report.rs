//! Step 3: the validation report, the problems as CSV, and saving.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_data::Problems;

use tessera_app::import::{ImportError, PendingImport};
use tessera_app::results::{Labels, design_text, group_rule_text};
use tessera_data::Format;
use tessera_l10n::{t, ta};

use super::{crumbs, kind_code, kind_key, pending};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

/// The report lists at most this many problems; the CSV has them all.
const SHOWN: usize = 100;

pub(crate) struct KindCount {
    name: String,
    count: usize,
}

pub(crate) struct ProblemRow {
    row: String,
    line: String,
    column: String,
    value: String,
    kind: String,
    message: String,
}

#[derive(Template)]
#[template(path = "datasets/import/report.html")]
pub(crate) struct ReportPage {
    crumbs: Vec<(String, String)>,
    token: String,
    name: String,
    file_name: String,
    n_rows: usize,
    n_columns: usize,
    n_problems: usize,
    left_out: usize,
    kept: usize,
    kinds: Vec<KindCount>,
    rows: Vec<ProblemRow>,
    n_measures: usize,
    group_rule: String,
    design: String,
    new_version: bool,
    /// How the file was read: (label, value) rows (encoding, header row, sheet).
    reading: Vec<(String, String)>,
    /// The language of the readers' problem messages (English), when the page is not in it.
    detail_lang: Option<&'static str>,
}

/// The pending import with its accepted mapping and problems, or a redirect back to the mapping.
async fn checked(
    state: &AppState,
    org: tessera_store::OrgId,
    token: &str,
) -> Result<Result<(PendingImport, Arc<Problems>), Response>, PageError> {
    let pending = pending(state, org, token).await?;
    match state.app().import_problems(&pending).await? {
        Some(problems) => Ok(Ok((pending, problems))),
        None => Ok(Err(Redirect::to(&format!(
            "/datasets/imports/{token}/mapping"
        ))
        .into_response())),
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let (pending, problems) = match checked(&state, org.id, &token).await? {
        Ok(c) => c,
        Err(redirect) => return Ok(redirect),
    };
    let Some(mapping) = &pending.mapping else {
        return Err(PageError::internal("checked import without a mapping"));
    };
    let data = &pending.outcome.dataset;
    let left_out = problems.row_indexes().len();
    let kinds = problems
        .summary()
        .into_iter()
        .map(|(kind, count)| KindCount {
            name: t(kind_key(kind)),
            count,
        })
        .collect();
    let rows = problems
        .iter()
        .take(SHOWN)
        .map(|p| ProblemRow {
            row: p
                .row
                .map(|r| r.to_string())
                .unwrap_or_else(|| "–".to_owned()),
            line: p.line.map(|l| l.to_string()).unwrap_or_default(),
            column: p.column.clone().unwrap_or_default(),
            value: p.value.clone().unwrap_or_default(),
            kind: t(kind_key(p.kind)),
            message: p.message.clone(),
        })
        .collect();
    let labels = Labels::new(mapping, &data.codebook);
    let mut reading = Vec::new();
    if pending.format == Format::Csv
        && let Some(encoding) = &data.source.encoding
    {
        let key = if pending.options.encoding.is_some() {
            "import-report-encoding-chosen"
        } else {
            "import-report-encoding-detected"
        };
        reading.push((
            t("import-report-encoding"),
            ta(key, &[("encoding", encoding.as_str().into())]),
        ));
    }
    if let Some(sheet) = &data.source.sheet {
        reading.push((t("import-report-sheet"), sheet.clone()));
    }
    if let Some(row) = pending.options.header_row {
        reading.push((
            t("import-report-header-row"),
            ta("import-report-header-row-value", &[("row", row.into())]),
        ));
    }
    let page = ReportPage {
        crumbs: crumbs(&[]),
        token: token.clone(),
        name: pending.name.clone(),
        file_name: pending.file_name.clone(),
        n_rows: data.n_rows,
        n_columns: data.columns.len(),
        n_problems: problems.len(),
        left_out,
        kept: data.n_rows - left_out.min(data.n_rows),
        kinds,
        rows,
        n_measures: mapping.measures.len(),
        group_rule: group_rule_text(mapping, &labels),
        design: design_text(mapping),
        new_version: pending.parent.is_some(),
        reading,
        detail_lang: (tessera_l10n::current() != tessera_l10n::Lang::En).then_some("en"),
    };
    Ok(Html(page.render()?).into_response())
}

pub(crate) async fn problems_csv(
    State(state): State<AppState>,
    AsEditor(org, _): AsEditor,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let (pending, problems) = match checked(&state, org.id, &token).await? {
        Ok(c) => c,
        Err(redirect) => return Ok(redirect),
    };
    let header: Vec<String> = ["row", "line", "column", "value", "kind", "message"]
        .map(str::to_owned)
        .to_vec();
    let mut rows = Vec::new();
    for p in problems.iter() {
        let fields = vec![
            p.row.map(|r| r.to_string()).unwrap_or_default(),
            p.line.map(|l| l.to_string()).unwrap_or_default(),
            p.column.clone().unwrap_or_default(),
            p.value.clone().unwrap_or_default(),
            kind_code(p.kind).to_owned(),
            p.message.clone(),
        ];
        rows.push(fields);
    }
    let out = tessera_app::export::csv(&header, &rows)?;
    let stem = pending
        .file_name
        .rsplit_once('.')
        .map_or(pending.file_name.as_str(), |(s, _)| s)
        .replace(
            |c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_',
            "_",
        );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{stem}-problems.csv\""),
            ),
        ],
        out,
    )
        .into_response())
}

pub(crate) async fn save(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    // Not yet checked: back to the mapping. Gone (saved already, by a first click whose answer
    // was lost): saving finds the dataset that first save made.
    if let Ok(Err(redirect)) = checked(&state, org.id, &token).await {
        return Ok(redirect);
    }
    let summary = match state.app().save_import(&who.in_org(&org), &token).await {
        Ok(summary) => summary,
        Err(ImportError::App(e)) => return Err(e.into()),
        Err(e) => return Err(PageError::internal(e)),
    };
    Ok(Redirect::to(&format!("/datasets/{}", summary.id)).into_response())
}
