//! Prints every field of every mention and role title the gazetteer finds in text files, one
//! per line, to compare the output before and after a change byte for byte.
//!
//! `cargo run --release -p whosaid-gazetteer --example dump_mentions -- FILE...`
//!
//! The embedded defaults are always used; `GAZETTEER_EXTRA=a.tsv:b.tsv` adds entity files on
//! top of them (e.g. a generated 100,000-name gazetteer). With `DUMP_TOKENS=1` the texts are
//! tokenized first and the tokens passed to `annotate`, as the pipeline does. With
//! `DUMP_INTO=1` every file goes through `annotate_into` with one `Scratch` and one
//! `Annotation` for all of them, as a caller reusing its buffers would.

use std::fmt::Write as _;
use std::io::Write as _;

use whosaid_gazetteer::{Annotation, GazetteerBuilder, Scratch};
use whosaid_tokenize::{TokenizerBuilder, Tokens};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = GazetteerBuilder::with_defaults();
    if let Ok(files) = std::env::var("GAZETTEER_EXTRA") {
        for f in files.split(':').filter(|f| !f.is_empty()) {
            builder.add_file(f)?;
        }
    }
    let gazetteer = builder.build();
    let tokenizer = std::env::var_os("DUMP_TOKENS").map(|_| TokenizerBuilder::new().build());
    let reuse = std::env::var_os("DUMP_INTO").is_some();
    let mut scratch = Scratch::new();
    let mut found = Annotation::default();
    let mut out = String::new();
    let stdout = std::io::stdout();
    let mut stdout = stdout.lock();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let tokens = tokenizer.as_ref().map_or_else(Tokens::default, |t| t.tokenize(&text));
        if reuse {
            gazetteer.annotate_into(&text, &tokens, &mut scratch, &mut found);
        } else {
            found = gazetteer.annotate(&text, &tokens);
        }
        out.clear();
        for m in &found.mentions {
            let id = m.entity.and_then(|id| gazetteer.entity(id)).map_or("-", |e| e.id.as_str());
            writeln!(
                out,
                "{path}\tM\t{}\t{}\t{}\t{id}\t{}\t{}\t{:?}",
                m.span.start, m.span.end, m.kind, m.name, m.adjective, m.gender
            )?;
        }
        for r in &found.roles {
            let of = r.of.and_then(|id| gazetteer.entity(id)).map_or("-", |e| e.id.as_str());
            writeln!(
                out,
                "{path}\tR\t{}\t{}\t{}\t{}\t{}\t{of}",
                r.span.start, r.span.end, r.title_span.start, r.title_span.end, r.title
            )?;
        }
        stdout.write_all(out.as_bytes())?;
    }
    Ok(())
}
