//! Registering participants, changing their details and keeping (or not) their contact
//! details. Codes are drawn by the store; the organisation's own reference is optional and
//! unique in the organisation.

use std::collections::{BTreeMap, HashMap};

use tessera_l10n::{t, ta};
use tessera_plan::{Plan, Side};
use tessera_store::{
    Contact, ContactRecord, NewParticipant, OrgId, Participant, ParticipantUpdate, PlanId,
    PlanMembership, Role, StoreError, prelude::*,
};

use super::consent::{Standing, standing};
use super::fields::{Field, check_values};
use super::{Checked, Problem, not_found, parse_code, parse_side};
use crate::{Actor, App, AppError, AppResult};

/// The longest reference, in characters.
pub const MAX_REFERENCE_CHARS: usize = 100;

/// What a participant form (or the API) sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ParticipantInput {
    /// The organisation's own reference; blank for none.
    #[serde(default)]
    pub reference: String,
    /// `newcomers` or `receiving_community`.
    #[serde(default)]
    pub side: String,
    /// The plans they belong to: (plan id, target-group id or blank).
    #[serde(default)]
    pub plans: Vec<(String, String)>,
    /// Descriptive fields: key → value.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
}

/// A participant with what their consent allows now.
#[derive(Debug, Clone, PartialEq)]
pub struct Registered {
    /// The register entry.
    pub participant: Participant,
    /// Their side.
    pub side: Side,
    /// What their consent allows.
    pub standing: Standing,
}

/// The words a form shows for contact details, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ContactInput {
    /// Name.
    #[serde(default)]
    pub name: String,
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Telephone.
    #[serde(default)]
    pub phone: String,
    /// Postal address.
    #[serde(default)]
    pub address: String,
    /// Notes.
    #[serde(default)]
    pub notes: String,
}

fn registered(participant: Participant, consents: &[tessera_store::Consent]) -> Registered {
    let side = parse_side(&participant.side).unwrap_or(Side::Newcomers);
    Registered {
        side,
        standing: standing(consents),
        participant,
    }
}

/// Checks a participant form against the organisation's plans and fields.
pub fn check_input(
    plans: &[(PlanId, Plan)],
    fields: &[Field],
    input: &ParticipantInput,
) -> Checked<ParticipantUpdate> {
    let mut problems = Vec::new();
    let side = parse_side(input.side.trim());
    if side.is_none() {
        problems.push(Problem::new("side", t("participants-error-side")));
    }
    let reference = input.reference.trim();
    if reference.chars().count() > MAX_REFERENCE_CHARS {
        problems.push(Problem::new(
            "reference",
            ta(
                "participants-error-reference-long",
                &[("max", MAX_REFERENCE_CHARS.into())],
            ),
        ));
    }
    let mut memberships = Vec::new();
    for (plan_text, group) in &input.plans {
        let found = plan_text
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|id| plans.iter().find(|(p, _)| p.0 == id));
        let Some((id, plan)) = found else {
            problems.push(Problem::new(
                "plans",
                ta(
                    "participants-error-plan",
                    &[("plan", plan_text.trim().into())],
                ),
            ));
            continue;
        };
        let group = group.trim();
        let target_group = if group.is_empty() {
            None
        } else {
            match plan.target_groups.iter().find(|g| g.id == group) {
                None => {
                    problems.push(Problem::new(
                        format!("group-{id}"),
                        ta(
                            "participants-error-target-group",
                            &[("group", group.into()), ("plan", plan.title.clone().into())],
                        ),
                    ));
                    None
                }
                Some(g) if side.is_some_and(|s| s != g.side) => {
                    problems.push(Problem::new(
                        format!("group-{id}"),
                        ta(
                            "participants-error-target-group-side",
                            &[("group", g.name.clone().into())],
                        ),
                    ));
                    None
                }
                Some(g) => Some(g.id.clone()),
            }
        };
        memberships.push(PlanMembership {
            plan: *id,
            target_group,
        });
    }
    let attributes = match check_values(fields, &input.fields) {
        Ok(a) => a,
        Err(p) => {
            problems.extend(p);
            BTreeMap::new()
        }
    };
    match side {
        Some(side) if problems.is_empty() => Ok(ParticipantUpdate {
            reference: (!reference.is_empty()).then(|| reference.to_owned()),
            side: side.code().to_owned(),
            attributes,
            plans: memberships,
        }),
        _ => Err(problems),
    }
}

