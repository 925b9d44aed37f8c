//! Properties of the whole per-article pipeline over arbitrary and news-shaped input: no
//! stage panics, every span any stage returns indexes the original text on char boundaries
//! (in order and without overlap where the stage promises it), dates are valid, clustering
//! returns earliest-member representatives, and the reader survives arbitrary bytes in every
//! format. The invariants live in `fuzz/src/checks.rs`, shared with the fuzz targets.
//!
//! Cases default to 256 per property; `PROPTEST_CASES=10000 cargo test --test properties`
//! runs more.

#[path = "../fuzz/src/checks.rs"]
mod checks;

use proptest::prelude::*;
use whosaid_cluster::ClaimRef;
use whosaid_core::Span;

/// Text made of the pieces news copy is made of, so that quote pairing, cue matching,
/// names, dates and paragraph breaks all fire and interact.
fn newsish() -> impl Strategy<Value = String> {
    newsish_of(0..60)
}

/// [`newsish`] with a chosen number of pieces.
fn newsish_of(pieces: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        // Quotation marks and apostrophes of every kind the tokenizer knows.
        pick(&[
            "\"", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\u{b4}", "'", "\u{ab}",
            "\u{bb}", "`", "\u{201e}"
        ]),
        pick(&["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " ", "  ", "\t", "\u{a0}"]),
        pick(&[
            "-", "--", " - ", "\u{2013}", "\u{2014}", ".", ". ", ",", ", ", ":", ";", "?", "!",
            "(", ")", "…", "..."
        ]),
        pick(&[
            "said",
            "says",
            "told",
            "told reporters",
            "according to",
            "added",
            "quoted",
            "as saying",
            "accused",
            "of",
            "that",
            "he",
            "she",
            "they",
            "the",
            "spokesman",
            "minister",
            "officials",
            "the company"
        ]),
        pick(&[
            "Russia",
            "Russia\u{b4}s",
            "Putin",
            "Vladimir Putin",
            "U.S.",
            "Pentagon",
            "Obama",
            "Peter Cook",
            "Mr.",
            "Dr.",
            "Syria",
            "Syrian",
            "NATO",
            "Kremlin",
            "Jane Smith",
            "MOSCOW",
            "By AFP",
            "Reuters",
            "AP"
        ]),
        pick(&[
            "January",
            "Oct.",
            "October",
            "Sept",
            "Monday",
            "Tuesday",
            "on Friday",
            "yesterday",
            "last week",
            "2015",
            "7",
            "31",
            "29",
            "2015-10-07",
            "Feb. 29",
            "10/7/2015",
            "0",
            "9999",
            "240,000",
            "4.5%"
        ]),
        "[A-Z][a-z]{0,8}".boxed(),
        "[a-z]{1,8}".boxed(),
        "[0-9]{1,6}".boxed(),
    ];
    prop::collection::vec(piece, pieces).prop_map(|pieces| pieces.join(""))
}

fn pick(options: &[&'static str]) -> BoxedStrategy<String> {
    prop::sample::select(options.to_vec()).prop_map(String::from).boxed()
}

/// Arbitrary chars, including controls, surrogates-free multibyte and zero-width ones.
fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..200).prop_map(|chars| chars.into_iter().collect())
}

