//! Date expressions that modify a cue ("said Tuesday", "told reporters on Oct. 6") and their
//! resolution against the publication date.

use whosaid_core::{DateBasis, PartialDate, Weekday};

/// A date expression as written, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateExpr {
    /// "Tuesday": the latest Tuesday on or before publication.
    Weekday(Weekday),
    /// "today" (0), "yesterday" (1), "last night" (1).
    DaysBefore(i64),
    /// "Oct. 6", "October 6, 2015", "6 October".
    Calendar { month: u32, day: u32, year: Option<i32> },
    /// "last week", "earlier this month", "recently", "in August", "in a 2019 interview":
    /// some day, but not which.
    Vague,
    /// "earlier in the day", "later that day": the day the story is telling about, which is
    /// the publication day unless the story has moved to another ("At Tuesday's briefing,
    /// ... Earlier in the day, ...").
    SameDay,
}

/// A word that opens one of the worded date forms of [`parse_at`], in any ASCII case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Opener {
    /// "Monday" ... "Sunday".
    Weekday(Weekday),
    /// "the", "that": only "the same day", "that same day".
    TheOrThat,
    /// "today", "tonight".
    Today,
    /// "yesterday".
    Yesterday,
    /// "last": "last night", "last fall", "last week".
    Last,
    /// "earlier": "Earlier,", "earlier that day", "earlier this week", "earlier in the day".
    Earlier,
    /// "later": "later that day", "later in the day".
    Later,
    /// "in": "in August", "in 2019", "in a 2019 interview".
    In,
    /// "this": "this morning", "this week".
    This,
    /// "recently", "previously".
    Recently,
    /// "at": "at the time", "at that time".
    At,
}

/// The first eight bytes of `word` in little-endian order, each ORed with 0x20, and zero
/// past its end. Only a letter and its capital fold to a lowercase letter, so comparing a
/// key with [`key`] of a lowercase word compares the bytes in any ASCII case.
#[inline]
pub(crate) fn folded_key(word: &[u8]) -> u64 {
    let mut key = 0u64;
    for (k, &b) in word.iter().take(8).enumerate() {
        key |= u64::from(b | 0x20) << (8 * k);
    }
    key
}

/// [`folded_key`] of a lowercase word, for patterns.
const fn key(word: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut k = 0;
    while k < word.len() && k < 8 {
        key |= (word[k] as u64) << (8 * k);
        k += 1;
    }
    key
}

const AT: u64 = key(b"at");
const IN: u64 = key(b"in");
const THE: u64 = key(b"the");
const THAT: u64 = key(b"that");
const THIS: u64 = key(b"this");
const LAST: u64 = key(b"last");
const TODAY: u64 = key(b"today");
const LATER: u64 = key(b"later");
const MONDAY: u64 = key(b"monday");
const FRIDAY: u64 = key(b"friday");
const SUNDAY: u64 = key(b"sunday");
const TONIGHT: u64 = key(b"tonight");
const TUESDAY: u64 = key(b"tuesday");
const EARLIER: u64 = key(b"earlier");
const THURSDAY: u64 = key(b"thursday");
const SATURDAY: u64 = key(b"saturday");
const RECENTLY: u64 = key(b"recently");
const YESTERDA: u64 = key(b"yesterday");
const WEDNESDA: u64 = key(b"wednesday");
const PREVIOUS: u64 = key(b"previously");

/// Which worded date form `word` opens, if any, in any ASCII case.
#[inline]
pub(crate) fn opener(word: &[u8]) -> Option<Opener> {
    opener_keyed(word, folded_key(word))
}

/// [`opener`] given `key`, the word's [`folded_key`]: one match on the length and the key
/// instead of a comparison with every listed word. Every word is asked this, by [`parse_at`]
/// and by the story's note of date words, so a word that opens nothing costs a few
/// instructions.
#[inline]
pub(crate) fn opener_keyed(word: &[u8], key: u64) -> Option<Opener> {
    use Weekday::*;
    // The bytes past the eighth, folded like the key: "yesterday", "previously".
    let tail = |listed: &[u8]| {
        let rest = word.get(8..).unwrap_or(&[]);
        rest.len() == listed.len() && rest.iter().zip(listed).all(|(&b, &l)| b | 0x20 == l)
    };
    Some(match (word.len(), key) {
        (2, AT) => Opener::At,
        (2, IN) => Opener::In,
        (3, THE) | (4, THAT) => Opener::TheOrThat,
        (4, THIS) => Opener::This,
        (4, LAST) => Opener::Last,
        (5, TODAY) | (7, TONIGHT) => Opener::Today,
        (5, LATER) => Opener::Later,
        (6, MONDAY) => Opener::Weekday(Monday),
        (6, FRIDAY) => Opener::Weekday(Friday),
        (6, SUNDAY) => Opener::Weekday(Sunday),
        (7, TUESDAY) => Opener::Weekday(Tuesday),
        (7, EARLIER) => Opener::Earlier,
        (8, THURSDAY) => Opener::Weekday(Thursday),
        (8, SATURDAY) => Opener::Weekday(Saturday),
        (8, RECENTLY) => Opener::Recently,
        (9, YESTERDA) if tail(b"y") => Opener::Yesterday,
        (9, WEDNESDA) if tail(b"y") => Opener::Weekday(Wednesday),
        (10, PREVIOUS) if tail(b"ly") => Opener::Recently,
        _ => return None,
    })
}

