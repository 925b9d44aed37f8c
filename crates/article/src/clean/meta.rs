//! Metadata rules for pages of any outlet: the masthead naming the site, agency sign-offs,
//! breadcrumbs above the headline, datelines without a dash, metadata lines grouped with
//! others, and a year found elsewhere on the page completing a date that has none.
//!
//! Everything here looks at a bounded head or tail of the page (a few lines or paragraphs),
//! so it adds no pass over the whole text.

use std::sync::OnceLock;

use regex::Regex;
use whosaid_core::{PartialDate, Span};

use super::{
    features, find_spaced, head_of, is_all_caps, is_capitalized_token, is_listed, is_not_name,
    mark, rfind_spaced, Candidate, Cleaner, Found, Layout, Line, Para, SpaceSplit, Words,
};
use crate::date::{find_dates, MONTH};
use crate::trim_fast;

/// How many paragraphs from the end may hold an agency's sign-off.
const SIGN_OFF_PARAGRAPHS: usize = 6;
/// How far from a paragraph's end a dash before an agency's sign-off is looked for: the
/// longest listed name (30 bytes) and its dash fit.
const SIGN_OFF_TAIL_BYTES: usize = 48;
/// The dashes that set a sign-off apart: " - AFP", " -- IANS", " – EFE", " — TASS".
const SIGN_OFF_DASHES: [&str; 4] = [" - ", " -- ", " – ", " — "];
/// How many lines under the masthead may hold the site's menu.
const MASTHEAD_MENU_LINES: usize = 3;
/// How many bytes at the end of the page are searched for the site's name again.
const FOOTER_BYTES: usize = 1500;

/// Section names that open menu lines: never a site's name.
const SECTION_WORDS: &[&str] = &[
    "home",
    "news",
    "latest",
    "world",
    "business",
    "markets",
    "economy",
    "politics",
    "sport",
    "sports",
    "opinion",
    "live",
    "video",
    "videos",
    "photos",
    "tech",
    "technology",
    "science",
    "health",
    "culture",
    "lifestyle",
    "entertainment",
    "travel",
    "national",
    "international",
    "local",
    "menu",
    "search",
    "top stories",
    "top news",
    "breaking news",
    "more",
    "sections",
    "subscribe",
    "sign in",
    "log in",
    "trending",
];

/// The first bytes of [`SECTION_WORDS`], in either case.
static SECTION_OPENERS: [u32; 256] = super::list_openers(&[SECTION_WORDS]);

fn is_section_word(name: &str) -> bool {
    // Most names open with a byte no section word opens with: one table look-up.
    static SECTION_SET: OnceLock<super::WordSet> = OnceLock::new();
    super::may_be_listed(&SECTION_OPENERS, name)
        && SECTION_SET.get_or_init(|| super::WordSet::new(&[SECTION_WORDS])).contains(name)
}

/// Small words inside an outlet's name ("Voice of America", "The Times of India").
const NAME_CONNECTIVES: &[&str] = &["of", "the", "and", "&", "for", "de", "del", "la", "el", "al"];

/// Whether `w` is one of [`NAME_CONNECTIVES`]: all are ASCII of three bytes or fewer, so a
/// longer word (most) is ruled out by its length before the list is searched (no other
/// char lower-cases to their ASCII letters).
fn is_connective(w: &str) -> bool {
    w.len() <= 3 && is_listed(NAME_CONNECTIVES, w)
}

/// Whether `s` has the shape of a site's name: one to three capitalized words (and small
/// words between them: "The Times of India"), no sentence punctuation, no date. A Title
/// Case headline has four capitalized words or more.
fn is_site_name(s: &str) -> bool {
    // First the test that rules out most lines (a page's first line is often a sentence)
    // before splitting any into words.
    if s.len() > 40 {
        return false;
    }
    let mut words = 0;
    for (k, w) in s.words().enumerate() {
        let connective = k > 0 && is_connective(w);
        if !connective && !is_capitalized_token(w) {
            return false;
        }
        // "The Times of Central Asia": a name's leading article is not one of its words.
        let article = k == 0 && w.eq_ignore_ascii_case("the");
        words += u32::from(!connective && !article);
    }
    (1..=3).contains(&words)
        && s.len() <= 40
        && s.words().next().is_some_and(|w| !is_not_name(w))
        && !is_section_word(s)
        && !s.ends_with(['.', ',', ':'])
        && find_dates(s, None).next().is_none()
}

/// A line of a site's menu: three or more items separated by bars, bullets or wide gaps.
fn is_menu_line(s: &str) -> bool {
    let bars = bar_count(s);
    let gaps = wide_gaps(s).count();
    let final_stop = s.trim_end().ends_with(['.', '!', '?']);
    !final_stop && (bars >= 2 || gaps >= 3)
}

/// How many '|', '•' and '·' `s` holds, found by their bytes ('|', or the lead byte of the
/// others, then the rest of the character) rather than by decoding every char.
fn bar_count(s: &str) -> usize {
    let bytes = s.as_bytes();
    memchr::memchr3_iter(b'|', 0xC2, 0xE2, bytes)
        .filter(|&at| match bytes.get(at) {
            Some(b'|') => true,
            Some(0xC2) => bytes.get(at + 1) == Some(&0xB7),
            _ => bytes.get(at + 1..at + 3) == Some(&[0x80, 0xA2][..]),
        })
        .count()
}

/// Whether `name` is written in `hay` as a whole word sequence, exactly or capitalized
/// ("UKRINFORM" as "Ukrinform").
fn mentions(hay: &str, name: &str) -> bool {
    if find_whole(hay, name).is_some() {
        return true;
    }
    // An all-caps masthead is written capitalized in the story ("told Ukrinform").
    let capitalized = capitalized(name);
    capitalized != name && find_whole(hay, &capitalized).is_some()
}

/// Where `needle` is first written in `hay` as whole words.
fn find_whole(hay: &str, needle: &str) -> Option<usize> {
    let whole = |at: usize| {
        let before_ok = hay
            .get(..at)
            .and_then(|b| b.chars().next_back())
            .map_or(true, |c| !c.is_alphanumeric());
        let after_ok = hay
            .get(at + needle.len()..)
            .and_then(|a| a.chars().next())
            .map_or(true, |c| !c.is_alphanumeric());
        before_ok && after_ok
    };
    hay.match_indices(needle).map(|(at, _)| at).find(|&at| whole(at))
}

/// Each word of `name` with a capital and then lower case: "DAILY EXAMPLE" as "Daily Example";
/// a small word inside the name in lower case ("THE VOICE OF EXAMPLE" as "The Voice of
/// Example").
pub(super) fn capitalized(name: &str) -> String {
    name.split(' ')
        .enumerate()
        .map(|(k, w)| {
            if k > 0 && is_connective(w) {
                return w.to_lowercase();
            }
            let mut chars = w.chars();
            chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars.flat_map(char::to_lowercase))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The site's name from its masthead: the page's first line, when a menu line follows it
/// within a few lines, or when it is the first item of a menu and the footer names the site
/// again. Returns the name and where the masthead block (with its tagline and menu) ends.
#[inline(never)]
pub(super) fn masthead(cleaner: &Cleaner, text: &str, lines: &[Line]) -> Option<(Span, usize)> {
    let head_len = head_of(text, 2000).len();
    // "Skip to main content" and a scraper's "Last crawled:" line come before the masthead.
    let mut lines =
        head_lines(text, lines, head_len).skip_while(|l| l.is_empty() || is_pre_masthead(l));
    let first = lines.next()?;
    let line_end = |line: &str| line.as_ptr() as usize - text.as_ptr() as usize + line.len();
    let span_of = |name: &str| {
        let start = name.as_ptr() as usize - text.as_ptr() as usize;
        Span::new(start, start + name.len())
    };
    // Most first lines hold no bar or bullet: a byte search spares splitting char by char.
    let first_segment = if memchr::memchr2(b'|', 0xE2, first.as_bytes()).is_none() {
        first
    } else {
        first.split(['|', '•']).next().unwrap_or_default().trim()
    };
    let opens_bar_menu = first_segment.len() < first.len();
    let raw_name = if opens_bar_menu {
        first_segment
    } else {
        // "Home  News  Sport": wide gaps separate menu items too.
        before_wide_gap(first).trim()
    };
    // "ITV News | Anglia": a regional edition, named so in the story.
    if opens_bar_menu {
        if let Some(joined) = joined_masthead(text, first) {
            let menu = lines
                .clone()
                .take(MASTHEAD_MENU_LINES)
                .take_while(|l| !l.is_empty())
                .find(|l| is_menu_line(l));
            if let Some(menu) = menu {
                return Some((span_of(joined), line_end(menu)));
            }
        }
    }
    if let Some(found) = domain_masthead(cleaner, text, first, lines.clone()) {
        return Some(found);
    }
    // "WC  Westbay Chronicle": the logo's initials, a wide gap, and the name they spell.
    let logo_tail = (!opens_bar_menu
        && (2..=5).contains(&raw_name.len())
        && raw_name.bytes().all(|b| b.is_ascii_uppercase()))
    .then(|| first.get(raw_name.len()..).unwrap_or_default().trim())
    .filter(|tail| is_site_name(tail) && spells(tail, &raw_name.to_ascii_lowercase()));
    let raw_name = logo_tail.unwrap_or(raw_name);
    let name = site_name_as_written(text, raw_name);
    // "South Example Morning Post": a newspaper's name may have four words or five.
    let outlet_shaped = is_outlet_shape(name);
    if !is_site_name(name) && !outlet_shaped {
        return None;
    }
    let name = without_edition(text, name, line_end(first));
    // "EXAMPLE WIRE  News": the site's name, a wide gap, and the section it is on.
    let rest = first.get(raw_name.len()..).unwrap_or_default().trim();
    let section_after = !opens_bar_menu
        && rest.words().count() <= 2
        && is_section_word(rest)
        && !cleaner.is_agency(rest);
    if raw_name.len() == first.len() || section_after || logo_tail.is_some() {
        // The name alone on the first line, then a tagline or two, then the menu; a listed
        // outlet's name needs no menu to show it is the site's.
        let below = lines.take(MASTHEAD_MENU_LINES).take_while(|l| !l.is_empty());
        let mut promoted = false;
        let mut menu = None;
        for l in below {
            if is_menu_line(l) {
                menu = Some(l);
                break;
            }
            // "The Example | Support the Example": the site asking for readers' support
            // under its name.
            promoted = promoted
                || l.bytes().next().is_some_and(|b| b"FfSsDd".contains(&b))
                    && promo_outlet(cleaner, text, l).is_some_and(|p| {
                        let bare = name.strip_prefix("The ").unwrap_or(name);
                        p.strip_prefix("The ").unwrap_or(&p).eq_ignore_ascii_case(bare)
                    });
        }
        return match menu {
            Some(menu) => Some((span_of(name), line_end(menu))),
            None if cleaner.is_agency(name) || outlet_shaped || promoted => {
                Some((span_of(name), line_end(first)))
            }
            None => None,
        };
    }
    // The name opens the menu: only a site's name comes back in the footer.
    let mut start = text.len().saturating_sub(FOOTER_BYTES).max(line_end(first));
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let footer = text.get(start..).unwrap_or_default();
    let repeated = opens_bar_menu && mentions(footer, name);
    // Wide gaps alone separate the columns of a table as well as a menu's items; "Example
    // Times | National" names its section only, and the footer's copyright the site.
    let copyright = || {
        footer.contains('©')
            || footer.as_bytes().windows(9).any(|w| w.eq_ignore_ascii_case(b"copyright"))
    };
    (opens_bar_menu && repeated && (is_menu_line(first) || copyright()))
        .then(|| (span_of(name), line_end(first)))
}

/// The lines of `text`'s first `head_len` bytes trimmed, as
/// `text[..head_len].lines().map(str::trim)` gives them, from the record's line records
/// (`lines`): no search for line breaks. A line the head's end cuts is cut there.
pub(super) fn head_lines<'t>(
    text: &'t str,
    lines: &'t [Line],
    head_len: usize,
) -> impl Iterator<Item = &'t str> + Clone + 't {
    lines.iter().take_while(move |l| l.span.start - (l.indent as usize) < head_len).map(move |l| {
        let end = l.span.end.min(head_len);
        text.get(l.span.start.min(end)..end).unwrap_or_default().trim_end()
    })
}

/// An agency signing off at the foot of its copy: "QNA", "--IANS", "==Kyodo", "— TASS",
/// "PTI ABC DEF" (the agency, then its desk's initials).
pub(super) fn sign_off(cleaner: &Cleaner, text: &str, paras: &[Para]) -> Option<(String, usize)> {
    for (i, p) in paras.iter().enumerate().rev().take(SIGN_OFF_PARAGRAPHS) {
        if p.words >= 4 {
            let s = text.get(p.span.range()).unwrap_or_default();
            if let Some(name) = dash_sign_off(cleaner, s) {
                return Some((name.to_string(), i));
            }
        }
        if p.lines != 1 || p.words > 6 {
            continue;
        }
        let s = text.get(p.span.range()).unwrap_or_default();
        // "(With inputs from PTI)": copy built on an agency's. The first "inputs from " is
        // found at its 'f', a rare byte, by a byte search: a substring searcher cost a
        // hundred instructions to set up on every short line.
        let bytes = s.as_bytes();
        let inputs = memchr::memchr_iter(b'f', bytes)
            .filter_map(|f| f.checked_sub(7))
            .find(|&at| bytes.get(at..at + 12).is_some_and(|w| w == b"inputs from "));
        if let Some(at) = inputs {
            let name = s.get(at + 12..).unwrap_or_default().trim_end_matches([')', '.', ' ']);
            let name = name.strip_prefix("the ").unwrap_or(name);
            // A story its writer signs is the site's own, the agency's copy only its material.
            if cleaner.is_agency(name) && !signed_by_writer(cleaner, text, paras) {
                return Some((name.to_string(), i));
            }
        }
        // Most lines open with a letter or digit: nothing to trim, no char to decode.
        let s = if s.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
            s
        } else {
            s.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '-' | '–' | '—' | '=' | '~' | '*')
            })
        };
        let s = s.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
        let mut tokens = s.words();
        let Some(first) = tokens.next() else { continue };
        // The agency first: its look-up rules out most lines by the name's ends and length
        // (both tests are pure, so the order changes no answer).
        if cleaner.is_agency(first)
            && tokens
                .all(|t| (2..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return Some((first.to_string(), i));
        }
    }
    None
}

/// "… the ministry said. - AFP": a listed agency after a dash at the end of the story's last
/// paragraph, past a sentence's end (a headline's "— minister" has none).
fn dash_sign_off<'t>(cleaner: &Cleaner, s: &'t str) -> Option<&'t str> {
    let s = s.trim_end().trim_end_matches('.');
    // The name is short: look at the last few bytes only, from a char's start (a cut
    // inside "é" or "—" would lose the whole tail).
    let mut tail_at = s.len().saturating_sub(SIGN_OFF_TAIL_BYTES);
    while !s.is_char_boundary(tail_at) {
        tail_at += 1;
    }
    let bytes = s.as_bytes();
    // This runs on the last paragraphs of every record: one backward byte search for a
    // dash's first byte ('-', or 0xE2 that opens '–' and '—'), not a substring searcher
    // built per dash form. The first dash found is the rightmost.
    let (dash_at, dash_len) =
        memchr::memrchr2_iter(b'-', 0xE2, bytes.get(tail_at..)?).find_map(|hit| {
            // The space before the dash, inside the tail.
            let at = tail_at + hit.checked_sub(1)?;
            let from = bytes.get(at..)?;
            SIGN_OFF_DASHES.iter().find(|d| from.starts_with(d.as_bytes())).map(|d| (at, d.len()))
        })?;
    let name = s.get(dash_at + dash_len..)?.trim();
    let before = s.get(..dash_at)?;
    (closes_sentence(before) && (cleaner.is_agency(name) || is_outlet_shape(name))).then_some(name)
}

/// "Talks to resume | World | Example Times": the site named after the headline on its line,
/// when the name is a listed outlet or has a newspaper's name shape.
pub(super) fn site_after_headline<'t>(cleaner: &Cleaner, s: &'t str) -> Option<&'t str> {
    if !may_hold_separator(s) {
        return None;
    }
    let seps = [" | ", " - ", " – ", " — ", " :: ", " » "];
    let (at, sep) = seps.iter().filter_map(|sep| s.rfind(sep).map(|at| (at, *sep))).max()?;
    let name = s.get(at + sep.len()..)?.trim();
    if cleaner.is_agency(name) || super::is_outlet_name(name) {
        return Some(name);
    }
    // "CNN Politics": a listed outlet and its section.
    let first = name.words().next()?;
    if name.words().count() <= 3 && cleaner.is_agency(first) {
        return Some(first);
    }
    // "Talks to resume | Meridian": after a bar (a dash may join a speaker to a headline),
    // a site's name shape that is no section's.
    (sep == " | "
        && is_site_name(name)
        && !name.words().any(is_section_word)
        && !is_writer_name(cleaner, name))
    .then_some(name)
}

/// The one line of a block after the masthead block's end (`masthead_end`, inside it): a
/// headline printed with the site's name and menu as one paragraph.
pub(super) fn line_after_masthead(text: &str, p: &Para, masthead_end: usize) -> Option<Span> {
    if !(p.span.start < masthead_end && masthead_end < p.span.end) {
        return None;
    }
    let rest = text.get(masthead_end..p.span.end)?;
    let line = rest.trim();
    if line.is_empty() || line.contains('\n') {
        return None;
    }
    let start = masthead_end + (rest.len() - rest.trim_start().len());
    Some(Span::new(start, start + line.len()))
}

/// Words that open a place's name of two words or more ("New York", "Hong Kong"), which a
/// by-line writes after the writer and a comma ("By Jane Doe, New York").
const PLACE_OPENERS: &[&str] = &[
    "new", "san", "santa", "los", "las", "hong", "kuala", "buenos", "cape", "abu", "rio", "tel",
    "port", "saint", "st.", "sao", "são", "el", "addis", "dar", "sri", "salt", "phnom", "ho",
    "fort", "baton", "ciudad", "kansas", "mexico", "panama", "kuwait", "costa",
];

/// Whether the name `tokens` after another writer's on a by-line is a second writer: not an
/// outlet ("The Example Times", "Example News"), and after a comma (`after_comma`) not a
/// place ("By Jane Doe, New York").
pub(super) fn may_be_co_author(tokens: &[&str], after_comma: bool) -> bool {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return false };
    let joined = tokens.join(" ");
    let outlet = first.eq_ignore_ascii_case("the")
        || is_listed(super::OUTLET_WORDS, last)
        || is_listed(NAME_END_WORDS, last)
        || is_outlet_shape(&joined);
    let place = after_comma && PLACE_OPENERS.iter().any(|p| p.eq_ignore_ascii_case(first));
    !outlet && !place
}

