//! Participants: the people a plan's work reaches, known to the organisation by a pseudonymous
//! code (`P-7K3Q9`), with the side they are on, the plans (and target groups) they belong to and
//! the descriptive fields the organisation chose. Names and contact details are optional and
//! kept in a table of their own ([`Contact`]).
//!
//! Audit entries about a participant name the code only, with which fields or plans changed and
//! never their values, so that erasing a person ([`Participants::erase_participant`]) leaves
//! nothing of them in the append-only log but the code.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::{Tx, now};
use crate::id::decl_id;
use crate::{AnyStore, OrgId, PlanId, StoreError};

decl_id!(
    /// The id of a participant.
    ParticipantId
);

/// The characters of generated codes: digits and capitals without the look-alikes 0/O and
/// 1/I/L, so a code copied from paper or read aloud is not mistaken.
pub const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// What every participant code starts with.
pub const CODE_PREFIX: &str = "P-";

/// Characters after the prefix: 31⁵ ≈ 28.6 million codes, so a new code rarely meets an old one
/// even in a register of tens of thousands (a clash is drawn again).
pub const CODE_LENGTH: usize = 5;

/// Sides a participant can be on, as stored.
pub const SIDES: [&str; 2] = ["newcomers", "receiving_community"];

/// A new random participant code, `P-` and five characters of [`CODE_ALPHABET`].
pub fn generate_code() -> String {
    let mut buf = [0u8; CODE_LENGTH];
    // The operating system's generator failing means nothing random can be made safely.
    #[expect(
        clippy::expect_used,
        reason = "the OS random generator is a start-up invariant"
    )]
    getrandom::fill(&mut buf).expect("the operating system's random number generator works");
    let mut code = String::from(CODE_PREFIX);
    code.extend(
        buf.iter()
            .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char),
    );
    code
}

/// Whether `text` is written like a participant code (`P-` and five characters of the alphabet).
pub fn is_participant_code(text: &str) -> bool {
    text.strip_prefix(CODE_PREFIX).is_some_and(|rest| {
        rest.len() == CODE_LENGTH && rest.bytes().all(|b| CODE_ALPHABET.contains(&b))
    })
}

/// A plan a participant belongs to, with the plan's target group they are in (if any).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanMembership {
    /// The plan.
    pub plan: PlanId,
    /// The id of one of the plan's target groups.
    pub target_group: Option<String>,
}

/// Input for registering a participant.
#[derive(Debug, Clone, PartialEq)]
pub struct NewParticipant {
    /// A code to use (demo data, restores); `None` draws a new one.
    pub code: Option<String>,
    /// The organisation's own reference, unique in the organisation.
    pub reference: Option<String>,
    /// `newcomers` or `receiving_community`.
    pub side: String,
    /// Descriptive fields the organisation chose: field key → value.
    pub attributes: BTreeMap<String, String>,
    /// The plans they belong to.
    pub plans: Vec<PlanMembership>,
}

/// A participant's details, replacing the old ones.
#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantUpdate {
    /// The organisation's own reference.
    pub reference: Option<String>,
    /// `newcomers` or `receiving_community`.
    pub side: String,
    /// Descriptive fields.
    pub attributes: BTreeMap<String, String>,
    /// The plans they belong to.
    pub plans: Vec<PlanMembership>,
}

/// A registered participant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Participant {
    /// Its id.
    pub id: ParticipantId,
    /// The organisation.
    pub org: OrgId,
    /// The pseudonymous code.
    pub code: String,
    /// The organisation's own reference.
    pub reference: Option<String>,
    /// `newcomers` or `receiving_community`.
    pub side: String,
    /// Descriptive fields: key → value.
    pub attributes: BTreeMap<String, String>,
    /// The plans they belong to, by plan id.
    pub plans: Vec<PlanMembership>,
    /// Who registered them.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// Who changed them last.
    pub updated_by: String,
    /// When (RFC 3339, UTC).
    pub updated_at: String,
}

/// A participant's name and contact details, kept apart from everything else.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Contact {
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Telephone.
    pub phone: String,
    /// Postal address.
    pub address: String,
    /// Notes (how to reach them, an interpreter…).
    pub notes: String,
}

