//! Clean-up of one record: paragraphs, boilerplate, repeats, and metadata.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use regex::Regex;
use whosaid_core::{PartialDate, Span};

use crate::date::{find_dates, month_date, parse_date, trailing_month_date, MONTH};
use crate::{Article, Metadata, Record};

mod meta;

const AGENCIES: &str = include_str!("../data/agencies.txt");
const BOILERPLATE: &str = include_str!("../data/boilerplate.txt");

/// How many leading paragraphs may hold the title, byline, source and date lines.
const HEAD_PARAGRAPHS: usize = 100;
/// How many leading body paragraphs may open with a dateline.
const DATELINE_PARAGRAPHS: usize = 4;
/// Normalized bytes compared to find a teaser whose full paragraph follows.
const TEASER_KEY: usize = 24;
// The hasher takes its snapshot when it mixes a full eight-byte word.
const _: () = assert!(TEASER_KEY % 8 == 0);

/// Builds a [`Cleaner`].
#[derive(Clone, Debug, Default)]
pub struct CleanerBuilder {
    year: Option<i32>,
    agencies: Vec<String>,
    widgets: Vec<String>,
}

impl CleanerBuilder {
    /// A builder with the default options and the built-in lists.
    pub fn new() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// The year to give dates that have none (`--year`).
    pub fn default_year(&mut self, year: Option<i32>) -> &mut CleanerBuilder {
        self.year = year;
        self
    }

    /// Adds an agency or outlet name to the built-in list ("By NAME" is then a source, not a
    /// byline).
    pub fn agency(&mut self, name: &str) -> &mut CleanerBuilder {
        self.agencies.push(name.to_string());
        self
    }

    /// Adds a page-furniture phrase to the built-in list (see `data/boilerplate.txt`).
    pub fn boilerplate_phrase(&mut self, phrase: &str) -> &mut CleanerBuilder {
        self.widgets.push(phrase.to_string());
        self
    }

    /// Builds the cleaner.
    pub fn build(&self) -> Cleaner {
        let list = |data: &'static str| {
            data.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
        };
        // "Reuter = Reuters": an older or shorter form, and the name to report for it.
        let mut aliases: HashMap<String, String> = HashMap::new();
        let agencies: HashSet<String, BuildFnv> = list(AGENCIES)
            .chain(self.agencies.iter().cloned())
            .map(|a| match a.split_once('=') {
                Some((alias, name)) => {
                    let alias = alias.trim().to_lowercase();
                    aliases.insert(alias.clone(), name.trim().to_string());
                    alias
                }
                None => {
                    let lower = a.to_lowercase();
                    // "UKRINFORM" on a masthead is reported as the list spells it.
                    if lower != a {
                        aliases.entry(lower.clone()).or_insert_with(|| a.clone());
                    }
                    lower
                }
            })
            .collect();
        let widgets: Vec<String> = list(BOILERPLATE).chain(self.widgets.iter().cloned()).collect();
        // Longest first, so "Related Stories" wins over "Related"; the hand reader of a line's
        // opening phrase takes them in the same order as the pattern's alternation.
        let sorted_phrases = |multiword: bool| {
            let mut phrases: Vec<&String> = widgets
                .iter()
                .filter(|w| w.split_whitespace().nth(1).is_some() == multiword)
                .collect();
            phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
            phrases
        };
        let (single_phrases, multi_phrases) = (sorted_phrases(false), sorted_phrases(true));
        let alternation = |phrases: &[&String]| {
            phrases.iter().map(|p| regex::escape(p)).collect::<Vec<_>>().join("|")
        };
        let single = alternation(&single_phrases);
        let multi = alternation(&multi_phrases);
        let single_openers = first_bytes(single_phrases.iter().copied());
        let multi_openers = first_bytes(multi_phrases.iter().copied());
        // Small character classes rather than \p{L}: the capturing engines pay for every
        // NFA state on every call.
        let up = "[A-ZÀ-ÖØ-Þ]";
        let letters = r#"[^\s0-9,:;|()/"“”–—]"#;
        let dateline = format!(
            r"^(?:(?P<place>{up}{letters}*(?:[ /]{up}{letters}*){{0,3}}(?:,\s*{up}{letters}*)?)\s*(?:,?\s*(?P<date>(?:{MONTH})\.?\s+[0-9]{{1,2}}(?:,?\s*[0-9]{{4}})?))?\s*)?(?:(?:\([^()\n]{{1,40}}\)|/[^/\s][^/\n]{{0,39}}/)\s*)?(?P<sep>--|—|–|\.?-|:|\|)\s+"
        );
        // An ASCII name longer than every listed one is none of them (lower-casing ASCII keeps
        // the length); a listed name too long for the stack sends every name the slow way.
        let longest = agencies.iter().map(String::len).max().unwrap_or(0);
        let agency_max_len = if longest <= AGENCY_STACK { longest } else { usize::MAX };
        let agency_ends = AgencyEnds::of(&agencies);
        Cleaner {
            year: self.year,
            agencies,
            agency_max_len,
            agency_ends,
            aliases,
            widget_single: Regex::new(&format!(r"(?i)^(?:{single})(?-u:\b)")).ok(),
            widget_single_openers: single_openers,
            widget_multi_openers: multi_openers,
            widget_single_pairs: OpeningPairs::of(
                widgets.iter().filter(|w| w.split_whitespace().nth(1).is_none()),
            ),
            widget_multi_pairs: OpeningPairs::of(
                widgets.iter().filter(|w| w.split_whitespace().nth(1).is_some()),
            ),
            widget_multi: Regex::new(&format!(r"(?i)(?:^|\W)(?:{multi})(?:\W|$)")).ok(),
            // The fragments searched in one SIMD pass, without a regex's per-call set-up: this
            // runs on nearly every paragraph.
            caption_hints: aho_corasick::packed::Searcher::new(CAPTION_HINTS.iter()),
            widget_multi_start: Regex::new(&format!(r"(?i)^(?:{multi})(?:\W|$)")).ok(),
            widget_single_phrases: OpeningPhrases::of(single_phrases),
            widget_multi_phrases: OpeningPhrases::of(multi_phrases),
            caption: Regex::new(
                r"(?i)photo courtesy|(?-u:\b)photo:|\(\w+ photo\)|(?-u:\b)file photo(?-u:\b)|(?-u:\b)photograph:|(?-u:\b)photo credit|(?-u:\b)image:|(?-u:\b)getty images(?-u:\b)|(?-u:\b)pictured(?-u:\b)|\(photo:",
            )
            .ok(),
            cue: Regex::new(
                r"(?i)(?-u:\b)(?:said|says|say|saying|told|tells|according to|added|adds|stated|states|quoted|declared|announced|noted|notes|warned|insisted|argued|claimed|explained|asserted|stressed|wrote)(?-u:\b)",
            )
            .ok(),
            dateline: Regex::new(&dateline).ok(),
        }
    }
}

/// Finds metadata and body paragraphs in records. Built once by [`CleanerBuilder`];
/// immutable and shareable between threads.
#[derive(Clone, Debug)]
pub struct Cleaner {
    year: Option<i32>,
    agencies: HashSet<String, BuildFnv>,
    /// The longest listed name in bytes, when it fits [`AGENCY_STACK`]; past it, an ASCII
    /// name is no agency.
    agency_max_len: usize,
    /// The first and last bytes of the listed ASCII names: most names asked about are
    /// ruled out by them, without lower-casing and hashing the name.
    agency_ends: AgencyEnds,
    aliases: HashMap<String, String>,
    widget_single: Option<Regex>,
    /// The bytes a line can open with for `widget_single` to match it (see
    /// [`first_bytes`]): most lines are ruled out without running the pattern.
    widget_single_openers: [bool; 256],
    /// The same for `widget_multi_start`.
    widget_multi_openers: [bool; 256],
    /// The first two bytes a line can open with for `widget_single` to match it.
    widget_single_pairs: OpeningPairs,
    /// The same for `widget_multi_start`.
    widget_multi_pairs: OpeningPairs,
    widget_multi: Option<Regex>,
    widget_multi_start: Option<Regex>,
    /// `widget_single`'s phrases, read by hand where the pattern's answer is sure to agree.
    widget_single_phrases: OpeningPhrases,
    /// `widget_multi_start`'s phrases, the same way.
    widget_multi_phrases: OpeningPhrases,
    caption_hints: Option<aho_corasick::packed::Searcher>,
    caption: Option<Regex>,
    cue: Option<Regex>,
    dateline: Option<Regex>,
}

impl Default for Cleaner {
    fn default() -> Cleaner {
        CleanerBuilder::new().build()
    }
}

/// The bytes a text can open with to start with one of `phrases` compared case-insensitively:
/// both cases of an ASCII letter, the byte itself otherwise, and every non-ASCII byte, since
/// Unicode case folding matches "K" with the Kelvin sign and "s" with the long s.
fn first_bytes<'a>(phrases: impl Iterator<Item = &'a String>) -> [bool; 256] {
    let mut openers = [false; 256];
    for slot in openers.iter_mut().skip(0x80) {
        *slot = true;
    }
    for phrase in phrases {
        match phrase.as_bytes().first() {
            // An empty phrase matches any text.
            None => return [true; 256],
            Some(&b) => {
                for b in [b, b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                    if let Some(slot) = openers.get_mut(usize::from(b)) {
                        *slot = true;
                    }
                }
            }
        }
    }
    openers
}

/// The first two bytes, lower-cased, of phrases matched case-insensitively at a line's
/// start: a second test after [`first_bytes`], since many lines open with a letter some
/// phrase opens with ("Re" of "Related" rules out "Russia" and "Talks").
#[derive(Clone, Debug)]
struct OpeningPairs {
    /// One bit per pair of ASCII bytes, `first * 128 + second`.
    bits: Vec<u64>,
    /// Set when some phrase is shorter than two bytes or opens with a non-ASCII char,
    /// which Unicode case folding may match with ASCII ("K" the Kelvin sign with "k"): the
    /// test then passes every line.
    passes_all: bool,
}

impl OpeningPairs {
    fn of<'a>(phrases: impl Iterator<Item = &'a String>) -> OpeningPairs {
        let mut pairs = OpeningPairs { bits: vec![0; 128 * 128 / 64], passes_all: false };
        for phrase in phrases {
            match phrase.as_bytes() {
                [a, b, ..] if a.is_ascii() && b.is_ascii() => {
                    let at = Self::index(*a, *b);
                    if let Some(word) = pairs.bits.get_mut(at / 64) {
                        *word |= 1 << (at % 64);
                    }
                }
                _ => pairs.passes_all = true,
            }
        }
        pairs
    }

    fn index(a: u8, b: u8) -> usize {
        usize::from(a.to_ascii_lowercase()) * 128 + usize::from(b.to_ascii_lowercase())
    }

    /// Whether `s` may open with one of the phrases: its first two bytes are a phrase's
    /// (in either case), or are not both ASCII, or `s` is shorter.
    fn may_open(&self, s: &str) -> bool {
        match s.as_bytes() {
            [a, b, ..] if !self.passes_all && a.is_ascii() && b.is_ascii() => {
                let at = Self::index(*a, *b);
                self.bits.get(at / 64).is_some_and(|word| word >> (at % 64) & 1 != 0)
            }
            _ => true,
        }
    }
}

/// Phrases a line may open with, grouped by their first two bytes lower-cased, each group in
/// the order of the pattern's alternation (longest first): an ASCII line's opening phrase is
/// found by comparing a few phrases, without the pattern's per-call cost (see
/// [`OpeningPhrases::end_in`]).
#[derive(Clone, Debug)]
struct OpeningPhrases {
    /// Indexed by [`OpeningPairs::index`]. Empty when some phrase is not ASCII or is shorter
    /// than two bytes: the pattern then decides every line.
    by_pair: Vec<Vec<String>>,
}

impl OpeningPhrases {
    fn of(sorted: Vec<&String>) -> OpeningPhrases {
        let mut by_pair = vec![Vec::new(); 128 * 128];
        for phrase in sorted {
            match phrase.as_bytes() {
                [a, b, ..] if phrase.is_ascii() => {
                    if let Some(group) = by_pair.get_mut(OpeningPairs::index(*a, *b)) {
                        group.push(phrase.clone());
                    }
                }
                _ => return OpeningPhrases { by_pair: Vec::new() },
            }
        }
        OpeningPhrases { by_pair }
    }

    /// Where the phrase opening `s` ends, as the pattern `(?i)^(?:PHRASES)END` finds it, with
    /// `ends(bytes, at)` telling whether `END` holds at `at` (`None` when a char outside ASCII
    /// must be read to tell). `None` when only the pattern can tell: a compared byte outside
    /// ASCII that may be the Kelvin sign or the long s, which Unicode case folding matches
    /// with "k" and "s". `Some(None)` when no phrase opens `s`.
    fn end_in(
        &self,
        s: &str,
        ends: impl Fn(&[u8], usize) -> Option<bool>,
    ) -> Option<Option<usize>> {
        if self.by_pair.is_empty() {
            return None;
        }
        let bytes = s.as_bytes();
        let (a, b) = match bytes {
            [a, b, ..] if a.is_ascii() && b.is_ascii() => (*a, *b),
            // No other char outside ASCII folds to an ASCII letter, and every phrase opens
            // with two ASCII bytes: an opening quote or dash opens none.
            [a, ..] if !a.is_ascii() || bytes.get(1).is_some_and(|b| !b.is_ascii()) => {
                let folds = |c: char| c == '\u{17f}' || c == '\u{212a}';
                return if s.chars().take(2).any(folds) { None } else { Some(None) };
            }
            // Shorter than every phrase.
            _ => return Some(None),
        };
        let group = self.by_pair.get(OpeningPairs::index(a, b))?;
        for phrase in group {
            let phrase = phrase.as_bytes();
            // The third byte first, which rules out most of the group's phrases: an ASCII
            // char there that is not the phrase's in either case matches it under no folding.
            if let (Some(&want), Some(&got)) = (phrase.get(2), bytes.get(2)) {
                if got.is_ascii() && !got.eq_ignore_ascii_case(&want) {
                    continue;
                }
            }
            // A char folding to an ASCII letter is longer than it: a shorter line cannot
            // hold the phrase.
            let Some(head) = bytes.get(..phrase.len()) else { continue };
            if !head.is_ascii() {
                return None;
            }
            if head.eq_ignore_ascii_case(phrase) && ends(bytes, phrase.len())? {
                return Some(Some(phrase.len()));
            }
        }
        Some(None)
    }
}

/// Whether `b` is a word byte as `(?-u:\b)` reads bytes.
fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether `(?-u:\b)` holds at `at` in `bytes`.
fn ascii_boundary(bytes: &[u8], at: usize) -> Option<bool> {
    let before =
        at.checked_sub(1).and_then(|i| bytes.get(i)).is_some_and(|&b| is_ascii_word_byte(b));
    let after = bytes.get(at).is_some_and(|&b| is_ascii_word_byte(b));
    Some(before != after)
}

/// Whether `(?:\W|$)` holds at `at` in `bytes`: `None` for a char outside ASCII there.
fn non_word_or_end(bytes: &[u8], at: usize) -> Option<bool> {
    match bytes.get(at) {
        None => Some(true),
        Some(&b) if b.is_ascii() => Some(!is_ascii_word_byte(b)),
        Some(_) => None,
    }
}

/// Whether `s` can open with a phrase whose first bytes are `openers`.
fn may_open(openers: &[bool; 256], s: &str) -> bool {
    s.as_bytes().first().map_or(true, |&b| openers[usize::from(b)])
}

/// Whether `word` lower-cased is one of `list`'s lower-case words, without allocating for an
/// ASCII word (a non-ASCII one may lower-case to ASCII: the Kelvin sign to "k").
fn is_listed(list: &[&str], word: &str) -> bool {
    if word.is_ascii() {
        list.iter().any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

/// The longest name [`Cleaner::is_agency`] lower-cases on the stack.
const AGENCY_STACK: usize = 64;

/// Which pairs of a first and a last byte (ASCII, lower-cased) the listed ASCII agency
/// names have: one bit per pair.
#[derive(Clone, Debug)]
struct AgencyEnds {
    /// One bit per pair of first and last bytes, lower-cased.
    bits: Vec<u64>,
    /// For each first byte lower-cased, bit `len` (lengths of 63 and more sharing bit 63)
    /// for the lengths of the listed names opening with it; the same for last bytes.
    lens_by_first: Vec<u64>,
    lens_by_last: Vec<u64>,
}

impl AgencyEnds {
    fn of<'a>(names: impl IntoIterator<Item = &'a String>) -> AgencyEnds {
        let mut ends = AgencyEnds {
            bits: vec![0u64; 128 * 128 / 64],
            lens_by_first: vec![0u64; 128],
            lens_by_last: vec![0u64; 128],
        };
        for name in names {
            if let (true, Some(&first), Some(&last)) =
                (name.is_ascii(), name.as_bytes().first(), name.as_bytes().last())
            {
                let at = AgencyEnds::bit(first, last);
                if let Some(word) = ends.bits.get_mut(at / 64) {
                    *word |= 1 << (at % 64);
                }
                let len = 1 << name.len().min(63);
                if let Some(lens) =
                    ends.lens_by_first.get_mut(usize::from(first.to_ascii_lowercase() & 0x7f))
                {
                    *lens |= len;
                }
                if let Some(lens) =
                    ends.lens_by_last.get_mut(usize::from(last.to_ascii_lowercase() & 0x7f))
                {
                    *lens |= len;
                }
            }
        }
        ends
    }

    /// Whether a listed ASCII name could be `len` bytes long, opening with `first` and ending
    /// with `last` (any case): most names asked about are ruled out by their length.
    fn may_hold_len(&self, first: u8, last: u8, len: usize) -> bool {
        let len = 1u64 << len.min(63);
        let first_ok = self
            .lens_by_first
            .get(usize::from(first.to_ascii_lowercase() & 0x7f))
            .is_some_and(|lens| lens & len != 0);
        let last_ok = self
            .lens_by_last
            .get(usize::from(last.to_ascii_lowercase() & 0x7f))
            .is_some_and(|lens| lens & len != 0);
        first_ok && last_ok && self.may_hold(first, last)
    }

    fn bit(first: u8, last: u8) -> usize {
        usize::from(first.to_ascii_lowercase() & 0x7f) * 128
            + usize::from(last.to_ascii_lowercase() & 0x7f)
    }

    /// Whether a listed ASCII name could open with `first` and end with `last` (any case).
    fn may_hold(&self, first: u8, last: u8) -> bool {
        let at = AgencyEnds::bit(first, last);
        self.bits.get(at / 64).is_some_and(|word| word & (1 << (at % 64)) != 0)
    }
}

/// A hasher for the agency list: FNV-1a, cheaper than SipHash for short names; the list is
/// built in, so no input can choose colliding keys for it.
#[derive(Clone, Copy, Debug, Default)]
struct BuildFnv;

/// The hasher [`BuildFnv`] builds.
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

impl std::hash::BuildHasher for BuildFnv {
    type Hasher = Fnv;

    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

fn matches(re: &Option<Regex>, s: &str) -> bool {
    re.as_ref().is_some_and(|re| re.is_match(s))
}

/// Why a paragraph is not part of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dropped {
    /// Web-page furniture: "Advertisement", "You are here: Home", "Read more".
    Boilerplate,
    /// A photo caption, or a line printed twice in a row (captions are).
    Caption,
    /// A ticker of other headlines separated by bullets.
    Ticker,
    /// A list of headlines (bulleted, or a run of headline-shaped lines).
    HeadlineList,
    /// A short line without sentence structure (menus, sections, bylines, date lines).
    NotSentence,
    /// The article's headline.
    Title,
    /// A repeat of an earlier paragraph.
    Repeat,
    /// A truncated teaser of a paragraph that follows in full.
    Teaser,
}

/// Buffers clean-up reuses from one record to the next ([`Cleaner::clean_with`]): a
/// record's lines, paragraphs and repeat keys, grown to the largest record seen. Nothing
/// in it carries over from one record to the next but the memory.
#[derive(Debug, Default)]
pub struct CleanScratch {
    lines: Vec<Line>,
    paras: Vec<Para>,
    hashes: Vec<u64>,
}

/// [`Cleaner::clean`]'s per-thread scratch is dropped after a record of more lines.
const KEPT_SCRATCH_LINES: usize = 1 << 16;

impl CleanScratch {
    /// Empty buffers.
    pub fn new() -> CleanScratch {
        CleanScratch::default()
    }
}

/// One line of the text, and what the rules need of its words: [`scan_lines`] finds them
/// all in one pass over the record, and a paragraph's are the sums of its lines'.
#[derive(Clone, Copy, Debug)]
struct Line {
    /// The line without its end-of-line characters and surrounding whitespace.
    span: Span,
    /// Leading whitespace width in bytes (a `u32` keeps a line to 40 bytes; a line's
    /// indent past 4 GiB is cut to that).
    indent: u32,
    /// Its words, lower-case words, bullet separators and quote marks, as [`scan`] counts
    /// them in the line alone.
    counts: Counts,
    /// The first and last bytes of its content (0 for a blank line): what the wrapped
    /// paragraph rules look at first, without slicing the text.
    first: u8,
    last: u8,
}

/// Words (white-space separated tokens holding a letter or digit), those opening in lower
/// case, bullet separators, and whether a quote mark occurs: what [`scan`] counts in a text
/// and [`scan_lines`] in each line. Line breaks separate tokens, so a paragraph's counts
/// are the sums of its lines'.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counts {
    words: u32,
    lower_words: u32,
    separators: u32,
    has_quote: bool,
}

impl Counts {
    fn add(self, other: Counts) -> Counts {
        Counts {
            words: self.words + other.words,
            lower_words: self.lower_words + other.lower_words,
            separators: self.separators + other.separators,
            has_quote: self.has_quote || other.has_quote,
        }
    }
}

/// A paragraph and what the rules need to know about it.
#[derive(Clone, Debug)]
struct Para {
    span: Span,
    lines: usize,
    words: u32,
    lower_words: u32,
    separators: u32,
    final_punct: bool,
    ends_with_period: bool,
    ellipsis: bool,
    has_quote: bool,
    lone_bullet: bool,
    /// A key of the normalized text ([`scan`]), equal for repeats.
    hash: u64,
    /// The span scanned: `span` loses its dateline later.
    scanned: Span,
    /// Whether another paragraph has the same `hash` ([`repeat_hashes`]): only then can
    /// this one be a repeat.
    key_shared: bool,
    dropped: Option<Dropped>,
}

/// Bytes the metadata rules need, one bit each ([`marks_of`]): each metadata line of the
/// head is classified once, in one pass, and a rule whose form needs a byte the line lacks
/// is not run on it (a date needs a digit, a slashed date or a web address a slash, a
/// by-line a "by"), instead of each rule searching the line for its own bytes.
mod mark {
    /// An ASCII digit.
    pub(super) const DIGIT: u16 = 1;
    /// '/'.
    pub(super) const SLASH: u16 = 1 << 1;
    /// ':'.
    pub(super) const COLON: u16 = 1 << 2;
    /// '|'.
    pub(super) const BAR: u16 = 1 << 3;
    /// '-'.
    pub(super) const DASH: u16 = 1 << 4;
    /// A byte of a non-ASCII char ('–', '—', '·', '•', '»' and the rest).
    pub(super) const NON_ASCII: u16 = 1 << 5;
    /// 'B', 'b', 'W' or 'w': "By" and "Written by" (in either case: a lower-case page's
    /// lines are read in capitals).
    pub(super) const BY: u16 = 1 << 6;
    /// Every mark: what a paragraph too long to classify is given.
    pub(super) const ALL: u16 = u16::MAX;
}

/// How many head lines' [`mark`]s [`Cleaner::scan_head`] keeps on the stack.
const HEAD_MARKS: usize = 32;

/// Lines longer than this are not classified ([`marks_of`] gives them every mark): metadata
/// lines are short, and the rules' own searches stop early on a long one.
const MARKED_BYTES: usize = 320;

const fn byte_marks() -> [u16; 256] {
    let mut table = [0u16; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_digit() {
            mark::DIGIT
        } else if c >= 0x80 {
            mark::NON_ASCII
        } else {
            match c {
                b'/' => mark::SLASH,
                b':' => mark::COLON,
                b'|' => mark::BAR,
                b'-' => mark::DASH,
                b'B' | b'b' | b'W' | b'w' => mark::BY,
                _ => 0,
            }
        };
        b += 1;
    }
    table
}

static BYTE_MARKS: [u16; 256] = byte_marks();

/// The [`mark`]s of the bytes of `text`; every mark for a text over [`MARKED_BYTES`].
fn marks_of(text: &str) -> u16 {
    if text.len() > MARKED_BYTES {
        return mark::ALL;
    }
    text.bytes().fold(0, |marks, b| marks | BYTE_MARKS[usize::from(b)])
}

impl Para {
    fn sentence_like(&self) -> bool {
        (self.final_punct && self.lower_words >= 1 && self.words >= 2)
            || (self.words >= 12 && self.lower_words * 3 >= self.words)
    }

    fn headline_shaped(&self) -> bool {
        (3..=25).contains(&self.words) && !self.ends_with_period && !self.lone_bullet
    }
}

fn is_bullet_str(s: &str) -> bool {
    matches!(s, "-" | "–" | "—" | "•" | "·" | "*" | "|" | "▪" | "►" | "»" | "◦" | "‣" | ">" | "›")
}

const QUOTES: &[char] = &['"', '“', '”', '«', '»', '„'];

/// What one pass over a paragraph's bytes learns: word counts, separators, quotes, and the
/// hashes of its normalized text (see [`fold_char`]) for finding repeats and teasers.
#[derive(Debug, PartialEq, Eq)]
struct Scan {
    words: u32,
    lower_words: u32,
    separators: u32,
    has_quote: bool,
    hash: u64,
    head_hash: Option<u64>,
}

