//! Institutions named by shape, and their later short forms, within one article.
//!
//! News names a public body in full once ("the Ghana Police Service", "the Department of
//! Housing, Local Government and Heritage", "the Electoral Commission of Ghana") and then by
//! a part of that name ("the Electoral Commission said", "the Commission", "Toronto police").
//! Read alone, the parts are other names or none; the article's full name is what a reader
//! goes by.
//!
//! A full name is a run of capitalized words on one line, joined by single spaces, the
//! connectors of [`CONNECTORS`] ("of", "and", "for", "on", "the" after those) and commas that
//! open a list closed by "and" ("Practitioners, Pharmacists and Dentists Union"), holding a
//! head noun of [`HEADS`] that either ends the run or is followed by a connector ("Commission
//! of Ghana"); words after the last such head are cut ("Ghana Police Service Act"). A place
//! word opening the run is part of the name ("Ghana Police Service"); a possessive word is not
//! ("Ontario's Ministry of ..." is the "Ministry of ..."). Gazetteer names of countries and
//! demonyms inside the run are replaced by the run; any other name found before (a person, a
//! known body) ends the run, so "Reuters and Ghana Police Service" is two names.
//!
//! A later run (or a capitalized word run ending with "police") that is the first words of an
//! earlier institution up to a connector or comma ("Electoral Commission" of "Electoral
//! Commission of Ghana"), or its last words ("Commission" of "European Commission"), and
//! holds a head noun, names that institution when exactly one earlier institution of the
//! article fits; so does a head noun alone ("the Commission", or lowercase "the commission"
//! outside any run) of the one earlier body whose head noun it is (the word before its first
//! complement, else its last word). Earlier institutions are both those found here and the
//! gazetteer's bodies.

use whosaid_core::{EntityKind, Span};

use crate::swar;
use crate::words::{is, CUE};
use crate::{EntityId, Mention, Name};

/// Lowercase words that join the words of one institution's name.
const CONNECTORS: &[&str] = &["of", "and", "for", "&"];

/// Nouns that make a capitalized run a public body's or association's name (lowercase).
const HEADS: &[&str] = &[
    "department",
    "ministry",
    "service",
    "services",
    "commission",
    "union",
    "authority",
    "agency",
    "council",
    "association",
    "chamber",
    "committee",
    "board",
    "bureau",
    "office",
    "institute",
    "federation",
    "police",
    "secretariat",
    "tribunal",
    "directorate",
    "inspectorate",
    "administration",
    "society",
    "league",
    "foundation",
    "alliance",
    "coalition",
    "confederation",
    "organisation",
    "organization",
    "court",
    "headquarters",
    // "Royal College of Emergency Medicine": a professional body's name.
    "college",
    // "the Russian Embassy in Helsinki": a state's mission abroad.
    "embassy",
    "consulate",
];

/// Heads of bodies that a state or a business community keeps abroad: "in" and the place
/// (a country or capital the gazetteer knows) belong to their name ("Russian Embassy in
/// Helsinki", "EU Chamber of Commerce in China", "Indian High Commission in London").
const ABROAD: &[&str] = &["embassy", "consulate", "chamber"];

/// Capitalized words that open a public body's name before a listed body's name: "National
/// Environment Agency" is another body than the "Environment Agency" inside it.
const QUALIFIERS: &[&str] = &[
    "national",
    "royal",
    "federal",
    "state",
    "central",
    "provincial",
    "regional",
    "municipal",
    "metropolitan",
];

/// Capitalized role words that end an institution's name: "Ministry of Finance and Trade
/// Minister ..." is a body, then a title.
const TITLES: &[&str] = &[
    "minister",
    "president",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "director",
    "governor",
    "mayor",
    "commissioner",
    "premier",
    "senator",
    "chief",
    "head",
    "leader",
];

/// At most this many institutions per article are remembered for short forms, so that the
/// work stays linear in the article.
const MAX_INSTITUTIONS: usize = 64;

/// What a word of a run is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Part {
    /// A capitalized word.
    Cap,
    /// A connector of [`CONNECTORS`], or "the" after "of" or "for".
    Connector,
    /// A capitalized word after ", ": opens or continues a list.
    ListItem,
    /// A lowercase "police" after capitalized words ("Toronto police"): only a short form.
    LowerPolice,
}

#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
    part: Part,
    /// Its [`word_kind`].
    kind: u8,
}

/// Flags of [`word_kind`].
const HEAD: u8 = 1;
const TITLE: u8 = 2;
const CONNECTOR: u8 = 4;
const OPENER: u8 = 8;

/// The longest word of the lists above.
const MAX_LISTED: usize = 14;

/// Per word length, the first letters of listed words of that length: most capitalized words
/// (names) are ruled out by one table read instead of comparisons with every list.
const FIRST_LETTERS: [u32; MAX_LISTED + 1] = {
    let lists: [&[&str]; 4] = [HEADS, TITLES, CONNECTORS, OPENERS];
    let mut table = [0u32; MAX_LISTED + 1];
    let mut l = 0;
    while l < lists.len() {
        let list = lists[l];
        let mut i = 0;
        while i < list.len() {
            let w = list[i].as_bytes();
            if w.len() <= MAX_LISTED {
                table[w.len()] |= 1 << (w[0] % 32);
            }
            i += 1;
        }
        l += 1;
    }
    table
};

/// Which of [`HEADS`], [`TITLES`], [`CONNECTORS`] and [`OPENERS`] hold `word` (ASCII case
/// ignored).
fn word_kind(word: &str) -> u8 {
    let b = word.as_bytes();
    let (Some(&first), Some(&letters)) = (b.first(), FIRST_LETTERS.get(b.len())) else {
        return 0;
    };
    if letters & (1 << (first.to_ascii_lowercase() % 32)) == 0 {
        return 0;
    }
    let lists: [(&[&str], u8); 4] =
        [(HEADS, HEAD), (TITLES, TITLE), (CONNECTORS, CONNECTOR), (OPENERS, OPENER)];
    lists.iter().filter(|(list, _)| is_in(list, word)).fold(0, |k, (_, flag)| k | flag)
}

/// An institution named earlier in the article.
struct Institution {
    name: Name,
    entity: Option<EntityId>,
    /// Where it is first named.
    start: usize,
}

fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'\'' || b >= 0x80
}

/// The first ASCII capital or non-ASCII byte of `region`, eight bytes at a time.
fn first_capital(region: &[u8]) -> Option<usize> {
    let mut chunks = region.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let x = swar::load(chunk);
        let found = swar::capitals(x) | (x & 0x8080_8080_8080_8080);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = chunks.remainder();
    rest.iter().position(|&b| b.is_ascii_uppercase() || b >= 0x80).map(|i| at + i)
}

fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("\u{2019}s")
}

/// Rewrites `mentions` (sorted by start, not overlapping) for the institutions `text` names,
/// given where the words of [`HEADS`] may start in `text` (a sorted superset of them, such as
/// the dictionary scan gathers on its way: [`is_head_start`], [`heads_in`]).
pub(crate) fn apply_with_heads(text: &str, mentions: &mut Vec<Mention>, heads: &[usize]) {
    let qualified = qualified_bodies(text, mentions);
    if qualified.is_empty() {
        walk(text, mentions, Some(heads));
        return;
    }
    // The dictionary scan notes no head inside a listed body: the walk is sent there too.
    let mut all = Vec::with_capacity(heads.len() + qualified.len());
    let (mut h, mut q) = (heads.iter().peekable(), qualified.iter().peekable());
    while let (Some(&&a), Some(&&b)) = (h.peek(), q.peek()) {
        if a <= b {
            all.push(a);
            h.next();
        } else {
            all.push(b);
            q.next();
        }
    }
    all.extend(h);
    all.extend(q);
    all.dedup();
    walk(text, mentions, Some(&all));
}

