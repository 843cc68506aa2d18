//! What the audit log page asks for: a person, a kind of object, a range of days (in UK time)
//! and where the page starts, parsed from the form's text into the store's filter.

use serde::Deserialize;
use tessera_store::{AuditCursor, AuditFilter, OBJECT_KINDS};
use time::{Date, Month, OffsetDateTime, Weekday};

use crate::plans::edit::FieldProblem;

/// The log page's query string, as sent: every field may be empty.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct LogQuery {
    /// The actor, exactly as recorded (an e-mail address, `system`, a token's description).
    #[serde(default)]
    pub person: String,
    /// A kind of object (`plan`, `dataset`…), one of [`OBJECT_KINDS`].
    #[serde(default)]
    pub kind: String,
    /// The first day shown, `YYYY-MM-DD` (UK time).
    #[serde(default)]
    pub from: String,
    /// The last day shown, `YYYY-MM-DD` (UK time), included.
    #[serde(default)]
    pub to: String,
    /// Show entries older than this entry id.
    #[serde(default)]
    pub before: Option<String>,
    /// Show entries newer than this entry id.
    #[serde(default)]
    pub after: Option<String>,
}

/// A parsed [`LogQuery`]: the store's filter and where the page starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogFilter {
    /// Which entries.
    pub filter: AuditFilter,
    /// Where the page starts.
    pub cursor: AuditCursor,
}

impl LogQuery {
    /// Whether any filter is set (paging aside).
    pub fn is_filtered(&self) -> bool {
        [&self.person, &self.kind, &self.from, &self.to]
            .iter()
            .any(|s| !s.trim().is_empty())
    }

    /// The query string of the filters, without paging, for links to other pages
    /// (`person=…&kind=plan`); empty when nothing is filtered.
    pub fn filter_query(&self) -> String {
        let mut out = form_urlencoded_pairs(&[
            ("person", self.person.trim()),
            ("kind", self.kind.trim()),
            ("from", self.from.trim()),
            ("to", self.to.trim()),
        ]);
        if out.ends_with('&') {
            out.pop();
        }
        out
    }

    /// The filter and cursor asked for, or what is wrong with each field (named as the form
    /// names it).
    pub fn parse(&self) -> Result<LogFilter, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let person = self.person.trim();
        let kind = self.kind.trim();
        if !kind.is_empty() && !OBJECT_KINDS.contains(&kind) {
            problems.push(FieldProblem::new(
                "kind",
                tessera_l10n::t("audit-filter-kind-unknown"),
            ));
        }
        let from = match parse_day(&self.from) {
            Ok(day) => day,
            Err(()) => {
                problems.push(FieldProblem::new(
                    "from",
                    tessera_l10n::t("audit-filter-date-invalid"),
                ));
                None
            }
        };
        let to = match parse_day(&self.to) {
            Ok(day) => day,
            Err(()) => {
                problems.push(FieldProblem::new(
                    "to",
                    tessera_l10n::t("audit-filter-date-invalid"),
                ));
                None
            }
        };
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            problems.push(FieldProblem::new(
                "to",
                tessera_l10n::t("audit-filter-date-order"),
            ));
        }
        let cursor = match (
            entry_id(self.before.as_deref()),
            entry_id(self.after.as_deref()),
        ) {
            (Ok(Some(id)), _) => AuditCursor::Before(id),
            (Ok(None), Ok(Some(id))) => AuditCursor::After(id),
            (Ok(None), Ok(None)) => AuditCursor::Newest,
            _ => {
                problems.push(FieldProblem::new(
                    "before",
                    tessera_l10n::t("audit-filter-entry-invalid"),
                ));
                AuditCursor::Newest
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(LogFilter {
            filter: AuditFilter {
                actor: (!person.is_empty()).then(|| person.to_owned()),
                object_kind: (!kind.is_empty()).then(|| kind.to_owned()),
                from: from.map(|d| utc_prefix(uk_midnight(d))),
                until: to
                    .and_then(Date::next_day)
                    .map(|d| utc_prefix(uk_midnight(d))),
            },
            cursor,
        })
    }
}

fn form_urlencoded_pairs(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (key, value) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        out.push_str(key);
        out.push('=');
        for byte in value.bytes() {
            match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    out.push(byte as char);
                }
                other => out.push_str(&format!("%{other:02X}")),
            }
        }
        out.push('&');
    }
    out
}

