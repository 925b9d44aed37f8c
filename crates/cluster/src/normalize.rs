//! Words as clustering sees them: case, quote marks and apostrophes folded away, and the
//! small closed-class words that change between direct and reported speech collapsed.

/// Marks that join the two halves of a word ("Russia's", "Russia´s", "don’t") rather
/// than separate words. Different outlets use different ones for the same statement.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{00B4}' | '\u{02BC}' | '`' | '\u{2032}')
}

/// Double quotation marks of any style.
fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}')
}

/// The statement part of a claim's text: the text before its only quotation mark when that
/// mark closes a quoted sentence (right after `,` `.` `!` `?` or `…`, then a space) and words
/// follow: `no new borrowing," a spokeswoman for the ministry` is a statement whose opening
/// quote was cut off and whose attribution leaked in. The attribution's words would make
/// it look unlike the same statement printed cleanly elsewhere. A text with no quotation
/// mark or several (a mixed claim quoting a phrase) is all statement.
pub(crate) fn statement_part(text: &str) -> &str {
    let first = double_quote_from(text, 0);
    let second = first.and_then(|(at, mark)| double_quote_from(text, at + mark.len_utf8()));
    let (Some((at, mark)), None) = (first, second) else { return text };
    let (before, after) = (text.get(..at).unwrap_or(""), text.get(at + mark.len_utf8()..));
    let closes_sentence = before.ends_with([',', '.', '!', '?', '\u{2026}'])
        && after.is_some_and(|a| a.starts_with(char::is_whitespace));
    let words_follow = after.is_some_and(|a| a.chars().any(char::is_alphanumeric));
    let words_before = before.chars().any(char::is_alphanumeric);
    if closes_sentence && words_follow && words_before {
        before
    } else {
        text
    }
}

/// The first double quotation mark at or after byte `from`, and where it is. Every such mark
/// starts with one of three bytes, which `memchr` finds without decoding characters.
fn double_quote_from(text: &str, from: usize) -> Option<(usize, char)> {
    let mut at = from;
    loop {
        let rest = text.as_bytes().get(at..)?;
        at += memchr::memchr3(b'"', 0xC2, 0xE2, rest)?;
        let c = text.get(at..).and_then(|r| r.chars().next())?;
        if is_double_quote(c) {
            return Some((at, c));
        }
        at += c.len_utf8();
    }
}

/// Calls `f` with a hash of every figure of `text`: a run of digits, with the `.` or `,`
/// between two digits kept inside it ("4.151", "410,000"). Thousands separators are dropped
/// and a decimal part of zeros is cut, so "410,000" and "410000", "11.00" and "11" hash
/// alike; "4-3/4" is the figures 4, 3 and 4.
pub(crate) fn for_each_figure(text: &str, mut f: impl FnMut(u64)) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(rest) = bytes.get(at..) {
        let Some(start) = rest.iter().position(u8::is_ascii_digit) else { return };
        at += start;
        let mut h = FNV_OFFSET;
        // The hash up to the last digit that is not a trailing zero of a decimal part.
        let mut h_kept = FNV_OFFSET;
        let mut decimal = false;
        while let Some(&b) = bytes.get(at) {
            let next_is_digit = bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
            if b.is_ascii_digit() {
                h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                if !(decimal && b == b'0') {
                    h_kept = h;
                }
            } else if b == b'.' && next_is_digit && !decimal {
                h_kept = h;
                decimal = true;
                h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
            } else if !(b == b',' && next_is_digit && !decimal) {
                break;
            }
            at += 1;
        }
        let figure_end = at;
        // "2024/25", "2023-24": the second year of a season written with two digits.
        let starts_year = bytes.get(start_of(at, bytes)..figure_end).is_some_and(is_year);
        f(mix64(if decimal { h_kept } else { h }));
        if starts_year
            && matches!(bytes.get(at), Some(b'/' | b'-'))
            && bytes.get(at + 1..at + 3).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !bytes.get(at + 3).is_some_and(u8::is_ascii_digit)
        {
            let mut year = *b"0000";
            if let (Some(century), Some(tail)) =
                (bytes.get(figure_end - 4..figure_end - 2), bytes.get(at + 1..at + 3))
            {
                year[..2].copy_from_slice(century);
                year[2..].copy_from_slice(tail);
                let h = year
                    .iter()
                    .fold(FNV_OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME));
                f(mix64(h));
                at += 3;
            }
        }
    }
}

/// Where the figure ending at `end` starts: the digits before it.
fn start_of(end: usize, bytes: &[u8]) -> usize {
    let before = bytes.get(..end).unwrap_or(&[]);
    before.iter().rposition(|b| !b.is_ascii_digit()).map_or(0, |p| p + 1)
}

