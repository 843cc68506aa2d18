use tessera_data::{Format, ReadOptions};
use tessera_framework::Catalogue;
use tessera_stats::mapping::{GROUP_COLUMN, NEWCOMERS, RECEIVING};
use tessera_stats::{CiMethod, Design, EstimandKind, Measure, Outcome, Thresholds};
use tessera_store::{Role, prelude::*};
use tessera_survey::{Lang, QuestionType, Questionnaire, RuleMeasure};

use super::answers::{self, Answers};
use super::{Channel, Collecting, SettingsForm, Submission, SubmitError, Submitted};
use crate::{Actor, App, Settings};

/// The demo organisation with its café questionnaire, open for answers.
async fn cafe() -> (App, Actor, String, Collecting) {
    let store = tessera_store::testing::fresh().await.expect("database");
    let org = crate::demo::seed(&store).await.expect("demo");
    crate::questionnaires::seed_demo_questionnaire(&store, &org)
        .await
        .expect("questionnaire");
    let app = App::new(
        Catalogue::shipped().expect("packs"),
        store,
        Settings::new(std::env::temp_dir()),
    );
    let actor = Actor {
        org,
        role: Role::Owner,
        name: "owner@demo.example".to_owned(),
        user: None,
    };
    let list = app.questionnaire_list(actor.org.id).await.expect("list");
    let id = list[0].record.id.to_string();
    let collection = app.open_collection(&actor, &id).await.expect("open");
    let collecting = app
        .collecting(&collection.token, None)
        .await
        .expect("the public link leads to the questionnaire");
    (app, actor, id, collecting)
}

/// A small deterministic generator (xorshift64), so the simulated answers are the same on
/// every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One simulated respondent's answers: every shown question answered, optional ones skipped
/// one time in eight.
fn respondent(q: &Questionnaire, rng: &mut Rng) -> Vec<(String, String)> {
    let mut given = Answers::new();
    for question in q.questions() {
        if !question.kind.takes_answer() || !answers::shown(question, &given) {
            continue;
        }
        if !question.required && rng.below(8) == 0 {
            continue;
        }
        let value = match question.kind {
            QuestionType::SingleChoice => question.choices[rng.below(question.choices.len())]
                .code
                .as_str()
                .to_owned(),
            QuestionType::MultipleChoice => question.choices[0].code.as_str().to_owned(),
            QuestionType::Number => {
                // Years of arrival spread over 1990–2025; other numbers within their limits.
                let max = question.constraint.max.unwrap_or(2025.0).min(2025.0);
                let lo = question
                    .constraint
                    .min
                    .unwrap_or(0.0)
                    .max(1990.0_f64.min(max));
                let hi = max.max(lo);
                let span = (hi - lo) as usize + 1;
                format!("{}", lo as i64 + rng.below(span) as i64)
            }
            QuestionType::Scale => {
                let s = question
                    .scale
                    .as_ref()
                    .expect("a scale question has a scale");
                format!("{}", s.min + rng.below((s.max - s.min + 1) as usize) as i32)
            }
            QuestionType::Date => "2025-06-01".to_owned(),
            QuestionType::Text | QuestionType::Note => "words".to_owned(),
        };
        given.insert(question.name.as_str().to_owned(), value);
    }
    given.into_iter().collect()
}

fn submission(answers: Vec<(String, String)>, key: &str) -> Submission {
    Submission {
        answers,
        lang: Lang::english(),
        key: key.to_owned(),
        consent: true,
        channel: Channel::Web,
    }
}

