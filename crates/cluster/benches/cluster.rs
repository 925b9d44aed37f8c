//! Clustering throughput on synthetic claims with planted duplicates.
//!
//! `cargo bench -p whosaid-cluster -- --warm-up-time 1 --measurement-time 3`

#[allow(dead_code, reason = "shared with the gen_claims example, which uses more of it")]
mod synth;

use criterion::{criterion_main, BenchmarkId, Criterion, Throughput};
use whosaid_cluster::{ClaimRef, ClustererBuilder};

fn cluster(c: &mut Criterion) {
    let clusterer = ClustererBuilder::new().build();
    let mut group = c.benchmark_group("cluster");
    group.sample_size(10);
    for n in [10_000usize, 50_000] {
        let claims = synth::generate(n, 20_000, 7);
        let refs: Vec<ClaimRef<'_>> =
            claims.iter().map(|c| ClaimRef { speaker_key: &c.speaker, text: &c.text }).collect();
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("claims", n), &refs, |b, refs| {
            b.iter(|| clusterer.cluster(refs))
        });
        let bytes: usize = claims.iter().map(|c| c.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new("bytes", n), &refs, |b, refs| {
            b.iter(|| clusterer.cluster(refs))
        });
    }
    group.finish();
}

// Inside a private module, so that the generated `pub fn benches` needs no doc comment.
mod registered {
    criterion::criterion_group!(benches, super::cluster);
}
criterion_main!(registered::benches);
