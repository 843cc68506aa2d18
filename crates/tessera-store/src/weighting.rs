//! Weightings as stored: a named set of weights for one dataset, with the method, margins and
//! options it was made from and its report. A weighting is never changed: to adjust one, delete
//! it and make it again (its id changes, so estimates cached under the old one are not reused).

use serde::Serialize;

use crate::audit::{NewAuditEvent, record};
use crate::db::{is_unique_violation, now};
use crate::id::decl_id;
use crate::{AnyStore, DatasetId, OrgId, StoreError};

decl_id!(
    /// The id of a weighting.
    WeightingId
);

/// Input for a weighting.
#[derive(Debug, Clone, PartialEq)]
pub struct NewWeighting {
    /// The dataset it weights.
    pub dataset: DatasetId,
    /// Its name, unique within the dataset (`census-2021`).
    pub name: String,
    /// The method (`rake`, `post_stratify`, `calibrate_linear`…).
    pub method: String,
    /// The population margins, as JSON.
    pub margins: serde_json::Value,
    /// Convergence, bounds and trimming, as JSON.
    pub options: serde_json::Value,
    /// The final weight of every row of the dataset, in row order.
    pub weights: Vec<f64>,
    /// What the weighting did (iterations, margins achieved, factors…), as JSON.
    pub report: serde_json::Value,
}

/// A weighting as listed: everything but the weights.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeightingSummary {
    /// Its id.
    pub id: WeightingId,
    /// The dataset it weights.
    pub dataset: DatasetId,
    /// Its name.
    pub name: String,
    /// The method.
    pub method: String,
    /// The population margins, as JSON.
    pub margins: serde_json::Value,
    /// Convergence, bounds and trimming, as JSON.
    pub options: serde_json::Value,
    /// Its report, as JSON.
    pub report: serde_json::Value,
    /// Who made it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
}

/// A weighting with its weights.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightingRecord {
    /// Everything but the weights.
    pub summary: WeightingSummary,
    /// The final weight of every row, in row order.
    pub weights: Vec<f64>,
}

/// The named weightings of an organisation's datasets.
pub trait Weightings: Send + Sync {
    /// A dataset's weightings, by name; empty if the dataset is not the organisation's.
    fn weightings(
        &self,
        org: OrgId,
        dataset: DatasetId,
    ) -> impl Future<Output = Result<Vec<WeightingSummary>, StoreError>> + Send;

    /// One weighting of a dataset, with its weights; `None` if there is none of that name.
    fn weighting(
        &self,
        org: OrgId,
        dataset: DatasetId,
        name: &str,
    ) -> impl Future<Output = Result<Option<WeightingRecord>, StoreError>> + Send;

    /// Keeps a weighting, audited. A name the dataset already uses is a
    /// [`StoreError::Conflict`]; a dataset that is not the organisation's, or weights that are
    /// not one per row, are [`StoreError::Invalid`].
    fn create_weighting(
        &self,
        org: OrgId,
        new: NewWeighting,
        actor: &str,
    ) -> impl Future<Output = Result<WeightingSummary, StoreError>> + Send;

    /// Deletes a weighting, audited with what it was; `false` if there is none of that name.
    fn delete_weighting(
        &self,
        org: OrgId,
        dataset: DatasetId,
        name: &str,
        actor: &str,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}

macro_rules! summary_columns {
    () => {
        "id, dataset_id, name, method, margins, options, report, created_by, created_at"
    };
}

const SELECT_ALL: &str = concat!(
    "SELECT ",
    summary_columns!(),
    " FROM weighting WHERE org_id = $1 AND dataset_id = $2 ORDER BY name"
);

const SELECT_ONE: &str = concat!(
    "SELECT ",
    summary_columns!(),
    ", weights FROM weighting WHERE org_id = $1 AND dataset_id = $2 AND name = $3"
);

const SELECT_ROWS: &str = "SELECT n_rows FROM dataset WHERE id = $1 AND org_id = $2";

const INSERT: &str = concat!(
    "INSERT INTO weighting (org_id, dataset_id, name, method, margins, options, weights, report, \
     created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ",
    summary_columns!()
);

const DELETE: &str = concat!(
    "DELETE FROM weighting WHERE org_id = $1 AND dataset_id = $2 AND name = $3 RETURNING ",
    summary_columns!()
);

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    dataset_id: i64,
    name: String,
    method: String,
    margins: String,
    options: String,
    report: String,
    created_by: String,
    created_at: String,
}

