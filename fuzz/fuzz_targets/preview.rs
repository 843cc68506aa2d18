//! Previews arbitrary bytes as CSV and as a workbook, then reads the CSV from the header row
//! the preview detected.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tessera_data::{Format, ReadOptions, preview, read_bytes};

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions::default();
    if let Ok(p) = preview(data, Format::Csv, &options) {
        let options = ReadOptions {
            header_row: p.header_row,
            ..ReadOptions::default()
        };
        let _ = read_bytes(data, Format::Csv, &options);
    }
    let _ = preview(data, Format::Xlsx, &options);
});
