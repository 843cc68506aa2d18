//! Datasets: bringing files in (`import`), seeing two-way results (`list`, `profile`,
//! `measure` with its exports), and deleting them completely (`delete`).

pub(crate) mod delete;
pub(crate) mod import;
pub(crate) mod list;
pub(crate) mod measure;
pub(crate) mod profile;

use tessera_stats::mapping::DatasetMapping;
use tessera_store::{DatasetRecord, OrgId};

use crate::AppState;
use crate::http::error::PageError;

/// Loads one of the organisation's datasets with its mapping, or 404.
pub(crate) async fn load(
    state: &AppState,
    org: OrgId,
    id: &str,
) -> Result<(DatasetRecord, DatasetMapping), PageError> {
    Ok(state.app().dataset(org, id).await?)
}
