//! A folded copy of a text for matching, with a map back to the original byte offsets.
//!
//! Folding turns typographic apostrophes, quotes and dashes into ASCII and strips the
//! diacritics of common Latin letters ("Erdoğan" → "Erdogan"), so one pattern matches every
//! spelling. Case is kept: case-insensitive patterns use an ASCII-case-insensitive automaton.
//! Pure ASCII text (the common case) is used as it is, without a copy.

use std::borrow::Cow;

/// A folded text and, when it differs from the original, the original offset of every byte.
pub(crate) struct Folded<'a> {
    pub(crate) text: Cow<'a, str>,
    /// `map[i]` is the original offset of folded byte `i`; one extra entry for the end.
    map: Vec<usize>,
}

impl Folded<'_> {
    /// The original offset of a folded offset.
    pub(crate) fn original(&self, at: usize) -> usize {
        if self.map.is_empty() {
            at
        } else {
            self.map.get(at).copied().unwrap_or_else(|| self.map.last().copied().unwrap_or(0))
        }
    }
}

/// The ASCII stand-in for a character, if it has one.
pub(crate) fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{00B4}' | '\u{02BC}'
        | '\u{02B9}' | '\u{2032}' | '\u{0060}' | '\u{FF07}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => "-",
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' => " ",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'Ç' | 'Ć' | 'Č' | 'Ĉ' | 'Ċ' => "C",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'Ď' | 'Đ' => "D",
        'ď' | 'đ' => "d",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'Ğ' | 'Ĝ' | 'Ġ' | 'Ģ' => "G",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' | 'Į' => "I",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => "i",
        'Ł' | 'Ľ' | 'Ĺ' => "L",
        'ł' | 'ľ' | 'ĺ' => "l",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ñ' | 'ń' | 'ň' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ř' | 'Ŕ' => "R",
        'ř' | 'ŕ' => "r",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ť' | 'ţ' | 'ț' => "t",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ý' | 'Ÿ' => "Y",
        'ý' | 'ÿ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        _ => return None,
    })
}

/// Folds `text`; linear in its length.
pub(crate) fn fold(text: &str) -> Folded<'_> {
    if text.is_ascii() {
        return Folded { text: Cow::Borrowed(text), map: Vec::new() };
    }
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        let before = out.len();
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
        map.resize(map.len() + (out.len() - before), at);
    }
    map.push(text.len());
    Folded { text: Cow::Owned(out), map }
}

/// Folds a pattern the same way as a text (patterns are short; allocation is fine here).
pub(crate) fn fold_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut last_space = true;
    for c in pattern.trim().chars() {
        let s = fold_char(c);
        // Collapse inner whitespace runs, so "Bashar  al-Assad" in a file still matches.
        if c.is_whitespace() || s == Some(" ") {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        match s {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_maps_back_to_original_offsets() {
        let cases: &[(&str, &str)] = &[
            ("Russia\u{2019}s", "Russia's"),
            ("Russia\u{00B4}s", "Russia's"),
            ("Erdo\u{011F}an said", "Erdogan said"),
            ("plain ASCII", "plain ASCII"),
            ("a \u{2014} b", "a - b"),
        ];
        for (input, want) in cases {
            let f = fold(input);
            assert_eq!(f.text, *want, "{input}");
            assert_eq!(f.original(f.text.len()), input.len(), "{input}");
            // Every folded char boundary maps onto an original char boundary.
            for (i, _) in f.text.char_indices() {
                assert!(input.is_char_boundary(f.original(i)), "{input} at {i}");
            }
        }
    }

    #[test]
    fn pattern_folding_collapses_spaces() {
        assert_eq!(fold_pattern("  Bashar \t al-Assad "), "Bashar al-Assad");
        assert_eq!(fold_pattern("Recep Tayyip Erdo\u{011F}an"), "Recep Tayyip Erdogan");
    }
}
