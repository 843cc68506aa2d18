//! Reporting periods of a commissioner's strategy plan, partners' reports for them (each a
//! snapshot of what the partner held when it submitted) and the reminders of due dates sent
//! for them.

use serde::Serialize;
use sqlx::AnyConnection;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::id::decl_id;
use crate::partners::{LinkRow, link_by_id, link_select, record_both};
use crate::{AnyStore, OrgId, PartnerLink, PartnerLinkId, PlanId, StoreError};

decl_id!(
    /// The id of a reporting period.
    ReportingPeriodId
);

decl_id!(
    /// The id of a partner's report for a period.
    PartnerReportId
);

/// Input for a reporting period (dates `YYYY-MM-DD`, checked by the application layer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReportingPeriod {
    /// Its name, e.g. "2026 Q1".
    pub label: String,
    /// First day.
    pub period_start: String,
    /// Last day.
    pub period_end: String,
    /// The day partners' reports are due.
    pub due_on: String,
}

/// A reporting period as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportingPeriod {
    /// Its id.
    pub id: ReportingPeriodId,
    /// The commissioner.
    pub org: OrgId,
    /// The strategy plan.
    pub plan: PlanId,
    /// Its name.
    pub label: String,
    /// First day.
    pub period_start: String,
    /// Last day.
    pub period_end: String,
    /// When reports are due.
    pub due_on: String,
    /// Who set it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// Who changed it last.
    pub updated_by: String,
    /// When.
    pub updated_at: String,
}

/// A partner's report for a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnerReport {
    /// Its id.
    pub id: PartnerReportId,
    /// The period.
    pub period: ReportingPeriodId,
    /// The link it was submitted under.
    pub link: PartnerLinkId,
    /// `submitted`, `accepted` or `returned`.
    pub status: String,
    /// What the partner held when it submitted (the application layer defines the shape).
    pub snapshot: serde_json::Value,
    /// Who submitted (a member of the partner).
    pub submitted_by: String,
    /// When (RFC 3339, UTC).
    pub submitted_at: String,
    /// Who accepted or returned it (a member of the commissioner).
    pub reviewed_by: Option<String>,
    /// When.
    pub reviewed_at: Option<String>,
    /// The commissioner's note when returning or accepting.
    pub review_note: String,
}

/// A reminder housekeeping should send: an active link whose report for a period due by the
/// day asked is not in, and which has not been reminded of this due date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    /// The period.
    pub period: ReportingPeriod,
    /// The link.
    pub link: PartnerLink,
}

/// Reporting periods, partners' reports and reminders.
pub trait Reporting: Send + Sync {
    /// Sets a reporting period of the commissioner's plan, audited; refuses a plan that is
    /// not `org`'s.
    fn create_reporting_period(
        &self,
        org: OrgId,
        plan: PlanId,
        new: NewReportingPeriod,
        actor: &str,
    ) -> impl Future<Output = Result<ReportingPeriod, StoreError>> + Send;

    /// Changes a period's dates (a moved due date is reminded again), audited; `None` if `org`
    /// has no such period.
    fn update_reporting_period(
        &self,
        org: OrgId,
        id: ReportingPeriodId,
        new: NewReportingPeriod,
        actor: &str,
    ) -> impl Future<Output = Result<Option<ReportingPeriod>, StoreError>> + Send;

    /// One period, if `org` is its commissioner or a partner linked (now or before) to its
    /// plan.
    fn reporting_period(
        &self,
        org: OrgId,
        id: ReportingPeriodId,
    ) -> impl Future<Output = Result<Option<ReportingPeriod>, StoreError>> + Send;

