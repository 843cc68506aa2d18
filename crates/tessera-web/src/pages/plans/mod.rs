//! The planner: theories of change worked backwards from the goal, their principle checks,
//! diagram, evaluation plan, calendar and progress against the organisation's data.
//!
//! Plans are stored as `tessera_plan`'s JSON document. Every change goes through [`save`],
//! which validates the whole plan first, so an invalid plan is never stored.

pub(crate) mod choose;
pub(crate) mod edit;
pub(crate) mod form;
pub(crate) mod io;
pub(crate) mod list;
pub(crate) mod new;
pub(crate) mod progress;
pub(crate) mod show;
pub(crate) mod steps;

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
        ("/".to_owned(), "Home".to_owned()),
        ("/plans".to_owned(), "Plans".to_owned()),
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

/// A new id for a part of a plan (see [`tessera_plan::new_id`]).
pub(crate) fn slugify(text: &str, prefix: &str, taken: &[&str]) -> String {
    tessera_plan::new_id(text, prefix, taken)
}

/// A principle check, ready to show.
#[derive(Debug, Clone)]
pub(crate) struct CheckView {
    pub check: Check,
    pub tag: &'static str,
    pub tag_class: &'static str,
    pub principle: &'static str,
}

impl CheckView {
    pub(crate) fn new(check: Check) -> Self {
        let (tag, tag_class) = status_tag(check.status);
        Self {
            principle: check.principle.label(),
            check,
            tag,
            tag_class,
        }
    }
}

/// The words and GOV.UK tag colour for a check status.
pub(crate) fn status_tag(status: CheckStatus) -> (&'static str, &'static str) {
    match status {
        CheckStatus::Pass => ("Passed", "govuk-tag--green"),
        CheckStatus::Fail => ("To fix", "govuk-tag--red"),
        CheckStatus::Warn => ("Advice", "govuk-tag--yellow"),
        CheckStatus::NotApplicable => ("Not applicable", "govuk-tag--grey"),
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
            .map(CheckView::new)
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
