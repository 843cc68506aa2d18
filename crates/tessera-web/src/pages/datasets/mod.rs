//! Datasets: bringing files in (`import`), seeing two-way results (`list`, `profile`,
//! `measure` with its exports), their mapping shown and edited (`mapping`), and deleting
//! them completely (`delete`).

pub(crate) mod adjusted;
pub(crate) mod delete;
pub(crate) mod import;
pub(crate) mod list;
pub(crate) mod mapping;
pub(crate) mod measure;
pub(crate) mod profile;
pub(crate) mod weighting;

use tessera_stats::mapping::DatasetMapping;
use tessera_store::{DatasetRecord, OrgId};

use crate::AppState;
use crate::http::error::PageError;

/// Home › Datasets, then `extra`, in the page's language.
pub(crate) fn crumbs(extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), tessera_l10n::t("nav-home")),
        ("/datasets".to_owned(), tessera_l10n::t("nav-datasets")),
    ];
    all.extend_from_slice(extra);
    all
}

/// Home › Datasets › the dataset.
pub(crate) fn dataset_crumbs(d: &tessera_store::DatasetSummary) -> Vec<(String, String)> {
    crumbs(&[(format!("/datasets/{}", d.id), d.name.clone())])
}

/// Loads one of the organisation's datasets with its mapping, or 404.
pub(crate) async fn load(
    state: &AppState,
    org: OrgId,
    id: &str,
) -> Result<(DatasetRecord, DatasetMapping), PageError> {
    Ok(state.app().dataset(org, id).await?)
}
