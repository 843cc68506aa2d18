//! Principle checks: does the plan follow the framework's key principles and the guide's advice?

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use tessera_framework::{Catalogue, DomainRef};

use crate::model::{AssumptionStatus, GOAL_ID, NodeKind, Plan, Side, Stage, StakeholderKind};

/// The pack whose domain types and pages the checks refer to.
const IOI: &str = "ioi-2019";
/// The IOI domain type holding Social Bonds, Social Bridges and Social Links.
const SOCIAL_CONNECTIONS: &str = "social-connections";
const PRINCIPLES_HREF: &str = "/frameworks/ioi-2019#principle-list";
const DOMAINS_HREF: &str = "/frameworks/ioi-2019#domains";

/// The ids of every check, in the order [`check`] returns them.
pub const CHECK_IDS: [&str; 17] = [
    "several-domains",
    "several-domain-types",
    "social-connections-indicator",
    "not-only-own-service-domain",
    "receiving-community-measured",
    "stakeholders-of-all-three-kinds",
    "stakeholders-involved-in-design",
    "theory-of-change-connected",
    "outcomes-have-indicators",
    "indicators-recognised",
    "indicators-have-baseline-and-target",
    "targets-from-local-baseline",
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
}

impl Principle {
    /// The words to show.
    pub fn label(self) -> &'static str {
        match self {
            Principle::MultiDimensional => "Integration is multi-dimensional",
            Principle::MultiDirectional => "Integration is multi-directional",
            Principle::SharedResponsibility => "Integration is a shared responsibility",
            Principle::ContextSpecific => "Integration is context specific",
            Principle::Evaluation => "Theory of change and evaluation",
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

/// The result of one principle check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// A stable slug, one of [`CHECK_IDS`].
    pub id: String,
    /// The principle the check serves.
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
}

impl Check {
    /// Whether the check failed or warned.
    pub fn needs_attention(&self) -> bool {
        matches!(self.status, CheckStatus::Fail | CheckStatus::Warn)
    }
}

/// Runs every principle check on a plan, in the order of [`CHECK_IDS`].
///
/// The plan need not be valid: unknown references are skipped (validation reports them).
pub fn check(plan: &Plan, catalogue: &Catalogue) -> Vec<Check> {
    let facts = Facts::gather(plan, catalogue);
    vec![
        several_domains(&facts),
        several_domain_types(&facts),
        social_connections(&facts),
        own_service_domain(plan, &facts),
        receiving_community(plan),
        stakeholders_all_kinds(plan),
        stakeholders_in_design(plan),
        connected(plan),
        outcomes_have_indicators(plan),
        indicators_recognised(&facts),
        baselines_and_targets(plan),
        local_baselines(plan),
        links_have_assumptions(plan),
        assumptions_have_evidence(plan),
        assumptions_holding(plan),
        evaluation_before_start(plan),
        evaluation_during(plan),
    ]
}

/// What the checks need to know about each indicator of the plan, looked up once.
struct Facts {
    /// Number of indicator entries across all outcomes.
    indicators: usize,
    /// Distinct `<pack>/<domain>` of the indicators that could be resolved.
    domains: BTreeSet<String>,
    /// Distinct `<pack>/<domain-type>` of those domains.
    domain_types: BTreeSet<String>,
    /// Whether any indicator measures a Social Connections domain.
    social_connection: bool,
    /// References that name no known indicator.
    unknown: Vec<String>,
    /// Domain names, for messages.
    domain_names: HashMap<String, String>,
}

impl Facts {
    fn gather(plan: &Plan, catalogue: &Catalogue) -> Self {
        let mut facts = Facts {
            indicators: 0,
            domains: BTreeSet::new(),
            domain_types: BTreeSet::new(),
            social_connection: false,
            unknown: Vec::new(),
            domain_names: HashMap::new(),
        };
        for (_, ind) in plan.outcome_indicators() {
            facts.indicators += 1;
            let reference = ind.indicator.as_str();
            // A plan-local indicator names its domain itself; anything else must be in the catalogue.
            let (domain, crosswalk): (Option<DomainRef>, Vec<DomainRef>) =
                if reference.starts_with("local/") {
                    let domain = plan
                        .local_indicator(reference)
                        .and_then(|l| l.domain.as_deref())
                        .and_then(|d| DomainRef::parse(d).ok());
                    if plan.local_indicator(reference).is_none() {
                        facts.unknown.push(reference.to_owned());
                    }
                    (domain, Vec::new())
                } else if let Some(found) = catalogue.indicator(reference) {
                    (
                        Some(DomainRef {
                            pack: found.pack.clone(),
                            domain: found.domain.clone(),
                        }),
                        found.crosswalk.clone(),
                    )
                } else {
                    facts.unknown.push(reference.to_owned());
                    (None, Vec::new())
                };
            let Some(domain) = domain else { continue };
            let Some(d) = catalogue.domain(domain.pack.as_str(), domain.domain.as_str()) else {
                continue;
            };
            let key = domain.to_string();
            facts.domain_names.insert(key.clone(), d.name.clone());
            facts.domains.insert(key);
            // A pack without domain types (Inclusive Cities, say) borrows them from the IOI
            // domains its indicators are crosswalked to.
            let mut types: Vec<(String, String)> = Vec::new();
            if let Some(t) = &d.domain_type {
                types.push((domain.pack.to_string(), t.to_string()));
            } else {
                for c in &crosswalk {
                    if let Some(cd) = catalogue.domain(c.pack.as_str(), c.domain.as_str())
                        && let Some(t) = &cd.domain_type
                    {
                        types.push((c.pack.to_string(), t.to_string()));
                    }
                }
            }
            for c in &crosswalk {
                if let Some(cd) = catalogue.domain(c.pack.as_str(), c.domain.as_str())
                    && c.pack == IOI
                    && cd
                        .domain_type
                        .as_ref()
                        .is_some_and(|t| *t == SOCIAL_CONNECTIONS)
                {
                    facts.social_connection = true;
                }
            }
            for (pack, t) in types {
                if pack == IOI && t == SOCIAL_CONNECTIONS {
                    facts.social_connection = true;
                }
                facts.domain_types.insert(format!("{pack}/{t}"));
            }
        }
        facts
    }

