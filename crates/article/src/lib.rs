//! Reads news article dumps and cleans them up.
//!
//! (Contract sketch: the article helper owns this crate and replaces this text.)

use std::path::PathBuf;
use whosaid_core::{PartialDate, Span};

/// Where a record came from: the file, and the line or record number inside it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    /// The input file, or `-` for standard input.
    pub path: PathBuf,
    /// The 1-based line (JSONL) or record (CSV) number, when the file holds many records.
    pub line: Option<u64>,
}

/// One input record, as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// The article id: the file stem for `.txt`, the `id` field otherwise.
    pub id: String,
    /// Where it came from.
    pub origin: Origin,
    /// The article text, decoded as UTF-8 (lossily, with a warning, if it was not).
    pub text: String,
    /// The `title` field, if the record gave one.
    pub title: Option<String>,
    /// The `source` field, if the record gave one.
    pub source: Option<String>,
    /// The `published` field, as given.
    pub published: Option<String>,
    /// The `url` field, if the record gave one.
    pub url: Option<String>,
    /// Problems that did not stop the record being read ("invalid UTF-8 replaced").
    pub warnings: Vec<String>,
}

/// What clean-up learned about an article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// The outlet or agency.
    pub source: Option<String>,
    /// The story's publication date.
    pub published: Option<PartialDate>,
    /// The place line ("MOSCOW").
    pub dateline: Option<String>,
    /// The author ("Fred Lambert").
    pub byline: Option<String>,
}

/// A cleaned article: metadata and the body paragraphs worth reading, as spans into the
/// record's original text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// Title, source, dates, dateline, byline.
    pub meta: Metadata,
    /// Body paragraphs in text order, without boilerplate and repeats.
    pub body: Vec<Span>,
}

/// Builds a [`Cleaner`].
#[derive(Clone, Debug, Default)]
pub struct CleanerBuilder {
    year: Option<i32>,
}

impl CleanerBuilder {
    /// A builder with the default options.
    pub fn new() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// The year to give dates that have none (`--year`).
    pub fn default_year(&mut self, year: Option<i32>) -> &mut CleanerBuilder {
        self.year = year;
        self
    }

    /// Builds the cleaner.
    pub fn build(&self) -> Cleaner {
        Cleaner { year: self.year }
    }
}

/// Finds metadata and body paragraphs in records.
#[derive(Clone, Debug, Default)]
pub struct Cleaner {
    #[allow(dead_code, reason = "contract sketch")]
    year: Option<i32>,
}

impl Cleaner {
    /// Cleans one record. Fields the record gives win over what the text suggests.
    pub fn clean(&self, record: &Record) -> Article {
        Article { meta: Metadata::default(), body: vec![Span::new(0, record.text.len())] }
    }
}
