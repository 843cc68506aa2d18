//! Calendar dates written as `YYYY-MM-DD` in plan files.

use serde::{Deserialize, Deserializer, Serializer};
use time::Date;
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;

/// The one date format of the plan file: ISO 8601 calendar date, `2025-09-01`.
pub(crate) const FORMAT: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]");

/// Parses `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text.trim(), FORMAT).map_err(|e| {
        tessera_l10n::ta(
            "plans-problem-bad-date",
            &[("text", text.into()), ("error", e.to_string().into())],
        )
    })
}

/// Writes a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    // Formatting a Date with a year/month/day description cannot fail for years 0–9999; fall
    // back to the debug form rather than panic for the rare out-of-range year.
    date.format(FORMAT).unwrap_or_else(|_| format!("{date}"))
}

pub(crate) fn serialize<S: Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_date(*date))
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let text = String::deserialize(d)?;
    parse_date(&text).map_err(serde::de::Error::custom)
}

pub(crate) mod option {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&format_date(*d)),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        match Option::<String>::deserialize(d)? {
            Some(text) => parse_date(&text)
                .map(Some)
                .map_err(serde::de::Error::custom),
            None => Ok(None),
        }
    }
}
