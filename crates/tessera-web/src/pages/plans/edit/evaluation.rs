//! `/plans/{id}/edit/evaluation/{outcome}`: how, when and from whom data will be collected for
//! an outcome, how they will be analysed, and who is responsible.

use tessera_app::AppResult;
use tessera_app::plans::edit::Applied;
use tessera_app::plans::edit::evaluation::{self, EvaluationForm};
use tessera_plan::{
    Collection, Method, MethodKind, Plan, Sample, SampleKind, format_date, parse_date,
};

use super::input::{Reader, Values, choices_with_blank, code_text, date_text};
use super::{AnyPart, Ctx, EditPart, Spec, boxed};
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
        let mut fields = vec![Field::checkboxes(
            "methods",
            "How will you collect data?",
            v.many("methods", method_values),
            MethodKind::ALL
                .iter()
                .map(|k| (k.code().to_owned(), k.label().to_owned()))
                .collect(),
        ).hint("Light-touch methods such as end-of-session notes count: the guide encourages them.")];
        for &k in MethodKind::ALL {
            let detail = e
                .and_then(|e| e.methods.iter().find(|m| m.kind == k))
                .and_then(|m| m.detail.clone())
                .unwrap_or_default();
            let name = detail_field(k);
            fields.push(Field::text(
                &name,
                &format!("{}: details (optional)", k.label()),
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
            fields.push(Field::heading(&format!("Sample {}", k + 1)));
            fields.push(Field::select(
                &kind,
                "Who",
                v.one(&kind, code_text(s.map(|s| s.kind))),
                choices_with_blank::<SampleKind>("No sample here"),
            ));
            fields.push(Field::text(
                &description,
                "Who is in it and how they are chosen",
                v.one(
                    &description,
                    s.map(|s| s.description.clone()).unwrap_or_default(),
                ),
            ));
            fields.push(Field::number(
                &size,
                "How many people you hope to hear from",
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
        let mut responsible = vec![(String::new(), "Not decided yet".to_owned())];
        responsible.extend(
            plan.stakeholders
                .iter()
                .map(|s| (s.id.clone(), s.name.clone())),
        );
        let text = |f: fn(&tessera_plan::OutcomeEvaluation) -> &Option<String>| {
            e.and_then(|e| f(e).clone()).unwrap_or_default()
        };
        fields.extend([
            Field::heading("When"),
            Field::date("baseline_date", "Baseline date", v.one("baseline_date", date_text(e.and_then(|e| e.baseline_date))))
                .hint("When the baseline is collected, as year-month-day. Collect it before the work begins."),
            Field::text("baseline_note", "Baseline timing in words (optional)", v.one("baseline_note", text(|e| &e.baseline_note)))
                .hint("For example: at each participant's first visit."),
            Field::textarea("collections", "Collection dates", v.one("collections", collections))
                .hint("One per line: the date as year-month-day, a space, then what is collected. For example: 2025-12-12 Mid-point survey. Collect during the work, not only at the end."),
            Field::text("frequency", "How often (optional)", v.one("frequency", text(|e| &e.frequency))),
            Field::heading("Analysis and responsibility"),
            Field::textarea("analysis", "How the data will be analysed", v.one("analysis", text(|e| &e.analysis))),
            Field::select("responsible", "Who is responsible", v.one("responsible", text(|e| &e.responsible)), responsible),
        ]);
        Ok(Spec::new(
            format!("Evaluation plan for “{}”", outcome.text),
            "How will you know whether this outcome happens? Plan the evaluation before the work begins.",
            fields,
            "Save the evaluation plan",
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
            baseline_date: r.date("baseline_date", "The baseline date"),
            baseline_note: r.optional_text("baseline_note"),
            collections,
            frequency: r.optional_text("frequency"),
            analysis: r.optional_text("analysis"),
            responsible: r.optional_text("responsible"),
        };
        r.finish(Some(form))
    }

    fn apply(&self, plan: &mut Plan, form: EvaluationForm) -> Applied {
        evaluation::apply(plan, &self.outcome, form)
    }

    fn remove(&self, plan: &mut Plan) -> AppResult<String> {
        evaluation::remove(plan, &self.outcome)
    }

    fn remove_label(&self, plan: &Plan) -> Option<&'static str> {
        plan.evaluation_for(&self.outcome)
            .map(|_| "Remove this evaluation plan")
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
                        format!(
                            "The size of sample {} must be a whole number of people, more than 0",
                            k + 1
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
                format!("Line {n} of the collection dates has no description; after the date, say what is collected"),
            ),
            Err(_) => r.push(
                "collections",
                format!("Line {n} of the collection dates does not start with a date written as year-month-day, for example 2025-12-12"),
            ),
        }
    }
    collections
}
