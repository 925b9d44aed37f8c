//! A compressed trie (radix tree) of the lowercased patterns, searched only where a match may
//! start, for the longest pattern there.
//!
//! Why not an Aho-Corasick automaton: a match is only kept when it starts on a word boundary,
//! so the automaton's unanchored search did work at every byte for starts that are thrown
//! away, and building it cost more than the rest of start-up (a DFA over the default data:
//! ~300M instructions, 24 MiB; 100,000 names do not fit a DFA at all and fell back to a
//! slower NFA). A radix tree is built from the sorted patterns in one linear pass, takes
//! about the patterns' bytes plus a few words per branch, and a lookup at a word start walks
//! only as far as the text agrees with some pattern. In front of it, a bit set of the
//! patterns' first words turns away most words of running text with one hash.
//!
//! Why not the `Tokens` the pipeline passes in: the tokenizer's words are not the matcher's
//! (a token "pro-Russia" or "U.S.-led" holds a boundary where "Russia" or "U.S" may start),
//! and finding the matcher's boundaries is one table lookup per byte, a small part of the
//! cost; keeping its own boundaries keeps the mentions exactly as they were.

use crate::swar;

/// No pattern ends at this node.
const NONE: u32 = u32::MAX;

/// One node: the pattern ending here, if any, and its outgoing edges
/// (`edges[first_edge..first_edge + edge_count]`, sorted by first byte).
#[derive(Clone, Copy, Debug)]
struct Node {
    pattern: u32,
    first_edge: u32,
    edge_count: u32,
}

/// One edge: a non-empty label (`labels[label_start..label_start + label_len]`) leading to
/// node `target`. Its first byte is also in `edge_bytes`, which a lookup scans.
#[derive(Clone, Copy, Debug)]
struct Edge {
    label_start: u32,
    label_len: u32,
    target: u32,
}

/// One edge as a lookup reads it: its label, what the node it leads to holds, and the first
/// bytes of that node's edges, in one 32-byte record, so that a step down the tree touches one
/// record instead of an edge, a node and the edge bytes (on a large gazetteer each of those
/// was a cache miss).
#[derive(Clone, Copy, Debug)]
struct Step {
    /// The label's first eight bytes (zero-padded): most labels fit, so a step reads no
    /// other memory to compare them.
    head: u64,
    /// The first bytes of the target node's edges when it has at most eight (zero-padded), so
    /// that choosing the next edge is one comparison of eight bytes at once.
    kids: u64,
    /// The bytes after the first eight: `labels[label_start..label_start + label_len - 8]`.
    label_start: u32,
    /// The pattern ending at the target node, or [`NONE`].
    pattern: u32,
    /// The target node's edges: `steps[first_edge..first_edge + edge_count]`.
    first_edge: u32,
    /// At most [`MAX_LABEL`]: a longer common prefix is split over a chain of nodes.
    label_len: u16,
    /// At most 256 (one edge per byte value).
    edge_count: u16,
}

/// The longest label of one edge, so that its length fits the step's `u16`.
const MAX_LABEL: usize = u16::MAX as usize;

/// The radix tree (built as nodes and edges, kept as [`Step`]s). The root's edges are indexed
/// by first byte.
#[derive(Clone, Debug)]
pub(crate) struct Trie {
    steps: Vec<Step>,
    edge_bytes: Vec<u8>,
    labels: Vec<u8>,
    /// Per lowercased byte: the root edge starting with it, or [`NONE`].
    root: Box<[u32; 256]>,
    /// A filter on the words where a lookup can succeed, so that most words of running text
    /// cost a hash instead of a walk: one bit per [`scan_hash`] of a pattern's first word
    /// (its leading run of word bytes)...
    first_words: Vec<u64>,
    /// The bits of a [`scan_hash`] that index `first_words` ([`high_bits`]).
    first_words_bits: u32,
    /// The bits of a [`scan_hash`] that index `word_steps`.
    word_steps_bits: u32,
    /// ... and, per byte, whether some pattern starts with that byte while it is no word byte.
    punct_start: Box<[bool; 256]>,
    /// Whether some byte is in [`Trie::punct_start`]: without one (folded names start with a
    /// letter or digit), the scan visits word starts only ([`Trie::punct_mask`]).
    any_punct: bool,
    /// Open addressing over [`scan_hash`]: each word that is a key of the tree (a one-word
    /// pattern or the first word of a longer one) and the step that ends at it.
    word_steps: Vec<WordStep>,
    /// The bytes of those words after their first eight.
    word_tails: Vec<u8>,
    /// Some pattern ends with a space after its first word: the filter then lets every walk
    /// through.
    pairs_everywhere: bool,
    /// One bit per [`scan_hash`] of a pattern that is one word ("Russia", "spokesman"): a
    /// word that [`Trie::pairs4`] turns away ends no match unless it is such a pattern, and
    /// then the words that begin patterns need not be probed ("to" of "To Lam" in "to
    /// the"). Same size and mask as `first_words`.
    whole_words: Vec<u64>,
    /// A filter on the walks past a first word and a space: one bit per [`pair4_hash`] of a
    /// pattern's first word and the four bytes after its space, and for a pattern with fewer
    /// bytes there, a bit ([`short_mark`]) for its word and the first of them. A common word
    /// that begins patterns ("the", "foreign") is mostly followed by a word none of them goes
    /// on with, and a walk into the tree there cost more than the rest of the word's lookup.
    /// (A first filter on two bytes, asked before this one, cost more than it saved: most
    /// words it turned away this one turns away too, with one or two hashes.)
    pairs4: Vec<u64>,
    /// `pairs4.len() * 64 - 1`.
    pairs4_mask: usize,
}

/// Bit 5 of each of four bytes: set, it maps both ASCII cases of a letter to one byte.
const CASE4: u32 = 0x2020_2020;

/// The [`Trie::pairs4`] hash of a first word's [`scan_hash`] and the four lowercased bytes
/// after the space that follows it.
#[inline]
fn pair4_hash(word: u64, four: u32) -> usize {
    let mixed = (word ^ u64::from(four).wrapping_mul(0xC4CE_B9FE_1A85_EC53))
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> 32) as usize
}

/// The [`Trie::pairs4`] bit of a pattern with one to three bytes after its first word's
/// space: a hash of its first word's [`scan_hash`] and the first (lowercased) of those bytes.
#[inline]
fn short_mark(word: u64, first: u8) -> usize {
    let mixed = (word ^ u64::from(first).wrapping_mul(0xFF51_AFD7_ED55_8CCD))
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> 32) as usize ^ 0x5555_5555
}

