//! Tokenizes a file N times, for measuring CPU time with `perf stat` on a loaded machine
//! (criterion measures wall time, which other processes inflate).
//!
//! `cargo run --release -p whosaid-tokenize --example tokenize_throughput -- FILE N [reuse]`

use whosaid_tokenize::{TokenizerBuilder, Tokens};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_default();
    let times: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let reuse = args.next().is_some_and(|a| a == "reuse");
    let text = std::fs::read_to_string(path)?;
    let tokenizer = TokenizerBuilder::new().build();
    let spans = tokenizer.paragraph_spans(&text);
    let mut out = Tokens::default();
    let mut count = 0;
    for _ in 0..times {
        if reuse {
            tokenizer.tokenize_paragraphs_into(&text, &spans, &mut out);
            count += std::hint::black_box(&out).tokens.len();
        } else {
            count += std::hint::black_box(tokenizer.tokenize(&text)).tokens.len();
        }
    }
    println!("{count} tokens");
    Ok(())
}
