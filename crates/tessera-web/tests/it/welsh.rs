//! The account, sharing, home, search, framework, export and audit pages in Welsh (issue 13),
//! and the language a signed-in person chose, remembered for them.

use axum::http::StatusCode;
use tessera_store::prelude::*;

use crate::support::TestApp;

/// GETs `uri` in Welsh and returns its first heading, checking the page says it is Welsh.
async fn welsh_h1(app: &TestApp, uri: &str) -> String {
    let sep = if uri.contains('?') { '&' } else { '?' };
    let reply = app.get(&format!("{uri}{sep}lang=cy")).await;
    assert!(
        reply.status == StatusCode::OK,
        "{uri}: {} {}",
        reply.status,
        reply.body
    );
    assert!(reply.body.contains("<html lang=\"cy\""), "{uri}");
    reply.texts("h1").join(" ")
}

#[tokio::test]
async fn every_page_of_this_area_speaks_welsh() {
    let app = TestApp::demo().await;
    for (uri, heading) in [
        ("/", "Cynllunio, mesur a gwerthuso integreiddio"),
        ("/account", "Eich cyfrif"),
        ("/organisation", "Aelodau a mynediad"),
        ("/organisations", "Eich sefydliadau"),
        ("/account/password", "Newid eich cyfrinair"),
        ("/audit", "Log archwilio"),
        ("/export", "Allforio popeth sydd gan eich sefydliad"),
        ("/shared", "Cynlluniau a chanlyniadau a rannwyd"),
        ("/plans/1/sharing", "Rhannu “Language and friendship café”"),
        ("/search?q=ESOL", "Chwilio'r fframweithiau"),
        ("/frameworks", "Fframweithiau"),
        (
            "/frameworks/ioi-2019",
            "Fframwaith Dangosyddion Integreiddio 2019",
        ),
        (
            "/frameworks/ioi-2019/domains/social-bridges",
            "Pontydd Cymdeithasol",
        ),
    ] {
        assert_eq!(welsh_h1(&app, uri).await, heading, "{uri}");
    }
    let anonymous = app.anonymous();
    assert_eq!(
        welsh_h1(&anonymous, "/sign-in").await,
        "Mewngofnodi i Tessera"
    );
    assert_eq!(
        welsh_h1(&anonymous, "/password/forgot").await,
        "Ailosod eich cyfrinair"
    );
    // Counts are said with Welsh plural forms, and the role with its Welsh name.
    let home = app.get("/?lang=cy").await;
    let counts = home.texts("#packs .tessera-muted").join(" ");
    assert!(counts.contains("14 parth"), "{counts}");
    let org = app.get("/organisation?lang=cy").await;
    assert!(
        org.texts("#members td").iter().any(|t| t == "Perchennog"),
        "{:?}",
        org.texts("#members td")
    );
}

#[tokio::test]
async fn english_pack_text_on_a_welsh_page_is_marked_as_english() {
    let app = TestApp::new().await;
    let page = app
        .get("/frameworks/ioi-2019/indicators/bri-friends-different?lang=cy")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    // The indicator has no Welsh wording yet: its English name says so.
    let html = page.html();
    let h1 = scraper::Selector::parse("h1").expect("selector");
    let heading = html.select(&h1).next().expect("h1");
    assert_eq!(heading.value().attr("lang"), Some("en"));
    // Its domain's name is Welsh, in a Welsh page: no lang attribute needed.
    let domain = scraper::Selector::parse(".govuk-summary-list__value a").expect("selector");
    let link = html.select(&domain).next().expect("domain link");
    assert_eq!(link.text().collect::<String>(), "Pontydd Cymdeithasol");
    assert_eq!(link.value().attr("lang"), None);
    // In English nothing is marked.
    let english = app
        .get("/frameworks/ioi-2019/indicators/bri-friends-different")
        .await;
    assert!(!english.body.contains("<h1 class=\"govuk-heading-l\" lang="));
}