/// The month whose name opens with the three bytes of `key` (a [`folded_key`] of a word
/// of three bytes or more, or more bytes, which are ignored), if any.
#[inline]
pub(crate) fn month_of_key(folded: u64) -> Option<u32> {
    const fn opening(name: &[u8; 3]) -> u64 {
        key(name)
    }
    const JAN: u64 = opening(b"jan");
    const FEB: u64 = opening(b"feb");
    const MAR: u64 = opening(b"mar");
    const APR: u64 = opening(b"apr");
    const MAY: u64 = opening(b"may");
    const JUN: u64 = opening(b"jun");
    const JUL: u64 = opening(b"jul");
    const AUG: u64 = opening(b"aug");
    const SEP: u64 = opening(b"sep");
    const OCT: u64 = opening(b"oct");
    const NOV: u64 = opening(b"nov");
    const DEC: u64 = opening(b"dec");
    Some(match folded & 0xff_ffff {
        JAN => 1,
        FEB => 2,
        MAR => 3,
        APR => 4,
        MAY => 5,
        JUN => 6,
        JUL => 7,
        AUG => 8,
        SEP => 9,
        OCT => 10,
        NOV => 11,
        DEC => 12,
        _ => return None,
    })
}

/// The month whose name opens with three lower-case letters, if any.
fn month_of_opening(opening: [u8; 3]) -> Option<u32> {
    month_of_key(key(&opening))
}

/// Whether three lower-case letters open a month's name: most capitalized words fail
/// here, before any pass over the months.
pub(crate) fn opens_like_month(opening: [u8; 3]) -> bool {
    month_of_opening(opening).is_some()
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(word: &str) -> Option<u32> {
    // "May" and "March" are also common words; only the capitalized form is a month.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    // The tokenizer may keep an abbreviation's period: "Oct.".
    let word = word.strip_suffix('.').unwrap_or(word);
    // A name or an abbreviation (three letters or more) opens with a month's first three
    // letters, and no two months share them: the opening names the one month to compare.
    let opening = match word.as_bytes() {
        [a, b, c, ..] => [a.to_ascii_lowercase(), b.to_ascii_lowercase(), c.to_ascii_lowercase()],
        _ => return None,
    };
    let number = month_of_opening(opening)?;
    let name = MONTHS.get(usize::try_from(number).ok()?.checked_sub(1)?)?;
    if word.eq_ignore_ascii_case(name) {
        return Some(number);
    }
    // Abbreviations: "Oct", "Sept", "Sep".
    let abbreviation_ok = word.len() < name.len()
        && word.len() <= 4
        && name.get(..word.len()).is_some_and(|p| p.eq_ignore_ascii_case(word));
    abbreviation_ok.then_some(number)
}

fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // "6th"
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(word: &str) -> Option<i32> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok().filter(|y| (1900..=2100).contains(y))
    } else {
        None
    }
}

