//! The crate's error type.

use std::fmt;

/// What went wrong while reading a cue lexicon.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A row does not have the six tab-separated columns.
    Columns {
        /// How many columns the row has.
        found: usize,
    },
    /// A column holds a value it cannot have.
    BadValue {
        /// The column's name.
        column: String,
        /// The value found.
        value: String,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Columns { found } => {
                write!(f, "expected 6 tab-separated columns, found {found}")
            }
            ErrorKind::BadValue { column, value } => {
                write!(f, "column {column} cannot be {value:?}")
            }
        }
    }
}

/// An error reading a cue lexicon, with the line (1-based) where it happened.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{source_name}:{line}: {kind}")]
pub struct Error {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The lexicon's name ("data/cues.tsv" for the shipped one).
    pub source_name: String,
    /// The 1-based line.
    pub line: usize,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, line: usize) -> Error {
        Error { kind, source_name: "data/cues.tsv".to_string(), line }
    }

    pub(crate) fn named(mut self, name: &str) -> Error {
        self.source_name = name.to_string();
        self
    }
}
