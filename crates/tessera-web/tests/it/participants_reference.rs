//! A plan's change estimates end to end against R: participants registered and consented
//! through the API, their answers brought in from a file through the page, the figures read
//! back from `/api/v1/plans/{id}/change` and the page — and again after one participant is
//! erased. The reference figures come from base R (`participants_reference/reference.R`, which
//! also wrote the answers file).

use axum::http::StatusCode;
use serde_json::Value;

use crate::support::TestApp;

const PLAN: &str = r#"{
  "format_version": 1, "title": "Reference circle", "kind": "intervention",
  "target_groups": [
    { "id": "arrivals", "name": "New arrivals", "side": "newcomers" },
    { "id": "hosts", "name": "Host families", "side": "receiving_community" }
  ],
  "goal": "People feel at home",
  "outcomes": [ { "id": "connected", "text": "People feel connected", "indicators": [
    { "indicator": "ioi-2019/bri-ask-neighbours-for-help", "direction": "up", "groups": ["both"] },
    { "indicator": "ioi-2019/hea-life-satisfaction", "direction": "up", "groups": ["both"] } ] } ],
  "evaluation": [ { "outcome": "connected", "baseline_date": "2025-01-10",
    "collections": [ { "date": "2025-07-10", "label": "Follow-up" } ] } ]
}"#;

fn dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/participants_reference")
}

/// (set, side, indicator, figure) → value.
fn reference() -> Vec<(String, String, String, String, f64)> {
    let mut reader = csv::Reader::from_path(dir().join("reference.csv")).expect("reference.csv");
    reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            (
                r[0].to_owned(),
                r[1].to_owned(),
                r[2].to_owned(),
                r[3].to_owned(),
                r[4].parse().expect("a number"),
            )
        })
        .collect()
}

/// The figure as the API gives it for one side of one indicator.
fn figure(change: &Value, side: &str, indicator: &str, figure: &str) -> Option<f64> {
    let reference = match indicator {
        "yes_no" => "ioi-2019/bri-ask-neighbours-for-help",
        _ => "ioi-2019/hea-life-satisfaction",
    };
    let ind = change["indicators"]
        .as_array()?
        .iter()
        .find(|i| i["indicator"] == reference)?;
    let group = ind["groups"]
        .as_array()?
        .iter()
        .find(|g| g["side"] == side)?;
    let follow = &group["follow_ups"][0];
    let c = &follow["change"]["figures"];
    let share = |which: &str, what: &str| -> Option<f64> {
        let s = &c["directions"][which];
        match what {
            "count" => s["count"].as_f64(),
            "share" => s["share"].as_f64(),
            "low" => s["ci"]["low"].as_f64(),
            "high" => s["ci"]["high"].as_f64(),
            _ => None,
        }
    };
    if let Some((which, what)) = figure.split_once('_')
        && ["improved", "same", "worsened"].contains(&which)
    {
        return share(which, what);
    }
    match figure {
        "n_baseline" => follow["follow_up"]["figures"]["n_baseline"].as_f64(),
        "baseline_mean_all" => group["baseline"]["figures"]["value"].as_f64(),
        "n_followed_up" => follow["follow_up"]["figures"]["n_followed_up"].as_f64(),
        "attrition" => follow["follow_up"]["figures"]["attrition"].as_f64(),
        "ci_low" | "newcombe_low" => c["ci"]["low"].as_f64(),
        "ci_high" | "newcombe_high" => c["ci"]["high"].as_f64(),
        other => c[other].as_f64(),
    }
}

/// Compares every figure of `set` with the API's; the number compared.
fn compare(change: &Value, set: &str) -> usize {
    let mut compared = 0;
    for (s, side, indicator, name, want) in reference().into_iter().filter(|r| r.0 == set) {
        let got = figure(change, &side, &indicator, &name)
            .unwrap_or_else(|| panic!("{s} {side} {indicator} {name}: missing from the API"));
        let scale = want.abs().max(1e-12);
        assert!(
            (got - want).abs() / scale < 1e-9 || (got - want).abs() < 1e-12,
            "{s} {side} {indicator} {name}: Tessera {got}, R {want}"
        );
        compared += 1;
    }
    compared
}

#[tokio::test]
async fn change_estimates_from_the_store_equal_r_before_and_after_an_erasure() {
    let app = TestApp::with_org("circle", "Circle").await;
    let created = app.send_json("POST", "/api/v1/plans", PLAN).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let plan = created.json()["id"].as_i64().expect("id");

    let mut people = csv::Reader::from_path(dir().join("people.csv")).expect("people.csv");
    let mut codes = std::collections::HashMap::new();
    for row in people.records() {
        let row = row.expect("row");
        let body = serde_json::json!({
            "side": &row[1], "reference": &row[0], "plans": [{ "plan": plan }],
        });
        let made = app
            .send_json("POST", "/api/v1/participants", &body.to_string())
            .await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
        let code = made.json()["code"].as_str().expect("code").to_owned();
        let consent = app
            .send_json(
                "POST",
                &format!("/api/v1/participants/{code}/consents"),
                r#"{"taking_part": true, "data_use": true, "lawful_basis": "consent", "given_on": "2025-01-02", "method": "paper"}"#,
            )
            .await;
        assert_eq!(consent.status, StatusCode::CREATED, "{}", consent.body);
        codes.insert(row[0].to_owned(), code);
    }
    let answers = std::fs::read(dir().join("answers.csv")).expect("answers.csv");
    let imported = app
        .post_multipart(
            &format!("/plans/{plan}/participants/import"),
            &[("file", Some("answers.csv"), &answers)],
        )
        .await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.body);

    let uri = format!("/api/v1/plans/{plan}/change?audience=owner");
    let change = app.get(&uri).await.json();
    let compared = compare(&change, "all");
    assert!(compared > 90, "{compared} figures");

    // The page says the same, rounded: the newcomers' change in the yes/no share.
    let difference = reference()
        .into_iter()
        .find(|r| r.0 == "all" && r.1 == "newcomers" && r.2 == "yes_no" && r.3 == "difference")
        .expect("a difference")
        .4;
    let page = app.get(&format!("/plans/{plan}/participants")).await;
    let words = format!(
        "a change of {} points",
        tessera_l10n::signed(difference * 100.0, 0)
    );
    assert!(
        page.texts(".tessera-change__words li")
            .iter()
            .any(|l| l.contains(&words)),
        "{words}: {:?}",
        page.texts(".tessera-change__words li")
    );

    // Erasing R007 recomputes every figure without them.
    let gone = &codes["R007"];
    let erased = app
        .send_json("DELETE", &format!("/api/v1/participants/{gone}"), "")
        .await;
    assert_eq!(erased.status, StatusCode::OK, "{}", erased.body);
    let after = app.get(&uri).await.json();
    assert_eq!(compare(&after, "after_erasure"), compared);
    assert_eq!(
        after["participants"],
        change["participants"].as_u64().expect("n") - 1
    );
}
