//! Partners reporting to a commissioner (issue 17): a council or funder links partner
//! organisations' plans under its own strategy plan, sets reporting periods with due dates, sees
//! who has submitted, and reads its partners' results together.
//!
//! - [`links`]: invite a partner organisation, agree (with one of its plans) or decline, end.
//! - [`periods`]: reporting periods and who has submitted, who is late.
//! - [`snapshot`]: what a partner's report holds: the plan's progress figures, outputs and
//!   attendance for the period, and the stories it chose whose consent covers sharing with the
//!   commissioner and publication.
//! - [`reports`]: submitting a report (a snapshot) and the commissioner accepting or returning it.
//! - [`combined`]: the combined view across partners, pooled with suppression that holds across
//!   partners (`tessera_stats::pooling`).
//! - [`reminders`]: reminders of due dates through the e-mail outbox, from housekeeping.
//!
//! Roles: the commissioner's owners invite and end links, its editors and owners set periods and
//! accept or return reports; the partner's owners agree, decline and end, its editors and owners
//! submit; viewers on either side read. Another organisation sees nothing ("not found").

pub mod combined;
pub mod links;
pub mod periods;
pub mod reminders;
pub mod reports;
pub mod snapshot;
#[cfg(test)]
mod tests;

use tessera_l10n::t;
use tessera_store::{PartnerLinkId, PartnerReportId, ReportingPeriodId};

use crate::AppError;

/// The answer for a link, period or report that is not the organisation's to see.
pub fn not_found() -> AppError {
    AppError::NotFound(t("partners-error-not-found"))
}

fn parse_number(text: &str) -> Result<i64, AppError> {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(not_found)
}

/// A link id from a path or a form; anything else is "not found".
pub fn parse_link_id(text: &str) -> Result<PartnerLinkId, AppError> {
    parse_number(text).map(PartnerLinkId)
}

/// A reporting period id from a path or a form; anything else is "not found".
pub fn parse_period_id(text: &str) -> Result<ReportingPeriodId, AppError> {
    parse_number(text).map(ReportingPeriodId)
}

/// A partner report id from a path or a form; anything else is "not found".
pub fn parse_report_id(text: &str) -> Result<PartnerReportId, AppError> {
    parse_number(text).map(PartnerReportId)
}

/// A link's status (`invited`, `active`, `declined`, `ended`) in the request's language.
pub fn link_status_label(code: &str) -> String {
    t(&format!("partners-link-status-{code}"))
}

/// A report's status (`submitted`, `accepted`, `returned`, or `due`, `late` for none yet) in the
/// request's language.
pub fn report_status_label(code: &str) -> String {
    t(&format!("partners-report-status-{code}"))
}
