//! A saved dataset under a new mapping. A dataset never changes once saved, so a new mapping
//! makes a new version: the same rows, codebook and original file, the new mapping, checked
//! exactly as an import is (the mapping's checks, then the design and the profile's estimates),
//! with its estimates computed under the new mapping (the cache key names the mapping).

use std::sync::Arc;

use tessera_data::{ProblemKind, Problems};
use tessera_l10n::{Arg, ta};
use tessera_stats::mapping::DatasetMapping;
use tessera_store::{DatasetSummary, NewDataset, Role, prelude::*};

use super::ImportError;
use super::check::{DesignProblem, MappingPart, file_row, first_estimates};
use super::prepare::waves;
use crate::datasets::{not_found, parse_id};
use crate::results::profile_breakdowns;
use crate::{Actor, App, AppError};

/// Rows named in a refusal at most.
const ROWS_NAMED: usize = 5;

/// The part of the mapping a row problem points at.
fn part_of(problems: &Problems, mapping: &DatasetMapping) -> MappingPart {
    let Some(first) = problems.iter().find(|p| p.row.is_some()) else {
        return MappingPart::Mapping;
    };
    let column = first.column.as_deref().unwrap_or_default();
    let design = mapping.design.as_ref();
    match first.kind {
        ProblemKind::NonPositiveWeight | ProblemKind::MissingWeight => MappingPart::Weight,
        _ if design.is_some_and(|d| d.fpc == column) => MappingPart::Fpc,
        _ => mapping
            .measures
            .iter()
            .find(|m| m.variable.as_deref() == Some(column))
            .map_or(MappingPart::Mapping, |m| MappingPart::Measure(m.id.clone())),
    }
}

impl App {
    /// Saves dataset `id` under `mapping` as a new version (the old one is kept as it was),
    /// after checking the rows and computing the profile's estimates; returns the new version.
    ///
    /// Rows that would have problems under the new mapping (a weight of 0, text in a column
    /// averaged) are not silently dropped: the mapping is refused, naming them, so the person
    /// chooses another column or uploads a corrected file.
    pub async fn remap_dataset(
        &self,
        actor: &Actor,
        id: &str,
        mapping: DatasetMapping,
    ) -> Result<DatasetSummary, ImportError> {
        actor.require(Role::Editor)?;
        let id = parse_id(id)?;
        let org = actor.org.id;
        let record = self.store().dataset(org, id).await?.ok_or_else(not_found)?;
        let data = self
            .store()
            .dataset_data(org, id)
            .await?
            .ok_or_else(not_found)?;
        let data = Arc::new(data);
        let excluded = record.excluded_rows.clone();
        let lang = tessera_l10n::current();
        let checked = {
            let data = Arc::clone(&data);
            let mapping = mapping.clone();
            tokio::task::spawn_blocking(move || {
                tessera_l10n::sync_scope(lang, || {
                    let checks = mapping.checks(&data)?;
                    let problems = tessera_data::validate(&data, &checks);
                    let rows = problems.row_indexes();
                    if !rows.is_empty() {
                        let named: Vec<String> = rows
                            .iter()
                            .take(ROWS_NAMED)
                            .map(|r| file_row(r + 1, &excluded).to_string())
                            .collect();
                        let detail = problems
                            .iter()
                            .find(|p| p.row.is_some())
                            .map(|p| p.message.clone())
                            .unwrap_or_default();
                        return Ok(Err(DesignProblem {
                            part: part_of(&problems, &mapping),
                            message: ta(
                                "import-remap-row-problems",
                                &[
                                    ("count", Arg::from(rows.len())),
                                    ("rows", named.join(", ").into()),
                                    ("detail", detail.into()),
                                ],
                            ),
                        }));
                    }
                    Ok::<_, ImportError>(first_estimates(&data, &mapping, &excluded))
                })
            })
            .await
            .map_err(|e| ImportError::Interrupted(e.to_string()))???
        };
        let original = self
            .store()
            .dataset_original(org, id)
            .await?
            .ok_or_else(not_found)?;
        let summary = record.summary;
        let data = Arc::try_unwrap(data).unwrap_or_else(|shared| (*shared).clone());
        let new = NewDataset {
            org,
            name: summary.name.clone(),
            parent: Some(summary.id),
            source_name: summary.source_name.clone(),
            source_format: summary.source_format.clone(),
            original,
            waves: waves(&data, &mapping),
            data,
            excluded_rows: record.excluded_rows,
            mapping: serde_json::to_value(&mapping).map_err(AppError::internal)?,
            created_by: actor.name.clone(),
        };
        let saved = self.store().create_dataset(new).await?;
        if let Err(e) = self
            .keep_report(
                org,
                saved.id,
                &mapping,
                &profile_breakdowns(&mapping),
                &checked.report,
                checked.duration_ms,
            )
            .await
        {
            tracing::warn!(dataset.id = %saved.id, error = %e, "the checked estimates were not kept");
        }
        tracing::info!(
            org.id = %org,
            dataset.id = %saved.id,
            parent.id = %summary.id,
            "dataset mapped anew"
        );
        Ok(saved)
    }
}
