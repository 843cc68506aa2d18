//! Integration tests for tessera-framework: fixture packs, the shipped packs and search rankings.

mod catalogue;
mod loader;
mod search;
mod search_set;
mod shipped;
mod sources;
mod translations;
mod upload;

use std::path::{Path, PathBuf};

use tessera_framework::Pack;

/// The folder of a fixture pack under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Loads a fixture pack that must be free of problems.
pub fn good_pack(name: &str) -> Pack {
    match tessera_framework::load_pack_dir(&fixture(name)) {
        Ok(pack) => pack,
        Err(e) => panic!("fixture {name} should load:\n{e}"),
    }
}

/// Reads every `.toml` file of a fixture pack as `(path inside the pack, contents)`.
pub fn fixture_sources(name: &str) -> Vec<(String, String)> {
    let root = fixture(name);
    let mut out = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("fixture folder is readable") {
            let path = entry.expect("fixture entry is readable").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                let rel = path
                    .strip_prefix(&root)
                    .expect("inside the fixture")
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((
                    rel,
                    std::fs::read_to_string(&path).expect("fixture is readable"),
                ));
            }
        }
    }
    out.sort();
    out
}