/// Hashes normalized bytes eight at a time: `acc` gathers them, `h` mixes each full word.
#[derive(Clone, Copy)]
struct Hasher {
    h: u64,
    acc: u64,
    len: usize,
}

impl Hasher {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    fn new() -> Hasher {
        Hasher { h: 0x243f_6a88_85a3_08d3, acc: 0, len: 0 }
    }

    /// Hashes one byte; true when that completes the first [`TEASER_KEY`] bytes.
    #[inline(always)]
    fn byte(&mut self, b: u8) -> bool {
        self.acc = (self.acc << 8) | u64::from(b);
        self.len += 1;
        if self.len % 8 == 0 {
            self.h = (self.h ^ self.acc).wrapping_mul(Self::K).rotate_left(29);
            self.acc = 0;
            return self.len == TEASER_KEY;
        }
        false
    }

    /// Hashes the `n` (1 to 8) low bytes of `value`, most significant first, as `n` calls
    /// of [`Hasher::byte`] would; the hash of the first [`TEASER_KEY`] bytes if this
    /// completed them.
    #[inline(always)]
    fn bytes(&mut self, value: u64, n: u32) -> Option<u64> {
        let held = (self.len % 8) as u32;
        if held + n < 8 {
            self.acc = (self.acc << (8 * n)) | value;
            self.len += n as usize;
            return None;
        }
        let completing = 8 - held;
        let rest = n - completing;
        let full = self.acc.checked_shl(8 * completing).unwrap_or(0) | (value >> (8 * rest));
        self.h = (self.h ^ full).wrapping_mul(Self::K).rotate_left(29);
        self.acc = 0;
        self.len += completing as usize;
        let head = (self.len == TEASER_KEY).then(|| self.finish());
        self.acc = value & ((1u64 << (8 * rest)) - 1);
        self.len += rest as usize;
        head
    }

    fn finish(&self) -> u64 {
        let h = (self.h ^ self.acc).wrapping_mul(Self::K) ^ (self.len as u64);
        (h ^ (h >> 32)).wrapping_mul(Self::K)
    }
}

/// How many of the eight bytes of `word` (first byte most significant) are ASCII letters
/// or digits before the first that is not, tested all at once: a byte below 0x80 plus
/// (0x80 - lo) reaches 0x80 exactly when it is at least `lo`, and no sum carries into the
/// next byte.
#[inline(always)]
fn alnum_prefix(word: u64) -> u32 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let in_range = |x: u64, lo: u8, hi: u8| {
        let at_least_lo = x.wrapping_add(ONES * u64::from(0x80 - lo));
        let above_hi = x.wrapping_add(ONES * u64::from(0x7f - hi));
        at_least_lo & !above_hi
    };
    let x = word & !HIGH;
    let alnum =
        (in_range(x | 0x2020_2020_2020_2020, b'a', b'z') | in_range(x, b'0', b'9')) & !word & HIGH;
    (!alnum & HIGH).leading_zeros() / 8
}

/// A letter or digit as compared when looking for repeats: lower-cased.
#[inline]
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// ASCII byte classes for [`scan`].
const WS: u8 = 1;
const LOWER: u8 = 2;
const ALNUM: u8 = 4;
const QUOTE: u8 = 8;

const fn ascii_classes() -> [u8; 128] {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            WS
        } else if c.is_ascii_lowercase() {
            LOWER | ALNUM
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if c == b'"' {
            QUOTE
        } else {
            0
        };
        b += 1;
    }
    table
}

static ASCII_CLASS: [u8; 128] = ascii_classes();

/// The lower-cased byte of each ASCII letter or digit, 0 for every other byte: what
/// [`scan`] hashes, looked up once per byte.
const fn ascii_folds() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
}

static ASCII_FOLD: [u8; 256] = ascii_folds();

/// Whether `c` is in the two stretches of Unicode's General Punctuation block (dashes,
/// quotes, bullets, ellipsis, primes) that hold no white space, letter or digit.
fn is_general_punctuation(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}')
}

/// One pass over a paragraph: words (white-space separated tokens holding a letter or
/// digit), those opening in lower case, bullet separators, quote marks, and hashes of its
/// [`normalized`] text. The state lives in locals, which the compiler keeps in registers:
/// through a struct's methods it went to memory and back on every byte.
///
/// [`scan`] and [`scan_lines`] give the same counts several times faster, [`full_hash`]
/// and [`head_hash`] the same hashes: this is the reference the tests hold them to.
#[cfg(test)]
fn scan_exact(text: &str) -> Scan {
    let bytes = text.as_bytes();
    let (mut words, mut lower_words, mut separators) = (0u32, 0u32, 0u32);
    let mut has_quote = false;
    // A local copy the compiler keeps in registers.
    let mut hasher = Hasher::new();
    let mut head = None;
    let mut in_token = false;
    let mut counted = false;
    let mut token_start = 0;
    let mut i = 0;
    macro_rules! hash_byte {
        ($f:expr) => {
            if hasher.byte($f) {
                head = Some(hasher.finish());
            }
        };
    }
    // A token without letters or digits ending at `$at`: a bullet separates headlines.
    macro_rules! end_token {
        ($at:expr) => {
            if in_token
                && !counted
                && $at - token_start <= 3
                && text.get(token_start..$at).is_some_and(is_bullet_str)
            {
                separators += 1;
            }
        };
    }
    while let Some(&b) = bytes.get(i) {
        let f = ASCII_FOLD[usize::from(b)];
        if f != 0 {
            if !counted {
                counted = true;
                words += 1;
                lower_words += u32::from(b.is_ascii_lowercase());
                if !in_token {
                    in_token = true;
                    token_start = i;
                }
            }
            // The rest of the run of ASCII letters and digits, up to eight bytes at a time.
            while let Some(chunk) = bytes.get(i..i + 8) {
                let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_be_bytes);
                let run = alnum_prefix(word);
                if run == 0 {
                    break;
                }
                // Digits have the 0x20 bit already; it lower-cases letters.
                let folded = (word | 0x2020_2020_2020_2020) >> (64 - 8 * run);
                if let Some(h) = hasher.bytes(folded, run) {
                    head = Some(h);
                }
                i += run as usize;
                if run < 8 {
                    break;
                }
            }
            while let Some(&f) = bytes.get(i).map(|&b| &ASCII_FOLD[usize::from(b)]) {
                if f == 0 {
                    break;
                }
                hash_byte!(f);
                i += 1;
            }
            continue;
        }
        if b < 0x80 {
            if ASCII_CLASS[usize::from(b)] & WS != 0 {
                end_token!(i);
                in_token = false;
                counted = false;
            } else {
                if !in_token {
                    in_token = true;
                    token_start = i;
                }
                has_quote |= b == b'"';
            }
            i += 1;
            continue;
        }
        let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or('\u{fffd}');
        let at = i;
        i += c.len_utf8();
        // Curly quotes, dashes, bullets and ellipses: neither space nor letter, known without
        // the Unicode tables' slow lookups.
        let punctuation = is_general_punctuation(c);
        if !punctuation && c.is_whitespace() {
            end_token!(at);
            in_token = false;
            counted = false;
            continue;
        }
        if !in_token {
            in_token = true;
            token_start = at;
        }
        if !punctuation && c.is_alphanumeric() {
            if !counted {
                counted = true;
                words += 1;
                lower_words += u32::from(c.is_lowercase());
            }
            let mut buf = [0u8; 4];
            for &b in fold_char(c).encode_utf8(&mut buf).as_bytes() {
                hash_byte!(b);
            }
        } else {
            has_quote |= QUOTES.contains(&c);
        }
    }
    end_token!(text.len());
    Scan { words, lower_words, separators, has_quote, hash: hasher.finish(), head_hash: head }
}

/// Lane masks of an eight-byte word read little-endian (the first byte in the lowest lane):
/// the high bit of each lane says whether that byte is in the class.
const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;
/// The lowest lane: the first byte of a word.
const LANE0: u64 = 0x80;

/// The lanes of `x` (all bytes below 0x80) holding a byte from `lo` to `hi`: a byte plus
/// (0x80 - lo) reaches 0x80 exactly when it is at least `lo`, and no sum carries into the
/// next lane.
#[inline(always)]
fn lanes_in(x: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = x.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = x.wrapping_add(ONES * u64::from(0x7f - hi));
    at_least_lo & !above_hi & HIGH
}

/// The lanes of `x` (all bytes below 0x80) holding a byte above `v`.
#[inline(always)]
fn lanes_above(x: u64, v: u8) -> u64 {
    x.wrapping_add(ONES * u64::from(0x7f - v)) & HIGH
}

/// Whether `c` separates tokens, as [`scan_exact`] decides it.
#[inline]
fn is_token_space(c: char) -> bool {
    if c.is_ascii() {
        ASCII_CLASS[usize::from(c as u8)] & WS != 0
    } else {
        !is_general_punctuation(c) && c.is_whitespace()
    }
}

/// Whether `c` is a letter or digit, as [`scan_exact`] decides it.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !is_general_punctuation(c) && c.is_alphanumeric()
    }
}

/// Whether a token of a bullet alone ("-", "•", "—") opens at `at`: what [`scan_exact`]
/// counts as a separator when the token ends, decided where it starts.
fn bullet_token_at(text: &str, at: usize) -> bool {
    // Every bullet is one char opening with one of these bytes ('•', '—' ... with 0xE2, '·'
    // and '»' with 0xC2), whose length it gives: most tokens are ruled out by that byte.
    let len = match text.as_bytes().get(at) {
        Some(b'-' | b'*' | b'|' | b'>') => 1,
        Some(0xC2) => 2,
        Some(0xE2) => 3,
        _ => return false,
    };
    text.get(at..at + len).is_some_and(is_bullet_str)
        && text.get(at + len..).is_some_and(|rest| rest.chars().next().map_or(true, is_token_space))
}

/// For a token opening at `at` with a character that is neither space nor letter: whether
/// it holds a letter or digit (it is a word), and whether the first one is lower case.
fn first_word_char(text: &str, at: usize) -> Option<bool> {
    let rest = text.get(at..)?;
    // ASCII bytes by the class table; chars from the first other byte on.
    let ascii =
        rest.bytes().position(|b| b >= 0x80 || ASCII_CLASS[usize::from(b)] & (WS | ALNUM) != 0)?;
    if let Some(&b) = rest.as_bytes().get(ascii).filter(|&&b| b < 0x80) {
        let class = ASCII_CLASS[usize::from(b)];
        return (class & ALNUM != 0).then_some(class & LOWER != 0);
    }
    for c in rest.get(ascii..)?.chars() {
        if is_token_space(c) {
            return None;
        }
        if is_word_char(c) {
            return Some(c.is_lowercase());
        }
    }
    None
}

/// How many normalized characters [`ends_key`] reads at each end of a text. The key only
/// picks the paragraphs whose full hashes are compared ([`repeat_hashes`]), so a shorter
/// key changes no result: four chars a side cost half of eight, and the few more keys they
/// share cost a full hash each.
const END_KEY: usize = 4;

/// Gathers the normalized characters at one end of a text into a word (an ASCII one is a
/// byte; another is folded in).
#[derive(Clone, Copy)]
struct EndHasher {
    acc: u64,
    n: usize,
}

impl EndHasher {
    #[inline(always)]
    fn push(&mut self, c: u64) {
        self.acc = (self.acc << 8) ^ c;
        self.n += 1;
    }

    /// Reads `c` if it is a letter or digit; true when [`END_KEY`] characters are in.
    #[inline(always)]
    fn char(&mut self, c: char) -> bool {
        if is_word_char(c) {
            self.push(u64::from(u32::from(fold_char(c))));
        }
        self.n == END_KEY
    }
}

/// A key of a text's [`normalized`] characters, read at its two ends only: the first and
/// last [`END_KEY`] of them. Equal texts have equal keys; the rare unequal texts with
/// equal keys are told apart by [`full_hash`]. Inlined where [`paragraphs`] calls it once a
/// paragraph: the lanes' few instructions cost less than a call.
#[inline(always)]
fn ends_key(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let front = match front_key_in_lanes(bytes) {
        Some(acc) => EndHasher { acc, n: END_KEY },
        None => front_key(text),
    };
    let back = match back_key_in_lanes(bytes) {
        Some(acc) => EndHasher { acc, n: END_KEY },
        None => back_key(text),
    };
    let h = (front.acc ^ (front.n as u64)).wrapping_mul(Hasher::K).rotate_left(29) ^ back.acc;
    (h ^ (h >> 31)).wrapping_mul(Hasher::K)
}

/// The lanes of an eight-byte word (read little-endian) holding an ASCII letter or digit,
/// among the lanes `ascii` (a non-ASCII byte's lane is cleared of its high bit first, so
/// that no sum carries out of it).
#[inline(always)]
fn alnum_lanes(word: u64, ascii: u64) -> u64 {
    let x = word & !HIGH;
    (lanes_in(x | 0x2020_2020_2020_2020, b'a', b'z') | lanes_in(x, b'0', b'9')) & ascii
}

/// [`ends_key`]'s front word when the text's first eight bytes hold [`END_KEY`] ASCII
/// letters or digits before any other byte outside ASCII: found by lane masks, without the
/// byte loop of [`front_key`] (most paragraphs open so).
#[inline(always)]
fn front_key_in_lanes(bytes: &[u8]) -> Option<u64> {
    // An opening quote or dash (U+2000..U+203F, no letter among them) adds nothing to the
    // key: the lanes are read after it.
    let bytes = match bytes {
        [0xE2, 0x80, 0x80..=0xBF, rest @ ..] => rest,
        _ => bytes,
    };
    let word = u64::from_le_bytes(<[u8; 8]>::try_from(bytes.get(..8)?).ok()?);
    let high = word & HIGH;
    // The lanes before the first non-ASCII byte (all when there is none).
    let ascii = (high & high.wrapping_neg()).wrapping_sub(1) & HIGH;
    let mut alnum = alnum_lanes(word, ascii);
    // Most paragraphs open with a word of four letters or more: its four bytes, lined up
    // at the first letter, are the key's word as they stand (the first in the top byte).
    let first = alnum.trailing_zeros() & !7;
    if alnum != 0 && (alnum >> first) & 0x8080_8080 == 0x8080_8080 {
        return Some(u64::from(((word >> first) as u32 | 0x2020_2020).swap_bytes()));
    }
    let mut acc = 0u64;
    for _ in 0..END_KEY {
        if alnum == 0 {
            return None;
        }
        let bit = alnum.trailing_zeros();
        alnum &= alnum - 1;
        // Digits have the 0x20 bit already; it lower-cases letters.
        acc = (acc << 8) | ((word >> (bit & !7)) & 0xff | 0x20);
    }
    Some(acc)
}

/// [`ends_key`]'s back word the same way, from the text's last eight bytes.
#[inline(always)]
fn back_key_in_lanes(bytes: &[u8]) -> Option<u64> {
    // A closing quote or an ellipsis likewise: the lanes are read before it.
    let bytes = match bytes {
        [rest @ .., 0xE2, 0x80, 0x80..=0xBF] => rest,
        _ => bytes,
    };
    let tail = bytes.get(bytes.len().checked_sub(8)?..)?;
    let word = u64::from_le_bytes(<[u8; 8]>::try_from(tail).ok()?);
    let high = word & HIGH;
    // The lanes after the last non-ASCII byte (all when there is none).
    let ascii = !u64::MAX.checked_shr(high.leading_zeros()).unwrap_or(0) & HIGH;
    let mut alnum = alnum_lanes(word, ascii);
    // Most paragraphs end in a word of four letters or more (before a stop): the four
    // bytes up to its last letter, read little-endian, are the key's word as they stand.
    if let Some(low) = (63u32.saturating_sub(alnum.leading_zeros()) & !7).checked_sub(24) {
        if (alnum >> low) & 0x8080_8080 == 0x8080_8080 {
            return Some(u64::from((word >> low) as u32 | 0x2020_2020));
        }
    }
    let mut acc = 0u64;
    for _ in 0..END_KEY {
        if alnum == 0 {
            return None;
        }
        let bit = 63 - alnum.leading_zeros();
        alnum &= !(1u64 << bit);
        acc = (acc << 8) | ((word >> (bit & !7)) & 0xff | 0x20);
    }
    Some(acc)
}

/// [`ends_key`]'s front word by reading chars from the text's start.
#[inline(never)]
fn front_key(text: &str) -> EndHasher {
    let bytes = text.as_bytes();
    let mut front = EndHasher { acc: 0, n: 0 };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            i += 1;
            let f = ASCII_FOLD[usize::from(b)];
            if f != 0 {
                front.push(u64::from(f));
                if front.n == END_KEY {
                    break;
                }
            }
            continue;
        }
        let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or('\u{fffd}');
        i += c.len_utf8();
        if front.char(c) {
            break;
        }
    }
    front
}

/// [`ends_key`]'s back word by reading chars from the text's end.
#[inline(never)]
fn back_key(text: &str) -> EndHasher {
    let bytes = text.as_bytes();
    let mut back = EndHasher { acc: 0, n: 0 };
    let mut end = bytes.len();
    while let Some(&b) = end.checked_sub(1).and_then(|last| bytes.get(last)) {
        if b < 0x80 {
            end -= 1;
            let f = ASCII_FOLD[usize::from(b)];
            if f != 0 {
                back.push(u64::from(f));
                if back.n == END_KEY {
                    break;
                }
            }
            continue;
        }
        let c = text.get(..end).and_then(|r| r.chars().next_back()).unwrap_or('\u{fffd}');
        end = end.saturating_sub(c.len_utf8());
        if back.char(c) {
            break;
        }
    }
    back
}

/// The full hash of a paragraph's [`normalized`] text, equal for repeats.
///
/// As [`scan_exact`] hashes it, without its counts of words, bullets and quotes: the bytes
/// hashed are the same, so the hash is.
fn full_hash(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut hasher = Hasher::new();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if ASCII_FOLD[usize::from(b)] != 0 {
            // The run of ASCII letters and digits, up to eight bytes at a time.
            while let Some(chunk) = bytes.get(i..i + 8) {
                let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_be_bytes);
                let run = alnum_prefix(word);
                if run == 0 {
                    break;
                }
                // Digits have the 0x20 bit already; it lower-cases letters.
                let folded = (word | 0x2020_2020_2020_2020) >> (64 - 8 * run);
                hasher.bytes(folded, run);
                i += run as usize;
                if run < 8 {
                    break;
                }
            }
            while let Some(&f) = bytes.get(i).map(|&b| &ASCII_FOLD[usize::from(b)]) {
                if f == 0 {
                    break;
                }
                hasher.byte(f);
                i += 1;
            }
            continue;
        }
        if b < 0x80 {
            i += 1;
            continue;
        }
        let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or('\u{fffd}');
        i += c.len_utf8();
        if !is_general_punctuation(c) && c.is_alphanumeric() {
            let mut buf = [0u8; 4];
            for &b in fold_char(c).encode_utf8(&mut buf).as_bytes() {
                hasher.byte(b);
            }
        }
    }
    hasher.finish()
}

/// The hash of the first [`TEASER_KEY`] bytes of a paragraph's [`normalized`] text, as
/// [`scan_exact`] gives it: equal for a teaser and its full paragraph.
fn head_hash(text: &str) -> Option<u64> {
    let mut hasher = Hasher::new();
    let mut i = 0;
    while let Some(&b) = text.as_bytes().get(i) {
        if b < 0x80 {
            i += 1;
            let f = ASCII_FOLD[usize::from(b)];
            if f != 0 && hasher.byte(f) {
                return Some(hasher.finish());
            }
            continue;
        }
        let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or('\u{fffd}');
        i += c.len_utf8();
        if is_word_char(c) {
            let mut buf = [0u8; 4];
            for &b in fold_char(c).encode_utf8(&mut buf).as_bytes() {
                if hasher.byte(b) {
                    return Some(hasher.finish());
                }
            }
        }
    }
    None
}

/// The eight bytes at `i` as a little-endian word, and how many of them are the text's: at the
/// text's end the missing lanes are zero, which every lane test reads as "not this class".
#[inline]
fn chunk_at(bytes: &[u8], i: usize) -> (u64, usize) {
    match bytes.get(i..i + 8) {
        Some(chunk) => (<[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes), 8),
        None => {
            let mut buf = [0u8; 8];
            let tail = bytes.get(i..).unwrap_or_default();
            if let Some(dst) = buf.get_mut(..tail.len()) {
                dst.copy_from_slice(tail);
            }
            (u64::from_le_bytes(buf), tail.len())
        }
    }
}

/// The character at `at` (one the eight-byte lanes of [`scan`] and [`scan_lines`] do not
/// read: non-ASCII, or in a short tail) added to `counts`; returns its length in bytes.
#[inline]
fn count_char(text: &str, at: usize, after_space: &mut bool, counts: &mut Counts) -> usize {
    // The common non-ASCII chars of news text, '“', '”', '’', '—', '…' (U+2010..U+2027 and
    // U+2030..U+203F, bytes E2 80 90..A7 and B0..BF), are neither space nor letter: known
    // by their bytes, without decoding.
    if let (Some(0xE2), Some(0x80), Some(&last)) =
        (text.as_bytes().get(at), text.as_bytes().get(at + 1), text.as_bytes().get(at + 2))
    {
        if matches!(last, 0x90..=0xA7 | 0xB0..=0xBF) {
            // '“', '”', '„'.
            counts.has_quote |= matches!(last, 0x9C..=0x9E);
            if *after_space {
                // "“We": a letter or digit right after the mark makes the token a word (and
                // no bullet), as `token_opening` would find it, without its char loop.
                let next = text.as_bytes().get(at + 3).copied().unwrap_or(0x80);
                let class = if next < 0x80 { ASCII_CLASS[usize::from(next)] } else { 0 };
                if class & ALNUM != 0 {
                    counts.words += 1;
                    counts.lower_words += u32::from(class & LOWER != 0);
                } else {
                    *counts = counts.add(token_opening(text, at));
                }
            }
            *after_space = false;
            return 3;
        }
    }
    let c = text.get(at..).and_then(|r| r.chars().next()).unwrap_or('\u{fffd}');
    if is_token_space(c) {
        *after_space = true;
        return c.len_utf8();
    }
    counts.has_quote |= QUOTES.contains(&c);
    if *after_space {
        if is_word_char(c) {
            counts.words += 1;
            counts.lower_words += u32::from(c.is_lowercase());
        } else {
            *counts = counts.add(token_opening(text, at));
        }
    }
    *after_space = false;
    c.len_utf8()
}

/// Words, lower-case words, bullet separators and quote marks as [`scan_exact`] counts
/// them, and [`ends_key`] in place of its hashes, which cost more than all the rest of
/// clean-up. Runs of ASCII are taken eight bytes at a time as lane masks: a word starts at
/// a letter or digit after white space; the rare token opening with punctuation ("(the",
/// "“We", "-") is read on its own.
fn scan(text: &str) -> Scan {
    let bytes = text.as_bytes();
    let mut out = Counts {
        // Curly and angle quotes are looked for below, where non-ASCII text is decoded.
        has_quote: memchr::memchr(b'"', bytes).is_some(),
        ..Counts::default()
    };
    // Words and lower-case words, packed by `count_openings`.
    let mut packed = 0u64;
    // Whether the byte before is white space (or the text's start).
    let mut after_space = true;
    let mut i = 0;
    while i < bytes.len() {
        // Whole words of ASCII, the common case, in a loop of their own: no partial lanes,
        // fixed shifts, few live values.
        while let Some(chunk) = bytes.get(i..i + 8) {
            let word = <[u8; 8]>::try_from(chunk).map_or(HIGH, u64::from_le_bytes);
            if word & HIGH != 0 {
                break;
            }
            let mut ws = !lanes_above(word, 0x20) & HIGH;
            let control = !lanes_above(word, 0x1f) & HIGH;
            if control != 0 {
                ws = (ws & !control) | lanes_in(word, 0x09, 0x0d);
            }
            let after_ws = (ws << 8) | if after_space { LANE0 } else { 0 };
            // Tokens open at one byte in five or six of prose: each opening byte is looked
            // up in the class table, instead of classing all eight lanes.
            count_openings(text, word, !ws & after_ws & HIGH, i, &mut packed, &mut out.separators);
            after_space = ws >> 63 != 0;
            i += 8;
        }
        if i >= bytes.len() {
            break;
        }
        let (word, lanes) = chunk_at(bytes, i);
        // Lanes up to the first non-ASCII byte, or the text's end, go the fast way; a
        // non-ASCII byte's carries reach only the lanes after it, which are not used.
        let ascii = if word & HIGH == 0 && lanes == 8 {
            8
        } else {
            ((word & HIGH).trailing_zeros() / 8).min(lanes as u32)
        };
        if ascii > 0 {
            let valid = if ascii == 8 { HIGH } else { HIGH & ((1u64 << (8 * ascii)) - 1) };
            // Control bytes are rare: white space is then the bytes up to the space.
            let mut ws = !lanes_above(word, 0x20) & HIGH;
            let control = !lanes_above(word, 0x1f) & HIGH & valid;
            if control != 0 {
                ws = (ws & !control) | lanes_in(word, 0x09, 0x0d);
            }
            let after_ws = (ws << 8) | if after_space { LANE0 } else { 0 };
            count_openings(text, word, !ws & after_ws & valid, i, &mut packed, &mut out.separators);
            after_space = (ws >> (8 * ascii - 1)) & 1 != 0;
            i += ascii as usize;
            continue;
        }
        i += count_char(text, i, &mut after_space, &mut out);
    }
    unpack_openings(&mut out, &mut packed);
    Scan {
        words: out.words,
        lower_words: out.lower_words,
        separators: out.separators,
        has_quote: out.has_quote,
        hash: ends_key(text),
        head_hash: None,
    }
}

