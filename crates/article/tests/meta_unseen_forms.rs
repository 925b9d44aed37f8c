//! Metadata forms of unseen pages (session 8): a crawl stamp against the page's own date,
//! and the outlet named only in the story's text or a logo's initials, each on pages written
//! for the test, with the look-alike lines that must not count.

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

#[test]
fn crawl_stamp_loses_to_the_page_date_above_the_headline() {
    let cases: &[(&str, &str)] = &[
        // The crawl stamp first, the story's date under the site's menu.
        ("Crawled: 2026-11-21T04:12:55Z\nNovember 18, 2026\n", "2026-11-18"),
        ("Retrieved: 21 November 2026\n18 Nov 2026\n", "2026-11-18"),
        // The crawl stamp alone still dates the page.
        ("Crawled: 2026-11-21T04:12:55Z\n", "2026-11-21"),
    ];
    for (head, want) in cases {
        let page = format!("{head}{HEADLINE}\n{STORY}\n");
        let got = clean(&page).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some(*want), "{head}");
    }
}

#[test]
fn wire_copyright_at_the_foot_names_the_wire_over_the_masthead() {
    let cases: &[(&str, &str)] = &[
        ("© 2026 AFP", "AFP"),
        ("Copyright 2026 Reuters. All rights reserved.", "Reuters"),
        // A photo's credit has no year; the site's own copyright names the site.
        ("© AFP", "Westbay Chronicle"),
        ("© 2026 Westbay Chronicle", "Westbay Chronicle"),
    ];
    for (foot, want) in cases {
        let page = format!(
            "Westbay Chronicle\nNews | World | Business | Sport\n{HEADLINE}\n{STORY}\n{foot}\n"
        );
        assert_eq!(clean(&page).meta.source.as_deref(), Some(*want), "{foot}");
    }
}
