use axum::http::{StatusCode, header};

use crate::support::TestApp;

#[tokio::test]
async fn the_home_page_says_what_tessera_is_and_where_to_start() {
    let app = TestApp::new().await;
    let reply = app.get("/").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.texts("h1"),
        ["Plan, measure and evaluate integration"]
    );
    assert_eq!(reply.texts("a.govuk-skip-link"), ["Skip to main content"]);
    assert!(reply.texts("a.govuk-button--start")[0].contains("Explore the framework"));
    assert_eq!(reply.texts("main form[role=search]").len(), 1);
}

#[tokio::test]
async fn every_page_sends_security_headers() {
    let app = TestApp::new().await;
    for uri in [
        "/",
        "/frameworks/ioi-2019",
        "/search?q=housing",
        "/does-not-exist",
        "/api/v1/frameworks",
    ] {
        let reply = app.get(uri).await;
        let csp = reply.header(header::CONTENT_SECURITY_POLICY).expect("CSP");
        assert!(csp.contains("default-src 'self'"), "{uri}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{uri}: {csp}");
        assert_eq!(
            reply.header(header::X_CONTENT_TYPE_OPTIONS),
            Some("nosniff"),
            "{uri}"
        );
        assert_eq!(
            reply.header(header::REFERRER_POLICY),
            Some("same-origin"),
            "{uri}"
        );
    }
}

#[tokio::test]
async fn the_ioi_page_shows_the_fourteen_domains_in_a_figure_with_a_text_alternative() {
    let app = TestApp::new().await;
    let reply = app.get("/frameworks/ioi-2019").await;
    assert_eq!(reply.status, StatusCode::OK);
    // Two drawings of one figure: wide for large screens, narrow for phones (CSS shows one).
    let svg_text = reply.texts("figure svg title");
    assert_eq!(svg_text.len(), 2);
    assert_eq!(
        reply
            .texts("figure svg.tessera-figure__svg--narrow title")
            .len(),
        1
    );
    let desc = reply
        .texts("figure svg.tessera-figure__svg--narrow desc")
        .join(" ");
    for name in [
        "Work",
        "Social Bridges",
        "Digital Skills",
        "Rights and Responsibilities",
    ] {
        assert!(
            desc.contains(name),
            "figure description lacks {name}: {desc}"
        );
    }
    // The text alternative lists every domain as a link, grouped under the four types.
    assert_eq!(
        reply.texts(".tessera-type-group h3"),
        [
            "Markers and Means",
            "Social Connections",
            "Facilitators",
            "Foundation"
        ]
    );
    assert_eq!(reply.texts(".tessera-type-group li a").len(), 14);
    assert_eq!(
        reply
            .texts("svg.tessera-figure__svg--wide rect[fill='#ffffff']")
            .len(),
        14
    );
    assert_eq!(
        reply
            .texts("svg.tessera-figure__svg--narrow rect[fill='#ffffff']")
            .len(),
        14
    );
}

#[tokio::test]
async fn a_domain_page_lists_its_keywords_indicators_and_related_domains() {
    let app = TestApp::new().await;
    let reply = app.get("/frameworks/ioi-2019/domains/social-bridges").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.texts("h1"), ["Social Bridges"]);
    let keywords = reply.texts(".tessera-keywords li");
    assert!(
        keywords
            .iter()
            .any(|k| k == "friends from different backgrounds"),
        "{keywords:?}"
    );
    assert!(reply.texts("main table tbody tr").len() >= 6);
    assert!(
        !reply
            .texts("main h2")
            .iter()
            .all(|h| h != "Related domains")
    );
}

#[tokio::test]
async fn domains_can_be_addressed_by_number_too() {
    let app = TestApp::new().await;
    let reply = app.get("/frameworks/ioi-2019/domains/12").await;
    assert_eq!(reply.texts("h1"), ["Safety"]);
}

