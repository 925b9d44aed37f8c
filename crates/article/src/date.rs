//! Calendar dates as news pages write them.

use std::sync::OnceLock;

use regex::Regex;
use whosaid_core::{PartialDate, Span};

pub(crate) const MONTH: &str =
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?\
    |Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?\
    |JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?\
    |SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?";

/// A clock time or a second printing of the date that a scraper glued to the year before it
/// ("October 9, 20242:41 PM", "7 Mar 20247 Mar 2024"): the digits run on from the year's,
/// and only the colon or month name after them tells where the year ends.
const GLUED_TIME: &str =
    r"\d{1,2}(?::\d{2}|\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))";

/// A clock time ("15:04"), matched as a whole so that no date starts at its minutes: the
/// regex crate has no look-behind, and "15:04 November 27, 2025" would read "04 November".
/// [`date_of`] gives no date for it.
const CLOCK: &str = r"\d{1,2}:\d{2}(?-u:\b)";

fn date_regex() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = format!(
            r"(?-u:\b)(?P<iy>\d{{4}})(?:[-/](?P<im>\d{{1,2}})[-/](?P<id>\d{{1,2}})|\.(?P<pm>\d{{1,2}})\.(?P<pd>\d{{1,2}}))(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?(?-u:\b)
            |(?:(?-u:\b)|[0-9])(?P<m1>{MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?(?-u:\b)(?:,?\s*(?P<y1>\d{{4}})(?:{GLUED_TIME}|(?-u:\b)))?
            |(?-u:\b)(?P<d2>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?\s+(?:of\s+|OF\s+)?(?P<m2>{MONTH})(?-u:\b)\.?(?:,?\s*(?P<y2>\d{{4}})(?:{GLUED_TIME}|(?-u:\b)))?
            |(?-u:\b)(?P<sa>\d{{1,2}})(?:/|\.|-)(?P<sb>\d{{1,2}})(?:/|\.|-)(?P<sy>\d{{4}})(?-u:\b)
            |(?-u:\b)(?P<hd>\d{{1,2}})-(?P<hm>{MONTH})-(?P<hy>\d{{4}})(?-u:\b)
            |{CLOCK}"
        );
        let pattern: String = pattern.lines().map(str::trim).collect();
        // The pattern is a constant, so this fails for every input or none (and every date
        // test would catch it): no dates rather than a panic.
        Regex::new(&pattern).ok()
    })
    .as_ref()
}

