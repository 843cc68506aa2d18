//! Bringing a file in as a dataset: read it, map it, check it, save it. The web app walks a
//! person through these steps with an upload waiting in between; `tessera import` does them at
//! once. Both use the same functions, so they store the same dataset.

mod order;
mod pending;
mod prepare;
mod read;

use std::sync::Arc;
use std::time::Instant;

use tessera_data::{CodebookFile, Problems, ReadError};
use tessera_stats::mapping::{DatasetMapping, MappingError};
use tessera_store::{DatasetId, DatasetSummary, OrgId, Role, prelude::*};

pub use order::{natural_cmp, sort_naturally};
pub use pending::{PendingImport, PendingUploads, gone};
pub use prepare::{Origin, new_dataset, problems_under, waves};
pub use read::{UploadOptions, base_name, format_code, format_of, read_upload};

use crate::{Actor, App, AppError, AppResult, audit};

/// Why a file could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file name does not end in a format Tessera reads.
    #[error(
        "{file}: Tessera cannot read this kind of file. Save the data as CSV (.csv, .tsv or .txt), Excel (.xlsx), SPSS (.sav) or Stata (.dta) and try again."
    )]
    UnsupportedFormat {
        /// The file name.
        file: String,
    },
    /// The file could not be read at all.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The mapping names a column the file does not have.
    #[error("the mapping does not fit the file: {0}")]
    Mapping(#[from] MappingError),
    /// Reading or checking stopped unexpectedly.
    #[error("the import stopped unexpectedly: {0}")]
    Interrupted(String),
    /// Something else stopped it (not found, quota, the database).
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<tessera_store::StoreError> for ImportError {
    fn from(e: tessera_store::StoreError) -> Self {
        Self::App(AppError::Store(e))
    }
}

/// A file a person uploaded, with what they said about it.
pub struct Upload {
    /// The dataset's name (the file's name without its extension when blank).
    pub name: String,
    /// The file's name as sent (folders are dropped).
    pub file_name: String,
    /// The file.
    pub bytes: Vec<u8>,
    /// A codebook adding labels and missing codes.
    pub codebook: Option<CodebookFile>,
    /// How to read it.
    pub options: UploadOptions,
}

/// The dataset a new upload corrects, with the mapping it starts from.
pub struct Parent {
    /// The dataset.
    pub id: DatasetId,
    /// Its mapping.
    pub mapping: DatasetMapping,
}

impl App {
    /// Reads an upload and keeps it waiting for its mapping; returns its token.
    pub async fn start_import(
        &self,
        actor: &Actor,
        parent: Option<Parent>,
        upload: Upload,
    ) -> Result<String, ImportError> {
        actor.require(Role::Editor)?;
        let file_name = base_name(&upload.file_name);
        let bytes = upload.bytes;
        let started = Instant::now();
        let (bytes, read) = {
            let file_name = file_name.clone();
            let options = upload.options.clone();
            let codebook = upload.codebook;
            tokio::task::spawn_blocking(move || {
                let read = read_upload(&bytes, &file_name, codebook, &options);
                (bytes, read)
            })
            .await
            .map_err(|e| ImportError::Interrupted(e.to_string()))?
        };
        let (format, outcome) = read?;
        tracing::info!(
            org.id = %actor.org.id,
            file.name = %file_name,
            file.bytes = bytes.len(),
            rows = outcome.dataset.n_rows,
            duration_ms = started.elapsed().as_millis() as u64,
            "upload read"
        );
        let name = match upload.name.trim() {
            "" => file_name
                .rsplit_once('.')
                .map_or(file_name.as_str(), |(stem, _)| stem)
                .to_owned(),
            name => name.to_owned(),
        };
        // The file holds personal data from now on, even if it is never saved: record it.
        audit::record(
            self.store(),
            Some(actor.org.id),
            &actor.name,
            "upload",
            format!("file:{file_name}"),
            serde_json::json!({
                "bytes": bytes.len(),
                "rows": outcome.dataset.n_rows,
                "format": format_code(format),
                "name": name,
            }),
        )
        .await?;
        let (parent, mapping) = match parent {
            Some(p) => (Some(p.id), Some(p.mapping)),
            None => (None, None),
        };
        let token = self.uploads().insert(
            self.limits(),
            PendingImport {
                created: Instant::now(),
                org: actor.org.id,
                name,
                parent,
                file_name,
                format,
                bytes: Arc::new(bytes),
                outcome: Arc::new(outcome),
                mapping,
                problems: None,
            },
        )?;
        Ok(token)
    }

    /// The upload under `token`, if it belongs to `org`.
    pub fn pending_import(&self, org: OrgId, token: &str) -> AppResult<PendingImport> {
        self.uploads().get(self.limits(), org, token)
    }

    /// Checks the upload under `token` against `mapping` and keeps both: every problem, ordered
    /// by row. A mapping that does not fit the file is an error; problems in the data are not.
    pub async fn check_import(
        &self,
        actor: &Actor,
        token: &str,
        mapping: DatasetMapping,
    ) -> Result<Arc<Problems>, ImportError> {
        actor.require(Role::Editor)?;
        let pending = self.pending_import(actor.org.id, token)?;
        let outcome = Arc::clone(&pending.outcome);
        let checked = mapping.clone();
        let problems = tokio::task::spawn_blocking(move || problems_under(&outcome, &checked))
            .await
            .map_err(|e| ImportError::Interrupted(e.to_string()))??;
        let problems = Arc::new(problems);
        let kept = Arc::clone(&problems);
        self.uploads().update(self.limits(), token, |p| {
            p.mapping = Some(mapping);
            p.problems = Some(kept);
        })?;
        Ok(problems)
    }

    /// Saves a checked upload as a dataset, leaving out the rows with problems, and forgets the
    /// upload.
    pub async fn save_import(
        &self,
        actor: &Actor,
        token: &str,
    ) -> Result<DatasetSummary, ImportError> {
        actor.require(Role::Editor)?;
        let pending = self.pending_import(actor.org.id, token)?;
        let (Some(mapping), Some(problems)) = (pending.mapping.clone(), pending.problems.clone())
        else {
            return Err(AppError::Invalid(
                "This upload has not been checked yet: choose its mapping first.".to_owned(),
            )
            .into());
        };
        let origin = Origin {
            org: actor.org.id,
            name: pending.name.clone(),
            parent: pending.parent,
            file_name: pending.file_name.clone(),
            format: pending.format,
            created_by: actor.name.clone(),
        };
        let new = tokio::task::spawn_blocking(move || {
            new_dataset(
                origin,
                pending.bytes.as_ref().clone(),
                &pending.outcome,
                &problems,
                &mapping,
            )
        })
        .await
        .map_err(|e| ImportError::Interrupted(e.to_string()))??;
        let summary = self.store().create_dataset(new).await?;
        self.uploads().remove(self.limits(), token)?;
        tracing::info!(
            org.id = %actor.org.id,
            dataset.id = %summary.id,
            rows = summary.n_rows,
            rows_left_out = summary.n_excluded,
            "dataset imported"
        );
        Ok(summary)
    }
}
