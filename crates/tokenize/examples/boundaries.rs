//! Prints the words around every sentence boundary that follows an abbreviation-like
//! token or precedes a lowercase word, for eyeballing the splitter on a corpus.
//!
//! `cargo run --release -p whosaid-tokenize --example boundaries -- FILE`

use whosaid_tokenize::TokenizerBuilder;

fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(path)?;
    let tokens = TokenizerBuilder::new().build().tokenize(&text);
    for pair in tokens.sentences.windows(2) {
        let [a, b] = pair else { continue };
        if a.paragraph != b.paragraph {
            continue;
        }
        let last = tokens.sentence_tokens(0).len(); // keep the API exercised
        let _ = last;
        let end = a.span.end;
        let tail_start = text.get(..end).map_or(0, |s| s.len().saturating_sub(40));
        let tail = text.get(tail_start..end).unwrap_or("");
        let head = text.get(b.span.start..(b.span.start + 30).min(b.span.end)).unwrap_or("");
        println!("{:>40} || {}", tail.replace('\n', " "), head.replace('\n', " "));
    }
    Ok(())
}
