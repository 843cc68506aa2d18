//! Options for reading a file.

use crate::codebook::CodebookFile;
use crate::encoding::TextEncoding;
use crate::limits::ReadLimits;

/// How to read a file; `ReadOptions::default()` suits most files.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The CSV delimiter; `None` sniffs among `,` `;` tab and `|` (tab for `.tsv`).
    pub delimiter: Option<u8>,
    /// The sheet to read from a workbook; `None` reads the first sheet.
    pub sheet: Option<String>,
    /// Extra values to read as missing in every column (compared after trimming), e.g. `"NA"`.
    ///
    /// Empty by default: `NA` is often a real category ("not in the labour force").
    pub missing_tokens: Vec<String>,
    /// A codebook adding labels, value labels and declared missing values.
    pub codebook: Option<CodebookFile>,
    /// Read only these columns, when the file has every one of them; the others are skipped,
    /// which makes large files faster to read. `None` reads every column.
    pub columns: Option<Vec<String>>,
    /// The file name to use in messages for [`crate::read_bytes`] (an upload's name).
    pub name: Option<String>,
    /// The bounds every reader enforces; see `docs/limits.md`.
    pub limits: ReadLimits,
    /// The text encoding of a CSV/TSV file; `None` detects it (see [`crate::detect_encoding`]).
    pub encoding: Option<TextEncoding>,
    /// The row that names the columns: the sheet row (1-based, as a spreadsheet numbers them)
    /// or the line of a text file; rows above it are skipped. `None` uses the first non-empty
    /// row ([`crate::preview`] offers a guess for files with title rows).
    pub header_row: Option<usize>,
}
