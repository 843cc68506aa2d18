//! Collecting answers: the respondent's pages (consent first, one page at a time, English,
//! Welsh and Arabic), the organisation's collection page, and OpenRosa for ODK Collect.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use base64::Engine as _;
use tessera_store::prelude::*;
use tessera_survey::{Lang, Questionnaire};

use crate::support::TestApp;

/// The demo with its café questionnaire opened for answers: (app, questionnaire id, token).
pub(crate) async fn open() -> (TestApp, String, String) {
    let app = TestApp::demo().await;
    let org = app.demo_org().await;
    tessera_app::questionnaires::seed_demo_questionnaire(app.store(), &org)
        .await
        .expect("questionnaire");
    let id = app.store().questionnaires(org.id).await.expect("list")[0]
        .id
        .to_string();
    let reply = app
        .post_form(&format!("/questionnaires/{id}/collect/open"), &[])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let token = app
        .store()
        .collection(
            org.id,
            tessera_store::QuestionnaireId(id.parse().expect("id")),
        )
        .await
        .expect("read")
        .expect("opened")
        .token;
    (app, id, token)
}

pub(crate) async fn questionnaire(app: &TestApp, id: &str) -> Questionnaire {
    let org = app.demo_org().await;
    let record = app
        .store()
        .questionnaire(
            org.id,
            tessera_store::QuestionnaireId(id.parse().expect("id")),
        )
        .await
        .expect("read")
        .expect("found");
    serde_json::from_value(record.content).expect("model")
}

/// Answers to every question of the café questionnaire that takes one: the first choice,
/// or a number within limits.
pub(crate) fn answers(q: &Questionnaire) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for x in q.questions() {
        let value = match x.kind {
            tessera_survey::QuestionType::SingleChoice
            | tessera_survey::QuestionType::MultipleChoice => x.choices[0].code.as_str().to_owned(),
            tessera_survey::QuestionType::Scale => x
                .scale
                .as_ref()
                .map_or("1".to_owned(), |s| s.min.to_string()),
            tessera_survey::QuestionType::Number => "2020".to_owned(),
            tessera_survey::QuestionType::Date => "2025-01-01".to_owned(),
            tessera_survey::QuestionType::Text => "words".to_owned(),
            tessera_survey::QuestionType::Note => continue,
        };
        out.push((format!("a_{}", x.name), value));
    }
    out
}

#[tokio::test]
async fn a_respondent_agrees_then_answers_page_by_page_and_one_response_is_stored() {
    let (app, id, token) = open().await;
    let anon = app.anonymous();
    let start = anon.get(&format!("/respond/{token}")).await;
    assert_eq!(start.status, StatusCode::OK, "{}", start.body);
    assert_eq!(start.texts("html").len(), 1);
    assert!(start.body.contains("lang=\"en\" dir=\"ltr\""));
    assert_eq!(start.texts("h1"), vec!["Before you start"]);

    // Without consent nothing goes on.
    let csrf = [("csrf", "anon-token")];
    let post = |fields: Vec<(String, String)>| {
        let anon = app.anonymous();
        let uri = format!("/respond/{token}");
        async move {
            let body = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(fields)
                .finish();
            anon.send_raw(
                Request::post(uri)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(header::COOKIE, "tessera_pre=anon-token")
                    .body(Body::from(body))
                    .expect("request"),
            )
            .await
        }
    };
    let base = |page: &str| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = csrf
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect();
        v.push(("language".into(), "en".into()));
        v.push(("version".into(), "1".into()));
        v.push(("page".into(), page.into()));
        v.push(("action".into(), "continue".into()));
        v
    };
    let refused = post(base("0")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("We can only keep your answers if you agree")
    );

    let mut agreed = base("0");
    agreed.push(("consent".into(), "yes".into()));
    let first = post(agreed).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    assert!(first.body.contains("Page 1 of"));
    let key = first
        .html()
        .select(&scraper::Selector::parse("input[name=key]").expect("selector"))
        .next()
        .and_then(|e| e.value().attr("value").map(str::to_owned))
        .expect("a submission key");

    // A needed question left empty is named; nothing is stored.
    let q = questionnaire(&app, &id).await;
    let pages = q.items.len();
    let mut last = base(&pages.to_string());
    last.push(("key".into(), key.clone()));
    last.push(("consent".into(), "yes".into()));
    let org = app.demo_org().await;
    let qid = tessera_store::QuestionnaireId(id.parse().expect("id"));

    // Every answer at once on the last page: the whole submission is checked and stored.
    let mut all = last.clone();
    all.extend(answers(&q));
    let done = post(all.clone()).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(
        done.header(header::LOCATION),
        Some(format!("/respond/{token}/done?language=en").as_str())
    );
    // The same form sent again (a double click) stores nothing more.
    let again = post(all).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let stored = app.store().responses(org.id, qid).await.expect("list");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].channel, "web");
    let thanks = anon
        .get(&format!("/respond/{token}/done?language=en"))
        .await;
    assert_eq!(thanks.texts("h1"), vec!["Thank you"]);

    // The organisation sees the count and makes a dataset with its mapping filled in.
    let page = app.get(&format!("/questionnaires/{id}/collect")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("1 response"), "{}", page.body);
    assert_eq!(page.texts("#public-link").len(), 1);
    let made = app
        .post_form(
            &format!("/questionnaires/{id}/collect/dataset"),
            &[("name", "Café answers"), ("wave", "2026")],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let csv = app
        .get(&format!("/questionnaires/{id}/responses.csv"))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.body
            .starts_with("response_id,response_date,response_channel")
    );
}

