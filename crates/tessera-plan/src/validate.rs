//! Structural validation of a plan, with a JSON path for every problem found.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde::Serialize;
use tessera_framework::{DomainRef, check_slug};
use tessera_l10n::{Arg, t, ta};

use crate::evidence::{SourceKind, Unit, UnitKind};
use crate::model::{Direction, FORMAT_VERSION, GOAL_ID, NodeKind, OutcomeIndicator, Plan};

/// One thing wrong with a plan, located by a JSON path such as `$.links[2].to`.
///
/// Paths count array items from 0, as JSON Pointer and most tools do. A problem found while
/// reading the JSON text (before the plan's structure is known) has a line and column instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
pub struct PlanProblem {
    /// Where the problem is, as a JSON path (`$` for the whole plan).
    pub path: String,
    /// The 1-based line of the JSON text, for problems found while reading it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The 1-based column of the JSON text, for problems found while reading it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// What is wrong and how to put it right.
    pub message: String,
}

impl PlanProblem {
    /// A problem at a JSON path.
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for PlanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Positions are written as plain digits, not as numbers of the language (no grouping).
        let text = match (self.line, self.column) {
            (Some(line), Some(column)) => ta(
                "plans-problem-at-line",
                &[
                    ("line", Arg::Text(line.to_string())),
                    ("column", Arg::Text(column.to_string())),
                    ("message", self.message.as_str().into()),
                ],
            ),
            _ => ta(
                "plans-problem-at-path",
                &[
                    ("path", self.path.as_str().into()),
                    ("message", self.message.as_str().into()),
                ],
            ),
        };
        f.write_str(&text)
    }
}

/// Why `value` cannot be a baseline or target in `unit`, if it cannot: a percentage outside
/// 0–100, a mean outside its scale, a negative count or rate.
pub fn outside_unit(unit: &Unit, value: f64) -> Option<String> {
    if unit.allows(value) {
        return None;
    }
    let v = Arg::Text(crate::plain(value));
    Some(match unit.kind {
        UnitKind::Percentage => ta("plans-problem-outside-percentage", &[("value", v)]),
        UnitKind::Mean => ta(
            "plans-problem-outside-scale",
            &[
                ("value", v),
                (
                    "min",
                    Arg::Text(unit.min.map(crate::plain).unwrap_or_default()),
                ),
                (
                    "max",
                    Arg::Text(unit.max.map(crate::plain).unwrap_or_default()),
                ),
            ],
        ),
        UnitKind::Count | UnitKind::Rate => ta("plans-problem-negative", &[("value", v)]),
    })
}

impl Plan {
    /// Reads a plan from the documented JSON format and validates it.
    ///
    /// A syntax or type error gives one problem with its line and column; a well-formed file
    /// gives every structural problem [`Plan::validate`] finds.
    pub fn from_json(text: &str) -> Result<Plan, Vec<PlanProblem>> {
        let plan: Plan = serde_json::from_str(text).map_err(|e| {
            vec![PlanProblem {
                path: "$".to_owned(),
                line: Some(e.line()),
                column: Some(e.column()),
                message: ta(
                    "plans-problem-not-a-plan",
                    &[("error", e.to_string().into())],
                ),
            }]
        })?;
        plan.validate()?;
        Ok(plan)
    }

    /// Reports every structural problem: unknown or duplicate ids, links in a forbidden
    /// direction, cycles among outcomes, blank required text, inconsistent targets.
    ///
    /// Completeness (missing indicators, stakeholders, evaluation) is not a structural problem:
    /// a plan is built a step at a time, and [`crate::check`] reports what is still missing.
    pub fn validate(&self) -> Result<(), Vec<PlanProblem>> {
        let mut v = Validator::default();
        v.plan(self);
        if v.problems.is_empty() {
            Ok(())
        } else {
            Err(v.problems)
        }
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<PlanProblem>,
}

impl Validator {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(PlanProblem::at(path, message));
    }

