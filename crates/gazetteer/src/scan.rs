//! The per-text matching: gazetteer names, role titles, names by shape, surnames.
//!
//! Every pass walks the text once, left to right; per-text state is a few small hash maps
//! (surname → person, full name → person, entities seen), so the work is linear in the text.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use whosaid_core::{EntityKind, Span};
use whosaid_tokenize::Tokens;

use crate::fold::{fold, fold_name, fold_pattern, Folded, Originals};
use crate::swar;
use crate::trie::{
    is_word, window, window_word_hash_head, window_word_mask, word_end, word_hash_head, BLOCK,
    WINDOW,
};
use crate::words::{
    class, contains, is, FnvBuild, COMMON_WORDS, CORPORATE, CUE, GENERATIONAL, HONORIFIC,
    NON_PERSON, PARTICLE, ROLE_MODIFIER, STOP,
};

fn is_in(flag: u8, word: &str) -> bool {
    is(word, flag)
}

/// Patterns for splitting names and words: with a `char` pattern, `str` searches with
/// `memchr`, whose set-up cost more than the search itself on a few bytes.
fn is_space(c: char) -> bool {
    c == ' '
}

fn is_hyphen(c: char) -> bool {
    c == '-'
}

/// The surname of a name written with single spaces, and its byte offset: the last word, or
/// the word before a generational suffix after two or more words ("King" of "Martin Luther
/// King Jr.", but "III" of "Charles III", which has no surname).
fn surname_in(name: &str) -> (usize, &str) {
    // The last space by a byte loop: `rsplit_once(' ')` sets up a `memrchr` for a few bytes.
    fn split(head: &str) -> (usize, &str) {
        match head.as_bytes().iter().rposition(|&b| b == b' ') {
            Some(space) => (space + 1, head.get(space + 1..).unwrap_or("")),
            None => (0, ""),
        }
    }
    let (at, last) = split(name);
    // Every generational suffix has three letters or fewer: a longer last word is looked up
    // in no list.
    let suffix = last.trim_end_matches('.');
    if at > 0 && suffix.len() <= 3 && is_in(GENERATIONAL, suffix) {
        let (before_at, before) = split(name.get(..at - 1).unwrap_or(""));
        if before_at > 0 && !before.is_empty() {
            return (before_at, before);
        }
    }
    if at == 0 {
        return (0, name);
    }
    (at, last)
}
use crate::{
    Annotation, EntityId, Form, Gazetteer, Gender, Matcher, Mention, Name, RoleMention, Target,
};

/// Whether a (folded) pattern must match with its exact case: short names ("US", "AP"),
/// all-caps acronyms ("NATO", "IS") and single common English words ("May", "Turkey", "the
/// Post"), which would otherwise match ordinary lowercase words.
pub(crate) fn is_case_sensitive(pattern: &str) -> bool {
    let letters = pattern.bytes().filter(u8::is_ascii_alphabetic).count();
    if letters <= 3 {
        return true;
    }
    let has_lower = pattern.bytes().any(|b| b.is_ascii_lowercase());
    if !has_lower {
        return true;
    }
    let core =
        pattern.strip_prefix("the ").or_else(|| pattern.strip_prefix("The ")).unwrap_or(pattern);
    let core_letters = core.bytes().filter(u8::is_ascii_alphabetic).count();
    core_letters <= 3 || (!core.contains(' ') && contains(COMMON_WORDS, core))
}

/// Bytes that may begin or mark a word worth a look outside a name run: capital letters,
/// non-ASCII letters, and the hyphen of "al-Assad".
static NAME_START: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_uppercase() || byte >= 0x80 || byte == b'-';
        b += 1;
    }
    table
};

/// Where the word scan may resume, at or after `pos` and before `limit`, without passing a
/// word that could start a name: the break (a byte that is no word byte and no joiner)
/// before the first capital, non-ASCII byte or hyphen. Words never span a break, so the
/// scan from there sees the same words as a scan from `pos`.
fn skip_lowercase(bytes: &[u8], pos: usize, limit: usize) -> usize {
    let limit = limit.min(bytes.len());
    let Some(region) = bytes.get(pos..limit) else { return pos };
    let Some(found) = first_name_start(region) else {
        // Nothing up to the limit: resume at the last break before it.
        return back_to_break(bytes, pos, limit);
    };
    back_to_break(bytes, pos, pos + found)
}

/// The first byte of `region` that is a [`NAME_START`]: a vector test per 32 bytes, eight-byte
/// steps inside the chunk that holds one and at the end. Most of a text is lowercase prose,
/// which this passes over.
fn first_name_start(region: &[u8]) -> Option<usize> {
    let found = |x: u64| swar::capitals(x) | (x & 0x8080_8080_8080_8080) | swar::equal_to(x, b'-');
    let mut at = 0;
    while let Some(chunk) = region.get(at..at + 32).and_then(|c| <&[u8; 32]>::try_from(c).ok()) {
        if crate::vector::any_capital_non_ascii_or_hyphen(chunk) {
            for (k, eight) in chunk.chunks_exact(8).enumerate() {
                let f = found(swar::load(eight));
                if f != 0 {
                    return Some(at + 8 * k + f.trailing_zeros() as usize / 8);
                }
            }
        }
        at += 32;
    }
    let mut chunks = region.get(at..).unwrap_or(&[]).chunks_exact(8);
    for chunk in &mut chunks {
        let f = found(swar::load(chunk));
        if f != 0 {
            return Some(at + f.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = chunks.remainder();
    rest.iter().position(|&b| NAME_START[usize::from(b)]).map(|i| at + i)
}

fn back_to_break(bytes: &[u8], floor: usize, mut at: usize) -> usize {
    while at > floor {
        let b = byte(bytes, at - 1);
        if !(is_word(b) || matches!(b, b'-' | b'\'' | b'.')) {
            break;
        }
        at -= 1;
    }
    at
}

/// `text`'s whitespace-separated words joined by single spaces (as
/// `split_whitespace().collect::<Vec<_>>().join(" ")`), in one pass and one allocation;
/// borrowed as it is when it holds no whitespace but single inner ASCII spaces (most names),
/// so that a name made of it is copied once.
fn single_spaced(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let plain = bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && bytes.iter().all(|&b| b == b' ' || (0x21..0x7F).contains(&b))
        && !bytes.windows(2).any(|pair| pair == b"  ");
    if plain {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

fn byte(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(0)
}

/// A match must not cut a word: the bytes on either side of its end are not both word bytes.
/// (Its start is on a boundary already: the scan looks for matches only at the start of a
/// word or at a byte that is no word byte.)
fn ends_on_boundary(bytes: &[u8], end: usize) -> bool {
    let last = end.checked_sub(1).and_then(|i| bytes.get(i)).map_or(true, |&b| !is_word(b));
    last || bytes.get(end).map_or(true, |&b| !is_word(b))
}

/// A hyphen does not end a name: a listed person's full name followed by "-Capitalized"
/// ("Ebrahim Rezaei" of "Ebrahim Rezaei-Kashani") is part of a longer double surname, so
/// someone else or a fuller form, which the finder by shape then takes whole. Only full names
/// (two or more words): a single name before a hyphen joins two names ("the Putin-Erdogan
/// summit", "Russia-Ukraine talks"). Checked only when a hyphen follows the match.
/// Dropped after the search, not in it: a test in the search loop cost more there (code
/// layout) than this pass over the few hits.
fn cut_by_hyphen(g: &Gazetteer, h: &Hit, hay: &str) -> bool {
    let bytes = hay.as_bytes();
    byte(bytes, h.end) == b'-'
        && byte(bytes, h.end + 1).is_ascii_uppercase()
        && slice(hay, h.start, h.end).contains(is_space)
        && g.entity(h.target.entity).is_some_and(|e| e.kind == EntityKind::Person)
}

#[derive(Clone, Copy, Debug)]
struct Hit {
    start: usize,
    end: usize,
    target: Target,
    /// Whether the matched pattern may hold a head noun ([`crate::institution::may_hold_head`]).
    heads: bool,
}

/// Leftmost-longest matches that lie on word boundaries (and, for case-sensitive spellings,
/// have the exact case), split into names and role titles. Only the longest pattern at a
/// position counts: when it cuts a word or has the wrong case, no shorter one is tried there
/// ("Russians" is not "Russia"), and the search goes on at the next position where a match
/// may start, so the rejected match does not hide a real name that begins inside it.
/// On its way, the scan notes in `heads` where a word of an institution's head nouns may
/// start among the words it visits (see [`crate::institution::apply_with_heads`] and
/// [`heads_inside`]), so that pass needs no scan of its own.
fn find_hits(
    matcher: &Matcher,
    hay: &str,
    names: &mut Vec<Hit>,
    roles: &mut Vec<Hit>,
    heads: &mut Vec<usize>,
) {
    let bytes = hay.as_bytes();
    let trie = &matcher.trie;
    // A match may start only where the byte before and the byte at it are not both word
    // bytes: at the start of a word, or at a byte that is no word byte. A match that starts
    // a word and ends on a boundary begins with the whole word, so a word whose hash no
    // pattern's first word has is passed over without a walk.
    // Every word start is reached with `is_word(b)` (a hit ends on a boundary), so the walk
    // there may begin past the whole word.
    // Takes the match `pattern` found at `start` if it lies on boundaries and a candidate
    // accepts it (the search then goes on at its end).
    let mut accept = |pattern: u32, start: usize, end: usize| {
        if !ends_on_boundary(bytes, end) {
            return false;
        }
        let found = bytes.get(start..end).unwrap_or(&[]);
        let Some(c) = matcher.candidate(pattern as usize, found) else {
            return false;
        };
        let heads = matcher.may_hold_head(pattern as usize);
        let hit = Hit { start, end, target: c.target, heads };
        if c.role {
            roles.push(hit);
        } else {
            names.push(hit);
        }
        true
    };
    // A block of `BLOCK` bytes at a time: one bit per word byte, whose runs are the words,
    // and the bytes that are no word bytes but start patterns (if any). The text is visited at
    // the set bits of `todo`, in order.
    let mut spare = [0; WINDOW];
    let mut block = 0;
    while block < bytes.len() {
        let window = window(bytes, block, &mut spare);
        let words = window_word_mask(window);
        // Bit 0 starts a word if it is a word byte: a block starts where no word goes on
        // (after a word, a match or a block that ends with no word byte).
        let mut todo = (words & !(words << 1)) | (trie.punct_mask(bytes, block) & !words);
        // Where the next block starts: after this one, unless a word or a match runs past it.
        let mut next = block + BLOCK;
        while todo != 0 {
            let s = todo.trailing_zeros() as usize;
            let at = block + s;
            let mut hit = None;
            if words >> s & 1 != 0 {
                // The word's end is the first byte after `at` with no bit in `words`; none in
                // this block, it runs past it (rarely: once per block at most).
                let run = !words >> s;
                let len = match run {
                    0 => word_end(bytes, at) - at,
                    _ => run.trailing_zeros() as usize,
                };
                let (hash, head) = match run {
                    0 => word_hash_head(bytes, at, len),
                    _ => window_word_hash_head(window, s, len),
                };
                if crate::institution::is_head_start(bytes, at, len) {
                    heads.push(at);
                }
                if trie.may_start_word(hash) {
                    if let Some((pattern, end)) =
                        trie.longest_from_word_head(bytes, at, len, hash, head)
                    {
                        hit = accept(pattern, at, end).then_some(end);
                    }
                }
                if hit.is_none() && run == 0 {
                    next = at + len;
                    break;
                }
            } else if let Some((pattern, end)) = trie.longest_at(bytes, at) {
                hit = accept(pattern, at, end).then_some(end);
            }
            match hit {
                // The search goes on at the match's end (past `at`: no pattern is empty).
                Some(end) if end - block < BLOCK => todo &= !0u64 << (end - block),
                Some(end) => {
                    next = end;
                    break;
                }
                None => todo &= todo - 1,
            }
        }
        block = next;
    }
}

/// Adds to `heads` (and keeps it sorted) where an institution's head noun may start inside
/// the matches of the dictionary scan, whose words it did not visit ("Soviet Union", "Police
/// Commissioner"). Not inside listed people and bodies the scan keeps: they become mentions
/// the institution pass never takes words from (a scan of every match cost 6% of annotate).
/// Those the hyphen check or the short-form rule may drop are looked inside too.
fn heads_inside(g: &Gazetteer, hay: &str, hits: &[Hit], roles: &[Hit], heads: &mut Vec<usize>) {
    let before = heads.len();
    let kept_as_mention = |h: &Hit| {
        let kind = g.entity(h.target.entity).map(|e| e.kind);
        matches!(kind, Some(EntityKind::Person | EntityKind::Organization))
            && h.target.form != Form::Short
            && !cut_by_hyphen(g, h, hay)
    };
    // A match's text is its pattern up to ASCII case: one that holds no head noun has none.
    for h in hits.iter().filter(|h| !kept_as_mention(h)).chain(roles).filter(|h| h.heads) {
        crate::institution::heads_in(hay, h.start, h.end, heads);
    }
    if heads.len() > before {
        heads.sort_unstable();
        heads.dedup();
    }
}

/// A person known in this text, by full name.
#[derive(Clone, Debug)]
struct Person<'g> {
    /// Borrowed or shared: the per-text maps hold a person under several keys, and cloning a
    /// `String` for each was a large part of the walk.
    name: PersonName<'g>,
    entity: Option<EntityId>,
}

/// A person's canonical name: the gazetteer's, borrowed (a listed person is met at every
/// mention, and allocating its name each time showed in profiles), or one found by shape.
#[derive(Clone, Debug)]
enum PersonName<'g> {
    Listed(&'g Name),
    Found(Name),
}

impl PersonName<'_> {
    /// The name as a mention holds it: a shared pointer, no copy of the text.
    fn to_name(&self) -> Name {
        match self {
            PersonName::Listed(name) => (*name).clone(),
            PersonName::Found(name) => name.clone(),
        }
    }
}

impl std::ops::Deref for PersonName<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            PersonName::Listed(name) => name.as_str(),
            PersonName::Found(name) => name.as_str(),
        }
    }
}

impl PartialEq for PersonName<'_> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl From<String> for PersonName<'_> {
    fn from(name: String) -> Self {
        PersonName::Found(name.into())
    }
}

/// Keys borrow from the folded text or the gazetteer when they can: allocating a `String` for
/// each of a person's keys was a large part of remembering a person.
type PersonMap<'g> = HashMap<Cow<'g, str>, Person<'g>, FnvBuild>;

