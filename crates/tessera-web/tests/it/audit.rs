//! The audit log page, its CSV and JSON exports, and the export of everything an organisation
//! holds.

use axum::http::{StatusCode, header};
use tessera_store::prelude::*;
use tessera_store::{NewOrganisation, NewPlan};

use crate::support::TestApp;

/// Each entry's details ("Show details"), label to value, newest first.
fn details(page: &crate::support::Reply) -> Vec<std::collections::BTreeMap<String, String>> {
    let html = page.html();
    let entry = scraper::Selector::parse("li.tessera-audit__entry").expect("selector");
    let row = scraper::Selector::parse(".tessera-audit__facts .govuk-summary-list__row")
        .expect("selector");
    let dt = scraper::Selector::parse("dt").expect("selector");
    let dd = scraper::Selector::parse("dd").expect("selector");
    let text = |e: scraper::ElementRef<'_>| {
        e.text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    html.select(&entry)
        .map(|li| {
            li.select(&row)
                .filter_map(|r| Some((text(r.select(&dt).next()?), text(r.select(&dd).next()?))))
                .collect()
        })
        .collect()
}

/// The entries as (action, object) pairs as stored, newest first, from their details.
fn entries(page: &crate::support::Reply) -> Vec<(String, String)> {
    details(page)
        .into_iter()
        .map(|d| {
            (
                d.get("Action").cloned().unwrap_or_default(),
                d.get("Object").cloned().unwrap_or_default(),
            )
        })
        .collect()
}

/// The entries' sentences, newest first.
fn sentences(page: &crate::support::Reply) -> Vec<String> {
    page.texts(".tessera-audit__sentence")
}

fn pair(action: &str, object: &str) -> (String, String) {
    (action.to_owned(), object.to_owned())
}

#[tokio::test]
async fn the_audit_page_lists_the_demo_creation_and_import_newest_first() {
    let app = TestApp::demo().await;
    let page = app.get("/audit").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), ["Audit log"]);
    assert_eq!(
        entries(&page),
        [
            pair("create", "token:1"),
            pair("create", "membership:owner@demo.example"),
            pair("create", "plan:2"),
            pair("create", "plan:1"),
            pair("import", "dataset:1"),
            pair("create", "organisation:demo"),
        ]
    );
    // Who did it, as recorded and in words; what was made, in a sentence; the detail behind
    // "Show details", readable, with no raw JSON on the page.
    let who: Vec<String> = details(&page)
        .into_iter()
        .map(|d| d.get("Recorded as").cloned().unwrap_or_default())
        .collect();
    assert_eq!(
        who[2..],
        ["system", "system", "system", "system"],
        "{who:?}"
    );
    let said = sentences(&page);
    assert_eq!(
        said[3],
        "Tessera (setting up) created the plan ‘Language and friendship café’"
    );
    assert_eq!(
        said[5],
        "Tessera (setting up) created the organisation Demo Town Council"
    );
    assert!(
        said[4].starts_with(&format!(
            "Tessera (setting up) imported version 1 of the dataset ‘{}’: ",
            tessera_app::demo::DEMO_DATASET
        )),
        "{said:?}"
    );
    assert!(said[1].starts_with("test added owner as owner"), "{said:?}");
    assert!(
        page.texts(".tessera-audit details summary")
            .iter()
            .all(|s| s.starts_with("Show details")),
    );
    assert_eq!(
        details(&page)[3].get("After › Title").map(String::as_str),
        Some("Language and friendship café")
    );
    assert!(page.texts(".tessera-json").is_empty(), "no raw JSON blocks");
    assert!(!page.body.contains("{&quot;"), "no JSON in the page");
    // Times to the minute: "6 December 2026, 14:05".
    let when = page.texts(".tessera-audit__when");
    assert!(
        when.iter()
            .all(|w| w.len() < 30 && w.contains(", ") && !w.contains('T')),
        "{when:?}"
    );
    // Linked from every page's footer.
    assert!(
        app.get("/plans")
            .await
            .texts("footer a[href='/audit']")
            .contains(&"Audit log".to_owned())
    );
}

