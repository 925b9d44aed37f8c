//! The word lists the sentence splitter consults, parsed once when a tokenizer is built.

use whosaid_core::hash::WordHashSet;

/// A set of words. Words of up to seven bytes (nearly all the listed ones, and the only ones
/// asked about often) are kept packed in a `u64` with their length, so a lookup hashes and
/// compares one integer instead of a string. Both sets hash with the workspace's fast hasher:
/// SipHash showed up as a tenth of the tokenizer's time on news text.
#[derive(Clone, Debug, Default)]
struct WordSet {
    short: WordHashSet<u64>,
    long: WordHashSet<String>,
}

impl WordSet {
    /// `word`'s bytes and length in one integer, if it has at most seven bytes.
    #[inline]
    fn pack(word: &str) -> Option<u64> {
        let bytes = word.as_bytes();
        if bytes.len() > 7 {
            return None;
        }
        let packed = bytes.iter().rev().fold(0u64, |packed, &b| (packed << 8) | u64::from(b));
        Some(packed | ((bytes.len() as u64) << 56))
    }

    fn insert(&mut self, word: &str) {
        match WordSet::pack(word) {
            Some(packed) => self.short.insert(packed),
            None => self.long.insert(word.to_string()),
        };
    }

    fn remove(&mut self, word: &str) {
        match WordSet::pack(word) {
            Some(packed) => self.short.remove(&packed),
            None => self.long.remove(word),
        };
    }

    #[inline]
    fn contains(&self, word: &str) -> bool {
        match WordSet::pack(word) {
            Some(packed) => self.short.contains(&packed),
            None => self.long.contains(word),
        }
    }
}

/// How an abbreviation behaves at a possible sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbbreviationKind {
    /// Comes before a name ("Gen.", "Mr.", "St."): never ends a sentence.
    Title,
    /// Anything else ("Oct.", "Inc.", "Jr.", "No."): ends a sentence only when the next
    /// word is capitalized and not a likely continuation.
    Other,
}

const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");
const CONTINUATIONS: &str = include_str!("../data/continuations.txt");
const SENTENCE_STARTERS: &str = include_str!("../data/sentence_starters.txt");

/// Lines of a data list without comments and blank lines.
fn data_lines(list: &str) -> impl Iterator<Item = &str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// For each first byte and for each last byte, a bit per word length (lengths of 63 bytes
/// or more share the last bit): a word whose (first byte, length) or (last byte, length) is
/// not set is not in the set, which spares a hash lookup for almost every word the scanner
/// asks about.
#[derive(Clone, Debug)]
struct Prefilter {
    by_first: [u64; 256],
    by_last: [u64; 256],
}

impl Default for Prefilter {
    fn default() -> Prefilter {
        Prefilter { by_first: [0; 256], by_last: [0; 256] }
    }
}

impl Prefilter {
    /// The first and last byte and the length bit of `word` (the empty word counts as
    /// length 0 with byte 0 at both ends).
    fn key(word: &str) -> (usize, usize, u64) {
        let bytes = word.as_bytes();
        let first = bytes.first().copied().unwrap_or(0);
        let last = bytes.last().copied().unwrap_or(0);
        (usize::from(first), usize::from(last), 1u64 << word.len().min(63))
    }

    fn add(&mut self, word: &str) {
        let (first, last, bit) = Prefilter::key(word);
        if let Some(slot) = self.by_first.get_mut(first) {
            *slot |= bit;
        }
        if let Some(slot) = self.by_last.get_mut(last) {
            *slot |= bit;
        }
    }

    #[inline]
    fn may_contain(&self, word: &str) -> bool {
        let (first, last, bit) = Prefilter::key(word);
        self.by_first.get(first).is_some_and(|slot| slot & bit != 0)
            && self.by_last.get(last).is_some_and(|slot| slot & bit != 0)
    }
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Lexicon {
    titles: WordSet,
    others: WordSet,
    continuations: WordSet,
    starters: WordSet,
    /// Cheap negative answers before the hash lookups of each set.
    abbreviations_filter: Prefilter,
    continuations_filter: Prefilter,
    starters_filter: Prefilter,
    /// The longest abbreviation, in bytes: longer words skip the lookups.
    longest_abbreviation: usize,
    longest_continuation: usize,
    longest_starter: usize,
}

impl Lexicon {
    pub(crate) fn builtin() -> Lexicon {
        let mut lexicon = Lexicon::default();
        for line in data_lines(ABBREVIATIONS) {
            let (class, word) = line.split_once(char::is_whitespace).unwrap_or(("other", line));
            let kind = match class {
                "title" => AbbreviationKind::Title,
                _ => AbbreviationKind::Other,
            };
            lexicon.add_abbreviation(word.trim(), kind);
        }
        for word in data_lines(CONTINUATIONS) {
            lexicon.add_continuation(word);
        }
        for word in data_lines(SENTENCE_STARTERS) {
            lexicon.add_starter(word);
        }
        lexicon
    }

    pub(crate) fn add_abbreviation(&mut self, word: &str, kind: AbbreviationKind) {
        let word = word.trim_end_matches('.');
        self.longest_abbreviation = self.longest_abbreviation.max(word.len());
        self.abbreviations_filter.add(word);
        self.titles.remove(word);
        self.others.remove(word);
        match kind {
            AbbreviationKind::Title => self.titles.insert(word),
            AbbreviationKind::Other => self.others.insert(word),
        }
    }

