//! Throttling of sign-in attempts, counted in the database so that every `tessera serve`
//! process sees the same counts.

use crate::{AnyStore, StoreError};

/// Counting failed sign-ins per account.
pub trait Throttle: Send + Sync {
    /// Notes a failed sign-in for `account` (a lower-cased e-mail address) at `now`.
    fn record_sign_in_failure(
        &self,
        account: &str,
        now: i64,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// How many failed sign-ins `account` has had since `since`.
    fn sign_in_failures(
        &self,
        account: &str,
        since: i64,
    ) -> impl Future<Output = Result<i64, StoreError>> + Send;

    /// Forgets an account's failed sign-ins.
    fn clear_sign_in_failures(
        &self,
        account: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

const INSERT_FAILURE: &str = "INSERT INTO sign_in_failure (account, at) VALUES ($1, $2)";

const COUNT_FAILURES: &str = "SELECT COUNT(*) FROM sign_in_failure WHERE account = $1 AND at > $2";

const CLEAR_FAILURES: &str = "DELETE FROM sign_in_failure WHERE account = $1";

impl Throttle for AnyStore {
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
