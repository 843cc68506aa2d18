//! Output logs: the sessions a plan's outputs held and the attendance they counted, per period,
//! broken down by side, gender and age band, set against output targets — the numbers funders
//! ask for.
//!
//! An entry covers one output over a period (a session, a week, a month…) and is counted in the
//! month, quarter or year its first day falls in. A target is so many sessions or attendances
//! per month, quarter or year; shown against another length of period it is scaled by the
//! number of months (a target of 12 a year is 3 a quarter).
//!
//! These are the organisation's own counts and its own pages show them whole. Anything shared
//! with others must go through `tessera_stats::pooling::sum_counts`, which hides small counts
//! and whatever would give them away.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tessera_l10n::{t, ta};
use tessera_plan::Plan;
use tessera_store::{
    NewOutputLog, OrgId, OutputLog, OutputLogId, OutputTarget, PlanId, Role, prelude::*,
};

use super::fields::BUILT_IN;
use super::{Checked, Problem, bad_date, parse_date, parse_side};
use crate::{Actor, App, AppError, AppResult};

/// Attendance rows an entry may have.
pub const MAX_ATTENDANCE_ROWS: usize = 60;

/// What is counted against a target.
pub const MEASURES: [&str; 2] = ["sessions", "attendances"];

/// How long a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// A calendar month.
    #[default]
    Month,
    /// A calendar quarter (January–March…).
    Quarter,
    /// A calendar year.
    Year,
}

impl PeriodKind {
    /// Every kind.
    pub const ALL: [PeriodKind; 3] = [PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year];

    /// The stored word.
    pub fn code(self) -> &'static str {
        match self {
            PeriodKind::Month => "month",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Year => "year",
        }
    }

    /// The kind with this stored word.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code.trim())
    }

    fn months(self) -> u32 {
        match self {
            PeriodKind::Month => 1,
            PeriodKind::Quarter => 3,
            PeriodKind::Year => 12,
        }
    }

    /// The period a day falls in: its sortable key (`2025-09`, `2025-Q3`, `2025`) and its
    /// name in the request's language.
    pub fn period_of(self, date: time::Date) -> (String, String) {
        let year = date.year();
        let month = u8::from(date.month());
        match self {
            PeriodKind::Month => (
                format!("{year}-{month:02}"),
                ta(
                    "participants-period-month",
                    &[
                        ("month", t(&format!("month-{month}")).into()),
                        ("year", year.to_string().into()),
                    ],
                ),
            ),
            PeriodKind::Quarter => {
                let q = (month - 1) / 3 + 1;
                (
                    format!("{year}-Q{q}"),
                    ta(
                        "participants-period-quarter",
                        &[("quarter", q.into()), ("year", year.to_string().into())],
                    ),
                )
            }
            PeriodKind::Year => (year.to_string(), year.to_string()),
        }
    }
}

/// One row of attendance: how many attended, of one side, gender and age band (each may be
/// unknown).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendanceCount {
    /// `newcomers`, `receiving_community`, or none.
    #[serde(default)]
    pub side: Option<String>,
    /// A gender code of the register's field, or none.
    #[serde(default)]
    pub gender: Option<String>,
    /// An age band code of the register's field, or none.
    #[serde(default)]
    pub age_band: Option<String>,
    /// Attendances.
    pub count: u64,
}

/// What an output log form (or the API) sent, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct OutputLogInput {
    /// The output's id in the plan.
    #[serde(default)]
    pub output: String,
    /// First day.
    #[serde(default)]
    pub period_start: String,
    /// Last day (blank: the first day).
    #[serde(default)]
    pub period_end: String,
    /// Sessions held.
    #[serde(default)]
    pub sessions: String,
    /// Attendance rows: (side, gender, age band, count), blanks for unknown.
    #[serde(default)]
    pub rows: Vec<(String, String, String, String)>,
    /// Notes.
    #[serde(default)]
    pub notes: String,
}

