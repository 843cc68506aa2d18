//! SPSS system files (`.sav`), read by our own reader.
//!
//! Layout from the PSPP developers' guide, "System File Format"
//! (<https://www.gnu.org/software/pspp/pspp-dev/html_node/System-File-Format.html>).

use std::collections::HashMap;

use crate::error::ReadError;
use crate::model::{
    Codebook, Column, ColumnValues, Dataset, MISSING_CODE, Measure, MissingSpec, SourceInfo,
    Variable, VariableKind,
};
use crate::number::{FxBuild, format_number};
use crate::problem::{Problem, ProblemKind};

/// Byte cursor with the file's byte order.
struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
    big_endian: bool,
    file: &'a str,
}

impl<'a> Cursor<'a> {
    fn invalid(&self, reason: impl Into<String>) -> ReadError {
        ReadError::Invalid {
            file: self.file.to_owned(),
            format: "SPSS .sav",
            reason: format!("{} (at byte {})", reason.into(), self.pos),
        }
    }

    fn bytes(&mut self, n: usize) -> Result<&'a [u8], ReadError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        match end {
            Some(end) => {
                let out = &self.data[self.pos..end];
                self.pos = end;
                Ok(out)
            }
            None => Err(self.invalid("the file ends in the middle of the dictionary")),
        }
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ReadError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.bytes(N)?);
        Ok(out)
    }

    fn i32(&mut self) -> Result<i32, ReadError> {
        let b = self.array::<4>()?;
        Ok(if self.big_endian {
            i32::from_be_bytes(b)
        } else {
            i32::from_le_bytes(b)
        })
    }

    fn count(&mut self, what: &str) -> Result<usize, ReadError> {
        let n = self.i32()?;
        usize::try_from(n).map_err(|_| self.invalid(format!("negative {what} ({n})")))
    }

    fn f64(&mut self) -> Result<f64, ReadError> {
        let b = self.array::<8>()?;
        Ok(f64_from(b, self.big_endian))
    }
}

fn f64_from(b: [u8; 8], big_endian: bool) -> f64 {
    if big_endian {
        f64::from_be_bytes(b)
    } else {
        f64::from_le_bytes(b)
    }
}

/// A variable record that starts a variable (not a continuation).
struct RawVar {
    short_name: String,
    /// 0 numeric, else string width in bytes.
    width: usize,
    /// First 8-byte slot of the case.
    slot: usize,
    /// Number of 8-byte slots (1 + continuations).
    slots: usize,
    label: Option<Vec<u8>>,
    missing_n: i32,
    missing_raw: Vec<[u8; 8]>,
}

/// A variable as the user sees it: possibly several segments of a very long string.
struct Var {
    name: String,
    width: usize,
    /// Indexes into the raw variables (one, or one per very-long-string segment).
    segments: Vec<usize>,
    label: Option<String>,
    missing: MissingSpec,
    value_labels: Vec<(String, String)>,
    measure: Option<Measure>,
    /// Numeric missing values as numbers, for fast checks.
    missing_numbers: Vec<f64>,
}

/// Decodes text in the file's encoding: UTF-8, or windows-1252 / latin-1 for older files.
#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Utf8,
    Windows1252,
}

/// Windows-1252 0x80..=0x9F; the rest of the range is Latin-1.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

impl Encoding {
    fn from_name(name: &str) -> Option<Encoding> {
        match name.trim().to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => Some(Encoding::Utf8),
            "windows-1252" | "cp1252" | "iso-8859-1" | "iso_8859-1" | "latin1" | "us-ascii"
            | "ascii" => Some(Encoding::Windows1252),
            _ => None,
        }
    }

    fn from_code_page(code: i32) -> Option<Encoding> {
        match code {
            65001 => Some(Encoding::Utf8),
            1252 | 28591 | 20127 | 2 | 3 => Some(Encoding::Windows1252),
            _ => None,
        }
    }

    /// Decodes bytes; `Err` carries a lossy decoding when UTF-8 was invalid.
    fn decode(self, bytes: &[u8]) -> Result<String, String> {
        match self {
            Encoding::Utf8 => match std::str::from_utf8(bytes) {
                Ok(s) => Ok(s.to_owned()),
                Err(_) => Err(String::from_utf8_lossy(bytes).into_owned()),
            },
            Encoding::Windows1252 => Ok(bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect()),
        }
    }
}

