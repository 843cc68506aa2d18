//! The file header record: 176 bytes at the start of the file.

use super::cursor::{Cursor, trim_end_spaces};
use crate::error::ReadError;

/// What the file header says.
pub(super) struct Header {
    /// 0 none, 1 bytecode.
    pub(super) compression: i32,
    /// The case count the header declares (-1 when unknown); only a claim.
    pub(super) cases: i32,
    /// The compression bias (100 in practice).
    pub(super) bias: f64,
    /// The file label, raw bytes.
    pub(super) file_label: Vec<u8>,
}

/// Reads the header, setting the cursor's byte order from the layout code.
pub(super) fn read(c: &mut Cursor<'_>) -> Result<Header, ReadError> {
    let file = c.file.to_owned();
    let magic = c
        .array::<4>()
        .map_err(|_| c.invalid("too short to be an SPSS system file"))?;
    match &magic {
        b"$FL2" => {}
        b"$FL3" => {
            return Err(ReadError::Unsupported {
                file,
                feature: "ZSAV (zlib-compressed .sav)".to_owned(),
                remedy: "Re-save it in SPSS without \"compress\" or with the standard compression, or export it as CSV.".to_owned(),
            });
        }
        _ => return Err(c.invalid("it does not start with \"$FL2\"")),
    }
    c.bytes(60)?; // product name
    let layout = c.array::<4>()?;
    c.big_endian = match (i32::from_le_bytes(layout), i32::from_be_bytes(layout)) {
        (2 | 3, _) => false,
        (_, 2 | 3) => true,
        _ => return Err(c.invalid("unknown layout code, so the byte order is unknown")),
    };
    let _nominal_case_size = c.i32()?;
    let compression = c.i32()?;
    let _weight_index = c.i32()?;
    let header_cases = c.i32()?;
    let bias = c.f64()?;
    c.bytes(9 + 8)?; // creation date and time
    let file_label = trim_end_spaces(c.bytes(64)?).to_vec();
    c.bytes(3)?;
    if compression == 2 {
        return Err(ReadError::Unsupported {
            file,
            feature: "ZSAV (zlib-compressed .sav)".to_owned(),
            remedy: "Re-save it in SPSS with the standard compression, or export it as CSV."
                .to_owned(),
        });
    }
    if compression != 0 && compression != 1 {
        return Err(c.invalid(format!("unknown compression code {compression}")));
    }
    Ok(Header {
        compression,
        cases: header_cases,
        bias,
        file_label,
    })
}
