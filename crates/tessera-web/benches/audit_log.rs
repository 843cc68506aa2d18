//! How fast the audit log page is when the demo organisation's log holds 100,000 entries
//! (issue 13: the first page in under 200 ms).
//!
//! The log is built as a year of use would leave it: the demo organisation (its dataset, plans,
//! owner) and three more members, then 100,000 entries over the year before now — sign-ins and
//! sign-outs, plan edits carrying the whole plan before and after, imports, shares, uploads,
//! role changes, failed sign-ins — with the newest 100 all plan edits, the slowest kind to
//! describe, so the first page is the worst case. The entries go in through the store's own
//! backup and restore (an archive with the extra rows), so each keeps its own time.
//!
//! Run with `cargo bench -p tessera-web --bench audit_log` (release build); figures go to
//! `docs/benchmarks.md`.

use std::time::{Duration, Instant};

use axum::body::{Body, to_bytes};
use axum::http::{Request, header};
use tessera_framework::Catalogue;
use tessera_store::credentials::{hash_token, random_token};
use tessera_store::prelude::*;
use tessera_store::{AnyStore, NewUser, Role};
use tessera_web::{AppState, app};
use tower::ServiceExt;

const ENTRIES: i64 = 100_000;
const RENDERS: usize = 30;

async fn get(state: &AppState, uri: &str, cookie: &str) -> (u16, String) {
    let request = Request::get(uri)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .expect("request");
    let response = app(state.clone())
        .oneshot(request)
        .await
        .expect("infallible");
    let status = response.status().as_u16();
    let body = to_bytes(response.into_body(), 64 << 20)
        .await
        .expect("body");
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The `i`-th synthetic entry: (actor, action, object, detail).
fn entry(
    i: i64,
    people: &[&str],
    before: &serde_json::Value,
    after: &serde_json::Value,
) -> (String, String, String, serde_json::Value) {
    let who = people[(i % people.len() as i64) as usize].to_owned();
    let plan_edit = || {
        (
            who.clone(),
            "update".to_owned(),
            "plan:1".to_owned(),
            serde_json::json!({
                "summary": "changed an indicator",
                "before": { "title": "Language and friendship café", "document": before },
                "after": { "title": "Language and friendship café", "document": after },
            }),
        )
    };
    if i >= ENTRIES - 100 {
        return plan_edit();
    }
    match i % 20 {
        0..=7 => (
            who.clone(),
            "sign-in".to_owned(),
            format!("user:{who}"),
            serde_json::json!({}),
        ),
        8..=11 => (
            who.clone(),
            "sign-out".to_owned(),
            format!("user:{who}"),
            serde_json::json!({}),
        ),
        12 => plan_edit(),
        13 => (
            who,
            "import".to_owned(),
            "dataset:1".to_owned(),
            serde_json::json!({ "after": { "name": "Kestrel Bay residents' survey", "version": 2, "source": "survey.csv", "rows": 1480, "excluded_rows": 12 } }),
        ),
        14 => (
            who,
            "share".to_owned(),
            "dataset:1".to_owned(),
            serde_json::json!({ "after": { "share": i, "with": "Beta Refugee Action" } }),
        ),
        15 => (
            who,
            "upload".to_owned(),
            "file:survey.csv".to_owned(),
            serde_json::json!({ "bytes": 482_133, "format": "csv", "name": "Residents' survey" }),
        ),
        16 => (
            who,
            "update".to_owned(),
            "membership:bo@demo.example".to_owned(),
            serde_json::json!({ "before": { "role": "viewer" }, "after": { "role": "editor" } }),
        ),
        17 => (
            "someone@elsewhere.example".to_owned(),
            "sign-in-failed".to_owned(),
            "user:someone@elsewhere.example".to_owned(),
            serde_json::json!({ "reason": "wrong e-mail address or password" }),
        ),
        18 => (
            who,
            "create".to_owned(),
            "invitation:7".to_owned(),
            serde_json::json!({ "after": { "email": "new@demo.example", "role": "viewer" } }),
        ),
        _ => (
            who,
            "update".to_owned(),
            "dataset:1".to_owned(),
            serde_json::json!({ "before": { "retain_until": null }, "after": { "retain_until": "2027-03-31" } }),
        ),
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let source = AnyStore::open_path(&dir.path().join("source.sqlite"))
            .await
            .expect("store");
        source.migrate().await.expect("migrate");
        let org = tessera_app::demo::seed(&source).await.expect("demo");
        tessera_app::demo::demo_owner(&source, &org)
            .await
            .expect("owner");
        let mut people = vec![tessera_app::demo::DEMO_OWNER];
        for (email, name) in [
            ("sam@demo.example", "Sam Jones"),
            ("ana@demo.example", "Ana Lima"),
            ("bo@demo.example", "Bo Evans"),
        ] {
            let user = source
                .create_user(
                    NewUser {
                        email: email.to_owned(),
                        name: name.to_owned(),
                        password_hash: "not used".to_owned(),
                        is_admin: false,
                    },
                    "system",
                )
                .await
                .expect("user");
            source
                .set_membership(org.id, user.id, Role::Editor, "system")
                .await
                .expect("member");
            people.push(email);
        }

        // The plan before and after an edit that changes one target.
        let plan = source
            .plan(org.id, tessera_store::PlanId(1))
            .await
            .expect("read")
            .expect("the café plan");
        let before = plan.document.clone();
        let mut edited: tessera_plan::Plan =
            serde_json::from_value(before.clone()).expect("a plan");
        if let Some(i) = edited.outcomes[0].indicators.first_mut() {
            i.target = Some(40.0);
        }
        let after = serde_json::to_value(&edited).expect("json");

        // The archive of the demo, with the synthetic entries added before its closing line.
        let mut archive = Vec::new();
        source.backup(&mut archive).await.expect("backup");
        let text = String::from_utf8(archive).expect("UTF-8");
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let footer: serde_json::Value =
            serde_json::from_str(&lines.pop().expect("footer")).expect("JSON");
        let mut last_id = 0;
        for line in &lines {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON");
            if v["table"] == "audit_event" {
                last_id = last_id.max(v["row"]["id"].as_i64().unwrap_or_default());
            }
        }
        let now = time::OffsetDateTime::now_utc();
        let year = time::Duration::days(365);
        let built = Instant::now();
        for i in 0..ENTRIES {
            let at = now - year + year * (i as f64 / ENTRIES as f64);
            let (actor, action, object, detail) = entry(i, &people, &before, &after);
            lines.push(
                serde_json::json!({
                    "table": "audit_event",
                    "row": {
                        "id": last_id + 1 + i,
                        "at": at.format(&time::format_description::well_known::Rfc3339).expect("time"),
                        "org_id": org.id.0,
                        "actor": actor,
                        "action": action,
                        "object": object,
                        "detail": detail.to_string(),
                    }
                })
                .to_string(),
            );
        }
        let mut counts = footer["rows"].clone();
        counts["audit_event"] = (counts["audit_event"].as_i64().unwrap_or_default() + ENTRIES).into();
        lines.push(serde_json::json!({ "end": true, "rows": counts }).to_string());
        let archive = lines.join("\n") + "\n";
        let path = dir.path().join("bench.sqlite");
        let store = AnyStore::open_path(&path).await.expect("store");
        store.migrate().await.expect("migrate");
        let restored = store
            .restore(std::io::Cursor::new(archive.into_bytes()))
            .await
            .expect("restore");
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or_default()
            + std::fs::metadata(dir.path().join("bench.sqlite-wal"))
                .map(|m| m.len())
                .unwrap_or_default();
        println!(
            "log: {} entries of the demo organisation (built and restored in {:.1} s); database {:.0} MB",
            restored.rows_of("audit_event"),
            built.elapsed().as_secs_f64(),
            size as f64 / 1e6
        );

        // Signed in as the demo owner.
        let owner = store
            .user_credentials(tessera_app::demo::DEMO_OWNER)
            .await
            .expect("read")
            .expect("owner")
            .user;
        let token = random_token(32);
        let unix = now.unix_timestamp();
        store
            .create_session(&hash_token(&token), owner.id, Some(org.id), "csrf", unix, unix + 3600)
            .await
            .expect("session");
        let catalogue = Catalogue::shipped().expect("packs");
        let settings = tessera_app::Settings::new(dir.path().to_path_buf());
        let state = AppState::new(tessera_app::App::new(catalogue, store, settings));
        let english = format!("tessera_session={token}; tessera_lang=en");
        let welsh = format!("tessera_session={token}; tessera_lang=cy");

        let middle = (now - year / 2_i32).date();
        let pages = [
            ("first page (100 plan edits)", "/audit".to_owned(), &english),
            ("first page in Welsh", "/audit".to_owned(), &welsh),
            (
                "a page halfway back (before=)",
                format!("/audit?before={}", last_id + ENTRIES / 2),
                &english,
            ),
            (
                "one person (person=)",
                "/audit?person=ana%40demo.example".to_owned(),
                &english,
            ),
            (
                "a rare kind (kind=invitation)",
                "/audit?kind=invitation".to_owned(),
                &english,
            ),
            (
                "one day six months ago (from=, to=)",
                format!("/audit?from={middle}&to={middle}"),
                &english,
            ),
        ];
        for (what, uri, cookie) in pages {
            let (status, body) = get(&state, &uri, cookie).await;
            assert_eq!(status, 200, "{uri}: {body}");
            let entries = body.matches("class=\"tessera-audit__entry\"").count();
            let mut times = Vec::new();
            for _ in 0..RENDERS {
                let t = Instant::now();
                let (status, _) = get(&state, &uri, cookie).await;
                times.push(t.elapsed());
                assert_eq!(status, 200);
            }
            let ms = |d: Duration| d.as_secs_f64() * 1000.0;
            println!(
                "{what}: {entries} entries, median {:.1} ms, max {:.1} ms over {RENDERS} renders ({} KB)",
                ms(median(times.clone())),
                ms(times.iter().copied().max().unwrap_or_default()),
                body.len() / 1024
            );
        }
    });
}
