//! A partner submits its report for a period (a snapshot of what it holds); the commissioner
//! accepts it or returns it with a note; either side reads it, the commissioner with small
//! counts hidden across partners.

use serde::{Deserialize, Serialize};
use tessera_l10n::{t, ta};
use tessera_store::{
    OrgId, PartnerLink, PartnerReport, ReportingPeriod, Role, StoreError, prelude::*,
};

use super::snapshot::{ATTENDANCE_SIDES, ReportSnapshot, StoryRefusal};
use super::{not_found, parse_link_id, parse_period_id, parse_report_id};
use crate::participants::{Checked, Problem};
use crate::{Actor, App, AppError, AppResult};

/// The longest narrative or review note, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// What a submit form (or the API) sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct SubmitInput {
    /// The period's id.
    #[serde(default)]
    pub period: String,
    /// The ids of the stories chosen for sharing.
    #[serde(default)]
    pub stories: Vec<String>,
    /// The partner's own words for the period.
    #[serde(default)]
    pub narrative: String,
}

/// Which side of a link reads a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reader {
    /// The commissioner: small counts hidden across partners.
    Commissioner,
    /// The partner that submitted it: its own figures whole.
    Partner,
}

/// A report as one side reads it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportView {
    /// The report.
    pub report: PartnerReport,
    /// The link it was submitted under.
    pub link: PartnerLink,
    /// The period.
    pub period: ReportingPeriod,
    /// Who reads it.
    pub reader: Reader,
    /// What it holds, as this reader may see it (for the commissioner, its outputs are in
    /// `sessions` and `attendance` only).
    pub snapshot: ReportSnapshot,
    /// Sessions as this reader may see them; `None` where hidden.
    pub sessions: Option<u64>,
    /// Attendance by side (in the order of
    /// [`ATTENDANCE_SIDES`](super::snapshot::ATTENDANCE_SIDES)), then the total, as this reader
    /// may see them; `None` where hidden.
    pub attendance: Vec<Option<u64>>,
}

fn text_too_long(field: &str, text: &str) -> Option<Problem> {
    (text.chars().count() > MAX_TEXT_CHARS).then(|| {
        Problem::new(
            field,
            ta(
                "partners-error-text-long",
                &[("max", MAX_TEXT_CHARS.into())],
            ),
        )
    })
}

/// Reads a stored snapshot back.
pub(crate) fn decode(report: &PartnerReport) -> AppResult<ReportSnapshot> {
    serde_json::from_value(report.snapshot.clone()).map_err(|e| {
        AppError::internal(format!(
            "partner report {} could not be read back: {e}",
            report.id
        ))
    })
}

