//! Byte cursor, numbers in the file's byte order, and text in the file's encoding.

use crate::error::ReadError;
use crate::problem::{Problem, ProblemKind};

/// Byte cursor with the file's byte order.
pub(super) struct Cursor<'a> {
    pub(super) data: &'a [u8],
    pub(super) pos: usize,
    pub(super) big_endian: bool,
    pub(super) file: &'a str,
}

impl<'a> Cursor<'a> {
    pub(super) fn invalid(&self, reason: impl Into<String>) -> ReadError {
        ReadError::Invalid {
            file: self.file.to_owned(),
            format: "SPSS .sav",
            reason: format!("{} (at byte {})", reason.into(), self.pos),
        }
    }

    pub(super) fn bytes(&mut self, n: usize) -> Result<&'a [u8], ReadError> {
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

    pub(super) fn array<const N: usize>(&mut self) -> Result<[u8; N], ReadError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.bytes(N)?);
        Ok(out)
    }

    /// Bytes left after the cursor.
    pub(super) fn remaining(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }

    pub(super) fn i32(&mut self) -> Result<i32, ReadError> {
        let b = self.array::<4>()?;
        Ok(if self.big_endian {
            i32::from_be_bytes(b)
        } else {
            i32::from_le_bytes(b)
        })
    }

    pub(super) fn count(&mut self, what: &str) -> Result<usize, ReadError> {
        let n = self.i32()?;
        usize::try_from(n).map_err(|_| self.invalid(format!("negative {what} ({n})")))
    }

    pub(super) fn f64(&mut self) -> Result<f64, ReadError> {
        let b = self.array::<8>()?;
        Ok(f64_from(b, self.big_endian))
    }
}

pub(super) fn f64_from(b: [u8; 8], big_endian: bool) -> f64 {
    if big_endian {
        f64::from_be_bytes(b)
    } else {
        f64::from_le_bytes(b)
    }
}

/// Decodes text in the file's encoding: UTF-8, or windows-1252 / latin-1 for older files.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Encoding {
    Utf8,
    Windows1252,
}

/// Windows-1252 0x80..=0x9F; the rest of the range is Latin-1.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

impl Encoding {
    pub(super) fn from_name(name: &str) -> Option<Encoding> {
        match name.trim().to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => Some(Encoding::Utf8),
            "windows-1252" | "cp1252" | "iso-8859-1" | "iso_8859-1" | "latin1" | "us-ascii"
            | "ascii" => Some(Encoding::Windows1252),
            _ => None,
        }
    }

    pub(super) fn from_code_page(code: i32) -> Option<Encoding> {
        match code {
            65001 => Some(Encoding::Utf8),
            1252 | 28591 | 20127 | 2 | 3 => Some(Encoding::Windows1252),
            _ => None,
        }
    }

    /// Decodes bytes; `Err` carries a lossy decoding when UTF-8 was invalid.
    pub(super) fn decode(self, bytes: &[u8]) -> Result<String, String> {
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

pub(super) fn trim_end_spaces(b: &[u8]) -> &[u8] {
    let end = b
        .iter()
        .rposition(|&c| c != b' ' && c != 0)
        .map_or(0, |p| p + 1);
    &b[..end]
}

/// Decodes dictionary text, recording a problem (and replacing characters) when it is not
/// valid in the file's encoding.
pub(super) fn decode(
    enc: Encoding,
    bytes: &[u8],
    problems: &mut Vec<Problem>,
    column: Option<&str>,
) -> String {
    match enc.decode(bytes) {
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
    }
}
