//! The enums of a plan, each with its codes and labels in one table (see [`crate::Code`]).
//!
//! The codes are the plan file's format (`docs/plan-format.md`): changing one breaks every file
//! written before. The labels are page text and may change freely.

use crate::code::coded;

coded! {
    /// Whether a plan is for a single intervention or a strategy of several.
    pub enum PlanKind: "plans-kind" {
        /// One project or programme.
        Intervention = "intervention", "Intervention",
            "One intervention: a project or programme";
        /// A set of interventions working towards shared outcomes.
        Strategy = "strategy", "Strategy",
            "A strategy: several interventions working together";
    }
}

coded! {
    /// The two sides of integration that every plan should consider.
    #[derive(PartialOrd, Ord)]
    pub enum Side: "plans-side" {
        /// Refugees, asylum seekers and other migrants who have arrived.
        Newcomers = "newcomers", "Newcomers";
        /// The people already living in the place.
        ReceivingCommunity = "receiving_community", "Receiving community";
    }
}

coded! {
    /// The four kinds of node in a theory of change, from the goal back to the activities.
    ///
    /// The codes are also the words of the planner's addresses (`/plans/1/edit/outcome/…`).
    #[derive(PartialOrd, Ord)]
    pub enum NodeKind: "plans-node-kind" {
        /// The long-term change.
        Goal = "goal", "Goal";
        /// An intermediate outcome.
        Outcome = "outcome", "Intermediate outcome";
        /// An output.
        Output = "output", "Output";
        /// An activity.
        Activity = "activity", "Activity";
    }
}

coded! {
    /// How an assumption is standing up as the work goes on.
    #[derive(Default)]
    pub enum AssumptionStatus: "plans-assumption-status" {
        /// Not yet tested against what happens.
        #[default]
        Untested = "untested", "Not yet tested";
        /// Monitoring so far supports it.
        Holding = "holding", "Holding", "Holding: monitoring so far supports it";
        /// Monitoring so far suggests it is wrong.
        Challenged = "challenged", "Challenged",
            "Challenged: monitoring so far suggests it is wrong";
    }
}

coded! {
    /// The sorts of evidence an assumption can rest on.
    pub enum EvidenceKind: "plans-evidence-kind" {
        /// Published figures, such as the Census.
        Statistics = "statistics", "Statistics", "Published statistics";
        /// A survey, local or national.
        Survey = "survey", "Survey", "A survey";
        /// Records kept by a service.
        ServiceData = "service_data", "Service data";
        /// Testimony, focus groups, case studies, the experience of NGOs and statutory bodies.
        Qualitative = "qualitative", "Qualitative",
            "Qualitative: testimony, focus groups, case studies";
        /// Published research.
        Research = "research", "Research", "Published research";
    }
}

coded! {
    /// How strongly a piece of evidence supports an assumption.
    #[derive(PartialOrd, Ord)]
    pub enum EvidenceStrength: "plans-evidence-strength" {
        /// Suggestive only.
        Weak = "weak", "Weak", "Weak: suggestive only";
        /// Supports it, with caveats.
        Moderate = "moderate", "Moderate", "Moderate: supports it, with caveats";
        /// Directly and convincingly supports it.
        Strong = "strong", "Strong", "Strong: directly and convincingly supports it";
    }
}

coded! {
    /// The kinds of stakeholder; the first two are communities, the next four institutions.
    pub enum StakeholderKind: "plans-stakeholder-kind" {
        /// Members of the newcomer group(s) the plan is for.
        NewcomerGroup = "newcomer_group", "Newcomers",
            "Newcomers: members of the groups the plan is for";
        /// Residents of the receiving community.
        ReceivingCommunity = "receiving_community", "Receiving community",
            "Receiving community: residents already living here";
        /// A council, school, health body or other public service.
        PublicInstitution = "public_institution", "Public institution",
            "A public institution: council, school, health body";
        /// A charity, club, faith group or other voluntary organisation.
        CivilSociety = "civil_society", "Civil society",
            "Civil society: charity, club, faith group";
        /// An employer.
        Employer = "employer", "Employer", "An employer";
        /// A funder.
        Funder = "funder", "Funder", "A funder";
        /// Anyone else.
        Other = "other", "Other";
    }
}

coded! {
    /// A stage of the work; a stakeholder's label says when they are first involved.
    #[derive(PartialOrd, Ord)]
    pub enum Stage: "plans-stage" {
        /// Designing the intervention or strategy.
        Design = "design", "From the design";
        /// Delivering it.
        Delivery = "delivery", "From delivery";
        /// Evaluating it.
        Evaluation = "evaluation", "In the evaluation", "Only in the evaluation";
    }
}

coded! {
    /// Which way an indicator should move for the outcome to be achieved.
    pub enum Direction: "plans-direction" {
        /// Higher is better.
        Up = "up", "Higher is better";
        /// Lower is better.
        Down = "down", "Lower is better";
    }
}

