use std::fmt;
use std::ops::{Index, Range};

/// A half-open range of bytes, `start..end`, into a text.
///
/// Spans are `Copy` and always index the *original* text a stage was given, so a user can
/// find a reported statement in the article it came from. `start <= end` always holds.
///
/// ```
/// use whosaid_core::Span;
///
/// let text = "Toner said";
/// assert_eq!(&text[Span::new(0, 5)], "Toner");
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// The first byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span. If `end < start`, the span is empty at `start`, so arithmetic on
    /// input-derived offsets can never build an inverted range.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    /// The number of bytes covered. The fields are public, so a span built by hand may be
    /// inverted; it then covers nothing rather than overflowing.
    #[inline]
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// Whether `other` lies entirely within this span.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// This span moved `by` bytes to the right, for spans computed on a slice of a text.
    #[inline]
    pub fn offset(&self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// The span as a `Range`.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text the span covers, or `None` if it is out of bounds or not on char boundaries.
    #[inline]
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.range())
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inverted_span_is_empty_not_panicking() {
        let s = Span::new(5, 2);
        assert!(s.is_empty());
        assert_eq!(s.start, 5);
    }

    #[test]
    fn regression_hand_built_inverted_span_has_no_length() {
        let s = Span { start: 66, end: 0 };
        assert_eq!(s.len(), 0);
        assert!(s.is_empty());
    }

    #[test]
    fn overlap_and_cover() {
        let a = Span::new(0, 5);
        let b = Span::new(5, 9);
        assert!(!a.overlaps(b));
        assert!(a.overlaps(Span::new(4, 6)));
        assert_eq!(a.cover(b), Span::new(0, 9));
        assert!(a.cover(b).contains(b));
    }

    #[test]
    fn get_refuses_non_char_boundaries() {
        let text = "Russia´s";
        assert_eq!(Span::new(0, 7).get(text), None);
        assert_eq!(Span::new(0, 6).get(text), Some("Russia"));
    }
}
