//! A folded copy of a text for matching, with a map back to the original byte offsets.
//!
//! Folding turns typographic apostrophes, quotes and dashes into ASCII and strips the
//! diacritics of common Latin letters ("Erdoğan" → "Erdogan"), so one pattern matches every
//! spelling. Case is kept: case-insensitive patterns are matched ignoring ASCII case.
//! Pure ASCII text (the common case) is used as it is, without a copy.

use std::borrow::Cow;
use std::cell::Cell;

/// A folded text and, when offsets differ from the original, where they differ.
pub(crate) struct Folded<'a> {
    pub(crate) text: Cow<'a, str>,
    /// One entry per non-ASCII character of the original, in order: a sparse map rather
    /// than one original offset per byte, which cost more than the folding itself.
    changes: Vec<Change>,
    /// Per block of [`BLOCK`] folded bytes: how many changes start before the block, so that
    /// a lookup searches only one block's changes (a text full of typographic quotes has
    /// thousands of changes, and every mention maps two offsets).
    blocks: Vec<u32>,
    original_len: usize,
    /// Whether some line break of the original may have become a space (a line wrapped
    /// inside a paragraph): if not, no gap of spaces in the folded text spans a line break.
    /// Always set for a text of plain ASCII, whose offsets map back for nothing anyway.
    joins_lines: bool,
}

const BLOCK: usize = 64;

/// The `blocks` index of `changes` over a folded text of `len` bytes.
fn block_index(changes: &[Change], len: usize) -> Vec<u32> {
    if changes.is_empty() {
        return Vec::new();
    }
    let mut blocks = Vec::with_capacity(len / BLOCK + 2);
    let mut i = 0;
    for k in 0..=len / BLOCK + 1 {
        while changes.get(i).is_some_and(|c| c.folded_start < k * BLOCK) {
            i += 1;
        }
        blocks.push(u32::try_from(i).unwrap_or(u32::MAX));
    }
    blocks
}

/// One character whose folded bytes do not map one to one onto the original's.
#[derive(Clone, Copy, Debug)]
struct Change {
    folded_start: usize,
    folded_len: usize,
    original_start: usize,
    original_len: usize,
}

impl Folded<'_> {
    /// The original offset of a folded offset; every byte of a folded character maps to the
    /// start of the original character.
    pub(crate) fn original(&self, at: usize) -> usize {
        let block = at / BLOCK;
        let i = match (self.blocks.get(block), self.blocks.get(block + 1)) {
            (Some(&from), Some(&to)) => {
                let (from, to) = (from as usize, to as usize);
                let within = self.changes.get(from..to).unwrap_or(&[]);
                from + within.partition_point(|c| c.folded_start <= at)
            }
            _ => self.changes.partition_point(|c| c.folded_start <= at),
        };
        self.original_after(i, at)
    }

    /// Whether some line break of the original may have become a space (a line wrapped
    /// inside a paragraph): if not, a gap of spaces in the folded text holds no line break of
    /// the original. Exact for a text with characters outside ASCII, where mapping a gap back
    /// costs a lookup; always true for one of plain ASCII that needed a copy.
    pub(crate) fn joins_lines(&self) -> bool {
        self.joins_lines
    }

    /// A reader of [`Folded::original`] for offsets asked mostly in ascending order (the
    /// roles of a text, its sorted head nouns): it keeps its place among the changes, so an
    /// offset costs a step or two forward instead of a block lookup and a binary search.
    pub(crate) fn originals(&self) -> Originals<'_> {
        Originals { changes: &self.changes, folded: self, next: Cell::new(0), last: Cell::new(0) }
    }

    /// The original offset of folded `at`, given `i`, the number of changes that start at or
    /// before it.
    fn original_after(&self, i: usize, at: usize) -> usize {
        let Some(c) = i.checked_sub(1).and_then(|i| self.changes.get(i)) else {
            return at.min(self.original_len);
        };
        let folded_end = c.folded_start + c.folded_len;
        if at < folded_end {
            return c.original_start;
        }
        (c.original_start + c.original_len + (at - folded_end)).min(self.original_len)
    }
}

