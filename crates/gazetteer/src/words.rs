//! Small closed word lists the matching rules need. They describe English news prose, not any
//! particular gazetteer, so they live in code rather than in the data files.

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::trie::word_hash;

/// Lowercased single words that are also names: patterns made of one of these (optionally
/// after "the") are matched case-sensitively, so "may" or "turkey" in running text is no name.
pub(crate) const COMMON_WORDS: &[&str] = &[
    "may",
    "post",
    "times",
    "turkey",
    "chad",
    "jordan",
    "guinea",
    "china",
    "mark",
    "will",
    "bill",
    "polish",
    "hope",
    "grace",
    "rose",
    "faith",
    "sun",
    "mail",
    "mirror",
    "independent",
    "guardian",
    "express",
    "telegraph",
    "observer",
    "nation",
    "hill",
    "state",
    "union",
    "march",
    "august",
    "sky",
    "fox",
    "star",
    "globe",
    "tribune",
    "herald",
    "record",
    "press",
    "world",
    "mint",
    "daily",
    "new",
    "house",
    "congress",
    "senate",
    "court",
    "council",
    "parliament",
    "government",
    "army",
    "navy",
    "police",
    "cabinet",
    "assembly",
    "commission",
    "bank",
    "department",
    "ministry",
    "agency",
    "office",
    "taliban",
    "victoria",
    "georgia",
    "niger",
    "reunion",
    "martinique",
    "nice",
    "split",
    "van",
    "reading",
    "bath",
    "cork",
    "wales",
    "panama",
    "java",
    "lima",
    "male",
    "sale",
    "university",
    "amnesty",
    "economist",
    "wagner",
    "observatory",
    "fed",
    "journal",
];

/// Words that end a capitalized run or are stripped from its start: articles, pronouns,
/// conjunctions and other words that are capitalized only because a sentence starts there.
/// Honorifics play the same part but live in [`HONORIFICS`]; the one check that needs both
/// asks for either flag.
pub(crate) const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "in",
    "on",
    "at",
    "of",
    "for",
    "to",
    "by",
    "with",
    "from",
    "as",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "when",
    "while",
    "after",
    "before",
    "since",
    "until",
    "although",
    "though",
    "because",
    "so",
    "yet",
    "also",
    "still",
    "meanwhile",
    "however",
    "instead",
    "asked",
    "speaking",
    "according",
    "earlier",
    "later",
    "last",
    "next",
    "on",
    "no",
    "not",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "one",
    "two",
    "three",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "despite",
    "during",
    "under",
    "over",
    "about",
    "against",
    "between",
    "among",
    "without",
    "within",
    "into",
    "is",
    "was",
    "are",
    "were",
    "be",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "said",
    "says",
    "told",
    "added",
    "st",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "new",
    "more",
    "other",
    "such",
    "than",
    "then",
    "now",
    "even",
    "just",
    "only",
    "very",
    "well",
    "once",
    "again",
    "every",
    "any",
    "several",
    "like",
    "unlike",
    "amid",
    "via",
    "per",
    "photo",
    "video",
    "update",
    "updated",
    "read",
    "see",
    "click",
    "follow",
    "share",
    "editing",
    "reporting",
    "writing",
    "additional",
    "first",
    "second",
    "third",
    "former",
    "late",
    "dear",
    "thanks",
    "chairman",
    "president",
    "treasurer",
    "minister",
    "secretary",
    "senator",
    "governor",
    "mayor",
    "judge",
    "officials",
    "spokesman",
    "spokeswoman",
];