/// Counts the tokens opening at the set high bits of `starts`, lanes of the eight ASCII
/// bytes `word` read at `at`: a letter or digit opens a word, counted into `packed` (words
/// in the low half, lower-case words in the high: one table load and one add a word, and
/// [`unpack_openings`] once a line); anything else is read by [`token_opening`] into `out`.
#[inline(always)]
fn count_openings(
    text: &str,
    word: u64,
    mut starts: u64,
    at: usize,
    packed: &mut u64,
    separators: &mut u32,
) {
    while starts != 0 {
        // A lane's high bit is its byte's bit 7.
        let bit = starts.trailing_zeros();
        starts &= starts - 1;
        let counts = OPENING_COUNTS[usize::from((word >> (bit & !7)) as u8)];
        if counts != 0 {
            *packed += counts;
        } else {
            let (words, bullets) = packed_opening(text, at + (bit / 8) as usize);
            *packed += words;
            *separators += bullets;
        }
    }
}

/// [`count_openings`] reading each opening byte from `chunk` (the eight bytes at `at`)
/// rather than shifting it out of their word: fewer instructions a word.
#[inline(always)]
fn count_openings_in(
    text: &str,
    chunk: &[u8; 8],
    mut starts: u64,
    at: usize,
    packed: &mut u64,
    separators: &mut u32,
) {
    while starts != 0 {
        let lane = (starts.trailing_zeros() / 8) as usize & 7;
        starts &= starts - 1;
        let counts = chunk.get(lane).map_or(0, |&b| OPENING_COUNTS[usize::from(b)]);
        if counts != 0 {
            *packed += counts;
        } else {
            let (words, bullets) = packed_opening(text, at + lane);
            *packed += words;
            *separators += bullets;
        }
    }
}

/// [`token_opening`]'s counts as [`count_openings`] adds them: words and lower-case words
/// packed, and bullet separators. The scans' loops then keep only plain integers, which
/// stay in registers (a `Counts` added to there went to memory and back on every word).
#[cold]
#[inline(never)]
fn packed_opening(text: &str, at: usize) -> (u64, u32) {
    let counts = token_opening(text, at);
    (u64::from(counts.words) | u64::from(counts.lower_words) << 32, counts.separators)
}

/// Adds the words and lower-case words [`count_openings`] packed into `packed` to `out`,
/// and empties it.
#[inline(always)]
fn unpack_openings(out: &mut Counts, packed: &mut u64) {
    out.words += *packed as u32;
    out.lower_words += (*packed >> 32) as u32;
    *packed = 0;
}

/// What a word opening with each ASCII byte adds to [`count_openings`]'s packed counts: 1
/// for a letter or digit, and 1 << 32 more for a lower-case letter; 0 for any other byte
/// (read by [`token_opening`]).
const fn opening_counts() -> [u64; 256] {
    let mut table = [0u64; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_lowercase() {
            table[b] = 1 | 1 << 32;
        } else if c.is_ascii_alphanumeric() {
            table[b] = 1;
        }
        b += 1;
    }
    table
}

static OPENING_COUNTS: [u64; 256] = opening_counts();

/// Counts a token opening at `at` with neither space nor letter nor digit (rare: "(the",
/// "“We", "-"), for [`scan`] and [`scan_lines`]; kept out of line, and returning its counts
/// instead of adding to the caller's (whose address would then send them to memory), so
/// the scan's loop keeps its values in registers.
#[cold]
#[inline(never)]
fn token_opening(text: &str, at: usize) -> Counts {
    let word = first_word_char(text, at);
    Counts {
        words: u32::from(word.is_some()),
        lower_words: u32::from(word == Some(true)),
        separators: u32::from(bullet_token_at(text, at)),
        has_quote: false,
    }
}

fn features(text: &str, span: Span, lines: usize) -> Para {
    let scanned = scan(text);
    let counts = Counts {
        words: scanned.words,
        lower_words: scanned.lower_words,
        separators: scanned.separators,
        has_quote: scanned.has_quote,
    };
    para_of(text, span, lines, counts, scanned.hash)
}

/// A paragraph of `text` (at `span`) from the counts of its words and its repeat key: the
/// rest is read at its end.
#[inline(always)]
fn para_of(text: &str, span: Span, lines: usize, counts: Counts, hash: u64) -> Para {
    // A paragraph from the line records is trimmed already: text opening and ending in
    // ASCII other than white space needs no trimming to be looked at.
    let bytes = text.as_bytes();
    let trimmed_already = bytes.first().is_some_and(|&b| b.is_ascii() && !is_ascii_space(b))
        && bytes.last().is_some_and(|&b| b.is_ascii() && !is_ascii_space(b));
    let trimmed = if trimmed_already { text } else { text.trim_end() };
    let (final_punct, ends_with_period, ellipsis) = match trimmed.as_bytes().last() {
        // Most paragraphs end in a letter, a digit or a stop: no closing quote or bracket to
        // look behind, no char to decode.
        Some(b) if b.is_ascii_alphanumeric() => (false, false, false),
        Some(b'.') => {
            let ellipsis = trimmed.ends_with("...");
            (true, !ellipsis, ellipsis)
        }
        _ => {
            let last = trimmed.chars().next_back();
            let before_closers = trimmed.trim_end_matches(['"', '”', '’', '\'', ')', '»']);
            let ellipsis = trimmed.ends_with('…') || trimmed.ends_with("...");
            let final_punct = matches!(
                last,
                Some('.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ';' | ':' | '»')
            );
            (final_punct, before_closers.ends_with('.') && !ellipsis, ellipsis)
        }
    };
    Para {
        span,
        lines,
        words: counts.words,
        lower_words: counts.lower_words,
        separators: counts.separators,
        final_punct,
        ends_with_period,
        ellipsis,
        has_quote: counts.has_quote,
        lone_bullet: if trimmed_already {
            text.len() <= 3 && is_bullet_str(text)
        } else {
            is_bullet_str(text.trim())
        },
        hash,
        scanned: span,
        key_shared: false,
        dropped: None,
    }
}

/// `s.split(pattern)` for a `pattern` opening with a space (" and "): each match is found by
/// [`find_spaced`], leftmost first and without overlaps as `str::split` finds them, with no
/// searcher to set up (`str::split` built one for every part of every by-line, which cost
/// more than the splitting).
struct SpaceSplit<'a> {
    rest: Option<&'a str>,
    pattern: &'static str,
}

impl<'a> SpaceSplit<'a> {
    fn new(s: &'a str, pattern: &'static str) -> SpaceSplit<'a> {
        debug_assert!(pattern.starts_with(' '));
        SpaceSplit { rest: Some(s), pattern }
    }
}

impl<'a> Iterator for SpaceSplit<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match find_spaced(rest, self.pattern) {
            Some(at) => {
                self.rest = rest.get(at + self.pattern.len()..);
                rest.get(..at)
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// `s.find(pattern)` for a `pattern` opening with a space, as [`SpaceSplit`] finds it: by
/// a memchr jump to each of its second byte (rarer than the space: '/', '|', 'a'), a
/// compare around it.
fn find_spaced(s: &str, pattern: &str) -> Option<usize> {
    debug_assert!(pattern.starts_with(' ') && pattern.len() >= 2);
    let (bytes, key) = (s.as_bytes(), *pattern.as_bytes().get(1)?);
    memchr::memchr_iter(key, bytes).find_map(|hit| {
        let at = hit.checked_sub(1)?;
        bytes.get(at..).filter(|tail| tail.starts_with(pattern.as_bytes())).map(|_| at)
    })
}

/// Whether `s` may hold one of the joiners a by-line is split at after its commas (" and ",
/// " AND ", " & ", " with ", " in ", " - "): each is a space and then one of a few bytes.
/// Most by-lines hold none, and are split at their commas alone.
fn may_hold_spaced_joiner(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|w| w[0] == b' ' && matches!(w[1], b'a' | b'A' | b'&' | b'w' | b'i' | b'-'))
}

/// `tokens.join(" ")` for words of `part` in order: the slice of `part` they span when single
/// spaces part them (no allocation), else the joined words.
fn joined_words<'t>(part: &'t str, tokens: &[&'t str]) -> Cow<'t, str> {
    let at = |t: &str| t.as_ptr() as usize - part.as_ptr() as usize;
    if let (Some(first), Some(last)) = (tokens.first(), tokens.last()) {
        let (from, to) = (at(first), at(last) + last.len());
        let letters: usize = tokens.iter().map(|t| t.len()).sum();
        if let Some(spanned) = part.get(from..to) {
            let single_spaced = spanned.len() == letters + tokens.len() - 1
                && spanned.bytes().filter(|&b| b == b' ').count() == tokens.len() - 1;
            if single_spaced {
                return Cow::Borrowed(spanned);
            }
        }
    }
    Cow::Owned(tokens.join(" "))
}

/// `s.rfind(pattern)` for a `pattern` opening with a space: the last place it starts.
fn rfind_spaced(s: &str, pattern: &str) -> Option<usize> {
    debug_assert!(pattern.starts_with(' ') && pattern.len() >= 2);
    let (bytes, key) = (s.as_bytes(), *pattern.as_bytes().get(1)?);
    memchr::memrchr_iter(key, bytes).find_map(|hit| {
        let at = hit.checked_sub(1)?;
        bytes.get(at..).filter(|tail| tail.starts_with(pattern.as_bytes())).map(|_| at)
    })
}

/// Whether `b` is an ASCII byte `char::is_whitespace` accepts (it takes the vertical tab,
/// which `u8::is_ascii_whitespace` does not).
fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (0x09..=0x0d).contains(&b)
}

/// The byte length of `s`'s trailing white space, as `str::trim_end` cuts it.
fn trailing_space(s: &str) -> usize {
    let ascii = s.bytes().rev().take_while(|&b| is_ascii_space(b)).count();
    if ascii < s.len() && s.as_bytes().get(s.len() - ascii - 1).is_some_and(|&b| b >= 0x80) {
        s.len() - s.trim_end().len()
    } else {
        ascii
    }
}

/// `s.trim_end()`, by [`trailing_space`]: ASCII white space byte by byte, with no char
/// decoding (a dateline is taken apart by several trims).
fn trim_end_fast(s: &str) -> &str {
    s.get(..s.len() - trailing_space(s)).unwrap_or(s)
}

/// `str::split_whitespace` with an ASCII text split byte by byte: the metadata rules split
/// short lines into words many times a record, and the std splitter decodes and classifies
/// every char through a generic pattern searcher (several times the instructions a byte).
trait Words {
    /// The white-space separated words, as `split_whitespace` gives them.
    fn words(&self) -> WordIter<'_>;
}

impl Words for str {
    #[inline]
    fn words(&self) -> WordIter<'_> {
        if self.is_ascii() {
            WordIter::Ascii(self)
        } else {
            WordIter::Other(self.split_whitespace())
        }
    }
}

/// See [`Words`]. `Ascii` holds the rest of an ASCII text, where every byte offset is a
/// char boundary.
#[derive(Clone)]
enum WordIter<'a> {
    Ascii(&'a str),
    Other(std::str::SplitWhitespace<'a>),
}

impl<'a> Iterator for WordIter<'a> {
    type Item = &'a str;

    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        match self {
            WordIter::Ascii(rest) => {
                let bytes = rest.as_bytes();
                let Some(start) = bytes.iter().position(|&b| !is_ascii_space(b)) else {
                    *rest = "";
                    return None;
                };
                let tail = bytes.get(start..).unwrap_or_default();
                let end =
                    start + tail.iter().position(|&b| is_ascii_space(b)).unwrap_or(tail.len());
                let word = rest.get(start..end).unwrap_or_default();
                *rest = rest.get(end..).unwrap_or_default();
                Some(word)
            }
            WordIter::Other(words) => words.next(),
        }
    }
}

impl<'a> DoubleEndedIterator for WordIter<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        match self {
            WordIter::Ascii(rest) => {
                let bytes = rest.as_bytes();
                let Some(last) = bytes.iter().rposition(|&b| !is_ascii_space(b)) else {
                    *rest = "";
                    return None;
                };
                let head = bytes.get(..last).unwrap_or_default();
                let start = head.iter().rposition(|&b| is_ascii_space(b)).map_or(0, |at| at + 1);
                let word = rest.get(start..=last).unwrap_or_default();
                *rest = rest.get(..start).unwrap_or_default();
                Some(word)
            }
            WordIter::Other(words) => words.next_back(),
        }
    }
}

/// The first white-space separated token of `s`, as `s.split_whitespace().next()` gives it
/// (or ""), found byte by byte when `s` opens with ASCII up to an ASCII space.
fn first_token(s: &str) -> &str {
    let bytes = s.as_bytes();
    match bytes.iter().position(|&b| b >= 0x80 || is_ascii_space(b)) {
        None => s,
        Some(at) if at > 0 && bytes.get(at).is_some_and(|&b| b < 0x80) => {
            s.get(..at).unwrap_or_default()
        }
        Some(_) => s.split_whitespace().next().unwrap_or_default(),
    }
}

/// The lane masks of `x` holding the byte `b`, exactly (any byte values): a lane is zero
/// after the xor exactly when adding 0x7f to its low seven bits leaves its high bit clear.
#[inline(always)]
fn lanes_eq(x: u64, b: u8) -> u64 {
    let v = x ^ (ONES * u64::from(b));
    !(((v & !HIGH).wrapping_add(!HIGH)) | v) & HIGH
}

/// The byte length of `s`'s leading white space, as `str::trim_start` cuts it: ASCII white
/// space byte by byte, and the Unicode rules only when a non-ASCII char follows it.
fn leading_space(s: &str) -> usize {
    let ascii = s.bytes().take_while(|&b| is_ascii_space(b)).count();
    if s.as_bytes().get(ascii).is_some_and(|&b| b >= 0x80) {
        s.len() - s.trim_start().len()
    } else {
        ascii
    }
}

/// Ends the line from `start` to `end` (its line break or the text's end) into `lines`,
/// trimmed as `str::trim` cuts it. Its leading white space is measured here, once per line,
/// rather than watched for on every eight bytes.
#[inline(always)]
fn close_line(text: &str, start: usize, end: usize, counts: Counts, lines: &mut Vec<Line>) {
    // One slice and its two ends, rather than each end's bounds checked apart.
    let Some(raw) = text.as_bytes().get(start..end) else {
        lines.push(if end <= start {
            Line { span: Span::new(start, start), indent: 0, counts, first: 0, last: 0 }
        } else {
            trimmed_line(text, start, end, counts)
        });
        return;
    };
    let (Some(&first), Some(&last)) = (raw.first(), raw.last()) else {
        lines.push(Line { span: Span::new(start, end), indent: 0, counts, first: 0, last: 0 });
        return;
    };
    // An ASCII byte other than white space at both ends, as nearly every line has: nothing
    // to trim, and no char to decode.
    let plain = |b: u8| b.is_ascii() && !is_ascii_space(b);
    let line = if plain(first) && plain(last) {
        Line { span: Span::new(start, end), indent: 0, counts, first, last }
    } else if !ends_unspaced(last) {
        trimmed_line(text, start, end, counts)
    } else if opens_unspaced(raw) {
        // A curly quote or another char outside ASCII at an end (quoted paragraphs open
        // and close on one): still nothing to trim.
        Line { span: Span::new(start, end), indent: 0, counts, first, last }
    } else if is_ascii_space(first) {
        // An indented line (wire copy indents its paragraphs' first lines): ASCII white
        // space before a char other than white space, still without a char to decode.
        let indent = raw.iter().take_while(|&&b| is_ascii_space(b)).count();
        match raw.get(indent..) {
            Some(rest @ [first, ..]) if opens_unspaced(rest) => Line {
                span: Span::new(start + indent, end),
                indent: u32::try_from(indent).unwrap_or(u32::MAX),
                counts,
                first: *first,
                last,
            },
            _ => trimmed_line(text, start, end, counts),
        }
    } else {
        trimmed_line(text, start, end, counts)
    };
    lines.push(line);
}

/// Whether `bytes` (opening at a char boundary of valid UTF-8) certainly open with a char
/// other than white space: an ASCII byte other than white space, or a char outside ASCII
/// none of `char::is_whitespace`'s (U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028,
/// U+2029, U+202F, U+205F, U+3000), told from its bytes without decoding it.
#[inline(always)]
fn opens_unspaced(bytes: &[u8]) -> bool {
    match bytes {
        [] => false,
        [b, ..] if b.is_ascii() => !is_ascii_space(*b),
        [0xC2, 0x85 | 0xA0, ..]
        | [0xE1, 0x9A, 0x80, ..]
        | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
        | [0xE2, 0x81, 0x9F, ..]
        | [0xE3, 0x80, 0x80, ..] => false,
        _ => true,
    }
}

/// Whether the char a line's last byte `last` ends is certainly not white space: an ASCII
/// byte other than white space, or a last byte none of the white space chars outside ASCII
/// ends in (see [`opens_unspaced`]; '”' ends in 0x9D, '’' in 0x99).
#[inline(always)]
fn ends_unspaced(last: u8) -> bool {
    if last.is_ascii() {
        !is_ascii_space(last)
    } else {
        !matches!(last, 0x80..=0x8A | 0x9F | 0xA0 | 0xA8 | 0xA9 | 0xAF)
    }
}

/// The line from `start` to `end` trimmed as `str::trim` cuts it, by the Unicode rules when
/// a char outside ASCII is at either end of its white space.
#[inline(never)]
fn trimmed_line(text: &str, start: usize, end: usize, counts: Counts) -> Line {
    let raw = text.get(start..end).unwrap_or_default();
    let indent = leading_space(raw);
    let content_len = raw.len() - indent - trailing_space(raw.get(indent..).unwrap_or_default());
    let content = raw.as_bytes().get(indent..indent + content_len).unwrap_or_default();
    Line {
        span: Span::new(start + indent, start + indent + content_len),
        indent: u32::try_from(indent).unwrap_or(u32::MAX),
        counts,
        first: content.first().copied().unwrap_or(0),
        last: content.last().copied().unwrap_or(0),
    }
}

/// For eight bytes (read little-endian) holding bytes outside ASCII but no control byte:
/// the lanes opening a char of U+2010..U+2027 or U+2030..U+203F (bytes E2 80 90..A7 and
/// B0..BF: curly quotes, dashes, bullets, ellipses), when every byte outside ASCII is one
/// of those chars' and each char lies wholly in the eight bytes; `None` otherwise. Those
/// chars are neither space nor letter, so [`scan_lines`] reads such words in lanes as it
/// reads ASCII, rather than leaving them for a char at a time.
#[inline(always)]
fn punctuation_lanes(word: u64) -> Option<u64> {
    let high = word & HIGH;
    let lead = lanes_eq(word, 0xE2);
    let second = lead << 8;
    let third = lead << 16;
    let x = word & !HIGH;
    // Low seven bits 0x10..0x27 and 0x30..0x3f: third bytes 0x90..0xA7 and 0xB0..0xBF.
    let in_range = lanes_in(x, 0x10, 0x27) | lanes_in(x, 0x30, 0x3f);
    let whole = lead & 0x8080_0000_0000_0000 == 0
        && high == lead | second | third
        && lead & (second | third) == 0
        && lanes_eq(word, 0x80) & second == second
        && in_range & third == third;
    whole.then_some(lead)
}

/// The lines of `text` into `lines` (emptied first), with the counts of their words, in
/// one pass over the text: sixteen or eight ASCII bytes at a time as lane masks for white
/// space, token openings and line breaks, as [`scan`] reads a paragraph (its '"' found by
/// memchr, once per line holding one); eight bytes holding curly quotes and dashes too
/// (see [`punctuation_lanes`]). The state lives in locals, which the compiler keeps in
/// registers (through a struct's methods it went to memory and back on every eight bytes).
#[inline(never)]
fn scan_lines(text: &str, lines: &mut Vec<Line>) {
    let bytes = text.as_bytes();
    lines.clear();
    // The line's counts as plain integers, which the loops keep in registers: words and
    // lower-case words packed by `count_openings`, bullet separators, and whether a quote
    // mark was seen.
    let mut packed = 0u64;
    let mut separators = 0u32;
    let mut quote = false;
    // The line's first byte.
    let mut line_start = 0;
    // The next '"' at or after the line's start: one search per line holding one, instead
    // of looking for it in every eight bytes. Each search starts past the last one's find.
    let mut next_quote = memchr::memchr(b'"', bytes).unwrap_or(usize::MAX);
    // `LANE0` when the byte before is white space (or the text's start), else 0: the lane
    // mask of a token opening at the next word's first byte.
    let mut after = LANE0;
    let mut i = 0;
    macro_rules! close {
        ($end:expr) => {{
            let end: usize = $end;
            if next_quote < end {
                quote = true;
                next_quote = bytes
                    .get(end..)
                    .and_then(|rest| memchr::memchr(b'"', rest))
                    .map_or(usize::MAX, |at| end + at);
            }
            let counts = Counts {
                words: packed as u32,
                lower_words: (packed >> 32) as u32,
                separators,
                has_quote: quote,
            };
            close_line(text, line_start, end, counts, lines);
            (packed, separators, quote) = (0, 0, false);
            line_start = end + 1;
        }};
    }
    // Reads the lanes `$valid` (the first `$n`) of the ASCII bytes `$word` read at `$at`.
    macro_rules! lanes {
        ($word:expr, $valid:expr, $n:expr, $at:expr) => {{
            let (word, valid, at): (u64, u64, usize) = ($word, $valid, $at);
            // Control bytes are rare: white space is then the bytes up to the space, and
            // a line break is one of them.
            let mut ws = !lanes_above(word, 0x20) & HIGH;
            let control = !lanes_above(word, 0x1f) & HIGH & valid;
            if control == 0 {
                let starts = !ws & ((ws << 8) | after) & valid;
                count_openings(text, word, starts, at, &mut packed, &mut separators);
            } else {
                ws = (ws & !control) | lanes_in(word, 0x09, 0x0d);
                let mut starts = !ws & ((ws << 8) | after) & valid;
                let mut breaks = lanes_eq(word, b'\n') & valid;
                while breaks != 0 {
                    let lane = breaks.trailing_zeros() / 8;
                    breaks &= breaks - 1;
                    let before = (1u64 << (8 * lane)) - 1;
                    count_openings(text, word, starts & before, at, &mut packed, &mut separators);
                    starts &= !before;
                    close!(at + lane as usize);
                }
                count_openings(text, word, starts, at, &mut packed, &mut separators);
            }
            after = (ws >> (8 * $n - 8)) & LANE0;
        }};
    }
    while i < bytes.len() {
        loop {
            // The common case in loops of their own, with few live values: ASCII bytes
            // without a control byte (so without a line break: white space is the spaces),
            // sixteen at a time as two words, then eight.
            while let Some(pair) = bytes.get(i..i + 16) {
                let (Some(a), Some(b)) = (pair.first_chunk::<8>(), pair.last_chunk::<8>()) else {
                    break;
                };
                let (w0, w1) = (u64::from_le_bytes(*a), u64::from_le_bytes(*b));
                // A byte outside ASCII, or a control byte (below 0x20, so that adding 0x60
                // leaves its high bit clear; a carry out of a byte outside ASCII can hide
                // one, but that byte stops the loop anyway).
                let control = !(w0.wrapping_add(ONES * 0x60) & w1.wrapping_add(ONES * 0x60));
                if (w0 | w1 | control) & HIGH != 0 {
                    break;
                }
                let ws0 = !lanes_above(w0, 0x20) & HIGH;
                let ws1 = !lanes_above(w1, 0x20) & HIGH;
                let starts0 = !ws0 & ((ws0 << 8) | after);
                count_openings_in(text, a, starts0, i, &mut packed, &mut separators);
                let starts1 = !ws1 & ((ws1 << 8) | (ws0 >> 56));
                count_openings_in(text, b, starts1, i + 8, &mut packed, &mut separators);
                after = ws1 >> 56;
                i += 16;
            }
            let Some(chunk) = bytes.get(i..i + 8).and_then(|c| c.first_chunk::<8>()) else {
                break;
            };
            let word = u64::from_le_bytes(*chunk);
            let high = word & HIGH;
            if high == 0 {
                lanes!(word, HIGH, 8, i);
                i += 8;
                continue;
            }
            // Curly quotes and dashes among ASCII without a control byte: their bytes are
            // lanes neither space nor letter.
            let x = word & !HIGH;
            if !lanes_above(x, 0x1f) & !high & HIGH != 0 {
                break;
            }
            let Some(lead) = punctuation_lanes(word) else { break };
            let ws = !lanes_above(x, 0x20) & !high & HIGH;
            let starts = !ws & ((ws << 8) | after) & HIGH;
            count_openings_in(text, chunk, starts & !lead, i, &mut packed, &mut separators);
            let mut marks = starts & lead;
            while marks != 0 {
                let at = i + (marks.trailing_zeros() / 8) as usize;
                marks &= marks - 1;
                // "“We": a letter or digit right after the mark makes the token a word (and
                // no bullet), as `token_opening` would find it, without its char loop.
                let next = bytes.get(at + 3).copied().unwrap_or(0x80);
                let word = OPENING_COUNTS[usize::from(next)];
                if word != 0 {
                    packed += word;
                } else {
                    let (words, bullets) = packed_opening(text, at);
                    packed += words;
                    separators += bullets;
                }
            }
            // '“', '”', '„': third bytes 0x9C..0x9E.
            quote |= lanes_in(x, 0x1c, 0x1e) & (lead << 16) != 0;
            after = ws >> 56;
            i += 8;
        }
        if i >= bytes.len() {
            break;
        }
        let (word, lanes) = chunk_at(bytes, i);
        // Lanes up to the first non-ASCII byte, or the text's end; a non-ASCII byte's
        // carries reach only the lanes after it, which are not used.
        let ascii = ((word & HIGH).trailing_zeros() / 8).min(lanes as u32);
        if ascii > 0 {
            let valid = if ascii == 8 { HIGH } else { HIGH & ((1u64 << (8 * ascii)) - 1) };
            lanes!(word, valid, ascii, i);
            i += ascii as usize;
            continue;
        }
        // No line break is here: it is ASCII.
        let mut after_space = after != 0;
        let mut counts = Counts::default();
        i += count_char(text, i, &mut after_space, &mut counts);
        packed += u64::from(counts.words) | u64::from(counts.lower_words) << 32;
        separators += counts.separators;
        quote |= counts.has_quote;
        after = if after_space { LANE0 } else { 0 };
    }
    let counts = Counts {
        words: packed as u32,
        lower_words: (packed >> 32) as u32,
        separators,
        has_quote: quote || next_quote < text.len(),
    };
    close_line(text, line_start, text.len(), counts, lines);
}