/// One slot of [`Trie::word_steps`]; `len == 0` for an empty slot.
#[derive(Clone, Copy, Debug)]
struct WordStep {
    /// The word's first eight bytes, zero-padded (lowercase, as the tree's keys).
    head: u64,
    step: u32,
    /// Where the rest of the word is in [`Trie::word_tails`]: its last eight bytes for a
    /// word of 9 to 16 bytes, the bytes after the first eight for a longer one.
    tail_start: u32,
    len: u32,
}

/// Bytes that belong to words (letters, digits, and every byte of a non-ASCII character).
/// A match must not cut a word, so it starts and ends where these runs start and end.
pub(crate) static WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || byte >= 0x80;
        b += 1;
    }
    table
};

pub(crate) fn is_word(b: u8) -> bool {
    WORD_BYTE[usize::from(b)]
}

/// The length of the run of word bytes at `pos` and its [`word_hash`], from one load of
/// eight bytes for a word shorter than that (most words): finding its end and hashing it
/// apart read the bytes twice.
#[cfg(test)]
pub(crate) fn word_at(bytes: &[u8], pos: usize) -> (usize, u64) {
    let (len, hash, _) = word_head_at(bytes, pos);
    (len, hash)
}

/// [`word_at`], and the word's first eight bytes (fewer for a shorter word, zero-padded) as
/// read, for [`Trie::longest_from_word_head`]: the lookup then loads them no second time.
#[inline]
pub(crate) fn word_head_at(bytes: &[u8], pos: usize) -> (usize, u64, u64) {
    // `get(pos..)` then the first eight: `get(pos..pos + 8)` also checked `pos + 8` for
    // overflow, for every word of a text.
    if let Some(&eight) = bytes.get(pos..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(eight);
        let others = !swar::word_bytes(x) & 0x8080_8080_8080_8080;
        if others != 0 {
            // 1 to 7: the byte at `pos` is a word byte where this is called.
            let len = others.trailing_zeros() as usize / 8;
            let head = x & ((1u64 << (8 * len)) - 1);
            return (len, mix_word_hash(head, head, len), head);
        }
        // Eight word bytes or more: the end is past the eight bytes read, and the hash takes
        // those and the last eight ([`word_hash`]), without reading the word from its start
        // again.
        let end = word_end(bytes, pos + 8);
        let tail = bytes.get(end - 8..end).and_then(|b| <[u8; 8]>::try_from(b).ok());
        let tail = tail.map_or(x, u64::from_le_bytes);
        return (end - pos, mix_word_hash(x, tail, end - pos), x);
    }
    let len = word_end(bytes, pos) - pos;
    let head = swar::load(bytes.get(pos..pos + len.min(8)).unwrap_or(&[]));
    (len, word_hash_at(bytes, pos, len), head)
}

/// Where the run of word bytes at `pos` ends (`pos` itself if there is none), eight bytes at
/// a time: a byte loop over every word of a text showed in profiles.
pub(crate) fn word_end(bytes: &[u8], pos: usize) -> usize {
    let mut at = pos;
    while let Some(eight) = bytes.get(at..at + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        let others = !swar::word_bytes(u64::from_le_bytes(eight)) & 0x8080_8080_8080_8080;
        if others != 0 {
            return at + others.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    let rest = bytes.get(at..).unwrap_or(&[]);
    at + rest.iter().position(|&b| !is_word(b)).unwrap_or(rest.len())
}

/// The bytes the scan classifies at once ([`word_mask`]): one bit each in a `u64`.
pub(crate) const BLOCK: usize = 64;

/// A block and the eight bytes after it, which the scan reads words from: a word that starts
/// in the block and ends in it has its first eight bytes there, loaded with no bounds check.
pub(crate) const WINDOW: usize = BLOCK + 8;

/// `bytes[at..at + WINDOW]`, or those of them the text has followed by zeros (in `spare`: the
/// text's last block, once per text). Zeros are no word bytes.
#[inline]
pub(crate) fn window<'a>(
    bytes: &'a [u8],
    at: usize,
    spare: &'a mut [u8; WINDOW],
) -> &'a [u8; WINDOW] {
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<WINDOW>) {
        Some(window) => window,
        None => {
            *spare = [0; WINDOW];
            for (slot, &b) in spare.iter_mut().zip(bytes.get(at..).unwrap_or(&[])) {
                *slot = b;
            }
            spare
        }
    }
}

/// One bit per byte of `bytes[at..at + BLOCK]` (bit `i` for the byte at `at + i`) that is a
/// word byte ([`WORD_BYTE`]); bytes past the text's end count as none. The scan then finds
/// each word's start and end with a bit search: classifying a word's eight bytes at its start
/// and the gap after it byte by byte cost about half of its per-word work.
#[cfg(test)]
pub(crate) fn word_mask(bytes: &[u8], at: usize) -> u64 {
    let mut spare = [0; WINDOW];
    window_word_mask(window(bytes, at, &mut spare))
}

/// [`word_mask`] of the block a [`window`] begins with.
#[inline]
pub(crate) fn window_word_mask(window: &[u8; WINDOW]) -> u64 {
    window.first_chunk::<BLOCK>().map_or(0, block_word_mask)
}

/// [`word_mask`] of one block: the byte tests as one flag byte each (which the compiler does
/// sixteen at a time in vector registers), then each eight flags gathered into eight bits by
/// one multiplication.
#[inline(always)]
fn block_word_mask(block: &[u8; BLOCK]) -> u64 {
    let mut flags = [0u8; BLOCK];
    for (flag, &b) in flags.iter_mut().zip(block) {
        // Bit 5 set maps both cases of a letter to the lowercase one, and no other byte below
        // 0x80 into `a..=z`.
        let l = b | 0x20;
        // The ranges shifted to start at 0x80, the least signed byte: a signed comparison is
        // one vector instruction, an unsigned one three.
        let signed = |x: u8| i8::from_ne_bytes([x]);
        let letter = signed(l.wrapping_add(0x80 - b'a')) < signed(0x80 + 26);
        let digit = signed(b.wrapping_add(0x80 - b'0')) < signed(0x80 + 10);
        let word = letter | digit | (signed(b) < 0);
        *flag = u8::from(word);
    }
    let mut mask = 0;
    for (i, eight) in flags.chunks_exact(8).enumerate() {
        // Flag `k` (0 or 1, at bit 8k) lands on bit 56 + k of the product.
        let gathered = swar::load(eight).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        mask |= gathered << (8 * i);
    }
    mask
}

