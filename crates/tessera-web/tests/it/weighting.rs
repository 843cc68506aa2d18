//! Weightings through the pages (issue 16): margins typed as tables weight the demo survey, the
//! profile changes and names the weighting, as do the measure page and its downloads; margins
//! that cannot be used are refused with a clear message and nothing changes; in English and
//! Welsh.

use axum::http::{StatusCode, header};
use tessera_store::Role;
use tessera_store::prelude::*;

use crate::support::TestApp;

const WARDS: &str = "Harbourside, 8200\nOld Town, 7400\nSaltings, 6900\nKestrel Heights, 8100\nMillbrook, 7600\nNorthgate, 7900\nFernlea, 6800\nQuayside, 7100\n";
// Pasted from a spreadsheet: tab-separated, with a thousands comma.
const AGES: &str = "16-24\t9,000\n25-34\t12,000\n35-49\t15,600\n50-64\t13,200\n65+\t10,200\n";

fn form<'a>(
    name: &'a str,
    wards: &'a str,
    ages: &'a str,
    rounds: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("method", "rake"),
        ("variables_1", "ward"),
        ("cells_1", wards),
        ("variables_2", "age_band"),
        ("cells_2", ages),
        ("variables_3", ""),
        ("cells_3", ""),
        ("csv", ""),
        ("max_iterations", rounds),
    ]
}

/// The texts of the profile's measure cards.
fn cards(body: &crate::support::Reply) -> Vec<String> {
    body.texts(".tessera-measure .tessera-figure-pair")
}

#[tokio::test]
async fn a_typed_weighting_changes_the_profile_and_every_page_and_download_names_it() {
    let app = TestApp::demo().await;
    let before = app.get_computed("/datasets/1").await;
    assert_eq!(before.status, StatusCode::OK);
    assert_eq!(
        before.texts("#weighting-used"),
        ["Figures on this page use the dataset's own weights."]
    );
    let list = app.get("/datasets/1/weightings").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.texts("#none").len(), 1);
    assert!(
        list.body.contains("Harbourside"),
        "the wards are listed as a hint"
    );

    let made = app
        .post_form(
            "/datasets/1/weightings",
            &form("census-2021", WARDS, AGES, ""),
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    assert_eq!(
        made.header(header::LOCATION),
        Some("/datasets/1/weightings/census-2021?done=made")
    );
    let report = app
        .get("/datasets/1/weightings/census-2021?done=made")
        .await;
    assert_eq!(report.status, StatusCode::OK);
    assert_eq!(report.texts("#weighting-name"), ["census-2021"]);
    let margins = report.texts("#margins tbody tr");
    assert_eq!(margins.len(), 13, "8 wards and 5 age bands");
    let quayside = margins
        .iter()
        .find(|r| r.contains("Quayside"))
        .expect("Quayside");
    assert!(quayside.contains("7,100.0"), "{quayside}");
    assert!(!report.texts("#kish").is_empty());

    let after = app.get_computed("/datasets/1?weighting=census-2021").await;
    assert_eq!(after.status, StatusCode::OK);
    assert_eq!(
        after.texts("#weighting-used"),
        ["Figures on this page use the weighting “census-2021” (raking)."]
    );
    assert_ne!(cards(&before), cards(&after), "the figures change");
    assert!(
        after
            .body
            .contains("/datasets/1/measures/get_on_well?weighting=census-2021"),
        "links keep the weighting"
    );
    // Without the weighting the profile is as it was.
    let again = app.get_computed("/datasets/1").await;
    assert_eq!(cards(&before), cards(&again));

    let measure = app
        .get_computed("/datasets/1/measures/get_on_well?weighting=census-2021")
        .await;
    assert_eq!(measure.status, StatusCode::OK);
    assert!(measure.texts("#weighting-used")[0].contains("census-2021"));
    assert!(
        measure.body.contains("export.csv?weighting=census-2021"),
        "the download keeps the weighting"
    );
    let csv = app
        .get("/datasets/1/measures/get_on_well/export.csv?weighting=census-2021")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    let mut reader = csv::Reader::from_reader(csv.body_bytes());
    let headers = reader.headers().expect("header").clone();
    assert_eq!(headers.iter().next_back(), Some("weighting"));
    for record in reader.records() {
        assert_eq!(record.expect("row").iter().next_back(), Some("census-2021"));
    }
    let own = app.get("/datasets/1/measures/get_on_well/export.csv").await;
    assert!(
        !own.body
            .lines()
            .next()
            .unwrap_or_default()
            .contains("weighting")
    );
    let xlsx = app
        .get("/datasets/1/measures/get_on_well/export.xlsx?weighting=census-2021")
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);

    // In Welsh.
    let welsh = app.get("/datasets/1/weightings/census-2021?lang=cy").await;
    assert_eq!(welsh.status, StatusCode::OK);
    assert!(welsh.body.contains("Cyfrif poblogaeth"), "{}", welsh.body);
    let welsh_profile = app
        .get_computed("/datasets/1?weighting=census-2021&lang=cy")
        .await;
    assert!(welsh_profile.texts("#weighting-used")[0].contains("cribinio"));

    // Listed, then deleted: the profile no longer offers it.
    let list = app.get("/datasets/1/weightings").await;
    assert_eq!(list.texts("#weightings tbody tr").len(), 1);
    let deleted = app
        .post_form("/datasets/1/weightings/census-2021/delete", &[])
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    assert_eq!(
        app.get("/datasets/1?weighting=census-2021").await.status,
        StatusCode::NOT_FOUND
    );
}

