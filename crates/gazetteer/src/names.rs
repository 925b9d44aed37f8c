//! Name forms of people that the gazetteer derives from its own rows: the forms outlets write
//! that no row lists, named by the row's canonical name.

use std::collections::hash_map::Entry;
use std::hash::BuildHasher as _;

use whosaid_core::hash::{BuildWordHasher, WordHashMap, WordHashSet};
use whosaid_core::{EntityKind, Span};

use crate::fold::fold_pattern;
use crate::words::{contains, is, CUE, GENERATIONAL_SUFFIXES, HONORIFIC};
use crate::{Gazetteer, Gender, Mention, Name, RoleMention};

/// The name before a "Jr."-type suffix of a person named with at least two words before it
/// ("Ferdinand Marcos" of "Ferdinand Marcos Jr.", "Benigno Aquino" of "Benigno Aquino III"):
/// outlets often drop the suffix of the living holder of the name. Not for "Sr." (the bare
/// name is the son's as often as the father's), nor for a regnal number after one name
/// ("Charles III": "Charles" alone is anyone).
pub(crate) fn without_generational_suffix(name: &str) -> Option<&str> {
    let name = name.trim_end();
    let (before, suffix) = name.rsplit_once(' ')?;
    let suffix = suffix.trim_end_matches('.');
    if suffix.eq_ignore_ascii_case("sr") || !contains(GENERATIONAL_SUFFIXES, suffix) {
        return None;
    }
    let before = before.trim_end_matches([',', ' ']);
    (before.split_whitespace().count() >= 2).then_some(before)
}

/// "Pope Leo XIV", "King Abdullah II", "Crown Prince Mohammed bin Salman": a gazetteer
/// alias that is a title before the person's canonical name. The title is a title (a
/// [`RoleMention`], as for a name found by shape after one), and the mention covers the name
/// only, so "the Pope" later finds the holder of the title. Costs a word comparison per
/// gazetteer person; roles stay in text order.
fn split_leading_titles(
    g: &Gazetteer,
    text: &str,
    mentions: &mut [Mention],
    roles: &mut Vec<RoleMention>,
) {
    let mut added = false;
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Person || m.adjective {
            continue;
        }
        let Some(entity) = m.entity.and_then(|e| g.entity(e)) else { continue };
        let Some(surface) = m.span.get(text) else { continue };
        // Most mentions open with the canonical name's first word: no title before it. An
        // ASCII first word is compared on bytes (splitting both names into words per mention
        // showed in profiles of texts naming thousands of listed people).
        if opens_with_first_word(surface, &entity.name) {
            continue;
        }
        let Some(first) = entity.name.split_whitespace().next() else { continue };
        if surface.split_whitespace().next().is_some_and(|w| same_word(w, first)) {
            continue;
        }
        // Where the canonical name's first word starts in the surface, at a word start.
        let Some(name_at) = word_starts(surface).skip(1).find(|&at| {
            surface.get(at..).is_some_and(|rest| {
                rest.split_whitespace().next().is_some_and(|w| same_word(w, first))
            })
        }) else {
            continue;
        };
        let prefix = surface.get(..name_at).unwrap_or("").trim_end();
        if prefix.is_empty() || entity.name.split_whitespace().any(|w| same_word(w, prefix)) {
            continue;
        }
        let Some(title) = g.role_titles.iter().find(|t| t.eq_ignore_ascii_case(prefix)) else {
            // "Prince Abdulaziz bin Salman", "Sheikh Hamad bin Khalifa": a style of address
            // is no role and no part of the name as printed (the gold keys drop it as they
            // drop "Dr"). Before one word it is how the person is named ("Prince Harry",
            // "Lord Reed").
            let name_words = surface.get(name_at..).map_or(0, |n| n.split_whitespace().count());
            if is(prefix, HONORIFIC) && name_words >= 2 {
                m.span = Span::new(m.span.start + name_at, m.span.end);
            }
            continue;
        };
        let title_span = Span::new(m.span.start, m.span.start + prefix.len());
        if roles.iter().any(|r| r.span.start < m.span.end && title_span.start < r.span.end) {
            continue;
        }
        roles.push(RoleMention { span: title_span, title: title.clone(), title_span, of: None });
        m.span = Span::new(m.span.start + name_at, m.span.end);
        added = true;
    }
    if added {
        roles.sort_by_key(|r| r.span.start);
    }
}

/// Whether `surface`'s first word is `name`'s, ignoring ASCII case, when `name` opens with
/// printable ASCII up to a space or its end; false when it does not (then the caller splits
/// both into words).
fn opens_with_first_word(surface: &str, name: &str) -> bool {
    let name = name.as_bytes();
    let n = name.iter().position(|&b| !b.is_ascii_graphic()).unwrap_or(name.len());
    let (Some(first), Some(opening)) = (name.get(..n), surface.as_bytes().get(..n)) else {
        return false;
    };
    // Every byte Rust's `char::is_whitespace` holds among ASCII ends the surface's first word.
    let ends_word = |b: Option<&u8>| !b.is_some_and(|b| !b" \t\n\x0B\x0C\r".contains(b));
    n > 0
        && !name.get(n).is_some_and(|&b| b != b' ')
        && opening.eq_ignore_ascii_case(first)
        && ends_word(surface.as_bytes().get(n))
}

/// Rewrites the final mentions and roles of one text for the name forms of this module.
pub(crate) fn apply(
    g: &Gazetteer,
    text: &str,
    mentions: &mut Vec<Mention>,
    roles: &mut Vec<RoleMention>,
) {
    split_leading_titles(g, text, mentions, roles);
    cut_leaked_titles(text, mentions);
    style_roles(text, mentions, roles);
    keep_hereditary_titles(text, mentions);
    name_peers(g, text, mentions);
    name_given_name_forms(text, mentions);
}

/// A person mention of [`name_given_name_forms`] whose name of two words or more opens with a
/// capitalized word, so that its first words may name it later: its index, its first word
/// (a byte range of its name), and where the mention ends.
struct Opener {
    index: usize,
    first: (usize, usize),
    after: usize,
}

