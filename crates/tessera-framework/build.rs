//! Embeds every `.toml` file of the repository's `frameworks/` folder, so that
//! `Catalogue::shipped()` needs no files at run time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("../../frameworks");
    println!("cargo::rerun-if-changed={}", root.display());

    let mut packs: Vec<(String, Vec<(String, PathBuf)>)> = Vec::new();
    for dir in sorted_entries(&root).into_iter().filter(|p| p.is_dir()) {
        println!("cargo::rerun-if-changed={}", dir.display());
        let Some(id) = dir.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        let mut files = Vec::new();
        collect_toml(&dir, "", &mut files);
        if !files.is_empty() {
            packs.push((id, files));
        }
    }

    let mut out = String::from(
        "/// Every shipped pack: `(folder name, [(path inside the folder, contents)])`.\n\
         pub(crate) static SHIPPED_PACKS: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for (id, files) in &packs {
        let _ = writeln!(out, "    ({id:?}, &[");
        for (name, path) in files {
            println!("cargo::rerun-if-changed={}", path.display());
            let abs = path.canonicalize().unwrap_or_else(|_| path.clone());
            let _ = writeln!(
                out,
                "        ({name:?}, include_str!({:?})),",
                abs.display().to_string()
            );
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("shipped_packs.rs"), out).expect("OUT_DIR is writable");
}

/// Entries of `dir` sorted by name; none if it cannot be read (no packs yet is not an error).
fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

fn collect_toml(dir: &Path, prefix: &str, files: &mut Vec<(String, PathBuf)>) {
    for path in sorted_entries(dir) {
        let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        if path.is_dir() {
            println!("cargo::rerun-if-changed={}", path.display());
            collect_toml(&path, &format!("{prefix}{name}/"), files);
        } else if name.ends_with(".toml") {
            files.push((format!("{prefix}{name}"), path));
        }
    }
}
