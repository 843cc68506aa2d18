//! Step 3: the validation report, the problems as CSV, and saving.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_data::Problems;
use tessera_store::prelude::*;

use super::{PendingImport, crumbs, kind_code, new_dataset, pending, remove};
use crate::org::AsEditor;
use crate::{AppState, WebError};

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
fn checked(
    state: &AppState,
    org: tessera_store::OrgId,
    token: &str,
) -> Result<Result<(PendingImport, Arc<Problems>), Response>, WebError> {
    let pending = pending(state, org, token)?;
    match (&pending.problems, &pending.mapping) {
        (Some(problems), Some(_)) => {
            let problems = Arc::clone(problems);
            Ok(Ok((pending, problems)))
        }
        _ => Ok(Err(Redirect::to(&format!(
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
) -> Result<Response, WebError> {
    let (pending, problems) = match checked(&state, org.id, &token)? {
        Ok(c) => c,
        Err(redirect) => return Ok(redirect),
    };
    let Some(mapping) = &pending.mapping else {
        return Err(WebError::internal("checked import without a mapping"));
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
) -> Result<Response, WebError> {
    let (pending, problems) = match checked(&state, org.id, &token)? {
        Ok(c) => c,
        Err(redirect) => return Ok(redirect),
    };
    let mut out = String::from("row,line,column,value,kind,message\n");
    for p in problems.iter() {
        let fields = [
            p.row.map(|r| r.to_string()).unwrap_or_default(),
            p.line.map(|l| l.to_string()).unwrap_or_default(),
            p.column.clone().unwrap_or_default(),
            p.value.clone().unwrap_or_default(),
            kind_code(p.kind).to_owned(),
            p.message.clone(),
        ];
        let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&quoted.join(","));
        out.push('\n');
    }
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

/// Quotes a CSV field when needed, and defuses spreadsheet formulas (a value from the upload
/// starting with `=`, `+`, `-` or `@` would run as a formula when the CSV is opened in Excel).
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '@'])
        || (text.starts_with('-') && text.parse::<f64>().is_err())
    {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

pub(crate) async fn save(
    State(state): State<AppState>,
    AsEditor(org, who): AsEditor,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let (pending, problems) = match checked(&state, org.id, &token)? {
        Ok(c) => c,
        Err(redirect) => return Ok(redirect),
    };
    let Some(mapping) = pending.mapping.clone() else {
        return Err(WebError::internal("checked import without a mapping"));
    };
    let org_id = org.id;
    let actor = who.actor.clone();
    let new = tokio::task::spawn_blocking(move || {
        new_dataset(
            org_id,
            &pending.name,
            pending.parent,
            &pending.file_name,
            pending.format,
            pending.bytes.as_ref().clone(),
            &pending.outcome,
            &problems,
            &mapping,
            &actor,
        )
    })
    .await
    .map_err(WebError::internal)?
    .map_err(WebError::internal)?;
    let summary = state.store().create_dataset(new).await?;
    remove(&state, &token)?;
    tracing::info!(
        org.id = %org.id,
        dataset.id = %summary.id,
        rows = summary.n_rows,
        rows_left_out = summary.n_excluded,
        "dataset imported"
    );
    Ok(Redirect::to(&format!("/datasets/{}", summary.id)).into_response())
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("-3"), "-3");
    }
}