/// Where a listed body starts that a qualifier of [`QUALIFIERS`] or a demonym stands right
/// before ("National Environment Agency", "Malaysian Trades Union Congress"), in order: one
/// word read before each listed body.
fn qualified_bodies(text: &str, mentions: &[Mention]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut previous: Option<&Mention> = None;
    for m in mentions {
        let before = previous.replace(m);
        if m.kind != EntityKind::Organization || m.entity.is_none() || m.adjective {
            continue;
        }
        let Some(head) = text.get(..m.span.start).and_then(|t| t.strip_suffix(' ')) else {
            continue;
        };
        let society = national_society(text, m.span);
        let demonym = before.is_some_and(|b| {
            b.kind == EntityKind::Country
                && (b.adjective || society)
                && b.span.end == head.len()
                && (holds_head(text, m.span) || society)
        });
        let from = head.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |i| i + 1);
        let word = head.get(from..).unwrap_or("");
        let qualifier =
            word.starts_with(|c: char| c.is_ascii_uppercase()) && is_in(QUALIFIERS, word);
        if demonym || qualifier {
            out.push(m.span.start);
        }
    }
    out
}

/// [`apply_with_heads`]: with `heads`, only around the words that may be heads; without,
/// over every capitalized word (for a test that compares the two).
fn walk(text: &str, mentions: &mut Vec<Mention>, heads: Option<&[usize]>) {
    let gated = heads.is_some();
    let heads = heads.unwrap_or(&[]);
    let bytes = text.as_bytes();
    let mut found: Vec<Mention> = Vec::new();
    let mut known: Vec<Institution> = Vec::new();
    let mut run: Vec<Word> = Vec::new();
    let mut next_mention = 0;
    let mut pos = 0;
    let mut prev_end = 0;
    // Only a run holding a head noun can name anything: outside a run the walk goes straight
    // to where the run of the next one may begin (most capitalized words of a text are in no
    // such run, and walking them was most of this pass).
    let mut next_head = 0;
    let mut head_floor: Option<(usize, usize)> = None;
    // The end of a name by shape taken into the current run as its complement.
    let mut absorbed_until = usize::MAX;
    while pos < bytes.len() {
        if run.is_empty() && gated {
            while heads.get(next_head).is_some_and(|&h| h < pos) {
                next_head += 1;
            }
            let Some(&head) = heads.get(next_head) else { break };
            let floor = match head_floor {
                Some((h, floor)) if h == next_head => floor,
                _ => {
                    let floor = run_floor(bytes, pos, head);
                    head_floor = Some((next_head, floor));
                    floor
                }
            };
            pos = pos.max(floor);
        }
        if run.is_empty() {
            // Outside a run only a capitalized word matters (most words are lowercase): skip
            // to the next capital or non-ASCII letter, and over a word it is inside of.
            match first_capital(bytes.get(pos..).unwrap_or(&[])) {
                Some(i) => pos += i,
                None => break,
            }
            if pos > 0 && bytes.get(pos - 1).copied().is_some_and(word_byte) {
                while bytes.get(pos).copied().is_some_and(word_byte) {
                    pos += 1;
                }
                continue;
            }
        }
        let Some(b) = bytes.get(pos).copied() else { break };
        if !word_byte(b) || b == b'-' || b == b'\'' {
            pos += 1;
            continue;
        }
        let start = pos;
        pos = word_run_end(bytes, pos);
        // Trailing hyphens and apostrophes are punctuation, not the word's.
        let mut end = pos;
        while end > start && matches!(bytes.get(end - 1), Some(b'-' | b'\'')) {
            end -= 1;
        }
        let Some(word) = text.get(start..end) else { continue };
        let gap = text.get(prev_end..start).unwrap_or("");
        let prev_start = prev_end;
        prev_end = end;
        // Hard-wrapped text breaks a name across lines ("Cooperation and\nDevelopment").
        let gap = if matches!(gap, "\n" | " \n" | "\n " | "\r\n") { " " } else { gap };
        // "Queensland Farmers' Federation", "Traders' Association": a plural possessive
        // before a body's head noun joins its words as a space does; after one it ends the
        // name ("the National Association of Securities Dealers' NASDAQ system").
        let plural_possessive = matches!(gap, "' " | "\u{2019} ")
            && !run.is_empty()
            && !run.iter().any(|w| w.kind & HEAD != 0)
            && text.get(..prev_start).is_some_and(|t| t.ends_with('s'));
        // "B.C. Wildfire Service": a place's initials open a body's name as a word does.
        let single_capital = |w: &str| w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase());
        let previous = run.last().map_or("", |w| slice(text, w));
        let initials = single_capital(previous)
            && ((gap == "." && single_capital(word))
                || (gap == ". "
                    && text.get(..prev_start.saturating_sub(1)).is_some_and(|t| t.ends_with('.'))
                    && word.starts_with(|c: char| c.is_ascii_uppercase())
                    && word_kind(word) & (OPENER | TITLE) == 0));
        let gap = if plural_possessive || initials { " " } else { gap };
        // Names found before: countries and demonyms join a run, anything else ends it.
        while mentions.get(next_mention).is_some_and(|m| m.span.end <= start) {
            let m = mentions.get(next_mention);
            remember_gazetteer_body(m, &mut known);
            next_mention += 1;
        }
        let inside = mentions.get(next_mention).filter(|m| m.span.start < end);
        // "Federation of Indian Export Organisations": capitalized words right after a
        // connector are the complement, even where the finder by shape took them for a
        // person before a cue. A listed person stays one.
        // Not after "and": "... and Development Jean-Claude Paye" is a body, then a person.
        let opens_complement =
            |w: &Word| w.part == Part::Connector && matches!(slice(text, w), "of" | "for" | "the");
        let after_connector = |run: &[Word]| match run {
            [.., w] if opens_complement(w) => true,
            // "of Indian": a country's demonym right after the connector.
            [.., c, w] => {
                opens_complement(c)
                    && next_mention
                        .checked_sub(1)
                        .and_then(|i| mentions.get(i))
                        .is_some_and(|m| m.kind == EntityKind::Country && m.span.end == w.end)
            }
            _ => false,
        };
        let complement = |m: &Mention| {
            m.entity.is_none()
                && m.kind == EntityKind::Person
                && gap == " "
                && (m.span.end == absorbed_until || after_connector(&run))
        };
        // "National Environment Agency", "Malaysian Trades Union Congress": a listed body
        // after qualifiers alone (words of [`QUALIFIERS`], a demonym) is the head of a longer
        // name; the run takes it whole as its head noun.
        let qualified = |m: &Mention| {
            m.kind == EntityKind::Organization
                && m.entity.is_some()
                && m.span.start == start
                && gap == " "
                && qualifiers_only(text, &run, mentions, {
                    let society = national_society(text, m.span);
                    (holds_head(text, m.span) || society, society)
                })
        };
        if let Some(m) = inside.filter(|m| complement(m)) {
            absorbed_until = m.span.end;
        } else if let Some(m) = inside.filter(|m| qualified(m)) {
            run.push(Word { start, end: m.span.end, part: Part::Cap, kind: HEAD });
            pos = m.span.end;
            prev_end = m.span.end;
            // Passed over, not remembered: the longer name is the body named here.
            next_mention += 1;
            continue;
        } else if inside.is_some_and(|m| {
            m.kind != EntityKind::Country && !joins_and(text, m) && !union_initials(text, m)
        }) {
            if gap == " " {
                // The run goes on into that name ("Chicago Board Options Exchange"): what
                // stands before it is no whole name.
                run.clear();
            }
            close(text, &mut run, mentions, &mut found, &mut known);
            continue;
        }
        let capitalized = word.chars().next().is_some_and(char::is_uppercase);
        let joined = !run.is_empty() && (gap == " " || gap == ", ");
        if !joined {
            close(text, &mut run, mentions, &mut found, &mut known);
        }
        if capitalized && is_possessive(word) {
            // "Ontario's Ministry of ...": the possessive is no part of the name.
            close(text, &mut run, mentions, &mut found, &mut known);
            continue;
        }
        // A title after a capitalized word ends the name ("Trade Minister"); after a
        // connector it is part of it ("Office of the President").
        let after_connector = run.last().is_some_and(|w| w.part == Part::Connector);
        let kind = word_kind(word);
        let title = capitalized && kind & TITLE != 0 && !after_connector;
        let part = if title {
            None
        } else if capitalized {
            Some(if gap == ", " && !run.is_empty() { Part::ListItem } else { Part::Cap })
        } else if !run.is_empty()
            && gap == " "
            && (kind & CONNECTOR != 0
                || (word == "the"
                    && run.last().is_some_and(|w| {
                        w.part == Part::Connector && matches!(slice(text, w), "of" | "for")
                    }))
                || (word == "in"
                    && abroad(text, &run)
                    && bytes.get(end) == Some(&b' ')
                    && place_at(text, end + 1, mentions.get(next_mention))))
        {
            Some(Part::Connector)
        } else if !run.is_empty() && gap == " " && word == "police" {
            Some(Part::LowerPolice)
        } else {
            None
        };
        match part {
            Some(part) if !(gap == ", " && part != Part::ListItem) => {
                run.push(Word { start, end, part, kind });
                if part == Part::LowerPolice {
                    close(text, &mut run, mentions, &mut found, &mut known);
                }
            }
            _ => {
                close(text, &mut run, mentions, &mut found, &mut known);
                // A capitalized word that could not join starts the next run.
                if capitalized && !title {
                    run.push(Word { start, end, part: Part::Cap, kind });
                }
            }
        }
    }
    close(text, &mut run, mentions, &mut found, &mut known);
    // Bodies met after the last run still count for the lowercase short forms below.
    while next_mention < mentions.len() {
        remember_gazetteer_body(mentions.get(next_mention), &mut known);
        next_mention += 1;
    }
    lowercase_short_forms(text, mentions, &known, &mut found);
    if found.is_empty() {
        return;
    }
    found.sort_by_key(|m| m.span.start);
    // Names inside a found institution ("Ghana") give way to it; the rest stay. Both lists
    // are in text order: one merge.
    let mut f = 0;
    mentions.retain(|m| {
        while found.get(f).is_some_and(|x| x.span.end <= m.span.start) {
            f += 1;
        }
        !found.get(f).is_some_and(|x| x.span.start <= m.span.start && m.span.end <= x.span.end)
    });
    mentions.extend(found);
    mentions.sort_by_key(|m| m.span.start);
}

