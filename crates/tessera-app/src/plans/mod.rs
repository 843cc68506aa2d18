//! An organisation's plans: finding one, editing it a part at a time ([`edit`]), saving a change
//! (validated), and its progress against the organisation's data.

pub mod edit;
pub mod evidence;
pub mod progress;

use tessera_framework::{Catalogue, IndicatorKind};
use tessera_plan::{Plan, PlanProblem};
use tessera_store::{OrgId, PlanId, PlanRecord, PlanUpdate, Role, prelude::*};

use crate::{Actor, App, AppError, AppResult};

/// Parses a plan id from a path segment; anything else is "not found".
pub fn parse_id(text: &str) -> AppResult<PlanId> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .map(PlanId)
        .ok_or_else(not_found)
}

/// The answer for a plan that does not exist in the organisation.
pub fn not_found() -> AppError {
    AppError::NotFound(tessera_l10n::t("plans-error-no-plan"))
}

/// A plan as the store keeps it (its documented JSON).
pub fn document(plan: &Plan) -> AppResult<serde_json::Value> {
    serde_json::to_value(plan).map_err(AppError::internal)
}

/// The name of an indicator a plan refers to: the plan's own local indicator, or the
/// catalogue's, or the reference itself.
pub fn indicator_name(plan: &Plan, catalogue: &Catalogue, reference: &str) -> String {
    if let Some(local) = plan.local_indicator(reference) {
        return tessera_l10n::ta(
            "plans-local-indicator-name",
            &[("name", local.name.as_str().into())],
        );
    }
    catalogue
        .indicator(reference)
        .map(|i| i.name.clone())
        .unwrap_or_else(|| reference.to_owned())
}

/// Whether the indicator is a share of people, so its figures are written as percentages.
pub fn is_percentage(catalogue: &Catalogue, reference: &str) -> bool {
    catalogue
        .indicator(reference)
        .is_some_and(|i| i.kind == IndicatorKind::Proportion)
}

/// The catalogue page of an indicator, if it is the catalogue's.
pub fn indicator_href(catalogue: &Catalogue, reference: &str) -> Option<String> {
    catalogue
        .indicator(reference)
        .map(|i| format!("/frameworks/{}/indicators/{}", i.pack, i.id))
}

impl App {
    /// One of the organisation's plans, or "not found".
    pub async fn plan(&self, org: OrgId, id: &str) -> AppResult<(PlanRecord, Plan)> {
        let id = parse_id(id)?;
        let record = self.store().plan(org, id).await?.ok_or_else(not_found)?;
        let plan: Plan = serde_json::from_value(record.document.clone())
            .map_err(|e| AppError::internal(format!("plan {id} could not be read back: {e}")))?;
        Ok((record, plan))
    }

    /// Saves a changed plan if it is valid and its evidence fits the organisation's data
    /// ([`App::evidence_problems`]; editors and owners); the problems otherwise.
    /// `summary` says what changed, for the audit log.
    pub async fn save_plan(
        &self,
        actor: &Actor,
        id: PlanId,
        plan: &Plan,
        summary: &str,
    ) -> AppResult<Result<(), Vec<PlanProblem>>> {
        actor.require(Role::Editor)?;
        if let Err(problems) = plan.validate() {
            return Ok(Err(problems));
        }
        let problems = self.evidence_problems(actor.org.id, plan).await?;
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let update = PlanUpdate {
            title: plan.title.clone(),
            document: document(plan)?,
            updated_by: actor.name.clone(),
            summary: summary.to_owned(),
        };
        self.store()
            .update_plan(actor.org.id, id, update)
            .await?
            .ok_or_else(not_found)?;
        Ok(Ok(()))
    }
}
