//! Times clean-up over the records of the given inputs, held in memory, several rounds.
//!
//! `cargo run --release -p whosaid-article --example clean_throughput -- FILE... [--rounds N]`
//! Prints MB/s of wall time; compare with the CPU time `time` reports on a shared machine.
//! `--scratch` cleans with [`Cleaner::clean_with`] and one reused `CleanScratch`.
//! `--read` measures reading the inputs instead (records read in the timed rounds), and
//! `--read-clean` reading them and cleaning each record as read ([`Cleaner::clean`]).

use std::path::PathBuf;
use std::time::Instant;

use whosaid_article::{records, CleanScratch, Cleaner, CleanerBuilder, Record};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rounds = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let baseline = args.iter().any(|a| a == "--baseline");
    let reuse = args.iter().any(|a| a == "--scratch");
    let read = args.iter().any(|a| a == "--read");
    let read_clean = args.iter().any(|a| a == "--read-clean");
    let inputs: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--") && a.parse::<u32>().is_err())
        .map(PathBuf::from)
        .collect();
    let all: Vec<_> = records(&inputs).flatten().collect();
    let bytes: usize = all.iter().map(|r| r.text.len()).sum();
    let cleaner = CleanerBuilder::new().build();
    // A first round builds the lazily compiled patterns: the timed rounds (and `measured`,
    // for `valgrind --tool=callgrind --toggle-collect='*measured*'`) hold clean-up alone.
    let warm: usize = all.iter().map(|r| cleaner.clean(r).body.len()).sum();
    let start = Instant::now();
    let sink = if read || read_clean {
        measured_read(&cleaner, &inputs, rounds, read_clean)
    } else {
        measured(&cleaner, &all, rounds, baseline, reuse)
    };
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} records, {:.1} MB x {rounds}: {:.2} s wall, {:.1} MB/s ({sink}, {warm} warm-up)",
        all.len(),
        bytes as f64 / 1e6,
        secs,
        mb / secs
    );
}

#[inline(never)]
fn measured(
    cleaner: &Cleaner,
    all: &[Record],
    rounds: usize,
    baseline: bool,
    reuse: bool,
) -> usize {
    let mut sink = 0usize;
    let mut scratch = CleanScratch::new();
    for _ in 0..rounds {
        for record in all {
            if baseline {
                sink += record.text.split_whitespace().count();
            } else if reuse {
                sink += cleaner.clean_with(record, &mut scratch).body.len();
            } else {
                sink += cleaner.clean(record).body.len();
            }
        }
    }
    sink
}

#[inline(never)]
fn measured_read(cleaner: &Cleaner, inputs: &[PathBuf], rounds: usize, clean: bool) -> usize {
    let mut sink = 0usize;
    for _ in 0..rounds {
        for record in records(inputs).flatten() {
            sink += if clean { cleaner.clean(&record).body.len() } else { record.text.len() };
        }
    }
    sink
}
