//! Property tests: on any input the tokenizer never panics and its spans are well formed.

use proptest::prelude::*;
use whosaid_core::Span;
use whosaid_tokenize::{Tokenizer, TokenizerBuilder, Tokens};

fn tokenizer() -> Tokenizer {
    TokenizerBuilder::new().build()
}

/// Strings made mostly of the characters that drive the tricky rules.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"", "“", "”", "„", "«", "»", "‘", "’", "'", "´", "`", "ʼ", ".", "...", "…", "!", "?",
        ",", "-", "--", "—", "(", ")", " ", " ", "\n", "\n\n", "\r\n", "\u{a0}", "\u{2009}", "a",
        "He", "said", "U.S.", "Gen.", "J.", "Oct.", "Inc.", "s", "0.1%", "240,000", "The", "é",
        "İ", "\u{301}", "x",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

fn assert_on_boundaries(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what} inverted {span:?}");
    assert!(text.get(span.range()).is_some(), "{what} {span:?} not on char boundaries of {text:?}");
}

fn assert_sorted_disjoint(spans: impl Iterator<Item = Span>, what: &str) {
    let mut end = 0;
    for span in spans {
        assert!(span.start >= end, "{what} {span:?} overlaps or is out of order");
        end = span.end;
    }
}

fn check(text: &str, tokens: &Tokens) {
    for p in &tokens.paragraphs {
        assert_on_boundaries(text, p.span, "paragraph");
    }
    for s in &tokens.sentences {
        assert_on_boundaries(text, s.span, "sentence");
        assert!(!s.span.is_empty(), "empty sentence");
    }
    for t in &tokens.tokens {
        assert_on_boundaries(text, t.span(), "token");
        assert!(!t.span().is_empty(), "empty token");
        if t.is_word() {
            assert!(!t.text(text).contains(char::is_whitespace), "word with a space {t:?}");
        }
    }
    for q in tokens.quotes.iter().chain(&tokens.inner_quotes) {
        assert_on_boundaries(text, q.span, "quote");
        assert_on_boundaries(text, q.inner, "quote inner");
        assert!(q.span.contains(q.inner), "inner {:?} outside quote {:?}", q.inner, q.span);
        let paragraph = tokens.paragraphs.get(q.paragraph).expect("quote paragraph");
        assert!(paragraph.span.contains(q.span), "quote outside its paragraph");
        if q.continues {
            assert_eq!(q.span.start, paragraph.span.start, "continuation not at paragraph start");
            assert!(q.paragraph > 0, "first paragraph continues nothing");
        }
    }
    assert_sorted_disjoint(tokens.paragraphs.iter().map(|p| p.span), "paragraph");
    assert_sorted_disjoint(tokens.sentences.iter().map(|s| s.span), "sentence");
    assert_sorted_disjoint(tokens.tokens.iter().map(|t| t.span()), "token");
    assert_sorted_disjoint(tokens.quotes.iter().map(|q| q.span), "quote");

    // Sentences partition the tokens; paragraphs partition the sentences.
    let mut next_token = 0;
    for (i, s) in tokens.sentences.iter().enumerate() {
        assert_eq!(s.tokens.start, next_token, "sentence {i} token range");
        assert!(s.tokens.end > s.tokens.start);
        next_token = s.tokens.end;
        let paragraph = tokens.paragraphs.get(s.paragraph).expect("sentence paragraph");
        assert!(paragraph.span.contains(s.span), "sentence outside its paragraph");
        assert!(paragraph.sentences.contains(&i), "paragraph does not list sentence {i}");
        for t in tokens.sentence_tokens(i) {
            assert!(s.span.contains(t.span()), "token outside its sentence");
        }
        assert_eq!(tokens.sentence_at(s.span.start), Some(i));
    }
    assert_eq!(next_token, tokens.tokens.len(), "tokens outside every sentence");
    let mut next_sentence = 0;
    for p in &tokens.paragraphs {
        assert_eq!(p.sentences.start, next_sentence);
        next_sentence = p.sentences.end.max(p.sentences.start);
    }
    assert_eq!(next_sentence, tokens.sentences.len());

    // Inner quotes lie inside an outer quote and nest without crossing each other.
    let mut inner_start = 0;
    for q in &tokens.inner_quotes {
        assert!(q.span.start >= inner_start, "inner quotes out of order");
        inner_start = q.span.start;
        let outer = tokens.quote_at(q.span.start).and_then(|i| tokens.quotes.get(i));
        assert!(outer.is_some_and(|o| o.span.contains(q.span)), "inner quote outside outer");
        for other in &tokens.inner_quotes {
            let crossing = q.span.overlaps(other.span)
                && !q.span.contains(other.span)
                && !other.span.contains(q.span);
            assert!(!crossing, "inner quotes {:?} and {:?} cross", q.span, other.span);
        }
    }
}

fn check_normalized(text: &str) {
    let n = tokenizer().normalize(text);
    let mut last = 0;
    for i in (0..=n.text.len()).filter(|&i| n.text.is_char_boundary(i)) {
        let original = n.map_offset(i);
        assert!(original >= last, "map not monotone at {i}");
        assert!(text.is_char_boundary(original), "offset {i} maps inside a character");
        assert_eq!(n.folded_offset(original), i, "folded_offset does not invert map_offset");
        last = original;
    }
    assert_eq!(n.original(Span::new(0, n.text.len())), Span::new(0, text.len()));
    for (start, c) in text.char_indices() {
        let folded = n.folded(Span::new(start, start + c.len_utf8()));
        assert!(n.text.get(folded.range()).is_some(), "folded span of {c:?} cuts a character");
        assert!(!folded.is_empty(), "character {c:?} has an empty folded span");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn tricky_text_gives_well_formed_spans(text in tricky_text()) {
        check(&text, &tokenizer().tokenize(&text));
        check_normalized(&text);
    }

    #[test]
    fn arbitrary_text_gives_well_formed_spans(text in any::<String>()) {
        check(&text, &tokenizer().tokenize(&text));
        check_normalized(&text);
    }

    #[test]
    fn arbitrary_paragraph_spans_are_fitted(
        text in tricky_text(),
        raw in prop::collection::vec((0usize..400, 0usize..400), 0..8),
    ) {
        let spans: Vec<Span> = raw.iter().map(|&(a, b)| Span::new(a, b)).collect();
        let tokens = tokenizer().tokenize_paragraphs(&text, &spans);
        prop_assert_eq!(tokens.paragraphs.len(), spans.len());
        check(&text, &tokens);
    }
}

#[test]
fn nothing_but_quote_marks_is_handled() {
    for mark in ["\"", "“", "”", "‘", "’", "'", "«", "„"] {
        let text = mark.repeat(10_000);
        check(&text, &tokenizer().tokenize(&text));
    }
    let mixed = "“‘\"".repeat(5_000);
    check(&mixed, &tokenizer().tokenize(&mixed));
}
