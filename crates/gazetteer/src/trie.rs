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

/// One edge as a lookup reads it: its label and what the node it leads to holds, in one
/// place, so that a step down the tree touches one record instead of an edge and a node (on
/// a large gazetteer each of those was a cache miss).
#[derive(Clone, Copy, Debug)]
struct Step {
    /// The label's first eight bytes (zero-padded): most labels fit, so a step reads no
    /// other memory to compare them.
    head: u64,
    /// The bytes after the first eight: `labels[label_start..label_start + label_len - 8]`.
    label_start: u32,
    label_len: u32,
    /// The pattern ending at the target node, or [`NONE`].
    pattern: u32,
    /// The target node's edges: `steps[first_edge..first_edge + edge_count]`.
    first_edge: u32,
    edge_count: u32,
}

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
    /// cost a hash instead of a walk: one bit per [`word_hash`] of a pattern's first word
    /// (its leading run of word bytes)...
    first_words: Vec<u64>,
    /// `first_words.len() * 64 - 1`.
    first_words_mask: usize,
    /// ... and, per byte, whether some pattern starts with that byte while it is no word byte.
    punct_start: Box<[bool; 256]>,
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

fn mix_word_hash(head: u64, tail: u64, n: usize) -> u64 {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let (head, tail) = (head | CASE, tail | CASE);
    let mixed = (head ^ tail.rotate_left(29) ^ (n as u64).rotate_left(53))
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    mixed ^ (mixed >> 29)
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
}