/// `key` as a map key borrowed for `'g`, when it is a slice of `within`.
fn borrowed_key<'g>(key: &str, within: Option<&'g str>) -> Option<&'g str> {
    let whole = within?;
    let offset = (key.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    let part = whole.get(offset..offset.checked_add(key.len())?)?;
    (part.as_ptr() == key.as_ptr()).then_some(part)
}

/// Maps `key` to `person`, making the key (borrowed from `within` when it is a slice of it)
/// only when it is new.
fn put<'g>(map: &mut PersonMap<'g>, key: &str, within: Option<&'g str>, person: &Person<'g>) {
    // A borrowed key costs nothing to make: one hash and probe through the entry.
    if let Some(key) = borrowed_key(key, within) {
        match map.entry(Cow::Borrowed(key)) {
            Entry::Occupied(mut p) => p.get_mut().clone_from(person),
            Entry::Vacant(slot) => {
                slot.insert(person.clone());
            }
        }
        return;
    }
    match map.get_mut(key) {
        Some(p) => p.clone_from(person),
        None => {
            map.insert(Cow::Owned(key.to_string()), person.clone());
        }
    }
}

/// [`put`], telling whether `key` named `person` (by name) before.
fn put_seen<'g>(
    map: &mut PersonMap<'g>,
    key: &str,
    within: Option<&'g str>,
    person: &Person<'g>,
) -> bool {
    // One hash and probe for both: a lookup before the update showed in profiles of texts
    // naming thousands of people.
    if let Some(key) = borrowed_key(key, within) {
        return match map.entry(Cow::Borrowed(key)) {
            Entry::Occupied(mut p) => {
                let seen = p.get().name == person.name;
                p.get_mut().clone_from(person);
                seen
            }
            Entry::Vacant(slot) => {
                slot.insert(person.clone());
                false
            }
        };
    }
    match map.get_mut(key) {
        Some(p) => {
            let seen = p.name == person.name;
            p.clone_from(person);
            seen
        }
        None => {
            map.insert(Cow::Owned(key.to_string()), person.clone());
            false
        }
    }
}

/// Maps `key` to `person` unless it is mapped already.
fn put_first<'g>(map: &mut PersonMap<'g>, key: &str, within: Option<&'g str>, person: &Person<'g>) {
    if let Some(key) = borrowed_key(key, within) {
        map.entry(Cow::Borrowed(key)).or_insert_with(|| person.clone());
    } else if !map.contains_key(key) {
        map.insert(Cow::Owned(key.to_string()), person.clone());
    }
}

/// The people of a text with one surname: the most recent, and the first met under it as a
/// surname proper (`None` when only the word before a surname gave it, see
/// [`People::register_spelling`]).
#[derive(Clone, Debug)]
struct Surnamed<'g> {
    latest: Person<'g>,
    first: Option<Person<'g>>,
}

/// Surname → [`Surnamed`]: one map for the most recent and the first person with a surname,
/// so that remembering a person costs one hash and probe for both.
type SurnameMap<'g> = HashMap<Cow<'g, str>, Surnamed<'g>, FnvBuild>;

/// Makes `person` the most recent with surname `key`, and the first unless one is (keys
/// borrowed from `within` when they are slices of it, as [`put`]'s).
fn put_surname<'g>(
    map: &mut SurnameMap<'g>,
    key: &str,
    within: Option<&'g str>,
    person: &Person<'g>,
) {
    let update = |s: &mut Surnamed<'g>| {
        s.latest.clone_from(person);
        if s.first.is_none() {
            s.first = Some(person.clone());
        }
    };
    let new = || Surnamed { latest: person.clone(), first: Some(person.clone()) };
    if let Some(key) = borrowed_key(key, within) {
        match map.entry(Cow::Borrowed(key)) {
            Entry::Occupied(mut s) => update(s.get_mut()),
            Entry::Vacant(slot) => {
                slot.insert(new());
            }
        }
        return;
    }
    match map.get_mut(key) {
        Some(s) => update(s),
        None => {
            map.insert(Cow::Owned(key.to_string()), new());
        }
    }
}

/// Makes `person` the most recent with surname `key` unless some person is (not the first
/// with it: the word before a surname is weaker than a surname).
fn put_surname_if_absent<'g>(
    map: &mut SurnameMap<'g>,
    key: &str,
    within: Option<&'g str>,
    person: &Person<'g>,
) {
    let new = || Surnamed { latest: person.clone(), first: None };
    if let Some(key) = borrowed_key(key, within) {
        map.entry(Cow::Borrowed(key)).or_insert_with(new);
    } else if !map.contains_key(key) {
        map.insert(Cow::Owned(key.to_string()), new());
    }
}

/// Whether "prefix-rest" is two surnames joined by a hyphen: both capitalized words of two or
/// more letters, neither a particle ("al-Assad") nor a title ("Maj-Gen").
fn is_double_surname(prefix: &str, rest: &str) -> bool {
    let surname = |w: &str| {
        w.len() > 1
            && w.starts_with(char::is_uppercase)
            && w.bytes().skip(1).any(|b| b.is_ascii_lowercase())
            && !is_in(PARTICLE, w)
            && hyphenated_title(w) == 0
    };
    surname(prefix) && surname(rest) && !rest.contains(is_hyphen)
}

/// The per-text memory of people, keyed by folded spellings ("Makinen" for "Mäkinen").
#[derive(Default)]
struct People<'g> {
    /// Surname → the most recent person with it, and the first (for surnames used before
    /// the full name).
    by_surname: SurnameMap<'g>,
    by_full_name: PersonMap<'g>,
    /// First part of a double surname → the first person with it ("Cepeda" of "Alexander
    /// Cepeda-Villamar"): weaker than a surname or a company's first word.
    by_surname_part: PersonMap<'g>,
    /// "Ana Figueiredo" → the person introduced as "Ana Carolina Figueiredo".
    by_first_last: PersonMap<'g>,
    /// Given name (in the given-name lexicon) → the most recent person with it.
    by_given: PersonMap<'g>,
    /// Last word → a run of two or three capitalized words that had no cue ("Chiamaka
    /// Eze-Lindgren did not plan..."): a person only if the surname later speaks.
    weak_by_surname: PersonMap<'g>,
    /// Family name written first ("Lin" of "Lin Jian") → the person, for names whose first
    /// word is in the family-names-first list.
    by_family_first: PersonMap<'g>,
    /// Family names written first that two people of the text share: they name neither.
    shared_family_first: HashSet<String, FnvBuild>,
    /// [`loose_key`] of a full name → the person ("#7qadri" for "Mohammed Qadri").
    by_loose_name: PersonMap<'g>,
    /// [`loose_key`] of a surname, alone and with its particles → the most recent person
    /// with it ("zelensky" for "Zelenskyy", "alansari" for "al-Ansari").
    by_loose_surname: PersonMap<'g>,
    /// A reused buffer for "first last" keys.
    scratch: String,
}

/// A comparison key for spellings of one name that differ only in ways news text varies
/// them: case, hyphens, apostrophes, periods and the space after a particle ("Al Ansari",
/// "al-Ansari", "Alansari"), a final "-iy" or "-yy" for "-y" ("Zelenskiy", "Zelenskyy",
/// "Zelensky"), and, when `variants` is set, the spelling of the first word among the given
/// names of one variant group ("Mohammed", "Muhammad"). Written into `out`, which is cleared.
/// Words are joined without separators, so "Al Ansari" and "Alansari" share a key.
fn loose_key<'w>(
    g: &Gazetteer,
    words: impl Iterator<Item = &'w str>,
    variants: bool,
    out: &mut String,
) {
    out.clear();
    for (i, word) in words.enumerate() {
        if i == 0 && variants {
            if let Some(group) = g.name_variant_group(word) {
                // One private-use character per group: no letter of a name is one.
                let marker = 0xF0000 + group.min(0xFFFD);
                out.push(char::from_u32(marker).unwrap_or('\u{FFFD}'));
                continue;
            }
        }
        if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
            let from = out.len();
            out.push_str(word);
            if let Some(added) = out.get_mut(from..) {
                added.make_ascii_lowercase();
            }
        } else if word.is_ascii() {
            for b in word.bytes().filter(u8::is_ascii_alphanumeric) {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        } else {
            for c in word.chars().filter(|c| c.is_alphanumeric()) {
                out.extend(c.to_lowercase());
            }
        }
        if out.ends_with("iy") || out.ends_with("yy") {
            out.pop();
            out.pop();
            out.push('y');
        }
    }
}

impl<'g> People<'g> {
    /// Room for `people` people in the maps every person goes into, so that a text naming
    /// thousands of them does not rehash those maps again and again.
    fn with_capacity(people: usize) -> People<'g> {
        let map = || PersonMap::with_capacity_and_hasher(people, FnvBuild::default());
        People {
            by_surname: SurnameMap::with_capacity_and_hasher(people, FnvBuild::default()),
            by_full_name: map(),
            by_loose_name: map(),
            by_loose_surname: map(),
            ..People::default()
        }
    }

    /// Remembers a person under each given (folded) spelling, under its last word and that
    /// word without a particle prefix ("al-Assad" → "Assad"), under its first and last words,
    /// and under its first word when that is a given name. A later person with the same
    /// surname replaces the earlier one: a surname names the most recent of them.
    fn register(&mut self, g: &Gazetteer, person: &Person<'g>, spellings: &[Cow<'g, str>]) {
        for (i, spelling) in spellings.iter().enumerate() {
            // The canonical spelling and the text's are often the same: once is enough.
            if spellings.get(..i).is_some_and(|earlier| earlier.contains(spelling)) {
                continue;
            }
            let within = match spelling {
                Cow::Borrowed(whole) => Some(*whole),
                Cow::Owned(_) => None,
            };
            self.register_spelling(g, person, spelling, within, None);
        }
    }

    /// [`People::register`] of a listed person met in the text as `surface`: its canonical
    /// spelling's keys come worked out from the gazetteer ([`ListedKeys`]), so remembering
    /// it costs the map updates alone.
    fn register_listed(
        &mut self,
        g: &Gazetteer,
        person: &Person<'g>,
        keys: &'g ListedKeys,
        surface: &'g str,
    ) {
        let spelling: &'g str = &keys.spelling;
        self.register_spelling(g, person, spelling, Some(spelling), Some(keys));
        if surface != spelling {
            self.register_spelling(g, person, surface, Some(surface), None);
        }
    }

    /// Remembers `person` under one spelling; `cached` holds what [`ListedKeys::new`] worked
    /// out for it, if it is a listed person's canonical spelling. Loose and family-name keys
    /// are made once per person and spelling: they are the costly part, and the exact keys
    /// keep "the most recent person" current.
    fn register_spelling(
        &mut self,
        g: &Gazetteer,
        person: &Person<'g>,
        spelling: &str,
        within: Option<&'g str>,
        cached: Option<&'g ListedKeys>,
    ) {
        let seen = put_seen(&mut self.by_full_name, spelling, within, person);
        let (first, last) = match cached {
            Some(k) => (k.first(), k.surname()),
            None => {
                let Some(first) = spelling.split(is_space).next() else { return };
                (first, surname_in(spelling).1)
            }
        };
        if last.len() < 2 || last.len() == spelling.len() {
            return;
        }
        put_surname(&mut self.by_surname, last, within, person);
        if let Some((prefix, rest)) = last.split_once(is_hyphen) {
            if is_in(PARTICLE, prefix) && rest.len() > 1 {
                put_surname(&mut self.by_surname, rest, within, person);
            } else if is_double_surname(prefix, rest) {
                // Spanish and Portuguese double surnames are shortened to the father's,
                // the first part ("Cepeda" of "Alexander Cepeda-Villamar"), unless a
                // person with that very surname, or an earlier double one, has it.
                put_first(&mut self.by_surname_part, prefix, within, person);
            }
        }
        if first.len() + last.len() + 1 < spelling.len() {
            match cached.and_then(|k| k.first_last.as_deref()) {
                Some(key) => put(&mut self.by_first_last, key, Some(key), person),
                None => {
                    first_last_key(first, last, &mut self.scratch);
                    put(&mut self.by_first_last, &self.scratch, None, person);
                }
            }
            // Spanish and Portuguese names carry the father's surname before the
            // mother's ("Valentina Ñancupil Rojas" is "Ñancupil"): the word before the
            // last names the person too, unless a real surname already does.
            let penultimate = match cached {
                Some(k) => k.penultimate(),
                None => penultimate_surname(g, spelling),
            };
            if let Some(w) = penultimate {
                put_surname_if_absent(&mut self.by_surname, w, within, person);
            }
        }
        let given = cached.map_or_else(|| g.given_name(first).is_some(), |k| k.given_first);
        if given {
            put(&mut self.by_given, first, within, person);
        }
        if seen {
            return;
        }
        match cached {
            Some(k) => {
                put(&mut self.by_loose_name, &k.loose_name, Some(&k.loose_name), person);
                for key in k.loose_surnames.iter() {
                    put(&mut self.by_loose_surname, key, Some(key), person);
                }
            }
            None => self.register_loose(g, person, spelling),
        }
        let family = cached.map_or_else(|| family_name_first(g, spelling, first), |k| k.family);
        if family {
            match self.by_family_first.get(first) {
                Some(p) if p.name != person.name => {
                    self.shared_family_first.insert(first.to_string());
                }
                Some(_) => {}
                None => put(&mut self.by_family_first, first, within, person),
            }
        }
    }

    /// Remembers a person under the [`loose_key`]s of its full name and of its surname, alone
    /// and with the particles before it ("van der Berg", "al-Ansari").
    fn register_loose(&mut self, g: &Gazetteer, person: &Person<'g>, spelling: &str) {
        let mut key = std::mem::take(&mut self.scratch);
        let (by_name, by_surname) = (&mut self.by_loose_name, &mut self.by_loose_surname);
        loose_keys(g, spelling, &mut key, |full_name, key| {
            let map = if full_name { &mut *by_name } else { &mut *by_surname };
            put(map, key, None, person);
        });
        self.scratch = key;
    }
}

/// "first last" of a name, for [`People::by_first_last`], written into `out`.
fn first_last_key(first: &str, last: &str, out: &mut String) {
    out.clear();
    out.push_str(first);
    out.push(' ');
    out.push_str(last);
}

/// The word before the surname of a name of three words or more, when it may be a surname
/// of its own (capitalized, no initial, no given name, no particle: "Ní" of "Siobhán Ní
/// Bhriain" is part of the surname): "Ñancupil" of "Valentina Ñancupil Rojas".
fn penultimate_surname<'s>(g: &Gazetteer, spelling: &'s str) -> Option<&'s str> {
    let before_surname = spelling.get(..surname_in(spelling).0).unwrap_or("");
    before_surname.trim_end().rsplit(' ').next().filter(|w| {
        w.len() > 1
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && !w.ends_with('.')
            && !is_in(PARTICLE, w)
            && g.given_name(w).is_none()
    })
}

