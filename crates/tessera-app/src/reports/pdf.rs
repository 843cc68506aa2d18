//! A report as a tagged PDF, written with `krilla`: A4 pages, DejaVu Sans embedded (subset),
//! and a structure tree — title, headings, paragraphs, lists, block quotations and tables with
//! header cells — so a screen reader reads it in order and can move by heading. The document
//! language and title are set in its metadata.
//!
//! Why `krilla`: it writes tagged PDFs and embeds subset TrueType fonts with shaping (Welsh,
//! and scripts such as Arabic), for about a minute of clean build on two cores; a full
//! typesetter (typst) would cost seven. Line breaking is ours: greedy, by words, measured with
//! the font's advance widths (no kerning, which only makes lines a little shorter than they
//! could be).

use std::num::NonZeroU16;
use std::sync::{Arc, LazyLock};

use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::tagging::{
    ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag, TagGroup, TagKind,
    TagTree,
};
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};

use super::document::{Block, ReportDocument};
use crate::{AppError, AppResult};

static REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// A4 in points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 56.0;
const WIDTH: f32 = PAGE_W - 2.0 * MARGIN;

/// Advance widths of a font, in units of its em, for wrapping.
struct Metrics {
    advances: std::collections::HashMap<char, f32>,
    fallback: f32,
}

impl Metrics {
    fn of(data: &[u8]) -> Self {
        let mut advances = std::collections::HashMap::new();
        let mut fallback = 0.55;
        if let Ok(face) = ttf_parser::Face::parse(data, 0) {
            let em = f32::from(face.units_per_em());
            // Printable Basic Latin, Latin-1 and Latin Extended-A cover English and Welsh;
            // anything else is measured lazily at the fallback width.
            for c in (0x20u32..0x250).filter_map(char::from_u32) {
                if let Some(g) = face.glyph_index(c)
                    && let Some(a) = face.glyph_hor_advance(g)
                {
                    advances.insert(c, f32::from(a) / em);
                }
            }
            if let Some(w) = advances.get(&'n') {
                fallback = *w;
            }
        }
        Self { advances, fallback }
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advances.get(&c).copied().unwrap_or(self.fallback))
            .sum::<f32>()
            * size
    }
}

static REGULAR_METRICS: LazyLock<Metrics> = LazyLock::new(|| Metrics::of(REGULAR));
static BOLD_METRICS: LazyLock<Metrics> = LazyLock::new(|| Metrics::of(BOLD));

/// Lines of `text` no wider than `width` at `size`.
fn wrap(text: &str, bold: bool, size: f32, width: f32) -> Vec<String> {
    let m: &Metrics = if bold {
        &BOLD_METRICS
    } else {
        &REGULAR_METRICS
    };
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if m.width(&candidate, size) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word wider than the line is cut where it must be.
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if m.width(&piece, size) > width && piece.chars().count() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        line = piece;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// One run of text to draw.
struct Run {
    page: usize,
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    text: String,
}

/// The structure tree as laid out: groups of the tag kinds used, leaves naming runs.
enum Node {
    Group(Kind, Vec<Node>),
    Leaf(usize),
}

#[derive(Clone)]
enum Kind {
    Title,
    H(u16, String),
    P,
    L,
    LI,
    LBody,
    BlockQuote,
    Caption,
    Table,
    TR,
    TH,
    TD,
    Section,
}

impl Kind {
    fn tag(&self) -> TagKind {
        match self {
            Kind::Title => Tag::Title.into(),
            Kind::H(level, title) => Tag::Hn(
                NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN),
                Some(title.clone()),
            )
            .into(),
            Kind::P => Tag::P.into(),
            Kind::L => Tag::L(ListNumbering::Disc).into(),
            Kind::LI => Tag::LI.into(),
            Kind::LBody => Tag::LBody.into(),
            Kind::BlockQuote => Tag::BlockQuote.into(),
            Kind::Caption => Tag::Caption.into(),
            Kind::Table => Tag::Table.into(),
            Kind::TR => Tag::TR.into(),
            Kind::TH => Tag::TH(TableHeaderScope::Column).into(),
            Kind::TD => Tag::TD.into(),
            Kind::Section => Tag::Section.into(),
        }
    }
}

/// Lays text out on pages, top to bottom.
struct Layout {
    runs: Vec<Run>,
    page: usize,
    y: f32,
}

