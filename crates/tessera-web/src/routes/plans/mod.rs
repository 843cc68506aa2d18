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

use axum::Router;
use axum::routing::{get, post};
use tessera_framework::Catalogue;
use tessera_plan::{Check, CheckStatus, Plan, PlanProblem};
use tessera_store::prelude::*;
use tessera_store::{OrgId, PlanId, PlanRecord, PlanUpdate};

use crate::{AppState, WebError};

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/plans", get(list::show))
        .route("/plans/new", get(new::start).post(new::submit))
        .route("/plans/import", get(io::import_form).post(io::import))
        .route("/plans/{id}", get(show::show))
        .route("/plans/{id}/print", get(show::print))
        .route("/plans/{id}/calendar", get(show::calendar))
        .route("/plans/{id}/export.json", get(io::export))
        .route("/plans/{id}/delete", post(edit::delete))
        .route("/plans/{id}/steps/{step}", get(steps::show))
        .route(
            "/plans/{id}/outcomes/{outcome}/indicators",
            get(choose::show),
        )
        .route(
            "/plans/{id}/edit/{what}",
            get(edit::form_single).post(edit::submit_single),
        )
        .route(
            "/plans/{id}/edit/{what}/{item}",
            get(edit::form).post(edit::submit),
        )
        .route("/plans/{id}/edit/{what}/{item}/remove", post(edit::remove))
}

/// Parses a plan id from a path segment; anything else is a 404, so ids can't be probed.
pub(crate) fn parse_id(text: &str) -> Result<PlanId, WebError> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .map(PlanId)
        .ok_or_else(not_found)
}

pub(crate) fn not_found() -> WebError {
    WebError::not_found("There is no plan at this address in your organisation.")
}

/// Loads one of the organisation's plans and parses its document, or 404.
pub(crate) async fn load(
    state: &AppState,
    org: OrgId,
    id: &str,
) -> Result<(PlanRecord, Plan), WebError> {
    let id = parse_id(id)?;
    let record = state.store().plan(org, id).await?.ok_or_else(not_found)?;
    let plan: Plan = serde_json::from_value(record.document.clone())
        .map_err(|e| WebError::internal(format!("plan {id} could not be read back: {e}")))?;
    Ok((record, plan))
}

/// The stored form of a plan: exactly its documented JSON.
pub(crate) fn document(plan: &Plan) -> Result<serde_json::Value, WebError> {
    serde_json::to_value(plan).map_err(WebError::internal)
}

/// Validates and stores a changed plan. `Err(Ok(problems))` when the plan is invalid (nothing
/// is saved); `Err(Err(_))` for a failure of ours.
pub(crate) async fn save(
    state: &AppState,
    org: OrgId,
    id: PlanId,
    plan: &Plan,
    summary: &str,
    actor: &str,
) -> Result<Result<(), Vec<PlanProblem>>, WebError> {
    if let Err(problems) = plan.validate() {
        return Ok(Err(problems));
    }
    let update = PlanUpdate {
        title: plan.title.clone(),
        document: document(plan)?,
        updated_by: actor.to_owned(),
        summary: summary.to_owned(),
    };
    state
        .store()
        .update_plan(org, id, update)
        .await?
        .ok_or_else(not_found)?;
    Ok(Ok(()))
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

/// A short id made from text: lower-case words joined by `-`, unique among `taken`.
pub(crate) fn slugify(text: &str, prefix: &str, taken: &[&str]) -> String {
    let mut slug = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + word.len() > 40 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if slug.is_empty() || !slug.starts_with(|c: char| c.is_ascii_lowercase()) {
        slug = if slug.is_empty() {
            prefix.to_owned()
        } else {
            format!("{prefix}-{slug}")
        };
    }
    // Words that mean something else in links and groups.
    if matches!(
        slug.as_str(),
        "goal" | "newcomers" | "both" | "receiving_community"
    ) {
        slug = format!("{prefix}-{slug}");
    }
    let mut candidate = slug.clone();
    let mut n = 2;
    while taken.contains(&candidate.as_str()) {
        candidate = format!("{slug}-{n}");
        n += 1;
    }
    candidate
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

/// The name of an indicator reference: the catalogue's wording, the plan's local indicator, or
/// the reference itself.
pub(crate) fn indicator_name(plan: &Plan, catalogue: &Catalogue, reference: &str) -> String {
    if let Some(local) = plan.local_indicator(reference) {
        return format!("{} (local indicator)", local.name);
    }
    catalogue
        .indicator(reference)
        .map(|i| i.name.clone())
        .unwrap_or_else(|| reference.to_owned())
}

/// The framework page of an indicator reference, if it is in the catalogue.
pub(crate) fn indicator_href(catalogue: &Catalogue, reference: &str) -> Option<String> {
    catalogue
        .indicator(reference)
        .map(|i| format!("/frameworks/{}/indicators/{}", i.pack, i.id))
}

/// Plan problems as form errors: each message with its JSON path, so nothing is hidden.
pub(crate) fn problems_as_errors(problems: Vec<PlanProblem>) -> form::FormErrors {
    problems
        .into_iter()
        .map(|p| ("$".to_owned(), format!("The plan would not be valid: {p}")))
        .collect()
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
