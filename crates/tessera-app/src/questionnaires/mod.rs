//! Questionnaires (issue 15, part A): building one from a plan's indicators or from domains
//! with the question bank, editing it ([`edit`]), its languages and the translator's
//! spreadsheet, and XLSForm out and in. The content is `tessera_survey::Questionnaire`; the
//! store keeps its versions.

mod demo;
pub mod edit;
mod problems;

use tessera_plan::Plan;
use tessera_store::{
    NewQuestionnaire, OrgId, PlanId, QuestionnaireId, QuestionnaireRecord, QuestionnaireUpdate,
    Role, prelude::*,
};
use tessera_survey::{Bank, Lang, Problem, Questionnaire, SurveyError};

pub use demo::{CAFE_PLAN, seed_demo_questionnaire};
pub use problems::problem_text;

use crate::{Actor, App, AppError, AppResult};

/// Parses a questionnaire id from a path segment; anything else is "not found".
pub fn parse_id(text: &str) -> AppResult<QuestionnaireId> {
    text.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .map(QuestionnaireId)
        .ok_or_else(not_found)
}

/// The answer for a questionnaire that does not exist in the organisation.
pub fn not_found() -> AppError {
    AppError::NotFound(tessera_l10n::t("questionnaires-error-no-questionnaire"))
}

/// The question bank, compiled in (a test checks it loads).
pub fn bank() -> AppResult<&'static Bank> {
    Bank::shipped().map_err(AppError::internal)
}

/// A stored questionnaire with its content read back.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// As stored (id, version, owner, times).
    pub record: QuestionnaireRecord,
    /// The content.
    pub questionnaire: Questionnaire,
}

/// A questionnaire just built, with the indicators no bank question asks about.
#[derive(Debug, Clone)]
pub struct Created {
    /// The stored questionnaire.
    pub record: QuestionnaireRecord,
    /// Indicators without a question, with the bank's reason (in English) where it gives one.
    pub not_covered: Vec<(String, Option<String>)>,
}

/// The questionnaire's title in `lang`, else its first language's, else any.
pub fn title_in(q: &Questionnaire, lang: &Lang) -> String {
    q.title
        .for_reader(lang)
        .map(|(t, _)| t.to_owned())
        .unwrap_or_default()
}

fn read(record: QuestionnaireRecord) -> AppResult<Loaded> {
    let questionnaire: Questionnaire =
        serde_json::from_value(record.content.clone()).map_err(|e| {
            AppError::internal(format!(
                "questionnaire {} could not be read back: {e}",
                record.id
            ))
        })?;
    Ok(Loaded {
        record,
        questionnaire,
    })
}

fn content(q: &Questionnaire) -> AppResult<serde_json::Value> {
    serde_json::to_value(q).map_err(AppError::internal)
}

/// The English title kept beside the content for lists and the audit log.
fn list_title(q: &Questionnaire) -> String {
    let first = q.languages.first().cloned().unwrap_or_else(Lang::english);
    title_in(q, &first)
}

/// A file name made of the title's letters and digits.
pub fn file_stem(q: &Questionnaire, id: QuestionnaireId) -> String {
    let mut stem: String = list_title(q)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while stem.contains("--") {
        stem = stem.replace("--", "-");
    }
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        format!("questionnaire-{id}")
    } else {
        format!("{stem}-{id}")
    }
}

impl App {
    /// The organisation's questionnaires, most recently changed first.
    pub async fn questionnaire_list(&self, org: OrgId) -> AppResult<Vec<Loaded>> {
        self.store()
            .questionnaires(org)
            .await?
            .into_iter()
            .map(read)
            .collect()
    }

    /// One of the organisation's questionnaires at its current version, or "not found".
    pub async fn questionnaire(&self, org: OrgId, id: &str) -> AppResult<Loaded> {
        let id = parse_id(id)?;
        let record = self
            .store()
            .questionnaire(org, id)
            .await?
            .ok_or_else(not_found)?;
        read(record)
    }

