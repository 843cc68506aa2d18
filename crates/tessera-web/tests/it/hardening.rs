//! Hostile requests (issue 10): forged `Host` headers, open redirects, oversized bodies,
//! uploads just over the limit, spreadsheet formulas in exports, and the headers that keep
//! answers out of caches and browsers on HTTPS.

use std::time::Instant;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tessera_store::prelude::*;

use crate::support::TestApp;

/// The first cells of every line of a CSV file.
fn cells(csv_text: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    reader
        .records()
        .flat_map(|r| {
            r.expect("a CSV record")
                .iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Whether a spreadsheet would run `cell` as a formula.
fn runnable(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err()
}

#[tokio::test]
async fn a_reset_link_uses_the_configured_address_whatever_host_the_request_names() {
    let app =
        TestApp::demo_with(|s| s.public_url = Some("https://tessera.example.org/".into())).await;
    let anonymous = app.anonymous();
    let request = Request::post("/password/forgot")
        .header(header::HOST, "attacker.example")
        .header(header::COOKIE, "tessera_pre=anon-token")
        .header("x-csrf-token", "anon-token")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("email=owner%40demo.example"))
        .expect("request");
    let reply = anonymous.send_raw(request).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let mail = app.store().outbox(5).await.expect("outbox");
    assert_eq!(mail.len(), 1);
    assert!(
        mail[0]
            .body
            .contains("https://tessera.example.org/password/reset/"),
        "{}",
        mail[0].body
    );
    assert!(
        !mail[0].body.contains("attacker.example"),
        "{}",
        mail[0].body
    );

    // Without a configured address the link still never names the request's host.
    let plain = TestApp::demo().await;
    let request = Request::post("/password/forgot")
        .header(header::HOST, "attacker.example")
        .header(header::COOKIE, "tessera_pre=anon-token")
        .header("x-csrf-token", "anon-token")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("email=owner%40demo.example"))
        .expect("request");
    plain.anonymous().send_raw(request).await;
    let mail = plain.store().outbox(5).await.expect("outbox");
    assert!(
        !mail[0].body.contains("attacker.example"),
        "{}",
        mail[0].body
    );
}

#[tokio::test]
async fn sign_in_never_sends_the_browser_off_the_site() {
    let app = TestApp::demo().await;
    let who = app.identity().expect("demo owner");
    for next in [
        "/%09/evil.example/",
        "/\t/evil.example/",
        "//evil.example",
        "/%01",
        "/\\evil",
    ] {
        let uri = format!(
            "/sign-in?next={}",
            form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
        );
        let request = Request::get(uri)
            .header(header::COOKIE, format!("tessera_session={}", who.session))
            .body(Body::empty())
            .expect("request");
        let reply = app.anonymous().send_raw(request).await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{next:?}: {}",
            reply.body
        );
        assert_eq!(reply.header(header::LOCATION), Some("/"), "{next:?}");
    }
    // A raw control character in the query is refused as a bad request, never a 500.
    let reply = app.get("/sign-in?next=/%01").await;
    assert!(reply.status.as_u16() < 500, "{}", reply.status);
}

#[tokio::test]
async fn large_bodies_are_refused_before_they_are_read_except_an_editors_upload() {
    let app = TestApp::demo().await;
    let anonymous = app.anonymous();
    // A 3 MB sign-in form: refused at the form limit, not read whole.
    let big = "a".repeat(3 * 1024 * 1024);
    let started = Instant::now();
    let request = Request::post("/sign-in")
        .header(header::COOKIE, "tessera_pre=anon-token")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!(
            "email=a&password={big}&csrf=anon-token"
        )))
        .expect("request");
    let reply = anonymous.send_raw(request).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(started.elapsed().as_secs() < 2);
    // An anonymous upload is sent to sign in without its body being looked at.
    let request = Request::post("/datasets/new")
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=x")
        .body(Body::from(vec![b'x'; 5 * 1024 * 1024]))
        .expect("request");
    let reply = anonymous.send_raw(request).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(
        reply
            .header(header::LOCATION)
            .is_some_and(|l| l.starts_with("/sign-in?next="))
    );
    // A viewer may not upload: refused before the body is read.
    let demo = app.demo_org().await;
    let viewer = app
        .member(demo.id, "viewer@demo.example", tessera_store::Role::Viewer)
        .await;
    let reply = app
        .as_(Some(viewer))
        .post_multipart("/datasets/new", &[("file", Some("a.csv"), b"a,b\n1,2\n")])
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    // A JSON body above the limit is refused by the API.
    let reply = app
        .send_json(
            "POST",
            "/api/v1/plans",
            &format!("{{\"title\": \"{big}\"}}"),
        )
        .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(reply.json()["errors"][0]["detail"].is_string() || reply.body.is_empty());
}

