//! Backup and restore: every table's rows in a portable archive that restores into an empty
//! database of either backend.
//!
//! # The archive (format version 1)
//!
//! UTF-8 [JSON Lines](https://jsonlines.org/), one JSON object per line:
//!
//! 1. a header: `{"format":"tessera-backup","version":1,"created_at":"…","backend":"sqlite",
//!    "migrations":[{"version":1,"description":"init"},…]}` — the schema the rows were read from;
//! 2. one line per row, tables in the order they restore in (a row only refers to rows
//!    before it): `{"table":"organisation","row":{"id":1,"slug":"demo",…}}`. Integers are
//!    JSON numbers, text is a JSON string kept byte for byte (JSON documents stored as text stay
//!    text), binary columns are standard base64 with padding, and `NULL` is `null`;
//! 3. a footer counting the rows of each table, so a truncated file is refused:
//!    `{"end":true,"rows":{"organisation":1,…}}`.
//!
//! Restoring keeps every id, needs an empty database, refuses an archive written by a newer
//! schema (a migration this Tessera does not know), and writes everything in one transaction, so a
//! failed restore leaves the database empty. An archive from an older schema restores as long as
//! every column it holds still exists; columns added since take their defaults. A change that
//! would make that wrong must raise [`FORMAT_VERSION`].
//!
//! Accounts, memberships, invitations, API tokens (as hashes) and shares are kept. What only
//! lasts minutes or hours is not: signed-in sessions, password reset links, the e-mail outbox and
//! the record of failed sign-ins. After a restore everyone signs in again.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::{Deserialize, Serialize};

use crate::StoreError;

/// The archive format this Tessera writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

const FORMAT_NAME: &str = "tessera-backup";

/// How a column is read, written and encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Int,
    Text,
    Bytes,
}

/// One table of the schema, as the archive holds it.
pub(crate) struct Table {
    pub(crate) name: &'static str,
    pub(crate) columns: &'static [(&'static str, Kind)],
    /// The order rows are read in, so two backups of the same data are the same file.
    pub(crate) order: &'static str,
    /// Rows are read one dataset at a time, so memory holds at most one dataset's columns.
    pub(crate) per_dataset: bool,
    /// Has an identity column `id` whose sequence PostgreSQL must move past the restored ids.
    pub(crate) identity: bool,
}

use Kind::{Bytes, Int, Text};

