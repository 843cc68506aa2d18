//! SPSS system files (`.sav`), read by our own reader and written by [`write`].
//!
//! Layout from the PSPP developers' guide, "System File Format"
//! (<https://www.gnu.org/software/pspp/pspp-dev/html_node/System-File-Format.html>).
//! The file is read in its own order: the [`header`] (176 bytes), the [`dictionary`] records up
//! to the record of type 999 (with the [`extension`] records it contains), the [`variables`]
//! assembled from them, then the [`data`].

mod cursor;
mod data;
mod dictionary;
mod extension;
mod header;
mod variables;
pub(crate) mod write;

use cursor::{Cursor, Encoding, decode};

use crate::error::ReadError;
use crate::limits::ReadLimits;
use crate::model::{Codebook, Dataset, SourceInfo};
use crate::problem::Problem;

/// Reads an SPSS system file.
pub(crate) fn read(
    bytes: &[u8],
    mut source: SourceInfo,
    limits: &ReadLimits,
) -> Result<(Dataset, Vec<Problem>), ReadError> {
    let file = source.name.clone();
    let mut c = Cursor {
        data: bytes,
        pos: 0,
        big_endian: false,
        file: &file,
    };
    let mut problems = Vec::new();
    let h = header::read(&mut c)?;
    let d = dictionary::read(&mut c, limits, &mut problems)?;
    let enc = d.encoding.unwrap_or(Encoding::Utf8);
    source.encoding = d.encoding_name.clone().or(Some(match enc {
        Encoding::Utf8 => "UTF-8".to_owned(),
        Encoding::Windows1252 => "windows-1252".to_owned(),
    }));
    if !h.file_label.is_empty() {
        source.file_label = Some(decode(enc, &h.file_label, &mut problems, None));
    }
    let vars = variables::assemble(&d, enc, c.big_endian, &file, limits, &mut problems)?;
    let (mut columns, mut variables, n_rows) = data::read(
        &bytes[c.pos..],
        &h,
        &d,
        vars,
        enc,
        c.big_endian,
        &file,
        limits,
        &mut problems,
    )?;
    let mut names: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
    crate::delimited::dedupe_names(&mut names, None, &mut problems);
    for ((c, v), n) in columns.iter_mut().zip(variables.iter_mut()).zip(names) {
        c.name.clone_from(&n);
        v.name = n;
    }
    Ok((
        Dataset {
            n_rows,
            columns,
            codebook: Codebook { variables },
            source,
        },
        problems,
    ))
}