/// Whether `s` may be a dateline's place on a by-line: one to three capitalized words, not
/// a section, an outlet, the masthead, a listed agency or a label; two words or more only
/// when not a person's name shape, or opening like a place ("New Delhi").
fn may_be_by_line_place(cleaner: &Cleaner, s: &str, masthead: Option<&str>) -> bool {
    let words = s.words().count();
    let first = s.words().next().unwrap_or_default();
    (1..=3).contains(&words)
        && s.words().all(is_capitalized_token)
        && !s.words().any(is_not_name)
        && !is_section_word(s)
        && !is_date_label(first)
        && (words == 1
            || PLACE_OPENERS.iter().any(|p| p.eq_ignore_ascii_case(first))
            || !is_writer_name(cleaner, s))
        && !names_outlet(cleaner, s, masthead)
        && !masthead.is_some_and(|m| m.eq_ignore_ascii_case(s))
}

/// "Sriharikota | Updated: September 24, 2026 10:42 IST": the place before a bar and a
/// (labelled) date on a by-line's date line.
fn place_before_date_label<'t>(
    cleaner: &Cleaner,
    s: &'t str,
    masthead: Option<&str>,
) -> Option<&'t str> {
    memchr::memchr(b'|', s.as_bytes())?;
    // "NAME | OUTLET | Belgrade | February 10, 2026": the part right before the dated one.
    let mut parts = s.split('|').map(str::trim).peekable();
    while let Some(place) = parts.next() {
        let Some(after) = parts.peek() else { break };
        let label = after.words().next().unwrap_or_default();
        let dated_after = (is_date_label(label)
            || after.bytes().next().is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
            && find_dates(after, None).next().is_some();
        if dated_after {
            return may_be_by_line_place(cleaner, place, masthead).then_some(place);
        }
    }
    None
}

/// "Jane Doe / Economics Reporter / Ottawa / Published October 28, 2026": a place alone on
/// its line between a by-line's job title or writer (`prev`) and its date line (`next`).
fn place_on_by_line<'t>(
    cleaner: &Cleaner,
    line: &ByLine<'t, '_>,
    prev: Option<&str>,
) -> Option<&'t str> {
    // A place's line is short and holds no digit: most lines fail here, a line the marks
    // show a digit in before it is trimmed or read.
    if line.marks != mark::ALL && line.marks & mark::DIGIT != 0 {
        return None;
    }
    let place = trim_fast(line.s);
    // A classified line's marks showed no digit above.
    if place.len() > 40 || (line.marks == mark::ALL && place.bytes().any(|b| b.is_ascii_digit())) {
        return None;
    }
    // The words are counted only as far as the limits.
    (prev.is_some_and(|p| {
        words_up_to(p, 5) <= 4 && (ends_in_job_title(p) || is_writer_name(cleaner, p.trim()))
    }) && line
        .next
        .is_some_and(|n| words_up_to(n, 11) <= 10 && find_dates(n, None).next().is_some())
        && may_be_by_line_place(cleaner, place, line.masthead))
    .then_some(place)
}

/// `s.words().take(limit).count()`: an ASCII line's word openings (a byte other than white
/// space after white space or the start) counted eight bytes at a time, up to `limit`
/// (splitting a headline into words only to count them cost several instructions a byte).
fn words_up_to(s: &str, limit: usize) -> usize {
    let bytes = s.as_bytes();
    let mut count = 0;
    // `LANE0` when the byte before the chunk ends a word.
    let mut before = 0;
    let mut at = 0;
    while count < limit && at < bytes.len() {
        let (x, n) = super::chunk_at(bytes, at);
        if x & super::HIGH != 0 {
            return s.words().take(limit).count();
        }
        // The lanes past a short tail are no bytes of the line.
        let read = if n >= 8 { super::HIGH } else { super::HIGH & ((1 << (8 * n)) - 1) };
        let space = super::lanes_eq(x, b' ') | super::lanes_in(x, 0x09, 0x0d);
        let word = !space & read;
        count += (word & !((word << 8) | before)).count_ones() as usize;
        before = (word >> 56) & super::LANE0;
        at += 8;
    }
    count.min(limit)
}

/// "Home / World / Talks on Syria to resume next week": the headline after the path of
/// sections a page prints above it.
pub(super) fn after_breadcrumb(p: &Para, s: &str) -> Option<Span> {
    if p.lines != 1 || !may_hold_crumb_separator(s) {
        return None;
    }
    // Found by a jump to each space and a compare, with no substring searcher to set up.
    let seps = [" / ", " > ", " » ", " › "];
    let sep = *seps.iter().find(|sep| find_spaced(s, sep).is_some())?;
    let last_at = rfind_spaced(s, sep)?;
    let crumbs = s.get(..last_at)?;
    let crumb_count = SpaceSplit::new(crumbs, sep).count();
    let opens_home =
        SpaceSplit::new(crumbs, sep).next().is_some_and(|c| c.trim().eq_ignore_ascii_case("home"));
    let short_crumbs = SpaceSplit::new(crumbs, sep).all(|c| {
        let c = c.trim();
        (1..=4).contains(&c.words().count()) && c.chars().next().is_some_and(|ch| ch.is_uppercase())
    });
    if !short_crumbs || !(opens_home || crumb_count >= 2) {
        return None;
    }
    let headline_at = last_at + sep.len();
    let headline = s.get(headline_at..)?.trim_end();
    (headline.words().count() >= 4)
        .then(|| Span::new(p.span.start + headline_at, p.span.start + headline_at + headline.len()))
}

/// Whether the rest of a page title after a separator names a site or section ("| World |
/// Example Times"), not a part of the headline ("— diplomat", ": what we know").
pub(super) fn is_site_tail(part: &str) -> bool {
    // "Mayor defends night buses": a lower-case word (but a name's small word) shows the
    // rest of a headline, not a name.
    let named = part
        .words()
        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || is_connective(w));
    part.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && named
        && !is_reading(part)
}

/// Whether `s` holds a ticker's reading ("27°C", "18.42", "+0.3%", "$1,204"): a number with
/// a decimal point, a unit or a currency sign, which no site's or section's name holds.
fn is_reading(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.iter().enumerate().any(|(k, &b)| {
        let digit_before = k > 0 && bytes.get(k - 1).is_some_and(u8::is_ascii_digit);
        let digit_after = bytes.get(k + 1).is_some_and(u8::is_ascii_digit);
        match b {
            b'.' => digit_before && digit_after,
            b'%' => digit_before,
            b'$' => digit_after,
            _ => false,
        }
    }) || ["°", "€", "£", "¥"].iter().any(|sign| s.contains(sign))
        && s.bytes().any(|b| b.is_ascii_digit())
}

/// How many head lines [`HeadLines`] keeps on the stack: nearly every page's head has fewer.
const HEAD_LINES: usize = 32;

/// The head's metadata lines ([`head_meta_lines`]) with their paragraphs' indexes: on the
/// stack up to [`HEAD_LINES`], in a vector past that (a vector was allocated for every
/// record).
pub(super) struct HeadLines {
    stack: [(usize, Span); HEAD_LINES],
    len: usize,
    heap: Vec<(usize, Span)>,
}

impl HeadLines {
    /// No lines.
    pub(super) fn new() -> HeadLines {
        HeadLines { stack: [(0, Span::default()); HEAD_LINES], len: 0, heap: Vec::new() }
    }

    fn push(&mut self, line: (usize, Span)) {
        if self.heap.is_empty() {
            if let Some(slot) = self.stack.get_mut(self.len) {
                *slot = line;
                self.len += 1;
                return;
            }
            self.heap.extend_from_slice(&self.stack);
        }
        self.heap.push(line);
    }

    /// The lines, in order.
    pub(super) fn as_slice(&self) -> &[(usize, Span)] {
        if self.heap.is_empty() {
            self.stack.get(..self.len).unwrap_or_default()
        } else {
            &self.heap
        }
    }
}

/// The lines of the head that may be metadata lines (by-lines, date lines), with the index
/// of their paragraph. A block of short lines above the story can be grouped into one
/// paragraph (a masthead and a date line, a by-line and a date line); its lines are looked
/// at one by one.
pub(super) fn head_meta_lines(text: &str, paras: &[Para], layout: Layout, out: &mut HeadLines) {
    for (i, p) in paras.iter().enumerate().take(layout.head_end) {
        if p.lines == 1 {
            // A lower-case page's date line reads like prose: its label shows what it is.
            if !p.sentence_like() || p.words <= 12 || labels_a_date(text, p) {
                out.push((i, p.span));
            }
            continue;
        }
        // A by-line block ("by NAME / Health Correspondent / 14 May 2026") may come below a
        // summary whose bullets were taken for the story's start.
        let short_block = p.words <= 20 && !p.sentence_like() && p.lines <= 5;
        if i >= layout.story_start && !short_block {
            continue;
        }
        let block = text.get(p.span.range()).unwrap_or_default();
        let mut at = p.span.start;
        for raw in block.split('\n') {
            let start = at + (raw.len() - raw.trim_start().len());
            let line = raw.trim();
            at += raw.len() + 1;
            if line.is_empty() {
                continue;
            }
            let span = Span::new(start, start + line.len());
            let q = features(line, span, 1);
            if !q.sentence_like() || q.words <= 12 {
                out.push((i, span));
            }
        }
    }
}

fn no_dash_dateline_regex() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        let up = "[A-ZÀ-ÖØ-Þ]";
        let letters = r#"[^\s0-9,:;|()/"“”–—.]"#;
        let pattern = format!(
            r"^(?P<place>{up}{letters}*(?:[ /](?:(?:de|del|da|do|dos|of|la|el) ){{0,2}}{up}{letters}*){{0,3}}(?:,\s*{up}{letters}*)?)(?:,?\s*(?P<date>(?:{MONTH})\.?\s+[0-9]{{1,2}}(?:,?\s*[0-9]{{4}})?))?\.?\s*(?:\((?P<paren>[^()\n]{{1,40}})\)|/(?P<slash>[^/\s][^/\n]{{0,39}})/)\.?-?\s+"
        );
        Regex::new(&pattern).ok()
    })
    .as_ref()
}

/// A dateline's place, date and source, as [`super::dateline_parts`] gives them.
pub(super) type DatelineParts<'t> = (Option<&'t str>, Option<&'t str>, Option<&'t str>);

/// The parts of a dateline the dash-ended pattern misses: "Mumbai, Oct 9 (PTI) The bank…",
/// "MOSCOW, October 9. /TASS/. The ministry…", "NEW DELHI (IANS) Shares…". The agency in
/// brackets or slashes is what marks these as datelines, so it must look like one: listed,
/// or a short all-capitals name; and the place must be in capitals or carry a date.
pub(super) fn dateline_without_dash<'t>(
    cleaner: &Cleaner,
    s: &'t str,
) -> Option<(usize, DatelineParts<'t>)> {
    let head = head_of(s, 120);
    // Cheap test first: the agency's bracket or slash comes early (one SIMD search, not a
    // test of every byte).
    memchr::memchr2(b'(', b'/', head.as_bytes())?;
    let caps = no_dash_dateline_regex()?.captures(head)?;
    let whole = caps.get(0)?;
    let place = caps.name("place").map(|m| m.as_str().trim_end_matches([',', ' ']));
    let date = caps.name("date").map(|m| m.as_str());
    let source = caps.name("paren").or_else(|| caps.name("slash")).map(|m| m.as_str().trim())?;
    let agency_like = cleaner.is_agency(source)
        || ((2..=8).contains(&source.len()) && source.bytes().all(|b| b.is_ascii_uppercase()));
    let place_ok = place.is_some_and(|p| date.is_some() || is_all_caps(p));
    let next_opens = s
        .get(whole.end()..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_uppercase() || "\"“'‘".contains(c));
    (agency_like && place_ok && next_opens).then_some((whole.end(), (place, date, source.into())))
}

/// "NEW DELHI:" on a line of its own right above the story's first paragraph: the place.
pub(super) fn lone_dateline<'t>(
    cleaner: &Cleaner,
    text: &'t str,
    paras: &[Para],
    story_start: usize,
) -> Option<&'t str> {
    let p = paras.get(story_start.checked_sub(1)?)?;
    let story = paras.get(story_start)?;
    if p.lines != 1 || !(story.final_punct && story.lower_words >= 2) {
        return None;
    }
    let s = text.get(p.span.range())?;
    let place =
        [":", " -", " —", " –", " --"].iter().find_map(|sep| s.strip_suffix(sep))?.trim_end();
    let tokens: Vec<&str> = place.words().collect();
    let shaped = (1..=3).contains(&tokens.len())
        && tokens.iter().all(|t| is_capitalized_token(t.trim_end_matches(',')))
        && tokens.first().is_some_and(|t| !is_not_name(t))
        && !is_section_word(place)
        && !cleaner.is_agency(place);
    shaped.then_some(place)
}

/// A single name after "By" that credits a desk or wire copy in general, not an outlet:
/// "Newsdesk", "Web Desk", "Agencies".
pub(super) fn is_desk_credit(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with("desk")
        || lower.ends_with("bureau")
        || matches!(lower.as_str(), "staff" | "agencies" | "wires" | "agency")
}

/// How many days after a date without its year a full date on the page may be and still
/// give its year.
const FULL_DATE_WINDOW_DAYS: i64 = 7;

/// The publication date, with the year taken from another date on the page with the same
/// month and day when the chosen one has none ("MOSCOW, Oct 9" under "October 9, 2024"); the
/// page's own full date when it is a day or two after the chosen one; or else the year of the
/// page's copyright line.
pub(super) fn complete_year(
    published: Option<PartialDate>,
    dates: &[Candidate<PartialDate>],
    hints: &YearHints,
) -> Option<PartialDate> {
    let date = published?;
    if date.year().is_some() {
        return Some(date);
    }
    let same_day = |d: &PartialDate| d.month() == date.month() && d.day() == date.day();
    let year = dates
        .iter()
        .map(|c| c.value)
        .chain(hints.either_way.iter().copied())
        .find(|d| d.year().is_some() && same_day(d))
        .and_then(|d| d.year());
    if year.is_none() {
        // "BEIJING, Oct. 19 (Xinhua) --" under the page's own "Updated: 2026-10-20 07:12":
        // the wire filed the evening before the page published the story, which is the
        // page's date (a crawl stamp or a header's date above the headline is not).
        let page_date = dates.iter().filter(|c| c.priority >= 1).map(|c| c.value).find(|d| {
            // "Dec. 31" under "2027-01-01" was filed the year before.
            d.year().is_some_and(|y| {
                [y, y - 1].iter().any(|&y| {
                    let filed = date.with_year(y);
                    (1..=2).any(|n| filed.add_days(n) == Some(*d))
                })
            })
        });
        if page_date.is_some() {
            return page_date;
        }
    }
    // "Oct. 9" under a crawl stamp "2026-10-12": the year of a full date a week after the
    // story's day at most (or over the new year), which no other year's "Oct. 9" is.
    let year = year.or_else(|| {
        dates.iter().map(|c| c.value).find_map(|d| {
            let y = d.year()?;
            [y, y - 1].into_iter().find(|&y| {
                let filed = date.with_year(y);
                (0..=FULL_DATE_WINDOW_DAYS).any(|n| filed.add_days(n) == Some(d))
            })
        })
    });
    let year = year.or(hints.copyright);
    Some(year.map_or(date, |y| date.with_year(y)))
}

/// Whether a paragraph ends a sentence: a stop, perhaps inside closing quotes or brackets. A
/// headline ending in a quoted word ("… stance to 'neutral'") does not.
pub(super) fn closes_sentence(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', '»'])
        .ends_with(['.', '!', '?', ':', ';', '…'])
}

/// "Talks to resume — minister": the headline before a dash and the one to three words of
/// attribution after it, which are part of the headline (a bar or bullet would separate
/// menu items instead); also "'We will not back down' - Mayor wins vote", a quotation the
/// dash joins to the headline after it. Returns the part before the dash.
pub(super) fn dash_joined_head(s: &str) -> Option<&str> {
    if s.contains(['|', '•']) {
        return None;
    }
    let (at, dash) = [" — ", " – ", " - "].iter().find_map(|d| s.find(d).map(|at| (at, *d)))?;
    let tail = s.get(at + dash.len()..)?;
    let head = s.get(..at)?;
    let attribution =
        (1..=3).contains(&tail.words().count()) && tail.chars().any(char::is_alphabetic);
    // "Iceland knocks on Brussels' door again — with fish on the table": a tail opening in
    // lower case goes on with the headline's sentence; a site's or section's name is
    // capitalized. A long clause after the dash ("- but opposition councillors say it will
    // lead to fly-tipping") goes on with a standfirst, which a headline is too short for.
    let continues =
        tail.chars().next().is_some_and(char::is_lowercase) && tail.words().count() <= 6;
    (attribution || continues || is_quotation(head)).then_some(head)
}

/// "LIVE: Grand final – Storm beat Panthers": the kicker of one to four words before a dash
/// that joins it to the headline (no bar or bullet, which part menu items, and no comma,
/// which a dateline's place has: "SPRINGFIELD, Ill., Feb 26 - …"). Returns the kicker.
pub(super) fn dash_kicker(s: &str) -> Option<&str> {
    if s.contains(['|', '•', '·']) {
        return None;
    }
    let at = [" — ", " – ", " - "].iter().filter_map(|d| s.find(d)).min()?;
    let head = s.get(..at)?;
    ((1..=4).contains(&head.words().count()) && !head.contains(',')).then_some(head)
}

/// "BREAKING: Fuel prices adjusted // Budget approved // Rains disrupt traffic": a ticker's
/// headlines set apart by double slashes (two or more), never the story's headline.
pub(super) fn is_slashed_ticker(s: &str) -> bool {
    let bytes = s.as_bytes();
    memchr::memchr_iter(b'/', bytes)
        .filter(|&at| {
            bytes.get(at + 1) == Some(&b'/')
                && at.checked_sub(1).and_then(|b| bytes.get(b)) == Some(&b' ')
                && bytes.get(at + 2) == Some(&b' ')
        })
        .nth(1)
        .is_some()
}

/// "This article is more than 5 days old": the notice a page prints above an older story's
/// headline, never the headline.
pub(super) fn is_age_notice(s: &str) -> bool {
    let s = s.trim_end_matches('.');
    s.len() <= 60
        && s.ends_with(" old")
        && ["this article is ", "this story is ", "this content is "]
            .iter()
            .any(|o| s.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o)))
}

/// Labels of the bars a site prints under its menu: a breaking-news or trending bar, a rate
/// ticker ("Trending: …", "breaking: …", "Exchange rate: …"); compared in lower case.
const NEWS_BAR_LABELS: &[&str] = &[
    "breaking",
    "breaking news",
    "trending",
    "trending now",
    "trending topics",
    "latest",
    "latest news",
    "just in",
    "hot topics",
    "top stories",
    "exchange rate",
    "exchange rates",
    "markets",
    "weather",
];