impl Trie {
    /// The trie of `patterns` (lowercase; pattern `i` is reported as `i`). `None` if there is
    /// no non-empty pattern or the sizes do not fit 32-bit offsets.
    pub(crate) fn build(patterns: &[String]) -> Option<Trie> {
        let key = |i: u32| patterns.get(i as usize).map_or(&[][..], |p| p.as_bytes());
        let order: Vec<u32> =
            (0..u32::try_from(patterns.len()).ok()?).filter(|&i| !key(i).is_empty()).collect();
        if order.is_empty() {
            return None;
        }
        // Equal keys keep their first index: the automaton this replaces reported the
        // first of duplicate patterns.
        let mut sorted: Vec<(&[u8], u32)> = order.iter().map(|&i| (key(i), i)).collect();
        sorted.sort_unstable();
        let mut order: Vec<u32> = sorted.into_iter().map(|(_, i)| i).collect();
        order.dedup_by(|b, a| key(*a) == key(*b));

        let mut trie = Trie {
            steps: Vec::new(),
            edge_bytes: Vec::new(),
            labels: Vec::new(),
            root: Box::new([NONE; 256]),
            first_words: Vec::new(),
            first_words_mask: 0,
            punct_start: Box::new([false; 256]),
        };
        // About 16 bits per pattern, so that few unrelated words pass the filter.
        let bits = (order.len() * 16).next_power_of_two().clamp(1 << 12, 1 << 23);
        trie.first_words = vec![0; bits / 64];
        trie.first_words_mask = bits - 1;
        for &i in &order {
            let pattern = key(i);
            let word = pattern.iter().take_while(|&&b| is_word(b)).count();
            match pattern.get(..word) {
                Some(first) if word > 0 => {
                    let bit = word_hash(first) as usize & trie.first_words_mask;
                    if let Some(w) = trie.first_words.get_mut(bit >> 6) {
                        *w |= 1 << (bit & 63);
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

        let mut nodes = vec![Node { pattern: NONE, first_edge: 0, edge_count: 0 }];
        let mut edges: Vec<Edge> = Vec::new();
        // An explicit stack rather than recursion: a pathological pattern of many thousand
        // bytes must not overflow the call stack.
        let mut stack = vec![Task { node: 0, lo: 0, hi: order.len(), depth: 0 }];
        while let Some(Task { node, mut lo, hi, depth }) = stack.pop() {
            let first = *order.get(lo)?;
            if key(first).len() == depth {
                // Sorted order puts the pattern that ends here first.
                nodes.get_mut(node as usize)?.pattern = first;
                lo += 1;
            }
            let first_edge = u32::try_from(edges.len()).ok()?;
            let mut i = lo;
            while i < hi {
                let head = key(*order.get(i)?);
                let byte = *head.get(depth)?;
                // Sorted, so the keys with this byte are a run: its end by binary search.
                let later = order.get(i + 1..hi)?;
                let j = i + 1 + later.partition_point(|&k| key(k).get(depth) == Some(&byte));
                // The group's common prefix is that of its first and last keys (sorted).
                let tail = key(*order.get(j - 1)?);
                let common = head.iter().zip(tail).skip(depth).take_while(|(a, b)| a == b).count();
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
                stack.push(Task { node: child, lo: i, hi: j, depth: depth + common });
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
                Some(Step {
                    head: swar::load(label),
                    label_start,
                    label_len: e.label_len,
                    pattern: n.pattern,
                    first_edge: n.first_edge,
                    edge_count: n.edge_count,
                })
            })
            .collect::<Option<Vec<Step>>>()?;
        trie.labels = tails;
        Some(trie)
    }

    /// Whether a pattern may match at the start of `word` and end at a word boundary (false:
    /// none does). `hash` is the word's [`word_hash`].
    pub(crate) fn may_start_word(&self, hash: u64) -> bool {
        let bit = hash as usize & self.first_words_mask;
        self.first_words.get(bit >> 6).is_some_and(|w| w & (1 << (bit & 63)) != 0)
    }

    /// Whether some pattern starts with the byte `b`, which is no word byte.
    pub(crate) fn may_start_punct(&self, b: u8) -> bool {
        self.punct_start.get(usize::from(b)).is_some_and(|&s| s)
    }

    /// The longest pattern `hay[at..]` starts with, ignoring ASCII case, and where it ends.
    pub(crate) fn longest_at(&self, hay: &[u8], at: usize) -> Option<(u32, usize)> {
        let first = lower(*hay.get(at)?);
        let mut edge = *self.root.get(usize::from(first))?;
        let mut pos = at;
        let mut best = None;
        while let Some(step) = self.steps.get(edge as usize) {
            let len = step.label_len as usize;
            let Some(text) = hay.get(pos..pos + len) else { break };
            // Labels are lowercase: the text's first eight bytes lowercased must equal the
            // head, the rest the stored tail.
            let (text_head, text_tail) = text.split_at(len.min(8));
            if swar::lower(swar::load(text_head)) != step.head {
                break;
            }
            if !text_tail.is_empty() {
                let start = step.label_start as usize;
                let tail = self.labels.get(start..start + text_tail.len())?;
                if !tail.iter().zip(text_tail).all(|(&l, &t)| l == lower(t)) {
                    break;
                }
            }
            pos += len;
            if step.pattern != NONE {
                best = Some((step.pattern, pos));
            }
            let Some(next) = hay.get(pos) else { break };
            let next = lower(*next);
            let from = step.first_edge as usize;
            let bytes = self.edge_bytes.get(from..from + step.edge_count as usize)?;
            // Edges are sorted by first byte; near the root a node has dozens.
            let found = if bytes.len() > 8 {
                bytes.binary_search(&next).ok()
            } else {
                bytes.iter().position(|&b| b == next)
            };
            let Some(k) = found else { break };
            edge = u32::try_from(from + k).ok()?;
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
            + std::mem::size_of::<[bool; 256]>()
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
            assert!(t.may_start_word(word_hash(word.as_bytes())), "{word}");
        }
        assert!(t.may_start_punct(b'('));
        assert!(!t.may_start_punct(b'"'));
        // Words no pattern starts with mostly fail (a hash filter may let a few through).
        let passed = ["said", "the", "minister", "talks", "would", "resume", "week", "capital"]
            .iter()
            .filter(|w| t.may_start_word(word_hash(w.as_bytes())))
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
        }
    }

    /// The lookup must give what the Aho-Corasick automaton it replaced gave: the
    /// leftmost-longest match anchored at the position, ASCII case ignored.
    #[test]
    fn longest_at_agrees_with_an_anchored_leftmost_longest_automaton() {
        use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
        let seed = std::cell::Cell::new(0x2545_F491_4F6C_DD1Du64);
        let next = |n: usize| {
            let mut x = seed.get();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            seed.set(x);
            (x % n as u64) as usize
        };
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
