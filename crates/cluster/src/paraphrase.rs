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

/// The hash of a content stem as [`for_each_content_stem`] gives it.
fn stem_hash(word: &str) -> u64 {
    let mut s = FNV_OFFSET;
    for b in stem(word).bytes() {
        s = (s ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }
    mix64(s ^ 0x5354_454d)
}

/// The word a unit written after a number stands for ("14.5bn", "$3m", "20pc"): outlets
/// write amounts both ways, and "14.5bn" must meet "14.5 billion".
fn unit_word(suffix: &str) -> Option<&'static str> {
    Some(match suffix {
        "bn" | "b" | "billion" => "billion",
        "m" | "mn" | "mln" | "million" => "million",
        "tn" | "trillion" => "trillion",
        "k" | "thousand" => "thousand",
        "pc" | "percent" => "percent",
        _ => return None,
    })
}

/// Calls `f` with the hash of the stem of every content word of `text`: words whose hash
/// (as [`word_hash`](crate::normalize::word_hash) gives it) is not a closed-class word
/// (function words, pronouns, auxiliaries, reporting verbs: `is_closed_class`) and that are
/// longer than one letter. `buffer` is reused between calls so that no word allocates.
///
/// Amounts are written many ways, and a shared figure is strong evidence of one statement,
/// so numbers are read as one word each: "14.5" keeps its decimal point, "410,000" its
/// thousands, a unit glued to a number is a word of its own ("14.5bn" is "14.5 billion"),
/// and "%", "per cent" and "percent" are one word.
pub(crate) fn for_each_content_stem(
    text: &str,
    is_closed_class: impl Fn(u64) -> bool,
    buffer: &mut String,
    mut f: impl FnMut(u64),
) {
    let bytes = text.as_bytes();
    let mut h = FNV_OFFSET;
    buffer.clear();
    let mut in_word = false;
    let mut at = 0;
    // A word ends at a separator, ASCII or not.
    macro_rules! end_word {
        () => {{
            flush_word(h, buffer, &is_closed_class, &mut f);
            buffer.clear();
            h = FNV_OFFSET;
            in_word = false;
        }};
    }
    // ASCII bytes, nearly all of news text, without decoding characters: decoding each
    // character was most of the paraphrase pass (~8k instructions a claim).
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            at += 1;
            if b.is_ascii_alphanumeric() {
                let l = b.to_ascii_lowercase();
                h = (h ^ u64::from(l)).wrapping_mul(FNV_PRIME);
                buffer.push(char::from(l));
                in_word = true;
                continue;
            }
            if in_word && (b == b'\'' || b == b'`') {
                continue;
            }
            if in_word
                && (b == b'.' || b == b',')
                && bytes.get(at).is_some_and(u8::is_ascii_digit)
                && buffer.bytes().all(|d| d.is_ascii_digit() || d == b'.')
            {
                // Inside a number: "14.5" and "410,000" are one word each.
                if b == b'.' {
                    buffer.push('.');
                }
                continue;
            }
            if in_word {
                end_word!();
            }
            if b == b'%' {
                f(stem_hash("percent"));
            }
            continue;
        }
        // `at` is on a char boundary: it only ever moves by whole chars.
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { break };
        at += c.len_utf8();
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                h = (h ^ u64::from(u32::from(l))).wrapping_mul(FNV_PRIME);
                buffer.push(l);
            }
            in_word = true;
        } else if in_word && crate::normalize::is_apostrophe(c) {
            continue;
        } else if in_word {
            end_word!();
        }
    }
    if in_word {
        flush_word(h, buffer, &is_closed_class, &mut f);
    }
}