/// Honorifics and abbreviated titles: a name right after one of these is a person.
pub(crate) const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "gen",
    "col",
    "lt",
    "adm",
    "sgt",
    "capt",
    "maj",
    "sen",
    "rep",
    "gov",
    "prof",
    "rev",
    "cmdr",
    "brig",
    "amb",
    "pres",
    "sheikh",
    "imam",
    "rabbi",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sultan",
    "pope",
    "cardinal",
    "ayatollah",
    "mullah",
    // Titles of address news writes glued to names; never part of the name.
    "advocate",
    "pastor",
    "reverend",
    "msgr",
    "fr",
    "elder",
    "mufti",
    "ustaz",
    "ustadh",
    "maulana",
    "swami",
    "shri",
    "smt",
    "haji",
    "hajji",
    "sheikha",
    "lord",
    "lady",
    "baron",
    "baroness",
    "madame",
    "monsieur",
    "herr",
    "frau",
    "mx",
    "cllr",
    "coun",
    "hon",
    "excellency",
    "h.e",
    "comrade",
    "engr",
    // Professional styles written before a name (South Asian, West and East African
    // news): the gold keys drop them as they drop "Dr".
    "barrister",
    "justice",
    "engineer",
    "alhaji",
    "alhaja",
    "deputy",
    "datuk",
    "dato",
    "datin",
    "seri",
    "tun",
    "puan",
    "encik",
];

/// Lowercase particles allowed inside a personal name ("Bashar al Assad", "Mohammed bin
/// Salman", "Ursula von der Leyen"); never at its start or end. Irish ones are capitalized
/// ("Cian Ó Murchú", "Siobhán Ní Bhriain"; "o" and "ni" once folded) and belong to the
/// surname all the same: "Ó Murchú" later names Cian.
pub(crate) const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "ben", "van", "von", "der", "den", "de", "da", "di", "du", "la",
    "le", "dos", "das", "del", "della", "ter", "ul", "ud", "abu", "bint", "o", "ni", "nic", "mac",
];

/// Generational suffixes that end a personal name and stay part of it ("Ferdinand Marcos Jr.",
/// "John Smith III"); the surname is the word before them.
pub(crate) const GENERATIONAL_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Words that make a capitalized run an institution or place rather than a person.
pub(crate) const NON_PERSON_WORDS: &[&str] = &[
    "department",
    "ministry",
    "council",
    "agency",
    "university",
    "party",
    "army",
    "force",
    "forces",
    "command",
    "committee",
    "office",
    "news",
    "times",
    "post",
    "union",
    "organization",
    "organisation",
    "institute",
    "center",
    "centre",
    "group",
    "company",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "llc",
    "plc",
    "bank",
    "association",
    "front",
    "coalition",
    "observatory",
    "street",
    "house",
    "court",
    "senate",
    "congress",
    "parliament",
    "assembly",
    "republic",
    "kingdom",
    "states",
    "state",
    "nations",
    "united",
    "federation",
    "east",
    "west",
    "north",
    "south",
    "middle",
    "gulf",
    "sea",
    "ocean",
    "river",
    "city",
    "province",
    "region",
    "county",
    "district",
    "island",
    "islands",
    "airport",
    "base",
    "hospital",
    "school",
    "college",
    "academy",
    "foundation",
    "fund",
    "trust",
    "brigade",
    "brigades",
    "battalion",
    "division",
    "regiment",
    "corps",
    "guard",
    "guards",
    "navy",
    "police",
    "service",
    "services",
    "authority",
    "commission",
    "board",
    "bureau",
    "administration",
    "government",
    "cabinet",
    "embassy",
    "consulate",
    "mission",
    "summit",
    "conference",
    "forum",
    "treaty",
    "agreement",
    "accord",
    "war",
    "crisis",
    "revolution",
    "movement",
    "network",
    "channel",
    "tv",
    "radio",
    "press",
    "daily",
    "journal",
    "magazine",
    "review",
    "herald",
    "tribune",
    "telegraph",
    "gazette",
    "online",
    "media",
    "group",
    "holdings",
    "industries",
    "systems",
    "airlines",
    "airways",
    "motors",
    "energy",
    "oil",
    "gas",
    "petroleum",
    "exchange",
    "market",
    "markets",
    "index",
    "reserve",
    "treasury",
    "pentagon",
    "kremlin",
    "square",
    "avenue",
    "road",
    "palace",
    "hall",
    "tower",
    "church",
    "mosque",
    "temple",
    "stadium",
    "park",
    "valley",
    "mountains",
    "desert",
    "airbase",
    "program",
    "programme",
    "project",
    "operation",
    "initiative",
    "plan",
    "act",
    "law",
    "bill",
    "day",
    "week",
    "month",
    "year",
    "season",
    "cup",
    "league",
    "olympics",
    "games",
    "christmas",
    "easter",
    "ramadan",
    "eid",
    "islamic",
    "syrian",
    "arab",
    "muslim",
    "christian",
    "jewish",
    "shiite",
    "sunni",
    "kurdish",
    "human",
    "rights",
    "watch",
    "international",
    "national",
    "federal",
    "central",
    "general",
    "supreme",
    "security",
    "defense",
    "defence",
    "foreign",
    "affairs",
    "interior",
    "justice",
    "finance",
    "economy",
    "trade",
    "health",
    "education",
    "co",
    "steel",
    "air",
    "management",
    "terminal",
    "motor",
    "chemical",
    "chemicals",
    "electric",
    "financial",
    "capital",
    "partners",
    "securities",
    "investment",
    "investments",
    "insurance",
    "communications",
    "technologies",
    "technology",
    "pharmaceuticals",
    "foods",
    "products",
    "resources",
    "mining",
    "savings",
    "loan",
    "stores",
    "global",
    "standard",
    "trustco",
    "bancorp",
    "group",
    "holding",
    "ventures",
    "enterprises",
    "brothers",
    "bros",
    "sons",
    "telecom",
    "power",
    "water",
    "chemical",
    "airline",
    "shipping",
    "lines",
    "mills",
    "works",
    "labs",
    "laboratories",
    "software",
    "computer",
    "computers",
    "data",
    "research",
    "estate",
    "properties",
    "realty",
    "life",
    "mutual",
    "credit",
    "equity",
    "funds",
    "asset",
    "assets",
    "partnership",
    "companies",
    "mines",
    "generale",
    "instruments",
    "motors",
    "dynamics",
    "airways",
    "electronics",
];

