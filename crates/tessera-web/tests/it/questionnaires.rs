//! Questionnaire pages (issue 15, part A): building from the café plan, the builder's buttons,
//! own questions, the preview in Welsh and Arabic, languages and the translator's spreadsheet,
//! XLSForm out and in, versions, and roles.

use axum::http::{StatusCode, header};
use tessera_store::prelude::*;
use tessera_store::{QuestionnaireId, Role};

use crate::support::TestApp;

/// The Kobo-style form kept as the survey crate's fixture (written by openpyxl).
const KOBO: &[u8] = include_bytes!("../../../tessera-survey/tests/it/fixtures/kobo_style.xlsx");

fn location(reply: &crate::support::Reply) -> String {
    reply
        .header(header::LOCATION)
        .unwrap_or_default()
        .to_owned()
}

/// Builds a questionnaire from the demo's café plan; its id.
async fn from_cafe_plan(app: &TestApp) -> i64 {
    let reply = app
        .post_form("/questionnaires/new", &[("from", "plan"), ("plan", "1")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let to = location(&reply);
    assert!(to.ends_with("?done=created"), "{to}");
    to.trim_start_matches("/questionnaires/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .expect("an id")
}

async fn names(app: &TestApp, id: i64) -> Vec<String> {
    let org = app.demo_org().await;
    let record = app
        .store()
        .questionnaire(org.id, QuestionnaireId(id))
        .await
        .expect("read")
        .expect("stored");
    record.content["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["question"]["name"].as_str().expect("name").to_owned())
        .collect()
}

#[tokio::test]
async fn a_questionnaire_built_from_the_cafe_plan_asks_about_its_indicators_after_the_background() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let asked = names(&app, id).await;
    assert_eq!(
        asked[0], "country_of_birth",
        "the sides' questions come first"
    );
    for name in ["ask_neighbours", "simple_conversation", "language_practice"] {
        assert!(asked.iter().any(|n| n == name), "{name} in {asked:?}");
    }
    let page = app.get(&format!("/questionnaires/{id}?done=created")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), ["Language and friendship café"]);
    assert!(page.body.contains("The questionnaire has been built"));
    let rows = page.texts("#questions tbody tr");
    assert!(
        rows.iter()
            .any(|r| r.contains("I would feel confident asking my neighbours")),
        "{rows:?}"
    );
    assert!(
        page.body
            .contains("% confident to ask their neighbours of all backgrounds for help")
    );
    // The list shows it.
    let list = app.get("/questionnaires").await;
    assert_eq!(
        list.texts("#questionnaires tbody tr td a"),
        ["Language and friendship café"]
    );
}

#[tokio::test]
async fn the_builders_buttons_move_remove_and_add_questions_and_each_change_is_audited() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let before = names(&app, id).await;
    let at = |list: &[String], n: &str| list.iter().position(|x| x == n).expect("asked");
    let moved = app
        .post_form(&format!("/questionnaires/{id}/questions/gender/up"), &[])
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    let after = names(&app, id).await;
    assert_eq!(at(&after, "gender") + 1, at(&before, "gender"));
    assert_eq!(at(&after, "age_band"), at(&before, "gender"));

    // The first question cannot go further up, and the year of arrival cannot go above the
    // question it depends on: the page says so and nothing changes.
    for name in ["country_of_birth", "year_arrived"] {
        let refused = app
            .post_form(&format!("/questionnaires/{id}/questions/{name}/up"), &[])
            .await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{name}");
        assert!(refused.body.contains("govuk-error-summary"));
        assert_eq!(names(&app, id).await, after);
    }

    let removed = app
        .post_form(
            &format!("/questionnaires/{id}/questions/ask_neighbours/remove"),
            &[],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(!names(&app, id).await.contains(&"ask_neighbours".to_owned()));

    let added = app
        .post_form(
            &format!("/questionnaires/{id}/questions"),
            &[("from", "bank"), ("bank", "saf-safe-after-dark")],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert!(
        names(&app, id)
            .await
            .contains(&"safe_after_dark".to_owned())
    );

    let own = app
        .post_form(
            &format!("/questionnaires/{id}/questions"),
            &[
                ("from", "own"),
                ("name", "cafe_visits"),
                ("kind", "single_choice"),
                ("label", "How often do you come to the café?"),
                ("choices", "Every week\nmonthly = About once a month"),
                ("required", "yes"),
            ],
        )
        .await;
    assert_eq!(own.status, StatusCode::SEE_OTHER, "{}", own.body);
    assert_eq!(
        names(&app, id).await.last().map(String::as_str),
        Some("cafe_visits")
    );

    let org = app.demo_org().await;
    let events = app.store().audit_events(org.id, 20).await.expect("audit");
    let ours = events
        .iter()
        .filter(|e| e.object == format!("questionnaire:{id}"))
        .count();
    assert_eq!(ours, 5, "create, move, remove, bank question, own question");
}

#[tokio::test]
async fn an_own_question_with_problems_is_shown_again_with_each_field_named() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let reply = app
        .post_form(
            &format!("/questionnaires/{id}/questions"),
            &[
                ("from", "own"),
                ("name", "ask_neighbours"),
                ("kind", "multiple_choice"),
                ("label", ""),
                ("choices", ""),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let summary = reply.texts(".govuk-error-summary__list a");
    assert_eq!(summary.len(), 3, "{summary:?}");
    assert!(summary[0].contains("column name"));
    assert!(reply.body.contains("href=\"#label\""));
    assert!(reply.body.contains("href=\"#choices\""));
}

#[tokio::test]
async fn the_preview_in_arabic_is_right_to_left_and_never_shows_the_unreviewed_mark() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let reply = app
        .get(&format!("/questionnaires/{id}/preview?language=ar"))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let html = reply.html();
    let view = scraper::Selector::parse("#respondent-view").expect("selector");
    let el = html.select(&view).next().expect("the respondent's view");
    assert_eq!(el.value().attr("lang"), Some("ar"));
    assert_eq!(el.value().attr("dir"), Some("rtl"));
    assert!(
        reply
            .body
            .contains("سأشعر بالثقة في طلب المساعدة من جيراني"),
        "the Arabic question"
    );
    assert!(!reply.body.contains("Not yet reviewed"));
    let welsh = app
        .get(&format!("/questionnaires/{id}/preview?language=cy"))
        .await;
    assert!(
        welsh
            .body
            .contains("yn gofyn i&#39;m cymdogion, beth bynnag fo&#39;u cefndir")
    );
    assert!(welsh.body.contains("dir=\"ltr\""));
}

#[tokio::test]
async fn the_questionnaire_pages_speak_welsh() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    for (uri, heading) in [
        ("/questionnaires".to_owned(), "Holiaduron"),
        ("/questionnaires/new".to_owned(), "Adeiladu holiadur"),
        ("/questionnaires/import".to_owned(), "Mewnforio XLSForm"),
        (
            format!("/questionnaires/{id}/details"),
            "Teitl, caniatâd, dyddiadau ac ieithoedd",
        ),
        (
            format!("/questionnaires/{id}/languages"),
            "Ieithoedd a chyfieithiadau",
        ),
        (
            format!("/questionnaires/{id}/questions/ask_neighbours"),
            "Cwestiwn ask_neighbours",
        ),
    ] {
        let reply = app.get(&format!("{uri}?lang=cy")).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        assert!(reply.body.contains("<html lang=\"cy\""), "{uri}");
        assert_eq!(reply.texts("h1"), [heading], "{uri}");
    }
    let builder = app.get(&format!("/questionnaires/{id}?lang=cy")).await;
    assert!(builder.body.contains("Rhagolwg fel ymatebydd"));
    // The questions are shown in Welsh, the bank's draft.
    assert!(
        builder
            .body
            .contains("yn gofyn i&#39;m cymdogion, beth bynnag fo&#39;u cefndir")
    );
}

#[tokio::test]
async fn the_languages_page_shows_which_texts_are_unreviewed_and_the_spreadsheet_round_trips() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let page = app.get(&format!("/questionnaires/{id}/languages")).await;
    assert_eq!(page.status, StatusCode::OK);
    let english = page.texts("#lang-en td").join(" ");
    assert!(!english.contains("Not yet reviewed"), "{english}");
    let arabic = page.texts("#lang-ar td").join(" ");
    assert!(arabic.contains("Not yet reviewed"), "{arabic}");

    let download = app
        .get(&format!("/questionnaires/{id}/translations.xlsx"))
        .await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.body_bytes().starts_with(b"PK"));
    let back = app
        .post_multipart(
            &format!("/questionnaires/{id}/translations"),
            &[("file", Some("texts.xlsx"), download.body_bytes())],
        )
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);

    let nonsense = app
        .post_multipart(
            &format!("/questionnaires/{id}/translations"),
            &[("file", Some("texts.xlsx"), b"not a workbook")],
        )
        .await;
    assert_eq!(nonsense.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nonsense.body.contains("save it as .xlsx"));
}

