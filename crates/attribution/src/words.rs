//! Closed word classes the attribution rules look at. All lists are lowercase.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::lexicon::BuildFx;

/// Lowercases an ASCII word into `buf`; `None` for long or non-ASCII words, which are never
/// in these lists.
#[inline]
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// `s.split_words().next_back()`, reading only the bytes of the last word (and the spaces
/// after it) when they are ASCII, where `split_words` first tests the whole text.
#[inline]
pub(crate) fn last_word(s: &str) -> Option<&str> {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while let Some(&b) = end.checked_sub(1).and_then(|e| bytes.get(e)) {
        if !b.is_ascii() {
            return s.split_whitespace().next_back();
        }
        if !is_ascii_space(b) {
            break;
        }
        end -= 1;
    }
    let mut start = end;
    while let Some(&b) = start.checked_sub(1).and_then(|e| bytes.get(e)) {
        if !b.is_ascii() {
            return s.split_whitespace().next_back();
        }
        if is_ascii_space(b) {
            break;
        }
        start -= 1;
    }
    if start == end {
        return None;
    }
    s.get(start..end)
}

/// `s.split_words().next()`, reading only the bytes up to the end of the first word when
/// they are ASCII.
#[inline]
pub(crate) fn first_word(s: &str) -> Option<&str> {
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(&b) = bytes.get(start) {
        if !b.is_ascii() {
            return s.split_whitespace().next();
        }
        if !is_ascii_space(b) {
            break;
        }
        start += 1;
    }
    let mut end = start;
    while let Some(&b) = bytes.get(end) {
        if !b.is_ascii() {
            return s.split_whitespace().next();
        }
        if is_ascii_space(b) {
            break;
        }
        end += 1;
    }
    if start == end {
        return None;
    }
    s.get(start..end)
}

/// `s.split_once(char::is_whitespace)`, with ASCII text read by its bytes: a name's first
/// word is split off for every unknown person, and the char test decodes each character.
#[inline]
pub(crate) fn split_first_word(s: &str) -> Option<(&str, &str)> {
    // The first byte that is ASCII whitespace or not ASCII: before a non-ASCII byte the
    // char test is needed.
    match s.bytes().position(|b| is_ascii_space(b) || !b.is_ascii()) {
        Some(at) if s.as_bytes().get(at).is_some_and(|&b| b.is_ascii()) => {
            Some((s.get(..at)?, s.get(at + 1..)?))
        }
        Some(_) => s.split_once(char::is_whitespace),
        None => None,
    }
}

/// `s.split_words().count()`, counting word starts eight bytes at a time in ASCII text.
#[inline]
pub(crate) fn word_count(s: &str) -> usize {
    const LOW7: u64 = !HIGHS;
    let mut count = 0u64;
    let mut odd = 0u64;
    // The high bit of byte 0 when the byte before the word was whitespace (or the start).
    let mut space_before = 0x80u64;
    let mut add = |x: u64| {
        let low7 = x & LOW7;
        // The high bit of each ASCII whitespace byte: 0x09..=0x0d or a space (no carry
        // crosses a byte, as seven bits plus at most 0x77 stay below 0x100).
        let control = (low7 + ONES * (0x80 - 9)) & !(low7 + ONES * (0x80 - 14));
        let t = x ^ (ONES * 0x20);
        let spaces = !(((t & LOW7) + LOW7) | t | LOW7);
        let white = (control | spaces) & !x & HIGHS;
        odd |= x & HIGHS;
        let starts = !white & HIGHS & ((white << 8) | space_before);
        // One bit per word start, summed over the bytes by a multiply.
        count += (starts >> 7).wrapping_mul(ONES) >> 56;
        space_before = white >> 56;
    };
    let mut chunks = s.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        add(u64::from_le_bytes(word));
    }
    // Padded with spaces, which start no word.
    let mut word = [b' '; 8];
    for (w, &b) in word.iter_mut().zip(chunks.remainder()) {
        *w = b;
    }
    add(u64::from_le_bytes(word));
    if odd != 0 {
        return s.split_whitespace().count();
    }
    usize::try_from(count).unwrap_or(usize::MAX)
}

/// `str::split_whitespace` with ASCII text split by its bytes: the Unicode whitespace test
/// decodes every character, and names, titles and cues are split on every mention and claim.
pub(crate) trait SplitWords {
    /// The words of `self`, as `split_whitespace` gives them.
    fn split_words(&self) -> Words<'_>;
}

impl SplitWords for str {
    #[inline]
    fn split_words(&self) -> Words<'_> {
        if self.is_ascii() {
            Words::Ascii { text: self, front: 0, back: self.len() }
        } else {
            Words::Unicode(self.split_whitespace())
        }
    }
}

/// The iterator of [`SplitWords::split_words`].
pub(crate) enum Words<'a> {
    /// ASCII text, read from both ends by byte offsets.
    Ascii { text: &'a str, front: usize, back: usize },
    /// Other text, by the standard library's Unicode splitter.
    Unicode(std::str::SplitWhitespace<'a>),
}

/// The ASCII characters `char::is_whitespace` accepts: tab to carriage return, and space.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self {
            Words::Unicode(words) => words.next(),
            Words::Ascii { text, front, back } => {
                let bytes = text.as_bytes();
                while *front < *back && bytes.get(*front).is_some_and(|&b| is_ascii_space(b)) {
                    *front += 1;
                }
                if *front >= *back {
                    return None;
                }
                let start = *front;
                while *front < *back && bytes.get(*front).is_some_and(|&b| !is_ascii_space(b)) {
                    *front += 1;
                }
                text.get(start..*front)
            }
        }
    }
}

impl DoubleEndedIterator for Words<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        match self {
            Words::Unicode(words) => words.next_back(),
            Words::Ascii { text, front, back } => {
                let bytes = text.as_bytes();
                while *back > *front && bytes.get(*back - 1).is_some_and(|&b| is_ascii_space(b)) {
                    *back -= 1;
                }
                if *back <= *front {
                    return None;
                }
                let end = *back;
                while *back > *front && bytes.get(*back - 1).is_some_and(|&b| !is_ascii_space(b)) {
                    *back -= 1;
                }
                text.get(*back..end)
            }
        }
    }
}

/// A fixed word list, built once: a hash set of the lowercase words, and for each first
/// and each last byte a bit per word length, so most words are rejected before they are
/// lowercased or hashed.
pub(crate) struct WordSet {
    /// The words' bytes packed into three words, zero-padded: a key compares and hashes in
    /// a few instructions, where a byte slice costs a call to memcmp.
    words: HashSet<[u64; 3], BuildFx>,
    /// Bit `n` of `shapes[b]`: some word starts with byte `b`, or its lowercase, and is `n`
    /// bytes long. A table of all 256 bytes is read without a bounds check or lowercasing.
    shapes: [u32; 256],
    /// Bit `n` of `last_shapes[b]`: the same for the word's last byte.
    last_shapes: [u32; 256],
}

