//! `/plans/{id}/edit/domain-exercise/{step}`: the answers of the guide's first exercise, one
//! step at a time — the domain of a type (`facilitators`, `social-connections`,
//! `markers-and-means`), the rights and responsibilities (`rights`), adding the chosen domains to
//! the plan (`use`), and clearing the answers (`answers`, removed to start again).

use tessera_app::AppResult;
use tessera_app::plans::edit::domain_exercise::{self, PickForm, RightsForm};
use tessera_app::plans::edit::{Applied, Edit, missing};
use tessera_framework::Catalogue;
use tessera_plan::{DOMAIN_EXERCISE_TYPES, Plan, RIGHTS_DOMAIN};
use tessera_store::PlanId;

use super::input::{Reader, Values};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, t};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// What a step's form answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// The domain of `DOMAIN_EXERCISE_TYPES[i]`.
    Type(usize),
    Rights,
    Use,
    Answers,
}

impl Step {
    /// The step an address names: a type's id, `rights`, `use` or `answers`.
    pub(crate) fn parse(item: &str) -> Option<Step> {
        match item {
            "rights" => Some(Step::Rights),
            "use" => Some(Step::Use),
            "answers" => Some(Step::Answers),
            _ => DOMAIN_EXERCISE_TYPES
                .iter()
                .position(|t| t.split_once('/').is_some_and(|(_, id)| id == item))
                .map(Step::Type),
        }
    }

    /// The step's word in addresses.
    pub(crate) fn word(self) -> &'static str {
        match self {
            Step::Type(i) => DOMAIN_EXERCISE_TYPES
                .get(i)
                .and_then(|t| t.split_once('/'))
                .map_or("", |(_, id)| id),
            Step::Rights => "rights",
            Step::Use => "use",
            Step::Answers => "answers",
        }
    }

    /// The step after this one, where saving it leads.
    pub(crate) fn next(self) -> &'static str {
        match self {
            Step::Type(i) if i + 1 < DOMAIN_EXERCISE_TYPES.len() => Step::Type(i + 1).word(),
            Step::Type(_) => "rights",
            _ => "summary",
        }
    }
}

/// The domains of a type as (reference, name in the page's language) options.
pub(crate) fn type_domains(catalogue: &Catalogue, domain_type: &str) -> Vec<(String, String)> {
    let lang = tessera_l10n::current().code();
    let Some((pack, type_id)) = domain_type.split_once('/') else {
        return Vec::new();
    };
    catalogue
        .pack(pack)
        .map(|p| {
            p.domains
                .iter()
                .filter(|d| {
                    d.domain_type
                        .as_ref()
                        .is_some_and(|t| t.as_str() == type_id)
                })
                .map(|d| (format!("{pack}/{}", d.id), d.name_in(lang).to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

/// The indicators of Rights and Responsibilities as (reference, name) options.
pub(crate) fn rights_options(catalogue: &Catalogue) -> Vec<(String, String)> {
    let lang = tessera_l10n::current().code();
    let (pack, domain) = RIGHTS_DOMAIN.split_once('/').unwrap_or_default();
    catalogue
        .indicators_in_domain(pack, domain)
        .into_iter()
        .map(|i| (i.qualified_id(), i.name_in(lang).to_owned()))
        .collect()
}

/// One step of the domain exercise.
pub(crate) struct DomainExercisePart(pub(crate) Step);

impl DomainExercisePart {
    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        Some(boxed(DomainExercisePart(Step::parse(item?)?)))
    }
}

/// A read form of one step.
pub(crate) enum Answer {
    Pick(String, PickForm),
    Rights(RightsForm),
    Use,
}

impl EditPart for DomainExercisePart {
    type Form = Answer;

    fn path(&self) -> String {
        format!("domain-exercise/{}", self.0.word())
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let exercise = ctx.plan.domain_exercise.as_ref();
        Ok(match self.0 {
            Step::Type(i) => {
                let domain_type = DOMAIN_EXERCISE_TYPES[i];
                let pick = exercise.and_then(|e| e.pick(domain_type));
                let word = self.0.word();
                Spec::new(
                    t(&format!("plans-exercise-domains-{word}-heading")),
                    &t(&format!("plans-exercise-domains-{word}-why")),
                    vec![
                        Field::radios(
                            "domain",
                            &t(&format!("plans-exercise-domains-{word}-question")),
                            v.one("domain", pick.map(|p| p.domain.clone()).unwrap_or_default()),
                            type_domains(ctx.catalogue, domain_type),
                        )
                        .hint(&t("plans-exercise-domains-one-hint")),
                        Field::textarea(
                            "why",
                            &t("plans-exercise-domains-reason"),
                            v.one("why", pick.and_then(|p| p.why.clone()).unwrap_or_default()),
                        )
                        .hint(&t("plans-exercise-domains-reason-hint")),
                    ],
                    &t("plans-exercise-save-continue"),
                )
            }
            Step::Rights => Spec::new(
                t("plans-exercise-domains-rights-heading"),
                &t("plans-exercise-domains-rights-why"),
                vec![
                    Field::checkboxes(
                        "rights",
                        &t("plans-exercise-domains-rights-question"),
                        v.many(
                            "rights",
                            exercise.map(|e| e.rights.clone()).unwrap_or_default(),
                        ),
                        rights_options(ctx.catalogue),
                    )
                    .hint(&t("plans-exercise-domains-rights-hint")),
                    Field::textarea(
                        "note",
                        &t("plans-exercise-domains-rights-note"),
                        v.one(
                            "note",
                            exercise
                                .and_then(|e| e.rights_note.clone())
                                .unwrap_or_default(),
                        ),
                    ),
                ],
                &t("plans-exercise-save-continue"),
            ),
            Step::Use | Step::Answers => Spec::new(
                t("plans-exercise-domains-use-heading"),
                &t("plans-exercise-domains-use-why"),
                Vec::new(),
                &t("plans-exercise-domains-use"),
            ),
        })
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<Answer, FormErrors> {
        let mut r = Reader::new(sent);
        let answer = match self.0 {
            Step::Type(i) => {
                let domain = r.required("domain", &t("plans-exercise-domains-pick-error"));
                Answer::Pick(
                    DOMAIN_EXERCISE_TYPES[i].to_owned(),
                    PickForm {
                        domain,
                        why: r.optional_text("why"),
                    },
                )
            }
            Step::Rights => Answer::Rights(RightsForm {
                rights: r.all("rights"),
                note: r.optional_text("note"),
            }),
            Step::Use | Step::Answers => Answer::Use,
        };
        r.finish(Some(answer))
    }

    fn apply(&self, ctx: &Ctx<'_>, plan: &mut Plan, form: Answer) -> Applied {
        match form {
            Answer::Pick(domain_type, form) => {
                domain_exercise::pick(plan, ctx.catalogue, &domain_type, form)
            }
            Answer::Rights(form) => domain_exercise::rights(plan, ctx.catalogue, form),
            Answer::Use => domain_exercise::use_domains(plan),
        }
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        match self.0 {
            Step::Answers => domain_exercise::remove(plan),
            _ => Err(missing()),
        }
    }

    fn after(&self, _edit: &Edit, id: PlanId, _back: String) -> String {
        match self.0 {
            Step::Use => format!("/plans/{id}#about-heading"),
            step => format!("/plans/{id}/steps/domains?part={}", step.next()),
        }
    }
}
