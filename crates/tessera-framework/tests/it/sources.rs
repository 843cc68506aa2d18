//! The shipped packs against their sources: principles keep their source's meaning, facts say
//! where they come from, and every part carries a licence that is true of it.

use tessera_framework::{Catalogue, Origin, TESSERA_SOURCE};

fn shipped() -> Catalogue {
    Catalogue::shipped().unwrap_or_else(|e| panic!("the shipped packs should load:\n{e}"))
}

/// One principle's source definition, reduced to the terms its summary must keep and the
/// terms that would change its meaning.
struct Definition {
    pack: &'static str,
    principle: &'static str,
    /// Where the definition is.
    source: &'static str,
    /// Terms the summary must contain (case-insensitive), each standing for an element of the
    /// source's definition.
    required: &'static [&'static str],
    /// Terms that must not appear, because they would bend the meaning.
    forbidden: &'static [&'static str],
}

/// Key terms taken from each shipped principle's source definition.
///
/// IOI: the IOM UK guide's account of the four key principles (seeds/002, "The key
/// principles"). Inclusive Cities: the five core principles as the COMPAS policy brief lists
/// them (seeds/001). New Scots: the guide's section on Scotland.
const DEFINITIONS: &[Definition] = &[
    Definition {
        pack: "ioi-2019",
        principle: "multi-dimensional",
        source: "guide: no single process, no particular pathway, a range of domains, changing with context",
        required: &["single process", "pathway", "range of domains", "context"],
        forbidden: &[],
    },
    Definition {
        pack: "ioi-2019",
        principle: "multi-directional",
        source: "guide: no homogeneous society to be inserted into; marginalised in some contexts, powerful in others; adaptation by all without undermining identity; measure receiving communities as well as newcomers",
        required: &[
            "uniform",
            "marginalised",
            "power",
            "adapt",
            "without giving up who they are",
            "receiving communities",
            "newcomers",
        ],
        forbidden: &[],
    },
    Definition {
        pack: "ioi-2019",
        principle: "shared-responsibility",
        source: "guide: roles for local and national government, newcomers and receiving communities; evaluation captures the impact on all participants",
        required: &[
            "local and national government",
            "newcomers",
            "receiving communities",
            "evaluations",
            "everyone taking part",
        ],
        forbidden: &[],
    },
    Definition {
        pack: "ioi-2019",
        principle: "context-specific",
        source: "guide: no universal targets; increased capacity of all people to live, work, learn and socialise together, based on shared rights, responsibilities and opportunities (Integrated Communities Strategy)",
        required: &[
            "no universal targets",
            "live, work, learn and socialise together",
            "shared rights, responsibilities and opportunities",
        ],
        forbidden: &["equal rights", "duties", "chances"],
    },
    Definition {
        pack: "inclusive-cities",
        principle: "local-leadership",
        source: "brief: provide local leadership to create change; the local level as home of governance, leading and convening partners",
        required: &["leadership", "change", "partners", "local"],
        forbidden: &[],
    },
    Definition {
        pack: "inclusive-cities",
        principle: "shared-responsibility-in-partnership",
        source: "brief: inclusion is a shared responsibility delivered in partnership",
        required: &["shares", "responsibility", "partnership"],
        forbidden: &[],
    },
    Definition {
        pack: "inclusive-cities",
        principle: "newcomers-and-longer-standing-residents",
        source: "brief: work with newcomers and longer standing residents; a two-way process",
        required: &["newcomers", "longer", "two-way"],
        forbidden: &[],
    },
    Definition {
        pack: "inclusive-cities",
        principle: "data-and-evidence",
        source: "brief: use available data and evidence to understand the local context in order to identify core priorities, set goals, monitor impact and update strategies as needed",
        required: &[
            "data and evidence",
            "local context",
            "core priorities",
            "set goals",
            "monitor impact",
            "update strategies",
        ],
        forbidden: &[],
    },
    Definition {
        pack: "inclusive-cities",
        principle: "act-locally-advocate-nationally-learn-internationally",
        source: "brief: take action at the local level, provide advocacy at the national level, learn from best practice internationally",
        required: &[
            "local level",
            "advocate",
            "national level",
            "best practice",
            "internationally",
        ],
        forbidden: &[],
    },
    Definition {
        pack: "new-scots",
        principle: "integration-from-day-one",
        source: "guide: asylum seekers are beneficiaries of integration strategies in Scotland from the moment of arrival",
        required: &["asylum seekers", "arrive"],
        forbidden: &[],
    },
];

