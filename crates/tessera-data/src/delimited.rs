//! Delimited text (CSV, TSV): one pass with type inference and dictionary encoding.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

use ::csv::{ByteRecord, ReaderBuilder};

use crate::error::ReadError;
use crate::infer::ColumnBuilder;
use crate::model::{Column, LineMap};
use crate::problem::{Problem, ProblemKind};

/// Delimiters tried when none is given, in order of preference on a tie.
const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];

/// What a delimited file produced.
pub(crate) struct Delimited {
    pub(crate) columns: Vec<Column>,
    pub(crate) n_rows: usize,
    pub(crate) problems: Vec<Problem>,
    pub(crate) lines: LineMap,
    pub(crate) delimiter: u8,
}

/// Where the bytes come from: memory (an upload) or a file streamed in ranges.
///
/// Files are streamed rather than loaded whole, so a 200 MB file costs no 200 MB buffer.
pub(crate) enum Input<'a> {
    Bytes(&'a [u8]),
    File { path: &'a Path, len: u64 },
}

impl Input<'_> {
    fn len(&self) -> u64 {
        match self {
            Input::Bytes(b) => b.len() as u64,
            Input::File { len, .. } => *len,
        }
    }

    /// A reader over bytes `start..end`.
    fn open(&self, start: u64, end: u64) -> io::Result<Box<dyn Read + Send + '_>> {
        match self {
            Input::Bytes(b) => {
                let (s, e) = (start as usize, (end as usize).min(b.len()));
                Ok(Box::new(b.get(s..e).unwrap_or_default()))
            }
            Input::File { path, .. } => {
                let mut f = File::open(path)?;
                f.seek(SeekFrom::Start(start))?;
                Ok(Box::new(f.take(end.saturating_sub(start))))
            }
        }
    }
}

/// Files above this size are parsed in two halves on two threads.
const PARALLEL_FROM_BYTES: u64 = 8 << 20;

/// Reads delimited text; `missing_for(name)` gives the extra missing tokens of a column.
pub(crate) fn read(
    input: &Input<'_>,
    file: &str,
    delimiter: Option<u8>,
    wanted: Option<&[String]>,
    missing_for: &dyn Fn(&str) -> Vec<Box<[u8]>>,
) -> Result<Delimited, ReadError> {
    let io_error = |source: io::Error| ReadError::Io {
        file: file.to_owned(),
        source,
    };
    let csv_error = |e: ::csv::Error| ReadError::Csv {
        file: file.to_owned(),
        line: e.position().map_or(0, |p| p.line()),
        message: e.to_string(),
    };
    let mut head = Vec::new();
    input
        .open(0, 64 * 1024)
        .and_then(|mut r| r.read_to_end(&mut head))
        .map_err(io_error)?;
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return Err(ReadError::Unsupported {
            file: file.to_owned(),
            feature: "UTF-16 text".to_owned(),
            remedy:
                "Save the file as CSV UTF-8 (in Excel: Save As, \"CSV UTF-8 (Comma delimited)\")."
                    .to_owned(),
        });
    }
    let bom: u64 = if head.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let delimiter = delimiter.unwrap_or_else(|| sniff_delimiter(&head[bom as usize..]));
    let mut builder = ReaderBuilder::new();
    builder
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .buffer_capacity(256 * 1024);
    let total = input.len();

    let mut problems = Vec::new();
    let (names, data_start, header_newlines) = {
        let mut reader = builder.from_reader(input.open(bom, total).map_err(io_error)?);
        let mut record = ByteRecord::new();
        if !reader.read_byte_record(&mut record).map_err(csv_error)? {
            return Err(ReadError::NoHeader {
                file: file.to_owned(),
            });
        }
        let header_line = record.position().map_or(1, |p| p.line());
        let names = column_names(&record, header_line, &mut problems);
        let after = reader.position();
        (names, bom + after.byte(), after.line() - 1)
    };
    // Only the wanted columns are parsed; ragged rows are still judged against the header.
    let fields: Vec<usize> = match wanted {
        Some(w) if w.iter().all(|n| names.contains(n)) => (0..names.len())
            .filter(|&i| w.contains(&names[i]))
            .collect(),
        _ => (0..names.len()).collect(),
    };
    let n_fields = names.len();
    let names: Vec<String> = fields.iter().map(|&i| names[i].clone()).collect();
    let missing: Vec<Vec<Box<[u8]>>> = names.iter().map(|n| missing_for(n)).collect();

    let split = if total - data_start >= PARALLEL_FROM_BYTES {
        find_split(input, data_start + (total - data_start) / 2, total).map_err(io_error)?
    } else {
        None
    };
    let chunk = |start: u64, end: u64, newlines_before: u64| Chunk {
        input,
        builder: &builder,
        start,
        end,
        newlines_before,
        n_cols: n_fields,
        fields: &fields,
    };
    let first = chunk(data_start, split.map_or(total, |s| s.0), header_newlines);
    let (first_part, second) = match split {
        None => (first.parse(missing.clone()).map_err(csv_error)?, None),
        Some((at, newlines)) => {
            let second = chunk(at, total, newlines);
            let (a, b) = std::thread::scope(|scope| {
                let handle = scope.spawn(|| second.parse(missing.clone()));
                let a = first.parse(missing.clone());
                let b = handle.join();
                (a, b)
            });
            let b = b.map_err(|_| ReadError::Csv {
                file: file.to_owned(),
                line: newlines + 1,
                message: "the reading thread stopped unexpectedly".to_owned(),
            })?;
            (a.map_err(csv_error)?, Some((second, b.map_err(csv_error)?)))
        }
    };

    let Part {
        mut builders,
        problems: first_problems,
        mut lines,
        rows: first_rows,
    } = first_part;
    problems.extend(first_problems);
    let mut n_rows = first_rows;
    if let Some((second_chunk, part)) = second {
        for (j, (a, b)) in builders.iter_mut().zip(part.builders).enumerate() {
            a.append(
                b,
                |into, rows| first.reread(j, rows, into),
                |into, rows| second_chunk.reread(j, rows, into),
            )
            .map_err(csv_error)?;
        }
        for mut p in part.problems {
            p.row = p.row.map(|r| r + first_rows);
            problems.push(p);
        }
        for i in 0..part.rows {
            lines.push(part.lines.line_of(i).unwrap_or(0));
        }
        n_rows += part.rows;
    }

    let mut columns = Vec::with_capacity(names.len());
    for (name, b) in names.into_iter().zip(builders) {
        let (values, invalid) = b.finish();
        for (index, value) in invalid {
            problems.push(
                Problem::new(
                    ProblemKind::InvalidUtf8,
                    "text is not valid UTF-8; unreadable characters were replaced. Save the file as UTF-8",
                )
                .at_row(index + 1, lines.line_of(index))
                .in_column(name.clone())
                .with_value(value),
            );
        }
        columns.push(Column { name, values });
    }
    Ok(Delimited {
        columns,
        n_rows,
        problems,
        lines,
        delimiter,
    })
}