/// See [`Folded::originals`]. Its place is kept in cells, so that a walk that holds the fold
/// behind a shared reference can keep one.
pub(crate) struct Originals<'f> {
    changes: &'f [Change],
    folded: &'f Folded<'f>,
    /// The number of changes that start at or before `last`.
    next: Cell<usize>,
    last: Cell<usize>,
}

impl Originals<'_> {
    /// [`Folded::original`] of `at`; an offset before the previous one is looked up afresh.
    pub(crate) fn original(&self, at: usize) -> usize {
        if self.changes.is_empty() {
            return at.min(self.folded.original_len);
        }
        if at < self.last.get() {
            return self.folded.original(at);
        }
        self.last.set(at);
        let mut next = self.next.get();
        while self.changes.get(next).is_some_and(|c| c.folded_start <= at) {
            next += 1;
        }
        self.next.set(next);
        self.folded.original_after(next, at)
    }
}

/// The ASCII stand-in for a character, if it has one.
pub(crate) fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{00B4}' | '\u{02BC}'
        | '\u{02B9}' | '\u{2032}' | '\u{0060}' | '\u{FF07}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => "-",
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' => " ",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'Ç' | 'Ć' | 'Č' | 'Ĉ' | 'Ċ' => "C",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        // South Slavic "Đ" is "Dj" in English text ("Đoković", "Djokovic"); same byte length.
        'Ď' => "D",
        'Đ' => "Dj",
        'ď' => "d",
        'đ' => "dj",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'Ğ' | 'Ĝ' | 'Ġ' | 'Ģ' => "G",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' | 'Į' => "I",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => "i",
        'Ł' | 'Ľ' | 'Ĺ' => "L",
        'ł' | 'ľ' | 'ĺ' => "l",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ñ' | 'ń' | 'ň' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ř' | 'Ŕ' => "R",
        'ř' | 'ŕ' => "r",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ť' | 'ţ' | 'ț' => "t",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ý' | 'Ÿ' => "Y",
        'ý' | 'ÿ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        _ => return None,
    })
}

/// What a tab, carriage return or line break becomes: a space, except the line breaks of a
/// blank line, which stay so that names never run across paragraphs. A single line break is
/// a wrap inside a paragraph ("Hong\nKong") and must match a pattern's space.
fn fold_space(bytes: &[u8], i: usize) -> u8 {
    if bytes.get(i) != Some(&b'\n') {
        return b' ';
    }
    let blank = |b: &u8| !matches!(b, b' ' | b'\t' | b'\r');
    let after = bytes.get(i + 1..).and_then(|rest| rest.iter().find(|b| blank(b)));
    let before = bytes.get(..i).and_then(|head| head.iter().rev().find(|b| blank(b)));
    if after == Some(&b'\n') || before == Some(&b'\n') {
        b'\n'
    } else {
        b' '
    }
}

/// Whether a byte starts something [`fold`] changes: a non-ASCII character, a tab, a carriage
/// return or a line break.
fn needs_fold(b: u8) -> bool {
    !b.is_ascii() || matches!(b, b'\n' | b'\r' | b'\t')
}

