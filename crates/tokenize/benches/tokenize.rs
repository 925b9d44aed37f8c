//! Throughput of the tokenizer on generated news text and on pathological inputs.
//!
//! `cargo bench -p whosaid-tokenize --bench tokenize -- --warm-up-time 1 --measurement-time 3`
//!
//! The cases at 1 and 10 MB (news, nothing but quotation marks, one single paragraph) show
//! that time grows linearly; set `WHOSAID_BENCH_100MB=1` to add the 100 MB cases.
//! `news_reused_output` is the binary's path: `tokenize_paragraphs_into` with one `Tokens`
//! reused across calls. On a shared machine wall time mostly measures the other jobs:
//! `cargo run --release -p whosaid-tokenize --example tokenize_throughput -- linear` gives
//! the same cases by CPU time, and callgrind on that example gives instructions per byte.

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use whosaid_tokenize::TokenizerBuilder;

const MB: usize = 1 << 20;

mod corpus;

use corpus::{news, quote_marks};

fn bench(c: &mut Criterion) {
    let tokenizer = TokenizerBuilder::new().build();
    let mut sizes = vec![MB, 10 * MB];
    if std::env::var_os("WHOSAID_BENCH_100MB").is_some() {
        sizes.push(100 * MB);
    }
    let mut cases = Vec::new();
    for &size in &sizes {
        cases.push(("news", news(size, "\n\n")));
        cases.push(("quote_marks", quote_marks(size)));
        cases.push(("one_paragraph", news(size, " ")));
    }

    let mut group = c.benchmark_group("tokenize");
    group.sample_size(10);
    for (name, text) in &cases {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let id = BenchmarkId::new(*name, format!("{}MB", text.len() / MB));
        group.bench_with_input(id, text, |b, text| b.iter(|| tokenizer.tokenize(black_box(text))));
    }
    for (_, text) in cases.iter().filter(|(name, _)| *name == "news") {
        // Steady state of a worker that reuses one output across articles.
        let spans = tokenizer.paragraph_spans(text);
        let mut out = tokenizer.tokenize(text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let id = BenchmarkId::new("news_reused_output", format!("{}MB", text.len() / MB));
        group.bench_with_input(id, text, |b, text| {
            b.iter(|| tokenizer.tokenize_paragraphs_into(black_box(text), &spans, &mut out))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("normalize");
    group.sample_size(10);
    for (_, text) in cases.iter().filter(|(name, _)| *name == "news").skip(1).take(1) {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("news/10MB", |b| b.iter(|| tokenizer.normalize(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
