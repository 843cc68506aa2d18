//! Consent records and what they allow now.
//!
//! A participant's answers may be collected and used while they have a **current** consent
//! record (not withdrawn) agreeing both to taking part and to the use of their data. Withdrawal
//! stops both at once: later measurements are refused, and their answers leave the change
//! estimates (they stay stored, visible to the organisation, until the person is erased).

use serde::Serialize;
use tessera_l10n::{t, ta};
use tessera_store::{Consent, ConsentId, NewConsent, OrgId, Role, prelude::*};

use super::{Checked, Problem, bad_date, not_found, parse_code, parse_date, today};
use crate::{Actor, App, AppResult};

/// The lawful bases of UK GDPR Article 6(1), as stored.
pub const LAWFUL_BASES: [&str; 6] = [
    "consent",
    "contract",
    "legal_obligation",
    "vital_interests",
    "public_task",
    "legitimate_interests",
];

/// How consent can be given, as stored.
pub const METHODS: [&str; 3] = ["paper", "verbal_witnessed", "online"];

/// The longest notes on a consent record, in characters.
pub const MAX_NOTES_CHARS: usize = 1000;

/// What a consent form sent, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ConsentInput {
    /// Agreed to take part.
    #[serde(default)]
    pub taking_part: bool,
    /// Agreed to the use of their answers.
    #[serde(default)]
    pub data_use: bool,
    /// Agreed to their story being recorded and told.
    #[serde(default)]
    pub stories: bool,
    /// Agreed to figures including them being shared.
    #[serde(default)]
    pub sharing: bool,
    /// One of [`LAWFUL_BASES`].
    #[serde(default)]
    pub lawful_basis: String,
    /// When, `YYYY-MM-DD`.
    #[serde(default)]
    pub given_on: String,
    /// One of [`METHODS`].
    #[serde(default)]
    pub method: String,
    /// Who witnessed a verbal agreement.
    #[serde(default)]
    pub witness: String,
    /// Notes.
    #[serde(default)]
    pub notes: String,
}

/// What a participant's consent allows now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Standing {
    /// A current record agrees to taking part and to the use of their data.
    Active,
    /// Every record that agreed has been withdrawn; the latest withdrawal's date.
    Withdrawn {
        /// `YYYY-MM-DD`.
        on: String,
    },
    /// No current record agrees to both.
    NoConsent,
}

impl Standing {
    /// Whether answers may be collected and used.
    pub fn allows_use(&self) -> bool {
        matches!(self, Standing::Active)
    }

    /// The status word (`active`, `withdrawn`, `no_consent`).
    pub fn code(&self) -> &'static str {
        match self {
            Standing::Active => "active",
            Standing::Withdrawn { .. } => "withdrawn",
            Standing::NoConsent => "no_consent",
        }
    }

    /// The status in the request's language.
    pub fn label(&self) -> String {
        match self {
            Standing::Active => t("participants-standing-active"),
            Standing::Withdrawn { on } => ta(
                "participants-standing-withdrawn",
                &[("date", display_date(on).into())],
            ),
            Standing::NoConsent => t("participants-standing-none"),
        }
    }
}

/// A stored `YYYY-MM-DD` date written for the request's language.
pub fn display_date(text: &str) -> String {
    parse_date(text).map_or_else(|| text.to_owned(), tessera_l10n::date)
}

/// What a participant's consent records allow now (records in any order).
pub fn standing(consents: &[Consent]) -> Standing {
    if consents
        .iter()
        .any(|c| c.withdrawn_on.is_none() && c.taking_part && c.data_use)
    {
        return Standing::Active;
    }
    match consents
        .iter()
        .filter_map(|c| c.withdrawn_on.as_ref())
        .max()
    {
        Some(on) => Standing::Withdrawn { on: on.clone() },
        None => Standing::NoConsent,
    }
}

/// A lawful basis in the request's language.
pub fn basis_label(code: &str) -> String {
    t(&format!("participants-basis-{code}"))
}

/// A way of giving consent in the request's language.
pub fn method_label(code: &str) -> String {
    t(&format!("participants-method-{code}"))
}