/// A first word looked for by [`bare_given_names`], with the next one of the same run and
/// the one person it names once looked up (`None` until then).
#[derive(Clone, Copy)]
struct RunEntry<'m> {
    first: &'m str,
    after: usize,
    slot: Option<GivenNamed>,
    next: usize,
}

/// The folded keys of the first words of the [`Opener`]s' names → the one person named with
/// them (`None`: two people are), filled only when a mention asks: a name as written after a
/// longer one, or a given name before a reporting verb. Most texts ask nothing, and a text
/// naming thousands of listed people paid for every person's keys and a map of them in
/// profiles. Keys lie in one buffer; the table maps a key's hash to its first entry, and
/// entries of one hash are chained.
#[derive(Default)]
struct Prefixes {
    keys: String,
    /// Per key: its range in `keys`, the person it names, and the next entry of its hash.
    entries: Vec<((usize, usize), GivenNamed, usize)>,
    heads: WordHashMap<u64, usize>,
    /// How many openers have their keys in the table.
    done: usize,
    /// The ranges of one name's prefix keys, reused.
    ranges: Vec<(usize, usize)>,
}

fn key_hash(key: &str) -> u64 {
    BuildWordHasher::default().hash_one(key)
}

impl Prefixes {
    /// The entry of `key`, whose hash is `hash`.
    fn find(&self, key: &str, hash: u64) -> Option<usize> {
        let mut at = *self.heads.get(&hash)?;
        loop {
            let &((start, end), _, next) = self.entries.get(at)?;
            if self.keys.get(start..end) == Some(key) {
                return Some(at);
            }
            at = next;
        }
    }

    /// Who `key` names, if it is a key of the openers taken in so far.
    fn get(&self, key: &str) -> Option<GivenNamed> {
        let at = self.find(key, key_hash(key))?;
        self.entries.get(at).map(|e| e.1)
    }

    /// Takes in the keys of the openers not taken in yet, in order: a key met before whose
    /// person has another name names no one.
    fn catch_up(&mut self, mentions: &[Mention], openers: &[Opener]) {
        for o in openers.get(self.done..).unwrap_or(&[]) {
            let Some(m) = mentions.get(o.index) else { continue };
            let mut ranges = std::mem::take(&mut self.ranges);
            ranges.clear();
            push_key(&m.name, &mut self.keys, Some(&mut ranges));
            for &(start, end) in &ranges {
                let key = self.keys.get(start..end).unwrap_or("");
                let hash = key_hash(key);
                match self.find(key, hash) {
                    Some(at) => {
                        let Some(entry) = self.entries.get_mut(at) else { continue };
                        let other = |&(j, _, _): &(usize, _, _)| {
                            mentions.get(j).is_some_and(|other| other.name != m.name)
                        };
                        if entry.1.as_ref().is_some_and(other) {
                            entry.1 = None;
                        }
                    }
                    None => {
                        let next =
                            self.heads.insert(hash, self.entries.len()).unwrap_or(usize::MAX);
                        self.entries.push((
                            (start, end),
                            Some((o.index, m.entity, m.gender)),
                            next,
                        ));
                    }
                }
            }
            self.ranges = ranges;
        }
        self.done = openers.len();
    }
}

/// Appends the folded key of `name` to `keys` and returns its range; with `prefixes`, also
/// the keys of its first words (all but the last word), their ranges pushed to it. An ASCII
/// name's key is its words lowercased (and '`' as '\''), joined by single spaces: made
/// without a folded and a lowercased copy, and the key of its first k words is this key up
/// to the k-th space.
fn push_key(
    name: &str,
    keys: &mut String,
    prefixes: Option<&mut Vec<(usize, usize)>>,
) -> (usize, usize) {
    let start = keys.len();
    if name.is_ascii() {
        let mut ranges = prefixes;
        for (count, (_, w)) in ascii_words(name).enumerate() {
            if count > 0 {
                if let Some(r) = ranges.as_deref_mut() {
                    r.push((start, keys.len()));
                }
                keys.push(' ');
            }
            keys.push_str(w);
        }
        if let Some(key) = keys.get_mut(start..) {
            key.make_ascii_lowercase();
        }
        if keys.get(start..).is_some_and(|k| k.contains('`')) {
            let key = keys.get(start..).unwrap_or("").replace('`', "'");
            keys.truncate(start);
            keys.push_str(&key);
        }
        return (start, keys.len());
    }
    let key_of = |words: &[&str]| fold_pattern(&words.join(" ")).to_lowercase();
    keys.push_str(&key_of(&[name]));
    let whole = (start, keys.len());
    if let Some(ranges) = prefixes {
        let word_count = name.split_whitespace().count();
        for k in 1..word_count {
            let head: Vec<&str> = name.split_whitespace().take(k).collect();
            let from = keys.len();
            keys.push_str(&key_of(&head));
            ranges.push((from, keys.len()));
        }
    }
    whole
}

/// The first word of `name` as a byte range, and whether another word follows it (words as
/// `split_whitespace` splits them; an ASCII name read on bytes).
fn first_word(name: &str) -> Option<((usize, usize), bool)> {
    if name.is_ascii() {
        // Only whether a second word starts is asked: it is not read to its end.
        let (at, w) = ascii_words(name).next()?;
        let end = at + w.len();
        let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
        let more = name.as_bytes().get(end..).is_some_and(|rest| rest.iter().any(|b| !space(b)));
        return Some(((at, end), more));
    }
    let mut words = name.split_whitespace();
    let w = words.next()?;
    let at = (w.as_ptr() as usize).saturating_sub(name.as_ptr() as usize);
    Some(((at, at + w.len()), words.next().is_some()))
}

/// The words of an ASCII `name` with their byte offsets, as `split_whitespace` splits it
/// (the ASCII bytes that Rust's `char::is_whitespace` holds), read byte by byte.
fn ascii_words(name: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let bytes = name.as_bytes();
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let mut at = 0;
    std::iter::from_fn(move || {
        while bytes.get(at).is_some_and(|&b| space(b)) {
            at += 1;
        }
        let start = at;
        while bytes.get(at).is_some_and(|&b| !space(b)) {
            at += 1;
        }
        (at > start).then(|| name.get(start..at).map(|w| (start, w))).flatten()
    })
}

