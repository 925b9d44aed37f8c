//! The cue lexicon: reporting verbs and phrases, read from `data/cues.tsv`.

use std::collections::HashMap;

use crate::error::{Error, ErrorKind};

/// The lexicon shipped with the crate.
pub(crate) const DEFAULT_CUES: &str = include_str!("../../../data/cues.tsv");

/// What may follow a cue when the statement comes after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ClauseKind {
    /// A clause may follow directly: "said the talks were useful".
    Bare,
    /// Only a "that" clause makes it reported speech: "confirmed that …".
    That,
    /// "accused Moscow of …": the object and its "of" phrase are the statement.
    Of,
    /// "urged allies to …", "called on Beijing to …": the addressee and the infinitive
    /// after it are the statement (an appeal reports what the speaker wants done).
    To,
    /// Verbs of opinion ("think", "believe") are too weak to attribute alone.
    Weak,
}

/// One form of a cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CueForm {
    /// The words after the first one ("out" in "pointed out"), lowercase.
    pub rest: Vec<String>,
    /// The surface form as written in the lexicon ("pointed out").
    pub form: String,
    /// The canonical cue ("say", "according to", "quoted as saying").
    pub lemma: String,
    /// Takes an addressee: "told reporters".
    pub object: bool,
    /// Can introduce or close a direct quote.
    pub direct: bool,
    /// What may follow it.
    pub clause: ClauseKind,
}

impl CueForm {
    pub(crate) fn is_according_to(&self) -> bool {
        self.lemma == "according to"
    }

    pub(crate) fn is_quoted_as(&self) -> bool {
        self.lemma == "quoted as saying"
    }
}

/// Cue forms indexed by their first word.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lexicon {
    by_first: HashMap<String, Vec<CueForm>, BuildFx>,
    max_first_len: usize,
    /// For each ASCII lowercase first letter, a bit per word length (1..=31) that some
    /// first word has: most tokens are rejected without hashing.
    shapes: [u32; 26],
    /// The same for each ASCII lowercase last letter.
    last_shapes: [u32; 26],
    /// A bit per [`signature`] of some first word: most words of the right shapes ("and",
    /// "from", "will") are rejected without hashing too.
    signatures: [u64; SIGNATURE_WORDS],
}

/// How many 64-bit words hold [`Lexicon::signatures`]: 2048 bits for some 150 first words.
const SIGNATURE_WORDS: usize = 32;

/// A word's length and its first, second and last bytes, hashed to a bit of
/// [`Lexicon::signatures`].
#[inline]
fn signature(word: &[u8]) -> (usize, u64) {
    let byte = |b: Option<&u8>| u64::from(b.copied().unwrap_or(0));
    let key = (word.len() as u64)
        | byte(word.first()) << 8
        | byte(word.get(1)) << 16
        | byte(word.last()) << 24;
    let bit = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 53) as usize;
    (bit / 64, 1 << (bit % 64))
}

/// A small multiplicative hasher (the Fx hash): the keys are short, trusted lexicon words,
/// so SipHash's flooding resistance buys nothing in this hot lookup.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct BuildFx;

/// The state of [`BuildFx`].
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Fx(u64);

impl Fx {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Whole words are read directly; only the tail is copied into a zeroed word, since
        // a copy of unknown length is a call to memcpy.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let mut word = [0u8; 8];
            for (w, &b) in word.iter_mut().zip(tail) {
                *w = b;
            }
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

impl std::hash::BuildHasher for BuildFx {
    type Hasher = Fx;

    #[inline]
    fn build_hasher(&self) -> Fx {
        Fx(0)
    }
}

fn flag(value: &str, line: usize, column: &str) -> Result<bool, Error> {
    match value {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(Error::new(
            ErrorKind::BadValue { column: column.into(), value: value.into() },
            line,
        )),
    }
}

impl Lexicon {
    /// Parses the TSV format of `data/cues.tsv`: `#` comments, a header line starting with
    /// `form`, then `form cue class object direct clause` rows.
    pub(crate) fn parse(tsv: &str) -> Result<Lexicon, Error> {
        let mut lexicon = Lexicon::default();
        for (n, line) in tsv.lines().enumerate() {
            let line_no = n + 1;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') || line.starts_with("form\t") {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [form, lemma, class, object, direct, clause] = cols[..] else {
                return Err(Error::new(ErrorKind::Columns { found: cols.len() }, line_no));
            };
            if !matches!(class, "past" | "present" | "base" | "phrase") {
                return Err(Error::new(
                    ErrorKind::BadValue { column: "class".into(), value: class.into() },
                    line_no,
                ));
            }
            let clause = match clause {
                "bare" => ClauseKind::Bare,
                "that" => ClauseKind::That,
                "of" => ClauseKind::Of,
                "to" => ClauseKind::To,
                "weak" => ClauseKind::Weak,
                _ => {
                    return Err(Error::new(
                        ErrorKind::BadValue { column: "clause".into(), value: clause.into() },
                        line_no,
                    ))
                }
            };
            let form_lc = form.trim().to_lowercase();
            let mut words = form_lc.split_whitespace().map(str::to_string);
            let Some(first) = words.next() else {
                return Err(Error::new(ErrorKind::Columns { found: 0 }, line_no));
            };
            let entry = CueForm {
                rest: words.collect(),
                form: form_lc.clone(),
                lemma: lemma.trim().to_string(),
                object: flag(object, line_no, "object")?,
                direct: flag(direct, line_no, "direct")?,
                clause,
            };
            lexicon.max_first_len = lexicon.max_first_len.max(first.len());
            if let (Some(letter), true) = (first.bytes().next(), first.len() < 32) {
                if letter.is_ascii_lowercase() {
                    if let Some(bits) = lexicon.shapes.get_mut(usize::from(letter - b'a')) {
                        *bits |= 1 << first.len();
                    }
                }
            }
            if let (Some(letter), true) = (first.bytes().next_back(), first.len() < 32) {
                if letter.is_ascii_lowercase() {
                    if let Some(bits) = lexicon.last_shapes.get_mut(usize::from(letter - b'a')) {
                        *bits |= 1 << first.len();
                    }
                }
            }
            let (word, bit) = signature(first.as_bytes());
            if let Some(bits) = lexicon.signatures.get_mut(word) {
                *bits |= bit;
            }
            let forms = lexicon.by_first.entry(first).or_default();
            forms.push(entry);
            // Longest forms first, so "pointed out" wins over a hypothetical "pointed".
            forms.sort_by_key(|f| std::cmp::Reverse(f.rest.len()));
        }
        Ok(lexicon)
    }

