//! Runs attribution alone, repeatedly, for profiling (`valgrind --tool=callgrind`) and for
//! checking that optimisations keep the output: `cargo run --release -p whosaid-attribution
//! --example profile_attribution -- [FILE] [REPEATS] [--print]`. Without FILE it uses the benchmark's
//! generated text; a FILE holds articles separated by form feeds. Tokenizing and the
//! gazetteer run once, before the timed loop. It allocates with mimalloc, as the `whosaid`
//! binary does, so profiles show the allocator the product uses.

use whosaid_attribution::{AttributorBuilder, Document};
use whosaid_gazetteer::GazetteerBuilder;
use whosaid_tokenize::TokenizerBuilder;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/news/mod.rs"]
mod news;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let print = args.iter().any(|a| a == "--print");
    let mut positional = args.iter().filter(|a| !a.starts_with("--"));
    let text = match positional.next().filter(|p| *p != "-") {
        Some(path) => std::fs::read_to_string(path)?,
        None => news::corpus(),
    };
    let repeats: usize = positional.next().map(|r| r.parse()).transpose()?.unwrap_or(1);
    let tokenizer = TokenizerBuilder::new().build();
    let gazetteer = GazetteerBuilder::with_defaults().build();
    let attributor = AttributorBuilder::new().build();
    let published = "1987-03-04".parse().ok();
    let articles: Vec<_> = text
        .split('\u{c}')
        .map(|article| {
            let tokens = tokenizer.tokenize(article);
            let annotation = gazetteer.annotate(article, &tokens);
            (article, tokens, annotation)
        })
        .collect();
    let mut total = 0usize;
    for _ in 0..repeats {
        for (article, tokens, annotation) in &articles {
            let doc =
                Document { text: article, tokens, annotation, gazetteer: &gazetteer, published };
            let claims = attributor.attribute(&doc);
            total += claims.len();
            if print {
                for c in &claims {
                    println!("{c:?}");
                }
            }
        }
    }
    eprintln!("{} bytes, {} claims", text.len(), total);
    Ok(())
}