/// Whether a name of two or three words starts with a family name written first ("Lin" of
/// "Lin Jian").
fn family_name_first(g: &Gazetteer, spelling: &str, first: &str) -> bool {
    let words = spelling.split(is_space).count();
    (2..=3).contains(&words) && first.len() > 1 && g.is_family_name_first(first)
}

/// The [`loose_key`]s of a name, each passed to `each` with whether it is the full name's
/// (else a surname's, alone and with its particles). `key` is the buffer they are built in.
fn loose_keys(g: &Gazetteer, spelling: &str, key: &mut String, mut each: impl FnMut(bool, &str)) {
    loose_key(g, spelling.split(is_space), true, key);
    each(true, key);
    let (at, last) = surname_in(spelling);
    // Where the surname's particles start ("van der Berg"), never at the first word.
    let mut from = at;
    while let Some(head) = spelling.get(..from.saturating_sub(1)) {
        match head.rsplit_once(is_space) {
            Some((_, word)) if is_in(PARTICLE, word) => from -= word.len() + 1,
            _ => break,
        }
    }
    let with_particles = spelling.get(from..at + last.len()).unwrap_or(last);
    let particle_free = last.split_once(is_hyphen).filter(|(p, _)| is_in(PARTICLE, p));
    // The surname with its particles, the last word alone, and the part of "al-Ansari"
    // after its particle.
    let forms = [Some(with_particles), Some(last), particle_free.map(|(_, rest)| rest)];
    for (i, form) in forms.into_iter().enumerate() {
        let Some(form) = form.filter(|f| i != 1 || *f != with_particles) else { continue };
        loose_key(g, form.split(is_space), false, key);
        if key.len() > 1 {
            each(false, key);
        }
    }
}

/// What remembering a listed person under its canonical (folded) spelling needs besides the
/// spelling itself: its surname, "first last", loose keys and lexicon flags. Worked out on the
/// person's first mention and kept in the [`Gazetteer`], as they depend only on the name and
/// the gazetteer: a mention of a listed person then costs only the map updates (working them
/// out took thousands of instructions per mention).
#[derive(Clone, Debug)]
pub(crate) struct ListedKeys {
    spelling: Box<str>,
    first_len: usize,
    surname_at: usize,
    surname_len: usize,
    first_last: Option<Box<str>>,
    penultimate: Option<(usize, usize)>,
    given_first: bool,
    family: bool,
    loose_name: Box<str>,
    loose_surnames: Vec<Box<str>>,
    /// [`Gazetteer::lexicon_gender`] of the person's canonical name, as written (filled by
    /// the caller of [`ListedKeys::new`]): asked for every mention of the person.
    pub(crate) lexicon_gender: Option<Gender>,
}

impl ListedKeys {
    /// The keys of `spelling`, a listed person's folded canonical name.
    pub(crate) fn new(g: &Gazetteer, spelling: String) -> ListedKeys {
        let first = spelling.split(is_space).next().unwrap_or("");
        let (surname_at, last) = surname_in(&spelling);
        let mut scratch = String::new();
        let first_last = (first.len() + last.len() + 1 < spelling.len()).then(|| {
            first_last_key(first, last, &mut scratch);
            Box::from(scratch.as_str())
        });
        let offset = |w: &str| (w.as_ptr() as usize).saturating_sub(spelling.as_ptr() as usize);
        let penultimate = penultimate_surname(g, &spelling).map(|w| (offset(w), w.len()));
        let mut loose_name = Box::from("");
        let mut loose_surnames = Vec::new();
        loose_keys(g, &spelling, &mut scratch, |full_name, key| {
            if full_name {
                loose_name = Box::from(key);
            } else {
                loose_surnames.push(Box::from(key));
            }
        });
        ListedKeys {
            first_len: first.len(),
            surname_at,
            surname_len: last.len(),
            first_last,
            penultimate,
            given_first: g.given_name(first).is_some(),
            family: family_name_first(g, &spelling, first),
            loose_name,
            loose_surnames,
            lexicon_gender: None,
            spelling: spelling.into_boxed_str(),
        }
    }

    fn first(&self) -> &str {
        self.spelling.get(..self.first_len).unwrap_or("")
    }

    fn surname(&self) -> &str {
        self.spelling.get(self.surname_at..self.surname_at + self.surname_len).unwrap_or("")
    }

    fn penultimate(&self) -> Option<&str> {
        let (at, len) = self.penultimate?;
        self.spelling.get(at..at + len)
    }
}

/// A word of the folded text: letters and digits, with inner hyphens, apostrophes and
/// periods ("al-Assad", "O'Brien", "U.S"), but not a possessive "'s".
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
}

fn next_word(bytes: &[u8], pos: usize) -> Option<Word> {
    let start = pos + bytes.get(pos..)?.iter().position(|&b| is_word(b))?;
    let mut pos = start;
    while pos < bytes.len() {
        // Eight bytes at a time: the walk asks for every capitalized word of a text.
        pos = crate::trie::word_end(bytes, pos);
        let b = byte(bytes, pos);
        if pos >= bytes.len() {
            break;
        }
        let joiner = matches!(b, b'-' | b'\'' | b'.');
        let possessive = b == b'\''
            && matches!(byte(bytes, pos + 1), b's' | b'S')
            && !is_word(byte(bytes, pos + 2));
        if joiner && !possessive && is_word(byte(bytes, pos + 1)) {
            pos += 1;
            continue;
        }
        break;
    }
    Some(Word { start, end: pos })
}

fn slice(hay: &str, start: usize, end: usize) -> &str {
    hay.get(start..end).unwrap_or("")
}

/// How a word may take part in a personal name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NamePart {
    /// "Peter", "O'Brien", "al-Assad", an initial "J".
    Name,
    /// "al", "bin", "van".
    Particle,
    /// Anything else: the run of name words ends here.
    No,
}

/// `flags` are the word's [`class`].
fn name_part(word: &str, flags: u8) -> NamePart {
    let bytes = word.as_bytes();
    if (1..=8).contains(&bytes.len()) {
        // Most words: their tests on one load of eight bytes.
        let x = swar::load(bytes);
        if x & 0x8080_8080_8080_8080 == 0 && swar::equal_to(x, b'-') == 0 {
            return short_ascii_name_part(bytes, x, flags);
        }
    }
    if word.is_ascii() {
        return ascii_name_part(bytes, flags);
    }
    chars_name_part(word, flags)
}

/// [`ascii_name_part`] of a word of one to eight ASCII bytes without a hyphen, loaded in `x`
/// (zero-padded: a zero byte is neither a capital nor a lowercase letter).
fn short_ascii_name_part(word: &[u8], x: u64, flags: u8) -> NamePart {
    let first = x as u8;
    if flags & PARTICLE != 0 && first.is_ascii_lowercase() {
        return NamePart::Particle;
    }
    if first.is_ascii_digit() && swar::capitals(x) != 0 {
        return NamePart::Name;
    }
    if !first.is_ascii_uppercase() {
        return NamePart::No;
    }
    let rest_has_lower = swar::lowercase(x) & !0x80 != 0;
    if word.len() == 1 || rest_has_lower || is_initials(word) {
        NamePart::Name
    } else {
        NamePart::No
    }
}

/// [`name_part`] of any word, character by character.
fn chars_name_part(word: &str, flags: u8) -> NamePart {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return NamePart::No };
    if flags & PARTICLE != 0 && first.is_lowercase() {
        return NamePart::Particle;
    }
    if let Some((prefix, rest)) = word.split_once(is_hyphen) {
        if is_in(PARTICLE, prefix) && rest.chars().next().is_some_and(char::is_uppercase) {
            return NamePart::Name;
        }
    }
    if first.is_ascii_digit() && word.bytes().any(|b| b.is_ascii_uppercase()) {
        // "3Com", "7UP": a company name's first word, never a person's (see `flush_words`).
        return NamePart::Name;
    }
    if !first.is_uppercase() {
        return NamePart::No;
    }
    let rest_has_lower = chars.clone().any(char::is_lowercase);
    let len = word.chars().count();
    // All-caps words of two letters or more are acronyms ("AP", "NATO"), not name parts.
    if len == 1 || rest_has_lower || is_initials(word.as_bytes()) {
        NamePart::Name
    } else {
        NamePart::No
    }
}

/// [`name_part`] of an ASCII word, on its bytes (decoding characters cost more than the
/// tests): the same rules, where a letter's case is its ASCII case.
fn ascii_name_part(word: &[u8], flags: u8) -> NamePart {
    let Some(&first) = word.first() else { return NamePart::No };
    if flags & PARTICLE != 0 && first.is_ascii_lowercase() {
        return NamePart::Particle;
    }
    if let Some(hyphen) = word.iter().position(|&b| b == b'-') {
        let (prefix, rest) = (word.get(..hyphen).unwrap_or(&[]), word.get(hyphen + 1..));
        let particle = std::str::from_utf8(prefix).is_ok_and(|p| is_in(PARTICLE, p));
        if particle && rest.and_then(|r| r.first()).is_some_and(u8::is_ascii_uppercase) {
            return NamePart::Name;
        }
    }
    if first.is_ascii_digit() && word.iter().any(u8::is_ascii_uppercase) {
        return NamePart::Name;
    }
    if !first.is_ascii_uppercase() {
        return NamePart::No;
    }
    let rest_has_lower = word.iter().skip(1).any(u8::is_ascii_lowercase);
    if word.len() == 1 || rest_has_lower || is_initials(word) {
        NamePart::Name
    } else {
        NamePart::No
    }
}

/// Initials joined by periods, as a word of [`next_word`] holds them: "P.K", "A.B.C" (the
/// last period is outside the word). A single capital letter is one initial.
fn is_initials(word: &[u8]) -> bool {
    word.len() % 2 == 1
        && word.iter().enumerate().all(
            |(i, &b)| {
                if i % 2 == 0 {
                    b.is_ascii_uppercase()
                } else {
                    b == b'.'
                }
            },
        )
}

/// Bytes between two positions hold only spaces, tabs, single line breaks and commas.
fn only_gap(bytes: &[u8], from: usize, to: usize) -> bool {
    if from > to || to - from > 8 {
        return false;
    }
    let gap = bytes.get(from..to).unwrap_or(&[]);
    let newlines = gap.iter().filter(|&&b| b == b'\n').count();
    newlines <= 1 && gap.iter().all(|&b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b',' | b'.'))
}

/// Parties whose name stands after a politician's in news copy ("Richard Roe Labour MP for
/// Leeds"); none is a usual surname ("Green" is).
const PARTY_WORDS: &[&str] = &[
    "labour",
    "tory",
    "conservative",
    "republican",
    "democrat",
    "liberal",
    "socialist",
    "communist",
    "unionist",
];

/// Whether `word` is a party of [`PARTY_WORDS`] or a US party-and-state tag ("D-Wash",
/// "R-Texas", "I-Vt").
fn is_party_tag(word: &str) -> bool {
    let tag = match word.as_bytes() {
        [b'D' | b'R' | b'I', b'-', state, ..] => state.is_ascii_uppercase(),
        _ => false,
    };
    tag || PARTY_WORDS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// Whether the line break at `newline` looks like a hard wrap inside a paragraph, which a
/// name of two words or more may run across ("Treasury Secretary James\nBaker said"): the lines on both sides
/// are 40 to 80 bytes long, as a wire text wrapped near a fixed width has them. A shorter
/// line before it ends a paragraph, a caption or a credit ("Photo: Kevin Doyle/Reuters"),
/// and a longer line on either side shows a text that is not wrapped at all: there the
/// break ends the name ("©INPHO/Ryan Keane" over "Cork manager ..."). Reads at most 81 bytes
/// each way.
fn hard_wrapped_at(bytes: &[u8], newline: usize) -> bool {
    const SHORTEST: usize = 40;
    const LONGEST: usize = 80;
    let before = bytes.get(newline.saturating_sub(LONGEST + 1)..newline).unwrap_or(&[]);
    let line_before = match before.iter().rposition(|&b| b == b'\n') {
        Some(i) => before.len() - i - 1,
        None if newline <= LONGEST => newline,
        None => return false,
    };
    let after = bytes.get(newline + 1..).unwrap_or(&[]);
    let after = after.get(..after.len().min(LONGEST + 1)).unwrap_or(&[]);
    let line_after_fits =
        after.len() <= LONGEST || after.iter().any(|&b| matches!(b, b'\n' | b'\r'));
    (SHORTEST..=LONGEST).contains(&line_before) && line_after_fits
}

/// The dictionary scan of [`annotate`] alone: folded text, leftmost-longest names and titles.
pub(crate) fn count_dictionary_matches(g: &Gazetteer, text: &str) -> usize {
    let folded = fold(text);
    let (mut hits, mut role_hits, mut heads) = (Vec::new(), Vec::new(), Vec::new());
    if let Some(matcher) = &g.matcher {
        find_hits(matcher, &folded.text, &mut hits, &mut role_hits, &mut heads);
        hits.retain(|h| !cut_by_hyphen(g, h, &folded.text));
    }
    hits.len() + role_hits.len()
}

/// The per-text buffers of [`annotate_into`] that hold no borrow of the text, kept by the
/// caller between texts so that each text does not allocate them anew (see
/// [`crate::Scratch`]).
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    hits: Vec<Hit>,
    role_hits: Vec<Hit>,
    heads: Vec<usize>,
    seen: HashSet<EntityId, FnvBuild>,
}

impl Buffers {
    pub(crate) fn memory_usage(&self) -> usize {
        (self.hits.capacity() + self.role_hits.capacity()) * std::mem::size_of::<Hit>()
            + self.heads.capacity() * std::mem::size_of::<usize>()
            + self.seen.capacity() * std::mem::size_of::<EntityId>()
    }
}

pub(crate) fn annotate(g: &Gazetteer, text: &str, tokens: &Tokens) -> Annotation {
    let mut out = Annotation::default();
    annotate_into(g, text, tokens, &mut Buffers::default(), &mut out);
    out
}

