//! Bringing a file in as a dataset: read it, map it, check it, save it. The web app walks a
//! person through these steps with an upload waiting in between; `tessera import` does them at
//! once. Both use the same functions, so they store the same dataset.

mod check;
mod order;
mod pending;
mod prepare;
mod read;
mod remap;

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Instant;

use tessera_store::credentials::{hash_token, random_token};
use tessera_store::{NewUpload, StoreError, UploadChange, UploadQuota, UploadState};

use tessera_data::{Format, Preview, Problems, ReadError};
use tessera_l10n::{t, ta};
use tessera_stats::mapping::{DatasetMapping, MappingError};
use tessera_store::{DatasetId, DatasetSummary, OrgId, Role, prelude::*};

pub use check::{
    DesignProblem, FirstEstimates, MappingPart, column_fpc_follows, file_row, first_estimates,
};
pub use order::{natural_cmp, sort_naturally};
pub use pending::{PendingImport, ReadCache, gone, is_token};
pub use prepare::{Origin, new_dataset, problems_under, waves};
pub use read::{
    UPLOAD_CELLS, UploadOptions, base_name, detected_header_row, format_code, format_of,
    preview_upload, read_error_text, read_upload, upload_limits,
};

use crate::accounts::unix_now;
use crate::results::profile_breakdowns;
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
    /// The codebook sent with the file could not be read.
    #[error("the codebook could not be read: {message}")]
    Codebook {
        /// What is wrong with it.
        message: String,
    },
    /// Reading or checking stopped unexpectedly.
    #[error("the import stopped unexpectedly: {0}")]
    Interrupted(String),
    /// The estimates cannot be computed under the mapping: the design or a measure must
    /// change.
    #[error(transparent)]
    Design(#[from] DesignProblem),
    /// Something else stopped it (not found, quota, the database).
    #[error(transparent)]
    App(#[from] AppError),
}

impl ImportError {
    /// What went wrong, in the language of the request (the command line: English).
    pub fn text(&self) -> String {
        match self {
            ImportError::UnsupportedFormat { file } => {
                ta("import-unsupported-format", &[("file", file.into())])
            }
            ImportError::Read(e) => read_error_text(e),
            ImportError::Mapping(e) => ta(
                "import-mapping-does-not-fit",
                &[("detail", e.to_string().into())],
            ),
            ImportError::Codebook { message } => {
                ta("import-codebook-invalid", &[("detail", message.into())])
            }
            ImportError::Interrupted(detail) => {
                ta("import-interrupted", &[("detail", detail.into())])
            }
            ImportError::Design(problem) => problem.message.clone(),
            ImportError::App(e) => e.to_string(),
        }
    }
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
    /// How to read it (and its codebook).
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
    /// Reads an upload and keeps it waiting for its mapping (in the database, within the
    /// organisation's quota); returns its token.
    pub async fn start_import(
        &self,
        actor: &Actor,
        parent: Option<Parent>,
        upload: Upload,
    ) -> Result<String, ImportError> {
        actor.require(Role::Editor)?;
        let limits = self.limits();
        if upload.bytes.len() > limits.max_upload_bytes {
            return Err(AppError::TooLarge(ta(
                "import-file-too-large",
                &[("mb", limits.max_upload_mb().into())],
            ))
            .into());
        }
        let file_name = base_name(&upload.file_name);
        let bytes = upload.bytes;
        let started = Instant::now();
        let (bytes, read) = {
            let file_name = file_name.clone();
            let options = upload.options.clone();
            tokio::task::spawn_blocking(move || {
                let read =
                    with_detected_header(&bytes, &file_name, options.clone()).and_then(|options| {
                        read_upload(&bytes, &file_name, &options).map(|read| (read, options))
                    });
                (bytes, read)
            })
            .await
            .map_err(|e| ImportError::Interrupted(e.to_string()))?
        };
        let ((format, outcome), options) = read?;
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
        let (parent, mapping) = match parent {
            Some(p) => (Some(p.id), Some(p.mapping)),
            None => (None, None),
        };
        let token = random_token(32);
        let token_hash = hash_token(&token);
        let now = unix_now();
        let size = bytes.len();
        let created = self
            .store()
            .create_upload(
                NewUpload {
                    token_hash: token_hash.clone(),
                    org: actor.org.id,
                    uploaded_by: actor.name.clone(),
                    name: name.clone(),
                    parent,
                    file_name: file_name.clone(),
                    format: format_code(format).to_owned(),
                    bytes,
                    read_options: serde_json::to_value(&options).map_err(AppError::internal)?,
                    created_at: now,
                    expires_at: now + limits.upload_expiry.as_secs() as i64,
                },
                UploadQuota {
                    max_uploads: limits.pending_uploads_per_org as u32,
                    max_bytes: limits.pending_bytes_per_org as u64,
                },
            )
            .await;
        match created {
            Ok(_) => {}
            Err(StoreError::Quota { message }) => {
                return Err(
                    AppError::TooMany(ta("import-quota", &[("detail", message.into())])).into(),
                );
            }
            Err(e) => return Err(e.into()),
        }
        if let Some(mapping) = mapping {
            self.store()
                .update_upload(
                    actor.org.id,
                    &token_hash,
                    UploadChange {
                        read_options: serde_json::to_value(&options).map_err(AppError::internal)?,
                        mapping: Some(serde_json::to_value(&mapping).map_err(AppError::internal)?),
                        state: UploadState::Uploaded,
                    },
                    now,
                )
                .await?;
        }
        self.read_cache()
            .put(&token_hash, &options, size, Arc::new(outcome));
        // The file holds personal data from now on, even if it is never saved: record it.
        audit::record(
            self.store(),
            Some(actor.org.id),
            &actor.name,
            "upload",
            format!("file:{file_name}"),
            serde_json::json!({
                "bytes": size,
                "format": format_code(format),
                "name": name,
            }),
        )
        .await?;
        Ok(token)
    }

    /// The upload under `token`, read, if it belongs to `org` and is still waiting.
    pub async fn pending_import(&self, org: OrgId, token: &str) -> AppResult<PendingImport> {
        if !is_token(token) {
            return Err(gone());
        }
        let token_hash = hash_token(token);
        let now = unix_now();
        let upload = self
            .store()
            .upload(org, &token_hash, now)
            .await?
            .ok_or_else(gone)?;
        let options: UploadOptions =
            serde_json::from_value(upload.read_options.clone()).unwrap_or_default();
        let format = format_of(&upload.file_name)
            .ok_or_else(|| AppError::internal("a stored upload has a name Tessera cannot read"))?;
        let outcome = match self.read_cache().outcome(&token_hash, &options) {
            Some(outcome) => outcome,
            None => {
                // Another server took the upload, or this one forgot it: read it again.
                let bytes = self
                    .store()
                    .upload_bytes(org, &token_hash, now)
                    .await?
                    .ok_or_else(gone)?;
                let size = bytes.len();
                let file_name = upload.file_name.clone();
                let read_with = options.clone();
                let (_, outcome) = tokio::task::spawn_blocking(move || {
                    read_upload(&bytes, &file_name, &read_with)
                })
                .await
                .map_err(AppError::internal)?
                .map_err(|e| AppError::Invalid(e.text()))?;
                let outcome = Arc::new(outcome);
                self.read_cache()
                    .put(&token_hash, &options, size, Arc::clone(&outcome));
                outcome
            }
        };
        let mapping = match &upload.mapping {
            Some(json) => Some(
                serde_json::from_value::<DatasetMapping>(json.clone())
                    .map_err(AppError::internal)?,
            ),
            None => None,
        };
        Ok(PendingImport {
            token_hash,
            org,
            name: upload.name,
            parent: upload.parent,
            file_name: upload.file_name,
            format,
            options,
            outcome,
            mapping,
            checked: upload.state == UploadState::Mapped,
        })
    }

    /// Every problem of a waiting upload under its accepted mapping, ordered by row; `None`
    /// until a mapping was accepted.
    pub async fn import_problems(
        &self,
        pending: &PendingImport,
    ) -> AppResult<Option<Arc<Problems>>> {
        let (true, Some(mapping)) = (pending.checked, &pending.mapping) else {
            return Ok(None);
        };
        let canonical = crate::estimates::key::canonical(mapping).map_err(AppError::internal)?;
        if let Some(problems) = self.read_cache().problems(&pending.token_hash, &canonical) {
            return Ok(Some(problems));
        }
        let outcome = Arc::clone(&pending.outcome);
        let checked = mapping.clone();
        let problems = tokio::task::spawn_blocking(move || problems_under(&outcome, &checked))
            .await
            .map_err(AppError::internal)?
            .map_err(|e| AppError::Invalid(ImportError::Mapping(e).text()))?;
        let problems = Arc::new(problems);
        self.read_cache()
            .put_problems(&pending.token_hash, canonical, Arc::clone(&problems));
        Ok(Some(problems))
    }

    /// A first look at a waiting upload as it is read now: its sheets, first rows and the
    /// header row Tessera found, with the upload.
    pub async fn preview_import(
        &self,
        org: OrgId,
        token: &str,
    ) -> Result<(PendingImport, Preview), ImportError> {
        let pending = self.pending_import(org, token).await?;
        if matches!(pending.format, Format::Sav | Format::Dta) {
            // Their variables are named in the file: the preview is the data as read.
            let preview = preview_of_read(&pending.outcome.dataset);
            return Ok((pending, preview));
        }
        let bytes = self
            .store()
            .upload_bytes(org, &pending.token_hash, unix_now())
            .await?
            .ok_or_else(gone)?;
        let file_name = pending.file_name.clone();
        let options = pending.options.clone();
        let preview =
            tokio::task::spawn_blocking(move || preview_upload(&bytes, &file_name, &options))
                .await
                .map_err(|e| ImportError::Interrupted(e.to_string()))??;
        Ok((pending, preview))
    }

    /// Reads a waiting upload again with other options (sheet, header row, encoding) and
    /// keeps them (no header row: the one the preview finds); the mapping chosen so far is kept (columns it names that the new reading
    /// lacks are dropped when the mapping page shows it). On a read error nothing changes.
    pub async fn reread_import(
        &self,
        actor: &Actor,
        token: &str,
        options: UploadOptions,
    ) -> Result<(), ImportError> {
        actor.require(Role::Editor)?;
        let pending = self.pending_import(actor.org.id, token).await?;
        if options == pending.options {
            return Ok(());
        }
        let bytes = self
            .store()
            .upload_bytes(actor.org.id, &pending.token_hash, unix_now())
            .await?
            .ok_or_else(gone)?;
        let size = bytes.len();
        let file_name = pending.file_name.clone();
        let ((_, outcome), options) = tokio::task::spawn_blocking(move || {
            let options = with_detected_header(&bytes, &file_name, options)?;
            read_upload(&bytes, &file_name, &options).map(|read| (read, options))
        })
        .await
        .map_err(|e| ImportError::Interrupted(e.to_string()))??;
        let updated = self
            .store()
            .update_upload(
                actor.org.id,
                &pending.token_hash,
                UploadChange {
                    read_options: serde_json::to_value(&options).map_err(AppError::internal)?,
                    mapping: match &pending.mapping {
                        Some(m) => Some(serde_json::to_value(m).map_err(AppError::internal)?),
                        None => None,
                    },
                    state: UploadState::Uploaded,
                },
                unix_now(),
            )
            .await?;
        if !updated {
            return Err(gone().into());
        }
        self.read_cache()
            .put(&pending.token_hash, &options, size, Arc::new(outcome));
        Ok(())
    }

    /// Checks the upload under `token` against `mapping` and keeps the mapping: every problem,
    /// ordered by row, and then the estimates themselves — the design is built and the
    /// profile's estimates computed on the rows that would be saved, so a saved dataset always
    /// shows results. A mapping that does not fit the file, or under which the estimates cannot
    /// be computed ([`ImportError::Design`], saying what to change), is an error; problems in
    /// the data are not.
    pub async fn check_import(
        &self,
        actor: &Actor,
        token: &str,
        mapping: DatasetMapping,
    ) -> Result<Arc<Problems>, ImportError> {
        actor.require(Role::Editor)?;
        let pending = self.pending_import(actor.org.id, token).await?;
        let outcome = Arc::clone(&pending.outcome);
        let checked = mapping.clone();
        let lang = tessera_l10n::current();
        let (problems, first) = tokio::task::spawn_blocking(move || {
            tessera_l10n::sync_scope(lang, || {
                let problems = problems_under(&outcome, &checked)?;
                let excluded = problems.row_indexes();
                let kept = if excluded.is_empty() {
                    Cow::Borrowed(&outcome.dataset)
                } else {
                    Cow::Owned(outcome.dataset.without_rows(&excluded))
                };
                let first = first_estimates(&kept, &checked, &excluded);
                Ok::<_, MappingError>((problems, first))
            })
        })
        .await
        .map_err(|e| ImportError::Interrupted(e.to_string()))??;
        let state = if first.is_ok() {
            UploadState::Mapped
        } else {
            UploadState::Uploaded
        };
        let updated = self
            .store()
            .update_upload(
                actor.org.id,
                &pending.token_hash,
                UploadChange {
                    read_options: serde_json::to_value(&pending.options)
                        .map_err(AppError::internal)?,
                    mapping: Some(serde_json::to_value(&mapping).map_err(AppError::internal)?),
                    state,
                },
                unix_now(),
            )
            .await?;
        if !updated {
            return Err(gone().into());
        }
        let first = first?;
        let problems = Arc::new(problems);
        let canonical = crate::estimates::key::canonical(&mapping).map_err(AppError::internal)?;
        self.read_cache().put_problems(
            &pending.token_hash,
            canonical.clone(),
            Arc::clone(&problems),
        );
        self.read_cache().put_report(
            &pending.token_hash,
            canonical,
            Arc::new(first.report),
            first.duration_ms,
        );
        Ok(problems)
    }

    /// Saves a checked upload as a dataset, leaving out the rows with problems, exactly once:
    /// saving again (a retry, a double click, another server) gives the same dataset.
    pub async fn save_import(
        &self,
        actor: &Actor,
        token: &str,
    ) -> Result<DatasetSummary, ImportError> {
        actor.require(Role::Editor)?;
        if !is_token(token) {
            return Err(gone().into());
        }
        let token_hash = hash_token(token);
        let pending = match self.pending_import(actor.org.id, token).await {
            Ok(p) => p,
            Err(AppError::NotFound(_)) => {
                // Saved already (the answer was lost), or gone.
                return match self
                    .store()
                    .dataset_from_upload(actor.org.id, &token_hash)
                    .await?
                {
                    Some(saved) => Ok(saved),
                    None => Err(gone().into()),
                };
            }
            Err(e) => return Err(e.into()),
        };
        let Some(problems) = self.import_problems(&pending).await? else {
            return Err(AppError::Invalid(t("import-not-checked")).into());
        };
        let Some(mapping) = pending.mapping.clone() else {
            return Err(AppError::internal("a checked upload without a mapping").into());
        };
        let original = self
            .store()
            .upload_bytes(actor.org.id, &token_hash, unix_now())
            .await?
            .ok_or_else(gone)?;
        let origin = Origin {
            org: actor.org.id,
            name: pending.name.clone(),
            parent: pending.parent,
            file_name: pending.file_name.clone(),
            format: pending.format,
            created_by: actor.name.clone(),
        };
        let outcome = Arc::clone(&pending.outcome);
        let saved_mapping = mapping.clone();
        let new = tokio::task::spawn_blocking(move || {
            new_dataset(origin, original, &outcome, &problems, &saved_mapping)
        })
        .await
        .map_err(|e| ImportError::Interrupted(e.to_string()))??;
        let summary = self
            .store()
            .create_dataset_from_upload(new, &token_hash)
            .await?;
        // The check computed the profile's estimates on exactly these rows: keep them, so the
        // new dataset's page shows at once. A failure here only means computing them later.
        let canonical = crate::estimates::key::canonical(&mapping).map_err(AppError::internal)?;
        if let Some((report, ms)) = self.read_cache().report(&token_hash, &canonical)
            && let Err(e) = self
                .keep_report(
                    actor.org.id,
                    summary.id,
                    &mapping,
                    &profile_breakdowns(&mapping),
                    &report,
                    ms,
                )
                .await
        {
            tracing::warn!(dataset.id = %summary.id, error = %e, "the checked estimates were not kept");
        }
        self.read_cache().forget(&token_hash);
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

/// `options` with the header row the preview finds, when the person has not chosen one and a
/// title sits above the header (CSV and workbooks; SPSS and Stata name their variables). A file
/// the preview refuses is refused at once: reading it whole would refuse it too, after as long
/// again (a zip bomb inflates until the limit either way).
fn with_detected_header(
    bytes: &[u8],
    file_name: &str,
    options: UploadOptions,
) -> Result<UploadOptions, ImportError> {
    if options.header_row.is_some()
        || !matches!(format_of(file_name), Some(Format::Csv | Format::Xlsx))
    {
        return Ok(options);
    }
    let preview = preview_upload(bytes, file_name, &options)?;
    Ok(UploadOptions {
        header_row: detected_header_row(&preview),
        ..options
    })
}

/// The preview of a file whose variables are named in it (SPSS, Stata): the names, then the
/// first rows as read.
fn preview_of_read(data: &tessera_data::Dataset) -> Preview {
    let columns = data.columns.iter().take(tessera_data::PREVIEW_COLUMNS);
    let mut rows = vec![columns.clone().map(|c| c.name.clone()).collect::<Vec<_>>()];
    for i in 0..data.n_rows.min(tessera_data::PREVIEW_ROWS - 1) {
        rows.push(
            columns
                .clone()
                .map(|c| c.text_at(i).map(|s| s.into_owned()).unwrap_or_default())
                .collect(),
        );
    }
    Preview {
        rows,
        header_row: Some(1),
        ..Preview::default()
    }
}
