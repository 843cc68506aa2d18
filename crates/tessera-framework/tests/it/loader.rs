use tessera_framework::{
    CrosswalkStrength, Frequency, GeographicLevel, IndicatorKind, Origin, PackErrors, Problem,
    load_pack_dir, load_pack_from_sources,
};

use crate::{fixture, fixture_sources, good_pack};

fn located(errors: &PackErrors) -> Vec<(String, Option<usize>, Option<String>)> {
    errors
        .problems
        .iter()
        .map(|p| {
            // Drop the fixture folder so the expectations read as paths inside the pack.
            let file = p
                .file
                .rsplit_once("broken/")
                .map_or(p.file.clone(), |(_, rest)| rest.to_owned());
            (file, p.line, p.path())
        })
        .collect()
}

#[test]
fn a_pack_with_mistakes_lists_every_mistake_with_its_file_line_and_field() {
    let errors = load_pack_dir(&fixture("broken")).expect_err("the broken fixture must not load");
    let got = located(&errors);
    let expected: Vec<(&str, usize, &str)> = vec![
        ("pack.toml", 7, "colour"),
        ("pack.toml", 16, r#"principle "two-way".checks[1]"#),
        ("domains.toml", 8, r#"domain "work".id"#),
        ("domains.toml", 17, r#"domain "safety".summary"#),
        ("domains.toml", 18, r#"domain "safety".related[1]"#),
        ("keywords.toml", 4, r#"keyword "Jobs".source"#),
        ("keywords.toml", 8, r#"keyword "Hate crime".domains[2]"#),
        (
            "toolkit.toml",
            1,
            r#"toolkit_source "town-survey".facts_from"#,
        ),
        (
            "toolkit.toml",
            6,
            r#"toolkit_source "town-survey".levels[1]"#,
        ),
        (
            "indicators/a.toml",
            6,
            r#"indicator "employment-rate".kind"#,
        ),
        ("indicators/a.toml", 11, r#"indicator "employment-rate".id"#),
        (
            "indicators/a.toml",
            12,
            r#"indicator "employment-rate".domain"#,
        ),
        (
            "indicators/a.toml",
            13,
            r#"indicator "employment-rate".name"#,
        ),
        (
            "indicators/a.toml",
            14,
            r#"indicator "employment-rate".origin"#,
        ),
        (
            "indicators/a.toml",
            17,
            r#"indicator "employment-rate".data_source"#,
        ),
        ("indicators/a.toml", 19, "indicator[3].denominator"),
        ("indicators/a.toml", 20, "indicator[3].id"),
        (
            "indicators/a.toml",
            27,
            r#"indicator "quoted-without-source".quote"#,
        ),
        ("translations/cy.toml", 3, r#"domain "work".reviewed"#),
    ];
    for (file, line, path) in &expected {
        assert!(
            got.iter()
                .any(|(f, l, p)| f == file && *l == Some(*line) && p.as_deref() == Some(*path)),
            "expected a problem at {file}:{line} {path}; got:\n{errors}"
        );
    }
    let syntax: Vec<_> = got
        .iter()
        .filter(|(f, _, p)| f == "indicators/b.toml" && p.is_none())
        .collect();
    assert_eq!(
        syntax.len(),
        1,
        "one syntax error in indicators/b.toml; got:\n{errors}"
    );
    assert_eq!(syntax[0].1, Some(4), "the unclosed string is on line 4");
    assert_eq!(
        got.len(),
        expected.len() + 1,
        "no unexpected problems; got:\n{errors}"
    );
}

#[test]
fn problems_read_as_file_line_item_field_and_advice() {
    let sources = fixture_sources("broken");
    let files: Vec<(&str, &str)> = sources
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let errors = load_pack_from_sources("broken", &files).expect_err("broken");
    let kind = errors
        .problems
        .iter()
        .find(|p| p.field.as_deref() == Some("kind"))
        .expect("a kind problem");
    assert_eq!(
        kind.to_string(),
        r#"indicators/a.toml:6: indicator "employment-rate" field kind: "percent" is not one of proportion, mean, rate, count"#
    );
    insta::assert_snapshot!("broken_pack_problems", errors.to_string());
}

#[test]
fn the_same_files_give_the_same_problems_from_disk_and_from_memory() {
    let sources = fixture_sources("broken");
    let files: Vec<(&str, &str)> = sources
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let memory = load_pack_from_sources("broken", &files).expect_err("broken");
    let disk = load_pack_dir(&fixture("broken")).expect_err("broken");
    let strip = |p: &Problem| (p.line, p.path(), p.message.clone());
    assert_eq!(
        memory.problems.iter().map(strip).collect::<Vec<_>>(),
        disk.problems.iter().map(strip).collect::<Vec<_>>()
    );
    assert!(
        disk.problems
            .iter()
            .all(|p| p.file.starts_with(&fixture("broken").display().to_string())),
        "problems from disk name the full path"
    );
}

#[test]
fn a_good_pack_loads_with_keywords_resolved_and_defaults_applied() {
    let pack = good_pack("good");
    assert_eq!(pack.id.as_str(), "good");
    assert_eq!(pack.display_name(), "Good");
    assert_eq!(pack.domains.len(), 6);
    assert_eq!(pack.domain_types.len(), 3);
    assert_eq!(pack.data_source_kinds.len(), 2);
    let language = pack.domain("9").expect("domain number 9");
    assert_eq!(language.id.as_str(), "language-and-communication");
    assert_eq!(
        language.domain_type.as_ref().map(|t| t.as_str()),
        Some("facilitators")
    );
    let volunteering = pack
        .keywords
        .iter()
        .find(|k| k.term == "Volunteering/helping")
        .expect("keyword");
    let ids: Vec<&str> = volunteering.domains.iter().map(|d| d.as_str()).collect();
    assert_eq!(
        ids,
        ["work", "social-bridges"],
        "numbers and ids both resolve"
    );

    let ids: Vec<&str> = pack.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids[0], "work-employment-rate",
        "indicator files are read in name order"
    );
    let work = &pack.indicators[0];
    assert_eq!(work.kind, IndicatorKind::Proportion);
    assert_eq!(work.origin, Origin::Starter);
    assert!(work.two_way);
    assert_eq!(
        work.survey.as_ref().map(|s| s.name.as_str()),
        Some("Labour Force Survey")
    );
    let gp = pack.indicator("hea-gp-registered").expect("indicator");
    assert!(gp.two_way, "two_way defaults to true");
    let esol = pack.indicator("lan-esol-attendance").expect("indicator");
    assert!(!esol.two_way);
    let hate = pack.indicator("saf-hate-crime-reports").expect("indicator");
    assert_eq!(hate.kind, IndicatorKind::Rate);
    let availability = hate.availability.as_ref().expect("availability");
    assert!(availability.receiving_community && !availability.newcomers);
    let source = hate.source.as_ref().expect("loaded from a file");
    assert!(source.file.ends_with("indicators/02-other.toml"));
    assert_eq!(source.line, 48, "the line of its [[indicator]] header");
}

#[test]
fn a_pack_can_keep_all_indicators_in_one_indicators_toml() {
    let pack = good_pack("partner");
    assert_eq!(pack.indicators.len(), 1);
    assert_eq!(pack.indicators[0].crosswalk[0].to_string(), "good/work");
}

fn load(files: &[(&str, &str)]) -> PackErrors {
    load_pack_from_sources("tiny", files).expect_err("should fail")
}

const TINY_PACK: &str = r#"
id = "tiny"
name = "Tiny"
publisher = "Tests"
summary = "Tiny."
licence = "Apache-2.0"
attribution = "Tests."
"#;

const TINY_DOMAINS: &str = r#"
[[domain]]
id = "work"
name = "Work"
summary = "Work."
"#;

#[test]
fn a_pack_id_that_differs_from_its_folder_name_is_reported() {
    let pack = TINY_PACK.replace(r#"id = "tiny""#, r#"id = "small""#);
    let errors = load(&[("pack.toml", &pack), ("domains.toml", TINY_DOMAINS)]);
    assert_eq!(errors.problems.len(), 1, "{errors}");
    assert_eq!(errors.problems[0].line, Some(2));
    assert!(
        errors.problems[0].message.contains("folder name"),
        "{errors}"
    );
}

#[test]
fn missing_files_and_unexpected_files_are_reported() {
    let errors = load(&[("pack.toml", TINY_PACK), ("indicator.toml", "")]);
    let text = errors.to_string();
    assert!(text.contains("domains.toml: the file is missing"), "{text}");
    assert!(text.contains("indicator.toml: unexpected file"), "{text}");
}

#[test]
fn unknown_fields_are_reported_in_items_and_sub_tables() {
    let indicators = r#"
[[indicator]]
id = "work-rate"
domain = "work"
name = "Work rate"
origin = "starter"
kind = "count"
numerator = "People in work"
colour = "blue"

[indicator.survey]
name = "A survey"
questoin = "Typo"
"#;
    let errors = load(&[
        ("pack.toml", TINY_PACK),
        ("domains.toml", TINY_DOMAINS),
        ("indicators/work.toml", indicators),
    ]);
    let paths: Vec<(Option<usize>, Option<String>)> =
        errors.problems.iter().map(|p| (p.line, p.path())).collect();
    assert_eq!(
        paths,
        [
            (Some(9), Some(r#"indicator "work-rate".colour"#.to_owned())),
            (
                Some(11),
                Some(r#"indicator "work-rate".survey.question"#.to_owned())
            ),
            (
                Some(13),
                Some(r#"indicator "work-rate".survey.questoin"#.to_owned())
            ),
        ],
        "{errors}"
    );
}

#[test]
fn duplicate_ids_and_numbers_are_reported_for_every_kind_of_item() {
    let pack = format!(
        "{TINY_PACK}\n[[domain_type]]\nid = \"t\"\nname = \"T\"\n\n[[domain_type]]\nid = \"t\"\nname = \"T2\"\n\n\
         [[principle]]\nid = \"p\"\nname = \"P\"\n\n[[principle]]\nid = \"p\"\nname = \"P2\"\n\n\
         [[data_source_kind]]\nid = \"k\"\nname = \"K\"\n\n[[data_source_kind]]\nid = \"k\"\nname = \"K2\"\n"
    );
    let domains = "[[domain]]\nid = \"a\"\nnumber = 1\nname = \"A\"\ntype = \"t\"\nsummary = \"A.\"\n\n\
                   [[domain]]\nid = \"b\"\nnumber = 1\nname = \"B\"\ntype = \"nope\"\nsummary = \"B.\"\n";
    let errors = load(&[("pack.toml", &pack), ("domains.toml", domains)]);
    let paths: Vec<String> = errors.problems.iter().filter_map(|p| p.path()).collect();
    assert_eq!(
        paths,
        [
            r#"domain_type "t".id"#,
            r#"principle "p".id"#,
            r#"data_source_kind "k".id"#,
            r#"domain "b".number"#,
            r#"domain "b".type"#,
        ],
        "{errors}"
    );
}

#[test]
fn keywords_may_not_name_unknown_domain_ids_or_be_empty() {
    let keywords = "[[keyword]]\nterm = \"Jobs\"\ndomains = [\"jobs\"]\n\n[[keyword]]\nterm = \"Empty\"\ndomains = []\n";
    let errors = load(&[
        ("pack.toml", TINY_PACK),
        ("domains.toml", TINY_DOMAINS),
        ("keywords.toml", keywords),
    ]);
    let lines: Vec<Option<usize>> = errors.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [Some(3), Some(7)], "{errors}");
    assert!(errors.problems[0].message.contains("no domain \"jobs\""));
}

#[test]
fn a_missing_required_field_is_reported_at_its_item_header() {
    let domains = "# a comment\n\n[[domain]]\nid = \"work\"\nname = \"Work\"\n";
    let errors = load(&[("pack.toml", TINY_PACK), ("domains.toml", domains)]);
    assert_eq!(errors.problems.len(), 1, "{errors}");
    assert_eq!(errors.problems[0].line, Some(3));
    assert_eq!(
        errors.problems[0].path().as_deref(),
        Some(r#"domain "work".summary"#)
    );
}

#[test]
fn a_good_pack_carries_its_sources_quotes_toolkit_translations_and_file_licences() {
    let pack = good_pack("good");
    let guide = pack.source("test-guide").expect("source");
    assert_eq!(guide.year, Some(2024));
    assert_eq!(
        pack.credits(),
        [
            "Written for Tessera's tests.",
            "Keyword index from A guide written for the tests."
        ]
    );
    assert_eq!(
        pack.licence_of("keywords.toml"),
        "Tessera's own wording; the facts come from test-guide"
    );
    assert_eq!(pack.licence_of("domains.toml"), "Apache-2.0");

    let principle = &pack.principles[0];
    assert_eq!(principle.checks, ["receiving-community-measured"]);
    let quote = principle.quote.as_ref().expect("quoted definition");
    assert_eq!(quote.text.as_deref(), Some("shared terms"));
    assert_eq!(quote.source.as_str(), "test-guide");
    assert_eq!(quote.locator.as_deref(), Some("page 1"));

    let friends = pack.indicator("bri-friends-different").expect("indicator");
    let quote = friends
        .quote
        .as_ref()
        .expect("quoted indicator says where from");
    assert_eq!(
        (quote.source.as_str(), quote.text.as_deref()),
        ("test-guide", None)
    );
    let toolkit = &friends.toolkit[0];
    assert_eq!(toolkit.name, "Town residents' survey");
    assert_eq!(
        toolkit.levels,
        [GeographicLevel::LocalAuthority, GeographicLevel::Ward],
        "levels are kept largest first"
    );
    assert_eq!(toolkit.frequency, Some(Frequency::Biennial));
    assert_eq!(toolkit.international, Some(false));

    let sources: Vec<Option<&str>> = pack
        .keywords
        .iter()
        .map(|k| k.source.as_ref().map(|s| s.as_str()))
        .collect();
    assert!(
        sources[..sources.len() - 1]
            .iter()
            .all(|s| *s == Some("test-guide")),
        "the file's source applies to every keyword: {sources:?}"
    );
    assert_eq!(sources.last(), Some(&Some("tessera")));

    assert_eq!(pack.languages(), ["cy"]);
    assert_eq!(pack.name_in("cy"), "Pecyn bach da");
    let work = pack.domain("work").expect("domain");
    assert_eq!(work.name_in("cy"), "Gwaith");
    assert_eq!(
        work.summary_in("cy"),
        work.summary,
        "no Welsh summary: English"
    );
    assert!(!work.localised_name("cy").reviewed);
    assert!(pack.principles[0].localised_name("cy").reviewed);
    assert_eq!(
        pack.indicators[0].name_in("cy"),
        "Cyfran y trigolion oed gweithio sydd mewn gwaith cyflogedig"
    );
    assert_eq!(pack.indicators[0].numerator_in("cy").lang, "en");
}

#[test]
fn a_domain_crosswalk_keeps_the_strength_of_each_match() {
    let pack = good_pack("partner");
    let link = &pack.domains[0].crosswalk[0];
    assert_eq!(link.to.to_string(), "good/work");
    assert_eq!(link.strength, Some(CrosswalkStrength::Close));
}

const TINY_TRANSLATION: &str = r#"language = "cy"
reviewed = false

[[domain]]
id = "work"
name = "Gwaith"
summary = "Gwaith."

[[domain]]
id = "housing"
name = "Tai"

[[domain]]
id = "work"
name = "Gwaith eto"

[[principle]]
id = "p"
name = "Egwyddor"
summary = "Dim Saesneg."
"#;

#[test]
fn translations_must_name_items_the_pack_has_once_each_and_match_their_file() {
    let pack = format!("{TINY_PACK}\n[[principle]]\nid = \"p\"\nname = \"P\"\n");
    let errors = load(&[
        ("pack.toml", &pack),
        ("domains.toml", TINY_DOMAINS),
        ("translations/cy.toml", TINY_TRANSLATION),
        ("translations/gd.toml", "language = \"cy\"\n"),
        ("translations/en.toml", "language = \"en\"\n"),
    ]);
    let got: Vec<(String, Option<usize>, Option<String>)> = errors
        .problems
        .iter()
        .map(|p| (p.file.clone(), p.line, p.path()))
        .collect();
    let expected = [
        ("translations/cy.toml", 10, r#"domain "housing".id"#),
        ("translations/cy.toml", 14, r#"domain "work".id"#),
        ("translations/cy.toml", 20, r#"principle "p".summary"#),
        ("translations/en.toml", 1, "language"),
        ("translations/gd.toml", 1, "language"),
    ];
    assert_eq!(got.len(), expected.len(), "{errors}");
    for (file, line, path) in expected {
        assert!(
            got.iter()
                .any(|(f, l, p)| f == file && *l == Some(line) && p.as_deref() == Some(path)),
            "expected {file}:{line} {path}; got:\n{errors}"
        );
    }
}

#[test]
fn a_toolkit_source_named_by_an_indicator_must_exist() {
    let toolkit = "[[toolkit_source]]\nid = \"aps\"\nname = \"APS\"\npublisher = \"ONS\"\n\
                   url = \"https://example.org\"\nfacts_from = \"The ONS page.\"\n";
    let indicators = "[[indicator]]\nid = \"w\"\ndomain = \"work\"\nname = \"W\"\n\
                      origin = \"starter\"\nkind = \"count\"\nnumerator = \"N\"\n\
                      toolkit = [\"aps\", \"lfs\", \"aps\"]\n";
    let errors = load(&[
        ("pack.toml", TINY_PACK),
        ("domains.toml", TINY_DOMAINS),
        ("toolkit.toml", toolkit),
        ("indicators/w.toml", indicators),
    ]);
    let paths: Vec<Option<String>> = errors.problems.iter().map(|p| p.path()).collect();
    assert_eq!(
        paths,
        [
            Some(r#"indicator "w".toolkit[2]"#.to_owned()),
            Some(r#"indicator "w".toolkit[3]"#.to_owned())
        ],
        "{errors}"
    );
    assert!(errors.problems[0].message.contains("use one of aps"));
}

#[test]
fn only_quoted_indicators_carry_a_quote_and_its_source_must_be_known() {
    let indicators = "[[indicator]]\nid = \"w\"\ndomain = \"work\"\nname = \"W\"\n\
                      origin = \"starter\"\nkind = \"count\"\nnumerator = \"N\"\n\n\
                      [indicator.quote]\nsource = \"guide\"\n";
    let errors = load(&[
        ("pack.toml", TINY_PACK),
        ("domains.toml", TINY_DOMAINS),
        ("indicators/w.toml", indicators),
    ]);
    let paths: Vec<Option<String>> = errors.problems.iter().map(|p| p.path()).collect();
    assert_eq!(
        paths,
        [
            Some(r#"indicator "w".quote"#.to_owned()),
            Some(r#"indicator "w".quote.source"#.to_owned())
        ],
        "{errors}"
    );
}
