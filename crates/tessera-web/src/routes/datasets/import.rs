//! Bringing a file in: upload, mapping, validation report, save. (Owned by the import work.)

use std::time::Instant;

/// An upload being mapped and checked; kept in memory until saved or abandoned.
pub(crate) struct PendingImport {
    /// When it was uploaded; pending imports expire.
    pub created: Instant,
    /// The uploaded file's name.
    pub file_name: String,
    /// The file exactly as uploaded.
    pub bytes: Vec<u8>,
}

/// The routes that bring a file in.
pub(crate) fn routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
}
