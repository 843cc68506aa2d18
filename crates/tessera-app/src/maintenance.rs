//! Housekeeping a server does by itself: removing uploads whose time to be saved has passed, and
//! reminding partners of reports due to their commissioners (see [`crate::partners::reminders`]).

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

    /// One round of housekeeping: removes expired uploads and writes the reminders of
    /// partners' reports due. Each part runs even if the other fails; safe to run as often as
    /// wanted (nothing is reminded twice).
    pub async fn housekeeping(&self) {
        if let Err(e) = self.purge_expired_uploads().await {
            tracing::warn!(error = %e, "could not remove expired uploads");
        }
        let today = time::OffsetDateTime::now_utc().date();
        if let Err(e) = self.send_partner_reminders(today).await {
            tracing::warn!(error = %e, "could not write partners' reminders");
        }
    }

    /// Runs [`App::housekeeping`] now and then every [`PURGE_EVERY`], for as long as the server
    /// runs.
    pub fn spawn_housekeeping(&self) {
        let app = self.clone();
        tokio::spawn(async move {
            loop {
                app.housekeeping().await;
                tokio::time::sleep(PURGE_EVERY).await;
            }
        });
    }
}
