//! Each stage of a run measured alone on the records of a given input, one thread, as
//! `scripts/bench.sh` prints them: `stage_alone_<stage> <MB/s> MB/s` per stage.
//!
//! `cargo run --release --example stage_throughput -- INPUT... [--max-mb N]`
//!
//! The records are read as `whosaid run` reads them, then every stage runs on every record
//! in the run's order (clean-up, tokenizing, gazetteer, attribution), each stage's time summed
//! on its own clock; the claims are then clustered, as the corpus end does. MB/s is bytes of
//! record text (what every stage reads) per second of that stage alone; `read` is the same
//! bytes per second of reading and decoding the input. `--max-mb` stops reading after that many
//! MB of text (default: all of it). No rows are written: formatting and CSV writing are what
//! the end-to-end figure has on top.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use whosaid_article::{records, CleanScratch, CleanerBuilder};
use whosaid_attribution::{AttributorBuilder, Document};
use whosaid_cluster::{speaker_key_for, ClaimRef, ClustererBuilder};
use whosaid_gazetteer::{Annotation, GazetteerBuilder, Scratch};
use whosaid_tokenize::{TokenizerBuilder, Tokens};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let max_bytes = args
        .iter()
        .position(|a| a == "--max-mb")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<f64>().ok())
        .map_or(usize::MAX, |mb| (mb * 1e6) as usize);
    let inputs: Vec<PathBuf> = args
        .iter()
        .enumerate()
        .filter(|&(i, a)| !a.starts_with("--") && (i == 0 || args[i - 1] != "--max-mb"))
        .map(|(_, a)| PathBuf::from(a))
        .collect();
    if inputs.is_empty() {
        eprintln!("usage: stage_throughput INPUT... [--max-mb N]");
        std::process::exit(2);
    }
    let cleaner = CleanerBuilder::new().build();
    let tokenizer = TokenizerBuilder::new().build();
    let gazetteer = GazetteerBuilder::with_defaults().build();
    let attributor = AttributorBuilder::new().build();

    let mut clock = [Duration::ZERO; 5];
    let (mut bytes, mut unread) = (0usize, 0usize);
    let mut scratch = CleanScratch::default();
    let mut tokens = Tokens::default();
    let (mut gazetteer_scratch, mut annotation) = (Scratch::default(), Annotation::default());
    // What clustering needs of each claim: its speaker key and statement text.
    let mut kept: Vec<(String, String)> = Vec::new();
    let mut reader = records(&inputs);
    loop {
        let start = Instant::now();
        let next = reader.next();
        clock[0] += start.elapsed();
        let record = match next {
            None => break,
            Some(Ok(record)) => record,
            Some(Err(_)) => {
                unread += 1;
                continue;
            }
        };
        let text = record.text.as_str();
        bytes += text.len();

        let start = Instant::now();
        let article = cleaner.clean_with(&record, &mut scratch);
        clock[1] += start.elapsed();

        let start = Instant::now();
        tokenizer.tokenize_paragraphs_into(text, &article.body, &mut tokens);
        clock[2] += start.elapsed();

        let start = Instant::now();
        gazetteer.annotate_into(text, &tokens, &mut gazetteer_scratch, &mut annotation);
        clock[3] += start.elapsed();

        let start = Instant::now();
        let published = article.meta.published;
        let doc = Document {
            text,
            tokens: &tokens,
            annotation: &annotation,
            gazetteer: &gazetteer,
            published,
        };
        let claims = attributor.attribute(&doc);
        clock[4] += start.elapsed();

        for claim in claims {
            let speaker = &claim.speaker;
            let key = speaker_key_for(speaker.id.as_deref(), &speaker.name, speaker.kind);
            kept.push((key, text[claim.span.start..claim.span.end].to_string()));
        }
        if bytes >= max_bytes {
            break;
        }
    }

    let clusterer = ClustererBuilder::new().build();
    let refs: Vec<ClaimRef<'_>> =
        kept.iter().map(|(key, text)| ClaimRef { speaker_key: key, text }).collect();
    let start = Instant::now();
    let clusters = clusterer.cluster(&refs);
    let cluster_time = start.elapsed();

    let mut distinct = clusters.clone();
    distinct.sort_unstable();
    distinct.dedup();
    eprintln!(
        "stage_throughput: {bytes} bytes of text, {} claims in {} clusters, {unread} unreadable records",
        refs.len(),
        distinct.len()
    );
    let names = ["read", "clean", "tokenize", "gazetteer", "attribution"];
    let all = clock.iter().chain([&cluster_time]);
    for (name, time) in names.iter().chain(["cluster"].iter()).zip(all) {
        let mb_per_s = if time.is_zero() { 0.0 } else { bytes as f64 / 1e6 / time.as_secs_f64() };
        println!("stage_alone_{name} {mb_per_s:.2} MB/s");
    }
    let total: Duration = clock.iter().sum::<Duration>() + cluster_time;
    println!("stage_alone_sum {:.2} MB/s", bytes as f64 / 1e6 / total.as_secs_f64());
}
