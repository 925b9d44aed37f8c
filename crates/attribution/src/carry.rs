//! Days carried from one statement of a speaker to the next.
//!
//! News reports an interview, a speech or a briefing over several paragraphs and dates it
//! once: "Smith said on Monday that ...", then "She said ...", "Smith added ...". The later
//! statements were made that Monday too, not on the publication day, although no date
//! modifies their cues.

use std::collections::HashMap;

use whosaid_core::{Claim, DateBasis, PartialDate};

/// Gives each claim dated only by publication the day of the same speaker's latest earlier
/// claim whose own cue was dated ("said on Monday", "told reporters on Oct. 6"), with basis
/// [`DateBasis::Continued`]. Claims must be in text order; other speakers' days never carry.
/// Linear in the number of claims.
pub(crate) fn carry_speaker_days(claims: &mut [Claim]) {
    let mut last_day: HashMap<String, PartialDate> = HashMap::new();
    for claim in claims.iter_mut() {
        let key = speaker_key(claim);
        if key.is_empty() {
            continue;
        }
        match claim.date_basis {
            DateBasis::Explicit | DateBasis::Relative => {
                if let Some(day) = claim.stated_on {
                    last_day.insert(key, day);
                }
            }
            DateBasis::Publication => {
                if let Some(&day) = last_day.get(&key) {
                    claim.stated_on = Some(day);
                    claim.date_basis = DateBasis::Continued;
                }
            }
            DateBasis::Continued | DateBasis::Unknown => {}
        }
    }
}

/// The gazetteer id when there is one, else the folded name: the engine already resolved
/// pronouns, surnames and role nouns to the full speaker.
fn speaker_key(claim: &Claim) -> String {
    match &claim.speaker.id {
        Some(id) => id.clone(),
        None => claim.speaker.name.to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid_core::{ClaimKind, Span, Speaker};

    fn claim(speaker: &str, day: Option<(i32, u32, u32)>, basis: DateBasis) -> Claim {
        Claim {
            speaker: Speaker { name: speaker.to_string(), ..Speaker::default() },
            speaker_span: None,
            cue: "said".to_string(),
            kind: ClaimKind::Indirect,
            span: Span::new(0, 1),
            pieces: vec![],
            stated_on: day.and_then(|(y, m, d)| PartialDate::new(Some(y), m, d)),
            date_basis: basis,
        }
    }

    const PUBLISHED: Option<(i32, u32, u32)> = Some((2024, 3, 6));
    const MONDAY: Option<(i32, u32, u32)> = Some((2024, 3, 4));
    const TUESDAY: Option<(i32, u32, u32)> = Some((2024, 3, 5));

    #[test]
    fn speaker_days_carry_to_later_undated_statements_only() {
        use DateBasis::*;
        // (claims in text order, expected days and bases after carrying)
        type Case = (
            &'static str,
            Vec<(&'static str, Option<(i32, u32, u32)>, DateBasis)>,
            Vec<(Option<(i32, u32, u32)>, DateBasis)>,
        );
        let cases: Vec<Case> = vec![
            (
                "an interview dated once covers the speaker's later statements",
                vec![("Ann Lee", MONDAY, Relative), ("Ann Lee", PUBLISHED, Publication)],
                vec![(MONDAY, Relative), (MONDAY, Continued)],
            ),
            (
                "another speaker's day does not carry",
                vec![("Ann Lee", MONDAY, Relative), ("Bo Park", PUBLISHED, Publication)],
                vec![(MONDAY, Relative), (PUBLISHED, Publication)],
            ),
            (
                "a statement before the dated one keeps the publication day",
                vec![("Ann Lee", PUBLISHED, Publication), ("Ann Lee", MONDAY, Relative)],
                vec![(PUBLISHED, Publication), (MONDAY, Relative)],
            ),
            (
                "the latest dated statement wins",
                vec![
                    ("Ann Lee", MONDAY, Relative),
                    ("Ann Lee", TUESDAY, Explicit),
                    ("Ann Lee", PUBLISHED, Publication),
                ],
                vec![(MONDAY, Relative), (TUESDAY, Explicit), (TUESDAY, Continued)],
            ),
            (
                "names differing only in case are one speaker",
                vec![("Ann Lee", MONDAY, Relative), ("ann lee", PUBLISHED, Publication)],
                vec![(MONDAY, Relative), (MONDAY, Continued)],
            ),
            (
                "a vague time (no day) gives nothing to carry",
                vec![("Ann Lee", None, Unknown), ("Ann Lee", PUBLISHED, Publication)],
                vec![(None, Unknown), (PUBLISHED, Publication)],
            ),
        ];
        for (name, input, expected) in cases {
            let mut claims: Vec<Claim> =
                input.iter().map(|&(s, day, basis)| claim(s, day, basis)).collect();
            carry_speaker_days(&mut claims);
            let got: Vec<(Option<PartialDate>, DateBasis)> =
                claims.iter().map(|c| (c.stated_on, c.date_basis)).collect();
            let want: Vec<(Option<PartialDate>, DateBasis)> = expected
                .iter()
                .map(|&(d, b)| (d.and_then(|(y, m, dd)| PartialDate::new(Some(y), m, dd)), b))
                .collect();
            assert_eq!(got, want, "{name}");
        }
    }
}
