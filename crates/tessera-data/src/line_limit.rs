//! A reader that refuses a CSV row (line) longer than a limit before the parser buffers it.
//!
//! The `csv` crate grows its record buffer to fit whatever one row holds, so a 50 MB file with no
//! line end would be buffered whole, with one field-end index per field. This adapter sits below
//! the parser and counts the bytes since the last row end, following the parser's quoting rules
//! (RFC 4180 as `csv-core` applies them: a quote opens a quoted field only at the start of a
//! field; `""` inside it is a quote; a line end inside quotes does not end the row), and fails
//! the read once a row passes the limit.

use std::fmt;
use std::io::{self, Read};

/// The error carried inside the [`io::Error`] when a row is too long.
#[derive(Debug)]
pub(crate) struct LineTooLong {
    /// The physical line (1-based, in the whole file) where the long row starts.
    pub(crate) line: u64,
    /// Whether the row is long because a quoted field never closes.
    pub(crate) in_quotes: bool,
}

impl fmt::Display for LineTooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the row starting on line {} is too long", self.line)
    }
}

impl std::error::Error for LineTooLong {}

/// Finds the [`LineTooLong`] inside an I/O error, if that is what it is.
pub(crate) fn line_too_long(e: &io::Error) -> Option<&LineTooLong> {
    e.get_ref()?.downcast_ref::<LineTooLong>()
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    /// Outside quotes; `prev` is the byte before (to tell a field's start).
    Unquoted,
    /// Inside a quoted field.
    Quoted,
    /// Just after a quote inside a quoted field: `"` escapes, anything else closes.
    QuoteInQuoted,
}

/// Wraps a reader of CSV bytes; see the module documentation.
pub(crate) struct LineLimited<R> {
    inner: R,
    max: u64,
    delimiter: u8,
    state: State,
    prev: u8,
    since_row_end: u64,
    /// Line ends seen so far, plus the line number the stream starts on, minus one.
    newlines: u64,
    row_start_line: u64,
}

impl<R: Read> LineLimited<R> {
    /// `first_line` is the 1-based line number of the stream's first byte in the whole file.
    pub(crate) fn new(inner: R, max: u64, delimiter: u8, first_line: u64) -> Self {
        LineLimited {
            inner,
            max,
            delimiter,
            state: State::Unquoted,
            prev: b'\n',
            since_row_end: 0,
            newlines: first_line.saturating_sub(1),
            row_start_line: first_line.max(1),
        }
    }

    fn scan(&mut self, block: &[u8]) -> io::Result<()> {
        let mut i = 0;
        while i < block.len() {
            if self.state == State::QuoteInQuoted {
                // Decided by this byte, which is then seen again below when it closes the field.
                if block[i] == b'"' {
                    self.state = State::Quoted;
                    self.prev = b'"';
                    i += 1;
                    self.since_row_end += 1;
                    continue;
                }
                self.state = State::Unquoted;
            }
            let rest = &block[i..];
            let Some(k) = memchr::memchr2(b'"', b'\n', rest) else {
                self.since_row_end += rest.len() as u64;
                if let Some(&last) = rest.last() {
                    self.prev = last;
                }
                break;
            };
            // The line end itself is not counted against the limit.
            self.since_row_end += k as u64;
            let b = rest[k];
            let before = if k > 0 { rest[k - 1] } else { self.prev };
            if b == b'\n' {
                self.newlines += 1;
                if self.state == State::Unquoted {
                    self.check()?;
                    self.since_row_end = 0;
                    self.row_start_line = self.newlines + 1;
                } else {
                    self.since_row_end += 1;
                }
            } else {
                self.since_row_end += 1;
                if self.state == State::Unquoted {
                    if before == self.delimiter || before == b'\n' || before == b'\r' {
                        self.state = State::Quoted;
                    }
                } else {
                    self.state = State::QuoteInQuoted;
                }
            }
            self.prev = b;
            i += k + 1;
        }
        self.check()
    }

    fn check(&self) -> io::Result<()> {
        if self.since_row_end > self.max {
            return Err(io::Error::other(LineTooLong {
                line: self.row_start_line,
                in_quotes: self.state != State::Unquoted,
            }));
        }
        Ok(())
    }
}

impl<R: Read> Read for LineLimited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.scan(&buf[..n])?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(text: &[u8], max: u64) -> Result<(), u64> {
        let mut r = LineLimited::new(text, max, b',', 1);
        let mut out = Vec::new();
        match r.read_to_end(&mut out) {
            Ok(_) => Ok(()),
            Err(e) => Err(line_too_long(&e).map_or(0, |l| l.line)),
        }
    }

    #[test]
    fn a_row_at_the_limit_passes_and_one_byte_more_is_refused() {
        assert_eq!(read_all(b"ab,cd\n12345\n", 5), Ok(()));
        assert_eq!(read_all(b"ab,cd\n123456\n", 5), Err(2));
        assert_eq!(read_all(b"ab,cd\n123456", 5), Err(2));
    }

    #[test]
    fn line_ends_inside_quotes_do_not_end_the_row() {
        assert_eq!(read_all(b"a\n\"1\n2\n3\n4\"\n", 5), Err(2));
        assert_eq!(read_all(b"a\n\"1\n2\"\n", 5), Ok(()));
        // An escaped quote keeps the field open.
        assert_eq!(read_all(b"a\n\"x\"\"\ny\nz\nw\"\n", 6), Err(2));
    }

    #[test]
    fn a_quote_inside_an_unquoted_field_is_an_ordinary_character() {
        assert_eq!(read_all(b"size\n5\" screen\n10\n20\n30\n", 9), Ok(()));
    }
}