/// Reporting verbs after which (or before which) a capitalized run is a speaker's name.
pub(crate) const CUE_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "stated",
    "states",
    "explained",
    "warned",
    "warns",
    "insisted",
    "insists",
    "argued",
    "argues",
    "wrote",
    "writes",
    "tweeted",
    "asked",
    "claimed",
    "claims",
    "acknowledged",
    "confirmed",
    "denied",
    "stressed",
    "urged",
    "announced",
    "announces",
    "replied",
    "responded",
    "declared",
    "agreed",
    "suggested",
    "estimated",
    "predicted",
    "commented",
    "remarked",
    "observed",
    "emphasized",
    "emphasised",
    "reiterated",
    "recalled",
    "admitted",
    "conceded",
    "accused",
    "alleged",
    "believes",
    "thinks",
    "called",
    "described",
    "pointed",
    "underlined",
    "continued",
    "concluded",
    "quipped",
    "countered",
    "cautioned",
    "vowed",
    "pledged",
    "promised",
    "threatened",
    "demanded",
];

/// Words before a role title that belong to it ("deputy", "acting", "former").
pub(crate) const ROLE_MODIFIERS: &[&str] = &[
    "deputy",
    "vice",
    "acting",
    "former",
    "senior",
    "chief",
    "top",
    "interim",
    "assistant",
    "associate",
    "principal",
    "first",
    "then",
    "outgoing",
    "incoming",
    "new",
    "junior",
    "lead",
    "special",
    "permanent",
    "under",
    "ex",
    "late",
    "current",
    "longtime",
    "long-time",
    "veteran",
    "caretaker",
    "designate",
    "elected",
    "retired",
    "regional",
    "military",
    "civilian",
    "defense",
    "defence",
    "foreign",
    "finance",
    "economy",
    "interior",
    "press",
    "presidential",
    "royal",
    "state",
    "federal",
    "national",
    "general",
];

