//! Collecting answers: a questionnaire's public link and settings (opening and closing dates,
//! the most responses it takes), follow-up links per participant, the stored responses, and
//! drafts kept for "save and return".
//!
//! The store does not read answers: the application layer validates them against the version
//! answered and passes them as a JSON object of question name to text (XForm's encoding). What
//! the store owns is that a response is stored whole or not at all, at most once per
//! idempotency key, never past the response cap, and that the version it answers is frozen in
//! the same transaction.
//!
//! Audit: responses are not written to the audit log one by one (at hundreds a second they
//! would drown it, and their content must not be copied there); the response row is the record
//! of its arrival. Opening, closing and changing a collection is audited (see
//! [`Collections::update_collection`]), as is making a dataset from responses (by the app).

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::credentials::random_token;
use crate::db::{is_unique_violation, now};
use crate::id::decl_id;
use crate::{AnyStore, OrgId, ParticipantId, QuestionnaireId, StoreError};

decl_id!(
    /// The id of a stored response.
    ResponseId
);

decl_id!(
    /// The id of a follow-up link for one participant.
    CollectionLinkId
);

/// When and how much a questionnaire collects.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct CollectionSettings {
    /// First day answers are taken (`YYYY-MM-DD`), if any.
    pub opens_on: Option<String>,
    /// Last day answers are taken (`YYYY-MM-DD`), if any.
    pub closes_on: Option<String>,
    /// Most responses taken, if any.
    pub response_cap: Option<i64>,
    /// Closed by hand: takes no answers whatever the dates say.
    pub closed: bool,
}

/// A questionnaire's collection: its public link token and settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CollectionRecord {
    /// The questionnaire.
    pub questionnaire: QuestionnaireId,
    /// Its organisation.
    pub org: OrgId,
    /// The random token of the public link (`/respond/{token}`).
    pub token: String,
    /// Dates, cap, closed.
    pub settings: CollectionSettings,
    /// Who changed the settings last.
    pub updated_by: String,
    /// When (RFC 3339, UTC).
    pub updated_at: String,
}

/// A follow-up link for one participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CollectionLink {
    /// Its id.
    pub id: CollectionLinkId,
    /// The organisation.
    pub org: OrgId,
    /// The questionnaire.
    pub questionnaire: QuestionnaireId,
    /// The participant whose answers come through it.
    pub participant: ParticipantId,
    /// The random token (`/respond/{token}`).
    pub token: String,
    /// When it was made.
    pub created_at: String,
}

/// A response to store.
#[derive(Debug, Clone)]
pub struct NewResponse {
    /// The organisation.
    pub org: OrgId,
    /// The questionnaire.
    pub questionnaire: QuestionnaireId,
    /// The version answered.
    pub version: i64,
    /// How it came: `web` or `openrosa`.
    pub channel: String,
    /// `newcomers` or `receiving_community` when the answers say so.
    pub side: Option<String>,
    /// The participant, for answers through a follow-up link.
    pub participant: Option<ParticipantId>,
    /// The language the respondent read.
    pub lang: String,
    /// Question name → answer text (XForm encoding), validated by the caller.
    pub answers: serde_json::Value,
    /// The web form's submission key or OpenRosa's `instanceID`.
    pub idempotency_key: String,
}

/// What storing a response did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// Stored as a new response.
    New(ResponseId),
    /// A response with the same idempotency key was already stored; nothing changed.
    Repeated(ResponseId),
    /// The collection has taken its most responses; nothing was stored.
    Full,
}

/// A stored response.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResponseRecord {
    /// Its id.
    pub id: ResponseId,
    /// The version answered.
    pub version: i64,
    /// `web` or `openrosa`.
    pub channel: String,
    /// The side, when the answers say it.
    pub side: Option<String>,
    /// The participant, for follow-up links.
    pub participant: Option<ParticipantId>,
    /// The language read.
    pub lang: String,
    /// Question name → answer text.
    pub answers: serde_json::Value,
    /// When it arrived (RFC 3339, UTC).
    pub created_at: String,
}