    /// A problem when `text` is blank; `what` names what to write (the end of the message
    /// `plans-problem-blank-<what>`).
    fn required(&mut self, path: &str, text: &str, what: &str) {
        if text.trim().is_empty() {
            self.push(path, t(&format!("plans-problem-blank-{what}")));
        }
    }

    fn slug(&mut self, path: &str, id: &str) {
        if let Err(e) = check_slug(id) {
            self.push(
                path,
                ta("plans-problem-bad-id", &[("error", e.to_string().into())]),
            );
        }
    }

    fn domain(&mut self, path: &str, text: &str) {
        if let Err(e) = DomainRef::parse(text) {
            self.push(
                path,
                ta(
                    "plans-problem-bad-domain",
                    &[("error", e.to_string().into())],
                ),
            );
        }
    }

    fn plan(&mut self, plan: &Plan) {
        if plan.format_version != FORMAT_VERSION {
            self.push(
                "$.format_version",
                ta(
                    "plans-problem-format-version",
                    &[
                        ("found", plan.format_version.into()),
                        ("expected", FORMAT_VERSION.into()),
                    ],
                ),
            );
        }
        self.required("$.title", &plan.title, "title");
        self.required("$.goal", &plan.goal, "goal");
        self.target_groups(plan);
        let kinds = self.nodes(plan);
        self.links(plan, &kinds);
        self.outcome_cycles(plan, &kinds);
        self.indicators(plan);
        for (i, barrier) in plan.barriers.iter().enumerate() {
            self.required(&format!("$.barriers[{i}].text"), &barrier.text, "barrier");
            if let Some(d) = &barrier.domain {
                self.domain(&format!("$.barriers[{i}].domain"), d);
            }
        }
        self.stakeholders(plan);
        let mut seen_domains = BTreeSet::new();
        for (i, d) in plan.domains.iter().enumerate() {
            let path = format!("$.domains[{i}]");
            self.domain(&path, d);
            if !seen_domains.insert(d.as_str()) {
                self.push(
                    path,
                    ta("plans-problem-domain-twice", &[("domain", d.into())]),
                );
            }
        }
        self.evaluation(plan);
        self.problems.extend(crate::exercise::problems(plan));
    }

    fn target_groups(&mut self, plan: &Plan) {
        let mut seen = BTreeSet::new();
        for (i, g) in plan.target_groups.iter().enumerate() {
            let path = format!("$.target_groups[{i}]");
            self.slug(&format!("{path}.id"), &g.id);
            if matches!(g.id.as_str(), "newcomers" | "both") {
                self.push(
                    format!("{path}.id"),
                    ta(
                        "plans-problem-reserved-group",
                        &[("id", g.id.as_str().into())],
                    ),
                );
            }
            if !seen.insert(g.id.as_str()) {
                self.push(
                    format!("{path}.id"),
                    ta(
                        "plans-problem-group-id-taken",
                        &[("id", g.id.as_str().into())],
                    ),
                );
            }
            self.required(&format!("{path}.name"), &g.name, "group");
        }
    }

