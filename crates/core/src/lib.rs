//! Plain data types shared by the whosaid stages.
//!
//! This crate is for the small vocabulary every stage speaks: a [`Span`] of bytes into the
//! original article text, a [`PartialDate`] that may lack a year, and the [`Claim`] and
//! [`Speaker`] that attribution produces and clustering consumes. It is deliberately free of
//! NLP logic and heavy dependencies, so a user of one stage does not pull in the others.
//!
//! It is not for reading articles, tokenizing or matching: see `whosaid-article`,
//! `whosaid-tokenize`, `whosaid-gazetteer`, `whosaid-attribution` and `whosaid-cluster`.
//!
//! # Example
//!
//! ```
//! use whosaid_core::{PartialDate, Span};
//!
//! let text = "Cook said on Oct. 6 that talks would resume.";
//! let speaker = Span::new(0, 4);
//! assert_eq!(&text[speaker], "Cook");
//!
//! let date: PartialDate = "--10-06".parse()?;
//! assert_eq!(date.year(), None);
//! assert_eq!(date.with_year(2015).to_string(), "2015-10-06");
//! # Ok::<(), whosaid_core::DateError>(())
//! ```

mod date;
pub mod hash;
mod span;

pub use crate::date::{DateError, PartialDate, Weekday};
pub use crate::span::Span;

use std::fmt;

/// What kind of thing a name refers to.
///
/// The lowercase names (`person`, `organization`, …) are the values written to the
/// `speaker_type` and `type` columns of the output tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A single human being.
    Person,
    /// A company, ministry, agency, armed group or any other institution.
    Organization,
    /// A plural, unnamed set of people: "U.S. officials", "activists".
    Group,
    /// A country or its government, including capitals used for governments.
    Country,
    /// Not known.
    #[default]
    Unknown,
}

impl EntityKind {
    /// The lowercase name used in output tables and gazetteer files.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Group => "group",
            EntityKind::Country => "country",
            EntityKind::Unknown => "unknown",
        }
    }

    /// Parses the lowercase name written by [`EntityKind::as_str`].
    pub fn from_name(name: &str) -> Option<EntityKind> {
        Some(match name {
            "person" => EntityKind::Person,
            "organization" => EntityKind::Organization,
            "group" => EntityKind::Group,
            "country" => EntityKind::Country,
            "unknown" => EntityKind::Unknown,
            _ => return None,
        })
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who made a statement.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Speaker {
    /// The canonical name: the gazetteer's name, or the fullest form the article uses. A
    /// listed person whose gazetteer name the article never prints is named by the fullest
    /// form it prints ("Bill Burns" for "William J. Burns"); `id` still says who it is.
    pub name: String,
    /// The gazetteer id, when the speaker is in the gazetteer.
    pub id: Option<String>,
    /// Person, organization, group, country or unknown.
    pub kind: EntityKind,
    /// The role the article gives the speaker ("Pentagon press secretary"), if any.
    pub role: Option<String>,
}

/// How a statement is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClaimKind {
    /// The speaker's own words between quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech holding a quoted fragment.
    Mixed,
}

impl ClaimKind {
    /// The lowercase name written to the `kind` column.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Indirect => "indirect",
            ClaimKind::Mixed => "mixed",
        }
    }
}

impl fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a claim's `stated_on` date came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateBasis {
    /// A calendar date modifying the cue: "told reporters on Oct. 6".
    Explicit,
    /// A weekday or "today"/"yesterday" resolved against the publication date.
    Relative,
    /// No date modifies the cue, but an earlier statement of the same speaker in the article
    /// was dated ("She said on Monday ..." and then "she added ..."): that day.
    Continued,
    /// No date modifies the cue: the publication date is used.
    Publication,
    /// Neither the cue nor the article gives a date.
    #[default]
    Unknown,
}

impl DateBasis {
    /// The lowercase name written to the `date_basis` column.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Explicit => "explicit",
            DateBasis::Relative => "relative",
            DateBasis::Continued => "continued",
            DateBasis::Publication => "publication",
            DateBasis::Unknown => "unknown",
        }
    }
}

impl fmt::Display for DateBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One attributed statement found in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Who made the statement.
    pub speaker: Speaker,
    /// Where the speaker is named in the article text, when it is named near the statement.
    pub speaker_span: Option<Span>,
    /// The reporting verb or phrase in its base form: "said", "told reporters",
    /// "according to", "quoted as saying". Empty for a quote that continues the previous
    /// paragraph's speaker.
    pub cue: String,
    /// Direct, indirect or mixed.
    pub kind: ClaimKind,
    /// The statement's words (without the attribution) in the original article text. For a
    /// statement the article splits around its attribution (`"A," she said. "B"`), this
    /// covers all of it, attribution included; see [`Claim::pieces`].
    pub span: Span,
    /// The statement's pieces without the attribution between them, in text order, when
    /// the article splits it; empty when `span` alone is the statement.
    pub pieces: Vec<Span>,
    /// The day the statement was made.
    pub stated_on: Option<PartialDate>,
    /// Where `stated_on` came from.
    pub date_basis: DateBasis,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_kind_names_round_trip() {
        for kind in [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Group,
            EntityKind::Country,
            EntityKind::Unknown,
        ] {
            assert_eq!(EntityKind::from_name(kind.as_str()), Some(kind));
        }
        assert_eq!(EntityKind::from_name("Person"), None);
    }
}
