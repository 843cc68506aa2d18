//! What an edit changed in a plan, read from the plan before and after as the audit log keeps
//! them, in sentences: "Sam Jones changed the target of ‘Share who feel confident speaking
//! English’ from 30% to 40%".
//!
//! Items with ids (outcomes, outputs, activities, target groups, stakeholders, local
//! indicators) are matched by id, so a renamed item is "changed", not "removed and added";
//! barriers and links have no ids and are matched by their text and their ends.

use tessera_framework::Catalogue;
use tessera_l10n::{Arg, ta};
use tessera_plan::{NodeKind, OutcomeIndicator, Plan};

/// Everything an edit changed in a plan, each as a sentence naming `who`, in the order of the
/// plan's parts. Empty when nothing a person would notice changed.
pub fn sentences(who: &str, before: &Plan, after: &Plan, catalogue: &Catalogue) -> Vec<String> {
    let mut out = Vec::new();
    let say = |out: &mut Vec<String>, key: &str, args: &[(&str, Arg)]| {
        let mut all: Vec<(&str, Arg)> = vec![("who", who.into())];
        all.extend(args.iter().cloned());
        out.push(ta(key, &all));
    };
    if before.title != after.title {
        say(
            &mut out,
            "audit-change-title",
            &[
                ("before", before.title.as_str().into()),
                ("after", after.title.as_str().into()),
            ],
        );
    }
    if before.kind != after.kind
        || before.problem != after.problem
        || before.start_date != after.start_date
        || before.domains != after.domains
    {
        say(&mut out, "audit-change-details", &[]);
    }
    if before.goal != after.goal {
        say(
            &mut out,
            "audit-change-goal",
            &[("after", after.goal.as_str().into())],
        );
    }
    by_id(
        &mut out,
        who,
        "target-group",
        before.target_groups.iter().map(|g| (&g.id, &g.name, g)),
        after.target_groups.iter().map(|g| (&g.id, &g.name, g)),
    );
    let node_kinds = [
        (NodeKind::Outcome, "outcome"),
        (NodeKind::Output, "output"),
        (NodeKind::Activity, "activity"),
    ];
    for (kind, word) in node_kinds {
        let of = |plan: &Plan| -> Vec<(String, String, String)> {
            plan.nodes()
                .into_iter()
                .filter(|n| n.kind() == kind)
                .map(|n| {
                    // Compare what a node says and, for activities, what it needs.
                    let whole = match kind {
                        NodeKind::Activity => plan
                            .activities
                            .iter()
                            .find(|a| a.id == n.id())
                            .map(|a| format!("{}\u{1f}{}", a.text, a.resources.join("\u{1f}")))
                            .unwrap_or_default(),
                        _ => n.text().to_owned(),
                    };
                    (n.id().to_owned(), n.text().to_owned(), whole)
                })
                .collect()
        };
        let (b, a) = (of(before), of(after));
        by_id(
            &mut out,
            who,
            word,
            b.iter().map(|(id, text, whole)| (id, text, whole)),
            a.iter().map(|(id, text, whole)| (id, text, whole)),
        );
    }
    links(&mut out, who, before, after);
    by_text(
        &mut out,
        who,
        "barrier",
        before.barriers.iter().map(|b| (b.text.as_str(), b)),
        after.barriers.iter().map(|b| (b.text.as_str(), b)),
    );
    by_id(
        &mut out,
        who,
        "stakeholder",
        before.stakeholders.iter().map(|s| (&s.id, &s.name, s)),
        after.stakeholders.iter().map(|s| (&s.id, &s.name, s)),
    );
    by_id(
        &mut out,
        who,
        "local-indicator",
        before.local_indicators.iter().map(|l| (&l.id, &l.name, l)),
        after.local_indicators.iter().map(|l| (&l.id, &l.name, l)),
    );
    indicators(&mut out, who, before, after, catalogue);
    evaluations(&mut out, who, before, after);
    out
}

