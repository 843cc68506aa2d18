//! Submitting answers, from the public web form or from ODK Collect: the one use case both
//! channels call. Consent first, then the collection's dates and cap, then the answers against
//! the version answered; the response is stored whole, once per idempotency key.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use tessera_l10n::{t, ta};
use tessera_store::credentials::{hash_token, random_token};
use tessera_store::{Draft, NewResponse, ResponseId, Stored, prelude::*};
use tessera_survey::Lang;

use super::answers::{self, AnswerProblem, Answers};
use super::{Collecting, State};
use crate::{App, AppError};

/// Longest idempotency key (a web form's key or an OpenRosa `instanceID`, e.g.
/// `uuid:` and 36 characters).
pub const MAX_KEY: usize = 100;

/// Days a saved draft is kept.
pub const DRAFT_DAYS: i64 = 30;

/// How a response came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// Tessera's public web form.
    Web,
    /// ODK Collect (or another OpenRosa client).
    OpenRosa,
}

impl Channel {
    /// The code stored with the response.
    pub fn code(self) -> &'static str {
        match self {
            Self::Web => "web",
            Self::OpenRosa => "openrosa",
        }
    }
}

/// Answers as sent.
#[derive(Debug, Clone)]
pub struct Submission {
    /// Question name → answer text (XForm encoding).
    pub answers: Vec<(String, String)>,
    /// The language the respondent read (one of the questionnaire's).
    pub lang: Lang,
    /// The web form's submission key, or OpenRosa's `instanceID`.
    pub key: String,
    /// Whether the respondent agreed on the consent page (or, through ODK Collect, the
    /// collector recorded their agreement).
    pub consent: bool,
    /// How it came.
    pub channel: Channel,
}

/// What submitting did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submitted {
    /// A new response.
    Stored(ResponseId),
    /// The same submission was stored before; nothing changed.
    Repeated(ResponseId),
}

/// Why answers were not stored. Nothing is stored in any of these cases.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    /// The respondent did not agree.
    #[error("{}", t("respond-error-no-consent"))]
    NoConsent,
    /// The collection opens later.
    #[error("{}", ta("respond-error-not-yet-open", &[("date", tessera_l10n::date(*.0).into())]))]
    NotYetOpen(time::Date),
    /// The collection is closed.
    #[error("{}", t("respond-error-closed"))]
    Closed,
    /// The collection has taken its most responses.
    #[error("{}", t("respond-error-full"))]
    Full,
    /// The submission key is missing or too long.
    #[error("{}", t("respond-error-key"))]
    BadKey,
    /// The answers do not fit the questionnaire.
    #[error("{}", .0.iter().map(|p| format!("{}: {}", p.question, p.message())).collect::<Vec<_>>().join("; "))]
    Problems(Vec<AnswerProblem>),
    /// Anything else.
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<tessera_store::StoreError> for SubmitError {
    fn from(e: tessera_store::StoreError) -> Self {
        Self::App(e.into())
    }
}

impl App {
    /// Stores one response to the collection `collecting` leads to, after checking consent,
    /// dates, cap and answers; a repeated key stores nothing and answers as the first time.
    pub async fn submit_response(
        &self,
        collecting: &Collecting,
        submission: Submission,
    ) -> Result<Submitted, SubmitError> {
        if !submission.consent {
            return Err(SubmitError::NoConsent);
        }
        let key = submission.key.trim();
        if key.is_empty() || key.len() > MAX_KEY {
            return Err(SubmitError::BadKey);
        }
        match self.collecting_state(collecting).await? {
            State::Open => {}
            State::NotYetOpen(d) => return Err(SubmitError::NotYetOpen(d)),
            State::Closed => return Err(SubmitError::Closed),
            State::Full => return Err(SubmitError::Full),
        }
        let q = &collecting.questionnaire;
        let lang = if q.languages.contains(&submission.lang) {
            submission.lang
        } else {
            q.languages.first().cloned().unwrap_or_else(Lang::english)
        };
        let kept = answers::check(q, submission.answers, &lang).map_err(SubmitError::Problems)?;
        let side = answers::side(&q.mapping(super::today().year(), 10).group, &kept);
        let stored = self
            .store()
            .store_response(NewResponse {
                org: collecting.collection.org,
                questionnaire: collecting.collection.questionnaire,
                version: collecting.version,
                channel: submission.channel.code().to_owned(),
                side: side.map(str::to_owned),
                participant: collecting.participant,
                lang: lang.code().to_owned(),
                answers: serde_json::to_value(&kept).map_err(AppError::internal)?,
                idempotency_key: key.to_owned(),
            })
            .await?;
        match stored {
            Stored::New(id) => {
                tracing::debug!(response.id = %id, questionnaire.id = %collecting.collection.questionnaire, "response stored");
                Ok(Submitted::Stored(id))
            }
            Stored::Repeated(id) => Ok(Submitted::Repeated(id)),
            Stored::Full => Err(SubmitError::Full),
        }
    }

