//! Reads news article dumps and cleans them up.
//!
//! This crate is for the first stage of whosaid: [`records`] streams articles out of `.txt`,
//! `.jsonl` and `.csv` files (gzipped or not), directories of them and standard input,
//! reporting each unreadable record as a [`ReadError`] and going on; [`Cleaner::clean`] then
//! finds an article's title, source, publication date, dateline and byline, and the body
//! paragraphs worth reading: without page furniture, headline tickers, captions, repeats
//! and teasers, as [`Span`]s into the original text.
//!
//! It is not for tokenizing, finding names or statements (see `whosaid-tokenize`,
//! `whosaid-gazetteer`, `whosaid-attribution`), and it never prints: the binary reports.
//!
//! Choices the caller should know: a JSON `id` may be a string or a number (written in
//! decimal); a record with empty text is returned as a record (the binary skips it as "empty
//! text"); a `.txt` file holding NUL bytes is an error ("binary file"); invalid UTF-8 is
//! replaced, with a warning in [`Record::warnings`]; a file named on the command line with an
//! unknown extension is read as `.txt`, while a directory walk takes only `.txt`, `.jsonl`,
//! `.ndjson`, `.csv` and their `.gz` forms, skipping hidden entries.
//!
//! Clean-up works by general rules, not by known strings of known pages: the shape of a line
//! (words, lower-case words, final punctuation, bullets), two small data lists
//! (`data/agencies.txt`, `data/boilerplate.txt`), and repeats found by hashing each
//! paragraph's letters and digits. A paragraph with a reporting verb ("said", "told",
//! "according to") and quote marks or a final stop is an attributed statement: only a
//! page-furniture phrase opening it, or a repeat, drops it.
//! [`Cleaner::explain`] tells why each paragraph was kept or dropped.
//!
//! Metadata rules worth knowing: a dateline ("MOSCOW, Oct. 6 (UPI) --", "AARHUS, Denmark,
//! Jan. 21, 2025 /PRNewswire/ --") needs a date, an agency or story prose after it, so
//! section lines ("World | Asia") and colon headlines are not datelines, and it reports the
//! city alone; outlets also come from wire sign-offs ("Reuter"), copyright lines and a
//! newspaper-shaped name on a menu line, all ranked below by-lines and datelines; a text
//! written wholly in lower case is read for dates, datelines and its headline as if
//! capitalized.
//!
//! Pages of outlets no rule names (`clean/meta.rs`): a dateline may end with the agency and
//! no dash ("Mumbai, Oct 9 (PTI) The …", "MOSCOW, October 9. /TASS/. …") or stand alone
//! ("NEW DELHI:"); the source ranks datelines and "By AGENCY" first, then an agency's credit
//! ("Source: X", a sign-off "--IANS" or "PTI ABC DEF", "(With inputs from PTI)", the agency
//! alone on a line), then the site's own name (a masthead line above the menu, a listed
//! outlet after the headline, a copyright line); desks ("By Newsdesk", "Agencies") are not
//! outlets. The title skips breadcrumbs, the masthead's tagline, and keeps a dash or colon
//! that is part of the headline. Dates survive a clock time glued to the year ("October 9,
//! 20242:41 PM"), dots ("15.11.2024", day first) and metadata lines grouped with others;
//! a date without a year takes one from another date of the same day on the page, or
//! (weakly) from a single-year copyright line.
//!
//! By-lines and dates of pages seen in session 6: co-authors are one byline written "A and
//! B" ("By A, B", "By A and B"; "&" kept as printed; a place, outlet or desk after a comma is
//! no co-author); "Written by", a name beside or above the date line under the headline, and
//! a lower-case page's "by" are by-lines; a place on the by-line ("Sriharikota | Updated:
//! ...", "By X in Antalya", a place line between the writer or job title and the date) is
//! the dateline when the story opens with none. A wire dateline's day without a year one or
//! two days before the page's own full date gives the page's date; the source stays the wire
//! credit. Crawl stamps ("Crawled: ...") are labels, never datelines; tickers of headlines
//! set apart by " // " and cookie notices are never the headline.
//!
//! # Example
//!
//! ```
//! use whosaid_article::{CleanerBuilder, Record};
//!
//! let text = "Top Stories\n\nTalks on Syria to resume next week\n\nBy AFP\nOctober 7, 2015\n\n\
//!             MOSCOW (AFP) - Russia agreed on Tuesday to resume talks, officials said.\n\n\
//!             Advertisement\n";
//! let record = Record { id: "a1".into(), text: text.into(), ..Record::default() };
//! let article = CleanerBuilder::new().build().clean(&record);
//! assert_eq!(article.meta.title.as_deref(), Some("Talks on Syria to resume next week"));
//! assert_eq!(article.meta.source.as_deref(), Some("AFP"));
//! assert_eq!(article.meta.published.map(|d| d.to_string()).as_deref(), Some("2015-10-07"));
//! assert_eq!(article.meta.dateline.as_deref(), Some("MOSCOW"));
//! let body: Vec<&str> = article.body.iter().map(|&s| &text[s]).collect();
//! assert_eq!(body, ["Russia agreed on Tuesday to resume talks, officials said."]);
//! ```

mod clean;
mod date;
mod read;

use std::path::PathBuf;
use whosaid_core::{PartialDate, Span};

/// `s.trim()`, with no char decoded when `s` opens and ends with an ASCII byte that is not
/// white space (most lines, paragraphs and record fields): then there is nothing to trim.
pub(crate) fn trim_fast(s: &str) -> &str {
    let bytes = s.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

pub use crate::clean::{CleanScratch, Cleaner, CleanerBuilder, Dropped};
pub use crate::date::{find_dates, parse_date};
pub use crate::read::{records, ReadError, ReadErrorKind, Records};

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
    /// Body paragraphs in text order, without boilerplate and repeats. A paragraph of wire
    /// copy wrapped over several lines is one span; its line breaks are white space.
    pub body: Vec<Span>,
    /// The number of words in the body (white-space separated tokens holding a letter or
    /// digit; the dateline is not counted).
    pub words: usize,
}