fn month_number(name: &str) -> Option<u32> {
    // Compared in place: a lower-cased copy was an allocation per date.
    let &[a, b, c] = name.as_bytes().get(..3)? else { return None };
    let n = match &[a, b, c].map(|b| b.to_ascii_lowercase()) {
        b"jan" => 1,
        b"feb" => 2,
        b"mar" => 3,
        b"apr" => 4,
        b"may" => 5,
        b"jun" => 6,
        b"jul" => 7,
        b"aug" => 8,
        b"sep" => 9,
        b"oct" => 10,
        b"nov" => 11,
        b"dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// The leading digits of a token ("07" of "07T12", "3" of "3rd") as a number.
fn leading_number(token: &str) -> Option<u32> {
    let end = token.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(token.len());
    token.get(..end).filter(|d| !d.is_empty() && d.len() <= 4)?.parse().ok()
}

fn is_year(token: &str) -> bool {
    token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit())
}

/// The date a match of the date pattern writes, `None` for a clock time. The match has one
/// of the pattern's four date shapes, told apart by its first token: taking it apart by hand is much cheaper than the
/// capturing engines.
fn date_of(matched: &str, default_year: Option<i32>) -> Option<PartialDate> {
    let mut tokens = matched.split(|c: char| !c.is_ascii_alphanumeric()).filter(|t| !t.is_empty());
    let first = tokens.next()?;
    let after_first = matched.as_bytes().get(first.len()).copied();
    let year_of = |t: Option<&str>| match t {
        Some(y) if is_year(y) => y.parse().ok(),
        // The pattern takes five or six digits in a year's place only with a glued time
        // after them ("20242:41"): the year is the first four.
        Some(y) if (5..=6).contains(&y.len()) && y.bytes().all(|b| b.is_ascii_digit()) => {
            y.get(..4).and_then(|y| y.parse().ok())
        }
        _ => default_year,
    };
    if after_first == Some(b':') {
        // A clock time: matched only to keep its minutes from starting a date.
        return None;
    }
    if is_year(first) && matches!(after_first, Some(b'-' | b'/' | b'.')) {
        // 2015-10-07, 2015/10/07, 2015-10-07T12:00:00Z, and the year-first dotted form of
        // East Asian pages (2015.10.07): year first, the month always before the day.
        let y = first.parse().ok();
        return PartialDate::new(
            y,
            leading_number(tokens.next()?)?,
            leading_number(tokens.next()?)?,
        );
    }
    if let Some(month) = month_number(first)
        .filter(|_| first.bytes().next().is_some_and(|b| b.is_ascii_alphabetic()))
    {
        // October 7, 2015
        let day = leading_number(tokens.next()?)?;
        return PartialDate::new(year_of(tokens.next()), month, day);
    }
    let a = leading_number(first)?;
    let second = tokens.next()?;
    if matches!(after_first, Some(b'/' | b'.' | b'-')) && leading_number(second).is_some() {
        // 17/10/2015: 07/10/2015 is July 10 in one country and October 7 in another; only a
        // day above 12 tells which number is the month.
        let b = leading_number(second)?;
        let y = year_of(tokens.next());
        // The countries that write dates with dots (15.11.2024) all put the day first.
        if after_first == Some(b'.') {
            return PartialDate::new(y, b, a);
        }
        return match (a > 12, b > 12) {
            (true, false) => PartialDate::new(y, b, a),
            (false, true) => PartialDate::new(y, a, b),
            _ => None,
        };
    }
    // 7 October 2015, 3rd of March 2014
    let month_token = if second.eq_ignore_ascii_case("of") { tokens.next()? } else { second };
    PartialDate::new(year_of(tokens.next()), month_number(month_token)?, a)
}

/// The dates in `text`, in order, with where each is written. A date without a year gets
/// `default_year` if given, else stays without one.
// Inlined: the iterator is large, and a call returned it by copying.
#[inline]
pub fn find_dates(
    text: &str,
    default_year: Option<i32>,
) -> impl Iterator<Item = (Span, PartialDate)> + '_ {
    // Every date form holds a digit, and a month's name or two separators between digits:
    // most lines have neither, and skip the regex.
    let may_hold = has_ascii_digit(text.as_bytes()) && may_hold_date_shape(text.as_bytes());
    date_regex().filter(|_| may_hold).into_iter().flat_map(move |re| re.find_iter(text)).filter_map(
        move |m| {
            // "03/07/2024March 7, 2024": a month name glued to the digit before it is matched
            // with that digit, which is not part of the date.
            let glued = m.as_str().as_bytes().first().is_some_and(u8::is_ascii_digit)
                && m.as_str().get(1..).and_then(month_number).is_some();
            let start = m.start() + usize::from(glued);
            let matched = text.get(start..m.end())?;
            Some((Span::new(start, m.end()), date_of(matched, default_year)?))
        },
    )
}

/// Whether `bytes` may hold a date of [`date_regex`]'s: every form but the clock's (which
/// gives no date) holds a month's name, whose first three letters are written as [`MONTH`]
/// writes them ("Jan", "JAN"), or a separator ('-', '/', '.') between digits followed by one
/// or two digits, a separator and a digit ("2015-10-07", "17/10/2015"). A byte outside ASCII
/// is taken for a digit, as `\d` takes other scripts' digits. Runs on every line with a
/// digit the date search is asked about: a table's rows ("Net 1.2 mln vs 1.5 mln") have none.
#[inline(never)]
fn may_hold_date_shape(bytes: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // The lanes of `low` (bytes below 0x80) from `lo` to `hi`, as `has_ascii_digit` finds
    // digits: eight bytes at a time, and only a capital or a separator is looked at.
    let lanes_in = |low: u64, lo: u8, hi: u8| {
        let at_least_lo = low.wrapping_add(ONES * u64::from(0x80 - lo));
        let above_hi = low.wrapping_add(ONES * u64::from(0x7f - hi));
        at_least_lo & !above_hi & HIGH
    };
    let mut at = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let low = word & !HIGH;
        // '-', '.' and '/' are 0x2D to 0x2F.
        let mut marks = (lanes_in(low, b'A', b'Z') | lanes_in(low, b'-', b'/')) & !word & HIGH;
        while marks != 0 {
            if date_shape_at(bytes, at + (marks.trailing_zeros() / 8) as usize) {
                return true;
            }
            marks &= marks - 1;
        }
        at += 8;
    }
    (at..bytes.len()).any(|i| date_shape_at(bytes, i))
}