/// The totals of one output in one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodTotals {
    /// The period's sortable key.
    pub period: String,
    /// Its name.
    pub label: String,
    /// The output's id.
    pub output: String,
    /// Sessions held.
    pub sessions: u64,
    /// Attendances counted.
    pub attendances: u64,
    /// Attendances by side code (`""`: not recorded), in a fixed order.
    pub by_side: Vec<(String, u64)>,
    /// By gender code.
    pub by_gender: Vec<(String, u64)>,
    /// By age band code.
    pub by_age_band: Vec<(String, u64)>,
    /// The sessions target for a period of this length, if set.
    pub sessions_target: Option<f64>,
    /// The attendances target for a period of this length, if set.
    pub attendances_target: Option<f64>,
}

/// A plan's output log, totalled per period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutputSummary {
    /// The length of the periods.
    pub period: PeriodKind,
    /// The plan's outputs: (id, text).
    pub outputs: Vec<(String, String)>,
    /// Totals per period and output, by period then plan order.
    pub totals: Vec<PeriodTotals>,
    /// Every entry, by period.
    pub logs: Vec<OutputLog>,
    /// Every target.
    pub targets: Vec<OutputTarget>,
}

fn codes_of(key: &str) -> Vec<String> {
    BUILT_IN
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, c)| c.iter().map(|s| (*s).to_owned()).collect())
        .unwrap_or_default()
}

/// Gender codes an attendance row may name.
pub fn genders() -> Vec<String> {
    codes_of("gender")
}

/// Age band codes an attendance row may name.
pub fn age_bands() -> Vec<String> {
    codes_of("age_band")
}

/// The attendance rows an entry holds (an unreadable value is no rows).
pub fn attendance_of(log: &OutputLog) -> Vec<AttendanceCount> {
    serde_json::from_value(log.attendance.clone()).unwrap_or_default()
}

fn count_by(
    rows: &[AttendanceCount],
    order: &[String],
    pick: impl Fn(&AttendanceCount) -> Option<&String>,
) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = order.iter().map(|c| (c.clone(), 0)).collect();
    out.push((String::new(), 0));
    for r in rows {
        let code = pick(r).map_or("", String::as_str);
        let at = out
            .iter()
            .position(|(c, _)| c == code)
            .unwrap_or(out.len() - 1);
        out[at].1 += r.count;
    }
    out
}

/// Totals per period and output (pure).
pub fn totals(
    plan: &Plan,
    logs: &[OutputLog],
    targets: &[OutputTarget],
    period: PeriodKind,
) -> Vec<PeriodTotals> {
    let sides: Vec<String> = ["newcomers", "receiving_community"]
        .map(str::to_owned)
        .to_vec();
    let mut grouped: BTreeMap<(String, usize), (String, Vec<&OutputLog>)> = BTreeMap::new();
    for log in logs {
        let Some(start) = parse_date(&log.period_start) else {
            continue;
        };
        let (key, label) = period.period_of(start);
        let position = plan
            .outputs
            .iter()
            .position(|o| o.id == log.output)
            .unwrap_or(usize::MAX);
        grouped
            .entry((key, position))
            .or_insert_with(|| (label, Vec::new()))
            .1
            .push(log);
    }
    let target = |output: &str, measure: &str| {
        targets
            .iter()
            .find(|t| t.output == output && t.measure == measure)
            .and_then(|t| {
                let kind = PeriodKind::parse(&t.period)?;
                #[expect(clippy::cast_precision_loss, reason = "targets are small counts")]
                let value = t.target as f64;
                Some(value * f64::from(period.months()) / f64::from(kind.months()))
            })
    };
    grouped
        .into_iter()
        .map(|((key, _), (label, logs))| {
            let output = logs[0].output.clone();
            let rows: Vec<AttendanceCount> = logs.iter().flat_map(|l| attendance_of(l)).collect();
            PeriodTotals {
                period: key,
                label,
                sessions: logs
                    .iter()
                    .map(|l| u64::try_from(l.sessions).unwrap_or(0))
                    .sum(),
                attendances: rows.iter().map(|r| r.count).sum(),
                by_side: count_by(&rows, &sides, |r| r.side.as_ref()),
                by_gender: count_by(&rows, &genders(), |r| r.gender.as_ref()),
                by_age_band: count_by(&rows, &age_bands(), |r| r.age_band.as_ref()),
                sessions_target: target(&output, "sessions"),
                attendances_target: target(&output, "attendances"),
                output,
            }
        })
        .collect()
}

