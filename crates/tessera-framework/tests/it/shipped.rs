//! The packs in the repository's `frameworks/` folder, compiled into the crate.

use tessera_framework::{Catalogue, load_packs_dir, shipped_sources};

#[test]
fn shipped_packs_load_without_problems() {
    if shipped_sources().is_empty() {
        eprintln!("skipping: frameworks/ has no packs yet");
        return;
    }
    let catalogue = match Catalogue::shipped() {
        Ok(c) => c,
        Err(e) => panic!("the shipped packs should load:\n{e}"),
    };
    for pack in catalogue.packs() {
        assert!(!pack.domains.is_empty(), "{} has domains", pack.id);
    }
}

#[test]
fn the_embedded_packs_match_the_frameworks_folder_on_disk() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks");
    if shipped_sources().is_empty() {
        eprintln!("skipping: frameworks/ has no packs yet");
        return;
    }
    let from_disk = match load_packs_dir(&root) {
        Ok(p) => p,
        Err(e) => panic!("frameworks/ should load from disk:\n{e}"),
    };
    let embedded = Catalogue::shipped().expect("loads");
    let disk_ids: Vec<&str> = from_disk.iter().map(|p| p.id.as_str()).collect();
    let embedded_ids: Vec<&str> = embedded.packs().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(disk_ids, embedded_ids);
    for (disk, emb) in from_disk.iter().zip(embedded.packs()) {
        assert_eq!(disk.indicators.len(), emb.indicators.len(), "{}", disk.id);
        assert_eq!(disk.keywords, emb.keywords, "{}", disk.id);
    }
}

#[test]
fn the_ioi_pack_has_fourteen_numbered_domains_in_four_types() {
    let Some(ioi) = Catalogue::shipped()
        .ok()
        .and_then(|c| c.pack("ioi-2019").cloned())
    else {
        eprintln!("skipping: frameworks/ioi-2019 is not there yet or does not load");
        return;
    };
    assert_eq!(ioi.domains.len(), 14);
    assert_eq!(ioi.domain_types.len(), 4);
    let numbers: Vec<Option<u32>> = ioi.domains.iter().map(|d| d.number).collect();
    assert_eq!(numbers, (1..=14).map(Some).collect::<Vec<_>>());
}

#[test]
fn the_example_pack_in_the_docs_loads() {
    let root =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/examples/my-region");
    match tessera_framework::load_pack_dir(&root) {
        Ok(pack) => assert_eq!(pack.indicators.len(), 2),
        Err(e) => panic!("docs/examples/my-region should load:\n{e}"),
    }
}
