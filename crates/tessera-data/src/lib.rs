#![doc = include_str!("../README.md")]

mod codebook;
mod delimited;
mod error;
mod infer;
mod model;
mod number;
mod options;
mod problem;
mod read;
mod sav;
mod stata;
pub mod synthetic;
mod validate;
mod xlsx;

pub use codebook::{CodebookEntry, CodebookFile};
pub use error::ReadError;
pub use model::{
    Codebook, Column, ColumnValues, Dataset, Format, LineMap, MISSING_CODE, Measure, MissingSpec,
    SourceInfo, Variable, VariableKind,
};
pub use number::format_number;
pub use options::ReadOptions;
pub use problem::{DisplayProblems, Problem, ProblemKind, Problems, ReadOutcome};
pub use read::{apply_codebook, read_bytes, read_path};
pub use validate::{Checks, ClosedCodes, validate};
