//! Stories (evidence records): a testimony, a case study, an observation, a photo or audio file
//! with its transcript, or a note from a focus group; who it is about (a participant, by their
//! code, or a group); the consent it rests on (a participant's consent record, or the consent
//! recorded with the story); an "anonymised" mark; and tags saying what it speaks to.
//!
//! The scopes of a linked consent record are read with the story every time, so a withdrawal
//! stops the story's use at once. Audit entries name the story's number only, never its text.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::{Tx, now};
use crate::id::decl_id;
use crate::{AnyStore, ConsentId, OrgId, ParticipantId, StoreError};

decl_id!(
    /// The id of a story (an evidence record).
    StoryId
);

/// Kinds of story, as stored.
pub const STORY_KINDS: [&str; 6] = [
    "testimony",
    "case_study",
    "observation",
    "photo",
    "audio",
    "focus_group",
];

/// Kinds of tag, as stored.
pub const TAG_KINDS: [&str; 5] = ["outcome", "indicator", "domain", "side", "theme"];

/// One tag: its kind (one of [`TAG_KINDS`]) and value (`3/connected` for an outcome of plan 3,
/// an indicator or domain reference, `newcomers`, or a theme's words).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct StoryTag {
    /// One of [`TAG_KINDS`].
    pub kind: String,
    /// What it names.
    pub value: String,
}

impl StoryTag {
    /// A tag of `kind` naming `value`.
    pub fn new(kind: &str, value: impl Into<String>) -> Self {
        Self {
            kind: kind.to_owned(),
            value: value.into(),
        }
    }
}

/// The consent a story rests on, as recorded with it (used when no participant's consent
/// record is linked, and narrowed by the linked record when there is one).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StoryConsent {
    /// May be used in the organisation's reports (to a funder or committee).
    pub reports: bool,
    /// May be published (reports and entries others can read).
    pub publication: bool,
    /// May be shared with partners.
    pub sharing: bool,
    /// The person agreed to be named.
    pub naming: bool,
    /// When it was given (`YYYY-MM-DD`).
    pub given_on: Option<String>,
    /// How it was given (`paper`, `verbal_witnessed`, `online`).
    pub method: Option<String>,
    /// Notes (who agreed for a group, the form's version…).
    pub notes: String,
}

/// Input for a story: everything but its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStory {
    /// One of [`STORY_KINDS`].
    pub kind: String,
    /// A short title.
    pub title: String,
    /// The quote, account, observation, note or transcript.
    pub body: String,
    /// When it happened or was told (`YYYY-MM-DD`).
    pub occurred_on: Option<String>,
    /// The participant it is about, by code.
    pub participant_code: Option<String>,
    /// The group it is about, in the organisation's words.
    pub group_label: String,
    /// The participant's consent record it rests on.
    pub consent_id: Option<ConsentId>,
    /// The consent recorded with the story.
    pub consent: StoryConsent,
    /// Whether it has been anonymised.
    pub anonymised: bool,
    /// What it speaks to.
    pub tags: Vec<StoryTag>,
}

/// A photo or audio file of a story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryFile {
    /// The name it was uploaded with.
    pub file_name: String,
    /// Its media type, as checked from its content.
    pub media_type: String,
    /// The file.
    pub bytes: Vec<u8>,
}

/// A participant's consent record as it bears on a story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkedConsent {
    /// The record.
    pub id: ConsentId,
    /// Agreed that their story may be recorded and told.
    pub stories: bool,
    /// Agreed to sharing with partners and funders.
    pub sharing: bool,
    /// When it was given.
    pub given_on: String,
    /// When it was withdrawn, if it was.
    pub withdrawn_on: Option<String>,
}

/// A story as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Story {
    /// Its id.
    pub id: StoryId,
    /// The organisation.
    pub org: OrgId,
    /// One of [`STORY_KINDS`].
    pub kind: String,
    /// Title.
    pub title: String,
    /// The text (or transcript).
    pub body: String,
    /// When it happened (`YYYY-MM-DD`).
    pub occurred_on: Option<String>,
    /// The participant it is about.
    pub participant: Option<ParticipantId>,
    /// Their code.
    pub participant_code: Option<String>,
    /// Their side (`newcomers`, `receiving_community`).
    pub participant_side: Option<String>,
    /// The group it is about.
    pub group_label: String,
    /// The participant's consent record it rests on, as it stands now.
    pub linked_consent: Option<LinkedConsent>,
    /// The consent recorded with the story.
    pub consent: StoryConsent,
    /// Whether it has been anonymised.
    pub anonymised: bool,
    /// Tags, sorted.
    pub tags: Vec<StoryTag>,
    /// The attached file's name and media type, if there is one.
    pub file: Option<(String, String)>,
    /// Who recorded it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// Who changed it last.
    pub updated_by: String,
    /// When (RFC 3339, UTC).
    pub updated_at: String,
}

