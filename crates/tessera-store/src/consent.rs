//! Consent records: what a participant agreed to (taking part, use of their data, their story,
//! sharing), on what lawful basis, when, how and who recorded it; and its withdrawal, with the
//! date. Records are never edited: a new agreement is a new record, and a withdrawal is dated on
//! the record it ends. The audit log names the participant's code and the record's number only.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::id::decl_id;
use crate::participant::{ParticipantId, object};
use crate::{AnyStore, OrgId, PlanId, StoreError};

decl_id!(
    /// The id of a consent record.
    ConsentId
);

/// Input for a consent record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConsent {
    /// Agreed to take part.
    pub taking_part: bool,
    /// Agreed to the use of their answers for monitoring and evaluation.
    pub data_use: bool,
    /// Agreed that their story may be recorded and told.
    pub stories: bool,
    /// Agreed that figures including them may be shared with partners and funders.
    pub sharing: bool,
    /// The lawful basis (the application layer's code, e.g. `consent`, `public_task`).
    pub lawful_basis: String,
    /// When it was given (`YYYY-MM-DD`).
    pub given_on: String,
    /// How it was given (`paper`, `verbal_witnessed`, `online`).
    pub method: String,
    /// Who witnessed a verbal agreement.
    pub witness: Option<String>,
    /// Anything else worth keeping with it (interpreter used, version of the form…).
    pub notes: String,
}

/// A consent record as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Consent {
    /// Its id.
    pub id: ConsentId,
    /// The participant.
    pub participant: ParticipantId,
    /// The participant's code.
    pub code: String,
    /// Agreed to take part.
    pub taking_part: bool,
    /// Agreed to the use of their answers.
    pub data_use: bool,
    /// Agreed to their story being recorded and told.
    pub stories: bool,
    /// Agreed to sharing.
    pub sharing: bool,
    /// The lawful basis.
    pub lawful_basis: String,
    /// When it was given (`YYYY-MM-DD`).
    pub given_on: String,
    /// How it was given.
    pub method: String,
    /// Who witnessed it.
    pub witness: Option<String>,
    /// Notes.
    pub notes: String,
    /// Who recorded it.
    pub recorded_by: String,
    /// When it was recorded (RFC 3339, UTC).
    pub recorded_at: String,
    /// When it was withdrawn (`YYYY-MM-DD`), if it was.
    pub withdrawn_on: Option<String>,
    /// Who recorded the withdrawal.
    pub withdrawn_by: Option<String>,
}

/// Participants' consent records.
pub trait Consents: Send + Sync {
    /// Adds consent records, each for the participant with the code given, in one
    /// transaction, each audited; refuses the lot ([`StoreError::Invalid`]) when a code is not
    /// one of the organisation's participants.
    fn record_consents(
        &self,
        org: OrgId,
        new: Vec<(String, NewConsent)>,
        actor: &str,
    ) -> impl Future<Output = Result<Vec<Consent>, StoreError>> + Send;

    /// A participant's consent records, oldest first (empty for an unknown code).
    fn consents(
        &self,
        org: OrgId,
        code: &str,
    ) -> impl Future<Output = Result<Vec<Consent>, StoreError>> + Send;

