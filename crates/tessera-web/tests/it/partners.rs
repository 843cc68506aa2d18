//! Partners reporting to a commissioner (issue 17) through the pages: a council invites the demo
//! organisation, which agrees with its café plan; the council sets a period; the demo submits a
//! report whose stories must have consent for sharing; the council reads it and the combined
//! view, accepts it; roles decide who may do what; the pages speak Welsh.

use axum::http::{StatusCode, header};
use tessera_store::Role;
use tessera_store::prelude::*;

use crate::support::{Identity, TestApp};

/// A snapshot with nothing in it, for tests that need a report to exist.
pub fn empty_snapshot() -> serde_json::Value {
    serde_json::to_value(tessera_app::partners::snapshot::ReportSnapshot {
        version: tessera_app::partners::snapshot::SNAPSHOT_VERSION,
        partner: "Gamma".to_owned(),
        plan_title: "Gamma club".to_owned(),
        period_label: "2026 Q1".to_owned(),
        period_start: "2026-01-01".to_owned(),
        period_end: "2026-03-31".to_owned(),
        narrative: String::new(),
        progress: Vec::new(),
        outputs: tessera_app::partners::snapshot::SnapshotOutputs::default(),
        stories: Vec::new(),
    })
    .expect("a snapshot is JSON")
}

struct World {
    app: TestApp,
    demo_owner: Identity,
    council_owner: Identity,
    council_viewer: Identity,
    strategy: String,
}

/// The demo (with participants and stories) and a council with a strategy plan.
async fn world() -> World {
    let app = TestApp::demo().await;
    let demo = app.demo_org().await;
    tessera_app::demo::seed_participants(app.store(), &demo)
        .await
        .expect("demo participants and stories");
    let demo_owner = app.identity().expect("demo owner");
    let council = app.add_org("riverside", "Riverside Council").await;
    let council_owner = app
        .member(council, "owner@riverside.example", Role::Owner)
        .await;
    let council_viewer = app
        .member(council, "viewer@riverside.example", Role::Viewer)
        .await;
    let document = app
        .store()
        .plan(demo.id, tessera_store::PlanId(1))
        .await
        .expect("read")
        .expect("plan 1")
        .document;
    let strategy = app
        .store()
        .create_plan(tessera_store::NewPlan {
            org: council,
            title: "Riverside welcome strategy".to_owned(),
            document,
            created_by: "t".to_owned(),
        })
        .await
        .expect("strategy")
        .id
        .to_string();
    World {
        app,
        demo_owner,
        council_owner,
        council_viewer,
        strategy,
    }
}

/// The `attr` of the first element matching `selector`.
fn first_attr(reply: &crate::support::Reply, selector: &str, attr: &str) -> String {
    let sel = scraper::Selector::parse(selector).expect("valid selector");
    reply
        .html()
        .select(&sel)
        .next()
        .and_then(|e| e.value().attr(attr))
        .unwrap_or_else(|| panic!("no {selector} with {attr}: {}", reply.body))
        .to_owned()
}

/// How many elements match `selector` and carry `attr`.
fn count_with(reply: &crate::support::Reply, selector: &str, attr: &str) -> usize {
    let sel = scraper::Selector::parse(selector).expect("valid selector");
    reply
        .html()
        .select(&sel)
        .filter(|e| e.value().attr(attr).is_some())
        .count()
}

fn location(reply: &crate::support::Reply) -> String {
    reply
        .header(header::LOCATION)
        .expect("a redirect")
        .to_owned()
}