fn check_log(plan: &Plan, input: &OutputLogInput) -> Checked<NewOutputLog> {
    let mut problems = Vec::new();
    let output = input.output.trim();
    if !plan.outputs.iter().any(|o| o.id == output) {
        problems.push(Problem::new("output", t("participants-error-output")));
    }
    let start = parse_date(&input.period_start);
    if start.is_none() {
        problems.push(bad_date("period_start", &input.period_start));
    }
    let end = if input.period_end.trim().is_empty() {
        start
    } else {
        let end = parse_date(&input.period_end);
        if end.is_none() {
            problems.push(bad_date("period_end", &input.period_end));
        }
        end
    };
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        problems.push(Problem::new(
            "period_end",
            t("participants-error-period-order"),
        ));
    }
    let sessions = match input.sessions.trim() {
        "" => 0,
        text => match text.parse::<u32>() {
            Ok(n) => i64::from(n),
            Err(_) => {
                problems.push(Problem::new(
                    "sessions",
                    ta("participants-error-count", &[("value", text.into())]),
                ));
                0
            }
        },
    };
    let mut rows = Vec::new();
    let filled: Vec<_> = input
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.3.trim().is_empty())
        .collect();
    if filled.len() > MAX_ATTENDANCE_ROWS {
        problems.push(Problem::new(
            "rows",
            ta(
                "participants-error-rows-many",
                &[("max", MAX_ATTENDANCE_ROWS.into())],
            ),
        ));
    }
    for (i, (side, gender, age, count)) in filled.into_iter().take(MAX_ATTENDANCE_ROWS) {
        let field = format!("count-{i}");
        let Ok(count) = count.trim().parse::<u32>() else {
            problems.push(Problem::new(
                field,
                ta(
                    "participants-error-count",
                    &[("value", count.trim().into())],
                ),
            ));
            continue;
        };
        let pick = |text: &str, allowed: &[String]| -> Result<Option<String>, ()> {
            let text = text.trim();
            if text.is_empty() {
                Ok(None)
            } else if allowed.iter().any(|a| a == text) {
                Ok(Some(text.to_owned()))
            } else {
                Err(())
            }
        };
        let side = if side.trim().is_empty() {
            None
        } else if parse_side(side.trim()).is_some() {
            Some(side.trim().to_owned())
        } else {
            problems.push(Problem::new(field.clone(), t("participants-error-side")));
            None
        };
        let gender = pick(gender, &genders()).unwrap_or_else(|()| {
            problems.push(Problem::new(
                field.clone(),
                t("participants-error-attendance-choice"),
            ));
            None
        });
        let age_band = pick(age, &age_bands()).unwrap_or_else(|()| {
            problems.push(Problem::new(
                field.clone(),
                t("participants-error-attendance-choice"),
            ));
            None
        });
        rows.push(AttendanceCount {
            side,
            gender,
            age_band,
            count: u64::from(count),
        });
    }
    if sessions == 0 && rows.is_empty() && problems.is_empty() {
        problems.push(Problem::new("sessions", t("participants-error-log-empty")));
    }
    if input.notes.chars().count() > super::consent::MAX_NOTES_CHARS {
        problems.push(Problem::new(
            "notes",
            ta(
                "participants-error-notes-long",
                &[("max", super::consent::MAX_NOTES_CHARS.into())],
            ),
        ));
    }
    let (Some(start), Some(end), true) = (start, end, problems.is_empty()) else {
        return Err(problems);
    };
    Ok(NewOutputLog {
        plan: PlanId(0),
        output: output.to_owned(),
        period_start: tessera_plan::format_date(start),
        period_end: tessera_plan::format_date(end),
        sessions,
        attendance: serde_json::to_value(&rows).unwrap_or_default(),
        notes: input.notes.trim().to_owned(),
    })
}