    /// Builds and stores a questionnaire asking the bank's questions for `indicators`
    /// (editors and owners). `title` replaces the bank's default title in the first language.
    pub async fn create_questionnaire_from_indicators(
        &self,
        actor: &Actor,
        title: Option<&str>,
        indicators: &[String],
        plan: Option<PlanId>,
    ) -> AppResult<Created> {
        actor.require(Role::Editor)?;
        let composed = bank()?.compose(indicators);
        let mut q = composed.questionnaire;
        if let Some(t) = title.map(str::trim).filter(|t| !t.is_empty()) {
            let first = q.languages.first().cloned().unwrap_or_else(Lang::english);
            q.title = tessera_survey::Texts::new();
            q.title.set(first, t, true);
        }
        if q.items.iter().all(|i| {
            matches!(&i.source, tessera_survey::Source::Bank { id } if bank().is_ok_and(|b| b.question(id.as_str()).is_some_and(|x| x.background)))
        }) {
            return Err(AppError::Invalid(tessera_l10n::t(
                "questionnaires-error-nothing-to-ask",
            )));
        }
        q.validate().map_err(AppError::internal)?;
        let record = self
            .store()
            .create_questionnaire(NewQuestionnaire {
                org: actor.org.id,
                plan,
                title: list_title(&q),
                content: content(&q)?,
                created_by: actor.name.clone(),
            })
            .await?;
        Ok(Created {
            record,
            not_covered: composed.not_covered,
        })
    }

    /// Builds a questionnaire from the indicators of one of the organisation's plans, titled
    /// after the plan.
    pub async fn create_questionnaire_from_plan(
        &self,
        actor: &Actor,
        plan_id: &str,
    ) -> AppResult<Created> {
        actor.require(Role::Editor)?;
        let (record, plan) = self.plan(actor.org.id, plan_id).await?;
        let indicators = plan_indicators(&plan);
        self.create_questionnaire_from_indicators(
            actor,
            Some(&plan.title),
            &indicators,
            Some(record.id),
        )
        .await
    }

    /// Builds a questionnaire from every indicator of the chosen domains (`<pack>/<domain>`).
    pub async fn create_questionnaire_from_domains(
        &self,
        actor: &Actor,
        domains: &[String],
    ) -> AppResult<Created> {
        actor.require(Role::Editor)?;
        let mut indicators = Vec::new();
        for d in domains {
            let Some((pack, domain)) = d.split_once('/') else {
                continue;
            };
            for i in self.catalogue().indicators_in_domain(pack, domain) {
                indicators.push(format!("{}/{}", i.pack, i.id));
            }
        }
        if indicators.is_empty() {
            return Err(AppError::Invalid(tessera_l10n::t(
                "questionnaires-error-no-domains",
            )));
        }
        self.create_questionnaire_from_indicators(actor, None, &indicators, None)
            .await
    }

    /// Saves a changed questionnaire if it is valid (editors and owners): the current version
    /// is replaced, or a new version made when the current one has answers. The problems, in
    /// the request's language, otherwise. `summary` says what changed, for the audit log.
    pub async fn save_questionnaire(
        &self,
        actor: &Actor,
        id: QuestionnaireId,
        q: &Questionnaire,
        summary: &str,
    ) -> AppResult<Result<QuestionnaireRecord, Vec<String>>> {
        actor.require(Role::Editor)?;
        if let Err(e) = q.validate() {
            return Ok(Err(texts_of(&e)));
        }
        let record = self
            .store()
            .update_questionnaire(
                actor.org.id,
                id,
                QuestionnaireUpdate {
                    title: list_title(q),
                    content: content(q)?,
                    updated_by: actor.name.clone(),
                    summary: summary.to_owned(),
                },
            )
            .await?
            .ok_or_else(not_found)?;
        Ok(Ok(record))
    }

