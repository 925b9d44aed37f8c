//! Attribution throughput over generated news-like text, and over real news when the
//! Reuters corpus is next to the workspace. Tokenizing and gazetteer annotation run outside
//! the timed part (`attribute`); `pipeline` times all three.
//!
//! The bench allocates with mimalloc, as the `whosaid` binary does: the engine's small
//! `String`s cost several times more with the C library's malloc, which would measure an
//! allocator the product does not use.
//!
//! `attribution_reuters/attribute` is one `attribute` call per article over the bodies of
//! the first 3000 records of `../shared/corpora/reuters21578.jsonl.gz` (read at run time,
//! never copied into the repository); the group is skipped, with a note on stderr, when
//! the file is absent. Real text is harder than the generated one (longer sentences, more
//! names and cues per sentence): it is the figure throughput targets are judged on.

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use std::io::{BufRead, BufReader};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whosaid_attribution::{AttributorBuilder, Document};
use whosaid_gazetteer::GazetteerBuilder;
use whosaid_tokenize::TokenizerBuilder;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod news;

/// The Reuters corpus, relative to this crate: `<workspace>/../shared/corpora/`.
const REUTERS: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpora/reuters21578.jsonl.gz");
/// How many Reuters records the real-text group reads.
const REUTERS_RECORDS: usize = 3000;

/// The `text` of the first `limit` records, or why they could not be read.
fn reuters_bodies(limit: usize) -> Result<Vec<String>, String> {
    let file = std::fs::File::open(REUTERS).map_err(|e| format!("{REUTERS}: {e}"))?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut bodies = Vec::new();
    for line in reader.lines().take(limit) {
        let line = line.map_err(|e| format!("{REUTERS}: {e}"))?;
        let record: serde_json::Value =
            serde_json::from_str(&line).map_err(|e| format!("{REUTERS}: {e}"))?;
        if let Some(text) = record.get("text").and_then(|t| t.as_str()) {
            bodies.push(text.to_string());
        }
    }
    Ok(bodies)
}

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

    let bodies = match reuters_bodies(REUTERS_RECORDS) {
        Ok(bodies) => bodies,
        Err(why) => {
            eprintln!("attribution_reuters skipped: {why}");
            return;
        }
    };
    let published = "1987-03-04".parse().ok();
    let articles: Vec<_> = bodies
        .iter()
        .map(|body| {
            let tokens = tokenizer.tokenize(body);
            let annotation = gazetteer.annotate(body, &tokens);
            (body.as_str(), tokens, annotation)
        })
        .collect();
    let bytes: usize = bodies.iter().map(String::len).sum();
    let mut group = c.benchmark_group("attribution_reuters");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("attribute", |b| {
        b.iter(|| {
            let mut claims = 0;
            for (text, tokens, annotation) in &articles {
                let doc = Document { text, tokens, annotation, gazetteer: &gazetteer, published };
                claims += attributor.attribute(&doc).len();
            }
            claims
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
