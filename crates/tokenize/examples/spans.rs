//! Prints every span and field the tokenizer produces for each file, one per line, so that
//! two versions of the crate can be compared with `diff` (a speed change must not change
//! the output).
//!
//! `cargo run --release -p whosaid-tokenize --example spans -- FILE... > out.txt`

use whosaid_tokenize::{TokenizerBuilder, Tokens};

fn main() -> std::io::Result<()> {
    let tokenizer = TokenizerBuilder::new().build();
    // One output reused across files, as the binary's workers do.
    let mut reused = Tokens::default();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        println!("# {path}");
        let tokens = tokenizer.tokenize(&text);
        tokenizer.tokenize_paragraphs_into(&text, &tokenizer.paragraph_spans(&text), &mut reused);
        if reused != tokens {
            println!("! reused output differs");
        }
        for p in &tokens.paragraphs {
            println!("P {}..{} s{:?}", p.span.start, p.span.end, p.sentences);
        }
        for s in &tokens.sentences {
            println!("S {}..{} t{:?} p{}", s.span.start, s.span.end, s.tokens, s.paragraph);
        }
        for t in &tokens.tokens {
            println!("T {}..{} {:?}", t.span().start, t.span().end, t.kind);
        }
        for (tag, quotes) in [("Q", &tokens.quotes), ("I", &tokens.inner_quotes)] {
            for q in quotes {
                println!(
                    "{tag} {}..{} {}..{} p{} closed={} continues={}",
                    q.span.start,
                    q.span.end,
                    q.inner.start,
                    q.inner.end,
                    q.paragraph,
                    q.closed,
                    q.continues
                );
            }
        }
        let folded = tokenizer.normalize(&text);
        println!("N {:?}", folded.text);
        // The map back, written only where the offset shift changes.
        let mut shift = None;
        for i in 0..=folded.text.len() {
            let original = folded.map_offset(i);
            let now = original.wrapping_sub(i);
            if shift != Some(now) {
                println!("M {i} {original}");
                shift = Some(now);
            }
        }
    }
    Ok(())
}
