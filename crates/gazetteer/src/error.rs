//! The one error type of this crate.

use std::fmt;

/// What is wrong with a gazetteer row or file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GazetteerErrorKind {
    /// The row has fewer or more tab-separated fields than the format allows.
    #[error("expected {expected} tab-separated fields, found {found}")]
    FieldCount {
        /// The allowed number of fields, as text ("3 to 5").
        expected: &'static str,
        /// The number of fields found.
        found: usize,
    },
    /// The `type` field is not one of person, organization, group, country, unknown.
    #[error(
        "unknown entity type {0:?} (expected person, organization, group, country or unknown)"
    )]
    UnknownType(String),
    /// The `id` field is empty.
    #[error("empty id")]
    EmptyId,
    /// The `name` field is empty.
    #[error("empty name")]
    EmptyName,
    /// An alias carries a `prefix:` marker this crate does not know.
    #[error("unknown alias marker {0:?} (expected adj: or short:)")]
    UnknownMarker(String),
    /// The file could not be read.
    #[error("cannot read file: {0}")]
    Io(String),
}

/// A bad gazetteer row or an unreadable file, with where it is.
///
/// Builders collect these and skip the row; the build goes on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct GazetteerError {
    /// The file path or label given to the builder.
    pub path: String,
    /// The 1-based line number, or 0 for an error about the whole file.
    pub line: usize,
    /// The byte offset of the line's start in the file.
    pub byte: usize,
    /// What is wrong.
    pub kind: GazetteerErrorKind,
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.kind)
    }
}
