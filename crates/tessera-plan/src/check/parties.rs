//! Checks that a plan measures both sides and shares the work among all who take part.

use crate::model::{Plan, Side, Stage, StakeholderKind};

use super::{Check, CheckStatus, PRINCIPLES_HREF, Principle, result};

pub(super) fn receiving_community(plan: &Plan) -> Check {
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
    let any = plan.outcome_indicators().next().is_some();
    let (status, explanation) = if measured {
        (
            CheckStatus::Pass,
            "At least one indicator is measured for the receiving community, so change on both \
             sides can be seen.",
        )
    } else if !any {
        (
            CheckStatus::Fail,
            "No indicator yet measures the receiving community. Integration changes everyone \
             involved, so when you add indicators, apply at least one to `receiving_community`, \
             `both`, or a receiving-community target group.",
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

pub(super) fn stakeholders_all_kinds(plan: &Plan) -> Check {
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

pub(super) fn stakeholders_in_design(plan: &Plan) -> Check {
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
    let missing: Vec<Party> = Party::ALL
        .into_iter()
        .filter(|p| {
            !plan
                .stakeholders
                .iter()
                .any(|s| Party::of(s.kind) == Some(*p))
        })
        .collect();
    if !missing.is_empty() {
        // Passing here ("each kind … from the design stage") while a kind is not named at all
        // would contradict "Names stakeholders from newcomers, the receiving community and
        // institutions", which reports the missing kinds.
        return result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::NotApplicable,
            title,
            "Not every kind of stakeholder is named yet (see \u{201c}Names stakeholders from \
             newcomers, the receiving community and institutions\u{201d}); once each kind is \
             named, this check looks at whether someone from each takes part in the design.",
            Vec::new(),
            PRINCIPLES_HREF,
        );
    }
    let late: Vec<Party> = Party::ALL
        .into_iter()
        .filter(|p| {
            !plan
                .stakeholders
                .iter()
                .any(|s| Party::of(s.kind) == Some(*p) && s.involved_from == Stage::Design)
        })
        .collect();
    if late.is_empty() {
        result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::Pass,
            title,
            "Newcomers, the receiving community and institutions each have someone involved from \
             the design stage.",
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

/// The sectors institutional partners come from, for the partnership check.
fn sector(kind: StakeholderKind) -> Option<&'static str> {
    match kind {
        StakeholderKind::PublicInstitution => Some("public bodies"),
        StakeholderKind::CivilSociety => Some("voluntary and community groups"),
        StakeholderKind::Employer => Some("employers and business"),
        StakeholderKind::Funder => Some("funders"),
        _ => None,
    }
}

pub(super) fn partners_from_several_sectors(plan: &Plan) -> Check {
    let title = "Works in partnership across sectors";
    let id = "partners-from-several-sectors";
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
    let mut sectors: Vec<&str> = plan
        .stakeholders
        .iter()
        .filter_map(|s| sector(s.kind))
        .collect();
    sectors.sort_unstable();
    sectors.dedup();
    if sectors.len() >= 2 {
        result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::Pass,
            title,
            format!(
                "Partners come from more than one sector: {}.",
                sectors.join(", ")
            ),
            Vec::new(),
            PRINCIPLES_HREF,
        )
    } else {
        let found = match sectors.first() {
            Some(s) => format!("All institutional partners are {s}."),
            None => "No institutional partner is named.".to_owned(),
        };
        result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::Warn,
            title,
            "Inclusion is delivered in partnership: name partners from at least two sectors, such \
             as the council with voluntary groups, employers or funders, and say what each does.",
            vec![found],
            PRINCIPLES_HREF,
        )
    }
}

pub(super) fn local_leadership(plan: &Plan) -> Check {
    let title = "A public body leads from the design stage";
    let id = "local-leadership";
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
    let public: Vec<_> = plan
        .stakeholders
        .iter()
        .filter(|s| s.kind == StakeholderKind::PublicInstitution)
        .collect();
    if public.iter().any(|s| s.involved_from == Stage::Design) {
        return result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::Pass,
            title,
            "A public body, such as the council, takes part from the design stage and can lead \
             and bring partners together.",
            Vec::new(),
            PRINCIPLES_HREF,
        );
    }
    let detail = if public.is_empty() {
        "No public body, such as the council, is named as a stakeholder.".to_owned()
    } else {
        "The public bodies named join only after the design.".to_owned()
    };
    result(
        id,
        Principle::SharedResponsibility,
        CheckStatus::Warn,
        title,
        "Local leadership creates change: name the council or another public body among the \
         stakeholders and involve it from the design stage, leading the work and convening \
         partners.",
        vec![detail],
        PRINCIPLES_HREF,
    )
}
