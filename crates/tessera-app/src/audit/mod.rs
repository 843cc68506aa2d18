//! The audit log: recording events that change no stored object (signing in and out,
//! switching organisation, an upload waiting for its mapping) — changes to stored objects are
//! recorded by the store in the same transaction as the change — and reading the log back, a
//! filtered page at a time, in sentences people can read ([`describe`]).

pub mod describe;
pub mod filter;
pub mod plan_changes;

use std::collections::BTreeSet;

use tessera_store::{AnyStore, AuditCursor, AuditRecord, NewAuditEvent, OrgId, prelude::*};

pub use describe::{AuditLine, Fact, Names};
pub use filter::{LogFilter, LogQuery};

use crate::{App, AppResult};

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
                crate::AppError::Invalid(tessera_l10n::ta(
                    "audit-before-invalid",
                    &[("text", text.into())],
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

/// Every entry of an organisation's log that passes `filter`, newest first.
pub async fn filtered_events(
    store: &AnyStore,
    org: OrgId,
    filter: &tessera_store::AuditFilter,
) -> AppResult<Vec<AuditRecord>> {
    let mut all = Vec::new();
    let mut cursor = AuditCursor::Newest;
    loop {
        let chunk = store
            .audit_search(org, filter, cursor, EXPORT_CHUNK)
            .await?;
        let done = chunk.len() < EXPORT_CHUNK as usize;
        let last = chunk.last().map(|r| r.id);
        all.extend(chunk);
        match last {
            Some(id) if !done => cursor = AuditCursor::Before(id),
            _ => return Ok(all),
        }
    }
}

/// One page of the log as the log page shows it.
#[derive(Debug, Clone, Default)]
pub struct LogPage {
    /// The entries, newest first, in sentences.
    pub lines: Vec<AuditLine>,
    /// The entry id to go on to older entries from, if there are any.
    pub older: Option<i64>,
    /// Where newer entries are, if this is not the newest page.
    pub newer: Option<Newer>,
}

/// Where the page of newer entries starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Newer {
    /// The newer entries are the newest page.
    Newest,
    /// The newer entries follow this entry id.
    After(i64),
}

/// A person (or other actor) in the log, for the filter: as recorded, and in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogPerson {
    /// The actor as recorded (the filter's value).
    pub actor: String,
    /// Their name and address, or what acted.
    pub label: String,
}

impl App {
    /// One page of an organisation's log that passes `filter`, in sentences.
    pub async fn audit_log(&self, org: OrgId, filter: &LogFilter) -> AppResult<LogPage> {
        let store = self.store();
        let size = PAGE_SIZE as usize;
        // One more than shown, to know whether there is a page beyond.
        let mut records = store
            .audit_search(org, &filter.filter, filter.cursor, PAGE_SIZE + 1)
            .await?;
        let beyond = records.len() > size;
        let older = match filter.cursor {
            AuditCursor::After(_) => {
                if beyond {
                    // Newest first: the extra one is the newest.
                    records.remove(0);
                }
                records.last().map(|r| r.id)
            }
            _ => {
                records.truncate(size);
                if beyond {
                    records.last().map(|r| r.id)
                } else {
                    None
                }
            }
        };
        // An older page in the newest direction: whether newer entries are one page or more.
        let newer = match (filter.cursor, records.first()) {
            (AuditCursor::Newest, _) => None,
            (_, None) => Some(Newer::Newest),
            (_, Some(first)) => {
                let n = store
                    .audit_search(
                        org,
                        &filter.filter,
                        AuditCursor::After(first.id),
                        PAGE_SIZE + 1,
                    )
                    .await?
                    .len();
                match n {
                    0 => None,
                    n if n <= size => Some(Newer::Newest),
                    _ => Some(Newer::After(first.id)),
                }
            }
        };
        let lines = self.describe_entries(org, &records).await?;
        Ok(LogPage {
            lines,
            older,
            newer,
        })
    }

    /// Entries in sentences, with the names of the people, plans and datasets they mention.
    pub async fn describe_entries(
        &self,
        org: OrgId,
        records: &[AuditRecord],
    ) -> AppResult<Vec<AuditLine>> {
        let names = self.names_for(org, records).await?;
        Ok(records
            .iter()
            .map(|r| describe::describe(r, &names, self.catalogue()))
            .collect())
    }

    /// The names the entries need: people by address, the organisation's plans and datasets
    /// that still exist, and the organisation itself.
    async fn names_for(&self, org: OrgId, records: &[AuditRecord]) -> AppResult<Names> {
        let store = self.store();
        let mut names = Names::default();
        let mut emails: BTreeSet<String> = BTreeSet::new();
        let mut wants_plans = false;
        let mut wants_datasets = false;
        for r in records {
            if let Some(e) = describe::actor_email(&r.event.actor) {
                emails.insert(e.to_owned());
            }
            match r.event.object.split_once(':') {
                Some(("membership" | "user", e)) => {
                    emails.insert(e.to_owned());
                }
                Some(("plan", _)) => wants_plans = true,
                Some(("dataset", _)) => wants_datasets = true,
                _ => {}
            }
        }
        let emails: Vec<String> = emails.into_iter().collect();
        names.people = store.user_names(&emails).await?;
        if wants_plans {
            for plan in store.plans(org).await? {
                names.plans.insert(plan.id.0, plan.title);
            }
        }
        if wants_datasets {
            for dataset in store.datasets(org).await? {
                names.datasets.insert(dataset.id.0, dataset.name);
            }
        }
        if let Some(o) = store.organisation(org).await? {
            names.organisations.insert(o.slug, o.name);
        }
        Ok(names)
    }

    /// Everyone who acted in the organisation's log, named, for the log's filter.
    pub async fn audit_people(&self, org: OrgId) -> AppResult<Vec<LogPerson>> {
        let actors = self.store().audit_actors(org).await?;
        let emails: Vec<String> = actors
            .iter()
            .filter_map(|a| describe::actor_email(a).map(str::to_owned))
            .collect();
        let names = Names {
            people: self.store().user_names(&emails).await?,
            ..Names::default()
        };
        let mut people: Vec<LogPerson> = actors
            .into_iter()
            .map(|actor| {
                let label = describe::actor_label(&actor, &names);
                let label = match describe::actor_email(&actor) {
                    Some(email) if label != email && !actor.contains(" (token ") => {
                        format!("{label} ({email})")
                    }
                    _ => label,
                };
                LogPerson { actor, label }
            })
            .collect();
        people.sort_by_key(|p| p.label.to_lowercase());
        Ok(people)
    }
}