/// The position of the first byte at or after `from` that [`needs_fold`], or the length: a
/// vector test per 32 bytes, then eight-byte steps inside the chunk that holds a candidate
/// (most text is long runs of plain ASCII).
fn next_to_fold(bytes: &[u8], from: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Some byte has its high bit set, or is below 14 (tab, line break and carriage return
    // are 9, 10 and 13): those eight are looked at one by one.
    let candidates = |x: u64| (x & HIGH) | (x.wrapping_sub(0x0E0E_0E0E_0E0E_0E0E) & !x & HIGH);
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 32).and_then(|c| <&[u8; 32]>::try_from(c).ok()) {
        if crate::vector::any_control_or_non_ascii(chunk) {
            for (k, eight) in chunk.chunks_exact(8).enumerate() {
                let x = crate::swar::load(eight);
                if candidates(x) != 0 {
                    if let Some(p) = eight.iter().position(|&b| needs_fold(b)) {
                        return at + 8 * k + p;
                    }
                }
            }
        }
        at += 32;
    }
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = crate::swar::load(chunk);
        if candidates(x) != 0 {
            if let Some(p) = chunk.iter().position(|&b| needs_fold(b)) {
                return at + p;
            }
        }
        at += 8;
    }
    let rest = bytes.get(at..).unwrap_or(&[]);
    at + rest.iter().position(|&b| needs_fold(b)).unwrap_or(rest.len())
}

/// Folds `text`; linear in its length (a run of spaces between line breaks is looked at
/// twice at most).
pub(crate) fn fold(text: &str) -> Folded<'_> {
    let bytes = text.as_bytes();
    if text.is_ascii() {
        let first = next_to_fold(bytes, 0);
        if first >= bytes.len() {
            return Folded {
                text: Cow::Borrowed(text),
                changes: Vec::new(),
                blocks: Vec::new(),
                original_len: text.len(),
                joins_lines: false,
            };
        }
        // Same length, same offsets: no map needed.
        let mut out = bytes.to_vec();
        let mut i = first;
        while let Some(b) = out.get_mut(i) {
            *b = fold_space(bytes, i);
            i = next_to_fold(bytes, i + 1);
        }
        let text = String::from_utf8(out).unwrap_or_else(|_| text.to_string());
        return Folded {
            text: Cow::Owned(text),
            changes: Vec::new(),
            blocks: Vec::new(),
            original_len: bytes.len(),
            joins_lines: true,
        };
    }
    let mut out = String::with_capacity(text.len());
    // One change per non-ASCII character, that is per UTF-8 lead byte: sized up front, since
    // growing a large vector after a big gazetteer was built (a fragmented heap) cost more
    // than this count.
    let mut changes = Vec::with_capacity(crate::vector::lead_bytes(bytes));
    let mut joins_lines = false;
    let mut at = 0;
    while at < text.len() {
        // Copy the run of plain ASCII bytes up to the next byte that needs folding in bulk.
        let run = next_to_fold(bytes, at);
        out.push_str(text.get(at..run).unwrap_or(""));
        // The typographic quotes and dashes of news text, E2 80 xx, fold to one ASCII byte:
        // read off their third byte instead of decoding them and searching [`fold_char`].
        let typographic = match bytes.get(run..run + 3) {
            Some(&[0xE2, 0x80, third]) => match third {
                0x90..=0x95 => Some(b'-'),
                0x98..=0x9B => Some(b'\''),
                0x9C..=0x9F => Some(b'"'),
                _ => None,
            },
            _ => None,
        };
        if let Some(ascii) = typographic {
            changes.push(Change {
                folded_start: out.len(),
                folded_len: 1,
                original_start: run,
                original_len: 3,
            });
            out.push(char::from(ascii));
            at = run + 3;
            continue;
        }
        let Some(c) = text.get(run..).and_then(|rest| rest.chars().next()) else { break };
        let before = out.len();
        match c {
            '\n' | '\r' | '\t' => {
                let space = fold_space(bytes, run);
                joins_lines |= space == b' ' && c == '\n';
                out.push(char::from(space));
            }
            _ => match fold_char(c) {
                Some(s) => out.push_str(s),
                None => out.push(c),
            },
        }
        if !c.is_ascii() {
            changes.push(Change {
                folded_start: before,
                folded_len: out.len() - before,
                original_start: run,
                original_len: c.len_utf8(),
            });
        }
        at = run + c.len_utf8();
    }
    let blocks = block_index(&changes, out.len());
    Folded { text: Cow::Owned(out), changes, blocks, original_len: text.len(), joins_lines }
}

