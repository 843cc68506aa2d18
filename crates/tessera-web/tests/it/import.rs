//! Bringing a file in through the browser: upload, mapping, validation report, save.

use std::path::{Path, PathBuf};

use axum::http::{StatusCode, header};
use scraper::{ElementRef, Html, Selector};
use tessera_store::prelude::*;

use crate::support::{Reply, TestApp};

pub(crate) fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

pub(crate) fn reference_csv() -> Vec<u8> {
    std::fs::read(fixture("tessera-stats/tests/fixtures/synthetic_small.csv")).expect("fixture")
}

/// An app with an organisation to import into.
pub(crate) async fn app() -> (TestApp, tessera_store::Organisation) {
    let app = TestApp::new().await;
    let org = app.create_org("test-council").await;
    (app, org)
}

pub(crate) fn location(reply: &Reply) -> String {
    assert_eq!(
        reply.status,
        StatusCode::SEE_OTHER,
        "expected a redirect, got {}: {}",
        reply.status,
        reply.texts(".govuk-error-summary, main").join(" | ")
    );
    reply
        .header(header::LOCATION)
        .expect("a Location header")
        .to_owned()
}

/// Uploads a file; on success it lands on the page showing how the file was read.
pub(crate) async fn upload_only(
    app: &TestApp,
    file_name: &str,
    bytes: &[u8],
    codebook: Option<&[u8]>,
) -> Reply {
    let mut parts: Vec<crate::support::Part<'_>> = vec![
        ("name", None, b"Residents survey".as_slice()),
        ("file", Some(file_name), bytes),
    ];
    if let Some(c) = codebook {
        parts.push(("codebook", Some("codebook.toml"), c));
    }
    app.post_multipart("/datasets/new", &parts).await
}

/// Uploads a file and accepts how Tessera read it: the answer sends on to the mapping.
pub(crate) async fn upload(
    app: &TestApp,
    file_name: &str,
    bytes: &[u8],
    codebook: Option<&[u8]>,
) -> Reply {
    let reply = upload_only(app, file_name, bytes, codebook).await;
    let Some(preview) = reply
        .header(header::LOCATION)
        .filter(|l| l.ends_with("/preview"))
        .map(str::to_owned)
    else {
        return reply;
    };
    app.post_form(&preview, &[("action", "continue")]).await
}

/// Every field the browser would send for the first form on the page, as it stands.
pub(crate) fn form_fields(html: &Html) -> Vec<(String, String)> {
    let form = html
        .select(&Selector::parse("main form").expect("selector"))
        .next()
        .expect("a form");
    let mut out = Vec::new();
    let input = Selector::parse("input, select").expect("selector");
    for el in form.select(&input) {
        let Some(name) = el.value().attr("name") else {
            continue;
        };
        match el.value().name() {
            "select" => {
                let options: Vec<ElementRef> = el
                    .select(&Selector::parse("option").expect("selector"))
                    .collect();
                let chosen = options
                    .iter()
                    .find(|o| o.value().attr("selected").is_some())
                    .or(options.first());
                if let Some(o) = chosen {
                    out.push((
                        name.to_owned(),
                        o.value().attr("value").unwrap_or("").to_owned(),
                    ));
                }
            }
            _ => {
                let kind = el.value().attr("type").unwrap_or("text");
                let value = el.value().attr("value").unwrap_or("").to_owned();
                if (kind == "checkbox" || kind == "radio") && el.value().attr("checked").is_none() {
                    continue;
                }
                out.push((name.to_owned(), value));
            }
        }
    }
    out
}

/// The field-name prefix (`m12`) of the measure row for a column.
pub(crate) fn measure_prefix(html: &Html, column: &str) -> String {
    let label = Selector::parse("label.govuk-checkboxes__label").expect("selector");
    let wanted = format!("Use “{column}” as a measure");
    let el = html
        .select(&label)
        .find(|l| l.text().collect::<String>().trim() == wanted)
        .unwrap_or_else(|| panic!("no measure row for {column}"));
    let id = el.value().attr("for").expect("for");
    id.trim_end_matches("-include").to_owned()
}

