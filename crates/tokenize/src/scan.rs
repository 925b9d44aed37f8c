//! The single pass over one paragraph that finds its tokens, quotations and sentences.
//!
//! Tokens, quotation marks and sentence ends are decided together because each needs the
//! others: whether `’` is an apostrophe (part of a word) or a closing quotation mark depends
//! on the open quotations, and whether a period ends a sentence depends on the word it
//! belongs to and on the token that follows the closing marks.

use crate::lexicon::{AbbreviationKind, Lexicon};
use crate::words::{is_apostrophe, possessive_stem, starts_lowercase, starts_uppercase};
use crate::{Paragraph, QuoteSpan, Sentence, Token, TokenKind, Tokens};
use whosaid_core::Span;

/// Deeper nesting than this is not tracked: the extra opening marks stay plain tokens.
/// Bounding the stack keeps the pass linear on texts made of nothing but quotation marks.
const MAX_QUOTE_DEPTH: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug)]
struct OpenQuote {
    family: Family,
    /// Index into `Tokens::quotes` (depth 0) or `Tokens::inner_quotes`.
    slot: usize,
    nested: bool,
}

/// What a token means to the sentence splitter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// `.`, `!`, `?`, `...`, `…`.
    Terminator,
    /// A word that ends with its own period; the flag tells whether it starts uppercase.
    Abbreviation(AbbrevClass, bool),
    /// A closing quotation mark or bracket: stays in the sentence it follows.
    Closer,
    /// An opening quotation mark.
    Opener,
    /// A word starting with an uppercase letter that does not continue a name.
    Capitalized,
    /// A word starting with an uppercase letter that usually continues a name ("Department").
    Continuation,
    /// A word starting with a lowercase letter, or `,` `;` `:`.
    Lowercase,
    /// Anything else (numbers, other punctuation, uncased words).
    Plain,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AbbrevClass {
    /// Never ends a sentence before a following token ("Gen.", "J.").
    Title,
    /// Ends a sentence before a capitalized, non-continuation word or an opening quote.
    Other,
    /// A capitalized dotted initialism ("U.S."), usually part of a name: ends a sentence
    /// only before a listed sentence starter ("The", "He") or an opening quote.
    Initialism,
}

#[derive(Clone, Copy, Debug)]
struct Pending {
    /// The last token of the sentence if it ends here.
    last: usize,
    class: Option<AbbrevClass>,
}

pub(crate) struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    lexicon: &'a Lexicon,
    /// Paragraph bounds.
    start: usize,
    end: usize,
    paragraph: usize,
    out: &'a mut Tokens,
    stack: Vec<OpenQuote>,
    sentence_start: usize,
    pending: Option<Pending>,
    space_before: bool,
    first_token: usize,
    first_quote: usize,
    /// Where the next `’` in closing position is, at or after some earlier point of the
    /// paragraph (`usize::MAX` for none); cached so the look-ahead stays linear.
    next_single_close: Option<usize>,
    /// Whether plain ASCII words take the fast path (tests turn it off to compare).
    pub(crate) fast_words: bool,
}

/// Words written with a leading apostrophe, which a misplaced `‘` must not turn into a
/// quotation ("‘em", "‘til"). Matched without regard to ASCII case.
const ELISIONS: &[&str] = &["em", "cause", "cos", "til", "tis", "twas", "n", "bout", "nuff"];

/// An ASCII letter or digit.
const ALNUM: u8 = 1;
/// An ASCII digit.
const DIGIT: u8 = 2;
/// ASCII whitespace as the scanner counts it (not every Unicode space).
const SPACE: u8 = 4;
/// A byte after a run of letters that may extend a word (`.`, `-`, an apostrophe, or any
/// non-ASCII byte, which may start a letter, a dash or an apostrophe).
const JOINS_WORD: u8 = 8;
/// A byte after a run of digits that may extend a number (`,` `:` `%` too).
const JOINS_NUMBER: u8 = 16;

/// Byte classes for the main loop and the ASCII fast path of word scanning.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_digit() {
            ALNUM | DIGIT
        } else if byte.is_ascii_alphabetic() {
            ALNUM
        } else if matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            SPACE
        } else if matches!(byte, b'.' | b'-' | b'\'' | b'`') || !byte.is_ascii() {
            JOINS_WORD | JOINS_NUMBER
        } else if matches!(byte, b',' | b':' | b'%') {
            JOINS_NUMBER
        } else {
            0
        };
        b += 1;
    }
    table
};

/// A byte with only its high bit set, in every lane of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// One in every lane of a `u64`.
const LOW_BITS: u64 = 0x0101_0101_0101_0101;

/// For eight bytes read as one little-endian `u64`: the high bit of each byte is set when
/// that byte is at least `floor` (for `floor` up to 128; bytes of 128 and over always are).
/// Setting each lane's high bit first keeps one lane's subtraction from borrowing from the
/// next.
#[inline]
fn lanes_at_least(lanes: u64, floor: u8) -> u64 {
    (lanes | HIGH_BITS).wrapping_sub(LOW_BITS.wrapping_mul(u64::from(floor))) & HIGH_BITS
}

/// The high bit of each byte of `lanes` set when that byte is an ASCII letter or digit.
#[inline]
fn alnum_lanes(lanes: u64) -> u64 {
    let digit = lanes_at_least(lanes, b'0') & !lanes_at_least(lanes, b'9' + 1);
    // Setting bit 5 folds A-Z onto a-z and nothing else onto a-z.
    let folded = lanes | (LOW_BITS * 0x20);
    let letter = lanes_at_least(folded, b'a') & !lanes_at_least(folded, b'z' + 1);
    (digit | letter) & !lanes & HIGH_BITS
}

