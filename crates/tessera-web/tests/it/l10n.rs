//! Every user-facing text goes through the localisation layer (issue 13): no template holds a
//! word outside a `t(…)` call, every message exists in English and Welsh, and every page
//! switches language.

use std::path::{Path, PathBuf};

use axum::http::StatusCode;

use crate::support::TestApp;

/// Templates not yet moved to the localisation files. This list only shrinks; it must be empty
/// before the work on issue 13 is done.
const PENDING: &[&str] = &[];

/// Words that are the same in every language: names and formats.
const NAMES: &[&str] = &[
    "Tessera",
    "GOV.UK",
    "Frontend",
    "JSON",
    "API",
    "CSV",
    "XLSX",
    "SPSS",
    "Stata",
    "IOM",
    "UK",
    "OGL",
    "ODK",
    "XLSForm",
    "Kobo",
    "KoboToolbox",
    "OpenRosa",
    "PDF",
    "Word",
    "docx",
];

fn templates() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("templates") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Removes everything between `open` and `close` (template tags, expressions, comments).
fn strip(text: &str, open: &str, close: &str, with: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        match rest[start..].find(close) {
            Some(end) => {
                out.push_str(with);
                rest = &rest[start + end + close.len()..];
            }
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The words people would read in a template: text between tags and the values of attributes
/// people see or hear, with template code removed.
fn visible_words(template: &str) -> Vec<String> {
    let text = strip(template, "{#", "#}", " ");
    let text = strip(&text, "{%", "%}", " ");
    let text = strip(&text, "{{", "}}", " ");
    let text = strip(&text, "<!--", "-->", " ");
    let mut words = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find('<') {
        words.extend(rest[..start].split_whitespace().map(str::to_owned));
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + end];
        for attr in [
            "alt",
            "title",
            "aria-label",
            "placeholder",
            "aria-description",
        ] {
            let needle = format!(" {attr}=\"");
            if let Some(at) = tag.find(&needle) {
                let value = &tag[at + needle.len()..];
                let value = value.split('"').next().unwrap_or_default();
                words.extend(value.split_whitespace().map(str::to_owned));
            }
        }
        rest = &rest[start + end + 1..];
    }
    words.extend(rest.split_whitespace().map(str::to_owned));
    words
        .into_iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|w| !w.contains("&") && !w.starts_with("govuk-") && !w.starts_with("tessera-"))
        .filter(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            !NAMES.contains(&bare)
        })
        .collect()
}

#[test]
fn no_template_says_anything_outside_the_localisation_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut found = Vec::new();
    let mut converted = Vec::new();
    for path in templates() {
        let name = path
            .strip_prefix(&root)
            .expect("under templates")
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&path).expect("template");
        let words = visible_words(&text);
        if PENDING.contains(&name.as_str()) {
            if words.is_empty() {
                converted.push(name);
            }
            continue;
        }
        if !words.is_empty() {
            found.push(format!("{name}: {}", words.join(" ")));
        }
    }
    assert!(
        found.is_empty(),
        "text outside the localisation files:\n{}",
        found.join("\n")
    );
    assert!(
        converted.is_empty(),
        "converted templates still listed as pending (remove them from PENDING): {converted:?}"
    );
}

#[test]
fn every_message_is_in_english_and_welsh() {
    let problems = tessera_l10n::problems();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn the_switch_link_changes_the_language_and_it_is_remembered() {
    let app = TestApp::demo().await;
    let english = app.get("/").await;
    assert_eq!(english.status, StatusCode::OK);
    assert!(english.body.contains("<html lang=\"en\""));
    let switch = english.texts("#language-switch").join(" ");
    assert!(switch.contains("Cymraeg"), "{switch}");
    let welsh = app.get("/?lang=cy").await;
    assert!(welsh.body.contains("<html lang=\"cy\""));
    assert!(welsh.body.contains("Allgofnodi"), "the header is in Welsh");
    let cookie = welsh
        .header(axum::http::header::SET_COOKIE)
        .expect("the choice is remembered");
    assert!(cookie.starts_with("tessera_lang=cy"), "{cookie}");
    assert!(
        welsh
            .texts("#language-switch")
            .join(" ")
            .contains("English")
    );
}
