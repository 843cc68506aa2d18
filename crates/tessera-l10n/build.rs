//! Embeds every `locales/<language>/*.ftl` file, so the binary needs no files at run time.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    let mut languages: Vec<_> = std::fs::read_dir(&root)
        .expect("the locales folder exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    languages.sort_by_key(|e| e.file_name());
    for lang in languages {
        println!("cargo::rerun-if-changed={}", lang.path().display());
        let mut ftl: Vec<_> = std::fs::read_dir(lang.path())
            .expect("a language folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        ftl.sort();
        for path in ftl {
            println!("cargo::rerun-if-changed={}", path.display());
            files.push((
                lang.file_name().to_string_lossy().into_owned(),
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                path.display().to_string(),
            ));
        }
    }
    let mut out = String::from(
        "/// Every embedded message file: (language, file name, text).\npub(crate) const FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (lang, name, path) in files {
        let _ = writeln!(out, "    ({lang:?}, {name:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("files.rs");
    std::fs::write(dest, out).expect("write the list of message files");
}
