//! The folded view of a text used for matching names, with a map back to the original.

use whosaid_core::Span;

/// A folded copy of a text for matching, with a map back to original offsets.
///
/// Folding: apostrophes and single quotes (`’ ‘ ´ ʼ` `` ` ``) become `'`; double quotes
/// (`“ ” „ « »`) become `"`; dashes and minus signs (`‐ ‑ ‒ – — ― −`) become `-`;
/// non-breaking and other odd spaces become `' '`; ASCII letters are lowercased, and other
/// letters too when their lowercase form has the same UTF-8 length (otherwise they are
/// kept, so `İ` stays `İ`). Every folded character is either kept at its length or becomes
/// one ASCII byte, so every offset of [`Normalized::text`] is a char boundary of the
/// original after mapping.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The folded text.
    pub text: String,
    /// `(folded offset, original offset)` at the start and after every character whose
    /// length changed; between two entries the offsets advance together.
    anchors: Vec<(usize, usize)>,
    /// Original offset of the end of the folded text.
    end: usize,
}

impl Normalized {
    /// The original span that a span of the folded text came from.
    pub fn original(&self, span: Span) -> Span {
        Span::new(self.map_offset(span.start), self.map_offset(span.end))
    }

    /// The original offset of byte `offset` of the folded text (offsets past the end map to
    /// the end of the folded region). O(log n) in the number of shortened characters.
    pub fn map_offset(&self, offset: usize) -> usize {
        if offset >= self.text.len() {
            return self.end;
        }
        let after = self.anchors.partition_point(|&(folded, _)| folded <= offset);
        match after.checked_sub(1).and_then(|i| self.anchors.get(i)) {
            Some(&(folded, original)) => original.saturating_add(offset - folded),
            None => offset,
        }
    }
}

impl Normalized {
    /// The offset in the folded text of original offset `original` (the inverse of
    /// [`Normalized::map_offset`]): an offset inside a character folded to one byte maps to
    /// that byte; offsets before or after the folded region clamp to its ends. O(log n).
    pub fn folded_offset(&self, original: usize) -> usize {
        let Some(&(_, start)) = self.anchors.first() else { return 0 };
        if original <= start {
            return 0;
        }
        if original >= self.end {
            return self.text.len();
        }
        let after = self.anchors.partition_point(|&(_, o)| o <= original);
        let Some(&(folded, from)) = after.checked_sub(1).and_then(|i| self.anchors.get(i)) else {
            return 0;
        };
        let mut offset = folded.saturating_add(original - from);
        if let Some(&(next_folded, _)) = self.anchors.get(after) {
            // Inside a character that folded to the one byte just before the next anchor.
            offset = offset.min(next_folded.saturating_sub(1));
        }
        offset.min(self.text.len())
    }

    /// The folded span covering original span `span` (the inverse of
    /// [`Normalized::original`]), for comparing token spans with matches in the folded text.
    pub fn folded(&self, span: Span) -> Span {
        let start = self.folded_offset(span.start);
        let end = if span.end >= self.end {
            self.text.len()
        } else {
            // An end inside a folded character includes that character's byte.
            let at = self.folded_offset(span.end);
            if self.map_offset(at) < span.end {
                at + 1
            } else {
                at
            }
        };
        Span::new(start, end.min(self.text.len()))
    }
}

/// What a non-ASCII character folds to: `Some(byte)` for one ASCII byte, `None` to keep it
/// (possibly lowercased).
fn fold_wide(c: char) -> Option<u8> {
    match c {
        '’' | '‘' | '´' | 'ʼ' | '‛' | '′' => Some(b'\''),
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' => Some(b'"'),
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => Some(b'-'),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(b' '),
        _ => None,
    }
}

const fn fold_ascii(b: u8) -> u8 {
    match b {
        b'`' => b'\'',
        b'\t' | b'\r' | b'\n' | 0x0B | 0x0C => b' ',
        _ => b.to_ascii_lowercase(),
    }
}

/// [`fold_ascii`] of every byte (non-ASCII bytes are never looked up).
static ASCII_FOLD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = fold_ascii(b as u8);
        b += 1;
    }
    table
};

