//! Delimited text (CSV, TSV): one pass with type inference and dictionary encoding.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

use ::csv::{ByteRecord, ReaderBuilder};

use crate::encoding::{self, TextEncoding};
use crate::error::ReadError;
use crate::infer::ColumnBuilder;
use crate::limits::{self, Limit, ReadLimits};
use crate::line_limit::{LineLimited, line_too_long};
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
    pub(crate) encoding: TextEncoding,
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

/// How to read one delimited file.
pub(crate) struct Settings<'a> {
    pub(crate) file: &'a str,
    pub(crate) delimiter: Option<u8>,
    pub(crate) wanted: Option<&'a [String]>,
    pub(crate) missing_for: &'a dyn Fn(&str) -> Vec<Box<[u8]>>,
    pub(crate) limits: &'a ReadLimits,
    pub(crate) encoding: Option<TextEncoding>,
    /// 1-based row of the header; rows above it are skipped.
    pub(crate) header_row: Option<usize>,
}

/// Reads delimited text; `missing_for(name)` gives the extra missing tokens of a column.
pub(crate) fn read(input: &Input<'_>, settings: &Settings<'_>) -> Result<Delimited, ReadError> {
    let file = settings.file;
    let limits = settings.limits;
    let io_error = |source: io::Error| ReadError::Io {
        file: file.to_owned(),
        source,
    };
    let total = input.len();
    limits::check(file, Limit::FileBytes, limits.csv_file_bytes, total, || {
        None
    })?;
    let mut head = Vec::new();
    input
        .open(0, 64 * 1024)
        .and_then(|mut r| r.read_to_end(&mut head))
        .map_err(io_error)?;
    let encoding = match settings.encoding {
        Some(e) => e,
        None => {
            let reader = input.open(0, total).map_err(io_error)?;
            encoding::detect_encoding_in(reader).map_err(io_error)?
        }
    };
    if encoding != TextEncoding::Utf8 {
        // Converted whole: the file size limit bounds the copy.
        let mut raw = Vec::new();
        input
            .open(0, total)
            .and_then(|mut r| r.read_to_end(&mut raw))
            .map_err(io_error)?;
        let utf8 = encoding::to_utf8(&raw, encoding);
        drop(raw);
        let settings = Settings {
            encoding: Some(TextEncoding::Utf8),
            ..*settings
        };
        let mut d = read(&Input::Bytes(&utf8), &settings)?;
        d.encoding = encoding;
        return Ok(d);
    }
    if memchr::memchr(0, &head).is_some() {
        return Err(ReadError::NotText {
            file: file.to_owned(),
        });
    }
    let bom = encoding::bom_len(&head, TextEncoding::Utf8) as u64;
    let delimiter = settings
        .delimiter
        .unwrap_or_else(|| sniff_delimiter(&head[bom as usize..]));
    let max_line = limits.line_bytes;
    let csv_error = |e: ::csv::Error| csv_error(file, max_line, e);
    let mut builder = ReaderBuilder::new();
    builder
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .buffer_capacity(256 * 1024);

    let mut problems = Vec::new();
    let (names, data_start, header_newlines) = {
        let limited = LineLimited::new(
            input.open(bom, total).map_err(io_error)?,
            max_line,
            delimiter,
            1,
        );
        let mut reader = builder.from_reader(limited);
        let mut record = ByteRecord::new();
        // The header is the first record on or after the chosen line (blank lines are skipped).
        let wanted_line = settings.header_row.unwrap_or(1) as u64;
        loop {
            if !reader.read_byte_record(&mut record).map_err(csv_error)? {
                return Err(ReadError::NoHeader {
                    file: file.to_owned(),
                });
            }
            let line = match record.position() {
                Some(p) if wanted_line > 1 => {
                    let mut start = Vec::new();
                    input
                        .open(bom + p.byte(), bom + p.byte() + 4096)
                        .and_then(|mut r| r.read_to_end(&mut start))
                        .map_err(io_error)?;
                    first_line_of(p.line(), &start)
                }
                Some(p) => p.line(),
                None => 1,
            };
            if line >= wanted_line {
                break;
            }
        }
        let header_line = record.position().map_or(1, |p| p.line());
        limits::check(
            file,
            Limit::Columns,
            limits.columns,
            record.len() as u64,
            || Some(format!("the header row (line {header_line})")),
        )?;
        check_fields(file, limits.field_bytes, &record, header_line)?;
        let names = column_names(&record, header_line, &mut problems);
        let after = reader.position();
        // Line ends before the data, counted in the bytes: the parser does not count the blank
        // lines it skips, and title lines above a chosen header are often followed by one.
        let mut start = bom + after.byte();
        let mut newlines = 0u64;
        let mut above = input.open(bom, start + 1).map_err(io_error)?;
        let mut buf = [0u8; 8192];
        let mut last = 0u8;
        let mut read = 0u64;
        loop {
            let n = above.read(&mut buf).map_err(io_error)?;
            if n == 0 {
                break;
            }
            let block = &buf[..n];
            let upto = ((start - bom).saturating_sub(read) as usize).min(n);
            newlines += memchr::memchr_iter(b'\n', &block[..upto]).count() as u64;
            if upto < n {
                last = block[upto];
            }
            read += n as u64;
        }
        // After a CRLF line the parser stops before the LF: start the data after it.
        if last == b'\n' {
            start += 1;
            newlines += 1;
        }
        (names, start, newlines)
    };
    // Only the wanted columns are parsed; ragged rows are still judged against the header.
    let fields: Vec<usize> = match settings.wanted {
        Some(w) if w.iter().all(|n| names.contains(n)) => (0..names.len())
            .filter(|&i| w.contains(&names[i]))
            .collect(),
        _ => (0..names.len()).collect(),
    };
    let n_fields = names.len();
    let names: Vec<String> = fields.iter().map(|&i| names[i].clone()).collect();
    let missing: Vec<Vec<Box<[u8]>>> = names.iter().map(|n| (settings.missing_for)(n)).collect();
    // Rows are bounded by the row limit and by the cell limit over the header's width.
    let max_rows = limits.rows.min(limits.cells / (n_fields as u64).max(1));

    let crlf = memchr::memchr(b'\n', &head).is_some_and(|i| i > 0 && head[i - 1] == b'\r');
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
        crlf,
        n_cols: n_fields,
        fields: &fields,
        file,
        delimiter,
        max_line,
        max_field: limits.field_bytes,
        max_rows,
        limits,
    };
    let first = chunk(data_start, split.map_or(total, |s| s.0), header_newlines);
    let (first_part, second) = match split {
        None => (first.parse(missing.clone())?, None),
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
            (a?, Some((second, b?)))
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
    if n_rows as u64 > max_rows {
        return Err(rows_exceeded(file, limits, n_fields, None));
    }
    if n_rows == 0 {
        return Err(ReadError::NoData {
            file: file.to_owned(),
            sheet: None,
        });
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
        encoding,
    })
}

