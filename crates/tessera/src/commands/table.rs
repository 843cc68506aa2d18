//! Aligned text tables for people.

use std::io::Write;

/// Writes rows under headers, each column padded to its widest cell.
pub fn write_table<W: Write, H: AsRef<str>, C: AsRef<str>>(
    out: &mut W,
    headers: &[H],
    rows: &[Vec<C>],
) -> std::io::Result<()> {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.as_ref().chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.as_ref().chars().count());
        }
    }
    let mut line = |cells: Vec<&str>| -> std::io::Result<()> {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, &w)| format!("{c:<w$}"))
            .collect();
        writeln!(out, "{}", padded.join("  ").trim_end())
    };
    line(headers.iter().map(AsRef::as_ref).collect())?;
    for row in rows {
        line(row.iter().map(AsRef::as_ref).collect())?;
    }
    Ok(())
}

/// Prints rows under headers to standard output.
pub fn print_table<const N: usize>(headers: &[&str; N], rows: &[[String; N]]) {
    let rows: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let stdout = std::io::stdout();
    // A closed pipe (e.g. `| head`) is not worth an error message.
    let _ = write_table(&mut stdout.lock(), headers, &rows);
}
