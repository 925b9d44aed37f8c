//! Cleans the clean-up bench's synthetic corpus several rounds, for a profiler:
//! `valgrind --tool=callgrind --toggle-collect='*measured*' target/release/examples/profile_clean [ROUNDS]`.
//! Prints the bytes cleaned, so instructions per byte can be worked out.
//! `profile_clean dump` prints each record's metadata and body spans instead, to compare
//! clean-up's output on the bench text before and after a change.
//! `profile_clean read [ROUNDS]` and `profile_clean read-clean [ROUNDS]` write the corpus to
//! a JSONL file, as the bench's `read_jsonl` does, and measure reading it (and cleaning
//! each record read, as `read_jsonl_and_clean` does).

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use whosaid_article::CleanerBuilder;

fn main() {
    let arg = std::env::args().nth(1);
    let articles = corpus::corpus();
    let cleaner = CleanerBuilder::new().build();
    if arg.as_deref() == Some("dump") {
        for record in &articles {
            let article = cleaner.clean(record);
            println!("{}\t{:?}\twords={}", record.id, article.meta, article.words);
            for span in &article.body {
                println!("BODY\t{}..{}", span.start, span.end);
            }
        }
        return;
    }
    if let Some(mode @ ("read" | "read-clean")) = arg.as_deref() {
        let rounds: usize = std::env::args().nth(2).and_then(|n| n.parse().ok()).unwrap_or(5);
        read_rounds(&cleaner, &articles, rounds, mode == "read-clean");
        return;
    }
    let rounds: usize = arg.and_then(|n| n.parse().ok()).unwrap_or(5);
    let bytes: usize = articles.iter().map(|r| r.text.len()).sum();
    // A first round builds the lazily compiled patterns, so that `measured` (for
    // `--toggle-collect=*measured*`) holds clean-up alone.
    let warm: usize = articles.iter().map(|r| cleaner.clean(r).body.len()).sum();
    let sink = measured(&cleaner, &articles, rounds);
    println!("{} bytes x {rounds} rounds cleaned ({sink} paragraphs, {warm} warm-up)", bytes);
}

#[inline(never)]
fn measured(
    cleaner: &whosaid_article::Cleaner,
    articles: &[whosaid_article::Record],
    rounds: usize,
) -> usize {
    let mut sink = 0usize;
    for _ in 0..rounds {
        for record in articles {
            sink += cleaner.clean(record).body.len();
        }
    }
    sink
}

/// Writes the corpus as the bench's JSONL file and reads it `rounds` times in `measured_read`.
fn read_rounds(
    cleaner: &whosaid_article::Cleaner,
    articles: &[whosaid_article::Record],
    rounds: usize,
    clean: bool,
) {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.jsonl");
    let mut file = std::fs::File::create(&path).expect("create bench file");
    for record in articles {
        let line = format!("{{\"id\":{:?},\"text\":{:?}}}", record.id, record.text);
        writeln!(file, "{line}").expect("write bench file");
    }
    drop(file);
    let bytes: usize = articles.iter().map(|r| r.text.len()).sum();
    let inputs = [path];
    // Builds the lazily compiled patterns outside `measured_read`.
    let warm: usize = articles.iter().map(|r| cleaner.clean(r).body.len()).sum();
    let sink = measured_read(cleaner, &inputs, rounds, clean);
    println!("{bytes} bytes x {rounds} rounds read (clean: {clean}; {sink}, {warm} warm-up)");
}

#[inline(never)]
fn measured_read(
    cleaner: &whosaid_article::Cleaner,
    inputs: &[std::path::PathBuf],
    rounds: usize,
    clean: bool,
) -> usize {
    let mut sink = 0usize;
    for _ in 0..rounds {
        for record in whosaid_article::records(inputs).flatten() {
            sink += if clean { cleaner.clean(&record).body.len() } else { record.text.len() };
        }
    }
    sink
}
