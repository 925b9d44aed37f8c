//! The seed articles' title, source and published date against the answer key, when the
//! shared data sits beside the repository (`../shared`). Ignored by default: run with
//! `cargo test -p whosaid-article --test seeds -- --ignored`.

use std::path::PathBuf;

use whosaid_article::{records, CleanerBuilder};

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    dir.join("seeds-gold/articles.tsv").is_file().then_some(dir)
}

#[test]
#[ignore = "needs ../shared beside the repository"]
fn seed_metadata_matches_the_answer_key() {
    let Some(shared) = shared() else { return };
    let gold = std::fs::read_to_string(shared.join("seeds-gold/articles.tsv")).unwrap();
    let cleaner = CleanerBuilder::new().build();
    let mut found = std::collections::HashMap::new();
    for record in records(&[shared.join("seeds")]) {
        let record = record.unwrap();
        let m = cleaner.clean(&record).meta;
        let published = m.published.map(|d| d.to_string()).unwrap_or_default();
        found.insert(
            record.id.clone(),
            (m.title.unwrap_or_default(), m.source.unwrap_or_default(), published),
        );
    }
    let mut wrong = Vec::new();
    for line in gold.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [doc, title, source, published, ..] = cols.as_slice() else { continue };
        let want = (title.to_string(), source.to_string(), published.to_string());
        if found.get(*doc) != Some(&want) {
            wrong.push(format!("{doc}: got {:?}, want {want:?}", found.get(*doc)));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
