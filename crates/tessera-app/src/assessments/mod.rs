//! Self-assessments (issue 18): an organisation scores how it works, keeps the result, turns its
//! gaps into actions linked to its plans, and repeats the assessment later to see movement.
//!
//! Two questionnaires share one shape ([`Answers`]: a level, notes and actions per item):
//! - [`inclusive_cities`]: a council's policy against the five core principles and five
//!   thematic areas of the Inclusive Cities framework (COMPAS), taken from the shipped pack,
//!   each with what good looks like in Tessera's words;
//! - [`barriers`]: the challenges an organisation meets in using the indicators, in the six
//!   areas the practitioners' guide (IOM UK) lists, each with suggestions.
//!
//! [`compare`] sets two assessments of the same kind side by side. Viewers read; editors and
//! owners record, change and delete. Every message a person reads comes from the `assessments`
//! message files of `tessera-l10n`.

pub mod barriers;
pub mod compare;
pub mod inclusive_cities;
mod use_cases;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tessera_framework::Catalogue;
use tessera_l10n::{t, ta};

pub use crate::participants::{Checked, Problem};

/// The longest title, note or action text accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// The most actions one assessment may carry.
pub const MAX_ACTIONS: usize = 100;

/// Which questionnaire an assessment answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A council's policy against the Inclusive Cities framework.
    InclusiveCities,
    /// The barriers to using the indicators.
    Barriers,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 2] = [Kind::InclusiveCities, Kind::Barriers];

    /// The stored word, also the word of its address (`/assessments/inclusive-cities`).
    pub fn code(self) -> &'static str {
        match self {
            Kind::InclusiveCities => "inclusive-cities",
            Kind::Barriers => "barriers",
        }
    }

    /// The kind with this word.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The highest level of its scale (the lowest is 0).
    pub fn top(self) -> u8 {
        match self {
            Kind::InclusiveCities => inclusive_cities::TOP,
            Kind::Barriers => barriers::TOP,
        }
    }

    /// Whether a higher level is better (a policy's progress) or worse (a barrier's weight).
    pub fn higher_is_better(self) -> bool {
        matches!(self, Kind::InclusiveCities)
    }

    /// The name of each level, lowest first, in the request's language.
    pub fn levels(self) -> Vec<String> {
        (0..=self.top())
            .map(|l| t(&format!("assessments-{}-level-{l}", self.code())))
            .collect()
    }

    /// Its name, in the request's language.
    pub fn name(self) -> String {
        t(&format!("assessments-{}-name", self.code()))
    }

    /// The items it asks about.
    pub fn items(self, catalogue: &Catalogue) -> Vec<Item> {
        match self {
            Kind::InclusiveCities => inclusive_cities::items(catalogue),
            Kind::Barriers => barriers::items(),
        }
    }
}

/// What an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// A core principle of the Inclusive Cities framework.
    Principle,
    /// A thematic area of the Inclusive Cities framework.
    Area,
    /// An area where barriers to using the indicators arise.
    Barrier,
}

impl Group {
    /// Its name, in the request's language.
    pub fn name(self) -> String {
        t(match self {
            Group::Principle => "assessments-group-principle",
            Group::Area => "assessments-group-area",
            Group::Barrier => "assessments-group-barrier",
        })
    }
}

/// A link a suggestion offers: where it goes, and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    /// A path within Tessera.
    pub href: String,
    /// The link text, in the request's language.
    pub text: String,
}

/// One thing an assessment asks about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Its id within the assessment (`principle:local-leadership`, `barrier:monitoring-data`).
    pub id: String,
    /// What it belongs to.
    pub group: Group,
    /// Its number within its group, from 1.
    pub number: usize,
    /// Its name: from the framework pack for Inclusive Cities (in the request's language where
    /// the pack has it), else Tessera's.
    pub name: String,
    /// The language `name` is in (`en` where the pack has no translation).
    pub name_lang: String,
    /// What it covers.
    pub summary: String,
    /// The language `summary` is in.
    pub summary_lang: String,
    /// What good looks like (Inclusive Cities), or the challenges it includes (barriers).
    pub guidance: String,
    /// Ways forward (barriers): suggestions, each with links.
    pub suggestions: Vec<(String, Vec<Link>)>,
}

