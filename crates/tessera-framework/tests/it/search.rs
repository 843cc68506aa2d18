//! Search rankings, on the `good` fixture (always) and on the shipped IOI pack (when present).

use tessera_framework::{Catalogue, Hit, Reason};

use crate::good_pack;

fn fixture_catalogue() -> Catalogue {
    Catalogue::new(vec![good_pack("good")]).expect("fixture catalogue")
}

/// The shipped catalogue, or `None` (with a message) while `frameworks/ioi-2019` is not there.
fn shipped_ioi() -> Option<Catalogue> {
    let catalogue = match Catalogue::shipped() {
        Ok(c) => c,
        Err(e) => panic!("the shipped packs should load:\n{e}"),
    };
    if catalogue.pack("ioi-2019").is_none() {
        eprintln!("skipping: frameworks/ioi-2019 is not in the repository yet");
        return None;
    }
    Some(catalogue)
}

fn top_domain_name<'c>(catalogue: &'c Catalogue, query: &str, pack: &str) -> &'c str {
    let hits = catalogue.search(query);
    let top = hits
        .iter()
        .find(|h| h.is_domain() && h.pack() == pack)
        .unwrap_or_else(|| panic!("{query:?} found no domain of {pack}"));
    assert!(
        hits[0].is_domain(),
        "{query:?}: the first hit is a domain, got {:?}",
        hits[0]
    );
    let domain = catalogue
        .domain(pack, top.domain().as_str())
        .expect("hit names a real domain");
    &domain.name
}

fn assert_rankings(catalogue: &Catalogue, pack: &str) {
    for (query, want) in [
        ("ESOL", "Language and Communication"),
        ("esol", "Language and Communication"),
        ("hate crime", "Safety"),
        ("GP", "Health and Social Care"),
        ("gp", "Health and Social Care"),
        ("friends from different backgrounds", "Social Bridges"),
        ("volunteers", "Social Bridges"),
    ] {
        assert_eq!(
            top_domain_name(catalogue, query, pack),
            want,
            "query {query:?}"
        );
    }
}

#[test]
fn fixture_keyword_queries_send_the_reader_to_the_right_domain() {
    assert_rankings(&fixture_catalogue(), "good");
}

#[test]
fn shipped_ioi_keyword_queries_send_the_reader_to_the_right_domain() {
    if let Some(catalogue) = shipped_ioi() {
        assert_rankings(&catalogue, "ioi-2019");
    }
}

#[test]
fn an_exact_keyword_match_is_given_as_the_reason() {
    let hits = fixture_catalogue().search("Hate crime");
    assert_eq!(
        hits[0].reasons[0],
        Reason::Keyword {
            term: "Hate crime".into(),
            exact: true
        }
    );
}

#[test]
fn indicators_of_the_matching_domain_follow_ranked() {
    let hits = fixture_catalogue().search("hate crime");
    let indicators: Vec<&Hit> = hits.iter().filter(|h| !h.is_domain()).collect();
    assert_eq!(
        indicators[0].indicator().map(|i| i.as_str()),
        Some("saf-hate-crime-reports")
    );
    assert!(
        hits.windows(2).skip(1).all(|w| w[0].score >= w[1].score),
        "after the leading domain, hits are in score order"
    );
}

#[test]
fn volunteers_finds_volunteering_indicators() {
    let hits = fixture_catalogue().search("volunteers");
    assert!(hits.iter().any(|h| {
        h.indicator()
            .is_some_and(|i| *i == "bri-formal-volunteering")
    }));
    if let Some(catalogue) = shipped_ioi() {
        let hits = catalogue.search("volunteers");
        let volunteering = hits
            .iter()
            .filter_map(|h| h.indicator())
            .filter(|i| i.as_str().contains("volunt"))
            .count();
        assert!(
            volunteering > 0,
            "the shipped IOI pack has indicators about volunteering"
        );
    }
}

#[test]
fn acronyms_match_only_as_whole_words() {
    let hits = fixture_catalogue().search("GPs");
    assert_eq!(hits[0].domain().as_str(), "health-and-social-care");
    assert!(
        fixture_catalogue().search("gpx").is_empty(),
        "no partial-word matches"
    );
}

#[test]
fn queries_of_only_stop_words_or_unknown_words_find_nothing() {
    let c = fixture_catalogue();
    assert!(c.search("the of and").is_empty());
    assert!(c.search("").is_empty());
    assert!(c.search("zzyzx").is_empty());
}

#[test]
fn the_same_query_always_gives_the_same_order() {
    let c = fixture_catalogue();
    let first = c.search("residents");
    for _ in 0..5 {
        assert_eq!(c.search("residents"), first);
    }
    let ids: Vec<String> = first
        .iter()
        .map(|h| match h.indicator() {
            Some(i) => format!("indicator {}/{i}", h.pack()),
            None => format!("domain {}/{}", h.pack(), h.domain()),
        })
        .collect();
    insta::assert_debug_snapshot!("residents_order", ids);
}
