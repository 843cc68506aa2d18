//! Datasets as stored: their summary, mapping, codebook, columns and original file.

use serde::Serialize;

use crate::{DatasetId, OrgId};

/// Input for saving a dataset (a new import, or a new version of one).
#[derive(Debug, Clone)]
pub struct NewDataset {
    /// The owning organisation.
    pub org: OrgId,
    /// A name people recognise, e.g. "Residents' survey 2023–2025".
    pub name: String,
    /// The version this one corrects, if any; the new one gets the next version number.
    pub parent: Option<DatasetId>,
    /// The uploaded file's name.
    pub source_name: String,
    /// The file format (`csv`, `xlsx`, `sav`, `dta`).
    pub source_format: String,
    /// The file exactly as uploaded.
    pub original: Vec<u8>,
    /// The rows kept, as columns with their codebook.
    pub data: tessera_data::Dataset,
    /// 0-based indexes (in the original file) of rows left out because they had problems.
    pub excluded_rows: Vec<usize>,
    /// The wave values present, for listing.
    pub waves: Vec<String>,
    /// The mapping as JSON (design, group definition, breakdowns, measures).
    pub mapping: serde_json::Value,
    /// Who imported it.
    pub created_by: String,
}

/// A dataset as listed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatasetSummary {
    /// Its id.
    pub id: DatasetId,
    /// The owning organisation.
    pub org: OrgId,
    /// Its name.
    pub name: String,
    /// 1 for the first import, then 2, 3… for corrections.
    pub version: i64,
    /// The version it corrects.
    pub parent: Option<DatasetId>,
    /// The uploaded file's name.
    pub source_name: String,
    /// The file format.
    pub source_format: String,
    /// Rows kept.
    pub n_rows: i64,
    /// Columns.
    pub n_columns: i64,
    /// Rows left out.
    pub n_excluded: usize,
    /// Wave values present.
    pub waves: Vec<String>,
    /// Size of the original file in bytes.
    pub size_bytes: i64,
    /// The date (YYYY-MM-DD) after which owners are asked to delete it, if one is set.
    pub retain_until: Option<String>,
    /// Who imported it.
    pub created_by: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
}

/// A dataset's description without its rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatasetRecord {
    /// The summary.
    #[serde(flatten)]
    pub summary: DatasetSummary,
    /// The mapping as JSON.
    pub mapping: serde_json::Value,
    /// The codebook: variables, labels, value labels, missing codes.
    #[serde(skip)]
    pub codebook: tessera_data::Codebook,
    /// 0-based indexes of rows left out at import.
    pub excluded_rows: Vec<usize>,
}

/// A cached computation result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CachedReport {
    /// The report as JSON.
    pub report: serde_json::Value,
    /// When it was computed.
    pub computed_at: String,
    /// How long it took.
    pub duration_ms: i64,
}