#[tokio::test]
async fn the_xlsform_download_is_a_workbook_and_a_kobo_form_imports() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let file = app.get(&format!("/questionnaires/{id}/xlsform.xlsx")).await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(
        file.header(header::CONTENT_TYPE)
            .is_some_and(|t| t.contains("spreadsheetml"))
    );
    assert!(
        file.header(header::CONTENT_DISPOSITION)
            .is_some_and(|d| d.contains("language-and-friendship-caf-"))
    );
    let read = tessera_survey::read_xlsform(file.body_bytes(), "x").expect("reads back");
    assert_eq!(
        read.form_id.as_deref(),
        Some(format!("tessera_{id}").as_str())
    );

    let imported = app
        .post_multipart(
            "/questionnaires/import",
            &[("file", Some("community_checkin.xlsx"), KOBO)],
        )
        .await;
    assert_eq!(imported.status, StatusCode::SEE_OTHER, "{}", imported.body);
    let page = app.get(&location(&imported)).await;
    assert_eq!(page.texts("h1"), ["Community check-in"]);
}

#[tokio::test]
async fn a_malformed_xlsform_is_refused_with_its_problems_and_nothing_is_stored() {
    let app = TestApp::demo().await;
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet().set_name("survey").expect("name");
    for (r, row) in [
        ["type", "name", "label"],
        ["calculate", "score", ""],
        ["select_one nope", "q", "Q?"],
    ]
    .iter()
    .enumerate()
    {
        for (c, v) in row.iter().enumerate() {
            s.write_string(r as u32, c as u16, *v).expect("write");
        }
    }
    let bytes = book.save_to_buffer().expect("saves");
    let reply = app
        .post_multipart(
            "/questionnaires/import",
            &[("file", Some("bad.xlsx"), &bytes)],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problems = reply.texts("#problems li");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("sheet survey, row 2, column type:"),
        "{}",
        problems[0]
    );
    assert!(
        problems[1].contains("row 3") && problems[1].contains("nope"),
        "{}",
        problems[1]
    );
    let org = app.demo_org().await;
    assert!(
        app.store()
            .questionnaires(org.id)
            .await
            .expect("list")
            .is_empty()
    );
}