/// Parses a date expression starting at token `i`; `word(i)` gives token texts. Returns the
/// expression and the index just past it.
pub(crate) fn parse_at<'t>(
    word: impl Fn(usize) -> Option<&'t str>,
    i: usize,
) -> Option<(DateExpr, usize)> {
    let w = word(i)?;
    let lower_is = |j: usize, s: &str| word(j).is_some_and(|t| t.eq_ignore_ascii_case(s));
    // A number starts only a day before its month ("6 October"); any other word either is
    // one listed opener, whose form alone is read on, or can only be a month's name.
    match w.as_bytes() {
        [b, ..] if b.is_ascii_digit() => return day_first_date(&word, i, w),
        [] => return None,
        _ => {}
    }
    let Some(opener) = opener(w.as_bytes()) else {
        return month_first_date(&word, i, w);
    };
    let period = |j: usize| ["week", "month", "year"].iter().any(|p| lower_is(j, p));
    // "later that day", "earlier in the day": the story's day, whatever that is.
    let same_day_after = |j: usize| {
        if lower_is(j, "that") && lower_is(j + 1, "day") {
            Some((DateExpr::SameDay, j + 2))
        } else if lower_is(j, "in") && lower_is(j + 1, "the") && lower_is(j + 2, "day") {
            Some((DateExpr::SameDay, j + 3))
        } else {
            None
        }
    };
    match opener {
        Opener::Weekday(d) => Some((DateExpr::Weekday(d), i + 1)),
        // "the same day", "that same day".
        Opener::TheOrThat => (lower_is(i + 1, "same") && lower_is(i + 2, "day"))
            .then_some((DateExpr::SameDay, i + 3)),
        Opener::Today => Some((DateExpr::DaysBefore(0), i + 1)),
        Opener::Yesterday => Some((DateExpr::DaysBefore(1), i + 1)),
        Opener::Last => {
            if lower_is(i + 1, "night") || lower_is(i + 1, "evening") {
                return Some((DateExpr::DaysBefore(1), i + 2));
            }
            let season =
                ["fall", "autumn", "spring", "summer", "winter"].iter().any(|p| lower_is(i + 1, p));
            (season || period(i + 1)).then_some((DateExpr::Vague, i + 2))
        }
        Opener::Earlier => {
            // A fronted "Earlier," dates the sentence some time before the story's day.
            if word(i + 1) == Some(",") {
                return Some((DateExpr::Vague, i + 1));
            }
            if lower_is(i + 1, "this") && period(i + 2) {
                return Some((DateExpr::Vague, i + 3));
            }
            // "said earlier that ...": some time before, not which day ("earlier that day"
            // is the story's day).
            let part_of_day = ["morning", "afternoon", "evening", "night"];
            same_day_after(i + 1).or_else(|| {
                (lower_is(i + 1, "that") && !part_of_day.iter().any(|p| lower_is(i + 2, p)))
                    .then_some((DateExpr::Vague, i + 1))
            })
        }
        Opener::Later => same_day_after(i + 1),
        Opener::In => {
            // "in August", "in 2019", "in a 2019 interview": a month or year, not a day. A
            // month followed by its day ("in March 3") is a calendar date, read from the
            // month when the scan reaches it.
            let after = word(i + 1)?;
            let article = after.eq_ignore_ascii_case("a") || after.eq_ignore_ascii_case("an");
            let at = i + 1 + usize::from(article);
            let next = if article { word(at)? } else { after };
            if year_number(next).is_some() {
                return Some((DateExpr::Vague, at + 1));
            }
            if !article && month(next).is_some() {
                let mut j = at + 1;
                if word(j) == Some(".") {
                    j += 1;
                }
                if word(j).and_then(day_number).is_none() {
                    return Some((DateExpr::Vague, at + 1));
                }
            }
            None
        }
        Opener::This => {
            if ["morning", "afternoon", "evening"].iter().any(|p| lower_is(i + 1, p)) {
                return Some((DateExpr::DaysBefore(0), i + 2));
            }
            period(i + 1).then_some((DateExpr::Vague, i + 2))
        }
        Opener::Recently => Some((DateExpr::Vague, i + 1)),
        // "at the time", "at that time": a time the text told before, not the news day.
        Opener::At => ((lower_is(i + 1, "the") || lower_is(i + 1, "that"))
            && lower_is(i + 2, "time"))
        .then_some((DateExpr::Vague, i + 3)),
    }
}

/// A calendar date written month first at token `i` ("Oct. 6", "October 6, 2015"), whose
/// text is `w`.
fn month_first_date<'t>(
    word: &impl Fn(usize) -> Option<&'t str>,
    i: usize,
    w: &str,
) -> Option<(DateExpr, usize)> {
    let m = month(w)?;
    let mut j = i + 1;
    if word(j) == Some(".") {
        j += 1;
    }
    let d = word(j).and_then(day_number)?;
    j += 1;
    let mut year = None;
    let mut k = j;
    if word(k) == Some(",") {
        k += 1;
    }
    if let Some(y) = word(k).and_then(year_number) {
        year = Some(y);
        j = k + 1;
    }
    PartialDate::new(year, m, d)?;
    Some((DateExpr::Calendar { month: m, day: d, year }, j))
}