#[tokio::test]
async fn the_respondent_pages_speak_welsh_and_arabic_right_to_left() {
    let (app, id, token) = open().await;
    // The bank's questionnaire offers Arabic, Ukrainian and Farsi besides English and Welsh;
    // take Ukrainian away, so the chooser is seen to follow the questionnaire.
    let org = app.demo_org().await;
    let qid = tessera_store::QuestionnaireId(id.parse().expect("id"));
    let mut q = questionnaire(&app, &id).await;
    assert!(q.languages.contains(&Lang::parse("ar").expect("valid")));
    q.languages.retain(|l| l.code() != "uk");
    app.store()
        .update_questionnaire(
            org.id,
            qid,
            tessera_store::QuestionnaireUpdate {
                title: "Language and friendship café".to_owned(),
                content: serde_json::to_value(&q).expect("json"),
                updated_by: "test".to_owned(),
                summary: "no Ukrainian".to_owned(),
            },
        )
        .await
        .expect("update");
    let anon = app.anonymous();
    let cy = anon.get(&format!("/respond/{token}?language=cy")).await;
    assert!(cy.body.contains("lang=\"cy\" dir=\"ltr\""));
    assert_eq!(cy.texts("h1"), vec!["Cyn i chi ddechrau"]);
    assert_eq!(cy.texts("#start"), vec!["Dechrau"]);
    let ar = anon.get(&format!("/respond/{token}?language=ar")).await;
    assert!(ar.body.contains("lang=\"ar\" dir=\"rtl\""), "{}", ar.body);
    assert_eq!(ar.texts("#start"), vec!["ابدأ"]);
    // The chooser offers only the questionnaire's languages, each named in itself.
    let offered = ar.texts("#language option");
    assert_eq!(offered, vec!["English", "Cymraeg", "العربية", "فارسی"]);
}

