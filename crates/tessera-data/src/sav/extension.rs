//! Extension records (type 7) with a structure of their own: long names (13), very long strings
//! (14), long string value labels (21) and missing values (22).

use super::cursor::{Cursor, Encoding, trim_end_spaces};
use super::dictionary::Dictionary;
use crate::error::ReadError;
use crate::problem::{Problem, ProblemKind};

/// Reads one extension record (type 7, after its type code) into the dictionary.
///
/// Its size × count is checked against the bytes left before the body is taken.
pub(super) fn record(
    c: &mut Cursor<'_>,
    d: &mut Dictionary,
    problems: &mut Vec<Problem>,
) -> Result<(), ReadError> {
    let file = c.file;
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
        file,
    };
    match subtype {
        3 if len >= 32 => {
            b.pos = 28;
            let code = b.i32()?;
            if d.encoding.is_none() {
                d.encoding = Encoding::from_code_page(code);
            }
        }
        4 if len >= 8 => d.sysmis = b.f64()?,
        11 => {
            d.measures = (0..count).map(|_| b.i32()).collect::<Result<_, _>>()?;
        }
        13 => d.long_names = pairs(body),
        14 => {
            d.very_long = pairs(body)
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
            d.ncases64 = Some(if c.big_endian {
                i64::from_be_bytes(lo)
            } else {
                i64::from_le_bytes(lo)
            });
        }
        20 => {
            let name = String::from_utf8_lossy(body).trim().to_owned();
            d.encoding = Encoding::from_name(&name).or(d.encoding);
            if Encoding::from_name(&name).is_none() {
                problems.push(Problem::new(
                        ProblemKind::InvalidUtf8,
                        format!("the file declares encoding {name:?}, which is read as UTF-8 here; re-save it from SPSS in Unicode mode if text looks wrong"),
                    ));
            }
            d.encoding_name = Some(name);
        }
        21 => {
            d.long_value_labels = parse_long_labels(&mut b).unwrap_or_else(|_| {
                problems.push(Problem::new(
                    ProblemKind::MalformedMetadata,
                    "long string value labels could not be read and were skipped",
                ));
                Vec::new()
            })
        }
        22 => {
            d.long_missing = parse_long_missing(&mut b).unwrap_or_else(|_| {
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
        d.display_per_var = if d.raw.is_empty() {
            0
        } else {
            count / d.raw.len().max(1)
        };
    }
    Ok(())
}

/// `KEY=VALUE` pairs separated by tabs (subtype 13) or NUL-tab (subtype 14).
pub(super) fn pairs(body: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
    body.split(|&b| b == b'\t')
        .filter_map(|item| {
            let item: Vec<u8> = item.iter().copied().filter(|&b| b != 0).collect();
            let eq = item.iter().position(|&b| b == b'=')?;
            Some((item[..eq].to_vec(), item[eq + 1..].to_vec()))
        })
        .collect()
}

/// Subtype 22 entries: variable name and its missing values.
pub(super) type LongMissing = Vec<(Vec<u8>, Vec<Vec<u8>>)>;

/// Subtype 21 entries: variable name and its `(value, label)` pairs.
pub(super) type LongLabels = Vec<(Vec<u8>, Vec<(Vec<u8>, Vec<u8>)>)>;

/// Subtype 21: value labels of strings longer than 8 bytes.
pub(super) fn parse_long_labels(b: &mut Cursor<'_>) -> Result<LongLabels, ReadError> {
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
pub(super) fn parse_long_missing(b: &mut Cursor<'_>) -> Result<LongMissing, ReadError> {
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