#[tokio::test]
async fn a_council_links_the_demo_which_submits_a_report_the_council_reads_and_accepts() {
    let w = world().await;
    let council = w.app.as_(Some(w.council_owner.clone()));
    let demo = w.app.as_(Some(w.demo_owner.clone()));

    let invited = council
        .post_form(
            "/partners/invite",
            &[
                ("plan", w.strategy.as_str()),
                ("partner", "demo"),
                ("note", "Quarterly, please"),
            ],
        )
        .await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.body);
    assert_eq!(location(&invited), "/partners?done=invited");
    let list = council.get("/partners").await;
    assert_eq!(
        list.texts("#commissioned tbody tr td:nth-child(1)"),
        ["Demo Town Council"]
    );

    // The demo sees the invitation and agrees with its café plan.
    let list = demo.get("/partners").await;
    let link_href = first_attr(&list, "#reporting a", "href");
    let answer_form = demo.get(&link_href).await;
    assert!(
        answer_form.body.contains("decision-agree"),
        "{}",
        answer_form.body
    );
    let agreed = demo
        .post_form(
            &format!("{link_href}/answer"),
            &[("decision", "agree"), ("plan", "1")],
        )
        .await;
    assert_eq!(agreed.status, StatusCode::SEE_OTHER, "{}", agreed.body);

    // The council's viewer cannot set a period; its owner can.
    let viewer = w.app.as_(Some(w.council_viewer.clone()));
    let period_fields = [
        ("label", "2026 Q1"),
        ("period_start", "2026-01-01"),
        ("period_end", "2026-03-31"),
        ("due_on", "2026-04-30"),
    ];
    let refused = viewer
        .post_form(
            &format!("/partners/plans/{}/periods", w.strategy),
            &period_fields,
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let set = council
        .post_form(
            &format!("/partners/plans/{}/periods", w.strategy),
            &period_fields,
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    let strategy_page = council
        .get(&format!("/partners/plans/{}", w.strategy))
        .await;
    assert!(strategy_page.body.contains("2026 Q1"));

    // The demo's submit form offers its stories; one whose consent does not cover sharing is
    // only listed, not offered, and refused if sent anyway.
    let link_page = demo.get(&link_href).await;
    let period = first_attr(&link_page, "#period option", "value");
    let demo_org = w.app.demo_org().await;
    let shareable = tessera_app::partners::snapshot::may_share;
    let stories = w.app.store().stories(demo_org.id).await.expect("stories");
    let (yes, no): (Vec<_>, Vec<_>) = stories
        .iter()
        .partition(|s| shareable(&tessera_app::stories::consent::scopes(s)));
    assert!(!yes.is_empty() && !no.is_empty());
    assert_eq!(
        count_with(&link_page, &format!("#story-{}", yes[0].id), "value"),
        1,
        "a story with consent is offered"
    );
    assert_eq!(
        link_page.texts(&format!("#not-shareable #story-{}", no[0].id)),
        [no[0].title.clone()],
        "the story without consent is listed, not offered"
    );
    let refused = demo
        .post_form(
            &format!("{link_href}/submit"),
            &[
                ("period", period.as_str()),
                ("stories", &no[0].id.to_string()),
                ("narrative", "A good quarter"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(
        refused.body.contains("cannot be shared"),
        "{}",
        refused.body
    );
    let submitted = demo
        .post_form(
            &format!("{link_href}/submit"),
            &[
                ("period", period.as_str()),
                ("stories", &yes[0].id.to_string()),
                ("narrative", "A good quarter"),
            ],
        )
        .await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.body
    );
    let report = location(&submitted);
    let report = report.split('?').next().expect("path").to_owned();

    // The council reads it (with the story) and the combined view, each table in its region.
    let page = council.get(&report).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&yes[0].title));
    assert!(!page.body.contains(&no[0].title));
    assert_eq!(page.texts("#outputs tbody td").len(), 5);
    let combined = council.get(&format!("/partners/periods/{period}")).await;
    assert_eq!(combined.status, StatusCode::OK, "{}", combined.body);
    assert_eq!(
        combined.texts("#combined-outputs tbody th"),
        ["Demo Town Council", "All partners"]
    );
    // The partner cannot see the combined view.
    assert_eq!(
        demo.get(&format!("/partners/periods/{period}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // The council's viewer cannot accept; its owner accepts.
    let refused = viewer
        .post_form(&format!("{report}/review"), &[("decision", "accept")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let accepted = council
        .post_form(&format!("{report}/review"), &[("decision", "accept")])
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    let strategy_page = council
        .get(&format!("/partners/plans/{}", w.strategy))
        .await;
    assert!(
        strategy_page.body.contains("Accepted"),
        "{}",
        strategy_page.body
    );

    // Either owner can end the link, after a question.
    let ask = demo.get(&format!("{link_href}/end")).await;
    assert_eq!(ask.status, StatusCode::OK);
    let ended = demo.post_form(&format!("{link_href}/end"), &[]).await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    assert!(demo.get(&link_href).await.body.contains("Ended"));
    // In Welsh.
    let welsh = council
        .get(&format!("/partners/periods/{period}?lang=cy"))
        .await;
    assert_eq!(welsh.texts("h1"), ["Pob partner gyda'i gilydd: 2026 Q1"]);
    let welsh = demo.get("/partners?lang=cy").await;
    assert!(welsh.body.contains("Sefydliadau rydych yn adrodd iddynt"));
}
