//! The publishing form, checked: what the organisation writes about its work, where and for how
//! long, its design and sample, the stories it chooses and who may read the entry.

use serde::{Deserialize, Serialize};
use tessera_l10n::{t, ta};
use tessera_store::DESIGNS;

use super::facets::{AUTHORITY_TYPES, REGIONS};
use crate::participants::Problem;

/// The words a person may write in a long field, at most (a few pages).
pub const MAX_TEXT: usize = 20_000;

/// What the publishing form (or an API caller) sends, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PublishInput {
    /// The entry's title.
    pub title: String,
    /// What was done.
    pub summary: String,
    /// A region code.
    pub region: String,
    /// A kind of local authority area.
    pub authority_type: String,
    /// A design code.
    pub design: String,
    /// How many people the figures rest on (a whole number, or empty).
    pub sample_size: String,
    /// When the work started (`YYYY-MM-DD`, or empty).
    pub started_on: String,
    /// When it ended (`YYYY-MM-DD`, or empty).
    pub ended_on: String,
    /// What did not work.
    pub not_worked: String,
    /// Lessons for others.
    pub lessons: String,
    /// Costs (optional).
    pub costs: String,
    /// Chosen stories' ids.
    pub stories: Vec<String>,
    /// `everyone`, or `chosen` (then [`PublishInput::organisations`]).
    pub audience: String,
    /// Short names of the organisations it is shown to, when chosen.
    pub organisations: Vec<String>,
}

/// A checked form: the values the store needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The sample size.
    pub sample_size: Option<i64>,
    /// Start date.
    pub started_on: Option<String>,
    /// End date.
    pub ended_on: Option<String>,
}

fn date(field: &str, text: &str, problems: &mut Vec<Problem>) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match tessera_plan::parse_date(text) {
        Ok(d) => Some(tessera_plan::format_date(d)),
        Err(_) => {
            problems.push(Problem::new(
                field,
                ta("library-error-date", &[("value", text.to_owned().into())]),
            ));
            None
        }
    }
}

impl PublishInput {
    /// Checks the fields that stand on their own; stories and organisations are checked
    /// against the store by the use case.
    pub fn check(&self) -> Result<Checked, Vec<Problem>> {
        let mut problems = Vec::new();
        if self.title.trim().is_empty() {
            problems.push(Problem::new("title", t("library-error-title")));
        }
        if self.summary.trim().is_empty() {
            problems.push(Problem::new("summary", t("library-error-summary")));
        }
        if !REGIONS.contains(&self.region.as_str()) {
            problems.push(Problem::new("region", t("library-error-region")));
        }
        if !AUTHORITY_TYPES.contains(&self.authority_type.as_str()) {
            problems.push(Problem::new("authority_type", t("library-error-authority")));
        }
        if !DESIGNS.contains(&self.design.as_str()) {
            problems.push(Problem::new("design", t("library-error-design")));
        }
        for (field, text) in [
            ("summary", &self.summary),
            ("not_worked", &self.not_worked),
            ("lessons", &self.lessons),
            ("costs", &self.costs),
        ] {
            if text.chars().count() > MAX_TEXT {
                problems.push(Problem::new(
                    field,
                    ta("library-error-too-long", &[("max", MAX_TEXT.into())]),
                ));
            }
        }
        let sample = self.sample_size.trim();
        let sample_size = if sample.is_empty() {
            None
        } else {
            match sample.parse::<i64>() {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    problems.push(Problem::new(
                        "sample_size",
                        ta(
                            "library-error-sample",
                            &[("value", sample.to_owned().into())],
                        ),
                    ));
                    None
                }
            }
        };
        let started_on = date("started_on", &self.started_on, &mut problems);
        let ended_on = date("ended_on", &self.ended_on, &mut problems);
        if let (Some(s), Some(e)) = (&started_on, &ended_on)
            && e < s
        {
            problems.push(Problem::new("ended_on", t("library-error-dates-order")));
        }
        match self.audience.as_str() {
            "everyone" => {}
            "chosen" => {
                if self.organisations.iter().all(|o| o.trim().is_empty()) {
                    problems.push(Problem::new("organisations", t("library-error-no-one")));
                }
            }
            _ => problems.push(Problem::new("audience", t("library-error-audience"))),
        }
        if problems.is_empty() {
            Ok(Checked {
                sample_size,
                started_on,
                ended_on,
            })
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> PublishInput {
        PublishInput {
            title: "Café".to_owned(),
            summary: "Weekly".to_owned(),
            region: "wales".to_owned(),
            authority_type: "unitary".to_owned(),
            design: "before_after".to_owned(),
            sample_size: "120".to_owned(),
            started_on: "2025-09-01".to_owned(),
            ended_on: "2026-07-31".to_owned(),
            audience: "everyone".to_owned(),
            ..PublishInput::default()
        }
    }

    #[test]
    fn a_complete_form_passes_and_gives_its_numbers_and_dates() {
        let checked = good().check().expect("valid");
        assert_eq!(checked.sample_size, Some(120));
        assert_eq!(checked.started_on.as_deref(), Some("2025-09-01"));
    }

    #[test]
    fn each_wrong_field_is_named() {
        let bad = PublishInput {
            title: " ".to_owned(),
            region: "atlantis".to_owned(),
            design: "guesswork".to_owned(),
            sample_size: "-3".to_owned(),
            ended_on: "2024-01-01".to_owned(),
            audience: "chosen".to_owned(),
            ..good()
        };
        let fields: Vec<String> = bad
            .check()
            .expect_err("invalid")
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(
            fields,
            [
                "title",
                "region",
                "design",
                "sample_size",
                "ended_on",
                "organisations"
            ]
        );
    }
}
