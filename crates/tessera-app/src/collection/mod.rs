//! Collecting answers (issue 15, part B): a questionnaire's public link and its settings,
//! follow-up links per participant, submitting answers from the web form or ODK Collect
//! ([`submit`]), drafts for "save and return", counts by side, and the responses as a dataset
//! whose mapping is already filled in, or as a CSV or XLSX file ([`dataset`]), and collectors
//! for OpenRosa ([`collectors`]).
//!
//! Audit: a response is not an audit entry (the response row records its arrival, without
//! copying answers into the log); opening and changing a collection, making a dataset from it
//! and adding or revoking collectors are.

pub mod answers;
pub mod collectors;
pub mod dataset;
pub mod demo;
pub mod sav;
pub mod submit;

use time::{Date, OffsetDateTime};

use tessera_l10n::t;
use tessera_store::{
    CollectionRecord, CollectionSettings, OrgId, ParticipantId, QuestionnaireId, Role, prelude::*,
};
use tessera_survey::Questionnaire;

use crate::questionnaires::{Loaded, parse_id};
use crate::{Actor, App, AppError, AppResult};

pub use answers::{AnswerProblem, AnswerProblemKind, Answers};
pub use submit::{Channel, Submission, SubmitError, Submitted};

/// Whether a collection takes answers today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Taking answers.
    Open,
    /// Opens on this day.
    NotYetOpen(Date),
    /// Past its closing day or closed by hand.
    Closed,
    /// Has taken its most responses.
    Full,
}

/// The state of a collection with these settings on `today`, having `responses` responses.
pub fn state(settings: &CollectionSettings, today: Date, responses: i64) -> State {
    let day = |v: &Option<String>| {
        v.as_deref().and_then(|d| {
            Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")).ok()
        })
    };
    if settings.closed || day(&settings.closes_on).is_some_and(|c| today > c) {
        return State::Closed;
    }
    if let Some(opens) = day(&settings.opens_on).filter(|o| today < *o) {
        return State::NotYetOpen(opens);
    }
    if settings.response_cap.is_some_and(|cap| responses >= cap) {
        return State::Full;
    }
    State::Open
}

/// The collection's settings narrowed by the dates and per-link limit written into the
/// questionnaire itself (its details page): the later first day, the earlier last day, the
/// smaller cap.
pub fn effective(
    settings: &CollectionSettings,
    own: &tessera_survey::Collection,
) -> CollectionSettings {
    let day = |d: Option<Date>| {
        d.and_then(|d| {
            d.format(time::macros::format_description!("[year]-[month]-[day]"))
                .ok()
        })
    };
    let pick = |a: &Option<String>, b: Option<String>, later: bool| match (a.clone(), b) {
        (Some(x), Some(y)) => Some(if (x > y) == later { x } else { y }),
        (x, y) => x.or(y),
    };
    CollectionSettings {
        opens_on: pick(&settings.opens_on, day(own.opens_on), true),
        closes_on: pick(&settings.closes_on, day(own.closes_on), false),
        response_cap: match (settings.response_cap, own.per_link_limit.map(i64::from)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        },
        closed: settings.closed,
    }
}

/// Today's date (UTC). Opening and closing days are UK days; in summer time the UK day starts
/// an hour before UTC's, so a collection opens and closes up to an hour late, which is
/// harmless for days that are inclusive.
pub fn today() -> Date {
    OffsetDateTime::now_utc().date()
}

/// Responses counted by side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Newcomers.
    pub newcomers: i64,
    /// The receiving community.
    pub receiving: i64,
    /// Responses whose answers do not say.
    pub unknown: i64,
}

impl Counts {
    /// Every response.
    pub fn total(&self) -> i64 {
        self.newcomers + self.receiving + self.unknown
    }
}

/// A questionnaire's collection as its organisation sees it.
#[derive(Debug, Clone)]
pub struct Overview {
    /// The collection, once opened.
    pub collection: Option<CollectionRecord>,
    /// Responses so far, by side.
    pub counts: Counts,
    /// Whether it takes answers today (closed before it is opened).
    pub state: State,
}