/// [`word_hash_head`] of the word `window[at..at + len]`, which ends in the block
/// (`at + len <= BLOCK`, `at < BLOCK`): its first eight bytes are in the window.
#[inline]
pub(crate) fn window_word_hash_head(window: &[u8; WINDOW], at: usize, len: usize) -> (u64, u64) {
    let x = window
        .get(at % BLOCK..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map_or(0, |&e| u64::from_le_bytes(e));
    if len < 8 {
        let head = x & ((1u64 << (8 * len)) - 1);
        return (mix_scan_hash(head, head, len), head);
    }
    let tail = window.get(at + len - 8..at + len).and_then(|b| <[u8; 8]>::try_from(b).ok());
    (mix_scan_hash(x, tail.map_or(x, u64::from_le_bytes), len), x)
}

/// The [`scan_hash`] of the word `bytes[at..at + len]` (`len > 0`) and its first eight bytes
/// (zero-padded past a shorter word), for [`Trie::longest_from_word_head`]: one load for a
/// word shorter than eight bytes (most words), two for a longer one.
#[inline]
pub(crate) fn word_hash_head(bytes: &[u8], at: usize, len: usize) -> (u64, u64) {
    if let Some(&eight) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(eight);
        if len < 8 {
            let head = x & ((1u64 << (8 * len)) - 1);
            return (mix_scan_hash(head, head, len), head);
        }
        let tail = bytes.get(at + len - 8..at + len).and_then(|b| <[u8; 8]>::try_from(b).ok());
        let tail = tail.map_or(x, u64::from_le_bytes);
        return (mix_scan_hash(x, tail, len), x);
    }
    let head = swar::load(bytes.get(at..at + len.min(8)).unwrap_or(&[]));
    (scan_hash(bytes.get(at..at + len).unwrap_or(&[])), head)
}

