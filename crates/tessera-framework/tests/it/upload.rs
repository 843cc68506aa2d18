//! Packs uploaded as loose files or a zip: the same problems as from a folder, within limits.

use std::io::Write;

use tessera_framework::{
    PackErrors, UploadLimits, UploadedFile, load_pack_upload, load_pack_zip, read_zip,
};

use crate::fixture_sources;

/// The `good` fixture's files under a top folder, as a zipped pack folder holds them.
fn good_files(top: &str) -> Vec<UploadedFile> {
    fixture_sources("good")
        .into_iter()
        .map(|(name, text)| UploadedFile {
            name: format!("{top}{name}"),
            bytes: text.into_bytes(),
        })
        .collect()
}

fn zip_of(files: &[UploadedFile]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for f in files {
        zip.start_file(f.name.as_str(), options).expect("zip entry");
        zip.write_all(&f.bytes).expect("zip write");
    }
    zip.finish().expect("zip finish").into_inner()
}

fn messages(e: &PackErrors) -> String {
    e.to_string()
}

#[test]
fn loose_files_in_one_folder_load_with_the_id_from_pack_toml() {
    let pack = load_pack_upload(&good_files("my-upload/"), &UploadLimits::default())
        .expect("the good fixture loads from an upload");
    assert_eq!(pack.id.as_str(), "good", "the folder name does not matter");
    assert_eq!(pack.indicators.len(), 6);
}

#[test]
fn a_zipped_pack_loads_and_skips_folders_hidden_and_other_files() {
    let mut files = good_files("good/");
    files.push(UploadedFile {
        name: "good/README.md".into(),
        bytes: b"# read me".to_vec(),
    });
    files.push(UploadedFile {
        name: "__MACOSX/good/._pack.toml".into(),
        bytes: vec![0, 1, 2],
    });
    let pack = load_pack_zip(&zip_of(&files), &UploadLimits::default()).expect("loads");
    assert_eq!(pack.domains.len(), 6);
}

#[test]
fn an_upload_with_a_mistake_reports_it_with_its_uploaded_path_and_line() {
    let mut files = good_files("good/");
    let work = files
        .iter_mut()
        .find(|f| f.name.ends_with("indicators/01-work.toml"))
        .expect("work file");
    work.bytes = String::from_utf8(work.bytes.clone())
        .expect("utf-8")
        .replace(r#"kind = "proportion""#, r#"kind = "percent""#)
        .into_bytes();
    let errors = load_pack_zip(&zip_of(&files), &UploadLimits::default()).expect_err("fails");
    assert_eq!(errors.problems.len(), 1, "{errors}");
    assert_eq!(
        errors.problems[0].to_string(),
        r#"good/indicators/01-work.toml:6: indicator "work-employment-rate" field kind: "percent" is not one of proportion, mean, rate, count"#
    );
}

#[test]
fn a_file_just_over_the_size_limit_is_refused_before_it_is_read() {
    let limits = UploadLimits {
        max_file_bytes: 64,
        ..UploadLimits::default()
    };
    let files = vec![UploadedFile {
        name: "pack.toml".into(),
        bytes: vec![b'#'; 65],
    }];
    let errors = load_pack_upload(&files, &limits).expect_err("too big");
    assert!(messages(&errors).contains("pack.toml: the file is larger than the 64 bytes allowed"));
    let files = vec![UploadedFile {
        name: "pack.toml".into(),
        bytes: vec![b'#'; 64],
    }];
    let errors = load_pack_upload(&files, &limits).expect_err("no domains.toml");
    assert!(!messages(&errors).contains("larger"), "64 bytes is allowed");
}

#[test]
fn too_many_files_too_many_bytes_or_too_many_items_are_refused() {
    let limits = UploadLimits {
        max_files: 2,
        ..UploadLimits::default()
    };
    let errors = load_pack_upload(&good_files(""), &limits).expect_err("too many files");
    assert!(
        messages(&errors).contains("at most 2 are allowed"),
        "{errors}"
    );

    let limits = UploadLimits {
        max_total_bytes: 100,
        ..UploadLimits::default()
    };
    let errors = load_pack_upload(&good_files(""), &limits).expect_err("too many bytes");
    assert!(
        messages(&errors).contains("the upload is larger than the 100 bytes"),
        "{errors}"
    );

    let limits = UploadLimits {
        max_items: 5,
        ..UploadLimits::default()
    };
    let errors = load_pack_upload(&good_files(""), &limits).expect_err("too many items");
    assert!(
        messages(&errors).contains("at most 5 are allowed"),
        "{errors}"
    );
}

#[test]
fn a_zip_bomb_is_stopped_at_the_file_limit_whatever_the_zip_claims() {
    let limits = UploadLimits {
        max_file_bytes: 1024,
        ..UploadLimits::default()
    };
    // 10 MB of one byte deflates to a few kilobytes.
    let bomb = vec![UploadedFile {
        name: "pack.toml".into(),
        bytes: vec![b' '; 10 * 1024 * 1024],
    }];
    let zipped = zip_of(&bomb);
    assert!(zipped.len() < 64 * 1024, "the bomb is small when zipped");
    let errors = read_zip(&zipped, &limits).expect_err("refused");
    assert!(
        messages(&errors).contains("larger than the 1 KB allowed"),
        "{errors}"
    );
}

#[test]
fn a_zip_just_over_its_own_size_limit_or_entry_limit_is_refused() {
    let zipped = zip_of(&good_files("good/"));
    let limits = UploadLimits {
        max_zip_bytes: zipped.len() - 1,
        ..UploadLimits::default()
    };
    assert!(read_zip(&zipped, &limits).is_err());
    let limits = UploadLimits {
        max_zip_bytes: zipped.len(),
        ..UploadLimits::default()
    };
    assert!(read_zip(&zipped, &limits).is_ok());
    let limits = UploadLimits {
        max_zip_entries: 3,
        ..UploadLimits::default()
    };
    assert!(messages(&read_zip(&zipped, &limits).expect_err("entries")).contains("at most 3"));
    assert!(read_zip(b"not a zip", &UploadLimits::default()).is_err());
}

#[test]
fn text_that_is_not_utf8_is_reported_with_its_line() {
    let files = vec![UploadedFile {
        name: "pack.toml".into(),
        bytes: b"id = \"x\"\nname = \"caf\xe9\"\n".to_vec(),
    }];
    let errors = load_pack_upload(&files, &UploadLimits::default()).expect_err("not utf-8");
    assert_eq!(errors.problems[0].line, Some(2));
    assert!(errors.problems[0].message.contains("UTF-8"));
}

#[test]
fn paths_that_climb_out_of_the_pack_are_refused() {
    let files = vec![UploadedFile {
        name: "../pack.toml".into(),
        bytes: b"id = \"x\"".to_vec(),
    }];
    let errors = load_pack_upload(&files, &UploadLimits::default()).expect_err("refused");
    assert!(messages(&errors).contains("must not climb out"), "{errors}");
}

#[test]
fn a_long_list_of_problems_is_cut_with_a_count_of_the_rest() {
    let limits = UploadLimits {
        max_problems: 3,
        ..UploadLimits::default()
    };
    let broken: Vec<UploadedFile> = fixture_sources("broken")
        .into_iter()
        .map(|(name, text)| UploadedFile {
            name,
            bytes: text.into_bytes(),
        })
        .collect();
    let errors = load_pack_upload(&broken, &limits).expect_err("broken");
    assert_eq!(errors.problems.len(), 4);
    assert!(
        errors.problems[3].message.contains("more problems"),
        "{errors}"
    );
}