impl Layout {
    fn new() -> Self {
        Self {
            runs: Vec::new(),
            page: 0,
            y: MARGIN,
        }
    }

    fn ensure(&mut self, height: f32) {
        if self.y + height > PAGE_H - MARGIN {
            self.page += 1;
            self.y = MARGIN;
        }
    }

    /// Wrapped text at `x` within `width`; the leaves of its lines.
    fn text(&mut self, text: &str, x: f32, width: f32, size: f32, bold: bool) -> Vec<Node> {
        let lead = size * 1.35;
        let mut leaves = Vec::new();
        for line in wrap(text, bold, size, width) {
            self.ensure(lead);
            self.y += lead;
            self.runs.push(Run {
                page: self.page,
                x,
                y: self.y - size * 0.3,
                size,
                bold,
                text: line,
            });
            leaves.push(Node::Leaf(self.runs.len() - 1));
        }
        leaves
    }

    fn gap(&mut self, points: f32) {
        self.y += points;
    }

    fn block(&mut self, kind: Kind, text: &str, size: f32, bold: bool, indent: f32) -> Node {
        let leaves = self.text(text, MARGIN + indent, WIDTH - indent, size, bold);
        self.gap(size * 0.5);
        Node::Group(kind, leaves)
    }
}

/// A bookmark: a section's heading and where it starts (page, distance from the top).
type Mark = (String, usize, f32);

fn lay_out(doc: &ReportDocument) -> (Vec<Run>, Vec<Node>, usize, Vec<Mark>) {
    let mut l = Layout::new();
    let mut marks = Vec::new();
    let mut tree = vec![l.block(Kind::Title, &doc.title, 22.0, true, 0.0)];
    for line in [&doc.subtitle, &doc.organisation, &doc.produced] {
        if !line.is_empty() {
            tree.push(l.block(Kind::P, line, 11.0, false, 0.0));
        }
    }
    for s in &doc.sections {
        let mut section = Vec::new();
        l.gap(10.0);
        l.ensure(60.0);
        marks.push((s.heading.clone(), l.page, l.y));
        section.push(l.block(Kind::H(1, s.heading.clone()), &s.heading, 16.0, true, 0.0));
        for p in &s.narrative {
            section.push(l.block(Kind::P, p, 10.5, false, 0.0));
        }
        for b in &s.blocks {
            match b {
                Block::Paragraph { text } => section.push(l.block(Kind::P, text, 10.5, false, 0.0)),
                Block::Subheading { text } => {
                    l.ensure(40.0);
                    section.push(l.block(Kind::H(2, text.clone()), text, 12.5, true, 0.0));
                }
                Block::List { items } => {
                    let mut list = Vec::new();
                    for item in items {
                        let body = l.text(
                            &format!("\u{2022} {item}"),
                            MARGIN + 12.0,
                            WIDTH - 12.0,
                            10.5,
                            false,
                        );
                        l.gap(2.0);
                        list.push(Node::Group(Kind::LI, vec![Node::Group(Kind::LBody, body)]));
                    }
                    l.gap(5.0);
                    section.push(Node::Group(Kind::L, list));
                }
                Block::Quote { text, source } => {
                    let mut quote = vec![l.block(Kind::P, text, 10.5, false, 20.0)];
                    quote.push(l.block(Kind::P, source, 9.0, false, 20.0));
                    section.push(Node::Group(Kind::BlockQuote, quote));
                }
                Block::Table(t) => {
                    let mut table = vec![l.block(Kind::Caption, &t.caption, 9.5, true, 0.0)];
                    let columns = t.header.len().max(1);
                    let col_w = WIDTH / columns as f32;
                    let mut rows = vec![(true, &t.header)];
                    rows.extend(t.rows.iter().map(|r| (false, r)));
                    for (header, row) in rows {
                        let size = 9.0;
                        let lead = size * 1.35;
                        let lines: Vec<Vec<String>> = row
                            .iter()
                            .map(|c| wrap(c, header, size, col_w - 6.0))
                            .collect();
                        let height =
                            lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * lead + 4.0;
                        l.ensure(height);
                        let top = l.y;
                        let mut cells = Vec::new();
                        for (i, cell_lines) in lines.iter().enumerate() {
                            let mut leaves = Vec::new();
                            for (j, line) in cell_lines.iter().enumerate() {
                                l.runs.push(Run {
                                    page: l.page,
                                    x: MARGIN + i as f32 * col_w,
                                    y: top + (j as f32 + 1.0) * lead - size * 0.3,
                                    size,
                                    bold: header,
                                    text: line.clone(),
                                });
                                leaves.push(Node::Leaf(l.runs.len() - 1));
                            }
                            cells.push(Node::Group(
                                if header { Kind::TH } else { Kind::TD },
                                leaves,
                            ));
                        }
                        l.y = top + height;
                        table.push(Node::Group(Kind::TR, cells));
                    }
                    l.gap(8.0);
                    section.push(Node::Group(Kind::Table, table));
                }
            }
        }
        tree.push(Node::Group(Kind::Section, section));
    }
    let pages = l.page + 1;
    (l.runs, tree, pages, marks)
}

