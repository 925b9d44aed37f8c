//! Acronyms an article defines for itself: "the Electoral Commission (EC) ... the EC said".
//!
//! News writes an organization's full name once with its acronym in brackets and then uses
//! the acronym alone, also as a speaker. Read alone, "EC" is either nothing or, worse, a
//! gazetteer alias of another body (the European Commission); the article's own definition
//! is what a reader goes by, so within that article later mentions of the acronym name the
//! full name's entity.
//!
//! A definition is `Full Name (ACR)` or `ACR (Full Name)` inside one sentence, where:
//! - ACR is 2 to 8 ASCII letters, digits or `&`, starting with a capital and holding at least
//!   two capitals ("EC", "PAGASA", "KMPDU", "CBoI", "MoHFW"); only its capitals are spelled
//!   out, since lowercase letters in an acronym stand for function words ("of");
//! - Full Name is a run of words whose capital initials spell the ACR's capitals in order, one
//!   capitalized word per capital, with the connectors of [`CONNECTORS`] and commas in between
//!   ("Kenya Medical Practitioners, Pharmacists and Dentists Union"); hyphenated parts count
//!   as words ("Non-Proliferation"); one all-capitals word right before it joins the name
//!   ("NSW Rural Fire Service (RFS)").
//!
//! The full name keeps the identity it already has (a gazetteer mention covering it, or an
//! organization or group mention ending it); otherwise it becomes one organization mention
//! with no id, named by its words, replacing the parts found inside it ("Philippine").
//! Every later whole-word use of the ACR (not hyphenated) becomes a mention of that identity;
//! a later definition of the same ACR takes over from where it stands. Nothing crosses texts.

use whosaid_core::{EntityKind, Span};

use crate::{EntityId, Mention, Name};

/// Lowercase words allowed inside a full name without spelling a letter.
const CONNECTORS: &[&str] = &[
    "of", "and", "for", "the", "de", "del", "des", "du", "la", "le", "on", "in", "ng", "y", "et",
    "und", "&",
];

/// Last words of names of things that never speak (taxes, laws, measures, diseases): their
/// acronyms ("VAT", "GDP", "CPI") stay what they were, so that they do not become speakers.
const NOT_ACTORS: &[&str] = &[
    "Act",
    "Area",
    "Bill",
    "Disease",
    "Index",
    "Law",
    "Network",
    "Plan",
    "Policy",
    "Product",
    "Program",
    "Programme",
    "Protocol",
    "Rate",
    "Scheme",
    "Standard",
    "Syndrome",
    "Tax",
    "Time",
    "Treaty",
    "Virus",
    "Zone",
];

/// How far before a bracket a full name may start: longer runs are prose, not names.
const MAX_NAME_BYTES: usize = 240;
/// Definitions kept per text; a text with more is a list or a table, not news prose.
const MAX_DEFINITIONS: usize = 64;

/// One acronym defined in the text.
struct Definition<'t> {
    acronym: &'t str,
    /// Where the definition ends: uses of the acronym from here on follow it.
    from: usize,
    /// The full name's span, and the bracketed acronym of a `Full Name (ACR)` definition:
    /// neither is a new use.
    name_span: Span,
    acronym_span: Span,
    entity: Option<EntityId>,
    kind: EntityKind,
    name: Name,
}

/// A word of the text as byte offsets into it.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// Rewrites `mentions` (sorted by start, not overlapping) for the acronyms `text` defines.
pub(crate) fn apply(text: &str, mentions: &mut Vec<Mention>) {
    // `memchr` searches with vector instructions; `<[u8]>::contains` a byte word at a time,
    // which showed in profiles of long texts without brackets.
    if memchr::memchr(b'(', text.as_bytes()).is_none() {
        return;
    }
    let mut words = Vec::new();
    let mut definitions = Vec::new();
    find_definitions(text, &mut words, &mut definitions);
    if definitions.is_empty() {
        return;
    }
    name_full_names(text, mentions, &mut definitions);
    mark_uses(text, mentions, &definitions);
}