impl WordSet {
    fn new(list: &[&'static str]) -> WordSet {
        let mut shapes = [0u32; 256];
        let mut last_shapes = [0u32; 256];
        for w in list {
            let len = w.len();
            let bytes = w.as_bytes();
            if let (Some(&first), Some(&last), true) =
                (bytes.first(), bytes.last(), len <= LONGEST_LISTED)
            {
                // Only ASCII ends: a word with another is never found (`contains` reads
                // non-ASCII bytes as absent).
                for (table, b) in [(&mut shapes, first), (&mut last_shapes, last)] {
                    if b.is_ascii() {
                        for case in [b, b.to_ascii_uppercase()] {
                            table[usize::from(case)] |= 1 << len;
                        }
                    }
                }
            }
        }
        let words = list.iter().filter_map(|w| packed(w.as_bytes())).collect();
        WordSet { words, shapes, last_shapes }
    }

    /// Whether `word`, ASCII-lowercased, is in the list. Long or non-ASCII words never are.
    #[inline]
    fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let len = bytes.len();
        let Some(&first) = bytes.first() else { return false };
        if len > LONGEST_LISTED {
            return false;
        }
        let last = bytes.last().copied().unwrap_or(first);
        let shape = self.shapes[usize::from(first)];
        let last_shape = self.last_shapes[usize::from(last)];
        if shape & last_shape & (1 << len) == 0 {
            return false;
        }
        let mut buf = [0u8; LONGEST_LISTED];
        if let (Some(head), Some(word)) = (buf.get_mut(..len), bytes.get(..len)) {
            head.copy_from_slice(word);
        }
        // Eight bytes at a time: a non-ASCII byte or a NUL (which would read as padding; no
        // listed word has one) is in no list, and ASCII capitals are lowercased in place.
        let mut key = pack(&buf);
        let mut odd = 0;
        for (n, chunk) in key.iter_mut().enumerate() {
            let x = *chunk;
            let in_word = len.saturating_sub(n * 8);
            // Padding bytes (zero) read as 0x01 for the NUL test.
            let padding = if in_word >= 8 { 0 } else { !0u64 << (in_word * 8) };
            let y = x | (padding & ONES);
            odd |= (x & HIGHS) | (y.wrapping_sub(ONES) & !y & HIGHS);
            let low7 = x & !HIGHS;
            let at_least_a = low7 + ONES * (0x80 - u64::from(b'A'));
            let past_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
            let capitals = at_least_a & !past_z & HIGHS;
            *chunk = x | (capitals >> 2);
        }
        odd == 0 && self.words.contains(&key)
    }
}

/// A one in every byte of a word.
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// The high bit of every byte of a word.
const HIGHS: u64 = ONES * 0x80;

/// `word` zero-padded into three words, when it fits and has no NUL byte.
fn packed(word: &[u8]) -> Option<[u64; 3]> {
    let mut buf = [0u8; LONGEST_LISTED];
    if word.len() > buf.len() || word.contains(&0) {
        return None;
    }
    for (o, &b) in buf.iter_mut().zip(word) {
        *o = b;
    }
    Some(pack(&buf))
}

#[inline]
fn pack(buf: &[u8; LONGEST_LISTED]) -> [u64; 3] {
    let mut key = [0u64; 3];
    for (k, chunk) in key.iter_mut().zip(buf.chunks_exact(8)) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        *k = u64::from_le_bytes(bytes);
    }
    key
}

/// `word` without trailing periods ("Inc." → "Inc"), by bytes: a period is one byte, and
/// the char-pattern trim costs more than the lookup it guards.
#[inline]
fn trim_dots(word: &str) -> &str {
    if word.as_bytes().last() != Some(&b'.') {
        return word;
    }
    let dots = word.bytes().rev().take_while(|&b| b == b'.').count();
    word.get(..word.len() - dots).unwrap_or(word)
}

/// The longest word [`lower`] handles; longer words are in no list.
const LONGEST_LISTED: usize = 24;

/// Membership in a fixed word list, hashed once on first use: these checks run for every
/// token near a cue, where a linear scan of a long list showed up in profiles.
macro_rules! in_set {
    ($word:expr, [$($w:literal),* $(,)?]) => {{
        static SET: OnceLock<WordSet> = OnceLock::new();
        SET.get_or_init(|| WordSet::new(&[$($w),*])).contains($word)
    }};
}

/// Personal pronouns that can be the subject of a cue. "I" and "we" are left out: inside
/// quotes they are the speaker talking, outside they are the writer.
pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    // Every pronoun has two to four letters: most words stop at their length.
    if !(2..=4).contains(&word.len()) {
        return None;
    }
    let mut buf = [0u8; 24];
    match lower(word, &mut buf)? {
        "he" => Some(Pronoun::Person(Some(Gender::Male))),
        "she" => Some(Pronoun::Person(Some(Gender::Female))),
        "they" => Some(Pronoun::Plural),
        "it" => Some(Pronoun::Thing),
        _ => None,
    }
}

/// What a pronoun can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// he, she: a person, of the given gender.
    Person(Option<Gender>),
    /// they
    Plural,
    /// it
    Thing,
}

/// Plural nouns naming an unnamed set of speakers: "U.S. officials", "analysts".
pub(crate) fn is_group_noun(word: &str) -> bool {
    in_set!(
        word,
        [
            "officials",
            "analysts",
            "diplomats",
            "witnesses",
            "residents",
            "leaders",
            "activists",
            "sources",
            "experts",
            "observers",
            "watchers",
            "critics",
            "lawmakers",
            "legislators",
            "authorities",
            "rebels",
            "protesters",
            "militants",
            "investigators",
            "economists",
            "traders",
            "dealers",
            "executives",
            "scientists",
            "researchers",
            "doctors",
            "officers",
            "soldiers",
            "workers",
            "members",
            "spokesmen",
            "ministers",
            "politicians",
            "campaigners",
            "insiders",
            "bankers",
            "investors",
            "negotiators",
            "commanders",
            "representatives",
            "envoys",
            "aides",
            "advisers",
            "advisors",
            "organizers",
            "organisers",
            "prosecutors",
            "police",
            "medics",
            "villagers",
            "groups",
            "governments",
            "countries",
            "allies",
            "unions",
            "brokers",
            "forwarders",
            "farmers",
            "growers",
            "exporters",
            "importers",
            "producers",
            "buyers",
            "sellers",
            "shippers",
            "teachers",
            "nurses",
            "parents",
            "students",
            "fishermen",
            "miners",
            "drivers",
            "agents",
            "employees",
            "staff",
            "crew",
            "attorneys",
            "senators",
            "passengers",
            "shareholders",
            "epidemiologists",
            "scholars",
            "pilots",
            "opponents",
            "supporters",
            "voters",
            "citizens",
            "locals",
            "neighbours",
            "neighbors",
            "survivors",
            "families",
            "relatives",
            "monitors",
            "inspectors",
            "regulators",
            "planners",
            "managers",
            "owners",
            "operators",
            "consumers",
            "customers",
            "dockers",
            "dockworkers",
            "unionists",
            "strikers",
            "lawyers",
            "judges",
            "donors",
            "manufacturers",
            "retailers",
            "airlines",
            "companies",
            "banks",
            "firms",
            "specialists",
            "academics",
            "historians",
            "engineers",
            "farm groups",
            "environmentalists",
            "demonstrators",
            "participants",
            "delegates",
            "delegations",
            "commentators",
            "pollsters",
            "underwriters",
            "auditors",
            "creditors",
            "bondholders",
            "forecasters",
            "agencies",
            "ministries",
            "democrats",
            "republicans",
            "conservatives",
            "liberals",
            "socialists",
            "greens",
            "motorists",
            "commuters",
            "travellers",
            "travelers",
            "tourists",
            "authors",
            "users",
            "patients",
            "tenants",
            "renters",
            "landlords",
            "homeowners",
            "vendors",
            "merchants",
            "shopkeepers",
            "suppliers",
            "contractors",
            "developers",
            "physicians",
            "surgeons",
            "paramedics",
            "firefighters",
            "rescuers",
            "volunteers",
            "journalists",
            "athletes",
            "players",
            "coaches",
            "fans",
            "clerics",
            "elders",
        ]
    )
}