    /// Reads an XLSForm (from KoboToolbox, ODK or Tessera) into a new questionnaire (editors
    /// and owners). Nothing is stored unless the whole form was read; the problems otherwise,
    /// each with its sheet, row and column. Returns the record and the metadata fields left out.
    pub async fn import_xlsform(
        &self,
        actor: &Actor,
        bytes: &[u8],
        file_name: &str,
    ) -> AppResult<Result<(QuestionnaireRecord, Vec<String>), Vec<String>>> {
        actor.require(Role::Editor)?;
        let stem = file_name
            .rsplit_once('.')
            .map_or(file_name, |(s, _)| s)
            .trim();
        let report = match tessera_survey::read_xlsform(bytes, stem) {
            Ok(r) => r,
            Err(e) => return Ok(Err(texts_of(&e))),
        };
        let q = report.questionnaire;
        let record = self
            .store()
            .create_questionnaire(NewQuestionnaire {
                org: actor.org.id,
                plan: None,
                title: list_title(&q),
                content: content(&q)?,
                created_by: actor.name.clone(),
            })
            .await?;
        Ok(Ok((record, report.skipped_metadata)))
    }

    /// The questionnaire as an XLSForm workbook: (file name, bytes). Its form id is
    /// `tessera_<id>` and its version the stored version, so field tools tell versions apart.
    pub async fn questionnaire_xlsform(
        &self,
        org: OrgId,
        id: &str,
    ) -> AppResult<(String, Vec<u8>)> {
        let loaded = self.questionnaire(org, id).await?;
        let bytes = tessera_survey::write_xlsform(
            &loaded.questionnaire,
            &format!("tessera_{}", loaded.record.id),
            &loaded.record.version.to_string(),
        )
        .map_err(AppError::internal)?;
        Ok((
            format!(
                "{}-xlsform.xlsx",
                file_stem(&loaded.questionnaire, loaded.record.id)
            ),
            bytes,
        ))
    }

    /// The translator's spreadsheet of the questionnaire's texts: (file name, bytes).
    pub async fn questionnaire_translations(
        &self,
        org: OrgId,
        id: &str,
    ) -> AppResult<(String, Vec<u8>)> {
        let loaded = self.questionnaire(org, id).await?;
        let bytes = tessera_survey::write_translations(&loaded.questionnaire)
            .map_err(AppError::internal)?;
        Ok((
            format!(
                "{}-translations.xlsx",
                file_stem(&loaded.questionnaire, loaded.record.id)
            ),
            bytes,
        ))
    }

    /// Reads a translator's reviewed spreadsheet back into the questionnaire (editors and
    /// owners): nothing changes unless the whole file is sound.
    pub async fn import_questionnaire_translations(
        &self,
        actor: &Actor,
        id: &str,
        bytes: &[u8],
    ) -> AppResult<Result<QuestionnaireRecord, Vec<String>>> {
        actor.require(Role::Editor)?;
        let loaded = self.questionnaire(actor.org.id, id).await?;
        let updated = match tessera_survey::read_translations(&loaded.questionnaire, bytes) {
            Ok(q) => q,
            Err(e) => return Ok(Err(texts_of(&e))),
        };
        self.save_questionnaire(
            actor,
            loaded.record.id,
            &updated,
            "imported reviewed translations",
        )
        .await
    }
}

/// Every catalogue indicator a plan's outcomes name, once each, in plan order.
pub fn plan_indicators(plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for o in &plan.outcomes {
        for i in &o.indicators {
            if !i.indicator.starts_with("local/") && !out.contains(&i.indicator) {
                out.push(i.indicator.clone());
            }
        }
    }
    out
}

/// The problems of an error, each as a sentence in the request's language.
pub fn texts_of(e: &SurveyError) -> Vec<String> {
    let problems: &[Problem] = e.problems();
    if problems.is_empty() {
        vec![problems::error_text(e)]
    } else {
        problems.iter().map(problem_text).collect()
    }
}
