//! The day a story tells about, for statements whose cues carry no date.
//!
//! A story published on Wednesday often reports an event of Tuesday: its lede dates the event
//! once ("Workers marched on Tuesday ...", "X said on Tuesday ...", "In a ruling delivered
//! yesterday, ..."), and the statements that follow, by X or by others at the same event,
//! carry no date of their own. They were made on the story's day, not on the publication day.
//!
//! The story's day is read once per article, in text order, from the dates written in its
//! narration: every date expression outside statements and quotations that a past-tense
//! clause could hold (not "until Monday", not "will meet on Monday", not a dateline). Rules:
//!
//! - The first such date in the lede zone (the first paragraph long enough to be the lede and
//!   the two after it) is the story's day; a date equal to publication, or a date before the
//!   lede zone ends, closes the zone. A first paragraph without a date followed by text the
//!   article stage left out (a byline, an "Updated:" line, a caption) is a standfirst, not
//!   the lede.
//! - Later, a paragraph dated otherwise (another day, or a vague or distant time: "last
//!   month", "on March 1" in a paper of March 13) ends the story's day: the statements after
//!   it are dated by publication again. A paragraph of history with no statement ("Iceland
//!   applied in 2009", "He was arraigned in November last year") is an aside and does not;
//!   nor does a fronted "Earlier," (what led up to the story's event), nor a document's day
//!   ("The agency, in an affidavit filed on Monday, said ...": the hearing goes on).
//! - A date fronting a paragraph ("On Tuesday, X described ...") is the scene of its later
//!   sentences' statements made to an audience ("The diplomat told her weekly briefing").
//! - A date between a cue's words and its statement is the cue's ("X told the House of
//!   Representatives on Tuesday that ...").
//! - Within one paragraph, a dated statement dates the undated statements after it ("X said
//!   in a statement on Tuesday night ... 'Quote,' its chairwoman said").
//! - A speaker's own dated statement dates that speaker's later undated ones first (`carry`).
//! - A present-tense cue ("says", "analysts say") is of the publication day and keeps it.
//! - "Earlier in the day", "later that day" name the day the story is at.
//! - A dateline at a paragraph's start after the lede ("HANOI, July 2 (Bernama) --") starts a
//!   new story of a round-up: the story's day is read afresh.
//!
//! Days set here have basis [`DateBasis::Continued`]: the text, not the publication date,
//! gives them. Linear in the article's tokens and claims.

use std::ops::Range;

use whosaid_core::{Claim, ClaimKind, DateBasis, PartialDate, Span, Weekday};
use whosaid_tokenize::{Token, Tokens};

use crate::carry::SpeakerDays;
use crate::dates::{self, DateExpr};
use crate::Document;

/// The shortest lede paragraph, in bytes: headlines, bylines and date lines are shorter.
const LEDE_BYTES: usize = 120;

/// The shortest lede paragraph dated by a weekday or "yesterday", in bytes: shorter
/// sentences are captions and teasers.
const SHORT_LEDE_BYTES: usize = 60;

/// How many paragraphs, from the lede on, may set the story's day.
const LEDE_ZONE: usize = 3;

/// How many days before publication a narrated date may be and still be the story's day;
/// older dates are background ("The fees, which took effect on March 1").
const RECENT_DAYS: u32 = 7;

/// What a date in the narration says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// A day within the last week: the day of the clause that holds it. The flag tells a
    /// date of one speaker's statement ("said on Monday", "said in an interview on Monday")
    /// from the date of an event ("at a briefing on Monday", "In a ruling delivered
    /// yesterday", "Workers marched on Monday").
    Day(PartialDate, bool, DateBasis),
    /// A vague or distant time: the clause is background, the story has left its day. The
    /// flag tells history (a year, a month, a season: "applied in 2009", "arraigned in
    /// November last year") from recent background ("last month", "this week", "recently")
    /// and from an event dated to its day ("asked on February 19").
    Background(bool),
    /// A fronted "Earlier,": a clause before the story's event, which leads up to it ("...
    /// received X on Wednesday. Earlier, the ministers held talks"); the story keeps its day.
    Before,
    /// "earlier in the day": the day the story is at.
    SameDay,
    /// A dateline ("HANOI, July 2 (Bernama) --"): a story starts here.
    Dateline,
}

/// Words right before a date that make it a limit, a span or a plan, not the day of the
/// clause: "until Monday", "from Monday", "by Friday", "next Tuesday".
const NOT_THE_CLAUSE_DAY: [&str; 20] = [
    "until",
    "till",
    "by",
    "from",
    "since",
    "before",
    "after",
    "through",
    "next",
    "for",
    "between",
    "and",
    "or",
    "to",
    "of",
    "than",
    "ahead",
    "following",
    "despite",
    "amid",
];

/// Limits a word before the date's own modifier still makes: "since midnight yesterday".
const LIMITS: [&str; 11] = [
    "until",
    "till",
    "since",
    "from",
    "before",
    "after",
    "following",
    "through",
    "ahead",
    "including",
    "ended",
];

/// Words of a clause about the future: a date after them is a plan ("will meet on Monday").
const FUTURE_WORDS: [&str; 10] =
    ["will", "would", "shall", "'ll", "scheduled", "due", "expected", "plans", "planned", "plan"];

/// [`NOT_THE_CLAUSE_DAY`], [`LIMITS`], [`FUTURE_WORDS`] and [`RELATIVE_WORDS`] with their
/// first letters: the scan tests them on up to 14 words before every date.
static NOT_THE_CLAUSE_DAY_SET: WordList = WordList::new(&NOT_THE_CLAUSE_DAY);
static LIMITS_SET: WordList = WordList::new(&LIMITS);
static FUTURE_WORDS_SET: WordList = WordList::new(&FUTURE_WORDS);
static RELATIVE_WORDS_SET: WordList = WordList::new(&RELATIVE_WORDS);

/// A short list of lowercase words matched in any ASCII case, with a table of their first
/// bytes in both cases: most words are rejected by one lookup instead of a pass over the
/// list.
struct WordList {
    words: &'static [&'static str],
    initials: [bool; 256],
}

impl WordList {
    const fn new(words: &'static [&'static str]) -> WordList {
        let mut initials = [false; 256];
        let mut k = 0;
        while k < words.len() {
            if let Some(&first) = words[k].as_bytes().first() {
                initials[first.to_ascii_lowercase() as usize] = true;
                initials[first.to_ascii_uppercase() as usize] = true;
            }
            k += 1;
        }
        WordList { words, initials }
    }

    /// Whether `word` is in the list, in any ASCII case.
    #[inline]
    fn contains(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_some_and(|&b| self.initials.get(usize::from(b)).copied().unwrap_or(false))
            && self.words.iter().any(|w| word.eq_ignore_ascii_case(w))
    }
}

/// How many tokens into a paragraph a dateline's date may start ("KUALA LUMPUR, July 2").
const DATELINE_TOKENS: usize = 8;

/// How far back before a date the clause is searched for a future word.
const CLAUSE_WINDOW: usize = 12;

/// Pushes onto `out` the tokens of `range` that may start a date expression (a word passing
/// the opener tables and [`may_start_date`]), so that [`date_by_story`] parses only these.
/// A word whose first byte opens no date stops at one table lookup.
#[inline]
fn date_words_in(text: &str, tokens: &[Token], range: Range<usize>, out: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let start = range.start;
    let sentence = tokens.get(range).unwrap_or(&[]);
    // The first byte of the sentence's next token, or 0 at its end: `parse_at` reads no
    // word past the sentence.
    let next_initial = |k: usize| {
        sentence.get(k + 1).and_then(|t| bytes.get(t.span().start)).copied().unwrap_or(0)
    };
    for (k, token) in sentence.iter().enumerate() {
        let span = token.span();
        let first_byte = bytes.get(span.start).copied().unwrap_or(0);
        let lengths = DATE_OPENER_LENGTHS.get(usize::from(first_byte)).copied().unwrap_or(0);
        // Marks, and words opening with a byte no date opener has ("a", "of", "company"),
        // stop at this one load.
        if lengths == 0 {
            continue;
        }
        let length_bit = 1 << span.len().min(31);
        if lengths & length_bit == 0 || !token.is_word() {
            continue;
        }
        // A word that can only be a listed one (any initial but a digit or a month's capital)
        // must also end like a listed word of its length ("the", "that"), or in a possessive
        // ending: "to", "is", "it", "they", "It", "To" stop here.
        if lengths != u32::MAX {
            let last = span.end.checked_sub(1).and_then(|at| bytes.get(at)).copied().unwrap_or(0);
            if DATE_OPENER_ENDINGS.get(usize::from(last)).copied().unwrap_or(0) & length_bit == 0 {
                continue;
            }
        }
        // Numbers and "the", "that" and "in" pass the opener test by the thousand, and start
        // a date only before a capitalized month ("6 October", "in March"), a year or an
        // article ("in 2009", "in a 2019 interview"), or "same" ("the same day"): a look at
        // the next word's first byte spares the parse the rest.
        if first_byte.is_ascii_digit() {
            if next_initial(k).is_ascii_uppercase() {
                out.push(start + k);
            }
            continue;
        }
        // Most words passing the initial test are plain words ("said", "to", "Smith"): their
        // stem is themselves, so their bytes name the one listed opener they can be, or show
        // a capital opening like a month's, before any string is made.
        let raw = bytes.get(span.start..span.end).unwrap_or(&[]);
        let plain = |b: u8| b.is_ascii() && !matches!(b, b'\'' | b'`');
        let stem_is_word = match raw {
            [.., before, b's' | b'S'] => plain(*before),
            [.., last] => plain(*last) && !matches!(last, b's' | b'S'),
            [] => true,
        };
        if stem_is_word {
            // The word's first eight bytes, folded, read at once from the text when it runs
            // on past them.
            let key = match bytes.get(span.start..span.start + 8) {
                Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) => {
                    let window = u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]);
                    let kept = match raw.len() {
                        0..=7 => (1u64 << (8 * raw.len())) - 1,
                        _ => u64::MAX,
                    };
                    (window | 0x2020_2020_2020_2020) & kept
                }
                _ => dates::folded_key(raw),
            };
            let opens = match dates::opener_keyed(raw, key) {
                Some(dates::Opener::TheOrThat) => matches!(next_initial(k), b's' | b'S'),
                Some(dates::Opener::In) => {
                    let next = next_initial(k);
                    next.is_ascii_digit()
                        || next.is_ascii_uppercase()
                        || matches!(next, b'a' | b'A')
                }
                Some(_) => true,
                None => {
                    first_byte.is_ascii_uppercase()
                        && raw.len() >= 3
                        && dates::month_of_key(key).is_some()
                }
            };
            if opens {
                out.push(start + k);
            }
            continue;
        }
        // A possessive or an apostrophe at the end ("Tuesday's", "this'"): read its stem.
        let word = stem(span.get(text).unwrap_or(""));
        let may_parse = if word.eq_ignore_ascii_case("the") || word.eq_ignore_ascii_case("that") {
            matches!(next_initial(k), b's' | b'S')
        } else if word.eq_ignore_ascii_case("in") {
            let next = next_initial(k);
            next.is_ascii_digit() || next.is_ascii_uppercase() || matches!(next, b'a' | b'A')
        } else {
            true
        };
        if may_parse && may_start_date(word) {
            out.push(start + k);
        }
    }
}