fn trim_end_spaces(b: &[u8]) -> &[u8] {
    let end = b
        .iter()
        .rposition(|&c| c != b' ' && c != 0)
        .map_or(0, |p| p + 1);
    &b[..end]
}

/// Reads an SPSS system file.
pub(crate) fn read(
    bytes: &[u8],
    mut source: SourceInfo,
    limits: &crate::limits::ReadLimits,
) -> Result<(Dataset, Vec<Problem>), ReadError> {
    let file = source.name.clone();
    let mut c = Cursor {
        data: bytes,
        pos: 0,
        big_endian: false,
        file: &file,
    };
    let mut problems = Vec::new();

    // File header record (176 bytes).
    let magic = c
        .array::<4>()
        .map_err(|_| c.invalid("too short to be an SPSS system file"))?;
    match &magic {
        b"$FL2" => {}
        b"$FL3" => {
            return Err(ReadError::Unsupported {
                file,
                feature: "ZSAV (zlib-compressed .sav)".to_owned(),
                remedy: "Re-save it in SPSS without \"compress\" or with the standard compression, or export it as CSV.".to_owned(),
            });
        }
        _ => return Err(c.invalid("it does not start with \"$FL2\"")),
    }
    c.bytes(60)?; // product name
    let layout = c.array::<4>()?;
    c.big_endian = match (i32::from_le_bytes(layout), i32::from_be_bytes(layout)) {
        (2 | 3, _) => false,
        (_, 2 | 3) => true,
        _ => return Err(c.invalid("unknown layout code, so the byte order is unknown")),
    };
    let _nominal_case_size = c.i32()?;
    let compression = c.i32()?;
    let _weight_index = c.i32()?;
    let header_cases = c.i32()?;
    let bias = c.f64()?;
    c.bytes(9 + 8)?; // creation date and time
    let file_label = trim_end_spaces(c.bytes(64)?).to_vec();
    c.bytes(3)?;
    if compression == 2 {
        return Err(ReadError::Unsupported {
            file,
            feature: "ZSAV (zlib-compressed .sav)".to_owned(),
            remedy: "Re-save it in SPSS with the standard compression, or export it as CSV."
                .to_owned(),
        });
    }
    if compression != 0 && compression != 1 {
        return Err(c.invalid(format!("unknown compression code {compression}")));
    }

    // Dictionary.
    let mut raw: Vec<RawVar> = Vec::new();
    let mut slot_owner: Vec<usize> = Vec::new(); // slot → raw var index
    let mut numeric_labels: Vec<LabelRecord> = Vec::new();
    let mut sysmis = -f64::MAX;
    let mut encoding: Option<Encoding> = None;
    let mut encoding_name: Option<String> = None;
    let mut long_names: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    let mut very_long: Vec<(Vec<u8>, usize)> = Vec::new();
    let mut measures: Vec<i32> = Vec::new();
    let mut display_per_var = 0usize;
    let mut long_value_labels: LongLabels = Vec::new();
    let mut long_missing: LongMissing = Vec::new();
    let mut ncases64: Option<i64> = None;
    loop {
        let rec_type = c.i32()?;
        match rec_type {
            2 => {
                let typ = c.i32()?;
                let has_label = c.i32()?;
                let missing_n = c.i32()?;
                c.bytes(8)?; // print and write formats
                let name = trim_end_spaces(c.bytes(8)?).to_vec();
                let label = if has_label == 1 {
                    let len = c.count("label length")?;
                    let padded = len.div_ceil(4) * 4;
                    Some(c.bytes(padded)?[..len].to_vec())
                } else {
                    None
                };
                let n_missing = match missing_n {
                    0..=3 => missing_n as usize,
                    -2 => 2,
                    -3 => 3,
                    _ => return Err(c.invalid(format!("bad missing-value count {missing_n}"))),
                };
                let mut missing_raw = Vec::with_capacity(n_missing);
                for _ in 0..n_missing {
                    missing_raw.push(c.array::<8>()?);
                }
                if typ == -1 {
                    let Some(last) = raw.last_mut() else {
                        return Err(c.invalid("a continuation record comes before any variable"));
                    };
                    last.slots += 1;
                    slot_owner.push(raw.len() - 1);
                } else if (0..=255).contains(&typ) {
                    slot_owner.push(raw.len());
                    raw.push(RawVar {
                        // Names are ASCII in practice; the encoding is applied later anyway.
                        short_name: String::from_utf8_lossy(&name).into_owned(),
                        width: typ as usize,
                        slot: slot_owner.len() - 1,
                        slots: 1,
                        label,
                        missing_n,
                        missing_raw,
                    });
                } else {
                    return Err(c.invalid(format!("bad variable type {typ}")));
                }
            }
            3 => {
                let n = c.count("value label count")?;
                let mut values = Vec::with_capacity(n.min(1 << 16));
                let mut labels = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    values.push(c.array::<8>()?);
                    let len = usize::from(c.bytes(1)?[0]);
                    let padded = (len + 1).div_ceil(8) * 8 - 1;
                    labels.push(c.bytes(padded)?[..len].to_vec());
                }
                if c.i32()? != 4 {
                    return Err(c.invalid(
                        "a value label record is not followed by its variable list (record type 4)",
                    ));
                }
                let nv = c.count("variable count")?;
                let mut vars = Vec::with_capacity(nv.min(1 << 16));
                for _ in 0..nv {
                    vars.push(c.count("variable index")?);
                }
                numeric_labels.push((values, labels, vars));
            }
            6 => {
                let lines = c.count("document line count")?;
                c.bytes(
                    lines
                        .checked_mul(80)
                        .ok_or_else(|| c.invalid("document too long"))?,
                )?;
            }
            7 => {
                let subtype = c.i32()?;
                let size = c.count("extension size")?;
                let count = c.count("extension count")?;
                let len = size
                    .checked_mul(count)
                    .ok_or_else(|| c.invalid("extension record too long"))?;
                let body = c.bytes(len)?;
                let mut b = Cursor {
                    data: body,
                    pos: 0,
                    big_endian: c.big_endian,
                    file: &file,
                };
                match subtype {
                    3 if len >= 32 => {
                        b.pos = 28;
                        let code = b.i32()?;
                        if encoding.is_none() {
                            encoding = Encoding::from_code_page(code);
                        }
                    }
                    4 if len >= 8 => sysmis = b.f64()?,
                    11 => {
                        measures = (0..count).map(|_| b.i32()).collect::<Result<_, _>>()?;
                    }
                    13 => long_names = pairs(body),
                    14 => {
                        very_long = pairs(body)
                            .into_iter()
                            .filter_map(|(k, v)| {
                                let w = std::str::from_utf8(trim_end_spaces(&v))
                                    .ok()?
                                    .trim()
                                    .parse()
                                    .ok()?;
                                Some((k, w))
                            })
                            .collect();
                    }
                    16 if len >= 16 => {
                        b.pos = 8;
                        let lo = b.array::<8>()?;
                        ncases64 = Some(if c.big_endian {
                            i64::from_be_bytes(lo)
                        } else {
                            i64::from_le_bytes(lo)
                        });
                    }
                    20 => {
                        let name = String::from_utf8_lossy(body).trim().to_owned();
                        encoding = Encoding::from_name(&name).or(encoding);
                        if Encoding::from_name(&name).is_none() {
                            problems.push(Problem::new(
                                ProblemKind::InvalidUtf8,
                                format!("the file declares encoding {name:?}, which is read as UTF-8 here; re-save it from SPSS in Unicode mode if text looks wrong"),
                            ));
                        }
                        encoding_name = Some(name);
                    }
                    21 => {
                        long_value_labels = parse_long_labels(&mut b).unwrap_or_else(|_| {
                            problems.push(Problem::new(
                                ProblemKind::MalformedMetadata,
                                "long string value labels could not be read and were skipped",
                            ));
                            Vec::new()
                        })
                    }
                    22 => {
                        long_missing = parse_long_missing(&mut b).unwrap_or_else(|_| {
                            problems.push(Problem::new(
                                ProblemKind::MalformedMetadata,
                                "long string missing values could not be read and were skipped",
                            ));
                            Vec::new()
                        })
                    }
                    _ => {}
                }
                if subtype == 11 {
                    display_per_var = if raw.is_empty() {
                        0
                    } else {
                        count / raw.len().max(1)
                    };
                }
            }
            999 => {
                c.i32()?;
                break;
            }
            other => return Err(c.invalid(format!("unknown record type {other}"))),
        }
    }
    let enc = encoding.unwrap_or(Encoding::Utf8);
    source.encoding = encoding_name.or(Some(match enc {
        Encoding::Utf8 => "UTF-8".to_owned(),
        Encoding::Windows1252 => "windows-1252".to_owned(),
    }));
    let decode =
        |bytes: &[u8], problems: &mut Vec<Problem>, column: Option<&str>| match enc.decode(bytes) {
            Ok(s) => s,
            Err(s) => {
                let mut p = Problem::new(
                    ProblemKind::InvalidUtf8,
                    "text in the dictionary is not valid in the declared encoding",
                )
                .with_value(s.clone());
                p.column = column.map(str::to_owned);
                problems.push(p);
                s
            }
        };
    if !file_label.is_empty() {
        source.file_label = Some(decode(&file_label, &mut problems, None));
    }

    // Variables: long names, very long strings, labels, missing values.
    let long_name_of: HashMap<String, String> = long_names
        .iter()
        .map(|(k, v)| {
            (
                String::from_utf8_lossy(k).trim().to_owned(),
                decode(v, &mut Vec::new(), None),
            )
        })
        .collect();
    let very_long_of: HashMap<String, usize> = very_long
        .iter()
        .map(|(k, w)| (String::from_utf8_lossy(k).trim().to_owned(), *w))
        .collect();
    let mut vars: Vec<Var> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let r = &raw[i];
        let name = long_name_of
            .get(&r.short_name)
            .cloned()
            .unwrap_or_else(|| r.short_name.clone());
        let (width, n_segments) = match very_long_of.get(&r.short_name) {
            Some(&w) if r.width > 0 => (w, w.div_ceil(252).max(1)),
            _ => (r.width, 1),
        };
        let segments: Vec<usize> = (i..(i + n_segments).min(raw.len())).collect();
        let label = r
            .label
            .as_ref()
            .map(|b| decode(b, &mut problems, Some(&name)));
        let mut missing = MissingSpec::default();
        let mut missing_numbers = Vec::new();
        if r.width == 0 {
            let values: Vec<f64> = r
                .missing_raw
                .iter()
                .map(|b| f64_from(*b, c.big_endian))
                .collect();
            let (range, discrete) = match r.missing_n {
                -2 => (Some((values[0], values[1])), &values[2..]),
                -3 => (Some((values[0], values[1])), &values[2..]),
                _ => (None, &values[..]),
            };
            missing.range = range;
            missing.codes = discrete.iter().map(|&x| format_number(x)).collect();
            missing_numbers = discrete.to_vec();
        } else {
            missing.codes = r
                .missing_raw
                .iter()
                .map(|b| decode(trim_end_spaces(b), &mut problems, Some(&name)))
                .collect();
        }
        vars.push(Var {
            name,
            width,
            segments,
            label,
            missing,
            value_labels: Vec::new(),
            measure: None,
            missing_numbers,
        });
        i += n_segments;
    }
    // Measures (subtype 11) come one group per raw variable record that starts a variable.
    if display_per_var > 0 {
        let mut raw_to_var = vec![usize::MAX; raw.len()];
        for (vi, v) in vars.iter().enumerate() {
            for &s in &v.segments {
                raw_to_var[s] = vi;
            }
        }
        for (ri, chunk) in measures.chunks(display_per_var).enumerate() {
            if let (Some(&vi), Some(&m)) = (raw_to_var.get(ri), chunk.first())
                && let Some(v) = vars.get_mut(vi)
                && v.measure.is_none()
            {
                v.measure = match m {
                    1 => Some(Measure::Nominal),
                    2 => Some(Measure::Ordinal),
                    3 => Some(Measure::Scale),
                    _ => None,
                };
            }
        }
    }
    // Value labels: variable indexes are 1-based slot numbers.
    let mut raw_to_var = vec![usize::MAX; raw.len()];
    for (vi, v) in vars.iter().enumerate() {
        if let Some(&first) = v.segments.first() {
            raw_to_var[first] = vi;
        }
    }
    for (values, labels, var_slots) in &numeric_labels {
        for &slot in var_slots {
            let Some(&ri) = slot.checked_sub(1).and_then(|s| slot_owner.get(s)) else {
                problems.push(Problem::new(ProblemKind::MalformedMetadata, format!("value labels refer to variable number {slot}, which does not exist; they were skipped")));
                continue;
            };
            let Some(v) = raw_to_var.get(ri).and_then(|&vi| vars.get_mut(vi)) else {
                continue;
            };
            let numeric = v.width == 0;
            let name = v.name.clone();
            for (value, label) in values.iter().zip(labels) {
                let code = if numeric {
                    format_number(f64_from(*value, c.big_endian))
                } else {
                    decode(trim_end_spaces(value), &mut problems, Some(&name))
                };
                let label = decode(label, &mut problems, Some(&name));
                v.value_labels.push((code, label));
            }
        }
    }
    for (var_name, entries) in &long_value_labels {
        let var_name = String::from_utf8_lossy(var_name).trim().to_owned();
        if let Some(v) = vars
            .iter_mut()
            .find(|v| v.name == var_name || raw[v.segments[0]].short_name == var_name)
        {
            let name = v.name.clone();
            for (value, label) in entries {
                let code = decode(trim_end_spaces(value), &mut problems, Some(&name));
                let label = decode(label, &mut problems, Some(&name));
                v.value_labels.push((code, label));
            }
        }
    }
    for (var_name, values) in &long_missing {
        let var_name = String::from_utf8_lossy(var_name).trim().to_owned();
        if let Some(v) = vars
            .iter_mut()
            .find(|v| v.name == var_name || raw[v.segments[0]].short_name == var_name)
        {
            let name = v.name.clone();
            for value in values {
                v.missing
                    .codes
                    .push(decode(trim_end_spaces(value), &mut problems, Some(&name)));
            }
        }
    }

    // Data.
    let case_slots = slot_owner.len();
    let expected_cases = ncases64
        .filter(|&n| n >= 0)
        .or((header_cases >= 0).then_some(i64::from(header_cases)));
    let data = &bytes[c.pos..];
    let mut slots = SlotReader {
        data,
        pos: 0,
        compressed: compression == 1,
        commands: [0; 8],
        next_command: 8,
        bias,
        big_endian: c.big_endian,
        sysmis,
        finished: false,
    };
    let mut builders: Vec<Builder> = vars
        .iter()
        .map(|v| {
            if v.width == 0 {
                Builder::Numeric(Vec::with_capacity(
                    expected_cases.unwrap_or(0).clamp(0, 1 << 24) as usize,
                ))
            } else {
                Builder::Text {
                    codes: Vec::new(),
                    levels: Vec::new(),
                    index: HashMap::default(),
                }
            }
        })
        .collect();
    let mut case: Vec<Slot> = vec![Slot::Sysmis; case_slots];
    let mut n_rows = 0usize;
    let mut text = Vec::new();
    'cases: loop {
        if expected_cases.is_some_and(|n| n as usize <= n_rows) {
            break;
        }
        for (k, slot) in case.iter_mut().enumerate() {
            match slots.next() {
                Some(s) => *slot = s,
                None => {
                    if k > 0 {
                        problems.push(Problem::new(
                            ProblemKind::TruncatedData,
                            format!("the file ends part way through case {}; that partial case was dropped", n_rows + 1),
                        ));
                    }
                    break 'cases;
                }
            }
        }
        for (v, b) in vars.iter().zip(builders.iter_mut()) {
            match b {
                Builder::Numeric(values) => {
                    let slot = raw[v.segments[0]].slot;
                    let x = case[slot].number(c.big_endian);
                    let missing = x.is_nan()
                        || v.missing_numbers.contains(&x)
                        || v.missing.range.is_some_and(|(lo, hi)| x >= lo && x <= hi);
                    values.push(if missing { f64::NAN } else { x });
                }
                Builder::Text {
                    codes,
                    levels,
                    index,
                } => {
                    text.clear();
                    let mut remaining = v.width;
                    for &ri in &v.segments {
                        let rv = &raw[ri];
                        // Every segment but the last carries 255 bytes (PSPP `sfm_segment_used_bytes`).
                        let take = remaining.min(if v.segments.len() > 1 { 255 } else { rv.width });
                        let mut seg = Vec::with_capacity(rv.slots * 8);
                        for s in &case[rv.slot..rv.slot + rv.slots] {
                            match *s {
                                Slot::Raw(b) => seg.extend_from_slice(&b),
                                _ => seg.extend_from_slice(b"        "),
                            }
                        }
                        text.extend_from_slice(&seg[..take.min(seg.len())]);
                        remaining = remaining.saturating_sub(take);
                    }
                    let value = trim_end_spaces(&text);
                    let code = if value.is_empty() {
                        MISSING_CODE
                    } else if let Some(&code) = index.get(value) {
                        code
                    } else {
                        let s = decode(value, &mut problems, Some(&v.name));
                        let code = levels.len() as u32;
                        levels.push(s);
                        index.insert(value.into(), code);
                        code
                    };
                    codes.push(code);
                }
            }
        }
        n_rows += 1;
    }
    if let Some(n) = expected_cases
        && (n as usize) > n_rows
    {
        problems.push(Problem::new(
            ProblemKind::TruncatedData,
            format!("the header promises {n} cases but the file holds {n_rows}"),
        ));
    }

    let mut columns = Vec::with_capacity(vars.len());
    let mut variables = Vec::with_capacity(vars.len());
    for (v, b) in vars.into_iter().zip(builders) {
        let values = match b {
            Builder::Numeric(values) => ColumnValues::Numeric(values),
            Builder::Text {
                mut codes, levels, ..
            } => {
                // Declared string missing values become missing codes.
                let missing: Vec<bool> = levels
                    .iter()
                    .map(|l| v.missing.codes.iter().any(|m| m == l))
                    .collect();
                if missing.iter().any(|m| *m) {
                    for c in codes.iter_mut().filter(|c| **c != MISSING_CODE) {
                        if missing[*c as usize] {
                            *c = MISSING_CODE;
                        }
                    }
                }
                ColumnValues::Text { codes, levels }
            }
        };
        let kind = if v.width == 0 {
            VariableKind::Numeric
        } else {
            VariableKind::Text
        };
        variables.push(Variable {
            name: v.name.clone(),
            label: v.label,
            kind,
            value_labels: v.value_labels,
            missing: v.missing,
            measure: v.measure,
        });
        columns.push(Column {
            name: v.name,
            values,
        });
    }
    let mut names: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
    crate::delimited::dedupe_names(&mut names, None, &mut problems);
    for ((c, v), n) in columns.iter_mut().zip(variables.iter_mut()).zip(names) {
        c.name.clone_from(&n);
        v.name = n;
    }
    Ok((
        Dataset {
            n_rows,
            columns,
            codebook: Codebook { variables },
            source,
        },
        problems,
    ))
}

