//! Escaping text for XML: enough for the attribute values and element text the writer puts out.

/// `text` with `&`, `<`, `>`, `"` and `'` escaped, safe inside element text and inside
/// attribute values in either quote. Control characters XML 1.0 forbids are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped_and_forbidden_controls_dropped() {
        assert_eq!(
            escape("a < b & 'c' > \"d\"\u{1}"),
            "a &lt; b &amp; &apos;c&apos; &gt; &quot;d&quot;"
        );
    }
}
