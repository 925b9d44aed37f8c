//! Metadata rules for pages of outlets no rule was written for, each on pages written for
//! the test: mastheads, agency credits and sign-offs, datelines without a dash, breadcrumbs,
//! taglines, dashes inside headlines, and dates the scraper garbled.

use whosaid_article::{Article, Cleaner, CleanerBuilder, Record};

fn cleaner() -> &'static Cleaner {
    static CLEANER: std::sync::OnceLock<Cleaner> = std::sync::OnceLock::new();
    CLEANER.get_or_init(|| CleanerBuilder::new().build())
}

fn clean(text: &str) -> Article {
    cleaner().clean(&Record { id: "t".into(), text: text.into(), ..Record::default() })
}

/// A story paragraph: long enough to start the story, with a stop at the end.
const STORY: &str = "The council voted on Monday to extend the night bus service to the \
                     northern suburbs for another year, officials said.";
const MORE: &str = "The decision follows months of complaints from shift workers about the \
                    cost of taxis after midnight, the transport office said.";

fn page(head: &str, foot: &str) -> String {
    format!("{head}\n\n{STORY}\n\n{MORE}\n\n{foot}\n")
}

// ---------------------------------------------------------------- dates

#[test]
fn published_dates_the_scraper_garbled_or_wrote_with_dots() {
    let cases: &[(&str, &str)] = &[
        // The clock time glued to the year.
        ("Harbour fees to rise next spring\n\nMarch 5, 20249:15 AM GMTUpdated ago", "2024-03-05"),
        ("Harbour fees to rise next spring\n\n5 March 202411:30 CET", "2024-03-05"),
        // The date printed twice with nothing between.
        ("Harbour fees to rise next spring\n\nPublished On 5 Mar 20245 Mar 2024", "2024-03-05"),
        // Dotted day.month.year, on a line grouped with a masthead and menu.
        (
            "CITYWIRE\nNews from the valley\nPolitics | Economy | Sport | Culture\n03.04.2023 10:15\n\n\
             Harbour fees to rise next spring",
            "2023-04-03",
        ),
        // A by-line and a date line printed together, the date starting its line.
        ("Harbour fees to rise next spring\n\nMaria Okonkwo-Smith\n08 Jun 2022", "2022-06-08"),
        // "Updated" and "published" lines grouped together: the first publication wins.
        (
            "Harbour fees to rise next spring\n\nUpdated - June 9, 2022 10:02 AM\n\
             Published - June 8, 2022 07:45 PM",
            "2022-06-08",
        ),
    ];
    for (head, want) in cases {
        let text = page(head, "");
        let got = clean(&text).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some(*want), "{head:?}");
    }
}

#[test]
fn a_year_elsewhere_on_the_page_completes_a_dateline_date_of_the_same_day() {
    let cases: &[(&str, &str)] = &[
        // The page's date above the headline names the year of the dateline's day.
        ("Tue, 5 March 2024 | Weather 21°C\n\nHarbour fees to rise next spring", "2024-03-05"),
        // A different day gives no year.
        ("Tue, 4 March 2024 | Weather 21°C\n\nHarbour fees to rise next spring", "--03-05"),
        // A slashed date that reads either way round agrees with the dateline's day...
        ("Harbour fees to rise next spring\n\nPublished 05/03/2024", "2024-03-05"),
        ("Harbour fees to rise next spring\n\nPublished 03/05/2024", "2024-03-05"),
        // ...and one of another day does not.
        ("Harbour fees to rise next spring\n\nPublished 06/03/2024", "--03-05"),
        // Regression: a dashed date either way round gave the dateline no year.
        ("Harbour fees to rise next spring\n\nUpdated: 05-03-2024 14:27 IST", "2024-03-05"),
        (
            "Harbour fees to rise next spring\n\nCreated: 03-05-2024 | Updated: 03-05-2024",
            "2024-03-05",
        ),
        ("Harbour fees to rise next spring\n\nUpdated: 06-03-2024 14:27 IST", "--03-05"),
        // A year-first dotted date above the headline.
        ("2024.03.05 15:42 KST\n\nHarbour fees to rise next spring", "2024-03-05"),
    ];
    for (head, want) in cases {
        let text = format!("{head}\n\nLISBON, March 5 (AFP) - {STORY}\n\n{MORE}\n");
        let got = clean(&text).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some(*want), "{head:?}");
    }
}

#[test]
fn a_labelled_day_and_month_or_a_hyphenated_date_dates_the_page() {
    // (date line under the by-line, published)
    let cases: &[(&str, Option<&str>)] = &[
        ("Last updated: 23/07 - 10:05", Some("--07-23")),
        ("Published: 7/23, 10:05", Some("--07-23")),
        // Either way round: left unread.
        ("Last updated: 07/03 - 10:05", None),
        // No label: a score or fraction, not a date.
        ("Result 23/07", None),
        ("19-Nov-2026 \u{2022} Updated 3 hrs ago", Some("2026-11-19")),
    ];
    for (line, want) in cases {
        let text =
            page(&format!("Harbour fees to rise next spring\n\nBy Ana Costa-Pereira\n{line}"), "");
        let got = clean(&text).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), *want, "{line:?}");
    }
}

#[test]
fn a_date_inside_the_headlines_words_is_news_not_the_publication_date() {
    // (head, title, published)
    let cases: &[(&str, &str, Option<&str>)] = &[
        // Regression: the headline's "Dec 15" cost the title and became the page's date.
        (
            "Riverside Post\nCity | Region | Business | Opinion\nHome » City\n\
             Mayor sets Dec 15 deadline for new bus shelters, warns builders of fines\n\
             Riverside Post\n3 March, 2026 09:15 am GMT",
            "Mayor sets Dec 15 deadline for new bus shelters, warns builders of fines",
            Some("2026-03-03"),
        ),
        (
            "Vote on harbour plan moved to April 12 after objections\n\nPublished 9 March 2025",
            "Vote on harbour plan moved to April 12 after objections",
            Some("2025-03-09"),
        ),
        // Only the headline names a day: the page's date is unknown, not the headline's.
        (
            "Ferry strike called off until June 2 after late talks",
            "Ferry strike called off until June 2 after late talks",
            None,
        ),
        // A labelled stamp with words after it is still a date line, not a headline.
        (
            "Harbour fees to rise next spring\n\nPosted on March 3 at noon",
            "Harbour fees to rise next spring",
            Some("--03-03"),
        ),
    ];
    for (head, title, published) in cases {
        let article = clean(&page(head, ""));
        assert_eq!(article.meta.title.as_deref(), Some(*title), "{head:?}");
        let got = article.meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), *published, "{head:?}");
    }
}

#[test]
fn a_headline_printed_under_the_menu_in_one_block_is_the_title() {
    let cases: &[(&str, &str)] = &[
        (
            "valleypost.\ntown | region | schools | weather\n\
             harbour fees to rise next spring after council vote\n\n\
             by ana costa-pereira\nlast updated: 23/07 - 10:05",
            "harbour fees to rise next spring after council vote",
        ),
        (
            "VALLEYPOST\nTown | Region | Schools | Weather\n\
             Harbour fees to rise next spring after council vote\n\n\
             By Ana Costa-Pereira\nJuly 23, 2026",
            "Harbour fees to rise next spring after council vote",
        ),
    ];
    for (head, want) in cases {
        let text = page(head, "");
        let text = if head.starts_with('v') { text.to_lowercase() } else { text };
        let article = clean(&text);
        assert_eq!(article.meta.title.as_deref(), Some(*want), "{head:?}");
        assert!(article.meta.published.is_some(), "{head:?}");
    }
}

