//! Bounds the grid calamine builds for an OpenDocument spreadsheet (`.ods`) before it opens it.
//!
//! calamine reads every sheet of an `.ods` file when it opens it, expanding repeated cells and
//! rows (`table:number-columns-repeated`, `table:number-rows-repeated`) into a dense grid of
//! about 56 bytes a cell (the value and its formula text). An 800-byte file repeating one number
//! 16,384 times across 6,000 repeated rows made it take 3 GB. This scanner streams
//! `content.xml` once, reading only the attributes that matter, and computes each sheet's grid as
//! calamine will size it: from the first to the last row holding a value, by the widest such row
//! (empty cells before a value count, trailing ones do not).

use crate::error::ReadError;
use crate::limits::{self, Limit};

/// calamine's own caps on an `.ods` sheet.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// Streams the tags of `content.xml`, keeping the sheet extent seen so far.
#[derive(Default)]
pub(crate) struct OdsGrid {
    /// An unfinished tag carried from the previous block.
    partial: Vec<u8>,
    in_tag: bool,
    /// Rows so far in the current sheet (with repeats).
    row_index: u64,
    row_repeat: u64,
    /// Cells of the current row up to its last value, and empty cells since that value.
    row_cells: u64,
    pending_empty: u64,
    first_row: Option<u64>,
    last_row: u64,
    width: u64,
    /// The largest grid of any sheet so far, in cells.
    pub(crate) largest: u64,
}

impl OdsGrid {
    /// Feeds the next block of `content.xml`.
    pub(crate) fn feed(&mut self, block: &[u8]) {
        let mut i = 0;
        while i < block.len() {
            if self.in_tag {
                match memchr::memchr(b'>', &block[i..]) {
                    Some(k) => {
                        // Only the start of a tag matters; a huge tag is cut, not buffered.
                        let take = k.min(4096usize.saturating_sub(self.partial.len()));
                        self.partial.extend_from_slice(&block[i..i + take]);
                        let tag = std::mem::take(&mut self.partial);
                        self.tag(&tag);
                        self.in_tag = false;
                        i += k + 1;
                    }
                    None => {
                        let rest = &block[i..];
                        let take = rest.len().min(4096usize.saturating_sub(self.partial.len()));
                        self.partial.extend_from_slice(&rest[..take]);
                        return;
                    }
                }
            } else {
                match memchr::memchr(b'<', &block[i..]) {
                    Some(k) => {
                        self.in_tag = true;
                        i += k + 1;
                    }
                    None => return,
                }
            }
        }
    }

    fn tag(&mut self, tag: &[u8]) {
        // An end tag starts with '/'; a name ends at a space or at the '/' of `<x/>`.
        let name_end = tag
            .iter()
            .skip(1)
            .position(|b| b.is_ascii_whitespace() || *b == b'/')
            .map_or(tag.len(), |p| p + 1);
        let name = &tag[..name_end];
        let self_closing = tag.last() == Some(&b'/');
        match name {
            b"table:table" => self.end_sheet(),
            b"/table:table" => self.end_sheet(),
            b"table:table-row" => {
                self.row_repeat = attribute(tag, b"table:number-rows-repeated").unwrap_or(1);
                self.row_cells = 0;
                self.pending_empty = 0;
                if self_closing {
                    self.end_row();
                }
            }
            b"/table:table-row" => self.end_row(),
            b"table:table-cell" | b"table:covered-table-cell" => {
                let repeat = attribute(tag, b"table:number-columns-repeated").unwrap_or(1);
                if memchr::memmem::find(tag, b"office:value-type").is_some() {
                    self.row_cells = self
                        .row_cells
                        .saturating_add(self.pending_empty)
                        .saturating_add(repeat);
                    self.pending_empty = 0;
                } else {
                    self.pending_empty = self.pending_empty.saturating_add(repeat);
                }
            }
            _ => {}
        }
    }

    fn end_row(&mut self) {
        let repeat = self.row_repeat.min(MAX_ROWS.saturating_sub(self.row_index));
        if self.row_cells > 0 && repeat > 0 {
            self.first_row.get_or_insert(self.row_index);
            self.last_row = self.row_index + repeat - 1;
            self.width = self.width.max(self.row_cells.min(MAX_COLUMNS));
        }
        self.row_index = self.row_index.saturating_add(repeat);
        self.row_repeat = 1;
        self.row_cells = 0;
        self.pending_empty = 0;
    }

    fn end_sheet(&mut self) {
        if let Some(first) = self.first_row {
            let cells = (self.last_row - first + 1).saturating_mul(self.width);
            self.largest = self.largest.max(cells);
        }
        *self = OdsGrid {
            largest: self.largest,
            ..OdsGrid::default()
        };
    }

    /// Refuses a grid over `max` cells.
    pub(crate) fn check(&mut self, file: &str, max: u64) -> Result<(), ReadError> {
        let current = match self.first_row {
            Some(first) => (self.last_row - first + 1).saturating_mul(self.width),
            None => 0,
        };
        limits::check(file, Limit::Cells, max, self.largest.max(current), || {
            Some("a sheet of this OpenDocument file, with its repeated cells,".to_owned())
        })
    }
}

/// The number in `name="N"` inside a tag.
fn attribute(tag: &[u8], name: &[u8]) -> Option<u64> {
    let at = memchr::memmem::find(tag, name)? + name.len();
    let rest = tag.get(at..)?;
    let rest = rest
        .strip_prefix(b"=\"")
        .or_else(|| rest.strip_prefix(b"='"))?;
    let digits: Vec<u8> = rest
        .iter()
        .copied()
        .take_while(u8::is_ascii_digit)
        .collect();
    std::str::from_utf8(&digits).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(xml: &str) -> u64 {
        let mut g = OdsGrid::default();
        // Fed in small pieces, so tags split between blocks are seen whole.
        for chunk in xml.as_bytes().chunks(7) {
            g.feed(chunk);
        }
        g.end_sheet();
        g.largest
    }

    #[test]
    fn repeated_values_count_and_trailing_empty_cells_do_not() {
        let xml = r#"<table:table table:name="A">
            <table:table-row><table:table-cell office:value-type="string"/><table:table-cell table:number-columns-repeated="16383"/></table:table-row>
            <table:table-row table:number-rows-repeated="6000"><table:table-cell table:number-columns-repeated="3"/><table:table-cell table:number-columns-repeated="100" office:value-type="float" office:value="1"/></table:table-row>
            <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            </table:table>"#;
        // Rows 0..=6000, 103 columns wide.
        assert_eq!(grid(xml), 6001 * 103);
    }
}
