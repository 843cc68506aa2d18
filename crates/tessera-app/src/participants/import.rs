//! Answers brought in from a file: a CSV or Excel workbook with one row per participant and
//! collection point, keyed by participant code (or the organisation's own reference).
//!
//! Columns: `code`, `point` (a collection point's key or name), `date`, and one column per
//! indicator, headed by its reference (`ioi-2019/bri-get-on-well`) or id (`bri-get-on-well`).
//! The file is read by `tessera_data::read_bytes` within its documented limits. Every problem
//! is reported with its row and column, all at once, and a file with any problem stores
//! nothing: the answers are saved in one transaction or not at all.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use tessera_data::{Format, ReadOptions};
use tessera_l10n::{t, ta};
use tessera_store::{NewMeasurement, Role, prelude::*};

use super::measurements::{consent_problem, date_problem, find_indicator, parse_answer};
use super::parse_date;
use super::points::find_point;
use super::register::Registered;
use crate::{Actor, App, AppError, AppResult};

/// At most this many problems are listed; the count of all is kept.
pub const MAX_PROBLEMS_SHOWN: usize = 500;

/// Headers read as the participant column (any case).
const CODE_HEADERS: [&str; 5] = [
    "code",
    "participant",
    "participant_code",
    "reference",
    "cod",
];
/// Headers read as the collection point column.
const POINT_HEADERS: [&str; 4] = ["point", "collection_point", "pwynt", "pwynt_casglu"];
/// Headers read as the date column.
const DATE_HEADERS: [&str; 4] = ["date", "measured_on", "dyddiad", "when"];

/// A problem with a file: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportProblem {
    /// The data row (1 = the first row after the header), when it is in a row.
    pub row: Option<usize>,
    /// The line of a CSV file or the row of a sheet, when known.
    pub line: Option<u64>,
    /// The column, when it is in one.
    pub column: Option<String>,
    /// What is wrong and what to do.
    pub message: String,
}

impl ImportProblem {
    fn file(message: String) -> Self {
        Self {
            row: None,
            line: None,
            column: None,
            message,
        }
    }

    fn column(column: &str, message: String) -> Self {
        Self {
            row: None,
            line: None,
            column: Some(column.to_owned()),
            message,
        }
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ImportOutcome {
    /// Every row was saved.
    Saved {
        /// Rows (measurements) saved.
        rows: usize,
        /// Participants they belong to.
        participants: usize,
    },
    /// Nothing was saved; the problems (at most [`MAX_PROBLEMS_SHOWN`]) and how many there were.
    Refused {
        /// The problems, in file order.
        problems: Vec<ImportProblem>,
        /// How many problems there were in all.
        total: usize,
    },
}

fn refused(mut problems: Vec<ImportProblem>) -> ImportOutcome {
    let total = problems.len();
    problems.truncate(MAX_PROBLEMS_SHOWN);
    ImportOutcome::Refused { problems, total }
}

/// The format of an uploaded answers file: CSV (also `.tsv`, `.txt`) or an Excel workbook.
fn format_of(file_name: &str) -> Option<Format> {
    let (_, extension) = file_name.rsplit_once('.')?;
    Format::from_extension(extension).filter(|f| matches!(f, Format::Csv | Format::Xlsx))
}

/// A date cell: `YYYY-MM-DD`, `DD/MM/YYYY`, or an Excel serial day number.
fn import_date(text: &str) -> Option<time::Date> {
    if let Some(d) = parse_date(text) {
        return Some(d);
    }
    let serial: f64 = text.trim().parse().ok()?;
    // Excel counts days from 1899-12-30 (its 1900 leap-year bug absorbed); only dates between
    // 1954 and 2118 are taken, so ordinary numbers are not read as dates.
    if !(20_000.0..80_000.0).contains(&serial) || serial.fract() != 0.0 {
        return None;
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "checked to be a whole number below 80,000"
    )]
    let days = serial as i64;
    time::macros::date!(1899 - 12 - 30).checked_add(time::Duration::days(days))
}

fn find_column<'a>(names: &'a [String], accepted: &[&str]) -> Option<&'a String> {
    names
        .iter()
        .find(|n| accepted.contains(&n.trim().to_lowercase().as_str()))
}