/// Singular nouns naming a person by role: "the spokesman", "a senior official".
pub(crate) fn is_role_noun(word: &str) -> bool {
    in_set!(
        word,
        [
            "superintendent",
            "commissioner",
            "inspector",
            "coach",
            "captain",
            "author",
            "administrator",
            "treasurer",
            "registrar",
            "dean",
            "provost",
            "ombudsman",
            "curator",
            "striker",
            "goalkeeper",
            "midfielder",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "minister",
            "secretary",
            "official",
            "president",
            "chairman",
            "chairwoman",
            "chairperson",
            "chair",
            "mep",
            "ambassador",
            "envoy",
            "director",
            "chief",
            "commander",
            "governor",
            "senator",
            "mayor",
            "premier",
            // Ireland's head of government and deputy, titles of their own in Irish news.
            "taoiseach",
            "tánaiste",
            "tanaiste",
            "chancellor",
            "general",
            "secretary-general",
            "analyst",
            "diplomat",
            "source",
            "lawmaker",
            "adviser",
            "advisor",
            "aide",
            "economist",
            "executive",
            "negotiator",
            "prosecutor",
            "representative",
            "king",
            "queen",
            "prince",
            "leader",
            "head",
            "officer",
            "witness",
            "resident",
            "expert",
            "strategist",
            "manager",
            "founder",
            "owner",
            "president-elect",
            "congressman",
            "congresswoman",
            "judge",
            "pope",
            "emir",
            "trader",
            "broker",
            "dealer",
            "banker",
            "lawyer",
            "attorney",
            "economist",
            "official",
            "activist",
            "doctor",
            "professor",
            "researcher",
            "scientist",
            "engineer",
            "novelist",
            "writer",
            "journalist",
            "editor",
            "substitute",
            "defender",
            "winger",
            "keeper",
            "investor",
            "shareholder",
            "farmer",
            "driver",
            "teacher",
            "nurse",
            "physician",
            "surgeon",
            "architect",
            "consultant",
            "pilot",
            "sergeant",
            "detective",
            "constable",
            "magistrate",
            "councillor",
            "councilor",
            "legislator",
            "sheriff",
            "historian",
            "principal",
            "headteacher",
            "headmaster",
            "headmistress",
            "vice-president",
            "vice-chairman",
            "ceo",
            "cfo",
            "coo",
            // People named by what they were doing in the story ("Visitor Ana Ruiz said",
            // "the passenger said"): a sentence's first word, capitalized by its place.
            "visitor",
            "buyer",
            "seller",
            "tenant",
            "landlord",
            "passenger",
            "customer",
            "shopper",
            "commuter",
            "motorist",
            "homeowner",
            "patient",
            "student",
            "voter",
            "spectator",
            "protester",
            "vendor",
            "worker",
            "employee",
        ]
    ) || (word.len() > 8 && word.ends_with("ologist"))
}

/// Words that may appear inside a role title before the head: "press", "deputy", "defense".
pub(crate) fn is_role_modifier(word: &str) -> bool {
    in_set!(
        word,
        [
            "press",
            "deputy",
            "foreign",
            "defense",
            "defence",
            "prime",
            "vice",
            "executive",
            "state",
            "senior",
            "assistant",
            "acting",
            "former",
            "interior",
            "finance",
            "economy",
            "top",
            "chief",
            "general",
            "military",
            "government",
            "administration",
            "department",
            "ministry",
            "white",
            "house",
            "national",
            "security",
            "health",
            "trade",
            "energy",
            "justice",
            "home",
            "affairs",
            "company",
            "police",
            "army",
            "navy",
            "presidential",
            "spokesman",
            "spokeswoman",
            "of",
            "u.s.",
            "us",
            "local",
            "regional",
            "federal",
            "union",
            "party",
            "opposition",
            "rebel",
            "high-ranking",
            "high",
            "ranking",
            "european",
            "western",
            "russian",
            "american",
            "british",
            "chinese",
            "french",
            "german",
            "israeli",
            "iranian",
            "syrian",
            "turkish",
            "ukrainian",
            "japanese",
            "indian",
            "other",
            "independent",
            "private",
            "industry",
            "bank",
            "central",
            "oil",
            "market",
            "the",
        ]
    )
}

/// Head nouns of unnamed institutions: "the company said", "the ministry said".
pub(crate) fn is_org_noun(word: &str) -> bool {
    in_set!(
        word,
        [
            "centre",
            "center",
            "company",
            "ministry",
            "department",
            "government",
            "opposition",
            "agency",
            "embassy",
            "office",
            "army",
            "military",
            "committee",
            "council",
            "commission",
            "bank",
            "court",
            "party",
            "administration",
            "firm",
            "group",
            "alliance",
            "union",
            "newspaper",
            "paper",
            "board",
            "authority",
            "regulator",
            "corporation",
            "statement",
            "report",
            "spokesman's office",
            "kremlin",
            "pentagon",
            "cabinet",
            "parliament",
            "organization",
            "organisation",
            "institute",
            "airline",
            "bureau",
            "exchange",
            "utility",
            "unit",
            "subsidiary",
            "maker",
            "producer",
            "lender",
            "insurer",
            "operator",
            "carrier",
            "team",
            "club",
            "police",
            "coalition",
            "movement",
            "campaign",
            "foundation",
            "network",
            "station",
            "channel",
            "website",
            "magazine",
            "journal",
            "daily",
            "treasury",
            "institution",
            "body",
            "association",
            "federation",
            "conference",
            "syndicate",
            "consortium",
            "watchdog",
        ]
    ) || is_trade_noun(word)
}

/// Business nouns that name a company by its trade ("the miner said", "the automaker said"):
/// in news they stand for the company the story is about, which is rarely named with them.
pub(crate) fn is_trade_noun(word: &str) -> bool {
    in_set!(
        word,
        [
            "miner",
            "automaker",
            "carmaker",
            "drugmaker",
            "chipmaker",
            "steelmaker",
            "retailer",
            "brewer",
            "refiner",
            "manufacturer",
            "conglomerate",
        ]
    )
}

/// Words that do not speak although they head a subject: a report or statement is a source
/// document, and attributing to it would invent a speaker.
pub(crate) fn is_document_noun(word: &str) -> bool {
    in_set!(word, ["statement", "report"])
}

/// Documents that speak for their unnamed authors after "according to": "according to a
/// new poll".
pub(crate) fn is_source_document(word: &str) -> bool {
    in_set!(
        word,
        [
            "study", "poll", "survey", "report", "analysis", "census", "review", "audit", "paper",
            "forecast"
        ]
    )
}

/// Determiners dropped from the front of a speaker's name.
pub(crate) fn is_determiner(word: &str) -> bool {
    in_set!(word, ["the", "a", "an", "some", "many", "several", "other", "most", "both"])
}

