//! Measurements: a participant's answers at one collection point of one plan (indicator →
//! value), with the date they were given; and an organisation's own collection points for a plan
//! whose evaluation names none.
//!
//! One row per participant, plan and point, its answers as a JSON object, so a plan of 10,000
//! people × 4 points is read back as 40,000 rows, not 800,000. Saving the same participant, plan
//! and point again replaces the answers. Audit entries name the code, plan, point and which
//! indicators were answered, never the answers.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::id::decl_id;
use crate::participant::{ParticipantId, object};
use crate::{AnyStore, OrgId, PlanId, StoreError};

decl_id!(
    /// The id of a measurement.
    MeasurementId
);

/// Input for a measurement.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMeasurement {
    /// The participant's code.
    pub code: String,
    /// The plan.
    pub plan: PlanId,
    /// The collection point's key (`baseline`, `3-months`…).
    pub point: String,
    /// When the answers were given (`YYYY-MM-DD`).
    pub measured_on: String,
    /// Indicator reference → value (1 / 0 for yes / no).
    pub answers: BTreeMap<String, f64>,
}

/// A measurement as kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measurement {
    /// Its id.
    pub id: MeasurementId,
    /// The participant.
    pub participant: ParticipantId,
    /// The participant's code.
    pub code: String,
    /// The plan.
    pub plan: PlanId,
    /// The collection point's key.
    pub point: String,
    /// When the answers were given (`YYYY-MM-DD`).
    pub measured_on: String,
    /// Indicator reference → value.
    pub answers: BTreeMap<String, f64>,
    /// Who entered them first.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// Who changed them last.
    pub updated_by: String,
    /// When (RFC 3339, UTC).
    pub updated_at: String,
}

/// A collection point an organisation named itself for a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnPoint {
    /// Its key, as measurements record it.
    pub key: String,
    /// Its name.
    pub label: String,
}

/// Participants' measurements.
pub trait Measurements: Send + Sync {
    /// Saves measurements in one transaction (a participant's answers at a point replace
    /// earlier ones), each audited as `source` (`form`, `import`, `api`, `demo`); refuses the
    /// lot ([`StoreError::Invalid`]) when a code is not the organisation's or a plan is not
    /// theirs. Returns how many were saved.
    fn save_measurements(
        &self,
        org: OrgId,
        new: Vec<NewMeasurement>,
        actor: &str,
        source: &str,
    ) -> impl Future<Output = Result<usize, StoreError>> + Send;

    /// A participant's measurements, by plan, then date.
    fn participant_measurements(
        &self,
        org: OrgId,
        code: &str,
    ) -> impl Future<Output = Result<Vec<Measurement>, StoreError>> + Send;

