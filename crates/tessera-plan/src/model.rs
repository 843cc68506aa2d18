//! The plan: a theory of change with its indicators, stakeholders and evaluation plan.
//!
//! These types are the JSON import/export format documented in `docs/plan-format.md`.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::evaluation::OutcomeEvaluation;
use crate::evidence::{IndicatorEvidence, Unit};
use crate::exercise::{DomainExercise, ForwardPlan};
pub use crate::kinds::{
    AssumptionStatus, BaselineSource, Direction, EvidenceKind, EvidenceStrength, NodeKind,
    PlanKind, Side, Stage, StakeholderKind,
};

/// The version of the plan file format this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The fixed id of the goal node, used in links (`{"from": "…", "to": "goal"}`).
pub const GOAL_ID: &str = NodeKind::Goal.code();

/// The group an indicator names to be measured for both sides as a whole (beside the sides'
/// codes, `newcomers` and `receiving_community`, and the plan's target-group ids).
pub const BOTH_SIDES: &str = "both";

/// A theory of change for an intervention or a strategy.
///
/// A plan belongs to no one here: the store adds the owning organisation. Build one with
/// [`Plan::from_json`] (which also validates) or in code, then call [`Plan::validate`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The file format version; always [`FORMAT_VERSION`] for files this crate writes.
    pub format_version: u32,
    /// A short name for the plan.
    pub title: String,
    /// Whether this plans one intervention or a whole strategy.
    pub kind: PlanKind,
    /// The integration problem the plan responds to, in plain words.
    #[serde(default)]
    pub problem: String,
    /// The groups the plan is for, on both sides: newcomers and the receiving community.
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    /// The long-term change the plan aims for; its node id in links is [`GOAL_ID`].
    pub goal: String,
    /// Intermediate outcomes: short-term changes in behaviour that lead to the goal.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    /// Outputs: the countable products or services the activities produce.
    #[serde(default)]
    pub outputs: Vec<Output>,
    /// Activities: what the programme does, and with what resources.
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// The causal links between nodes, each with the assumptions it rests on.
    #[serde(default)]
    pub links: Vec<Link>,
    /// What stands in the way of integration here.
    #[serde(default)]
    pub barriers: Vec<Barrier>,
    /// Who takes part in designing, delivering and evaluating the work.
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
    /// The framework domains the plan works in, written `<pack>/<domain>`.
    #[serde(default)]
    pub domains: Vec<String>,
    /// Indicators the plan defines for itself, referred to as `local/<id>`.
    #[serde(default)]
    pub local_indicators: Vec<LocalIndicator>,
    /// When the work starts, if known.
    #[serde(
        default,
        with = "crate::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_date: Option<Date>,
    /// The evaluation plan: one entry per intermediate outcome.
    #[serde(default)]
    pub evaluation: Vec<OutcomeEvaluation>,
    /// The guide's first exercise: the key domain of each type, if done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_exercise: Option<DomainExercise>,
    /// The guide's second exercise: the plan as usually written forwards, if recorded, to
    /// compare with this plan worked backwards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forward_plan: Option<ForwardPlan>,
}

/// A group of people the plan is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetGroup {
    /// A slug unique among the plan's target groups.
    pub id: String,
    /// Who they are, in plain words.
    pub name: String,
    /// Which side of integration the group is on.
    pub side: Side,
}

/// An intermediate outcome and the indicators that will show whether it happens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// A slug unique among all nodes of the plan.
    pub id: String,
    /// The change, in plain words.
    pub text: String,
    /// How the outcome will be measured.
    #[serde(default)]
    pub indicators: Vec<OutcomeIndicator>,
}

/// A tangible product or service of the activities, usually countable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Output {
    /// A slug unique among all nodes of the plan.
    pub id: String,
    /// The output, in plain words.
    pub text: String,
}

/// Something the programme does, with the resources it needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// A slug unique among all nodes of the plan.
    pub id: String,
    /// The activity, in plain words.
    pub text: String,
    /// Funds, staff, equipment, places, materials.
    #[serde(default)]
    pub resources: Vec<String>,
}

/// A causal link: doing or achieving `from` is expected to lead to `to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The id of the earlier node in the causal chain.
    pub from: String,
    /// The id of the later node ([`GOAL_ID`] for the goal).
    pub to: String,
    /// Why we believe `from` leads to `to`.
    #[serde(default)]
    pub assumptions: Vec<Assumption>,
}

