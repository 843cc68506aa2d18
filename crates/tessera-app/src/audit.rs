//! Recording events that change no stored object (signing in and out, switching organisation,
//! an upload waiting for its mapping). Changes to stored objects are recorded by the store in the
//! same transaction as the change.

use tessera_store::{AnyStore, AuditRecord, NewAuditEvent, OrgId, prelude::*};

use crate::AppResult;

/// Appends one event to the audit log.
pub async fn record(
    store: &AnyStore,
    org: Option<OrgId>,
    actor: &str,
    action: &str,
    object: String,
    detail: serde_json::Value,
) -> AppResult<()> {
    store
        .record_event(NewAuditEvent::new(org, actor, action, object, detail))
        .await?;
    Ok(())
}

/// Entries on one page of the log (and of the API).
pub const PAGE_SIZE: u32 = 100;

/// Entries read per query when the whole log is exported.
const EXPORT_CHUNK: u32 = 1000;

/// Parses `?before=` (show entries older than this id).
pub fn parse_before(before: Option<&str>) -> AppResult<Option<i64>> {
    match before.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0)
            .map(Some)
            .ok_or_else(|| {
                crate::AppError::Invalid(format!(
                    "{text:?} is not an audit entry number; use ?before= with a number from the log."
                ))
            }),
    }
}

/// One page of the organisation's log, newest first, and the id to continue from if there are
/// older entries.
pub async fn page(
    store: &AnyStore,
    org: OrgId,
    before: Option<i64>,
) -> AppResult<(Vec<AuditRecord>, Option<i64>)> {
    // One more than shown, to know whether an older page exists.
    let mut records = store.audit_page(org, before, PAGE_SIZE + 1).await?;
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
pub async fn all_events(store: &AnyStore, org: OrgId) -> AppResult<Vec<AuditRecord>> {
    let mut all = Vec::new();
    let mut before = None;
    loop {
        let chunk = store.audit_page(org, before, EXPORT_CHUNK).await?;
        let done = chunk.len() < EXPORT_CHUNK as usize;
        before = chunk.last().map(|r| r.id);
        all.extend(chunk);
        if done || before.is_none() {
            return Ok(all);
        }
    }
}
