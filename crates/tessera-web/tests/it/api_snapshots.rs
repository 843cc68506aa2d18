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
    // The café's progress comes from its participants: on a demo with them (kept apart so
    // their audit entries stay out of this app's snapshots).
    let with_people = crate::participants::demo_with_participants().await;
    snapshot(
        &with_people,
        "plan_progress",
        "GET",
        "/api/v1/plans/1/progress",
        "",
    )
    .await;
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

/// Like [`snapshot`], with a participant code drawn at random replaced by a placeholder.
async fn snapshot_with_code(
    app: &TestApp,
    name: &str,
    method: &str,
    uri: &str,
    body: &str,
    code: &str,
) -> Value {
    let reply = if method == "GET" {
        app.get(uri).await
    } else {
        app.send_json(method, uri, body).await
    };
    let text = reply.body.replace(code, "P-[new]");
    let mut json: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{uri}: {e}"));
    let raw = json.clone();
    redact(&mut json);
    let record = serde_json::json!({ "status": reply.status.as_u16(), "body": json });
    insta::assert_json_snapshot!(name, record);
    raw
}

#[tokio::test]
async fn every_participant_endpoint_answers_as_its_snapshot_on_the_demo_data() {
    let app = crate::participants::demo_with_participants().await;
    let demo = app.demo_org().await;
    let first = {
        use tessera_store::prelude::*;
        app.store()
            .participants(demo.id, Some(tessera_store::PlanId(1)))
            .await
            .expect("read")
            .remove(0)
            .code
    };
    snapshot(
        &app,
        "participants_of_plan",
        "GET",
        "/api/v1/participants?plan=1",
        "",
    )
    .await;
    snapshot(
        &app,
        "participant",
        "GET",
        &format!("/api/v1/participants/{first}"),
        "",
    )
    .await;
    snapshot(
        &app,
        "participant_consents",
        "GET",
        &format!("/api/v1/participants/{first}/consents"),
        "",
    )
    .await;
    snapshot(
        &app,
        "participant_measurements",
        "GET",
        &format!("/api/v1/participants/{first}/measurements"),
        "",
    )
    .await;
    snapshot(&app, "plan_change", "GET", "/api/v1/plans/1/change", "").await;
    snapshot(
        &app,
        "plan_change_owner_by_gender",
        "GET",
        "/api/v1/plans/1/change?audience=owner&by=gender",
        "",
    )
    .await;
    snapshot(
        &app,
        "plan_change_bad_audience",
        "GET",
        "/api/v1/plans/1/change?audience=everyone",
        "",
    )
    .await;
    snapshot(
        &app,
        "participant_invalid",
        "POST",
        "/api/v1/participants",
        r#"{"side": "everyone", "plans": [{"plan": 1, "target_group": "local-residents"}], "fields": {"gender": "robot"}}"#,
    )
    .await;
    let created = app
        .send_json(
            "POST",
            "/api/v1/participants",
            r#"{"side": "newcomers", "reference": "case-77", "plans": [{"plan": 1, "target_group": "women-learning-english"}], "fields": {"gender": "woman", "age_band": "35-49"}}"#,
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let code = created.json()["code"].as_str().expect("code").to_owned();
    snapshot_with_code(
        &app,
        "participant_updated",
        "PUT",
        &format!("/api/v1/participants/{code}"),
        r#"{"side": "newcomers", "reference": "case-78", "plans": [{"plan": 1}], "fields": {"age_band": "35-49"}}"#,
        &code,
    )
    .await;
    let consent = snapshot_with_code(
        &app,
        "participant_consent_recorded",
        "POST",
        &format!("/api/v1/participants/{code}/consents"),
        r#"{"taking_part": true, "data_use": true, "sharing": true, "lawful_basis": "consent", "given_on": "2025-08-15", "method": "online"}"#,
        &code,
    )
    .await;
    snapshot_with_code(
        &app,
        "participant_measured",
        "POST",
        &format!("/api/v1/participants/{code}/measurements"),
        r#"{"plan": 1, "point": "baseline", "measured_on": "2025-08-15", "answers": {"ioi-2019/bri-ask-neighbours-for-help": "no", "lan-practice-outside-class": 1, "ioi-2019/bri-simple-conversation": false}}"#,
        &code,
    )
    .await;
    snapshot_with_code(
        &app,
        "participant_measurement_refused",
        "POST",
        &format!("/api/v1/participants/{code}/measurements"),
        r#"{"plan": 1, "point": "six weeks", "measured_on": "2999-01-01", "answers": {"ioi-2019/bri-ask-neighbours-for-help": "maybe"}}"#,
        &code,
    )
    .await;
    let id = consent["id"].as_i64().expect("consent id");
    snapshot_with_code(
        &app,
        "participant_consent_withdrawn",
        "POST",
        &format!("/api/v1/participants/{code}/consents/{id}/withdraw"),
        r#"{"withdrawn_on": "2025-09-30"}"#,
        &code,
    )
    .await;
    snapshot_with_code(
        &app,
        "participant_erased",
        "DELETE",
        &format!("/api/v1/participants/{code}"),
        "",
        &code,
    )
    .await;
    snapshot(
        &app,
        "participant_gone",
        "GET",
        &format!("/api/v1/participants/{code}"),
        "",
    )
    .await;
}
