//! Writing an SPSS system file (`.sav`): variable names (long names record), variable labels,
//! value labels (long strings included), discrete missing values, measures, strings of any
//! width up to 32767 bytes (very long strings in segments), UTF-8 text, data uncompressed or
//! bytecode-compressed.
//!
//! Layout from the PSPP developers' guide, "System File Format"
//! (<https://www.gnu.org/software/pspp/pspp-dev/html_node/System-File-Format.html>), the same
//! source the reader follows; little-endian, layout code 2.

use std::collections::HashSet;
use std::io::Write;

use crate::error::WriteError;
use crate::model::Measure;

/// Bias of bytecode compression: a code `c` in 1..=251 stands for the number `c - 100`.
const BIAS: f64 = 100.0;
/// SPSS's system-missing value: the most negative finite double.
const SYSMIS: f64 = -f64::MAX;
/// Widest string a single variable record holds; wider ones are split into segments.
const MAX_SEGMENT: usize = 255;
/// Width a segment of a very long string counts for when the segments are laid out: a string of
/// width W has ceil(W / 252) segments, each but the last 255 wide, the last W - 252 × (n - 1)
/// (PSPP `sfm_width_to_segments`, `sfm_segment_alloc_width`).
const SEGMENT_DATA: usize = 252;
/// Widest string SPSS allows.
pub const MAX_STRING_WIDTH: usize = 32767;
/// Longest value label SPSS keeps, in bytes.
const MAX_LABEL: usize = 120;

/// A table to write as `.sav`: the variables and the rows, one value per variable per row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SavTable {
    /// The file label (at most 64 bytes are kept).
    pub file_label: String,
    /// The variables, in column order.
    pub variables: Vec<SavVariable>,
    /// The rows (cases); each holds one value per variable, in the variables' order.
    pub rows: Vec<Vec<SavValue>>,
    /// Whether to bytecode-compress the data (as SPSS does by default); files are then much
    /// smaller when most answers are small whole numbers or blank.
    pub compressed: bool,
}

/// One variable of a [`SavTable`].
#[derive(Debug, Clone, PartialEq)]
pub struct SavVariable {
    /// The name: a letter first, then letters, digits, `_` or `.`; at most 64 bytes; unique
    /// ignoring case.
    pub name: String,
    /// The variable label (the question), empty for none.
    pub label: String,
    /// Numeric or string, with its display decimals or width.
    pub kind: SavKind,
    /// Labels of values (`1` → "Agree", or `"agree"` → "Agree"); a value's type must match the
    /// variable's.
    pub value_labels: Vec<(SavValue, String)>,
    /// Values declared missing (at most 3; for strings, at most 8 bytes each).
    pub missing: Vec<SavValue>,
    /// The level of measurement shown in SPSS's variable view.
    pub measure: Measure,
}

/// What a variable holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavKind {
    /// Numbers, shown with this many decimals.
    Numeric {
        /// Decimals shown (0 for codes and counts).
        decimals: u8,
    },
    /// Text of at most `width` bytes (UTF-8), 1 to [`MAX_STRING_WIDTH`].
    String {
        /// Width in bytes.
        width: usize,
    },
}

/// One value: a number, a text, or blank (system-missing for numbers, spaces for strings).
#[derive(Debug, Clone, PartialEq)]
pub enum SavValue {
    /// A number (for numeric variables).
    Number(f64),
    /// A text (for string variables).
    Text(String),
    /// No value.
    Blank,
}

/// A variable as laid out in the file: its short name and its segments' widths.
struct Layout {
    short: String,
    /// Short names of the segments after the first (very long strings only).
    more_short: Vec<String>,
    /// 0 for numeric, else each segment's width.
    segments: Vec<usize>,
}

impl Layout {
    /// 8-byte slots a segment of `width` takes (1 for numbers).
    fn slots(width: usize) -> usize {
        if width == 0 { 1 } else { width.div_ceil(8) }
    }
}

