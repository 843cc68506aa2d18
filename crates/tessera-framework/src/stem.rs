//! A small English stemmer and tokenizer for keyword search.
//!
//! The stemmer follows M. F. Porter, "An algorithm for suffix stripping", *Program* 14(3),
//! 1980, pp. 130–137, with the published amendment `bli → ble` and `logi → log` in step 2.
//! It only has to make search forgiving ("volunteers", "volunteering" and "volunteer" all
//! become `volunt`), not produce dictionary words.

/// Common English words that carry no meaning for search.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "being", "between", "but", "by", "can", "could", "did", "do", "does", "doing", "e",
    "eg", "etc", "for", "from", "g", "had", "has", "have", "having", "he", "her", "here", "hers",
    "him", "his", "how", "i", "ie", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on",
    "or", "our", "ours", "she", "so", "than", "that", "the", "their", "theirs", "them", "then",
    "there", "these", "they", "this", "those", "to", "too", "us", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
    "your", "yours",
];

/// Whether `word` (lower case) is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// Splits text into lower-case words, keeping each word's original spelling in lower case.
///
/// Words are runs of letters and digits; everything else separates them, so `GP`, `ESOL` and
/// `ICT` are whole words and `Volunteering/helping` is two.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Splits text into search terms: lower-cased, stop words and stray single letters dropped, stemmed.
pub fn terms(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .filter(|w| w.chars().count() > 1 || w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| stem(&w))
        .collect()
}

/// Reduces a lower-case English word to its stem (`housing` and `houses` → `hous`).
///
/// Words of one or two letters and words with anything but ASCII letters are returned as given.
pub fn stem(word: &str) -> String {
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_owned();
    }
    let mut w = Word(word.as_bytes().to_vec());
    w.step1a();
    w.step1b();
    w.step1c();
    w.step2();
    w.step3();
    w.step4();
    w.step5();
    String::from_utf8(w.0).unwrap_or_else(|_| word.to_owned())
}

struct Word(Vec<u8>);

impl Word {
    fn is_consonant(&self, i: usize) -> bool {
        match self.0[i] {
            b'a' | b'e' | b'i' | b'o' | b'u' => false,
            b'y' => i == 0 || !self.is_consonant(i - 1),
            _ => true,
        }
    }

    /// Porter's *m*: the number of vowel–consonant sequences in the first `len` letters.
    fn measure(&self, len: usize) -> usize {
        let mut m = 0;
        let mut i = 0;
        while i < len && self.is_consonant(i) {
            i += 1;
        }
        loop {
            while i < len && !self.is_consonant(i) {
                i += 1;
            }
            if i >= len {
                return m;
            }
            while i < len && self.is_consonant(i) {
                i += 1;
            }
            m += 1;
        }
    }

    fn has_vowel(&self, len: usize) -> bool {
        (0..len).any(|i| !self.is_consonant(i))
    }

    fn ends_double_consonant(&self, len: usize) -> bool {
        len >= 2 && self.0[len - 1] == self.0[len - 2] && self.is_consonant(len - 1)
    }

    /// Porter's `*o`: the first `len` letters end consonant–vowel–consonant, the last not w, x or y.
    fn ends_cvc(&self, len: usize) -> bool {
        len >= 3
            && self.is_consonant(len - 3)
            && !self.is_consonant(len - 2)
            && self.is_consonant(len - 1)
            && !matches!(self.0[len - 1], b'w' | b'x' | b'y')
    }

    fn ends(&self, suffix: &str) -> bool {
        self.0.ends_with(suffix.as_bytes())
    }

    fn stem_len(&self, suffix: &str) -> usize {
        self.0.len() - suffix.len()
    }

    fn replace(&mut self, suffix: &str, with: &str) {
        let len = self.stem_len(suffix);
        self.0.truncate(len);
        self.0.extend_from_slice(with.as_bytes());
    }

    /// Applies the first rule whose suffix matches, if the stem before it has measure > `min_m`.
    fn rules(&mut self, rules: &[(&str, &str)], min_m: usize) {
        if let Some((suffix, with)) = rules.iter().find(|(s, _)| self.ends(s))
            && self.measure(self.stem_len(suffix)) > min_m
        {
            self.replace(suffix, with);
        }
    }

    fn step1a(&mut self) {
        if self.ends("sses") {
            self.replace("sses", "ss");
        } else if self.ends("ies") {
            self.replace("ies", "i");
        } else if self.ends("ss") {
        } else if self.ends("s") {
            self.replace("s", "");
        }
    }

