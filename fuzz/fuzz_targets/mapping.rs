//! Parses arbitrary JSON as a dataset mapping, as the store hands it back, and uses it on a
//! small dataset: its checks, its spec and the prepared data.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tessera_data::{Dataset, Format, ReadOptions, read_bytes};
use tessera_stats::mapping::DatasetMapping;

fn dataset() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| {
        let csv = b"id,born,years,weight,area,trust\n1,abroad,3,1.5,A,1\n2,uk,,0.5,B,0\n3,abroad,12,2,A,1\n4,uk,,1,B,\n";
        read_bytes(csv, Format::Csv, &ReadOptions::default())
            .map(|o| o.dataset)
            .unwrap_or_default()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(mapping) = serde_json::from_slice::<DatasetMapping>(data) else {
        return;
    };
    let d = dataset();
    let _ = mapping.checks(d);
    let _ = mapping.prepare(d);
    let _ = mapping.spec(mapping.breakdowns_for(None));
});
