//! Prints what clean-up finds in the given inputs: metadata, then the body paragraphs.
//!
//! `cargo run -p whosaid-article --example inspect -- FILE... [--body | --tsv]`
//!
//! `--tsv` prints only the metadata, one tab-separated row per record (the columns of a
//! gold `articles.tsv`: doc, title, source, published, dateline, byline).

use std::path::PathBuf;

use whosaid_article::{records, CleanerBuilder};

fn main() {
    let mut show_body = false;
    let mut tsv = false;
    let mut inputs = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--tsv" {
            tsv = true;
        } else if arg == "--body" {
            show_body = true;
        } else {
            inputs.push(PathBuf::from(arg));
        }
    }
    let cleaner = CleanerBuilder::new().build();
    for item in records(&inputs) {
        match item {
            Err(err) => println!("SKIP {}: {err}", err.id()),
            Ok(record) => {
                let article = cleaner.clean(&record);
                let m = &article.meta;
                if tsv {
                    let field = |f: &Option<String>| f.clone().unwrap_or_default();
                    println!(
                        "{}\t{}\t{}\t{}\t{}\t{}",
                        record.id,
                        field(&m.title),
                        field(&m.source),
                        m.published.map(|d| d.to_string()).unwrap_or_default(),
                        field(&m.dateline),
                        field(&m.byline)
                    );
                    continue;
                }
                println!(
                    "{}\ttitle={:?}\tsource={:?}\tpublished={}\tdateline={:?}\tbyline={:?}\twords={}",
                    record.id,
                    m.title,
                    m.source,
                    m.published.map(|d| d.to_string()).unwrap_or_default(),
                    m.dateline,
                    m.byline,
                    article.words
                );
                if show_body {
                    for (span, dropped) in cleaner.explain(&record) {
                        let mark = dropped.map(|d| format!("{d:?}")).unwrap_or_default();
                        println!("  {mark:>12} | {}", record.text[span.range()].replace('\n', "⏎"));
                    }
                }
            }
        }
    }
}
