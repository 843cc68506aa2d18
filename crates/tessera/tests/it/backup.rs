//! `tessera backup`, `tessera restore` and `tessera org create` end to end: a restored data
//! folder serves the same pages and API answers as the one it was backed up from.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};

use tessera_store::AnyStore;
use tessera_store::prelude::*;

use crate::support::{stderr, stdout, tessera};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// A running `tessera serve`, stopped when dropped, and the credentials requests carry.
struct Server {
    child: Child,
    port: u16,
    /// Extra request headers: the session cookie and the API token.
    headers: Vec<String>,
}

impl Server {
    fn start(data_dir: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tessera"))
            .args(["serve", "--port", "0", "--data-dir"])
            .arg(data_dir)
            .env("TESSERA_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("tessera serve starts");
        let out = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(out).lines();
        let mut port = None;
        for line in lines.by_ref() {
            let line = line.expect("line");
            if let Some(rest) = line.split("running at http://127.0.0.1:").nth(1) {
                port = rest.trim_end_matches('/').parse().ok();
                break;
            }
        }
        let port = port.expect("serve prints its address");
        // Keep reading, so the server never writes into a closed pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Self {
            child,
            port,
            headers: Vec::new(),
        }
    }

    /// Sends a raw request; returns the status, the head and the body.
    fn exchange(&self, request: &str) -> (u16, String, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream.write_all(request.as_bytes()).expect("send");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read");
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").expect("a response");
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("status");
        let body = if head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked")
        {
            dechunk(body)
        } else {
            body.to_owned()
        };
        (status, head.to_owned(), body)
    }

    /// Signs in through the sign-in form, as a browser does, and sends the session from now on;
    /// API requests carry `token`.
    fn sign_in(&mut self, email: &str, password: &str, token: &str) {
        let (_, head, body) =
            self.exchange("GET /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        let pre = cookie(&head, "tessera_pre");
        let csrf = body
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a CSRF field");
        let form = format!(
            "csrf={csrf}&email={}&password={}",
            email.replace('@', "%40"),
            password.replace(' ', "+")
        );
        let (status, head, _) = self.exchange(&format!(
            "POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: tessera_pre={pre}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
            form.len()
        ));
        assert_eq!(status, 303, "signing in: {head}");
        let session = cookie(&head, "tessera_session");
        self.headers = vec![
            format!("Cookie: tessera_session={session}"),
            format!("Authorization: Bearer {token}"),
        ];
    }

    /// GETs `path` until it is no longer computing; returns the status and the body.
    fn get(&self, path: &str) -> (u16, String) {
        for _ in 0..400 {
            let (status, body) = self.get_once(path);
            if status != 202 && !body.contains("Computing estimates") {
                return (status, body);
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("{path} was still computing after 20 s");
    }

    fn get_once(&self, path: &str) -> (u16, String) {
        let mut request =
            format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        for h in &self.headers {
            request.push_str(h);
            request.push_str("\r\n");
        }
        request.push_str("\r\n");
        let (status, _, body) = self.exchange(&request);
        // Each session has its own form token; everything else must be the same.
        (status, without_csrf(&body))
    }
}

/// The value of cookie `name` set in a response head.
fn cookie(head: &str, name: &str) -> String {
    head.lines()
        .filter_map(|l| l.split_once(':'))
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, v)| v.trim().split(';').next()?.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .unwrap_or_else(|| panic!("no {name} cookie in {head}"))
}

/// A page with its CSRF tokens blanked.
fn without_csrf(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    let marker = "name=\"csrf\" value=\"";
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at + marker.len()]);
        rest = &rest[at + marker.len()..];
        rest = &rest[rest.find('"').unwrap_or(0)..];
    }
    out.push_str(rest);
    out
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).expect("chunk size");
        if size == 0 {
            break;
        }
        out.push_str(&rest[..size]);
        body = &rest[size + 2..];
    }
    out
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const PAGES: &[&str] = &[
    "/api/v1/datasets",
    "/api/v1/datasets/1",
    "/api/v1/datasets/1/profile",
    "/api/v1/plans",
    "/api/v1/plans/1",
    "/datasets",
    "/datasets/1",
    "/datasets/1/original",
    "/plans",
];

fn fetch_all(server: &Server) -> Vec<(u16, String)> {
    PAGES.iter().map(|p| server.get(p)).collect()
}