/// Whether a block of consecutive non-blank lines is prose wrapped at a fixed width (wire
/// copy), whose line breaks are not paragraph breaks: the reference [`BlockFacts::wrapped`]
/// is held to.
#[cfg(test)]
fn is_wrapped(text: &str, block: &[Line]) -> bool {
    if block.len() < 2 {
        return false;
    }
    let short_enough = block.iter().filter(|l| l.span.len() <= 110).count();
    if short_enough * 10 < block.len() * 9 {
        return false;
    }
    // A wrapped line break falls inside a sentence: the next line goes on in lower case.
    let continued = block
        .iter()
        .skip(1)
        .filter(|l| match l.first {
            // As `continues_sentence` decides by an ASCII first byte other than a digit.
            b if b.is_ascii_lowercase() => true,
            b if b.is_ascii() && !b.is_ascii_digit() => false,
            _ => continues_sentence(text.get(l.span.range()).unwrap_or_default()),
        })
        .count();
    continued >= 1 && continued * 4 >= block.len() - 1
}

/// What [`is_wrapped`] and the wrapped split ask of a block's lines, gathered line by line
/// as [`paragraphs`] finds the block's end.
struct BlockFacts {
    /// Lines of at most 110 bytes.
    short: usize,
    /// Lines after the first that go on with the sentence before ([`continues_sentence`]).
    continued: usize,
    min_indent: u32,
    /// The longest line's length.
    width: usize,
}

impl BlockFacts {
    #[inline(always)]
    fn add(&mut self, text: &str, line: &Line, after_first: bool) {
        let len = line.span.len();
        self.short += usize::from(len <= 110);
        self.min_indent = self.min_indent.min(line.indent);
        self.width = self.width.max(len);
        if after_first {
            self.continued += usize::from(line_continues(text, line));
        }
    }

    /// [`is_wrapped`] of the block of `lines` lines these facts were gathered from.
    fn wrapped(&self, lines: usize) -> bool {
        lines >= 2
            && self.short * 10 >= lines * 9
            && self.continued >= 1
            && self.continued * 4 >= lines - 1
    }
}

/// [`continues_sentence`] of a line, decided by its first byte when that is ASCII other
/// than a digit.
#[inline(always)]
fn line_continues(text: &str, line: &Line) -> bool {
    match line.first {
        b if b.is_ascii_lowercase() => true,
        b if b.is_ascii() && !b.is_ascii_digit() => false,
        _ => continues_sentence(text.get(line.span.range()).unwrap_or_default()),
    }
}

/// Whether a line of a wrapped block goes on with the sentence of the line before: it
/// opens in lower case or with a digit, and is no numbered item ("1. Typhoon …"), which
/// opens a line of a list. Decided by the first byte when it is ASCII.
fn continues_sentence(next: &str) -> bool {
    let Some(&first) = next.as_bytes().first() else { return false };
    if first.is_ascii_lowercase() {
        return true;
    }
    if first.is_ascii_digit() {
        let numbered =
            next.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with(['.', ')'])
                && next.words().next().is_some_and(|w| w.len() <= 4);
        return !numbered;
    }
    // A non-ASCII first char is no digit, and no numbered item opens with it.
    !first.is_ascii() && next.chars().next().is_some_and(char::is_lowercase)
}

/// Paragraph spans: blank lines separate; in a wrapped block, an indented line or the short
/// last line of a sentence ends a paragraph; otherwise each line is a paragraph.
#[inline(never)]
fn paragraphs(text: &str, lines: &[Line], paras: &mut Vec<Para>) {
    paras.clear();
    paras.reserve(lines.len());
    let mut i = 0;
    while i < lines.len() {
        if lines.get(i).is_some_and(|l| l.span.is_empty()) {
            i += 1;
            continue;
        }
        // A block of one line (a line between blank ones) is no wrapped block; a longer one
        // is read once for its end and what `is_wrapped` and the wrapped split ask of its
        // lines (four passes did).
        let mut block_end = i + 1;
        let mut facts = None;
        if lines.get(i + 1).is_some_and(|l| !l.span.is_empty()) {
            let mut f = BlockFacts { short: 0, continued: 0, min_indent: u32::MAX, width: 0 };
            block_end = i;
            while let Some(line) = lines.get(block_end).filter(|l| !l.span.is_empty()) {
                f.add(text, line, block_end > i);
                block_end += 1;
            }
            facts = Some(f);
        }
        let block = lines.get(i..block_end).unwrap_or_default();
        // A paragraph's counts are its lines': no second pass over its bytes.
        let mut push = |lines: &[Line]| push_paragraph(text, lines, paras);
        if let Some(facts) = facts.filter(|f| f.wrapped(block.len())) {
            let (min_indent, width) = (facts.min_indent, facts.width);
            let mut start = 0;
            for k in 1..=block.len() {
                let ends = match (block.get(k - 1), block.get(k)) {
                    (_, None) => true,
                    (Some(prev), Some(line)) => {
                        line.indent > min_indent || {
                            // '”' ends in 0x9D: only then is the text looked at.
                            let prev_ends_sentence =
                                matches!(prev.last, b'.' | b'!' | b'?' | b'"' | b':')
                                    || (prev.last == 0x9d
                                        && text
                                            .get(prev.span.range())
                                            .is_some_and(|t| t.ends_with('”')));
                            // A line opening with a letter or digit opens with no bullet:
                            // then only a sentence's end can break the paragraph, and most
                            // lines need no first word.
                            let opens_word = line.first.is_ascii_alphanumeric();
                            if opens_word && !prev_ends_sentence {
                                false
                            } else {
                                let line_text = text.get(line.span.range()).unwrap_or_default();
                                let first_word = first_token(line_text);
                                // A sentence end where the next line's first word would have
                                // fit: the writer broke the line on purpose.
                                let room_left = prev.span.len() + 1 + first_word.len() <= width;
                                is_bullet_str(first_word) || (prev_ends_sentence && room_left)
                            }
                        }
                    }
                    (None, Some(_)) => false,
                };
                if ends {
                    push(block.get(start..k).unwrap_or_default());
                    start = k;
                }
            }
        } else {
            for line in block {
                push(std::slice::from_ref(line));
            }
        }
        i = block_end;
    }
}

/// Pushes the paragraph of `lines` (consecutive lines of `text`) to `paras`. Inlined at
/// [`paragraphs`]' two calls: a call a paragraph cost more than the rest of the glue.
#[inline(always)]
fn push_paragraph(text: &str, lines: &[Line], paras: &mut Vec<Para>) {
    let (Some(first), Some(last)) = (lines.first(), lines.last()) else { return };
    let span = Span::new(first.span.start, last.span.end);
    // Most paragraphs are one line: its counts, without the loop's set-up.
    let counts = match lines {
        [line] => line.counts,
        _ => lines.iter().fold(Counts::default(), |sum, l| sum.add(l.counts)),
    };
    let s = text.get(span.range()).unwrap_or_default();
    paras.push(para_of(s, span, lines.len(), counts, ends_key(s)));
}

/// The letters and digits of `s`, lower-cased: what two printings of a paragraph share
/// whatever their quotes, dashes and white space (see [`scan`], which hashes the same).
fn normalized(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphanumeric()).map(fold_char)
}

/// The name part of a "Source: NAME" or "Copyright YEAR NAME. All rights reserved." line.
fn foot_source(s: &str) -> Option<&str> {
    let starts =
        |prefix: &str| s.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    if starts("source:") {
        return s.get(7..);
    }
    let rest = if starts("copyright") { s.get(9..)? } else { s.strip_prefix('©')? };
    let rest = rest.trim_start().trim_start_matches('©').trim_start();
    let rest =
        rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ',').trim_start();
    let rest = rest.strip_prefix("The ").unwrap_or(rest);
    let end =
        rest.find(". ").or_else(|| rest.strip_suffix('.').map(str::len)).unwrap_or(rest.len());
    rest.get(..end)
}

/// How many leading bytes must hold no upper-case letter for a text to count as written in
/// lower case.
const LOWER_CASE_PROBE: usize = 2000;

fn has_upper_case(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_uppercase())
        || (!s.is_ascii() && s.chars().any(char::is_uppercase))
}

/// At most the first `max` bytes of `s`, cut on a character boundary.
fn head_of(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or(s)
}

/// Fragments every caption pattern holds, searched before running the caption regex.
const CAPTION_HINTS: &[&str] =
    &["hoto", "HOTO", "mage:", "MAGE:", "ictured", "ICTURED", "etty", "ETTY"];

/// The places of [`CAPTION_HINTS`] in a record's text, met paragraph by paragraph in text
/// order. No hint holds white space, which separates paragraphs, and none can overlap
/// another (no hint's end opens a hint), so the searcher's non-overlapping matches are all
/// the places, each inside one paragraph.
///
/// The text is searched only when a paragraph is first asked about: a record whose
/// paragraphs are all settled by other rules is never searched. Skipping paragraphs
/// changes no answer, as each question passes the hints before its span anyway.
struct CaptionHints<'s, 't> {
    /// `None` without the hint searcher: every paragraph may then be a caption.
    found: Option<aho_corasick::packed::FindIter<'s, 't>>,
    /// The first hint not yet passed, once the search has begun (`None` inside: no more).
    next: Option<Option<aho_corasick::Match>>,
}

impl CaptionHints<'_, '_> {
    /// Whether a hint lies inside `span`; spans must come in text order.
    fn within(&mut self, span: Span) -> bool {
        let Some(found) = self.found.as_mut() else { return true };
        let mut next = match self.next {
            Some(next) => next,
            None => found.next(),
        };
        while next.is_some_and(|m| m.start() < span.start) {
            next = found.next();
        }
        self.next = Some(next);
        next.is_some_and(|m| m.end() <= span.end)
    }
}

/// "(LEAD) ", "(URGENT) ", "(2ND LD) ": a wire service's tag before its headline, skipped
/// when the headline's shape is judged (the title keeps it).
fn without_wire_tag(s: &str) -> &str {
    let Some(rest) = s.strip_prefix('(') else { return s };
    let Some(close) = rest.find(')') else { return s };
    let tag = rest.get(..close).unwrap_or_default();
    let is_tag = (2..=14).contains(&tag.len())
        && tag.words().count() <= 3
        && !tag.chars().any(char::is_lowercase)
        && tag.chars().any(char::is_alphabetic);
    if is_tag {
        rest.get(close + 1..).map_or(s, str::trim_start)
    } else {
        s
    }
}

/// Leading bullets and dashes some pages put before byline and menu lines.
#[inline]
fn strip_bullets(s: &str) -> &str {
    // Most lines open with a letter or digit: nothing to strip, and no char decoding (tested
    // where the line is, without a call).
    if s.as_bytes().first().is_some_and(|b| b.is_ascii_alphanumeric()) {
        return s;
    }
    strip_leading_bullets(s)
}

/// [`strip_bullets`] of a line opening with no ASCII letter or digit.
#[inline(never)]
fn strip_leading_bullets(s: &str) -> &str {
    // Most other lines open with a quote or a bracket: nothing to strip either, found
    // without the generic trimmer's set-up.
    if s.chars().next().map_or(true, |c| !is_bullet_or_space(c)) {
        return s;
    }
    s.trim_start_matches(is_bullet_or_space)
}

/// White space, or a bullet or dash of those [`strip_bullets`] strips ("-–—•·*|▪►»◦‣"),
/// told by a match rather than a search of the list.
fn is_bullet_or_space(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '•' | '·' | '*' | '|' | '▪' | '►' | '»' | '◦' | '‣')
        || c.is_whitespace()
}

const WEEKDAYS: &[&str] = &[
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
];

/// Words that open a line of page metadata or a rubric, never a place or an outlet.
const NOT_NAMES: &[&str] = &[
    "update",
    "updated",
    "note",
    "editor",
    "photo",
    "video",
    "watch",
    "read",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "comment",
    "live",
    "share",
    "related",
    "advertisement",
    "source",
    "sources",
    "warning",
    "also",
    "reporting",
    "writing",
    "editing",
    "published",
    "posted",
    "latest",
    "listen",
    "image",
    "pictures",
    "explainer",
    "factbox",
    "date",
    "modified",
    "created",
    "edited",
    "last",
    "by",
    "home",
    "news",
    "today",
    "yesterday",
    "tomorrow",
    "q",
    "a",
];

/// For each byte, the lengths (bit `len`, lengths of 31 and more sharing bit 31) of the
/// words of ASCII word lists opening with that byte in either case: a word whose first byte
/// and length match no listed word is on none of the lists.
const fn list_openers(lists: &[&[&str]]) -> [u32; 256] {
    let mut openers = [0u32; 256];
    let mut l = 0;
    while l < lists.len() {
        let list = lists[l];
        let mut w = 0;
        while w < list.len() {
            let bytes = list[w].as_bytes();
            if !bytes.is_empty() {
                let len = if bytes.len() < 31 { bytes.len() } else { 31 };
                openers[bytes[0].to_ascii_lowercase() as usize] |= 1 << len;
                openers[bytes[0].to_ascii_uppercase() as usize] |= 1 << len;
            }
            w += 1;
        }
        l += 1;
    }
    openers
}

/// Whether a word of some list [`list_openers`] made `openers` from may be `word`.
fn may_be_listed(openers: &[u32; 256], word: &str) -> bool {
    word.as_bytes()
        .first()
        .is_some_and(|&b| openers[usize::from(b)] & (1 << word.len().min(31)) != 0)
}

static NOT_NAME_OPENERS: [u32; 256] = list_openers(&[NOT_NAMES, WEEKDAYS]);

fn is_not_name(word: &str) -> bool {
    // Both lists are ASCII: compare without lower-casing into a new string, and only words
    // opening with a byte some listed word opens with, and only with the listed words
    // opening with it.
    static NOT_NAME_SET: OnceLock<WordSet> = OnceLock::new();
    // `trim_end_matches([':', '.', ','])` by bytes: the three are ASCII, so no cut falls
    // inside a char, and no char searcher is set up.
    let kept = word
        .as_bytes()
        .iter()
        .rposition(|b| !matches!(b, b':' | b'.' | b','))
        .map_or(0, |at| at + 1);
    let w = word.get(..kept).unwrap_or_default();
    may_be_listed(&NOT_NAME_OPENERS, w)
        && NOT_NAME_SET.get_or_init(|| WordSet::new(&[NOT_NAMES, WEEKDAYS])).contains(w)
}

/// Lower-case ASCII words grouped by their first byte: a word is compared, ignoring ASCII
/// case, only with the listed words opening like it (a scan of a whole list, run on many
/// words of every page's head, cost hundreds of instructions a word).
struct WordSet {
    /// The words opening with each byte, by their length ([`WordSet::bucket`]), each with
    /// its [`folded_key`] when it has one.
    by_opener: Vec<Vec<(&'static str, Option<u128>)>>,
}

/// The bytes of a word of up to sixteen bytes, ASCII letters lower-cased, in one integer
/// (zeros past its end): two words of one length are equal ignoring ASCII case exactly when
/// their keys are, and comparing keys costs one compare, not a loop over the bytes.
fn folded_key(word: &[u8]) -> Option<u128> {
    let mut buf = [0u8; 16];
    buf.get_mut(..word.len())?.copy_from_slice(word);
    for b in &mut buf {
        *b = b.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(buf))
}

/// Lengths a [`WordSet`] keeps apart; longer words share the last bucket.
const WORD_SET_LENGTHS: usize = 16;

impl WordSet {
    fn new(lists: &[&[&'static str]]) -> WordSet {
        let mut by_opener = vec![Vec::new(); 256 * WORD_SET_LENGTHS];
        for &word in lists.iter().flat_map(|list| list.iter()) {
            if let Some(bucket) = Self::bucket(word).and_then(|at| by_opener.get_mut(at)) {
                bucket.push((word, folded_key(word.as_bytes())));
            }
        }
        WordSet { by_opener }
    }

    /// Whether `word` is listed, in any ASCII case (a word with other bytes than the
    /// listed one's is not).
    fn contains(&self, word: &str) -> bool {
        let Some(bucket) = Self::bucket(word).and_then(|at| self.by_opener.get(at)) else {
            return false;
        };
        // Most buckets are empty: the word is folded only when one is not.
        if bucket.is_empty() {
            return false;
        }
        match folded_key(word.as_bytes()) {
            Some(key) => bucket.iter().any(|&(n, k)| n.len() == word.len() && k == Some(key)),
            None => {
                bucket.iter().any(|(n, _)| n.len() == word.len() && n.eq_ignore_ascii_case(word))
            }
        }
    }

    /// Where the words opening with `word`'s first byte (lower-cased) and of its length are
    /// kept: only words that may be equal are compared.
    fn bucket(word: &str) -> Option<usize> {
        let first = word.as_bytes().first()?.to_ascii_lowercase();
        Some(usize::from(first) * WORD_SET_LENGTHS + word.len().min(WORD_SET_LENGTHS - 1))
    }
}

fn is_capitalized_token(t: &str) -> bool {
    // ASCII bytes (most) by a table, in one pass: the char tests agree with the byte tests
    // on ASCII chars, so an ASCII byte outside the class fails the token either way, and
    // only a token reaching a non-ASCII byte is read by chars.
    let bytes = t.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_uppercase) {
        for &b in bytes {
            if b >= 0x80 {
                return capitalized_by_chars(t);
            }
            if !TOKEN_BYTES[usize::from(b)] {
                return false;
            }
        }
        return true;
    }
    !bytes.first().is_some_and(u8::is_ascii) && capitalized_by_chars(t)
}

fn capitalized_by_chars(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
        && t.chars().all(|c| c.is_alphanumeric() || "-&.'’/".contains(c))
}

/// The ASCII bytes a capitalized token may hold: letters, digits and `-&.'/`.
static TOKEN_BYTES: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'&' | b'.' | b'\'' | b'/');
        b += 1;
    }
    table
};

/// Whether `w` is a particle of a person's name ("de", "van", "bin"): all are two or three
/// bytes, which rules out most words before the list is searched.
fn is_name_particle(w: &str) -> bool {
    (2..=3).contains(&w.len()) && NAME_PARTICLES.contains(&w)
}

fn is_all_caps(t: &str) -> bool {
    if t.is_ascii() {
        return t.bytes().any(|b| b.is_ascii_alphabetic())
            && !t.bytes().any(|b| b.is_ascii_lowercase());
    }
    t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
}

/// Words that end a newspaper's or news site's name ("The Example Gazette").
const OUTLET_WORDS: &[&str] = &[
    "gazette",
    "times",
    "observer",
    "herald",
    "post",
    "courier",
    "ledger",
    "journal",
    "tribune",
    "chronicle",
    "daily",
    "express",
    "standard",
    "guardian",
    "telegraph",
    "mail",
    "sentinel",
    "examiner",
    "inquirer",
    "independent",
    "dispatch",
    "bulletin",
    "gazeta",
    "zeitung",
];

/// A name of two to five capitalized words ending in a newspaper word: "The Example Herald".
fn is_outlet_name(s: &str) -> bool {
    let mut words = 0;
    let mut last = "";
    for w in s.words() {
        if !is_capitalized_token(w) {
            return false;
        }
        words += 1;
        last = w;
    }
    (2..=5).contains(&words) && is_listed(OUTLET_WORDS, last)
}

/// Job words that follow an outlet or stand alone in a signature ("Reuters Staff").
const STAFF_WORDS: &[&str] = &[
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "desk",
    "bureau",
    "team",
    "editor",
    "editors",
];

static STAFF_OPENERS: [u32; 256] = list_openers(&[STAFF_WORDS]);

/// Whether `t` is one of [`STAFF_WORDS`]: an ASCII word is first ruled out by its first
/// byte and length, as most are.
fn is_staff_word(t: &str) -> bool {
    (!t.is_ascii() || may_be_listed(&STAFF_OPENERS, t)) && is_listed(STAFF_WORDS, t)
}

const NAME_PARTICLES: &[&str] =
    &["de", "da", "di", "del", "van", "von", "der", "al", "bin", "ibn", "le", "la"];

/// What a name after "By" or before a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameKind {
    Agency,
    Person,
}

#[derive(Clone, Debug)]
struct Candidate<T> {
    value: T,
    priority: u8,
    position: usize,
}

fn best<T: Clone>(candidates: &[Candidate<T>]) -> Option<T> {
    let mut best: Option<&Candidate<T>> = None;
    for c in candidates {
        // Highest priority wins; among equals, the first in the text.
        if best.map_or(true, |b| {
            c.priority > b.priority || (c.priority == b.priority && c.position < b.position)
        }) {
            best = Some(c);
        }
    }
    best.map(|c| c.value.clone())
}

#[derive(Default)]
struct Found {
    sources: Vec<Candidate<String>>,
    bylines: Vec<Candidate<String>>,
    dates: Vec<Candidate<PartialDate>>,
    dateline: Option<String>,
    /// Years the page writes elsewhere (see [`meta::YearHints`]).
    years: meta::YearHints,
}

impl Cleaner {
    /// Whether `name` is a listed agency or outlet (compared in lower case). An ASCII name
    /// is lower-cased on the stack: this runs on many lines of every page.
    fn is_agency(&self, name: &str) -> bool {
        if name.is_ascii() {
            if name.len() > self.agency_max_len {
                return false;
            }
            // An ASCII name equals a listed name only if that one is ASCII too, with the
            // same ends.
            if let (Some(&first), Some(&last)) = (name.as_bytes().first(), name.as_bytes().last()) {
                if !self.agency_ends.may_hold_len(first, last, name.len()) {
                    return false;
                }
            }
            let mut buf = [0u8; AGENCY_STACK];
            if let Some(lower) = buf.get_mut(..name.len()) {
                lower.copy_from_slice(name.as_bytes());
                lower.make_ascii_lowercase();
                return std::str::from_utf8(lower).is_ok_and(|l| self.agencies.contains(l));
            }
        }
        self.agencies.contains(&name.to_lowercase())
    }

