//! The archive format, line by line: the header with the schema it was written from, one line
//! per row, and a footer counting the rows, so a truncated archive is refused.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::{Deserialize, Serialize};

use super::{Kind, TABLES, Table};
use crate::StoreError;

/// The archive format this Tessera writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

const FORMAT_NAME: &str = "tessera-backup";

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
            created_at: crate::db::now(),
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
            // Like the writer, count every table, those without rows too.
            for table in TABLES {
                self.summary.rows.entry(table.name.to_owned()).or_default();
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

#[cfg(test)]
mod tests {
    use super::*;

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
