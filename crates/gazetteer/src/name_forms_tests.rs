//! Table-driven tests of the name forms session 6 added: surname particles written with a
//! capital (Irish "Ó", "Ní"), on sentences written for them.

use super::*;
use whosaid_tokenize::Tokens;

fn defaults() -> Gazetteer {
    GazetteerBuilder::with_defaults().build()
}

/// (surface, name) of every person mention.
fn people(g: &Gazetteer, text: &str) -> Vec<(String, String)> {
    g.annotate(text, &Tokens::default())
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .map(|m| (text.get(m.span.start..m.span.end).unwrap_or("").to_string(), m.name.to_string()))
        .collect()
}

#[test]
fn a_later_surname_with_its_capitalized_particle_names_the_full_name() {
    let g = defaults();
    let cases: &[(&str, &[&str])] = &[
        (
            "Dáithí Ó Briain said he was tired. Ó Briain added that he slept well.",
            &["Dáithí Ó Briain", "Dáithí Ó Briain"],
        ),
        (
            "Orla Ní Dhonnchadha said the pitch was heavy. Later, Ní Dhonnchadha said more.",
            &["Orla Ní Dhonnchadha", "Orla Ní Dhonnchadha"],
        ),
        // Folded the same: an outlet without the accent.
        (
            "Daithi O Briain said he was tired. O Briain added that he slept well.",
            &["Daithi O Briain", "Daithi O Briain"],
        ),
        (
            "Joost van den Akker said it was easy. Van den Akker added more.",
            &["Joost van den Akker", "Joost van den Akker"],
        ),
        (
            "Khalid Al Marri said talks went well. Al Marri added that more was needed.",
            &["Khalid Al Marri", "Khalid Al Marri"],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<String> = people(&g, text).into_iter().map(|(_, n)| n).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn a_particle_is_never_a_surname_of_its_own() {
    let g = defaults();
    // "Ní" of "Orla Ní Dhonnchadha" is no surname: the bare "Ni" after a Chinese name
    // written family name first is that person.
    let text = "Orla Ni Dhonnchadha said yes. Envoy Ni Wenjun said no. Ni said more.";
    let got = people(&g, text);
    assert_eq!(got.last().map(|(_, n)| n.as_str()), Some("Ni Wenjun"), "{got:?}");
    // Two people whose surnames differ only after the particle stay two.
    let text = "Dáithí Ó Briain said yes. Prop Seán Ó Murchú said no. Ó Briain added.";
    let got = people(&g, text);
    assert_eq!(got.last().map(|(_, n)| n.as_str()), Some("Dáithí Ó Briain"), "{got:?}");
}

#[test]
fn a_later_given_name_alone_names_the_one_person_introduced_with_it() {
    let g = defaults();
    let cases: &[(&str, &[&str])] = &[
        (
            "Prime Minister Sigrún Ólafsdóttir announced the vote. Sigrún told parliament it was fair.",
            &["Sigrún Ólafsdóttir", "Sigrún Ólafsdóttir"],
        ),
        (
            "Chief executive Mesfin Gebreyes Alemu told reporters the line was ready. Mesfin said more.",
            &["Mesfin Gebreyes Alemu", "Mesfin Gebreyes Alemu"],
        ),
        (
            "Minister Datuk Seri Zulkifli Hamzah Rosli said it was fine. Zulkifli Hamzah said more.",
            &["Zulkifli Hamzah Rosli", "Zulkifli Hamzah Rosli"],
        ),
        // Two people open with the same given name: it names neither.
        (
            "Mesfin Alemu said yes. Mesfin Tadesse said no. Mesfin said maybe.",
            &["Mesfin Alemu", "Mesfin Tadesse"],
        ),
        // Not before a reporting verb: a word that opens a name is not always the person.
        ("Grace Mwangi said yes. Grace under pressure is rare.", &["Grace Mwangi"]),
        // A peer's title opens no given name.
        ("Lord Brackley said no. Lord said nothing.", &["Lord Brackley"]),
    ];
    for (text, want) in cases {
        let got: Vec<String> = people(&g, text).into_iter().map(|(_, n)| n).collect();
        assert_eq!(&got, want, "{text}");
    }
}

/// Regression: the lone given names were searched for once per person over the rest of the
/// text, quadratic on a text naming thousands of people (the 100k-name bench). The one walk
/// over the words that replaced it must still find each, in order, and only after the name.
#[test]
fn lone_given_names_of_many_people_are_found_in_one_walk() {
    let g = defaults();
    let givens = ["Sigrún", "Mesfin", "Tewodros", "Kristrún", "Jean-Pierre", "Aigerim"];
    let surnames = ["Ólafsdóttir", "Gebreyes", "Alemayehu", "Frostadóttir", "Moreau", "Bekova"];
    let mut text = String::new();
    // A given name before its person is named is no one yet.
    text.push_str("Aigerim told nobody. ");
    for (given, surname) in givens.iter().zip(surnames) {
        text.push_str(&format!("Chief executive {given} {surname} announced the plan. "));
    }
    for given in givens.iter().rev() {
        text.push_str(&format!("{given} said it would work. "));
    }
    let got: Vec<(String, String)> = people(&g, &text);
    let lone: Vec<&str> = got
        .iter()
        .filter(|(surface, name)| surface != name)
        .map(|(_, name)| name.as_str())
        .collect();
    let want: Vec<String> =
        givens.iter().rev().zip(surnames.iter().rev()).map(|(g, s)| format!("{g} {s}")).collect();
    assert_eq!(lone, want, "{text}");
    assert!(
        !got.iter().any(|(surface, name)| surface == "Aigerim" && name == "Aigerim Bekova")
            || got.iter().filter(|(_, name)| name == "Aigerim Bekova").count() == 2,
        "a given name before its person is named: {got:?}"
    );
}

#[test]
fn an_uncued_name_speaks_through_its_surname_with_particles() {
    let g = defaults();
    let cases: &[(&str, &[&str])] = &[
        (
            "A late try from debutant Dáithí Ó Briain sealed it. Ó Briain said he was tired.",
            &["Dáithí Ó Briain"],
        ),
        (
            "The goal came from Joost van den Akker in the end. Van den Akker said it was easy.",
            &["Joost van den Akker"],
        ),
        // No cue: the uncued name stays no one.
        ("A late try from debutant Dáithí Ó Briain sealed it. Ó Briain celebrated.", &[]),
    ];
    for (text, want) in cases {
        let got: Vec<String> = people(&g, text).into_iter().map(|(_, n)| n).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn an_airline_and_its_parent_group_are_two_bodies() {
    let g = defaults();
    let text = "KLM said flights would move. Air France-KLM shares fell. Air France said nothing.";
    let got: Vec<String> = g
        .annotate(text, &Tokens::default())
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
        .map(|m| m.name.to_string())
        .collect();
    assert_eq!(got, ["KLM", "Air France-KLM", "Air France"]);
}

/// Regression: the keys of the names met are made only when a mention asks for them (a name
/// as written after a longer one, a given name before a reporting verb), and then for every
/// name met so far. A question asked between names must see the names before it, and one
/// asked at the end all of them.
#[test]
fn given_names_asked_for_late_see_every_name_met_before() {
    let g = defaults();
    let cases: &[(&str, &[(&str, &str)])] = &[
        // Asked twice: "Zulkifli Hamzah" after three names, "Mesfin" at the end, after a
        // second "Mesfin" that makes it name no one.
        (
            "Mesfin Alemu said yes. Zulkifli Hamzah Rosli said it. Zulkifli Hamzah said more. \
             Mesfin Tadesse said no. Mesfin said maybe.",
            &[
                ("Mesfin Alemu", "Mesfin Alemu"),
                ("Zulkifli Hamzah Rosli", "Zulkifli Hamzah Rosli"),
                ("Zulkifli Hamzah", "Zulkifli Hamzah Rosli"),
                ("Mesfin Tadesse", "Mesfin Tadesse"),
            ],
        ),
        // The same person twice still opens "Sigrún" for one person.
        (
            "Sigrún Ólafsdóttir announced it. Sigrún Ólafsdóttir said more. Sigrún said so.",
            &[
                ("Sigrún Ólafsdóttir", "Sigrún Ólafsdóttir"),
                ("Sigrún Ólafsdóttir", "Sigrún Ólafsdóttir"),
                ("Sigrún", "Sigrún Ólafsdóttir"),
            ],
        ),
        // Two first words of one run ("Jean" and "Jean-Pierre"): each names its person.
        (
            "Chief executive Jean-Pierre Moreau announced it. Chief executive Jean Dupont \
             agreed. Jean said yes. Jean-Pierre said no.",
            &[
                ("Jean-Pierre Moreau", "Jean-Pierre Moreau"),
                ("Jean Dupont", "Jean Dupont"),
                ("Jean", "Jean Dupont"),
                ("Jean-Pierre", "Jean-Pierre Moreau"),
            ],
        ),
    ];
    for (text, want) in cases {
        let got = people(&g, text);
        let got: Vec<(&str, &str)> = got.iter().map(|(s, n)| (s.as_str(), n.as_str())).collect();
        assert_eq!(&got, want, "{text}");
    }
}
