//! Reading an uploaded or named file, with the options the person chose, within the limits
//! the web sets for uploads.

use tessera_data::{
    CodebookFile, Format, Limit, Preview, ReadError, ReadLimits, ReadOptions, ReadOutcome,
    TextEncoding,
};
use tessera_l10n::{t, ta};

use super::ImportError;

/// The format of a file from its name, if Tessera reads it.
pub fn format_of(file_name: &str) -> Option<Format> {
    let (_, extension) = file_name.rsplit_once('.')?;
    Format::from_extension(extension)
}

/// The short format name stored with a dataset.
pub fn format_code(format: Format) -> &'static str {
    match format {
        Format::Csv => "csv",
        Format::Xlsx => "xlsx",
        Format::Sav => "sav",
        Format::Dta => "dta",
    }
}

/// The file name without any folder a browser may send.
pub fn base_name(name: &str) -> String {
    name.rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .trim()
        .to_owned()
}

/// The cells one upload may make a server hold: rows × columns read.
///
/// The readers' default (200 million, about 1.6 GB of columns) suits the command line on a
/// machine of its own; a server holds several uploads and their estimates at once, so uploads
/// stop at a tenth of it (about 160 MB of columns): two million rows of ten columns, far
/// beyond any survey. `docs/limits.md` lists it.
pub const UPLOAD_CELLS: u64 = 20_000_000;

/// The limits every read of an upload is bounded by: the readers' defaults with
/// [`UPLOAD_CELLS`]. The `.ods` grid bound follows `cells` (a seventh of it).
pub fn upload_limits() -> ReadLimits {
    ReadLimits {
        cells: UPLOAD_CELLS,
        ..ReadLimits::default()
    }
}

/// How to read an upload: the options of [`ReadOptions`] a person can choose on the page, and
/// the codebook sent with it (kept as text, so any server can read the upload again).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct UploadOptions {
    /// The sheet of a workbook; `None` for the first.
    #[serde(default)]
    pub sheet: Option<String>,
    /// A codebook's file name and text.
    #[serde(default)]
    pub codebook: Option<(String, String)>,
    /// The row that names the columns (1-based, as a spreadsheet numbers rows, or the line of a
    /// text file); `None` for the first non-empty row.
    #[serde(default)]
    pub header_row: Option<usize>,
    /// The text encoding of a CSV file, by its name (`UTF-8`, `windows-1252`…); `None` to
    /// detect it.
    #[serde(default)]
    pub encoding: Option<String>,
}

impl UploadOptions {
    /// The codebook, parsed; a message saying what is wrong with it otherwise.
    pub fn parsed_codebook(&self) -> Result<Option<CodebookFile>, String> {
        match &self.codebook {
            None => Ok(None),
            Some((name, text)) => CodebookFile::parse(text, name)
                .map(Some)
                .map_err(|e| e.to_string()),
        }
    }

    /// The encoding chosen, if it is one Tessera knows.
    pub fn text_encoding(&self) -> Option<TextEncoding> {
        self.encoding.as_deref().and_then(TextEncoding::parse)
    }

    /// The reader's options for `file_name` (an upload: bounded by [`upload_limits`]).
    fn read_options(&self, file_name: &str) -> Result<ReadOptions, ImportError> {
        let codebook = self
            .parsed_codebook()
            .map_err(|message| ImportError::Codebook { message })?;
        let tab = file_name.to_ascii_lowercase().ends_with(".tsv");
        Ok(ReadOptions {
            name: Some(file_name.to_owned()),
            delimiter: tab.then_some(b'\t'),
            sheet: self.sheet.clone(),
            codebook,
            limits: upload_limits(),
            encoding: self.text_encoding(),
            header_row: self.header_row,
            ..ReadOptions::default()
        })
    }
}

/// Reads an upload (blocking: call from `spawn_blocking`).
pub fn read_upload(
    bytes: &[u8],
    file_name: &str,
    options: &UploadOptions,
) -> Result<(Format, ReadOutcome), ImportError> {
    let format = format_of(file_name).ok_or_else(|| ImportError::UnsupportedFormat {
        file: file_name.to_owned(),
    })?;
    let read_options = options.read_options(file_name)?;
    Ok((
        format,
        tessera_data::read_bytes(bytes, format, &read_options)?,
    ))
}

/// A first look at an upload: its sheets, first rows and the row that looks like the header
/// (blocking). SPSS and Stata files always name their variables, so their preview is the
/// read data's first rows.
pub fn preview_upload(
    bytes: &[u8],
    file_name: &str,
    options: &UploadOptions,
) -> Result<Preview, ImportError> {
    let format = format_of(file_name).ok_or_else(|| ImportError::UnsupportedFormat {
        file: file_name.to_owned(),
    })?;
    let read_options = options.read_options(file_name)?;
    Ok(tessera_data::preview(bytes, format, &read_options)?)
}

/// The header row to read an upload with before the person has chosen one: the row the
/// preview detects, when it is not simply the first row with anything in it (a title above
/// the header); `None` otherwise, so ordinary files are read as they always were.
pub fn detected_header_row(preview: &Preview) -> Option<usize> {
    let first = preview
        .rows
        .iter()
        .position(|r| r.iter().any(|c| !c.trim().is_empty()))?
        + 1;
    preview.header_row.filter(|row| *row != first)
}

