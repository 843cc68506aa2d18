//! Principle checks: does the plan follow the principles of the frameworks it uses, and the
//! guide's method?
//!
//! A plan is judged against the principles of every pack it uses (the packs of its domains and
//! of its indicators; the IOI framework when it names none yet). Each pack principle lists, in
//! its `checks`, the rules that test a plan against it; a rule serving several principles, of
//! one pack or several, runs once and says which principles it serves. The checks of the guide's
//! theory-of-change method run for every plan. The rules are written so that no two can
//! contradict each other; [`contradictions`] states the pairs that could and finds any that do.

mod consistency;
mod dimensions;
mod facts;
mod method;
mod parties;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use tessera_framework::{Catalogue, DomainRef};

use crate::model::Plan;

pub use consistency::{IMPLICATIONS, Implication, contradictions};

/// The pack plans fall back on when they name no domain or indicator yet.
const IOI: &str = "ioi-2019";
const PRINCIPLES_HREF: &str = "/frameworks/ioi-2019#principle-list";
const DOMAINS_HREF: &str = "/frameworks/ioi-2019#domains";

/// The ids of every check, in the order [`check`] returns them.
///
/// These are exactly the rules packs may list ([`tessera_framework::PRINCIPLE_CHECKS`]); a
/// plan gets those its packs' principles ask for, plus [`METHOD_CHECKS`].
pub const CHECK_IDS: [&str; 20] = [
    "several-domains",
    "several-domain-types",
    "social-connections-indicator",
    "not-only-own-service-domain",
    "receiving-community-measured",
    "stakeholders-of-all-three-kinds",
    "stakeholders-involved-in-design",
    "local-leadership",
    "partners-from-several-sectors",
    "theory-of-change-connected",
    "outcomes-have-indicators",
    "indicators-recognised",
    "indicators-have-baseline-and-target",
    "targets-from-local-baseline",
    "links-have-assumptions",
    "assumptions-have-evidence",
    "assumptions-holding",
    "learns-from-elsewhere",
    "evaluation-plan-before-start",
    "evaluation-during-the-work",
];

/// The checks of the guide's theory-of-change method, run for every plan whatever its packs.
pub const METHOD_CHECKS: [&str; 8] = [
    "theory-of-change-connected",
    "outcomes-have-indicators",
    "indicators-recognised",
    "links-have-assumptions",
    "assumptions-have-evidence",
    "assumptions-holding",
    "evaluation-plan-before-start",
    "evaluation-during-the-work",
];

/// The principle, or area of the guide's advice, that a check serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Principle {
    /// Integration is multi-dimensional.
    MultiDimensional,
    /// Integration is multi-directional (two-way).
    MultiDirectional,
    /// Integration is a shared responsibility.
    SharedResponsibility,
    /// Integration is context specific.
    ContextSpecific,
    /// The theory of change and its evaluation.
    Evaluation,
    /// A principle of another framework pack, named in [`Check::serves`].
    Pack,
}

impl Principle {
    /// The English words; for [`Principle::Pack`] prefer [`Check::principle_name`].
    pub fn label(self) -> &'static str {
        match self {
            Principle::MultiDimensional => "Integration is multi-dimensional",
            Principle::MultiDirectional => "Integration is multi-directional",
            Principle::SharedResponsibility => "Integration is a shared responsibility",
            Principle::ContextSpecific => "Integration is context specific",
            Principle::Evaluation => "Theory of change and evaluation",
            Principle::Pack => "A principle of the framework",
        }
    }

    /// The localisation key of [`Principle::label`].
    pub fn label_key(self) -> &'static str {
        match self {
            Principle::MultiDimensional => "plans-principle-multi-dimensional",
            Principle::MultiDirectional => "plans-principle-multi-directional",
            Principle::SharedResponsibility => "plans-principle-shared-responsibility",
            Principle::ContextSpecific => "plans-principle-context-specific",
            Principle::Evaluation => "plans-principle-evaluation",
            Principle::Pack => "plans-principle-pack",
        }
    }

    /// The words to show, in the language of the request being handled.
    pub fn text(self) -> String {
        tessera_l10n::t(self.label_key())
    }

    /// The IOI principle a pack principle is, if it is one of the four.
    fn of(pack: &str, principle: &str) -> Principle {
        match (pack, principle) {
            (IOI, "multi-dimensional") => Principle::MultiDimensional,
            (IOI, "multi-directional") => Principle::MultiDirectional,
            (IOI, "shared-responsibility") => Principle::SharedResponsibility,
            (IOI, "context-specific") => Principle::ContextSpecific,
            _ => Principle::Pack,
        }
    }
}

