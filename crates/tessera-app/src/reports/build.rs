//! The report document from a saved report: the plan, its progress against the organisation's
//! datasets, its output log over the period, the change for its participants and the selected
//! stories, with every figure written for someone outside the organisation — small numbers
//! suppressed (change figures through `tessera_stats`' `Audience::Others`; attendance by side
//! here, with the other side suppressed too, so neither can be worked out from the total).

use tessera_l10n::{number, t, ta};
use tessera_plan::{Plan, Side};
use tessera_stats::Status;
use tessera_stats::change::{Audience, ChangeOptions};
use tessera_store::{OrgId, Report, Story, prelude::*};

use super::document::{Block, DocSection, ReportDocument, Table, paragraphs};
use super::input::saved_sections;
use super::section_heading;
use crate::participants::change::PlanChange;
use crate::participants::outputs::attendance_of;
use crate::plans::progress::ProgressRow;
use crate::stories::consent::scopes;
use crate::stories::kind_label;
use crate::{App, AppResult};

/// A stored `YYYY-MM-DD` date written for the request's language.
fn day(text: &str) -> String {
    crate::participants::consent::display_date(text)
}

fn figure(x: f64, percent: bool) -> String {
    if percent {
        format!("{}%", number(x, 0))
    } else {
        number(x, 1)
    }
}

impl App {
    /// The document of one of the organisation's reports, in the request's language.
    pub async fn report_document(&self, org: OrgId, report: &Report) -> AppResult<ReportDocument> {
        let (record, plan) = self.plan(org, &report.plan.to_string()).await?;
        let organisation = self
            .store()
            .organisation(org)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        let stories = self.store().stories(org).await?;
        let min_cell = ChangeOptions::for_audience(Audience::Others)
            .thresholds
            .min_cell;
        let mut sections = Vec::new();
        for section in saved_sections(&report.sections) {
            let blocks = match section.kind.as_str() {
                "summary" => summary(&plan, report),
                "theory_of_change" => theory_of_change(&plan),
                "outputs" => {
                    let logs = self.store().output_logs(org, record.id).await?;
                    outputs(&plan, &logs, report, min_cell)
                }
                "progress" => progress(&self.progress(org, &record, &plan).await?),
                "change" => {
                    let change = self
                        .plan_change(org, &record.id.to_string(), Audience::Others, None)
                        .await?;
                    change_blocks(&change)
                }
                "stories" => story_blocks(report, &stories),
                "methods" => methods(&plan, min_cell),
                _ => continue,
            };
            sections.push(DocSection {
                heading: section_heading(&section.kind),
                kind: section.kind,
                narrative: paragraphs(&section.narrative),
                blocks,
            });
        }
        let lang = tessera_l10n::current().code().to_owned();
        Ok(ReportDocument {
            lang,
            title: report.title.clone(),
            subtitle: ta(
                "reports-subtitle",
                &[
                    ("plan", plan.title.clone().into()),
                    ("start", day(&report.period_start).into()),
                    ("end", day(&report.period_end).into()),
                ],
            ),
            organisation,
            produced: ta(
                if report.status == "final" {
                    "reports-produced-final"
                } else {
                    "reports-produced-draft"
                },
                &[(
                    "date",
                    tessera_l10n::date(time::OffsetDateTime::now_utc().date()).into(),
                )],
            ),
            sections,
        })
    }
}

fn summary(plan: &Plan, report: &Report) -> Vec<Block> {
    vec![Block::Paragraph {
        text: ta(
            "reports-summary-facts",
            &[
                ("plan", plan.title.clone().into()),
                ("goal", plan.goal.clone().into()),
                ("start", day(&report.period_start).into()),
                ("end", day(&report.period_end).into()),
            ],
        ),
    }]
}

fn theory_of_change(plan: &Plan) -> Vec<Block> {
    let mut blocks = vec![
        Block::Paragraph {
            text: t("reports-toc-intro"),
        },
        Block::Subheading {
            text: t("reports-toc-goal"),
        },
        Block::Paragraph {
            text: plan.goal.clone(),
        },
    ];
    let text_of = |id: &str| -> String {
        if id == tessera_plan::GOAL_ID {
            return plan.goal.clone();
        }
        plan.outcomes
            .iter()
            .map(|o| (&o.id, &o.text))
            .chain(plan.outputs.iter().map(|o| (&o.id, &o.text)))
            .chain(plan.activities.iter().map(|a| (&a.id, &a.text)))
            .find(|(i, _)| i.as_str() == id)
            .map_or_else(|| id.to_owned(), |(_, text)| text.clone())
    };
    for (key, items) in [
        (
            "reports-toc-outcomes",
            plan.outcomes
                .iter()
                .map(|o| o.text.clone())
                .collect::<Vec<_>>(),
        ),
        (
            "reports-toc-outputs",
            plan.outputs.iter().map(|o| o.text.clone()).collect(),
        ),
        (
            "reports-toc-activities",
            plan.activities.iter().map(|a| a.text.clone()).collect(),
        ),
    ] {
        if items.is_empty() {
            continue;
        }
        blocks.push(Block::Subheading { text: t(key) });
        blocks.push(Block::List { items });
    }
    let links: Vec<String> = plan
        .links
        .iter()
        .map(|l| {
            ta(
                "reports-toc-link",
                &[
                    ("from", text_of(&l.from).into()),
                    ("to", text_of(&l.to).into()),
                ],
            )
        })
        .collect();
    if !links.is_empty() {
        blocks.push(Block::Subheading {
            text: t("reports-toc-links"),
        });
        blocks.push(Block::List { items: links });
    }
    blocks
}

