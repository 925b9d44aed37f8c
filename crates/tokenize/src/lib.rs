//! Paragraphs, sentences, tokens and quotation spans of news text, as byte spans.
//!
//! This crate is the tokenizing stage of whosaid: it takes an article's text (and,
//! optionally, the paragraph spans chosen by article clean-up) and finds, in one linear pass
//! per paragraph, every token, sentence and quotation. Everything it returns is a
//! [`Span`] into the text it was given: nothing is copied except by [`Tokenizer::normalize`],
//! which builds a folded copy for matching with a map back to original offsets.
//!
//! It is **not** a linguistic tokenizer: it does no part-of-speech tagging, no name
//! recognition (that is the gazetteer's job) and no attribution; it does not clean up
//! markup or boilerplate (that is the article stage's job).
//!
//! # Decisions
//!
//! **Words** keep inner apostrophes, hyphens and the periods of abbreviations:
//! `Russia´s`, `they’re`, `al-Assad`, `U.S.-led`, `U.S.`, `Gen.`, `J.` are single
//! [`TokenKind::Word`] tokens. A word owns its final period only when it is a dotted
//! initialism (`U.S.`, `a.m.`), a single capital initial (`J.`) or a listed abbreviation
//! (`data/abbreviations.txt`); otherwise the period is its own token. A trailing apostrophe
//! belongs to the word after an `s` (`the Smiths’`) or when the word starts with one
//! (`'n'`), unless it closes an open `‘` quotation. A leading apostrophe belongs to
//! the word before a digit or a listed elision (`'90s`, `’em`, `'n'`); otherwise it is its
//! own token, so `'ready'` gives the word `ready`. Use [`possessive_stem`] (`Russia´s` → `Russia`) and [`starts_uppercase`] on a
//! word's text, or [`Token::stem`] and [`Token::is_capitalized`].
//!
//! **Numbers** keep decimal points, thousands separators and a trailing `%` (`0.1%`,
//! `240,000`, `10:30`). Tokens starting with a digit that also have letters (`30-year-old`,
//! `1990s`) are words.
//!
//! **Sentences** end after `.`, `!`, `?`, `...`, `. . .` or `…`, together with any closing
//! quotation marks, apostrophes and brackets right after it (`."`, `?”`, `.'`, `.)`), when
//! whitespace follows and the next token is not a lowercase word or `,` `;` `:` (so
//! `"Why?" he asked` stays one sentence). Some dumps are all lower case, so a lone `.`
//! written right after a whole number or a lowercase word of two or more letters that is
//! not a listed abbreviation in any case (`gen.`, `inc.`, `r-mo.`) ends the sentence before
//! a lowercase word too (`the port closed. the ships waited`).
//! A word ending with its own period (an abbreviation) ends a sentence only before an
//! opening quotation mark or a capitalized word, and then only:
//! - after a capitalized dotted initialism (`U.S.`, `U.K.`, `U.N.`), usually part of a name
//!   (`U.S. Treasury`, `U.S. Bankruptcy Court`), when that word is a sentence starter
//!   (`data/sentence_starters.txt`: `The`, `He`, `But`, `In`, ...);
//! - after any *other* abbreviation (`Inc.`, `Corp.`, `Oct.`, `a.m.`, `Jr.`), usually the
//!   end of a name, when that word is not a likely continuation (`data/continuations.txt`:
//!   `Chief`, `Department`, weekdays, months, time zones, ...).
//!
//! So `U.S. officials said`, `the U.S. State Department` and `Apple Inc. Chief Executive`
//! stay whole, while `ties with the U.S. The talks` and `joined Acme Inc. The firm` split;
//! `in the U.S. Russia said` stays whole (a name after an initialism is ambiguous).
//! *Title* abbreviations (`Gen.`, `Mr.`, `St.`) and single initials (`J. Smith`) never end
//! a sentence except at a paragraph's end; the price is that `Plan B. Then` is one sentence. Dashes never end a sentence, so a dateline
//! (`MOSCOW, Oct. 6 (UPI) -- The ...`) stays in the first sentence.
//!
//! **Quotations** are found per paragraph with a small stack (at most four deep).
//! - Straight `"` opens after whitespace, an opening bracket, a dash or the paragraph start
//!   and closes before whitespace or punctuation; when both or neither hold, it closes an
//!   open quotation or else opens one. Between two letters (`Britain"s`, a mis-encoded
//!   apostrophe) it is punctuation.
//! - `“ „ «` open and `” »` close (`“` closes in closing position inside an open quotation;
//!   `”` opens in opening position when none is open).
//! - `‘` opens a single quotation unless it starts a digit or a word written with an
//!   apostrophe (`‘90s`, `‘em`, `‘til`); `’` closes one only when it is the innermost open
//!   quotation and, after an `s`, only when no later `’` could close it instead
//!   (`‘the Smiths’ house,’`). Apostrophes (`' ´ ʼ` `` ` ``) never quote.
//! - Double quotations do not nest (inner ones use single marks): a double mark in opening
//!   position while one is open ends the open one, unclosed, so a missing closing mark costs
//!   one quotation, not every later one. Likewise a double quotation opening inside single
//!   ones that no later `’` can close ends them.
//! - [`Tokens::quotes`] holds the outermost quotations, which never overlap; quotations
//!   inside them go to [`Tokens::inner_quotes`].
//! - A quotation left open is closed at its paragraph's end (`closed: false`); when the
//!   next paragraph starts with an opening mark, its first quotation has `continues: true`
//!   (the newswire convention for multi-paragraph quotes).
//!
//! **Paragraphs**: [`Tokenizer::tokenize`] splits at blank lines, or at every line break if
//! the text has no blank line ([`Tokenizer::paragraph_spans`]).
//! [`Tokenizer::tokenize_paragraphs`] uses the caller's spans one to one; single line breaks
//! inside a paragraph are plain spaces. [`Tokenizer::tokenize_paragraphs_into`] reuses an
//! earlier result's allocations.
//!
//! **Matching**: [`Tokenizer::normalize`] (or [`Tokenizer::normalize_span`] for one
//! paragraph) gives a folded copy; [`Normalized::original`] maps a match back to the text and
//! [`Normalized::folded`] maps a token's span into the folded copy. Lookups on [`Tokens`]
//! (`sentence_at`, `quote_at`, `tokens_in`, `quotes_in`, ...) are binary searches.
//!
//! # Example
//!
//! ```
//! use whosaid_tokenize::{TokenKind, TokenizerBuilder};
//!
//! let text = "MOSCOW, Oct. 6 (UPI) -- U.S. officials met. \
//!             \"We are ready,\" Gen. Smith said.\n\nRussia´s reply came later.";
//! let tokenizer = TokenizerBuilder::new().build();
//! let tokens = tokenizer.tokenize(text);
//!
//! assert_eq!(tokens.paragraphs.len(), 2);
//! let sentences: Vec<&str> = tokens.sentences.iter().map(|s| &text[s.span]).collect();
//! assert_eq!(
//!     sentences,
//!     [
//!         "MOSCOW, Oct. 6 (UPI) -- U.S. officials met.",
//!         "\"We are ready,\" Gen. Smith said.",
//!         "Russia´s reply came later.",
//!     ]
//! );
//! assert_eq!(&text[tokens.quotes[0].inner], "We are ready,");
//!
//! let russia = tokens.tokens.iter().find(|t| t.text(text).starts_with("Russia")).unwrap();
//! assert_eq!(russia.kind, TokenKind::Word);
//! assert_eq!(russia.stem(text), "Russia");
//!
//! let folded = tokenizer.normalize(text);
//! let at = folded.text.find("russia's").unwrap();
//! assert_eq!(&text[folded.original(whosaid_core::Span::new(at, at + 8))], "Russia´s");
//! ```