/// Answers kept for "save and return".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Draft {
    /// The organisation.
    pub org: OrgId,
    /// The questionnaire.
    pub questionnaire: QuestionnaireId,
    /// The version being answered.
    pub version: i64,
    /// The language read.
    pub lang: String,
    /// Question name → answer text so far.
    pub answers: serde_json::Value,
    /// When it is forgotten (RFC 3339, UTC).
    pub expires_at: String,
}

/// Collections, links, responses and drafts.
pub trait Collections: Send + Sync {
    /// The questionnaire's collection, made (with a new random token and no limits) if it has
    /// none; `None` if the questionnaire is not the organisation's.
    fn open_collection(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
        actor: &str,
    ) -> impl Future<Output = Result<Option<CollectionRecord>, StoreError>> + Send;

    /// The questionnaire's collection, if it has one and is the organisation's.
    fn collection(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
    ) -> impl Future<Output = Result<Option<CollectionRecord>, StoreError>> + Send;

    /// The collection whose public link carries `token` (respondents know no organisation).
    fn collection_by_token(
        &self,
        token: &str,
    ) -> impl Future<Output = Result<Option<CollectionRecord>, StoreError>> + Send;

    /// Every collection of the organisation (for OpenRosa's form list).
    fn collections(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<CollectionRecord>, StoreError>> + Send;

    /// Changes a collection's dates, cap and closed flag, audited with before and after;
    /// `None` if there is no such collection of the organisation.
    fn update_collection(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
        settings: CollectionSettings,
        actor: &str,
    ) -> impl Future<Output = Result<Option<CollectionRecord>, StoreError>> + Send;

    /// Makes a follow-up link for a participant of the organisation.
    fn create_collection_link(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
        participant: ParticipantId,
        actor: &str,
    ) -> impl Future<Output = Result<CollectionLink, StoreError>> + Send;

    /// The follow-up link carrying `token`.
    fn collection_link_by_token(
        &self,
        token: &str,
    ) -> impl Future<Output = Result<Option<CollectionLink>, StoreError>> + Send;

    /// Stores a response in one transaction with freezing the version it answers: once per
    /// idempotency key, and not past the collection's response cap.
    fn store_response(
        &self,
        new: NewResponse,
    ) -> impl Future<Output = Result<Stored, StoreError>> + Send;

    /// The questionnaire's responses, oldest first.
    fn responses(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
    ) -> impl Future<Output = Result<Vec<ResponseRecord>, StoreError>> + Send;

    /// How many responses the questionnaire has, by side (`None`: the answers do not say).
    fn response_counts(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
    ) -> impl Future<Output = Result<Vec<(Option<String>, i64)>, StoreError>> + Send;

    /// Keeps (or replaces) a draft under the hash of its resume code.
    fn save_draft(
        &self,
        code_hash: &str,
        draft: Draft,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The draft under `code_hash`, unless it expired before `now` (RFC 3339).
    fn draft(
        &self,
        code_hash: &str,
        now: &str,
    ) -> impl Future<Output = Result<Option<Draft>, StoreError>> + Send;

    /// Forgets the draft under `code_hash`, and every draft that expired before `now`.
    fn delete_draft(
        &self,
        code_hash: &str,
        now: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// The statement reading [`CollectionRow`]s, before its `WHERE`.
macro_rules! select_collection {
    () => {
        "SELECT questionnaire_id, org_id, token, opens_on, closes_on, response_cap, closed, \
         updated_by, updated_at FROM collection"
    };
}

#[derive(sqlx::FromRow)]
struct CollectionRow {
    questionnaire_id: i64,
    org_id: i64,
    token: String,
    opens_on: Option<String>,
    closes_on: Option<String>,
    response_cap: Option<i64>,
    closed: i64,
    updated_by: String,
    updated_at: String,
}

impl From<CollectionRow> for CollectionRecord {
    fn from(r: CollectionRow) -> Self {
        Self {
            questionnaire: QuestionnaireId(r.questionnaire_id),
            org: OrgId(r.org_id),
            token: r.token,
            settings: CollectionSettings {
                opens_on: r.opens_on,
                closes_on: r.closes_on,
                response_cap: r.response_cap,
                closed: r.closed != 0,
            },
            updated_by: r.updated_by,
            updated_at: r.updated_at,
        }
    }
}

#[derive(sqlx::FromRow)]
struct LinkRow {
    id: i64,
    org_id: i64,
    questionnaire_id: i64,
    participant_id: i64,
    token: String,
    created_at: String,
}

impl From<LinkRow> for CollectionLink {
    fn from(r: LinkRow) -> Self {
        Self {
            id: CollectionLinkId(r.id),
            org: OrgId(r.org_id),
            questionnaire: QuestionnaireId(r.questionnaire_id),
            participant: ParticipantId(r.participant_id),
            token: r.token,
            created_at: r.created_at,
        }
    }
}

#[derive(sqlx::FromRow)]
struct ResponseRow {
    id: i64,
    version: i64,
    channel: String,
    side: Option<String>,
    participant_id: Option<i64>,
    lang: String,
    answers: String,
    created_at: String,
}

#[derive(sqlx::FromRow)]
struct DraftRow {
    org_id: i64,
    questionnaire_id: i64,
    version: i64,
    lang: String,
    answers: String,
    expires_at: String,
}

fn json(text: &str, what: &str) -> Result<serde_json::Value, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

/// A settings date must be a calendar day, so comparisons with today's date are right.
fn check_date(field: &'static str, value: &Option<String>) -> Result<(), StoreError> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match value {
        Some(v) if time::Date::parse(v, &format).is_err() => Err(StoreError::Invalid {
            field,
            message: format!("{v:?} is not a date written as YYYY-MM-DD"),
        }),
        _ => Ok(()),
    }
}

impl Collections for AnyStore {
    async fn open_collection(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
        actor: &str,
    ) -> Result<Option<CollectionRecord>, StoreError> {
        if let Some(c) = self.collection(org, questionnaire).await? {
            return Ok(Some(c));
        }
        let mut tx = self.begin_write().await?;
        let owned: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM questionnaire WHERE id = $1 AND org_id = $2")
                .bind(questionnaire.0)
                .bind(org.0)
                .fetch_optional(&mut *tx)
                .await?;
        if owned.is_none() {
            return Ok(None);
        }
        let exists: Option<(i64,)> =
            sqlx::query_as("SELECT questionnaire_id FROM collection WHERE questionnaire_id = $1")
                .bind(questionnaire.0)
                .fetch_optional(&mut *tx)
                .await?;
        if exists.is_none() {
            sqlx::query(
                "INSERT INTO collection (questionnaire_id, org_id, token, closed, updated_by, \
                 updated_at) VALUES ($1, $2, $3, 0, $4, $5)",
            )
            .bind(questionnaire.0)
            .bind(org.0)
            .bind(random_token(18))
            .bind(actor)
            .bind(now())
            .execute(&mut *tx)
            .await?;
            record(
                &mut tx,
                NewAuditEvent::new(
                    Some(org),
                    actor,
                    "open-collection",
                    format!("questionnaire:{questionnaire}"),
                    serde_json::json!({}),
                ),
            )
            .await?;
        }
        tx.commit().await?;
        self.collection(org, questionnaire).await
    }

    async fn collection(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
    ) -> Result<Option<CollectionRecord>, StoreError> {
        let row: Option<CollectionRow> = sqlx::query_as(concat!(
            select_collection!(),
            " WHERE questionnaire_id = $1 AND org_id = $2"
        ))
        .bind(questionnaire.0)
        .bind(org.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(Into::into))
    }

    async fn collection_by_token(
        &self,
        token: &str,
    ) -> Result<Option<CollectionRecord>, StoreError> {
        let row: Option<CollectionRow> =
            sqlx::query_as(concat!(select_collection!(), " WHERE token = $1"))
                .bind(token)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(Into::into))
    }

    async fn collections(&self, org: OrgId) -> Result<Vec<CollectionRecord>, StoreError> {
        let rows: Vec<CollectionRow> = sqlx::query_as(concat!(
            select_collection!(),
            " WHERE org_id = $1 ORDER BY questionnaire_id"
        ))
        .bind(org.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn update_collection(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
        settings: CollectionSettings,
        actor: &str,
    ) -> Result<Option<CollectionRecord>, StoreError> {
        check_date("opens_on", &settings.opens_on)?;
        check_date("closes_on", &settings.closes_on)?;
        if settings.response_cap.is_some_and(|c| c < 1) {
            return Err(StoreError::Invalid {
                field: "response_cap",
                message: "the most responses must be 1 or more, or left blank".to_owned(),
            });
        }
        let Some(before) = self.collection(org, questionnaire).await? else {
            return Ok(None);
        };
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE collection SET opens_on = $1, closes_on = $2, response_cap = $3, \
             closed = $4, updated_by = $5, updated_at = $6 \
             WHERE questionnaire_id = $7 AND org_id = $8",
        )
        .bind(settings.opens_on.clone())
        .bind(settings.closes_on.clone())
        .bind(settings.response_cap)
        .bind(i64::from(settings.closed))
        .bind(actor)
        .bind(now())
        .bind(questionnaire.0)
        .bind(org.0)
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "update-collection",
                format!("questionnaire:{questionnaire}"),
                serde_json::json!({ "before": before.settings, "after": settings }),
            ),
        )
        .await?;
        tx.commit().await?;
        self.collection(org, questionnaire).await
    }

    async fn create_collection_link(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
        participant: ParticipantId,
        actor: &str,
    ) -> Result<CollectionLink, StoreError> {
        let mut tx = self.begin_write().await?;
        // Both must be the organisation's: a link never joins two organisations' rows.
        let ok: Option<(i64,)> = sqlx::query_as(
            "SELECT q.id FROM questionnaire q JOIN participant p ON p.org_id = q.org_id \
             WHERE q.id = $1 AND p.id = $2 AND q.org_id = $3",
        )
        .bind(questionnaire.0)
        .bind(participant.0)
        .bind(org.0)
        .fetch_optional(&mut *tx)
        .await?;
        if ok.is_none() {
            return Err(StoreError::Invalid {
                field: "participant",
                message: "no such participant or questionnaire in this organisation".to_owned(),
            });
        }
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO collection_link (org_id, questionnaire_id, participant_id, token, \
             created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(org.0)
        .bind(questionnaire.0)
        .bind(participant.0)
        .bind(random_token(18))
        .bind(actor)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let row: LinkRow = sqlx::query_as(
            "SELECT id, org_id, questionnaire_id, participant_id, token, created_at \
             FROM collection_link WHERE id = $1",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(row.into())
    }

    async fn collection_link_by_token(
        &self,
        token: &str,
    ) -> Result<Option<CollectionLink>, StoreError> {
        let row: Option<LinkRow> = sqlx::query_as(
            "SELECT id, org_id, questionnaire_id, participant_id, token, created_at \
             FROM collection_link WHERE token = $1",
        )
        .bind(token)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(Into::into))
    }

    async fn store_response(&self, new: NewResponse) -> Result<Stored, StoreError> {
        let find = "SELECT id FROM response WHERE questionnaire_id = $1 AND idempotency_key = $2";
        let mut tx = self.begin_write().await?;
        let seen: Option<(i64,)> = sqlx::query_as(find)
            .bind(new.questionnaire.0)
            .bind(&new.idempotency_key)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some((id,)) = seen {
            return Ok(Stored::Repeated(ResponseId(id)));
        }
        let cap: Option<(Option<i64>,)> = sqlx::query_as(
            "SELECT response_cap FROM collection WHERE questionnaire_id = $1 AND org_id = $2",
        )
        .bind(new.questionnaire.0)
        .bind(new.org.0)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((Some(cap),)) = cap {
            let (n,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM response WHERE org_id = $1 AND questionnaire_id = $2",
            )
            .bind(new.org.0)
            .bind(new.questionnaire.0)
            .fetch_one(&mut *tx)
            .await?;
            if n >= cap {
                return Ok(Stored::Full);
            }
        }
        let frozen = sqlx::query(
            "UPDATE questionnaire_version SET answered = 1 WHERE questionnaire_id = $1 \
             AND version = $2 AND questionnaire_id IN \
             (SELECT id FROM questionnaire WHERE org_id = $3)",
        )
        .bind(new.questionnaire.0)
        .bind(new.version)
        .bind(new.org.0)
        .execute(&mut *tx)
        .await?;
        if frozen.rows_affected() == 0 {
            return Err(StoreError::Invalid {
                field: "version",
                message: format!(
                    "questionnaire {} has no version {} in this organisation",
                    new.questionnaire, new.version
                ),
            });
        }
        let inserted: Result<(i64,), sqlx::Error> = sqlx::query_as(
            "INSERT INTO response (org_id, questionnaire_id, version, channel, side, \
             participant_id, lang, answers, idempotency_key, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(new.org.0)
        .bind(new.questionnaire.0)
        .bind(new.version)
        .bind(&new.channel)
        .bind(new.side.clone())
        .bind(new.participant.map(|p| p.0))
        .bind(&new.lang)
        .bind(new.answers.to_string())
        .bind(&new.idempotency_key)
        .bind(now())
        .fetch_one(&mut *tx)
        .await;
        match inserted {
            Ok((id,)) => {
                tx.commit().await?;
                Ok(Stored::New(ResponseId(id)))
            }
            // Another server stored the same key between our look and our insert
            // (PostgreSQL; SQLite's write transactions do not interleave).
            Err(e) if is_unique_violation(&e) => {
                drop(tx);
                let (id,): (i64,) = sqlx::query_as(find)
                    .bind(new.questionnaire.0)
                    .bind(&new.idempotency_key)
                    .fetch_one(&self.pool)
                    .await?;
                Ok(Stored::Repeated(ResponseId(id)))
            }
            Err(e) => Err(e.into()),
        }
    }

    async fn responses(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
    ) -> Result<Vec<ResponseRecord>, StoreError> {
        let rows: Vec<ResponseRow> = sqlx::query_as(
            "SELECT id, version, channel, side, participant_id, lang, answers, created_at \
             FROM response WHERE org_id = $1 AND questionnaire_id = $2 ORDER BY id",
        )
        .bind(org.0)
        .bind(questionnaire.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(ResponseRecord {
                    answers: json(&r.answers, &format!("response {} answers", r.id))?,
                    id: ResponseId(r.id),
                    version: r.version,
                    channel: r.channel,
                    side: r.side,
                    participant: r.participant_id.map(ParticipantId),
                    lang: r.lang,
                    created_at: r.created_at,
                })
            })
            .collect()
    }

    async fn response_counts(
        &self,
        org: OrgId,
        questionnaire: QuestionnaireId,
    ) -> Result<Vec<(Option<String>, i64)>, StoreError> {
        let rows: Vec<(Option<String>, i64)> = sqlx::query_as(
            "SELECT side, COUNT(*) FROM response WHERE org_id = $1 AND questionnaire_id = $2 \
             GROUP BY side ORDER BY side IS NOT NULL, side",
        )
        .bind(org.0)
        .bind(questionnaire.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows)
    }

    async fn save_draft(&self, code_hash: &str, draft: Draft) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM response_draft WHERE code_hash = $1")
            .bind(code_hash)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO response_draft (org_id, questionnaire_id, code_hash, version, lang, \
             answers, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(draft.org.0)
        .bind(draft.questionnaire.0)
        .bind(code_hash)
        .bind(draft.version)
        .bind(&draft.lang)
        .bind(draft.answers.to_string())
        .bind(&draft.expires_at)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn draft(&self, code_hash: &str, now: &str) -> Result<Option<Draft>, StoreError> {
        let row: Option<DraftRow> = sqlx::query_as(
            "SELECT org_id, questionnaire_id, version, lang, answers, expires_at \
             FROM response_draft WHERE code_hash = $1 AND expires_at > $2",
        )
        .bind(code_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(Draft {
                org: OrgId(r.org_id),
                questionnaire: QuestionnaireId(r.questionnaire_id),
                version: r.version,
                lang: r.lang,
                answers: json(&r.answers, "draft answers")?,
                expires_at: r.expires_at,
            })
        })
        .transpose()
    }

    async fn delete_draft(&self, code_hash: &str, now: &str) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM response_draft WHERE code_hash = $1 OR expires_at <= $2")
            .bind(code_hash)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
