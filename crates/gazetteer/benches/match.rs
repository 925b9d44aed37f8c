//! Matcher build time, matching throughput and memory on a generated gazetteer of 100,000+
//! synthetic names (built from syllables, in `support/synthetic.rs`) and on the default data.
//!
//! `cargo bench -p whosaid-gazetteer -- --warm-up-time 1 --measurement-time 3`
//! Memory figures are printed once to stderr (`matcher memory`).

use std::hint::black_box;

use std::io::BufRead as _;

use criterion::{criterion_main, BenchmarkId, Criterion, Throughput};
use whosaid_gazetteer::{Annotation, Gazetteer, GazetteerBuilder, Scratch};
use whosaid_tokenize::Tokens;

mod support {
    pub mod synthetic;
}
use support::synthetic::{news_text, synthetic_tsv};

fn build(tsv: &str) -> Gazetteer {
    let mut b = GazetteerBuilder::with_defaults();
    b.add_tsv("synthetic", tsv);
    b.build()
}

/// The real news of the `reuters` group, read at run time and never copied into the repository.
const REUTERS: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpora/reuters21578.jsonl.gz");

/// The `text` of the first `n` records of [`REUTERS`], or `None` when it cannot be read.
fn reuters_bodies(n: usize) -> Option<Vec<String>> {
    let file = std::fs::File::open(REUTERS).ok()?;
    let lines = std::io::BufReader::new(flate2::read::GzDecoder::new(file)).lines();
    let mut bodies = Vec::with_capacity(n);
    for line in lines.take(n) {
        let record: serde_json::Value = serde_json::from_str(&line.ok()?).ok()?;
        if let Some(text) = record.get("text").and_then(|t| t.as_str()) {
            bodies.push(text.to_string());
        }
    }
    Some(bodies)
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn benches(c: &mut Criterion) {
    let (tsv, names) = synthetic_tsv(100_000);
    let text = news_text(1 << 20, &names);

    // The ids keep the `auto` suffix of the automaton era so criterion compares with it.
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    // What the binary pays at every start.
    group.bench_function("default_data", |b| {
        b.iter(|| black_box(GazetteerBuilder::with_defaults().build()))
    });
    // Criterion calls the closure more than once: report the memory once.
    let reported = std::cell::Cell::new(false);
    group.bench_function(BenchmarkId::new("200k_patterns", "auto"), |b| {
        if !reported.replace(true) {
            let g = build(&tsv);
            eprintln!(
                "matcher memory (100k names, {} entities): {:.1} MiB",
                g.entities().len(),
                mib(g.matcher_memory_usage())
            );
        }
        b.iter(|| black_box(build(&tsv)))
    });
    group.finish();

    let mut group = c.benchmark_group("annotate");
    group.throughput(Throughput::Bytes(text.len() as u64));
    let defaults = GazetteerBuilder::with_defaults().build();
    eprintln!(
        "matcher memory (default data, {} entities): {:.1} MiB",
        defaults.entities().len(),
        mib(defaults.matcher_memory_usage())
    );
    group.bench_function("default_data", |b| {
        b.iter(|| black_box(defaults.annotate(black_box(&text), &Tokens::default())))
    });
    // Built on first use and kept, since criterion calls the closure more than once.
    let built = std::cell::OnceCell::new();
    group.bench_function(BenchmarkId::new("100k_names", "auto"), |b| {
        let g = built.get_or_init(|| build(&tsv));
        b.iter(|| black_box(g.annotate(black_box(&text), &Tokens::default())))
    });
    group.finish();

    // The dictionary scan alone (fold and match, no name rules): the part that grows with
    // the gazetteer.
    let mut group = c.benchmark_group("dictionary_scan");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("default_data", |b| {
        b.iter(|| black_box(defaults.count_dictionary_matches(black_box(&text))))
    });
    group.bench_function("100k_names", |b| {
        let g = built.get_or_init(|| build(&tsv));
        b.iter(|| black_box(g.count_dictionary_matches(black_box(&text))))
    });
    group.finish();

    // Real news, one annotation per story with the buffers reused, as the pipeline runs it:
    // the synthetic text repeats six sentences, and real text has more to look at.
    let Some(bodies) = reuters_bodies(3000) else {
        eprintln!("reuters group skipped: cannot read {REUTERS}");
        return;
    };
    let mut group = c.benchmark_group("reuters_3000");
    group.throughput(Throughput::Bytes(bodies.iter().map(|b| b.len() as u64).sum()));
    group.sample_size(10);
    let annotate_all = |g: &Gazetteer, scratch: &mut Scratch, found: &mut Annotation| {
        let mut mentions = 0;
        for body in &bodies {
            g.annotate_into(black_box(body), &Tokens::default(), scratch, found);
            mentions += found.mentions.len();
        }
        mentions
    };
    let (mut scratch, mut found) = (Scratch::new(), Annotation::default());
    group.bench_function("default_data", |b| {
        b.iter(|| black_box(annotate_all(&defaults, &mut scratch, &mut found)))
    });
    group.bench_function("100k_names", |b| {
        let g = built.get_or_init(|| build(&tsv));
        b.iter(|| black_box(annotate_all(g, &mut scratch, &mut found)))
    });
    group.finish();
}

// Inside a private module, so that the generated `pub fn` needs no doc comment.
mod registered {
    criterion::criterion_group!(match_benches, super::benches);
}
criterion_main!(registered::match_benches);
