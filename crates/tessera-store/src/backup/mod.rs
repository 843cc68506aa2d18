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
//! Accounts, memberships, invitations, API tokens (as hashes), shares and uploads waiting for
//! their mapping are kept, and so is the participant register with everything held on each
//! participant (contact details included: a backup is the whole database, to be kept as safely),
//! and so are self-assessments, reference values, organisations' own framework packs, named
//! weightings, library entries with their audiences, comments and copies, and partner links with
//! their reporting periods, reports and the reminders already sent. What only lasts minutes is
//! not: signed-in sessions, password reset links, the e-mail outbox, and the counts of sign-in
//! and reset attempts. After a restore everyone signs in again.

mod archive;
mod tables;

use sqlx::Row as _;

pub use archive::{BackupSummary, FORMAT_VERSION, SchemaMigration};
use archive::{Item, Reader, Value, Writer};
pub(crate) use tables::{Kind, TABLES, Table};

use crate::{AnyStore, StoreError};

impl Table {
    /// Reads the table's rows (of one group, bound as `$1`, when it is split).
    fn select_sql(&self) -> String {
        let columns: Vec<&str> = self.columns.iter().map(|(c, _)| *c).collect();
        let filter = match &self.split {
            Some(split) => format!(" WHERE {} = $1", split.column),
            None => String::new(),
        };
        format!(
            "SELECT {} FROM {}{filter} ORDER BY {}",
            columns.join(", "),
            self.name,
            self.order
        )
    }

