//! How participants are stored: the one implementation of [`Participants`] for both databases.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{
    Contact, ContactRecord, Erased, NewParticipant, Participant, ParticipantId, ParticipantUpdate,
    Participants, PlanMembership, SIDES, generate_code, is_participant_code,
};
use crate::audit::{NewAuditEvent, record};
use crate::db::{Tx, now};
use crate::{AnyStore, OrgId, PlanId, StoreError};

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
const COUNT_STORIES: &str = "SELECT COUNT(*) FROM story WHERE participant_id = $1";
const DELETE_STORY_FILES: &str =
    "DELETE FROM story_file WHERE story_id IN (SELECT id FROM story WHERE participant_id = $1)";
const DELETE_STORY_TAGS: &str =
    "DELETE FROM story_tag WHERE story_id IN (SELECT id FROM story WHERE participant_id = $1)";
const DELETE_STORIES: &str = "DELETE FROM story WHERE participant_id = $1";

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
        let stories = count_of(&mut tx, COUNT_STORIES, row.id).await?;
        let quoted: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, body FROM story WHERE participant_id = $1")
                .bind(row.id)
                .fetch_all(&mut *tx)
                .await?;
        // Children first, explicitly, so nothing depends on cascades being switched on. Stories
        // go before the consents they may rest on.
        for sql in [
            DELETE_STORY_FILES,
            DELETE_STORY_TAGS,
            DELETE_STORIES,
            DELETE_MEASUREMENTS,
            DELETE_CONSENTS,
            DELETE_CONTACT,
            DELETE_MEMBERSHIPS,
            DELETE_PARTICIPANT,
        ] {
            sqlx::query(sql).bind(row.id).execute(&mut *tx).await?;
        }
        scrub_quotes(&mut tx, org, &quoted).await?;
        let as_count = |n: i64| u64::try_from(n).unwrap_or(0);
        let erased = Erased {
            measurements: as_count(measurements),
            consents: as_count(consents),
            contact: contact > 0,
            plans: as_count(plans),
            stories: as_count(stories),
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
                    "stories": erased.stories,
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(erased))
    }
}

/// Removes the erased person's stories from the snapshots that quote them: the organisation's
/// library entries (stories named by id) and the reports it sent to a commissioner (stories
/// copied whole, matched by their text). The snapshots are JSON the application layer writes,
/// with the quoted stories in a top-level `stories` list.
async fn scrub_quotes(tx: &mut Tx, org: OrgId, quoted: &[(i64, String)]) -> Result<(), StoreError> {
    if quoted.is_empty() {
        return Ok(());
    }
    let quoted_story = |story: &serde_json::Value| {
        let by_id = story["id"]
            .as_i64()
            .is_some_and(|id| quoted.iter().any(|(q, _)| *q == id));
        let by_text = story["body"]
            .as_str()
            .is_some_and(|body| quoted.iter().any(|(_, q)| q == body));
        by_id || by_text
    };
    let scrub = |text: &str| -> Option<String> {
        let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
        let stories = value.get_mut("stories")?.as_array_mut()?;
        let before = stories.len();
        stories.retain(|story| !quoted_story(story));
        (stories.len() != before).then(|| value.to_string())
    };
    let entries: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, content FROM library_entry WHERE org_id = $1")
            .bind(org.0)
            .fetch_all(&mut **tx)
            .await?;
    for (id, content) in entries {
        if let Some(kept) = scrub(&content) {
            sqlx::query("UPDATE library_entry SET content = $1 WHERE id = $2")
                .bind(kept)
                .bind(id)
                .execute(&mut **tx)
                .await?;
        }
    }
    let reports: Vec<(i64, String)> = sqlx::query_as(
        "SELECT r.id, r.snapshot FROM partner_report r \
         JOIN partner_link l ON l.id = r.link_id WHERE l.partner_org_id = $1",
    )
    .bind(org.0)
    .fetch_all(&mut **tx)
    .await?;
    for (id, snapshot) in reports {
        if let Some(kept) = scrub(&snapshot) {
            sqlx::query("UPDATE partner_report SET snapshot = $1 WHERE id = $2")
                .bind(kept)
                .bind(id)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}
