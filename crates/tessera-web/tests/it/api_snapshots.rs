//! A snapshot of every `/api/v1` endpoint's answer on the demo data (issue 11: the API has its
//! own types, and a change to a page cannot silently change it). Times, tokens and database ids
//! that differ between runs or backends are redacted; figures are kept, so a change in the
//! estimates shows up here too.

use axum::http::StatusCode;
use serde_json::Value;

use crate::support::TestApp;

/// Keys whose values differ between runs (times, keys) and are replaced by a placeholder.
const VOLATILE: [&str; 7] = [
    "prefix",
    "at",
    "created_at",
    "updated_at",
    "key",
    "retain_until",
    "size_bytes",
];

fn redact(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if VOLATILE.contains(&k.as_str()) && !v.is_null() {
                    *v = Value::String(format!("[{k}]"));
                } else {
                    redact(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        // API token prefixes are random: "owner@demo.example (token tsr_AbC123)".
        Value::String(text) if text.contains("(token tsr_") => {
            if let Some(at) = text.find("tsr_") {
                let end = (at + 10).min(text.len());
                text.replace_range(at..end, "tsr_[prefix]");
            }
        }
        Value::Number(n) => {
            // Figures are kept to 10 significant digits: the last bits of a float differ
            // between the two databases' arithmetic paths, not the figure.
            if let Some(x) = n.as_f64().filter(|x| x.fract() != 0.0) {
                *value = Value::String(format!("{x:.10e}"));
            }
        }
        _ => {}
    }
}

async fn snapshot(app: &TestApp, name: &str, method: &str, uri: &str, body: &str) {
    let reply = if method == "GET" {
        app.get_computed(uri).await
    } else {
        app.send_json(method, uri, body).await
    };
    let mut json: Value = if reply.body.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&reply.body).unwrap_or_else(|e| panic!("{uri}: not JSON ({e})"))
    };
    redact(&mut json);
    let record = serde_json::json!({ "status": reply.status.as_u16(), "body": json });
    insta::assert_json_snapshot!(name, record);
}

#[tokio::test]
async fn every_api_endpoint_answers_as_its_snapshot_on_the_demo_data() {
    let app = TestApp::demo().await;
    let measure = tessera_app::demo::mapping().measures[0].id.clone();
    snapshot(&app, "frameworks", "GET", "/api/v1/frameworks", "").await;
    snapshot(
        &app,
        "framework_inclusive_cities",
        "GET",
        "/api/v1/frameworks/inclusive-cities",
        "",
    )
    .await;
    snapshot(
        &app,
        "framework_domain",
        "GET",
        "/api/v1/frameworks/ioi-2019/domains/social-bridges",
        "",
    )
    .await;
    snapshot(
        &app,
        "indicator",
        "GET",
        "/api/v1/indicators/ioi-2019/bri-friends-different",
        "",
    )
    .await;
    snapshot(&app, "search", "GET", "/api/v1/search?q=ESOL", "").await;
    snapshot(&app, "datasets", "GET", "/api/v1/datasets", "").await;
    snapshot(&app, "dataset", "GET", "/api/v1/datasets/1", "").await;
    snapshot(&app, "profile", "GET", "/api/v1/datasets/1/profile", "").await;
    snapshot(
        &app,
        "measure_by_ward",
        "GET",
        &format!("/api/v1/datasets/1/measures/{measure}?by=ward"),
        "",
    )
    .await;
    snapshot(&app, "plans", "GET", "/api/v1/plans", "").await;
    snapshot(&app, "plan", "GET", "/api/v1/plans/1", "").await;
    snapshot(&app, "plan_checks", "GET", "/api/v1/plans/1/checks", "").await;
    snapshot(&app, "plan_progress", "GET", "/api/v1/plans/1/progress", "").await;
    let created = app
        .send_json(
            "POST",
            "/api/v1/plans",
            tessera_plan::examples::FRIENDSHIP_CLUB,
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED);
    let id = created.json()["id"].as_i64().expect("id");
    snapshot(
        &app,
        "plan_replaced",
        "PUT",
        &format!("/api/v1/plans/{id}"),
        tessera_plan::examples::FRIENDSHIP_CLUB,
    )
    .await;
    snapshot(
        &app,
        "plan_deleted",
        "DELETE",
        &format!("/api/v1/plans/{id}"),
        "",
    )
    .await;
    snapshot(
        &app,
        "plan_invalid",
        "POST",
        "/api/v1/plans",
        "{\"title\": 3}",
    )
    .await;
    snapshot(&app, "audit", "GET", "/api/v1/audit", "").await;
    snapshot(&app, "not_found", "GET", "/api/v1/nothing-here", "").await;
    snapshot(&app, "dataset_deleted", "DELETE", "/api/v1/datasets/1", "").await;
    snapshot(&app, "dataset_gone", "GET", "/api/v1/datasets/1", "").await;
}
