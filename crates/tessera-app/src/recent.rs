//! Answers read from the store, kept for a few seconds: who a session or an API token belongs
//! to, a dataset's record. The pages and API read these on every request; keeping them turns
//! several database round trips into a map lookup (issue 10: the profile page under load).
//!
//! An answer is kept only while both hold:
//! - the store has made no write since it was read ([`AnyStore::generation`] is unchanged),
//!   so a sign-out, a role change, a revoked token or an edited mapping on this server is seen
//!   by the very next request;
//! - it is younger than [`TTL`]: another server on the same database writes without this one
//!   knowing, so what it changes is seen here at most [`TTL`] later (`docs/deploy.md`).
//!
//! The map is bounded: when it is full, expired answers go, and if it is still full, all go.
//!
//! [`AnyStore::generation`]: tessera_store::AnyStore::generation

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long an answer is kept at most.
pub const TTL: Duration = Duration::from_secs(5);

/// Answers kept at most, per map.
const CAPACITY: usize = 10_000;

struct Kept<V> {
    at: Instant,
    generation: u64,
    value: V,
}

/// A bounded map of recent answers (see the module's documentation).
pub struct Recent<K, V> {
    inner: Mutex<HashMap<K, Kept<V>>>,
}

impl<K, V> Default for Recent<K, V> {
    fn default() -> Self {
        Self {
            inner: Mutex::new(HashMap::new()),
        }
    }
}

impl<K: Eq + Hash, V: Clone> Recent<K, V> {
    /// The answer kept under `key`, if it was read at store generation `generation` less
    /// than [`TTL`] ago.
    pub fn get(&self, key: &K, generation: u64) -> Option<V> {
        let inner = self.inner.lock().ok()?;
        let kept = inner.get(key)?;
        (kept.generation == generation && kept.at.elapsed() < TTL).then(|| kept.value.clone())
    }

    /// Keeps `value`, read when the store was at `generation`.
    pub fn put(&self, key: K, generation: u64, value: V) {
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        if inner.len() >= CAPACITY {
            inner.retain(|_, kept| kept.at.elapsed() < TTL && kept.generation == generation);
            if inner.len() >= CAPACITY {
                inner.clear();
            }
        }
        inner.insert(
            key,
            Kept {
                at: Instant::now(),
                generation,
                value,
            },
        );
    }

    /// Forgets the answer under `key`.
    pub fn forget(&self, key: &K) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_kept_until_the_store_writes() {
        let recent: Recent<&str, u32> = Recent::default();
        recent.put("a", 7, 1);
        assert_eq!(recent.get(&"a", 7), Some(1));
        assert_eq!(recent.get(&"a", 8), None, "a write since");
        assert_eq!(recent.get(&"b", 7), None);
        recent.forget(&"a");
        assert_eq!(recent.get(&"a", 7), None);
    }

    #[test]
    fn the_map_never_grows_past_its_capacity() {
        let recent: Recent<usize, usize> = Recent::default();
        for i in 0..CAPACITY * 3 {
            recent.put(i, 0, i);
        }
        let len = recent.inner.lock().expect("lock").len();
        assert!(len <= CAPACITY, "{len}");
        assert_eq!(recent.get(&(CAPACITY * 3 - 1), 0), Some(CAPACITY * 3 - 1));
    }
}
