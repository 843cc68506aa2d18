//! The planner in Welsh and on phones (issue 13): every planner page in both languages, tables
//! that scroll inside their own box, and a diagram whose text is never drawn below 12 px — a
//! narrow drawing for phones, a wide one shown only where it fits — with a legend and a
//! full-size view.

use axum::http::{StatusCode, header};
use scraper::{ElementRef, Selector};
use tessera_plan::examples::LANGUAGE_CAFE;

use crate::support::{Reply, TestApp};

/// The page's content width at a 320 px screen: GOV.UK's width container keeps 15 px each side.
const PHONE_CONTENT_PX: f64 = 290.0;

/// The smallest text size issue 13 allows, in CSS pixels.
const MIN_TEXT_PX: f64 = 12.0;

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

fn select<'a>(html: &'a scraper::Html, selector: &str) -> Vec<ElementRef<'a>> {
    let sel = Selector::parse(selector).expect("selector");
    html.select(&sel).collect()
}

fn number(el: &ElementRef<'_>, attr: &str) -> f64 {
    el.value()
        .attr(attr)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("a numeric {attr}"))
}

/// The width of an SVG's viewBox.
fn view_box_width(svg: &ElementRef<'_>) -> f64 {
    svg.value()
        .attr("viewBox")
        .and_then(|v| v.split_whitespace().nth(2))
        .and_then(|w| w.parse().ok())
        .expect("a viewBox")
}

/// The `min-width` of the CSS container query that shows the wide drawing of `columns`
/// columns, read from the stylesheet the pages use.
fn container_min_width(columns: &str) -> Option<f64> {
    let css = include_str!("../../static/css/tessera.css");
    let rule =
        format!(".tessera-toc-figure--cols-{columns} .tessera-toc--wide {{ display: block; }}");
    let at = css.find(&rule)?;
    let before = &css[..at];
    let query = before.rfind("@container (min-width: ")?;
    let rest = &before[query + "@container (min-width: ".len()..];
    rest.split("px").next()?.trim().parse().ok()
}

/// Checks both drawings of a page: the narrow one fits a 320 px screen at 12 px or more, and
/// the wide one is shown only in containers wide enough for 12 px or more.
fn assert_diagram_readable(page: &Reply) {
    let html = page.html();
    let narrow = select(&html, "svg.tessera-toc--narrow");
    let wide = select(&html, "svg.tessera-toc--wide");
    assert_eq!(
        (narrow.len(), wide.len()),
        (1, 1),
        "both drawings are in the page"
    );
    let narrow = &narrow[0];
    let natural = number(narrow, "width");
    let font = number(narrow, "font-size");
    // Rendered at its natural width (`max-width: 100%` only ever shrinks it).
    let rendered = natural.min(PHONE_CONTENT_PX);
    let on_screen = font * rendered / view_box_width(narrow);
    assert!(
        on_screen >= MIN_TEXT_PX,
        "narrow text at 320 px: {on_screen:.1} px (font {font}, {rendered} of {natural})"
    );
    let wide = &wide[0];
    let figure = select(&html, "figure.tessera-toc-figure");
    let class = figure[0].value().attr("class").expect("a class");
    let columns = class
        .split_whitespace()
        .find_map(|c| c.strip_prefix("tessera-toc-figure--cols-"))
        .expect("the figure names its column count");
    let width = view_box_width(wide);
    let font = number(wide, "font-size");
    match container_min_width(columns) {
        Some(min) => {
            let smallest = font * min.min(width) / width;
            assert!(
                smallest >= MIN_TEXT_PX,
                "{columns} columns shown from {min} px: text {smallest:.2} px"
            );
        }
        None => {
            assert_eq!(columns, "many", "a column count without a container query");
            assert!(
                font * 960.0 / width < MIN_TEXT_PX,
                "only too-wide drawings are kept out"
            );
        }
    }
}