#[tokio::test]
async fn editing_a_questionnaire_that_has_answers_makes_a_new_version() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let org = app.demo_org().await;
    assert!(
        app.store()
            .mark_questionnaire_answered(org.id, QuestionnaireId(id), 1)
            .await
            .expect("mark")
    );
    let page = app.get(&format!("/questionnaires/{id}")).await;
    assert!(page.body.contains("This version has answers"));
    let saved = app
        .post_form(
            &format!("/questionnaires/{id}/questions/ask_neighbours"),
            &[
                ("language", "en"),
                ("label", "Could you ask your neighbours for help?"),
                ("hint", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let record = app
        .store()
        .questionnaire(org.id, QuestionnaireId(id))
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(record.version, 2);
    let old = app
        .store()
        .questionnaire_version(org.id, QuestionnaireId(id), 1)
        .await
        .expect("read")
        .expect("kept");
    assert!(
        old.content
            .to_string()
            .contains("I would feel confident asking my neighbours")
    );
    assert!(
        record
            .content
            .to_string()
            .contains("Could you ask your neighbours for help?")
    );
}

#[tokio::test]
async fn details_change_the_consent_text_and_refuse_a_closing_day_before_the_opening_day() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let bad = app
        .post_form(
            &format!("/questionnaires/{id}/details"),
            &[
                ("title", "Café survey"),
                ("consent", "We ask about the café."),
                ("language", "en"),
                ("opens_on", "2027-03-01"),
                ("closes_on", "2027-02-01"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.body
            .contains("The last day must not be before the first day.")
    );
    let good = app
        .post_form(
            &format!("/questionnaires/{id}/details"),
            &[
                ("title", "Café survey"),
                ("consent", "We ask about the café."),
                ("language", "en"),
                ("language", "ar"),
                ("opens_on", "2027-03-01"),
                ("per_link_limit", "500"),
            ],
        )
        .await;
    assert_eq!(good.status, StatusCode::SEE_OTHER, "{}", good.body);
    let preview = app.get(&format!("/questionnaires/{id}/preview")).await;
    assert!(preview.body.contains("We ask about the café."));
    assert_eq!(preview.texts("#preview-languages li").len(), 2);
}

#[tokio::test]
async fn a_viewer_sees_questionnaires_but_cannot_change_them() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let org = app.demo_org().await;
    let viewer = app
        .member(org.id, "viewer@demo.example", Role::Viewer)
        .await;
    let as_viewer = app.as_(Some(viewer));
    let page = as_viewer.get(&format!("/questionnaires/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("/remove\""));
    let refused = as_viewer
        .post_form(
            &format!("/questionnaires/{id}/questions/ask_neighbours/remove"),
            &[],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(names(&app, id).await.contains(&"ask_neighbours".to_owned()));
}

/// Replaces the values of keys that differ between runs.
fn redact(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if ["created_at", "updated_at"].contains(&k.as_str()) {
                    *v = serde_json::Value::String(format!("[{k}]"));
                } else {
                    redact(v);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

#[tokio::test]
async fn the_api_builds_lists_reads_and_exports_questionnaires_as_its_snapshots() {
    let app = TestApp::demo().await;
    let created = app
        .send_json(
            "POST",
            "/api/v1/questionnaires",
            r#"{"indicators": ["ioi-2019/bon-lonely", "ioi-2019/saf-hate-crime-rate"], "title": "Loneliness check"}"#,
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let mut body = created.json();
    let id = body["questionnaire"]["id"].as_i64().expect("id");
    assert_eq!(
        created.header(header::LOCATION),
        Some(format!("/api/v1/questionnaires/{id}").as_str())
    );
    assert_eq!(
        body["not_covered"][0]["indicator"],
        "ioi-2019/saf-hate-crime-rate"
    );
    redact(&mut body);
    insta::assert_json_snapshot!("questionnaire_created", body);

    let mut list = app
        .send_json("GET", "/api/v1/questionnaires", "")
        .await
        .json();
    redact(&mut list);
    insta::assert_json_snapshot!("questionnaires", list);

    let detail = app
        .send_json("GET", &format!("/api/v1/questionnaires/{id}"), "")
        .await;
    assert_eq!(detail.status, StatusCode::OK);
    let mut detail = detail.json();
    // The content is the documented model: it reads back as a questionnaire.
    let q: tessera_survey::Questionnaire =
        serde_json::from_value(detail["content"].clone()).expect("the documented model");
    assert!(q.questions().any(|x| x.name.as_str() == "lonely"));
    redact(&mut detail);
    insta::assert_json_snapshot!("questionnaire", detail);

    let file = app
        .send_json("GET", &format!("/api/v1/questionnaires/{id}/xlsform"), "")
        .await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(file.body_bytes().starts_with(b"PK"));

    let plan = app
        .send_json("POST", "/api/v1/questionnaires", r#"{"plan": 1}"#)
        .await;
    assert_eq!(plan.status, StatusCode::CREATED, "{}", plan.body);
    assert_eq!(
        plan.json()["questionnaire"]["title"],
        "Language and friendship café"
    );
    assert_eq!(plan.json()["questionnaire"]["plan"], 1);

    for bad in [r#"{"indicators": []}"#, r#"{"colour": "blue"}"#, "not json"] {
        let reply = app.send_json("POST", "/api/v1/questionnaires", bad).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(reply.json()["errors"][0]["detail"].is_string());
    }
    let missing = app
        .send_json("GET", "/api/v1/questionnaires/987654", "")
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_questions_choices_are_reworded_in_one_language_and_marked_reviewed_there() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let form = app
        .get(&format!(
            "/questionnaires/{id}/questions/ask_neighbours?language=ar"
        ))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("id=\"choice-strongly_agree\""));
    assert!(form.body.contains("dir=\"rtl\""));
    let saved = app
        .post_form(
            &format!("/questionnaires/{id}/questions/ask_neighbours"),
            &[
                ("language", "ar"),
                (
                    "label",
                    "سأشعر بالثقة في طلب المساعدة من جيراني إذا احتجت إليها.",
                ),
                ("hint", ""),
                ("choice-strongly_agree", "أوافق تمامًا"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let org = app.demo_org().await;
    let record = app
        .store()
        .questionnaire(org.id, QuestionnaireId(id))
        .await
        .expect("read")
        .expect("stored");
    let q: tessera_survey::Questionnaire =
        serde_json::from_value(record.content).expect("the model");
    let question = q
        .questions()
        .find(|x| x.name.as_str() == "ask_neighbours")
        .expect("asked");
    let ar = tessera_survey::Lang::parse("ar").expect("valid");
    let choice = question
        .choice("strongly_agree")
        .expect("offered")
        .label
        .get(&ar)
        .expect("arabic");
    assert_eq!(choice.value, "أوافق تمامًا");
    assert!(choice.reviewed);
    // Another choice's Arabic stays the unreviewed draft.
    assert!(
        !question
            .choice("agree")
            .expect("offered")
            .label
            .get(&ar)
            .expect("arabic")
            .reviewed
    );

    // An English choice cannot be emptied: English is the first language.
    let refused = app
        .post_form(
            &format!("/questionnaires/{id}/questions/ask_neighbours"),
            &[
                ("language", "en"),
                ("label", "Neighbours?"),
                ("choice-agree", " "),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body.contains("href=\"#choice-agree\""));
}

#[tokio::test]
async fn an_unanswered_questionnaire_is_deleted_after_its_confirmation_page() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let builder = app.get(&format!("/questionnaires/{id}")).await;
    assert!(
        builder
            .body
            .contains(&format!("href=\"/questionnaires/{id}/delete\""))
    );
    let page = app.get(&format!("/questionnaires/{id}/delete")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Deleting cannot be undone."));
    assert_eq!(
        page.texts("#what-goes li"),
        ["its 10 questions, in its only version"]
    );
    assert!(!page.body.contains("answers_too"));
    let done = app
        .post_form(&format!("/questionnaires/{id}/delete"), &[])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(location(&done), "/questionnaires?done=deleted");
    let list = app.get("/questionnaires?done=deleted").await;
    assert!(list.body.contains("The questionnaire has been deleted."));
    let org = app.demo_org().await;
    assert!(
        app.store()
            .questionnaire(org.id, QuestionnaireId(id))
            .await
            .expect("read")
            .is_none()
    );
    let again = app.get(&format!("/questionnaires/{id}/delete")).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_answered_questionnaire_is_deleted_only_when_its_answers_may_go_too() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let org = app.demo_org().await;
    let stored = app
        .store()
        .store_response(tessera_store::NewResponse {
            org: org.id,
            questionnaire: QuestionnaireId(id),
            version: 1,
            channel: "openrosa".to_owned(),
            side: None,
            participant: None,
            lang: "en".to_owned(),
            answers: serde_json::json!({"ask_neighbours": "agree"}),
            idempotency_key: "uuid:test-delete".to_owned(),
        })
        .await
        .expect("stored");
    assert!(matches!(stored, tessera_store::Stored::New(_)));
    let page = app.get(&format!("/questionnaires/{id}/delete")).await;
    assert_eq!(
        page.texts("#answers-go"),
        ["its one stored response, its public link and its collectors"]
    );
    let refused = app
        .post_form(&format!("/questionnaires/{id}/delete"), &[])
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused.body.contains(
            "This questionnaire has answers. Tick the box to confirm they are deleted too"
        )
    );
    assert!(
        app.store()
            .questionnaire(org.id, QuestionnaireId(id))
            .await
            .expect("read")
            .is_some(),
        "nothing is deleted without the tick"
    );
    let done = app
        .post_form(
            &format!("/questionnaires/{id}/delete"),
            &[("answers_too", "yes")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert!(
        app.store()
            .questionnaire(org.id, QuestionnaireId(id))
            .await
            .expect("read")
            .is_none()
    );
    assert!(
        app.store()
            .responses(org.id, QuestionnaireId(id))
            .await
            .expect("read")
            .is_empty(),
        "its responses went with it"
    );
}

#[tokio::test]
async fn a_viewer_cannot_delete_a_questionnaire_and_the_page_speaks_welsh() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    let org = app.demo_org().await;
    let viewer = app
        .member(org.id, "viewer@demo.example", Role::Viewer)
        .await;
    let as_viewer = app.as_(Some(viewer));
    let refused = as_viewer
        .post_form(&format!("/questionnaires/{id}/delete"), &[])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        !as_viewer
            .get(&format!("/questionnaires/{id}"))
            .await
            .body
            .contains("/delete\"")
    );
    let cy = app
        .get(&format!("/questionnaires/{id}/delete?lang=cy"))
        .await;
    assert_eq!(cy.status, StatusCode::OK);
    assert!(cy.body.contains("Ni ellir dadwneud dileu."));
    assert_eq!(
        cy.texts("#what-goes li"),
        ["ei 10 cwestiwn, yn ei unig fersiwn"]
    );
}

/// The question's "show if" conditions as stored.
async fn show_if_of(app: &TestApp, id: i64, name: &str) -> serde_json::Value {
    let org = app.demo_org().await;
    let record = app
        .store()
        .questionnaire(org.id, QuestionnaireId(id))
        .await
        .expect("read")
        .expect("stored");
    record.content["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["question"]["name"] == name)
        .map(|i| i["question"]["show_if"].clone())
        .expect("question")
}

#[tokio::test]
async fn the_question_editor_shows_changes_and_checks_show_if_conditions() {
    let app = TestApp::demo().await;
    let id = from_cafe_plan(&app).await;
    // The bank asks the year of arrival only of people born abroad.
    let page = app
        .get(&format!("/questionnaires/{id}/questions/year_arrived"))
        .await;
    assert!(page.body.contains("Show this question only if"));
    assert!(
        page.body
            .contains(r#"<option value="country_of_birth" selected>"#),
        "the existing condition is shown"
    );
    assert!(page.body.contains(r#"value="uk prefer_not""#));

    let form = |q: &'static str, test: &'static str, value: &'static str| {
        vec![
            ("language", "en"),
            (
                "label",
                "I would feel confident asking my neighbours for help.",
            ),
            ("hint", ""),
            ("show_if_question_0", q),
            ("show_if_test_0", test),
            ("show_if_value_0", value),
        ]
    };
    let path = format!("/questionnaires/{id}/questions/ask_neighbours");
    let saved = app
        .post_form(&path, &form("country_of_birth", "none_of", "uk"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        show_if_of(&app, id, "ask_neighbours").await,
        serde_json::json!([{"question": "country_of_birth", "test": "none_of", "values": ["uk"]}])
    );

    let unknown = app
        .post_form(&path, &form("country_of_birth", "any_of", "mars"))
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(
        unknown
            .body
            .contains("“show if” names a choice the earlier question does not offer")
    );
    assert!(unknown.body.contains("href=\"#show_if_value_0\""));
    let number = app
        .post_form(&path, &form("country_of_birth", "at_least", "18"))
        .await;
    assert_eq!(number.status, StatusCode::BAD_REQUEST);
    assert!(
        number
            .body
            .contains("“show if” compares a number with an answer that is not a number")
    );
    let not_a_number = app
        .post_form(&path, &form("year_arrived", "at_least", "soon"))
        .await;
    assert_eq!(not_a_number.status, StatusCode::BAD_REQUEST);
    assert!(not_a_number.body.contains("“soon” is not a number"));
    let later = app
        .post_form(
            &format!("/questionnaires/{id}/questions/country_of_birth"),
            &[("language", "en"), ("label", "Where were you born?")],
        )
        .await;
    assert_eq!(
        later.status,
        StatusCode::SEE_OTHER,
        "no conditions sent, none changed"
    );
    // Nothing was stored by the refused forms.
    assert_eq!(
        show_if_of(&app, id, "ask_neighbours").await,
        serde_json::json!([{"question": "country_of_birth", "test": "none_of", "values": ["uk"]}])
    );
    let number_ok = app
        .post_form(&path, &form("year_arrived", "below", "2020"))
        .await;
    assert_eq!(
        number_ok.status,
        StatusCode::SEE_OTHER,
        "{}",
        number_ok.body
    );
    assert_eq!(
        show_if_of(&app, id, "ask_neighbours").await,
        serde_json::json!([{"question": "year_arrived", "test": "below", "value": 2020.0}])
    );
    let cleared = app.post_form(&path, &form("", "any_of", "")).await;
    assert_eq!(cleared.status, StatusCode::SEE_OTHER, "{}", cleared.body);
    assert_eq!(
        show_if_of(&app, id, "ask_neighbours").await,
        serde_json::Value::Null
    );
    let cy = app.get(&format!("{path}?lang=cy")).await;
    assert!(cy.body.contains("Dangos y cwestiwn hwn dim ond os"));
}