pub(crate) fn selected(reply: &Reply, select_id: &str) -> Option<String> {
    reply
        .html()
        .select(
            &Selector::parse(&format!("select#{select_id} option[selected]")).expect("selector"),
        )
        .next()
        .and_then(|o| o.value().attr("value").map(str::to_owned))
}

pub(crate) fn checked(reply: &Reply, name: &str) -> Vec<String> {
    reply
        .html()
        .select(&Selector::parse(&format!("input[name='{name}'][checked]")).expect("selector"))
        .filter_map(|o| o.value().attr("value").map(str::to_owned))
        .collect()
}

/// The mapping form of the reference CSV with one measure: agreement that people get on well.
async fn map_getting_on_well(app: &TestApp, mapping_url: &str) -> Reply {
    let page = app.get(mapping_url).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html();
    let prefix = measure_prefix(&html, "getting_on_well");
    let mut fields: Vec<(String, String)> = form_fields(&html)
        .into_iter()
        .filter(|(k, _)| !k.ends_with("-include"))
        .filter(|(k, _)| {
            !k.starts_with(&format!("{prefix}-"))
                || k.ends_with("-label")
                || k.ends_with("-indicator")
        })
        .collect();
    for (k, v) in [
        ("include", "yes"),
        ("kind", "proportion"),
        ("success", "1"),
        ("success", "2"),
        ("exclude", "dont_know"),
    ] {
        fields.push((format!("{prefix}-{k}"), v.to_owned()));
    }
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post_form(mapping_url, &pairs).await
}

#[tokio::test]
async fn the_upload_page_has_a_labelled_file_field_and_works_without_javascript() {
    let (app, _) = app().await;
    let page = app.get("/datasets/new").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html();
    let form =
        Selector::parse("form[method=post][enctype='multipart/form-data']").expect("selector");
    assert!(
        html.select(&form).next().is_some(),
        "a plain multipart form"
    );
    assert_eq!(page.texts("label[for=file]"), ["Data file"]);
    assert_eq!(page.texts("label[for=name]"), ["Dataset name (optional)"]);
}

#[tokio::test]
async fn the_reference_csv_prefills_design_wave_area_and_groups_from_column_names() {
    let (app, _) = app().await;
    let reply = upload(&app, "synthetic_small.csv", &reference_csv(), None).await;
    let url = location(&reply);
    assert!(
        url.starts_with("/datasets/imports/") && url.ends_with("/mapping"),
        "{url}"
    );
    let page = app.get(&url).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(selected(&page, "weight").as_deref(), Some("weight"));
    assert_eq!(selected(&page, "strata").as_deref(), Some("stratum"));
    assert_eq!(selected(&page, "psu").as_deref(), Some("psu"));
    assert_eq!(selected(&page, "fpc"), None);
    assert_eq!(selected(&page, "wave").as_deref(), Some("wave"));
    assert_eq!(selected(&page, "area").as_deref(), Some("area"));
    assert_eq!(checked(&page, "preset"), ["column"]);
    assert_eq!(selected(&page, "group_column").as_deref(), Some("group"));
    assert_eq!(checked(&page, "newcomer_value"), ["newcomer"]);
    assert_eq!(checked(&page, "receiving_value"), ["settled"]);
    let breakdowns = checked(&page, "breakdown");
    for b in [
        "gender",
        "age_band",
        "migration_status",
        "first_language_english",
    ] {
        assert!(breakdowns.contains(&b.to_owned()), "{b} in {breakdowns:?}");
    }
    // The measure row for agreement suggests the IOI indicator and leaves "don't know" out.
    let html = page.html();
    let prefix = measure_prefix(&html, "getting_on_well");
    assert_eq!(
        selected(&page, &format!("{prefix}-indicator")).as_deref(),
        Some("ioi-2019/bri-get-on-well")
    );
    assert_eq!(checked(&page, &format!("{prefix}-exclude")), ["dont_know"]);
    // Every form control has a label.
    for el in html.select(&Selector::parse("main input[id], main select[id]").expect("selector")) {
        let id = el.value().attr("id").expect("id");
        let label = Selector::parse(&format!("label[for='{id}']")).expect("selector");
        assert!(html.select(&label).next().is_some(), "no label for #{id}");
    }
}