#[tokio::test]
async fn the_language_a_signed_in_person_chooses_is_remembered_without_the_cookie() {
    let app = TestApp::demo().await;
    // Requests here carry the session cookie but never the language cookie: a new device.
    assert!(app.get("/plans").await.body.contains("<html lang=\"en\""));
    let switched = app.get("/account?lang=cy").await;
    assert!(switched.body.contains("<html lang=\"cy\""));
    let owner = app
        .store()
        .user_credentials("owner@demo.example")
        .await
        .expect("read")
        .expect("owner");
    assert_eq!(owner.user.language.as_deref(), Some("cy"));
    let later = app.get("/account").await;
    assert!(later.body.contains("<html lang=\"cy\""), "remembered");
    assert!(later.texts("#account-language")[0].starts_with("Cymraeg"));
    // Someone else, signed out, still gets English; the cookie beats the remembered language.
    assert!(
        app.anonymous()
            .get("/")
            .await
            .body
            .contains("<html lang=\"en\"")
    );
    let request = axum::http::Request::get("/account")
        .header(axum::http::header::COOKIE, "tessera_lang=en")
        .body(axum::body::Body::empty())
        .expect("request");
    assert!(app.send(request).await.body.contains("<html lang=\"en\""));
    // Switching back is remembered too.
    app.get("/?lang=en").await;
    assert!(app.get("/account").await.body.contains("<html lang=\"en\""));
}

#[tokio::test]
async fn e_mails_are_written_in_the_language_of_the_page_or_the_person() {
    let app = TestApp::demo().await;
    let invited = app
        .post_form(
            "/organisation/invitations?lang=cy",
            &[("email", "sam@demo.example"), ("role", "editor")],
        )
        .await;
    assert_eq!(invited.status, StatusCode::OK);
    let mail = app.store().outbox(1).await.expect("outbox").remove(0);
    assert!(mail.subject.contains("gwahoddiad"), "{}", mail.subject);
    assert!(mail.body.contains("fel golygydd"), "{}", mail.body);
    // A reset link goes in the person's remembered language, whoever asks in whatever language.
    app.get("/?lang=cy").await;
    let request = axum::http::Request::post("/password/forgot")
        .header(
            axum::http::header::COOKIE,
            "tessera_pre=anon-token; tessera_lang=en",
        )
        .header("x-csrf-token", "anon-token")
        .header(
            axum::http::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(axum::body::Body::from("email=owner%40demo.example"))
        .expect("request");
    let asked = app.anonymous().send_raw(request).await;
    assert!(asked.body.contains("Check your e-mail"), "{}", asked.body);
    let outbox = app.store().outbox(10).await.expect("outbox");
    let reset = outbox
        .iter()
        .find(|m| m.body.contains("/password/reset/"))
        .expect("a reset message");
    assert_eq!(reset.subject, "Ailosod eich cyfrinair Tessera");
    assert!(
        reset
            .body
            .lines()
            .any(|l| l.trim().contains("/password/reset/") && !l.contains(' ')),
        "the link is on a line of its own: {}",
        reset.body
    );
}

#[test]
fn counts_take_the_right_plural_in_both_languages() {
    use tessera_l10n::{Lang, t_in};
    let counts = |lang, d: u64, i: u64| {
        t_in(
            lang,
            "home-pack-counts",
            &[("domains", d.into()), ("indicators", i.into())],
        )
    };
    assert_eq!(counts(Lang::En, 1, 1), "1 domain, 1 indicator");
    assert_eq!(counts(Lang::En, 2, 14), "2 domains, 14 indicators");
    assert_eq!(counts(Lang::Cy, 2, 3), "2 barth, 3 dangosydd");
    assert_eq!(counts(Lang::Cy, 1, 2), "1 parth, 2 ddangosydd");
    let search = |lang, d: u64, i: u64| {
        t_in(
            lang,
            "search-counts",
            &[
                ("domains", d.into()),
                ("indicators", i.into()),
                ("query", "x".into()),
            ],
        )
    };
    assert_eq!(
        search(Lang::En, 1, 2),
        "1 domain and 2 indicators match “x”."
    );
    let export = t_in(Lang::En, "export-datasets", &[("count", 1u64.into())]);
    assert!(export.starts_with("1 dataset, with"), "{export}");
}
