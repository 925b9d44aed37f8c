//! Attribution throughput over generated news-like text. Tokenizing and gazetteer
//! annotation run outside the timed part (`attribute`); `pipeline` times all three.

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whosaid_attribution::{AttributorBuilder, Document};
use whosaid_gazetteer::GazetteerBuilder;
use whosaid_tokenize::TokenizerBuilder;

mod news;

fn bench(c: &mut Criterion) {
    let text = news::corpus();
    let tokenizer = TokenizerBuilder::new().build();
    let gazetteer = GazetteerBuilder::with_defaults().build();
    let attributor = AttributorBuilder::new().build();
    let tokens = tokenizer.tokenize(&text);
    let annotation = gazetteer.annotate(&text, &tokens);
    let published = "2015-10-07".parse().ok();

    let mut group = c.benchmark_group("attribution");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("attribute", |b| {
        b.iter(|| {
            let doc = Document {
                text: &text,
                tokens: &tokens,
                annotation: &annotation,
                gazetteer: &gazetteer,
                published,
            };
            attributor.attribute(&doc)
        })
    });
    group.bench_function("pipeline", |b| {
        b.iter(|| {
            let tokens = tokenizer.tokenize(&text);
            let annotation = gazetteer.annotate(&text, &tokens);
            let doc = Document {
                text: &text,
                tokens: &tokens,
                annotation: &annotation,
                gazetteer: &gazetteer,
                published,
            };
            attributor.attribute(&doc)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