mod lexicon;
mod normalize;
mod scan;
mod words;

use std::ops::Range;
use whosaid_core::Span;

pub use crate::lexicon::AbbreviationKind;
pub use crate::normalize::Normalized;
pub use crate::words::{is_apostrophe, possessive_stem, starts_lowercase, starts_uppercase};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or periods ("Russia´s", "U.S.").
    Word,
    /// Digits, possibly with separators ("4.5", "240,000", "0.1%").
    Number,
    /// A quotation mark (not an apostrophe).
    Quote,
    /// Any other punctuation.
    Punct,
}

/// One token: a byte span into the text and its kind.
///
/// Offsets are kept as `u32` (12 bytes a token instead of 24): a text has a token for
/// every five bytes or so, and the output's size is what a fresh tokenization pays for in
/// page faults. Texts are tokenized only up to 4 GiB (see
/// [`Tokenizer::tokenize_paragraphs`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// A token of `kind` at `span`. Offsets past 4 GiB are clamped to `u32::MAX`; the
    /// tokenizer never makes such a token.
    pub fn new(span: Span, kind: TokenKind) -> Token {
        let clamp = |offset: usize| u32::try_from(offset).unwrap_or(u32::MAX);
        Token { start: clamp(span.start), end: clamp(span.end), kind }
    }

    /// Where the token is.
    #[inline]
    pub fn span(&self) -> Span {
        // u32 to usize never truncates on the 32- and 64-bit targets Rust supports here.
        Span::new(self.start as usize, self.end as usize)
    }

    /// The token's text in `text` (the text it was found in), or `""` if the span does not
    /// fit `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span().get(text).unwrap_or("")
    }

    /// The token's text without a possessive ending (`Russia´s` → `Russia`); see
    /// [`possessive_stem`].
    pub fn stem<'t>(&self, text: &'t str) -> &'t str {
        possessive_stem(self.text(text))
    }

    /// Whether the token starts with an uppercase letter (after a leading apostrophe).
    pub fn is_capitalized(&self, text: &str) -> bool {
        starts_uppercase(self.text(text))
    }

    /// Whether the token is a word or number (not punctuation or a quotation mark).
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// One sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Where the sentence is, without surrounding whitespace.
    pub span: Span,
    /// Indices into [`Tokens::tokens`].
    pub tokens: Range<usize>,
    /// Index into [`Tokens::paragraphs`].
    pub paragraph: usize,
}

