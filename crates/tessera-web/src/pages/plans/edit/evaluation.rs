//! `/plans/{id}/edit/evaluation/{outcome}`: how, when and from whom data will be collected for
//! an outcome, how they will be analysed, and who is responsible.

use tessera_app::AppResult;
use tessera_app::plans::edit::Applied;
use tessera_app::plans::edit::evaluation::{self, EvaluationForm};
use tessera_l10n::ta;
use tessera_plan::{
    Collection, Method, MethodKind, Plan, Sample, SampleKind, format_date, parse_date,
};

use super::input::{Reader, Values, choices_with_blank, code_text, date_text};
use super::{AnyPart, Ctx, EditPart, Spec, boxed, t};
use crate::http::error::PageError;
use crate::pages::plans::form::{Field, Fields, FormErrors};

/// The evaluation plan of an outcome, written or not yet.
pub(crate) struct EvaluationPart {
    outcome: String,
}

impl EvaluationPart {
    pub(crate) fn at(item: Option<&str>) -> Option<Box<dyn AnyPart>> {
        Some(boxed(Self {
            outcome: item?.to_owned(),
        }))
    }
}

/// The name of the detail field of a method.
fn detail_field(kind: MethodKind) -> String {
    format!("method-detail-{}", kind.code())
}

impl EditPart for EvaluationPart {
    type Form = EvaluationForm;

    fn path(&self) -> String {
        format!("evaluation/{}", self.outcome)
    }

