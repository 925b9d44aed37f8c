//! Attribution never panics and every span it returns lies on character boundaries of the
//! text, whatever the input.

use proptest::prelude::*;
use std::sync::OnceLock;
use whosaid_attribution::{AttributorBuilder, Document};

use whosaid_gazetteer::{Gazetteer, GazetteerBuilder};
use whosaid_tokenize::TokenizerBuilder;

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
    let tokens = TokenizerBuilder::new().build().tokenize(text);
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    let gazetteer = GAZETTEER.get_or_init(|| GazetteerBuilder::with_defaults().build());
    let annotation = gazetteer.annotate(text, &tokens);
    let doc = Document {
        text,
        tokens: &tokens,
        annotation: &annotation,
        gazetteer,
        published: "2020-03-04".parse().ok(),
    };
    for claim in AttributorBuilder::new().build().attribute(&doc) {
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
