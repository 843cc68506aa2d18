//! Checks that a plan measures integration in more than one part of life.

use tessera_framework::DomainRef;

use crate::model::Plan;

use super::facts::Facts;
use super::{Check, CheckStatus, DOMAINS_HREF, Principle, result};

pub(super) fn several_domains(f: &Facts) -> Check {
    let (status, explanation) = match f.domains.len() {
        0 if f.indicators > 0 => (
            CheckStatus::Fail,
            "None of the indicators can be placed in a framework domain yet. Choose indicators \
             from the catalogue, or give local indicators their domain, drawing on at least two \
             domains so the plan looks at more than one part of life.",
        ),
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

pub(super) fn several_domain_types(f: &Facts) -> Check {
    // Types are counted only over the domains counted by "several-domains": one indicator
    // cannot pass this check while failing that one, even when it is crosswalked to IOI
    // domains of two types.
    let status = if f.domains.len() >= 2 && f.domain_types.len() >= 2 {
        CheckStatus::Pass
    } else {
        CheckStatus::Fail
    };
    let explanation = if status == CheckStatus::Pass {
        "The indicators come from more than one domain and more than one type of domain (for \
         example a facilitator as well as a social connection)."
    } else if f.domains.len() < 2 {
        "The indicators do not yet cover two domains, so they cannot cover two types of domain. \
         A good starting point is one domain from each type that matters to the work — a \
         facilitator, a social connection and a marker or means."
    } else {
        "The indicators all come from one type of domain. A good starting point is one domain \
         from each type that matters to the work — a facilitator, a social connection and a \
         marker or means — so add an indicator from another type."
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

pub(super) fn social_connections(f: &Facts) -> Check {
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

pub(super) fn own_service_domain(plan: &Plan, f: &Facts) -> Check {
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
    if plan.domains.is_empty() {
        return result(
            id,
            Principle::MultiDimensional,
            CheckStatus::NotApplicable,
            title,
            "The plan does not say which domains it works in yet, so there is no service area to \
             compare the indicators with. Add the domains the work is in.",
            Vec::new(),
            DOMAINS_HREF,
        );
    }
    let own: Vec<&String> = plan.domains.iter().collect();
    let only_own = own.len() == 1 && f.domains.iter().all(|d| own.contains(&d));
    if only_own {
        let domain = own.first().map(|d| d.as_str()).unwrap_or_default();
        let href = match DomainRef::parse(domain) {
            Ok(r) => format!("/frameworks/{}/domains/{}", r.pack, r.domain),
            Err(_) => DOMAINS_HREF.to_owned(),
        };
        return result(
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
        );
    }
    if f.domains.len() < 2 {
        // Passing here while "Measures more than one domain" fails would read as a
        // contradiction; with one domain measured that check says what to do.
        return result(
            id,
            Principle::MultiDimensional,
            CheckStatus::NotApplicable,
            title,
            "The indicators measure a single domain, so \u{201c}Measures more than one domain\u{201d} \
             comes first; this check looks again once there are two.",
            Vec::new(),
            DOMAINS_HREF,
        );
    }
    result(
        id,
        Principle::MultiDimensional,
        CheckStatus::Pass,
        title,
        "The indicators cover more than one domain and reach beyond the single area a service \
         works in.",
        Vec::new(),
        DOMAINS_HREF,
    )
}
