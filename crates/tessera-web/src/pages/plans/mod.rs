//! The planner: theories of change worked backwards from the goal, their principle checks,
//! diagram, evaluation plan, calendar and progress against the organisation's data.
//!
//! Plans are stored as `tessera_plan`'s JSON document. Every change goes through [`save`],
//! which validates the whole plan first, so an invalid plan is never stored.

pub(crate) mod choose;
pub(crate) mod diagram;
pub(crate) mod edit;
pub(crate) mod exercise;
pub(crate) mod form;
pub(crate) mod io;
pub(crate) mod list;
pub(crate) mod new;
pub(crate) mod progress;
pub(crate) mod show;
pub(crate) mod steps;
pub(crate) mod view;

use tessera_framework::Catalogue;
use tessera_plan::{Check, CheckStatus, Plan, PlanProblem};
use tessera_store::{OrgId, PlanId, PlanRecord};

use crate::AppState;
use crate::http::error::PageError;

pub(crate) use tessera_app::plans::{document, indicator_href, indicator_name};

/// Parses a plan id from a path segment; anything else is a 404.
pub(crate) fn parse_id(text: &str) -> Result<PlanId, PageError> {
    Ok(tessera_app::plans::parse_id(text)?)
}

/// The page for a plan that does not exist in the organisation.
pub(crate) fn not_found() -> PageError {
    tessera_app::plans::not_found().into()
}

/// Loads one of the organisation's plans, or 404.
pub(crate) async fn load(
    state: &AppState,
    org: OrgId,
    id: &str,
) -> Result<(PlanRecord, Plan), PageError> {
    Ok(state.app().plan(org, id).await?)
}

/// Saves a changed plan if it is valid; the problems otherwise.
pub(crate) async fn save(
    state: &AppState,
    actor: &tessera_app::Actor,
    id: PlanId,
    plan: &Plan,
    summary: &str,
) -> Result<Result<(), Vec<PlanProblem>>, PageError> {
    Ok(state.app().save_plan(actor, id, plan, summary).await?)
}

/// Breadcrumbs down to the plans list, plus `extra`.
pub(crate) fn crumbs(extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), tessera_l10n::t("nav-home")),
        ("/plans".to_owned(), tessera_l10n::t("nav-plans")),
    ];
    all.extend_from_slice(extra);
    all
}

/// Breadcrumbs down to a plan's page.
pub(crate) fn plan_crumbs(id: PlanId, plan: &Plan) -> Vec<(String, String)> {
    crumbs(&[(format!("/plans/{id}"), plan.title.clone())])
}

/// A place to return to after a form, if it is one of the planner's own pages; otherwise the
/// plan page. Only local paths are accepted so a link cannot send people elsewhere.
pub(crate) fn safe_back(back: &str, id: PlanId) -> String {
    let base = format!("/plans/{id}");
    let ok = (back == base
        || ["/", "#", "?"]
            .iter()
            .any(|c| back.starts_with(&format!("{base}{c}"))))
        && !back.contains("//")
        && back
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-_#?=.&%".contains(c));
    if ok {
        back.to_owned()
    } else {
        format!("/plans/{id}")
    }
}

/// A name from a framework pack in the page's language, with the language it is really in when
/// the pack has no translation (an English fallback gets `lang="en"` on its element).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Named {
    pub text: String,
    pub lang: Option<&'static str>,
}

impl Named {
    /// Text in the page's language (or the person's own words).
    pub(crate) fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            lang: None,
        }
    }

    /// A pack's text as looked up for the page's language.
    pub(crate) fn from_localised(l: tessera_framework::Localised<'_>) -> Self {
        let page = tessera_l10n::current();
        let lang = if l.lang == page.code() {
            None
        } else {
            Some(tessera_l10n::Lang::parse(l.lang).unwrap_or_default().code())
        };
        Self {
            text: l.text.to_owned(),
            lang,
        }
    }
}

/// A domain's name (`<pack>/<domain>`), in the page's language where the pack has it.
pub(crate) fn domain_named(catalogue: &Catalogue, reference: &str) -> Named {
    reference
        .split_once('/')
        .and_then(|(p, id)| catalogue.domain(p, id))
        .map_or_else(
            || Named::plain(reference),
            |d| Named::from_localised(d.localised_name(tessera_l10n::current().code())),
        )
}

