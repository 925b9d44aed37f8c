//! Table-driven tests of where the names found by shape begin and end (session 7): a strict
//! speaker is the name as the gold key writes it, so a title word absorbed into a name
//! ("Irrigation Hani Sewilam"), a given name lost ("Tariq Butt" of "Khawaja Tariq Butt") or a
//! body's qualifier lost ("Environment Agency" of "National Environment Agency") is a wrong
//! speaker. Every sentence here is written for the test.

use whosaid_core::EntityKind;
use whosaid_gazetteer::{Gazetteer, GazetteerBuilder};
use whosaid_tokenize::Tokens;

fn defaults() -> Gazetteer {
    GazetteerBuilder::with_defaults().build()
}

/// The surfaces of the mentions of one kind, in text order.
fn surfaces(g: &Gazetteer, text: &str, kind: EntityKind) -> Vec<String> {
    g.annotate(text, &Tokens::default())
        .mentions
        .iter()
        .filter(|m| m.kind == kind && !m.adjective)
        .map(|m| text.get(m.span.start..m.span.end).unwrap_or("").to_string())
        .collect()
}

/// Checks that each text's mentions of `kind` are exactly the expected surfaces.
fn check(kind: EntityKind, cases: &[(&str, &[&str])]) {
    let g = defaults();
    for (text, want) in cases {
        let got = surfaces(&g, text, kind);
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn a_title_holding_of_and_is_all_role_up_to_the_name() {
    check(
        EntityKind::Person,
        &[
            (
                "Egypt's Minister of Water Resources and Irrigation Hani Sewilam said talks failed.",
                &["Hani Sewilam"],
            ),
            (
                "The Minister of Fisheries and Ocean Economy Tavita Mareko said stocks were low.",
                &["Tavita Mareko"],
            ),
            (
                "Secretary of Health and Human Services Orla Benedek told reporters it was safe.",
                &["Orla Benedek"],
            ),
            // The cases against: a name after "and" that no title's complement opens, or
            // that a given name opens, is a second person's, whole.
            ("Peter Mareko and Kwame Ama Osei said they agreed.", &["Peter Mareko", "Kwame Ama Osei"]),
            (
                "The Governor of Ghana and Kwame Ama Osei said they agreed.",
                &["Kwame Ama Osei"],
            ),
        ],
    );
}

#[test]
fn a_name_of_three_or_four_words_after_a_title_keeps_its_first_word() {
    check(
        EntityKind::Person,
        &[
            (
                "Traders' association president Khawaja Tariq Butt told reporters shops would shut.",
                &["Khawaja Tariq Butt"],
            ),
            (
                "Foreign Minister Þorgerður Katrín Gunnarsdóttir said the vote would go ahead.",
                &["Þorgerður Katrín Gunnarsdóttir"],
            ),
            (
                "Former president Andrés Manuel López Obrador said the plan was sound.",
                &["Andrés Manuel López Obrador"],
            ),
            // One capitalized word before a given name and two more words is the name's
            // first given name, at a sentence's start too.
            ("Rocío Elena Garza Villalobos said her sons were happy.", &["Rocío Elena Garza Villalobos"]),
            // The cases against: a title the role list knows stays a title, and so does a
            // word before a name of two words ("Coach Maria Lopez").
            ("Coach Maria Lopez said the team was ready.", &["Maria Lopez"]),
            ("Prime Minister Narendra Modi said the plan was sound.", &["Narendra Modi"]),
            ("President Emmanuel Macron said the plan was sound.", &["Emmanuel Macron"]),
            ("Justice Minister Halvard Brenne said the law was clear.", &["Halvard Brenne"]),
        ],
    );
}

#[test]
fn honorifics_and_professional_styles_before_a_name_are_no_part_of_it() {
    check(
        EntityKind::Person,
        &[
            (
                "Barrister Syeda Nargis Bukhari contended the law was void.",
                &["Syeda Nargis Bukhari"],
            ),
            (
                "Justice Musa Wekesa Odhiambo observed that the law was void.",
                &["Musa Wekesa Odhiambo"],
            ),
            ("Engineer Chidi Okafor said the bridge was safe.", &["Chidi Okafor"]),
            ("Alhaji Sani Bello said the market would reopen.", &["Sani Bello"]),
            ("Dr. Amara Nwosu said the clinic was full.", &["Amara Nwosu"]),
            ("Sir Alan Pemberton said the bank was sound.", &["Alan Pemberton"]),
            ("Coun Priya Halvorsen-Shah said bins would be emptied.", &["Priya Halvorsen-Shah"]),
            // Peers keep their style: "Lord Halvers" is the name.
            ("Lord Halvers said the bill was flawed.", &["Lord Halvers"]),
        ],
    );
}

#[test]
fn a_body_keeps_the_capitalized_words_around_its_head_noun() {
    check(
        EntityKind::Organization,
        &[
            (
                "The Royal College of Emergency Medicine said waits were the worst on record.",
                &["Royal College of Emergency Medicine"],
            ),
            (
                "The National Environment Agency said the haze would lift.",
                &["National Environment Agency"],
            ),
            (
                "The Electoral Commission of Ghana said the count was done.",
                &["Electoral Commission of Ghana"],
            ),
            // The cases against: a listed body alone keeps its name, and so does one with a
            // complement of its own.
            ("The Environment Agency said rivers were high.", &["Environment Agency"]),
            ("The Bank of England said rates would hold.", &["Bank of England"]),
        ],
    );
    // "National" alone is no body, and a run with a body's head noun is never a person.
    check(EntityKind::Organization, &[("National officials said the plan was sound.", &[])]);
    check(
        EntityKind::Person,
        &[("The Royal College of Emergency Medicine said waits were long.", &[])],
    );
}

#[test]
fn a_body_runs_on_through_a_plural_possessive_and_a_business_word_before_and() {
    check(
        EntityKind::Organization,
        &[
            (
                "The Tasmanian Growers' Federation said yields fell.",
                &["Tasmanian Growers' Federation"],
            ),
            (
                "The National Research and Innovation Agency said reefs were hit.",
                &["National Research and Innovation Agency"],
            ),
            // The cases against: a possessive after the head noun ends the name, and a
            // company with its legal form before "and" is a body of its own.
            (
                "Shares trade on the National Association of Ferry Operators' Harbour Board list.",
                &["National Association of Ferry Operators", "Harbour Board"],
            ),
            (
                "Kelvale Plantations Corp and the Kelvale Estates Development Board said so.",
                &["Kelvale Plantations Corp", "Kelvale Estates Development Board"],
            ),
        ],
    );
}

#[test]
fn a_name_after_a_bodys_name_in_one_run_is_the_persons() {
    check(
        EntityKind::Person,
        &[
            (
                "Leader of Opposition in the Vantara Assembly K Mehta accused the government.",
                &["K Mehta"],
            ),
            ("The Finance Ministry Peter Holm said rates would rise.", &["Peter Holm"]),
            // The cases against: no initial or given name opens what follows the body.
            ("The Vantara Assembly Hall Trust said it would reopen.", &[]),
            ("Bank Negara Malaysia said rates would hold.", &[]),
        ],
    );
}

#[test]
fn a_places_initials_open_a_bodys_name() {
    check(
        EntityKind::Organization,
        &[
            ("The B.C. Wildfire Service said crews were ready.", &["B.C. Wildfire Service"]),
            ("The N.S. Health Authority said beds were full.", &["N.S. Health Authority"]),
            // The case against: a sentence that ends with initials ends the run there.
            ("Mara Holt moved to the U.S. The Commission said nothing.", &[]),
        ],
    );
}