/// The first ASCII capital or non-ASCII byte of `bytes` at or after `from` whose position
/// `accept` takes: a vector test per 32 bytes, then eight-byte steps inside the chunk that
/// holds one, each of its capitals offered to `accept` in turn (the walk of
/// [`bare_given_names`] passes over every lowercase byte of a text after its first full name,
/// most of them, and turns away most capitals with a table read, without a call per capital).
fn next_capital_or_non_ascii(
    bytes: &[u8],
    from: usize,
    accept: impl Fn(usize) -> bool,
) -> Option<usize> {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // `swar::capitals` or a high bit, in fewer steps: a byte with its high bit set needs no
    // capital test, so `!x` drops out. Without their high bits no byte exceeds 0x7F, so the
    // additions never carry into the next byte: bit 7 of `b + 0x3F` says "at least 'A'", of
    // `b + 0x25` "above 'Z'".
    let opens = |x: u64| {
        let b = x & LOW7;
        (((b + 0x3F3F_3F3F_3F3F_3F3F) & !(b + 0x2525_2525_2525_2525)) | x) & HIGH
    };
    // The accepted position among the bytes flagged in `found` (eight bytes from `base`).
    let first_accepted = |base: usize, mut found: u64| {
        while found != 0 {
            let at = base + found.trailing_zeros() as usize / 8;
            if accept(at) {
                return Some(at);
            }
            found &= found - 1;
        }
        None
    };
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 32).and_then(|c| <&[u8; 32]>::try_from(c).ok()) {
        if crate::vector::any_capital_or_non_ascii(chunk) {
            for (k, eight) in chunk.chunks_exact(8).enumerate() {
                if let Some(found) = first_accepted(at + 8 * k, opens(crate::swar::load(eight))) {
                    return Some(found);
                }
            }
        }
        at += 32;
    }
    // The last 31 bytes or fewer.
    while let Some(found) = crate::swar::find_capital_or_non_ascii(bytes, at) {
        if accept(found) {
            return Some(found);
        }
        at = found + 1;
    }
    None
}

/// The one person whose name opens with some words, or `None` when two people's names do.
type GivenNamed = Option<(usize, Option<crate::EntityId>, Option<Gender>)>;

