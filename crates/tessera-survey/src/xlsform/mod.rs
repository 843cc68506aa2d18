//! XLSForm out and in: the spreadsheet form format of ODK, KoboToolbox and SurveyCTO
//! (<https://xlsform.org>). Writing covers every feature of the model; reading takes what the
//! model can hold and names each thing it cannot, by sheet, row and column.

pub(crate) mod expr;
mod read;
mod write;

pub use read::{
    ImportReport, MAX_CELLS, MAX_FILE_BYTES, MAX_INFLATED_BYTES, MAX_ROWS, read_xlsform,
};
pub(crate) use read::{check_archive, header_lang, sheet_rows};
pub use write::write_xlsform;

/// The name of the consent step Tessera puts first in every exported form; no question may use
/// it.
pub const CONSENT_NAME: &str = "consent";
