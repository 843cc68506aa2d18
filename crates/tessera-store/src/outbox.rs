//! The e-mail outbox: messages Tessera would send (invitations, password reset links), kept in
//! the database for an operator to read or a mailer to send (`tessera outbox`).

use serde::Serialize;

use crate::db::now;
use crate::{AnyStore, StoreError};

/// A message waiting to be sent by e-mail (Tessera keeps them when no mail server is set up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxMessage {
    /// Database id.
    pub id: i64,
    /// Recipient.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// When it was written (RFC 3339, UTC).
    pub created_at: String,
}

/// Writing and reading the outbox.
pub trait Outbox: Send + Sync {
    /// Writes an e-mail to the outbox.
    fn queue_message(
        &self,
        to: &str,
        subject: &str,
        body: &str,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The newest messages of the outbox, newest first.
    fn outbox(
        &self,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<OutboxMessage>, StoreError>> + Send;
}

const INSERT: &str =
    "INSERT INTO outbox (to_address, subject, body, created_at) VALUES ($1, $2, $3, $4)";

const SELECT_NEWEST: &str =
    "SELECT id, to_address, subject, body, created_at FROM outbox ORDER BY id DESC LIMIT $1";

impl Outbox for AnyStore {
    async fn queue_message(&self, to: &str, subject: &str, body: &str) -> Result<(), StoreError> {
        sqlx::query(INSERT)
            .bind(to)
            .bind(subject)
            .bind(body)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn outbox(&self, limit: u32) -> Result<Vec<OutboxMessage>, StoreError> {
        let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(SELECT_NEWEST)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, to, subject, body, created_at)| OutboxMessage {
                id,
                to,
                subject,
                body,
                created_at,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use crate::prelude::*;

    #[tokio::test]
    async fn the_outbox_lists_the_newest_messages_first() {
        for store in crate::testing::all().await.expect("databases") {
            for n in 1..=3 {
                store
                    .queue_message("ana@a.example", &format!("Message {n}"), "Hello")
                    .await
                    .expect("queue");
            }
            let newest = store.outbox(2).await.expect("outbox");
            let subjects: Vec<&str> = newest.iter().map(|m| m.subject.as_str()).collect();
            assert_eq!(subjects, ["Message 3", "Message 2"], "{}", store.backend());
            assert_eq!(newest[0].to, "ana@a.example");
        }
    }
}
