//! What the checks need to know about a plan's indicators, looked up once.

use std::collections::{BTreeSet, HashMap};

use tessera_framework::{Catalogue, DomainRef};

use crate::model::Plan;

use super::IOI;

/// The IOI domain type holding Social Bonds, Social Bridges and Social Links.
const SOCIAL_CONNECTIONS: &str = "social-connections";

/// What the checks need to know about each indicator of the plan, looked up once.
pub(super) struct Facts {
    /// Number of indicator entries across all outcomes.
    pub(super) indicators: usize,
    /// Distinct `<pack>/<domain>` of the indicators that could be resolved.
    pub(super) domains: BTreeSet<String>,
    /// Distinct `<pack>/<domain-type>` of those domains.
    pub(super) domain_types: BTreeSet<String>,
    /// Whether any indicator measures a Social Connections domain.
    pub(super) social_connection: bool,
    /// References that name no known indicator.
    pub(super) unknown: Vec<String>,
    /// Domain names, for messages.
    domain_names: HashMap<String, String>,
}

impl Facts {
    pub(super) fn gather(plan: &Plan, catalogue: &Catalogue) -> Self {
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
            facts.domain_names.insert(
                key.clone(),
                d.name_in(tessera_l10n::current().code()).to_owned(),
            );
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

    pub(super) fn domain_name(&self, key: &str) -> String {
        self.domain_names
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_owned())
    }
}
