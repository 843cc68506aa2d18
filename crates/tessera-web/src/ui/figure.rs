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

/// Width of the narrow drawing: with the stylesheet's 15-unit domain text, a column of 290 px
/// (a 320 px phone) shows it at 15 × 290 / 330 ≈ 13 px (the wide drawing shrinks to 4.5 px).
pub(crate) const NARROW_WIDTH: f64 = 330.0;

impl DomainFigure {
    /// Lays out a pack's domains for a narrow column (issue 13): each domain type as a band
    /// with its name on a line of its own, then its domains one under another. Meant for a
    /// half-width column, where its text stays at 12 px or more from a 320 px phone up; `None`
    /// for a pack without domain types.
    pub(crate) fn narrow(pack: &Pack) -> Option<Self> {
        if pack.domain_types.is_empty() {
            return None;
        }
        let box_width = NARROW_WIDTH - 2.0 * GAP;
        let chars_per_line = ((box_width - 12.0) / 8.0).floor() as usize;
        let mut bands = Vec::new();
        let mut y = GAP;
        for (i, domain_type) in pack.domain_types.iter().enumerate() {
            let band_top = y;
            let label = wrapped(&domain_type.name, chars_per_line);
            let label_height = label.len() as f64 * LINE_HEIGHT + 10.0;
            let label_lines = centred_lines(
                &domain_type.name,
                chars_per_line,
                NARROW_WIDTH / 2.0,
                band_top + label_height / 2.0,
            );
            y = band_top + label_height;
            let mut boxes = Vec::new();
            for domain in pack
                .domains
                .iter()
                .filter(|d| d.domain_type.as_ref() == Some(&domain_type.id))
            {
                let text = match domain.number {
                    Some(n) => format!("{n}. {}", domain.name),
                    None => domain.name.clone(),
                };
                let n_lines = wrapped(&text, chars_per_line).len() as f64;
                let height = n_lines * LINE_HEIGHT + 14.0;
                boxes.push(DomainBox {
                    x: GAP,
                    y,
                    width: box_width,
                    height,
                    lines: centred_lines(
                        &text,
                        chars_per_line,
                        NARROW_WIDTH / 2.0,
                        y + height / 2.0,
                    ),
                });
                y += height + GAP / 2.0;
            }
            y += GAP / 2.0;
            bands.push(Band {
                y: band_top,
                height: y - band_top,
                fill: FILLS[i % FILLS.len()],
                label_lines,
                boxes,
            });
            y += GAP;
        }
        Some(Self {
            width: NARROW_WIDTH,
            height: y,
            bands,
        })
    }
}

/// `text` wrapped at word boundaries into lines of at most `max` characters.
fn wrapped(text: &str, max: usize) -> Vec<String> {
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
    lines
}

/// Wraps `text` at word boundaries into lines of at most `max` characters, centred vertically
/// on `cy`.
fn centred_lines(text: &str, max: usize, cx: f64, cy: f64) -> Vec<Line> {
    let lines = wrapped(text, max);
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
    fn the_narrow_figure_stacks_every_domain_inside_its_band_and_the_drawing() {
        let catalogue = tessera_framework::Catalogue::shipped().expect("packs");
        let pack = catalogue.pack("ioi-2019").expect("IOI");
        let fig = DomainFigure::narrow(pack).expect("types");
        assert_eq!(fig.width, NARROW_WIDTH);
        assert_eq!(fig.bands.iter().map(|b| b.boxes.len()).sum::<usize>(), 14);
        let mut last_bottom = 0.0;
        for band in &fig.bands {
            assert!(band.y >= last_bottom, "bands do not overlap");
            for b in &band.boxes {
                assert!(b.y >= band.y && b.y + b.height <= band.y + band.height);
                assert!(b.x >= 0.0 && b.x + b.width <= fig.width);
                assert!(b.y >= last_bottom, "boxes do not overlap");
                last_bottom = b.y + b.height;
            }
            last_bottom = band.y + band.height;
        }
        assert!(fig.height >= last_bottom);
        // 15-unit text in a 290 px column.
        assert!(15.0 * 290.0 / fig.width >= 12.0);
    }

    #[test]
    fn long_names_wrap_at_word_boundaries() {
        let lines = centred_lines("Health and Social Care", 12, 0.0, 0.0);
        let texts: Vec<_> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Health and", "Social Care"]);
        assert!(lines[0].y < lines[1].y);
    }
}
