//! Paragraphs, sentences, tokens and quotation spans of news text, as byte spans.
//!
//! (Contract sketch: the tokenize helper owns this crate and replaces this text.)

use std::ops::Range;
use whosaid_core::Span;

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
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
    /// The quoted words, without the marks.
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
    /// Quotations in text order of their opening marks.
    pub quotes: Vec<QuoteSpan>,
}

/// A folded copy of a text for matching, with a map back to original offsets.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    /// The folded text.
    pub text: String,
    map: Vec<usize>,
}

impl Normalized {
    /// The original span that a span of the folded text came from.
    pub fn original(&self, span: Span) -> Span {
        let at = |i: usize| self.map.get(i).copied().unwrap_or(0);
        Span::new(at(span.start), at(span.end))
    }
}

/// Builds a [`Tokenizer`].
#[derive(Clone, Debug, Default)]
pub struct TokenizerBuilder {}

impl TokenizerBuilder {
    /// A builder with the default options.
    pub fn new() -> TokenizerBuilder {
        TokenizerBuilder::default()
    }

    /// Builds the tokenizer.
    pub fn build(&self) -> Tokenizer {
        Tokenizer {}
    }
}

/// Splits text into paragraphs, sentences, tokens and quotations.
#[derive(Clone, Debug, Default)]
pub struct Tokenizer {}

impl Tokenizer {
    /// Tokenizes `text`, finding paragraphs at line breaks.
    pub fn tokenize(&self, _text: &str) -> Tokens {
        Tokens::default()
    }

    /// Tokenizes only the given paragraphs of `text` (spans into `text`, in order, not
    /// overlapping), as chosen by article clean-up. Spans in the result index `text`.
    pub fn tokenize_paragraphs(&self, _text: &str, _paragraphs: &[Span]) -> Tokens {
        Tokens::default()
    }

    /// A folded view of `text` for matching: curly and odd quotes and apostrophes, dashes
    /// folded to ASCII, case folded, with a map back to offsets in `text`.
    pub fn normalize(&self, text: &str) -> Normalized {
        Normalized { text: text.to_string(), map: (0..=text.len()).collect() }
    }
}