/// The trie's own hash of a word, which ignores ASCII case as [`word_hash`] does: for a word
/// of fewer than eight bytes, its bytes with bit 5 set (the zero padding too, which tells the
/// length: no word byte is 0x20 or 0) times an odd constant, whose high bits the trie's
/// tables index by ([`high_bits`]). Every word of a text is hashed so: the mixing that
/// [`word_hash`] adds for tables indexed by its low bits cost a sixth of the scan's work per
/// word.
#[inline]
fn mix_scan_hash(head: u64, tail: u64, n: usize) -> u64 {
    const CASE: u64 = 0x2020_2020_2020_2020;
    if n < 8 {
        return (head | CASE).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    let mixed = (head | CASE) ^ (tail | CASE).rotate_left(29) ^ (n as u64).rotate_left(53);
    mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// [`mix_scan_hash`] of a whole word.
pub(crate) fn scan_hash(word: &[u8]) -> u64 {
    let n = word.len();
    let eight = |bytes: Option<&[u8]>| bytes.map_or(0, swar::load);
    if n >= 8 {
        mix_scan_hash(eight(word.get(..8)), eight(word.get(n - 8..)), n)
    } else {
        mix_scan_hash(swar::load(word), 0, n)
    }
}

/// The top `bits` bits of a [`scan_hash`] (`bits` at least 1), which a multiplication mixes
/// best.
#[inline]
fn high_bits(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// A hash of a word that ignores ASCII case: its first and last eight bytes with bit 5 set
/// (which maps both cases of a letter to one byte, and may also merge other bytes: that only
/// lets through a word that the walk then rejects), and its length.
pub(crate) fn word_hash(word: &[u8]) -> u64 {
    let eight = |bytes: Option<&[u8]>| {
        bytes.and_then(|b| <[u8; 8]>::try_from(b).ok()).map_or(0, u64::from_le_bytes)
    };
    let n = word.len();
    if n >= 8 {
        mix_word_hash(eight(word.get(..8)), eight(word.get(n - 8..)), n)
    } else {
        let head = swar::load(word);
        mix_word_hash(head, head, n)
    }
}

/// [`word_hash`] of `hay[start..start + len]`. A short word is read as the eight bytes at
/// `start` with those past the word masked off: building it byte by byte (or copying it
/// into a buffer, a `memcpy` call) for every word of a text showed in profiles.
#[inline]
pub(crate) fn word_hash_at(hay: &[u8], start: usize, len: usize) -> u64 {
    let eight = hay.get(start..start + 8).and_then(|b| <[u8; 8]>::try_from(b).ok());
    match eight {
        Some(bytes) if len < 8 => {
            let head = u64::from_le_bytes(bytes) & ((1u64 << (8 * len)) - 1);
            mix_word_hash(head, head, len)
        }
        _ => word_hash(hay.get(start..start + len).unwrap_or(&[])),
    }
}

#[inline]
fn mix_word_hash(head: u64, tail: u64, n: usize) -> u64 {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let (head, tail) = (head | CASE, tail | CASE);
    let mixed = (head ^ tail.rotate_left(29) ^ (n as u64).rotate_left(53))
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    mixed ^ (mixed >> 29)
}

/// `hay[pos..pos + len]`'s first eight bytes (fewer when `len` is smaller, zero-padded) as a
/// `u64`, or `None` when the text ends before `pos + len`. Reads the eight bytes at `pos` in
/// one load and masks off those past `len` when the text has them.
#[inline]
fn head_at(hay: &[u8], pos: usize, len: usize) -> Option<u64> {
    if pos + len > hay.len() {
        return None;
    }
    match hay.get(pos..pos + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        Some(eight) => Some(u64::from_le_bytes(eight) & low_bytes(len)),
        None => Some(swar::load(hay.get(pos..pos + len.min(8))?)),
    }
}

/// A mask of the low `n` bytes of a `u64` (all of them for `n >= 8`).
#[inline]
fn low_bytes(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

/// Whether `text` lowercased (ASCII) equals the lowercase `label` of the same length, eight
/// bytes at a time.
fn equal_lowered(label: &[u8], text: &[u8]) -> bool {
    if label.len() != text.len() {
        return false;
    }
    let (mut labels, mut texts) = (label.chunks_exact(8), text.chunks_exact(8));
    for (l, t) in (&mut labels).zip(&mut texts) {
        if swar::load(l) != swar::lower(swar::load(t)) {
            return false;
        }
    }
    swar::load(labels.remainder()) == swar::lower(swar::load(texts.remainder()))
}

/// ASCII lowercase as a table: the lookup lowercases every byte it compares.
static LOWER: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).to_ascii_lowercase();
        b += 1;
    }
    table
};

fn lower(b: u8) -> u8 {
    LOWER[usize::from(b)]
}

/// One unit of the explicit build stack: node `node` receives the patterns
/// `order[lo..hi]`, which all share their first `depth` bytes.
struct Task {
    node: u32,
    lo: usize,
    hi: usize,
    depth: usize,
    /// The edge into `node` ([`NONE`] for the root).
    edge: u32,
}

impl Trie {
    /// The trie of `patterns` (lowercase; pattern `i` is reported as `i`). `None` if there is
    /// no non-empty pattern or the sizes do not fit 32-bit offsets.
    pub(crate) fn build(patterns: &[String]) -> Option<Trie> {
        let count = u32::try_from(patterns.len()).ok()?;
        let mut keys: Vec<(&[u8], u32)> = patterns
            .iter()
            .zip(0..count)
            .map(|(p, i)| (p.as_bytes(), i))
            .filter(|(k, _)| !k.is_empty())
            .collect();
        if keys.is_empty() {
            return None;
        }
        // Equal keys keep their first index: the automaton this replaces reported the first
        // of duplicate patterns.
        keys.sort_unstable();
        keys.dedup_by(|b, a| a.0 == b.0);
        let key = |i: usize| keys.get(i).map_or(&[][..], |k| k.0);

        let mut trie = Trie {
            steps: Vec::new(),
            edge_bytes: Vec::new(),
            labels: Vec::new(),
            root: Box::new([NONE; 256]),
            first_words: Vec::new(),
            first_words_bits: 1,
            word_steps_bits: 1,
            punct_start: Box::new([false; 256]),
            any_punct: false,
            word_steps: Vec::new(),
            word_tails: Vec::new(),
            pairs_everywhere: false,
            whole_words: Vec::new(),
            pairs4: Vec::new(),
            pairs4_mask: 0,
        };
        // About 16 bits per pattern, so that few unrelated words pass the filter.
        let bits = (keys.len() * 16).next_power_of_two().clamp(1 << 12, 1 << 23);
        trie.first_words = vec![0; bits / 64];
        trie.first_words_bits = bits.trailing_zeros();
        trie.whole_words = vec![0; bits / 64];
        for &(pattern, _) in &keys {
            let word = pattern.iter().take_while(|&&b| is_word(b)).count();
            match pattern.get(..word) {
                Some(first) if word > 0 => {
                    let bit = high_bits(scan_hash(first), trie.first_words_bits);
                    if let Some(w) = trie.first_words.get_mut(bit >> 6) {
                        *w |= 1 << (bit & 63);
                    }
                    if word == pattern.len() {
                        if let Some(w) = trie.whole_words.get_mut(bit >> 6) {
                            *w |= 1 << (bit & 63);
                        }
                    }
                }
                _ => {
                    if let Some(&b) = pattern.first() {
                        for b in [b, b.to_ascii_uppercase()] {
                            if let Some(slot) = trie.punct_start.get_mut(usize::from(b)) {
                                *slot = true;
                            }
                        }
                    }
                }
            }
        }

        trie.any_punct = trie.punct_start.iter().any(|&s| s);

        // The bytes after a pattern's first word and its space, if it has both.
        fn after_space(pattern: &[u8]) -> Option<&[u8]> {
            let word = pattern.iter().take_while(|&&b| is_word(b)).count();
            pattern.get(word + 1..).filter(|_| pattern.get(word) == Some(&b' '))
        }
        // A pattern ending in that space (folded names never do) goes on with anything.
        trie.pairs_everywhere = keys.iter().any(|(k, _)| {
            let word = k.iter().take_while(|&&b| is_word(b)).count();
            word > 0 && k.len() == word + 1 && k.get(word) == Some(&b' ')
        });
        // About 32 bits per pattern: the one filter on those walks (see [`Trie::pairs4`]).
        let pair_bits = (keys.iter().filter(|(k, _)| after_space(k).is_some()).count() * 32)
            .next_power_of_two()
            .clamp(1 << 12, 1 << 24);
        trie.pairs4 = vec![0; pair_bits / 64];
        trie.pairs4_mask = pair_bits - 1;
        for &(pattern, _) in &keys {
            let word = pattern.iter().take_while(|&&b| is_word(b)).count();
            let Some(after) = pattern.get(word + 1..).filter(|_| pattern.get(word) == Some(&b' '))
            else {
                continue;
            };
            let Some(first) = pattern.get(..word) else { continue };
            let hash = scan_hash(first);
            let bit = match after {
                // Bit 5 set, as the scan reads the text (see [`Trie::may_go_on`]).
                &[a, b, c, d, ..] => pair4_hash(hash, u32::from_le_bytes([a, b, c, d]) | CASE4),
                _ => short_mark(hash, after.first().copied().unwrap_or(0) | 0x20),
            } & trie.pairs4_mask;
            if let Some(w) = trie.pairs4.get_mut(bit >> 6) {
                *w |= 1 << (bit & 63);
            }
        }

        let mut nodes = vec![Node { pattern: NONE, first_edge: 0, edge_count: 0 }];
        let mut edges: Vec<Edge> = Vec::new();
        let mut word_edges: Vec<(u32, &[u8])> = Vec::new();
        // An explicit stack rather than recursion: a pathological pattern of many thousand
        // bytes must not overflow the call stack.
        let mut stack = vec![Task { node: 0, lo: 0, hi: keys.len(), depth: 0, edge: NONE }];
        while let Some(Task { node, mut lo, hi, depth, edge }) = stack.pop() {
            let (first, pattern) = *keys.get(lo)?;
            // A node where a first word (the leading run of word bytes) of some key ends: the
            // key ends here or goes on with a byte that is no word byte. A lookup at a word
            // jumps here with one probe of `word_steps`.
            let word_end = first.get(..depth).is_some_and(|p| p.iter().all(|&b| is_word(b)))
                && (first.len() == depth
                    || keys
                        .get(lo..hi)?
                        .iter()
                        .any(|k| k.0.get(depth).is_some_and(|&b| !is_word(b))));
            if word_end && edge != NONE {
                word_edges.push((edge, first.get(..depth)?));
            }
            if first.len() == depth {
                // Sorted order puts the key that ends here first.
                nodes.get_mut(node as usize)?.pattern = pattern;
                lo += 1;
            }
            let first_edge = u32::try_from(edges.len()).ok()?;
            let mut i = lo;
            while i < hi {
                let head = key(i);
                let byte = *head.get(depth)?;
                // Sorted, so the keys with this byte are a run: its end by binary search.
                let later = keys.get(i + 1..hi)?;
                let j = i + 1 + later.partition_point(|k| k.0.get(depth) == Some(&byte));
                // The group's common prefix is that of its first and last keys (sorted).
                let tail = key(j - 1);
                // Capped: the rest of a longer common prefix goes to the child's own edge.
                let mut common = head
                    .iter()
                    .zip(tail)
                    .skip(depth)
                    .take_while(|(a, b)| a == b)
                    .count()
                    .min(MAX_LABEL);
                // No label runs past the end of a first word: there must be a node there.
                // Inside the common prefix, that end is every key's of the group.
                let first_word = head.iter().position(|&b| !is_word(b)).unwrap_or(head.len());
                if first_word > depth && first_word < depth + common {
                    common = first_word - depth;
                }
                let edge = u32::try_from(edges.len()).ok()?;
                let label = head.get(depth..depth + common)?;
                let child = u32::try_from(nodes.len()).ok()?;
                nodes.push(Node { pattern: NONE, first_edge: 0, edge_count: 0 });
                edges.push(Edge {
                    label_start: u32::try_from(trie.labels.len()).ok()?,
                    label_len: u32::try_from(label.len()).ok()?,
                    target: child,
                });
                trie.edge_bytes.push(byte);
                trie.labels.extend_from_slice(label);
                stack.push(Task { node: child, lo: i, hi: j, depth: depth + common, edge });
                i = j;
            }
            let edge_count = u32::try_from(edges.len()).ok()? - first_edge;
            let n = nodes.get_mut(node as usize)?;
            n.first_edge = first_edge;
            n.edge_count = edge_count;
        }
        u32::try_from(trie.labels.len()).ok()?;
        if let Some(root) = nodes.first().copied() {
            for e in root.first_edge..root.first_edge + root.edge_count {
                if let Some(&b) = trie.edge_bytes.get(e as usize) {
                    if let Some(slot) = trie.root.get_mut(usize::from(b)) {
                        *slot = e;
                    }
                }
            }
        }
        let mut tails = Vec::new();
        trie.steps = edges
            .iter()
            .map(|e| {
                let n = nodes.get(e.target as usize).copied()?;
                let start = e.label_start as usize;
                let label = trie.labels.get(start..start + e.label_len as usize)?;
                let label_start = u32::try_from(tails.len()).ok()?;
                tails.extend_from_slice(label.get(8..).unwrap_or(&[]));
                let kids = if n.edge_count <= 8 {
                    let from = n.first_edge as usize;
                    swar::load(trie.edge_bytes.get(from..from + n.edge_count as usize)?)
                } else {
                    0
                };
                Some(Step {
                    head: swar::load(label),
                    kids,
                    label_start,
                    pattern: n.pattern,
                    first_edge: n.first_edge,
                    label_len: u16::try_from(e.label_len).ok()?,
                    edge_count: u16::try_from(n.edge_count).ok()?,
                })
            })
            .collect::<Option<Vec<Step>>>()?;
        trie.labels = tails;
        trie.index_word_steps(&word_edges)?;
        Some(trie)
    }

    /// Fills `word_steps` with each word that is a key of the tree or a first word of one
    /// (each once) and the step that ends at it.
    fn index_word_steps(&mut self, words: &[(u32, &[u8])]) -> Option<()> {
        let size = (words.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![WordStep { head: 0, step: NONE, tail_start: 0, len: 0 }; size];
        let mut tails = Vec::new();
        for &(step, word) in words {
            let mut slot = high_bits(scan_hash(word), size.trailing_zeros());
            while slots.get(slot).is_some_and(|s| s.len != 0) {
                slot = (slot + 1) & (size - 1);
            }
            let entry = WordStep {
                head: swar::load(word),
                step,
                tail_start: u32::try_from(tails.len()).ok()?,
                len: u32::try_from(word.len()).ok()?,
            };
            // A word of 9 to 16 bytes keeps its last eight (overlapping the head): the probe
            // compares them in one load instead of a loop over a short tail.
            match word.len() {
                0..=8 => {}
                9..=16 => tails.extend_from_slice(word.get(word.len() - 8..)?),
                _ => tails.extend_from_slice(word.get(8..)?),
            }
            *slots.get_mut(slot)? = entry;
        }
        self.word_steps = slots;
        self.word_steps_bits = size.trailing_zeros();
        self.word_tails = tails;
        Some(())
    }

    /// Whether the text at `pos` starts with `step`'s label, ignoring ASCII case.
    #[inline]
    fn label_matches(&self, step: &Step, hay: &[u8], pos: usize) -> bool {
        let len = usize::from(step.label_len);
        // Labels are lowercase: the text's first eight bytes lowercased must equal the head,
        // the rest the stored tail.
        let Some(text_head) = head_at(hay, pos, len) else { return false };
        if swar::lower(text_head) != step.head {
            return false;
        }
        if len <= 8 {
            return true;
        }
        let start = step.label_start as usize;
        match (self.labels.get(start..start + len - 8), hay.get(pos + 8..pos + len)) {
            (Some(tail), Some(text)) => equal_lowered(tail, text),
            _ => false,
        }
    }

    /// The edge out of `step`'s target node whose label starts with `next` (lowercased).
    #[inline]
    fn next_edge(&self, step: &Step, next: u8) -> Option<usize> {
        let next = lower(next);
        let count = usize::from(step.edge_count);
        let k = if count <= 8 {
            // `kids` is zero-padded: the mask keeps a zero byte of the text from matching the
            // padding.
            let found = swar::equal_to(step.kids, next) & low_bytes(count);
            if found == 0 {
                return None;
            }
            found.trailing_zeros() as usize / 8
        } else {
            let from = step.first_edge as usize;
            // Edges are sorted by first byte; near the root a node has dozens.
            self.edge_bytes.get(from..from + count)?.binary_search(&next).ok()?
        };
        Some(step.first_edge as usize + k)
    }

    /// Whether a pattern may match at the start of `word` and end at a word boundary (false:
    /// none does). `hash` is the word's [`scan_hash`].
    #[inline]
    pub(crate) fn may_start_word(&self, hash: u64) -> bool {
        let bit = high_bits(hash, self.first_words_bits);
        self.first_words.get(bit >> 6).is_some_and(|w| w & (1 << (bit & 63)) != 0)
    }

    /// Whether some pattern is the one word whose [`scan_hash`] is `hash` (false: none is).
    #[inline]
    fn is_whole_word(&self, hash: u64) -> bool {
        let bit = high_bits(hash, self.first_words_bits);
        self.whole_words.get(bit >> 6).is_some_and(|w| w & (1 << (bit & 63)) != 0)
    }

    /// Whether a pattern that begins with the word whose [`scan_hash`] is `hash` and a space
    /// may go on with the text at `at` (false: none does).
    #[inline]
    fn may_go_on(&self, hash: u64, hay: &[u8], at: usize) -> bool {
        if self.pairs_everywhere {
            return true;
        }
        let Some(rest) = hay.get(at..) else { return false };
        let Some(&first) = rest.first() else { return false };
        let bit4 = |h: usize| {
            let bit = h & self.pairs4_mask;
            self.pairs4.get(bit >> 6).is_some_and(|w| w & (1 << (bit & 63)) != 0)
        };
        // A pattern with four bytes or more there has them all; one with fewer, its first.
        // Bit 5 set rather than lowercased: it maps both cases of a letter to one byte (and
        // may merge a few other bytes, which only lets a walk through), in one instruction.
        let four = match rest.first_chunk::<4>() {
            Some(&four) => u32::from_le_bytes(four) | CASE4,
            None => return true,
        };
        bit4(pair4_hash(hash, four)) || bit4(short_mark(hash, first | 0x20))
    }

    /// Whether some pattern starts with the byte `b`, which is no word byte.
    pub(crate) fn may_start_punct(&self, b: u8) -> bool {
        self.punct_start.get(usize::from(b)).is_some_and(|&s| s)
    }

    /// One bit per byte of `hay[at..at + BLOCK]` (bit `i` for the byte at `at + i`) that some
    /// pattern starts with while it is no word byte ([`Trie::may_start_punct`]); none when no
    /// pattern does (most gazetteers: then no byte is looked at).
    #[inline]
    pub(crate) fn punct_mask(&self, hay: &[u8], at: usize) -> u64 {
        if !self.any_punct {
            return 0;
        }
        let block = hay.get(at..).unwrap_or(&[]);
        block.iter().take(BLOCK).enumerate().fold(0, |mask, (i, &b)| {
            let punct = !is_word(b) && self.may_start_punct(b);
            mask | (u64::from(punct) << i)
        })
    }

    /// The longest pattern `hay[at..]` starts with, ignoring ASCII case, and where it ends.
    pub(crate) fn longest_at(&self, hay: &[u8], at: usize) -> Option<(u32, usize)> {
        let first = lower(*hay.get(at)?);
        let edge = *self.root.get(usize::from(first))? as usize;
        self.walk(hay, at, edge, None)
    }

    /// [`Trie::longest_at`] for a position where the word `hay[at..at + len]` starts (its
    /// [`scan_hash`] is `hash`), or `None` where that would cut the word. A pattern that
    /// matches there on word boundaries begins with the whole word, so one probe of the words
    /// that begin patterns finds where the walk goes on, and a word no pattern begins with
    /// costs no walk. Where the longest pattern from the root would end inside the word, this
    /// finds none: either way no match starts there.
    #[cfg(test)]
    pub(crate) fn longest_from_word(
        &self,
        hay: &[u8],
        at: usize,
        len: usize,
        hash: u64,
    ) -> Option<(u32, usize)> {
        let head = head_at(hay, at, len.min(8))?;
        self.longest_from_word_head(hay, at, len, hash, head)
    }

    /// [`Trie::longest_from_word`] with the word's first eight bytes (`head`, zero-padded
    /// past a shorter word) as [`word_head_at`] read them.
    #[inline]
    pub(crate) fn longest_from_word_head(
        &self,
        hay: &[u8],
        at: usize,
        len: usize,
        hash: u64,
        head: u64,
    ) -> Option<(u32, usize)> {
        let mask = self.word_steps.len().checked_sub(1)?;
        let pos = at + len;
        // Where no pattern goes on past the word and its space, only a one-word pattern can
        // match: without one, the probe below is not needed.
        let stops = hay.get(pos) == Some(&b' ') && !self.may_go_on(hash, hay, pos + 1);
        if stops && !self.is_whole_word(hash) {
            return None;
        }
        let word = hay.get(at..at + len)?;
        let head = swar::lower(head);
        let mut slot = high_bits(hash, self.word_steps_bits);
        let step = loop {
            let entry = self.word_steps.get(slot)?;
            if entry.len == 0 {
                return None;
            }
            if entry.len as usize == len && entry.head == head {
                // Most words fit the head: only longer ones compare a tail, in one load for
                // words of up to 16 bytes (their last eight, see `index_word_steps`).
                let start = entry.tail_start as usize;
                let same = if len <= 8 {
                    true
                } else if len <= 16 {
                    let tail = self.word_tails.get(start..start + 8)?;
                    swar::load(tail) == swar::lower(swar::load(word.get(len - 8..)?))
                } else {
                    let tail = self.word_tails.get(start..start + len - 8)?;
                    equal_lowered(tail, word.get(8..).unwrap_or(&[]))
                };
                if same {
                    break self.steps.get(entry.step as usize)?;
                }
            }
            slot = (slot + 1) & mask;
        };
        let best = (step.pattern != NONE).then_some((step.pattern, pos));
        if stops {
            return best;
        }
        match hay.get(pos).and_then(|&next| self.next_edge(step, next)) {
            Some(edge) => self.walk(hay, pos, edge, best),
            None => best,
        }
    }

    /// Goes on down the tree from `edge` at `pos`, with `best` the longest match so far.
    #[inline]
    fn walk(
        &self,
        hay: &[u8],
        mut pos: usize,
        mut edge: usize,
        mut best: Option<(u32, usize)>,
    ) -> Option<(u32, usize)> {
        while let Some(step) = self.steps.get(edge) {
            if !self.label_matches(step, hay, pos) {
                break;
            }
            pos += usize::from(step.label_len);
            if step.pattern != NONE {
                best = Some((step.pattern, pos));
            }
            let Some(&next) = hay.get(pos) else { break };
            let Some(next_edge) = self.next_edge(step, next) else { break };
            edge = next_edge;
        }
        best
    }

    /// Bytes of heap the trie uses.
    pub(crate) fn memory_usage(&self) -> usize {
        self.steps.capacity() * std::mem::size_of::<Step>()
            + self.edge_bytes.capacity()
            + self.labels.capacity()
            + std::mem::size_of::<[u32; 256]>()
            + self.first_words.capacity() * 8
            + self.whole_words.capacity() * 8
            + std::mem::size_of::<[bool; 256]>()
            + self.word_steps.capacity() * std::mem::size_of::<WordStep>()
            + self.word_tails.capacity()
            + self.pairs4.capacity() * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trie(patterns: &[&str]) -> Trie {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        Trie::build(&patterns).unwrap_or_else(|| panic!("no trie for {patterns:?}"))
    }

    #[test]
    fn longest_pattern_at_a_position_ignoring_ascii_case() {
        let t = trie(&["russia", "russian", "u.s", "u.s. army", "hong kong", "the post", "ab"]);
        // (text, start, expected (pattern, end))
        type Case = (&'static str, usize, Option<(u32, usize)>);
        let cases: &[Case] = &[
            ("Russia said", 0, Some((0, 6))),
            ("Russians said", 0, Some((1, 7))),
            ("RUSSIAN", 0, Some((1, 7))),
            ("Russ", 0, None),
            ("U.S. Army", 0, Some((3, 9))),
            ("U.S. Arm", 0, Some((2, 3))),
            ("in Hong Kong", 3, Some((4, 12))),
            ("in Hong Kon", 3, None),
            ("the Post", 0, Some((5, 8))),
            ("xab", 1, Some((6, 3))),
            ("", 0, None),
            ("ab", 5, None),
        ];
        for &(text, at, want) in cases {
            assert_eq!(t.longest_at(text.as_bytes(), at), want, "{text:?} at {at}");
        }
    }

    #[test]
    fn duplicate_and_empty_patterns_keep_the_first_index() {
        let t = trie(&["", "nato", "nato", "na"]);
        assert_eq!(t.longest_at(b"NATO", 0), Some((1, 4)));
        assert_eq!(t.longest_at(b"NAT", 0), Some((3, 2)));
        assert!(Trie::build(&[String::new()]).is_none());
    }

    #[test]
    fn non_ascii_bytes_match_exactly() {
        let t = trie(&["\u{0434}\u{0430}", "m\u{00E4}kinen"]);
        assert_eq!(t.longest_at("\u{0434}\u{0430}!".as_bytes(), 0), Some((0, 4)));
        assert_eq!(t.longest_at("M\u{00C4}KINEN".as_bytes(), 0), None);
        assert_eq!(t.longest_at("M\u{00E4}KINEN".as_bytes(), 0), Some((1, 8)));
    }

    #[test]
    fn word_at_gives_the_length_and_hash_of_the_word_run() {
        let text = b"Ab cdefgh ijklmnopq r, 12x-y \xc3\xa9t\xc3\xa9 zz";
        for pos in 0..=text.len() {
            let len = word_end(text, pos) - pos;
            let word = text.get(pos..pos + len).unwrap_or(&[]);
            assert_eq!(word_at(text, pos), (len, word_hash(word)), "at {pos}");
        }
    }

    #[test]
    fn word_head_at_gives_the_first_eight_bytes_the_lookup_compares() {
        let text = b"Ab cdefgh ijklmnopq r, 12x-y \xc3\xa9t\xc3\xa9 zz longwordattheend";
        for pos in 0..=text.len() {
            let (len, hash, head) = word_head_at(text, pos);
            assert_eq!((len, hash), word_at(text, pos), "at {pos}");
            assert_eq!(Some(head), head_at(text, pos, len.min(8)), "at {pos}");
        }
    }

    #[test]
    fn word_mask_agrees_with_the_byte_table_at_every_place_and_text_end() {
        for b in 0..=255u8 {
            for filler in [b' ', b'a', b'Z', 0xC3, b'@'] {
                let mut text = [filler; BLOCK + 9];
                for place in [0, 7, 8, 31, 63, 64] {
                    if let Some(slot) = text.get_mut(place) {
                        *slot = b;
                    }
                }
                for at in [0, 1, 9] {
                    for end in [at, at + 5, at + BLOCK - 1, text.len()] {
                        let bytes = text.get(..end).unwrap_or(&[]);
                        let want = (0..BLOCK).fold(0u64, |m, i| {
                            let word = bytes.get(at + i).is_some_and(|&c| is_word(c));
                            m | (u64::from(word) << i)
                        });
                        assert_eq!(word_mask(bytes, at), want, "{b:#x} {filler:#x} {at} {end}");
                    }
                }
            }
        }
    }

    #[test]
    fn word_hash_head_agrees_with_word_head_at_at_every_word_start() {
        let text = b"Ab cdefgh ijklmnopq r, 12x-y \xc3\xa9t\xc3\xa9 zz longwordattheend";
        for end in 0..=text.len() {
            let bytes = text.get(..end).unwrap_or(&[]);
            for at in 0..end {
                let (len, hash, head) = word_head_at(bytes, at);
                if len > 0 {
                    let word = bytes.get(at..at + len).unwrap_or(&[]);
                    assert_eq!(hash, word_hash(word), "{end} at {at}");
                    let hash = scan_hash(word);
                    assert_eq!(word_hash_head(bytes, at, len), (hash, head), "{end} at {at}");
                    // From a window that holds the word, wherever it starts there.
                    let mut spare = [0; WINDOW];
                    for block in at.saturating_sub(BLOCK)..=at {
                        if at + len <= block + BLOCK {
                            let w = window(bytes, block, &mut spare);
                            let got = window_word_hash_head(w, at - block, len);
                            assert_eq!(got, (hash, head), "{end} at {at} from {block}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn word_end_agrees_with_the_byte_table() {
        let texts = ["", "a", "abc def", "Caf\u{e9}s, 12 ab-cd", "abcdefghijklmnop qr", "x@[`{/:"];
        for text in texts {
            let bytes = text.as_bytes();
            for pos in 0..=bytes.len() {
                let rest = bytes.get(pos..).unwrap_or(&[]);
                let want = pos + rest.iter().position(|&b| !is_word(b)).unwrap_or(rest.len());
                assert_eq!(word_end(bytes, pos), want, "{text:?} at {pos}");
            }
        }
    }

    #[test]
    fn a_label_longer_than_a_step_holds_is_split_over_a_chain_of_steps() {
        let long = "ab".repeat(40_000);
        let longer = format!("{long}c");
        let t = trie(&[&long, &longer, "abx"]);
        assert_eq!(t.longest_at(long.as_bytes(), 0), Some((0, 80_000)));
        assert_eq!(t.longest_at(longer.to_uppercase().as_bytes(), 0), Some((1, 80_001)));
        assert_eq!(t.longest_at(long.get(..70_000).unwrap_or("").as_bytes(), 0), None);
        assert_eq!(t.longest_at(b"abx", 0), Some((2, 3)));
    }

    #[test]
    fn word_hash_at_is_word_hash_of_the_slice() {
        let hay = b"a Bc def Ghij klmnopq rstuvwxy Zabcdefghij x";
        for start in 0..hay.len() {
            for len in 0..=hay.len() - start {
                let word = hay.get(start..start + len).unwrap_or(&[]);
                assert_eq!(word_hash_at(hay, start, len), word_hash(word), "{start} {len}");
            }
        }
    }

    #[test]
    fn labels_longer_than_the_eight_byte_head_compare_their_tail_ignoring_case() {
        let t = trie(&["the washington post", "the washington", "u.s. department of defense"]);
        type Case = (&'static str, Option<(u32, usize)>);
        let cases: &[Case] = &[
            ("The WASHINGTON Post said", Some((0, 19))),
            ("the washington pos", Some((1, 14))),
            ("the washingtoN", Some((1, 14))),
            ("the washingtom post", None),
            ("U.S. Department of Defense", Some((2, 26))),
            ("U.S. Department of Defence", None),
            ("U.S. Departmenu of Defense", None),
        ];
        for &(text, want) in cases {
            assert_eq!(t.longest_at(text.as_bytes(), 0), want, "{text:?}");
        }
    }

    #[test]
    fn thousands_of_nested_patterns_build_without_recursion() {
        let patterns: Vec<String> = (1..=3000).map(|n| "ab".repeat(n)).collect();
        let t = Trie::build(&patterns).expect("trie");
        let text = "ab".repeat(5000);
        assert_eq!(t.longest_at(text.as_bytes(), 0), Some((2999, 6000)));
        assert_eq!(t.longest_at(b"aba", 0), Some((0, 2)));
    }

    #[test]
    fn first_word_filter_passes_every_word_a_pattern_starts_with() {
        let t = trie(&["foreign minister", "u.s", "(upi)", "international monetary fund", "nato"]);
        for word in ["Foreign", "FOREIGN", "foreign", "U", "u", "International", "NATO", "Nato"] {
            assert!(t.may_start_word(scan_hash(word.as_bytes())), "{word}");
        }
        assert!(t.may_start_punct(b'('));
        assert!(!t.may_start_punct(b'"'));
        // Words no pattern starts with mostly fail (a hash filter may let a few through).
        let passed = ["said", "the", "minister", "talks", "would", "resume", "week", "capital"]
            .iter()
            .filter(|w| t.may_start_word(scan_hash(w.as_bytes())))
            .count();
        assert!(passed <= 2, "{passed} unrelated words passed");
    }

    #[test]
    fn word_hash_ignores_ascii_case_only() {
        let pairs: &[(&str, &str, bool)] = &[
            ("Russia", "RUSSIA", true),
            ("internationalization", "INTERNATIONALIZATION", true),
            ("M\u{00E4}kinen", "m\u{00E4}kinen", true),
            ("internationalization", "internationalizations", false),
            ("Russia", "Russian", false),
        ];
        for &(a, b, same) in pairs {
            assert_eq!(word_hash(a.as_bytes()) == word_hash(b.as_bytes()), same, "{a} {b}");
            assert_eq!(scan_hash(a.as_bytes()) == scan_hash(b.as_bytes()), same, "{a} {b}");
        }
    }

    /// A reproducible stream of numbers below `n` (xorshift64), for the randomized tests.
    fn xorshift(seed: u64) -> impl Fn(usize) -> usize {
        let state = std::cell::Cell::new(seed);
        move |n| {
            let mut x = state.get();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            state.set(x);
            (x % n as u64) as usize
        }
    }

    /// At a word start, the jump past the whole word must find what the walk from the root
    /// finds, except where that ends inside the word (no match starts there either way).
    #[test]
    fn the_jump_past_a_first_word_agrees_with_the_walk_from_the_root() {
        let next = xorshift(0x9E37_79B9_7F4A_7C15u64);
        // Bytes that are no word bytes on both sides of the letters in sorted order.
        const ALPHABET: &[u8] = b"abAB1 .-_{";
        let random = |len: usize| -> String {
            (0..len)
                .filter_map(|_| ALPHABET.get(next(ALPHABET.len())).map(|&b| char::from(b)))
                .collect()
        };
        for round in 0..30 {
            // Every other round trimmed, as folded names are: a pattern ending in a space
            // turns the filter on the walks past a first word and a space off.
            let patterns: Vec<String> = (0..30)
                .map(|_| random(1 + next(7)).to_ascii_lowercase())
                .map(|p| if round % 2 == 0 { p.trim().to_string() } else { p })
                .collect();
            let Some(t) = Trie::build(&patterns) else { continue };
            assert!(round % 2 == 1 || !t.pairs_everywhere, "round {round}");
            let text = random(300);
            let bytes = text.as_bytes();
            assert_word_walks_agree_with_root_walks(&t, bytes, round);
        }
    }

    /// At every word start of `bytes`, the walk from the word ([`Trie::longest_from_word`])
    /// finds what a walk from the root finds, when that match covers the whole first word.
    fn assert_word_walks_agree_with_root_walks(t: &Trie, bytes: &[u8], round: usize) {
        for at in 0..bytes.len() {
            let starts_word = is_word(bytes[at]) && (at == 0 || !is_word(bytes[at - 1]));
            if !starts_word {
                continue;
            }
            let (len, _) = word_at(bytes, at);
            let hash = scan_hash(bytes.get(at..at + len).unwrap_or(&[]));
            let want = t.longest_at(bytes, at).filter(|&(_, end)| end >= at + len);
            assert_eq!(t.longest_from_word(bytes, at, len, hash), want, "round {round} at {at}");
        }
    }

    /// The filter on the walks past a first word and a space ([`Trie::pairs4`]) must let through every walk that finds a longer match: patterns of
    /// two or three words, with one to six bytes after the first space (fewer than four bytes
    /// take the short marks), over texts of the same words.
    #[test]
    fn the_walk_filters_past_a_space_let_every_longer_match_through() {
        let next = xorshift(0xD1B5_4A32_D192_ED03u64);
        const WORDS: &[&str] = &["a", "ab", "b", "ba", "abab", "bab", "aabb", "abba", "Ab"];
        let word = || WORDS.get(next(WORDS.len())).copied().unwrap_or("a");
        for round in 0..40 {
            let patterns: Vec<String> = (0..12)
                .map(|_| match next(3) {
                    0 => word().to_string(),
                    1 => format!("{} {}", word(), word()),
                    _ => format!("{} {} {}", word(), word(), word()),
                })
                .map(|p| p.to_ascii_lowercase())
                .collect();
            let Some(t) = Trie::build(&patterns) else { continue };
            let text: Vec<&str> = (0..200).map(|_| word()).collect();
            let text = text.join(" ");
            let bytes = text.as_bytes();
            assert_word_walks_agree_with_root_walks(&t, bytes, round);
        }
    }

    /// The lookup must give what the Aho-Corasick automaton it replaced gave: the
    /// leftmost-longest match anchored at the position, ASCII case ignored.
    #[test]
    fn longest_at_agrees_with_an_anchored_leftmost_longest_automaton() {
        use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
        let next = xorshift(0x2545_F491_4F6C_DD1Du64);
        // A small alphabet, so that patterns share prefixes and texts hit them often.
        const ALPHABET: &[u8] = b"abAB .'-\xc3\xa9";
        let random = |len: usize| -> String {
            let mut bytes: Vec<u8> = Vec::new();
            for _ in 0..len {
                match ALPHABET.get(next(ALPHABET.len() - 1)).copied() {
                    // Keep UTF-8 whole: the two bytes of "é" go together.
                    Some(0xC3) => bytes.extend_from_slice(&[0xC3, 0xA9]),
                    Some(b) => bytes.push(b),
                    None => {}
                }
            }
            String::from_utf8(bytes).unwrap_or_default()
        };
        for round in 0..20 {
            let patterns: Vec<String> = (0..40)
                .map(|_| {
                    let len = 1 + next(6);
                    random(len).to_ascii_lowercase()
                })
                .collect();
            let t = Trie::build(&patterns).expect("trie");
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .start_kind(StartKind::Anchored)
                .build(&patterns)
                .expect("automaton");
            let text = random(400);
            for at in 0..=text.len() {
                let input = Input::new(&text).span(at..text.len()).anchored(Anchored::Yes);
                let want = ac.find(input).map(|m| (m.pattern().as_usize(), m.end()));
                let got = t.longest_at(text.as_bytes(), at);
                // Equal patterns are one pattern to the trie: compare the matched length.
                assert_eq!(got.map(|g| g.1), want.map(|w| w.1), "round {round} at {at}");
                if let (Some((p, _)), Some((q, _))) = (got, want) {
                    assert_eq!(patterns.get(p as usize), patterns.get(q), "round {round} at {at}");
                }
            }
        }
    }
}