/// Bit `n` (`n` up to 31, 31 for longer words) of `DATE_OPENER_LENGTHS[b]`: a token of `n`
/// bytes starting with byte `b` may pass [`may_start_date`]. Digits and
/// the capitals of month names may have any length (all bits set); any other initial only the
/// lengths of the listed words it starts, plus up to four bytes of a possessive ending
/// ("today’s"), which [`stem`] strips. Most words fail this one lookup.
static DATE_OPENER_LENGTHS: [u32; 256] = date_opener_lengths();

const fn date_opener_lengths() -> [u32; 256] {
    let mut lengths = [0u32; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_digit() || MONTH_CAPITALS[b] {
            lengths[b] = u32::MAX;
        }
        b += 1;
    }
    let mut k = 0;
    while k < LISTED_STARTS.len() {
        let word = LISTED_STARTS[k].as_bytes();
        if let [first, ..] = word {
            let mut extra = 0;
            while extra <= 4 {
                lengths[first.to_ascii_lowercase() as usize] |= 1 << (word.len() + extra);
                lengths[first.to_ascii_uppercase() as usize] |= 1 << (word.len() + extra);
                extra += 1;
            }
        }
        k += 1;
    }
    lengths
}

/// The capitals that open a month's name: a word so opening may be a month of any length.
static MONTH_CAPITALS: [bool; 256] = {
    let mut capitals = [false; 256];
    let months = b"JFMASOND";
    let mut k = 0;
    while k < months.len() {
        capitals[months[k] as usize] = true;
        k += 1;
    }
    capitals
};

/// Bit `n` (as in [`DATE_OPENER_LENGTHS`]) of `DATE_OPENER_ENDINGS[b]`: a token (not a number
/// nor a month's capital) of
/// `n` bytes ending in byte `b` may be a listed word ([`LISTED_STARTS`], in any case) or one
/// with a possessive ending, which [`stem`] strips: "'s" (an apostrophe of up to three bytes,
/// then s) adds two to four bytes after the word; a trailing apostrophe ("this'") ends in
/// `'`, `` ` `` or a non-ASCII byte, allowed at any length.
static DATE_OPENER_ENDINGS: [u32; 256] = date_opener_endings();

const fn date_opener_endings() -> [u32; 256] {
    let mut endings = [0u32; 256];
    let mut b = 0x80;
    while b < 256 {
        endings[b] = u32::MAX;
        b += 1;
    }
    endings[b'\'' as usize] = u32::MAX;
    endings[b'`' as usize] = u32::MAX;
    let mut k = 0;
    while k < LISTED_STARTS.len() {
        let word = LISTED_STARTS[k].as_bytes();
        if let [.., last] = word {
            endings[last.to_ascii_lowercase() as usize] |= 1 << word.len();
            endings[last.to_ascii_uppercase() as usize] |= 1 << word.len();
            let mut extra = 2;
            while extra <= 4 {
                endings[b's' as usize] |= 1 << (word.len() + extra);
                endings[b'S' as usize] |= 1 << (word.len() + extra);
                extra += 1;
            }
        }
        k += 1;
    }
    endings
}

