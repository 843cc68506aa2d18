//! Text encodings of CSV/TSV files: detection and conversion to UTF-8.
//!
//! Detection follows what spreadsheet programs write: a byte order mark says UTF-8 or UTF-16;
//! without one, text that is valid UTF-8 is UTF-8, and anything else is taken as Windows-1252,
//! which Excel on Windows writes for "CSV (Comma delimited)" in Western European locales and which
//! is a superset of the printable Latin-1 range. Conversion uses `encoding_rs`, the WHATWG
//! Encoding Standard implementation used by Firefox, rather than tables of our own.

use std::io::{self, Read};

/// A text encoding Tessera reads CSV/TSV files in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextEncoding {
    /// UTF-8, with or without a byte order mark.
    Utf8,
    /// UTF-16, little-endian (what Excel's "Unicode Text" writes).
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Windows-1252 ("ANSI" on Western European Windows; a superset of Latin-1).
    Windows1252,
}

impl TextEncoding {
    /// Every encoding, in the order a form offers them.
    pub const ALL: [TextEncoding; 4] = [
        TextEncoding::Utf8,
        TextEncoding::Windows1252,
        TextEncoding::Utf16Le,
        TextEncoding::Utf16Be,
    ];

    /// The encoding's usual name (`"UTF-8"`, `"windows-1252"`), as stored in
    /// [`crate::SourceInfo::encoding`].
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Windows1252 => "windows-1252",
        }
    }

    /// Parses a name as [`TextEncoding::name`] gives it, or a common alias (`latin1`, `cp1252`,
    /// `utf8`), ignoring case.
    pub fn parse(name: &str) -> Option<TextEncoding> {
        let n = name.trim().to_ascii_lowercase().replace('_', "-");
        match n.as_str() {
            "utf-8" | "utf8" => Some(TextEncoding::Utf8),
            "utf-16le" | "utf-16" | "utf16le" | "utf16" => Some(TextEncoding::Utf16Le),
            "utf-16be" | "utf16be" => Some(TextEncoding::Utf16Be),
            "windows-1252" | "cp1252" | "latin1" | "latin-1" | "iso-8859-1" | "ansi" => {
                Some(TextEncoding::Windows1252)
            }
            _ => None,
        }
    }

    fn encoding_rs(self) -> &'static encoding_rs::Encoding {
        match self {
            TextEncoding::Utf8 => encoding_rs::UTF_8,
            TextEncoding::Utf16Le => encoding_rs::UTF_16LE,
            TextEncoding::Utf16Be => encoding_rs::UTF_16BE,
            TextEncoding::Windows1252 => encoding_rs::WINDOWS_1252,
        }
    }
}

/// The length of the byte order mark `bytes` start with for `encoding` (0 if none).
pub(crate) fn bom_len(bytes: &[u8], encoding: TextEncoding) -> usize {
    let bom: &[u8] = match encoding {
        TextEncoding::Utf8 => b"\xEF\xBB\xBF",
        TextEncoding::Utf16Le => b"\xFF\xFE",
        TextEncoding::Utf16Be => b"\xFE\xFF",
        TextEncoding::Windows1252 => b"",
    };
    if !bom.is_empty() && bytes.starts_with(bom) {
        bom.len()
    } else {
        0
    }
}

/// The encoding a byte order mark at the start of `head` declares.
fn from_bom(head: &[u8]) -> Option<TextEncoding> {
    if head.starts_with(b"\xEF\xBB\xBF") {
        Some(TextEncoding::Utf8)
    } else if head.starts_with(b"\xFF\xFE") {
        Some(TextEncoding::Utf16Le)
    } else if head.starts_with(b"\xFE\xFF") {
        Some(TextEncoding::Utf16Be)
    } else {
        None
    }
}

/// Detects the encoding of a whole text file held in memory.
///
/// A byte order mark decides; otherwise valid UTF-8 is UTF-8 and anything else Windows-1252.
pub fn detect_encoding(bytes: &[u8]) -> TextEncoding {
    from_bom(bytes).unwrap_or_else(|| {
        if std::str::from_utf8(bytes).is_ok() {
            TextEncoding::Utf8
        } else {
            TextEncoding::Windows1252
        }
    })
}

/// Detects the encoding of a text stream, reading it to the end in blocks (no whole-file buffer).
pub(crate) fn detect_encoding_in(mut reader: impl Read) -> io::Result<TextEncoding> {
    let mut buf = vec![0u8; 1 << 20];
    let mut carry = 0usize;
    let mut first = true;
    loop {
        let n = reader.read(&mut buf[carry..])?;
        if first {
            first = false;
            if let Some(e) = from_bom(&buf[..carry + n]) {
                return Ok(e);
            }
        }
        let filled = carry + n;
        if n == 0 {
            // A sequence cut short by the end of the file is not UTF-8.
            return Ok(if carry == 0 {
                TextEncoding::Utf8
            } else {
                TextEncoding::Windows1252
            });
        }
        match std::str::from_utf8(&buf[..filled]) {
            Ok(_) => carry = 0,
            Err(e) => match e.error_len() {
                Some(_) => return Ok(TextEncoding::Windows1252),
                // Incomplete sequence at the end of the block: keep it for the next block.
                None => {
                    let valid = e.valid_up_to();
                    buf.copy_within(valid..filled, 0);
                    carry = filled - valid;
                }
            },
        }
    }
}

/// Converts text in `encoding` (after any byte order mark) to UTF-8.
///
/// Bytes that are not valid in the encoding become U+FFFD, as every browser does.
pub(crate) fn to_utf8(bytes: &[u8], encoding: TextEncoding) -> Vec<u8> {
    let body = &bytes[bom_len(bytes, encoding)..];
    let (text, _) = encoding.encoding_rs().decode_without_bom_handling(body);
    text.into_owned().into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_decides_the_encoding() {
        assert_eq!(detect_encoding(b"\xEF\xBB\xBFa,b"), TextEncoding::Utf8);
        assert_eq!(detect_encoding(b"\xFF\xFEa\0"), TextEncoding::Utf16Le);
        assert_eq!(detect_encoding(b"\xFE\xFF\0a"), TextEncoding::Utf16Be);
    }

    #[test]
    fn text_that_is_not_utf8_is_read_as_windows_1252() {
        assert_eq!(detect_encoding("café".as_bytes()), TextEncoding::Utf8);
        assert_eq!(detect_encoding(b"caf\xE9"), TextEncoding::Windows1252);
        assert_eq!(
            String::from_utf8(to_utf8(b"Don\x92t know, \xA35", TextEncoding::Windows1252)),
            Ok("Don\u{2019}t know, £5".to_owned())
        );
    }

    #[test]
    fn streamed_detection_sees_a_multibyte_character_split_between_blocks() {
        let mut text = vec![b'a'; (1 << 20) - 1];
        text.extend_from_slice("é".as_bytes());
        assert_eq!(detect_encoding_in(&text[..]).ok(), Some(TextEncoding::Utf8));
        text.push(0xE9);
        assert_eq!(
            detect_encoding_in(&text[..]).ok(),
            Some(TextEncoding::Windows1252)
        );
    }

    #[test]
    fn encoding_names_parse_back() {
        for e in TextEncoding::ALL {
            assert_eq!(TextEncoding::parse(e.name()), Some(e));
        }
        assert_eq!(
            TextEncoding::parse("Latin1"),
            Some(TextEncoding::Windows1252)
        );
        assert_eq!(TextEncoding::parse("ebcdic"), None);
    }
}