impl Story {
    /// The values of its tags of one kind.
    pub fn tag_values(&self, kind: &str) -> Vec<&str> {
        self.tags
            .iter()
            .filter(|t| t.kind == kind)
            .map(|t| t.value.as_str())
            .collect()
    }
}

/// An organisation's stories.
pub trait Stories: Send + Sync {
    /// Records a story with its tags and file, audited; refuses ([`StoreError::Invalid`]) a
    /// participant code that is not the organisation's, or a consent record not theirs.
    fn create_story(
        &self,
        org: OrgId,
        new: NewStory,
        file: Option<StoryFile>,
        actor: &str,
    ) -> impl Future<Output = Result<Story, StoreError>> + Send;

    /// Replaces a story's details and tags (its file stays), audited; `None` if there is no
    /// such story in the organisation.
    fn update_story(
        &self,
        org: OrgId,
        id: StoryId,
        new: NewStory,
        actor: &str,
    ) -> impl Future<Output = Result<Option<Story>, StoreError>> + Send;

    /// One story.
    fn story(
        &self,
        org: OrgId,
        id: StoryId,
    ) -> impl Future<Output = Result<Option<Story>, StoreError>> + Send;

    /// Every story of the organisation, newest first.
    fn stories(&self, org: OrgId) -> impl Future<Output = Result<Vec<Story>, StoreError>> + Send;

    /// A story's file.
    fn story_file(
        &self,
        org: OrgId,
        id: StoryId,
    ) -> impl Future<Output = Result<Option<StoryFile>, StoreError>> + Send;