/// Dates each claim dated only by publication by its speaker's earlier dated statement or by
/// the story's day; see the module docs. Claims must be in text order. The words that may
/// start a date are found here ([`date_words_in`]), only in the sentences this reading
/// visits: none in a text without a claim to date, none after the last such claim.
pub(crate) fn date_by_story(doc: &Document<'_>, claims: &mut [Claim]) {
    let Some(published) = doc.published else {
        return;
    };
    // Only a claim dated by publication, or relative to it, is ever redated below; the text
    // after the last such claim can change nothing, and a text without one is not read.
    let Some(last_datable) = claims
        .iter()
        .rposition(|c| matches!(c.date_basis, DateBasis::Publication | DateBasis::Relative))
    else {
        return;
    };
    // The date words of the sentence being read, in a buffer kept for the article.
    let mut sentence_date_words: Vec<usize> = Vec::new();
    let tokens = doc.tokens;
    let text = doc.text;
    let excluded = excluded_spans(doc, claims);
    let mut excluded_at = 0usize;
    let mut speaker_days = SpeakerDays::default();
    let mut next_claim = 0usize;
    let mut story = Story {
        published,
        day: None,
        day_set_in: 0,
        paragraph: 0,
        zone_left: 0,
        lede_seen: false,
        narration_only: false,
    };
    let mut marks: Vec<(usize, Mark, usize)> = Vec::new();
    // Where the paragraph's days of documents are ("in an affidavit filed on Monday").
    let mut document_days: Vec<usize> = Vec::new();
    // Without the publication's year a weekday cannot be placed, unless the lede names the
    // dateline's day ("BERLIN, Feb. 4 (Reuters) - ... said on Thursday"): the weekdays
    // after it count back from that one.
    let mut anchor: Option<Weekday> = None;
    for (paragraph_index, paragraph) in tokens.paragraphs.iter().enumerate() {
        if next_claim > last_datable {
            break;
        }
        marks.clear();
        document_days.clear();
        let mut first_token = None;
        let mut first_weekday: Option<Weekday> = None;
        // Where a date fronting the paragraph sits ("On Tuesday, X described ..."): the scene
        // of all its statements.
        let mut scene_at: Option<usize> = None;
        let paragraph_end_claim = next_claim
            + claims
                .get(next_claim..)
                .unwrap_or(&[])
                .iter()
                .take_while(|c| claim_position(c) < paragraph.span.end)
                .count();
        // The day a reported statement of the lede zone gives its event ("Eight countries
        // agreed on Sunday to ..., the group said"): the paragraph's first claim's, while the
        // zone is open.
        let zone_open = !story.lede_seen || story.zone_left > 0;
        let lede_statement = claims
            .get(next_claim)
            .filter(|_| zone_open && next_claim < paragraph_end_claim)
            .and_then(reported_before_its_speaker);
        let mut lede_statement_day: Option<PartialDate> = None;
        let mut lede_statement_read = false;
        if is_timestamped(doc.text, paragraph.span)
            || timestamp_before(doc.text, tokens, paragraph_index, paragraph.span)
        {
            marks.push((paragraph.span.start, Mark::Dateline, paragraph.sentences.start));
        }
        for s in paragraph.sentences.clone() {
            let Some(sentence) = tokens.sentences.get(s) else { continue };
            let range = sentence.tokens.clone();
            first_token.get_or_insert(range.start);
            let word = |k: usize| {
                if range.contains(&k) {
                    // "Tuesday's briefing", "yesterday's tremor": the day, possessive or not.
                    tokens.tokens.get(k).map(|t| stem(t.span().get(text).unwrap_or("")))
                } else {
                    None
                }
            };
            // Only tokens that may start a date can change anything below: visit those.
            let end = range.end.min(tokens.tokens.len());
            sentence_date_words.clear();
            date_words_in(
                text,
                &tokens.tokens,
                range.start.min(end)..end,
                &mut sentence_date_words,
            );
            let mut i = range.start;
            for &candidate in &sentence_date_words {
                if candidate < i {
                    continue;
                }
                i = candidate;
                let Some(token) = tokens.tokens.get(i) else { break };
                let start = token.span().start;
                while excluded.get(excluded_at).is_some_and(|e| e.end <= start) {
                    excluded_at += 1;
                }
                let inside = excluded.get(excluded_at).is_some_and(|e| e.start <= start);
                let at_start = first_token.is_some_and(|f| i < f + DATELINE_TOKENS);
                // A statement may begin with the dateline ("HANOI, July 2 (Bernama) -- X
                // will ..."): its date is read there, and only as a dateline.
                if inside {
                    // Only the statement's first date is read, and only when no word before
                    // it in the statement makes it a plan, a limit or another clause's.
                    if let Some(st) = lede_statement
                        .filter(|st| !lede_statement_read && st.start <= start && start < st.end)
                    {
                        lede_statement_read = true;
                        let raw = token.span().get(text).unwrap_or("");
                        let opening = text.get(st.start..start).unwrap_or("");
                        lede_statement_day = dates::parse_at(word, i)
                            .filter(|_| stem(raw) == raw && !opening_moves_the_day(opening))
                            // "X on Monday will set ...": a plan after the date too.
                            .filter(|&(_, end)| {
                                !word(end).is_some_and(|w| {
                                    DAY_MOVERS.iter().any(|m| w.eq_ignore_ascii_case(m))
                                })
                            })
                            .and_then(|(expr, end)| {
                                match mark_of(expr, i, end, false, &word, published, anchor)? {
                                    Mark::Day(day, _, DateBasis::Relative) => Some(day),
                                    _ => None,
                                }
                            });
                    }
                }
                if inside && !at_start {
                    i += 1;
                    continue;
                }
                match dates::parse_at(word, i) {
                    Some((expr, end)) => {
                        if let (DateExpr::Weekday(w), false) = (expr, inside) {
                            first_weekday.get_or_insert(w);
                        }
                        let mark = mark_of(expr, i, end, at_start, &word, published, anchor)
                            .filter(|m| !inside || *m == Mark::Dateline);
                        if let Some(mark) = mark {
                            // So does a dated opening sentence of narration ("X testified on
                            // Monday. He told jurors ...").
                            let narration_opens = s == paragraph.sentences.start
                                && claims
                                    .get(next_claim..paragraph_end_claim)
                                    .and_then(<[Claim]>::first)
                                    .map_or(true, |c| claim_position(c) >= sentence.span.end);
                            if matches!(mark, Mark::Day(..))
                                && (is_fronted(&word, i, end, first_token) || narration_opens)
                                && marks.is_empty()
                            {
                                scene_at = Some(start);
                            }
                            if matches!(mark, Mark::Day(..)) && dates_a_document(&word, i) {
                                document_days.push(start);
                            }
                            let mark = match mark {
                                Mark::Day(day, _, basis) => {
                                    let cues = claims.get(next_claim..paragraph_end_claim);
                                    let cue_date = dates_a_statement(&word, i, cues.unwrap_or(&[]));
                                    Mark::Day(day, cue_date, basis)
                                }
                                other => other,
                            };
                            marks.push((start, mark, s));
                        }
                        i = end.max(i + 1);
                    }
                    None => i += 1,
                }
            }
        }
        let paragraph_claims = claims.get(next_claim..paragraph_end_claim).unwrap_or(&[]);
        // Text the article stage left out between the first paragraph and the next (a
        // byline, an "Updated:" line, a photo caption): the first was a standfirst.
        let skipped_after = || {
            let next = tokens.paragraphs.get(paragraph_index + 1);
            next.and_then(|n| text.get(paragraph.span.end..n.span.start))
                .is_some_and(|gap| !gap.trim().is_empty())
        };
        let standfirst = !story.lede_seen
            && !marks.iter().any(|&(_, m, _)| matches!(m, Mark::Day(..)))
            && skipped_after();
        // A summary box's bullet points ("• X said the petitioners had a case") restate the
        // story ahead of it; the lede comes after them.
        let bulleted = !story.lede_seen
            && text
                .get(paragraph.span.start..paragraph.span.end)
                .is_some_and(|p| p.trim_start().starts_with(SUMMARY_BULLETS));
        if !standfirst && !bulleted {
            // A short lede still dates its event ("The port was paralysed on Monday as
            // dockers walked out."): a sentence of narration dated by a weekday or
            // "yesterday", where a headline or a byline is neither.
            let dated_sentence =
                marks.iter().any(|&(_, m, _)| matches!(m, Mark::Day(_, _, DateBasis::Relative)))
                    && text.get(paragraph.span.start..paragraph.span.end).is_some_and(|p| {
                        p.trim_end().ends_with('.') && p.len() >= SHORT_LEDE_BYTES
                    });
            story.open_paragraph(
                paragraph_index,
                paragraph.span,
                &marks,
                paragraph_claims,
                dated_sentence,
            );
        }
        story.narration_only = paragraph_claims.is_empty();
        if story.zone_left == LEDE_ZONE && anchor.is_none() && published.year().is_none() {
            anchor = first_weekday;
        }
        let mut para_day: Option<PartialDate> = None;
        let mut undated_statement = false;
        let dated = marks.iter().any(|&(_, m, _)| matches!(m, Mark::Day(..)));
        let mut same_day: Option<(usize, PartialDate)> = None;
        let mut scene_day: Option<(usize, PartialDate)> = None;
        let mut mark_at = 0usize;
        // The paragraph's claims read so far tell whose statements it has read: "He later
        // told reporters" after his own statement is the same occasion's aftermath.
        let paragraph_first_claim = next_claim;
        loop {
            let (read, unread) = claims.split_at_mut(next_claim.min(claims.len()));
            let Some(claim) = unread.first_mut() else { break };
            let paragraph_speakers = read.get(paragraph_first_claim..).unwrap_or(&[]);
            let position = claim_position(claim);
            if position >= paragraph.span.end {
                break;
            }
            // Marks before the claim have spoken when the claim is read.
            while let Some(&(at, mark, sentence)) = marks.get(mark_at) {
                if at > position {
                    break;
                }
                if let (Mark::Day(day, ..), true) = (mark, scene_at == Some(at)) {
                    scene_day = Some((sentence, day));
                }
                if !story.is_aside(mark, document_days.contains(&at)) {
                    story.apply(mark, sentence, &mut para_day, &mut same_day);
                }
                mark_at += 1;
            }
            // The lede's reported event dates the statement that reports it, and is the
            // story's day: the statement was made on the day of what it reports.
            let lede_here =
                story.lede_seen && story.zone_left > 0 && next_claim == paragraph_first_claim;
            if let (true, Some(day), DateBasis::Publication) =
                (lede_here, lede_statement_day, claim.date_basis)
            {
                if day != published {
                    claim.stated_on = Some(day);
                    claim.date_basis = DateBasis::Continued;
                    para_day = Some(day);
                }
            }
            if claim.date_basis == DateBasis::Publication {
                if let Some((day, basis)) = missed_cue_date(doc, claim, &marks) {
                    claim.stated_on = Some(day);
                    claim.date_basis = basis;
                }
            }
            let mut own_day = match claim.date_basis {
                DateBasis::Explicit | DateBasis::Relative => claim.stated_on,
                _ => None,
            };
            if let Some((sentence, day)) = same_day {
                let in_sentence = tokens.sentence_at(position) == Some(sentence);
                if in_sentence
                    && claim.date_basis == DateBasis::Relative
                    && claim.stated_on == Some(published)
                    && day != published
                {
                    claim.stated_on = Some(day);
                    claim.date_basis = DateBasis::Continued;
                    own_day = Some(day);
                }
            }
            if let Some(day) = own_day {
                para_day = Some(day);
                // A document's day ("The agency, in an affidavit filed on Monday, said ...")
                // is not the story moving on: the hearing it was filed for goes on.
                if !is_written(doc, claim) {
                    story.leave_day_unless(day);
                }
            }
            if claim.date_basis == DateBasis::Publication
                && !is_present_tense(&claim.cue)
                && !is_perfect(doc, claim)
            {
                undated_statement = true;
                story.undated_statement_read(mark_at > 0);
            }
            if claim.date_basis == DateBasis::Unknown && names_no_day(doc, claim, &marks) {
                speaker_days.note_no_day(claim);
            }
            if claim.date_basis == DateBasis::Publication && speaker_days.has_no_day(claim) {
                claim.stated_on = None;
                claim.date_basis = DateBasis::Unknown;
            }
            // "X later told the paper": said after the story's event, on a day the text does
            // not give; the story has moved on to the publication day.
            let later = claim.date_basis == DateBasis::Publication
                && said_later(doc, claim)
                && !paragraph_speakers.iter().any(|c| c.speaker.name == claim.speaker.name);
            if later {
                story.day = None;
                para_day = None;
            }
            if claim.date_basis == DateBasis::Publication && !later {
                let written = || is_written(doc, claim);
                let story_day = || {
                    let day = match para_day {
                        Some(day) => day,
                        None => story.day_before(paragraph_index).filter(|_| !written())?,
                    };
                    (!is_present_tense(&claim.cue) && day != published).then_some(day)
                };
                // The paragraph's fronted scene ("On Tuesday, X described ... The diplomat
                // told her weekly briefing ...") comes before the speaker's earlier day, for a
                // statement of a later sentence made to an audience the cue names; a bare
                // "the sources said" is the reporter's sourcing, of the publication day.
                let in_scene = |&(scene_sentence, _): &(usize, PartialDate)| {
                    tokens.sentence_at(position).is_some_and(|s| s > scene_sentence)
                        && names_audience(&claim.cue)
                };
                let day = match scene_day.filter(in_scene) {
                    Some((_, scene)) => Some(scene).filter(|&d| d != published),
                    None => speaker_days.day_for(claim).or_else(story_day),
                };
                if let Some(day) = day {
                    claim.stated_on = Some(day);
                    claim.date_basis = DateBasis::Continued;
                }
            }
            if let Some(day) = own_day {
                speaker_days.note(claim, day);
            }
            next_claim += 1;
        }
        for &(at, mark, sentence) in marks.get(mark_at..).unwrap_or(&[]) {
            if !story.is_aside(mark, document_days.contains(&at)) {
                story.apply(mark, sentence, &mut para_day, &mut same_day);
            }
        }
        story.close_paragraph(undated_statement && !dated);
    }
}

/// The running state of one article's reading.
struct Story {
    published: PartialDate,
    /// The day the story tells about, when it is not the publication day.
    day: Option<PartialDate>,
    /// The paragraph that set `day`.
    day_set_in: usize,
    /// The paragraph being read.
    paragraph: usize,
    /// Paragraphs of the lede zone still to read; 0 once the zone is closed.
    zone_left: usize,
    lede_seen: bool,
    /// Whether the paragraph being read holds no statement: its background dates ("He
    /// pleaded not guilty when arraigned in November last year") tell history, and the
    /// story returns to its day after it.
    narration_only: bool,
}

impl Story {
    /// Opens the lede zone at the lede, and again at a dateline that starts a round-up's
    /// next story.
    fn open_paragraph(
        &mut self,
        index: usize,
        span: Span,
        marks: &[(usize, Mark, usize)],
        claims: &[Claim],
        dated_sentence: bool,
    ) {
        self.paragraph = index;
        let dateline = marks.first().is_some_and(|&(_, m, _)| m == Mark::Dateline);
        if !self.lede_seen {
            // A standfirst's "X says ..." summary is not the lede.
            let lede_claim = || claims.iter().any(|c| !is_present_tense(&c.cue));
            let narration = span.len() >= LEDE_BYTES || dated_sentence;
            if (narration && claims.is_empty()) || lede_claim() {
                self.lede_seen = true;
                self.zone_left = LEDE_ZONE;
            }
        } else if dateline {
            self.day = None;
            self.zone_left = LEDE_ZONE;
        }
    }

    /// The story's day for a statement in paragraph `index`: only paragraphs after the one
    /// that set it take it; within that paragraph the date modifies its own clause ("The
    /// council met on Monday. It said ..." keeps the publication day).
    fn day_before(&self, index: usize) -> Option<PartialDate> {
        self.day.filter(|_| index > self.day_set_in)
    }