    /// Cleans one record. Fields the record gives win over what the text suggests.
    ///
    /// The buffers come from one [`CleanScratch`] kept per thread (as [`Cleaner::clean_with`]
    /// keeps the caller's): a fresh one grew its lines and paragraphs from nothing for every
    /// record, reallocating them several times.
    pub fn clean(&self, record: &Record) -> Article {
        thread_local! {
            static SCRATCH: std::cell::RefCell<CleanScratch> =
                std::cell::RefCell::new(CleanScratch::new());
        }
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => {
                let article = self.clean_with(record, &mut scratch);
                // A huge record's buffers are not kept for the thread's lifetime.
                if scratch.lines.capacity() > KEPT_SCRATCH_LINES {
                    *scratch = CleanScratch::new();
                }
                article
            }
            // Only a clean-up inside a clean-up could find it borrowed; none does.
            Err(_) => self.clean_with(record, &mut CleanScratch::new()),
        })
    }

    /// Cleans one record as [`Cleaner::clean`] does, in buffers `scratch` keeps for the
    /// next record: a caller cleaning many records (one scratch per thread) saves
    /// allocating the lines and paragraphs of each.
    pub fn clean_with(&self, record: &Record, scratch: &mut CleanScratch) -> Article {
        self.clean_explained(record, scratch)
    }

    /// Every paragraph of the record with the reason it was dropped, or `None` for body
    /// paragraphs: for finding out why clean-up kept or lost a paragraph.
    pub fn explain(&self, record: &Record) -> Vec<(Span, Option<Dropped>)> {
        let mut scratch = CleanScratch::new();
        self.clean_explained(record, &mut scratch);
        scratch.paras.iter().map(|p| (p.span, p.dropped)).collect()
    }

    /// Cleans `record`, leaving its paragraphs in `scratch` for [`Cleaner::explain`].
    fn clean_explained(&self, record: &Record, scratch: &mut CleanScratch) -> Article {
        let text = record.text.as_str();
        let CleanScratch { lines, paras, hashes } = scratch;
        scan_lines(text, lines);
        paragraphs(text, lines, paras);
        repeat_hashes(text, paras, hashes);
        let paras = paras.as_mut_slice();
        let hashes = hashes.as_slice();
        self.drop_boilerplate(text, paras, hashes);

        // A text written wholly in lower case ("lagos, dec 9, 2020 - …") is read for dates and
        // datelines as if in capitals: ASCII upper-casing keeps every byte offset.
        let all_lower = !has_upper_case(head_of(text, LOWER_CASE_PROBE));
        let upper = all_lower.then(|| text.to_ascii_uppercase());
        let meta_text = upper.as_deref().unwrap_or(text);
        let (mut layout, story_dateline) = self.layout(meta_text, paras);
        // A lower-case page's masthead ("daily example | national") is read in capitals, as
        // its dates are; its name is given in capitals below.
        layout.masthead = meta::masthead(self, meta_text, lines);
        let title_found = self.find_title(text, paras, hashes, layout, all_lower);
        let title_at = title_found.map(|(i, _)| i);
        let title = record.title.clone().or_else(|| {
            // A headline wrapped over two lines is given on one.
            title_found.and_then(|(_, span)| text.get(span.range())).map(|t| {
                if t.contains('\n') {
                    t.words().collect::<Vec<_>>().join(" ")
                } else {
                    t.to_string()
                }
            })
        });
        // The standfirst under a headline often has no final stop ("…, officials say"); it is
        // the story's summary, not a list of other headlines.
        if let Some(deck) = title_at.and_then(|t| paras.get_mut(t + 1)) {
            let prose =
                deck.words >= 8 && deck.lower_words * 2 >= deck.words && deck.separators == 0;
            if prose && matches!(deck.dropped, Some(Dropped::NotSentence | Dropped::HeadlineList)) {
                deck.dropped = None;
            }
        }
        if let Some(title) = &title {
            let title_key = ends_key(title);
            let mut title_hash = None;
            for p in paras.iter_mut() {
                // Keys rule out nearly every paragraph; full hashes decide the rest.
                if p.hash == title_key && p.dropped.is_none() {
                    let title_hash = *title_hash.get_or_insert_with(|| full_hash(title));
                    if full_hash(text.get(p.scanned.range()).unwrap_or_default()) == title_hash {
                        p.dropped = Some(Dropped::Title);
                    }
                }
            }
        }

        let mut found = Found::default();
        self.scan_head(text, meta_text, paras, title_at, layout, &mut found);
        self.find_dateline(meta_text, paras, layout, story_dateline, &mut found);
        if all_lower {
            found.dateline = found.dateline.map(|d| d.to_lowercase());
        }
        drop_repeats(text, paras, hashes);
        if found.dates.is_empty() {
            meta::labelled_dates_at_foot(meta_text, paras, &mut found.dates);
        }

        let published = record
            .published
            .as_deref()
            .and_then(|p| parse_date(p, self.year))
            .or_else(|| meta::complete_year(best(&found.dates), &found.dates, &found.years));
        let meta = Metadata {
            title,
            source: record.source.clone().or_else(|| {
                best(&found.sources)
                    .or_else(|| meta::outlet_spoken_to(self, text, paras))
                    .map(|s| self.aliases.get(&s.to_lowercase()).cloned().unwrap_or(s))
            }),
            published,
            dateline: found.dateline,
            byline: best(&found.bylines),
        };
        // Sized once: a filtered collect grows the vector from nothing, reallocating it.
        let mut body = Vec::with_capacity(paras.iter().filter(|p| p.dropped.is_none()).count());
        body.extend(paras.iter().filter(|p| p.dropped.is_none()).map(|p| p.span));
        let words = paras.iter().filter(|p| p.dropped.is_none()).map(|p| p.words as usize).sum();
        Article { meta, body, words }
    }

    /// Where the caption hints occur in `text`, for [`CaptionHints::within`]: one search of
    /// the record, not one per paragraph (the searcher's set-up cost more than its scan).
    fn caption_hints<'s, 't>(&'s self, text: &'t str) -> CaptionHints<'s, 't> {
        CaptionHints {
            found: self.caption_hints.as_ref().map(|hints| hints.find_iter(text)),
            next: None,
        }
    }

    /// Where the one-word widget phrase opening `s` ends, as `widget_single` finds it.
    fn widget_single_end(&self, s: &str) -> Option<usize> {
        self.widget_single_phrases.end_in(s, ascii_boundary).unwrap_or_else(|| {
            self.widget_single.as_ref().and_then(|re| re.find(s)).map(|m| m.end())
        })
    }

    /// Whether a paragraph holds an attributed statement, which no boilerplate rule drops.
    fn attributed(&self, p: &Para, s: &str) -> bool {
        (p.has_quote || p.final_punct) && matches(&self.cue, s)
    }

    #[inline(never)]
    fn drop_boilerplate(&self, text: &str, paras: &mut [Para], hashes: &[u64]) {
        let n = paras.len();
        let mut caption_hints = self.caption_hints(text);
        for i in 0..n {
            let prev = i.checked_sub(1).and_then(|j| paras.get(j)).map(|p| (p.span, p.lone_bullet));
            let next = paras.get(i + 1).map(|p| (p.span, p.lone_bullet));
            let next_span = next.map(|(span, _)| span);
            // On the line right before or after, not across a blank line.
            let adjacent = |a: Span, b: Span| {
                text.get(a.end..b.start)
                    .is_some_and(|gap| gap.bytes().filter(|&b| b == b'\n').count() == 1)
            };
            let twin = |j: Option<usize>| j.and_then(|j| hashes.get(j)) == hashes.get(i);
            let Some(p) = paras.get_mut(i) else { continue };
            let s = text.get(p.span.range()).unwrap_or_default();
            if p.lone_bullet {
                p.dropped = Some(Dropped::HeadlineList);
                continue;
            }
            let stripped = strip_bullets(s);
            let single = may_open(&self.widget_single_openers, stripped)
                && self.widget_single_pairs.may_open(stripped)
                && self.widget_single_end(stripped).is_some_and(|end| {
                    let rest = stripped.get(end..).unwrap_or_default();
                    let rest_is_chrome =
                        rest.trim_start().chars().next().map_or(true, |c| !c.is_alphanumeric());
                    rest_is_chrome || !p.sentence_like()
                });
            // Anywhere in a short line; only at the start of a long one. Asked only when no
            // one-word phrase settled it (the tests are pure).
            let multi_here = || {
                if p.words < 12 {
                    matches(&self.widget_multi, stripped)
                } else {
                    may_open(&self.widget_multi_openers, stripped)
                        && self.widget_multi_pairs.may_open(stripped)
                        && self
                            .widget_multi_phrases
                            .end_in(stripped, non_word_or_end)
                            .unwrap_or_else(|| {
                                self.widget_multi_start
                                    .as_ref()
                                    .and_then(|re| re.find(stripped))
                                    .map(|m| m.end())
                            })
                            .is_some()
                }
            };
            // Captions are printed twice in a row on many pages (as image alt text, then
            // caption): a line immediately followed by the same line is one. The keys are
            // compared first: they rule out nearly every line without looking at the gap.
            let prev_bullet = prev.is_some_and(|(span, bullet)| bullet && adjacent(span, p.span));
            let next_bullet = next.is_some_and(|(span, bullet)| bullet && adjacent(p.span, span));
            let doubled =
                p.lines == 1 && twin(Some(i + 1)) && next_span.is_some_and(|n| adjacent(p.span, n));
            let reason = if single || multi_here() {
                Some(Dropped::Boilerplate)
            } else if doubled
                || (p.words <= 80 && caption_hints.within(p.span) && matches(&self.caption, s))
            {
                Some(Dropped::Caption)
            } else if p.separators >= 2 {
                Some(Dropped::Ticker)
            } else if (prev_bullet || next_bullet) && !p.ends_with_period && p.words <= 30 {
                Some(Dropped::HeadlineList)
            } else if !p.sentence_like() {
                Some(Dropped::NotSentence)
            } else {
                None
            };
            let keep = match reason {
                None => true,
                Some(Dropped::Boilerplate) => false,
                Some(Dropped::Caption) => p.has_quote && self.attributed(p, s),
                Some(_) => self.attributed(p, s),
            };
            if !keep {
                p.dropped = reason;
                if doubled {
                    if let Some(next) = paras.get_mut(i + 1) {
                        next.dropped = Some(Dropped::Caption);
                    }
                }
            }
        }
        // Related-headline lists: runs of three or more headline-shaped lines.
        let shaped = |p: &Para| p.headline_shaped() && (!p.final_punct || p.ends_with_question());
        let mut i = 0;
        while i < n {
            let run = paras.get(i..).unwrap_or_default().iter().take_while(|p| shaped(p)).count();
            if run >= 3 {
                for j in i..i + run {
                    let Some(p) = paras.get_mut(j) else { continue };
                    let s = text.get(p.span.range()).unwrap_or_default();
                    if p.dropped.is_none() && !self.attributed(p, s) {
                        p.dropped = Some(Dropped::HeadlineList);
                    }
                }
            }
            i += run.max(1);
        }
    }

    /// The headline's paragraph: a headline-shaped line before the story starts, preferring
    /// one printed twice or followed by a byline, source or date line.
    #[inline(never)]
    fn find_title(
        &self,
        text: &str,
        paras: &[Para],
        hashes: &[u64],
        layout: Layout,
        all_lower: bool,
    ) -> Option<(usize, Span)> {
        let story_starts = layout.story_start;
        let repeated = RepeatedKeys::new(hashes);
        let mut best: Option<(i32, usize, Span)> = None;
        // The site's name, tagline and menu are not the headline.
        let masthead_end = layout.masthead.map_or(0, |(_, end)| end);
        let masthead = layout.masthead.and_then(|(name, _)| text.get(name.range()));
        let mut follows = meta::FollowFacts::new(self, text, paras);
        for (i, p) in paras.iter().enumerate().take(story_starts) {
            if p.span.end <= masthead_end {
                continue;
            }
            // "home | news | sport\negypt-ethiopia dam row flares again": a headline printed
            // right under the site's menu, with no blank line, is read on its own.
            let under_menu = meta::line_after_masthead(text, p, masthead_end).filter(|h| {
                let hs = text.get(h.range()).unwrap_or_default();
                self.headline_like(&features(hs, *h, 1), hs, all_lower) && !meta::is_news_bar(hs)
            });
            let s = text.get(p.span.range()).unwrap_or_default();
            let span = if let Some(head) = under_menu {
                head
            } else if let Some(head) = meta::after_breadcrumb(p, s).filter(|h| {
                let hs = text.get(h.range()).unwrap_or_default();
                self.headline_like(&features(hs, *h, 1), hs, all_lower)
            }) {
                head
            } else if p.lines == 1 && self.headline_like(p, s, all_lower) {
                p.span
            } else if best.is_none()
                && p.lines == 1
                && self.headline_shape(p, s, all_lower)
                && follows.meta_follows(i)
            {
                // "Lula says X will not accept \"new conditions\"": a headline may quote
                // someone; a date or by-line under it shows it is one, unless a headline
                // came before it (a standfirst quotes too).
                p.span
            } else if p.lines == 1
                && (2..=3).contains(&p.words)
                && p.separators == 0
                && is_all_caps(s)
                && paras.get(i + 1).and_then(|q| text.get(q.span.range())).is_some_and(|q| {
                    q.words().count() <= 8
                        && (q.starts_with(|c: char| c.is_ascii_digit())
                            || find_dates(q, None).next().is_some())
                })
            {
                // "MARKETS ROUNDUP" right above its date line: a short headline in capitals.
                p.span
            } else if let Some(head) = self.headline_before_site_name(p, s, masthead) {
                head
            } else if p.separators == 1
                && meta::dash_joined_head(s).is_some_and(|head| {
                    let head_span = Span::new(p.span.start, p.span.start + head.len());
                    self.headline_like(&features(head, head_span, 1), head, all_lower)
                })
                && self.headline_like(&Para { separators: 0, ..p.clone() }, s, all_lower)
            {
                // "Talks to resume — minister": the dash is part of the headline.
                p.span
            } else if best.is_none()
                && p.lines == 1
                && p.separators == 1
                && meta::dash_kicker(s).is_some()
                && self.headline_shape(&Para { separators: 0, ..p.clone() }, s, all_lower)
                && follows.meta_follows(i)
            {
                // "LIVE: Grand final – Storm beat Panthers 26-12": a kicker the dash joins to
                // the headline; the date or by-line under it shows it is one.
                p.span
            } else if let Some(line) = meta::first_line(text, p).filter(|l| {
                let ls = text.get(l.range()).unwrap_or_default();
                self.headline_like(&features(ls, *l, 1), ls, all_lower)
            }) {
                line
            } else if headline_counts(p)
                && meta::is_title_case_headline(s)
                && self.headline_like(&Para { lower_words: 1, ..p.clone() }, s, all_lower)
            {
                // "Harbour Fees To Rise Next Spring": weighed below.
                p.span
            } else {
                continue;
            };
            // "Parliamentary Bureau Writer": a by-line's job title is no headline. Asked only
            // of the lines chosen above (the choice is pure, so asking first or last agrees).
            if p.lines == 1 && (meta::is_label_row(s) || meta::ends_in_job_title(s)) {
                continue;
            }
            // Nor is a cookie notice or a ticker of other headlines (tested on the few lines
            // shaped like a headline only).
            let chosen = text.get(span.range()).unwrap_or_default();
            if meta::mentions_cookies(chosen)
                || meta::is_slashed_ticker(chosen)
                || meta::is_age_notice(chosen)
                || meta::is_site_rubric(chosen, masthead)
                || meta::is_tagline_above_menu(text, span)
                // The line above first: most headlines have none right above them.
                || (meta::is_right_under_menu(text, span) && meta::is_news_bar(chosen))
            {
                continue;
            }
            let title_case = p.lower_words == 0 && !is_all_caps(s);
            let mut score = 0;
            if repeated.is_repeated(i) {
                score += 2;
            }
            if follows.meta_follows(i) {
                score += 2;
            }
            // Menus and section titles are written in Title Case too: such a line is the
            // headline only when a date or by-line follows it or it is printed twice, and a
            // headline in sentence case wins over it.
            if title_case {
                if score < 2 {
                    continue;
                }
                score -= 1;
            }
            if best.map_or(true, |(b, _, _)| score > b) {
                best = Some((score, i, span));
            }
        }
        best.map(|(_, i, span)| {
            (i, meta::without_field_label(text, meta::wrapped_headline(text, paras, i, span)))
        })
    }

    /// "Russia agrees to talks | World | Example Times": a page title printed with its
    /// section and site names. The headline is the first part, if the rest is short, and,
    /// after a dash, names a site: "Talks stall - Foreign Ministry" ends in its speaker, who
    /// is part of the headline.
    fn headline_before_site_name(&self, p: &Para, s: &str, masthead: Option<&str>) -> Option<Span> {
        if p.lines != 1
            || p.separators == 0
            || matches!(p.dropped, Some(Dropped::Boilerplate | Dropped::Caption))
        {
            return None;
        }
        let seps = [" | ", " - ", " – ", " — ", " :: ", " » "];
        let cut = seps.iter().filter_map(|sep| s.find(sep)).min()?;
        let head = s.get(..cut)?.trim_end();
        let tail = s.get(cut..)?;
        let parts =
            tail.split(|c: char| "|-–—:»".contains(c)).map(str::trim).filter(|t| !t.is_empty());
        let mut names_site = false;
        for t in parts {
            if t.words().count() > 4 || !meta::is_site_tail(t) {
                return None;
            }
            names_site = names_site || meta::names_site(self, t, masthead);
        }
        // A bar parts a page title from its section and site labels ("| World News"); a
        // dash also parts a headline from its speaker ("— WHO"), so after a dash only a
        // site's name is cut.
        let barred = [" | ", " :: ", " » "].iter().any(|sep| find_spaced(tail, sep).is_some());
        if !barred && !names_site {
            return None;
        }
        let span = Span::new(p.span.start, p.span.start + head.len());
        let head_para = features(head, span, 1);
        self.headline_like(&head_para, head, false).then_some(span)
    }

    /// In an `all_lower` text, a headline opens in lower case like everything else.
    fn headline_like(&self, p: &Para, s: &str, all_lower: bool) -> bool {
        self.headline_shape(p, s, all_lower) && !(p.has_quote && self.attributed(p, s))
    }

    /// A headline's shape, whether or not it quotes someone.
    fn headline_shape(&self, p: &Para, s: &str, all_lower: bool) -> bool {
        let s = without_wire_tag(s);
        // The paragraph's counts first, then its text (the tests are pure: their order
        // changes no answer).
        headline_counts(p)
            && (!p.ends_with_period || meta::ends_in_initialism(s))
            && (p.lower_words >= 1 || is_all_caps(s))
            && s.chars().next().is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || QUOTES.contains(&c)
                    // "‘I write the book I’m afraid of’: …" opens with a single quote.
                    || c == '‘'
                    || c == '\''
                    || (all_lower && c.is_lowercase())
            })
            && by_position(s).is_none()
            && find_dates(s, None).all(|(span, date)| date_in_running_words(s, span, date))
    }

    /// Sources, bylines and dates on the metadata lines of the article's head.
    #[inline(never)]
    fn scan_head(
        &self,
        text: &str,
        meta_text: &str,
        paras: &[Para],
        title_at: Option<usize>,
        layout: Layout,
        found: &mut Found,
    ) {
        // "Source: Xinhua" and "Copyright 2016 The Associated Press" lines, often at the
        // foot of the story: outlets only, and only when nothing better names one.
        for (i, p) in paras.iter().enumerate() {
            if p.lines != 1 || p.words > 12 {
                continue;
            }
            let s = strip_bullets(text.get(p.span.range()).unwrap_or_default());
            // Every line read here opens with "More from", "Source:", "Copyright" or '©' (its
            // first byte 0xC2): one byte test rules out most paragraphs.
            if !s.as_bytes().first().is_some_and(|&b| matches!(b | 0x20, b'm' | b's' | b'c' | 0xE2))
            {
                continue;
            }
            // "More from The Example Times": the site's own link list, named by a newspaper's
            // name shape.
            if let Some(site) = s
                .get(..10)
                .filter(|head| head.eq_ignore_ascii_case("more from "))
                .and_then(|_| s.get(10..))
                .map(|rest| rest.trim_end_matches([':', '.']).trim())
                .filter(|rest| is_outlet_name(rest))
            {
                found.sources.push(Candidate { value: site.to_string(), priority: 1, position: i });
                continue;
            }
            let Some(rest) = foot_source(meta::copyright_line(s)).map(meta::before_date_label)
            else {
                continue;
            };
            found.years.copyright(s);
            // "Source: AGENCY" credits the copy; a copyright line names the site, and so does
            // "Source: NAME" of a name not listed (a chart's "Source: Eurostat" is no credit).
            let credit = s.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("source:"));
            let mut foot = Found::default();
            self.names_after_by(rest, i, true, &mut foot);
            for mut c in foot.sources {
                let listed = self.is_agency(&c.value);
                c.priority = 1 + u8::from(credit && listed);
                found.sources.push(c);
            }
        }
        // "Example Gazette | Local News | Sport": a menu line above the headline naming the
        // site by a newspaper's name shape.
        for (i, p) in paras.iter().enumerate().take(title_at.unwrap_or(0)) {
            if p.lines != 1 || p.separators == 0 {
                continue;
            }
            let s = text.get(p.span.range()).unwrap_or_default();
            for part in s.split(['|', '•', '>']).map(str::trim) {
                if is_outlet_name(part) {
                    let value = part.to_string();
                    found.sources.push(Candidate { value, priority: 1, position: i });
                }
            }
        }
        // Wire copy signs off with the agency's name on a line of its own.
        // (The name trimmed only on a short line: trimming decodes chars.)
        if let Some((i, p)) =
            paras.iter().enumerate().next_back().filter(|(_, p)| p.lines == 1 && p.words <= 3)
        {
            let s = text.get(p.span.range()).unwrap_or_default();
            let name = s.trim_matches(|c: char| !c.is_alphanumeric());
            if self.is_agency(name) {
                found.sources.push(Candidate { value: name.to_string(), priority: 1, position: i });
            }
        }
        // An agency's sign-off credits the copy, above the name of the site printing it.
        if let Some((name, i)) = meta::sign_off(self, text, paras) {
            found.sources.push(Candidate { value: name, priority: 2, position: i });
        }
        if let Some(name) = title_at
            .and_then(|t| paras.get(t))
            .and_then(|p| text.get(p.span.range()))
            .and_then(|s| meta::site_after_headline(self, s))
        {
            let value = name.to_string();
            found.sources.push(Candidate { value, priority: 1, position: title_at.unwrap_or(0) });
        }
        let lead_start = title_at.map_or(layout.story_start, |t| t + 1);
        let lead =
            paras.get(lead_start..paras.len().min(layout.story_start + 3)).unwrap_or_default();
        meta::reports_in(self, text, lead, |k, name| {
            let value = name.to_string();
            found.sources.push(Candidate { value, priority: 1, position: lead_start + k });
        });
        if let Some(name) = layout.masthead.and_then(|(name, _)| text.get(name.range())) {
            // A lone word of three letters or fewer is an acronym ("abc" as "ABC").
            // A site going by its domain ("example24.com") is named as written.
            let value = if has_upper_case(name) || name.contains('.') {
                name.to_string()
            } else if name.len() <= 3 {
                name.to_ascii_uppercase()
            } else {
                meta::capitalized(name)
            };
            found.sources.push(Candidate { value, priority: 1, position: 0 });
        }
        let mut head_buf = meta::HeadLines::new();
        meta::head_meta_lines(text, paras, layout, &mut head_buf);
        let head_lines = head_buf.as_slice();
        // A lower-case page's by-line ("by kwabena osei") is read in capitals, as its dates
        // are, and its writer given as printed.
        let all_lower = !std::ptr::eq(text, meta_text);
        // A lower-case page's lines are read in capitals: the marks are the same, as `BY`
        // takes both cases.
        // On the stack for a head of up to `HEAD_MARKS` lines (nearly every page's): a
        // vector was allocated and freed for every record.
        let mark_line =
            |(_, line): &(usize, Span)| marks_of(text.get(line.range()).unwrap_or_default());
        let mut marks_on_stack = [0u16; HEAD_MARKS];
        let marks_on_heap: Vec<u16>;
        let head_marks: &[u16] = match marks_on_stack.get_mut(..head_lines.len()) {
            Some(slots) => {
                for (slot, line) in slots.iter_mut().zip(head_lines) {
                    *slot = mark_line(line);
                }
                slots
            }
            None => {
                marks_on_heap = head_lines.iter().map(mark_line).collect();
                &marks_on_heap
            }
        };
        for (&(i, line), &marks) in head_lines.iter().zip(head_marks) {
            let s = if all_lower { meta_text } else { text };
            let s = s.get(line.range()).unwrap_or_default();
            let bylines_before = found.bylines.len();
            // In lower case, "by" opens a by-line only at the line's start ("fares cut by
            // half" has no capital to tell it from one).
            let by_at = (marks & mark::BY != 0).then(|| by_position(s)).flatten().filter(|&at| {
                !all_lower
                    || at == 2
                    || s.get(..at).is_some_and(|h| h.eq_ignore_ascii_case("written by"))
            });
            if let Some(at) = by_at {
                let mut rest =
                    strip_bullets(s.get(at..).unwrap_or_default().trim_start_matches(':'));
                if rest.is_empty() {
                    // "— By" on its own line, the name on the next.
                    rest = paras
                        .get(i + 1)
                        .filter(|q| q.words <= 6)
                        .and_then(|q| text.get(q.span.range()))
                        .map(strip_bullets)
                        .unwrap_or_default();
                }
                self.names_after_by(rest, i, false, found);
            }
            if all_lower {
                for c in found.bylines.iter_mut().skip(bylines_before) {
                    c.value = c.value.to_lowercase();
                }
            }
            let s = text.get(line.range()).unwrap_or_default();
            let before_title = title_at.is_some_and(|t| i < t);
            let meta_s = meta_text.get(line.range()).unwrap_or_default();
            if marks & (mark::SLASH | mark::DASH) != 0 && marks & mark::DIGIT != 0 {
                found.years.day_month_order_unknown(meta_s);
            }
            // "KYODO" or "ARAB NEWS" on a line of its own under the headline credits the copy.
            if let Some(name) = meta::agency_line(self, s) {
                found.sources.push(Candidate { value: name.to_string(), priority: 2, position: i });
            }
            let dates = (marks & mark::DIGIT != 0).then(|| find_dates(meta_s, None));
            for (span, date) in dates.into_iter().flatten() {
                // "Minister sets Dec 15 deadline …": the headline's own date is news, not when
                // the page was printed.
                if title_at == Some(i) && date_in_running_words(s, span, date) {
                    continue;
                }
                let has_year = date.year().is_some();
                let date = match (date.year(), self.year) {
                    (None, Some(y)) => date.with_year(y),
                    _ => date,
                };
                let label = last_date_label(s.get(..span.start).unwrap_or_default());
                // A crawl stamp is never the story's date: it loses a tie with the page's
                // unlabelled date above the headline, whichever comes first.
                let crawled =
                    matches!(label, Some((_, "crawled" | "retrieved" | "accessed" | "fetched")));
                let priority = match label {
                    // When the page was read, not written.
                    Some((_, "crawled" | "retrieved" | "accessed" | "fetched")) => 0,
                    // Only when the page gives no other date.
                    Some((_, "updated" | "modified" | "edited")) => 1,
                    Some(_) => 3,
                    None if before_title => 0,
                    // Past the story's start, a date without year on a short line is more
                    // likely a table's ("Pay March 31") than the story's.
                    None if has_year || i <= layout.story_start => 2,
                    None => 1,
                };
                let position = if crawled { usize::MAX } else { i };
                found.dates.push(Candidate { value: date, priority, position });
                if label.is_none() && has_year {
                    self.name_before_date(s.get(..span.start).unwrap_or_default(), i, found);
                }
            }
        }
        meta::more_metadata(
            self,
            text,
            meta_text,
            paras,
            (head_lines, head_marks),
            title_at,
            layout,
            found,
        );
    }

    /// "By AFP" (source) or "By Fred Lambert" (byline), perhaps several joined by commas.
    ///
    /// On an `outlet_line` ("© 2021 Example Ledger"), a name is the outlet whatever its
    /// shape. After a person on a by-line, an unlisted name is where or what the person
    /// writes from ("By Jane Smith, Tokyo"), not an outlet.
    fn names_after_by<'r>(
        &self,
        rest: &'r str,
        position: usize,
        outlet_line: bool,
        found: &mut Found,
    ) {
        let mut after_person = false;
        let rest = match find_dates(rest, None).next() {
            Some((span, _)) => rest.get(..span.start).unwrap_or_default(),
            None => rest,
        };
        // "By Jane Doe (with AFP, dpa)": agencies' material in the writer's story, not its
        // source.
        // (`rest.split("(with ").next()`, found at a '(' by memchr: no searcher to set up.)
        let rest = memchr::memchr_iter(b'(', rest.as_bytes())
            .find(|&at| rest.as_bytes().get(at..).is_some_and(|t| t.starts_with(b"(with ")))
            .and_then(|at| rest.get(..at))
            .unwrap_or(rest);
        // Co-authors signing one by-line ("By A and B", "By A, B"), with where the last ends.
        // The first writer apart: most by-lines name one, and need no vector.
        let mut first_writer: Option<Cow<'r, str>> = None;
        let mut co_writers: Vec<Cow<'r, str>> = Vec::new();
        let mut writers_end = 0;
        let mut joiner = "and";
        // The writers' candidate goes before any other name this line gives.
        let slot = found.bylines.len();
        // One buffer for every part's words, not a vector per part.
        let mut tokens: Vec<&'r str> = Vec::with_capacity(8);
        let mut read_part = |part: &'r str| {
            tokens.clear();
            tokens.extend(part.words());
            let mut desk = false;
            // Font-size widgets ("A A A"), stray single letters and job words ("Reuters
            // Staff", "Staff Writer") trail the name.
            while tokens.last().is_some_and(|t| {
                (t.len() == 1 || (!t.is_ascii() && t.chars().count() == 1))
                    || is_staff_word(t)
                    || (outlet_line && t.bytes().all(|b| b.is_ascii_digit()))
            }) {
                // "Our Correspondent", "Web Desk": a job or desk after a lone word.
                desk |= tokens.pop().is_some_and(|t| meta::is_desk_credit(t) || is_staff_word(t));
            }
            if tokens.is_empty() {
                return;
            }
            let name = joined_words(part, &tokens);
            // "By Jane Doe in Antalya": where the writer files from is the dateline's place.
            let part_at = part.as_ptr() as usize - rest.as_ptr() as usize;
            let after_in = rest.get(..part_at).is_some_and(|b| b.ends_with(" in "));
            if after_in {
                let place = (after_person || first_writer.is_some())
                    && tokens.len() <= 3
                    && tokens.iter().all(|t| is_capitalized_token(t));
                if place && found.dateline.is_none() {
                    found.dateline = Some(name.into_owned());
                }
                return;
            }
            // "Web Desk", "City Bureau": a desk of the site, unless a listed agency's.
            if desk && tokens.len() == 1 && !self.is_agency(&name) {
                return;
            }
            match self.name_kind(&tokens, &name) {
                Some(NameKind::Agency) if !after_person || self.is_agency(&name) => found
                    .sources
                    .push(Candidate { value: name.into_owned(), priority: 3, position }),
                Some(NameKind::Person) if outlet_line => found.sources.push(Candidate {
                    value: name.into_owned(),
                    priority: 3,
                    position,
                }),
                Some(NameKind::Person) => {
                    let start = part_at;
                    let between = rest.get(writers_end..start).unwrap_or_default().trim();
                    let co_author = first_writer.is_some()
                        && !desk
                        && meta::may_be_co_author(&tokens, between == ",")
                        && matches!(between, "," | "and" | "AND" | "&");
                    if first_writer.is_none() || co_author {
                        if between == "&" {
                            joiner = "&";
                        }
                        if first_writer.is_none() {
                            first_writer = Some(name);
                        } else {
                            co_writers.push(name);
                        }
                        writers_end = start + part.len();
                    } else {
                        found.bylines.push(Candidate {
                            value: name.into_owned(),
                            priority: 1,
                            position,
                        });
                    }
                    after_person = true;
                }
                _ => {}
            }
        };
        let parts = rest.split([',', ';', '|', '•']);
        if may_hold_spaced_joiner(rest) {
            for part in parts
                .flat_map(|p| SpaceSplit::new(p, " and "))
                .flat_map(|p| SpaceSplit::new(p, " AND "))
                .flat_map(|p| SpaceSplit::new(p, " & "))
                .flat_map(|p| SpaceSplit::new(p, " with "))
                .flat_map(|p| SpaceSplit::new(p, " in "))
                .flat_map(|p| SpaceSplit::new(p, " - "))
            {
                read_part(part);
            }
        } else {
            // None of the spaced joiners is in the line: each part is split whole.
            for part in parts {
                read_part(part);
            }
        }
        if let Some(first) = first_writer {
            // "A and B", "A, B and C": the gold's way of writing several writers.
            let value = match co_writers.pop() {
                None => first.into_owned(),
                Some(last) => {
                    co_writers.insert(0, first);
                    format!("{} {joiner} {last}", co_writers.join(", "))
                }
            };
            found.bylines.insert(slot, Candidate { value, priority: 1, position });
        }
    }

    /// What the name of `tokens` (`joined` by single spaces) is.
    fn name_kind(&self, tokens: &[&str], joined: &str) -> Option<NameKind> {
        // `is_agency` lower-cases an ASCII name on the stack; only a name with a slash is
        // lower-cased into a new string, to look up each of its parts.
        let listed = |n: &str| self.agencies.contains(n);
        if self.is_agency(joined)
            || (joined.contains('/') && joined.to_lowercase().split('/').all(|n| listed(n.trim())))
        {
            return Some(NameKind::Agency);
        }
        if let [one] = tokens {
            // A single name after "By" is an outlet: people sign with two names or more; a
            // desk ("Newsdesk") is neither.
            return (is_capitalized_token(one) && !is_not_name(one) && !meta::is_desk_credit(one))
                .then_some(NameKind::Agency);
        }
        let person = (2..=4).contains(&tokens.len())
            && tokens.iter().all(|t| {
                is_name_particle(t)
                    || (t.chars().next().is_some_and(char::is_uppercase)
                        && !t.chars().any(|c| c.is_ascii_digit()))
            })
            && !tokens.iter().any(|t| is_not_name(t));
        person.then_some(NameKind::Person)
    }

    /// "Xinhua, October 7, 2015": one capitalized name right before a date names the
    /// source; an all-caps one not known as an outlet is a dateline place.
    fn name_before_date(&self, before: &str, position: usize, found: &mut Found) {
        let mut tokens: Vec<&str> = before.words().collect();
        while let Some(last) = tokens.last() {
            let bare = last.trim_matches(|c: char| !c.is_alphanumeric());
            if bare.is_empty() || is_listed(WEEKDAYS, bare) {
                tokens.pop();
            } else {
                break;
            }
        }
        let [one] = tokens.as_slice() else { return };
        let name = one.trim_end_matches([',', '|', '-', ':']);
        if one.ends_with(':') || !is_capitalized_token(name) || is_not_name(name) {
            return;
        }
        let listed = self.is_agency(name);
        let after_name = before.trim_start().get(name.len()..).unwrap_or_default();
        let separated = after_name.contains([',', '|', '-', '—', '–', ':', '•']);
        if !listed && !separated {
            return;
        }
        if !listed && is_all_caps(name) && name.chars().count() > 4 {
            if found.dateline.is_none() {
                found.dateline = Some(name.to_string());
            }
            return;
        }
        found.sources.push(Candidate { value: name.to_string(), priority: 2, position });
    }

    /// "MOSCOW, Oct. 6 (UPI) --", "Washington: The …", "(Reuters) -" opening one of the
    /// first body paragraphs: the place, date and source, cut off the paragraph's span.
    ///
    /// `known` is the dateline [`Cleaner::layout`] already matched at the story's start:
    /// the paragraph has not changed since, and matching is the costly part.
    #[inline(never)]
    fn find_dateline<'t>(
        &self,
        text: &'t str,
        paras: &mut [Para],
        layout: Layout,
        known: Option<(usize, DatelineMatch<'t>)>,
        found: &mut Found,
    ) {
        // "NEW DELHI:" on its own line; a dateline opening the story below still wins.
        if let Some(place) = meta::lone_dateline(self, text, paras, layout.story_start) {
            found.dateline = Some(place.to_string());
        }
        let mut slots = DATELINE_PARAGRAPHS;
        for (i, p) in paras
            .iter_mut()
            .enumerate()
            // Menus and the headline above the story use no dateline slots.
            .skip(layout.story_start.min(HEAD_PARAGRAPHS))
            // Wire tables ("Shr one dlr vs 73 cts") are dropped as not sentences, yet open
            // with a dateline all the same.
            .filter(|(_, p)| {
                matches!(p.dropped, None | Some(Dropped::NotSentence | Dropped::HeadlineList))
            })
        {
            if slots == 0 {
                return;
            }
            // Byline and date lines between the headline and the story take no slot: a
            // dateline opens prose, or stands alone with its date.
            if p.lower_words >= 2 {
                slots -= 1;
            } else if p.words > 12 {
                continue;
            }
            let s = text.get(p.span.range()).unwrap_or_default();
            let m = match known {
                Some((at, m)) if at == i => Some(m),
                _ => self.match_dateline(p, s),
            };
            let Some(DatelineMatch { parts: m, end }) = m else { continue };
            if let Some(place) = m.place {
                found.dateline = Some(place.to_string());
            }
            if let Some(source) = m.source {
                found.sources.push(Candidate {
                    value: source.to_string(),
                    priority: 3,
                    position: i,
                });
            }
            let date = m.date.and_then(|d| {
                if m.month_date {
                    // Read once already, when no default year changes the reading.
                    match (self.year, m.read) {
                        (None, Some(read)) => Some(read),
                        _ => month_date(d, self.year),
                    }
                } else {
                    find_dates(d, self.year).next().map(|(_, date)| date)
                }
            });
            if let Some(d) = date {
                found.dates.push(Candidate { value: d, priority: 2, position: i });
            }
            p.span = Span::new(p.span.start + end, p.span.end);
            let cut = s.get(..end).unwrap_or_default();
            let cut_words = alnum_words(cut);
            p.words = p.words.saturating_sub(u32::try_from(cut_words).unwrap_or(0));
            return;
        }
    }

    /// A dateline opening `s`, if it has a plausible one.
    fn match_dateline<'t>(&self, p: &Para, s: &'t str) -> Option<DatelineMatch<'t>> {
        // A dateline is short: searching a paragraph's head is enough, and keeps this cheap.
        let s = head_of(s, 200);
        // '—' and '–' start with byte 0xE2.
        let dashed = if may_open_with_dateline(s.as_bytes()) {
            // The fast engine finds the dateline; its parts are taken apart by hand, since the
            // capturing engines cost thousands of steps per call on a pattern this size.
            self.dateline.as_ref().and_then(|re| re.find(s)).map(|m| (m.end(), m.as_str()))
        } else {
            None
        };
        let (whole_end, parts, colon) = match dashed {
            Some((end, matched)) => {
                (end, dateline_parts(matched), trim_end_fast(matched).ends_with([':', '|']))
            }
            None => {
                let (end, (place, date, source)) = meta::dateline_without_dash(self, s)?;
                (end, DatelineParts { place, date, source, month_date: false, read: None }, false)
            }
        };
        let DatelineParts { place, date, source, month_date, read } = parts;
        let opens_sentence =
            s.get(whole_end..).and_then(|r| r.chars().next()).is_some_and(|c| !c.is_lowercase());
        if !opens_sentence {
            return None;
        }
        // Without a date or an agency, "Word: rest" or "Word | rest" is a dateline only when a
        // story sentence follows; section lines ("World | Asia") and colon headlines
        // ("TALKS: A, B CONFIRM", "Name: a long headline without a stop") have no lower-case
        // prose ending in a stop.
        let after = s.get(whole_end..).unwrap_or_default();
        // Looked at only when the dateline has neither date nor agency: the date search is
        // the costly part.
        let story_follows = || {
            (p.lower_words >= 2
                && if colon { p.ends_with_period } else { p.final_punct || p.words >= 12 })
            // "NEWARK, N.J. — June 28, 2022" on a line of its own.
            || find_dates(after, None).next().is_some_and(|(span, _)| span.start == 0)
        };
        let plausible = match place {
            None => source.is_some(),
            Some(_) if date.is_none() && source.is_none() && !story_follows() => false,
            Some(place) => {
                // Split by bytes (both separators are ASCII, so every cut is a char
                // boundary): no Vec, no char decoding, no UTF-8 check of each token.
                let (mut first, mut last, mut token_count) = (None, None, 0usize);
                let mut from = 0;
                for to in place
                    .bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b' ' || b == b'/')
                    .map(|(k, _)| k)
                    .chain(std::iter::once(place.len()))
                {
                    if to > from {
                        let token = place.get(from..to);
                        first = first.or(token);
                        last = token;
                        token_count += 1;
                    }
                    from = to + 1;
                }
                // "First Published: Dec 8 2024" is a label, not a place.
                let first_ok = first.is_some_and(|t| !is_not_name(t))
                    && !last.is_some_and(meta::is_date_label);
                let agency = self.is_agency(place);
                first_ok
                    && !agency
                    && (date.is_some()
                        || source.is_some()
                        || is_all_caps(place)
                        || token_count <= 3)
            }
        };
        // "NEWARK, N.J." and "AARHUS, Denmark": the city names the dateline.
        // (`p.split(',').next()`, by one byte search.)
        let before_comma =
            |p: &'t str| memchr::memchr(b',', p.as_bytes()).and_then(|at| p.get(..at)).unwrap_or(p);
        let place = place.map(before_comma).map(trim_end_fast);
        let parts = DatelineParts { place, date, source, month_date, read };
        plausible.then_some(DatelineMatch { parts, end: whole_end })
    }

    /// Where the story starts (its first long sentence, or a dateline) and where the head
    /// holding title, byline, source and date lines ends (at the fourth story paragraph).
    ///
    /// Also the dateline matched at the story's start, when one started it.
    #[inline(never)]
    fn layout<'t>(
        &self,
        text: &'t str,
        paras: &[Para],
    ) -> (Layout, Option<(usize, DatelineMatch<'t>)>) {
        let limit = paras.len().min(HEAD_PARAGRAPHS);
        let mut layout = Layout { story_start: limit, head_end: limit, masthead: None };
        let mut story_dateline = None;
        let mut story_paragraphs = 0;
        for (i, p) in paras.iter().enumerate().take(limit) {
            let kept = p.dropped.is_none();
            let chrome = matches!(
                p.dropped,
                Some(Dropped::Boilerplate | Dropped::Caption | Dropped::Ticker)
            );
            if layout.story_start == limit {
                let s = text.get(p.span.range()).unwrap_or_default();
                let long_sentence = kept
                    && p.final_punct
                    && meta::closes_sentence(s)
                    && p.words >= 15
                    && p.sentence_like()
                    // "'We will not sign a bad deal': Carney says … with U.S.": a line with a
                    // by-line or date under it is the headline, though it ends in a stop.
                    && !(p.lines == 1 && meta::meta_follows(self, text, paras, i));
                if long_sentence {
                    layout.story_start = i;
                } else if let Some(m) = (!chrome).then(|| self.match_dateline(p, s)).flatten() {
                    layout.story_start = i;
                    story_dateline = Some((i, m));
                }
            }
            if kept && p.sentence_like() && p.words >= 8 {
                story_paragraphs += 1;
                if story_paragraphs == 4 {
                    layout.head_end = i;
                    break;
                }
            }
        }
        (layout, story_dateline)
    }
}

