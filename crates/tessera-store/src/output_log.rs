//! Output logs: sessions held and attendance counted for one of a plan's outputs over a period,
//! with attendance broken down (by side, gender and age band: the application layer defines the
//! JSON), and the output targets per period they are set against. Counts, not people: nothing
//! here names anyone.

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::id::decl_id;
use crate::{AnyStore, OrgId, PlanId, StoreError};

decl_id!(
    /// The id of an output log entry.
    OutputLogId
);

/// A target for one of a plan's outputs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutputTarget {
    /// The plan.
    pub plan: PlanId,
    /// The output's id in the plan.
    pub output: String,
    /// `sessions` or `attendances`.
    pub measure: String,
    /// `month`, `quarter` or `year`.
    pub period: String,
    /// How many per period.
    pub target: i64,
    /// Who set it.
    pub updated_by: String,
    /// When (RFC 3339, UTC).
    pub updated_at: String,
}

/// Input for an output log entry.
#[derive(Debug, Clone, PartialEq)]
pub struct NewOutputLog {
    /// The plan.
    pub plan: PlanId,
    /// The output's id in the plan.
    pub output: String,
    /// First day of the period (`YYYY-MM-DD`).
    pub period_start: String,
    /// Last day of the period (`YYYY-MM-DD`).
    pub period_end: String,
    /// Sessions held.
    pub sessions: i64,
    /// Attendance counts, broken down (JSON as the application layer writes it).
    pub attendance: serde_json::Value,
    /// Notes.
    pub notes: String,
}

/// An output log entry as kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutputLog {
    /// Its id.
    pub id: OutputLogId,
    /// The plan.
    pub plan: PlanId,
    /// The output's id in the plan.
    pub output: String,
    /// First day of the period.
    pub period_start: String,
    /// Last day of the period.
    pub period_end: String,
    /// Sessions held.
    pub sessions: i64,
    /// Attendance counts, broken down.
    pub attendance: serde_json::Value,
    /// Notes.
    pub notes: String,
    /// Who logged it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
}