/// Articles and possessive or demonstrative determiners, in either case: a word right after
/// one is a noun ("The notes", "its reports"). "Some", "many" and "both" are left out:
/// "Many said …" is a subject speaking.
pub(crate) fn is_noun_determiner(word: &str) -> bool {
    // The set lowercases, and rejects long and non-ASCII words, itself.
    in_set!(
        word,
        ["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "these", "those"]
    )
}

/// Adverbs and auxiliaries that can stand between a subject and its cue: "X also said",
/// "X has repeatedly warned".
pub(crate) fn is_cue_adverb(word: &str) -> bool {
    in_set!(
        word,
        [
            "also",
            "reportedly",
            "later",
            "earlier",
            "again",
            "previously",
            "had",
            "has",
            "have",
            "would",
            "will",
            "did",
            "does",
            "do",
            "once",
            "repeatedly",
            "publicly",
            "privately",
            "then",
            "further",
            "separately",
            "recently",
            "already",
            "subsequently",
            "specifically",
            "initially",
            "first",
            "last",
            "explicitly",
            "openly",
            "just",
            "since",
            "often",
            "frequently",
            "always",
            "never",
            "still",
            "flatly",
            "firmly",
            "strongly",
            "angrily",
            "bluntly",
            "simply",
            "quickly",
            "immediately",
            "finally",
            "had",
            "may",
            "might",
            "could",
            "should",
            "today",
            "yesterday",
            "on",
            "late",
            "early",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ]
    )
}

/// Prepositions that open an attribution tail: "said at a briefing", "said in a statement".
pub(crate) fn is_tail_preposition(word: &str) -> bool {
    in_set!(
        word,
        [
            "at",
            "in",
            "on",
            "during",
            "after",
            "before",
            "while",
            "from",
            "to",
            "with",
            "for",
            "via",
            "through",
            "following",
            "ahead",
            "according",
            "referring",
            "citing",
            "speaking",
            "when",
            "late",
            "early",
            "earlier",
            "later",
            "again",
            "also",
            "last",
            "this",
            "as",
            "by",
            "over",
            "outside",
            "inside",
            "upon",
            "without",
        ]
    )
}

/// Fixed addressees of "told": "told reporters", "told the BBC".
pub(crate) fn is_audience_word(word: &str) -> bool {
    in_set!(
        word,
        [
            "reporters",
            "journalists",
            "lawmakers",
            "parliament",
            "congress",
            "senators",
            "legislators",
            "delegates",
            "supporters",
            "students",
            "investors",
            "analysts",
            "listeners",
            "viewers",
            "readers",
            "audience",
            "audiences",
            "crowd",
            "crowds",
            "media",
            "press",
            "newspaper",
            "agency",
            "broadcaster",
            "television",
            "radio",
            "him",
            "her",
            "them",
            "us",
            "me",
            "members",
            "parliamentarians",
            "officials",
            "correspondents",
            "participants",
            "attendees",
            "guests",
            "employees",
            "staff",
            "workers",
            "troops",
            "residents",
            // Rooms a statement is made to in court, council and club reports.
            "jurors",
            "magistrates",
            "colleagues",
            "councillors",
            "councilors",
            "shareholders",
            "voters",
            "fans",
            "mps",
            "mourners",
            "a",
            "an",
            "the",
            "his",
            "her",
            "their",
            "state",
            "local",
            "foreign",
            "news",
            "conference",
            "briefing",
            "meeting",
            "committee",
            "hearing",
            "gathering",
            "rally",
            "summit",
            "session",
            "court",
            "jury",
            "judge",
            "tribunal",
            "inquiry",
            "panel",
            "assembly",
            "senate",
            "forum",
            "seminar",
            "symposium",
            "webinar",
            "podcast",
        ]
    )
}

/// How a reporting participle after a comma introduces its statement (", insisting the
/// changes will help", ", warning that …"), or `None` for a word that is not one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Participle {
    /// A clause may follow without "that": "saying", "adding", "insisting", "arguing".
    Bare,
    /// Only "that" opens the statement: "warning residents to leave" is an order, not one.
    That,
    /// An addressee comes first: "telling the court …".
    Object,
    /// An appeal: the addressee and an infinitive are the statement ("urging both sides
    /// to return to talks").
    To,
}

/// The reporting participles that open a second statement of the clause's subject.
pub(crate) fn reporting_participle(word: &str) -> Option<Participle> {
    if in_set!(
        word,
        [
            "saying",
            "adding",
            "insisting",
            "arguing",
            "noting",
            "stressing",
            "explaining",
            "asserting",
            "maintaining"
        ]
    ) {
        Some(Participle::Bare)
    } else if in_set!(
        word,
        [
            "warning",
            "cautioning",
            "claiming",
            "acknowledging",
            "emphasising",
            "emphasizing",
            "recalling",
            "predicting",
            "suggesting",
            "admitting",
            "pointing",
        ]
    ) {
        Some(Participle::That)
    } else if word == "telling" {
        Some(Participle::Object)
    } else if word == "urging" {
        Some(Participle::To)
    } else {
        None
    }
}

/// The subordinator that opens a reported clause.
pub(crate) fn is_that(word: &str) -> bool {
    word == "that"
}

/// Function words that end a capitalized run even when sentence-initial ("But U.S.
/// officials" is "U.S. officials").
pub(crate) fn is_function_word(word: &str) -> bool {
    in_set!(
        word,
        [
            "but",
            "and",
            "or",
            "so",
            "yet",
            "meanwhile",
            "however",
            "earlier",
            "later",
            "also",
            "in",
            "on",
            "at",
            "when",
            "while",
            "after",
            "before",
            "if",
            "as",
            "since",
            "although",
            "though",
            "because",
            "still",
            "now",
            "then",
            "where",
            "which",
            "who",
            "that",
            "this",
            "these",
            "those",
            "there",
            "here",
            "with",
            "without",
            "for",
            "from",
            "to",
            "by",
            "we",
            "i",
            "you",
            "it",
            "they",
            "he",
            "she",
            "until",
            "during",
            "under",
            "over",
            "into",
            "what",
            "why",
            "how",
            "not",
            "no",
            "instead",
            "thus",
            "today",
            "yesterday",
            "indeed",
            "moreover",
            "furthermore",
            "separately",
            "finally",
            "last",
            "next",
            "first",
            "asked",
            "speaking",
            "according",
            "said",
            "says",
            "told",
        ]
    )
}

/// Whether a token ends in a possessive "'s" (any apostrophe), which makes it a modifier,
/// never a subject: "Kerry's remarks".
pub(crate) fn is_possessive(word: &str) -> bool {
    ["'s", "\u{2019}s", "\u{b4}s", "'S"].iter().any(|p| word.ends_with(p)) || word.ends_with("s'")
}

/// The owner in a possessive word: "company" for "company's", "unions" for "unions'".
pub(crate) fn possessor(word: &str) -> Option<&str> {
    ["'s", "\u{2019}s", "\u{b4}s", "'S"]
        .iter()
        .find_map(|p| word.strip_suffix(p))
        .or_else(|| word.strip_suffix('\''))
}

/// Whether a word starts with an uppercase letter.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Last words that make a name an organization whatever the name finder guessed:
/// "Heck's Inc", "Imperial Chemical Industries PLC".
pub(crate) fn is_corporate_suffix(word: &str) -> bool {
    in_set!(
        trim_dots(word),
        [
            "inc",
            "corp",
            "corporation",
            "co",
            "ltd",
            "plc",
            "llc",
            "ag",
            "sa",
            "nv",
            "bv",
            "gmbh",
            "spa",
            "ab",
            "oy",
            "bhd",
            "group",
            "holdings",
            "bank",
            "industries",
            "partners",
            "trust",
            "company",
            "limited",
            "airlines",
            "motors",
            "technologies",
            "systems",
            "bancorp",
            "associates",
            "enterprises",
            "ministry",
            "agency",
            "council",
            "commission",
            "committee",
            "department",
            "institute",
            "university",
            "union",
            "party",
            "federation",
            "association",
            "authority",
            "exchange",
            "board",
            "fund",
            "terminals",
            "resources",
            "communications",
            "airways",
            "foods",
            "products",
            "services",
            "networks",
            "properties",
            "securities",
            "laboratories",
            "pharmaceuticals",
            "electronics",
            "entertainment",
            "petroleum",
            "steel",
            "mining",
            "media",
            "capital",
            "insurance",
            "investments",
            "brands",
            "stores",
            "logistics",
            "shipping",
            "lines",
            "chemicals",
            "solutions",
            "software",
            "telecom",
            "railways",
            "ventures",
        ]
    )
}

/// Whether `bytes` are ASCII whose only whitespace is single spaces (no tab, line break,
/// vertical tab, form feed or carriage return, and no two spaces in a row): what
/// [`squash_spaces`] returns unchanged. Eight bytes are tested at a time.
fn is_single_spaced_ascii(bytes: &[u8]) -> bool {
    const LOW7: u64 = !HIGHS;
    const SPACES: u64 = ONES * 0x20;
    let mut odd = 0u64;
    // The high bit of byte 0 when the previous word's last byte was a space.
    let mut space_before = 0u64;
    let mut test = |x: u64| {
        let low7 = x & LOW7;
        // The high bit of each byte: not ASCII, or one of 0x09..=0x0d (no carry crosses a
        // byte, as seven bits plus at most 0x77 stay below 0x100).
        let control = (low7 + ONES * (0x80 - 9)) & !(low7 + ONES * (0x80 - 14));
        // The high bit of each space byte: the byte XOR 0x20 is zero.
        let t = x ^ SPACES;
        let spaces = !(((t & LOW7) + LOW7) | t | LOW7);
        odd |= (x | control) & HIGHS;
        odd |= spaces & ((spaces << 8) | space_before);
        space_before = spaces >> 56;
    };
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        test(u64::from_le_bytes(word));
    }
    // Zero padding is ASCII and no space.
    let mut word = [0u8; 8];
    for (w, &b) in word.iter_mut().zip(chunks.remainder()) {
        *w = b;
    }
    test(u64::from_le_bytes(word));
    odd == 0
}

