//! Byte-class tests over 32 bytes at a time, written as a fold of `|` over a fixed-size array
//! so that the compiler emits SSE2 compares and one `pmovmskb` per 32 bytes (no `unsafe`, no
//! intrinsics). A test only says whether a chunk holds some byte of the class: the callers'
//! eight-byte steps then find it inside the chunk. On long runs of lowercase prose they pass over
//! 32 bytes in about a dozen instructions, where eight bytes at a time took that many for
//! eight.

/// The number of bytes the tests look at at a time.
pub(crate) const CHUNK: usize = 32;

/// Whether the chunk holds a non-ASCII byte or one below 14 (tab, line break and carriage
/// return are 9, 10 and 13): as a signed byte, each of those is below 14.
#[inline(always)]
pub(crate) fn any_control_or_non_ascii(chunk: &[u8; CHUNK]) -> bool {
    chunk.iter().fold(false, |m, &b| m | (i8::from_ne_bytes([b]) < 14))
}

/// Whether the chunk holds an ASCII capital or a non-ASCII byte.
#[inline(always)]
pub(crate) fn any_capital_or_non_ascii(chunk: &[u8; CHUNK]) -> bool {
    chunk.iter().fold(false, |m, &b| m | (b.wrapping_sub(b'A') < 26) | (b >= 0x80))
}

/// Whether the chunk holds an ASCII capital, a non-ASCII byte or a hyphen.
#[inline(always)]
pub(crate) fn any_capital_non_ascii_or_hyphen(chunk: &[u8; CHUNK]) -> bool {
    chunk.iter().fold(false, |m, &b| m | (b.wrapping_sub(b'A') < 26) | (b >= 0x80) | (b == b'-'))
}

/// How many bytes of `bytes` start a multi-byte UTF-8 character (`0b11xx_xxxx`): per 64
/// bytes, a sum of one-byte flags that the compiler keeps in vector registers.
pub(crate) fn lead_bytes(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(64);
    let mut count = 0;
    for chunk in &mut chunks {
        let Ok(chunk) = <&[u8; 64]>::try_from(chunk) else { break };
        let n = chunk.iter().fold(0u8, |n, &b| n.wrapping_add(u8::from(b >= 0xC0)));
        count += usize::from(n);
    }
    count + chunks.remainder().iter().filter(|&&b| b >= 0xC0).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value at every place of a chunk, alone among lowercase letters: each test
    /// holds exactly when its class has the byte.
    #[test]
    fn chunk_tests_hold_for_their_classes_only() {
        for b in 0..=255u8 {
            for place in 0..CHUNK {
                let mut chunk = [b'q'; CHUNK];
                if let Some(slot) = chunk.get_mut(place) {
                    *slot = b;
                }
                let control = !(14..0x80).contains(&b);
                let capital = b.is_ascii_uppercase() || b >= 0x80;
                assert_eq!(any_control_or_non_ascii(&chunk), control, "{b} at {place}");
                assert_eq!(any_capital_or_non_ascii(&chunk), capital, "{b} at {place}");
                assert_eq!(any_capital_non_ascii_or_hyphen(&chunk), capital || b == b'-', "{b}");
            }
        }
    }

    #[test]
    fn lead_bytes_counts_the_non_ascii_characters() {
        let long = "\u{e9}t\u{e9} \u{201C}quoted\u{201D} plain words ".repeat(9);
        let texts = ["", "plain ascii", "caf\u{e9}", long.as_str(), &"\u{1F600}".repeat(70)];
        for text in texts {
            let want = text.chars().filter(|c| !c.is_ascii()).count();
            assert_eq!(lead_bytes(text.as_bytes()), want, "{text:?}");
        }
        // More than 255 lead bytes in all, 32 in every chunk of 64.
        assert_eq!(lead_bytes("\u{e9}".repeat(300).as_bytes()), 300);
    }
}