#[test]
fn every_principle_summary_keeps_the_key_terms_of_its_source_definition() {
    let catalogue = shipped();
    let mut checked = 0;
    for pack in catalogue.packs() {
        for principle in &pack.principles {
            let definition = DEFINITIONS
                .iter()
                .find(|d| d.pack == pack.id.as_str() && d.principle == principle.id.as_str())
                .unwrap_or_else(|| {
                    panic!(
                        "{}/{} has no source definition in this test; add its key terms",
                        pack.id, principle.id
                    )
                });
            let summary = principle
                .summary
                .as_deref()
                .unwrap_or_default()
                .to_lowercase()
                .replace(['\u{201c}', '\u{201d}'], "");
            for term in definition.required {
                assert!(
                    summary.contains(&term.to_lowercase()),
                    "{}/{}: the summary lacks {term:?} from its source ({}):\n{summary}",
                    pack.id,
                    principle.id,
                    definition.source
                );
            }
            for term in definition.forbidden {
                assert!(
                    !summary.contains(&term.to_lowercase()),
                    "{}/{}: the summary says {term:?}, which bends its source ({})",
                    pack.id,
                    principle.id,
                    definition.source
                );
            }
            checked += 1;
        }
    }
    assert_eq!(
        checked,
        DEFINITIONS.len(),
        "every definition here names a shipped principle"
    );
}

#[test]
fn the_context_specific_principle_quotes_shared_not_equal_with_its_source() {
    let catalogue = shipped();
    let principle = catalogue
        .pack("ioi-2019")
        .and_then(|p| p.principles.iter().find(|x| x.id == "context-specific"))
        .expect("principle");
    let quote = principle
        .quote
        .as_ref()
        .expect("the phrase is marked as a quotation");
    assert_eq!(
        quote.text.as_deref(),
        Some("shared rights, responsibilities and opportunities")
    );
    assert_eq!(quote.source.as_str(), "ics-green-paper-2018");
    assert_eq!(
        quote.via.as_ref().map(|v| v.as_str()),
        Some("iom-guide-2020")
    );
}

#[test]
fn every_keyword_says_where_its_fact_comes_from_in_tessera_words() {
    for pack in shipped().packs() {
        for keyword in &pack.keywords {
            let source = keyword
                .source
                .as_ref()
                .unwrap_or_else(|| panic!("{}: {:?} has no source", pack.id, keyword.term));
            assert!(
                source == TESSERA_SOURCE || pack.source(source.as_str()).is_some(),
                "{}: {:?} names an unknown source",
                pack.id,
                keyword.term
            );
            if source == TESSERA_SOURCE {
                assert!(
                    keyword.note.is_some(),
                    "{:?}: Tessera's own entries say why",
                    keyword.term
                );
            }
            // The guide prints inverted entries ("Care, antenatal"); Tessera writes its own.
            assert!(
                !keyword.term.contains(", ") || keyword.term.starts_with("voluntary"),
                "{}: {:?} keeps the guide's inverted form",
                pack.id,
                keyword.term
            );
            assert!(
                !keyword.term.contains('…'),
                "{:?}: truncated entries are left out",
                keyword.term
            );
        }
    }
}

#[test]
fn the_keyword_index_credits_iom_uk_and_is_not_labelled_with_the_framework_licence() {
    let catalogue = shipped();
    let ioi = catalogue.pack("ioi-2019").expect("IOI pack");
    let guide = ioi
        .source("iom-guide-2020")
        .expect("the guide is a named source");
    assert!(guide.rights.contains("All rights reserved"));
    assert!(guide.credit.as_deref().unwrap_or_default().contains("IOM"));
    assert!(
        ioi.credits()
            .iter()
            .any(|c| c.contains("International Organization for Migration"))
    );
    let keywords = ioi.licence_of("keywords.toml");
    assert!(!keywords.contains("Open Government Licence"), "{keywords}");
    assert!(keywords.contains("iom-guide-2020"), "{keywords}");
}

#[test]
fn quoted_and_described_indicators_name_a_source_the_pack_lists() {
    for pack in shipped().packs() {
        for i in &pack.indicators {
            let from = match i.origin {
                Origin::Quoted => i.quote.as_ref(),
                Origin::Described => i.described_from.as_ref(),
                _ => continue,
            };
            let from =
                from.unwrap_or_else(|| panic!("{} says where it comes from", i.qualified_id()));
            assert!(
                pack.source(from.source.as_str()).is_some(),
                "{}",
                i.qualified_id()
            );
        }
    }
}