/// Collapses runs of whitespace (names wrapped across lines) into single spaces.
pub(crate) fn squash_spaces(s: &str) -> String {
    // Names are almost always ASCII with single spaces: one pass over the bytes, eight at
    // a time, says so. Only non-ASCII text needs the Unicode whitespace test.
    if is_single_spaced_ascii(s.as_bytes()) {
        return s.to_string();
    }
    // Names wrapped across lines (every few names in wire copy) are built in one
    // allocation; an ASCII name is split at the bytes `char::is_whitespace` accepts.
    let mut squashed = String::with_capacity(s.len());
    let mut push = |word: &str| {
        if !squashed.is_empty() {
            squashed.push(' ');
        }
        squashed.push_str(word);
    };
    if s.is_ascii() {
        s.split(|c: char| c.is_ascii_whitespace() || c == '\u{b}')
            .filter(|w| !w.is_empty())
            .for_each(&mut push);
    } else if !s.contains(|c: char| c.is_whitespace() && c != ' ') && !s.contains("  ") {
        return s.to_string();
    } else {
        s.split_whitespace().for_each(&mut push);
    }
    squashed
}

/// Modifiers of an institution noun that say what sort of body it is, not which one: "the
/// central bank" is the "Bank of Korea" a story named, "the state agency" its "Agency for X".
pub(crate) fn is_kind_modifier(word: &str) -> bool {
    in_set!(
        word,
        [
            "central",
            "national",
            "federal",
            "state",
            "provincial",
            "regional",
            "local",
            "municipal",
            "public",
            "parent",
            "government",
            "governing",
            "ruling",
        ]
    )
}

/// An age used as a noun or modifier: "the 23-year-old", "the 71-year-old Colombian".
pub(crate) fn is_age(word: &str) -> bool {
    let lc = word.as_bytes();
    let suffix = b"-year-old";
    lc.len() > suffix.len()
        && lc.get(lc.len() - suffix.len()..).is_some_and(|s| s.eq_ignore_ascii_case(suffix))
        && lc.first().is_some_and(|b| b.is_ascii_alphanumeric())
}

/// A decade of life after "in her" / "in his": "70s", "40's", "seventies", "early" (of "early
/// 40s"). An unnamed person described by it ("a woman in her 70s") is a source as written.
pub(crate) fn is_age_decade(word: &str) -> bool {
    let b = word.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let numeric =
        digits == 2 && matches!(b.get(2..), Some(b"s") | Some(b"'s") | Some(b"\xe2\x80\x99s"));
    numeric
        || in_set!(
            word,
            [
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
                "teens",
                "early",
                "late",
                "mid",
            ]
        )
}

/// Nouns that describe a person the story is about without naming them ("the veteran", "the
/// Briton"), lowercase: what a definite one refers to is the person of the passage.
pub(crate) fn is_person_description(word: &str) -> bool {
    in_set!(
        word,
        [
            "veteran",
            "youngster",
            "teenager",
            "rookie",
            "newcomer",
            "debutant",
            "champion",
            "titleholder",
            "winner",
            "runner-up",
            "favourite",
            "favorite",
            "incumbent",
            "challenger",
            "survivor",
            "pensioner",
            "retiree",
            "widow",
            "widower",
            "grandmother",
            "grandfather",
            "briton",
            "frenchman",
            "frenchwoman",
            "englishman",
            "englishwoman",
            "dutchman",
            "dutchwoman",
            "irishman",
            "irishwoman",
            "scotsman",
            "scotswoman",
            "welshman",
            "welshwoman",
            "scot",
            "swede",
            "dane",
            "finn",
            "spaniard",
            "kiwi",
            "aussie",
        ]
    )
}

/// Whether an organization's name is a public body's ("Interior Ministry", "Harbor
/// Council"), which "the company" never refers to.
pub(crate) fn is_public_body_name(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        in_set!(
            w,
            [
                "ministry",
                "department",
                "government",
                "council",
                "commission",
                "agency",
                "authority",
                "police",
                "court",
                "parliament",
                "army",
                "office",
                "committee",
                "senate",
                "assembly",
            ]
        )
    })
}

/// Reporting verbs that open a second statement of the same speaker after "and" or "but"
/// and before "that" ("said A but warned that B", "and added that …").
pub(crate) fn is_second_statement_verb(word: &str) -> bool {
    in_set!(
        word,
        [
            "said",
            "says",
            "warned",
            "warns",
            "added",
            "adds",
            "admitted",
            "admits",
            "insisted",
            "insists",
            "stressed",
            "stresses",
            "noted",
            "notes",
            "acknowledged",
            "acknowledges",
            "conceded",
            "concedes",
            "cautioned",
            "cautions",
            "argued",
            "argues",
            "emphasised",
            "emphasized",
            "maintained",
            "explained",
            "claimed",
            "stated",
        ]
    )
}

/// Cues that report an accusation or an appeal rather than a statement ("accused Y of",
/// "urged Y to"): a plain "and said …" after one is a statement of its own.
pub(crate) fn is_accusation_cue(cue: &str) -> bool {
    let verb = cue.split_words().next().unwrap_or("");
    in_set!(
        verb,
        ["accused", "accuses", "urged", "urges", "blamed", "blames", "criticised", "criticized"]
    )
}

/// Honorifics before a name: "Dr Ingrid Solberg", "Mr. Toner".
pub(crate) fn is_honorific(word: &str) -> bool {
    in_set!(
        trim_dots(word),
        [
            "dr",
            "mr",
            "mrs",
            "ms",
            "prof",
            "professor",
            "sir",
            "dame",
            "lord",
            "lady",
            "rev",
            "sheikh",
            "gen",
            "col",
            "capt",
            "lt",
            "sgt",
            "adm",
            // Titles a court, council, mosque or church report writes before a name
            // ("Barrister Ana Ruiz", "Cllr Tom Hale", "Alhaji Musa Bello", "Engr. Ray Holm").
            "cllr",
            "cr",
            "barrister",
            "advocate",
            "engr",
            "engineer",
            "alhaji",
            "alhaja",
            "pastor",
            "imam",
        ]
    )
}

/// A peer's style ("Lord Reed", "Lady Simler", "Baroness Hale"): unlike an honorific it is
/// how the person is named, so it stays with the name ("Reed" alone is someone else).
pub(crate) fn is_peer_style(word: &str) -> bool {
    in_set!(trim_dots(word), ["lord", "lady", "baroness", "baron", "viscount", "viscountess"])
}

/// Letters written after a name ("Ana Ruiz KC", "Tom Hale MP", "Ray Holm Jr"): they belong
/// to the person before them and never name anyone alone.
pub(crate) fn is_post_nominal(word: &str) -> bool {
    in_set!(
        trim_dots(word),
        [
            "kc", "qc", "sc", "san", "mp", "msp", "mla", "mep", "td", "mbe", "obe", "cbe", "kbe",
            "dbe", "cmg", "kcmg", "knzm", "dnzm", "cnzm", "onzm", "mnzm", "jr", "sr"
        ]
    )
}

/// A generational suffix ("Jr", "Sr."): unlike other letters after a name it is part of
/// the name ("Ferdinand Marcos Jr.").
pub(crate) fn is_generational(word: &str) -> bool {
    in_set!(trim_dots(word), ["jr", "sr"])
}