/// Attendance by side over the period; a side's count below `min_cell` is suppressed, and then
/// so is the other side's (the total would give it away).
fn outputs(
    plan: &Plan,
    logs: &[tessera_store::OutputLog],
    report: &Report,
    min_cell: u64,
) -> Vec<Block> {
    let in_period: Vec<&tessera_store::OutputLog> = logs
        .iter()
        .filter(|l| l.period_start >= report.period_start && l.period_end <= report.period_end)
        .collect();
    if in_period.is_empty() {
        return vec![Block::Paragraph {
            text: t("reports-outputs-none"),
        }];
    }
    let mut rows = Vec::new();
    for output in &plan.outputs {
        let mine: Vec<_> = in_period.iter().filter(|l| l.output == output.id).collect();
        if mine.is_empty() {
            continue;
        }
        let sessions: i64 = mine.iter().map(|l| l.sessions).sum();
        let mut total = 0u64;
        let mut newcomers = 0u64;
        let mut receiving = 0u64;
        for log in &mine {
            for row in attendance_of(log) {
                total += row.count;
                match row.side.as_deref() {
                    Some("newcomers") => newcomers += row.count,
                    Some("receiving_community") => receiving += row.count,
                    _ => {}
                }
            }
        }
        let small = |n: u64| n > 0 && n < min_cell;
        let hide = small(newcomers) || small(receiving);
        let cell = |n: u64| {
            if hide {
                t("reports-suppressed")
            } else {
                number(n as f64, 0)
            }
        };
        rows.push(vec![
            output.text.clone(),
            number(sessions as f64, 0),
            number(total as f64, 0),
            cell(newcomers),
            cell(receiving),
        ]);
    }
    vec![Block::Table(Table {
        caption: ta(
            "reports-outputs-caption",
            &[
                ("start", day(&report.period_start).into()),
                ("end", day(&report.period_end).into()),
            ],
        ),
        header: vec![
            t("reports-outputs-output"),
            t("reports-outputs-sessions"),
            t("reports-outputs-attendances"),
            Side::Newcomers.text(),
            Side::ReceivingCommunity.text(),
        ],
        rows,
    })]
}

/// The plan's judged rows, then its context rows (never judged: their last cell says why).
fn progress(progress: &crate::plans::progress::PlanProgress) -> Vec<Block> {
    let rows: Vec<&ProgressRow> = progress.rows.iter().chain(&progress.context).collect();
    if rows.is_empty() {
        return vec![Block::Paragraph {
            text: t("reports-progress-none"),
        }];
    }
    let table_rows = rows
        .iter()
        .map(|r| {
            let estimate = match (r.estimate_status, r.estimate) {
                (Some(Status::Suppressed), _) | (_, None) => t("reports-suppressed"),
                (status, Some(v)) => {
                    let mut text = figure(v, r.percent());
                    if let (Some(l), Some(h)) = (r.ci_low, r.ci_high) {
                        text = ta(
                            "reports-with-interval",
                            &[
                                ("value", text.into()),
                                ("low", figure(l, r.percent()).into()),
                                ("high", figure(h, r.percent()).into()),
                            ],
                        );
                    }
                    if status == Some(Status::Unreliable) {
                        text = ta("reports-unreliable", &[("value", text.into())]);
                    }
                    text
                }
            };
            let or_unset =
                |x: Option<f64>| x.map_or_else(|| t("reports-not-set"), |v| figure(v, r.percent()));
            vec![
                format!("{} ({})", r.indicator_name, r.side.text()),
                estimate,
                or_unset(r.baseline),
                or_unset(r.target),
                match r.status {
                    Some(status) => format!("{}: {}", status.text(), r.explanation),
                    None => r.explanation.clone(),
                },
            ]
        })
        .collect();
    vec![Block::Table(Table {
        caption: t("reports-progress-caption"),
        header: vec![
            t("reports-progress-indicator"),
            t("reports-progress-latest"),
            t("reports-progress-baseline"),
            t("reports-progress-target"),
            t("reports-progress-status"),
        ],
        rows: table_rows,
    })]
}

