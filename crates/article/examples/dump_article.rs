//! Prints everything reading and clean-up produce for the given inputs, one field per line:
//! for comparing the output before and after a change (`diff` two dumps).
//!
//! `cargo run --release -p whosaid-article --example dump_article -- FILE...`

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use whosaid_article::{records, CleanerBuilder};

fn main() {
    let inputs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let cleaner = CleanerBuilder::new().build();
    for item in records(&inputs) {
        let record = match item {
            Err(err) => {
                println!("ERR\t{}\t{err}\t{:?}", err.id(), err.kind());
                continue;
            }
            Ok(record) => record,
        };
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        record.text.hash(&mut hasher);
        println!(
            "REC\t{}\t{}:{:?}\tlen={}\thash={:016x}\ttitle={:?}\tsource={:?}\tpublished={:?}\turl={:?}\twarnings={:?}",
            record.id,
            record.origin.path.display(),
            record.origin.line,
            record.text.len(),
            hasher.finish(),
            record.title,
            record.source,
            record.published,
            record.url,
            record.warnings
        );
        let article = cleaner.clean(&record);
        let m = &article.meta;
        println!(
            "META\ttitle={:?}\tsource={:?}\tpublished={:?}\tdateline={:?}\tbyline={:?}\twords={}",
            m.title,
            m.source,
            m.published.map(|d| d.to_string()),
            m.dateline,
            m.byline,
            article.words
        );
        for span in &article.body {
            println!("BODY\t{}..{}", span.start, span.end);
        }
        for (span, dropped) in cleaner.explain(&record) {
            println!("PARA\t{}..{}\t{:?}", span.start, span.end, dropped);
        }
    }
}
