//! Matcher build time, matching throughput and memory on a generated gazetteer of 100,000+
//! synthetic names (built from syllables) and on the default data.
//!
//! `cargo bench -p whosaid-gazetteer -- --warm-up-time 1 --measurement-time 3`
//! Memory figures are printed once to stderr (`matcher memory`).

use std::fmt::Write as _;
use std::hint::black_box;

use aho_corasick::AhoCorasickKind;
use criterion::{criterion_main, BenchmarkId, Criterion, Throughput};
use whosaid_gazetteer::{Gazetteer, GazetteerBuilder};
use whosaid_tokenize::Tokens;

const SYLLABLES: &[&str] = &[
    "ka", "ro", "mi", "tan", "vel", "sor", "lin", "da", "zu", "bra", "ten", "gor", "shi", "pal",
    "nev", "qui", "mar", "ost", "lu", "fen", "dri", "ha", "jo", "wel", "ix", "on", "bel", "tru",
];

/// A deterministic pseudo-random sequence (xorshift), so every run benches the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }

    fn word(&mut self) -> String {
        let n = 2 + self.next() % 2;
        let mut w = String::new();
        for _ in 0..n {
            w.push_str(SYLLABLES[self.next() % SYLLABLES.len()]);
        }
        let mut chars = w.chars();
        match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect(),
            None => w,
        }
    }
}

/// `n` synthetic people as gazetteer TSV, plus the names themselves.
fn synthetic_tsv(n: usize) -> (String, Vec<String>) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut tsv = String::new();
    let mut names = Vec::with_capacity(n);
    for i in 0..n {
        let name = format!("{} {}", rng.word(), rng.word());
        let alias = format!("{} {}. {}", rng.word(), &name[..1], rng.word());
        let _ = writeln!(tsv, "p{i}\tperson\t{name}\t{alias}\tminister");
        names.push(name);
    }
    (tsv, names)
}

/// About `bytes` of news-like English with a gazetteer name every few sentences.
fn news_text(bytes: usize, names: &[String]) -> String {
    const FILLER: &[&str] = &[
        "The ministry said on Tuesday that talks would resume next week in the capital.",
        "Officials told reporters the strikes had hit several positions overnight.",
        "\u{201C}We are ready to meet again as soon as possible,\u{201D} the spokesman added.",
        "Russia\u{2019}s deputy defense minister said the coalition should broaden cooperation.",
        "Prices rose 0.4 percent in October, according to government figures released on Friday.",
        "Analysts expect the central bank to keep interest rates unchanged this year.",
    ];
    let mut rng = Rng(42);
    let mut text = String::with_capacity(bytes + 200);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(FILLER[i % FILLER.len()]);
        text.push(' ');
        if i % 3 == 0 && !names.is_empty() {
            let name = &names[rng.next() % names.len()];
            let _ = write!(text, "Foreign minister {name} said the plan was sound. ");
        }
        if i % 5 == 4 {
            text.push_str("\n\n");
        }
        i += 1;
    }
    text
}

fn build(tsv: &str, kind: Option<AhoCorasickKind>) -> Gazetteer {
    let mut b = GazetteerBuilder::with_defaults();
    b.add_tsv("synthetic", tsv).automaton_kind(kind);
    b.build()
}

fn benches(c: &mut Criterion) {
    let (tsv, names) = synthetic_tsv(100_000);
    let text = news_text(1 << 20, &names);
    // A DFA over 200,000 patterns needs hundreds of MiB: only with WHOSAID_BENCH_DFA=1.
    let mut kinds =
        vec![("auto", None), ("noncontiguous-nfa", Some(AhoCorasickKind::NoncontiguousNFA))];
    if std::env::var_os("WHOSAID_BENCH_DFA").is_some() {
        kinds.push(("dfa", Some(AhoCorasickKind::DFA)));
    }

    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    for &(label, kind) in &kinds {
        // Built inside the closure, so a filtered run does not pay for unselected builds.
        // Criterion calls the closure more than once: report the memory once.
        let reported = std::cell::Cell::new(false);
        group.bench_function(BenchmarkId::new("200k_patterns", label), |b| {
            if !reported.replace(true) {
                let g = build(&tsv, kind);
                eprintln!(
                    "matcher memory ({label}, {} entities): {:.1} MiB",
                    g.entities().len(),
                    g.matcher_memory_usage() as f64 / (1024.0 * 1024.0)
                );
            }
            b.iter(|| black_box(build(&tsv, kind)))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("annotate");
    group.throughput(Throughput::Bytes(text.len() as u64));
    let defaults = GazetteerBuilder::with_defaults().build();
    eprintln!(
        "matcher memory (default data, {} entities): {:.1} MiB",
        defaults.entities().len(),
        defaults.matcher_memory_usage() as f64 / (1024.0 * 1024.0)
    );
    group.bench_function("default_data", |b| {
        b.iter(|| black_box(defaults.annotate(black_box(&text), &Tokens::default())))
    });
    for &(label, kind) in &kinds {
        // Built on first use and kept, since criterion calls the closure more than once.
        let built = std::cell::OnceCell::new();
        group.bench_function(BenchmarkId::new("100k_names", label), |b| {
            let g = built.get_or_init(|| build(&tsv, kind));
            b.iter(|| black_box(g.annotate(black_box(&text), &Tokens::default())))
        });
    }
    group.finish();
}

// Inside a private module, so that the generated `pub fn` needs no doc comment.
mod registered {
    criterion::criterion_group!(match_benches, super::benches);
}
criterion_main!(registered::match_benches);