/// Whether `list` holds `word`, ignoring ASCII case. A linear scan: for building only; the
/// per-word lookups while matching go through [`class`].
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Bit flags: which of the lists above hold a word.
pub(crate) const STOP: u8 = 1;
pub(crate) const HONORIFIC: u8 = 2;
pub(crate) const PARTICLE: u8 = 4;
pub(crate) const NON_PERSON: u8 = 8;
pub(crate) const CUE: u8 = 16;
pub(crate) const ROLE_MODIFIER: u8 = 32;
/// Corporate suffixes ("Corp", "Inc", "LLC"), listed in the scan's `LEGAL_FORMS` and `BUSINESS_NOUNS`.
pub(crate) const CORPORATE: u8 = 64;
/// Generational suffixes ([`GENERATIONAL_SUFFIXES`]).
pub(crate) const GENERATIONAL: u8 = 128;

/// All lists in one table bucketed by (length, first letter, last letter) of the word: a word
/// of running text costs one bucket read and, for the few words whose shape some listed word
/// has, a case-insensitive comparison with one or two entries. Hashing every capitalized word
/// (FNV byte by byte, then a probe) cost ~170 instructions a word, a large part of the walk.
struct Classes {
    /// Per [`shape_key`]: where its entries begin (`entries[buckets[k]..buckets[k + 1]]`).
    buckets: Vec<u16>,
    /// Each listed word (lowercased) once, with the flags of every list that holds it.
    /// The first eight bytes come first, so that most comparisons read no other memory.
    entries: Vec<(u64, Box<[u8]>, u8)>,
    max_len: usize,
}

/// The hasher builder of the per-text maps of names and entity ids and of the build's maps
/// (the name is historical: it was FNV-1a).
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// A hasher for short keys (words, names, ids) that takes eight bytes a step, multiplying and
/// rotating as FxHash does, with a final mix so that the low bits hashbrown indexes with
/// depend on every byte. FNV-1a's byte-at-a-time loop and SipHash's setup both cost more than
/// the rest of a lookup on names of ten or twenty bytes.
#[derive(Default)]
pub(crate) struct Fnv(u64);

const HASH_K: u64 = 0x517c_c1b7_2722_0a95;

impl Fnv {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(HASH_K);
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        let h = (self.0 ^ (self.0 >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^ (h >> 29)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(<[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes));
        }
        let rest = chunks.remainder();
        // Assembled in a register: copying the rest into a buffer called `memcpy`, twice per
        // key (`str` hashes its bytes, then a `0xFF` byte).
        let last = crate::swar::load(rest);
        // The length keeps "ab" and "ab\0" apart.
        self.add(last ^ ((rest.len() as u64) << 59));
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte) ^ (1 << 59));
    }
}

const MAX_WORD: usize = 32;

/// The bitmap slot of a word, or `None` when it cannot be in any list.
fn shape_key(word: &[u8]) -> Option<usize> {
    // One table read per end instead of case and class tests: `class` runs on most words of
    // a text's capitalized runs.
    let first = SHAPE_LETTER[usize::from(*word.first()?)];
    let last = SHAPE_LETTER[usize::from(*word.last()?)];
    if word.len() >= MAX_WORD || first >= 26 || last > 26 {
        return None;
    }
    Some((word.len() * 27 + usize::from(first)) * 27 + usize::from(last))
}

/// Per byte: a letter's place in the alphabet (either case), 26 for a digit or a period
/// (which may end a listed word, not begin one), and 255 for any other byte.
static SHAPE_LETTER: [u8; 256] = {
    let mut table = [255u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = (b as u8).to_ascii_lowercase();
        if c.is_ascii_lowercase() {
            table[b] = c - b'a';
        } else if c.is_ascii_digit() || c == b'.' {
            table[b] = 26;
        }
        b += 1;
    }
    table
};

