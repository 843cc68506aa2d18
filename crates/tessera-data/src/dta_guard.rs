//! Checks the counts and lengths a Stata `.dta` file declares before the `dta` crate reads it.
//!
//! The `dta` crate sizes a buffer from each length it reads (`buffer.resize(len, 0)`) before
//! reading into it, so a file declaring 4 GB of characteristics or 2^32 variables would make it
//! allocate and zero that much. This guard walks the declared structure of the tagged formats
//! (releases 117, 118 and 119, which Stata 13 and later write) and refuses any length that runs
//! past the end of the file, and any count over the limits. Older releases have fixed-size
//! headers whose counts are checked against the file length the same way.
//!
//! Layout: Stata's `dta` documentation ("help dta", section 5: the map, characteristics, strLs
//! and value labels).

use crate::error::ReadError;
use crate::limits::{self, Limit, ReadLimits};

struct Walk<'a> {
    bytes: &'a [u8],
    big_endian: bool,
    file: &'a str,
}

impl Walk<'_> {
    fn invalid(&self, reason: String) -> ReadError {
        ReadError::Invalid {
            file: self.file.to_owned(),
            format: "Stata .dta",
            reason,
        }
    }

    fn uint(&self, at: usize, width: usize) -> Result<u64, ReadError> {
        let b = at
            .checked_add(width)
            .and_then(|end| self.bytes.get(at..end))
            .ok_or_else(|| {
                self.invalid(format!("the file ends at byte {at}, inside its header"))
            })?;
        let mut v = 0u64;
        for k in 0..width {
            let byte = if self.big_endian {
                b[k]
            } else {
                b[width - 1 - k]
            };
            v = (v << 8) | u64::from(byte);
        }
        Ok(v)
    }

    /// The position just after `tag` at or after `from`, if it is there.
    fn after(&self, tag: &[u8], from: usize) -> Option<usize> {
        let rest = self.bytes.get(from..)?;
        memchr::memmem::find(rest, tag).map(|p| from + p + tag.len())
    }

    /// Checks that `len` bytes from `at` fit in the file.
    fn fits(&self, at: usize, len: u64, what: &str) -> Result<usize, ReadError> {
        let end = (at as u64).saturating_add(len);
        if end > self.bytes.len() as u64 {
            return Err(self.invalid(format!(
                "{what} at byte {at} declares {len} bytes, more than the rest of the file"
            )));
        }
        Ok(end as usize)
    }
}

/// Refuses a `.dta` file whose declared counts exceed the limits or whose declared lengths run
/// past its end; a file the guard cannot make sense of is left to the `dta` crate.
pub(crate) fn check(bytes: &[u8], file: &str, limits: &ReadLimits) -> Result<(), ReadError> {
    if !bytes.starts_with(b"<stata_dta>") {
        return check_old(bytes, file, limits);
    }
    let release: u32 = bytes
        .get(28..31)
        .and_then(|r| std::str::from_utf8(r).ok())
        .and_then(|r| r.parse().ok())
        .unwrap_or(0);
    let mut w = Walk {
        bytes,
        big_endian: false,
        file,
    };
    w.big_endian = w
        .after(b"<byteorder>", 0)
        .is_some_and(|at| bytes.get(at..at + 3) == Some(b"MSF"));
    let Some(k_at) = w.after(b"<K>", 0) else {
        return Ok(());
    };
    let k_width = if release >= 119 { 4 } else { 2 };
    let k = w.uint(k_at, k_width)?;
    limits::check(file, Limit::Columns, limits.columns, k, || {
        Some("the header declares that it".to_owned())
    })?;
    let n_width = if release >= 118 { 8 } else { 4 };
    let Some(n_at) = w.after(b"<N>", k_at) else {
        return Ok(());
    };
    let n = w.uint(n_at, n_width)?;
    limits::check(file, Limit::Rows, limits.rows, n, || {
        Some("the header declares that it".to_owned())
    })?;
    limits::check(
        file,
        Limit::Cells,
        limits.cells,
        n.saturating_mul(k),
        || Some("the header declares that it".to_owned()),
    )?;
    // Every variable takes at least one byte in each observation.
    w.fits(
        n_at,
        n.saturating_mul(k),
        "the data (observations × variables)",
    )?;

    let Some(map) = w.after(b"<map>", n_at) else {
        return Ok(());
    };
    // Offsets 9 (characteristics), 11 (strLs) and 12 (value labels) of the map's 14.
    let offset = |i: usize| -> Result<usize, ReadError> {
        let o = w.uint(map + 8 * i, 8)?;
        w.fits(0, o, "the map")
    };
    let characteristics = offset(8)?;
    let strls = offset(10)?;
    let value_labels = offset(11)?;

    // Characteristics: `<ch>` length(4) contents `</ch>`, until `</characteristics>`.
    let mut at = characteristics + b"<characteristics>".len();
    while bytes.get(at..at + 4) == Some(b"<ch>") {
        let len = w.uint(at + 4, 4)?;
        at = w.fits(at + 8, len, "a characteristic")? + b"</ch>".len();
    }

    // strLs: `GSO` v(4) o(4 or 8) t(1) len(4) contents, until `</strls>`.
    let o_width = if release >= 118 { 8 } else { 4 };
    let mut at = strls + b"<strls>".len();
    while bytes.get(at..at + 3) == Some(b"GSO") {
        let len_at = at + 3 + 4 + o_width + 1;
        let len = w.uint(len_at, 4)?;
        limits::check(file, Limit::FieldBytes, limits.field_bytes, len, || {
            Some(format!("a long string (strL) at byte {at}"))
        })?;
        at = w.fits(len_at + 4, len, "a long string (strL)")?;
    }

    // Value labels: `<lbl>` length(4) name padding table `</lbl>`; the table starts with its
    // entry count.
    let name_width = if release >= 118 { 129 } else { 33 };
    let mut labels = 0u64;
    let mut at = value_labels + b"<value_labels>".len();
    while bytes.get(at..at + 5) == Some(b"<lbl>") {
        let len = w.uint(at + 5, 4)?;
        let table = at + 9 + name_width + 3;
        let end = w.fits(table, len, "a value label table")?;
        labels = labels.saturating_add(w.uint(table, 4)?);
        limits::check(
            file,
            Limit::ValueLabels,
            limits.value_labels,
            labels,
            || None,
        )?;
        at = end + b"</lbl>".len();
    }
    Ok(())
}