/// Every table, in restore order (a row only refers to rows of earlier tables or, for
/// `dataset.parent_id`, to earlier rows of its own table: a correction always has a larger id).
pub(crate) const TABLES: &[Table] = &[
    Table {
        name: "organisation",
        columns: &[
            ("id", Int),
            ("slug", Text),
            ("name", Text),
            ("created_at", Text),
        ],
        order: "id",
        per_dataset: false,
        identity: true,
    },
    Table {
        name: "dataset",
        columns: &[
            ("id", Int),
            ("org_id", Int),
            ("name", Text),
            ("version", Int),
            ("parent_id", Int),
            ("source_name", Text),
            ("source_format", Text),
            ("n_rows", Int),
            ("n_columns", Int),
            ("excluded_rows", Text),
            ("waves", Text),
            ("codebook", Text),
            ("mapping", Text),
            ("size_bytes", Int),
            ("created_by", Text),
            ("created_at", Text),
            ("retain_until", Text),
        ],
        order: "id",
        per_dataset: false,
        identity: true,
    },
    Table {
        name: "dataset_original",
        columns: &[("dataset_id", Int), ("bytes", Bytes)],
        order: "dataset_id",
        per_dataset: true,
        identity: false,
    },
    Table {
        name: "dataset_column",
        columns: &[
            ("dataset_id", Int),
            ("position", Int),
            ("name", Text),
            ("kind", Text),
            ("levels", Text),
            ("data", Bytes),
        ],
        order: "dataset_id, position",
        per_dataset: true,
        identity: false,
    },
    Table {
        name: "estimate_cache",
        columns: &[
            ("dataset_id", Int),
            ("key", Text),
            ("report", Text),
            ("computed_at", Text),
            ("duration_ms", Int),
        ],
        order: "dataset_id, key",
        per_dataset: true,
        identity: false,
    },
    Table {
        name: "plan",
        columns: &[
            ("id", Int),
            ("org_id", Int),
            ("title", Text),
            ("document", Text),
            ("created_by", Text),
            ("created_at", Text),
            ("updated_by", Text),
            ("updated_at", Text),
        ],
        order: "id",
        per_dataset: false,
        identity: true,
    },
    Table {
        name: "app_user",
        columns: &[
            ("id", Int),
            ("email", Text),
            ("name", Text),
            ("password_hash", Text),
            ("is_admin", Int),
            ("created_at", Text),
        ],
        order: "id",
        per_dataset: false,
        identity: true,
    },
    Table {
        name: "membership",
        columns: &[
            ("org_id", Int),
            ("user_id", Int),
            ("role", Text),
            ("created_at", Text),
        ],
        order: "org_id, user_id",
        per_dataset: false,
        identity: false,
    },
    Table {
        name: "invitation",
        columns: &[
            ("id", Int),
            ("org_id", Int),
            ("email", Text),
            ("role", Text),
            ("token_hash", Text),
            ("invited_by", Text),
            ("created_at", Text),
            ("expires_at", Int),
            ("accepted_at", Text),
            ("revoked_at", Text),
        ],
        order: "id",
        per_dataset: false,
        identity: true,
    },
    Table {
        name: "api_token",
        columns: &[
            ("id", Int),
            ("token_hash", Text),
            ("prefix", Text),
            ("name", Text),
            ("org_id", Int),
            ("role", Text),
            ("user_id", Int),
            ("created_by", Text),
            ("created_at", Text),
            ("last_used_at", Text),
            ("revoked_at", Text),
        ],
        order: "id",
        per_dataset: false,
        identity: true,
    },
    Table {
        name: "share",
        columns: &[
            ("id", Int),
            ("share_key", Text),
            ("org_id", Int),
            ("object_kind", Text),
            ("object_id", Int),
            ("target_org_id", Int),
            ("created_by", Text),
            ("created_at", Text),
            ("withdrawn_by", Text),
            ("withdrawn_at", Text),
        ],
        order: "id",
        per_dataset: false,
        identity: true,
    },
    Table {
        name: "audit_event",
        columns: &[
            ("id", Int),
            ("at", Text),
            ("org_id", Int),
            ("actor", Text),
            ("action", Text),
            ("object", Text),
            ("detail", Text),
        ],
        order: "id",
        per_dataset: false,
        identity: true,
    },
];

impl Table {
    pub(crate) fn select_sql(&self) -> String {
        let columns: Vec<&str> = self.columns.iter().map(|(c, _)| *c).collect();
        let filter = if self.per_dataset {
            " WHERE dataset_id = $1"
        } else {
            ""
        };
        format!(
            "SELECT {} FROM {}{filter} ORDER BY {}",
            columns.join(", "),
            self.name,
            self.order
        )
    }

    pub(crate) fn insert_sql(&self, columns: &[(&'static str, Kind)]) -> String {
        let names: Vec<&str> = columns.iter().map(|(c, _)| *c).collect();
        let params: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
        format!(
            "INSERT INTO {} ({}) VALUES ({})",
            self.name,
            names.join(", "),
            params.join(", ")
        )
    }
}

/// One value of a row, typed by its column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Int(Option<i64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

impl Value {
    fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Int(Some(v)) => (*v).into(),
            Value::Text(Some(v)) => v.clone().into(),
            Value::Bytes(Some(v)) => BASE64.encode(v).into(),
            Value::Int(None) | Value::Text(None) | Value::Bytes(None) => serde_json::Value::Null,
        }
    }

