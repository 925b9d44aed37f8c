//! The outlet a page names only under its story: its promotion lines ("Follow …", "Subscribe
//! to …", "This report by …") and a writer signing with the outlet's name, each on pages
//! written for the test, with the lines that look alike but name no outlet.

use whosaid_article::{Article, Cleaner, CleanerBuilder, Record};

fn cleaner() -> &'static Cleaner {
    static CLEANER: std::sync::OnceLock<Cleaner> = std::sync::OnceLock::new();
    CLEANER.get_or_init(|| CleanerBuilder::new().build())
}

fn clean(text: &str) -> Article {
    cleaner().clean(&Record { id: "t".into(), text: text.into(), ..Record::default() })
}

const HEADLINE: &str = "Harbour authority raises berthing fees for cargo ships from next spring";
const STORY: &str = "The port authority said on Tuesday it would raise berthing fees for \
                     container ships by 12 per cent from April, citing the cost of dredging.\n\
                     Shipping lines said the increase would be passed on to importers, who \
                     already face higher freight rates this year.\n\
                     The authority said the new fees would raise about 40 million a year, most \
                     of which would go to the dredging programme.";

/// The page with `foot` as its last line.
fn page_with_foot(foot: &str) -> String {
    format!("{HEADLINE}\n{STORY}\n{foot}\n")
}

#[test]
fn outlet_named_by_its_promotion_lines_under_the_story() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Follow Westbay Chronicle on Facebook and X", Some("Westbay Chronicle")),
        ("Subscribe to the Westbay Chronicle", Some("Westbay Chronicle")),
        ("Sign up for Westbay Chronicle's morning newsletter", Some("Westbay Chronicle")),
        ("Download the Westbay Chronicle app", Some("Westbay Chronicle")),
        ("Read more on Westbay Chronicle", Some("Westbay Chronicle")),
        ("Published by Westbay Chronicle", Some("Westbay Chronicle")),
        (
            "This report by The Westbay Press was first published Nov. 10, 2026.",
            Some("The Westbay Press"),
        ),
        // A writer's name is no site's; nor is "our newsletter" or "us".
        ("Follow Jane Holloway on X", None),
        ("Subscribe to our newsletter", None),
        ("Follow us on Facebook", None),
        ("Support independent journalism", None),
    ];
    for (foot, want) in cases {
        let got = clean(&page_with_foot(foot));
        assert_eq!(got.meta.source.as_deref(), *want, "{foot}");
    }
}

#[test]
fn writer_signing_the_foot_with_the_outlet_names_it() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Jane Holloway, The Westbay Press", Some("The Westbay Press")),
        ("Jane Holloway, Westbay Chronicle", Some("Westbay Chronicle")),
        // A person and a place, or two people, name no outlet.
        ("Jane Holloway, Westbay", None),
        ("Jane Holloway, Tom Baker", None),
    ];
    for (foot, want) in cases {
        let got = clean(&page_with_foot(foot));
        assert_eq!(got.meta.source.as_deref(), *want, "{foot}");
    }
}

#[test]
fn promotion_line_with_the_article_keeps_it_when_the_page_writes_it() {
    // "Subscribe to the Westbay Ledger" under a page that writes "The Westbay Ledger" at its
    // top keeps the article; a page that never writes it so does not.
    let page =
        format!("The Westbay Ledger\n{HEADLINE}\n{STORY}\nSubscribe to the Westbay Ledger\n");
    assert_eq!(clean(&page).meta.source.as_deref(), Some("The Westbay Ledger"));
    let page = page_with_foot("Subscribe to the Westbay Ledger");
    assert_eq!(clean(&page).meta.source.as_deref(), Some("Westbay Ledger"));
}

#[test]
fn promotion_line_never_outranks_an_agency_credit() {
    let page = format!("{HEADLINE}\nBy AFP\n{STORY}\nFollow Westbay Chronicle on Facebook\n");
    assert_eq!(clean(&page).meta.source.as_deref(), Some("AFP"));
}
