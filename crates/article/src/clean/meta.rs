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
    features, head_of, is_all_caps, is_capitalized_token, is_not_name, Candidate, Cleaner, Layout,
    Para,
};
use crate::date::{find_dates, MONTH};

/// How many paragraphs from the end may hold an agency's sign-off.
const SIGN_OFF_PARAGRAPHS: usize = 6;
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

fn is_section_word(name: &str) -> bool {
    SECTION_WORDS.iter().any(|w| w.eq_ignore_ascii_case(name))
}

/// Small words inside an outlet's name ("Voice of America", "The Times of India").
const NAME_CONNECTIVES: &[&str] = &["of", "the", "and", "&", "for", "de", "del", "la", "el", "al"];

/// Whether `s` has the shape of a site's name: one to three capitalized words (and small
/// words between them: "The Times of India"), no sentence punctuation, no date. A Title
/// Case headline has four capitalized words or more.
fn is_site_name(s: &str) -> bool {
    let mut words = 0;
    for (k, w) in s.split_whitespace().enumerate() {
        let connective = k > 0 && NAME_CONNECTIVES.contains(&w.to_lowercase().as_str());
        if !connective && !is_capitalized_token(w) {
            return false;
        }
        words += u32::from(!connective);
    }
    (1..=3).contains(&words)
        && s.len() <= 40
        && s.split_whitespace().next().is_some_and(|w| !is_not_name(w))
        && !is_section_word(s)
        && !s.ends_with(['.', ',', ':'])
        && find_dates(s, None).next().is_none()
}

/// A line of a site's menu: three or more items separated by bars, bullets or wide gaps.
fn is_menu_line(s: &str) -> bool {
    let bars = s.matches(['|', '•', '·']).count();
    let gaps = wide_gaps(s).count();
    let final_stop = s.trim_end().ends_with(['.', '!', '?']);
    !final_stop && (bars >= 2 || gaps >= 3)
}

/// Whether `name` is written in `hay` as a whole word sequence, exactly or capitalized
/// ("UKRINFORM" as "Ukrinform").
fn mentions(hay: &str, name: &str) -> bool {
    let whole = |at: usize| {
        let before_ok = hay
            .get(..at)
            .and_then(|b| b.chars().next_back())
            .map_or(true, |c| !c.is_alphanumeric());
        let after_ok = hay
            .get(at + name.len()..)
            .and_then(|a| a.chars().next())
            .map_or(true, |c| !c.is_alphanumeric());
        before_ok && after_ok
    };
    let found = |needle: &str| hay.match_indices(needle).any(|(at, _)| whole(at));
    if found(name) {
        return true;
    }
    // An all-caps masthead is written capitalized in the story ("told Ukrinform").
    let capitalized = name
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().into_iter().chain(chars.flat_map(char::to_lowercase)).collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ");
    capitalized != name && found(&capitalized)
}

