//! Loading a pack an organisation uploads: loose files or a zip, read within fixed limits.
//!
//! An uploaded pack is checked by the same loader as a pack folder and its problems read the
//! same way (file, line, item, field). Everything is bounded before it is read: the number of
//! files, each file's size and their total, the zip's own size, and the number of items, so a
//! hostile upload cannot exhaust memory or time. Sizes a zip claims about its entries are never
//! trusted; each entry is read through a cap.

use std::io::Read;

use crate::loader::load_sources;
use crate::model::Pack;
use crate::problem::{PackErrors, Problem};

/// The bounds an upload must stay within. [`UploadLimits::default`] suits packs typed by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UploadLimits {
    /// Most pack files (`.toml`) in one upload.
    pub max_files: usize,
    /// Most bytes in one file, after unzipping.
    pub max_file_bytes: usize,
    /// Most bytes in all files together, after unzipping.
    pub max_total_bytes: usize,
    /// Most bytes of the zip file itself.
    pub max_zip_bytes: usize,
    /// Most entries of any kind in a zip (folders and ignored files included).
    pub max_zip_entries: usize,
    /// Most `[[…]]` items (domains, indicators, keywords, translations…) across all files.
    pub max_items: usize,
    /// Most problems listed; the rest are counted in a last line.
    pub max_problems: usize,
}

impl Default for UploadLimits {
    fn default() -> Self {
        // The shipped IOI pack, the largest, is about 200 KB in 20 files with about 350 items;
        // these limits leave ten times that room and still bound memory to a few megabytes.
        Self {
            max_files: 200,
            max_file_bytes: 1024 * 1024,
            max_total_bytes: 8 * 1024 * 1024,
            max_zip_bytes: 4 * 1024 * 1024,
            max_zip_entries: 1000,
            max_items: 20_000,
            max_problems: 200,
        }
    }
}

/// One uploaded file: its path as uploaded (`my-pack/indicators/work.toml`) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadedFile {
    /// The path as uploaded; `\` and `/` both separate folders.
    pub name: String,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

fn problem(file: &str, message: impl Into<String>) -> Problem {
    Problem {
        file: file.to_owned(),
        line: None,
        item: None,
        field: None,
        message: message.into(),
    }
}

fn too_big(what: &str, limit: usize) -> String {
    format!(
        "{what} is larger than the {} allowed; split the pack or remove what it does not need",
        human_bytes(limit)
    )
}

