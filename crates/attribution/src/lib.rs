//! Finds attributed statements in news text: who said what, with which cue, and when.
//!
//! Given an article's text, the tokenizer's [`Tokens`] and the gazetteer's [`Annotation`],
//! an [`Attributor`] returns one [`Claim`] per reported statement: direct quotes (`"…," X
//! said`), indirect speech (`X said that …`, `…, the Pentagon said.`), mixed forms,
//! `according to X`, `X quoted Y as saying`, `X accused Y of …`, appeals (`X urged Y to …`,
//! `X called on Y to …`: the addressee and infinitive are the statement), and quote-only paragraphs
//! that continue the previous speaker. Speakers are resolved through gazetteer mentions,
//! role titles ("the spokesman"), groups ("U.S. officials"), institutions ("the company")
//! and pronouns, with running state kept while scanning the article once, in order. The
//! day a statement was made comes from a date modifying its cue, resolved against the
//! publication date; a statement whose cue has no date takes the day the text gives it
//! (basis `continued`): its speaker's earlier dated statement, an earlier dated statement
//! of its paragraph, or the story's day, which the lede's dated event sets ("Workers
//! marched on Monday", "In a ruling delivered yesterday, ...") for undated past-tense
//! statements in later paragraphs until a paragraph or statement dated otherwise; a
//! present-tense cue ("analysts say") and a written statement ("said in a statement") keep
//! the publication day, and a month, year or vague time ("in August", "in a 2019
//! interview", "last week") leaves the day empty.
//!
//! The reporting verbs and phrases live in `data/cues.tsv` (embedded at build time).
//!
//! The `cue` of a claim is the reporting verb or phrase as the text writes it ("said",
//! "pointed out", "according to", "quoted as saying"), plus, for a verb that takes an
//! addressee, that addressee up to its head noun ("told reporters", "told a weekly
//! briefing"). Prepositional tails ("in a statement", "at a briefing", "of analysts in New
//! York") and dates are never part of it.
//!
//! Speakers are named as the text names them when nobody more specific is known: groups and
//! unresolved titles keep their article ("The researchers", "a family spokesman"); a
//! definite title ("the striker") names the person the passage is about; an unnamed
//! spokesperson speaks for the institution named with the title ("a Kepco spokesman" is
//! Kepco, and so are a later "he" and "the spokesman"), while "his spokesman" is never the
//! last person who held that title. A place after an institution or group ("the Indian
//! Embassy in Washington", "two diplomats in Moscow") says where it is and never speaks.
//!
//! Conventions for cases the text leaves open: "he"/"she" goes to the paragraph's subject
//! or the last person quoted whose known gender fits, then to one whose gender is unknown
//! (an unknown gender never blocks a pronoun), never to an organization or group; a generic
//! "the company" (firm, group, maker) is the last company that opened a sentence or spoke,
//! not a buyer, lender or investor named since, else the newest organization named in its
//! own right, not a speaker's employer ("an analyst at X"); a described institution ("the
//! central bank", "the finance ministry") is the newest body named with its head noun and
//! every modifier but a kind word ("central", "national"), else stays as written; a trade
//! noun ("the miner", "the Japanese automaker") is the company as "the company" is, but "a
//! coal miner" is nobody's company; "the regulator" or "the watchdog" is the one body named
//! as an authority, commission or regulator, and stays as written after two of them; "the
//! foundation's spokesperson" speaks for the foundation; "their association" is the body
//! named as an association, never a generic fallback ("its unit" is another company); a
//! person before a body and its place ("X of the Y First Nation near Z said", "X of the
//! Red Cross in Geneva said") speaks, never the place; a country
//! before a generic institution is part of its name ("Serbian Interior Ministry", "Russia's
//! Defense Ministry" is "Russian Defense Ministry"; "Britain's Department of Health" keeps
//! its own); a person named between commas ("the WHO's officer in Kenya, Dr X, said")
//! speaks, never the place or body ending the role phrase before them, and so does a name
//! with only a title after a role phrase opening the clause ("Counsel to the union,
//! Barrister X, said"; the role phrase is no part of a statement before it); a sentence
//! opening with a person and a relative clause ("X, who spoke through his adviser, Mr Y,
//! said", "X, who farms near Mankato, Minnesota, and chairs ..., said") has X speak; a definite
//! description without a name ("the 23-year-old", "the Briton", "the Italian", "the
//! veteran") is the person of the passage (paragraph subject, person quoted last, person a
//! recent sentence opened with), never a place inside it, while collective demonyms ("the
//! French") are not a person; an unnamed spokesperson keeps a titled owner ("Prime
//! Minister's official spokesman"); "his office" is left as written (the office of a
//! titled holder, "Office of the President of Ukraine", needs the holder's country, not yet
//! kept); "X accused Y of … and said …" is two claims, "X said A and warned B" one; anonymous groups keep what they know in their name ("two
//! people familiar with the matter"); a reporting participle after a clause (", adding
//! that", ", insisting", ", telling the court") is a second statement of the clause's
//! subject. A statement reported in the perfect ("X has said", "X had warned") without a
//! date of its own gets no day, except a present perfect in the lede, which is the news of
//! the day; a scene-setting opening phrase ("Speaking to reporters on Monday, X said")
//! dates the cue after it.
//!
//! Who speaks when the text names the speaker late, for someone, or not at all: "his
//! spokesperson said" is the person introduced next by full name and without a title who
//! speaks in the same or the next paragraph; ", with X saying …" is X, not the clause's
//! subject; a possessive owner opening a sentence ("President X's spokesman, Y, told …")
//! is not the subject a later "he" takes; an unnamed source keeps its description as
//! written ("A senior defense official", "An official at the Ministry of X", "Economists
//! consulted by X") and is "the official" of the next sentences, and one who asked not to
//! be named is never a person named later; a title in initials ("the CS", "the deputy PM",
//! "the CJI") is the person named with the full title, and initials no list holds ("the
//! CEC", "the AGP") the person named right after a title they spell; a role's head noun is the title
//! before its prepositional phrase ("spokesperson for Prime Minister X" is a spokesperson).
//!
//! How speakers are written (session 6): a peer keeps their style ("Lord Reed", "Lady
//! Simler"), while honorifics are dropped ("Dr", "Mr"); letters after a name ("X KC", "X
//! MP") belong to the person and never speak alone; a title after a party's or body's name
//! ends the role ("Greens MEP X" is X, role "Greens MEP"); a surname with a Gaelic particle
//! or a hyphen ("Ó Murchú", "Ntuli-Mbeki") is the full name written before it; an unnamed
//! person described by a decade of life is named as written ("A woman in her 70s", "a
//! retired teacher in her seventies from X"), or by the name they gave ("who wanted to be
//! known as X"), and "her"/"his" there gives the gender a later "she said" takes;
//! capitalized words opening a clause before an age ("X Y, 27, a machine operator, said")
//! are a person's name; bodies or countries speaking together are one speaker "A and B"
//! ("The WHO and UNICEF said in a joint statement"), each by its full name, and "the two
//! agencies" / "both sides" of the next sentences are them.
//!
//! This crate is not for tokenizing, name matching or clustering claims across articles:
//! see `whosaid-tokenize`, `whosaid-gazetteer` and `whosaid-cluster`. It never prints and
//! never panics on input.
//!
//! # Example
//!
//! ```
//! use whosaid_attribution::{AttributorBuilder, Document};
//! use whosaid_gazetteer::Gazetteer;
//! use whosaid_tokenize::TokenizerBuilder;
//!
//! let text = "The talks will resume next week, the ministry said Tuesday.";
//! let tokens = TokenizerBuilder::new().build().tokenize(text);
//! let gazetteer = Gazetteer::default();
//! let annotation = gazetteer.annotate(text, &tokens);
//! let doc = Document {
//!     text,
//!     tokens: &tokens,
//!     annotation: &annotation,
//!     gazetteer: &gazetteer,
//!     published: "2015-10-07".parse().ok(),
//! };
//! let attributor = AttributorBuilder::new().build();
//! let claims = attributor.attribute(&doc);
//! assert_eq!(claims.len(), 1);
//! assert_eq!(claims[0].cue, "said");
//! assert_eq!(&text[claims[0].span], "The talks will resume next week");
//! // "Tuesday" is the latest Tuesday on or before publication (Wednesday 2015-10-07).
//! assert_eq!(claims[0].stated_on.map(|d| d.to_string()).as_deref(), Some("2015-10-06"));
//! ```

