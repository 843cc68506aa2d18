//! Housekeeping a server does by itself: removing uploads whose time to be saved has passed.

use std::time::Duration;

use tessera_store::prelude::*;

use crate::accounts::unix_now;
use crate::{App, AppResult};

/// How often a server removes expired uploads.
pub const PURGE_EVERY: Duration = Duration::from_secs(60 * 60);

impl App {
    /// Removes every organisation's uploads whose expiry has passed; returns how many.
    pub async fn purge_expired_uploads(&self) -> AppResult<u64> {
        let removed = self.store().purge_expired_uploads(unix_now()).await?;
        if removed > 0 {
            tracing::info!(uploads = removed, "expired uploads removed");
        }
        Ok(removed)
    }

    /// Removes expired uploads now and then every [`PURGE_EVERY`], for as long as the server
    /// runs.
    pub fn spawn_housekeeping(&self) {
        let app = self.clone();
        tokio::spawn(async move {
            loop {
                if let Err(e) = app.purge_expired_uploads().await {
                    tracing::warn!(error = %e, "could not remove expired uploads");
                }
                tokio::time::sleep(PURGE_EVERY).await;
            }
        });
    }
}