/// One word of [`for_each_content_stem`]: `h` is its hash as a word, `word` its lowercase
/// letters.
fn flush_word(h: u64, word: &str, is_closed_class: &impl Fn(u64) -> bool, f: &mut dyn FnMut(u64)) {
    let single_letter =
        word.chars().nth(1).is_none() && word.chars().next().is_some_and(char::is_alphabetic);
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        let digits = word.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(word.len());
        let (number, suffix) = word.split_at(digits);
        match unit_word(suffix) {
            Some(unit) => {
                f(stem_hash(number.trim_end_matches('.')));
                f(stem_hash(unit));
            }
            None if suffix.is_empty() => f(stem_hash(number.trim_end_matches('.'))),
            None => f(stem_hash(word)),
        }
    } else if word == "cent" || word == "percent" {
        f(stem_hash("percent"));
    } else if word == "tonne" || word == "tonnes" {
        // Metric and short tons are one word in news copy ("26 million tonnes/tons").
        f(stem_hash("ton"));
    } else if word == "per" {
        // A preposition ("per cent", "per day"), as closed as "a" in "a day".
    } else if !single_letter && !word.is_empty() && !is_closed_class(mix64(h)) {
        f(stem_hash(word));
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

    /// The char-by-char reading this module used before it read bytes: the byte reading
    /// must give the same hashes in the same order for any text.
    fn reference_content_stems(
        text: &str,
        is_closed_class: impl Fn(u64) -> bool,
        buffer: &mut String,
        mut f: impl FnMut(u64),
    ) {
        let mut h = FNV_OFFSET;
        buffer.clear();
        let flush = |h: u64, buffer: &mut String, f: &mut dyn FnMut(u64)| {
            flush_word(h, buffer, &is_closed_class, f);
            buffer.clear();
        };
        let mut in_word = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
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
            } else if in_word
                && matches!(c, '.' | ',')
                && buffer.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && chars.peek().is_some_and(char::is_ascii_digit)
            {
                // Inside a number: "14.5" and "410,000" are one word each.
                if c == '.' {
                    buffer.push('.');
                }
            } else {
                if in_word {
                    flush(h, buffer, &mut f);
                    h = FNV_OFFSET;
                    in_word = false;
                }
                if c == '%' {
                    f(stem_hash("percent"));
                }
            }
        }
        if in_word {
            flush(h, buffer, &mut f);
        }
    }

    #[test]
    fn byte_reading_gives_the_char_readings_stems() {
        let canon = canon_table();
        let closed = |h: u64| canon.binary_search_by_key(&h, |&(k, _)| k).is_ok();
        let cases = [
            "The ministry's 14.5bn plan, worth 410,000 jobs, rose 4. Then",
            "Ñandú numbers fell 12% — “we can’t say” (Müller, São Paulo´s mayor)",
            "İstanbul ΣΊΣΥΦΟΣ straße ﬁnance 1,2,3 .5 5. a'b `c' x´y ʼz ‵",
            "3m 5bn 12pc per cent 26 million tonnes, tonne, U.S.-led 2024-10-09",
            "",
            "'",
            "é",
            "12.",
            "1,000,000.50%",
        ];
        for text in cases {
            let (mut byte_read, mut char_read) = (Vec::new(), Vec::new());
            for_each_content_stem(text, closed, &mut String::new(), |h| byte_read.push(h));
            reference_content_stems(text, closed, &mut String::new(), |h| char_read.push(h));
            assert_eq!(byte_read, char_read, "{text}");
        }
    }

    #[test]
    fn content_words_skip_closed_classes_and_single_letters() {
        let cases: &[(&str, usize)] = &[
            ("the ministry said it would present the budget in March", 4),
            ("U.S. officials", 1),
            ("“We have been told”", 0),
            ("4,000 trucks", 2),
            ("", 0),
        ];
        for (text, n) in cases {
            assert_eq!(stems(text).len(), *n, "{text}");
        }
        assert_eq!(stems("Russia’s plans"), stems("russias plan"));
    }

    #[test]
    fn amounts_written_differently_are_the_same_words() {
        let cases: &[(&str, &str, bool)] = &[
            ("reserves of $14.5bn", "reserves of 14.5 billion dollars", true),
            ("a rate of 12 per cent", "a rate of 12%", true),
            ("a rate of 12 percent", "a rate of 12pc", true),
            ("230,000 homes", "230000 homes", true),
            ("a 3m grant", "a 3 million grant", true),
            ("14.5 billion", "145 billion", false),
            ("14.5 billion", "14 5 billion", false),
            ("5bn", "5 million", false),
            ("3 million tonnes of wheat", "3 million tons of wheat", true),
            ("12 percent", "12 points", false),
        ];
        for (a, b, alike) in cases {
            let (mut sa, mut sb) = (stems(a), stems(b));
            sa.sort_unstable();
            sa.dedup();
            sb.sort_unstable();
            sb.dedup();
            if *alike {
                assert!(sa.iter().all(|x| sb.contains(x)), "{a} / {b}");
            } else {
                assert_ne!(sa, sb, "{a} / {b}");
            }
        }
        // A sentence's full stop after a figure is not a decimal point.
        assert_eq!(stems("it rose 4. Then"), stems("it rose 4 then"));
    }

    #[test]
    fn day_numbers_count_days() {
        assert_eq!(day_number(2015, 3, 1) - day_number(2015, 2, 28), 1);
        assert_eq!(day_number(2016, 3, 1) - day_number(2016, 2, 28), 2);
        assert_eq!(day_number(2021, 1, 1) - day_number(2020, 12, 31), 1);
        assert_eq!(day_number(2000, 1, 1) - day_number(1999, 1, 1), 365);
    }
}