/// An action that closes a gap: what will be done, about which item, in which plan, by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// The item it addresses.
    pub item: String,
    /// What will be done.
    pub text: String,
    /// The plan it is part of (an id of the organisation's plans), if any.
    #[serde(default)]
    pub plan: Option<i64>,
    /// By when (`YYYY-MM-DD`), if set.
    #[serde(default)]
    pub due: Option<String>,
}

/// An assessment's answers: a level per item scored, notes per item, and actions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// Item id → level (0 ..= the kind's top). Items not scored are absent.
    #[serde(default)]
    pub levels: BTreeMap<String, u8>,
    /// Item id → notes.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// Actions, in the order added.
    #[serde(default)]
    pub actions: Vec<Action>,
}

impl Answers {
    /// The answers of a stored assessment; what cannot be read counts as unanswered (a
    /// questionnaire may have changed since).
    pub fn of(value: &serde_json::Value) -> Self {
        serde_json::from_value(value.clone()).unwrap_or_default()
    }
}

/// A self-assessment as pages and the API show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssessmentView {
    /// The stored assessment.
    pub record: tessera_store::Assessment,
    /// Its kind.
    pub kind: Kind,
    /// Its answers.
    pub answers: Answers,
}

/// What the assessment form sent, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssessmentInput {
    /// Its title.
    pub title: String,
    /// The day taken.
    pub taken_on: String,
    /// Item id → level as sent (blank: not scored).
    pub levels: BTreeMap<String, String>,
    /// Item id → notes.
    pub notes: BTreeMap<String, String>,
}

/// What the action form sent, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ActionInput {
    /// The item.
    #[serde(default)]
    pub item: String,
    /// What will be done.
    #[serde(default)]
    pub text: String,
    /// The plan's id, or blank.
    #[serde(default)]
    pub plan: String,
    /// By when, or blank.
    #[serde(default)]
    pub due: String,
}

/// Checks a form's text against a kind's items: the title, day, levels and notes.
pub fn check_input(
    kind: Kind,
    items: &[Item],
    input: &AssessmentInput,
    keep_actions: Vec<Action>,
) -> Checked<(String, String, Answers)> {
    let mut problems = Vec::new();
    let title = input.title.trim().to_owned();
    if title.is_empty() {
        problems.push(Problem::new("title", t("assessments-error-title")));
    } else if title.chars().count() > MAX_TEXT_CHARS {
        problems.push(too_long("title"));
    }
    let taken_on = match crate::participants::parse_date(&input.taken_on) {
        Some(d) => d.to_string(),
        None => {
            problems.push(Problem::new(
                "taken_on",
                ta(
                    "assessments-error-date",
                    &[("value", input.taken_on.trim().into())],
                ),
            ));
            String::new()
        }
    };
    let mut answers = Answers {
        actions: keep_actions,
        ..Answers::default()
    };
    for (id, text) in &input.levels {
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let Some(item) = items.iter().find(|i| &i.id == id) else {
            continue;
        };
        match text.parse::<u8>() {
            Ok(level) if level <= kind.top() => {
                answers.levels.insert(item.id.clone(), level);
            }
            _ => problems.push(Problem::new(
                field_id("level", &item.id),
                ta(
                    "assessments-error-level",
                    &[
                        ("item", item.name.as_str().into()),
                        ("top", kind.top().into()),
                    ],
                ),
            )),
        }
    }
    for (id, text) in &input.notes {
        let text = text.trim();
        if text.is_empty() || !items.iter().any(|i| &i.id == id) {
            continue;
        }
        if text.chars().count() > MAX_TEXT_CHARS {
            problems.push(too_long(&field_id("notes", id)));
        }
        answers.notes.insert(id.clone(), text.to_owned());
    }
    if answers.levels.is_empty() && problems.is_empty() {
        problems.push(Problem::new(
            field_id("level", items.first().map_or("", |i| i.id.as_str())),
            t("assessments-error-nothing-scored"),
        ));
    }
    if problems.is_empty() {
        Ok((title, taken_on, answers))
    } else {
        Err(problems)
    }
}