/// `KEY=VALUE` pairs separated by tabs (subtype 13) or NUL-tab (subtype 14).
fn pairs(body: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
    body.split(|&b| b == b'\t')
        .filter_map(|item| {
            let item: Vec<u8> = item.iter().copied().filter(|&b| b != 0).collect();
            let eq = item.iter().position(|&b| b == b'=')?;
            Some((item[..eq].to_vec(), item[eq + 1..].to_vec()))
        })
        .collect()
}

/// Value label record (type 3) values and labels, with its type 4 variable list.
type LabelRecord = (Vec<[u8; 8]>, Vec<Vec<u8>>, Vec<usize>);

/// Subtype 22 entries: variable name and its missing values.
type LongMissing = Vec<(Vec<u8>, Vec<Vec<u8>>)>;

/// Subtype 21 entries: variable name and its `(value, label)` pairs.
type LongLabels = Vec<(Vec<u8>, Vec<(Vec<u8>, Vec<u8>)>)>;

/// Subtype 21: value labels of strings longer than 8 bytes.
fn parse_long_labels(b: &mut Cursor<'_>) -> Result<LongLabels, ReadError> {
    let mut out = Vec::new();
    while b.pos < b.data.len() {
        let name_len = b.count("name length")?;
        let name = b.bytes(name_len)?.to_vec();
        let _width = b.i32()?;
        let n = b.count("label count")?;
        let mut entries = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            let value_len = b.count("value length")?;
            let value = b.bytes(value_len)?.to_vec();
            let label_len = b.count("label length")?;
            let label = b.bytes(label_len)?.to_vec();
            entries.push((value, label));
        }
        out.push((name, entries));
    }
    Ok(out)
}