    /// The consent records of every participant of a plan, oldest first.
    fn plan_consents(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> impl Future<Output = Result<Vec<Consent>, StoreError>> + Send;

    /// The consent records of every participant of the organisation, oldest first.
    fn all_consents(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<Consent>, StoreError>> + Send;

    /// Marks a consent record withdrawn on `on` (`YYYY-MM-DD`), audited; `None` if the
    /// participant has no such record, the record unchanged if it was already withdrawn.
    fn withdraw_consent(
        &self,
        org: OrgId,
        code: &str,
        id: ConsentId,
        on: &str,
        actor: &str,
    ) -> impl Future<Output = Result<Option<Consent>, StoreError>> + Send;
}

macro_rules! consent_columns {
    () => {
        "c.id, c.participant_id, p.code, c.taking_part, c.data_use, c.stories, c.sharing, \
         c.lawful_basis, c.given_on, c.method, c.witness, c.notes, c.recorded_by, c.recorded_at, \
         c.withdrawn_on, c.withdrawn_by"
    };
}

const PARTICIPANT_ID: &str = "SELECT id FROM participant WHERE org_id = $1 AND code = $2";

const INSERT: &str = "INSERT INTO consent (org_id, participant_id, taking_part, data_use, stories, \
     sharing, lawful_basis, given_on, method, witness, notes, recorded_by, recorded_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";

const SELECT_ONE: &str = concat!(
    "SELECT ",
    consent_columns!(),
    " FROM consent c JOIN participant p ON p.id = c.participant_id \
     WHERE c.id = $1 AND c.org_id = $2"
);

const SELECT_OF_PARTICIPANT: &str = concat!(
    "SELECT ",
    consent_columns!(),
    " FROM consent c JOIN participant p ON p.id = c.participant_id \
     WHERE c.org_id = $1 AND p.code = $2 ORDER BY c.id"
);

const SELECT_OF_PLAN: &str = concat!(
    "SELECT ",
    consent_columns!(),
    " FROM consent c JOIN participant p ON p.id = c.participant_id \
     WHERE c.org_id = $1 AND c.participant_id IN \
     (SELECT participant_id FROM participant_plan WHERE plan_id = $2) ORDER BY c.id"
);

const SELECT_OF_ORG: &str = concat!(
    "SELECT ",
    consent_columns!(),
    " FROM consent c JOIN participant p ON p.id = c.participant_id \
     WHERE c.org_id = $1 ORDER BY c.id"
);

const WITHDRAW: &str = "UPDATE consent SET withdrawn_on = $1, withdrawn_by = $2, withdrawn_at = $3 \
     WHERE id = $4 AND org_id = $5 AND withdrawn_on IS NULL";

#[derive(sqlx::FromRow)]
struct ConsentRow {
    id: i64,
    participant_id: i64,
    code: String,
    taking_part: i64,
    data_use: i64,
    stories: i64,
    sharing: i64,
    lawful_basis: String,
    given_on: String,
    method: String,
    witness: Option<String>,
    notes: String,
    recorded_by: String,
    recorded_at: String,
    withdrawn_on: Option<String>,
    withdrawn_by: Option<String>,
}

impl From<ConsentRow> for Consent {
    fn from(r: ConsentRow) -> Self {
        Consent {
            id: ConsentId(r.id),
            participant: ParticipantId(r.participant_id),
            code: r.code,
            taking_part: r.taking_part != 0,
            data_use: r.data_use != 0,
            stories: r.stories != 0,
            sharing: r.sharing != 0,
            lawful_basis: r.lawful_basis,
            given_on: r.given_on,
            method: r.method,
            witness: r.witness,
            notes: r.notes,
            recorded_by: r.recorded_by,
            recorded_at: r.recorded_at,
            withdrawn_on: r.withdrawn_on,
            withdrawn_by: r.withdrawn_by,
        }
    }
}

impl Consents for AnyStore {
    async fn record_consents(
        &self,
        org: OrgId,
        new: Vec<(String, NewConsent)>,
        actor: &str,
    ) -> Result<Vec<Consent>, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut ids = Vec::with_capacity(new.len());
        for (code, c) in new {
            let participant: Option<i64> = sqlx::query_scalar(PARTICIPANT_ID)
                .bind(org.0)
                .bind(&code)
                .fetch_optional(&mut *tx)
                .await?;
            let Some(participant) = participant else {
                return Err(StoreError::Invalid {
                    field: "code",
                    message: format!("{code} is not one of the organisation's participants"),
                });
            };
            let id: i64 = sqlx::query_scalar(INSERT)
                .bind(org.0)
                .bind(participant)
                .bind(i64::from(c.taking_part))
                .bind(i64::from(c.data_use))
                .bind(i64::from(c.stories))
                .bind(i64::from(c.sharing))
                .bind(&c.lawful_basis)
                .bind(&c.given_on)
                .bind(&c.method)
                .bind(c.witness.as_deref())
                .bind(&c.notes)
                .bind(actor)
                .bind(now())
                .fetch_one(&mut *tx)
                .await?;
            record(
                &mut tx,
                NewAuditEvent::new(
                    Some(org),
                    actor,
                    "consent",
                    object(&code),
                    serde_json::json!({ "consent": id }),
                ),
            )
            .await?;
            ids.push(id);
        }
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let row: ConsentRow = sqlx::query_as(SELECT_ONE)
                .bind(id)
                .bind(org.0)
                .fetch_one(&mut *tx)
                .await?;
            out.push(row.into());
        }
        tx.commit().await?;
        Ok(out)
    }