#[test]
fn the_pages_own_date_a_day_or_two_after_a_wire_dateline_is_the_publication_date() {
    // (the page's date line under the headline, dateline opening the story, published)
    let cases: &[(&str, &str, &str)] = &[
        ("Xinhua | Updated: 2026-10-20 07:12", "BEIJING, Oct. 19 (Xinhua) -- ", "2026-10-20"),
        ("Published: October 21, 2026", "BEIJING, Oct. 19 (Xinhua) -- ", "2026-10-21"),
        ("Updated: 2027-01-01 07:12", "BEIJING, Dec. 31 (Xinhua) -- ", "2027-01-01"),
        // The same day names the year only.
        ("Updated: 2026-10-19 22:12", "BEIJING, Oct. 19 (Xinhua) -- ", "2026-10-19"),
        // Three days on is another story's date, and a crawl stamp is no page date: each
        // gives the year only (a full date within a week after the day).
        ("Updated: 2026-10-22 07:12", "BEIJING, Oct. 19 (Xinhua) -- ", "2026-10-19"),
        ("Crawled: 2026-10-20 07:12", "BEIJING, Oct. 19 (Xinhua) -- ", "2026-10-19"),
    ];
    for (line, dateline, want) in cases {
        let text =
            format!("Harbour fees to rise next spring\n\n{line}\n\n{dateline}{STORY}\n\n{MORE}\n");
        let got = clean(&text).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some(*want), "{line:?} / {dateline:?}");
    }
}

// ---------------------------------------------------------------- datelines

#[test]
fn datelines_with_the_agency_and_no_dash() {
    /// The first paragraph's opening, then the dateline, source and date it gives.
    type Case = (&'static str, Option<&'static str>, Option<&'static str>, Option<&'static str>);
    let cases: &[Case] = &[
        ("Pune, Mar 4 (PTI) ", Some("Pune"), Some("PTI"), Some("--03-04")),
        ("LIMA, June 2. /TASS/. ", Some("LIMA"), Some("TASS"), Some("--06-02")),
        ("CHENNAI (IANS) ", Some("CHENNAI"), Some("IANS"), None),
        ("Hanoi, Aug 30 (VNA) ", Some("Hanoi"), Some("VNA"), Some("--08-30")),
        // A company and its ticker are not a dateline.
        ("Acme (ACME) ", None, None, None),
    ];
    for (opening, dateline, source, published) in cases {
        let text = format!("Harbour fees to rise next spring\n\n{opening}{STORY}\n\n{MORE}\n");
        let article = clean(&text);
        assert_eq!(article.meta.dateline.as_deref(), *dateline, "{opening:?}");
        assert_eq!(article.meta.source.as_deref(), *source, "{opening:?}");
        assert_eq!(
            article.meta.published.map(|d| d.to_string()).as_deref(),
            *published,
            "{opening:?}"
        );
        if dateline.is_some() {
            let first = &text[article.body[0].range()];
            assert!(first.starts_with("The council"), "{opening:?}: {first:?}");
        }
    }
}

#[test]
fn a_dateline_on_its_own_line_above_the_story() {
    let cases: &[(&str, Option<&str>)] = &[
        ("KOLKATA:", Some("KOLKATA")),
        ("Cape Town -", Some("Cape Town")),
        ("kolkata:", Some("kolkata")),
        ("Opinion:", None),
    ];
    for (line, want) in cases {
        let text = format!("Harbour fees to rise next spring\n\n{line}\n\n{STORY}\n\n{MORE}\n");
        let text = if line.starts_with(char::is_lowercase) { text.to_lowercase() } else { text };
        assert_eq!(clean(&text).meta.dateline.as_deref(), *want, "{line:?}");
    }
}

#[test]
fn a_copyright_year_completes_a_dateline_date_only_when_nothing_else_names_the_year() {
    let cases: &[(&str, &str)] = &[
        ("\u{a9} 2024 Example Wire Service. All rights reserved.", "2024-03-05"),
        ("Copyright 2023 Example Wire Service", "2023-03-05"),
        // A range names no one year.
        ("\u{a9} 2001-2024 Example Wire Service", "--03-05"),
    ];
    for (foot, want) in cases {
        let text = format!(
            "Harbour fees to rise next spring\n\nLISBON, March 5 (AFP) - {STORY}\n\n{MORE}\n\n{foot}\n"
        );
        let got = clean(&text).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some(*want), "{foot:?}");
    }
}

#[test]
fn a_labelled_date_at_the_foot_dates_a_page_whose_head_gives_none() {
    let cases: &[(&str, Option<&str>)] = &[
        ("This story was first published on March 4, 2024", Some("2024-03-04")),
        ("Posted: 4 March 2024", Some("2024-03-04")),
        // The foot's list of other stories, with their dates, dates nothing.
        ("Ferry timetable changes - March 4, 2024", None),
    ];
    for (foot, want) in cases {
        // A story long enough that its foot is not part of the head.
        let story = [STORY, MORE, STORY, MORE, STORY].join("\n\n");
        let text = format!("Harbour fees to rise next spring\n\n{story}\n\n{foot}\n");
        let got = clean(&text).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), *want, "{foot:?}");
    }
}

#[test]
fn a_date_label_is_not_a_dateline() {
    let text = format!(
        "Harbour fees to rise next spring\n\nLast Updated: Jan 4 2025 | 09:10 AM IST\n\n\
         {STORY}\n\n{MORE}\n"
    );
    let article = clean(&text);
    assert_eq!(article.meta.dateline, None);
    assert_eq!(article.meta.published.map(|d| d.to_string()).as_deref(), Some("2025-01-04"));
}

#[test]
fn a_scrapers_crawl_stamp_is_not_a_dateline_and_does_not_start_the_story() {
    // (stamp line under the masthead's menu)
    let cases: &[&str] = &[
        "Crawled: 2025-02-03T06:14:09Z",
        "Retrieved: 2025-02-03 06:14",
        "Accessed: February 3, 2025",
        "Scraped: 2025-02-03",
    ];
    for stamp in cases {
        let text = format!(
            "Valley Post\nTown | Region | Schools | Weather\n{stamp}\n\n\
             Harbour fees to rise next spring; ferry fares frozen\n\n\
             Maria Okonkwo-Smith\nSunday, 2 February 2025 - 16:42\n\n{STORY}\n\n{MORE}\n"
        );
        let m = clean(&text).meta;
        assert_eq!(m.dateline, None, "{stamp:?}");
        assert_eq!(
            m.title.as_deref(),
            Some("Harbour fees to rise next spring; ferry fares frozen"),
            "{stamp:?}"
        );
        assert_eq!(m.published.map(|d| d.to_string()).as_deref(), Some("2025-02-02"), "{stamp:?}");
    }
}

#[test]
fn co_authors_on_one_by_line_are_joined_with_and() {
    // (by-line under the headline, byline)
    let cases: &[(&str, &str)] = &[
        ("By Ana Costa-Pereira and Tomas Lind", "Ana Costa-Pereira and Tomas Lind"),
        ("By Ana Costa-Pereira, Tomas Lind", "Ana Costa-Pereira and Tomas Lind"),
        ("By ANA COSTA-PEREIRA and TOMAS LIND", "ANA COSTA-PEREIRA and TOMAS LIND"),
        ("By Ana Costa-Pereira & Tomas Lind", "Ana Costa-Pereira & Tomas Lind"),
        (
            "By Ana Costa-Pereira, Tomas Lind and Mei Lin Ong",
            "Ana Costa-Pereira, Tomas Lind and Mei Lin Ong",
        ),
        ("By Ana Costa-Pereira and Tomas Lind | March 5, 2026", "Ana Costa-Pereira and Tomas Lind"),
        // A place, an outlet or a desk after the writer is not a second writer.
        ("By Ana Costa-Pereira, New York", "Ana Costa-Pereira"),
        ("By Ana Costa-Pereira, The Valley Post", "Ana Costa-Pereira"),
        ("By Ana Costa-Pereira, Valley News", "Ana Costa-Pereira"),
        ("By Ana Costa-Pereira - Valley Wire reporter - Lisbon", "Ana Costa-Pereira"),
    ];
    for (line, want) in cases {
        let text = page(&format!("Harbour fees to rise next spring\n\n{line}"), "");
        assert_eq!(clean(&text).meta.byline.as_deref(), Some(*want), "{line:?}");
    }
}

