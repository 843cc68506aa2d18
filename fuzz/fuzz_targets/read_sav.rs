//! Reads arbitrary bytes as a Sav file with the default limits: it may refuse, never crash,
//! hang or use unbounded memory (run with -rss_limit_mb, see scripts/fuzz).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tessera_data::{Format, ReadOptions, read_bytes};

fuzz_target!(|data: &[u8]| {
    let _ = read_bytes(data, Format::Sav, &ReadOptions::default());
});
