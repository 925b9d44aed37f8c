//! Lines of a page's head that are not its headline (session 11): a news bar or rate ticker
//! under the menu, the site's tagline above it, a rubric opening with the site's name, a
//! dump's field label; a kicker a dash joins to the headline; and a masthead's suffix, a
//! scraper's line or a domain that the outlet's name is read around. Pages written for the
//! test, with the look-alike lines that must not count.

mod support;

use support::{clean, HEADLINE, STORY};

/// A page with the site's name, its menu, then `under` right under the menu (no blank line),
/// then the headline, a date and the story.
fn page_with_line_under_menu(under: &str) -> String {
    format!(
        "Westbay Chronicle\nNews | World | Business | Sport | Opinion\n{under}\n\nBusiness\n\n\
         {HEADLINE}\n\nNovember 18, 2026\n\n{STORY}\n"
    )
}

#[test]
fn a_news_bar_or_ticker_under_the_menu_is_not_the_headline() {
    let cases = [
        "TRENDING: Harbour fees  Port strike  Rates today  Ferry timetable",
        "Breaking: heavy rain warning for the coast until 6 pm tonight",
        "Exchange rate: 542.18 buy / 553.64 sell at the central bank",
        "Markets: shares rise in early trade as the dollar steadies",
        "WBX 3,184.43 ▲0.62%  WBX Small 791.02 ▼0.14%  USD 1,391.50",
    ];
    for under in cases {
        let got = clean(&page_with_line_under_menu(under)).meta.title;
        assert_eq!(got.as_deref(), Some(HEADLINE), "{under}");
    }
}

#[test]
fn a_headline_printed_right_under_the_menu_is_still_read() {
    // The line under the menu is the headline when nothing marks it as a bar.
    let page = format!(
        "Westbay Chronicle\nNews | World | Business | Sport | Opinion\n{HEADLINE}\n\n\
         November 18, 2026\n\n{STORY}\n"
    );
    assert_eq!(clean(&page).meta.title.as_deref(), Some(HEADLINE));
    // A bar label further down the page, off the menu, is weighed as any line.
    let page = format!(
        "Westbay Chronicle\nNews | World | Business | Sport | Opinion\n\n\
         Latest: Harbour authority raises berthing fees for cargo ships\n\nNovember 18, 2026\n\n\
         {STORY}\n"
    );
    let got = clean(&page).meta.title;
    assert_eq!(
        got.as_deref(),
        Some("Latest: Harbour authority raises berthing fees for cargo ships")
    );
}

#[test]
fn the_sites_tagline_above_its_menu_is_not_the_headline() {
    let cases = [
        // The tagline alone above the menu, after a scraper's line.
        "Skip to main content\nIndependent reporting on the ports and shipping of the coast\n\
         News | World | Business | Sport | Opinion\n",
        // One line between the tagline and the menu.
        "Independent reporting on the ports and shipping of the coast\nWBC Media Group\n\
         News | World | Business | Sport | Opinion\n",
    ];
    for head in cases {
        let page = format!("{head}\n{HEADLINE}\n\nBy Jane Doe\nNovember 18, 2026\n\n{STORY}\n");
        assert_eq!(clean(&page).meta.title.as_deref(), Some(HEADLINE), "{head}");
    }
}

#[test]
fn a_rubric_opening_with_the_sites_name_is_not_the_headline() {
    let cases: &[(&str, &str)] = &[
        ("Westbay Series: Coastal Ports, Fisheries and Shipping", HEADLINE),
        ("Westbay Special Report: Ports of the Coast", HEADLINE),
        // The site's name opening a sentence is no rubric.
        (
            "Westbay council votes to raise harbour fees for cargo ships",
            "Westbay council votes to raise harbour fees for cargo ships",
        ),
    ];
    for (line, want) in cases {
        let page = format!(
            "Westbay\nNews for the coast since 1921\nNews | World | Business | Sport\n\n{line}\n\n\
             {HEADLINE}\n\nby Jane Doe on 18 November 2026\n\n{STORY}\n"
        );
        let got = clean(&page).meta.title;
        assert_eq!(got.as_deref(), Some(*want), "{line}");
    }
}