/// The outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    /// The plan does what the check asks.
    Pass,
    /// The plan does not, and should before the work starts.
    Fail,
    /// Worth a second look: advice rather than a rule.
    Warn,
    /// There is nothing yet for the check to look at.
    NotApplicable,
}

impl CheckStatus {
    /// The localisation key of the status's words ("Passed", "To fix", "Advice", "Not applicable").
    pub fn label_key(self) -> &'static str {
        match self {
            CheckStatus::Pass => "plans-check-status-pass",
            CheckStatus::Fail => "plans-check-status-fail",
            CheckStatus::Warn => "plans-check-status-warn",
            CheckStatus::NotApplicable => "plans-check-status-not-applicable",
        }
    }

    /// The status's words in the language of the request being handled.
    pub fn text(self) -> String {
        tessera_l10n::t(self.label_key())
    }
}

/// A pack principle a check tests the plan against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServedPrinciple {
    /// The pack (`inclusive-cities`).
    pub pack: String,
    /// The principle's id in the pack.
    pub principle: String,
    /// The principle's name, as the pack gives it.
    pub name: String,
}

/// The result of one principle check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// A stable slug, one of [`CHECK_IDS`].
    pub id: String,
    /// The principle the check serves (the first of [`Check::serves`], when it is one of IOI's).
    pub principle: Principle,
    /// The result.
    pub status: CheckStatus,
    /// What the check asks for, as a short heading.
    pub title: String,
    /// What was found and, unless it passed, what to do to pass.
    pub explanation: String,
    /// The particular items that need attention, one sentence each.
    pub details: Vec<String>,
    /// A framework page that helps.
    pub help_href: String,
    /// Every pack principle the check tests the plan against, in pack order; empty for a check
    /// of the guide's method that no principle lists.
    #[serde(default)]
    pub serves: Vec<ServedPrinciple>,
    /// What each of [`Check::details`] is about, in the same order, in words that do not depend
    /// on the language the details are written in (`institutions`, `target-without-baseline`):
    /// [`contradictions`] compares these. Not part of the JSON.
    #[serde(skip)]
    pub detail_tags: Vec<&'static str>,
}

impl Check {
    /// Whether the check failed or warned.
    pub fn needs_attention(&self) -> bool {
        matches!(self.status, CheckStatus::Fail | CheckStatus::Warn)
    }

    /// The name of the principle to show with the check: the first pack principle it serves,
    /// or its [`Principle`]'s label (in English: the name packs are written in).
    pub fn principle_name(&self) -> &str {
        self.serves
            .first()
            .map_or(self.principle.label(), |s| s.name.as_str())
    }

    /// [`Check::principle_name`] in the language of the request being handled, with the
    /// language it is actually in (`en` where the pack has no translation of the principle, so
    /// a page can mark it with `lang`).
    pub fn principle_name_localised(&self, catalogue: &Catalogue) -> (String, &'static str) {
        let lang = tessera_l10n::current();
        let Some(served) = self.serves.first() else {
            return (self.principle.text(), lang.code());
        };
        let found = catalogue.pack(&served.pack).and_then(|p| {
            p.principles
                .iter()
                .find(|pr| pr.id.as_str() == served.principle)
        });
        match found {
            Some(p) => {
                let l = p.localised_name(lang.code());
                let in_lang = if l.lang == lang.code() {
                    lang.code()
                } else {
                    "en"
                };
                (l.text.to_owned(), in_lang)
            }
            None => (served.name.clone(), "en"),
        }
    }
}

/// The packs a plan uses, in the order first met: those of its domains, then of its indicators
/// (a local indicator counts with the domain it names). A plan that names none yet uses IOI.
pub fn packs_used(plan: &Plan, catalogue: &Catalogue) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |pack: &str| {
        if catalogue.pack(pack).is_some() && !out.iter().any(|p| p == pack) {
            out.push(pack.to_owned());
        }
    };
    for d in &plan.domains {
        if let Ok(r) = DomainRef::parse(d) {
            add(r.pack.as_str());
        }
    }
    for (_, ind) in plan.outcome_indicators() {
        let reference = ind.indicator.as_str();
        if reference.starts_with("local/") {
            if let Some(r) = plan
                .local_indicator(reference)
                .and_then(|l| l.domain.as_deref())
                .and_then(|d| DomainRef::parse(d).ok())
            {
                add(r.pack.as_str());
            }
        } else if let Some(found) = catalogue.indicator(reference) {
            add(found.pack.as_str());
        }
    }
    if out.is_empty() {
        out.push(IOI.to_owned());
    }
    out
}