/// "TRENDING: Budget | Elections", "KOSPI 3,184.43 ▲0.62%": a news bar or market ticker
/// printed right under the site's menu, never the headline: a listed label before a colon,
/// or a ticker's up or down arrow.
pub(super) fn is_news_bar(line: &str) -> bool {
    let bytes = line.as_bytes();
    // "▲" and "▼" are E2 96 B2 and E2 96 BC.
    // A byte search, with no substring searcher to build on each call.
    let arrow = memchr::memchr_iter(0xE2, bytes).any(|at| {
        bytes.get(at + 1) == Some(&0x96) && matches!(bytes.get(at + 2), Some(0xB2 | 0xBC))
    });
    let label = memchr::memchr(b':', bytes)
        .filter(|&colon| colon <= 24)
        .and_then(|colon| line.get(..colon))
        .is_some_and(|label| is_listed(NEWS_BAR_LABELS, label.trim()));
    arrow || label
}

/// Whether the line right above `span`, with no blank line between, is a menu line.
pub(super) fn is_right_under_menu(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or_default().trim_end_matches([' ', '\t']);
    let Some(above) = before.strip_suffix('\n') else { return false };
    let above = above.strip_suffix('\r').unwrap_or(above);
    above.rsplit('\n').next().is_some_and(|l| is_menu_line(l.trim()))
}

/// "Exclusive news, data and analytics for professionals" over "World | Business |
/// Markets": the site's tagline, printed at the top of the page right above its menu (one
/// line may come between), is no headline. `span` is the candidate line.
pub(super) fn is_tagline_above_menu(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or_default();
    // Only scraper lines ("Skip to main content") may come before it on the page.
    if !before.lines().map(str::trim).all(|l| l.is_empty() || is_pre_masthead(l)) {
        return false;
    }
    let after = text.get(span.end..).unwrap_or_default();
    let mut below = after.split('\n').skip(1).map(str::trim);
    below.by_ref().take(2).take_while(|l| !l.is_empty()).any(is_menu_line)
}

/// "Mongabay Series: Amazon Conservation": a rubric opening with the site's own name and a
/// label of a word or two before a colon, which names a series or section, not the story.
pub(super) fn is_site_rubric(s: &str, masthead: Option<&str>) -> bool {
    let Some(name) = masthead.filter(|m| !m.is_empty()) else { return false };
    let opens = s.get(..name.len()).is_some_and(|h| h.eq_ignore_ascii_case(name));
    let rest = s.get(name.len()..).unwrap_or_default();
    opens
        && rest.starts_with(' ')
        && rest.find(':').and_then(|c| rest.get(..c)).is_some_and(|label| {
            (1..=2).contains(&label.words().count())
                && label.words().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
}

/// Field labels a wire archive or mail dump prints before the headline ("HEADLINE: …",
/// "Subject: …"), compared in lower case; the title is the text after the label.
const FIELD_LABELS: &[&str] = &["headline:", "subject:", "title:"];

/// The headline `span` without its dump's field label ("Subject: Talks resume" is "Talks
/// resume").
pub(super) fn without_field_label(text: &str, span: Span) -> Span {
    let s = text.get(span.range()).unwrap_or_default();
    let Some(colon) = memchr::memchr(b':', s.as_bytes()).filter(|&colon| colon < 10) else {
        return span;
    };
    let label = s.get(..=colon).unwrap_or_default();
    if !FIELD_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label)) {
        return span;
    }
    let rest = s.get(colon + 1..).unwrap_or_default();
    let start = span.start + colon + 1 + (rest.len() - rest.trim_start().len());
    if start < span.end {
        Span::new(start, span.end)
    } else {
        span
    }
}

/// Whether `s` is one quotation of two words or more, in quote marks from end to end.
fn is_quotation(s: &str) -> bool {
    const OPENING: &[char] = &['\'', '"', '‘', '“', '«'];
    const CLOSING: &[char] = &['\'', '"', '’', '”', '»'];
    let inner = s.strip_prefix(OPENING).and_then(|r| r.strip_suffix(CLOSING));
    inner.is_some_and(|q| q.words().count() >= 2 && !q.contains(['"', '“', '”']))
}

/// Words that label a page's date line ("First Published:", "Last Updated:"), also a
/// scraper's stamp ("Crawled: 2026-05-21T06:14:09Z"), which is never a dateline's place.
pub(super) fn is_date_label(word: &str) -> bool {
    // Every label is six to nine letters long: most words are ruled out by their length,
    // and the rest compared only with the labels of their length.
    let word = word.trim_end_matches(':');
    if !(6..=9).contains(&word.len()) {
        return false;
    }
    [
        "published",
        "updated",
        "posted",
        "modified",
        "issued",
        "edited",
        "created",
        "crawled",
        "retrieved",
        "accessed",
        "fetched",
        "scraped",
    ]
    .iter()
    .any(|l| l.len() == word.len() && l.eq_ignore_ascii_case(word))
}

/// Years a page writes beside dates that cannot be publication dates by themselves: in a
/// slashed date whose day and month could be either way round ("04/03/2024"), and on a
/// copyright line ("© 2024 Example Wire"), which is weak evidence: the year the page was
/// made, used only when no date names the year.
#[derive(Debug, Default)]
pub(super) struct YearHints {
    /// Both readings of each ambiguous slashed date.
    either_way: Vec<PartialDate>,
    copyright: Option<i32>,
}

impl YearHints {
    /// Notes the dates in `line` whose day and month order is unknown: "04/03/2024" and
    /// "04-03-2024" are March 4 or April 3, and confirms whichever a dateline names.
    pub(super) fn day_month_order_unknown(&mut self, line: &str) {
        let bytes = line.as_bytes();
        for (at, sep) in line.match_indices(['/', '-']) {
            let sep_byte = sep.as_bytes().first().copied();
            // Only the first separator of "a/b/yyyy": a digit before it, and no separator
            // just before ("2024-03-04" is read whole by the date pattern).
            let Some(a_start) = line
                .get(..at)
                .map(|b| b.len() - b.bytes().rev().take_while(u8::is_ascii_digit).count())
            else {
                continue;
            };
            if at - a_start == 0
                || at - a_start > 2
                || a_start > 0 && bytes.get(a_start - 1).copied() == sep_byte
            {
                continue;
            }
            let rest = line.get(at + 1..).unwrap_or_default();
            let mut parts = rest.splitn(3, sep);
            let (Some(b), Some(y)) = (parts.next(), parts.next()) else { continue };
            let y = y.get(..4).filter(|y| y.bytes().all(|c| c.is_ascii_digit()));
            let (Some(a), Ok(b), Some(y)) = (
                line.get(a_start..at).and_then(|a| a.parse::<u32>().ok()),
                b.parse::<u32>(),
                y.and_then(|y| y.parse::<i32>().ok()),
            ) else {
                continue;
            };
            if a <= 12 && b <= 12 {
                self.either_way.extend(PartialDate::new(Some(y), a, b));
                self.either_way.extend(PartialDate::new(Some(y), b, a));
            }
        }
    }

    /// Notes the date a web address in `line` carries in its path ("…/2026/11/18/slug",
    /// "…/news/2026-11-18-slug"): the page's own, which gives its year to a date line of the
    /// same month and day that has none.
    pub(super) fn dated_address(&mut self, line: &str) {
        static SCHEME: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
        // Few lines hold a slash: one byte search spares setting up the substring search.
        if memchr::memchr(b'/', line.as_bytes()).is_none() {
            return;
        }
        let scheme = SCHEME.get_or_init(|| memchr::memmem::Finder::new("://"));
        let Some(at) = scheme.find(line.as_bytes()) else { return };
        let address = line.get(at + 3..).unwrap_or_default();
        let address = address.words().next().unwrap_or_default();
        let number = |t: Option<&str>, len: usize| {
            t.filter(|t| t.len() == len && t.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|t| t.parse::<u32>().ok())
        };
        for (k, part) in address.split('/').enumerate() {
            if k == 0 {
                continue;
            }
            // "2026-11-18-slug" in one segment, or "2026/11/18" over three.
            let mut fields = part.splitn(4, '-');
            let (y, m, d) = (fields.next(), fields.next(), fields.next());
            let mut parts = address.split('/').skip(k);
            let (py, pm, pd) = (parts.next(), parts.next(), parts.next());
            let date = match (number(y, 4), number(m, 2), number(d, 2)) {
                (Some(y), Some(m), Some(d)) => Some((y, m, d)),
                _ => match (number(py, 4), number(pm, 2), number(pd, 2)) {
                    (Some(y), Some(m), Some(d)) => Some((y, m, d)),
                    _ => None,
                },
            };
            if let Some((y, m, d)) = date {
                if let Ok(y) = i32::try_from(y) {
                    self.either_way.extend(PartialDate::new(Some(y), m, d));
                }
                return;
            }
        }
    }

    /// Notes the year of a copyright line ("© 2024 Example Wire", "Copyright 2023 …"); a
    /// range ("2001-2024") names no one year and is not noted.
    pub(super) fn copyright(&mut self, line: &str) {
        let mut years = line
            .split(|c: char| !c.is_ascii_digit())
            .filter(|t| t.len() == 4)
            .filter_map(|t| t.parse::<i32>().ok())
            .filter(|y| (1900..=2100).contains(y));
        if let (Some(year), None) = (years.next(), years.next()) {
            self.copyright = Some(year);
        }
    }
}

/// Small words Title Case leaves in lower case ("Talks on Hold as Rates Rise").
const TITLE_CASE_SMALL: &[&str] =
    &["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "with"];

/// "Harbour Fees To Rise Next Spring": four words or more, each capitalized (or a small word
/// Title Case leaves in lower case), on a line that is not a menu.
pub(super) fn is_title_case_headline(s: &str) -> bool {
    let mut words = 0;
    for w in s.words() {
        // A word opening with an ASCII letter or digit (most) is read by its first byte;
        // others by their first letter or digit.
        let capital = match w.as_bytes().first() {
            Some(b) if b.is_ascii_alphanumeric() => b.is_ascii_uppercase() || b.is_ascii_digit(),
            _ => w
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
        };
        // Every small word is four bytes or shorter: longer words skip the list.
        let ok = capital || (w.len() <= 4 && TITLE_CASE_SMALL.contains(&w));
        if !ok {
            return false;
        }
        words += 1;
    }
    words >= 4 && !is_menu_line(s)
}

/// "First published on March 4, 2024" under the story, for a page whose head gives no date:
/// a labelled line, or a paragraph that is nothing but a full date and its clock time
/// ("March 4, 2024 16:40 JST"), as pages that print their date at the story's foot do. The
/// foot also lists other stories with their dates, but each beside its headline: a date
/// alone in its paragraph belongs to the page; the labelled one wins, and of bare ones
/// the one nearest the story's end.
#[inline(never)]
pub(super) fn labelled_dates_at_foot(
    text: &str,
    paras: &[Para],
    dates: &mut Vec<Candidate<PartialDate>>,
) {
    for (i, p) in paras.iter().enumerate().rev().take(SIGN_OFF_PARAGRAPHS) {
        if p.lines != 1 || p.words > 16 {
            continue;
        }
        let s = text.get(p.span.range()).unwrap_or_default();
        let Some((span, date)) = find_dates(s, None).next() else { continue };
        let before = s.get(..span.start).unwrap_or_default();
        let lower = before.to_ascii_lowercase();
        if ["published", "posted", "issued"].iter().any(|l| lower.contains(l)) {
            dates.push(Candidate { value: date, priority: 1, position: i });
        } else if date.year().is_some()
            && only_day_and_time(before)
            && only_day_and_time(s.get(span.end..).unwrap_or_default())
        {
            dates.push(Candidate { value: date, priority: 0, position: i });
        }
    }
}

/// Whether `s` holds nothing but what a date line prints beside its date: a weekday, a
/// clock time ("16:40", "4.40", "pm"), a time zone in capitals ("JST", "GMT+9") and
/// punctuation.
fn only_day_and_time(s: &str) -> bool {
    s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '(' | ')' | '\u{2013}'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            let clock = w.bytes().next().is_some_and(|b| b.is_ascii_digit())
                && w.bytes().all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'+'))
                && w.bytes().any(|b| matches!(b, b':' | b'.'));
            let zone = (2..=6).contains(&w.len())
                && w.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                && w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'+');
            clock
                || zone
                || ["am", "pm", "a.m.", "p.m."].iter().any(|m| w.eq_ignore_ascii_case(m))
                || WEEKDAY_NAMES.iter().any(|d| {
                    let w = w.trim_end_matches('.');
                    w.len() >= 3 && d.get(..w.len()).is_some_and(|d| d.eq_ignore_ascii_case(w))
                })
        })
}

/// A listed agency's name alone on a line ("KYODO", "Arab News", "IANS  Doha" with the
/// place after it).
pub(super) fn agency_line<'t>(cleaner: &Cleaner, s: &'t str) -> Option<&'t str> {
    // Names on the list are short and open with a capital (or a dash before it): most lines
    // are ruled out by their length and first byte, before any splitting or lower-casing.
    let opens_ok =
        s.bytes().next().is_some_and(|b| b.is_ascii_uppercase() || b"-=~*\xe2".contains(&b));
    if s.len() > 40 || !opens_ok {
        return None;
    }
    let head = before_wide_gap(s);
    let name = head.trim();
    // A name opening and ending in a letter or digit has no dash to trim: no char decoded.
    let bare = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    let name = if bare(name.as_bytes().first()) && bare(name.as_bytes().last()) {
        name
    } else {
        name.trim_matches(|c: char| "-–—=~*".contains(c)).trim()
    };
    // The list look-up first: it rules out nearly every line, and costs less than counting
    // the words of the name and of the rest.
    let rest = || s.get(head.len()..).unwrap_or_default();
    // The spaces are counted after the look-up too: a line of more than eight is no name's.
    let few_spaces = || s.bytes().filter(|&b| b == b' ').count() <= 8;
    (cleaner.is_agency(name)
        && few_spaces()
        && (1..=3).contains(&name.words().count())
        && rest().words().count() <= 2)
        .then_some(name)
}

/// The part of a "Source: NAME Published: DATE" line before its date label.
pub(super) fn before_date_label(s: &str) -> &str {
    s.words()
        .find(|w| is_date_label(w))
        .and_then(|w| s.find(w))
        .and_then(|at| s.get(..at))
        .unwrap_or(s)
}

/// The first line of a block of a few lines grouped as one paragraph, when the block goes
/// on to a date or by-line: a headline printed right above its standfirst, by-line or date.
pub(super) fn first_line(text: &str, p: &Para) -> Option<Span> {
    if !(2..=5).contains(&p.lines) {
        return None;
    }
    let s = text.get(p.span.range())?;
    let mut lines = s.split('\n');
    let mut line = lines.next()?.trim_end();
    // "Harbour authority raises berthing fees for cargo ships / from next spring": a
    // headline wrapped onto the next line goes on in lower case after a line with no stop,
    // where a standfirst or by-line opens with a capital.
    for next in lines.take(2) {
        let next = next.trim();
        if !wraps_headline(line, next) {
            break;
        }
        let end = next.as_ptr() as usize - s.as_ptr() as usize + next.len();
        line = s.get(..end)?;
    }
    let rest = s.get(line.len()..)?;
    // The block is the wrapped headline alone: weighed by what follows it, as any headline.
    let wrapped_alone = rest.trim().is_empty() && line.contains('\n');
    let meta_follows =
        find_dates(rest, None).next().is_some() || super::by_position(rest).is_some();
    (meta_follows || wrapped_alone).then(|| Span::new(p.span.start, p.span.start + line.len()))
}

/// Whether `next` goes on with the headline line `line` wrapped onto it: it opens in lower
/// case after a line with no stop, where a standfirst, by-line or date line opens with a
/// capital or a digit, and holds no by-line or date.
fn wraps_headline(line: &str, next: &str) -> bool {
    // "by Jane Doe" under the headline is its by-line, in whatever case.
    let by_line = next.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("by "));
    next.chars().next().is_some_and(char::is_lowercase)
        && !by_line
        && !line.trim_end().ends_with(['.', '!', '?', ':', ';'])
        && next.words().count() <= 12
        && super::by_position(next).is_none()
        && find_dates(next, None).next().is_none()
}

/// The headline at `span` (paragraph `i`) with the line it wraps onto, when the page printed
/// it over two lines ("Harbour authority raises berthing fees for cargo ships" / "from next
/// spring"), each its own paragraph.
pub(super) fn wrapped_headline(text: &str, paras: &[Para], i: usize, span: Span) -> Span {
    let next = paras.get(i + 1).filter(|q| q.lines == 1 && q.words <= 12);
    let line = text.get(span.range()).unwrap_or_default();
    match next.and_then(|q| text.get(q.span.range()).map(|s| (q, s))) {
        Some((q, s)) if span.end <= q.span.start && wraps_headline(line, s) => {
            // Only a line break between them: a blank line parts a headline from its deck.
            let gap = text.get(span.end..q.span.start).unwrap_or_default();
            if gap.bytes().filter(|&b| b == b'\n').count() == 1 && gap.trim().is_empty() {
                Span::new(span.start, q.span.end)
            } else {
                span
            }
        }
        _ => span,
    }
}

/// "© Copyright 2024 NAME": the line from its "Copyright", so that both marks are read as one.
pub(super) fn copyright_line(s: &str) -> &str {
    match s.strip_prefix('©').map(str::trim_start) {
        Some(rest) if rest.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("copyright")) => rest,
        _ => s,
    }
}

/// "…, Ukrinform reports." in the story's lead: an agency naming itself as it reports (the
/// present tense; "Interfax reported" cites another outlet), also "…, a TASS correspondent
/// reports". The name follows a comma or an article and the verb ends the clause, so "use
/// CNN reports during newscasts" is not one.
pub(super) fn reports_itself<'t>(cleaner: &Cleaner, s: &'t str) -> Option<&'t str> {
    let finder = reports_finder();
    // Found by repeated `find`s: an iterator over the matches copied the searcher per call.
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(at) = bytes.get(from..).and_then(|b| finder.find(b)).map(|hit| from + hit) {
        from = at + 8;
        if let Some(name) = agency_reporting_at(cleaner, s, at) {
            return Some(name);
        }
    }
    None
}

