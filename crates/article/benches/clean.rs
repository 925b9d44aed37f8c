//! Throughput of clean-up, of reading JSONL, and of both, on synthetic news-like text.
//!
//! `cargo bench -p whosaid-article -- --warm-up-time 1 --measurement-time 3`

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::io::Write;

use corpus::corpus;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whosaid_article::{records, CleanScratch, CleanerBuilder};

mod corpus;

fn bench_clean(c: &mut Criterion) {
    let articles = corpus();
    let bytes: usize = articles.iter().map(|r| r.text.len()).sum();
    let cleaner = CleanerBuilder::new().build();
    let mut group = c.benchmark_group("article");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("clean", |b| {
        b.iter(|| {
            for record in &articles {
                black_box(cleaner.clean(black_box(record)));
            }
        })
    });

    group.bench_function("clean_with_scratch", |b| {
        let mut scratch = CleanScratch::new();
        b.iter(|| {
            for record in &articles {
                black_box(cleaner.clean_with(black_box(record), &mut scratch));
            }
        })
    });

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.jsonl");
    let mut file = std::fs::File::create(&path).expect("create bench file");
    for record in &articles {
        let line = format!("{{\"id\":{:?},\"text\":{:?}}}", record.id, record.text);
        writeln!(file, "{line}").expect("write bench file");
    }
    drop(file);
    let inputs = [path];
    group.bench_function("read_jsonl", |b| {
        b.iter(|| {
            for record in records(&inputs).flatten() {
                black_box(record);
            }
        })
    });
    group.bench_function("read_jsonl_and_clean", |b| {
        b.iter(|| {
            for record in records(&inputs).flatten() {
                black_box(cleaner.clean(&record));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench_clean);
criterion_main!(benches);