fn classes() -> &'static Classes {
    static CLASSES: OnceLock<Classes> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let lists: [(&[&'static str], u8); 9] = [
            (STOP_WORDS, STOP),
            (HONORIFICS, HONORIFIC),
            (PARTICLES, PARTICLE),
            (NON_PERSON_WORDS, NON_PERSON),
            (CUE_VERBS, CUE),
            (ROLE_MODIFIERS, ROLE_MODIFIER),
            (crate::scan::LEGAL_FORMS, CORPORATE),
            (crate::scan::BUSINESS_NOUNS, CORPORATE),
            (GENERATIONAL_SUFFIXES, GENERATIONAL),
        ];
        // A word whose shape has no key cannot be looked up, so it is not stored.
        let mut keyed: Vec<(usize, Box<[u8]>, u8)> = Vec::new();
        let mut max_len = 0;
        for (list, flag) in lists {
            for &w in list {
                max_len = max_len.max(w.len());
                if let Some(k) = shape_key(w.as_bytes()) {
                    keyed.push((k, w.to_ascii_lowercase().into_bytes().into(), flag));
                }
            }
        }
        keyed.sort_unstable();
        let mut entries: Vec<(usize, Box<[u8]>, u8)> = Vec::with_capacity(keyed.len());
        for (k, w, flag) in keyed {
            match entries.last_mut() {
                Some(last) if last.0 == k && last.1 == w => last.2 |= flag,
                _ => entries.push((k, w, flag)),
            }
        }
        let mut buckets = vec![0u16; MAX_WORD * 27 * 27 + 1];
        for &(k, _, _) in &entries {
            if let Some(b) = buckets.get_mut(k + 1) {
                *b += 1;
            }
        }
        for i in 1..buckets.len() {
            let before = buckets.get(i - 1).copied().unwrap_or(0);
            if let Some(b) = buckets.get_mut(i) {
                *b += before;
            }
        }
        let entries =
            entries.into_iter().map(|(_, w, flag)| (crate::swar::load(&w), w, flag)).collect();
        Classes { buckets, entries, max_len }
    })
}

/// The flags of `word` (ASCII case ignored); 0 for a word in no list.
pub(crate) fn class(word: &str) -> u8 {
    let c = classes();
    let bytes = word.as_bytes();
    if bytes.len() > c.max_len {
        return 0;
    }
    let Some(k) = shape_key(bytes) else { return 0 };
    let (Some(&from), Some(&to)) = (c.buckets.get(k), c.buckets.get(k + 1)) else { return 0 };
    let bucket = c.entries.get(usize::from(from)..usize::from(to)).unwrap_or(&[]);
    // A bucket's words all have this word's length: the first eight bytes lowercased at once
    // decide most comparisons.
    if bucket.is_empty() {
        return 0;
    }
    let head = crate::swar::lower(crate::swar::load(bytes));
    bucket
        .iter()
        .find(|(h, w, _)| *h == head && (bytes.len() <= 8 || w.eq_ignore_ascii_case(bytes)))
        .map_or(0, |(_, _, flags)| *flags)
}

/// A set of lowercase words with a value each, looked up ignoring ASCII case without
/// lowercasing the word first: open addressing over [`word_hash`], which reads eight bytes at
/// a time. The given-name lexicon is asked about most capitalized words of a text, and an FNV
/// hash map of `String`s spent ~250 instructions a lookup.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordTable<V> {
    /// `keys` index + 1 per slot, 0 for an empty slot; the length is a power of two.
    slots: Vec<u32>,
    keys: Vec<Box<str>>,
    values: Vec<V>,
}

impl<V: Copy> WordTable<V> {
    /// The table of `pairs` (keys lowercase); a later pair replaces an earlier equal key.
    pub(crate) fn build(pairs: impl IntoIterator<Item = (String, V)>) -> WordTable<V> {
        let mut table = WordTable { slots: Vec::new(), keys: Vec::new(), values: Vec::new() };
        let pairs: Vec<(String, V)> = pairs.into_iter().collect();
        // At most half full, so that a probe for an absent word ends soon.
        let size = (pairs.len() * 2).next_power_of_two().max(16);
        table.slots = vec![0; size];
        for (key, value) in pairs {
            match table.find(key.as_bytes()) {
                Ok(i) => {
                    if let Some(v) = table.values.get_mut(i) {
                        *v = value;
                    }
                }
                Err(slot) => {
                    let Ok(index) = u32::try_from(table.keys.len() + 1) else { continue };
                    if let Some(s) = table.slots.get_mut(slot) {
                        *s = index;
                    }
                    table.keys.push(key.into_boxed_str());
                    table.values.push(value);
                }
            }
        }
        table
    }

