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
                let hit = found.iter().find(|(_, s)| s.contains($inside));
                let Some((claim, _)) = hit else {
                    panic!("no claim containing {:?} in {:?}; found: {:?}", $inside, $text,
                        found.iter().map(|(c, s)| (c.speaker.name.clone(), s.clone())).collect::<Vec<_>>());
                };
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
