//! Table-driven tests of speaker shapes common in unseen news and easy to get wrong: a
//! person who goes by one name, a paragraph that is only a quote after a paragraph that
//! reported someone's words. Every sentence is written for these tests and run through the
//! real tokenizer and the default gazetteer.

mod support;

use whosaid_core::{Claim, EntityKind};

fn claims(text: &str) -> Vec<(Claim, String)> {
    support::claims_with(text, support::default_gazetteer(), "2025-03-12")
}

/// Each row: the text, a substring of the statement, the speaker's name and type.
macro_rules! speaker_kind_table {
    ($name:ident: $( ($text:expr, $inside:expr, $speaker:expr, $kind:expr) ),+ $(,)?) => {
        #[test]
        fn $name() {
            $(
                let found = claims($text);
                let claim = support::claim_containing(&found, $inside, $text);
                assert_eq!(
                    (claim.speaker.name.as_str(), claim.speaker.kind),
                    ($speaker, $kind),
                    "speaker in {:?}", $text
                );
            )+
        }
    };
}

speaker_kind_table! { a_one_word_name_under_a_title_only_people_hold_is_a_person:
    ("Disaster agency head Wirasmoro said 40 helicopters were flying.", "40 helicopters",
        "Wirasmoro", EntityKind::Person),
    ("Kelmaru, a resident of Tanjung Batu, told reporters the smoke was thick.",
        "the smoke was thick", "Kelmaru", EntityKind::Person),
    ("Marine biologist Tandiarrang said the corals had bleached.", "the corals had bleached",
        "Tandiarrang", EntityKind::Person),
}

speaker_kind_table! { a_one_word_name_with_a_title_a_firm_can_hold_stays_an_organization:
    ("The bank is issuing a 300 mln crown bond, lead manager Norvalbank said.",
        "300 mln crown bond", "Norvalbank", EntityKind::Organization),
    ("Its largest shareholder Quendral said the offer was too low.", "the offer was too low",
        "Quendral", EntityKind::Organization),
    ("Bravecorp, the country's biggest miner, said output rose.", "output rose", "Bravecorp",
        EntityKind::Organization),
}

#[test]
fn the_last_word_of_a_banks_name_after_lead_manager_is_no_person() {
    // A known bank's name ends with a word the gazetteer does not hold; "manager" is a
    // firm's title here and the lone last word must not become a person.
    let text = "The city of Oslo is selling a 200 mln crown bond, lead manager Morgan Stanley \
                International said.";
    let found = claims(text);
    assert!(
        found.iter().all(|(c, _)| c.speaker.name != "International"),
        "a name's last word spoke: {:?}",
        found.iter().map(|(c, _)| c.speaker.name.clone()).collect::<Vec<_>>()
    );
}

/// Each row: the text, a substring of a quote-only paragraph, and who said it.
macro_rules! continued_table {
    ($name:ident: $( ($text:expr, $inside:expr, $speaker:expr) ),+ $(,)?) => {
        #[test]
        fn $name() {
            $(
                let found = claims($text);
                let hit = found.iter().find(|(_, s)| s.contains($inside));
                assert_eq!(
                    hit.map(|(c, _)| c.speaker.name.as_str()),
                    $speaker,
                    "speaker of {:?} in {:?}", $inside, $text
                );
            )+
        }
    };
}

continued_table! { a_quote_only_paragraph_after_reported_words_continues_their_speaker:
    ("Union leader Ricardo Almeida-Sousa said the deal gave members a 6 percent raise.\n\n\
      \"This is a fair deal. Our members fought for it.\"\n\n\"We will be back on Monday.\"",
        "This is a fair deal", Some("Ricardo Almeida-Sousa")),
    ("Union leader Ricardo Almeida-Sousa said the deal gave members a 6 percent raise.\n\n\
      \"This is a fair deal. Our members fought for it.\"\n\n\"We will be back on Monday.\"",
        "We will be back on Monday", Some("Ricardo Almeida-Sousa")),
    ("Port chief Hanna Lindqvist-Berg told reporters the strike had cost 40 million euros.\n\n\
      \u{201c}We lost ships to other ports.\u{201d}", "We lost ships", Some("Hanna Lindqvist-Berg")),
}

continued_table! { a_quote_only_paragraph_is_nobodys_when_narration_or_an_attribution_may_follow:
    // Narration after the reported words may introduce the next speaker.
    ("Ricardo Almeida-Sousa said the deal was fair. Dock worker Pedro Vaz has worked at the \
      port for 20 years.\n\n\"We are tired.\"", "We are tired", None),
    // A quote ending in a comma waits for an attribution the next line may hold.
    ("Ricardo Almeida-Sousa said the deal was fair.\n\n\"We are tired,\"", "We are tired", None),
}

speaker_kind_table! { a_person_between_commas_with_a_firm_named_with_an_ampersand_speaks:
    ("Another analyst, Keiko Mitsuhashi of Orion Research & Partners, said the timing had \
      been lucky.", "the timing had been lucky", "Keiko Mitsuhashi", EntityKind::Person),
    ("One economist, Dario Ferrante-Lutz from Baird & Holm Capital, said rates would fall.",
        "rates would fall", "Dario Ferrante-Lutz", EntityKind::Person),
}

