//! The demo's collection: the café questionnaire open for answers on a public link, with a
//! few responses, so `serve --demo` shows counts by side and can make a dataset at once.

use tessera_store::{AnyStore, NewResponse, Organisation, StoreError, prelude::*};
use tessera_survey::{Lang, QuestionType, Questionnaire};

use super::answers;

/// How many responses the demo starts with.
pub const DEMO_RESPONSES: usize = 12;

/// Opens the demo organisation's first questionnaire for answers and stores a few responses,
/// once: nothing happens when it has no questionnaire or already has responses.
pub async fn seed_demo_collection(store: &AnyStore, org: &Organisation) -> Result<(), StoreError> {
    let Some(record) = store.questionnaires(org.id).await?.into_iter().next() else {
        return Ok(());
    };
    store.open_collection(org.id, record.id, "system").await?;
    if !store.responses(org.id, record.id).await?.is_empty() {
        return Ok(());
    }
    let q: Questionnaire = serde_json::from_value(record.content.clone())
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let group = q.mapping(super::today().year(), 10).group;
    for i in 0..DEMO_RESPONSES {
        let raw = respondent(&q, i);
        let Ok(kept) = answers::check(&q, raw, &Lang::english()) else {
            continue;
        };
        store
            .store_response(NewResponse {
                org: org.id,
                questionnaire: record.id,
                version: record.version,
                channel: "web".to_owned(),
                side: answers::side(&group, &kept).map(str::to_owned),
                participant: None,
                lang: if i.is_multiple_of(3) { "cy" } else { "en" }.to_owned(),
                answers: serde_json::to_value(&kept)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                idempotency_key: format!("demo-{i}"),
            })
            .await?;
    }
    Ok(())
}

/// The `i`-th demo respondent: choices taken in turn, half born abroad and arrived recently.
fn respondent(q: &Questionnaire, i: usize) -> Vec<(String, String)> {
    let mut given = answers::Answers::new();
    for (n, question) in q.questions().enumerate() {
        if !question.kind.takes_answer() || !answers::shown(question, &given) {
            continue;
        }
        let value = match question.kind {
            QuestionType::SingleChoice | QuestionType::MultipleChoice => {
                if question.name.as_str() == tessera_survey::COUNTRY_OF_BIRTH {
                    if i.is_multiple_of(2) {
                        "uk"
                    } else {
                        "middle_east"
                    }
                    .to_owned()
                } else {
                    let c = &question.choices[(i + n) % question.choices.len()];
                    c.code.as_str().to_owned()
                }
            }
            QuestionType::Number => (2016 + (i % 9)).to_string(),
            QuestionType::Scale => question.scale.as_ref().map_or("1".to_owned(), |s| {
                (s.min + (i as i32 % (s.max - s.min + 1))).to_string()
            }),
            QuestionType::Date => "2025-06-01".to_owned(),
            QuestionType::Text | QuestionType::Note => continue,
        };
        given.insert(question.name.as_str().to_owned(), value);
    }
    given.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_demo_collects_on_a_public_link_with_a_few_responses_on_both_sides() {
        let store = tessera_store::testing::fresh().await.expect("database");
        let org = crate::demo::seed(&store).await.expect("demo");
        crate::questionnaires::seed_demo_questionnaire(&store, &org)
            .await
            .expect("questionnaire");
        seed_demo_collection(&store, &org).await.expect("seeded");
        seed_demo_collection(&store, &org).await.expect("again");
        let q = store.questionnaires(org.id).await.expect("list")[0].id;
        assert!(store.collection(org.id, q).await.expect("read").is_some());
        let counts = store.response_counts(org.id, q).await.expect("counts");
        let total: i64 = counts.iter().map(|(_, n)| n).sum();
        assert_eq!(total, DEMO_RESPONSES as i64, "seeding twice adds nothing");
        assert!(
            counts
                .iter()
                .any(|(s, _)| s.as_deref() == Some("newcomers"))
        );
        assert!(
            counts
                .iter()
                .any(|(s, _)| s.as_deref() == Some("receiving_community"))
        );
    }
}