/// Four digits from 1900 to 2099: a year.
fn is_year(digits: &[u8]) -> bool {
    digits.len() == 4 && matches!(digits.get(..2), Some(b"19" | b"20"))
}

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub(crate) const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The splitmix64 finalizer: spreads FNV's weak low bits over the whole word.
#[inline]
pub(crate) fn mix64(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[inline]
fn fnv_char(h: u64, c: char) -> u64 {
    (h ^ u64::from(u32::from(c))).wrapping_mul(FNV_PRIME)
}

/// [`BYTE_CLASS`] of bytes that separate words.
const SEPARATOR: u8 = 0;
/// [`BYTE_CLASS`] of the ASCII apostrophes, skipped inside words.
const ASCII_APOSTROPHE: u8 = 1;
/// [`BYTE_CLASS`] of the bytes of non-ASCII characters, which need decoding.
const NON_ASCII: u8 = 2;

/// By byte: a word byte's lowercase form (always above [`NON_ASCII`]), or its class.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [SEPARATOR; 256];
    let mut b = 0usize;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            byte.to_ascii_lowercase()
        } else if byte == b'\'' || byte == b'`' {
            ASCII_APOSTROPHE
        } else if !byte.is_ascii() {
            NON_ASCII
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table
};

/// Calls `f` with the hash of every word of `text`, in order, without allocating.
///
/// A word is a run of alphanumeric characters, lowercased; apostrophes inside a word are
/// skipped so that every apostrophe variant (and none) hashes alike; everything else
/// (quote marks of any script, punctuation, spaces) separates words.
pub(crate) fn for_each_word_hash(text: &str, mut f: impl FnMut(u64)) {
    let bytes = text.as_bytes();
    let mut at = 0;
    // One word per turn, so that `f` is called from one place (and inlined there).
    loop {
        // Up to the first character of a word: separators, and apostrophes outside words.
        let mut h = FNV_OFFSET;
        loop {
            let Some(&b) = bytes.get(at) else { return };
            // ASCII, nearly all of news text, by table and without decoding characters.
            let class = BYTE_CLASS[usize::from(b)];
            if class > NON_ASCII {
                h = (h ^ u64::from(class)).wrapping_mul(FNV_PRIME);
                at += 1;
                break;
            }
            if class < NON_ASCII {
                at += 1;
                continue;
            }
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { return };
            at += c.len_utf8();
            if c.is_alphanumeric() {
                for l in c.to_lowercase() {
                    h = fnv_char(h, l);
                }
                break;
            }
        }
        // The rest of the word, up to a separator or the end of the text.
        while let Some(&b) = bytes.get(at) {
            let class = BYTE_CLASS[usize::from(b)];
            if class > NON_ASCII {
                h = (h ^ u64::from(class)).wrapping_mul(FNV_PRIME);
                at += 1;
                continue;
            }
            if class < NON_ASCII {
                at += 1;
                if class == SEPARATOR {
                    break;
                }
                continue;
            }
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { break };
            at += c.len_utf8();
            if c.is_alphanumeric() {
                for l in c.to_lowercase() {
                    h = fnv_char(h, l);
                }
            } else if !is_apostrophe(c) {
                break;
            }
        }
        f(mix64(h));
    }
}

/// The hash [`for_each_word_hash`] gives a single word.
pub(crate) fn word_hash(word: &str) -> u64 {
    let mut out = 0;
    for_each_word_hash(word, |h| out = h);
    out
}

/// The number of words of `text` as clustering counts them.
#[cfg(test)]
pub(crate) fn word_count(text: &str) -> usize {
    let mut n = 0usize;
    for_each_word_hash(text, |_| n += 1);
    n
}

/// The number of content words of `text`: words that are neither function words nor
/// reporting verbs, so "the strike ends, he said" counts as much as "the strike ends".
/// `bits` is [`canon_bits`] of `canon`: most words are content words, and one bit test
/// settles them without a search.
pub(crate) fn content_word_count(text: &str, canon: &[(u64, Canon)], bits: &[u64]) -> usize {
    let mut n = 0usize;
    for_each_word_hash(text, |h| {
        if !may_be_canon(bits, h) || canon.binary_search_by_key(&h, |&(k, _)| k).is_err() {
            n += 1;
        }
    });
    n
}

/// A 4096-bit filter of the top twelve bits of the hashes of `canon`: a word whose bit is
/// clear is not in the table (see [`may_be_canon`]).
pub(crate) fn canon_bits(canon: &[(u64, Canon)]) -> Vec<u64> {
    let mut bits = vec![0u64; 64];
    for &(h, _) in canon {
        let bit = (h >> 52) as usize;
        if let Some(w) = bits.get_mut(bit >> 6) {
            *w |= 1u64 << (bit & 63);
        }
    }
    bits
}

