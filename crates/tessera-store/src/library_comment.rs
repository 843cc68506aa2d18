//! What other organisations do with a library entry: comment on it or ask about it (the
//! entry's owner answers or hides what they write), and copy its plan as the start of their
//! own.
//!
//! Both are audited in both organisations. In the entry owner's log the actor is
//! [`LIBRARY_ACTOR`] and the detail names the other organisation only: the person who commented
//! or copied is named in their own organisation's log and nowhere else.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::{Tx, now};
use crate::id::decl_id;
use crate::library::{LibraryEntry, LibraryEntryId, entry_by_id, object};
use crate::{AnyStore, OrgId, PlanId, StoreError};

decl_id!(
    /// The id of a comment on a library entry.
    LibraryCommentId
);

/// How the entry owner's audit log names someone from another organisation.
pub const LIBRARY_ACTOR: &str = "library";

/// A comment or question on an entry, with the owner's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LibraryComment {
    /// Its id.
    pub id: LibraryCommentId,
    /// The entry.
    pub entry: LibraryEntryId,
    /// The organisation that wrote it.
    pub org: OrgId,
    /// That organisation's name.
    pub org_name: String,
    /// What it says.
    pub body: String,
    /// The owner's answer (empty when there is none).
    pub answer: String,
    /// Whether the owner has hidden it (then only the owner and the commenter see it).
    pub hidden: bool,
    /// When it was written (RFC 3339, UTC).
    pub created_at: String,
    /// When it was answered.
    pub answered_at: Option<String>,
}

/// Where a plan copied from the library came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LibraryCopy {
    /// The copy.
    pub plan: PlanId,
    /// The entry, while it exists.
    pub entry: Option<LibraryEntryId>,
    /// The organisation that published it.
    pub source_org: OrgId,
    /// That organisation's name.
    pub source_org_name: String,
    /// The entry's title when it was copied.
    pub entry_title: String,
    /// When the entry's snapshot was taken.
    pub published_at: String,
    /// When it was copied (RFC 3339, UTC).
    pub copied_at: String,
}

/// Input for a copy: the new plan of the copying organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLibraryCopy {
    /// The entry copied.
    pub entry: LibraryEntryId,
    /// The new plan's title.
    pub title: String,
    /// The new plan's document.
    pub document: serde_json::Value,
}

/// Comments on library entries, and copies of their plans.
pub trait LibraryComments: Send + Sync {
    /// Adds `org`'s comment on an entry shown to it, audited in both organisations; `None` if
    /// the entry is not shown to `org`; refuses ([`StoreError::Invalid`]) an empty comment or one
    /// on the organisation's own entry.
    fn add_library_comment(
        &self,
        org: OrgId,
        entry: LibraryEntryId,
        body: &str,
        actor: &str,
    ) -> impl Future<Output = Result<Option<LibraryComment>, StoreError>> + Send;

    /// The comments `viewer` may see on an entry it may see, oldest first: all of them for the
    /// entry's owner; for others, those not hidden and their own.
    fn library_comments(
        &self,
        viewer: OrgId,
        entry: LibraryEntryId,
    ) -> impl Future<Output = Result<Vec<LibraryComment>, StoreError>> + Send;

    /// Answers a comment on one of the organisation's entries, audited; `None` if there is none.
    fn answer_library_comment(
        &self,
        owner: OrgId,
        id: LibraryCommentId,
        answer: &str,
        actor: &str,
    ) -> impl Future<Output = Result<Option<LibraryComment>, StoreError>> + Send;

    /// Hides (or shows again) a comment on one of the organisation's entries, audited; `None` if
    /// there is none.
    fn hide_library_comment(
        &self,
        owner: OrgId,
        id: LibraryCommentId,
        hidden: bool,
        actor: &str,
    ) -> impl Future<Output = Result<Option<LibraryComment>, StoreError>> + Send;

    /// Copies an entry shown to `org` as a new plan of `org`, noting where it came from, audited
    /// in both organisations; `None` if the entry is not shown to `org`.
    fn copy_library_entry(
        &self,
        org: OrgId,
        new: NewLibraryCopy,
        actor: &str,
    ) -> impl Future<Output = Result<Option<PlanId>, StoreError>> + Send;