    /// An undated statement in the lede zone after the lede, before any date of its
    /// paragraph (`dated_before`), is news of the publication day: the zone closes.
    fn undated_statement_read(&mut self, dated_before: bool) {
        if self.zone_left > 0 && self.zone_left < LEDE_ZONE && !dated_before {
            self.zone_left = 0;
        }
    }

    /// A statement dated otherwise after the paragraph that set the story's day ends it.
    fn leave_day_unless(&mut self, day: PartialDate) {
        if self.paragraph > self.day_set_in && self.day.is_some_and(|d| d != day) {
            self.day = None;
        }
    }

    /// Ends a paragraph. A lede that reports an undated statement ("X said it would ...")
    /// and dates nothing is the news of the publication day: the zone closes, and later
    /// dates in it are background ("USAir rejected the offer yesterday").
    fn close_paragraph(&mut self, lede_undated_statement: bool) {
        if self.zone_left == LEDE_ZONE && lede_undated_statement {
            self.zone_left = 0;
        }
        if self.lede_seen {
            self.zone_left = self.zone_left.saturating_sub(1);
        }
    }

    /// Whether `mark`, a document's day when `document` ("in an affidavit filed on Monday"),
    /// leaves the story's day as it is: after the lede zone, the filing of a document is not
    /// the story moving on; the hearing or event it was filed for goes on.
    fn is_aside(&self, mark: Mark, document: bool) -> bool {
        document && self.zone_left == 0 && matches!(mark, Mark::Day(..))
    }

    fn apply(
        &mut self,
        mark: Mark,
        sentence: usize,
        para_day: &mut Option<PartialDate>,
        same_day: &mut Option<(usize, PartialDate)>,
    ) {
        match mark {
            // Only the lede's own date of a statement is the story's day; later in the lede
            // zone it is that speaker's ("X said on Monday").
            Mark::Day(_, true, _) if self.zone_left > 0 && self.zone_left < LEDE_ZONE => {}
            // A calendar date in the narration is mostly background ("a split declared
            // February 26"); the story's own day is written as a weekday or "yesterday".
            Mark::Day(_, _, DateBasis::Explicit) if self.zone_left > 0 => {}
            Mark::Day(day, ..) => {
                if self.zone_left > 0 {
                    self.day = (day != self.published).then_some(day);
                    self.day_set_in = self.paragraph;
                    self.zone_left = 0;
                } else if self.day.is_some_and(|d| d != day) {
                    self.day = None;
                }
            }
            // A paragraph of history between the day's statements ("He pleaded not guilty when
            // arraigned in November last year") is an aside: the story returns to its day.
            Mark::Background(true) if self.narration_only && self.paragraph > self.day_set_in => {}
            Mark::Background(_) => {
                self.day = None;
            }
            Mark::SameDay => {
                if let Some(day) = para_day.or(self.day) {
                    *same_day = Some((sentence, day));
                }
            }
            Mark::Dateline | Mark::Before => {}
        }
    }
}

/// What the date expression `expr` at tokens `i..end` says, or `None` when it is not the
/// day of its clause (a limit, a plan, a day after publication).
fn mark_of<'t>(
    expr: DateExpr,
    i: usize,
    end: usize,
    at_paragraph_start: bool,
    word: &impl Fn(usize) -> Option<&'t str>,
    published: PartialDate,
    anchor: Option<Weekday>,
) -> Option<Mark> {
    let is_dash = |w: &str| matches!(w, "-" | "--" | "–" | "—" | "(" | ":");
    // "SANTIAGO, May 4 (Reuters) -", "MOSCOW, October 9. /TASS/."
    let dateline = word(end).is_some_and(is_dash)
        || (word(end) == Some(".") && word(end + 1).is_some_and(|w| w.starts_with('/')));
    if at_paragraph_start && dateline && matches!(expr, DateExpr::Calendar { .. }) {
        return Some(Mark::Dateline);
    }
    let previous = i.checked_sub(1).and_then(word);
    if previous.is_some_and(|w| NOT_THE_CLAUSE_DAY_SET.contains(w)) {
        return None;
    }
    // "since midnight yesterday", "by late Friday".
    let second = i.checked_sub(2).and_then(word);
    if second.is_some_and(|w| LIMITS_SET.contains(w)) {
        return None;
    }
    let window = i.saturating_sub(CLAUSE_WINDOW)..i;
    let mut relative = false;
    for k in window.rev() {
        let Some(w) = word(k) else { break };
        if w == "," || w == ";" {
            break;
        }
        if FUTURE_WORDS_SET.contains(w) {
            return None;
        }
        relative |= RELATIVE_WORDS_SET.contains(w);
    }
    match expr {
        // A vague time in a relative clause tells about someone ("X, a retiree who lost her
        // savings last year, said"), not where the story is.
        DateExpr::Vague if relative => None,
        DateExpr::Vague if word(i).is_some_and(|w| w.eq_ignore_ascii_case("earlier")) => {
            // "earlier this week" is recent background; a fronted "Earlier," leads up to the
            // story's event.
            Some(if word(i + 1) == Some(",") { Mark::Before } else { Mark::Background(false) })
        }
        DateExpr::Vague => Some(Mark::Background(is_history(word, i, end))),
        DateExpr::SameDay => Some(Mark::SameDay),
        DateExpr::Weekday(day) if published.year().is_none() => {
            let back = (i64::from(anchor?.index()) - i64::from(day.index())).rem_euclid(7);
            Some(Mark::Day(days_before_yearless(published, back)?, false, DateBasis::Relative))
        }
        _ => match dates::resolve(Some(expr), Some(published)) {
            (Some(day), basis @ (DateBasis::Explicit | DateBasis::Relative)) => {
                Some(if is_recent(day, published) {
                    Mark::Day(day, false, basis)
                } else {
                    // A dated event before the week: the story moves to another thread ("The
                    // federation asked on February 19 ... It said in its request ...").
                    Mark::Background(false)
                })
            }
            // After publication (a plan) or not placeable without a year.
            _ => None,
        },
    }
}

/// Whether the vague time at tokens `i..end` is history rather than recent background: it
/// names a year ("in 2009", "in a 2019 interview", "last year"), a month ("in November") or
/// a season ("last fall"), not a week or a month counted back ("last month", "this week").
fn is_history<'t>(word: &impl Fn(usize) -> Option<&'t str>, i: usize, end: usize) -> bool {
    const RECENT: [&str; 6] = ["week", "month", "this", "recently", "previously", "earlier"];
    (i..end).filter_map(word).all(|w| !RECENT.iter().any(|r| w.eq_ignore_ascii_case(r)))
}

/// Openings of a fronted scene-setting phrase whose date is the cue's: "Speaking at the
/// forum yesterday, X said", "In a ruling delivered yesterday, X said".
const INTRO_LEADS: [&str; 10] = [
    "speaking",
    "in",
    "at",
    "during",
    "addressing",
    "asked",
    "answering",
    "talking",
    "reached",
    "writing",
];

/// How far after a claim's cue, in bytes, a date flagged as a statement's may sit and still
/// be that cue's ("X told parliament's climate committee on Thursday", "X said in an
/// interview on Monday").
const CUE_DATE_BYTES: usize = 25;

/// The date the engine did not attach to the cue of an undated claim: a date of a fronted
/// scene-setting phrase of the claim's sentence, before the speaker, or a statement's date
/// right after the speaker's cue. `marks` are the paragraph's.
fn missed_cue_date(
    doc: &Document<'_>,
    claim: &Claim,
    marks: &[(usize, Mark, usize)],
) -> Option<(PartialDate, DateBasis)> {
    let tokens = doc.tokens;
    let speaker = claim.speaker_span?;
    let sentence = tokens.sentence_at(speaker.start)?;
    let opening = tokens.sentences.get(sentence)?.tokens.start;
    let fronted = tokens.tokens.get(opening).is_some_and(|t| {
        let w = t.text(doc.text);
        INTRO_LEADS.iter().any(|l| w.eq_ignore_ascii_case(l))
    });
    let text = doc.text;
    marks.iter().find_map(|&(at, mark, s)| match mark {
        Mark::Day(day, cue_date, basis) if s == sentence => {
            // Not a relative clause's date ("In Norvik, where the cranes broke down on
            // Monday, X said").
            let intro = text.get(tokens.tokens.get(opening)?.span().start..at).unwrap_or("");
            let before = fronted
                && at < speaker.start
                && !intro.split_whitespace().any(|w| {
                    RELATIVE_WORDS.iter().any(|r| w.trim_matches(',').eq_ignore_ascii_case(r))
                });
            // Right after this claim's own cue and a short tail, not another clause's.
            let gap = text.get(speaker.end..at).unwrap_or("").trim_start();
            let after = cue_date
                && at >= speaker.end
                && gap.len() <= claim.cue.len() + CUE_DATE_BYTES
                && gap.get(..claim.cue.len()).is_some_and(|g| g.eq_ignore_ascii_case(&claim.cue))
                && !gap.contains(',');
            // In an aside between the speaker and the cue ("The commission, in an affidavit
            // filed on Monday, said ...").
            // A relative clause's date is its own verb's, unless that verb is the speaking
            // itself ("X, who spoke on Wednesday at a retreat, said ...").
            let aside = at >= speaker.end
                && at < claim.span.start
                && gap.starts_with(',')
                && gap.len() <= ASIDE_BYTES
                && (!gap.split_whitespace().any(|w| {
                    RELATIVE_WORDS.iter().any(|r| w.trim_matches(',').eq_ignore_ascii_case(r))
                }) || relates_the_speaking(gap));
            // Between the cue's words and the statement it introduces ("X told the House of
            // Representatives on Tuesday that ...").
            let between = at >= speaker.end
                && at < claim.span.start
                && gap.len() <= claim.cue.len() + ASIDE_BYTES
                && gap.get(..claim.cue.len()).is_some_and(|g| g.eq_ignore_ascii_case(&claim.cue))
                && !gap.contains(',');
            // A participial aside on the sentence's subject dates that subject's statements
            // however the cue refers back to it ("X, speaking on Fox on Tuesday, blamed the
            // shortage, which he said ...").
            let subject_aside = at < speaker.start
                && !intro.split_whitespace().any(|w| {
                    RELATIVE_WORDS.iter().any(|r| w.trim_matches(',').eq_ignore_ascii_case(r))
                })
                && intro.split(", ").skip(1).any(|part| {
                    let lead = part.split_whitespace().next().unwrap_or("");
                    lead.len() > 4
                        && lead.ends_with("ing")
                        && INTRO_LEADS.iter().any(|l| lead.eq_ignore_ascii_case(l))
                });
            // The main clause's day, for a participle's statement ("X on Tuesday rejected the
            // plan, saying ...", "Nurses walked out on Monday afternoon, saying ...").
            let participle = is_participle(&claim.cue)
                && at >= speaker.end
                && at < claim.span.start
                && !gap.split_whitespace().any(|w| {
                    RELATIVE_WORDS.iter().any(|r| w.trim_matches(',').eq_ignore_ascii_case(r))
                });
            // A document's own day right after its name ("according to a study published on
            // Wednesday", "a report released Tuesday said").
            let document = at >= speaker.end && !gap.contains(',') && {
                let mut words = gap.split_whitespace();
                words
                    .next()
                    .is_some_and(|w| DOCUMENT_PARTICIPLES.iter().any(|p| w.eq_ignore_ascii_case(p)))
                    && words.all(|w| w.eq_ignore_ascii_case("on"))
            };
            (before || after || aside || between || participle || subject_aside || document)
                .then_some((day, basis))
        }
        _ => None,
    })
}