/// The length of the run of ASCII letters and digits that `bytes` starts with, eight bytes
/// at a time: most words are shorter than that, so one step finds where they end.
#[inline]
fn alnum_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..).and_then(|rest| rest.first_chunk::<8>()) {
        let others = !alnum_lanes(u64::from_le_bytes(*chunk)) & HIGH_BITS;
        if others != 0 {
            return n + (others.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    let tail = bytes.get(n..).unwrap_or(&[]);
    n + tail.iter().take_while(|&&b| BYTE_CLASS[usize::from(b)] & ALNUM != 0).count()
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General Punctuation (quotes, dashes, odd spaces): skip the Unicode tables, which
        // dominate quote-heavy text. Zero-width (non-)joiners sit inside Persian and Indic
        // words.
        matches!(c, '\u{200C}' | '\u{200D}')
    } else {
        // Combining accents (decomposed "é") and soft hyphens are inside words.
        c.is_alphanumeric() || ('\u{300}'..='\u{36F}').contains(&c) || c == '\u{AD}'
    }
}

/// Whether `bytes[at]` is an ASCII letter or digit.
#[inline]
fn alnum_after_char(bytes: &[u8], at: usize) -> bool {
    bytes.get(at).is_some_and(|&b| BYTE_CLASS[usize::from(b)] & ALNUM != 0)
}

/// Whether `b` continues a UTF-8 character (is not its first byte).
#[inline]
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The character whose UTF-8 encoding starts at `bytes[i]` and fits in `bytes`, decoded
/// without the checks of `str::chars` (`bytes` comes from a `str`, so it is valid UTF-8);
/// `None` when `i` is not the first byte of a character that ends within `bytes`.
#[inline]
fn decode_at(bytes: &[u8], i: usize) -> Option<char> {
    let lead = *bytes.get(i)?;
    let low = |b: u8| u32::from(b & 0x3F);
    let code = match lead {
        0x00..=0x7F => return Some(char::from(lead)),
        0xC0..=0xDF => {
            let &[b1] = bytes.get(i + 1..i + 2)? else { return None };
            (u32::from(lead & 0x1F) << 6) | low(b1)
        }
        0xE0..=0xEF => {
            let &[b1, b2] = bytes.get(i + 1..i + 3)? else { return None };
            (u32::from(lead & 0x0F) << 12) | (low(b1) << 6) | low(b2)
        }
        0xF0..=0xF7 => {
            let &[b1, b2, b3] = bytes.get(i + 1..i + 4)? else { return None };
            (u32::from(lead & 0x07) << 18) | (low(b1) << 12) | (low(b2) << 6) | low(b3)
        }
        _ => return None,
    };
    char::from_u32(code)
}

#[inline]
fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        // The marks first: `is_whitespace` looks non-ASCII characters up in a table.
        Some(c) => {
            matches!(c, '(' | '[' | '{' | '-' | '–' | '—' | '/' | '“' | '‘' | '„' | '«')
                || c.is_whitespace()
        }
    }
}