/// Where a word of [`HEADS`] may start: every capitalized word spelled as one (ASCII case
/// ignored), and every "police". A superset is harmless: it only makes the walk look at more
/// of the text.
#[cfg(test)]
fn head_candidates(text: &str) -> Vec<usize> {
    let mut heads = Vec::new();
    heads_in(text, 0, text.len(), &mut heads);
    heads
}

/// Whether lowercase `pattern` holds a word of [`HEADS`] anywhere (a substring is enough):
/// [`heads_in`] finds nothing in a text that, lowercased, holds none.
pub(crate) fn may_hold_head(pattern: &str) -> bool {
    static FINDER: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let finder = FINDER.get_or_init(|| aho_corasick::AhoCorasick::new(HEADS).ok());
    // Without a finder every pattern is looked inside, as before this filter.
    finder.as_ref().map_or(true, |f| f.is_match(pattern))
}

/// Adds to `out` where a word of [`HEADS`] may start within `text[from..to]` (see
/// [`head_candidates`]), in order.
pub(crate) fn heads_in(text: &str, from: usize, to: usize, out: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let to = to.min(bytes.len());
    // Every ASCII capital and "p" of each eight bytes, in order, without restarting a search
    // per capital (or a substring search per call: most calls are for one short match); a
    // capital inside a word begun by an earlier one is passed over (that word is no head, and
    // the walk never starts a word inside it).
    let mut chunk = from;
    let mut word_end = 0;
    while chunk < to {
        // Eight bytes in one load where the text has them, the bytes past `to` masked off
        // (most calls are for one short match: assembling its last bytes one by one showed).
        let x = match bytes.get(chunk..chunk + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
            Some(eight) => u64::from_le_bytes(eight),
            None => swar::load(bytes.get(chunk..to).unwrap_or(&[])),
        };
        let valid = if to - chunk >= 8 { u64::MAX } else { (1u64 << (8 * (to - chunk))) - 1 };
        let mut found = (swar::capitals(x) | swar::equal_to(x, b'p')) & valid;
        while found != 0 {
            let start = chunk + found.trailing_zeros() as usize / 8;
            found &= found - 1;
            if bytes.get(start) == Some(&b'p') {
                if bytes.get(start..start + 6) == Some(b"police".as_slice()) && start + 6 <= to {
                    out.push(start);
                }
                continue;
            }
            if start < word_end {
                continue;
            }
            word_end = word_run_end(bytes, start);
            let mut end = word_end;
            while end > start && matches!(bytes.get(end - 1), Some(b'-' | b'\'')) {
                end -= 1;
            }
            if is_head_at(bytes, start, end) {
                out.push(start);
            }
        }
        chunk += 8;
    }
}

/// Whether the run of letters and digits `bytes[start..start + len]` (a word of the
/// dictionary scan) may be a word of [`HEADS`] that an institution's run holds: a
/// capitalized head, or "police". Every such word of a text is one of these (its letters
/// are ASCII and fold to themselves).
#[inline]
pub(crate) fn is_head_start(bytes: &[u8], start: usize, len: usize) -> bool {
    if !(5..=MAX_HEAD).contains(&len) {
        return false;
    }
    match bytes.get(start) {
        Some(&b) if b.is_ascii_uppercase() => {
            // Most capitalized words have no head of their length and first letter: one
            // table read instead of the comparisons (every capitalized word comes here).
            let letters = HEAD_FIRST_LETTERS.get(len).copied().unwrap_or(u32::MAX);
            letters & (1 << (b - b'A')) != 0 && is_head_at(bytes, start, start + len)
        }
        Some(b'p') => bytes.get(start..start + len) == Some(b"police".as_slice()),
        _ => false,
    }
}

