//! The outlet a page names only under its story: its promotion lines ("Follow …", "Subscribe
//! to …", "This report by …") and a writer signing with the outlet's name, each on pages
//! written for the test, with the lines that look alike but name no outlet.

mod support;

use support::{clean, HEADLINE, STORY};

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

/// The page with `head` above the headline and `under` between the headline and the story.
fn page_with_head(head: &str, under: &str) -> String {
    let head = if head.is_empty() { String::new() } else { format!("{head}\n") };
    let under = if under.is_empty() { String::new() } else { format!("{under}\n") };
    format!("{head}{HEADLINE}\n{under}{STORY}\n")
}

#[test]
fn masthead_of_a_newspaper_name_or_asking_for_support() {
    let cases: &[(&str, Option<&str>)] = &[
        // Four words ending in a newspaper's word, the menu under it.
        (
            "South Harbour Morning Post\nNews | Sport | Business | Opinion",
            Some("South Harbour Morning Post"),
        ),
        // A newspaper's name alone above the headline.
        ("Meridian Ledger", Some("Meridian Ledger")),
        // The name, then the site asking for support under it, the menu further down.
        (
            "The Meridian\nSupport the Meridian\nFund independent journalism\nSupport us\n\
             News | Sport | Business | Opinion",
            Some("The Meridian"),
        ),
        // A kicker of one word with no menu and no support line names no site.
        ("Shipping", None),
        ("Harbour Affairs\nThe latest from the docks", None),
    ];
    for (head, want) in cases {
        let got = clean(&page_with_head(head, ""));
        assert_eq!(got.meta.source.as_deref(), *want, "{head}");
    }
}

#[test]
fn site_after_a_bar_in_the_headline_line() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Harbour fees to rise next spring | Meridian", Some("Meridian")),
        // A section after the bar, or a speaker after a dash, is no site.
        ("Harbour fees to rise next spring | World", None),
        ("Harbour fees to rise next spring - Lindqvist", None),
    ];
    for (headline, want) in cases {
        let page = format!("{headline}\n{STORY}\n");
        assert_eq!(clean(&page).meta.source.as_deref(), *want, "{headline}");
    }
}

#[test]
fn outlet_credited_on_the_by_line() {
    let cases: &[(&str, Option<&str>)] = &[
        ("By Jane Holloway (Westbay Chronicle)", Some("Westbay Chronicle")),
        ("Jane Holloway\n(Australian Coastal Press)", Some("Australian Coastal Press")),
        ("Westbay Chronicle Staff", Some("Westbay Chronicle")),
        ("By Westbay Chronicle Staff", Some("Westbay Chronicle")),
        // A place or a label in brackets, a person's staff line: no outlet.
        ("By Jane Holloway (Tokyo)", None),
        ("(Updated)", None),
        ("Jane Holloway Staff", None),
    ];
    for (under, want) in cases {
        let got = clean(&page_with_head("", under));
        assert_eq!(got.meta.source.as_deref(), *want, "{under}");
    }
}

#[test]
fn by_line_of_outlet_staff_is_no_writer() {
    let got = clean(&page_with_head("", "By Westbay Chronicle Staff"));
    assert_eq!(got.meta.byline, None);
}

#[test]
fn newspaper_signing_off_at_the_foot() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Westbay Chronicle", Some("Westbay Chronicle")),
        ("— Westbay Chronicle", Some("Westbay Chronicle")),
        // A last line that is a related headline or a person's name names no outlet.
        ("Harbour Fees Rise Again", None),
        ("Jane Holloway", None),
    ];
    for (foot, want) in cases {
        let got = clean(&page_with_foot(foot));
        assert_eq!(got.meta.source.as_deref(), *want, "{foot}");
    }
    // After the story's last sentence on its paragraph.
    let page = format!("{HEADLINE}\n{STORY} — Westbay Chronicle\n");
    assert_eq!(clean(&page).meta.source.as_deref(), Some("Westbay Chronicle"));
}

#[test]
fn year_of_a_date_without_one_from_a_full_date_within_a_week_after() {
    let cases: &[(&str, &str, &str)] = &[
        // A crawl stamp three days after the story's day.
        ("Crawled: 2026-10-12 06:14", "Oct. 9", "2026-10-09"),
        // Over the new year: the story's day is in the year before.
        ("Crawled: 2027-01-03 06:14", "Dec. 30", "2026-12-30"),
        // A full date more than a week after gives no year.
        ("Crawled: 2026-11-20 06:14", "Oct. 9", "--10-09"),
    ];
    for (head, under, want) in cases {
        let got = clean(&page_with_head(head, under));
        let published = got.meta.published.map(|d| d.to_string());
        assert_eq!(published.as_deref(), Some(*want), "{head}");
    }
}

#[test]
fn notice_of_an_older_story_is_no_headline() {
    let cases: &[(&str, &str)] = &[
        ("This article is more than 5 days old", HEADLINE),
        ("This story is over 2 years old", HEADLINE),
    ];
    for (notice, want) in cases {
        let page = format!("{notice}\n{HEADLINE}\nJane Holloway\nTue 17 Nov 2026 16.42\n{STORY}\n");
        assert_eq!(clean(&page).meta.title.as_deref(), Some(*want), "{notice}");
    }
    // A headline that speaks of age is still one.
    let headline = "Harbour crane that is 80 years old to be pulled down next spring";
    let page = format!("{headline}\nJane Holloway\nTue 17 Nov 2026 16.42\n{STORY}\n");
    assert_eq!(clean(&page).meta.title.as_deref(), Some(headline));
}