/// [`reports_itself`] of each of `paras` (the story's lead), with the paragraph's index in
/// `paras`: one search for " reports" over the text they span, not a searcher run per
/// paragraph (its setup cost more than the search). A hit outside a paragraph (between two,
/// or in a dateline cut off one) is passed over, as a search of each paragraph misses it.
pub(super) fn reports_in<'t>(
    cleaner: &Cleaner,
    text: &'t str,
    paras: &[Para],
    mut each: impl FnMut(usize, &'t str),
) {
    let ordered = paras.windows(2).all(|w| matches!(w, [a, b] if a.span.end <= b.span.start));
    let block = paras.first().zip(paras.last()).filter(|_| ordered).and_then(|(first, last)| {
        Some((first.span.start, text.get(first.span.start..last.span.end)?))
    });
    let Some((from, block)) = block else {
        for (k, p) in paras.iter().enumerate() {
            if let Some(name) =
                reports_itself(cleaner, text.get(p.span.range()).unwrap_or_default())
            {
                each(k, name);
            }
        }
        return;
    };
    let finder = reports_finder();
    let bytes = block.as_bytes();
    let mut k = 0;
    let mut at = 0;
    while let Some(hit) = bytes.get(at..).and_then(|b| finder.find(b)).map(|h| at + h) {
        at = hit + 8;
        let hit = from + hit;
        while paras.get(k).is_some_and(|p| p.span.end < hit + 8) {
            k += 1;
        }
        let Some(p) = paras.get(k) else { break };
        if hit < p.span.start {
            continue;
        }
        let s = text.get(p.span.range()).unwrap_or_default();
        if let Some(name) = agency_reporting_at(cleaner, s, hit - p.span.start) {
            each(k, name);
            // The paragraph's first name only: the search goes on in the next one.
            at = at.max(p.span.end - from);
            k += 1;
        }
    }
}

/// The searcher for " reports", built once.
fn reports_finder() -> &'static memchr::memmem::Finder<'static> {
    static REPORTS: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    REPORTS.get_or_init(|| memchr::memmem::Finder::new(" reports"))
}

/// The agency's name before " reports" at `at` in `s`, as [`reports_itself`] reads it.
fn agency_reporting_at<'t>(cleaner: &Cleaner, s: &'t str, at: usize) -> Option<&'t str> {
    let after = s.get(at + 8..)?;
    if !(after.starts_with(['.', ',', ';', ':']) || after.starts_with(" that")) {
        return None;
    }
    let before = s.get(..at)?.trim_end();
    let before = before
        .strip_suffix(" correspondent")
        .or_else(|| before.strip_suffix(" reporter"))
        .unwrap_or(before);
    // The agency's name is the one to three words after the comma or article.
    let opener =
        [", ", " a ", " an "].iter().filter_map(|o| before.rfind(o).map(|i| i + o.len())).max()?;
    let name = before.get(opener..)?.trim();
    ((1..=3).contains(&name.words().count()) && cleaner.is_agency(name)).then_some(name)
}

/// Where runs of two or more spaces start in `s` (menu items' separators), found byte by byte:
/// a two-byte `str` pattern would build a substring searcher on every call.
fn wide_gaps(s: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = s.as_bytes();
    (1..bytes.len())
        .filter(move |&i| {
            bytes.get(i - 1) == Some(&b' ')
                && bytes.get(i) == Some(&b' ')
                && (i < 2 || bytes.get(i - 2) != Some(&b' '))
        })
        .map(|i| i - 1)
}

/// "WORLD  MIDDLE EAST", "Business  Markets": a row of section labels set apart by wide gaps
/// (a kicker or breadcrumb above the headline): each part one to three capitalized words. A
/// headline has no wide gap, or a lower-case word in one of its parts.
pub(super) fn is_label_row(s: &str) -> bool {
    let first = before_wide_gap(s);
    if first.len() == s.len() {
        return false;
    }
    SpaceSplit::new(s, "  ").map(str::trim).filter(|part| !part.is_empty()).all(|part| {
        let words = part.words().count();
        (1..=3).contains(&words)
            && part
                .words()
                .enumerate()
                .all(|(k, w)| is_capitalized_token(w) || (k > 0 && is_connective(w)))
    })
}

/// The part of `s` before its first run of two spaces (where [`wide_gaps`] starts first: the
/// first two spaces in a row).
fn before_wide_gap(s: &str) -> &str {
    static GAP: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    // A short line is read eight bytes at a time: the substring searcher cost more to set
    // up than such a line takes to read, and less on a longer one.
    let at = if s.len() < 32 {
        first_double_space(s.as_bytes())
    } else {
        GAP.get_or_init(|| memchr::memmem::Finder::new("  ")).find(s.as_bytes())
    };
    at.and_then(|at| s.get(..at)).unwrap_or(s)
}

/// Where two spaces in a row first start in `bytes`, eight bytes at a time.
fn first_double_space(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    let mut prev_space = false;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let spaces = super::lanes_eq(word, b' ');
        // A pair across the chunks' border comes first, then one inside the chunk.
        if prev_space && spaces & 0x80 != 0 {
            return Some(at - 1);
        }
        let pairs = spaces & (spaces >> 8);
        if pairs != 0 {
            return Some(at + (pairs.trailing_zeros() / 8) as usize);
        }
        prev_space = spaces >> 63 != 0;
        at += 8;
    }
    for (k, &b) in chunks.remainder().iter().enumerate() {
        if b == b' ' {
            if prev_space {
                return Some(at + k - 1);
            }
            prev_space = true;
        } else {
            prev_space = false;
        }
    }
    None
}

/// A byte test run before the substring searches of the site-name rule: whether `s` holds
/// a byte its separators hold ('/', '>', '|', '-', ':', or the last byte of '»', '›', '–',
/// '—').
fn may_hold_separator(s: &str) -> bool {
    holds_byte_of(s, [b'/', b'>', b'|', b'-', b':'], |b| {
        matches!(b, b'/' | b'>' | b'|' | b'-' | b':' | 0xBB | 0xBA | 0x93 | 0x94)
    })
}

/// The same test for the breadcrumb rule's separators alone ('/', '>', or the last byte of
/// '»', '›'): fewer bytes to look for in every head paragraph.
fn may_hold_crumb_separator(s: &str) -> bool {
    holds_byte_of(s, [b'/', b'>'], |b| matches!(b, b'/' | b'>' | 0xBB | 0xBA))
}

/// Whether `s` holds a byte `exact` accepts, where `exact` accepts only the bytes `ascii`
/// lists and bytes outside ASCII.
#[inline(always)]
fn holds_byte_of<const N: usize>(s: &str, ascii: [u8; N], exact: impl Fn(u8) -> bool) -> bool {
    // Eight bytes at a time, for the ASCII bytes and any byte outside ASCII (which the
    // exact test then reads): most headlines hold neither.
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let marked = ascii.iter().fold(word & super::HIGH, |m, &b| m | super::lanes_eq(word, b));
        if marked != 0 && chunk.iter().any(|&b| exact(b)) {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| exact(b))
}

/// Lines a page or its scraper prints above the masthead: "Skip to main content", "Last
/// crawled: 2026-01-02 04:11", a cookie notice ("We use cookies to …").
fn is_pre_masthead(line: &str) -> bool {
    let starts = |p: &str| line.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    let crawl_label =
        ["last crawled", "crawled", "retrieved", "accessed", "fetched", "scraped", "saved from"]
            .iter()
            .any(|p| starts(p));
    starts("skip to")
        || (crawl_label && line.bytes().any(|b| b.is_ascii_digit()))
        || mentions_cookies(line)
}

/// Whether a line of a few words or more speaks of cookies: a consent notice, which no
/// site's name is. Found at its "k" (one of the rarer letters, one `memchr2` search) and
/// checked around it: a case-blind test of every window cost ~700 instructions a record.
pub(super) fn mentions_cookies(line: &str) -> bool {
    let bytes = line.as_bytes();
    line.len() >= 24
        && memchr::memchr2_iter(b'k', b'K', bytes).any(|k| {
            k.checked_sub(3)
                .and_then(|at| bytes.get(at..at + 6))
                .is_some_and(|w| w.eq_ignore_ascii_case(b"cookie"))
        })
}

/// Words a site's name carries on its masthead but not where the page names the outlet
/// ("Example Newspapers" is the paper "Example"), unless the page writes them there too.
const MASTHEAD_SUFFIXES: &[&str] = &[" Newspapers", " Newspaper", " Online", " Online News"];

/// The site's name as the page writes it: without a masthead-only suffix, and a wordmark in
/// lower case ("examplenews.") or capitals ("DAILY EXAMPLE") as the story writes it, if it
/// does.
fn site_name_as_written<'t>(text: &'t str, raw: &'t str) -> &'t str {
    // "THE GLOBE AND MAIL*", "EXAMPLE®": a wordmark's trailing mark is no part of the name.
    let mut name = raw.trim_end_matches(['.', ' ', '*', '®', '™']);
    if let Some(stem) = MASTHEAD_SUFFIXES.iter().find_map(|suffix| name.strip_suffix(suffix)) {
        // "Ahram Online , Wednesday 22 Jul 2026", "told Ahram Online": a page writing the
        // whole name again under its masthead goes by it.
        let raw_end = (raw.as_ptr() as usize).checked_sub(text.as_ptr() as usize);
        let below = raw_end.and_then(|at| text.get(at + raw.len()..));
        let written_again = below.is_some_and(|b| written_outside_copyright(b, name));
        if !stem.trim().is_empty() && !written_again {
            name = stem.trim_end();
        }
    }
    let lower_mark = !name.chars().any(char::is_uppercase) && name.chars().any(char::is_alphabetic);
    if lower_mark || is_all_caps(name) {
        let written = capitalized(name);
        if written != name {
            if let Some(at) = find_whole(text, &written) {
                return text.get(at..at + written.len()).unwrap_or(name);
            }
        }
    }
    name
}

/// Whether `hay` writes `name` on a line other than a copyright line ("© 2019 Example
/// Online" repeats the masthead's wording; "told Example Online" is how the page names it).
fn written_outside_copyright(hay: &str, name: &str) -> bool {
    let mut from = 0;
    while let Some(at) = hay.get(from..).and_then(|rest| find_whole(rest, name)) {
        let at = from + at;
        let line = hay.get(..at).and_then(|b| b.rsplit('\n').next()).unwrap_or_default();
        let copyright = line.contains('©')
            || line.as_bytes().windows(9).any(|w| w.eq_ignore_ascii_case(b"copyright"));
        if !copyright {
            return true;
        }
        from = at + name.len().max(1);
    }
    false
}

/// Words that end an outlet's own name, never an edition's ("BBC News", "NHK World").
const NAME_END_WORDS: &[&str] =
    &["news", "sports", "media", "agency", "press", "radio", "tv", "network", "world", "wire"];

/// "THE LOCAL Norway", "EXAMPLE English Edition": a wordmark in capitals, then the country
/// or language edition in Title Case. The wordmark alone is the outlet's name when the page
/// writes it so again under the masthead line (at `from`) or in its footer; returned as
/// written there.
fn without_edition<'t>(text: &'t str, name: &'t str, from: usize) -> &'t str {
    let mut caps_end = 0;
    let mut edition_words = 0;
    for w in name.words() {
        if edition_words == 0 && is_all_caps(w) {
            caps_end = w.as_ptr() as usize - name.as_ptr() as usize + w.len();
            continue;
        }
        let outlet_word = is_listed(super::OUTLET_WORDS, w) || is_listed(NAME_END_WORDS, w);
        if is_all_caps(w) || outlet_word {
            return name;
        }
        edition_words += 1;
    }
    let Some(wordmark) = name.get(..caps_end).filter(|w| !w.is_empty()) else { return name };
    if edition_words == 0 {
        return name;
    }
    let mut head_end = (from + 3000).min(text.len());
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let mut foot_start = text.len().saturating_sub(FOOTER_BYTES).max(head_end);
    while !text.is_char_boundary(foot_start) {
        foot_start += 1;
    }
    let written = capitalized(wordmark);
    [text.get(from..head_end), text.get(foot_start..)]
        .into_iter()
        .flatten()
        .find_map(|hay| {
            [wordmark, written.as_str()].iter().find_map(|w| {
                let at = find_whole(hay, w)?;
                hay.get(at..at + w.len())
            })
        })
        .unwrap_or(name)
}

/// The first label of a domain name printed as the masthead ("aa.com.tr", "www.example.com"):
/// lower-case letters, digits and hyphens in two or more labels, the last of letters only.
fn domain_label(line: &str) -> Option<&str> {
    let domain = line.strip_prefix("www.").unwrap_or(line);
    let shaped = domain.len() <= 40
        && domain
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.".contains(&b));
    // Most first lines are no domain: no need to look for its dots.
    if !shaped {
        return None;
    }
    let tld = domain.rsplit('.').next()?;
    let label = domain.split('.').next()?;
    (shaped
        && domain.contains('.')
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && label.len() >= 2)
        .then_some(label)
}

/// Runs of one to five capitalized words in `hay`, parted by anything but a single space.
fn capitalized_runs(hay: &str) -> impl Iterator<Item = &str> + '_ {
    hay.split(|c: char| !(c.is_alphanumeric() || " -'’&".contains(c)))
        .flat_map(|part| part.split("  "))
        .flat_map(|part| {
            // A lower-case word ends a run: "Example Agency website".
            part.split(' ')
                .fold(Vec::<(usize, usize)>::new(), |mut runs, w| {
                    let at = w.as_ptr() as usize - part.as_ptr() as usize;
                    let capital = w.chars().next().is_some_and(char::is_uppercase);
                    match runs.last_mut() {
                        Some(run) if capital && run.1 == at.saturating_sub(1) && run.1 > run.0 => {
                            run.1 = at + w.len();
                        }
                        _ if capital => runs.push((at, at + w.len())),
                        _ => runs.push((at, at)),
                    }
                    runs
                })
                .into_iter()
                .filter(|(a, b)| b > a)
                .filter_map(move |(a, b)| part.get(a..b))
        })
        .filter(|run| run.split(' ').count() <= 5)
}

/// Whether `name`'s initials or letters spell a domain's `label` ("Anadolu Agency" and "aa").
fn spells(name: &str, label: &str) -> bool {
    let name = name.strip_prefix("The ").unwrap_or(name);
    let initials: String =
        name.words().filter_map(|w| w.chars().next()).flat_map(char::to_lowercase).collect();
    let letters: String =
        name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    (name.words().count() >= 2 && initials == label) || letters == label
}

/// A masthead that is the site's domain ("aa.com.tr"): the outlet is the name the menu or
/// footer writes whose initials or letters spell the domain's first label, a listed one
/// before others ("Anadolu Agency" in the footer over a menu's "Anadolu Ajansı").
fn domain_masthead<'t>(
    cleaner: &Cleaner,
    text: &'t str,
    first: &'t str,
    below: impl Iterator<Item = &'t str>,
) -> Option<(Span, usize)> {
    let label = domain_label(first)?;
    let end_of = |line: &str| line.as_ptr() as usize - text.as_ptr() as usize + line.len();
    let menu_lines: Vec<&str> =
        below.take(MASTHEAD_MENU_LINES).take_while(|l| !l.is_empty()).collect();
    let end =
        menu_lines.iter().rev().find(|l| is_menu_line(l)).map_or(end_of(first), |l| end_of(l));
    let mut foot_start = text.len().saturating_sub(FOOTER_BYTES).max(end);
    while !text.is_char_boundary(foot_start) {
        foot_start += 1;
    }
    let mut best: Option<(bool, &str)> = None;
    for hay in menu_lines.iter().copied().chain(text.get(foot_start..)) {
        for run in capitalized_runs(hay).filter(|run| spells(run, label) && is_site_name(run)) {
            let listed = cleaner.is_agency(run);
            if best.map_or(true, |(was_listed, _)| listed && !was_listed) {
                best = Some((listed, run));
            }
        }
    }
    // "bdnews24.com" over the menu and again in the footer: a site that goes by its domain.
    let name = match best {
        Some((_, name)) => name,
        None => text
            .get(foot_start..)
            .filter(|foot| find_whole(foot, first).is_some())
            .map(|_| first)?,
    };
    let start = name.as_ptr() as usize - text.as_ptr() as usize;
    Some((Span::new(start, start + name.len()), end))
}

/// "Example News | Anglia": a site's name and its regional edition, when the page names the
/// outlet so ("told Example News Anglia"). Returns where the page writes the joined name.
fn joined_masthead<'t>(text: &'t str, first: &str) -> Option<&'t str> {
    let mut segments = first.split(['|', '•']).map(str::trim);
    let (Some(name), Some(edition), None) = (segments.next(), segments.next(), segments.next())
    else {
        return None;
    };
    let edition_words = edition.words().count();
    let edition_ok = (1..=2).contains(&edition_words)
        && edition.words().all(is_capitalized_token)
        && !is_section_word(edition);
    if !edition_ok || !is_site_name(name) {
        return None;
    }
    let joined = format!("{name} {edition}");
    let at = find_whole(text, &joined)?;
    text.get(at..at + joined.len())
}

/// How many paragraphs from the top may hold the writer's by-line.
const WRITER_PARAGRAPHS: usize = 12;

/// Whether a person signs the story in its head ("By Jane Doe", "Written by Jane Doe").
fn signed_by_writer(cleaner: &Cleaner, text: &str, paras: &[Para]) -> bool {
    paras.iter().take(WRITER_PARAGRAPHS).filter(|p| p.words <= 30).any(|p| {
        let s = text.get(p.span.range()).unwrap_or_default();
        s.lines().any(|line| {
            let mut tokens =
                line.words().skip_while(|t| !t.trim_end_matches(':').eq_ignore_ascii_case("by"));
            if tokens.next().is_none() {
                return false;
            }
            let name: Vec<&str> = tokens
                .take_while(|t| is_capitalized_token(t.trim_end_matches(',')))
                .take(5)
                .collect();
            let agency = name.first().is_some_and(|t| cleaner.is_agency(t));
            let staff = name.iter().any(|t| super::is_staff_word(t));
            (2..=4).contains(&name.len()) && !agency && !staff
        })
    })
}

/// Whether a short paragraph is a labelled date line ("first published: 22 may 2026"), which
/// on a lower-case page reads like prose.
fn labels_a_date(text: &str, p: &Para) -> bool {
    p.words <= 30
        && text.get(p.span.range()).is_some_and(|s| {
            // A label's colon first: one byte search rules out most paragraphs.
            memchr::memchr(b':', s.as_bytes()).is_some()
                && s.bytes().any(|b| b.is_ascii_digit())
                && s.words().any(|w| w.ends_with(':') && is_date_label(w))
        })
}

/// Whether a by-line or date line follows the headline candidate at `i` within three
/// paragraphs. A name or a job title on a line of its own ("Political Correspondent") under
/// a standfirst is not one of the three: the standfirst would otherwise win over the
/// headline above it.
pub(super) fn meta_follows(cleaner: &Cleaner, text: &str, paras: &[Para], i: usize) -> bool {
    meta_follows_by(paras, i, |j| follow_facts(cleaner, text, paras, j))
}

/// [`meta_follows`] with each paragraph's [`follow_facts`] worked out once for the whole
/// head: the headline candidates above share the paragraphs under them, and each is asked
/// about twice. Built for one text; `facts` are the paragraphs' facts, 0 where not yet
/// worked out.
pub(super) struct FollowFacts<'c, 't, 'p> {
    cleaner: &'c Cleaner,
    text: &'t str,
    paras: &'p [Para],
    facts: [u8; FOLLOW_FACTS],
}

