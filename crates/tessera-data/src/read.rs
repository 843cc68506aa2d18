//! Entry points: pick the format, read, apply the codebook, collect problems.

use std::path::Path;

use crate::codebook::CodebookFile;
use crate::delimited;
use crate::error::ReadError;
use crate::limits::{self, Limit};
use crate::model::{Codebook, ColumnValues, Dataset, Format, MISSING_CODE, SourceInfo, Variable};
use crate::options::ReadOptions;
use crate::problem::{Problem, ProblemKind, ReadOutcome, rows_of};
use crate::{sav, stata, xlsx};

/// Reads a file, picking the format from its extension (`.csv .tsv .txt .xlsx .sav .dta`).
///
/// The file is only read, never written.
pub fn read_path(path: impl AsRef<Path>, options: &ReadOptions) -> Result<ReadOutcome, ReadError> {
    let path = path.as_ref();
    let file = path.display().to_string();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_owned();
    let format = Format::from_extension(&extension).ok_or_else(|| ReadError::UnknownFormat {
        file: file.clone(),
        extension: extension.clone(),
    })?;
    let io_error = |source| ReadError::Io {
        file: file.clone(),
        source,
    };
    let mut options = options.clone();
    if options.delimiter.is_none() && extension.eq_ignore_ascii_case("tsv") {
        options.delimiter = Some(b'\t');
    }
    let source = SourceInfo {
        path: Some(path.to_owned()),
        name: options.name.clone().unwrap_or_else(|| file.clone()),
        format,
        ..SourceInfo::default()
    };
    if format == Format::Csv {
        let len = std::fs::metadata(path).map_err(io_error)?.len();
        return read_with_source(&delimited::Input::File { path, len }, source, &options);
    }
    let len = std::fs::metadata(path).map_err(io_error)?.len();
    limits::check(
        &source.name,
        Limit::FileBytes,
        options.limits.file_bytes(format),
        len,
        || None,
    )?;
    let bytes = std::fs::read(path).map_err(io_error)?;
    read_with_source(&delimited::Input::Bytes(&bytes), source, &options)
}

/// Reads file contents already in memory (an upload) in the given format.
///
/// [`ReadOptions::name`] names the file in messages.
pub fn read_bytes(
    bytes: &[u8],
    format: Format,
    options: &ReadOptions,
) -> Result<ReadOutcome, ReadError> {
    let source = SourceInfo {
        name: options
            .name
            .clone()
            .unwrap_or_else(|| "uploaded file".to_owned()),
        format,
        ..SourceInfo::default()
    };
    read_with_source(&delimited::Input::Bytes(bytes), source, options)
}

fn read_with_source(
    input: &delimited::Input<'_>,
    mut source: SourceInfo,
    options: &ReadOptions,
) -> Result<ReadOutcome, ReadError> {
    let file = source.name.clone();
    let (dataset, problems) = match source.format {
        Format::Csv => {
            let missing_for = |name: &str| missing_tokens(options, name);
            let settings = delimited::Settings {
                file: &file,
                delimiter: options.delimiter,
                wanted: options.columns.as_deref(),
                missing_for: &missing_for,
                limits: &options.limits,
                encoding: options.encoding,
                header_row: options.header_row,
            };
            let d = delimited::read(input, &settings)?;
            source.delimiter = Some(d.delimiter);
            source.encoding = Some(d.encoding.name().to_owned());
            source.lines = Some(d.lines);
            let variables = d
                .columns
                .iter()
                .map(|c| Variable::new(c.name.clone(), c.kind()))
                .collect();
            let dataset = Dataset {
                n_rows: d.n_rows,
                columns: d.columns,
                codebook: Codebook { variables },
                source,
            };
            (dataset, d.problems)
        }
        Format::Xlsx | Format::Sav | Format::Dta => {
            let delimited::Input::Bytes(bytes) = input else {
                return Err(ReadError::NoHeader { file });
            };
            limits::check(
                &file,
                Limit::FileBytes,
                options.limits.file_bytes(source.format),
                bytes.len() as u64,
                || None,
            )?;
            read_binary(bytes, source, options)?
        }
    };
    if dataset.n_rows == 0 {
        return Err(ReadError::NoData {
            file,
            sheet: dataset.source.sheet,
        });
    }
    finish(dataset, problems, options)
}

fn read_binary(
    bytes: &[u8],
    source: SourceInfo,
    options: &ReadOptions,
) -> Result<(Dataset, Vec<Problem>), ReadError> {
    match source.format {
        Format::Csv => Err(ReadError::NoHeader { file: source.name }),
        Format::Xlsx => xlsx::read(bytes, source, options, &|name| {
            missing_tokens(options, name)
        }),
        Format::Sav => sav::read(bytes, source, &options.limits),
        Format::Dta => stata::read(bytes, source, &options.limits),
    }
}

