//! Finds attributed statements in news text: who said what, with which cue, and when.
//!
//! (Contract sketch: the attribution helper owns this crate and replaces this text.)

use whosaid_core::{Claim, PartialDate};
use whosaid_gazetteer::{Annotation, Gazetteer};
use whosaid_tokenize::Tokens;

/// One article as attribution sees it: its text and what earlier stages found in it.
#[derive(Clone, Copy, Debug)]
pub struct Document<'a> {
    /// The original article text; every span below indexes it.
    pub text: &'a str,
    /// Paragraphs, sentences, tokens and quotations of the article's body.
    pub tokens: &'a Tokens,
    /// Names and role titles.
    pub annotation: &'a Annotation,
    /// The gazetteer that produced `annotation`.
    pub gazetteer: &'a Gazetteer,
    /// The publication date, for resolving "said Tuesday".
    pub published: Option<PartialDate>,
}

/// Builds an [`Attributor`].
#[derive(Clone, Debug, Default)]
pub struct AttributorBuilder {}

impl AttributorBuilder {
    /// A builder with the default cue lexicon.
    pub fn new() -> AttributorBuilder {
        AttributorBuilder::default()
    }

    /// Builds the attributor.
    pub fn build(&self) -> Attributor {
        Attributor {}
    }
}

/// Finds claims in documents.
#[derive(Clone, Debug, Default)]
pub struct Attributor {}

impl Attributor {
    /// Every attributed statement in `doc`, in text order, one per statement.
    pub fn attribute(&self, _doc: &Document<'_>) -> Vec<Claim> {
        Vec::new()
    }
}