#[test]
fn a_place_on_the_by_line_is_the_dateline() {
    // (by-line block under the headline, dateline)
    let cases: &[(&str, Option<&str>)] = &[
        (
            "Written by Ana Costa-Pereira\nLisbon | Updated: February 26, 2026 10:42 IST",
            Some("Lisbon"),
        ),
        (
            "Written by Ana Costa-Pereira\nNew Delhi | Updated: February 26, 2026 10:42 IST",
            Some("New Delhi"),
        ),
        (
            "Ana Costa-Pereira\nEconomics Reporter\nLisbon\nPublished February 26, 2026",
            Some("Lisbon"),
        ),
        // An agency, a section or a writer before the bar is no place.
        ("Reuters | Updated: February 26, 2026 10:42 IST", None),
        ("Politics | Updated: February 26, 2026 10:42 IST", None),
        ("Ana Costa-Pereira | Updated: February 26, 2026 10:42 IST", None),
        ("Ana Costa-Pereira\nEconomics Reporter\nPublished February 26, 2026", None),
        // Under the writer's name, or before the date among the by-line's bars.
        ("Ana Costa-Pereira\nLISBON\nUpdated - February 26, 2026 10:21 pm", Some("LISBON")),
        ("Ana Costa-Pereira | VPW | Lisbon | February 26, 2026", Some("Lisbon")),
        ("Ana Costa-Pereira | Politics | February 26, 2026", None),
        // Where the writer files from.
        ("By Ana Costa-Pereira in Lisbon\nFebruary 26, 2026", Some("Lisbon")),
        ("By Ana Costa-Pereira in good time\nFebruary 26, 2026", None),
        ("Ana Costa-Pereira | The Valley Times | February 26, 2026", None),
    ];
    for (block, want) in cases {
        let text = page(&format!("Harbour fees to rise next spring\n\n{block}"), "");
        assert_eq!(clean(&text).meta.dateline.as_deref(), *want, "{block:?}");
    }
    // A dateline opening the story wins.
    let text = format!(
        "Harbour fees to rise next spring\n\nLisbon | Updated: February 26, 2026 10:42 IST\n\n\
         PORTO \u{2014} {STORY}\n\n{MORE}\n"
    );
    assert_eq!(clean(&text).meta.dateline.as_deref(), Some("PORTO"));
}

#[test]
fn a_writer_named_with_written_by_or_beside_the_date_is_the_byline() {
    // (by-line lines under the headline, byline, source)
    type Case = (&'static str, Option<&'static str>, Option<&'static str>);
    let cases: &[Case] = &[
        ("Written by: Ana Costa-Pereira\nFebruary 26, 2026", Some("Ana Costa-Pereira"), None),
        ("Written by Ana Costa-Pereira\nFebruary 26, 2026", Some("Ana Costa-Pereira"), None),
        ("Ana Costa-Pereira\nThursday, 26 February 2026 - 16:42", Some("Ana Costa-Pereira"), None),
        ("Ana Costa-Pereira | Published February 26, 2026", Some("Ana Costa-Pereira"), None),
        // Agencies' material in the writer's story is not its source.
        (
            "By Ana Costa-Pereira (with AFP, dpa)\nFebruary 26, 2026",
            Some("Ana Costa-Pereira"),
            None,
        ),
        // A lower-case "by" elsewhere is no by-line, nor is a place, desk or agency line.
        ("Fares cut by half\nFebruary 26, 2026", None, None),
        ("Ana Costa-Pereira\nLISBON\nFebruary 26, 2026", None, None),
        ("Our Correspondent\nFebruary 26, 2026", None, None),
        ("Reuters  Lisbon\nFebruary 26, 2026", None, Some("Reuters")),
    ];
    for (lines, byline, source) in cases {
        let text = page(&format!("Harbour fees to rise next spring\n\n{lines}"), "");
        let m = clean(&text).meta;
        assert_eq!((m.byline.as_deref(), m.source.as_deref()), (*byline, *source), "{lines:?}");
    }
    // A name above the date over the headline is a section's, not the writer's.
    let text = page("Harbour Board\nFebruary 26, 2026\n\nHarbour fees to rise next spring", "");
    assert_eq!(clean(&text).meta.byline, None);
}

#[test]
fn a_lower_case_pages_by_line_is_read_and_given_as_printed() {
    let cases: &[(&str, Option<&str>)] = &[
        ("by ana costa-pereira\nlast updated: 23/07 - 10:05", Some("ana costa-pereira")),
        ("by ana costa-pereira and tomas lind", Some("ana costa-pereira and tomas lind")),
        ("fares cut by half at night", None),
    ];
    for (lines, want) in cases {
        let text = page(&format!("harbour fees to rise next spring\n\n{lines}"), "");
        let article = clean(&text.to_lowercase());
        assert_eq!(article.meta.byline.as_deref(), *want, "{lines:?}");
    }
}

// ---------------------------------------------------------------- sources

#[test]
fn the_source_is_the_site_or_agency_the_page_names() {
    // (head above the headline, foot under the story, source)
    let cases: &[(&str, &str, Option<&str>)] = &[
        // A masthead alone on the first line, a tagline, then the menu.
        (
            "THE VALLEY CLARION\nIndependent since 1921\nLocal | County | Sport | Opinion",
            "",
            Some("THE VALLEY CLARION"),
        ),
        ("Civic Wire\nTown | Region  | Schools | Weather", "", Some("Civic Wire")),
        // The site's name opening the menu, named again in the footer.
        (
            "Metro7 | Politics | Courts | Transport",
            "Metro7 | Local news that matters",
            Some("Metro7"),
        ),
        // A section name opening the menu is not the site.
        ("Business | Markets | Economy | Banking", "", None),
        // A short Title Case headline above a ticker is not a masthead.
        (
            "Harbour Fees Rise Again\nLatest: Ferry strike \u{2022} Bridge works \u{2022} Tolls",
            "",
            None,
        ),
        // A label alone with no menu under it is not a masthead.
        ("Top Picks", "", None),
        // An agency signing off its copy wins over the site printing it.
        ("Civic Wire\nTown | Region | Schools | Weather", "--IANS", Some("IANS")),
        ("Civic Wire\nTown | Region | Schools | Weather", "QNA", Some("QNA")),
        ("", "==Kyodo", Some("Kyodo")),
        ("", "\u{2014} TASS", Some("TASS")),
        ("", "PTI ABC DEF", Some("PTI")),
        ("", "UKRINFORM", Some("Ukrinform")),
        // "Source: NAME" credits the copy, above the masthead.
        ("Civic Wire\nTown | Region | Schools | Weather", "Source: Xinhua", Some("Xinhua")),
        // Copy built on an agency's.
        ("", "(With inputs from PTI)", Some("PTI")),
        // Both copyright marks before the site's name.
        (
            "",
            "\u{a9} Copyright 2024 The Valley Herald. All rights reserved.",
            Some("Valley Herald"),
        ),
        // A desk is not an outlet.
        ("By Newsdesk", "", None),
        ("By Web Desk", "", None),
        ("By Agencies", "", None),
        ("By Our Correspondent", "", None),
        // An agency after the writer's name.
        ("By Ana Costa with AFP", "", Some("AFP")),
        // A listed outlet alone on the first line, no menu under it.
        ("ABC News\nPosted Mon 4 Mar 2024 at 10:02am", "", Some("ABC News")),
        // A listed agency alone on a line of the head.
        ("KYODO\nMarch 4, 2024", "", Some("Kyodo")),
        // "Source:" with the date label after the name.
        ("Source: Example Daily Published: Mar 04, 2024 10:02 PM", "", Some("Example Daily")),
    ];
    for (head, foot, want) in cases {
        let text = if head.starts_with("By ") {
            page(&format!("Harbour fees to rise next spring\n\n{head}"), foot)
        } else {
            page(&format!("{head}\n\nHarbour fees to rise next spring"), foot)
        };
        let article = clean(&text);
        assert_eq!(article.meta.source.as_deref(), *want, "{head:?} / {foot:?}");
    }
}

// ---------------------------------------------------------------- titles

#[test]
fn a_listed_outlet_after_the_headline_names_the_source() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Harbour fees to rise next spring | Reuters", Some("Reuters")),
        ("Harbour fees to rise next spring | CNN Business", Some("CNN")),
        ("Harbour fees to rise next spring - The Valley Gazette", Some("The Valley Gazette")),
        // A section name is not a source.
        ("Harbour fees to rise next spring | World News", None),
    ];
    for (head, want) in cases {
        let article = clean(&page(head, ""));
        assert_eq!(article.meta.title.as_deref(), Some("Harbour fees to rise next spring"));
        assert_eq!(article.meta.source.as_deref(), *want, "{head:?}");
    }
}

