//! The pairs of checks that could contradict each other, and a test for contradictions.
//!
//! Two checks contradict when one passes with a claim the other's result denies: "Measures more
//! than one type of domain" passing while "Measures more than one domain" fails, say. Every
//! such pair found in the rules is listed in [`IMPLICATIONS`]; the rules are written so that
//! none can happen, and [`contradictions`] finds any that does (the tests run it on every plan
//! in the fixtures and on generated plans).

use super::{Check, CheckStatus};

/// What one check passing says about another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Implication {
    /// The other passes too (or does not apply).
    Passes,
    /// The other has something to look at: it is not "not applicable".
    Applies,
    /// None of the other's details is about this: no detail has this tag
    /// ([`Check::detail_tags`]), whatever language the details are written in.
    Excludes(&'static str),
}

/// Every pair of checks that could contradict: `(check, other, what the check passing says
/// about the other, why)`.
pub const IMPLICATIONS: &[(&str, &str, Implication, &str)] = &[
    (
        "several-domain-types",
        "several-domains",
        Implication::Passes,
        "two types of domain need two domains",
    ),
    (
        "not-only-own-service-domain",
        "several-domains",
        Implication::Passes,
        "reaching beyond the plan's own area is judged only once two domains are measured",
    ),
    (
        "stakeholders-involved-in-design",
        "stakeholders-of-all-three-kinds",
        Implication::Passes,
        "each kind involved in the design means each kind is named",
    ),
    (
        "local-leadership",
        "stakeholders-involved-in-design",
        Implication::Excludes("institutions"),
        "a public body in the design means institutions take part in the design",
    ),
    (
        "local-leadership",
        "stakeholders-of-all-three-kinds",
        Implication::Excludes("institutions"),
        "a public body named means institutions are named",
    ),
    (
        "partners-from-several-sectors",
        "stakeholders-of-all-three-kinds",
        Implication::Excludes("institutions"),
        "partners from two sectors means institutions are named",
    ),
    (
        "targets-from-local-baseline",
        "indicators-have-baseline-and-target",
        Implication::Excludes("target-without-baseline"),
        "every target set against a local baseline means no target lacks a baseline",
    ),
    (
        "several-domains",
        "indicators-have-baseline-and-target",
        Implication::Applies,
        "two domains measured means there are indicators",
    ),
    (
        "theory-of-change-connected",
        "outcomes-have-indicators",
        Implication::Applies,
        "a connected theory of change has intermediate outcomes",
    ),
    (
        "links-have-assumptions",
        "assumptions-have-evidence",
        Implication::Applies,
        "links with assumptions give the evidence check something to look at",
    ),
    (
        "learns-from-elsewhere",
        "assumptions-have-evidence",
        Implication::Applies,
        "research evidence is evidence for an assumption",
    ),
];

/// Every pair among `checks` that contradicts, described in a sentence; empty when none do.
pub fn contradictions(checks: &[Check]) -> Vec<String> {
    let find = |id: &str| checks.iter().find(|c| c.id == id);
    let mut out = Vec::new();
    for &(a, b, implication, why) in IMPLICATIONS {
        let (Some(a), Some(b)) = (find(a), find(b)) else {
            continue;
        };
        if a.status != CheckStatus::Pass {
            continue;
        }
        let broken = match implication {
            Implication::Passes => matches!(b.status, CheckStatus::Fail | CheckStatus::Warn),
            Implication::Applies => b.status == CheckStatus::NotApplicable,
            Implication::Excludes(tag) => b.detail_tags.contains(&tag),
        };
        if broken {
            out.push(format!(
                "\u{201c}{}\u{201d} passes but \u{201c}{}\u{201d} is {:?} ({why})",
                a.title, b.title, b.status
            ));
        }
    }
    out
}