/// What a respondent's link leads to: the collection, the questionnaire version it asks
/// today, and the participant for a follow-up link.
#[derive(Debug, Clone)]
pub struct Collecting {
    /// The collection.
    pub collection: CollectionRecord,
    /// The version asked.
    pub version: i64,
    /// Its content.
    pub questionnaire: Questionnaire,
    /// The participant, for a follow-up link.
    pub participant: Option<ParticipantId>,
}

/// The settings form as typed: dates `YYYY-MM-DD` (blank: none), the cap (blank: none).
#[derive(Debug, Clone, Default)]
pub struct SettingsForm {
    /// First day.
    pub opens_on: String,
    /// Last day.
    pub closes_on: String,
    /// Most responses.
    pub response_cap: String,
    /// Closed by hand.
    pub closed: bool,
}

impl SettingsForm {
    /// Parses the form, saying which field is wrong.
    pub fn parse(&self) -> AppResult<CollectionSettings> {
        let date = |v: &str, key: &str| -> AppResult<Option<String>> {
            let v = v.trim();
            if v.is_empty() {
                return Ok(None);
            }
            Date::parse(v, time::macros::format_description!("[year]-[month]-[day]"))
                .map(|_| Some(v.to_owned()))
                .map_err(|_| AppError::Invalid(t(key)))
        };
        let opens_on = date(&self.opens_on, "collect-error-opens-on")?;
        let closes_on = date(&self.closes_on, "collect-error-closes-on")?;
        if let (Some(o), Some(c)) = (&opens_on, &closes_on)
            && c < o
        {
            return Err(AppError::Invalid(t("collect-error-closes-before-opens")));
        }
        let cap = self.response_cap.trim();
        let response_cap = if cap.is_empty() {
            None
        } else {
            Some(
                cap.parse::<i64>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| AppError::Invalid(t("collect-error-cap")))?,
            )
        };
        Ok(CollectionSettings {
            opens_on,
            closes_on,
            response_cap,
            closed: self.closed,
        })
    }
}

/// The answer for a link that leads nowhere.
pub fn link_not_found() -> AppError {
    AppError::NotFound(t("respond-error-no-link"))
}

fn counts(rows: &[(Option<String>, i64)]) -> Counts {
    let mut c = Counts::default();
    for (side, n) in rows {
        match side.as_deref() {
            Some(tessera_stats::mapping::NEWCOMERS) => c.newcomers += n,
            Some(tessera_stats::mapping::RECEIVING) => c.receiving += n,
            _ => c.unknown += n,
        }
    }
    c
}

impl App {
    /// The collection of one of the organisation's questionnaires, with counts by side.
    pub async fn collection_overview(
        &self,
        org: OrgId,
        id: QuestionnaireId,
    ) -> AppResult<Overview> {
        let collection = self.store().collection(org, id).await?;
        let counts = counts(&self.store().response_counts(org, id).await?);
        let own = self
            .store()
            .questionnaire(org, id)
            .await?
            .and_then(|r| serde_json::from_value::<Questionnaire>(r.content).ok())
            .map(|q| q.collection)
            .unwrap_or_default();
        let state = match &collection {
            Some(c) => state(&effective(&c.settings, &own), today(), counts.total()),
            None => State::Closed,
        };
        Ok(Overview {
            collection,
            counts,
            state,
        })
    }

    /// Opens a questionnaire for answers (editors and owners): makes its public link.
    pub async fn open_collection(&self, actor: &Actor, id: &str) -> AppResult<CollectionRecord> {
        actor.require(Role::Editor)?;
        let id = parse_id(id)?;
        self.store()
            .open_collection(actor.org.id, id, &actor.name)
            .await?
            .ok_or_else(crate::questionnaires::not_found)
    }