impl App {
    /// A plan's output log totalled per `period`, with its targets.
    pub async fn output_summary(
        &self,
        org: OrgId,
        plan: &str,
        period: PeriodKind,
    ) -> AppResult<(PlanId, Plan, OutputSummary)> {
        let (record, plan) = self.plan(org, plan).await?;
        let logs = self.store().output_logs(org, record.id).await?;
        let targets = self.store().output_targets(org, record.id).await?;
        let summary = OutputSummary {
            period,
            outputs: plan
                .outputs
                .iter()
                .map(|o| (o.id.clone(), o.text.clone()))
                .collect(),
            totals: totals(&plan, &logs, &targets, period),
            logs,
            targets,
        };
        Ok((record.id, plan, summary))
    }

    /// Logs sessions and attendance for one of a plan's outputs (editors and owners).
    pub async fn log_output(
        &self,
        actor: &Actor,
        plan: &str,
        input: &OutputLogInput,
    ) -> AppResult<Checked<OutputLog>> {
        let (record, plan) = self.plan(actor.org.id, plan).await?;
        actor.require(Role::Editor)?;
        let mut new = match check_log(&plan, input) {
            Ok(n) => n,
            Err(p) => return Ok(Err(p)),
        };
        new.plan = record.id;
        Ok(Ok(self
            .store()
            .create_output_log(actor.org.id, new, &actor.name)
            .await?))
    }

    /// Sets (or, with a blank target, removes) an output's target (editors and owners).
    pub async fn set_output_target(
        &self,
        actor: &Actor,
        plan: &str,
        output: &str,
        measure: &str,
        period: &str,
        target: &str,
    ) -> AppResult<Checked<()>> {
        let (record, plan) = self.plan(actor.org.id, plan).await?;
        actor.require(Role::Editor)?;
        let mut problems = Vec::new();
        if !plan.outputs.iter().any(|o| o.id == output.trim()) {
            problems.push(Problem::new("output", t("participants-error-output")));
        }
        if !MEASURES.contains(&measure.trim()) {
            problems.push(Problem::new("measure", t("participants-error-measure")));
        }
        let kind = PeriodKind::parse(period);
        let value = match target.trim() {
            "" => None,
            text => match text.parse::<u32>() {
                Ok(n) if kind.is_some() => Some(i64::from(n)),
                Ok(_) => {
                    problems.push(Problem::new("period", t("participants-error-period")));
                    None
                }
                Err(_) => {
                    problems.push(Problem::new(
                        "target",
                        ta("participants-error-count", &[("value", text.into())]),
                    ));
                    None
                }
            },
        };
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        self.store()
            .set_output_target(
                actor.org.id,
                record.id,
                output.trim(),
                measure.trim(),
                value.zip(kind).map(|(v, k)| (k.code(), v)),
                &actor.name,
            )
            .await?;
        Ok(Ok(()))
    }