#[tokio::test]
async fn the_diagram_keeps_its_text_at_12_px_or_more_at_320_px_and_on_wider_screens() {
    let (app, to) = cafe().await;
    for lang in ["en", "cy"] {
        let page = app.get(&format!("{to}?lang={lang}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_diagram_readable(&page);
    }
    // Every column count the stylesheet can show inline keeps 12 px.
    for columns in 4..=6 {
        let width = 180.0 * columns as f64 - 10.0;
        let min = container_min_width(&columns.to_string()).expect("a container query");
        assert!(
            14.0 * min / width >= MIN_TEXT_PX,
            "{columns} columns from {min} px"
        );
    }
    assert_eq!(container_min_width("7"), None);
}

#[tokio::test]
async fn a_plan_too_wide_for_any_page_shows_its_narrow_drawing_and_a_full_size_view() {
    let (app, to) = cafe().await;
    let id = to.trim_start_matches("/plans/");
    // A chain of four outcomes: eight columns, too wide for 12 px inside a 960 px page.
    let mut plan = tessera_plan::Plan::from_json(LANGUAGE_CAFE).expect("valid");
    for (i, next) in ["talk-regularly", "o-a", "o-b"].iter().enumerate() {
        let id = ["o-a", "o-b", "o-c"][i];
        plan.outcomes.push(tessera_plan::Outcome {
            id: id.into(),
            text: format!("A further outcome {i}"),
            indicators: vec![],
        });
        plan.links.push(tessera_plan::Link {
            from: id.into(),
            to: (*next).into(),
            assumptions: vec![],
        });
    }
    let put = app
        .send_json("PUT", &format!("/api/v1/plans/{id}"), &plan.to_json())
        .await;
    assert_eq!(put.status, StatusCode::OK, "{}", put.body);
    let page = app.get(&to).await;
    let classes = page.html();
    let figure = select(&classes, "figure.tessera-toc-figure");
    assert!(
        figure[0]
            .value()
            .attr("class")
            .is_some_and(|c| c.contains("tessera-toc-figure--cols-many")),
        "the wide drawing stays out of the page"
    );
    assert_diagram_readable(&page);
    let full = app.get(&format!("{to}?view=diagram")).await;
    assert_eq!(full.status, StatusCode::OK);
    let html = full.html();
    let region = select(
        &html,
        "#diagram-full[role=region][tabindex='0'] svg.tessera-toc--wide",
    );
    assert_eq!(
        region.len(),
        1,
        "the wide drawing at its natural size, in a scrolling box"
    );
    assert_eq!(
        region[0].value().attr("width"),
        Some(view_box_width(&region[0]).to_string().as_str())
    );
}

#[tokio::test]
async fn the_diagram_has_a_legend_a_full_size_view_and_its_outline() {
    let (app, to) = cafe().await;
    let page = app.get(&to).await;
    let legend = page.texts("#diagram-legend").join(" ");
    assert!(
        legend.contains("points back to the step that leads to it"),
        "{legend}"
    );
    let link = page.html();
    let full = select(&link, "#diagram-full-size");
    assert_eq!(
        full[0].value().attr("href"),
        Some(format!("{to}?view=diagram").as_str())
    );
    // The arrows point back from the goal, as the guide draws them: the goal's arrows start at
    // the goal's box.
    let html = page.html();
    let goal = select(&html, "svg.tessera-toc--wide g[data-node=goal] rect");
    let goal_x = number(&goal[0], "x");
    for edge in select(&html, "svg.tessera-toc--wide polyline[data-to=goal]") {
        let first = edge
            .value()
            .attr("points")
            .and_then(|p| p.split_whitespace().next())
            .and_then(|p| p.split(',').next())
            .and_then(|x| x.parse::<f64>().ok())
            .expect("points");
        assert_eq!(first, goal_x, "the tail is at the goal");
    }
    let full = app.get(&format!("{to}?view=diagram&lang=cy")).await;
    assert_eq!(full.status, StatusCode::OK);
    assert!(full.body.contains("<html lang=\"cy\""));
    assert!(full.body.contains("Y theori newid yn ei maint llawn"));
    assert!(!full.texts(".tessera-outline li").is_empty());
    // Another organisation's plan has no full-size view either.
    let other = app.add_org("other", "Other").await;
    let stranger = app
        .member(other, "s@other.example", tessera_store::Role::Owner)
        .await;
    let app2 = app.as_(Some(stranger));
    assert_eq!(
        app2.get(&format!("{to}?view=diagram")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn every_planner_page_speaks_welsh_and_wraps_its_tables() {
    let (app, to) = cafe().await;
    let pages = [
        ("/plans".to_owned(), "Cynlluniau eich sefydliad"),
        (to.clone(), "Y theori newid fel testun"),
        (format!("{to}/print"), "Cynllun gwerthuso"),
        (format!("{to}/calendar"), "Calendr casglu data"),
        (
            format!("{to}?view=diagram"),
            "Y theori newid yn ei maint llawn",
        ),
        (format!("{to}/steps/outcomes"), "Yn dal ar goll"),
        (
            format!("{to}/steps/assumptions"),
            "Rhagdybiaethau a thystiolaeth",
        ),
        (format!("{to}/steps/evaluation"), "Cynllun gwerthuso"),
        (
            format!("{to}/steps/domains"),
            "Dewiswch y parthau sydd bwysicaf",
        ),
        (format!("{to}/steps/forward"), "Eich cynllun arferol"),
        (format!("{to}/steps/compare"), "Ymlaen ac yn ôl"),
        (format!("{to}/edit/details"), "Manylion y cynllun"),
        (
            format!("{to}/edit/evaluation/talk-regularly"),
            "Sut y byddwch yn casglu data?",
        ),
        (
            format!("{to}/edit/indicator/talk-regularly.0"),
            "Llinell sylfaen: y gwerth nawr, cyn y gwaith",
        ),
        (
            format!("{to}/outcomes/talk-regularly/indicators?q=English"),
            "Ychwanegu at y canlyniad hwn",
        ),
        ("/plans/new".to_owned(), "Creu cynllun"),
        ("/plans/import".to_owned(), "Mewnforio cynllun"),
    ];
    for (uri, welsh) in pages {
        let sep = if uri.contains('?') { '&' } else { '?' };
        let page = app.get(&format!("{uri}{sep}lang=cy")).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert!(page.body.contains("<html lang=\"cy\""), "{uri}");
        assert!(page.body.contains(welsh), "{uri}: {welsh}");
        // Words every English page had must be gone.
        for english in [
            "Change<span",
            "Theory of change",
            "Still missing",
            "There is a problem",
        ] {
            assert!(!page.body.contains(english), "{uri} still says {english}");
        }
        let html = page.html();
        let tables = select(&html, "table.govuk-table").len();
        let wrapped = select(
            &html,
            ".tessera-table-wrap[role=region][tabindex='0'][aria-label] > table.govuk-table",
        )
        .len();
        assert_eq!(
            tables, wrapped,
            "{uri}: every table scrolls inside its own box"
        );
    }
    // The checks, their principles and the enum labels are in Welsh too.
    let page = app.get(&format!("{to}?lang=cy")).await;
    let checks = page.texts(".tessera-check__title").join(" | ");
    assert!(
        checks.contains("Wedi pasio Yn mesur mwy nag un parth"),
        "{checks}"
    );
    let principles = page.texts(".tessera-check__principle").join(" | ");
    assert!(
        principles.contains("Mae integreiddio'n amlddimensiwn"),
        "{principles}"
    );
    assert!(page.body.contains("Ymyriad"), "the plan's kind");
    assert!(page.body.contains("Gorau po uchaf") || page.body.contains("gorau po uchaf"));
    assert!(page.body.contains("1 Medi 2025"), "dates in Welsh");
}

#[tokio::test]
async fn form_mistakes_are_told_in_welsh() {
    let (app, to) = cafe().await;
    let reply = app
        .post_form(
            &format!("{to}/edit/indicator/talk-regularly.0?lang=cy"),
            &[
                ("indicator", "ioi-2019/bri-simple-conversation"),
                ("direction", "up"),
                ("groups", "both"),
                ("baseline", "50"),
                ("target", "40"),
                ("target_date", "2025-02-30"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = reply.texts(".govuk-error-summary").join(" ");
    assert!(summary.contains("Mae problem"), "{summary}");
    assert!(
        summary.contains("Dyddiad y targed: rhaid iddo fod yn ddyddiad go iawn"),
        "{summary}"
    );
    assert!(
        summary.contains("Mae'r targed 40 yn is na'r llinell sylfaen 50 ond gorau po uchaf"),
        "{summary}"
    );
    assert!(reply.body.contains("<title>Gwall:"));
    let import = app
        .post_multipart(
            "/plans/import?lang=cy",
            &[("json", None, b"{\"title\": 3}")],
        )
        .await;
    assert_eq!(import.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problems = import.texts(".tessera-import-problems li").join(" ");
    assert!(problems.contains("llinell 1"), "{problems}");
    assert!(
        problems.contains("nid yw'r ffeil yn gynllun dilys"),
        "{problems}"
    );
}
