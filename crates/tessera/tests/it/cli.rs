//! The framework and migrate commands, as a user runs them.

use serde_json::Value;

use crate::support::{stderr, stdout, tessera};

#[test]
fn framework_list_as_json_shows_every_pack_and_the_whole_ioi_pack() {
    let out = tessera(&["framework", "list", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let body: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let packs = body["frameworks"].as_array().expect("array");
    let ids: Vec<&str> = packs
        .iter()
        .map(|p| p["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        [
            "gla-social-integration",
            "inclusive-cities",
            "integrated-communities-strategy",
            "ioi-2019",
            "new-scots",
            "wales-nation-of-sanctuary",
            "zaragoza"
        ]
    );
    let ioi = &packs[3];
    assert_eq!(ioi["domain_types"].as_array().expect("types").len(), 4);
    assert_eq!(ioi["domains"].as_array().expect("domains").len(), 14);
    assert!(ioi["keywords"].as_u64().expect("keywords") >= 180);
    assert!(ioi["indicators"].as_u64().expect("indicators") >= 84);
}

#[test]
fn framework_search_lands_on_the_right_domain_first() {
    for (words, domain) in [
        (vec!["ESOL"], "ioi-2019/language-and-communication"),
        (vec!["hate", "crime"], "ioi-2019/safety"),
        (vec!["GP"], "ioi-2019/health-and-social-care"),
        (
            vec!["friends", "from", "different", "backgrounds"],
            "ioi-2019/social-bridges",
        ),
    ] {
        let mut args = vec!["framework", "search", "--format", "json"];
        args.extend(words.iter().copied());
        let out = tessera(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        let body: Value = serde_json::from_str(&stdout(&out)).expect("json");
        let first = &body["results"][0]["target"];
        assert_eq!(
            format!(
                "{}/{}",
                first["pack"].as_str().expect("pack"),
                first["domain"].as_str().expect("domain")
            ),
            domain,
            "{words:?}"
        );
    }
}

#[test]
fn framework_show_finds_a_domain_by_number_and_refuses_unknown_items() {
    let out = tessera(&["framework", "show", "ioi-2019", "7"]);
    assert!(out.status.success());
    assert!(
        stdout(&out).starts_with("7. Social Bridges"),
        "{}",
        stdout(&out)
    );
    let out = tessera(&["framework", "show", "ioi-2019", "nope"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no domain or indicator \"nope\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn framework_check_lists_every_mistake_with_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pack = dir.path().join("my-region");
    std::fs::create_dir_all(pack.join("indicators")).expect("mkdir");
    std::fs::write(
        pack.join("pack.toml"),
        "id = \"my-region\"\nname = \"My region\"\npublisher = \"Us\"\nsummary = \"Key indicators.\"\nlicence = \"OGL\"\nattribution = \"Ours.\"\n",
    )
    .expect("write");
    std::fs::write(
        pack.join("domains.toml"),
        "[[domain]]\nid = \"work\"\nname = \"Work\"\nsummary = \"Jobs.\"\n\n[[domain]]\nid = \"work\"\nname = \"Work again\"\nsummary = \"\"\n",
    )
    .expect("write");
    std::fs::write(
        pack.join("indicators/work.toml"),
        "[[indicator]]\nid = \"employment\"\ndomain = \"jobs\"\nname = \"Employment rate\"\norigin = \"starter\"\nkind = \"percent\"\nnumerator = \"In work\"\ndenominator = \"All adults\"\n",
    )
    .expect("write");
    let out = tessera(&["framework", "check", pack.to_str().expect("path")]);
    assert!(!out.status.success());
    let err = stderr(&out);
    for expected in [
        "domains.toml:7",         // duplicate id
        "domains.toml:9",         // blank summary
        "indicators/work.toml:3", // unknown domain
        "indicators/work.toml:6", // bad kind
        "percent",
        "jobs",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    for good in [
        "/../../frameworks/ioi-2019",
        "/../../docs/examples/my-region",
    ] {
        let path = format!("{}{good}", env!("CARGO_MANIFEST_DIR"));
        let ok = tessera(&["framework", "check", &path]);
        assert!(ok.status.success(), "{good}: {}", stderr(&ok));
        assert!(stdout(&ok).contains("is valid"), "{good}");
    }
}

#[test]
fn migrate_creates_the_database_with_wal_and_foreign_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = tessera(&["migrate", "--data-dir", dir.path().to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("applied 0001 init"), "{text}");
    assert!(text.contains("journal mode wal, foreign keys on"), "{text}");
    assert!(dir.path().join("tessera.sqlite").exists());
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["framework", "--help"],
        vec!["framework", "search", "--help"],
        vec!["migrate", "--help"],
        vec!["estimate", "--help"],
    ] {
        let out = tessera(&args);
        assert!(out.status.success(), "{args:?}");
        assert!(stdout(&out).contains("Usage:"), "{args:?}");
    }
}