/// The line a record really starts on.
///
/// The `csv` crate reports the position where it began looking for the record, which is before
/// any blank lines it skipped; `start` holds the bytes from that position.
pub(crate) fn first_line_of(reported: u64, start: &[u8]) -> u64 {
    let blank = start
        .iter()
        .take_while(|&&b| b == b'\r' || b == b'\n')
        .filter(|&&b| b == b'\n')
        .count();
    reported + blank as u64
}

/// Maps a CSV parser error to a [`ReadError`], telling a too-long row from other failures.
fn csv_error(file: &str, max_line: u64, e: ::csv::Error) -> ReadError {
    if let ::csv::ErrorKind::Io(io) = e.kind()
        && let Some(long) = line_too_long(io)
    {
        let place = if long.in_quotes {
            format!(
                "the row starting on line {} (a quoted value that never closes?)",
                long.line
            )
        } else {
            format!("line {}", long.line)
        };
        return limits::exceeded(file, Limit::LineBytes, max_line, None, Some(place));
    }
    ReadError::Csv {
        file: file.to_owned(),
        line: e.position().map_or(0, |p| p.line()),
        message: e.to_string(),
    }
}

/// The refusal for too many rows: the row limit, or the cell limit when that is the tighter.
fn rows_exceeded(file: &str, limits: &ReadLimits, n_cols: usize, line: Option<u64>) -> ReadError {
    let place = line.map(|l| format!("line {l}"));
    let by_cells = limits.cells / (n_cols as u64).max(1);
    if by_cells < limits.rows {
        limits::exceeded(file, Limit::Cells, limits.cells, None, place)
    } else {
        limits::exceeded(file, Limit::Rows, limits.rows, None, place)
    }
}