#[derive(sqlx::FromRow)]
struct RecordRow {
    #[sqlx(flatten)]
    summary: SummaryRow,
    weights: Vec<u8>,
}

fn json(what: &str, id: i64, text: &str) -> Result<serde_json::Value, StoreError> {
    serde_json::from_str(text)
        .map_err(|e| StoreError::Corrupt(format!("weighting {id} {what}: {e}")))
}

impl TryFrom<SummaryRow> for WeightingSummary {
    type Error = StoreError;

    fn try_from(r: SummaryRow) -> Result<Self, StoreError> {
        Ok(WeightingSummary {
            id: WeightingId(r.id),
            dataset: DatasetId(r.dataset_id),
            margins: json("margins", r.id, &r.margins)?,
            options: json("options", r.id, &r.options)?,
            report: json("report", r.id, &r.report)?,
            name: r.name,
            method: r.method,
            created_by: r.created_by,
            created_at: r.created_at,
        })
    }
}

/// Weights as a little-endian array of f64, as a dataset's numeric columns are stored.
fn encode(weights: &[f64]) -> Vec<u8> {
    weights.iter().flat_map(|w| w.to_le_bytes()).collect()
}

fn decode(id: i64, data: &[u8]) -> Result<Vec<f64>, StoreError> {
    if !data.len().is_multiple_of(8) {
        return Err(StoreError::Corrupt(format!(
            "weighting {id}: the weights are not a whole number of values"
        )));
    }
    Ok(data
        .chunks_exact(8)
        .map(|b| f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
        .collect())
}

fn to_text(value: &serde_json::Value) -> String {
    value.to_string()
}

impl Weightings for AnyStore {
    async fn weightings(
        &self,
        org: OrgId,
        dataset: DatasetId,
    ) -> Result<Vec<WeightingSummary>, StoreError> {
        let rows: Vec<SummaryRow> = sqlx::query_as(SELECT_ALL)
            .bind(org.0)
            .bind(dataset.0)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(WeightingSummary::try_from).collect()
    }

    async fn weighting(
        &self,
        org: OrgId,
        dataset: DatasetId,
        name: &str,
    ) -> Result<Option<WeightingRecord>, StoreError> {
        let row: Option<RecordRow> = sqlx::query_as(SELECT_ONE)
            .bind(org.0)
            .bind(dataset.0)
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            let id = r.summary.id;
            Ok(WeightingRecord {
                weights: decode(id, &r.weights)?,
                summary: WeightingSummary::try_from(r.summary)?,
            })
        })
        .transpose()
    }

    async fn create_weighting(
        &self,
        org: OrgId,
        new: NewWeighting,
        actor: &str,
    ) -> Result<WeightingSummary, StoreError> {
        let name = new.name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid {
                field: "name",
                message: "a weighting needs a name".to_owned(),
            });
        }
        let mut tx = self.begin_write().await?;
        let n_rows: Option<i64> = sqlx::query_scalar(SELECT_ROWS)
            .bind(new.dataset.0)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(n_rows) = n_rows else {
            return Err(StoreError::Invalid {
                field: "dataset",
                message: format!("there is no dataset {} in this organisation", new.dataset),
            });
        };
        if usize::try_from(n_rows).ok() != Some(new.weights.len()) {
            return Err(StoreError::Invalid {
                field: "weights",
                message: format!(
                    "dataset {} has {n_rows} rows but the weighting gives {} weights",
                    new.dataset,
                    new.weights.len()
                ),
            });
        }
        let inserted = sqlx::query_as::<_, SummaryRow>(INSERT)
            .bind(org.0)
            .bind(new.dataset.0)
            .bind(name)
            .bind(&new.method)
            .bind(to_text(&new.margins))
            .bind(to_text(&new.options))
            .bind(encode(&new.weights))
            .bind(to_text(&new.report))
            .bind(actor)
            .bind(now())
            .fetch_one(&mut *tx)
            .await;
        let row = match inserted {
            Ok(row) => row,
            Err(e) if is_unique_violation(&e) => {
                return Err(StoreError::Conflict {
                    what: format!("weighting {name:?} of dataset {}", new.dataset),
                });
            }
            Err(e) => return Err(e.into()),
        };
        let created = WeightingSummary::try_from(row)?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "create",
                format!("weighting:{}", created.id),
                serde_json::json!({
                    "after": { "dataset": created.dataset, "name": created.name, "method": created.method }
                }),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(created)
    }

    async fn delete_weighting(
        &self,
        org: OrgId,
        dataset: DatasetId,
        name: &str,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let row: Option<SummaryRow> = sqlx::query_as(DELETE)
            .bind(org.0)
            .bind(dataset.0)
            .bind(name)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        let before = WeightingSummary::try_from(row)?;
        record(
            &mut tx,
            NewAuditEvent::new(
                Some(org),
                actor,
                "delete",
                format!("weighting:{}", before.id),
                serde_json::json!({
                    "before": { "dataset": before.dataset, "name": before.name, "method": before.method }
                }),
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
    use crate::NewOrganisation;
    use crate::dataset::tests::new_dataset;
    use crate::prelude::*;

    fn new(dataset: DatasetId, name: &str, n: usize) -> NewWeighting {
        NewWeighting {
            dataset,
            name: name.to_owned(),
            method: "rake".to_owned(),
            margins: serde_json::json!([{ "name": "sex", "variables": ["sex"] }]),
            options: serde_json::json!({ "max_iterations": 10 }),
            weights: (0..n).map(|i| 1.0 / 3.0 + i as f64).collect(),
            report: serde_json::json!({ "iterations": 4 }),
        }
    }

    #[tokio::test]
    async fn weightings_keep_their_weights_exactly_per_dataset_and_are_audited() {
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
            let dataset = store
                .create_dataset(new_dataset(org, None))
                .await
                .expect("dataset");
            let n = usize::try_from(dataset.n_rows).expect("rows");
            let made = store
                .create_weighting(org, new(dataset.id, "census-2021", n), "e")
                .await
                .expect("create");
            assert_eq!(made.method, "rake");
            assert_eq!(made.report["iterations"], 4);
            let back = store
                .weighting(org, dataset.id, "census-2021")
                .await
                .expect("read")
                .expect("kept");
            let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&back.weights), bits(&new(dataset.id, "x", n).weights));
            assert_eq!(back.summary, made);
            assert!(matches!(
                store
                    .create_weighting(org, new(dataset.id, "census-2021", n), "e")
                    .await,
                Err(StoreError::Conflict { .. })
            ));
            assert!(matches!(
                store
                    .create_weighting(org, new(dataset.id, "short", n - 1), "e")
                    .await,
                Err(StoreError::Invalid {
                    field: "weights",
                    ..
                })
            ));
            assert!(matches!(
                store
                    .create_weighting(other, new(dataset.id, "theirs", n), "e")
                    .await,
                Err(StoreError::Invalid {
                    field: "dataset",
                    ..
                })
            ));
            assert!(
                store
                    .weightings(other, dataset.id)
                    .await
                    .expect("read")
                    .is_empty()
            );
            assert!(
                store
                    .weighting(other, dataset.id, "census-2021")
                    .await
                    .expect("read")
                    .is_none()
            );
            assert!(
                !store
                    .delete_weighting(other, dataset.id, "census-2021", "x")
                    .await
                    .expect("delete")
            );
            assert_eq!(
                store.weightings(org, dataset.id).await.expect("read"),
                vec![made.clone()]
            );
            assert!(
                store
                    .delete_weighting(org, dataset.id, "census-2021", "e")
                    .await
                    .expect("delete")
            );
            let events = store.audit_events(org, 1).await.expect("audit");
            assert_eq!(events[0].action, "delete");
            assert_eq!(events[0].object, format!("weighting:{}", made.id));
            assert!(
                store
                    .weightings(org, dataset.id)
                    .await
                    .expect("read")
                    .is_empty()
            );
        }
    }

    #[tokio::test]
    async fn a_weighting_goes_with_its_dataset() {
        for store in crate::testing::all().await.expect("databases") {
            let org = store
                .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "t")
                .await
                .expect("org")
                .id;
            let dataset = store
                .create_dataset(new_dataset(org, None))
                .await
                .expect("dataset");
            let n = usize::try_from(dataset.n_rows).expect("rows");
            store
                .create_weighting(org, new(dataset.id, "w", n), "e")
                .await
                .expect("create");
            store
                .delete_dataset(org, dataset.id, "e")
                .await
                .expect("delete");
            let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM weighting")
                .fetch_one(&store.pool)
                .await
                .expect("count");
            assert_eq!(left, 0);
        }
    }
}
