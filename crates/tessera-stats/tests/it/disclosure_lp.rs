//! The strongest attacker: a linear programme (R's lpSolve, `disclosure_reference/lp.R`) finds
//! the exact range of every hidden cell of the published tables given all published figures. Even
//! it must leave each hidden small count a range at least the protection level wide. It also
//! checks our own attacker (sound: never narrower than the LP) and the guaranteed ranges (every
//! value in them is feasible: never wider than the LP).
//!
//! The published tables are written by this test with `TESSERA_WRITE_REFERENCE=1`; then run
//! `Rscript lp.R` in `disclosure_reference/`. Without the variable the test checks that the
//! tables it publishes are the ones R solved.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tessera_stats::disclosure::{
    CellStatus, CountTable, Line, Position, ProtectedTable, ProtectionRule, PublishedTable, attack,
    protect,
};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/disclosure_reference")
}

/// Deterministic counts: mostly 10–80, about a third small (0–9).
fn generated(rows: usize, columns: usize, seed: u64) -> Vec<Vec<u64>> {
    let mut s = seed;
    let mut next = move || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s
    };
    (0..rows)
        .map(|_| {
            (0..columns)
                .map(|_| {
                    let r = next();
                    if r % 3 == 0 {
                        r / 3 % 10
                    } else {
                        10 + r / 3 % 71
                    }
                })
                .collect()
        })
        .collect()
}

fn cases() -> Vec<(&'static str, Vec<Vec<u64>>)> {
    vec![
        ("sessions", vec![vec![42], vec![3], vec![25], vec![61]]),
        (
            "attendance_by_side",
            vec![vec![34, 21], vec![4, 18], vec![27, 40], vec![12, 15]],
        ),
        (
            "small_margins",
            vec![
                vec![30, 2, 25],
                vec![3, 1, 4],
                vec![40, 3, 31],
                vec![22, 0, 19],
            ],
        ),
        ("age_bands", generated(8, 5, 0x5eed_1234_abcd_0001)),
        ("wide", generated(12, 6, 0x5eed_1234_abcd_0002)),
    ]
}

fn label(l: Line) -> String {
    match l {
        Line::Item(i) => (i + 1).to_string(),
        Line::Total => "total".to_owned(),
    }
}

fn positions(p: &PublishedTable) -> Vec<Position> {
    let lines = |n: usize| {
        (0..n)
            .map(Line::Item)
            .chain([Line::Total])
            .collect::<Vec<_>>()
    };
    let mut out = vec![];
    for row in lines(p.rows.len()) {
        for column in lines(p.columns.len()) {
            out.push(Position { row, column });
        }
    }
    out
}

fn published_csv(p: &PublishedTable) -> String {
    let mut s = String::from("row,column,value\n");
    for at in positions(p) {
        let v = p.get(at).map(|v| v.to_string()).unwrap_or_default();
        s.push_str(&format!("{},{},{}\n", label(at.row), label(at.column), v));
    }
    s
}

fn lp_ranges(name: &str) -> HashMap<(String, String), (f64, f64)> {
    let mut r = csv::Reader::from_path(dir().join(format!("{name}_lp.csv"))).unwrap();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let num = |s: &str| match s {
                "Inf" => f64::INFINITY,
                s => s.parse::<f64>().unwrap(),
            };
            (
                (rec[0].to_owned(), rec[1].to_owned()),
                (num(&rec[2]), num(&rec[3])),
            )
        })
        .collect()
}

fn protected(counts: &[Vec<u64>]) -> ProtectedTable {
    let rows = (0..counts.len())
        .map(|i| format!("partner {}", i + 1))
        .collect();
    let columns = (0..counts[0].len())
        .map(|c| format!("category {}", c + 1))
        .collect();
    protect(
        &CountTable::new(rows, columns, counts).unwrap(),
        &ProtectionRule::default(),
    )
    .unwrap()
}

#[test]
fn even_a_linear_programme_cannot_narrow_a_hidden_small_count_below_the_protection_level() {
    let write = std::env::var_os("TESSERA_WRITE_REFERENCE").is_some();
    let mut summary = vec![];
    for (name, counts) in cases() {
        let p = protected(&counts);
        let published = p.published();
        let csv = published_csv(&published);
        let path = dir().join(format!("{name}_published.csv"));
        if write {
            std::fs::write(&path, &csv).unwrap();
            continue;
        }
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            csv,
            "{name}: the published table changed; rerun with TESSERA_WRITE_REFERENCE=1, then Rscript lp.R"
        );
        let lp = lp_ranges(name);
        let ours = attack(&published);
        let guaranteed = p.guaranteed_ranges();
        assert_eq!(lp.len(), ours.len(), "{name}: hidden cells");
        let (mut primaries, mut narrowest_lp, mut looser) = (0, f64::INFINITY, 0);
        for a in &ours {
            let key = (label(a.position.row), label(a.position.column));
            let (lo, hi) = lp[&key];
            let truth = p.table().get(a.position).unwrap() as f64;
            assert!(lo <= truth + 1e-9 && truth <= hi + 1e-9, "{name} {key:?}");
            // Our attacker is sound: its bounds contain every LP-feasible whole number.
            assert!(
                a.low as f64 <= (lo - 1e-9).ceil(),
                "{name} {key:?}: {a:?} vs LP [{lo}, {hi}]"
            );
            let a_high = a.high.map_or(f64::INFINITY, |h| h as f64);
            assert!(
                (hi + 1e-9).floor() <= a_high,
                "{name} {key:?}: {a:?} vs LP [{lo}, {hi}]"
            );
            if a.low as f64 != (lo - 1e-9).ceil() || a_high != (hi + 1e-9).floor() {
                looser += 1;
            }
            if p.status(a.position).unwrap() != CellStatus::Primary {
                continue;
            }
            primaries += 1;
            let g = guaranteed
                .iter()
                .find(|g| g.position == a.position)
                .unwrap();
            let g_high = g.high.map_or(f64::INFINITY, |h| h as f64);
            // Every value in the guaranteed range is feasible, so the LP range contains it.
            assert!(
                lo <= g.low as f64 + 1e-9 && g_high <= hi + 1e-9,
                "{name} {key:?}"
            );
            let width = hi - lo;
            assert!(
                width >= 10.0 - 1e-9,
                "{name} {key:?}: LP range [{lo}, {hi}]"
            );
            narrowest_lp = narrowest_lp.min(width);
        }
        summary.push(format!(
            "{name}: {} hidden ({primaries} small), narrowest LP range of a small count {narrowest_lp}, our bounds looser than the LP's on {looser}",
            ours.len()
        ));
    }
    eprintln!("{}", summary.join("\n"));
}