/// Subtype 22: missing values of strings longer than 8 bytes.
fn parse_long_missing(b: &mut Cursor<'_>) -> Result<LongMissing, ReadError> {
    let mut out = Vec::new();
    while b.pos < b.data.len() {
        let name_len = b.count("name length")?;
        let name = b.bytes(name_len)?.to_vec();
        let n = usize::from(b.bytes(1)?[0]);
        let value_len = b.count("value length")?;
        let mut values = Vec::with_capacity(n);
        for _ in 0..n {
            values.push(b.bytes(value_len)?.to_vec());
        }
        out.push((name, values));
    }
    Ok(out)
}

enum Builder {
    Numeric(Vec<f64>),
    Text {
        codes: Vec<u32>,
        levels: Vec<String>,
        index: HashMap<Box<[u8]>, u32, FxBuild>,
    },
}

/// One 8-byte slot of a case.
#[derive(Clone, Copy)]
enum Slot {
    Number(f64),
    Raw([u8; 8]),
    Sysmis,
}

/// Yields the 8-byte slots of the data, decompressing bytecode if needed.
struct SlotReader<'a> {
    data: &'a [u8],
    pos: usize,
    compressed: bool,
    commands: [u8; 8],
    next_command: usize,
    bias: f64,
    big_endian: bool,
    sysmis: f64,
    finished: bool,
}