#[test]
fn a_firm_name_ending_in_an_ampersand_does_not_swallow_the_cue() {
    // The walk over the firm's name stops before a trailing "&": the aside still ends at
    // the comma and the person speaks.
    let found = claims("A trader, Lena Brask-Holt of Viborg &, said the market was thin.");
    assert!(found.iter().all(|(c, _)| c.speaker.name != "Viborg"), "{found:?}");
}

/// Each row: the text, the speaker, and the whole statement the claim must hold.
macro_rules! statement_table {
    ($name:ident: $( ($text:expr, $speaker:expr, $statement:expr) ),+ $(,)?) => {
        #[test]
        fn $name() {
            $(
                let found = claims($text);
                let hit = found.iter().find(|(c, _)| c.speaker.name == $speaker);
                assert_eq!(
                    hit.map(|(_, s)| s.as_str()),
                    Some($statement),
                    "statement of {:?} in {:?}; found {:?}", $speaker, $text,
                    found.iter().map(|(c, s)| (c.speaker.name.clone(), s.clone()))
                        .collect::<Vec<_>>()
                );
            )+
        }
    };
}

statement_table! { here_after_the_cue_is_the_place_of_the_saying_not_the_statement:
    ("\"We have 20 pumps working in the district,\" water board chief Darmawiyono said here \
      on Thursday.", "Darmawiyono", "We have 20 pumps working in the district"),
    ("\"The road will reopen next week,\" Governor Teodora Salvani-Ruiz said here.",
        "Teodora Salvani-Ruiz", "The road will reopen next week"),
    ("Governor Teodora Salvani-Ruiz told reporters here that the road would reopen next week.",
        "Teodora Salvani-Ruiz", "the road would reopen next week"),
    ("Governor Teodora Salvani-Ruiz said here in the capital that the road would reopen.",
        "Teodora Salvani-Ruiz", "the road would reopen"),
}

speaker_kind_table! { initials_after_a_body_named_in_full_are_that_body:
    ("The Northern Valley Water Board said supply would resume on Monday. The NVWB said \
      crews were working overnight.", "crews were working", "Northern Valley Water Board",
        EntityKind::Organization),
    ("The Northern Valley Water Board said supply would resume on Monday. A NVWB \
      spokeswoman said crews were working overnight.", "crews were working",
        "Northern Valley Water Board", EntityKind::Organization),
    // Initials that do not spell the body's name stay a name of their own.
    ("The Northern Valley Water Board said supply would resume on Monday. The NVA said \
      crews were working overnight.", "crews were working", "NVA", EntityKind::Organization),
    ("Fares will rise, the Roads and Transit Authority said on Sunday. The RTA said the \
      increase was small.", "the increase was small", "Roads and Transit Authority",
        EntityKind::Organization),
}

speaker_kind_table! { a_capitalized_role_opening_the_sentence_is_not_part_of_the_name:
    ("Visitor Maria Teresa Lindqvist said she had queued for two hours.", "queued for two",
        "Maria Teresa Lindqvist", EntityKind::Person),
    ("Commuter Daniel Okafor-Reyes said the trains were late again.", "the trains were late",
        "Daniel Okafor-Reyes", EntityKind::Person),
    ("Tenant Grace Mwangi-Holt told reporters the rent had doubled.", "the rent had doubled",
        "Grace Mwangi-Holt", EntityKind::Person),
}

speaker_kind_table! { initials_that_start_an_earlier_company_name_still_name_it:
    // Regression: the initials rule once stopped the search before the start-of-name one.
    ("KMR Corp said it would sell its paper unit. KMR said profit would double.",
        "profit would double", "KMR Corp", EntityKind::Organization),
}

/// Each row: the text, then each claim's cue and whole statement, in order.
macro_rules! claims_table {
    ($name:ident: $( ($text:expr, [$( ($cue:expr, $statement:expr) ),+ $(,)?]) ),+ $(,)?) => {
        #[test]
        fn $name() {
            $(
                let found: Vec<(String, String)> = claims($text)
                    .into_iter()
                    .map(|(c, s)| (c.cue, s))
                    .collect();
                let want: Vec<(String, String)> =
                    vec![$( ($cue.to_string(), $statement.to_string()) ),+];
                assert_eq!(found, want, "claims in {:?}", $text);
            )+
        }
    };
}

claims_table! { a_reporting_verb_after_but_or_and_before_that_opens_a_second_statement:
    ("Port director Lena Brask-Holt said cargo volumes rose 4 percent but warned that the \
      strike could cut them.", [("said", "cargo volumes rose 4 percent"),
        ("warned", "the strike could cut them")]),
    ("Economist Tomas Varga-Lind said the figures were weak, and added that a rate cut was \
      likely.", [("said", "the figures were weak"), ("added", "a rate cut was likely")]),
    ("\"We are ready,\" coach Paulo Mendes-Kirk said, but admitted that two players were \
      injured.", [("said", "We are ready"), ("admitted", "two players were injured")]),
}

claims_table! { a_second_verb_that_may_belong_to_the_reported_subject_stays_in_one_statement:
    // "it" or "the mayor" can be the one who warned, inside what was said.
    ("The Harbor Council said it regretted the delay and warned that costs would rise.",
        [("said", "it regretted the delay and warned that costs would rise")]),
    ("Spokesman Ivo Brandt said the mayor would read the report but noted that funds were \
      short.", [("said", "the mayor would read the report but noted that funds were short")]),
    // Without "that" the verb reads as the first statement's.
    ("Trader Nina Ostrova-Hale said prices rose and warned investors.",
        [("said", "prices rose and warned investors")]),
}