/// True for an acronym shape: 2-8 ASCII letters, digits or '&', a capital first, two capitals.
fn is_acronym(word: &str) -> bool {
    let b = word.as_bytes();
    (2..=8).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'&')
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// Bytes that end a sentence or a bracketed part: a full name never runs across them.
fn is_stop(c: char) -> bool {
    matches!(
        c,
        '.' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '"' | '\n' | '\u{201c}' | '\u{201d}'
    )
}

/// Where the text after the last [`is_stop`] character of `bytes` (valid UTF-8) begins; 0
/// without one. The curly quotes' last bytes follow `E2 80` only in those characters.
fn after_last_stop(bytes: &[u8]) -> usize {
    let mut i = bytes.len();
    while let Some(at) = i.checked_sub(1) {
        let b = bytes.get(at).copied().unwrap_or(0);
        let stop = match b {
            b'.' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'[' | b']' | b'"' | b'\n' => true,
            0x9C | 0x9D => at >= 2 && bytes.get(at - 2..at) == Some(&[0xE2, 0x80][..]),
            _ => false,
        };
        if stop {
            return i;
        }
        i = at;
    }
    0
}

/// Word characters: letters, digits, '&' and an apostrophe inside a word ("Children's").
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '&' || c == '\'' || c == '\u{2019}'
}

/// Splits `part` (a slice of `text` starting at byte `base`) into words, after its last stop.
fn words_of(part: &str, base: usize, out: &mut Vec<Word>) {
    out.clear();
    let mut start = None;
    let bytes = part.as_bytes();
    // The words before the last stop would be dropped at it: a backward byte scan finds it
    // for less than splitting them (the part before a bracket is up to `MAX_NAME_BYTES`).
    let mut i = after_last_stop(bytes);
    // Byte by byte, decoding only characters outside ASCII (`char_indices` over the bytes
    // before every bracket showed in profiles).
    while let Some(&b) = bytes.get(i) {
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            match part.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        let at = i;
        i += len;
        if is_word_char(c) {
            start.get_or_insert(at);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Word { start: base + s, end: base + at });
        }
        if is_stop(c) {
            out.clear();
        }
    }
    if let Some(s) = start {
        out.push(Word { start: base + s, end: base + part.len() });
    }
}

/// Where a name ending at `end` ends without a possessive ("the Wheat Board's (WB)").
fn without_possessive(text: &str, end: usize) -> usize {
    let before = text.get(..end).unwrap_or("");
    match before.strip_suffix("'s").or_else(|| before.strip_suffix("\u{2019}s")) {
        Some(rest) => rest.len(),
        None => end,
    }
}

/// True when the name in `span` ends with a word of [`NOT_ACTORS`].
fn names_a_non_actor(text: &str, span: Span) -> bool {
    let name = text.get(span.start..span.end).unwrap_or("");
    let last = name.rsplit([' ', '-']).next().unwrap_or("");
    NOT_ACTORS.contains(&last)
}

fn slice(text: &str, w: Word) -> &str {
    text.get(w.start..w.end).unwrap_or("")
}

/// Matches the capitals of `acronym` against `words` read backwards from the last one;
/// returns the index of the first word of the name.
fn match_backwards(text: &str, acronym: &str, words: &[Word]) -> Option<usize> {
    let mut letters = acronym.bytes().filter(u8::is_ascii_uppercase).rev().peekable();
    let mut first = None;
    for (i, w) in words.iter().enumerate().rev() {
        let Some(&letter) = letters.peek() else { break };
        let word = slice(text, *w);
        match word.as_bytes().first() {
            Some(c) if c.is_ascii_uppercase() && *c == letter => {
                letters.next();
                first = Some(i);
            }
            // The word next to the bracket must spell a letter: "said (EC)" is no name.
            _ if first.is_some() && CONNECTORS.contains(&word) => {}
            _ => return None,
        }
    }
    if letters.peek().is_some() {
        return None;
    }
    let first = first?;
    // One all-capitals word right before the name is part of it ("NSW Rural Fire Service").
    let joins = first.checked_sub(1).and_then(|p| words.get(p).map(|w| (p, *w)));
    match (joins, words.get(first)) {
        (Some((p, w)), Some(f))
            if w.end + 1 == f.start
                && text.as_bytes().get(w.end) == Some(&b' ')
                && slice(text, w).len() >= 2
                && slice(text, w).bytes().all(|c| c.is_ascii_uppercase()) =>
        {
            Some(p)
        }
        _ => Some(first),
    }
}