/// The longest word of [`HEADS`], and the most of them of one length.
const MAX_HEAD: usize = 14;
const HEADS_PER_LENGTH: usize = 6;

/// Per length, the words of [`HEADS`] of that length as their first and last eight bytes
/// (zero-padded), so that a capitalized word is compared with a few heads by two loads each
/// instead of with every listed word (which cost a hundred instructions per name).
const HEADS_BY_LENGTH: [[(u64, u64); HEADS_PER_LENGTH]; MAX_HEAD + 1] = {
    let mut table = [[(0u64, 0u64); HEADS_PER_LENGTH]; MAX_HEAD + 1];
    let mut counts = [0usize; MAX_HEAD + 1];
    let mut i = 0;
    while i < HEADS.len() {
        let w = HEADS[i].as_bytes();
        let n = w.len();
        let (mut head, mut tail) = (0u64, 0u64);
        let mut j = 0;
        while j < n && j < 8 {
            head |= (w[j] as u64) << (8 * j);
            j += 1;
        }
        if n > 8 {
            let mut j = 0;
            while j < 8 {
                tail |= (w[n - 8 + j] as u64) << (8 * j);
                j += 1;
            }
        }
        // Indexing panics at compile time if a head outgrows the table.
        table[n][counts[n]] = (head, tail);
        counts[n] += 1;
        i += 1;
    }
    table
};

/// Per length, a bit per first letter (`a` is bit 0) of the words of [`HEADS`] of that
/// length; all bits for a length where some head opens with a byte that is no lowercase
/// letter.
const HEAD_FIRST_LETTERS: [u32; MAX_HEAD + 1] = {
    let mut table = [0u32; MAX_HEAD + 1];
    let mut i = 0;
    while i < HEADS.len() {
        let w = HEADS[i].as_bytes();
        if !w.is_empty() && w.len() <= MAX_HEAD {
            table[w.len()] |= if w[0].is_ascii_lowercase() { 1 << (w[0] - b'a') } else { u32::MAX };
        }
        i += 1;
    }
    table
};

/// Whether `bytes[start..end]` is one of [`HEADS`], ASCII case ignored. The word's first
/// eight bytes are one load from the text when it has them (assembling a short word byte by
/// byte cost more than the comparisons).
fn is_head_at(bytes: &[u8], start: usize, end: usize) -> bool {
    let n = end.saturating_sub(start);
    let Some(heads) = HEADS_BY_LENGTH.get(n).filter(|_| n > 0) else { return false };
    let mask = if n >= 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
    let head = match bytes.get(start..start + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        Some(eight) => u64::from_le_bytes(eight) & mask,
        None => swar::load(bytes.get(start..start + n.min(8)).unwrap_or(&[])),
    };
    let head = swar::lower(head);
    let tail = match bytes.get(end.saturating_sub(8)..end) {
        Some(last) if n > 8 => swar::lower(swar::load(last)),
        _ => 0,
    };
    heads.iter().any(|&(h, t)| h == head && t == tail && h != 0)
}

/// A position at or after `floor` and at or before `head` where no run holding `head` has
/// begun yet: after a byte before `head` that no gap of a run may hold (only words, single
/// spaces, ", " and a line break join a run). From there the walk starts with an empty run
/// and meets the same run as a walk from the text's start would: a run ended before it holds
/// no head, so closing it found nothing. Not where the next word starts with a hyphen or an
/// apostrophe: a walk inside a run takes "-Ministry" as the word "Ministry", a walk outside
/// one passes it over, and which of them the full walk was in there is not known.
fn run_floor(bytes: &[u8], floor: usize, head: usize) -> usize {
    let mut at = head.min(bytes.len());
    while at > floor {
        let b = bytes.get(at - 1).copied().unwrap_or(b' ');
        // The period of a single capital's initial ("B.C. Wildfire Service") joins too.
        let initial = b == b'.'
            && at >= 2
            && bytes.get(at - 2).is_some_and(|c| c.is_ascii_uppercase())
            && !bytes.get(at.wrapping_sub(3)).copied().is_some_and(|c| at >= 3 && word_byte(c));
        let joins = word_byte(b) || matches!(b, b' ' | b',' | b'\n' | b'\r') || initial;
        if !joins {
            let gap = bytes.get(at..).unwrap_or(&[]);
            let next = gap.iter().find(|&&b| word_byte(b));
            if !matches!(next, Some(b'-' | b'\'')) {
                return at;
            }
        }
        at -= 1;
    }
    floor
}

/// The head noun of a body's name: the word before its first complement ("Commission" of
/// "Electoral Commission of Ghana", "Department" of "Department of Housing, Local
/// Government and Heritage"), else its last word ("Police Service Commission").
fn head_of(name: &str) -> &str {
    // The first place where one of the complements' openers starts, in one pass over the
    // bytes (a substring search per opener cost thousands of instructions per name).
    const OPENERS: [&[u8]; 6] = [b" of ", b" for ", b" on ", b" in ", b", ", b" ("];
    let bytes = name.as_bytes();
    let opener_at = (0..bytes.len()).find(|&i| {
        matches!(bytes.get(i), Some(b' ' | b','))
            && OPENERS.iter().any(|o| bytes.get(i..).is_some_and(|rest| rest.starts_with(o)))
    });
    let before = opener_at.and_then(|i| name.get(..i)).unwrap_or(name);
    before.rsplit(' ').next().unwrap_or(before)
}

/// Where "the HEAD" is written in `text` (any case, one space), as the leftmost-longest
/// search for "the " + each of [`HEADS`] ignoring ASCII case found it, less the matches whose
/// edges `lowercase_short_forms` rejects anyway: a head that is a prefix of a longer run of
/// letters. Every head is ASCII letters only, so the head after "the " is the whole run of
/// letters there; the matches of that search never overlap (a head holds no "the "), so each
/// space after a "the" is one. A walk over the spaces, eight bytes at a time, instead of the
/// automaton (whose prefilter stopped at every "the" and "he": a fifth of annotate on news).
/// The reference of [`lowercase_the_heads`].
#[cfg(test)]
fn the_heads(text: &str) -> impl Iterator<Item = TheHead> + '_ {
    let bytes = text.as_bytes();
    let mut chunk = 0;
    let mut spaces = 0u64;
    // Whether the last byte of the previous eight is an 'e' or 'E'.
    let mut e_before = 0u64;
    std::iter::from_fn(move || loop {
        while spaces == 0 {
            if chunk >= bytes.len() {
                return None;
            }
            let eight = bytes.get(chunk..(chunk + 8).min(bytes.len())).unwrap_or(&[]);
            let x = swar::load(eight);
            // Only a space after an 'e' may end a "the": most spaces are passed over here.
            let e = swar::equal_to(swar::lower(x), b'e');
            let after_e = (e << 8) | e_before;
            e_before = e >> 56;
            spaces = swar::equal_to(x, b' ') & after_e & low_bytes_mask(eight.len());
            chunk += 8;
        }
        let space = chunk - 8 + spaces.trailing_zeros() as usize / 8;
        spaces &= spaces - 1;
        let Some(the) = space.checked_sub(3) else { continue };
        let is_the = bytes.get(the..space).is_some_and(|w| w.eq_ignore_ascii_case(b"the"));
        if !is_the {
            continue;
        }
        let after = bytes.get(space + 1..).unwrap_or(&[]);
        let run = after.iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(after.len());
        let end = space + 1 + run;
        if is_head_at(bytes, space + 1, end) {
            return Some(TheHead { start: the, end });
        }
    })
}