/// Writes `table` as an SPSS system file to `out`. Refused, naming the variable (and row), when
/// a name is invalid or repeated, a value does not fit its variable's type or width, a row has
/// the wrong number of values, or there are more than 3 missing values.
pub fn write_sav(table: &SavTable, out: &mut impl Write) -> Result<(), WriteError> {
    let layouts = check_and_lay_out(table)?;
    let mut w: Vec<u8> = Vec::new();
    let case_slots: usize = layouts
        .iter()
        .flat_map(|l| l.segments.iter())
        .map(|&s| Layout::slots(s))
        .sum();

    // The file header (176 bytes).
    w.extend_from_slice(b"$FL2");
    w.extend_from_slice(&padded(b"@(#) SPSS DATA FILE Tessera", 60));
    put_i32(&mut w, 2);
    put_i32(&mut w, i32::try_from(case_slots).unwrap_or(-1));
    put_i32(&mut w, i32::from(table.compressed));
    put_i32(&mut w, 0);
    put_i32(&mut w, i32::try_from(table.rows.len()).unwrap_or(-1));
    put_f64(&mut w, BIAS);
    let (date, clock) = now();
    w.extend_from_slice(date.as_bytes());
    w.extend_from_slice(clock.as_bytes());
    w.extend_from_slice(&padded(truncate(&table.file_label, 64).as_bytes(), 64));
    w.extend_from_slice(&[0; 3]);

    // Variable records: one per segment, then a continuation record per further slot.
    let mut slot_of = Vec::with_capacity(layouts.len());
    let mut next_slot = 1i32;
    for (v, l) in table.variables.iter().zip(&layouts) {
        slot_of.push(next_slot);
        for (si, &width) in l.segments.iter().enumerate() {
            let short = if si == 0 {
                &l.short
            } else {
                &l.more_short[si - 1]
            };
            put_i32(&mut w, 2);
            put_i32(&mut w, width as i32);
            let label = si == 0 && !v.label.is_empty();
            put_i32(&mut w, i32::from(label));
            let short_missing = si == 0 && (width == 0 || width <= 8);
            let missing = if short_missing { v.missing.len() } else { 0 };
            put_i32(&mut w, missing as i32);
            let format = match v.kind {
                SavKind::Numeric { decimals } => {
                    let d = u32::from(decimals.min(16));
                    (5 << 16) | ((8 + d).max(d + 3) << 8) | d
                }
                SavKind::String { .. } => (1 << 16) | ((width as u32) << 8),
            };
            put_i32(&mut w, format as i32);
            put_i32(&mut w, format as i32);
            w.extend_from_slice(&padded(short.as_bytes(), 8));
            if label {
                let text = truncate(&v.label, 255);
                put_i32(&mut w, text.len() as i32);
                w.extend_from_slice(&zero_padded(text.as_bytes(), text.len().div_ceil(4) * 4));
            }
            for m in v.missing.iter().take(missing) {
                w.extend_from_slice(&slot_bytes(m));
            }
            for _ in 1..Layout::slots(width) {
                put_i32(&mut w, 2);
                put_i32(&mut w, -1);
                put_i32(&mut w, 0);
                put_i32(&mut w, 0);
                put_i32(&mut w, 0);
                put_i32(&mut w, 0);
                w.extend_from_slice(&[b' '; 8]);
            }
            next_slot += Layout::slots(width) as i32;
        }
    }

    // Value labels of numbers and short strings: records 3 and 4.
    for ((v, l), slot) in table.variables.iter().zip(&layouts).zip(&slot_of) {
        let short_width = l.segments[0] <= 8 && l.segments.len() == 1;
        if v.value_labels.is_empty() || !short_width {
            continue;
        }
        put_i32(&mut w, 3);
        put_i32(&mut w, v.value_labels.len() as i32);
        for (value, label) in &v.value_labels {
            w.extend_from_slice(&slot_bytes(value));
            let text = truncate(label, MAX_LABEL);
            w.push(text.len() as u8);
            w.extend_from_slice(&zero_padded(
                text.as_bytes(),
                (text.len() + 1).div_ceil(8) * 8 - 1,
            ));
        }
        put_i32(&mut w, 4);
        put_i32(&mut w, 1);
        put_i32(&mut w, *slot);
    }

    // Machine integer info (subtype 3): version, machine, IEEE floats, compression, little
    // endian, code page 65001 (UTF-8).
    extension(&mut w, 3, 4, &i32s(&[1, 0, 0, -1, 1, 1, 2, 65001]));
    // Machine floating-point info (subtype 4): system-missing, highest, lowest.
    let mut floats = Vec::new();
    for x in [SYSMIS, f64::MAX, f64::from_bits(0xffef_ffff_ffff_fffe)] {
        put_f64(&mut floats, x);
    }
    extension(&mut w, 4, 8, &floats);
    // Variable display (subtype 11): measure, display width, alignment per segment.
    let mut display = Vec::new();
    for (v, l) in table.variables.iter().zip(&layouts) {
        for &width in &l.segments {
            let measure = match v.measure {
                Measure::Nominal => 1,
                Measure::Ordinal => 2,
                Measure::Scale => 3,
            };
            let (shown, align) = if width == 0 {
                (8, 1)
            } else {
                (width.clamp(1, 40) as i32, 0)
            };
            display.extend_from_slice(&[measure, shown, align]);
        }
    }
    extension(&mut w, 11, 4, &i32s(&display));
    // Long variable names (subtype 13).
    let names: Vec<String> = table
        .variables
        .iter()
        .zip(&layouts)
        .map(|(v, l)| format!("{}={}", l.short, v.name))
        .collect();
    extension(&mut w, 13, 1, names.join("\t").as_bytes());
    // Very long strings (subtype 14): the true width of each variable split into segments.
    let very_long: Vec<u8> = table
        .variables
        .iter()
        .zip(&layouts)
        .filter(|(_, l)| l.segments.len() > 1)
        .flat_map(|(v, l)| {
            let width = match v.kind {
                SavKind::String { width } => width,
                SavKind::Numeric { .. } => 0,
            };
            let mut entry = format!("{}={width:05}", l.short).into_bytes();
            entry.extend_from_slice(b"\0\t");
            entry
        })
        .collect();
    if !very_long.is_empty() {
        extension(&mut w, 14, 1, &very_long);
    }
    // Character encoding (subtype 20).
    extension(&mut w, 20, 1, b"UTF-8");
    // Value labels of strings longer than 8 bytes (subtype 21), and their missing values (22).
    let mut long_labels = Vec::new();
    let mut long_missing = Vec::new();
    for (v, l) in table.variables.iter().zip(&layouts) {
        let SavKind::String { width } = v.kind else {
            continue;
        };
        if width <= 8 && l.segments.len() == 1 {
            continue;
        }
        if !v.value_labels.is_empty() {
            put_i32(&mut long_labels, v.name.len() as i32);
            long_labels.extend_from_slice(v.name.as_bytes());
            put_i32(&mut long_labels, width as i32);
            put_i32(&mut long_labels, v.value_labels.len() as i32);
            for (value, label) in &v.value_labels {
                let SavValue::Text(t) = value else { continue };
                put_i32(&mut long_labels, width as i32);
                long_labels.extend_from_slice(&padded(t.as_bytes(), width));
                let text = truncate(label, MAX_LABEL);
                put_i32(&mut long_labels, text.len() as i32);
                long_labels.extend_from_slice(text.as_bytes());
            }
        }
        if !v.missing.is_empty() {
            put_i32(&mut long_missing, v.name.len() as i32);
            long_missing.extend_from_slice(v.name.as_bytes());
            long_missing.push(v.missing.len() as u8);
            put_i32(&mut long_missing, 8);
            for m in &v.missing {
                long_missing.extend_from_slice(&slot_bytes(m));
            }
        }
    }
    if !long_labels.is_empty() {
        extension(&mut w, 21, 1, &long_labels);
    }
    if !long_missing.is_empty() {
        extension(&mut w, 22, 1, &long_missing);
    }
    put_i32(&mut w, 999);
    put_i32(&mut w, 0);
    out.write_all(&w).map_err(WriteError::Io)?;
    w.clear();

    // The data, a row at a time.
    let mut packer = Packer::default();
    for row in &table.rows {
        for (value, l) in row.iter().zip(&layouts) {
            if l.segments == [0] {
                let x = match value {
                    SavValue::Number(x) if x.is_finite() => *x,
                    _ => SYSMIS,
                };
                if table.compressed {
                    packer.number(x, &mut w);
                } else {
                    put_f64(&mut w, x);
                }
                continue;
            }
            let text = match value {
                SavValue::Text(t) => t.as_bytes(),
                _ => &[],
            };
            let many = l.segments.len() > 1;
            for (si, &width) in l.segments.iter().enumerate() {
                let part = if many {
                    // Each segment but the last carries 255 bytes of the text (PSPP
                    // `sfm_segment_used_bytes`), as the reader takes them.
                    let start = (si * MAX_SEGMENT).min(text.len());
                    let end = ((si + 1) * MAX_SEGMENT).min(text.len());
                    &text[start..end]
                } else {
                    text
                };
                let bytes = padded(part, Layout::slots(width) * 8);
                for chunk in bytes.chunks(8) {
                    let mut slot = [0u8; 8];
                    slot.copy_from_slice(chunk);
                    if table.compressed {
                        packer.string(slot, &mut w);
                    } else {
                        w.extend_from_slice(&slot);
                    }
                }
            }
        }
        if w.len() >= 1 << 16 {
            out.write_all(&w).map_err(WriteError::Io)?;
            w.clear();
        }
    }
    if table.compressed {
        packer.finish(&mut w);
    }
    out.write_all(&w).map_err(WriteError::Io)?;
    Ok(())
}