/// The site's name from its masthead: the page's first line, when a menu line follows it
/// within a few lines, or when it is the first item of a menu and the footer names the site
/// again. Returns the name and where the masthead block (with its tagline and menu) ends.
pub(super) fn masthead(cleaner: &Cleaner, text: &str) -> Option<(Span, usize)> {
    let head = head_of(text, 2000);
    let mut lines = head.lines().map(str::trim).skip_while(|l| l.is_empty());
    let first = lines.next()?;
    let line_end = |line: &str| line.as_ptr() as usize - text.as_ptr() as usize + line.len();
    let span_of = |name: &str| {
        let start = name.as_ptr() as usize - text.as_ptr() as usize;
        Span::new(start, start + name.len())
    };
    let first_segment = first.split(['|', '•']).next().unwrap_or_default().trim();
    let opens_bar_menu = first_segment.len() < first.len();
    let name = if opens_bar_menu {
        first_segment
    } else {
        // "Home  News  Sport": wide gaps separate menu items too.
        before_wide_gap(first).trim()
    };
    if !is_site_name(name) {
        return None;
    }
    if name.len() == first.len() {
        // The name alone on the first line, then a tagline or two, then the menu; a listed
        // outlet's name needs no menu to show it is the site's.
        let menu =
            lines.take(MASTHEAD_MENU_LINES).take_while(|l| !l.is_empty()).find(|l| is_menu_line(l));
        return match menu {
            Some(menu) => Some((span_of(name), line_end(menu))),
            None if cleaner.agencies.contains(&name.to_lowercase()) => {
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
    let repeated = opens_bar_menu && text.get(start..).is_some_and(|footer| mentions(footer, name));
    // Wide gaps alone separate the columns of a table as well as a menu's items.
    (opens_bar_menu && is_menu_line(first) && repeated).then(|| (span_of(name), line_end(first)))
}

/// An agency signing off at the foot of its copy: "QNA", "--IANS", "==Kyodo", "— TASS",
/// "PTI ABC DEF" (the agency, then its desk's initials).
pub(super) fn sign_off(cleaner: &Cleaner, text: &str, paras: &[Para]) -> Option<(String, usize)> {
    for (i, p) in paras.iter().enumerate().rev().take(SIGN_OFF_PARAGRAPHS) {
        if p.lines != 1 || p.words > 6 {
            continue;
        }
        let s = text.get(p.span.range()).unwrap_or_default();
        // "(With inputs from PTI)": copy built on an agency's.
        static INPUTS: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
        let inputs = INPUTS.get_or_init(|| memchr::memmem::Finder::new("inputs from "));
        if let Some(at) = inputs.find(s.as_bytes()) {
            let name = s.get(at + 12..).unwrap_or_default().trim_end_matches([')', '.', ' ']);
            let name = name.strip_prefix("the ").unwrap_or(name);
            if cleaner.agencies.contains(&name.to_lowercase()) {
                return Some((name.to_string(), i));
            }
        }
        let s = s.trim_start_matches(|c: char| c.is_whitespace() || "-–—=~*".contains(c));
        let s = s.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
        let mut tokens = s.split_whitespace();
        let Some(first) = tokens.next() else { continue };
        let initials =
            tokens.all(|t| (2..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase()));
        if initials && cleaner.agencies.contains(&first.to_lowercase()) {
            return Some((first.to_string(), i));
        }
    }
    None
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
    if cleaner.agencies.contains(&name.to_lowercase()) || super::is_outlet_name(name) {
        return Some(name);
    }
    // "CNN Politics": a listed outlet and its section.
    let first = name.split_whitespace().next()?;
    (name.split_whitespace().count() <= 3 && cleaner.agencies.contains(&first.to_lowercase()))
        .then_some(first)
}

/// "Home / World / Talks on Syria to resume next week": the headline after the path of
/// sections a page prints above it.
pub(super) fn after_breadcrumb(p: &Para, s: &str) -> Option<Span> {
    if p.lines != 1 || !may_hold_separator(s) {
        return None;
    }
    let seps = [" / ", " > ", " » ", " › "];
    let sep = seps.iter().find(|sep| s.contains(**sep))?;
    let last_at = s.rfind(sep)?;
    let crumbs = s.get(..last_at)?;
    let crumb_count = crumbs.split(sep).count();
    let opens_home =
        crumbs.split(sep).next().is_some_and(|c| c.trim().eq_ignore_ascii_case("home"));
    let short_crumbs = crumbs.split(sep).all(|c| {
        let c = c.trim();
        (1..=4).contains(&c.split_whitespace().count())
            && c.chars().next().is_some_and(|ch| ch.is_uppercase())
    });
    if !short_crumbs || !(opens_home || crumb_count >= 2) {
        return None;
    }
    let headline_at = last_at + sep.len();
    let headline = s.get(headline_at..)?.trim_end();
    (headline.split_whitespace().count() >= 4)
        .then(|| Span::new(p.span.start + headline_at, p.span.start + headline_at + headline.len()))
}

/// Whether the rest of a page title after a separator names a site or section ("| World |
/// Example Times"), not a part of the headline ("— diplomat", ": what we know").
pub(super) fn is_site_tail(part: &str) -> bool {
    part.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The lines of the head that may be metadata lines (by-lines, date lines), with the index
/// of their paragraph. A block of short lines above the story can be grouped into one
/// paragraph (a masthead and a date line, a by-line and a date line); its lines are looked
/// at one by one.
pub(super) fn head_meta_lines(text: &str, paras: &[Para], layout: Layout) -> Vec<(usize, Span)> {
    let mut out = Vec::new();
    for (i, p) in paras.iter().enumerate().take(layout.head_end) {
        if p.lines == 1 {
            if !p.sentence_like() || p.words <= 12 {
                out.push((i, p.span));
            }
            continue;
        }
        if i >= layout.story_start {
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
    out
}

fn no_dash_dateline_regex() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        let up = "[A-ZÀ-ÖØ-Þ]";
        let letters = r#"[^\s0-9,:;|()/"“”–—.]"#;
        let pattern = format!(
            r"^(?P<place>{up}{letters}*(?:[ /]{up}{letters}*){{0,3}}(?:,\s*{up}{letters}*)?)(?:,?\s*(?P<date>(?:{MONTH})\.?\s+[0-9]{{1,2}}(?:,?\s*[0-9]{{4}})?))?\.?\s*(?:\((?P<paren>[^()\n]{{1,40}})\)|/(?P<slash>[^/\s][^/\n]{{0,39}})/)\.?\s+"
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
    // Cheap test first: the agency's bracket or slash comes early.
    if !head.bytes().any(|b| b == b'(' || b == b'/') {
        return None;
    }
    let caps = no_dash_dateline_regex()?.captures(head)?;
    let whole = caps.get(0)?;
    let place = caps.name("place").map(|m| m.as_str().trim_end_matches([',', ' ']));
    let date = caps.name("date").map(|m| m.as_str());
    let source = caps.name("paren").or_else(|| caps.name("slash")).map(|m| m.as_str().trim())?;
    let agency_like = cleaner.agencies.contains(&source.to_lowercase())
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
    let tokens: Vec<&str> = place.split_whitespace().collect();
    let shaped = (1..=3).contains(&tokens.len())
        && tokens.iter().all(|t| is_capitalized_token(t.trim_end_matches(',')))
        && tokens.first().is_some_and(|t| !is_not_name(t))
        && !is_section_word(place)
        && !cleaner.agencies.contains(&place.to_lowercase());
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

/// The publication date, with the year taken from another date on the page with the same
/// month and day when the chosen one has none ("MOSCOW, Oct 9" under "October 9, 2024"), or
/// else from the page's copyright line.
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
        .and_then(|d| d.year())
        .or(hints.copyright);
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
/// menu items instead). Returns the part before the dash.
pub(super) fn dash_joined_head(s: &str) -> Option<&str> {
    if s.contains(['|', '•']) {
        return None;
    }
    let (at, dash) = [" — ", " – ", " - "].iter().find_map(|d| s.find(d).map(|at| (at, *d)))?;
    let tail = s.get(at + dash.len()..)?;
    let attribution =
        (1..=3).contains(&tail.split_whitespace().count()) && tail.chars().any(char::is_alphabetic);
    attribution.then(|| s.get(..at)).flatten()
}

/// Words that label a page's date line ("First Published:", "Last Updated:").
pub(super) fn is_date_label(word: &str) -> bool {
    ["published", "updated", "posted", "modified", "issued", "edited", "created"]
        .iter()
        .any(|l| l.eq_ignore_ascii_case(word.trim_end_matches(':')))
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
    /// Notes the dates in `line` whose day and month order is unknown: "04/03/2024" is March 4
    /// or April 3, and confirms whichever a dateline names.
    pub(super) fn day_month_order_unknown(&mut self, line: &str) {
        let bytes = line.as_bytes();
        for (at, _) in line.match_indices('/') {
            // Only the first slash of "a/b/yyyy": a digit before it, and no slash just before.
            let Some(a_start) = line
                .get(..at)
                .map(|b| b.len() - b.bytes().rev().take_while(u8::is_ascii_digit).count())
            else {
                continue;
            };
            if at - a_start == 0
                || at - a_start > 2
                || a_start > 0 && bytes.get(a_start - 1) == Some(&b'/')
            {
                continue;
            }
            let rest = line.get(at + 1..).unwrap_or_default();
            let mut parts = rest.splitn(3, '/');
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
    for w in s.split_whitespace() {
        let first = w.chars().find(|c| c.is_alphanumeric());
        let ok = first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || TITLE_CASE_SMALL.contains(&w);
        if !ok {
            return false;
        }
        words += 1;
    }
    words >= 4 && !is_menu_line(s)
}

/// "First published on March 4, 2024" under the story, for a page whose head gives no date:
/// only a labelled line, since the foot also lists other stories with their dates.
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
        let before = s.get(..span.start).unwrap_or_default().to_ascii_lowercase();
        if ["published", "posted", "issued"].iter().any(|l| before.contains(l)) {
            dates.push(Candidate { value: date, priority: 1, position: i });
        }
    }
}

/// A listed agency's name alone on a line ("KYODO", "Arab News", "IANS  Doha" with the
/// place after it).
pub(super) fn agency_line<'t>(cleaner: &Cleaner, s: &'t str) -> Option<&'t str> {
    // Names on the list are short and open with a capital (or a dash before it): most lines
    // are ruled out by their length and first byte, before any splitting or lower-casing.
    let opens_ok =
        s.bytes().next().is_some_and(|b| b.is_ascii_uppercase() || b"-=~*\xe2".contains(&b));
    if s.len() > 40 || !opens_ok || s.bytes().filter(|&b| b == b' ').count() > 8 {
        return None;
    }
    let head = before_wide_gap(s);
    let name = head.trim().trim_matches(|c: char| "-–—=~*".contains(c)).trim();
    let words = name.split_whitespace().count();
    let rest = s.get(head.len()..).unwrap_or_default();
    let rest_is_place = rest.split_whitespace().count() <= 2;
    ((1..=3).contains(&words) && rest_is_place && cleaner.agencies.contains(&name.to_lowercase()))
        .then_some(name)
}

/// The part of a "Source: NAME Published: DATE" line before its date label.
pub(super) fn before_date_label(s: &str) -> &str {
    s.split_whitespace()
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
    let line = s.split('\n').next()?.trim_end();
    let rest = s.get(line.len()..)?;
    let meta_follows =
        find_dates(rest, None).next().is_some() || super::by_position(rest).is_some();
    meta_follows.then(|| Span::new(p.span.start, p.span.start + line.len()))
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
    static REPORTS: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let finder = REPORTS.get_or_init(|| memchr::memmem::Finder::new(" reports"));
    finder.find_iter(s.as_bytes()).find_map(|at| {
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
        let opener = [", ", " a ", " an "]
            .iter()
            .filter_map(|o| before.rfind(o).map(|i| i + o.len()))
            .max()?;
        let name = before.get(opener..)?.trim();
        ((1..=3).contains(&name.split_whitespace().count())
            && cleaner.agencies.contains(&name.to_lowercase()))
        .then_some(name)
    })
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

/// The part of `s` before its first run of two spaces.
fn before_wide_gap(s: &str) -> &str {
    wide_gaps(s).next().and_then(|at| s.get(..at)).unwrap_or(s)
}

/// A byte test run before the substring searches of the breadcrumb and site-name rules:
/// whether `s` holds a byte their separators hold ('/', '>', '|', '-', ':', or the last
/// byte of '»', '›', '–', '—').
fn may_hold_separator(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, b'/' | b'>' | b'|' | b'-' | b':' | 0xBB | 0xBA | 0x93 | 0x94))
}
