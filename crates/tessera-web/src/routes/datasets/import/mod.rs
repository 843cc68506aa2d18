//! Bringing a file in: upload (`upload`), mapping (`mapping`), validation report and save
//! (`report`).
//!
//! An upload is read at once and kept in memory as a [`PendingImport`] under a random token
//! until it is saved or abandoned: nothing reaches the database before the person has seen the
//! validation report and chosen to save.

mod columns;
mod mapping;
mod report;
mod upload;

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use tessera_data::{
    CodebookFile, Dataset, Format, ProblemKind, Problems, ReadError, ReadOptions, ReadOutcome,
};
use tessera_stats::mapping::{DatasetMapping, MappingError};
use tessera_store::{DatasetId, NewDataset, OrgId};

use crate::{AppState, WebError};

/// Uploads larger than this are refused (the form says so).
pub(crate) const MAX_UPLOAD_BYTES: usize = 200 * 1024 * 1024;
/// Pending imports older than this are dropped.
const EXPIRE_AFTER: Duration = Duration::from_secs(2 * 60 * 60);
/// At most this many pending imports are kept; the oldest goes first. Each holds a whole file
/// in memory, so the cap bounds memory, not people.
const MAX_PENDING: usize = 20;

/// An upload being mapped and checked; kept in memory until saved or abandoned.
#[derive(Clone)]
pub(crate) struct PendingImport {
    /// When it was uploaded; pending imports expire.
    pub created: Instant,
    /// The organisation that uploaded it; no other may see it.
    pub org: OrgId,
    /// The dataset's name.
    pub name: String,
    /// The dataset this upload corrects, for a new version.
    pub parent: Option<DatasetId>,
    /// The uploaded file's name.
    pub file_name: String,
    /// The file's format.
    pub format: Format,
    /// The file exactly as uploaded.
    pub bytes: Arc<Vec<u8>>,
    /// What reading it gave: the data, the codebook and the reader's problems.
    pub outcome: Arc<ReadOutcome>,
    /// The mapping chosen, once the mapping form was accepted (or the parent's, for a new
    /// version, until then).
    pub mapping: Option<DatasetMapping>,
    /// Every problem under the accepted mapping; `None` until the mapping form is accepted.
    pub problems: Option<Arc<Problems>>,
}

/// Why a file could not be imported.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ImportError {
    /// The file name does not end in a format Tessera reads.
    #[error(
        "{file}: Tessera cannot read this kind of file. Save the data as CSV (.csv, .tsv or .txt), Excel (.xlsx), SPSS (.sav) or Stata (.dta) and try again."
    )]
    UnsupportedFormat {
        /// The file name.
        file: String,
    },
    /// The file could not be read at all.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The mapping names a column the file does not have.
    #[error("the mapping does not fit the file: {0}")]
    Mapping(#[from] MappingError),
    /// The database refused the dataset.
    #[error("the dataset could not be saved: {0}")]
    Store(#[from] tessera_store::StoreError),
    /// Reading or checking stopped unexpectedly.
    #[error("the import stopped unexpectedly: {0}")]
    Interrupted(String),
}

/// The routes that bring a file in.
pub(crate) fn routes() -> Router<AppState> {
    let upload_limit = DefaultBodyLimit::max(MAX_UPLOAD_BYTES + 1024 * 1024);
    Router::new()
        .route(
            "/datasets/new",
            get(upload::show).post(upload::submit).layer(upload_limit),
        )
        .route(
            "/datasets/{id}/new-version",
            get(upload::show_version)
                .post(upload::submit_version)
                .layer(upload_limit),
        )
        .route(
            "/datasets/imports/{token}/mapping",
            get(mapping::show).post(mapping::submit),
        )
        .route("/datasets/imports/{token}/report", get(report::show))
        .route(
            "/datasets/imports/{token}/problems.csv",
            get(report::problems_csv),
        )
        .route("/datasets/imports/{token}/save", post(report::save))
}

/// The format of a file from its name, if Tessera reads it.
pub(crate) fn format_of(file_name: &str) -> Option<Format> {
    let (_, extension) = file_name.rsplit_once('.')?;
    Format::from_extension(extension)
}

/// The short format name stored with a dataset.
fn format_code(format: Format) -> &'static str {
    match format {
        Format::Csv => "csv",
        Format::Xlsx => "xlsx",
        Format::Sav => "sav",
        Format::Dta => "dta",
    }
}

/// Reads an upload. Blocking: call from `spawn_blocking`.
pub(crate) fn read_upload(
    bytes: &[u8],
    file_name: &str,
    codebook: Option<CodebookFile>,
) -> Result<(Format, ReadOutcome), ImportError> {
    let format = format_of(file_name).ok_or_else(|| ImportError::UnsupportedFormat {
        file: file_name.to_owned(),
    })?;
    let tab = file_name.to_ascii_lowercase().ends_with(".tsv");
    let options = ReadOptions {
        name: Some(file_name.to_owned()),
        delimiter: tab.then_some(b'\t'),
        codebook,
        ..ReadOptions::default()
    };
    Ok((format, tessera_data::read_bytes(bytes, format, &options)?))
}

/// Every problem with the data under a mapping: the reader's, then the mapping's checks
/// ([`DatasetMapping::checks`]), ordered by row. Blocking for large files.
pub(crate) fn problems_under(
    outcome: &ReadOutcome,
    mapping: &DatasetMapping,
) -> Result<Problems, MappingError> {
    let checks = mapping.checks(&outcome.dataset)?;
    let mut all = outcome.problems.clone();
    all.extend(tessera_data::validate(&outcome.dataset, &checks).0);
    // Problems about the file as a whole (no row) first, then by row; stable within a row.
    all.sort_by_key(|p| p.row.unwrap_or(0));
    Ok(Problems(all))
}

