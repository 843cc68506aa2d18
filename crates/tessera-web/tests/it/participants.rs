//! Participants' pages (issue 14): the register, consent, answers, import, change, output log,
//! subject access and erasure, in English and Welsh.

use axum::http::{StatusCode, header};
use tessera_store::Role;
use tessera_store::prelude::*;

use crate::support::{Identity, TestApp};

/// The demo with its participants, as `serve --demo` starts it.
pub async fn demo_with_participants() -> TestApp {
    let app = TestApp::demo().await;
    let org = app.demo_org().await;
    tessera_app::demo::seed_participants(app.store(), &org)
        .await
        .expect("demo participants");
    app
}

fn location(reply: &crate::support::Reply) -> String {
    reply
        .header(header::LOCATION)
        .unwrap_or_default()
        .to_owned()
}

/// A plan with no dated collections, so the organisation names its own follow-up points.
const CIRCLE: &str = r#"{
  "format_version": 1, "title": "Welcome circle", "kind": "intervention",
  "target_groups": [ { "id": "arrivals", "name": "New arrivals", "side": "newcomers" } ],
  "goal": "People feel at home",
  "outcomes": [ { "id": "connected", "text": "People feel connected", "indicators": [
    { "indicator": "ioi-2019/bri-ask-neighbours-for-help", "direction": "up", "groups": ["arrivals"] },
    { "indicator": "ioi-2019/hea-life-satisfaction", "direction": "up", "groups": ["arrivals"] } ] } ]
}"#;

