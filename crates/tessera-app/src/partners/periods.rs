//! Reporting periods of a commissioner's strategy plan, and who has submitted for each, who is
//! late.

use serde::{Deserialize, Serialize};
use tessera_l10n::{t, ta};
use tessera_store::{
    NewReportingPeriod, OrgId, PartnerLink, PartnerReport, PlanId, ReportingPeriod, Role,
    prelude::*,
};
use time::Date;

use super::{not_found, parse_link_id, parse_period_id};
use crate::participants::{Checked, Problem, bad_date, parse_date};
use crate::{Actor, App, AppResult};

/// The longest name of a period, in characters.
pub const MAX_LABEL_CHARS: usize = 120;

/// What a period form (or the API) sent, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct PeriodInput {
    /// Its name, e.g. "2026 Q1".
    #[serde(default)]
    pub label: String,
    /// First day.
    #[serde(default)]
    pub period_start: String,
    /// Last day.
    #[serde(default)]
    pub period_end: String,
    /// When partners' reports are due.
    #[serde(default)]
    pub due_on: String,
}

/// Checks a period form: a name, three dates, the end not before the start, the due date not
/// before the start.
pub fn check(input: &PeriodInput) -> Checked<NewReportingPeriod> {
    let mut problems = Vec::new();
    let label = input.label.trim();
    if label.is_empty() {
        problems.push(Problem::new("label", t("partners-error-label")));
    } else if label.chars().count() > MAX_LABEL_CHARS {
        problems.push(Problem::new(
            "label",
            ta(
                "partners-error-label-long",
                &[("max", MAX_LABEL_CHARS.into())],
            ),
        ));
    }
    let mut date = |field: &str, text: &str| {
        let d = parse_date(text);
        if d.is_none() {
            problems.push(bad_date(field, text));
        }
        d
    };
    let start = date("period_start", &input.period_start);
    let end = date("period_end", &input.period_end);
    let due = date("due_on", &input.due_on);
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        problems.push(Problem::new(
            "period_end",
            t("partners-error-end-before-start"),
        ));
    }
    if let (Some(s), Some(d)) = (start, due)
        && d < s
    {
        problems.push(Problem::new("due_on", t("partners-error-due-before-start")));
    }
    let (Some(start), Some(end), Some(due), true) = (start, end, due, problems.is_empty()) else {
        return Err(problems);
    };
    Ok(NewReportingPeriod {
        label: label.to_owned(),
        period_start: tessera_plan::format_date(start),
        period_end: tessera_plan::format_date(end),
        due_on: tessera_plan::format_date(due),
    })
}

/// Where one partner's report for a period stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnerStatus {
    /// The link.
    pub link: PartnerLink,
    /// Its report, if one was submitted.
    pub report: Option<PartnerReport>,
    /// `submitted`, `accepted`, `returned`, `due` (nothing yet, before the due date) or `late`.
    pub status: String,
    /// Past the due date without a report submitted or accepted.
    pub late: bool,
}

/// One period with every partner's status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodOverview {
    /// The period.
    pub period: ReportingPeriod,
    /// One row per partner linked now (or with a report for it).
    pub partners: Vec<PartnerStatus>,
    /// Reports submitted or accepted.
    pub submitted: usize,
    /// Partners late.
    pub late: usize,
}

/// `report`'s status for a period due on `due_on`, on `today`: its code and whether it is late.
pub fn status_of(report: Option<&PartnerReport>, due_on: &str, today: Date) -> (String, bool) {
    let past_due = parse_date(due_on).is_some_and(|d| today > d);
    match report {
        Some(r) if r.status != "returned" => (r.status.clone(), false),
        Some(r) => (r.status.clone(), past_due),
        None if past_due => ("late".to_owned(), true),
        None => ("due".to_owned(), false),
    }
}

