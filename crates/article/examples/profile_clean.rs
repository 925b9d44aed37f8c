//! Cleans the clean-up bench's synthetic corpus several rounds, for a profiler:
//! `valgrind --tool=callgrind --toggle-collect='*measured*' target/release/examples/profile_clean [ROUNDS]`.
//! Prints the bytes cleaned, so instructions per byte can be worked out.
//! `profile_clean dump` prints each record's metadata and body spans instead, to compare
//! clean-up's output on the bench text before and after a change.

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