coded! {
    /// Where a baseline figure comes from.
    pub enum BaselineSource: "plans-baseline-source" {
        /// Measured in this place, for these groups.
        Local = "local", "Measured here", "Measured here, for these groups";
        /// A national figure.
        National = "national", "A national figure";
        /// Another place, another project, or a published study.
        Elsewhere = "elsewhere", "From elsewhere", "Another place, project or study";
    }
}

coded! {
    /// Kinds of data-collection method.
    pub enum MethodKind: "plans-method-kind" {
        /// A questionnaire.
        Survey = "survey", "Survey";
        /// A facilitated group discussion.
        FocusGroup = "focus_group", "Focus group";
        /// One-to-one interviews.
        Interview = "interview", "Interviews";
        /// Records a service keeps anyway (registers, case files, statistics).
        AdministrativeRecords = "administrative_records", "Administrative records";
        /// Light-touch feedback from participants: end-of-session notes, feedback boxes, posters.
        ParticipantFeedback = "participant_feedback", "Participant feedback";
        /// Photographs, drawings, stories and other things participants make.
        CreativeOutputs = "creative_outputs", "Creative outputs";
        /// Anything else.
        Other = "other", "Other";
    }
}

coded! {
    /// Kinds of sample.
    pub enum SampleKind: "plans-sample-kind" {
        /// The people taking part: newcomers, local residents, volunteers, staff.
        Participants = "participants", "Participants";
        /// The wider local community, beyond those taking part.
        WiderCommunity = "wider_community", "Wider community", "The wider local community";
        /// A similar group not taking part, to compare with.
        ComparisonGroup = "comparison_group", "Comparison group", "A comparison group";
    }
}

impl NodeKind {
    /// Whether a link may run from a node of this kind to one of `to`.
    ///
    /// The allowed links follow the causal chain: activity → output → outcome → goal, plus
    /// outcome → outcome for chains of intermediate outcomes.
    pub fn may_link_to(self, to: NodeKind) -> bool {
        matches!(
            (self, to),
            (NodeKind::Activity, NodeKind::Output)
                | (NodeKind::Output, NodeKind::Outcome)
                | (NodeKind::Outcome, NodeKind::Outcome)
                | (NodeKind::Outcome, NodeKind::Goal)
        )
    }
}

impl StakeholderKind {
    /// Whether stakeholders of this kind count as institutions for the shared-responsibility check.
    pub fn is_institution(self) -> bool {
        matches!(
            self,
            StakeholderKind::PublicInstitution
                | StakeholderKind::CivilSociety
                | StakeholderKind::Employer
                | StakeholderKind::Funder
        )
    }
}

coded! {
    /// Where the figures that judge a plan indicator come from (its **evidence source**).
    pub enum SourceKind: "plans-source" {
        /// The plan's own participants: their answers at the baseline and at follow-ups.
        Participants = "participants", "The plan's participants",
            "The plan's participants: the same people at the baseline and at follow-ups";
        /// A dataset of the organisation, filtered to the people the work reaches.
        Dataset = "dataset", "A dataset of the people reached",
            "A dataset, filtered to the people the work reaches";
        /// A survey of a wider population, shown beside the plan but never judged.
        Context = "context", "Context only",
            "Context only: a wider survey shown beside the plan, never judged against the target";
    }
}