/// How many paragraphs' facts [`FollowFacts`] keeps: the head's, and the six under it.
const FOLLOW_FACTS: usize = super::HEAD_PARAGRAPHS + 8;

impl<'c, 't, 'p> FollowFacts<'c, 't, 'p> {
    pub(super) fn new(cleaner: &'c Cleaner, text: &'t str, paras: &'p [Para]) -> Self {
        FollowFacts { cleaner, text, paras, facts: [0; FOLLOW_FACTS] }
    }

    /// [`meta_follows`] of the paragraph at `i`.
    pub(super) fn meta_follows(&mut self, i: usize) -> bool {
        let (cleaner, text, paras) = (self.cleaner, self.text, self.paras);
        let facts = &mut self.facts;
        meta_follows_by(paras, i, |j| match facts.get_mut(j) {
            Some(known) if *known != 0 => *known,
            Some(slot) => {
                *slot = follow_facts(cleaner, text, paras, j);
                *slot
            }
            None => follow_facts(cleaner, text, paras, j),
        })
    }
}

/// [`follow_facts`]: worked out (always set, so that 0 means unknown).
const FACTS_KNOWN: u8 = 1;
/// A short paragraph holding a date or a by-line.
const FACTS_DATED: u8 = 2;
/// A block of short lines, one dated.
const FACTS_DATED_BLOCK: u8 = 4;
/// A writer's name or job title on a line of its own.
const FACTS_BY_LINE_PART: u8 = 8;

/// What [`meta_follows`] asks of the paragraph at `j`, as [`FACTS_KNOWN`] and the other bits.
fn follow_facts(cleaner: &Cleaner, text: &str, paras: &[Para], j: usize) -> u8 {
    let Some(q) = paras.get(j) else { return FACTS_KNOWN };
    let qs = text.get(q.span.range()).unwrap_or_default();
    // A dated paragraph ends the question: the other facts are not worked out.
    if q.words <= 15 && (find_dates(qs, None).next().is_some() || super::by_position(qs).is_some())
    {
        return FACTS_KNOWN | FACTS_DATED;
    }
    // A by-line block of short lines (the writer, the desk, "Updated …", "Published …"):
    // a line of its own dates the story, where wrapped prose has longer lines.
    if q.words > 15 && (2..=6).contains(&q.lines) && short_lines_dated(qs) {
        return FACTS_KNOWN | FACTS_DATED_BLOCK;
    }
    let mut facts = FACTS_KNOWN;
    if q.lines == 1 && q.words <= 4 && (is_writer_name(cleaner, qs.trim()) || ends_in_job_title(qs))
    {
        facts |= FACTS_BY_LINE_PART;
    }
    facts
}

/// [`meta_follows`] from the paragraphs' facts, as `facts` gives them.
fn meta_follows_by(paras: &[Para], i: usize, mut facts: impl FnMut(usize) -> u8) -> bool {
    let mut slots = 3u32;
    for j in (i + 1..paras.len()).take(6) {
        let f = facts(j);
        if f & (FACTS_DATED | FACTS_DATED_BLOCK) != 0 {
            return true;
        }
        if f & FACTS_BY_LINE_PART == 0 {
            slots -= 1;
            if slots == 0 {
                return false;
            }
        }
    }
    false
}

/// "… steel deal with U.S.", "… in the U.K.": a line whose last stop is an initialism's
/// (single letters, each with its dot), not a sentence's.
pub(super) fn ends_in_initialism(s: &str) -> bool {
    // An initialism's last letter is a capital after a dot ("U.S."): one look at the text's
    // last bytes rules out nearly every line before its last word is found.
    let bare = s.trim_end().trim_end_matches('.').as_bytes();
    if !matches!(bare, [.., b'.', last] if last.is_ascii_uppercase()) {
        return false;
    }
    let Some(last) = s.words().next_back() else { return false };
    let letters = last.trim_end_matches('.');
    let parts = letters.split('.').count();
    parts >= 2
        && letters.split('.').all(|l| l.len() == 1 && l.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Whether every line of a block is short (eight words or fewer) and one of them holds a
/// date: a by-line block, not a paragraph of wrapped prose.
fn short_lines_dated(block: &str) -> bool {
    block.lines().all(|line| line.words().count() <= 8)
        && block.lines().any(|line| find_dates(line, None).next().is_some())
}

/// Sources, dates and a by-line the page gives in forms the head scan does not read: a
/// print-edition trailer naming the paper, an "e-paper" menu item, an outlet's name before
/// the date or after the writer's name, a slashed date whose time zone gives its order, and
/// a press-release service's dateline. Looks at the head's metadata lines (`lines`, from
/// [`head_meta_lines`], found once for the head scan and this) and the last few paragraphs
/// only.
// The head scan's state, passed apart rather than bundled for this one call.
#[allow(clippy::too_many_arguments)]
pub(super) fn more_metadata(
    cleaner: &Cleaner,
    text: &str,
    meta_text: &str,
    paras: &[Para],
    (lines, marks): (&[(usize, Span)], &[u16]),
    title_at: Option<usize>,
    layout: Layout,
    found: &mut Found,
) {
    print_trailer_source(text, paras, found);
    epaper_source(text, paras, title_at, found);
    let masthead = layout.masthead.and_then(|(name, _)| text.get(name.range()));
    outlet_in_foot(cleaner, text, paras, found);
    let mut ambiguous = None;
    let marks_at = |k: usize| marks.get(k).copied().unwrap_or(mark::ALL);
    for (k, &(i, line)) in lines.iter().enumerate() {
        let marks = marks_at(k);
        let s = text.get(line.range()).unwrap_or_default();
        let meta_s = meta_text.get(line.range()).unwrap_or_default();
        // Under the story's start, short lines are wrapped prose or a table's, not by-lines.
        if i < layout.story_start {
            // A bar, slash, dash, colon or non-ASCII dash parts the outlet from the date.
            let parted = mark::BAR | mark::SLASH | mark::DASH | mark::COLON | mark::NON_ASCII;
            if marks & parted != 0 {
                outlet_before_date(cleaner, s, meta_s, i, found);
            }
            if let Some(name) = outlet_credit_line(cleaner, s) {
                // "By Example Ledger Staff" is read as a writer's by-line too.
                found.bylines.retain(|c| c.value != name);
                found.sources.push(Candidate { value: name.to_string(), priority: 2, position: i });
            }
            let next = lines.get(k + 1).and_then(|(_, l)| text.get(l.range()));
            let next_marks = marks_at(k + 1);
            let below_title = title_at.is_some_and(|t| i > t);
            let by_line = ByLine { s, marks, next, next_marks, masthead, below_title };
            outlet_after_writer(cleaner, &by_line, i, found);
            if found.dateline.is_none() {
                let prev = k.checked_sub(1).and_then(|j| lines.get(j));
                let prev = prev.and_then(|(_, l)| text.get(l.range()));
                found.dateline = place_on_by_line(cleaner, &by_line, prev)
                    .or_else(|| {
                        (marks & mark::BAR != 0)
                            .then(|| place_before_date_label(cleaner, s, masthead))
                            .flatten()
                    })
                    .map(str::to_string);
            }
        }
        // Every form below is a slashed date.
        if marks & mark::SLASH == 0 {
            continue;
        }
        if let Some((date, priority)) = slashed_date_by_zone(meta_s) {
            found.dates.push(Candidate { value: date, priority, position: i });
        } else if let Some((date, priority)) = labelled_day_month(meta_s) {
            let date = match cleaner.year {
                Some(y) if date.year().is_none() => date.with_year(y),
                _ => date,
            };
            found.dates.push(Candidate { value: date, priority, position: i });
        } else if i <= layout.story_start {
            if let Some(slashed) = slashed_either_way(meta_s) {
                ambiguous.get_or_insert((slashed, i));
            }
        }
    }
    if let Some(((readings, priority), i)) = ambiguous {
        let story = paras.get(i + 1..).unwrap_or_default();
        if let Some(date) = reading_the_story_confirms(meta_text, story, readings) {
            found.dates.push(Candidate { value: date, priority, position: i });
        }
    }
    release_dateline(cleaner, text, paras, layout, found);
    // A web address printed in the head's metadata lines or under the story (a citation's
    // "retrieved … from https://…/2026/11/18/…").
    // An address holds a slash.
    for (k, &(_, line)) in lines.iter().enumerate() {
        if marks.get(k).map_or(true, |m| m & mark::SLASH != 0) {
            found.years.dated_address(text.get(line.range()).unwrap_or_default());
        }
    }
    // Few foot paragraphs hold a slash: one backward byte search over them all finds the
    // last slash before each paragraph's end, instead of a search (and its set-up) in each.
    let foot = paras.iter().rev().take(FOOT_PROMO_PARAGRAPHS);
    let foot_start =
        paras.get(paras.len().saturating_sub(FOOT_PROMO_PARAGRAPHS)).map_or(0, |p| p.span.start);
    let last_slash_before = |end: usize| {
        let region = text.as_bytes().get(foot_start..end).unwrap_or_default();
        memchr::memrchr(b'/', region).map(|at| foot_start + at)
    };
    // The last slash before the end of the paragraph at hand (or of one after it).
    let mut last_slash = paras.last().and_then(|p| last_slash_before(p.span.end));
    for p in foot.filter(|p| p.words <= 60) {
        if last_slash.is_some_and(|at| at >= p.span.end) {
            last_slash = last_slash_before(p.span.end);
        }
        if last_slash.is_some_and(|at| at >= p.span.start) {
            found.years.dated_address(text.get(p.span.range()).unwrap_or_default());
        }
    }
    wire_copyright(text, paras, found);
    wire_credits(cleaner, text, paras, found);
    // The masthead's name alone on its line is the site's own name, below an agency's
    // credit or sign-off, even when it is a listed outlet ("ARAB NEWS" over "- AFP").
    if let Some((_, masthead_end)) = layout.masthead {
        for c in found.sources.iter_mut().filter(|c| c.priority == 2) {
            if paras.get(c.position).is_some_and(|p| p.span.start < masthead_end) {
                c.priority = 1;
            }
        }
    }
}

/// The wire services whose copy other sites print under their own masthead, signed with the
/// wire's copyright line ("© 2026 AFP"); compared in lower case.
const WIRES: &[&str] = &[
    "afp",
    "agence france-presse",
    "agence france presse",
    "ap",
    "associated press",
    "the associated press",
    "reuters",
    "thomson reuters",
    "xinhua",
    "dpa",
    "efe",
    "ansa",
    "kyodo",
    "ians",
    "pti",
    "ani",
    "tass",
    "aap",
    "canadian press",
    "the canadian press",
    "pa media",
    "bloomberg",
    "upi",
    "yonhap",
    "bernama",
    "anadolu agency",
];

/// "© 2026 AFP" under the story on a site's page: a copyright line of a wire service (with
/// its year, which a photo's credit "© AFP" has not) among the last paragraphs shows the
/// story is the wire's copy, which the site only prints: the wire's name outranks the
/// masthead's, as an agency's sign-off does.
fn wire_copyright(text: &str, paras: &[Para], found: &mut Found) {
    let foot_from = paras.len().saturating_sub(FOOT_PROMO_PARAGRAPHS);
    for c in found.sources.iter_mut() {
        if c.priority != 1 || c.position < foot_from {
            continue;
        }
        let Some(s) = paras.get(c.position).and_then(|p| text.get(p.span.range())) else {
            continue;
        };
        // A copyright line opens with its sign or word: one byte test rules out the rest.
        let opens = s.as_bytes().first().is_some_and(|&b| b == 0xC2 || b | 0x20 == b'c');
        let dated = || {
            let copyright = copyright_line(s);
            (copyright.starts_with('©')
                || copyright.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("copyright")))
                && s.split(|ch: char| !ch.is_ascii_digit()).any(|t| t.len() == 4)
        };
        if opens && dated() && is_listed(WIRES, &c.value) {
            c.priority = 2;
        }
    }
}

/// "(Reporting by Jane Doe in Paris; Editing by John Roe)" under the story: the credit line
/// one wire service (Reuters) signs its copy with, on its own site and on the sites that
/// print it; its name is given as the service writes it.
const EDITING_CREDIT_WIRE: &str = "Reuters";

/// The wire whose copy the story is, by the credit lines wire services end their copy with:
/// "(Reporting by …; Editing by …)", and "Example Press writer Jane Doe contributed to this
/// report" (a listed wire's staff; "The Example Press contributed to this report" only lent
/// material, and is not read). Ranks with an agency's sign-off; among the last paragraphs
/// only.
fn wire_credits(cleaner: &Cleaner, text: &str, paras: &[Para], found: &mut Found) {
    for (i, p) in paras.iter().enumerate().rev().take(FOOT_PROMO_PARAGRAPHS) {
        if p.words > 40 {
            continue;
        }
        // A paragraph opening and ending in a visible ASCII byte has nothing to trim.
        let s = trim_fast(text.get(p.span.range()).unwrap_or_default());
        // Both credits open with a bracket or a capital: many paragraphs fail here.
        if !matches!(s.as_bytes().first(), Some(b'(' | b'A'..=b'Z')) {
            continue;
        }
        let bare = s.trim_start_matches('(');
        let reporting =
            ["Reporting by ", "Additional reporting by "].iter().any(|o| bare.starts_with(o))
                && contains_ignoring_case(s, "editing by ");
        if reporting {
            let value = EDITING_CREDIT_WIRE.to_string();
            found.sources.push(Candidate { value, priority: 2, position: i });
            continue;
        }
        if let Some(name) = wire_writer_contributed(cleaner, s) {
            found.sources.push(Candidate { value: name.to_string(), priority: 2, position: i });
        }
    }
}

/// Whether `hay` holds `needle` (ASCII, lower case) in any ASCII case, as
/// `hay.to_ascii_lowercase().contains(needle)` says, with no lower-cased copy: compared at
/// each byte that may open it.
fn contains_ignoring_case(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else { return true };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay)
        .any(|at| hay.get(at..at + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(needle)))
}

/// "Example Press writer Jane Doe in Paris contributed to this report.": the wire named
/// before its staff word, when a listed wire's.
fn wire_writer_contributed<'t>(cleaner: &Cleaner, s: &'t str) -> Option<&'t str> {
    // The line opens with the wire's name (after "The "): the first two bytes of the listed
    // names rule out most lines before the search for " contributed".
    static OPENERS: OnceLock<super::OpeningPairs> = OnceLock::new();
    let openers = OPENERS.get_or_init(|| {
        super::OpeningPairs::of(WIRES.iter().map(|w| w.to_string()).collect::<Vec<_>>().iter())
    });
    if !openers.may_open(s.strip_prefix("The ").unwrap_or(s)) {
        return None;
    }
    // The first " contributed", found at its 'b', a rare byte, by a byte search: the
    // substring searcher cost a hundred instructions to set up on every such paragraph.
    let bytes = s.as_bytes();
    let end = memchr::memchr_iter(b'b', bytes)
        .filter_map(|b| b.checked_sub(7))
        .find(|&at| bytes.get(at..at + 12).is_some_and(|w| w == b" contributed"))?;
    let head = s.get(..end)?;
    let staff = [" writers ", " writer ", " reporters ", " reporter ", " correspondent "]
        .iter()
        .filter_map(|w| head.find(w))
        .min()?;
    let name = head.get(..staff)?.trim();
    let name = name.strip_prefix("The ").unwrap_or(name);
    (is_listed(WIRES, name) && cleaner.is_agency(name)).then_some(name)
}

/// Both readings of the first slashed date in `line` whose day and month could be either way
/// round ("03/12/2025": 3 December or March 12), day first, and the priority its label
/// gives.
fn slashed_either_way(line: &str) -> Option<([PartialDate; 2], u8)> {
    let at = memchr::memchr(b'/', line.as_bytes())?;
    let before = line.get(..at)?;
    let a_len = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    let a_start = at - a_len;
    let rest = line.get(at + 1..)?;
    let b_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let year_part = rest.get(b_len..)?.strip_prefix('/')?;
    let y_len = year_part.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&a_len) || !(1..=2).contains(&b_len) || y_len != 4 {
        return None;
    }
    let a: u32 = line.get(a_start..at)?.parse().ok()?;
    let b: u32 = rest.get(..b_len)?.parse().ok()?;
    let y: i32 = year_part.get(..4)?.parse().ok()?;
    if !(a <= 12 && b <= 12 && a != b) {
        return None;
    }
    let label = line.get(..a_start).unwrap_or_default().to_ascii_lowercase();
    let priority = if ["updated", "modified", "edited"].iter().any(|l| label.contains(l)) {
        1
    } else if ["published", "posted"].iter().any(|l| label.contains(l)) {
        3
    } else {
        2
    };
    Some(([PartialDate::new(Some(y), b, a)?, PartialDate::new(Some(y), a, b)?], priority))
}

/// How many paragraphs of the story are read for words that date it.
const STORY_DATING_PARAGRAPHS: usize = 8;