/// The hits of [`the_heads`] whose head is written in lower case and is one of `words`
/// (lowercase words of [`HEADS`]), in text order: one substring search per word for a space
/// and the word, then a look at the three bytes before and the byte after.
fn lowercase_the_heads(text: &str, words: &[String]) -> Vec<TheHead> {
    let bytes = text.as_bytes();
    let mut hits = Vec::new();
    let mut needle = Vec::new();
    for word in words {
        needle.clear();
        needle.push(b' ');
        needle.extend_from_slice(word.as_bytes());
        for space in memchr::memmem::find_iter(bytes, &needle) {
            let Some(the) = space.checked_sub(3) else { continue };
            let end = space + needle.len();
            let is_the = bytes.get(the..space).is_some_and(|w| w.eq_ignore_ascii_case(b"the"));
            // The head is the whole run of letters after the space.
            if is_the && !bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
                hits.push(TheHead { start: the, end });
            }
        }
    }
    hits.sort_unstable_by_key(|h| h.start);
    hits
}

/// The low `n` bytes of a `u64` set (all for `n >= 8`).
#[cfg(test)]
fn low_bytes_mask(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

/// One "the HEAD" of [`the_heads`], read as the automaton's match was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct TheHead {
    start: usize,
    end: usize,
}

impl TheHead {
    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }
}

/// "The Electoral Commission of Vandor (...). The commission said": a lowercase head noun
/// after "the" names the one body named before it whose head noun it is ("the ministry"
/// after the Ministry of Health and the Ministry of Roads names neither). One search over
/// the text, only when the text names a body.
fn lowercase_short_forms(
    text: &str,
    mentions: &[Mention],
    known: &[Institution],
    found: &mut Vec<Mention>,
) {
    if known.is_empty() {
        return;
    }
    let bytes = text.as_bytes();
    // Only a head noun that ends a known body's name can name one: those are looked for, in
    // lower case, instead of every "the HEAD" of the text (a walk over all its bytes, a
    // tenth of annotate on news).
    let mut words: Vec<String> = Vec::new();
    for k in known {
        let head = head_of(&k.name);
        if is_head_at(head.as_bytes(), 0, head.len())
            && !words.iter().any(|w| w.eq_ignore_ascii_case(head))
        {
            words.push(head.to_ascii_lowercase());
        }
    }
    for hit in lowercase_the_heads(text, &words) {
        let head = Span::new(hit.start() + 4, hit.end());
        let Some(word) = head.get(text) else { continue };
        let edges = (hit.start() == 0
            || bytes.get(hit.start() - 1).is_some_and(|b| !b.is_ascii_alphanumeric()))
            && !bytes.get(hit.end()).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
        // Capitalized heads are runs, read above. "the agency's former chief" is a role
        // phrase, "the department's Export Sales Report" a document: left to attribution.
        let possessive = text.get(hit.end()..).is_some_and(|r| {
            r.starts_with("'s") || r.starts_with("\u{2019}s") || r.starts_with("s'")
        });
        if !edges || possessive || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        let taken = |m: &Mention| m.span.start < head.end && head.start < m.span.end;
        if mentions.iter().chain(found.iter()).any(taken) {
            continue;
        }
        let mut bodies = known
            .iter()
            .filter(|k| k.start < hit.start() && head_of(&k.name).eq_ignore_ascii_case(word));
        let (Some(body), None) = (bodies.next(), bodies.next()) else { continue };
        found.push(org(head, body.name.clone(), body.entity));
    }
}

/// Remembers a gazetteer body met before, for short forms ("the Commission").
fn remember_gazetteer_body(m: Option<&Mention>, known: &mut Vec<Institution>) {
    let Some(m) = m else { return };
    if m.kind != EntityKind::Organization || m.adjective || known.len() >= MAX_INSTITUTIONS {
        return;
    }
    if known.iter().any(|k| k.name == m.name) {
        return;
    }
    known.push(Institution { name: m.name.clone(), entity: m.entity, start: m.span.start });
}

/// Whether the words of `run` after its openers ("The") are qualifiers of a body's name: at
/// least one, each a word of [`QUALIFIERS`] or, before a body whose name holds a head noun
/// (`demonyms`), a demonym the gazetteer found ("Malaysian Trades Union Congress"; "the
/// Japanese Jiji Press agency" and "Syrian U.N. envoy" describe the body). A country's name
/// is no qualifier ("U.S. Environmental Protection Agency" is the listed body), except
/// before a national Red Cross or Red Crescent society (`countries`: "Kenya Red Cross").
fn qualifiers_only(
    text: &str,
    run: &[Word],
    mentions: &[Mention],
    (demonyms, countries): (bool, bool),
) -> bool {
    let from = run.iter().position(|w| w.kind & OPENER == 0).unwrap_or(run.len());
    let words = run.get(from..).unwrap_or(&[]);
    !words.is_empty()
        && words.iter().all(|w| {
            w.part == Part::Cap
                && (is_in(QUALIFIERS, slice(text, w))
                    || (demonyms
                        && mention_at(mentions, w.start).is_some_and(|m| {
                            m.kind == EntityKind::Country
                                && (m.adjective || countries)
                                && m.span.end == w.end
                        })))
        })
}

/// "National Research and Innovation Agency": a company the finder by shape ended at a
/// business noun ("Research") before " and " and a capitalized word may be the first words
/// of a body; its words join the run, and a run that reaches a head noun replaces it.
fn joins_and(text: &str, m: &Mention) -> bool {
    let last_word = m.span.get(text).and_then(|s| s.rsplit(' ').next()).unwrap_or("");
    m.kind == EntityKind::Organization
        && m.entity.is_none()
        // "State Plantations Corp and Janatha Estates Development Board" are two bodies.
        && !crate::scan::LEGAL_FORMS.contains(&last_word)
        && text
            .get(m.span.end..)
            .and_then(|t| t.strip_prefix(" and "))
            .is_some_and(|t| t.starts_with(|c: char| c.is_uppercase()))
}

/// Whether a place's name starts at `at`: a country or capital the gazetteer found there
/// (`next`, the first mention not before it), or one capitalized word no mention covers and
/// no capitalized word follows ("in Helsinki said", not "in Nairobi Zhang Wei said").
fn place_at(text: &str, at: usize, next: Option<&Mention>) -> bool {
    let bytes = text.as_bytes();
    let capital_at = |end: usize| {
        bytes.get(end) == Some(&b' ')
            && bytes.get(end + 1).is_some_and(|b| b.is_ascii_uppercase() || *b >= 0x80)
    };
    if let Some(m) = next.filter(|m| m.span.start == at) {
        return m.kind == EntityKind::Country && !m.adjective && !capital_at(m.span.end);
    }
    if !bytes.get(at).is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let end = word_run_end(bytes, at);
    let word = text.get(at..end).unwrap_or("");
    word_kind(word) == 0 && !is_possessive(word) && !capital_at(end)
}

/// "EU Chamber of Commerce in China", "UN Office for the Coordination of Humanitarian
/// Affairs": the initials of the EU or the UN open a body's name as a country's do.
fn union_initials(text: &str, m: &Mention) -> bool {
    m.kind == EntityKind::Organization
        && m.entity.is_some()
        && matches!(m.span.get(text), Some("EU" | "E.U." | "UN" | "U.N."))
}

