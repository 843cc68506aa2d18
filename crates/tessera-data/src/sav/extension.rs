//! Extension records (type 7) with a structure of their own: long names (13), very long strings
//! (14), long string value labels (21) and missing values (22).

use super::cursor::Cursor;
use crate::error::ReadError;

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
