//! The dictionary: variable records, value labels, documents and extension records, up to the
//! record of type 999 that ends it.

use super::cursor::{Cursor, Encoding, trim_end_spaces};
use super::extension::{self, LongLabels, LongMissing};
use crate::error::ReadError;
use crate::limits::{self, Limit, ReadLimits};
use crate::problem::Problem;

/// A variable record that starts a variable (not a continuation).
pub(super) struct RawVar {
    pub(super) short_name: String,
    /// 0 numeric, else string width in bytes.
    pub(super) width: usize,
    /// First 8-byte slot of the case.
    pub(super) slot: usize,
    /// Number of 8-byte slots (1 + continuations).
    pub(super) slots: usize,
    pub(super) label: Option<Vec<u8>>,
    pub(super) missing_n: i32,
    pub(super) missing_raw: Vec<[u8; 8]>,
}

/// Value label record (type 3) values and labels, with its type 4 variable list.
pub(super) type LabelRecord = (Vec<[u8; 8]>, Vec<Vec<u8>>, Vec<usize>);

/// Everything the dictionary records say, before variables are assembled from them.
#[derive(Default)]
pub(super) struct Dictionary {
    pub(super) raw: Vec<RawVar>,
    /// Case slot → raw variable index.
    pub(super) slot_owner: Vec<usize>,
    pub(super) numeric_labels: Vec<LabelRecord>,
    pub(super) sysmis: f64,
    pub(super) encoding: Option<Encoding>,
    pub(super) encoding_name: Option<String>,
    pub(super) long_names: Vec<(Vec<u8>, Vec<u8>)>,
    pub(super) very_long: Vec<(Vec<u8>, usize)>,
    pub(super) measures: Vec<i32>,
    pub(super) display_per_var: usize,
    pub(super) long_value_labels: LongLabels,
    pub(super) long_missing: LongMissing,
    pub(super) ncases64: Option<i64>,
}

/// Reads dictionary records up to and including type 999.
///
/// Counts the file declares (label lengths, label counts, extension sizes) are checked against
/// the bytes left in the file before anything is reserved for them, and label counts against
/// [`ReadLimits::value_labels`].
pub(super) fn read(
    c: &mut Cursor<'_>,
    limits: &ReadLimits,
    problems: &mut Vec<Problem>,
) -> Result<Dictionary, ReadError> {
    let file = c.file.to_owned();
    let mut d = Dictionary {
        sysmis: -f64::MAX,
        ..Dictionary::default()
    };
    let mut n_labels = 0u64;
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
                    let Some(last) = d.raw.last_mut() else {
                        return Err(c.invalid("a continuation record comes before any variable"));
                    };
                    last.slots += 1;
                    d.slot_owner.push(d.raw.len() - 1);
                } else if (0..=255).contains(&typ) {
                    d.slot_owner.push(d.raw.len());
                    d.raw.push(RawVar {
                        // Names are ASCII in practice; the encoding is applied later anyway.
                        short_name: String::from_utf8_lossy(&name).into_owned(),
                        width: typ as usize,
                        slot: d.slot_owner.len() - 1,
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
                n_labels += n as u64;
                limits::check(
                    &file,
                    Limit::ValueLabels,
                    limits.value_labels,
                    n_labels,
                    || Some("the dictionary".to_owned()),
                )?;
                // Each label takes at least 16 bytes: a claim the file cannot hold is damage.
                if n.saturating_mul(16) > c.remaining() {
                    return Err(c.invalid(format!(
                        "a value label record declares {n} labels, more than the rest of the file can hold"
                    )));
                }
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
                if nv.saturating_mul(4) > c.remaining() {
                    return Err(c.invalid(format!(
                        "a value label record names {nv} variables, more than the rest of the file can hold"
                    )));
                }
                let mut vars = Vec::with_capacity(nv.min(1 << 16));
                for _ in 0..nv {
                    vars.push(c.count("variable index")?);
                }
                d.numeric_labels.push((values, labels, vars));
            }
            6 => {
                let lines = c.count("document line count")?;
                c.bytes(
                    lines
                        .checked_mul(80)
                        .ok_or_else(|| c.invalid("document too long"))?,
                )?;
            }
            7 => extension::record(c, &mut d, problems)?,
            999 => {
                c.i32()?;
                break;
            }
            other => return Err(c.invalid(format!("unknown record type {other}"))),
        }
    }
    n_labels += d
        .long_value_labels
        .iter()
        .map(|(_, entries)| entries.len() as u64)
        .sum::<u64>();
    limits::check(
        &file,
        Limit::ValueLabels,
        limits.value_labels,
        n_labels,
        || Some("the dictionary".to_owned()),
    )?;
    Ok(d)
}