    /// Checks node ids and texts; returns each id's kind (the first, for duplicates).
    fn nodes(&mut self, plan: &Plan) -> HashMap<String, NodeKind> {
        let mut kinds = HashMap::new();
        kinds.insert(GOAL_ID.to_owned(), NodeKind::Goal);
        let mut first_path: HashMap<&str, String> = HashMap::new();
        first_path.insert(GOAL_ID, "$.goal".to_owned());
        let all = plan
            .outcomes
            .iter()
            .enumerate()
            .map(|(i, o)| {
                (
                    "outcomes",
                    i,
                    o.id.as_str(),
                    o.text.as_str(),
                    NodeKind::Outcome,
                )
            })
            .chain(plan.outputs.iter().enumerate().map(|(i, o)| {
                (
                    "outputs",
                    i,
                    o.id.as_str(),
                    o.text.as_str(),
                    NodeKind::Output,
                )
            }))
            .chain(plan.activities.iter().enumerate().map(|(i, a)| {
                (
                    "activities",
                    i,
                    a.id.as_str(),
                    a.text.as_str(),
                    NodeKind::Activity,
                )
            }));
        for (list, i, id, text, kind) in all {
            let path = format!("$.{list}[{i}]");
            self.slug(&format!("{path}.id"), id);
            match first_path.get(id) {
                Some(first) if id == GOAL_ID => self.push(
                    format!("{path}.id"),
                    ta(
                        "plans-problem-goal-id",
                        &[("id", id.into()), ("first", first.as_str().into())],
                    ),
                ),
                Some(first) => self.push(
                    format!("{path}.id"),
                    ta(
                        "plans-problem-node-id-taken",
                        &[("id", id.into()), ("first", first.as_str().into())],
                    ),
                ),
                None => {
                    first_path.insert(id, path.clone());
                    kinds.insert(id.to_owned(), kind);
                }
            }
            let what = match kind {
                NodeKind::Outcome => "outcome",
                NodeKind::Output => "output",
                _ => "activity",
            };
            self.required(&format!("{path}.text"), text, what);
        }
        for (i, a) in plan.activities.iter().enumerate() {
            for (j, r) in a.resources.iter().enumerate() {
                self.required(&format!("$.activities[{i}].resources[{j}]"), r, "resource");
            }
        }
        kinds
    }

    fn links(&mut self, plan: &Plan, kinds: &HashMap<String, NodeKind>) {
        let mut seen = BTreeMap::new();
        for (i, link) in plan.links.iter().enumerate() {
            let path = format!("$.links[{i}]");
            let from = kinds.get(&link.from).copied();
            let to = kinds.get(&link.to).copied();
            if from.is_none() {
                self.push(
                    format!("{path}.from"),
                    ta(
                        "plans-problem-unknown-node",
                        &[("id", link.from.as_str().into())],
                    ),
                );
            }
            if to.is_none() {
                self.push(
                    format!("{path}.to"),
                    ta(
                        "plans-problem-unknown-node",
                        &[("id", link.to.as_str().into())],
                    ),
                );
            }
            if let (Some(from), Some(to)) = (from, to) {
                if link.from == link.to {
                    self.push(path.clone(), t("plans-problem-self-link"));
                } else if !from.may_link_to(to) {
                    self.push(
                        path.clone(),
                        ta(
                            "plans-problem-link-direction",
                            &[
                                ("from_kind", from.code().into()),
                                ("from", link.from.as_str().into()),
                                ("to_kind", to.code().into()),
                                ("to", link.to.as_str().into()),
                            ],
                        ),
                    );
                }
            }
            if let Some(first) = seen.insert((link.from.as_str(), link.to.as_str()), i) {
                self.push(
                    path.clone(),
                    ta(
                        "plans-problem-link-repeated",
                        &[("first", format!("$.links[{first}]").into())],
                    ),
                );
            }
            for (j, a) in link.assumptions.iter().enumerate() {
                let apath = format!("{path}.assumptions[{j}]");
                self.required(&format!("{apath}.text"), &a.text, "assumption");
                for (k, e) in a.evidence.iter().enumerate() {
                    self.required(
                        &format!("{apath}.evidence[{k}].source"),
                        &e.source,
                        "evidence",
                    );
                }
            }
        }
    }

