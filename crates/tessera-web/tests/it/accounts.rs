//! Accounts as people use them: signing in and out through the forms, CSRF, cookies,
//! throttling, invitations, password resets, roles, API tokens, sharing and retention.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tessera_store::Role;
use tessera_store::prelude::*;

use crate::support::{PASSWORD, Reply, TestApp};

fn location(reply: &Reply) -> String {
    reply
        .header(header::LOCATION)
        .unwrap_or_default()
        .to_owned()
}

fn set_cookies(reply: &Reply) -> Vec<String> {
    reply
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(str::to_owned)
        .collect()
}

/// The value of cookie `name` set by `reply`.
fn cookie_value(reply: &Reply, name: &str) -> Option<String> {
    set_cookies(reply).iter().find_map(|c| {
        c.split(';')
            .next()
            .and_then(|kv| kv.split_once('='))
            .filter(|(k, _)| *k == name)
            .map(|(_, v)| v.to_owned())
    })
}

/// The CSRF token in the first form of a page.
fn csrf_of(reply: &Reply) -> String {
    let html = reply.html();
    let sel = scraper::Selector::parse("input[name=csrf]").expect("selector");
    html.select(&sel)
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("a CSRF field")
        .to_owned()
}

/// A browser without a session: it keeps the cookies it is given.
struct Browser<'a> {
    app: &'a TestApp,
    cookies: Vec<(String, String)>,
    forwarded_https: bool,
}

impl<'a> Browser<'a> {
    fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            cookies: Vec::new(),
            forwarded_https: false,
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&mut self, reply: &Reply) {
        for c in set_cookies(reply) {
            let first = c.split(';').next().unwrap_or_default();
            if let Some((k, v)) = first.split_once('=') {
                self.cookies.retain(|(name, _)| name != k);
                if !c.contains("Max-Age=0") {
                    self.cookies.push((k.to_owned(), v.to_owned()));
                }
            }
        }
    }

    async fn get(&mut self, uri: &str) -> Reply {
        let mut builder = Request::get(uri).header(header::COOKIE, self.cookie_header());
        if self.forwarded_https {
            builder = builder.header("x-forwarded-proto", "https");
        }
        let reply = self
            .app
            .anonymous()
            .send_raw(builder.body(Body::empty()).expect("request"))
            .await;
        self.keep(&reply);
        reply
    }

    /// Posts a form the way a browser does: with the page's CSRF field and the cookies.
    async fn post(&mut self, uri: &str, fields: &[(&str, &str)]) -> Reply {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let mut builder = Request::post(uri)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if self.forwarded_https {
            builder = builder.header("x-forwarded-proto", "https");
        }
        let reply = self
            .app
            .anonymous()
            .send_raw(builder.body(Body::from(body)).expect("request"))
            .await;
        self.keep(&reply);
        reply
    }

    async fn sign_in(&mut self, email: &str, password: &str) -> Reply {
        let page = self.get("/sign-in").await;
        let csrf = csrf_of(&page);
        self.post(
            "/sign-in",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("password", password),
                ("next", "/plans"),
            ],
        )
        .await
    }
}

