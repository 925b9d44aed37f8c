//! A listed person is named as the page prints them when the page never prints the
//! gazetteer's name (session 8): a strict speaker is the name a reader finds in the article,
//! and unseen news printed "Bill Burns" for a list's "William J. Burns", or a name without
//! the list's diacritics. Every person and sentence here is invented for the test.

mod support;

use whosaid_gazetteer::{Gazetteer, GazetteerBuilder};

/// A small gazetteer of invented people with formal list names and the shorter forms pages
/// print.
fn gazetteer() -> Gazetteer {
    let tsv = "id\ttype\tname\taliases\troles\n\
        annika-lindqvist\tperson\tAnnika M. Lindqvist\tAnna Lindqvist|Annika Lindqvist\tminister\n\
        tomas-odegard\tperson\tTomás Ødegård\t\tgovernor\n\
        khalid-bin-saud\tperson\tKhalid bin Saud Al Mansour\tKhalid bin Saud\tminister\n";
    let mut builder = GazetteerBuilder::new();
    builder.add_tsv("test", tsv);
    assert!(builder.errors().is_empty(), "{:?}", builder.errors());
    builder.build()
}

/// The speakers of the claims found in `text`, with their gazetteer ids, in text order.
fn speakers(g: &Gazetteer, text: &str) -> Vec<(String, String)> {
    support::claims_with(text, g, "2026-03-04")
        .into_iter()
        .map(|(c, _)| (c.speaker.name, c.speaker.id.unwrap_or_default()))
        .collect()
}

#[test]
fn a_listed_person_is_named_as_the_page_prints_them() {
    let g = gazetteer();
    let cases: &[(&str, &[(&str, &str)])] = &[
        // Only a short form is printed: it names every claim, the surname's too.
        (
            "Finance Minister Anna Lindqvist said on Monday that the budget would balance. \
             Lindqvist added that taxes would not rise.",
            &[("Anna Lindqvist", "annika-lindqvist"), ("Anna Lindqvist", "annika-lindqvist")],
        ),
        // The list's name is printed once: it is the name, whatever else is printed.
        (
            "Annika M. Lindqvist said the budget would balance. Later Anna Lindqvist said \
             taxes would not rise.",
            &[
                ("Annika M. Lindqvist", "annika-lindqvist"),
                ("Annika M. Lindqvist", "annika-lindqvist"),
            ],
        ),
        // A page without the list's diacritics is followed: the name is shown as printed.
        (
            "Central bank governor Tomas Odegard said rates would stay on hold.",
            &[("Tomas Odegard", "tomas-odegard")],
        ),
        // A family name that is not last: the printed words are all the list name's.
        (
            "Interior Minister Khalid bin Saud said the border would reopen next week.",
            &[("Khalid bin Saud", "khalid-bin-saud")],
        ),
    ];
    for (text, want) in cases {
        let got = speakers(&g, text);
        let want: Vec<(String, String)> =
            want.iter().map(|(n, id)| (n.to_string(), id.to_string())).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_lower_cased_page_keeps_the_list_name() {
    // Lower-case print is a scraper's, not the person's name: the list's capitals are better.
    let g = gazetteer();
    let got = speakers(&g, "anna lindqvist said on monday that the budget would balance.");
    assert_eq!(got, [("Annika M. Lindqvist".to_string(), "annika-lindqvist".to_string())]);
}
