//! The data: cases of 8-byte slots, raw or bytecode-compressed, into columns.

use std::collections::HashMap;

use super::cursor::{Encoding, decode, f64_from, trim_end_spaces};
use super::dictionary::Dictionary;
use super::header::Header;
use super::variables::Var;
use crate::error::ReadError;
use crate::limits::{self, Limit, ReadLimits};
use crate::model::{Column, ColumnValues, MISSING_CODE, Variable, VariableKind};
use crate::number::FxBuild;
use crate::problem::{Problem, ProblemKind};

fn invalid(file: &str, reason: &str) -> ReadError {
    ReadError::Invalid {
        file: file.to_owned(),
        format: "SPSS .sav",
        reason: reason.to_owned(),
    }
}

fn rows_exceeded(file: &str, limits: &ReadLimits, n_vars: usize) -> ReadError {
    if limits.cells / (n_vars as u64).max(1) < limits.rows {
        limits::exceeded(file, Limit::Cells, limits.cells, None, None)
    } else {
        limits::exceeded(file, Limit::Rows, limits.rows, None, None)
    }
}

/// Reads the cases after the dictionary into columns and their codebook entries.
#[expect(
    clippy::too_many_arguments,
    reason = "the parts of the file read before the data, each needed here"
)]
pub(super) fn read(
    data: &[u8],
    h: &Header,
    d: &Dictionary,
    vars: Vec<Var>,
    enc: Encoding,
    big_endian: bool,
    file: &str,
    limits: &ReadLimits,
    problems: &mut Vec<Problem>,
) -> Result<(Vec<Column>, Vec<Variable>, usize), ReadError> {
    let case_slots = d.slot_owner.len();
    let expected_cases = d
        .ncases64
        .filter(|&n| n >= 0)
        .or((h.cases >= 0).then_some(i64::from(h.cases)));
    if vars.is_empty() {
        return Err(invalid(file, "the dictionary defines no variables"));
    }
    // The cases the rest of the file can hold: 8 bytes a slot, or at least one bytecode byte a
    // slot when compressed. The header's count is only a claim; it never sizes memory alone.
    let can_hold = data.len() / case_slots.max(1) / if h.compression == 1 { 1 } else { 8 };
    let max_rows = limits.rows.min(limits.cells / (vars.len() as u64).max(1));
    let reserve = expected_cases
        .unwrap_or(0)
        .clamp(0, 1 << 24)
        .min(can_hold as i64)
        .min(max_rows as i64) as usize;
    let mut slots = SlotReader {
        data,
        pos: 0,
        compressed: h.compression == 1,
        commands: [0; 8],
        next_command: 8,
        bias: h.bias,
        big_endian,
        sysmis: d.sysmis,
        finished: false,
    };
    let mut builders: Vec<Builder> = vars
        .iter()
        .map(|v| {
            if v.width == 0 {
                Builder::Numeric(Vec::with_capacity(reserve))
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
                    let slot = d.raw[v.segments[0]].slot;
                    let x = case[slot].number(big_endian);
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
                        let rv = &d.raw[ri];
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
                        let s = decode(enc, value, problems, Some(&v.name));
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
        if n_rows as u64 > max_rows {
            return Err(rows_exceeded(file, limits, vars.len()));
        }
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
    Ok((columns, variables, n_rows))
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
