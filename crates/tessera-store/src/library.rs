//! The library of what works: an organisation publishes a plan's evaluation as an entry —
//! a snapshot the application layer assembles — to chosen organisations or to everyone, edits
//! or republishes it, and withdraws it. Other organisations find the live entries shown to
//! them; a withdrawn entry is found by its owner only. Comments and copies are in
//! [`crate::library_comment`].

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::{Tx, now};
use crate::id::decl_id;
use crate::{AnyStore, OrgId, PlanId, StoreError};

decl_id!(
    /// The id of a library entry.
    LibraryEntryId
);

/// The evaluation designs an entry may state, weakest first.
pub const DESIGNS: [&str; 3] = ["before_after", "comparison", "randomised"];

/// Input for publishing (or replacing) a library entry.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLibraryEntry {
    /// The plan it is published from; it must be the organisation's.
    pub plan: PlanId,
    /// Its title.
    pub title: String,
    /// One of [`DESIGNS`].
    pub design: String,
    /// The region's code (the application layer's list).
    pub region: String,
    /// The kind of local authority area's code.
    pub authority_type: String,
    /// How many people the figures rest on, if stated.
    pub sample_size: Option<i64>,
    /// Domain ids it speaks to.
    pub domains: Vec<String>,
    /// Indicator references it measured.
    pub indicators: Vec<String>,
    /// The names of its target groups.
    pub target_groups: Vec<String>,
    /// The snapshot (the application layer defines the shape).
    pub content: serde_json::Value,
    /// When the snapshot was taken (RFC 3339, UTC).
    pub published_at: String,
    /// `None` publishes to everyone; otherwise the organisations it is shown to.
    pub audience: Option<Vec<OrgId>>,
}

/// A library entry as kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LibraryEntry {
    /// Its id.
    pub id: LibraryEntryId,
    /// The organisation that published it.
    pub org: OrgId,
    /// That organisation's name.
    pub org_name: String,
    /// The plan it came from, while that plan exists.
    pub plan: Option<PlanId>,
    /// Title.
    pub title: String,
    /// One of [`DESIGNS`].
    pub design: String,
    /// Region code.
    pub region: String,
    /// Kind of local authority area.
    pub authority_type: String,
    /// How many people the figures rest on.
    pub sample_size: Option<i64>,
    /// Domain ids.
    pub domains: Vec<String>,
    /// Indicator references.
    pub indicators: Vec<String>,
    /// Target group names.
    pub target_groups: Vec<String>,
    /// The snapshot.
    pub content: serde_json::Value,
    /// When the snapshot was taken (RFC 3339, UTC).
    pub published_at: String,
    /// `None` when published to everyone; otherwise the organisations (id and name) shown it.
    pub audience: Option<Vec<(OrgId, String)>>,
    /// When it was withdrawn, if it was.
    pub withdrawn_at: Option<String>,
    /// Who published it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// Who changed it last.
    pub updated_by: String,
    /// When (RFC 3339, UTC).
    pub updated_at: String,
}

impl LibraryEntry {
    /// Whether `viewer` may see it: its owner always; others while it is live and shown to
    /// them (published to everyone, or to them).
    pub fn visible_to(&self, viewer: OrgId) -> bool {
        if viewer == self.org {
            return true;
        }
        self.withdrawn_at.is_none()
            && self
                .audience
                .as_ref()
                .is_none_or(|orgs| orgs.iter().any(|(o, _)| *o == viewer))
    }
}

/// Publishing, finding and withdrawing library entries.
pub trait Library: Send + Sync {
    /// Publishes an entry, audited; refuses ([`StoreError::Invalid`]) a plan that is not the
    /// organisation's, an unknown design, and an audience naming no, an unknown or its own
    /// organisation.
    fn publish_library_entry(
        &self,
        org: OrgId,
        new: NewLibraryEntry,
        actor: &str,
    ) -> impl Future<Output = Result<LibraryEntry, StoreError>> + Send;

    /// Replaces one of the organisation's entries (its snapshot, facets and audience),
    /// audited; `None` if there is no such entry.
    fn update_library_entry(
        &self,
        org: OrgId,
        id: LibraryEntryId,
        new: NewLibraryEntry,
        actor: &str,
    ) -> impl Future<Output = Result<Option<LibraryEntry>, StoreError>> + Send;