/// Whether the word hash `h` may be in the table whose [`canon_bits`] are `bits`.
#[inline]
pub(crate) fn may_be_canon(bits: &[u64], h: u64) -> bool {
    let bit = (h >> 52) as usize;
    bits.get(bit >> 6).is_some_and(|&w| w & (1u64 << (bit & 63)) != 0)
}

/// What a closed-class word becomes before shingling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Canon {
    /// Dropped: reporting verbs left over from attribution ("he said").
    Drop,
    /// Replaced by the hash of its class (a function word, see [`is_function_word`]).
    Class(u64),
    /// Kept, and marked as a function word.
    Function,
}

/// Normalized words carry in their lowest bit whether they are function words, so that
/// shingling needs no second array.
pub(crate) fn is_function_word(word: u64) -> bool {
    word & 1 == 1
}

/// A content word's normalized hash.
pub(crate) fn content_word(hash: u64) -> u64 {
    hash & !1
}

/// Reported speech shifts person ("we" → "they", "our" → "their") and tense ("will" →
/// "would", "is" → "was"); one outlet's "he said" is another's name. Collapsing these
/// closed classes lets word overlap carry the statement itself.
const CLASSES: &[(&str, &[&str])] = &[
    ("\u{1}subject", &["i", "we", "he", "she", "they", "im", "ive", "weve", "theyve", "theyre"]),
    ("\u{1}object", &["me", "us", "him", "them"]),
    ("\u{1}possessive", &["my", "our", "his", "her", "their", "mine", "ours", "hers", "theirs"]),
    ("\u{1}reflexive", &["myself", "ourselves", "himself", "herself", "themselves"]),
    ("\u{1}be", &["is", "are", "am", "was", "were"]),
    ("\u{1}will", &["will", "would", "shall"]),
    ("\u{1}can", &["can", "could"]),
    ("\u{1}may", &["may", "might"]),
    ("\u{1}have", &["have", "has", "had"]),
];

/// Frequent English function words. A 2-gram of two of them ("of the", "it is") says nothing
/// about the statement: claims of one prolific speaker share dozens of them, and containment
/// over such shingles chains unrelated claims together.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "about",
    "as", "and", "or", "but", "if", "so", "than", "then", "that", "this", "these", "those",
    "there", "here", "it", "its", "be", "been", "being", "not", "no", "do", "does", "did", "which",
    "who", "whom", "what", "when", "where", "how", "all", "more", "also", "up", "out", "over",
    "after", "before", "very", "just", "only", "you", "your", "one", "any", "some",
];

/// Reporting verbs: attribution that leaked into a claim's text in one outlet only.
const DROPPED: &[&str] = &["said", "says", "say", "saying", "told", "tells", "added", "adds"];