/// Builds the krilla group of a node; `None` for a group left empty (krilla drops those).
fn to_tag(node: &Node, ids: &mut Vec<Option<Identifier>>) -> Option<krilla::tagging::Node> {
    match node {
        Node::Leaf(i) => ids.get_mut(*i).and_then(Option::take).map(Into::into),
        Node::Group(kind, children) => {
            let mut group = TagGroup::new(kind.tag());
            let mut any = false;
            for child in children {
                if let Some(c) = to_tag(child, ids) {
                    group.push(c);
                    any = true;
                }
            }
            any.then(|| group.into())
        }
    }
}

/// The report as the bytes of a tagged PDF.
pub fn write(doc: &ReportDocument) -> AppResult<Vec<u8>> {
    let regular = Font::new(Arc::new(REGULAR.to_vec()).into(), 0)
        .ok_or_else(|| AppError::internal("the embedded regular font could not be read"))?;
    let bold = Font::new(Arc::new(BOLD.to_vec()).into(), 0)
        .ok_or_else(|| AppError::internal("the embedded bold font could not be read"))?;
    let (runs, tree, pages, marks) = lay_out(doc);
    let settings = SerializeSettings {
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let mut ids: Vec<Option<Identifier>> = Vec::with_capacity(runs.len());
    let page_settings = PageSettings::from_wh(PAGE_W, PAGE_H)
        .ok_or_else(|| AppError::internal("A4 is a valid page size"))?;
    let mut next = 0;
    for page_index in 0..pages {
        let mut page = document.start_page_with(page_settings.clone());
        let mut surface = page.surface();
        while next < runs.len() && runs[next].page == page_index {
            let run = &runs[next];
            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
            surface.draw_text(
                Point::from_xy(run.x, run.y),
                if run.bold {
                    bold.clone()
                } else {
                    regular.clone()
                },
                run.size,
                &run.text,
                false,
                TextDirection::Auto,
            );
            surface.end_tagged();
            ids.push(Some(id));
            next += 1;
        }
        surface.finish();
        page.finish();
    }
    let mut tag_tree = TagTree::new();
    for node in &tree {
        if let Some(n) = to_tag(node, &mut ids) {
            tag_tree.push(n);
        }
    }
    document.set_tag_tree(tag_tree);
    // Bookmarks to each section, for readers' navigation panes.
    let mut outline = Outline::new();
    for (heading, page, y) in marks {
        outline.push_child(OutlineNode::new(
            heading,
            XyzDestination::new(page, Point::from_xy(0.0, y)),
        ));
    }
    document.set_outline(outline);
    let lang = if doc.lang == "cy" { "cy-GB" } else { "en-GB" };
    document.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language(lang.to_owned())
            .creator("Tessera".to_owned())
            .authors(vec![doc.organisation.clone()]),
    );
    document
        .finish()
        .map_err(|e| AppError::internal(format!("the PDF could not be written: {e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_wrapped_within_the_width_and_long_words_are_cut() {
        let lines = wrap(
            "aaaa bbbb cccc",
            false,
            10.0,
            REGULAR_METRICS.width("aaaa bbbb", 10.0) + 0.1,
        );
        assert_eq!(lines, vec!["aaaa bbbb".to_owned(), "cccc".to_owned()]);
        let long = wrap(&"w".repeat(200), false, 10.0, 100.0);
        assert!(long.len() > 1);
        assert!(long.iter().all(|l| REGULAR_METRICS.width(l, 10.0) <= 100.0));
        assert_eq!(long.concat(), "w".repeat(200));
    }
}
