//! The library of what works (issue 17): published evaluations searched and filtered, an
//! entry's page (its figures, strength of evidence, stories, comments, copying), publishing
//! and editing, withdrawing. Every page calls `tessera_app::library` and says everything
//! through the `library` message files.

pub(crate) mod act;
pub(crate) mod edit;
pub(crate) mod list;
pub(crate) mod show;

use tessera_app::library::content::{EntryContent, Figure};
use tessera_app::library::strength::{Strength, strength};
use tessera_l10n::{number, t, ta};
use tessera_store::LibraryEntry;

/// Home › Library, then `extra`.
pub(crate) fn crumbs(extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), t("nav-home")),
        ("/library".to_owned(), t("library-title")),
    ];
    all.extend_from_slice(extra);
    all
}

/// An entry's strength of evidence.
pub(crate) fn strength_of(entry: &LibraryEntry, content: &EntryContent) -> Strength {
    strength(
        &entry.design,
        entry.sample_size,
        content.shows_uncertainty(),
    )
}

/// A stored RFC 3339 time as a date in the page's language.
pub(crate) fn date_of(text: &str) -> String {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .map_or_else(|_| text.to_owned(), |t| tessera_l10n::date(t.date()))
}

fn figure_text(x: f64, percent: bool) -> String {
    if percent {
        format!("{}%", number(x, 0))
    } else {
        number(x, 1)
    }
}

fn points(x: f64, percent: bool) -> String {
    if percent {
        tessera_l10n::signed(x, 0)
    } else {
        tessera_l10n::signed(x, 1)
    }
}

/// One figure as a table row: indicator (side), latest with interval, change with interval
/// and people, target, verdict.
pub(crate) struct FigureRow {
    pub indicator: String,
    pub latest: String,
    pub change: String,
    pub target: String,
    pub verdict: String,
    pub suppressed: bool,
}

impl FigureRow {
    pub(crate) fn of(f: &Figure) -> Self {
        let none = || t("library-figure-none");
        let interval =
            |value: String, low: Option<f64>, high: Option<f64>, write: &dyn Fn(f64) -> String| {
                match (low, high) {
                    (Some(l), Some(h)) => ta(
                        "library-figure-with-interval",
                        &[
                            ("value", value.into()),
                            ("low", write(l).into()),
                            ("high", write(h).into()),
                        ],
                    ),
                    _ => value,
                }
            };
        let level = |x: f64| figure_text(x, f.percent);
        let diff = |x: f64| points(x, f.percent);
        let (latest, change) = if f.suppressed {
            (
                t("library-figure-suppressed"),
                t("library-figure-suppressed"),
            )
        } else {
            let latest = f
                .estimate
                .map_or_else(none, |v| interval(level(v), f.ci_low, f.ci_high, &level));
            let mut change = f.change.map_or_else(none, |v| {
                interval(diff(v), f.change_low, f.change_high, &diff)
            });
            if let Some(n) = f.people {
                change = format!(
                    "{change}; {}",
                    ta("library-figure-people", &[("count", n.into())])
                );
            }
            (latest, change)
        };
        Self {
            indicator: format!("{} ({})", f.indicator_name, f.side.text()),
            latest,
            change,
            target: f.target.map_or_else(none, level),
            verdict: f.verdict(),
            suppressed: f.suppressed,
        }
    }
}