/// True when `words` (all of them) spell the capitals of `acronym` forwards.
fn matches_forwards(text: &str, acronym: &str, words: &[Word]) -> bool {
    let mut letters = acronym.bytes().filter(u8::is_ascii_uppercase);
    let mut spelled = 0;
    for (i, w) in words.iter().enumerate() {
        let word = slice(text, *w);
        let first = word.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_uppercase() {
            if letters.next() != Some(first) {
                return false;
            }
            spelled += 1;
        } else if !(CONNECTORS.contains(&word) && (spelled > 0 || (i == 0 && word == "the"))) {
            return false;
        }
    }
    spelled > 0 && letters.next().is_none()
}

/// One pass over the brackets of `text`, collecting the definitions in text order.
fn find_definitions<'t>(text: &'t str, words: &mut Vec<Word>, out: &mut Vec<Definition<'t>>) {
    let bytes = text.as_bytes();
    let mut from = 0;
    let after = |at: usize| bytes.get(at..).unwrap_or(&[]);
    while let Some(open) = memchr::memchr(b'(', after(from)).map(|i| from + i) {
        let Some(close) = crate::swar::find2(bytes, open, b')', b'\n') else {
            break;
        };
        from = close.max(open + 1);
        if bytes.get(close) != Some(&b')') || out.len() >= MAX_DEFINITIONS {
            continue;
        }
        let inside = text.get(open + 1..close).unwrap_or("").trim();
        let inside_start =
            open + 1 + text.get(open + 1..close).unwrap_or("").find(inside).unwrap_or(0);
        if is_acronym(inside) {
            // Full Name (ACR)
            let mut lo = open.saturating_sub(MAX_NAME_BYTES);
            while !text.is_char_boundary(lo) {
                lo += 1;
            }
            words_of(text.get(lo..open).unwrap_or(""), lo, words);
            if let Some(first) = match_backwards(text, inside, words) {
                let (Some(f), Some(l)) = (words.get(first), words.last()) else { continue };
                let name_span = Span::new(f.start, without_possessive(text, l.end));
                if names_a_non_actor(text, name_span) {
                    continue;
                }
                out.push(Definition {
                    acronym: inside,
                    from: inside_start,
                    name_span,
                    acronym_span: Span::new(inside_start, inside_start + inside.len()),
                    entity: None,
                    kind: EntityKind::Organization,
                    name: Name::default(),
                });
            }
        } else {
            // ACR (Full Name): the acronym is the word right before the bracket.
            let before = text.get(..open).unwrap_or("").trim_end_matches(' ');
            let acr_start = before
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let acronym = before.get(acr_start..).unwrap_or("");
            if !is_acronym(acronym) || before.len() + 1 < open {
                continue;
            }
            words_of(inside, inside_start, words);
            let all_in = words.first().is_some_and(|w| w.start == inside_start);
            if all_in && matches_forwards(text, acronym, words) {
                let first = words.iter().position(|w| slice(text, *w) != "the").unwrap_or(0);
                let (Some(f), Some(l)) = (words.get(first), words.last()) else { continue };
                let name_span = Span::new(f.start, without_possessive(text, l.end));
                if names_a_non_actor(text, name_span) {
                    continue;
                }
                out.push(Definition {
                    acronym,
                    from: acr_start,
                    name_span,
                    acronym_span: Span::new(close + 1, close + 1),
                    entity: None,
                    kind: EntityKind::Organization,
                    name: Name::default(),
                });
            }
        }
    }
}