#[tokio::test]
async fn the_prefilled_mapping_of_the_reference_csv_is_accepted_as_it_stands() {
    let (app, _) = app().await;
    let url = location(&upload(&app, "synthetic_small.csv", &reference_csv(), None).await);
    let page = app.get(&url).await;
    let fields = form_fields(&page.html());
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let reply = app.post_form(&url, &pairs).await;
    assert!(location(&reply).ends_with("/report"));
}

#[tokio::test]
async fn a_mapped_upload_is_reported_then_saved_with_all_its_rows() {
    let (app, org) = app().await;
    let bytes = reference_csv();
    let url = location(&upload(&app, "synthetic_small.csv", &bytes, None).await);
    let report_url = location(&map_getting_on_well(&app, &url).await);
    assert!(report_url.ends_with("/report"));

    let report = app.get(&report_url).await;
    assert_eq!(report.status, StatusCode::OK);
    assert_eq!(report.texts("h1"), ["No problems found"]);
    assert_eq!(report.texts("#rows-kept"), ["2000"]);
    assert_eq!(report.texts("main form button"), ["Save dataset"]);
    assert!(
        app.store().datasets(org.id).await.expect("list").is_empty(),
        "nothing saved yet"
    );

    let save_url = report_url.replace("/report", "/save");
    let saved = location(&app.post_form(&save_url, &[]).await);
    let datasets = app.store().datasets(org.id).await.expect("list");
    assert_eq!(datasets.len(), 1);
    let d = &datasets[0];
    assert_eq!(saved, format!("/datasets/{}", d.id));
    assert_eq!(d.n_rows, 2000);
    assert_eq!(d.n_excluded, 0);
    assert_eq!(d.name, "Residents survey");
    assert_eq!(d.source_format, "csv");
    assert_eq!(d.waves, ["2022", "2023", "2024"]);
    assert_eq!(d.created_by, "owner@test-council.example");
    let record = app
        .store()
        .dataset(org.id, d.id)
        .await
        .expect("read")
        .expect("there");
    let mapping: tessera_stats::mapping::DatasetMapping =
        serde_json::from_value(record.mapping).expect("a mapping");
    assert_eq!(mapping.measures.len(), 1);
    assert_eq!(mapping.measures[0].success, ["1", "2"]);
    assert_eq!(mapping.measures[0].exclude, ["dont_know"]);
    assert_eq!(
        mapping.measures[0].indicator.as_deref(),
        Some("ioi-2019/bri-get-on-well")
    );
    assert_eq!(
        mapping.design.as_ref().map(|d| d.weight.as_str()),
        Some("weight")
    );
    let original = app
        .store()
        .dataset_original(org.id, d.id)
        .await
        .expect("read");
    assert_eq!(original.as_deref(), Some(bytes.as_slice()));

    // The pending import is gone once saved.
    assert_eq!(app.get(&report_url).await.status, StatusCode::NOT_FOUND);
}

/// The reference CSV's header and first 20 rows, with three faults: a negative weight in data
/// row 3, an unknown code in row 5 and a row with a field missing at row 8.
fn faulty_csv() -> Vec<u8> {
    let text = String::from_utf8(reference_csv()).expect("utf-8");
    let mut lines: Vec<String> = text.lines().take(21).map(str::to_owned).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let weight = header.iter().position(|h| *h == "weight").expect("weight");
    let agree = header
        .iter()
        .position(|h| *h == "getting_on_well")
        .expect("column");
    let mut set = |row: usize, col: usize, value: &str| {
        let mut fields: Vec<String> = lines[row].split(',').map(str::to_owned).collect();
        fields[col] = value.to_owned();
        lines[row] = fields.join(",");
    };
    set(3, weight, "-5");
    set(5, agree, "7");
    let mut fields: Vec<&str> = lines[8].split(',').collect();
    fields.pop();
    lines[8] = fields.join(",");
    let mut out = lines.join("\n");
    out.push('\n');
    out.into_bytes()
}

const CODEBOOK: &str = r#"
[[variable]]
name = "getting_on_well"
label = "People from different backgrounds get on well together"
[variable.value_labels]
"1" = "Definitely agree"
"2" = "Tend to agree"
"3" = "Tend to disagree"
"4" = "Definitely disagree"
"#;

