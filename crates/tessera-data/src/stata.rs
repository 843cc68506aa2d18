//! Stata data files (`.dta`) via the `dta` crate.

use std::cell::Cell;
use std::collections::HashMap;
use std::io::{self, Read};
use std::rc::Rc;

use dta::stata::dta::dta_reader::DtaReader;
use dta::stata::dta::long_string_ref::LongStringRef;
use dta::stata::dta::long_string_table::LongStringTable;
use dta::stata::dta::value::Value;
use dta::stata::dta::variable_type::VariableType;

use crate::error::ReadError;
use crate::limits::Limit;
use crate::model::{
    Codebook, Column, ColumnValues, Dataset, MISSING_CODE, SourceInfo, Variable, VariableKind,
};
use crate::number::FxBuild;
use crate::problem::Problem;

/// The file's bytes as a reader that shares its position.
struct Tracked<'a> {
    bytes: &'a [u8],
    pos: Rc<Cell<usize>>,
}

impl Read for Tracked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let at = self.pos.get().min(self.bytes.len());
        let n = (&self.bytes[at..]).read(buf)?;
        self.pos.set(at + n);
        Ok(n)
    }
}

/// Stata stores labels of missing values `.`, `.a`…`.z` under these integer codes.
const MISSING_LABEL_BASE: i32 = 2_147_483_621;

enum Builder {
    Numeric(Vec<f64>),
    Text {
        codes: Vec<u32>,
        levels: Vec<String>,
        index: HashMap<String, u32, FxBuild>,
    },
    /// `strL` references, resolved after the long-string section is read.
    Long(Vec<Option<LongStringRef>>),
}

fn intern(
    codes: &mut Vec<u32>,
    levels: &mut Vec<String>,
    index: &mut HashMap<String, u32, FxBuild>,
    s: &str,
) {
    let s = s.trim_end();
    if s.is_empty() {
        codes.push(MISSING_CODE);
        return;
    }
    let code = match index.get(s) {
        Some(&c) => c,
        None => {
            let c = levels.len() as u32;
            levels.push(s.to_owned());
            index.insert(s.to_owned(), c);
            c
        }
    };
    codes.push(code);
}

