//! Stories and reports end to end over the demo organisation: consent decides what may be
//! recorded and what may enter a report, the personal-data check stops a save until looked at,
//! and every report format says the same without a suppressed figure.

use tessera_framework::Catalogue;
use tessera_store::{Role, prelude::*};

use super::input::StoryInput;
use crate::reports::input::{ReportInput, blank};
use crate::{Actor, App, Settings};

async fn demo() -> (App, Actor) {
    let store = tessera_store::testing::fresh().await.expect("database");
    let org = crate::demo::seed(&store).await.expect("demo");
    crate::demo::seed_participants(&store, &org)
        .await
        .expect("participants");
    let app = App::new(
        Catalogue::shipped().expect("packs"),
        store,
        Settings::new(std::env::temp_dir()),
    );
    let actor = Actor {
        org,
        role: Role::Editor,
        name: "editor@demo.example".to_owned(),
        user: None,
    };
    (app, actor)
}

fn group_story(title: &str, body: &str, publication: bool) -> StoryInput {
    StoryInput {
        kind: "observation".to_owned(),
        title: title.to_owned(),
        body: body.to_owned(),
        group_label: "Tuesday group".to_owned(),
        consent_reports: true,
        consent_publication: publication,
        consent_given_on: "2025-05-01".to_owned(),
        consent_method: "paper".to_owned(),
        themes: "food, Belonging".to_owned(),
        sides: vec!["newcomers".to_owned()],
        ..StoryInput::default()
    }
}

#[tokio::test]
async fn the_demo_holds_consented_stories_for_the_cafe_and_one_a_report_must_refuse() {
    let (app, actor) = demo().await;
    let stories = app
        .stories(actor.org.id, &Default::default())
        .await
        .expect("stories");
    assert_eq!(stories.len(), 4, "{stories:#?}");
    let reportable = stories
        .iter()
        .filter(|s| super::consent::scopes(s).allows_report())
        .count();
    assert_eq!(reportable, 3);
    assert_eq!(
        stories
            .iter()
            .filter(|s| s.linked_consent.is_some())
            .count(),
        2,
        "two rest on participants' consent records"
    );
}

#[tokio::test]
async fn a_story_about_a_participant_needs_their_consent_to_their_story_being_told() {
    let (app, actor) = demo().await;
    let register = app.register(actor.org.id, None).await.expect("register");
    let mut without = None;
    for r in &register {
        let records = app
            .store()
            .consents(actor.org.id, &r.participant.code)
            .await
            .expect("consents");
        if records.iter().all(|c| !c.stories) {
            without = Some(r.participant.code.clone());
            break;
        }
    }
    let code = without.expect("someone without story consent");
    let input = StoryInput {
        participant: code.to_lowercase(),
        group_label: String::new(),
        ..group_story("Met a neighbour", "We had tea together.", true)
    };
    let refused = app
        .record_story(&actor, &input, None)
        .await
        .expect("no error")
        .expect_err("no consent to stories");
    assert!(
        refused[0].message.contains("no current consent record"),
        "{refused:?}"
    );
    let viewer = Actor {
        role: Role::Viewer,
        ..actor.clone()
    };
    assert!(app.record_story(&viewer, &input, None).await.is_err());
}

#[tokio::test]
async fn the_personal_data_check_stops_a_save_until_someone_has_looked() {
    let (app, actor) = demo().await;
    let mut input = group_story(
        "A new friend",
        "Fatima rang me on 07700 900123 and we met at the café.",
        true,
    );
    let refused = app
        .record_story(&actor, &input, None)
        .await
        .expect("no error")
        .expect_err("flagged");
    let fields: Vec<&str> = refused.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["body", "body", "checked"], "{refused:?}");
    assert!(refused[0].message.contains("Fatima"));
    input.checked = true;
    let saved = app
        .record_story(&actor, &input, None)
        .await
        .expect("no error")
        .expect("saved after looking");
    assert_eq!(saved.tag_values("theme"), ["Belonging", "food"]);
}

