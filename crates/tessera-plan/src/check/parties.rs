//! Checks that a plan measures both sides and shares the work among all who take part.

use crate::model::{Plan, Side, Stage, StakeholderKind};

use super::{Check, CheckStatus, PRINCIPLES_HREF, Principle, result, t, ta};

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
            details.push((
                "unmeasured-group",
                ta(
                    "plans-check-receiving-community-measured-detail-group",
                    &[("group", g.name.as_str().into())],
                ),
            ));
        }
    }
    let any = plan.outcome_indicators().next().is_some();
    let (status, key) = if measured {
        (
            CheckStatus::Pass,
            "plans-check-receiving-community-measured-pass",
        )
    } else if !any {
        (
            CheckStatus::Fail,
            "plans-check-receiving-community-measured-none",
        )
    } else {
        (
            CheckStatus::Fail,
            "plans-check-receiving-community-measured-newcomers-only",
        )
    };
    result(
        "receiving-community-measured",
        Principle::MultiDirectional,
        status,
        t(key),
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

    /// The party's word in keys and detail tags.
    fn code(self) -> &'static str {
        match self {
            Party::Newcomers => "newcomers",
            Party::ReceivingCommunity => "receiving-community",
            Party::Institutions => "institutions",
        }
    }

    /// The party's name inside a list ("the receiving community").
    fn text(self) -> String {
        t(&format!("plans-check-party-{}", self.code()))
    }
}

/// The parties no stakeholder of the plan belongs to.
fn missing_parties(plan: &Plan) -> Vec<Party> {
    Party::ALL
        .into_iter()
        .filter(|p| {
            !plan
                .stakeholders
                .iter()
                .any(|s| Party::of(s.kind) == Some(*p))
        })
        .collect()
}

pub(super) fn stakeholders_all_kinds(plan: &Plan) -> Check {
    let missing = missing_parties(plan);
    let details = missing
        .iter()
        .map(|p| {
            (
                p.code(),
                t(&format!(
                    "plans-check-stakeholders-of-all-three-kinds-detail-{}",
                    p.code()
                )),
            )
        })
        .collect();
    let (status, explanation) = if missing.is_empty() {
        (
            CheckStatus::Pass,
            t("plans-check-stakeholders-of-all-three-kinds-pass"),
        )
    } else {
        (
            CheckStatus::Fail,
            ta(
                "plans-check-stakeholders-of-all-three-kinds-fail",
                &[(
                    "missing",
                    missing
                        .iter()
                        .map(|p| p.text())
                        .collect::<Vec<_>>()
                        .join("; ")
                        .into(),
                )],
            ),
        )
    };
    result(
        "stakeholders-of-all-three-kinds",
        Principle::SharedResponsibility,
        status,
        explanation,
        details,
        PRINCIPLES_HREF,
    )
}

pub(super) fn stakeholders_in_design(plan: &Plan) -> Check {
    let id = "stakeholders-involved-in-design";
    let plain = |status, explanation: String| {
        result(
            id,
            Principle::SharedResponsibility,
            status,
            explanation,
            Vec::new(),
            PRINCIPLES_HREF,
        )
    };
    if plan.stakeholders.is_empty() {
        return plain(
            CheckStatus::NotApplicable,
            t("plans-check-no-stakeholders-yet"),
        );
    }
    if !missing_parties(plan).is_empty() {
        // Passing here ("each kind … from the design stage") while a kind is not named at all
        // would contradict "Names stakeholders from newcomers, the receiving community and
        // institutions", which reports the missing kinds.
        return plain(
            CheckStatus::NotApplicable,
            ta(
                "plans-check-stakeholders-involved-in-design-not-all-named",
                &[(
                    "check",
                    t("plans-check-stakeholders-of-all-three-kinds-title").into(),
                )],
            ),
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
        plain(
            CheckStatus::Pass,
            t("plans-check-stakeholders-involved-in-design-pass"),
        )
    } else {
        result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::Warn,
            t("plans-check-stakeholders-involved-in-design-warn"),
            late.iter()
                .map(|p| {
                    (
                        p.code(),
                        t(&format!(
                            "plans-check-stakeholders-involved-in-design-detail-{}",
                            p.code()
                        )),
                    )
                })
                .collect(),
            PRINCIPLES_HREF,
        )
    }
}

/// The sector institutional partners come from, for the partnership check (its key's word).
fn sector(kind: StakeholderKind) -> Option<&'static str> {
    match kind {
        StakeholderKind::PublicInstitution => Some("public"),
        StakeholderKind::CivilSociety => Some("voluntary"),
        StakeholderKind::Employer => Some("business"),
        StakeholderKind::Funder => Some("funders"),
        _ => None,
    }
}

pub(super) fn partners_from_several_sectors(plan: &Plan) -> Check {
    let id = "partners-from-several-sectors";
    if plan.stakeholders.is_empty() {
        return result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::NotApplicable,
            t("plans-check-no-stakeholders-yet"),
            Vec::new(),
            PRINCIPLES_HREF,
        );
    }
    let mut sectors: Vec<&str> = plan
        .stakeholders
        .iter()
        .filter_map(|s| sector(s.kind))
        .collect();
    // Listed in the order of the English words (as the list was first written), the same in
    // every language.
    const ORDER: [&str; 4] = ["business", "funders", "public", "voluntary"];
    sectors.sort_unstable_by_key(|s| ORDER.iter().position(|o| o == s));
    sectors.dedup();
    let sector_text = |s: &str| t(&format!("plans-check-sector-{s}"));
    if sectors.len() >= 2 {
        result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::Pass,
            ta(
                "plans-check-partners-from-several-sectors-pass",
                &[(
                    "sectors",
                    sectors
                        .iter()
                        .map(|s| sector_text(s))
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into(),
                )],
            ),
            Vec::new(),
            PRINCIPLES_HREF,
        )
    } else {
        let found = match sectors.first() {
            Some(s) => (
                "one-sector",
                ta(
                    "plans-check-partners-from-several-sectors-detail-one",
                    &[("sector", sector_text(s).into())],
                ),
            ),
            None => (
                "no-institution",
                t("plans-check-partners-from-several-sectors-detail-none"),
            ),
        };
        result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::Warn,
            t("plans-check-partners-from-several-sectors-warn"),
            vec![found],
            PRINCIPLES_HREF,
        )
    }
}

pub(super) fn local_leadership(plan: &Plan) -> Check {
    let id = "local-leadership";
    if plan.stakeholders.is_empty() {
        return result(
            id,
            Principle::SharedResponsibility,
            CheckStatus::NotApplicable,
            t("plans-check-no-stakeholders-yet"),
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
            t("plans-check-local-leadership-pass"),
            Vec::new(),
            PRINCIPLES_HREF,
        );
    }
    let detail = if public.is_empty() {
        (
            "no-public-body",
            t("plans-check-local-leadership-detail-none"),
        )
    } else {
        (
            "public-body-late",
            t("plans-check-local-leadership-detail-late"),
        )
    };
    result(
        id,
        Principle::SharedResponsibility,
        CheckStatus::Warn,
        t("plans-check-local-leadership-warn"),
        vec![detail],
        PRINCIPLES_HREF,
    )
}
