use axum::http::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn the_api_lists_every_pack_with_its_counts() {
    let app = TestApp::new().await;
    let body = app.get("/api/v1/frameworks").await.json();
    let ids: Vec<&str> = body["frameworks"]
        .as_array()
        .expect("array")
        .iter()
        .map(|p| p["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        [
            "gla-social-integration",
            "inclusive-cities",
            "integrated-communities-strategy",
            "ioi-2019",
            "new-scots",
            "wales-nation-of-sanctuary",
            "zaragoza"
        ]
    );
    let ioi = &body["frameworks"][3];
    assert_eq!(ioi["domain_types"], 4);
    assert_eq!(ioi["domains"], 14);
    assert!(ioi["indicators"].as_u64().expect("n") >= 84);
}

#[tokio::test]
async fn a_pack_in_the_api_has_every_indicator_with_kind_and_data_source() {
    let app = TestApp::new().await;
    let pack = app.get("/api/v1/frameworks/ioi-2019").await.json();
    let indicators = pack["indicators"].as_array().expect("indicators");
    for i in indicators {
        assert!(i["kind"].is_string(), "{i}");
        assert!(i["data_source"].is_string(), "{i}");
    }
    for domain in pack["domains"].as_array().expect("domains") {
        let n = indicators
            .iter()
            .filter(|i| i["domain"] == domain["id"])
            .count();
        assert!(n >= 6, "{} has {n} indicators", domain["id"]);
    }
}

#[tokio::test]
async fn the_api_gives_a_domain_with_keywords_and_indicators() {
    let app = TestApp::new().await;
    let reply = app
        .get("/api/v1/frameworks/ioi-2019/domains/language-and-communication")
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = reply.json();
    assert_eq!(body["name"], "Language and Communication");
    assert!(
        body["keywords"]
            .as_array()
            .expect("keywords")
            .iter()
            .any(|k| k["term"] == "ESOL")
    );
    assert!(
        !body["indicators"]
            .as_array()
            .expect("indicators")
            .is_empty()
    );
}

#[tokio::test]
async fn the_api_finds_an_indicator_by_qualified_id() {
    let app = TestApp::new().await;
    let pack = app.get("/api/v1/frameworks/ioi-2019").await.json();
    let id = pack["indicators"][0]["id"].as_str().expect("id").to_owned();
    let reply = app.get(&format!("/api/v1/indicators/ioi-2019/{id}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json()["id"], id.as_str());
}

#[tokio::test]
async fn api_search_ranks_the_right_domain_first() {
    let app = TestApp::new().await;
    for (query, domain) in [
        ("ESOL", "language-and-communication"),
        ("hate+crime", "safety"),
        ("GP", "health-and-social-care"),
        ("friends+from+different+backgrounds", "social-bridges"),
    ] {
        let body = app.get(&format!("/api/v1/search?q={query}")).await.json();
        let first_domain = body["results"]
            .as_array()
            .expect("results")
            .iter()
            .find(|r| r["kind"] == "domain")
            .expect("a domain");
        assert_eq!(first_domain["id"], domain, "{query}");
    }
}

#[tokio::test]
async fn api_errors_are_json_with_a_detail() {
    let app = TestApp::new().await;
    for (uri, status) in [
        ("/api/v1/frameworks/nope", StatusCode::NOT_FOUND),
        (
            "/api/v1/frameworks/ioi-2019/domains/nope",
            StatusCode::NOT_FOUND,
        ),
        ("/api/v1/indicators/nope/nope", StatusCode::NOT_FOUND),
        ("/api/v1/search?q=", StatusCode::BAD_REQUEST),
        ("/api/v1/unknown", StatusCode::NOT_FOUND),
    ] {
        let reply = app.get(uri).await;
        assert_eq!(reply.status, status, "{uri}");
        let body = reply.json();
        assert!(
            body["errors"][0]["detail"]
                .as_str()
                .is_some_and(|d| !d.is_empty()),
            "{uri}: {body}"
        );
    }
}