/// Refuses a record with a field longer than the limit; cheap when the whole record is shorter.
fn check_fields(file: &str, max: u64, record: &ByteRecord, line: u64) -> Result<(), ReadError> {
    if record.as_slice().len() as u64 <= max {
        return Ok(());
    }
    for (j, field) in record.iter().enumerate() {
        limits::check(file, Limit::FieldBytes, max, field.len() as u64, || {
            Some(format!("line {line}, field {}", j + 1))
        })?;
    }
    Ok(())
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
    /// Whether lines end in CRLF.
    crlf: bool,
    /// Fields in the header.
    n_cols: usize,
    /// The field each column builder reads.
    fields: &'a [usize],
    file: &'a str,
    delimiter: u8,
    max_line: u64,
    max_field: u64,
    /// Rows the whole file may have; a chunk stops past it.
    max_rows: u64,
    limits: &'a ReadLimits,
}

/// What one chunk produced; rows are numbered within the chunk, lines within the file.
struct Part {
    builders: Vec<ColumnBuilder>,
    problems: Vec<Problem>,
    lines: LineMap,
    rows: usize,
}

impl Chunk<'_> {
    fn reader(
        &self,
    ) -> Result<::csv::Reader<LineLimited<Box<dyn Read + Send + '_>>>, ::csv::Error> {
        let raw = self.input.open(self.start, self.end)?;
        Ok(self.builder.from_reader(LineLimited::new(
            raw,
            self.max_line,
            self.delimiter,
            self.newlines_before + 1,
        )))
    }

    fn parse(&self, missing: Vec<Vec<Box<[u8]>>>) -> Result<Part, ReadError> {
        let csv_error = |e| csv_error(self.file, self.max_line, e);
        let n_cols = self.n_cols;
        // A rough row count from the size, to avoid regrowing the column vectors.
        let estimate = ((self.end - self.start) / (4 * n_cols as u64).max(8)).min(1 << 24) as usize;
        let mut builders: Vec<ColumnBuilder> = missing
            .into_iter()
            .map(|m| ColumnBuilder::new(m, estimate))
            .collect();
        let mut reader = self.reader().map_err(csv_error)?;
        let mut record = ByteRecord::new();
        let mut problems = Vec::new();
        let mut lines = LineMap::default();
        let mut row = 0usize;
        // The parser reports a record after a CRLF line as starting on that line (it stops
        // before the LF), so those records are one line further on than reported.
        let mut pending_lf = 0;
        while reader.read_byte_record(&mut record).map_err(csv_error)? {
            let line =
                record.position().map_or(0, |p| p.line()) + self.newlines_before + pending_lf;
            pending_lf = u64::from(self.crlf);
            if row as u64 >= self.max_rows {
                return Err(rows_exceeded(
                    self.file,
                    self.limits,
                    self.n_cols,
                    Some(line),
                ));
            }
            check_fields(self.file, self.max_field, &record, line)?;
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
                        self.reread(j, row, b).map_err(csv_error)?;
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
///
/// Linear in the number of names: each repeated name remembers the next suffix to try, so
/// 100,000 copies of one name do not search `name_2`, `name_3`… from the start each time.
pub(crate) fn dedupe_names(names: &mut [String], line: Option<u64>, problems: &mut Vec<Problem>) {
    use std::collections::{HashMap, HashSet};
    let mut seen: HashSet<String> = HashSet::with_capacity(names.len());
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    for (i, name) in names.iter_mut().enumerate() {
        if seen.insert(name.clone()) {
            continue;
        }
        let original = std::mem::take(name);
        let k = next_suffix.entry(original.clone()).or_insert(2);
        let mut candidate = format!("{original}_{k}");
        while seen.contains(&candidate) {
            *k += 1;
            candidate = format!("{original}_{k}");
        }
        *k += 1;
        seen.insert(candidate.clone());
        *name = candidate;
        let mut p = Problem::new(
            ProblemKind::DuplicateColumn,
            format!("column name repeated; column {} renamed {name}", i + 1),
        )
        .in_column(original);
        p.line = line;
        problems.push(p);
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
    fn repeated_names_get_the_next_free_suffix() {
        let mut names: Vec<String> = ["a", "a", "a_2", "a", "b", "a"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut problems = Vec::new();
        dedupe_names(&mut names, Some(1), &mut problems);
        assert_eq!(names, ["a", "a_2", "a_2_2", "a_3", "b", "a_4"]);
        assert_eq!(problems.len(), 4);
    }

    #[test]
    fn a_hundred_thousand_repeated_names_are_renamed_in_linear_time() {
        let mut names = vec!["q".to_owned(); 100_000];
        let start = std::time::Instant::now();
        dedupe_names(&mut names, None, &mut Vec::new());
        // The quadratic version took 34 s for 20,000; linear takes well under a second even
        // unoptimised on a loaded machine.
        assert!(start.elapsed().as_secs_f64() < 5.0, "{:?}", start.elapsed());
        assert_eq!(names[99_999], "q_100000");
    }

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