#[test]
fn a_dumps_field_label_is_not_part_of_the_headline() {
    let cases: &[(&str, &str)] = &[
        (
            "HEADLINE: PORT RAISES BERTHING FEES FOR CARGO SHIPS",
            "PORT RAISES BERTHING FEES FOR CARGO SHIPS",
        ),
        (
            "Subject: Port raises berthing fees for cargo ships",
            "Port raises berthing fees for cargo ships",
        ),
        (
            "Title: Port raises berthing fees for cargo ships",
            "Port raises berthing fees for cargo ships",
        ),
        // A headline's own label stays.
        (
            "Analysis: Port raises berthing fees for cargo ships",
            "Analysis: Port raises berthing fees for cargo ships",
        ),
    ];
    for (line, want) in cases {
        let page = format!("{line}\n\nNovember 18, 2026\n\n{STORY}\n");
        assert_eq!(clean(&page).meta.title.as_deref(), Some(*want), "{line}");
    }
}

#[test]
fn a_kicker_joined_by_a_dash_stays_with_the_headline_a_dateline_does_not() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "LIVE: Harbour vote – Port raises berthing fees for cargo ships",
            Some("LIVE: Harbour vote – Port raises berthing fees for cargo ships"),
        ),
        (
            "Port strike - Dockers walk out over berthing fees for cargo ships",
            Some("Port strike - Dockers walk out over berthing fees for cargo ships"),
        ),
        // A dateline's place has a comma; a menu has bars.
        ("WESTBAY, Ore., Nov 18 - Qtly div 35 cts vs 35 cts prior", None),
    ];
    for (line, want) in cases {
        let page = format!("{line}\n\nBy Jane Doe\n\n{STORY}\n");
        assert_eq!(clean(&page).meta.title.as_deref(), *want, "{line}");
    }
}

#[test]
fn the_outlet_is_read_around_its_mastheads_suffix_scraper_line_and_domain() {
    let cases: &[(&str, &str, &str)] = &[
        // "Online" repeated only by the copyright line is the masthead's wording.
        ("Westbay Online\n", "© 2026 Westbay Online", "Westbay"),
        ("Westbay Times Online News\n", "Copyright © 2026 Coastal Press Limited", "Westbay Times"),
        // A scraper's "Saved from" line above the masthead.
        (
            "Saved from https://westbay.example/2026/11/18/fees on 19 Nov 2026 02:14:55 UTC\n\n\
             Westbay Online\n",
            "© 2026 Westbay Online / Coastal Press Ltd",
            "Westbay",
        ),
        // A site going by its domain, written so again in the footer.
        ("westbay24.com\n", "© westbay24.com", "westbay24.com"),
    ];
    for (head, foot, want) in cases {
        let page = format!(
            "{head}News | World | Business | Sport | Opinion\n\n{HEADLINE}\n\n\
             November 18, 2026\n\n{STORY}\n\n{foot}\n"
        );
        assert_eq!(clean(&page).meta.source.as_deref(), Some(*want), "{head}");
    }
}

#[test]
fn online_written_in_the_story_stays_in_the_outlets_name() {
    let page = format!(
        "Westbay Online\nNews | World | Business | Sport | Opinion\n\n{HEADLINE}\n\n\
         November 18, 2026\n\n{STORY}\nThe minister told Westbay Online the fees were fair.\n\n\
         © 2026 Westbay Online\n"
    );
    assert_eq!(clean(&page).meta.source.as_deref(), Some("Westbay Online"));
}

#[test]
fn a_standfirst_going_on_after_a_dash_is_not_the_headline() {
    let cases: &[(&str, &str)] = &[
        // A long clause after the dash: the standfirst under the headline.
        (
            "Shipping lines warn the fees will cost importers millions - but the port says \
             dredging cannot wait another year",
            HEADLINE,
        ),
        // A short one goes on with a headline's sentence (no headline above it).
        ("", "Port raises berthing fees again — with dredging in mind"),
    ];
    for (deck, want) in cases {
        let head = if deck.is_empty() {
            "Port raises berthing fees again — with dredging in mind".to_string()
        } else {
            format!("{HEADLINE}\n\n{deck}")
        };
        // The standfirst printed again under the story, as a share box does.
        let page = format!(
            "Westbay Chronicle\nNews | World | Business | Sport | Opinion\n\n{head}\n\n\
             By Jane Doe\nNovember 18, 2026\n\n{STORY}\n\n{deck}\n"
        );
        assert_eq!(clean(&page).meta.title.as_deref(), Some(*want), "{deck}");
    }
}