    /// Number of forms.
    pub(crate) fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// The forms whose first word is `word` (already lowercase).
    #[inline]
    pub(crate) fn starting_with(&self, word: &str) -> &[CueForm] {
        if !self.may_start_cue(word.as_bytes()) {
            return &[];
        }
        self.by_first.get(word).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether `word` (lowercase bytes) has the length and the first, second and last
    /// bytes of a cue's first word (up to a hash collision): false means
    /// [`Lexicon::starting_with`] is empty. The scan asks it of every lowercase word before
    /// slicing it as text. The letter shapes come first, as they cost least.
    #[inline]
    pub(crate) fn may_start_cue(&self, word: &[u8]) -> bool {
        if word.len() > self.max_first_len {
            return false;
        }
        let shape_known = match word.first().copied() {
            Some(letter @ b'a'..=b'z') => self
                .shapes
                .get(usize::from(letter - b'a'))
                .is_some_and(|bits| bits & (1 << word.len()) != 0),
            _ => true,
        };
        if !shape_known {
            return false;
        }
        let last_known = match word.last().copied() {
            Some(letter @ b'a'..=b'z') if word.len() < 32 => self
                .last_shapes
                .get(usize::from(letter - b'a'))
                .is_some_and(|bits| bits & (1 << word.len()) != 0),
            _ => true,
        };
        if !last_known {
            return false;
        }
        let (at, bit) = signature(word);
        self.signatures.get(at).is_some_and(|bits| bits & bit != 0)
    }

    /// Whether `word` (lowercase) starts some cue form.
    pub(crate) fn starts_cue(&self, word: &str) -> bool {
        !self.starting_with(word).is_empty()
    }

    /// Whether `word` (lowercase) is the first word of some cue.
    #[cfg(test)]
    pub(crate) fn has_first(&self, word: &str) -> bool {
        !self.starting_with(word).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_first_word_passes_the_signature_filter() {
        let lexicon = Lexicon::parse(DEFAULT_CUES).expect("shipped lexicon");
        for word in lexicon.by_first.keys() {
            assert!(lexicon.may_start_cue(word.as_bytes()), "{word}");
        }
        // Common words that start no cue are mostly rejected before a hash lookup.
        let common = ["and", "from", "will", "would", "were", "this", "dlrs", "the", "of"];
        let passed = common.iter().filter(|w| lexicon.may_start_cue(w.as_bytes())).count();
        assert!(passed <= 2, "{passed} of {common:?} pass");
    }

    #[test]
    fn shipped_lexicon_parses_and_is_large_enough() {
        let lexicon = Lexicon::parse(DEFAULT_CUES).expect("shipped lexicon");
        assert!(lexicon.len() >= 60, "only {} forms", lexicon.len());
        for word in ["said", "told", "according", "quoted", "accused", "pointed", "says"] {
            assert!(lexicon.has_first(word), "{word}");
        }
    }

    #[test]
    fn multiword_forms_keep_their_rest() {
        let lexicon = Lexicon::parse(DEFAULT_CUES).expect("shipped lexicon");
        let forms = lexicon.starting_with("pointed");
        assert_eq!(forms.first().map(|f| f.rest.clone()), Some(vec!["out".to_string()]));
        let according = lexicon.starting_with("according");
        assert!(according.iter().any(CueForm::is_according_to));
    }

    #[test]
    fn malformed_rows_are_errors_with_their_line() {
        let cases: &[(&str, usize)] = &[
            ("form\tcue\tclass\tobject\tdirect\tclause\nsaid\tsay\tpast\tno\tyes\n", 2),
            ("said\tsay\tpast\tmaybe\tyes\tbare\n", 1),
            ("# c\nsaid\tsay\tfuture\tno\tyes\tbare\n", 2),
            ("said\tsay\tpast\tno\tyes\tsometimes\n", 1),
        ];
        for (tsv, line) in cases {
            let err = Lexicon::parse(tsv).expect_err(tsv);
            assert_eq!(err.line, *line, "{tsv:?}");
        }
    }
}
