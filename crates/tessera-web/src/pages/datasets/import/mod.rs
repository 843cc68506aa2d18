//! Bringing a file in, step by step: upload (`upload`), mapping (`mapping`), validation report
//! and save (`report`). The steps call the application layer (`tessera_app::import`), which
//! keeps the upload waiting until it is saved or abandoned: nothing reaches the datasets before
//! the person has seen the validation report and chosen to save.

pub(crate) mod columns;
pub(crate) mod mapping;
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

/// Breadcrumbs down to the datasets list, plus `extra`.
fn crumbs(extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let extra: Vec<(String, String)> = extra
        .iter()
        .map(|(h, l)| ((*h).to_owned(), (*l).to_owned()))
        .collect();
    crate::ui::crumbs::datasets(&extra)
}

/// The upload under `token`, if it belongs to `org`; otherwise 404.
async fn pending(state: &AppState, org: OrgId, token: &str) -> Result<PendingImport, PageError> {
    Ok(state.app().pending_import(org, token).await?)
}