    /// Writes one row of the columns an archive line holds.
    fn insert_sql(&self, columns: &[(&'static str, Kind)]) -> String {
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

/// Moves an identity sequence past the largest restored id, so new rows continue the numbering
/// (PostgreSQL only: SQLite takes the next id from the table itself).
fn move_sequence_sql(table: &str) -> String {
    format!("SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table}")
}

/// Reads one value of a row by the kind of its column.
fn read_value(row: &sqlx::any::AnyRow, i: usize, kind: Kind) -> Result<Value, sqlx::Error> {
    Ok(match kind {
        Kind::Int => Value::Int(row.try_get(i)?),
        Kind::Text => Value::Text(row.try_get(i)?),
        Kind::Bytes => Value::Bytes(row.try_get(i)?),
    })
}

/// Adds a value to a statement's parameters.
fn bind(
    query: sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments>,
    value: Value,
) -> sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments> {
    match value {
        Value::Int(v) => query.bind(v),
        Value::Text(v) => query.bind(v),
        Value::Bytes(v) => query.bind(v),
    }
}

impl AnyStore {
    /// Writes every table's rows to `out` as a backup archive (see the module's
    /// documentation), from one consistent snapshot of the database, while it keeps serving.
    pub async fn backup(
        &self,
        out: impl std::io::Write + Send,
    ) -> Result<BackupSummary, StoreError> {
        let mut tx = self.begin_snapshot().await?;
        let migrations = schema(&mut tx).await?;
        let mut writer = Writer::start(out, self.backend(), migrations)?;
        for table in TABLES {
            let sql = table.select_sql();
            let groups = match &table.split {
                Some(split) => {
                    let kind = table
                        .columns
                        .iter()
                        .find(|(c, _)| *c == split.column)
                        .map_or(Kind::Int, |(_, k)| *k);
                    let keys = sqlx::query(split.keys).fetch_all(&mut *tx).await?;
                    keys.iter()
                        .map(|row| read_value(row, 0, kind).map(Some))
                        .collect::<Result<Vec<_>, _>>()?
                }
                None => vec![None],
            };
            for group in groups {
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
                if let Some(key) = group {
                    query = bind(query, key);
                }
                for row in query.fetch_all(&mut *tx).await? {
                    let values = table
                        .columns
                        .iter()
                        .enumerate()
                        .map(|(i, (_, kind))| read_value(&row, i, *kind))
                        .collect::<Result<Vec<_>, _>>()?;
                    writer.row(table, &values)?;
                }
            }
        }
        // Only read: nothing to commit, and ending the snapshot either way is fine.
        tx.rollback().await?;
        writer.finish()
    }

    /// Restores a backup archive into this database, which must be migrated and empty,
    /// keeping every id, in one transaction: a failed restore writes nothing.
    pub async fn restore(
        &self,
        input: impl std::io::BufRead + Send,
    ) -> Result<BackupSummary, StoreError> {
        let mut tx = self.begin_write().await?;
        let migrations = schema(&mut tx).await?;
        let mut reader = Reader::start(input, &migrations)?;
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
            // Only the schema's own table and column names reach this statement (the reader
            // refuses any other), and every value is a bound parameter.
            let mut query = sqlx::query(sqlx::AssertSqlSafe(table.insert_sql(&columns)));
            for value in values {
                query = bind(query, value);
            }
            query.execute(&mut *tx).await?;
        }
        if !self.is_sqlite() {
            for table in TABLES.iter().filter(|t| t.identity) {
                sqlx::query(sqlx::AssertSqlSafe(move_sequence_sql(table.name)))
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(reader.summary)
    }
}

/// The migrations applied to the database, as an archive records them.
async fn schema(conn: &mut sqlx::AnyConnection) -> Result<Vec<SchemaMigration>, StoreError> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT version, description FROM _sqlx_migrations WHERE success ORDER BY version",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(version, description)| SchemaMigration {
            version,
            description,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;
    use crate::{DatasetId, NewDataset, NewOrganisation, NewPlan, OrgId, PlanUpdate};

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
        // b's dataset was saved from an upload, so it carries its idempotency key.
        store
            .create_dataset_from_upload(dataset(b.id, None), "hash-u0")
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
        // An upload waiting for its mapping (kept), and a counted sign-in attempt (not kept).
        let mut bytes = b"weight,group\n1,newcomer\n".to_vec();
        bytes.extend([0xff, 0x00]);
        store
            .create_upload(
                crate::NewUpload {
                    token_hash: "hash-u1".to_owned(),
                    org: a.id,
                    uploaded_by: "ana@a.example".to_owned(),
                    name: "Residents' survey".to_owned(),
                    parent: Some(v1.id),
                    file_name: "survey v2.csv".to_owned(),
                    format: "csv".to_owned(),
                    bytes,
                    read_options: serde_json::json!({"delimiter": ","}),
                    created_at: 1_000,
                    expires_at: 4_000_000_000,
                },
                crate::UploadQuota {
                    max_uploads: 5,
                    max_bytes: 1 << 20,
                },
            )
            .await
            .expect("upload");
        store
            .claim_attempt("ana@a.example", 5, 900, 1_000)
            .await
            .expect("attempt");
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
            assert_eq!(summary.rows_of("upload"), 1);
            assert_eq!(summary.rows_of("session"), 0);
            assert_eq!(summary.rows_of("throttle"), 0);
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
                // The waiting upload, bytes and all, and the idempotency key of b's save.
                let upload = target.upload(org, "hash-u1", 2_000).await.expect("read");
                assert!(upload.is_some(), "{label}");
                assert_eq!(
                    upload,
                    source.upload(org, "hash-u1", 2_000).await.expect("read"),
                    "{label}"
                );
                assert_eq!(
                    target
                        .upload_bytes(org, "hash-u1", 2_000)
                        .await
                        .expect("read"),
                    source
                        .upload_bytes(org, "hash-u1", 2_000)
                        .await
                        .expect("read"),
                    "{label}"
                );
                let again = target
                    .create_dataset_from_upload(dataset(OrgId(2), None), "hash-u0")
                    .await
                    .expect(&label);
                assert_eq!(
                    again.id,
                    DatasetId(3),
                    "{label}: a retried save after a restore"
                );
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

    /// Tables a backup leaves out on purpose: what lasts only minutes, and sqlx's own record.
    const NOT_BACKED_UP: &[&str] = &[
        "_sqlx_migrations",
        "session",
        "password_reset",
        "outbox",
        "sign_in_failure",
        "throttle",
    ];

    #[tokio::test]
    async fn every_table_of_the_schema_is_backed_up_or_left_out_on_purpose() {
        let store = crate::testing::fresh().await.expect("database");
        let sql = if store.is_sqlite() {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        } else {
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'"
        };
        let names: Vec<String> = sqlx::query_scalar(sql)
            .fetch_all(&store.pool)
            .await
            .expect("tables");
        let missing: Vec<&String> = names
            .iter()
            .filter(|n| {
                !TABLES.iter().any(|t| t.name == n.as_str()) && !NOT_BACKED_UP.contains(&n.as_str())
            })
            .collect();
        assert!(
            missing.is_empty(),
            "tables a backup would lose: {missing:?}"
        );
    }

    #[tokio::test]
    async fn participants_and_everything_held_on_them_survive_a_backup_and_restore() {
        use crate::{
            Contact, NewConsent, NewMeasurement, NewOutputLog, NewParticipant, OwnPoint,
            PlanMembership,
        };
        for source in crate::testing::all().await.expect("databases") {
            let org = seed(&source).await;
            let plan = source.plans(org).await.expect("plans")[0].id;
            let made = source
                .create_participants(
                    org,
                    vec![NewParticipant {
                        code: None,
                        reference: Some("ref-1".to_owned()),
                        side: "newcomers".to_owned(),
                        attributes: [("gender".to_owned(), "woman".to_owned())].into(),
                        plans: vec![PlanMembership {
                            plan,
                            target_group: Some("women".to_owned()),
                        }],
                    }],
                    "e",
                )
                .await
                .expect("participant");
            let code = made[0].code.clone();
            source
                .set_participant_fields(org, serde_json::json!(["gender"]), "e")
                .await
                .expect("fields");
            source
                .set_contact(
                    org,
                    &code,
                    Some(Contact {
                        name: "Amina".to_owned(),
                        ..Contact::default()
                    }),
                    "e",
                )
                .await
                .expect("contact");
            source
                .record_consents(
                    org,
                    vec![(
                        code.clone(),
                        NewConsent {
                            taking_part: true,
                            data_use: true,
                            stories: true,
                            sharing: false,
                            lawful_basis: "consent".to_owned(),
                            given_on: "2025-08-01".to_owned(),
                            method: "paper".to_owned(),
                            witness: None,
                            notes: String::new(),
                        },
                    )],
                    "e",
                )
                .await
                .expect("consent");
            source
                .save_measurements(
                    org,
                    vec![NewMeasurement {
                        code: code.clone(),
                        plan,
                        point: "baseline".to_owned(),
                        measured_on: "2025-08-01".to_owned(),
                        answers: [("ioi-2019/bon-lonely".to_owned(), 1.0)].into(),
                    }],
                    "e",
                    "form",
                )
                .await
                .expect("measurement");
            source
                .set_own_points(
                    org,
                    plan,
                    vec![OwnPoint {
                        key: "exit".to_owned(),
                        label: "Exit".to_owned(),
                    }],
                    "e",
                )
                .await
                .expect("points");
            source
                .set_output_target(org, plan, "sessions", "sessions", Some(("month", 4)), "e")
                .await
                .expect("target");
            source
                .create_output_log(
                    org,
                    NewOutputLog {
                        plan,
                        output: "sessions".to_owned(),
                        period_start: "2025-09-01".to_owned(),
                        period_end: "2025-09-30".to_owned(),
                        sessions: 4,
                        attendance: serde_json::json!([]),
                        notes: String::new(),
                    },
                    "e",
                )
                .await
                .expect("log");
            let (saved, summary) = archive(&source).await;
            for table in [
                "participant_settings",
                "participant",
                "participant_plan",
                "participant_contact",
                "consent",
                "measurement",
                "collection_point",
                "output_target",
                "output_log",
            ] {
                assert_eq!(summary.rows_of(table), 1, "{table}");
            }
            for target in crate::testing::all().await.expect("databases") {
                target.restore(saved.as_slice()).await.expect("restore");
                assert_eq!(
                    target.participants(org, None).await.expect("read"),
                    source.participants(org, None).await.expect("read")
                );
                assert_eq!(
                    target.contact(org, &code).await.expect("read"),
                    source.contact(org, &code).await.expect("read")
                );
                assert_eq!(
                    target.consents(org, &code).await.expect("read"),
                    source.consents(org, &code).await.expect("read")
                );
                assert_eq!(
                    target.plan_measurements(org, plan).await.expect("read"),
                    source.plan_measurements(org, plan).await.expect("read")
                );
                assert_eq!(
                    target.output_logs(org, plan).await.expect("read"),
                    source.output_logs(org, plan).await.expect("read")
                );
                // New rows continue the numbering.
                let next = target
                    .create_participants(
                        org,
                        vec![NewParticipant {
                            code: None,
                            reference: None,
                            side: "receiving_community".to_owned(),
                            attributes: Default::default(),
                            plans: vec![],
                        }],
                        "e",
                    )
                    .await
                    .expect("new participant");
                assert!(next[0].id.0 > made[0].id.0);
            }
        }
    }

    #[tokio::test]
    async fn self_assessments_reference_values_and_organisations_packs_survive_a_backup_and_restore()
     {
        use crate::{NewAssessment, NewOrgPack, NewReferenceValue};
        for source in crate::testing::all().await.expect("databases") {
            let org = seed(&source).await;
            let b = source
                .organisation_by_slug("b")
                .await
                .expect("read")
                .expect("b")
                .id;
            let assessment = source
                .create_assessment(
                    org,
                    NewAssessment {
                        kind: "barriers".to_owned(),
                        title: "Check".to_owned(),
                        taken_on: "2026-05-01".to_owned(),
                        answers: serde_json::json!({ "levels": { "barrier:resources-time": 2 } }),
                    },
                    "e",
                )
                .await
                .expect("assessment");
            source
                .create_reference_value(
                    org,
                    NewReferenceValue {
                        indicator: "ioi-2019/x".to_owned(),
                        value: "0.345".to_owned(),
                        area: "Wales".to_owned(),
                        level: "national".to_owned(),
                        source: "National Survey for Wales".to_owned(),
                        url: String::new(),
                        year: 2023,
                        notes: String::new(),
                    },
                    "e",
                )
                .await
                .expect("reference");
            let pack = source
                .save_org_pack(
                    org,
                    NewOrgPack {
                        pack_id: "local".to_owned(),
                        name: "Local".to_owned(),
                        files: vec![("pack.toml".to_owned(), "id = \"local\"\n".to_owned())],
                    },
                    "e",
                )
                .await
                .expect("pack");
            source
                .share_org_pack(org, pack.id, b, true, "e")
                .await
                .expect("share");
            let (saved, summary) = archive(&source).await;
            for table in [
                "self_assessment",
                "reference_value",
                "organisation_pack",
                "organisation_pack_share",
            ] {
                assert_eq!(summary.rows_of(table), 1, "{table}");
            }
            for target in crate::testing::all().await.expect("databases") {
                target.restore(saved.as_slice()).await.expect("restore");
                assert_eq!(
                    target.assessment(org, assessment.id).await.expect("read"),
                    Some(assessment.clone())
                );
                assert_eq!(
                    target.reference_values(org, None).await.expect("read"),
                    source.reference_values(org, None).await.expect("read")
                );
                assert_eq!(
                    target.visible_packs(b).await.expect("read"),
                    source.visible_packs(b).await.expect("read")
                );
            }
        }
    }
}