/// What went wrong reading a file, in the person's language: the common refusals are
/// written out here; rarer ones keep the reader's own (English) detail after a translated
/// opening.
pub fn read_error_text(error: &ReadError) -> String {
    match error {
        ReadError::NoHeader { file } => ta("import-read-no-header", &[("file", file.into())]),
        ReadError::NoData { file, .. } => ta("import-read-no-data", &[("file", file.into())]),
        ReadError::NotText { file } => ta("import-read-not-text", &[("file", file.into())]),
        ReadError::SheetNotFound {
            file,
            sheet,
            available,
        } => ta(
            "import-read-no-sheet",
            &[
                ("file", file.into()),
                ("sheet", sheet.into()),
                ("sheets", available.into()),
            ],
        ),
        ReadError::UnknownFormat { file, .. } => {
            ta("import-read-unknown-format", &[("file", file.into())])
        }
        ReadError::LimitExceeded {
            file,
            limit,
            max,
            found,
            ..
        } => {
            let what = t(limit_key(*limit));
            let advice = t(&format!("{}-advice", limit_key(*limit)));
            match found {
                Some(n) => ta(
                    "import-read-over-limit-found",
                    &[
                        ("file", file.into()),
                        ("found", tessera_l10n::number(*n as f64, 0).into()),
                        ("max", tessera_l10n::number(*max as f64, 0).into()),
                        ("what", what.into()),
                        ("advice", advice.into()),
                    ],
                ),
                None => ta(
                    "import-read-over-limit",
                    &[
                        ("file", file.into()),
                        ("max", tessera_l10n::number(*max as f64, 0).into()),
                        ("what", what.into()),
                        ("advice", advice.into()),
                    ],
                ),
            }
        }
        other => ta(
            "import-read-failed",
            &[("detail", other.to_string().into())],
        ),
    }
}

/// The message key naming what a limit counts (with `-advice` for what to do about it).
fn limit_key(limit: Limit) -> &'static str {
    match limit {
        Limit::FileBytes => "import-limit-file-bytes",
        Limit::DecompressedBytes => "import-limit-decompressed-bytes",
        Limit::ZipEntries => "import-limit-zip-entries",
        Limit::Sheets => "import-limit-sheets",
        Limit::SharedStrings => "import-limit-shared-strings",
        Limit::Columns => "import-limit-columns",
        Limit::Rows => "import-limit-rows",
        Limit::Cells => "import-limit-cells",
        Limit::FieldBytes => "import-limit-field-bytes",
        Limit::LineBytes => "import-limit-line-bytes",
        Limit::ValueLabels => "import-limit-value-labels",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_file_name() {
        assert_eq!(format_of("survey.CSV"), Some(Format::Csv));
        assert_eq!(format_of("a.b.sav"), Some(Format::Sav));
        assert_eq!(format_of("notes.pdf"), None);
        assert_eq!(format_of("no-extension"), None);
    }

    #[test]
    fn folders_a_browser_sends_are_dropped_from_file_names() {
        assert_eq!(base_name("C:\\Users\\me\\survey.csv"), "survey.csv");
        assert_eq!(base_name("/home/me/survey.csv"), "survey.csv");
        assert_eq!(base_name(" survey.csv "), "survey.csv");
    }

    #[test]
    fn uploads_hold_at_most_twenty_million_cells() {
        let limits = upload_limits();
        assert_eq!(limits.cells, 20_000_000);
        assert!(limits.cells < ReadLimits::default().cells);
        assert_eq!(limits.columns, ReadLimits::default().columns);
    }

    #[test]
    fn a_title_above_the_header_is_found_and_an_ordinary_header_left_alone() {
        let titled = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tessera-data/tests/fixtures/titled/titled.xlsx"
        ))
        .expect("fixture");
        let preview =
            preview_upload(&titled, "titled.xlsx", &UploadOptions::default()).expect("preview");
        assert_eq!(detected_header_row(&preview), Some(3));
        let plain = b"a,b,c\n1,2,3\n4,5,6\n";
        let preview =
            preview_upload(plain, "plain.csv", &UploadOptions::default()).expect("preview");
        assert_eq!(detected_header_row(&preview), None);
    }

    #[test]
    fn a_chosen_encoding_is_used_instead_of_the_detected_one() {
        // "café" in Windows-1252: read as chosen it is café; as UTF-8 it cannot be.
        let bytes = b"word\ncaf\xe9\n";
        let (_, read) = read_upload(bytes, "w.csv", &UploadOptions::default()).expect("read");
        assert_eq!(
            read.dataset.source.encoding.as_deref(),
            Some("windows-1252")
        );
        assert_eq!(read.dataset.columns[0].text_at(0).as_deref(), Some("café"));
        let utf8 = UploadOptions {
            encoding: Some("UTF-8".to_owned()),
            ..UploadOptions::default()
        };
        let (_, garbled) = read_upload(bytes, "w.csv", &utf8).expect("read");
        assert_eq!(garbled.dataset.source.encoding.as_deref(), Some("UTF-8"));
        assert_ne!(
            garbled.dataset.columns[0].text_at(0).as_deref(),
            Some("café"),
            "read as UTF-8 the byte 0xE9 is not é"
        );
    }
}
