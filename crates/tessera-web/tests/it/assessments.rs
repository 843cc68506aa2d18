//! Self-assessment pages (issue 18): the Inclusive Cities self-assessment taken, acted on and
//! repeated a year later, the barriers self-assessment with its suggestions, refusals, roles,
//! and both in Welsh.

use axum::http::{StatusCode, header};
use tessera_store::Role;
use tessera_store::prelude::*;

use crate::support::{Reply, TestApp};

fn location(reply: &Reply) -> String {
    reply
        .header(header::LOCATION)
        .unwrap_or_default()
        .to_owned()
}

/// Takes an assessment through the form; the address of its page.
async fn take(app: &TestApp, kind: &str, fields: &[(&str, &str)]) -> String {
    let reply = app
        .post_form(&format!("/assessments/{kind}/new"), fields)
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let to = location(&reply);
    assert!(to.ends_with("?done=saved"), "{to}");
    to.split('?').next().expect("path").to_owned()
}

#[tokio::test]
async fn a_council_scores_its_policy_turns_a_gap_into_an_action_and_sees_movement_a_year_later() {
    let app = TestApp::demo().await;
    let form = app.get("/assessments/inclusive-cities/new").await;
    assert_eq!(form.status, StatusCode::OK);
    // Five principles and five thematic areas, each with what good looks like.
    assert_eq!(form.texts("fieldset legend").len(), 10);
    assert!(
        form.body
            .contains("What good looks like:</strong> The council&#39;s leaders say publicly")
            || form
                .body
                .contains("What good looks like:</strong> The council's leaders"),
        "{}",
        form.body
    );
    let first = take(
        &app,
        "inclusive-cities",
        &[
            ("title", "Policy review 2025"),
            ("taken_on", "01/03/2025"),
            ("level-principle-local-leadership", "1"),
            ("level-principle-data-and-evidence", "3"),
            ("level-area-connecting-communities", "4"),
            ("notes-principle-local-leadership", "No cabinet lead yet"),
        ],
    )
    .await;
    let page = app.get(&first).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), ["Policy review 2025"]);
    // The chart has a title and a description, and the table the same levels.
    assert_eq!(
        page.texts("svg.tessera-chart title")[0],
        "Level given to each item"
    );
    let desc = page.texts("svg.tessera-chart desc").join(" ");
    assert!(
        desc.contains("P1 Lead locally to bring about change: 1 (Early thinking)"),
        "{desc}"
    );
    let rows = page.texts("#levels-table tbody tr");
    assert_eq!(rows.len(), 10);
    assert!(
        rows[0].contains("1 – Early thinking") && rows[0].contains("No cabinet lead yet"),
        "{}",
        rows[0]
    );
    // Gaps, largest first: leadership (3 below the top), then data and evidence (1 below);
    // connecting communities is at the top, so it is no gap.
    let gaps = page.texts("#gaps ~ .tessera-measure h3");
    assert_eq!(
        gaps,
        [
            "P1 Lead locally to bring about change",
            "P4 Use available data and evidence to understand the place, set priorities and goals, monitor impact and update the strategy"
        ]
    );
    // A gap becomes an action in one of the organisation's plans.
    let demo = app.demo_org().await;
    let plan = app.store().plans(demo.id).await.expect("plans")[0].clone();
    let refused = app
        .post_form(
            &format!("{first}/actions"),
            &[
                ("item", "principle:local-leadership"),
                ("text", ""),
                ("plan", "987654"),
                ("due", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        refused.texts(".govuk-error-summary__list a"),
        [
            "Say what will be done.",
            "Choose one of your organisation's plans, or none."
        ]
    );
    let added = app
        .post_form(
            &format!("{first}/actions"),
            &[
                ("item", "principle:local-leadership"),
                ("text", "Name a cabinet lead for inclusion"),
                ("plan", &plan.id.to_string()),
                ("due", "30/09/2025"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let page = app.get(&first).await;
    let action = page.texts("#actions-table tbody tr").join(" ");
    assert!(
        action.contains("Name a cabinet lead for inclusion"),
        "{action}"
    );
    assert!(action.contains(&plan.title), "{action}");
    assert!(action.contains("30 September 2025"), "{action}");
    assert!(page.body.contains(&format!("href=\"/plans/{}\"", plan.id)));

    // A year later.
    let second = take(
        &app,
        "inclusive-cities",
        &[
            ("title", "Policy review 2026"),
            ("taken_on", "2026-03-01"),
            ("level-principle-local-leadership", "3"),
            ("level-principle-data-and-evidence", "2"),
            ("level-area-connecting-communities", "4"),
        ],
    )
    .await;
    let from = first.rsplit('/').next().expect("id");
    let to = second.rsplit('/').next().expect("id");
    // Either order: the earlier one is put first.
    let compared = app
        .get(&format!(
            "/assessments/inclusive-cities/compare?from={to}&to={from}"
        ))
        .await;
    assert_eq!(compared.status, StatusCode::OK, "{}", compared.body);
    assert_eq!(
        compared.texts("#between"),
        ["From \"Policy review 2025\" to \"Policy review 2026\"."]
    );
    assert_eq!(
        compared.texts("#summary"),
        ["Moved forward: 1. No change: 1. Moved back: 1. Not scored in both: 7."]
    );
    let rows = compared.texts("#movement-table tbody tr");
    assert_eq!(
        rows[0],
        "P1 Lead locally to bring about change 1 – Early thinking 3 – Established +2 Moved forward"
    );
    assert_eq!(compared.texts("svg.tessera-chart").len(), 1);
    let list = app.get("/assessments/inclusive-cities").await;
    assert_eq!(list.texts("#assessments tbody tr").len(), 2);
    assert_eq!(list.texts("#compare").len(), 1);

    // The same pages in Welsh.
    let welsh = app.get(&format!("{first}?lang=cy")).await;
    assert_eq!(welsh.status, StatusCode::OK);
    assert!(welsh.body.contains("<html lang=\"cy\""));
    assert_eq!(welsh.texts("#where"), ["Ble rydych chi'n sefyll"]);
    assert!(
        welsh.texts("#levels-table tbody tr")[0].contains("Arwain yn lleol i sicrhau newid"),
        "the pack's Welsh names are used"
    );
    let welsh = app
        .get(&format!(
            "/assessments/inclusive-cities/compare?from={from}&to={to}&lang=cy"
        ))
        .await;
    assert_eq!(welsh.texts("h1"), ["Cymhariaeth o ddau asesiad"]);
    let welsh = app.get("/assessments?lang=cy").await;
    assert_eq!(
        welsh.texts("#count-inclusive-cities")[0].split('.').next(),
        Some("Wedi'i gymryd ddwywaith")
    );
}

#[tokio::test]
async fn a_level_off_the_scale_or_a_missing_title_is_refused_and_the_form_keeps_what_was_sent() {
    let app = TestApp::demo().await;
    let reply = app
        .post_form(
            "/assessments/inclusive-cities/new",
            &[
                ("title", ""),
                ("taken_on", "31/02/2026"),
                ("level-area-shared-local-story", "9"),
                ("notes-area-shared-local-story", "Draft story"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let errors = reply.texts(".govuk-error-summary__list a");
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert_eq!(errors[0], "Enter a title, such as \"Policy review 2026\".");
    assert!(
        errors[1].contains("\"31/02/2026\" is not a date"),
        "{}",
        errors[1]
    );
    assert!(
        errors[2].starts_with("Choose a level from 0 to 4"),
        "{}",
        errors[2]
    );
    // Each message leads to its field.
    let html = reply.html();
    let link = scraper::Selector::parse(".govuk-error-summary__list a").expect("selector");
    let targets: Vec<&str> = html
        .select(&link)
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        targets,
        ["#title", "#taken_on", "#level-area-shared-local-story"]
    );
    assert_eq!(reply.texts("#level-area-shared-local-story").len(), 1);
    assert!(reply.body.contains("Draft story"));
    assert!(
        app.store()
            .assessments(app.demo_org().await.id, "inclusive-cities")
            .await
            .expect("read")
            .is_empty()
    );
}

#[tokio::test]
async fn barriers_that_weigh_come_with_suggestions_that_lead_to_the_toolkit_and_the_planner() {
    let app = TestApp::demo().await;
    let page = take(
        &app,
        "barriers",
        &[
            ("title", "Team check-in"),
            ("taken_on", "2026-05-01"),
            ("level-barrier-monitoring-data", "2"),
            ("level-barrier-evaluation-commitment", "1"),
            ("level-barrier-leadership-coordination", "0"),
            ("notes-barrier-monitoring-data", "No local survey"),
        ],
    )
    .await;
    let reply = app.get(&page).await;
    assert_eq!(reply.status, StatusCode::OK);
    let challenges = reply.texts("#gaps ~ .tessera-measure h3");
    assert_eq!(
        challenges,
        [
            "B5 Monitoring and data collection",
            "B4 Commitment to evaluation"
        ]
    );
    assert!(reply.body.contains("href=\"/frameworks/ioi-2019\""));
    assert!(reply.body.contains("href=\"/reference-values\""));
    // The demo organisation has plans, so planner suggestions open its latest plan's steps.
    assert!(reply.body.contains("/steps/evaluation\""), "{}", reply.body);
    assert!(!reply.body.contains("Leadership and coordination</h3>"));
}

#[tokio::test]
async fn viewers_read_assessments_but_only_editors_take_change_and_delete_them() {
    let app = TestApp::demo().await;
    let page = take(
        &app,
        "barriers",
        &[
            ("title", "Check"),
            ("taken_on", "2026-05-01"),
            ("level-barrier-resources-time", "1"),
        ],
    )
    .await;
    let demo = app.demo_org().await;
    let viewer = app.as_(Some(
        app.member(demo.id, "viewer@demo.example", Role::Viewer)
            .await,
    ));
    let read = viewer.get(&page).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.texts("#add-action").is_empty());
    assert!(read.texts("#edit").is_empty());
    for (path, fields) in [
        (
            "/assessments/barriers/new".to_owned(),
            vec![("title", "x"), ("taken_on", "2026-01-01")],
        ),
        (format!("{page}/edit"), vec![("title", "x")]),
        (format!("{page}/actions"), vec![("text", "x")]),
        (format!("{page}/delete"), vec![]),
    ] {
        assert_eq!(
            viewer.post_form(&path, &fields).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let confirm = app.get(&format!("{page}/delete")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert_eq!(confirm.texts("h1"), ["Delete \"Check\"?"]);
    let deleted = app.post_form(&format!("{page}/delete"), &[]).await;
    assert_eq!(location(&deleted), "/assessments/barriers?done=deleted");
    assert_eq!(app.get(&page).await.status, StatusCode::NOT_FOUND);
    let events = app.store().audit_events(demo.id, 5).await.expect("audit");
    assert!(
        events
            .iter()
            .any(|e| e.action == "delete" && e.object.starts_with("self-assessment:"))
    );
}