    fn from_json(
        table: &str,
        column: &str,
        kind: Kind,
        json: &serde_json::Value,
    ) -> Result<Self, StoreError> {
        let wrong = |expected: &str| {
            StoreError::Corrupt(format!(
                "backup: {table}.{column} should be {expected}, found {json}"
            ))
        };
        Ok(match (kind, json) {
            (Kind::Int, serde_json::Value::Null) => Value::Int(None),
            (Kind::Text, serde_json::Value::Null) => Value::Text(None),
            (Kind::Bytes, serde_json::Value::Null) => Value::Bytes(None),
            (Kind::Int, v) => Value::Int(Some(v.as_i64().ok_or_else(|| wrong("an integer"))?)),
            (Kind::Text, serde_json::Value::String(s)) => Value::Text(Some(s.clone())),
            (Kind::Bytes, serde_json::Value::String(s)) => {
                Value::Bytes(Some(BASE64.decode(s).map_err(|_| wrong("base64 text"))?))
            }
            (Kind::Text, _) => return Err(wrong("text")),
            (Kind::Bytes, _) => return Err(wrong("base64 text")),
        })
    }
}

/// An applied migration, as recorded in the archive's header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemaMigration {
    /// Its number, e.g. 3.
    pub version: i64,
    /// Its name, e.g. `plans`.
    pub description: String,
}

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    #[serde(default)]
    created_at: String,
    #[serde(default)]
    backend: String,
    migrations: Vec<SchemaMigration>,
}

/// What a backup or restore copied: rows per table, in restore order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct BackupSummary {
    /// Rows per table.
    pub rows: BTreeMap<String, u64>,
}

impl BackupSummary {
    /// Rows of `table` copied.
    pub fn rows_of(&self, table: &str) -> u64 {
        self.rows.get(table).copied().unwrap_or(0)
    }
}

impl std::fmt::Display for BackupSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = TABLES
            .iter()
            .map(|t| format!("{} {}", self.rows_of(t.name), t.name))
            .collect();
        f.write_str(&parts.join(", "))
    }
}

fn io_error(action: &str, err: std::io::Error) -> StoreError {
    StoreError::Backup(format!("could not {action} the backup: {err}"))
}

/// Writes archives, line by line.
pub(crate) struct Writer<W: Write> {
    out: W,
    summary: BackupSummary,
}

impl<W: Write> Writer<W> {
    pub(crate) fn start(
        mut out: W,
        backend: &str,
        migrations: Vec<SchemaMigration>,
    ) -> Result<Self, StoreError> {
        let header = Header {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            created_at: crate::sql::now(),
            backend: backend.to_owned(),
            migrations,
        };
        line(&mut out, &serde_json::to_value(&header).unwrap_or_default())?;
        Ok(Self {
            out,
            summary: BackupSummary::default(),
        })
    }

    pub(crate) fn row(&mut self, table: &Table, values: &[Value]) -> Result<(), StoreError> {
        let mut row = serde_json::Map::new();
        for ((name, _), value) in table.columns.iter().zip(values) {
            row.insert((*name).to_owned(), value.to_json());
        }
        line(
            &mut self.out,
            &serde_json::json!({ "table": table.name, "row": row }),
        )?;
        *self.summary.rows.entry(table.name.to_owned()).or_default() += 1;
        Ok(())
    }

    pub(crate) fn finish(mut self) -> Result<BackupSummary, StoreError> {
        for table in TABLES {
            self.summary.rows.entry(table.name.to_owned()).or_default();
        }
        line(
            &mut self.out,
            &serde_json::json!({ "end": true, "rows": self.summary.rows }),
        )?;
        self.out.flush().map_err(|e| io_error("write", e))?;
        Ok(self.summary)
    }
}

fn line(out: &mut impl Write, value: &serde_json::Value) -> Result<(), StoreError> {
    serde_json::to_writer(&mut *out, value)
        .map_err(|e| StoreError::Backup(format!("could not write the backup: {e}")))?;
    out.write_all(b"\n").map_err(|e| io_error("write", e))
}

/// What the reader found on a line.
pub(crate) enum Item {
    Row(&'static Table, Vec<(&'static str, Kind)>, Vec<Value>),
    End,
}

/// Reads archives, line by line, checking each line against the schema.
pub(crate) struct Reader<R: BufRead> {
    input: R,
    line_no: u64,
    buffer: String,
    /// Rows read per table, checked against the footer.
    pub(crate) summary: BackupSummary,
    ended: bool,
}

