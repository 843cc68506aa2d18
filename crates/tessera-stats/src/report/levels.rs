//! A column's values as dense, sorted levels, and the cells of a breakdown.

use tessera_data::{Column, ColumnValues, MISSING_CODE};

use crate::design::IntMap;
use crate::estimate::NO_CELL;

/// The level given to rows with a blank breakdown value (issue 12, item 18): they stay in the
/// breakdown, visibly, instead of silently dropping out of it.
pub const NOT_STATED: &str = "not stated";

/// A column's values as dense level indexes (sorted values), for cells and design codes.
pub(crate) struct Levels {
    /// Per row, the level index or `MISSING_CODE`.
    pub(crate) index: Vec<u32>,
    /// Level labels in sorted order.
    pub(crate) labels: Vec<String>,
}

impl Levels {
    /// Rows whose value is blank.
    pub(crate) fn blank_rows(&self) -> impl Iterator<Item = usize> + '_ {
        self.index
            .iter()
            .enumerate()
            .filter(|(_, l)| **l == MISSING_CODE)
            .map(|(i, _)| i)
    }

    /// Gives blank rows the level [`NOT_STATED`] (the existing level of that name, if the data
    /// already use it; otherwise a new last level). Returns how many rows were blank.
    pub(crate) fn with_not_stated(mut self) -> (Self, usize) {
        let blank = self.index.iter().filter(|&&l| l == MISSING_CODE).count();
        if blank == 0 {
            return (self, 0);
        }
        let level = match self.labels.iter().position(|l| l == NOT_STATED) {
            Some(i) => i,
            None => {
                self.labels.push(NOT_STATED.to_owned());
                self.labels.len() - 1
            }
        };
        let level = level as u32;
        for l in &mut self.index {
            if *l == MISSING_CODE {
                *l = level;
            }
        }
        (self, blank)
    }
}

pub(crate) fn levels_of(column: &Column) -> Levels {
    match &column.values {
        ColumnValues::Text { codes, levels } => {
            let mut order: Vec<usize> = (0..levels.len()).collect();
            order.sort_by(|&a, &b| levels[a].cmp(&levels[b]));
            let mut rank = vec![0u32; levels.len()];
            for (r, &i) in order.iter().enumerate() {
                rank[i] = r as u32;
            }
            Levels {
                index: codes
                    .iter()
                    .map(|&c| {
                        if c == MISSING_CODE {
                            MISSING_CODE
                        } else {
                            rank[c as usize]
                        }
                    })
                    .collect(),
                labels: order.iter().map(|&i| levels[i].clone()).collect(),
            }
        }
        ColumnValues::Numeric(values) => {
            // Distinct values by hashing (few of them), then sorted; no sort of every row.
            let mut first_seen: IntMap<u64, u32> = IntMap::default();
            let mut distinct: Vec<f64> = Vec::new();
            let provisional: Vec<u32> = values
                .iter()
                .map(|v| {
                    if v.is_nan() {
                        return MISSING_CODE;
                    }
                    // +0.0 and -0.0 are one value.
                    let bits = if *v == 0.0 { 0 } else { v.to_bits() };
                    *first_seen.entry(bits).or_insert_with(|| {
                        distinct.push(*v);
                        (distinct.len() - 1) as u32
                    })
                })
                .collect();
            let mut order: Vec<usize> = (0..distinct.len()).collect();
            order.sort_by(|&a, &b| distinct[a].total_cmp(&distinct[b]));
            let mut rank = vec![0u32; distinct.len()];
            for (r, &i) in order.iter().enumerate() {
                rank[i] = r as u32;
            }
            Levels {
                index: provisional
                    .iter()
                    .map(|&p| {
                        if p == MISSING_CODE {
                            MISSING_CODE
                        } else {
                            rank[p as usize]
                        }
                    })
                    .collect(),
                labels: order
                    .iter()
                    .map(|&i| tessera_data::format_number(distinct[i]))
                    .collect(),
            }
        }
    }
}

/// The cells of one breakdown: per-row cell ids and each cell's value per breakdown variable.
pub(crate) struct Cells {
    pub(crate) row_cell: Vec<u32>,
    /// For each cell, the level index of each variable of the breakdown.
    pub(crate) keys: Vec<Vec<u32>>,
}

pub(crate) fn cells_of(vars: &[&Levels], n_rows: usize) -> Cells {
    // Mixed-radix key per row; cells are the keys that occur, in key (value) order.
    let mut row_key = vec![0u64; n_rows];
    let mut missing = vec![false; n_rows];
    let mut space: u64 = 1;
    for levels in vars {
        let radix = levels.labels.len() as u64;
        space = space.saturating_mul(radix.max(1));
        for (i, &l) in levels.index.iter().enumerate() {
            if l == MISSING_CODE {
                missing[i] = true;
            } else {
                row_key[i] = row_key[i] * radix + u64::from(l);
            }
        }
    }
    let keys: Vec<u64>;
    let row_cell: Vec<u32>;
    if space <= 1 << 20 {
        // Few possible cells: a table indexed by key, no sorting or hashing per row.
        let mut used = vec![false; space as usize];
        for (k, m) in row_key.iter().zip(&missing) {
            if !m {
                used[*k as usize] = true;
            }
        }
        let mut id_of = vec![NO_CELL; space as usize];
        let mut found = Vec::new();
        for (k, u) in used.iter().enumerate() {
            if *u {
                id_of[k] = found.len() as u32;
                found.push(k as u64);
            }
        }
        row_cell = row_key
            .iter()
            .zip(&missing)
            .map(|(k, &m)| if m { NO_CELL } else { id_of[*k as usize] })
            .collect();
        keys = found;
    } else {
        let mut id_of: IntMap<u64, u32> = IntMap::default();
        for (k, m) in row_key.iter().zip(&missing) {
            if !m {
                id_of.entry(*k).or_insert(0);
            }
        }
        let mut found: Vec<u64> = id_of.keys().copied().collect();
        found.sort_unstable();
        for (i, k) in found.iter().enumerate() {
            id_of.insert(*k, i as u32);
        }
        row_cell = row_key
            .iter()
            .zip(&missing)
            .map(|(k, &m)| {
                if m {
                    NO_CELL
                } else {
                    id_of.get(k).copied().unwrap_or(NO_CELL)
                }
            })
            .collect();
        keys = found;
    }
    let decoded = keys
        .iter()
        .map(|&k| {
            let mut rest = k;
            let mut parts = vec![0u32; vars.len()];
            for (j, levels) in vars.iter().enumerate().rev() {
                let radix = levels.labels.len() as u64;
                parts[j] = (rest % radix) as u32;
                rest /= radix;
            }
            parts
        })
        .collect();
    Cells {
        row_cell,
        keys: decoded,
    }
}
