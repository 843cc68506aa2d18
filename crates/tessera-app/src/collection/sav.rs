//! The responses as an SPSS `.sav` file, through tessera-data's writer: choices as text codes
//! with their labels as value labels, numbers as numbers, the questions as variable labels.

use tessera_data::{Measure, SavKind, SavTable, SavValue, SavVariable, write_sav};
use tessera_survey::{Lang, Question, QuestionType};

use super::dataset::{FIXED, Table};
use crate::questionnaires::file_stem;
use crate::{Actor, App, AppError, AppResult};
use tessera_store::{Collections, Role};

/// The `.sav` table of a responses table whose question columns are `questions`; labels in
/// `lang` (falling back to English).
pub fn sav_table(title: &str, questions: &[&Question], table: &Table, lang: &Lang) -> SavTable {
    let width = |col: usize| {
        table
            .rows
            .iter()
            .map(|r| r.get(col).map_or(0, String::len))
            .max()
            .unwrap_or(0)
            .clamp(1, tessera_data::MAX_STRING_WIDTH)
    };
    let mut variables = vec![
        numeric(FIXED[0], 0, Measure::Nominal),
        string(FIXED[1], width(1)),
        string(FIXED[2], width(2)),
        numeric(FIXED[3], 0, Measure::Nominal),
    ];
    for (i, q) in questions.iter().enumerate() {
        let col = FIXED.len() + i;
        let label = q
            .label
            .for_reader(lang)
            .map(|(l, _)| l.to_owned())
            .unwrap_or_default();
        let mut v = match q.kind {
            QuestionType::Number | QuestionType::Scale => {
                let decimals = if q.constraint.decimals { 2 } else { 0 };
                numeric(q.name.as_str(), decimals, Measure::Scale)
            }
            _ => string(q.name.as_str(), width(col)),
        };
        v.label = label;
        if q.kind.has_choices() {
            v.measure = Measure::Nominal;
            // A code wider than the variable cannot be a value of it (SPSS refuses such labels);
            // multiple-choice answers hold several codes, so their labels are the choices'.
            if let SavKind::String { width } = &mut v.kind {
                let widest = q
                    .choices
                    .iter()
                    .map(|c| c.code.as_str().len())
                    .max()
                    .unwrap_or(1);
                *width = (*width).max(widest).min(tessera_data::MAX_STRING_WIDTH);
            }
            v.value_labels = q
                .choices
                .iter()
                .filter_map(|c| {
                    c.label
                        .for_reader(lang)
                        .map(|(l, _)| (SavValue::Text(c.code.as_str().to_owned()), l.to_owned()))
                })
                .collect();
        }
        variables.push(v);
    }
    let rows = table
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .zip(&variables)
                .map(|(cell, var)| match var.kind {
                    _ if cell.is_empty() => SavValue::Blank,
                    SavKind::Numeric { .. } => cell
                        .parse::<f64>()
                        .map_or(SavValue::Blank, SavValue::Number),
                    SavKind::String { .. } => SavValue::Text(cell.clone()),
                })
                .collect()
        })
        .collect();
    SavTable {
        file_label: title.chars().take(60).collect(),
        variables,
        rows,
        compressed: true,
    }
}

fn numeric(name: &str, decimals: u8, measure: Measure) -> SavVariable {
    SavVariable {
        name: name.to_owned(),
        label: String::new(),
        kind: SavKind::Numeric { decimals },
        value_labels: Vec::new(),
        missing: Vec::new(),
        measure,
    }
}

fn string(name: &str, width: usize) -> SavVariable {
    SavVariable {
        name: name.to_owned(),
        label: String::new(),
        kind: SavKind::String { width },
        value_labels: Vec::new(),
        missing: Vec::new(),
        measure: Measure::Nominal,
    }
}

impl App {
    /// The responses as an SPSS `.sav` file with variable and value labels in the
    /// questionnaire's first language: file name and bytes.
    pub async fn responses_sav(&self, actor: &Actor, id: &str) -> AppResult<(String, Vec<u8>)> {
        actor.require(Role::Analyst)?;
        let loaded = self.questionnaire(actor.org.id, id).await?;
        let lang = loaded
            .questionnaire
            .languages
            .first()
            .cloned()
            .unwrap_or_else(Lang::english);
        let older = super::dataset::older_versions(self, &loaded).await?;
        let questions = super::dataset::columns(&loaded.questionnaire, &older);
        let responses = self
            .store()
            .responses(loaded.record.org, loaded.record.id)
            .await?;
        let table = super::dataset::table(&questions, &responses, None);
        let title = crate::questionnaires::title_in(&loaded.questionnaire, &lang);
        let sav = sav_table(&title, &questions, &table, &lang);
        let mut out = Vec::new();
        write_sav(&sav, &mut out).map_err(AppError::internal)?;
        let stem = file_stem(&loaded.questionnaire, loaded.record.id);
        Ok((format!("{stem}-responses.sav"), out))
    }
}