    fn domain_name(&self, key: &str) -> String {
        self.domain_names
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_owned())
    }
}

fn result(
    id: &str,
    principle: Principle,
    status: CheckStatus,
    title: &str,
    explanation: impl Into<String>,
    details: Vec<String>,
    help_href: &str,
) -> Check {
    Check {
        id: id.to_owned(),
        principle,
        status,
        title: title.to_owned(),
        explanation: explanation.into(),
        details,
        help_href: help_href.to_owned(),
    }
}

fn several_domains(f: &Facts) -> Check {
    let (status, explanation) = match f.domains.len() {
        0 => (
            CheckStatus::Fail,
            "No indicator yet points to a framework domain. Add indicators to your outcomes, \
             drawn from at least two domains, so the plan looks at more than one part of life.",
        ),
        1 => (
            CheckStatus::Fail,
            "Every indicator sits in the same domain. Integration happens in many parts of life \
             at once; add an indicator from at least one other domain that your work is likely to \
             affect.",
        ),
        _ => (
            CheckStatus::Pass,
            "The indicators cover more than one domain, so the plan looks at integration in more \
             than one part of life.",
        ),
    };
    let details = if f.domains.len() == 1 {
        f.domains
            .iter()
            .map(|d| format!("All indicators measure {}.", f.domain_name(d)))
            .collect()
    } else {
        Vec::new()
    };
    result(
        "several-domains",
        Principle::MultiDimensional,
        status,
        "Measures more than one domain",
        explanation,
        details,
        DOMAINS_HREF,
    )
}

fn several_domain_types(f: &Facts) -> Check {
    let status = if f.domain_types.len() >= 2 {
        CheckStatus::Pass
    } else {
        CheckStatus::Fail
    };
    let explanation = if status == CheckStatus::Pass {
        "The indicators come from more than one type of domain (for example a facilitator as well \
         as a social connection)."
    } else {
        "The indicators all come from one type of domain, or none yet. A good starting point is \
         one domain from each type that matters to the work — a facilitator, a social connection \
         and a marker or means — so add an indicator from another type."
    };
    result(
        "several-domain-types",
        Principle::MultiDimensional,
        status,
        "Measures more than one type of domain",
        explanation,
        Vec::new(),
        DOMAINS_HREF,
    )
}

fn social_connections(f: &Facts) -> Check {
    let (status, explanation) = if f.social_connection {
        (
            CheckStatus::Pass,
            "At least one indicator measures relationships: social bonds, bridges or links.",
        )
    } else {
        (
            CheckStatus::Warn,
            "No indicator measures relationships. The guide strongly recommends every plan \
             includes one, because connections with others are central to integration. Add an \
             indicator from Social Bonds, Social Bridges or Social Links.",
        )
    };
    result(
        "social-connections-indicator",
        Principle::MultiDimensional,
        status,
        "Includes a Social Connections indicator",
        explanation,
        Vec::new(),
        "/frameworks/ioi-2019/domains/social-bridges",
    )
}

fn own_service_domain(plan: &Plan, f: &Facts) -> Check {
    let title = "Measures integration, not only service delivery";
    let id = "not-only-own-service-domain";
    if f.domains.is_empty() {
        return result(
            id,
            Principle::MultiDimensional,
            CheckStatus::NotApplicable,
            title,
            "There are no indicators to look at yet.",
            Vec::new(),
            DOMAINS_HREF,
        );
    }
    let own: Vec<&String> = plan.domains.iter().collect();
    let only = f.domains.iter().next();
    let same = own.len() == 1 && f.domains.len() == 1 && only == own.first().copied();
    if same {
        let domain = own.first().map(|d| d.as_str()).unwrap_or_default();
        let href = match DomainRef::parse(domain) {
            Ok(r) => format!("/frameworks/{}/domains/{}", r.pack, r.domain),
            Err(_) => DOMAINS_HREF.to_owned(),
        };
        result(
            id,
            Principle::MultiDimensional,
            CheckStatus::Warn,
            title,
            format!(
                "The plan works in {name} and every indicator is from {name} too. That shows how \
                 well the service is delivered, not what it does for integration. Add indicators \
                 from other domains where you expect the work to make a difference.",
                name = f.domain_name(domain)
            ),
            Vec::new(),
            &href,
        )
    } else {
        result(
            id,
            Principle::MultiDimensional,
            CheckStatus::Pass,
            title,
            "The indicators reach beyond the single area the plan works in.",
            Vec::new(),
            DOMAINS_HREF,
        )
    }
}

