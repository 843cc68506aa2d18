//! Checks that a questionnaire is whole: names unique, choices and scales sound, "show if" only
//! on earlier questions and known codes, rules fitting their questions, pages contiguous.

use std::collections::BTreeSet;

use crate::error::{Problem, ProblemKind, Problems, SurveyError};
use crate::lang::Lang;
use crate::question::{Question, QuestionType, ShowIfTest};
use crate::questionnaire::Questionnaire;
use crate::rule::RuleMeasure;

impl Questionnaire {
    /// Every problem with the questionnaire, or nothing.
    pub fn validate(&self) -> Result<(), SurveyError> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(SurveyError::Problems(Problems(problems)))
        }
    }

    /// Every problem with the questionnaire, in question order.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let Some(first) = self.languages.first() else {
            out.push(Problem::at_question(ProblemKind::NoLanguage, ""));
            return out;
        };
        if self.title.get(first).is_none() || self.consent.get(first).is_none() {
            out.push(Problem::at_question(ProblemKind::MissingTitle, ""));
        }
        if self.items.is_empty() {
            out.push(Problem::at_question(ProblemKind::NoQuestions, ""));
        }
        let mut seen: Vec<&Question> = Vec::new();
        let mut names = BTreeSet::new();
        let mut closed_groups = BTreeSet::new();
        let mut current_group = None;
        for item in &self.items {
            let q = &item.question;
            if !names.insert(q.name.as_str()) {
                out.push(Problem::at_question(ProblemKind::DuplicateName, q.name.as_str()));
            }
            out.extend(question_problems(q, &seen, first));
            if q.group != current_group {
                if let Some(g) = current_group.take() {
                    closed_groups.insert(g);
                }
                if let Some(g) = &q.group {
                    if closed_groups.contains(g) {
                        out.push(
                            Problem::at_question(ProblemKind::SplitGroup, q.name.as_str())
                                .with_value(g.as_str()),
                        );
                    }
                    if self.group(g).is_none() {
                        out.push(
                            Problem::at_question(ProblemKind::UnknownGroup, q.name.as_str())
                                .with_value(g.as_str()),
                        );
                    }
                }
                current_group = q.group.clone();
            }
            seen.push(q);
        }
        out
    }
}

/// The problems of one question, given the questions before it and the first language.
pub fn question_problems(q: &Question, earlier: &[&Question], first: &Lang) -> Vec<Problem> {
    let name = q.name.as_str();
    let at = |kind| Problem::at_question(kind, name);
    let mut out = Vec::new();
    if q.label.get(first).is_none() {
        out.push(at(ProblemKind::MissingLabel).with_value(first.code()));
    }
    if q.kind.has_choices() {
        if q.choices.is_empty() {
            out.push(at(ProblemKind::NoChoices));
        }
        let mut codes = BTreeSet::new();
        for c in &q.choices {
            if !codes.insert(c.code.as_str()) {
                out.push(at(ProblemKind::DuplicateChoice).with_value(c.code.as_str()));
            }
            if c.label.get(first).is_none() {
                out.push(at(ProblemKind::MissingLabel).with_value(c.code.as_str()));
            }
        }
    } else if !q.choices.is_empty() {
        out.push(at(ProblemKind::UnexpectedChoices));
    }
    if q.kind == QuestionType::Scale {
        match &q.scale {
            Some(s) if s.min < s.max => {}
            _ => out.push(at(ProblemKind::BadScale)),
        }
    }
    if let (Some(min), Some(max)) = (q.constraint.min, q.constraint.max)
        && min > max
    {
        out.push(at(ProblemKind::BadRange).with_value(format!("{min} > {max}")));
    }
    if let Some(p) = &q.constraint.pattern
        && (p.is_empty() || p.contains('\''))
    {
        out.push(at(ProblemKind::BadPattern).with_value(p.clone()));
    }
    if q.kind == QuestionType::Note && (q.required || !q.constraint.is_empty()) {
        out.push(at(ProblemKind::NoteTakesNoAnswer));
    }
    for cond in &q.show_if {
        let Some(target) = earlier.iter().find(|e| e.name == cond.question) else {
            out.push(at(ProblemKind::ShowIfNotEarlier).with_value(cond.question.as_str()));
            continue;
        };
        match &cond.test {
            ShowIfTest::AnyOf { values } | ShowIfTest::NoneOf { values } => {
                if !target.kind.has_choices() {
                    out.push(at(ProblemKind::ShowIfUnknownCode).with_value(cond.question.as_str()));
                }
                for v in values {
                    if target.kind.has_choices() && target.choice(v.as_str()).is_none() {
                        out.push(at(ProblemKind::ShowIfUnknownCode).with_value(v.as_str()));
                    }
                }
            }
            ShowIfTest::AtLeast { .. } | ShowIfTest::Below { .. } => {
                if !matches!(target.kind, QuestionType::Number | QuestionType::Scale) {
                    out.push(at(ProblemKind::ShowIfNotNumber).with_value(cond.question.as_str()));
                }
            }
        }
    }
    for rule in &q.rules {
        match &rule.measure {
            RuleMeasure::Proportion { success, exclude } => {
                if q.kind != QuestionType::SingleChoice || success.is_empty() {
                    out.push(at(ProblemKind::RuleWrongType).with_value(rule.indicator.clone()));
                }
                for c in success.iter().chain(exclude) {
                    if q.choice(c.as_str()).is_none() {
                        out.push(at(ProblemKind::RuleUnknownCode).with_value(c.as_str()));
                    }
                }
            }
            RuleMeasure::Mean { min, max, exclude } => {
                let fits = match q.kind {
                    QuestionType::Number | QuestionType::Scale => true,
                    QuestionType::SingleChoice => q
                        .choices
                        .iter()
                        .filter(|c| !exclude.contains(&c.code))
                        .all(|c| c.code.as_str().parse::<f64>().is_ok()),
                    _ => false,
                };
                if !fits || min >= max {
                    out.push(at(ProblemKind::RuleWrongType).with_value(rule.indicator.clone()));
                }
                for c in exclude {
                    if q.choice(c.as_str()).is_none() {
                        out.push(at(ProblemKind::RuleUnknownCode).with_value(c.as_str()));
                    }
                }
            }
        }
    }
    out
}
