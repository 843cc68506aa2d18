//! The public form's flood guard (issue 15): one client may send only so many complete
//! responses a minute; the next is refused with 429 in the respondent's language and nothing is
//! stored, while another client goes on answering.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tessera_store::prelude::*;

use crate::collect::{answers, open, questionnaire};

#[tokio::test]
async fn a_client_sending_too_many_responses_a_minute_is_refused_and_others_are_not() {
    let (app, id, token) = open().await;
    let app = app.with_respond_limit(2);
    let q = questionnaire(&app, &id).await;
    let org = app.demo_org().await;
    let qid = tessera_store::QuestionnaireId(id.parse().expect("id"));
    let before = app
        .store()
        .responses(org.id, qid)
        .await
        .expect("list")
        .len();
    let send = |client: &'static str, key: String, language: &'static str| {
        let anon = app.anonymous();
        let mut fields: Vec<(String, String)> = vec![
            ("csrf".into(), "anon-token".into()),
            ("language".into(), language.into()),
            ("version".into(), "1".into()),
            ("page".into(), q.items.len().to_string()),
            ("action".into(), "continue".into()),
            ("consent".into(), "yes".into()),
            ("key".into(), key),
        ];
        fields.extend(answers(&q));
        let uri = format!("/respond/{token}");
        async move {
            let body = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(fields)
                .finish();
            anon.send_raw(
                Request::post(uri)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(header::COOKIE, "tessera_pre=anon-token")
                    // As a proxy on this machine passes the client's address on.
                    .header("x-forwarded-for", client)
                    .body(Body::from(body))
                    .expect("request"),
            )
            .await
        }
    };
    for n in 0..2 {
        let sent = send("203.0.113.7", format!("flood-{n}"), "en").await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    }
    let third = send("203.0.113.7", "flood-2".to_owned(), "en").await;
    assert_eq!(third.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(third.texts("h1"), ["Wait a minute"]);
    let welsh = send("203.0.113.7", "flood-3".to_owned(), "cy").await;
    assert_eq!(welsh.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        welsh.body.contains("lang=\"cy\""),
        "in the respondent's language"
    );
    let other = send("198.51.100.4", "flood-4".to_owned(), "en").await;
    assert_eq!(
        other.status,
        StatusCode::SEE_OTHER,
        "another client is not held back"
    );
    let stored = app
        .store()
        .responses(org.id, qid)
        .await
        .expect("list")
        .len();
    assert_eq!(stored, before + 3, "the refused responses were not stored");
}