fn human_bytes(n: usize) -> String {
    if n >= 1024 * 1024 && n.is_multiple_of(1024 * 1024) {
        format!("{} MB", n / (1024 * 1024))
    } else if n >= 1024 && n.is_multiple_of(1024) {
        format!("{} KB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

/// Whether an uploaded path is something a pack never holds and uploads often carry: folders,
/// hidden files, macOS resource forks, and files that are not TOML (a README, say).
fn ignored(path: &str) -> bool {
    path.ends_with('/')
        || path
            .split('/')
            .any(|part| part.starts_with('.') || part == "__MACOSX")
        || !path.ends_with(".toml")
}

/// Checks an uploaded path: relative, no `..`, no empty parts.
fn safe_path(path: &str) -> Result<String, String> {
    let norm = path.replace('\\', "/");
    let norm = norm.trim_start_matches("./");
    if norm.starts_with('/') || norm.contains(':') {
        return Err("the path must be relative to the pack folder".into());
    }
    if norm.split('/').any(|p| p == "..") {
        return Err("the path must not climb out of the pack folder with `..`".into());
    }
    Ok(norm.to_owned())
}

/// Loads a pack from uploaded files, checking the limits first.
///
/// Folders, hidden files and non-TOML files are skipped. When every file sits in one top
/// folder (as when a pack folder is zipped), that folder is taken as the pack folder. The pack
/// id comes from `pack.toml`. Problems name files by their uploaded paths.
pub fn load_pack_upload(files: &[UploadedFile], limits: &UploadLimits) -> Result<Pack, PackErrors> {
    let mut problems = Vec::new();
    let mut kept: Vec<(String, &[u8])> = Vec::new();
    for f in files {
        match safe_path(&f.name) {
            Ok(path) if ignored(&path) => {}
            Ok(path) => kept.push((path, &f.bytes)),
            Err(message) => problems.push(problem(&f.name, message)),
        }
    }
    if kept.len() > limits.max_files {
        problems.push(problem(
            "",
            format!(
                "the upload has {} pack files; at most {} are allowed",
                kept.len(),
                limits.max_files
            ),
        ));
        return Err(PackErrors::new(problems));
    }
    let mut total = 0usize;
    for (name, bytes) in &kept {
        total = total.saturating_add(bytes.len());
        if bytes.len() > limits.max_file_bytes {
            problems.push(problem(name, too_big("the file", limits.max_file_bytes)));
        }
    }
    if total > limits.max_total_bytes {
        problems.push(problem("", too_big("the upload", limits.max_total_bytes)));
    }
    if !problems.is_empty() {
        return Err(PackErrors::new(problems));
    }

    let mut texts: Vec<(String, String)> = Vec::new();
    for (name, bytes) in kept {
        match std::str::from_utf8(bytes) {
            Ok(text) => texts.push((name, text.to_owned())),
            Err(e) => {
                let good = &bytes[..e.valid_up_to()];
                let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
                problems.push(Problem {
                    file: name,
                    line: Some(line),
                    item: None,
                    field: None,
                    message: "the file is not UTF-8 text; save it as UTF-8 (most editors offer \
                              this under \"Save as\" or \"Encoding\")"
                        .into(),
                });
            }
        }
    }
    if !problems.is_empty() {
        return Err(PackErrors::new(problems));
    }
    // Counting item headers before parsing bounds the work the loader is asked to do.
    let items: usize = texts
        .iter()
        .map(|(_, t)| {
            t.lines()
                .filter(|l| l.trim_start().starts_with("[["))
                .count()
        })
        .sum();
    if items > limits.max_items {
        return Err(PackErrors::new(vec![problem(
            "",
            format!(
                "the upload has {items} items ([[…]] tables); at most {} are allowed",
                limits.max_items
            ),
        )]));
    }

    let prefix = common_folder(&texts);
    let inside: Vec<(String, &str)> = texts
        .iter()
        .map(|(n, t)| (n[prefix.len()..].to_owned(), t.as_str()))
        .collect();
    let borrowed: Vec<(&str, &str)> = inside.iter().map(|(n, t)| (n.as_str(), *t)).collect();
    load_sources(None, &prefix, &borrowed).map_err(|e| cap(e, limits.max_problems))
}

/// The single top folder all files share (with its `/`), when there is no pack.toml at the top.
fn common_folder(files: &[(String, String)]) -> String {
    if files.iter().any(|(n, _)| !n.contains('/')) {
        return String::new();
    }
    let first = files
        .first()
        .and_then(|(n, _)| n.split_once('/'))
        .map(|(top, _)| format!("{top}/"));
    match first {
        Some(top) if files.iter().all(|(n, _)| n.starts_with(&top)) => top,
        _ => String::new(),
    }
}

fn cap(mut errors: PackErrors, max: usize) -> PackErrors {
    let n = errors.problems.len();
    if n > max {
        errors.problems.truncate(max);
        errors.problems.push(problem(
            "",
            format!(
                "… and {} more problems; fix the ones above and upload again",
                n - max
            ),
        ));
    }
    errors
}

/// Reads the files of a zip, within the limits, without trusting the sizes it claims.
///
/// Ignored entries (folders, hidden and non-TOML files) are skipped but still count towards
/// [`UploadLimits::max_zip_entries`].
pub fn read_zip(bytes: &[u8], limits: &UploadLimits) -> Result<Vec<UploadedFile>, PackErrors> {
    let fail = |message: String| PackErrors::new(vec![problem("", message)]);
    if bytes.len() > limits.max_zip_bytes {
        return Err(fail(too_big("the zip file", limits.max_zip_bytes)));
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
        fail(format!(
            "the file is not a zip archive that can be read ({e}); zip the pack folder again"
        ))
    })?;
    if archive.len() > limits.max_zip_entries {
        return Err(fail(format!(
            "the zip holds {} entries; at most {} are allowed",
            archive.len(),
            limits.max_zip_entries
        )));
    }
    let mut out = Vec::new();
    let mut total = 0usize;
    let mut problems = Vec::new();
    for i in 0..archive.len() {
        let entry = match archive.by_index(i) {
            Ok(entry) => entry,
            Err(e) => {
                problems.push(problem(
                    &format!("entry {}", i + 1),
                    format!("could not be read from the zip: {e}"),
                ));
                continue;
            }
        };
        let name = match entry.name() {
            Ok(name) => name.into_owned(),
            Err(e) => {
                problems.push(problem(
                    &format!("entry {}", i + 1),
                    format!("has a name that cannot be read ({e}); rename the file"),
                ));
                continue;
            }
        };
        if entry.is_dir() || safe_path(&name).is_ok_and(|p| ignored(&p)) {
            continue;
        }
        if out.len() >= limits.max_files {
            return Err(fail(format!(
                "the zip has more than {} pack files; at most {} are allowed",
                limits.max_files, limits.max_files
            )));
        }
        // Read one byte past the limit, so an entry that is too big is known to be.
        let cap = limits
            .max_file_bytes
            .min(limits.max_total_bytes.saturating_sub(total));
        let mut data = Vec::new();
        let read = entry
            .take(u64::try_from(cap).unwrap_or(u64::MAX).saturating_add(1))
            .read_to_end(&mut data);
        if let Err(e) = read {
            problems.push(problem(&name, format!("could not be unzipped: {e}")));
            continue;
        }
        if data.len() > cap {
            let message = if cap < limits.max_file_bytes {
                too_big("the unzipped upload", limits.max_total_bytes)
            } else {
                too_big("the file", limits.max_file_bytes)
            };
            problems.push(problem(&name, message));
            return Err(PackErrors::new(problems));
        }
        total += data.len();
        out.push(UploadedFile { name, bytes: data });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(PackErrors::new(problems))
    }
}

/// Reads a zipped pack and loads it: [`read_zip`] then [`load_pack_upload`].
pub fn load_pack_zip(bytes: &[u8], limits: &UploadLimits) -> Result<Pack, PackErrors> {
    load_pack_upload(&read_zip(bytes, limits)?, limits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_climb_out_or_are_absolute_are_refused() {
        assert!(safe_path("../etc/passwd").is_err());
        assert!(safe_path("/etc/pack.toml").is_err());
        assert!(safe_path("C:\\pack.toml").is_err());
        assert_eq!(
            safe_path("p\\indicators\\a.toml").as_deref(),
            Ok("p/indicators/a.toml")
        );
    }

    #[test]
    fn folders_hidden_files_and_non_toml_files_are_ignored() {
        assert!(ignored("p/"));
        assert!(ignored("__MACOSX/p/._pack.toml"));
        assert!(ignored("p/.DS_Store"));
        assert!(ignored("p/README.md"));
        assert!(!ignored("p/pack.toml"));
    }

    #[test]
    fn one_shared_top_folder_is_the_pack_folder() {
        let f = |names: &[&str]| -> Vec<(String, String)> {
            names
                .iter()
                .map(|n| ((*n).to_owned(), String::new()))
                .collect()
        };
        assert_eq!(common_folder(&f(&["p/pack.toml", "p/domains.toml"])), "p/");
        assert_eq!(common_folder(&f(&["pack.toml", "indicators/a.toml"])), "");
        assert_eq!(common_folder(&f(&["p/pack.toml", "q/domains.toml"])), "");
    }

    #[test]
    fn sizes_are_shown_in_plain_units() {
        assert_eq!(human_bytes(1024 * 1024), "1 MB");
        assert_eq!(human_bytes(2048), "2 KB");
        assert_eq!(human_bytes(1000), "1000 bytes");
    }
}