    /// Deletes a story, its file and tags, audited; whether there was one.
    fn delete_story(
        &self,
        org: OrgId,
        id: StoryId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Adds one tag to many stories at once (the coding view), in one transaction, audited per
    /// story that gained it; the number of stories that gained it. Ids not the organisation's
    /// are passed over.
    fn tag_stories(
        &self,
        org: OrgId,
        ids: &[StoryId],
        tag: StoryTag,
        actor: &str,
    ) -> impl Future<Output = Result<u64, StoreError>> + Send;
}

macro_rules! story_select {
    () => {
        "SELECT s.id, s.org_id, s.kind, s.title, s.body, s.occurred_on, \
     s.participant_id, p.code AS participant_code, p.side AS participant_side, s.group_label, \
     s.consent_id, c.stories AS c_stories, c.sharing AS c_sharing, c.given_on AS c_given_on, \
     c.withdrawn_on AS c_withdrawn_on, s.consent_reports, s.consent_publication, \
     s.consent_sharing, s.consent_naming, s.consent_given_on, s.consent_method, s.consent_notes, \
     s.anonymised, f.file_name, f.media_type, s.created_by, s.created_at, s.updated_by, \
     s.updated_at \
     FROM story s LEFT JOIN participant p ON p.id = s.participant_id \
     LEFT JOIN consent c ON c.id = s.consent_id \
     LEFT JOIN story_file f ON f.story_id = s.id"
    };
}

const SELECT_ONE: &str = concat!(story_select!(), " WHERE s.id = $1 AND s.org_id = $2");

const SELECT_OF_ORG: &str = concat!(story_select!(), " WHERE s.org_id = $1 ORDER BY s.id DESC");

const INSERT: &str = "INSERT INTO story (org_id, kind, title, body, occurred_on, participant_id, \
     group_label, consent_id, consent_reports, consent_publication, consent_sharing, \
     consent_naming, consent_given_on, consent_method, consent_notes, anonymised, created_by, \
     created_at, updated_by, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $17, $18) \
     RETURNING id";

const UPDATE: &str = "UPDATE story SET kind = $1, title = $2, body = $3, occurred_on = $4, \
     participant_id = $5, group_label = $6, consent_id = $7, consent_reports = $8, \
     consent_publication = $9, consent_sharing = $10, consent_naming = $11, \
     consent_given_on = $12, consent_method = $13, consent_notes = $14, anonymised = $15, \
     updated_by = $16, updated_at = $17 WHERE id = $18 AND org_id = $19";

#[derive(sqlx::FromRow)]
struct StoryRow {
    id: i64,
    org_id: i64,
    kind: String,
    title: String,
    body: String,
    occurred_on: Option<String>,
    participant_id: Option<i64>,
    participant_code: Option<String>,
    participant_side: Option<String>,
    group_label: String,
    consent_id: Option<i64>,
    c_stories: Option<i64>,
    c_sharing: Option<i64>,
    c_given_on: Option<String>,
    c_withdrawn_on: Option<String>,
    consent_reports: i64,
    consent_publication: i64,
    consent_sharing: i64,
    consent_naming: i64,
    consent_given_on: Option<String>,
    consent_method: Option<String>,
    consent_notes: String,
    anonymised: i64,
    file_name: Option<String>,
    media_type: Option<String>,
    created_by: String,
    created_at: String,
    updated_by: String,
    updated_at: String,
}

impl StoryRow {
    fn into_story(self, tags: Vec<StoryTag>) -> Story {
        let linked_consent = self.consent_id.map(|id| LinkedConsent {
            id: ConsentId(id),
            stories: self.c_stories.unwrap_or(0) != 0,
            sharing: self.c_sharing.unwrap_or(0) != 0,
            given_on: self.c_given_on.clone().unwrap_or_default(),
            withdrawn_on: self.c_withdrawn_on.clone(),
        });
        Story {
            id: StoryId(self.id),
            org: OrgId(self.org_id),
            kind: self.kind,
            title: self.title,
            body: self.body,
            occurred_on: self.occurred_on,
            participant: self.participant_id.map(ParticipantId),
            participant_code: self.participant_code,
            participant_side: self.participant_side,
            group_label: self.group_label,
            linked_consent,
            consent: StoryConsent {
                reports: self.consent_reports != 0,
                publication: self.consent_publication != 0,
                sharing: self.consent_sharing != 0,
                naming: self.consent_naming != 0,
                given_on: self.consent_given_on,
                method: self.consent_method,
                notes: self.consent_notes,
            },
            anonymised: self.anonymised != 0,
            tags,
            file: self.file_name.zip(self.media_type),
            created_by: self.created_by,
            created_at: self.created_at,
            updated_by: self.updated_by,
            updated_at: self.updated_at,
        }
    }
}

/// The audit log's name for a story.
fn object(id: i64) -> String {
    format!("story:{id}")
}

/// The participant's id for a code, and checks that the consent record is theirs.
async fn resolve(
    tx: &mut Tx,
    org: OrgId,
    new: &NewStory,
) -> Result<(Option<i64>, Option<i64>), StoreError> {
    let participant = match new.participant_code.as_deref() {
        None => None,
        Some(code) => {
            let id: Option<i64> =
                sqlx::query_scalar("SELECT id FROM participant WHERE org_id = $1 AND code = $2")
                    .bind(org.0)
                    .bind(code)
                    .fetch_optional(&mut **tx)
                    .await?;
            Some(id.ok_or_else(|| StoreError::Invalid {
                field: "participant",
                message: format!("{code} is not one of the organisation's participants"),
            })?)
        }
    };
    let consent = match new.consent_id {
        None => None,
        Some(id) => {
            let owner: Option<i64> = sqlx::query_scalar(
                "SELECT participant_id FROM consent WHERE id = $1 AND org_id = $2",
            )
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut **tx)
            .await?;
            if owner.is_none() || owner != participant {
                return Err(StoreError::Invalid {
                    field: "consent",
                    message: format!(
                        "consent record {id} is not one of this participant's consent records"
                    ),
                });
            }
            Some(id.0)
        }
    };
    Ok((participant, consent))
}