/// Bytecode compression: blocks of 8 one-byte codes, each block followed by the 8-byte values
/// its codes call for.
#[derive(Default)]
struct Packer {
    codes: Vec<u8>,
    raw: Vec<u8>,
}

impl Packer {
    fn push(&mut self, code: u8, raw: Option<[u8; 8]>, out: &mut Vec<u8>) {
        self.codes.push(code);
        if let Some(r) = raw {
            self.raw.extend_from_slice(&r);
        }
        if self.codes.len() == 8 {
            out.extend_from_slice(&self.codes);
            out.extend_from_slice(&self.raw);
            self.codes.clear();
            self.raw.clear();
        }
    }

    fn number(&mut self, x: f64, out: &mut Vec<u8>) {
        if x == SYSMIS {
            self.push(255, None, out);
        } else if x.fract() == 0.0 && (-99.0..=151.0).contains(&x) {
            self.push((x + BIAS) as u8, None, out);
        } else {
            self.push(253, Some(x.to_le_bytes()), out);
        }
    }

    fn string(&mut self, slot: [u8; 8], out: &mut Vec<u8>) {
        if slot == [b' '; 8] {
            self.push(254, None, out);
        } else {
            self.push(253, Some(slot), out);
        }
    }

    /// Pads the last block with code 0 (nothing).
    fn finish(&mut self, out: &mut Vec<u8>) {
        while !self.codes.is_empty() {
            self.push(0, None, out);
        }
    }
}