    /// Keeps the answers so far for "save and return"; returns the resume code to give the
    /// respondent (only its hash is kept). Answers are checked as far as they go, but needed
    /// questions may still be unanswered.
    pub async fn save_draft(
        &self,
        collecting: &Collecting,
        raw: Vec<(String, String)>,
        lang: &Lang,
    ) -> Result<String, SubmitError> {
        let kept = draft_answers(collecting, raw, lang)?;
        let code = resume_code();
        let expires = OffsetDateTime::now_utc() + time::Duration::days(DRAFT_DAYS);
        self.store()
            .save_draft(
                &hash_token(&normalise_code(&code)),
                Draft {
                    org: collecting.collection.org,
                    questionnaire: collecting.collection.questionnaire,
                    version: collecting.version,
                    lang: lang.code().to_owned(),
                    answers: serde_json::to_value(&kept).map_err(AppError::internal)?,
                    expires_at: expires.format(&Rfc3339).map_err(AppError::internal)?,
                },
            )
            .await?;
        Ok(code)
    }

    /// The draft saved under `code` for the collection `collecting` leads to, if it has not
    /// expired.
    pub async fn resume_draft(
        &self,
        collecting: &Collecting,
        code: &str,
    ) -> Result<Option<Draft>, SubmitError> {
        let now = OffsetDateTime::now_utc()
            .format(&Rfc3339)
            .map_err(AppError::internal)?;
        let draft = self
            .store()
            .draft(&hash_token(&normalise_code(code)), &now)
            .await?;
        Ok(draft.filter(|d| {
            d.org == collecting.collection.org
                && d.questionnaire == collecting.collection.questionnaire
        }))
    }

    /// Forgets the draft under `code` (once its answers are submitted).
    pub async fn forget_draft(&self, code: &str) -> Result<(), SubmitError> {
        let now = OffsetDateTime::now_utc()
            .format(&Rfc3339)
            .map_err(AppError::internal)?;
        self.store()
            .delete_draft(&hash_token(&normalise_code(code)), &now)
            .await?;
        Ok(())
    }
}

/// The answers of a draft: each one given must fit its question; needed questions may wait.
fn draft_answers(
    collecting: &Collecting,
    raw: Vec<(String, String)>,
    lang: &Lang,
) -> Result<Answers, SubmitError> {
    let q = &collecting.questionnaire;
    let mut kept = Answers::new();
    let mut problems = Vec::new();
    for (name, value) in raw {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        match q
            .questions()
            .find(|x| x.name.as_str() == name && x.kind.takes_answer())
        {
            Some(question) => match answers::normalise(question, value, lang) {
                Ok(v) => {
                    kept.insert(name, v);
                }
                Err(kind) => problems.push(AnswerProblem {
                    question: name,
                    kind,
                }),
            },
            None => problems.push(AnswerProblem {
                question: name,
                kind: answers::AnswerProblemKind::Unknown,
            }),
        }
    }
    if problems.is_empty() {
        Ok(kept)
    } else {
        Err(SubmitError::Problems(problems))
    }
}

/// Letters and digits a person can read back and type without confusing them (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A resume code: three groups of four characters (about 59 bits), e.g. `K7QX-4MHR-2PWD`.
/// Drafts expire and hold no names, so this is enough against guessing, and short enough to
/// write down.
pub fn resume_code() -> String {
    let token = random_token(12);
    let chars: Vec<char> = token
        .bytes()
        .take(12)
        .map(|b| CODE_ALPHABET[usize::from(b) % CODE_ALPHABET.len()] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// A typed resume code in one form: upper case, without spaces and dashes.
pub fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}