/// A calendar date written day first at token `i` ("6 October", "6th Oct. 2015"), whose
/// text is `w`.
fn day_first_date<'t>(
    word: &impl Fn(usize) -> Option<&'t str>,
    i: usize,
    w: &str,
) -> Option<(DateExpr, usize)> {
    let d = day_number(w)?;
    let m = word(i + 1).and_then(month)?;
    let mut j = i + 2;
    if word(j) == Some(".") {
        j += 1;
    }
    let year = word(j).and_then(year_number);
    if year.is_some() {
        j += 1;
    }
    PartialDate::new(year, m, d)?;
    Some((DateExpr::Calendar { month: m, day: d, year }, j))
}

/// The first date expression among tokens `from..to`.
pub(crate) fn find_in<'t>(
    word: impl Fn(usize) -> Option<&'t str> + Copy,
    from: usize,
    to: usize,
) -> Option<DateExpr> {
    // A vague time only counts right at the start of the range ("said last week", "Last
    // week, X said") or after a short prepositional tail of the cue ("said in an interview
    // last week"); further on it belongs to something else ("a driver who waited last
    // month").
    let tail_end = prepositional_tail_end(word, from, to);
    let (expr, end) = (from..to).find_map(|i| {
        parse_at(word, i)
            .filter(|&(e, end)| end <= to && (i == from || i == tail_end || e != DateExpr::Vague))
    })?;
    // "Earlier, on October 9, X said": the vague word is narrowed by the day set off after it.
    if expr == DateExpr::Vague && word(end) == Some(",") {
        let on = usize::from(word(end + 1).is_some_and(|w| w.eq_ignore_ascii_case("on")));
        if let Some((day, day_end)) = parse_at(word, end + 1 + on) {
            if day != DateExpr::Vague && day_end <= to && word(day_end) == Some(",") {
                return Some(day);
            }
        }
    }
    Some(expr)
}

/// Where a cue's short prepositional tail starting at `from` ends ("in an interview", "at a
/// briefing in Geneva", "to reporters"), or `from` when none starts there. The tail is a
/// preposition and at most five plain words: a clause ("that", "who"), a comma or a quote
/// ends the search without a tail.
fn prepositional_tail_end<'t>(
    word: impl Fn(usize) -> Option<&'t str>,
    from: usize,
    to: usize,
) -> usize {
    const PREPOSITIONS: [&str; 6] = ["in", "at", "during", "on", "to", "with"];
    const CLAUSE_WORDS: [&str; 5] = ["that", "who", "which", "when", "where"];
    let is_preposition =
        |j: usize| word(j).is_some_and(|w| PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p)));
    if !is_preposition(from) {
        return from;
    }
    let mut j = from + 1;
    while j < to && j <= from + 6 {
        let Some(w) = word(j) else { return from };
        if !w.chars().next().is_some_and(char::is_alphanumeric)
            || CLAUSE_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c))
        {
            return from;
        }
        // The tail ends where a date starts ("in an interview last week").
        if j > from + 1 && parse_at(&word, j).is_some() {
            return j;
        }
        j += 1;
    }
    from
}

/// The day a statement was made, given the date expression modifying its cue (if any).
pub(crate) fn resolve(
    expr: Option<DateExpr>,
    published: Option<PartialDate>,
) -> (Option<PartialDate>, DateBasis) {
    let by_publication = || match published {
        Some(p) => (Some(p), DateBasis::Publication),
        None => (None, DateBasis::Unknown),
    };
    match expr {
        None => by_publication(),
        // The key leaves a day it cannot name empty rather than guess the publication day.
        Some(DateExpr::Vague) => (None, DateBasis::Unknown),
        Some(DateExpr::Weekday(day)) => match published.and_then(|p| p.latest(day)) {
            Some(d) => (Some(d), DateBasis::Relative),
            // Without a year the weekday cannot be placed; the publication day is the best
            // guess and says so.
            None => by_publication(),
        },
        // Resolved against publication here; the story's own day replaces it afterwards
        // (`story_days`), when the story has moved to another day.
        Some(DateExpr::DaysBefore(0) | DateExpr::SameDay) => match published {
            Some(p) => (Some(p), DateBasis::Relative),
            None => (None, DateBasis::Unknown),
        },
        Some(DateExpr::DaysBefore(n)) => match published.and_then(|p| p.add_days(-n)) {
            Some(d) => (Some(d), DateBasis::Relative),
            None => by_publication(),
        },
        Some(DateExpr::Calendar { month, day, year }) => {
            let date = match (year, published.and_then(|p| p.year())) {
                (Some(y), _) => PartialDate::new(Some(y), month, day),
                (None, Some(py)) => {
                    let same_year = PartialDate::new(Some(py), month, day);
                    match (same_year, published) {
                        // A yearless date shortly after publication was last year's ("on
                        // Dec. 30" in a paper of Jan. 2).
                        (Some(d), Some(p)) if d > p => PartialDate::new(Some(py - 1), month, day)
                            .filter(|last| last.add_days(RECENT_DAYS).is_some_and(|r| r >= p))
                            .or(Some(d)),
                        (d, _) => d,
                    }
                }
                (None, None) => PartialDate::new(None, month, day),
            };
            match (date, published) {
                // Nobody speaks after publication: a later date is the statement's subject
                // ("said April 8 will be the last day", "said on May 15 it is redeeming"),
                // and one more than a few months back is no cue date either.
                (Some(d), Some(p)) if d.year().is_some() && p.year().is_some() && d > p => {
                    by_publication()
                }
                (Some(d), _) => (Some(d), DateBasis::Explicit),
                (None, _) => by_publication(),
            }
        }
    }
}