/// Weekday names, Monday first.
const WEEKDAY_NAMES: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Which reading of a slashed date the story under it confirms (`story`: the paragraphs
/// after the date's): its first three name a weekday the page's date is, or follows by a
/// day ("on Tuesday" under a Wednesday's date), and its first eight name a month ("on
/// December 20"). The reading with more of these wins, or on a tie the one whose own
/// weekday the story names; otherwise the date stays unread.
fn reading_the_story_confirms(
    text: &str,
    story: &[Para],
    readings: [PartialDate; 2],
) -> Option<PartialDate> {
    let story = story.iter().take(STORY_DATING_PARAGRAPHS);
    let mut weekday = None;
    let mut months = [false; 13];
    for (k, p) in story.enumerate() {
        let s = text.get(p.span.range()).unwrap_or_default();
        if weekday.is_none() && k < 3 {
            weekday = s
                .split(|c: char| !c.is_alphabetic())
                .find_map(|w| WEEKDAY_NAMES.iter().position(|d| d.eq_ignore_ascii_case(w)));
        }
        for (_, d) in find_dates(s, None) {
            if let Some(seen) = usize::try_from(d.month()).ok().and_then(|m| months.get_mut(m)) {
                *seen = true;
            }
        }
    }
    // How the lead's weekday fits a reading: 2 when it is the date's own, 1 when it is the
    // day before, 0 otherwise.
    let fit = |d: &PartialDate| {
        let Some((named, is)) = weekday.zip(d.weekday()) else { return 0 };
        let is = usize::from(is.index());
        2 * u8::from(named == is) + u8::from((named + 1) % 7 == is)
    };
    let score = |d: &PartialDate| {
        let month_named =
            usize::try_from(d.month()).ok().and_then(|m| months.get(m)) == Some(&true);
        u8::from(fit(d) > 0) + u8::from(month_named)
    };
    let [day_first, month_first] = readings;
    // A story tells of its own day at least as often as of the day before: when the weekday
    // fits both readings, the one it names outright wins a tie.
    let tie_break = if fit(&day_first) > 0 && fit(&month_first) > 0 {
        fit(&day_first).cmp(&fit(&month_first))
    } else {
        std::cmp::Ordering::Equal
    };
    match score(&day_first).cmp(&score(&month_first)).then(tie_break) {
        std::cmp::Ordering::Greater => Some(day_first),
        std::cmp::Ordering::Less => Some(month_first),
        std::cmp::Ordering::Equal => None,
    }
}

/// How a print-edition trailer at the foot opens ("Published in Example Daily, March 4th").
const TRAILER_OPENERS: &[&str] = &[
    "published in ",
    "first published in ",
    "originally published in ",
    "this article first appeared in ",
    "this article appeared in ",
    "first appeared in ",
];

/// "Published in Example Daily, November 20th, 2025" under the story: the paper's name.
fn print_trailer_source(text: &str, paras: &[Para], found: &mut Found) {
    for (i, p) in paras.iter().enumerate().rev().take(SIGN_OFF_PARAGRAPHS) {
        if p.lines != 1 || p.words > 14 {
            continue;
        }
        let s = text.get(p.span.range()).unwrap_or_default();
        // Every opener's first letter is one of these four: most paragraphs fail here.
        if !s.as_bytes().first().is_some_and(|b| matches!(b | 0x20, b'p' | b'f' | b'o' | b't')) {
            continue;
        }
        let Some(rest) = TRAILER_OPENERS.iter().find_map(|o| {
            s.get(..o.len()).filter(|h| h.eq_ignore_ascii_case(o)).and_then(|_| s.get(o.len()..))
        }) else {
            continue;
        };
        let name = rest.split([',', ';']).next().unwrap_or_default();
        let name = name.split(" on ").next().unwrap_or_default().trim().trim_end_matches('.');
        // The print edition's date shows it is a trailer, not "Published in Nature." citing
        // a journal.
        let dated = rest.get(name.len()..).is_some_and(|r| find_dates(r, None).next().is_some());
        if dated && (is_site_name(name) || super::is_outlet_name(name)) {
            found.sources.push(Candidate { value: name.to_string(), priority: 1, position: i });
        }
    }
}

/// How many paragraphs from the end may hold the site's own promotion lines and sign-off.
const FOOT_PROMO_PARAGRAPHS: usize = 10;

/// How the site's own promotion lines open, each before the site's name: "Follow Example
/// Ledger on X", "Subscribe to the Example Ledger", "Sign up for Example Ledger's morning
/// newsletter", "This report by The Example Press was first published …".
const PROMO_OPENERS: &[&str] = &[
    "follow ",
    "subscribe to ",
    "sign up for ",
    "sign up to ",
    "download the ",
    "read more on ",
    "read more at ",
    "read the full story on ",
    "read the full story at ",
    "published by ",
    "this report by ",
    "this story by ",
    "this article by ",
    "support ",
];

/// The outlet a page names in its own promotion lines and sign-off under the story, for a
/// page whose head names none: "Follow Example Ledger on Facebook", "Subscribe to the Example
/// Ledger", "Jane Doe, The Example Press" (a writer signing with the outlet), "… said. —
/// Example Ledger". A weak candidate: the site's, after anything the head or a credit gives.
fn outlet_in_foot(cleaner: &Cleaner, text: &str, paras: &[Para], found: &mut Found) {
    for (k, (i, p)) in paras.iter().enumerate().rev().take(FOOT_PROMO_PARAGRAPHS).enumerate() {
        if p.words > 16 || p.lines != 1 {
            continue;
        }
        let s = trim_fast(text.get(p.span.range()).unwrap_or_default());
        // A promotion line opens with one of a few letters; a writer's sign-off is the
        // page's last lines: most paragraphs fail both before any word is looked at.
        let promo = s
            .bytes()
            .next()
            // The 0x20 bit lower-cases these letters, and makes no other byte one of them.
            .is_some_and(|b| matches!(b | 0x20, b'f' | b's' | b'r' | b'd' | b'p' | b't'))
            .then(|| promo_outlet(cleaner, text, s))
            .flatten();
        let name = promo.or_else(|| {
            let sign_off = || {
                // "Example Ledger" alone on the page's last line: the site signing off (its
                // name trimmed on that line only).
                let last_line = || {
                    let bare = s.trim_matches(|c: char| !c.is_alphanumeric());
                    is_outlet_shape(bare).then_some(bare)
                };
                writer_sign_off(cleaner, s).or_else(|| (k == 0).then(last_line).flatten())
            };
            (k < 3).then(sign_off).flatten().map(str::to_string)
        });
        if let Some(value) = name {
            found.sources.push(Candidate { value, priority: 1, position: i });
        }
    }
}

/// For each byte, the [`PROMO_OPENERS`] opening with it, one bit each by their place in
/// the list: a line is compared only with those (a pass over the whole list cost more than
/// the compares).
static PROMO_BY_LEAD: [u32; 256] = openers_by_lead(PROMO_OPENERS);

const _: () = assert!(PROMO_OPENERS.len() <= 32, "one bit each in a u32");

/// [`PROMO_BY_LEAD`]'s table.
const fn openers_by_lead(openers: &[&str]) -> [u32; 256] {
    let mut leads = [0u32; 256];
    let mut k = 0;
    while k < openers.len() && k < 32 {
        let bytes = openers[k].as_bytes();
        if !bytes.is_empty() {
            leads[bytes[0] as usize] |= 1 << k;
        }
        k += 1;
    }
    leads
}

/// The site's name after a promotion line's opener ([`PROMO_OPENERS`]), with "The" when the
/// page writes it so ("Support the Guardian" under a masthead "The Guardian").
fn promo_outlet(cleaner: &Cleaner, text: &str, s: &str) -> Option<String> {
    // Only the openers with the line's first letter are compared, in the list's order.
    let lead = s.as_bytes().first()?.to_ascii_lowercase();
    let mut group = PROMO_BY_LEAD[usize::from(lead)];
    let opener = loop {
        if group == 0 {
            return None;
        }
        let k = group.trailing_zeros() as usize;
        group &= group - 1;
        if let Some(o) = PROMO_OPENERS
            .get(k)
            .filter(|o| s.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o)))
        {
            break o;
        }
    };
    let rest = s.get(opener.len()..)?;
    let (article, rest) = match rest.get(..4) {
        Some(a) if a.eq_ignore_ascii_case("the ") => (true, rest.get(4..)?),
        _ => (false, rest),
    };
    // "by The Example Press": a capital article shows a name, as no person's has one.
    let capital_article = article && s.get(opener.len()..).is_some_and(|r| r.starts_with("The "));
    // The name's words run to the first word in lower case ("on", "was", "app"), a
    // possessive or a stop.
    let name = rest.get(..leading_name_end(rest, &['.', ',', ':', '!']))?.trim();
    // "Follow Jane Doe on X": a writer's name is a person's, not the site's.
    let outlet_end = || name.words().next_back().is_some_and(|w| is_listed(NAME_END_WORDS, w));
    let site = cleaner.is_agency(name)
        || is_outlet_shape(name)
        || (is_site_name(name)
            && (capital_article || outlet_end() || !is_writer_name(cleaner, name)));
    if name.is_empty() || !site || is_listed(PROMO_NOT_NAMES, name) {
        return None;
    }
    let with_article = format!("The {name}");
    // Where a site's name is written whole: its masthead at the top, its copyright line at
    // the foot.
    let written_so = article && written_at_head_or_foot(text, &with_article);
    Some(if written_so { with_article } else { name.to_string() })
}

/// How the story's text names the outlet its people speak to: "told Example Times", "told the
/// Nation", "speaking to Example News", "in an interview with AFP".
const SPOKE_TO: &[&str] = &["told ", "speaking to ", "spoke to ", "talking to ", "interview with "];

/// Newspapers' one-word names ("the Nation", "the Star"), which a story writes after "the".
const ONE_WORD_PAPERS: &[&str] = &[
    "nation",
    "star",
    "standard",
    "times",
    "guardian",
    "independent",
    "telegraph",
    "hindu",
    "globe",
    "post",
    "journal",
    "herald",
    "tribune",
    "observer",
    "citizen",
    "sun",
    "mirror",
    "express",
    "mail",
    "monitor",
    "australian",
    "scotsman",
    "statesman",
    "economist",
    "chronicle",
    "gazette",
];

/// The outlet the story's people speak to, for a page that names its outlet nowhere else
/// ("… she told Example Times."; "… told the Nation on Monday"): a listed outlet, a
/// newspaper's name shape, a name ending in "News", a one-word paper's name after "the", or
/// an acronym. The weakest evidence of all (a story may quote another outlet's interview),
/// so it is asked only when no rule found a source and the record gives none; it looks at
/// the kept paragraphs only, at the bytes of "told" and "to"/"with".
pub(super) fn outlet_spoken_to(cleaner: &Cleaner, text: &str, paras: &[Para]) -> Option<String> {
    static FINDERS: OnceLock<Vec<memchr::memmem::Finder<'static>>> = OnceLock::new();
    let finders =
        FINDERS.get_or_init(|| SPOKE_TO.iter().map(memchr::memmem::Finder::new).collect());
    for p in paras.iter().filter(|p| p.dropped.is_none()) {
        let s = text.get(p.span.range()).unwrap_or_default();
        for (finder, phrase) in finders.iter().zip(SPOKE_TO) {
            for at in finder.find_iter(s.as_bytes()) {
                // "told" as a word: a space or the paragraph's start before it.
                let word_start = at == 0 || s.as_bytes().get(at - 1) == Some(&b' ');
                let rest = s.get(at + phrase.len()..).unwrap_or_default();
                if let Some(name) = word_start.then(|| spoken_to_name(cleaner, text, rest)) {
                    if name.is_some() {
                        return name;
                    }
                }
            }
        }
    }
    None
}

/// The outlet's name opening `rest` (after "told "), as [`outlet_spoken_to`] accepts it.
fn spoken_to_name(cleaner: &Cleaner, text: &str, rest: &str) -> Option<String> {
    // Most words after "told" are in lower case ("told reporters"): one byte test first.
    let first = *rest.as_bytes().first()?;
    if !(first.is_ascii_uppercase() || first == b't' || first >= 0x80) {
        return None;
    }
    let (article, rest) = match rest.get(..4) {
        Some(a) if a.eq_ignore_ascii_case("the ") => (Some(a), rest.get(4..)?),
        _ => (None, rest),
    };
    let stops = ['.', ',', ';', ':', '!', '?', '"', '”', '’', '\'', ')'];
    let name = rest.get(..leading_name_end(rest, &stops))?.trim();
    let count = name.words().count();
    let last = name.words().next_back()?;
    let acronym = article.is_none()
        && count == 1
        && (3..=6).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_uppercase());
    let accepted = cleaner.is_agency(name)
        || is_outlet_shape(name)
        || ((2..=4).contains(&count) && is_listed(NAME_END_WORDS, last) && !is_section_word(name))
        || (article.is_some() && count == 1 && is_listed(ONE_WORD_PAPERS, name))
        || acronym;
    // "told Example Sports": every outlet's match report quotes the rights holder's flash
    // interview, so a sports broadcaster named so is not the page's outlet.
    let broadcaster_interview = ["sport", "sports"].iter().any(|w| w.eq_ignore_ascii_case(last));
    if !accepted || broadcaster_interview {
        return None;
    }
    // "told The Example Times", or a masthead or copyright line writing "The Example Times".
    let with_article = format!("The {name}");
    let capital_article = article == Some("The ");
    let written_so =
        article.is_some() && (capital_article || written_at_head_or_foot(text, &with_article));
    Some(if written_so { with_article } else { name.to_string() })
}

/// Capitalized words a promotion line names that are not the site ("Follow Us on X",
/// "Subscribe to Premium").
const PROMO_NOT_NAMES: &[&str] = &["us", "our", "premium", "plus", "today", "now", "newsletter"];

/// "(Example Associated Press)" on its own line or after the writer's name, "Example Ledger
/// Staff", "By Example Ledger Staff": the outlet credited on a by-line.
fn outlet_credit_line<'t>(cleaner: &Cleaner, s: &'t str) -> Option<&'t str> {
    // A credit is short and ends in a bracket or a job word's letter: most lines fail on
    // their length or last byte.
    let s = s.trim();
    if s.len() > 80 || !s.ends_with([')', 'f', 'F']) {
        return None;
    }
    let name = if let Some(inner) = s.strip_suffix(')') {
        let at = inner.rfind('(')?;
        let before = inner.get(..at)?.trim();
        let before =
            before.strip_prefix("By ").or_else(|| before.strip_prefix("by ")).unwrap_or(before);
        if !(before.is_empty() || is_writer_name(cleaner, before)) {
            return None;
        }
        inner.get(at + 1..)?.trim()
    } else {
        let bare = s.strip_prefix("By ").or_else(|| s.strip_prefix("by ")).unwrap_or(s);
        let (name, staff) = bare.rsplit_once(' ')?;
        if !staff.eq_ignore_ascii_case("staff") {
            return None;
        }
        name.trim()
    };
    names_outlet_credit(cleaner, name).then_some(name)
}

/// Whether a credited name is an outlet's: listed, a newspaper's name shape, or two to four
/// capitalized words ending in a word only an outlet's name ends in ("Example Press").
fn names_outlet_credit(cleaner: &Cleaner, name: &str) -> bool {
    let words = name.words().count();
    cleaner.is_agency(name)
        || is_outlet_shape(name)
        || ((2..=4).contains(&words)
            && name.words().all(is_capitalized_token)
            && name.words().next_back().is_some_and(|w| is_listed(NAME_END_WORDS, w)))
}

/// "Jane Doe, The Example Press": a writer signing the story's foot with the outlet's name.
fn writer_sign_off<'t>(cleaner: &Cleaner, s: &'t str) -> Option<&'t str> {
    if s.len() > 80 || s.ends_with('.') {
        return None;
    }
    // `s.split_once(", ")`, found at a comma by memchr: no substring searcher to set up.
    let bytes = s.as_bytes();
    let comma = memchr::memchr_iter(b',', bytes).find(|&at| bytes.get(at + 1) == Some(&b' '))?;
    let (writer, outlet) = (s.get(..comma)?, s.get(comma + 2..)?);
    let outlet = outlet.trim();
    // The writer's shape first: it rules out most lines at their first words (the tests are
    // pure, so the order changes no answer).
    let named = || {
        cleaner.is_agency(outlet)
            || is_outlet_shape(outlet)
            || (outlet.starts_with("The ") && is_site_name(outlet))
    };
    (is_writer_name(cleaner, writer.trim()) && named()).then_some(outlet)
}

/// Menu items that name the site's printed edition ("Example Daily e-paper").
const EDITION_ITEMS: &[&str] = &[" e-paper", " epaper", " e-edition", " enewspaper"];

/// "News | Sport | Example Daily e-paper": the site named in its menu's link to the print
/// edition.
fn epaper_source(text: &str, paras: &[Para], title_at: Option<usize>, found: &mut Found) {
    for (i, p) in paras.iter().enumerate().take(title_at.unwrap_or(0)) {
        let block = text.get(p.span.range()).unwrap_or_default();
        // '•' opens with 0xE2: a block with neither byte has no menu line.
        if memchr::memchr2(b'|', 0xE2, block.as_bytes()).is_none() {
            continue;
        }
        for line in block.lines().filter(|l| l.contains(['|', '•'])) {
            for part in line.split(['|', '•']).map(str::trim) {
                let name = EDITION_ITEMS.iter().find_map(|item| {
                    let at = part.len().checked_sub(item.len())?;
                    part.get(at..).filter(|t| t.eq_ignore_ascii_case(item)).and(part.get(..at))
                });
                if let Some(name) = name.map(str::trim).filter(|n| is_site_name(n)) {
                    let value = name.to_string();
                    found.sources.push(Candidate { value, priority: 1, position: i });
                }
            }
        }
    }
}

/// "The Example Ledger", "Waco Tribune-Ledger": capitalized words ending in a newspaper's
/// word, also as the last part of a compound.
fn is_outlet_shape(name: &str) -> bool {
    // The last word first: it rules out nearly every name (and every sentence it is asked
    // about) before the name is split into words.
    let Some(last) = name.words().next_back() else { return false };
    if !is_outlet_word(hyphen_tail(last)) {
        return false;
    }
    // More than five words is no outlet's shape: the sixth ends the split.
    let mut words = [""; 5];
    let mut count = 0;
    for w in name.words() {
        let Some(slot) = words.get_mut(count) else { return false };
        *slot = w;
        count += 1;
    }
    outlet_shape_of(words.get(..count).unwrap_or_default())
}

/// [`is_outlet_shape`] of a name already split into its `words`.
fn outlet_shape_of(words: &[&str]) -> bool {
    let Some(last) = words.last() else { return false };
    (2..=5).contains(&words.len())
        && is_outlet_word(hyphen_tail(last))
        && words
            .iter()
            .enumerate()
            .all(|(k, w)| (k > 0 && is_connective(w)) || is_capitalized_token(w))
}

/// The part of `word` after its last hyphen ("Ledger" of "Tribune-Ledger"), or `word`: by a
/// byte search, as `rsplit('-')` set up a char searcher on every call.
fn hyphen_tail(word: &str) -> &str {
    word.as_bytes()
        .iter()
        .rposition(|&b| b == b'-')
        .and_then(|at| word.get(at + 1..))
        .unwrap_or(word)
}

static OUTLET_OPENERS: [u32; 256] = super::list_openers(&[super::OUTLET_WORDS]);

/// Whether `word` is one of [`super::OUTLET_WORDS`] in any ASCII case: a table look-up of
/// its first byte and length rules out nearly every word, and the rest is compared only
/// with the words opening like it (the list is asked about the last word of many lines).
fn is_outlet_word(word: &str) -> bool {
    static OUTLET_SET: OnceLock<super::WordSet> = OnceLock::new();
    super::may_be_listed(&OUTLET_OPENERS, word)
        && OUTLET_SET.get_or_init(|| super::WordSet::new(&[super::OUTLET_WORDS])).contains(word)
}

