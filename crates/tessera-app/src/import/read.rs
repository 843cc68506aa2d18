//! Reading an uploaded or named file, with the options the person chose.

use tessera_data::{CodebookFile, Format, ReadOptions, ReadOutcome};

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
    let codebook = options
        .parsed_codebook()
        .map_err(|message| ImportError::Codebook { message })?;
    let tab = file_name.to_ascii_lowercase().ends_with(".tsv");
    let read_options = ReadOptions {
        name: Some(file_name.to_owned()),
        delimiter: tab.then_some(b'\t'),
        sheet: options.sheet.clone(),
        codebook,
        ..ReadOptions::default()
    };
    Ok((
        format,
        tessera_data::read_bytes(bytes, format, &read_options)?,
    ))
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
}
