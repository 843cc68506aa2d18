//! `/audit`: the organisation's audit log, newest first, a page at a time; `/audit.csv` and
//! `/api/v1/audit` export it. Documented in `docs/data-protection.md`.

use askama::Template;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tessera_store::prelude::*;
use tessera_store::{AuditRecord, OrgId};

use crate::org::AsOwner;
use crate::{AppState, WebError};

/// Entries on one page of the log (and of the API).
pub(crate) const PAGE_SIZE: u32 = 100;

/// Entries read per query when the whole log is exported.
const EXPORT_CHUNK: u32 = 1000;

#[derive(Debug, Deserialize)]
pub(crate) struct PageParams {
    /// Show entries older than this id.
    before: Option<String>,
}

impl PageParams {
    fn before(&self) -> Result<Option<i64>, WebError> {
        match self.before.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(text) => text
                .parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .map(Some)
                .ok_or_else(|| {
                    WebError::bad_request(format!(
                        "{text:?} is not an audit entry number; use ?before= with a number from the log."
                    ))
                }),
        }
    }
}

/// One page of entries, and the id to continue from if there are older ones.
async fn page(
    state: &AppState,
    org: OrgId,
    before: Option<i64>,
) -> Result<(Vec<AuditRecord>, Option<i64>), WebError> {
    // One more than shown, to know whether an older page exists.
    let mut records = state.store().audit_page(org, before, PAGE_SIZE + 1).await?;
    let more = records.len() > PAGE_SIZE as usize;
    records.truncate(PAGE_SIZE as usize);
    let next = if more {
        records.last().map(|r| r.id)
    } else {
        None
    };
    Ok((records, next))
}

/// The whole log of an organisation, newest first.
pub(crate) async fn all_events(state: &AppState, org: OrgId) -> Result<Vec<AuditRecord>, WebError> {
    let mut all = Vec::new();
    let mut before = None;
    loop {
        let chunk = state.store().audit_page(org, before, EXPORT_CHUNK).await?;
        let done = chunk.len() < EXPORT_CHUNK as usize;
        before = chunk.last().map(|r| r.id);
        all.extend(chunk);
        if done || before.is_none() {
            return Ok(all);
        }
    }
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
) -> Result<Html<String>, WebError> {
    let before = params.before()?;
    let (records, next) = page(&state, org.id, before).await?;
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
) -> Result<Response, WebError> {
    let records = all_events(&state, org.id).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["id", "at", "actor", "action", "object", "detail"])
        .map_err(WebError::internal)?;
    for r in &records {
        writer
            .write_record([
                r.id.to_string().as_str(),
                &r.event.at,
                &r.event.actor,
                &r.event.action,
                &r.event.object,
                &r.event.detail.to_string(),
            ])
            .map_err(WebError::internal)?;
    }
    let bytes = writer.into_inner().map_err(WebError::internal)?;
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

/// `GET /api/v1/audit?before=ID`: one page of the log, with a link to the next.
pub(crate) async fn api(
    State(state): State<AppState>,
    AsOwner(org, _): AsOwner,
    Query(params): Query<PageParams>,
) -> Result<Json<serde_json::Value>, WebError> {
    let before = params.before().map_err(WebError::json)?;
    let (records, next) = page(&state, org.id, before).await.map_err(WebError::json)?;
    Ok(Json(serde_json::json!({
        "events": records,
        "links": { "next": next.map(|id| format!("/api/v1/audit?before={id}")) },
    })))
}
