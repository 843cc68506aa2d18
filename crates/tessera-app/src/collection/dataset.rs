//! Responses as a table, a dataset and files.
//!
//! The table has one row per response: `response_id`, `response_date`, `response_channel`,
//! `response_version`, then one column per question that takes answers (the current
//! version's in order, then any only older versions asked). The dataset is made from exactly
//! the CSV an analyst would download, read back by `tessera-data` like any upload, so the
//! dataset and the export can never disagree; its codebook gets the questions' words and the
//! choices' labels, and its mapping comes from [`Questionnaire::mapping`], so the profile is
//! ready without a mapping step.

use tessera_data::{Dataset, Format, ReadOptions};
use tessera_l10n::t;
use tessera_stats::mapping::DatasetMapping;
use tessera_store::{
    DatasetSummary, NewAuditEvent, NewDataset, QuestionnaireId, ResponseRecord, Role, prelude::*,
};
use tessera_survey::{Lang, Question, Questionnaire};

use crate::questionnaires::{Loaded, file_stem};
use crate::{Actor, App, AppError, AppResult, export};

/// Columns every row starts with, before the questions.
pub const FIXED: [&str; 4] = [
    "response_id",
    "response_date",
    "response_channel",
    "response_version",
];

/// Years since arrival within which a respondent born abroad counts as a newcomer, as the
/// bank's background questions ask it (the organisation may change the group definition on
/// the dataset afterwards).
pub const NEWCOMER_YEARS: i32 = 10;

/// Responses as a header and rows of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column names.
    pub header: Vec<String>,
    /// One row per response.
    pub rows: Vec<Vec<String>>,
}

/// The questions of the table's columns: the current version's, then questions only older
/// versions asked.
pub fn columns<'a>(current: &'a Questionnaire, older: &'a [Questionnaire]) -> Vec<&'a Question> {
    let mut out: Vec<&Question> = Vec::new();
    for q in std::iter::once(current).chain(older.iter()) {
        for question in q.questions() {
            if question.kind.takes_answer() && !out.iter().any(|o| o.name == question.name) {
                out.push(question);
            }
        }
    }
    out
}

