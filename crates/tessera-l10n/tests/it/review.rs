//! `docs/interface-translations.md` lists every message file of every language but English
//! with its number of messages and whether a fluent speaker has reviewed it, so a translator
//! knows what to read. The list is generated from the files; this test fails when it is out of
//! date (regenerate with `TESSERA_BLESS=1 cargo test -p tessera-l10n --test it review`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The first line of a file not yet reviewed.
const UNREVIEWED: &str = "# unreviewed:";

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Message ids in a Fluent file: lines starting with an identifier and ` =`.
fn messages(text: &str) -> usize {
    text.lines()
        .filter(|l| {
            l.split_once(" =").is_some_and(|(id, _)| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    && id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            })
        })
        .count()
}

fn review_list() -> String {
    let mut out = String::from(
        "# Interface translations awaiting review\n\n\
         Every page, message, e-mail and export of Tessera is written in English and Welsh in the\n\
         Fluent files under `crates/tessera-l10n/locales/<language>/`. The Welsh was drafted\n\
         without a fluent speaker's review: each such file starts with the line\n\
         `# unreviewed: …`. A translator reviews a file against its English twin (same name under\n\
         `locales/en/`), corrects it, and deletes that first line; the list below then marks it\n\
         reviewed. Framework packs' own translations are listed in `docs/translations.md`.\n\n\
         This file is generated from the message files and checked by a test\n\
         (`crates/tessera-l10n/tests/it/review.rs`); regenerate it with\n\
         `TESSERA_BLESS=1 cargo test -p tessera-l10n --test it review`.\n",
    );
    let mut languages: Vec<_> = std::fs::read_dir(locales())
        .expect("locales")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !p.ends_with("en"))
        .collect();
    languages.sort();
    for lang in languages {
        let code = lang
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut files: Vec<_> = std::fs::read_dir(&lang)
            .expect("a language folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let _ = write!(
            out,
            "\n## `{code}`\n\n| file | messages | reviewed |\n| --- | ---: | --- |\n"
        );
        let (mut total, mut pending) = (0, 0);
        for file in files {
            let text = std::fs::read_to_string(&file).expect("readable");
            let n = messages(&text);
            let reviewed = !text.lines().take(3).any(|l| l.starts_with(UNREVIEWED));
            total += n;
            if !reviewed {
                pending += n;
            }
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| `locales/{code}/{name}` | {n} | {} |",
                if reviewed { "yes" } else { "no" }
            );
        }
        let _ = writeln!(out, "\n{pending} of {total} messages await review.");
    }
    out
}

#[test]
fn the_review_list_names_every_translated_file_and_whether_it_was_reviewed() {
    let expected = review_list();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/interface-translations.md");
    if std::env::var_os("TESSERA_BLESS").is_some() {
        std::fs::write(&path, &expected).expect("docs/interface-translations.md is writable");
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/interface-translations.md is out of date with the message files; regenerate it with \
         TESSERA_BLESS=1 cargo test -p tessera-l10n --test it review"
    );
    assert!(expected.contains("`locales/cy/plans.ftl`"));
}

#[test]
fn messages_are_counted_by_their_ids() {
    assert_eq!(
        messages("# c\na = b\n    .x = y\nb-c = { $n ->\n *[other] d\n}\n"),
        2
    );
}