/// Whether a month's name opens at `i` in `bytes`, or a separator stands there between
/// digits as a numeric date's first separator does (see [`may_hold_date_shape`]).
fn date_shape_at(bytes: &[u8], i: usize) -> bool {
    let digitish = |b: &u8| b.is_ascii_digit() || *b >= 0x80;
    let is_sep = |b: &u8| matches!(b, b'-' | b'/' | b'.');
    match bytes.get(i) {
        Some(b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D') => {
            bytes.get(i..i + 3).is_some_and(is_month_opening)
        }
        Some(b'-' | b'/' | b'.') if i > 0 && bytes.get(i - 1).is_some_and(digitish) => {
            let after = bytes.get(i + 1..).unwrap_or_default();
            let run = after.iter().take_while(|b| digitish(b)).count();
            run > 0
                && after.get(run).is_some_and(is_sep)
                && after.get(run + 1).is_some_and(digitish)
        }
        _ => false,
    }
}

/// Whether `three` opens a month's name as [`MONTH`] writes it.
fn is_month_opening(three: &[u8]) -> bool {
    matches!(
        three,
        b"Jan"
            | b"Feb"
            | b"Mar"
            | b"Apr"
            | b"May"
            | b"Jun"
            | b"Jul"
            | b"Aug"
            | b"Sep"
            | b"Oct"
            | b"Nov"
            | b"Dec"
            | b"JAN"
            | b"FEB"
            | b"MAR"
            | b"APR"
            | b"MAY"
            | b"JUN"
            | b"JUL"
            | b"AUG"
            | b"SEP"
            | b"OCT"
            | b"NOV"
            | b"DEC"
    )
}

/// Whether `bytes` holds an ASCII digit, eight bytes at a time: a lane of the low seven bits
/// plus (0x80 - b'0') reaches 0x80 exactly when it is at least '0', plus (0x7f - b'9') when
/// it is above '9', with no carry into the next lane; a lane whose own high bit is set
/// (non-ASCII) is no digit. The date search runs this on every line it is asked about.
pub(crate) fn has_ascii_digit(bytes: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let low = word & !HIGH;
        let at_least_zero = low.wrapping_add(ONES * u64::from(0x80 - b'0'));
        let above_nine = low.wrapping_add(ONES * u64::from(0x7f - b'9'));
        if at_least_zero & !above_nine & !word & HIGH != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// The month names of [`MONTH`], each spelling once.
const MONTH_FORMS: &[&str] = &[
    "January",
    "Jan",
    "February",
    "Feb",
    "March",
    "Mar",
    "April",
    "Apr",
    "May",
    "June",
    "Jun",
    "July",
    "Jul",
    "August",
    "Aug",
    "September",
    "Sept",
    "Sep",
    "October",
    "Oct",
    "November",
    "Nov",
    "December",
    "Dec",
    "JANUARY",
    "JAN",
    "FEBRUARY",
    "FEB",
    "MARCH",
    "MAR",
    "APRIL",
    "APR",
    "MAY",
    "JUNE",
    "JUN",
    "JULY",
    "JUL",
    "AUGUST",
    "AUG",
    "SEPTEMBER",
    "SEPT",
    "SEP",
    "OCTOBER",
    "OCT",
    "NOVEMBER",
    "NOV",
    "DECEMBER",
    "DEC",
];

/// The forms of [`MONTH_FORMS`] ending in `last`, in the list's order: a dateline's date is
/// read from the end, and most forms are ruled out by their last letter.
fn forms_ending_in(last: u8) -> &'static [&'static str] {
    static BY_LAST: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let by_last = BY_LAST.get_or_init(|| {
        let mut by_last = vec![Vec::new(); 256];
        for &form in MONTH_FORMS {
            if let Some(bucket) =
                form.as_bytes().last().and_then(|&b| by_last.get_mut(usize::from(b)))
            {
                bucket.push(form);
            }
        }
        by_last
    });
    by_last.get(usize::from(last)).map_or(&[], Vec::as_slice)
}

