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
//! generated inputs of that many MiB. With `linear [LARGEST_MB [KIND]]` as arguments, it
//! times every generated input (or only KIND) at 1, 10 and 100 MiB (up to LARGEST_MB,
//! default 100), both into a
//! reused output (`tokenize_paragraphs_into`) and into a fresh one (`tokenize`), by this
//! thread's CPU time (Linux `/proc/thread-self/schedstat`; fastest of three runs), and
//! prints MB/s (10^6 bytes): a flat column means time grows linearly.

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

/// The fastest of three runs of `run` (the others were slowed by other jobs): wall and
/// this thread's CPU seconds.
fn fastest_of_three(mut run: impl FnMut()) -> (f64, f64) {
    let (mut wall, mut cpu) = (f64::MAX, f64::MAX);
    for _ in 0..3 {
        let started = Instant::now();
        let cpu_started = cpu_ns();
        run();
        let run_wall = started.elapsed().as_secs_f64();
        // The kernel may not have accounted a short run yet: then wall time is all we have.
        let run_cpu = match (cpu_started, cpu_ns()) {
            (Some(from), Some(to)) if to > from => (to - from) as f64 / 1e9,
            _ => run_wall,
        };
        wall = wall.min(run_wall);
        cpu = cpu.min(run_cpu);
    }
    (wall, cpu)
}

fn linear(tokenizer: &Tokenizer, largest_mb: usize, only: Option<&str>) {
    let mut out = Tokens::default();
    println!(
        "{:>14} {:>8}  {:>22}  {:>22}",
        "input", "size", "reused output: cpu ms", "fresh output: cpu ms"
    );
    for kind in ["news", "quote_marks", "one_paragraph"] {
        if only.is_some_and(|only| only != kind) {
            continue;
        }
        for mb in [1, 10, 100].into_iter().filter(|&mb| mb <= largest_mb) {
            let Some(text) = generated(kind, mb) else { continue };
            let spans = tokenizer.paragraph_spans(&text);
            // Once to size the reused output, then measured.
            tokenizer.tokenize_paragraphs_into(&text, &spans, &mut out);
            // Small inputs several times over, so that each measurement lasts long enough
            // for the CPU clock's granularity.
            let repeat = (10 / mb).max(1);
            let (_, reused) = fastest_of_three(|| {
                for _ in 0..repeat {
                    tokenizer.tokenize_paragraphs_into(&text, &spans, &mut out);
                    std::hint::black_box(&out);
                }
            });
            // What the bench's `tokenize` cases do: paragraph spans, a new `Tokens`, dropped.
            let (_, fresh) = fastest_of_three(|| {
                for _ in 0..repeat {
                    std::hint::black_box(tokenizer.tokenize(&text));
                }
            });
            let (reused, fresh) = (reused / repeat as f64, fresh / repeat as f64);
            let rate = |seconds: f64| text.len() as f64 / 1e6 / seconds;
            println!(
                "{kind:>14} {mb:>4} MiB  {:>8.1} = {:>6.1} MB/s  {:>8.1} = {:>6.1} MB/s",
                reused * 1e3,
                rate(reused),
                fresh * 1e3,
                rate(fresh)
            );
        }
    }
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let input = args.next().unwrap_or_default();
    let tokenizer = TokenizerBuilder::new().build();
    if input == "linear" {
        let largest_mb = args.next().and_then(|mb| mb.parse().ok()).unwrap_or(100);
        linear(&tokenizer, largest_mb, args.next().as_deref());
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
