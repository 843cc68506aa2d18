//! Reading the synthetic survey and the R reference tables.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The synthetic survey columns the reference uses.
pub struct Survey {
    pub wave: Vec<u32>,
    pub group: Vec<String>,
    pub area: Vec<String>,
    pub stratum: Vec<u32>,
    pub psu: Vec<u32>,
    pub weight: Vec<f64>,
    /// 1 for getting_on_well 1-2, 0 for 3-4, NaN otherwise.
    pub agree: Vec<f64>,
    /// trust_police, NaN when blank.
    pub trust: Vec<f64>,
}

impl Survey {
    pub fn read(path: &Path) -> Survey {
        let mut r = csv::Reader::from_path(path).expect("open survey csv");
        let h = r.headers().expect("headers").clone();
        let col = |name: &str| h.iter().position(|c| c == name).expect(name);
        let (iw, ia, is, ip, iwt, ig, igow, it) = (
            col("wave"),
            col("area"),
            col("stratum"),
            col("psu"),
            col("weight"),
            col("group"),
            col("getting_on_well"),
            col("trust_police"),
        );
        let mut s = Survey {
            wave: vec![],
            group: vec![],
            area: vec![],
            stratum: vec![],
            psu: vec![],
            weight: vec![],
            agree: vec![],
            trust: vec![],
        };
        for rec in r.records() {
            let rec = rec.expect("record");
            s.wave.push(rec[iw].parse().expect("wave"));
            s.area.push(rec[ia].to_string());
            s.stratum.push(rec[is].parse().expect("stratum"));
            s.psu.push(rec[ip].parse().expect("psu"));
            s.weight.push(rec[iwt].parse().expect("weight"));
            s.group.push(rec[ig].to_string());
            s.agree.push(match &rec[igow] {
                "1" | "2" => 1.0,
                "3" | "4" => 0.0,
                _ => f64::NAN,
            });
            s.trust.push(rec[it].parse::<f64>().unwrap_or(f64::NAN));
        }
        s
    }

    pub fn len(&self) -> usize {
        self.wave.len()
    }

    /// Cell ids for a level: key "wave|group|area" (area "ALL" for wave × group).
    pub fn cells(&self, by_area: bool) -> Cells {
        let mut index: HashMap<String, u32> = HashMap::new();
        let mut keys = Vec::new();
        let ids = (0..self.len())
            .map(|k| {
                let area = if by_area {
                    self.area[k].as_str()
                } else {
                    "ALL"
                };
                let key = format!("{}|{}|{}", self.wave[k], self.group[k], area);
                *index.entry(key.clone()).or_insert_with(|| {
                    keys.push(key);
                    u32::try_from(keys.len() - 1).unwrap()
                })
            })
            .collect();
        Cells { ids, index }
    }
}

pub struct Cells {
    pub ids: Vec<u32>,
    pub index: HashMap<String, u32>,
}

impl Cells {
    pub fn n(&self) -> usize {
        self.index.len()
    }
    pub fn get(&self, wave: &str, group: &str, area: &str) -> Option<u32> {
        self.index.get(&format!("{wave}|{group}|{area}")).copied()
    }
}

/// One reference table: rows of column → text.
pub struct Table {
    pub rows: Vec<HashMap<String, String>>,
}

impl Table {
    pub fn read(path: &Path) -> Table {
        let mut r = csv::Reader::from_path(path).expect("open reference csv");
        let h: Vec<String> = r
            .headers()
            .expect("headers")
            .iter()
            .map(String::from)
            .collect();
        let rows = r
            .records()
            .map(|rec| {
                let rec = rec.expect("record");
                h.iter()
                    .cloned()
                    .zip(rec.iter().map(String::from))
                    .collect()
            })
            .collect();
        Table { rows }
    }
}

/// A reference number; `None` for NA / NaN.
pub fn num(row: &HashMap<String, String>, col: &str) -> Option<f64> {
    let v = row.get(col).unwrap_or_else(|| panic!("column {col}"));
    match v.as_str() {
        "NA" | "NaN" => None,
        s => Some(s.parse().unwrap_or_else(|_| panic!("{col}={s}"))),
    }
}

/// Tracks the worst relative error per (table, column) and checks tolerances.
#[derive(Default)]
pub struct Tracker {
    pub worst: std::collections::BTreeMap<String, f64>,
    pub compared: usize,
}

impl Tracker {
    /// |got − want| ≤ rel·|want| + abs.
    pub fn check(&mut self, what: &str, got: f64, want: f64, rel: f64, abs: f64, ctx: &str) {
        let err = (got - want).abs();
        let r = if err == 0.0 {
            0.0
        } else {
            err / want.abs().max(1e-300)
        };
        assert!(
            err <= rel * want.abs() + abs,
            "{what} at {ctx}: got {got:e}, R {want:e}, relative error {r:e}"
        );
        self.compared += 1;
        let e = self.worst.entry(what.to_string()).or_insert(0.0);
        if want.abs() > 1e-12 && r > *e {
            *e = r;
        }
    }

    pub fn report(&self, name: &str) {
        eprintln!(
            "== {name}: {} figures compared; worst relative error per column:",
            self.compared
        );
        for (k, v) in &self.worst {
            eprintln!("   {k:<40} {v:.2e}");
        }
    }
}