/// The last date of `text` when it ends `text`, as
/// `find_dates(text, None).last().filter(|(span, _)| span.end == text.len())` gives it, for
/// the text a dateline keeps before its separator and agency ("SALVADOR, Feb 26",
/// "NEW YORK, March 9, 1987"), without running the date pattern: `None` when the text has
/// another shape, which the pattern then decides.
///
/// The shape read by hand is ASCII without digits, then a month name, an optional stop,
/// white space, a day of one or two digits, and an optional year of four after a comma or
/// white space. Nothing the pattern matches starts before the month (every form holds a
/// digit, and no month name before it is followed by one), so the month-day form at the
/// month is the only match: when the month opens a word (the pattern's ASCII `\b`) and the
/// date exists.
pub(crate) fn trailing_month_date(text: &str) -> Option<Option<(Span, PartialDate)>> {
    let bytes = text.as_bytes();
    if !has_ascii_digit(bytes) {
        // As `find_dates` decides it: no digit, no date.
        return Some(None);
    }
    let digits_before = |end: usize| {
        bytes.get(..end).map_or(0, |b| b.iter().rev().take_while(|b| b.is_ascii_digit()).count())
    };
    let spaces_before = |end: usize| {
        bytes.get(..end).map_or(0, |b| {
            b.iter().rev().take_while(|&&b| b == b' ' || (0x09..=0x0d).contains(&b)).count()
        })
    };
    // Read from their digits as `date_of` reads the tokens: a split of the date into
    // tokens cost more than finding it.
    let number = |digits: &[u8]| digits.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let mut end = bytes.len();
    let mut run = digits_before(end);
    let mut year = None;
    if run == 4 {
        year = bytes.get(end - 4..end).map(number).and_then(|y| i32::try_from(y).ok());
        // The year: then white space, or a comma and white space, back to the day.
        end -= 4;
        end -= spaces_before(end);
        if bytes.get(end.wrapping_sub(1)) == Some(&b',') {
            end -= 1;
        }
        run = digits_before(end);
    }
    if !(1..=2).contains(&run) {
        return None;
    }
    end -= run;
    let day = bytes.get(end..end + run).map_or(0, number);
    let spaces = spaces_before(end);
    if spaces == 0 {
        return None;
    }
    end -= spaces;
    if bytes.get(end.wrapping_sub(1)) == Some(&b'.') {
        end -= 1;
    }
    let before_month = bytes.get(..end)?;
    // A form ends a run of letters at least as long as itself: the run's length and the
    // form's first letter rule out most forms before any comparison of their bytes.
    let letters = before_month.iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
    // Only the forms ending in the run's last letter are compared, in the list's order.
    let form = forms_ending_in(*before_month.last()?).iter().find(|f| {
        let f = f.as_bytes();
        f.len() <= letters
            && before_month.get(before_month.len() - f.len()) == f.first()
            && before_month.ends_with(f)
    })?;
    let start = end - form.len();
    let place = bytes.get(..start)?;
    if !place.is_ascii() || has_ascii_digit(place) {
        return None;
    }
    let opens_word = place.last().map_or(true, |&b| !(b.is_ascii_alphanumeric() || b == b'_'));
    let date = month_number(form).and_then(|month| PartialDate::new(year, month, day));
    Some(opens_word.then_some(()).and(date).map(|d| (Span::new(start, text.len()), d)))
}

/// The date of a text [`trailing_month_date`] found whole, with `default_year` for one
/// without a year: as `find_dates(date, default_year).next()` reads it.
pub(crate) fn month_date(date: &str, default_year: Option<i32>) -> Option<PartialDate> {
    date_of(date, default_year)
}