    /// Changes a collection's dates, cap and whether it is closed (editors and owners).
    pub async fn update_collection(
        &self,
        actor: &Actor,
        id: &str,
        form: &SettingsForm,
    ) -> AppResult<CollectionRecord> {
        actor.require(Role::Editor)?;
        let id = parse_id(id)?;
        let settings = form.parse()?;
        self.store()
            .update_collection(actor.org.id, id, settings, &actor.name)
            .await?
            .ok_or_else(crate::questionnaires::not_found)
    }

    /// Makes a follow-up link for one of the organisation's participants (by code).
    pub async fn participant_link(
        &self,
        actor: &Actor,
        id: &str,
        participant_code: &str,
    ) -> AppResult<tessera_store::CollectionLink> {
        actor.require(Role::Editor)?;
        let id = parse_id(id)?;
        let participant = self
            .store()
            .participant(actor.org.id, participant_code.trim())
            .await?
            .ok_or_else(|| AppError::NotFound(t("collect-error-no-participant")))?;
        self.store()
            .open_collection(actor.org.id, id, &actor.name)
            .await?
            .ok_or_else(crate::questionnaires::not_found)?;
        Ok(self
            .store()
            .create_collection_link(actor.org.id, id, participant.id, &actor.name)
            .await?)
    }

    /// What a respondent's link (public or follow-up) leads to, at the questionnaire's
    /// current version, or at `version` when the form was started on an older one.
    pub async fn collecting(&self, token: &str, version: Option<i64>) -> AppResult<Collecting> {
        // Tokens are URL-safe base64 of 18 bytes: anything else is not looked up.
        if token.len() != 24
            || !token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(link_not_found());
        }
        let (collection, participant) = match self.store().collection_by_token(token).await? {
            Some(c) => (c, None),
            None => {
                let link = self
                    .store()
                    .collection_link_by_token(token)
                    .await?
                    .ok_or_else(link_not_found)?;
                let c = self
                    .store()
                    .collection(link.org, link.questionnaire)
                    .await?
                    .ok_or_else(link_not_found)?;
                (c, Some(link.participant))
            }
        };
        self.collecting_version(collection, version, participant)
            .await
    }

    /// The questionnaire version a collection asks (the current one unless `version`).
    pub async fn collecting_version(
        &self,
        collection: CollectionRecord,
        version: Option<i64>,
        participant: Option<ParticipantId>,
    ) -> AppResult<Collecting> {
        let (version, content) = match version {
            Some(v) => {
                let found = self
                    .store()
                    .questionnaire_version(collection.org, collection.questionnaire, v)
                    .await?
                    .ok_or_else(link_not_found)?;
                (found.version, found.content)
            }
            None => {
                let found = self
                    .store()
                    .questionnaire(collection.org, collection.questionnaire)
                    .await?
                    .ok_or_else(link_not_found)?;
                (found.version, found.content)
            }
        };
        let questionnaire: Questionnaire =
            serde_json::from_value(content).map_err(AppError::internal)?;
        Ok(Collecting {
            collection,
            version,
            questionnaire,
            participant,
        })
    }

    /// Whether the collection takes answers today.
    pub async fn collecting_state(&self, collecting: &Collecting) -> AppResult<State> {
        let settings = &effective(
            &collecting.collection.settings,
            &collecting.questionnaire.collection,
        );
        let responses = if settings.response_cap.is_some() {
            counts(
                &self
                    .store()
                    .response_counts(
                        collecting.collection.org,
                        collecting.collection.questionnaire,
                    )
                    .await?,
            )
            .total()
        } else {
            0
        };
        Ok(state(settings, today(), responses))
    }

    /// The organisation's questionnaire with its collection, for the collection page.
    pub async fn questionnaire_collection(
        &self,
        org: OrgId,
        id: &str,
    ) -> AppResult<(Loaded, Overview)> {
        let loaded = self.questionnaire(org, id).await?;
        let overview = self.collection_overview(org, loaded.record.id).await?;
        Ok((loaded, overview))
    }
}

#[cfg(test)]
mod tests;
