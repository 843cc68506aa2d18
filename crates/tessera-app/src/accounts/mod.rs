//! Accounts: sessions (signing in and out, throttled), who a session or an API token is, and
//! links sent by e-mail.

mod reset;
mod sessions;

pub use reset::{MAX_RESETS, RESET_SECONDS, RESET_WINDOW_SECONDS};
pub use sessions::{
    MAX_FAILURES, NewSession, SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS, SessionPrincipal,
    SignInRefusal, TokenPrincipal, WINDOW_SECONDS, unix_now, valid_email,
};

use crate::App;

impl App {
    /// A link for an e-mail: `path` under the configured public address (never the request's
    /// `Host`, which the client chooses).
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.settings().base_url())
    }
}