#[tokio::test]
async fn an_indicator_page_gives_the_definition_and_says_whose_wording_it_is() {
    let app = TestApp::new().await;
    let pack = app.get("/api/v1/frameworks/ioi-2019").await.json();
    let starter = pack["indicators"]
        .as_array()
        .expect("indicators")
        .iter()
        .find(|i| i["origin"] == "starter" && i["survey"].is_object())
        .expect("a starter indicator with a survey question");
    let uri = format!(
        "/frameworks/ioi-2019/indicators/{}",
        starter["id"].as_str().expect("id")
    );
    let reply = app.get(&uri).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.texts("h1"), [starter["name"].as_str().expect("name")]);
    assert_eq!(reply.texts(".govuk-tag"), ["Tessera starter bank"]);
    let keys = reply.texts(".govuk-summary-list__key");
    for key in [
        "Domain",
        "Kind of figure",
        "Two-way",
        "Data source",
        "Suggested question",
    ] {
        assert!(keys.iter().any(|k| k == key), "missing {key}: {keys:?}");
    }
}

#[tokio::test]
async fn the_zaragoza_page_shows_each_indicator_with_its_ioi_domain() {
    let app = TestApp::new().await;
    let reply = app.get("/frameworks/zaragoza").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.texts("main table tbody tr").len() >= 10);
    let pack = app.get("/api/v1/frameworks/zaragoza").await.json();
    let first = &pack["indicators"][0];
    let page = app
        .get(&format!(
            "/frameworks/zaragoza/indicators/{}",
            first["id"].as_str().expect("id")
        ))
        .await;
    let links = page.texts("main ul.govuk-list--bullet a");
    assert!(
        links
            .iter()
            .any(|l| l.starts_with("IOI 2019") || l.contains("Indicators of Integration")),
        "{links:?}"
    );
}

#[tokio::test]
async fn the_inclusive_cities_page_lists_five_principles_and_five_thematic_areas() {
    let app = TestApp::new().await;
    let reply = app.get("/frameworks/inclusive-cities").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.texts("#domain-list .govuk-summary-list__key").len(),
        5
    );
    assert_eq!(
        reply
            .texts("#principle-list .govuk-summary-list__key")
            .len(),
        5
    );
    assert!(reply.texts("main h2").iter().any(|h| h == "Thematic areas"));
}

#[tokio::test]
async fn search_sends_people_to_the_right_domain() {
    let app = TestApp::new().await;
    for (query, domain) in [
        ("ESOL", "Language and Communication"),
        ("hate crime", "Safety"),
        ("GP", "Health and Social Care"),
        ("friends from different backgrounds", "Social Bridges"),
    ] {
        let uri = format!("/search?q={}", query.replace(' ', "+"));
        let reply = app.get(&uri).await;
        assert_eq!(reply.status, StatusCode::OK);
        let first = reply.texts("#domain-results li a");
        assert_eq!(first.first().map(String::as_str), Some(domain), "{query}");
    }
}

#[tokio::test]
async fn a_search_with_markup_is_shown_as_text_not_run() {
    let app = TestApp::new().await;
    let reply = app
        .get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(!reply.body.contains("<script>alert(1)</script>"));
    assert!(reply.texts("script").is_empty());
    let shown = reply.texts("main").join(" ");
    assert!(shown.contains("“<script>alert(1)</script>”"), "{shown}");
}

#[tokio::test]
async fn unknown_packs_domains_and_indicators_get_a_helpful_404() {
    let app = TestApp::new().await;
    for uri in [
        "/frameworks/nope",
        "/frameworks/ioi-2019/domains/nope",
        "/frameworks/ioi-2019/domains/99",
        "/frameworks/ioi-2019/indicators/nope",
        "/somewhere/else",
    ] {
        let reply = app.get(uri).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(
            reply
                .texts("main a")
                .iter()
                .any(|a| a.contains("home page")),
            "{uri}"
        );
    }
}

#[tokio::test]
async fn static_files_are_served_and_unknown_ones_are_not() {
    let app = TestApp::new().await;
    let css = app.get("/static/css/tessera-govuk.min.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.body.contains(".govuk-template"));
    assert!(
        !css.body.contains("GDS Transport"),
        "the GOV.UK typeface must not be used"
    );
    assert_eq!(
        app.get("/static/../Cargo.toml").await.status,
        StatusCode::NOT_FOUND
    );
}