/// Checks the table and gives each variable its short name and segments.
fn check_and_lay_out(table: &SavTable) -> Result<Vec<Layout>, WriteError> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut shorts: HashSet<String> = HashSet::new();
    let mut layouts = Vec::with_capacity(table.variables.len());
    for v in &table.variables {
        let bad = |reason: &str| WriteError::BadVariable {
            variable: v.name.clone(),
            reason: reason.to_owned(),
        };
        let mut chars = v.name.chars();
        let name_ok = v.name.len() <= 64
            && chars.next().is_some_and(|c| c.is_alphabetic())
            && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '@' | '#' | '$'))
            && !v.name.ends_with('.');
        if !name_ok {
            return Err(bad(
                "a name starts with a letter, holds only letters, digits and _ . @ # $, does not end with a full stop and is at most 64 bytes",
            ));
        }
        if !seen.insert(v.name.to_uppercase()) {
            return Err(bad("another variable has the same name (ignoring case)"));
        }
        if v.missing.len() > 3 {
            return Err(bad("SPSS keeps at most 3 missing values per variable"));
        }
        let segments = match v.kind {
            SavKind::Numeric { .. } => vec![0],
            SavKind::String { width } => {
                if !(1..=MAX_STRING_WIDTH).contains(&width) {
                    return Err(bad("a string's width is 1 to 32767 bytes"));
                }
                if width <= MAX_SEGMENT {
                    vec![width]
                } else {
                    let n = width.div_ceil(SEGMENT_DATA);
                    let mut s = vec![MAX_SEGMENT; n];
                    s[n - 1] = width - SEGMENT_DATA * (n - 1);
                    s
                }
            }
        };
        let numeric = matches!(v.kind, SavKind::Numeric { .. });
        let fits = |value: &SavValue, max: usize| match value {
            SavValue::Number(_) => numeric,
            SavValue::Text(t) => !numeric && t.len() <= max,
            SavValue::Blank => true,
        };
        let width = match v.kind {
            SavKind::String { width } => width,
            SavKind::Numeric { .. } => 0,
        };
        if !v.value_labels.iter().all(|(value, _)| fits(value, width)) {
            return Err(bad(
                "a value label's value is not of the variable's type or is wider than it",
            ));
        }
        if !v.missing.iter().all(|m| fits(m, 8)) {
            return Err(bad(
                "a missing value is not of the variable's type or is longer than 8 bytes",
            ));
        }
        let short = short_name(&v.name, &mut shorts);
        let more_short = (1..segments.len())
            .map(|_| short_name(&v.name, &mut shorts))
            .collect();
        layouts.push(Layout {
            short,
            more_short,
            segments,
        });
    }
    for (r, row) in table.rows.iter().enumerate() {
        if row.len() != table.variables.len() {
            return Err(WriteError::BadRow {
                row: r + 1,
                reason: format!(
                    "it has {} values for {} variables",
                    row.len(),
                    table.variables.len()
                ),
            });
        }
        for (value, v) in row.iter().zip(&table.variables) {
            let ok = match (value, v.kind) {
                (SavValue::Blank, _) => true,
                (SavValue::Number(_), SavKind::Numeric { .. }) => true,
                (SavValue::Text(t), SavKind::String { width }) => t.len() <= width,
                _ => false,
            };
            if !ok {
                return Err(WriteError::BadRow {
                    row: r + 1,
                    reason: format!(
                        "the value of {} is not of its type or is wider than its width",
                        v.name
                    ),
                });
            }
        }
    }
    Ok(layouts)
}