/// The responses as a table of codes, or (with `labels`) of the choices' words in `lang`.
pub fn table(
    questions: &[&Question],
    responses: &[ResponseRecord],
    labels: Option<&Lang>,
) -> Table {
    let mut header: Vec<String> = FIXED.iter().map(|s| (*s).to_owned()).collect();
    header.extend(questions.iter().map(|q| q.name.as_str().to_owned()));
    let rows = responses
        .iter()
        .map(|r| {
            let mut row = vec![
                r.id.to_string(),
                r.created_at.get(..10).unwrap_or(&r.created_at).to_owned(),
                r.channel.clone(),
                r.version.to_string(),
            ];
            for q in questions {
                let value = r
                    .answers
                    .get(q.name.as_str())
                    .and_then(|v| v.as_str())
                    .unwrap_or_default();
                row.push(match labels {
                    Some(lang) if q.kind.has_choices() => value
                        .split(' ')
                        .filter(|c| !c.is_empty())
                        .map(|c| {
                            q.choice(c)
                                .and_then(|ch| ch.label.for_reader(lang))
                                .map_or(c, |(l, _)| l)
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                    _ => value.to_owned(),
                });
            }
            row
        })
        .collect();
    Table { header, rows }
}

/// Reads the CSV of a table back into a dataset, with the questions' words and choices'
/// labels (in English, the codebook's language) in its codebook.
pub fn read_back(csv: &[u8], questions: &[&Question], name: &str) -> AppResult<Dataset> {
    let options = ReadOptions {
        name: Some(name.to_owned()),
        ..ReadOptions::default()
    };
    let outcome = tessera_data::read_bytes(csv, Format::Csv, &options).map_err(|e| {
        AppError::Invalid(tessera_l10n::ta(
            "collect-error-read-back",
            &[("detail", e.to_string().into())],
        ))
    })?;
    let mut data = outcome.dataset;
    let en = Lang::english();
    for variable in &mut data.codebook.variables {
        if let Some(q) = questions.iter().find(|q| q.name.as_str() == variable.name) {
            variable.label = q.label.for_reader(&en).map(|(l, _)| l.to_owned());
            variable.value_labels = q
                .choices
                .iter()
                .filter_map(|c| {
                    c.label
                        .for_reader(&en)
                        .map(|(l, _)| (c.code.as_str().to_owned(), l.to_owned()))
                })
                .collect();
        }
    }
    Ok(data)
}

/// Every version's content of a questionnaire older than the current one.
pub(crate) async fn older_versions(app: &App, loaded: &Loaded) -> AppResult<Vec<Questionnaire>> {
    let mut out = Vec::new();
    for v in 1..loaded.record.version {
        if let Some(found) = app
            .store()
            .questionnaire_version(loaded.record.org, loaded.record.id, v)
            .await?
        {
            out.push(serde_json::from_value(found.content).map_err(AppError::internal)?);
        }
    }
    Ok(out)
}

impl App {
    /// The responses to one of the organisation's questionnaires as a table.
    pub async fn responses_table(
        &self,
        loaded: &Loaded,
        labels: Option<&Lang>,
    ) -> AppResult<Table> {
        let older = older_versions(self, loaded).await?;
        let questions = columns(&loaded.questionnaire, &older);
        let responses = self
            .store()
            .responses(loaded.record.org, loaded.record.id)
            .await?;
        Ok(table(&questions, &responses, labels))
    }

    /// The responses as a CSV file (codes, or with `labels` the choices' words in the
    /// questionnaire's first language), every cell made safe for spreadsheets: file name and
    /// bytes.
    pub async fn responses_csv(
        &self,
        actor: &Actor,
        id: &str,
        labels: bool,
    ) -> AppResult<(String, Vec<u8>)> {
        actor.require(Role::Analyst)?;
        let loaded = self.questionnaire(actor.org.id, id).await?;
        let lang = loaded.questionnaire.languages.first().cloned();
        let t = self
            .responses_table(&loaded, labels.then_some(lang.as_ref()).flatten())
            .await?;
        let stem = file_stem(&loaded.questionnaire, loaded.record.id);
        Ok((
            format!("{stem}-responses.csv"),
            export::csv(&t.header, &t.rows)?,
        ))
    }

    /// The responses as a workbook with the choices' words: file name and bytes.
    pub async fn responses_xlsx(&self, actor: &Actor, id: &str) -> AppResult<(String, Vec<u8>)> {
        actor.require(Role::Analyst)?;
        let loaded = self.questionnaire(actor.org.id, id).await?;
        let lang = loaded.questionnaire.languages.first().cloned();
        let table = self.responses_table(&loaded, lang.as_ref()).await?;
        let stem = file_stem(&loaded.questionnaire, loaded.record.id);
        Ok((
            format!("{stem}-responses.xlsx"),
            export::xlsx(&t("collect-export-sheet"), &table.header, &table.rows)?,
        ))
    }

    /// Makes a dataset of the responses so far, with its mapping filled in from the
    /// questionnaire (editors and owners). With `wave`, every row gets that wave label in a
    /// `wave` column the mapping names, so a later dataset of the same questionnaire can be
    /// compared with this one wave by wave.
    pub async fn make_dataset_from_responses(
        &self,
        actor: &Actor,
        id: &str,
        name: &str,
        wave: Option<&str>,
    ) -> AppResult<DatasetSummary> {
        actor.require(Role::Editor)?;
        let loaded = self.questionnaire(actor.org.id, id).await?;
        let older = older_versions(self, &loaded).await?;
        let questions = columns(&loaded.questionnaire, &older);
        let responses = self
            .store()
            .responses(actor.org.id, loaded.record.id)
            .await?;
        if responses.is_empty() {
            return Err(AppError::Invalid(t("collect-error-no-responses")));
        }
        let mut t = table(&questions, &responses, None);
        let mut mapping: DatasetMapping = loaded
            .questionnaire
            .mapping(super::today().year(), NEWCOMER_YEARS);
        if let Some(w) = wave.map(str::trim).filter(|w| !w.is_empty()) {
            t.header.push("wave".to_owned());
            for row in &mut t.rows {
                row.push(w.to_owned());
            }
            mapping.wave = Some("wave".to_owned());
        }
        let csv = export::csv(&t.header, &t.rows)?;
        let name = match name.trim() {
            "" => crate::questionnaires::title_in(&loaded.questionnaire, &Lang::english()),
            n => n.to_owned(),
        };
        let data = read_back(&csv, &questions, &name)?;
        let waves = crate::import::waves(&data, &mapping);
        let stem = file_stem(&loaded.questionnaire, loaded.record.id);
        let saved = self
            .store()
            .create_dataset(NewDataset {
                org: actor.org.id,
                name,
                parent: None,
                source_name: format!("{stem}-responses.csv"),
                source_format: "csv".to_owned(),
                original: csv,
                data,
                excluded_rows: Vec::new(),
                waves,
                mapping: serde_json::to_value(&mapping).map_err(AppError::internal)?,
                created_by: actor.name.clone(),
            })
            .await?;
        self.store()
            .record_event(NewAuditEvent::new(
                Some(actor.org.id),
                actor.name.clone(),
                "make-dataset",
                format!("questionnaire:{}", loaded.record.id),
                serde_json::json!({ "dataset": saved.id, "responses": responses.len() }),
            ))
            .await?;
        tracing::info!(
            questionnaire.id = %loaded.record.id,
            dataset.id = %saved.id,
            responses = responses.len(),
            "dataset made from responses"
        );
        Ok(saved)
    }

    /// How many responses one of the organisation's questionnaires has.
    pub async fn response_count(
        &self,
        org: tessera_store::OrgId,
        id: QuestionnaireId,
    ) -> AppResult<i64> {
        Ok(self.collection_overview(org, id).await?.counts.total())
    }
}