#[test]
fn a_title_case_menu_line_is_not_the_headline() {
    let text = page(
        "Most Read Stories This Week\n\nHarbour fees to rise next spring\n\nMarch 5, 2024",
        "",
    );
    assert_eq!(clean(&text).meta.title.as_deref(), Some("Harbour fees to rise next spring"));
    let text = page("Most Read Stories This Week", "");
    assert_eq!(clean(&text).meta.title, None);
}

#[test]
fn the_title_is_the_headline_without_breadcrumbs_taglines_or_site_names() {
    let cases: &[(&str, &str)] = &[
        // A breadcrumb path before the headline.
        (
            "Home / Local News / Harbour fees to rise next spring\n\n\
             Harbour fees to rise next spring",
            "Harbour fees to rise next spring",
        ),
        ("Home > Region > Harbour fees to rise next spring", "Harbour fees to rise next spring"),
        // The tagline under a masthead is not the headline.
        (
            "Civic Wire\nVoices of the valley and the coast\nTown | Region | Schools | Weather\n\n\
             Harbour fees to rise next spring\n\nJune 8, 2022",
            "Harbour fees to rise next spring",
        ),
        // A dash before one to three words of attribution is part of the headline...
        ("Harbour fees to rise next spring \u{2014} mayor", "Harbour fees to rise next spring \u{2014} mayor"),
        // ...while a site's name after a bar is not.
        ("Harbour fees to rise next spring | Civic Wire", "Harbour fees to rise next spring"),
        // A headline printed right above its standfirst, by-line and date, with no blank line.
        (
            "Harbour fees to rise next spring\nBoat owners say they will leave\nAna Costa\n\
             04/03/2024March 4, 2024",
            "Harbour fees to rise next spring",
        ),
        // A headline in Title Case, with its date under it.
        (
            "Harbour Fees To Rise Next Spring\n\nMarch 5, 2024",
            "Harbour Fees To Rise Next Spring",
        ),
        // A colon headline asking a question is not a dateline.
        (
            "Harbour: Will the fees drive the fishing fleet away this winter?",
            "Harbour: Will the fees drive the fishing fleet away this winter?",
        ),
        // A colon headline is not a dateline, however long.
        (
            "Mayor: Every bus we keep off the road at night means a worker walking home in the dark",
            "Mayor: Every bus we keep off the road at night means a worker walking home in the dark",
        ),
        // A long headline ending in a quoted word is not the story's first sentence.
        (
            "Council keeps night bus fares unchanged for the third year, calls the service 'essential'",
            "Council keeps night bus fares unchanged for the third year, calls the service 'essential'",
        ),
    ];
    for (head, want) in cases {
        let text = page(head, "");
        let article = clean(&text);
        assert_eq!(article.meta.title.as_deref(), Some(*want), "{head:?}");
        assert_eq!(article.meta.dateline, None, "{head:?}");
    }
}

#[test]
fn a_dash_cuts_a_site_off_the_headline_but_keeps_its_speaker() {
    let cases: &[(&str, &str)] = &[
        // The speaker or body after a dash is part of the headline.
        (
            "Harbour fees to rise next spring - Transport Ministry",
            "Harbour fees to rise next spring - Transport Ministry",
        ),
        (
            "Harbour fees to rise next spring \u{2014} IMF",
            "Harbour fees to rise next spring \u{2014} IMF",
        ),
        // A listed outlet, a newspaper's name, a domain or the masthead is the site.
        ("Harbour fees to rise next spring - Reuters", "Harbour fees to rise next spring"),
        (
            "Harbour fees to rise next spring \u{2013} The Valley Gazette",
            "Harbour fees to rise next spring",
        ),
        ("Harbour fees to rise next spring - Valleynews.com", "Harbour fees to rise next spring"),
        (
            "Civic Wire\nTown | Region | Schools | Weather\n\n\
             Harbour fees to rise next spring \u{2014} CIVIC WIRE\n\nJune 8, 2022",
            "Harbour fees to rise next spring",
        ),
        // A bar parts the page title from its section and site labels whatever they are.
        (
            "Harbour fees to rise next spring | Transport | Civic Wire",
            "Harbour fees to rise next spring",
        ),
    ];
    for (head, want) in cases {
        let article = clean(&page(head, ""));
        assert_eq!(article.meta.title.as_deref(), Some(*want), "{head:?}");
    }
}

#[test]
fn section_labels_widgets_and_job_titles_are_not_the_headline() {
    let cases: &[(&str, &str)] = &[
        // A row of section labels set apart by wide gaps above the headline...
        (
            "THE REGION  PUBLIC TRANSPORT\n\nHarbour fees to rise next spring\n\nBy Ana Costa\nMay 3, 2024",
            "Harbour fees to rise next spring",
        ),
        ("Local News  Public Transport\n\nHarbour fees to rise next spring\n\nMay 3, 2024", "Harbour fees to rise next spring"),
        // ...and a live stream's link are page furniture.
        (
            "Watch live: Valley TV\n\nHarbour fees to rise next spring\n\nMay 3, 2024",
            "Harbour fees to rise next spring",
        ),
        // A headline ending in an initialism's stop, with a by-line block of short lines
        // under it, is the headline, and the writer's job title is not.
        (
            "Politics\n\n'We will keep the buses running': mayor says deal is close with U.S.\n\n\
             Ana Costa\nValley Post Transport Writer\nUpdated May 3, 2024 7:42 p.m.\n\
             Published May 3, 2024 11:05 a.m.",
            "'We will keep the buses running': mayor says deal is close with U.S.",
        ),
    ];
    for (head, want) in cases {
        let article = clean(&page(head, ""));
        assert_eq!(article.meta.title.as_deref(), Some(*want), "{head:?}");
    }
    // A headline with a gap in it but a lower-case word is not a row of labels.
    let article = clean(&page("Harbour fees  to rise next spring\n\nMay 3, 2024", ""));
    assert_eq!(article.meta.title.as_deref(), Some("Harbour fees  to rise next spring"));
}