    /// The periods of a plan of `org` (as commissioner) or of the plan a link of `org` (as
    /// partner) reports under, by start date.
    fn reporting_periods(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> impl Future<Output = Result<Vec<ReportingPeriod>, StoreError>> + Send;

    /// The partner submits its report for a period under an active link, audited on both
    /// sides. Refuses ([`StoreError::Invalid`]) a link that is not `org`'s active one or a
    /// period of another plan, and ([`StoreError::Conflict`]) a report already submitted or
    /// accepted (a returned report may be submitted again, replacing it).
    fn submit_partner_report(
        &self,
        org: OrgId,
        link: PartnerLinkId,
        period: ReportingPeriodId,
        snapshot: serde_json::Value,
        actor: &str,
    ) -> impl Future<Output = Result<PartnerReport, StoreError>> + Send;

    /// The commissioner accepts (`true`) or returns a submitted report with a note, audited on
    /// both sides; `None` if `org` commissioned no such submitted report.
    fn review_partner_report(
        &self,
        org: OrgId,
        id: PartnerReportId,
        accept: bool,
        note: &str,
        actor: &str,
    ) -> impl Future<Output = Result<Option<PartnerReport>, StoreError>> + Send;

    /// One report, if `org` is either side of its link.
    fn partner_report(
        &self,
        org: OrgId,
        id: PartnerReportId,
    ) -> impl Future<Output = Result<Option<PartnerReport>, StoreError>> + Send;

    /// A period's reports `org` may read: all of them for the commissioner, its own for a
    /// partner.
    fn period_reports(
        &self,
        org: OrgId,
        period: ReportingPeriodId,
    ) -> impl Future<Output = Result<Vec<PartnerReport>, StoreError>> + Send;

    /// Reminders to send for periods due on or before `due_by` (`YYYY-MM-DD`), of every
    /// organisation (housekeeping).
    fn due_reminders(
        &self,
        due_by: &str,
    ) -> impl Future<Output = Result<Vec<DueReminder>, StoreError>> + Send;

    /// Notes that the reminder for a period, link and due date was sent; `false` if it already
    /// was (so it is not sent twice, even by two servers at once).
    fn record_partner_reminder(
        &self,
        period: ReportingPeriodId,
        link: PartnerLinkId,
        due_on: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

macro_rules! period_select {
    () => {
        "SELECT id, org_id, plan_id, label, period_start, period_end, due_on, created_by, \
         created_at, updated_by, updated_at FROM reporting_period"
    };
}

const PERIOD_BY_ID: &str = concat!(period_select!(), " WHERE id = $1");
/// Visible to the commissioner, and to any organisation ever linked as partner to the plan.
const PERIOD_OF_ORG: &str = concat!(
    period_select!(),
    " WHERE id = $1 AND (org_id = $2 OR EXISTS (SELECT 1 FROM partner_link l \
     WHERE l.commissioner_plan_id = reporting_period.plan_id AND l.partner_org_id = $2 \
     AND l.status IN ('active', 'ended')))"
);
const PERIODS_OF_PLAN: &str = concat!(
    period_select!(),
    " WHERE plan_id = $1 AND (org_id = $2 OR EXISTS (SELECT 1 FROM partner_link l \
     WHERE l.commissioner_plan_id = reporting_period.plan_id AND l.partner_org_id = $2 \
     AND l.status IN ('active', 'ended'))) ORDER BY period_start, id"
);

#[derive(sqlx::FromRow)]
struct PeriodRow {
    id: i64,
    org_id: i64,
    plan_id: i64,
    label: String,
    period_start: String,
    period_end: String,
    due_on: String,
    created_by: String,
    created_at: String,
    updated_by: String,
    updated_at: String,
}

impl From<PeriodRow> for ReportingPeriod {
    fn from(r: PeriodRow) -> Self {
        Self {
            id: ReportingPeriodId(r.id),
            org: OrgId(r.org_id),
            plan: PlanId(r.plan_id),
            label: r.label,
            period_start: r.period_start,
            period_end: r.period_end,
            due_on: r.due_on,
            created_by: r.created_by,
            created_at: r.created_at,
            updated_by: r.updated_by,
            updated_at: r.updated_at,
        }
    }
}

macro_rules! report_select {
    () => {
        "SELECT r.id, r.period_id, r.link_id, r.status, r.snapshot, r.submitted_by, \
         r.submitted_at, r.reviewed_by, r.reviewed_at, r.review_note FROM partner_report r \
         JOIN partner_link l ON l.id = r.link_id"
    };
}

const REPORT_BY_ID: &str = concat!(report_select!(), " WHERE r.id = $1");
const REPORT_OF_ORG: &str = concat!(
    report_select!(),
    " WHERE r.id = $1 AND (l.commissioner_org_id = $2 OR l.partner_org_id = $2)"
);
const REPORTS_OF_PERIOD: &str = concat!(
    report_select!(),
    " WHERE r.period_id = $1 AND (l.commissioner_org_id = $2 OR l.partner_org_id = $2) \
     ORDER BY r.id"
);

#[derive(sqlx::FromRow)]
struct ReportRow {
    id: i64,
    period_id: i64,
    link_id: i64,
    status: String,
    snapshot: String,
    submitted_by: String,
    submitted_at: String,
    reviewed_by: Option<String>,
    reviewed_at: Option<String>,
    review_note: String,
}

impl TryFrom<ReportRow> for PartnerReport {
    type Error = StoreError;

    fn try_from(r: ReportRow) -> Result<Self, StoreError> {
        let snapshot = serde_json::from_str(&r.snapshot)
            .map_err(|e| StoreError::Corrupt(format!("partner report {}: snapshot: {e}", r.id)))?;
        Ok(Self {
            id: PartnerReportId(r.id),
            period: ReportingPeriodId(r.period_id),
            link: PartnerLinkId(r.link_id),
            status: r.status,
            snapshot,
            submitted_by: r.submitted_by,
            submitted_at: r.submitted_at,
            reviewed_by: r.reviewed_by,
            reviewed_at: r.reviewed_at,
            review_note: r.review_note,
        })
    }
}

fn period_object(id: i64) -> String {
    format!("reporting-period:{id}")
}

fn report_object(id: i64) -> String {
    format!("partner-report:{id}")
}

async fn period_by_id(conn: &mut AnyConnection, id: i64) -> Result<ReportingPeriod, StoreError> {
    let row: PeriodRow = sqlx::query_as(PERIOD_BY_ID)
        .bind(id)
        .fetch_one(conn)
        .await?;
    Ok(row.into())
}

async fn report_by_id(conn: &mut AnyConnection, id: i64) -> Result<PartnerReport, StoreError> {
    let row: ReportRow = sqlx::query_as(REPORT_BY_ID)
        .bind(id)
        .fetch_one(conn)
        .await?;
    row.try_into()
}

impl Reporting for AnyStore {
    async fn create_reporting_period(
        &self,
        org: OrgId,
        plan: PlanId,
        new: NewReportingPeriod,
        actor: &str,
    ) -> Result<ReportingPeriod, StoreError> {
        let mut tx = self.begin_write().await?;
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM plan WHERE id = $1 AND org_id = $2")
                .bind(plan.0)
                .bind(org.0)
                .fetch_optional(&mut *tx)
                .await?;
        if found.is_none() {
            return Err(StoreError::Invalid {
                field: "plan",
                message: format!("plan {plan} is not one of the organisation's plans"),
            });
        }
        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO reporting_period (org_id, plan_id, label, period_start, period_end, \
             due_on, created_by, created_at, updated_by, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, $8) RETURNING id",
        )
        .bind(org.0)
        .bind(plan.0)
        .bind(&new.label)
        .bind(&new.period_start)
        .bind(&new.period_end)
        .bind(&new.due_on)
        .bind(actor)
        .bind(&at)
        .fetch_one(&mut *tx)
        .await?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "create",
                period_object(id),
                serde_json::json!({ "plan": plan.0, "label": new.label,
                    "period_start": new.period_start, "period_end": new.period_end,
                    "due_on": new.due_on }),
            ),
        )
        .await?;
        let period = period_by_id(&mut tx, id).await?;
        tx.commit().await?;
        Ok(period)
    }