/// A belief a link rests on, with the evidence for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assumption {
    /// The assumption, in plain words.
    pub text: String,
    /// What supports it.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Whether monitoring so far bears it out.
    #[serde(default)]
    pub status: AssumptionStatus,
}

/// A piece of evidence for an assumption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// What sort of evidence it is.
    pub kind: EvidenceKind,
    /// Where it comes from: a report, a dataset, a survey, a conversation.
    pub source: String,
    /// How strongly it supports the assumption.
    pub strength: EvidenceStrength,
}

/// Something that stands in the way of integration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Barrier {
    /// The barrier, in plain words.
    pub text: String,
    /// The domain it belongs to, written `<pack>/<domain>`, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}

/// A person or organisation with a part in the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    /// A slug unique among the plan's stakeholders.
    pub id: String,
    /// Who they are.
    pub name: String,
    /// Which kind of stakeholder they are.
    pub kind: StakeholderKind,
    /// What they do in the plan.
    #[serde(default)]
    pub role: String,
    /// The earliest stage they are involved in.
    pub involved_from: Stage,
}

/// An indicator the plan defines for itself, when none in the catalogue fits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalIndicator {
    /// A slug unique among the plan's local indicators; referred to as `local/<id>`.
    pub id: String,
    /// The indicator's wording.
    pub name: String,
    /// The framework domain it measures, written `<pack>/<domain>`, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}

/// An indicator attached to an outcome, with its baseline, target and the groups it covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeIndicator {
    /// A catalogue indicator `<pack>/<id>` (such as `ioi-2019/bri-get-on-well`) or `local/<id>`.
    pub indicator: String,
    /// The value now, before the work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    /// Where the baseline comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline_source: Option<BaselineSource>,
    /// A note on the baseline: the survey, the date, the sample.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline_note: Option<String>,
    /// The value hoped for by the target date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// When the target should be reached.
    #[serde(
        default,
        with = "crate::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub target_date: Option<Date>,
    /// Which way is better.
    pub direction: Direction,
    /// Who it is measured for: target-group ids, or `newcomers`, `receiving_community`,
    /// [`BOTH_SIDES`].
    #[serde(default)]
    pub groups: Vec<String>,
    /// What the baseline and target are measured in; when absent, the unit the catalogue
    /// indicator implies ([`crate::implied_unit`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// Where the figures that judge it come from; when absent, context only
    /// ([`OutcomeIndicator::source`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<IndicatorEvidence>,
}

/// A resolved entry of [`OutcomeIndicator::groups`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupRef<'a> {
    /// One side as a whole (`newcomers`, `receiving_community`).
    Side(Side),
    /// Both sides (`both`).
    Both,
    /// One of the plan's target groups.
    TargetGroup(&'a TargetGroup),
}

impl<'a> GroupRef<'a> {
    /// The sides of integration this group reference covers.
    pub fn sides(self) -> Vec<Side> {
        match self {
            GroupRef::Side(s) => vec![s],
            GroupRef::Both => vec![Side::Newcomers, Side::ReceivingCommunity],
            GroupRef::TargetGroup(g) => vec![g.side],
        }
    }
}