/// Finds where to split the data: the first line end at or after `mid` that is outside
/// quotes, with the number of line ends before the split.
///
/// A line end is outside quotes exactly when an even number of `"` precede it, since an
/// escaped quote is written twice (RFC 4180).
fn find_split(input: &Input<'_>, mid: u64, total: u64) -> io::Result<Option<(u64, u64)>> {
    let mut reader = input.open(0, total)?;
    let mut buf = vec![0u8; 1 << 20];
    let mut offset = 0u64;
    let mut quotes = 0u64;
    let mut newlines = 0u64;
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            return Ok(None);
        }
        let block = &buf[..n];
        let end = offset + n as u64;
        if end <= mid {
            quotes += block.iter().filter(|&&b| b == b'"').count() as u64;
            newlines += block.iter().filter(|&&b| b == b'\n').count() as u64;
        } else {
            for (k, &b) in block.iter().enumerate() {
                match b {
                    b'"' => quotes += 1,
                    b'\n' => {
                        newlines += 1;
                        let at = offset + k as u64 + 1;
                        if at > mid && quotes.is_multiple_of(2) {
                            return Ok((at < total).then_some((at, newlines)));
                        }
                    }
                    _ => {}
                }
            }
        }
        offset = end;
    }
}

/// A byte range of data rows, parsed on its own.
struct Chunk<'a> {
    input: &'a Input<'a>,
    builder: &'a ReaderBuilder,
    start: u64,
    end: u64,
    /// Line ends before `start`, to turn the chunk's line numbers into the file's.
    newlines_before: u64,
    /// Fields in the header.
    n_cols: usize,
    /// The field each column builder reads.
    fields: &'a [usize],
}

/// What one chunk produced; rows are numbered within the chunk, lines within the file.
struct Part {
    builders: Vec<ColumnBuilder>,
    problems: Vec<Problem>,
    lines: LineMap,
    rows: usize,
}

impl Chunk<'_> {
    fn reader(&self) -> Result<::csv::Reader<Box<dyn Read + Send + '_>>, ::csv::Error> {
        Ok(self
            .builder
            .from_reader(self.input.open(self.start, self.end)?))
    }

    fn parse(&self, missing: Vec<Vec<Box<[u8]>>>) -> Result<Part, ::csv::Error> {
        let n_cols = self.n_cols;
        // A rough row count from the size, to avoid regrowing the column vectors.
        let estimate = ((self.end - self.start) / (4 * n_cols as u64).max(8)).min(1 << 24) as usize;
        let mut builders: Vec<ColumnBuilder> = missing
            .into_iter()
            .map(|m| ColumnBuilder::new(m, estimate))
            .collect();
        let mut reader = self.reader()?;
        let mut record = ByteRecord::new();
        let mut problems = Vec::new();
        let mut lines = LineMap::default();
        let mut row = 0usize;
        while reader.read_byte_record(&mut record)? {
            let line = record.position().map_or(0, |p| p.line()) + self.newlines_before;
            lines.push(line);
            if record.len() != n_cols {
                problems.push(
                    Problem::new(
                        ProblemKind::RaggedRow,
                        format!(
                            "expected {n_cols} fields like the header, found {}",
                            record.len()
                        ),
                    )
                    .at_row(row + 1, Some(line)),
                );
            }
            for (j, b) in builders.iter_mut().enumerate() {
                let field = record.get(self.fields[j]).unwrap_or(b"");
                if !b.push(field) {
                    let reprint = b.can_reprint();
                    b.switch_to_text(reprint);
                    if !reprint {
                        self.reread(j, row, b)?;
                    }
                    b.push(field);
                }
            }
            row += 1;
        }
        Ok(Part {
            builders,
            problems,
            lines,
            rows: row,
        })
    }

    /// Pushes column `j` of the chunk's first `rows` rows again, for a column that turned
    /// text after numbers that cannot be reprinted exactly ("01", "1.50").
    #[cold]
    fn reread(
        &self,
        j: usize,
        rows: usize,
        column: &mut ColumnBuilder,
    ) -> Result<(), ::csv::Error> {
        let mut reader = self.reader()?;
        let mut record = ByteRecord::new();
        for _ in 0..rows {
            reader.read_byte_record(&mut record)?;
            column.push(record.get(self.fields[j]).unwrap_or(b""));
        }
        Ok(())
    }
}

