//! The languages of the interface.

/// A language of Tessera's interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Welsh (Cymraeg).
    Cy,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The BCP 47 code, for `lang` attributes and cookies: `en`, `cy`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// The language's name in itself, for the switch link: `English`, `Cymraeg`.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    /// The other language, for the switch link.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Cy,
            Lang::Cy => Lang::En,
        }
    }

    /// A language from a code such as `cy`, `cy-GB`, `EN`; `None` for any other.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "cy" => Some(Lang::Cy),
            _ => None,
        }
    }

    /// The first language of an `Accept-Language` header Tessera speaks, by the header's
    /// weights (`cy;q=0.9, en;q=0.8`).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut choices: Vec<(f32, usize, Lang)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let lang = Lang::parse(pieces.next()?)?;
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (q > 0.0).then_some((q, i, lang))
            })
            .collect();
        choices.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        choices.first().map(|c| c.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_accept_language_headers_are_understood() {
        assert_eq!(Lang::parse("cy-GB"), Some(Lang::Cy));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(
            Lang::from_accept_language("fr, cy;q=0.9, en;q=0.8"),
            Some(Lang::Cy)
        );
        assert_eq!(
            Lang::from_accept_language("en-GB,en;q=0.9,cy;q=0.8"),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_accept_language("cy;q=0, en"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("de"), None);
    }
}