/// Runs the checks the plan's packs ask for and the guide's method checks, in the order of
/// [`CHECK_IDS`].
///
/// The plan need not be valid: unknown references are skipped (validation reports them).
pub fn check(plan: &Plan, catalogue: &Catalogue) -> Vec<Check> {
    let packs = packs_used(plan, catalogue);
    // Which pack principles ask for each check, in pack order.
    let mut serves: Vec<(&str, ServedPrinciple)> = Vec::new();
    for id in &packs {
        let Some(pack) = catalogue.pack(id) else {
            continue;
        };
        for p in &pack.principles {
            for c in &p.checks {
                if let Some(known) = CHECK_IDS.iter().find(|k| **k == c.as_str()) {
                    serves.push((
                        known,
                        ServedPrinciple {
                            pack: pack.id.to_string(),
                            principle: p.id.to_string(),
                            name: p.name.clone(),
                        },
                    ));
                }
            }
        }
    }
    let facts = facts::Facts::gather(plan, catalogue);
    let mut out = Vec::new();
    for id in CHECK_IDS {
        let served: Vec<ServedPrinciple> = serves
            .iter()
            .filter(|(c, _)| *c == id)
            .map(|(_, s)| s.clone())
            .collect();
        if served.is_empty() && !METHOD_CHECKS.contains(&id) {
            continue;
        }
        let Some(mut c) = run(id, plan, &facts) else {
            continue;
        };
        if let Some(first) = served.first() {
            c.principle = Principle::of(&first.pack, &first.principle);
            if first.pack != IOI && c.help_href == PRINCIPLES_HREF {
                c.help_href = format!("/frameworks/{}#principle-list", first.pack);
            }
        }
        c.serves = served;
        out.push(c);
    }
    out
}

/// Runs one rule by its id; `None` for an id no rule has.
fn run(id: &str, plan: &Plan, f: &facts::Facts) -> Option<Check> {
    Some(match id {
        "several-domains" => dimensions::several_domains(f),
        "several-domain-types" => dimensions::several_domain_types(f),
        "social-connections-indicator" => dimensions::social_connections(f),
        "not-only-own-service-domain" => dimensions::own_service_domain(plan, f),
        "receiving-community-measured" => parties::receiving_community(plan),
        "stakeholders-of-all-three-kinds" => parties::stakeholders_all_kinds(plan),
        "stakeholders-involved-in-design" => parties::stakeholders_in_design(plan),
        "local-leadership" => parties::local_leadership(plan),
        "partners-from-several-sectors" => parties::partners_from_several_sectors(plan),
        "theory-of-change-connected" => method::connected(plan),
        "outcomes-have-indicators" => method::outcomes_have_indicators(plan),
        "indicators-recognised" => method::indicators_recognised(f),
        "indicators-have-baseline-and-target" => method::baselines_and_targets(plan),
        "targets-from-local-baseline" => method::local_baselines(plan),
        "links-have-assumptions" => method::links_have_assumptions(plan),
        "assumptions-have-evidence" => method::assumptions_have_evidence(plan),
        "assumptions-holding" => method::assumptions_holding(plan),
        "learns-from-elsewhere" => method::learns_from_elsewhere(plan),
        "evaluation-plan-before-start" => method::evaluation_before_start(plan),
        "evaluation-during-the-work" => method::evaluation_during(plan),
        _ => return None,
    })
}

/// A check's result. The title is the message `plans-check-<id>-title`; each detail comes with
/// its tag (what it is about, whatever the language).
fn result(
    id: &str,
    principle: Principle,
    status: CheckStatus,
    explanation: String,
    details: Vec<(&'static str, String)>,
    help_href: &str,
) -> Check {
    let (detail_tags, details) = details.into_iter().unzip();
    Check {
        id: id.to_owned(),
        principle,
        status,
        title: t(&format!("plans-check-{id}-title")),
        explanation,
        details,
        help_href: help_href.to_owned(),
        serves: Vec::new(),
        detail_tags,
    }
}

/// The message `key` in the language of the request being handled.
fn t(key: &str) -> String {
    tessera_l10n::t(key)
}

/// The message `key` with values, in the language of the request being handled.
fn ta(key: &str, args: &[(&str, tessera_l10n::Arg)]) -> String {
    tessera_l10n::ta(key, args)
}
