//! The measure page's gaps after accounting for age and sex (issue 16), with the demo data.

use axum::http::StatusCode;

use crate::support::TestApp;

#[tokio::test]
async fn a_measure_page_shows_the_gap_after_accounting_for_age_and_sex_beside_the_raw_one() {
    let app = TestApp::demo().await;
    let reply = app.get_computed("/datasets/1/measures/employed").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(
        reply.texts("#adjusted-heading"),
        ["After accounting for gender and age_band"]
    );
    let rows = reply.texts("#adjusted-table tbody tr");
    // All responses, then each of the demo's waves.
    assert!(rows.len() >= 2, "{rows:?}");
    assert!(rows[0].starts_with("All responses"), "{rows:?}");
    let adjusted = reply.texts("#adjusted-table td.adjusted-gap");
    assert!(
        adjusted.iter().any(|a| a.contains("points")),
        "{adjusted:?}"
    );
    // In 2024 a small category answered alike: the page says the adjusted gap cannot be
    // estimated, and why, instead of showing figures.
    if let Some(row) = rows.iter().find(|r| r.contains("Cannot be estimated")) {
        assert!(row.contains("everyone answered alike"), "{row}");
    }
    // A page in Welsh says it in Welsh.
    let welsh = app
        .get_computed("/datasets/1/measures/employed?lang=cy")
        .await;
    assert_eq!(welsh.status, StatusCode::OK);
    assert_eq!(
        welsh.texts("#adjusted-heading"),
        ["Ar ôl ystyried gender a age_band"]
    );
    let english = app.get("/?lang=en").await;
    assert_eq!(english.status, StatusCode::OK);
}