    fn fields(&self, ctx: &Ctx<'_>) -> Result<Spec, PageError> {
        let v = Values(ctx.sent);
        let plan = ctx.plan;
        let outcome = plan.outcome(&self.outcome).ok_or_else(|| ctx.missing())?;
        let e = plan.evaluation_for(&self.outcome);
        let method_values: Vec<String> = e
            .map(|e| e.methods.iter().map(|m| m.kind.code().to_owned()).collect())
            .unwrap_or_default();
        let mut fields = vec![
            Field::checkboxes(
                "methods",
                &t("plans-form-evaluation-methods"),
                v.many("methods", method_values),
                MethodKind::ALL
                    .iter()
                    .map(|k| (k.code().to_owned(), k.text()))
                    .collect(),
            )
            .hint(&t("plans-form-evaluation-methods-hint")),
        ];
        for &k in MethodKind::ALL {
            let detail = e
                .and_then(|e| e.methods.iter().find(|m| m.kind == k))
                .and_then(|m| m.detail.clone())
                .unwrap_or_default();
            let name = detail_field(k);
            fields.push(Field::text(
                &name,
                &ta(
                    "plans-form-evaluation-method-detail",
                    &[("method", k.text().into())],
                ),
                v.one(&name, detail),
            ));
        }
        let samples = e.map(|e| e.samples.clone()).unwrap_or_default();
        let rows = samples.len() + 2;
        fields.push(Field::hidden("rows", rows.to_string()));
        for k in 0..rows {
            let s = samples.get(k);
            let kind = format!("sample-{k}-kind");
            let description = format!("sample-{k}-description");
            let size = format!("sample-{k}-size");
            fields.push(Field::heading(&ta(
                "plans-form-sample-heading",
                &[("number", (k + 1).into())],
            )));
            fields.push(Field::select(
                &kind,
                &t("plans-form-sample-who"),
                v.one(&kind, code_text(s.map(|s| s.kind))),
                choices_with_blank::<SampleKind>(&t("plans-form-sample-none")),
            ));
            fields.push(Field::text(
                &description,
                &t("plans-form-sample-description"),
                v.one(
                    &description,
                    s.map(|s| s.description.clone()).unwrap_or_default(),
                ),
            ));
            fields.push(Field::number(
                &size,
                &t("plans-form-sample-size"),
                v.one(
                    &size,
                    s.and_then(|s| s.intended_size)
                        .map(|n| n.to_string())
                        .unwrap_or_default(),
                ),
            ));
        }
        let collections = e
            .map(|e| {
                e.collections
                    .iter()
                    .map(|c| format!("{} {}", format_date(c.date), c.label))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default();
        let mut responsible = vec![(String::new(), t("plans-not-decided"))];
        responsible.extend(
            plan.stakeholders
                .iter()
                .map(|s| (s.id.clone(), s.name.clone())),
        );
        let text = |f: fn(&tessera_plan::OutcomeEvaluation) -> &Option<String>| {
            e.and_then(|e| f(e).clone()).unwrap_or_default()
        };
        fields.extend([
            Field::heading(&t("plans-form-evaluation-when")),
            Field::date(
                "baseline_date",
                &t("plans-form-evaluation-baseline-date"),
                v.one("baseline_date", date_text(e.and_then(|e| e.baseline_date))),
            )
            .hint(&t("plans-form-evaluation-baseline-date-hint")),
            Field::text(
                "baseline_note",
                &t("plans-form-evaluation-baseline-note"),
                v.one("baseline_note", text(|e| &e.baseline_note)),
            )
            .hint(&t("plans-form-evaluation-baseline-note-hint")),
            Field::textarea(
                "collections",
                &t("plans-form-evaluation-collections"),
                v.one("collections", collections),
            )
            .hint(&t("plans-form-evaluation-collections-hint")),
            Field::text(
                "frequency",
                &t("plans-form-evaluation-frequency"),
                v.one("frequency", text(|e| &e.frequency)),
            ),
            Field::heading(&t("plans-form-evaluation-analysis-heading")),
            Field::textarea(
                "analysis",
                &t("plans-form-evaluation-analysis"),
                v.one("analysis", text(|e| &e.analysis)),
            ),
            Field::select(
                "responsible",
                &t("plans-form-evaluation-responsible"),
                v.one("responsible", text(|e| &e.responsible)),
                responsible,
            ),
        ]);
        Ok(Spec::new(
            ta(
                "plans-form-evaluation-heading",
                &[("outcome", outcome.text.as_str().into())],
            ),
            &t("plans-form-evaluation-prompt"),
            fields,
            &t("plans-form-evaluation-submit"),
        ))
    }

    fn parse(&self, _ctx: &Ctx<'_>, sent: &Fields) -> Result<EvaluationForm, FormErrors> {
        let mut r = Reader::new(sent);
        let methods: Vec<Method> = r
            .all("methods")
            .iter()
            .filter_map(|m| MethodKind::parse(m))
            .map(|kind| Method {
                kind,
                detail: r.optional_text(&detail_field(kind)),
            })
            .collect();
        let samples = read_samples(&mut r);
        let collections = read_collections(&mut r);
        let form = EvaluationForm {
            methods,
            samples,
            baseline_date: r.date("baseline_date", &t("plans-form-baseline-date-what")),
            baseline_note: r.optional_text("baseline_note"),
            collections,
            frequency: r.optional_text("frequency"),
            analysis: r.optional_text("analysis"),
            responsible: r.optional_text("responsible"),
        };
        r.finish(Some(form))
    }

    fn apply(&self, _ctx: &Ctx<'_>, plan: &mut Plan, form: EvaluationForm) -> Applied {
        evaluation::apply(plan, &self.outcome, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        evaluation::remove(plan, &self.outcome)
    }

    fn remove_label(&self, plan: &Plan) -> Option<String> {
        plan.evaluation_for(&self.outcome)
            .map(|_| t("plans-form-evaluation-remove"))
    }
}

/// The sample rows: a row without a kind (or with one the form does not offer) is no sample.
fn read_samples(r: &mut Reader<'_>) -> Vec<Sample> {
    let mut samples = Vec::new();
    for k in 0..r.rows() {
        let Some(kind) = r.optional_choice::<SampleKind>(&format!("sample-{k}-kind")) else {
            continue;
        };
        let size_name = format!("sample-{k}-size");
        let size_text = r.text(&size_name);
        let intended_size = if size_text.is_empty() {
            None
        } else {
            match size_text.parse::<u32>() {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    r.push(
                        size_name,
                        ta(
                            "plans-form-sample-size-error",
                            &[("number", (k + 1).into())],
                        ),
                    );
                    None
                }
            }
        };
        samples.push(Sample {
            kind,
            description: r.text(&format!("sample-{k}-description")).to_owned(),
            intended_size,
        });
    }
    samples
}

/// The collection dates, one per line: a date, then what is collected.
fn read_collections(r: &mut Reader<'_>) -> Vec<Collection> {
    let mut collections = Vec::new();
    let text = r.text("collections");
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (date, label) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let n = n + 1;
        match parse_date(date) {
            Ok(date) if !label.trim().is_empty() => collections.push(Collection {
                date,
                label: label.trim().to_owned(),
            }),
            Ok(_) => r.push(
                "collections",
                ta("plans-form-collection-no-label", &[("line", n.into())]),
            ),
            Err(_) => r.push(
                "collections",
                ta("plans-form-collection-no-date", &[("line", n.into())]),
            ),
        }
    }
    collections
}