/// One paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Where the paragraph is, without surrounding whitespace.
    pub span: Span,
    /// Indices into [`Tokens::sentences`].
    pub sentences: Range<usize>,
}

/// One quotation: the text between a pair of quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The quotation including its marks.
    pub span: Span,
    /// The quoted words, without the marks and surrounding whitespace.
    pub inner: Span,
    /// Index into [`Tokens::paragraphs`] of the paragraph holding the opening mark.
    pub paragraph: usize,
    /// False when no closing mark was found and the quote was closed at the paragraph's end.
    pub closed: bool,
    /// True when this quote continues an unclosed quote of the previous paragraph
    /// (the newswire convention of reopening the quote at a paragraph's start).
    pub continues: bool,
}

/// Everything the tokenizer found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tokens {
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Outermost quotations in text order of their opening marks; they never overlap.
    pub quotes: Vec<QuoteSpan>,
    /// Quotations nested inside another quotation (`“... ‘...’ ...”`), in text order of
    /// their opening marks. Each lies inside one of [`Tokens::quotes`].
    pub inner_quotes: Vec<QuoteSpan>,
}

/// Index of the span in `items` (sorted, not overlapping) that contains `byte`.
fn find_containing<T>(items: &[T], byte: usize, span: impl Fn(&T) -> Span) -> Option<usize> {
    let i = items.partition_point(|item| span(item).end <= byte);
    let found = items.get(i)?;
    (span(found).start <= byte).then_some(i)
}

/// Indices of the spans in `items` (sorted, not overlapping) that overlap `within`.
fn overlapping<T>(items: &[T], within: Span, span: impl Fn(&T) -> Span) -> Range<usize> {
    let start = items.partition_point(|item| span(item).end <= within.start);
    let end = items.partition_point(|item| span(item).start < within.end).max(start);
    start..end
}

impl Tokens {
    /// The index of the sentence containing byte `byte`, if any. O(log n).
    pub fn sentence_at(&self, byte: usize) -> Option<usize> {
        find_containing(&self.sentences, byte, |s| s.span)
    }

    /// The index of the paragraph containing byte `byte`, if any. O(log n).
    pub fn paragraph_at(&self, byte: usize) -> Option<usize> {
        find_containing(&self.paragraphs, byte, |p| p.span)
    }

    /// The index of the token containing byte `byte`, if any. O(log n).
    pub fn token_at(&self, byte: usize) -> Option<usize> {
        find_containing(&self.tokens, byte, |t| t.span())
    }

    /// The index into [`Tokens::quotes`] of the outermost quotation containing byte `byte`
    /// (marks included), if any. O(log n).
    pub fn quote_at(&self, byte: usize) -> Option<usize> {
        find_containing(&self.quotes, byte, |q| q.span)
    }