#[inline]
fn closes_before(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => {
            matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '-'
                    | '–'
                    | '—'
                    | '…'
                    | '”'
                    | '’'
                    | '»'
                    | '"'
                    | '\''
            ) || c.is_whitespace()
        }
    }
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(text: &'a str, lexicon: &'a Lexicon, out: &'a mut Tokens) -> Scanner<'a> {
        Scanner {
            text,
            bytes: text.as_bytes(),
            lexicon,
            start: 0,
            end: 0,
            paragraph: 0,
            out,
            stack: Vec::with_capacity(MAX_QUOTE_DEPTH),
            sentence_start: 0,
            pending: None,
            space_before: false,
            first_token: 0,
            first_quote: 0,
            next_single_close: None,
            fast_words: true,
        }
    }

    #[inline]
    fn byte(&self, i: usize) -> Option<u8> {
        if i < self.end {
            self.bytes.get(i).copied()
        } else {
            None
        }
    }

    /// The character at byte `i` of the paragraph (`None` past its end or off a char
    /// boundary).
    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        match self.byte(i) {
            Some(b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => decode_at(self.bytes.get(..self.end).unwrap_or(&[]), i),
            None => None,
        }
    }

    /// The character before byte `i` of the paragraph (`None` at its start or off a char
    /// boundary).
    #[inline]
    fn char_before(&self, i: usize) -> Option<char> {
        if i <= self.start {
            return None;
        }
        let last = *self.bytes.get(i - 1)?;
        if last.is_ascii() {
            // After an ASCII byte, `i` is a char boundary.
            return Some(char::from(last));
        }
        if self.bytes.get(i).is_some_and(|&b| is_continuation(b)) {
            return None;
        }
        // Back over the continuation bytes (at most three) to the character's first byte.
        let mut lead = i - 1;
        while lead > self.start && self.bytes.get(lead).is_some_and(|&b| is_continuation(b)) {
            lead -= 1;
        }
        decode_at(self.bytes.get(..i).unwrap_or(&[]), lead)
    }

    /// Scans paragraph `span` (already trimmed, on char boundaries). Returns whether it ended
    /// inside an unclosed quotation.
    pub(crate) fn paragraph(&mut self, span: Span, continues_quote: bool) -> bool {
        self.start = span.start;
        self.end = span.end;
        self.paragraph = self.out.paragraphs.len();
        self.stack.clear();
        self.pending = None;
        self.space_before = false;
        self.first_token = self.out.tokens.len();
        self.first_quote = self.out.quotes.len();
        self.next_single_close = None;
        self.sentence_start = self.first_token;
        let first_sentence = self.out.sentences.len();

        let bytes: &'a [u8] = self.bytes;
        let paragraph = bytes.get(..span.end).unwrap_or(&[]);
        let mut i = span.start;
        while let Some(&b) = paragraph.get(i) {
            let class = BYTE_CLASS[usize::from(b)];
            i = if class & SPACE != 0 {
                // Whitespace runs are skipped in one go; they only matter as `space_before`.
                self.space_before = true;
                let run = paragraph.get(i + 1..).unwrap_or(&[]);
                i + 1 + run.iter().take_while(|&&b| BYTE_CLASS[usize::from(b)] & SPACE != 0).count()
            } else if class & ALNUM != 0 {
                self.ascii_word(paragraph, i, class & DIGIT != 0)
            } else if b.is_ascii() {
                self.ascii(i, b)
            } else {
                self.wide(i)
            };
        }

        self.finish_sentence(self.out.tokens.len());
        let mut unclosed = false;
        while let Some(open) = self.stack.pop() {
            unclosed = !open.nested;
            self.close_quote(open, self.end, self.end, false);
        }
        if continues_quote {
            self.mark_continuation();
        }
        self.out
            .paragraphs
            .push(Paragraph { span, sentences: first_sentence..self.out.sentences.len() });
        unclosed
    }

    /// The newswire convention: an unclosed quotation at the end of the previous paragraph
    /// goes on when this paragraph starts with an opening mark.
    fn mark_continuation(&mut self) {
        let Some(first) = self.out.tokens.get(self.first_token) else { return };
        if first.kind != TokenKind::Quote {
            return;
        }
        let at = first.span().start;
        if let Some(q) = self.out.quotes.get_mut(self.first_quote) {
            if q.span.start == at {
                q.continues = true;
            }
        }
    }

    fn ascii(&mut self, i: usize, b: u8) -> usize {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => {
                self.space_before = true;
                let mut j = i + 1;
                while matches!(self.byte(j), Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)) {
                    j += 1;
                }
                j
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => self.word(i, i),
            b'"' => self.straight_double(i),
            b'.' => {
                if self.byte(i + 1) == Some(b'.') && self.byte(i + 2) == Some(b'.') {
                    let mut j = i + 3;
                    while self.byte(j) == Some(b'.') {
                        j += 1;
                    }
                    self.push(i, j, TokenKind::Punct, Role::Terminator)
                } else if self.byte(i + 1) == Some(b' ')
                    && self.byte(i + 2) == Some(b'.')
                    && self.byte(i + 3) == Some(b' ')
                    && self.byte(i + 4) == Some(b'.')
                {
                    // The spaced ellipsis of print style (". . .") is one token.
                    let mut j = i + 5;
                    while self.byte(j) == Some(b' ') && self.byte(j + 1) == Some(b'.') {
                        j += 2;
                    }
                    self.push(i, j, TokenKind::Punct, Role::Terminator)
                } else if self.byte(i + 1).is_some_and(|n| n.is_ascii_digit())
                    && !self.char_before(i).is_some_and(is_word_char)
                {
                    self.word(i, i)
                } else {
                    self.push(i, i + 1, TokenKind::Punct, Role::Terminator)
                }
            }
            b'!' | b'?' => {
                let mut j = i + 1;
                while matches!(self.byte(j), Some(b'!' | b'?')) {
                    j += 1;
                }
                self.push(i, j, TokenKind::Punct, Role::Terminator)
            }
            b'-' => {
                let mut j = i + 1;
                while self.byte(j) == Some(b'-') {
                    j += 1;
                }
                self.push(i, j, TokenKind::Punct, Role::Plain)
            }
            b'\'' | b'`' => {
                if self.leading_elision(i + 1) {
                    self.word(i, i + 1)
                } else if self.char_at(i + 1).is_some_and(is_word_char) {
                    // A straight single quotation mark ('ready'): not a quotation here, but
                    // not part of the word either, so the word matches names.
                    self.push(i, i + 1, TokenKind::Punct, Role::Plain)
                } else {
                    // Not a quotation mark, but right after `.` it closes a straight-quoted
                    // sentence (`'I'm fine.' Then`), so it stays with that sentence.
                    self.push(i, i + 1, TokenKind::Punct, Role::Closer)
                }
            }
            b')' | b']' | b'}' => self.push(i, i + 1, TokenKind::Punct, Role::Closer),
            b',' | b';' | b':' => self.push(i, i + 1, TokenKind::Punct, Role::Lowercase),
            _ => self.push(i, i + 1, TokenKind::Punct, Role::Plain),
        }
    }

    fn wide(&mut self, i: usize) -> usize {
        let Some(c) = self.char_at(i) else {
            // Not a char boundary: cannot happen for spans checked by the caller, but never
            // loop forever or panic on it.
            return i + 1;
        };
        let len = c.len_utf8();
        match c {
            '“' | '”' | '„' | '«' | '»' => self.curly_double(i, c),
            '‘' => {
                let next = self.char_at(i + len);
                if self.leading_elision(i + len) {
                    // "‘90s", "‘em", "‘cause": a misplaced apostrophe. Opening a quotation
                    // there would hide the quotations after it in the paragraph.
                    self.word(i, i + len)
                } else if next.is_some_and(|n| !n.is_whitespace()) {
                    self.open_quote(i, i + len, Family::Single)
                } else {
                    self.push(i, i + len, TokenKind::Punct, Role::Plain)
                }
            }
            _ if is_apostrophe(c) => {
                if c == '’' && self.single_open() && !opens_after(self.char_before(i)) {
                    self.close_single(i, i + len)
                } else if self.leading_elision(i + len) {
                    self.word(i, i + len)
                } else if self.char_at(i + len).is_some_and(is_word_char) {
                    self.push(i, i + len, TokenKind::Punct, Role::Plain)
                } else {
                    self.push(i, i + len, TokenKind::Punct, Role::Closer)
                }
            }
            '…' => self.push(i, i + len, TokenKind::Punct, Role::Terminator),
            _ if is_word_char(c) => self.word(i, i),
            _ if c.is_whitespace() => {
                self.space_before = true;
                i + len
            }
            _ => self.push(i, i + len, TokenKind::Punct, Role::Plain),
        }
    }

    /// A word or number starting with the ASCII letter or digit at `start`. Most words are
    /// runs of ASCII letters and digits, perhaps joined by hyphens or apostrophes
    /// (`al-Assad`, `Assad's`, `Russia´s`), ending at a space or a plain punctuation mark:
    /// those are decided here, byte by byte. Whatever needs more context (initials and
    /// dotted abbreviations, decimals and thousands separators, a trailing apostrophe,
    /// non-ASCII letters) goes to [`Scanner::word`], the general path, from the start.
    fn ascii_word(&mut self, paragraph: &[u8], start: usize, is_number: bool) -> usize {
        if !self.fast_words {
            return self.word(start, start);
        }
        // The first run of letters and digits, and most often the whole word.
        let run = paragraph.get(start..).unwrap_or(&[]);
        let (len, piece_is_digits) = if is_number {
            let digits = run.iter().take_while(|b| b.is_ascii_digit()).count();
            let others = alnum_run(run.get(digits..).unwrap_or(&[]));
            (digits + others, others == 0)
        } else {
            (alnum_run(run), false)
        };
        let end = start + len;
        let joins = if piece_is_digits { JOINS_NUMBER } else { JOINS_WORD };
        let mut listed = None;
        // The paragraph's end joins nothing, like a space.
        let b = paragraph.get(end).copied().unwrap_or(b' ');
        if BYTE_CLASS[usize::from(b)] & joins != 0 {
            let period =
                b == b'.' && !piece_is_digits && len >= 2 && paragraph.get(end + 1) != Some(&b'-');
            if !period {
                return self.ascii_word_joined(paragraph, start, is_number);
            }
            listed = self.text.get(start..end).and_then(|w| self.lexicon.abbreviation(w));
        }
        let kind = if piece_is_digits { TokenKind::Number } else { TokenKind::Word };
        let first_upper = paragraph.get(start).is_some_and(u8::is_ascii_uppercase);
        // An abbreviation owns its period.
        match listed {
            Some(AbbreviationKind::Title) => {
                let role = Role::Abbreviation(AbbrevClass::Title, first_upper);
                return self.push(start, end + 1, kind, role);
            }
            Some(AbbreviationKind::Other) => {
                let role = Role::Abbreviation(AbbrevClass::Other, first_upper);
                return self.push(start, end + 1, kind, role);
            }
            None => {}
        }
        if self.pending.is_none() || is_number {
            // Only the sentence splitter reads a word's role, and only after a terminator;
            // a word starting with a digit is neither capitalized nor lowercase.
            self.push(start, end, kind, Role::Plain);
        } else {
            let role = self.run_role(start, end, first_upper);
            self.push(start, end, kind, role);
        }
        // Most words are followed by one space: take it here rather than in another turn
        // of the main loop (which would do the same).
        if paragraph.get(end) == Some(&b' ')
            && !paragraph.get(end + 1).is_some_and(|&b| BYTE_CLASS[usize::from(b)] & SPACE != 0)
        {
            self.space_before = true;
            return end + 1;
        }
        end
    }

    /// The role of the word `start..end`, a single run of ASCII letters and digits starting
    /// with a letter that does not own a period, after a possible sentence end.
    fn run_role(&self, start: usize, end: usize, first_upper: bool) -> Role {
        if first_upper {
            // Letters and digits only: no possessive ending to strip.
            self.capitalized_role(self.text.get(start..end).unwrap_or(""))
        } else {
            Role::Lowercase
        }
    }

    /// [`Scanner::ascii_word`] for a word whose first run is followed by a possible joiner.
    #[inline(never)]
    fn ascii_word_joined(&mut self, paragraph: &[u8], start: usize, is_number: bool) -> usize {
        let mut j = start;
        let mut has_letter_part = false;
        // As in [`Scanner::word`]: a one-letter piece before a period and a letter was
        // seen ("U.S."), the word owns its final period, and the listed abbreviation.
        let mut dotted = false;
        let mut own_period = false;
        let mut listed = None;
        loop {
            // One run of ASCII letters and digits: never empty, as a run only starts at
            // `start` or after a joiner followed by a letter or digit.
            let piece_start = j;
            let run = paragraph.get(j..).unwrap_or(&[]);
            let digits = run.iter().take_while(|b| b.is_ascii_digit()).count();
            let others = alnum_run(run.get(digits..).unwrap_or(&[]));
            let piece_len = digits + others;
            let piece_is_digits = others == 0;
            has_letter_part |= !piece_is_digits;
            j += piece_len;
            let Some(&joiner) = paragraph.get(j) else { break };
            let joins = if piece_is_digits { JOINS_NUMBER } else { JOINS_WORD };
            if BYTE_CLASS[usize::from(joiner)] & joins == 0 {
                break;
            }
            let after = paragraph.get(j + 1).copied();
            if joiner.is_ascii() && joiner != b'.' && after.is_some_and(|a| !a.is_ascii()) {
                // A letter may follow: the general path decides.
                return self.word(start, start);
            }
            let alnum_after = after.is_some_and(|a| BYTE_CLASS[usize::from(a)] & ALNUM != 0);
            let digit_after = after.is_some_and(|a| a.is_ascii_digit());
            match joiner {
                // "al-Assad", "Assad's", "rock'n'roll".
                b'-' | b'\'' | b'`' if alnum_after => j += 1,
                // "MOSCOW --": no word after the hyphen.
                b'-' => break,
                // "the Smiths' house", "rock 'n'": a trailing apostrophe after an s.
                b'\'' | b'`' => {
                    if matches!(paragraph.get(j.wrapping_sub(1)), Some(b's' | b'S')) {
                        j += 1;
                    }
                    break;
                }
                // "4.5".
                b'.' if piece_is_digits && digit_after => j += 1,
                b'.' => {
                    let letter_after = match after {
                        Some(a) if a.is_ascii() => a.is_ascii_alphabetic(),
                        Some(_) => return self.word(start, start),
                        None => false,
                    };
                    if piece_len == 1 && !piece_is_digits && letter_after {
                        // "U.S.", "a.m.".
                        dotted = true;
                        j += 1;
                        continue;
                    }
                    let piece_upper =
                        paragraph.get(piece_start).is_some_and(u8::is_ascii_uppercase);
                    let single_capital =
                        piece_len == 1 && piece_upper && !dotted && piece_start == start;
                    listed = if dotted || single_capital {
                        None
                    } else {
                        self.text.get(start..j).and_then(|w| self.lexicon.abbreviation(w))
                    };
                    if (dotted && piece_len == 1) || single_capital || listed.is_some() {
                        j += 1;
                        own_period = true;
                        // "U.S.-led": a hyphen may still follow.
                        if paragraph.get(j) == Some(&b'-') {
                            match paragraph.get(j + 1) {
                                Some(&a) if BYTE_CLASS[usize::from(a)] & ALNUM != 0 => {
                                    own_period = false;
                                    j += 1;
                                    continue;
                                }
                                Some(a) if !a.is_ascii() => return self.word(start, start),
                                _ => {}
                            }
                        }
                    }
                    break;
                }
                // "240,000" and "10:30", but not "240, 000" nor "A-1,000".
                b',' | b':' if is_number && digit_after => j += 1,
                b',' | b':' => break,
                b'%' if piece_is_digits => {
                    j += 1;
                    break;
                }
                0x80.. => {
                    let Some(c) = self.char_at(j) else { return self.word(start, start) };
                    let len = c.len_utf8();
                    // A letter continues the piece (`ʼ` is one, though also an apostrophe).
                    if is_word_char(c) {
                        return self.word(start, start);
                    } else if !(matches!(c, '‐' | '‑' | '‘') || is_apostrophe(c)) {
                        break;
                    } else if alnum_after_char(paragraph, j + len) {
                        // "Russia´s", "they’re", "Nord‐Ost".
                        j += len;
                    } else if paragraph.get(j + len).is_some_and(|b| !b.is_ascii()) {
                        return self.word(start, start);
                    } else if is_apostrophe(c) {
                        // A trailing apostrophe belongs to a word ending in s ("the Smiths’")
                        // unless it closes an open single quotation; after an s, `’` is
                        // possessive when a later `’` can close the quotation instead.
                        let prev_is_s =
                            matches!(paragraph.get(j.wrapping_sub(1)), Some(b's' | b'S'));
                        let closes = c == '’'
                            && self.single_open()
                            && !(prev_is_s && self.single_close_after(j + len));
                        if !closes && prev_is_s {
                            j += len;
                        }
                        break;
                    } else {
                        break;
                    }
                }
                _ => return self.word(start, start),
            }
        }
        let kind = if is_number && !has_letter_part { TokenKind::Number } else { TokenKind::Word };
        let first_upper = paragraph.get(start).is_some_and(u8::is_ascii_uppercase);
        let role = if own_period {
            let class = match listed {
                Some(AbbreviationKind::Title) => AbbrevClass::Title,
                Some(AbbreviationKind::Other) => AbbrevClass::Other,
                // A single letter with a period is an initial ("J. Smith").
                None if j - start == 2 => AbbrevClass::Title,
                None if dotted
                    && paragraph.get(start..j - 1).is_some_and(|w| {
                        w.iter().all(|&b| b == b'.' || b.is_ascii_uppercase())
                    }) =>
                {
                    AbbrevClass::Initialism
                }
                None => AbbrevClass::Other,
            };
            Role::Abbreviation(class, first_upper)
        } else if self.pending.is_none() || kind == TokenKind::Number {
            // Only the sentence splitter reads a word's role, and only after a terminator.
            Role::Plain
        } else {
            self.cased_role(start, j)
        };
        self.push(start, j, kind, role)
    }

    /// The role of a capitalized word, given without its possessive ending, after a
    /// possible sentence end.
    fn capitalized_role(&self, stem: &str) -> Role {
        let continues = match self.pending.and_then(|p| p.class) {
            Some(AbbrevClass::Initialism) => !self.lexicon.is_starter(stem),
            Some(AbbrevClass::Other) => self.lexicon.is_continuation(stem),
            _ => false,
        };
        if continues {
            Role::Continuation
        } else {
            Role::Capitalized
        }
    }

    /// The role of the word `start..end` (no abbreviation, starting with a letter) after a
    /// possible sentence end.
    fn cased_role(&self, start: usize, end: usize) -> Role {
        let word = self.text.get(start..end).unwrap_or("");
        if starts_uppercase(word) {
            self.capitalized_role(possessive_stem(word))
        } else if starts_lowercase(word) {
            Role::Lowercase
        } else {
            Role::Plain
        }
    }

    /// A word or number starting at `start`, whose letters or digits start at `body`
    /// (after a leading elision apostrophe). Returns where it ends.
    fn word(&mut self, start: usize, body: usize) -> usize {
        let is_number = matches!(self.byte(body), Some(b'0'..=b'9' | b'.'));
        let paragraph = self.bytes.get(..self.end).unwrap_or(&[]);
        let mut has_letter_part = false;
        let mut dotted = false;
        let mut own_period = false;
        let mut listed = None;
        let mut j = body;
        loop {
            // One run of letters and digits.
            let piece_start = j;
            let mut piece_chars = 0usize;
            let mut piece_upper = false;
            let mut all_digits = true;
            if let Some(&b) = paragraph.get(j) {
                piece_upper = b.is_ascii_uppercase();
            }
            loop {
                // ASCII fast path over the paragraph's bytes.
                let run_start = j;
                while let Some(&b) = paragraph.get(j) {
                    let class = BYTE_CLASS[usize::from(b)];
                    if class & ALNUM == 0 {
                        break;
                    }
                    all_digits &= class & DIGIT != 0;
                    j += 1;
                }
                piece_chars += j - run_start;
                match paragraph.get(j) {
                    Some(b) if !b.is_ascii() => match self.char_at(j) {
                        Some(c) if is_word_char(c) => {
                            if piece_chars == 0 {
                                piece_upper = c.is_uppercase();
                            }
                            all_digits = false;
                            piece_chars += 1;
                            j += c.len_utf8();
                        }
                        _ => break,
                    },
                    _ => break,
                }
            }
            let piece_is_digits = piece_chars > 0 && all_digits;
            if piece_chars > 0 && !piece_is_digits {
                has_letter_part = true;
            }
            // Most words end at a space: decide that without decoding anything.
            let joiner = match self.byte(j) {
                Some(b @ (b'.' | b',' | b':' | b'%' | b'-' | b'\'' | b'`')) => char::from(b),
                Some(b) if !b.is_ascii() => match self.char_at(j) {
                    Some(c) if matches!(c, '‐' | '‑' | '‘') || is_apostrophe(c) => c,
                    _ => break,
                },
                _ => break,
            };
            let after = self.char_at(j + joiner.len_utf8());
            let after_is_word = after.is_some_and(is_word_char);
            match joiner {
                // ".5"
                '.' if j == body && after.is_some_and(|c| c.is_ascii_digit()) => j += 1,
                '.' if piece_chars == 0 => break,
                '.' if piece_is_digits && after.is_some_and(|c| c.is_ascii_digit()) => j += 1,
                '.' if piece_chars == 1
                    && after.is_some_and(char::is_alphabetic)
                    && !piece_is_digits =>
                {
                    dotted = true;
                    j += 1;
                }
                '.' => {
                    let so_far = self.text.get(body..j).unwrap_or("");
                    let single_capital =
                        piece_chars == 1 && piece_upper && !dotted && piece_start == body;
                    listed = if dotted || single_capital {
                        None
                    } else {
                        self.lexicon.abbreviation(so_far)
                    };
                    if (dotted && piece_chars == 1) || single_capital || listed.is_some() {
                        j += 1;
                        own_period = true;
                        // "U.S.-led": a hyphen may still follow.
                        if self.byte(j) == Some(b'-')
                            && self.char_at(j + 1).is_some_and(is_word_char)
                        {
                            own_period = false;
                            j += 1;
                            continue;
                        }
                    }
                    break;
                }
                ',' | ':'
                    if piece_is_digits
                        && is_number
                        && after.is_some_and(|c| c.is_ascii_digit()) =>
                {
                    j += 1
                }
                '%' if piece_is_digits => {
                    j += 1;
                    break;
                }
                '-' | '‐' | '‑' if after_is_word => j += joiner.len_utf8(),
                c if is_apostrophe(c) || c == '‘' => {
                    if after_is_word {
                        // "they’re", "Russia´s", "rock’n’roll".
                        j += c.len_utf8();
                    } else {
                        // A trailing apostrophe is possessive or elision ("the Smiths’",
                        // "rock 'n'") unless it closes an open single quotation.
                        let prev_is_s = matches!(self.byte(j.wrapping_sub(1)), Some(b's' | b'S'));
                        // "‘the Smiths’ house,’": after an s, `’` is possessive when a later
                        // `’` can close the quotation instead.
                        let closes = (c == '’'
                            && self.single_open()
                            && !(prev_is_s && self.single_close_after(j + c.len_utf8())))
                            || !is_apostrophe(c);
                        if !closes && (prev_is_s || body > start) {
                            j += c.len_utf8();
                        }
                        break;
                    }
                }
                _ => break,
            }
            if j <= piece_start {
                break;
            }
        }
        let kind = if is_number && !has_letter_part { TokenKind::Number } else { TokenKind::Word };
        let word = self.text.get(start..j).unwrap_or("");
        let role = if own_period {
            let so_far = self.text.get(body..j.saturating_sub(1)).unwrap_or("");
            let class = match listed {
                Some(AbbreviationKind::Title) => AbbrevClass::Title,
                Some(AbbreviationKind::Other) => AbbrevClass::Other,
                // A single letter with a period is an initial ("J. Smith").
                None if so_far.chars().nth(1).is_none() => AbbrevClass::Title,
                None if dotted && so_far.chars().all(|c| c == '.' || c.is_uppercase()) => {
                    AbbrevClass::Initialism
                }
                None => AbbrevClass::Other,
            };
            Role::Abbreviation(class, starts_uppercase(word))
        } else if self.pending.is_none() {
            // Only the sentence splitter reads a word's role, and only after a terminator.
            Role::Plain
        } else if kind == TokenKind::Number {
            Role::Plain
        } else {
            self.cased_role(start, j)
        };
        self.push(start, j.max(start + 1), kind, role)
    }

    /// Whether the word at `at` is written with a leading apostrophe: a number (`'90s`) or
    /// a listed elision (`'em`, `'n'`).
    fn leading_elision(&self, at: usize) -> bool {
        match self.byte(at) {
            Some(b) if b.is_ascii_digit() => return true,
            Some(b) if b.is_ascii_alphabetic() => {}
            _ => return false,
        }
        let rest = self.bytes.get(at..self.end).unwrap_or(&[]);
        // Bounded: no elision is longer than five letters.
        let word_len = rest.iter().take(6).take_while(|b| b.is_ascii_alphabetic()).count();
        let Some(word) = rest.get(..word_len) else { return false };
        ELISIONS.iter().any(|e| word.eq_ignore_ascii_case(e.as_bytes()))
    }

    /// Whether a `’` in closing position (not followed by a letter or digit) comes at or
    /// after `from` in this paragraph.
    fn single_close_after(&mut self, from: usize) -> bool {
        if let Some(cached) = self.next_single_close {
            if cached >= from {
                return cached != usize::MAX;
            }
        }
        let mut found = usize::MAX;
        let bytes = self.bytes.get(from..self.end).unwrap_or(&[]);
        // `’` is E2 80 99 in UTF-8; 0x99 is a rare byte in news text, and a plain byte
        // search needs no searcher built per call.
        for last in memchr::memchr_iter(0x99, bytes) {
            let Some(lead) = last.checked_sub(2) else { continue };
            if bytes.get(lead..last) != Some(&[0xE2, 0x80][..]) {
                continue;
            }
            let at = from + lead;
            if !self.char_at(at + 3).is_some_and(is_word_char) {
                found = at;
                break;
            }
        }
        self.next_single_close = Some(found);
        found != usize::MAX
    }

    fn single_open(&self) -> bool {
        self.stack.last().is_some_and(|q| q.family == Family::Single)
    }

    fn double_open(&self) -> bool {
        self.stack.iter().any(|q| q.family == Family::Double)
    }

    fn straight_double(&mut self, i: usize) -> usize {
        let prev = self.char_before(i);
        let next = self.char_at(i + 1);
        let opener = opens_after(prev);
        let closer = closes_before(next);
        let open = self.double_open();
        if prev.is_some_and(is_word_char) && next.is_some_and(is_word_char) {
            // `Britain"s`: a mis-encoded apostrophe, not a quotation mark.
            self.push(i, i + 1, TokenKind::Punct, Role::Plain)
        } else if opener && !closer {
            self.open_quote(i, i + 1, Family::Double)
        } else if closer && !opener {
            if open {
                self.close_double(i, i + 1)
            } else {
                self.push(i, i + 1, TokenKind::Quote, Role::Plain)
            }
        } else if open {
            self.close_double(i, i + 1)
        } else {
            self.open_quote(i, i + 1, Family::Double)
        }
    }

    fn curly_double(&mut self, i: usize, c: char) -> usize {
        let end = i + c.len_utf8();
        let opener = opens_after(self.char_before(i));
        let closer = closes_before(self.char_at(end));
        let open = self.double_open();
        match c {
            '“' if open && closer && !opener => self.close_double(i, end),
            '“' | '„' | '«' => self.open_quote(i, end, Family::Double),
            _ if open => self.close_double(i, end),
            // Some sites use ” for both marks.
            '”' if opener && !closer => self.open_quote(i, end, Family::Double),
            _ => self.push(i, end, TokenKind::Quote, Role::Plain),
        }
    }

    fn open_quote(&mut self, i: usize, end: usize, family: Family) -> usize {
        if family == Family::Double
            && !self.stack.is_empty()
            && !self.double_open()
            && !self.single_close_after(end)
        {
            // Only single quotations are open and no `’` can close them: they were
            // misplaced apostrophes or are left open, and must not hide this quotation.
            while let Some(open) = self.stack.pop() {
                self.close_quote(open, i, i, false);
            }
        } else if family == Family::Double && self.double_open() {
            // Double quotations do not nest (inner ones use single marks): a double mark in
            // opening position means the open one was never closed. End it here, unclosed.
            while let Some(open) = self.stack.pop() {
                self.close_quote(open, i, i, false);
                if open.family == Family::Double {
                    break;
                }
            }
        }
        if self.stack.len() >= MAX_QUOTE_DEPTH {
            return self.push(i, end, TokenKind::Quote, Role::Opener);
        }
        let nested = !self.stack.is_empty();
        let quote = QuoteSpan {
            span: Span::new(i, end),
            inner: Span::new(end, end),
            paragraph: self.paragraph,
            closed: false,
            continues: false,
        };
        let slot = if nested {
            self.out.inner_quotes.push(quote);
            self.out.inner_quotes.len() - 1
        } else {
            self.out.quotes.push(quote);
            self.out.quotes.len() - 1
        };
        self.stack.push(OpenQuote { family, slot, nested });
        self.push(i, end, TokenKind::Quote, Role::Opener)
    }

    fn close_double(&mut self, i: usize, end: usize) -> usize {
        // A double mark closes any single quotation left open inside it.
        while let Some(open) = self.stack.pop() {
            if open.family == Family::Double {
                self.close_quote(open, i, end, true);
                break;
            }
            self.close_quote(open, i, i, false);
        }
        self.push(i, end, TokenKind::Quote, Role::Closer)
    }

    fn close_single(&mut self, i: usize, end: usize) -> usize {
        if let Some(open) = self.stack.pop() {
            self.close_quote(open, i, end, true);
        }
        self.push(i, end, TokenKind::Quote, Role::Closer)
    }

    /// Fills the quotation reserved when `open` was pushed: its inner text ends at `mark`,
    /// the whole span at `end`.
    fn close_quote(&mut self, open: OpenQuote, mark: usize, end: usize, closed: bool) {
        let list = if open.nested { &mut self.out.inner_quotes } else { &mut self.out.quotes };
        let Some(q) = list.get_mut(open.slot) else { return };
        let inner_start = q.span.end;
        let inner = trim_span(self.text, Span::new(inner_start, mark));
        // An unclosed quotation ends with its last word, not with the whitespace before
        // whatever cut it short.
        let end = if closed { end } else { inner.end.max(q.span.end).min(end) };
        q.span = Span::new(q.span.start, end);
        q.inner = inner;
        q.closed = closed;
    }

    /// Appends a token and runs the sentence splitter on it. Returns `end`.
    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind, role: Role) -> usize {
        if self.pending.is_none() {
            // Most tokens: no sentence end is pending, so this one only may start one.
            let last = self.out.tokens.len();
            self.out.tokens.push(Token::new(Span::new(start, end), kind));
            match role {
                Role::Terminator => self.pending = Some(Pending { last, class: None }),
                Role::Abbreviation(class, _) => {
                    self.pending = Some(Pending { last, class: Some(class) })
                }
                _ => {}
            }
            self.space_before = false;
            return end;
        }
        self.push_deciding(start, end, kind, role)
    }

    /// [`Scanner::push`] for a token that follows a possible sentence end or may be one.
    #[inline(never)]
    fn push_deciding(&mut self, start: usize, end: usize, kind: TokenKind, role: Role) -> usize {
        let index = self.out.tokens.len();
        if let Some(p) = self.pending {
            match role {
                Role::Closer => {
                    self.pending = Some(Pending { last: index, ..p });
                }
                Role::Terminator if !self.space_before => {
                    self.pending = Some(Pending { last: index, class: None });
                }
                _ => {
                    self.pending = None;
                    let lowercase = role == Role::Lowercase
                        || (matches!(role, Role::Abbreviation(..))
                            && starts_lowercase(self.text.get(start..end).unwrap_or("")));
                    let ends = self.space_before
                        && match p.class {
                            None => {
                                !lowercase
                                    || (kind == TokenKind::Word
                                        && self.period_before_lowercase_ends(p.last))
                            }
                            Some(AbbrevClass::Title) => false,
                            Some(AbbrevClass::Other) => {
                                matches!(
                                    role,
                                    Role::Capitalized | Role::Opener | Role::Abbreviation(_, true)
                                )
                            }
                            Some(AbbrevClass::Initialism) => {
                                matches!(role, Role::Capitalized | Role::Opener)
                            }
                        };
                    if ends {
                        self.finish_sentence(p.last + 1);
                    }
                }
            }
        }
        self.out.tokens.push(Token::new(Span::new(start, end), kind));
        match role {
            Role::Terminator if self.pending.is_none() => {
                self.pending = Some(Pending { last: index, class: None });
            }
            Role::Abbreviation(class, _) => {
                self.pending = Some(Pending { last: index, class: Some(class) })
            }
            _ => {}
        }
        self.space_before = false;
        end
    }

    /// Whether the token at `terminator`, followed by whitespace and a lowercase word, ends
    /// its sentence: some dumps are all lower case (`he left. the talks`), so a lowercase
    /// word cannot be what keeps a sentence going after every period. It ends the sentence
    /// when the terminator is a lone `.` written right after a whole number or a lowercase
    /// word that cannot be an abbreviation: one that is not listed in any case (`gen.`,
    /// `inc.`, `no.` stay whole) and is not a single letter (`j. smith`). Ellipses, `?` and `!` (`"Why?" he
    /// asked`) and a period followed by a closing mark (`."` then `he said`) keep going.
    fn period_before_lowercase_ends(&self, terminator: usize) -> bool {
        let tokens = &self.out.tokens;
        let (Some(period), Some(before)) =
            (tokens.get(terminator), terminator.checked_sub(1).and_then(|i| tokens.get(i)))
        else {
            return false;
        };
        if period.span().len() != 1
            || self.bytes.get(period.span().start) != Some(&b'.')
            || before.span().end != period.span().start
            || before.span().start < self.start
        {
            return false;
        }
        let word = self.text.get(before.span().range()).unwrap_or("");
        match before.kind {
            // "in 2015. the", but not a version number ("Release 1.1. that").
            TokenKind::Number => word.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'%'),
            // A capitalized word before the period is more likely an abbreviation missing
            // from the list ("Wisc.", "Bhd.") than the end of a sentence in a lowercase
            // dump; so is a hyphenated word whose last part is listed ("r-mo.").
            TokenKind::Word => {
                let last_part = word.rsplit(['-', '‐', '‑']).next().unwrap_or(word);
                starts_lowercase(word)
                    && word.chars().nth(1).is_some()
                    && !self.lexicon.is_abbreviation_in_any_case(word)
                    && !self.lexicon.is_abbreviation_in_any_case(last_part)
            }
            TokenKind::Quote | TokenKind::Punct => false,
        }
    }

    /// Ends the current sentence before token `until` (exclusive).
    fn finish_sentence(&mut self, until: usize) {
        if until <= self.sentence_start {
            return;
        }
        let first = self.out.tokens.get(self.sentence_start).map(|t| t.span().start);
        let last = self.out.tokens.get(until - 1).map(|t| t.span().end);
        if let (Some(first), Some(last)) = (first, last) {
            self.out.sentences.push(Sentence {
                span: Span::new(first, last),
                tokens: self.sentence_start..until,
                paragraph: self.paragraph,
            });
        }
        self.sentence_start = until;
        self.pending = None;
    }
}