    /// The index of the key equal to `word` ignoring ASCII case, or the empty slot where it
    /// would go.
    fn find(&self, word: &[u8]) -> Result<usize, usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut slot = word_hash(word) as usize & mask;
        for _ in 0..self.slots.len() {
            match self.slots.get(slot) {
                Some(&0) | None => return Err(slot),
                Some(&k) => {
                    let i = k as usize - 1;
                    let same = self
                        .keys
                        .get(i)
                        .is_some_and(|key| key.as_bytes().eq_ignore_ascii_case(word));
                    if same {
                        return Ok(i);
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
        Err(usize::MAX)
    }

    /// The value of the key equal to `word` ignoring ASCII case.
    pub(crate) fn get(&self, word: &[u8]) -> Option<V> {
        if self.keys.is_empty() {
            return None;
        }
        self.find(word).ok().and_then(|i| self.values.get(i).copied())
    }
}

/// Whether `word` is in the list behind `flag`.
pub(crate) fn is(word: &str, flag: u8) -> bool {
    class(word) & flag != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_in_any_case() {
        let lists: [(&[&str], u8); 9] = [
            (STOP_WORDS, STOP),
            (HONORIFICS, HONORIFIC),
            (PARTICLES, PARTICLE),
            (NON_PERSON_WORDS, NON_PERSON),
            (CUE_VERBS, CUE),
            (ROLE_MODIFIERS, ROLE_MODIFIER),
            (crate::scan::LEGAL_FORMS, CORPORATE),
            (crate::scan::BUSINESS_NOUNS, CORPORATE),
            (GENERATIONAL_SUFFIXES, GENERATIONAL),
        ];
        for (list, flag) in lists {
            for w in list {
                assert!(is(w, flag), "{w}");
                assert!(is(&w.to_uppercase(), flag), "{w}");
                assert!(is(&w.to_lowercase(), flag), "{w}");
            }
        }
    }

    #[test]
    fn word_table_finds_keys_ignoring_ascii_case_and_keeps_the_last_value() {
        let table = WordTable::build(
            [("ana", 1), ("mar\u{ed}a", 2), ("ana", 3), ("jo", 4), ("", 5)]
                .map(|(k, v)| (k.to_string(), v)),
        );
        let cases: &[(&str, Option<i32>)] = &[
            ("ana", Some(3)),
            ("ANA", Some(3)),
            ("Ana", Some(3)),
            ("MAR\u{ed}A", Some(2)),
            ("MAR\u{cd}A", None),
            ("jo", Some(4)),
            ("j", None),
            ("anna", None),
            ("", Some(5)),
        ];
        for &(word, want) in cases {
            assert_eq!(table.get(word.as_bytes()), want, "{word:?}");
        }
        assert_eq!(WordTable::<i32>::build([]).get(b"ana"), None);
    }

    #[test]
    fn word_table_with_many_keys_finds_each_and_no_other() {
        let keys: Vec<String> = (0..5000).map(|i| format!("name{i}")).collect();
        let table = WordTable::build(keys.iter().cloned().zip(0..));
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(table.get(k.to_uppercase().as_bytes()), Some(i), "{k}");
            assert_eq!(table.get(format!("{k}x").as_bytes()), None, "{k}x");
        }
    }

    #[test]
    fn hasher_tells_apart_keys_that_differ_in_length_or_any_byte() {
        let hash = |s: &str| {
            use std::hash::BuildHasher;
            FnvBuild::default().hash_one(s)
        };
        let keys = ["", "a", "ab", "ab\0", "abcdefgh", "abcdefghi", "abcdefgi", "bbcdefgh"];
        for (i, a) in keys.iter().enumerate() {
            assert_eq!(hash(a), hash(a), "{a:?}");
            for b in keys.get(i + 1..).unwrap_or(&[]) {
                assert_ne!(hash(a), hash(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn unlisted_words_have_no_class() {
        for w in ["Toner", "kettle", "", "x", "saidx", "Mr.", "\u{e9}t\u{e9}", &"a".repeat(40)] {
            assert_eq!(class(w), 0, "{w}");
        }
    }
}