#[tokio::test]
async fn signing_in_and_out_through_the_forms_with_secure_cookies() {
    let app = TestApp::demo().await;
    let mut browser = Browser::new(&app);
    browser.forwarded_https = true;
    let page = browser.get("/sign-in").await;
    assert_eq!(page.status, StatusCode::OK);
    let pre = set_cookies(&page).join(" | ");
    assert!(pre.starts_with("tessera_pre="), "{pre}");
    for flag in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(pre.contains(flag), "{flag} missing from {pre}");
    }

    let signed_in = browser.sign_in("Owner@Demo.example", PASSWORD).await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    assert_eq!(location(&signed_in), "/plans");
    let session = set_cookies(&signed_in).join(" | ");
    assert!(session.starts_with("tessera_session="), "{session}");
    for flag in ["HttpOnly", "SameSite=Lax", "Secure"] {
        assert!(session.contains(flag), "{flag} missing from {session}");
    }
    let plans = browser.get("/plans").await;
    assert_eq!(plans.status, StatusCode::OK);
    assert_eq!(plans.texts("#current-org"), ["Demo Town Council"]);
    assert_eq!(plans.header(header::CACHE_CONTROL), Some("no-store"));
    let demo = app.demo_org().await;
    let log = app.store().audit_events(demo.id, 1).await.expect("log");
    assert_eq!(
        (log[0].action.as_str(), log[0].actor.as_str()),
        ("sign-in", "owner@demo.example")
    );

    let csrf = csrf_of(&plans);
    let out = browser.post("/sign-out", &[("csrf", &csrf)]).await;
    assert_eq!(location(&out), "/sign-in?done=signed-out");
    assert!(set_cookies(&out).join("").contains("Max-Age=0"));
    let log = app.store().audit_events(demo.id, 1).await.expect("log");
    assert_eq!(log[0].action, "sign-out");
    // The old session id opens nothing any more.
    let token = cookie_value(&signed_in, "tessera_session").expect("session");
    let replay = app
        .anonymous()
        .send_raw(
            Request::get("/plans")
                .header(header::COOKIE, format!("tessera_session={token}"))
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(replay.status, StatusCode::SEE_OTHER);

    // Over plain HTTP (no proxy saying https) cookies are not marked Secure.
    let mut plain = Browser::new(&app);
    let page = plain.get("/sign-in").await;
    assert!(!set_cookies(&page).join("").contains("Secure"));
}

#[tokio::test]
async fn forms_without_a_valid_csrf_token_are_refused_and_change_nothing() {
    let app = TestApp::demo().await;
    let who = app.identity().expect("owner");
    let anon = app.anonymous();
    let post = |cookie: String, body: String| {
        Request::post("/plans/1/delete")
            .header(header::COOKIE, cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request")
    };
    let session = format!("tessera_session={}", who.session);
    for (cookie, body) in [
        (session.clone(), ""),
        (session.clone(), "csrf=wrong"),
        (format!("{session}; tessera_pre=abc"), "csrf=abc"),
    ] {
        let reply = anon.send_raw(post(cookie, body.to_owned())).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{body}");
        assert!(reply.body.contains("reload the page"), "{}", reply.body);
    }
    // A multipart form is checked too.
    let reply = anon
        .send_raw(
            Request::post("/plans/import")
                .header(header::COOKIE, session.clone())
                .header(header::CONTENT_TYPE, "multipart/form-data; boundary=b")
                .body(Body::from(
                    "--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nwrong\r\n--b--\r\n",
                ))
                .expect("request"),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    // Signing in without the pre-sign-in token is refused as well (no login CSRF).
    let reply = anon
        .send_raw(
            Request::post("/sign-in")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from("email=owner%40demo.example&password=x"))
                .expect("request"),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let demo = app.demo_org().await;
    assert_eq!(app.store().plans(demo.id).await.expect("plans").len(), 2);
    // With the right token in the field the same form works.
    let ok = anon
        .send_raw(post(session, format!("csrf={}", who.csrf)))
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(app.store().plans(demo.id).await.expect("plans").len(), 1);
}

#[tokio::test]
async fn sign_in_is_throttled_after_five_failures_and_each_is_logged() {
    let app = TestApp::demo().await;
    let mut browser = Browser::new(&app);
    for attempt in 1..=5 {
        let reply = browser
            .sign_in("owner@demo.example", "not the password at all")
            .await;
        assert_eq!(reply.status, StatusCode::OK, "attempt {attempt}");
        assert!(
            reply
                .body
                .contains("e-mail address or password is not right")
        );
    }
    // Now even the right password is refused for a while.
    let reply = browser.sign_in("owner@demo.example", PASSWORD).await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(reply.body.contains("Wait 15 minutes"), "{}", reply.body);
    let demo = app.demo_org().await;
    let log = app.store().audit_events(demo.id, 6).await.expect("log");
    assert!(log.iter().all(|e| e.action == "sign-in-failed"), "{log:?}");
    assert_eq!(
        log[0].detail["reason"],
        "too many failed attempts; locked for 15 minutes"
    );
    // Another account is not affected; an unknown address fails the same way as a wrong password.
    let mut other = Browser::new(&app);
    let reply = other.sign_in("nobody@demo.example", PASSWORD).await;
    assert!(
        reply
            .body
            .contains("e-mail address or password is not right")
    );
}

#[tokio::test]
async fn an_invited_colleague_signs_up_with_a_good_password_and_has_the_invited_role() {
    let app = TestApp::demo().await;
    let invited = app
        .post_form(
            "/organisation/invitations",
            &[("email", "Sam@Demo.example"), ("role", "viewer")],
        )
        .await;
    assert_eq!(invited.status, StatusCode::OK);
    let link = invited.texts("#invitation-link").remove(0);
    assert!(link.starts_with("http://"), "{link}");
    let mail = app.store().outbox(1).await.expect("outbox").remove(0);
    assert_eq!(mail.to, "sam@demo.example");
    assert!(mail.body.contains(&link), "{}", mail.body);
    let path = link
        .split_once("//")
        .and_then(|(_, rest)| rest.split_once('/'))
        .map(|(_, p)| format!("/{p}"))
        .expect("path");

    let mut browser = Browser::new(&app);
    let form = browser.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Create your account"));
    let csrf = csrf_of(&form);
    let weak = browser
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("name", "Sam"),
                ("password", "password123"),
                ("confirm", "password123"),
            ],
        )
        .await;
    assert!(
        weak.body.contains("at least 15 characters"),
        "{}",
        weak.body
    );
    let common = browser
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("name", "Sam"),
                ("password", "passwordpassword"),
                ("confirm", "passwordpassword"),
            ],
        )
        .await;
    assert!(common.body.contains("too easy to guess"), "{}", common.body);
    let good = "kettle orbit lantern marsh";
    let joined = browser
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("name", "Sam Okafor"),
                ("password", good),
                ("confirm", good),
            ],
        )
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.body);
    let plans = browser.get("/plans").await;
    assert!(plans.body.contains("Language and friendship café"));
    // A viewer reads but does not change.
    let csrf = csrf_of(&browser.get("/plans/1").await);
    let refused = browser.post("/plans/1/delete", &[("csrf", &csrf)]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused.body.contains("needs the editor role"),
        "{}",
        refused.body
    );
    assert_eq!(
        browser.get("/datasets/1/original").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(browser.get("/audit").await.status, StatusCode::FORBIDDEN);
    // The link works once.
    assert_eq!(browser.get(&path).await.status, StatusCode::NOT_FOUND);
    let demo = app.demo_org().await;
    let sam = app
        .store()
        .members(demo.id)
        .await
        .expect("members")
        .into_iter()
        .find(|m| m.user.email == "sam@demo.example")
        .expect("Sam is a member");
    assert_eq!(sam.role, Role::Viewer);
}