#[test]
fn a_masthead_under_a_cookie_notice_or_in_lower_case_names_the_source() {
    // A cookie notice printed above the masthead.
    let head = "We use cookies to improve your experience on our site. [Accept] [Settings]\n\n\
                VALLEYPOST\nTown | Region | Schools | Weather\n\nHarbour fees to rise next spring";
    assert_eq!(clean(&page(head, "")).meta.source.as_deref(), Some("VALLEYPOST"));
    // A page wholly in lower case: its masthead and menu, or its section and footer copyright.
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "valley post\ntown | region | schools | weather\n\nharbour fees to rise next spring",
            "",
            Some("Valley Post"),
        ),
        (
            "vpn | town | region\n\nharbour fees to rise next spring",
            "copyright \u{a9} vpn. all rights reserved.",
            Some("VPN"),
        ),
        (
            "valley post | town\n\nharbour fees to rise next spring",
            "copyright \u{a9} valley post. all rights reserved.",
            Some("Valley Post"),
        ),
        // A name and its section with no footer naming the site is no masthead.
        ("valley post | town\n\nharbour fees to rise next spring", "", None),
    ];
    for (head, foot, want) in cases {
        let article = clean(&page(head, foot).to_lowercase());
        assert_eq!(article.meta.source.as_deref(), *want, "{head:?}");
    }
}

#[test]
fn a_title_is_one_line_never_a_wrapped_block() {
    // A note wrapped over two lines above the story, like wire tables' notes.
    let text = page("NOTE: harbour fees rise by four pct from\nnext spring on all moorings", "");
    let title = clean(&text).meta.title;
    assert!(title.as_deref().map_or(true, |t| !t.contains('\n')), "{title:?}");
}

#[test]
fn an_agency_reporting_in_its_own_lead_names_the_source() {
    let cases: &[(&str, Option<&str>)] = &[
        ("The mayor announced the fees on Monday, Ukrinform reports.", Some("Ukrinform")),
        ("The mayor announced the fees, a TASS correspondent reports.", Some("TASS")),
        // The past tense cites another outlet.
        ("The mayor announced the fees on Monday, Interfax reported.", None),
        // An unlisted name reporting is not taken.
        ("The mayor announced the fees on Monday, the bulletin reports.", None),
    ];
    for (lead, want) in cases {
        let text = format!("Harbour fees to rise next spring\n\n{lead}\n\n{STORY}\n\n{MORE}\n");
        assert_eq!(clean(&text).meta.source.as_deref(), *want, "{lead:?}");
    }
}

// ---------------------------------------------------------------- outlets named once

#[test]
fn the_masthead_is_read_as_the_page_writes_the_outlet() {
    // (head above the headline, foot under the story, source)
    let cases: &[(&str, &str, Option<&str>)] = &[
        // A lower-case wordmark, written capitalized in the story.
        (
            "valleynews. | My Region | World | Business | Culture",
            "Valleynews has asked the port for comment.",
            Some("Valleynews"),
        ),
        // A wordmark in capitals, written in Title Case in the story.
        (
            "DAILY LANTERN\nNews | Politics | Business | Sport",
            "The port did not answer questions from the Daily Lantern.",
            Some("Daily Lantern"),
        ),
        // A masthead-only word after the paper's name.
        ("Lantern Newspapers\nNEWS | POLITICS | METRO | SPORTS", "", Some("Lantern")),
        // A regional edition after a bar, named so in the story.
        (
            "Lantern TV | Wessex\nLatest | UK | Politics | Sport",
            "Workers told Lantern TV Wessex the fees were too high.",
            Some("Lantern TV Wessex"),
        ),
        // Without the joined name in the story, a two-part line is no masthead.
        ("Lantern TV | Wessex\nLatest | UK | Politics | Sport", "", None),
        // The scraper's crawl line and a "Skip to" link above the masthead.
        (
            "Last crawled: 2026-01-02 10:00:00 UTC\nThe Valley Star\nHome | News | Sport | Opinion",
            "",
            Some("The Valley Star"),
        ),
        (
            "Skip to main content\nThe Valley Star\nHome | News | Sport | Opinion",
            "",
            Some("The Valley Star"),
        ),
        // The menu's link to the print edition.
        (
            "valleygraphic.com | News | Politics | Valley Graphic e-paper",
            "",
            Some("Valley Graphic"),
        ),
        // A print-edition trailer under the story.
        ("", "Published in Valley Dawn, November 20th, 2025", Some("Valley Dawn")),
        ("", "Published in 1998, the report was never updated.", None),
        // A journal the story cites, with no edition's date: no trailer.
        ("", "Published in Valley Science Review.", None),
    ];
    for (head, foot, want) in cases {
        let text = page(&format!("{head}\n\nHarbour fees to rise next spring"), foot);
        assert_eq!(clean(&text).meta.source.as_deref(), *want, "{head:?} / {foot:?}");
    }
}

#[test]
fn the_outlet_next_to_the_writer_or_the_date_names_the_source() {
    // (lines under the headline, source, byline)
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        (
            "Jane Okafor-Smith \u{b7} Lantern News \u{b7}\nPosted: Mar 04, 2026 4:00 AM EST",
            Some("Lantern News"),
            Some("Jane Okafor-Smith"),
        ),
        (
            "Jane Okafor-Smith\nLakeside Tribune-Courier\n\nPublished 6:04 a.m. CT Oct. 15, 2025",
            Some("Lakeside Tribune-Courier"),
            Some("Jane Okafor-Smith"),
        ),
        // A job title under the name: a by-line, and no outlet.
        (
            "Jane Okafor-Smith\nTransport Correspondent\nWed Nov 12 2025 - 19:45",
            None,
            Some("Jane Okafor-Smith"),
        ),
        // A section after the name is not an outlet.
        ("Jane Okafor-Smith | Local News\nMarch 4, 2026", None, None),
        // The outlet before the date line's clock time.
        (
            "Lakeside Daily Inquirer / 06:02 AM October 20, 2025",
            Some("Lakeside Daily Inquirer"),
            None,
        ),
    ];
    for (lines, source, byline) in cases {
        let text = page(&format!("Harbour fees to rise next spring\n\n{lines}"), "");
        let m = clean(&text).meta;
        assert_eq!((m.source.as_deref(), m.byline.as_deref()), (*source, *byline), "{lines:?}");
    }
}

#[test]
fn agency_inputs_credit_the_agency_only_when_no_writer_signs_the_story() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Harbour fees to rise next spring", Some("PTI")),
        ("Harbour fees to rise next spring\n\nTransport | Written by Jane Okafor-Smith", None),
        ("Harbour fees to rise next spring\n\nBy Jane Okafor-Smith", None),
        // A desk is no writer.
        ("Harbour fees to rise next spring\n\nBy Web Desk", Some("PTI")),
    ];
    for (head, want) in cases {
        let text = page(head, "With inputs from PTI");
        assert_eq!(clean(&text).meta.source.as_deref(), *want, "{head:?}");
    }
}

#[test]
fn a_release_service_dateline_on_its_own_line() {
    let text = format!(
        "Harbour fees to rise next spring\n\nLAGOS, Nigeria, May 12, 2026/Example Wire/ --\n\n\
         {STORY}\n\n{MORE}\n"
    );
    let m = clean(&text).meta;
    assert_eq!(m.source.as_deref(), Some("Example Wire"));
    assert_eq!(m.published.map(|d| d.to_string()).as_deref(), Some("2026-05-12"));
    assert_eq!(m.dateline.as_deref(), Some("LAGOS, Nigeria"));
}

// ---------------------------------------------------------------- dates found late

