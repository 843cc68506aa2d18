//! Participants (issue 14): the people a plan's work reaches, their consent, their answers at
//! each collection point, the change between the baseline and the follow-ups, a plan's output
//! logs, and a person's rights to see and erase what is held on them.
//!
//! - [`fields`]: the organisation's descriptive fields (age band, gender, its own).
//! - [`register`]: registering and changing participants, their contact details.
//! - [`consent`]: consent records, withdrawal, and what a participant's consent allows now.
//! - [`points`]: a plan's collection points (from its evaluation, or the organisation's own).
//! - [`measurements`]: answers entered in a form or through the API, and the plan's indicators.
//! - [`import`]: answers brought in from a CSV or Excel file keyed by participant code.
//! - [`change`]: change estimates per plan indicator, side and collection point.
//! - [`outputs`]: output logs (sessions and attendance) against output targets.
//! - [`rights`]: subject access (everything held on a person) and erasure.
//!
//! Roles: viewers read, editors write, owners erase. Every message a person reads comes from
//! the `participants` message files of `tessera-l10n`.

pub mod change;
pub mod consent;
pub mod fields;
pub mod import;
pub mod measurements;
pub mod outputs;
pub mod points;
pub mod register;
pub mod rights;
#[cfg(test)]
mod use_cases;

use tessera_l10n::{t, ta};
use tessera_plan::Side;
use tessera_store::is_participant_code;

use crate::AppError;

/// Something wrong with what a form, a file or an API request sent, tied to the field it
/// concerns (for a file: the row and column are in the message).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The form field (or file column, or JSON member) it concerns.
    pub field: String,
    /// What is wrong and what to do, for the person who sent it.
    pub message: String,
}

impl Problem {
    /// A problem with `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// What a use case that checks its input gives: done, or the problems that stopped it.
pub type Checked<T> = Result<T, Vec<Problem>>;

/// The answer for a participant code that is not one of the organisation's participants.
pub fn not_found() -> AppError {
    AppError::NotFound(t("participants-error-not-found"))
}

/// A participant code from a path or a form, tidied (`p-7k3q9` → `P-7K3Q9`); anything not
/// written like a code is "not found", so codes cannot be probed by their shape.
pub fn parse_code(text: &str) -> Result<String, AppError> {
    let code = text.trim().to_ascii_uppercase();
    if is_participant_code(&code) {
        Ok(code)
    } else {
        Err(not_found())
    }
}

/// A side as stored (`newcomers`, `receiving_community`).
pub fn side_code(side: Side) -> &'static str {
    side.code()
}

/// A side from its stored code.
pub fn parse_side(code: &str) -> Option<Side> {
    Side::parse(code)
}

/// A side's name in the request's language.
pub fn side_label(side: Side) -> String {
    t(match side {
        Side::Newcomers => "participants-side-newcomers",
        Side::ReceivingCommunity => "participants-side-receiving_community",
    })
}

/// Today's date in the UK's calendar (a measurement dated later is refused).
pub fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// Parses a date written `YYYY-MM-DD` (or `DD/MM/YYYY`, as spreadsheets in the UK write it).
pub fn parse_date(text: &str) -> Option<time::Date> {
    let text = text.trim();
    if let Ok(d) = tessera_plan::parse_date(text) {
        return Some(d);
    }
    let mut parts = text.split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
    time::Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
}

/// A problem for a date that cannot be read, naming the field.
pub(crate) fn bad_date(field: &str, text: &str) -> Problem {
    Problem::new(
        field,
        ta("participants-error-date", &[("value", text.trim().into())]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_tidied_and_anything_else_is_not_found() {
        assert_eq!(parse_code(" p-7k3q9 ").expect("a code"), "P-7K3Q9");
        assert!(matches!(parse_code("P-7K3Q"), Err(AppError::NotFound(_))));
        assert!(matches!(parse_code("1"), Err(AppError::NotFound(_))));
    }

    #[test]
    fn dates_are_read_in_iso_and_uk_order() {
        let d = time::macros::date!(2025 - 09 - 01);
        assert_eq!(parse_date("2025-09-01"), Some(d));
        assert_eq!(parse_date("01/09/2025"), Some(d));
        assert_eq!(parse_date("1/9/2025"), Some(d));
        assert_eq!(parse_date("09/01/25"), None);
        assert_eq!(parse_date("31/02/2025"), None);
        assert_eq!(parse_date("soon"), None);
    }
}
