//! The report form: title, period, the sections chosen (in the organisation's order, with their
//! narratives) and the stories selected.

use serde::{Deserialize, Serialize};
use tessera_l10n::{t, ta};
use tessera_store::{Story, StoryId};

use super::SECTIONS;
use crate::participants::{Checked, Problem, parse_date};
use crate::stories::consent::scopes;

/// The longest narrative of one section, in characters.
pub const MAX_NARRATIVE_CHARS: usize = 10_000;
/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The most stories in one report.
pub const MAX_STORIES: usize = 30;

/// One section as chosen: its kind (one of [`SECTIONS`]) and the organisation's words for it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// One of [`SECTIONS`].
    pub kind: String,
    /// The narrative, in the organisation's words (may be empty).
    #[serde(default)]
    pub narrative: String,
}

/// One section as the form sent it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct SectionInput {
    /// One of [`SECTIONS`].
    pub kind: String,
    /// Whether it is in the report.
    pub include: bool,
    /// Its place (1 first); blank keeps the usual order.
    pub position: String,
    /// The narrative.
    pub narrative: String,
}

/// What a report form sent, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ReportInput {
    /// Title.
    pub title: String,
    /// First day (`YYYY-MM-DD`).
    pub period_start: String,
    /// Last day (`YYYY-MM-DD`).
    pub period_end: String,
    /// Every section, chosen or not.
    pub sections: Vec<SectionInput>,
    /// The selected stories' ids, in order.
    pub stories: Vec<String>,
}

/// A checked report form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedReport {
    /// Title.
    pub title: String,
    /// First day.
    pub period_start: String,
    /// Last day.
    pub period_end: String,
    /// The chosen sections, in order.
    pub sections: Vec<Section>,
    /// The selected stories, in order.
    pub stories: Vec<StoryId>,
}

/// Checks a report form against the organisation's stories: every selected story must be
/// theirs and its consent must cover use in reports and publication, or the form is refused
/// with the story named.
pub fn check(input: &ReportInput, stories: &[Story]) -> Checked<CheckedReport> {
    let mut problems = Vec::new();
    let title = input.title.trim();
    if title.is_empty() {
        problems.push(Problem::new("title", t("reports-error-title")));
    } else if title.chars().count() > MAX_TITLE_CHARS {
        problems.push(Problem::new(
            "title",
            ta("reports-error-too-long", &[("max", MAX_TITLE_CHARS.into())]),
        ));
    }
    let start = parse_date(&input.period_start);
    let end = parse_date(&input.period_end);
    if start.is_none() {
        problems.push(Problem::new("period_start", t("reports-error-start")));
    }
    if end.is_none() {
        problems.push(Problem::new("period_end", t("reports-error-end")));
    }
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        problems.push(Problem::new("period_end", t("reports-error-order")));
    }
    // (place, 0 when numbered by hand and 1 when not, form order, section): a section given a
    // number comes before one that only keeps its usual place at the same number.
    let mut chosen: Vec<(usize, u8, usize, Section)> = Vec::new();
    for (i, s) in input.sections.iter().enumerate() {
        let kind = s.kind.trim();
        if !SECTIONS.contains(&kind) {
            problems.push(Problem::new("sections", t("reports-error-section")));
            continue;
        }
        if s.narrative.chars().count() > MAX_NARRATIVE_CHARS {
            problems.push(Problem::new(
                format!("narrative-{kind}"),
                ta(
                    "reports-error-too-long",
                    &[("max", MAX_NARRATIVE_CHARS.into())],
                ),
            ));
        }
        if !s.include {
            continue;
        }
        if chosen.iter().any(|(_, _, _, c)| c.kind == kind) {
            continue;
        }
        let (position, implicit) = match s.position.trim() {
            "" => (i + 1, 1),
            text => match text.parse::<usize>() {
                Ok(p) if p >= 1 => (p, 0),
                _ => {
                    problems.push(Problem::new(
                        format!("position-{kind}"),
                        ta(
                            "reports-error-position",
                            &[("value", text.to_owned().into())],
                        ),
                    ));
                    (i + 1, 1)
                }
            },
        };
        chosen.push((
            position,
            implicit,
            i,
            Section {
                kind: kind.to_owned(),
                narrative: s.narrative.trim().to_owned(),
            },
        ));
    }
    if chosen.is_empty() {
        problems.push(Problem::new("sections", t("reports-error-no-sections")));
    }
    chosen.sort_by_key(|(p, implicit, i, _)| (*p, *implicit, *i));

    let mut ids = Vec::new();
    for text in input
        .stories
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        let story = text
            .parse::<i64>()
            .ok()
            .and_then(|n| stories.iter().find(|s| s.id == StoryId(n)));
        let Some(story) = story else {
            problems.push(Problem::new(
                "stories",
                ta("reports-error-story", &[("value", text.to_owned().into())]),
            ));
            continue;
        };
        if let Some(refusal) = scopes(story).report_refusal(&story.title) {
            problems.push(Problem::new("stories", refusal));
            continue;
        }
        if !ids.contains(&story.id) {
            ids.push(story.id);
        }
    }
    if ids.len() > MAX_STORIES {
        problems.push(Problem::new(
            "stories",
            ta(
                "reports-error-too-many-stories",
                &[("max", MAX_STORIES.into())],
            ),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(CheckedReport {
        title: title.to_owned(),
        period_start: start.map(tessera_plan::format_date).unwrap_or_default(),
        period_end: end.map(tessera_plan::format_date).unwrap_or_default(),
        sections: chosen.into_iter().map(|(_, _, _, s)| s).collect(),
        stories: ids,
    })
}

/// The saved sections of a report (an unreadable list reads as none).
pub fn saved_sections(value: &serde_json::Value) -> Vec<Section> {
    serde_json::from_value(value.clone()).unwrap_or_default()
}

/// A form for a new report: every section chosen, in the usual order, without narratives.
pub fn blank(title: &str, period_start: &str, period_end: &str) -> ReportInput {
    ReportInput {
        title: title.to_owned(),
        period_start: period_start.to_owned(),
        period_end: period_end.to_owned(),
        sections: SECTIONS
            .iter()
            .map(|k| SectionInput {
                kind: (*k).to_owned(),
                include: true,
                position: String::new(),
                narrative: String::new(),
            })
            .collect(),
        stories: Vec::new(),
    }
}
