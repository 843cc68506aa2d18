//! Reference values (issue 18): recorded on their page, refused with every problem named, shown
//! on the indicator page with links to the organisation's measures, and on the measure page
//! beside its estimates, placed against each side's interval; in English and Welsh.

use axum::http::{StatusCode, header};
use tessera_store::Role;

use crate::support::TestApp;

#[tokio::test]
async fn a_reference_value_is_recorded_and_shown_beside_the_organisations_estimates() {
    let app = TestApp::demo().await;
    let form = app
        .get("/reference-values?indicator=ioi-2019/bri-get-on-well")
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body
            .contains("<option value=\"ioi-2019/bri-get-on-well\" selected>"),
        "the indicator is chosen"
    );
    let refused = app
        .post_form(
            "/reference-values",
            &[
                ("indicator", "ioi-2019/bri-get-on-well"),
                ("value", "120"),
                ("area", ""),
                ("level", "national"),
                ("source", "Community Life Survey"),
                ("url", ""),
                ("year", "2022"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        refused.texts(".govuk-error-summary__list a"),
        [
            "Enter the share as a percentage from 0 to 100, such as 34.5; \"120\" is not one.",
            "Say which area the figure describes, such as England."
        ]
    );
    // Two references: one far below any plausible estimate, one far above.
    for (value, area) in [("1", "Nowhere low"), ("99.5", "Nowhere high")] {
        let added = app
            .post_form(
                "/reference-values",
                &[
                    ("indicator", "ioi-2019/bri-get-on-well"),
                    ("value", value),
                    ("area", area),
                    ("level", "regional"),
                    ("source", "Community Life Survey"),
                    (
                        "url",
                        "https://www.gov.uk/government/collections/community-life-survey--2",
                    ),
                    ("year", "2022"),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        assert_eq!(
            added.header(header::LOCATION),
            Some("/reference-values?done=added")
        );
    }
    let list = app.get("/reference-values").await;
    let rows = list.texts("#references-list tbody tr");
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().any(|r| r.contains("99.5%")), "{rows:?}");

    let indicator = app
        .get("/frameworks/ioi-2019/indicators/bri-get-on-well")
        .await;
    assert_eq!(indicator.texts("#references-table tbody tr").len(), 2);
    assert_eq!(
        indicator.texts("#references-measures a"),
        [format!(
            "{} – Agree people from different backgrounds get on well here",
            tessera_app::demo::DEMO_DATASET
        )]
    );
    // Anyone not signed in sees the indicator without the organisation's figures.
    let public = app
        .anonymous()
        .get("/frameworks/ioi-2019/indicators/bri-get-on-well")
        .await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.texts("#references").is_empty());

    let measure = app.get_computed("/datasets/1/measures/get_on_well").await;
    assert_eq!(measure.status, StatusCode::OK);
    let rows = measure.texts("#references-table tbody tr");
    assert_eq!(rows.len(), 2, "{}", measure.body);
    let low = rows
        .iter()
        .find(|r| r.contains("1.0%"))
        .expect("the low one");
    assert_eq!(
        low.matches("above your estimate's interval").count(),
        0,
        "{low}"
    );
    assert_eq!(
        low.matches("below your estimate's interval").count(),
        2,
        "{low}"
    );
    let high = rows
        .iter()
        .find(|r| r.contains("99.5%"))
        .expect("the high one");
    assert_eq!(
        high.matches("above your estimate's interval").count(),
        2,
        "{high}"
    );

    let welsh = app
        .get_computed("/datasets/1/measures/get_on_well?lang=cy")
        .await;
    assert_eq!(welsh.texts("#references-heading"), ["Gwerthoedd cyfeirio"]);
    assert!(welsh.body.contains("yn uwch na chyfwng eich amcangyfrif"));
}

#[tokio::test]
async fn viewers_see_reference_values_but_only_analysts_and_above_record_or_delete_them() {
    let app = TestApp::demo().await;
    let demo = app.demo_org().await;
    let viewer = app.as_(Some(
        app.member(demo.id, "viewer@demo.example", Role::Viewer)
            .await,
    ));
    let page = viewer.get("/reference-values").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.texts("#add").is_empty());
    assert_eq!(
        viewer
            .post_form("/reference-values", &[("indicator", "x")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
