//! A person's rights over what the organisation holds on them: **subject access** (everything
//! held, as JSON and as a readable page) and **erasure** (everything deleted; the audit log keeps
//! that it happened, by code alone, and every figure recomputed from then on leaves them out,
//! because figures are computed from the measurements each time they are shown).

use serde::Serialize;
use tessera_store::{
    AuditRecord, Consent, ContactRecord, Erased, Measurement, Participant, PlanId, Role, Story,
    prelude::*,
};

use super::fields::Field;
use super::not_found;
use crate::{Actor, App, AppResult};

/// Everything held on one participant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubjectAccess {
    /// When this copy was made (RFC 3339, UTC).
    pub generated_at: String,
    /// The organisation holding it.
    pub organisation: String,
    /// The register entry: code, reference, side, plans, descriptive fields.
    pub participant: Participant,
    /// The descriptive fields, to name what the entry holds.
    pub fields: Vec<Field>,
    /// The titles of the plans they belong to or were measured for.
    pub plans: Vec<(PlanId, String)>,
    /// Name and contact details, if kept.
    pub contact: Option<ContactRecord>,
    /// Consent records.
    pub consents: Vec<Consent>,
    /// Answers at every collection point.
    pub measurements: Vec<Measurement>,
    /// Stories about them (testimonies, case studies, …), with the consent each rests on.
    pub stories: Vec<Story>,
    /// The audit log's entries about them (which hold the code only).
    pub audit: Vec<AuditRecord>,
}

impl App {
    /// Everything held on a participant (editors and owners: it includes contact details).
    pub async fn subject_access(&self, actor: &Actor, code: &str) -> AppResult<SubjectAccess> {
        let found = self.participant(actor.org.id, code).await?;
        actor.require(Role::Editor)?;
        let org = actor.org.id;
        let code = found.participant.code.clone();
        let measurements = self.store().participant_measurements(org, &code).await?;
        let object = format!("participant:{code}");
        let audit: Vec<AuditRecord> = crate::audit::all_events(self.store(), org)
            .await?
            .into_iter()
            .filter(|e| e.event.object == object)
            .collect();
        let mut plan_ids: Vec<PlanId> = found.participant.plans.iter().map(|m| m.plan).collect();
        plan_ids.extend(measurements.iter().map(|m| m.plan));
        plan_ids.sort();
        plan_ids.dedup();
        let all_plans = self.store().plans(org).await?;
        let plans = plan_ids
            .into_iter()
            .map(|id| {
                let title = all_plans
                    .iter()
                    .find(|p| p.id == id)
                    .map_or_else(|| id.to_string(), |p| p.title.clone());
                (id, title)
            })
            .collect();
        Ok(SubjectAccess {
            generated_at: time::OffsetDateTime::now_utc()
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
            organisation: actor.org.name.clone(),
            fields: self.participant_fields(org).await?,
            contact: self.store().contact(org, &code).await?,
            consents: self.store().consents(org, &code).await?,
            stories: self.participant_stories(org, &code).await?,
            participant: found.participant,
            plans,
            measurements,
            audit,
        })
    }

    /// Erases a participant (owners): their answers, consent records, contact details, plan
    /// memberships, the stories about them and their register entry are deleted; the audit log records the erasure by code.
    pub async fn erase_participant(&self, actor: &Actor, code: &str) -> AppResult<Erased> {
        let found = self.participant(actor.org.id, code).await?;
        actor.require(Role::Owner)?;
        self.store()
            .erase_participant(actor.org.id, &found.participant.code, &actor.name)
            .await?
            .ok_or_else(not_found)
    }
}