    /// Withdraws one of the organisation's live entries, audited; `false` if there is none.
    fn withdraw_library_entry(
        &self,
        org: OrgId,
        id: LibraryEntryId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// An entry if `viewer` may see it ([`LibraryEntry::visible_to`]).
    fn library_entry(
        &self,
        viewer: OrgId,
        id: LibraryEntryId,
    ) -> impl Future<Output = Result<Option<LibraryEntry>, StoreError>> + Send;

    /// The live entries `viewer` may see (its own among them), newest first.
    fn library_entries(
        &self,
        viewer: OrgId,
    ) -> impl Future<Output = Result<Vec<LibraryEntry>, StoreError>> + Send;

    /// The organisation's own entries, withdrawn ones too, newest first.
    fn own_library_entries(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<LibraryEntry>, StoreError>> + Send;
}

macro_rules! entry_select {
    () => {
        "SELECT e.id, e.org_id, o.name AS org_name, e.plan_id, e.title, e.design, e.region, \
         e.authority_type, e.sample_size, e.domains, e.indicators, e.target_groups, e.content, \
         e.published_at, e.audience, e.withdrawn_at, e.created_by, e.created_at, e.updated_by, \
         e.updated_at FROM library_entry e JOIN organisation o ON o.id = e.org_id"
    };
}

const SELECT_BY_ID: &str = concat!(entry_select!(), " WHERE e.id = $1");
const SELECT_OWN: &str = concat!(entry_select!(), " WHERE e.org_id = $1 ORDER BY e.id DESC");
/// Live entries shown to `$1`: its own, those for everyone, and those for it.
const SELECT_VISIBLE: &str = concat!(
    entry_select!(),
    " WHERE e.withdrawn_at IS NULL AND (e.org_id = $1 OR e.audience = 'everyone' \
     OR EXISTS (SELECT 1 FROM library_audience a WHERE a.entry_id = e.id AND a.org_id = $1)) \
     ORDER BY e.id DESC"
);
const SELECT_AUDIENCE: &str = "SELECT a.org_id, o.name FROM library_audience a \
     JOIN organisation o ON o.id = a.org_id WHERE a.entry_id = $1 ORDER BY o.name, a.org_id";

#[derive(sqlx::FromRow)]
struct EntryRow {
    id: i64,
    org_id: i64,
    org_name: String,
    plan_id: Option<i64>,
    title: String,
    design: String,
    region: String,
    authority_type: String,
    sample_size: Option<i64>,
    domains: String,
    indicators: String,
    target_groups: String,
    content: String,
    published_at: String,
    audience: String,
    withdrawn_at: Option<String>,
    created_by: String,
    created_at: String,
    updated_by: String,
    updated_at: String,
}

fn list(id: i64, field: &str, text: &str) -> Result<Vec<String>, StoreError> {
    serde_json::from_str(text)
        .map_err(|e| StoreError::Corrupt(format!("library entry {id}: {field}: {e}")))
}

fn json_list(items: &[String]) -> String {
    serde_json::Value::from(items.to_vec()).to_string()
}

impl EntryRow {
    fn entry(self, audience: Option<Vec<(OrgId, String)>>) -> Result<LibraryEntry, StoreError> {
        let id = self.id;
        Ok(LibraryEntry {
            id: LibraryEntryId(id),
            org: OrgId(self.org_id),
            org_name: self.org_name,
            plan: self.plan_id.map(PlanId),
            title: self.title,
            design: self.design,
            region: self.region,
            authority_type: self.authority_type,
            sample_size: self.sample_size,
            domains: list(id, "domains", &self.domains)?,
            indicators: list(id, "indicators", &self.indicators)?,
            target_groups: list(id, "target_groups", &self.target_groups)?,
            content: serde_json::from_str(&self.content)
                .map_err(|e| StoreError::Corrupt(format!("library entry {id}: content: {e}")))?,
            published_at: self.published_at,
            audience,
            withdrawn_at: self.withdrawn_at,
            created_by: self.created_by,
            created_at: self.created_at,
            updated_by: self.updated_by,
            updated_at: self.updated_at,
        })
    }
}

/// The object an entry's audit entries are about.
pub(crate) fn object(id: i64) -> String {
    format!("library-entry:{id}")
}

/// Reads rows' audiences and turns them into entries.
async fn entries(tx: &mut Tx, rows: Vec<EntryRow>) -> Result<Vec<LibraryEntry>, StoreError> {
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let audience = if row.audience == "everyone" {
            None
        } else {
            let orgs: Vec<(i64, String)> = sqlx::query_as(SELECT_AUDIENCE)
                .bind(row.id)
                .fetch_all(&mut **tx)
                .await?;
            Some(orgs.into_iter().map(|(id, n)| (OrgId(id), n)).collect())
        };
        out.push(row.entry(audience)?);
    }
    Ok(out)
}

pub(crate) async fn entry_by_id(tx: &mut Tx, id: i64) -> Result<Option<LibraryEntry>, StoreError> {
    let row: Option<EntryRow> = sqlx::query_as(SELECT_BY_ID)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(entries(tx, row.into_iter().collect()).await?.pop())
}

/// Checks what the store can: the plan (unless `plan_gone`), the design and the audience.
async fn check(
    tx: &mut Tx,
    org: OrgId,
    new: &NewLibraryEntry,
    plan_gone: bool,
) -> Result<(), StoreError> {
    let plan: Option<i64> = sqlx::query_scalar("SELECT id FROM plan WHERE id = $1 AND org_id = $2")
        .bind(new.plan.0)
        .bind(org.0)
        .fetch_optional(&mut **tx)
        .await?;
    if plan.is_none() && !plan_gone {
        return Err(StoreError::Invalid {
            field: "plan",
            message: format!("plan {} is not one of the organisation's plans", new.plan),
        });
    }
    if !DESIGNS.contains(&new.design.as_str()) {
        return Err(StoreError::Invalid {
            field: "design",
            message: format!(
                "{:?} is not a design; choose one of {}",
                new.design,
                DESIGNS.join(", ")
            ),
        });
    }
    if let Some(orgs) = &new.audience {
        if orgs.is_empty() {
            return Err(StoreError::Invalid {
                field: "audience",
                message: "choose at least one organisation, or publish to everyone".to_owned(),
            });
        }
        for o in orgs {
            let found: Option<i64> =
                sqlx::query_scalar("SELECT id FROM organisation WHERE id = $1")
                    .bind(o.0)
                    .fetch_optional(&mut **tx)
                    .await?;
            if found.is_none() || *o == org {
                return Err(StoreError::Invalid {
                    field: "audience",
                    message: format!("organisation {o} cannot be shown this entry"),
                });
            }
        }
    }
    Ok(())
}

async fn set_audience(
    tx: &mut Tx,
    id: i64,
    audience: Option<&Vec<OrgId>>,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM library_audience WHERE entry_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    let mut orgs: Vec<i64> = audience.map_or_else(Vec::new, |o| o.iter().map(|o| o.0).collect());
    orgs.sort_unstable();
    orgs.dedup();
    for o in orgs {
        sqlx::query("INSERT INTO library_audience (entry_id, org_id) VALUES ($1, $2)")
            .bind(id)
            .bind(o)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

fn audience_code(new: &NewLibraryEntry) -> &'static str {
    if new.audience.is_some() {
        "chosen"
    } else {
        "everyone"
    }
}

fn audit_detail(new: &NewLibraryEntry) -> serde_json::Value {
    serde_json::json!({
        "plan": new.plan.0,
        "title": new.title,
        "published_at": new.published_at,
        "audience": new.audience.as_ref().map(|o| o.iter().map(|o| o.0).collect::<Vec<_>>()),
        "content": for_audit(&new.content),
    })
}

/// An entry's content as the append-only audit log keeps it: the stories it quotes are named
/// by their ids only, never by their title or text, so that erasing the person a story is about
/// leaves nothing of it in the log.
fn for_audit(content: &serde_json::Value) -> serde_json::Value {
    let mut kept = content.clone();
    if let Some(stories) = kept.get_mut("stories").and_then(|s| s.as_array_mut()) {
        for story in stories.iter_mut() {
            if let Some(fields) = story.as_object_mut() {
                fields.retain(|key, _| key == "id" || key == "kind");
            }
        }
    }
    kept
}

impl Library for AnyStore {
    async fn publish_library_entry(
        &self,
        org: OrgId,
        new: NewLibraryEntry,
        actor: &str,
    ) -> Result<LibraryEntry, StoreError> {
        let mut tx = self.begin_write().await?;
        check(&mut tx, org, &new, false).await?;
        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO library_entry (org_id, plan_id, title, design, region, authority_type, \
             sample_size, domains, indicators, target_groups, content, published_at, audience, \
             created_by, created_at, updated_by, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $14, $15) \
             RETURNING id",
        )
        .bind(org.0)
        .bind(new.plan.0)
        .bind(&new.title)
        .bind(&new.design)
        .bind(&new.region)
        .bind(&new.authority_type)
        .bind(new.sample_size)
        .bind(json_list(&new.domains))
        .bind(json_list(&new.indicators))
        .bind(json_list(&new.target_groups))
        .bind(new.content.to_string())
        .bind(&new.published_at)
        .bind(audience_code(&new))
        .bind(actor)
        .bind(&at)
        .fetch_one(&mut *tx)
        .await?;
        set_audience(&mut tx, id, new.audience.as_ref()).await?;
        record(
            &mut tx,
            NewAuditEvent::new(Some(org), actor, "publish", object(id), audit_detail(&new)),
        )
        .await?;
        let entry = entry_by_id(&mut tx, id)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("library entry {id} vanished")))?;
        tx.commit().await?;
        Ok(entry)
    }

    async fn update_library_entry(
        &self,
        org: OrgId,
        id: LibraryEntryId,
        new: NewLibraryEntry,
        actor: &str,
    ) -> Result<Option<LibraryEntry>, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(before) = entry_by_id(&mut tx, id.0).await?.filter(|e| e.org == org) else {
            return Ok(None);
        };
        // The plan may have been deleted since: the entry then stays without one.
        check(&mut tx, org, &new, before.plan.is_none()).await?;
        sqlx::query(
            "UPDATE library_entry SET title = $1, design = $2, region = $3, authority_type = $4, \
             sample_size = $5, domains = $6, indicators = $7, target_groups = $8, content = $9, \
             published_at = $10, audience = $11, updated_by = $12, updated_at = $13 \
             WHERE id = $14 AND org_id = $15",
        )
        .bind(&new.title)
        .bind(&new.design)
        .bind(&new.region)
        .bind(&new.authority_type)
        .bind(new.sample_size)
        .bind(json_list(&new.domains))
        .bind(json_list(&new.indicators))
        .bind(json_list(&new.target_groups))
        .bind(new.content.to_string())
        .bind(&new.published_at)
        .bind(audience_code(&new))
        .bind(actor)
        .bind(now())
        .bind(id.0)
        .bind(org.0)
        .execute(&mut *tx)
        .await?;
        set_audience(&mut tx, id.0, new.audience.as_ref()).await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "update",
                object(id.0),
                serde_json::json!({
                    "before": { "title": before.title, "published_at": before.published_at,
                                "content": for_audit(&before.content) },
                    "after": audit_detail(&new),
                }),
            ),
        )
        .await?;
        let entry = entry_by_id(&mut tx, id.0).await?;
        tx.commit().await?;
        Ok(entry)
    }

    async fn withdraw_library_entry(
        &self,
        org: OrgId,
        id: LibraryEntryId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE library_entry SET withdrawn_at = $1, updated_by = $2, updated_at = $1 \
             WHERE id = $3 AND org_id = $4 AND withdrawn_at IS NULL",
        )
        .bind(now())
        .bind(actor)
        .bind(id.0)
        .bind(org.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "withdraw",
                object(id.0),
                serde_json::json!({}),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn library_entry(
        &self,
        viewer: OrgId,
        id: LibraryEntryId,
    ) -> Result<Option<LibraryEntry>, StoreError> {
        let mut tx = self.begin_snapshot().await?;
        let entry = entry_by_id(&mut tx, id.0).await?;
        tx.commit().await?;
        Ok(entry.filter(|e| e.visible_to(viewer)))
    }

    async fn library_entries(&self, viewer: OrgId) -> Result<Vec<LibraryEntry>, StoreError> {
        let mut tx = self.begin_snapshot().await?;
        let rows: Vec<EntryRow> = sqlx::query_as(SELECT_VISIBLE)
            .bind(viewer.0)
            .fetch_all(&mut *tx)
            .await?;
        let out = entries(&mut tx, rows).await?;
        tx.commit().await?;
        Ok(out)
    }

    async fn own_library_entries(&self, org: OrgId) -> Result<Vec<LibraryEntry>, StoreError> {
        let mut tx = self.begin_snapshot().await?;
        let rows: Vec<EntryRow> = sqlx::query_as(SELECT_OWN)
            .bind(org.0)
            .fetch_all(&mut *tx)
            .await?;
        let out = entries(&mut tx, rows).await?;
        tx.commit().await?;
        Ok(out)
    }
}

#[cfg(test)]
#[path = "library_tests.rs"]
mod tests;