    fn outcome_cycles(&mut self, plan: &Plan, kinds: &HashMap<String, NodeKind>) {
        let is_outcome = |id: &str| kinds.get(id) == Some(&NodeKind::Outcome);
        let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for link in &plan.links {
            if is_outcome(&link.from) && is_outcome(&link.to) && link.from != link.to {
                next.entry(link.from.as_str())
                    .or_default()
                    .push(link.to.as_str());
            }
        }
        // Depth-first search with three colours; each back edge closes a cycle, reported once
        // at the outcome where the search re-entered it.
        let mut state: HashMap<&str, u8> = HashMap::new();
        let mut cycles: Vec<Vec<&str>> = Vec::new();
        for start in plan.outcomes.iter().map(|o| o.id.as_str()) {
            if state.contains_key(start) {
                continue;
            }
            let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
            state.insert(start, 1);
            while let Some(&mut (node, ref mut idx)) = stack.last_mut() {
                let succ = next.get(node).map(Vec::as_slice).unwrap_or(&[]);
                if *idx < succ.len() {
                    let s = succ[*idx];
                    *idx += 1;
                    match state.get(s) {
                        None => {
                            state.insert(s, 1);
                            stack.push((s, 0));
                        }
                        Some(1) => {
                            let from = stack.iter().position(|(n, _)| *n == s).unwrap_or(0);
                            let mut cycle: Vec<&str> =
                                stack[from..].iter().map(|(n, _)| *n).collect();
                            cycle.push(s);
                            cycles.push(cycle);
                        }
                        _ => {}
                    }
                } else {
                    state.insert(node, 2);
                    stack.pop();
                }
            }
        }
        for cycle in cycles {
            let first = cycle.first().copied().unwrap_or_default();
            let index = plan
                .outcomes
                .iter()
                .position(|o| o.id == first)
                .unwrap_or(0);
            self.push(
                format!("$.outcomes[{index}]"),
                ta(
                    "plans-problem-outcome-cycle",
                    &[("cycle", cycle.join(" → ").into())],
                ),
            );
        }
    }

    fn indicators(&mut self, plan: &Plan) {
        let mut local_seen = BTreeSet::new();
        for (i, l) in plan.local_indicators.iter().enumerate() {
            let path = format!("$.local_indicators[{i}]");
            self.slug(&format!("{path}.id"), &l.id);
            if !local_seen.insert(l.id.as_str()) {
                self.push(
                    format!("{path}.id"),
                    ta(
                        "plans-problem-local-indicator-id-taken",
                        &[("id", l.id.as_str().into())],
                    ),
                );
            }
            self.required(&format!("{path}.name"), &l.name, "local-indicator");
            if let Some(d) = &l.domain {
                self.domain(&format!("{path}.domain"), d);
            }
        }
        for (i, outcome) in plan.outcomes.iter().enumerate() {
            let mut seen = BTreeSet::new();
            for (j, ind) in outcome.indicators.iter().enumerate() {
                let path = format!("$.outcomes[{i}].indicators[{j}]");
                self.indicator_ref(plan, &format!("{path}.indicator"), &ind.indicator);
                if ind.groups.is_empty() {
                    self.push(format!("{path}.groups"), t("plans-problem-no-groups"));
                }
                for (k, g) in ind.groups.iter().enumerate() {
                    if plan.group(g).is_none() {
                        self.push(
                            format!("{path}.groups[{k}]"),
                            ta("plans-problem-unknown-group", &[("group", g.into())]),
                        );
                    }
                }
                let mut groups = ind.groups.clone();
                groups.sort();
                if !seen.insert((ind.indicator.clone(), groups)) {
                    self.push(path.clone(), t("plans-problem-indicator-repeated"));
                }
                for (field, value) in [("baseline", ind.baseline), ("target", ind.target)] {
                    if value.is_some_and(|v| !v.is_finite()) {
                        self.push(format!("{path}.{field}"), t("plans-problem-not-finite"));
                    }
                }
                self.unit(&path, ind);
                self.evidence(&path, ind);
                if let (Some(b), Some(t)) = (ind.baseline, ind.target) {
                    let wrong = match ind.direction {
                        Direction::Up => t < b,
                        Direction::Down => t > b,
                    };
                    if wrong {
                        self.push(
                            format!("{path}.target"),
                            ta(
                                "plans-problem-target-wrong-side",
                                &[
                                    ("target", Arg::Text(t.to_string())),
                                    ("baseline", Arg::Text(b.to_string())),
                                    ("direction", ind.direction.code().into()),
                                ],
                            ),
                        );
                    }
                }
            }
        }
    }