#[test]
fn a_slashed_date_is_read_only_when_its_time_zone_gives_the_order() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Published on 10/09/2025 - 14:22 GMT+2 \u{2022} Updated 16:05", Some("2025-09-10")),
        ("Published 10/09/2025 2:22 p.m. ET", Some("2025-10-09")),
        ("Posted 03/04/2024 09:15 CET", Some("2024-04-03")),
        // No zone, no order: left out.
        ("Published on 10/09/2025", None),
        // An unknown zone is no clue either.
        ("Published on 10/09/2025 14:22 XYZ", None),
        // A two-digit year with a clock time after it: this century's year, the day and
        // month ordered by the zone, or by a number that can only be a day.
        ("BY ANA COSTA - 04/03/24 5:32 PM ET", Some("2024-04-03")),
        ("By Ana Costa | 04/03/24 17:32 CET", Some("2024-03-04")),
        ("Posted 25/03/24 09:15", Some("2024-03-25")),
        ("Posted 03/25/24, 9:15 AM", Some("2024-03-25")),
        // Without a clock, or with no clue to the order, it stays unread.
        ("Posted 04/03/24", None),
        ("Posted 04/03/24 09:15", None),
    ];
    for (line, want) in cases {
        let text = page(&format!("Harbour fees to rise next spring\n\n{line}"), "");
        let got = clean(&text).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), *want, "{line:?}");
    }
}

#[test]
fn a_by_line_block_under_summary_bullets_dates_the_story() {
    let text = page(
        "Harbour fees to rise next spring\n\nIn Summary\n\
         \u{2022} The council says the night bus service will run for another year after a vote on Monday.\n\
         \u{2022} Unions say workers have paid far too much for taxis after midnight for years now.\n\n\
         by JANE OKAFOR\nTransport Correspondent\n14 May 2026 - 15:32",
        "",
    );
    let got = clean(&text).meta.published.map(|d| d.to_string());
    assert_eq!(got.as_deref(), Some("2026-05-14"));
}

#[test]
fn a_lower_case_page_is_dated_by_its_labelled_first_publication() {
    let text = page(
        "harbour fees to rise next spring\n\n\
         last updated: 22 may 2026, 10:12 ist | first published: 22 may 2026, 08:40 ist\n\n\
         lagos, may 21 (ians) the council voted to raise harbour fees on wednesday.",
        "",
    )
    .to_lowercase();
    let got = clean(&text).meta.published.map(|d| d.to_string());
    assert_eq!(got.as_deref(), Some("2026-05-22"));
}

// ---------------------------------------------------------------- the headline over a standfirst

#[test]
fn the_headline_wins_over_its_standfirst_above_a_by_line_block() {
    let cases: &[&str] = &[
        // Standfirst, writer's name and job title, each on its own line, then the date.
        "Harbour fees to rise next spring\n\n\
         Port chief tells council new charges will give \u{2018}real certainty\u{2019} to shippers\n\n\
         Jane Okafor-Smith\n\nTransport Correspondent\n\nWed Nov 12 2025 - 19:45",
        // A quote-shaped standfirst.
        "Harbour fees to rise next spring\n\n\
         \"We cannot keep the port open at these prices,\" port chief says\n\n\
         Jane Okafor-Smith\n\nTransport Correspondent\n\n14 May 2026 - 15:32",
    ];
    for head in cases {
        let title = clean(&page(head, "")).meta.title;
        assert_eq!(title.as_deref(), Some("Harbour fees to rise next spring"), "{head:?}");
    }
}

#[test]
fn regression_a_line_above_the_headline_does_not_reach_the_date_through_a_section_line() {
    // A ticker line, a section path, the headline, a share bar, then the date: the ticker
    // line is three paragraphs from the date, the headline two.
    let text = page(
        "Storm warning issued for the coast\nTravel > Asia\n\n\
         Harbour fees to rise next spring\n\n\
         Share this article  Facebook  X  Email\n\n\
         Tuesday 22 October 2024 06:12 BST\nBy Jane Okafor-Smith, Lagos",
        "",
    );
    assert_eq!(clean(&text).meta.title.as_deref(), Some("Harbour fees to rise next spring"));
}

// ---------------------------------------------------------------- session 4: unseen outlets

/// A story whose lead names a weekday and, further on, a month: what dates a page whose own
/// date line could be read either way round.
fn dated_story(lead: &str, later: &str) -> String {
    format!("{lead}\n\n{MORE}\n\n{later}\n")
}

#[test]
fn a_ticker_reading_after_a_bar_is_not_a_site_name_or_the_headline() {
    let cases: &[&str] = &[
        "Example's rand: 18.42 per US dollar  |  Weather, Port Town: 21\u{b0}C",
        "Gold: $2,304  |  Oil: +0.3%",
        "Harbour index 1,204.5  |  Ferry fares: \u{20ac}12",
    ];
    for ticker in cases {
        let head = format!(
            "EXAMPLE DAILY NEWS\nNews | Politics | Business | Travel\n{ticker}\n\n\
             Harbour fees to rise next spring, council says\n\nWritten by Ana Costa-Pereira\n\
             Published on Tuesday, May 19, 2026"
        );
        let article = clean(&page(&head, ""));
        assert_eq!(
            article.meta.title.as_deref(),
            Some("Harbour fees to rise next spring, council says"),
            "{ticker:?}"
        );
    }
    // A site's and a section's names after the headline still part from it.
    let article = clean(&page("Harbour fees to rise next spring | Business | Example Times", ""));
    assert_eq!(article.meta.title.as_deref(), Some("Harbour fees to rise next spring"));
}

#[test]
fn a_masthead_keeps_its_suffix_when_written_again_and_loses_a_trailing_mark() {
    // (head above the headline, foot under the story, source)
    let cases: &[(&str, &str, Option<&str>)] = &[
        // A wordmark's star is no part of the name; small words stay as printed.
        (
            "THE VOICE OF THE VALLEY*\nTowns  Farming  Opinion  Weather",
            "",
            Some("THE VOICE OF THE VALLEY"),
        ),
        ("Valley Herald\u{ae}\nTowns | Farming | Opinion | Weather", "", Some("Valley Herald")),
        // "Online" is the outlet's name when the page writes it so again...
        (
            "Valley Online\nTowns | Farming | Opinion | Weather",
            "Ana Costa told Valley Online the plan was late.",
            Some("Valley Online"),
        ),
        // ...and only a masthead's word when it does not.
        ("Valley Online\nTowns | Farming | Opinion | Weather", "", Some("Valley")),
        ("Valley Newspapers\nTowns | Farming | Opinion | Weather", "", Some("Valley")),
    ];
    for (head, foot, want) in cases {
        let text = page(&format!("{head}\n\nHarbour fees to rise next spring"), foot);
        assert_eq!(clean(&text).meta.source.as_deref(), *want, "{head:?} / {foot:?}");
    }
    // A lower-case page's masthead is given capitalized, its small words in lower case.
    let text = page("voice of the valley\ntowns | farming | opinion\n\nharbour fees to rise", "");
    assert_eq!(clean(&text.to_lowercase()).meta.source.as_deref(), Some("Voice of the Valley"));
}