/// How far back a yearless date may reach into the previous year: news dates its statements
/// by recent days; "on Feb. 3" in a paper of Jan. 20 is next month's, not last year's.
const RECENT_DAYS: i64 = 62;

#[cfg(test)]
mod tests {
    use super::*;

    // The opening test in front of the pass over the months must not hide a month.
    #[test]
    fn months_and_abbreviations_pass_the_opening_test() {
        let cases: &[(&str, Option<u32>)] = &[
            ("January", Some(1)),
            ("Jan.", Some(1)),
            ("JAN", Some(1)),
            ("Sept", Some(9)),
            ("Sept.", Some(9)),
            ("Sep", Some(9)),
            ("Dec", Some(12)),
            ("December", Some(12)),
            ("May", Some(5)),
            ("Mayor", None),
            ("Ja", None),
            ("J", None),
            ("Octavia", None),
            ("Septe", None),
            ("Lavrov", None),
            ("march", None),
            ("", None),
        ];
        for &(word, want) in cases {
            assert_eq!(month(word), want, "{word}");
        }
    }

    fn words(s: &str) -> Vec<String> {
        // A tiny splitter for tests: words, numbers and single punctuation marks.
        let mut out = Vec::new();
        let mut cur = String::new();
        for c in s.chars() {
            if c.is_alphanumeric() {
                cur.push(c);
            } else {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                if !c.is_whitespace() {
                    out.push(c.to_string());
                }
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
        out
    }

    fn resolve_text(phrase: &str, published: &str) -> (String, DateBasis) {
        let w = words(phrase);
        let published: Option<PartialDate> = published.parse().ok();
        // The engine searches from just after the cue, as here after a leading cue word.
        let from = usize::from(
            w.first().is_some_and(|c| ["said", "told", "pleaded"].contains(&c.as_str())),
        );
        let expr = find_in(|i| w.get(i).map(String::as_str), from, w.len());
        let (d, basis) = resolve(expr, published);
        (d.map(|d| d.to_string()).unwrap_or_default(), basis)
    }

    #[test]
    fn date_expressions_resolve_against_publication() {
        use DateBasis::*;
        let cases: &[(&str, &str, &str, DateBasis)] = &[
            // Wednesday 2015-10-07.
            ("said Tuesday", "2015-10-07", "2015-10-06", Relative),
            ("said on Wednesday", "2015-10-07", "2015-10-07", Relative),
            ("said Thursday", "2015-10-07", "2015-10-01", Relative),
            ("earlier today", "2015-10-07", "2015-10-07", Relative),
            ("said yesterday", "2015-10-07", "2015-10-06", Relative),
            ("last night", "2016-03-01", "2016-02-29", Relative),
            ("earlier in the day", "2015-10-07", "2015-10-07", Relative),
            ("told reporters on Oct. 6", "2015-10-07", "2015-10-06", Explicit),
            ("on October 6, 2014", "2015-10-07", "2014-10-06", Explicit),
            ("on 6 October", "2015-10-07", "2015-10-06", Explicit),
            ("on Dec. 30", "2016-01-02", "2015-12-30", Explicit),
            // A date after publication is what the statement is about, not when it was made.
            ("said April 8", "1987-03-20", "1987-03-20", Publication),
            ("said on May 15", "1987-04-01", "1987-04-01", Publication),
            ("on October 9, 2015", "2015-10-07", "2015-10-07", Publication),
            ("on Feb. 3", "2016-01-20", "2016-01-20", Publication),
            ("on Sept. 30", "--10-06", "--09-30", Explicit),
            ("said Tuesday", "--10-06", "--10-06", Publication),
            ("said", "2015-10-07", "2015-10-07", Publication),
            ("said", "", "", Unknown),
            ("said Tuesday", "", "", Unknown),
            ("said in a statement last evening", "2024-03-13", "2024-03-12", Relative),
            // A month, a year or a season names no day: the key leaves the day empty.
            ("said in August", "2024-10-22", "", Unknown),
            ("said in a 2019 interview", "2024-10-22", "", Unknown),
            ("said in 2019", "2024-10-22", "", Unknown),
            ("said in an interview last week", "2024-10-22", "", Unknown),
            ("said at a briefing in Brussels last month", "2024-10-22", "", Unknown),
            ("Earlier, the minister wrote", "2024-10-22", "", Unknown),
            // Regression: "Earlier" hid the day set off after it.
            ("Earlier, on October 17, the minister wrote", "2024-10-22", "2024-10-17", Explicit),
            ("Earlier, on Monday, the minister wrote", "2024-10-22", "2024-10-21", Relative),
            ("Earlier, Monday's plan failed", "2024-10-22", "", Unknown),
            // A time told before, or some time before the news: no day of their own.
            ("said at the time", "2024-10-22", "", Unknown),
            ("At that time, the minister said", "2024-10-22", "", Unknown),
            ("said earlier that", "2024-10-22", "", Unknown),
            ("said at the briefing", "2024-10-22", "2024-10-22", Publication),
            ("earlier that morning", "2024-10-22", "2024-10-22", Publication),
            ("said last fall", "2024-10-22", "", Unknown),
            // A month with its day is a calendar date, not a vague month.
            ("said in March 3 remarks", "2024-10-22", "2024-03-03", Explicit),
            // "Earlier in the day" is the story's day; without one, the publication day.
            ("earlier in the day", "2015-10-07", "2015-10-07", Relative),
            ("later that day", "2015-10-07", "2015-10-07", Relative),
            // A vague time deep in the statement is not the cue's.
            ("said the plan that failed last week", "2024-10-22", "2024-10-22", Publication),
        ];
        for &(phrase, published, want, basis) in cases {
            assert_eq!(resolve_text(phrase, published), (want.to_string(), basis), "{phrase}");
        }
    }

    /// The parser as it was before [`opener`] picked the form by the word's shape: the
    /// reference the faster one must agree with on every word sequence.
    mod reference {
        use whosaid_core::Weekday;

        use crate::dates::DateExpr;

        fn weekday(word: &str) -> Option<Weekday> {
            use Weekday::*;
            const DAYS: [(&str, Weekday); 7] = [
                ("monday", Monday),
                ("tuesday", Tuesday),
                ("wednesday", Wednesday),
                ("thursday", Thursday),
                ("friday", Friday),
                ("saturday", Saturday),
                ("sunday", Sunday),
            ];
            DAYS.iter().find(|(name, _)| word.eq_ignore_ascii_case(name)).map(|&(_, d)| d)
        }

        pub(super) fn month(word: &str) -> Option<u32> {
            use crate::dates::MONTHS;
            // "May" and "March" are also common words; only the capitalized form is a month.
            if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
                return None;
            }
            // The tokenizer may keep an abbreviation's period: "Oct.".
            let word = word.strip_suffix('.').unwrap_or(word);
            // A name or an abbreviation (three letters or more) opens with a month's first three
            // letters: most capitalized words fail here, before the pass over the months.
            let opening = match word.as_bytes() {
                [a, b, c, ..] => {
                    [a.to_ascii_lowercase(), b.to_ascii_lowercase(), c.to_ascii_lowercase()]
                }
                _ => return None,
            };
            if !super::super::opens_like_month(opening) {
                return None;
            }
            for (i, name) in MONTHS.iter().enumerate() {
                let number = i as u32 + 1;
                if word.eq_ignore_ascii_case(name) {
                    return Some(number);
                }
                // Abbreviations: "Oct", "Sept", "Sep".
                let abbreviation_ok = word.len() >= 3
                    && word.len() < name.len()
                    && name.get(..word.len()).is_some_and(|p| p.eq_ignore_ascii_case(word));
                if abbreviation_ok && (word.len() <= 4) {
                    return Some(number);
                }
            }
            None
        }

        pub(super) fn parse_at<'t>(
            word: impl Fn(usize) -> Option<&'t str>,
            i: usize,
        ) -> Option<(DateExpr, usize)> {
            let w = word(i)?;
            let lower_is = |j: usize, s: &str| word(j).is_some_and(|t| t.eq_ignore_ascii_case(s));
            // The commonest openers can each start only one of the forms below: a number only a
            // day before its month ("6 October"), "the" and "that" only "the same day". Going
            // there at once spares them the pass over every other form.
            match w.as_bytes() {
                [b, ..] if b.is_ascii_digit() => return super::super::day_first_date(&word, i, w),
                [] => return None,
                _ => {}
            }
            if w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("that") {
                return (lower_is(i + 1, "same") && lower_is(i + 2, "day"))
                    .then_some((DateExpr::SameDay, i + 3));
            }
            if let Some(d) = weekday(w) {
                return Some((DateExpr::Weekday(d), i + 1));
            }
            // Every word form below but the months opens with one of these letters; a weekday's or
            // a month's initial ("March", "Sunday's") goes to the months at once.
            let initial = w.as_bytes().first().map(u8::to_ascii_lowercase);
            if !matches!(initial, Some(b't' | b'y' | b'l' | b'e' | b'i' | b'r' | b'p' | b'a')) {
                return super::super::month_first_date(&word, i, w);
            }
            if w.eq_ignore_ascii_case("today") || w.eq_ignore_ascii_case("tonight") {
                return Some((DateExpr::DaysBefore(0), i + 1));
            }
            if w.eq_ignore_ascii_case("yesterday") {
                return Some((DateExpr::DaysBefore(1), i + 1));
            }
            if w.eq_ignore_ascii_case("last")
                && (lower_is(i + 1, "night") || lower_is(i + 1, "evening"))
            {
                return Some((DateExpr::DaysBefore(1), i + 2));
            }
            let season = |j: usize| {
                ["fall", "autumn", "spring", "summer", "winter"].iter().any(|p| lower_is(j, p))
            };
            if w.eq_ignore_ascii_case("last") && season(i + 1) {
                return Some((DateExpr::Vague, i + 2));
            }
            // A fronted "Earlier," dates the sentence some time before the story's day.
            if w.eq_ignore_ascii_case("earlier") && word(i + 1) == Some(",") {
                return Some((DateExpr::Vague, i + 1));
            }
            // "in August", "in 2019", "in a 2019 interview": a month or year, not a day. A month
            // followed by its day ("in March 3") is a calendar date, read below from the month.
            if w.eq_ignore_ascii_case("in") {
                let article = usize::from(lower_is(i + 1, "a") || lower_is(i + 1, "an"));
                let at = i + 1 + article;
                if let Some(next) = word(at) {
                    if super::super::year_number(next).is_some() {
                        return Some((DateExpr::Vague, at + 1));
                    }
                    if article == 0 && month(next).is_some() {
                        let mut j = at + 1;
                        if word(j) == Some(".") {
                            j += 1;
                        }
                        if word(j).and_then(super::super::day_number).is_none() {
                            return Some((DateExpr::Vague, at + 1));
                        }
                    }
                }
            }
            // "later that day", "that same day", "the same day", "earlier in the day", "later in the
            // day": the story's day, whatever that is.
            if (w.eq_ignore_ascii_case("later") || w.eq_ignore_ascii_case("earlier"))
                && lower_is(i + 1, "that")
                && lower_is(i + 2, "day")
            {
                return Some((DateExpr::SameDay, i + 3));
            }
            if (w.eq_ignore_ascii_case("that") || w.eq_ignore_ascii_case("the"))
                && lower_is(i + 1, "same")
                && lower_is(i + 2, "day")
            {
                return Some((DateExpr::SameDay, i + 3));
            }
            if w.eq_ignore_ascii_case("this")
                && ["morning", "afternoon", "evening"].iter().any(|p| lower_is(i + 1, p))
            {
                return Some((DateExpr::DaysBefore(0), i + 2));
            }
            let period = |j: usize| ["week", "month", "year"].iter().any(|p| lower_is(j, p));
            if (w.eq_ignore_ascii_case("last") || w.eq_ignore_ascii_case("this")) && period(i + 1) {
                return Some((DateExpr::Vague, i + 2));
            }
            if w.eq_ignore_ascii_case("earlier") && lower_is(i + 1, "this") && period(i + 2) {
                return Some((DateExpr::Vague, i + 3));
            }
            if w.eq_ignore_ascii_case("recently") || w.eq_ignore_ascii_case("previously") {
                return Some((DateExpr::Vague, i + 1));
            }
            // "at the time", "at that time": a time told before, not which day.
            if w.eq_ignore_ascii_case("at") {
                return ((lower_is(i + 1, "the") || lower_is(i + 1, "that"))
                    && lower_is(i + 2, "time"))
                .then_some((DateExpr::Vague, i + 3));
            }
            // "said earlier that ...", but not "earlier that day" (above) nor "earlier that
            // morning".
            if w.eq_ignore_ascii_case("earlier")
                && lower_is(i + 1, "that")
                && !["morning", "afternoon", "evening", "night"].iter().any(|p| lower_is(i + 2, p))
            {
                return Some((DateExpr::Vague, i + 1));
            }
            if (w.eq_ignore_ascii_case("earlier") || w.eq_ignore_ascii_case("later"))
                && lower_is(i + 1, "in")
                && lower_is(i + 2, "the")
                && lower_is(i + 3, "day")
            {
                return Some((DateExpr::SameDay, i + 4));
            }
            // A word not opening with a digit is no day number: only a month can start it now.
            super::super::month_first_date(&word, i, w)
        }
    }