/// Parses the first date written in `s`: "October 7, 2015", "Oct. 6", "Sept. 30",
/// "Fri 18 Sep 2015, 6:54 PM", "Saturday, Oct 10, 2015,12:31 IST", "2015-10-07",
/// "2015-10-07T12:00:00Z", "17/10/2015" (slashed dates only when a day above 12 makes the
/// order certain), "15.11.2024" (dotted dates put the day first), "October 9, 20242:41 PM"
/// (a time glued to the year). A date without a year gets `default_year`, or stays without
/// one (`--10-06`).
///
/// ```
/// use whosaid_article::parse_date;
///
/// assert_eq!(parse_date("Oct. 6", None).map(|d| d.to_string()), Some("--10-06".into()));
/// assert_eq!(parse_date("Oct. 6", Some(2015)).map(|d| d.to_string()), Some("2015-10-06".into()));
/// assert_eq!(parse_date("07/10/2015", None), None);
/// ```
pub fn parse_date(s: &str, default_year: Option<i32>) -> Option<PartialDate> {
    if let Some(date) = plain_iso_date(s) {
        return date;
    }
    find_dates(s, default_year).next().map(|(_, date)| date)
}

/// A field holding only "YYYY-MM-DD", as JSONL and CSV dumps give dates: the date the
/// pattern would find, without running it (no other date can hide in these ten bytes).
/// `None` for any other text; `Some(None)` for an impossible date ("2015-02-30").
fn plain_iso_date(s: &str) -> Option<Option<PartialDate>> {
    let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = s.as_bytes() else { return None };
    let digits = [y1, y2, y3, y4, m1, m2, d1, d2];
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let number = |ds: &[u8]| ds.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let year = i32::try_from(number(&[y1, y2, y3, y4])).ok();
    Some(PartialDate::new(year, number(&[m1, m2]), number(&[d1, d2])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digit_test_finds_what_a_byte_scan_finds() {
        let mut texts: Vec<String> = [
            "",
            "0",
            "no digits here at all, none",
            "twelve bytes9",
            "/:/:/:/:/:/:/:/:",
            "\u{b0}\u{b9}\u{130}\u{1b9} é ü — 𝟙 ٣",
            "October 7, 2015",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every byte value at every place of a 17-byte text.
        for at in 0..17 {
            for b in 0..=255u8 {
                let mut bytes = vec![b'x'; 17];
                if let Some(slot) = bytes.get_mut(at) {
                    *slot = b;
                }
                texts.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
        for text in &texts {
            let want = text.bytes().any(|b| b.is_ascii_digit());
            assert_eq!(has_ascii_digit(text.as_bytes()), want, "{text:?}");
        }
    }

    #[test]
    fn parses_the_forms_news_pages_write() {
        let cases: &[(&str, Option<&str>)] = &[
            ("October 7, 2015", Some("2015-10-07")),
            ("Xinhua, March 12, 2019 Adjust font size:", Some("2019-03-12")),
            ("Oct. 6", Some("--10-06")),
            ("Sept. 30", Some("--09-30")),
            ("September 18, 2015", Some("2015-09-18")),
            ("Published: Fri 18 Sep 2015, 6:54 PM", Some("2015-09-18")),
            ("Saturday, Oct 10, 2015,12:31 IST", Some("2015-10-10")),
            ("2015-10-07", Some("2015-10-07")),
            ("2015-10-07T12:00:00Z", Some("2015-10-07")),
            ("2015/10/07", Some("2015-10-07")),
            ("2015-10-07 12:00:00+02:00", Some("2015-10-07")),
            ("17/10/2015", Some("2015-10-17")),
            ("10/17/2015", Some("2015-10-17")),
            ("07/10/2015", None),
            ("15.11.2024 11:07", Some("2024-11-15")),
            ("14-03-2024 10:02", Some("2024-03-14")),
            ("04-03-2024 10:02", None),
            ("03.04.2023", Some("2023-04-03")),
            ("2023.04.03 09:12 KST", Some("2023-04-03")),
            ("Updated 2019.12.31", Some("2019-12-31")),
            ("2023.13.03", None),
            ("version 2023.4", None),
            ("3RD MARCH 2014", Some("2014-03-03")),
            ("22ND OF JULY 2021", Some("2021-07-22")),
            ("JULY 1ST, 2020", Some("2020-07-01")),
            // Day, month's name and year joined by hyphens, as sports pages print them.
            ("19-Nov-2026 \u{2022} Updated 3 hrs ago", Some("2026-11-19")),
            ("7-Mar-2024", Some("2024-03-07")),
            ("Top-5-May list", None),
            ("March 5, 20249:15 AM GMTUpdated", Some("2024-03-05")),
            ("5 March 202411:30", Some("2024-03-05")),
            ("March 5, 2024 9:15 AM", Some("2024-03-05")),
            ("March 5 12345 units", Some("--03-05")),
            ("Published On 7 Mar 20247 Mar 2024", Some("2024-03-07")),
            ("03/07/2024March 7, 2024", Some("2024-03-07")),
            ("SALVADOR, Feb 26 - Showers", Some("--02-26")),
            ("the 3rd of March 2014", Some("2014-03-03")),
            ("MARCH 4, 1987", Some("1987-03-04")),
            ("Sat, Nov 09, 2024 | Jumada al-Awwal 7, 1446", Some("2024-11-09")),
            ("2015-02-30", None),
            ("Officials may 5 times", None),
            ("The Mayor 5 said", None),
            ("In May 2015 prices fell", None),
            ("no date here", None),
        ];
        for (input, want) in cases {
            let got = parse_date(input, None).map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "{input}");
        }
    }

    #[test]
    fn a_clock_times_minutes_do_not_start_a_date() {
        let cases: &[(&str, &[&str])] = &[
            ("Economy 15:04 November 27, 2025", &["2025-11-27"]),
            ("World 9:04 March 3, 2024", &["2024-03-03"]),
            ("Published: 21:12 March 3, 2024", &["2024-03-03"]),
            ("Updated 10:30 5 March 2024", &["2024-03-05"]),
            ("14:32 17/12/2025", &["2025-12-17"]),
            ("November 27, 2025 15:04 GMT", &["2025-11-27"]),
            ("Sat 12:05 | 04 November 2025", &["2025-11-04"]),
            // A label's colon is not a clock's: the day after it still starts the date.
            ("Published:27 November 2025", &["2025-11-27"]),
            ("Date:04 Nov 2025", &["2025-11-04"]),
            ("from 15:04 to 16:30", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = find_dates(text, None).map(|(_, d)| d.to_string()).collect();
            assert_eq!(got, *want, "{text}");
        }
        let text = "Economy 15:04 November 27, 2025";
        let spans: Vec<&str> = find_dates(text, None).map(|(s, _)| &text[s]).collect();
        assert_eq!(spans, ["November 27, 2025"]);
    }

    #[test]
    fn a_plain_iso_date_reads_as_the_pattern_reads_it() {
        let cases =
            ["1987-02-26", "2015-02-30", "2024-12-31", "0000-01-01", "2015-13-01", "2015-00-10"];
        for text in cases {
            let by_pattern = find_dates(text, None).next().map(|(_, date)| date);
            assert_eq!(plain_iso_date(text), Some(by_pattern), "{text}");
            assert_eq!(parse_date(text, Some(1999)), by_pattern, "{text}");
        }
        for text in ["1987-02-26T10:00Z", "1987/02/26", "87-02-26", "1987-2-26", " 1987-02-26"] {
            assert_eq!(plain_iso_date(text), None, "{text}");
        }
    }

    #[test]
    fn default_year_fills_dates_without_one() {
        assert_eq!(
            parse_date("Oct. 6", Some(2015)).map(|d| d.to_string()).as_deref(),
            Some("2015-10-06")
        );
        assert_eq!(
            parse_date("Oct. 6, 2014", Some(2015)).map(|d| d.to_string()).as_deref(),
            Some("2014-10-06")
        );
    }

    #[test]
    fn find_dates_gives_spans_into_the_text() {
        let text = "Updated: Sun 16 Feb 2020 — first Oct. 6";
        let found: Vec<_> =
            find_dates(text, None).map(|(s, d)| (&text[s], d.to_string())).collect();
        assert_eq!(
            found,
            [("16 Feb 2020", "2020-02-16".to_string()), ("Oct. 6", "--10-06".to_string())]
        );
        let glued = "04/03/2024March 4, 2024";
        let found: Vec<_> = find_dates(glued, None).map(|(s, _)| &glued[s]).collect();
        assert_eq!(found, ["March 4, 2024"]);
    }

    /// Whether the shape test lets through every text the date pattern finds a date in.
    fn shape_test_keeps_every_date(text: &str) {
        let all = date_regex().map_or(0, |re| {
            re.find_iter(text).filter(|m| date_of(m.as_str(), None).is_some()).count()
        });
        if !may_hold_date_shape(text.as_bytes()) {
            assert_eq!(all, 0, "{text:?}");
            assert_eq!(find_dates(text, None).count(), 0, "{text:?}");
        }
    }

    #[test]
    fn a_line_without_a_month_name_or_separated_digits_holds_no_date() {
        // (text, whether the shape test lets it through)
        let cases: &[(&str, bool)] = &[
            ("Net 1.2 mln vs 1.5 mln", false),
            ("Shr 12 cts vs 10 cts", false),
            ("Updated 15:04", false),
            ("mar 3, 2024", false),
            ("October 7, 2015", true),
            ("OCT 7", true),
            ("7 Mar 2024", true),
            ("2015-10-07", true),
            ("17/10/2015", true),
            ("15.11.2024", true),
            ("1.25.3", true),
            ("\u{662}\u{660}-\u{661}-7", true),
        ];
        for (text, want) in cases {
            assert_eq!(may_hold_date_shape(text.as_bytes()), *want, "{text:?}");
            shape_test_keeps_every_date(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_shape_test_lets_through_every_dated_text(
            text in "[0-9 ./:,-]{0,12}(Jan|JAN|Mar|mar|MAy|Sept|Dec|Oct)?[0-9 ./:,-]{0,12}[0-9\u{660}-\u{669}a-z]{0,3}[0-9./-]{0,8}"
        ) {
            shape_test_keeps_every_date(&text);
        }
    }

    /// What [`trailing_month_date`] stands in for, and how a dateline's date was read.
    fn reference_trailing(text: &str) -> Option<(Span, PartialDate)> {
        find_dates(text, None).last().filter(|(span, _)| span.end == text.len())
    }

    fn agrees_with_the_pattern(text: &str) {
        if let Some(fast) = trailing_month_date(text) {
            assert_eq!(fast, reference_trailing(text), "{text:?}");
            if let Some((span, _)) = fast {
                let date = &text[span.range()];
                for year in [None, Some(1999)] {
                    let want = find_dates(date, year).next().map(|(_, d)| d);
                    assert_eq!(month_date(date, year), want, "{date:?}");
                }
            }
        }
    }

    #[test]
    fn a_datelines_trailing_date_is_read_by_hand_as_the_pattern_reads_it() {
        // (text, whether the hand reading applies, the date it finds)
        let cases: &[(&str, bool, Option<&str>)] = &[
            ("SALVADOR, Feb 26", true, Some("--02-26")),
            ("NEW YORK, March 9, 1987", true, Some("1987-03-09")),
            ("MOSCOW, Oct. 6", true, Some("--10-06")),
            ("WASHINGTON, Sept 30 1987", true, Some("1987-09-30")),
            ("KANSAS CITY, Mo., MARCH 2,1987", true, Some("1987-03-02")),
            ("MOSCOW", true, None),
            ("", true, None),
            // The month glued to the place opens no word: the pattern finds no date.
            ("MOSCOWOct 6", true, None),
            ("X_Oct 6", true, None),
            ("LONDON, Feb 30", true, None),
            // Shapes left to the pattern.
            ("NEW YORK, Feb 261987", false, None),
            ("ÉVIAN, Oct 3", false, Some("--10-03")),
            ("NEW YORK, 26 Feb", false, Some("--02-26")),
            ("BEIRUT 2, Oct 3", false, Some("--10-03")),
            ("X, Mayo 3", false, None),
        ];
        for (text, applies, want) in cases {
            let fast = trailing_month_date(text);
            assert_eq!(fast.is_some(), *applies, "{text:?}");
            let found = fast.unwrap_or_else(|| reference_trailing(text));
            assert_eq!(found.map(|(_, d)| d.to_string()).as_deref(), *want, "{text:?}");
            agrees_with_the_pattern(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_hand_read_dateline_date_agrees_with_the_pattern(
            text in "([A-Z][A-Za-z._'-]{0,6}[ ,/]{0,2}){0,3}(Jan|January|JAN|Sept|Sep|SEPT|May|MAY|Mayo|Oct|Feb|June|Jun|Dec)\\.?[ \t,.]{0,2}[0-9]{0,3}(,? ?[0-9]{0,5})?"
        ) {
            agrees_with_the_pattern(&text);
        }
    }
}
