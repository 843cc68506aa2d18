//! `/audit`: the organisation's audit log, newest first, a page at a time; `/audit.csv` and
//! `/api/v1/audit` export it. Documented in `docs/data-protection.md`.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tessera_app::audit;

use crate::AppState;
use crate::http::error::PageError;
use crate::http::extractors::AsOwner;

#[derive(Debug, Deserialize)]
pub(crate) struct PageParams {
    /// Show entries older than this id.
    before: Option<String>,
}

/// One part of an entry's detail: a short value shown as text, or a structure shown as JSON.
pub(crate) struct DetailPart {
    key: String,
    text: Option<String>,
    json: Option<String>,
}

/// An entry ready to show.
pub(crate) struct AuditLine {
    id: i64,
    at: String,
    actor: String,
    action: String,
    object: String,
    detail: Vec<DetailPart>,
}

fn detail_parts(detail: &serde_json::Value) -> Vec<DetailPart> {
    let part = |key: &str, value: &serde_json::Value| match value {
        serde_json::Value::Null => DetailPart {
            key: key.to_owned(),
            text: Some("none".to_owned()),
            json: None,
        },
        serde_json::Value::String(s) => DetailPart {
            key: key.to_owned(),
            text: Some(s.clone()),
            json: None,
        },
        serde_json::Value::Bool(_) | serde_json::Value::Number(_) => DetailPart {
            key: key.to_owned(),
            text: Some(value.to_string()),
            json: None,
        },
        _ => DetailPart {
            key: key.to_owned(),
            text: None,
            json: Some(serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())),
        },
    };
    match detail {
        serde_json::Value::Object(map) => map.iter().map(|(k, v)| part(k, v)).collect(),
        serde_json::Value::Null => Vec::new(),
        other => vec![part("detail", other)],
    }
}

#[derive(Template)]
#[template(path = "audit.html")]
pub(crate) struct AuditPage {
    org_name: String,
    lines: Vec<AuditLine>,
    /// The link to older entries, if any.
    older: Option<String>,
    /// Whether this is a later page than the first.
    paged: bool,
    crumbs: Vec<(String, String)>,
}

/// `GET /audit`.
pub(crate) async fn show(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Query(params): Query<PageParams>,
) -> Result<Html<String>, PageError> {
    let before = audit::parse_before(params.before.as_deref())?;
    let (records, next) = audit::page(state.store(), org.id, before).await?;
    let page = AuditPage {
        org_name: org.name,
        lines: records
            .into_iter()
            .map(|r| AuditLine {
                id: r.id,
                at: r
                    .event
                    .at
                    .replace('T', " ")
                    .trim_end_matches('Z')
                    .to_owned(),
                actor: r.event.actor,
                action: r.event.action,
                object: r.event.object,
                detail: detail_parts(&r.event.detail),
            })
            .collect(),
        older: next.map(|id| format!("/audit?before={id}")),
        paged: before.is_some(),
        crumbs: vec![("/".to_owned(), "Home".to_owned())],
    };
    Ok(Html(page.render()?))
}

/// `GET /audit.csv`: the whole log, one entry a line, the detail as JSON.
pub(crate) async fn export_csv(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
) -> Result<Response, PageError> {
    let records = audit::all_events(state.store(), org.id).await?;
    let header: Vec<String> = ["id", "at", "actor", "action", "object", "detail"]
        .map(str::to_owned)
        .to_vec();
    let rows: Vec<Vec<String>> = records
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.event.at.clone(),
                r.event.actor.clone(),
                r.event.action.clone(),
                r.event.object.clone(),
                r.event.detail.to_string(),
            ]
        })
        .collect();
    let bytes = tessera_app::export::csv(&header, &rows)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}-audit-log.csv\"", org.slug),
            ),
        ],
        bytes,
    )
        .into_response())
}
