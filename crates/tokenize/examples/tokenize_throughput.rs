//! Tokenizes a file (or a generated input) N times, for measuring CPU time with `perf stat`
//! or instructions with `valgrind --tool=callgrind` on a loaded machine (criterion measures
//! wall time, which other processes inflate).
//!
//! `cargo run --release -p whosaid-tokenize --example tokenize_throughput -- INPUT N [reuse]`
//!
//! INPUT is a file, or `news:MB`, `quote_marks:MB` or `one_paragraph:MB` for the bench's
//! generated inputs of that many MiB. With `linear` as INPUT, it times every generated
//! input at 1, 10 and 100 MiB once and prints MiB/s, to show that time grows linearly.

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::time::Instant;
use whosaid_tokenize::{Tokenizer, TokenizerBuilder, Tokens};

const MB: usize = 1 << 20;

/// The generated input `kind` of `mb` MiB, if `kind` names one.
fn generated(kind: &str, mb: usize) -> Option<String> {
    match kind {
        "news" => Some(corpus::news(mb * MB, "\n\n")),
        "quote_marks" => Some(corpus::quote_marks(mb * MB)),
        "one_paragraph" => Some(corpus::news(mb * MB, " ")),
        _ => None,
    }
}

fn linear(tokenizer: &Tokenizer) {
    let mut out = Tokens::default();
    for kind in ["news", "quote_marks", "one_paragraph"] {
        for mb in [1, 10, 100] {
            let Some(text) = generated(kind, mb) else { continue };
            let spans = tokenizer.paragraph_spans(&text);
            // Once to size the reused output, once measured.
            tokenizer.tokenize_paragraphs_into(&text, &spans, &mut out);
            let started = Instant::now();
            tokenizer.tokenize_paragraphs_into(&text, &spans, &mut out);
            let seconds = started.elapsed().as_secs_f64();
            let rate = text.len() as f64 / MB as f64 / seconds;
            println!("{kind:>14} {mb:>4} MiB {:>9.1} ms {rate:>7.1} MiB/s", seconds * 1e3);
        }
    }
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let input = args.next().unwrap_or_default();
    let tokenizer = TokenizerBuilder::new().build();
    if input == "linear" {
        linear(&tokenizer);
        return Ok(());
    }
    let times: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let reuse = args.next().is_some_and(|a| a == "reuse");
    let text = match input.split_once(':') {
        Some((kind, mb)) => generated(kind, mb.parse().unwrap_or(1)).unwrap_or_default(),
        None => std::fs::read_to_string(&input)?,
    };
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
