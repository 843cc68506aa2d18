//! Parses arbitrary text as an estimate spec (TOML), as `tessera estimate --spec` does.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tessera_stats::EstimateSpec::parse(text, "fuzz.toml");
    }
});