#[tokio::test]
async fn the_report_lists_each_fault_with_row_and_column_and_saving_keeps_the_rest() {
    let (app, org) = app().await;
    let bytes = faulty_csv();
    let url = location(&upload(&app, "faulty.csv", &bytes, Some(CODEBOOK.as_bytes())).await);
    // The codebook's labels show on the mapping page.
    let page = app.get(&url).await;
    let prefix = measure_prefix(&page.html(), "getting_on_well");
    let success_labels = page.texts(&format!("label[for^='{prefix}-success']"));
    assert!(
        success_labels.contains(&"1 — Definitely agree".to_owned()),
        "{success_labels:?}"
    );
    let report_url = location(&map_getting_on_well(&app, &url).await);
    let report = app.get(&report_url).await;
    assert_eq!(report.status, StatusCode::OK);

    let rows: Vec<Vec<String>> = {
        let html = report.html();
        let tr = Selector::parse("#problems tbody tr").expect("selector");
        let td = Selector::parse("td").expect("selector");
        html.select(&tr)
            .map(|r| {
                r.select(&td)
                    .map(|c| c.text().collect::<String>().trim().to_owned())
                    .collect()
            })
            .collect()
    };
    let has = |row: &str, column: &str, value: &str| {
        rows.iter()
            .any(|r| r[0] == row && r[2] == column && r[3] == value)
    };
    assert!(has("3", "weight", "-5"), "{rows:?}");
    assert!(has("5", "getting_on_well", "7"), "{rows:?}");
    assert!(
        rows.iter()
            .any(|r| r[0] == "8" && r[4].contains("wrong number of fields")),
        "{rows:?}"
    );
    assert_eq!(report.texts("#rows-left-out"), ["3"]);
    assert_eq!(report.texts("#rows-kept"), ["17"]);
    let kinds = report.texts("#problem-kinds tbody tr");
    assert!(
        kinds.iter().any(|k| k.starts_with("unknown code")),
        "{kinds:?}"
    );
    assert_eq!(
        report.texts("main form button"),
        ["Save dataset without these 3 rows"]
    );

    let csv = app
        .get(&report_url.replace("/report", "/problems.csv"))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(
        csv.header(header::CONTENT_TYPE),
        Some("text/csv; charset=utf-8")
    );
    let mut lines = csv.body.lines();
    assert_eq!(lines.next(), Some("row,line,column,value,kind,message"));
    let body: Vec<&str> = lines.collect();
    assert!(
        body.iter()
            .any(|l| l.starts_with("3,4,weight,-5,non_positive_weight,")),
        "{body:?}"
    );
    assert!(
        body.iter()
            .any(|l| l.starts_with("5,6,getting_on_well,7,unknown_code,")),
        "{body:?}"
    );
    assert!(
        body.iter()
            .any(|l| l.starts_with("8,9,") && l.contains("ragged_row")),
        "{body:?}"
    );

    location(
        &app.post_form(&report_url.replace("/report", "/save"), &[])
            .await,
    );
    let datasets = app.store().datasets(org.id).await.expect("list");
    assert_eq!(datasets[0].n_rows, 20 - 3);
    assert_eq!(datasets[0].n_excluded, 3);
    let record = app
        .store()
        .dataset(org.id, datasets[0].id)
        .await
        .expect("read")
        .expect("there");
    assert_eq!(record.excluded_rows, [2, 4, 7]);
    let original = app
        .store()
        .dataset_original(org.id, datasets[0].id)
        .await
        .expect("read");
    assert_eq!(
        original.as_deref(),
        Some(bytes.as_slice()),
        "the original is kept unchanged"
    );
}

#[tokio::test]
async fn an_spss_file_shows_its_value_labels_on_the_mapping_page() {
    let (app, _) = app().await;
    let bytes = std::fs::read(fixture("tessera-data/tests/fixtures/survey.sav")).expect("fixture");
    let url = location(&upload(&app, "survey.sav", &bytes, None).await);
    let page = app.get(&url).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html();
    let prefix = measure_prefix(&html, "getting_on_well");
    let labels = page.texts(&format!("label[for^='{prefix}-success']"));
    assert_eq!(
        labels,
        [
            "1 — Definitely agree",
            "2 — Tend to agree",
            "3 — Tend to disagree",
            "4 — Definitely disagree"
        ]
    );
    // Positive answers are ticked as success; the question's wording heads the row.
    assert_eq!(checked(&page, &format!("{prefix}-success")), ["1", "2"]);
    assert!(page.texts(".govuk-summary-card__title").contains(
        &"getting_on_well — People from different backgrounds get on well together".to_owned()
    ));
    assert_eq!(selected(&page, "weight").as_deref(), Some("weight"));
}

