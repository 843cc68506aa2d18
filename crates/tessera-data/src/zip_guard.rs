//! Checks a workbook archive against the limits before calamine opens it.
//!
//! calamine inflates parts as it parses them and believes some counts the file declares (it
//! reserves room for `uniqueCount` shared strings). So every part is inflated here first, counting
//! the bytes that really come out (never the sizes the archive declares), and the shared strings
//! are counted as they stream past. Memory stays at one 64 KiB buffer; a bomb is refused as soon as
//! the count passes the limit, after inflating at most `decompressed_bytes`.

use std::io::{Cursor, Read};

use crate::error::ReadError;
use crate::limits::{self, Limit, ReadLimits};
use crate::ods_guard::OdsGrid;

/// The most cells an `.ods` sheet's grid may have: calamine holds about 56 bytes a cell (value
/// and formula) where the columns Tessera builds hold 8, so the grid gets a seventh of the limit.
pub(crate) fn ods_cells(limits: &ReadLimits) -> u64 {
    limits.cells / 7
}

/// Refuses an archive over the limits; anything that is not a readable zip is left to calamine,
/// which reports it as a damaged workbook.
pub(crate) fn check(bytes: &[u8], file: &str, limits: &ReadLimits) -> Result<(), ReadError> {
    if !bytes.starts_with(b"PK") {
        return Ok(());
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    limits::check(
        file,
        Limit::ZipEntries,
        limits.zip_entries,
        archive.len() as u64,
        || None,
    )?;
    let mut total = 0u64;
    let mut buf = vec![0u8; 64 << 10];
    for i in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(i) else {
            continue;
        };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let mut strings = name
            .to_ascii_lowercase()
            .ends_with("sharedstrings.xml")
            .then(SharedStrings::default);
        let mut ods = (name == "content.xml").then(OdsGrid::default);
        loop {
            let n = match entry.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            total += n as u64;
            if total > limits.decompressed_bytes {
                return Err(limits::exceeded(
                    file,
                    Limit::DecompressedBytes,
                    limits.decompressed_bytes,
                    None,
                    Some(format!("the workbook (stopped in its part {name:?})")),
                ));
            }
            if let Some(g) = &mut ods {
                g.feed(&buf[..n]);
                g.check(file, ods_cells(limits))?;
            }
            if let Some(s) = &mut strings {
                s.feed(&buf[..n]);
                let found = s.count.max(s.declared.unwrap_or(0));
                limits::check(
                    file,
                    Limit::SharedStrings,
                    limits.shared_strings,
                    found,
                    || {
                        Some(if s.count >= found {
                            "the shared strings table".to_owned()
                        } else {
                            "the shared strings table declares that it".to_owned()
                        })
                    },
                )?;
            }
        }
    }
    Ok(())
}

/// Counts `<si>` elements (with or without a namespace prefix) across blocks, and reads the
/// `uniqueCount` the table declares.
#[derive(Default)]
struct SharedStrings {
    count: u64,
    declared: Option<u64>,
    /// The last bytes of the previous block, so a tag split between blocks is still seen.
    tail: Vec<u8>,
    head: Vec<u8>,
}

impl SharedStrings {
    fn feed(&mut self, block: &[u8]) {
        if self.declared.is_none() && self.head.len() < 4096 {
            self.head
                .extend_from_slice(&block[..block.len().min(4096 - self.head.len())]);
            self.declared = declared_count(&self.head);
        }
        let mut window = std::mem::take(&mut self.tail);
        let skip = window.len();
        window.extend_from_slice(block);
        for at in memchr::memmem::find_iter(&window, b"si") {
            // A match decided inside the carried tail (its next byte too) was counted before.
            if at + 3 <= skip {
                continue;
            }
            let after = window.get(at + 2).copied();
            if matches!(after, Some(b'>' | b' ' | b'\t' | b'\r' | b'\n' | b'/'))
                && opens_tag(&window[..at])
            {
                self.count += 1;
            }
        }
        let keep = window.len().min(TAIL);
        self.tail = window[window.len() - keep..].to_vec();
    }
}

/// Bytes carried between blocks: enough for `<` and a namespace prefix before `si`.
const TAIL: usize = 32;

/// Whether `before` ends with `<` or `<prefix:`, so that what follows is an opening tag's name.
fn opens_tag(before: &[u8]) -> bool {
    match before.last() {
        Some(b'<') => true,
        Some(b':') => {
            let prefix = &before[..before.len() - 1];
            let start = prefix
                .iter()
                .rposition(|b| !b.is_ascii_alphanumeric())
                .map_or(0, |p| p + 1);
            start > 0 && start < prefix.len() && prefix[start - 1] == b'<'
        }
        _ => false,
    }
}

/// The `uniqueCount="N"` attribute of the `<sst>` element, when present in `head`.
fn declared_count(head: &[u8]) -> Option<u64> {
    let at = memchr::memmem::find(head, b"uniqueCount=\"")? + 13;
    let digits: Vec<u8> = head[at..]
        .iter()
        .copied()
        .take_while(u8::is_ascii_digit)
        .collect();
    if digits.is_empty() || at + digits.len() >= head.len() {
        return None;
    }
    std::str::from_utf8(&digits)
        .ok()?
        .parse()
        .ok()
        .or(Some(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_strings_split_between_blocks_are_counted_once() {
        let mut s = SharedStrings::default();
        s.feed(b"<sst uniqueCount=\"3\"><si><t>a</t></si><s");
        s.feed(b"i><t>b</t></si><x:si>");
        s.feed(b"<t>simple</t></x:si></sst>");
        assert_eq!(s.count, 3);
        assert_eq!(s.declared, Some(3));
    }

    #[test]
    fn a_declared_count_too_large_for_a_number_counts_as_huge() {
        assert_eq!(
            declared_count(b"<sst uniqueCount=\"99999999999999999999999\">"),
            Some(u64::MAX)
        );
        assert_eq!(declared_count(b"<sst uniqueCount=\"12"), None);
    }
}