/// A unique short name (at most 8 bytes, upper case ASCII) for `name`.
fn short_name(name: &str, taken: &mut HashSet<String>) -> String {
    let base: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .map(|c| c.to_ascii_uppercase())
        .take(8)
        .collect();
    let base = if base.starts_with(|c: char| c.is_ascii_alphabetic()) {
        base
    } else {
        format!("V{}", &base[..base.len().min(7)])
    };
    if taken.insert(base.clone()) {
        return base;
    }
    for n in 1u32.. {
        let suffix = n.to_string();
        let candidate = format!("{}{suffix}", &base[..base.len().min(8 - suffix.len())]);
        if taken.insert(candidate.clone()) {
            return candidate;
        }
    }
    unreachable!("some numbered short name is always free")
}

/// An 8-byte slot of a number (little-endian) or of a text padded with spaces.
fn slot_bytes(v: &SavValue) -> [u8; 8] {
    match v {
        SavValue::Number(x) => x.to_le_bytes(),
        SavValue::Blank => SYSMIS.to_le_bytes(),
        SavValue::Text(t) => {
            let mut slot = [b' '; 8];
            let n = t.len().min(8);
            slot[..n].copy_from_slice(&t.as_bytes()[..n]);
            slot
        }
    }
}

fn extension(w: &mut Vec<u8>, subtype: i32, size: i32, body: &[u8]) {
    put_i32(w, 7);
    put_i32(w, subtype);
    put_i32(w, size);
    put_i32(w, body.len() as i32 / size);
    w.extend_from_slice(body);
}

fn i32s(values: &[i32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

fn put_i32(w: &mut Vec<u8>, v: i32) {
    w.extend_from_slice(&v.to_le_bytes());
}

fn put_f64(w: &mut Vec<u8>, v: f64) {
    w.extend_from_slice(&v.to_le_bytes());
}

/// `bytes` cut or padded with spaces to `len`.
fn padded(bytes: &[u8], len: usize) -> Vec<u8> {
    let mut out = bytes[..bytes.len().min(len)].to_vec();
    out.resize(len, b' ');
    out
}

/// `bytes` padded with zeros to `len`.
fn zero_padded(bytes: &[u8], len: usize) -> Vec<u8> {
    let mut out = bytes.to_vec();
    out.resize(len.max(bytes.len()), 0);
    out
}

/// `text` cut to at most `max` bytes at a character boundary.
fn truncate(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Today's date as `dd mmm yy` and the time as `hh:mm:ss` (UTC), as the header records them.
fn now() -> (String, String) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil date from days since 1970-01-01: Howard Hinnant's `civil_from_days`
    // (<https://howardhinnant.github.io/date_algorithms.html#civil_from_days>).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let date = format!(
        "{day:02} {} {:02}",
        MONTHS[(month - 1) as usize],
        year.rem_euclid(100)
    );
    let clock = format!("{:02}:{:02}:{:02}", rem / 3600, (rem % 3600) / 60, rem % 60);
    (date, clock)
}