    /// Where one of the organisation's plans came from, if it was copied from the library.
    fn plan_origin(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> impl Future<Output = Result<Option<LibraryCopy>, StoreError>> + Send;
}

macro_rules! comment_select {
    () => {
        "SELECT c.id, c.entry_id, c.org_id, o.name AS org_name, c.body, c.answer, c.hidden, \
         c.created_at, c.answered_at FROM library_comment c \
         JOIN organisation o ON o.id = c.org_id"
    };
}

const SELECT_COMMENT: &str = concat!(comment_select!(), " WHERE c.id = $1");
const SELECT_COMMENTS: &str = concat!(comment_select!(), " WHERE c.entry_id = $1 ORDER BY c.id");

#[derive(sqlx::FromRow)]
struct CommentRow {
    id: i64,
    entry_id: i64,
    org_id: i64,
    org_name: String,
    body: String,
    answer: String,
    hidden: i64,
    created_at: String,
    answered_at: Option<String>,
}

impl From<CommentRow> for LibraryComment {
    fn from(r: CommentRow) -> Self {
        Self {
            id: LibraryCommentId(r.id),
            entry: LibraryEntryId(r.entry_id),
            org: OrgId(r.org_id),
            org_name: r.org_name,
            body: r.body,
            answer: r.answer,
            hidden: r.hidden != 0,
            created_at: r.created_at,
            answered_at: r.answered_at,
        }
    }
}

#[derive(sqlx::FromRow)]
struct CopyRow {
    plan_id: i64,
    entry_id: Option<i64>,
    source_org_id: i64,
    source_org_name: String,
    entry_title: String,
    published_at: String,
    copied_at: String,
}

fn comment_object(id: i64) -> String {
    format!("library-comment:{id}")
}

async fn comment_by_id(tx: &mut Tx, id: i64) -> Result<Option<LibraryComment>, StoreError> {
    let row: Option<CommentRow> = sqlx::query_as(SELECT_COMMENT)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(Into::into))
}

/// The comment and its entry, if the entry is `owner`'s.
async fn owned_comment(
    tx: &mut Tx,
    owner: OrgId,
    id: LibraryCommentId,
) -> Result<Option<(LibraryComment, LibraryEntry)>, StoreError> {
    let Some(comment) = comment_by_id(tx, id.0).await? else {
        return Ok(None);
    };
    let entry = entry_by_id(tx, comment.entry.0).await?;
    Ok(entry.filter(|e| e.org == owner).map(|e| (comment, e)))
}

async fn org_name(tx: &mut Tx, org: OrgId) -> Result<String, StoreError> {
    Ok(
        sqlx::query_scalar::<_, String>("SELECT name FROM organisation WHERE id = $1")
            .bind(org.0)
            .fetch_optional(&mut **tx)
            .await?
            .unwrap_or_default(),
    )
}