/// [`annotate`] into `out` (cleared first), with the buffers of `scratch`.
pub(crate) fn annotate_into(
    g: &Gazetteer,
    text: &str,
    _tokens: &Tokens,
    scratch: &mut Buffers,
    out: &mut Annotation,
) {
    let folded = fold(text);
    let hay: &str = &folded.text;
    let bytes = hay.as_bytes();

    // 1. Gazetteer names and role titles, in one pass.
    // Sized for the names and titles of usual news prose (about one per 200 bytes), so that
    // a long text does not regrow them again and again.
    let Buffers { hits, role_hits, heads, seen } = scratch;
    hits.clear();
    role_hits.clear();
    heads.clear();
    seen.clear();
    hits.reserve(text.len() / 128);
    role_hits.reserve(text.len() / 256);
    match &g.matcher {
        Some(matcher) => {
            find_hits(matcher, hay, hits, role_hits, heads);
            heads_inside(g, hay, hits, role_hits, heads);
            hits.retain(|h| !cut_by_hyphen(g, h, hay));
        }
        None => crate::institution::heads_in(hay, 0, hay.len(), heads),
    }
    hits.retain(|h| {
        let keep = h.target.form != Form::Short || seen.contains(&h.target.entity);
        let has_short_forms = g.has_short_forms.get(h.target.entity.0 as usize) == Some(&true);
        if keep && h.target.form == Form::Name && has_short_forms {
            seen.insert(h.target.entity);
        }
        keep
    });

    // 2. Role titles get their modifiers to the left.
    // Both lists are in text order and names do not overlap: one cursor over the names finds
    // the first one ending after each title's start (a binary search per title showed).
    let mut first_after = 0;
    let mut inside_name = |h: &Hit| {
        while hits.get(first_after).is_some_and(|n| n.end <= h.start) {
            first_after += 1;
        }
        hits.get(first_after).is_some_and(|n| n.start < h.end)
    };
    role_hits.retain(|h| !inside_name(h));
    let roles = expand_roles(g, text, &folded, hits, role_hits);

    // 3. Names by shape and surnames, in one left-to-right walk.
    let mut mentions: Vec<Mention> = std::mem::take(&mut out.mentions);
    mentions.clear();
    mentions.reserve(hits.len() + text.len() / 512);
    // Sized for the listed people met (a text names more places and bodies than people):
    // maps sized for every name took megabytes per long text, fresh pages at each call.
    let person_hits = hits
        .iter()
        .filter(|h| g.entity(h.target.entity).is_some_and(|e| e.kind == EntityKind::Person))
        .count();
    let mut people = People::with_capacity(person_hits);
    let mut walk = Walk {
        g,
        folded: &folded,
        spans: folded.originals(),
        text,
        hay,
        bytes,
        roles: &roles,
        people: &mut people,
        out: &mut mentions,
        cue_end: None,
        walked_from: 0,
        pending: Vec::new(),
        last_run: (0, 0),
        last_word_run: (0, 0),
        orgs_by_first_word: HashMap::default(),
        loose_buf: String::new(),
    };
    walk.run(hits);
    walk.resolve_pending();
    mentions.sort_by_key(|m| m.span.start);
    best_spellings(&mut mentions);
    set_genders(g, text, &mut mentions);
    // Heads are sorted: one forward pass over the fold's changes maps them all.
    let originals = folded.originals();
    for at in heads.iter_mut() {
        *at = originals.original(*at);
    }
    crate::institution::apply_with_heads(text, &mut mentions, heads);
    crate::acronym::apply(text, &mut mentions);

    // A title that opens a company's name found by shape ("Premier Industrial Corp") is no
    // role. Both lists are in text order and mentions do not overlap: one merge.
    let mut roles = roles;
    let shaped_org = |m: &Mention| m.entity.is_none() && m.kind == EntityKind::Organization;
    if mentions.iter().any(shaped_org) {
        let mut i = 0;
        let originals = folded.originals();
        roles.retain(|r| {
            let at = originals.original(r.title_start);
            while mentions.get(i).is_some_and(|m| m.span.end <= at) {
                i += 1;
            }
            !mentions.get(i).is_some_and(|m| m.span.start <= at && shaped_org(m))
        });
    }
    let mut found_roles = std::mem::take(&mut out.roles);
    found_roles.clear();
    // Roles are in text order and do not overlap: their offsets, asked start first, only
    // grow, and one forward pass over the fold's changes maps them all.
    let originals = folded.originals();
    found_roles.extend(roles.into_iter().map(|r| {
        // Most titles extend over nothing: one mapping serves both starts.
        let start = (r.start != r.title_start).then(|| originals.original(r.start));
        let title_start = originals.original(r.title_start);
        let start = start.unwrap_or(title_start);
        let end = originals.original(r.end);
        RoleMention {
            span: Span::new(start, end),
            title: g.role_titles.get(r.title).cloned().unwrap_or_default(),
            title_span: Span::new(title_start, end),
            of: r.of,
        }
    }));
    let mut roles = found_roles;
    crate::names::apply(g, text, &mut mentions, &mut roles);
    out.mentions = mentions;
    out.roles = roles;
}

/// Names found by shape keep the spelling with the most diacritics among those that fold
/// to the same letters ("Mäkinen" over "Makinen"): the plain one is usually a transliteration
/// or a typing shortcut of the same name.
fn best_spellings(mentions: &mut [Mention]) {
    let non_ascii = |s: &str| s.bytes().filter(|b| !b.is_ascii()).count();
    let shape_person = |m: &Mention| m.entity.is_none() && m.kind == EntityKind::Person;
    if !mentions.iter().any(|m| shape_person(m) && !m.name.is_ascii()) {
        return;
    }
    let mut best: HashMap<String, Name, FnvBuild> = HashMap::default();
    for m in mentions.iter().filter(|m| shape_person(m)) {
        let key = fold_pattern(&m.name);
        match best.get_mut(&key) {
            Some(b) if non_ascii(b) < non_ascii(&m.name) => m.name.clone_into(b),
            Some(_) => {}
            None => {
                best.insert(key, m.name.clone());
            }
        }
    }
    for m in mentions.iter_mut().filter(|m| shape_person(m) && m.name.is_ascii()) {
        if let Some(b) = best.get(&fold_pattern(&m.name)) {
            m.name.clone_from(b);
        }
    }
}

/// Fills [`Mention::gender`] of people: the gazetteer's, else an honorific before any
/// mention of the same name in the text, else the given-name lexicon.
fn set_genders(g: &Gazetteer, text: &str, mentions: &mut [Mention]) {
    let mut by_honorific: HashMap<&str, Gender, FnvBuild> = HashMap::default();
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        if let Some(gender) = honorific_gender(text, m.span.start) {
            by_honorific.insert(m.name.as_str(), gender);
        }
    }
    let found: Vec<Option<Gender>> = mentions
        .iter()
        .map(|m| {
            if m.kind != EntityKind::Person {
                return None;
            }
            // A listed person's lexicon gender is worked out once per gazetteer, not per
            // mention, when the mention bears the canonical name.
            let listed = m.entity.filter(|&id| g.name(id).is_some_and(|n| *n == m.name));
            m.entity
                .and_then(|id| g.entity(id))
                .and_then(|e| e.gender)
                // Most texts give no honorific: no hash of the name then.
                .or_else(|| match by_honorific.is_empty() {
                    true => None,
                    false => by_honorific.get(m.name.as_str()).copied(),
                })
                .or_else(|| match listed.and_then(|id| g.listed_keys(id)) {
                    Some(keys) => keys.lexicon_gender,
                    None => g.lexicon_gender(&m.name),
                })
        })
        .collect();
    for (m, gender) in mentions.iter_mut().zip(found) {
        m.gender = gender;
    }
}

/// Whether the text from `end` continues, after one space, with capitalized words (joined by
/// single spaces, "and" or "&") up to a corporate suffix: then a title word before them opens
/// a company's name. Looks at most eight words ahead.
/// [`HONORIFIC`] for a hyphenated military title ("Maj-Gen", "Lt-Col", "Vice-Adm"): every
/// part an honorific or a role modifier, one at least an honorific; else 0.
fn hyphenated_title(word: &str) -> u8 {
    let mut honorific = false;
    for part in word.split(is_hyphen) {
        let flags = class(part);
        if flags & (HONORIFIC | ROLE_MODIFIER) == 0 {
            return 0;
        }
        honorific |= flags & HONORIFIC != 0;
    }
    if honorific {
        HONORIFIC
    } else {
        0
    }
}

fn opens_company_name(hay: &str, end: usize) -> bool {
    let bytes = hay.as_bytes();
    if byte(bytes, end) != b' ' {
        return false;
    }
    let mut pos = end;
    for _ in 0..8 {
        if byte(bytes, pos) != b' ' {
            return false;
        }
        if byte(bytes, pos + 1) == b'&' {
            pos += 2;
            continue;
        }
        let Some(word) = next_word(bytes, pos + 1).filter(|w| w.start == pos + 1) else {
            return false;
        };
        let w = slice(hay, word.start, word.end);
        let capitalized = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if is_in(CORPORATE, w) {
            return true;
        }
        if !(capitalized || w == "and" || w == "&") || class(w) & STOP != 0 && w != "and" {
            return false;
        }
        pos = word.end;
    }
    false
}

/// Legal-form suffixes, as written: they end a company's name ("Wako Research Institute" goes
/// on past "Research", "Halvard AG Chairman" stops at "AG").
pub(crate) const LEGAL_FORMS: &[&str] = &[
    "Corp",
    "Corporation",
    "Inc",
    "Incorporated",
    "Ltd",
    "Limited",
    "LLC",
    "PLC",
    "plc",
    "Plc",
    "Co",
    "AG",
    "SA",
    "NV",
    "BV",
    "GmbH",
    "SpA",
    "AB",
    "ASA",
    "Oyj",
    "Pty",
    "N.V",
    "B.V",
    "S.A",
    "A.G",
];

/// Last words other than legal forms that make a run of capitalized words a company name
/// ("Northridge Airways"); [`LEGAL_FORMS`] do too. Both fill the word class `CORPORATE`.
pub(crate) const BUSINESS_NOUNS: &[&str] = &[
    "Company",
    "Group",
    "Holdings",
    "Airways",
    "Airlines",
    "Industries",
    "Systems",
    "Technologies",
    "Research",
    "Partners",
    "Motors",
    "Logistics",
    "Freight",
    "Shipping",
    "Pharmaceuticals",
    "Labs",
    "Laboratories",
];

/// The gender an honorific right before `start` gives ("Mrs. Holm", "Sir Keir Starmer").
pub(crate) fn honorific_gender(text: &str, start: usize) -> Option<Gender> {
    // On bytes where the text before is ASCII (asked for every person mention, and decoding
    // characters backwards showed in profiles); a non-ASCII byte before the word, which may
    // be a space of Unicode's, takes the characters' way.
    let head = text.as_bytes().get(..start).filter(|_| text.is_char_boundary(start))?;
    let mut end = head.len();
    while end > 0 && head.get(end - 1).is_some_and(|b| b.is_ascii_whitespace() || *b == 0x0B) {
        end -= 1;
    }
    if end > 0 && head.get(end - 1).is_some_and(|b| !b.is_ascii()) {
        return honorific_gender_of_chars(text, start);
    }
    if end > 0 && head.get(end - 1) == Some(&b'.') {
        end -= 1;
    }
    let mut word_start = end;
    while word_start > 0 && head.get(word_start - 1).is_some_and(u8::is_ascii_alphabetic) {
        word_start -= 1;
    }
    // Every honorific below has two to eight letters. A word right after a non-ASCII
    // character is none, as the character reading has it ("\u{e9}Lady").
    let after_non_ascii = word_start > 0 && head.get(word_start - 1).is_some_and(|b| !b.is_ascii());
    if !(2..=8).contains(&(end - word_start)) || after_non_ascii {
        return None;
    }
    gender_of_honorific(text.get(word_start..end)?)
}

/// [`honorific_gender`] read on characters.
fn honorific_gender_of_chars(text: &str, start: usize) -> Option<Gender> {
    let before = text.get(..start)?.trim_end();
    let before = before.strip_suffix('.').unwrap_or(before);
    let word_start = before.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |i| i + 1);
    gender_of_honorific(before.get(word_start..)?)
}