/// Checks a consent form.
pub fn check(input: &ConsentInput) -> Checked<NewConsent> {
    let mut problems = Vec::new();
    if !(input.taking_part || input.data_use || input.stories || input.sharing) {
        problems.push(Problem::new(
            "taking_part",
            t("participants-error-consent-nothing"),
        ));
    }
    if !LAWFUL_BASES.contains(&input.lawful_basis.as_str()) {
        problems.push(Problem::new(
            "lawful_basis",
            t("participants-error-consent-basis"),
        ));
    }
    if !METHODS.contains(&input.method.as_str()) {
        problems.push(Problem::new(
            "method",
            t("participants-error-consent-method"),
        ));
    }
    let witness = input.witness.trim();
    if input.method == "verbal_witnessed" && witness.is_empty() {
        problems.push(Problem::new(
            "witness",
            t("participants-error-consent-witness"),
        ));
    }
    match parse_date(&input.given_on) {
        None => problems.push(bad_date("given_on", &input.given_on)),
        Some(d) if d > today() => problems.push(Problem::new(
            "given_on",
            t("participants-error-date-future"),
        )),
        Some(_) => {}
    }
    if input.notes.chars().count() > MAX_NOTES_CHARS {
        problems.push(Problem::new(
            "notes",
            ta(
                "participants-error-notes-long",
                &[("max", MAX_NOTES_CHARS.into())],
            ),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(NewConsent {
        taking_part: input.taking_part,
        data_use: input.data_use,
        stories: input.stories,
        sharing: input.sharing,
        lawful_basis: input.lawful_basis.clone(),
        given_on: parse_date(&input.given_on)
            .map(tessera_plan::format_date)
            .unwrap_or_default(),
        method: input.method.clone(),
        witness: (!witness.is_empty()).then(|| witness.to_owned()),
        notes: input.notes.trim().to_owned(),
    })
}

impl App {
    /// A participant's consent records, oldest first; "not found" for an unknown code.
    pub async fn consents(&self, org: OrgId, code: &str) -> AppResult<Vec<Consent>> {
        let code = parse_code(code)?;
        self.store()
            .participant(org, &code)
            .await?
            .ok_or_else(not_found)?;
        Ok(self.store().consents(org, &code).await?)
    }

    /// Records a participant's consent (editors and owners).
    pub async fn record_consent(
        &self,
        actor: &Actor,
        code: &str,
        input: &ConsentInput,
    ) -> AppResult<Checked<Consent>> {
        let code = parse_code(code)?;
        self.store()
            .participant(actor.org.id, &code)
            .await?
            .ok_or_else(not_found)?;
        actor.require(Role::Editor)?;
        let new = match check(input) {
            Ok(n) => n,
            Err(p) => return Ok(Err(p)),
        };
        let mut made = self
            .store()
            .record_consents(actor.org.id, vec![(code, new)], &actor.name)
            .await?;
        Ok(Ok(made.remove(0)))
    }

    /// Withdraws one of a participant's consent records on `on` (today when blank), for
    /// editors and owners. Withdrawing a record already withdrawn changes nothing.
    pub async fn withdraw_consent(
        &self,
        actor: &Actor,
        code: &str,
        id: &str,
        on: &str,
    ) -> AppResult<Checked<Consent>> {
        let code = parse_code(code)?;
        let consents = self.consents(actor.org.id, &code).await?;
        let Some(record) = id
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|id| consents.iter().find(|c| c.id == ConsentId(id)))
        else {
            return Err(crate::AppError::NotFound(t(
                "participants-error-consent-not-found",
            )));
        };
        actor.require(Role::Editor)?;
        let date = if on.trim().is_empty() {
            today()
        } else {
            match parse_date(on) {
                Some(d) => d,
                None => return Ok(Err(vec![bad_date("withdrawn_on", on)])),
            }
        };
        if date > today() {
            return Ok(Err(vec![Problem::new(
                "withdrawn_on",
                t("participants-error-date-future"),
            )]));
        }
        if parse_date(&record.given_on).is_some_and(|given| date < given) {
            return Ok(Err(vec![Problem::new(
                "withdrawn_on",
                ta(
                    "participants-error-withdrawn-before-given",
                    &[("date", display_date(&record.given_on).into())],
                ),
            )]));
        }
        let done = self
            .store()
            .withdraw_consent(
                actor.org.id,
                &code,
                record.id,
                &tessera_plan::format_date(date),
                &actor.name,
            )
            .await?
            .ok_or_else(not_found)?;
        Ok(Ok(done))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(taking_part: bool, data_use: bool, withdrawn: Option<&str>) -> Consent {
        Consent {
            id: ConsentId(1),
            participant: tessera_store::ParticipantId(1),
            code: "P-22222".to_owned(),
            taking_part,
            data_use,
            stories: false,
            sharing: false,
            lawful_basis: "consent".to_owned(),
            given_on: "2025-01-01".to_owned(),
            method: "paper".to_owned(),
            witness: None,
            notes: String::new(),
            recorded_by: "e".to_owned(),
            recorded_at: String::new(),
            withdrawn_on: withdrawn.map(str::to_owned),
            withdrawn_by: None,
        }
    }

    #[test]
    fn only_a_current_agreement_to_take_part_and_to_data_use_allows_use() {
        assert_eq!(standing(&[]), Standing::NoConsent);
        assert_eq!(standing(&[record(true, false, None)]), Standing::NoConsent);
        assert!(standing(&[record(true, true, None)]).allows_use());
        assert_eq!(
            standing(&[
                record(true, true, Some("2025-02-01")),
                record(true, true, Some("2025-03-01"))
            ]),
            Standing::Withdrawn {
                on: "2025-03-01".to_owned()
            }
        );
        assert!(
            standing(&[
                record(true, true, Some("2025-02-01")),
                record(true, true, None)
            ])
            .allows_use(),
            "consent given again after a withdrawal"
        );
    }

    #[test]
    fn a_verbal_agreement_needs_a_witness_and_a_date_not_in_the_future() {
        let input = ConsentInput {
            taking_part: true,
            data_use: true,
            lawful_basis: "consent".to_owned(),
            given_on: "2999-01-01".to_owned(),
            method: "verbal_witnessed".to_owned(),
            ..ConsentInput::default()
        };
        let problems = check(&input).expect_err("problems");
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["witness", "given_on"]);
        let ok = check(&ConsentInput {
            given_on: "01/08/2025".to_owned(),
            witness: " Ana ".to_owned(),
            ..input
        })
        .expect("valid");
        assert_eq!(ok.given_on, "2025-08-01");
        assert_eq!(ok.witness.as_deref(), Some("Ana"));
        let nothing = check(&ConsentInput::default()).expect_err("problems");
        assert_eq!(nothing[0].field, "taking_part");
    }
}