#[tokio::test]
async fn a_file_one_byte_over_the_upload_limit_is_refused_and_one_at_it_is_read() {
    let app = TestApp::demo_with(|s| s.limits.max_upload_bytes = 1000).await;
    let header_line = b"group,answer\n".to_vec();
    let file_of = |size: usize| {
        let mut file = header_line.clone();
        while file.len() + 4 <= size {
            file.extend_from_slice(b"1,2\n");
        }
        while file.len() < size {
            file.push(b' ');
        }
        file
    };
    let at = file_of(1000);
    assert_eq!(at.len(), 1000);
    let reply = app
        .post_multipart("/datasets/new", &[("file", Some("at.csv"), &at)])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let over = file_of(1001);
    let reply = app
        .post_multipart("/datasets/new", &[("file", Some("over.csv"), &over)])
        .await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.body
    );
    assert!(reply.body.contains("larger than"), "{}", reply.body);
}

#[tokio::test]
async fn no_csv_tessera_writes_has_a_cell_a_spreadsheet_would_run() {
    let app = TestApp::demo().await;
    // Category labels and values that are formulas, in a file brought in by an editor.
    let file = "group,answer,area\n\
        1,=HYPERLINK(\"http://evil.example\"),+cmd|' /C calc'!A0\n\
        2,@SUM(1+1),-2+3+cmd\n\
        1,\tx,=1+1\n"
        .to_owned();
    let reply = app
        .post_multipart(
            "/datasets/new",
            &[("file", Some("evil.csv"), file.as_bytes())],
        )
        .await;
    let mapping = reply
        .header(header::LOCATION)
        .expect("to the mapping")
        .to_owned();
    let token = mapping.split('/').nth(3).expect("token").to_owned();
    // The audit log holds the names; its CSV must not run them either.
    let audit = app.get("/audit.csv").await;
    assert_eq!(audit.status, StatusCode::OK);
    for cell in cells(&audit.body) {
        assert!(!runnable(&cell), "audit.csv: {cell:?}");
    }
    let _ = token;
    // A measure's export, split by wards whose codes are formulas.
    let options = tessera_data::synthetic::SyntheticOptions {
        seed: 5,
        rows: 2000,
    };
    let original = tessera_data::synthetic::generate_csv(&options);
    let mut reader = csv::Reader::from_reader(original.as_bytes());
    let headers = reader.headers().expect("header").clone();
    let ward = headers
        .iter()
        .position(|h| h == "ward")
        .expect("a ward column");
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&headers).expect("write");
    let prefixes = ["=", "+", "@", "-"];
    for (i, record) in reader.records().enumerate() {
        let record = record.expect("record");
        let row: Vec<String> = record
            .iter()
            .enumerate()
            .map(|(c, v)| {
                if c == ward {
                    format!("{}cmd|{v}", prefixes[i % 4])
                } else {
                    v.to_owned()
                }
            })
            .collect();
        writer.write_record(&row).expect("write");
    }
    let evil = writer.into_inner().expect("csv");
    let read = tessera_data::read_bytes(
        &evil,
        tessera_data::Format::Csv,
        &tessera_data::ReadOptions::default(),
    )
    .expect("readable");
    let demo = app.demo_org().await;
    let saved = app
        .store()
        .create_dataset(tessera_store::NewDataset {
            org: demo.id,
            name: "Formulas".into(),
            parent: None,
            source_name: "formulas.csv".into(),
            source_format: "csv".into(),
            original: evil.clone(),
            data: read.dataset,
            excluded_rows: Vec::new(),
            waves: vec!["2023".into(), "2024".into(), "2025".into()],
            mapping: serde_json::to_value(tessera_app::demo::mapping()).expect("json"),
            created_by: "test".into(),
        })
        .await
        .expect("save");
    let measure = tessera_app::demo::mapping().measures[0].id.clone();
    let export = app
        .get_computed(&format!(
            "/datasets/{}/measures/{measure}/export.csv?by=ward",
            saved.id
        ))
        .await;
    assert_eq!(export.status, StatusCode::OK);
    let all = cells(&export.body);
    assert!(
        all.iter().any(|c| c.contains("cmd|")),
        "the export splits by the formula wards: {}",
        export.body
    );
    for cell in all {
        assert!(!runnable(&cell), "export.csv: {cell:?}");
    }
}

