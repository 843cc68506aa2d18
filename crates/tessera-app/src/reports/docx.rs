//! A report as a Word document (Office Open XML, ISO/IEC 29500), written directly with `zip`.
//!
//! Why not a .docx crate: the report needs headings, paragraphs, bulleted lists, tables and
//! quotations only, which is a few hundred lines of WordprocessingML; `zip` is already in the
//! workspace, so this costs no build time. What makes the file accessible is kept: the
//! built-in heading styles (so Word's navigation pane and screen readers see the structure), the
//! document's language, its title in the core properties, and table header rows marked to
//! repeat (`w:tblHeader`), which assistive technology reads as headers.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;

use super::document::{Block, ReportDocument};
use crate::{AppError, AppResult};

/// Text made safe for XML: markup characters escaped, characters XML 1.0 forbids dropped.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn paragraph(style: Option<&str>, text: &str) -> String {
    let props = style.map_or_else(String::new, |s| {
        format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")
    });
    format!(
        "<w:p>{props}<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
        esc(text)
    )
}

fn bullet(text: &str) -> String {
    format!(
        "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>\
         <w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
        esc(text)
    )
}

fn cell(text: &str, header: bool) -> String {
    let run = if header { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr><w:p><w:r>{run}<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p></w:tc>",
        esc(text)
    )
}

fn body(doc: &ReportDocument) -> String {
    let mut out = String::new();
    out.push_str(&paragraph(Some("Title"), &doc.title));
    out.push_str(&paragraph(Some("Subtitle"), &doc.subtitle));
    out.push_str(&paragraph(None, &doc.organisation));
    out.push_str(&paragraph(None, &doc.produced));
    for s in &doc.sections {
        out.push_str(&paragraph(Some("Heading1"), &s.heading));
        for p in &s.narrative {
            out.push_str(&paragraph(None, p));
        }
        for b in &s.blocks {
            match b {
                Block::Paragraph { text } => out.push_str(&paragraph(None, text)),
                Block::Subheading { text } => out.push_str(&paragraph(Some("Heading2"), text)),
                Block::List { items } => {
                    for i in items {
                        out.push_str(&bullet(i));
                    }
                }
                Block::Quote { text, source } => {
                    out.push_str(&paragraph(Some("Quote"), text));
                    out.push_str(&paragraph(Some("Caption"), source));
                }
                Block::Table(t) => {
                    out.push_str(&paragraph(Some("Caption"), &t.caption));
                    out.push_str(
                        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>",
                    );
                    out.push_str(&format!(
                        "<w:tblCaption w:val=\"{}\"/></w:tblPr>",
                        esc(&t.caption)
                    ));
                    out.push_str("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
                    for h in &t.header {
                        out.push_str(&cell(h, true));
                    }
                    out.push_str("</w:tr>");
                    for row in &t.rows {
                        out.push_str("<w:tr>");
                        for c in row {
                            out.push_str(&cell(c, false));
                        }
                        out.push_str("</w:tr>");
                    }
                    out.push_str("</w:tbl>");
                    out.push_str(&paragraph(None, ""));
                }
            }
        }
    }
    out
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn styles(lang: &str) -> String {
    let heading = |id: &str, name: &str, size: u32, level: u32| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/>\
             <w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>\
             <w:outlineLvl w:val=\"{level}\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"{size}\"/></w:rPr></w:style>"
        )
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:styles xmlns:w=\"{W}\">\
         <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>\
         <w:sz w:val=\"24\"/><w:lang w:val=\"{lang}\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
         {}{}{}{}\
         <w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Normal\"/>\
         <w:qFormat/><w:pPr><w:ind w:left=\"720\"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/>\
         <w:qFormat/><w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>\
         <w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:style>\
         <w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>\
         <w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
         </w:tblBorders></w:tblPr></w:style>\
         </w:styles>",
        heading("Title", "Title", 40, 0).replace("<w:outlineLvl w:val=\"0\"/>", ""),
        heading("Subtitle", "Subtitle", 28, 9).replace("<w:outlineLvl w:val=\"9\"/>", ""),
        heading("Heading1", "heading 1", 32, 0),
        heading("Heading2", "heading 2", 26, 1),
    )
}

const NUMBERING: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>\
<w:lvlText w:val=\"\u{2022}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>\
<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
</Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>\
</Relationships>";

/// The language tag Word expects (`en-GB`, `cy-GB`).
fn word_lang(lang: &str) -> &'static str {
    if lang == "cy" { "cy-GB" } else { "en-GB" }
}

/// The report as the bytes of a `.docx` file.
pub fn write(doc: &ReportDocument) -> AppResult<Vec<u8>> {
    let lang = word_lang(&doc.lang);
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"{W}\"><w:body>{}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>\
         </w:sectPr></w:body></w:document>",
        body(doc)
    );
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>{}</dc:creator>\
         <dc:language>{lang}</dc:language></cp:coreProperties>",
        esc(&doc.title),
        esc(&doc.organisation)
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in [
        ("[Content_Types].xml", CONTENT_TYPES.to_owned()),
        ("_rels/.rels", ROOT_RELS.to_owned()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_owned()),
        ("word/document.xml", document),
        ("word/styles.xml", styles(lang)),
        ("word/numbering.xml", NUMBERING.to_owned()),
        ("docProps/core.xml", core),
    ] {
        zip.start_file(name, options).map_err(AppError::internal)?;
        zip.write_all(text.as_bytes()).map_err(AppError::internal)?;
    }
    Ok(zip.finish().map_err(AppError::internal)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::document::{DocSection, Table};

    #[test]
    fn markup_in_text_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(esc("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }

    #[test]
    fn the_file_is_a_zip_with_the_parts_word_needs_and_the_texts() {
        let doc = ReportDocument {
            lang: "cy".to_owned(),
            title: "Adroddiad <1>".to_owned(),
            subtitle: "Caffi".to_owned(),
            organisation: "Cyngor".to_owned(),
            produced: "Heddiw".to_owned(),
            sections: vec![DocSection {
                kind: "progress".to_owned(),
                heading: "Cynnydd".to_owned(),
                narrative: vec!["Blwyddyn dda.".to_owned()],
                blocks: vec![Block::Table(Table {
                    caption: "Tabl".to_owned(),
                    header: vec!["A".to_owned()],
                    rows: vec![vec!["ŵ ŷ".to_owned()]],
                })],
            }],
        };
        let bytes = write(&doc).expect("written");
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
        let mut xml = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("word/document.xml").expect("document"),
            &mut xml,
        )
        .expect("text");
        assert!(xml.contains("Adroddiad &lt;1&gt;"), "{xml}");
        assert!(xml.contains(
            "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Cynnydd"
        ));
        assert!(xml.contains("<w:tblHeader/>") && xml.contains("ŵ ŷ"));
        let mut styles = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("word/styles.xml").expect("styles"),
            &mut styles,
        )
        .expect("text");
        assert!(styles.contains("<w:lang w:val=\"cy-GB\"/>"));
    }
}