impl SlotReader<'_> {
    fn raw8(&mut self) -> Option<[u8; 8]> {
        let bytes = self.data.get(self.pos..self.pos + 8)?;
        self.pos += 8;
        let mut out = [0u8; 8];
        out.copy_from_slice(bytes);
        Some(out)
    }

    /// The next slot. Numbers and strings are told apart later by the variable's type;
    /// here a slot is a number when the bytecode says so, else raw bytes.
    fn next(&mut self) -> Option<Slot> {
        if self.finished {
            return None;
        }
        if !self.compressed {
            let b = self.raw8()?;
            return Some(self.number_or_raw(b));
        }
        loop {
            if self.next_command == 8 {
                self.commands = self.raw8()?;
                self.next_command = 0;
            }
            let code = self.commands[self.next_command];
            self.next_command += 1;
            match code {
                0 => continue,
                1..=251 => return Some(Slot::Number(f64::from(code) - self.bias)),
                252 => {
                    self.finished = true;
                    return None;
                }
                253 => {
                    let b = self.raw8()?;
                    return Some(self.number_or_raw(b));
                }
                254 => return Some(Slot::Raw(*b"        ")),
                _ => return Some(Slot::Sysmis),
            }
        }
    }

    fn number_or_raw(&self, b: [u8; 8]) -> Slot {
        let x = f64_from(b, self.big_endian);
        if x == self.sysmis {
            // A string slot of these exact bytes is vanishingly unlikely (0xFFEF… is not text).
            Slot::Sysmis
        } else {
            Slot::Raw(b)
        }
    }
}

impl Slot {
    fn number(self, big_endian: bool) -> f64 {
        match self {
            Slot::Number(x) => x,
            Slot::Raw(b) => f64_from(b, big_endian),
            Slot::Sysmis => f64::NAN,
        }
    }
}