impl Contact {
    /// Whether every field is blank.
    pub fn is_blank(&self) -> bool {
        [
            &self.name,
            &self.email,
            &self.phone,
            &self.address,
            &self.notes,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
    }
}

/// Stored contact details with who last changed them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactRecord {
    /// The details.
    pub contact: Contact,
    /// Who changed them last.
    pub updated_by: String,
    /// When (RFC 3339, UTC).
    pub updated_at: String,
}

/// What erasing a participant removed (counts only: the content is gone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Erased {
    /// Measurements deleted.
    pub measurements: u64,
    /// Consent records deleted.
    pub consents: u64,
    /// Whether contact details were deleted.
    pub contact: bool,
    /// Plan memberships deleted.
    pub plans: u64,
}

/// An organisation's participant register.
pub trait Participants: Send + Sync {
    /// The organisation's list of descriptive fields as saved (the application layer defines
    /// its shape); `None` when never set.
    fn participant_fields(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Option<serde_json::Value>, StoreError>> + Send;

    /// Replaces the organisation's list of descriptive fields, audited.
    fn set_participant_fields(
        &self,
        org: OrgId,
        fields: serde_json::Value,
        actor: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Registers participants in one transaction, each with a new code unless one is given,
    /// each audited (code, plans and field names only). Refuses the lot when a reference or a
    /// given code is taken ([`StoreError::Conflict`]) or a plan is not the organisation's.
    fn create_participants(
        &self,
        org: OrgId,
        new: Vec<NewParticipant>,
        actor: &str,
    ) -> impl Future<Output = Result<Vec<Participant>, StoreError>> + Send;

    /// The organisation's participants in the order they were registered; only a plan's when
    /// `plan` is given.
    fn participants(
        &self,
        org: OrgId,
        plan: Option<PlanId>,
    ) -> impl Future<Output = Result<Vec<Participant>, StoreError>> + Send;

    /// One participant by code; `None` if the organisation has no such participant.
    fn participant(
        &self,
        org: OrgId,
        code: &str,
    ) -> impl Future<Output = Result<Option<Participant>, StoreError>> + Send;

    /// Replaces a participant's details, audited with the names of what changed; `None` if
    /// the organisation has no such participant.
    fn update_participant(
        &self,
        org: OrgId,
        code: &str,
        update: ParticipantUpdate,
        actor: &str,
    ) -> impl Future<Output = Result<Option<Participant>, StoreError>> + Send;

    /// A participant's contact details, if any are kept.
    fn contact(
        &self,
        org: OrgId,
        code: &str,
    ) -> impl Future<Output = Result<Option<ContactRecord>, StoreError>> + Send;

    /// Keeps (or with `None`, or all blank, deletes) a participant's contact details, audited
    /// without them; `false` if the organisation has no such participant.
    fn set_contact(
        &self,
        org: OrgId,
        code: &str,
        contact: Option<Contact>,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Deletes everything held on a participant — answers, consent records, contact details,
    /// plan memberships and the register entry — and records the erasure by code alone;
    /// `None` if the organisation has no such participant.
    fn erase_participant(
        &self,
        org: OrgId,
        code: &str,
        actor: &str,
    ) -> impl Future<Output = Result<Option<Erased>, StoreError>> + Send;
}

macro_rules! participant_columns {
    () => {
        "id, org_id, code, reference, side, attributes, created_by, created_at, updated_by, updated_at"
    };
}

const SELECT_FIELDS: &str = "SELECT fields FROM participant_settings WHERE org_id = $1";

const UPSERT_FIELDS: &str = "INSERT INTO participant_settings (org_id, fields, updated_by, updated_at) \
     VALUES ($1, $2, $3, $4) ON CONFLICT (org_id) DO UPDATE SET fields = excluded.fields, \
     updated_by = excluded.updated_by, updated_at = excluded.updated_at";

const INSERT: &str = concat!(
    "INSERT INTO participant (org_id, code, reference, side, attributes, created_by, created_at, \
     updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ",
    participant_columns!()
);

const INSERT_MEMBERSHIP: &str =
    "INSERT INTO participant_plan (participant_id, plan_id, target_group) VALUES ($1, $2, $3)";

const DELETE_MEMBERSHIPS: &str = "DELETE FROM participant_plan WHERE participant_id = $1";

const SELECT_OF_ORG: &str = concat!(
    "SELECT ",
    participant_columns!(),
    " FROM participant WHERE org_id = $1 ORDER BY id"
);

const SELECT_OF_PLAN: &str = concat!(
    "SELECT ",
    participant_columns!(),
    " FROM participant WHERE org_id = $1 AND id IN \
     (SELECT participant_id FROM participant_plan WHERE plan_id = $2) ORDER BY id"
);

const SELECT_ONE: &str = concat!(
    "SELECT ",
    participant_columns!(),
    " FROM participant WHERE org_id = $1 AND code = $2"
);

const SELECT_MEMBERSHIPS_OF_ORG: &str = "SELECT pp.participant_id, pp.plan_id, pp.target_group \
     FROM participant_plan pp JOIN participant p ON p.id = pp.participant_id \
     WHERE p.org_id = $1 ORDER BY pp.participant_id, pp.plan_id";

const SELECT_MEMBERSHIPS_OF_ONE: &str = "SELECT participant_id, plan_id, target_group \
     FROM participant_plan WHERE participant_id = $1 ORDER BY plan_id";

const UPDATE: &str = concat!(
    "UPDATE participant SET reference = $1, side = $2, attributes = $3, updated_by = $4, \
     updated_at = $5 WHERE id = $6 RETURNING ",
    participant_columns!()
);

const CODE_TAKEN: &str = "SELECT COUNT(*) FROM participant WHERE org_id = $1 AND code = $2";

const REFERENCE_TAKEN: &str =
    "SELECT COUNT(*) FROM participant WHERE org_id = $1 AND reference = $2 AND id <> $3";

const PLANS_OF_ORG: &str = "SELECT id FROM plan WHERE org_id = $1";

const SELECT_CONTACT: &str = "SELECT c.name, c.email, c.phone, c.address, c.notes, c.updated_by, \
     c.updated_at FROM participant_contact c JOIN participant p ON p.id = c.participant_id \
     WHERE p.org_id = $1 AND p.code = $2";

const UPSERT_CONTACT: &str = "INSERT INTO participant_contact (participant_id, name, email, phone, \
     address, notes, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
     ON CONFLICT (participant_id) DO UPDATE SET name = excluded.name, email = excluded.email, \
     phone = excluded.phone, address = excluded.address, notes = excluded.notes, \
     updated_by = excluded.updated_by, updated_at = excluded.updated_at";

const DELETE_CONTACT: &str = "DELETE FROM participant_contact WHERE participant_id = $1";

const COUNT_MEASUREMENTS: &str = "SELECT COUNT(*) FROM measurement WHERE participant_id = $1";
const COUNT_CONSENTS: &str = "SELECT COUNT(*) FROM consent WHERE participant_id = $1";
const COUNT_CONTACT: &str = "SELECT COUNT(*) FROM participant_contact WHERE participant_id = $1";
const COUNT_MEMBERSHIPS: &str = "SELECT COUNT(*) FROM participant_plan WHERE participant_id = $1";
const DELETE_MEASUREMENTS: &str = "DELETE FROM measurement WHERE participant_id = $1";
const DELETE_CONSENTS: &str = "DELETE FROM consent WHERE participant_id = $1";
const DELETE_PARTICIPANT: &str = "DELETE FROM participant WHERE id = $1";

#[derive(sqlx::FromRow)]
struct ParticipantRow {
    id: i64,
    org_id: i64,
    code: String,
    reference: Option<String>,
    side: String,
    attributes: String,
    created_by: String,
    created_at: String,
    updated_by: String,
    updated_at: String,
}

impl ParticipantRow {
    fn record(self, plans: Vec<PlanMembership>) -> Result<Participant, StoreError> {
        let attributes = serde_json::from_str(&self.attributes)
            .map_err(|e| StoreError::Corrupt(format!("participant {} fields: {e}", self.code)))?;
        Ok(Participant {
            id: ParticipantId(self.id),
            org: OrgId(self.org_id),
            code: self.code,
            reference: self.reference,
            side: self.side,
            attributes,
            plans,
            created_by: self.created_by,
            created_at: self.created_at,
            updated_by: self.updated_by,
            updated_at: self.updated_at,
        })
    }
}

#[derive(sqlx::FromRow)]
struct MembershipRow {
    participant_id: i64,
    plan_id: i64,
    target_group: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ContactRow {
    name: String,
    email: String,
    phone: String,
    address: String,
    notes: String,
    updated_by: String,
    updated_at: String,
}

/// The audit object of a participant: its code, which survives erasure.
pub(crate) fn object(code: &str) -> String {
    format!("participant:{code}")
}

fn check_side(side: &str) -> Result<(), StoreError> {
    if SIDES.contains(&side) {
        Ok(())
    } else {
        Err(StoreError::Invalid {
            field: "side",
            message: format!("{side:?} is not a side: use newcomers or receiving_community"),
        })
    }
}

/// A reference trimmed, blank as none.
fn clean_reference(reference: Option<&String>) -> Option<String> {
    reference
        .map(|r| r.trim().to_owned())
        .filter(|r| !r.is_empty())
}

async fn plans_of_org(tx: &mut Tx, org: OrgId) -> Result<HashSet<i64>, StoreError> {
    let ids: Vec<i64> = sqlx::query_scalar(PLANS_OF_ORG)
        .bind(org.0)
        .fetch_all(&mut **tx)
        .await?;
    Ok(ids.into_iter().collect())
}

fn check_plans(plans: &[PlanMembership], known: &HashSet<i64>) -> Result<(), StoreError> {
    for m in plans {
        if !known.contains(&m.plan.0) {
            return Err(StoreError::Invalid {
                field: "plans",
                message: format!("plan {} is not one of the organisation's plans", m.plan),
            });
        }
    }
    Ok(())
}

async fn reference_free(
    tx: &mut Tx,
    org: OrgId,
    reference: Option<&str>,
    except: i64,
) -> Result<(), StoreError> {
    let Some(reference) = reference else {
        return Ok(());
    };
    let n: i64 = sqlx::query_scalar(REFERENCE_TAKEN)
        .bind(org.0)
        .bind(reference)
        .bind(except)
        .fetch_one(&mut **tx)
        .await?;
    if n > 0 {
        return Err(StoreError::Conflict {
            what: format!("a participant with the reference {reference:?}"),
        });
    }
    Ok(())
}

async fn insert_memberships(
    tx: &mut Tx,
    id: i64,
    plans: &[PlanMembership],
) -> Result<(), StoreError> {
    let mut seen = HashSet::new();
    for m in plans.iter().filter(|m| seen.insert(m.plan)) {
        sqlx::query(INSERT_MEMBERSHIP)
            .bind(id)
            .bind(m.plan.0)
            .bind(m.target_group.as_deref())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

fn memberships(plans: &[PlanMembership]) -> Vec<PlanMembership> {
    let mut seen = HashSet::new();
    plans
        .iter()
        .filter(|m| seen.insert(m.plan))
        .cloned()
        .collect()
}

fn attributes_json(attributes: &BTreeMap<String, String>) -> Result<String, StoreError> {
    serde_json::to_string(attributes).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl AnyStore {
    async fn participant_row(
        &self,
        conn: &mut sqlx::AnyConnection,
        org: OrgId,
        code: &str,
    ) -> Result<Option<ParticipantRow>, StoreError> {
        Ok(sqlx::query_as(SELECT_ONE)
            .bind(org.0)
            .bind(code)
            .fetch_optional(&mut *conn)
            .await?)
    }
}

async fn memberships_of(
    conn: &mut sqlx::AnyConnection,
    id: i64,
) -> Result<Vec<PlanMembership>, StoreError> {
    let rows: Vec<MembershipRow> = sqlx::query_as(SELECT_MEMBERSHIPS_OF_ONE)
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| PlanMembership {
            plan: PlanId(r.plan_id),
            target_group: r.target_group,
        })
        .collect())
}

async fn count_of(tx: &mut Tx, sql: &'static str, id: i64) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(&mut **tx)
        .await?)
}

impl Participants for AnyStore {
    async fn participant_fields(
        &self,
        org: OrgId,
    ) -> Result<Option<serde_json::Value>, StoreError> {
        let text: Option<String> = sqlx::query_scalar(SELECT_FIELDS)
            .bind(org.0)
            .fetch_optional(&self.pool)
            .await?;
        text.map(|t| {
            serde_json::from_str(&t)
                .map_err(|e| StoreError::Corrupt(format!("participant fields of {org}: {e}")))
        })
        .transpose()
    }

    async fn set_participant_fields(
        &self,
        org: OrgId,
        fields: serde_json::Value,
        actor: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query(UPSERT_FIELDS)
            .bind(org.0)
            .bind(fields.to_string())
            .bind(actor)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "update",
                format!("participant-fields:{org}"),
                serde_json::json!({ "after": fields }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn create_participants(
        &self,
        org: OrgId,
        new: Vec<NewParticipant>,
        actor: &str,
    ) -> Result<Vec<Participant>, StoreError> {
        let mut tx = self.begin_write().await?;
        let known = plans_of_org(&mut tx, org).await?;
        let mut references = HashSet::new();
        let mut codes = HashSet::new();
        let mut out = Vec::with_capacity(new.len());
        for p in new {
            check_side(&p.side)?;
            check_plans(&p.plans, &known)?;
            let reference = clean_reference(p.reference.as_ref());
            if let Some(r) = &reference
                && !references.insert(r.clone())
            {
                return Err(StoreError::Conflict {
                    what: format!("a participant with the reference {r:?}"),
                });
            }
            reference_free(&mut tx, org, reference.as_deref(), 0).await?;
            let code = match p.code {
                Some(code) => {
                    if !is_participant_code(&code) {
                        return Err(StoreError::Invalid {
                            field: "code",
                            message: format!(
                                "{code:?} is not a participant code (P- and five letters or digits)"
                            ),
                        });
                    }
                    let taken: i64 = sqlx::query_scalar(CODE_TAKEN)
                        .bind(org.0)
                        .bind(&code)
                        .fetch_one(&mut *tx)
                        .await?;
                    if taken > 0 || !codes.insert(code.clone()) {
                        return Err(StoreError::Conflict {
                            what: format!("participant {code}"),
                        });
                    }
                    code
                }
                None => loop {
                    let code = generate_code();
                    let taken: i64 = sqlx::query_scalar(CODE_TAKEN)
                        .bind(org.0)
                        .bind(&code)
                        .fetch_one(&mut *tx)
                        .await?;
                    if taken == 0 && codes.insert(code.clone()) {
                        break code;
                    }
                },
            };
            let at = now();
            let row: ParticipantRow = sqlx::query_as(INSERT)
                .bind(org.0)
                .bind(&code)
                .bind(reference.as_deref())
                .bind(&p.side)
                .bind(attributes_json(&p.attributes)?)
                .bind(actor)
                .bind(&at)
                .bind(actor)
                .bind(&at)
                .fetch_one(&mut *tx)
                .await?;
            insert_memberships(&mut tx, row.id, &p.plans).await?;
            let plans = memberships(&p.plans);
            record(
                &mut tx,
                NewAuditEvent::new(
                    Some(org),
                    actor,
                    "create",
                    object(&code),
                    serde_json::json!({
                        "plans": plans.iter().map(|m| m.plan.0).collect::<Vec<_>>(),
                        "fields": p.attributes.keys().collect::<Vec<_>>(),
                    }),
                ),
            )
            .await?;
            out.push(row.record(plans)?);
        }
        tx.commit().await?;
        Ok(out)
    }

    async fn participants(
        &self,
        org: OrgId,
        plan: Option<PlanId>,
    ) -> Result<Vec<Participant>, StoreError> {
        let rows: Vec<ParticipantRow> = match plan {
            Some(plan) => {
                sqlx::query_as(SELECT_OF_PLAN)
                    .bind(org.0)
                    .bind(plan.0)
                    .fetch_all(&self.pool)
                    .await?
            }
            None => {
                sqlx::query_as(SELECT_OF_ORG)
                    .bind(org.0)
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        let links: Vec<MembershipRow> = sqlx::query_as(SELECT_MEMBERSHIPS_OF_ORG)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        let mut by_participant: HashMap<i64, Vec<PlanMembership>> = HashMap::new();
        for l in links {
            by_participant
                .entry(l.participant_id)
                .or_default()
                .push(PlanMembership {
                    plan: PlanId(l.plan_id),
                    target_group: l.target_group,
                });
        }
        rows.into_iter()
            .map(|r| {
                let plans = by_participant.remove(&r.id).unwrap_or_default();
                r.record(plans)
            })
            .collect()
    }

    async fn participant(&self, org: OrgId, code: &str) -> Result<Option<Participant>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let Some(row) = self.participant_row(&mut conn, org, code).await? else {
            return Ok(None);
        };
        let plans = memberships_of(&mut conn, row.id).await?;
        row.record(plans).map(Some)
    }

    async fn update_participant(
        &self,
        org: OrgId,
        code: &str,
        update: ParticipantUpdate,
        actor: &str,
    ) -> Result<Option<Participant>, StoreError> {
        check_side(&update.side)?;
        let mut tx = self.begin_write().await?;
        let Some(before) = self.participant_row(&mut tx, org, code).await? else {
            return Ok(None);
        };
        let before_plans = memberships_of(&mut tx, before.id).await?;
        let known = plans_of_org(&mut tx, org).await?;
        check_plans(&update.plans, &known)?;
        let reference = clean_reference(update.reference.as_ref());
        reference_free(&mut tx, org, reference.as_deref(), before.id).await?;
        let before = before.record(before_plans)?;
        let row: ParticipantRow = sqlx::query_as(UPDATE)
            .bind(reference.as_deref())
            .bind(&update.side)
            .bind(attributes_json(&update.attributes)?)
            .bind(actor)
            .bind(now())
            .bind(before.id.0)
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query(DELETE_MEMBERSHIPS)
            .bind(before.id.0)
            .execute(&mut *tx)
            .await?;
        insert_memberships(&mut tx, before.id.0, &update.plans).await?;
        let plans = memberships(&update.plans);
        let mut changed: Vec<String> = Vec::new();
        if before.reference != reference {
            changed.push("reference".to_owned());
        }
        if before.side != update.side {
            changed.push("side".to_owned());
        }
        let keys: std::collections::BTreeSet<&String> = before
            .attributes
            .keys()
            .chain(update.attributes.keys())
            .collect();
        changed.extend(
            keys.into_iter()
                .filter(|k| before.attributes.get(*k) != update.attributes.get(*k))
                .cloned(),
        );
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "update",
                object(code),
                serde_json::json!({
                    "changed": changed,
                    "plans_before": before.plans.iter().map(|m| m.plan.0).collect::<Vec<_>>(),
                    "plans_after": plans.iter().map(|m| m.plan.0).collect::<Vec<_>>(),
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        row.record(plans).map(Some)
    }

    async fn contact(&self, org: OrgId, code: &str) -> Result<Option<ContactRecord>, StoreError> {
        let row: Option<ContactRow> = sqlx::query_as(SELECT_CONTACT)
            .bind(org.0)
            .bind(code)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| ContactRecord {
            contact: Contact {
                name: r.name,
                email: r.email,
                phone: r.phone,
                address: r.address,
                notes: r.notes,
            },
            updated_by: r.updated_by,
            updated_at: r.updated_at,
        }))
    }

    async fn set_contact(
        &self,
        org: OrgId,
        code: &str,
        contact: Option<Contact>,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(row) = self.participant_row(&mut tx, org, code).await? else {
            return Ok(false);
        };
        let contact = contact.filter(|c| !c.is_blank());
        let action = match &contact {
            Some(c) => {
                sqlx::query(UPSERT_CONTACT)
                    .bind(row.id)
                    .bind(c.name.trim())
                    .bind(c.email.trim())
                    .bind(c.phone.trim())
                    .bind(c.address.trim())
                    .bind(c.notes.trim())
                    .bind(actor)
                    .bind(now())
                    .execute(&mut *tx)
                    .await?;
                "contact-details"
            }
            None => {
                sqlx::query(DELETE_CONTACT)
                    .bind(row.id)
                    .execute(&mut *tx)
                    .await?;
                "contact-details-removed"
            }
        };
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                action,
                object(code),
                serde_json::json!({}),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn erase_participant(
        &self,
        org: OrgId,
        code: &str,
        actor: &str,
    ) -> Result<Option<Erased>, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(row) = self.participant_row(&mut tx, org, code).await? else {
            return Ok(None);
        };
        let measurements = count_of(&mut tx, COUNT_MEASUREMENTS, row.id).await?;
        let consents = count_of(&mut tx, COUNT_CONSENTS, row.id).await?;
        let contact = count_of(&mut tx, COUNT_CONTACT, row.id).await?;
        let plans = count_of(&mut tx, COUNT_MEMBERSHIPS, row.id).await?;
        // Children first, explicitly, so nothing depends on cascades being switched on.
        for sql in [
            DELETE_MEASUREMENTS,
            DELETE_CONSENTS,
            DELETE_CONTACT,
            DELETE_MEMBERSHIPS,
            DELETE_PARTICIPANT,
        ] {
            sqlx::query(sql).bind(row.id).execute(&mut *tx).await?;
        }
        let as_count = |n: i64| u64::try_from(n).unwrap_or(0);
        let erased = Erased {
            measurements: as_count(measurements),
            consents: as_count(consents),
            contact: contact > 0,
            plans: as_count(plans),
        };
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "erase",
                object(code),
                serde_json::json!({
                    "measurements": erased.measurements,
                    "consents": erased.consents,
                    "contact_details": erased.contact,
                    "plans": erased.plans,
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(erased))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;
    use crate::{NewMeasurement, NewOrganisation, NewPlan};

    fn person(side: &str, reference: Option<&str>, plans: &[PlanId]) -> NewParticipant {
        NewParticipant {
            code: None,
            reference: reference.map(str::to_owned),
            side: side.to_owned(),
            attributes: [("gender".to_owned(), "woman".to_owned())].into(),
            plans: plans
                .iter()
                .map(|p| PlanMembership {
                    plan: *p,
                    target_group: Some("women".to_owned()),
                })
                .collect(),
        }
    }

    async fn org_with_plan(store: &AnyStore, slug: &str) -> (OrgId, PlanId) {
        let org = store
            .create_organisation(NewOrganisation::parse(slug, slug).expect("valid"), "t")
            .await
            .expect("org");
        let plan = store
            .create_plan(NewPlan {
                org: org.id,
                title: "Café".to_owned(),
                document: serde_json::json!({ "title": "Café" }),
                created_by: "t".to_owned(),
            })
            .await
            .expect("plan");
        (org.id, plan.id)
    }

    #[test]
    fn generated_codes_use_only_unambiguous_characters() {
        for _ in 0..200 {
            let code = generate_code();
            assert!(is_participant_code(&code), "{code}");
            assert!(!code[2..].contains(['0', 'O', '1', 'I', 'L']), "{code}");
        }
        assert!(!is_participant_code("P-0OIL1"));
        assert!(!is_participant_code("P-7K3Q"));
        assert!(!is_participant_code("p-7k3q9"));
        assert!(is_participant_code("P-7K3Q9"));
    }

    #[tokio::test]
    async fn participants_are_registered_listed_and_changed_only_within_their_organisation() {
        for store in crate::testing::all().await.expect("databases") {
            let (a, plan) = org_with_plan(&store, "a").await;
            let (b, other_plan) = org_with_plan(&store, "b").await;
            let made = store
                .create_participants(
                    a,
                    vec![
                        person("newcomers", Some("case-1"), &[plan]),
                        person("receiving_community", None, &[]),
                    ],
                    "editor@a",
                )
                .await
                .expect("create");
            assert_eq!(made.len(), 2);
            assert!(is_participant_code(&made[0].code));
            assert_ne!(made[0].code, made[1].code);
            assert_eq!(made[0].plans[0].target_group.as_deref(), Some("women"));
            assert_eq!(store.participants(a, None).await.expect("list").len(), 2);
            assert_eq!(
                store.participants(a, Some(plan)).await.expect("list").len(),
                1
            );
            assert!(store.participants(b, None).await.expect("list").is_empty());
            let code = &made[0].code;
            assert!(store.participant(b, code).await.expect("get").is_none());
            assert_eq!(
                store.participant(a, code).await.expect("get").as_ref(),
                Some(&made[0])
            );

            // Another organisation's plan, a taken reference: refused, nothing stored.
            let err = store
                .create_participants(a, vec![person("newcomers", None, &[other_plan])], "x")
                .await
                .expect_err("not their plan");
            assert!(err.to_string().contains("not one of"), "{err}");
            let err = store
                .create_participants(a, vec![person("newcomers", Some(" case-1 "), &[])], "x")
                .await
                .expect_err("taken");
            assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
            let err = store
                .create_participants(a, vec![person("everyone", None, &[])], "x")
                .await
                .expect_err("side");
            assert!(err.to_string().contains("side"), "{err}");
            assert_eq!(store.participants(a, None).await.expect("list").len(), 2);

            let update = ParticipantUpdate {
                reference: Some("case-9".to_owned()),
                side: "newcomers".to_owned(),
                attributes: [("age_band".to_owned(), "25-34".to_owned())].into(),
                plans: vec![],
            };
            assert!(
                store
                    .update_participant(b, code, update.clone(), "x")
                    .await
                    .expect("update")
                    .is_none()
            );
            let changed = store
                .update_participant(a, code, update, "editor@a")
                .await
                .expect("update")
                .expect("found");
            assert_eq!(changed.reference.as_deref(), Some("case-9"));
            assert!(changed.plans.is_empty());
            assert_eq!(changed.attributes["age_band"], "25-34");
        }
    }

    #[tokio::test]
    async fn the_audit_log_names_participants_by_code_and_never_holds_their_details() {
        let store = crate::testing::fresh().await.expect("database");
        let (a, plan) = org_with_plan(&store, "a").await;
        let made = store
            .create_participants(
                a,
                vec![person("newcomers", Some("HOME-OFFICE-REF-77"), &[plan])],
                "e",
            )
            .await
            .expect("create");
        let code = made[0].code.clone();
        store
            .set_contact(
                a,
                &code,
                Some(Contact {
                    name: "Amina Yusuf".to_owned(),
                    phone: "07700 900123".to_owned(),
                    ..Contact::default()
                }),
                "e",
            )
            .await
            .expect("contact");
        store
            .save_measurements(
                a,
                vec![NewMeasurement {
                    code: code.clone(),
                    plan,
                    point: "baseline".to_owned(),
                    measured_on: "2025-08-15".to_owned(),
                    answers: [("ioi-2019/bon-lonely".to_owned(), 0.577_215)].into(),
                }],
                "e",
                "form",
            )
            .await
            .expect("measure");
        let erased = store
            .erase_participant(a, &code, "owner")
            .await
            .expect("erase")
            .expect("found");
        assert_eq!(
            erased,
            Erased {
                measurements: 1,
                consents: 0,
                contact: true,
                plans: 1
            }
        );
        assert!(store.participant(a, &code).await.expect("get").is_none());
        assert!(store.contact(a, &code).await.expect("get").is_none());
        let log =
            serde_json::to_string(&store.audit_events(a, 100).await.expect("audit")).expect("json");
        for secret in [
            "Amina",
            "07700",
            "HOME-OFFICE",
            "woman",
            "0.577",
            "newcomers",
        ] {
            assert!(
                !log.contains(secret),
                "the audit log holds {secret:?}: {log}"
            );
        }
        let events = store.audit_events(a, 100).await.expect("audit");
        let ours: Vec<&str> = events
            .iter()
            .filter(|e| e.object == format!("participant:{code}"))
            .map(|e| e.action.as_str())
            .collect();
        assert_eq!(ours, ["erase", "measure", "contact-details", "create"]);
        assert!(
            store
                .erase_participant(a, &code, "owner")
                .await
                .expect("erase")
                .is_none()
        );
    }

    #[tokio::test]
    async fn contact_details_are_kept_apart_and_blank_ones_are_removed() {
        let store = crate::testing::fresh().await.expect("database");
        let (a, _) = org_with_plan(&store, "a").await;
        let code = store
            .create_participants(a, vec![person("newcomers", None, &[])], "e")
            .await
            .expect("create")
            .remove(0)
            .code;
        assert!(store.contact(a, &code).await.expect("get").is_none());
        let contact = Contact {
            name: "Bo".to_owned(),
            email: "bo@example.org".to_owned(),
            ..Contact::default()
        };
        assert!(
            store
                .set_contact(a, &code, Some(contact.clone()), "e")
                .await
                .expect("set")
        );
        assert_eq!(
            store
                .contact(a, &code)
                .await
                .expect("get")
                .map(|c| c.contact),
            Some(contact)
        );
        assert!(
            store
                .set_contact(a, &code, Some(Contact::default()), "e")
                .await
                .expect("set")
        );
        assert!(store.contact(a, &code).await.expect("get").is_none());
        assert!(
            !store
                .set_contact(a, "P-22222", None, "e")
                .await
                .expect("set")
        );
    }
}