/// Registers a participant through the form; their code.
async fn register(app: &TestApp, plan: i64) -> String {
    let reply = app
        .post_form(
            "/participants/new",
            &[
                ("side", "newcomers"),
                ("reference", ""),
                ("plan", &plan.to_string()),
                (&format!("group-{plan}"), "arrivals"),
                ("field-gender", "woman"),
                ("field-age_band", "25-34"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let to = location(&reply);
    assert!(to.ends_with("?done=registered"), "{to}");
    to.trim_start_matches("/participants/")
        .split('?')
        .next()
        .expect("code")
        .to_owned()
}

async fn circle(app: &TestApp) -> i64 {
    let created = app.send_json("POST", "/api/v1/plans", CIRCLE).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    created.json()["id"].as_i64().expect("id")
}

#[tokio::test]
async fn a_participant_is_registered_consents_answers_and_withdraws_through_the_pages() {
    let app = TestApp::with_org("circle", "Circle").await;
    let plan = circle(&app).await;
    let code = register(&app, plan).await;
    let page = app
        .get(&format!("/participants/{code}?done=registered"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), std::slice::from_ref(&code));
    assert_eq!(page.texts("#standing"), ["No consent recorded"]);
    let details = page.texts("#details").join(" ");
    assert!(
        details.contains("Woman") && details.contains("25 to 34"),
        "{details}"
    );

    // Own collection points, as the plan's evaluation names none.
    let points = app
        .post_form(
            &format!("/plans/{plan}/collection-points"),
            &[("points", "Six months\nExit")],
        )
        .await;
    assert_eq!(points.status, StatusCode::SEE_OTHER);
    let listed = app.get(&format!("/plans/{plan}/collection-points")).await;
    assert_eq!(
        listed.texts("#point-list tbody tr td:first-child"),
        ["Baseline", "Six months", "Exit"]
    );

    // Answers before consent are refused, with the reason.
    let answers =
        |point: &'static str, date: &'static str, yes: &'static str, score: &'static str| {
            vec![
                ("plan", plan.to_string()),
                ("point", point.to_owned()),
                ("measured_on", date.to_owned()),
                (
                    "answer-ioi-2019/bri-ask-neighbours-for-help",
                    yes.to_owned(),
                ),
                ("answer-ioi-2019/hea-life-satisfaction", score.to_owned()),
            ]
        };
    let as_pairs = |v: &Vec<(&'static str, String)>| -> Vec<(String, String)> {
        v.iter()
            .map(|(k, x)| ((*k).to_owned(), x.clone()))
            .collect()
    };
    let post = |fields: Vec<(String, String)>| {
        let app = &app;
        let code = code.clone();
        async move {
            let refs: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            app.post_form(&format!("/participants/{code}/measurements/new"), &refs)
                .await
        }
    };
    let refused = post(as_pairs(&answers("baseline", "2025-01-10", "no", "4"))).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused
            .texts(".govuk-error-summary")
            .join(" ")
            .contains("no consent record"),
        "{}",
        refused.body
    );
    let consent = app
        .post_form(
            &format!("/participants/{code}/consents/new"),
            &[
                ("taking_part", "yes"),
                ("data_use", "yes"),
                ("lawful_basis", "consent"),
                ("method", "verbal_witnessed"),
                ("witness", "Coordinator"),
                ("given_on", "2025-01-05"),
            ],
        )
        .await;
    assert_eq!(consent.status, StatusCode::SEE_OTHER, "{}", consent.body);
    for (point, date, yes, score) in [
        ("baseline", "2025-01-10", "no", "4"),
        ("six-months", "2025-07-10", "yes", "7.5"),
    ] {
        let saved = post(as_pairs(&answers(point, date, yes, score))).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let page = app.get(&format!("/participants/{code}")).await;
    assert_eq!(page.texts("#standing"), ["Consent given"]);
    let answered = page.texts("#measurements tbody tr td:nth-child(2)");
    assert_eq!(answered, ["Baseline", "Six months"]);
    assert!(page.texts("#measurements").join(" ").contains("7.50"));

    // A bad answer is shown beside its question, and nothing is saved.
    let bad = post(as_pairs(&answers("exit", "2025-12-01", "perhaps", "x"))).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        bad.texts(".govuk-error-summary li").len(),
        2,
        "{}",
        bad.body
    );

    // Withdrawal: recorded, and later answers refused.
    let store = app.store();
    let org = store
        .organisation_by_slug("circle")
        .await
        .expect("read")
        .expect("org");
    let consent_id = store.consents(org.id, &code).await.expect("read")[0].id;
    let withdrawn = app
        .post_form(
            &format!("/participants/{code}/consents/{consent_id}/withdraw"),
            &[("withdrawn_on", "2025-08-01")],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/participants/{code}")).await;
    assert_eq!(
        page.texts("#standing"),
        ["Consent withdrawn on 1 August 2025"]
    );
    let after = post(as_pairs(&answers("exit", "2025-12-01", "yes", "8"))).await;
    assert!(
        after
            .texts(".govuk-error-summary")
            .join(" ")
            .contains("withdrew consent"),
        "{}",
        after.body
    );
    // The change page counts them out.
    let change = app.get(&format!("/plans/{plan}/participants")).await;
    assert_eq!(change.status, StatusCode::OK);
    assert!(
        change.texts("#summary")[0].contains("the answers of 0 are used; 1 withdrew"),
        "{:?}",
        change.texts("#summary")
    );
}

#[tokio::test]
async fn the_demo_cafe_shows_change_for_its_participants_in_english_and_welsh() {
    let app = demo_with_participants().await;
    let page = app.get("/plans/1/participants").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), ["Participants and change"]);
    assert!(
        page.texts("#summary")[0].starts_with("55 participants in this plan"),
        "{:?}",
        page.texts("#summary")
    );
    let headings = page.texts(".tessera-change h3");
    assert!(headings.contains(&"Newcomers".to_owned()), "{headings:?}");
    assert!(headings.contains(&"Receiving community".to_owned()));
    let words = page.texts(".tessera-change__words li").join(" ");
    assert!(
        words.contains("people followed up to “End survey”"),
        "{words}"
    );
    assert!(words.contains("interval"), "{words}");
    assert_eq!(page.texts("#members tbody tr").len(), 55);
    let by_gender = app.get("/plans/2/participants?by=gender").await;
    // Some genders are few: shown to the owner, marked.
    assert!(
        by_gender.body.contains("shown to your organisation only"),
        "small numbers are marked"
    );
    assert!(
        by_gender
            .texts(".tessera-change h3")
            .iter()
            .any(|h| h.contains("Gender: Woman")),
        "{:?}",
        by_gender.texts(".tessera-change h3")
    );
    let welsh = app.get("/plans/1/participants?lang=cy").await;
    assert_eq!(welsh.texts("h1"), ["Cyfranogwyr a newid"]);
    assert!(
        welsh
            .texts(".tessera-change h3")
            .contains(&"Newydd-ddyfodiaid".to_owned())
    );
    assert!(welsh.body.contains("Llinell sylfaen"));
    let register = app.get("/participants?lang=cy").await;
    assert_eq!(register.texts("h1"), ["Cyfranogwyr"]);
    assert!(
        register.texts("caption")[0].contains("185 cyfranogwr"),
        "{:?}",
        register.texts("caption")
    );
    let outputs = app.get("/plans/1/outputs?period=quarter&lang=en").await;
    assert_eq!(outputs.status, StatusCode::OK);
    let periods = outputs.texts("table.tessera-outputs__totals tbody th");
    assert_eq!(periods[0], "Quarter 3 of 2025", "{periods:?}");
    let welsh_outputs = app.get("/plans/1/outputs?lang=cy").await;
    assert_eq!(welsh_outputs.texts("h1"), ["Log allbwn"]);
}

#[tokio::test]
async fn an_answers_file_with_problems_saves_nothing_and_a_good_one_saves_everything() {
    let app = TestApp::with_org("circle", "Circle").await;
    let plan = circle(&app).await;
    app.post_form(
        &format!("/plans/{plan}/collection-points"),
        &[("points", "Six months")],
    )
    .await;
    let mut codes = Vec::new();
    for _ in 0..3 {
        let code = register(&app, plan).await;
        app.post_form(
            &format!("/participants/{code}/consents/new"),
            &[
                ("taking_part", "yes"),
                ("data_use", "yes"),
                ("lawful_basis", "public_task"),
                ("method", "paper"),
                ("given_on", "2025-01-01"),
            ],
        )
        .await;
        codes.push(code);
    }
    let uri = format!("/plans/{plan}/participants/import");
    let form = app.get(&uri).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.texts("#header")[0].starts_with("code,point,date,ioi-2019/"));
    let bad = format!(
        "code,point,date,bri-ask-neighbours-for-help,notes\n{},baseline,2025-01-10,yes,\n{},twelve months,2025-01-10,maybe,\n",
        codes[0], codes[1]
    );
    let reply = app
        .post_multipart(&uri, &[("file", Some("answers.csv"), bad.as_bytes())])
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    let rows: Vec<Vec<String>> = reply
        .html()
        .select(&scraper::Selector::parse("#problems tbody tr").expect("selector"))
        .map(|tr| {
            tr.select(&scraper::Selector::parse("td").expect("selector"))
                .map(|td| td.text().collect::<String>().trim().to_owned())
                .collect()
        })
        .collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[0][1], "notes", "an unknown column: {rows:?}");
    assert!(
        rows[1][0].starts_with('2') && rows[1][1] == "point",
        "{rows:?}"
    );
    assert!(rows[2][0].starts_with('2') && rows[2][1] == "bri-ask-neighbours-for-help");
    let org = app
        .store()
        .organisation_by_slug("circle")
        .await
        .expect("read")
        .expect("org");
    assert!(
        app.store()
            .plan_measurements(org.id, tessera_store::PlanId(plan))
            .await
            .expect("read")
            .is_empty()
    );
    let good = format!(
        "code,point,date,bri-ask-neighbours-for-help,ioi-2019/hea-life-satisfaction\n{a},baseline,2025-01-10,yes,5\n{a},Six months,10/07/2025,yes,6\n{b},baseline,2025-01-10,no,3\n",
        a = codes[0],
        b = codes[1]
    );
    let reply = app
        .post_multipart(&uri, &[("file", Some("answers.csv"), good.as_bytes())])
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(
        reply.texts("#saved .govuk-panel__body"),
        ["3 rows of answers saved, for 2 participants."]
    );
    let csv = app
        .get(&format!("/plans/{plan}/participants/measurements.csv"))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    let text = String::from_utf8_lossy(csv.body_bytes()).into_owned();
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(text.starts_with("code,side,age_band,gender,point,point_label,measured_on,"));
}