impl App {
    /// The partner submits its report for a period under an active link (editors and owners
    /// of the partner): a snapshot of its plan's progress, its outputs in the period and the
    /// stories chosen, each of which must have consent for sharing and publication.
    pub async fn submit_partner_report(
        &self,
        actor: &Actor,
        link: &str,
        input: &SubmitInput,
    ) -> AppResult<Checked<PartnerReport>> {
        actor.require(Role::Editor)?;
        let org = actor.org.id;
        let link_id = parse_link_id(link)?;
        let link = self
            .store()
            .partner_link(org, link_id)
            .await?
            .ok_or_else(not_found)?;
        if link.partner != org {
            return Err(AppError::Forbidden(t(
                "partners-error-only-partner-submits",
            )));
        }
        if !link.is_active() {
            return Err(AppError::Invalid(t("partners-error-link-not-active")));
        }
        let period_id = parse_period_id(&input.period)?;
        let period = self
            .store()
            .reporting_period(org, period_id)
            .await?
            .filter(|p| p.plan == link.commissioner_plan)
            .ok_or_else(not_found)?;
        let mut problems: Vec<Problem> = text_too_long("narrative", &input.narrative)
            .into_iter()
            .collect();
        let mut stories = Vec::new();
        for s in &input.stories {
            match crate::stories::parse_id(s) {
                Ok(id) => stories.push(id),
                Err(_) => problems.push(Problem::new("stories", t("partners-error-story-unknown"))),
            }
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let snapshot = match self
            .take_snapshot(org, &link, &period, &stories, &input.narrative)
            .await?
        {
            Ok(s) => s,
            Err(refused) => {
                return Ok(Err(refused
                    .into_iter()
                    .map(|r| match r {
                        StoryRefusal::Unknown(_) => {
                            Problem::new("stories", t("partners-error-story-unknown"))
                        }
                        StoryRefusal::Consent(title) => Problem::new(
                            "stories",
                            ta("partners-error-story-consent", &[("title", title.into())]),
                        ),
                    })
                    .collect()));
            }
        };
        let value = serde_json::to_value(&snapshot).map_err(AppError::internal)?;
        match self
            .store()
            .submit_partner_report(org, link.id, period.id, value, &actor.name)
            .await
        {
            Ok(r) => Ok(Ok(r)),
            Err(StoreError::Conflict { .. }) => Ok(Err(vec![Problem::new(
                "period",
                t("partners-error-already-submitted"),
            )])),
            Err(e) => Err(e.into()),
        }
    }

    /// The commissioner accepts a submitted report, or returns it with a note saying what to
    /// change (editors and owners of the commissioner).
    pub async fn review_partner_report(
        &self,
        actor: &Actor,
        report: &str,
        accept: bool,
        note: &str,
    ) -> AppResult<Checked<PartnerReport>> {
        actor.require(Role::Editor)?;
        let id = parse_report_id(report)?;
        let org = actor.org.id;
        let found = self
            .store()
            .partner_report(org, id)
            .await?
            .ok_or_else(not_found)?;
        let link = self
            .store()
            .partner_link(org, found.link)
            .await?
            .ok_or_else(not_found)?;
        if !link.is_commissioner(org) {
            return Err(AppError::Forbidden(t(
                "partners-error-only-commissioner-reviews",
            )));
        }
        let note = note.trim();
        let mut problems: Vec<Problem> = text_too_long("note", note).into_iter().collect();
        if !accept && note.is_empty() {
            problems.push(Problem::new("note", t("partners-error-return-note")));
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        self.store()
            .review_partner_report(org, id, accept, note, &actor.name)
            .await?
            .map(Ok)
            .ok_or_else(|| AppError::Invalid(t("partners-error-not-submitted")))
    }

    /// A report as the organisation may read it: whole for the partner that submitted it; for
    /// the commissioner, with the partner's figures as the combined view of the period shows
    /// them (small counts hidden across all partners).
    pub async fn partner_report_view(&self, org: OrgId, report: &str) -> AppResult<ReportView> {
        let id = parse_report_id(report)?;
        let report = self
            .store()
            .partner_report(org, id)
            .await?
            .ok_or_else(not_found)?;
        let link = self
            .store()
            .partner_link(org, report.link)
            .await?
            .ok_or_else(not_found)?;
        let period = self
            .store()
            .reporting_period(org, report.period)
            .await?
            .ok_or_else(not_found)?;
        let whole = decode(&report)?;
        let (reader, snapshot, sessions, attendance) = if link.is_commissioner(org) {
            let combined = self.combined_view(org, &period.id.to_string()).await?;
            let snapshot = combined.partner_snapshot(report.id, &whole);
            match combined.partners.iter().position(|p| p.report == report.id) {
                Some(at) => (
                    Reader::Commissioner,
                    snapshot,
                    combined.sessions_of(at),
                    combined.attendance_row(at),
                ),
                None => (
                    Reader::Commissioner,
                    snapshot,
                    None,
                    vec![None; ATTENDANCE_SIDES.len() + 1],
                ),
            }
        } else {
            let mut attendance: Vec<Option<u64>> = whole
                .outputs
                .attendance_by_side
                .iter()
                .copied()
                .map(Some)
                .collect();
            attendance.resize(ATTENDANCE_SIDES.len(), Some(0));
            attendance.push(Some(whole.outputs.attendances()));
            let sessions = Some(whole.outputs.sessions);
            (Reader::Partner, whole, sessions, attendance)
        };
        Ok(ReportView {
            report,
            link,
            period,
            reader,
            snapshot,
            sessions,
            attendance,
        })
    }
}