impl<R: BufRead> Reader<R> {
    /// Reads the header and checks the archive's schema against the target's migrations.
    pub(crate) fn start(mut input: R, target: &[SchemaMigration]) -> Result<Self, StoreError> {
        let mut buffer = String::new();
        input
            .read_line(&mut buffer)
            .map_err(|e| io_error("read", e))?;
        let not_ours = || {
            StoreError::Backup(
                "this is not a Tessera backup (it should start with a \"tessera-backup\" header line)"
                    .to_owned(),
            )
        };
        let header: Header = serde_json::from_str(&buffer).map_err(|_| not_ours())?;
        if header.format != FORMAT_NAME {
            return Err(not_ours());
        }
        if header.version > FORMAT_VERSION {
            return Err(StoreError::Backup(format!(
                "this backup is in format version {}, written by a newer Tessera; this one reads up to version {FORMAT_VERSION}. Restore it with a Tessera at least as new as the one that wrote it",
                header.version
            )));
        }
        check_schema(&header.migrations, target)?;
        Ok(Self {
            input,
            line_no: 1,
            buffer,
            summary: BackupSummary::default(),
            ended: false,
        })
    }

    /// The next row, or `None` after the footer; a file that stops before its footer is an
    /// error.
    pub(crate) fn next(&mut self) -> Result<Option<Item>, StoreError> {
        if self.ended {
            return Ok(None);
        }
        self.buffer.clear();
        let read = self
            .input
            .read_line(&mut self.buffer)
            .map_err(|e| io_error("read", e))?;
        self.line_no += 1;
        if read == 0 {
            return Err(StoreError::Backup(format!(
                "the backup stops at line {} without its closing line: it is incomplete",
                self.line_no - 1
            )));
        }
        let at = self.line_no;
        let value: serde_json::Value = serde_json::from_str(&self.buffer)
            .map_err(|e| StoreError::Backup(format!("line {at} of the backup is not JSON: {e}")))?;
        if value.get("end").and_then(serde_json::Value::as_bool) == Some(true) {
            let expected: BTreeMap<String, u64> = serde_json::from_value(
                value.get("rows").cloned().unwrap_or_default(),
            )
            .map_err(|e| {
                StoreError::Backup(format!("line {at}: the row counts are unreadable: {e}"))
            })?;
            for (table, n) in &expected {
                if self.summary.rows_of(table) != *n {
                    return Err(StoreError::Backup(format!(
                        "the backup should hold {n} rows of {table} but holds {}: it is damaged",
                        self.summary.rows_of(table)
                    )));
                }
            }
            self.ended = true;
            return Ok(Some(Item::End));
        }
        let name = value
            .get("table")
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default();
        let table = TABLES.iter().find(|t| t.name == name).ok_or_else(|| {
            StoreError::Backup(format!("line {at}: unknown table {name:?} in the backup"))
        })?;
        let Some(row) = value.get("row").and_then(serde_json::Value::as_object) else {
            return Err(StoreError::Backup(format!(
                "line {at}: a row has no values"
            )));
        };
        // Only the schema's own column names ever reach SQL.
        if let Some(unknown) = row
            .keys()
            .find(|k| !table.columns.iter().any(|(c, _)| c == k))
        {
            return Err(StoreError::Backup(format!(
                "line {at}: {name} has no column {unknown:?} in this Tessera's schema"
            )));
        }
        let mut columns = Vec::with_capacity(row.len());
        let mut values = Vec::with_capacity(row.len());
        for (column, kind) in table.columns {
            if let Some(json) = row.get(*column) {
                columns.push((*column, *kind));
                values.push(
                    Value::from_json(name, column, *kind, json)
                        .map_err(|e| StoreError::Backup(format!("line {at}: {e}")))?,
                );
            }
        }
        *self.summary.rows.entry(name.to_owned()).or_default() += 1;
        Ok(Some(Item::Row(table, columns, values)))
    }
}

/// An archive restores only into a schema that has every migration it was written with.
fn check_schema(archive: &[SchemaMigration], target: &[SchemaMigration]) -> Result<(), StoreError> {
    for m in archive {
        match target.iter().find(|t| t.version == m.version) {
            Some(t) if t.description == m.description => {}
            Some(t) => {
                return Err(StoreError::Backup(format!(
                    "the backup's schema step {:04} is {:?} but this Tessera's is {:?}: it was not written by a compatible Tessera",
                    m.version, m.description, t.description
                )));
            }
            None => {
                let newest = target.last().map_or(0, |t| t.version);
                return Err(StoreError::Backup(format!(
                    "this backup was written by a newer Tessera (its schema has step {:04} {}; this one knows up to {newest:04}). Restore it with a Tessera at least as new as the one that wrote it",
                    m.version, m.description
                )));
            }
        }
    }
    Ok(())
}

