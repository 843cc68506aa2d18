//! Column builders that infer numeric or text type in the same pass as reading.

use std::collections::HashMap;

use crate::model::{ColumnValues, MISSING_CODE};
use crate::number::{FxBuild, format_number, parse_number, trim_bytes};

/// Builds one column from raw cells, starting numeric and turning text at the first
/// non-numeric value.
pub(crate) struct ColumnBuilder {
    numbers: Vec<f64>,
    /// Whether every number so far prints back as the exact text it was read from, so
    /// turning text can reprint them instead of re-reading the file.
    canonical: bool,
    text: Option<TextBuilder>,
    missing: Vec<Box<[u8]>>,
}

/// How many short levels are searched linearly before falling back to the hash map.
const SMALL_LEVELS: usize = 24;

/// Packs a value of at most 15 bytes, with its length, into one integer.
#[inline]
fn pack(v: &[u8]) -> Option<u128> {
    if v.len() > 15 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..v.len()].copy_from_slice(v);
    buf[15] = v.len() as u8;
    Some(u128::from_le_bytes(buf))
}

/// Dictionary-encodes text cells.
pub(crate) struct TextBuilder {
    codes: Vec<u32>,
    levels: Vec<String>,
    index: HashMap<Box<[u8]>, u32, FxBuild>,
    /// Short levels packed into integers (see [`pack`]), searched linearly before hashing:
    /// survey categories are few and short, and comparing integers beats hashing.
    small_keys: Vec<u128>,
    small_codes: Vec<u32>,
    /// `(0-based row, value)` of the first occurrence of each value that was not valid UTF-8.
    pub(crate) invalid_utf8: Vec<(usize, String)>,
}

impl TextBuilder {
    fn new() -> TextBuilder {
        TextBuilder {
            codes: Vec::new(),
            levels: Vec::new(),
            index: HashMap::default(),
            small_keys: Vec::new(),
            small_codes: Vec::new(),
            invalid_utf8: Vec::new(),
        }
    }

    #[inline]
    fn push_present(&mut self, v: &[u8]) {
        let code = self.code_for(v);
        self.codes.push(code);
    }

    /// The code of a trimmed, non-missing value, interning it if new.
    #[inline]
    fn code_for(&mut self, v: &[u8]) -> u32 {
        if let Some(key) = pack(v) {
            if let Some(at) = self.small_keys.iter().position(|&k| k == key) {
                return self.small_codes[at];
            }
            if self.small_keys.len() < SMALL_LEVELS {
                let code = self.intern(v);
                self.small_keys.push(key);
                self.small_codes.push(code);
                return code;
            }
        }
        match self.index.get(v) {
            Some(&code) => code,
            None => self.intern(v),
        }
    }

    /// Appends another builder's rows, mapping its codes onto this builder's levels.
    fn append(&mut self, other: TextBuilder) {
        let offset = self.codes.len();
        let map: Vec<u32> = other
            .levels
            .iter()
            .map(|l| self.code_for(l.as_bytes()))
            .collect();
        self.codes.extend(other.codes.iter().map(|&c| {
            if c == MISSING_CODE {
                MISSING_CODE
            } else {
                map[c as usize]
            }
        }));
        let known: std::collections::HashSet<&str> =
            self.invalid_utf8.iter().map(|(_, v)| v.as_str()).collect();
        let fresh: Vec<(usize, String)> = other
            .invalid_utf8
            .into_iter()
            .filter(|(_, v)| !known.contains(v.as_str()))
            .map(|(i, v)| (i + offset, v))
            .collect();
        self.invalid_utf8.extend(fresh);
    }

    #[cold]
    fn intern(&mut self, v: &[u8]) -> u32 {
        let text = match std::str::from_utf8(v) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                let s = String::from_utf8_lossy(v).into_owned();
                self.invalid_utf8.push((self.codes.len(), s.clone()));
                s
            }
        };
        let code = self.levels.len() as u32;
        self.levels.push(text);
        self.index.insert(v.into(), code);
        code
    }
}

impl ColumnBuilder {
    /// A builder treating the given trimmed values as missing.
    pub(crate) fn new(missing: Vec<Box<[u8]>>, capacity: usize) -> ColumnBuilder {
        ColumnBuilder {
            numbers: Vec::with_capacity(capacity),
            canonical: true,
            text: None,
            missing,
        }
    }

    /// Number of cells pushed.
    pub(crate) fn len(&self) -> usize {
        match &self.text {
            Some(t) => t.codes.len(),
            None => self.numbers.len(),
        }
    }

    #[inline]
    fn is_missing_token(&self, v: &[u8]) -> bool {
        v.is_empty() || (!self.missing.is_empty() && self.missing.iter().any(|m| **m == *v))
    }

    /// Pushes a raw cell.
    ///
    /// Returns false, pushing nothing, when the column is still numeric and the cell is
    /// not a number: the caller must then call [`ColumnBuilder::switch_to_text`] and push
    /// again.
    #[inline]
    pub(crate) fn push(&mut self, raw: &[u8]) -> bool {
        let v = trim_bytes(raw);
        let missing = self.is_missing_token(v);
        if let Some(text) = &mut self.text {
            if missing {
                text.codes.push(MISSING_CODE);
            } else {
                text.push_present(v);
            }
            return true;
        }
        if missing {
            self.numbers.push(f64::NAN);
            return true;
        }
        match parse_number(v) {
            Some((x, canonical)) => {
                self.numbers.push(x);
                self.canonical &= canonical;
                true
            }
            None => false,
        }
    }

