//! Two `tessera serve` processes on one database complete one import between them: upload on
//! one, map on the other, check on the first, save on the second (issue 11: no sticky
//! sessions). PostgreSQL when `TESSERA_TEST_DATABASE_URL` is set (as `scripts/test` does on its
//! second run), else one SQLite file.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use scraper::{Html, Selector};

use crate::support::{stderr, tessera};

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(database_url: &str, data_dir: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tessera"))
        .args([
            "serve",
            "--bind",
            "127.0.0.1",
            "--port",
            "0",
            "--database-url",
            database_url,
        ])
        .arg("--data-dir")
        .arg(data_dir)
        .env("TESSERA_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("tessera serve starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let port = loop {
        let line = lines
            .next()
            .expect("the server says where it listens")
            .expect("line");
        if let Some(rest) = line.strip_prefix("Tessera is running at http://127.0.0.1:") {
            break rest.trim_end_matches('/').parse().expect("port");
        }
    };
    // Keep reading its output so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server { child, port }
}

/// One HTTP/1.1 request; the status, headers and body of the answer.
fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, String)],
    body: &[u8],
) -> (u16, Vec<(String, String)>, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).expect("write");
    stream.write_all(body).expect("write body");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text.split_once("\r\n\r\n").expect("a response");
    let mut head_lines = head.lines();
    let status = head_lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status");
    let headers = head_lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    // Bodies may be chunked; the tests only look for text in them.
    (status, headers, rest.to_owned())
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn cookie_value(headers: &[(String, String)], name: &str) -> Option<String> {
    headers
        .iter()
        .filter(|(k, _)| k == "set-cookie")
        .filter_map(|(_, v)| v.split(';').next())
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// Every field of the page's main form as the browser would send it.
fn form_fields(html: &str) -> Vec<(String, String)> {
    let html = Html::parse_document(html);
    let form = html
        .select(&Selector::parse("main form").expect("selector"))
        .next()
        .expect("a form");
    let mut out = Vec::new();
    for el in form.select(&Selector::parse("input, select").expect("selector")) {
        let Some(name) = el.value().attr("name") else {
            continue;
        };
        if el.value().name() == "select" {
            let options: Vec<_> = el
                .select(&Selector::parse("option").expect("selector"))
                .collect();
            let chosen = options
                .iter()
                .find(|o| o.value().attr("selected").is_some())
                .or(options.first());
            if let Some(o) = chosen {
                out.push((
                    name.to_owned(),
                    o.value().attr("value").unwrap_or("").to_owned(),
                ));
            }
            continue;
        }
        let kind = el.value().attr("type").unwrap_or("text");
        if (kind == "checkbox" || kind == "radio") && el.value().attr("checked").is_none() {
            continue;
        }
        out.push((
            name.to_owned(),
            el.value().attr("value").unwrap_or("").to_owned(),
        ));
    }
    out
}

#[test]
fn two_servers_on_one_database_complete_one_import_between_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let url = runtime
        .block_on(tessera_store::testing::fresh_url(dir.path()))
        .expect("a database");
    let out = tessera(&["org", "create", "council", "--database-url", &url]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = tessera(&[
        "user",
        "create-admin",
        "--email",
        "admin@council.example",
        "--org",
        "council",
        "--database-url",
        &url,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let password = text
        .lines()
        .find_map(|l| {
            l.split_once("after signing in): ")
                .map(|(_, p)| p.trim().to_owned())
        })
        .expect("a generated password");
    let a = serve(&url, &dir.path().join("a"));
    let b = serve(&url, &dir.path().join("b"));

    // Sign in on A.
    let (_, headers, page) = http(a.port, "GET", "/sign-in", &[], b"");
    let pre = cookie_value(&headers, "tessera_pre").expect("a pre-sign-in token");
    assert!(page.contains(&pre));
    let form = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("email", "admin@council.example"),
            ("password", &password),
            ("csrf", &pre),
        ])
        .finish();
    let (status, headers, _) = http(
        a.port,
        "POST",
        "/sign-in",
        &[
            ("Cookie", format!("tessera_pre={pre}")),
            (
                "Content-Type",
                "application/x-www-form-urlencoded".to_owned(),
            ),
        ],
        form.as_bytes(),
    );
    assert_eq!(status, 303);
    let session = cookie_value(&headers, "tessera_session").expect("a session");
    // The session works on B too; its form token comes with every page.
    let (status, _, home) = http(
        b.port,
        "GET",
        "/datasets/new",
        &[("Cookie", format!("tessera_session={session}"))],
        b"",
    );
    assert_eq!(status, 200, "{home}");
    let csrf = Html::parse_document(&home)
        .select(&Selector::parse("input[name=csrf]").expect("selector"))
        .next()
        .and_then(|e| e.value().attr("value").map(str::to_owned))
        .expect("a form token");
    let cookie = || ("Cookie", format!("tessera_session={session}"));

    // Upload on A.
    let file = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tessera-stats/tests/fixtures/synthetic_small.csv"),
    )
    .expect("fixture");
    let boundary = "tessera-two-servers";
    let mut body = Vec::new();
    for (name, file_name, contents) in [
        ("csrf", None, csrf.as_bytes()),
        ("name", None, b"Residents survey".as_slice()),
        ("file", Some("synthetic_small.csv"), file.as_slice()),
    ] {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match file_name {
            Some(f) => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: text/csv\r\n\r\n").as_bytes()),
            None => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
        }
        body.extend_from_slice(contents);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let (status, headers, page) = http(
        a.port,
        "POST",
        "/datasets/new",
        &[
            cookie(),
            (
                "Content-Type",
                format!("multipart/form-data; boundary={boundary}"),
            ),
        ],
        &body,
    );
    assert_eq!(status, 303, "{page}");
    let preview_url = header(&headers, "location")
        .expect("to how the file was read")
        .to_owned();
    assert!(preview_url.ends_with("/preview"), "{preview_url}");

    // Accept how the file was read on B, which reads A's upload from the database.
    let accept = format!("csrf={csrf}&action=continue");
    let (status, headers, page) = http(
        b.port,
        "POST",
        &preview_url,
        &[
            cookie(),
            (
                "Content-Type",
                "application/x-www-form-urlencoded".to_owned(),
            ),
        ],
        accept.as_bytes(),
    );
    assert_eq!(status, 303, "{page}");
    let mapping_url = header(&headers, "location")
        .expect("to the mapping")
        .to_owned();

    // Map on B: the form is pre-filled from A's upload, which B reads from the database.
    let (status, _, page) = http(b.port, "GET", &mapping_url, &[cookie()], b"");
    assert_eq!(status, 200, "{page}");
    let fields = form_fields(&page);
    let form = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .finish();
    let (status, headers, page) = http(
        b.port,
        "POST",
        &mapping_url,
        &[
            cookie(),
            (
                "Content-Type",
                "application/x-www-form-urlencoded".to_owned(),
            ),
        ],
        form.as_bytes(),
    );
    assert_eq!(status, 303, "{page}");
    let report_url = header(&headers, "location")
        .expect("to the report")
        .to_owned();
    assert!(report_url.ends_with("/report"), "{report_url}");

    // Check on A, save on B.
    let (status, _, page) = http(a.port, "GET", &report_url, &[cookie()], b"");
    assert_eq!(status, 200, "{page}");
    let save_url = report_url.replace("/report", "/save");
    let save = format!("csrf={csrf}");
    let (status, headers, page) = http(
        b.port,
        "POST",
        &save_url,
        &[
            cookie(),
            (
                "Content-Type",
                "application/x-www-form-urlencoded".to_owned(),
            ),
        ],
        save.as_bytes(),
    );
    assert_eq!(status, 303, "{page}");
    let dataset = header(&headers, "location")
        .expect("to the dataset")
        .to_owned();
    assert!(dataset.starts_with("/datasets/"), "{dataset}");
    // Saving again on A (a retry) gives the same dataset, not a second one.
    let (status, headers, _) = http(
        a.port,
        "POST",
        &save_url,
        &[
            cookie(),
            (
                "Content-Type",
                "application/x-www-form-urlencoded".to_owned(),
            ),
        ],
        save.as_bytes(),
    );
    assert_eq!(status, 303);
    assert_eq!(header(&headers, "location"), Some(dataset.as_str()));
    // Both servers list it once.
    for port in [a.port, b.port] {
        let (status, _, list) = http(port, "GET", "/datasets", &[cookie()], b"");
        assert_eq!(status, 200);
        assert_eq!(list.matches("Residents survey").count(), 1, "{list}");
    }
}