    /// Every measurement of a plan, by participant.
    fn plan_measurements(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> impl Future<Output = Result<Vec<Measurement>, StoreError>> + Send;

    /// Deletes one measurement, audited; `false` if there is none.
    fn delete_measurement(
        &self,
        org: OrgId,
        code: &str,
        plan: PlanId,
        point: &str,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// The collection points the organisation named for a plan, in order.
    fn own_points(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> impl Future<Output = Result<Vec<OwnPoint>, StoreError>> + Send;

    /// Replaces the collection points the organisation named for a plan, audited.
    fn set_own_points(
        &self,
        org: OrgId,
        plan: PlanId,
        points: Vec<OwnPoint>,
        actor: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

macro_rules! measurement_columns {
    () => {
        "m.id, m.participant_id, p.code, m.plan_id, m.point, m.measured_on, m.answers, \
         m.created_by, m.created_at, m.updated_by, m.updated_at"
    };
}

const CODES_OF_ORG: &str = "SELECT id, code FROM participant WHERE org_id = $1";
const PLANS_OF_ORG: &str = "SELECT id FROM plan WHERE org_id = $1";
const PLAN_OF_ORG: &str = "SELECT COUNT(*) FROM plan WHERE id = $1 AND org_id = $2";

const UPSERT: &str = "INSERT INTO measurement (org_id, participant_id, plan_id, point, measured_on, \
     answers, created_by, created_at, updated_by, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
     ON CONFLICT (participant_id, plan_id, point) DO UPDATE SET measured_on = excluded.measured_on, \
     answers = excluded.answers, updated_by = excluded.updated_by, updated_at = excluded.updated_at";

const SELECT_OF_PARTICIPANT: &str = concat!(
    "SELECT ",
    measurement_columns!(),
    " FROM measurement m JOIN participant p ON p.id = m.participant_id \
     WHERE m.org_id = $1 AND p.code = $2 ORDER BY m.plan_id, m.measured_on, m.id"
);

const SELECT_OF_PLAN: &str = concat!(
    "SELECT ",
    measurement_columns!(),
    " FROM measurement m JOIN participant p ON p.id = m.participant_id \
     WHERE m.org_id = $1 AND m.plan_id = $2 ORDER BY m.participant_id, m.id"
);

const DELETE: &str = "DELETE FROM measurement WHERE org_id = $1 AND plan_id = $2 AND point = $3 \
     AND participant_id = (SELECT id FROM participant WHERE org_id = $1 AND code = $4)";

const SELECT_OWN_POINTS: &str = "SELECT point_key, label FROM collection_point \
     WHERE org_id = $1 AND plan_id = $2 ORDER BY position";

const DELETE_OWN_POINTS: &str = "DELETE FROM collection_point WHERE org_id = $1 AND plan_id = $2";

const INSERT_OWN_POINT: &str = "INSERT INTO collection_point (org_id, plan_id, point_key, label, \
     position) VALUES ($1, $2, $3, $4, $5)";

#[derive(sqlx::FromRow)]
struct MeasurementRow {
    id: i64,
    participant_id: i64,
    code: String,
    plan_id: i64,
    point: String,
    measured_on: String,
    answers: String,
    created_by: String,
    created_at: String,
    updated_by: String,
    updated_at: String,
}

impl MeasurementRow {
    fn record(self) -> Result<Measurement, StoreError> {
        let answers = serde_json::from_str(&self.answers)
            .map_err(|e| StoreError::Corrupt(format!("measurement {} answers: {e}", self.id)))?;
        Ok(Measurement {
            id: MeasurementId(self.id),
            participant: ParticipantId(self.participant_id),
            code: self.code,
            plan: PlanId(self.plan_id),
            point: self.point,
            measured_on: self.measured_on,
            answers,
            created_by: self.created_by,
            created_at: self.created_at,
            updated_by: self.updated_by,
            updated_at: self.updated_at,
        })
    }
}

fn answers_json(answers: &BTreeMap<String, f64>) -> Result<String, StoreError> {
    if let Some((k, v)) = answers.iter().find(|(_, v)| !v.is_finite()) {
        return Err(StoreError::Invalid {
            field: "answers",
            message: format!("the answer to {k} is {v}; answers are finite numbers"),
        });
    }
    serde_json::to_string(answers).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Measurements for AnyStore {
    async fn save_measurements(
        &self,
        org: OrgId,
        new: Vec<NewMeasurement>,
        actor: &str,
        source: &str,
    ) -> Result<usize, StoreError> {
        let mut tx = self.begin_write().await?;
        let codes: Vec<(i64, String)> = sqlx::query_as(CODES_OF_ORG)
            .bind(org.0)
            .fetch_all(&mut *tx)
            .await?;
        let ids: HashMap<String, i64> = codes.into_iter().map(|(id, c)| (c, id)).collect();
        let plans: Vec<i64> = sqlx::query_scalar(PLANS_OF_ORG)
            .bind(org.0)
            .fetch_all(&mut *tx)
            .await?;
        let plans: HashSet<i64> = plans.into_iter().collect();
        let n = new.len();
        for m in new {
            let Some(&participant) = ids.get(&m.code) else {
                return Err(StoreError::Invalid {
                    field: "code",
                    message: format!("{} is not one of the organisation's participants", m.code),
                });
            };
            if !plans.contains(&m.plan.0) {
                return Err(StoreError::Invalid {
                    field: "plan",
                    message: format!("plan {} is not one of the organisation's plans", m.plan),
                });
            }
            let at = now();
            sqlx::query(UPSERT)
                .bind(org.0)
                .bind(participant)
                .bind(m.plan.0)
                .bind(&m.point)
                .bind(&m.measured_on)
                .bind(answers_json(&m.answers)?)
                .bind(actor)
                .bind(&at)
                .bind(actor)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            record(
                &mut tx,
                NewAuditEvent::new(
                    Some(org),
                    actor,
                    "measure",
                    object(&m.code),
                    serde_json::json!({
                        "plan": m.plan.0,
                        "point": m.point,
                        "indicators": m.answers.keys().collect::<Vec<_>>(),
                        "source": source,
                    }),
                ),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(n)
    }

    async fn participant_measurements(
        &self,
        org: OrgId,
        code: &str,
    ) -> Result<Vec<Measurement>, StoreError> {
        let rows: Vec<MeasurementRow> = sqlx::query_as(SELECT_OF_PARTICIPANT)
            .bind(org.0)
            .bind(code)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(MeasurementRow::record).collect()
    }

    async fn plan_measurements(
        &self,
        org: OrgId,
        plan: PlanId,
    ) -> Result<Vec<Measurement>, StoreError> {
        let rows: Vec<MeasurementRow> = sqlx::query_as(SELECT_OF_PLAN)
            .bind(org.0)
            .bind(plan.0)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(MeasurementRow::record).collect()
    }

    async fn delete_measurement(
        &self,
        org: OrgId,
        code: &str,
        plan: PlanId,
        point: &str,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(DELETE)
            .bind(org.0)
            .bind(plan.0)
            .bind(point)
            .bind(code)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if done == 0 {
            return Ok(false);
        }
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete-measurement",
                object(code),
                serde_json::json!({ "plan": plan.0, "point": point }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn own_points(&self, org: OrgId, plan: PlanId) -> Result<Vec<OwnPoint>, StoreError> {
        let rows: Vec<(String, String)> = sqlx::query_as(SELECT_OWN_POINTS)
            .bind(org.0)
            .bind(plan.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(key, label)| OwnPoint { key, label })
            .collect())
    }

    async fn set_own_points(
        &self,
        org: OrgId,
        plan: PlanId,
        points: Vec<OwnPoint>,
        actor: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let theirs: i64 = sqlx::query_scalar(PLAN_OF_ORG)
            .bind(plan.0)
            .bind(org.0)
            .fetch_one(&mut *tx)
            .await?;
        if theirs == 0 {
            return Err(StoreError::Invalid {
                field: "plan",
                message: format!("plan {plan} is not one of the organisation's plans"),
            });
        }
        let before: Vec<(String, String)> = sqlx::query_as(SELECT_OWN_POINTS)
            .bind(org.0)
            .bind(plan.0)
            .fetch_all(&mut *tx)
            .await?;
        sqlx::query(DELETE_OWN_POINTS)
            .bind(org.0)
            .bind(plan.0)
            .execute(&mut *tx)
            .await?;
        for (position, p) in (0_i64..).zip(&points) {
            sqlx::query(INSERT_OWN_POINT)
                .bind(org.0)
                .bind(plan.0)
                .bind(&p.key)
                .bind(&p.label)
                .bind(position)
                .execute(&mut *tx)
                .await?;
        }
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "collection-points",
                format!("plan:{plan}"),
                serde_json::json!({ "before": before, "after": points }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;
    use crate::{NewOrganisation, NewParticipant, NewPlan};

    #[tokio::test]
    async fn a_measurement_at_the_same_point_replaces_the_last_and_stays_in_its_organisation() {
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
            let code = store
                .create_participants(
                    org,
                    vec![NewParticipant {
                        code: None,
                        reference: None,
                        side: "receiving_community".to_owned(),
                        attributes: Default::default(),
                        plans: vec![],
                    }],
                    "e",
                )
                .await
                .expect("create")
                .remove(0)
                .code;
            let m = |point: &str, value: f64| NewMeasurement {
                code: code.clone(),
                plan,
                point: point.to_owned(),
                measured_on: "2025-09-01".to_owned(),
                answers: [
                    ("local/trust".to_owned(), value),
                    ("ioi-2019/x".to_owned(), 1.0),
                ]
                .into(),
            };
            assert_eq!(
                store
                    .save_measurements(org, vec![m("baseline", 4.0), m("exit", 6.5)], "e", "form")
                    .await
                    .expect("save"),
                2
            );
            store
                .save_measurements(org, vec![m("exit", 7.25)], "e", "import")
                .await
                .expect("save");
            let all = store.plan_measurements(org, plan).await.expect("read");
            assert_eq!(all.len(), 2);
            assert_eq!(all[1].answers["local/trust"], 7.25);
            assert_eq!(all[1].code, code);
            assert!(
                store
                    .plan_measurements(other, plan)
                    .await
                    .expect("read")
                    .is_empty()
            );
            let err = store
                .save_measurements(other, vec![m("exit", 1.0)], "x", "form")
                .await
                .expect_err("not theirs");
            assert!(err.to_string().contains("not one of"), "{err}");
            let err = store
                .save_measurements(org, vec![m("exit", f64::INFINITY)], "x", "form")
                .await
                .expect_err("infinite");
            assert!(err.to_string().contains("finite"), "{err}");
            assert_eq!(
                store
                    .participant_measurements(org, &code)
                    .await
                    .expect("read"),
                all
            );
            assert!(
                !store
                    .delete_measurement(other, &code, plan, "exit", "x")
                    .await
                    .expect("delete")
            );
            assert!(
                store
                    .delete_measurement(org, &code, plan, "exit", "e")
                    .await
                    .expect("delete")
            );
            assert_eq!(
                store
                    .plan_measurements(org, plan)
                    .await
                    .expect("read")
                    .len(),
                1
            );

            let points = vec![
                OwnPoint {
                    key: "intake".to_owned(),
                    label: "Intake".to_owned(),
                },
                OwnPoint {
                    key: "six-months".to_owned(),
                    label: "Six months".to_owned(),
                },
            ];
            store
                .set_own_points(org, plan, points.clone(), "e")
                .await
                .expect("points");
            assert_eq!(store.own_points(org, plan).await.expect("read"), points);
            assert!(
                store
                    .set_own_points(other, plan, vec![], "x")
                    .await
                    .is_err()
            );
            assert!(
                store
                    .own_points(other, plan)
                    .await
                    .expect("read")
                    .is_empty()
            );
        }
    }
}
