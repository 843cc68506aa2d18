//! Numbers, percentages and dates as people in each language write them. English and Welsh
//! both group thousands with commas and use a full stop for decimals; month names and the
//! words around times come from the message files. Times are shown in UK time (GMT, or BST
//! from the last Sunday of March to the last Sunday of October, changing at 01:00 UTC).

use time::{Date, Month, OffsetDateTime, UtcOffset, Weekday};

use crate::{Arg, t, ta};

/// `x` with `decimals` decimals and thousands grouped: `12,345.6`. A minus sign is a true
/// minus (−); a value that rounds to zero has none.
pub fn number(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return String::new();
    }
    let text = format!("{:.*}", decimals, x.abs());
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_str(), None),
    };
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if let Some(f) = fraction {
        grouped.push('.');
        grouped.push_str(f);
    }
    let zero = text.chars().all(|c| c == '0' || c == '.');
    if x < 0.0 && !zero {
        format!("\u{2212}{grouped}")
    } else {
        grouped
    }
}

/// A share from 0 to 1 as a percentage: `57%` (or `57.5%` with one decimal).
pub fn percent(share: f64, decimals: usize) -> String {
    if !share.is_finite() {
        return String::new();
    }
    format!("{}%", number(share * 100.0, decimals))
}

/// A difference with its sign: `+3.2`, `−18`, and `0` for what rounds to zero.
pub fn signed(x: f64, decimals: usize) -> String {
    let text = number(x, decimals);
    if text.is_empty() || text.starts_with('\u{2212}') || text.chars().all(|c| c == '0' || c == '.')
    {
        text
    } else {
        format!("+{text}")
    }
}

/// A date: `6 December 2026`, `6 Rhagfyr 2026`.
pub fn date(d: Date) -> String {
    ta(
        "date-long",
        &[
            ("day", Arg::Number(f64::from(d.day()))),
            (
                "month",
                Arg::Text(t(&format!("month-{}", u8::from(d.month())))),
            ),
            ("year", Arg::Number(f64::from(d.year()))),
        ],
    )
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

/// UK time at instant `at`: GMT, or BST (UTC+1) in summer time.
pub fn uk_time(at: OffsetDateTime) -> OffsetDateTime {
    let utc = at.to_offset(UtcOffset::UTC);
    let year = utc.year();
    let change = |month| {
        last_sunday(year, month)
            .and_then(|d| d.with_hms(1, 0, 0).ok())
            .map(|t| t.assume_utc())
    };
    let summer = match (change(Month::March), change(Month::October)) {
        (Some(start), Some(end)) => utc >= start && utc < end,
        _ => false,
    };
    let offset = if summer {
        UtcOffset::from_hms(1, 0, 0).unwrap_or(UtcOffset::UTC)
    } else {
        UtcOffset::UTC
    };
    utc.to_offset(offset)
}

/// A moment to the minute in UK time: `6 December 2026, 14:05`.
pub fn datetime(at: OffsetDateTime) -> String {
    let local = uk_time(at);
    ta(
        "date-time",
        &[
            ("date", Arg::Text(date(local.date()))),
            (
                "time",
                Arg::Text(format!("{:02}:{:02}", local.hour(), local.minute())),
            ),
        ],
    )
}

/// A moment given as Unix seconds, to the minute in UK time.
pub fn unix_datetime(seconds: i64) -> String {
    OffsetDateTime::from_unix_timestamp(seconds)
        .map(datetime)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, sync_scope};

    #[test]
    fn numbers_are_grouped_and_signed_with_a_true_minus() {
        assert_eq!(number(12345.678, 1), "12,345.7");
        assert_eq!(number(999.0, 0), "999");
        assert_eq!(number(1_000_000.0, 0), "1,000,000");
        assert_eq!(number(-0.04, 1), "0.0");
        assert_eq!(number(-1234.5, 0), "\u{2212}1,234");
        assert_eq!(percent(0.575, 1), "57.5%");
        assert_eq!(signed(3.25, 1), "+3.2");
        assert_eq!(signed(-18.2, 0), "\u{2212}18");
        assert_eq!(signed(0.001, 1), "0.0");
    }

    #[test]
    fn times_are_shown_in_uk_time_to_the_minute_in_each_language() {
        // 14:05 UTC in December is 14:05 GMT; in July it is 15:05 BST.
        let winter = OffsetDateTime::from_unix_timestamp(1_796_565_900).expect("time");
        let summer = OffsetDateTime::from_unix_timestamp(1_783_346_700).expect("time");
        assert_eq!(datetime(winter), "6 December 2026, 14:05");
        assert_eq!(
            sync_scope(Lang::Cy, || datetime(winter)),
            "6 Rhagfyr 2026, 14:05"
        );
        assert!(
            datetime(summer).ends_with(", 15:05"),
            "{}",
            datetime(summer)
        );
        // The change happens at 01:00 UTC on the last Sunday of March (29 March 2026).
        let before = OffsetDateTime::from_unix_timestamp(1_774_745_940).expect("00:59 UTC");
        let after = OffsetDateTime::from_unix_timestamp(1_774_746_000).expect("01:00 UTC");
        assert_eq!(uk_time(before).offset().whole_hours(), 0);
        assert_eq!(uk_time(after).offset().whole_hours(), 1);
    }
}