/// Posts the form, expects it back with one message, and checks nothing was kept and the
/// dataset's own weights are untouched.
async fn refused(fields: &[(&str, &str)]) -> String {
    let app = TestApp::demo().await;
    let org = app.demo_org().await;
    let weights = |data: tessera_data::Dataset| -> Vec<u64> {
        let w = data.column("weight").expect("weight");
        (0..data.n_rows)
            .map(|r| w.number_at(r).unwrap_or(f64::NAN).to_bits())
            .collect()
    };
    let id = tessera_store::DatasetId(1);
    let before = weights(
        app.store()
            .dataset_data(org.id, id)
            .await
            .expect("read")
            .expect("dataset"),
    );
    let reply = app.post_form("/datasets/1/weightings", fields).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    let messages = reply.texts(".govuk-error-summary__list a");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        app.store()
            .weightings(org.id, id)
            .await
            .expect("read")
            .is_empty()
    );
    let after = weights(
        app.store()
            .dataset_data(org.id, id)
            .await
            .expect("read")
            .expect("dataset"),
    );
    assert_eq!(before, after, "the dataset's own weights are untouched");
    messages[0].clone()
}

#[tokio::test]
async fn margins_that_miss_a_category_of_the_data_are_refused_on_the_page() {
    let wards = WARDS
        .replace("Quayside, 7100\n", "")
        .replace("Harbourside, 8200", "Harbourside, 15300");
    let message = refused(&form("census-2021", &wards, AGES, "")).await;
    assert!(
        message.contains("do not cover every category") && message.contains("Quayside"),
        "{message}"
    );
}

#[tokio::test]
async fn margins_that_cannot_all_be_met_are_refused_on_the_page() {
    let ages = AGES.replace("10,200", "11,200");
    let message = refused(&form("census-2021", WARDS, &ages, "")).await;
    assert!(message.contains("cannot all be met"), "{message}");
    assert!(message.contains("61,000"), "{message}");
}

#[tokio::test]
async fn raking_that_does_not_converge_is_refused_on_the_page() {
    let message = refused(&form("census-2021", WARDS, AGES, "1")).await;
    assert!(message.contains("did not settle after 1"), "{message}");
}

#[tokio::test]
async fn a_typing_mistake_is_named_with_its_margin_and_line() {
    let wards = WARDS.replace("Saltings, 6900", "Saltings, lots");
    let message = refused(&form("census-2021", &wards, AGES, "")).await;
    assert_eq!(
        message,
        "Margin 1, line 3: “lots” is not a population count. Type a number of 0 or more."
    );
}

#[tokio::test]
async fn viewers_see_weightings_but_cannot_make_or_delete_them() {
    let app = TestApp::demo().await;
    let made = app
        .post_form(
            "/datasets/1/weightings",
            &form("census-2021", WARDS, AGES, ""),
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let org = app.demo_org().await;
    let viewer = app
        .member(org.id, "viewer@demo.example", Role::Viewer)
        .await;
    let as_viewer = app.as_(Some(viewer));
    let list = as_viewer.get("/datasets/1/weightings").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.texts("#make-weighting").is_empty(), "no form");
    let report = as_viewer.get("/datasets/1/weightings/census-2021").await;
    assert_eq!(report.status, StatusCode::OK);
    assert!(report.texts("#delete-weighting").is_empty());
    assert_eq!(
        as_viewer
            .post_form("/datasets/1/weightings", &form("other", WARDS, AGES, ""))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        as_viewer
            .post_form("/datasets/1/weightings/census-2021/delete", &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let profile = as_viewer
        .get_computed("/datasets/1?weighting=census-2021")
        .await;
    assert_eq!(profile.status, StatusCode::OK);
}

#[tokio::test]
async fn an_uploaded_margins_csv_makes_a_weighting_and_a_bad_one_is_refused() {
    let app = TestApp::demo().await;
    let csv = "margin,ward,target\nward,Harbourside,8200\nward,Old Town,7400\nward,Saltings,6900\nward,Kestrel Heights,8100\nward,Millbrook,7600\nward,Northgate,7900\nward,Fernlea,6800\nward,Quayside,7100\n";
    let bad = csv.replace("ward,Quayside,7100\n", "");
    let refused = app
        .post_multipart(
            "/datasets/1/weightings/upload",
            &[
                ("name", None, b"wards".as_slice()),
                ("method", None, b"post_stratify".as_slice()),
                ("file", Some("margins.csv"), bad.as_bytes()),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.body);
    let messages = refused.texts(".govuk-error-summary__list a");
    assert!(messages[0].contains("Quayside"), "{messages:?}");
    let made = app
        .post_multipart(
            "/datasets/1/weightings/upload",
            &[
                ("name", None, b"wards".as_slice()),
                ("method", None, b"post_stratify".as_slice()),
                ("file", Some("margins.csv"), csv.as_bytes()),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let report = app.get("/datasets/1/weightings/wards").await;
    assert_eq!(report.texts("#margins tbody tr").len(), 8);
    assert!(report.texts("#weighting-summary")[0].contains("post-stratification"));
    let none = app
        .post_multipart(
            "/datasets/1/weightings/upload",
            &[("name", None, b"other".as_slice())],
        )
        .await;
    assert_eq!(none.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        none.texts(".govuk-error-summary__list a"),
        ["Choose a margins CSV file to upload."]
    );
}