/// Verbs of a relative clause on the speaker that tell of the speaking itself, so that the
/// clause's day is the statement's: "who spoke on Wednesday", "who was speaking at a
/// forum on Monday", "who addressed the assembly on Tuesday".
const SPEAKING_VERBS: [&str; 7] =
    ["spoke", "speaking", "addressed", "addressing", "briefed", "briefing", "testified"];

/// Whether `gap` (from the speaker to a date) opens with a relative clause whose verb is the
/// speaking: ", who spoke", ", who was speaking".
fn relates_the_speaking(gap: &str) -> bool {
    let mut words = gap.trim_start_matches([',', ' ']).split_whitespace();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("who")) {
        return false;
    }
    let mut verb = words.next().unwrap_or("");
    if verb.eq_ignore_ascii_case("was") || verb.eq_ignore_ascii_case("were") {
        verb = words.next().unwrap_or("");
    }
    SPEAKING_VERBS.iter().any(|v| verb.eq_ignore_ascii_case(v))
}

/// The words of a reported statement written before its speaker ("Eight countries agreed on
/// Sunday to pause output, the group said"; quoted words in it or not), for a claim not yet
/// dated by its cue: a whole quotation or a statement after its speaker is not narration of
/// the event.
fn reported_before_its_speaker(claim: &Claim) -> Option<Span> {
    let speaker = claim.speaker_span?;
    (claim.kind != ClaimKind::Direct
        && claim.date_basis == DateBasis::Publication
        && claim.pieces.is_empty()
        && claim.span.start < speaker.start)
        .then(|| Span::new(claim.span.start, speaker.start.min(claim.span.end)))
}

/// The marks that open a summary box's points.
const SUMMARY_BULLETS: [char; 5] = ['\u{2022}', '\u{25cf}', '\u{25aa}', '\u{25e6}', '*'];

/// Words that, before a date in a reported statement, make the date something other than
/// the day of the event the statement reports: a plan ("will meet on Monday"), a present
/// outlook ("is unlikely to change ... on Thursday"), a limit ("in the week ended
/// yesterday"), or another clause's verb ("soldiers who landed on Monday", "after workers
/// voted on Monday").
const DAY_MOVERS: [&str; 28] = [
    "will",
    "would",
    "shall",
    "'ll",
    "is",
    "are",
    "unlikely",
    "likely",
    "could",
    "may",
    "might",
    "expected",
    "due",
    "scheduled",
    "plans",
    "planned",
    "who",
    "which",
    "that",
    "whose",
    "after",
    "when",
    "since",
    "following",
    "before",
    "until",
    "ended",
    "ending",
];

/// Whether a statement's words before its first date (`opening`) hold a [`DAY_MOVERS`] word.
fn opening_moves_the_day(opening: &str) -> bool {
    opening
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| DAY_MOVERS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// Participles that date a document after its name: "a study published on Wednesday".
const DOCUMENT_PARTICIPLES: [&str; 3] = ["published", "released", "issued"];

/// Whether the claim's cue follows "later" right after the speaker ("X later told the
/// paper", "X later said").
fn said_later(doc: &Document<'_>, claim: &Claim) -> bool {
    let Some(speaker) = claim.speaker_span else { return false };
    let after = doc.text.get(speaker.end..).unwrap_or("").trim_start();
    let Some(rest) = after.get(..6).filter(|w| w.eq_ignore_ascii_case("later ")) else {
        return false;
    };
    let cue = claim.cue.split_whitespace().next().unwrap_or("");
    !cue.is_empty()
        && after
            .get(rest.len()..)
            .and_then(|r| r.trim_start().get(..cue.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(cue))
}

/// Whether a cue is a participle of its sentence's main verb ("saying", "adding that"): its
/// statement was made when the main clause's act was.
fn is_participle(cue: &str) -> bool {
    let first = cue.split_whitespace().next().unwrap_or("");
    first.len() > 4 && first.ends_with("ing")
}

/// Whether the date at tokens `i..end` fronts its paragraph, set off by a comma: "On Tuesday,
/// ...", "Yesterday, ...".
fn is_fronted<'t>(
    word: &impl Fn(usize) -> Option<&'t str>,
    i: usize,
    end: usize,
    first_token: Option<usize>,
) -> bool {
    let Some(first) = first_token else { return false };
    let opens =
        i == first || (i == first + 1 && word(first).is_some_and(|w| w.eq_ignore_ascii_case("on")));
    opens && word(end) == Some(",")
}

/// How long an aside between a speaker and the cue may run before its date, in bytes.
const ASIDE_BYTES: usize = 60;

/// Words opening a relative clause, whose date is its own verb's.
const RELATIVE_WORDS: [&str; 5] = ["where", "which", "who", "whose", "when"];

/// Whether the claim's own cue is dated vaguely ("said in an interview last week", "Last
/// month, X said"): a vague time right after the cue and a short tail, or opening the
/// claim's sentence before the speaker.
fn names_no_day(doc: &Document<'_>, claim: &Claim, marks: &[(usize, Mark, usize)]) -> bool {
    let tokens = doc.tokens;
    let Some(speaker) = claim.speaker_span else { return false };
    let Some(sentence) = tokens.sentence_at(speaker.start) else { return false };
    let opening = tokens
        .sentences
        .get(sentence)
        .and_then(|s| tokens.tokens.get(s.tokens.start))
        .map_or(usize::MAX, |t| t.span().start);
    marks.iter().any(|&(at, mark, s)| {
        if !matches!(mark, Mark::Background(_) | Mark::Before) || s != sentence {
            return false;
        }
        // "previously", "recently", "earlier" contrast an old statement with the news, and
        // "said in 1986 output rose" may date the statement's content: neither dates a
        // whole interview.
        let words: Vec<&str> =
            doc.text.get(at..).unwrap_or("").split_whitespace().take(2).collect();
        let first = words.first().map_or("", |w| w.trim_matches(','));
        let contrast =
            ["previously", "recently", "earlier"].iter().any(|a| first.eq_ignore_ascii_case(a));
        let bare_year = first.eq_ignore_ascii_case("in")
            && words.get(1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        if contrast || bare_year {
            return false;
        }
        let gap = doc.text.get(speaker.end..at).unwrap_or("").trim_start();
        let after = at >= speaker.end
            && gap.len() <= claim.cue.len() + CUE_DATE_BYTES
            && gap.get(..claim.cue.len()).is_some_and(|g| g.eq_ignore_ascii_case(&claim.cue))
            && !gap.contains(',');
        after || (at == opening && at < speaker.start)
    })
}

/// Whether the claim is reported in the perfect ("X has called on ...", "X had said"): the
/// auxiliary right after the speaker.
fn is_perfect(doc: &Document<'_>, claim: &Claim) -> bool {
    let Some(speaker) = claim.speaker_span else { return false };
    let after = doc.text.get(speaker.end..).unwrap_or("");
    let next = after.split_whitespace().next().unwrap_or("");
    ["has", "have", "had"].iter().any(|a| next.eq_ignore_ascii_case(a))
}

/// Words right before a date that make it the date of one speaker's statement rather than
/// of an event others attended: "said in an interview on Monday", "in a statement on Monday".
const SPEAKER_CHANNELS: [&str; 8] =
    ["interview", "statement", "email", "e-mail", "letter", "post", "release", "tweet"];

/// Words of a written channel: a statement so given was not made at the story's event.
/// ("wrote" is not one: "the researchers wrote" is the study of the story's day.)
const WRITTEN_CHANNELS: [&str; 9] =
    ["statement", "email", "e-mail", "letter", "release", "post", "posted", "tweet", "affidavit"];

/// Whether the date at token `i` dates one speaker's statement: the word before it
/// (skipping "on", "late", "early") ends a cue of the paragraph's `claims` or names a
/// speaker's own channel.
fn dates_a_statement<'t>(
    word: &impl Fn(usize) -> Option<&'t str>,
    i: usize,
    claims: &[Claim],
) -> bool {
    const LEADS: [&str; 4] = ["on", "late", "early", "the"];
    let mut k = i;
    let mut before = None;
    for _ in 0..3 {
        k = match k.checked_sub(1) {
            Some(k) => k,
            None => return false,
        };
        before = word(k);
        if !before.is_some_and(|w| LEADS.iter().any(|l| w.eq_ignore_ascii_case(l))) {
            break;
        }
    }
    let Some(before) = before else { return false };
    SPEAKER_CHANNELS.iter().any(|c| before.eq_ignore_ascii_case(c))
        || claims.iter().any(|c| {
            c.cue.split_whitespace().last().is_some_and(|last| last.eq_ignore_ascii_case(before))
        })
}

/// Whether the date at token `i` is a document's: a written channel among the few words
/// before it in its clause ("in an affidavit filed on Monday", "in a statement on Monday").
fn dates_a_document<'t>(word: &impl Fn(usize) -> Option<&'t str>, i: usize) -> bool {
    (i.saturating_sub(DOCUMENT_WORDS)..i)
        .rev()
        .map_while(|k| word(k).filter(|w| !matches!(*w, "," | "." | ";")))
        .any(|w| WRITTEN_CHANNELS_SET.contains(w))
}