/// News agencies and outlets: named in datelines and credits, they are rarely what "the
/// agency" or "the company" in a story refers to.
pub(crate) fn is_news_outlet(name: &str) -> bool {
    // Every outlet name fits the word lists' 24 bytes, and a name with non-ASCII letters
    // matches none of them, as with a case-insensitive comparison.
    in_set!(
        name,
        [
            "reuters",
            "associated press",
            "ap",
            "afp",
            "agence france-presse",
            "agence france presse",
            "xinhua",
            "dpa",
            "efe",
            "ansa",
            "kyodo",
            "tass",
            "interfax",
            "upi",
            "bloomberg",
            "anadolu",
            "yonhap",
            "pti",
            "press trust of india",
            "ians",
            "ria novosti",
            "sputnik",
            "bbc",
            "cnn",
            "al jazeera",
            "the washington post",
            "washington post",
            "new york times",
            "the new york times",
            "wall street journal",
            "the wall street journal",
            "financial times",
        ]
    )
}

/// Titles that speak for an institution rather than as themselves.
pub(crate) fn is_spokes_title(word: &str) -> bool {
    in_set!(word, ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"])
}

/// A person's gender, as far as a name, a title or a pronoun shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    /// he
    Male,
    /// she
    Female,
}

/// The usual gender of a common given name, so "she said" can skip the last man named.
/// Names given to both (Andrea, Jean, Sasha) are left out: a wrong guess is worse than none.
pub(crate) fn given_name_gender(word: &str) -> Option<Gender> {
    let word = trim_dots(word);
    if in_set!(
        word,
        [
            "mary",
            "patricia",
            "jennifer",
            "linda",
            "elizabeth",
            "barbara",
            "susan",
            "jessica",
            "sarah",
            "karen",
            "nancy",
            "lisa",
            "betty",
            "margaret",
            "sandra",
            "ashley",
            "kimberly",
            "emily",
            "donna",
            "michelle",
            "carol",
            "amanda",
            "dorothy",
            "melissa",
            "deborah",
            "stephanie",
            "rebecca",
            "sharon",
            "laura",
            "cynthia",
            "kathleen",
            "amy",
            "angela",
            "shirley",
            "anna",
            "ana",
            "brenda",
            "pamela",
            "emma",
            "nicole",
            "helen",
            "samantha",
            "katherine",
            "christine",
            "debra",
            "rachel",
            "carolyn",
            "janet",
            "catherine",
            "maria",
            "heather",
            "diane",
            "ruth",
            "julie",
            "olivia",
            "joyce",
            "virginia",
            "victoria",
            "kelly",
            "lauren",
            "christina",
            "joan",
            "evelyn",
            "judith",
            "megan",
            "cheryl",
            "hannah",
            "jacqueline",
            "martha",
            "gloria",
            "teresa",
            "ann",
            "sara",
            "madison",
            "frances",
            "kathryn",
            "janice",
            "abigail",
            "alice",
            "judy",
            "sophia",
            "grace",
            "denise",
            "amber",
            "doris",
            "marilyn",
            "danielle",
            "beverly",
            "isabella",
            "theresa",
            "diana",
            "natalie",
            "brittany",
            "charlotte",
            "marie",
            "kayla",
            "alexis",
            "lori",
            "anne",
            "annie",
            "claire",
            "clare",
            "chloe",
            "eleanor",
            "ellen",
            "eva",
            "eve",
            "fiona",
            "harriet",
            "irene",
            "jane",
            "joanna",
            "josephine",
            "julia",
            "karin",
            "katarina",
            "kate",
            "katie",
            "lena",
            "lucy",
            "lydia",
            "margarethe",
            "marta",
            "marthe",
            "mia",
            "molly",
            "nina",
            "nora",
            "paula",
            "penny",
            "rosa",
            "rose",
            "sally",
            "sofia",
            "sophie",
            "susanne",
            "suzanne",
            "sylvia",
            "tanya",
            "ursula",
            "vera",
            "wendy",
            "yvonne",
            "zoe",
            "ingrid",
            "astrid",
            "sigrid",
            "birgit",
            "brigitte",
            "gisela",
            "heike",
            "petra",
            "sabine",
            "claudia",
            "monika",
            "anja",
            "katrin",
            "silke",
            "greta",
            "elsa",
            "freya",
            "frida",
            "hanne",
            "hanna",
            "inga",
            "kirsten",
            "liv",
            "maja",
            "malin",
            "mette",
            "nanna",
            "signe",
            "sanne",
            "amalie",
            "camilla",
            "cecilie",
            "emilie",
            "ida",
            "kristin",
            "marit",
            "ragnhild",
            "solveig",
            "tove",
            "annika",
            "anneli",
            "eeva",
            "kaisa",
            "leena",
            "liisa",
            "marja",
            "merja",
            "minna",
            "paivi",
            "riikka",
            "sari",
            "satu",
            "tiina",
            "tuula",
            "francesca",
            "giulia",
            "chiara",
            "elena",
            "federica",
            "ludovica",
            "martina",
            "alessandra",
            "valentina",
            "beatrice",
            "paola",
            "silvia",
            "simona",
            "lucia",
            "carmen",
            "dolores",
            "pilar",
            "mercedes",
            "isabel",
            "ines",
            "lourdes",
            "montserrat",
            "rocio",
            "beatriz",
            "adriana",
            "camila",
            "fernanda",
            "gabriela",
            "juliana",
            "mariana",
            "leticia",
            "luciana",
            "raquel",
            "renata",
            "vanessa",
            "ximena",
            "carolina",
            "marguerite",
            "margot",
            "genevieve",
            "amelie",
            "camille",
            "celine",
            "colette",
            "elodie",
            "helene",
            "juliette",
            "manon",
            "nathalie",
            "sandrine",
            "sylvie",
            "veronique",
            "aurelie",
            "agnieszka",
            "katarzyna",
            "malgorzata",
            "magdalena",
            "natalia",
            "olga",
            "svetlana",
            "tatiana",
            "irina",
            "yelena",
            "ekaterina",
            "anastasia",
            "ludmila",
            "galina",
            "oksana",
            "yulia",
            "daria",
            "fatima",
            "fatma",
            "aisha",
            "ayesha",
            "amina",
            "zainab",
            "khadija",
            "mariam",
            "maryam",
            "leila",
            "layla",
            "huda",
            "salma",
            "samira",
            "yasmin",
            "yasmine",
            "zahra",
            "zeynep",
            "elif",
            "ayse",
            "emine",
            "hatice",
            "merve",
            "esra",
            "busra",
            "priya",
            "anjali",
            "sunita",
            "pooja",
            "deepa",
            "kavita",
            "lakshmi",
            "meera",
            "neha",
            "radha",
            "rekha",
            "shreya",
            "aiko",
            "yuki",
            "yoko",
            "keiko",
            "ngozi",
            "chiamaka",
            "adaeze",
            "amaka",
            "folake",
            "funmilayo",
            "ifeoma",
            "nkechi",
            "oluwaseun",
            "yetunde",
            "chidinma",
            "abena",
            "akosua",
            "ama",
            "efua",
            "wanjiru",
            "njeri",
            "brianna",
            "britney",
            "courtney",
            "crystal",
            "destiny",
            "ebony",
            "jasmine",
            "kendra",
            "latoya",
            "monique",
            "shanice",
            "tamika",
            "tiffany",
            "whitney",
            "yolanda",
        ]
    ) {
        Some(Gender::Female)
    } else if in_set!(
        word,
        [
            "james",
            "john",
            "robert",
            "michael",
            "william",
            "david",
            "richard",
            "joseph",
            "thomas",
            "charles",
            "christopher",
            "daniel",
            "matthew",
            "anthony",
            "mark",
            "donald",
            "steven",
            "paul",
            "andrew",
            "joshua",
            "kenneth",
            "kevin",
            "brian",
            "george",
            "timothy",
            "ronald",
            "edward",
            "jason",
            "jeffrey",
            "ryan",
            "jacob",
            "gary",
            "nicholas",
            "eric",
            "jonathan",
            "stephen",
            "larry",
            "justin",
            "scott",
            "brandon",
            "benjamin",
            "samuel",
            "gregory",
            "alexander",
            "frank",
            "patrick",
            "raymond",
            "jack",
            "dennis",
            "jerry",
            "tyler",
            "aaron",
            "jose",
            "adam",
            "nathan",
            "henry",
            "douglas",
            "zachary",
            "peter",
            "kyle",
            "ethan",
            "walter",
            "noah",
            "jeremy",
            "christian",
            "keith",
            "roger",
            "terry",
            "gerald",
            "harold",
            "sean",
            "austin",
            "carl",
            "arthur",
            "lawrence",
            "dylan",
            "jesse",
            "jordan",
            "bryan",
            "billy",
            "joe",
            "bruce",
            "gabriel",
            "logan",
            "albert",
            "willie",
            "alan",
            "juan",
            "wayne",
            "elijah",
            "randy",
            "roy",
            "vincent",
            "ralph",
            "eugene",
            "russell",
            "bobby",
            "mason",
            "philip",
            "louis",
            "harry",
            "hugh",
            "ian",
            "neil",
            "nigel",
            "oliver",
            "simon",
            "tom",
            "tony",
            "victor",
            "bill",
            "bob",
            "dan",
            "dave",
            "jim",
            "jon",
            "ken",
            "mike",
            "nick",
            "ray",
            "rick",
            "ron",
            "steve",
            "ted",
            "tim",
            "hans",
            "klaus",
            "jurgen",
            "dieter",
            "wolfgang",
            "helmut",
            "horst",
            "gerhard",
            "werner",
            "uwe",
            "stefan",
            "markus",
            "matthias",
            "andreas",
            "jens",
            "lars",
            "nils",
            "olaf",
            "ole",
            "sven",
            "erik",
            "henrik",
            "anders",
            "bjorn",
            "gunnar",
            "magnus",
            "mikael",
            "per",
            "rasmus",
            "soren",
            "mads",
            "niels",
            "kasper",
            "jesper",
            "mikkel",
            "morten",
            "jukka",
            "juha",
            "matti",
            "mikko",
            "pekka",
            "timo",
            "antti",
            "heikki",
            "ville",
            "sami",
            "giovanni",
            "giuseppe",
            "luca",
            "marco",
            "matteo",
            "alessandro",
            "francesco",
            "lorenzo",
            "roberto",
            "stefano",
            "paolo",
            "pietro",
            "antonio",
            "massimo",
            "carlo",
            "enrico",
            "fabio",
            "davide",
            "alberto",
            "carlos",
            "luis",
            "miguel",
            "jorge",
            "pedro",
            "pablo",
            "javier",
            "manuel",
            "francisco",
            "fernando",
            "ricardo",
            "rafael",
            "sergio",
            "diego",
            "alejandro",
            "andres",
            "eduardo",
            "gustavo",
            "joao",
            "paulo",
            "marcelo",
            "rodrigo",
            "felipe",
            "tiago",
            "bruno",
            "thiago",
            "vinicius",
            "pierre",
            "jacques",
            "michel",
            "philippe",
            "alain",
            "francois",
            "nicolas",
            "olivier",
            "laurent",
            "christophe",
            "sebastien",
            "julien",
            "guillaume",
            "antoine",
            "thierry",
            "bernard",
            "patrice",
            "yves",
            "dmitry",
            "dmitri",
            "sergei",
            "sergey",
            "vladimir",
            "alexei",
            "alexey",
            "ivan",
            "igor",
            "mikhail",
            "nikolai",
            "oleg",
            "pavel",
            "andrei",
            "yuri",
            "boris",
            "viktor",
            "piotr",
            "pawel",
            "tomasz",
            "krzysztof",
            "marek",
            "wojciech",
            "mohammed",
            "muhammad",
            "mohamed",
            "ahmed",
            "ahmad",
            "ali",
            "hassan",
            "hussein",
            "omar",
            "khalid",
            "abdullah",
            "ibrahim",
            "mustafa",
            "mahmoud",
            "youssef",
            "yusuf",
            "karim",
            "tariq",
            "hamza",
            "bilal",
            "faisal",
            "saeed",
            "salman",
            "rashid",
            "hamdan",
            "mehmet",
            "ahmet",
            "emre",
            "burak",
            "murat",
            "selim",
            "kemal",
            "hakan",
            "cem",
            "rajesh",
            "rahul",
            "amit",
            "sanjay",
            "vijay",
            "anil",
            "sunil",
            "ravi",
            "arjun",
            "vikram",
            "suresh",
            "ramesh",
            "hiroshi",
            "takeshi",
            "kenji",
            "akira",
            "haruto",
            "satoshi",
            "emeka",
            "chinedu",
            "chukwuma",
            "obinna",
            "olumide",
            "oluwaseyi",
            "babatunde",
            "tunde",
            "adebayo",
            "kwame",
            "kofi",
            "kwesi",
            "kojo",
            "idris",
            "musa",
            "sani",
            "femi",
            "segun",
            "dwayne",
            "darnell",
            "jamal",
            "jerome",
            "malik",
            "tyrone",
            "marcus",
            "terrence",
        ]
    ) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender a title or honorific shows: "Mrs", "spokeswoman", "Mr", "chairman".
pub(crate) fn title_gender(word: &str) -> Option<Gender> {
    let word = trim_dots(word);
    let mut buf = [0u8; 24];
    let lw = lower(word, &mut buf)?;
    if matches!(
        lw,
        "mrs"
            | "ms"
            | "miss"
            | "madam"
            | "madame"
            | "dame"
            | "lady"
            | "queen"
            | "princess"
            | "sister"
            | "mother"
            | "wife"
            | "daughter"
            | "widow"
            | "actress"
            | "grandmother"
            | "aunt"
            | "niece"
            | "duchess"
            | "baroness"
            | "countess"
            | "alhaja"
    ) || (lw.ends_with("woman") && lw.len() > 5)
    {
        Some(Gender::Female)
    } else if matches!(
        lw,
        "mr" | "sir"
            | "lord"
            | "king"
            | "prince"
            | "brother"
            | "father"
            | "husband"
            | "son"
            | "widower"
            | "grandfather"
            | "uncle"
            | "nephew"
            | "duke"
            | "baron"
            | "count"
            | "alhaji"
    ) || (lw.ends_with("man")
        && lw.len() > 3
        && !lw.ends_with("woman")
        && lw != "human"
        && lw != "german")
    {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Whether a lowercase word ending in "-ly" is an adverb ("quickly"), not a noun such as
/// "family" or "assembly" that can modify a speaker ("a family spokesman").
pub(crate) fn is_ly_adverb(word: &str) -> bool {
    word.ends_with("ly")
        && !matches!(word, "family" | "assembly" | "ally" | "rally" | "supply" | "monopoly")
}

/// A title written as its initials ("the CS", "the PM", "CJI"): the head noun the holder's
/// full title was noted under and the full title, which the holder's role must contain.
pub(crate) fn title_abbreviation(word: &str) -> Option<(&'static str, &'static str)> {
    let mut buf = [0u8; 24];
    let lower = lower(word, &mut buf)?;
    Some(match lower {
        "cs" => ("secretary", "cabinet secretary"),
        "pm" => ("minister", "prime minister"),
        "dpm" => ("minister", "deputy prime minister"),
        "fm" => ("minister", "foreign minister"),
        "cji" => ("justice", "chief justice"),
        "cm" => ("minister", "chief minister"),
        "ag" => ("general", "attorney general"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_words_gives_the_words_split_whitespace_gives() {
        let mut texts: Vec<String> = [
            "",
            " ",
            "Ana",
            "  Ana   Ruiz ",
            "Chief Executive Officer of Nordhavn BioSystems",
            "a\tb\nc\u{b}d\u{c}e\rf",
            "Zoë\u{a0}Ärnström  x",
            "x\u{1f}y \u{85}z",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // Every ASCII byte between two letters, alone and doubled.
        for b in 0u8..128 {
            let c = char::from(b);
            texts.push(format!("ab{c}cd"));
            texts.push(format!("{c}{c}ab {c}cd{c}"));
        }
        for text in &texts {
            let want: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(text.split_words().collect::<Vec<_>>(), want, "{text:?}");
            let back: Vec<&str> = text.split_whitespace().rev().collect();
            assert_eq!(text.split_words().rev().collect::<Vec<_>>(), back, "{text:?}");
            // Both ends at once meet without splitting a word.
            let mut both = text.split_words();
            let (mut front, mut rear) = (Vec::new(), Vec::new());
            loop {
                match (both.next(), both.next_back()) {
                    (None, None) => break,
                    (a, b) => {
                        front.extend(a);
                        rear.extend(b);
                    }
                }
            }
            rear.reverse();
            front.extend(rear);
            assert_eq!(front, want, "{text:?}");
        }
    }

    #[test]
    fn word_sets_match_ascii_case_insensitively_and_nothing_else() {
        let set = WordSet::new(&["officials", "u.s.", "co", "spokesman's office"]);
        let cases: &[(&str, bool)] = &[
            ("officials", true),
            ("Officials", true),
            ("OFFICIALS", true),
            ("U.S.", true),
            ("Co", true),
            ("Spokesman's Office", true),
            ("official", false),
            ("officialss", false),
            ("officials.", false),
            ("", false),
            ("c", false),
            // Non-ASCII letters never match, as with the lowercasing lookup before.
            ("\u{d3}fficials", false),
            ("officia\u{142}s", false),
            ("a-very-long-word-beyond-the-lists", false),
        ];
        for &(word, want) in cases {
            assert_eq!(set.contains(word), want, "{word:?}");
        }
    }

    #[test]
    fn word_sets_fold_eight_bytes_at_a_time_as_byte_by_byte() {
        // Words at and around the eight-byte boundaries, with capitals in each chunk, next to
        // the ASCII letters' neighbours ('@' before 'A', '[' after 'Z'), NULs and non-ASCII.
        let listed = ["abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopqrstuvwx", "z"];
        let set = WordSet::new(&listed);
        let reference = |word: &str| {
            word.len() <= LONGEST_LISTED
                && word.bytes().all(|b| b.is_ascii() && b != 0)
                && listed.contains(&word.to_ascii_lowercase().as_str())
        };
        let cases = [
            "abcdefgh",
            "ABCDEFGH",
            "abcdefgH",
            "Abcdefghi",
            "abcdefgHI",
            "abcdefghijklmnoP",
            "ABCDEFGHIJKLMNOPQRSTUVWX",
            "abcdefghijklmnopqrstuvwX",
            "Z",
            "@bcdefgh",
            "abcdefg[",
            "abcdefgh\0",
            "abc\0efgh",
            "abcdefg\u{e9}",
            "abcdefghijklmnopqrstuvwxy",
            "abcdefg",
        ];
        for word in cases {
            assert_eq!(set.contains(word), reference(word), "{word:?}");
        }
    }

    #[test]
    fn byte_splitting_and_counting_agree_with_the_char_versions() {
        let cases = [
            "",
            " ",
            "Ana",
            "Ana Ruiz",
            " Ana  Ruiz ",
            "Ana\tRuiz\nLund",
            "Zo\u{eb} Ruiz",
            "Ana\u{a0}Ruiz Lund",
            "\u{2003}Ana",
            "Ana \u{eb}",
            "Dr. Ana Ruiz",
            "a\u{b}b\u{c}c\rd",
            "Ana Ruiz\u{a0}",
            "\u{eb}a Ruiz",
            "Ruiz\u{2003} ",
            "x",
            "  Lund\n",
            "Zo\u{eb}",
            "Ana Zo\u{eb}\u{a0}Ruiz",
        ];
        for text in cases {
            assert_eq!(split_first_word(text), text.split_once(char::is_whitespace), "{text:?}");
            assert_eq!(word_count(text), text.split_words().count(), "{text:?}");
            assert_eq!(first_word(text), text.split_words().next(), "{text:?}");
            assert_eq!(last_word(text), text.split_words().next_back(), "{text:?}");
        }
    }

    #[test]
    fn word_count_agrees_with_split_words_on_generated_text() {
        let alphabet: &[&str] =
            &["a", "Z", " ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{e9}", "\u{a0}", "."];
        for text in generated_texts(alphabet, 99, 100, 4) {
            assert_eq!(word_count(&text), text.split_words().count(), "{text:?}");
            assert_eq!(first_word(&text), text.split_words().next(), "{text:?}");
            assert_eq!(last_word(&text), text.split_words().next_back(), "{text:?}");
        }
    }

    /// `per_len` texts of each length below 40, drawn from `alphabet` by a seeded LCG, with
    /// `letters` extra draws that give "x", so spaces and controls land anywhere among letters.
    fn generated_texts(
        alphabet: &[&str],
        mut seed: u64,
        per_len: usize,
        letters: usize,
    ) -> Vec<String> {
        let mut texts = Vec::new();
        for len in 0..40 {
            for _ in 0..per_len {
                let mut text = String::new();
                for _ in 0..len {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    let pick = (seed >> 33) as usize % (alphabet.len() + letters);
                    text.push_str(alphabet.get(pick).copied().unwrap_or("x"));
                }
                texts.push(text);
            }
        }
        texts
    }

    #[test]
    fn single_spaced_ascii_test_agrees_with_a_byte_by_byte_one() {
        let slow = |b: &[u8]| {
            b.iter().all(|&c| c.is_ascii() && !(9..=13).contains(&c))
                && !b.windows(2).any(|w| w == b"  ")
        };
        // Every kind of byte, at every offset and across the eight-byte words.
        let alphabet: &[&str] =
            &["a", "Z", " ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{e9}", "0", "\u{7f}"];
        // Letters most of the time, so spaces and controls land anywhere.
        for text in generated_texts(alphabet, 12345, 200, 6) {
            assert_eq!(is_single_spaced_ascii(text.as_bytes()), slow(text.as_bytes()), "{text:?}");
        }
    }

    #[test]
    fn squash_spaces_collapses_every_whitespace_run() {
        let cases: &[(&str, &str)] = &[
            ("Peter Cook", "Peter Cook"),
            ("Peter  Cook", "Peter Cook"),
            ("Peter\nCook", "Peter Cook"),
            ("Peter\tCook", "Peter Cook"),
            ("Peter\u{b}Cook", "Peter Cook"),
            ("Peter\u{a0}Cook", "Peter Cook"),
            ("Zo\u{eb} Ruiz", "Zo\u{eb} Ruiz"),
            // Single spaces at the edges are kept, as they always were.
            (" Cook ", " Cook "),
            (" Cook  ", "Cook"),
            ("Peter \n Cook\n", "Peter Cook"),
            ("Cook", "Cook"),
            // Control bytes are no whitespace: kept, on the slow path or the fast one.
            ("Peter\u{1}Cook", "Peter\u{1}Cook"),
            ("Peter\u{7f}Cook", "Peter\u{7f}Cook"),
            ("Peter\u{1f} Cook", "Peter\u{1f} Cook"),
        ];
        for &(name, want) in cases {
            assert_eq!(squash_spaces(name), want, "{name:?}");
        }
    }

    #[test]
    fn trailing_periods_are_trimmed_by_bytes() {
        let cases: &[(&str, &str)] =
            &[("Inc.", "Inc"), ("Co..", "Co"), ("...", ""), ("St.Paul", "St.Paul")];
        for &(word, want) in cases {
            assert_eq!(trim_dots(word), want, "{word:?}");
        }
        assert!(is_corporate_suffix("Inc."));
        assert!(is_news_outlet("The Wall Street Journal"));
        assert!(!is_news_outlet("Reuters Holdings"));
    }
}
