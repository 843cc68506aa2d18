//! The report use cases: make, change, finalise, delete, list, and the document of one.

use tessera_l10n::t;
use tessera_store::{NewReport, OrgId, PlanId, Report, Role, prelude::*};

use super::input::{self, ReportInput};
use super::{not_found, parse_id};
use crate::participants::{Checked, Problem};
use crate::{Actor, App, AppError, AppResult};

impl App {
    /// A plan's reports, newest first.
    pub async fn plan_reports(&self, org: OrgId, plan: &str) -> AppResult<(PlanId, Vec<Report>)> {
        let (record, _) = self.plan(org, plan).await?;
        Ok((record.id, self.store().plan_reports(org, record.id).await?))
    }

    /// One of a plan's reports (`None` for the plan: any of the organisation's).
    pub async fn plan_report(
        &self,
        org: OrgId,
        plan: Option<PlanId>,
        id: &str,
    ) -> AppResult<Report> {
        let id = parse_id(id)?;
        self.store()
            .report(org, id)
            .await?
            .filter(|r| plan.is_none_or(|p| p == r.plan))
            .ok_or_else(not_found)
    }

    /// The latest report of a plan, for the API's report files.
    pub async fn latest_report(&self, org: OrgId, plan: &str) -> AppResult<Report> {
        let (_, reports) = self.plan_reports(org, plan).await?;
        reports
            .into_iter()
            .next()
            .ok_or_else(|| AppError::NotFound(t("reports-error-none-for-plan")))
    }

    /// Makes a plan's report (editors); refuses a story whose consent does not cover
    /// publication, naming it.
    pub async fn create_report(
        &self,
        actor: &Actor,
        plan: &str,
        form: &ReportInput,
    ) -> AppResult<Checked<Report>> {
        actor.require(Role::Editor)?;
        let (record, _) = self.plan(actor.org.id, plan).await?;
        let stories = self.store().stories(actor.org.id).await?;
        let checked = match input::check(form, &stories) {
            Ok(c) => c,
            Err(p) => return Ok(Err(p)),
        };
        let new = NewReport {
            plan: record.id,
            title: checked.title,
            period_start: checked.period_start,
            period_end: checked.period_end,
            sections: serde_json::to_value(&checked.sections).map_err(AppError::internal)?,
            stories: checked.stories,
            status: "draft".to_owned(),
        };
        Ok(Ok(self
            .store()
            .create_report(actor.org.id, new, &actor.name)
            .await?))
    }

    /// Changes a report (editors). A final report goes back to draft when changed, unless an
    /// owner changes it.
    pub async fn update_report(
        &self,
        actor: &Actor,
        plan: PlanId,
        id: &str,
        form: &ReportInput,
    ) -> AppResult<Checked<Report>> {
        let old = self.plan_report(actor.org.id, Some(plan), id).await?;
        actor.require(Role::Editor)?;
        let stories = self.store().stories(actor.org.id).await?;
        let checked = match input::check(form, &stories) {
            Ok(c) => c,
            Err(p) => return Ok(Err(p)),
        };
        let status = if actor.role >= Role::Owner {
            old.status.clone()
        } else {
            "draft".to_owned()
        };
        let new = NewReport {
            plan: old.plan,
            title: checked.title,
            period_start: checked.period_start,
            period_end: checked.period_end,
            sections: serde_json::to_value(&checked.sections).map_err(AppError::internal)?,
            stories: checked.stories,
            status,
        };
        self.store()
            .update_report(actor.org.id, old.id, new, &actor.name)
            .await?
            .map(Ok)
            .ok_or_else(not_found)
    }

    /// Marks a report final, ready to send (owners); refuses while a selected story's consent
    /// no longer covers publication.
    pub async fn finalise_report(
        &self,
        actor: &Actor,
        plan: PlanId,
        id: &str,
        status: &str,
    ) -> AppResult<Checked<Report>> {
        let old = self.plan_report(actor.org.id, Some(plan), id).await?;
        actor.require(Role::Owner)?;
        if !["draft", "final"].contains(&status) {
            return Ok(Err(vec![Problem::new("status", t("reports-error-status"))]));
        }
        let stories = self.store().stories(actor.org.id).await?;
        if status == "final" {
            let refusals: Vec<Problem> = old
                .stories
                .iter()
                .filter_map(|id| stories.iter().find(|s| s.id == *id))
                .filter_map(|s| crate::stories::consent::scopes(s).report_refusal(&s.title))
                .map(|m| Problem::new("stories", m))
                .collect();
            if !refusals.is_empty() {
                return Ok(Err(refusals));
            }
        }
        let new = NewReport {
            plan: old.plan,
            title: old.title,
            period_start: old.period_start,
            period_end: old.period_end,
            sections: old.sections,
            stories: old.stories,
            status: status.to_owned(),
        };
        self.store()
            .update_report(actor.org.id, old.id, new, &actor.name)
            .await?
            .map(Ok)
            .ok_or_else(not_found)
    }

    /// Deletes a report (owners).
    pub async fn delete_report(&self, actor: &Actor, plan: PlanId, id: &str) -> AppResult<()> {
        let old = self.plan_report(actor.org.id, Some(plan), id).await?;
        actor.require(Role::Owner)?;
        self.store()
            .delete_report(actor.org.id, old.id, &actor.name)
            .await?;
        Ok(())
    }
}