mod carry;
mod dates;
mod engine;
mod error;
mod lexicon;
mod printed;
mod story_days;
mod words;

pub use crate::error::{Error, ErrorKind};

use whosaid_core::{Claim, PartialDate};
use whosaid_gazetteer::{Annotation, Gazetteer};
use whosaid_tokenize::Tokens;

use crate::lexicon::{Lexicon, DEFAULT_CUES};

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
pub struct AttributorBuilder {
    cues: Option<Lexicon>,
}

impl AttributorBuilder {
    /// A builder with the default cue lexicon (`data/cues.tsv`).
    pub fn new() -> AttributorBuilder {
        AttributorBuilder::default()
    }

    /// Replaces the cue lexicon with `tsv`, in the format of `data/cues.tsv`; `name` is used
    /// in error positions.
    pub fn cues(&mut self, name: &str, tsv: &str) -> Result<&mut AttributorBuilder, Error> {
        self.cues = Some(Lexicon::parse(tsv).map_err(|e| e.named(name))?);
        Ok(self)
    }

    /// Builds the attributor.
    pub fn build(&self) -> Attributor {
        let lexicon = match &self.cues {
            Some(l) => l.clone(),
            // The shipped lexicon is checked by a unit test, so the fallback never runs.
            None => Lexicon::parse(DEFAULT_CUES).unwrap_or_default(),
        };
        Attributor { lexicon }
    }
}

/// Finds claims in documents. Immutable once built; share it across threads.
#[derive(Clone, Debug, Default)]
pub struct Attributor {
    lexicon: Lexicon,
}

impl Attributor {
    /// Every attributed statement in `doc`, in text order, one per statement.
    pub fn attribute(&self, doc: &Document<'_>) -> Vec<Claim> {
        let mut claims = engine::attribute(&self.lexicon, doc);
        story_days::date_by_story(doc, &mut claims);
        claims
    }

    /// How many cue forms the lexicon holds.
    pub fn cue_count(&self) -> usize {
        self.lexicon.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributor_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Attributor>();
        assert_send_sync::<AttributorBuilder>();
    }

    #[test]
    fn default_builder_loads_the_shipped_lexicon() {
        assert!(AttributorBuilder::new().build().cue_count() >= 60);
    }

    #[test]
    fn custom_lexicon_errors_name_their_source() {
        let err = AttributorBuilder::new().cues("my.tsv", "said\tsay\n").err();
        assert_eq!(err.map(|e| (e.source_name, e.line)), Some(("my.tsv".to_string(), 1)));
    }
}
