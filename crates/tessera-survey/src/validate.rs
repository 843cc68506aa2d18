//! Checks that a questionnaire is whole: names unique, choices and scales sound, "show if" only
//! on earlier questions and known codes, rules fitting their questions, pages contiguous.

use std::collections::BTreeSet;

use crate::error::{Problem, ProblemKind, Problems, SurveyError};
use crate::lang::Lang;
use crate::question::{Question, QuestionType, ShowIfTest};
use crate::questionnaire::Questionnaire;
use crate::rule::RuleMeasure;

/// Names no question may take: the consent step of exported forms, and the names ODK gives the
/// form's own fields.
const RESERVED: &[&str] = &[
    "consent",
    "meta",
    "instanceid",
    "instancename",
    "deprecatedid",
];

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
            out.push(Problem::general(ProblemKind::NoLanguage));
            return out;
        };
        if self.title.get(first).is_none() || self.consent.get(first).is_none() {
            out.push(Problem::general(ProblemKind::MissingTitle));
        }
        if self.items.is_empty() {
            out.push(Problem::general(ProblemKind::NoQuestions));
        }
        let mut seen: Vec<&Question> = Vec::new();
        let mut names = BTreeSet::new();
        let mut closed_groups = BTreeSet::new();
        let mut current_group = None;
        for item in &self.items {
            let q = &item.question;
            if RESERVED.contains(&q.name.as_str().to_ascii_lowercase().as_str()) {
                out.push(Problem::at_question(
                    ProblemKind::ReservedName,
                    q.name.as_str(),
                ));
            }
            if !names.insert(q.name.as_str()) {
                out.push(Problem::at_question(
                    ProblemKind::DuplicateName,
                    q.name.as_str(),
                ));
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

#[cfg(test)]
mod tests {
    use crate::error::ProblemKind;
    use crate::name::{ChoiceCode, GroupName, QuestionName};
    use crate::question::{Choice, Question, QuestionType, ShowIf, ShowIfTest};
    use crate::questionnaire::{Group, Item, Questionnaire, Source};
    use crate::rule::{IndicatorRule, RuleMeasure};
    use crate::text::Texts;

    fn name(n: &str) -> QuestionName {
        QuestionName::parse(n).expect("valid name")
    }

    fn code(c: &str) -> ChoiceCode {
        ChoiceCode::parse(c).expect("valid code")
    }

    fn choice_q(n: &str, codes: &[&str]) -> Question {
        let mut q = Question::new(name(n), QuestionType::SingleChoice, "Which?");
        q.choices = codes
            .iter()
            .map(|c| Choice {
                code: code(c),
                label: Texts::english(c),
            })
            .collect();
        q
    }

    fn questionnaire(questions: Vec<Question>) -> Questionnaire {
        let mut q = Questionnaire::new(Texts::english("T"), Texts::english("Consent"));
        q.languages.truncate(1);
        q.items = questions
            .into_iter()
            .map(|question| Item {
                source: Source::Own,
                question,
            })
            .collect();
        q
    }

    fn kinds(q: &Questionnaire) -> Vec<ProblemKind> {
        q.problems().into_iter().map(|p| p.kind).collect()
    }

    #[test]
    fn a_sound_questionnaire_has_no_problems() {
        let mut second = choice_q("b", &["x", "y"]);
        second.show_if.push(ShowIf {
            question: name("a"),
            test: ShowIfTest::AnyOf {
                values: vec![code("yes")],
            },
        });
        let q = questionnaire(vec![choice_q("a", &["yes", "no"]), second]);
        assert_eq!(kinds(&q), []);
    }

    #[test]
    fn show_if_on_a_later_question_or_an_unknown_code_is_named() {
        let mut first = choice_q("a", &["yes", "no"]);
        first.show_if.push(ShowIf {
            question: name("b"),
            test: ShowIfTest::AnyOf {
                values: vec![code("x")],
            },
        });
        let mut second = choice_q("b", &["x"]);
        second.show_if.push(ShowIf {
            question: name("a"),
            test: ShowIfTest::AnyOf {
                values: vec![code("maybe")],
            },
        });
        let q = questionnaire(vec![first, second]);
        let problems = q.problems();
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].kind, ProblemKind::ShowIfNotEarlier);
        assert_eq!(problems[0].place.question.as_deref(), Some("a"));
        assert_eq!(problems[1].kind, ProblemKind::ShowIfUnknownCode);
        assert_eq!(problems[1].value.as_deref(), Some("maybe"));
    }

    #[test]
    fn conflicting_choices_and_duplicate_names_are_refused() {
        let q = questionnaire(vec![choice_q("a", &["x", "x"]), choice_q("a", &["y"])]);
        assert_eq!(
            kinds(&q),
            [ProblemKind::DuplicateChoice, ProblemKind::DuplicateName]
        );
    }

    #[test]
    fn a_rule_naming_a_code_the_question_lacks_is_refused() {
        let mut q1 = choice_q("a", &["yes", "no"]);
        q1.rules.push(IndicatorRule {
            indicator: "ioi-2019/bon-lonely".to_owned(),
            measure: RuleMeasure::Proportion {
                success: vec![code("often")],
                exclude: vec![],
            },
        });
        let mut q2 = Question::new(name("t"), QuestionType::Text, "Say");
        q2.rules.push(IndicatorRule {
            indicator: "ioi-2019/bon-lonely".to_owned(),
            measure: RuleMeasure::Mean {
                min: 0.0,
                max: 10.0,
                exclude: vec![],
            },
        });
        let q = questionnaire(vec![q1, q2]);
        assert_eq!(
            kinds(&q),
            [ProblemKind::RuleUnknownCode, ProblemKind::RuleWrongType]
        );
    }

    #[test]
    fn a_page_split_by_another_page_is_refused() {
        let g = |n: &str| GroupName::parse(n).expect("valid");
        let mut a = choice_q("a", &["x"]);
        a.group = Some(g("one"));
        let mut b = choice_q("b", &["x"]);
        b.group = Some(g("two"));
        let mut c = choice_q("c", &["x"]);
        c.group = Some(g("one"));
        let mut q = questionnaire(vec![a, b, c]);
        for n in ["one", "two"] {
            q.groups.push(Group {
                name: g(n),
                title: Texts::english(n),
            });
        }
        assert_eq!(kinds(&q), [ProblemKind::SplitGroup]);
    }

    #[test]
    fn removing_a_question_drops_the_conditions_on_it() {
        let mut second = choice_q("b", &["x"]);
        second.show_if.push(ShowIf {
            question: name("a"),
            test: ShowIfTest::AnyOf {
                values: vec![code("yes")],
            },
        });
        let mut q = questionnaire(vec![choice_q("a", &["yes"]), second]);
        q.remove(0);
        assert!(q.items[0].question.show_if.is_empty());
        assert_eq!(kinds(&q), []);
    }

    #[test]
    fn moving_stops_at_the_ends_and_at_page_boundaries() {
        let mut q = questionnaire(vec![choice_q("a", &["x"]), choice_q("b", &["x"])]);
        assert!(!q.move_up(0));
        assert!(q.move_down(0));
        assert_eq!(q.items[0].question.name.as_str(), "b");
        assert!(!q.move_down(1));
        q.items[0].question.group = Some(GroupName::parse("p").expect("valid"));
        assert!(!q.move_up(1));
    }
}