/// How many words before a date are searched for a written channel.
const DOCUMENT_WORDS: usize = 4;

/// Whether the claim's attribution names a written channel ("said in a statement", "said in
/// an email", "wrote on X"): such a statement was not made at the story's event.
fn is_written(doc: &Document<'_>, claim: &Claim) -> bool {
    if claim.cue.split_whitespace().next().is_some_and(|w| WRITTEN_CHANNELS.contains(&w)) {
        return true;
    }
    let Some(speaker) = claim.speaker_span else { return false };
    let tokens = doc.tokens;
    let Some(first) = tokens.token_at(speaker.end).or_else(|| tokens.token_at(speaker.end + 1))
    else {
        return false;
    };
    // The attribution runs from the speaker to the statement, or to the sentence's end when
    // the statement came first; a few words suffice for "said in a statement".
    let end = if claim.span.start >= speaker.end { claim.span.start } else { usize::MAX };
    tokens
        .tokens
        .get(first..)
        .unwrap_or(&[])
        .iter()
        .take(ATTRIBUTION_WORDS)
        .take_while(|t| t.span().start < end)
        .map(|t| t.text(doc.text))
        .take_while(|w| *w != "." && *w != "\"")
        .any(|w| WRITTEN_CHANNELS_SET.contains(w))
}

/// [`WRITTEN_CHANNELS`] with their first letters: most words after a speaker fail one
/// lookup.
static WRITTEN_CHANNELS_SET: WordList = WordList::new(&WRITTEN_CHANNELS);

/// How many words after the speaker are searched for a written channel.
const ATTRIBUTION_WORDS: usize = 8;

/// Whether a paragraph opens with a clock time ("4:40 PM ..."): a live blog's entry, which
/// starts a story of its own.
fn is_timestamped(text: &str, span: Span) -> bool {
    // Most paragraphs open with a letter: one byte says so before any slicing.
    if !text.as_bytes().get(span.start).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some(p) = text.get(span.start..span.end.min(span.start + 12)) else { return false };
    let b = p.as_bytes();
    let hours = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hours) || b.get(hours) != Some(&b':') {
        return false;
    }
    let minutes =
        b.get(hours + 1..).unwrap_or(&[]).iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = p.get(hours + 1 + minutes..).unwrap_or("").trim_start().to_ascii_lowercase();
    minutes == 2 && ["am", "pm", "a.m", "p.m"].iter().any(|m| rest.starts_with(m))
}

/// Whether the text the article stage left out right before paragraph `index` (not the
/// first) ends with a line holding only a clock time ("4:40 PM"): a live blog's entry whose
/// time stands on a line of its own.
fn timestamp_before(text: &str, tokens: &Tokens, index: usize, span: Span) -> bool {
    let Some(previous) = index.checked_sub(1).and_then(|k| tokens.paragraphs.get(k)) else {
        return false;
    };
    let Some(gap) = text.get(previous.span.end..span.start) else { return false };
    let gap = gap.trim_end();
    let line_start = gap.rfind('\n').map_or(0, |k| k + 1);
    let line = gap.get(line_start..).unwrap_or("");
    let start = previous.span.end + line_start + (line.len() - line.trim_start().len());
    let line = line.trim();
    line.len() <= CLOCK_LINE_BYTES && is_timestamped(text, Span::new(start, start + line.len()))
}

/// The longest line that is only a clock time: "12:30 PM", "10:05 a.m.".
const CLOCK_LINE_BYTES: usize = 10;

/// The day `back` days before a publication date without a year, itself without a year.
fn days_before_yearless(published: PartialDate, back: i64) -> Option<PartialDate> {
    // Any year serves for counting back; a leap year keeps February 29.
    let day = published.with_year(2000).add_days(-back)?;
    PartialDate::new(None, day.month(), day.day())
}

/// Whether a date expression (`dates::parse_at`) may start with `word`: a number, a word
/// opening like a month, or one of the listed words in any case. A cheap test that spares
/// most tokens the full parse.
fn may_start_date(word: &str) -> bool {
    // Most capitalized words are names: only a listed start, in any case, or a word opening
    // like a month ("Oct.", "Sept", "March") can begin a date, so `parse_at` runs on few.
    // One length-and-bytes match instead of a pass over the list: it runs on most words.
    let listed = || {
        let mut lower = [0u8; 10];
        let Some(buf) = lower.get_mut(..word.len()) else { return false };
        // Byte by byte: a variable-length copy is a call to memcpy.
        for (lower, &b) in buf.iter_mut().zip(word.as_bytes()) {
            *lower = b.to_ascii_lowercase();
        }
        is_listed_start(buf)
    };
    match word.as_bytes() {
        [b, ..] if b.is_ascii_digit() => true,
        [b, rest @ ..] if b.is_ascii_uppercase() => {
            let opens_like_month = match rest {
                [r0, r1, ..] => crate::dates::opens_like_month([
                    b.to_ascii_lowercase(),
                    r0.to_ascii_lowercase(),
                    r1.to_ascii_lowercase(),
                ]),
                _ => false,
            };
            opens_like_month || (listed_shape(*b, word.len()) && listed())
        }
        // The listed words are ASCII letters: no other first byte can start one.
        [b, ..] => listed_shape(*b, word.len()) && listed(),
        [] => false,
    }
}

/// The words that may start a date in any case, besides numbers and month names.
const LISTED_STARTS: [&str; 19] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "tonight",
    "yesterday",
    "last",
    "this",
    "earlier",
    "later",
    "recently",
    "previously",
    "in",
    "that",
    "the",
];

/// Whether `lower` (lowercase) is one of [`LISTED_STARTS`]: one match on the bytes, which
/// compiles to a switch on the length, instead of a pass over the list for every word whose
/// shape matches one ("two", "is", "it").
fn is_listed_start(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"today"
            | b"tonight"
            | b"yesterday"
            | b"last"
            | b"this"
            | b"earlier"
            | b"later"
            | b"recently"
            | b"previously"
            | b"in"
            | b"that"
            | b"the"
    )
}

/// Bit `n` of `LISTED_SHAPES[b]`: a word of [`LISTED_STARTS`] starts with the lowercase
/// byte `b` and is `n` bytes long. [`may_start_date`] runs on every word: most fail this
/// lookup before any comparison.
static LISTED_SHAPES: [u16; 128] = listed_shapes();

const fn listed_shapes() -> [u16; 128] {
    let mut shapes = [0u16; 128];
    let mut k = 0;
    while k < LISTED_STARTS.len() {
        let word = LISTED_STARTS[k].as_bytes();
        if let [first, ..] = word {
            shapes[(*first & 0x7f) as usize] |= 1 << word.len();
        }
        k += 1;
    }
    shapes
}

/// The first bytes of the words [`may_start_date`] lets through: digits, month initials in
/// upper case and the initials of [`LISTED_STARTS`] in either case. One lookup rejects a
/// word without reading its text.
#[cfg(test)]
static DATE_INITIALS: [bool; 256] = date_initials();

#[cfg(test)]
const fn date_initials() -> [bool; 256] {
    let mut initials = [false; 256];
    let mut b = b'0';
    while b <= b'9' {
        initials[b as usize] = true;
        b += 1;
    }
    let months = b"JFMASOND";
    let mut k = 0;
    while k < months.len() {
        initials[months[k] as usize] = true;
        k += 1;
    }
    let mut k = 0;
    while k < LISTED_STARTS.len() {
        if let [first, ..] = LISTED_STARTS[k].as_bytes() {
            initials[first.to_ascii_lowercase() as usize] = true;
            initials[first.to_ascii_uppercase() as usize] = true;
        }
        k += 1;
    }
    initials
}

/// Whether a word of `len` bytes starting with `first` has the shape of a listed start.
#[inline]
fn listed_shape(first: u8, len: usize) -> bool {
    let bits = LISTED_SHAPES.get(usize::from(first.to_ascii_lowercase())).copied().unwrap_or(0);
    len < 16 && bits & (1 << len) != 0
}

/// [`whosaid_tokenize::possessive_stem`] with a fast path for the common word whose last
/// byte shows it has no possessive ending: the scan takes the stem of every word.
fn stem(word: &str) -> &str {
    let plain = |b: u8| b.is_ascii() && !matches!(b, b'\'' | b'`');
    match word.as_bytes() {
        [.., before, b's' | b'S'] if plain(*before) => word,
        [.., last] if plain(*last) && !matches!(last, b's' | b'S') => word,
        _ => whosaid_tokenize::possessive_stem(word),
    }
}

/// Whether `day` is publication or one of the [`RECENT_DAYS`] before it.
fn is_recent(day: PartialDate, published: PartialDate) -> bool {
    let same = |a: PartialDate, b: PartialDate| match (a.year(), b.year()) {
        (Some(_), Some(_)) => a == b,
        _ => (a.month(), a.day()) == (b.month(), b.day()),
    };
    // Without a year, count back in a leap year so that February 29 exists.
    let base = match published.year() {
        Some(_) => published,
        None => published.with_year(2000),
    };
    (0..=i64::from(RECENT_DAYS)).any(|back| base.add_days(-back).is_some_and(|d| same(d, day)))
}

/// Where a claim sits in the text: where its statement starts.
fn claim_position(claim: &Claim) -> usize {
    claim.pieces.first().map_or(claim.span.start, |p| p.start.min(claim.span.start))
}