/// Folds `text[span]`; offsets of the result map into `text`.
pub(crate) fn normalize_span(text: &str, span: Span) -> Normalized {
    let Some(slice) = text.get(span.range()) else {
        return Normalized { end: span.start.min(text.len()), ..Normalized::default() };
    };
    let base = span.start;
    let mut out: Vec<u8> = Vec::with_capacity(slice.len());
    let mut anchors = vec![(0, base)];
    let bytes = slice.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            // A run of ASCII folds byte for byte, without a capacity check per byte.
            let run = bytes.get(i..).unwrap_or(&[]);
            let len = run.iter().take_while(|b| b.is_ascii()).count();
            let run = run.get(..len).unwrap_or(&[]);
            out.extend(run.iter().map(|&b| ASCII_FOLD[usize::from(b)]));
            i += len;
            continue;
        }
        let Some(c) = slice.get(i..).and_then(|s| s.chars().next()) else { break };
        let len = c.len_utf8();
        match fold_wide(c) {
            Some(folded) => {
                out.push(folded);
                anchors.push((out.len(), base + i + len));
            }
            None => {
                let mut lower = c.to_lowercase();
                let keep = match (lower.next(), lower.next()) {
                    (Some(l), None) if l.len_utf8() == len => l,
                    _ => c,
                };
                let mut buf = [0u8; 4];
                out.extend_from_slice(keep.encode_utf8(&mut buf).as_bytes());
            }
        }
        i += len;
    }
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Normalized { text, anchors, end: span.end }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        normalize_span(s, Span::new(0, s.len())).text
    }

    #[test]
    fn folds_quotes_dashes_spaces_and_case() {
        let cases: &[(&str, &str)] = &[
            ("Russia´s", "russia's"),
            ("they’re", "they're"),
            ("`90s", "'90s"),
            ("“Yes,” he said", "\"yes,\" he said"),
            ("„Ja“ «oui»", "\"ja\" \"oui\""),
            ("U.S.–led — 5−3", "u.s.-led - 5-3"),
            ("Bashar\u{00A0}al\u{2011}Assad", "bashar al-assad"),
            ("10\u{2009}000", "10 000"),
            ("ÉLYSÉE Ünal", "élysée ünal"),
            ("İstanbul", "İstanbul"),
            ("line\nbreak\ttab", "line break tab"),
            ("", ""),
        ];
        for &(input, folded) in cases {
            assert_eq!(fold(input), folded, "{input:?}");
        }
    }

    #[test]
    fn offsets_map_back_to_the_original_words() {
        let text = "“Russia´s plan,” said Sergei\u{00A0}Shoigu — officials";
        let n = normalize_span(text, Span::new(0, text.len()));
        for word in ["russia's", "plan", "said", "sergei shoigu", "officials"] {
            let at = n.text.find(word).expect(word);
            let original = n.original(Span::new(at, at + word.len()));
            let back = original.get(text).expect("char boundaries");
            assert_eq!(normalize_span(back, Span::new(0, back.len())).text, word);
        }
        assert_eq!(n.map_offset(n.text.len()), text.len());
        assert_eq!(n.map_offset(usize::MAX), text.len());
    }

    #[test]
    fn span_normalization_maps_into_the_full_text() {
        let text = "Intro.\n\n“Gen. Smith’s” view";
        let start = text.find('“').expect("mark");
        let n = normalize_span(text, Span::new(start, text.len()));
        assert_eq!(n.text, "\"gen. smith's\" view");
        let at = n.text.find("smith's").expect("word");
        assert_eq!(&text[n.original(Span::new(at, at + 7))], "Smith’s");
    }

    #[test]
    fn folded_offsets_invert_the_map() {
        let text = "“Russia´s” Sergei\u{00A0}Shoigu—ÉLYSÉE";
        let n = normalize_span(text, Span::new(0, text.len()));
        for (word, original) in
            [("russia's", "Russia´s"), ("sergei shoigu", "Sergei\u{00A0}Shoigu")]
        {
            let at = text.find(original).expect(original);
            let folded = n.folded(Span::new(at, at + original.len()));
            assert_eq!(&n.text[folded.range()], word);
        }
        for i in (0..=n.text.len()).filter(|&i| n.text.is_char_boundary(i)) {
            assert_eq!(n.folded_offset(n.map_offset(i)), i, "offset {i}");
        }
        // Byte 1 lies inside the three bytes of `“`, which folded to byte 0.
        assert_eq!(n.folded_offset(1), 0);
    }

    #[test]
    fn out_of_bounds_span_gives_empty_view() {
        let n = normalize_span("abc", Span::new(2, 10));
        assert!(n.text.is_empty());
        assert_eq!(n.map_offset(0), 2);
    }
}
