//! Builds a gazetteer and annotates the match bench's synthetic text, for a profiler
//! (`valgrind --tool=callgrind`), without criterion's repetitions.
//!
//! `cargo run --release -p whosaid-gazetteer --example profile_gazetteer -- [default|100k] [ROUNDS]`
//!
//! `default` uses the embedded data; `100k` adds the bench's 100,000 synthetic people. The
//! text (1 MiB) is annotated ROUNDS times (default 1); the mention count is printed. With
//! `PROFILE_WARM=1` it is annotated once more before, outside [`measured`], so that a profile
//! shows a gazetteer that has met the text's people before (as criterion's repetitions do).
//! `write DIR` instead writes the synthetic gazetteer and text to `DIR/synthetic.tsv` and
//! `DIR/synthetic.txt`, for `dump_mentions` to compare output before and after a change.

use whosaid_gazetteer::GazetteerBuilder;
use whosaid_tokenize::Tokens;

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

fn main() {
    let mut args = std::env::args().skip(1);
    let data = args.next().unwrap_or_else(|| "default".to_string());
    let second = args.next();
    let (tsv, names) = synthetic::synthetic_tsv(100_000);
    let text = synthetic::news_text(1 << 20, &names);
    if data == "write" {
        let dir = second.unwrap_or_else(|| ".".to_string());
        let dir = std::path::Path::new(&dir);
        let written = std::fs::write(dir.join("synthetic.tsv"), &tsv)
            .and_then(|()| std::fs::write(dir.join("synthetic.txt"), &text));
        if let Err(e) = written {
            eprintln!("cannot write to {}: {e}", dir.display());
        }
        return;
    }
    let texts_mode = data == "texts";
    let data = if texts_mode { second.clone().unwrap_or_default() } else { data };
    let mut builder = GazetteerBuilder::with_defaults();
    if data == "100k" {
        builder.add_tsv("synthetic", &tsv);
    }
    let gazetteer = builder.build();
    if texts_mode {
        let mut texts = Vec::new();
        for path in args {
            match std::fs::read_to_string(&path) {
                Ok(t) => texts.push(t),
                Err(e) => eprintln!("cannot read {path}: {e}"),
            }
        }
        let bytes: usize = texts.iter().map(String::len).sum();
        let mentions = measured_texts(&gazetteer, &texts);
        println!("{data}: {} texts, {bytes} bytes, {mentions} mentions", texts.len());
        return;
    }
    let rounds: usize = second.and_then(|r| r.parse().ok()).unwrap_or(1);
    if std::env::var_os("PROFILE_WARM").is_some() {
        // What the gazetteer keeps from a first mention of each person, as a long run has.
        gazetteer.annotate(&text, &Tokens::default());
    }
    let mentions = measured(&gazetteer, &text, rounds);
    println!("{data}: {mentions} mentions, matcher {} bytes", gazetteer.matcher_memory_usage());
}

/// The annotations to profile: `--toggle-collect='*profile_gazetteer::measured*'` leaves out
/// the build and the warm-up round.
#[inline(never)]
fn measured(gazetteer: &whosaid_gazetteer::Gazetteer, text: &str, rounds: usize) -> usize {
    let mut mentions = 0;
    for _ in 0..rounds {
        mentions += gazetteer.annotate(text, &Tokens::default()).mentions.len();
    }
    mentions
}

/// The annotations of `texts` mode, one call per text (see [`measured`]).
#[inline(never)]
fn measured_texts(gazetteer: &whosaid_gazetteer::Gazetteer, texts: &[String]) -> usize {
    texts.iter().map(|t| gazetteer.annotate(t, &Tokens::default()).mentions.len()).sum()
}