#[tokio::test]
async fn a_report_refuses_a_story_without_consent_to_publication_and_every_format_agrees() {
    let (app, actor) = demo().await;
    let internal = app
        .record_story(
            &actor,
            &group_story("Internal note", "Fewer came in August.", false),
            None,
        )
        .await
        .expect("no error")
        .expect("saved");
    let public = app
        .record_story(
            &actor,
            &group_story("Cooking together", "We cooked each other's dishes.", true),
            None,
        )
        .await
        .expect("no error")
        .expect("saved");
    let plan = "1";
    let mut form: ReportInput = blank("Café year one", "2025-01-01", "2026-12-31");
    form.stories = vec![public.id.to_string(), internal.id.to_string()];
    let refused = app
        .create_report(&actor, plan, &form)
        .await
        .expect("no error")
        .expect_err("internal note refused");
    assert_eq!(refused.len(), 1);
    assert!(
        refused[0].message.contains("Internal note")
            && refused[0].message.contains("does not cover publication"),
        "{refused:?}"
    );
    form.stories = vec![public.id.to_string()];
    form.sections[0].narrative = "A good first year.\n\nMore next year.".to_owned();
    form.sections.swap(0, 6);
    let report = app
        .create_report(&actor, plan, &form)
        .await
        .expect("no error")
        .expect("made");
    assert_eq!(report.stories, vec![public.id]);
    let doc = app
        .report_document(actor.org.id, &report)
        .await
        .expect("document");
    let kinds: Vec<&str> = doc.sections.iter().map(|s| s.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "methods",
            "theory_of_change",
            "outputs",
            "progress",
            "change",
            "stories",
            "summary"
        ]
    );
    let text = doc.text();
    for expected in [
        "A good first year.",
        "We cooked each other's dishes.",
        "Sessions and attendance",
        "Change for the same people since the baseline",
        "Figures resting on fewer than 10 people are not shown",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    assert!(!text.contains("Fewer came in August."));

    let docx = crate::reports::docx::write(&doc).expect("docx");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").expect("document"),
        &mut xml,
    )
    .expect("xml");
    assert!(xml.contains("We cooked each other&apos;s dishes."));
    let pdf = crate::reports::pdf::write(&doc).expect("pdf");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(
        pdf.windows(b"/StructTreeRoot".len())
            .any(|w| w == b"/StructTreeRoot"),
        "the PDF is tagged"
    );
    assert!(
        pdf.windows(b"/Outlines".len()).any(|w| w == b"/Outlines"),
        "the PDF has bookmarks to its sections"
    );

    // Only owners mark a report final, ready to send.
    assert!(
        app.finalise_report(&actor, report.plan, &report.id.to_string(), "final")
            .await
            .is_err()
    );
    let owner = Actor {
        role: Role::Owner,
        ..actor.clone()
    };
    let done = app
        .finalise_report(&owner, report.plan, &report.id.to_string(), "final")
        .await
        .expect("no error")
        .expect("final");
    assert_eq!(done.status, "final");
}

#[tokio::test]
async fn a_withdrawal_after_the_report_was_made_takes_the_story_out_of_it() {
    let (app, actor) = demo().await;
    let stories = app
        .stories(actor.org.id, &Default::default())
        .await
        .expect("stories");
    let story = stories
        .iter()
        .find(|s| s.linked_consent.is_some())
        .expect("a story on a participant's consent");
    let mut form: ReportInput = blank("Café year one", "2025-01-01", "2026-12-31");
    form.stories = vec![story.id.to_string()];
    let report = app
        .create_report(&actor, "1", &form)
        .await
        .expect("no error")
        .expect("made");
    let before = app
        .report_document(actor.org.id, &report)
        .await
        .expect("document")
        .text();
    assert!(before.contains(&story.body));

    let code = story.participant_code.clone().expect("a code");
    let record = story.linked_consent.as_ref().expect("linked").id;
    app.withdraw_consent(&actor, &code, &record.to_string(), "2026-01-10")
        .await
        .expect("no error")
        .expect("withdrawn");
    let after = app
        .report_document(actor.org.id, &report)
        .await
        .expect("document")
        .text();
    assert!(!after.contains(&story.body), "{after}");
    assert!(after.contains("1 chosen story is left out"), "{after}");
    let owner = Actor {
        role: Role::Owner,
        ..actor.clone()
    };
    let refused = app
        .finalise_report(&owner, report.plan, &report.id.to_string(), "final")
        .await
        .expect("no error")
        .expect_err("cannot go out with it");
    assert!(refused[0].message.contains("withdrew"), "{refused:?}");
}