    /// Pushes a number read as a number (a spreadsheet numeric cell).
    pub(crate) fn push_number(&mut self, x: f64) {
        match &mut self.text {
            Some(_) => {
                let s = format_number(x);
                self.push(s.as_bytes());
            }
            None => self.numbers.push(x),
        }
    }

    /// Pushes a missing cell.
    pub(crate) fn push_missing(&mut self) {
        match &mut self.text {
            Some(t) => t.codes.push(MISSING_CODE),
            None => self.numbers.push(f64::NAN),
        }
    }

    /// Whether the numbers so far can be printed back exactly as they were written.
    pub(crate) fn can_reprint(&self) -> bool {
        self.canonical
    }

    /// Turns the column into text.
    ///
    /// With `reprint`, the numbers seen so far become their printed forms. Without it they
    /// are dropped, and the caller must push the original cells of the earlier rows again.
    pub(crate) fn switch_to_text(&mut self, reprint: bool) {
        if self.text.is_some() {
            return;
        }
        let numbers = std::mem::take(&mut self.numbers);
        self.text = Some(TextBuilder::new());
        if reprint {
            for x in numbers {
                if x.is_nan() {
                    self.push_missing();
                } else {
                    let s = format_number(x);
                    self.push(s.as_bytes());
                }
            }
        }
    }

    /// Appends the rows of a builder for the next part of the same column.
    ///
    /// When exactly one side is text and the numeric side cannot be reprinted exactly,
    /// `reread_self` / `reread_other` must push that side's original cells again into the
    /// builder they are given.
    pub(crate) fn append<E>(
        &mut self,
        other: ColumnBuilder,
        reread_self: impl FnOnce(&mut ColumnBuilder, usize) -> Result<(), E>,
        reread_other: impl FnOnce(&mut ColumnBuilder, usize) -> Result<(), E>,
    ) -> Result<(), E> {
        match (self.text.is_some(), other.text.is_some()) {
            (false, false) => {
                self.numbers.extend(other.numbers);
                self.canonical &= other.canonical;
            }
            (false, true) => {
                let rows = self.len();
                let reprint = self.canonical;
                self.switch_to_text(reprint);
                if !reprint {
                    reread_self(self, rows)?;
                }
                self.append_text(other);
            }
            (true, true) => self.append_text(other),
            (true, false) => {
                if other.canonical {
                    for x in other.numbers {
                        if x.is_nan() {
                            self.push_missing();
                        } else {
                            self.push_number(x);
                        }
                    }
                } else {
                    reread_other(self, other.numbers.len())?;
                }
            }
        }
        Ok(())
    }

    fn append_text(&mut self, other: ColumnBuilder) {
        if let (Some(mine), Some(theirs)) = (&mut self.text, other.text) {
            mine.append(theirs);
        }
    }

    /// The values, plus `(0-based row, value)` for each distinct value that was not UTF-8.
    pub(crate) fn finish(self) -> (ColumnValues, Vec<(usize, String)>) {
        match self.text {
            Some(t) => (
                ColumnValues::Text {
                    codes: t.codes,
                    levels: t.levels,
                },
                t.invalid_utf8,
            ),
            None => (ColumnValues::Numeric(self.numbers), Vec::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(cells: &[&str]) -> ColumnValues {
        let mut b = ColumnBuilder::new(vec![b"-9".as_slice().into()], 0);
        for (i, c) in cells.iter().enumerate() {
            if !b.push(c.as_bytes()) {
                let reprint = b.can_reprint();
                b.switch_to_text(reprint);
                if !reprint {
                    for c in &cells[..i] {
                        b.push(c.as_bytes());
                    }
                }
                assert!(b.push(c.as_bytes()));
            }
        }
        b.finish().0
    }

    #[test]
    fn numbers_and_blanks_make_a_numeric_column() {
        let v = build(&["1", " 2.5 ", "", "-9", "  "]);
        let ColumnValues::Numeric(v) = v else {
            panic!("numeric expected")
        };
        assert_eq!(v[..2], [1.0, 2.5]);
        assert!(v[2..].iter().all(|x| x.is_nan()));
    }

    #[test]
    fn a_word_turns_the_column_into_text_keeping_earlier_values() {
        let v = build(&["1", "", "2", "dont_know", "1"]);
        assert_eq!(
            v,
            ColumnValues::Text {
                codes: vec![0, MISSING_CODE, 1, 2, 0],
                levels: vec!["1".into(), "2".into(), "dont_know".into()],
            }
        );
    }

    #[test]
    fn non_canonical_numbers_keep_their_original_spelling_when_the_column_turns_text() {
        let v = build(&["01", "1.50", "x"]);
        assert_eq!(
            v,
            ColumnValues::Text {
                codes: vec![0, 1, 2],
                levels: vec!["01".into(), "1.50".into(), "x".into()],
            }
        );
    }
}
