//! Column values as compact little-endian arrays, so a dataset reads back in one query per
//! column without parsing text.

use tessera_data::{Column, ColumnValues};

use crate::StoreError;

/// (kind, levels as JSON for text columns, data)
pub(crate) type Encoded = (&'static str, Option<String>, Vec<u8>);

pub(crate) fn encode(column: &Column) -> Encoded {
    match &column.values {
        ColumnValues::Numeric(values) => {
            let mut data = Vec::with_capacity(values.len() * 8);
            for v in values {
                data.extend_from_slice(&v.to_le_bytes());
            }
            ("numeric", None, data)
        }
        ColumnValues::Text { codes, levels } => {
            let mut data = Vec::with_capacity(codes.len() * 4);
            for c in codes {
                data.extend_from_slice(&c.to_le_bytes());
            }
            let levels = serde_json::to_string(levels).unwrap_or_else(|_| "[]".to_owned());
            ("text", Some(levels), data)
        }
    }
}

pub(crate) fn decode(
    name: String,
    kind: &str,
    levels: Option<&str>,
    data: &[u8],
) -> Result<Column, StoreError> {
    let corrupt = |why: &str| StoreError::Corrupt(format!("column {name:?}: {why}"));
    let values = match kind {
        "numeric" => {
            if !data.len().is_multiple_of(8) {
                return Err(corrupt("numeric data is not a whole number of values"));
            }
            ColumnValues::Numeric(
                data.chunks_exact(8)
                    .map(|b| f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
                    .collect(),
            )
        }
        "text" => {
            if !data.len().is_multiple_of(4) {
                return Err(corrupt("text codes are not a whole number of values"));
            }
            let levels: Vec<String> = serde_json::from_str(levels.unwrap_or("[]"))
                .map_err(|_| corrupt("the list of text values is unreadable"))?;
            let codes: Vec<u32> = data
                .chunks_exact(4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect();
            if codes
                .iter()
                .any(|&c| c != tessera_data::MISSING_CODE && c as usize >= levels.len())
            {
                return Err(corrupt("a text code points past the list of values"));
            }
            ColumnValues::Text { codes, levels }
        }
        other => return Err(corrupt(&format!("unknown column kind {other:?}"))),
    };
    Ok(Column { name, values })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_round_trip_exactly_including_missing_values() {
        let numeric = Column::numeric("x", vec![1.5, f64::NAN, -0.0, 1e300]);
        let text = Column::text("g", &[Some("a"), None, Some("b"), Some("a")]);
        for column in [numeric, text] {
            let (kind, levels, data) = encode(&column);
            let back = decode(column.name.clone(), kind, levels.as_deref(), &data).expect("decode");
            match (&column.values, &back.values) {
                (ColumnValues::Numeric(a), ColumnValues::Numeric(b)) => {
                    let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                    assert_eq!(bits(a), bits(b));
                }
                _ => assert_eq!(column, back),
            }
        }
    }

    #[test]
    fn corrupt_column_data_is_an_error_not_a_panic() {
        assert!(decode("x".into(), "numeric", None, &[1, 2, 3]).is_err());
        assert!(decode("g".into(), "text", Some("[\"a\"]"), &5u32.to_le_bytes()).is_err());
        assert!(decode("g".into(), "blob", None, &[]).is_err());
    }
}
