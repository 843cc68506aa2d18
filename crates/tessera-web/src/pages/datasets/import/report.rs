//! Step 3: the validation report, the problems as CSV, and saving.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_data::Problems;

use tessera_app::import::{ImportError, PendingImport};

use super::{crumbs, kind_code, pending};
use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsEditor;

/// The report lists at most this many problems; the CSV has them all.
const SHOWN: usize = 100;

pub(crate) struct KindCount {
    name: &'static str,
    count: usize,
}

pub(crate) struct ProblemRow {
    row: String,
    line: String,
    column: String,
    value: String,
    kind: &'static str,
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

fn describe_group(mapping: &tessera_stats::mapping::DatasetMapping) -> String {
    use tessera_stats::mapping::{Condition, Side};
    let mut parts = Vec::new();
    for rule in &mapping.group.rules {
        let side = match rule.side {
            Side::Newcomers => "newcomers",
            Side::ReceivingCommunity => "receiving community",
        };
        let conditions: Vec<String> = rule
            .conditions
            .iter()
            .map(|c| match c {
                Condition::In { variable, values } => {
                    format!("{variable} is {}", values.join(" or "))
                }
                Condition::NotIn { variable, values } => {
                    format!("{variable} is not {}", values.join(" or "))
                }
                Condition::Below { variable, value } => {
                    format!("{variable} below {}", tessera_data::format_number(*value))
                }
                Condition::AtLeast { variable, value } => {
                    format!(
                        "{variable} at least {}",
                        tessera_data::format_number(*value)
                    )
                }
                Condition::Blank { variable } => format!("{variable} is blank"),
            })
            .collect();
        parts.push(format!("{side} where {}", conditions.join(" and ")));
    }
    parts.push("everyone else: other or unknown".to_owned());
    parts.join("; ")
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
            name: kind.name(),
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
            kind: p.kind.name(),
            message: p.message.clone(),
        })
        .collect();
    let design = match &mapping.design {
        None => "simple random sample".to_owned(),
        Some(d) => {
            let parts: Vec<String> = [
                ("weight", &d.weight),
                ("strata", &d.strata),
                ("clusters", &d.psu),
                ("fpc", &d.fpc),
            ]
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
            parts.join(", ")
        }
    };
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
        group_rule: describe_group(mapping),
        design,
        new_version: pending.parent.is_some(),
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
