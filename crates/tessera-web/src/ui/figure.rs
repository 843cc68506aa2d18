//! Layout of the domain figure: a pack's domains grouped by domain type, drawn as SVG on the
//! server. The template only places what is computed here.

use tessera_framework::Pack;

/// Width of the drawing in SVG user units; it scales to the page.
const WIDTH: f64 = 960.0;
const LABEL_WIDTH: f64 = 190.0;
const BAND_HEIGHT: f64 = 92.0;
const GAP: f64 = 10.0;
const LINE_HEIGHT: f64 = 18.0;
/// Fill colours for up to four bands; each passes 4.5:1 contrast with the dark text on it.
const FILLS: [&str; 4] = ["#d6ece9", "#e8e1f3", "#fbe9c8", "#dfe9f7"];

/// The whole figure, ready to render.
pub(crate) struct DomainFigure {
    pub width: f64,
    pub height: f64,
    pub bands: Vec<Band>,
}

/// One domain type and its domains, drawn as a row.
pub(crate) struct Band {
    pub y: f64,
    pub height: f64,
    pub fill: &'static str,
    pub label_lines: Vec<Line>,
    pub boxes: Vec<DomainBox>,
}

/// One domain.
pub(crate) struct DomainBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub lines: Vec<Line>,
}

/// A line of text and where its baseline sits.
pub(crate) struct Line {
    pub x: f64,
    pub y: f64,
    pub text: String,
}

impl DomainFigure {
    /// Lays out a pack that has domain types, with their names in the page's language where the
    /// pack has them; `None` when it has none.
    pub(crate) fn for_pack(pack: &Pack) -> Option<Self> {
        if pack.domain_types.is_empty() {
            return None;
        }
        let lang = tessera_l10n::current().code();
        let per_row = pack
            .domain_types
            .iter()
            .map(|t| {
                pack.domains
                    .iter()
                    .filter(|d| d.domain_type.as_ref() == Some(&t.id))
                    .count()
            })
            .max()
            .unwrap_or(1)
            .max(1);
        let box_width = (WIDTH - LABEL_WIDTH - GAP * (per_row as f64 + 1.0)) / per_row as f64;
        let chars_per_line = ((box_width - 12.0) / 8.0).floor().max(8.0) as usize;
        let mut bands = Vec::new();
        for (i, domain_type) in pack.domain_types.iter().enumerate() {
            let y = GAP + i as f64 * (BAND_HEIGHT + GAP);
            let label_lines = centred_lines(
                domain_type.name_in(lang),
                20,
                GAP + (LABEL_WIDTH - GAP) / 2.0,
                y + BAND_HEIGHT / 2.0,
            );
            let boxes = pack
                .domains
                .iter()
                .filter(|d| d.domain_type.as_ref() == Some(&domain_type.id))
                .enumerate()
                .map(|(j, domain)| {
                    let x = LABEL_WIDTH + GAP + j as f64 * (box_width + GAP);
                    let by = y + 12.0;
                    let bh = BAND_HEIGHT - 24.0;
                    let name = domain.name_in(lang);
                    let text = match domain.number {
                        Some(n) => format!("{n}. {name}"),
                        None => name.to_owned(),
                    };
                    DomainBox {
                        x,
                        y: by,
                        width: box_width,
                        height: bh,
                        lines: centred_lines(
                            &text,
                            chars_per_line,
                            x + box_width / 2.0,
                            by + bh / 2.0,
                        ),
                    }
                })
                .collect();
            bands.push(Band {
                y,
                height: BAND_HEIGHT,
                fill: FILLS[i % FILLS.len()],
                label_lines,
                boxes,
            });
        }
        let height = GAP + pack.domain_types.len() as f64 * (BAND_HEIGHT + GAP);
        Some(Self {
            width: WIDTH,
            height,
            bands,
        })
    }
}

/// Wraps `text` at word boundaries into lines of at most `max` characters, centred vertically
/// on `cy`.
fn centred_lines(text: &str, max: usize, cx: f64, cy: f64) -> Vec<Line> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    let first = cy - (lines.len() as f64 - 1.0) * LINE_HEIGHT / 2.0 + 5.0;
    lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| Line {
            x: cx,
            y: first + i as f64 * LINE_HEIGHT,
            text,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_wrap_at_word_boundaries() {
        let lines = centred_lines("Health and Social Care", 12, 0.0, 0.0);
        let texts: Vec<_> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Health and", "Social Care"]);
        assert!(lines[0].y < lines[1].y);
    }
}