    /// The unit's own shape (a mean has its scale) and the baseline and target inside it.
    fn unit(&mut self, path: &str, ind: &OutcomeIndicator) {
        let Some(unit) = ind.unit else { return };
        let has_range = unit.min.is_some() || unit.max.is_some();
        if unit.kind == UnitKind::Mean {
            let ok = matches!((unit.min, unit.max), (Some(l), Some(h)) if l.is_finite() && h.is_finite() && l < h);
            if !ok {
                self.push(format!("{path}.unit.max"), t("plans-problem-unit-no-scale"));
                return;
            }
        } else if has_range {
            self.push(
                format!("{path}.unit.min"),
                t("plans-problem-unit-range-only-mean"),
            );
        }
        for (field, value) in [("baseline", ind.baseline), ("target", ind.target)] {
            let Some(v) = value.filter(|v| v.is_finite()) else {
                continue;
            };
            if let Some(message) = outside_unit(&unit, v) {
                self.push(format!("{path}.{field}"), message);
            }
        }
    }

    /// The evidence's shape: one dataset for `dataset`; a filter only for `dataset`; nothing
    /// of a dataset for `participants`.
    fn evidence(&mut self, path: &str, ind: &OutcomeIndicator) {
        let Some(e) = &ind.evidence else { return };
        let path = format!("{path}.evidence");
        match e.source {
            SourceKind::Dataset => {
                if e.dataset.is_none() {
                    self.push(
                        format!("{path}.dataset"),
                        t("plans-problem-dataset-evidence-one"),
                    );
                }
            }
            SourceKind::Participants | SourceKind::Context => {
                if e.dataset.is_some() || e.measure.is_some() || e.filter.is_some() {
                    self.push(
                        format!("{path}.source"),
                        t("plans-problem-evidence-no-dataset"),
                    );
                }
            }
        }
        if let Some(f) = &e.filter
            && (f.variable.trim().is_empty() || f.value.trim().is_empty())
        {
            self.push(format!("{path}.filter"), t("plans-problem-filter-blank"));
        }
    }

    fn indicator_ref(&mut self, plan: &Plan, path: &str, reference: &str) {
        let Some((pack, id)) = reference.split_once('/') else {
            self.push(
                path,
                ta(
                    "plans-problem-not-an-indicator-reference",
                    &[("reference", reference.into())],
                ),
            );
            return;
        };
        if pack == "local" {
            if plan.local_indicator(reference).is_none() {
                self.push(
                    path,
                    ta(
                        "plans-problem-unknown-local-indicator",
                        &[("reference", reference.into()), ("id", id.into())],
                    ),
                );
            }
            return;
        }
        for part in [pack, id] {
            if let Err(e) = check_slug(part) {
                self.push(
                    path,
                    ta(
                        "plans-problem-bad-indicator-reference",
                        &[
                            ("reference", reference.into()),
                            ("error", e.to_string().into()),
                        ],
                    ),
                );
                return;
            }
        }
    }

    fn stakeholders(&mut self, plan: &Plan) {
        let mut seen = BTreeSet::new();
        for (i, s) in plan.stakeholders.iter().enumerate() {
            let path = format!("$.stakeholders[{i}]");
            self.slug(&format!("{path}.id"), &s.id);
            if !seen.insert(s.id.as_str()) {
                self.push(
                    format!("{path}.id"),
                    ta(
                        "plans-problem-stakeholder-id-taken",
                        &[("id", s.id.as_str().into())],
                    ),
                );
            }
            self.required(&format!("{path}.name"), &s.name, "stakeholder");
        }
    }