/// The form field of an item's level or notes: `level-principle-local-leadership` (ids keep to
/// letters, digits and hyphens so they can be used in HTML ids and links).
pub fn field_id(what: &str, item: &str) -> String {
    format!("{what}-{}", item.replace(':', "-"))
}

fn too_long(field: &str) -> Problem {
    Problem::new(
        field,
        ta(
            "assessments-error-too-long",
            &[("max", MAX_TEXT_CHARS.into())],
        ),
    )
}

/// The gaps of an assessment, largest first: items scored below the top of the scale (for
/// Inclusive Cities) or scored as a challenge (for barriers), with the size of the gap.
pub fn gaps(kind: Kind, items: &[Item], answers: &Answers) -> Vec<(Item, u8)> {
    let mut gaps: Vec<(Item, u8)> = items
        .iter()
        .filter_map(|item| {
            let level = *answers.levels.get(&item.id)?;
            let gap = if kind.higher_is_better() {
                kind.top() - level
            } else {
                level
            };
            (gap > 0).then(|| (item.clone(), gap))
        })
        .collect();
    gaps.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.id.cmp(&b.0.id)));
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue::shipped().expect("the shipped packs load")
    }

    #[test]
    fn a_form_with_a_level_off_the_scale_is_refused_naming_the_item() {
        let items = Kind::InclusiveCities.items(&catalogue());
        let mut input = AssessmentInput {
            title: "Review".to_owned(),
            taken_on: "2026-03-01".to_owned(),
            ..AssessmentInput::default()
        };
        input.levels.insert(items[0].id.clone(), "7".to_owned());
        let problems = check_input(Kind::InclusiveCities, &items, &input, Vec::new())
            .expect_err("7 is off a 0–4 scale");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, "level-principle-local-leadership");
        assert!(problems[0].message.contains(&items[0].name));
    }

    #[test]
    fn an_assessment_with_nothing_scored_is_refused() {
        let items = Kind::Barriers.items(&catalogue());
        let input = AssessmentInput {
            title: "Review".to_owned(),
            taken_on: "01/03/2026".to_owned(),
            ..AssessmentInput::default()
        };
        let problems =
            check_input(Kind::Barriers, &items, &input, Vec::new()).expect_err("nothing scored");
        assert_eq!(problems[0].field, "level-barrier-leadership-coordination");
    }

    #[test]
    fn gaps_run_from_the_largest_and_barriers_count_as_gaps_when_they_weigh() {
        let items = Kind::InclusiveCities.items(&catalogue());
        let mut answers = Answers::default();
        answers.levels.insert(items[0].id.clone(), 4);
        answers.levels.insert(items[1].id.clone(), 1);
        answers.levels.insert(items[2].id.clone(), 3);
        let found = gaps(Kind::InclusiveCities, &items, &answers);
        assert_eq!(
            found
                .iter()
                .map(|(i, g)| (i.id.as_str(), *g))
                .collect::<Vec<_>>(),
            vec![(items[1].id.as_str(), 3), (items[2].id.as_str(), 1)]
        );
        let barriers = Kind::Barriers.items(&catalogue());
        let mut answers = Answers::default();
        answers.levels.insert(barriers[0].id.clone(), 0);
        answers.levels.insert(barriers[4].id.clone(), 2);
        let found = gaps(Kind::Barriers, &barriers, &answers);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.id, "barrier:monitoring-data");
    }
}