/// "Example Daily Inquirer / 06:02 AM October 20, 2025": an outlet's name of two words or
/// more before the date on a metadata line (one word is read by the head scan).
fn outlet_before_date(cleaner: &Cleaner, s: &str, meta_s: &str, i: usize, found: &mut Found) {
    // A name opens with a capital, and a bar, slash, dash or clock parts it from the date:
    // most lines fail these byte tests before the date search.
    let opens_capital = s.bytes().next().is_some_and(|b| b.is_ascii_uppercase() || b >= 0x80);
    let parted = s.bytes().any(|b| matches!(b, b'|' | b'/' | b'-' | b':' | 0xC2 | 0xE2));
    if !opens_capital || !parted || !s.contains(' ') {
        return;
    }
    let Some((span, _)) = find_dates(meta_s, None).next() else { return };
    let mut before = s.get(..span.start).unwrap_or_default();
    // The clock time and separators between the name and the date.
    loop {
        let t = before.trim_end();
        let last = t.rsplit(char::is_whitespace).next().unwrap_or_default();
        let clock = last.bytes().any(|b| b.is_ascii_digit())
            || ["am", "pm", "a.m.", "p.m."].iter().any(|m| m.eq_ignore_ascii_case(last))
            || !last.chars().any(char::is_alphanumeric);
        before = t;
        if last.is_empty() || !clock {
            break;
        }
        before = t.get(..t.len() - last.len()).unwrap_or_default();
    }
    let name = before.rsplit(['|', '·', '•', '/']).next().unwrap_or_default();
    let name = name.trim().trim_end_matches([',', '-', '–', '—', ':']).trim();
    // "Example Times, October 7" has a dateline's shape (a place, then the date): a bar,
    // slash, dash or clock time must part the name from the date.
    let name_end = name.as_ptr() as usize - s.as_ptr() as usize + name.len();
    let gap = s.get(name_end..span.start).unwrap_or_default();
    let parted = gap.contains(['|', '·', '•', '/', '-', '–', '—'])
        || gap.bytes().any(|b| b.is_ascii_digit());
    let listed = || cleaner.is_agency(name);
    if parted && name.words().count() >= 2 && (is_outlet_shape(name) || listed()) {
        found.sources.push(Candidate { value: name.to_string(), priority: 2, position: i });
    }
}

/// Last words of a broadcaster's or site's name ("Example News"), which a by-line names
/// after the writer.
const BROADCAST_WORDS: &[&str] = &["news", "sports", "media"];

/// Whether a part of a by-line after the writer's name names the outlet: a listed one, a
/// newspaper's name shape, a name ending in "News", or the masthead's name.
fn names_outlet(cleaner: &Cleaner, part: &str, masthead: Option<&str>) -> bool {
    // Tested last, as the costliest: the rules are pure, so the order changes no answer.
    let broadcast = || {
        // The last word first: read from the end, it rules out nearly every part before
        // the words are counted (to five at most: a headline's many words need no count).
        part.words().next_back().is_some_and(|w| is_listed(BROADCAST_WORDS, w))
            && (2..=4).contains(&words_up_to(part, 5))
            && part.words().all(is_capitalized_token)
            && !part.words().next().is_some_and(|w| is_section_word(w) || is_not_name(w))
            && !is_section_word(part)
    };
    cleaner.is_agency(part)
        || is_outlet_shape(part)
        || masthead.is_some_and(|m| m == part)
        || broadcast()
}

/// Whether a part of a page title after its headline names a site, not a speaker or body
/// ("— Defense Ministry", "| WHO"): an outlet [`names_outlet`] knows, the masthead's name in
/// any case, or a domain ("Example.com").
pub(super) fn names_site(cleaner: &Cleaner, part: &str, masthead: Option<&str>) -> bool {
    // "CNN Business": a listed outlet and its section.
    let listed_first =
        || part.words().count() <= 3 && part.words().next().is_some_and(|w| cleaner.is_agency(w));
    names_outlet(cleaner, part, masthead)
        || listed_first()
        || masthead.is_some_and(|m| m.eq_ignore_ascii_case(part))
        || is_domain_name(part)
}

/// "Example.com", "ExampleNews.co.uk": one word, a dot, and a top-level domain of letters.
fn is_domain_name(s: &str) -> bool {
    let Some((name, tld)) = s.rsplit_once('.') else { return false };
    !s.contains(char::is_whitespace)
        && name.chars().next().is_some_and(char::is_alphanumeric)
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Whether `s` is a person's name alone: two to four capitalized words.
fn is_writer_name(cleaner: &Cleaner, s: &str) -> bool {
    // Most lines fail on their length or a word's shape, before any lower-casing.
    // "… and National Bank President / Stefan Koren.": a sentence's end, not a by-line.
    if s.len() > 60 || s.ends_with('.') {
        return false;
    }
    // The words are kept on the stack as they are read: the word lists and the outlet's
    // shape look at them again with no second split.
    let mut words = [""; 4];
    let Some(count) = name_shaped_words(s, &mut words) else { return false };
    let words = words.get(..count).unwrap_or_default();
    // The word lists are searched only for lines of a name's shape.
    count >= 2
        && !words.iter().any(|w| is_not_name(w) || is_section_word(w))
        && !outlet_shape_of(words)
        && !cleaner.is_agency(s)
}

/// The words of `s` into `words`, and how many, when there are at most four and each has a
/// name's shape: capitalized without a digit, or a particle. An ASCII line is read in one
/// pass, each byte split and classed by one table look-up (splitting it into words, then
/// reading each word twice, cost several times the instructions).
///
/// A byte outside ASCII sends the line to [`name_shaped_words_by_chars`]: every word judged
/// before it is ASCII and ends at ASCII white space, and is judged as that reading judges it.
fn name_shaped_words<'s>(s: &'s str, words: &mut [&'s str; 4]) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut count = 0;
    let mut at = 0;
    loop {
        while bytes.get(at).is_some_and(|&b| super::is_ascii_space(b)) {
            at += 1;
        }
        let start = at;
        let Some(&first) = bytes.get(at) else { return Some(count) };
        let mut name_bytes = true;
        while let Some(&b) = bytes.get(at) {
            let Some(&class) = WRITER_BYTES.get(usize::from(b)) else {
                return name_shaped_words_by_chars(s, words);
            };
            if class == WRITER_SPACE {
                break;
            }
            name_bytes &= class == WRITER_NAME;
            at += 1;
        }
        let w = s.get(start..at).unwrap_or_default();
        // The capital first: most words have one, and need no look at the particles.
        let shaped = (first.is_ascii_uppercase() && name_bytes) || super::is_name_particle(w);
        let slot = words.get_mut(count).filter(|_| shaped)?;
        *slot = w;
        count += 1;
    }
}

/// [`name_shaped_words`] of any line, word by word.
fn name_shaped_words_by_chars<'s>(s: &'s str, words: &mut [&'s str; 4]) -> Option<usize> {
    let mut count = 0;
    for w in s.words() {
        let shaped = (is_capitalized_token(w) && !w.bytes().any(|b| b.is_ascii_digit()))
            || super::is_name_particle(w);
        let slot = words.get_mut(count).filter(|_| shaped)?;
        *slot = w;
        count += 1;
    }
    Some(count)
}

/// [`WRITER_BYTES`]' classes: white space `char::is_whitespace` takes, a byte a capitalized
/// token without a digit may hold, any other byte.
const WRITER_OTHER: u8 = 0;
const WRITER_SPACE: u8 = 1;
const WRITER_NAME: u8 = 2;

/// The class of each ASCII byte for [`name_shaped_words`]: the name bytes are the letters
/// and `-&.'/` (a capitalized token's bytes, digits aside).
static WRITER_BYTES: [u8; 128] = {
    let mut table = [WRITER_OTHER; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c == b' ' || (c >= 0x09 && c <= 0x0d) {
            WRITER_SPACE
        } else if c.is_ascii_alphabetic() || matches!(c, b'-' | b'&' | b'.' | b'\'' | b'/') {
            WRITER_NAME
        } else {
            WRITER_OTHER
        };
        b += 1;
    }
    table
};

/// A metadata line of the head above the story, as the by-line rules read it: the line, the
/// line under it, their [`mark`]s, the masthead's name and whether the line is under the
/// headline.
#[derive(Clone, Copy)]
struct ByLine<'t, 'm> {
    s: &'t str,
    marks: u16,
    next: Option<&'t str>,
    next_marks: u16,
    masthead: Option<&'m str>,
    below_title: bool,
}

/// Whether a line of `marks` holds none of '·', '|', '•': its marks show no bar and no
/// non-ASCII byte, or (a long line's marks tell nothing) its bytes do.
fn no_dot_bar_bullet(s: &str, marks: u16) -> bool {
    marks & (mark::BAR | mark::NON_ASCII) == 0 || has_no_dot_bar_bullet(s)
}

/// "NAME · Example News ·", or the writer's name with the outlet on the line under it: the
/// outlet (above the masthead, which may be a sister site's), and the writer.
fn outlet_after_writer(cleaner: &Cleaner, line: &ByLine<'_, '_>, i: usize, found: &mut Found) {
    let ByLine { s, marks, next, next_marks, masthead, below_title } = *line;
    // Most lines hold no separator, as their marks show: no splitting them char by char.
    let (writer, same_line) = if no_dot_bar_bullet(s, marks) {
        (trim_fast(s), None)
    } else {
        let mut parts = s.split(['·', '|', '•']).map(str::trim).filter(|p| !p.is_empty());
        (parts.next().unwrap_or_default(), parts.next())
    };
    // Every finding below needs the writer's name: most lines fail its shape at their
    // length or first words, before the line under them is split or searched for a date.
    if writer.is_empty() || !is_writer_name(cleaner, writer) {
        return;
    }
    let mut next_whole = false;
    let next_line = next.and_then(|n| {
        if no_dot_bar_bullet(n, next_marks) {
            next_whole = true;
            Some(trim_fast(n)).filter(|p| !p.is_empty())
        } else {
            n.split(['·', '|', '•']).map(str::trim).find(|p| !p.is_empty())
        }
    });
    let candidate = same_line.or(next_line);
    // Whether the candidate holds a digit: the next line's marks tell, when the candidate is
    // that whole line (trimmed of white space only), without reading its bytes again.
    let holds_digit = |c: &str| {
        if same_line.is_none() && next_whole && next_marks != mark::ALL {
            next_marks & mark::DIGIT != 0
        } else {
            c.bytes().any(|b| b.is_ascii_digit())
        }
    };
    // "NAME / Political Correspondent": a job title under the name shows it is a by-line;
    // so does a date line beside or under a name below the headline ("NAME | Published
    // November 19, 2025", "NAME / 08 Mar 2023").
    // A place ("NEW DELHI"), a desk ("Our Correspondent") or an agency's line ("IANS  Doha")
    // has a date under it too.
    // Tested cheapest first: the date search runs only beside a writer's name.
    let dated = || {
        below_title
            && candidate.is_some_and(holds_digit)
            && !ends_in_job_title(writer)
            && !is_all_caps(writer)
            && !writer.contains("  ")
            && !writer.words().any(|t| cleaner.is_agency(t))
            && candidate
                .is_some_and(|c| c.words().count() <= 12 && find_dates(c, None).next().is_some())
    };
    let job = next_line.is_some_and(ends_in_job_title) || dated();
    // A name's or a job's line opens with a capital and holds no digit (a date line does):
    // tested before the word lists are searched.
    let may_name = |o: &str| {
        o.bytes().next().is_some_and(|b| b.is_ascii_uppercase() || b >= 0x80) && !holds_digit(o)
    };
    if !(job || candidate.is_some_and(may_name)) {
        return;
    }
    let outlet = candidate.filter(|o| names_outlet(cleaner, o, masthead));
    if let Some(outlet) = outlet {
        found.sources.push(Candidate { value: outlet.to_string(), priority: 2, position: i });
    }
    if (outlet.is_some() || job) && found.bylines.is_empty() {
        found.bylines.push(Candidate { value: writer.to_string(), priority: 1, position: i });
    }
}

/// Whether `s` holds none of '·', '|', '•' (a bar, or a lead byte of the other two): then
/// splitting at them gives `s` whole.
fn has_no_dot_bar_bullet(s: &str) -> bool {
    // The head's short lines are looked at eight bytes at a time: `memchr3` cost more to
    // set up than a line this short takes to read.
    let bytes = s.as_bytes();
    if bytes.len() > 64 {
        return memchr::memchr3(b'|', 0xC2, 0xE2, bytes).is_none();
    }
    !holds_byte_of(s, [b'|'], |b| matches!(b, b'|' | 0xC2 | 0xE2))
}

/// Time zones of places that write the day before the month ("10/09/2025 14:22 GMT+2").
const DAY_FIRST_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WAT", "CAT", "EAT", "SAST", "IST", "PKT",
    "MSK", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "HKT", "SGT", "PHT", "WIB",
];
/// Time zones of places that write the month first ("10/09/2025 2:22 p.m. ET").
const MONTH_FIRST_ZONES: &[&str] =
    &["ET", "EST", "EDT", "CT", "CDT", "MT", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST"];

/// A slashed date whose day and month could be either way round ("10/09/2025"), read in the
/// order the time zone after it is written in, with the priority its label gives. Without
/// a zone the date stays unread: "only where unambiguous".
fn slashed_date_by_zone(line: &str) -> Option<(PartialDate, u8)> {
    if !line.contains('/') {
        return None;
    }
    for (at, _) in line.match_indices('/') {
        let before = line.get(..at)?;
        let a_len = before.bytes().rev().take_while(u8::is_ascii_digit).count();
        let a_start = at - a_len;
        let after_slash = before.get(..a_start).and_then(|b| b.bytes().next_back());
        if !(1..=2).contains(&a_len) || after_slash.is_some_and(|b| b == b'/' || b.is_ascii_digit())
        {
            continue;
        }
        let rest = line.get(at + 1..)?;
        let b_len = rest.bytes().take_while(u8::is_ascii_digit).count();
        let year_part = rest.get(b_len..)?.strip_prefix('/')?;
        let y_len = year_part.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&b_len) || !(y_len == 4 || y_len == 2) {
            continue;
        }
        let (Some(a), Some(b), Some(y)) = (
            line.get(a_start..at).and_then(|t| t.parse::<u32>().ok()),
            rest.get(..b_len).and_then(|t| t.parse::<u32>().ok()),
            year_part.get(..y_len).and_then(|t| t.parse::<i32>().ok()),
        ) else {
            continue;
        };
        let tail = year_part.get(y_len..).unwrap_or_default();
        // "06/10/26 5:32 PM ET": a two-digit year (this century's, as news pages write it)
        // is read only with a clock time after it, which no score or fraction has; the date
        // pattern reads no such date, so one whose order the numbers give is read here too.
        let y = if y_len == 2 {
            if !starts_with_clock(tail) {
                continue;
            }
            if a != b && (a > 12 || b > 12) && a.max(b) <= 31 {
                let (month, day) = if a > 12 { (b, a) } else { (a, b) };
                match PartialDate::new(Some(2000 + y), month, day) {
                    Some(date) => return Some((date, 2)),
                    None => continue,
                }
            }
            2000 + y
        } else {
            y
        };
        if !(a <= 12 && b <= 12 && a != b) {
            continue;
        }
        let zone = tail
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|t| !t.is_empty())
            .find(|t| !["AM", "PM", "A", "M", "P"].contains(&t.to_ascii_uppercase().as_str()))?;
        let date = if DAY_FIRST_ZONES.contains(&zone) {
            PartialDate::new(Some(y), b, a)?
        } else if MONTH_FIRST_ZONES.contains(&zone) {
            PartialDate::new(Some(y), a, b)?
        } else {
            return None;
        };
        let label = before.get(..a_start).unwrap_or_default().to_ascii_lowercase();
        let last_at = |keys: &[&str]| keys.iter().filter_map(|k| label.rfind(k)).max();
        let priority = match (
            last_at(&["published", "posted", "first"]),
            last_at(&["updated", "modified", "edited"]),
        ) {
            (Some(p), Some(u)) if u > p => 1,
            (Some(_), _) => 3,
            (None, Some(_)) => 1,
            (None, None) => 2,
        };
        return Some((date, priority));
    }
    None
}

/// "last updated: 23/07 - 10:05": a day and month with no year, right after a date label,
/// read when a number above 12 shows which is the day (a score or fraction has no label);
/// with the priority the label gives, as for the head's other dates.
fn labelled_day_month(line: &str) -> Option<(PartialDate, u8)> {
    // A label's colon, then a slash: one byte search each rules out most lines.
    let colon = memchr::memchr(b':', line.as_bytes())?;
    memchr::memchr(b'/', line.as_bytes().get(colon..)?)?;
    let mut words = line.words();
    let label = words.find(|w| w.ends_with(':') && is_date_label(w))?;
    let (a, rest) = words.next()?.split_once('/')?;
    let b = rest.trim_end_matches([',', ';']);
    let number = |t: &str| {
        ((1..=2).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit()))
            .then(|| t.parse::<u32>().ok())
            .flatten()
    };
    let (a, b) = (number(a)?, number(b)?);
    let date = match (a > 12, b > 12) {
        (true, false) => PartialDate::new(None, b, a)?,
        (false, true) => PartialDate::new(None, a, b)?,
        _ => return None,
    };
    let label = label.trim_end_matches(':').to_ascii_lowercase();
    let priority = match label.as_str() {
        "crawled" | "retrieved" | "accessed" | "fetched" | "scraped" => 0,
        "updated" | "modified" | "edited" => 1,
        _ => 3,
    };
    Some((date, priority))
}

/// Whether `s` opens (after spaces or a comma) with a clock time: "5:32 PM", ", 17:05".
fn starts_with_clock(s: &str) -> bool {
    let s = s.trim_start_matches([' ', ',']).as_bytes();
    let hours = s.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&hours)
        && s.get(hours) == Some(&b':')
        && s.get(hours + 1..hours + 3).is_some_and(|m| m.iter().all(u8::is_ascii_digit))
}

/// "NAIROBI, Kenya, May 12, 2026/Example Wire/ --" on a line of its own above a press
/// release: the release service, the date, and the place.
fn release_dateline(
    cleaner: &Cleaner,
    text: &str,
    paras: &[Para],
    layout: Layout,
    found: &mut Found,
) {
    for (i, p) in paras.iter().enumerate().take(layout.story_start + 2) {
        if p.lines != 1 || p.words > 14 {
            continue;
        }
        let s = super::trim_end_fast(text.get(p.span.range()).unwrap_or_default());
        // Each dash ends in '-' or in 0x93 ('–') or 0x94 ('—'): one byte test first.
        if !s.as_bytes().last().is_some_and(|b| matches!(b, b'-' | 0x93 | 0x94)) {
            continue;
        }
        let Some(rest) = ["--", "—", "–"].iter().find_map(|d| s.strip_suffix(d)) else {
            continue;
        };
        let rest = rest.trim_end();
        let (inner, open) = match rest.strip_suffix('/') {
            Some(inner) => (inner, '/'),
            None => match rest.strip_suffix(')') {
                Some(inner) => (inner, '('),
                None => continue,
            },
        };
        let Some(at) = inner.rfind(open) else { continue };
        let service = inner.get(at + 1..).unwrap_or_default().trim();
        let head = inner.get(..at).unwrap_or_default();
        let service_words = service.words().count();
        if !(1..=3).contains(&service_words) || !service.words().all(is_capitalized_token) {
            continue;
        }
        let Some((date_span, date)) = find_dates(head, cleaner.year).last() else { continue };
        found.sources.push(Candidate { value: service.to_string(), priority: 3, position: i });
        found.dates.push(Candidate { value: date, priority: 2, position: i });
        if found.dateline.is_none() {
            let place = head.get(..date_span.start).unwrap_or_default();
            let place = place.trim_end().trim_end_matches(',').trim();
            if !place.is_empty() && place.len() <= 40 {
                found.dateline = Some(place.to_string());
            }
        }
        return;
    }
}