    fn evaluation(&mut self, plan: &Plan) {
        let mut seen = BTreeMap::new();
        for (i, e) in plan.evaluation.iter().enumerate() {
            let path = format!("$.evaluation[{i}]");
            let outcome = plan.outcome(&e.outcome);
            if outcome.is_none() {
                self.push(
                    format!("{path}.outcome"),
                    ta(
                        "plans-problem-unknown-outcome",
                        &[("id", e.outcome.as_str().into())],
                    ),
                );
            }
            if let Some(first) = seen.insert(e.outcome.as_str(), i) {
                self.push(
                    format!("{path}.outcome"),
                    ta(
                        "plans-problem-evaluation-repeated",
                        &[
                            ("id", e.outcome.as_str().into()),
                            ("first", format!("$.evaluation[{first}]").into()),
                        ],
                    ),
                );
            }
            if let Some(outcome) = outcome {
                for (j, r) in e.indicators.iter().enumerate() {
                    if !outcome.indicators.iter().any(|ind| ind.indicator == *r) {
                        self.push(
                            format!("{path}.indicators[{j}]"),
                            ta(
                                "plans-problem-not-an-outcome-indicator",
                                &[("reference", r.into()), ("id", e.outcome.as_str().into())],
                            ),
                        );
                    }
                }
            }
            for (j, m) in e.methods.iter().enumerate() {
                if let Some(d) = &m.detail {
                    self.required(&format!("{path}.methods[{j}].detail"), d, "method-detail");
                }
            }
            for (j, s) in e.samples.iter().enumerate() {
                if s.intended_size == Some(0) {
                    self.push(
                        format!("{path}.samples[{j}].intended_size"),
                        t("plans-problem-sample-size-zero"),
                    );
                }
            }
            for (j, c) in e.collections.iter().enumerate() {
                self.required(
                    &format!("{path}.collections[{j}].label"),
                    &c.label,
                    "collection",
                );
            }
            if let Some(r) = &e.responsible
                && plan.stakeholder(r).is_none()
            {
                self.push(
                    format!("{path}.responsible"),
                    ta("plans-problem-unknown-stakeholder", &[("id", r.into())]),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::LANGUAGE_CAFE;

    fn problems(json: &str) -> Vec<PlanProblem> {
        match Plan::from_json(json) {
            Ok(_) => Vec::new(),
            Err(p) => p,
        }
    }

    fn paths(json: &str) -> Vec<String> {
        problems(json).into_iter().map(|p| p.path).collect()
    }

    fn minimal(extra: &str) -> String {
        format!(
            r#"{{"format_version": 1, "title": "T", "kind": "strategy", "goal": "G",
                "outcomes": [{{"id": "o1", "text": "O1"}}, {{"id": "o2", "text": "O2"}}],
                "outputs": [{{"id": "p1", "text": "P1"}}],
                "activities": [{{"id": "a1", "text": "A1"}}]{extra}}}"#
        )
    }

    #[test]
    fn a_minimal_plan_is_valid() {
        assert_eq!(problems(&minimal("")), vec![]);
    }

    #[test]
    fn a_syntax_error_reports_its_line_and_column() {
        let p = problems("{\n  \"format_version\": 1,\n  \"title\": \n}");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].line, Some(4));
        assert!(p[0].column.is_some());
    }