/// How many words of `s` hold a letter or digit, as
/// `s.words().filter(|w| w.chars().any(char::is_alphanumeric)).count()` counts them: an
/// ASCII text (every dateline cut off a story but a few) byte by byte, with no word splitting.
fn alnum_words(s: &str) -> usize {
    if !s.is_ascii() {
        return s.words().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    }
    // One table step a byte, in two states (a letter or digit met in the current word or
    // not): the step's low bit is the new state, and it counts the word when it sets it.
    let (mut count, mut state) = (0usize, 0usize);
    for &b in s.as_bytes() {
        let step = WORD_STEPS.get(state * 256 + usize::from(b)).copied().unwrap_or(0);
        count += usize::from(step >> 1);
        state = usize::from(step & 1);
    }
    count
}

/// [`alnum_words`]' steps, `state * 256 + byte`: bit 0 the next state (a letter or digit met
/// in the current word), bit 1 set where a word's first letter or digit is met. The ASCII
/// white space `char::is_whitespace` accepts ends a word.
const WORD_STEPS: [u8; 2 * 256] = {
    let mut steps = [0u8; 2 * 256];
    let mut state = 0;
    while state < 2 {
        let mut b = 0;
        while b < 256 {
            let byte = b as u8;
            steps[state * 256 + b] = if byte.is_ascii_alphanumeric() {
                if state == 0 {
                    0b11
                } else {
                    0b01
                }
            } else if byte == b' ' || (byte >= 0x09 && byte <= 0x0d) {
                0
            } else {
                state as u8
            };
            b += 1;
        }
        state += 1;
    }
    steps
};

/// The counts [`Cleaner::headline_shape`] asks of a headline's paragraph, whatever its
/// text: tested first, since they cost nothing next to the text's tests.
fn headline_counts(p: &Para) -> bool {
    (4..=30).contains(&p.words)
        && !p.ellipsis
        && p.separators == 0
        && !matches!(p.dropped, Some(Dropped::Boilerplate | Dropped::Caption | Dropped::Ticker))
}

/// A cheap test that rules out most paragraphs before the dateline pattern runs: until its
/// separator ("-", ":", "|", a dash), a dateline's words all open with a capital, a digit or
/// a parenthesis; a word opening in lower case outside parentheses comes first in prose.
fn may_open_with_dateline(head: &[u8]) -> bool {
    // The test as a small automaton, one table step a byte: after a space (where the text
    // starts too), after anything else, or inside parentheses.
    let mut state = DATELINE_AFTER_SPACE;
    for &b in head {
        state = DATELINE_STEPS
            .get(usize::from(state) * 256 + usize::from(b))
            .copied()
            .unwrap_or(DATELINE_NO);
        if state >= DATELINE_YES {
            return state == DATELINE_YES;
        }
    }
    false
}

/// [`may_open_with_dateline`]'s states: after any other byte, after white space, inside
/// parentheses; then its two answers.
const DATELINE_OTHER: u8 = 0;
const DATELINE_AFTER_SPACE: u8 = 1;
const DATELINE_IN_PARENS: u8 = 2;
const DATELINE_YES: u8 = 3;
const DATELINE_NO: u8 = 4;

/// [`may_open_with_dateline`]'s steps, `state * 256 + byte`: a separator ('-', ':', '|', or
/// 0xE2, which opens '—' and '–') answers yes anywhere; a lower-case letter after white space
/// outside parentheses answers no; '(' and ')' open and close parentheses.
const DATELINE_STEPS: [u8; 3 * 256] = dateline_steps();

const fn dateline_steps() -> [u8; 3 * 256] {
    let mut steps = [DATELINE_OTHER; 3 * 256];
    let mut state = 0;
    while state < 3 {
        let mut b = 0;
        while b < 256 {
            let byte = b as u8;
            let in_parens = state == DATELINE_IN_PARENS as usize;
            steps[state * 256 + b] = match byte {
                b'-' | b':' | b'|' | 0xe2 => DATELINE_YES,
                b'(' => DATELINE_IN_PARENS,
                b')' => DATELINE_OTHER,
                _ if in_parens => DATELINE_IN_PARENS,
                _ if state == DATELINE_AFTER_SPACE as usize && byte.is_ascii_lowercase() => {
                    DATELINE_NO
                }
                _ if byte.is_ascii_whitespace() => DATELINE_AFTER_SPACE,
                _ => DATELINE_OTHER,
            };
            b += 1;
        }
        state += 1;
    }
    steps
}

/// The place, date and source of a dateline the dateline pattern matched, from its end:
/// separator, then "(SOURCE)", then a date, and the place before them.
fn dateline_parts(matched: &str) -> DatelineParts<'_> {
    let mut rest = trim_end_fast(matched);
    for sep in ["--", "—", "–", "-", ":", "|"] {
        if let Some(r) = rest.strip_suffix(sep) {
            rest = trim_end_fast(r);
            break;
        }
    }
    // "Geneva, Mar 9 (EFE).- The …": a stop between the agency and the dash.
    if rest.ends_with(").") {
        rest = rest.trim_end_matches('.');
    }
    let mut source = None;
    // "(UPI)" from wires, "/PRNewswire/" from press-release services.
    for (open, close) in [('(', ')'), ('/', '/')] {
        if let Some(inner) = rest.strip_suffix(close) {
            if let Some(at) = inner.rfind(open) {
                source = inner.get(at + 1..).map(str::trim);
                rest = trim_end_fast(inner.get(..at).unwrap_or_default());
                break;
            }
        }
    }
    let mut date = None;
    // A dateline's date is nearly always "Feb 26" or "March 9, 1987", read by hand: the date
    // pattern cost a thousand instructions a dateline.
    let (trailing, whole) = match trailing_month_date(rest) {
        Some(found) => (found, true),
        None => (find_dates(rest, None).last().filter(|(span, _)| span.end == rest.len()), false),
    };
    let mut read = None;
    if let Some((span, found)) = trailing {
        date = rest.get(span.range());
        read = Some(found).filter(|_| whole && date.is_some());
        rest = trim_end_fast(
            trim_end_fast(rest.get(..span.start).unwrap_or_default()).trim_end_matches(','),
        );
    }
    let place = Some(rest.trim_end_matches([',', ' '])).filter(|p| !p.is_empty());
    DatelineParts { place, date, source, month_date: whole && date.is_some(), read }
}

/// What [`dateline_parts`] takes apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct DatelineParts<'t> {
    place: Option<&'t str>,
    date: Option<&'t str>,
    source: Option<&'t str>,
    /// Whether the date is one [`trailing_month_date`] read whole, which
    /// [`crate::date::month_date`] reads as the date pattern would.
    month_date: bool,
    /// The date [`trailing_month_date`] read then (without a default year), when
    /// `month_date`: `month_date(date, None)` gives it again.
    read: Option<PartialDate>,
}

/// What a dateline says: "MOSCOW, Oct. 6 (UPI) --", and where the story text after it
/// starts (`end`).
#[derive(Clone, Copy)]
struct DatelineMatch<'t> {
    parts: DatelineParts<'t>,
    end: usize,
}

/// See [`Cleaner::layout`].
#[derive(Clone, Copy, Debug)]
struct Layout {
    story_start: usize,
    head_end: usize,
    /// The site's name on its masthead, and where the masthead block ends.
    masthead: Option<(Span, usize)>,
}

impl Para {
    fn ends_with_question(&self) -> bool {
        self.final_punct && !self.ends_with_period && !self.has_quote
    }
}

/// Words that say what a date on a page is the date of.
const DATE_LABELS: &[&str] = &[
    "published",
    "posted",
    "updated",
    "modified",
    "edited",
    "created",
    "first",
    "crawled",
    "retrieved",
    "accessed",
    "fetched",
];

/// The last [`DATE_LABELS`] word written in `before`, in any case, as part of a word or
/// not, with where it starts; of two ending at the same place, the greater label.
/// One backward pass over the bytes, testing labels only where one could end: lower-casing
/// a copy and searching it once per label cost more than the rest of the head scan.
/// Whether the date at `span` of line `s` is part of what the line says ("Minister sets Dec
/// 15 deadline for new depots", "Vote moved to March 12 after objections") rather than a
/// stamp of when it was printed: a date without a year, no clock time on the line, a
/// lower-case word on each side, and no date label ("updated on March 3 at noon") before it.
/// A headline may carry such a date; a date line never has words on both sides of it.
fn date_in_running_words(s: &str, span: Span, date: PartialDate) -> bool {
    fn lower_word_ends(word: Option<&str>) -> bool {
        word.is_some_and(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase()))
    }
    let before = s.get(..span.start).unwrap_or_default();
    let after = s.get(span.end..).unwrap_or_default();
    date.year().is_none()
        && !s.bytes().any(|b| b == b':')
        && before.ends_with(' ')
        && after.starts_with(' ')
        && lower_word_ends(before.split_ascii_whitespace().next_back())
        && lower_word_ends(after.split_ascii_whitespace().next())
        && last_date_label(before).is_none()
}

