//! Attribution never panics and every span it returns lies on character boundaries of the
//! text, whatever the input.

mod support;

use proptest::prelude::*;

const PIECES: &[&str] = &[
    "said",
    "says",
    "told",
    "reporters",
    "according",
    "to",
    "quoted",
    "as",
    "saying",
    "accused",
    "of",
    "that",
    "he",
    "she",
    "they",
    "it",
    "the",
    "spokesman",
    "officials",
    "company",
    "Maria",
    "Lindqvist",
    "Ministry",
    "Tuesday",
    "Oct.",
    "6",
    ",",
    ".",
    ":",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'s",
    "\u{b4}s",
    "(",
    ")",
    "<",
    ">",
    "\n",
    "\n\n",
    "adding",
    "a",
    "van",
    "Dr",
    "é",
    "—",
    "?",
    "!",
    "one",
    "them",
    "which",
    "who",
];

fn check(text: &str) {
    for (claim, _) in support::claims_with(text, support::default_gazetteer(), "2020-03-04") {
        assert!(claim.span.get(text).is_some(), "span {:?} in {text:?}", claim.span);
        if let Some(s) = claim.speaker_span {
            assert!(s.get(text).is_some(), "speaker span {s:?} in {text:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_news_like_text_never_breaks_spans(picks in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let text: String = picks.iter().filter_map(|&i| PIECES.get(i)).copied().collect::<Vec<_>>().join(" ");
        check(&text);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
        check(&text);
    }
}
