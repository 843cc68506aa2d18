//! From a read file and a mapping to what is saved: every problem, the rows left out, the waves
//! in their one natural order, and the new dataset. The web app and `tessera import` both call
//! this, so the same file and mapping give the same stored dataset whichever way it came in.

use tessera_data::{Dataset, Format, Problems, ReadOutcome};
use tessera_stats::mapping::{DatasetMapping, MappingError};
use tessera_store::{DatasetId, NewDataset, OrgId};

use super::ImportError;
use super::order::sort_naturally;
use super::read::format_code;

/// Every problem with the data under a mapping: the reader's, then the mapping's checks
/// ([`DatasetMapping::checks`]), ordered by row (problems about the whole file first). Blocking
/// for large files.
pub fn problems_under(
    outcome: &ReadOutcome,
    mapping: &DatasetMapping,
) -> Result<Problems, MappingError> {
    let checks = mapping.checks(&outcome.dataset)?;
    let mut all = outcome.problems.clone();
    all.extend(tessera_data::validate(&outcome.dataset, &checks).0);
    all.sort_by_key(|p| p.row.unwrap_or(0));
    Ok(Problems(all))
}

/// The distinct values of the mapping's wave column, in natural order.
pub fn waves(data: &Dataset, mapping: &DatasetMapping) -> Vec<String> {
    let Some(column) = mapping.wave.as_deref().and_then(|w| data.column(w)) else {
        return Vec::new();
    };
    let mut seen = std::collections::BTreeSet::new();
    for row in 0..data.n_rows {
        if let Some(v) = column.text_at(row)
            && !seen.contains(v.as_ref())
        {
            seen.insert(v.into_owned());
        }
    }
    let mut values: Vec<String> = seen.into_iter().collect();
    sort_naturally(&mut values);
    values
}

/// Where a dataset comes from and who brings it in.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The organisation it belongs to.
    pub org: OrgId,
    /// Its name.
    pub name: String,
    /// The dataset it corrects, for a new version.
    pub parent: Option<DatasetId>,
    /// The file's name.
    pub file_name: String,
    /// The file's format.
    pub format: Format,
    /// Who brings it in, for the audit log.
    pub created_by: String,
}

/// What to save: the data without the rows with problems, and everything stored beside it.
pub fn new_dataset(
    origin: Origin,
    original: Vec<u8>,
    outcome: &ReadOutcome,
    problems: &Problems,
    mapping: &DatasetMapping,
) -> Result<NewDataset, ImportError> {
    let excluded = problems.row_indexes();
    let data = if excluded.is_empty() {
        outcome.dataset.clone()
    } else {
        outcome.dataset.without_rows(&excluded)
    };
    Ok(NewDataset {
        org: origin.org,
        name: origin.name,
        parent: origin.parent,
        source_name: origin.file_name,
        source_format: format_code(origin.format).to_owned(),
        original,
        waves: waves(&data, mapping),
        data,
        excluded_rows: excluded,
        mapping: serde_json::to_value(mapping)
            .map_err(|e| ImportError::Interrupted(e.to_string()))?,
        created_by: origin.created_by,
    })
}