    /// Words of every form `parse_at` reads, in several cases, and words that only look
    /// like them.
    const VOCABULARY: &[&str] = &[
        "Monday",
        "tuesday",
        "WEDNESDAY",
        "Thursday",
        "friday",
        "Saturday",
        "sunday",
        "Tuesdays",
        "today",
        "Today",
        "tonight",
        "TONIGHT",
        "yesterday",
        "Yesterday",
        "last",
        "Last",
        "night",
        "evening",
        "fall",
        "autumn",
        "spring",
        "summer",
        "winter",
        "week",
        "month",
        "year",
        "earlier",
        "Earlier",
        "later",
        "Later",
        "in",
        "In",
        "IN",
        "a",
        "an",
        "An",
        "the",
        "The",
        "that",
        "That",
        "this",
        "This",
        "thus",
        "than",
        "same",
        "day",
        "Day",
        "morning",
        "afternoon",
        "recently",
        "Recently",
        "at",
        "At",
        "time",
        "times",
        "as",
        "previously",
        "Previously",
        "January",
        "Jan",
        "Jan.",
        "Feb",
        "March",
        "march",
        "Mar",
        "Marc",
        "Mayor",
        "May",
        "may",
        "June",
        "Jun",
        "Sept",
        "Sept.",
        "Sep",
        "Septe",
        "Oct.",
        "October",
        "Dec",
        "DEC",
        "Octavia",
        "6",
        "6th",
        "31",
        "32",
        "1",
        "2015",
        "2019",
        "1899",
        "10,000",
        ".",
        ",",
        "-",
        "(",
        "said",
        "to",
        "is",
        "it",
        "Smith",
        "Lavrov",
        "inn",
        "lasts",
        "earliest",
        "tomorrow",
        "monday's",
        "Tuesday’s",
        "é",
        "Ñame",
        "",
    ];

