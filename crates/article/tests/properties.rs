//! Properties over arbitrary input: clean-up and reading never panic, and body spans always
//! index the original text in order.

use std::sync::OnceLock;

use proptest::prelude::*;
use whosaid_article::{parse_date, records, Cleaner, CleanerBuilder, Record};

fn cleaner() -> &'static Cleaner {
    static CLEANER: OnceLock<Cleaner> = OnceLock::new();
    CLEANER.get_or_init(|| CleanerBuilder::new().default_year(Some(2015)).build())
}

/// Text made of the pieces page dumps are made of, so the rules actually fire.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\n    ".to_string()),
        Just("-\n".to_string()),
        Just("By AFP\n".to_string()),
        Just("By Jane Smith\n".to_string()),
        Just("MOSCOW, Oct. 6 (UPI) -- ".to_string()),
        Just("Washington: ".to_string()),
        Just("Published: Fri 18 Sep 2015, 6:54 PM\n".to_string()),
        Just("Advertisement\n".to_string()),
        Just("\u{201c}We will,\u{201d} he said. ".to_string()),
        Just("Photo: ".to_string()),
        Just("…".to_string()),
        Just("\u{a0}\u{a0}• ".to_string()),
        "[A-Za-zÀ-ÿ0-9 ,.\"'’“”:|()-]{0,40}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn body_spans_are_ordered_char_boundaries(text in newsish()) {
        let record = Record { id: "p".into(), text: text.clone(), ..Record::default() };
        let article = cleaner().clean(&record);
        let mut last = 0;
        for span in &article.body {
            prop_assert!(text.get(span.range()).is_some(), "{:?} in {:?}", span, text);
            prop_assert!(span.start >= last);
            last = span.end;
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        let record = Record { id: "u".into(), text: text.clone(), ..Record::default() };
        let article = cleaner().clean(&record);
        for span in &article.body {
            prop_assert!(text.get(span.range()).is_some());
        }
        let _ = parse_date(&text, None);
    }

    #[test]
    fn arbitrary_bytes_as_jsonl_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join("x.jsonl");
        std::fs::write(&path, &bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        for item in records(&[path]) {
            if let Err(err) = item {
                prop_assert!(!err.to_string().is_empty());
            }
        }
    }
}