#[tokio::test]
async fn a_closed_or_not_yet_open_questionnaire_says_so_and_an_unknown_link_is_404() {
    let (app, id, token) = open().await;
    let anon = app.anonymous();
    assert_eq!(
        anon.get(&format!("/respond/{}", "B".repeat(24)))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let saved = app
        .post_form(
            &format!("/questionnaires/{id}/collect/settings"),
            &[("opens_on", "2999-01-01")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let later = anon.get(&format!("/respond/{token}")).await;
    assert_eq!(
        later.texts("h1"),
        vec!["This questionnaire is not open yet"]
    );
    let bad = app
        .post_form(
            &format!("/questionnaires/{id}/collect/settings"),
            &[("opens_on", "tomorrow")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.post_form(
        &format!("/questionnaires/{id}/collect/settings"),
        &[("closed", "yes")],
    )
    .await;
    let closed = anon.get(&format!("/respond/{token}")).await;
    assert_eq!(closed.texts("h1"), vec!["This questionnaire is closed"]);
    let welsh = app
        .get(&format!("/questionnaires/{id}/collect?lang=cy"))
        .await;
    assert_eq!(welsh.texts("h1"), vec!["Casglu atebion"]);
}

fn basic(name: &str, password: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{name}:{password}"))
    )
}

/// A submission of `q` as ODK Collect sends it.
fn instance(q: &Questionnaire, form: &str, version: i64, id: &str, extra: &str) -> String {
    let mut body = String::from("<consent>OK</consent>");
    let mut open: Option<String> = None;
    for x in q.questions() {
        let g = x.group.as_ref().map(|g| g.as_str().to_owned());
        if g != open {
            if let Some(o) = &open {
                body.push_str(&format!("</{o}>"));
            }
            if let Some(n) = &g {
                body.push_str(&format!("<{n}>"));
            }
            open = g;
        }
        let value = if x.kind.has_choices() {
            x.choices[0].code.as_str().to_owned()
        } else {
            String::new()
        };
        body.push_str(&format!("<{0}>{value}</{0}>", x.name));
    }
    if let Some(o) = &open {
        body.push_str(&format!("</{o}>"));
    }
    format!(
        r#"<?xml version='1.0' ?><data id="{form}" version="{version}">{body}{extra}<meta><instanceID>{id}</instanceID></meta></data>"#
    )
}

fn multipart(xml: &str) -> (String, Vec<u8>) {
    let boundary = "odk-boundary-1";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"xml_submission_file\"; filename=\"instance.xml\"\r\nContent-Type: text/xml\r\n\r\n{xml}\r\n--{boundary}--\r\n"
    );
    (
        format!("multipart/form-data; boundary={boundary}"),
        body.into_bytes(),
    )
}

#[tokio::test]
async fn odk_collect_lists_downloads_and_submits_once_and_a_revoked_collector_is_refused() {
    let (app, id, _token) = open().await;
    let added = app
        .post_form(
            &format!("/questionnaires/{id}/collectors"),
            &[("name", "field-1"), ("only_this", "yes")],
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    let password = added.texts("#new-collector-password").remove(0);
    let auth = basic("field-1", &password);
    let anon = app.anonymous();
    let send = |method: &str, uri: &str, auth: &str, body: Option<(String, Vec<u8>)>| {
        let mut r = Request::builder()
            .method(method)
            .uri(uri)
            .header("X-OpenRosa-Version", "1.0")
            .header(header::AUTHORIZATION, auth);
        let body = match body {
            Some((ct, bytes)) => {
                r = r.header(header::CONTENT_TYPE, ct);
                Body::from(bytes)
            }
            None => Body::empty(),
        };
        anon.send_raw(r.body(body).expect("request"))
    };
    let list = send("GET", "/openrosa/demo/formList", &auth, None).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    assert_eq!(
        list.header("x-openrosa-version".parse().expect("name")),
        Some("1.0")
    );
    let form = format!("tessera-{id}");
    assert!(
        list.body.contains(&format!("<formID>{form}</formID>")),
        "{}",
        list.body
    );
    assert!(list.body.contains("<hash>md5:"));
    let xform = send(
        "GET",
        &format!("/openrosa/demo/forms/{form}.xml"),
        &auth,
        None,
    )
    .await;
    assert_eq!(xform.status, StatusCode::OK);
    assert!(
        xform.body.contains("<h:html") || xform.body.contains("<html"),
        "{}",
        xform.body
    );
    let head = send("HEAD", "/openrosa/demo/submission", &auth, None).await;
    assert_eq!(head.status, StatusCode::NO_CONTENT);
    assert!(
        head.header("x-openrosa-accept-content-length".parse().expect("name"))
            .is_some()
    );

    let q = questionnaire(&app, &id).await;
    let good = instance(&q, &form, 1, "uuid:aaaa-1", "");
    let first = send(
        "POST",
        "/openrosa/demo/submission",
        &auth,
        Some(multipart(&good)),
    )
    .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    assert!(first.body.contains("<OpenRosaResponse"));
    let again = send(
        "POST",
        "/openrosa/demo/submission",
        &auth,
        Some(multipart(&good)),
    )
    .await;
    assert_eq!(again.status, StatusCode::ACCEPTED, "{}", again.body);
    let unknown = instance(
        &q,
        &form,
        1,
        "uuid:aaaa-2",
        "<favourite_colour>blue</favourite_colour>",
    );
    let refused = send(
        "POST",
        "/openrosa/demo/submission",
        &auth,
        Some(multipart(&unknown)),
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.body);
    assert!(
        refused.body.contains("favourite_colour"),
        "{}",
        refused.body
    );
    let big = "x".repeat(tessera_web_limit() + 10);
    let too_big = send(
        "POST",
        "/openrosa/demo/submission",
        &auth,
        Some(multipart(&big)),
    )
    .await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
    let org = app.demo_org().await;
    let qid = tessera_store::QuestionnaireId(id.parse().expect("id"));
    let stored = app.store().responses(org.id, qid).await.expect("list");
    assert_eq!(
        stored.len(),
        1,
        "one response from the first submission only"
    );
    assert_eq!(stored[0].channel, "openrosa");

    // A wrong password, another organisation, and a revoked collector: 401.
    let wrong = send(
        "GET",
        "/openrosa/demo/formList",
        &basic("field-1", "nope"),
        None,
    )
    .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    app.add_org("beta", "Beta").await;
    let elsewhere = send("GET", "/openrosa/beta/formList", &auth, None).await;
    assert_eq!(elsewhere.status, StatusCode::UNAUTHORIZED);
    let collector = app.store().collectors(org.id).await.expect("list")[0].id;
    let revoked = app
        .post_form(
            &format!("/questionnaires/{id}/collectors/{collector}/revoke"),
            &[],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let after = send("GET", "/openrosa/demo/formList", &auth, None).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
}

/// The largest submission ODK Collect may send.
fn tessera_web_limit() -> usize {
    tessera_survey::xform::MAX_SUBMISSION_BYTES + 64 * 1024
}
