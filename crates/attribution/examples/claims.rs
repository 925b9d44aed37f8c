//! Prints the claims of a plain-text article: `cargo run -p whosaid-attribution --example
//! claims -- FILE.txt [PUBLISHED]`. Paragraphs are lines; no article clean-up is done.

use whosaid_attribution::{AttributorBuilder, Document};
use whosaid_gazetteer::GazetteerBuilder;
use whosaid_tokenize::TokenizerBuilder;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: claims FILE.txt [YYYY-MM-DD]")?;
    let published = args.next().and_then(|d| d.parse().ok());
    let text = std::fs::read_to_string(path)?;
    let tokens = TokenizerBuilder::new().build().tokenize(&text);
    let gazetteer = GazetteerBuilder::with_defaults().build();
    let annotation = gazetteer.annotate(&text, &tokens);
    let doc = Document {
        text: &text,
        tokens: &tokens,
        annotation: &annotation,
        gazetteer: &gazetteer,
        published,
    };
    if std::env::var_os("CLAIMS_DEBUG").is_some() {
        for m in &annotation.mentions {
            println!(
                "mention {:?} {:?} {} {:?}",
                &text[m.span.range()],
                m.kind,
                m.name,
                m.adjective
            );
        }
        for r in &annotation.roles {
            println!("role {:?} {:?}", &text[r.span.range()], r.title);
        }
        for t in &tokens.tokens {
            println!("token {:?} {:?}", &text[t.span().range()], t.kind);
        }
        for q in &tokens.quotes {
            println!("quote {:?}", &text[q.span.range()]);
        }
    }
    for claim in AttributorBuilder::new().build().attribute(&doc) {
        let date = claim.stated_on.map(|d| d.to_string()).unwrap_or_default();
        println!(
            "{} [{}] {} {} {} ({:?}): {}",
            claim.speaker.name,
            claim.speaker.kind,
            claim.cue,
            claim.kind,
            date,
            claim.speaker.role,
            text.get(claim.span.range()).unwrap_or("")
        );
    }
    Ok(())
}
