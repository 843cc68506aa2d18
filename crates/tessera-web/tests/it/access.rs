//! Access control on every route: anonymous requests are sent to sign in (pages) or refused
//! with 401 (API); a member of another organisation gets 404 for this organisation's objects,
//! whether by their id, a guessed id, or a shared link that has been withdrawn.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tessera_store::Role;
use tessera_store::prelude::*;

use crate::support::{Identity, TestApp};

/// Who may ask without signing in.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Access {
    /// Anyone (the framework, search, sign-in and reset pages, published shares).
    Public,
    /// A signed-in member: anonymous GETs are redirected to sign in.
    Page,
    /// The JSON API: anonymous requests get 401.
    Api,
    /// ODK Collect's OpenRosa routes: anonymous requests get 401 asking for Basic.
    OpenRosa,
}

/// One route as the router declares it, and a request to it aimed at organisation A's objects.
struct Case {
    pattern: &'static str,
    method: &'static str,
    path: String,
    access: Access,
    /// Whether the path names one of A's objects (so B must get 404).
    object: bool,
}

fn case(
    pattern: &'static str,
    method: &'static str,
    path: String,
    access: Access,
    object: bool,
) -> Case {
    Case {
        pattern,
        method,
        path,
        access,
        object,
    }
}

/// Every route the routers declare, with the access rule of its group, as the test's own
/// access kinds.
fn declared_routes() -> BTreeSet<(String, String, Access)> {
    tessera_web::routes()
        .into_iter()
        .map(|r| {
            let access = match r.access {
                tessera_web::Access::Public | tessera_web::Access::PublicApi => Access::Public,
                tessera_web::Access::Member | tessera_web::Access::Upload => Access::Page,
                tessera_web::Access::TokenApi => Access::Api,
                tessera_web::Access::OpenRosa => Access::OpenRosa,
            };
            (r.pattern, r.method.to_owned(), access)
        })
        .collect()
}

struct World {
    app: TestApp,
    a: Identity,
    b: Identity,
    cases: Vec<Case>,
}

