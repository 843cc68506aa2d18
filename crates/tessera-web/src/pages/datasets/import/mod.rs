//! Bringing a file in, step by step: upload (`upload`), how it was read (`preview`: first
//! rows, header row, sheet, encoding), mapping (`mapping`), validation report and save
//! (`report`). The steps call the application layer (`tessera_app::import`), which
//! keeps the upload waiting until it is saved or abandoned: nothing reaches the datasets before
//! the person has seen the validation report and chosen to save.

pub(crate) mod columns;
pub(crate) mod mapping;
pub(crate) mod preview;
pub(crate) mod report;
pub(crate) mod upload;

use tessera_app::import::PendingImport;
use tessera_data::ProblemKind;
use tessera_store::OrgId;

use crate::AppState;
use crate::http::error::PageError;
pub(crate) use crate::ui::forms::FieldError;

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

/// The message key naming a kind of problem for people.
pub(crate) fn kind_key(kind: ProblemKind) -> &'static str {
    match kind {
        ProblemKind::UnparseableNumber => "import-kind-unparseable-number",
        ProblemKind::NonPositiveWeight => "import-kind-non-positive-weight",
        ProblemKind::MissingWeight => "import-kind-missing-weight",
        ProblemKind::UnknownCode => "import-kind-unknown-code",
        ProblemKind::RaggedRow => "import-kind-ragged-row",
        ProblemKind::InvalidUtf8 => "import-kind-invalid-utf8",
        ProblemKind::DuplicateColumn => "import-kind-duplicate-column",
        ProblemKind::UnknownVariable => "import-kind-unknown-variable",
        ProblemKind::CellError => "import-kind-cell-error",
        ProblemKind::TruncatedData => "import-kind-truncated-data",
        ProblemKind::MalformedMetadata => "import-kind-malformed-metadata",
    }
}

/// Breadcrumbs down to the datasets list, plus `extra`.
fn crumbs(extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let extra: Vec<(String, String)> = extra
        .iter()
        .map(|(h, l)| ((*h).to_owned(), (*l).to_owned()))
        .collect();
    crate::pages::datasets::crumbs(&extra)
}

/// The upload under `token`, if it belongs to `org`; otherwise 404.
async fn pending(state: &AppState, org: OrgId, token: &str) -> Result<PendingImport, PageError> {
    Ok(state.app().pending_import(org, token).await?)
}
