//! Days carried from one statement of a speaker to the next.
//!
//! News reports an interview, a speech or a briefing over several paragraphs and dates it
//! once: "Smith said on Monday that ...", then "She said ...", "Smith added ...". The later
//! statements were made that Monday too, not on the publication day, although no date
//! modifies their cues.

use std::borrow::Cow;
use std::collections::HashMap;

use whosaid_core::{Claim, PartialDate};

use crate::lexicon::BuildFx;

/// The day of each speaker's latest statement whose own cue was dated ("said on Monday",
/// "told reporters on Oct. 6"), kept while reading an article's claims in text order; a claim
/// dated only by publication takes its speaker's day, with basis [`DateBasis::Continued`].
/// Other speakers' days never carry.
#[derive(Debug, Default)]
pub(crate) struct SpeakerDays {
    /// Each speaker's day; `None` when the speaker's dated statement named no day ("said
    /// in an interview last week").
    last_day: HashMap<String, Option<PartialDate>, BuildFx>,
}

impl SpeakerDays {
    /// Remembers `day` as the day of `claim`'s speaker: the day its own cue gave.
    pub(crate) fn note(&mut self, claim: &Claim, day: PartialDate) {
        let key = speaker_key(claim);
        if !key.is_empty() {
            self.last_day.insert(key.into_owned(), Some(day));
        }
    }

    /// Remembers that `claim`'s cue dated it to no day ("last week", "in August"): the
    /// speaker's later undated statements continue that interview or speech.
    pub(crate) fn note_no_day(&mut self, claim: &Claim) {
        let key = speaker_key(claim);
        if !key.is_empty() {
            self.last_day.insert(key.into_owned(), None);
        }
    }

    /// The day an undated statement of `claim`'s speaker takes, if that speaker was dated.
    pub(crate) fn day_for(&self, claim: &Claim) -> Option<PartialDate> {
        // Most articles date no speaker: no key is folded for them.
        if self.last_day.is_empty() {
            return None;
        }
        self.last_day.get(speaker_key(claim).as_ref()).copied().flatten()
    }

    /// Whether `claim`'s speaker was last dated to no day.
    pub(crate) fn has_no_day(&self, claim: &Claim) -> bool {
        !self.last_day.is_empty()
            && matches!(self.last_day.get(speaker_key(claim).as_ref()), Some(None))
    }
}

/// Gives each claim dated only by publication the day of the same speaker's latest earlier
/// dated claim (see [`SpeakerDays`]). Linear in the number of claims.
#[cfg(test)]
fn carry_speaker_days(claims: &mut [Claim]) {
    use whosaid_core::DateBasis;
    let mut days = SpeakerDays::default();
    for claim in claims.iter_mut() {
        if claim.date_basis == DateBasis::Publication {
            if let Some(day) = days.day_for(claim) {
                claim.stated_on = Some(day);
                claim.date_basis = DateBasis::Continued;
            }
        }
        if let (DateBasis::Explicit | DateBasis::Relative, Some(day)) =
            (claim.date_basis, claim.stated_on)
        {
            days.note(claim, day);
        }
    }
}

/// The gazetteer id when there is one, else the folded name: the engine already resolved
/// pronouns, surnames and role nouns to the full speaker. Looked up for every claim the
/// story's days reach: an id or a name already in lower case is borrowed, an ASCII name is
/// folded without Unicode case tables.
fn speaker_key(claim: &Claim) -> Cow<'_, str> {
    match &claim.speaker.id {
        Some(id) => Cow::Borrowed(id),
        None => {
            let name = &claim.speaker.name;
            if !name.is_ascii() {
                Cow::Owned(name.to_lowercase())
            } else if name.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(name.to_ascii_lowercase())
            } else {
                Cow::Borrowed(name)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid_core::{ClaimKind, DateBasis, Span, Speaker};

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

    #[test]
    fn speaker_keys_fold_names_as_unicode_lowercasing_does() {
        let names = ["Ann Lee", "ann lee", "ANN LEE", "Zoë Ärnström", "İlhan Öz", "", "O'Neil-Ray"];
        for name in names {
            let c = claim(name, None, DateBasis::Unknown);
            assert_eq!(speaker_key(&c), name.to_lowercase(), "{name:?}");
        }
        let mut with_id = claim("Ann Lee", None, DateBasis::Unknown);
        with_id.speaker.id = Some("Q42".to_string());
        assert_eq!(speaker_key(&with_id), "Q42");
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