#[test]
fn the_four_ioi_indicators_quoted_in_the_guide_keep_its_exact_wording() {
    let catalogue = shipped();
    // The wording as the guide prints it (seeds/002, Exercise 2 sample answer).
    for (id, wording) in [
        (
            "lan-esol-attendance",
            "% regularly attending ESOL classes or equivalent adult English language learning",
        ),
        (
            "lan-practice-outside-class",
            "% participating in initiatives to provide language practice outside of classes (e.g. through social activities, with mentors or through volunteering)",
        ),
        (
            "bri-simple-conversation",
            "% people who do not have English as a first language reporting ability to hold simple conversation with a local language speaker (e.g. a neighbour)",
        ),
        (
            "bri-ask-neighbours-for-help",
            "% confident to ask their neighbours of all backgrounds for help",
        ),
    ] {
        let i = catalogue
            .indicator(&format!("ioi-2019/{id}"))
            .expect("indicator");
        assert_eq!(i.name, wording);
        assert_eq!(i.origin, Origin::Quoted);
        let quote = i.quote.as_ref().expect("quote");
        assert_eq!(
            quote.source.as_str(),
            "home-office-ioi-2019",
            "{id}: the framework's wording"
        );
        assert_eq!(
            quote.via.as_ref().map(|v| v.as_str()),
            Some("iom-guide-2020")
        );
    }
    let quoted = catalogue
        .pack("ioi-2019")
        .expect("IOI")
        .indicators
        .iter()
        .filter(|i| i.origin == Origin::Quoted)
        .count();
    assert_eq!(
        quoted, 4,
        "only the indicators the guide quotes are marked quoted"
    );
}

#[test]
fn every_pack_and_file_with_other_rights_states_a_licence_and_its_sources() {
    for pack in shipped().packs() {
        assert!(
            !pack.licence.is_empty() && pack.licence != "See source",
            "{}",
            pack.id
        );
        assert!(!pack.sources.is_empty(), "{} lists its sources", pack.id);
        for source in &pack.sources {
            assert!(
                !source.rights.is_empty() && !source.used_for.is_empty(),
                "{}",
                source.id
            );
        }
    }
}

#[test]
fn the_new_strategy_packs_crosswalk_every_domain_to_ioi() {
    let catalogue = shipped();
    for id in [
        "gla-social-integration",
        "new-scots",
        "wales-nation-of-sanctuary",
        "integrated-communities-strategy",
        "inclusive-cities",
    ] {
        let pack = catalogue
            .pack(id)
            .unwrap_or_else(|| panic!("{id} is shipped"));
        for d in &pack.domains {
            assert!(
                d.crosswalk.iter().any(|c| c.to.pack == "ioi-2019"),
                "{id}/{} crosswalks to an IOI domain",
                d.id
            );
        }
    }
    let housing = catalogue.domains_crosswalked_to("ioi-2019", "housing");
    let packs: Vec<&str> = housing.iter().map(|(p, _, _)| p.id.as_str()).collect();
    for id in [
        "new-scots",
        "wales-nation-of-sanctuary",
        "integrated-communities-strategy",
    ] {
        assert!(packs.contains(&id), "{id} covers IOI Housing: {packs:?}");
    }
}

#[test]
fn toolkit_facts_cover_the_indicators_with_a_national_data_source() {
    let catalogue = shipped();
    let ioi = catalogue.pack("ioi-2019").expect("IOI");
    let with_facts: Vec<_> = ioi
        .indicators
        .iter()
        .filter(|i| !i.toolkit.is_empty())
        .collect();
    assert!(
        with_facts.len() >= 75,
        "{} IOI indicators have toolkit facts",
        with_facts.len()
    );
    for i in &with_facts {
        for t in &i.toolkit {
            assert!(t.url.starts_with("https://"), "{}: {}", i.id, t.url);
            assert!(!t.levels.is_empty(), "{}: {} gives its levels", i.id, t.id);
        }
    }
    let employment = catalogue
        .indicator("ioi-2019/work-in-paid-work")
        .expect("indicator");
    let aps = &employment.toolkit[0];
    assert_eq!(aps.name, "Annual Population Survey");
    assert!(
        aps.levels
            .contains(&tessera_framework::GeographicLevel::LocalAuthority)
    );
    assert_eq!(aps.international, Some(true));
}