fn last_date_label(before: &str) -> Option<(usize, &'static str)> {
    let bytes = before.as_bytes();
    // Every label ends in 'd' or 't' ("first"). Going back from the end, once a label is
    // found, one ending before its start cannot start after it.
    let mut best: Option<(usize, &'static str)> = None;
    for end in (1..=bytes.len()).rev() {
        if best.is_some_and(|(at, _)| at >= end) {
            break;
        }
        let Some(last) = bytes.get(end - 1).map(u8::to_ascii_lowercase) else { continue };
        if !matches!(last, b'd' | b't') {
            continue;
        }
        for label in DATE_LABELS {
            let Some(at) = end.checked_sub(label.len()) else { continue };
            // The label's first byte before the whole compare: most fail on it.
            let opens =
                bytes.get(at).map(u8::to_ascii_lowercase) == label.as_bytes().first().copied();
            if opens
                && bytes.get(at..end).is_some_and(|w| w.eq_ignore_ascii_case(label.as_bytes()))
                && best.map_or(true, |b| (at, *label) > b)
            {
                best = Some((at, label));
            }
        }
    }
    best
}

/// Where the name after a "By" (or "BY") token starts, if the line has one; a lower-case
/// "by" only after "Written" ("Written by: NAME"), where a headline's "cut by half" has none.
fn by_position(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let after_ok =
        |at: usize| bytes.get(at).map_or(true, |b| b.is_ascii_whitespace() || *b == b':');
    // A byte search for 'B' beats building a substring searcher on every line.
    let capital = memchr::memchr_iter(b'B', bytes).find_map(|at| {
        let second_ok = matches!(bytes.get(at + 1), Some(b'y' | b'Y'));
        let before_ok = at == 0 || bytes.get(at - 1).is_some_and(|b| !b.is_ascii_alphanumeric());
        (second_ok && before_ok && after_ok(at + 2)).then_some(at + 2)
    });
    capital.or_else(|| {
        // The first "ritten by" found at its 'b', a rare byte, by a byte search: a substring
        // searcher cost a hundred instructions to set up on every such line.
        let at = memchr::memchr_iter(b'b', bytes)
            .filter_map(|b| b.checked_sub(7))
            .find(|&at| bytes.get(at..at + 9).is_some_and(|w| w == b"ritten by"))?;
        let w_ok = at
            .checked_sub(1)
            .and_then(|w| bytes.get(w))
            .is_some_and(|w| w.eq_ignore_ascii_case(&b'w'));
        (w_ok && after_ok(at + 9)).then_some(at + 9)
    })
}

/// The hash of each paragraph's [`normalized`] text, equal for repeats: the paragraph's key
/// from [`scan`] where no other paragraph shares it, the full hash where one does.
#[inline(never)]
fn repeat_hashes(text: &str, paras: &mut [Para], hashes: &mut Vec<u64>) {
    // Which keys occur more than once: pairwise among few; among many, in a sorted copy of
    // the keys (in `hashes`, before it is filled), which costs less than a hash table
    // allocated and filled for every record.
    let many = paras.len() > FEW_KEYS;
    hashes.clear();
    if many && paras.len() > TABLE_KEYS {
        hashes.extend(paras.iter().map(|p| p.hash));
        hashes.sort_unstable();
    }
    // Among few, each pair compared once, both marked when their keys meet.
    let mut few = [false; FEW_KEYS];
    if !many {
        for (i, p) in paras.iter().enumerate() {
            for (j, q) in paras.iter().enumerate().skip(i + 1) {
                if p.hash == q.hash {
                    for k in [i, j] {
                        if let Some(mark) = few.get_mut(k) {
                            *mark = true;
                        }
                    }
                }
            }
        }
    }
    // Among up to `TABLE_KEYS`, in a table on the stack instead (sorting them cost more).
    // Built in place: returned from a closure, its kilobyte was copied.
    let mut table_slot = None;
    // Each key's slot, kept from its insertion: whether the key is shared is then one bit,
    // not a second probe of the table.
    let mut slots = [0u8; TABLE_KEYS];
    let table = if many && paras.len() <= TABLE_KEYS {
        let table = table_slot.insert(KeyTable::new());
        for (p, slot) in paras.iter().zip(slots.iter_mut()) {
            *slot = table.insert(p.hash);
        }
        Some(&*table)
    } else {
        None
    };
    for (i, p) in paras.iter_mut().enumerate() {
        p.key_shared = if let Some(table) = table {
            slots.get(i).is_some_and(|&at| table.is_shared_at(at))
        } else if many {
            // The first of the key's run in the sorted keys, and another after it.
            let at = hashes.partition_point(|&k| k < p.hash);
            hashes.get(at + 1) == Some(&p.hash)
        } else {
            few.get(i).copied().unwrap_or(false)
        };
    }
    hashes.clear();
    hashes.extend(paras.iter().map(|p| {
        if p.key_shared {
            full_hash(text.get(p.scanned.range()).unwrap_or_default())
        } else {
            p.hash
        }
    }));
}

/// Up to this many keys go through a [`KeyTable`]; more are sorted.
const TABLE_KEYS: usize = 64;

/// An open-addressing set of up to [`TABLE_KEYS`] keys (well mixed already: their top bits
/// pick the slot), at most half full, that tells which keys were inserted more than once.
struct KeyTable {
    keys: [u64; 128],
    /// Which slots hold a key, and which keys were inserted again.
    used: u128,
    shared: u128,
}

impl KeyTable {
    fn new() -> KeyTable {
        KeyTable { keys: [0; 128], used: 0, shared: 0 }
    }

    /// The slot holding `key`, or the empty slot where it goes.
    #[inline(always)]
    fn slot(&self, key: u64) -> usize {
        let mut at = (key >> 57) as usize;
        while self.used & (1 << at) != 0 && self.keys.get(at) != Some(&key) {
            at = (at + 1) % 128;
        }
        at
    }

    /// Inserts `key`; returns its slot, for [`KeyTable::is_shared_at`].
    fn insert(&mut self, key: u64) -> u8 {
        let at = self.slot(key);
        if self.used & (1 << at) != 0 {
            self.shared |= 1 << at;
        } else if let Some(slot) = self.keys.get_mut(at) {
            *slot = key;
            self.used |= 1 << at;
        }
        // A slot is below 128.
        at as u8
    }

    /// Whether the key [`KeyTable::insert`] put in slot `at` was inserted more than once.
    fn is_shared_at(&self, at: u8) -> bool {
        self.shared & (1 << (at & 127)) != 0
    }

    #[cfg(test)]
    fn is_shared(&self, key: u64) -> bool {
        self.shared & (1 << self.slot(key)) != 0
    }
}

/// Drops repeats of earlier paragraphs, and teasers: a paragraph cut short (no final
/// punctuation, or an ellipsis) whose full version follows.
#[inline(never)]
fn drop_repeats(text: &str, paras: &mut [Para], hashes: &[u64]) {
    if paras.len() <= FEW_KEYS {
        // Pairwise among few paragraphs: a repeat of a paragraph kept
        // so far (the loop drops only the paragraph it is at, so "kept so far" is "kept
        // before the loop" for every earlier one).
        let mut kept = [false; FEW_KEYS];
        for (slot, p) in kept.iter_mut().zip(paras.iter()) {
            *slot = p.dropped.is_none();
        }
        for (i, p) in paras.iter_mut().enumerate() {
            let h = hashes.get(i);
            let repeat = (0..i).any(|j| kept.get(j) == Some(&true) && hashes.get(j) == h);
            if p.dropped.is_none() && repeat {
                p.dropped = Some(Dropped::Repeat);
            }
        }
    } else {
        // A paragraph whose key no other shares has a hash no other has: the set holds the
        // few others, and stays unallocated on most pages.
        let mut seen: HashSet<u64, BuildIdentity> = HashSet::default();
        for (p, h) in paras.iter_mut().zip(hashes) {
            if p.key_shared && p.dropped.is_none() && !seen.insert(*h) {
                p.dropped = Some(Dropped::Repeat);
            }
        }
    }
    // Only a paragraph cut short can be a teaser: most pages have none left, and need no
    // head hashes.
    if !paras.iter().any(|p| p.dropped.is_none() && (!p.final_punct || p.ellipsis)) {
        return;
    }
    // Backwards, so each key maps to the nearest later paragraph opening the same way: the
    // full version of a teaser follows it.
    let mut later: HashMap<u64, usize, BuildIdentity> = HashMap::default();
    for i in (0..paras.len()).rev() {
        let Some(p) = paras.get(i) else { continue };
        if p.dropped.is_some() {
            continue;
        }
        let Some(key) = head_hash(text.get(p.scanned.range()).unwrap_or_default()) else {
            continue;
        };
        let cut_short = !p.final_punct || p.ellipsis;
        let is_teaser = cut_short
            && later.get(&key).is_some_and(|&j| {
                let short = text.get(p.span.range()).unwrap_or_default();
                let full = paras.get(j).and_then(|q| text.get(q.span.range())).unwrap_or_default();
                let mut full_chars = normalized(full);
                normalized(short).all(|c| full_chars.next() == Some(c))
                    && full_chars.next().is_some()
            });
        if is_teaser {
            if let Some(p) = paras.get_mut(i) {
                p.dropped = Some(Dropped::Teaser);
            }
        } else {
            later.insert(key, i);
        }
    }
}

/// Up to this many keys are compared pairwise (at most `FEW_KEYS²` steps, a bounded cost
/// per record), which costs less than building a hash table; more go through one.
const FEW_KEYS: usize = 16;

/// Which keys of a list occur more than once in it, asked of a few keys only (the
/// headline candidates above the story, at most [`HEAD_PARAGRAPHS`]): each question counts
/// the key in the list, a loop the compiler vectorizes, instead of a table of every key
/// built for every record.
struct RepeatedKeys<'k> {
    keys: &'k [u64],
}

