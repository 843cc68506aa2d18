//! Checks that a plan measures integration in more than one part of life.

use tessera_framework::DomainRef;

use crate::model::Plan;

use super::facts::Facts;
use super::{Check, CheckStatus, DOMAINS_HREF, Principle, result, t, ta};

pub(super) fn several_domains(f: &Facts) -> Check {
    let (status, key) = match f.domains.len() {
        0 if f.indicators > 0 => (CheckStatus::Fail, "plans-check-several-domains-unplaced"),
        0 => (CheckStatus::Fail, "plans-check-several-domains-none"),
        1 => (CheckStatus::Fail, "plans-check-several-domains-one"),
        _ => (CheckStatus::Pass, "plans-check-several-domains-pass"),
    };
    let details = if f.domains.len() == 1 {
        f.domains
            .iter()
            .map(|d| {
                (
                    "one-domain",
                    ta(
                        "plans-check-several-domains-detail-all-in",
                        &[("domain", f.domain_name(d).into())],
                    ),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    result(
        "several-domains",
        Principle::MultiDimensional,
        status,
        t(key),
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
    let key = if status == CheckStatus::Pass {
        "plans-check-several-domain-types-pass"
    } else if f.domains.len() < 2 {
        "plans-check-several-domain-types-too-few-domains"
    } else {
        "plans-check-several-domain-types-one-type"
    };
    result(
        "several-domain-types",
        Principle::MultiDimensional,
        status,
        t(key),
        Vec::new(),
        DOMAINS_HREF,
    )
}

pub(super) fn social_connections(f: &Facts) -> Check {
    let (status, key) = if f.social_connection {
        (
            CheckStatus::Pass,
            "plans-check-social-connections-indicator-pass",
        )
    } else {
        (
            CheckStatus::Warn,
            "plans-check-social-connections-indicator-warn",
        )
    };
    result(
        "social-connections-indicator",
        Principle::MultiDimensional,
        status,
        t(key),
        Vec::new(),
        "/frameworks/ioi-2019/domains/social-bridges",
    )
}

pub(super) fn own_service_domain(plan: &Plan, f: &Facts) -> Check {
    let id = "not-only-own-service-domain";
    let plain = |status, key: &str| {
        result(
            id,
            Principle::MultiDimensional,
            status,
            t(key),
            Vec::new(),
            DOMAINS_HREF,
        )
    };
    if f.domains.is_empty() {
        return plain(
            CheckStatus::NotApplicable,
            "plans-check-not-only-own-service-domain-no-indicators",
        );
    }
    if plan.domains.is_empty() {
        return plain(
            CheckStatus::NotApplicable,
            "plans-check-not-only-own-service-domain-no-domains",
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
            ta(
                "plans-check-not-only-own-service-domain-warn",
                &[("domain", f.domain_name(domain).into())],
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
            ta(
                "plans-check-not-only-own-service-domain-one-domain",
                &[("check", t("plans-check-several-domains-title").into())],
            ),
            Vec::new(),
            DOMAINS_HREF,
        );
    }
    plain(
        CheckStatus::Pass,
        "plans-check-not-only-own-service-domain-pass",
    )
}