/// An indicator's name: the plan's local indicator, or the catalogue's in the page's language
/// where the pack has it, or the reference itself.
pub(crate) fn indicator_named(plan: &Plan, catalogue: &Catalogue, reference: &str) -> Named {
    if plan.local_indicator(reference).is_some() {
        return Named::plain(indicator_name(plan, catalogue, reference));
    }
    catalogue.indicator(reference).map_or_else(
        || Named::plain(reference),
        |i| Named::from_localised(i.localised_name(tessera_l10n::current().code())),
    )
}

/// The day of a time the store wrote (`2025-09-01T10:00:00Z` or `2025-09-01 10:00:00`), in the
/// page's language ("1 September 2025"); the text as it is if it does not start with a date.
pub(crate) fn stored_date(stored: &str) -> String {
    let day = stored.get(..10).unwrap_or(stored);
    tessera_plan::parse_date(day).map_or_else(|_| day.to_owned(), tessera_l10n::date)
}

/// A date of the plan in the page's language, or the message `none` when there is none.
pub(crate) fn date_or(date: Option<tessera_plan::Date>, none: &str) -> String {
    date.map_or_else(|| tessera_l10n::t(none), tessera_l10n::date)
}

/// A new id for a part of a plan (see [`tessera_plan::new_id`]).
pub(crate) fn slugify(text: &str, prefix: &str, taken: &[&str]) -> String {
    tessera_plan::new_id(text, prefix, taken)
}

/// A principle check, ready to show.
#[derive(Debug, Clone)]
pub(crate) struct CheckView {
    pub check: Check,
    pub tag: String,
    pub tag_class: &'static str,
    /// The principle the check serves: the first pack principle it serves, in the page's
    /// language where the pack has a translation.
    pub principle: String,
    /// The principle's language when it is not the page's (an English fallback), for `lang`.
    pub principle_lang: Option<&'static str>,
}

impl CheckView {
    pub(crate) fn new(check: Check, catalogue: &Catalogue) -> Self {
        let (principle, lang) = check.principle_name_localised(catalogue);
        Self {
            principle,
            principle_lang: (lang != tessera_l10n::current().code()).then_some(lang),
            tag: check.status.text(),
            tag_class: status_class(check.status),
            check,
        }
    }
}

/// The GOV.UK tag colour for a check status.
pub(crate) fn status_class(status: CheckStatus) -> &'static str {
    match status {
        CheckStatus::Pass => "govuk-tag--green",
        CheckStatus::Fail => "govuk-tag--red",
        CheckStatus::Warn => "govuk-tag--yellow",
        CheckStatus::NotApplicable => "govuk-tag--grey",
    }
}

/// Every check of the plan, with counts of passed and to-fix.
pub(crate) struct ChecksSummary {
    pub checks: Vec<CheckView>,
    pub passed: usize,
    pub to_fix: usize,
    pub advice: usize,
}

impl ChecksSummary {
    pub(crate) fn of(plan: &Plan, catalogue: &Catalogue) -> Self {
        let checks: Vec<CheckView> = tessera_plan::check(plan, catalogue)
            .into_iter()
            .map(|c| CheckView::new(c, catalogue))
            .collect();
        let count = |s: CheckStatus| checks.iter().filter(|c| c.check.status == s).count();
        Self {
            passed: count(CheckStatus::Pass),
            to_fix: count(CheckStatus::Fail),
            advice: count(CheckStatus::Warn),
            checks,
        }
    }
}

/// Plan problems as form errors: each message with its JSON path, so nothing is hidden.
pub(crate) fn problems_as_errors(problems: Vec<PlanProblem>) -> form::FormErrors {
    edit::form_errors(tessera_app::plans::edit::plan_problems(problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_short_lower_case_and_unique() {
        assert_eq!(
            slugify("Women talk with neighbours!", "outcome", &[]),
            "women-talk-with-neighbours"
        );
        assert_eq!(slugify("Café", "outcome", &["caf"]), "caf-2");
        assert_eq!(slugify("2025 plan", "outcome", &[]), "outcome-2025-plan");
        assert_eq!(slugify("Goal", "outcome", &[]), "outcome-goal");
        assert_eq!(slugify("!!!", "output", &[]), "output");
    }

    #[test]
    fn only_the_planners_own_pages_are_places_to_go_back_to() {
        let id = PlanId(3);
        assert_eq!(
            safe_back("/plans/3/steps/outputs", id),
            "/plans/3/steps/outputs"
        );
        assert_eq!(safe_back("https://evil.example/", id), "/plans/3");
        assert_eq!(safe_back("/plans/4", id), "/plans/3");
        assert_eq!(safe_back("/plans/30", id), "/plans/3");
        assert_eq!(safe_back("/plans/3//evil", id), "/plans/3");
    }
}
