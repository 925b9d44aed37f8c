//! Eight bytes at a time in a `u64` ("SIMD within a register"): ASCII lowercasing and byte
//! class tests for the loops that look at every byte or every capitalized word of a text.

const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// Up to eight bytes as a little-endian `u64`, zero-padded. A short slice is assembled from
/// two overlapping four-byte loads, or from its first, middle and last bytes (copying it
/// into a buffer compiles to a call to `memcpy`, and a loop over its bytes cost as much as
/// the comparison it served: every word of a text is loaded so).
#[inline]
pub(crate) fn load(bytes: &[u8]) -> u64 {
    if let Some(eight) = bytes.get(..8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        return u64::from_le_bytes(eight);
    }
    let n = bytes.len();
    let four = |at: usize| {
        bytes
            .get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, u32::from_le_bytes)
    };
    if n >= 4 {
        // Bytes 0..4 and n-4..n: where they overlap they are the same bytes.
        return u64::from(four(0)) | (u64::from(four(n - 4)) << (8 * (n - 4)));
    }
    let byte = |i: usize| u64::from(bytes.get(i).copied().unwrap_or(0));
    match n {
        0 => 0,
        _ => byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1))),
    }
}

/// The high bit of each byte of `x` that is an ASCII capital (`A`..=`Z`).
pub(crate) fn capitals(x: u64) -> u64 {
    // Without their high bits no byte exceeds 0x7F, so the additions never carry into the
    // next byte: bit 7 of `b + 0x3F` says "at least 'A'", of `b + 0x25` "above 'Z'".
    let b = x & LOW7;
    (b + 0x3F3F_3F3F_3F3F_3F3F) & !(b + 0x2525_2525_2525_2525) & !x & HIGH
}

/// The high bit of each byte of `x` that is an ASCII lowercase letter (`a`..=`z`).
pub(crate) fn lowercase(x: u64) -> u64 {
    // As in [`capitals`]: bit 7 of `b + 0x1F` says "at least 'a'", of `b + 0x05` "above 'z'".
    let b = x & LOW7;
    (b + 0x1F1F_1F1F_1F1F_1F1F) & !(b + 0x0505_0505_0505_0505) & !x & HIGH
}

/// `x` with its ASCII capitals lowercased; other bytes, non-ASCII ones included, unchanged.
pub(crate) fn lower(x: u64) -> u64 {
    x | (capitals(x) >> 2)
}

/// The high bit of each byte of `x` that belongs to a word: an ASCII letter or digit, or any
/// non-ASCII byte (as `trie::WORD_BYTE` says).
pub(crate) fn word_bytes(x: u64) -> u64 {
    let b = x & LOW7;
    // Bit 5 set maps both cases of a letter to the lowercase one (and no other byte into
    // `a..=z`); no byte exceeds 0x7F here, so the additions never carry into the next byte.
    let l = b | 0x2020_2020_2020_2020;
    let letter = (l + 0x1F1F_1F1F_1F1F_1F1F) & !(l + 0x0505_0505_0505_0505);
    let digit = (b + 0x5050_5050_5050_5050) & !(b + 0x4646_4646_4646_4646);
    (letter | digit | x) & HIGH
}

/// The high bit of each byte of `x` equal to `byte`.
pub(crate) fn equal_to(x: u64, byte: u8) -> u64 {
    let y = x ^ (ONES * u64::from(byte));
    // A zero byte of `y`, exactly (no borrow tricks that flag a byte above a zero one).
    !(((y & LOW7) + LOW7) | y | LOW7)
}

