//! Every planner edit form, shown and submitted, against snapshots. The snapshots were taken
//! before the forms were split into one file per part of a plan, so they hold the pages' text,
//! the errors, the audit log's words and the stored plan as they were: a change to any of them
//! shows here.

use axum::http::{StatusCode, header};
use tessera_plan::examples::LANGUAGE_CAFE;
use tessera_store::prelude::*;

use crate::support::{Reply, TestApp};

/// The café plan, imported into a new organisation; its address.
async fn cafe() -> (TestApp, String) {
    let app = TestApp::with_org("council", "A council").await;
    let reply = app
        .post_multipart(
            "/plans/import",
            &[("file", Some("plan.json"), LANGUAGE_CAFE.as_bytes())],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let to = reply
        .header(header::LOCATION)
        .expect("a Location header")
        .to_owned();
    (app, to)
}

/// The text of `reply` with what changes from run to run replaced: the CSRF token, the plan's id
/// and today's date.
fn stable(app: &TestApp, base: &str, text: &str) -> String {
    let csrf = app.identity().expect("signed in").csrf;
    let now = time::OffsetDateTime::now_utc().date();
    let today = tessera_plan::format_date(now);
    let today_in_words = tessera_l10n::date(now);
    let encoded: String = form_urlencoded::byte_serialize(base.as_bytes()).collect();
    text.replace(&csrf, "[csrf]")
        .replace(base, "/plans/[id]")
        .replace(&encoded, "%2Fplans%2F[id]")
        .replace(&today, "[today]")
        .replace(&today_in_words, "[today]")
}

/// The `<main>` element of a page, exactly as sent.
fn main(reply: &Reply) -> &str {
    let start = reply.body.find("<main").unwrap_or(0);
    let end = reply
        .body
        .find("</main>")
        .map_or(reply.body.len(), |e| e + "</main>".len());
    &reply.body[start..end]
}

/// A snapshot name from an address.
fn name(uri: &str) -> String {
    uri.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

#[tokio::test]
async fn every_edit_form_shows_the_same_fields_and_words() {
    let (app, base) = cafe().await;
    let forms = [
        "details",
        "goal",
        "target-group/new",
        "target-group/1",
        "outcome/new",
        "outcome/talk-regularly",
        "output/new",
        "output/regular-interactions",
        "activity/new",
        "activity/cafe-sessions",
        "link/new",
        "link/5",
        "assumption/5.new",
        "assumption/5.0",
        "barrier/new",
        "barrier/2",
        "stakeholder/new",
        "stakeholder/4",
        "indicator/talk-regularly.new?indicator=ioi-2019%2Fbri-simple-conversation",
        "indicator/talk-regularly.0",
        "indicator/know-neighbours.1",
        "local-indicator/know-neighbours",
        "evaluation/talk-regularly",
        "details?back=/plans/ID/steps/outcomes",
        "goal?back=https://elsewhere.example/",
    ];
    for form in forms {
        let uri = format!("{base}/edit/{}", form.replace("/plans/ID", &base));
        let reply = app.get(&uri).await;
        assert_eq!(reply.status, StatusCode::OK, "GET {uri}");
        insta::assert_snapshot!(
            format!("form_{}", name(form)),
            stable(&app, &base, main(&reply))
        );
    }
    // A new outcome has no evaluation plan yet: its form starts empty and has no Remove button.
    let reply = app
        .post_form(
            &format!("{base}/edit/outcome/new"),
            &[
                ("text", "Residents feel the cafe is theirs too"),
                ("next", "goal"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let reply = app
        .get(&format!(
            "{base}/edit/evaluation/residents-feel-the-cafe-is-theirs-too"
        ))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    insta::assert_snapshot!("form_evaluation_new", stable(&app, &base, main(&reply)));

    for step in [
        "outcomes",
        "outputs",
        "activities",
        "assumptions",
        "stakeholders",
        "indicators",
        "evaluation",
    ] {
        let reply = app.get(&format!("{base}/steps/{step}")).await;
        assert_eq!(reply.status, StatusCode::OK);
        insta::assert_snapshot!(format!("step_{step}"), stable(&app, &base, main(&reply)));
    }
    let page = app.get(&base).await;
    insta::assert_snapshot!("plan_page", stable(&app, &base, main(&page)));
    let list = app.get("/plans").await;
    insta::assert_snapshot!("plan_list", stable(&app, &base, main(&list)));
}

#[tokio::test]
async fn forms_for_items_that_are_not_there_are_not_found() {
    let (app, base) = cafe().await;
    let mut seen = String::new();
    for form in [
        "nonsense",
        "details/1",
        "goal/new",
        "target-group",
        "target-group/9",
        "target-group/x",
        "outcome/nowhere",
        "outcome/regular-interactions",
        "output/talk-regularly",
        "activity/goal",
        "link/99",
        "assumption/99.new",
        "assumption/5.7",
        "assumption/5",
        "barrier/9",
        "stakeholder/99",
        "indicator/talk-regularly.9",
        "indicator/nowhere.new?indicator=ioi-2019%2Fbri-simple-conversation",
        "indicator/talk-regularly",
        "local-indicator/nowhere",
        "evaluation/nowhere",
        "evaluation/regular-interactions",
        "indicator/talk-regularly.new",
    ] {
        let reply = app.get(&format!("{base}/edit/{form}")).await;
        let to = reply.header(header::LOCATION).unwrap_or_default();
        seen.push_str(&format!("GET {form} → {} {to}\n", reply.status.as_u16()));
    }
    for (form, fields) in [
        ("target-group/9", vec![("name", "X"), ("side", "newcomers")]),
        ("outcome/nowhere", vec![("text", "X")]),
        ("indicator/talk-regularly.new", vec![("groups", "both")]),
        ("evaluation/nowhere", vec![]),
    ] {
        let reply = app.post_form(&format!("{base}/edit/{form}"), &fields).await;
        seen.push_str(&format!("POST {form} → {}\n", reply.status.as_u16()));
    }
    insta::assert_snapshot!(stable(&app, &base, &seen));
}

/// A transcript of a submission: status, where it leads, the error summary and each field's
/// error, the audit log's words for a change; the whole page when the form is shown again.
async fn submit(app: &TestApp, base: &str, path: &str, fields: &[(&str, &str)]) -> String {
    let before = latest_audit(app).await;
    let reply = app.post_form(&format!("{base}/edit/{path}"), fields).await;
    let mut out = format!("## POST {path}\n");
    for (k, v) in fields {
        out.push_str(&format!("  {k} = {v:?}\n"));
    }
    out.push_str(&format!("→ {}\n", reply.status.as_u16()));
    if let Some(to) = reply.header(header::LOCATION) {
        out.push_str(&format!("location: {to}\n"));
    }
    for e in reply.texts(".govuk-error-summary__list li") {
        out.push_str(&format!("summary: {e}\n"));
    }
    for e in reply.texts(".govuk-error-message") {
        out.push_str(&format!("field: {e}\n"));
    }
    let after = latest_audit(app).await;
    if after.0 != before.0 {
        out.push_str(&format!("audit: {}\n", after.1));
    }
    if reply.status == StatusCode::UNPROCESSABLE_ENTITY {
        out.push_str(main(&reply));
        out.push('\n');
    } else if reply.status != StatusCode::SEE_OTHER {
        out.push_str(&format!(
            "body: {}\n",
            reply.texts("main p.govuk-body").join(" | ")
        ));
    }
    out.push('\n');
    stable(app, base, &out)
}

async fn remove(app: &TestApp, base: &str, path: &str, back: &str) -> String {
    let before = latest_audit(app).await;
    let reply = app
        .post_form(&format!("{base}/edit/{path}/remove"), &[("back", back)])
        .await;
    let mut out = format!("## REMOVE {path}\n→ {}\n", reply.status.as_u16());
    if let Some(to) = reply.header(header::LOCATION) {
        out.push_str(&format!("location: {to}\n"));
    }
    let after = latest_audit(app).await;
    if after.0 != before.0 {
        out.push_str(&format!("audit: {}\n", after.1));
    }
    if reply.status != StatusCode::SEE_OTHER {
        out.push_str(&format!("body: {}\n", reply.texts("main p").join(" | ")));
    }
    out.push('\n');
    stable(app, base, &out)
}

/// The id and summary of the newest audit entry.
async fn latest_audit(app: &TestApp) -> (i64, String) {
    let org = app
        .store()
        .organisation_by_slug("council")
        .await
        .expect("read")
        .expect("the council");
    let page = app
        .store()
        .audit_page(org.id, None, 1)
        .await
        .expect("audit");
    page.first()
        .map(|r| {
            (
                r.id,
                format!(
                    "{} {} {}",
                    r.event.action,
                    r.event.object.split(':').next().unwrap_or_default(),
                    r.event.detail["summary"].as_str().unwrap_or_default()
                ),
            )
        })
        .unwrap_or_default()
}

async fn document(app: &TestApp, base: &str) -> String {
    let id = base.trim_start_matches("/plans/");
    let reply = app.get(&format!("/api/v1/plans/{id}")).await;
    serde_json::to_string_pretty(&reply.json()["plan"]).expect("json")
}

#[tokio::test]
async fn every_part_is_changed_added_and_removed_as_before() {
    let (app, base) = cafe().await;
    let steps = format!("{base}/steps/outcomes");
    let mut t = String::new();
    t += &submit(
        &app,
        &base,
        "details",
        &[
            ("title", "  Café  "),
            ("kind", "strategy"),
            ("problem", "Few chances to speak English"),
            ("start_date", "2025-10-01"),
            ("domains", "ioi-2019/social-bridges"),
            ("domains", " "),
            ("domains", "ioi-2019/language-and-communication"),
            ("back", &steps),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "goal",
        &[
            ("goal", "Everyone talks"),
            ("back", "https://elsewhere.example/"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "target-group/new",
        &[("name", "Older residents"), ("side", "receiving_community")],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "target-group/new",
        &[("name", "Both"), ("side", "newcomers")],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "target-group/1",
        &[("name", "Local residents"), ("side", "receiving_community")],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "outcome/new",
        &[
            ("text", "Women and residents share meals"),
            ("next", "goal"),
            ("next", "know-neighbours"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "outcome/talk-regularly",
        &[("text", "Participants talk every week"), ("next", "goal")],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "output/new",
        &[
            ("text", "Monthly meals held"),
            ("next", "women-and-residents-share-meals"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "activity/new",
        &[
            ("text", "Cook together"),
            ("resources", " Kitchen \n\nVolunteer cook\n"),
            ("next", "monthly-meals-held"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "activity/cafe-sessions",
        &[
            ("text", "Drop-in café sessions"),
            ("resources", "Room"),
            ("next", "regular-interactions"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "link/new",
        &[("from", "family-approach"), ("to", "regular-interactions")],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "link/0",
        &[("from", "cafe-sessions"), ("to", "flexible-practice")],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "assumption/3.new",
        &[
            ("text", "Meals bring people together"),
            ("status", "holding"),
            ("rows", "3"),
            ("evidence-0-source", "A study"),
            ("evidence-0-kind", "research"),
            ("evidence-0-strength", "strong"),
            ("evidence-1-source", ""),
            ("evidence-2-source", "Our notes"),
            ("evidence-2-kind", "qualitative"),
            ("evidence-2-strength", "weak"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "assumption/3.0",
        &[
            ("text", "Meals help"),
            ("status", "nonsense"),
            ("rows", "99"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "barrier/new",
        &[
            ("text", "Cost of travel"),
            ("domain", "ioi-2019/social-bridges"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "barrier/0",
        &[("text", "Childcare"), ("domain", "")],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "stakeholder/new",
        &[
            ("name", "Local bakery"),
            ("kind", "employer"),
            ("role", "Gives bread"),
            ("involved_from", "delivery"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "stakeholder/0",
        &[
            ("name", "Women's panel"),
            ("kind", "newcomer_group"),
            ("role", ""),
            ("involved_from", "design"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "indicator/talk-regularly.new",
        &[
            ("indicator", "ioi-2019/bri-simple-conversation"),
            ("groups", "both"),
            ("groups", "women-learning-english"),
            ("direction", "down"),
            ("baseline", "40%"),
            ("baseline_source", "national"),
            ("baseline_note", "Census"),
            ("target", " 30 "),
            ("target_date", "2026-07-31"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "indicator/talk-regularly.0",
        &[
            ("indicator", "ioi-2019/lan-practice-outside-class"),
            ("groups", "newcomers"),
            ("direction", "up"),
            ("baseline", ""),
            ("baseline_source", "bogus"),
            ("target", "70"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "local-indicator/know-neighbours",
        &[
            ("name", "Share who greet a neighbour"),
            ("domain", "ioi-2019/social-bridges"),
            ("back", &format!("{base}/steps/indicators")),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "indicator/know-neighbours.new",
        &[
            ("indicator", "local/share-who-greet-a-neighbour"),
            ("groups", "local-residents"),
            ("direction", "up"),
            ("baseline", "1000"),
            ("target", "2000"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "evaluation/women-and-residents-share-meals",
        &[
            ("methods", "interview"),
            ("methods", "nonsense"),
            ("methods", "survey"),
            ("method-detail-interview", "Five women"),
            ("method-detail-survey", ""),
            ("method-detail-focus_group", "Not chosen"),
            ("rows", "3"),
            ("sample-0-kind", "wider_community"),
            ("sample-0-description", "Neighbours"),
            ("sample-0-size", "25"),
            ("sample-1-kind", ""),
            ("sample-1-description", "Ignored"),
            ("sample-2-kind", "comparison_group"),
            ("sample-2-size", ""),
            ("baseline_date", "2025-09-01"),
            ("baseline_note", "At the first meal"),
            ("collections", "2026-01-10 Mid-point\n\n2026-06-10   End  "),
            ("frequency", "Monthly"),
            ("analysis", "Compare"),
            ("responsible", "council"),
        ],
    )
    .await;
    t += &submit(
        &app,
        &base,
        "evaluation/talk-regularly",
        &[
            ("methods", "focus_group"),
            ("rows", "0"),
            ("responsible", ""),
        ],
    )
    .await;
    insta::assert_snapshot!("changes", t);
    insta::assert_snapshot!("changed_document", document(&app, &base).await);

    let mut r = String::new();
    let back = format!("{base}/steps/stakeholders");
    r += &remove(&app, &base, "target-group/0", &back).await;
    r += &remove(&app, &base, "target-group/2", &back).await;
    r += &remove(&app, &base, "outcome/women-and-residents-share-meals", "").await;
    r += &remove(&app, &base, "output/monthly-meals-held", "").await;
    r += &remove(&app, &base, "activity/cook-together", "").await;
    r += &remove(&app, &base, "activity/talk-regularly", "").await;
    r += &remove(&app, &base, "link/0", "").await;
    r += &remove(&app, &base, "link/99", "").await;
    r += &remove(&app, &base, "assumption/5.0", "").await;
    r += &remove(&app, &base, "assumption/5.0", "").await;
    r += &remove(&app, &base, "barrier/0", "").await;
    r += &remove(&app, &base, "stakeholder/4", &back).await;
    r += &remove(&app, &base, "indicator/talk-regularly.0", "").await;
    r += &remove(&app, &base, "evaluation/know-neighbours", "").await;
    r += &remove(&app, &base, "evaluation/know-neighbours", "").await;
    r += &remove(&app, &base, "details", "").await;
    r += &remove(&app, &base, "goal/new", "").await;
    r += &remove(&app, &base, "target-group/new", "").await;
    r += &remove(&app, &base, "local-indicator/talk-regularly", "").await;
    insta::assert_snapshot!("removals", r);
    insta::assert_snapshot!("document_after_removals", document(&app, &base).await);
}

#[tokio::test]
async fn every_mistake_in_a_form_is_reported_at_once_and_saves_nothing() {
    let (app, base) = cafe().await;
    let before = document(&app, &base).await;
    let mut t = String::new();
    let cases: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "details",
            vec![
                ("title", " "),
                ("kind", "both"),
                ("start_date", "2025-02-30"),
            ],
        ),
        ("goal", vec![("goal", "")]),
        ("target-group/new", vec![("name", ""), ("side", "")]),
        ("target-group/0", vec![("name", "X"), ("side", "both")]),
        ("outcome/new", vec![("text", ""), ("next", "nowhere")]),
        (
            "output/new",
            vec![("text", "Sessions held"), ("next", "goal")],
        ),
        (
            "activity/cafe-sessions",
            vec![("text", "Sessions"), ("next", "talk-regularly")],
        ),
        ("link/new", vec![("from", ""), ("to", "")]),
        (
            "link/new",
            vec![("from", "regular-interactions"), ("to", "goal")],
        ),
        (
            "link/new",
            vec![("from", "cafe-sessions"), ("to", "talk-regularly")],
        ),
        (
            "link/new",
            vec![("from", "cafe-sessions"), ("to", "regular-interactions")],
        ),
        (
            "link/1",
            vec![("from", "cafe-sessions"), ("to", "regular-interactions")],
        ),
        ("link/new", vec![("from", "nowhere"), ("to", "goal")]),
        (
            "assumption/5.new",
            vec![
                ("text", ""),
                ("rows", "2"),
                ("evidence-0-source", "A report"),
                ("evidence-0-kind", "rumour"),
                ("evidence-1-source", "Another"),
                ("evidence-1-strength", "strong"),
            ],
        ),
        ("barrier/new", vec![("text", ""), ("domain", "")]),
        (
            "barrier/new",
            vec![("text", "Cost"), ("domain", "not a domain")],
        ),
        (
            "stakeholder/new",
            vec![("name", ""), ("kind", "king"), ("involved_from", "")],
        ),
        (
            "indicator/talk-regularly.new",
            vec![
                ("indicator", "ioi-2019/bri-simple-conversation"),
                ("direction", "sideways"),
                ("baseline", "abc"),
                ("target", "150"),
                ("target_date", "31/07/2026"),
            ],
        ),
        (
            "indicator/talk-regularly.new",
            vec![
                ("indicator", "ioi-2019/bri-simple-conversation"),
                ("groups", "newcomers"),
                ("direction", "up"),
                ("baseline", "50"),
                ("target", "40"),
            ],
        ),
        (
            "indicator/talk-regularly.new",
            vec![
                ("indicator", "ioi-2019/bri-simple-conversation"),
                ("groups", "newcomers"),
                ("direction", "down"),
                ("baseline", "NaN"),
                ("target", "inf"),
            ],
        ),
        (
            "indicator/talk-regularly.new",
            vec![
                ("indicator", "ioi-2019/bri-simple-conversation"),
                ("groups", "nobody"),
                ("direction", "up"),
            ],
        ),
        ("local-indicator/talk-regularly", vec![("name", "")]),
        (
            "evaluation/talk-regularly",
            vec![
                ("rows", "2"),
                ("sample-0-kind", "participants"),
                ("sample-0-size", "0"),
                ("sample-1-kind", "wider_community"),
                ("sample-1-size", "many"),
                ("baseline_date", "someday"),
                (
                    "collections",
                    "2026-01-10\nJanuary Review\n2026-02-30 Bad day",
                ),
            ],
        ),
        (
            "evaluation/talk-regularly",
            vec![("rows", "0"), ("responsible", "nobody")],
        ),
    ];
    for (path, fields) in &cases {
        t += &submit(&app, &base, path, fields).await;
    }
    insta::assert_snapshot!("mistakes", t);
    assert_eq!(document(&app, &base).await, before, "nothing was saved");
}