#[test]
fn a_masthead_is_read_with_its_article_its_section_and_without_its_edition() {
    // (head above the headline, foot under the story, source)
    let cases: &[(&str, &str, Option<&str>)] = &[
        // A leading "The" is not one of the name's three words.
        (
            "The Courier of North Valley\nTowns | Farming | Opinion | Interviews",
            "",
            Some("The Courier of North Valley"),
        ),
        // The section the page is on, after a wide gap on the masthead line.
        (
            "VALLEY WIRE-NORTH  News\nTowns | Farming | Opinion | Weather",
            "",
            Some("VALLEY WIRE-NORTH"),
        ),
        // A wordmark in capitals, then its country edition: the outlet is the wordmark,
        // as the page writes it again.
        (
            "THE CLARION Norway\nNews | Politics | Work | Money\n\nBy The Clarion (desk@example.no)",
            "",
            Some("The Clarion"),
        ),
        (
            "VXN English Edition\nAmericas | World | Economy | Culture",
            "\u{a9} VXN 2026. All rights reserved.",
            Some("VXN"),
        ),
        // Not written elsewhere: the masthead as printed.
        (
            "THE CLARION Norway\nNews | Politics | Work | Money",
            "",
            Some("THE CLARION Norway"),
        ),
        // A name's own last word is no edition.
        ("VALLEY News\nTowns | Farming | Opinion | Weather\n\nBy VALLEY staff", "", Some("VALLEY News")),
    ];
    for (head, foot, want) in cases {
        let text = page(&format!("{head}\n\nHarbour fees to rise next spring"), foot);
        let article = clean(&text);
        assert_eq!(article.meta.source.as_deref(), *want, "{head:?} / {foot:?}");
        assert_eq!(
            article.meta.title.as_deref(),
            Some("Harbour fees to rise next spring"),
            "{head:?}"
        );
    }
}

#[test]
fn a_domain_masthead_names_the_outlet_its_letters_or_initials_spell() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        // The menu's first item, by its initials.
        ("ve.example.org\nValley Echo | World | Economy | Sport", "", Some("Valley Echo")),
        // A listed agency in the footer wins over the menu's name in another language.
        (
            "kn.example.jp\nKyodo Nyusu | World | Economy | Sport",
            "Kyodo News website contains only part of the stories offered to subscribers.",
            Some("Kyodo News"),
        ),
        // Its letters.
        (
            "www.valleyecho.com\nHome | World | Economy | Sport",
            "\u{a9} Valley Echo",
            Some("Valley Echo"),
        ),
        // Nothing on the page spells the domain.
        ("zq.example.org\nHome | World | Economy | Sport", "", None),
    ];
    for (head, foot, want) in cases {
        let text = page(&format!("{head}\n\nHarbour fees to rise next spring"), foot);
        let article = clean(&text);
        assert_eq!(article.meta.source.as_deref(), *want, "{head:?} / {foot:?}");
    }
}

#[test]
fn an_agency_credit_wins_over_a_listed_masthead_printing_its_copy() {
    let masthead = "EURONEWS\nWorld | Business | Sport | Culture";
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        // The agency alone on a line between the headline and the story.
        (masthead, "AFP\nApril 22, 2026 04:12", "", Some("AFP")),
        // The agency after a dash at the end of the story.
        (masthead, "April 22, 2026 04:12", "The ministry gave no figures. - AFP", Some("AFP")),
        (
            masthead,
            "April 22, 2026 04:12",
            "The ministry gave no figures. \u{2014} Reuters",
            Some("Reuters"),
        ),
        // No credit: the site's own name.
        (masthead, "April 22, 2026 04:12", "", Some("Euronews")),
        // A dash inside a sentence is no sign-off.
        (
            masthead,
            "April 22, 2026 04:12",
            "Fees rose in the spring - AFP reported later",
            Some("Euronews"),
        ),
    ];
    for (head, meta, foot, want) in cases {
        let text = page(&format!("{head}\n\nHarbour fees to rise next spring\n\n{meta}"), foot);
        let article = clean(&text);
        assert_eq!(article.meta.source.as_deref(), *want, "{meta:?} / {foot:?}");
    }
}

#[test]
fn a_dash_sign_off_is_found_when_its_tail_would_cut_a_letter() {
    // Regression: the sign-off was looked for in the last 48 bytes, cut without finding a
    // char's start, and a cut inside a multi-byte letter silently dropped the rule.
    let masthead = "EURONEWS\nWorld | Business | Sport | Culture";
    let cases: &[(&str, &str)] = &[
        ("La mairie n’a pas précisé le coût des travaux à prévoir. – EFE", "EFE"),
        ("Министерство цифр пока не дало. - AFP", "AFP"),
        ("Правительство не дало никаких цифр. -- TASS", "TASS"),
        ("Правительство не дало цифр в тот день. — TASS", "TASS"),
        // No sentence's end before the dash: no sign-off, the site's own name.
        ("Правительство не дало цифр в тот день, — TASS", "Euronews"),
    ];
    for (foot, want) in cases {
        // Each case puts the 48-byte cut inside a letter, as the regression needs.
        assert!(!foot.is_char_boundary(foot.len() - 48), "{foot:?}");
        let text = page(
            &format!("{masthead}\n\nHarbour fees to rise next spring\n\nApril 22, 2026 04:12"),
            foot,
        );
        assert_eq!(clean(&text).meta.source.as_deref(), Some(*want), "{foot:?}");
    }
    // The rightmost dash is the sign-off's, past one inside the sentence.
    let foot = "La mairie – pas la région – paiera les travaux à venir. - AFP";
    let text = page(&format!("{masthead}\n\nHarbour fees to rise next spring"), foot);
    assert_eq!(clean(&text).meta.source.as_deref(), Some("AFP"));
}

#[test]
fn a_slashed_date_either_way_round_is_read_as_the_story_words_confirm() {
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        // 3 December or March 12, both Wednesdays: the story names December.
        (
            "Published on 03/12/2025 - 14:32",
            "The council said on Tuesday that the night buses would run again.",
            "The first bus leaves on December 20, officials said.",
            Some("2025-12-03"),
        ),
        // 11 February (a Wednesday) or November 2 (a Monday): the lead's Wednesday.
        (
            "Published: 11/02/2026 - 09:47\nModified: 11/02/2026 - 12:05",
            "Drivers kept the depot closed on Wednesday, the union said.",
            "The talks will go on, the union said.",
            Some("2026-02-11"),
        ),
        // October 8 (a Wednesday) or 10 August (a Sunday): "on Tuesday" is the day before.
        (
            "Author: Ana Costa-Pereira\n10/08/2025",
            "We spoke to the depot's manager on Tuesday about the new timetable.",
            "The timetable starts next month, she said.",
            Some("2025-10-08"),
        ),
        // 3 July (a Thursday) or March 7 (a Friday): the story's Thursday is the
        // page's own day, and Friday's "on Thursday" the day before; regression: the tie
        // left the page undated.
        (
            "Posted: 03/07/2025 - 16:20",
            "The depot reopened on Thursday after a week of repairs.",
            "The talks will go on, the union said.",
            Some("2025-07-03"),
        ),
        // Nothing in the story tells: the date stays unread.
        (
            "Published: 11/02/2026 - 09:47",
            "Drivers kept the depot closed, the union said.",
            "The talks will go on, the union said.",
            None,
        ),
    ];
    for (meta, lead, later, want) in cases {
        let text =
            format!("Harbour fees to rise next spring\n\n{meta}\n\n{}", dated_story(lead, later));
        let got = clean(&text).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), *want, "{meta:?} / {lead:?}");
    }
}

#[test]
fn a_clock_time_before_the_date_is_not_its_day() {
    let cases: &[(&str, &str)] = &[
        ("Economy 15:04 November 27, 2025", "2025-11-27"),
        ("World 21:12 March 3, 2024", "2024-03-03"),
        // A label's colon before the clock's.
        ("Published: 21:12 March 3, 2024", "2024-03-03"),
    ];
    for (line, want) in cases {
        let text = format!(
            "Harbour fees to rise next spring\n\n{line}\n\nBy Ana Costa-Pereira\n\n\
             PORT TOWN, Nov. 27 (Yonhap) -- {STORY}\n\n{MORE}\n"
        );
        let got = clean(&text).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some(*want), "{line:?}");
    }
}

