//! Asking for a password reset: an e-mail with a one-time link, throttled per address, and
//! answered in the same time whether or not the address has an account, so addresses cannot be
//! probed by the answer nor by how long it takes.

use std::time::Duration;

use tessera_store::credentials::{hash_token, random_token};
use tessera_store::prelude::*;

use super::sessions::unix_now;
use crate::{App, AppResult, audit};

/// How long a reset link works.
pub const RESET_SECONDS: i64 = 60 * 60;
/// Reset e-mails sent to one address within [`RESET_WINDOW_SECONDS`], at most.
pub const MAX_RESETS: u32 = 3;
/// The window of [`MAX_RESETS`].
pub const RESET_WINDOW_SECONDS: i64 = 60 * 60;
/// Every request takes at least this long, whatever it found.
const ANSWER_AFTER: Duration = Duration::from_millis(300);

impl App {
    /// Sends a reset link to `email` if it has an account (and has not had too many lately);
    /// records the request either way.
    pub async fn request_password_reset(&self, email: &str) -> AppResult<()> {
        let started = tokio::time::Instant::now();
        let result = self.send_reset(email).await;
        tokio::time::sleep_until(started + ANSWER_AFTER).await;
        result
    }

    async fn send_reset(&self, email: &str) -> AppResult<()> {
        let store = self.store();
        let now = unix_now();
        let attempt = store
            .claim_attempt(
                &format!("reset:{email}"),
                MAX_RESETS,
                RESET_WINDOW_SECONDS,
                now,
            )
            .await?;
        let credentials = store.user_credentials(email).await?;
        let org = match &credentials {
            Some(c) => store
                .memberships(c.user.id)
                .await?
                .first()
                .map(|m| m.org.id),
            None => None,
        };
        if !attempt.allowed {
            return audit::record(
                store,
                org,
                email,
                "request-password-reset",
                format!("user:{email}"),
                serde_json::json!({
                    "reason": format!("more than {MAX_RESETS} requests in an hour; nothing sent"),
                }),
            )
            .await;
        }
        let Some(c) = credentials else {
            // Recorded too: requests for addresses without an account may be someone probing.
            return audit::record(
                store,
                None,
                email,
                "request-password-reset",
                format!("user:{email}"),
                serde_json::json!({ "reason": "no account with this address; nothing sent" }),
            )
            .await;
        };
        let token = random_token(32);
        store
            .create_password_reset(c.user.id, &hash_token(&token), now + RESET_SECONDS)
            .await?;
        let link = self.link(&format!("/password/reset/{token}"));
        // In the language the person chose, or else the one they asked in.
        let lang = c
            .user
            .language
            .as_deref()
            .and_then(tessera_l10n::Lang::parse)
            .unwrap_or_else(tessera_l10n::current);
        store
            .queue_message(
                email,
                &tessera_l10n::t_in(lang, "account-reset-mail-subject", &[]),
                &tessera_l10n::t_in(
                    lang,
                    "account-reset-mail-body",
                    &[
                        ("name", c.user.name.as_str().into()),
                        ("link", link.as_str().into()),
                        ("minutes", (RESET_SECONDS / 60).into()),
                    ],
                ),
            )
            .await?;
        audit::record(
            store,
            org,
            email,
            "request-password-reset",
            format!("user:{email}"),
            serde_json::json!({}),
        )
        .await
    }
}
