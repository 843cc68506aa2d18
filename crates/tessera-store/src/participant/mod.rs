//! Participants: the people a plan's work reaches, known to the organisation by a pseudonymous
//! code (`P-7K3Q9`), with the side they are on, the plans (and target groups) they belong to and
//! the descriptive fields the organisation chose. Names and contact details are optional and
//! kept in a table of their own ([`Contact`]).
//!
//! Audit entries about a participant name the code only, with which fields or plans changed and
//! never their values, so that erasing a person ([`Participants::erase_participant`]) leaves
//! nothing of them in the append-only log but the code.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::id::decl_id;
use crate::{OrgId, PlanId, StoreError};

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
    /// Stories about them deleted (with their files and tags).
    pub stories: u64,
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

mod sql;

pub(crate) use sql::object;
#[cfg(test)]
mod tests;