    pub(crate) fn add_continuation(&mut self, word: &str) {
        self.longest_continuation = self.longest_continuation.max(word.len());
        self.continuations_filter.add(word);
        self.continuations.insert(word);
    }

    /// The kind of `word` (without its period) if it is a listed abbreviation.
    pub(crate) fn abbreviation(&self, word: &str) -> Option<AbbreviationKind> {
        if word.len() > self.longest_abbreviation || !self.abbreviations_filter.may_contain(word) {
            None
        } else if self.titles.contains(word) {
            Some(AbbreviationKind::Title)
        } else if self.others.contains(word) {
            Some(AbbreviationKind::Other)
        } else {
            None
        }
    }

    /// Whether `word` (without its period) is a listed abbreviation as written or with its
    /// first letter capitalized (`gen`, `inc` in a dump written all in lower case).
    pub(crate) fn is_abbreviation_in_any_case(&self, word: &str) -> bool {
        if self.abbreviation(word).is_some() {
            return true;
        }
        let bytes = word.as_bytes();
        if word.len() > self.longest_abbreviation
            || !bytes.first().is_some_and(u8::is_ascii_lowercase)
        {
            return false;
        }
        // Capitalized on the stack: listed words are short. A longer one (added through the
        // builder) is copied to the heap.
        let mut buffer = [0u8; 16];
        let mut heap = Vec::new();
        let capitalized: &mut [u8] = match buffer.get_mut(..bytes.len()) {
            Some(slot) => slot,
            None => {
                heap.extend_from_slice(bytes);
                &mut heap
            }
        };
        capitalized.copy_from_slice(bytes);
        if let Some(first) = capitalized.first_mut() {
            first.make_ascii_uppercase();
        }
        std::str::from_utf8(capitalized).is_ok_and(|word| self.abbreviation(word).is_some())
    }

    pub(crate) fn add_starter(&mut self, word: &str) {
        self.longest_starter = self.longest_starter.max(word.len());
        self.starters_filter.add(word);
        self.starters.insert(word);
    }

    pub(crate) fn is_starter(&self, word: &str) -> bool {
        word.len() <= self.longest_starter
            && self.starters_filter.may_contain(word)
            && self.starters.contains(word)
    }

    pub(crate) fn is_continuation(&self, word: &str) -> bool {
        word.len() <= self.longest_continuation
            && self.continuations_filter.may_contain(word)
            && self.continuations.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_parse_with_their_classes() {
        let lexicon = Lexicon::builtin();
        let cases: &[(&str, Option<AbbreviationKind>)] = &[
            ("Gen", Some(AbbreviationKind::Title)),
            ("St", Some(AbbreviationKind::Title)),
            ("Oct", Some(AbbreviationKind::Other)),
            ("Sept", Some(AbbreviationKind::Other)),
            ("Inc", Some(AbbreviationKind::Other)),
            ("no", None),
            ("said", None),
        ];
        for &(word, kind) in cases {
            assert_eq!(lexicon.abbreviation(word), kind, "{word}");
        }
        assert!(lexicon.is_continuation("Department"));
        assert!(!lexicon.is_continuation("The"));
        assert!(lexicon.is_starter("The"));
        assert!(!lexicon.is_starter("Treasury"));
    }

    #[test]
    fn short_and_long_words_are_found_and_reclassified() {
        let mut lexicon = Lexicon::default();
        let cases: &[(&str, AbbreviationKind)] = &[
            ("Q", AbbreviationKind::Title),
            ("Abcdefg", AbbreviationKind::Other),
            ("Bcdefghi", AbbreviationKind::Title),
            ("Longerthanseven", AbbreviationKind::Other),
        ];
        for &(word, kind) in cases {
            lexicon.add_abbreviation(word, kind);
            assert_eq!(lexicon.abbreviation(word), Some(kind), "{word}");
            // A prefix or a word one byte longer is another word.
            let shorter = &word[..word.len() - 1];
            assert_eq!(lexicon.abbreviation(shorter), None, "{shorter}");
            assert_eq!(lexicon.abbreviation(&format!("{word}x")), None, "{word}x");
        }
        lexicon.add_abbreviation("Bcdefghi.", AbbreviationKind::Other);
        assert_eq!(lexicon.abbreviation("Bcdefghi"), Some(AbbreviationKind::Other));
        lexicon.add_abbreviation("Q", AbbreviationKind::Other);
        assert_eq!(lexicon.abbreviation("Q"), Some(AbbreviationKind::Other));
    }

    #[test]
    fn abbreviations_are_found_in_lower_case_too() {
        let mut lexicon = Lexicon::builtin();
        lexicon.add_abbreviation("Seventeenletterss", AbbreviationKind::Other);
        let cases: &[(&str, bool)] = &[
            ("Gen", true),
            ("gen", true),
            ("inc", true),
            ("etc", true),
            ("gov-elect", true),
            ("seventeenletterss", true),
            ("GEN", false),
            ("said", false),
            ("", false),
            ("ünlisted", false),
        ];
        for &(word, listed) in cases {
            assert_eq!(lexicon.is_abbreviation_in_any_case(word), listed, "{word}");
        }
    }
}