#[tokio::test]
async fn two_hundred_respondents_make_a_dataset_whose_profile_equals_a_direct_estimate_from_the_csv()
 {
    let (app, actor, id, collecting) = cafe().await;
    let mut rng = Rng(0x5eed_cafe);
    for i in 0..200 {
        let answers = respondent(&collecting.questionnaire, &mut rng);
        let done = app
            .submit_response(&collecting, submission(answers, &format!("key-{i}")))
            .await
            .expect("a valid response is stored");
        assert!(matches!(done, Submitted::Stored(_)));
    }
    let overview = app
        .collection_overview(actor.org.id, collecting.collection.questionnaire)
        .await
        .expect("overview");
    assert_eq!(overview.counts.total(), 200);
    assert!(
        overview.counts.newcomers > 20 && overview.counts.receiving > 20,
        "{:?}",
        overview.counts
    );

    let saved = app
        .make_dataset_from_responses(&actor, &id, "Café answers", None)
        .await
        .expect("dataset");
    let (record, mapping) = app
        .dataset(actor.org.id, &saved.id.to_string())
        .await
        .expect("stored");
    assert_eq!(record.summary.name, "Café answers");
    assert!(!mapping.measures.is_empty(), "the mapping is filled in");
    let data = app
        .store()
        .dataset_data(actor.org.id, saved.id)
        .await
        .expect("read")
        .expect("data");
    assert_eq!(data.n_rows, 200);
    let report = crate::estimates::try_run(
        &mapping,
        &data,
        crate::results::profile_breakdowns(&mapping),
    )
    .expect("the profile computes without a mapping step");

    // The same answers exported to CSV and read back by tessera-data, estimated directly with
    // tessera-stats: the side and the success rule spelled out here, not taken from the mapping.
    let (_, csv) = app.responses_csv(&actor, &id, false).await.expect("csv");
    let read = tessera_data::read_bytes(&csv, Format::Csv, &ReadOptions::default())
        .expect("the export reads back");
    let back = read.dataset;
    let text = |name: &str, row: usize| -> Option<String> {
        back.column(name)
            .and_then(|c| c.text_at(row))
            .map(|v| v.into_owned())
    };
    let since = f64::from(super::today().year() - 10);
    let sides: Vec<u32> = (0..back.n_rows)
        .map(|r| {
            let born = text("country_of_birth", r);
            let year = text("year_arrived", r).and_then(|y| y.parse::<f64>().ok());
            match (born.as_deref(), year) {
                (Some("uk"), _) => 1,
                (Some(b), Some(y)) if b != "prefer_not" && y >= since => 0,
                (Some(_), Some(y)) if y < since => 1,
                _ => 2,
            }
        })
        .collect();
    let mut compared = 0;
    for question in collecting.questionnaire.questions() {
        let Some(rule) = question.rules.first() else {
            continue;
        };
        let RuleMeasure::Proportion { success, exclude } = &rule.measure else {
            continue;
        };
        let y: Vec<f64> = (0..back.n_rows)
            .map(|r| match text(question.name.as_str(), r) {
                Some(v) if exclude.iter().any(|e| e.as_str() == v) => f64::NAN,
                Some(v) if success.iter().any(|s| s.as_str() == v) => 1.0,
                Some(_) => 0.0,
                None => f64::NAN,
            })
            .collect();
        // Domain estimation over the whole sample (rows left out of the base are outside
        // every domain), as `survey::svyby` does with `subset`.
        let design = Design::simple_random_sample(back.n_rows).expect("design");
        let ys: Vec<f64> = y
            .iter()
            .map(|v| if v.is_nan() { 0.0 } else { *v })
            .collect();
        let cells: Vec<u32> = (0..back.n_rows)
            .map(|r| {
                if y[r].is_nan() {
                    tessera_stats::NO_CELL
                } else {
                    sides[r]
                }
            })
            .collect();
        let direct = tessera_stats::estimate_cells(
            &design,
            &ys,
            &cells,
            3,
            Measure::new(EstimandKind::Proportion, CiMethod::Logit).expect("measure"),
            &Thresholds::default(),
        )
        .expect("direct estimate");
        for (cell, side) in [(0usize, NEWCOMERS), (1, RECEIVING)] {
            let row = report
                .estimates
                .iter()
                .find(|e| {
                    e.measure == question.name.as_str()
                        && e.by == vec![(GROUP_COLUMN.to_owned(), side.to_owned())]
                })
                .expect("the profile has the side");
            match &direct[cell].outcome {
                Outcome::Reported { figures, .. } => {
                    let value = row.estimate.expect("reported");
                    assert!(
                        (value - figures.value).abs() < 1e-12,
                        "{} {side}: profile {value} vs direct {}",
                        question.name,
                        figures.value
                    );
                    assert_eq!(row.n, Some(figures.n));
                    let se = row.se.expect("se");
                    let direct_se = figures.se.expect("se");
                    assert!(
                        (se - direct_se).abs() < 1e-12,
                        "{} {side}: profile se {se} vs direct {direct_se}",
                        question.name
                    );
                    println!(
                        "{} {side}: {value:.6} (se {se:.6}, n {})",
                        question.name, figures.n
                    );
                    compared += 1;
                }
                Outcome::Suppressed { .. } => assert!(row.estimate.is_none()),
            }
        }
    }
    assert!(compared >= 4, "compared {compared} figures");
}