#[tokio::test]
async fn deleting_a_plan_or_a_dataset_shows_in_the_page_and_the_csv_with_what_it_was() {
    let app = TestApp::demo().await;
    let plan = app.post_form("/plans/1/delete", &[]).await;
    assert_eq!(plan.status, StatusCode::SEE_OTHER);
    let dataset = app.post_form("/datasets/1/delete", &[]).await;
    assert_eq!(dataset.status, StatusCode::SEE_OTHER);

    let page = app.get("/audit").await;
    assert_eq!(
        entries(&page)[..2],
        [pair("delete", "dataset:1"), pair("delete", "plan:1")]
    );
    let first = &details(&page)[0];
    assert_eq!(
        first.get("Before › Name").map(String::as_str),
        Some(tessera_app::demo::DEMO_DATASET),
        "the deleted dataset's name is shown from its before: {first:?}"
    );
    assert_eq!(
        sentences(&page)[..2],
        [
            format!(
                "owner deleted the dataset ‘{}’",
                tessera_app::demo::DEMO_DATASET
            ),
            "owner deleted the plan ‘Language and friendship café’".to_owned(),
        ]
    );

    let csv = app.get("/audit.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(
        csv.header(header::CONTENT_TYPE),
        Some("text/csv; charset=utf-8")
    );
    let mut reader = csv::Reader::from_reader(csv.body_bytes());
    assert_eq!(
        reader.headers().expect("header").iter().collect::<Vec<_>>(),
        ["id", "at", "actor", "action", "object", "detail"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    // The demo's 4 entries, the test owner's membership and token, and the two deletions.
    assert_eq!(rows.len(), 8);
    assert_eq!((&rows[0][3], &rows[0][4]), ("delete", "dataset:1"));
    assert_eq!(&rows[0][2], "owner@demo.example");
    let detail: serde_json::Value = serde_json::from_str(&rows[0][5]).expect("JSON detail");
    assert_eq!(detail["before"]["name"], tessera_app::demo::DEMO_DATASET);
    assert_eq!((&rows[1][3], &rows[1][4]), ("delete", "plan:1"));
    let detail: serde_json::Value = serde_json::from_str(&rows[1][5]).expect("JSON detail");
    assert!(detail["before"]["document"].is_object(), "{detail}");

    let api = app.get("/api/v1/audit").await.json();
    assert_eq!(api["events"].as_array().expect("events").len(), 8);
    assert_eq!(api["events"][1]["object"], "plan:1");
    assert_eq!(api["links"]["next"], serde_json::Value::Null);
}

#[tokio::test]
async fn the_log_pages_a_hundred_entries_at_a_time() {
    let app = TestApp::demo().await;
    let org = app
        .store()
        .organisation_by_slug("demo")
        .await
        .expect("read")
        .expect("demo");
    let plan = app.store().plans(org.id).await.expect("plans").remove(0);
    // 4 demo entries, the test owner's membership and token, and 100 more = 106: a full
    // first page and 6 older.
    for i in 0..100 {
        app.store()
            .create_plan(NewPlan {
                org: org.id,
                title: format!("Plan {i}"),
                document: plan.document.clone(),
                created_by: "test".to_owned(),
            })
            .await
            .expect("plan");
    }
    let first = app.get("/audit").await;
    assert_eq!(entries(&first).len(), 100);
    let older = first.texts("a[rel='next']");
    assert_eq!(older, ["Older entries"]);
    let api = app.get("/api/v1/audit").await.json();
    assert_eq!(api["events"].as_array().expect("events").len(), 100);
    let next = api["links"]["next"].as_str().expect("a next page");
    let rest = app.get(next).await.json();
    assert_eq!(rest["events"].as_array().expect("events").len(), 6);
    assert_eq!(rest["events"][5]["object"], "organisation:demo");

    let last_id = api["events"][99]["id"].as_i64().expect("id");
    let second = app.get(&format!("/audit?before={last_id}")).await;
    assert_eq!(entries(&second).len(), 6);
    assert!(second.texts("a[rel='next']").is_empty());
    assert_eq!(second.texts("a[rel='prev']"), ["Newest entries"]);
    assert_eq!(
        app.get("/audit?before=abc").await.status,
        StatusCode::BAD_REQUEST
    );
    let csv = app.get("/audit.csv").await;
    assert_eq!(
        csv::Reader::from_reader(csv.body_bytes()).records().count(),
        106
    );
}

#[tokio::test]
async fn the_export_holds_the_demo_dataset_and_plans_and_nothing_of_another_organisation() {
    let app = TestApp::demo().await;
    let other = app
        .store()
        .create_organisation(
            NewOrganisation::parse("other", "Other Council").expect("valid"),
            "test",
        )
        .await
        .expect("org");
    app.store()
        .create_plan(NewPlan {
            org: other.id,
            title: "Their secret plan".to_owned(),
            document: serde_json::json!({ "title": "Their secret plan" }),
            created_by: "someone@other.example".to_owned(),
        })
        .await
        .expect("their plan");

    let page = app.get("/export").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts("a[href='/export.json']"),
        ["Download the export (JSON)"]
    );

    let reply = app.get("/export.json").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.header(header::CONTENT_DISPOSITION),
        Some("attachment; filename=\"demo-export.json\"")
    );
    let export = reply.json();
    assert_eq!(export["format"], "tessera-organisation-export");
    assert_eq!(export["organisation"]["slug"], "demo");
    let datasets = export["datasets"].as_array().expect("datasets");
    assert_eq!(datasets.len(), 1);
    let d = &datasets[0];
    assert_eq!(d["name"], tessera_app::demo::DEMO_DATASET);
    assert!(d["mapping"].is_object());
    let n_rows = d["n_rows"].as_u64().expect("rows") as usize;
    let columns = d["columns"].as_array().expect("columns");
    assert_eq!(columns.len() as u64, d["n_columns"].as_u64().expect("n"));
    assert!(
        columns
            .iter()
            .all(|c| c["values"].as_array().expect("values").len() == n_rows)
    );
    assert_eq!(
        d["codebook"]["variables"]
            .as_array()
            .expect("codebook")
            .len(),
        columns.len()
    );
    // The original file, byte for byte.
    use base64::Engine;
    let original = base64::engine::general_purpose::STANDARD
        .decode(d["original"]["base64"].as_str().expect("base64"))
        .expect("valid base64");
    assert_eq!(original, app.get("/datasets/1/original").await.body_bytes());

    let titles: Vec<&str> = export["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .map(|p| p["title"].as_str().expect("title"))
        .collect();
    assert_eq!(titles.len(), 2);
    assert!(export["audit_log"].as_array().expect("log").len() >= 4);
    let text = reply.body.as_str();
    assert!(!text.contains("Their secret plan"));
    assert!(!text.contains("organisation:other"));
    assert!(!text.contains("Other Council"));
}
