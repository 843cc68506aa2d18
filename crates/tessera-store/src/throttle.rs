//! Throttling of attempts that guess at secrets (signing in, asking for password reset links),
//! counted in the database so that every `tessera serve` process sees the same counts.
//!
//! [`Throttle::claim_attempt`] counts an attempt and says whether it is within the limit in one
//! statement (an `INSERT … ON CONFLICT DO UPDATE … RETURNING`), so attempts made at the same
//! moment are counted one after another by the database and no more than the limit are ever
//! allowed. The caller claims before it checks anything: a refused claim means the password is
//! not even looked at. Windows are fixed: the first attempt starts one, and it ends `window`
//! seconds later whatever happens in between.

use crate::{AnyStore, StoreError};

/// The answer to a claimed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt {
    /// Whether this attempt is within the limit and may go ahead.
    pub allowed: bool,
    /// Attempts counted in the current window, this one included.
    pub attempts: i64,
    /// When the current window ends and counting starts again (Unix seconds).
    pub window_ends_at: i64,
}

/// Counting attempts per key (e.g. an e-mail address, or `reset:` and an address).
pub trait Throttle: Send + Sync {
    /// Counts an attempt for `key` at `now` and says whether it is one of the first `limit`
    /// of the window of `window_seconds` it falls in. Also forgets every key whose window
    /// has ended.
    fn claim_attempt(
        &self,
        key: &str,
        limit: u32,
        window_seconds: i64,
        now: i64,
    ) -> impl Future<Output = Result<Attempt, StoreError>> + Send;