/// Whether `run` holds a head of [`ABROAD`] (or "High Commission") and no "in" yet.
fn abroad(text: &str, run: &[Word]) -> bool {
    let mut previous = "";
    let mut found = false;
    for w in run {
        let word = slice(text, w);
        if word == "in" {
            return false;
        }
        found |= is_in(ABROAD, word)
            || (word.eq_ignore_ascii_case("commission") && previous.eq_ignore_ascii_case("high"));
        previous = word;
    }
    found
}

/// Whether `text[span]` is the Red Cross or the Red Crescent: a demonym or a country's name
/// before it names that country's own society ("Finnish Red Cross", "Kenya Red Cross
/// Society"), not the international committee the name alone is listed for.
fn national_society(text: &str, span: Span) -> bool {
    let surface = text.get(span.start..span.end).unwrap_or("");
    ["red cross", "red crescent"].iter().any(|n| {
        surface.len() >= n.len()
            && surface.get(surface.len() - n.len()..).is_some_and(|s| s.eq_ignore_ascii_case(n))
    })
}

/// Whether the words of `text[span]` hold a head noun of [`HEADS`].
fn holds_head(text: &str, span: Span) -> bool {
    text.get(span.start..span.end).unwrap_or("").split(' ').any(|w| word_kind(w) & HEAD != 0)
}

/// The mention starting at `start` (`mentions` are sorted by start and do not overlap).
fn mention_at(mentions: &[Mention], start: usize) -> Option<&Mention> {
    let i = mentions.binary_search_by_key(&start, |m| m.span.start).ok()?;
    mentions.get(i)
}

fn slice<'t>(text: &'t str, w: &Word) -> &'t str {
    text.get(w.start..w.end).unwrap_or("")
}

/// Decides what a finished run is: an institution's full name, a short form of one named
/// before, or nothing. Clears `run`.
/// Where the run of [`word_byte`]s at `pos` ends, eight bytes at a time: a byte loop over
/// every word of a text was a large part of this pass.
fn word_run_end(bytes: &[u8], mut pos: usize) -> usize {
    while let Some(eight) = bytes.get(pos..pos + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        let x = u64::from_le_bytes(eight);
        let words = crate::swar::word_bytes(x)
            | crate::swar::equal_to(x, b'-')
            | crate::swar::equal_to(x, b'\'');
        let others = !words & 0x8080_8080_8080_8080;
        if others != 0 {
            return pos + others.trailing_zeros() as usize / 8;
        }
        pos += 8;
    }
    while bytes.get(pos).copied().is_some_and(word_byte) {
        pos += 1;
    }
    pos
}

// Called for nearly every word of a text, mostly with an empty run: inlined, that costs a
// test instead of a call.
#[inline]
fn close(
    text: &str,
    run: &mut Vec<Word>,
    mentions: &[Mention],
    found: &mut Vec<Mention>,
    known: &mut Vec<Institution>,
) {
    if run.is_empty() {
        return;
    }
    let words = trimmed(text, run);
    if !words.is_empty() {
        judge(text, words, mentions, found, known);
    }
    run.clear();
}

/// Capitalized words that open a sentence or a noun phrase before a name.
const OPENERS: &[&str] = &["the", "a", "an", "this", "that", "its", "their", "his", "her", "our"];

/// The run without leading articles ("The", "A") and connectors, without a list that no
/// "and" closes, and without trailing connectors.
fn trimmed<'r>(text: &str, run: &'r [Word]) -> &'r [Word] {
    // "the Moscow-based Institute of ...", "the Reagan-appointed Kissinger Commission":
    // where a body is or who made it, not its name.
    let based = |w: &Word| {
        let word = slice(text, w);
        ["-based", "-appointed", "-backed", "-owned", "-run", "-led"]
            .iter()
            .any(|p| word.ends_with(p))
    };
    let from = run
        .iter()
        .position(|w| {
            w.part != Part::Connector && !(w.part == Part::Cap && w.kind & OPENER != 0) && !based(w)
        })
        .unwrap_or(run.len());
    let mut words = run.get(from..).unwrap_or(&[]);
    // A comma list must be closed by "and": "X, Y and Z Union".
    if let Some(first_item) = words.iter().position(|w| w.part == Part::ListItem) {
        let last_item = words.iter().rposition(|w| w.part == Part::ListItem).unwrap_or(first_item);
        let closed = words.get(last_item..).is_some_and(|rest| {
            rest.iter().any(|w| w.part == Part::Connector && slice(text, w) == "and")
        });
        if !closed {
            words = words.get(..first_item).unwrap_or(&[]);
        }
    }
    while words.last().is_some_and(|w| w.part == Part::Connector) {
        words = words.get(..words.len() - 1).unwrap_or(&[]);
    }
    words
}

fn judge(
    text: &str,
    words: &[Word],
    mentions: &[Mention],
    found: &mut Vec<Mention>,
    known: &mut Vec<Institution>,
) {
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return };
    let span = Span::new(first.start, last.end);
    let surface = text.get(span.start..span.end).unwrap_or("");
    // One word can only be a short form of a body named before.
    if words.len() < 2 && known.is_empty() {
        return;
    }
    let is_head = |w: &Word| w.part != Part::Connector && w.kind & HEAD != 0;
    // The cheap tests first: most runs hold no head noun.
    if !words.iter().any(is_head) {
        return;
    }
    if before_title_and_name(text, span.end) || after_common_possessive(text, span.start) {
        return;
    }
    // A short form of a body named before.
    let ends_with_head = is_head(last) || last.part == Part::LowerPolice;
    if let Some(inst) = short_form_of(surface, ends_with_head, known) {
        found.push(org(span, inst.name.clone(), inst.entity));
        return;
    }
    if last.part == Part::LowerPolice {
        return;
    }
    // The full name ends at a head noun, or runs on from one through a connector
    // ("Commission of Ghana"); words after the last head are cut ("Police Service Act").
    let runs_on = words
        .iter()
        .enumerate()
        .any(|(i, w)| is_head(w) && words.get(i + 1).map_or(true, |a| a.part == Part::Connector));
    if !runs_on {
        return;
    }
    let capitals = words.iter().filter(|w| w.part != Part::Connector).count();
    // "Soviet Union", "Russian Federation": a state, not a body.
    let state = capitals == 2
        && words
            .last()
            .is_some_and(|w| is_in(&["union", "federation", "confederation"], slice(text, w)))
        && words.first().is_some_and(|w| {
            mention_at(mentions, w.start).is_some_and(|m| m.kind == EntityKind::Country)
        });
    // A complement that is an acronym alone is another name ("Alliance and GTA").
    let acronym_end = words.len() > 2
        && words.last().is_some_and(|w| {
            let s = slice(text, w);
            s.len() > 1 && s.bytes().all(|b| b.is_ascii_uppercase())
        });
    if state || acronym_end {
        return;
    }
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return };
    if capitals < 2 {
        return;
    }
    let span = Span::new(first.start, last.end);
    // A gazetteer name of exactly this span keeps its identity.
    if mention_at(mentions, span.start).is_some_and(|m| m.span == span) {
        return;
    }
    let name = text
        .get(span.start..span.end)
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let name = Name::from(name);
    if known.len() < MAX_INSTITUTIONS && !known.iter().any(|k| k.name == name) {
        known.push(Institution { name: name.clone(), entity: None, start: span.start });
    }
    found.push(org(span, name, None));
}

