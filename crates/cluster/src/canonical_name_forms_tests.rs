//! Name forms across articles that `canonical_spellings` must keep apart or join: titles of
//! peerage, surname particles and given-name-only forms (session 6).

use super::*;

const P: EntityKind = EntityKind::Person;

/// One case: (name, article) of each claim, and the display names expected.
type Case = (&'static [(&'static str, &'static str)], &'static [&'static str]);

fn canonical(input: &[(&'static str, &'static str)]) -> Vec<&'static str> {
    let names: Vec<SpeakerName<'static>> = input
        .iter()
        .map(|&(name, article)| SpeakerName { name, id: None, listed: false, kind: P, article })
        .collect();
    canonical_spellings(&names)
}

#[test]
fn a_title_bearing_name_never_joins_a_different_given_name() {
    let cases: &[Case] = &[
        // A peer and a senator of one surname, in two articles: two people.
        (&[("Lord Brackley", "a1"), ("Tom Brackley", "a2")], &["Lord Brackley", "Tom Brackley"]),
        // The bare surname could be either: it stays as written.
        (
            &[("Lord Brackley", "a1"), ("Brackley", "a1"), ("Tom Brackley", "a2")],
            &["Lord Brackley", "Brackley", "Tom Brackley"],
        ),
        (&[("Lady Ormesby", "a1"), ("Jane Ormesby", "a2")], &["Lady Ormesby", "Jane Ormesby"]),
    ];
    for (input, want) in cases {
        assert_eq!(&canonical(input), want, "{input:?}");
    }
}

#[test]
fn a_surname_with_its_particle_joins_the_one_full_name() {
    let cases: &[Case] = &[
        (&[("Dáithí Ó Briain", "a1"), ("Ó Briain", "a2")], &["Dáithí Ó Briain", "Dáithí Ó Briain"]),
        // Two people of the surname: the short form is neither.
        (
            &[("Dáithí Ó Briain", "a1"), ("Orla Ó Briain", "a2"), ("Ó Briain", "a3")],
            &["Dáithí Ó Briain", "Orla Ó Briain", "Ó Briain"],
        ),
    ];
    for (input, want) in cases {
        assert_eq!(&canonical(input), want, "{input:?}");
    }
}