/// Implements `backup` and `restore` for a store type whose `pool` field is a pool of
/// database `$db` named `$backend`. `$snapshot` starts a consistent read (run first in the transaction);
/// `$after_restore` runs after the rows are in, with the table name bound where it has `{}`.
macro_rules! impl_backup {
    ($store:ty, $db:ty, $backend:expr, $snapshot:expr, $after_restore:expr) => {
        impl $store {
            async fn backup_migrations(
                conn: &mut <$db as sqlx::Database>::Connection,
            ) -> Result<Vec<$crate::backup::SchemaMigration>, StoreError> {
                let rows: Vec<(i64, String)> = sqlx::query_as(
                    "SELECT version, description FROM _sqlx_migrations WHERE success ORDER BY version",
                )
                .fetch_all(conn)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(version, description)| $crate::backup::SchemaMigration {
                        version,
                        description,
                    })
                    .collect())
            }

            /// Writes every table's rows to `out` as a backup archive (see the `backup`
            /// module's documentation), from one consistent snapshot of the database.
            pub async fn backup(
                &self,
                out: impl std::io::Write + Send,
            ) -> Result<$crate::backup::BackupSummary, StoreError> {
                use $crate::backup::{Kind, TABLES, Value};
                use sqlx::Row as _;
                let mut tx = self.pool.begin().await?;
                if let Some(sql) = $snapshot {
                    sqlx::query(sql).execute(&mut *tx).await?;
                }
                let migrations = Self::backup_migrations(&mut tx).await?;
                let mut writer = $crate::backup::Writer::start(out, $backend, migrations)?;
                let datasets: Vec<i64> = sqlx::query_scalar("SELECT id FROM dataset ORDER BY id")
                    .fetch_all(&mut *tx)
                    .await?;
                for table in TABLES {
                    let sql = table.select_sql();
                    let scopes: Vec<Option<i64>> = if table.per_dataset {
                        datasets.iter().copied().map(Some).collect()
                    } else {
                        vec![None]
                    };
                    for scope in scopes {
                        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
                        if let Some(dataset) = scope {
                            query = query.bind(dataset);
                        }
                        for row in query.fetch_all(&mut *tx).await? {
                            let mut values = Vec::with_capacity(table.columns.len());
                            for (i, (_, kind)) in table.columns.iter().enumerate() {
                                values.push(match kind {
                                    Kind::Int => Value::Int(row.try_get(i)?),
                                    Kind::Text => Value::Text(row.try_get(i)?),
                                    Kind::Bytes => Value::Bytes(row.try_get(i)?),
                                });
                            }
                            writer.row(table, &values)?;
                        }
                    }
                }
                // Only read: nothing to commit, and ending the snapshot either way is fine.
                tx.rollback().await?;
                writer.finish()
            }

            /// Restores a backup archive into this database, which must be empty (migrated,
            /// with no rows), keeping every id, in one transaction.
            pub async fn restore(
                &self,
                input: impl std::io::BufRead + Send,
            ) -> Result<$crate::backup::BackupSummary, StoreError> {
                use $crate::backup::{Item, TABLES, Value};
                let mut tx = self.pool.begin().await?;
                let migrations = Self::backup_migrations(&mut tx).await?;
                let mut reader = $crate::backup::Reader::start(input, &migrations)?;
                for table in TABLES {
                    let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                        "SELECT COUNT(*) FROM {}",
                        table.name
                    )))
                    .fetch_one(&mut *tx)
                    .await?;
                    if n > 0 {
                        return Err(StoreError::Backup(format!(
                            "the database is not empty ({n} rows in {}); restore only into an empty database: a new --data-dir, or a newly created PostgreSQL database",
                            table.name
                        )));
                    }
                }
                while let Some(item) = reader.next()? {
                    let Item::Row(table, columns, values) = item else {
                        continue;
                    };
                    let sql = table.insert_sql(&columns);
                    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
                    for value in values {
                        query = match value {
                            Value::Int(v) => query.bind(v),
                            Value::Text(v) => query.bind(v),
                            Value::Bytes(v) => query.bind(v),
                        };
                    }
                    query.execute(&mut *tx).await?;
                }
                for table in TABLES.iter().filter(|t| t.identity) {
                    for statement in $after_restore {
                        sqlx::query(sqlx::AssertSqlSafe(statement.replace("{}", table.name)))
                            .execute(&mut *tx)
                            .await?;
                    }
                }
                tx.commit().await?;
                Ok(reader.summary)
            }
        }
    };
}