/// The statements' words and all quotations, sorted and merged: dates inside them are
/// what the statements are about.
fn excluded_spans(doc: &Document<'_>, claims: &[Claim]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::with_capacity(claims.len() + doc.tokens.quotes.len());
    for claim in claims {
        let speaker_inside =
            claim.speaker_span.filter(|sp| claim.span.start < sp.start && sp.end <= claim.span.end);
        if let (true, Some(speaker)) = (claim.pieces.is_empty(), speaker_inside) {
            // A statement span running over its own attribution ("S, X told Reuters on
            // Wednesday, ...") is the statement only up to the speaker.
            spans.push(Span::new(claim.span.start, speaker.start));
        } else if claim.pieces.is_empty() {
            spans.push(claim.span);
        } else {
            spans.extend(claim.pieces.iter().copied());
        }
    }
    spans.extend(doc.tokens.quotes.iter().map(|q| q.span));
    spans.sort_unstable_by_key(|s| (s.start, s.end));
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// Whether a past cue names the audience or the event it was made at ("told reporters",
/// "told her weekly briefing", "told the court"), not only the act of saying.
fn names_audience(cue: &str) -> bool {
    let mut words = cue.split_whitespace();
    let verb = words.next().unwrap_or("");
    ["told", "telling"].iter().any(|v| verb.eq_ignore_ascii_case(v)) && words.next().is_some()
}

/// Whether a cue is in the present tense ("says", "analysts say", "accuse"): such a
/// statement is reported as holding on the publication day. A cue is past when its first
/// word is a past form or a participle ("said", "told", "saying", "quoted as saying"), or
/// has no tense ("according to", a continuation quote's empty cue).
/// The first words of a past or tenseless cue, which [`is_past_or_tenseless`] matches: the
/// tests check the two agree.
#[cfg(test)]
const PAST_OR_TENSELESS: [&str; 22] = [
    "said",
    "told",
    "wrote",
    "spoke",
    "gave",
    "made",
    "took",
    "held",
    "put",
    "set",
    "thought",
    "felt",
    "found",
    "saw",
    "knew",
    "forecast",
    "was",
    "were",
    "had",
    "has",
    "according",
    "quoted",
];

fn is_present_tense(cue: &str) -> bool {
    // A word of other bytes than ASCII letters ("--", a quote's empty cue) has no tense.
    let Some(first) = first_word_of_letters(cue) else {
        return false;
    };
    let ends_with = |suffix: &str| {
        first
            .len()
            .checked_sub(suffix.len())
            .and_then(|at| first.as_bytes().get(at..))
            .is_some_and(|end| end.eq_ignore_ascii_case(suffix.as_bytes()))
    };
    // The listed forms, folded into a buffer as long as the longest: one match on the
    // length and bytes instead of a comparison with each. It runs for every claim.
    let mut lower = [0u8; 9];
    let listed = match lower.get_mut(..first.len()) {
        Some(folded) => {
            for (l, &b) in folded.iter_mut().zip(first.as_bytes()) {
                *l = b.to_ascii_lowercase();
            }
            is_past_or_tenseless(folded)
        }
        None => false,
    };
    !(ends_with("ed") || ends_with("ing") || listed)
}

/// The first word of `cue`, as `split_whitespace` gives it, when it is all ASCII letters.
/// It runs for every claim: a cue opening with letters up to ASCII whitespace or its end
/// ("said", "told reporters") is read byte by byte, without decoding a char.
fn first_word_of_letters(cue: &str) -> Option<&str> {
    let bytes = cue.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    match bytes.get(letters) {
        _ if letters == 0 => {}
        None | Some(b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') => return cue.get(..letters),
        // Another ASCII byte is part of the first word, which is then not all letters.
        Some(b) if b.is_ascii() => return None,
        // A non-ASCII byte may start a Unicode space: the general reading below.
        Some(_) => {}
    }
    let cue = cue.trim_start();
    let first = match cue.find(char::is_whitespace) {
        Some(end) => cue.get(..end).unwrap_or(cue),
        None => cue,
    };
    (!first.is_empty() && first.bytes().all(|b| b.is_ascii_alphabetic())).then_some(first)
}

/// Whether `lower` (lowercase) is one of the listed past or tenseless first words of a cue
/// ([`is_present_tense`]'s `PAST_OR_TENSELESS`).
fn is_past_or_tenseless(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"said"
            | b"told"
            | b"wrote"
            | b"spoke"
            | b"gave"
            | b"made"
            | b"took"
            | b"held"
            | b"put"
            | b"set"
            | b"thought"
            | b"felt"
            | b"found"
            | b"saw"
            | b"knew"
            | b"forecast"
            | b"was"
            | b"were"
            | b"had"
            | b"has"
            | b"according"
            | b"quoted"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date-word scan as it was before the opener tables and keys: the reference the
    /// faster one must agree with.
    fn reference_note_date_words(
        text: &str,
        tokens: &[Token],
        range: Range<usize>,
        out: &mut Vec<usize>,
    ) {
        let bytes = text.as_bytes();
        let start = range.start;
        let sentence = tokens.get(range).unwrap_or(&[]);
        // The first byte of the sentence's next token, or 0 at its end: `parse_at` reads no
        // word past the sentence.
        let next_initial = |k: usize| {
            sentence.get(k + 1).and_then(|t| bytes.get(t.span().start)).copied().unwrap_or(0)
        };
        for (k, token) in sentence.iter().enumerate() {
            let span = token.span();
            let first_byte = bytes.get(span.start).copied().unwrap_or(0);
            // The tables as they were: every capital of a date opener passed at any length.
            let lengths =
                if first_byte.is_ascii_uppercase() && DATE_INITIALS[usize::from(first_byte)] {
                    u32::MAX
                } else {
                    DATE_OPENER_LENGTHS.get(usize::from(first_byte)).copied().unwrap_or(0)
                };
            let length_bit = 1 << span.len().min(31);
            if lengths & length_bit == 0 || !token.is_word() {
                continue;
            }
            // A lowercase word must also end like a listed word of its length ("the", "that"),
            // or in a possessive ending: "to", "is", "it", "they" stop here.
            if first_byte.is_ascii_lowercase() {
                let last =
                    span.end.checked_sub(1).and_then(|at| bytes.get(at)).copied().unwrap_or(0);
                if DATE_OPENER_ENDINGS.get(usize::from(last)).copied().unwrap_or(0) & length_bit
                    == 0
                {
                    continue;
                }
            }
            // Numbers and "the", "that" and "in" pass the opener test by the thousand, and start
            // a date only before a capitalized month ("6 October", "in March"), a year or an
            // article ("in 2009", "in a 2019 interview"), or "same" ("the same day"): a look at
            // the next word's first byte spares the parse the rest.
            if first_byte.is_ascii_digit() {
                if next_initial(k).is_ascii_uppercase() {
                    out.push(start + k);
                }
                continue;
            }
            // Most words passing the initial test are plain words ("said", "to", "Smith"): their
            // stem is themselves, so their shape ([`listed_shape`], or a capital opening like a
            // month) rejects them from the bytes, before any string is made.
            let raw = bytes.get(span.start..span.end).unwrap_or(&[]);
            let plain = |b: u8| b.is_ascii() && !matches!(b, b'\'' | b'`');
            let stem_is_word = match raw {
                [.., before, b's' | b'S'] => plain(*before),
                [.., last] => plain(*last) && !matches!(last, b's' | b'S'),
                [] => true,
            };
            if stem_is_word && !listed_shape(first_byte, raw.len()) {
                let month_like = match raw {
                    [a, b, c, ..] if a.is_ascii_uppercase() => crate::dates::opens_like_month([
                        a.to_ascii_lowercase(),
                        b.to_ascii_lowercase(),
                        c.to_ascii_lowercase(),
                    ]),
                    _ => false,
                };
                if !month_like {
                    continue;
                }
            }
            let word = stem(span.get(text).unwrap_or(""));
            let may_parse = if word.eq_ignore_ascii_case("the") || word.eq_ignore_ascii_case("that")
            {
                matches!(next_initial(k), b's' | b'S')
            } else if word.eq_ignore_ascii_case("in") {
                let next = next_initial(k);
                next.is_ascii_digit() || next.is_ascii_uppercase() || matches!(next, b'a' | b'A')
            } else {
                true
            };
            if may_parse && may_start_date(word) {
                out.push(start + k);
            }
        }
    }

    /// Words of every date form, in several cases and with possessive endings, and words
    /// that only look like them.
    const SCAN_VOCABULARY: &[&str] = &[
        "Monday",
        "tuesday's",
        "WEDNESDAY",
        "Thursday’s",
        "friday",
        "Saturdays",
        "Today",
        "today's",
        "tonight",
        "Yesterday",
        "yesterday´s",
        "last",
        "Last",
        "LAST",
        "night",
        "week",
        "earlier",
        "Earlier,",
        "later",
        "In",
        "in",
        "a",
        "an",
        "the",
        "The",
        "THE",
        "that",
        "That",
        "this",
        "This'",
        "same",
        "day",
        "recently",
        "Previously",
        "March",
        "march",
        "Mar.",
        "May",
        "may",
        "Mayor",
        "Sept",
        "Oct.",
        "October",
        "Dec",
        "J",
        "Ja",
        "Ma",
        "No",
        "A",
        "S",
        "It",
        "To",
        "Tel",
        "Tis",
        "Lasts",
        "Inn",
        "Thes",
        "6",
        "31st",
        "2019",
        "10,000",
        "said",
        "to",
        "is",
        "it",
        "its",
        "they",
        "Smith",
        "Lavrov",
        "Reuters",
        "é",
        "Ñame",
        "Éclair",
        "(",
        ")",
        "\"",
        "-",
        ",",
        ".",
        "'",
        "’",
    ];

    proptest::proptest! {
        #[test]
        fn the_date_word_scan_agrees_with_the_reference_scan(
            picks in proptest::collection::vec(0..SCAN_VOCABULARY.len(), 1..24),
        ) {
            let text: Vec<&str> = picks.iter().filter_map(|&k| SCAN_VOCABULARY.get(k).copied()).collect();
            let text = text.join(" ");
            let tokens = whosaid_tokenize::TokenizerBuilder::new().build().tokenize(&text);
            for sentence in &tokens.sentences {
                let (mut fast, mut reference) = (Vec::new(), Vec::new());
                date_words_in(&text, &tokens.tokens, sentence.tokens.clone(), &mut fast);
                reference_note_date_words(&text, &tokens.tokens, sentence.tokens.clone(), &mut reference);
                proptest::prop_assert_eq!(&fast, &reference, "{:?}", text);
            }
        }
    }

    #[test]
    fn the_past_form_match_holds_exactly_the_listed_words() {
        for word in PAST_OR_TENSELESS {
            assert!(is_past_or_tenseless(word.as_bytes()), "{word}");
            assert!(!is_present_tense(&word.to_uppercase()), "{word}");
        }
        for word in ["says", "sai", "tell", "", "accordin", "wasn"] {
            assert!(!is_past_or_tenseless(word.as_bytes()), "{word}");
        }
    }

    #[test]
    fn present_tense_cues_are_recognized() {
        let cases: &[(&str, bool)] = &[
            ("says", true),
            ("say", true),
            ("tells reporters", true),
            ("warns", true),
            ("said", false),
            ("told reporters", false),
            ("according to", false),
            ("was quoted as saying", false),
            ("has said", false),
            ("accuse", true),
            ("insist", true),
            ("", false),
            ("X:", false),
        ];
        for &(cue, want) in cases {
            assert_eq!(is_present_tense(cue), want, "{cue}");
        }
    }

    #[test]
    fn the_cue_first_word_fast_path_agrees_with_split_whitespace() {
        let cues = [
            "said",
            "told reporters",
            "says\tthat",
            "said\n",
            "said\u{a0}on",
            "told\u{2003}them",
            " said",
            "said, adding",
            "x-ray said",
            "sa\u{e9}d",
            "--",
            "",
        ];
        for cue in cues {
            let general = cue
                .split_whitespace()
                .next()
                .filter(|w| w.bytes().all(|b| b.is_ascii_alphabetic()));
            assert_eq!(first_word_of_letters(cue), general, "{cue:?}");
        }
    }

    #[test]
    fn history_names_a_year_a_month_or_a_season_not_a_counted_back_period() {
        let cases: &[(&[&str], bool)] = &[
            (&["in", "2009"], true),
            (&["in", "a", "2019", "interview"], true),
            (&["last", "year"], true),
            (&["in", "November"], true),
            (&["last", "fall"], true),
            (&["last", "month"], false),
            (&["this", "week"], false),
            (&["earlier", "this", "month"], false),
            (&["recently"], false),
            (&["Previously"], false),
        ];
        for &(words, want) in cases {
            let word = |k: usize| words.get(k).copied();
            assert_eq!(is_history(&word, 0, words.len()), want, "{words:?}");
        }
    }

    #[test]
    fn a_documents_date_follows_a_written_channel_in_its_clause() {
        let cases: &[(&[&str], bool)] = &[
            (&["in", "an", "affidavit", "filed", "on", "Monday"], true),
            (&["said", "in", "a", "statement", "on", "Monday"], true),
            (&["a", "statement", ",", "said", "on", "Monday"], false),
            (&["told", "reporters", "on", "Monday"], false),
            (&["Monday"], false),
        ];
        for &(words, want) in cases {
            let word = |k: usize| words.get(k).copied();
            assert_eq!(dates_a_document(&word, words.len() - 1), want, "{words:?}");
        }
    }

    #[test]
    fn an_audience_is_named_by_told_and_its_object() {
        let cases: &[(&str, bool)] = &[
            ("told her weekly briefing", true),
            ("told reporters", true),
            ("telling the court", true),
            ("told", false),
            ("said", false),
            ("said in a statement", false),
            ("according to", false),
            ("", false),
        ];
        for &(cue, want) in cases {
            assert_eq!(names_audience(cue), want, "{cue}");
        }
    }

    #[test]
    fn live_blog_clock_times_open_a_paragraph() {
        let cases: &[(&str, bool)] = &[
            ("4:40 PM The president said", true),
            ("10:05 a.m. The governor said", true),
            ("12:30 pm At least nine dead", true),
            ("4:40 The score", false),
            ("2024: a year of storms", false),
            ("The 4:40 PM train", false),
            ("", false),
        ];
        for &(text, want) in cases {
            assert_eq!(is_timestamped(text, Span::new(0, text.len())), want, "{text}");
        }
    }

    #[test]
    fn only_possible_date_openers_are_parsed() {
        let cases: &[(&str, bool)] = &[
            ("Monday", true),
            ("monday", true),
            ("yesterday", true),
            ("October", true),
            ("6", true),
            ("in", true),
            ("said", false),
            ("government", false),
            ("", false),
            ("Oct.", true),
            ("Sept", true),
            ("May", true),
            ("Yesterday", true),
            ("The", true),
            ("Lavrov", false),
            ("Ministry", false),
            ("Ma", false),
        ];
        for &(word, want) in cases {
            assert_eq!(may_start_date(word), want, "{word}");
            // The first-byte table in front of the filter never rejects what it passes.
            let first = word.as_bytes().first().copied().unwrap_or(0);
            assert!(!want || DATE_INITIALS[usize::from(first)], "{word}");
        }
    }

    // The filter only saves work: every word a date expression can start with must pass it.
    #[test]
    fn the_date_opener_filter_never_hides_a_date() {
        let followers = ["", "6", ".", "night", "same", "day", "week", "2019", "that", ","];
        let openers = [
            "Monday",
            "SUNDAY",
            "Today",
            "Tonight",
            "Yesterday",
            "Last",
            "This",
            "Earlier",
            "Later",
            "Recently",
            "Previously",
            "In",
            "That",
            "The",
            "January",
            "Jan",
            "Jan.",
            "Feb",
            "March",
            "Mar.",
            "April",
            "May",
            "June",
            "Jul",
            "August",
            "Sept",
            "Sep.",
            "October",
            "Nov",
            "Dec.",
            "6",
            "31st",
            "Lavrov",
            "Ministry",
            "Mayor",
            "Junta",
            "Octavia",
            "Sepp",
            "Decca",
            "monday",
            "today",
            "yesterday",
            "last",
            "this",
            "earlier",
            "later",
            "recently",
            "previously",
            "in",
            "that",
            "the",
            "apple",
        ];
        for opener in openers {
            for a in followers {
                for b in followers {
                    let words = [opener, a, b, "day"];
                    let word = |k: usize| words.get(k).copied().filter(|w| !w.is_empty());
                    if dates::parse_at(word, 0).is_some() {
                        assert!(may_start_date(opener), "{opener} {a} {b}");
                        let first = opener.as_bytes().first().copied().unwrap_or(0);
                        assert!(DATE_INITIALS[usize::from(first)], "{opener} {a} {b}");
                    }
                }
            }
        }
    }

    // The length gate only saves work: every word the opener test lets through passes it.
    #[test]
    fn the_opener_length_gate_never_hides_a_date_opener() {
        let words = [
            "today",
            "today's",
            "today\u{2019}s",
            "yesterday\u{b4}s",
            "tonight",
            "monday",
            "sunday's",
            "in",
            "the",
            "that",
            "this",
            "last",
            "later",
            "earlier",
            "recently",
            "previously",
            "Tuesday",
            "TUESDAY",
            "Oct.",
            "September",
            "6",
            "2015",
            "6th",
            "Yesterday's",
            "The",
            "In",
        ];
        for word in words {
            let first = word.as_bytes().first().copied().unwrap_or(0);
            assert!(DATE_INITIALS[usize::from(first)] && may_start_date(stem(word)), "{word}");
            let lengths = DATE_OPENER_LENGTHS[usize::from(first)];
            assert!(lengths & (1 << word.len().min(31)) != 0, "{word}");
        }
        for word in ["said", "to", "was", "for", "percent"] {
            let first = word.as_bytes().first().copied().unwrap_or(0);
            assert_eq!(DATE_OPENER_LENGTHS[usize::from(first)] & (1 << word.len()), 0, "{word}");
        }
        let lowercase_openers = [
            "today",
            "today's",
            "today\u{2019}s",
            "yesterday\u{b4}s",
            "tODAY",
            "thiS",
            "this'",
            "this\u{2019}",
            "tonight",
            "monday",
            "sunday's",
            "in",
            "the",
            "that",
            "last",
            "later",
            "earlier",
            "recently",
            "previously",
        ];
        for word in lowercase_openers {
            let last = word.as_bytes().last().copied().unwrap_or(0);
            let ending = DATE_OPENER_ENDINGS[usize::from(last)];
            assert!(ending & (1 << word.len().min(31)) != 0, "{word}");
        }
        for word in ["is", "it", "they", "its", "tax"] {
            let last = word.as_bytes().last().copied().unwrap_or(0);
            assert_eq!(DATE_OPENER_ENDINGS[usize::from(last)] & (1 << word.len()), 0, "{word}");
        }
    }

    #[test]
    fn listed_start_match_holds_exactly_the_listed_words() {
        for word in LISTED_STARTS {
            assert!(is_listed_start(word.as_bytes()), "{word}");
        }
        for word in ["two", "is", "it", "thus", "then", "there", "tuesdays", "", "i", "las"] {
            assert!(!is_listed_start(word.as_bytes()), "{word}");
        }
    }

    // The scan's fast stem must agree with the tokenizer's on every ending.
    #[test]
    fn fast_stem_agrees_with_possessive_stem() {
        let words = [
            "Tuesday's",
            "Tuesday’s",
            "Tuesday´s",
            "Tuesdayʼs",
            "Tuesday`s",
            "TUESDAY'S",
            "Smiths'",
            "Smiths’",
            "Smiths`",
            "days",
            "DAYS",
            "'s",
            "s",
            "S",
            "'",
            "’",
            "",
            "yesterday",
            "they’re",
            "'90s",
            "Ángelas",
            "Ángela's",
            "U.S.",
        ];
        for word in words {
            assert_eq!(stem(word), whosaid_tokenize::possessive_stem(word), "{word}");
        }
    }

    #[test]
    fn recent_days_are_the_week_before_publication() {
        let d = |s: &str| s.parse::<PartialDate>().ok();
        let cases: &[(&str, &str, bool)] = &[
            ("2024-03-12", "2024-03-13", true),
            ("2024-03-06", "2024-03-13", true),
            ("2024-03-05", "2024-03-13", false),
            ("2024-03-01", "2024-03-13", false),
            ("2023-12-30", "2024-01-02", true),
            ("--12-30", "--01-02", true),
            ("--02-29", "--03-01", true),
            ("--05-03", "--05-04", true),
            ("--04-03", "--05-04", false),
        ];
        for &(day, published, want) in cases {
            let (Some(day), Some(published)) = (d(day), d(published)) else {
                panic!("bad test date {day} {published}");
            };
            assert_eq!(is_recent(day, published), want, "{day} {published}");
        }
    }
}