    /// The tokens of sentence `i` (empty if there is no such sentence).
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        self.sentences.get(i).and_then(|s| self.tokens.get(s.tokens.clone())).unwrap_or(&[])
    }

    /// The sentences of paragraph `i` (empty if there is no such paragraph).
    pub fn paragraph_sentences(&self, i: usize) -> &[Sentence] {
        self.paragraphs.get(i).and_then(|p| self.sentences.get(p.sentences.clone())).unwrap_or(&[])
    }

    /// Each paragraph with its sentences, in text order.
    pub fn paragraphs_with_sentences(&self) -> impl Iterator<Item = (&Paragraph, &[Sentence])> {
        self.paragraphs.iter().enumerate().map(|(i, p)| (p, self.paragraph_sentences(i)))
    }

    /// Indices into [`Tokens::tokens`] of the tokens overlapping `span`. O(log n).
    pub fn tokens_in(&self, span: Span) -> Range<usize> {
        overlapping(&self.tokens, span, |t| t.span())
    }

    /// Indices into [`Tokens::sentences`] of the sentences overlapping `span`. O(log n).
    pub fn sentences_in(&self, span: Span) -> Range<usize> {
        overlapping(&self.sentences, span, |s| s.span)
    }

    /// Indices into [`Tokens::quotes`] of the outermost quotations overlapping `span`
    /// (for instance a sentence's span). O(log n).
    pub fn quotes_in(&self, span: Span) -> Range<usize> {
        overlapping(&self.quotes, span, |q| q.span)
    }
}

/// Builds a [`Tokenizer`].
#[derive(Clone, Debug)]
pub struct TokenizerBuilder {
    lexicon: lexicon::Lexicon,
}

impl Default for TokenizerBuilder {
    fn default() -> TokenizerBuilder {
        TokenizerBuilder { lexicon: lexicon::Lexicon::builtin() }
    }
}

impl TokenizerBuilder {
    /// A builder with the default options and the built-in abbreviation lists.
    pub fn new() -> TokenizerBuilder {
        TokenizerBuilder::default()
    }

    /// Adds (or reclassifies) an abbreviation, written with or without its final period
    /// (`"Gen."` or `"Gen"`). Case matters.
    pub fn abbreviation(&mut self, word: &str, kind: AbbreviationKind) -> &mut TokenizerBuilder {
        self.lexicon.add_abbreviation(word, kind);
        self
    }

    /// Adds a capitalized word that continues a sentence after an abbreviation
    /// (`"Embassy"` in `U.S. Embassy`).
    pub fn continuation(&mut self, word: &str) -> &mut TokenizerBuilder {
        self.lexicon.add_continuation(word);
        self
    }

    /// Builds the tokenizer.
    pub fn build(&self) -> Tokenizer {
        Tokenizer { lexicon: self.lexicon.clone() }
    }
}

/// Splits text into paragraphs, sentences, tokens and quotations.
#[derive(Clone, Debug)]
pub struct Tokenizer {
    lexicon: lexicon::Lexicon,
}

impl Default for Tokenizer {
    fn default() -> Tokenizer {
        TokenizerBuilder::new().build()
    }
}

/// Whether a line holds nothing but whitespace.
fn is_blank(line: &str) -> bool {
    line.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r' | 0x0B | 0x0C)) || line.trim().is_empty()
}

/// Paragraph spans of `text`: runs of lines between blank lines, or single lines if there
/// is no blank line. Linear: each line is visited a bounded number of times.
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut lines: Vec<Span> = Vec::with_capacity(text.len() / 256 + 1);
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        lines.push(Span::new(start, nl));
        start = nl + 1;
    }
    lines.push(Span::new(start, text.len()));
    let blank = |s: &Span| s.get(text).is_some_and(is_blank);
    let mut spans = Vec::with_capacity(lines.len());
    if lines.iter().any(blank) {
        let mut current: Option<Span> = None;
        for line in &lines {
            if blank(line) {
                spans.extend(current.take());
            } else {
                current = Some(current.map_or(*line, |c| c.cover(*line)));
            }
        }
        spans.extend(current);
    } else {
        spans.extend(lines.iter().filter(|l| !blank(l)));
    }
    spans
}