fn finish(
    mut dataset: Dataset,
    mut problems: Vec<Problem>,
    options: &ReadOptions,
) -> Result<ReadOutcome, ReadError> {
    if !options.missing_tokens.is_empty()
        && matches!(dataset.source.format, Format::Sav | Format::Dta)
    {
        let tokens = options.missing_tokens.clone();
        for i in 0..dataset.columns.len() {
            let spec = crate::model::MissingSpec {
                codes: tokens.clone(),
                range: None,
            };
            blank_missing(&mut dataset, i, &spec);
        }
    }
    let projection = options
        .columns
        .as_ref()
        .filter(|wanted| wanted.iter().all(|n| dataset.column(n).is_some()));
    if let Some(wanted) = projection {
        let keep: Vec<bool> = dataset
            .columns
            .iter()
            .map(|c| wanted.contains(&c.name))
            .collect();
        let mut i = 0;
        dataset.columns.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        dataset
            .codebook
            .variables
            .retain(|v| wanted.contains(&v.name));
    }
    if let Some(codebook) = &options.codebook {
        match projection {
            // Entries for columns that were not read are not problems.
            Some(wanted) => {
                let mut codebook = codebook.clone();
                codebook.entries.retain(|e| wanted.contains(&e.name));
                apply_codebook(&mut dataset, &codebook, &mut problems);
            }
            None => apply_codebook(&mut dataset, codebook, &mut problems),
        }
    }
    let rows_with_problems = rows_of(&problems);
    Ok(ReadOutcome {
        dataset,
        problems,
        rows_with_problems,
    })
}

/// Trimmed tokens read as missing in a column: the options' tokens plus the codebook's codes.
fn missing_tokens(options: &ReadOptions, name: &str) -> Vec<Box<[u8]>> {
    let mut tokens: Vec<Box<[u8]>> = options
        .missing_tokens
        .iter()
        .map(|t| t.trim().as_bytes().into())
        .collect();
    if let Some(entry) = options.codebook.as_ref().and_then(|c| c.entry(name)) {
        tokens.extend(
            entry
                .missing
                .codes
                .iter()
                .map(|t| t.trim().as_bytes().into()),
        );
    }
    tokens
}

/// Merges a codebook file into the dataset's codebook and makes its missing values missing.
///
/// Entries naming no column become [`ProblemKind::UnknownVariable`] problems carrying the
/// codebook line.
pub fn apply_codebook(dataset: &mut Dataset, codebook: &CodebookFile, problems: &mut Vec<Problem>) {
    for entry in &codebook.entries {
        let Some(i) = dataset.columns.iter().position(|c| c.name == entry.name) else {
            let mut p = Problem::new(
                ProblemKind::UnknownVariable,
                format!(
                    "codebook {} line {} describes a variable that is not in the data",
                    codebook.file, entry.line
                ),
            )
            .in_column(entry.name.clone());
            p.line = Some(entry.line as u64);
            problems.push(p);
            continue;
        };
        let kind = dataset.columns[i].kind();
        let Some(v) = dataset.codebook.variables.get_mut(i) else {
            continue;
        };
        v.kind = kind;
        if entry.label.is_some() {
            v.label.clone_from(&entry.label);
        }
        if !entry.value_labels.is_empty() {
            v.value_labels.clone_from(&entry.value_labels);
        }
        if entry.measure.is_some() {
            v.measure = entry.measure;
        }
        for code in &entry.missing.codes {
            if !v.missing.codes.contains(code) {
                v.missing.codes.push(code.clone());
            }
        }
        if entry.missing.range.is_some() {
            v.missing.range = entry.missing.range;
        }
        let spec = entry.missing.clone();
        blank_missing(dataset, i, &spec);
    }
}

/// Makes values of column `i` that `spec` declares missing into missing values.
pub(crate) fn blank_missing(dataset: &mut Dataset, i: usize, spec: &crate::model::MissingSpec) {
    if spec.is_empty() {
        return;
    }
    let Some(column) = dataset.columns.get_mut(i) else {
        return;
    };
    match &mut column.values {
        ColumnValues::Numeric(values) => {
            for x in values.iter_mut().filter(|x| !x.is_nan()) {
                if spec.contains_number(*x) {
                    *x = f64::NAN;
                }
            }
        }
        ColumnValues::Text { codes, levels } => {
            let missing: Vec<bool> = levels.iter().map(|l| spec.contains_text(l)).collect();
            if missing.iter().any(|m| *m) {
                for c in codes.iter_mut() {
                    if missing.get(*c as usize).copied().unwrap_or(false) {
                        *c = MISSING_CODE;
                    }
                }
            }
        }
    }
}