/// "Prime Minister Kristrún Frostadóttir announced ... Kristrún told parliament", "Amir
/// Hamzah Azizan said ... Amir Hamzah said", "Tewodros Gebremedhin Hailu told ... Tewodros
/// said": Icelandic, Ethiopian, Malay and Indonesian news (and sports copy anywhere) names a
/// person by the given name after the first mention. A person mention still named as written
/// whose words are the first words (fewer than all) of exactly one person named before it is
/// that person; words that open the names of two people ("Jack" after "Jack Reed" and "Jack
/// Smith") stay as written. A surname already named its person in the walk, so it is no
/// candidate here. Linear: the keys of the names met so far go into one table ([`Prefixes`]),
/// and only once a name as written follows a longer person name or a given name before a
/// reporting verb asks for them.
fn name_given_name_forms(text: &str, mentions: &mut Vec<Mention>) {
    let as_written = |m: &Mention| {
        m.kind == EntityKind::Person
            && !m.adjective
            && m.entity.is_none()
            && m.span.get(text).is_some_and(|s| s == m.name)
    };
    let words = |m: &Mention| m.name.split_whitespace().count();
    let first_long = mentions.iter().position(|m| m.kind == EntityKind::Person && words(m) >= 2);
    let Some(first_long) = first_long else { return };
    let mut openers: Vec<Opener> = Vec::with_capacity(mentions.len() - first_long);
    let mut prefixes = Prefixes::default();
    let mut whole = String::new();
    for i in first_long..mentions.len() {
        let Some(m) = mentions.get(i) else { break };
        if m.kind != EntityKind::Person || m.adjective {
            continue;
        }
        // Only a name of two words or more before it has first words to be.
        if !openers.is_empty() && as_written(m) {
            prefixes.catch_up(mentions, &openers);
            whole.clear();
            push_key(&m.name, &mut whole, None);
            if let Some(Some((known, entity, gender))) = prefixes.get(&whole) {
                // `known` opened an earlier mention's name, which is never renamed after.
                let (before, rest) = mentions.split_at_mut(i);
                if let (Some(name), Some(m)) = (before.get(known), rest.first_mut()) {
                    m.name.clone_from(&name.name);
                    m.entity = entity;
                    m.gender = m.gender.or(gender);
                }
                continue;
            }
        }
        let Some((first, more)) = first_word(&m.name) else { continue };
        // A first word that is no given name ("Lord Reed", "al-Sisi"'s particles) opens
        // nothing: only capitalized words do. A name of one word opens nothing either.
        let word = m.name.get(first.0..first.1).unwrap_or("");
        if !more || !word.starts_with(char::is_uppercase) || PEERAGE_WORDS.contains(&word) {
            continue;
        }
        openers.push(Opener { index: i, first, after: m.span.end });
    }
    let added = bare_given_names(text, mentions, &openers, &mut prefixes);
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// Whether `span` overlaps a mention's: `spans` are the mentions' spans by start, `max_end`
/// the largest end among each prefix of them (some mention starting before the span's end
/// ends after its start).
fn covered(spans: &[(usize, usize)], max_end: &[usize], span: Span) -> bool {
    let before_end = spans.partition_point(|&(start, _)| start < span.end);
    before_end > 0 && max_end.get(before_end - 1).is_some_and(|&e| e > span.start)
}

/// The given names of [`name_given_name_forms`] that no mention covers, where a reporting
/// verb follows ("Kristrún told parliament", "..., Tewodros said."): the finder by shape
/// takes a lone capitalized word for no one. A first word counts only after the name it
/// opens (the first such name, at `after`), and only when it opens one person's names
/// ([`Prefixes`], looked up for a word found so); a word that a capitalized word follows is
/// part of another name.
///
/// Linear in the text: one walk over its words looks each word up among the first words
/// (a text naming thousands of people searched the rest of the text once per first word,
/// which was quadratic), and the mentions' spans are checked for overlap by a binary search
/// over their starts with the running maximum of their ends.
fn bare_given_names(
    text: &str,
    mentions: &[Mention],
    openers: &[Opener],
    prefixes: &mut Prefixes,
) -> Vec<Mention> {
    let is_word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    // A first word's leading run of word bytes → the first and last of the first words
    // opening with it, chained in the order met through `entries` (a first word such as
    // "Jean-Pierre" holds more than one run), and whether one of them is the run itself. One
    // vector for all of them: a vector per run showed in profiles of texts naming thousands
    // of people.
    let mut by_run: WordHashMap<&str, (usize, usize, bool)> =
        WordHashMap::with_capacity_and_hasher(openers.len(), Default::default());
    let mut entries: Vec<RunEntry<'_>> = Vec::with_capacity(openers.len());
    // First words met that are more than their run ("Jean-Pierre"): a first word that is its
    // run is met again when its run is, with the run's flag set.
    let mut seen_longer: WordHashSet<&str> = WordHashSet::default();
    // The first two bytes of the first words, one bit each of 4096 (the six low bits of each
    // byte keep the letters of either case apart): a capitalized word that opens none of
    // them is passed without hashing its run and probing (most words of a text).
    let mut pairs = [0u64; 64];
    let pair_bit = |two: &[u8]| match *two {
        [a, b, ..] => Some((usize::from(a & 63) << 6) | usize::from(b & 63)),
        _ => None,
    };
    let mut earliest = usize::MAX;
    for o in openers {
        let Some(first) = mentions.get(o.index).and_then(|m| m.name.get(o.first.0..o.first.1))
        else {
            continue;
        };
        if first.len() < 3 || (!first.is_ascii() && first.chars().count() < 3) {
            continue;
        }
        // Eight bytes at a time: a byte loop over every first word showed in profiles.
        let run_len = crate::trie::word_end(first.as_bytes(), 0);
        let Some(run) = first.get(..run_len).filter(|r| !r.is_empty()) else {
            continue;
        };
        let whole_run = run_len == first.len();
        if !whole_run && !seen_longer.insert(first) {
            continue;
        }
        let new = entries.len();
        match by_run.entry(run) {
            Entry::Occupied(mut o) => {
                let (_, last, has_run) = o.get_mut();
                if whole_run {
                    if *has_run {
                        continue;
                    }
                    *has_run = true;
                }
                if let Some(e) = entries.get_mut(*last) {
                    e.next = new;
                }
                *last = new;
            }
            Entry::Vacant(v) => {
                v.insert((new, new, whole_run));
            }
        }
        entries.push(RunEntry { first, after: o.after, slot: None, next: usize::MAX });
        if let Some(bit) = pair_bit(first.as_bytes()) {
            if let Some(w) = pairs.get_mut(bit >> 6) {
                *w |= 1 << (bit & 63);
            }
        }
        earliest = earliest.min(o.after);
    }
    if by_run.is_empty() {
        return Vec::new();
    }
    // A bit per hash of the runs looked for (a table some 32 times larger than their count,
    // so that ~3% of other words pass): most capitalized words of a text open no name met
    // before, and a table read turns them away before a probe of `by_run`. The walk reads
    // each run's length and hash in one go (a table keyed by length, first and last byte let
    // half the words of a text naming thousands of people through).
    let bits = (by_run.len() * 32).next_power_of_two().clamp(4096, 1 << 22);
    let mut run_bits = vec![0u64; bits / 64];
    for run in by_run.keys() {
        let bit = crate::trie::word_hash(run.as_bytes()) as usize & (bits - 1);
        if let Some(w) = run_bits.get_mut(bit >> 6) {
            *w |= 1 << (bit & 63);
        }
    }
    let may_be_run = |hash: u64| {
        let bit = hash as usize & (bits - 1);
        run_bits.get(bit >> 6).is_some_and(|w| w & (1 << (bit & 63)) != 0)
    };
    // The mentions' spans by start and their running maximum end, for [`covered`]; the walk
    // also skips what they cover (half the capitals of a text naming thousands of people
    // are in their names, and a word there is covered).
    let mut spans: Vec<(usize, usize)> =
        mentions.iter().map(|m| (m.span.start, m.span.end)).collect();
    spans.sort_unstable();
    let mut running = 0;
    let max_end: Vec<usize> = spans
        .iter()
        .map(|&(_, end)| {
            running = running.max(end);
            running
        })
        .collect();
    // The spans that start at or before the walk's place, and the furthest end among them.
    let (mut passed, mut cover_end) = (0, 0);
    let mut key = String::new();
    let bytes = text.as_bytes();
    let mut added: Vec<Mention> = Vec::new();
    // Nothing before the earliest name can be one of its given names; a given name opens
    // with a capital (or a non-ASCII letter), so runs opening in lower case are skipped
    // without a lookup.
    // The walk jumps from one capital or non-ASCII byte to the next (sixteen bytes at a time):
    // only a run that opens with one is looked up, so the bytes between need no look.
    // Only a word start can open a first word (`earliest` may fall inside a word, and a
    // capital inside one opens none: "McCain"'s "C"), and only one whose first two bytes
    // are some first word's (three bytes or more): every other capital is passed inside the
    // search. A word start that is covered is passed to the end of what covers it.
    let may_open = |bit: usize| pairs.get(bit >> 6).is_some_and(|w| w & (1 << (bit & 63)) != 0);
    let candidate = |at: usize| {
        let word_start = at == 0 || !bytes.get(at - 1).is_some_and(|&b| is_word_byte(b));
        word_start && bytes.get(at..at + 2).and_then(pair_bit).is_some_and(may_open)
    };
    let mut at = earliest;
    while let Some(found) = next_capital_or_non_ascii(bytes, at, candidate) {
        at = found;
        while let Some(&(_, end)) = spans.get(passed).filter(|&&(start, _)| start <= at) {
            cover_end = cover_end.max(end);
            passed += 1;
        }
        if at < cover_end {
            at = cover_end;
            continue;
        }
        let (run_len, hash, _) = crate::trie::word_head_at(bytes, at);
        let run_end = at + run_len;
        let mut next = if may_be_run(hash) {
            text.get(at..run_end).and_then(|run| by_run.get(run)).map_or(usize::MAX, |r| r.0)
        } else {
            usize::MAX
        };
        while let Some(&RunEntry { first, after, slot, next: following }) = entries.get(next) {
            let current = next;
            next = following;
            let span = Span::new(at, at + first.len());
            if at < after
                || !text.get(at..).is_some_and(|rest| rest.starts_with(first))
                || bytes.get(span.end).is_some_and(|&b| is_word_byte(b))
            {
                continue;
            }
            let rest = text.get(span.end..).unwrap_or("").trim_start_matches([' ', ',']);
            let next_word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            if !is(next_word, CUE) || !next_word.starts_with(char::is_lowercase) {
                continue;
            }
            if added.last().is_some_and(|m| m.span.end > span.start) {
                continue;
            }
            if covered(&spans, &max_end, span) {
                continue;
            }
            let slot = match slot {
                Some(slot) => slot,
                None => {
                    prefixes.catch_up(mentions, openers);
                    // An ASCII word folds to itself lowercased (with '`' as '\''): no
                    // folded copy.
                    key.clear();
                    push_key(first, &mut key, None);
                    let slot = prefixes.get(&key).flatten();
                    if let Some(e) = entries.get_mut(current) {
                        e.slot = Some(slot);
                    }
                    slot
                }
            };
            let Some((named, entity, gender)) = slot else { continue };
            added.push(Mention {
                span,
                entity,
                kind: EntityKind::Person,
                name: mentions.get(named).map(|m| m.name.clone()).unwrap_or_default(),
                adjective: false,
                gender,
            });
            break;
        }
        at = run_end.max(at + 1);
    }
    added
}

/// Malay hereditary titles: part of the name they open ("Tengku Zafrul Tengku Abdul Aziz",
/// "Tunku Ismail"), unlike the conferred ones of [`CONFERRED`].
const HEREDITARY: &[&str] = &["Tengku", "Tunku", "Engku", "Raja", "Megat", "Wan", "Nik"];

/// Conferred Malay titles of honour, never part of a name ("Tan Sri", "Datuk Seri").
const CONFERRED: &[&str] =
    &["Datuk", "Dato'", "Dato\u{2019}", "Dato", "Datin", "Seri", "Sri", "Tan", "Tun", "Puan"];

/// "Minister Tengku Datuk Seri Zafrul Tengku Abdul Aziz": the finder by shape stops at the
/// conferred titles and names "Zafrul Tengku Abdul Aziz"; a hereditary title before them is
/// the name's first word. The name (of that mention and its other mentions) gets it back;
/// the span stays on the words found. Reads a few words before each name by shape.
fn keep_hereditary_titles(text: &str, mentions: &mut [Mention]) {
    let mut renamed: Vec<(Name, Name)> = Vec::new();
    for m in mentions.iter_mut() {
        if m.entity.is_some() || m.kind != EntityKind::Person {
            continue;
        }
        let before = text.get(..m.span.start).unwrap_or("");
        let mut words = before.rsplit(' ').skip(1);
        let mut conferred = 0;
        let title = loop {
            match words.next() {
                Some(w) if CONFERRED.contains(&w) && conferred < 3 => conferred += 1,
                Some(w) if conferred > 0 && HEREDITARY.contains(&w) => break Some(w),
                _ => break None,
            }
        };
        let Some(title) = title else { continue };
        let name = Name::from(format!("{title} {}", m.name));
        renamed.push((std::mem::replace(&mut m.name, name.clone()), name));
    }
    if renamed.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.entity.is_none() && m.kind == EntityKind::Person) {
        if let Some((_, name)) = renamed.iter().find(|(old, _)| *old == m.name) {
            m.name.clone_from(name);
        }
    }
}