    async fn consents(&self, org: OrgId, code: &str) -> Result<Vec<Consent>, StoreError> {
        let rows: Vec<ConsentRow> = sqlx::query_as(SELECT_OF_PARTICIPANT)
            .bind(org.0)
            .bind(code)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn plan_consents(&self, org: OrgId, plan: PlanId) -> Result<Vec<Consent>, StoreError> {
        let rows: Vec<ConsentRow> = sqlx::query_as(SELECT_OF_PLAN)
            .bind(org.0)
            .bind(plan.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn all_consents(&self, org: OrgId) -> Result<Vec<Consent>, StoreError> {
        let rows: Vec<ConsentRow> = sqlx::query_as(SELECT_OF_ORG)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn withdraw_consent(
        &self,
        org: OrgId,
        code: &str,
        id: ConsentId,
        on: &str,
        actor: &str,
    ) -> Result<Option<Consent>, StoreError> {
        let mut tx = self.begin_write().await?;
        let row: Option<ConsentRow> = sqlx::query_as(SELECT_ONE)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row.filter(|r| r.code == code) else {
            return Ok(None);
        };
        if row.withdrawn_on.is_some() {
            return Ok(Some(row.into()));
        }
        sqlx::query(WITHDRAW)
            .bind(on)
            .bind(actor)
            .bind(now())
            .bind(id.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "withdraw-consent",
                object(code),
                serde_json::json!({ "consent": id.0 }),
            ),
        )
        .await?;
        let row: ConsentRow = sqlx::query_as(SELECT_ONE)
            .bind(id.0)
            .bind(org.0)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(row.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;
    use crate::{NewOrganisation, NewParticipant, NewPlan, PlanMembership};

    fn agreed(on: &str) -> NewConsent {
        NewConsent {
            taking_part: true,
            data_use: true,
            stories: false,
            sharing: true,
            lawful_basis: "consent".to_owned(),
            given_on: on.to_owned(),
            method: "verbal_witnessed".to_owned(),
            witness: Some("Coordinator".to_owned()),
            notes: String::new(),
        }
    }

    #[tokio::test]
    async fn consent_is_recorded_withdrawn_once_and_listed_by_plan() {
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
            let plan = store
                .create_plan(NewPlan {
                    org,
                    title: "Club".to_owned(),
                    document: serde_json::json!({}),
                    created_by: "t".to_owned(),
                })
                .await
                .expect("plan")
                .id;
            let made = store
                .create_participants(
                    org,
                    vec![NewParticipant {
                        code: Some("P-7K3Q9".to_owned()),
                        reference: None,
                        side: "newcomers".to_owned(),
                        attributes: Default::default(),
                        plans: vec![PlanMembership {
                            plan,
                            target_group: None,
                        }],
                    }],
                    "e",
                )
                .await
                .expect("create");
            assert_eq!(made[0].code, "P-7K3Q9");
            let err = store
                .record_consents(
                    other,
                    vec![("P-7K3Q9".to_owned(), agreed("2025-01-02"))],
                    "e",
                )
                .await
                .expect_err("not theirs");
            assert!(err.to_string().contains("not one of"), "{err}");
            let c = store
                .record_consents(org, vec![("P-7K3Q9".to_owned(), agreed("2025-01-02"))], "e")
                .await
                .expect("record")
                .remove(0);
            assert!(c.taking_part && c.data_use && !c.stories && c.sharing);
            assert_eq!(c.witness.as_deref(), Some("Coordinator"));
            assert_eq!(c.withdrawn_on, None);
            assert_eq!(
                store.plan_consents(org, plan).await.expect("list"),
                vec![c.clone()]
            );
            assert!(
                store
                    .withdraw_consent(other, "P-7K3Q9", c.id, "2025-03-01", "x")
                    .await
                    .expect("withdraw")
                    .is_none()
            );
            let w = store
                .withdraw_consent(org, "P-7K3Q9", c.id, "2025-03-01", "e")
                .await
                .expect("withdraw")
                .expect("found");
            assert_eq!(w.withdrawn_on.as_deref(), Some("2025-03-01"));
            let again = store
                .withdraw_consent(org, "P-7K3Q9", c.id, "2025-04-01", "e")
                .await
                .expect("withdraw")
                .expect("found");
            assert_eq!(again.withdrawn_on.as_deref(), Some("2025-03-01"));
            assert_eq!(
                store.consents(org, "P-7K3Q9").await.expect("list"),
                vec![w.clone()]
            );
            assert_eq!(store.all_consents(org).await.expect("list"), vec![w]);
            assert!(store.all_consents(other).await.expect("list").is_empty());
            let actions: Vec<String> = store
                .audit_events(org, 10)
                .await
                .expect("audit")
                .into_iter()
                .filter(|e| e.object == "participant:P-7K3Q9")
                .map(|e| e.action)
                .collect();
            assert_eq!(actions, ["withdraw-consent", "consent", "create"]);
        }
    }
}