pub(crate) use impl_backup;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        AnyStore, DatasetId, NewDataset, NewOrganisation, NewPlan, OrgId, PlanUpdate, Store,
    };

    fn dataset(org: OrgId, parent: Option<DatasetId>) -> NewDataset {
        let data = tessera_data::Dataset::from_columns(vec![
            tessera_data::Column::numeric("weight", vec![1.0, 2.5, f64::NAN]),
            tessera_data::Column::text("group", &[Some("newcomer"), None, Some("settled")]),
        ])
        .expect("data");
        NewDataset {
            org,
            name: "Residents' survey".to_owned(),
            parent,
            source_name: "survey.csv".to_owned(),
            source_format: "csv".to_owned(),
            original: b"weight,group\n1,newcomer\n2.5,\n,settled\n\xff\x00".to_vec(),
            data,
            excluded_rows: vec![7],
            waves: vec!["2024".to_owned()],
            mapping: serde_json::json!({"measures": [], "note": "“quoted”"}),
            created_by: "analyst@example.org".to_owned(),
        }
    }

    /// Two organisations with datasets (one corrected), cached estimates, plans (one edited,
    /// one deleted) and the audit entries all that wrote.
    async fn seed(store: &AnyStore) -> OrgId {
        let a = store
            .create_organisation(NewOrganisation::parse("a", "A").expect("valid"), "cli")
            .await
            .expect("a");
        let b = store
            .create_organisation(NewOrganisation::parse("b", "B").expect("valid"), "cli")
            .await
            .expect("b");
        let v1 = store.create_dataset(dataset(a.id, None)).await.expect("v1");
        store
            .create_dataset(dataset(a.id, Some(v1.id)))
            .await
            .expect("v2");
        store
            .create_dataset(dataset(b.id, None))
            .await
            .expect("b's");
        store
            .save_report(a.id, v1.id, "k", &serde_json::json!({"x": [1, 2]}), 12)
            .await
            .expect("cache");
        for title in ["Language café", "Friendship club"] {
            let plan = store
                .create_plan(NewPlan {
                    org: a.id,
                    title: title.to_owned(),
                    document: serde_json::json!({"title": title}),
                    created_by: "web".to_owned(),
                })
                .await
                .expect("plan");
            store
                .update_plan(
                    a.id,
                    plan.id,
                    PlanUpdate {
                        title: title.to_owned(),
                        document: serde_json::json!({"title": title, "edited": true}),
                        updated_by: "web".to_owned(),
                        summary: "edited".to_owned(),
                    },
                )
                .await
                .expect("update");
        }
        let plans = store.plans(a.id).await.expect("plans");
        store
            .delete_plan(a.id, plans[0].id, "web")
            .await
            .expect("delete");
        // Accounts and what they hold: a member, an invitation, a token, a share, a session
        // (sessions are not backed up), and a retention date.
        use crate::Accounts;
        let user = store
            .create_user(
                crate::NewUser {
                    email: "ana@a.example".to_owned(),
                    name: "Ana".to_owned(),
                    password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".to_owned(),
                    is_admin: false,
                },
                "cli",
            )
            .await
            .expect("user");
        store
            .set_membership(a.id, user.id, crate::Role::Owner, "cli")
            .await
            .expect("member");
        store
            .create_invitation(
                a.id,
                "bo@a.example",
                crate::Role::Viewer,
                "hash-i",
                4_000_000_000,
                "ana@a.example",
            )
            .await
            .expect("invitation");
        store
            .create_api_token(crate::NewApiToken {
                token_hash: "hash-t".to_owned(),
                prefix: "tsr_abcdef".to_owned(),
                name: "script".to_owned(),
                org: a.id,
                role: crate::Role::Analyst,
                user: Some(user.id),
                created_by: "ana@a.example".to_owned(),
            })
            .await
            .expect("token");
        store
            .create_share(crate::NewShare {
                org: a.id,
                object: crate::SharedObject::Dataset(v1.id),
                target: Some(b.id),
                key: "share-key".to_owned(),
                actor: "ana@a.example".to_owned(),
            })
            .await
            .expect("share");
        store
            .set_retention(a.id, v1.id, Some("2027-03-31"), "ana@a.example")
            .await
            .expect("retention");
        store
            .create_session("hash-s", user.id, Some(a.id), "csrf", 1, 4_000_000_000)
            .await
            .expect("session");
        a.id
    }

    async fn archive(store: &AnyStore) -> (Vec<u8>, BackupSummary) {
        let mut out = Vec::new();
        let summary = store.backup(&mut out).await.expect("backup");
        (out, summary)
    }

    /// The archive without its header line, which names the backend and the time.
    fn rows(archive: &[u8]) -> Vec<String> {
        String::from_utf8_lossy(archive)
            .lines()
            .skip(1)
            .map(str::to_owned)
            .collect()
    }

    #[tokio::test]
    async fn a_restore_into_an_empty_database_of_either_backend_gives_every_row_back() {
        for source in crate::testing::all().await.expect("databases") {
            let org = seed(&source).await;
            let (saved, summary) = archive(&source).await;
            assert_eq!(summary.rows_of("organisation"), 2);
            assert_eq!(summary.rows_of("dataset"), 3);
            assert_eq!(summary.rows_of("dataset_column"), 6);
            assert_eq!(summary.rows_of("dataset_original"), 3);
            assert_eq!(summary.rows_of("estimate_cache"), 1);
            assert_eq!(summary.rows_of("plan"), 1);
            assert_eq!(summary.rows_of("audit_event"), 16);
            for table in ["app_user", "membership", "invitation", "api_token", "share"] {
                assert_eq!(summary.rows_of(table), 1, "{table}");
            }
            assert_eq!(summary.rows_of("session"), 0);
            for target in crate::testing::all().await.expect("databases") {
                let label = format!("{} to {}", source.backend(), target.backend());
                let restored = target.restore(saved.as_slice()).await.expect(&label);
                assert_eq!(restored, summary, "{label}");
                let (again, _) = archive(&target).await;
                assert_eq!(rows(&again), rows(&saved), "{label}");
                // Through the store too: the same answers, byte for byte where it matters.
                for id in [DatasetId(1), DatasetId(2)] {
                    assert_eq!(
                        target.dataset(org, id).await.expect("read"),
                        source.dataset(org, id).await.expect("read"),
                        "{label}"
                    );
                    let (Some(got), Some(want)) = (
                        target.dataset_data(org, id).await.expect("read"),
                        source.dataset_data(org, id).await.expect("read"),
                    ) else {
                        panic!("{label}: dataset {id} missing");
                    };
                    assert_eq!(got.column("group"), want.column("group"), "{label}");
                    assert_eq!(
                        target.dataset_original(org, id).await.expect("read"),
                        source.dataset_original(org, id).await.expect("read"),
                        "{label}"
                    );
                }
                assert_eq!(
                    target
                        .cached_report(org, DatasetId(1), "k")
                        .await
                        .expect("read"),
                    source
                        .cached_report(org, DatasetId(1), "k")
                        .await
                        .expect("read"),
                );
                assert_eq!(
                    target.audit_events(org, 100).await.expect("read"),
                    source.audit_events(org, 100).await.expect("read"),
                );
                assert_eq!(
                    target.plans(org).await.expect("read"),
                    source.plans(org).await.expect("read")
                );
                // New rows get ids after the restored ones (PostgreSQL's sequences were moved).
                let c = target
                    .create_organisation(NewOrganisation::parse("c", "C").expect("valid"), "cli")
                    .await
                    .expect(&label);
                assert_eq!(c.id, OrgId(3), "{label}");
                let d = target
                    .create_dataset(dataset(c.id, None))
                    .await
                    .expect(&label);
                assert_eq!(d.id, DatasetId(4), "{label}");
            }
        }
    }

    #[tokio::test]
    async fn a_restore_into_a_database_with_data_is_refused_and_changes_nothing() {
        let source = crate::testing::fresh().await.expect("database");
        seed(&source).await;
        let (saved, _) = archive(&source).await;
        let target = crate::testing::fresh().await.expect("database");
        target
            .create_organisation(NewOrganisation::parse("x", "X").expect("valid"), "cli")
            .await
            .expect("x");
        let err = target.restore(saved.as_slice()).await.expect_err("refused");
        assert!(err.to_string().contains("not empty"), "{err}");
        assert_eq!(target.organisations().await.expect("list").len(), 1);
    }

    #[tokio::test]
    async fn an_incomplete_or_newer_archive_is_refused_and_nothing_is_written() {
        let source = crate::testing::fresh().await.expect("database");
        seed(&source).await;
        let (saved, _) = archive(&source).await;
        let text = String::from_utf8(saved).expect("utf-8");
        let cut: Vec<&str> = text.lines().collect();
        let truncated = cut[..cut.len() - 1].join("\n");
        let target = crate::testing::fresh().await.expect("database");
        let err = target
            .restore(truncated.as_bytes())
            .await
            .expect_err("truncated");
        assert!(err.to_string().contains("incomplete"), "{err}");
        assert!(target.organisations().await.expect("list").is_empty());

        let mut header: serde_json::Value = serde_json::from_str(cut[0]).expect("header");
        header["migrations"]
            .as_array_mut()
            .expect("migrations")
            .push(serde_json::json!({"version": 9999, "description": "from the future"}));
        let newer = format!("{header}\n{}", cut[1..].join("\n"));
        let err = target.restore(newer.as_bytes()).await.expect_err("newer");
        assert!(err.to_string().contains("newer Tessera"), "{err}");
        let err = target
            .restore("not a backup\n".as_bytes())
            .await
            .expect_err("not ours");
        assert!(err.to_string().contains("not a Tessera backup"), "{err}");
        assert!(target.organisations().await.expect("list").is_empty());
    }

    fn migrations(n: i64) -> Vec<SchemaMigration> {
        (1..=n)
            .map(|version| SchemaMigration {
                version,
                description: format!("step {version}"),
            })
            .collect()
    }

    #[test]
    fn an_archive_from_a_newer_schema_is_refused_and_an_older_one_accepted() {
        let err = check_schema(&migrations(4), &migrations(3)).expect_err("newer");
        assert!(err.to_string().contains("newer Tessera"), "{err}");
        check_schema(&migrations(2), &migrations(3)).expect("older");
        check_schema(&migrations(3), &migrations(3)).expect("same");
    }

    #[test]
    fn values_round_trip_through_json_by_column_kind() {
        for (kind, value) in [
            (Kind::Int, Value::Int(Some(-7))),
            (Kind::Int, Value::Int(None)),
            (Kind::Text, Value::Text(Some("“quoted” \n".to_owned()))),
            (Kind::Text, Value::Text(None)),
            (Kind::Bytes, Value::Bytes(Some(vec![0, 255, 10, 13]))),
            (Kind::Bytes, Value::Bytes(None)),
        ] {
            let back = Value::from_json("t", "c", kind, &value.to_json()).expect("reads back");
            assert_eq!(back, value);
        }
        assert!(Value::from_json("t", "c", Kind::Int, &"1".into()).is_err());
    }

    #[test]
    fn a_line_naming_an_unknown_column_is_refused_before_any_sql() {
        let archive = format!(
            "{}\n{}\n",
            serde_json::json!({"format": FORMAT_NAME, "version": 1, "migrations": []}),
            serde_json::json!({"table": "organisation", "row": {"id": 1, "slug; DROP TABLE plan": "x"}}),
        );
        let mut reader = Reader::start(archive.as_bytes(), &migrations(3)).expect("header");
        let err = reader.next().err().expect("refused");
        assert!(err.to_string().contains("has no column"), "{err}");
    }
}
