use tessera_framework::{
    Catalogue, DomainId, DomainRef, Indicator, IndicatorId, IndicatorKind, LocalIndicatorError,
    Origin, PackId, Reason, load_pack_from_sources,
};

use crate::good_pack;

fn catalogue() -> Catalogue {
    match Catalogue::new(vec![good_pack("good"), good_pack("partner")]) {
        Ok(c) => c,
        Err(e) => panic!("fixtures should form a catalogue:\n{e}"),
    }
}

fn ids(indicators: &[&Indicator]) -> Vec<String> {
    indicators.iter().map(|i| i.qualified_id()).collect()
}

#[test]
fn lookups_find_packs_domains_by_id_or_number_and_indicators_by_qualified_id() {
    let c = catalogue();
    assert!(c.pack("good").is_some());
    assert!(c.pack("missing").is_none());
    assert_eq!(
        c.domain("good", "12").map(|d| d.name.as_str()),
        Some("Safety")
    );
    assert_eq!(c.domain("good", "safety").map(|d| d.number), Some(Some(12)));
    assert!(c.domain("good", "99").is_none());
    assert!(c.indicator("good/hea-gp-registered").is_some());
    assert!(
        c.indicator("hea-gp-registered").is_some(),
        "bare ids work when unambiguous"
    );
    assert!(c.indicator("partner/hea-gp-registered").is_none());
    let gp = c.indicator("hea-gp-registered").expect("indicator");
    assert_eq!(
        c.domain_of(gp).map(|d| d.id.as_str()),
        Some("health-and-social-care")
    );
}

#[test]
fn indicators_in_a_domain_and_crosswalked_to_it_are_listed() {
    let c = catalogue();
    assert_eq!(
        ids(&c.indicators_in_domain("good", "social-bridges")),
        ["good/bri-friends-different", "good/bri-formal-volunteering"]
    );
    assert_eq!(
        ids(&c.crosswalked_to("good", "1")),
        ["partner/unemployment-gap"],
        "the reverse crosswalk finds the partner pack's indicator"
    );
    assert!(c.crosswalked_to("good", "safety").is_empty());
}

#[test]
fn related_domains_include_those_listed_and_those_that_list_this_one() {
    let c = catalogue();
    let related: Vec<&str> = c
        .related_domains("good", "social-bridges")
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(related, ["social-bonds", "language-and-communication"]);
}

#[test]
fn crosswalks_to_unknown_packs_or_domains_are_reported_with_their_line() {
    let partner = "[[domain]]\nid = \"jobs\"\nname = \"Jobs\"\nsummary = \"Jobs.\"\n";
    let indicators = "[[indicator]]\nid = \"x\"\ndomain = \"jobs\"\nname = \"X\"\norigin = \"starter\"\n\
                      kind = \"count\"\nnumerator = \"X\"\ncrosswalk = [\n  \"good/work\",\n  \"good/nowhere\",\n  \"elsewhere/work\",\n]\n";
    let pack = "id = \"bad-cross\"\nname = \"B\"\npublisher = \"T\"\nsummary = \"S.\"\nlicence = \"L\"\nattribution = \"A.\"\n";
    let loaded = load_pack_from_sources(
        "bad-cross",
        &[
            ("pack.toml", pack),
            ("domains.toml", partner),
            ("indicators.toml", indicators),
        ],
    )
    .expect("each pack is fine on its own");
    let errors = Catalogue::new(vec![good_pack("good"), loaded]).expect_err("bad crosswalks");
    let got: Vec<(String, Option<usize>, Option<String>)> = errors
        .problems
        .iter()
        .map(|p| (p.file.clone(), p.line, p.path()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "indicators.toml".to_owned(),
                Some(10),
                Some(r#"indicator "x".crosswalk[2]"#.to_owned())
            ),
            (
                "indicators.toml".to_owned(),
                Some(11),
                Some(r#"indicator "x".crosswalk[3]"#.to_owned())
            ),
        ],
        "{errors}"
    );
    assert!(errors.problems[1].message.contains("no pack \"elsewhere\""));
}

#[test]
fn two_packs_with_the_same_id_do_not_form_a_catalogue() {
    assert!(Catalogue::new(vec![good_pack("good"), good_pack("good")]).is_err());
}

fn local(id: &str, domain: &str) -> Indicator {
    Indicator {
        id: IndicatorId::parse(id).expect("valid id"),
        pack: PackId::parse("good").expect("valid id"),
        domain: DomainId::parse(domain).expect("valid id"),
        name: "Share of café visitors who made a new friend".into(),
        origin: Origin::Local,
        quote: None,
        described_from: None,
        kind: IndicatorKind::Proportion,
        two_way: true,
        numerator: "Visitors who say they made a new friend at the café".into(),
        denominator: Some("Visitors who answered the feedback card".into()),
        data_source: Some(tessera_framework::DataSourceKindId::parse("local-survey").expect("id")),
        topics: vec!["friendship café".into()],
        group: None,
        crosswalk: vec![DomainRef::parse("partner/labour-market").expect("ref")],
        crosswalk_links: Vec::new(),
        survey: None,
        availability: None,
        toolkit: Vec::new(),
        licence: None,
        translations: Default::default(),
        source: None,
    }
}

#[test]
fn an_organisation_can_add_a_local_indicator_that_then_shows_in_lookups_and_search() {
    let mut c = catalogue();
    c.add_local_indicator(local("cafe-new-friend", "social-bridges"))
        .expect("a valid local indicator");
    assert_eq!(c.local_indicators().len(), 1);
    assert!(
        ids(&c.indicators_in_domain("good", "social-bridges"))
            .contains(&"good/cafe-new-friend".to_owned())
    );
    assert_eq!(
        ids(&c.crosswalked_to("partner", "labour-market")),
        ["good/cafe-new-friend"]
    );
    let hits = c.search("café");
    assert_eq!(hits[0].domain().as_str(), "social-bridges");
    assert!(
        matches!(&hits[0].reasons[0], Reason::Indicator { indicator, .. } if *indicator == "cafe-new-friend"),
        "the domain leads because of its local indicator: {:?}",
        hits[0]
    );
    assert_eq!(
        hits[1].indicator().map(|i| i.as_str()),
        Some("cafe-new-friend")
    );
}

#[test]
fn local_indicators_are_checked_like_pack_indicators() {
    let mut c = catalogue();
    let mut starter = local("x", "social-bridges");
    starter.origin = Origin::Starter;
    assert!(matches!(
        c.add_local_indicator(starter),
        Err(LocalIndicatorError::NotLocal(..))
    ));
    assert!(matches!(
        c.add_local_indicator(local("x", "nowhere")),
        Err(LocalIndicatorError::UnknownDomain { .. })
    ));
    assert!(matches!(
        c.add_local_indicator(local("hea-gp-registered", "social-bridges")),
        Err(LocalIndicatorError::DuplicateId { .. })
    ));
    let mut no_denominator = local("y", "social-bridges");
    no_denominator.denominator = None;
    assert!(matches!(
        c.add_local_indicator(no_denominator),
        Err(LocalIndicatorError::Invalid { ref field, .. }) if field == "denominator"
    ));
    let mut bad_cross = local("z", "social-bridges");
    bad_cross.crosswalk = vec![DomainRef::parse("good/nowhere").expect("well-formed")];
    assert!(matches!(
        c.add_local_indicator(bad_cross),
        Err(LocalIndicatorError::Invalid { ref field, .. }) if field == "crosswalk[1]"
    ));
    assert!(c.local_indicators().is_empty(), "nothing half-added");
}
