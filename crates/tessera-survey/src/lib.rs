#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod bank;
mod compose;
mod error;
mod lang;
mod mapping;
mod name;
mod question;
mod questionnaire;
mod rule;
mod text;
pub mod translations;
mod validate;
pub mod xform;
pub mod xlsform;

pub use bank::{Bank, BankQuestion, FILES as BANK_FILES, NotInBank};
pub use compose::Composed;
pub use error::{Place, Problem, ProblemKind, Problems, SurveyError};
pub use lang::Lang;
pub use mapping::{AREA, BORN_IN_UK, BREAKDOWNS, COUNTRY_OF_BIRTH, YEAR_ARRIVED};
pub use name::{BankId, ChoiceCode, GroupName, MAX_NAME, QuestionName};
pub use question::{Choice, Constraint, Question, QuestionType, Scale, ShowIf, ShowIfTest};
pub use questionnaire::{Collection, Group, Item, Questionnaire, Source};
pub use rule::{IndicatorRule, RuleMeasure};
pub use text::{Text, Texts};
pub use translations::{TextRole, read_translations, write_translations};
pub use validate::question_problems;
pub use xform::{Submission, parse_submission, write_xform};
pub use xlsform::{ImportReport, read_xlsform, write_xlsform};