fn fail(e: String) -> TestCaseError {
    TestCaseError::fail(e)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn pipeline_spans_stay_in_news_shaped_text(text in newsish()) {
        checks::check_text(&text).map_err(|e| fail(format!("{e}\ntext: {text:?}")))?;
    }

    #[test]
    fn pipeline_never_panics_on_arbitrary_text(text in arbitrary_text()) {
        checks::check_text(&text).map_err(|e| fail(format!("{e}\ntext: {text:?}")))?;
    }

    #[test]
    fn pipeline_never_panics_on_mixed_text(a in newsish(), b in arbitrary_text(), c in newsish()) {
        let text = format!("{a}{b}{c}");
        checks::check_text(&text).map_err(|e| fail(format!("{e}\ntext: {text:?}")))?;
    }

    #[test]
    fn tokenizing_arbitrary_paragraph_spans_stays_in_text(
        text in newsish(),
        spans in prop::collection::vec((0usize..400, 0usize..400), 0..8),
    ) {
        let s = checks::stages();
        // Span::new orders the ends; inverted literal spans are their own regression test.
        let spans: Vec<Span> = spans.into_iter().map(|(a, b)| Span::new(a, b)).collect();
        let tokens = s.tokenizer.tokenize_paragraphs(&text, &spans);
        prop_assert_eq!(tokens.paragraphs.len(), spans.len());
        checks::check_tokens(&text, &tokens).map_err(|e| fail(format!("{e}\ntext: {text:?} spans {spans:?}")))?;
        let annotation = s.gazetteer.annotate(&text, &tokens);
        checks::check_annotation(&text, &annotation).map_err(fail)?;
    }

    #[test]
    fn normalizing_arbitrary_text_never_panics(text in arbitrary_text(), a in 0usize..300, b in 0usize..300) {
        let s = checks::stages();
        let _ = s.tokenizer.normalize(&text);
        let _ = s.tokenizer.normalize_span(&text, Span { start: a, end: b });
    }

    #[test]
    fn clustering_gives_earliest_fixed_point_representatives(
        claims in prop::collection::vec((0usize..3, prop_oneof![newsish_of(0..20), arbitrary_text()]), 0..16),
    ) {
        let keys = ["", "kremlin", "peter cook"];
        let refs: Vec<ClaimRef<'_>> = claims
            .iter()
            .map(|(k, text)| ClaimRef { speaker_key: keys.get(*k).copied().unwrap_or(""), text })
            .collect();
        checks::check_clusters(&checks::stages().clusterer, &refs).map_err(fail)?;
    }

    #[test]
    fn clustering_duplicated_texts_keeps_fixed_points(text in newsish(), copies in 1usize..6) {
        let refs: Vec<ClaimRef<'_>> =
            (0..copies).map(|_| ClaimRef { speaker_key: "kremlin", text: &text }).collect();
        checks::check_clusters(&checks::stages().clusterer, &refs).map_err(fail)?;
    }

    #[test]
    fn reader_survives_arbitrary_bytes_in_every_format(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let dir = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
        checks::check_reader(dir.path(), &bytes, false).map_err(|e| fail(format!("{e}\nbytes: {bytes:?}")))?;
    }

    #[test]
    fn reader_then_pipeline_survive_news_shaped_records(
        text in newsish(),
        wrap in 0usize..4,
    ) {
        // Raw text, a JSON line, a CSV row and a JSON line cut short: each reaches the
        // record parser with the pipeline behind it.
        let json = serde_json::json!({ "id": 1, "text": text, "published": "2015-10-07" }).to_string();
        let bytes = match wrap {
            0 => text.clone().into_bytes(),
            1 => format!("{json}\n{json}").into_bytes(),
            2 => {
                let quoted = text.replace('"', "\"\"");
                format!("id,text,published\n1,\"{quoted}\",Oct. 7\n").into_bytes()
            }
            _ => json.as_bytes().get(..json.len() / 2).unwrap_or_default().to_vec(),
        };
        let dir = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
        checks::check_reader(dir.path(), &bytes, true).map_err(|e| fail(format!("{e}\nbytes: {:?}", String::from_utf8_lossy(&bytes))))?;
    }
}

/// 256 cases per property unless `PROPTEST_CASES` asks for another number.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
}

/// Inputs that once broke a stage (or that sit at the edges the rules care about), checked
/// through the whole chain. Named after what they protect.
macro_rules! regression {
    ($($name:ident: $text:expr;)*) => {$(
        #[test]
        fn $name() {
            if let Err(e) = checks::check_text($text) {
                panic!("{e}\ntext: {:?}", $text);
            }
        }
    )*};
}

regression! {
    regression_empty_text: "";
    regression_unclosed_quote_at_eof: "\u{201c}We will";
    regression_lone_closing_quote_then_cue: "\u{201d}, he said.";
    regression_crlf_only: "\r\n\r\n\r\n";
    regression_acute_apostrophe_possessive: "Russia\u{b4}s \u{b4}";
}

/// Found by `tokenizing_arbitrary_paragraph_spans_stays_in_text`: `Span`'s fields are public,
/// so a caller can hand the tokenizer `Span { start: 66, end: 0 }`; its doc promises such
/// spans are "shrunk to fit", but summing `Span::len` overflowed (debug builds panic).
#[test]
fn regression_inverted_paragraph_span_is_shrunk_not_panicking() {
    let tokenizer = whosaid_tokenize::TokenizerBuilder::new().build();
    let inverted = Span { start: 66, end: 0 };
    let tokens = tokenizer.tokenize_paragraphs("", &[inverted]);
    assert_eq!(tokens.paragraphs.len(), 1);
    let text = "The mayor said so.";
    let tokens = tokenizer.tokenize_paragraphs(text, &[Span { start: 10, end: 2 }]);
    if let Err(e) = checks::check_tokens(text, &tokens) {
        panic!("{e}");
    }
}
