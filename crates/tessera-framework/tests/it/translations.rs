//! Translations of the shipped packs: what must exist, and the review list in
//! `docs/translations.md`, which must match the packs so a translator can review every draft
//! in one pass.

use std::fmt::Write as _;
use std::path::Path;

use tessera_framework::Catalogue;

fn shipped() -> Catalogue {
    Catalogue::shipped().unwrap_or_else(|e| panic!("the shipped packs should load:\n{e}"))
}

#[test]
fn the_ioi_pack_names_every_domain_type_and_principle_in_welsh() {
    let catalogue = shipped();
    let ioi = catalogue.pack("ioi-2019").expect("IOI");
    assert_eq!(ioi.domains.len(), 14);
    for d in &ioi.domains {
        assert_ne!(d.name_in("cy"), d.name, "{} has a Welsh name", d.id);
    }
    for t in &ioi.domain_types {
        assert_ne!(t.name_in("cy"), t.name, "{} has a Welsh name", t.id);
    }
    for p in &ioi.principles {
        assert_ne!(p.name_in("cy"), p.name, "{} has a Welsh name", p.id);
    }
    assert_eq!(ioi.domain("work").expect("work").name_in("cy"), "Gwaith");
    let ic = catalogue.pack("inclusive-cities").expect("IC");
    for p in &ic.principles {
        assert_ne!(p.name_in("cy"), p.name, "{} has a Welsh name", p.id);
    }
}

/// The review list as docs/translations.md holds it, generated from the packs.
fn review_list(catalogue: &Catalogue) -> String {
    let mut out = String::from(
        "# Translations awaiting review\n\n\
         Framework packs carry their own translations in `frameworks/<pack>/translations/<language>.toml`.\n\
         Each entry says `reviewed = false` until a fluent speaker has checked it; pages mark such\n\
         text as a draft. This list shows every unreviewed text beside its English, so a translator\n\
         can review them in one pass: correct the translation in the pack file and set\n\
         `reviewed = true` on the entry (or move it out from under a file-wide `reviewed = false`).\n\n\
         This file is generated from the packs and checked by a test\n\
         (`crates/tessera-framework/tests/it/translations.rs`); after changing a translation,\n\
         regenerate it with `TESSERA_BLESS=1 cargo test -p tessera-framework --test it translations`.\n",
    );
    for pack in catalogue.packs() {
        let pending = pack.unreviewed_translations();
        if pending.is_empty() {
            continue;
        }
        let mut langs: Vec<&str> = pending.iter().map(|p| p.lang).collect();
        langs.dedup();
        for lang in langs {
            let _ = write!(
                out,
                "\n## {} — `{lang}`\n\nFile: `frameworks/{}/translations/{lang}.toml`\n\n\
                 | item | field | English | translation (draft) |\n| --- | --- | --- | --- |\n",
                pack.display_name(),
                pack.id
            );
            for p in pending.iter().filter(|p| p.lang == lang) {
                let cell = |t: &str| t.replace('|', "\\|");
                let _ = writeln!(
                    out,
                    "| {} `{}` | {} | {} | {} |",
                    p.kind.replace('_', " "),
                    p.id,
                    p.field,
                    cell(p.english),
                    cell(p.translated)
                );
            }
        }
    }
    out
}

#[test]
fn docs_translations_lists_every_unreviewed_translation_beside_its_english() {
    let catalogue = shipped();
    let expected = review_list(&catalogue);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/translations.md");
    if std::env::var_os("TESSERA_BLESS").is_some() {
        std::fs::write(&path, &expected).expect("docs/translations.md is writable");
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/translations.md is out of date with the packs; regenerate it with \
         TESSERA_BLESS=1 cargo test -p tessera-framework --test it translations"
    );
    let rows = expected
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| item"))
        .count();
    assert!(rows >= 14 + 4 + 4, "{rows} texts listed");
}