    proptest::proptest! {
        #[test]
        fn parse_at_agrees_with_the_reference_parser(
            picks in proptest::collection::vec(0..VOCABULARY.len(), 1..7),
        ) {
            let words: Vec<&str> = picks.iter().filter_map(|&k| VOCABULARY.get(k).copied()).collect();
            let word = |k: usize| words.get(k).copied();
            for i in 0..words.len() {
                proptest::prop_assert_eq!(parse_at(word, i), reference::parse_at(word, i), "{:?} at {}", words, i);
            }
        }
    }

    #[test]
    fn parse_at_agrees_with_the_reference_on_every_three_vocabulary_words() {
        for a in VOCABULARY {
            for b in VOCABULARY {
                for c in VOCABULARY {
                    let words = [*a, *b, *c];
                    let word = |k: usize| words.get(k).copied();
                    assert_eq!(parse_at(word, 0), reference::parse_at(word, 0), "{words:?}");
                }
            }
        }
    }

    #[test]
    fn month_agrees_with_the_reference_on_every_vocabulary_word() {
        for word in VOCABULARY {
            assert_eq!(month(word), reference::month(word), "{word}");
        }
    }

    #[test]
    fn lowercase_may_is_not_a_month() {
        let w = words("it may 5 times");
        assert_eq!(find_in(|i| w.get(i).map(String::as_str), 0, w.len()), None);
    }

    #[test]
    fn impossible_calendar_dates_are_ignored() {
        let w = words("on Feb. 31");
        assert_eq!(find_in(|i| w.get(i).map(String::as_str), 0, w.len()), None);
    }
}
