//! Organisations' own framework packs through the web (issue 18): an upload with a deliberate
//! error listed by file and line and nothing kept, the corrected upload kept and seen only by
//! the organisation until it shares it, in English and Welsh; the kept pack is used like a
//! shipped one by its framework pages, search and the planner of the organisations that see it.

use axum::http::{StatusCode, header};
use tessera_store::Role;
use tessera_store::prelude::*;

use crate::support::TestApp;

pub const PACK: &str = r#"id = "riverside"
name = "Riverside local indicators"
publisher = "Riverside Partnership"
summary = "Indicators the Riverside partnership agreed."
licence = "CC BY 4.0"
attribution = "Riverside Partnership."
"#;

pub const DOMAINS: &str = r#"[[domain]]
id = "welcome"
name = "Welcome"
summary = "How welcome newcomers feel in Riverside."
crosswalk = [{ to = "ioi-2019/social-bridges", strength = "partial" }]
"#;

/// An indicator whose kind is misspelt on line 6.
pub const BROKEN_INDICATORS: &str = r#"[[indicator]]
id = "feel-welcome"
domain = "welcome"
name = "Share who feel welcome in Riverside"
origin = "starter"
kind = "proportoin"
numerator = "Residents who feel welcome"
denominator = "Residents asked"
"#;

#[tokio::test]
async fn an_upload_with_an_error_is_listed_by_file_and_line_and_the_corrected_one_is_kept() {
    let app = TestApp::demo().await;
    let form = app.get("/packs/new").await;
    assert_eq!(form.status, StatusCode::OK);
    let broken = app
        .post_multipart(
            "/packs/new",
            &[
                ("files", Some("pack.toml"), PACK.as_bytes()),
                ("files", Some("domains.toml"), DOMAINS.as_bytes()),
                (
                    "files",
                    Some("indicators/welcome.toml"),
                    BROKEN_INDICATORS.as_bytes(),
                ),
            ],
        )
        .await;
    assert_eq!(
        broken.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        broken.body
    );
    let rows = broken.texts("#problems tbody tr");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(
        rows[0].starts_with("indicators/welcome.toml 6"),
        "the file and line are named: {}",
        rows[0]
    );
    assert!(rows[0].contains("kind"), "{}", rows[0]);
    let demo = app.demo_org().await;
    let listed = app.get("/packs").await;
    assert_eq!(listed.texts("#none").len(), 1, "nothing was kept");

    let fixed = BROKEN_INDICATORS.replace("proportoin", "proportion");
    let kept = app
        .post_multipart(
            "/packs/new",
            &[
                ("files", Some("pack.toml"), PACK.as_bytes()),
                ("files", Some("domains.toml"), DOMAINS.as_bytes()),
                ("files", Some("indicators/welcome.toml"), fixed.as_bytes()),
            ],
        )
        .await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.body);
    let to = kept.header(header::LOCATION).unwrap_or_default().to_owned();
    assert!(to.ends_with("?done=uploaded"), "{to}");
    let page = app.get(&to).await;
    assert_eq!(page.texts("h1"), ["Riverside local indicators"]);
    assert_eq!(page.texts("#content"), ["1 domains, 1 indicators"]);
    assert_eq!(page.texts("#files li").len(), 3);
    assert!(
        app.store()
            .visible_packs(demo.id)
            .await
            .expect("read")
            .iter()
            .any(|p| p.pack_id == "riverside")
    );

    // The organisation uses it like a shipped pack: framework pages, search, the planner.
    assert_eq!(
        app.get("/frameworks/riverside").await.texts("h1"),
        ["Riverside local indicators"]
    );
    assert!(
        app.get("/frameworks")
            .await
            .body
            .contains("/frameworks/riverside"),
        "listed with the shipped packs"
    );
    assert_eq!(
        app.get("/frameworks/riverside/indicators/feel-welcome")
            .await
            .status,
        StatusCode::OK
    );
    let found = app.get("/search?q=welcome+Riverside").await;
    assert!(
        found
            .body
            .contains("/frameworks/riverside/indicators/feel-welcome"),
        "search finds its indicator"
    );
    let plan = app.get("/plans/1").await.body;
    let outcome = plan
        .split("/plans/1/outcomes/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("the café plan links to an outcome's indicator chooser")
        .to_owned();
    let chooser = app
        .get(&format!("/plans/1/outcomes/{outcome}/indicators?q=welcome"))
        .await;
    assert_eq!(chooser.status, StatusCode::OK);
    assert!(
        chooser.body.contains("riverside/feel-welcome"),
        "the planner offers the organisation's own indicator"
    );

    // Another organisation sees nothing of it until it is shared.
    let beta = app.add_org("beta", "Beta Refugee Action").await;
    let b = app.as_(Some(
        app.member(beta, "owner@beta.example", Role::Owner).await,
    ));
    let pack_page = to.split('?').next().expect("path").to_owned();
    assert_eq!(b.get(&pack_page).await.status, StatusCode::NOT_FOUND);
    for hidden in [
        "/frameworks/riverside",
        "/frameworks/riverside/indicators/feel-welcome",
    ] {
        assert_eq!(
            b.get(hidden).await.status,
            StatusCode::NOT_FOUND,
            "{hidden}"
        );
        assert_eq!(
            app.as_(None).get(hidden).await.status,
            StatusCode::NOT_FOUND,
            "anonymous {hidden}"
        );
    }
    assert!(
        !b.get("/search?q=welcome+Riverside")
            .await
            .body
            .contains("riverside/")
    );
    assert!(
        !b.get("/frameworks")
            .await
            .body
            .contains("/frameworks/riverside")
    );
    assert!(b.get("/packs").await.texts("#shared-packs").is_empty());
    let bad = app
        .post_form(
            &format!("{pack_page}/sharing"),
            &[("with", "nobody-here"), ("action", "share")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        bad.texts(".govuk-error-summary__list a"),
        ["There is no organisation with the short name \"nobody-here\"."]
    );
    let shared = app
        .post_form(
            &format!("{pack_page}/sharing"),
            &[("with", "beta"), ("action", "share")],
        )
        .await;
    assert_eq!(shared.status, StatusCode::SEE_OTHER);
    assert_eq!(
        b.get("/packs").await.texts("#shared-packs tbody tr"),
        ["Riverside local indicators Demo Town Council 1 domains, 1 indicators"]
    );
    assert_eq!(b.get(&pack_page).await.status, StatusCode::OK);
    assert_eq!(
        b.get("/frameworks/riverside").await.status,
        StatusCode::OK,
        "shared, it is Beta's to use too"
    );
    assert_eq!(
        b.post_form(&format!("{pack_page}/delete"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND,
        "only the owner's organisation deletes it"
    );

    let welsh = app.get("/packs/new?lang=cy").await;
    assert_eq!(welsh.texts("h1"), ["Uwchlwytho pecyn fframwaith"]);
    let deleted = app
        .post_form(&format!("{pack_page}/delete?lang=en"), &[])
        .await;
    assert_eq!(
        deleted.header(header::LOCATION),
        Some("/packs?done=deleted")
    );
}