/// The one institution of `known` that `surface` is the first words of (up to a connector or
/// a comma, or ending with a head noun: "Toronto police" of "Toronto Police Service") or the
/// last words of, or, for a head noun alone ("Commission"), a word of; `None` when none or
/// several fit.
fn short_form_of<'k>(
    surface: &str,
    ends_with_head: bool,
    known: &'k [Institution],
) -> Option<&'k Institution> {
    let mut fit = None;
    let single_head = !surface.contains(' ') && word_kind(surface) & HEAD != 0;
    for inst in known {
        let name = inst.name.as_str();
        if name.len() <= surface.len() {
            continue;
        }
        let prefix =
            name.get(..surface.len()).filter(|p| p.eq_ignore_ascii_case(surface)).is_some()
                && name.get(surface.len()..).is_some_and(|rest| {
                    [" of ", ", ", " and ", " for ", " on "].iter().any(|c| rest.starts_with(c))
                        || (ends_with_head && rest.starts_with(' '))
                });
        let suffix =
            name.get(name.len() - surface.len()..).is_some_and(|s| s.eq_ignore_ascii_case(surface))
                && name.get(..name.len() - surface.len()).is_some_and(|head| head.ends_with(' '));
        // "the Commission" of "Electoral Commission of Vandor": a head noun alone names the
        // one body whose head noun it is.
        let head_word = single_head && head_of(name).eq_ignore_ascii_case(surface);
        if prefix || suffix || head_word {
            if fit.is_some() {
                return None;
            }
            fit = Some(inst);
        }
    }
    fit
}