/// A day typed as `YYYY-MM-DD` (what `<input type="date">` sends); `Ok(None)` when blank.
fn parse_day(text: &str) -> Result<Option<Date>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text, &format).map(Some).map_err(|_| ())
}

fn entry_id(text: Option<&str>) -> Result<Option<i64>, ()> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => t
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0)
            .map(Some)
            .ok_or(()),
    }
}

/// The last Sunday of `month` in `year`.
fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let next = match month {
        Month::December => Date::from_calendar_date(year + 1, Month::January, 1),
        m => Date::from_calendar_date(year, m.next(), 1),
    }
    .ok()?;
    let mut d = next.previous_day()?;
    while d.weekday() != Weekday::Sunday {
        d = d.previous_day()?;
    }
    Some(d)
}

/// The instant a day starts in the UK. British Summer Time runs from 01:00 UTC on the last
/// Sunday of March to 01:00 UTC on the last Sunday of October (the Summer Time Order 2002), so
/// midnight is in summer time on the days after the first of those Sundays up to and including
/// the second: 23:00 UTC the day before.
fn uk_midnight(day: Date) -> OffsetDateTime {
    let midnight = day.midnight().assume_utc();
    let summer = match (
        last_sunday(day.year(), Month::March),
        last_sunday(day.year(), Month::October),
    ) {
        (Some(start), Some(end)) => day > start && day <= end,
        _ => false,
    };
    if summer {
        midnight - time::Duration::HOUR
    } else {
        midnight
    }
}

/// An instant as the start of the stored RFC 3339 texts it bounds (`2026-07-04T23:00:00`):
/// stored times are UTC with a `Z` and maybe fractions, which sort after this prefix.
fn utc_prefix(at: OffsetDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(from: &str, to: &str) -> LogQuery {
        LogQuery {
            from: from.to_owned(),
            to: to.to_owned(),
            ..LogQuery::default()
        }
    }

    #[test]
    fn days_are_uk_days_in_summer_and_in_winter() {
        let winter = query("2026-12-06", "2026-12-06").parse().expect("valid");
        assert_eq!(winter.filter.from.as_deref(), Some("2026-12-06T00:00:00"));
        assert_eq!(winter.filter.until.as_deref(), Some("2026-12-07T00:00:00"));
        let summer = query("2026-07-05", "2026-07-05").parse().expect("valid");
        assert_eq!(summer.filter.from.as_deref(), Some("2026-07-04T23:00:00"));
        assert_eq!(summer.filter.until.as_deref(), Some("2026-07-05T23:00:00"));
        // 29 March 2026 is the last Sunday of March: its midnight is still GMT, the next BST.
        let change = query("2026-03-29", "2026-03-29").parse().expect("valid");
        assert_eq!(change.filter.from.as_deref(), Some("2026-03-29T00:00:00"));
        assert_eq!(change.filter.until.as_deref(), Some("2026-03-29T23:00:00"));
        // 25 October 2026: midnight is still BST; the day after is GMT again.
        let back = query("2026-10-25", "2026-10-25").parse().expect("valid");
        assert_eq!(back.filter.from.as_deref(), Some("2026-10-24T23:00:00"));
        assert_eq!(back.filter.until.as_deref(), Some("2026-10-26T00:00:00"));
    }

    #[test]
    fn wrong_dates_kinds_and_entry_numbers_are_named_by_field() {
        let bad = LogQuery {
            kind: "plan%".to_owned(),
            from: "06/12/2026".to_owned(),
            before: Some("x".to_owned()),
            ..LogQuery::default()
        };
        let fields: Vec<String> = bad
            .parse()
            .expect_err("invalid")
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, ["kind", "from", "before"]);
        let backwards = query("2026-12-06", "2026-12-01")
            .parse()
            .expect_err("order");
        assert_eq!(backwards[0].field, "to");
    }

    #[test]
    fn the_filter_query_keeps_the_filters_for_other_pages() {
        let q = LogQuery {
            person: "ana@demo.example".to_owned(),
            kind: "plan".to_owned(),
            before: Some("40".to_owned()),
            ..LogQuery::default()
        };
        assert_eq!(q.filter_query(), "person=ana%40demo.example&kind=plan");
        assert!(q.is_filtered());
        let parsed = q.parse().expect("valid");
        assert_eq!(parsed.cursor, AuditCursor::Before(40));
        assert_eq!(parsed.filter.actor.as_deref(), Some("ana@demo.example"));
        assert_eq!(LogQuery::default().filter_query(), "");
    }
}