    async fn update_reporting_period(
        &self,
        org: OrgId,
        id: ReportingPeriodId,
        new: NewReportingPeriod,
        actor: &str,
    ) -> Result<Option<ReportingPeriod>, StoreError> {
        let mut tx = self.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE reporting_period SET label = $1, period_start = $2, period_end = $3, \
             due_on = $4, updated_by = $5, updated_at = $6 WHERE id = $7 AND org_id = $8",
        )
        .bind(&new.label)
        .bind(&new.period_start)
        .bind(&new.period_end)
        .bind(&new.due_on)
        .bind(actor)
        .bind(now())
        .bind(id.0)
        .bind(org.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(None);
        }
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "update",
                period_object(id.0),
                serde_json::json!({ "label": new.label, "period_start": new.period_start,
                    "period_end": new.period_end, "due_on": new.due_on }),
            ),
        )
        .await?;
        let period = period_by_id(&mut tx, id.0).await?;
        tx.commit().await?;
        Ok(Some(period))
    }

    async fn reporting_period(
        &self,
        org: OrgId,
        id: ReportingPeriodId,
    ) -> Result<Option<ReportingPeriod>, StoreError> {
        let row: Option<PeriodRow> = sqlx::query_as(PERIOD_OF_ORG)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(ReportingPeriod::from))
    }

    async fn reporting_periods(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> Result<Vec<ReportingPeriod>, StoreError> {
        let rows: Vec<PeriodRow> = sqlx::query_as(PERIODS_OF_PLAN)
            .bind(plan.0)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(ReportingPeriod::from).collect())
    }

    async fn submit_partner_report(
        &self,
        org: OrgId,
        link: PartnerLinkId,
        period: ReportingPeriodId,
        snapshot: serde_json::Value,
        actor: &str,
    ) -> Result<PartnerReport, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(the_link) = link_by_id(&mut tx, link.0)
            .await?
            .filter(|l| l.partner == org && l.is_active())
        else {
            return Err(StoreError::Invalid {
                field: "link",
                message: format!("link {link} is not an active link of this organisation"),
            });
        };
        let plan: Option<i64> =
            sqlx::query_scalar("SELECT plan_id FROM reporting_period WHERE id = $1")
                .bind(period.0)
                .fetch_optional(&mut *tx)
                .await?;
        if plan != Some(the_link.commissioner_plan.0) {
            return Err(StoreError::Invalid {
                field: "period",
                message: format!(
                    "period {period} is not a period of the plan this link reports to"
                ),
            });
        }
        let existing: Option<(i64, String)> = sqlx::query_as(
            "SELECT id, status FROM partner_report WHERE period_id = $1 AND link_id = $2",
        )
        .bind(period.0)
        .bind(link.0)
        .fetch_optional(&mut *tx)
        .await?;
        let at = now();
        let id = match existing {
            Some((_, status)) if status != "returned" => {
                return Err(StoreError::Conflict {
                    what: format!("a {status} report for period {period}"),
                });
            }
            Some((id, _)) => {
                sqlx::query(
                    "UPDATE partner_report SET status = 'submitted', snapshot = $1, \
                     submitted_by = $2, submitted_at = $3, reviewed_by = NULL, \
                     reviewed_at = NULL, review_note = '' WHERE id = $4",
                )
                .bind(snapshot.to_string())
                .bind(actor)
                .bind(&at)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                id
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO partner_report (period_id, link_id, status, snapshot, \
                     submitted_by, submitted_at, review_note) \
                     VALUES ($1, $2, 'submitted', $3, $4, $5, '') RETURNING id",
                )
                .bind(period.0)
                .bind(link.0)
                .bind(snapshot.to_string())
                .bind(actor)
                .bind(&at)
                .fetch_one(&mut *tx)
                .await?
            }
        };
        record_both(
            &mut tx,
            &the_link,
            org,
            actor,
            "submit",
            report_object(id),
            serde_json::json!({ "period": period.0, "link": link.0 }),
        )
        .await?;
        let report = report_by_id(&mut tx, id).await?;
        tx.commit().await?;
        Ok(report)
    }

    async fn review_partner_report(
        &self,
        org: OrgId,
        id: PartnerReportId,
        accept: bool,
        note: &str,
        actor: &str,
    ) -> Result<Option<PartnerReport>, StoreError> {
        let mut tx = self.begin_write().await?;
        let link: Option<i64> = sqlx::query_scalar(
            "SELECT l.id FROM partner_report r JOIN partner_link l ON l.id = r.link_id \
             WHERE r.id = $1 AND l.commissioner_org_id = $2 AND r.status = 'submitted'",
        )
        .bind(id.0)
        .bind(org.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(link) = link else {
            return Ok(None);
        };
        let status = if accept { "accepted" } else { "returned" };
        sqlx::query(
            "UPDATE partner_report SET status = $1, reviewed_by = $2, reviewed_at = $3, \
             review_note = $4 WHERE id = $5",
        )
        .bind(status)
        .bind(actor)
        .bind(now())
        .bind(note)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        let the_link = link_by_id(&mut tx, link)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("partner link {link} vanished")))?;
        record_both(
            &mut tx,
            &the_link,
            org,
            actor,
            if accept { "accept" } else { "return" },
            report_object(id.0),
            serde_json::json!({ "note": note }),
        )
        .await?;
        let report = report_by_id(&mut tx, id.0).await?;
        tx.commit().await?;
        Ok(Some(report))
    }

    async fn partner_report(
        &self,
        org: OrgId,
        id: PartnerReportId,
    ) -> Result<Option<PartnerReport>, StoreError> {
        let row: Option<ReportRow> = sqlx::query_as(REPORT_OF_ORG)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&self.pool)
            .await?;
        row.map(PartnerReport::try_from).transpose()
    }

    async fn period_reports(
        &self,
        org: OrgId,
        period: ReportingPeriodId,
    ) -> Result<Vec<PartnerReport>, StoreError> {
        let rows: Vec<ReportRow> = sqlx::query_as(REPORTS_OF_PERIOD)
            .bind(period.0)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(PartnerReport::try_from).collect()
    }

    async fn due_reminders(&self, due_by: &str) -> Result<Vec<DueReminder>, StoreError> {
        let pairs: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT p.id, l.id FROM reporting_period p \
             JOIN partner_link l ON l.commissioner_plan_id = p.plan_id AND l.status = 'active' \
             WHERE p.due_on <= $1 \
             AND NOT EXISTS (SELECT 1 FROM partner_report r WHERE r.period_id = p.id \
                 AND r.link_id = l.id AND r.status IN ('submitted', 'accepted')) \
             AND NOT EXISTS (SELECT 1 FROM partner_reminder m WHERE m.period_id = p.id \
                 AND m.link_id = l.id AND m.due_on = p.due_on) \
             ORDER BY p.id, l.id",
        )
        .bind(due_by)
        .fetch_all(&self.pool)
        .await?;
        let mut conn = self.pool.acquire().await?;
        let mut out = Vec::with_capacity(pairs.len());
        for (period, link) in pairs {
            let row: LinkRow = sqlx::query_as(concat!(link_select!(), " WHERE l.id = $1"))
                .bind(link)
                .fetch_one(&mut *conn)
                .await?;
            out.push(DueReminder {
                period: period_by_id(&mut conn, period).await?,
                link: row.into(),
            });
        }
        Ok(out)
    }

    async fn record_partner_reminder(
        &self,
        period: ReportingPeriodId,
        link: PartnerLinkId,
        due_on: &str,
    ) -> Result<bool, StoreError> {
        let inserted = sqlx::query(
            "INSERT INTO partner_reminder (period_id, link_id, due_on, sent_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(period.0)
        .bind(link.0)
        .bind(due_on)
        .bind(now())
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(inserted > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partners::tests::{org, plan};
    use crate::prelude::*;

    fn quarter(due: &str) -> NewReportingPeriod {
        NewReportingPeriod {
            label: "Q1".to_owned(),
            period_start: "2026-01-01".to_owned(),
            period_end: "2026-03-31".to_owned(),
            due_on: due.to_owned(),
        }
    }

    #[tokio::test]
    async fn a_partner_submits_once_the_commissioner_returns_it_and_the_partner_submits_again() {
        for store in crate::testing::all().await.expect("databases") {
            let council = org(&store, "council").await;
            let charity = org(&store, "charity").await;
            let other = org(&store, "other").await;
            let strategy = plan(&store, council, "Strategy").await;
            let club = plan(&store, charity, "Club").await;
            let link = store
                .invite_partner(council, strategy, charity, "", "a")
                .await
                .expect("invite");
            let period = store
                .create_reporting_period(council, strategy, quarter("2026-04-30"), "a")
                .await
                .expect("period");
            assert!(
                store
                    .create_reporting_period(charity, strategy, quarter("2026-04-30"), "b")
                    .await
                    .is_err()
            );
            assert!(
                store
                    .reporting_period(charity, period.id)
                    .await
                    .expect("read")
                    .is_none(),
                "not visible before the partner agrees"
            );
            assert!(
                store
                    .submit_partner_report(charity, link.id, period.id, serde_json::json!({}), "b")
                    .await
                    .is_err(),
                "an invitation is not yet a link to report under"
            );
            store
                .answer_partner_invitation(charity, link.id, Some(club), "b")
                .await
                .expect("agree");
            assert_eq!(
                store
                    .reporting_periods(charity, strategy)
                    .await
                    .expect("list")
                    .len(),
                1
            );
            assert!(
                store
                    .reporting_periods(other, strategy)
                    .await
                    .expect("list")
                    .is_empty()
            );
            let report = store
                .submit_partner_report(
                    charity,
                    link.id,
                    period.id,
                    serde_json::json!({ "figure": 12 }),
                    "bo@charity",
                )
                .await
                .expect("submit");
            assert!(matches!(
                store
                    .submit_partner_report(charity, link.id, period.id, serde_json::json!({}), "b")
                    .await,
                Err(StoreError::Conflict { .. })
            ));
            assert!(
                store
                    .review_partner_report(charity, report.id, true, "", "b")
                    .await
                    .expect("review")
                    .is_none(),
                "the partner cannot accept its own report"
            );
            assert!(
                store
                    .partner_report(other, report.id)
                    .await
                    .expect("read")
                    .is_none()
            );
            let returned = store
                .review_partner_report(council, report.id, false, "Add stories", "ana@council")
                .await
                .expect("review")
                .expect("submitted");
            assert_eq!(
                (returned.status.as_str(), returned.review_note.as_str()),
                ("returned", "Add stories")
            );
            let again = store
                .submit_partner_report(
                    charity,
                    link.id,
                    period.id,
                    serde_json::json!({ "figure": 13 }),
                    "bo@charity",
                )
                .await
                .expect("submit again");
            assert_eq!(again.id, report.id);
            assert_eq!(again.snapshot["figure"], 13);
            assert_eq!(again.review_note, "");
            let accepted = store
                .review_partner_report(council, report.id, true, "", "ana@council")
                .await
                .expect("review")
                .expect("submitted");
            assert_eq!(accepted.status, "accepted");
            assert_eq!(
                store
                    .period_reports(council, period.id)
                    .await
                    .expect("list")
                    .len(),
                1
            );
            assert!(
                store
                    .period_reports(other, period.id)
                    .await
                    .expect("list")
                    .is_empty()
            );
            let actions: Vec<String> = store
                .audit_events(charity, 30)
                .await
                .expect("audit")
                .into_iter()
                .filter(|e| e.object.starts_with("partner-report:"))
                .map(|e| e.action)
                .collect();
            assert_eq!(actions, ["accept", "submit", "return", "submit"]);
        }
    }

    #[tokio::test]
    async fn a_reminder_is_due_once_per_period_link_and_due_date() {
        for store in crate::testing::all().await.expect("databases") {
            let council = org(&store, "council").await;
            let charity = org(&store, "charity").await;
            let strategy = plan(&store, council, "Strategy").await;
            let club = plan(&store, charity, "Club").await;
            let link = store
                .invite_partner(council, strategy, charity, "", "a")
                .await
                .expect("invite");
            let period = store
                .create_reporting_period(council, strategy, quarter("2026-04-30"), "a")
                .await
                .expect("period");
            assert!(
                store
                    .due_reminders("2026-05-01")
                    .await
                    .expect("due")
                    .is_empty(),
                "no reminders before the partner agrees"
            );
            store
                .answer_partner_invitation(charity, link.id, Some(club), "b")
                .await
                .expect("agree");
            assert!(
                store
                    .due_reminders("2026-04-29")
                    .await
                    .expect("due")
                    .is_empty()
            );
            let due = store.due_reminders("2026-04-30").await.expect("due");
            assert_eq!(due.len(), 1);
            assert_eq!((due[0].period.id, due[0].link.id), (period.id, link.id));
            assert!(
                store
                    .record_partner_reminder(period.id, link.id, "2026-04-30")
                    .await
                    .expect("record")
            );
            assert!(
                !store
                    .record_partner_reminder(period.id, link.id, "2026-04-30")
                    .await
                    .expect("record")
            );
            assert!(
                store
                    .due_reminders("2026-05-30")
                    .await
                    .expect("due")
                    .is_empty()
            );
            store
                .update_reporting_period(council, period.id, quarter("2026-05-15"), "a")
                .await
                .expect("update")
                .expect("there");
            assert_eq!(
                store.due_reminders("2026-05-30").await.expect("due").len(),
                1,
                "a moved due date is reminded again"
            );
        }
    }
}