#[test]
fn a_dateline_ending_in_a_dot_and_dash_with_a_lower_case_word_in_its_place() {
    let cases: &[(&str, &str, &str)] = &[
        ("Santa Cruz de la Sierra, Jun 25 (EFE).- ", "Santa Cruz de la Sierra", "--06-25"),
        ("Port of Spain, Mar 4 (EFE).- ", "Port of Spain", "--03-04"),
        ("Lima, Mar 4 (EFE).- ", "Lima", "--03-04"),
    ];
    for (opening, place, date) in cases {
        let text = format!("Harbour fees to rise next spring\n\n{opening}{STORY}\n\n{MORE}\n");
        let article = clean(&text);
        assert_eq!(article.meta.dateline.as_deref(), Some(*place), "{opening:?}");
        assert_eq!(article.meta.source.as_deref(), Some("EFE"), "{opening:?}");
        assert_eq!(article.meta.published.map(|d| d.to_string()).as_deref(), Some(*date));
        let first = &text[article.body[0].range()];
        assert!(first.starts_with("The council"), "{opening:?}: {first:?}");
    }
}

#[test]
fn a_quotation_a_dash_joins_to_the_headline_is_part_of_it() {
    let cases: &[(&str, &str)] = &[
        (
            "'My legs told me to go' - Rider wins summit finish at Valley Tour",
            "'My legs told me to go' - Rider wins summit finish at Valley Tour",
        ),
        (
            "\u{201c}We will not close the depot\u{201d} \u{2013} Mayor defends night buses",
            "\u{201c}We will not close the depot\u{201d} \u{2013} Mayor defends night buses",
        ),
    ];
    for (headline, want) in cases {
        let text = page(
            &format!(
                "{headline}\n\nThe 23-year-old takes the lead as the favourite loses time\n\n\
                 By Ana Costa-Pereira\npublished 26 February 2026"
            ),
            "",
        );
        assert_eq!(clean(&text).meta.title.as_deref(), Some(*want), "{headline:?}");
    }
}

#[test]
fn a_ticker_or_cookie_notice_is_not_the_headline_and_a_lower_case_dash_tail_is_kept() {
    let menu = "VALLEYPOST\nTown | Region | Schools | Weather";
    let by_line = "By Ana Costa-Pereira\nFebruary 26, 2026";
    // (line above the headline, headline, title)
    let cases: &[(&str, &str, &str)] = &[
        // Other headlines set apart by double slashes, above a headline that quotes.
        (
            "BREAKING: Ferry fares frozen // Harbour board approves budget // Rain delays works",
            "Mayor says night buses \"here to stay\", dismisses \"scare stories\"",
            "Mayor says night buses \"here to stay\", dismisses \"scare stories\"",
        ),
        (
            "Latest: Ferry fares frozen // Harbour board approves budget // Rain delays works",
            "Night buses to run until March as council finds the money",
            "Night buses to run until March as council finds the money",
        ),
        // A cookie notice under the menu.
        (
            "We use cookies to ensure you get the best experience on our website. Accept",
            "Mayor: Night buses to run until March",
            "Mayor: Night buses to run until March",
        ),
        // The headline's sentence goes on after the dash.
        (
            "Transport",
            "Night buses return to the valley \u{2014} with fares frozen until March",
            "Night buses return to the valley \u{2014} with fares frozen until March",
        ),
        // After a dash, a capitalized site's name is still cut off.
        (
            "Transport",
            "Night buses return to the valley \u{2014} Valley Post",
            "Night buses return to the valley",
        ),
    ];
    for (above, headline, want) in cases {
        let text = page(&format!("{menu}\n{above}\n\n{headline}\n\n{by_line}"), "");
        assert_eq!(clean(&text).meta.title.as_deref(), Some(*want), "{above:?} / {headline:?}");
    }
}

#[test]
fn headlines_with_a_wire_tag_a_quote_or_in_short_capitals() {
    let cases: &[(&str, &str)] = &[
        // A wire service's tag before the headline stays in the title.
        (
            "(LEAD) Council holds night bus fares, signals cut next year\n\n\
             Transport 15:04 November 27, 2025\n\nBy Ana Costa-Pereira",
            "(LEAD) Council holds night bus fares, signals cut next year",
        ),
        (
            "(2ND LD) Council holds night bus fares\n\nNovember 27, 2025",
            "(2ND LD) Council holds night bus fares",
        ),
        // A headline quoting someone, above its standfirst and by-line.
        (
            "Mayor says depot will not accept \"new conditions\" on night buses\n\n\
             City leader criticizes the unions' last offer on pay\n\n\
             Published on 03/12/2025 - 14:32\nBy Ana Costa-Pereira",
            "Mayor says depot will not accept \"new conditions\" on night buses",
        ),
        // A short headline in capitals right above its date line.
        ("VALLEY NEWS ROUNDUP\n\n02/07/2026 08:45 PM", "VALLEY NEWS ROUNDUP"),
    ];
    for (head, want) in cases {
        let text = page(&format!("CIVIC WIRE\nTowns | Farming | Opinion | Weather\n\n{head}"), "");
        assert_eq!(clean(&text).meta.title.as_deref(), Some(*want), "{head:?}");
    }
    // A quoting standfirst under the headline does not win over it.
    let text = page(
        "Mayor warns drivers as night bus strike spreads\n\n\
         \"We will not negotiate under threat,\" the mayor says\n\nIn Summary\n\
         \u{2022} The strike is in its third week.\n\u{2022} Unions want a new deal.\n\n\
         by ANA COSTA-PEREIRA\nTransport Correspondent\n14 May 2026 - 15:32",
        "",
    );
    assert_eq!(
        clean(&text).meta.title.as_deref(),
        Some("Mayor warns drivers as night bus strike spreads")
    );
}

#[test]
fn a_date_alone_in_a_paragraph_at_the_foot_dates_a_page_whose_head_gives_none() {
    // (foot under the story, published)
    let cases: &[(&str, Option<&str>)] = &[
        (
            "April 14, 2026 16:40 JST\n\nRead Next\nFerry fares frozen\nBus lanes extended",
            Some("2026-04-14"),
        ),
        ("Tuesday, 14 April 2026, 9.05 am", Some("2026-04-14")),
        ("14 April 2026 | 09:05 GMT+2", Some("2026-04-14")),
        // A related story's date beside its headline is not the page's.
        ("Ferry fares frozen until April 14, 2026, the council says", None),
        ("Ferry fares frozen | April 14, 2026", None),
        // A date without a year names no page.
        ("April 14 16:40", None),
    ];
    for (foot, want) in cases {
        // A story long enough that its foot lies past the head's lines.
        let text = format!(
            "Harbour fees to rise next spring\n\n{STORY}\n\n{MORE}\n\n\
             Drivers welcomed the plan but asked for more shelters at the busiest stops.\n\n\
             The service costs the city about two million a year, the budget office said.\n\n\
             Opposition councillors said the money would be better spent on cycle lanes.\n\n\
             A review of the routes is due before the end of the year.\n\n{foot}\n"
        );
        let got = clean(&text).meta.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), *want, "{foot:?}");
    }
}

#[test]
fn an_all_lower_case_page_dates_itself_by_an_ordinal_day() {
    // Regression: "20th" read in capitals ("20TH") was no day, and a crawl stamp dated the page.
    let text = "crawled 2025-06-12 04:10:00 utc | source: example.ng\n\n\
                harbour fees to rise next spring, traders say\n\nby ada obi-nwosu\n11th june 2025\n\n\
                the harbour board on wednesday said fees would rise by a tenth next spring, its chairman said.\n\n\
                traders said the rise would hurt small importers most, the chamber said.\n";
    let got = clean(text).meta.published.map(|d| d.to_string());
    assert_eq!(got.as_deref(), Some("2025-06-11"));
}
