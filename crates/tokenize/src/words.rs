//! Small helpers on the text of a word token, for gazetteer matching and attribution.

/// Whether `c` is used as an apostrophe in news text: `'`, `’`, `´`, `ʼ` or `` ` ``.
///
/// `’` is also the closing single quotation mark; the tokenizer decides which one it is
/// from context (see the crate docs).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '´' | 'ʼ' | '`')
}

/// The word without a possessive ending: `Russia´s` → `Russia`, `the Smiths’` → `Smiths`,
/// `Assad's` → `Assad`. Any apostrophe form counts. Other words come back unchanged,
/// including contractions such as `they’re` and leading elisions such as `'90s`.
pub fn possessive_stem(word: &str) -> &str {
    let mut chars = word.char_indices().rev();
    match (chars.next(), chars.next()) {
        (Some((_, 's' | 'S')), Some((at, c))) if is_apostrophe(c) && at > 0 => {
            word.get(..at).unwrap_or(word)
        }
        (Some((at, c)), Some((_, 's' | 'S'))) if is_apostrophe(c) => word.get(..at).unwrap_or(word),
        _ => word,
    }
}

/// Whether the word begins (after any leading apostrophe) with an uppercase letter.
pub fn starts_uppercase(word: &str) -> bool {
    word.chars().find(|&c| !is_apostrophe(c)).is_some_and(char::is_uppercase)
}

/// Whether the word begins (after any leading apostrophe) with a lowercase letter.
pub fn starts_lowercase(word: &str) -> bool {
    word.chars().find(|&c| !is_apostrophe(c)).is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessive_stem_strips_every_apostrophe_form() {
        let cases: &[(&str, &str)] = &[
            ("Russia´s", "Russia"),
            ("Russia's", "Russia"),
            ("Russia’s", "Russia"),
            ("Russiaʼs", "Russia"),
            ("Smiths’", "Smiths"),
            ("Smiths'", "Smiths"),
            ("they’re", "they’re"),
            ("'90s", "'90s"),
            ("'s", "'s"),
            ("s", "s"),
            ("", ""),
            ("Assad", "Assad"),
            ("U.S.", "U.S."),
        ];
        for &(word, stem) in cases {
            assert_eq!(possessive_stem(word), stem, "{word}");
        }
    }

    #[test]
    fn case_tests_skip_leading_apostrophes() {
        let cases: &[(&str, bool, bool)] = &[
            ("Russia", true, false),
            ("’Twas", true, false),
            ("officials", false, true),
            ("Ángela", true, false),
            ("1990s", false, false),
            ("", false, false),
        ];
        for &(word, upper, lower) in cases {
            assert_eq!(starts_uppercase(word), upper, "{word}");
            assert_eq!(starts_lowercase(word), lower, "{word}");
        }
    }
}