/// Head nouns of titles (lowercase) that the role lexicon may not hold in the form written
/// ("Chief Electoral Officer", "Greens MEP"): a capitalized one inside a name by shape ends
/// the title before the name.
const TITLE_NOUNS: &[&str] = &[
    "officer",
    "director",
    "commissioner",
    "secretary",
    "chairperson",
    "chairman",
    "chairwoman",
    "minister",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "president",
    "governor",
    "ambassador",
    "envoy",
    "mep",
    "mp",
    "senator",
    "councillor",
    "superintendent",
    "inspector",
    "registrar",
    "ombudsman",
    "coordinator",
    "adviser",
    "advisor",
    "manager",
    "executive",
];

/// Per word length, the first letters of [`TITLE_NOUNS`] of that length: the words of names
/// by shape are ruled out by a table read, not compared with every title noun.
const TITLE_FIRST_LETTERS: [u32; 16] = {
    let mut table = [0u32; 16];
    let mut i = 0;
    while i < TITLE_NOUNS.len() {
        let w = TITLE_NOUNS[i].as_bytes();
        if w.len() < 16 {
            table[w.len()] |= 1 << (w[0] % 32);
        }
        i += 1;
    }
    table
};

/// "IEC Chief Electoral Officer Sy Mamabolo said": the finder by shape took the end of a
/// title the lexicon does not hold into the name. In a name by shape, the words up to the
/// last title noun of [`TITLE_NOUNS`] are left out when two words or more remain ("Sy
/// Mamabolo"; "Justice Malala" stays), and its other mentions (the later "Mamabolo") are
/// renamed. Nothing to do in texts whose names by shape hold no title noun.
fn cut_leaked_titles(text: &str, mentions: &mut [Mention]) {
    let mut renamed: Vec<(Name, Name)> = Vec::new();
    for m in mentions.iter_mut() {
        if m.entity.is_some() || m.kind != EntityKind::Person {
            continue;
        }
        let Some(surface) = m.span.get(text) else { continue };
        if surface != m.name {
            continue;
        }
        let is_title = |w: &str| {
            let b = w.as_bytes();
            let letters = TITLE_FIRST_LETTERS.get(b.len()).copied().unwrap_or(0);
            b.first().is_some_and(|&c| {
                c.is_ascii_uppercase() && letters & (1 << (c % 32)) != 0 && contains(TITLE_NOUNS, w)
            })
        };
        if !surface.split_whitespace().any(is_title) {
            continue;
        }
        let starts: Vec<usize> = word_starts(surface).collect();
        let word_at = |at: usize| surface.get(at..).and_then(|w| w.split_whitespace().next());
        let Some(last_title) = starts.iter().rposition(|&at| word_at(at).is_some_and(is_title))
        else {
            continue;
        };
        let Some(&name_at) = starts.get(last_title + 1) else { continue };
        if starts.len() - (last_title + 1) < 2 {
            continue;
        }
        let name = Name::from(surface.get(name_at..).unwrap_or(""));
        renamed.push((std::mem::replace(&mut m.name, name.clone()), name));
        m.span = Span::new(m.span.start + name_at, m.span.end);
    }
    if renamed.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.entity.is_none() && m.kind == EntityKind::Person) {
        if let Some((_, name)) = renamed.iter().find(|(old, _)| *old == m.name) {
            m.name.clone_from(name);
        }
    }
}