impl LibraryComments for AnyStore {
    async fn add_library_comment(
        &self,
        org: OrgId,
        entry: LibraryEntryId,
        body: &str,
        actor: &str,
    ) -> Result<Option<LibraryComment>, StoreError> {
        let body = body.trim();
        let mut tx = self.begin_write().await?;
        let Some(e) = entry_by_id(&mut tx, entry.0)
            .await?
            .filter(|e| e.visible_to(org))
        else {
            return Ok(None);
        };
        if e.org == org {
            return Err(StoreError::Invalid {
                field: "body",
                message:
                    "an organisation answers comments on its own entries; it does not add them"
                        .to_owned(),
            });
        }
        if body.is_empty() {
            return Err(StoreError::Invalid {
                field: "body",
                message: "write a comment or a question".to_owned(),
            });
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO library_comment (entry_id, org_id, body, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(entry.0)
        .bind(org.0)
        .bind(body)
        .bind(actor)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let name = org_name(&mut tx, org).await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "comment",
                object(entry.0),
                serde_json::json!({ "comment": id, "body": body, "owner": e.org_name }),
            ),
        )
        .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(e.org),
                LIBRARY_ACTOR,
                "comment",
                object(entry.0),
                serde_json::json!({ "comment": id, "body": body, "organisation": name }),
            ),
        )
        .await?;
        let comment = comment_by_id(&mut tx, id).await?;
        tx.commit().await?;
        Ok(comment)
    }

    async fn library_comments(
        &self,
        viewer: OrgId,
        entry: LibraryEntryId,
    ) -> Result<Vec<LibraryComment>, StoreError> {
        let mut tx = self.begin_snapshot().await?;
        let Some(e) = entry_by_id(&mut tx, entry.0)
            .await?
            .filter(|e| e.visible_to(viewer))
        else {
            tx.commit().await?;
            return Ok(Vec::new());
        };
        let rows: Vec<CommentRow> = sqlx::query_as(SELECT_COMMENTS)
            .bind(entry.0)
            .fetch_all(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(rows
            .into_iter()
            .map(LibraryComment::from)
            .filter(|c| !c.hidden || viewer == e.org || viewer == c.org)
            .collect())
    }

    async fn answer_library_comment(
        &self,
        owner: OrgId,
        id: LibraryCommentId,
        answer: &str,
        actor: &str,
    ) -> Result<Option<LibraryComment>, StoreError> {
        let answer = answer.trim();
        let mut tx = self.begin_write().await?;
        let Some((before, _)) = owned_comment(&mut tx, owner, id).await? else {
            return Ok(None);
        };
        sqlx::query(
            "UPDATE library_comment SET answer = $1, answered_by = $2, answered_at = $3 \
             WHERE id = $4",
        )
        .bind(answer)
        .bind(actor)
        .bind(now())
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(owner),
                actor,
                "answer",
                comment_object(id.0),
                serde_json::json!({ "entry": before.entry.0, "before": before.answer,
                                    "after": answer }),
            ),
        )
        .await?;
        let comment = comment_by_id(&mut tx, id.0).await?;
        tx.commit().await?;
        Ok(comment)
    }

    async fn hide_library_comment(
        &self,
        owner: OrgId,
        id: LibraryCommentId,
        hidden: bool,
        actor: &str,
    ) -> Result<Option<LibraryComment>, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some((before, _)) = owned_comment(&mut tx, owner, id).await? else {
            return Ok(None);
        };
        sqlx::query("UPDATE library_comment SET hidden = $1 WHERE id = $2")
            .bind(i64::from(hidden))
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(owner),
                actor,
                if hidden { "hide" } else { "show" },
                comment_object(id.0),
                serde_json::json!({ "entry": before.entry.0 }),
            ),
        )
        .await?;
        let comment = comment_by_id(&mut tx, id.0).await?;
        tx.commit().await?;
        Ok(comment)
    }

    async fn copy_library_entry(
        &self,
        org: OrgId,
        new: NewLibraryCopy,
        actor: &str,
    ) -> Result<Option<PlanId>, StoreError> {
        let title = new.title.trim();
        if title.is_empty() {
            return Err(StoreError::Invalid {
                field: "title",
                message: "give the copy a title".to_owned(),
            });
        }
        let mut tx = self.begin_write().await?;
        let Some(e) = entry_by_id(&mut tx, new.entry.0)
            .await?
            .filter(|e| e.visible_to(org) && e.withdrawn_at.is_none())
        else {
            return Ok(None);
        };
        let at = now();
        let plan: i64 = sqlx::query_scalar(
            "INSERT INTO plan (org_id, title, document, created_by, created_at, updated_by, \
             updated_at) VALUES ($1, $2, $3, $4, $5, $4, $5) RETURNING id",
        )
        .bind(org.0)
        .bind(title)
        .bind(new.document.to_string())
        .bind(actor)
        .bind(&at)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO library_copy (plan_id, entry_id, source_org_id, entry_title, \
             published_at, copied_by, copied_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(plan)
        .bind(e.id.0)
        .bind(e.org.0)
        .bind(&e.title)
        .bind(&e.published_at)
        .bind(actor)
        .bind(&at)
        .execute(&mut *tx)
        .await?;
        let copier = org_name(&mut tx, org).await?;
        let from = serde_json::json!({
            "entry": e.id.0, "organisation": e.org_name, "published_at": e.published_at,
        });
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "create",
                format!("plan:{plan}"),
                serde_json::json!({
                    "after": { "title": title, "document": new.document },
                    "copied_from": from,
                }),
            ),
        )
        .await?;
        if e.org != org {
            record(
                &mut tx,
                NewAuditEvent::new(
                    Some(e.org),
                    LIBRARY_ACTOR,
                    "copy",
                    object(e.id.0),
                    serde_json::json!({ "organisation": copier }),
                ),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(Some(PlanId(plan)))
    }

    async fn plan_origin(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> Result<Option<LibraryCopy>, StoreError> {
        let row: Option<CopyRow> = sqlx::query_as(
            "SELECT c.plan_id, c.entry_id, c.source_org_id, o.name AS source_org_name, \
             c.entry_title, c.published_at, c.copied_at FROM library_copy c \
             JOIN plan p ON p.id = c.plan_id \
             JOIN organisation o ON o.id = c.source_org_id \
             WHERE c.plan_id = $1 AND p.org_id = $2",
        )
        .bind(plan.0)
        .bind(org.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| LibraryCopy {
            plan: PlanId(r.plan_id),
            entry: r.entry_id.map(LibraryEntryId),
            source_org: OrgId(r.source_org_id),
            source_org_name: r.source_org_name,
            entry_title: r.entry_title,
            published_at: r.published_at,
            copied_at: r.copied_at,
        }))
    }
}