/// Added, removed and changed items matched by id; `name` is what the sentence calls them.
fn by_id<'a, T: PartialEq + 'a>(
    out: &mut Vec<String>,
    who: &str,
    kind: &str,
    before: impl Iterator<Item = (&'a String, &'a String, T)>,
    after: impl Iterator<Item = (&'a String, &'a String, T)>,
) {
    let before: Vec<_> = before.collect();
    let after: Vec<_> = after.collect();
    for (id, name, item) in &after {
        match before.iter().find(|(b, _, _)| b == id) {
            None => out.push(item_sentence("added", who, kind, name, None)),
            Some((_, old_name, old)) if old != item => out.push(item_sentence(
                "changed",
                who,
                kind,
                old_name,
                (old_name != name).then_some(name.as_str()),
            )),
            Some(_) => {}
        }
    }
    for (id, name, _) in &before {
        if !after.iter().any(|(a, _, _)| a == id) {
            out.push(item_sentence("removed", who, kind, name, None));
        }
    }
}

/// Added and removed items matched by their text (an edited text reads as removed and added,
/// unless one item was replaced by one other at the same place).
fn by_text<'a, T: 'a>(
    out: &mut Vec<String>,
    who: &str,
    kind: &str,
    before: impl Iterator<Item = (&'a str, T)>,
    after: impl Iterator<Item = (&'a str, T)>,
) {
    let before: Vec<&str> = before.map(|(t, _)| t).collect();
    let after: Vec<&str> = after.map(|(t, _)| t).collect();
    let added: Vec<&str> = after
        .iter()
        .filter(|t| !before.contains(t))
        .copied()
        .collect();
    let removed: Vec<&str> = before
        .iter()
        .filter(|t| !after.contains(t))
        .copied()
        .collect();
    if added.len() == 1 && removed.len() == 1 && before.len() == after.len() {
        out.push(item_sentence(
            "changed",
            who,
            kind,
            removed[0],
            Some(added[0]),
        ));
        return;
    }
    for text in added {
        out.push(item_sentence("added", who, kind, text, None));
    }
    for text in removed {
        out.push(item_sentence("removed", who, kind, text, None));
    }
}

/// "Sam added the barrier ‘…’", "Sam changed the outcome ‘…’ to ‘…’".
fn item_sentence(change: &str, who: &str, kind: &str, name: &str, renamed: Option<&str>) -> String {
    let mut args: Vec<(&str, Arg)> = vec![
        ("who", who.into()),
        ("kind", kind.into()),
        ("name", name.into()),
    ];
    let key = match (change, renamed) {
        ("changed", Some(new)) => {
            args.push(("after", new.into()));
            "audit-change-item-renamed"
        }
        ("changed", None) => "audit-change-item-changed",
        ("added", _) => "audit-change-item-added",
        _ => "audit-change-item-removed",
    };
    ta(key, &args)
}

fn node_text(plan: &Plan, id: &str) -> String {
    plan.node(id)
        .map_or_else(|| id.to_owned(), |n| n.text().to_owned())
}

fn links(out: &mut Vec<String>, who: &str, before: &Plan, after: &Plan) {
    for link in &after.links {
        let ends = |p: &Plan| {
            (
                ("from", Arg::from(node_text(p, &link.from))),
                ("to", Arg::from(node_text(p, &link.to))),
            )
        };
        match before
            .links
            .iter()
            .find(|l| l.from == link.from && l.to == link.to)
        {
            None => {
                let (from, to) = ends(after);
                out.push(ta(
                    "audit-change-link-added",
                    &[("who", who.into()), from, to],
                ));
            }
            Some(old) if old.assumptions != link.assumptions => {
                let (from, to) = ends(after);
                out.push(ta(
                    "audit-change-link-assumptions",
                    &[("who", who.into()), from, to],
                ));
            }
            Some(_) => {}
        }
    }
    for link in &before.links {
        if !after
            .links
            .iter()
            .any(|l| l.from == link.from && l.to == link.to)
        {
            out.push(ta(
                "audit-change-link-removed",
                &[
                    ("who", who.into()),
                    ("from", node_text(before, &link.from).into()),
                    ("to", node_text(before, &link.to).into()),
                ],
            ));
        }
    }
}

/// The name of an indicator a plan refers to, in the page's language where the pack has it.
pub(crate) fn indicator_name(plan: &Plan, catalogue: &Catalogue, reference: &str) -> String {
    if let Some(local) = plan.local_indicator(reference) {
        return local.name.clone();
    }
    let lang = tessera_l10n::current();
    catalogue
        .indicator(reference)
        .map(|i| i.name_in(lang.code()).to_owned())
        .unwrap_or_else(|| reference.to_owned())
}

/// A baseline or target as the plan's pages write it: a percentage for a share of people (the
/// plan stores 35 for 35%), else the number; "not set" when there is none.
fn value(x: Option<f64>, percent: bool) -> String {
    match x {
        None => tessera_l10n::t("audit-value-none"),
        Some(v) => {
            let decimals = if v.fract() == 0.0 { 0 } else { 1 };
            if percent {
                tessera_l10n::percent(v / 100.0, decimals)
            } else {
                tessera_l10n::number(v, decimals)
            }
        }
    }
}

/// The outcome indicators of a plan keyed by outcome, reference and which use of that reference
/// it is (an outcome may measure one indicator twice, for different groups).
fn keyed(
    plan: &Plan,
) -> Vec<(
    (String, String, usize),
    &tessera_plan::Outcome,
    &OutcomeIndicator,
)> {
    let mut out = Vec::new();
    for outcome in &plan.outcomes {
        for (i, indicator) in outcome.indicators.iter().enumerate() {
            let nth = outcome.indicators[..i]
                .iter()
                .filter(|o| o.indicator == indicator.indicator)
                .count();
            out.push((
                (outcome.id.clone(), indicator.indicator.clone(), nth),
                outcome,
                indicator,
            ));
        }
    }
    out
}

fn indicators(
    out: &mut Vec<String>,
    who: &str,
    before: &Plan,
    after: &Plan,
    catalogue: &Catalogue,
) {
    let old_all = keyed(before);
    let new_all = keyed(after);
    for (key, outcome, new) in &new_all {
        let name = indicator_name(after, catalogue, &new.indicator);
        let base = [
            ("who", Arg::from(who)),
            ("indicator", Arg::from(name.as_str())),
            ("outcome", Arg::from(outcome.text.as_str())),
        ];
        let Some((_, _, old)) = old_all.iter().find(|(k, _, _)| k == key) else {
            out.push(ta("audit-change-indicator-added", &base));
            continue;
        };
        let percent = crate::plans::is_percentage(catalogue, &new.indicator);
        for (message, b, a) in [
            ("audit-change-baseline", old.baseline, new.baseline),
            ("audit-change-target", old.target, new.target),
        ] {
            if b != a {
                let mut args = base.to_vec();
                args.push(("before", value(b, percent).into()));
                args.push(("after", value(a, percent).into()));
                out.push(ta(message, &args));
            }
        }
        if old.target_date != new.target_date {
            let day = |d: Option<time::Date>| {
                d.map_or_else(|| tessera_l10n::t("audit-value-none"), tessera_l10n::date)
            };
            let mut args = base.to_vec();
            args.push(("before", day(old.target_date).into()));
            args.push(("after", day(new.target_date).into()));
            out.push(ta("audit-change-target-date", &args));
        }
        let rest_differs = old.baseline_source != new.baseline_source
            || old.baseline_note != new.baseline_note
            || old.direction != new.direction
            || old.groups != new.groups;
        if rest_differs {
            out.push(ta("audit-change-indicator-changed", &base));
        }
    }
    for (key, outcome, old) in &old_all {
        if !new_all.iter().any(|(k, _, _)| k == key) {
            out.push(ta(
                "audit-change-indicator-removed",
                &[
                    ("who", who.into()),
                    (
                        "indicator",
                        indicator_name(before, catalogue, &old.indicator).into(),
                    ),
                    ("outcome", outcome.text.as_str().into()),
                ],
            ));
        }
    }
}

fn evaluations(out: &mut Vec<String>, who: &str, before: &Plan, after: &Plan) {
    for evaluation in &after.evaluation {
        let old = before.evaluation_for(&evaluation.outcome);
        if old != Some(evaluation) {
            out.push(ta(
                "audit-change-evaluation",
                &[
                    ("who", who.into()),
                    ("outcome", node_text(after, &evaluation.outcome).into()),
                ],
            ));
        }
    }
    for evaluation in &before.evaluation {
        if after.evaluation_for(&evaluation.outcome).is_none() {
            out.push(ta(
                "audit-change-evaluation-removed",
                &[
                    ("who", who.into()),
                    ("outcome", node_text(before, &evaluation.outcome).into()),
                ],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cafe() -> Plan {
        Plan::from_json(tessera_plan::examples::LANGUAGE_CAFE).expect("the example is valid")
    }

    #[test]
    fn a_changed_target_reads_as_a_sentence_with_percentages() {
        let catalogue = Catalogue::shipped().expect("packs");
        let before = cafe();
        let mut after = before.clone();
        let (outcome, reference) = after
            .outcomes
            .iter()
            .flat_map(|o| {
                o.indicators
                    .iter()
                    .map(move |i| (o.id.clone(), i.indicator.clone()))
            })
            .find(|(_, r)| crate::plans::is_percentage(&catalogue, r))
            .expect("a proportion in the example");
        let indicator = after
            .outcomes
            .iter_mut()
            .find(|o| o.id == outcome)
            .and_then(|o| o.indicators.iter_mut().find(|i| i.indicator == reference))
            .expect("found");
        // Whatever the example says, 40% is a change.
        indicator.target = Some(if indicator.target == Some(40.0) {
            45.0
        } else {
            40.0
        });
        let new_target = indicator.target;
        let old_target = before
            .outcome(&outcome)
            .and_then(|o| o.indicators.iter().find(|i| i.indicator == reference))
            .and_then(|i| i.target);
        let name = indicator_name(&after, &catalogue, &reference);
        let said = sentences("Sam Jones", &before, &after, &catalogue);
        let old = match old_target {
            Some(t) => format!("{}%", t),
            None => "not set".to_owned(),
        };
        let new = format!("{}%", new_target.unwrap_or_default());
        assert_eq!(
            said,
            [format!(
                "Sam Jones changed the target of ‘{name}’ from {old} to {new}"
            )]
        );
        let welsh = tessera_l10n::sync_scope(tessera_l10n::Lang::Cy, || {
            sentences("Sam Jones", &before, &after, &catalogue)
        });
        assert!(welsh[0].contains("Sam Jones"), "{welsh:?}");
        assert!(welsh[0].contains(&new), "{welsh:?}");
        assert_ne!(welsh, said);
    }

    #[test]
    fn added_renamed_and_removed_items_are_each_said_once() {
        let catalogue = Catalogue::shipped().expect("packs");
        let before = cafe();
        let mut after = before.clone();
        after.title = "Café for everyone".to_owned();
        let first = after.outcomes[0].text.clone();
        after.outcomes[0].text = "Neighbours talk more".to_owned();
        after.barriers.push(tessera_plan::Barrier {
            text: "No evening buses".to_owned(),
            domain: None,
        });
        let removed = after.stakeholders.remove(0).name;
        let said = sentences("Ana", &before, &after, &catalogue);
        assert_eq!(
            said,
            [
                format!(
                    "Ana renamed the plan ‘{}’ to ‘Café for everyone’",
                    before.title
                ),
                format!("Ana changed the intermediate outcome ‘{first}’ to ‘Neighbours talk more’"),
                "Ana added the barrier ‘No evening buses’".to_owned(),
                format!("Ana removed the stakeholder ‘{removed}’"),
            ]
        );
        assert!(sentences("Ana", &before, &before, &catalogue).is_empty());
    }
}