/// Professional styles written before a name that the role lexicon does not hold
/// ("Barrister Syeda Bukhari", "Advocate Ruth Wanjiru", "Alhaji Sani Bello"). The finder by
/// shape leaves them out of the name as honorifics; a role is reported for them so that the
/// title before a name in apposition (", Barrister Syeda Bukhari, contended") reads as one
/// for the attribution stage, as "Dr" or "Foreign Minister" does.
const PROFESSIONAL_STYLES: &[&str] = &["Barrister", "Advocate", "Alhaji", "Alhaja", "Engr"];

/// Reports a role for a word of [`PROFESSIONAL_STYLES`] right before a person's name (one
/// space, an optional period) that no role covers. Reads one word before each person
/// mention.
fn style_roles(text: &str, mentions: &[Mention], roles: &mut Vec<RoleMention>) {
    let mut added = false;
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person && !m.adjective) {
        let Some(before) = text.get(..m.span.start).and_then(|b| b.strip_suffix(' ')) else {
            continue;
        };
        let word = before.strip_suffix('.').unwrap_or(before);
        let from = word.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |i| i + 1);
        let Some(style) = word.get(from..).filter(|w| PROFESSIONAL_STYLES.contains(w)) else {
            continue;
        };
        let span = Span::new(from, before.len());
        if roles.iter().any(|r| r.span.start < span.end && span.start < r.span.end) {
            continue;
        }
        let title = style.to_lowercase().into();
        roles.push(RoleMention { span, title, title_span: span, of: None });
        added = true;
    }
    if added {
        roles.sort_by_key(|r| r.span.start);
    }
}

/// Titles of peerage that, before a single name, are how the peer is named ("Lord Reed",
/// "Lady Simler", "Baroness Chapman"): the title is part of the name there, unlike "Lord"
/// before a full name or "Sir" and "Dame" before one.
const PEERAGE: &[&str] = &["Lord ", "Lady ", "Baron ", "Baroness "];

/// The words of [`PEERAGE`].
const PEERAGE_WORDS: &[&str] = &["Lord", "Lady", "Baron", "Baroness"];

/// Where the titles of [`PEERAGE`] occur in `text`, in order, each as (start, end): a
/// vector search for their capitals, then a comparison. They never overlap, so every
/// occurrence is one. An automaton over every text cost about an instruction a byte.
fn peerage_hits(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut from = 0;
    memchr::memchr2_iter(b'L', b'B', bytes).filter_map(move |at| {
        if at < from {
            return None;
        }
        let rest = bytes.get(at..)?;
        let title = PEERAGE.iter().find(|p| rest.starts_with(p.as_bytes()))?;
        from = at + title.len();
        Some((at, from))
    })
}

