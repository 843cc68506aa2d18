//! The guide's two planning exercises as guided steps (issue 18): choosing domains — one per
//! type, Facilitators and Social Connections first, then Markers and Means, then Rights and
//! Responsibilities — and the usual forward plan beside the plan worked backwards.

use axum::http::{StatusCode, header};
use tessera_plan::examples::LANGUAGE_CAFE;

use crate::support::{Reply, TestApp};

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
        .expect("a Location")
        .to_owned();
    (app, to)
}

fn location(reply: &Reply) -> String {
    assert_eq!(
        reply.status,
        StatusCode::SEE_OTHER,
        "{}",
        reply.body.chars().take(2000).collect::<String>()
    );
    reply
        .header(header::LOCATION)
        .expect("a Location")
        .to_owned()
}

/// The stored plan, as the plan file exports it.
async fn stored(app: &TestApp, to: &str) -> serde_json::Value {
    let reply = app.get(&format!("{to}/export.json")).await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.json()
}

/// The values of the radios or checkboxes named `name` on a page.
fn options(page: &Reply, name: &str) -> Vec<String> {
    let html = page.html();
    let sel = scraper::Selector::parse(&format!("input[name={name}]")).expect("selector");
    html.select(&sel)
        .filter_map(|e| e.value().attr("value").map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn choosing_domains_starts_with_facilitators_and_social_connections_and_keeps_each_answer() {
    let (app, to) = cafe().await;
    let first = app.get(&format!("{to}/steps/domains")).await;
    assert_eq!(first.status, StatusCode::OK);
    // The reasons are shown, and the way out.
    let reasons = first.texts("#exercise-domains-reasons").join(" ");
    assert!(
        reasons.contains("begin with the Facilitators and the Social Connections"),
        "{reasons}"
    );
    assert!(reasons.contains("leave at any step"), "{reasons}");
    assert_eq!(first.texts("#exercise-leave").len(), 1);
    let steps = first.texts("#exercise-domains-steps li");
    assert_eq!(steps.len(), 5);
    assert!(steps[0].starts_with("Facilitators"), "{steps:?}");
    assert!(steps[1].starts_with("Social Connections"), "{steps:?}");
    assert!(steps[2].starts_with("Markers and Means"), "{steps:?}");
    assert!(
        steps[3].starts_with("Rights and Responsibilities"),
        "{steps:?}"
    );
    assert_eq!(
        first.texts("#exercise-step-heading").join(" "),
        "Step 1 of 4Facilitators: what makes integration possible"
    );
    // Only the facilitators are offered at the first step.
    let offered = options(&first, "domain");
    assert!(offered.contains(&"ioi-2019/language-and-communication".to_owned()));
    assert!(
        !offered.contains(&"ioi-2019/social-bridges".to_owned()),
        "{offered:?}"
    );

    // A domain of another type is refused, with the form again and nothing saved.
    let wrong = app
        .post_form(
            &format!("{to}/edit/domain-exercise/facilitators"),
            &[
                ("domain", "ioi-2019/social-bridges"),
                ("back", &format!("{to}/steps/domains")),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .texts(".govuk-error-summary")
            .join(" ")
            .contains("Choose one of the domains listed")
    );
    assert!(stored(&app, &to).await.get("domain_exercise").is_none());

    let next = location(
        &app.post_form(
            &format!("{to}/edit/domain-exercise/facilitators"),
            &[
                ("domain", "ioi-2019/language-and-communication"),
                ("why", "English opens every other door for the women"),
            ],
        )
        .await,
    );
    assert_eq!(next, format!("{to}/steps/domains?part=social-connections"));
    // Leaving here keeps the first answer.
    let doc = stored(&app, &to).await;
    assert_eq!(
        doc["domain_exercise"]["picks"][0]["domain"],
        "ioi-2019/language-and-communication"
    );
    let second = app.get(&next).await;
    assert!(
        second
            .texts("#exercise-step-facilitators")
            .join(" ")
            .contains("Language and Communication")
    );
    assert!(
        second
            .texts("#exercise-step-heading")
            .join(" ")
            .contains("Social Connections")
    );
    location(
        &app.post_form(
            &format!("{to}/edit/domain-exercise/social-connections"),
            &[("domain", "ioi-2019/social-bridges")],
        )
        .await,
    );
    let third = location(
        &app.post_form(
            &format!("{to}/edit/domain-exercise/markers-and-means"),
            &[("domain", "ioi-2019/work")],
        )
        .await,
    );
    assert_eq!(third, format!("{to}/steps/domains?part=rights"));
    let rights_page = app.get(&third).await;
    let rights = options(&rights_page, "rights");
    assert!(
        !rights.is_empty(),
        "the Rights and Responsibilities indicators are offered"
    );
    let summary = location(
        &app.post_form(
            &format!("{to}/edit/domain-exercise/rights"),
            &[
                ("rights", &rights[0]),
                ("note", "Knowing how to use services"),
            ],
        )
        .await,
    );
    assert_eq!(summary, format!("{to}/steps/domains?part=summary"));
    // With every step answered the exercise opens on its summary.
    let page = app.get(&format!("{to}/steps/domains")).await;
    let choices = page.texts("#exercise-summary dd").join(" | ");
    assert!(choices.contains("Language and Communication"), "{choices}");
    assert!(
        choices.contains("English opens every other door"),
        "{choices}"
    );
    assert!(choices.contains("Knowing how to use services"), "{choices}");
    // The café plan already works in Language and Communication and Social Bridges.
    let missing = page.texts("#exercise-not-in-plan li");
    assert_eq!(missing, ["Work", "Rights and Responsibilities"]);
    let back = location(
        &app.post_form(&format!("{to}/edit/domain-exercise/use"), &[])
            .await,
    );
    assert_eq!(back, format!("{to}#about-heading"));
    let domains = stored(&app, &to).await["domains"].clone();
    for d in [
        "ioi-2019/language-and-communication",
        "ioi-2019/social-bridges",
        "ioi-2019/work",
        "ioi-2019/rights-and-responsibilities",
    ] {
        assert!(
            domains.as_array().is_some_and(|a| a.iter().any(|x| x == d)),
            "{d}: {domains}"
        );
    }
    // In Welsh too.
    let welsh = app
        .get(&format!("{to}/steps/domains?part=facilitators&lang=cy"))
        .await;
    assert!(
        welsh
            .texts("#exercise-step-heading")
            .join(" ")
            .contains("Hwyluswyr: yr hyn sy'n gwneud integreiddio'n bosibl")
    );
    assert!(
        welsh.body.contains("Iaith a Chyfathrebu"),
        "domain names in Welsh"
    );
}

#[tokio::test]
async fn the_usual_forward_plan_is_compared_side_by_side_with_the_plan_worked_backwards() {
    let (app, to) = cafe().await;
    let empty = app.get(&format!("{to}/steps/compare")).await;
    assert_eq!(empty.status, StatusCode::OK);
    assert_eq!(empty.texts("#exercise-forward-start").len(), 1);

    let form = app.get(&format!("{to}/steps/forward")).await;
    assert!(
        form.texts("#exercise-forward-reasons")
            .join(" ")
            .contains("your usual way of planning")
    );
    let refused = app
        .post_form(
            &format!("{to}/edit/forward-plan/plan"),
            &[("goal", "Better English")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

    let goal = "The women feel confident using English day to day and have more chances to do so.";
    let to_compare = location(
        &app.post_form(
            &format!("{to}/edit/forward-plan/plan"),
            &[
                ("problem", "Isolated women struggle to keep up ESOL classes"),
                ("domain", "ioi-2019/language-and-communication"),
                (
                    "activities",
                    "Wraparound childcare for ESOL classes\nDrop-in café sessions at fixed times where women chat in English with local volunteers, with occasional social outings",
                ),
                ("outputs", "More consistent attendance at ESOL classes"),
                ("outcomes", "More chances to learn and speak English"),
                ("indicator", "Share regularly attending ESOL classes"),
                ("goal", goal),
            ],
        )
        .await,
    );
    assert_eq!(to_compare, format!("{to}/steps/compare"));
    let page = app.get(&to_compare).await;
    assert_eq!(page.status, StatusCode::OK);
    let rows = page.texts("#exercise-compare-table tbody tr");
    assert_eq!(rows.len(), 6, "{rows:?}");
    // The goal is worded the same in both: no change.
    assert!(
        rows[0].starts_with("Goal") && rows[0].ends_with("The same"),
        "{}",
        rows[0]
    );
    // The activities share one item; the backward plan adds two and leaves one out.
    assert!(
        rows[3].contains("Wraparound childcare for ESOL classes Not in this plan"),
        "{}",
        rows[3]
    );
    assert!(rows[3].contains("2 new, 1 left out, 1 kept"), "{}", rows[3]);
    let new_tags = page.texts("#exercise-compare-table .govuk-tag--green");
    assert!(new_tags.iter().all(|t| t == "New") && !new_tags.is_empty());
    // The table scrolls inside its own box on a phone.
    assert!(
        page.body
            .contains("<div class=\"tessera-table-wrap\" tabindex=\"0\" role=\"region\"")
    );

    location(
        &app.post_form(
            &format!("{to}/edit/forward-plan/reflection"),
            &[(
                "reflection",
                "We now start from friendships with neighbours",
            )],
        )
        .await,
    );
    let doc = stored(&app, &to).await;
    assert_eq!(
        doc["forward_plan"]["reflection"],
        "We now start from friendships with neighbours"
    );
    assert_eq!(
        doc["forward_plan"]["activities"].as_array().map(Vec::len),
        Some(2)
    );
    // The plan file with the exercise still imports.
    let again = app
        .post_multipart(
            "/plans/import",
            &[("json", None, doc.to_string().as_bytes())],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);

    let welsh = app.get(&format!("{to}/steps/compare?lang=cy")).await;
    assert!(welsh.body.contains("Ymlaen ac yn ôl, ochr yn ochr"));
    assert!(
        welsh
            .texts("#exercise-compare-table tbody tr")
            .join(" ")
            .contains("Yr un fath")
    );
}

#[tokio::test]
async fn the_exercises_are_for_editors_and_name_no_step_that_is_not_there() {
    let (app, to) = cafe().await;
    assert_eq!(
        app.get(&format!("{to}/steps/domains?part=foundation"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let org = {
        use tessera_store::prelude::*;
        app.store()
            .organisation_by_slug("council")
            .await
            .expect("read")
            .expect("the council")
            .id
    };
    let viewer = app
        .member(org, "v@council.example", tessera_store::Role::Viewer)
        .await;
    let as_viewer = app.as_(Some(viewer));
    for uri in ["steps/domains", "steps/forward", "steps/compare"] {
        assert_eq!(
            as_viewer.get(&format!("{to}/{uri}")).await.status,
            StatusCode::FORBIDDEN,
            "{uri}"
        );
    }
    assert_eq!(
        as_viewer
            .post_form(&format!("{to}/edit/domain-exercise/use"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