fn change_blocks(change: &PlanChange) -> Vec<Block> {
    let mut rows = Vec::new();
    for ind in &change.indicators {
        let yes_no = matches!(ind.kind, tessera_stats::change::IndicatorKind::YesNo);
        for group in &ind.groups {
            for f in &group.follow_ups {
                let point = change
                    .point(&f.point)
                    .map_or_else(|| f.point.clone(), |p| p.label.clone());
                let (people, words) = match (f.follow_up.figures(), f.change.figures()) {
                    (Some(fu), Some(c)) => {
                        let value = c.value();
                        let scale = |x: f64| {
                            if yes_no {
                                ta("reports-points", &[("value", number(x * 100.0, 0).into())])
                            } else {
                                number(x, 1)
                            }
                        };
                        let mut words =
                            ta("reports-change-value", &[("value", scale(value).into())]);
                        if let Some(ci) = c.ci() {
                            let verdict = if ci.low > 0.0 || ci.high < 0.0 {
                                "reports-change-likely"
                            } else {
                                "reports-change-unclear"
                            };
                            words = ta(
                                verdict,
                                &[
                                    ("change", words.into()),
                                    ("low", scale(ci.low).into()),
                                    ("high", scale(ci.high).into()),
                                ],
                            );
                        }
                        if f.change.status() == Status::Unreliable {
                            words = ta("reports-unreliable", &[("value", words.into())]);
                        }
                        (number(fu.n_followed_up as f64, 0), words)
                    }
                    _ => (t("reports-suppressed"), t("reports-suppressed")),
                };
                rows.push(vec![
                    format!("{} ({})", ind.indicator.name, group.side.text()),
                    point,
                    people,
                    words,
                ]);
            }
        }
    }
    if rows.is_empty() {
        return vec![Block::Paragraph {
            text: t("reports-change-none"),
        }];
    }
    vec![Block::Table(Table {
        caption: t("reports-change-caption"),
        header: vec![
            t("reports-progress-indicator"),
            t("reports-change-point"),
            t("reports-change-people"),
            t("reports-change-change"),
        ],
        rows,
    })]
}

/// The selected stories, in the report's order; a story whose consent no longer covers
/// publication (withdrawn since it was chosen) is left out and its absence said.
fn story_blocks(report: &Report, stories: &[Story]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut left_out = 0;
    for id in &report.stories {
        let Some(story) = stories.iter().find(|s| s.id == *id) else {
            continue;
        };
        if !scopes(story).allows_report() {
            left_out += 1;
            continue;
        }
        let mut source = vec![kind_label(&story.kind)];
        let sides = crate::stories::filter::sides(story);
        source.extend(sides.iter().filter_map(|s| Side::parse(s)).map(Side::text));
        if !story.group_label.is_empty() {
            source.push(story.group_label.clone());
        }
        if let Some(on) = &story.occurred_on {
            source.push(day(on));
        }
        blocks.push(Block::Subheading {
            text: story.title.clone(),
        });
        blocks.push(Block::Quote {
            text: story.body.clone(),
            source: source.join(" · "),
        });
    }
    if blocks.is_empty() {
        blocks.push(Block::Paragraph {
            text: t("reports-stories-none"),
        });
    }
    if left_out > 0 {
        blocks.push(Block::Paragraph {
            text: ta("reports-stories-left-out", &[("count", left_out.into())]),
        });
    }
    blocks
}

fn methods(plan: &Plan, min_cell: u64) -> Vec<Block> {
    let mut blocks = Vec::new();
    let samples: Vec<String> = plan
        .evaluation
        .iter()
        .flat_map(|e| e.samples.iter())
        .map(|s| {
            let size = s
                .intended_size
                .map(|n| ta("reports-methods-size", &[("count", n.into())]))
                .unwrap_or_default();
            format!("{}: {} {}", s.kind.text(), s.description, size)
                .trim()
                .to_owned()
        })
        .collect();
    blocks.push(Block::Subheading {
        text: t("reports-methods-samples"),
    });
    if samples.is_empty() {
        blocks.push(Block::Paragraph {
            text: t("reports-methods-no-samples"),
        });
    } else {
        blocks.push(Block::List { items: samples });
    }
    blocks.push(Block::Subheading {
        text: t("reports-methods-sides"),
    });
    let groups: Vec<String> = plan
        .target_groups
        .iter()
        .map(|g| format!("{}: {}", g.side.text(), g.name))
        .collect();
    if groups.is_empty() {
        blocks.push(Block::Paragraph {
            text: t("reports-methods-no-groups"),
        });
    } else {
        blocks.push(Block::List { items: groups });
    }
    blocks.push(Block::Subheading {
        text: t("reports-methods-suppression-heading"),
    });
    blocks.push(Block::Paragraph {
        text: ta("reports-methods-suppression", &[("count", min_cell.into())]),
    });
    blocks.push(Block::Paragraph {
        text: t("reports-methods-uncertainty"),
    });
    blocks.push(Block::Paragraph {
        text: t("reports-methods-consent"),
    });
    blocks
}