/// [`fold_pattern`], borrowed when folding would not change the name (plain ASCII with
/// single inner spaces), which is most names.
pub(crate) fn fold_name(name: &str) -> Cow<'_, str> {
    let bytes = name.as_bytes();
    let plain = bytes.iter().all(|&b| b.is_ascii() && b != b'`' && !(0x09..=0x0D).contains(&b))
        && bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !bytes.windows(2).any(|w| w == b"  ");
    if plain {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(fold_changed(name))
    }
}

/// Folds a pattern the same way as a text (patterns are short; allocation is fine here).
pub(crate) fn fold_pattern(pattern: &str) -> String {
    fold_name(pattern).into_owned()
}

fn fold_changed(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut last_space = true;
    if pattern.is_ascii() {
        // The common case, byte by byte: of ASCII only whitespace and '`' change.
        for &b in pattern.trim().as_bytes() {
            if b == b' ' || (0x09..=0x0D).contains(&b) {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
                continue;
            }
            last_space = false;
            out.push(if b == b'`' { '\'' } else { char::from(b) });
        }
        return out;
    }
    for c in pattern.trim().chars() {
        let s = fold_char(c);
        // Collapse inner whitespace runs, so "Bashar  al-Assad" in a file still matches.
        if c.is_whitespace() || s == Some(" ") {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        match s {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forward reader maps every offset as the lookup does, asked in order, and falls
    /// back to the lookup for an offset before the previous one.
    #[test]
    fn originals_in_order_map_as_original_does() {
        let texts = [
            "plain ascii text",
            "Erdo\u{11f}an met \u{201C}Mu\u{f1}oz\u{201D} \u{2014} twice.\nThen \u{d0}okovi\u{107}",
            &"caf\u{e9} \u{2018}x\u{2019} ".repeat(40),
        ];
        for text in texts {
            let f = fold(text);
            let reader = f.originals();
            for at in 0..=f.text.len() + 2 {
                assert_eq!(reader.original(at), f.original(at), "{text:?} at {at}");
            }
            for at in [5, 3, 0, 9] {
                assert_eq!(reader.original(at), f.original(at), "{text:?} back at {at}");
            }
        }
    }

    /// Only a line break that folds to a space joins lines; a blank line's stay. A text of
    /// plain ASCII says it may whenever it needed a copy.
    #[test]
    fn joins_lines_says_whether_a_line_break_became_a_space() {
        let cases = [
            ("one line", false),
            ("Hong\nKong", true),
            ("first.\n\nSecond.", true),
            ("tab\there", true),
            ("\u{201C}Quote\u{201D}\nwrapped", true),
            ("\u{201C}Quote\u{201D}\r\nwrapped", true),
            ("\u{201C}Quote\u{201D}\n \nnext", false),
            ("\u{201C}Quote\u{201D}\r\n\r\nnext", false),
            ("caf\u{e9}\ttab", false),
        ];
        for (text, want) in cases {
            assert_eq!(fold(text).joins_lines(), want, "{text:?}");
        }
    }

    #[test]
    fn folding_maps_back_to_original_offsets() {
        let cases: &[(&str, &str)] = &[
            ("Russia\u{2019}s", "Russia's"),
            ("Russia\u{00B4}s", "Russia's"),
            ("Erdo\u{011F}an said", "Erdogan said"),
            ("plain ASCII", "plain ASCII"),
            ("a \u{2014} b", "a - b"),
            ("Hong\nKong", "Hong Kong"),
            ("a\r\nb\tc", "a  b c"),
            ("end.\n\nNext", "end.\n\nNext"),
            ("end.\n \r\nNext\u{2019}", "end.\n  \nNext'"),
        ];
        for (input, want) in cases {
            let f = fold(input);
            assert_eq!(f.text, *want, "{input}");
            assert_eq!(f.original(f.text.len()), input.len(), "{input}");
            // Every folded char boundary maps onto an original char boundary.
            for (i, _) in f.text.char_indices() {
                assert!(input.is_char_boundary(f.original(i)), "{input} at {i}");
            }
        }
    }

    #[test]
    fn block_index_maps_like_a_search_over_all_changes() {
        // Many changes across many blocks, of every width: quotes (3 bytes to 1), "ß" (2 to
        // 2), unfolded Cyrillic (2 to 2), line breaks (no change entry).
        let unit =
            "\u{201C}Stra\u{00DF}e\u{201D} \u{0434}a\n x\u{2019}s \u{00E9}t\u{00E9} plain words ";
        let text = unit.repeat(40);
        let f = fold(&text);
        assert!(!f.blocks.is_empty());
        let plain = Folded {
            text: f.text.clone(),
            changes: f.changes.clone(),
            blocks: Vec::new(),
            original_len: f.original_len,
            joins_lines: f.joins_lines,
        };
        for at in 0..=f.text.len() + 3 {
            assert_eq!(f.original(at), plain.original(at), "at {at}");
        }
    }

    #[test]
    fn next_to_fold_finds_the_first_byte_to_fold_past_eight_byte_chunks() {
        let cases: &[(&str, usize, usize)] = &[
            ("plain ascii text without anything", 0, 33),
            ("plain ascii text\nwith a break", 0, 16),
            ("plain ascii text\nwith a break", 17, 29),
            ("0123456789abcdef\tx", 3, 16),
            ("0123456\r", 0, 7),
            ("vertical\u{000B}tab and bell\u{0007} are kept", 0, 31),
            ("caf\u{00E9} and more text here", 0, 3),
            ("twelve bytes \u{2019}", 0, 13),
            ("", 0, 0),
            ("short", 9, 9),
        ];
        for &(text, from, want) in cases {
            assert_eq!(next_to_fold(text.as_bytes(), from), want.max(from), "{text:?} from {from}");
        }
    }

    /// The quotes and dashes read off their bytes fold as the table says, and map back.
    #[test]
    fn typographic_quotes_and_dashes_fold_as_the_table() {
        for c in ('\u{2000}'..='\u{203F}').chain(['\u{00E9}', '\u{00A0}']) {
            let text = format!("a{c}b{c}");
            let folded = fold(&text);
            let want = fold_char(c).map_or_else(|| c.to_string(), str::to_string);
            assert_eq!(folded.text, format!("a{want}b{want}"), "{c:?}");
            let second = 1 + want.len() + 1;
            assert_eq!(folded.original(second), 1 + c.len_utf8() + 1, "{c:?}");
            assert_eq!(folded.original(second + want.len()), text.len(), "{c:?}");
        }
    }

    #[test]
    fn pattern_folding_collapses_spaces() {
        assert_eq!(fold_pattern("  Bashar \t al-Assad "), "Bashar al-Assad");
        assert_eq!(fold_pattern("O`Brien\r\n\x0B Jr."), "O'Brien Jr.");
        assert_eq!(fold_pattern("\u{00A0}Bashar\u{00A0}\u{00A0}al-Assad"), "Bashar al-Assad");
        assert_eq!(fold_pattern("Recep Tayyip Erdo\u{011F}an"), "Recep Tayyip Erdogan");
    }

    #[test]
    fn fold_name_is_fold_changed_borrowed_when_nothing_changes() {
        let cases: &[(&str, bool)] = &[
            ("Sergei Lavrov", true),
            ("U.S. Department of Defense", true),
            ("Recep Tayyip Erdo\u{011F}an", false),
            ("Bashar  al-Assad", false),
            (" Kerry", false),
            ("Kerry ", false),
            ("O`Brien", false),
            ("Tab\tName", false),
            ("", true),
        ];
        for &(name, borrowed) in cases {
            let folded = fold_name(name);
            assert_eq!(folded, fold_changed(name), "{name:?}");
            assert_eq!(matches!(folded, Cow::Borrowed(_)), borrowed, "{name:?}");
        }
    }
}
