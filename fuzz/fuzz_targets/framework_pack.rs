//! Loads arbitrary text as a framework pack: the input is split at NUL bytes into `pack.toml`,
//! `domains.toml`, `keywords.toml` and `indicators/fuzz.toml`, the files a pack folder holds.
#![no_main]

use libfuzzer_sys::fuzz_target;

const FILES: [&str; 4] = [
    "pack.toml",
    "domains.toml",
    "keywords.toml",
    "indicators/fuzz.toml",
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let files: Vec<(&str, &str)> = FILES.iter().copied().zip(text.split('\0')).collect();
    let _ = tessera_framework::load_pack_from_sources("fuzz", &files);
});