/// Releases before 117 (116 was never published, but the `dta` crate reads it): a fixed header with the variable count at byte 4 (2 bytes) and the
/// observation count at byte 6 (4 bytes), in the byte order given at byte 1 (1 = MSF).
fn check_old(bytes: &[u8], file: &str, limits: &ReadLimits) -> Result<(), ReadError> {
    if bytes.len() < 10 || !(102..=116).contains(&bytes[0]) {
        return Ok(());
    }
    let w = Walk {
        bytes,
        big_endian: bytes[1] == 1,
        file,
    };
    let k = w.uint(4, 2)?;
    let n = w.uint(6, 4)?;
    limits::check(file, Limit::Columns, limits.columns, k, || {
        Some("the header declares that it".to_owned())
    })?;
    limits::check(file, Limit::Rows, limits.rows, n, || {
        Some("the header declares that it".to_owned())
    })?;
    limits::check(
        file,
        Limit::Cells,
        limits.cells,
        n.saturating_mul(k),
        || Some("the header declares that it".to_owned()),
    )?;
    w.fits(
        10,
        n.saturating_mul(k),
        "the data (observations × variables)",
    )?;
    Ok(())
}

/// Binary releases (before 117) keep their characteristics as expansion fields, type (1 byte)
/// and length (2 bytes before release 110, 4 after), up to a zero type and length. `at` is where
/// the `dta` crate stands after the schema. Lengths running past the end are refused.
pub(crate) fn check_expansion_fields(bytes: &[u8], at: usize, file: &str) -> Result<(), ReadError> {
    let Some(&release) = bytes.first() else {
        return Ok(());
    };
    if !(105..117).contains(&release) {
        return Ok(());
    }
    let w = Walk {
        bytes,
        big_endian: bytes.get(1) == Some(&1),
        file,
    };
    let len_width = if release >= 110 { 4 } else { 2 };
    let mut p = at;
    while p + 1 + len_width <= bytes.len() {
        let kind = bytes[p];
        let len = w.uint(p + 1, len_width)?;
        if kind == 0 && len == 0 {
            break;
        }
        p = w.fits(
            p + 1 + len_width,
            len,
            "an expansion field (characteristic)",
        )?;
    }
    Ok(())
}

/// Binary releases 108 to 116 end with value label tables: length (4 bytes), name, 3 bytes of
/// padding, then the table, whose first 4 bytes count its entries. `at` is where the `dta` crate
/// stands after the data. Lengths running past the end, and label counts over the limit, are
/// refused.
pub(crate) fn check_binary_value_labels(
    bytes: &[u8],
    at: usize,
    file: &str,
    limits: &ReadLimits,
) -> Result<(), ReadError> {
    let Some(&release) = bytes.first() else {
        return Ok(());
    };
    if !(108..117).contains(&release) {
        return Ok(());
    }
    let w = Walk {
        bytes,
        big_endian: bytes.get(1) == Some(&1),
        file,
    };
    let name_width = if release >= 110 { 33 } else { 9 };
    let mut labels = 0u64;
    let mut p = at;
    while p + 4 <= bytes.len() {
        let len = w.uint(p, 4)?;
        let table = p + 4 + name_width + 3;
        let end = w.fits(table, len, "a value label table")?;
        if len >= 4 {
            labels = labels.saturating_add(w.uint(table, 4)?);
            limits::check(
                file,
                Limit::ValueLabels,
                limits.value_labels,
                labels,
                || None,
            )?;
        }
        p = end;
    }
    Ok(())
}