/// "Political Correspondent", "Staff Writer": a line ending in a newsroom job's word.
pub(super) fn ends_in_job_title(s: &str) -> bool {
    s.words().next_back().is_some_and(super::is_staff_word)
}

/// Where the capitalized name opening `rest` ends: its words run to the first word in lower
/// case (connectives such as "of" inside the name excepted), up to five words, and stop after
/// a word that ends in one of `stops` or a possessive ("'s"), which is not part of the name.
fn leading_name_end(rest: &str, stops: &[char]) -> usize {
    let mut end = 0;
    let mut words = 0;
    for w in rest.split(' ') {
        let at = w.as_ptr() as usize - rest.as_ptr() as usize;
        let bare = w.trim_end_matches(stops);
        let bare = bare.strip_suffix("'s").or_else(|| bare.strip_suffix("’s")).unwrap_or(bare);
        let connective = words > 0 && is_connective(bare);
        if bare.is_empty() || !(connective || is_capitalized_token(bare)) {
            break;
        }
        words += 1;
        if !connective {
            end = at + bare.len();
        }
        // A trimmed stop or possessive ends the name.
        if bare.len() < w.len() || words == 5 {
            break;
        }
    }
    end
}
/// Whether `name` is written whole in the page's head (its first 2000 bytes) or in its foot:
/// where a site prints its own name, on its masthead and on its copyright line.
fn written_at_head_or_foot(text: &str, name: &str) -> bool {
    let mut foot_start = text.len().saturating_sub(FOOTER_BYTES);
    while !text.is_char_boundary(foot_start) {
        foot_start += 1;
    }
    [head_of(text, 2000), text.get(foot_start..).unwrap_or_default()]
        .iter()
        .any(|hay| find_whole(hay, name).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines of the metadata shapes the gated rules read, and of none.
    const LINE: &str =
        "((By|by|Written by|WRITTEN BY|Oct\\. [0-9]{1,2}|October 7, 2015|Published:|Updated:|Example Times|NAME|2026|\
                        03/04/2025|10:05|14:22 GMT|https://x\\.example/2026/11/18/a|\\||/|-|–|·|\
                        Belgrade|[a-zA-Z]{1,8}|[0-9]{1,4})[ ,]{0,2}){0,10}";

    /// Whether `cleaner`'s rules gated on a mark find anything in `line`, each alone.
    fn gated_rules_find(cleaner: &Cleaner, line: &str) -> [bool; 6] {
        let upper = line.to_ascii_uppercase();
        let mut found = Found::default();
        outlet_before_date(cleaner, line, line, 0, &mut found);
        let mut years = YearHints::default();
        years.day_month_order_unknown(line);
        years.dated_address(line);
        [
            super::super::by_position(line).is_some()
                || super::super::by_position(&upper).is_some(),
            find_dates(line, None).next().is_some(),
            !found.sources.is_empty(),
            !years.either_way.is_empty(),
            slashed_date_by_zone(line).is_some() || labelled_day_month(line).is_some(),
            place_before_date_label(cleaner, line, None).is_some(),
        ]
    }

    /// What each of [`gated_rules_find`]'s rules needs of the line's marks.
    fn marks_allow(marks: u16) -> [bool; 6] {
        let parted = mark::BAR | mark::SLASH | mark::DASH | mark::COLON | mark::NON_ASCII;
        [
            marks & mark::BY != 0,
            marks & mark::DIGIT != 0,
            marks & parted != 0,
            marks & (mark::SLASH | mark::DASH) != 0,
            marks & mark::SLASH != 0,
            marks & mark::BAR != 0,
        ]
    }

    #[test]
    fn a_rule_finds_nothing_in_a_line_without_the_marks_it_is_gated_on() {
        let cleaner = super::super::CleanerBuilder::new().build();
        let lines = [
            "By Jane Doe | Example Times | Belgrade | February 10, 2026",
            "Example Daily Inquirer / 06:02 AM October 20, 2025",
            "Published: 03/04/2025 14:22 GMT",
            "last updated: 23/07 - 10:05",
            "Updated: 04-03-2025 14:27 IST | Created: 04-03-2025 11:05 IST",
            "written by jane doe",
            "https://news.example/2026/11/18/talks-resume",
            "Talks resume as ministers meet",
        ];
        for line in lines {
            let found = gated_rules_find(&cleaner, line);
            let allowed = marks_allow(super::super::marks_of(line));
            for (k, (f, a)) in found.iter().zip(allowed).enumerate() {
                assert!(!f || a, "rule {k} finds something in {line:?} without its mark");
            }
        }
    }

    #[test]
    fn a_case_blind_search_finds_what_a_lower_cased_copy_holds() {
        for hay in [
            "(Reporting by Jane Doe; Editing by John Roe)",
            "(Reporting by Jane Doe; EDITING BY John Roe)",
            "(Reporting by Jane Doe; editing by)",
            "(Reporting by Jane Doe; Editing John Roe)",
            "Editing by",
            "editing b",
            "",
            "Caf\u{e9} editing by",
        ] {
            let want = hay.to_ascii_lowercase().contains("editing by ");
            assert_eq!(contains_ignoring_case(hay, "editing by "), want, "{hay:?}");
        }
    }

    #[test]
    fn head_lines_past_the_stack_go_on_in_a_vector_in_order() {
        let mut lines = HeadLines::new();
        let want: Vec<(usize, Span)> =
            (0..HEAD_LINES + 5).map(|i| (i, Span::new(i, i + 1))).collect();
        for (k, &line) in want.iter().enumerate() {
            assert_eq!(lines.as_slice(), want.get(..k).unwrap_or_default());
            lines.push(line);
        }
        assert_eq!(lines.as_slice(), &want[..]);
    }

    #[test]
    fn one_search_over_the_lead_finds_what_a_search_of_each_paragraph_finds() {
        let cleaner = super::super::CleanerBuilder::new().build();
        let text = "KYIV (Example) Interfax reports. The mayor spoke, Ukrinform reports.\n\n\
                    Nothing here reports anything.\n\n\
                    Fees rose, a TASS correspondent reports that trade fell, AFP reports.\n\n\
                    The last one, AFP reports";
        let mut paras = Vec::new();
        let mut at = 0;
        for block in text.split("\n\n") {
            paras.push(super::super::features(block, Span::new(at, at + block.len()), 1));
            at += block.len() + 2;
        }
        // A dateline cut off the first paragraph: a name in it is no longer the paragraph's.
        if let Some(first) = paras.first_mut() {
            first.span = Span::new(first.span.start + 32, first.span.end);
        }
        for from in 0..paras.len() {
            let lead = paras.get(from..).unwrap_or_default();
            let mut got = Vec::new();
            reports_in(&cleaner, text, lead, |k, name| got.push((k, name)));
            let want: Vec<(usize, &str)> = lead
                .iter()
                .enumerate()
                .filter_map(|(k, p)| {
                    Some((k, reports_itself(&cleaner, text.get(p.span.range())?)?))
                })
                .collect();
            assert_eq!(got, want, "from paragraph {from}");
            if from == 0 {
                assert!(got.len() >= 2, "{got:?}");
            }
        }
    }

    #[test]
    fn the_word_test_for_a_separator_agrees_with_the_byte_test() {
        for s in [
            "Talks to resume next week as ministers meet in the capital",
            "Talks to resume | World | Example Times",
            "Home / World / Talks",
            "Home > World > Talks to resume next week",
            "World \u{203a} Talks to resume next week",
            "Talks \u{2014} diplomat",
            "Talks \u{bb} World",
            "Caf\u{e9} owners meet",
            "a:b",
            "",
            "x-",
        ] {
            let want = s
                .bytes()
                .any(|b| matches!(b, b'/' | b'>' | b'|' | b'-' | b':' | 0xBB | 0xBA | 0x93 | 0x94));
            assert_eq!(may_hold_separator(s), want, "{s:?}");
            let want = s.bytes().any(|b| matches!(b, b'/' | b'>' | 0xBB | 0xBA));
            assert_eq!(may_hold_crumb_separator(s), want, "{s:?}");
        }
    }

    #[test]
    fn a_ticker_arrow_marks_a_news_bar_and_other_symbols_do_not() {
        for (line, want) in [
            ("KOSPI 3,184.43 \u{25b2}0.62%", true),
            ("Nikkei 38,101 \u{25bc}1.2%", true),
            ("\u{25a0} Talks to resume next week \u{2013} diplomat", false),
            ("Talks to resume next week", false),
            ("Trending: Budget | Elections", true),
            ("", false),
        ] {
            assert_eq!(is_news_bar(line), want, "{line:?}");
        }
    }

    #[test]
    fn the_promotion_openers_by_lead_byte_are_those_opening_with_it() {
        for lead in 0..=255u8 {
            let want: Vec<usize> = (0..PROMO_OPENERS.len())
                .filter(|&k| PROMO_OPENERS[k].as_bytes().first() == Some(&lead))
                .collect();
            let bits = PROMO_BY_LEAD[usize::from(lead)];
            let got: Vec<usize> = (0..32).filter(|k| bits & (1 << k) != 0).collect();
            assert_eq!(got, want, "{lead}");
        }
    }

    #[test]
    fn a_connective_is_a_listed_word_of_three_bytes_or_fewer() {
        assert!(NAME_CONNECTIVES.iter().all(|c| c.len() <= 3 && c.is_ascii()));
        for w in ["of", "OF", "The", "&", "Del", "Times", "ofs", "\u{212a}", "", "Of."] {
            assert_eq!(is_connective(w), is_listed(NAME_CONNECTIVES, w), "{w:?}");
        }
    }

    #[test]
    fn fast_trim_trims_as_str_trim_does() {
        for s in [
            "Jane Smith",
            " Jane Smith",
            "Jane Smith\t",
            "\u{a0}Jane Smith",
            "Jane Smith\u{2003}",
            "\u{2014} AFP",
            "Caf\u{e9}",
            "",
            " ",
            "\n\n",
            "x",
        ] {
            assert_eq!(trim_fast(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn the_marks_stand_in_for_the_byte_search_for_a_dot_bar_or_bullet() {
        for s in ["Jane Smith", "Jane Smith | Example Times", "Jane \u{b7} Times", "Caf\u{e9}"] {
            let want = has_no_dot_bar_bullet(s);
            assert_eq!(no_dot_bar_bullet(s, super::super::marks_of(s)), want, "{s:?}");
            assert_eq!(no_dot_bar_bullet(s, mark::ALL), want, "{s:?}");
        }
    }

    #[test]
    fn an_outlet_shape_is_read_the_same_from_its_words() {
        for (name, want) in [
            ("The Example Ledger", true),
            ("Waco Tribune-Ledger", true),
            ("Voice of the Ledger", true),
            ("Example Times of India", false),
            ("Ledger", false),
            ("The Example Ledger of the North Ledger", false),
            ("Jane Doe", false),
            ("the Example Ledger", false),
            ("Example-", false),
            ("", false),
        ] {
            assert_eq!(is_outlet_shape(name), want, "{name:?}");
            let words: Vec<&str> = name.split_whitespace().collect();
            assert_eq!(outlet_shape_of(&words), want, "{name:?}");
        }
        assert_eq!(hyphen_tail("Tribune-Ledger"), "Ledger");
        assert_eq!(hyphen_tail("Ledger"), "Ledger");
        assert_eq!(hyphen_tail("Ledger-"), "");
    }

    #[test]
    fn a_line_holds_a_dot_bar_or_bullet_as_a_byte_search_finds_one() {
        for s in [
            "Jane Smith",
            "Jane Smith | Example Times",
            "Jane Smith \u{b7} Example Times",
            "Jane Smith \u{2022} Example Times",
            "Jane Smith \u{2014} Example Times",
            "Caf\u{e9} Times",
            "",
            "|",
            "a long line of more than sixty-four bytes, with a bar at its very end |",
            "a long line of more than sixty-four bytes, with nothing at its very end",
        ] {
            let want = memchr::memchr3(b'|', 0xC2, 0xE2, s.as_bytes()).is_none();
            assert_eq!(has_no_dot_bar_bullet(s), want, "{s:?}");
        }
    }

    #[test]
    fn two_spaces_are_found_where_a_substring_search_finds_them() {
        for s in [
            "",
            " ",
            "  ",
            "Home  News",
            "1234567  x",
            "12345678  x",
            "1234567 8 9  x",
            "a b c d e f g h i",
            "WORLD  MIDDLE EAST  x",
            "\u{e9}\u{a0}  x",
        ] {
            let want = memchr::memmem::find(s.as_bytes(), b"  ");
            assert_eq!(first_double_space(s.as_bytes()), want, "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn two_spaces_are_found_in_any_line(s in "[ ab\u{a0}]{0,24}") {
            let want = memchr::memmem::find(s.as_bytes(), b"  ");
            proptest::prop_assert_eq!(first_double_space(s.as_bytes()), want);
        }
    }

    #[test]
    fn title_case_small_words_are_short_enough_for_the_length_test() {
        assert!(TITLE_CASE_SMALL.iter().all(|w| w.len() <= 4));
        for (line, want) in [
            ("Talks on Hold as Rates Rise", true),
            ("Talks With Unions Resume Today", true),
            ("Talks with unions resume today", false),
            ("Harbour Fees To Rise Next Spring", true),
        ] {
            assert_eq!(is_title_case_headline(line), want, "{line:?}");
        }
    }

    #[test]
    fn a_line_ends_in_an_initialism_only_after_single_capitals_with_dots() {
        let cases: &[(&str, bool)] = &[
            ("Mayor says deal is close with U.S.", true),
            ("Talks resume in the U.K. ", true),
            ("Talks resume in the U.K....", true),
            ("Officials said talks would resume.", false),
            ("Deal agreed with US.", false),
            ("Deal with u.s.", false),
            ("Talks resume ...", false),
            ("A.", false),
            ("", false),
            ("Talks end in the U.N.O.", true),
            ("Talks with Ph.D.", false),
        ];
        for &(line, want) in cases {
            assert_eq!(ends_in_initialism(line), want, "{line:?}");
        }
    }

    #[test]
    fn words_are_counted_up_to_a_limit_as_the_word_split_counts_them() {
        let cases: &[(&str, usize, usize)] = &[
            ("", 5, 0),
            ("   ", 5, 0),
            ("Talks resume", 5, 2),
            ("  Talks\tresume\u{b}in  the capital today ", 5, 5),
            ("Talks resume in the capital today", 11, 6),
            ("one two three four five six seven eight nine", 4, 4),
            ("abcdefgh ijklmnop", 5, 2),
            ("abcdefg hijklmnop", 5, 2),
            ("abcdefgh\nijklmnop q", 5, 3),
            ("Z\u{fc}rich talks\u{a0}resume", 5, 3),
            ("a b", 0, 0),
        ];
        for &(line, limit, want) in cases {
            assert_eq!(words_up_to(line, limit), want, "{line:?}");
            assert_eq!(line.words().take(limit).count(), want, "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_word_count_in_lanes_agrees_with_the_word_split(
            line in "[a-z \t\n\u{b}\u{c}\r.,]{0,40}(\u{a0}|é)?[a-z ]{0,10}",
            limit in 0usize..14
        ) {
            proptest::prop_assert_eq!(words_up_to(&line, limit), line.words().take(limit).count());
        }
    }

    #[test]
    fn a_name_is_split_into_shaped_words_in_one_pass_as_word_by_word() {
        // (line, its name-shaped words, or `None`)
        let cases: &[(&str, Option<&[&str]>)] = &[
            ("Jane Smith", Some(&["Jane", "Smith"])),
            ("  Jane\tO'Neil-Smith ", Some(&["Jane", "O'Neil-Smith"])),
            ("Ludwig van Beethoven", Some(&["Ludwig", "van", "Beethoven"])),
            ("A B C D", Some(&["A", "B", "C", "D"])),
            ("A B C D E", None),
            ("Jane Smith2", None),
            ("Jane smith", None),
            ("Jane Smith,", None),
            ("Jane_Smith", None),
            ("Jane\u{b}Smith", Some(&["Jane", "Smith"])),
            ("", Some(&[])),
            ("   ", Some(&[])),
            ("Zo\u{eb} Smith", Some(&["Zo\u{eb}", "Smith"])),
        ];
        for &(line, want) in cases {
            let mut words = [""; 4];
            let got = name_shaped_words(line, &mut words).map(|n| words[..n].to_vec());
            assert_eq!(got.as_deref(), want, "{line:?}");
            let mut by_chars = [""; 4];
            let slow =
                name_shaped_words_by_chars(line, &mut by_chars).map(|n| by_chars[..n].to_vec());
            assert_eq!(got, slow, "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_and_word_by_word_find_the_same_name_words(
            line in "([A-Za-z]{0,2}[a-z0-9'.&/_,-]{0,3}[ \t\u{b}]{0,2}){0,6}"
        ) {
            let (mut fast, mut slow) = ([""; 4], [""; 4]);
            let got = name_shaped_words(&line, &mut fast).map(|n| fast[..n].to_vec());
            let want = name_shaped_words_by_chars(&line, &mut slow).map(|n| slow[..n].to_vec());
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn the_outlet_word_lookup_agrees_with_a_scan_of_the_list() {
        let scan = |w: &str| super::super::OUTLET_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w));
        for word in [
            "Times",
            "TIMES",
            "times",
            "Gazette",
            "Post",
            "Posts",
            "Daily",
            "Zeitung",
            "Mail",
            "Tribune",
            "Tribunes",
            "Time",
            "Minister",
            "",
            "T",
            "Ti\u{301}mes",
            "\u{212a}",
            "Chronicle",
            "chronicler",
            "Independent",
        ] {
            assert_eq!(is_outlet_word(word), scan(word), "{word:?}");
        }
        for &listed in super::super::OUTLET_WORDS {
            assert!(is_outlet_word(listed) && is_outlet_word(&listed.to_ascii_uppercase()));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_marks_gate_no_rule_that_would_find_something(line in LINE) {
            static CLEANER: OnceLock<Cleaner> = OnceLock::new();
            let cleaner = CLEANER.get_or_init(|| super::super::CleanerBuilder::new().build());
            let found = gated_rules_find(cleaner, &line);
            let allowed = marks_allow(super::super::marks_of(&line));
            for (f, a) in found.iter().zip(allowed) {
                proptest::prop_assert!(!f || a, "{line:?}");
            }
        }
    }
}