/// A taken reference as a problem of the form; other store errors stay errors.
fn reference_taken(err: StoreError) -> Result<Vec<Problem>, AppError> {
    match err {
        StoreError::Conflict { .. } => Ok(vec![Problem::new(
            "reference",
            t("participants-error-reference-taken"),
        )]),
        other => Err(other.into()),
    }
}

fn check_contact(input: &ContactInput) -> Checked<Contact> {
    let mut problems = Vec::new();
    for (field, value, max) in [
        ("name", &input.name, 200),
        ("email", &input.email, 200),
        ("phone", &input.phone, 50),
        ("address", &input.address, 500),
        ("notes", &input.notes, 1000),
    ] {
        if value.trim().chars().count() > max {
            problems.push(Problem::new(
                field,
                ta("participants-error-contact-long", &[("max", max.into())]),
            ));
        }
    }
    let email = input.email.trim();
    if !email.is_empty() && !email.contains('@') {
        problems.push(Problem::new("email", t("participants-error-contact-email")));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Contact {
        name: input.name.trim().to_owned(),
        email: email.to_owned(),
        phone: input.phone.trim().to_owned(),
        address: input.address.trim().to_owned(),
        notes: input.notes.trim().to_owned(),
    })
}

impl App {
    /// The organisation's plans, read back (a plan that cannot be read is left out).
    pub async fn org_plans(&self, org: OrgId) -> AppResult<Vec<(PlanId, Plan)>> {
        Ok(self
            .store()
            .plans(org)
            .await?
            .into_iter()
            .filter_map(|r| {
                serde_json::from_value::<Plan>(r.document)
                    .ok()
                    .map(|p| (r.id, p))
            })
            .collect())
    }

    /// The register (a plan's participants when `plan` is given), in the order they were
    /// registered, each with what their consent allows.
    pub async fn register(&self, org: OrgId, plan: Option<PlanId>) -> AppResult<Vec<Registered>> {
        let participants = self.store().participants(org, plan).await?;
        let consents = match plan {
            Some(p) => self.store().plan_consents(org, p).await?,
            None => self.store().all_consents(org).await?,
        };
        let mut by_participant: HashMap<_, Vec<_>> = HashMap::new();
        for c in consents {
            by_participant.entry(c.participant).or_default().push(c);
        }
        Ok(participants
            .into_iter()
            .map(|p| {
                let theirs = by_participant.remove(&p.id).unwrap_or_default();
                registered(p, &theirs)
            })
            .collect())
    }

    /// One participant with what their consent allows; "not found" for another organisation's
    /// or an unknown code.
    pub async fn participant(&self, org: OrgId, code: &str) -> AppResult<Registered> {
        let code = parse_code(code)?;
        let participant = self
            .store()
            .participant(org, &code)
            .await?
            .ok_or_else(not_found)?;
        let consents = self.store().consents(org, &code).await?;
        Ok(registered(participant, &consents))
    }

    /// Registers a participant (editors and owners); a code is drawn for them.
    pub async fn register_participant(
        &self,
        actor: &Actor,
        input: &ParticipantInput,
    ) -> AppResult<Checked<Registered>> {
        actor.require(Role::Editor)?;
        let plans = self.org_plans(actor.org.id).await?;
        let fields = self.participant_fields(actor.org.id).await?;
        let checked = match check_input(&plans, &fields, input) {
            Ok(c) => c,
            Err(p) => return Ok(Err(p)),
        };
        let new = NewParticipant {
            code: None,
            reference: checked.reference,
            side: checked.side,
            attributes: checked.attributes,
            plans: checked.plans,
        };
        match self
            .store()
            .create_participants(actor.org.id, vec![new], &actor.name)
            .await
        {
            Ok(mut made) => Ok(Ok(registered(made.remove(0), &[]))),
            Err(e) => Ok(Err(reference_taken(e)?)),
        }
    }

