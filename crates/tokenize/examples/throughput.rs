//! Tokenizes a file N times, for measuring CPU time with `perf stat` on a loaded machine
//! (criterion measures wall time, which other processes inflate).
//!
//! `cargo run --release -p whosaid-tokenize --example throughput -- FILE N`

use whosaid_tokenize::TokenizerBuilder;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_default();
    let times: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let text = std::fs::read_to_string(path)?;
    let tokenizer = TokenizerBuilder::new().build();
    let mut count = 0;
    for _ in 0..times {
        count += std::hint::black_box(tokenizer.tokenize(&text)).tokens.len();
    }
    println!("{count} tokens");
    Ok(())
}