#[tokio::test]
async fn contact_details_are_for_editors_and_owners_and_never_leave_with_answers() {
    let app = demo_with_participants().await;
    let demo = app.demo_org().await;
    let code = app
        .store()
        .participants(demo.id, Some(tessera_store::PlanId(1)))
        .await
        .expect("read")[0]
        .code
        .clone();
    let saved = app
        .post_form(
            &format!("/participants/{code}/contact"),
            &[
                ("name", "Amina Yusuf"),
                ("phone", "07700 900123"),
                ("email", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let owner_view = app.get(&format!("/participants/{code}")).await;
    assert!(owner_view.body.contains("Amina Yusuf"));
    let viewer: Identity = app
        .member(demo.id, "viewer@demo.example", Role::Viewer)
        .await;
    let as_viewer = app.as_(Some(viewer));
    let viewer_view = as_viewer.get(&format!("/participants/{code}")).await;
    assert_eq!(viewer_view.status, StatusCode::OK);
    assert!(
        !viewer_view.body.contains("Amina"),
        "a viewer never sees names"
    );
    assert!(viewer_view.texts("#contact").is_empty());
    assert_eq!(
        as_viewer
            .get(&format!("/participants/{code}/subject-access"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    for uri in [
        "/plans/1/participants/measurements.csv".to_owned(),
        format!("/api/v1/participants/{code}"),
        format!("/api/v1/participants/{code}/measurements"),
        format!("/api/v1/participants/{code}/consents"),
        "/api/v1/participants".to_owned(),
        "/api/v1/plans/1/change?audience=owner".to_owned(),
        "/export.json".to_owned(),
    ] {
        let body = app.get(&uri).await.body;
        assert!(
            !body.contains("Amina") && !body.contains("07700"),
            "{uri} holds a contact detail"
        );
    }
    // The person's own copy has them.
    let access = app
        .get(&format!("/participants/{code}/subject-access.json"))
        .await;
    assert_eq!(access.status, StatusCode::OK);
    let json = access.json();
    assert_eq!(json["contact"]["contact"]["name"], "Amina Yusuf");
    assert_eq!(json["participant"]["code"], code.as_str());
    assert_eq!(json["consents"].as_array().expect("consents").len(), 1);
    assert!(!json["measurements"].as_array().expect("answers").is_empty());
    assert!(
        json["audit"]
            .as_array()
            .expect("audit")
            .iter()
            .any(|e| e["action"] == "contact-details")
    );
    let page = app
        .get(&format!("/participants/{code}/subject-access?lang=cy"))
        .await;
    assert!(page.texts("h1")[0].starts_with("Popeth a gedwir am"));
    assert!(page.texts("#contact").join(" ").contains("Amina Yusuf"));
}

#[tokio::test]
async fn erasing_a_participant_removes_them_everywhere_and_keeps_only_their_code_in_the_log() {
    let app = demo_with_participants().await;
    let demo = app.demo_org().await;
    let code = app
        .store()
        .participants(demo.id, Some(tessera_store::PlanId(1)))
        .await
        .expect("read")[3]
        .code
        .clone();
    app.post_form(
        &format!("/participants/{code}/contact"),
        &[("name", "Bo Kowalska")],
    )
    .await;
    let before = app
        .get("/api/v1/plans/1/change?audience=owner")
        .await
        .json();
    let confirm = app.get(&format!("/participants/{code}/erase")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert_eq!(confirm.texts("#what-goes li").len(), 5);
    let erased = app
        .post_form(&format!("/participants/{code}/erase"), &[])
        .await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get(&format!("/participants/{code}")).await.status,
        StatusCode::NOT_FOUND
    );
    let after = app
        .get("/api/v1/plans/1/change?audience=owner")
        .await
        .json();
    assert_ne!(before["indicators"], after["indicators"]);
    assert_eq!(after["participants"], 54);
    let csv = app.get("/plans/1/participants/measurements.csv").await;
    assert!(!csv.body.contains(&code));
    let log = app.get("/api/v1/audit").await.body;
    assert!(log.contains(&format!("participant:{code}")));
    assert!(!log.contains("Bo Kowalska"));
    let entry = app
        .store()
        .audit_events(demo.id, 5)
        .await
        .expect("audit")
        .into_iter()
        .find(|e| e.action == "erase")
        .expect("the erasure is logged");
    assert_eq!(entry.object, format!("participant:{code}"));
    assert_eq!(entry.detail["contact_details"], true);
}
