#![doc = include_str!("../README.md")]

mod codebook;
mod delimited;
mod dta_guard;
mod encoding;
mod error;
mod infer;
mod limits;
mod line_limit;
mod model;
mod number;
mod ods_guard;
mod options;
mod preview;
mod problem;
mod read;
mod sav;
mod stata;
pub mod synthetic;
mod validate;
mod workbook;
mod xlsx;
mod zip_guard;

pub use codebook::{CodebookEntry, CodebookFile};
pub use encoding::{TextEncoding, detect_encoding};
pub use error::{ReadError, WriteError};
pub use limits::{Limit, ReadLimits};
pub use model::{
    Codebook, Column, ColumnValues, Dataset, Format, LineMap, MISSING_CODE, Measure, MissingSpec,
    SourceInfo, Variable, VariableKind,
};
pub use number::format_number;
pub use options::ReadOptions;
pub use preview::{
    PREVIEW_COLUMNS, PREVIEW_ROWS, Preview, detect_header_row, preview, preview_path,
};
pub use problem::{DisplayProblems, Problem, ProblemKind, Problems, ReadOutcome};
pub use read::{apply_codebook, read_bytes, read_path};
pub use sav::write::{MAX_STRING_WIDTH, SavKind, SavTable, SavValue, SavVariable, write_sav};
pub use validate::{Checks, ClosedCodes, validate};