/// Whether a title and a name follow `end` ("Colombian Cycling Federation president Mauricio
/// Vargas said": a lowercase word, not a reporting verb, then a capitalized one) or a name in
/// apposition does (", Mauricio Vargas,"): the body qualifies a person's title there, and its
/// name is left to the title.
fn before_title_and_name(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("");
    // "the president of the Colombian Cycling Federation (FCC), Mauricio Vargas, told":
    // the body qualifies the title of the person in apposition.
    let after_bracket = match after.strip_prefix(" (") {
        Some(inner) => inner.find(')').and_then(|i| inner.get(i + 1..)).unwrap_or(""),
        None => after,
    };
    if after_bracket
        .strip_prefix(", ")
        .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    {
        return true;
    }
    let mut rest = after.splitn(3, ' ');
    let (Some(""), Some(title), Some(next)) = (rest.next(), rest.next(), rest.next()) else {
        return false;
    };
    !title.is_empty()
        && title.bytes().all(|b| b.is_ascii_lowercase())
        && !is(title, CUE)
        && next.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a lowercase possessive stands right before `start` ("the country's Ministry of
/// Agriculture"): the attribution stage reads such a body from the noun itself, and a mention
/// there made it lose the claim ("..., the country's Ministry of Agriculture said").
fn after_common_possessive(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let Some(word) = before.strip_suffix(' ').and_then(|b| b.rsplit(char::is_whitespace).next())
    else {
        return false;
    };
    is_possessive(word) && word.chars().next().is_some_and(char::is_lowercase)
}

fn org(span: Span, name: impl Into<Name>, entity: Option<EntityId>) -> Mention {
    let name = name.into();
    Mention { span, entity, kind: EntityKind::Organization, name, adjective: false, gender: None }
}

/// Where the walk meets a word of [`HEADS`] that can hold a run (capitalized, or "police"),
/// found the slow way: every word of the walk, compared with the list.
#[cfg(test)]
pub(crate) fn heads_of(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut heads = Vec::new();
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        if !word_byte(b) || matches!(b, b'-' | b'\'') {
            pos += 1;
            continue;
        }
        let mut end = word_run_end(bytes, pos);
        let next = end;
        while end > pos && matches!(bytes.get(end - 1), Some(b'-' | b'\'')) {
            end -= 1;
        }
        let word = text.get(pos..end).unwrap_or("");
        let capitalized = word.starts_with(|c: char| c.is_uppercase());
        if (capitalized && is_in(HEADS, word)) || word == "police" {
            heads.push(pos);
        }
        pos = next;
    }
    heads
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `lowercase_short_forms` looks further at a match: its edges.
    fn edges_hold(text: &str, hit: &TheHead) -> bool {
        let bytes = text.as_bytes();
        (hit.start == 0 || bytes.get(hit.start - 1).is_some_and(|b| !b.is_ascii_alphanumeric()))
            && !bytes.get(hit.end).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
    }

    /// What `the_heads` replaced: an automaton search for "the " + each head, ignoring ASCII
    /// case, leftmost-longest, keeping the matches whose edges `lowercase_short_forms` takes.
    fn the_heads_by_automaton(text: &str) -> Vec<TheHead> {
        use aho_corasick::{AhoCorasick, MatchKind};
        let patterns: Vec<String> = HEADS.iter().map(|h| format!("the {h}")).collect();
        let Ok(finder) = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(patterns)
        else {
            return Vec::new();
        };
        finder
            .find_iter(text)
            .map(|hit| TheHead { start: hit.start(), end: hit.end() })
            .filter(|hit| edges_hold(text, hit))
            .collect()
    }

    #[test]
    fn lowercase_the_heads_finds_the_lowercase_hits_of_the_heads() {
        let words: Vec<String> = HEADS.iter().map(|h| h.to_string()).collect();
        let texts = [
            "The commission said. the ministry, THE police and the Commission.",
            "bathe ministry; the  ministry; the\nministry; the departments; the police2",
            "the departmenthe ministry the board the boardé tHe court",
            "the board",
            "é the court",
            "the the council, the services and the service",
        ];
        for text in texts {
            let lowercase = |h: &TheHead| {
                text.get(h.start + 4..h.end)
                    .is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
            };
            let want: Vec<TheHead> = the_heads(text).filter(lowercase).collect();
            assert_eq!(lowercase_the_heads(text, &words), want, "{text:?}");
            // Only the words asked for.
            let board = ["board".to_string()];
            let want: Vec<TheHead> = the_heads(text)
                .filter(|h| lowercase(h) && text.get(h.start + 4..h.end) == Some("board"))
                .collect();
            assert_eq!(lowercase_the_heads(text, &board), want, "{text:?}");
        }
    }

    #[test]
    fn head_of_is_the_word_before_the_first_complement() {
        // What `head_of` replaced: a substring search per opener.
        fn by_searches(name: &str) -> &str {
            let before = [" of ", " for ", " on ", " in ", ", ", " ("]
                .iter()
                .filter_map(|c| name.find(c))
                .min()
                .and_then(|i| name.get(..i))
                .unwrap_or(name);
            before.rsplit(' ').next().unwrap_or(before)
        }
        let names = [
            ("Electoral Commission of Ghana", "Commission"),
            ("Department of Housing, Local Government and Heritage", "Department"),
            ("Police Service Commission", "Commission"),
            ("Council for Trade in Services", "Council"),
            ("Board on Human Rights (Vandor)", "Board"),
            ("Ministry, Office and Bureau", "Ministry"),
            ("Committee on Finance of the Senate", "Committee"),
            ("Agency (Region)", "Agency"),
            ("Commissión in Zürich", "Commissión"),
            ("Union", "Union"),
            ("", ""),
            (" of ", ""),
        ];
        for (name, want) in names {
            assert_eq!(head_of(name), want, "{name}");
            assert_eq!(head_of(name), by_searches(name), "{name}");
        }
    }

    #[test]
    fn every_head_is_ascii_lowercase_letters_as_the_heads_search_assumes() {
        for h in HEADS {
            assert!(!h.is_empty() && h.bytes().all(|b| b.is_ascii_lowercase()), "{h}");
        }
    }

    #[test]
    fn the_heads_agrees_with_the_automaton_search() {
        let pieces = [
            "the",
            "The",
            "THE",
            "tHe",
            "bathe",
            "the",
            " ",
            "  ",
            "\n",
            ",",
            "commission",
            "Commission",
            "commissions",
            "police",
            "police2",
            "policé",
            "department",
            "departmenthe",
            "board",
            "boards",
            "office's",
            "court",
            "x",
            "-",
            "é",
            ".",
        ];
        let texts = [
            "The commission said. the ministry, THE police and the Commission.",
            "bathe ministry; the  ministry; the\nministry; the departments; the police2",
            "the departmenthe ministry the board",
            "the board",
            "é the court",
        ];
        let check = |text: &str| {
            let fast: Vec<TheHead> = the_heads(text).filter(|h| edges_hold(text, h)).collect();
            assert_eq!(fast, the_heads_by_automaton(text), "{text:?}");
            // And the search for given lowercase heads finds the lowercase ones of these.
            let words: Vec<String> = HEADS.iter().map(|h| h.to_string()).collect();
            let lowercase = |h: &TheHead| {
                text.get(h.start + 4..h.end)
                    .is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
            };
            let want: Vec<TheHead> = the_heads(text).filter(lowercase).collect();
            assert_eq!(lowercase_the_heads(text, &words), want, "{text:?}");
        };
        for text in texts {
            check(text);
        }
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
                if state & 1 == 0 {
                    text.push(' ');
                }
            }
            check(&text);
        }
    }

    #[test]
    fn head_word_table_agrees_with_the_list() {
        let words = [
            "Ministry",
            "MINISTRY",
            "ministry",
            "Ministri",
            "Ministrys",
            "Police",
            "police",
            "Administration",
            "Administratiom",
            "Confederation",
            "Court",
            "Courts",
            "Office",
            "Officer",
            "Union",
            "Onion",
            "Organization",
            "Organisation",
            "Organizatio",
            "Board",
            "",
            "A",
            "Department",
            "Departmenu",
            "Secretariat",
            "Foundation",
            "Unión",
        ];
        for w in words {
            let want = is_in(HEADS, w);
            assert_eq!(is_head_word(w.as_bytes()), want, "{w}");
        }
        for head in HEADS {
            assert!(is_head_word(head.as_bytes()), "{head}");
            assert!(is_head_word(head.to_ascii_uppercase().as_bytes()), "{head}");
        }
    }

    /// The first-letter table in front of the comparisons must let every capitalized head
    /// through and change no answer.
    #[test]
    fn head_start_first_letter_table_keeps_every_head() {
        for head in HEADS {
            let mut capitalized = head.to_string();
            if let Some(first) = capitalized.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            for w in [capitalized, head.to_ascii_uppercase()] {
                let want = (5..=MAX_HEAD).contains(&w.len());
                assert_eq!(is_head_start(w.as_bytes(), 0, w.len()), want, "{w}");
            }
        }
        let others = ["Foreign", "Officials", "Minister", "Zealand", "Xinhua", "Qatari", "Yemeni"];
        for w in others {
            let want = is_in(HEADS, w);
            assert_eq!(is_head_start(w.as_bytes(), 0, w.len()), want, "{w}");
        }
    }

    fn is_head_word(word: &[u8]) -> bool {
        is_head_at(word, 0, word.len())
    }

    fn mention(text: &str, part: &str, kind: EntityKind) -> Mention {
        let start = text.find(part).unwrap_or(0);
        let span = Span::new(start, start + part.len());
        Mention {
            span,
            entity: Some(EntityId(0)),
            kind,
            name: part.into(),
            adjective: false,
            gender: None,
        }
    }

    #[test]
    fn gated_walk_finds_what_the_walk_over_every_word_finds() {
        // Random texts of head nouns, titles, connectors, names and the punctuation that
        // joins or ends runs, with a country and a body met before.
        let words = [
            "Ministry",
            "ministry",
            "of",
            "Finance",
            "and",
            "Trade",
            "Minister",
            "the",
            "The",
            "Ghana",
            "Police",
            "police",
            "Service",
            "Electoral",
            "Commission",
            "for",
            "Union",
            "Toronto",
            "said",
            "Reuters",
            "Soviet",
            "Ontario's",
            "country's",
            "Council",
            "Smith",
            "Department",
            "Housing",
            "Board",
            "GTA",
            "Alliance",
            "&",
            "president",
            "Federation",
            "Colombian",
            "Vargas",
            "Office",
            "x-Ministry",
            "Ministry's",
        ];
        let gaps = [" ", " ", " ", " ", ", ", ". ", "\n", "\n\n", " (", ") ", ": ", "  ", "-"];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(5 + next(30)) {
                text.push_str(words[next(words.len())]);
                text.push_str(gaps[next(gaps.len())]);
            }
            let mut mentions = Vec::new();
            if let Some(at) = text.find("Ghana") {
                let _ = at;
                mentions.push(mention(&text, "Ghana", EntityKind::Country));
            }
            if let Some(at) = text.find("Reuters") {
                let m = mention(&text, "Reuters", EntityKind::Organization);
                if mentions.first().map_or(true, |g| g.span.end <= at) {
                    mentions.push(m);
                } else if at + 7 <= mentions.first().map_or(0, |g| g.span.start) {
                    mentions.insert(0, m);
                }
            }
            mentions.sort_by_key(|m| m.span.start);
            let (mut gated, mut every) = (mentions.clone(), mentions);
            walk(&text, &mut gated, Some(&head_candidates(&text)));
            walk(&text, &mut every, None);
            assert_eq!(gated, every, "{text:?}");
        }
    }

    #[test]
    fn head_candidates_hold_every_capitalized_head_and_police() {
        let texts = [
            "The Ministry of Finance, the MINISTRY and the ministry",
            "Toronto police said; x-Ministry and al-Commission (Board) 'Union'",
            "\u{201C}Council\u{201D} caf\u{e9} Office-holders Office's Offices",
            "McBoard AB-Court and Court",
        ];
        for text in texts {
            let heads = head_candidates(text);
            for at in heads_of(text) {
                assert!(heads.contains(&at), "{at} of {text:?}");
            }
        }
    }

    #[test]
    fn word_run_end_agrees_with_the_byte_test() {
        let texts = [
            "",
            "Ontario's Ministry",
            "al-Assad's x",
            "caf\u{e9} au lait, 12-34 o'clock",
            "abcdefghijklmnopq",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for pos in 0..=bytes.len() {
                let rest = bytes.get(pos..).unwrap_or(&[]);
                let want = pos + rest.iter().position(|&b| !word_byte(b)).unwrap_or(rest.len());
                assert_eq!(word_run_end(bytes, pos), want, "{text:?} at {pos}");
            }
        }
    }
}