    /// Replaces a participant's details (editors and owners).
    pub async fn update_participant(
        &self,
        actor: &Actor,
        code: &str,
        input: &ParticipantInput,
    ) -> AppResult<Checked<Registered>> {
        let before = self.participant(actor.org.id, code).await?;
        actor.require(Role::Editor)?;
        let plans = self.org_plans(actor.org.id).await?;
        let fields = self.participant_fields(actor.org.id).await?;
        let update = match check_input(&plans, &fields, input) {
            Ok(c) => c,
            Err(p) => return Ok(Err(p)),
        };
        let code = before.participant.code;
        match self
            .store()
            .update_participant(actor.org.id, &code, update, &actor.name)
            .await
        {
            Ok(Some(p)) => {
                let consents = self.store().consents(actor.org.id, &code).await?;
                Ok(Ok(registered(p, &consents)))
            }
            Ok(None) => Err(not_found()),
            Err(e) => Ok(Err(reference_taken(e)?)),
        }
    }

    /// A participant's contact details (editors and owners only: viewers and analysts never
    /// see names or contact details).
    pub async fn contact(&self, actor: &Actor, code: &str) -> AppResult<Option<ContactRecord>> {
        let found = self.participant(actor.org.id, code).await?;
        actor.require(Role::Editor)?;
        Ok(self
            .store()
            .contact(actor.org.id, &found.participant.code)
            .await?)
    }

    /// Keeps a participant's contact details, or removes them when every field is blank
    /// (editors and owners).
    pub async fn set_contact(
        &self,
        actor: &Actor,
        code: &str,
        input: &ContactInput,
    ) -> AppResult<Checked<()>> {
        let found = self.participant(actor.org.id, code).await?;
        actor.require(Role::Editor)?;
        let contact = match check_contact(input) {
            Ok(c) => c,
            Err(p) => return Ok(Err(p)),
        };
        self.store()
            .set_contact(
                actor.org.id,
                &found.participant.code,
                Some(contact),
                &actor.name,
            )
            .await?;
        Ok(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::participants::fields::fields_of;

    fn cafe() -> (PlanId, Plan) {
        let plan = Plan::from_json(tessera_plan::examples::LANGUAGE_CAFE).expect("valid");
        (PlanId(3), plan)
    }

    #[test]
    fn a_target_group_must_be_the_plans_and_on_the_participants_side() {
        let plans = [cafe()];
        let fields = fields_of(&[]);
        let input = |side: &str, group: &str| ParticipantInput {
            reference: String::new(),
            side: side.to_owned(),
            plans: vec![("3".to_owned(), group.to_owned())],
            fields: BTreeMap::new(),
        };
        let ok = check_input(
            &plans,
            &fields,
            &input("newcomers", "women-learning-english"),
        )
        .expect("valid");
        assert_eq!(
            ok.plans[0].target_group.as_deref(),
            Some("women-learning-english")
        );
        let wrong_side = check_input(
            &plans,
            &fields,
            &input("receiving_community", "women-learning-english"),
        )
        .expect_err("wrong side");
        assert_eq!(wrong_side[0].field, "group-3");
        let unknown =
            check_input(&plans, &fields, &input("newcomers", "nobody")).expect_err("unknown group");
        assert_eq!(unknown[0].field, "group-3");
        let mut other = input("newcomers", "");
        other.plans[0].0 = "4".to_owned();
        assert_eq!(
            check_input(&plans, &fields, &other).expect_err("not a plan")[0].field,
            "plans"
        );
        assert_eq!(
            check_input(&plans, &fields, &input("", "")).expect_err("no side")[0].field,
            "side"
        );
    }

    #[test]
    fn contact_details_are_checked_and_trimmed() {
        let ok = check_contact(&ContactInput {
            name: " Amina ".to_owned(),
            email: "amina@example.org".to_owned(),
            ..ContactInput::default()
        })
        .expect("valid");
        assert_eq!(ok.name, "Amina");
        let bad = check_contact(&ContactInput {
            email: "not an address".to_owned(),
            ..ContactInput::default()
        })
        .expect_err("invalid");
        assert_eq!(bad[0].field, "email");
    }
}