impl App {
    /// Sets a reporting period of the commissioner's plan (editors and owners).
    pub async fn set_reporting_period(
        &self,
        actor: &Actor,
        plan: &str,
        input: &PeriodInput,
    ) -> AppResult<Checked<ReportingPeriod>> {
        actor.require(Role::Editor)?;
        let (record, _) = self.plan(actor.org.id, plan).await?;
        let new = match check(input) {
            Ok(n) => n,
            Err(p) => return Ok(Err(p)),
        };
        Ok(Ok(self
            .store()
            .create_reporting_period(actor.org.id, record.id, new, &actor.name)
            .await?))
    }

    /// Changes a period's name and dates (editors and owners of the commissioner).
    pub async fn update_reporting_period(
        &self,
        actor: &Actor,
        period: &str,
        input: &PeriodInput,
    ) -> AppResult<Checked<ReportingPeriod>> {
        actor.require(Role::Editor)?;
        let id = parse_period_id(period)?;
        let new = match check(input) {
            Ok(n) => n,
            Err(p) => return Ok(Err(p)),
        };
        self.store()
            .update_reporting_period(actor.org.id, id, new, &actor.name)
            .await?
            .map(Ok)
            .ok_or_else(not_found)
    }

    /// One period the organisation may see (as commissioner, or as a partner of its plan).
    pub async fn reporting_period(&self, org: OrgId, period: &str) -> AppResult<ReportingPeriod> {
        let id = parse_period_id(period)?;
        self.store()
            .reporting_period(org, id)
            .await?
            .ok_or_else(not_found)
    }

    /// The commissioner's plan's periods, each with every partner's status on `today`.
    pub async fn reporting_overview(
        &self,
        org: OrgId,
        plan: PlanId,
        today: Date,
    ) -> AppResult<Vec<PeriodOverview>> {
        let links: Vec<PartnerLink> = self
            .store()
            .partner_links(org)
            .await?
            .into_iter()
            .filter(|l| l.is_commissioner(org) && l.commissioner_plan == plan)
            .collect();
        let mut out = Vec::new();
        for period in self.store().reporting_periods(org, plan).await? {
            if period.org != org {
                continue;
            }
            let reports = self.store().period_reports(org, period.id).await?;
            let partners: Vec<PartnerStatus> = links
                .iter()
                .filter_map(|link| {
                    let report = reports.iter().find(|r| r.link == link.id).cloned();
                    if !link.is_active() && report.is_none() {
                        return None;
                    }
                    let (status, late) = status_of(report.as_ref(), &period.due_on, today);
                    Some(PartnerStatus {
                        link: link.clone(),
                        report,
                        status,
                        late,
                    })
                })
                .collect();
            out.push(PeriodOverview {
                submitted: partners
                    .iter()
                    .filter(|p| p.status == "submitted" || p.status == "accepted")
                    .count(),
                late: partners.iter().filter(|p| p.late).count(),
                partners,
                period,
            });
        }
        Ok(out)
    }

    /// The periods a partner reports for under one of its links, each with its own status on
    /// `today`.
    pub async fn link_periods(
        &self,
        org: OrgId,
        link: &str,
        today: Date,
    ) -> AppResult<(PartnerLink, Vec<PartnerStatus>, Vec<ReportingPeriod>)> {
        let id = parse_link_id(link)?;
        let link = self
            .store()
            .partner_link(org, id)
            .await?
            .ok_or_else(not_found)?;
        let periods = self
            .store()
            .reporting_periods(org, link.commissioner_plan)
            .await?;
        let mut rows = Vec::new();
        for period in &periods {
            let report = self
                .store()
                .period_reports(org, period.id)
                .await?
                .into_iter()
                .find(|r| r.link == link.id);
            let (status, late) = status_of(report.as_ref(), &period.due_on, today);
            rows.push(PartnerStatus {
                link: link.clone(),
                report,
                status,
                late,
            });
        }
        Ok((link, rows, periods))
    }
}
