//! Files Tessera writes for people to open: CSV and Excel. Every text cell that a spreadsheet
//! would run as a formula is neutralised here, for every CSV and workbook Tessera writes.

use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet};
use tessera_l10n::{Arg, t, ta};

use crate::datasets::MeasureResults;
use crate::results::{COUNT_ROUNDING, Cell, Gap, Line, is_proportion, status_key, verdict_key};
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

/// The rows of a measure's results for analysts (the tidy CSV, documented in
/// `docs/data-files.md`): one row per line, breakdown values as codes, then the same values
/// as labels, every figure at full precision (shares from 0 to 1), status spelled out,
/// suppressed cells empty, and the verdict on the gap (`likely_real`: `yes`, `no` or empty).
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
            "likely_real",
            "label",
            "suppression_rule",
        ]
        .map(str::to_owned),
    );
    // Figures under a kept weighting say so in a last column (and without one the file stays
    // as it was).
    if r.weighting.is_some() {
        header.push("weighting".to_owned());
    }
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
                match l.gap.likely_real {
                    Some(true) => "yes".to_owned(),
                    Some(false) => "no".to_owned(),
                    None => String::new(),
                },
                l.label.clone(),
                rule.clone(),
            ]);
            if let Some(w) = &r.weighting {
                row.push(w.clone());
            }
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

/// Where the figures of an export come from, for its notes.
#[derive(Debug, Clone)]
pub struct ExportAbout {
    /// The dataset's name.
    pub dataset: String,
    /// Its version.
    pub version: i64,
    /// The uploaded file's name.
    pub file: String,
    /// The indicator the measure is linked to, by name, if any.
    pub indicator: Option<String>,
    /// When the export was made, written for people.
    pub made: String,
}

/// Formats of the report workbook.
struct Styles {
    title: Format,
    bold: Format,
    header: Format,
    wrap: Format,
    share: Format,
    mean: Format,
    points: Format,
    difference: Format,
    count: Format,
}

impl Styles {
    fn new() -> Self {
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
        Self {
            title: Format::new().set_bold().set_font_size(14),
            bold: Format::new().set_bold(),
            header,
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            share: Format::new().set_num_format("0%"),
            mean: Format::new().set_num_format("#,##0.0"),
            points: Format::new().set_num_format("+0;-0;0"),
            difference: Format::new().set_num_format("+#,##0.0;-#,##0.0;0.0"),
            count: Format::new().set_num_format("#,##0"),
        }
    }
}

/// Writes a text cell made safe, or nothing for empty text.
fn text(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: &str,
    f: Option<&Format>,
) -> AppResult<()> {
    if value.is_empty() {
        return Ok(());
    }
    let safe = safe_cell(value);
    match f {
        Some(f) => sheet.write_string_with_format(row, col, safe, f),
        None => sheet.write_string(row, col, safe),
    }
    .map(|_| ())
    .map_err(AppError::internal)
}

fn number(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: Option<f64>,
    f: &Format,
) -> AppResult<()> {
    match value.filter(|v| v.is_finite()) {
        Some(v) => sheet
            .write_number_with_format(row, col, v, f)
            .map(|_| ())
            .map_err(AppError::internal),
        None => Ok(()),
    }
}

/// The report's table columns, in order, as message keys.
const COLUMNS: [&str; 16] = [
    "results-export-col-newcomers",
    "results-export-col-low",
    "results-export-col-high",
    "results-export-col-responses",
    "results-export-col-status",
    "results-export-col-receiving",
    "results-export-col-low",
    "results-export-col-high",
    "results-export-col-responses",
    "results-export-col-status",
    "results-export-col-gap",
    "results-export-col-low",
    "results-export-col-high",
    "results-export-col-verdict",
    "results-export-col-other",
    "results-export-col-other-responses",
];

/// Writes one table of lines under `heading` from `row`; returns the next free row.
fn table(
    sheet: &mut Worksheet,
    styles: &Styles,
    mut row: u32,
    heading: &str,
    first_column: &str,
    lines: &[Line],
    proportion: bool,
) -> AppResult<u32> {
    text(sheet, row, 0, heading, Some(&styles.bold))?;
    row += 1;
    text(sheet, row, 0, first_column, Some(&styles.header))?;
    for (i, key) in COLUMNS.iter().enumerate() {
        let mut title = t(key);
        if *key == "results-export-col-gap" && proportion {
            title = t("results-export-col-gap-points");
        }
        text(sheet, row, i as u16 + 1, &title, Some(&styles.header))?;
    }
    row += 1;
    let value = if proportion {
        &styles.share
    } else {
        &styles.mean
    };
    let gap_format = if proportion {
        &styles.points
    } else {
        &styles.difference
    };
    let scale = |x: Option<f64>| if proportion { x.map(|v| v * 100.0) } else { x };
    let side = |sheet: &mut Worksheet, row: u32, col: u16, c: &Cell| -> AppResult<()> {
        number(sheet, row, col, c.estimate, value)?;
        number(sheet, row, col + 1, c.ci_low, value)?;
        number(sheet, row, col + 2, c.ci_high, value)?;
        number(
            sheet,
            row,
            col + 3,
            c.n_rounded.map(|n| n as f64),
            &styles.count,
        )?;
        text(sheet, row, col + 4, &t(status_key(c.status)), None)
    };
    for l in lines {
        text(sheet, row, 0, &l.label, None)?;
        side(sheet, row, 1, &l.newcomers)?;
        side(sheet, row, 6, &l.receiving_community)?;
        let g: &Gap = &l.gap;
        number(sheet, row, 11, scale(g.difference), gap_format)?;
        number(sheet, row, 12, scale(g.ci_low), gap_format)?;
        number(sheet, row, 13, scale(g.ci_high), gap_format)?;
        text(sheet, row, 14, &t(verdict_key(g)), None)?;
        if let Some(other) = &l.other {
            number(sheet, row, 15, other.estimate, value)?;
            number(
                sheet,
                row,
                16,
                other.n_rounded.map(|n| n as f64),
                &styles.count,
            )?;
        }
        row += 1;
    }
    Ok(row + 1)
}

