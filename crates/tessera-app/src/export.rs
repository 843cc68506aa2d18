//! Files Tessera writes for people to open: CSV and Excel. Every text cell that a spreadsheet
//! would run as a formula is neutralised here, for every CSV and workbook Tessera writes.

use crate::datasets::MeasureResults;
use crate::results::COUNT_ROUNDING;
use crate::{AppError, AppResult};

/// `text` made safe for a spreadsheet: a cell starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return is run as a formula by Excel, LibreOffice and Google Sheets (OWASP's "CSV
/// injection"), so it gets a leading `'`, which they show as text. Plain numbers (`-3`, `+0.5`,
/// `1e-3`) are left alone so they stay numbers.
pub fn safe_cell(text: &str) -> std::borrow::Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(text) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Whether `text` is a decimal number and nothing else (`-3`, `+0.5`, `1e-3`).
fn is_plain_number(text: &str) -> bool {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((a, b)) => {
            (digits(a) || a.is_empty())
                && (digits(b) || b.is_empty())
                && !(a.is_empty() && b.is_empty())
        }
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    mantissa_ok && exponent_ok
}

/// A CSV file of `header` and `rows`, every cell made safe.
pub fn csv(header: &[String], rows: &[Vec<String>]) -> AppResult<Vec<u8>> {
    let mut out = Vec::new();
    write_csv(&mut out, header, rows).map_err(AppError::internal)?;
    Ok(out)
}

/// Writes `header` and `rows` as CSV to `out`, every cell made safe.
pub fn write_csv<W: std::io::Write>(
    out: W,
    header: &[String],
    rows: &[Vec<String>],
) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(header.iter().map(|h| safe_cell(h).into_owned()))?;
    for row in rows {
        writer.write_record(row.iter().map(|c| safe_cell(c).into_owned()))?;
    }
    writer.flush()?;
    Ok(())
}

/// The rows of a measure's results for export: every column, status spelled out, suppressed
/// cells empty.
pub fn measure_rows(r: &MeasureResults) -> (Vec<String>, Vec<Vec<String>>) {
    let lines: Vec<_> = r.overall.iter().chain(&r.by_wave).chain(&r.split).collect();
    let mut names: Vec<String> = Vec::new();
    for l in &lines {
        for (k, _) in &l.cell {
            if !names.contains(k) {
                names.push(k.clone());
            }
        }
    }
    let mut header = vec!["measure".to_owned()];
    header.extend(names.iter().cloned());
    for g in ["newcomers", "receiving_community"] {
        for c in ["estimate", "ci_low", "ci_high", "n_rounded", "status"] {
            header.push(format!("{g}_{c}"));
        }
    }
    header.extend(
        [
            "gap",
            "gap_ci_low",
            "gap_ci_high",
            "ratio",
            "gap_status",
            "suppression_rule",
        ]
        .map(str::to_owned),
    );
    let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let rule = format!(
        "figures from fewer than {} valid responses are suppressed; counts rounded to the nearest {}",
        r.min_cell, COUNT_ROUNDING
    );
    let rows = lines
        .iter()
        .map(|l| {
            let mut row = vec![r.measure.id.clone()];
            for n in &names {
                row.push(
                    l.cell
                        .iter()
                        .find(|(k, _)| k == n)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_else(|| tessera_stats::ALL.to_owned()),
                );
            }
            for c in [&l.newcomers, &l.receiving_community] {
                row.extend([
                    num(c.estimate),
                    num(c.ci_low),
                    num(c.ci_high),
                    c.n_rounded.map(|n| n.to_string()).unwrap_or_default(),
                    c.status.as_str().to_owned(),
                ]);
            }
            row.extend([
                num(l.gap.difference),
                num(l.gap.ci_low),
                num(l.gap.ci_high),
                num(l.gap.ratio),
                l.gap.status.as_str().to_owned(),
                rule.clone(),
            ]);
            row
        })
        .collect();
    (header, rows)
}

/// A workbook of `header` and `rows` on one sheet; numbers stay numbers (except in status
/// columns), text is made safe.
pub fn xlsx(sheet_name: &str, header: &[String], rows: &[Vec<String>]) -> AppResult<Vec<u8>> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name).map_err(AppError::internal)?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (c, h) in header.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, safe_cell(h), &bold)
            .map_err(AppError::internal)?;
    }
    for (i, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            let (r0, c0) = (i as u32 + 1, c as u16);
            let status = header.get(c).is_some_and(|h| h.ends_with("status"));
            match value.parse::<f64>() {
                Ok(v) if !status && v.is_finite() => sheet.write_number(r0, c0, v),
                _ => sheet.write_string(r0, c0, safe_cell(value)),
            }
            .map_err(AppError::internal)?;
        }
    }
    book.save_to_buffer().map_err(AppError::internal)
}

/// A file name made of safe characters, for downloads.
pub fn file_name(measure: &str, by: Option<&str>, ext: &str) -> String {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    match by {
        Some(b) => format!("{}-by-{}.{ext}", safe(measure), safe(b)),
        None => format!("{}.{ext}", safe(measure)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_are_neutralised() {
        for risky in [
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "-2+3+cmd",
            "\tx",
            "\rx",
            "-",
            "+",
            "-inf",
            "-1e5x",
        ] {
            assert!(safe_cell(risky).starts_with('\''), "{risky:?}");
        }
        for fine in [
            "-3",
            "+0.5",
            "1e-3",
            "-2.5E+10",
            "0.66",
            "café",
            "",
            "Don’t know",
        ] {
            assert_eq!(safe_cell(fine), fine, "{fine:?}");
        }
    }

    #[test]
    fn csv_files_have_no_cell_a_spreadsheet_would_run() {
        let bytes = csv(
            &["label".to_owned()],
            &[
                vec!["=1+1".to_owned()],
                vec!["-2+3+cmd".to_owned()],
                vec!["-4".to_owned()],
            ],
        )
        .expect("written");
        let text = String::from_utf8(bytes).expect("utf-8");
        assert_eq!(text, "label\n'=1+1\n'-2+3+cmd\n-4\n");
    }
}