/// Column names from the header: trimmed, blanks named `column_N`, repeats suffixed `_2`, `_3`….
fn column_names(header: &ByteRecord, line: u64, problems: &mut Vec<Problem>) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(header.len());
    for (i, raw) in header.iter().enumerate() {
        let name = match std::str::from_utf8(raw) {
            Ok(s) => s.trim().to_owned(),
            Err(_) => {
                let s = String::from_utf8_lossy(raw).trim().to_owned();
                problems.push(
                    Problem::new(
                        ProblemKind::InvalidUtf8,
                        "column name is not valid UTF-8; save the file as UTF-8",
                    )
                    .with_value(s.clone()),
                );
                s
            }
        };
        names.push(if name.is_empty() {
            format!("column_{}", i + 1)
        } else {
            name
        });
    }
    dedupe_names(&mut names, Some(line), problems);
    names
}

/// Renames repeated names `name_2`, `name_3`…, recording a problem for each.
pub(crate) fn dedupe_names(names: &mut [String], line: Option<u64>, problems: &mut Vec<Problem>) {
    let mut seen = std::collections::HashSet::new();
    for (i, name) in names.iter_mut().enumerate() {
        if !seen.insert(name.clone()) {
            let original = name.clone();
            let mut k = 2;
            while seen.contains(&format!("{original}_{k}")) {
                k += 1;
            }
            *name = format!("{original}_{k}");
            seen.insert(name.clone());
            let mut p = Problem::new(
                ProblemKind::DuplicateColumn,
                format!("column name repeated; column {} renamed {name}", i + 1),
            )
            .in_column(original);
            p.line = line;
            problems.push(p);
        }
    }
}

/// Picks the candidate delimiter that splits the first lines most consistently.
///
/// Counts each candidate outside double quotes on up to 50 lines of the first 64 KiB;
/// the best one gives the header's (non-zero) count on the most lines, then the most fields.
pub(crate) fn sniff_delimiter(data: &[u8]) -> u8 {
    let sample = &data[..data.len().min(64 * 1024)];
    let truncated = sample.len() < data.len();
    let mut lines: Vec<[usize; 4]> = Vec::new();
    let mut counts = [0usize; 4];
    let mut in_quotes = false;
    let mut at_line_start = true;
    for &b in sample {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if !in_quotes && (b == b'\n' || b == b'\r') {
            if !at_line_start {
                lines.push(counts);
                counts = [0; 4];
                at_line_start = true;
                if lines.len() >= 50 {
                    break;
                }
            }
            continue;
        } else if !in_quotes && let Some(k) = CANDIDATES.iter().position(|&c| c == b) {
            counts[k] += 1;
        }
        at_line_start = false;
    }
    if !at_line_start && !truncated && lines.len() < 50 {
        lines.push(counts);
    }
    let Some(header) = lines.first() else {
        return b',';
    };
    let mut best = (0usize, 0usize, b',');
    for (k, &c) in CANDIDATES.iter().enumerate() {
        if header[k] == 0 {
            continue;
        }
        let consistent = lines.iter().filter(|l| l[k] == header[k]).count();
        if (consistent, header[k]) > (best.0, best.1) {
            best = (consistent, header[k], c);
        }
    }
    best.2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing_prefers_the_delimiter_that_splits_every_line_alike() {
        assert_eq!(sniff_delimiter(b"a;b;c\n1,5;2;3\n4;5;6\n"), b';');
        assert_eq!(sniff_delimiter(b"a,b\n1,2\n"), b',');
        assert_eq!(sniff_delimiter(b"a\tb\tc\n1\t2\t3"), b'\t');
        assert_eq!(sniff_delimiter(b"a|b\n\"x|y\"|2\n"), b'|');
        assert_eq!(sniff_delimiter(b"\"a,b\";c\n1;2\n"), b';');
        assert_eq!(sniff_delimiter(b"only\n1\n"), b',');
    }
}