impl App {
    /// Reads a file of answers for a plan and saves them all, or none and every problem
    /// (editors and owners). See the module documentation for the columns.
    pub async fn import_measurements(
        &self,
        actor: &Actor,
        plan_id: &str,
        file_name: &str,
        bytes: Vec<u8>,
    ) -> AppResult<ImportOutcome> {
        let context = self.plan_context(actor.org.id, plan_id).await?;
        actor.require(Role::Editor)?;
        let limit = self.limits().max_upload_bytes;
        if bytes.len() > limit {
            return Ok(refused(vec![ImportProblem::file(ta(
                "participants-import-too-large",
                &[("mb", self.limits().max_upload_mb().into())],
            ))]));
        }
        let Some(format) = format_of(file_name) else {
            return Ok(refused(vec![ImportProblem::file(ta(
                "participants-import-format",
                &[("file", file_name.into())],
            ))]));
        };
        let options = ReadOptions {
            name: Some(file_name.to_owned()),
            delimiter: file_name
                .to_ascii_lowercase()
                .ends_with(".tsv")
                .then_some(b'\t'),
            ..ReadOptions::default()
        };
        let read =
            tokio::task::spawn_blocking(move || tessera_data::read_bytes(&bytes, format, &options))
                .await
                .map_err(AppError::internal)?;
        let outcome = match read {
            Ok(o) => o,
            Err(e) => {
                return Ok(refused(vec![ImportProblem::file(ta(
                    "participants-import-unreadable",
                    &[("reason", e.to_string().into())],
                ))]));
            }
        };
        let data = &outcome.dataset;
        let mut problems: Vec<ImportProblem> = outcome
            .problems
            .iter()
            .map(|p| ImportProblem {
                row: p.row,
                line: p.line,
                column: p.column.clone(),
                message: p.message.clone(),
            })
            .collect();
        let names: Vec<String> = data.columns.iter().map(|c| c.name.clone()).collect();
        let code_col = find_column(&names, &CODE_HEADERS);
        let point_col = find_column(&names, &POINT_HEADERS);
        let date_col = find_column(&names, &DATE_HEADERS);
        for (found, key) in [
            (code_col, "participants-import-no-code-column"),
            (point_col, "participants-import-no-point-column"),
            (date_col, "participants-import-no-date-column"),
        ] {
            if found.is_none() {
                problems.push(ImportProblem::file(t(key)));
            }
        }
        let mut indicator_columns = Vec::new();
        for name in &names {
            if Some(name) == code_col || Some(name) == point_col || Some(name) == date_col {
                continue;
            }
            match find_indicator(&context.indicators, name) {
                Some(i) => indicator_columns.push((name.clone(), i.clone())),
                None => problems.push(ImportProblem::column(
                    name,
                    ta(
                        "participants-import-unknown-column",
                        &[("column", name.as_str().into())],
                    ),
                )),
            }
        }
        if indicator_columns.is_empty() {
            problems.push(ImportProblem::file(t("participants-import-no-indicators")));
        }
        let (Some(code_col), Some(point_col), Some(date_col)) = (code_col, point_col, date_col)
        else {
            return Ok(refused(problems));
        };
        let register = self.register(actor.org.id, None).await?;
        let consents = self.store().all_consents(actor.org.id).await?;
        let mut consents_of: HashMap<_, Vec<_>> = HashMap::new();
        for c in consents {
            consents_of.entry(c.participant).or_default().push(c);
        }
        let by_code: HashMap<&str, &Registered> = register
            .iter()
            .map(|r| (r.participant.code.as_str(), r))
            .collect();
        let by_reference: HashMap<&str, &Registered> = register
            .iter()
            .filter_map(|r| r.participant.reference.as_deref().map(|x| (x, r)))
            .collect();
        let column = |name: &str| data.column(name);
        let (Some(codes), Some(points), Some(dates)) =
            (column(code_col), column(point_col), column(date_col))
        else {
            return Err(AppError::internal("a column found by name is missing"));
        };
        let mut seen: HashSet<(String, String)> = HashSet::new();
        let mut new = Vec::new();
        let mut people = HashSet::new();
        for i in 0..data.n_rows {
            let at = |column: &str, message: String| ImportProblem {
                row: Some(i + 1),
                line: data.line_of_row(i),
                column: Some(column.to_owned()),
                message,
            };
            let code_text = codes.text_at(i).unwrap_or_default().trim().to_owned();
            let found = if code_text.is_empty() {
                problems.push(at(code_col, t("participants-import-code-missing")));
                None
            } else {
                let upper = code_text.to_ascii_uppercase();
                let found = by_code
                    .get(upper.as_str())
                    .or_else(|| by_reference.get(code_text.as_str()))
                    .copied();
                if found.is_none() {
                    problems.push(at(
                        code_col,
                        ta(
                            "participants-import-code-unknown",
                            &[("code", code_text.as_str().into())],
                        ),
                    ));
                }
                found
            };
            if let Some(r) = found {
                if !r.participant.plans.iter().any(|m| m.plan == context.id) {
                    problems.push(at(
                        code_col,
                        ta(
                            "participants-error-not-in-plan",
                            &[
                                ("code", r.participant.code.as_str().into()),
                                ("plan", context.plan.title.clone().into()),
                            ],
                        ),
                    ));
                }
                let theirs = consents_of
                    .get(&r.participant.id)
                    .map_or(&[][..], Vec::as_slice);
                if let Some(message) = consent_problem(&r.participant.code, theirs) {
                    problems.push(at(code_col, message));
                }
            }
            let point_text = points.text_at(i).unwrap_or_default().trim().to_owned();
            let point = find_point(&context.points, &point_text);
            if point.is_none() {
                problems.push(at(
                    point_col,
                    ta(
                        "participants-error-point",
                        &[("point", point_text.as_str().into())],
                    ),
                ));
            }
            let date_text = dates.text_at(i).unwrap_or_default().trim().to_owned();
            let date = import_date(&date_text);
            match (date, found) {
                (None, _) => problems.push(at(
                    date_col,
                    ta(
                        "participants-error-date",
                        &[("value", date_text.as_str().into())],
                    ),
                )),
                (Some(d), Some(r)) => {
                    let theirs = consents_of
                        .get(&r.participant.id)
                        .map_or(&[][..], Vec::as_slice);
                    if let Some(message) = date_problem(d, theirs) {
                        problems.push(at(date_col, message));
                    }
                }
                (Some(_), None) => {}
            }
            let mut answers = BTreeMap::new();
            let mut unreadable = false;
            for (name, indicator) in &indicator_columns {
                let Some(col) = column(name) else { continue };
                let text = col.text_at(i).unwrap_or_default();
                match parse_answer(indicator.kind, &text) {
                    Ok(Some(v)) => {
                        answers.insert(indicator.reference.clone(), v);
                    }
                    Ok(None) => {}
                    Err(message) => {
                        unreadable = true;
                        problems.push(at(name, message));
                    }
                }
            }
            if answers.is_empty() && !unreadable && !indicator_columns.is_empty() {
                problems.push(ImportProblem {
                    row: Some(i + 1),
                    line: data.line_of_row(i),
                    column: None,
                    message: t("participants-import-row-empty"),
                });
            }
            if let (Some(r), Some(p), Some(d)) = (found, point, date) {
                if !seen.insert((r.participant.code.clone(), p.key.clone())) {
                    problems.push(at(
                        point_col,
                        ta(
                            "participants-import-twice",
                            &[
                                ("code", r.participant.code.as_str().into()),
                                ("point", p.label.as_str().into()),
                            ],
                        ),
                    ));
                }
                people.insert(r.participant.code.clone());
                new.push(NewMeasurement {
                    code: r.participant.code.clone(),
                    plan: context.id,
                    point: p.key.clone(),
                    measured_on: tessera_plan::format_date(d),
                    answers,
                });
            }
        }
        if data.n_rows == 0 {
            problems.push(ImportProblem::file(t("participants-import-no-rows")));
        }
        if !problems.is_empty() {
            return Ok(refused(problems));
        }
        let rows = self
            .store()
            .save_measurements(actor.org.id, new, &actor.name, "import")
            .await?;
        Ok(ImportOutcome::Saved {
            rows,
            participants: people.len(),
        })
    }
}

/// A template file for a plan's answers: the header a file must have, and a row per
/// participant of the plan with their code and side (as a reminder, never imported).
pub fn template_header(indicators: &[super::measurements::PlanIndicator]) -> Vec<String> {
    let mut header: Vec<String> = ["code", "point", "date"].map(str::to_owned).to_vec();
    header.extend(indicators.iter().map(|i| i.reference.clone()));
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_files_may_be_excel_day_numbers() {
        assert_eq!(
            import_date("45901"),
            Some(time::macros::date!(2025 - 09 - 01))
        );
        assert_eq!(
            import_date("2025-09-01"),
            Some(time::macros::date!(2025 - 09 - 01))
        );
        assert_eq!(import_date("7"), None);
        assert_eq!(import_date("45901.5"), None);
    }

    #[test]
    fn only_csv_and_excel_files_are_taken() {
        assert_eq!(format_of("answers.CSV"), Some(Format::Csv));
        assert_eq!(format_of("answers.xlsx"), Some(Format::Xlsx));
        assert_eq!(format_of("answers.sav"), None);
        assert_eq!(format_of("answers"), None);
    }
}
