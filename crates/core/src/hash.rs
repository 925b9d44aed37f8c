//! One fast hasher for the workspace's hash maps and sets.
//!
//! Every stage keys maps by short words, names, ids and small integers taken from the text it
//! reads. The standard library's SipHash is built to resist keys an adversary chooses, and
//! its setup and rounds cost more than the rest of a lookup on a ten-byte name; FNV-1a, the
//! usual cheap alternative, takes one byte a step. [`WordHasher`] takes eight bytes a step
//! (FxHash's rotate, xor and multiply) and mixes the state once at the end, so that both the
//! low bits a table indexes with and the high bits hashbrown keeps as tags depend on every
//! byte.
//!
//! It is **not** for maps whose keys an attacker picks to collide (a server's request
//! headers, say), nor for anything persisted: the hash may change between versions. Nothing
//! may depend on the order in which a map hashed this way iterates (that order is not part of
//! any output); sort first.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash's multiplier (2^64 divided by the golden ratio, made odd): one multiply spreads
/// each input bit over the bits above it.
const SEED: u64 = 0x517c_c1b7_2722_0a95;

/// The final mix's multiplier (also from the golden ratio).
const FINAL: u64 = 0x9e37_79b9_7f4a_7c15;

/// A hasher for short keys: eight bytes a step, then one final mix. See the [module
/// docs](self) for when to use it; [`BuildWordHasher`], [`WordHashMap`] and [`WordHashSet`]
/// are the ready-made types.
///
/// ```
/// use whosaid_core::hash::WordHashMap;
///
/// let mut counts: WordHashMap<&str, u32> = WordHashMap::default();
/// *counts.entry("Reuters").or_default() += 1;
/// assert_eq!(counts["Reuters"], 1);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct WordHasher(u64);

impl Default for WordHasher {
    /// Starts from a state that is not zero: from zero, a key's leading zero words would
    /// leave the state at zero and count for nothing (`(0, 7)` would hash as `7`).
    fn default() -> WordHasher {
        WordHasher(SEED)
    }
}

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// The bytes of `rest` (at most seven) as a little-endian word, read four, two and one at a
/// time: a copy of unknown length into a buffer would be a call to `memcpy`.
#[inline]
fn load_tail(rest: &[u8]) -> u64 {
    let mut word = 0;
    let mut shift = 0;
    let mut rest = rest;
    if let Some((four, tail)) = rest.split_first_chunk::<4>() {
        word = u64::from(u32::from_le_bytes(*four));
        shift = 32;
        rest = tail;
    }
    if let Some((two, tail)) = rest.split_first_chunk::<2>() {
        word |= u64::from(u16::from_le_bytes(*two)) << shift;
        shift += 16;
        rest = tail;
    }
    if let Some(&byte) = rest.first() {
        word |= u64::from(byte) << shift;
    }
    word
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        // The multiply above only carries upward: fold the high half down, multiply again
        // and fold once more so the low bits depend on every byte too.
        let h = (self.0 ^ (self.0 >> 32)).wrapping_mul(FINAL);
        h ^ (h >> 29)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(<[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes));
        }
        let rest = chunks.remainder();
        // The tail's length in the top byte, which a tail of seven bytes or fewer leaves
        // free, keeps "ab" and "ab\0" apart.
        self.add(load_tail(rest) ^ ((rest.len() as u64 | 0x80) << 56));
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u16(&mut self, n: u16) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// Builds a [`WordHasher`] (no per-map random seed: the same keys hash the same in every run).
pub type BuildWordHasher = BuildHasherDefault<WordHasher>;

/// A `HashMap` hashed with [`WordHasher`]; make one with `WordHashMap::default()` or
/// `WordHashMap::with_capacity_and_hasher(n, Default::default())`.
pub type WordHashMap<K, V> = HashMap<K, V, BuildWordHasher>;

/// A `HashSet` hashed with [`WordHasher`]; make one with `WordHashSet::default()`.
pub type WordHashSet<T> = HashSet<T, BuildWordHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash<T: Hash + ?Sized>(value: &T) -> u64 {
        BuildWordHasher::default().hash_one(value)
    }

    #[test]
    fn inputs_that_must_hash_apart_do() {
        // Pairs a careless hasher confuses: a zero byte appended, a tail that moves into a
        // whole word, swapped order, a split between the fields of a tuple, and the empty
        // key.
        let long = "abcdefgh";
        let cases: [(u64, u64, &str); 12] = [
            (hash("ab"), hash("ab\0"), "a zero byte appended"),
            (hash(""), hash("\0"), "empty and one zero byte"),
            (hash(long), hash("abcdefgh\0"), "a zero byte after a whole word"),
            (hash(long), hash("abcdefg"), "a whole word and seven bytes"),
            (hash("ab"), hash("ba"), "two bytes swapped"),
            (hash("abcdefghij"), hash("bacdefghij"), "swapped inside a whole word"),
            (hash(&("ab", "c")), hash(&("a", "bc")), "a split between tuple fields"),
            (hash(&(1u32, 2u32)), hash(&(2u32, 1u32)), "swapped integers"),
            (hash(&0u64), hash(&1u64), "zero and one"),
            (hash(&(0u32, 0u64)), hash(&0u64), "a leading zero field"),
            (hash("Smith"), hash("smith"), "case"),
            (hash("U.S."), hash("U.S"), "a final period"),
        ];
        for (left, right, what) in cases {
            assert_ne!(left, right, "{what}");
        }
    }

    #[test]
    fn the_same_key_hashes_the_same_in_every_map() {
        let words = ["", "a", "Reuters", "the Interior Ministry", "U.S."];
        for word in words {
            assert_eq!(hash(word), hash(&word.to_string()), "{word:?}");
            assert_eq!(hash(word), hash(word), "{word:?}");
        }
    }

    #[test]
    fn low_and_high_bits_spread_over_sequential_keys() {
        // hashbrown indexes buckets with the low bits and keeps the top seven as tags:
        // sequential ids and similar words must spread over both.
        let mut low = WordHashSet::default();
        let mut high = WordHashSet::default();
        for i in 0u32..1024 {
            let h = hash(&i);
            low.insert(h & 0x3ff);
            high.insert(h >> 57);
        }
        assert!(low.len() > 600, "{} of 1024 low-bit buckets", low.len());
        assert_eq!(high.len(), 128, "every tag value is used");
        let mut words = WordHashSet::default();
        for i in 0..1024 {
            words.insert(hash(&format!("speaker {i}")) & 0x3ff);
        }
        assert!(words.len() > 600, "{} of 1024 low-bit buckets", words.len());
    }

    #[test]
    fn tail_loads_every_length_in_order() {
        let bytes = [1u8, 2, 3, 4, 5, 6, 7];
        for len in 0..=7 {
            let want = bytes.iter().take(len).rev().fold(0u64, |w, &b| (w << 8) | u64::from(b));
            assert_eq!(load_tail(bytes.get(..len).unwrap_or(&[])), want, "{len} bytes");
        }
    }

    #[test]
    fn maps_hashed_this_way_are_send_and_sync() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<WordHashMap<String, u32>>();
        send_sync::<WordHashSet<u64>>();
        send_sync::<BuildWordHasher>();
    }
}