    /// Forgets the attempts counted for `key` (after a successful sign-in).
    fn clear_attempts(&self, key: &str) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Notes a failed sign-in for `account` (a lower-cased e-mail address) at `now`.
    ///
    /// Superseded by [`Throttle::claim_attempt`]: a separate check and count can be raced by
    /// attempts made at the same moment. Kept until the sign-in page moves over.
    fn record_sign_in_failure(
        &self,
        account: &str,
        now: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// How many failed sign-ins `account` has had since `since` (superseded, as above).
    fn sign_in_failures(
        &self,
        account: &str,
        since: i64,
    ) -> impl Future<Output = Result<i64, StoreError>> + Send;

    /// Forgets an account's failed sign-ins (superseded, as above).
    fn clear_sign_in_failures(
        &self,
        account: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// Counts one attempt: a new key, or one whose window has ended (`$3` is now), starts a new
/// window ending at `$2`; otherwise the count goes up by one. Both databases evaluate every
/// `SET` expression against the row as it was, and lock the row for the statement.
const CLAIM: &str = "INSERT INTO throttle (key, attempts, window_ends_at) VALUES ($1, 1, $2) \
     ON CONFLICT (key) DO UPDATE SET \
         attempts = CASE WHEN throttle.window_ends_at <= $3 THEN 1 \
             ELSE throttle.attempts + 1 END, \
         window_ends_at = CASE WHEN throttle.window_ends_at <= $3 THEN excluded.window_ends_at \
             ELSE throttle.window_ends_at END \
     RETURNING attempts, window_ends_at";

const FORGET_ENDED: &str = "DELETE FROM throttle WHERE window_ends_at <= $1";

const CLEAR: &str = "DELETE FROM throttle WHERE key = $1";

const INSERT_FAILURE: &str = "INSERT INTO sign_in_failure (account, at) VALUES ($1, $2)";

const COUNT_FAILURES: &str = "SELECT COUNT(*) FROM sign_in_failure WHERE account = $1 AND at > $2";

const CLEAR_FAILURES: &str = "DELETE FROM sign_in_failure WHERE account = $1";

impl Throttle for AnyStore {
    async fn claim_attempt(
        &self,
        key: &str,
        limit: u32,
        window_seconds: i64,
        now: i64,
    ) -> Result<Attempt, StoreError> {
        let (attempts, window_ends_at): (i64, i64) = sqlx::query_as(CLAIM)
            .bind(key)
            .bind(now.saturating_add(window_seconds.max(1)))
            .bind(now)
            .fetch_one(&self.pool)
            .await?;
        // Tidied here rather than by a background job, as sessions are; a key whose window
        // ended counts from one again anyway, so this only keeps the table small.
        sqlx::query(FORGET_ENDED)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(Attempt {
            allowed: attempts <= i64::from(limit),
            attempts,
            window_ends_at,
        })
    }

    async fn clear_attempts(&self, key: &str) -> Result<(), StoreError> {
        sqlx::query(CLEAR).bind(key).execute(&self.pool).await?;
        Ok(())
    }

    async fn record_sign_in_failure(&self, account: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query(INSERT_FAILURE)
            .bind(account)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn sign_in_failures(&self, account: &str, since: i64) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(COUNT_FAILURES)
            .bind(account)
            .bind(since)
            .fetch_one(&self.pool)
            .await?)
    }

    async fn clear_sign_in_failures(&self, account: &str) -> Result<(), StoreError> {
        sqlx::query(CLEAR_FAILURES)
            .bind(account)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::AnyStore;
    use crate::prelude::*;

    const LIMIT: u32 = 5;
    const WINDOW: i64 = 900;

    /// A SQLite file (several connections, so claims really run at once) and, when configured,
    /// PostgreSQL.
    async fn stores(dir: &std::path::Path) -> Vec<AnyStore> {
        let sqlite = AnyStore::open_path(&dir.join("t.sqlite"))
            .await
            .expect("sqlite file");
        sqlite.migrate().await.expect("migrate");
        let mut stores = vec![sqlite];
        stores.extend(
            crate::testing::all()
                .await
                .expect("databases")
                .into_iter()
                .skip(1),
        );
        stores
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_hundred_concurrent_claims_allow_exactly_the_limit() {
        let dir = tempfile::tempdir().expect("tempdir");
        for store in stores(dir.path()).await {
            let claims: Vec<_> = (0..100)
                .map(|_| {
                    let store = store.clone();
                    tokio::spawn(async move {
                        store
                            .claim_attempt("ana@a.example", LIMIT, WINDOW, 1_000)
                            .await
                    })
                })
                .collect();
            let mut allowed = 0;
            let mut counts = Vec::new();
            for claim in claims {
                let attempt = claim.await.expect("task").expect("claim");
                allowed += usize::from(attempt.allowed);
                counts.push(attempt.attempts);
            }
            counts.sort_unstable();
            assert_eq!(allowed, LIMIT as usize, "{}", store.backend());
            assert_eq!(
                counts,
                (1..=100).collect::<Vec<i64>>(),
                "{}: every claim counted once",
                store.backend()
            );
        }
    }

    #[tokio::test]
    async fn a_window_ends_keys_are_separate_and_clearing_starts_again() {
        let dir = tempfile::tempdir().expect("tempdir");
        for store in stores(dir.path()).await {
            for i in 1..=LIMIT {
                let attempt = store
                    .claim_attempt("ana@a.example", LIMIT, WINDOW, 1_000 + i64::from(i))
                    .await
                    .expect("claim");
                assert!(attempt.allowed);
                assert_eq!(attempt.window_ends_at, 1_901, "the first attempt starts it");
            }
            let refused = store
                .claim_attempt("ana@a.example", LIMIT, WINDOW, 1_900)
                .await
                .expect("claim");
            assert!(!refused.allowed);
            assert_eq!(refused.attempts, 6);
            // Another key has its own count.
            let reset = store
                .claim_attempt("reset:ana@a.example", 1, 3_600, 1_900)
                .await
                .expect("claim");
            assert!(reset.allowed);
            // The window ends at 1901: counting starts again.
            let next = store
                .claim_attempt("ana@a.example", LIMIT, WINDOW, 1_901)
                .await
                .expect("claim");
            assert!(next.allowed);
            assert_eq!((next.attempts, next.window_ends_at), (1, 2_801));
            store.clear_attempts("ana@a.example").await.expect("clear");
            for _ in 0..LIMIT {
                assert!(
                    store
                        .claim_attempt("ana@a.example", LIMIT, WINDOW, 1_902)
                        .await
                        .expect("claim")
                        .allowed
                );
            }
            // The reset key's window (to 5500) is not tidied away by the shorter one's.
            let again = store
                .claim_attempt("reset:ana@a.example", 1, 3_600, 2_000)
                .await
                .expect("claim");
            assert!(!again.allowed);
        }
    }
}