/// "Delivering the judgment, Lord Reed said ...; Reed added": a title of [`PEERAGE`] before
/// one capitalized word that no capitalized word follows is a peer's name, a person with the
/// title in it, unless the word is a role title ("the Lord Chancellor") or inside another
/// name. One-word names by shape of the same word in the text are that peer. One search for
/// the four titles over the text; nothing more where none occurs.
fn name_peers(g: &Gazetteer, text: &str, mentions: &mut Vec<Mention>) {
    let bytes = text.as_bytes();
    let mut peers: Vec<(Span, usize)> = Vec::new();
    for (start, word_start) in peerage_hits(text) {
        if start > 0 && bytes.get(start - 1).is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        let rest = text.get(word_start..).unwrap_or("");
        let word_len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .unwrap_or(rest.len());
        let word = rest.get(..word_len).unwrap_or("");
        if word.len() < 2 || !word.starts_with(char::is_uppercase) {
            continue;
        }
        let after = rest.get(word_len..).unwrap_or("");
        if after.strip_prefix(' ').is_some_and(|a| a.starts_with(char::is_uppercase))
            || g.role_titles.iter().any(|t| t.eq_ignore_ascii_case(word))
        {
            continue;
        }
        peers.push((Span::new(start, word_start + word_len), word_start - start - 1));
    }
    if peers.is_empty() {
        return;
    }
    let mut added: Vec<Mention> = Vec::new();
    let mut names: Vec<(String, Name)> = Vec::new();
    let by_shape =
        |m: &Mention| m.entity.is_none() && m.kind == EntityKind::Person && !m.name.contains(' ');
    for &(span, title_len) in &peers {
        let Some(full) = span.get(text) else { continue };
        let bare = full.get(title_len + 1..).unwrap_or("");
        let overlapping =
            mentions.iter_mut().find(|m| m.span.start < span.end && span.start < m.span.end);
        match overlapping {
            // "Reed" found by shape after the title: it takes the title.
            Some(m) if by_shape(m) && m.span.end == span.end && m.name == bare => {
                m.span = span;
                m.name = full.into();
            }
            Some(_) => continue,
            None => {
                let gender = match full.get(..title_len) {
                    Some("Lord" | "Baron") => Some(Gender::Male),
                    _ => Some(Gender::Female),
                };
                added.push(Mention {
                    span,
                    entity: None,
                    kind: EntityKind::Person,
                    name: full.into(),
                    adjective: false,
                    gender,
                });
            }
        }
        if !names.iter().any(|(b, _)| b == bare) {
            names.push((bare.to_string(), full.into()));
        }
    }
    for m in mentions.iter_mut().filter(|m| by_shape(m)) {
        if let Some((_, full)) = names.iter().find(|(bare, _)| *bare == m.name) {
            m.name.clone_from(full);
        }
    }
    // Later uses of the bare name that no mention covers ("Reed said").
    for (bare, full) in &names {
        let Some(&(first, _)) = peers
            .iter()
            .find(|(span, t)| span.get(text).and_then(|f| f.get(t + 1..)) == Some(bare.as_str()))
        else {
            continue;
        };
        for (at, _) in text.get(first.end..).unwrap_or("").match_indices(bare.as_str()) {
            let span = Span::new(first.end + at, first.end + at + bare.len());
            let word_edge =
                |i: Option<&u8>| !i.is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
            let edges = word_edge(span.start.checked_sub(1).and_then(|i| bytes.get(i)))
                && word_edge(bytes.get(span.end));
            let taken = |m: &Mention| m.span.start < span.end && span.start < m.span.end;
            if !edges || mentions.iter().chain(&added).any(taken) {
                continue;
            }
            let gender = added
                .iter()
                .chain(mentions.iter())
                .find(|m| m.name == *full)
                .and_then(|m| m.gender);
            added.push(Mention {
                span,
                entity: None,
                kind: EntityKind::Person,
                name: full.clone(),
                adjective: false,
                gender,
            });
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// Byte offsets where words of `s` start.
fn word_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = s.as_bytes();
    (0..bytes.len()).filter(move |&i| {
        bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace())
            && (i == 0 || bytes.get(i - 1).is_some_and(u8::is_ascii_whitespace))
    })
}

/// Two words equal after folding and ASCII case.
fn same_word(a: &str, b: &str) -> bool {
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    // Folding only changes non-ASCII words: two ASCII words that differ stay different.
    !(a.is_ascii() && b.is_ascii()) && fold_pattern(a).eq_ignore_ascii_case(&fold_pattern(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_split_as_split_whitespace_does() {
        let names =
            ["", " ", "Ana", " Ana  Lund ", "Ana\tLund\nJr.", "A\x0BB\x0CC\rD", "O'Neil-Smith  x"];
        for name in names {
            let words: Vec<(usize, &str)> = ascii_words(name).collect();
            let want: Vec<&str> = name.split_whitespace().collect();
            assert_eq!(words.iter().map(|&(_, w)| w).collect::<Vec<_>>(), want, "{name:?}");
            for (at, w) in words {
                assert_eq!(name.get(at..at + w.len()), Some(w), "{name:?}");
            }
        }
    }

    #[test]
    fn the_chunked_search_finds_what_a_byte_search_finds() {
        let text = "all lowercase words here, then Ana and caf\u{e9} at the end of a longer line X";
        // Many capitals to a chunk, over several chunks and a tail.
        let capitals = "The Quick BROWN fox Jumps Over \u{c9}LAN and McCain, then X. ".repeat(3);
        let mut texts = vec![text.as_bytes().to_vec(), capitals.into_bytes()];
        // Every byte value, alone among lowercase letters at each place of a 16-byte step.
        for b in 0..=255u8 {
            let mut t = b"abcdefghijklmnopqrstuvwxyzabcdefghij".to_vec();
            if let Some(slot) = t.get_mut(usize::from(b) % 36) {
                *slot = b;
            }
            texts.push(t);
        }
        for bytes in &texts {
            for from in 0..=bytes.len() + 1 {
                let want = (from..bytes.len())
                    .find(|&i| bytes.get(i).is_some_and(|b| b.is_ascii_uppercase() || *b >= 0x80));
                assert_eq!(next_capital_or_non_ascii(bytes, from, |_| true), want, "{from}");
                // Offered every capital in order: taking only odd positions finds the first
                // capital at an odd position.
                let odd = (from..bytes.len()).find(|&i| {
                    i % 2 == 1 && bytes.get(i).is_some_and(|b| b.is_ascii_uppercase() || *b >= 0x80)
                });
                assert_eq!(next_capital_or_non_ascii(bytes, from, |i| i % 2 == 1), odd, "{from}");
            }
        }
    }

    #[test]
    fn peerage_hits_are_every_occurrence_of_each_title() {
        let texts = [
            "",
            "Lord",
            "Lord Reed and Lady Simler met Baron Tull, Baroness Ames and LLord BBaron X.",
            "Baroness Baron Lady Lord ",
            "Lordship, Ladyship, Baronet: no title here. Lady",
        ];
        for text in texts {
            let mut want: Vec<(usize, usize)> = PEERAGE
                .iter()
                .flat_map(|p| text.match_indices(p).map(|(at, p)| (at, at + p.len())))
                .collect();
            want.sort_unstable();
            assert_eq!(peerage_hits(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn a_generational_suffix_drops_only_after_a_full_name() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Ferdinand Marcos Jr.", Some("Ferdinand Marcos")),
            ("Ferdinand R. Marcos Jr", Some("Ferdinand R. Marcos")),
            ("Benigno Aquino III", Some("Benigno Aquino")),
            ("Hank Williams, Jr.", Some("Hank Williams")),
            ("John Smith IV", Some("John Smith")),
            ("George Foreman Sr.", None),
            ("Charles III", None),
            ("Margrethe II", None),
            ("Martin Luther King", None),
            ("Jr.", None),
            ("", None),
        ];
        for (name, expected) in cases {
            assert_eq!(without_generational_suffix(name), *expected, "{name}");
        }
    }

    fn names(g: &crate::Gazetteer, text: &str) -> Vec<String> {
        let found = g.annotate(text, &whosaid_tokenize::Tokens::default());
        found.mentions.into_iter().map(|m| String::from(m.name)).collect()
    }

    /// Each mention as (its text, its name).
    fn surfaces_and_names<'t>(
        text: &'t str,
        found: &'t crate::Annotation,
    ) -> Vec<(&'t str, &'t str)> {
        found.mentions.iter().map(|m| (m.span.get(text).unwrap_or(""), m.name.as_str())).collect()
    }

    #[test]
    fn a_name_without_its_suffix_is_the_gazetteers_only_person_of_that_name() {
        let mut b = crate::GazetteerBuilder::new();
        b.add_tsv(
            "test",
            "rene-dumas-jr\tperson\tRene Dumas Jr.\t\n\
             alba-reyes-iii\tperson\tAlba Reyes III\t\n\
             lars-holm-jr\tperson\tLars Holm Jr.\t\n\
             lars-holm\tperson\tLars Holm\t\n\
             tove-ii\tperson\tTove II\t\n",
        );
        assert!(b.errors().is_empty(), "{:?}", b.errors());
        let g = b.build();
        let cases: &[(&str, &[&str])] = &[
            ("President Rene Dumas said so.", &["Rene Dumas Jr."]),
            ("Rene Dumas Jr. said so.", &["Rene Dumas Jr."]),
            ("Alba Reyes said so.", &["Alba Reyes III"]),
            // The father is listed too: the bare name is his.
            ("Lars Holm said so. Lars Holm Jr. agreed.", &["Lars Holm", "Lars Holm Jr."]),
            // A regnal number after one name is no generational suffix.
            ("Tove visited.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(&g, text), *want, "{text}");
        }
    }

    #[test]
    fn a_peerage_title_before_one_name_is_part_of_it() {
        let mut b = crate::GazetteerBuilder::new();
        b.add_roles_tsv("roles", "chancellor\n");
        let g = b.build();
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Giving the ruling, Lord Harwick said the law was clear. \
                 \"It is settled,\" Harwick said.",
                &[("Lord Harwick", "Lord Harwick"), ("Harwick", "Lord Harwick")],
            ),
            ("Lady Ormsby, agreeing, said the appeal failed.", &[("Lady Ormsby", "Lady Ormsby")]),
            ("Baroness Tull said the bill was flawed.", &[("Baroness Tull", "Baroness Tull")]),
            // Not a peerage form: a title glued to another word, or before a full name.
            ("Overlord Harwick said so.", &[("Overlord Harwick", "Overlord Harwick")]),
            ("Lord Harwick Smith said so.", &[("Harwick Smith", "Harwick Smith")]),
            // A role title after "Lord" is an office, not a peer.
            ("The Lord Chancellor said so.", &[]),
        ];
        for (text, want) in cases {
            let found = g.annotate(text, &whosaid_tokenize::Tokens::default());
            assert_eq!(surfaces_and_names(text, &found), *want, "{text}");
        }
    }

    #[test]
    fn title_nouns_the_lexicon_lacks_stay_out_of_names_by_shape() {
        let mut b = crate::GazetteerBuilder::new();
        b.add_roles_tsv("roles", "chief\n");
        let g = b.build();
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "On Monday, Chief Returning Officer Tomas Brekke said the count was over. \
                 Brekke said more.",
                &[("Tomas Brekke", "Tomas Brekke"), ("Brekke", "Tomas Brekke")],
            ),
            ("Greens MEP Ilse Varga-Moll said no.", &[("Ilse Varga-Moll", "Ilse Varga-Moll")]),
            // One word after the title noun: no name would remain, nothing is cut.
            ("Officer Brekke said so.", &[("Officer Brekke", "Officer Brekke")]),
        ];
        for (text, want) in cases {
            let found = g.annotate(text, &whosaid_tokenize::Tokens::default());
            assert_eq!(surfaces_and_names(text, &found), *want, "{text}");
        }
    }

    #[test]
    fn a_hereditary_malay_title_before_conferred_ones_stays_in_the_name() {
        let mut b = crate::GazetteerBuilder::new();
        b.add_roles_tsv("roles", "minister\n");
        let g = b.build();
        let cases: &[(&str, &[&str])] = &[
            (
                "Trade Minister Tengku Datuk Seri Amran Tengku Abdul Hadi told reporters so.",
                &["Tengku Amran Tengku Abdul Hadi"],
            ),
            // Conferred titles alone stay out.
            (
                "Trade Minister Datuk Seri Amran Abdul Hadi told reporters so.",
                &["Amran Abdul Hadi"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(&g, text), *want, "{text}");
        }
    }

    #[test]
    fn a_title_before_a_canonical_name_is_a_title() {
        let mut b = crate::GazetteerBuilder::new();
        b.add_tsv(
            "test",
            "pope-ugo-iv\tperson\tUgo IV\tPope Ugo IV|Pope Ugo\n\
             ana-v\tperson\tAna V\tQueen Ana V\n\
             omar-bin-said\tperson\tOmar bin Said\tCrown Prince Omar bin Said\n\
             queen-ida\tperson\tQueen Ida of Norland\tQueen Ida\n\
             tor-lund\tperson\tTor Lund\tTorvald Lund\n",
        )
        .add_roles_tsv("roles", "pope\nqueen\ncrown prince\n");
        assert!(b.errors().is_empty(), "{:?}", b.errors());
        let g = b.build();
        // (text, mention surfaces with names, role titles as written)
        type Case =
            (&'static str, &'static [(&'static str, &'static str)], &'static [&'static str]);
        let cases: &[Case] = &[
            ("Pope Ugo IV said so.", &[("Ugo IV", "Ugo IV")], &["Pope"]),
            ("Then Pope Ugo spoke.", &[("Ugo", "Ugo IV")], &["Pope"]),
            ("Queen Ana V said so.", &[("Ana V", "Ana V")], &["Queen"]),
            (
                "Crown Prince Omar bin Said said so.",
                &[("Omar bin Said", "Omar bin Said")],
                &["Crown Prince"],
            ),
            // The canonical name holds the title: it stays in the name.
            ("Queen Ida said so.", &[("Queen Ida", "Queen Ida of Norland")], &[]),
            // An alias with another first word is no title.
            ("Torvald Lund said so.", &[("Torvald Lund", "Tor Lund")], &[]),
        ];
        for (text, want_mentions, want_roles) in cases {
            let found = g.annotate(text, &whosaid_tokenize::Tokens::default());
            assert_eq!(surfaces_and_names(text, &found), *want_mentions, "{text}");
            let roles: Vec<&str> =
                found.roles.iter().map(|r| r.span.get(text).unwrap_or("")).collect();
            assert_eq!(roles, *want_roles, "{text}");
        }
    }
}