/// Gives each definition the identity of its full name, adding a mention for a full name
/// nothing names yet.
fn name_full_names(text: &str, mentions: &mut Vec<Mention>, definitions: &mut [Definition<'_>]) {
    let mut added = Vec::new();
    let mut dropped = false;
    let mut i = 0;
    for d in definitions.iter_mut() {
        let (fs, fe) = (d.name_span.start, d.name_span.end);
        // Definitions are in text order (bracket order) but their names may start before an
        // earlier definition's bracket ("A (B (C))" is not news); a cursor that only moves
        // forward keeps this linear and at worst misses such nesting.
        while mentions.get(i).is_some_and(|m| m.span.end <= fs) {
            i += 1;
        }
        let mut j = i;
        let mut identity = None;
        let mut partial = false;
        while let Some(m) = mentions.get(j).filter(|m| m.span.start < fe) {
            let covers = m.span.start <= fs && m.span.end >= fe;
            // An organization ending the name ("NSW [Rural Fire Service]") is it; a country
            // ending it ("Bank of [England]") is not.
            let ends_it = m.span.end == fe
                && m.entity.is_some()
                && matches!(m.kind, EntityKind::Organization | EntityKind::Group);
            if (covers || ends_it) && !m.adjective {
                identity = Some((m.entity, m.kind, m.name.clone()));
            } else if m.span.start < fs || m.span.end > fe {
                partial = true;
            }
            j += 1;
        }
        match identity {
            Some((entity, kind, name)) => {
                d.entity = entity;
                d.kind = kind;
                d.name = name;
            }
            None => {
                d.name = text.get(fs..fe).unwrap_or("").into();
                if !partial {
                    for m in mentions.get_mut(i..j).unwrap_or_default() {
                        // Marked for removal: a part of the full name, not a name of its own.
                        m.span = Span::new(usize::MAX, usize::MAX);
                        dropped = true;
                    }
                    added.push(org_mention(d.name_span, d));
                }
            }
        }
    }
    if dropped {
        mentions.retain(|m| m.span.start != usize::MAX);
    }
    if !added.is_empty() {
        mentions.append(&mut added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

fn org_mention(span: Span, d: &Definition<'_>) -> Mention {
    Mention {
        span,
        entity: d.entity,
        kind: d.kind,
        name: d.name.clone(),
        adjective: false,
        gender: None,
    }
}

/// One pass over the words of `text`: each use of a defined acronym after its definition
/// names the definition's identity, relabelling the mention found there or adding one.
fn mark_uses(text: &str, mentions: &mut Vec<Mention>, definitions: &[Definition<'_>]) {
    let bytes = text.as_bytes();
    let first_from = definitions.iter().map(|d| d.from.min(d.name_span.start)).min().unwrap_or(0);
    let mut added = Vec::new();
    let mut cursor = 0;
    let mut pos = first_from;
    let run_end = |pos: usize| {
        bytes
            .get(pos..)
            .map_or(pos, |b| pos + b.iter().take_while(|&&b| is_acronym_byte(b)).count())
    };
    while pos < bytes.len() {
        // Only a run that opens with a capital may be an acronym: jump to the next capital,
        // and past the run it is inside of when that run opened before it.
        let Some(capital) = crate::swar::find_capital(bytes, pos) else { break };
        if capital > pos && bytes.get(capital - 1).is_some_and(|&b| is_acronym_byte(b)) {
            pos = run_end(capital);
            continue;
        }
        pos = capital;
        let end = run_end(pos);
        if end == pos {
            pos += 1;
            continue;
        }
        // Only whole words: not part of a hyphenated word ("EC-backed") or of a word with
        // letters outside ASCII.
        let glued = |b: Option<&u8>| b.is_some_and(|&b| b == b'-' || !b.is_ascii());
        let whole = !glued(pos.checked_sub(1).and_then(|p| bytes.get(p))) && !glued(bytes.get(end));
        let word = text.get(pos..end).unwrap_or("");
        let definition = if whole && is_acronym(word) {
            definitions.iter().rev().find(|d| d.acronym == word && d.from <= pos)
        } else {
            None
        };
        if let Some(d) = definition {
            let span = Span::new(pos, end);
            let in_definition = span.start >= d.name_span.start && span.end <= d.name_span.end;
            while mentions.get(cursor).is_some_and(|m| m.span.end <= pos) {
                cursor += 1;
            }
            match mentions.get_mut(cursor) {
                Some(m) if m.span == span => {
                    m.entity = d.entity;
                    m.kind = d.kind;
                    m.name.clone_from(&d.name);
                    m.adjective = false;
                    m.gender = None;
                }
                Some(m) if m.span.start < end => {}
                _ if in_definition || span == d.acronym_span => {}
                _ => added.push(org_mention(span, d)),
            }
        }
        pos = end.max(pos + 1);
    }
    if !added.is_empty() {
        mentions.append(&mut added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

fn is_acronym_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'&'
}

#[cfg(test)]
mod words_tests {
    use super::{is_stop, is_word_char, words_of, Word};

    /// What `words_of` replaced: the same split over `char_indices`.
    fn by_chars(part: &str, base: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in part.char_indices() {
            if is_word_char(c) {
                start.get_or_insert(i);
                continue;
            }
            if let Some(s) = start.take() {
                out.push((base + s, base + i));
            }
            if is_stop(c) {
                out.clear();
            }
        }
        if let Some(s) = start {
            out.push((base + s, base + part.len()));
        }
        out
    }

    #[test]
    fn words_of_splits_as_the_char_by_char_split_did() {
        let parts = [
            "",
            "the Électoral Commission of Zürich",
            "said. The Children\u{2019}s Fund & Co",
            "a (b) c\n\u{201c}Quoted Name\u{201d} Ñandú Board",
            "x\u{a0}y 12ab  \u{2014} Last",
            // Stops at either end, and bytes of other three-byte characters that share the
            // curly quotes' last bytes.
            ".Lead Word\u{201d}",
            "Trailing Stop.",
            "\u{201c}Open Quote Only",
            "\u{99c}\u{2c9d} Mixed \u{201c}",
        ];
        let mut words: Vec<Word> = Vec::new();
        for part in parts {
            words_of(part, 7, &mut words);
            let got: Vec<(usize, usize)> = words.iter().map(|w| (w.start, w.end)).collect();
            assert_eq!(got, by_chars(part, 7), "{part:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Gazetteer, GazetteerBuilder};
    use whosaid_tokenize::Tokens;

    const ENTITIES: &str = "\
european-commission\torganization\tEuropean Commission\tEC
tarn-electoral-commission\torganization\tTarn Electoral Commission\t
tarn\tcountry\tTarnland\tTarn|adj:Tarnish
";

    fn gazetteer() -> Gazetteer {
        let mut b = GazetteerBuilder::new();
        b.add_tsv("acronym-tests", ENTITIES).add_roles_tsv("roles", "spokesman\n");
        assert!(b.errors().is_empty(), "{:?}", b.errors());
        b.build()
    }

    /// "surface=name#id" for every mention, `#-` when the mention has no id.
    fn found(g: &Gazetteer, text: &str) -> Vec<String> {
        g.annotate(text, &Tokens::default())
            .mentions
            .iter()
            .map(|m| {
                let id = m.entity.and_then(|e| g.entity(e)).map_or("-", |e| e.id.as_str());
                format!("{}={}#{id}", &text[m.span], m.name)
            })
            .collect()
    }

    #[test]
    fn defined_acronyms_name_their_full_name_later() {
        let g = gazetteer();
        let cases: &[(&str, &[&str])] = &[
            // Not in the gazetteer: one organization with no id, named by its words.
            (
                "The Lantern Harbour Authority (LHA) closed the port. The LHA said it would reopen.",
                &["Lantern Harbour Authority=Lantern Harbour Authority#-", "LHA=Lantern Harbour Authority#-"],
            ),
            // Connectors, commas and a possessive use; every capital spelled once.
            (
                "the Velmar Union of Nurses, Porters and Cooks (VUNPC) struck. VUNPC's leader spoke.",
                &[
                    "Velmar Union of Nurses, Porters and Cooks=Velmar Union of Nurses, Porters and Cooks#-",
                    "VUNPC=Velmar Union of Nurses, Porters and Cooks#-",
                ],
            ),
            // Lowercase letters inside the acronym stand for connectors.
            (
                "the Central Bank of Orrin (CBoO) held rates. CBoO said inflation eased.",
                &["Central Bank of Orrin=Central Bank of Orrin#-", "CBoO=Central Bank of Orrin#-"],
            ),
            // A gazetteer full name keeps its id; the demonym inside it is replaced.
            (
                "the Tarn Electoral Commission (TEC) counted. TEC said turnout rose.",
                &[
                    "Tarn Electoral Commission=Tarn Electoral Commission#tarn-electoral-commission",
                    "TEC=Tarn Electoral Commission#tarn-electoral-commission",
                ],
            ),
            // The article's definition beats the acronym's gazetteer alias, brackets too.
            (
                "the Electoral Commission (EC) declared results. The EC said 12 seats changed.",
                &["Electoral Commission=Electoral Commission#-", "EC=Electoral Commission#-", "EC=Electoral Commission#-"],
            ),
            // ACR (Full Name).
            (
                "Residents told the OWB (Orrin Water Board) of leaks. OWB said pipes were old.",
                &["OWB=Orrin Water Board#-", "Orrin Water Board=Orrin Water Board#-", "OWB=Orrin Water Board#-"],
            ),
            // A possessive is no part of the name.
            (
                "the Orrin Wheat Board's (OWB) sales rose. OWB said so.",
                &["Orrin Wheat Board=Orrin Wheat Board#-", "OWB=Orrin Wheat Board#-"],
            ),
            // One all-capitals word before the name joins it; a hyphenated use is no use.
            (
                "the NSW Rural Fire Service (RFS) warned. RFS-led crews left. The RFS said so.",
                &["NSW Rural Fire Service=NSW Rural Fire Service#-", "RFS=NSW Rural Fire Service#-"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(found(&g, text), *want, "{text}");
        }
    }

    #[test]
    fn undefined_or_unspelled_acronyms_are_left_alone() {
        let g = gazetteer();
        let cases: &[(&str, &[&str])] = &[
            // Not defined here: the gazetteer alias stands.
            ("The EC said the rules stand.", &["EC=European Commission#european-commission"]),
            // Initials that do not spell the bracket (the full name is an institution's by
            // its shape, not by the bracket).
            (
                "the Lantern Harbour Authority (EC) met. EC said no.",
                &[
                    "Lantern Harbour Authority=Lantern Harbour Authority#-",
                    "EC=European Commission#european-commission",
                    "EC=European Commission#european-commission",
                ],
            ),
            // The word next to the bracket must spell a letter.
            ("Orrin Water said (OW) nothing. OW left.", &[]),
            // A use before the definition is not a use.
            (
                "LHA met. The Lantern Harbour Authority (LHA) closed.",
                &["Lantern Harbour Authority=Lantern Harbour Authority#-"],
            ),
            // Acronyms of things that never speak stay as they were.
            ("the Orrin Sales Tax (OST) rose. OST said nothing.", &[]),
            // A stop between the name and the bracket ends the name (what is left is an
            // institution's name by its shape).
            (
                "He met Lantern. Harbour Authority (LHA) closed.",
                &["Harbour Authority=Harbour Authority#-"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(found(&g, text), *want, "{text}");
        }
    }

    #[test]
    fn broken_brackets_define_nothing() {
        let g = gazetteer();
        let cases: &[&str] = &[
            "(",
            "((AB)",
            "Alpha Beta (AB",
            "(AB) AB",
            "AB ()",
            "AB (",
            "Alpha Beta\n(AB) AB",
            "\u{c9}cole Alpha (\u{c9}A) \u{c9}A",
            "Alpha Beta (A B) AB",
            "x) Alpha Beta (AB",
        ];
        for text in cases {
            let named: Vec<String> =
                found(&g, text).into_iter().filter(|m| m.contains("Alpha")).collect();
            assert!(named.is_empty(), "{text}: {named:?}");
        }
    }

    #[test]
    fn definitions_do_not_cross_texts() {
        let g = gazetteer();
        let first = "the Electoral Commission (EC) declared results.";
        assert_eq!(
            found(&g, first),
            ["Electoral Commission=Electoral Commission#-", "EC=Electoral Commission#-"]
        );
        assert_eq!(found(&g, "The EC said so."), ["EC=European Commission#european-commission"]);
    }

    #[test]
    fn a_later_definition_takes_over() {
        let g = gazetteer();
        let text = "the Orrin Water Board (OWB) met. OWB said yes. the Old Wharf Bureau (OWB) met. OWB said no.";
        let names: Vec<String> =
            found(&g, text).into_iter().filter(|m| m.starts_with("OWB=")).collect();
        assert_eq!(names, ["OWB=Orrin Water Board#-", "OWB=Old Wharf Bureau#-"]);
    }
}