#[tokio::test]
async fn api_answers_are_never_cached_and_https_answers_carry_hsts() {
    let app = TestApp::demo().await;
    let reply = app.get("/api/v1/plans").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header(header::CACHE_CONTROL), Some("no-store"));
    assert_eq!(reply.header(header::STRICT_TRANSPORT_SECURITY), None);
    let request = Request::get("/")
        .header("x-forwarded-proto", "https")
        .body(Body::empty())
        .expect("request");
    let reply = app.send(request).await;
    assert!(
        reply
            .header(header::STRICT_TRANSPORT_SECURITY)
            .is_some_and(|v| v.starts_with("max-age="))
    );
}

/// A sign-in form post with the pre-sign-in CSRF pair.
fn sign_in_request(email: &str, password: &str) -> Request<Body> {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("email", email),
            ("password", password),
            ("csrf", "anon-token"),
        ])
        .finish();
    Request::post("/sign-in")
        .header(header::COOKIE, "tessera_pre=anon-token")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .expect("request")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_guesses_at_once_get_at_most_five_passwords_checked() {
    let app = std::sync::Arc::new(TestApp::demo().await);
    let mut guesses = Vec::new();
    for i in 0..100 {
        let app = std::sync::Arc::clone(&app);
        guesses.push(tokio::spawn(async move {
            app.anonymous()
                .send_raw(sign_in_request(
                    "owner@demo.example",
                    &format!("not the password {i}"),
                ))
                .await
        }));
    }
    let mut checked = 0;
    let mut locked = 0;
    for g in guesses {
        let reply = g.await.expect("request");
        if reply.status == StatusCode::TOO_MANY_REQUESTS {
            locked += 1;
        } else if reply.body.contains("password is not right") {
            checked += 1;
        }
    }
    assert_eq!(checked, 5, "checked {checked}, locked {locked}");
    assert_eq!(locked, 95);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn reset_requests_are_throttled_per_address_and_take_as_long_for_unknown_addresses() {
    let app = std::sync::Arc::new(TestApp::demo().await);
    let forgot = |email: &str| {
        Request::post("/password/forgot")
            .header(header::COOKIE, "tessera_pre=anon-token")
            .header("x-csrf-token", "anon-token")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "email={}",
                form_urlencoded::byte_serialize(email.as_bytes()).collect::<String>()
            )))
            .expect("request")
    };
    let mut requests = Vec::new();
    for _ in 0..20 {
        let app = std::sync::Arc::clone(&app);
        let request = forgot("owner@demo.example");
        requests.push(tokio::spawn(async move {
            let started = Instant::now();
            let reply = app.anonymous().send_raw(request).await;
            (reply.status, started.elapsed())
        }));
    }
    for r in requests {
        let (status, took) = r.await.expect("request");
        assert_eq!(status, StatusCode::OK);
        assert!(took.as_millis() >= 300, "{took:?}");
    }
    let mail = app.store().outbox(50).await.expect("outbox");
    assert_eq!(mail.len(), 3, "three reset e-mails an hour at most");
    // An address without an account gets the same page after the same time.
    let started = Instant::now();
    let reply = app
        .anonymous()
        .send_raw(forgot("nobody@nowhere.example"))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(started.elapsed().as_millis() >= 300);
    assert_eq!(app.store().outbox(50).await.expect("outbox").len(), 3);
}