/// The gender of an honorific ("Mrs", "sir"), if `word` is one.
fn gender_of_honorific(word: &str) -> Option<Gender> {
    const FEMALE: &[&str] =
        &["mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "sister"];
    const MALE: &[&str] = &["mr", "sir", "lord", "king", "prince", "father", "brother"];
    if contains(FEMALE, word) {
        Some(Gender::Female)
    } else if contains(MALE, word) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The mention of a person already met in the text, at the folded range `start..stop`.
fn person_mention(
    folded: &Originals<'_>,
    start: usize,
    stop: usize,
    name: &PersonName<'_>,
    entity: Option<EntityId>,
) -> Mention {
    Mention {
        span: original_span(folded, start, stop),
        entity,
        kind: EntityKind::Person,
        name: name.to_name(),
        adjective: false,
        gender: None,
    }
}

fn original_span(folded: &Originals<'_>, start: usize, end: usize) -> Span {
    Span::new(folded.original(start), folded.original(end))
}

/// A role title in folded offsets.
#[derive(Clone, Copy, Debug)]
struct FoldedRole {
    start: usize,
    title_start: usize,
    end: usize,
    title: usize,
    of: Option<EntityId>,
}

/// Extends each role title leftwards over modifier words and a country or organization name
/// ("Russia's deputy defense minister"), never into the previous role.
fn expand_roles(
    g: &Gazetteer,
    text: &str,
    folded: &Folded<'_>,
    names: &[Hit],
    role_hits: &[Hit],
) -> Vec<FoldedRole> {
    let hay: &str = &folded.text;
    let bytes = hay.as_bytes();
    // A line break between two words ends a title: "...the U.S. State Department\nU.S.
    // Secretary of State" is a photo credit followed by a caption.
    // A gap of spaces spans a line break only where the fold made one a space: most texts
    // break lines only between paragraphs, and there no gap needs mapping back.
    let line_break = |from: usize, to: usize| {
        if !folded.joins_lines() {
            return false;
        }
        let (a, b) = (folded.original(from), folded.original(to));
        text.as_bytes().get(a..b).is_some_and(|gap| gap.contains(&b'\n'))
    };
    let mut out: Vec<FoldedRole> = Vec::with_capacity(role_hits.len());
    // The names that may end between the previous title and this one: from the first ending
    // at or after the floor to the first ending at or after the title. Both bounds only move
    // forward (titles and names are in text order and names do not overlap), so a name
    // before a title is looked for among those few, not by a search over all the names.
    let (mut lo, mut hi) = (0, 0);
    for h in role_hits {
        let floor = out.last().map_or(0, |r| r.end);
        while names.get(lo).is_some_and(|n| n.end < floor) {
            lo += 1;
        }
        hi = hi.max(lo);
        while names.get(hi).is_some_and(|n| n.end < h.start) {
            hi += 1;
        }
        let near = names.get(lo..hi).unwrap_or(&[]);
        let mut start = h.start;
        let mut of = None;
        loop {
            let mut q = start;
            while q > floor && matches!(byte(bytes, q - 1), b' ' | b'\t') {
                q -= 1;
            }
            if q == start || q <= floor {
                break;
            }
            // Asked only where a name or a modifier would extend the title: most titles
            // extend over nothing, and mapping the gap back to the text cost more there.
            let crosses_line = || line_break(q, start);
            let name_end = if q >= 2 && slice(hay, q - 2, q) == "'s" { q - 2 } else { q };
            // A name ending at `name_end` (at or after the floor, at or before the title) is
            // among the near ones.
            let i = near.partition_point(|n| n.end < name_end);
            let name = near.get(i).filter(|n| n.end == name_end && n.start >= floor);
            if let Some(n) = name {
                let kind = g.entity(n.target.entity).map(|e| e.kind);
                if matches!(kind, Some(EntityKind::Country | EntityKind::Organization))
                    && !crosses_line()
                {
                    start = n.start;
                    of = of.or(Some(n.target.entity));
                    continue;
                }
                break;
            }
            let mut w = q;
            while w > floor
                && (byte(bytes, w - 1).is_ascii_alphabetic() || byte(bytes, w - 1) == b'-')
            {
                w -= 1;
            }
            if w < q && is_in(ROLE_MODIFIER, slice(hay, w, q)) && !crosses_line() {
                start = w;
                continue;
            }
            break;
        }
        out.push(FoldedRole {
            start,
            title_start: h.start,
            end: h.end,
            title: h.target.entity.0 as usize,
            of,
        });
    }
    out
}

/// The left-to-right walk that finds names by shape and resolves surnames.
struct Walk<'a, 'b> {
    g: &'a Gazetteer,
    folded: &'a Folded<'a>,
    /// The original spans of the mentions, which the walk makes mostly in text order.
    spans: Originals<'a>,
    text: &'a str,
    hay: &'a str,
    bytes: &'a [u8],
    roles: &'a [FoldedRole],
    people: &'b mut People<'a>,
    out: &'b mut Vec<Mention>,
    /// End of the last role title: a name right after it is a person.
    cue_end: Option<usize>,
    /// End of the last gazetteer name or role title walked over: looking back for a cue
    /// word stops there.
    walked_from: usize,
    /// Single capitalized words not yet known as surnames (folded spans).
    pending: Vec<(usize, usize)>,
    /// Folded span of the previous run of capitalized words, for company names joined by
    /// "and" ("Harlan Tool and Die Corp").
    last_run: (usize, usize),
    /// The last run of one capitalized word, which a comma list may have ended ("Fenner" of
    /// "Merrill Lynch, Pierce, Fenner and Smith Inc").
    last_word_run: (usize, usize),
    /// First word → a company name found by shape ("Harlan" → "Harlan Tool and Die Corp").
    /// Keys are slices of the folded text: no copy per company.
    orgs_by_first_word: HashMap<&'a str, Name, FnvBuild>,
    /// A reused buffer for [`loose_key`]s.
    loose_buf: String,
}

impl<'a> Walk<'a, '_> {
    fn run(&mut self, hits: &[Hit]) {
        let mut next_hit = 0;
        let mut next_role = 0;
        let mut run: Vec<(Word, NamePart)> = Vec::new();
        let mut pos = 0;
        // Where the last nickname passed over ends (0: none yet).
        let mut nickname_end = 0;
        loop {
            if run.is_empty() {
                // The next gazetteer name or role title not yet walked over bounds the skip.
                let mut h = next_hit;
                while hits.get(h).is_some_and(|x| x.start < pos) {
                    h += 1;
                }
                let mut r = next_role;
                while self.roles.get(r).is_some_and(|x| x.title_start < pos) {
                    r += 1;
                }
                let limit = hits
                    .get(h)
                    .map_or(usize::MAX, |x| x.start)
                    .min(self.roles.get(r).map_or(usize::MAX, |x| x.title_start));
                pos = skip_lowercase(self.bytes, pos, limit);
            }
            let Some(word) = next_word(self.bytes, pos) else { break };
            pos = word.end.max(pos + 1);
            // "Joseph "Jojo" Kabila-Mutombo": a nickname in quotes after a given name is
            // passed over, and the surname after it joins the run as if the nickname were a
            // space (the name is "Joseph Kabila-Mutombo").
            if let Some(after) = run.last().and_then(|(prev, _)| self.nickname_end(prev, &word)) {
                while hits.get(next_hit).is_some_and(|h| h.start < after) {
                    next_hit += 1;
                }
                while self.roles.get(next_role).is_some_and(|r| r.title_start < after) {
                    next_role += 1;
                }
                nickname_end = after;
                pos = after;
                continue;
            }
            while hits.get(next_hit).is_some_and(|h| h.end <= word.start) {
                next_hit += 1;
            }
            while self.roles.get(next_role).is_some_and(|r| r.end <= word.start) {
                next_role += 1;
            }
            if let Some(h) = hits.get(next_hit).filter(|h| h.start < word.end) {
                if self.surname_not_body(h, &word, &run)
                    || run.is_empty()
                        && self.country_as_given_name(h, &word, hits.get(next_hit + 1))
                {
                    run.push((word, NamePart::Name));
                    next_hit += 1;
                    continue;
                }
                self.flush(&mut run, next_role);
                self.gazetteer_mention(h);
                pos = pos.max(h.end);
                self.walked_from = pos;
                next_hit += 1;
                continue;
            }
            if let Some(r) = self.roles.get(next_role).filter(|r| r.title_start < word.end) {
                self.flush(&mut run, next_role);
                self.cue_end = Some(r.end);
                pos = pos.max(r.end);
                self.walked_from = pos;
                continue;
            }
            let w = slice(self.hay, word.start, word.end);
            let first = byte(self.bytes, word.start);
            // Most words of running text are lowercase: outside a run of capitalized words
            // they can only start a name as "al-Assad" (reporting verbs before a name are
            // looked up when a name is flushed), so they are not classified at all.
            // A word starting with a digit may open a company's name ("3Com Corp") only when
            // it has a capital letter.
            let digit_only = first.is_ascii_digit() && !w.bytes().any(|b| b.is_ascii_uppercase());
            if run.is_empty()
                && (first.is_ascii_lowercase() || digit_only)
                && !w.as_bytes().contains(&b'-')
            {
                continue;
            }
            // Only a name already whole ends at a line break ("Spokesman Paul\nVerne").
            let full_name = run
                .iter()
                .filter(|(w, part)| *part == NamePart::Name && !self.is_initial(w))
                .nth(1)
                .is_some();
            let joined = run.last().map_or(true, |(prev, _)| {
                let prev_end = if nickname_end > prev.end { nickname_end } else { prev.end };
                let gap = self.bytes.get(prev_end..word.start).unwrap_or(&[]);
                let initial = is_initials(self.bytes.get(prev.start..prev.end).unwrap_or(&[]))
                    && gap.first() == Some(&b'.');
                let gap = if initial { gap.get(1..).unwrap_or(&[]) } else { gap };
                !gap.is_empty()
                    && gap.len() <= 3
                    && gap.iter().all(|&b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
                    && gap.iter().filter(|&&b| b == b'\n').count() <= 1
                    && (!full_name || self.wrapped_or_no_break(prev_end + usize::from(initial)))
            });
            if !joined {
                self.flush(&mut run, next_role);
            }
            let flags = if w.bytes().any(|b| b == b'-') {
                class(w) | hyphenated_title(w)
            } else {
                class(w)
            };
            let lower_is = |flag: u8| flags & flag != 0;
            // "Siemens AG", "Barclays plc": a corporate suffix ends the run it follows, even in
            // capitals or lowercase, or follows a known name. Elsewhere it is no name word
            // ("AB Bofors" is Swedish word order, not a person).
            let after_known = || {
                hits.get(next_hit.wrapping_sub(1))
                    .is_some_and(|h| slice(self.hay, h.end, word.start) == " ")
            };
            let corporate = lower_is(CORPORATE);
            if corporate && LEGAL_FORMS.contains(&w) && (!run.is_empty() || after_known()) {
                run.push((word, NamePart::Name));
                // "Corp Ltd", "Group Inc": the last suffix ends the name.
                let next = next_word(self.bytes, word.end).filter(|n| n.start == word.end + 1);
                if !next.is_some_and(|n| is_in(CORPORATE, slice(self.hay, n.start, n.end))) {
                    self.flush(&mut run, next_role);
                }
                continue;
            }
            if corporate && is_initials(w.as_bytes()) {
                // "N.V. Philips": a suffix in initials opening a name is no person's initials.
                self.flush(&mut run, next_role);
                continue;
            }
            // "Martin Luther King Jr", "John Smith III": a generational suffix after a given
            // name and a surname ends the name and stays in it ("Venture Partners II" is a
            // fund's).
            if lower_is(GENERATIONAL)
                && first.is_ascii_uppercase()
                && run.iter().filter(|(_, part)| *part == NamePart::Name).count() >= 2
                && !run.iter().any(|(w, _)| {
                    class(slice(self.hay, w.start, w.end)) & (NON_PERSON | CORPORATE) != 0
                })
            {
                run.push((word, NamePart::Name));
                self.flush(&mut run, next_role);
                continue;
            }
            match name_part(w, flags) {
                NamePart::Particle if !run.is_empty() => run.push((word, NamePart::Particle)),
                // A particle cannot start a name.
                NamePart::Particle => {}
                NamePart::Name if !(lower_is(STOP) || lower_is(HONORIFIC)) => {
                    run.push((word, NamePart::Name))
                }
                // An acronym inside a company's name ("Hutton LBO Inc").
                NamePart::No
                    if !run.is_empty()
                        && w.bytes().all(|b| b.is_ascii_uppercase())
                        && opens_company_name(self.hay, word.end) =>
                {
                    run.push((word, NamePart::Name))
                }
                _ => self.flush(&mut run, next_role),
            }
        }
        self.flush(&mut run, next_role);
    }

    /// Whether the gap at folded `at` holds no line break, or one that [`hard_wrapped_at`]
    /// reads as a wrap (folding made a single line break a space).
    fn wrapped_or_no_break(&self, at: usize) -> bool {
        let original = self.folded.original(at);
        let text = self.text.as_bytes();
        let newline = match text.get(original..original + 2) {
            Some([b'\n', _]) => original,
            Some([b'\r', b'\n']) => original + 1,
            _ => return true,
        };
        hard_wrapped_at(text, newline)
    }

    /// Where a nickname in quotes ends (after its closing quote) when `word` is its first
    /// word and `prev`, the run's last word, a given name: ` "Jojo" ` or ` 'El Tanque' `, one
    /// to three capitalized words on one line, then a space and a capitalized word (the
    /// surname). A quote after a surname or before a lowercase word is none ("Smith 'Deeply
    /// Concerned' about ..."). Reads at most 40 bytes.
    fn nickname_end(&self, prev: &Word, word: &Word) -> Option<usize> {
        let quote = match self.bytes.get(prev.end..word.start)? {
            [b' ', q @ (b'"' | b'\'')] => *q,
            _ => return None,
        };
        let inside = self.bytes.get(word.start..)?;
        let inside = inside.get(..inside.len().min(40))?;
        let close = inside.iter().position(|&b| b == quote || b == b'\n')?;
        let nickname = inside.get(..close)?;
        let capital = |b: &u8| b.is_ascii_uppercase() || *b >= 0x80;
        let words_ok = !nickname.is_empty()
            && nickname.split(|&b| b == b' ').count() <= 3
            && nickname.split(|&b| b == b' ').all(|w| w.first().is_some_and(capital))
            && nickname
                .iter()
                .all(|&b| b.is_ascii_alphabetic() || b >= 0x80 || b == b' ' || b == b'-');
        let after = word.start + close + 1;
        let surname_next = byte(self.bytes, after) == b' ' && capital(&byte(self.bytes, after + 1));
        let given = self.g.given_name(slice(self.hay, prev.start, prev.end)).is_some();
        (byte(self.bytes, word.start + close) == quote && words_ok && surname_next && given)
            .then_some(after)
    }

    /// Whether the word right before `start` (across spaces, commas and periods) is an
    /// honorific, a reporting verb, or the "to" of "according to": "Mr. Toner", "said Mark
    /// Toner". Looked up only for a finished run of name words, not for every word.
    fn word_cue_before(&self, start: usize) -> bool {
        let gap_byte = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b',' | b'.');
        let mut end = start;
        while end > self.walked_from && start - end <= 8 && gap_byte(byte(self.bytes, end - 1)) {
            end -= 1;
        }
        let mut from = end;
        while from > self.walked_from && is_word(byte(self.bytes, from - 1)) {
            from -= 1;
        }
        if from == end {
            return false;
        }
        // A word joined to more letters ("x-said", "U.S.") is another word.
        if from >= 2
            && matches!(byte(self.bytes, from - 1), b'-' | b'\'' | b'.')
            && is_word(byte(self.bytes, from - 2))
        {
            return false;
        }
        let w = slice(self.hay, from, end);
        let cue_end = if class(w) & (HONORIFIC | CUE) != 0 {
            end + usize::from(byte(self.bytes, end) == b'.')
        } else if w.eq_ignore_ascii_case("to")
            && self.hay.get(..from).is_some_and(|s| {
                // "According to" opens most sentences it is in.
                let s = s.trim_end();
                s.len()
                    .checked_sub("according".len())
                    .and_then(|at| s.get(at..))
                    .is_some_and(|w| w.eq_ignore_ascii_case("according"))
            })
        {
            end
        } else {
            return false;
        };
        only_gap(self.bytes, cue_end, start)
    }

    fn gazetteer_mention(&mut self, h: &Hit) {
        let (Some(entity), Some(name)) =
            (self.g.entity(h.target.entity), self.g.name(h.target.entity))
        else {
            return;
        };
        // Blockers ("South America") only keep a shorter name from matching inside them.
        if entity.kind == EntityKind::Unknown {
            return;
        }
        let span = original_span(&self.spans, h.start, h.end);
        if entity.kind == EntityKind::Person {
            let person = Person { name: PersonName::Listed(name), entity: Some(h.target.entity) };
            let surface = slice(self.hay, h.start, h.end);
            match self.g.listed_keys(h.target.entity) {
                Some(keys) => self.people.register_listed(self.g, &person, keys, surface),
                None => {
                    let canonical = fold_name(&entity.name);
                    self.people.register(self.g, &person, &[canonical, Cow::Borrowed(surface)]);
                }
            }
        }
        self.out.push(Mention {
            span,
            entity: Some(h.target.entity),
            kind: entity.kind,
            name: name.clone(),
            adjective: h.target.form == Form::Adjective,
            gender: None,
        });
    }

    /// Whether a listed body's one-word name `h` at `word` is a person's surname instead:
    /// right after a given name ("Ann Wagner"; one space between) or a role title's one
    /// capitalized word ("Deputy First Minister Kate Forbes"), or alone
    /// where a person of the text so far has that surname ("Forbes said" after "Kate
    /// Forbes"). The body's longer names ("Wagner Group") are matches of their own.
    fn surname_not_body(&self, h: &Hit, word: &Word, run: &[(Word, NamePart)]) -> bool {
        if h.start != word.start || h.end != word.end || h.target.form != Form::Name {
            return false;
        }
        let w = slice(self.hay, word.start, word.end);
        if name_part(w, class(w)) != NamePart::Name
            || !byte(self.bytes, word.start).is_ascii_uppercase()
            || self.g.entity(h.target.entity).map(|e| e.kind) != Some(EntityKind::Organization)
        {
            return false;
        }
        match run.last() {
            Some((prev, NamePart::Name)) => {
                // One capitalized word right after a role title is a given name too
                // ("Deputy First Minister Kate Forbes").
                let after_title = || {
                    run.len() == 1
                        && self.cue_end.is_some_and(|c| only_gap(self.bytes, c, prev.start))
                };
                prev.end + 1 == word.start
                    && byte(self.bytes, prev.end) == b' '
                    && (self.g.given_name(slice(self.hay, prev.start, prev.end)).is_some()
                        || after_title())
            }
            Some(_) => false,
            None => self.people.by_surname.get(w).is_some_and(|s| s.latest.entity.is_none()),
        }
    }

    /// Whether a country's one-word name `h` at `word` is a person's given name: one or two
    /// capitalized name words follow it and then a reporting verb ("Jordan Henderson said",
    /// "Montserrat Ribas Llobet said"). A body's word after it ("Georgia Power said"),
    /// another match ("Kenya Airways") or a company named earlier with the country's name
    /// first ("Japan Line Ltd", then "Japan Line said") keeps the country.
    fn country_as_given_name(&self, h: &Hit, word: &Word, next: Option<&Hit>) -> bool {
        if h.start != word.start || h.end != word.end || h.target.form != Form::Name {
            return false;
        }
        if self.g.entity(h.target.entity).map(|e| e.kind) != Some(EntityKind::Country)
            || self.orgs_by_first_word.contains_key(slice(self.hay, word.start, word.end))
        {
            return false;
        }
        let mut end = word.end;
        for count in 0..3 {
            let Some(w) = next_word(self.bytes, end).filter(|w| w.start == end + 1) else {
                return false;
            };
            let text = slice(self.hay, w.start, w.end);
            if count > 0 && only_gap(self.bytes, end, w.start) && is_in(CUE, text) {
                return true;
            }
            let flags = class(text);
            if byte(self.bytes, end) != b' '
                || count == 2
                || next.is_some_and(|n| n.start < w.end)
                || !byte(self.bytes, w.start).is_ascii_uppercase()
                || name_part(text, flags) != NamePart::Name
                || flags & (STOP | HONORIFIC | NON_PERSON | CORPORATE) != 0
            {
                return false;
            }
            end = w.end;
        }
        false
    }

    /// Decides what a finished run of capitalized words is: a person's full name, a known
    /// surname, or nothing.
    fn flush(&mut self, run: &mut Vec<(Word, NamePart)>, next_role: usize) {
        // Particles never end a name.
        while run.last().is_some_and(|(_, part)| *part == NamePart::Particle) {
            run.pop();
        }
        if !run.is_empty() {
            self.flush_words(run, next_role);
            run.clear();
        }
    }

    fn flush_words(&mut self, words: &[(Word, NamePart)], next_role: usize) {
        let words = self.without_malay_title(words);
        let is_given = |w: &Word| self.g.given_name(slice(self.hay, w.start, w.end)).is_some();
        // Capitalized words before a given name are a title or a sentence's first word
        // ("Coach Maria Lopez", "Substitute Tobi Adeyemi-Clarke"), not part of the name.
        let lead = (words.len() > 2)
            .then(|| words.iter().position(|(w, part)| *part == NamePart::Name && is_given(w)))
            .flatten();
        // "Suhail bin Mohammed Al Mazrouei": the word before a patronymic "bin"/"ibn"/"bint"
        // is the person's own given name, not a title, whether the lexicon knows it or not.
        let lead = lead.map(|mut i| {
            while let (Some(j), Some((particle, NamePart::Particle))) =
                (i.checked_sub(2), i.checked_sub(1).and_then(|k| words.get(k)))
            {
                let patronymic = slice(self.hay, particle.start, particle.end);
                let own = words.get(j).is_some_and(|(w, part)| {
                    *part == NamePart::Name && byte(self.bytes, w.start).is_ascii_uppercase()
                });
                if !own || !["bin", "ibn", "bint", "binti"].contains(&patronymic) {
                    break;
                }
                i = j;
            }
            i
        });
        // Right after a role title the title is already read: the words before the given
        // name are the name's ("president Khawaja Tariq Butt", "Foreign Minister Þorgerður
        // Katrín Gunnarsdóttir").
        let after_title = || {
            let start = words.first().map_or(0, |(w, _)| w.start);
            self.cue_end.is_some_and(|c| only_gap(self.bytes, c, start))
        };
        let words = match lead {
            // "Luz Elena Garza Villarreal": one word before a name of three is its given name.
            Some(i)
                if i > 0
                    && words.len() - i >= 2
                    && !after_title()
                    && (i, words.len() - usize::from(self.generational_end(words))) != (1, 4) =>
            {
                words.get(i..).unwrap_or(words)
            }
            _ => self.name_after_complement(words),
        };
        // "Jane Doe Labour candidate", "Senator Maria Cantwell D-Wash": a party, or a US
        // party-and-state tag, after a name of two or more words is no part of the name.
        let words = match words.split_last() {
            Some(((w, NamePart::Name), head))
                if head.len() >= 2
                    && head.last().is_some_and(|(_, part)| *part == NamePart::Name)
                    && is_party_tag(slice(self.hay, w.start, w.end)) =>
            {
                head
            }
            _ => words,
        };
        // Words starting with a digit ("3Com") belong to company names only.
        let starts_with_digit = |w: &Word| byte(self.bytes, w.start).is_ascii_digit();
        let company = words.last().is_some_and(|(w, _)| {
            words.len() > 1 && is_in(CORPORATE, slice(self.hay, w.start, w.end))
        });
        let words = if company || words.len() == 1 {
            words
        } else {
            let from = words.iter().take_while(|(w, _)| starts_with_digit(w)).count();
            let rest = words.get(from..).unwrap_or(&[]);
            if rest.iter().any(|(w, _)| starts_with_digit(w)) {
                return;
            }
            rest
        };
        let (Some((first, _)), Some((last, _))) = (words.first(), words.last()) else { return };
        let (start, stop) = (first.start, last.end);
        if words.len() == 1 {
            self.last_word_run = (start, stop);
            let w = slice(self.hay, start, stop);
            if is_in(CORPORATE, w) {
                // "General Motors Corp": the suffix belongs to the known name before it.
                let before = original_span(&self.spans, start, stop).start;
                let after_known = self.out.last().is_some_and(|m| {
                    m.entity.is_some() && self.text.get(m.span.end..before) == Some(" ")
                });
                if after_known || self.bracketed_start(start).is_some() {
                    self.company((0, 0), start, stop);
                    return;
                }
            }
            let person = self
                .people
                .by_surname
                .get(w)
                .map(|s| &s.latest)
                .or_else(|| {
                    let given = !self.people.by_given.is_empty() && is_given(first);
                    given.then(|| self.people.by_given.get(w)).flatten()
                })
                .or_else(|| self.family_first(w, start, stop, next_role))
                .cloned()
                .or_else(|| self.loose_surname(words))
                .or_else(|| {
                    // Most texts have no double surname: no hashing then.
                    let parts = &self.people.by_surname_part;
                    let part = if parts.is_empty() { None } else { parts.get(w) };
                    part.filter(|_| !self.orgs_by_first_word.contains_key(w)).cloned()
                });
            match person {
                Some(p) => {
                    self.out.push(person_mention(&self.spans, start, stop, &p.name, p.entity))
                }
                None => {
                    let w = slice(self.hay, start, stop);
                    let weak = self.people.weak_by_surname.get(w).cloned();
                    match weak {
                        Some(p) if self.cued(start, stop, next_role) => {
                            let key = fold_pattern(&p.name);
                            self.people.register(self.g, &p, &[Cow::Owned(key)]);
                            self.out.push(person_mention(&self.spans, start, stop, &p.name, None));
                        }
                        _ => match self.orgs_by_first_word.get(w) {
                            Some(name) => self.out.push(Mention {
                                span: original_span(&self.spans, start, stop),
                                entity: None,
                                kind: EntityKind::Organization,
                                name: name.clone(),
                                adjective: false,
                                gender: None,
                            }),
                            None => self.pending.push((start, stop)),
                        },
                    }
                }
            }
            return;
        }
        let previous_run = std::mem::replace(&mut self.last_run, (start, stop));
        let last_word = slice(self.hay, last.start, last.end);
        if is_in(CORPORATE, last_word) {
            // "Halvard N.V.": the period closes the suffix's initials.
            let dot = is_initials(last_word.as_bytes()) && byte(self.bytes, stop) == b'.';
            self.company(previous_run, start, stop + usize::from(dot));
            return;
        }
        let names = words.iter().filter(|(_, part)| *part == NamePart::Name).count();
        // A family name written first that is also a place word ("Park Geun-hye", "Song
        // Ji-hyo") is a name when a hyphenated given name follows it.
        let family_first = words.len() <= 3
            && words.get(1).is_some_and(|(w, _)| {
                slice(self.hay, w.start, w.end)
                    .split_once(is_hyphen)
                    .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase()))
            })
            && self.g.is_family_name_first(slice(self.hay, first.start, first.end));
        let checked = words.get(usize::from(family_first)..).unwrap_or(&[]);
        let non_person = |(w, _): &(Word, NamePart)| {
            slice(self.hay, w.start, w.end).split(is_hyphen).any(|part| is_in(NON_PERSON, part))
        };
        if let Some(last_body_word) = checked.iter().rposition(non_person) {
            // "Leader of Opposition in the Karnataka Assembly R Ashoka": a body's name runs
            // into the name of the person its title qualifies. Two or three name words after
            // the body's last word, opening with an initial or a given name, are that name.
            let tail = checked.get(last_body_word + 1..).unwrap_or(&[]);
            let opens_name = tail.first().is_some_and(|(w, _)| self.is_initial(w) || is_given(w));
            if (2..=3).contains(&tail.len())
                && opens_name
                && tail.iter().all(|(_, part)| *part == NamePart::Name)
            {
                self.flush_words(tail, next_role);
            }
            return;
        }
        if names > 4 {
            return;
        }
        // A surname with its particles, capitalized as a sentence or a headline may write it
        // ("Van Der Berg", "Al Ansari"): the person who has it.
        let particles_then_name = words.split_last().is_some_and(|(_, head)| {
            head.iter().all(|(w, _)| is_in(PARTICLE, slice(self.hay, w.start, w.end)))
        });
        if particles_then_name {
            if let Some(p) = self.loose_surname(words) {
                self.out.push(person_mention(&self.spans, start, stop, &p.name, p.entity));
                return;
            }
            // "debutant Cian Ó Murchú scored ... Ó Murchú said": the uncued name whose
            // surname this is speaks, as a one-word surname would.
            let surname = words.last().map_or("", |(w, _)| slice(self.hay, w.start, w.end));
            let weak = self.people.weak_by_surname.get(surname).cloned();
            if let Some(p) = weak.filter(|_| self.cued(start, stop, next_role)) {
                let key = fold_pattern(&p.name);
                self.people.register(self.g, &p, &[Cow::Owned(key)]);
                self.out.push(person_mention(&self.spans, start, stop, &p.name, None));
                return;
            }
        }
        // The first words of a company named earlier ("E.F. Hutton" after "E.F. Hutton Group
        // Inc") name that company, not a person.
        let dot = usize::from(byte(self.bytes, first.end) == b'.');
        let first_word = slice(self.hay, first.start, first.end + dot);
        if let Some(org) = self.orgs_by_first_word.get(first_word) {
            let name = self.joined(words, self.text, true);
            if org.strip_prefix(name.as_str()).is_some_and(|rest| rest.starts_with(' ')) {
                let org = org.clone();
                self.out.push(Mention {
                    span: original_span(&self.spans, start, stop),
                    entity: None,
                    kind: EntityKind::Organization,
                    name: org,
                    adjective: false,
                    gender: None,
                });
                return;
            }
        }
        let key = self.folded_key(words);
        let known = self.people.by_full_name.get(key.as_ref()).cloned().or_else(|| {
            (words.len() == 2)
                .then(|| self.people.by_first_last.get(key.as_ref()).cloned())
                .flatten()
        });
        let known =
            known.or_else(|| self.loose_name(words)).or_else(|| self.short_given_name(words));
        // A run that starts with a given name is a person even with no verb or title next to
        // it ("Tobi Adeyemi-Clarke scored"), so its surname resolves later on.
        let person_shape = is_given(first);
        if known.is_none() && !person_shape && !self.cued(start, stop, next_role) {
            let suffixed = usize::from(self.generational_end(words));
            let named = words.get(..words.len() - suffixed).unwrap_or(words);
            // Particles do not count ("Joost van den Akker" is a name of two words).
            let name_words = named.iter().filter(|(_, part)| *part == NamePart::Name).count();
            if name_words <= 3
                && words.iter().all(|(_, part)| matches!(part, NamePart::Name | NamePart::Particle))
            {
                if let Some((w, _)) = named.last() {
                    let surname = slice(self.hay, w.start, w.end);
                    let name = self.joined(words, self.text, true);
                    let person = Person { name: name.into(), entity: None };
                    // A family name written first speaks for the name too ("Lin Jian ...
                    // Lin said").
                    let family = slice(self.hay, first.start, first.end);
                    if self.g.is_family_name_first(family) && family.len() > 1 {
                        self.people.weak_by_surname.insert(Cow::Borrowed(family), person.clone());
                    }
                    self.people.weak_by_surname.insert(Cow::Borrowed(surname), person);
                }
            }
            return;
        }
        let person = known.unwrap_or_else(|| Person {
            name: self.joined(words, self.text, true).into(),
            entity: None,
        });
        self.people.register(self.g, &person, &[key]);
        // "Jr.": the suffix's period is part of the name.
        let stop =
            stop + usize::from(self.generational_end(words) && byte(self.bytes, stop) == b'.');
        self.out.push(Mention {
            span: original_span(&self.spans, start, stop),
            entity: person.entity,
            kind: EntityKind::Person,
            name: person.name.to_name(),
            adjective: false,
            gender: None,
        });
    }

    /// "Yemi Cardoso" after "Olayemi Cardoso", "Bill Hartley" after "William Hartley": the one
    /// person of the text so far with this surname, when this given name is a short form of
    /// theirs.
    fn short_given_name(&self, words: &[(Word, NamePart)]) -> Option<Person<'a>> {
        let [(given, _), (surname, _)] = words else { return None };
        let surname = slice(self.hay, surname.start, surname.end);
        let surnamed = self.people.by_surname.get(surname)?;
        let (person, first) = (&surnamed.latest, surnamed.first.as_ref()?);
        if first.name != person.name || surname_in(&person.name).0 == 0 {
            return None;
        }
        let full = person.name.split(' ').next()?;
        let short = slice(self.hay, given.start, given.end);
        self.g.is_short_given_name(short, full).then(|| person.clone())
    }

    /// Whether `words` end with a generational suffix after two or more words ("Marcos Jr").
    fn generational_end(&self, words: &[(Word, NamePart)]) -> bool {
        words.len() > 2
            && words
                .last()
                .is_some_and(|(w, _)| is_in(GENERATIONAL, slice(self.hay, w.start, w.end)))
    }

    /// Whether a word is one initial or several joined by periods ("J", "P.K").
    fn is_initial(&self, w: &Word) -> bool {
        is_initials(self.bytes.get(w.start..w.end).unwrap_or(&[]))
    }

    /// "Tan Sri Anwar Kamal", "Puan Sri Aisha Kamal": the Malaysian title "Sri" after "Tan"
    /// (a family name elsewhere) or after an honorific ("Puan", "Datuk") is no part of the
    /// name. ("Sri" alone is a given name: "Sri Mulyani Indrawati".)
    fn without_malay_title<'w>(&self, words: &'w [(Word, NamePart)]) -> &'w [(Word, NamePart)] {
        let word = |i: usize| words.get(i).map_or("", |(w, _)| slice(self.hay, w.start, w.end));
        if words.len() > 3
            && word(0).eq_ignore_ascii_case("tan")
            && word(1).eq_ignore_ascii_case("sri")
        {
            return words.get(2..).unwrap_or(words);
        }
        if words.len() > 2 && word(0).eq_ignore_ascii_case("sri") {
            let start = words.first().map_or(0, |(w, _)| w.start);
            let before = self.hay.get(..start).unwrap_or("").trim_end_matches([' ', '\'']);
            let previous = before.rsplit(' ').next().unwrap_or("");
            if is_in(HONORIFIC, previous) {
                return words.get(1..).unwrap_or(words);
            }
        }
        words
    }

    /// After "of", "on" or "for", a place or body runs straight into the name of the person
    /// it qualifies: "Mayor of Kharkiv Ihor Terekhov", "the Committee on International
    /// Affairs Leonid Slutsky". Such a run of three or more words keeps its last name and the
    /// one before it (with the particles and initials between them: "Harold van den Bosch",
    /// "Anatoly K. Bure"); company names and other runs are left whole.
    fn name_after_complement<'w>(&self, words: &'w [(Word, NamePart)]) -> &'w [(Word, NamePart)] {
        let (Some((first, _)), Some((last, _))) = (words.first(), words.last()) else {
            return words;
        };
        let before = self.hay.get(..first.start).unwrap_or("");
        let after_preposition = [" of ", " on ", " for "].iter().any(|p| before.ends_with(p))
            || self.and_in_complement(before, first);
        let last_word = slice(self.hay, last.start, last.end);
        if words.len() < 3 || !after_preposition || is_in(CORPORATE, last_word) {
            return words;
        }
        let is_initial = |w: &Word| self.is_initial(w);
        let mut names_seen = 0;
        let mut from = words.len();
        for (i, (w, part)) in words.iter().enumerate().rev() {
            if *part != NamePart::Name {
                continue;
            }
            if names_seen >= 2 && !is_initial(w) {
                break;
            }
            from = i;
            if !is_initial(w) {
                names_seen += 1;
            }
        }
        let Some(tail) = words.get(from..).filter(|_| from > 0) else { return words };
        // The tail must look like a person's name, not the end of a body's name ("of
        // Automotive Vehicle Manufacturers", "of Bond Dealers"): no institution word, and no
        // plural '-s' ending (a known given name would have split the run already).
        let institutional = tail.iter().any(|(w, _)| {
            slice(self.hay, w.start, w.end).split(is_hyphen).any(|part| is_in(NON_PERSON, part))
        });
        if institutional || last_word.ends_with('s') {
            return words;
        }
        tail
    }

    /// "Minister of Water Resources and Irrigation Hani Sewilam": a run after the "and" of a
    /// title's complement ("of" or "for", then capitalized words) runs on into the name
    /// as one after "of" does. Reads at most four words back, only for a run after " and "
    /// that no given name opens ("Bank of England and Orla Benedek" is two names).
    fn and_in_complement(&self, before: &str, first: &Word) -> bool {
        let Some(mut rest) = before.strip_suffix(" and ") else { return false };
        if self.g.given_name(slice(self.hay, first.start, first.end)).is_some() {
            return false;
        }
        for _ in 0..4 {
            let Some((head, word)) = rest.rsplit_once(' ') else { return false };
            if !word.starts_with(|c: char| c.is_uppercase()) {
                return false;
            }
            if [" of", " for"].iter().any(|p| head.ends_with(p)) {
                // The title's noun is capitalized too: "Minister of", "Secretary of" (at a
                // paragraph's start too: the word before it ends at a line break).
                let head = head.trim_end_matches(|c: char| c.is_ascii_alphabetic()).trim_end();
                return head
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            }
            rest = head;
        }
        false
    }

    /// A run ending in a corporate suffix ("Northridge Airways Corp"), joined to the run
    /// before it across "and" or "&" ("Harlan Tool and Die Corp"), is an organization; its
    /// first word alone later names it ("Harlan said").
    fn company(&mut self, previous_run: (usize, usize), start: usize, stop: usize) {
        // "Industrial Equity (Pacific) Ltd": the words before a bracketed part are the
        // company's first words; what was made of them is dropped.
        let start = match self.bracketed_start(start) {
            Some(from) => {
                let from_original = self.folded.original(from);
                while self.out.last().is_some_and(|m| m.span.start >= from_original) {
                    self.out.pop();
                }
                self.pending.retain(|&(s, _)| s < from);
                from
            }
            None => start,
        };
        let start = self.title_before_company(start).unwrap_or(start);
        let and_before = |run: (usize, usize)| {
            run.1 > run.0 && matches!(slice(self.hay, run.1, start), " and " | " & ")
        };
        // "Merrill Lynch, Pierce, Fenner and Smith Inc": the partners listed with commas
        // before the last one are the company's name too (a one-word partner before "and"
        // only then: "Apple and IBM Corp" are two); what was made of them is dropped.
        let (list_start, joined) = if and_before(previous_run) {
            (self.comma_list_start(previous_run.0), Some(previous_run.0))
        } else if and_before(self.last_word_run) {
            (self.comma_list_start(self.last_word_run.0), None)
        } else {
            (None, None)
        };
        let start = match (list_start, joined) {
            (Some(from), _) => {
                let from_original = self.folded.original(from);
                while self.out.last().is_some_and(|m| m.span.start >= from_original) {
                    self.out.pop();
                }
                self.pending.retain(|&(s, _)| s < from);
                from
            }
            (None, Some(previous)) => previous,
            (None, None) => start,
        };
        let mut span = original_span(&self.spans, start, stop);
        // A known name right before the run is the company's first words: "General Motors
        // Corp" is General Motors; "U.S. Shoe Corp" and "American Software Inc" are companies
        // named after a country, not the country followed by "Shoe Corp".
        let joins_previous = self
            .out
            .last()
            .filter(|m| {
                m.entity.is_some()
                    && m.span.end <= span.start
                    && matches!(m.kind, EntityKind::Organization | EntityKind::Country)
                    && self.text.get(m.span.end..span.start) == Some(" ")
            })
            .map(|m| (m.kind, m.span));
        if let Some((kind, previous)) = joins_previous {
            let suffix_only = slice(self.hay, start, stop).split(' ').all(|w| is_in(CORPORATE, w));
            if kind == EntityKind::Organization && suffix_only {
                if let Some(last) = self.out.last_mut() {
                    last.span = Span::new(last.span.start, span.end);
                }
                return;
            }
            span = Span::new(previous.start, span.end);
            self.out.pop();
        }
        let Some(name) = self.text.get(span.start..span.end) else { return };
        let name = Name::from(&*single_spaced(name));
        let first = slice(self.hay, start, stop).split(' ').next().unwrap_or("");
        if joins_previous.is_none()
            && first.len() > 1
            && first.len() < slice(self.hay, start, stop).len()
        {
            self.orgs_by_first_word.insert(first, name.clone());
            // After initials, the next word names the company too ("E.F. Hutton Group Inc" →
            // "Hutton said").
            let mut words = slice(self.hay, start, stop).split(' ');
            let initials = words.next().map(|w| w.trim_end_matches('.')).map(str::as_bytes);
            if let (Some(true), Some(next)) = (initials.map(is_initials), words.next()) {
                if next.len() > 1 && !is_in(CORPORATE, next) {
                    self.orgs_by_first_word.entry(next).or_insert_with(|| name.clone());
                }
            }
        }
        self.out.push(Mention {
            span,
            entity: None,
            kind: EntityKind::Organization,
            name,
            adjective: false,
            gender: None,
        });
    }

    /// The person whose name starts with the family name `w` ("Lin" of "Lin Jian"), when no
    /// other person of the text shares it. A capitalized word opening a sentence is often an
    /// ordinary word ("Long", "Park"), so there it needs a cue too ("Lin said").
    fn family_first(
        &self,
        w: &str,
        start: usize,
        stop: usize,
        next_role: usize,
    ) -> Option<&Person<'a>> {
        let person = self.people.by_family_first.get(w)?;
        if self.people.shared_family_first.contains(w) {
            return None;
        }
        let before = self.hay.get(..start).unwrap_or("").trim_end();
        let after_article = [" the", " a", " an"].iter().any(|a| {
            before.len() >= a.len()
                && before.get(before.len() - a.len()..).is_some_and(|t| t.eq_ignore_ascii_case(a))
        });
        if after_article {
            return None;
        }
        (!self.opens_sentence(start) || self.cued(start, stop, next_role)).then_some(person)
    }

    /// Whether the word at `start` is the first of a sentence, a line or a quotation.
    fn opens_sentence(&self, start: usize) -> bool {
        let before = self.bytes.get(..start).unwrap_or(&[]);
        let mut previous = before.iter().rev().filter(|&&b| !matches!(b, b' ' | b'\t'));
        match previous.next() {
            None => true,
            Some(&b) => {
                matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r' | b':' | b'"' | b'\'' | b'(')
            }
        }
    }

    /// The person whose surname has the [`loose_key`] of `words` ("Zelenskiy" after
    /// "Zelenskyy", "Al Ansari" after "al-Ansari").
    fn loose_surname(&mut self, words: &[(Word, NamePart)]) -> Option<Person<'a>> {
        self.loose_lookup(words, false)
    }

    /// The person whose full name has the [`loose_key`] of `words` ("Muhammad Qadri" after
    /// "Mohammed Qadri").
    fn loose_name(&mut self, words: &[(Word, NamePart)]) -> Option<Person<'a>> {
        self.loose_lookup(words, true)
    }

    /// Looks `words` up by [`loose_key`]: full names (`full_name`, given-name variants
    /// folded) or surnames. The key is built in a reused buffer.
    fn loose_lookup(&mut self, words: &[(Word, NamePart)], full_name: bool) -> Option<Person<'a>> {
        let map =
            if full_name { &self.people.by_loose_name } else { &self.people.by_loose_surname };
        if map.is_empty() {
            return None;
        }
        let mut key = std::mem::take(&mut self.loose_buf);
        let hay = self.hay;
        let words = words.iter().map(|(w, _)| slice(hay, w.start, w.end));
        loose_key(self.g, words, full_name, &mut key);
        let person = map.get(key.as_str()).cloned();
        self.loose_buf = key;
        person
    }

    /// Where a company's name starts when a capitalized title word (a role title or an
    /// honorific) stands right before the run at `start`: "Premier Industrial Corp",
    /// "Governor Valve Inc".
    fn title_before_company(&self, start: usize) -> Option<usize> {
        let end = start.checked_sub(1).filter(|&e| byte(self.bytes, e) == b' ')?;
        let mut from = end;
        while from > 0 && byte(self.bytes, from - 1).is_ascii_alphabetic() {
            from -= 1;
        }
        let w = slice(self.hay, from, end);
        let before = from.checked_sub(1).map(|b| byte(self.bytes, b));
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) || before.is_some_and(is_word) {
            return None;
        }
        let i = self.roles.partition_point(|r| r.end < end);
        let role = self.roles.get(i).is_some_and(|r| r.end == end && r.title_start == from);
        (role || is_in(HONORIFIC, w)).then_some(from)
    }

    /// Where a company's name starts when the run at `start` follows a bracketed part after
    /// capitalized words: "Industrial Equity (Pacific) Ltd" from "Ltd". At most six words
    /// before the bracket and forty bytes inside it are looked at.
    fn bracketed_start(&self, start: usize) -> Option<usize> {
        let close = start.checked_sub(2)?;
        if self.bytes.get(close..start)? != b") " {
            return None;
        }
        let inside_from = close.saturating_sub(40);
        let inside = self.bytes.get(inside_from..close)?;
        let open = inside_from + inside.iter().rposition(|&b| b == b'(')?;
        let inner = self.bytes.get(open + 1..close)?;
        let inner_ok = inner.first().is_some_and(u8::is_ascii_uppercase)
            && inner.iter().all(|&b| is_word(b) || matches!(b, b' ' | b'.' | b'-' | b'&'));
        if !inner_ok || byte(self.bytes, open.checked_sub(1)?) != b' ' {
            return None;
        }
        let mut from = None;
        let mut end = open - 1;
        for _ in 0..6 {
            let mut word_start = end;
            while word_start > 0
                && (is_word(byte(self.bytes, word_start - 1))
                    || matches!(byte(self.bytes, word_start - 1), b'-' | b'.'))
            {
                word_start -= 1;
            }
            let w = slice(self.hay, word_start, end);
            let capitalized = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            if word_start == end || !capitalized || class(w) & (STOP | HONORIFIC) != 0 {
                break;
            }
            from = Some(word_start);
            match word_start.checked_sub(1) {
                Some(space) if byte(self.bytes, space) == b' ' => end = space,
                _ => break,
            }
        }
        from
    }

    /// Where a comma list of capitalized names ends at `start` ("Merrill Lynch, Pierce, " before
    /// "Fenner"): each item one to three capitalized words, none a stop word, honorific or a
    /// name of the gazetteer or an organization (a list of known companies or countries is a
    /// list, not one name), the last no company suffix. At most six items are looked at.
    fn comma_list_start(&self, start: usize) -> Option<usize> {
        // The list holds at most eighteen words: that many mentions back is enough.
        let known_from = self
            .out
            .iter()
            .rev()
            .take(18)
            .find(|m| m.entity.is_some() || m.kind == EntityKind::Organization)
            .map_or(0, |m| m.span.end);
        let mut from = None;
        let mut item_end = start;
        for _ in 0..6 {
            let Some(comma) = item_end.checked_sub(2) else { break };
            if self.bytes.get(comma..item_end) != Some(b", ".as_slice()) {
                break;
            }
            let mut end = comma;
            let mut item_start = None;
            for _ in 0..3 {
                let mut word_start = end;
                while word_start > 0
                    && (is_word(byte(self.bytes, word_start - 1))
                        || matches!(byte(self.bytes, word_start - 1), b'-' | b'.' | b'\''))
                {
                    word_start -= 1;
                }
                let w = slice(self.hay, word_start, end);
                let capitalized = w.starts_with(char::is_uppercase);
                if word_start == end || !capitalized || class(w) & (STOP | HONORIFIC | CUE) != 0 {
                    break;
                }
                // An item ending in "Inc" or "Co" is a company of its own: a list of them.
                if end == comma && is_in(CORPORATE, w) {
                    return from;
                }
                item_start = Some(word_start);
                match word_start.checked_sub(1) {
                    Some(space) if byte(self.bytes, space) == b' ' => end = space,
                    _ => break,
                }
            }
            let Some(item_start) = item_start else { break };
            if self.folded.original(item_start) < known_from {
                break;
            }
            from = Some(item_start);
            item_end = item_start;
        }
        from
    }

    /// Whether a role title, honorific or reporting verb stands right before `start` or a
    /// reporting verb or apposition right after `stop`.
    fn cued(&self, start: usize, stop: usize, next_role: usize) -> bool {
        self.cue_end.is_some_and(|c| only_gap(self.bytes, c, start))
            || self.word_cue_before(start)
            || self.cue_after(stop, next_role)
    }

    /// Single capitalized words that matched no person when met: a surname used before the
    /// full name ("Adeyemi-Clarke wins it" in a headline, then "Tobi Adeyemi-Clarke") names
    /// the first person introduced later with that surname.
    fn resolve_pending(&mut self) {
        for &(start, stop) in &self.pending {
            let w = slice(self.hay, start, stop);
            if let Some(p) = self.people.by_surname.get(w).and_then(|s| s.first.as_ref()) {
                self.out.push(person_mention(&self.spans, start, stop, &p.name, p.entity));
            }
        }
    }

    /// The words of a name joined by single spaces, taken from `source`: the original text
    /// (`original`: folded offsets mapped back) or the folded one.
    fn joined(&self, words: &[(Word, NamePart)], source: &str, original: bool) -> String {
        let span = |(first, last): (&Word, &Word)| last.end.saturating_sub(first.start);
        let guess = words.first().zip(words.last()).map_or(0, |(f, l)| span((&f.0, &l.0)));
        let mut name = String::with_capacity(guess + 4);
        for (i, (w, _)) in words.iter().enumerate() {
            if i > 0 {
                let prev_initial = words
                    .get(i - 1)
                    .is_some_and(|(p, _)| self.is_initial(p) && byte(self.bytes, p.end) == b'.');
                if prev_initial {
                    name.push('.');
                }
                name.push(' ');
            }
            let span = if original {
                original_span(&self.spans, w.start, w.end)
            } else {
                Span::new(w.start, w.end)
            };
            name.push_str(source.get(span.start..span.end).unwrap_or(""));
        }
        if original && self.generational_end(words) {
            let end = words.last().map_or(0, |(w, _)| w.end);
            if byte(self.bytes, end) == b'.' {
                name.push('.');
            }
        }
        name
    }

    /// [`Walk::joined`] from the folded text, borrowed when the text already has the words
    /// separated as the joined form would be (one space, or ". " after an initial).
    fn folded_key(&self, words: &[(Word, NamePart)]) -> Cow<'a, str> {
        let same = words.windows(2).all(|pair| match pair {
            [(prev, _), (next, _)] => {
                let gap = self.bytes.get(prev.end..next.start).unwrap_or(&[]);
                let initial = self.is_initial(prev) && byte(self.bytes, prev.end) == b'.';
                gap == if initial { &b". "[..] } else { &b" "[..] }
            }
            _ => false,
        });
        match (words.first(), words.last()) {
            (Some((first, _)), Some((last, _))) if same => {
                Cow::Borrowed(self.hay.get(first.start..last.end).unwrap_or(""))
            }
            _ => Cow::Owned(self.joined(words, self.hay, false)),
        }
    }

    /// Whether a reporting verb or an apposition with a role title follows a name ending at
    /// `end` ("Mark Toner said", "Mark Toner, a State Department spokesman,").
    fn cue_after(&self, end: usize, next_role: usize) -> bool {
        let mut p = end;
        while matches!(byte(self.bytes, p), b' ' | b'\t') {
            p += 1;
        }
        let comma = byte(self.bytes, p) == b',';
        if comma {
            p += 1;
        }
        if let Some(w) = next_word(self.bytes, p) {
            let next = slice(self.hay, w.start, w.end);
            if only_gap(self.bytes, end, w.start) && is_in(CUE, next) {
                return true;
            }
            // "Tadesse Gebremariam-Alemu, who won in Tokyo": only people are "who".
            if comma && w.start == p + 1 && next == "who" {
                return true;
            }
        }
        if comma {
            if let Some(r) = self.roles.get(next_role).filter(|r| r.start >= end) {
                let between = self.bytes.get(end..r.start).unwrap_or(&[]);
                return between.len() <= 48
                    && !between.iter().any(|&b| matches!(b, b'.' | b'"' | b'\n'));
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::GazetteerBuilder;

    /// A company's name is its words joined by single spaces, whatever whitespace the text
    /// had between them: the one-pass join agrees with collecting the words and joining them.
    #[test]
    fn single_spaced_joins_the_words_as_split_and_join_do() {
        let cases = [
            "Northridge Airways Corp",
            "Harlan Tool and Die Corp",
            "Harlan  Tool\nand Die\tCorp",
            " Acme Ltd ",
            "Acme\r\nHoldings Inc",
            "Soci\u{e9}t\u{e9} G\u{e9}n\u{e9}rale SA",
            "Acme\u{a0}Holdings\u{2003}Inc",
            "A.B. Dick Co",
            "",
            " ",
            "Del\u{7f}ta Corp",
        ];
        for text in cases {
            let want = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(single_spaced(text), want, "{text:?}");
        }
    }

    /// The institution pass walks only where the dictionary scan saw a head noun: the scan
    /// must see every one, inside its matches too ("Soviet Union") and after folded text.
    #[test]
    fn the_dictionary_scan_notes_every_head_noun_the_institution_pass_needs() {
        let mut builder = GazetteerBuilder::new();
        builder.add_tsv(
            "inline",
            "soviet\tcountry\tSoviet Union\t\nghana\tcountry\tGhana\tadj:Ghanaian\n\
             tpd\torganization\tToronto police\t\nmod\torganization\tMinistry of Defence\t\n",
        );
        builder.add_roles_tsv("roles", "minister\nPolice Commissioner\n");
        let g = builder.build();
        let texts = [
            "The Soviet Union Council of Ministers met the Ghana Police Service.",
            "Toronto police and the Ministry of Defence; Ghanaian Electoral Commission (EC).",
            "Caf\u{e9} \u{2014}Board\u{2019}s \u{201C}Union\u{201D} x-Office police-led police",
            "Police Commissioner Ama Mensah of the Criminal Investigations Department",
            "al-Ministry OFFICE Ministry\u{2019}s Commission's Agency\u{2013}Court",
        ];
        for text in texts {
            let folded = fold(text);
            let (mut hits, mut roles, mut heads) = (Vec::new(), Vec::new(), Vec::new());
            let matcher = g.matcher.as_ref().expect("matcher");
            find_hits(matcher, &folded.text, &mut hits, &mut roles, &mut heads);
            heads_inside(&g, &folded.text, &hits, &roles, &mut heads);
            let heads: Vec<usize> = heads.iter().map(|&at| folded.original(at)).collect();
            // Words of listed people and bodies are no words of an institution's run.
            let in_mention = |at: usize| {
                hits.iter().any(|h| {
                    let kind = g.entity(h.target.entity).map(|e| e.kind);
                    let span = original_span(&folded.originals(), h.start, h.end);
                    matches!(kind, Some(EntityKind::Person | EntityKind::Organization))
                        && span.start <= at
                        && at < span.end
                })
            };
            for at in crate::institution::heads_of(text) {
                assert!(heads.contains(&at) || in_mention(at), "{at} of {text:?}: {heads:?}");
            }
            assert!(heads.windows(2).all(|w| w[0] < w[1]), "{text:?}: {heads:?}");
        }
    }

    #[test]
    fn ascii_name_part_agrees_with_the_character_rules() {
        let words = [
            "",
            "Peter",
            "peter",
            "al",
            "Al",
            "al-Assad",
            "Al-Assad",
            "bin-laden",
            "van-Der",
            "3Com",
            "7up",
            "1987",
            "AP",
            "NATO",
            "J",
            "j",
            "P.K",
            "P.K.",
            "A.B.C",
            "U.S",
            "O'Brien",
            "Maj-Gen",
            "X-",
            "-Ministry",
            "de",
            "Mc",
            "MCDONALD",
            "McDonald",
            // Eight bytes and nine, around the one-load path of `name_part`.
            "Abcdefgh",
            "ABCDEFGH",
            "abcdefgh",
            "A.B.C.D",
            "9ABCDEFG",
            "9abcdefg",
            "Abcdefghi",
            "ABCDEFGHI",
            "ABCDEFGh",
        ];
        for w in words {
            for flags in [0, PARTICLE, STOP, PARTICLE | HONORIFIC] {
                let ascii = ascii_name_part(w.as_bytes(), flags);
                assert_eq!(ascii, chars_name_part(w, flags), "{w:?} {flags}");
                assert_eq!(name_part(w, flags), ascii, "{w:?} {flags}");
            }
        }
    }

    /// The byte reading of the word before a name agrees with the character one, also where
    /// a non-ASCII space, a period or a line break stands between them.
    #[test]
    fn honorific_gender_reads_bytes_as_characters_do() {
        let cases = [
            ("Mrs. Holm", 5),
            ("said Mr Ode", 8),
            ("Dame\u{a0}Ode", 6),
            ("Sir\n  Keir", 7),
            ("the Queen\tAnne", 10),
            ("Mrs.\u{2009}Holm", 7),
            ("minister Ode", 9),
            ("\u{e9}Lady Ode", 7),
            ("PRINCESS Ode", 9),
            ("Holm", 0),
            ("Mr", 2),
            ("Mr.  ", 5),
        ];
        for (text, start) in cases {
            assert_eq!(
                honorific_gender(text, start),
                honorific_gender_of_chars(text, start),
                "{text:?} at {start}"
            );
        }
        assert_eq!(honorific_gender("Mrs. Holm", 5), Some(Gender::Female));
        assert_eq!(honorific_gender("Dame\u{a0}Ode", 6), Some(Gender::Female));
        assert_eq!(honorific_gender("said Mr Ode", 8), Some(Gender::Male));
        assert_eq!(honorific_gender("minister Ode", 9), None);
    }

    /// [`surname_in`] looks a last word up as a generational suffix only when it has three
    /// letters or fewer: every listed suffix must be that short.
    #[test]
    fn generational_suffixes_have_three_letters_or_fewer() {
        assert!(crate::words::GENERATIONAL_SUFFIXES.iter().all(|s| s.len() <= 3));
        let cases = [
            ("Martin Luther King Jr.", (14, "King")),
            ("John Smith III", (5, "Smith")),
            ("Charles III", (8, "III")),
            ("Ana Carolina Figueiredo", (13, "Figueiredo")),
            ("Madonna", (0, "Madonna")),
            ("Sammy Davis Jrr", (12, "Jrr")),
        ];
        for (name, want) in cases {
            assert_eq!(surname_in(name), want, "{name}");
        }
    }

    #[test]
    fn next_word_ends_like_a_byte_by_byte_scan() {
        let text =
            b"al-Assad's U.S.-led O'Brien x-  Ab1.2.3 longwordlongword-and-more 'quoted' end.";
        for pos in 0..=text.len() {
            let got = next_word(text, pos).map(|w| (w.start, w.end));
            // The rule before the eight-byte scan: runs of word bytes joined by one -, ' or .
            // before a word byte, not a possessive "'s".
            let want = (pos..text.len()).find(|&i| is_word(text[i])).map(|start| {
                let mut end = start;
                loop {
                    while end < text.len() && is_word(text[end]) {
                        end += 1;
                    }
                    let b = byte(text, end);
                    let possessive = b == b'\''
                        && matches!(byte(text, end + 1), b's' | b'S')
                        && !is_word(byte(text, end + 2));
                    if end < text.len()
                        && matches!(b, b'-' | b'\'' | b'.')
                        && !possessive
                        && is_word(byte(text, end + 1))
                    {
                        end += 1;
                        continue;
                    }
                    break (start, end);
                }
            });
            assert_eq!(got, want, "at {pos}");
        }
    }

    #[test]
    fn first_name_start_agrees_with_the_byte_table() {
        let cases = [
            "",
            "plain lowercase prose without names",
            "plain lowercase prose then Capital",
            "exactly8",
            "exactly8X",
            "lower al-assad and more",
            "caf\u{e9} au lait",
            "digits 0123456789 and [brackets] @ `ticks` {braces}",
            "ZZZ",
        ];
        for text in cases {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let region = bytes.get(from..).unwrap_or(&[]);
                let want = region.iter().position(|&b| NAME_START[usize::from(b)]);
                assert_eq!(first_name_start(region), want, "{text:?} from {from}");
            }
        }
    }
}
