//! Variables as a person sees them, assembled from the dictionary's records: long names, very
//! long strings (several records), labels, missing values, measures and value labels.

use std::collections::HashMap;

use super::cursor::{Encoding, decode, f64_from, trim_end_spaces};
use super::dictionary::Dictionary;
use crate::error::ReadError;
use crate::limits::{self, Limit, ReadLimits};
use crate::model::{Measure, MissingSpec};
use crate::number::format_number;
use crate::problem::{Problem, ProblemKind};

/// A variable as the user sees it: possibly several segments of a very long string.
pub(super) struct Var {
    pub(super) name: String,
    pub(super) width: usize,
    /// Indexes into the raw variables (one, or one per very-long-string segment).
    pub(super) segments: Vec<usize>,
    pub(super) label: Option<String>,
    pub(super) missing: MissingSpec,
    pub(super) value_labels: Vec<(String, String)>,
    pub(super) measure: Option<Measure>,
    /// Numeric missing values as numbers, for fast checks.
    pub(super) missing_numbers: Vec<f64>,
}

/// Assembles the variables, checking their number and string widths against the limits.
pub(super) fn assemble(
    d: &Dictionary,
    enc: Encoding,
    big_endian: bool,
    file: &str,
    limits: &ReadLimits,
    problems: &mut Vec<Problem>,
) -> Result<Vec<Var>, ReadError> {
    // Variables: long names, very long strings, labels, missing values.
    let long_name_of: HashMap<String, String> = d
        .long_names
        .iter()
        .map(|(k, v)| {
            (
                String::from_utf8_lossy(k).trim().to_owned(),
                decode(enc, v, &mut Vec::new(), None),
            )
        })
        .collect();
    let very_long_of: HashMap<String, usize> = d
        .very_long
        .iter()
        .map(|(k, w)| (String::from_utf8_lossy(k).trim().to_owned(), *w))
        .collect();
    let mut vars: Vec<Var> = Vec::new();
    let mut i = 0;
    while i < d.raw.len() {
        let r = &d.raw[i];
        let name = long_name_of
            .get(&r.short_name)
            .cloned()
            .unwrap_or_else(|| r.short_name.clone());
        let (width, n_segments) = match very_long_of.get(&r.short_name) {
            Some(&w) if r.width > 0 => (w, w.div_ceil(252).max(1)),
            _ => (r.width, 1),
        };
        let segments: Vec<usize> = (i..(i + n_segments).min(d.raw.len())).collect();
        let label = r
            .label
            .as_ref()
            .map(|b| decode(enc, b, problems, Some(&name)));
        let mut missing = MissingSpec::default();
        let mut missing_numbers = Vec::new();
        if r.width == 0 {
            let values: Vec<f64> = r
                .missing_raw
                .iter()
                .map(|b| f64_from(*b, big_endian))
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
                .map(|b| decode(enc, trim_end_spaces(b), problems, Some(&name)))
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
    if d.display_per_var > 0 {
        let mut raw_to_var = vec![usize::MAX; d.raw.len()];
        for (vi, v) in vars.iter().enumerate() {
            for &s in &v.segments {
                raw_to_var[s] = vi;
            }
        }
        for (ri, chunk) in d.measures.chunks(d.display_per_var).enumerate() {
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
    let mut raw_to_var = vec![usize::MAX; d.raw.len()];
    for (vi, v) in vars.iter().enumerate() {
        if let Some(&first) = v.segments.first() {
            raw_to_var[first] = vi;
        }
    }
    let mut applied = 0u64;
    for (values, labels, var_slots) in &d.numeric_labels {
        for &slot in var_slots {
            let Some(&ri) = slot.checked_sub(1).and_then(|s| d.slot_owner.get(s)) else {
                problems.push(Problem::new(ProblemKind::MalformedMetadata, format!("value labels refer to variable number {slot}, which does not exist; they were skipped")));
                continue;
            };
            let Some(v) = raw_to_var.get(ri).and_then(|&vi| vars.get_mut(vi)) else {
                continue;
            };
            applied += values.len() as u64;
            limits::check(
                file,
                Limit::ValueLabels,
                limits.value_labels,
                applied,
                || {
                    Some(
                        "the dictionary (labels counted once per variable they apply to)"
                            .to_owned(),
                    )
                },
            )?;
            let numeric = v.width == 0;
            let name = v.name.clone();
            for (value, label) in values.iter().zip(labels) {
                let code = if numeric {
                    format_number(f64_from(*value, big_endian))
                } else {
                    decode(enc, trim_end_spaces(value), problems, Some(&name))
                };
                let label = decode(enc, label, problems, Some(&name));
                v.value_labels.push((code, label));
            }
        }
    }
    // Long and short names to variables, so that many records do not each search every variable.
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (vi, v) in vars.iter().enumerate().rev() {
        by_name.insert(d.raw[v.segments[0]].short_name.clone(), vi);
    }
    for (vi, v) in vars.iter().enumerate().rev() {
        by_name.insert(v.name.clone(), vi);
    }
    for (var_name, entries) in &d.long_value_labels {
        let var_name = String::from_utf8_lossy(var_name).trim().to_owned();
        if let Some(v) = by_name.get(&var_name).and_then(|&vi| vars.get_mut(vi)) {
            let name = v.name.clone();
            for (value, label) in entries {
                let code = decode(enc, trim_end_spaces(value), problems, Some(&name));
                let label = decode(enc, label, problems, Some(&name));
                v.value_labels.push((code, label));
            }
        }
    }
    for (var_name, values) in &d.long_missing {
        let var_name = String::from_utf8_lossy(var_name).trim().to_owned();
        if let Some(v) = by_name.get(&var_name).and_then(|&vi| vars.get_mut(vi)) {
            let name = v.name.clone();
            for value in values {
                v.missing
                    .codes
                    .push(decode(enc, trim_end_spaces(value), problems, Some(&name)));
            }
        }
    }

    limits::check(
        file,
        Limit::Columns,
        limits.columns,
        vars.len() as u64,
        || Some("the dictionary".to_owned()),
    )?;
    for v in &vars {
        limits::check(
            file,
            Limit::FieldBytes,
            limits.field_bytes,
            v.width as u64,
            || Some(format!("the string variable {}", v.name)),
        )?;
    }
    Ok(vars)
}
