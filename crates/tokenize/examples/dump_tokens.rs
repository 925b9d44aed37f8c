//! Prints the paragraphs, sentences and quotations found in a file, for eyeballing.
//!
//! `cargo run -p whosaid-tokenize --example dump_tokens -- FILE`

use whosaid_tokenize::TokenizerBuilder;

fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(path)?;
    let tokens = TokenizerBuilder::new().build().tokenize(&text);
    for (i, (paragraph, sentences)) in tokens.paragraphs_with_sentences().enumerate() {
        println!("## paragraph {i} ({} bytes)", paragraph.span.len());
        for s in sentences {
            println!("  S: {}", s.span.get(&text).unwrap_or("").replace('\n', " "));
        }
        for q in tokens.quotes.iter().filter(|q| q.paragraph == i) {
            println!(
                "  Q[closed={} continues={}]: {}",
                q.closed,
                q.continues,
                q.inner.get(&text).unwrap_or("")
            );
        }
    }
    Ok(())
}
