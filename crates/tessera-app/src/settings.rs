//! Settings the application needs, and every limit it enforces, in one place
//! (`docs/limits.md` lists them for people).

use std::path::PathBuf;
use std::time::Duration;

/// How this Tessera runs: its public address, data folder, demo mode and limits.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The address people reach Tessera at (e.g. `https://tessera.example.org`), used in every
    /// link sent by e-mail. Without it, links in e-mails are relative to
    /// [`Settings::FALLBACK_BASE_URL`] — never to the request's `Host` header, which a client
    /// chooses.
    pub public_url: Option<String>,
    /// The data folder, for files kept beside the database.
    pub data_dir: PathBuf,
    /// Whether Tessera runs with demo data.
    pub demo: bool,
    /// What Tessera accepts.
    pub limits: Limits,
}

impl Settings {
    /// The base of links in e-mails when no public address is configured.
    pub const FALLBACK_BASE_URL: &'static str = "http://127.0.0.1:8080";

    /// Settings for a data folder, with no public address and default limits.
    pub fn new(data_dir: PathBuf) -> Self {
        Self {
            public_url: None,
            data_dir,
            demo: false,
            limits: Limits::default(),
        }
    }

    /// The base of every link in an e-mail: the configured public address, or the fallback.
    pub fn base_url(&self) -> String {
        self.public_url
            .as_deref()
            .map(|u| u.trim().trim_end_matches('/'))
            .filter(|u| !u.is_empty())
            .unwrap_or(Self::FALLBACK_BASE_URL)
            .to_owned()
    }
}

/// Limits on what people may send and keep waiting; every refusal names the limit.
#[derive(Debug, Clone)]
pub struct Limits {
    /// The largest data file an upload may carry.
    pub max_upload_bytes: usize,
    /// The largest body of any request other than an upload (forms, JSON): sign-in, plans…
    pub max_form_bytes: usize,
    /// Uploads an organisation may have waiting for their mapping at once.
    pub pending_uploads_per_org: usize,
    /// Bytes of uploads an organisation may have waiting at once.
    pub pending_bytes_per_org: usize,
    /// How long an upload waits for its mapping before it is removed.
    pub upload_expiry: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_upload_bytes: 200 * 1024 * 1024,
            max_form_bytes: 256 * 1024,
            pending_uploads_per_org: 10,
            pending_bytes_per_org: 500 * 1024 * 1024,
            upload_expiry: Duration::from_secs(2 * 60 * 60),
        }
    }
}

impl Limits {
    /// The upload limit in whole megabytes, for messages.
    pub fn max_upload_mb(&self) -> usize {
        self.max_upload_bytes / (1024 * 1024)
    }
}