impl Tokenizer {
    /// Tokenizes `text`, finding paragraphs at blank lines (or at every line break when the
    /// text has no blank line).
    pub fn tokenize(&self, text: &str) -> Tokens {
        self.tokenize_paragraphs(text, &paragraph_spans(text))
    }

    /// The paragraph spans [`Tokenizer::tokenize`] uses: runs of lines between blank lines,
    /// or every non-blank line when the text has no blank line (untrimmed).
    pub fn paragraph_spans(&self, text: &str) -> Vec<Span> {
        paragraph_spans(text)
    }

    /// Tokenizes only the given paragraphs of `text` (spans into `text`, in order, not
    /// overlapping), as chosen by article clean-up. Spans in the result index `text`.
    ///
    /// The result has exactly one [`Paragraph`] per given span, in the same order, trimmed of
    /// whitespace. A span that is out of bounds, overlaps the previous one or cuts a
    /// character is shrunk to fit (possibly to an empty paragraph with no sentences).
    pub fn tokenize_paragraphs(&self, text: &str, paragraphs: &[Span]) -> Tokens {
        let mut out = Tokens::default();
        self.tokenize_paragraphs_into(text, paragraphs, &mut out);
        out
    }

    /// [`Tokenizer::tokenize_paragraphs`] into `out`, replacing its contents but reusing its
    /// allocations: a worker that keeps one `Tokens` across articles saves the allocation
    /// and page faults of a fresh one each time.
    pub fn tokenize_paragraphs_into(&self, text: &str, paragraphs: &[Span], out: &mut Tokens) {
        self.scan_into(text, paragraphs, out, true);
    }

    /// The body of [`Tokenizer::tokenize_paragraphs_into`]; `fast_words: false` sends every
    /// word down the general path, which tests compare the fast path with.
    fn scan_into(&self, text: &str, paragraphs: &[Span], out: &mut Tokens, fast_words: bool) {
        // Token offsets are u32: only the first 4 GiB are tokenized (on a char boundary).
        let mut limit = text.len().min(u32::MAX as usize);
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let text = text.get(..limit).unwrap_or("");
        let total: usize = paragraphs.iter().map(|p| p.len()).fold(0, usize::saturating_add);
        let total = total.min(text.len());
        out.paragraphs.clear();
        out.sentences.clear();
        out.tokens.clear();
        out.quotes.clear();
        out.inner_quotes.clear();
        // Generous estimates from news text (about 5 bytes a token, 120 a sentence):
        // capacity that is never written costs no page faults.
        out.paragraphs.reserve(paragraphs.len());
        out.sentences.reserve(total / 64 + 1);
        out.tokens.reserve(total / 4 + 1);
        out.quotes.reserve(total / 128 + 1);
        let mut scanner = scan::Scanner::new(text, &self.lexicon, out);
        scanner.fast_words = fast_words;
        let mut floor = 0;
        let mut open_quote = false;
        for &given in paragraphs {
            let span = fit_span(text, given, floor);
            floor = span.end;
            open_quote = scanner.paragraph(span, open_quote);
        }
    }

    /// A folded view of `text` for matching: curly and odd quotes and apostrophes, dashes
    /// folded to ASCII, case folded, with a map back to offsets in `text`.
    pub fn normalize(&self, text: &str) -> Normalized {
        normalize::normalize_span(text, Span::new(0, text.len()))
    }

    /// A folded view of `text[span]` only (for one paragraph, say), whose offsets map back to
    /// offsets in the whole `text`. An out-of-bounds span gives an empty view.
    pub fn normalize_span(&self, text: &str, span: Span) -> Normalized {
        normalize::normalize_span(text, span)
    }
}

/// `given` clamped into `text`, starting no earlier than `floor`, on char boundaries and
/// trimmed of whitespace.
fn fit_span(text: &str, given: Span, floor: usize) -> Span {
    let mut start = given.start.max(floor).min(text.len());
    let mut end = given.end.min(text.len()).max(start);
    while start < end && !text.is_char_boundary(start) {
        start += 1;
    }
    while end > start && !text.is_char_boundary(end) {
        end -= 1;
    }
    if !text.is_char_boundary(start) {
        // `start == end` inside a character: move both to the next boundary.
        while start < text.len() && !text.is_char_boundary(start) {
            start += 1;
        }
        end = start;
    }
    scan::trim_span(text, Span::new(start, end))
}

#[cfg(test)]
mod tests;