/// The demo organisation (A) with an upload in progress, an invitation, a withdrawn share and
/// an API token; and organisation B with its own owner.
async fn world() -> World {
    let app = TestApp::demo().await;
    let a = app.identity().expect("demo owner");
    let store = app.store();
    let demo = app.demo_org().await;
    let beta = app.add_org("beta", "Beta Refugee Action").await;
    let b = app.member(beta, "owner@beta.example", Role::Owner).await;
    // A weighting of A's survey, made through its page.
    let weighted = app
        .post_form(
            "/datasets/1/weightings",
            &[
                ("name", "census-2021"),
                ("method", "post_stratify"),
                ("variables_1", "ward"),
                (
                    "cells_1",
                    "Harbourside, 8200\nOld Town, 7400\nSaltings, 6900\nKestrel Heights, 8100\nMillbrook, 7600\nNorthgate, 7900\nFernlea, 6800\nQuayside, 7100",
                ),
            ],
        )
        .await;
    assert_eq!(weighted.status, StatusCode::SEE_OTHER, "{}", weighted.body);
    tessera_app::demo::seed_participants(store, &demo)
        .await
        .expect("demo participants");
    let someone = store
        .participants(demo.id, Some(tessera_store::PlanId(1)))
        .await
        .expect("read")
        .remove(0)
        .code;
    let consent = store.consents(demo.id, &someone).await.expect("read")[0].id;
    let output_log = store
        .output_logs(demo.id, tessera_store::PlanId(1))
        .await
        .expect("read")[0]
        .id;
    // A's stories (seeded with the participants) and a report on the café plan.
    let story = store.stories(demo.id).await.expect("read")[0].id;
    let photo = store
        .create_story(
            demo.id,
            tessera_store::NewStory {
                kind: "photo".to_owned(),
                title: "Café wall".to_owned(),
                body: "The wall of welcome notes.".to_owned(),
                occurred_on: None,
                participant_code: None,
                group_label: "Café".to_owned(),
                consent_id: None,
                consent: tessera_store::StoryConsent::default(),
                anonymised: true,
                tags: Vec::new(),
            },
            Some(tessera_store::StoryFile {
                file_name: "wall.png".to_owned(),
                media_type: "image/png".to_owned(),
                bytes: b"\x89PNG\r\n\x1a\n".to_vec(),
            }),
            "test",
        )
        .await
        .expect("photo story")
        .id;
    // A's library entry, shown to a third organisation only (so B must not find it), with
    // that organisation's question on it. (The demo's café entry is published to everyone.)
    let gamma = app.add_org("gamma", "Gamma Trust").await;
    let content = tessera_app::library::content::EntryContent {
        summary: "A weekly club".to_owned(),
        goal: "Friends".to_owned(),
        activities: Vec::new(),
        target_groups: Vec::new(),
        sides: Vec::new(),
        started_on: None,
        ended_on: None,
        figures: Vec::new(),
        not_worked: String::new(),
        lessons: String::new(),
        costs: String::new(),
        stories: Vec::new(),
        min_cell: 10,
        plan: serde_json::json!({}),
    };
    let entry = store
        .publish_library_entry(
            demo.id,
            tessera_store::NewLibraryEntry {
                plan: tessera_store::PlanId(2),
                title: "Club for Gamma".to_owned(),
                design: "comparison".to_owned(),
                region: "london".to_owned(),
                authority_type: "london-borough".to_owned(),
                sample_size: Some(40),
                domains: Vec::new(),
                indicators: Vec::new(),
                target_groups: Vec::new(),
                content: serde_json::to_value(&content).expect("content"),
                published_at: "2026-11-01T00:00:00Z".to_owned(),
                audience: Some(vec![gamma]),
            },
            "test",
        )
        .await
        .expect("library entry")
        .id;
    let comment = store
        .add_library_comment(gamma, entry, "How many came?", "someone@gamma.example")
        .await
        .expect("comment")
        .expect("shown to Gamma")
        .id;
    let report = store
        .create_report(
            demo.id,
            tessera_store::NewReport {
                plan: tessera_store::PlanId(1),
                title: "Year one".to_owned(),
                period_start: "2025-09-01".to_owned(),
                period_end: "2026-07-31".to_owned(),
                sections: serde_json::json!([{ "kind": "summary", "narrative": "" }]),
                stories: vec![],
                status: "draft".to_owned(),
            },
            "test",
        )
        .await
        .expect("report")
        .id;
    let assessment = store
        .create_assessment(
            demo.id,
            tessera_store::NewAssessment {
                kind: "inclusive-cities".to_owned(),
                title: "Policy review".to_owned(),
                taken_on: "2026-03-01".to_owned(),
                answers: serde_json::json!({
                    "levels": { "principle:local-leadership": 2 },
                    "actions": [{ "item": "principle:local-leadership", "text": "Name a lead" }]
                }),
            },
            "t",
        )
        .await
        .expect("assessment")
        .id;
    let reference = store
        .create_reference_value(
            demo.id,
            tessera_store::NewReferenceValue {
                indicator: "ioi-2019/bri-friends-different".to_owned(),
                value: "0.5".to_owned(),
                area: "England".to_owned(),
                level: "national".to_owned(),
                source: "Survey".to_owned(),
                url: String::new(),
                year: 2022,
                notes: String::new(),
            },
            "t",
        )
        .await
        .expect("reference value")
        .id;
    let pack = store
        .save_org_pack(
            demo.id,
            tessera_store::NewOrgPack {
                pack_id: "demo-local".to_owned(),
                name: "Demo local".to_owned(),
                files: Vec::new(),
            },
            "t",
        )
        .await
        .expect("pack")
        .id;

    let mapping = store
        .dataset(demo.id, tessera_store::DatasetId(1))
        .await
        .expect("read")
        .expect("demo dataset")
        .mapping;
    let measure = mapping["measures"][0]["id"]
        .as_str()
        .expect("a measure")
        .to_owned();
    let upload = app
        .post_multipart(
            "/datasets/new",
            &[
                ("name", None, b"Pending"),
                ("file", Some("small.csv"), b"group,answer\n1,2\n2,1\n"),
            ],
        )
        .await;
    let import = upload
        .header(header::LOCATION)
        .expect("an upload goes on to its mapping")
        .split('/')
        .nth(3)
        .expect("token")
        .to_owned();
    let invited = app
        .post_form(
            "/organisation/invitations",
            &[("email", "new.colleague@demo.example"), ("role", "viewer")],
        )
        .await;
    assert_eq!(invited.status, StatusCode::OK);
    let invitation = store.pending_invitations(demo.id).await.expect("read")[0].id;
    let token = store.api_tokens(demo.id).await.expect("read")[0].id;
    let owner = store.members(demo.id).await.expect("read")[0].user.id;
    let shared = app.post_form("/plans/1/sharing", &[("with", "beta")]).await;
    assert_eq!(shared.status, StatusCode::SEE_OTHER);
    let share = store
        .shares_of(
            demo.id,
            tessera_store::SharedObject::Plan(tessera_store::PlanId(1)),
        )
        .await
        .expect("read")
        .remove(0);
    // B can see it while it is shared…
    assert_eq!(
        app.as_(Some(b.clone()))
            .get(&format!("/shared/{}", share.key))
            .await
            .status,
        StatusCode::OK
    );
    let withdrawn = app
        .post_form(
            &format!("/sharing/{}/withdraw", share.id),
            &[("back", "/plans/1/sharing")],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);

    let built = app
        .post_form("/questionnaires/new", &[("from", "plan"), ("plan", "1")])
        .await;
    assert_eq!(built.status, StatusCode::SEE_OTHER, "{}", built.body);
    let questionnaire = built
        .header(header::LOCATION)
        .and_then(|l| l.trim_start_matches("/questionnaires/").split('?').next())
        .expect("the new questionnaire")
        .to_owned();

    // A (the demo council) commissions Gamma, which agreed with its own plan, set a period and
    // received Gamma's report (issue 17, partners).
    let delta = app.add_org("delta", "Delta Welcome Project").await;
    let delta_plan = store
        .create_plan(tessera_store::NewPlan {
            org: delta,
            title: "Delta club".to_owned(),
            document: store
                .plan(demo.id, tessera_store::PlanId(1))
                .await
                .expect("read")
                .expect("plan 1")
                .document,
            created_by: "t".to_owned(),
        })
        .await
        .expect("delta plan")
        .id;
    let link = store
        .invite_partner(demo.id, tessera_store::PlanId(1), delta, "", "t")
        .await
        .expect("invite")
        .id;
    store
        .answer_partner_invitation(delta, link, Some(delta_plan), "t")
        .await
        .expect("agree");
    let period = store
        .create_reporting_period(
            demo.id,
            tessera_store::PlanId(1),
            tessera_store::NewReportingPeriod {
                label: "2026 Q1".to_owned(),
                period_start: "2026-01-01".to_owned(),
                period_end: "2026-03-31".to_owned(),
                due_on: "2026-04-30".to_owned(),
            },
            "t",
        )
        .await
        .expect("period")
        .id;
    let partner_report = store
        .submit_partner_report(delta, link, period, crate::partners::empty_snapshot(), "t")
        .await
        .expect("report")
        .id;

    let collector = store
        .create_collector(tessera_store::NewCollector {
            org: demo.id,
            questionnaire: None,
            name: "field-1".to_owned(),
            password: "a long collector password".to_owned(),
            created_by: "test".to_owned(),
        })
        .await
        .expect("collector")
        .id;
    let no_link = "A".repeat(24);

    use Access::{Api, OpenRosa, Page, Public};
    let qn = &questionnaire;
    let m = &measure;
    let k = &share.key;
    let p = &someone;
    let cases = vec![
        case("/", "GET", "/".into(), Public, false),
        case("/healthz", "GET", "/healthz".into(), Public, false),
        case("/frameworks", "GET", "/frameworks".into(), Public, false),
        case(
            "/frameworks/{pack}",
            "GET",
            "/frameworks/ioi-2019".into(),
            Public,
            false,
        ),
        case(
            "/frameworks/{pack}/domains/{domain}",
            "GET",
            "/frameworks/ioi-2019/domains/social-bridges".into(),
            Public,
            false,
        ),
        case(
            "/frameworks/{pack}/indicators/{indicator}",
            "GET",
            "/frameworks/ioi-2019/indicators/bri-friends-different".into(),
            Public,
            false,
        ),
        case("/search", "GET", "/search?q=ESOL".into(), Public, false),
        case("/sign-in", "GET", "/sign-in".into(), Public, false),
        case("/sign-in", "POST", "/sign-in".into(), Public, false),
        case("/sign-out", "POST", "/sign-out".into(), Public, false),
        case(
            "/password/forgot",
            "GET",
            "/password/forgot".into(),
            Public,
            false,
        ),
        case(
            "/password/forgot",
            "POST",
            "/password/forgot".into(),
            Public,
            false,
        ),
        case(
            "/password/reset/{token}",
            "GET",
            "/password/reset/not-a-token".into(),
            Public,
            false,
        ),
        case(
            "/password/reset/{token}",
            "POST",
            "/password/reset/not-a-token".into(),
            Public,
            false,
        ),
        case(
            "/invitations/{token}",
            "GET",
            "/invitations/not-a-token".into(),
            Public,
            false,
        ),
        case(
            "/invitations/{token}",
            "POST",
            "/invitations/not-a-token".into(),
            Public,
            false,
        ),
        case("/shared", "GET", "/shared".into(), Public, false),
        case("/shared/{key}", "GET", format!("/shared/{k}"), Public, true),
        case("/account", "GET", "/account".into(), Page, false),
        case(
            "/account/password",
            "GET",
            "/account/password".into(),
            Page,
            false,
        ),
        case(
            "/account/password",
            "POST",
            "/account/password".into(),
            Page,
            false,
        ),
        case(
            "/account/tokens",
            "POST",
            "/account/tokens".into(),
            Page,
            false,
        ),
        case(
            "/account/tokens/{id}/revoke",
            "GET",
            format!("/account/tokens/{token}/revoke"),
            Page,
            true,
        ),
        case(
            "/account/tokens/{id}/revoke",
            "POST",
            format!("/account/tokens/{token}/revoke"),
            Page,
            true,
        ),
        case("/organisation", "GET", "/organisation".into(), Page, false),
        case(
            "/organisation/invitations",
            "POST",
            "/organisation/invitations".into(),
            Page,
            false,
        ),
        case(
            "/organisation/invitations/{id}/revoke",
            "GET",
            format!("/organisation/invitations/{invitation}/revoke"),
            Page,
            true,
        ),
        case(
            "/organisation/invitations/{id}/revoke",
            "POST",
            format!("/organisation/invitations/{invitation}/revoke"),
            Page,
            true,
        ),
        case(
            "/organisation/members/{id}/role",
            "POST",
            format!("/organisation/members/{owner}/role"),
            Page,
            true,
        ),
        case(
            "/organisation/members/{id}/remove",
            "GET",
            format!("/organisation/members/{owner}/remove"),
            Page,
            true,
        ),
        case(
            "/organisation/members/{id}/remove",
            "POST",
            format!("/organisation/members/{owner}/remove"),
            Page,
            true,
        ),
        case(
            "/organisation/tokens/{id}/revoke",
            "GET",
            format!("/organisation/tokens/{token}/revoke"),
            Page,
            true,
        ),
        case(
            "/organisation/tokens/{id}/revoke",
            "POST",
            format!("/organisation/tokens/{token}/revoke"),
            Page,
            true,
        ),
        case(
            "/organisations",
            "GET",
            "/organisations".into(),
            Page,
            false,
        ),
        case(
            "/organisations",
            "POST",
            "/organisations".into(),
            Page,
            false,
        ),
        case(
            "/organisations/switch",
            "POST",
            "/organisations/switch".into(),
            Page,
            false,
        ),
        case("/audit", "GET", "/audit".into(), Page, false),
        case("/audit.csv", "GET", "/audit.csv".into(), Page, false),
        case("/export", "GET", "/export".into(), Page, false),
        case("/export.json", "GET", "/export.json".into(), Page, false),
        case("/datasets", "GET", "/datasets".into(), Page, false),
        case("/datasets/new", "GET", "/datasets/new".into(), Page, false),
        case("/datasets/new", "POST", "/datasets/new".into(), Page, false),
        case("/datasets/{id}", "GET", "/datasets/1".into(), Page, true),
        case(
            "/datasets/{id}/original",
            "GET",
            "/datasets/1/original".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/delete",
            "GET",
            "/datasets/1/delete".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/delete",
            "POST",
            "/datasets/1/delete".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/retention",
            "POST",
            "/datasets/1/retention".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/sharing",
            "GET",
            "/datasets/1/sharing".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/sharing",
            "POST",
            "/datasets/1/sharing".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/new-version",
            "GET",
            "/datasets/1/new-version".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/new-version",
            "POST",
            "/datasets/1/new-version".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/measures/{measure}",
            "GET",
            format!("/datasets/1/measures/{m}"),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/measures/{measure}/export.csv",
            "GET",
            format!("/datasets/1/measures/{m}/export.csv"),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/measures/{measure}/export.xlsx",
            "GET",
            format!("/datasets/1/measures/{m}/export.xlsx"),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/weightings",
            "GET",
            "/datasets/1/weightings".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/weightings",
            "POST",
            "/datasets/1/weightings".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/weightings/upload",
            "POST",
            "/datasets/1/weightings/upload".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/weightings/{name}",
            "GET",
            "/datasets/1/weightings/census-2021".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/weightings/{name}/delete",
            "POST",
            "/datasets/1/weightings/census-2021/delete".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/mapping",
            "GET",
            "/datasets/1/mapping".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/mapping/edit",
            "GET",
            "/datasets/1/mapping/edit".into(),
            Page,
            true,
        ),
        case(
            "/datasets/{id}/mapping/edit",
            "POST",
            "/datasets/1/mapping/edit".into(),
            Page,
            true,
        ),
        case(
            "/datasets/imports/{token}/preview",
            "GET",
            format!("/datasets/imports/{import}/preview"),
            Page,
            true,
        ),
        case(
            "/datasets/imports/{token}/preview",
            "POST",
            format!("/datasets/imports/{import}/preview"),
            Page,
            true,
        ),
        case(
            "/datasets/imports/{token}/mapping",
            "GET",
            format!("/datasets/imports/{import}/mapping"),
            Page,
            true,
        ),
        case(
            "/datasets/imports/{token}/mapping",
            "POST",
            format!("/datasets/imports/{import}/mapping"),
            Page,
            true,
        ),
        case(
            "/datasets/imports/{token}/report",
            "GET",
            format!("/datasets/imports/{import}/report"),
            Page,
            true,
        ),
        case(
            "/datasets/imports/{token}/problems.csv",
            "GET",
            format!("/datasets/imports/{import}/problems.csv"),
            Page,
            true,
        ),
        case(
            "/datasets/imports/{token}/save",
            "POST",
            format!("/datasets/imports/{import}/save"),
            Page,
            true,
        ),
        case("/plans", "GET", "/plans".into(), Page, false),
        case("/plans/new", "GET", "/plans/new".into(), Page, false),
        case("/plans/new", "POST", "/plans/new".into(), Page, false),
        case("/plans/import", "GET", "/plans/import".into(), Page, false),
        case("/plans/import", "POST", "/plans/import".into(), Page, false),
        case("/plans/{id}", "GET", "/plans/1".into(), Page, true),
        case(
            "/plans/{id}/print",
            "GET",
            "/plans/1/print".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/calendar",
            "GET",
            "/plans/1/calendar".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/export.json",
            "GET",
            "/plans/1/export.json".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/delete",
            "POST",
            "/plans/1/delete".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/sharing",
            "GET",
            "/plans/1/sharing".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/sharing",
            "POST",
            "/plans/1/sharing".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/steps/{step}",
            "GET",
            "/plans/1/steps/outcomes".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/outcomes/{outcome}/indicators",
            "GET",
            "/plans/1/outcomes/talk-regularly/indicators".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/edit/{what}",
            "GET",
            "/plans/1/edit/goal".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/edit/{what}",
            "POST",
            "/plans/1/edit/goal".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/edit/{what}/{item}",
            "GET",
            "/plans/1/edit/outcome/talk-regularly".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/edit/{what}/{item}",
            "POST",
            "/plans/1/edit/outcome/talk-regularly".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/edit/{what}/{item}/remove",
            "POST",
            "/plans/1/edit/outcome/talk-regularly/remove".into(),
            Page,
            true,
        ),
        // The world's share is withdrawn, so its confirmation page is "not found" for A too; the
        // confirmation of a live share, and B's 404 for it, are tested in `confirmations`.
        case(
            "/sharing/{id}/withdraw",
            "GET",
            format!("/sharing/{}/withdraw", share.id),
            Page,
            false,
        ),
        case(
            "/sharing/{id}/withdraw",
            "POST",
            format!("/sharing/{}/withdraw", share.id),
            Page,
            true,
        ),
        case(
            "/api/v1/frameworks",
            "GET",
            "/api/v1/frameworks".into(),
            Public,
            false,
        ),
        case(
            "/api/v1/frameworks/{pack}",
            "GET",
            "/api/v1/frameworks/ioi-2019".into(),
            Public,
            false,
        ),
        case(
            "/api/v1/frameworks/{pack}/domains/{domain}",
            "GET",
            "/api/v1/frameworks/ioi-2019/domains/social-bridges".into(),
            Public,
            false,
        ),
        case(
            "/api/v1/indicators/{*id}",
            "GET",
            "/api/v1/indicators/ioi-2019/bri-friends-different".into(),
            Public,
            false,
        ),
        case(
            "/api/v1/search",
            "GET",
            "/api/v1/search?q=ESOL".into(),
            Public,
            false,
        ),
        case("/api/v1/audit", "GET", "/api/v1/audit".into(), Api, false),
        case(
            "/api/v1/datasets",
            "GET",
            "/api/v1/datasets".into(),
            Api,
            false,
        ),
        case(
            "/api/v1/datasets/{id}",
            "GET",
            "/api/v1/datasets/1".into(),
            Api,
            true,
        ),
        case(
            "/api/v1/datasets/{id}",
            "DELETE",
            "/api/v1/datasets/1".into(),
            Api,
            true,
        ),
        case(
            "/api/v1/datasets/{id}/profile",
            "GET",
            "/api/v1/datasets/1/profile".into(),
            Api,
            true,
        ),
        case(
            "/api/v1/datasets/{id}/measures/{measure}",
            "GET",
            format!("/api/v1/datasets/1/measures/{m}"),
            Api,
            true,
        ),
        case("/api/v1/plans", "GET", "/api/v1/plans".into(), Api, false),
        case("/api/v1/plans", "POST", "/api/v1/plans".into(), Api, false),
        case(
            "/api/v1/plans/{id}",
            "GET",
            "/api/v1/plans/1".into(),
            Api,
            true,
        ),
        case(
            "/api/v1/plans/{id}",
            "PUT",
            "/api/v1/plans/1".into(),
            Api,
            true,
        ),
        case(
            "/api/v1/plans/{id}",
            "DELETE",
            "/api/v1/plans/1".into(),
            Api,
            true,
        ),
        case(
            "/api/v1/plans/{id}/checks",
            "GET",
            "/api/v1/plans/1/checks".into(),
            Api,
            true,
        ),
        case(
            "/api/v1/plans/{id}/progress",
            "GET",
            "/api/v1/plans/1/progress".into(),
            Api,
            true,
        ),
        case("/participants", "GET", "/participants".into(), Page, false),
        case(
            "/participants/new",
            "GET",
            "/participants/new".into(),
            Page,
            false,
        ),
        case(
            "/participants/new",
            "POST",
            "/participants/new".into(),
            Page,
            false,
        ),
        case(
            "/participants/settings",
            "GET",
            "/participants/settings".into(),
            Page,
            false,
        ),
        case(
            "/participants/settings",
            "POST",
            "/participants/settings".into(),
            Page,
            false,
        ),
        case(
            "/participants/{code}",
            "GET",
            format!("/participants/{p}"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/edit",
            "GET",
            format!("/participants/{p}/edit"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/edit",
            "POST",
            format!("/participants/{p}/edit"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/contact",
            "POST",
            format!("/participants/{p}/contact"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/consents/new",
            "GET",
            format!("/participants/{p}/consents/new"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/consents/new",
            "POST",
            format!("/participants/{p}/consents/new"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/consents/{id}/withdraw",
            "POST",
            format!("/participants/{p}/consents/{consent}/withdraw"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/measurements/new",
            "GET",
            format!("/participants/{p}/measurements/new"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/measurements/new",
            "POST",
            format!("/participants/{p}/measurements/new"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/erase",
            "GET",
            format!("/participants/{p}/erase"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/erase",
            "POST",
            format!("/participants/{p}/erase"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/subject-access",
            "GET",
            format!("/participants/{p}/subject-access"),
            Page,
            true,
        ),
        case(
            "/participants/{code}/subject-access.json",
            "GET",
            format!("/participants/{p}/subject-access.json"),
            Page,
            true,
        ),
        case(
            "/plans/{id}/participants",
            "GET",
            "/plans/1/participants".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/participants/measurements.csv",
            "GET",
            "/plans/1/participants/measurements.csv".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/participants/import",
            "GET",
            "/plans/1/participants/import".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/participants/import",
            "POST",
            "/plans/1/participants/import".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/collection-points",
            "GET",
            "/plans/1/collection-points".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/collection-points",
            "POST",
            "/plans/1/collection-points".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/outputs",
            "GET",
            "/plans/1/outputs".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/outputs",
            "POST",
            "/plans/1/outputs".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/outputs/targets",
            "POST",
            "/plans/1/outputs/targets".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/outputs/{log}/delete",
            "POST",
            format!("/plans/1/outputs/{output_log}/delete"),
            Page,
            true,
        ),
        case(
            "/reference-values",
            "GET",
            "/reference-values".into(),
            Page,
            false,
        ),
        case(
            "/reference-values",
            "POST",
            "/reference-values".into(),
            Page,
            false,
        ),
        case(
            "/reference-values/{id}/delete",
            "POST",
            format!("/reference-values/{reference}/delete"),
            Page,
            true,
        ),
        case("/packs", "GET", "/packs".into(), Page, false),
        case("/packs/new", "GET", "/packs/new".into(), Page, false),
        case("/packs/new", "POST", "/packs/new".into(), Page, false),
        case("/packs/{id}", "GET", format!("/packs/{pack}"), Page, true),
        case(
            "/packs/{id}/sharing",
            "POST",
            format!("/packs/{pack}/sharing"),
            Page,
            true,
        ),
        case(
            "/packs/{id}/delete",
            "POST",
            format!("/packs/{pack}/delete"),
            Page,
            true,
        ),
        case("/assessments", "GET", "/assessments".into(), Page, false),
        case(
            "/assessments/{kind}",
            "GET",
            "/assessments/inclusive-cities".into(),
            Page,
            false,
        ),
        case(
            "/assessments/{kind}/new",
            "GET",
            "/assessments/barriers/new".into(),
            Page,
            false,
        ),
        case(
            "/assessments/{kind}/new",
            "POST",
            "/assessments/barriers/new".into(),
            Page,
            false,
        ),
        case(
            "/assessments/{kind}/compare",
            "GET",
            format!("/assessments/inclusive-cities/compare?from={assessment}&to={assessment}"),
            Page,
            true,
        ),
        case(
            "/assessments/{kind}/{id}",
            "GET",
            format!("/assessments/inclusive-cities/{assessment}"),
            Page,
            true,
        ),
        case(
            "/assessments/{kind}/{id}/edit",
            "GET",
            format!("/assessments/inclusive-cities/{assessment}/edit"),
            Page,
            true,
        ),
        case(
            "/assessments/{kind}/{id}/edit",
            "POST",
            format!("/assessments/inclusive-cities/{assessment}/edit"),
            Page,
            true,
        ),
        case(
            "/assessments/{kind}/{id}/actions",
            "POST",
            format!("/assessments/inclusive-cities/{assessment}/actions"),
            Page,
            true,
        ),
        case(
            "/assessments/{kind}/{id}/actions/{n}/remove",
            "POST",
            format!("/assessments/inclusive-cities/{assessment}/actions/0/remove"),
            Page,
            true,
        ),
        case(
            "/assessments/{kind}/{id}/delete",
            "GET",
            format!("/assessments/inclusive-cities/{assessment}/delete"),
            Page,
            true,
        ),
        case(
            "/assessments/{kind}/{id}/delete",
            "POST",
            format!("/assessments/inclusive-cities/{assessment}/delete"),
            Page,
            true,
        ),
        case(
            "/api/v1/participants",
            "GET",
            "/api/v1/participants".into(),
            Api,
            false,
        ),
        case(
            "/api/v1/participants",
            "POST",
            "/api/v1/participants".into(),
            Api,
            false,
        ),
        case(
            "/api/v1/participants/{code}",
            "GET",
            format!("/api/v1/participants/{p}"),
            Api,
            true,
        ),
        case(
            "/api/v1/participants/{code}",
            "PUT",
            format!("/api/v1/participants/{p}"),
            Api,
            true,
        ),
        case(
            "/api/v1/participants/{code}",
            "DELETE",
            format!("/api/v1/participants/{p}"),
            Api,
            true,
        ),
        case(
            "/api/v1/participants/{code}/consents",
            "GET",
            format!("/api/v1/participants/{p}/consents"),
            Api,
            true,
        ),
        case(
            "/api/v1/participants/{code}/consents",
            "POST",
            format!("/api/v1/participants/{p}/consents"),
            Api,
            true,
        ),
        case(
            "/api/v1/participants/{code}/consents/{id}/withdraw",
            "POST",
            format!("/api/v1/participants/{p}/consents/{consent}/withdraw"),
            Api,
            true,
        ),
        case(
            "/api/v1/participants/{code}/measurements",
            "GET",
            format!("/api/v1/participants/{p}/measurements"),
            Api,
            true,
        ),
        case(
            "/api/v1/participants/{code}/measurements",
            "POST",
            format!("/api/v1/participants/{p}/measurements"),
            Api,
            true,
        ),
        case(
            "/questionnaires",
            "GET",
            "/questionnaires".into(),
            Page,
            false,
        ),
        case(
            "/questionnaires/new",
            "GET",
            "/questionnaires/new".into(),
            Page,
            false,
        ),
        case(
            "/questionnaires/new",
            "POST",
            "/questionnaires/new".into(),
            Page,
            false,
        ),
        case(
            "/questionnaires/import",
            "GET",
            "/questionnaires/import".into(),
            Page,
            false,
        ),
        case(
            "/questionnaires/import",
            "POST",
            "/questionnaires/import".into(),
            Page,
            false,
        ),
        case(
            "/questionnaires/{id}",
            "GET",
            format!("/questionnaires/{qn}"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/questions",
            "POST",
            format!("/questionnaires/{qn}/questions"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/questions/{name}/{action}",
            "POST",
            format!("/questionnaires/{qn}/questions/ask_neighbours/remove"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/questions/{name}",
            "GET",
            format!("/questionnaires/{qn}/questions/ask_neighbours"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/questions/{name}",
            "POST",
            format!("/questionnaires/{qn}/questions/ask_neighbours"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/details",
            "GET",
            format!("/questionnaires/{qn}/details"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/details",
            "POST",
            format!("/questionnaires/{qn}/details"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/preview",
            "GET",
            format!("/questionnaires/{qn}/preview"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/languages",
            "GET",
            format!("/questionnaires/{qn}/languages"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/translations.xlsx",
            "GET",
            format!("/questionnaires/{qn}/translations.xlsx"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/translations",
            "POST",
            format!("/questionnaires/{qn}/translations"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/xlsform.xlsx",
            "GET",
            format!("/questionnaires/{qn}/xlsform.xlsx"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/delete",
            "GET",
            format!("/questionnaires/{qn}/delete"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/delete",
            "POST",
            format!("/questionnaires/{qn}/delete"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/collect",
            "GET",
            format!("/questionnaires/{qn}/collect"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/collect/open",
            "POST",
            format!("/questionnaires/{qn}/collect/open"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/collect/settings",
            "POST",
            format!("/questionnaires/{qn}/collect/settings"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/collect/dataset",
            "POST",
            format!("/questionnaires/{qn}/collect/dataset"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/responses.csv",
            "GET",
            format!("/questionnaires/{qn}/responses.csv"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/responses-labelled.csv",
            "GET",
            format!("/questionnaires/{qn}/responses-labelled.csv"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/responses.xlsx",
            "GET",
            format!("/questionnaires/{qn}/responses.xlsx"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/responses.sav",
            "GET",
            format!("/questionnaires/{qn}/responses.sav"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/collectors",
            "POST",
            format!("/questionnaires/{qn}/collectors"),
            Page,
            true,
        ),
        case(
            "/questionnaires/{id}/collectors/{collector}/revoke",
            "POST",
            format!("/questionnaires/{qn}/collectors/{collector}/revoke"),
            Page,
            true,
        ),
        case(
            "/respond/{token}",
            "GET",
            format!("/respond/{no_link}"),
            Public,
            false,
        ),
        case(
            "/respond/{token}",
            "POST",
            format!("/respond/{no_link}"),
            Public,
            false,
        ),
        case(
            "/respond/{token}/done",
            "GET",
            format!("/respond/{no_link}/done"),
            Public,
            false,
        ),
        case(
            "/respond/{token}/resume",
            "GET",
            format!("/respond/{no_link}/resume"),
            Public,
            false,
        ),
        case(
            "/respond/{token}/resume",
            "POST",
            format!("/respond/{no_link}/resume"),
            Public,
            false,
        ),
        case(
            "/openrosa/{org}/formList",
            "GET",
            "/openrosa/demo/formList".into(),
            OpenRosa,
            false,
        ),
        case(
            "/openrosa/{org}/forms/{file}",
            "GET",
            format!("/openrosa/demo/forms/tessera-{qn}.xml"),
            OpenRosa,
            false,
        ),
        case(
            "/openrosa/{org}/submission",
            "HEAD",
            "/openrosa/demo/submission".into(),
            OpenRosa,
            false,
        ),
        case(
            "/openrosa/{org}/submission",
            "POST",
            "/openrosa/demo/submission".into(),
            OpenRosa,
            false,
        ),
        case(
            "/api/v1/questionnaires",
            "GET",
            "/api/v1/questionnaires".into(),
            Api,
            false,
        ),
        case(
            "/api/v1/questionnaires",
            "POST",
            "/api/v1/questionnaires".into(),
            Api,
            false,
        ),
        case(
            "/api/v1/questionnaires/{id}",
            "GET",
            format!("/api/v1/questionnaires/{qn}"),
            Api,
            true,
        ),
        case(
            "/api/v1/questionnaires/{id}/xlsform",
            "GET",
            format!("/api/v1/questionnaires/{qn}/xlsform"),
            Api,
            true,
        ),
        case(
            "/api/v1/plans/{id}/change",
            "GET",
            "/api/v1/plans/1/change".into(),
            Api,
            true,
        ),
        // Partners reporting to a commissioner (issue 17).
        case("/partners", "GET", "/partners".into(), Page, false),
        case(
            "/partners/invite",
            "POST",
            "/partners/invite".into(),
            Page,
            false,
        ),
        case(
            "/partners/plans/{id}",
            "GET",
            "/partners/plans/1".into(),
            Page,
            true,
        ),
        case(
            "/partners/plans/{id}/periods",
            "POST",
            "/partners/plans/1/periods".into(),
            Page,
            true,
        ),
        case(
            "/partners/periods/{id}",
            "GET",
            format!("/partners/periods/{period}"),
            Page,
            true,
        ),
        case(
            "/partners/links/{id}",
            "GET",
            format!("/partners/links/{link}"),
            Page,
            true,
        ),
        case(
            "/partners/links/{id}/answer",
            "POST",
            format!("/partners/links/{link}/answer"),
            Page,
            true,
        ),
        case(
            "/partners/links/{id}/submit",
            "POST",
            format!("/partners/links/{link}/submit"),
            Page,
            true,
        ),
        case(
            "/partners/links/{id}/end",
            "GET",
            format!("/partners/links/{link}/end"),
            Page,
            true,
        ),
        case(
            "/partners/links/{id}/end",
            "POST",
            format!("/partners/links/{link}/end"),
            Page,
            true,
        ),
        case(
            "/partners/reports/{id}",
            "GET",
            format!("/partners/reports/{partner_report}"),
            Page,
            true,
        ),
        case(
            "/partners/reports/{id}/review",
            "POST",
            format!("/partners/reports/{partner_report}/review"),
            Page,
            true,
        ),
        // Stories and reports (issue 17).
        case(
            "/reports/report.css",
            "GET",
            "/reports/report.css".into(),
            Public,
            false,
        ),
        case("/stories", "GET", "/stories".into(), Page, false),
        case("/stories/new", "GET", "/stories/new".into(), Page, false),
        case("/stories/new", "POST", "/stories/new".into(), Page, false),
        case(
            "/stories/coding",
            "GET",
            "/stories/coding".into(),
            Page,
            false,
        ),
        case(
            "/stories/coding",
            "POST",
            "/stories/coding".into(),
            Page,
            false,
        ),
        case(
            "/stories/{id}",
            "GET",
            format!("/stories/{story}"),
            Page,
            true,
        ),
        case(
            "/stories/{id}/file",
            "GET",
            format!("/stories/{photo}/file"),
            Page,
            true,
        ),
        case(
            "/stories/{id}/edit",
            "GET",
            format!("/stories/{story}/edit"),
            Page,
            true,
        ),
        case(
            "/stories/{id}/edit",
            "POST",
            format!("/stories/{story}/edit"),
            Page,
            true,
        ),
        case(
            "/stories/{id}/delete",
            "GET",
            format!("/stories/{story}/delete"),
            Page,
            true,
        ),
        case(
            "/stories/{id}/delete",
            "POST",
            format!("/stories/{story}/delete"),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports",
            "GET",
            "/plans/1/reports".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports/new",
            "GET",
            "/plans/1/reports/new".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports/new",
            "POST",
            "/plans/1/reports/new".into(),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports/{report}",
            "GET",
            format!("/plans/1/reports/{report}"),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports/{report}/edit",
            "GET",
            format!("/plans/1/reports/{report}/edit"),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports/{report}/edit",
            "POST",
            format!("/plans/1/reports/{report}/edit"),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports/{report}/report.pdf",
            "GET",
            format!("/plans/1/reports/{report}/report.pdf"),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports/{report}/report.docx",
            "GET",
            format!("/plans/1/reports/{report}/report.docx"),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports/{report}/status",
            "POST",
            format!("/plans/1/reports/{report}/status"),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports/{report}/delete",
            "GET",
            format!("/plans/1/reports/{report}/delete"),
            Page,
            true,
        ),
        case(
            "/plans/{id}/reports/{report}/delete",
            "POST",
            format!("/plans/1/reports/{report}/delete"),
            Page,
            true,
        ),
        case("/library", "GET", "/library".into(), Page, false),
        case("/library/new", "GET", "/library/new".into(), Page, false),
        case("/library/new", "POST", "/library/new".into(), Page, false),
        case(
            "/library/{id}",
            "GET",
            format!("/library/{entry}"),
            Page,
            true,
        ),
        case(
            "/library/{id}/edit",
            "GET",
            format!("/library/{entry}/edit"),
            Page,
            true,
        ),
        case(
            "/library/{id}/edit",
            "POST",
            format!("/library/{entry}/edit"),
            Page,
            true,
        ),
        case(
            "/library/{id}/withdraw",
            "GET",
            format!("/library/{entry}/withdraw"),
            Page,
            true,
        ),
        case(
            "/library/{id}/withdraw",
            "POST",
            format!("/library/{entry}/withdraw"),
            Page,
            true,
        ),
        case(
            "/library/{id}/copy",
            "POST",
            format!("/library/{entry}/copy"),
            Page,
            true,
        ),
        case(
            "/library/{id}/comments",
            "POST",
            format!("/library/{entry}/comments"),
            Page,
            true,
        ),
        case(
            "/library/comments/{id}/answer",
            "POST",
            format!("/library/comments/{comment}/answer"),
            Page,
            true,
        ),
        case(
            "/library/comments/{id}/hide",
            "POST",
            format!("/library/comments/{comment}/hide"),
            Page,
            true,
        ),
        case(
            "/api/v1/library",
            "GET",
            "/api/v1/library".into(),
            Api,
            false,
        ),
        case(
            "/api/v1/library/{id}",
            "GET",
            format!("/api/v1/library/{entry}"),
            Api,
            true,
        ),
        case(
            "/api/v1/stories",
            "GET",
            "/api/v1/stories".into(),
            Api,
            false,
        ),
        case(
            "/api/v1/stories",
            "POST",
            "/api/v1/stories".into(),
            Api,
            false,
        ),
        case(
            "/api/v1/stories/{id}",
            "GET",
            format!("/api/v1/stories/{story}"),
            Api,
            true,
        ),
        case(
            "/api/v1/plans/{id}/reports",
            "GET",
            "/api/v1/plans/1/reports".into(),
            Api,
            true,
        ),
        case(
            "/api/v1/plans/{id}/reports",
            "POST",
            "/api/v1/plans/1/reports".into(),
            Api,
            true,
        ),
        case(
            "/api/v1/plans/{id}/report.pdf",
            "GET",
            "/api/v1/plans/1/report.pdf".into(),
            Api,
            true,
        ),
        case(
            "/api/v1/plans/{id}/report.docx",
            "GET",
            "/api/v1/plans/1/report.docx".into(),
            Api,
            true,
        ),
    ];
    World { app, a, b, cases }
}

/// A request with the method and path of `c`; unsafe methods carry a valid pre-sign-in CSRF
/// token so that what is tested is the access rule, not the CSRF check.
fn anonymous_request(c: &Case) -> Request<Body> {
    let mut builder = Request::builder().method(c.method).uri(&c.path);
    if c.method != "GET" && c.method != "HEAD" {
        builder = builder
            .header(header::COOKIE, "tessera_pre=anon-token")
            .header("x-csrf-token", "anon-token")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    }
    builder.body(Body::empty()).expect("request")
}

/// A well-formed request of the kind the route expects (an empty form, an empty upload, or a
/// small JSON document), so that the answer is about the object, not the body.
fn body_for(method: &str, path: &str) -> Request<Body> {
    let builder = Request::builder().method(method).uri(path);
    let request = if method == "GET" {
        builder.body(Body::empty())
    } else if path.starts_with("/api/") {
        builder
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(tessera_plan::examples::LANGUAGE_CAFE))
    } else if path.ends_with("/new-version") {
        builder
            .header(header::CONTENT_TYPE, "multipart/form-data; boundary=x")
            .body(Body::from("--x--\r\n"))
    } else {
        builder
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::empty())
    };
    request.expect("request")
}

#[tokio::test]
async fn the_table_covers_every_route_the_router_declares() {
    let w = world().await;
    let covered: BTreeSet<(String, String, Access)> = w
        .cases
        .iter()
        .map(|c| (c.pattern.to_owned(), c.method.to_owned(), c.access))
        .collect();
    let declared = declared_routes();
    assert!(
        declared.len() > 90,
        "found only {} routes: {declared:?}",
        declared.len()
    );
    let missing: Vec<_> = declared.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "routes without an access test: {missing:?}"
    );
    let unknown: Vec<_> = covered.difference(&declared).collect();
    assert!(
        unknown.is_empty(),
        "tested routes the router does not declare: {unknown:?}"
    );
}

#[tokio::test]
async fn anonymous_requests_are_sent_to_sign_in_or_refused_with_401() {
    let w = world().await;
    let anonymous = w.app.anonymous();
    for c in &w.cases {
        let reply = anonymous.send_raw(anonymous_request(c)).await;
        let what = format!("{} {}", c.method, c.path);
        match c.access {
            Access::Page => {
                assert_eq!(reply.status, StatusCode::SEE_OTHER, "{what}");
                let location = reply.header(header::LOCATION).unwrap_or_default();
                assert!(
                    location.starts_with("/sign-in?next=%2F"),
                    "{what} → {location}"
                );
            }
            Access::Api => {
                assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{what}");
                assert_eq!(
                    reply.header(header::WWW_AUTHENTICATE),
                    Some("Bearer realm=\"tessera\""),
                    "{what}"
                );
                assert!(reply.json()["errors"][0]["detail"].is_string(), "{what}");
            }
            Access::OpenRosa => {
                assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{what}");
                assert!(
                    reply
                        .header(header::WWW_AUTHENTICATE)
                        .is_some_and(|h| h.starts_with("Basic ")),
                    "{what}"
                );
                assert_eq!(
                    reply.header(header::HeaderName::from_static("x-openrosa-version")),
                    Some("1.0"),
                    "{what}"
                );
            }
            Access::Public => {
                assert_ne!(reply.status, StatusCode::UNAUTHORIZED, "{what}");
                assert!(
                    !reply
                        .header(header::LOCATION)
                        .unwrap_or_default()
                        .starts_with("/sign-in?next"),
                    "{what} is public but asked to sign in"
                );
            }
        }
    }
    // A bearer token that is wrong, or a cookie instead of a token, opens nothing in the API.
    let reply = anonymous
        .send_raw(
            Request::get("/api/v1/plans")
                .header(header::AUTHORIZATION, "Bearer tsr_not-a-real-token")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let reply = anonymous
        .send_raw(
            Request::get("/api/v1/plans")
                .header(header::COOKIE, format!("tessera_session={}", w.a.session))
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn another_organisations_member_gets_404_for_every_object_route() {
    let w = world().await;
    let a = w.app.as_(Some(w.a.clone()));
    let b = w.app.as_(Some(w.b.clone()));
    let mut objects = 0;
    for c in w.cases.iter().filter(|c| c.object) {
        objects += 1;
        let what = format!("{} {}", c.method, c.path);
        let request = || body_for(c.method, &c.path);
        let reply = b.send(request()).await;
        assert_eq!(
            reply.status,
            StatusCode::NOT_FOUND,
            "{what} as a member of B: {}",
            reply.body
        );
        // Guessing: the same route with ids that exist nowhere.
        let guessed = c.path.replace("/1/", "/987654/").replace("/1?", "/987654?");
        let guessed = if guessed.ends_with("/1") {
            format!("{}987654", &guessed[..guessed.len() - 1])
        } else {
            guessed
        };
        if guessed != c.path {
            let reply = b.send(body_for(c.method, &guessed)).await;
            assert_eq!(
                reply.status,
                StatusCode::NOT_FOUND,
                "{} {guessed}",
                c.method
            );
        }
        // A's own members do find A's objects (so the 404 above is not the route's only answer);
        // only reads are tried, so nothing is changed. The withdrawn share is gone for A too.
        if c.method == "GET" && c.pattern != "/shared/{key}" {
            let reply = a.send(request()).await;
            assert_ne!(
                reply.status,
                StatusCode::NOT_FOUND,
                "{what} as a member of A"
            );
        }
    }
    assert!(objects >= 70, "{objects} object routes");

    // Lists show B none of A's things.
    for path in [
        "/plans",
        "/datasets",
        "/audit",
        "/audit.csv",
        "/export.json",
        "/organisation",
        "/shared",
        "/api/v1/plans",
        "/api/v1/datasets",
        "/api/v1/audit",
        "/participants",
        "/api/v1/participants",
        "/stories",
        "/stories/coding",
        "/api/v1/stories",
        "/assessments/inclusive-cities",
        "/reference-values",
        "/frameworks/ioi-2019/indicators/bri-friends-different",
        "/packs",
        "/partners",
    ] {
        let reply = b.get(path).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        for secret in [
            "Language and friendship café",
            tessera_app::demo::DEMO_DATASET,
            "owner@demo.example",
            "Demo Town Council",
        ] {
            assert!(!reply.body.contains(secret), "{path} shows B {secret:?}");
        }
    }
    // Everything A had is still there.
    let demo = w.app.demo_org().await;
    assert_eq!(w.app.store().plans(demo.id).await.expect("plans").len(), 2);
    assert_eq!(
        w.app
            .store()
            .datasets(demo.id)
            .await
            .expect("datasets")
            .len(),
        1
    );
    assert_eq!(
        w.app.store().members(demo.id).await.expect("members").len(),
        1
    );
    assert_eq!(
        w.app
            .store()
            .participants(demo.id, None)
            .await
            .expect("participants")
            .len(),
        185,
        "B erased nobody"
    );
}

#[tokio::test]
async fn viewers_read_participants_editors_change_them_and_only_owners_erase() {
    let w = world().await;
    let demo = w.app.demo_org().await;
    let store = w.app.store();
    let code = store
        .participants(demo.id, Some(tessera_store::PlanId(1)))
        .await
        .expect("read")
        .remove(1)
        .code;
    let viewer = w.app.as_(Some(
        w.app
            .member(demo.id, "viewer@demo.example", Role::Viewer)
            .await,
    ));
    let editor = w.app.as_(Some(
        w.app
            .member(demo.id, "editor@demo.example", Role::Editor)
            .await,
    ));
    let owner = w.app.as_(Some(w.a.clone()));
    let body = r#"{"side": "newcomers", "plans": [{"plan": 1, "target_group": "women-learning-english"}]}"#;
    for path in [
        format!("/participants/{code}"),
        "/plans/1/participants".to_owned(),
        "/plans/1/outputs".to_owned(),
        format!("/api/v1/participants/{code}"),
        "/api/v1/plans/1/change".to_owned(),
    ] {
        assert_eq!(viewer.get(&path).await.status, StatusCode::OK, "{path}");
    }
    for (path, fields) in [
        ("/participants/new".to_owned(), vec![("side", "newcomers")]),
        (
            format!("/participants/{code}/consents/new"),
            vec![("taking_part", "yes")],
        ),
        (format!("/participants/{code}/erase"), vec![]),
    ] {
        assert_eq!(
            viewer.post_form(&path, &fields).await.status,
            StatusCode::FORBIDDEN,
            "viewer {path}"
        );
    }
    assert_eq!(
        viewer
            .send_json("POST", "/api/v1/participants", body)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let made = editor.send_json("POST", "/api/v1/participants", body).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let registered = editor
        .post_form("/participants/new", &[("side", "receiving_community")])
        .await;
    assert_eq!(registered.status, StatusCode::SEE_OTHER);
    for status in [
        editor
            .send_json("DELETE", &format!("/api/v1/participants/{code}"), "")
            .await
            .status,
        editor
            .post_form(&format!("/participants/{code}/erase"), &[])
            .await
            .status,
        editor
            .get(&format!("/participants/{code}/erase"))
            .await
            .status,
    ] {
        assert_eq!(status, StatusCode::FORBIDDEN, "an editor cannot erase");
    }
    let erased = owner
        .send_json("DELETE", &format!("/api/v1/participants/{code}"), "")
        .await;
    assert_eq!(erased.status, StatusCode::OK, "{}", erased.body);
    assert_eq!(erased.json()["erased"], code.as_str());
    assert_eq!(
        owner
            .get(&format!("/api/v1/participants/{code}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