    fn step1b(&mut self) {
        if self.ends("eed") {
            if self.measure(self.stem_len("eed")) > 0 {
                self.replace("eed", "ee");
            }
            return;
        }
        let suffix = if self.ends("ed") {
            "ed"
        } else if self.ends("ing") {
            "ing"
        } else {
            return;
        };
        if !self.has_vowel(self.stem_len(suffix)) {
            return;
        }
        self.replace(suffix, "");
        let len = self.0.len();
        if self.ends("at") || self.ends("bl") || self.ends("iz") {
            self.0.push(b'e');
        } else if self.ends_double_consonant(len) && !matches!(self.0[len - 1], b'l' | b's' | b'z')
        {
            self.0.pop();
        } else if self.measure(len) == 1 && self.ends_cvc(len) {
            self.0.push(b'e');
        }
    }

    fn step1c(&mut self) {
        if self.ends("y") && self.has_vowel(self.stem_len("y")) {
            self.replace("y", "i");
        }
    }

    fn step2(&mut self) {
        self.rules(
            &[
                ("ational", "ate"),
                ("tional", "tion"),
                ("enci", "ence"),
                ("anci", "ance"),
                ("izer", "ize"),
                ("bli", "ble"),
                ("alli", "al"),
                ("entli", "ent"),
                ("eli", "e"),
                ("ousli", "ous"),
                ("ization", "ize"),
                ("ation", "ate"),
                ("ator", "ate"),
                ("alism", "al"),
                ("iveness", "ive"),
                ("fulness", "ful"),
                ("ousness", "ous"),
                ("aliti", "al"),
                ("iviti", "ive"),
                ("biliti", "ble"),
                ("logi", "log"),
            ],
            0,
        );
    }

    fn step3(&mut self) {
        self.rules(
            &[
                ("icate", "ic"),
                ("ative", ""),
                ("alize", "al"),
                ("iciti", "ic"),
                ("ical", "ic"),
                ("ful", ""),
                ("ness", ""),
            ],
            0,
        );
    }

    fn step4(&mut self) {
        const SUFFIXES: &[&str] = &[
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
            "ou", "ism", "ate", "iti", "ous", "ive", "ize",
        ];
        // Porter matches the longest suffix; among these only ement/ment/ent overlap, and
        // the list order puts the longer first.
        let Some(suffix) = SUFFIXES.iter().find(|s| self.ends(s)) else {
            return;
        };
        let len = self.stem_len(suffix);
        if self.measure(len) <= 1 {
            return;
        }
        if *suffix == "ion" && !(len > 0 && matches!(self.0[len - 1], b's' | b't')) {
            return;
        }
        self.0.truncate(len);
    }

    fn step5(&mut self) {
        if self.ends("e") {
            let len = self.stem_len("e");
            let m = self.measure(len);
            if m > 1 || (m == 1 && !self.ends_cvc(len)) {
                self.0.truncate(len);
            }
        }
        let len = self.0.len();
        if self.ends("ll") && self.measure(len) > 1 {
            self.0.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_word_list_is_sorted_so_binary_search_works() {
        let mut sorted = STOP_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOP_WORDS);
    }

    #[test]
    fn word_families_share_a_stem() {
        for family in [
            &["volunteer", "volunteers", "volunteering", "volunteered"][..],
            &["friend", "friends"],
            &["housing", "houses", "house"],
            &["language", "languages"],
            &["community", "communities"],
            &["crime", "crimes"],
            &["background", "backgrounds"],
            &["difference", "different"],
        ] {
            let stems: Vec<String> = family.iter().map(|w| stem(w)).collect();
            assert!(
                stems.windows(2).all(|w| w[0] == w[1]),
                "{family:?} gave {stems:?}"
            );
        }
    }

    #[test]
    fn porter_reference_examples_stem_as_published() {
        for (word, want) in [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("cats", "cat"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("motoring", "motor"),
            ("hopping", "hop"),
            ("filing", "file"),
            ("happy", "happi"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("generalization", "gener"),
            ("hopefulness", "hope"),
            ("electrical", "electr"),
            ("adjustment", "adjust"),
            ("adoption", "adopt"),
            ("controll", "control"),
            ("rate", "rate"),
        ] {
            assert_eq!(stem(word), want, "{word}");
        }
    }

    #[test]
    fn acronyms_and_short_words_survive_as_whole_terms() {
        assert_eq!(terms("ESOL classes"), ["esol", "class"]);
        assert_eq!(terms("Medical care. GP"), ["medic", "care", "gp"]);
        assert_eq!(terms("ICT skills"), ["ict", "skill"]);
        assert_eq!(terms("Volunteering/helping"), ["volunt", "help"]);
        assert_eq!(
            terms("friends from different backgrounds"),
            ["friend", "differ", "background"]
        );
    }
}
