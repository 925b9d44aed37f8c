//! Metadata forms of unseen pages (session 8): a crawl stamp against the page's own date,
//! and the outlet named only in the story's text or a logo's initials, each on pages written
//! for the test, with the look-alike lines that must not count.

mod support;

use support::{clean, HEADLINE, STORY};

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

/// A page with no masthead, credit or sign-off: headline, date, and the story with `line`.
fn page_with_story_line(line: &str) -> String {
    format!("{HEADLINE}\nNovember 18, 2026\n{STORY}\n{line}\nThe fees will be reviewed in 2028.\n")
}

#[test]
fn outlet_the_story_speaks_to_names_a_page_that_names_none_else() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "\"We had no choice,\" the harbour master told Westbay Chronicle.",
            Some("Westbay Chronicle"),
        ),
        ("A spokesman told the Nation on Monday that talks went on.", Some("Nation")),
        ("The minister told Reuters the fees were fair.", Some("Reuters")),
        ("A trader, speaking to Westbay News, said prices would rise.", Some("Westbay News")),
        ("She said in an interview with AFP that costs had doubled.", Some("AFP")),
        ("\"It is fair,\" he told WBN.", Some("WBN")),
        // People, bodies and a match's broadcaster are not the page's outlet.
        ("The minister told reporters the fees were fair.", None),
        ("The minister told Jane Holloway the fees were fair.", None),
        ("The minister told the Senate the fees were fair.", None),
        ("The minister told the nation the fees were fair.", None),
        ("\"We kept going,\" the coach told Westbay Sports.", None),
    ];
    for (line, want) in cases {
        let got = clean(&page_with_story_line(line));
        assert_eq!(got.meta.source.as_deref(), *want, "{line}");
    }
}

#[test]
fn outlet_spoken_to_never_outranks_one_the_page_names() {
    let page = format!(
        "{HEADLINE}\nBy Jane Holloway\n{STORY}\nThe minister told Reuters the fees were fair.\n\
         © 2026 Westbay Chronicle\n"
    );
    assert_eq!(clean(&page).meta.source.as_deref(), Some("Westbay Chronicle"));
}

#[test]
fn headline_wrapped_over_two_lines_is_read_whole() {
    let whole = "Harbour authority raises berthing fees for cargo ships from next spring";
    let cases: &[(&str, &str)] = &[
        // The second line goes on in lower case: one headline, in a block or on its own.
        (
            "Harbour authority raises berthing fees for cargo ships\nfrom next spring\nBy Jane Holloway\nNovember 18, 2026\n",
            whole,
        ),
        (
            "Harbour authority raises berthing fees for cargo ships\nfrom next spring\n\nBy Jane Holloway\nNovember 18, 2026\n",
            whole,
        ),
        // A by-line in lower case, or a capitalized standfirst, is no part of it.
        (
            "Harbour authority raises berthing fees for cargo ships from next spring\nby Jane Holloway\nNovember 18, 2026\n",
            whole,
        ),
        (
            "Harbour authority raises berthing fees for cargo ships from next spring\nShipping lines say importers will pay\nNovember 18, 2026\n",
            whole,
        ),
    ];
    for (head, want) in cases {
        let page = format!("{head}{STORY}\n");
        assert_eq!(clean(&page).meta.title.as_deref(), Some(*want), "{head}");
    }
}

#[test]
fn wire_credit_lines_at_the_foot_name_the_wire() {
    let cases: &[(&str, &str)] = &[
        ("(Reporting by Jane Holloway in Westbay; Editing by Tom Reed)", "Reuters"),
        (
            "Reporting by Jane Holloway; additional reporting by Ann Lee; editing by Tom Reed",
            "Reuters",
        ),
        (
            "Associated Press writer Ann Lee in Paris contributed to this report.",
            "Associated Press",
        ),
        // The wire only lent material; a writer's credit alone names no wire.
        ("The Associated Press contributed to this report.", "Westbay Chronicle"),
        ("Reporting by Jane Holloway", "Westbay Chronicle"),
        ("Westbay Chronicle writer Ann Lee contributed to this report.", "Westbay Chronicle"),
    ];
    for (foot, want) in cases {
        let page = format!(
            "Westbay Chronicle\nNews | World | Business | Sport\n{HEADLINE}\n{STORY}\n{foot}\n"
        );
        assert_eq!(clean(&page).meta.source.as_deref(), Some(*want), "{foot}");
    }
}

#[test]
fn logo_initials_before_the_masthead_name_give_the_name() {
    let cases: &[(&str, Option<&str>)] = &[
        ("WC  Westbay Chronicle", Some("Westbay Chronicle")),
        ("WBT  Westbay Bay Times", Some("Westbay Bay Times")),
        // Initials that spell another name are no logo of it.
        ("AB  Westbay Chronicle", None),
    ];
    for (masthead, want) in cases {
        let page = format!(
            "{masthead}\nNews | World | Business | Sport\n{HEADLINE}\nNovember 18, 2026\n{STORY}\n"
        );
        assert_eq!(clean(&page).meta.source.as_deref(), *want, "{masthead}");
    }
}

#[test]
fn dated_web_address_gives_its_year_to_a_date_without_one() {
    let cases: &[(&str, &str)] = &[
        ("Read more: https://westbay.example/news/2026/11/18/harbour-fees", "2026-11-18"),
        ("Read it at https://westbay.example/2026-11-18-harbour-fees.html", "2026-11-18"),
        // Another day's address, or none, gives no year.
        ("Read more: https://westbay.example/news/2026/11/12/harbour-fees", "--11-18"),
        ("Read more: https://westbay.example/news/harbour-fees", "--11-18"),
    ];
    for (foot, want) in cases {
        let page = format!("{HEADLINE}\nNov. 18\n{STORY}\n{foot}\n");
        let got = clean(&page).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some(*want), "{foot}");
    }
}
