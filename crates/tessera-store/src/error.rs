use thiserror::Error;

/// What can go wrong when reading or writing Tessera's data.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The database could not be opened or created.
    #[error("could not open the database at {location}: {source}")]
    Open {
        /// Path or URL (without password) of the database.
        location: String,
        /// The underlying error.
        #[source]
        source: sqlx::Error,
    },
    /// A migration failed to apply.
    #[error("could not bring the database schema up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A value given by the caller was not acceptable.
    #[error("{field}: {message}")]
    Invalid {
        /// The field at fault.
        field: &'static str,
        /// What was wrong and what to do.
        message: String,
    },
    /// Something with the same unique name already exists.
    #[error("{what} already exists")]
    Conflict {
        /// What already exists, e.g. `organisation "demo"`.
        what: String,
    },
    /// An organisation would go over a quota (e.g. of uploads waiting for their mapping).
    #[error("{message}")]
    Quota {
        /// Which limit, and what to do.
        message: String,
    },
    /// A backup could not be written or restored.
    #[error("{0}")]
    Backup(String),
    /// Stored data could not be read back as written.
    #[error("stored data are damaged: {0}")]
    Corrupt(String),
    /// Any other database error.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}