async fn write_tags(tx: &mut Tx, id: i64, tags: &[StoryTag]) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM story_tag WHERE story_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    let mut seen = std::collections::BTreeSet::new();
    for tag in tags {
        if !seen.insert(tag) {
            continue;
        }
        sqlx::query("INSERT INTO story_tag (story_id, kind, value) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(&tag.kind)
            .bind(&tag.value)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

async fn read_one(tx: &mut Tx, org: OrgId, id: i64) -> Result<Option<Story>, StoreError> {
    let row: Option<StoryRow> = sqlx::query_as(SELECT_ONE)
        .bind(id)
        .bind(org.0)
        .fetch_optional(&mut **tx)
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let tags: Vec<(String, String)> = sqlx::query_as(
        "SELECT kind, value FROM story_tag WHERE story_id = $1 ORDER BY kind, value",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    Ok(Some(
        row.into_story(
            tags.into_iter()
                .map(|(kind, value)| StoryTag { kind, value })
                .collect(),
        ),
    ))
}

fn consent_flag(b: bool) -> i64 {
    i64::from(b)
}

impl Stories for AnyStore {
    async fn create_story(
        &self,
        org: OrgId,
        new: NewStory,
        file: Option<StoryFile>,
        actor: &str,
    ) -> Result<Story, StoreError> {
        let mut tx = self.begin_write().await?;
        let (participant, consent) = resolve(&mut tx, org, &new).await?;
        let at = now();
        let id: i64 = sqlx::query_scalar(INSERT)
            .bind(org.0)
            .bind(&new.kind)
            .bind(&new.title)
            .bind(&new.body)
            .bind(new.occurred_on.as_deref())
            .bind(participant)
            .bind(&new.group_label)
            .bind(consent)
            .bind(consent_flag(new.consent.reports))
            .bind(consent_flag(new.consent.publication))
            .bind(consent_flag(new.consent.sharing))
            .bind(consent_flag(new.consent.naming))
            .bind(new.consent.given_on.as_deref())
            .bind(new.consent.method.as_deref())
            .bind(&new.consent.notes)
            .bind(consent_flag(new.anonymised))
            .bind(actor)
            .bind(&at)
            .fetch_one(&mut *tx)
            .await?;
        write_tags(&mut tx, id, &new.tags).await?;
        if let Some(f) = &file {
            sqlx::query(
                "INSERT INTO story_file (story_id, file_name, media_type, bytes) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(&f.file_name)
            .bind(&f.media_type)
            .bind(f.bytes.clone())
            .execute(&mut *tx)
            .await?;
        }
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "create",
                object(id),
                serde_json::json!({
                    "kind": new.kind,
                    "participant": new.participant_code,
                    "consent": new.consent_id.map(|c| c.0),
                    "file": file.as_ref().map(|f| f.bytes.len()),
                }),
            ),
        )
        .await?;
        let story = read_one(&mut tx, org, id)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("story {id} vanished while saved")))?;
        tx.commit().await?;
        Ok(story)
    }

    async fn update_story(
        &self,
        org: OrgId,
        id: StoryId,
        new: NewStory,
        actor: &str,
    ) -> Result<Option<Story>, StoreError> {
        let mut tx = self.begin_write().await?;
        if read_one(&mut tx, org, id.0).await?.is_none() {
            return Ok(None);
        }
        let (participant, consent) = resolve(&mut tx, org, &new).await?;
        sqlx::query(UPDATE)
            .bind(&new.kind)
            .bind(&new.title)
            .bind(&new.body)
            .bind(new.occurred_on.as_deref())
            .bind(participant)
            .bind(&new.group_label)
            .bind(consent)
            .bind(consent_flag(new.consent.reports))
            .bind(consent_flag(new.consent.publication))
            .bind(consent_flag(new.consent.sharing))
            .bind(consent_flag(new.consent.naming))
            .bind(new.consent.given_on.as_deref())
            .bind(new.consent.method.as_deref())
            .bind(&new.consent.notes)
            .bind(consent_flag(new.anonymised))
            .bind(actor)
            .bind(now())
            .bind(id.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        write_tags(&mut tx, id.0, &new.tags).await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "update",
                object(id.0),
                serde_json::json!({
                    "participant": new.participant_code,
                    "consent": new.consent_id.map(|c| c.0),
                }),
            ),
        )
        .await?;
        let story = read_one(&mut tx, org, id.0).await?;
        tx.commit().await?;
        Ok(story)
    }

    async fn story(&self, org: OrgId, id: StoryId) -> Result<Option<Story>, StoreError> {
        let mut tx = self.begin_snapshot().await?;
        let story = read_one(&mut tx, org, id.0).await?;
        tx.commit().await?;
        Ok(story)
    }

    async fn stories(&self, org: OrgId) -> Result<Vec<Story>, StoreError> {
        let mut tx = self.begin_snapshot().await?;
        let rows: Vec<StoryRow> = sqlx::query_as(SELECT_OF_ORG)
            .bind(org.0)
            .fetch_all(&mut *tx)
            .await?;
        let tags: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT t.story_id, t.kind, t.value FROM story_tag t JOIN story s ON s.id = t.story_id \
             WHERE s.org_id = $1 ORDER BY t.story_id, t.kind, t.value",
        )
        .bind(org.0)
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        let mut by_story: std::collections::HashMap<i64, Vec<StoryTag>> =
            std::collections::HashMap::new();
        for (id, kind, value) in tags {
            by_story
                .entry(id)
                .or_default()
                .push(StoryTag { kind, value });
        }
        Ok(rows
            .into_iter()
            .map(|r| {
                let tags = by_story.remove(&r.id).unwrap_or_default();
                r.into_story(tags)
            })
            .collect())
    }

    async fn story_file(&self, org: OrgId, id: StoryId) -> Result<Option<StoryFile>, StoreError> {
        let row: Option<(String, String, Vec<u8>)> = sqlx::query_as(
            "SELECT f.file_name, f.media_type, f.bytes FROM story_file f \
             JOIN story s ON s.id = f.story_id WHERE s.id = $1 AND s.org_id = $2",
        )
        .bind(id.0)
        .bind(org.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(file_name, media_type, bytes)| StoryFile {
            file_name,
            media_type,
            bytes,
        }))
    }

    async fn delete_story(&self, org: OrgId, id: StoryId, actor: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let deleted = sqlx::query("DELETE FROM story WHERE id = $1 AND org_id = $2")
            .bind(id.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if deleted == 0 {
            return Ok(false);
        }
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete",
                object(id.0),
                serde_json::json!({}),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn tag_stories(
        &self,
        org: OrgId,
        ids: &[StoryId],
        tag: StoryTag,
        actor: &str,
    ) -> Result<u64, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut gained = 0;
        for id in ids {
            let mine: Option<i64> =
                sqlx::query_scalar("SELECT id FROM story WHERE id = $1 AND org_id = $2")
                    .bind(id.0)
                    .bind(org.0)
                    .fetch_optional(&mut *tx)
                    .await?;
            if mine.is_none() {
                continue;
            }
            let exists: Option<i64> = sqlx::query_scalar(
                "SELECT story_id FROM story_tag WHERE story_id = $1 AND kind = $2 AND value = $3",
            )
            .bind(id.0)
            .bind(&tag.kind)
            .bind(&tag.value)
            .fetch_optional(&mut *tx)
            .await?;
            if exists.is_some() {
                continue;
            }
            sqlx::query("INSERT INTO story_tag (story_id, kind, value) VALUES ($1, $2, $3)")
                .bind(id.0)
                .bind(&tag.kind)
                .bind(&tag.value)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE story SET updated_by = $1, updated_at = $2 WHERE id = $3")
                .bind(actor)
                .bind(now())
                .bind(id.0)
                .execute(&mut *tx)
                .await?;
            record(
                &mut tx,
                NewAuditEvent::new(
                    Some(org),
                    actor,
                    "tag",
                    object(id.0),
                    serde_json::json!({ "kind": tag.kind, "value": tag.value }),
                ),
            )
            .await?;
            gained += 1;
        }
        tx.commit().await?;
        Ok(gained)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;
    use crate::{NewConsent, NewOrganisation, NewParticipant};

    fn story(code: Option<&str>, consent: Option<ConsentId>) -> NewStory {
        NewStory {
            kind: "testimony".to_owned(),
            title: "First friend".to_owned(),
            body: "I met my first friend here.".to_owned(),
            occurred_on: Some("2025-03-01".to_owned()),
            participant_code: code.map(str::to_owned),
            group_label: String::new(),
            consent_id: consent,
            consent: StoryConsent {
                reports: true,
                publication: true,
                ..StoryConsent::default()
            },
            anonymised: true,
            tags: vec![
                StoryTag::new("theme", "friendship"),
                StoryTag::new("side", "newcomers"),
                StoryTag::new("theme", "friendship"),
            ],
        }
    }

    #[tokio::test]
    async fn a_story_rests_on_its_participants_consent_and_goes_with_them_when_erased() {
        for store in crate::testing::all().await.expect("databases") {
            let org = store
                .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
                .await
                .expect("org")
                .id;
            let other = store
                .create_organisation(NewOrganisation::parse("b", "B").expect("valid"), "t")
                .await
                .expect("org")
                .id;
            store
                .create_participants(
                    org,
                    vec![NewParticipant {
                        code: Some("P-7K3Q9".to_owned()),
                        reference: None,
                        side: "newcomers".to_owned(),
                        attributes: Default::default(),
                        plans: vec![],
                    }],
                    "e",
                )
                .await
                .expect("participant");
            let consent = store
                .record_consents(
                    org,
                    vec![(
                        "P-7K3Q9".to_owned(),
                        NewConsent {
                            taking_part: true,
                            data_use: true,
                            stories: true,
                            sharing: false,
                            lawful_basis: "consent".to_owned(),
                            given_on: "2025-01-02".to_owned(),
                            method: "paper".to_owned(),
                            witness: None,
                            notes: String::new(),
                        },
                    )],
                    "e",
                )
                .await
                .expect("consent")
                .remove(0);
            let err = store
                .create_story(other, story(Some("P-7K3Q9"), None), None, "x")
                .await
                .expect_err("not B's participant");
            assert!(err.to_string().contains("not one of"), "{err}");
            let err = store
                .create_story(org, story(None, Some(consent.id)), None, "x")
                .await
                .expect_err("a consent record needs its participant");
            assert!(err.to_string().contains("consent record"), "{err}");
            let made = store
                .create_story(
                    org,
                    story(Some("P-7K3Q9"), Some(consent.id)),
                    Some(StoryFile {
                        file_name: "a.png".to_owned(),
                        media_type: "image/png".to_owned(),
                        bytes: vec![1, 2, 3],
                    }),
                    "e",
                )
                .await
                .expect("story");
            assert_eq!(made.participant_code.as_deref(), Some("P-7K3Q9"));
            assert_eq!(made.participant_side.as_deref(), Some("newcomers"));
            assert_eq!(made.tags.len(), 2, "{:?}", made.tags);
            let linked = made.linked_consent.clone().expect("linked");
            assert!(linked.stories && !linked.sharing && linked.withdrawn_on.is_none());
            assert_eq!(
                made.file,
                Some(("a.png".to_owned(), "image/png".to_owned()))
            );
            assert_eq!(
                store
                    .story_file(org, made.id)
                    .await
                    .expect("file")
                    .expect("there")
                    .bytes,
                vec![1, 2, 3]
            );
            assert!(store.story(other, made.id).await.expect("read").is_none());
            assert!(
                store
                    .story_file(other, made.id)
                    .await
                    .expect("read")
                    .is_none()
            );
            assert!(store.stories(other).await.expect("read").is_empty());

            store
                .withdraw_consent(org, "P-7K3Q9", consent.id, "2025-05-01", "e")
                .await
                .expect("withdraw");
            let now = store
                .story(org, made.id)
                .await
                .expect("read")
                .expect("there");
            assert_eq!(
                now.linked_consent.expect("linked").withdrawn_on.as_deref(),
                Some("2025-05-01")
            );

            let plain = store
                .create_story(org, story(None, None), None, "e")
                .await
                .expect("story");
            assert_eq!(
                store
                    .tag_stories(
                        org,
                        &[made.id, plain.id, StoryId(98765)],
                        StoryTag::new("theme", "belonging"),
                        "e"
                    )
                    .await
                    .expect("tag"),
                2
            );
            assert_eq!(
                store
                    .tag_stories(other, &[made.id], StoryTag::new("theme", "x"), "x")
                    .await
                    .expect("tag"),
                0
            );
            let all = store.stories(org).await.expect("list");
            assert_eq!(all.len(), 2);
            assert!(
                all.iter()
                    .all(|s| s.tag_values("theme").contains(&"belonging"))
            );

            store
                .erase_participant(org, "P-7K3Q9", "owner")
                .await
                .expect("erase");
            let left = store.stories(org).await.expect("list");
            assert_eq!(left.len(), 1, "the erased person's story went with them");
            assert!(
                !store
                    .delete_story(other, plain.id, "x")
                    .await
                    .expect("delete")
            );
            assert!(
                store
                    .delete_story(org, plain.id, "e")
                    .await
                    .expect("delete")
            );
            let actions: Vec<String> = store
                .audit_events(org, 50)
                .await
                .expect("audit")
                .into_iter()
                .filter(|e| e.object.starts_with("story:"))
                .map(|e| e.action)
                .collect();
            assert_eq!(actions, ["delete", "tag", "tag", "create", "create"]);
        }
    }
}