/// The measure's results as a report a council officer can paste from (issue 12): a sheet of
/// tables with a title, labels instead of codes, percentages and numbers formatted as they
/// read on the page (the figures stay numbers), and a notes sheet saying where they come
/// from — dataset, who counts as a newcomer, design, suppression rule, date and Tessera's
/// version. Suppressed figures are empty, as everywhere.
pub fn xlsx_report(r: &MeasureResults, about: &ExportAbout) -> AppResult<Vec<u8>> {
    let styles = Styles::new();
    let proportion = is_proportion(&r.measure);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .set_name(t("results-export-sheet-results"))
        .map_err(AppError::internal)?;
    text(sheet, 0, 0, &r.measure.label, Some(&styles.title))?;
    text(
        sheet,
        1,
        0,
        &ta(
            "results-export-subtitle",
            &[
                ("dataset", Arg::from(&about.dataset)),
                ("version", about.version.into()),
            ],
        ),
        None,
    )?;
    text(sheet, 2, 0, &t("results-export-read-notes"), None)?;
    text(
        sheet,
        3,
        0,
        &ta(
            "weighting-export-uses",
            &[(
                "weighting",
                r.weighting
                    .clone()
                    .unwrap_or_else(crate::weighting::own_weights)
                    .into(),
            )],
        ),
        None,
    )?;
    let mut row = 4;
    if !r.by_wave.is_empty() {
        row = table(
            sheet,
            &styles,
            row,
            &t("results-export-table-by-wave"),
            &t("results-export-col-wave"),
            &r.by_wave,
            proportion,
        )?;
    }
    if let Some(by) = &r.by {
        row = table(
            sheet,
            &styles,
            row,
            &ta("results-export-table-by", &[("by", by.into())]),
            by,
            &r.split,
            proportion,
        )?;
    }
    let pooled = if r.waves.len() > 1 {
        ta(
            "results-export-table-pooled",
            &[("waves", r.waves.join(", ").into())],
        )
    } else {
        t("results-export-table-all")
    };
    table(
        sheet,
        &styles,
        row,
        &pooled,
        &t("results-export-col-rows"),
        &r.overall,
        proportion,
    )?;
    sheet.set_column_width(0, 28).map_err(AppError::internal)?;
    for c in 1..=16u16 {
        sheet.set_column_width(c, 12).map_err(AppError::internal)?;
    }
    sheet.set_column_width(14, 24).map_err(AppError::internal)?;

    let notes = book.add_worksheet();
    notes
        .set_name(t("results-export-sheet-notes"))
        .map_err(AppError::internal)?;
    notes.set_column_width(0, 30).map_err(AppError::internal)?;
    notes.set_column_width(1, 100).map_err(AppError::internal)?;
    text(
        notes,
        0,
        0,
        &t("results-export-notes-title"),
        Some(&styles.title),
    )?;
    let counts = |n: Option<u64>| match n {
        Some(n) => ta("results-export-about-count", &[("count", n.into())]),
        None => ta("results-export-fewer-than", &[("count", r.min_cell.into())]),
    };
    let mut items: Vec<(String, String)> = vec![
        (
            t("results-export-note-dataset"),
            ta(
                "results-export-subtitle",
                &[
                    ("dataset", Arg::from(&about.dataset)),
                    ("version", about.version.into()),
                ],
            ),
        ),
        (t("results-export-note-file"), about.file.clone()),
        (t("results-export-note-measure"), r.measure.label.clone()),
    ];
    if let Some(indicator) = &about.indicator {
        items.push((t("results-export-note-indicator"), indicator.clone()));
    }
    items.extend([
        (t("results-export-note-rule"), r.rule.clone()),
        (
            t("results-export-note-rows"),
            ta(
                "results-export-rows-by-side",
                &[
                    ("newcomers", counts(r.counts.newcomers).into()),
                    ("receiving", counts(r.counts.receiving_community).into()),
                    ("other", counts(r.counts.other).into()),
                ],
            ),
        ),
        (t("results-export-note-design"), r.design.clone()),
        (
            t("results-export-note-figures"),
            t(if proportion {
                "results-export-figures-share"
            } else {
                "results-export-figures-mean"
            }),
        ),
        (
            t("results-export-note-verdict"),
            t("results-export-verdict-rule"),
        ),
        (
            t("results-export-note-suppression"),
            ta(
                "results-export-suppression-rule",
                &[
                    ("min", r.min_cell.into()),
                    ("rounding", COUNT_ROUNDING.into()),
                ],
            ),
        ),
        (t("results-export-note-made"), about.made.clone()),
        (
            t("results-export-note-version"),
            ta(
                "results-export-tessera-version",
                &[("version", env!("CARGO_PKG_VERSION").into())],
            ),
        ),
        (t("results-export-note-csv"), t("results-export-csv-note")),
    ]);
    for (i, (item, value)) in items.iter().enumerate() {
        let row = i as u32 + 2;
        text(notes, row, 0, item, Some(&styles.bold))?;
        text(notes, row, 1, value, Some(&styles.wrap))?;
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

    fn results() -> MeasureResults {
        use tessera_stats::Status;
        let cell = |estimate: f64| Cell {
            estimate: Some(estimate),
            ci_low: Some(estimate - 0.05),
            ci_high: Some(estimate + 0.05),
            n_rounded: Some(120),
            status: Status::Ok,
        };
        let line = |label: &str, cell_by: Vec<(String, String)>| Line {
            cell: cell_by,
            label: label.to_owned(),
            newcomers: cell(0.62),
            receiving_community: cell(0.8),
            other: Some(cell(0.7)),
            gap: Gap {
                difference: Some(-0.25),
                ci_low: Some(-0.25),
                ci_high: Some(-0.11),
                ratio: Some(0.775),
                status: Status::Ok,
                likely_real: Some(true),
                side_at_bound: false,
            },
        };
        MeasureResults {
            weighting: None,
            measure: tessera_stats::mapping::MappedMeasure {
                id: "gp".into(),
                indicator: None,
                label: "=Registered with a GP".into(),
                kind: tessera_stats::EstimandKind::Proportion,
                variable: Some("gp".into()),
                success: vec!["yes".into()],
                exclude: Vec::new(),
                ci: tessera_stats::CiMethod::Logit,
            },
            by: None,
            options: Vec::new(),
            overall: vec![line("All responses", Vec::new())],
            by_wave: vec![line("2025", vec![("wave".into(), "2025".into())])],
            split: Vec::new(),
            trend: None,
            min_cell: 10,
            counts: crate::results::GroupCounts {
                newcomers: Some(120),
                receiving_community: Some(130),
                other: Some(40),
                has_other: true,
            },
            rule: "Newcomers: group is new. Receiving community: group is old. Everyone else: other or unknown.".into(),
            design: "weight w".into(),
            waves: vec!["2025".into()],
        }
    }

    #[test]
    fn the_report_workbook_has_formatted_figures_labels_and_a_notes_sheet() {
        let bytes = xlsx_report(
            &results(),
            &ExportAbout {
                dataset: "Residents' survey".into(),
                version: 2,
                file: "survey.csv".into(),
                indicator: Some("Registered with a GP".into()),
                made: "6 December 2026, 14:05".into(),
            },
        )
        .expect("written");
        // An XLSX file is a zip of XML parts; read the parts that matter as text.
        let mut zip = zip_parts(&bytes);
        let strings = zip.remove("xl/sharedStrings.xml").expect("shared strings");
        let styles = zip.remove("xl/styles.xml").expect("styles");
        let results = zip
            .remove("xl/worksheets/sheet1.xml")
            .expect("results sheet");
        assert!(
            strings.contains("&apos;=Registered with a GP")
                || strings.contains("'=Registered with a GP"),
            "the title is made safe"
        );
        assert!(strings.contains("Newcomers"));
        assert!(strings.contains("Likely real"), "{strings}");
        assert!(strings.contains("Who counts as a newcomer"));
        assert!(strings.contains("Tessera 0."));
        assert!(strings.contains("fewer than 10"));
        assert!(styles.contains("formatCode=\"0%\""), "{styles}");
        assert!(styles.contains("+0;-0;0"));
        // The share is a number cell (0.62), not text.
        assert!(results.contains("<v>0.62</v>"), "{results}");
        assert!(results.contains("<v>-25</v>"), "the gap in points");
        assert!(
            zip.contains_key("xl/worksheets/sheet2.xml"),
            "a notes sheet"
        );
    }

    /// The text parts of a zip archive, by name.
    fn zip_parts(bytes: &[u8]) -> std::collections::HashMap<String, String> {
        let mut out = std::collections::HashMap::new();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
        for i in 0..archive.len() {
            let mut file = archive.by_index(i).expect("entry");
            let mut text = String::new();
            let name = file.name().map(|n| n.into_owned()).unwrap_or_default();
            if std::io::Read::read_to_string(&mut file, &mut text).is_ok() {
                out.insert(name, text);
            }
        }
        out
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