#[tokio::test]
async fn a_password_reset_link_works_once_and_ends_every_session() {
    let app = TestApp::demo().await;
    let old_session = app.identity().expect("owner");
    let mut browser = Browser::new(&app);
    let form = browser.get("/password/forgot").await;
    let csrf = csrf_of(&form);
    let sent = browser
        .post(
            "/password/forgot",
            &[("csrf", &csrf), ("email", "owner@demo.example")],
        )
        .await;
    assert!(sent.body.contains("Check your e-mail"));
    // An unknown address gets the same answer and no message.
    let unknown = browser
        .post(
            "/password/forgot",
            &[("csrf", &csrf), ("email", "nobody@demo.example")],
        )
        .await;
    assert_eq!(unknown.texts("#sent").len(), 1);
    let outbox = app.store().outbox(10).await.expect("outbox");
    assert_eq!(outbox.len(), 1);
    let link = outbox[0]
        .body
        .lines()
        .find(|l| l.contains("/password/reset/"))
        .expect("link")
        .trim();
    let path = &link[link.find("/password/").expect("path")..];

    let page = browser.get(path).await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = csrf_of(&page);
    let new = "plum violin harbour sketch";
    let done = browser
        .post(
            path,
            &[("csrf", &csrf), ("password", new), ("confirm", new)],
        )
        .await;
    assert_eq!(location(&done), "/sign-in?done=reset");
    assert_eq!(browser.get(path).await.status, StatusCode::NOT_FOUND);
    // Sessions from before the reset are over; the new password works, the old does not.
    assert_eq!(
        app.get("/plans").await.status,
        StatusCode::SEE_OTHER,
        "{old_session:?}"
    );
    assert_eq!(
        browser.sign_in("owner@demo.example", PASSWORD).await.status,
        StatusCode::OK
    );
    assert_eq!(
        browser.sign_in("owner@demo.example", new).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn personal_api_tokens_open_the_api_until_revoked() {
    let app = TestApp::demo().await;
    let created = app
        .post_form(
            "/account/tokens",
            &[("name", "report script"), ("role", "viewer")],
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let token = created.texts("#new-token").remove(0);
    assert!(token.starts_with("tsr_"));
    let api = app.anonymous();
    let bearer = |t: &str| {
        Request::get("/api/v1/plans")
            .header(header::AUTHORIZATION, format!("Bearer {t}"))
            .body(Body::empty())
            .expect("request")
    };
    let reply = api.send_raw(bearer(&token)).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json()["plans"].as_array().map(Vec::len), Some(2));
    // A viewer token cannot change anything.
    let delete = api
        .send_raw(
            Request::delete("/api/v1/plans/1")
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(delete.status, StatusCode::FORBIDDEN);
    // Stored only as a hash.
    let demo = app.demo_org().await;
    let listed = app.store().api_tokens(demo.id).await.expect("tokens");
    let mine = listed
        .iter()
        .find(|t| t.name == "report script")
        .expect("listed");
    assert!(token.starts_with(&mine.prefix));
    let mut backup = Vec::new();
    app.store().backup(&mut backup).await.expect("backup");
    assert!(!String::from_utf8_lossy(&backup).contains(&token));

    let revoked = app
        .post_form(&format!("/account/tokens/{}/revoke", mine.id), &[])
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(
        api.send_raw(bearer(&token)).await.status,
        StatusCode::UNAUTHORIZED
    );
    // A token cannot do more than its maker.
    let viewer = app.member(demo.id, "vic@demo.example", Role::Viewer).await;
    let too_much = app
        .as_(Some(viewer))
        .post_form("/account/tokens", &[("name", "x"), ("role", "owner")])
        .await;
    assert!(too_much.body.contains("cannot do more than you"));
}

#[tokio::test]
async fn a_shared_result_is_seen_by_the_chosen_organisation_until_withdrawn() {
    let app = TestApp::demo().await;
    let store = app.store();
    let beta = app.add_org("beta", "Beta Refugee Action").await;
    let gamma = app.add_org("gamma", "Gamma Trust").await;
    let b = app.as_(Some(
        app.member(beta, "bea@beta.example", Role::Viewer).await,
    ));
    let c = app.as_(Some(
        app.member(gamma, "cal@gamma.example", Role::Owner).await,
    ));

    let shared = app
        .post_form("/datasets/1/sharing", &[("with", "beta")])
        .await;
    assert_eq!(shared.status, StatusCode::SEE_OTHER);
    let demo = app.demo_org().await;
    let share = store
        .shares_of(
            demo.id,
            tessera_store::SharedObject::Dataset(tessera_store::DatasetId(1)),
        )
        .await
        .expect("read")
        .remove(0);
    let log = store.audit_events(demo.id, 1).await.expect("log");
    assert_eq!(
        (log[0].action.as_str(), log[0].object.as_str()),
        ("share", "dataset:1")
    );

    let list = b.get("/shared").await;
    assert_eq!(
        list.texts("#shared-with-us a"),
        [tessera_app::demo::DEMO_DATASET]
    );
    let url = format!("/shared/{}", share.key);
    let seen = b.get_computed(&url).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(
        seen.texts("#shared-notice")[0]
            .contains("Demo Town Council shares these results with Beta Refugee Action")
    );
    // The profile's estimates, not rows: no links to files, breakdowns or actions.
    assert!(seen.body.contains("Newcomers") || seen.body.contains("newcomers"));
    for link in [
        "/datasets/1/original",
        "/datasets/1/measures/",
        "/datasets/1/delete",
        "/datasets/1/new-version",
    ] {
        assert!(
            !seen.body.contains(link),
            "{link} is linked from the shared page"
        );
    }
    // Sharing opens nothing else: not the file (a viewer may not download files at all), not
    // the API, not the owner's pages.
    assert_eq!(
        b.get("/datasets/1/original").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(b.get("/datasets/1").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        b.get("/api/v1/datasets/1/profile").await.status,
        StatusCode::NOT_FOUND
    );
    // Nobody else sees it. Signed out, the link asks to sign in (issue 13) and shows nothing.
    assert_eq!(c.get(&url).await.status, StatusCode::NOT_FOUND);
    let signed_out = app.anonymous().get(&url).await;
    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    assert_eq!(
        location(&signed_out),
        format!("/sign-in?next=%2Fshared%2F{}", share.key)
    );
    assert!(!signed_out.body.contains(tessera_app::demo::DEMO_DATASET));

    let withdrawn = app
        .post_form(
            &format!("/sharing/{}/withdraw", share.id),
            &[("back", "/datasets/1/sharing")],
        )
        .await;
    assert_eq!(location(&withdrawn), "/datasets/1/sharing");
    assert_eq!(b.get(&url).await.status, StatusCode::NOT_FOUND);
    assert!(b.get("/shared").await.texts("#shared-with-us a").is_empty());

    // Published to everyone: anyone can read it without signing in, until it is withdrawn.
    let published = app
        .post_form("/plans/1/sharing", &[("with", "everyone")])
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let public = store
        .shares_of(
            demo.id,
            tessera_store::SharedObject::Plan(tessera_store::PlanId(1)),
        )
        .await
        .expect("read")
        .remove(0);
    let anon = app.anonymous();
    let page = anon.get(&format!("/shared/{}", public.key)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), ["Language and friendship café"]);
    assert!(page.texts("a").iter().all(|t| !t.starts_with("Change")));
    assert_eq!(
        anon.get("/shared").await.texts("#published a"),
        ["Language and friendship café"]
    );
    // Deleting the plan ends the share too.
    assert_eq!(
        app.post_form("/plans/1/delete", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        anon.get(&format!("/shared/{}", public.key)).await.status,
        StatusCode::NOT_FOUND
    );
    // Sharing with an unknown organisation says so.
    let unknown = app
        .post_form("/plans/2/sharing", &[("with", "nobody")])
        .await;
    assert!(
        unknown
            .body
            .contains("There is no organisation called “nobody”")
    );
}

#[tokio::test]
async fn owners_are_prompted_to_delete_datasets_past_their_retention_date() {
    let app = TestApp::demo().await;
    let set = app
        .post_form("/datasets/1/retention", &[("retain_until", "2020-01-31")])
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER);
    let list = app.get("/datasets").await;
    assert_eq!(list.texts("#overdue-title"), ["Retention date passed"]);
    assert!(list.texts("#retention-prompt a")[0].starts_with("Delete Kestrel Bay"));
    assert_eq!(
        app.get("/").await.texts("#overdue-title"),
        ["Retention date passed"]
    );
    assert!(app.get("/datasets/1").await.texts("#retention")[0].contains("2020-01-31"));
    // Editors are not prompted (they cannot delete); a bad date is refused with what to type.
    let demo = app.demo_org().await;
    let editor = app.as_(Some(
        app.member(demo.id, "ed@demo.example", Role::Editor).await,
    ));
    assert!(
        editor
            .get("/datasets")
            .await
            .texts("#overdue-title")
            .is_empty()
    );
    let bad = app
        .post_form("/datasets/1/retention", &[("retain_until", "31/01/2020")])
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("YYYY-MM-DD"), "{}", bad.body);
    let later = app
        .post_form("/datasets/1/retention", &[("retain_until", "2099-12-31")])
        .await;
    assert_eq!(later.status, StatusCode::SEE_OTHER);
    assert!(
        app.get("/datasets")
            .await
            .texts("#overdue-title")
            .is_empty()
    );
    let log = app.store().audit_events(demo.id, 1).await.expect("log");
    assert_eq!(log[0].detail["before"]["retain_until"], "2020-01-31");
    assert_eq!(log[0].detail["after"]["retain_until"], "2099-12-31");
}

#[tokio::test]
async fn the_last_owner_cannot_be_removed_and_roles_change_with_a_record() {
    let app = TestApp::demo().await;
    let demo = app.demo_org().await;
    let owner = app.store().members(demo.id).await.expect("members")[0]
        .user
        .id;
    let refused = app
        .post_form(
            &format!("/organisation/members/{owner}/role"),
            &[("role", "viewer")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused.body.contains("at least one owner"),
        "{}",
        refused.body
    );
    let ana = app.member(demo.id, "ana@demo.example", Role::Viewer).await;
    let ana_id = app
        .store()
        .user_credentials("ana@demo.example")
        .await
        .expect("read")
        .expect("ana")
        .user
        .id;
    let changed = app
        .post_form(
            &format!("/organisation/members/{ana_id}/role"),
            &[("role", "analyst")],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    let ana_app = app.as_(Some(ana));
    assert_eq!(
        ana_app.get("/datasets/1/original").await.status,
        StatusCode::OK
    );
    let removed = app
        .post_form(&format!("/organisation/members/{ana_id}/remove"), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    // Removed: her session no longer reaches the organisation, her API token no longer works.
    assert_eq!(ana_app.get("/plans").await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        ana_app.get("/api/v1/plans").await.status,
        StatusCode::UNAUTHORIZED
    );
    let log = app.store().audit_events(demo.id, 2).await.expect("log");
    assert_eq!(
        (log[0].action.as_str(), log[0].object.as_str()),
        ("delete", "membership:ana@demo.example")
    );
    assert_eq!(log[1].detail["after"]["role"], "analyst");
}

#[tokio::test]
async fn a_member_of_two_organisations_switches_between_them() {
    let app = TestApp::demo().await;
    let store = app.store();
    let demo = app.demo_org().await;
    let beta = app.add_org("beta", "Beta Refugee Action").await;
    let who = app.member(demo.id, "kim@example.org", Role::Editor).await;
    app.member(beta, "kim@example.org", Role::Viewer).await;
    let kim = app.as_(Some(who));

    let list = kim.get("/organisations").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.body.contains("Switch to Beta Refugee Action"),
        "{}",
        list.body
    );
    assert!(
        kim.get("/plans")
            .await
            .body
            .contains("Language and friendship café")
    );

    let switched = kim
        .post_form("/organisations/switch", &[("org", "beta")])
        .await;
    assert_eq!(location(&switched), "/");
    let plans = kim.get("/plans").await;
    assert_eq!(plans.texts("#current-org"), ["Beta Refugee Action"]);
    assert!(!plans.body.contains("Language and friendship café"));
    assert_eq!(kim.get("/plans/1").await.status, StatusCode::NOT_FOUND);
    // The role is Beta's: a viewer there.
    assert_eq!(
        kim.post_form("/plans/new", &[]).await.status,
        StatusCode::FORBIDDEN
    );
    let log = store.audit_events(beta, 1).await.expect("log");
    assert_eq!(log[0].action, "switch-organisation");
    // Not a member: not found, and nothing changes.
    let refused = kim
        .post_form("/organisations/switch", &[("org", "gamma")])
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(
        kim.get("/plans").await.texts("#current-org"),
        ["Beta Refugee Action"]
    );
    let back = kim
        .post_form("/organisations/switch", &[("org", "demo")])
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER);
    assert!(
        kim.get("/plans")
            .await
            .body
            .contains("Language and friendship café")
    );
}

#[tokio::test]
async fn a_session_ends_after_a_week_however_much_it_is_used() {
    use tessera_store::credentials::hash_token;
    let app = TestApp::demo().await;
    let owner = app
        .store()
        .user_credentials("owner@demo.example")
        .await
        .expect("read")
        .expect("owner");
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let demo = app.demo_org().await;
    for (token, started, open) in [
        ("six-days", now - 6 * 86_400, true),
        ("eight-days", now - 8 * 86_400, false),
    ] {
        app.store()
            .create_session(
                &hash_token(token),
                owner.user.id,
                Some(demo.id),
                "c",
                started,
                now + 3_600,
            )
            .await
            .expect("session");
        let reply = app
            .anonymous()
            .send_raw(
                Request::get("/plans")
                    .header(header::COOKIE, format!("tessera_session={token}"))
                    .body(Body::empty())
                    .expect("request"),
            )
            .await;
        let expected = if open {
            StatusCode::OK
        } else {
            StatusCode::SEE_OTHER
        };
        assert_eq!(reply.status, expected, "{token}");
    }
}