/// The closed-class table as (word hash, what it becomes), sorted for binary search.
pub(crate) fn canon_table() -> Vec<(u64, Canon)> {
    let mut table = Vec::new();
    for (class, words) in CLASSES {
        // The class name holds a control character, which no word can, so the class
        // hash cannot collide with a real word's.
        let mut h = FNV_OFFSET;
        for c in class.chars() {
            h = fnv_char(h, c);
        }
        let class_hash = mix64(h) | 1;
        for w in *words {
            table.push((word_hash(w), Canon::Class(class_hash)));
        }
    }
    for w in FUNCTION_WORDS {
        table.push((word_hash(w), Canon::Function));
    }
    for w in DROPPED {
        table.push((word_hash(w), Canon::Drop));
    }
    table.sort_unstable_by_key(|&(h, _)| h);
    table.dedup_by_key(|&mut (h, _)| h);
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<u64> {
        let mut v = Vec::new();
        for_each_word_hash(text, |h| v.push(h));
        v
    }

    #[test]
    fn quote_marks_case_and_apostrophes_fold_away() {
        let cases: &[(&str, &str)] = &[
            ("\"Russia's plan\"", "Russia´s plan"),
            ("«RUSSIA’S PLAN»", "“russias plan”"),
            ("don't", "don’t"),
            ("Über-Plan", "über plan"),
        ];
        for (a, b) in cases {
            assert_eq!(words(a), words(b), "{a} vs {b}");
        }
    }

    /// The per-character definition of word hashes that the byte-level scan must match.
    fn reference_words(text: &str) -> Vec<u64> {
        let (mut out, mut h, mut in_word) = (Vec::new(), FNV_OFFSET, false);
        for c in text.chars() {
            if c.is_alphanumeric() {
                for l in c.to_lowercase() {
                    h = fnv_char(h, l);
                }
                in_word = true;
            } else if in_word && is_apostrophe(c) {
                continue;
            } else if in_word {
                out.push(mix64(h));
                (h, in_word) = (FNV_OFFSET, false);
            }
        }
        if in_word {
            out.push(mix64(h));
        }
        out
    }

    #[test]
    fn byte_scan_hashes_words_as_characters_define_them() {
        let cases: &[&str] = &[
            "",
            "Plain ASCII, with punctuation; and 42 numbers.",
            "don't `quote' O'Neill's 'tis",
            "Łódź façade naïve Straße İstanbul",
            "«Guillemets» “curly” — dashes… and € £ ¥ signs",
            "mixed’apostrophe´s and ʼmodifier",
            "日本語のテキスト 한국어 текст",
            "trailing word",
        ];
        for text in cases {
            assert_eq!(words(text), reference_words(text), "{text}");
        }
    }

    #[test]
    fn separators_split_words() {
        let cases: &[(&str, usize)] =
            &[("", 0), ("  ", 0), ("a-b", 2), ("U.S.-led", 3), ("'tis", 1), ("x’", 1), ("«»", 0)];
        for (text, n) in cases {
            assert_eq!(word_count(text), *n, "{text}");
        }
    }

    #[test]
    fn content_words_leave_out_function_words_and_reporting_verbs() {
        let canon = canon_table();
        let cases: &[(&str, usize)] = &[
            ("the strike ends", 2),
            ("“The strike ends,” he said.", 2),
            ("They said it was finished", 1),
            ("", 0),
        ];
        let bits = canon_bits(&canon);
        for (text, n) in cases {
            assert_eq!(content_word_count(text, &canon, &bits), *n, "{text}");
        }
    }

    #[test]
    fn attribution_after_a_closing_quote_is_not_statement() {
        let cases: &[(&str, &str)] = &[
            ("the tram opens in May,\" a spokesman for the city council", "the tram opens in May,"),
            ("the tram opens in May.” the mayor's office", "the tram opens in May."),
            ("Is the tram late?\" asked the councillor", "Is the tram late?"),
            // A quoted phrase inside reported speech, open or closed, is the statement.
            ("the council of \"dragging its feet", "the council of \"dragging its feet"),
            ("the plan was \"dead\" and buried", "the plan was \"dead\" and buried"),
            // A closing mark inside a word, or at the end, cuts nothing.
            ("the 12\" pipes will be replaced", "the 12\" pipes will be replaced"),
            // Other characters with the lead bytes of quotation marks are no marks.
            ("prices rose 5£ — a lot,” a trader", "prices rose 5£ — a lot,"),
            ("the fund — worth 3€ — closes,\" the bank", "the fund — worth 3€ — closes,"),
            ("the tram opens in May,\"", "the tram opens in May,\""),
            (",\" a spokesman said", ",\" a spokesman said"),
            ("", ""),
        ];
        for (text, statement) in cases {
            assert_eq!(statement_part(text), *statement, "{text}");
        }
    }

    fn figures(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        for_each_figure(text, |h| out.push(h));
        out
    }

    #[test]
    fn figures_are_read_whole_and_written_alike() {
        let cases: &[(&str, &str, bool)] = &[
            ("410,000 people", "410000 people", true),
            ("11.00 dlrs", "11 dlrs", true),
            ("rose 4.151 billion", "rose 4.151 bn", true),
            ("a 4-3/4 pct coupon", "coupon 4, 3 and 4", true),
            ("ended 2.5 pct", "ended 25 pct", false),
            ("ended 2.5 pct", "ended 2 pct", false),
            ("ended 2.05", "ended 2.5", false),
            ("on March 9.", "on March 9", true),
            ("1,5", "15", true),
            ("the 2024/25 season", "the 2024-2025 season", true),
            ("in 2023-24", "in 2023 and 2024", true),
            ("pages 1210-25", "pages 1210 and 1225", false),
            ("no figures", "", true),
        ];
        for (a, b, alike) in cases {
            assert_eq!(figures(a) == figures(b), *alike, "{a} / {b}");
        }
        assert_eq!(figures("from 2.727 to 4.151 on Feb 25").len(), 3);
    }

    #[test]
    fn canon_table_has_no_conflicting_entries() {
        let t = canon_table();
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(t.iter().any(|&(h, c)| h == word_hash("of") && c == Canon::Function));
        assert!(t.iter().any(|&(h, c)| h == word_hash("said") && c == Canon::Drop));
    }
}