/// The distinct values of the wave column, in natural order (numbers by value).
pub(crate) fn waves(data: &Dataset, mapping: &DatasetMapping) -> Vec<String> {
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
    columns::sort_codes(&mut values);
    values
}

/// What to save, given the read file, its problems and whether to leave their rows out.
#[expect(clippy::too_many_arguments, reason = "one field per part of a dataset")]
fn new_dataset(
    org: OrgId,
    name: &str,
    parent: Option<DatasetId>,
    file_name: &str,
    format: Format,
    original: Vec<u8>,
    outcome: &ReadOutcome,
    problems: &Problems,
    mapping: &DatasetMapping,
    created_by: &str,
) -> Result<NewDataset, ImportError> {
    let excluded = problems.row_indexes();
    let data = if excluded.is_empty() {
        outcome.dataset.clone()
    } else {
        outcome.dataset.without_rows(&excluded)
    };
    Ok(NewDataset {
        org,
        name: name.to_owned(),
        parent,
        source_name: file_name.to_owned(),
        source_format: format_code(format).to_owned(),
        original,
        waves: waves(&data, mapping),
        data,
        excluded_rows: excluded,
        mapping: serde_json::to_value(mapping)
            .map_err(|e| ImportError::Interrupted(e.to_string()))?,
        created_by: created_by.to_owned(),
    })
}

/// A fresh 128-bit token, as 32 hexadecimal digits.
///
/// Each `RandomState` carries keys seeded from the operating system's random source, so the
/// hashes cannot be predicted from the time and counter fed in; no extra dependency needed.
fn new_token() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let half = |salt: u64| {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(nanos);
        h.write_u64(count);
        h.write_u64(salt);
        h.finish()
    };
    format!("{:016x}{:016x}", half(1), half(2))
}

fn is_token(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

fn lock(
    state: &AppState,
) -> Result<std::sync::MutexGuard<'_, HashMap<String, PendingImport>>, WebError> {
    let mut imports = state
        .imports()
        .lock()
        .map_err(|_| WebError::internal("the table of pending imports is poisoned"))?;
    imports.retain(|_, p| p.created.elapsed() < EXPIRE_AFTER);
    Ok(imports)
}

/// Keeps an upload under a new token, dropping the oldest if there are too many.
fn insert(state: &AppState, pending: PendingImport) -> Result<String, WebError> {
    let token = new_token();
    let mut imports = lock(state)?;
    while imports.len() >= MAX_PENDING {
        let oldest = imports
            .iter()
            .min_by_key(|(_, p)| p.created)
            .map(|(k, _)| k.clone());
        match oldest {
            Some(k) => imports.remove(&k),
            None => break,
        };
    }
    imports.insert(token.clone(), pending);
    Ok(token)
}

fn gone() -> WebError {
    WebError::not_found(
        "There is no upload waiting at this address. Uploads not saved within 2 hours are removed: upload the file again from the Datasets page.",
    )
}

/// The pending import under `token`, if it belongs to `org`; otherwise 404.
fn pending(state: &AppState, org: OrgId, token: &str) -> Result<PendingImport, WebError> {
    if !is_token(token) {
        return Err(gone());
    }
    lock(state)?
        .get(token)
        .filter(|p| p.org == org)
        .cloned()
        .ok_or_else(gone)
}

/// Changes the pending import under `token`.
fn update(
    state: &AppState,
    token: &str,
    change: impl FnOnce(&mut PendingImport),
) -> Result<(), WebError> {
    let mut imports = lock(state)?;
    let entry = imports.get_mut(token).ok_or_else(gone)?;
    change(entry);
    Ok(())
}

fn remove(state: &AppState, token: &str) -> Result<(), WebError> {
    lock(state)?.remove(token);
    Ok(())
}

/// Short names of problem kinds, for the report and the CSV.
pub(crate) fn kind_code(kind: ProblemKind) -> &'static str {
    match kind {
        ProblemKind::UnparseableNumber => "unparseable_number",
        ProblemKind::NonPositiveWeight => "non_positive_weight",
        ProblemKind::MissingWeight => "missing_weight",
        ProblemKind::UnknownCode => "unknown_code",
        ProblemKind::RaggedRow => "ragged_row",
        ProblemKind::InvalidUtf8 => "invalid_utf8",
        ProblemKind::DuplicateColumn => "duplicate_column",
        ProblemKind::UnknownVariable => "unknown_variable",
        ProblemKind::CellError => "cell_error",
        ProblemKind::TruncatedData => "truncated_data",
        ProblemKind::MalformedMetadata => "malformed_metadata",
    }
}

/// Breadcrumbs down to the datasets list, plus `extra`.
fn crumbs(extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("/".to_owned(), "Home".to_owned()),
        ("/datasets".to_owned(), "Datasets".to_owned()),
    ];
    all.extend(
        extra
            .iter()
            .map(|(h, l)| ((*h).to_owned(), (*l).to_owned())),
    );
    all
}

pub(crate) use crate::routes::FieldError;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_32_hex_digits_and_differ() {
        let a = new_token();
        let b = new_token();
        assert!(is_token(&a) && is_token(&b));
        assert_ne!(a, b);
    }

    #[test]
    fn formats_come_from_the_file_name() {
        assert_eq!(format_of("survey.CSV"), Some(Format::Csv));
        assert_eq!(format_of("a.b.sav"), Some(Format::Sav));
        assert_eq!(format_of("notes.pdf"), None);
        assert_eq!(format_of("no-extension"), None);
    }
}