impl<'k> RepeatedKeys<'k> {
    fn new(keys: &'k [u64]) -> RepeatedKeys<'k> {
        RepeatedKeys { keys }
    }

    /// Whether the key at `i` occurs elsewhere in the list too.
    fn is_repeated(&self, i: usize) -> bool {
        self.keys.get(i).is_some_and(|k| self.keys.iter().filter(|&other| other == k).count() > 1)
    }
}

/// Hashes that are already well mixed ([`scan`]'s) need no second hashing in a set.
#[derive(Clone, Copy, Default)]
struct BuildIdentity;

#[derive(Default)]
struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(Hasher::K);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl std::hash::BuildHasher for BuildIdentity {
    type Hasher = IdentityHasher;

    fn build_hasher(&self) -> IdentityHasher {
        IdentityHasher::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan as it was before the byte loop was tuned: the two must agree.
    /// One pass over a paragraph: words (white-space separated tokens holding a letter or
    /// digit), those opening in lower case, bullet separators, quote marks, and hashes of its
    /// [`normalized`] text.
    fn reference_scan(text: &str) -> Scan {
        let mut out = Scan {
            words: 0,
            lower_words: 0,
            separators: 0,
            has_quote: false,
            hash: 0,
            head_hash: None,
        };
        let mut hasher = Hasher::new();
        let mut head = None;
        let mut in_token = false;
        let mut token_start = 0;
        // Whether the current token holds a letter or digit (is a word, not a bullet).
        let mut counted = false;
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let at = i;
            let class = match ASCII_CLASS.get(usize::from(b)) {
                // ASCII, nearly all of news text: a table instead of Unicode properties.
                Some(&class) => {
                    if class & ALNUM != 0 {
                        if !in_token {
                            in_token = true;
                            token_start = at;
                        }
                        if !counted {
                            counted = true;
                            out.words += 1;
                            out.lower_words += u32::from(class & LOWER != 0);
                        }
                        head = head
                            .or(hasher.byte(ASCII_FOLD[usize::from(b)]).then(|| hasher.finish()));
                        i += 1;
                        continue;
                    }
                    i += 1;
                    class
                }
                None => {
                    let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or('\u{fffd}');
                    i += c.len_utf8();
                    let class = if c.is_whitespace() {
                        WS
                    } else if c.is_alphanumeric() {
                        ALNUM | if c.is_lowercase() { LOWER } else { 0 }
                    } else if QUOTES.contains(&c) {
                        QUOTE
                    } else {
                        0
                    };
                    if class & ALNUM != 0 {
                        if !in_token {
                            in_token = true;
                            token_start = at;
                        }
                        if !counted {
                            counted = true;
                            out.words += 1;
                            out.lower_words += u32::from(class & LOWER != 0);
                        }
                        let mut buf = [0u8; 4];
                        fold_char(c).encode_utf8(&mut buf).bytes().for_each(|b| {
                            if hasher.byte(b) {
                                head = Some(hasher.finish());
                            }
                        });
                        continue;
                    }
                    class
                }
            };
            if class & WS != 0 {
                // Bullets are at most three bytes long and hold no letter or digit.
                if in_token
                    && !counted
                    && at - token_start <= 3
                    && text.get(token_start..at).is_some_and(is_bullet_str)
                {
                    out.separators += 1;
                }
                in_token = false;
                counted = false;
                continue;
            }
            if !in_token {
                in_token = true;
                token_start = at;
            }
            out.has_quote |= class & QUOTE != 0;
        }
        if in_token && !counted && text.get(token_start..).is_some_and(is_bullet_str) {
            out.separators += 1;
        }
        out.hash = hasher.finish();
        out.head_hash = head;
        out
    }

    #[test]
    fn the_widget_opener_test_passes_every_line_the_widget_patterns_match() {
        let cleaner = CleanerBuilder::new().boilerplate_phrase("«Lire aussi»").build();
        let lines = [
            "Advertisement",
            "ADVERTISEMENT",
            "advertisement: buy now",
            "Read more: Markets close higher",
            "READ MORE",
            "\u{17f}ponsored",
            "\u{212a}",
            "«Lire aussi» la suite",
            "Top Stories",
            "Russia agreed on Tuesday to resume talks, officials said.",
            "",
        ];
        for line in lines {
            for (re, openers) in [
                (&cleaner.widget_single, &cleaner.widget_single_openers),
                (&cleaner.widget_multi_start, &cleaner.widget_multi_openers),
            ] {
                if matches(re, line) {
                    assert!(may_open(openers, line), "{line:?}");
                }
            }
        }
        assert!(!may_open(&cleaner.widget_single_openers, "Zebra crossing"));
        assert_eq!(first_bytes([String::new()].iter()), [true; 256]);
        // The built-in lists are ASCII: the pair test is on, and passes every line a pattern
        // matches; a phrase opening with a non-ASCII char turns it off.
        let built_in = CleanerBuilder::new().build();
        assert!(!built_in.widget_single_pairs.passes_all);
        for line in lines {
            for (re, pairs) in [
                (&built_in.widget_single, &built_in.widget_single_pairs),
                (&built_in.widget_multi_start, &built_in.widget_multi_pairs),
            ] {
                if matches(re, line) {
                    assert!(pairs.may_open(line), "{line:?}");
                }
            }
        }
        assert!(!built_in.widget_single_pairs.may_open("Russia agreed"));
        assert!(cleaner.widget_multi_pairs.passes_all);
    }

    /// Whether the hand reading of the opening widget phrases agrees with the patterns.
    fn opening_phrases_agree(cleaner: &Cleaner, line: &str) {
        let want = cleaner.widget_single.as_ref().and_then(|re| re.find(line)).map(|m| m.end());
        if let Some(found) = cleaner.widget_single_phrases.end_in(line, ascii_boundary) {
            assert_eq!(found, want, "{line:?}");
        }
        assert_eq!(cleaner.widget_single_end(line), want, "{line:?}");
        let want =
            cleaner.widget_multi_start.as_ref().and_then(|re| re.find(line)).map(|m| m.end());
        // The pattern's match takes the non-word char after the phrase too: only whether
        // there is one is asked.
        if let Some(found) = cleaner.widget_multi_phrases.end_in(line, non_word_or_end) {
            assert_eq!(found.is_some(), want.is_some(), "{line:?}");
        }
    }

    #[test]
    fn a_line_opens_with_a_widget_phrase_by_hand_as_by_the_pattern() {
        let built_in = CleanerBuilder::new().build();
        let mut builder = CleanerBuilder::new();
        builder.boilerplate_phrase("Related:").boilerplate_phrase("Share-this");
        builder.boilerplate_phrase("Caf\u{e9} menu");
        let custom = builder.build();
        assert!(custom.widget_multi_phrases.by_pair.is_empty());
        for line in [
            "Advertisement",
            "ADVERTISEMENT",
            "Advertisements",
            "Advertisement: buy now",
            "Related: more news",
            "Related:more",
            "Related",
            "Share-this story",
            "Share this article",
            "Sharethis",
            "Read more: Markets close higher",
            "READ MORE",
            "Read more\u{e9}",
            "Read mor\u{e9}",
            "Top Stories",
            "Top Storiesx",
            "Top Stories_",
            "\u{17f}ponsored",
            "Boo\u{212a}mark",
            "Sponsored",
            "Spon\u{17f}ored",
            "Tags\u{a0}x",
            "T",
            "",
        ] {
            opening_phrases_agree(&built_in, line);
            opening_phrases_agree(&custom, line);
        }
    }

    proptest::proptest! {
        #[test]
        fn opening_phrases_agree_on_any_line(
            line in "(Advertis|Related|Read more|READ MORE|Top Stor|Share|Spon|Tags)[a-zA-Z:_ \u{a0}\u{17f}\u{212a}é-]{0,6}"
        ) {
            opening_phrases_agree(&CleanerBuilder::new().build(), &line);
        }
    }

    #[test]
    fn every_listed_agency_passes_the_length_and_ends_test_in_any_case() {
        let cleaner = CleanerBuilder::new().build();
        for name in cleaner.agencies.iter().filter(|n| n.is_ascii()) {
            let upper = name.to_ascii_uppercase();
            for n in [name.as_str(), upper.as_str()] {
                assert!(cleaner.is_agency(n), "{n:?}");
            }
        }
        for (name, listed) in [("Top Stories", false), ("Reuters", true), ("REUTERSX", false)] {
            assert_eq!(cleaner.is_agency(name), listed, "{name:?}");
        }
    }

    #[test]
    fn a_staff_word_is_found_by_its_opener_as_by_a_scan_of_the_list() {
        for w in STAFF_WORDS
            .iter()
            .copied()
            .chain(["STAFF", "Writer", "Desk:", "stafff", "staf", "Jane", "", "\u{212a}", "Ştaff"])
        {
            assert_eq!(is_staff_word(w), is_listed(STAFF_WORDS, w), "{w:?}");
        }
    }

    /// The joiners a by-line is split at after its commas, in the order they are split at.
    const BY_LINE_JOINERS: [&str; 6] = [" and ", " AND ", " & ", " with ", " in ", " - "];

    /// Whether the joiner test and the borrowed join agree with what they stand in for.
    fn by_line_helpers_agree(s: &str) {
        if !may_hold_spaced_joiner(s) {
            assert!(!BY_LINE_JOINERS.iter().any(|j| s.contains(j)), "{s:?}");
        }
        let tokens: Vec<&str> = s.words().collect();
        assert_eq!(joined_words(s, &tokens), tokens.join(" "), "{s:?}");
        if let Some((_, fewer)) = tokens.split_last() {
            assert_eq!(joined_words(s, fewer), fewer.join(" "), "{s:?}");
        }
    }

    #[test]
    fn a_by_line_part_is_joined_and_tested_for_joiners_as_by_a_full_split() {
        for s in [
            "Jane Smith",
            "Jane  Smith",
            "Jane\tSmith Staff",
            " Jane Smith ",
            "Jane Smith and John Roe",
            "Jane Smith AND John Roe",
            "Jane Smith & John Roe",
            "Jane Smith with AFP",
            "Jane Smith in Paris",
            "Jane Smith - Reuters",
            "Jane Smith, Paris",
            "Jane\u{a0}Smith",
            "Café Times",
            "",
            " ",
            "a",
        ] {
            by_line_helpers_agree(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn by_line_helpers_agree_on_any_line(s in "[ aAw&indh\t\u{a0}é-]{0,16}") {
            by_line_helpers_agree(&s);
        }
    }

    /// Whether `words` splits `s` as `split_whitespace` does, from the front, from the back
    /// and from both ends in turn.
    fn splits_as_std(s: &str) {
        let std: Vec<&str> = s.split_whitespace().collect();
        assert_eq!(s.words().collect::<Vec<_>>(), std, "{s:?}");
        let mut back: Vec<&str> = s.words().rev().collect();
        back.reverse();
        assert_eq!(back, std, "{s:?}");
        let mut ours = s.words();
        let mut theirs = s.split_whitespace();
        for k in 0..std.len() + 2 {
            if k % 2 == 0 {
                assert_eq!(ours.next(), theirs.next(), "{s:?}");
            } else {
                assert_eq!(ours.next_back(), theirs.next_back(), "{s:?}");
            }
        }
    }

    #[test]
    fn words_are_split_as_split_whitespace_splits_them() {
        for s in [
            "By Jane Smith",
            "  Top   Stories  ",
            "a\tb\nc\x0bd\x0ce\rf",
            "\x1c not a space \x1f",
            "Caf\u{e9} Times",
            "no\u{a0}break\u{2003}space",
            "",
            "   ",
            "one",
        ] {
            splits_as_std(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn words_split_any_text_as_split_whitespace_does(s in "[ a-zA-Z.\t\n\x0b\x1c\u{a0}\u{2003}é]{0,24}") {
            splits_as_std(&s);
        }
    }

    #[test]
    fn a_token_is_capitalized_by_bytes_as_by_chars() {
        for t in [
            "Jane",
            "JANE",
            "jane",
            "O'Neil",
            "Smith-Jones",
            "AT&T",
            "U.S.",
            "A/B",
            "José",
            "Ángel",
            "Jos\u{e9}'s",
            "O\u{2019}Neil",
            "J\u{2014}",
            "Ja ne",
            "J1",
            "",
            "É",
            "é",
            "Jane,",
            "\u{212a}elvin",
        ] {
            assert_eq!(is_capitalized_token(t), capitalized_by_chars(t), "{t:?}");
        }
        for w in ["de", "van", "bin", "De", "d", "dell", "", "la", "las"] {
            assert_eq!(is_name_particle(w), NAME_PARTICLES.contains(&w), "{w:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_token_is_capitalized_by_bytes_as_by_chars(t in "[A-Za-z0-9'&./,\u{2019}\u{c9}\u{e9}\u{2014} -]{0,8}") {
            proptest::prop_assert_eq!(is_capitalized_token(&t), capitalized_by_chars(&t));
        }
    }

    #[test]
    fn alnum_prefix_counts_leading_ascii_letters_and_digits() {
        let cases: &[(&[u8; 8], u32)] = &[
            (b"abcdefgh", 8),
            (b"AZaz09xy", 8),
            (b"said, an", 4),
            (b" leading", 0),
            (b"ab@[`{/:", 2),
            (b"x\xc3\xa9taits", 1),
            (b"9\x7f\x80zzzzz", 1),
        ];
        for (bytes, want) in cases {
            assert_eq!(alnum_prefix(u64::from_be_bytes(**bytes)), *want, "{bytes:?}");
        }
        for b in 0..=255u8 {
            let want = u32::from(b.is_ascii_alphanumeric());
            assert_eq!(alnum_prefix(u64::from_be_bytes([b, b' ', 0, 0, 0, 0, 0, 0])), want, "{b}");
        }
    }

    #[test]
    fn general_punctuation_holds_no_space_letter_or_digit() {
        for c in ('\u{2000}'..='\u{206f}').filter(|&c| is_general_punctuation(c)) {
            assert!(!c.is_whitespace() && !c.is_alphanumeric(), "{c:?}");
        }
        assert!(is_general_punctuation('\u{201c}') && is_general_punctuation('\u{2014}'));
        assert!(!is_general_punctuation('\u{2028}') && !is_general_punctuation('\u{205f}'));
    }

    /// The exact scan, the lane-mask scan's counts and the head hash all agree with the
    /// reference scan.
    fn counts_of(s: &Scan) -> Counts {
        Counts {
            words: s.words,
            lower_words: s.lower_words,
            separators: s.separators,
            has_quote: s.has_quote,
        }
    }

    /// The lines as they were cut before the one-pass scan (a search for each line break,
    /// then trimming), each with the reference scan of its content.
    fn reference_lines(text: &str) -> Vec<(Span, usize, Counts)> {
        let mut out = Vec::new();
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())) {
            let raw = text.get(start..end).unwrap_or_default();
            let indent = raw.len() - raw.trim_start().len();
            let content = raw.trim();
            let span = Span::new(start + indent, start + indent + content.len());
            out.push((span, indent, counts_of(&reference_scan(content))));
            start = end + 1;
        }
        out
    }

    /// [`ends_key`] from the normalized chars, one at a time.
    fn reference_ends_key(text: &str) -> u64 {
        let chars: Vec<u64> = text
            .chars()
            .filter(|&c| is_word_char(c))
            .map(|c| u64::from(u32::from(fold_char(c))))
            .collect();
        let fold = |it: &mut dyn Iterator<Item = &u64>| {
            it.take(END_KEY).fold(EndHasher { acc: 0, n: 0 }, |mut h, &c| {
                h.push(c);
                h
            })
        };
        let front = fold(&mut chars.iter());
        let back = fold(&mut chars.iter().rev());
        let h = (front.acc ^ (front.n as u64)).wrapping_mul(Hasher::K).rotate_left(29) ^ back.acc;
        (h ^ (h >> 31)).wrapping_mul(Hasher::K)
    }

    #[test]
    fn the_heads_lines_are_the_line_records_cut_at_the_heads_end() {
        let long = format!("Masthead\r\n  Menu | News \n\n{}\n  tail  \n", "word ".repeat(30));
        let cases = [
            "",
            "\n",
            "a",
            "a\n",
            "  Example Times  \r\nHome | News\n\n   \nStory",
            "\u{a0}Über\u{2003}\n x ",
            long.as_str(),
        ];
        for text in cases {
            let mut lines = Vec::new();
            scan_lines(text, &mut lines);
            for head_len in 0..=text.len() {
                if !text.is_char_boundary(head_len) {
                    continue;
                }
                let head = &text[..head_len];
                let want: Vec<&str> = head.lines().map(str::trim).collect();
                let got: Vec<&str> = meta::head_lines(text, &lines, head_len).collect();
                assert_eq!(got, want, "{text:?} cut at {head_len}");
            }
        }
    }

    #[test]
    fn a_paragraphs_end_is_read_as_its_last_chars_say() {
        // What the end tests gave before the fast paths for a letter, digit or stop.
        fn reference(text: &str) -> (bool, bool, bool) {
            let trimmed = text.trim_end();
            let last = trimmed.chars().next_back();
            let before_closers = trimmed.trim_end_matches(['"', '”', '’', '\'', ')', '»']);
            let ellipsis = trimmed.ends_with('…') || trimmed.ends_with("...");
            let final_punct = matches!(
                last,
                Some('.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ';' | ':' | '»')
            );
            (final_punct, before_closers.ends_with('.') && !ellipsis, ellipsis)
        }
        let cases = [
            "",
            "a",
            "Talks resume",
            "Talks resume in 2024",
            "He said.",
            "He said...",
            "He said…",
            "..",
            ".",
            "He said.\"",
            "“Go.”",
            "(See above.)",
            "Why?",
            "Why? ",
            "Note:",
            "U.S.",
            "end. \n",
            "Straße",
            "x ’",
            "Wait...”",
            "a.'",
            "1.",
            "-",
            " - ",
            "•",
            " •\n",
            "—",
            "->",
            "*",
            "|",
            "--",
            "\u{a0}-",
        ];
        for text in cases {
            let p = para_of(text, Span::new(0, text.len()), 1, Counts::default(), 0);
            assert_eq!(
                (p.final_punct, p.ends_with_period, p.ellipsis),
                reference(text),
                "{text:?}"
            );
            assert_eq!(p.lone_bullet, is_bullet_str(text.trim()), "{text:?}");
        }
    }

    fn agrees(text: &str) {
        assert_eq!(ends_key(text), reference_ends_key(text), "{text:?}");
        let want = reference_scan(text);
        assert_eq!(scan_exact(text), want, "{text:?}");
        let fast = scan(text);
        assert_eq!(counts_of(&fast), counts_of(&want), "{text:?}");
        assert_eq!(head_hash(text), want.head_hash, "{text:?}");
        assert_eq!(full_hash(text), want.hash, "{text:?}");
        // The one pass over the record: the same lines, and each line's counts are its
        // content's; their sums are the whole text's (a line break separates tokens).
        let mut lines = Vec::new();
        scan_lines(text, &mut lines);
        let got: Vec<_> = lines.iter().map(|l| (l.span, l.indent as usize, l.counts)).collect();
        assert_eq!(got, reference_lines(text), "{text:?}");
        for l in &lines {
            let content = text.get(l.span.range()).unwrap_or_default().as_bytes();
            assert_eq!(l.first, content.first().copied().unwrap_or(0), "{text:?}");
            assert_eq!(l.last, content.last().copied().unwrap_or(0), "{text:?}");
        }
        let sum = lines.iter().fold(Counts::default(), |sum, l| sum.add(l.counts));
        assert_eq!(sum, counts_of(&reference_scan(text.trim())), "{text:?}");
    }

    #[test]
    fn repeat_keys_are_equal_for_texts_equal_but_for_quotes_case_and_spacing() {
        let pairs: &[(&str, &str)] = &[
            (
                "\u{201c}Talks would resume,\u{201d} Maria Lopez said on Tuesday.",
                "\"Talks would resume,\"  maria lopez said on\nTuesday.",
            ),
            ("Élan — Straße über alles!", "élan-straße über alles"),
            ("A b", "ab"),
            ("", "  ...  "),
        ];
        for (a, b) in pairs {
            assert!(normalized(a).eq(normalized(b)), "{a:?} {b:?}");
            assert_eq!(scan(a).hash, scan(b).hash, "{a:?} {b:?}");
            assert_eq!(full_hash(a), full_hash(b), "{a:?} {b:?}");
        }
        // Texts that differ only in the middle share a key: the full hash tells them apart.
        let (a, b) = ("Élan — Straße über alles!", "élan-strasse über alles");
        assert_eq!(scan(a).hash, scan(b).hash);
        assert_ne!(full_hash(a), full_hash(b));
        // Keys differ for texts differing at either end (in its last or first four chars).
        assert_ne!(scan("Officials said on Monday.").hash, scan("Officials said on Friday.").hash);
        assert_ne!(scan("Russia said talks resume").hash, scan("Prussia said talks resume").hash);
    }

    #[test]
    fn a_paragraph_repeated_with_other_quotes_and_line_breaks_is_dropped_once() {
        let text = "Talks on trade to resume next week after long pause\n\n\
                    \u{201c}Talks would resume next week,\u{201d} Maria Lopez said on Tuesday.\n\n\
                    Markets rose sharply in the capital after the news, analysts said.\n\n\
                    \"Talks would resume next week,\" Maria Lopez\nsaid on Tuesday.\n\n\
                    Markets rose sharply in the capital after the news, analysts said later.\n";
        let record = Record { text: text.into(), ..Record::default() };
        let cleaner = CleanerBuilder::new().build();
        let dropped: Vec<Option<Dropped>> =
            cleaner.explain(&record).into_iter().map(|(_, d)| d).collect();
        assert_eq!(dropped.iter().filter(|d| **d == Some(Dropped::Repeat)).count(), 1);
        assert_eq!(dropped.last(), Some(&None), "a paragraph with another ending is no repeat");
        // The same two ends around another middle: the same key, and no repeat.
        let text = "Talks would resume next week, after long delays, Maria Lopez said on Tuesday.\n\n\
                    Talks would resume next month, after long delays, Maria Lopez said on Tuesday.\n";
        let record = Record { text: text.into(), ..Record::default() };
        let kept = cleaner.clean(&record).body.len();
        assert_eq!(kept, 2);
    }

    #[test]
    fn repeats_are_found_alike_among_few_and_many_paragraphs() {
        // Below and above FEW_KEYS paragraphs, and above TABLE_KEYS: pairwise comparison,
        // the key table, sorted keys and hash tables.
        for n in [3, FEW_KEYS, FEW_KEYS + 5, TABLE_KEYS, TABLE_KEYS + 5] {
            let mut text = String::new();
            for k in 0..n {
                text.push_str(&format!(
                    "Officials in district {k} said on Tuesday that the talks would resume.\n\n"
                ));
            }
            text.push_str("Officials in district 1 said on Tuesday that the talks would resume.\n");
            let record = Record { text, ..Record::default() };
            let dropped: Vec<Option<Dropped>> = CleanerBuilder::new()
                .build()
                .explain(&record)
                .into_iter()
                .map(|(_, d)| d)
                .collect();
            let repeats: Vec<usize> = (0..dropped.len())
                .filter(|&i| dropped.get(i) == Some(&Some(Dropped::Repeat)))
                .collect();
            assert_eq!(repeats, [n], "{n} paragraphs");
            let keys: Vec<u64> = (0..n as u64).chain([1]).collect();
            let repeated = RepeatedKeys::new(&keys);
            let flags: Vec<bool> = (0..keys.len()).map(|i| repeated.is_repeated(i)).collect();
            let want: Vec<bool> = keys.iter().map(|&k| k == 1).collect();
            assert_eq!(flags, want, "{n} keys");
        }
    }

    #[test]
    fn the_key_table_tells_shared_keys_as_a_count_of_each_does() {
        // Keys whose top bits pick the same slot, and the last slot (probing wraps round).
        let slot = |s: u64, low: u64| (s << 57) | low;
        let keys: Vec<u64> = [
            slot(5, 1),
            slot(5, 2),
            slot(5, 1),
            slot(6, 9),
            slot(127, 3),
            slot(127, 4),
            slot(127, 4),
            slot(0, 0),
        ]
        .into_iter()
        .chain((0..TABLE_KEYS as u64 - 8).map(|k| slot(k % 128, k + 100)))
        .collect();
        let mut table = KeyTable::new();
        let slots: Vec<u8> = keys.iter().map(|&k| table.insert(k)).collect();
        for (&k, &at) in keys.iter().zip(&slots) {
            let count = keys.iter().filter(|&&other| other == k).count();
            assert_eq!(table.is_shared(k), count > 1, "{k:x}");
            // The slot an insertion gave tells the same, whichever insertion it was.
            assert_eq!(table.is_shared_at(at), count > 1, "{k:x}");
        }
        assert!(!table.is_shared(slot(5, 3)));
    }

    #[test]
    fn agency_lookup_agrees_with_the_plain_set_lookup() {
        let cleaner = CleanerBuilder::new().agency("Example Wire").build();
        let listed: Vec<String> = cleaner.agencies.iter().cloned().collect();
        assert!(!listed.is_empty());
        for name in &listed {
            assert!(cleaner.is_agency(name), "{name:?}");
            // Upper-cased, a name may turn ASCII ("ANADOLU AJANSI"): the plain lookup decides.
            let upper = name.to_uppercase();
            let plain = cleaner.agencies.contains(&upper.to_lowercase());
            assert_eq!(cleaner.is_agency(&upper), plain, "{upper:?}");
        }
        let others = [
            "",
            "a",
            "WASHINGTON",
            "Reuter",
            "reuters",
            "AFP",
            "afp.",
            "Example wire",
            "X",
            "Example Wires",
            "Ünited Press",
            "NEW YORK",
            "By AFP",
            "ap",
            "A P",
        ];
        for name in others {
            let plain = cleaner.agencies.contains(&name.to_lowercase());
            assert_eq!(cleaner.is_agency(name), plain, "{name:?}");
        }
    }

    #[test]
    fn the_byte_scan_agrees_with_the_reference_scan() {
        let cases: &[&str] = &[
            "",
            "a",
            "Government agrees to resume trade talks with neighbours",
            "“Talks would resume,” Maria Lopez said on Tuesday.",
            "Markets rally - Storm hits | Oil > 90 * Gold",
            "a -\n- b",
            "(((((((- x",
            "((((((((-\tx",
            "........ ........ said",
            "U.S. officials (the   \"best\") 12345678901234567890 abcdefghijklmnopqrstuvwxyz",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ 0123456789/:",
            "x\u{a0}\u{a0}• y — z –\u{2014} Ünïcödé ÀÉÎ straße",
            "\u{0b}\u{0c}\r\n\t  ab\u{1f}cd\u{7f}ef ((( ))) !!! ",
            "  Wire copy wrapped\n    at a fixed \"width\",\r\n\n\t- bullet -\n\u{a0}“Quoted” line \n",
            "\n\n", "é\n\u{2003}\n", "abcdefg\nhijklmn\n\"pqrstu\nv\"",
            // A mark opening a token before a letter, a digit, a space, a mark or the end.
            "“We “we “9 “ x “” — — x —y –‘a’ “(x) “",
        ];
        for text in cases {
            agrees(text);
        }
        // Marks read in the lanes of eight bytes, and those that are not (a char straddling
        // two words, U+2028 and U+202F, which are white space, '▪' and '►' outside the
        // range), at every alignment.
        let marks = [
            "“We said,” he “ x ” — y—z … ‘a’ “9 “(x) •",
            "ab “c” d\u{2028}e f\u{202f}g ▪ h ► i – “”",
            "“““ ””” ——— ……… abc “",
            "x —\nyz “\n” w",
            // Chars outside ASCII at a line's ends, white space or not, indented or not.
            "“Yes,” she said.\n  “No.”\n\u{a0}“Maybe”\u{a0}\n… and so on …\n  é\n\u{3000}x\u{3000}",
            "a\u{2028}\n\u{2029}b\n\u{1680}c\u{1680}\n\u{205f}d\u{202f}\n\u{85}e\u{85}\n \u{2009}f’\n\t‘g",
            "ünï\n Ω\n ™x™\n\u{200b}h\u{200b}\n\u{2060}i\u{2060}\n j\u{2007}\n\u{200a}k\n€ 5 €",
        ];
        for pad in 0..9 {
            for text in marks {
                agrees(&format!("{}{text}", "x".repeat(pad)));
                agrees(&format!("{} {text}", "x".repeat(pad)));
            }
        }
        // Long enough to fill the buffer of words many times, at every alignment.
        for pad in 0..9 {
            let long =
                format!("{}{}", "x".repeat(pad), "Officials said talks would resume. ".repeat(60));
            agrees(&long);
            let accented = long.replace("said", "déclaré");
            agrees(&accented);
        }
    }

    #[test]
    fn block_facts_tell_a_wrapped_block_as_is_wrapped_does() {
        let long = format!("{} goes on\nand on in lower case", "word ".repeat(30));
        let texts = [
            "The talks resumed on Monday after\nweeks of negotiations between the two\nsides, officials said.",
            "Top Stories\nMarkets close higher\nStorm hits the coast",
            "  Wire copy opens indented and goes\non in lower case over the\n    next lines until a new one\nopens.",
            "1. Typhoon hits the coast\n2. Markets rally\n3. Storm passes",
            "Prices rose 3 pct in\n1987 from the year before\nand fell in 1988",
            "Über alles goes the text\nüber the line\nécrit en minuscules\nÉcrit en capitales",
            long.as_str(),
        ];
        for text in texts {
            let mut lines = Vec::new();
            scan_lines(text, &mut lines);
            let mut facts = BlockFacts { short: 0, continued: 0, min_indent: u32::MAX, width: 0 };
            // Every block the text's first lines make.
            for (k, line) in lines.iter().enumerate() {
                facts.add(text, line, k > 0);
                let block = lines.get(..=k).unwrap_or_default();
                assert_eq!(facts.wrapped(k + 1), is_wrapped(text, block), "{text:?} {k}");
                let min_indent = block.iter().map(|l| l.indent).min();
                assert_eq!(Some(facts.min_indent), min_indent, "{text:?} {k}");
                let width = block.iter().map(|l| l.span.len()).max();
                assert_eq!(Some(facts.width), width, "{text:?} {k}");
            }
        }
    }

    #[test]
    fn an_ends_key_read_in_lanes_is_the_key_read_char_by_char() {
        // Four letters or digits within the first or last eight bytes, or fewer; a char
        // outside ASCII before, among or after them; texts of seven, eight and nine bytes.
        let cases = [
            "Talks resumed on Monday",
            "Tal ks resumed on Mond ay.",
            "a-b-c-d- e-f-g-h",
            "(((1))) talks ((9)))",
            "  ab  ..  cd  ... efg",
            "Über talks in Zürich",
            "Talks über Straße",
            "ab“cd talks wx”yz",
            "abc“d talks w”xyz",
            "“Talks,” he said.”",
            "“Talks resumed on Monday,” he said.”",
            "—Talks resumed on Monday…",
            "“ab” talks resumed “cd”",
            "“Tal”",
            "‘Talks’ x",
            "…Tal on Monday…",
            "1234567",
            "12345678",
            "123456789",
            "Ab .. Cd",
            "A.B.C.D.E.F",
            "ÀÉÎÕ talks ÀÉÎÕ",
            "ǅemal ǅ",
            "\u{212a}elvin talks \u{212a}elvin",
            // Four letters in a row at either end, after or before other bytes, or not.
            "Talks",
            "“Talks resumed.”",
            "(Talks) resumed in 1987.",
            "The talks resumed, it said.",
            "Talk s resumed in Bonn",
            "talks resumed in B onn",
            "Tä lks resumed in Bonn",
            "x y Talks resumed in Bo nn z",
        ];
        for text in cases {
            assert_eq!(ends_key(text), reference_ends_key(text), "{text:?}");
            let front_lanes = front_key_in_lanes(text.as_bytes());
            if let Some(acc) = front_lanes {
                assert_eq!(acc, front_key(text).acc, "{text:?}");
            }
            if let Some(acc) = back_key_in_lanes(text.as_bytes()) {
                assert_eq!(acc, back_key(text).acc, "{text:?}");
            }
        }
        // The lanes read the common paragraph, and give way where a char outside ASCII
        // comes first.
        assert!(front_key_in_lanes(b"Talks resumed on Monday").is_some());
        assert!(back_key_in_lanes(b"Talks resumed on Monday").is_some());
        assert!(front_key_in_lanes("Über talks".as_bytes()).is_none());
        assert!(back_key_in_lanes("talks in Züri".as_bytes()).is_none());
        assert!(front_key_in_lanes(b"1234567").is_none());
        // An opening or closing quote is read past.
        assert!(front_key_in_lanes("“Talks resumed".as_bytes()).is_some());
        assert!(back_key_in_lanes("talks resumed.”".as_bytes()).is_some());
    }

    proptest::proptest! {
        #[test]
        fn the_byte_scan_agrees_on_any_text(
            text in "[a-zA-Z0-9 \t\n,.\"'()|*>\\-@\\[`{~…“”•—À-ÿ\u{a0}]{0,80}"
        ) {
            agrees(&text);
        }

        #[test]
        fn the_byte_scan_agrees_on_ascii_text(
            text in "([a-zA-Z0-9]{0,12}[ \t\n,.\"'()|*>\\-]{0,3}){0,30}(“|é|\u{a0})?[a-z .]{0,20}"
        ) {
            agrees(&text);
        }
    }

    #[test]
    fn a_by_line_opens_where_by_or_written_by_ends() {
        let cases: &[(&str, Option<usize>)] = &[
            ("By Jane Doe", Some(2)),
            ("— By: Jane Doe", Some(6)),
            ("Story by Jane Doe", None),
            ("Written by Jane Doe", Some(10)),
            ("WRITTEN BY JANE DOE", Some(10)),
            ("written by: Jane Doe", Some(10)),
            ("Rewritten by hand", Some(12)),
            ("ritten by Jane", None),
            ("Overwritten bylaws, written by Jane", None),
            ("Updated by the desk, written by Jane", Some(31)),
            ("Nearby towns", None),
            ("", None),
        ];
        for &(line, want) in cases {
            assert_eq!(by_position(line), want, "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn written_by_is_found_where_a_substring_search_finds_it(
            line in "([ WwBbyY:]{0,2}(ritten by|written|by|bb|r)){0,5}[ a-z:]{0,4}"
        ) {
            // The reference: the first "ritten by", with a 'w' before it and a space, a
            // colon or the end after it.
            let reference = |s: &str| -> Option<usize> {
                let bytes = s.as_bytes();
                let at = s.find("ritten by")?;
                let w_ok = at.checked_sub(1).and_then(|w| bytes.get(w)).is_some_and(|w| w.eq_ignore_ascii_case(&b'w'));
                let after_ok = bytes.get(at + 9).map_or(true, |b| b.is_ascii_whitespace() || *b == b':');
                (w_ok && after_ok).then_some(at + 9)
            };
            if !line.contains('B') {
                proptest::prop_assert_eq!(by_position(&line), reference(&line));
            }
        }
    }

    #[test]
    fn the_date_label_is_the_last_label_written_before_the_date() {
        fn reference(before: &str) -> Option<(usize, &'static str)> {
            let lower = before.to_ascii_lowercase();
            DATE_LABELS.iter().filter_map(|k| lower.rfind(k).map(|at| (at, *k))).max()
        }
        let cases: &[(&str, Option<(usize, &str)>)] = &[
            ("", None),
            ("Xinhua, ", None),
            ("Published: ", Some((0, "published"))),
            ("PUBLISHED ", Some((0, "published"))),
            ("Posted Mon | Updated ", Some((13, "updated"))),
            ("Updated: Jan 2 | first published ", Some((23, "published"))),
            ("unpublished firsts ", Some((12, "first"))),
            ("Crawled at ", Some((0, "crawled"))),
            ("Édité · posted ", Some((11, "posted"))),
        ];
        for (before, want) in cases {
            assert_eq!(last_date_label(before), *want, "{before}");
            assert_eq!(last_date_label(before), reference(before), "{before}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_date_label_search_agrees_with_searching_each_label(
            before in "((published|posted|updated|first|fetched|edit|Posted|FIRST|x|é)[ :|]?){0,8}"
        ) {
            let lower = before.to_ascii_lowercase();
            let reference =
                DATE_LABELS.iter().filter_map(|k| lower.rfind(k).map(|at| (at, *k))).max();
            proptest::prop_assert_eq!(last_date_label(&before), reference);
        }
    }

    #[test]
    fn a_wrapped_line_continues_a_sentence_as_its_first_char_says() {
        // The test as it was, on the first char.
        fn reference(next: &str) -> bool {
            let numbered =
                next.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with(['.', ')'])
                    && next.get(..1).is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()))
                    && next.split_whitespace().next().is_some_and(|w| w.len() <= 4);
            !numbered && next.chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        }
        let cases: &[(&str, bool)] = &[
            ("", false),
            ("said on Tuesday", true),
            ("12 pct higher", true),
            ("1. Typhoon", false),
            ("1) Typhoon", false),
            ("2015. The", true),
            ("12345. x", true),
            ("Officials said", false),
            ("\u{c9}ric said", false),
            ("\u{e9}t\u{e9} said", true),
            ("\u{201c}We", false),
            ("\u{df}e", true),
            ("\u{661}2 x", false),
            ("(a", false),
        ];
        for (next, want) in cases {
            assert_eq!(continues_sentence(next), *want, "{next:?}");
            assert_eq!(continues_sentence(next), reference(next), "{next:?}");
        }
    }

    #[test]
    fn word_sets_find_what_a_scan_of_their_lists_finds() {
        let set = WordSet::new(&[NOT_NAMES, WEEKDAYS]);
        let scan = |w: &str| {
            NOT_NAMES
                .iter()
                .chain(WEEKDAYS)
                .any(|n| n.len() == w.len() && n.eq_ignore_ascii_case(w))
        };
        let words = [
            "",
            "Updated",
            "UPDATED",
            "updates",
            "Q",
            "q",
            "A",
            "Monday",
            "MON",
            "Mond",
            "by",
            "By:",
            "Reuters",
            "Advertisement",
            "\u{212a}",
            "\u{e9}dit\u{e9}",
            "Home",
            "homE",
            "mon\0",
            "MONDAYS",
            "Wednesday",
            "WEDNESDAY",
            "Wednesdayy",
            "international-affairs",
        ];
        for w in words {
            assert_eq!(set.contains(w), scan(w), "{w:?}");
        }
        // A long listed word is compared byte by byte.
        let long = WordSet::new(&[&["correspondents-at-large"]]);
        assert!(long.contains("Correspondents-At-Large"));
        assert!(!long.contains("correspondents-at-larg"));
        for w in NOT_NAMES.iter().chain(WEEKDAYS) {
            assert!(set.contains(&w.to_ascii_uppercase()), "{w}");
        }
    }

    #[test]
    fn a_scratch_reused_across_records_cleans_each_as_a_fresh_one() {
        let cleaner = CleanerBuilder::new().build();
        let long = "Top Stories\n\nTalks on trade to resume next week after long pause\n\n\
                    By Jane Smith\nOctober 7, 2015\n\n\
                    LONDON, Oct. 6 (Reuters) - Talks would resume next week, officials said.\n\n\
                    Advertisement\n\n\
                    Talks would resume next week, officials said.\n\n\
                    Markets rose sharply in the capital\nafter the news, analysts said.\n";
        let texts = [long, "", "One line said.", "a\n\nb\n\nc\n\nd\n\ne\n", long];
        let mut scratch = CleanScratch::new();
        for text in texts.iter().chain(texts.iter().rev()) {
            let record = Record { text: (*text).into(), ..Record::default() };
            let fresh = cleaner.clean_with(&record, &mut CleanScratch::new());
            assert_eq!(cleaner.clean_with(&record, &mut scratch), fresh, "{text:?}");
            // `clean` reuses its thread's scratch the same way.
            assert_eq!(cleaner.clean(&record), fresh, "{text:?}");
        }
        fn is_send<T: Send>() {}
        is_send::<CleanScratch>();
    }

    #[test]
    fn spaced_searches_find_what_the_str_searches_find() {
        let texts = [
            "",
            " ",
            "By Jane Doe and John Roe",
            "By A and  and B and",
            " and ",
            "and and and",
            "Home / World / Asia / Talks resume",
            "a / b // c /  / d",
            "WORLD  MIDDLE EAST   Markets",
            "Jane Doe & Ann Lee - Staff » News › Asia",
            "naïve café / crème » brûlée ›",
        ];
        let patterns = [" and ", " / ", "  ", " & ", " - ", " » ", " › ", " in "];
        for text in texts {
            for pattern in patterns {
                assert_eq!(find_spaced(text, pattern), text.find(pattern), "{text:?} {pattern:?}");
                assert_eq!(
                    rfind_spaced(text, pattern),
                    text.rfind(pattern),
                    "{text:?} {pattern:?}"
                );
                let split: Vec<&str> = SpaceSplit::new(text, pattern).collect();
                let want: Vec<&str> = text.split(pattern).collect();
                assert_eq!(split, want, "{text:?} {pattern:?}");
            }
        }
    }

    #[test]
    fn the_dateline_byte_test_passes_every_dateline_form_and_rules_out_prose() {
        let cases: &[(&str, bool)] = &[
            ("MOSCOW, Oct. 6 (UPI) -- Russia said", true),
            ("(Reuters) - The company said", true),
            ("Geneva, Mar 9 (EFE).- The agency", true),
            ("ODENSE, Denmark, March 3, 2024 /EXAMPLEWIRE/ -- The firm", true),
            ("Washington/London \u{2014} US officials", true),
            ("NAIROBI (AP) \u{2014} Kenya", true),
            ("The company said on Monday it would cut 300 jobs - a third", false),
            ("lagos, dec 9 - the port", false),
            ("Shares rose 5 pct", false),
        ];
        for (text, want) in cases {
            assert_eq!(may_open_with_dateline(text.as_bytes()), *want, "{text}");
        }
    }

    #[test]
    fn bullet_chars_are_those_of_the_bullet_list() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let listed = c.is_whitespace() || "-–—•·*|▪►»◦‣".contains(c);
            assert_eq!(is_bullet_or_space(c), listed, "{c:?}");
        }
    }

    /// The dateline byte test as a loop over the bytes, with its state in two flags.
    fn reference_may_open_with_dateline(head: &[u8]) -> bool {
        if head.first().is_some_and(|b| b.is_ascii_lowercase()) {
            return false;
        }
        let mut in_parens = false;
        let mut after_space = false;
        for &b in head {
            match b {
                b'-' | b':' | b'|' | 0xe2 => return true,
                b'(' => in_parens = true,
                b')' => in_parens = false,
                _ if after_space && !in_parens && b.is_ascii_lowercase() => return false,
                _ => {}
            }
            after_space = b.is_ascii_whitespace();
        }
        false
    }

    #[test]
    fn the_dateline_automaton_answers_as_the_flag_loop_does() {
        let cases = [
            "",
            "a",
            " a",
            "A b",
            "A (b c) - x",
            "A (b c)d e",
            "(x) y",
            "X)\x0b y",
            "X\x0b y",
            "X\ty - z",
            "LONDON, Oct. 6 (Reuters) - x",
            "By Jane Smith\nOctober 7, 2015",
        ];
        for text in cases {
            assert_eq!(
                may_open_with_dateline(text.as_bytes()),
                reference_may_open_with_dateline(text.as_bytes()),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn the_dateline_automaton_agrees_on_any_text(
            s in "[ aAz(),:|\t\n\x0b\x0c\r\u{2014}\u{e9}.-]{0,12}"
        ) {
            proptest::prop_assert_eq!(
                may_open_with_dateline(s.as_bytes()),
                reference_may_open_with_dateline(s.as_bytes())
            );
        }

        #[test]
        fn alnum_words_counts_as_the_word_split_does(
            s in "[ aZ0,.(\t\n\x0b\x1c\u{a0}\u{e9}\u{2014}-]{0,16}"
        ) {
            let want = s.words().filter(|w| w.chars().any(char::is_alphanumeric)).count();
            proptest::prop_assert_eq!(alnum_words(&s), want);
        }
    }
}