/// The position of the first byte of `bytes` at or after `from` that is `a` or `b`, eight
/// bytes at a time (an iterator's `position` looks at them one by one).
pub(crate) fn find2(bytes: &[u8], from: usize, a: u8, b: u8) -> Option<usize> {
    let mut at = from;
    while let Some(eight) = bytes.get(at..at + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let x = u64::from_le_bytes(eight);
        let found = equal_to(x, a) | equal_to(x, b);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = bytes.get(at..)?;
    rest.iter().position(|&c| c == a || c == b).map(|i| at + i)
}

/// The position of the first ASCII capital of `bytes` at or after `from`, eight at a time.
pub(crate) fn find_capital(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(eight) = bytes.get(at..at + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let found = capitals(u64::from_le_bytes(eight));
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = bytes.get(at..)?;
    rest.iter().position(u8::is_ascii_uppercase).map(|i| at + i)
}

/// The position of the first byte of `bytes` at or after `from` that is an ASCII capital or
/// a non-ASCII byte (a character that may open a name), eight at a time.
pub(crate) fn find_capital_or_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(eight) = bytes.get(at..at + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let x = u64::from_le_bytes(eight);
        let found = capitals(x) | (x & HIGH);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = bytes.get(at..)?;
    rest.iter().position(|&b| b.is_ascii_uppercase() || b >= 0x80).map(|i| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swar_tests_agree_with_byte_by_byte_ones_on_every_byte() {
        for b in 0..=255u8 {
            for filler in [0u8, b'a', b'Z', 0xFF, b'-'] {
                let bytes = [filler, b, filler, filler, b, 0x80, b'@', b'['];
                let x = load(&bytes);
                for (i, &byte) in bytes.iter().enumerate() {
                    let bit = 1u64 << (i * 8 + 7);
                    assert_eq!(capitals(x) & bit != 0, byte.is_ascii_uppercase(), "{byte:#x}");
                    assert_eq!(lowercase(x) & bit != 0, byte.is_ascii_lowercase(), "{byte:#x}");
                    assert_eq!(equal_to(x, b'-') & bit != 0, byte == b'-', "{byte:#x}");
                    let word = byte.is_ascii_alphanumeric() || byte >= 0x80;
                    assert_eq!(word_bytes(x) & bit != 0, word, "{byte:#x}");
                    let lowered = (lower(x) >> (i * 8)) as u8;
                    assert_eq!(lowered, byte.to_ascii_lowercase(), "{byte:#x}");
                }
            }
        }
    }

    #[test]
    fn load_agrees_with_a_byte_by_byte_assembly_at_every_length() {
        let bytes = [0x11u8, 0x82, 0x33, 0xF4, 0x55, 0x06, 0x77, 0x98, 0x29, 0xAA];
        for from in 0..bytes.len() {
            for to in from..=bytes.len() {
                let slice = &bytes[from..to];
                let want = slice
                    .iter()
                    .take(8)
                    .enumerate()
                    .fold(0u64, |x, (i, &b)| x | (u64::from(b) << (8 * i)));
                assert_eq!(load(slice), want, "{from}..{to}");
            }
        }
    }

    #[test]
    fn finds_agree_with_a_byte_by_byte_search_at_every_start() {
        let text = "ab(cd\nEf)  x(Y)\n(((z) Q . tail without more brackets Ó ZZ".as_bytes();
        for from in 0..=text.len() + 2 {
            let rest = || text.iter().enumerate().skip(from);
            let want = rest().find(|(_, &c)| c == b')' || c == b'\n').map(|(i, _)| i);
            assert_eq!(find2(text, from, b')', b'\n'), want, "{from}");
            let want = rest().find(|(_, c)| c.is_ascii_uppercase()).map(|(i, _)| i);
            assert_eq!(find_capital(text, from), want, "{from}");
            let opens = |c: &u8| c.is_ascii_uppercase() || *c >= 0x80;
            let want = rest().find(|(_, c)| opens(c)).map(|(i, _)| i);
            assert_eq!(find_capital_or_non_ascii(text, from), want, "{from}");
        }
    }

    #[test]
    fn load_pads_short_slices_with_zeros() {
        let cases: &[(&[u8], u64)] = &[
            (b"", 0),
            (b"a", 0x61),
            (b"ab", 0x6261),
            (b"abcdefghij", u64::from_le_bytes(*b"abcdefgh")),
        ];
        for &(bytes, want) in cases {
            assert_eq!(load(bytes), want, "{bytes:?}");
        }
    }
}