    #[test]
    fn an_unknown_field_is_a_reading_problem() {
        let p = problems(&minimal(r#", "colour": "red""#));
        assert_eq!(p.len(), 1);
        assert!(p[0].message.contains("colour"), "{}", p[0].message);
    }

    #[test]
    fn links_to_unknown_nodes_are_reported_at_their_path() {
        let json =
            minimal(r#", "links": [{"from": "a1", "to": "p1"}, {"from": "ghost", "to": "o1"}]"#);
        assert_eq!(paths(&json), vec!["$.links[1].from"]);
    }

    #[test]
    fn links_in_a_forbidden_direction_are_reported() {
        let json = minimal(
            r#", "links": [{"from": "a1", "to": "o1"}, {"from": "goal", "to": "o1"},
                           {"from": "p1", "to": "a1"}, {"from": "o1", "to": "o1"}]"#,
        );
        assert_eq!(
            paths(&json),
            vec!["$.links[0]", "$.links[1]", "$.links[2]", "$.links[3]"]
        );
    }

    #[test]
    fn duplicate_ids_and_the_reserved_goal_id_are_reported() {
        let json = r#"{"format_version": 1, "title": "T", "kind": "strategy", "goal": "G",
            "outcomes": [{"id": "x", "text": "O"}], "outputs": [{"id": "x", "text": "P"}],
            "activities": [{"id": "goal", "text": "A"}, {"id": "Bad Id", "text": "A"}]}"#;
        assert_eq!(
            paths(json),
            vec![
                "$.outputs[0].id",
                "$.activities[0].id",
                "$.activities[1].id"
            ]
        );
    }

    fn one_indicator(fields: &str) -> String {
        format!(
            r#"{{"format_version": 1, "title": "T", "kind": "intervention", "goal": "G",
                "outcomes": [{{"id": "o1", "text": "O1", "indicators": [
                    {{"indicator": "ioi-2019/bri-get-on-well", "direction": "up",
                      "groups": ["newcomers"]{fields}}}]}}]}}"#
        )
    }

    #[test]
    fn a_percentage_outside_0_to_100_is_refused_at_its_field() {
        let p = problems(&one_indicator(
            r#", "baseline": 20, "target": 120, "unit": {"kind": "percentage"}"#,
        ));
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "$.outcomes[0].indicators[0].target");
        assert_eq!(
            p[0].message,
            "120 is not a percentage: write a share of people between 0 and 100 (35 for 35%)."
        );
    }

    #[test]
    fn a_mean_outside_its_scale_or_without_one_is_refused() {
        let p = problems(&one_indicator(
            r#", "baseline": 60, "target": 70, "unit": {"kind": "mean", "min": 0, "max": 10}"#,
        ));
        assert_eq!(
            p.iter().map(|p| p.path.as_str()).collect::<Vec<_>>(),
            vec![
                "$.outcomes[0].indicators[0].baseline",
                "$.outcomes[0].indicators[0].target"
            ]
        );
        assert!(p[1].message.starts_with("70 is outside the scale 0 to 10"));
        let p = problems(&one_indicator(r#", "unit": {"kind": "mean"}"#));
        assert_eq!(p[0].path, "$.outcomes[0].indicators[0].unit.max");
        assert!(
            problems(&one_indicator(
                r#", "baseline": 5.5, "target": 7, "unit": {"kind": "mean", "min": 0, "max": 10}"#
            ))
            .is_empty()
        );
    }

    #[test]
    fn evidence_from_a_dataset_names_it() {
        let p = problems(&one_indicator(r#", "evidence": {"source": "dataset"}"#));
        assert_eq!(p[0].path, "$.outcomes[0].indicators[0].evidence.dataset");
        let p = problems(&one_indicator(
            r#", "evidence": {"source": "participants", "dataset": 1, "context": [2]}"#,
        ));
        assert_eq!(p[0].path, "$.outcomes[0].indicators[0].evidence.source");
        let p = problems(&one_indicator(
            r#", "evidence": {"source": "dataset", "dataset": 1, "filter": {"variable": "cafe", "value": " "}}"#,
        ));
        assert_eq!(p[0].path, "$.outcomes[0].indicators[0].evidence.filter");
    }

    #[test]
    fn a_plan_file_written_before_units_and_evidence_loads_as_context() {
        // The shipped example files predate units and evidence on some indicators.
        let plan = Plan::from_json(&one_indicator(r#", "baseline": 20, "target": 40"#))
            .expect("an old plan file loads");
        let ind = &plan.outcomes[0].indicators[0];
        assert_eq!(ind.unit, None);
        assert_eq!(ind.evidence, None);
        assert_eq!(ind.source(), SourceKind::Context);
        // Written back, it stays as it was: nothing is added to old files.
        assert!(!plan.to_json().contains("evidence"));
    }

    #[test]
    fn a_cycle_among_outcomes_is_reported_once() {
        let json =
            minimal(r#", "links": [{"from": "o1", "to": "o2"}, {"from": "o2", "to": "o1"}]"#);
        let p = problems(&json);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "$.outcomes[0]");
        assert!(p[0].message.contains("o1 → o2 → o1"), "{}", p[0].message);
    }

    #[test]
    fn blank_required_text_is_reported() {
        let json = r#"{"format_version": 1, "title": " ", "kind": "strategy", "goal": "",
            "outcomes": [{"id": "o1", "text": ""}],
            "stakeholders": [{"id": "s", "name": "", "kind": "funder", "involved_from": "design"}]}"#;
        assert_eq!(
            paths(json),
            vec![
                "$.title",
                "$.goal",
                "$.outcomes[0].text",
                "$.stakeholders[0].name"
            ]
        );
    }

    #[test]
    fn a_target_on_the_wrong_side_of_the_baseline_is_inconsistent() {
        let json = minimal(
            r#", "outcomes": [{"id": "o1", "text": "O", "indicators": [
                {"indicator": "ioi-2019/bon-lonely", "baseline": 20, "target": 30,
                 "direction": "down", "groups": ["both"]}]}]"#,
        )
        .replacen(
            r#""outcomes": [{"id": "o1", "text": "O1"}, {"id": "o2", "text": "O2"}],"#,
            "",
            1,
        );
        assert_eq!(paths(&json), vec!["$.outcomes[0].indicators[0].target"]);
    }

    #[test]
    fn indicator_references_and_groups_are_checked() {
        let json = r#"{"format_version": 1, "title": "T", "kind": "strategy", "goal": "G",
            "outcomes": [{"id": "o1", "text": "O", "indicators": [
                {"indicator": "lonely", "direction": "up", "groups": ["both"]},
                {"indicator": "local/missing", "direction": "up", "groups": ["martians"]},
                {"indicator": "ioi-2019/bon-lonely", "direction": "up", "groups": []}]}],
            "evaluation": [{"outcome": "nope", "responsible": "nobody"}]}"#;
        assert_eq!(
            paths(json),
            vec![
                "$.outcomes[0].indicators[0].indicator",
                "$.outcomes[0].indicators[1].indicator",
                "$.outcomes[0].indicators[1].groups[0]",
                "$.outcomes[0].indicators[2].groups",
                "$.evaluation[0].outcome",
                "$.evaluation[0].responsible",
            ]
        );
    }

    #[test]
    fn a_newer_format_version_is_refused() {
        let json = minimal("").replace("\"format_version\": 1", "\"format_version\": 2");
        assert_eq!(paths(&json), vec!["$.format_version"]);
    }

    #[test]
    fn a_bad_date_is_a_reading_problem_with_its_line() {
        let json = minimal(r#", "start_date": "1 September""#);
        let p = problems(&json);
        assert_eq!(p.len(), 1);
        assert!(p[0].message.contains("YYYY-MM-DD"), "{}", p[0].message);
    }

    #[test]
    fn problems_display_their_path_or_position() {
        let p = PlanProblem::at("$.title", "is blank");
        assert_eq!(p.to_string(), "$.title: is blank");
        let q = problems("{");
        assert!(q[0].to_string().starts_with("line 1, column"));
    }

    #[test]
    fn writing_and_reading_a_plan_gives_the_same_plan() {
        let plan = Plan::from_json(LANGUAGE_CAFE).expect("the café plan is valid");
        let again = Plan::from_json(&plan.to_json()).expect("the written plan is valid");
        assert_eq!(plan, again);
    }
}