#[tokio::test]
async fn a_repeated_submission_is_one_response_and_bad_submissions_store_nothing() {
    let (app, actor, id, collecting) = cafe().await;
    let mut rng = Rng(42);
    let answers = respondent(&collecting.questionnaire, &mut rng);
    let first = app
        .submit_response(&collecting, submission(answers.clone(), "uuid:1"))
        .await
        .expect("stored");
    let again = app
        .submit_response(&collecting, submission(answers.clone(), "uuid:1"))
        .await
        .expect("answered");
    let Submitted::Stored(id1) = first else {
        panic!("first is stored")
    };
    assert_eq!(again, Submitted::Repeated(id1));

    let mut unknown = answers.clone();
    unknown.push(("favourite_colour".to_owned(), "blue".to_owned()));
    match app
        .submit_response(&collecting, submission(unknown, "uuid:2"))
        .await
    {
        Err(SubmitError::Problems(p)) => {
            assert_eq!(p.len(), 1);
            assert_eq!(p[0].question, "favourite_colour");
        }
        other => panic!("unknown field refused: {other:?}"),
    }
    let mut no_consent = submission(answers.clone(), "uuid:3");
    no_consent.consent = false;
    assert!(matches!(
        app.submit_response(&collecting, no_consent).await,
        Err(SubmitError::NoConsent)
    ));

    app.update_collection(
        &actor,
        &id,
        &SettingsForm {
            closed: true,
            ..SettingsForm::default()
        },
    )
    .await
    .expect("closed");
    let closed = app
        .collecting(&collecting.collection.token, None)
        .await
        .expect("link");
    assert!(matches!(
        app.submit_response(&closed, submission(answers.clone(), "uuid:4"))
            .await,
        Err(SubmitError::Closed)
    ));
    app.update_collection(
        &actor,
        &id,
        &SettingsForm {
            opens_on: "2999-01-01".to_owned(),
            ..SettingsForm::default()
        },
    )
    .await
    .expect("later");
    let later = app
        .collecting(&collecting.collection.token, None)
        .await
        .expect("link");
    assert!(matches!(
        app.submit_response(&later, submission(answers, "uuid:5"))
            .await,
        Err(SubmitError::NotYetOpen(_))
    ));
    assert_eq!(
        app.store()
            .responses(actor.org.id, collecting.collection.questionnaire)
            .await
            .expect("list")
            .len(),
        1,
        "only the first submission was stored"
    );
}

#[tokio::test]
async fn a_draft_comes_back_with_its_resume_code_and_a_link_from_elsewhere_leads_nowhere() {
    let (app, _actor, _id, collecting) = cafe().await;
    let code = app
        .save_draft(
            &collecting,
            vec![("country_of_birth".to_owned(), "europe".to_owned())],
            &Lang::welsh(),
        )
        .await
        .expect("saved");
    assert_eq!(code.len(), 14);
    let draft = app
        .resume_draft(&collecting, &code.to_lowercase().replace('-', " "))
        .await
        .expect("read")
        .expect("found with a code typed loosely");
    assert_eq!(draft.answers["country_of_birth"], "europe");
    assert_eq!(draft.lang, "cy");
    app.forget_draft(&code).await.expect("forget");
    assert!(
        app.resume_draft(&collecting, &code)
            .await
            .expect("read")
            .is_none()
    );
    assert!(app.collecting("not-a-token", None).await.is_err());
    assert!(app.collecting(&"A".repeat(24), None).await.is_err());
}

#[tokio::test]
async fn the_export_with_labels_uses_the_choices_words_and_neutralises_formulas() {
    let (app, actor, id, collecting) = cafe().await;
    let text_question = collecting
        .questionnaire
        .questions()
        .find(|q| q.kind == QuestionType::Text)
        .map(|q| q.name.as_str().to_owned());
    let mut answers = vec![("country_of_birth".to_owned(), "uk".to_owned())];
    if let Some(t) = &text_question {
        answers.push((t.clone(), "=HYPERLINK(\"x\")".to_owned()));
    }
    let mut rng = Rng(7);
    for (k, v) in respondent(&collecting.questionnaire, &mut rng) {
        if !answers.iter().any(|(a, _)| *a == k) {
            answers.push((k, v));
        }
    }
    app.submit_response(&collecting, submission(answers, "k"))
        .await
        .expect("stored");
    let (name, csv) = app.responses_csv(&actor, &id, true).await.expect("csv");
    assert!(name.ends_with("-responses.csv"));
    let text = String::from_utf8(csv).expect("utf-8");
    assert!(text.contains("The United Kingdom"), "{text}");
    assert!(!text.contains(",=HYPERLINK"), "{text}");
    let (_, xlsx) = app.responses_xlsx(&actor, &id).await.expect("xlsx");
    assert!(xlsx.starts_with(b"PK"));
    // The .sav file reads back with the questions as variable labels and the choices' words
    // as value labels.
    let (name, sav) = app.responses_sav(&actor, &id).await.expect("sav");
    assert!(name.ends_with("-responses.sav"));
    let read = tessera_data::read_bytes(&sav, Format::Sav, &ReadOptions::default())
        .expect("the .sav reads back");
    assert_eq!(read.dataset.n_rows, 1);
    let born = read
        .dataset
        .codebook
        .variables
        .iter()
        .find(|v| v.name == "country_of_birth")
        .expect("the variable");
    assert_eq!(born.label.as_deref(), Some("Where were you born?"));
    assert!(
        born.value_labels
            .iter()
            .any(|(c, l)| c == "uk" && l == "The United Kingdom"),
        "{:?}",
        born.value_labels
    );
}
