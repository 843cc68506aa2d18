//! Self-assessment pages (issue 18): the Inclusive Cities self-assessment of a council's policy
//! and the barriers to using the framework — the list, the form, the result with its chart,
//! gaps, suggestions and actions, and the comparison of two. Every page calls
//! `tessera_app::assessments` and says everything through the `assessments` message files.

pub(crate) mod chart;
pub(crate) mod compare;
pub(crate) mod form;
pub(crate) mod list;
pub(crate) mod show;

use tessera_app::assessments::{Answers, Item, Kind, Link, Problem, field_id};
use tessera_l10n::t;

use crate::http::error::PageError;
use crate::ui::forms::FieldError;

/// The kind named in an address, or "no such page".
pub(crate) fn kind_of(code: &str) -> Result<Kind, PageError> {
    Kind::parse(code).ok_or_else(|| PageError::not_found(t("error-no-page")))
}

/// Form problems as the error summary and fields show them.
pub(crate) fn field_errors(problems: Vec<Problem>) -> Vec<FieldError> {
    problems
        .into_iter()
        .map(|p| FieldError::new(p.field, p.message))
        .collect()
}

/// Home › Self-assessments, then `extra`.
pub(crate) fn crumbs(extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), t("nav-home")),
        ("/assessments".to_owned(), t("assessments-title")),
    ];
    all.extend_from_slice(extra);
    all
}

/// Home › Self-assessments › the kind, then `extra`.
pub(crate) fn kind_crumbs(kind: Kind, extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = crumbs(&[(format!("/assessments/{}", kind.code()), kind.name())]);
    all.extend_from_slice(extra);
    all
}

/// The language of a text when it differs from the page's (for a `lang` attribute).
fn other_lang(lang: &str) -> Option<String> {
    (lang != tessera_l10n::current().code()).then(|| lang.to_owned())
}

/// One item as the pages show it, with its answer in one assessment.
pub(crate) struct ItemView {
    pub level_field: String,
    pub notes_field: String,
    pub code: String,
    pub group: String,
    pub name: String,
    pub name_lang: Option<String>,
    pub summary: String,
    pub summary_lang: Option<String>,
    pub guidance: String,
    pub suggestions: Vec<(String, Vec<Link>)>,
    pub level_text: String,
    pub notes: String,
}

impl ItemView {
    /// `item` with its answer in `answers` (if any).
    pub(crate) fn new(kind: Kind, item: &Item, answers: Option<&Answers>) -> Self {
        let level = answers.and_then(|a| a.levels.get(&item.id).copied());
        Self {
            level_field: field_id("level", &item.id),
            notes_field: field_id("notes", &item.id),
            code: chart::code_of(item),
            group: item.group.name(),
            name: item.name.clone(),
            name_lang: other_lang(&item.name_lang),
            summary: item.summary.clone(),
            summary_lang: other_lang(&item.summary_lang),
            guidance: item.guidance.clone(),
            suggestions: item.suggestions.clone(),
            level_text: level_text(kind, level),
            notes: answers
                .and_then(|a| a.notes.get(&item.id).cloned())
                .unwrap_or_default(),
        }
    }
}

/// "2 – Developing", or "Not scored".
pub(crate) fn level_text(kind: Kind, level: Option<u8>) -> String {
    match level {
        Some(l) => format!(
            "{l} – {}",
            kind.levels()
                .get(usize::from(l))
                .cloned()
                .unwrap_or_default()
        ),
        None => t("assessments-not-scored"),
    }
}

/// A stored day (`2026-03-01`) as the page's language writes dates.
pub(crate) fn day(text: &str) -> String {
    tessera_plan::parse_date(text)
        .map(tessera_l10n::date)
        .unwrap_or_else(|_| text.to_owned())
}