/// `span` without leading and trailing whitespace.
pub(crate) fn trim_span(text: &str, span: Span) -> Span {
    match text.get(span.range()) {
        Some(s) => {
            // Most spans (a quotation's words, a paragraph) start and end with a printing
            // ASCII character: nothing to trim, and no character to decode.
            let printing = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && b > b' ');
            let bytes = s.as_bytes();
            if printing(bytes.first()) && printing(bytes.last()) {
                return span;
            }
            let start = span.start + (s.len() - s.trim_start().len());
            let end = span.start + s.trim_end().len();
            Span::new(start, end)
        }
        None => Span::new(span.start, span.start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The run length byte by byte, as the table says.
    fn alnum_run_reference(bytes: &[u8]) -> usize {
        bytes.iter().take_while(|&&b| BYTE_CLASS[usize::from(b)] & ALNUM != 0).count()
    }

    #[test]
    fn alnum_run_agrees_with_the_byte_table_for_every_byte_in_every_lane() {
        // Every byte value at every position of a word long enough to need two steps,
        // and every position of the tail after them.
        for len in 0..20 {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut bytes = vec![b'a'; len];
                    if let Some(slot) = bytes.get_mut(at) {
                        *slot = b;
                    }
                    assert_eq!(alnum_run(&bytes), alnum_run_reference(&bytes), "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn alnum_run_stops_at_words_edges() {
        let cases: &[(&str, usize)] = &[
            ("", 0),
            ("a", 1),
            ("Russia's", 6),
            ("abcdefgh", 8),
            ("abcdefgh ", 8),
            ("abcdefghijklmnopq.", 17),
            ("Zz09@[`{", 4),
            ("é", 0),
            ("abcé", 3),
            ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ/", 36),
        ];
        for &(text, run) in cases {
            assert_eq!(alnum_run(text.as_bytes()), run, "{text}");
        }
    }
}
