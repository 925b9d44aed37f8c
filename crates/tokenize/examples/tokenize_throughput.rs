//! Tokenizes a file (or a generated input) N times, for measuring CPU time with `perf stat`
//! or instructions with `valgrind --tool=callgrind` on a loaded machine (criterion measures
//! wall time, which other processes inflate).
//!
//! `cargo run --release -p whosaid-tokenize --example tokenize_throughput -- INPUT N [reuse|normalize]`
//!
//! `reuse` tokenizes into one reused `Tokens` (the binary's path); `normalize` builds the
//! folded view instead.
//!
//! INPUT is a file, or `news:MB`, `quote_marks:MB` or `one_paragraph:MB` for the bench's
//! generated inputs of that many MiB. With `linear` as INPUT, it times
//! `tokenize_paragraphs_into` (reused output) on every generated input at 1, 10 and 100 MiB
//! (fastest of three runs) and prints wall time, this thread's CPU time (Linux
//! `/proc/thread-self/schedstat`) and MiB/s by CPU time, to show that time grows linearly.

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

/// Nanoseconds this thread has spent on a CPU, where Linux tells (`/proc/thread-self/
/// schedstat`): on a machine shared with other jobs, wall time mostly measures the others.
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

fn linear(tokenizer: &Tokenizer) {
    let mut out = Tokens::default();
    for kind in ["news", "quote_marks", "one_paragraph"] {
        for mb in [1, 10, 100] {
            let Some(text) = generated(kind, mb) else { continue };
            let spans = tokenizer.paragraph_spans(&text);
            // Once to size the reused output, once measured.
            tokenizer.tokenize_paragraphs_into(&text, &spans, &mut out);
            // The fastest of three runs: the others were slowed by other jobs.
            let (mut wall, mut cpu) = (f64::MAX, f64::MAX);
            for _ in 0..3 {
                let started = Instant::now();
                let cpu_started = cpu_ns();
                tokenizer.tokenize_paragraphs_into(&text, &spans, &mut out);
                let run_wall = started.elapsed().as_secs_f64();
                let run_cpu = match (cpu_started, cpu_ns()) {
                    (Some(from), Some(to)) => to.saturating_sub(from) as f64 / 1e9,
                    _ => run_wall,
                };
                wall = wall.min(run_wall);
                cpu = cpu.min(run_cpu);
            }
            let rate = text.len() as f64 / MB as f64 / cpu;
            println!(
                "{kind:>14} {mb:>4} MiB  wall {:>8.1} ms  cpu {:>8.1} ms  {rate:>6.1} MiB/s (cpu)",
                wall * 1e3,
                cpu * 1e3
            );
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
    let mode = args.next().unwrap_or_default();
    let reuse = mode == "reuse";
    let text = match input.split_once(':') {
        Some((kind, mb)) => generated(kind, mb.parse().unwrap_or(1)).unwrap_or_default(),
        None => std::fs::read_to_string(&input)?,
    };
    let spans = tokenizer.paragraph_spans(&text);
    let mut out = Tokens::default();
    let mut count = 0;
    for _ in 0..times {
        if mode == "normalize" {
            count += std::hint::black_box(tokenizer.normalize(&text)).text.len();
        } else if reuse {
            tokenizer.tokenize_paragraphs_into(&text, &spans, &mut out);
            count += std::hint::black_box(&out).tokens.len();
        } else {
            count += std::hint::black_box(tokenizer.tokenize(&text)).tokens.len();
        }
    }
    println!("{count} tokens (or folded bytes)");
    Ok(())
}
