//! The strength of an entry's evidence, on the scale written out in `docs/library.md`.
//!
//! The scale follows the evaluation advice of the practitioners' guide behind Tessera (seed
//! `002_…`): a before-and-after comparison of the same people shows change but cannot say the
//! work caused it; a comparison group that did not take part rules out much of what else was
//! going on; random allocation to the two rules out the rest. More people narrow what the
//! figures allow, and a figure without its interval cannot be weighed at all.
//!
//! The design gives a starting step (before/after 0, comparison group 1, randomised 2); 30–99
//! people add one and 100 or more add two; the level is that sum, between 1 and
//! [`TOP_LEVEL`], and 1 whenever fewer than 30 people (or an unstated number) or no interval
//! are behind the figures. The thresholds are rules of thumb for comparing entries at a glance;
//! the facts shown beside the level say the rest.

use serde::Serialize;

/// The highest level.
pub const TOP_LEVEL: u8 = 4;

/// An entry's strength of evidence and the facts it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Strength {
    /// 1 (weakest) to [`TOP_LEVEL`].
    pub level: u8,
    /// The design: `before_after`, `comparison` or `randomised`.
    pub design: &'static str,
    /// How many people the figures rest on, if stated.
    pub sample_size: Option<i64>,
    /// Whether there was a comparison group (a comparison or randomised design).
    pub comparison_group: bool,
    /// Whether any figure shows its interval.
    pub uncertainty_shown: bool,
}

/// The size band of a sample: `small` (under 30), `medium` (30–99), `large` (100 or more),
/// `unknown` (not stated).
pub fn size_band(sample_size: Option<i64>) -> &'static str {
    match sample_size {
        None => "unknown",
        Some(n) if n < 30 => "small",
        Some(n) if n < 100 => "medium",
        Some(_) => "large",
    }
}

/// The size bands, for the filter.
pub const SIZE_BANDS: [&str; 4] = ["small", "medium", "large", "unknown"];

/// The strength of evidence of a design, a sample size and whether intervals are shown.
pub fn strength(design: &str, sample_size: Option<i64>, uncertainty_shown: bool) -> Strength {
    let (design, base): (&'static str, u8) = match design {
        "randomised" => ("randomised", 2),
        "comparison" => ("comparison", 1),
        _ => ("before_after", 0),
    };
    let level = match size_band(sample_size) {
        _ if !uncertainty_shown => 1,
        "small" | "unknown" => 1,
        "medium" => (base + 1).max(1),
        _ => (base + 2).min(TOP_LEVEL),
    };
    Strength {
        level,
        design,
        sample_size,
        comparison_group: base > 0,
        uncertainty_shown,
    }
}

impl Strength {
    /// The level in words, in the request's language.
    pub fn text(&self) -> String {
        tessera_l10n::ta(
            "library-strength-level",
            &[
                ("level", i64::from(self.level).into()),
                ("top", i64::from(TOP_LEVEL).into()),
                (
                    "words",
                    tessera_l10n::t(&format!("library-strength-{}", self.level)).into(),
                ),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_rises_with_the_design_and_the_number_of_people() {
        let level = |d, n| strength(d, n, true).level;
        assert_eq!(level("before_after", Some(20)), 1);
        assert_eq!(level("before_after", Some(50)), 1);
        assert_eq!(level("before_after", Some(150)), 2);
        assert_eq!(level("comparison", Some(50)), 2);
        assert_eq!(level("comparison", Some(150)), 3);
        assert_eq!(level("randomised", Some(50)), 3);
        assert_eq!(level("randomised", Some(500)), 4);
        assert_eq!(level("randomised", None), 1);
        assert_eq!(level("randomised", Some(29)), 1);
    }

    #[test]
    fn figures_without_intervals_are_the_weakest_whatever_the_design() {
        let s = strength("randomised", Some(1000), false);
        assert_eq!(s.level, 1);
        assert!(s.comparison_group);
        assert!(!strength("before_after", Some(1000), true).comparison_group);
    }

    #[test]
    fn sizes_fall_in_their_bands() {
        assert_eq!(size_band(Some(29)), "small");
        assert_eq!(size_band(Some(30)), "medium");
        assert_eq!(size_band(Some(99)), "medium");
        assert_eq!(size_band(Some(100)), "large");
        assert_eq!(size_band(None), "unknown");
    }
}
