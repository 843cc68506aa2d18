//! R's `api` data and the reference tables written by the R scripts in `tests/reference/`.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::common::Table;

pub fn reference(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/reference")
        .join(path)
}

/// A CSV file as text columns by name.
pub struct Frame {
    pub names: Vec<String>,
    pub columns: Vec<Vec<String>>,
}

impl Frame {
    pub fn read(path: &str) -> Frame {
        let mut r = csv::Reader::from_path(reference(path)).expect("open fixture");
        let names: Vec<String> = r
            .headers()
            .expect("header")
            .iter()
            .map(String::from)
            .collect();
        let mut columns = vec![Vec::new(); names.len()];
        for rec in r.records() {
            let rec = rec.expect("record");
            for (j, v) in rec.iter().enumerate() {
                columns[j].push(v.to_owned());
            }
        }
        Frame { names, columns }
    }

    pub fn len(&self) -> usize {
        self.columns[0].len()
    }

    pub fn text(&self, name: &str) -> &[String] {
        let j = self
            .names
            .iter()
            .position(|n| n == name)
            .unwrap_or_else(|| panic!("no column {name}"));
        &self.columns[j]
    }

    /// Numbers; blank → NaN.
    pub fn num(&self, name: &str) -> Vec<f64> {
        self.text(name)
            .iter()
            .map(|v| {
                if v.is_empty() || v == "NA" {
                    f64::NAN
                } else {
                    v.parse().unwrap_or_else(|_| panic!("{name}: {v}"))
                }
            })
            .collect()
    }

    /// Dense integer codes of a column's values, in sorted order of the values.
    pub fn codes(&self, name: &str) -> (Vec<u32>, Vec<String>) {
        let mut levels: Vec<String> = self.text(name).to_vec();
        levels.sort();
        levels.dedup();
        let codes = self
            .text(name)
            .iter()
            .map(|v| levels.iter().position(|l| l == v).unwrap() as u32)
            .collect();
        (codes, levels)
    }

    /// All columns whose names start with `prefix`, as numbers, in file order.
    pub fn columns_with_prefix(&self, prefix: &str) -> Vec<Vec<f64>> {
        self.names
            .iter()
            .filter(|n| n.starts_with(prefix))
            .map(|n| self.num(n))
            .collect()
    }

    /// As a tessera dataset: numeric columns where every value parses, text otherwise.
    pub fn dataset(&self) -> tessera_data::Dataset {
        let cols = self
            .names
            .iter()
            .zip(&self.columns)
            .map(|(n, c)| {
                let numeric = c.iter().all(|v| v.is_empty() || v.parse::<f64>().is_ok());
                if numeric {
                    tessera_data::Column::numeric(
                        n.clone(),
                        c.iter()
                            .map(|v| v.parse::<f64>().unwrap_or(f64::NAN))
                            .collect(),
                    )
                } else {
                    let vals: Vec<Option<&str>> = c
                        .iter()
                        .map(|v| (!v.is_empty()).then_some(v.as_str()))
                        .collect();
                    tessera_data::Column::text(n.clone(), &vals)
                }
            })
            .collect();
        tessera_data::Dataset::from_columns(cols).expect("equal lengths")
    }
}

/// Reference rows keyed by the given columns.
pub fn rows_by(table: &str, keys: &[&str]) -> HashMap<Vec<String>, HashMap<String, String>> {
    Table::read(&reference(&format!("out/{table}")))
        .rows
        .into_iter()
        .map(|r| (keys.iter().map(|k| r[*k].clone()).collect(), r))
        .collect()
}
