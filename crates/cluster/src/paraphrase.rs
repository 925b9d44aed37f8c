//! The same claim reworded: "Kazakhstan will restart grain shipments through Aktau on
//! Monday" and "Kazakhstan's grain shipments through Aktau will resume on Monday" share few
//! word 2-grams but most of their content words.
//!
//! Only claims of one speaker (not two spellings of a name) are compared, by their content
//! words (function words, pronouns, auxiliaries and reporting verbs left out, light suffix
//! stemming), each weighted by its rarity among the speaker's claims so that a speaker's
//! recurring topic words ("grain", "port") count for little. Candidates come from prefix
//! filtering (each claim probes with its rarest words), so the pass is near-linear.

use crate::normalize::{mix64, FNV_OFFSET, FNV_PRIME};

/// A paraphrase needs at least this many content words in the smaller claim: a five-word
/// claim sharing four words with another is a coincidence of topic, not a restatement.
pub(crate) const MIN_WORDS: usize = 5;

/// And at least this many shared content words.
pub(crate) const MIN_SHARED: usize = 4;

/// Postings of one word longer than this are not probed: a word that many of one speaker's
/// claims use is a topic, and would make the pass quadratic in the speaker's claims.
pub(crate) const MAX_POSTINGS: usize = 16;

/// Statements re-reported days apart are usually the same event's coverage; further apart,
/// a speaker repeating a line is a new claim.
pub(crate) const MAX_DAYS_APART: i64 = 3;

/// Strips the commonest English inflections, so that "shipments"/"shipment",
/// "presented"/"present", "countries"/"country", "caused"/"cause" meet. Only ASCII suffixes
/// are cut, so the result stays on a char boundary.
pub(crate) fn stem(word: &str) -> &str {
    let cut = |w: &'_ str, n: usize| -> Option<usize> { w.len().checked_sub(n) };
    let mut end = word.len();
    let w = word;
    if w.ends_with("ies") && w.len() > 4 {
        end = cut(w, 3).unwrap_or(end);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && w.len() > 3 {
        end = cut(w, 1).unwrap_or(end);
    }
    let w = w.get(..end).unwrap_or(w);
    let w = if w.ends_with("ing") && w.len() > 6 {
        w.get(..w.len() - 3).unwrap_or(w)
    } else if w.ends_with("ed") && w.len() > 4 {
        w.get(..w.len() - 2).unwrap_or(w)
    } else {
        w
    };
    if (w.ends_with('e') || w.ends_with('y')) && w.len() > 3 {
        w.get(..w.len() - 1).unwrap_or(w)
    } else {
        w
    }
}

/// Calls `f` with the hash of the stem of every content word of `text`: words whose hash
/// (as [`word_hash`](crate::normalize::word_hash) gives it) is not a closed-class word
/// (function words, pronouns, auxiliaries, reporting verbs: `is_closed_class`) and that are
/// longer than one letter. `buffer` is reused between calls so that no word allocates.
pub(crate) fn for_each_content_stem(
    text: &str,
    is_closed_class: impl Fn(u64) -> bool,
    buffer: &mut String,
    mut f: impl FnMut(u64),
) {
    let mut h = FNV_OFFSET;
    buffer.clear();
    let mut flush = |h: u64, buffer: &mut String| {
        let single_letter = buffer.chars().nth(1).is_none()
            && buffer.chars().next().is_some_and(char::is_alphabetic);
        if !single_letter && !buffer.is_empty() && !is_closed_class(mix64(h)) {
            let mut s = FNV_OFFSET;
            for b in stem(buffer).bytes() {
                s = (s ^ u64::from(b)).wrapping_mul(FNV_PRIME);
            }
            f(mix64(s ^ 0x5354_454d));
        }
        buffer.clear();
    };
    let mut in_word = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            let l = c.to_ascii_lowercase();
            h = (h ^ u64::from(u32::from(l))).wrapping_mul(FNV_PRIME);
            buffer.push(l);
            in_word = true;
        } else if !c.is_ascii() && c.is_alphanumeric() {
            for l in c.to_lowercase() {
                h = (h ^ u64::from(u32::from(l))).wrapping_mul(FNV_PRIME);
                buffer.push(l);
            }
            in_word = true;
        } else if in_word && crate::normalize::is_apostrophe(c) {
            continue;
        } else if in_word {
            flush(h, buffer);
            h = FNV_OFFSET;
            in_word = false;
        }
    }
    if in_word {
        flush(h, buffer);
    }
}

/// Days since 0000-03-01 of a date with a year (proleptic Gregorian), for the distance
/// between two statement dates.
pub(crate) fn day_number(year: i32, month: u32, day: u32) -> i64 {
    let (y, m) =
        if month <= 2 { (i64::from(year) - 1, month + 9) } else { (i64::from(year), month - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * i64::from(m) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::canon_table;

    #[test]
    fn inflections_stem_alike() {
        let cases: &[(&str, &str, bool)] = &[
            ("shipments", "shipment", true),
            ("presented", "present", true),
            ("countries", "country", true),
            ("caused", "cause", true),
            ("resumed", "resume", true),
            ("looking", "look", true),
            ("vaccinations", "vaccination", true),
            ("status", "statu", false),
            ("grain", "green", false),
            ("is", "is", true),
            ("ñandú", "ñandús", true),
        ];
        for (a, b, alike) in cases {
            assert_eq!(stem(a) == stem(b), *alike, "{a} {b}: {} {}", stem(a), stem(b));
        }
    }

    fn stems(text: &str) -> Vec<u64> {
        let canon = canon_table();
        let closed = |h: u64| canon.binary_search_by_key(&h, |&(k, _)| k).is_ok();
        let mut out = Vec::new();
        for_each_content_stem(text, closed, &mut String::new(), |h| out.push(h));
        out
    }

    #[test]
    fn content_words_skip_closed_classes_and_single_letters() {
        let cases: &[(&str, usize)] = &[
            ("the ministry said it would present the budget in March", 4),
            ("U.S. officials", 1),
            ("“We have been told”", 0),
            ("4,000 trucks", 3),
            ("", 0),
        ];
        for (text, n) in cases {
            assert_eq!(stems(text).len(), *n, "{text}");
        }
        assert_eq!(stems("Russia’s plans"), stems("russias plan"));
    }

    #[test]
    fn day_numbers_count_days() {
        assert_eq!(day_number(2015, 3, 1) - day_number(2015, 2, 28), 1);
        assert_eq!(day_number(2016, 3, 1) - day_number(2016, 2, 28), 2);
        assert_eq!(day_number(2021, 1, 1) - day_number(2020, 12, 31), 1);
        assert_eq!(day_number(2000, 1, 1) - day_number(1999, 1, 1), 365);
    }
}
