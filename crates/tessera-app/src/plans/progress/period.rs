//! When a dataset's wave was collected, read from the wave's own label.
//!
//! A dataset records no collection dates of its own, so the wave labels are the only statement
//! of when its rows were collected. Labels that name a period are read as that period; any
//! other label says nothing about when, and a wave with such a label is never judged against a
//! plan's targets (the page says why).
//!
//! Read: a year (`2024`: 1 January to 31 December), a month (`2024-03`), a day
//! (`2024-03-15`), and a UK financial year written `2023-24`, `2023–24` or `2023/24`
//! (1 April 2023 to 31 March 2024, as council and charity years run).

use time::{Date, Month};

/// The first and last day of a collection period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// The first day.
    pub from: Date,
    /// The last day.
    pub to: Date,
}

impl Period {
    /// Whether every day of the period is on or before `day`.
    pub fn ends_by(&self, day: Date) -> bool {
        self.to <= day
    }

    /// Whether every day of the period is after `day`.
    pub fn starts_after(&self, day: Date) -> bool {
        self.from > day
    }
}

fn year(text: &str) -> Option<i32> {
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn last_day(y: i32, m: Month) -> Option<Date> {
    let next = if m == Month::December {
        Date::from_calendar_date(y + 1, Month::January, 1)
    } else {
        Date::from_calendar_date(y, m.next(), 1)
    };
    next.ok()?.previous_day()
}

/// The period a wave label names, if it names one.
pub fn period_of(label: &str) -> Option<Period> {
    let text = label.trim();
    if let Some(y) = year(text) {
        return Some(Period {
            from: Date::from_calendar_date(y, Month::January, 1).ok()?,
            to: Date::from_calendar_date(y, Month::December, 31).ok()?,
        });
    }
    if let Ok(day) = tessera_plan::parse_date(text)
        && text.len() == 10
    {
        return Some(Period { from: day, to: day });
    }
    let (first, second) = text
        .split_once(['-', '–', '/'])
        .map(|(a, b)| (a.trim(), b.trim()))?;
    let y = year(first)?;
    if second.len() == 2 && second.bytes().all(|b| b.is_ascii_digit()) {
        let n: u8 = second.parse().ok()?;
        // `2024-03` is a month; `2023-24` a financial year (the second year follows the first).
        if (1..=12).contains(&n) && (y + 1) % 100 != i32::from(n) {
            let m = Month::try_from(n).ok()?;
            return Some(Period {
                from: Date::from_calendar_date(y, m, 1).ok()?,
                to: last_day(y, m)?,
            });
        }
        if (y + 1) % 100 == i32::from(n) {
            return Some(Period {
                from: Date::from_calendar_date(y, Month::April, 1).ok()?,
                to: Date::from_calendar_date(y + 1, Month::March, 31).ok()?,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn years_months_days_and_financial_years_are_read() {
        assert_eq!(
            period_of("2024"),
            Some(Period {
                from: date!(2024 - 01 - 01),
                to: date!(2024 - 12 - 31)
            })
        );
        assert_eq!(
            period_of("2024-02"),
            Some(Period {
                from: date!(2024 - 02 - 01),
                to: date!(2024 - 02 - 29)
            })
        );
        assert_eq!(
            period_of("2025-09-15"),
            Some(Period {
                from: date!(2025 - 09 - 15),
                to: date!(2025 - 09 - 15)
            })
        );
        let fy = Some(Period {
            from: date!(2023 - 04 - 01),
            to: date!(2024 - 03 - 31),
        });
        assert_eq!(period_of("2023-24"), fy);
        assert_eq!(period_of("2023–24"), fy);
        assert_eq!(period_of("2023/24"), fy);
        // 2011-12 is a financial year, not December 2011.
        assert_eq!(
            period_of("2011-12").map(|p| p.from),
            Some(date!(2011 - 04 - 01))
        );
    }

    #[test]
    fn labels_that_name_no_period_say_nothing() {
        for label in ["Wave 1", "spring", "W2", "2024-13", "24", ""] {
            assert_eq!(period_of(label), None, "{label}");
        }
    }

    #[test]
    fn a_period_is_before_or_after_a_day_only_wholly() {
        let y = period_of("2025").expect("a year");
        assert!(!y.ends_by(date!(2025 - 09 - 01)));
        assert!(!y.starts_after(date!(2025 - 09 - 01)));
        assert!(y.ends_by(date!(2025 - 12 - 31)));
        assert!(y.starts_after(date!(2024 - 12 - 31)));
    }
}
