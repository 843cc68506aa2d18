//! Parses arbitrary text as a plan file (JSON), as plan import does.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tessera_plan::Plan::from_json(text);
    }
});
