//! The one error type of the application layer: what went wrong, in words for the person who
//! asked, with the kind the web layer turns into a status.

use tessera_store::StoreError;

/// Why a use case could not be carried out.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Nothing with that id in the organisation (or one the requester may not see).
    #[error("{0}")]
    NotFound(String),
    /// The request cannot be carried out as asked; the message says what to change.
    #[error("{0}")]
    Invalid(String),
    /// Who is asking is unknown: no session, or an API token that is not valid. The message
    /// says what to send.
    #[error("{0}")]
    Unauthorized(String),
    /// The person's role does not allow it; the message names the role needed.
    #[error("{0}")]
    Forbidden(String),
    /// A file or body above a documented limit; the message names the limit.
    #[error("{0}")]
    TooLarge(String),
    /// Too many attempts or too much in progress; the message says when to try again.
    #[error("{0}")]
    TooMany(String),
    /// Not ready yet; the message says when to try again.
    #[error("{0}")]
    Unavailable(String),
    /// The database failed. Logged, never shown.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A failure of ours. Logged, never shown.
    #[error("{0}")]
    Internal(String),
}

impl AppError {
    /// A failure of ours, from anything that can be displayed.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        Self::Internal(cause.to_string())
    }

    /// Whether this is a failure of ours (a 5xx), whose details are not shown.
    pub fn is_internal(&self) -> bool {
        matches!(self, Self::Store(_) | Self::Internal(_))
    }
}

/// The result of a use case.
pub type AppResult<T> = Result<T, AppError>;
