#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod check;
mod code;
mod date;
mod evaluation;
mod evidence;
mod exercise;
mod id;
mod kinds;
mod layout;
mod model;
mod progress;
mod validate;

pub use check::{
    CHECK_IDS, Check, CheckStatus, IMPLICATIONS, Implication, METHOD_CHECKS, Principle,
    ServedPrinciple, check, contradictions, packs_used,
};
pub use code::Code;
pub use date::{format_date, parse_date};
pub use evaluation::{
    Collection, Method, MethodKind, OutcomeEvaluation, Sample, SampleKind, UpcomingCollection,
    upcoming_collections,
};
pub use evidence::{
    DatasetFilter, IndicatorEvidence, SourceKind, Unit, UnitKind, implied_unit, plain, unit_of_kind,
};
pub use exercise::{
    DOMAIN_EXERCISE_TYPES, DomainExercise, DomainExerciseStep, DomainPick, ForwardPlan, ListChange,
    RIGHTS_DOMAIN, compare_lists,
};
pub use id::{RESERVED_IDS, new_id};
pub use layout::{
    Anchor, ArrowDirection, Diagram, DiagramColumn, DiagramEdge, DiagramLabel, DiagramNode,
    LayoutOptions, NarrowOptions, Orientation, OutlineItem, Point, layout, layout_narrow,
    layout_narrow_with, layout_with, wrap,
};
pub use model::{
    Activity, Assumption, AssumptionStatus, BOTH_SIDES, Barrier, BaselineSource, Direction,
    Evidence, EvidenceKind, EvidenceStrength, FORMAT_VERSION, GOAL_ID, GroupRef, Link,
    LocalIndicator, NodeKind, NodeRef, Outcome, OutcomeIndicator, Output, Plan, PlanKind, Side,
    Stage, Stakeholder, StakeholderKind, TargetGroup,
};
pub use progress::{ProgressStatus, progress_status};
pub use time::Date;
pub use validate::{PlanProblem, outside_unit};

/// Example plans shipped with the crate, in the documented JSON format.
///
/// The first two are built from the practitioners' guide's worked examples and pass every
/// check; the third is deliberately weak, for demonstrating what the checks catch.
pub mod examples {
    /// The language-and-friendship café for isolated women learning English.
    pub const LANGUAGE_CAFE: &str = include_str!("../fixtures/language-cafe.json");
    /// The friendship club open to every resident of a city.
    pub const FRIENDSHIP_CLUB: &str = include_str!("../fixtures/friendship-club.json");
    /// A plan that measures newcomers only, in one domain, without receiving-community
    /// stakeholders or an evaluation plan.
    pub const WEAK_PLAN: &str = include_str!("../fixtures/weak-plan.json");
}