    /// Deletes one of a plan's output log entries (editors and owners).
    pub async fn delete_output_log(&self, actor: &Actor, plan: &str, id: &str) -> AppResult<()> {
        let (record, _) = self.plan(actor.org.id, plan).await?;
        let not_found = || AppError::NotFound(t("participants-error-log-not-found"));
        let id = id.trim().parse::<i64>().map_err(|_| not_found())?;
        let exists = self
            .store()
            .output_logs(actor.org.id, record.id)
            .await?
            .iter()
            .any(|l| l.id == OutputLogId(id));
        if !exists {
            return Err(not_found());
        }
        actor.require(Role::Editor)?;
        self.store()
            .delete_output_log(actor.org.id, record.id, OutputLogId(id), &actor.name)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log(start: &str, sessions: i64, rows: serde_json::Value) -> OutputLog {
        OutputLog {
            id: OutputLogId(1),
            plan: PlanId(1),
            output: "regular-interactions".to_owned(),
            period_start: start.to_owned(),
            period_end: start.to_owned(),
            sessions,
            attendance: rows,
            notes: String::new(),
            created_by: String::new(),
            created_at: String::new(),
        }
    }

    #[test]
    fn logs_are_totalled_per_period_with_breakdowns_and_scaled_targets() {
        let plan = Plan::from_json(tessera_plan::examples::LANGUAGE_CAFE).expect("valid");
        let logs = [
            log(
                "2025-09-02",
                1,
                serde_json::json!([
                    { "side": "newcomers", "gender": "woman", "age_band": "25-34", "count": 9 },
                    { "side": "receiving_community", "count": 4 }
                ]),
            ),
            log(
                "2025-09-09",
                1,
                serde_json::json!([{ "side": "newcomers", "gender": "woman", "count": 7 }]),
            ),
            log("2025-10-07", 2, serde_json::json!([{ "count": 20 }])),
        ];
        let targets = [OutputTarget {
            plan: PlanId(1),
            output: "regular-interactions".to_owned(),
            measure: "sessions".to_owned(),
            period: "year".to_owned(),
            target: 96,
            updated_by: String::new(),
            updated_at: String::new(),
        }];
        let months = totals(&plan, &logs, &targets, PeriodKind::Month);
        assert_eq!(months.len(), 2);
        assert_eq!(months[0].period, "2025-09");
        assert_eq!((months[0].sessions, months[0].attendances), (2, 20));
        assert_eq!(months[0].by_side[0], ("newcomers".to_owned(), 16));
        assert_eq!(months[0].by_side[1], ("receiving_community".to_owned(), 4));
        assert_eq!(months[0].by_gender[0], ("woman".to_owned(), 16));
        assert_eq!(months[0].by_gender.last(), Some(&(String::new(), 4)));
        assert_eq!(months[0].sessions_target, Some(8.0));
        let quarters = totals(&plan, &logs, &targets, PeriodKind::Quarter);
        assert_eq!(quarters.len(), 2, "September is Q3, October Q4");
        assert_eq!(quarters[1].period, "2025-Q4");
        assert_eq!(quarters[1].sessions_target, Some(24.0));
        let years = totals(&plan, &logs, &targets, PeriodKind::Year);
        assert_eq!((years[0].sessions, years[0].attendances), (4, 40));
    }

    #[test]
    fn a_log_needs_a_plan_output_dates_in_order_and_whole_counts() {
        let plan = Plan::from_json(tessera_plan::examples::LANGUAGE_CAFE).expect("valid");
        let input = OutputLogInput {
            output: "regular-interactions".to_owned(),
            period_start: "2025-09-30".to_owned(),
            period_end: "2025-09-01".to_owned(),
            sessions: "two".to_owned(),
            rows: vec![(
                "newcomers".to_owned(),
                "robot".to_owned(),
                String::new(),
                "-3".to_owned(),
            )],
            notes: String::new(),
        };
        let problems = check_log(&plan, &input).expect_err("problems");
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["period_end", "sessions", "count-0"]);
        let ok = check_log(
            &plan,
            &OutputLogInput {
                period_end: String::new(),
                sessions: "3".to_owned(),
                rows: vec![(
                    "newcomers".to_owned(),
                    "woman".to_owned(),
                    String::new(),
                    "12".to_owned(),
                )],
                ..input
            },
        )
        .expect("valid");
        assert_eq!(ok.period_end, "2025-09-30");
        assert_eq!(ok.sessions, 3);
    }
}