#[tokio::test]
async fn an_unsupported_file_type_is_refused_with_an_error_summary() {
    let (app, _) = app().await;
    let reply = upload(&app, "notes.pdf", b"%PDF-1.4", None).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let summary = reply.texts(".govuk-error-summary a[href='#file']");
    assert_eq!(summary.len(), 1);
    assert!(
        summary[0].contains("“notes.pdf” is not a file Tessera can read"),
        "{summary:?}"
    );
    assert!(summary[0].contains(".sav"), "says which formats work");
    assert!(reply.texts("title")[0].starts_with("Error:"));
}

#[tokio::test]
async fn a_file_that_cannot_be_read_shows_the_readers_message() {
    let (app, _) = app().await;
    let reply = upload(&app, "broken.sav", b"not really spss", None).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let summary = reply.texts(".govuk-error-summary a[href='#file']");
    assert!(
        summary[0].starts_with("The file could not be read: broken.sav"),
        "{summary:?}"
    );
}

#[tokio::test]
async fn an_unknown_import_token_is_not_found() {
    let (app, _) = app().await;
    for url in [
        "/datasets/imports/0123456789abcdef0123456789abcdef/mapping",
        "/datasets/imports/not-a-token/report",
        "/datasets/imports/0123456789abcdef0123456789abcdef/problems.csv",
    ] {
        assert_eq!(app.get(url).await.status, StatusCode::NOT_FOUND, "{url}");
    }
    let reply = app
        .post_form(
            "/datasets/imports/0123456789abcdef0123456789abcdef/save",
            &[],
        )
        .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn invalid_choices_re_show_the_mapping_with_errors_linked_to_their_fields() {
    let (app, org) = app().await;
    let url = location(&upload(&app, "synthetic_small.csv", &reference_csv(), None).await);
    let page = app.get(&url).await;
    let fields: Vec<(String, String)> = form_fields(&page.html())
        .into_iter()
        .filter(|(k, _)| !k.ends_with("-include"))
        .map(|(k, v)| {
            if k == "group_column" {
                (k, "psu".to_owned())
            } else {
                (k, v)
            }
        })
        .collect();
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let reply = app.post_form(&url, &pairs).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let links: Vec<String> = reply
        .html()
        .select(&Selector::parse(".govuk-error-summary a").expect("selector"))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert!(links.contains(&"#group_column".to_owned()), "{links:?}");
    assert!(links.iter().any(|l| l.ends_with("-include")), "{links:?}");
    let text = reply.texts(".govuk-error-summary").join(" ");
    assert!(
        text.contains("“psu” is already chosen as the clusters"),
        "{text}"
    );
    assert!(text.contains("Select at least one measure"), "{text}");
    // Choices are kept.
    assert_eq!(selected(&reply, "group_column").as_deref(), Some("psu"));
    assert_eq!(selected(&reply, "psu").as_deref(), Some("psu"));
    assert!(app.store().datasets(org.id).await.expect("list").is_empty());
}

#[tokio::test]
async fn choosing_another_group_column_and_updating_shows_its_values() {
    let (app, _) = app().await;
    let url = location(&upload(&app, "synthetic_small.csv", &reference_csv(), None).await);
    let page = app.get(&url).await;
    let mut fields: Vec<(String, String)> = form_fields(&page.html())
        .into_iter()
        .map(|(k, v)| {
            if k == "group_column" {
                (k, "migration_status".to_owned())
            } else {
                (k, v)
            }
        })
        .collect();
    fields.push(("action".to_owned(), "refresh".to_owned()));
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let reply = app.post_form(&url, &pairs).await;
    assert_eq!(reply.status, StatusCode::OK);
    let values = reply.texts("label[for^='newcomer_value']");
    assert!(values.contains(&"refugee".to_owned()), "{values:?}");
    assert!(reply.texts(".govuk-error-summary").is_empty());
}