/// A reference to a node of the plan, found by id.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NodeRef<'a> {
    /// The goal.
    Goal(&'a str),
    /// An intermediate outcome.
    Outcome(&'a Outcome),
    /// An output.
    Output(&'a Output),
    /// An activity.
    Activity(&'a Activity),
}

impl<'a> NodeRef<'a> {
    /// The kind of node.
    pub fn kind(self) -> NodeKind {
        match self {
            NodeRef::Goal(_) => NodeKind::Goal,
            NodeRef::Outcome(_) => NodeKind::Outcome,
            NodeRef::Output(_) => NodeKind::Output,
            NodeRef::Activity(_) => NodeKind::Activity,
        }
    }

    /// The node's id.
    pub fn id(self) -> &'a str {
        match self {
            NodeRef::Goal(_) => GOAL_ID,
            NodeRef::Outcome(o) => &o.id,
            NodeRef::Output(o) => &o.id,
            NodeRef::Activity(a) => &a.id,
        }
    }

    /// The node's text.
    pub fn text(self) -> &'a str {
        match self {
            NodeRef::Goal(t) => t,
            NodeRef::Outcome(o) => &o.text,
            NodeRef::Output(o) => &o.text,
            NodeRef::Activity(a) => &a.text,
        }
    }
}

impl Plan {
    /// An empty plan with a title and goal, ready to be filled in backwards from the goal.
    pub fn new(title: impl Into<String>, kind: PlanKind, goal: impl Into<String>) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            title: title.into(),
            kind,
            problem: String::new(),
            target_groups: Vec::new(),
            goal: goal.into(),
            outcomes: Vec::new(),
            outputs: Vec::new(),
            activities: Vec::new(),
            links: Vec::new(),
            barriers: Vec::new(),
            stakeholders: Vec::new(),
            domains: Vec::new(),
            local_indicators: Vec::new(),
            start_date: None,
            evaluation: Vec::new(),
            domain_exercise: None,
            forward_plan: None,
        }
    }

    /// Every node, goal first, then outcomes, outputs and activities in file order.
    pub fn nodes(&self) -> Vec<NodeRef<'_>> {
        let mut out = vec![NodeRef::Goal(&self.goal)];
        out.extend(self.outcomes.iter().map(NodeRef::Outcome));
        out.extend(self.outputs.iter().map(NodeRef::Output));
        out.extend(self.activities.iter().map(NodeRef::Activity));
        out
    }

    /// The node with this id ([`GOAL_ID`] for the goal).
    pub fn node(&self, id: &str) -> Option<NodeRef<'_>> {
        if id == GOAL_ID {
            return Some(NodeRef::Goal(&self.goal));
        }
        self.outcomes
            .iter()
            .find(|o| o.id == id)
            .map(NodeRef::Outcome)
            .or_else(|| {
                self.outputs
                    .iter()
                    .find(|o| o.id == id)
                    .map(NodeRef::Output)
            })
            .or_else(|| {
                self.activities
                    .iter()
                    .find(|a| a.id == id)
                    .map(NodeRef::Activity)
            })
    }

    /// The outcome with this id.
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.id == id)
    }

    /// The stakeholder with this id.
    pub fn stakeholder(&self, id: &str) -> Option<&Stakeholder> {
        self.stakeholders.iter().find(|s| s.id == id)
    }

    /// Resolves a group reference of an [`OutcomeIndicator`]: a side word or a target-group id.
    pub fn group(&self, key: &str) -> Option<GroupRef<'_>> {
        if key == BOTH_SIDES {
            return Some(GroupRef::Both);
        }
        match Side::parse(key) {
            Some(side) => Some(GroupRef::Side(side)),
            None => self
                .target_groups
                .iter()
                .find(|g| g.id == key)
                .map(GroupRef::TargetGroup),
        }
    }

    /// The sides of integration an indicator is measured for, from its groups.
    pub fn sides_of(&self, indicator: &OutcomeIndicator) -> Vec<Side> {
        let mut sides: Vec<Side> = indicator
            .groups
            .iter()
            .filter_map(|g| self.group(g))
            .flat_map(GroupRef::sides)
            .collect();
        sides.sort();
        sides.dedup();
        sides
    }

    /// The local indicator named by `local/<id>`.
    pub fn local_indicator(&self, reference: &str) -> Option<&LocalIndicator> {
        let id = reference.strip_prefix("local/")?;
        self.local_indicators.iter().find(|l| l.id == id)
    }

    /// Every indicator of every outcome, with the outcome it belongs to.
    pub fn outcome_indicators(&self) -> impl Iterator<Item = (&Outcome, &OutcomeIndicator)> {
        self.outcomes
            .iter()
            .flat_map(|o| o.indicators.iter().map(move |i| (o, i)))
    }

    /// The evaluation plan for this outcome, if written.
    pub fn evaluation_for(&self, outcome: &str) -> Option<&OutcomeEvaluation> {
        self.evaluation.iter().find(|e| e.outcome == outcome)
    }

    /// Writes the plan as pretty JSON in the documented format.
    pub fn to_json(&self) -> String {
        // These types have only string keys and serde_json writes non-finite numbers as null, so
        // serialising cannot fail; the fallback exists only to avoid a panic path.
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".to_owned())
    }
}