coded! {
    /// What a baseline and a target are measured in.
    pub enum UnitKind: "plans-unit" {
        /// A share of people, from 0 to 100.
        Percentage = "percentage", "Percentage", "A percentage of people (0 to 100)";
        /// A mean on a scale with a lowest and a highest value (such as 0 to 10).
        Mean = "mean", "Mean on a scale", "A mean on a scale (give its lowest and highest value)";
        /// A number of people, sessions or events.
        Count = "count", "Count", "A count of people, sessions or events";
        /// Events per unit of population or time.
        Rate = "rate", "Rate", "A rate: events per unit of population or time";
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::Code;

    /// Every code round-trips through `parse` and serde, serde writes the code, and codes and
    /// keys are unique within the enum.
    fn round_trips<T: Code + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug>(
        expected_codes: &[&str],
    ) {
        assert_eq!(T::CODES, expected_codes);
        assert_eq!(T::ALL.len(), T::CODES.len());
        let mut keys = BTreeSet::new();
        for (value, code) in T::ALL.iter().zip(T::CODES) {
            assert_eq!(value.code(), *code);
            assert_eq!(T::parse(code), Some(*value));
            let json = serde_json::to_string(value).expect("serialises");
            assert_eq!(json, format!("\"{code}\""));
            assert_eq!(
                serde_json::from_str::<T>(&json).expect("deserialises"),
                *value
            );
            assert!(!value.label().is_empty() && !value.choice().is_empty());
            // The English words here and in the message files are the same words.
            let en = |key: &str| tessera_l10n::t_in(tessera_l10n::Lang::En, key, &[]);
            assert_eq!(
                en(value.label_key()),
                value.label(),
                "{}",
                value.label_key()
            );
            assert_eq!(
                en(value.choice_key()),
                value.choice(),
                "{}",
                value.choice_key()
            );
            for lang in tessera_l10n::Lang::ALL {
                assert!(
                    tessera_l10n::has(lang, value.label_key()),
                    "{lang:?} {code}"
                );
                assert!(
                    tessera_l10n::has(lang, value.choice_key()),
                    "{lang:?} {code}"
                );
            }
            assert!(keys.insert(value.label_key()), "{}", value.label_key());
            if value.choice() != value.label() {
                assert!(keys.insert(value.choice_key()), "{}", value.choice_key());
            } else {
                assert_eq!(value.choice_key(), value.label_key());
            }
        }
        assert_eq!(T::parse(""), None);
        assert_eq!(T::parse(&expected_codes[0].to_uppercase()), None);
        assert_eq!(T::parse(&format!(" {}", expected_codes[0])), None);
    }

    #[test]
    fn every_code_is_the_plan_files_word_and_reads_back() {
        // The codes as `docs/plan-format.md` documents them: files written before must still read.
        round_trips::<PlanKind>(&["intervention", "strategy"]);
        round_trips::<Side>(&["newcomers", "receiving_community"]);
        round_trips::<NodeKind>(&["goal", "outcome", "output", "activity"]);
        round_trips::<AssumptionStatus>(&["untested", "holding", "challenged"]);
        round_trips::<EvidenceKind>(&[
            "statistics",
            "survey",
            "service_data",
            "qualitative",
            "research",
        ]);
        round_trips::<EvidenceStrength>(&["weak", "moderate", "strong"]);
        round_trips::<StakeholderKind>(&[
            "newcomer_group",
            "receiving_community",
            "public_institution",
            "civil_society",
            "employer",
            "funder",
            "other",
        ]);
        round_trips::<Stage>(&["design", "delivery", "evaluation"]);
        round_trips::<Direction>(&["up", "down"]);
        round_trips::<BaselineSource>(&["local", "national", "elsewhere"]);
        round_trips::<MethodKind>(&[
            "survey",
            "focus_group",
            "interview",
            "administrative_records",
            "participant_feedback",
            "creative_outputs",
            "other",
        ]);
        round_trips::<SampleKind>(&["participants", "wider_community", "comparison_group"]);
    }

    #[test]
    fn labels_and_choices_have_stable_keys() {
        assert_eq!(Side::ReceivingCommunity.label(), "Receiving community");
        assert_eq!(
            Side::ReceivingCommunity.label_key(),
            "plans-side-receiving_community"
        );
        assert_eq!(
            StakeholderKind::PublicInstitution.choice(),
            "A public institution: council, school, health body"
        );
        assert_eq!(
            StakeholderKind::PublicInstitution.choice_key(),
            "plans-stakeholder-kind-public_institution-choice"
        );
        assert_eq!(MethodKind::Interview.choice(), "Interviews");
        assert_eq!(
            MethodKind::Interview.choice_key(),
            "plans-method-kind-interview"
        );
        assert_eq!(AssumptionStatus::default(), AssumptionStatus::Untested);
    }

    #[test]
    fn labels_come_in_the_language_of_the_request() {
        use tessera_l10n::{Lang, sync_scope};
        assert_eq!(Side::Newcomers.text(), "Newcomers");
        let welsh = sync_scope(Lang::Cy, || {
            (
                Side::Newcomers.text(),
                NodeKind::Outcome.text(),
                Direction::Up.choice_text(),
            )
        });
        assert_eq!(welsh.0, "Newydd-ddyfodiaid");
        assert_eq!(welsh.1, "Canlyniad interim");
        assert_eq!(welsh.2, "Gorau po uchaf");
    }

    #[test]
    fn an_unknown_code_in_a_file_is_refused_with_every_code_listed() {
        let err = serde_json::from_str::<Direction>("\"sideways\"").expect_err("unknown");
        assert_eq!(
            err.to_string(),
            "unknown variant `sideways`, expected `up` or `down` at line 1 column 10"
        );
        let err = serde_json::from_str::<PlanKind>("3").expect_err("not a string");
        assert_eq!(
            err.to_string(),
            "invalid type: integer `3`, expected one of `intervention`, `strategy` at line 1 column 1"
        );
        let err = serde_json::from_str::<NodeKind>("\"Goal\"").expect_err("case matters");
        assert!(
            err.to_string()
                .contains("expected one of `goal`, `outcome`"),
            "{err}"
        );
    }
}
