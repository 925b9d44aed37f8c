//! Cleans the clean-up bench's synthetic corpus several rounds, for a profiler:
//! `valgrind --tool=callgrind target/release/examples/profile_clean [ROUNDS]`.
//! Prints the bytes cleaned, so instructions per byte can be worked out.

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use whosaid_article::CleanerBuilder;

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(5);
    let articles = corpus::corpus();
    let bytes: usize = articles.iter().map(|r| r.text.len()).sum();
    let cleaner = CleanerBuilder::new().build();
    let mut sink = 0usize;
    for _ in 0..rounds {
        for record in &articles {
            sink += cleaner.clean(record).body.len();
        }
    }
    println!("{} bytes x {rounds} rounds cleaned ({sink} paragraphs)", bytes);
}
