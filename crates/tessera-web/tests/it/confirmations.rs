//! The smaller fixes of issue 13 in this area: removing and withdrawing ask first, the sole
//! owner rule is said beside the members, an organisation-only share link asks a signed-out
//! visitor to sign in, and anyone signed in can create an organisation.

use axum::http::{StatusCode, header};
use tessera_store::prelude::*;
use tessera_store::{Role, SharedObject};

use crate::support::TestApp;

fn location(reply: &crate::support::Reply) -> String {
    reply
        .header(header::LOCATION)
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn removing_a_member_asks_first_and_the_sole_owner_rule_is_said_on_the_page() {
    let app = TestApp::demo().await;
    let demo = app.demo_org().await;
    app.member(demo.id, "ana@demo.example", Role::Editor).await;
    let members = app.store().members(demo.id).await.expect("members");
    let ana = members
        .iter()
        .find(|m| m.user.email == "ana@demo.example")
        .expect("ana")
        .user
        .id;
    let owner = members
        .iter()
        .find(|m| m.role == Role::Owner)
        .expect("owner")
        .user
        .id;

    // The page offers a link, not a button that acts at once.
    let page = app.get("/organisation").await;
    let remove = format!("/organisation/members/{ana}/remove");
    assert_eq!(page.texts(&format!("a[href='{remove}']")).len(), 1);
    assert!(!page.body.contains(&format!("action=\"{remove}\"")));

    let confirm = app.get(&remove).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert_eq!(confirm.texts("h1"), ["Remove ana from Demo Town Council?"]);
    assert_eq!(
        confirm.texts(&format!("form[action='{remove}'] button")),
        ["Remove them"]
    );
    assert_eq!(confirm.texts("a#cancel"), ["Cancel"]);
    // Looking changed nothing.
    assert_eq!(
        app.store().members(demo.id).await.expect("members").len(),
        2
    );
    let removed = app.post_form(&remove, &[]).await;
    assert_eq!(location(&removed), "/organisation?done=removed");
    assert_eq!(
        app.store().members(demo.id).await.expect("members").len(),
        1
    );

    // The last owner: the organisation page again, with the rule beside the members.
    for refused in [
        app.get(&format!("/organisation/members/{owner}/remove"))
            .await,
        app.post_form(&format!("/organisation/members/{owner}/remove"), &[])
            .await,
        app.post_form(
            &format!("/organisation/members/{owner}/role"),
            &[("role", "editor")],
        )
        .await,
    ] {
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        assert_eq!(refused.texts("h1"), ["Members and access"]);
        let inline = refused.texts("#members-error").join(" ");
        assert!(inline.contains("at least one owner"), "{inline}");
        assert_eq!(
            refused
                .texts(".govuk-error-summary a[href='#members']")
                .len(),
            1
        );
    }
    assert_eq!(
        app.store().members(demo.id).await.expect("members")[0].role,
        Role::Owner
    );
}

#[tokio::test]
async fn revoking_tokens_and_invitations_asks_first() {
    let app = TestApp::demo().await;
    let demo = app.demo_org().await;
    let token = app.store().api_tokens(demo.id).await.expect("tokens")[0].id;
    for (uri, heading) in [
        (
            format!("/account/tokens/{token}/revoke"),
            "Revoke the API token “tests”?",
        ),
        (
            format!("/organisation/tokens/{token}/revoke"),
            "Revoke the API token “tests”?",
        ),
    ] {
        let confirm = app.get(&uri).await;
        assert_eq!(confirm.status, StatusCode::OK, "{uri}");
        assert_eq!(confirm.texts("h1"), [heading]);
        assert_eq!(
            confirm.texts(&format!("form[action='{uri}'] button")).len(),
            1
        );
    }
    app.post_form(
        "/organisation/invitations",
        &[("email", "new@demo.example"), ("role", "viewer")],
    )
    .await;
    let invitation = app
        .store()
        .pending_invitations(demo.id)
        .await
        .expect("invitations")[0]
        .id;
    let uri = format!("/organisation/invitations/{invitation}/revoke");
    let confirm = app.get(&uri).await;
    assert_eq!(
        confirm.texts("h1"),
        ["Withdraw the invitation for new@demo.example?"]
    );
    assert_eq!(
        app.store()
            .pending_invitations(demo.id)
            .await
            .expect("invitations")
            .len(),
        1
    );
    let withdrawn = app.post_form(&uri, &[]).await;
    assert_eq!(location(&withdrawn), "/organisation?done=revoked");
    assert_eq!(app.get(&uri).await.status, StatusCode::NOT_FOUND);
    // In Welsh too.
    let welsh = app
        .get(&format!("/organisation/tokens/{token}/revoke?lang=cy"))
        .await;
    assert_eq!(welsh.texts("h1"), ["Diddymu'r tocyn API “tests”?"]);
}

#[tokio::test]
async fn withdrawing_a_share_asks_first_and_only_its_owner_sees_the_question() {
    let app = TestApp::demo().await;
    let beta = app.add_org("beta", "Beta Refugee Action").await;
    let b = app.as_(Some(
        app.member(beta, "owner@beta.example", Role::Owner).await,
    ));
    app.post_form("/datasets/1/sharing", &[("with", "beta")])
        .await;
    let demo = app.demo_org().await;
    let share = app
        .store()
        .shares_of(demo.id, SharedObject::Dataset(tessera_store::DatasetId(1)))
        .await
        .expect("shares")
        .remove(0);
    let manage = app.get("/datasets/1/sharing").await;
    let link = format!("/sharing/{}/withdraw?back=/datasets/1/sharing", share.id);
    assert_eq!(manage.texts(&format!("a[href='{link}']")).len(), 1);
    let confirm = app.get(&link).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert_eq!(
        confirm.texts("h1"),
        [format!(
            "Stop sharing the results of “{}” with Beta Refugee Action?",
            tessera_app::demo::DEMO_DATASET
        )]
    );
    assert_eq!(confirm.texts("a#cancel"), ["Cancel"]);
    assert!(
        confirm
            .body
            .contains("name=\"back\" value=\"/datasets/1/sharing\"")
    );
    assert_eq!(b.get(&link).await.status, StatusCode::NOT_FOUND);
    let done = app
        .post_form(
            &format!("/sharing/{}/withdraw", share.id),
            &[("back", "/datasets/1/sharing")],
        )
        .await;
    assert_eq!(location(&done), "/datasets/1/sharing");
    assert_eq!(app.get(&link).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_organisation_only_link_opened_signed_out_asks_to_sign_in_and_comes_back() {
    let app = TestApp::demo().await;
    let beta = app.add_org("beta", "Beta Refugee Action").await;
    let gamma = app.add_org("gamma", "Gamma Trust").await;
    app.post_form("/plans/1/sharing", &[("with", "beta")]).await;
    let demo = app.demo_org().await;
    let share = app
        .store()
        .shares_of(demo.id, SharedObject::Plan(tessera_store::PlanId(1)))
        .await
        .expect("shares")
        .remove(0);
    let url = format!("/shared/{}", share.key);
    let anonymous = app.anonymous();
    let asked = anonymous.get(&url).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let next = location(&asked);
    assert_eq!(next, format!("/sign-in?next=%2Fshared%2F{}", share.key));
    let sign_in = anonymous.get(&next).await;
    assert!(
        sign_in.texts("#sign-in-reason")[0]
            .contains("Sign in with an account of that organisation"),
        "{}",
        sign_in.body
    );
    assert_eq!(
        sign_in
            .html()
            .select(&scraper::Selector::parse("input[name='next']").expect("selector"))
            .next()
            .and_then(|i| i.value().attr("value").map(str::to_owned)),
        Some(url.clone())
    );
    // A member of the organisation shared with, working in another of theirs, is told to switch.
    let kim = app.member(gamma, "kim@example.org", Role::Viewer).await;
    app.member(beta, "kim@example.org", Role::Viewer).await;
    let kim = app.as_(Some(kim));
    let other = kim.get(&url).await;
    assert_eq!(other.status, StatusCode::FORBIDDEN);
    assert!(
        other
            .body
            .contains("Switch to working in Beta Refugee Action"),
        "{}",
        other.body
    );
    // Unknown and withdrawn links are still simply not found, signed in or not.
    assert_eq!(
        anonymous.get("/shared/not-a-key").await.status,
        StatusCode::NOT_FOUND
    );
    app.post_form(
        &format!("/sharing/{}/withdraw", share.id),
        &[("back", "/plans/1/sharing")],
    )
    .await;
    let gone = anonymous.get(&url).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert!(gone.body.contains("It may have been withdrawn"));
}

#[tokio::test]
async fn anyone_signed_in_can_create_an_organisation_and_becomes_its_owner() {
    let app = TestApp::demo().await;
    let demo = app.demo_org().await;
    let viewer = app.as_(Some(
        app.member(demo.id, "val@demo.example", Role::Viewer).await,
    ));
    let list = viewer.get("/organisations").await;
    assert_eq!(
        list.texts("#create-heading"),
        ["Create an organisation"],
        "offered to every member, not only administrators"
    );
    let bad = viewer
        .post_form("/organisations", &[("name", ""), ("slug", "Not Valid")])
        .await;
    assert_eq!(bad.status, StatusCode::OK);
    let errors = bad.texts(".govuk-error-summary li");
    assert_eq!(errors.len(), 2, "{errors:?}");
    let taken = viewer
        .post_form("/organisations", &[("name", "Again"), ("slug", "demo")])
        .await;
    assert!(
        taken
            .texts(".govuk-error-summary li")
            .join(" ")
            .contains("already an organisation with this short name")
    );
    let made = viewer
        .post_form(
            "/organisations",
            &[("name", "Kestrel Bay Refugee Action"), ("slug", "kestrel")],
        )
        .await;
    assert_eq!(location(&made), "/organisation?done=created");
    let page = viewer.get("/organisation?done=created").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.texts("#current-org"), ["Kestrel Bay Refugee Action"]);
    let kestrel = app
        .store()
        .organisation_by_slug("kestrel")
        .await
        .expect("read")
        .expect("made");
    let members = app.store().members(kestrel.id).await.expect("members");
    assert_eq!(
        members
            .iter()
            .map(|m| (m.user.email.as_str(), m.role))
            .collect::<Vec<_>>(),
        [("val@demo.example", Role::Owner)]
    );
    // Still a viewer of the demo organisation.
    assert_eq!(
        app.store()
            .memberships(members[0].user.id)
            .await
            .expect("memberships")
            .len(),
        2
    );
}