/// A plan's output logs and targets.
pub trait OutputLogs: Send + Sync {
    /// The plan's output targets.
    fn output_targets(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> impl Future<Output = Result<Vec<OutputTarget>, StoreError>> + Send;

    /// Sets (or with `None`, removes) the target of one output and measure, audited.
    fn set_output_target(
        &self,
        org: OrgId,
        plan: PlanId,
        output: &str,
        measure: &str,
        target: Option<(&str, i64)>,
        actor: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Adds an output log entry, audited.
    fn create_output_log(
        &self,
        org: OrgId,
        new: NewOutputLog,
        actor: &str,
    ) -> impl Future<Output = Result<OutputLog, StoreError>> + Send;

    /// The plan's output log, by period.
    fn output_logs(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> impl Future<Output = Result<Vec<OutputLog>, StoreError>> + Send;

    /// Deletes an output log entry of the plan, audited with what it said; `false` if there is
    /// none.
    fn delete_output_log(
        &self,
        org: OrgId,
        plan: PlanId,
        id: OutputLogId,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

const PLAN_OF_ORG: &str = "SELECT COUNT(*) FROM plan WHERE id = $1 AND org_id = $2";

const SELECT_TARGETS: &str = "SELECT plan_id, output, measure, period, target, updated_by, \
     updated_at FROM output_target WHERE org_id = $1 AND plan_id = $2 ORDER BY output, measure";

const SELECT_TARGET: &str = "SELECT period, target FROM output_target \
     WHERE org_id = $1 AND plan_id = $2 AND output = $3 AND measure = $4";

const UPSERT_TARGET: &str = "INSERT INTO output_target (org_id, plan_id, output, measure, period, \
     target, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
     ON CONFLICT (plan_id, output, measure) DO UPDATE SET period = excluded.period, \
     target = excluded.target, updated_by = excluded.updated_by, updated_at = excluded.updated_at";

const DELETE_TARGET: &str = "DELETE FROM output_target WHERE org_id = $1 AND plan_id = $2 \
     AND output = $3 AND measure = $4";

macro_rules! log_columns {
    () => {
        "id, plan_id, output, period_start, period_end, sessions, attendance, notes, created_by, \
         created_at"
    };
}

const INSERT_LOG: &str = concat!(
    "INSERT INTO output_log (org_id, plan_id, output, period_start, period_end, sessions, \
     attendance, notes, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
     RETURNING ",
    log_columns!()
);

const SELECT_LOGS: &str = concat!(
    "SELECT ",
    log_columns!(),
    " FROM output_log WHERE org_id = $1 AND plan_id = $2 ORDER BY period_start, id"
);

const DELETE_LOG: &str = concat!(
    "DELETE FROM output_log WHERE id = $1 AND org_id = $2 AND plan_id = $3 RETURNING ",
    log_columns!()
);

#[derive(sqlx::FromRow)]
struct TargetRow {
    plan_id: i64,
    output: String,
    measure: String,
    period: String,
    target: i64,
    updated_by: String,
    updated_at: String,
}

#[derive(sqlx::FromRow)]
struct LogRow {
    id: i64,
    plan_id: i64,
    output: String,
    period_start: String,
    period_end: String,
    sessions: i64,
    attendance: String,
    notes: String,
    created_by: String,
    created_at: String,
}

impl LogRow {
    fn record(self) -> Result<OutputLog, StoreError> {
        let attendance = serde_json::from_str(&self.attendance)
            .map_err(|e| StoreError::Corrupt(format!("output log {} attendance: {e}", self.id)))?;
        Ok(OutputLog {
            id: OutputLogId(self.id),
            plan: PlanId(self.plan_id),
            output: self.output,
            period_start: self.period_start,
            period_end: self.period_end,
            sessions: self.sessions,
            attendance,
            notes: self.notes,
            created_by: self.created_by,
            created_at: self.created_at,
        })
    }
}

async fn plan_is_theirs(
    conn: &mut sqlx::AnyConnection,
    org: OrgId,
    plan: PlanId,
) -> Result<(), StoreError> {
    let n: i64 = sqlx::query_scalar(PLAN_OF_ORG)
        .bind(plan.0)
        .bind(org.0)
        .fetch_one(conn)
        .await?;
    if n == 0 {
        return Err(StoreError::Invalid {
            field: "plan",
            message: format!("plan {plan} is not one of the organisation's plans"),
        });
    }
    Ok(())
}

impl OutputLogs for AnyStore {
    async fn output_targets(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> Result<Vec<OutputTarget>, StoreError> {
        let rows: Vec<TargetRow> = sqlx::query_as(SELECT_TARGETS)
            .bind(org.0)
            .bind(plan.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| OutputTarget {
                plan: PlanId(r.plan_id),
                output: r.output,
                measure: r.measure,
                period: r.period,
                target: r.target,
                updated_by: r.updated_by,
                updated_at: r.updated_at,
            })
            .collect())
    }

    async fn set_output_target(
        &self,
        org: OrgId,
        plan: PlanId,
        output: &str,
        measure: &str,
        target: Option<(&str, i64)>,
        actor: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        plan_is_theirs(&mut tx, org, plan).await?;
        let before: Option<(String, i64)> = sqlx::query_as(SELECT_TARGET)
            .bind(org.0)
            .bind(plan.0)
            .bind(output)
            .bind(measure)
            .fetch_optional(&mut *tx)
            .await?;
        match target {
            Some((period, n)) => {
                sqlx::query(UPSERT_TARGET)
                    .bind(org.0)
                    .bind(plan.0)
                    .bind(output)
                    .bind(measure)
                    .bind(period)
                    .bind(n)
                    .bind(actor)
                    .bind(now())
                    .execute(&mut *tx)
                    .await?;
            }
            None => {
                sqlx::query(DELETE_TARGET)
                    .bind(org.0)
                    .bind(plan.0)
                    .bind(output)
                    .bind(measure)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "output-target",
                format!("plan:{plan}"),
                serde_json::json!({
                    "output": output,
                    "measure": measure,
                    "before": before.map(|(p, n)| serde_json::json!({ "period": p, "target": n })),
                    "after": target.map(|(p, n)| serde_json::json!({ "period": p, "target": n })),
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn create_output_log(
        &self,
        org: OrgId,
        new: NewOutputLog,
        actor: &str,
    ) -> Result<OutputLog, StoreError> {
        let mut tx = self.begin_write().await?;
        plan_is_theirs(&mut tx, org, new.plan).await?;
        let row: LogRow = sqlx::query_as(INSERT_LOG)
            .bind(org.0)
            .bind(new.plan.0)
            .bind(&new.output)
            .bind(&new.period_start)
            .bind(&new.period_end)
            .bind(new.sessions)
            .bind(new.attendance.to_string())
            .bind(&new.notes)
            .bind(actor)
            .bind(now())
            .fetch_one(&mut *tx)
            .await?;
        let log = row.record()?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "create",
                format!("output-log:{}", log.id),
                serde_json::json!({ "after": log }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(log)
    }

    async fn output_logs(&self, org: OrgId, plan: PlanId) -> Result<Vec<OutputLog>, StoreError> {
        let rows: Vec<LogRow> = sqlx::query_as(SELECT_LOGS)
            .bind(org.0)
            .bind(plan.0)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(LogRow::record).collect()
    }

    async fn delete_output_log(
        &self,
        org: OrgId,
        plan: PlanId,
        id: OutputLogId,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let row: Option<LogRow> = sqlx::query_as(DELETE_LOG)
            .bind(id.0)
            .bind(org.0)
            .bind(plan.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        let before = row.record()?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete",
                format!("output-log:{id}"),
                serde_json::json!({ "before": before }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;
    use crate::{NewOrganisation, NewPlan};

    #[tokio::test]
    async fn output_logs_and_targets_are_kept_per_plan_and_audited() {
        for store in crate::testing::all().await.expect("databases") {
            let org = store
                .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
                .await
                .expect("org")
                .id;
            let other = store
                .create_organisation(NewOrganisation::parse("b", "B").expect("valid"), "t")
                .await
                .expect("org")
                .id;
            let plan = store
                .create_plan(NewPlan {
                    org,
                    title: "Club".to_owned(),
                    document: serde_json::json!({}),
                    created_by: "t".to_owned(),
                })
                .await
                .expect("plan")
                .id;
            store
                .set_output_target(org, plan, "sessions", "sessions", Some(("month", 8)), "e")
                .await
                .expect("target");
            assert!(
                store
                    .set_output_target(other, plan, "sessions", "sessions", Some(("month", 8)), "x")
                    .await
                    .is_err()
            );
            let targets = store.output_targets(org, plan).await.expect("read");
            assert_eq!(targets.len(), 1);
            assert_eq!(
                (targets[0].period.as_str(), targets[0].target),
                ("month", 8)
            );
            let log = store
                .create_output_log(
                    org,
                    NewOutputLog {
                        plan,
                        output: "sessions".to_owned(),
                        period_start: "2025-09-01".to_owned(),
                        period_end: "2025-09-30".to_owned(),
                        sessions: 8,
                        attendance: serde_json::json!([{ "side": "newcomers", "count": 61 }]),
                        notes: String::new(),
                    },
                    "e",
                )
                .await
                .expect("log");
            assert_eq!(
                store.output_logs(org, plan).await.expect("read"),
                vec![log.clone()]
            );
            assert!(
                store
                    .output_logs(other, plan)
                    .await
                    .expect("read")
                    .is_empty()
            );
            assert!(
                !store
                    .delete_output_log(other, plan, log.id, "x")
                    .await
                    .expect("delete")
            );
            assert!(
                store
                    .delete_output_log(org, plan, log.id, "e")
                    .await
                    .expect("delete")
            );
            store
                .set_output_target(org, plan, "sessions", "sessions", None, "e")
                .await
                .expect("target");
            assert!(
                store
                    .output_targets(org, plan)
                    .await
                    .expect("read")
                    .is_empty()
            );
            let actions: Vec<String> = store
                .audit_events(org, 10)
                .await
                .expect("audit")
                .into_iter()
                .map(|e| e.action)
                .collect();
            assert_eq!(
                actions[..4],
                ["output-target", "delete", "create", "output-target"]
            );
        }
    }
}