fn receiving_community(plan: &Plan) -> Check {
    let measured = plan
        .outcome_indicators()
        .any(|(_, i)| plan.sides_of(i).contains(&Side::ReceivingCommunity));
    let mut details = Vec::new();
    if !measured {
        for g in plan
            .target_groups
            .iter()
            .filter(|g| g.side == Side::ReceivingCommunity)
        {
            details.push(format!(
                "Target group “{}” is on the receiving-community side but no indicator is measured for it.",
                g.name
            ));
        }
    }
    let (status, explanation) = if measured {
        (
            CheckStatus::Pass,
            "At least one indicator is measured for the receiving community, so change on both \
             sides can be seen.",
        )
    } else {
        (
            CheckStatus::Fail,
            "Every indicator is measured for newcomers only. Integration changes everyone \
             involved, so measure the receiving community too: apply an indicator to \
             `receiving_community`, `both`, or a receiving-community target group.",
        )
    };
    result(
        "receiving-community-measured",
        Principle::MultiDirectional,
        status,
        "Measures the receiving community as well as newcomers",
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

/// The three parties the guide says share responsibility for integration.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Party {
    Newcomers,
    ReceivingCommunity,
    Institutions,
}

impl Party {
    const ALL: [Party; 3] = [
        Party::Newcomers,
        Party::ReceivingCommunity,
        Party::Institutions,
    ];

    fn of(kind: StakeholderKind) -> Option<Party> {
        match kind {
            StakeholderKind::NewcomerGroup => Some(Party::Newcomers),
            StakeholderKind::ReceivingCommunity => Some(Party::ReceivingCommunity),
            k if k.is_institution() => Some(Party::Institutions),
            _ => None,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Party::Newcomers => "newcomers",
            Party::ReceivingCommunity => "the receiving community",
            Party::Institutions => {
                "institutions (public bodies, voluntary groups, employers or funders)"
            }
        }
    }
}

fn stakeholders_all_kinds(plan: &Plan) -> Check {
    let missing: Vec<Party> = Party::ALL
        .into_iter()
        .filter(|p| {
            !plan
                .stakeholders
                .iter()
                .any(|s| Party::of(s.kind) == Some(*p))
        })
        .collect();
    let details: Vec<String> = missing
        .iter()
        .map(|p| format!("No stakeholder from {}.", p.label()))
        .collect();
    let (status, explanation) = if missing.is_empty() {
        (
            CheckStatus::Pass,
            "The stakeholders include newcomers, the receiving community and institutions."
                .to_owned(),
        )
    } else {
        (
            CheckStatus::Fail,
            format!(
                "Integration is everyone's job, so name at least one stakeholder from each of \
                 newcomers, the receiving community and institutions. Missing: {}.",
                missing
                    .iter()
                    .map(|p| p.label())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        )
    };
    result(
        "stakeholders-of-all-three-kinds",
        Principle::SharedResponsibility,
        status,
        "Names stakeholders from newcomers, the receiving community and institutions",
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

fn stakeholders_in_design(plan: &Plan) -> Check {
    let title = "Involves each kind of stakeholder from the design stage";
    let id = "stakeholders-involved-in-design";
    if plan.stakeholders.is_empty() {
        return result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::NotApplicable,
            title,
            "There are no stakeholders to look at yet.",
            Vec::new(),
            PRINCIPLES_HREF,
        );
    }
    let late: Vec<Party> = Party::ALL
        .into_iter()
        .filter(|p| {
            let mut of_party = plan
                .stakeholders
                .iter()
                .filter(|s| Party::of(s.kind) == Some(*p))
                .peekable();
            of_party.peek().is_some() && !of_party.any(|s| s.involved_from == Stage::Design)
        })
        .collect();
    if late.is_empty() {
        result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::Pass,
            title,
            "Every kind of stakeholder named has someone involved from the design stage.",
            Vec::new(),
            PRINCIPLES_HREF,
        )
    } else {
        result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::Warn,
            title,
            "Some kinds of stakeholder join only after the design. People who help shape the work \
             spot hidden barriers and stay committed to its outcomes; involve someone from each \
             kind while you design, or at least in the evaluation if the work has already begun.",
            late.iter()
                .map(|p| format!("No one from {} is involved in the design.", p.label()))
                .collect(),
            PRINCIPLES_HREF,
        )
    }
}

fn connected(plan: &Plan) -> Check {
    let mut details = Vec::new();
    for (list, what) in [
        (NodeKind::Outcome, "intermediate outcome"),
        (NodeKind::Output, "output"),
        (NodeKind::Activity, "activity"),
    ] {
        if !plan.nodes().iter().any(|n| n.kind() == list) {
            details.push(format!("The plan has no {what} yet."));
        }
    }
    // Walk backwards from the goal; every node reached is connected to it.
    let mut reached: BTreeSet<&str> = BTreeSet::from([GOAL_ID]);
    loop {
        let before = reached.len();
        for link in &plan.links {
            if reached.contains(link.to.as_str()) {
                reached.insert(link.from.as_str());
            }
        }
        if reached.len() == before {
            break;
        }
    }
    for node in plan.nodes() {
        if !reached.contains(node.id()) {
            details.push(format!(
                "{} “{}” does not lead to the goal.",
                node.kind().label(),
                node.text()
            ));
        }
    }
    let status = if details.is_empty() {
        CheckStatus::Pass
    } else {
        CheckStatus::Fail
    };
    let explanation = if details.is_empty() {
        "Every activity leads through outputs and outcomes to the goal."
    } else {
        "Work backwards from the goal: name the intermediate outcomes that lead to it, the outputs \
         that bring those about and the activities that produce the outputs, then link each one to \
         the next so every step leads to the goal."
    };
    result(
        "theory-of-change-connected",
        Principle::Evaluation,
        status,
        "Every step leads to the goal",
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

fn outcomes_have_indicators(plan: &Plan) -> Check {
    let title = "Every outcome has an indicator";
    let id = "outcomes-have-indicators";
    if plan.outcomes.is_empty() {
        return result(
            id,
            Principle::Evaluation,
            CheckStatus::NotApplicable,
            title,
            "There are no intermediate outcomes yet.",
            Vec::new(),
            DOMAINS_HREF,
        );
    }
    let details: Vec<String> = plan
        .outcomes
        .iter()
        .filter(|o| o.indicators.is_empty())
        .map(|o| format!("Outcome “{}” has no indicator.", o.text))
        .collect();
    let (status, explanation) = if details.is_empty() {
        (
            CheckStatus::Pass,
            "Each intermediate outcome has at least one indicator to show whether it happens.",
        )
    } else {
        (
            CheckStatus::Fail,
            "An outcome without an indicator cannot be measured. Choose an indicator from the \
             catalogue for each outcome listed, or write a local one when none fits.",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        title,
        explanation,
        details,
        DOMAINS_HREF,
    )
}

fn indicators_recognised(f: &Facts) -> Check {
    let title = "Every indicator is in the catalogue or defined in the plan";
    let id = "indicators-recognised";
    if f.indicators == 0 {
        return result(
            id,
            Principle::Evaluation,
            CheckStatus::NotApplicable,
            title,
            "There are no indicators yet.",
            Vec::new(),
            DOMAINS_HREF,
        );
    }
    if f.unknown.is_empty() {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Pass,
            title,
            "Every indicator can be found, so its domain is known.",
            Vec::new(),
            DOMAINS_HREF,
        )
    } else {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Warn,
            title,
            "Some indicators cannot be found, so the other checks cannot tell which domain they \
             measure. Pick them from the catalogue, or add them to the plan's local indicators \
             with their domain.",
            f.unknown
                .iter()
                .map(|r| format!("“{r}” is not a known indicator."))
                .collect(),
            DOMAINS_HREF,
        )
    }
}

fn baselines_and_targets(plan: &Plan) -> Check {
    let title = "Every indicator has a baseline and a target";
    let id = "indicators-have-baseline-and-target";
    let mut any = false;
    let mut details = Vec::new();
    for (outcome, ind) in plan.outcome_indicators() {
        any = true;
        let missing = match (ind.baseline.is_some(), ind.target.is_some()) {
            (true, true) => continue,
            (false, true) => "a baseline",
            (true, false) => "a target",
            (false, false) => "a baseline or a target",
        };
        details.push(format!(
            "“{}” under outcome “{}” has no {missing}.",
            ind.indicator, outcome.text
        ));
    }
    let (status, explanation) = if !any {
        (CheckStatus::NotApplicable, "There are no indicators yet.")
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "Every indicator says where things stand now and where the plan hopes they will be.",
        )
    } else {
        (
            CheckStatus::Fail,
            "Progress can only be judged against a starting point and an aim. For each indicator \
             listed, record the value now (the baseline) and the value you aim for (the target).",
        )
    };
    result(
        id,
        Principle::ContextSpecific,
        status,
        title,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

fn local_baselines(plan: &Plan) -> Check {
    use crate::model::BaselineSource;
    let title = "Targets are set against a local baseline";
    let id = "targets-from-local-baseline";
    let mut any = false;
    let mut details = Vec::new();
    for (_, ind) in plan
        .outcome_indicators()
        .filter(|(_, i)| i.baseline.is_some())
    {
        any = true;
        match ind.baseline_source {
            Some(BaselineSource::Local) => {}
            Some(BaselineSource::National) => details.push(format!(
                "The baseline of “{}” is a national figure.",
                ind.indicator
            )),
            Some(BaselineSource::Elsewhere) => details.push(format!(
                "The baseline of “{}” comes from somewhere else.",
                ind.indicator
            )),
            None => details.push(format!(
                "The baseline of “{}” does not say where it comes from.",
                ind.indicator
            )),
        }
    }
    let (status, explanation) = if !any {
        (CheckStatus::NotApplicable, "There are no baselines yet.")
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "Every baseline was measured locally, so targets reflect this place and these people.",
        )
    } else {
        (
            CheckStatus::Warn,
            "There are no universal targets for integration: what progress looks like depends on \
             the place. Measure each baseline locally (for example with a short survey before the \
             work begins), agree the target with stakeholders, and mark the baseline as local.",
        )
    };
    result(
        id,
        Principle::ContextSpecific,
        status,
        title,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

fn upward_links(plan: &Plan) -> impl Iterator<Item = &crate::model::Link> {
    plan.links.iter().filter(|l| {
        plan.node(&l.from)
            .is_some_and(|n| matches!(n.kind(), NodeKind::Output | NodeKind::Outcome))
    })
}

fn node_text<'a>(plan: &'a Plan, id: &'a str) -> &'a str {
    plan.node(id).map(|n| n.text()).unwrap_or(id)
}

fn links_have_assumptions(plan: &Plan) -> Check {
    let title = "Every link from outputs upwards states its assumptions";
    let id = "links-have-assumptions";
    let mut any = false;
    let mut details = Vec::new();
    for link in upward_links(plan) {
        any = true;
        if link.assumptions.is_empty() {
            details.push(format!(
                "“{}” → “{}” has no assumption.",
                node_text(plan, &link.from),
                node_text(plan, &link.to)
            ));
        }
    }
    let (status, explanation) = if !any {
        (
            CheckStatus::NotApplicable,
            "There are no links from outputs or outcomes yet.",
        )
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "Each step from an output upwards says why it is expected to lead to the next.",
        )
    } else {
        (
            CheckStatus::Fail,
            "A theory of change explains why each step leads to the next. For each link listed, \
             write down what you are assuming — often what the barrier is — so it can be tested.",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        title,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

fn assumptions_have_evidence(plan: &Plan) -> Check {
    let title = "Every assumption has evidence";
    let id = "assumptions-have-evidence";
    let mut any = false;
    let mut details = Vec::new();
    for a in plan.links.iter().flat_map(|l| l.assumptions.iter()) {
        any = true;
        if a.evidence.is_empty() {
            details.push(format!("“{}” has no evidence.", a.text));
        }
    }
    let (status, explanation) = if !any {
        (CheckStatus::NotApplicable, "There are no assumptions yet.")
    } else if details.is_empty() {
        (
            CheckStatus::Pass,
            "Every assumption is backed by at least one piece of evidence.",
        )
    } else {
        (
            CheckStatus::Fail,
            "An assumption without evidence is a guess. For each one listed, add what supports it \
             — local statistics, a survey, service records, what people have told you, or \
             research — and make sure it speaks to that assumption and not something nearby.",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        title,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

fn assumptions_holding(plan: &Plan) -> Check {
    let title = "No assumption has been challenged by the evidence";
    let id = "assumptions-holding";
    let all: Vec<&crate::model::Assumption> = plan
        .links
        .iter()
        .flat_map(|l| l.assumptions.iter())
        .collect();
    let challenged: Vec<String> = all
        .iter()
        .filter(|a| a.status == AssumptionStatus::Challenged)
        .map(|a| format!("“{}” is marked as challenged.", a.text))
        .collect();
    let (status, explanation) = if all.is_empty() {
        (CheckStatus::NotApplicable, "There are no assumptions yet.")
    } else if challenged.is_empty() {
        (
            CheckStatus::Pass,
            "None of the assumptions has been contradicted so far.",
        )
    } else {
        (
            CheckStatus::Warn,
            "When the evidence goes against an assumption, the work may be aimed at the wrong \
             barrier. Revisit the links that rest on the assumptions listed and change the \
             activities or outputs with your stakeholders.",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        title,
        explanation,
        challenged,
        PRINCIPLES_HREF,
    )
}

fn evaluation_before_start(plan: &Plan) -> Check {
    let title = "An evaluation plan is in place before the work starts";
    let id = "evaluation-plan-before-start";
    let mut details = Vec::new();
    if plan.outcomes.is_empty() {
        details.push("There are no intermediate outcomes to evaluate yet.".to_owned());
    }
    for outcome in &plan.outcomes {
        let Some(e) = plan.evaluation_for(&outcome.id) else {
            details.push(format!(
                "Outcome “{}” has no evaluation plan.",
                outcome.text
            ));
            continue;
        };
        if e.methods.is_empty() {
            details.push(format!(
                "Outcome “{}” has no data-collection method.",
                outcome.text
            ));
        }
        if e.collections.is_empty() && e.baseline_date.is_none() {
            details.push(format!(
                "Outcome “{}” has no collection date.",
                outcome.text
            ));
        }
        if let (Some(baseline), Some(start)) = (e.baseline_date, plan.start_date)
            && baseline > start
        {
            details.push(format!(
                "The baseline for outcome “{}” is collected on {}, after the work starts on {}.",
                outcome.text,
                crate::date::format_date(baseline),
                crate::date::format_date(start)
            ));
        }
    }
    let (status, explanation) = if details.is_empty() {
        (
            CheckStatus::Pass,
            "Every outcome has a way of collecting data and dates to collect it, with any baseline \
             taken before the work starts.",
        )
    } else {
        (
            CheckStatus::Fail,
            "Plan the evaluation alongside the activities, before the work begins, so it has \
             resources and data are gathered all along. For each outcome, choose at least one \
             method and set collection dates, with the baseline on or before the start date.",
        )
    };
    result(
        id,
        Principle::Evaluation,
        status,
        title,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

fn evaluation_during(plan: &Plan) -> Check {
    let title = "Data are collected during the work, not only at the end";
    let id = "evaluation-during-the-work";
    let present: Vec<_> = plan
        .evaluation
        .iter()
        .filter(|e| plan.outcome(&e.outcome).is_some())
        .collect();
    if present.is_empty() {
        return result(
            id,
            Principle::Evaluation,
            CheckStatus::NotApplicable,
            title,
            "There is no evaluation plan yet.",
            Vec::new(),
            PRINCIPLES_HREF,
        );
    }
    let details: Vec<String> = present
        .iter()
        .filter(|e| e.collections.len() < 2)
        .map(|e| {
            format!(
                "Outcome “{}” has {} collection date(s) after the baseline.",
                node_text(plan, &e.outcome),
                e.collections.len()
            )
        })
        .collect();
    if details.is_empty() {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Pass,
            title,
            "Each outcome is measured at least twice after the baseline, so the work can be \
             adjusted while it runs.",
            details,
            PRINCIPLES_HREF,
        )
    } else {
        result(
            id,
            Principle::Evaluation,
            CheckStatus::Warn,
            title,
            "Measuring only at the end leaves no chance to change course. Add at least one \
             collection part-way through as well as one at the end for each outcome listed.",
            details,
            PRINCIPLES_HREF,
        )
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use time::macros::date;

    use super::*;
    use crate::evaluation::{Collection, Method, MethodKind, OutcomeEvaluation};
    use crate::model::{
        Activity, Assumption, BaselineSource, Direction, Evidence, EvidenceKind, EvidenceStrength,
        Link, LocalIndicator, Outcome, OutcomeIndicator, Output, PlanKind, Stakeholder,
        TargetGroup,
    };

    fn catalogue() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| Catalogue::shipped().expect("shipped packs load"))
    }

    fn indicator(reference: &str, groups: &[&str]) -> OutcomeIndicator {
        OutcomeIndicator {
            indicator: reference.into(),
            baseline: Some(20.0),
            baseline_source: Some(BaselineSource::Local),
            baseline_note: None,
            target: Some(40.0),
            target_date: None,
            direction: Direction::Up,
            groups: groups.iter().map(|g| (*g).to_owned()).collect(),
        }
    }

    fn assumption(text: &str) -> Assumption {
        Assumption {
            text: text.into(),
            evidence: vec![Evidence {
                kind: EvidenceKind::Research,
                source: "A study".into(),
                strength: EvidenceStrength::Moderate,
            }],
            status: AssumptionStatus::Untested,
        }
    }

    fn link(from: &str, to: &str) -> Link {
        Link {
            from: from.into(),
            to: to.into(),
            assumptions: if from.starts_with('a') {
                vec![]
            } else {
                vec![assumption("It works")]
            },
        }
    }

    fn stakeholder(id: &str, kind: StakeholderKind) -> Stakeholder {
        Stakeholder {
            id: id.into(),
            name: id.into(),
            kind,
            role: String::new(),
            involved_from: Stage::Design,
        }
    }

    /// A small plan that passes every check.
    fn good() -> Plan {
        let mut p = Plan::new("Café", PlanKind::Intervention, "Confidence using English");
        p.target_groups = vec![
            TargetGroup {
                id: "women".into(),
                name: "Women learning English".into(),
                side: Side::Newcomers,
            },
            TargetGroup {
                id: "locals".into(),
                name: "Local volunteers".into(),
                side: Side::ReceivingCommunity,
            },
        ];
        p.outcomes.push(Outcome {
            id: "o-talk".into(),
            text: "Regular conversations".into(),
            indicators: vec![
                indicator("ioi-2019/lan-practice-outside-class", &["women"]),
                indicator("ioi-2019/bri-ask-neighbours-for-help", &["locals"]),
            ],
        });
        p.outputs.push(Output {
            id: "p-sessions".into(),
            text: "Sessions".into(),
        });
        p.activities.push(Activity {
            id: "a-cafe".into(),
            text: "Run a café".into(),
            resources: vec![],
        });
        p.links = vec![
            link("a-cafe", "p-sessions"),
            link("p-sessions", "o-talk"),
            link("o-talk", "goal"),
        ];
        p.stakeholders = vec![
            stakeholder("w", StakeholderKind::NewcomerGroup),
            stakeholder("r", StakeholderKind::ReceivingCommunity),
            stakeholder("c", StakeholderKind::PublicInstitution),
        ];
        p.domains = vec![
            "ioi-2019/language-and-communication".into(),
            "ioi-2019/social-bridges".into(),
        ];
        p.start_date = Some(date!(2025 - 09 - 01));
        p.evaluation.push(OutcomeEvaluation {
            outcome: "o-talk".into(),
            indicators: vec![],
            methods: vec![Method {
                kind: MethodKind::ParticipantFeedback,
                detail: None,
            }],
            samples: vec![],
            baseline_date: Some(date!(2025 - 08 - 15)),
            baseline_note: None,
            collections: vec![
                Collection {
                    date: date!(2025 - 12 - 01),
                    label: "Mid-point".into(),
                },
                Collection {
                    date: date!(2026 - 06 - 01),
                    label: "End".into(),
                },
            ],
            frequency: None,
            analysis: None,
            responsible: Some("c".into()),
        });
        p
    }

    fn status(plan: &Plan, id: &str) -> CheckStatus {
        let found = check(plan, catalogue())
            .into_iter()
            .find(|c| c.id == id)
            .map(|c| c.status);
        found.unwrap_or_else(|| panic!("no check {id}"))
    }

    fn set_indicators(plan: &mut Plan, indicators: Vec<OutcomeIndicator>) {
        plan.outcomes[0].indicators = indicators;
    }

    #[test]
    fn the_good_plan_is_valid_and_passes_every_check() {
        let plan = good();
        assert_eq!(plan.validate(), Ok(()));
        let checks = check(&plan, catalogue());
        let ids: Vec<&str> = checks.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, CHECK_IDS);
        for c in &checks {
            assert_eq!(c.status, CheckStatus::Pass, "{}: {}", c.id, c.explanation);
            assert!(c.help_href.starts_with("/frameworks/"));
        }
    }

    #[test]
    fn every_failing_check_explains_what_to_do_and_lists_details_where_it_can() {
        let plan = Plan::new("Empty", PlanKind::Strategy, "A goal");
        for c in check(&plan, catalogue()) {
            assert!(!c.explanation.is_empty(), "{}", c.id);
            assert!(!c.title.is_empty(), "{}", c.id);
        }
    }

    #[test]
    fn one_domain_fails_the_several_domains_check() {
        let mut p = good();
        set_indicators(
            &mut p,
            vec![
                indicator("ioi-2019/bri-simple-conversation", &["women"]),
                indicator("ioi-2019/bri-ask-neighbours-for-help", &["locals"]),
            ],
        );
        assert_eq!(status(&p, "several-domains"), CheckStatus::Fail);
        set_indicators(&mut p, vec![]);
        assert_eq!(status(&p, "several-domains"), CheckStatus::Fail);
    }

    #[test]
    fn two_domains_of_one_type_fail_the_domain_type_check() {
        let mut p = good();
        set_indicators(
            &mut p,
            vec![
                indicator("ioi-2019/bon-lonely", &["women"]),
                indicator("ioi-2019/bri-ask-neighbours-for-help", &["locals"]),
            ],
        );
        assert_eq!(status(&p, "several-domains"), CheckStatus::Pass);
        assert_eq!(status(&p, "several-domain-types"), CheckStatus::Fail);
    }

    #[test]
    fn no_social_connections_indicator_warns() {
        let mut p = good();
        set_indicators(
            &mut p,
            vec![
                indicator("ioi-2019/lan-practice-outside-class", &["women"]),
                indicator("ioi-2019/sta-neighbours-trusted", &["locals"]),
            ],
        );
        assert_eq!(
            status(&p, "social-connections-indicator"),
            CheckStatus::Warn
        );
    }

    #[test]
    fn a_local_indicator_counts_in_the_domain_it_names() {
        let mut p = good();
        p.local_indicators.push(LocalIndicator {
            id: "cafe-friends".into(),
            name: "Women who made a friend at the café".into(),
            domain: Some("ioi-2019/social-bonds".into()),
        });
        set_indicators(
            &mut p,
            vec![
                indicator("ioi-2019/lan-practice-outside-class", &["women"]),
                indicator("local/cafe-friends", &["both"]),
            ],
        );
        assert_eq!(p.validate(), Ok(()));
        assert_eq!(
            status(&p, "social-connections-indicator"),
            CheckStatus::Pass
        );
        assert_eq!(status(&p, "several-domain-types"), CheckStatus::Pass);
        assert_eq!(status(&p, "indicators-recognised"), CheckStatus::Pass);
    }

    #[test]
    fn an_unknown_indicator_is_warned_about() {
        let mut p = good();
        p.outcomes[0]
            .indicators
            .push(indicator("ioi-2019/no-such-thing", &["women"]));
        assert_eq!(status(&p, "indicators-recognised"), CheckStatus::Warn);
    }

    #[test]
    fn a_service_measuring_only_its_own_domain_is_warned() {
        let mut p = good();
        p.domains = vec!["ioi-2019/work".into()];
        set_indicators(
            &mut p,
            vec![
                indicator("ioi-2019/work-in-paid-work", &["women"]),
                indicator("ioi-2019/work-in-paid-work", &["locals"]),
            ],
        );
        let c = check(&p, catalogue())
            .into_iter()
            .find(|c| c.id == "not-only-own-service-domain")
            .expect("check present");
        assert_eq!(c.status, CheckStatus::Warn);
        assert_eq!(c.help_href, "/frameworks/ioi-2019/domains/work");
        p.domains.push("ioi-2019/education".into());
        assert_eq!(
            status(&p, "not-only-own-service-domain"),
            CheckStatus::Pass,
            "a plan working in two domains is not a single service"
        );
    }

    #[test]
    fn measuring_newcomers_only_fails_the_two_way_check() {
        let mut p = good();
        p.outcomes[0].indicators[1].groups = vec!["women".into()];
        assert_eq!(
            status(&p, "receiving-community-measured"),
            CheckStatus::Fail
        );
        p.outcomes[0].indicators[1].groups = vec!["both".into()];
        assert_eq!(
            status(&p, "receiving-community-measured"),
            CheckStatus::Pass
        );
        p.outcomes[0].indicators[1].groups = vec!["receiving_community".into()];
        assert_eq!(
            status(&p, "receiving-community-measured"),
            CheckStatus::Pass
        );
    }

    #[test]
    fn stakeholders_must_cover_newcomers_receiving_community_and_institutions() {
        let mut p = good();
        p.stakeholders[2].kind = StakeholderKind::Other;
        assert_eq!(
            status(&p, "stakeholders-of-all-three-kinds"),
            CheckStatus::Fail
        );
        p.stakeholders[2].kind = StakeholderKind::Employer;
        assert_eq!(
            status(&p, "stakeholders-of-all-three-kinds"),
            CheckStatus::Pass
        );
        p.stakeholders.remove(1);
        let c = check(&p, catalogue())
            .into_iter()
            .find(|c| c.id == "stakeholders-of-all-three-kinds")
            .expect("check present");
        assert_eq!(c.status, CheckStatus::Fail);
        assert_eq!(
            c.details,
            vec!["No stakeholder from the receiving community."]
        );
    }

    #[test]
    fn stakeholders_joining_only_at_delivery_are_warned() {
        let mut p = good();
        p.stakeholders[1].involved_from = Stage::Delivery;
        assert_eq!(
            status(&p, "stakeholders-involved-in-design"),
            CheckStatus::Warn
        );
        p.stakeholders.clear();
        assert_eq!(
            status(&p, "stakeholders-involved-in-design"),
            CheckStatus::NotApplicable
        );
    }

    #[test]
    fn a_node_that_does_not_lead_to_the_goal_fails_the_connection_check() {
        let mut p = good();
        p.activities.push(Activity {
            id: "a-lonely".into(),
            text: "Unlinked".into(),
            resources: vec![],
        });
        assert_eq!(status(&p, "theory-of-change-connected"), CheckStatus::Fail);
        let empty = Plan::new("Empty", PlanKind::Intervention, "Goal");
        assert_eq!(
            status(&empty, "theory-of-change-connected"),
            CheckStatus::Fail
        );
    }

    #[test]
    fn an_outcome_without_indicators_fails() {
        let mut p = good();
        p.outcomes.push(Outcome {
            id: "o-other".into(),
            text: "Another".into(),
            indicators: vec![],
        });
        assert_eq!(status(&p, "outcomes-have-indicators"), CheckStatus::Fail);
    }

    #[test]
    fn an_indicator_without_a_baseline_or_target_fails() {
        let mut p = good();
        p.outcomes[0].indicators[0].target = None;
        assert_eq!(
            status(&p, "indicators-have-baseline-and-target"),
            CheckStatus::Fail
        );
        set_indicators(&mut p, vec![]);
        assert_eq!(
            status(&p, "indicators-have-baseline-and-target"),
            CheckStatus::NotApplicable
        );
    }

    #[test]
    fn a_baseline_from_elsewhere_or_unsourced_warns() {
        let mut p = good();
        p.outcomes[0].indicators[0].baseline_source = Some(BaselineSource::National);
        assert_eq!(status(&p, "targets-from-local-baseline"), CheckStatus::Warn);
        p.outcomes[0].indicators[0].baseline_source = None;
        assert_eq!(status(&p, "targets-from-local-baseline"), CheckStatus::Warn);
    }

    #[test]
    fn a_link_from_an_output_without_assumptions_fails_but_activity_links_need_none() {
        let mut p = good();
        assert!(p.links[0].assumptions.is_empty(), "activity link has none");
        assert_eq!(status(&p, "links-have-assumptions"), CheckStatus::Pass);
        p.links[1].assumptions.clear();
        assert_eq!(status(&p, "links-have-assumptions"), CheckStatus::Fail);
    }

    #[test]
    fn an_assumption_without_evidence_fails() {
        let mut p = good();
        p.links[2].assumptions[0].evidence.clear();
        assert_eq!(status(&p, "assumptions-have-evidence"), CheckStatus::Fail);
    }

    #[test]
    fn a_challenged_assumption_warns() {
        let mut p = good();
        p.links[2].assumptions[0].status = AssumptionStatus::Challenged;
        assert_eq!(status(&p, "assumptions-holding"), CheckStatus::Warn);
    }

    #[test]
    fn the_evaluation_plan_needs_a_method_and_a_date_for_each_outcome() {
        let mut p = good();
        p.evaluation[0].methods.clear();
        assert_eq!(
            status(&p, "evaluation-plan-before-start"),
            CheckStatus::Fail
        );
        let mut p = good();
        p.evaluation[0].collections.clear();
        p.evaluation[0].baseline_date = None;
        assert_eq!(
            status(&p, "evaluation-plan-before-start"),
            CheckStatus::Fail
        );
        let mut p = good();
        p.evaluation.clear();
        assert_eq!(
            status(&p, "evaluation-plan-before-start"),
            CheckStatus::Fail
        );
        assert_eq!(
            status(&p, "evaluation-during-the-work"),
            CheckStatus::NotApplicable
        );
    }

    #[test]
    fn a_baseline_collected_after_the_start_date_fails() {
        let mut p = good();
        p.evaluation[0].baseline_date = Some(date!(2025 - 10 - 01));
        assert_eq!(
            status(&p, "evaluation-plan-before-start"),
            CheckStatus::Fail
        );
        p.evaluation[0].baseline_date = Some(date!(2025 - 09 - 01));
        assert_eq!(
            status(&p, "evaluation-plan-before-start"),
            CheckStatus::Pass
        );
    }

    #[test]
    fn collecting_only_once_after_the_baseline_warns() {
        let mut p = good();
        p.evaluation[0].collections.truncate(1);
        assert_eq!(status(&p, "evaluation-during-the-work"), CheckStatus::Warn);
    }
}
