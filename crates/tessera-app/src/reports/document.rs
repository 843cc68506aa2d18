//! The neutral report document every format writes out: a title block and sections of
//! headings, paragraphs, lists, tables and quotations. Figures are already written as text (and
//! suppressed ones already replaced by words), so no writer can let a suppressed figure out.

use serde::Serialize;

/// A report, ready to write as a page, a Word file or a PDF.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportDocument {
    /// The language it is written in (`en`, `cy`).
    pub lang: String,
    /// Title.
    pub title: String,
    /// The plan and the period.
    pub subtitle: String,
    /// The organisation.
    pub organisation: String,
    /// When and with what it was produced, and whether it is a draft.
    pub produced: String,
    /// The sections, in the organisation's order.
    pub sections: Vec<DocSection>,
}

/// One section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocSection {
    /// One of [`super::SECTIONS`].
    pub kind: String,
    /// Its heading.
    pub heading: String,
    /// The organisation's narrative, one entry a paragraph.
    pub narrative: Vec<String>,
    /// What Tessera adds from the plan and its data.
    pub blocks: Vec<Block>,
}

/// A piece of a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A paragraph.
    Paragraph {
        /// Its text.
        text: String,
    },
    /// A sub-heading.
    Subheading {
        /// Its text.
        text: String,
    },
    /// A bulleted list.
    List {
        /// The items.
        items: Vec<String>,
    },
    /// A table with a caption and a header row.
    Table(Table),
    /// A quotation with where it comes from.
    Quote {
        /// The words.
        text: String,
        /// Who or what it comes from (never a name unless consent allows it).
        source: String,
    },
}

/// A table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    /// What it shows.
    pub caption: String,
    /// Column headings.
    pub header: Vec<String>,
    /// Rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

impl ReportDocument {
    /// Every piece of text in reading order, one a line (for tests and search).
    pub fn text(&self) -> String {
        let mut out = vec![
            self.title.clone(),
            self.subtitle.clone(),
            self.organisation.clone(),
            self.produced.clone(),
        ];
        for s in &self.sections {
            out.push(s.heading.clone());
            out.extend(s.narrative.iter().cloned());
            for b in &s.blocks {
                match b {
                    Block::Paragraph { text } | Block::Subheading { text } => {
                        out.push(text.clone())
                    }
                    Block::List { items } => out.extend(items.iter().cloned()),
                    Block::Table(t) => {
                        out.push(t.caption.clone());
                        out.push(t.header.join(" | "));
                        out.extend(t.rows.iter().map(|r| r.join(" | ")));
                    }
                    Block::Quote { text, source } => {
                        out.push(text.clone());
                        out.push(source.clone());
                    }
                }
            }
        }
        out.join("\n")
    }
}

/// Splits a narrative into paragraphs at blank lines.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narratives_are_split_at_blank_lines_and_lines_within_are_joined() {
        assert_eq!(
            paragraphs("First line\nsame paragraph.\r\n\r\nSecond.\n\n\n"),
            vec![
                "First line same paragraph.".to_owned(),
                "Second.".to_owned()
            ]
        );
    }
}