/// Reads a Stata file: numbers stay numbers, Stata missing values (`.`, `.a`–`.z`) become NaN.
pub(crate) fn read(
    bytes: &[u8],
    mut source: SourceInfo,
    limits: &crate::limits::ReadLimits,
) -> Result<(Dataset, Vec<Problem>), ReadError> {
    let file = source.name.clone();
    crate::dta_guard::check(bytes, &file, limits)?;
    // Where the `dta` crate stands, so that the lengths it is about to believe can be checked
    // first (it sizes a buffer from each before reading into it).
    let pos = Rc::new(Cell::new(0usize));
    let tracked = Tracked {
        bytes,
        pos: Rc::clone(&pos),
    };
    let invalid = |e: dta::stata::dta::dta_error::DtaError| ReadError::Invalid {
        file: file.clone(),
        format: "Stata .dta",
        reason: e.to_string(),
    };
    let schema_reader = DtaReader::new()
        .from_reader(tracked)
        .read_header()
        .map_err(invalid)?;
    let label = schema_reader.header().dataset_label().trim().to_owned();
    if !label.is_empty() {
        source.file_label = Some(label);
    }
    let mut characteristics = schema_reader.read_schema().map_err(invalid)?;
    crate::dta_guard::check_expansion_fields(bytes, pos.get(), &file)?;
    characteristics.skip_to_end().map_err(invalid)?;
    let mut records = characteristics.into_record_reader().map_err(invalid)?;
    let schema = records.schema().clone();
    if schema.variables().is_empty() {
        // Records of no bytes: a declared observation count would be "read" for nothing.
        return Err(ReadError::Invalid {
            file,
            format: "Stata .dta",
            reason: "the file defines no variables".to_owned(),
        });
    }
    // The declared count only sizes the first allocation, and never beyond what the file can hold
    // (every variable takes at least a byte of each observation).
    let n_vars = schema.variables().len().max(1);
    let expected = usize::try_from(records.header().observation_count())
        .unwrap_or(0)
        .min(bytes.len() / n_vars);
    let max_rows = limits.rows.min(limits.cells / n_vars as u64);
    let mut builders: Vec<Builder> = schema
        .variables()
        .iter()
        .map(|v| match v.variable_type() {
            VariableType::FixedString(_) => Builder::Text {
                codes: Vec::with_capacity(expected.min(1 << 24)),
                levels: Vec::new(),
                index: HashMap::default(),
            },
            VariableType::LongString => Builder::Long(Vec::with_capacity(expected.min(1 << 24))),
            _ => Builder::Numeric(Vec::with_capacity(expected.min(1 << 24))),
        })
        .collect();
    let mut n_rows = 0usize;
    while let Some(record) = records.read_record().map_err(invalid)? {
        for (value, b) in record.values().iter().zip(builders.iter_mut()) {
            match (b, value) {
                (Builder::Numeric(v), value) => v.push(number(value)),
                (
                    Builder::Text {
                        codes,
                        levels,
                        index,
                    },
                    Value::String(s),
                ) => intern(codes, levels, index, s),
                (Builder::Long(refs), Value::LongStringRef(r)) => refs.push(Some(*r)),
                (Builder::Text { codes, .. }, _) => codes.push(MISSING_CODE),
                (Builder::Long(refs), _) => refs.push(None),
            }
        }
        n_rows += 1;
        if n_rows as u64 > max_rows {
            return Err(if limits.cells / (n_vars as u64) < limits.rows {
                crate::limits::exceeded(&file, Limit::Cells, limits.cells, None, None)
            } else {
                crate::limits::exceeded(&file, Limit::Rows, limits.rows, None, None)
            });
        }
    }
    let mut long_strings = records.into_long_string_reader().map_err(invalid)?;
    let encoding = long_strings.encoding();
    let mut table = LongStringTable::for_reading();
    long_strings
        .read_remaining_into(&mut table)
        .map_err(invalid)?;
    let mut value_labels_reader = long_strings.into_value_label_reader().map_err(invalid)?;
    crate::dta_guard::check_binary_value_labels(bytes, pos.get(), &file, limits)?;
    let mut label_sets = HashMap::new();
    while let Some(set) = value_labels_reader
        .read_value_label_set()
        .map_err(invalid)?
    {
        let entries: Vec<(String, String)> = set
            .entries()
            .iter()
            .map(|e| {
                let code = match e.value() {
                    v if v >= MISSING_LABEL_BASE => missing_name((v - MISSING_LABEL_BASE) as u8),
                    v => v.to_string(),
                };
                (code, e.label().to_owned())
            })
            .collect();
        label_sets.insert(set.name().to_owned(), entries);
    }

    let mut columns = Vec::with_capacity(builders.len());
    let mut variables = Vec::with_capacity(builders.len());
    for (v, b) in schema.variables().iter().zip(builders) {
        let values = match b {
            Builder::Numeric(values) => ColumnValues::Numeric(values),
            Builder::Text { codes, levels, .. } => ColumnValues::Text { codes, levels },
            Builder::Long(refs) => {
                let (mut codes, mut levels, mut index) =
                    (Vec::new(), Vec::new(), HashMap::default());
                for r in refs {
                    let text = r
                        .and_then(|r| {
                            let s = table.get(&r)?;
                            s.data_str(encoding).map(|c| c.into_owned())
                        })
                        .unwrap_or_default();
                    intern(
                        &mut codes,
                        &mut levels,
                        &mut index,
                        text.trim_end_matches('\0'),
                    );
                }
                ColumnValues::Text { codes, levels }
            }
        };
        let kind = match values {
            ColumnValues::Numeric(_) => VariableKind::Numeric,
            ColumnValues::Text { .. } => VariableKind::Text,
        };
        let mut variable = Variable::new(v.name(), kind);
        let label = v.label().trim();
        if !label.is_empty() {
            variable.label = Some(label.to_owned());
        }
        if let Some(entries) = label_sets.get(v.value_label_name()) {
            for (code, label) in entries {
                if code.starts_with('.') {
                    variable.missing.codes.push(code.clone());
                }
                variable.value_labels.push((code.clone(), label.clone()));
            }
        }
        variables.push(variable);
        columns.push(Column {
            name: v.name().to_owned(),
            values,
        });
    }
    Ok((
        Dataset {
            n_rows,
            columns,
            codebook: Codebook { variables },
            source,
        },
        Vec::new(),
    ))
}

/// `.` for 0, `.a` for 1 … `.z` for 26.
fn missing_name(k: u8) -> String {
    if k == 0 {
        ".".to_owned()
    } else {
        format!(".{}", char::from(b'a' + k - 1))
    }
}

fn number(value: &Value<'_>) -> f64 {
    let present = match value {
        Value::Byte(v) => v.present().map(f64::from),
        Value::Int(v) => v.present().map(f64::from),
        Value::Long(v) => v.present().map(f64::from),
        // A float's shortest decimal form is what Stata shows; widen that, not the binary value
        // (0.1f32 would otherwise become 0.10000000149011612).
        Value::Float(v) => v
            .present()
            .map(|x| format!("{x}").parse().unwrap_or(f64::from(x))),
        Value::Double(v) => v.present(),
        Value::String(_) | Value::LongStringRef(_) => None,
    };
    present.unwrap_or(f64::NAN)
}
