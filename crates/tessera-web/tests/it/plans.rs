//! The planner: building a plan backwards through the forms, its checks, diagram, printable
//! view, import and export, the API, organisation scoping and progress against the demo data.

use axum::http::{StatusCode, header};
use tessera_plan::examples::{LANGUAGE_CAFE, WEAK_PLAN};
use tessera_store::NewPlan;
use tessera_store::prelude::*;

use crate::support::{Reply, TestApp};

fn location(reply: &Reply) -> String {
    assert_eq!(
        reply.status,
        StatusCode::SEE_OTHER,
        "expected a redirect, got {}: {}",
        reply.status,
        reply.body.chars().take(3000).collect::<String>()
    );
    reply
        .header(header::LOCATION)
        .expect("a Location header")
        .to_owned()
}

/// The plan's stored document, through the API.
async fn document(app: &TestApp, id: &str) -> serde_json::Value {
    let reply = app.get(&format!("/api/v1/plans/{id}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.json()["plan"].clone()
}

async fn check_statuses(app: &TestApp, id: &str) -> Vec<(String, String)> {
    let reply = app.get(&format!("/api/v1/plans/{id}/checks")).await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.json()["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap_or_default().to_owned(),
                c["status"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn node_id(doc: &serde_json::Value, list: &str, text_start: &str) -> String {
    doc[list]
        .as_array()
        .expect("list")
        .iter()
        .find(|n| {
            n["text"]
                .as_str()
                .unwrap_or_default()
                .starts_with(text_start)
        })
        .and_then(|n| n["id"].as_str())
        .unwrap_or_else(|| panic!("no {list} starting {text_start:?}"))
        .to_owned()
}

fn group_id(doc: &serde_json::Value, name_start: &str) -> String {
    doc["target_groups"]
        .as_array()
        .expect("groups")
        .iter()
        .find(|g| {
            g["name"]
                .as_str()
                .unwrap_or_default()
                .starts_with(name_start)
        })
        .and_then(|g| g["id"].as_str())
        .expect("group")
        .to_owned()
}

#[tokio::test]
async fn the_cafe_plan_is_built_backwards_from_a_blank_page_and_its_checks_end_clean() {
    let app = TestApp::with_org("council", "A council").await;
    let start = app.get("/plans/new").await;
    assert_eq!(start.status, StatusCode::OK);
    assert!(start.body.contains("Which groups of newcomers is it for?"));

    // Step 1: the problem and both sides' target groups; step 2: the goal.
    let step1 = [
        ("step", "1"),
        ("title", "Language and friendship café"),
        ("kind", "intervention"),
        (
            "problem",
            "Recently arrived women struggle to keep going to ESOL classes and know few people to speak English with.",
        ),
        ("newcomer_groups", "Recently arrived women learning English"),
        (
            "receiving_groups",
            "English-speaking local residents who volunteer",
        ),
        ("start_date", "2025-09-01"),
    ];
    let step2_page = app.post_form("/plans/new", &step1).await;
    assert_eq!(step2_page.status, StatusCode::OK);
    assert!(
        step2_page
            .body
            .contains("What long-term change do you want to see?")
    );
    let mut step2 = step1.to_vec();
    step2[0] = ("step", "2");
    step2.push((
        "goal",
        "The women feel confident using English day to day and have more chances to do so.",
    ));
    let to = location(&app.post_form("/plans/new", &step2).await);
    assert!(to.ends_with("/steps/outcomes"), "{to}");
    let id = to
        .trim_start_matches("/plans/")
        .trim_end_matches("/steps/outcomes")
        .to_owned();
    let base = format!("/plans/{id}");

    // The checks start by listing what is missing.
    let first = check_statuses(&app, &id).await;
    let failing: Vec<&str> = first
        .iter()
        .filter(|(_, s)| s == "fail")
        .map(|(c, _)| c.as_str())
        .collect();
    for missing in [
        "several-domains",
        "receiving-community-measured",
        "stakeholders-of-all-three-kinds",
        "theory-of-change-connected",
        "evaluation-plan-before-start",
    ] {
        assert!(
            failing.contains(&missing),
            "{missing} should fail first: {first:?}"
        );
    }
    let outcomes_step = app.get(&format!("{base}/steps/outcomes")).await;
    assert!(outcomes_step.body.contains("Still missing"));
    assert!(outcomes_step.body.contains("What short-term changes"));

    // Step 3: outcomes, the later one first, as the guide works backwards.
    let back = format!("{base}/steps/outcomes");
    location(
        &app.post_form(
            &format!("{base}/edit/outcome/new"),
            &[
                (
                    "text",
                    "Women and local residents know one another and can ask each other for help",
                ),
                ("next", "goal"),
                ("back", &back),
            ],
        )
        .await,
    );
    let doc = document(&app, &id).await;
    let know = node_id(&doc, "outcomes", "Women and local residents");
    let to = location(
        &app.post_form(
            &format!("{base}/edit/outcome/new"),
            &[
                (
                    "text",
                    "Participants have regular conversations with local English speakers",
                ),
                ("next", "goal"),
                ("next", &know),
                ("back", &back),
            ],
        )
        .await,
    );
    assert_eq!(to, back, "the form returns to the step");
    let doc = document(&app, &id).await;
    let talk = node_id(&doc, "outcomes", "Participants have");

    // Step 4: outputs; step 5: activities and resources.
    location(
        &app.post_form(
            &format!("{base}/edit/output/new"),
            &[
                ("text", "Regular interactions with local English speakers"),
                ("next", &talk),
            ],
        )
        .await,
    );
    location(
        &app.post_form(
            &format!("{base}/edit/output/new"),
            &[
                (
                    "text",
                    "Supported informal language practice with flexible access",
                ),
                ("next", &talk),
            ],
        )
        .await,
    );
    let doc = document(&app, &id).await;
    let interactions = node_id(&doc, "outputs", "Regular interactions");
    let practice = node_id(&doc, "outputs", "Supported informal");
    location(
        &app.post_form(
            &format!("{base}/edit/activity/new"),
            &[
                (
                    "text",
                    "Drop-in café sessions where women chat in English with local volunteers",
                ),
                (
                    "resources",
                    "Community centre room\nTea and coffee\nPart-time coordinator",
                ),
                ("next", &interactions),
                ("next", &practice),
            ],
        )
        .await,
    );
    location(
        &app.post_form(
            &format!("{base}/edit/activity/new"),
            &[
                ("text", "Supervised play for children during every session"),
                ("resources", "Qualified play worker"),
                ("next", &practice),
            ],
        )
        .await,
    );

    // Step 6: an assumption with evidence on every link from an output or outcome.
    let doc = document(&app, &id).await;
    let links = doc["links"].as_array().expect("links").clone();
    assert_eq!(links.len(), 8);
    for (i, link) in links.iter().enumerate() {
        let from = link["from"].as_str().unwrap_or_default();
        if from == interactions || from == practice || from == talk || from == know {
            location(
                &app.post_form(
                    &format!("{base}/edit/assumption/{i}.new"),
                    &[
                        (
                            "text",
                            "Friendly, informal sessions at fixed times keep people coming",
                        ),
                        ("status", "untested"),
                        ("rows", "2"),
                        (
                            "evidence-0-source",
                            "Conversations with ESOL tutors during design",
                        ),
                        ("evidence-0-kind", "qualitative"),
                        ("evidence-0-strength", "moderate"),
                        ("evidence-1-source", ""),
                    ],
                )
                .await,
            );
        }
    }

    // Step 7: stakeholders of all three kinds, from the design.
    for (name, kind) in [
        (
            "A panel of six women from the target group",
            "newcomer_group",
        ),
        ("Local residents who volunteer", "receiving_community"),
        (
            "Council resettlement and integration team",
            "public_institution",
        ),
    ] {
        location(
            &app.post_form(
                &format!("{base}/edit/stakeholder/new"),
                &[
                    ("name", name),
                    ("kind", kind),
                    ("role", "Shape the sessions"),
                    ("involved_from", "design"),
                ],
            )
            .await,
        );
    }
    location(
        &app.post_form(
            &format!("{base}/edit/details"),
            &[
                ("title", "Language and friendship café"),
                ("kind", "intervention"),
                (
                    "problem",
                    "Recently arrived women struggle to keep going to ESOL classes.",
                ),
                ("start_date", "2025-09-01"),
                ("domains", "ioi-2019/language-and-communication"),
                ("domains", "ioi-2019/social-bridges"),
            ],
        )
        .await,
    );

    // Step 8: indicators chosen from the catalogue, for both sides, against local baselines.
    let chooser = app
        .get(&format!("{base}/outcomes/{talk}/indicators?q=conversation"))
        .await;
    assert_eq!(chooser.status, StatusCode::OK);
    assert!(chooser.body.contains("Add to this outcome"));
    assert!(chooser.body.contains("ioi-2019/bri-simple-conversation"));
    let form = app
        .get(&format!(
            "{base}/edit/indicator/{talk}.new?indicator=ioi-2019%2Fbri-simple-conversation"
        ))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("A percentage from 0 to 100"));
    let doc = document(&app, &id).await;
    let women = group_id(&doc, "Recently arrived women");
    let residents = group_id(&doc, "English-speaking local residents");
    for (outcome, indicator, group, baseline, target) in [
        (
            &talk,
            "ioi-2019/lan-practice-outside-class",
            &women,
            "15",
            "60",
        ),
        (
            &talk,
            "ioi-2019/bri-simple-conversation",
            &women,
            "25",
            "55",
        ),
        (
            &know,
            "ioi-2019/bri-ask-neighbours-for-help",
            &women,
            "20",
            "45",
        ),
        (
            &know,
            "ioi-2019/bri-ask-neighbours-for-help",
            &residents,
            "55",
            "65",
        ),
    ] {
        location(
            &app.post_form(
                &format!("{base}/edit/indicator/{outcome}.new"),
                &[
                    ("indicator", indicator),
                    ("groups", group),
                    ("direction", "up"),
                    ("baseline", baseline),
                    ("baseline_source", "local"),
                    ("baseline_note", "Intake conversations, July–August 2025"),
                    ("target", target),
                    ("target_date", "2026-07-31"),
                ],
            )
            .await,
        );
    }

    // Step 9: the evaluation plan, with a baseline before the start and collections during.
    let doc = document(&app, &id).await;
    let council = doc["stakeholders"]
        .as_array()
        .expect("stakeholders")
        .iter()
        .find(|s| {
            s["name"]
                .as_str()
                .unwrap_or_default()
                .starts_with("Council")
        })
        .and_then(|s| s["id"].as_str())
        .expect("the council")
        .to_owned();
    for outcome in [&talk, &know] {
        location(
            &app.post_form(
                &format!("{base}/edit/evaluation/{outcome}"),
                &[
                    ("methods", "participant_feedback"),
                    ("method-detail-participant_feedback", "End-of-session notes"),
                    ("methods", "survey"),
                    ("rows", "2"),
                    ("sample-0-kind", "participants"),
                    ("sample-0-description", "Every woman attending"),
                    ("sample-0-size", "40"),
                    ("sample-1-kind", ""),
                    ("baseline_date", "2025-08-15"),
                    (
                        "collections",
                        "2025-12-12 Mid-point survey\n2026-07-17 End survey",
                    ),
                    ("frequency", "Each term"),
                    (
                        "analysis",
                        "Compare each survey with the baseline for both groups",
                    ),
                    ("responsible", &council),
                ],
            )
            .await,
        );
    }

    let last = check_statuses(&app, &id).await;
    let not_passed: Vec<&(String, String)> = last.iter().filter(|(_, s)| s != "pass").collect();
    assert!(
        not_passed.is_empty(),
        "every check should pass: {not_passed:?}"
    );

    let page = app.get(&base).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("17 passed"));
    assert!(!page.body.contains("govuk-tag--red"));
    let step = app.get(&format!("{base}/steps/evaluation")).await;
    assert!(
        step.body
            .contains("Nothing: every check that applies has passed")
    );
}

#[tokio::test]
async fn a_form_with_mistakes_shows_an_error_summary_and_saves_nothing() {
    let app = TestApp::with_org("council", "A council").await;
    let reply = app
        .post_form(
            "/plans/new",
            &[
                ("step", "1"),
                ("title", ""),
                ("kind", "intervention"),
                ("start_date", "2025-13-45"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = reply.texts(".govuk-error-summary__list a");
    assert!(
        summary.contains(&"Enter what the plan is called".to_owned()),
        "{summary:?}"
    );
    assert!(
        summary
            .iter()
            .any(|s| s.starts_with("The start date must be a real date"))
    );
    assert!(reply.body.contains("<title>Error:"));
    assert!(
        app.store()
            .plans(tessera_store::OrgId(1))
            .await
            .expect("plans")
            .is_empty()
    );

    let to = location(
        &app.post_form(
            "/plans/new",
            &[
                ("step", "2"),
                ("title", "Café"),
                ("kind", "intervention"),
                ("goal", "People get on"),
            ],
        )
        .await,
    );
    let base = to.trim_end_matches("/steps/outcomes").to_owned();
    // An output cannot lead to the goal directly: the link form says so.
    location(
        &app.post_form(
            &format!("{base}/edit/output/new"),
            &[("text", "Sessions held")],
        )
        .await,
    );
    let reply = app
        .post_form(
            &format!("{base}/edit/link/new"),
            &[("from", "sessions-held"), ("to", "goal")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.body.contains("an output cannot lead to a goal"),
        "{}",
        reply.body
    );
    let id = base.trim_start_matches("/plans/");
    assert!(
        document(&app, id).await["links"]
            .as_array()
            .expect("links")
            .is_empty()
    );
}

async fn import(app: &TestApp, json: &str) -> Reply {
    app.post_multipart(
        "/plans/import",
        &[("file", Some("plan.json"), json.as_bytes())],
    )
    .await
}

#[tokio::test]
async fn the_diagram_shows_every_node_and_link_with_its_text_outline() {
    let app = TestApp::with_org("council", "A council").await;
    let to = location(&import(&app, LANGUAGE_CAFE).await);
    let page = app.get(&to).await;
    assert_eq!(page.status, StatusCode::OK);
    let plan = tessera_plan::Plan::from_json(LANGUAGE_CAFE).expect("valid");
    let html = page.html();
    let svg = scraper::Selector::parse("figure svg[role=img]").expect("selector");
    let svg = html.select(&svg).next().expect("the diagram");
    assert!(svg.value().attr("aria-labelledby").is_some());
    let inner = svg.html();
    assert!(inner.contains("<title id=\"toc-title\">"));
    assert!(inner.contains("<desc id=\"toc-desc\">"));
    assert!(inner.contains("marker-end=\"url(#toc-arrow)\""));
    for node in plan.nodes() {
        assert!(
            inner.contains(&format!("data-node=\"{}\"", node.id())),
            "node {}",
            node.id()
        );
    }
    for link in &plan.links {
        assert!(
            inner.contains(&format!(
                "data-from=\"{}\" data-to=\"{}\"",
                link.from, link.to
            )),
            "link {} → {}",
            link.from,
            link.to
        );
    }
    let outline = page.texts(".tessera-outline li");
    assert_eq!(outline.len(), tessera_plan::layout(&plan).outline().len());
    assert!(outline[0].starts_with("Goal: The women feel confident"));
}

#[tokio::test]
async fn the_printable_view_holds_the_diagram_evaluation_plan_and_checks() {
    let app = TestApp::with_org("council", "A council").await;
    let to = location(&import(&app, LANGUAGE_CAFE).await);
    let print = app.get(&format!("{to}/print")).await;
    assert_eq!(print.status, StatusCode::OK);
    assert!(print.body.contains("role=\"img\""));
    assert!(print.body.contains("The theory of change as text"));
    assert!(print.body.contains("Evaluation plan"));
    assert!(
        print
            .body
            .contains("12 December 2025: Mid-point survey and review of session notes")
    );
    assert!(print.body.contains("id=\"checks-heading\""));
    assert!(print.body.contains("17 passed"));
    assert!(print.body.contains("Progress"));
    assert!(
        !print.body.contains("Change<span"),
        "no edit links in print"
    );

    let calendar = app.get(&format!("{to}/calendar")).await;
    assert_eq!(calendar.status, StatusCode::OK);
    assert!(calendar.body.contains("Calendar of data collection"));
}

#[tokio::test]
async fn importing_the_weak_plan_reports_exactly_what_it_lacks() {
    let app = TestApp::with_org("council", "A council").await;
    let to = location(&import(&app, WEAK_PLAN).await);
    let id = to.trim_start_matches("/plans/");
    let failing: Vec<String> = check_statuses(&app, id)
        .await
        .into_iter()
        .filter(|(_, s)| s == "fail" || s == "warn")
        .map(|(c, _)| c)
        .collect();
    assert_eq!(
        failing,
        vec![
            "several-domains",
            "several-domain-types",
            "receiving-community-measured",
            "stakeholders-of-all-three-kinds",
            "evaluation-plan-before-start",
        ]
    );
    let page = app.get(&to).await;
    assert_eq!(page.texts(".tessera-check .govuk-tag--red").len(), 5);
}

#[tokio::test]
async fn an_invalid_plan_file_lists_every_problem_with_its_path_and_saves_nothing() {
    let app = TestApp::with_org("council", "A council").await;
    let mut bad: serde_json::Value = serde_json::from_str(LANGUAGE_CAFE).expect("json");
    bad["goal"] = "".into();
    bad["links"][0]["to"] = "nowhere".into();
    let reply = import(&app, &bad.to_string()).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problems = reply.texts(".tessera-import-problems li");
    assert!(
        problems.iter().any(|p| p.starts_with("$.goal:")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with("$.links[0].to:")),
        "{problems:?}"
    );
    assert_eq!(
        reply.texts(".govuk-error-summary__list li").len(),
        problems.len()
    );

    let syntax = app
        .post_multipart("/plans/import", &[("json", None, b"{ \"title\": ")])
        .await;
    assert_eq!(syntax.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(syntax.body.contains("line 1"));
    assert!(
        app.get("/api/v1/plans").await.json()["plans"]
            .as_array()
            .expect("list")
            .is_empty()
    );
}

#[tokio::test]
async fn export_gives_back_the_documented_format_and_the_api_round_trips_it() {
    let app = TestApp::with_org("council", "A council").await;
    let created = app.send_json("POST", "/api/v1/plans", LANGUAGE_CAFE).await;
    assert_eq!(created.status, StatusCode::CREATED);
    let id = created.json()["id"].as_i64().expect("id");
    let export = app.get(&format!("/plans/{id}/export.json")).await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(
        export
            .header(header::CONTENT_DISPOSITION)
            .unwrap_or_default()
            .contains("attachment")
    );
    let round = tessera_plan::Plan::from_json(&export.body).expect("the export is a valid plan");
    assert_eq!(
        round,
        tessera_plan::Plan::from_json(LANGUAGE_CAFE).expect("valid")
    );

    let list = app.get("/api/v1/plans").await.json();
    assert_eq!(list["plans"][0]["checks"]["passed"], 17);
    let mut changed: serde_json::Value = serde_json::from_str(LANGUAGE_CAFE).expect("json");
    changed["title"] = "Renamed café".into();
    let put = app
        .send_json("PUT", &format!("/api/v1/plans/{id}"), &changed.to_string())
        .await;
    assert_eq!(put.status, StatusCode::OK);
    assert_eq!(put.json()["title"], "Renamed café");
    let invalid = app
        .send_json("PUT", &format!("/api/v1/plans/{id}"), "{\"title\": 3}")
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.json()["errors"][0]["detail"].is_string());
    let delete = app
        .send_json("DELETE", &format!("/api/v1/plans/{id}"), "")
        .await;
    assert_eq!(delete.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get(&format!("/api/v1/plans/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn another_organisations_plan_is_not_found_on_every_route() {
    // Requests act for the first organisation by name: Alpha.
    let app = TestApp::with_org("alpha", "Alpha").await;
    let beta = app.add_org("beta", "Beta").await;
    let plan = tessera_plan::Plan::from_json(LANGUAGE_CAFE).expect("valid");
    let record = app
        .store()
        .create_plan(NewPlan {
            org: beta,
            title: plan.title.clone(),
            document: serde_json::to_value(&plan).expect("json"),
            created_by: "test".to_owned(),
        })
        .await
        .expect("create");
    let id = record.id;
    for uri in [
        format!("/plans/{id}"),
        format!("/plans/{id}/print"),
        format!("/plans/{id}/calendar"),
        format!("/plans/{id}/export.json"),
        format!("/plans/{id}/steps/outcomes"),
        format!("/plans/{id}/outcomes/talk-regularly/indicators"),
        format!("/plans/{id}/edit/details"),
        format!("/plans/{id}/edit/outcome/talk-regularly"),
        format!("/api/v1/plans/{id}"),
        format!("/api/v1/plans/{id}/checks"),
        format!("/api/v1/plans/{id}/progress"),
    ] {
        assert_eq!(
            app.get(&uri).await.status,
            StatusCode::NOT_FOUND,
            "GET {uri}"
        );
    }
    for uri in [
        format!("/plans/{id}/edit/goal"),
        format!("/plans/{id}/edit/outcome/talk-regularly/remove"),
        format!("/plans/{id}/delete"),
    ] {
        let reply = app.post_form(&uri, &[("goal", "Taken over")]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "POST {uri}");
    }
    assert_eq!(
        app.send_json("PUT", &format!("/api/v1/plans/{id}"), LANGUAGE_CAFE)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let delete = app
        .send_json("DELETE", &format!("/api/v1/plans/{id}"), "")
        .await;
    assert_eq!(delete.status, StatusCode::NOT_FOUND);
    assert!(delete.json()["errors"][0]["detail"].is_string());
    assert!(app.get("/plans").await.body.contains("no plans yet"));
    let kept = app
        .store()
        .plan(beta, id)
        .await
        .expect("read")
        .expect("still there");
    assert_eq!(kept.document, record.document);
}

#[tokio::test]
async fn the_demo_cafe_is_judged_from_its_participants_and_the_town_survey_is_only_context() {
    let app = crate::participants::demo_with_participants().await;
    let list = app.get("/plans").await;
    assert_eq!(list.status, StatusCode::OK);
    let plans = app.get("/api/v1/plans").await.json();
    let cafe = plans["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .find(|p| p["title"] == "Language and friendship café")
        .expect("the café")["id"]
        .as_i64()
        .expect("id");
    let mut progress = serde_json::Value::Null;
    for _ in 0..200 {
        progress = app
            .get(&format!("/api/v1/plans/{cafe}/progress"))
            .await
            .json();
        if progress["computing"] == false {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let rows = progress["progress"].as_array().expect("rows");
    let women = rows
        .iter()
        .find(|r| {
            r["indicator"] == "ioi-2019/bri-ask-neighbours-for-help" && r["side"] == "newcomers"
        })
        .expect("the main indicator");
    assert_eq!(women["evidence"], "participants", "{women}");
    assert_eq!(women["dataset"], serde_json::Value::Null);
    assert_eq!(women["baseline"], 20.0);
    assert_eq!(women["unit"]["kind"], "percentage");
    let change = &women["change"];
    assert_eq!(change["n_baseline"], 39);
    assert!(change["n_followed_up"].as_u64().expect("followed up") < 39);
    assert!(change["ci_low"].as_f64().expect("low") < change["estimate"].as_f64().expect("est"));
    assert!(
        ["on_track", "off_track", "cant_tell_yet"]
            .contains(&women["status"].as_str().unwrap_or_default())
    );
    assert!(
        rows.iter().all(|r| r["evidence"] == "participants"),
        "no judged row comes from the town survey"
    );
    let context = progress["context"].as_array().expect("context");
    assert!(!context.is_empty());
    for row in context {
        assert_eq!(row["evidence"], "context");
        assert_eq!(row["dataset_name"], serde_json::Value::Null);
        assert_eq!(
            row["source_name"],
            "Kestrel Bay residents' survey 2023–2025"
        );
        assert_eq!(row["status"], serde_json::Value::Null, "{row}");
        assert_eq!(row["not_judged"], "context");
    }
    let trust = rows
        .iter()
        .find(|r| r["indicator"] == "local/trust-people-locally")
        .expect("the 0–10 trust indicator");
    assert_eq!(trust["unit"]["kind"], "mean");
    assert_eq!(trust["unit"]["max"], 10.0);
    assert!(trust["estimate"].as_f64().expect("a mean") <= 10.0);

    let page = app.get(&format!("/plans/{cafe}")).await;
    let statuses = page.texts(".tessera-progress__status");
    assert!(!statuses.is_empty());
    assert!(
        statuses
            .iter()
            .all(|s| ["on track", "off track", "can't tell yet"].contains(&s.as_str())),
        "{statuses:?}"
    );
    let evidence = page.texts(".tessera-progress__evidence");
    assert!(
        evidence
            .iter()
            .all(|e| e.starts_with("The plan's participants")),
        "{evidence:?}"
    );
    assert!(page.body.contains("Mean on a scale of 0 to 10"));
    let labelled = page.texts(".tessera-progress__context");
    assert_eq!(labelled.len(), context.len());
    assert!(labelled.iter().all(|l| l == "Context only"), "{labelled:?}");
    assert!(page.texts(".tessera-progress-context__row").len() == context.len());

    let welsh = app.get(&format!("/plans/{cafe}?lang=cy")).await;
    assert!(welsh.body.contains("Cyd-destun: y boblogaeth ehangach"));
    assert!(
        welsh
            .texts(".tessera-progress__context")
            .iter()
            .all(|l| l == "Cyd-destun yn unig")
    );
    assert!(welsh.body.contains("Cymedr ar raddfa o 0 i 10"));
}

/// The café with its neighbour-help indicator measured as a mean on 0–10 from the demo survey,
/// whose measure of it is a share of people.
fn cafe_with_a_mean_against_a_percentage() -> String {
    let mut plan: serde_json::Value = serde_json::from_str(LANGUAGE_CAFE).expect("json");
    let ind = &mut plan["outcomes"][1]["indicators"][0];
    assert_eq!(ind["indicator"], "ioi-2019/bri-ask-neighbours-for-help");
    ind["baseline"] = 6.0.into();
    ind["target"] = 7.0.into();
    ind["unit"] = serde_json::json!({"kind": "mean", "min": 0, "max": 10});
    ind["evidence"] = serde_json::json!({"source": "dataset", "dataset": 1});
    plan.to_string()
}

#[tokio::test]
async fn a_mean_target_against_percentage_evidence_cannot_be_saved_anywhere() {
    let app = TestApp::demo().await;
    let message = "The baseline and target are written as “Mean on a scale of 0 to 10” but the evidence (A dataset of the people reached) gives “Percentage”: change the unit to the evidence's, or choose other evidence.";
    let before = app.get("/api/v1/plans").await.json()["plans"]
        .as_array()
        .expect("plans")
        .len();
    // The API.
    let api = app
        .send_json(
            "POST",
            "/api/v1/plans",
            &cafe_with_a_mean_against_a_percentage(),
        )
        .await;
    assert_eq!(api.status, StatusCode::UNPROCESSABLE_ENTITY);
    let errors = api.json()["errors"].clone();
    assert_eq!(
        errors[0]["source"]["path"],
        "$.outcomes[1].indicators[0].unit"
    );
    assert!(
        errors[0]["detail"]
            .as_str()
            .unwrap_or_default()
            .ends_with(message),
        "{errors}"
    );
    // The plan file.
    let file = cafe_with_a_mean_against_a_percentage();
    let import = app
        .post_multipart("/plans/import", &[("json", None, file.as_bytes())])
        .await;
    assert_eq!(import.status, StatusCode::UNPROCESSABLE_ENTITY);
    let listed = import.texts(".govuk-error-summary__list li");
    assert!(listed.iter().any(|l| l.ends_with(message)), "{listed:?}");
    // The form, in English and Welsh.
    let cafe = 1;
    let fields = [
        ("indicator", "ioi-2019/bri-ask-neighbours-for-help"),
        ("groups", "women-learning-english"),
        ("direction", "up"),
        ("baseline", "6"),
        ("target", "7"),
        ("unit", "mean"),
        ("unit_min", "0"),
        ("unit_max", "10"),
        ("source", "dataset"),
        ("evidence_dataset", "1"),
    ];
    let uri = format!("/plans/{cafe}/edit/indicator/know-neighbours.0");
    let form = app.post_form(&uri, &fields).await;
    assert_eq!(form.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = form.texts(".govuk-error-summary__list a");
    assert_eq!(summary, vec![message.to_owned()]);
    assert!(
        form.body.contains("href=\"#unit"),
        "the error links to the unit field"
    );
    let welsh = app.post_form(&format!("{uri}?lang=cy"), &fields).await;
    assert!(
        welsh.texts(".govuk-error-summary__list a")[0].starts_with("Mae'r llinell sylfaen"),
        "{}",
        welsh.body
    );
    assert_eq!(
        app.get("/api/v1/plans").await.json()["plans"]
            .as_array()
            .expect("plans")
            .len(),
        before,
        "nothing was saved"
    );
    let stored = app.get(&format!("/api/v1/plans/{cafe}")).await.json();
    assert_eq!(
        stored["plan"]["outcomes"][1]["indicators"][0]["unit"]["kind"],
        "percentage"
    );
    // The same form with the evidence's unit is saved.
    let mut fixed = fields.to_vec();
    fixed.retain(|(k, _)| !["unit", "unit_min", "unit_max", "baseline", "target"].contains(k));
    fixed.extend([("unit", "percentage"), ("baseline", "20"), ("target", "45")]);
    let saved = app.post_form(&uri, &fixed).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let stored = app.get(&format!("/api/v1/plans/{cafe}")).await.json();
    assert_eq!(
        stored["plan"]["outcomes"][1]["indicators"][0]["evidence"],
        serde_json::json!({"source": "dataset", "dataset": 1})
    );
}

#[tokio::test]
async fn a_survey_collected_before_the_plan_started_is_shown_but_never_judged() {
    let app = TestApp::demo().await;
    // The café judged from the demo survey (waves 2023–2025), starting in 2026.
    let mut plan: serde_json::Value = serde_json::from_str(LANGUAGE_CAFE).expect("json");
    plan["start_date"] = "2026-01-05".into();
    plan["outcomes"][1]["indicators"][0]["evidence"] =
        serde_json::json!({"source": "dataset", "dataset": 1});
    let created = app
        .send_json("POST", "/api/v1/plans", &plan.to_string())
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let id = created.json()["id"].as_i64().expect("id");
    let mut progress = serde_json::Value::Null;
    for _ in 0..200 {
        progress = app
            .get(&format!("/api/v1/plans/{id}/progress"))
            .await
            .json();
        if progress["computing"] == false {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let row = progress["progress"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["evidence"] == "dataset")
        .expect("the survey row")
        .clone();
    assert_eq!(row["period"], "2025");
    assert!(row["estimate"].as_f64().is_some(), "the figure is shown");
    assert_eq!(row["status"], serde_json::Value::Null);
    assert_eq!(row["not_judged"], "before_start");
    assert_eq!(row["status_label"], "before the plan started, not judged");

    let page = app.get(&format!("/plans/{id}")).await;
    let not_judged = page.texts(".tessera-progress__not-judged");
    assert_eq!(not_judged, vec!["Before the plan started".to_owned()]);
    assert!(
        page.body
            .contains("Collected before the plan started: a baseline, not progress")
    );
    let welsh = app.get(&format!("/plans/{id}?lang=cy")).await;
    assert_eq!(
        welsh.texts(".tessera-progress__not-judged"),
        vec!["Cyn i'r cynllun ddechrau".to_owned()]
    );
}

#[tokio::test]
async fn a_plan_written_before_evidence_sources_shows_its_old_datasets_only_as_context() {
    let app = TestApp::demo().await;
    let org = app.demo_org().await;
    // The café as stored before units and evidence existed.
    let mut old: serde_json::Value = serde_json::from_str(LANGUAGE_CAFE).expect("json");
    for o in old["outcomes"].as_array_mut().expect("outcomes") {
        for i in o["indicators"].as_array_mut().expect("indicators") {
            let i = i.as_object_mut().expect("an indicator");
            i.remove("unit");
            i.remove("evidence");
        }
    }
    let record = app
        .store()
        .create_plan(NewPlan {
            org: org.id,
            title: "An old café plan".to_owned(),
            document: old,
            created_by: "test".to_owned(),
        })
        .await
        .expect("create");
    let id = record.id;
    let mut progress = serde_json::Value::Null;
    for _ in 0..200 {
        progress = app
            .get(&format!("/api/v1/plans/{id}/progress"))
            .await
            .json();
        if progress["computing"] == false {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(
        progress["progress"],
        serde_json::json!([]),
        "nothing is judged"
    );
    let context = progress["context"].as_array().expect("context");
    assert_eq!(
        context.len(),
        2,
        "the survey, for both sides of neighbour help"
    );
    assert!(context.iter().all(|r| r["status"].is_null()));
    // Its indicator form offers the survey as the indicator's context, already ticked, so
    // saving the form keeps it.
    let form = app
        .get(&format!("/plans/{id}/edit/indicator/know-neighbours.0"))
        .await;
    assert!(
        form.body
            .contains(r#"name="context" type="checkbox" value="1" checked"#),
        "{}",
        form.body
    );
    assert!(
        form.body
            .contains(r#"name="source" type="radio" value="context" checked"#)
    );
}
