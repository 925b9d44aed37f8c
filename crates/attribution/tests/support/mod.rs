//! What the rule tests share: running one text through the tokenizer, a gazetteer and the
//! attributor, and the default gazetteer built once per test binary.

use std::sync::OnceLock;

use whosaid_attribution::{AttributorBuilder, Document};
use whosaid_core::Claim;
use whosaid_gazetteer::{Gazetteer, GazetteerBuilder};
use whosaid_tokenize::TokenizerBuilder;

/// The default gazetteer, built once: its name finder also finds invented names.
#[allow(dead_code)] // not every test binary uses it
pub fn default_gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| GazetteerBuilder::with_defaults().build())
}

/// Each claim found in `text` (published on `published`, `YYYY-MM-DD`), with its statement.
pub fn claims_with(text: &str, gazetteer: &Gazetteer, published: &str) -> Vec<(Claim, String)> {
    let tokens = TokenizerBuilder::new().build().tokenize(text);
    let annotation = gazetteer.annotate(text, &tokens);
    let doc = Document {
        text,
        tokens: &tokens,
        annotation: &annotation,
        gazetteer,
        published: published.parse().ok(),
    };
    AttributorBuilder::new()
        .build()
        .attribute(&doc)
        .into_iter()
        .map(|c| {
            let statement = text.get(c.span.range()).unwrap_or("").to_string();
            (c, statement)
        })
        .collect()
}

/// The claim among `found` whose statement holds `inside`; panics, naming what was found,
/// when there is none, so that a table row says which sentence lost its claim.
#[allow(dead_code)] // not every test binary uses it
pub fn claim_containing<'a>(found: &'a [(Claim, String)], inside: &str, text: &str) -> &'a Claim {
    match found.iter().find(|(_, statement)| statement.contains(inside)) {
        Some((claim, _)) => claim,
        None => panic!(
            "no claim containing {inside:?} in {text:?}; found: {:?}",
            found.iter().map(|(c, s)| (c.speaker.name.clone(), s.clone())).collect::<Vec<_>>()
        ),
    }
}