/// The archive's rows, without the header line naming the time of the backup.
fn archive_rows(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .expect("archive")
        .lines()
        .skip(1)
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_backup_restored_into_an_empty_data_folder_serves_the_same_pages_and_api() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::create_dir_all(&a).expect("mkdir");
    runtime().block_on(async {
        let store = AnyStore::open_path(&a.join("tessera.sqlite"))
            .await
            .expect("open");
        store.migrate().await.expect("migrate");
        tessera_app::demo::seed(&store).await.expect("demo data");
    });
    let data_dir = a.to_str().expect("path");
    let password = "kettle orbit lantern marsh";
    let mut admin = Command::new(env!("CARGO_BIN_EXE_tessera"))
        .args([
            "user",
            "create-admin",
            "--email",
            "ops@example.org",
            "--org",
            "demo",
            "--password-stdin",
            "--data-dir",
            data_dir,
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("create-admin starts");
    writeln!(admin.stdin.take().expect("stdin"), "{password}").expect("password");
    assert!(admin.wait().expect("create-admin").success());
    let out = tessera(&[
        "token",
        "create",
        "--org",
        "demo",
        "--role",
        "owner",
        "--name",
        "backup test",
        "--data-dir",
        data_dir,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let token = stdout(&out).trim().to_owned();
    assert!(token.starts_with("tsr_"), "{token}");
    // Pages first, so the profile's estimates are computed and cached (and backed up too).
    let before = {
        let mut server = Server::start(&a);
        server.sign_in("ops@example.org", password, &token);
        fetch_all(&server)
    };
    for ((status, _), page) in before.iter().zip(PAGES) {
        assert_eq!(*status, 200, "{page}");
    }

    let archive = dir.path().join("backup.jsonl");
    let out = tessera(&[
        "backup",
        "--out",
        archive.to_str().expect("path"),
        "--data-dir",
        a.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 dataset,"), "{}", stdout(&out));

    let out = tessera(&[
        "restore",
        "--from",
        archive.to_str().expect("path"),
        "--data-dir",
        b.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Restored"), "{}", stdout(&out));

    // Every row, the audit log included, is the same in both databases.
    let again = dir.path().join("again.jsonl");
    let out = tessera(&[
        "backup",
        "--out",
        again.to_str().expect("path"),
        "--data-dir",
        b.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(archive_rows(&again), archive_rows(&archive));

    // The same person, with the same password and API token, sees the same pages and answers.
    let after = {
        let mut server = Server::start(&b);
        server.sign_in("ops@example.org", password, &token);
        fetch_all(&server)
    };
    for ((got, want), page) in after.iter().zip(&before).zip(PAGES) {
        assert_eq!(got, want, "{page}");
    }

    // A second restore into the now full folder is refused and says why.
    let out = tessera(&[
        "restore",
        "--from",
        archive.to_str().expect("path"),
        "--data-dir",
        b.to_str().expect("path"),
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("not empty"), "{}", stderr(&out));
}

#[test]
fn org_create_adds_an_organisation_with_an_audit_entry_and_refuses_a_duplicate() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data_dir = dir.path().to_str().expect("path");
    let out = tessera(&[
        "org",
        "create",
        "kestrel-bay",
        "--name",
        "Kestrel Bay Council",
        "--data-dir",
        data_dir,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Kestrel Bay Council"),
        "{}",
        stdout(&out)
    );

    let again = tessera(&["org", "create", "kestrel-bay", "--data-dir", data_dir]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    let bad = tessera(&["org", "create", "Kestrel Bay", "--data-dir", data_dir]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("not a valid"), "{}", stderr(&bad));

    runtime().block_on(async {
        let store = AnyStore::open_path(&dir.path().join("tessera.sqlite"))
            .await
            .expect("open");
        let orgs = store.organisations().await.expect("list");
        assert_eq!(orgs.len(), 1);
        assert_eq!(orgs[0].name, "Kestrel Bay Council");
        let events = store.audit_events(orgs[0].id, 10).await.expect("events");
        assert_eq!(events[0].actor, "cli");
        assert_eq!(events[0].object, "organisation:kestrel-bay");
    });
}

#[cfg(unix)]
#[test]
fn a_backup_is_private_and_removes_the_partial_files_of_killed_runs_but_not_of_running_ones() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let data_dir = data.to_str().expect("path");
    let out = tessera(&["org", "create", "demo", "--data-dir", data_dir]);
    assert!(out.status.success(), "{}", stderr(&out));
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).expect("mkdir");
    // Last night's backup, killed half way: nobody holds its partial file.
    let killed = backups.join("tessera-2025-06-01.partial");
    std::fs::write(
        &killed,
        "{\"format\":\"tessera-backup\",\"version\":1,\"migrations\":[]}\n{\"table\":\"organ",
    )
    .expect("write");
    // A backup running at this moment holds its partial file locked.
    let running = backups.join("tessera-other.partial");
    std::fs::write(&running, "{\"format\":\"tessera-backup\",\"version\":1}\n").expect("write");
    let held = std::fs::File::open(&running).expect("open");
    held.lock().expect("lock");
    // Someone's file that merely ends in .partial.
    let notes = backups.join("notes.partial");
    std::fs::write(&notes, "not a backup").expect("write");

    let target = backups.join("tessera-2025-06-02.jsonl");
    let out = tessera(&[
        "backup",
        "--out",
        target.to_str().expect("path"),
        "--data-dir",
        data_dir,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains(&format!("Removed {}", killed.display())) && said.contains("stopped"),
        "{said}"
    );
    assert!(!killed.exists());
    assert!(running.exists(), "a running backup's partial file stays");
    assert!(notes.exists(), "only Tessera's partial files are removed");
    assert!(!backups.join("tessera-2025-06-02.partial").exists());
    let archive = std::fs::read_to_string(&target).expect("backup");
    assert!(
        archive
            .lines()
            .last()
            .is_some_and(|l| l.contains("\"end\":true")),
        "complete"
    );
    assert_eq!(mode(&target), 0o600, "the backup");
    assert_eq!(mode(&data.join("tessera.sqlite")), 0o600, "the database");
    drop(held);
}
